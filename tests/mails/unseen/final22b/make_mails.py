#!/usr/bin/env python3
"""Build the corpus "final22b" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: "Bühne der Vielfalt 2027 – Regionaltreffen migrantischer Kulturvereine",
Saturday 8 May 2027 in Hagen, five workshops WS1..WS5 (see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes) and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

BDV = "buehne-der-vielfalt@hagen.example"
BDV_NAME = "Bühne der Vielfalt 2027"
TO_BDV = f"{BDV_NAME} <{BDV}>"
TO_BDV_HDR = f"=?utf-8?q?B=C3=BChne_der_Vielfalt_2027?= <{BDV}>"
INVITATION_ID = "<einladung-bdv-2027.20270308100000@hagen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKSHOPS = ("WS1", "WS2", "WS3", "WS4", "WS5")
LANGS = ("de", "en", "es", "el", "tr", "ru", "uk", "pl", "it", "pt", "fr")


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


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


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

    def __init__(self, slug, when, tz_hours):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
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
        msg.set_raw("Delivered-To", BDV)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(self.when + datetime.timedelta(seconds=3))
            zone = "CEST" if self.when.utcoffset() == datetime.timedelta(hours=2) else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hagen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BDV}>; {arrival} ({zone})")
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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.freemail-ruhr.example"
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Bühne der Vielfalt 2027 – Regionaltreffen migrantischer Kulturvereine"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Bühne der Vielfalt 2027"
REMINDER_SUBJECT = "Erinnerung: Bühne der Vielfalt am 8. Mai 2027"

INVITATION = """Liebe Aktive in den Kulturvereinen,
liebe Chorleiterinnen und Chorleiter, Tanz-, Theater- und Musikgruppen,

das Kommunale Integrationszentrum Hagen lädt Sie herzlich ein zur

Bühne der Vielfalt 2027 – Regionaltreffen migrantischer Kulturvereine
Samstag, 8. Mai 2027, 10:00 bis 18:00 Uhr
Kulturzentrum Pelmke, Pelmkestraße 14, 58089 Hagen

Bis 16:00 Uhr arbeiten wir in fünf parallelen Workshops:

Workshop 1: Chorgesang – mehrsprachig singen, gemeinsam proben
Workshop 2: Volkstanz auf der Bühne – Choreografie, Kostüm und Nachwuchs
Workshop 3: Theater und Erzählkunst in mehreren Sprachen
Workshop 4: Musikensembles – traditionelle Instrumente im Zusammenspiel
Workshop 5: Auftritte organisieren – Förderung, GEMA und Bühnentechnik

Ab 16:30 Uhr gehört die Bühne Ihnen: Bei der Offenen Bühne kann jedes
Ensemble bis zu 10 Minuten auftreten. Eine einfache Tonanlage, zwei
Mikrofone und ein E-Piano sind vorhanden.

Bitte melden Sie sich bis zum 30. April 2027 per E-Mail an
buehne-der-vielfalt@hagen.example an. Wir brauchen:
- Ihren Namen und Ihren Verein bzw. Ihr Ensemble,
- den gewünschten Workshop (gern mit Zweitwunsch),
- mit wie vielen Personen Sie insgesamt kommen (Mitwirkende der
  Offenen Bühne und Begleitpersonen bitte mitzählen),
- ob Sie bei der Offenen Bühne auftreten möchten (Dauer, Technik).

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt.

Herzliche Grüße

Kommunales Integrationszentrum Hagen
i. A. Katrin Lohmann"""

WS_LINE = {
    "WS1": "Workshop 1 – Chorgesang: mehrsprachig singen, gemeinsam proben",
    "WS2": "Workshop 2 – Volkstanz auf der Bühne: Choreografie, Kostüm und Nachwuchs",
    "WS3": "Workshop 3 – Theater und Erzählkunst in mehreren Sprachen",
    "WS4": "Workshop 4 – Musikensembles: traditionelle Instrumente im Zusammenspiel",
    "WS5": "Workshop 5 – Auftritte organisieren: Förderung, GEMA und Bühnentechnik",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Bühne der Vielfalt 2027 am Samstag,
8. Mai 2027, 10:00 bis 18:00 Uhr, im Kulturzentrum Pelmke,
Pelmkestraße 14, 58089 Hagen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Bühne der Vielfalt 2027
Kommunales Integrationszentrum Hagen"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent on Saturday, 1 May 2027."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 8. Mai 2027, treffen sich die
Kulturvereine zur Bühne der Vielfalt im Kulturzentrum Pelmke,
Pelmkestraße 14, 58089 Hagen. Einlass ist ab 9:30 Uhr, wir beginnen um
10:00 Uhr.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Wenn sich etwas ändert, antworten Sie bitte auf diese E-Mail.

Mit freundlichen Grüßen
Bühne der Vielfalt 2027
Kommunales Integrationszentrum Hagen"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_BDV
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML (GMX, web.de): one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, attribution=None, quoted=None):
    """Gmail markup; with attribution/quoted the quote goes into a gmail_quote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{esc(attribution)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order.
# Central European Summer Time starts on 28 March 2027: before that the
# writers' clocks are at +01:00, after it at +02:00.
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    if tz is None:
        tz = 1 if when < "2027-03-28 02:00:00" else 2

    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation mailing (Auto-Submitted:
# auto-generated); the invitation subject with all workshops is in the Subject.

TEKIN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. März 2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Jens Hartmann, Tel. 02331 207-4412.

Mit freundlichen Grüßen
Birgül Tekin
Quartiersbüro Wehringhausen"""


@mail("tekin-exchange-out-of-office", "2027-03-08 10:00:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Tekin, Birgül" <b.tekin@quartiersbuero-wehringhausen.example>'),
           ("To", TO_BDV_HDR),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbkA3xq9LmT0d2QkqJ7y1WnV4bUg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841C2A7F03E5B1D9A4E6C20B8D1A@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TEKIN_OOF), outlook_html(TEKIN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five workshops in the
# quote); choice only as "Chor-Workshop".  12 singers "mich mitgezählt";
# 8 minutes, 4 music stands, rehearsal time 19:30 are not persons.

@mail("kovacevic-chor-reply-quoting-invitation", "2027-03-08 14:22:31",
      E("registration", "vesna.kovacevic@zrinski-hagen.example", "Vesna Kovačević",
        "Kroatischer Kulturverein „Zrinski“ Hagen e.V.", ["WS1"], 12, "de"), "de")
def _(m):
    m.head(("From", "Vesna Kovačević <vesna.kovacevic@zrinski-hagen.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f0c9a1e-5d72-4b8e-a6c3-81e2f4d07b95@zrinski-hagen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Lohmann,

vielen Dank für die Einladung, darauf haben wir schon gewartet!

Wir melden uns für den Chor-Workshop an. Wir kommen mit 12 Sängerinnen
und Sängern, mich mitgezählt. Bei der Offenen Bühne würden wir gern
zwei Lieder singen (ca. 8 Minuten), dafür brauchen wir nur das E-Piano
und 4 Notenständer.

Liebe Grüße
Vesna Kovačević
Chorleiterin

-- 
Kroatischer Kulturverein „Zrinski“ Hagen e.V.
Probe: mittwochs 19:30 Uhr, Gemeindehaus St. Marien
Mobil 0160 4471 223

Am 08.03.27 um 10:00 schrieb Bühne der Vielfalt 2027:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  16 dancers aged 9-15,
# 2 trainers and the writer: "toplam 19 kişi".  "(Workshop 2)" and a
# 6-minute dance, 2 costume changes; a question about a changing room.

KAPLAN_TEXT = """Merhaba,

Anadolu Folklor Topluluğu Hagen olarak Bühne der Vielfalt buluşmasına katılmak istiyoruz.

Halk dansları atölyesine (Workshop 2) kayıt olmak istiyoruz. 16 dansçımız (9–15 yaş arası), 2 eğitmenimiz ve ben, yani toplam 19 kişi geleceğiz.

Açık Sahne'de 6 dakikalık bir Artvin barı oynamak isteriz, müziğimiz USB bellekte olacak. Gösteride 2 kez kostüm değiştiriyoruz. Bir sorum var: Çocukların üstünü değiştirebileceği bir soyunma odası var mı?

Teşekkürler, saygılarımla
Elif Kaplan
Anadolu Folklor Topluluğu Hagen
0176 2290 4418"""


@mail("kaplan-halk-oyunlari-turkish", "2027-03-09 19:05:12",
      E("registration", "elif.kaplan@mail.example", "Elif Kaplan",
        "Anadolu Folklor Topluluğu Hagen", ["WS2"], 19, "tr"), "tr")
def _(m):
    m.head(("From", "Elif Kaplan <elif.kaplan@mail.example>"),
           ("To", BDV),
           ("Subject", "Bühne der Vielfalt – kayıt / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8xK2p0fQ7vL3mR9tW5yB1nD4sG6hE8uA2cZ0oP7iN3kX5wQa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAPLAN_TEXT, gmail_html(KAPLAN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# English, plain ASCII.  First and second choice by number ("workshop 4 ...
# workshop 5 as a second choice"); "five of us, including me"; 7 djembes,
# 3 dunun drums, a 4 x 3 m stage and rehearsal hours are not persons.

@mail("asante-drums-english", "2027-03-10 08:47:10",
      E("registration", "kwabena.asante@sankofa-drums.example", "Kwabena Asante",
        "Sankofa Drum Ensemble Dortmund", ["WS4", "WS5"], 5, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Asante <kwabena.asante@sankofa-drums.example>"),
           ("To", BDV),
           ("Subject", "Registration - Buehne der Vielfalt, 8 May"),
           ("Date", m.date),
           ("Message-ID", "<20270310084710.GA4471@sankofa-drums.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Lohmann,

thanks for the invitation to Buehne der Vielfalt. Sankofa Drum Ensemble
from Dortmund would like to take part.

There will be five of us, including me. We would like to join workshop 4
(music ensembles), and workshop 5 as a second choice if 4 is full.

For the open stage we would play one piece of about 9 minutes. We are
bringing 7 djembes and 3 dunun drums, so we need a space of maybe 4 x 3
metres. Is there a room where we can leave the drums between 10am and
4.30pm?

Best regards,
Kwabena Asante
Sankofa Drum Ensemble Dortmund
Rehearsals: Fridays 7-9pm, Dietrich-Keuning-Haus
""", charset="us-ascii", cte="7bit")


# -- 005 ---------------------------------------------------------------------
# Spanish, ISO-8859-1 quoted-printable.  "el taller de baile (nº 2); si ya no
# quedan plazas, el nº 5"; "Seremos seis" in words; 7 minutes and a
# 3 x 2 m tablao are not persons.

@mail("marquez-flamenco-spanish", "2027-03-11 21:30:44",
      E("registration", "rocio.marquez@alcompas-hagen.example", "Rocío Márquez Jiménez",
        'Asociación Cultural Andaluza "Al Compás" Hagen', ["WS2", "WS5"], 6, "es"), "es")
def _(m):
    m.head(("From", addr("Rocío Márquez", "rocio.marquez@alcompas-hagen.example",
                         "iso-8859-1", "q")),
           ("To", BDV),
           ("Subject", ew("Inscripción – Bühne der Vielfalt 8 de mayo", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1773261044.291773.17@webmail.alcompas-hagen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Me llamo Rocío Márquez Jiménez y dirijo el cuadro de baile de nuestra
asociación. Queremos inscribirnos para el encuentro del 8 de mayo.

Nos interesa sobre todo el taller de baile (nº 2); si ya no quedan plazas,
el nº 5. Seremos seis: cuatro bailaoras, nuestro guitarrista y yo.

En la Offene Bühne bailaríamos unas alegrías de 7 minutos. ¿Sería posible
tener una tarima de madera de unos 3 x 2 metros? Si no, traemos la nuestra.

Un saludo muy cordial,
Rocío Márquez Jiménez
Asociación Cultural Andaluza "Al Compás" Hagen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Greek, ISO-8859-7 quoted-printable, Greek display name as RFC 2047 Q words
# in ISO-8859-7.  "τρία άτομα" (three persons) in words for "το 2ο
# εργαστήριο"; the dance section has 22 children aged 6-17 who stay home.
# The organisation in genitive in the text, nominative in the signature.

@mail("karagianni-greek-dance", "2027-03-12 10:15:03",
      E("registration", "d.karagianni@elliniki-koinotita-iserlohn.example", "Δήμητρα Καραγιάννη",
        "Ελληνική Κοινότητα Ίζερλον", ["WS2"], 3, "el"), "el")
def _(m):
    m.head(("From", addr("Δήμητρα Καραγιάννη", "d.karagianni@elliniki-koinotita-iserlohn.example",
                         "iso-8859-7", "q")),
           ("To", BDV),
           ("Subject", ew("Δήλωση συμμετοχής για τις 8 Μαΐου", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<b71e04c2-9a3d-4f16-8e25-6c0d3a9f1e47@elliniki-koinotita-iserlohn.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλημέρα σας,

θα ήθελα να δηλώσω τη συμμετοχή της Ελληνικής Κοινότητας Ίζερλον στη
συνάντηση της 8ης Μαΐου.

Θα έρθουμε τρία άτομα για το 2ο εργαστήριο (παραδοσιακός χορός): εγώ και
οι δύο δάσκαλοι χορού μας. Το χορευτικό μας τμήμα έχει 22 παιδιά από 6 έως
17 ετών, αλλά αυτή τη φορά δεν θα τα φέρουμε, γιατί την ίδια μέρα έχουν
πρόβα για το πανηγύρι μας στις 19 Ιουνίου.

Με εκτίμηση,
Δήμητρα Καραγιάννη
Ελληνική Κοινότητα Ίζερλον
Τμήμα Παραδοσιακών Χορών
""", charset="iso-8859-7", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question, not a registration: Gmail reply quoting the invitation; "Wenn
# beides klappt, würden wir uns mit 10 Kindern und 3 Betreuerinnen anmelden"
# is conditional.

TEHRANI_TEXT = """Sehr geehrte Frau Lohmann,

vielen Dank für die Einladung. Bevor ich uns anmelde, habe ich zwei Fragen:

1. Unsere Tanzgruppe besteht aus Kindern zwischen 8 und 12 Jahren. Dürfen Kinder am Workshop 2 teilnehmen, oder ist der nur für Erwachsene gedacht?
2. Gibt es einen Raum, in dem sich die Kinder umziehen können? Die Kostüme sind recht aufwendig.

Wenn beides klappt, würden wir uns mit 10 Kindern und 3 Betreuerinnen anmelden.

Mit freundlichen Grüßen
Maryam Tehrani
Persischer Kulturverein Hafez Hagen e.V."""

TEHRANI_ATTR = f"Am Mo., 8. März 2027 um 10:00 Uhr schrieb {BDV_NAME} <{BDV}>:"


@mail("tehrani-kindertanz-question", "2027-03-12 16:40:19",
      E("question", "maryam.tehrani@mail.example", "Maryam Tehrani",
        "Persischer Kulturverein Hafez Hagen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Maryam Tehrani <maryam.tehrani@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3mW9qT1vB6xK0pL4rZ8cN2sH5jD7yE9gU1aO3iR6tM0wQ2Xb@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{TEHRANI_TEXT}\n\n{TEHRANI_ATTR}\n\n{gt_quote(INVITATION)}\n"
    m.alternative(plain, gmail_html(TEHRANI_TEXT, TEHRANI_ATTR, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Russian, windows-1251 8bit; display name as RFC 2047 B word in
# windows-1251.  "Нас будет четверо" (we will be four) in words for
# "хоровой воркшоп (№ 1)"; 18 choir members, Thursdays 18:30, two songs,
# 6 minutes are not persons.  The organisation is in German in the signature.

@mail("smirnova-russian-choir", "2027-03-15 11:02:47",
      E("registration", "olga.smirnova@mail.example", "Ольга Смирнова",
        "Deutsch-Russischer Kulturverein „Berjoska“ Hagen e.V.", ["WS1"], 4, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Смирнова", "olga.smirnova@mail.example", "windows-1251", "b")),
           ("To", BDV),
           ("Subject", ew("Регистрация на встречу 8 мая", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1773568967.402117355@f512.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хотим зарегистрироваться на встречу 8 мая. Я руковожу хором нашего
общества, нас интересует хоровой воркшоп (№ 1).

Нас будет четверо: я, наш концертмейстер (баян) и две солистки. Всего в
хоре 18 человек, но в субботу у большинства работа. Репетиции у нас по
четвергам в 18:30, так что если нужно что-то подготовить заранее, мы
успеем.

На открытой сцене мы могли бы исполнить две песни, примерно 6 минут.

С уважением,
Ольга Смирнова
Deutsch-Russischer Kulturverein „Berjoska“ Hagen e.V.
""", charset="windows-1251", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable, quoting the invitation
# below a Von:/Gesendet: block.  The workshop is named only by its full
# title in typographic quotes; three persons named; 45 minutes, 3 set
# changes, 10 minutes are not persons.  Association and its theatre group
# both in the signature: the association is the organisation.

KOWALCZYK_TEXT = """Sehr geehrte Frau Lohmann,

für unsere Theatergruppe „Maski“ melde ich für den Workshop „Theater und Erzählkunst in mehreren Sprachen“ drei Personen an: mich, Herrn Tomasz Nowak und Frau Ewa Lewandowska.

Bei der Offenen Bühne treten wir diesmal nicht auf – unser aktuelles Stück dauert 45 Minuten und hat 3 Umbauten, das lässt sich nicht auf 10 Minuten kürzen. Zuschauen werden wir aber natürlich gern.

Mit freundlichen Grüßen

Agnieszka Kowalczyk
Polnischer Kulturverein „Polonia“ Hagen e.V.
Theatergruppe „Maski“
Elberfelder Straße 57 · 58095 Hagen
Tel. 02331 / 3 48 77 12"""


@mail("kowalczyk-theater-outlook-html", "2027-03-17 13:25:09",
      E("registration", "a.kowalczyk@polonia-hagen.example", "Agnieszka Kowalczyk",
        "Polnischer Kulturverein „Polonia“ Hagen e.V.", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Kowalczyk, Agnieszka" <a.kowalczyk@polonia-hagen.example>'),
           ("To", TO_BDV_HDR),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbkA3xq9LmT0d2QkqJ7y1WnV4bUgAB7kQr"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB4417E93B2C0D5A8F1E6B7C4D92A0@AM0PR09MB4417.eurprd09.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, pl-PL"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{BDV_NAME} <{BDV}>", "Montag, 8. März 2027 10:00",
             f"{BDV_NAME} <{BDV}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KOWALCZYK_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# German by a learner, from an Android phone, UTF-8 8bit.  "Workshop Musik"
# (alias); "Wir sind 2 Person"; 2 songs of 4 minutes, 2 chairs, 1 microphone
# are not persons.

@mail("alhamwi-oud-learner-german", "2027-03-18 20:14:55",
      E("registration", "khaled.alhamwi@mail.example", "Khaled Al-Hamwi",
        "Syrischer Kulturverein Hagen", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Khaled <khaled.alhamwi@mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAPq7zR2mW0tX5vN8bK3jL6sD1fG4hY9uE2cA7oI0pT5rB8nQ3Zc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Khaled Al-Hamwi, ich bin von Syrischer Kulturverein Hagen. Ich spiele Oud und mein Bruder Samer spielt Kanun. Wir möchten mitmachen bei Workshop Musik. Wir sind 2 Person.

Bei offene Bühne wir können 2 Lieder spielen, jede ungefähr 4 Minuten. Wir brauchen 2 Stuhl ohne Armlehne und 1 Mikrofon für Kanun.

Danke schön
Khaled

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Brazilian Portuguese, Gmail multipart/alternative, UTF-8 quoted-printable.
# "Seremos 8 pessoas, contando comigo"; dance workshop (nº 2), else music
# (nº 4); 3 berimbaus, 2 pandeiros, 1 atabaque, 10 minutes are not persons.

NASCIMENTO_TEXT = """Olá, equipe da Bühne der Vielfalt!

Somos um grupo de capoeira de Bochum e queremos participar do encontro no dia 8 de maio.

Seremos 8 pessoas, contando comigo: 6 capoeiristas, 1 tocador de atabaque e eu. Gostaríamos de participar do workshop de dança (nº 2); se estiver lotado, do workshop de música (nº 4).

Na Offene Bühne queremos fazer uma roda de 10 minutos. Levamos 3 berimbaus, 2 pandeiros e 1 atabaque – só precisamos de espaço, sem microfone.

Abraços,
Thiago Nascimento
Associação de Capoeira Raízes do Brasil – Bochum e.V."""


@mail("nascimento-capoeira-portuguese", "2027-03-19 18:00:36",
      E("registration", "thiago.nascimento@mail.example", "Thiago Nascimento",
        "Associação de Capoeira Raízes do Brasil – Bochum e.V.", ["WS2", "WS4"], 8, "pt"), "pt")
def _(m):
    m.head(("From", "Thiago Nascimento <thiago.nascimento@mail.example>"),
           ("To", BDV),
           ("Subject", ew("Inscrição – Bühne der Vielfalt", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAH2kP8vR4tY0wB3nM6qL9xZ1cF5gJ7sD2eA4uO8iK0pT3rN6Wd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NASCIMENTO_TEXT, gmail_html(NASCIMENTO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# iPhone, short, signed only with the first name; no organisation.  "(WS 3)",
# "also 2 Personen"; "dienstags um 19 Uhr" is a rehearsal time.  An emoji.

@mail("demir-iphone-theater", "2027-03-22 07:31:15",
      E("registration", "aylin.demir@mail.example", "Aylin Demir", None,
        ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Aylin Demir <aylin.demir@mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung Theaterworkshop"),
           ("Date", m.date),
           ("Message-ID", "<7C1E4A9D-2F5B-4D83-9E06-B3A8C1D2E4F7@mail.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich und meine Kollegin für den Theaterworkshop (WS 3) an, also 2 Personen.
Wir proben sonst immer dienstags um 19 Uhr, deshalb passt der Samstag super 😊

LG Aylin

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Change, English, Gmail reply quoting the confirmation (Workshop 2,
# 6 persons): to workshop 4, and "4 people instead of 6".

KRISHNAN_TEXT = """Dear Ms Lohmann,

a small change for us: could you please move us from the dance workshop to workshop 4 (music)? Our dance teacher can't come on 8 May after all, so it will only be me and our three musicians (violin, mridangam and veena) – 4 people instead of 6.

We would still like to do a short piece at the open stage, around 5 minutes.

Many thanks,
Ananya Krishnan
Natya Kala Hagen e.V."""

KRISHNAN_ATTR = f"On Mon, 15 Mar 2027 at 10:12, {BDV_NAME} <{BDV}> wrote:"
KRISHNAN_CONF = confirmation("Frau Krishnan", "WS2", 6)


@mail("krishnan-change-to-music-english", "2027-03-23 15:48:02",
      E("change", "ananya.krishnan@mail.example", "Ananya Krishnan",
        "Natya Kala Hagen e.V.", ["WS4"], 4, "en"), "en")
def _(m):
    m.head(("From", "Ananya Krishnan <ananya.krishnan@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB5tN1qW7xR3vK9mP2sL6zD0cH4jF8yG1eA5uO9iT2pR7nM4Xe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270315101204.a41c@hagen.example>"),
           ("References", "<mailbot.20270315101204.a41c@hagen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KRISHNAN_TEXT}\n\n{KRISHNAN_ATTR}\n\n{gt_quote(KRISHNAN_CONF)}\n"
    m.alternative(plain, gmail_html(KRISHNAN_TEXT, KRISHNAN_ATTR, KRISHNAN_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Italian, ISO-8859-15 quoted-printable.  14 male voices in the choir, but
# "verremo in cinque" (five of us) to "workshop di canto corale (n. 1)";
# 2 pieces, 7 minutes.  Organisation inflected in the text ("del Coro ...
# di Hagen"), base form in the signature; a title line (Presidente).

@mail("bellandi-coro-italian", "2027-03-24 12:10:27",
      E("registration", "giuseppe.bellandi@corostellaalpina.example", "Giuseppe Bellandi",
        'Coro "Stella Alpina" Hagen', ["WS1"], 5, "it"), "it")
def _(m):
    m.head(("From", "Giuseppe Bellandi <giuseppe.bellandi@corostellaalpina.example>"),
           ("To", BDV),
           ("Subject", "Iscrizione Coro Stella Alpina - 8 maggio"),
           ("Date", m.date),
           ("Message-ID", "<001b01dba0c4$7e2d9a40$7a88cec0$@corostellaalpina.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile signora Lohmann,

le scrivo a nome del Coro "Stella Alpina" di Hagen per iscriverci
all'incontro dell'8 maggio.

Il nostro coro conta 14 voci maschili, ma al workshop di canto corale
(n. 1) verremo in cinque: io, il nostro maestro Renato Zanetti e tre
coristi.

Per la serata potremmo cantare 2 brani a cappella, circa 7 minuti in
tutto. Non ci serve nessuna tecnica.

Cordiali saluti
Giuseppe Bellandi
Presidente
Coro "Stella Alpina" Hagen
""", charset="iso-8859-15", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Question, English: stage size for 10 dancers, whether everyone must attend
# a workshop, a fee.  "Before we register".

@mail("eze-stage-questions-english", "2027-03-25 19:45:30",
      E("question", "chinonso.eze@mail.example", "Chinonso Eze",
        "Igbo Cultural Association Ruhr", [], None, "en"), "en")
def _(m):
    m.head(("From", "Chinonso Eze <chinonso.eze@mail.example>"),
           ("To", BDV),
           ("Subject", "Questions about the open stage"),
           ("Date", m.date),
           ("Message-ID", "<DU2P195MB2210B4C7E1A9F03D5E82A6C41B7F@DU2P195MB2210.EURP195.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I coordinate the dance group of the Igbo Cultural Association Ruhr. Before
we register I have a few questions:

- How big is the stage? We are 10 dancers and the Atilogwu dance needs a
  lot of space.
- Do all dancers have to attend a workshop, or can some of them come only
  for the open stage in the evening?
- Is there a fee for the day?

Thank you in advance.
Chinonso Eze
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# GMX forward: her registration on top of a forwarded forward (the
# Integrationsrat's note and the whole invitation with all five workshops).
# "Volkstanz-Workshop" (alias); 10 dancers aged 14-19, two carers and the
# writer, "also 13 Personen"; 5 minutes.

ASLAN_TEXT = """Hallo Frau Lohmann,

Herr Yıldız vom Integrationsrat hat uns Ihre Einladung weitergeleitet – vielen Dank! Hiermit melden wir uns für den Volkstanz-Workshop an. Es kommen 10 Tänzerinnen und Tänzer (14 bis 19 Jahre), zwei Betreuerinnen und ich – also 13 Personen.

Bei der Offenen Bühne möchten wir einen Govend tanzen, ca. 5 Minuten. Die Musik bringen wir auf einem USB-Stick mit. Wir kommen schon im Kostüm, brauchen also keinen Umkleideraum.

Viele Grüße
Rojda Aslan
Kurdischer Kulturverein Mezopotamya Hagen e.V."""

ASLAN_FWD = f"""-------- Weitergeleitete Nachricht --------
Betreff: WG: {INVITATION_SUBJECT}
Datum: Tue, 9 Mar 2027 08:31:12 +0100
Von: Integrationsrat Hagen - Geschäftsstelle <integrationsrat@hagen.example>
An: Kurdischer Kulturverein Mezopotamya <info@mezopotamya-hagen.example>

Liebe Vereine,

zur Information und gern zur Weitergabe an Ihre Gruppen.

Mit freundlichen Grüßen
Serkan Yıldız
Geschäftsstelle des Integrationsrats Hagen

Von: {BDV_NAME} <{BDV}>
Gesendet: Montag, 8. März 2027 10:00
An: {BDV_NAME} <{BDV}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("aslan-kurdish-dance-gmx-forward", "2027-03-26 17:22:08",
      E("registration", "rojda.aslan@gmx-mail.example", "Rojda Aslan",
        "Kurdischer Kulturverein Mezopotamya Hagen e.V.", ["WS2"], 13, "de"), "de")
def _(m):
    m.head(("From", "Rojda Aslan <rojda.aslan@gmx-mail.example>"),
           ("To", BDV),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a2f61c4-0e9b-4d37-b5a1-c9e3f27d84b0-1774542128377@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    plain = f"{ASLAN_TEXT}\n\n\n{ASLAN_FWD}\n"
    m.alternative(plain, div_html(plain), charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Greek, new Outlook mail (multipart/alternative, UTF-8 quoted-printable),
# Latin display name, Greek signature.  "εργαστήριο θεάτρου (αρ. 3)", else
# "εργαστήριο 5"; "Θα είμαστε δύο" (two) in words; 15 actors aged 16-70.

ALEXIOU_TEXT = """Αγαπητή κυρία Lohmann,

ονομάζομαι Νίκος Αλεξίου και είμαι μέλος του Ελληνικού Θεατρικού Ομίλου Βούπερταλ. Θα ήθελα να δηλώσω συμμετοχή στο εργαστήριο θεάτρου (αρ. 3). Αν δεν υπάρχουν θέσεις, τότε στο εργαστήριο 5.

Θα είμαστε δύο: εγώ και η σκηνοθέτιδά μας, Ελένη Μαυρίδου. Η ομάδα μας έχει 15 ηθοποιούς, από 16 έως 70 ετών, και παίζουμε στα ελληνικά και στα γερμανικά.

Με φιλικούς χαιρετισμούς,
Νίκος Αλεξίου
Ελληνικός Θεατρικός Όμιλος Βούπερταλ
Τηλ. 0202 4 96 31 08"""


@mail("alexiou-greek-theatre-outlook", "2027-03-29 10:05:51",
      E("registration", "nikos.alexiou@mail.example", "Νίκος Αλεξίου",
        "Ελληνικός Θεατρικός Όμιλος Βούπερταλ", ["WS3", "WS5"], 2, "el"), "el")
def _(m):
    m.head(("From", "Nikos Alexiou <nikos.alexiou@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", ew("Συμμετοχή στο εργαστήριο θεάτρου", "utf-8", "b")),
           ("Thread-Topic", ew("Συμμετοχή στο εργαστήριο θεάτρου", "utf-8", "b")),
           ("Thread-Index", "AQHboK4Dq2m7xVtZ0kOe3pW1sL9cNg=="),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1183F27C9D0A1E5B6C3D4E7F80A1@PA4P190MB1183.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "el-GR, de-DE"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ALEXIOU_TEXT, outlook_html(ALEXIOU_TEXT, charset="utf-8", lang="EL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Shared association mailbox with a personal Reply-To; the writer also asks
# for the confirmation at his own address.  No workshop chosen yet ([]);
# 12 members, but "zu viert" (four) come; 9 April is a rehearsal date.

@mail("diallo-shared-mailbox-no-workshop-yet", "2027-03-30 20:50:17",
      E("registration", "mamadou.diallo@mail.example", "Mamadou Diallo",
        "Afrikanischer Kulturverein Hagen e.V.", [], 4, "de"), "de")
def _(m):
    m.head(("From", "Afrikanischer Kulturverein Hagen e.V. <info@afrika-kultur-hagen.example>"),
           ("Reply-To", "Mamadou Diallo <mamadou.diallo@mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung Afrikanischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<5b2d8e71-4c0a-4f93-a8d6-1e7c3b9f0a25@afrika-kultur-hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

hiermit meldet sich der Afrikanische Kulturverein Hagen für die Bühne der
Vielfalt am 8. Mai an.

Unsere Trommel- und Tanzgruppe hat 12 Mitglieder, aber zum Treffen kommen
wir zu viert (alle Erwachsene). Welchen Workshop wir besuchen, besprechen
wir noch bei der nächsten Probe am 9. April – ich melde mich dann noch
einmal. Auftreten möchten wir diesmal nicht.

Bitte schicken Sie die Bestätigung an meine private Adresse
(mamadou.diallo@mail.example), das Vereinspostfach lese ich nicht jeden
Tag.

Mit freundlichen Grüßen
Mamadou Diallo
2. Vorsitzender
Afrikanischer Kulturverein Hagen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Turkish with German event words, ISO-8859-9 quoted-printable, display name
# as RFC 2047 Q in ISO-8859-9.  "Musik-Workshop'a (4 numara)"; "6 öğrencimle
# birlikte ... toplam 7 kişi"; ages 12-16, 5 bağlama, 1 darbuka, 2 songs,
# 8 minutes, 7 chairs, 2 microphones, 14:00 course time are not persons.

@mail("yucel-baglama-turkish", "2027-03-31 22:10:40",
      E("registration", "hasan.yucel@thmd-hagen.example", "Hasan Yücel",
        "Türk Halk Müziği Derneği Hagen", ["WS4"], 7, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hasan Yücel", "hasan.yucel@thmd-hagen.example", "iso-8859-9", "q")),
           ("To", BDV),
           ("Subject", ew("Bağlama grubu kaydı - Bühne der Vielfalt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<e4a19c07-3b6d-42f8-91e5-7d0c2a8b6f13@thmd-hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Türk Halk Müziği Derneği Hagen adına yazıyorum. Bağlama kursumuzdan
6 öğrencimle birlikte Musik-Workshop'a (4 numara) katılmak istiyoruz, yani
toplam 7 kişi olacağız. Öğrencilerim 12 ile 16 yaş arasında.

Yanımızda 5 bağlama ve 1 darbuka getireceğiz. Offene Bühne'de 2 türkü
çalmak isteriz, yaklaşık 8 dakika. Bunun için 7 sandalye ve 2 mikrofon
lazım.

Kursumuz her cumartesi 14:00'te, o gün kursu iptal ediyoruz.

Selam ve saygılarımla
Hasan Yücel
Türk Halk Müziği Derneği Hagen
""", charset="iso-8859-9", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Newsletter of another network (other): a choir prize with its own
# registration, "Anmeldung", numbers of singers and pieces, Bühnentechnik.

NEWSLETTER_TEXT = """Netzwerk Interkultur NRW – Newsletter April 2027

Liebe Kulturschaffende,

in dieser Ausgabe:
1. Ausschreibung: Chorpreis „Viele Stimmen NRW“ 2027
2. Fortbildung Bühnentechnik für Ehrenamtliche (Dortmund, 12. Juni)
3. Heimat-Scheck: neue Antragsrunde

1. Chorpreis „Viele Stimmen NRW“
Chöre und Gesangsensembles mit Mitgliedern aus Einwandererfamilien können sich bis zum 15. Juni 2027 bewerben. Gesucht werden Ensembles ab 6 Sängerinnen und Sängern; jede Gruppe stellt 2 Stücke (zusammen höchstens 8 Minuten) vor. Anmeldung: https://interkultur-nrw.example/chorpreis

2. Fortbildung Bühnentechnik
Ein Tag rund um Licht, Ton und Bühnenaufbau für kleine Vereine. 20 Plätze, die Teilnahme ist kostenlos. Anmeldung: https://interkultur-nrw.example/fortbildung

3. Heimat-Scheck
Vereine können wieder 2.000 Euro für Projekte beantragen, die Tradition und Heimat sichtbar machen – auch die Traditionen der Herkunftsländer.

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
Abmelden: https://interkultur-nrw.example/newsletter/abmelden?u=5521
Netzwerk Interkultur NRW · Kortumstraße 60 · 44787 Bochum"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter April 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#7a1f5c;color:#fff;"><h1 style="margin:0;font-size:22px;">Netzwerk Interkultur NRW</h1><p style="margin:4px 0 0;">Newsletter April 2027</p></td></tr>
<tr><td>
<p>Liebe Kulturschaffende,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Ausschreibung: Chorpreis „Viele Stimmen NRW“ 2027</li><li>Fortbildung Bühnentechnik für Ehrenamtliche (Dortmund, 12. Juni)</li><li>Heimat-Scheck: neue Antragsrunde</li></ol>
<h2 style="font-size:17px;">1. Chorpreis „Viele Stimmen NRW“</h2>
<p>Chöre und Gesangsensembles mit Mitgliedern aus Einwandererfamilien können sich bis zum 15. Juni 2027 bewerben. Gesucht werden Ensembles ab 6 Sängerinnen und Sängern; jede Gruppe stellt 2 Stücke (zusammen höchstens 8 Minuten) vor.</p>
<p><a href="https://interkultur-nrw.example/chorpreis" style="background:#7a1f5c;color:#fff;padding:8px 14px;text-decoration:none;">Jetzt anmelden</a></p>
<h2 style="font-size:17px;">2. Fortbildung Bühnentechnik</h2>
<p>Ein Tag rund um Licht, Ton und Bühnenaufbau für kleine Vereine. 20 Plätze, die Teilnahme ist kostenlos. <a href="https://interkultur-nrw.example/fortbildung">Zur Anmeldung</a></p>
<h2 style="font-size:17px;">3. Heimat-Scheck</h2>
<p>Vereine können wieder 2.000 Euro für Projekte beantragen, die Tradition und Heimat sichtbar machen – auch die Traditionen der Herkunftsländer.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.<br>
<a href="https://interkultur-nrw.example/newsletter/abmelden?u=5521">Abmelden</a> · Netzwerk Interkultur NRW · Kortumstraße 60 · 44787 Bochum</td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("interkultur-nrw-newsletter", "2027-04-01 08:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Interkultur NRW <newsletter@interkultur-nrw.example>"),
           ("To", BDV),
           ("Subject", "Newsletter April 2027: Chorpreis „Viele Stimmen NRW“ – jetzt anmelden"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-04.5521.7f3e@interkultur-nrw.example>"),
           ("List-Id", "Newsletter Netzwerk Interkultur NRW <newsletter.interkultur-nrw.example>"),
           ("List-Unsubscribe", "<https://interkultur-nrw.example/newsletter/abmelden?u=5521>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Ukrainian, Gmail multipart/alternative, UTF-8 base64.  "Нас буде п'ятеро"
# (five) in words: three bandura players, a violinist and the writer;
# "музичний воркшоп (№ 4)"; 2 songs, 7 minutes, 4 chairs, 2 microphones.
# The organisation inflected in the text, nominative in the signature,
# the town on its own line.

KOVAL_TEXT = """Добрий день!

Я керівниця ансамблю бандуристок «Червона калина» з Дортмунда. Ми хотіли б зареєструватися на зустріч 8 травня, на музичний воркшоп (№ 4).

Нас буде п'ятеро: три бандуристки, скрипалька і я. На відкритій сцені ми могли б виконати 2 пісні, приблизно 7 хвилин. Нам потрібні 4 стільці без підлокітників і, якщо можна, 2 мікрофони.

Дякую і до зустрічі!
Оксана Коваль
Ансамбль бандуристок «Червона калина»
Дортмунд"""


@mail("koval-bandura-ukrainian", "2027-04-02 18:35:29",
      E("registration", "oksana.koval@mail.example", "Оксана Коваль",
        "Ансамбль бандуристок «Червона калина»", ["WS4"], 5, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Коваль", "oksana.koval@mail.example", "utf-8", "b")),
           ("To", BDV),
           ("Subject", ew("Реєстрація: ансамбль «Червона калина»", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM9vR3tX6wB1nK4pL7qZ0cD3fH8jG2yE5uA6oI1iT4pR9nN7Wf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVAL_TEXT, gmail_html(KOVAL_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 022 ---------------------------------------------------------------------
# Cancellation, Outlook plain text (windows-1252 quoted-printable) quoting
# the confirmation (Workshop 1, 9 persons) below a line of underscores;
# "alle 9 Personen" is not a new number.

@mail("roth-oeztuerk-cancel-outlook-plain", "2027-04-05 09:40:05",
      E("cancellation", "s.roth-oeztuerk@frauenchor-haspe.example", "Sabine Roth-Öztürk",
        "Interkultureller Frauenchor Hagen-Haspe e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Roth-Öztürk, Sabine" <s.roth-oeztuerk@frauenchor-haspe.example>'),
           ("To", TO_BDV_HDR),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7702A4D1E5F9C3B2A0D8E6F71C93@AS8PR04MB7702.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270317091207.6c2e@hagen.example>"),
           ("References", "<mailbot.20270317091207.6c2e@hagen.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Lohmann,

leider müssen wir unsere Anmeldung für den 8. Mai zurückziehen. Unsere Chorleiterin ist länger erkrankt, und ohne sie können wir weder am Workshop teilnehmen noch auftreten. Bitte streichen Sie alle 9 Personen von der Liste.

Wir hoffen, nächstes Jahr dabei sein zu können.

Mit freundlichen Grüßen
Sabine Roth-Öztürk
Interkultureller Frauenchor Hagen-Haspe e.V.

________________________________
Von: {BDV_NAME} <{BDV}>
Gesendet: Mittwoch, 17. März 2027 09:12
An: Roth-Öztürk, Sabine <s.roth-oeztuerk@frauenchor-haspe.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Roth-Öztürk", "WS1", 9)}
""", charset="windows-1252", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# multipart/mixed with a PDF technical rider; written from his employer's
# address, whose signature and disclaimer follow the association's name
# (the employer is not the organisation).  "Workshop: Nr. 5"; "alle 9,
# insgesamt also 9 Personen"; 2 pieces, 9 minutes, 2 microphones,
# 1 DI box, 8 music stands are not persons.

RAMIC_TEXT = """Sehr geehrte Frau Lohmann,

wir, die Blaskapelle des Roma-Kulturvereins Amaro Drom, möchten uns für die Bühne der Vielfalt anmelden.

Workshop: Nr. 5 (Auftritte organisieren) – das Thema GEMA beschäftigt uns schon lange.
Offene Bühne: ja, 2 Stücke, zusammen ca. 9 Minuten.

Die Kapelle hat 9 Musiker, ich spiele selbst Trompete. Es kommen alle 9, insgesamt also 9 Personen.

Im Anhang finden Sie unseren Technical Rider (2 Gesangsmikrofone, 1 DI-Box für das Keyboard, 8 Notenständer).

Mit freundlichen Grüßen
Dragan Ramić
Roma-Kulturverein Amaro Drom Hagen e.V.

--
Dragan Ramić | Disposition
Ruhrtal Logistik GmbH · Dieselstraße 8 · 58099 Hagen
Tel. 02331 6 09 44-17

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""

RAMIC_RIDER = make_pdf([
    "Technical Rider - Blaskapelle Amaro Drom Hagen",
    "Besetzung: 9 Musiker (2 Trompeten, 2 Tenorhoerner, Posaune, Tuba,",
    "Klarinette, Keyboard, Tapan)",
    "Buehne: mindestens 6 x 4 m",
    "Ton: 2 Gesangsmikrofone, 1 DI-Box (Keyboard)",
    "Sonstiges: 8 Notenstaender, 1 Stuhl (Tuba)",
    "Aufbau 10 Minuten, Abbau 5 Minuten",
    "Kontakt: Dragan Ramic",
])


@mail("ramic-brass-band-pdf-rider", "2027-04-06 14:17:33",
      E("registration", "d.ramic@ruhrtal-logistik.example", "Dragan Ramić",
        "Roma-Kulturverein Amaro Drom Hagen e.V.", ["WS5"], 9, "de"), "de")
def _(m):
    m.head(("From", "Dragan Ramić <d.ramic@ruhrtal-logistik.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung Blaskapelle Amaro Drom + Technical Rider"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB6120C8E2A5D4F1B3E7A09C6D2F58@VI1PR06MB6120.eurprd06.prod.outlook.example>"),
           ("X-MS-Has-Attach", "yes"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text(RAMIC_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(RAMIC_RIDER, "application", "pdf", "Technical_Rider_Amaro_Drom.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 024 ---------------------------------------------------------------------
# Change, Polish, Thunderbird reply in windows-1250 quoted-printable with a
# Polish attribution line, quoting the confirmation (Workshop 2, 5 persons).
# New: "warsztat nr 5" and "tylko we troje" (only three of us).

@mail("wrobel-change-polish", "2027-04-07 11:11:18",
      E("change", "m.wrobel@krakowiacy-bochum.example", "Małgorzata Wróbel",
        "Zespół Pieśni i Tańca „Krakowiacy” Bochum", ["WS5"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Małgorzata Wróbel", "m.wrobel@krakowiacy-bochum.example",
                         "windows-1250", "q")),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9c3e5a17-d02b-4b68-8f41-2a7e6d0c9b53@krakowiacy-bochum.example>"),
           ("In-Reply-To", "<mailbot.20270323100511.2d7b@hagen.example>"),
           ("References", "<mailbot.20270323100511.2d7b@hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

chcielibyśmy zmienić naszą rejestrację: zamiast warsztatu tańca (nr 2)
prosimy o warsztat nr 5 (organizacja występów). Nasze tancerki mają w tym
dniu zawody, więc przyjedziemy tylko we troje – ja, nasz akordeonista
i skarbniczka zespołu.

Z góry dziękuję i pozdrawiam serdecznie
Małgorzata Wróbel
Zespół Pieśni i Tańca „Krakowiacy” Bochum

W dniu 23.03.2027 o 10:05, {BDV_NAME} pisze:
{gt_quote(confirmation("Frau Wróbel", "WS2", 5))}
""", charset="windows-1250", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# French, Apple Mail multipart/alternative, UTF-8 quoted-printable.
# "Nous serons 7"; "l'atelier de chant choral (n° 1)"; 3 songs, 10 minutes.
# A title line (Chef de chœur) above the organisation.

MUKENDI_TEXT = """Bonjour Madame Lohmann,

La chorale « Bondeko » de Wuppertal souhaite participer à la rencontre du 8 mai.

Nous serons 7 : cinq choristes, notre percussionniste et moi-même. Nous aimerions participer à l'atelier de chant choral (n° 1).

Pour la scène ouverte, nous proposons 3 chants en lingala, environ 10 minutes, avec un tam-tam. Nous n'avons pas besoin de micro.

Bien cordialement,
Jean-Pierre Mukendi
Chef de chœur
Chorale « Bondeko » Wuppertal"""


@mail("mukendi-chorale-french", "2027-04-08 16:02:44",
      E("registration", "jp.mukendi@mail.example", "Jean-Pierre Mukendi",
        "Chorale « Bondeko » Wuppertal", ["WS1"], 7, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre Mukendi <jp.mukendi@mail.example>"),
           ("To", BDV),
           ("Subject", "Inscription chorale Bondeko"),
           ("Date", m.date),
           ("Message-ID", "<4E8B2C71-A95D-4F06-B3E2-7D1C0A9F6E58@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(MUKENDI_TEXT, apple_html(MUKENDI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 026 ---------------------------------------------------------------------
# Question, Turkish, UTF-8 8bit: can a 12-minute sema show exceed the
# 10-minute rule; 4 semazen and 3 musicians; "Cevabınıza göre kaydımızı
# yapacağız" (we will register depending on your answer).

@mail("koc-sema-question-turkish", "2027-04-09 10:30:12",
      E("question", "mehmetali.koc@mevlana-hagen.example", "Mehmet Ali Koç",
        "Hagen Mevlana Kültür Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Koç <mehmetali.koc@mevlana-hagen.example>"),
           ("To", BDV),
           ("Subject", "Açık Sahne hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<1775723412.553901.2217@webmail.mevlana-hagen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Hagen Mevlana Kültür Derneği olarak Açık Sahne'ye katılmayı düşünüyoruz.
4 semazen ve 3 müzisyenden oluşan bir grubuz; sema gösterimiz normalde
12 dakika sürüyor.

Sorum şu: 10 dakika kuralında bir istisna mümkün mü? Ayrıca sahnenin
zemini ahşap mı? Semazenler için kaygan olmayan bir zemin önemli.

Cevabınıza göre kaydımızı yapacağız.

Saygılarımla
Mehmet Ali Koç
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# HTML only (web.de markup), UTF-8 base64.  Ordinals: "in den zweiten
# Workshop (Tanz), alternativ in den ersten"; 6 dancers including the writer
# plus 4 relatives in the audience, "also 10 Personen"; ages 35-62, 4 minutes.
# Vietnamese name order in the signature, Western order in the display name.

NGUYEN_TEXT = """Liebe Frau Lohmann,

der Vietnamesische Kulturverein Hagen e.V. möchte gern mit seiner Fächertanzgruppe zur Bühne der Vielfalt kommen.

Am liebsten möchten wir in den zweiten Workshop (Tanz), alternativ in den ersten. Es kommen 6 Tänzerinnen – ich tanze selbst mit – und am Abend noch 4 Angehörige als Publikum, also 10 Personen. Die Tänzerinnen sind zwischen 35 und 62 Jahre alt 🙂

Unser Fächertanz dauert 4 Minuten. Wir brauchen nur Musik vom Handy über die Anlage (Klinke oder Bluetooth?).

Herzliche Grüße
Nguyen Thi Lan
Vietnamesischer Kulturverein Hagen e.V."""


@mail("nguyen-fan-dance-html-ordinals", "2027-04-12 19:20:37",
      E("registration", "lan.nguyen@webde-mail.example", "Nguyen Thi Lan",
        "Vietnamesischer Kulturverein Hagen e.V.", ["WS2", "WS1"], 10, "de"), "de")
def _(m):
    m.head(("From", "Lan Nguyen <lan.nguyen@webde-mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung Fächertanzgruppe"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2d4f8b1e-77c3-4a09-9e56-0b3d1f6a8c24-1776014437102@3c-app-webde-bap17>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(NGUYEN_TEXT, "font-family: Arial;font-size: 13px;"), subtype="html",
             charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Bilingual (Turkish/German) vacation reply to a confirmation, marked only
# by X-Autoreply; Subject "Otomatik yanıt".

@mail("tkd-hagen-bilingual-autoreply", "2027-04-13 08:55:21", E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Türk Kadınlar Derneği Hagen <info@tkd-hagen.example>"),
           ("To", BDV),
           ("Subject", "Otomatik yanıt: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1776063321.8812@tkd-hagen.example>"),
           ("In-Reply-To", "<mailbot.20270413085517.9e04@hagen.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Otomatik yanıt / Automatische Antwort

Mesajınız için teşekkür ederiz. Ofisimiz 12 – 25 Nisan tarihleri arasında
kapalıdır. Acil durumlarda 0176 55 90 12 34 numarasını arayabilirsiniz.

Vielen Dank für Ihre Nachricht. Unser Büro ist vom 12. bis 25. April
geschlossen. In dringenden Fällen erreichen Sie uns unter 0176 55 90 12 34.

Türk Kadınlar Derneği Hagen
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Spanish, Gmail multipart/alternative.  "el taller de música (nº 4)";
# five musicians and two dancers, "7 personas en total"; 3 pieces,
# 10 minutes, 2 charangos, 3 zampoñas, 2 microphones are not persons.

QUISPE_TEXT = """Buenas tardes, señora Lohmann:

Le escribo en nombre del grupo de música andina "Inti Wayra" de Wuppertal. Nos gustaría inscribirnos en el taller de música (nº 4).

Somos cinco músicos y vendrán también dos bailarinas de caporales, o sea 7 personas en total, yo incluido.

Para la Offene Bühne tocaríamos 3 temas (unos 10 minutos) con 2 charangos, 3 zampoñas, una quena y un bombo. Necesitaríamos 2 micrófonos.

Muchas gracias y saludos cordiales,
Luis Alberto Quispe Mamani
Grupo "Inti Wayra" Wuppertal"""


@mail("quispe-andean-music-spanish", "2027-04-14 12:40:09",
      E("registration", "luisalberto.quispe@mail.example", "Luis Alberto Quispe Mamani",
        'Grupo "Inti Wayra" Wuppertal', ["WS4"], 7, "es"), "es")
def _(m):
    m.head(("From", "Luis Alberto Quispe <luisalberto.quispe@mail.example>"),
           ("To", BDV),
           ("Subject", ew("Inscripción grupo Inti Wayra – taller de música", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAE7wN2qR5tY8vB1mK4pL0xZ3cF6gJ9sD4eA7uO2iT5pR0nM8Wg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QUISPE_TEXT, gmail_html(QUISPE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change of party size only (15 -> 11); the workshop stays.  Outlook
# multipart/alternative, windows-1252, quoting the confirmation (Workshop 2,
# 15 persons); "vier", 2 dances, 8 minutes.

MORAR_TEXT = """Sehr geehrte Frau Lohmann,

bei uns hat sich die Zahl geändert: Statt 15 kommen wir nur mit 11 Personen, weil vier unserer jüngsten Tänzer an dem Tag ein Schulfest haben. Der Workshop bleibt gleich.

Bei der Offenen Bühne treten wir weiterhin auf: 2 Tänze, zusammen 8 Minuten.

Mit freundlichen Grüßen
Lidia Morar
Rumänischer Kulturverein „Doina“ Hagen e.V."""


@mail("morar-party-size-change-outlook", "2027-04-15 17:05:48",
      E("change", "lidia.morar@doina-hagen.example", "Lidia Morar",
        "Rumänischer Kulturverein „Doina“ Hagen e.V.", [], 11, "de"), "de")
def _(m):
    m.head(("From", "Lidia Morar <lidia.morar@doina-hagen.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbqF0k7Rz1cW8mQ2eN5tJ4vB9xLg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2514D07E6A3C9B1F2E4D5A8C60B7@FR3P281MB2514.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270322181409.3b8f@hagen.example>"),
           ("References", "<mailbot.20270322181409.3b8f@hagen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{BDV_NAME} <{BDV}>", "Montag, 22. März 2027 18:14",
             "Lidia Morar <lidia.morar@doina-hagen.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Morar", "WS2", 15))
    m.alternative(outlook_plain(MORAR_TEXT, quote), outlook_html(MORAR_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Russian in KOI8-R quoted-printable (hyphens and straight quotes, as KOI8-R
# has no typographic ones); Latin display name (German transliteration),
# Cyrillic signature.  "театральный воркшоп (третий)" ordinal; "Придём
# вдвоём" (the two of us); 11 actors aged 10-16 stay home.

@mail("volkov-theatre-russian-koi8", "2027-04-16 21:45:02",
      E("registration", "a.wolkow@mail.example", "Андрей Волков",
        'Театральная студия "Зеркало"', ["WS3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Andrej Wolkow <a.wolkow@mail.example>"),
           ("To", BDV),
           ("Subject", ew("Регистрация на театральный воркшоп", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1776368702.118274.4409@mail.example>"),
           ("X-Mailer", "The Bat! (v10.4.0.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый вечер!

Хотим записаться на театральный воркшоп (третий). Придём вдвоём - я и наш
режиссёр Марина Белова. Актёров у нас в студии 11, возраст от 10 до 16 лет,
но в этот раз они не поедут: 8 мая у них экзамены в музыкальной школе.

Спасибо!
Андрей Волков
Театральная студия "Зеркало"
Изерлон
""", charset="koi8-r", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation, Spanish, Gmail reply with the Spanish attribution line,
# quoting the confirmation (Workshop 2, 12 persons).

FERREYRA_TEXT = """Hola Katrin:

Lamentablemente tenemos que cancelar nuestra inscripción para el 8 de mayo. Nos invitaron a actuar ese mismo día en la fiesta de la colectividad argentina en Colonia y los bailarines prefieren ir allí.

Perdón por las molestias. ¡Ojalá el año que viene podamos participar!

Un abrazo,
Ana Lucía Ferreyra
Agrupación Folclórica "Los del Sur" Dortmund"""

FERREYRA_ATTR = f"El lun, 29 mar 2027 a las 11:02, {BDV_NAME} (<{BDV}>) escribió:"
FERREYRA_CONF = confirmation("Frau Ferreyra", "WS2", 12)


@mail("ferreyra-cancel-spanish", "2027-04-19 10:20:30",
      E("cancellation", "analucia.ferreyra@mail.example", "Ana Lucía Ferreyra",
        'Agrupación Folclórica "Los del Sur" Dortmund', [], None, "es"), "es")
def _(m):
    m.head(("From", "Ana Lucía Ferreyra <analucia.ferreyra@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG4pM8vT2wX5nB9qK1rL3zD6cH0jF7yE4uA8oI5iR2pT6nQ1Xh@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270329110218.7f1d@hagen.example>"),
           ("References", "<mailbot.20270329110218.7f1d@hagen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{FERREYRA_TEXT}\n\n{FERREYRA_ATTR}\n\n{gt_quote(FERREYRA_CONF)}\n"
    m.alternative(plain, gmail_html(FERREYRA_TEXT, FERREYRA_ATTR, FERREYRA_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# A filled-in form block.  "Workshop: 1 (Chor), Ersatzwunsch: 3"; "Personen
# gesamt: 6"; "Lied Nr. 2 und Nr. 5", 6 minutes, 1 chair are not persons.
# The organisation is a regional group, written with a comma.

@mail("becker-form-block", "2027-04-20 14:02:55",
      E("registration", "tatjana.becker@webde-mail.example", "Tatjana Becker",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hagen", ["WS1", "WS3"], 6, "de"), "de")
def _(m):
    m.head(("From", "Tatjana Becker <tatjana.becker@webde-mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung Wolga-Chor"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6e0a3c97-1f4d-48b2-a7e5-93c1d0b8f246-1776686575209@3c-app-webde-bap22>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hier unsere Anmeldung:

Name: Tatjana Becker
Verein: Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hagen
Ensemble: Wolga-Chor
Workshop: 1 (Chor), Ersatzwunsch: 3
Personen gesamt: 6 (4 Sängerinnen, 1 Akkordeonspieler, ich)
Offene Bühne: ja – Lied Nr. 2 und Nr. 5 aus unserem Programm, zusammen 6 Min.
Technik: 1 Stuhl ohne Armlehnen für das Akkordeon

Freundliche Grüße
Tatjana Becker
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Question, European Portuguese: parking for a coach ("cerca de 25
# pessoas"), changing room for costumes, own instruments; "Depois de ter as
# respostas envio a inscrição" (registration announced for later).

@mail("correia-rancho-question-portuguese", "2027-04-21 09:10:17",
      E("question", "fatima.correia@mail.example", "Maria de Fátima Correia",
        "Rancho Folclórico Português de Hagen", [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Fatima Correia <fatima.correia@mail.example>"),
           ("To", BDV),
           ("Subject", ew("Pedido de informação – Rancho Folclórico", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<AM6P193MB0410E5C2B8A1D7F94E3C60A2B1D9@AM6P193MB0410.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Boa tarde,

o Rancho Folclórico Português de Hagen gostaria de participar na Bühne der
Vielfalt, mas antes tenho algumas perguntas:

1. Há estacionamento para um autocarro? Somos cerca de 25 pessoas com os
   tocadores.
2. Os nossos trajes são muito pesados – há um sítio onde os bailarinos se
   possam vestir?
3. Podemos trazer a nossa própria concertina e o bombo, ou há limite de
   instrumentos em palco?

Depois de ter as respostas envio a inscrição com o número certo de pessoas.

Com os melhores cumprimentos,
Maria de Fátima Correia

Enviado do Outlook para Android
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change, Greek, Outlook multipart/alternative with Greek header labels
# (Από:/Στάλθηκε:/Προς:/Θέμα:), quoting the confirmation (Workshop 4,
# 4 persons).  From music (4) to dance (2); the number stays ("4 άτομα"),
# so party_size is null.

PAPADAKIS_TEXT = """Καλησπέρα σας,

θα θέλαμε να αλλάξουμε εργαστήριο: αντί για το εργαστήριο μουσικής (4) προτιμούμε το εργαστήριο χορού (2), γιατί ο λυράρης μας δεν μπορεί τελικά να έρθει. Ο αριθμός των ατόμων μένει ίδιος (4 άτομα).

Ευχαριστώ πολύ,
Γιώργος Παπαδάκης
Σύλλογος Κρητών Ντόρτμουντ"""


@mail("papadakis-change-greek-outlook", "2027-04-22 19:33:40",
      E("change", "g.papadakis@kritikos-syllogos.example", "Γιώργος Παπαδάκης",
        "Σύλλογος Κρητών Ντόρτμουντ", ["WS2"], None, "el"), "el")
def _(m):
    m.head(("From", addr("Γιώργος Παπαδάκης", "g.papadakis@kritikos-syllogos.example",
                         "utf-8", "b")),
           ("To", TO_BDV_HDR),
           ("Subject", ew("ΑΠ: " + CONFIRMATION_SUBJECT, "utf-8", "b")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHboNq1tY3m8vWbQ0aK6zR2pL5eHw=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P192MB1840A9E3C7D2B5F0E1A4C8D96F23@GV1P192MB1840.EURP192.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270329141503.5a2c@hagen.example>"),
           ("References", "<mailbot.20270329141503.5a2c@hagen.example>"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{BDV_NAME} <{BDV}>", "Δευτέρα, 29 Μαρτίου 2027 2:15 μμ",
             "Γιώργος Παπαδάκης <g.papadakis@kritikos-syllogos.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Papadakis", "WS4", 4))
    m.alternative(outlook_plain(PAPADAKIS_TEXT, quote, labels="el"),
                  outlook_html(PAPADAKIS_TEXT, quote, labels="el", charset="utf-8", lang="EL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# English, Outlook multipart/alternative in windows-1252.  "workshop 5
# (funding, GEMA and stage technology)"; "so 2 persons"; 25 students who do
# not come, a 9-minute piece next year.

SIVARAJAH_TEXT = """Dear Ms Lohmann,

I would like to register our association for workshop 5 (funding, GEMA and stage technology). Our treasurer Mr Suresh Kanagaratnam and I will attend, so 2 persons.

Our Bharatanatyam school has 25 students, but they will not come this time, so we will not perform at the open stage. Maybe next year with a 9-minute piece!

Kind regards,
Kavitha Sivarajah
Deutsch-Tamilischer Kulturverein Hagen e.V."""


@mail("sivarajah-bharatanatyam-english", "2027-04-23 11:48:26",
      E("registration", "kavitha.sivarajah@mail.example", "Kavitha Sivarajah",
        "Deutsch-Tamilischer Kulturverein Hagen e.V.", ["WS5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kavitha Sivarajah <kavitha.sivarajah@mail.example>"),
           ("To", BDV),
           ("Subject", "Registration workshop 5"),
           ("Date", m.date),
           ("Message-ID", "<DB7P195MB0532F1A8C4E2D9B03A6E7F5C81D4@DB7P195MB0532.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(SIVARAJAH_TEXT, outlook_html(SIVARAJAH_TEXT, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Postfix bounce from the recipient's provider (unknown user: a typo in the
# address the writer gave), multipart/report with the whole returned
# confirmation as message/rfc822.

BOUNCE_RCPT = "semra.oezkn@freemail-ruhr.example"


@mail("freemail-ruhr-postfix-bounce", "2027-04-26 08:05:12",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    rcpt = BOUNCE_RCPT
    m.head(("From", "MAILER-DAEMON@mx.freemail-ruhr.example (Mail Delivery System)"),
           ("To", BDV),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270426060512.4B7E21C05F@mx.freemail-ruhr.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.freemail-ruhr.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: unknown user: "semra.oezkn"
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.freemail-ruhr.example"),
         ("X-Postfix-Queue-ID", "4B7E21C05F"),
         ("X-Postfix-Sender", f"rfc822; {BDV}"),
         ("Arrival-Date", "Mon, 26 Apr 2027 08:05:09 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Diagnostic-Code", 'X-Postfix; unknown user: "semra.oezkn"')])
    original = confirmation_message(
        f"Semra Özkan <{rcpt}>", "Frau Özkan", "WS3", 3,
        "Mon, 26 Apr 2027 08:05:07 +0200", "<mailbot.20270426080507.c3d1@hagen.example>",
        "<CAK2nT7pW0xR4vB8mL1qZ5cD9fH3jG6yE0uA2oI7iT1pR4nN9Xj@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Change of mind inside a registration: theatre first thought of, then
# "nehmen wir doch lieber Workshop 1 (Chor)"; "zu dritt"; 1 song, 4 minutes.
# Apple Mail multipart/alternative.

HODZIC_TEXT = """Liebe Frau Lohmann,

ich möchte uns für das Treffen am 8. Mai anmelden. Zuerst hatte ich an den Theater-Workshop gedacht, aber nach Rücksprache mit der Gruppe nehmen wir doch lieber Workshop 1 (Chor) – wir singen ja vor allem Sevdalinke.

Wir kommen zu dritt, alle erwachsen. Auftreten würden wir gern mit 1 Lied (ca. 4 Minuten), begleitet von einer Saz.

Viele Grüße
Amra Hodžić
Bosnisch-herzegowinischer Kulturverein „Sevdah“ Hagen e.V."""


@mail("hodzic-change-of-mind-chor", "2027-04-27 15:30:03",
      E("registration", "amra.hodzic@mail.example", "Amra Hodžić",
        "Bosnisch-herzegowinischer Kulturverein „Sevdah“ Hagen e.V.", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Amra Hodžić <amra.hodzic@mail.example>"),
           ("To", BDV),
           ("Subject", "Anmeldung KV Sevdah"),
           ("Date", m.date),
           ("Message-ID", "<A3F91C2E-6B7D-4E08-9C15-D2E4B7A0F3C6@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
           ("MIME-Version", "1.0"))
    m.alternative(HODZIC_TEXT, apple_html(HODZIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Cancellation, Russian, Outlook multipart/alternative with Russian header
# labels (От:/Отправлено:/Кому:/Тема:), quoting the confirmation
# (Workshop 1, 7 persons); "(7 человек)" is the old number.

KOVALEVA_TEXT = """Добрый вечер,

к сожалению, наш ансамбль не сможет приехать 8 мая – у нас в тот же день концерт в Ганновере, о котором мы узнали только сейчас. Пожалуйста, отмените нашу регистрацию (7 человек).

Извините за беспокойство.
Ирина Ковалёва
Ансамбль «Сударушка»
Бохум"""


@mail("kovaleva-cancel-russian-outlook", "2027-04-28 20:10:44",
      E("cancellation", "irina.kovaleva@sudarushka.example", "Ирина Ковалёва",
        "Ансамбль «Сударушка»", [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Ковалёва", "irina.kovaleva@sudarushka.example", "utf-8", "b")),
           ("To", TO_BDV_HDR),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbq3Vd0fK9sR1mYwZ4nL7pX2cJ6g=="),
           ("Date", m.date),
           ("Message-ID", "<VE1P190MB0958B3D6E1C4A7F2D9E0B5C83A16@VE1P190MB0958.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270402194011.0e9a@hagen.example>"),
           ("References", "<mailbot.20270402194011.0e9a@hagen.example>"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{BDV_NAME} <{BDV}>", "2 апреля 2027 г. 19:40",
             "Ирина Ковалёва <irina.kovaleva@sudarushka.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Kovaleva", "WS1", 7))
    m.alternative(outlook_plain(KOVALEVA_TEXT, quote, labels="ru"),
                  outlook_html(KOVALEVA_TEXT, quote, labels="ru", charset="utf-8", lang="RU"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative.  "dans atölyesini (2) ..., yer
# kalmadıysa müzik atölyesini (4)"; 8 semah dancers (the writer among
# them) and 2 bağlama players, "Toplam 10 kişiyiz"; 8 minutes, 2 microphones.

DOGAN_TEXT = """Merhaba,

Hagen Alevi Kültür Merkezi olarak Bühne der Vielfalt'e katılmak istiyoruz. Semah ekibimizle geleceğiz: 8 semahçı ve bağlama çalan 2 arkadaş; ben de semahçılardan biriyim. Toplam 10 kişiyiz.

Atölye olarak önce dans atölyesini (2) istiyoruz, yer kalmadıysa müzik atölyesini (4).

Açık sahnede 8 dakikalık bir semah sunmak isteriz, 2 mikrofon yeterli.

Sevgi ve saygılarımla
Zeynep Doğan
Hagen Alevi Kültür Merkezi"""


@mail("dogan-semah-turkish", "2027-04-29 13:13:13",
      E("registration", "zeynep.dogan@mail.example", "Zeynep Doğan",
        "Hagen Alevi Kültür Merkezi", ["WS2", "WS4"], 10, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Doğan <zeynep.dogan@mail.example>"),
           ("To", BDV),
           ("Subject", "Semah ekibi kaydı"),
           ("Date", m.date),
           ("Message-ID", "<CAL6qR0tW3xY7vB2nK5pM8zD1cF4gJ0sE6eA9uO3iT7pR2nQ5Xk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DOGAN_TEXT, gmail_html(DOGAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Dictated by voice on the last evening before the deadline: all lower case,
# no punctuation.  "tanzworkshop"; "4 frauen und 2 männer ... und ich komme
# auch mit also 7 leute"; 5 minutes.  Name and organisation in lower case.

@mail("yakoub-dictated-lowercase", "2027-04-30 22:58:31",
      E("registration", "ninos.yakoub@mail.example", "ninos yakoub",
        "assyrischer kulturverein hagen", ["WS2"], 7, "de"), "de")
def _(m):
    m.head(("From", "Ninos Yakoub <ninos.yakoub@mail.example>"),
           ("To", BDV),
           ("Subject", "anmeldung tanz"),
           ("Date", m.date),
           ("Message-ID", "<CAN8rS1uX4yZ9wC3oL6qN0aE2dG5hK1tF7fB0vP4jU8qS3oR6Yl@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo frau lohmann wir möchten uns noch schnell anmelden für den tanzworkshop wir sind 4 frauen und 2 männer von unserer dabke gruppe und ich komme auch mit also 7 leute auftritt ja 5 minuten musik haben wir auf dem handy
danke
ninos yakoub
assyrischer kulturverein hagen

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 042 ---------------------------------------------------------------------
# Change answering the 7-day reminder (Workshop 3, 2 persons), iPhone
# bottom quote: to Workshop 1 and "3 statt 2 Personen"; the daughter is 15.

SIMSEK_REMINDER = reminder("Frau Şimşek", "WS3", 2)


@mail("simsek-change-reply-to-reminder", "2027-05-02 10:02:19",
      E("change", "derya.simsek@mail.example", "Derya Şimşek",
        "Deutsch-Türkischer Theaterverein Sahne Hagen", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Derya Şimşek <derya.simsek@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0B6E2D94-C1A7-4F35-8E2B-7A9D3C5F1E08@mail.example>"),
           ("In-Reply-To", "<mailbot.20270501090014.e7b2@hagen.example>"),
           ("References", "<mailbot.20270501090014.e7b2@hagen.example>"),
           ("X-Mailer", "iPhone Mail (22E252)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Lohmann,

geht es noch, dass wir vom Theater-Workshop in Workshop 1 wechseln? Unsere Gruppe hat beschlossen, dieses Jahr ein Musical-Stück zu machen, da passt Chor besser. Und meine Tochter (15) kommt noch mit, also 3 statt 2 Personen.

Danke und liebe Grüße
Derya Şimşek
Deutsch-Türkischer Theaterverein Sahne Hagen

Von meinem iPhone gesendet

> Am 01.05.2027 um 09:00 schrieb {BDV_NAME} <{BDV}>:
> 
{gt_quote(SIMSEK_REMINDER)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation, English, Outlook for iOS answering the reminder
# (Workshop 4, 6 persons) with an English From:/Sent: block; "all 6 of us".

@mail("siddiqui-cancel-reply-to-reminder", "2027-05-04 18:20:40",
      E("cancellation", "farah.siddiqui@mail.example", "Farah Siddiqui",
        "Qawwali Ensemble Bochum", [], None, "en"), "en")
def _(m):
    m.head(("From", "Farah Siddiqui <farah.siddiqui@mail.example>"),
           ("To", TO_BDV_HDR),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2079C4E8A1B6D3F5E2A9C07D14B6@PAXP193MB2079.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270501090022.1c5e@hagen.example>"),
           ("References", "<mailbot.20270501090022.1c5e@hagen.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Ms Lohmann,

I am very sorry, but we have to cancel. Our lead singer has lost his voice and the doctor told him not to sing for two weeks, and without him we cannot perform. Please take all 6 of us off the list.

We hope to join next year.

Best regards,
Farah Siddiqui
Qawwali Ensemble Bochum

Get Outlook for iOS
________________________________
From: {BDV_NAME} <{BDV}>
Sent: Saturday, May 1, 2027 9:00:22 AM
To: Farah Siddiqui <farah.siddiqui@mail.example>
Subject: {REMINDER_SUBJECT}

{reminder("Frau Siddiqui", "WS4", 6)}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Question from a group already registered ("Workshop 2, 9 Personen" is a
# reminder of their registration, not a new one): parking for a minibus and
# when the changing room opens; 30 minutes.

@mail("haddad-parking-question", "2027-05-06 09:15:08",
      E("question", "jasmin.haddad@mail.example", "Jasmin Haddad",
        "Libanesischer Kulturverein Hagen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jasmin Haddad <jasmin.haddad@mail.example>"),
           ("To", BDV),
           ("Subject", "Frage zu Samstag: Parken und Umkleide"),
           ("Date", m.date),
           ("Message-ID", "<CAP1sT4vY7zA0xD6pM9rO3bF5eH8iL2uG0gC3wQ7kV1rT6pS9Zm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Lohmann,

wir sind für Samstag angemeldet (Workshop 2, 9 Personen). Zwei kurze Fragen:
Wo können wir mit unserem Kleinbus parken? Und ab wann ist der Umkleideraum
offen? Wir brauchen ca. 30 Minuten für Kostüme und Schminke.

Vielen Dank!
Jasmin Haddad
Libanesischer Kulturverein Hagen e.V.
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def header_text(msg, name):
    """A header as decoded by email.policy.default ('' when absent)."""
    value = msg.get(name)
    return "" if value is None else str(value)


def check(name, data, m, expected, text_lang):
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
    if not (datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside March-May 2027")
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
    # every address-like string and URL must use an example domain
    # (checked on decoded headers and bodies, nested messages included)
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")

    # ---- the labels ----------------------------------------------------
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKSHOPS for w in wg) or len(set(wg)) != len(wg):
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
    decoded_heads = "\n".join(header_text(msg, h) for h in ("From", "Reply-To", "Subject"))
    everything = decoded_heads + "\n" + "\n".join(texts)
    if kind in PERSON_KINDS:
        em = e["email"]
        addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        elif em not in addrs and em not in "\n".join(texts).lower():
            problems.append(f"email {em} neither in From/Reply-To nor in the text")
        if msg.get("Reply-To") and em != addrs[-1]:
            problems.append("Reply-To present but email is not the Reply-To address")
        if not e["name"] or e["name"] not in everything:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in everything:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if e["language"] != text_lang:
            problems.append("language label differs from the text language")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind in ("change", "cancellation"):
        if not msg.get("In-Reply-To"):
            problems.append("change/cancellation should answer our mail (In-Reply-To)")
        if "Angemeldete Personen:" not in "\n".join(texts):
            problems.append("change/cancellation should quote the confirmation or reminder")
    return problems


def sender_problems(built, datas):
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built},
                   key=lambda x: -sum(v for (k, t), v in table.items() if t == x))
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
    print(f"  {'':13}" + "".join(f"{lg:>4}" for lg in langs) + "  all")
    for k in KINDS:
        row = [table.get((k, lg), 0) for lg in langs]
        print(f"  {k:13}" + "".join(f"{v or '-':>4}" for v in row) + f"{sum(row):>5}")
    row = [sum(v for (k, t), v in table.items() if t == lg) for lg in langs]
    print(f"  {'all':13}" + "".join(f"{v:>4}" for v in row) + f"{sum(row):>5}")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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
    for problem in sender_problems(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
