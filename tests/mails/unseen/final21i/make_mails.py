#!/usr/bin/env python3
"""Build the "final21i" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Europäischer Nachbarschaftstag Bonn 2027 (config.toml, workshops WS1-WS4).
Writers: associations and individuals of smaller European language communities
in Bonn and the region, each writing mostly in their own language.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, and that
the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
import tomllib
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

ORG = "nachbarschaftstag@bonn.example"
ORG_NAME = "Europäischer Nachbarschaftstag Bonn"
ORG_NAME_EW = "=?utf-8?q?Europ=C3=A4ischer_Nachbarschaftstag_Bonn?="
TO_ORG = f"{ORG_NAME_EW} <{ORG}>"
INVITATION_ID = "<einladung-nachbarschaftstag-2027.20270315110002@bonn.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = {"nl", "sv", "da", "nb", "fi", "et", "lv", "lt", "hu", "cs", "sk", "sl",
         "bg", "mk", "hy", "ka", "he", "de", "en"}
WS_IDS = [w["id"] for w in tomllib.loads(
    (HERE / "config.toml").read_text(encoding="utf-8"))["workgroups"]]


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
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


# Europe/Berlin: CET until Sun 28 March 2027 01:00 UTC, CEST afterwards.
DST_START = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.timezone.utc)


def berlin_offset(naive_local):
    """UTC offset in hours of a Bonn wall-clock time in spring 2027."""
    guess = naive_local.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    return 2 if guess >= DST_START else 1


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        if tz_hours is None:
            tz_hours = berlin_offset(naive)
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = naive.replace(tzinfo=tz)
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
        msg.set_raw("Delivered-To", ORG)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "bonn.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            local = self.when.astimezone(datetime.timezone.utc)
            off = 2 if local >= DST_START else 1
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=off))))
            qid = _h(self.slug, "qid")[:10].upper()
            zone = "CEST" if off == 2 else "CET"
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bonn.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ORG}>; {arrival} ({zone})")
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
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
                    html_cte=None, style="std", top=True, html_charset=None):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", html_charset or charset, html_cte or cte)]
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
    ops = ["BT", "/F1 20 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -24 Td")
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

INVITATION_SUBJECT = "Einladung: Europäischer Nachbarschaftstag Bonn 2027 (8. Mai)"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Europäischen Nachbarschaftstag Bonn 2027"

INVITATION = """Liebe Vereine, Initiativen, Nachbarinnen und Nachbarn,
dear associations, initiatives and neighbours,

am Vorabend des Europatags laden wir Sie herzlich zum Europäischen
Nachbarschaftstag Bonn 2027 ein – einem Tag für die kleineren
europäischen Sprachgemeinschaften in Bonn und der Region.

Datum: Samstag, 8. Mai 2027, 10:00 bis 17:00 Uhr
Ort: Haus der Bildung, Mülheimer Platz 1, 53111 Bonn

Nach der Begrüßung arbeiten wir am Nachmittag in vier Werkstätten:

Werkstatt 1: Mehrsprachig aufwachsen – Herkunftssprachen in Familie,
             Kita und Schule
Werkstatt 2: Partnerstädte und Nachbarschaft – Begegnungen über Grenzen
Werkstatt 3: EU-Förderprogramme und kommunale Zuschüsse für Kulturvereine
Werkstatt 4: Sichtbar in Bonn – Öffentlichkeitsarbeit und Nachwuchs für
             kleine Sprachgemeinschaften

Bitte melden Sie sich bis zum 30. April 2027 per E-Mail an
nachbarschaftstag@bonn.example an. Wir brauchen Ihren Namen, Ihren Verein
(falls vorhanden), die gewünschte Werkstatt (gern mit Zweitwunsch) und die
Zahl der Personen. Schreiben Sie uns gern in Ihrer eigenen Sprache!

In English: please register by 30 April 2027 at
nachbarschaftstag@bonn.example with your name, your association (if any),
the workshop you would like to join (1-4, a second choice is welcome) and
the number of people. You are welcome to write in your own language.

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt.

Mit freundlichen Grüßen
Ihr Team vom Büro für Integration und Europa der Bundesstadt Bonn
i. A. Friederike Scholten-Amiri"""

WS_LINE = {
    "WS1": "Werkstatt 1 – Mehrsprachig aufwachsen – Herkunftssprachen in Familie, Kita und Schule",
    "WS2": "Werkstatt 2 – Partnerstädte und Nachbarschaft – Begegnungen über Grenzen",
    "WS3": "Werkstatt 3 – EU-Förderprogramme und kommunale Zuschüsse für Kulturvereine",
    "WS4": "Werkstatt 4 – Sichtbar in Bonn – Öffentlichkeitsarbeit und Nachwuchs für kleine Sprachgemeinschaften",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Europäischen Nachbarschaftstag Bonn 2027
am Samstag, 8. Mai 2027, 10:00 bis 17:00 Uhr, im Haus der Bildung,
Mülheimer Platz 1, 53111 Bonn.

Wir haben Sie für folgende Werkstatt eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie die Werkstatt wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Europäischer Nachbarschaftstag Bonn
Büro für Integration und Europa der Bundesstadt Bonn"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = f"{ORG_NAME} <{ORG}>"
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
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
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
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, lang="DE", charset="Windows-1252", rtl=False):
    """Outlook-style HTML for `text`.  quote = (labels, values, quoted_text) where
    labels are the four header labels of the client's language (From, Sent, To,
    Subject) and values the four header values."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        labels, values, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        rows = "<br>\n".join(f"<b>{esc(lab)}</b> {esc(val)}" for lab, val in zip(labels, values))
        out.append(f"<p class=MsoNormal>{rows}<o:p></o:p></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    d = " dir=RTL" if rtl else ""
    return (outlook_head(charset)
            + f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'{d}>\n"
            + "<div class=WordSection1>\n" + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    labels, values, quoted = quote
    block = "\n".join(f"{lab} {val}" for lab, val in zip(labels, values))
    return f"{text}\n\n{block}\n\n{quoted}"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail's HTML part; quote = (attribution line, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attr, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div{d} class=\"gmail_attr\">{esc(attr)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, quote=None):
    if not quote:
        return text
    attr, quoted = quote
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, quotes_confirmation, builder)


def mail(slug, when, expected, text_lang, tz=None, quotes_confirmation=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, quotes_confirmation, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Dutch Gmail reply quoting the whole bilingual invitation ("Op ... schreef");
# "werkstatt 1" in lower case, "met z'n tweeën" = 2; all four titles are quoted.

CHLOE_TEXT = """Beste organisatoren,

Hartelijk dank voor de uitnodiging! Namens de Nederlandse Club Bonn-Rhein-Sieg wil ik me graag aanmelden voor de Nachbarschaftstag op 8 mei. We komen met z'n tweeën: mijn collega Sjoerd Hoekstra en ik.

We kiezen allebei voor werkstatt 1, het thema meertaligheid spreekt ons erg aan (veel van onze leden hebben kinderen die tweetalig opgroeien).

Met vriendelijke groet,

Chloë van Rijswijk
Secretaris, Nederlandse Club Bonn-Rhein-Sieg e.V.
Tel. 0228 - 94 37 215"""

CHLOE_ATTR = f"Op ma 15 mrt 2027 om 11:00 schreef {ORG_NAME} <{ORG}>:"


@mail("van-rijswijk-dutch-gmail-reply-invitation", "2027-03-15 14:22:37",
      E("registration", "chloe.vanrijswijk@ncbrs.example", "Chloë van Rijswijk",
        "Nederlandse Club Bonn-Rhein-Sieg e.V.", ["WS1"], 2, "nl"), "nl")
def _(m):
    m.head(("From", addr("Chloë van Rijswijk", "chloe.vanrijswijk@ncbrs.example")),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq7Vn2pYc0kR5aT8mLwE1sD4uJ6hG9bN3oZ2vQ7iX5yW0eA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    quote = (CHLOE_ATTR, INVITATION)
    m.alternative(gmail_plain(CHLOE_TEXT, quote), gmail_html(CHLOE_TEXT, quote=quote),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Swedish, Outlook multipart/alternative in iso-8859-1 QP; "den tredje
# workshopen" first, "tvåan" (the number two) as fallback; "Vi blir tre personer".

ASA_TEXT = """Hej!

Svenska Föreningen i Bonn vill gärna vara med på Europäischer Nachbarschaftstag den 8 maj. Vi blir tre personer: jag själv, vår kassör Göran Ekdahl och Linnéa Sjöberg från styrelsen.

Vi är mest intresserade av den tredje workshopen om EU-bidrag och kommunala bidrag, eftersom vi planerar en ansökan till Erasmus+ nästa år. Om den skulle vara fullbokad tar vi gärna tvåan (vänorter och grannskap) i stället.

Vänliga hälsningar
Åsa Lindqvist-Öberg
Ordförande
Svenska Föreningen i Bonn e.V.
www.svenskaforeningen-bonn.example"""


@mail("lindqvist-oberg-swedish-outlook-second-choice", "2027-03-16 09:05:12",
      E("registration", "asa.lindqvist-oberg@svenskaforeningen-bonn.example",
        "Åsa Lindqvist-Öberg", "Svenska Föreningen i Bonn e.V.", ["WS3", "WS2"], 3, "sv"), "sv")
def _(m):
    m.head(("From", addr("Lindqvist-Öberg, Åsa", "asa.lindqvist-oberg@svenskaforeningen-bonn.example",
                         "iso-8859-1")),
           ("To", ORG),
           ("Subject", ew("Anmälan till Nachbarschaftstag 8 maj", "iso-8859-1")),
           ("Thread-Topic", ew("Anmälan till Nachbarschaftstag 8 maj", "iso-8859-1")),
           ("Thread-Index", "AdtzQ1x8rBv0Kp2mT7uYw3e9LfGhNQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB84217C3E5A2F9B0D1E6A4C7F8B2D@DB9PR04MB8421.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "sv-SE, de-DE"),
           ("Content-Language", "sv-SE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ASA_TEXT), outlook_html(ASA_TEXT, lang="SV", charset="iso-8859-1"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# German form block with first and second choice, one by title, one as "Nr. 4";
# iso-8859-1 8bit.  The phone number and "Die zweite Person" are no choices.

@mail("schaefer-nagy-german-form", "2027-03-16 17:40:55",
      E("registration", "j.schaefer-nagy@dug-bonn.example", "Jürgen Schäfer-Nagy",
        "Deutsch-Ungarische Gesellschaft Bonn e.V.", ["WS2", "WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Jürgen Schäfer-Nagy", "j.schaefer-nagy@dug-bonn.example", "iso-8859-1")),
           ("To", ORG),
           ("Subject", "Anmeldung Nachbarschaftstag 8.5."),
           ("Date", m.date),
           ("Message-ID", "<trinity-4a7e2c91-0b3d-4f58-9e61-2d8c5a7b1f03-1773679255410@3c-app-gmx-bs22>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Europäischen Nachbarschaftstag an:

Verein: Deutsch-Ungarische Gesellschaft Bonn e.V.
Ansprechpartner: Jürgen Schäfer-Nagy
Personen: 2
Werkstatt (1. Wahl): Partnerstädte und Nachbarschaft
Werkstatt (2. Wahl): Nr. 4, Öffentlichkeitsarbeit
Telefon: 0228 / 63 81 04

Die zweite Person ist unsere Schriftführerin, Frau Ilona Bäcker.

Mit freundlichen Grüßen
Jürgen Schäfer-Nagy
""", charset="iso-8859-1", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# Finnish, Thunderbird plain text in iso-8859-15, 8bit, format=flowed.
# "Meitä tulee kaksi" = 2; "työpajaan 1"; the association only inflected in
# the text ("Suomi-koulu Bonnista"), its base form in the signature.

@mail("hakkinen-finnish-iso-8859-15", "2027-03-16 21:12:08",
      E("registration", "paivi.hakkinen@suomikoulu-bonn.example", "Päivi Häkkinen",
        "Suomi-koulu Bonn e.V.", ["WS1"], 2, "fi"), "fi")
def _(m):
    m.head(("From", addr("Päivi Häkkinen", "paivi.hakkinen@suomikoulu-bonn.example", "iso-8859-15")),
           ("To", ORG),
           ("Subject", ew("Ilmoittautuminen / Anmeldung 8.5.2027", "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<9b2e4f70-5c1a-4d83-b6e2-0f7a3c9d8e51@suomikoulu-bonn.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
           ("Content-Language", "fi"),
           ("MIME-Version", "1.0"))
    m.single("""Hei,

ilmoittaudun Bonnin eurooppalaiseen naapuruuspäivään 8.5.2027. Meitä tulee 
kaksi Suomi-koulu Bonnista: minä ja opettajamme Jyrki Mäkelä.

Haluaisimme osallistua työpajaan 1 (monikielisyys perheessä, päiväkodissa 
ja koulussa), koska se liittyy suoraan meidän työhömme suomen kielen 
kotikielenopetuksessa.

Ystävällisin terveisin
Päivi Häkkinen
puheenjohtaja, Suomi-koulu Bonn e.V.
puh. 0151 2384 9917
""", charset="iso-8859-15", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Estonian, Gmail alternative, UTF-8 base64.  Change of mind inside the mail:
# "teise töötoa" first, then "pange meid kolmandasse, mitte teise" -> WS3.
# "Tuleme kahekesi" = the two of us.

KULLI_TEXT = """Tere!

Registreerin end Euroopa naabruspäevale 8. mail Bonnis. Tuleme kahekesi, mina ja meie seltsi juhatuse liige Priit Sääsk.

Valiksime teise töötoa (sõpruslinnad ja naabrus). Tegelikult rääkisin just Priiduga ja tema arvates oleks meile hoopis rohkem kasu kolmandast töötoast, kus räägitakse EL-i toetustest – seega palun pange meid kolmandasse, mitte teise.

Parimate soovidega
Külli Tõnisson
Bonni Eesti Selts"""


@mail("tonisson-estonian-change-of-mind", "2027-03-17 10:33:41",
      E("registration", "kulli.tonisson@gmail.example", "Külli Tõnisson",
        "Bonni Eesti Selts", ["WS3"], 2, "et"), "et")
def _(m):
    m.head(("From", addr("Külli Tõnisson", "kulli.tonisson@gmail.example", "utf-8", "b")),
           ("To", ORG),
           ("Subject", "Registreerimine 8. mai / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAM8rTq1zK4bVn7eP0xW3sH6dY9gJ2cL5aF8oU1iN4mR7tE0qBw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KULLI_TEXT, gmail_html(KULLI_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# English question from an Irish-language group: asks first, will register
# "properly" after the answer (its "second workshop, three of us" is an
# intention, not a registration).  UTF-8 QP because of "Ó Dálaigh".

@mail("o-dalaigh-english-question-before-registering", "2027-03-17 16:02:19",
      E("question", "eoghan.odalaigh@mail.example", "Eoghan Ó Dálaigh",
        "Irish Cultural Society Bonn", [], None, "en"), "en")
def _(m):
    m.head(("From", addr("Eoghan Ó Dálaigh", "eoghan.odalaigh@mail.example")),
           ("To", ORG),
           ("Subject", "Nachbarschaftstag - a couple of questions"),
           ("Date", m.date),
           ("Message-ID", "<1773759739.402817.5521@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I came across your invitation to the Europäischer Nachbarschaftstag through
a friend at the Finnish school. I'm with the Irish Cultural Society Bonn -
we're a small group, mostly Irish speakers and their families.

Before we sign up, two questions:

1. Is the day open to groups like ours? Irish is an official EU language,
   but here in Bonn we're only a handful of people.
2. Will the workshops be in German only, or is there some English? A couple
   of our members have very little German.

If all that is fine, we'd probably go for the second workshop, three of us,
and I'll send you a proper registration then.

Go raibh maith agaibh / many thanks,
Eoghan Ó Dálaigh
Irish Cultural Society Bonn
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Hungarian, Outlook HTML only, iso-8859-2 QP (ő, ű).  Name in Hungarian order
# (surname first) in From and signature; "A III. műhelyt" = WS3; "Hárman
# leszünk" = 3; "május 8-i" is a date, not a number of people.

SZOKE_TEXT = """Tisztelt Szervezők!

A Bonni Magyar Kulturális Egyesület nevében szeretnénk jelentkezni a május 8-i Európai Szomszédsági Napra. Hárman leszünk: jómagam, Tóth Béla és Varga-Sütő Ildikó.

A III. műhelyt választanánk (uniós támogatási programok és önkormányzati támogatások), mert jövőre egy nagyobb pályázatot szeretnénk beadni.

Üdvözlettel:
Szőke Erzsébet
elnök
Bonni Magyar Kulturális Egyesület e.V.
Tel.: +49 228 4402 187"""


@mail("szoke-hungarian-outlook-html-only", "2027-03-18 08:51:03",
      E("registration", "szoke.erzsebet@bmke.example", "Szőke Erzsébet",
        "Bonni Magyar Kulturális Egyesület e.V.", ["WS3"], 3, "hu"), "hu")
def _(m):
    m.head(("From", addr("Szőke Erzsébet", "szoke.erzsebet@bmke.example", "iso-8859-2")),
           ("To", TO_ORG),
           ("Subject", ew("Jelentkezés - Európai Szomszédsági Nap / Anmeldung", "iso-8859-2")),
           ("Thread-Topic", ew("Jelentkezés - Európai Szomszédsági Nap / Anmeldung", "iso-8859-2")),
           ("Thread-Index", "AdtzY7kQm2Vb9Rp4Tx1Lc0eWsZ8oHA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR07MB6618B2E9D4C1A7F3E0B5D2C8A1F4@VI1PR07MB6618.eurprd07.prod.outlook.example>"),
           ("Accept-Language", "hu-HU, en-US"),
           ("Content-Language", "hu-HU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SZOKE_TEXT, lang="HU", charset="iso-8859-2"), subtype="html",
             charset="iso-8859-2", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Czech, Seznam webmail plain text UTF-8 QP.  "dílna č. 4" = WS4 (quoted with
# Czech „…“ and the German title); "Přijdeme tři"; the association inflected in
# the text ("z Českého spolku Bonn"), base form in the signature.

@mail("dvoracek-czech-seznam", "2027-03-18 19:27:44",
      E("registration", "jiri.dvoracek@seznam.example", "Jiří Dvořáček",
        "Český spolek Bonn e.V.", ["WS4"], 3, "cs"), "cs")
def _(m):
    m.head(("From", addr("Jiří Dvořáček", "jiri.dvoracek@seznam.example")),
           ("To", ORG),
           ("Subject", ew("Přihláška – Evropský den sousedství 8. 5.")),
           ("Date", m.date),
           ("Message-ID", "<3Nx.Kp7R.4bZwT1mQvH2.1hTq8c@seznam.example>"),
           ("X-Mailer", "Email.cz"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý den,

rád bych přihlásil nás z Českého spolku Bonn na Evropský den sousedství 8. května. Přijdeme tři – já a dva kolegové z výboru (Petra Šimková a Tomáš Hrubý).

Zajímá nás dílna č. 4 „Sichtbar in Bonn“, protože se nám poslední roky nedaří získat mladé členy.

S pozdravem
Jiří Dvořáček
Český spolek Bonn e.V.
tel.: +49 176 5530 2281
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Danish from an iPad (Apple Mail alternative, UTF-8 QP).  "workshop nummer to"
# = WS2; "Jeg kommer alene" = 1; "lørdag den 8. maj" is the date.

HOJGAARD_TEXT = """Hej,

Jeg vil gerne tilmelde mig Europäischer Nachbarschaftstag lørdag den 8. maj. Jeg kommer alene denne gang – resten af bestyrelsen skal til konfirmation den weekend.

Jeg vælger workshop nummer to om venskabsbyer, fordi vi i foreningen gerne vil have mere kontakt til Bonns venskabsbyer.

Mange hilsner
Søren Højgaard
Dansk Forening Bonn/Rhein-Sieg

Sendt fra min iPad"""


@mail("hojgaard-danish-ipad", "2027-03-19 12:14:27",
      E("registration", "soren.hojgaard@dfbrs.example", "Søren Højgaard",
        "Dansk Forening Bonn/Rhein-Sieg", ["WS2"], 1, "da"), "da")
def _(m):
    m.head(("From", addr("Søren Højgaard", "soren.hojgaard@dfbrs.example")),
           ("To", ORG),
           ("Subject", ew("Tilmelding 8. maj")),
           ("Date", m.date),
           ("Message-ID", "<6F1B2C9E-4A7D-4E3B-9C05-8D2A1F7E3B64@dfbrs.example>"),
           ("X-Mailer", "iPad Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.alternative(HOJGAARD_TEXT, apple_html(HOJGAARD_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 010 ---------------------------------------------------------------------
# Latvian, Thunderbird plain text in iso-8859-13 QP.  "Būsim trīs" = 3;
# "pirmā darbnīca" = WS1; "8. maijā" is the date.

@mail("berzina-latvian-iso-8859-13", "2027-03-20 10:05:31",
      E("registration", "dace.berzina@lvskola-bonn.example", "Dace Bērziņa",
        "Bonnas latviešu svētdienas skola", ["WS1"], 3, "lv"), "lv")
def _(m):
    m.head(("From", addr("Dace Bērziņa", "dace.berzina@lvskola-bonn.example", "iso-8859-13")),
           ("To", ORG),
           ("Subject", ew("Pieteikums: Eiropas kaimiņu diena 8. maijā", "iso-8859-13")),
           ("Date", m.date),
           ("Message-ID", "<b6c1e9a2-3f47-4d08-a5e3-71c2d9f4b8e0@lvskola-bonn.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
           ("Content-Language", "lv"),
           ("MIME-Version", "1.0"))
    m.single("""Labdien!

Piesakāmies Eiropas kaimiņu dienai Bonnā 8. maijā. Būsim trīs: es un divas
skolotājas no Bonnas latviešu svētdienas skolas.

Mūs visvairāk interesē pirmā darbnīca par daudzvalodību ģimenē, bērnudārzā
un skolā - tieši ar to mēs ikdienā strādājam.

Ar cieņu
Dace Bērziņa
Bonnas latviešu svētdienas skola
tālr. +49 157 3092 4415
""", charset="iso-8859-13", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Bulgarian, Outlook alternative in windows-1251 QP.  Latin display name,
# Cyrillic signature (the label).  "Ще бъдем петима" = 5; "първата
# работилница" = WS1; the school's name with „…“ and a dash.

PETKOVA_TEXT = """Здравейте,

Бих искала да регистрирам нашето училище за Европейския ден на съседството на 8 май 2027 г. Ще бъдем петима – аз, трима учители и един родител от училищното настоятелство.

Избираме първата работилница – за многоезичието в семейството, детската градина и училището.

Поздрави,
Цветелина Петкова
Директор
Българско неделно училище „Св. св. Кирил и Методий“ – Бон
тел. 0228 / 96 12 443"""


@mail("petkova-bulgarian-windows-1251", "2027-03-21 20:48:16",
      E("registration", "ts.petkova@bg-schule-bonn.example", "Цветелина Петкова",
        "Българско неделно училище „Св. св. Кирил и Методий“ – Бон", ["WS1"], 5, "bg"), "bg")
def _(m):
    m.head(("From", "Tsvetelina Petkova <ts.petkova@bg-schule-bonn.example>"),
           ("To", ORG),
           ("Subject", ew("Регистрация – Европейски ден на съседството", "windows-1251", "b")),
           ("Thread-Topic", ew("Регистрация – Европейски ден на съседството", "windows-1251", "b")),
           ("Thread-Index", "AdtyQp3Lk9Ws2Xb0Mz7Ye4Rn1TcUvA=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR02MB4410E3C7B9A2D5F1C8E6B0A4D7F2@AM6PR02MB4410.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "bg-BG, de-DE"),
           ("Content-Language", "bg-BG"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PETKOVA_TEXT),
                  outlook_html(PETKOVA_TEXT, lang="BG", charset="windows-1251"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Dutch out-of-office answering our confirmation (Auto-Submitted:
# auto-replied); its text names a colleague's address and a date.

@mail("brouwer-dutch-out-of-office", "2027-03-22 09:00:48",
      E("auto_reply"), "nl")
def _(m):
    m.head(("From", "Marloes Brouwer <m.brouwer@nederlandskoor-bonn.example>"),
           ("To", f"{ORG_NAME_EW} <{ORG}>"),
           ("Subject", "Automatisch antwoord: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<auto-reply.20270322090048.3c7d@nederlandskoor-bonn.example>"),
           ("In-Reply-To", "<mailbot.20270322085957.1b4e@bonn.example>"),
           ("References", "<mailbot.20270322085957.1b4e@bonn.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Beste afzender,

Dank voor uw bericht. Ik ben tot en met vrijdag 2 april met vakantie en lees
mijn e-mail in die periode niet. Voor dringende zaken kunt u contact opnemen
met Henk Veldhuis (h.veldhuis@nederlandskoor-bonn.example).

Met vriendelijke groet,
Marloes Brouwer
Nederlands Koor Bonn
""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# Lithuanian, Outlook alternative in windows-1257 QP.  "ketvirtąsias
# dirbtuves" first, "trečiosios" as fallback -> WS4, WS3; "Atvyksime dviese" = 2.
# Title "Pirmininkė" below the association in the signature.

ZEMAITYTE_TEXT = """Laba diena,

Bonos lietuvių bendruomenės vardu norėčiau mus užregistruoti į Europos kaimynystės dieną gegužės 8 d. Atvyksime dviese – aš ir bendruomenės valdybos narys Mindaugas Šimkus.

Pirmiausia norėtume patekti į ketvirtąsias dirbtuves (matomumas ir jaunimo pritraukimas). Jei ten nebebūtų vietų, tiktų ir trečiosios (ES ir savivaldybės finansavimas).

Pagarbiai
Rūta Žemaitytė
Bonos lietuvių bendruomenė
Pirmininkė"""


@mail("zemaityte-lithuanian-windows-1257", "2027-03-22 13:36:02",
      E("registration", "ruta.zemaityte@bonos-lb.example", "Rūta Žemaitytė",
        "Bonos lietuvių bendruomenė", ["WS4", "WS3"], 2, "lt"), "lt")
def _(m):
    m.head(("From", addr("Rūta Žemaitytė", "ruta.zemaityte@bonos-lb.example", "windows-1257")),
           ("To", TO_ORG),
           ("Subject", ew("Registracija į Europos kaimynystės dieną", "windows-1257")),
           ("Thread-Topic", ew("Registracija į Europos kaimynystės dieną", "windows-1257")),
           ("Thread-Index", "AdtzB5xK2mQp8Lw1Rv3Tn6Yc0ZsJeg=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR09MB5207A9C1E4B8D2F6A3C0E7B5D1F9@PR3PR09MB5207.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "lt-LT, en-US"),
           ("Content-Language", "lt-LT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ZEMAITYTE_TEXT),
                  outlook_html(ZEMAITYTE_TEXT, lang="LT", charset="windows-1257"),
                  charset="windows-1257", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Slovak, Gmail alternative UTF-8 QP.  "Prídeme štyria" = 4 (a number word);
# "tretí workshop" = WS3.

KOVACIK_TEXT = """Dobrý deň,

v mene Spolku Slovákov v Bonne by som sa chcel prihlásiť na Európsky deň susedstva 8. mája. Prídeme štyria.

Máme záujem o tretí workshop – programy EÚ a komunálne dotácie pre kultúrne spolky.

Ďakujem a prajem pekný deň
Ľubomír Kováčik
predseda
Spolok Slovákov v Bonne e.V."""


@mail("kovacik-slovak-gmail", "2027-03-23 18:02:50",
      E("registration", "lubomir.kovacik@gmail.example", "Ľubomír Kováčik",
        "Spolok Slovákov v Bonne e.V.", ["WS3"], 4, "sk"), "sk")
def _(m):
    m.head(("From", addr("Ľubomír Kováčik", "lubomir.kovacik@gmail.example")),
           ("To", ORG),
           ("Subject", ew("Prihláška - Európsky deň susedstva")),
           ("Date", m.date),
           ("Message-ID", "<CAN2wPq9Hk3sRv6xT1yB8mZ4cE7dL0fG5aJ2oU9iK6nW3tQ8rXs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVACIK_TEXT, gmail_html(KOVACIK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Macedonian Outlook reply quoting the invitation under a Macedonian header
# block ("Од: / Испратено: / До: / Тема:"); UTF-8 base64.  "Двајца" = 2;
# "четвртата работилница" = WS4, with its German title in „…“.

STOJANOVSKI_TEXT = """Почитувани,

Ве известуваме дека од Македонското културно друштво „Охрид“ ќе дојдеме двајца: јас и нашиот секретар Горан Ѓорѓиевски.

Би сакале да учествуваме во четвртата работилница („Sichtbar in Bonn“), бидејќи бараме начини да ги привлечеме младите во друштвото.

Со почит,
Александар Стојановски
Претседател
Македонско културно друштво „Охрид“ – Бон"""

STOJANOVSKI_QUOTE = (("Од:", "Испратено:", "До:", "Тема:"),
                     (f"{ORG_NAME} <{ORG}>", "понеделник, 15 март 2027 11:00",
                      f"{ORG_NAME} <{ORG}>", INVITATION_SUBJECT),
                     INVITATION)


@mail("stojanovski-macedonian-outlook-quotes-invitation", "2027-03-24 09:47:25",
      E("registration", "a.stojanovski@mkd-ohrid-bonn.example", "Александар Стојановски",
        "Македонско културно друштво „Охрид“ – Бон", ["WS4"], 2, "mk"), "mk")
def _(m):
    m.head(("From", addr("Александар Стојановски", "a.stojanovski@mkd-ohrid-bonn.example", "utf-8", "b")),
           ("To", TO_ORG),
           ("Subject", "RE: " + ew(INVITATION_SUBJECT)),
           ("Thread-Topic", ew(INVITATION_SUBJECT)),
           ("Thread-Index", "AQHbd2Ks9mTq1Rb4Wc7Xy0Zp3Lv6NgAAGr5Q"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR05MB7731D0F4B2C9E6A1D3F8B7C5E2A0@AS8PR05MB7731.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "mk-MK, de-DE"),
           ("Content-Language", "mk-MK"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(STOJANOVSKI_TEXT, STOJANOVSKI_QUOTE),
                  outlook_html(STOJANOVSKI_TEXT, STOJANOVSKI_QUOTE, lang="MK", charset="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Norwegian (Bokmål), Thunderbird plain text in iso-8859-1 QP.  "Vi blir fire
# stykker" = 4; "workshop 4" by number plus a Norwegian paraphrase.

@mail("lovas-norwegian-thunderbird", "2027-03-24 15:20:09",
      E("registration", "oystein.lovas@norskforening-bonn.example", "Øystein Løvås",
        "Norsk Forening i Bonn", ["WS4"], 4, "nb"), "nb")
def _(m):
    m.head(("From", addr("Øystein Løvås", "oystein.lovas@norskforening-bonn.example", "iso-8859-1")),
           ("To", ORG),
           ("Subject", ew("Påmelding Nachbarschaftstag 8. mai", "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<e4a9c3b1-7d2f-4f60-8b15-93c0a6e7d2f8@norskforening-bonn.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "nb-NO"),
           ("MIME-Version", "1.0"))
    m.single("""Hei!

Vi i Norsk Forening i Bonn vil gjerne melde oss på Nachbarschaftstag
8. mai. Vi blir fire stykker.

Vi ønsker oss workshop 4 om synlighet og rekruttering av nye medlemmer -
det er akkurat det vi sliter med for tiden.

Med vennlig hilsen
Øystein Løvås
Norsk Forening i Bonn
""", charset="iso-8859-1", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Hebrew, Outlook alternative in windows-1255 QP, right-to-left HTML.  Latin
# display name, Hebrew signature (the label).  "את עצמי ואת בעלי" = herself
# and her husband (2); "הסדנה השנייה" = the second workshop.

COHEN_LEVI_TEXT = """שלום רב,

אני רוצה לרשום את עצמי ואת בעלי ליום השכנות האירופי בבון ב-8 במאי. אנחנו פעילים בקהילה הישראלית בבון ומעוניינים מאוד בסדנה השנייה - ערים תאומות ומפגשים מעבר לגבולות (בון ותל אביב-יפו הן ערים תאומות!).

תודה רבה מראש,
נועה כהן-לוי
הקהילה הישראלית בבון"""


@mail("cohen-levi-hebrew-windows-1255", "2027-03-25 21:05:33",
      E("registration", "noa.cohenlevi@mail.example", "נועה כהן-לוי",
        "הקהילה הישראלית בבון", ["WS2"], 2, "he"), "he")
def _(m):
    m.head(("From", "Noa Cohen-Levi <noa.cohenlevi@mail.example>"),
           ("To", ORG),
           ("Subject", ew("הרשמה - יום השכנות האירופי 8.5", "windows-1255", "b")),
           ("Thread-Topic", ew("הרשמה - יום השכנות האירופי 8.5", "windows-1255", "b")),
           ("Thread-Index", "AdtzR8mW1qLx5Tb2Kc9Vn0Yp4ZsHfA=="),
           ("Date", m.date),
           ("Message-ID", "<PAXPR08MB6893F1A7C3E9B0D5A2F8C6E4B1D7@PAXPR08MB6893.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "he-IL, en-US"),
           ("Content-Language", "he-IL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(COHEN_LEVI_TEXT),
                  outlook_html(COHEN_LEVI_TEXT, lang="HE", charset="windows-1255", rtl=True),
                  charset="windows-1255", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Georgian, Gmail alternative UTF-8 base64.  Latin display name, Georgian
# signature (the label).  "ორნი ვიქნებით" = we will be two; "მესამე
# ვორქშოპი" = the third workshop.

BERIDZE_TEXT = """გამარჯობათ,

მინდა დავრეგისტრირდე ევროპულ სამეზობლო დღეზე, რომელიც 8 მაისს ბონში გაიმართება. ორნი ვიქნებით – მე და ჩემი კოლეგა თამარ ხუციშვილი.

ჩვენ გვაინტერესებს მესამე ვორქშოპი – ევროკავშირის საგრანტო პროგრამები და მუნიციპალური დაფინანსება კულტურული გაერთიანებებისთვის.

პატივისცემით,
ნინო ბერიძე
ქართული სათვისტომო ბონში"""


@mail("beridze-georgian-gmail-base64", "2027-03-26 11:11:52",
      E("registration", "nino.beridze@gmail.example", "ნინო ბერიძე",
        "ქართული სათვისტომო ბონში", ["WS3"], 2, "ka"), "ka")
def _(m):
    m.head(("From", "Nino Beridze <nino.beridze@gmail.example>"),
           ("To", ORG),
           ("Subject", ew("რეგისტრაცია / Anmeldung 8. Mai", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK1vNq8Zt5bWm2eR7xP4sJ0dY3gH6cL9aF1oU5iQ8nT2wE7rMz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BERIDZE_TEXT, gmail_html(BERIDZE_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 019 ---------------------------------------------------------------------
# Slovenian from an iPhone, plain UTF-8 QP.  Dual forms: "z možem bi se rada
# prijavila", "Prišla bova oba" = 2; "druga delavnica" = WS2.  The
# association in the genitive in the text, nominative in the signature.

@mail("kranjc-slovenian-iphone-dual", "2027-03-27 08:15:40",
      E("registration", "natasa.kranjc@siol-mail.example", "Nataša Kranjc",
        "Slovensko kulturno društvo Lipa Bonn", ["WS2"], 2, "sl"), "sl")
def _(m):
    m.head(("From", addr("Nataša Kranjc", "natasa.kranjc@siol-mail.example")),
           ("To", ORG),
           ("Subject", "Prijava 8. maj"),
           ("Date", m.date),
           ("Message-ID", "<2C7E9A41-B3D5-4F8E-A016-5D9B3C7F2E18@siol-mail.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single("""Pozdravljeni,

z možem bi se rada prijavila na Evropski dan sosedstva 8. maja v Bonnu. Prišla bova oba, sva člana Slovenskega kulturnega društva Lipa.

Zanima naju druga delavnica, o pobratenih mestih in srečanjih čez meje.

Lep pozdrav,
Nataša Kranjc
Slovensko kulturno društvo Lipa Bonn

Poslano iz mojega iPhona
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Newsletter (other) of another association: announces the Nachbarschaftstag,
# names "Werkstatt 3", "Anmeldung" and our address; Precedence: bulk.

EUB_TEXT = """Europa-Brief April 2027
Europa-Union Bonn e.V.

Liebe Mitglieder, liebe Freundinnen und Freunde Europas,

1) Europatag 2027
Am Sonntag, 9. Mai, feiern wir den Europatag mit einem Stand auf dem
Marktplatz. Helferinnen und Helfer sind herzlich willkommen!

2) Tipp: Europäischer Nachbarschaftstag am 8. Mai
Die Stadt lädt am Vortag die kleineren europäischen Sprachgemeinschaften ins
Haus der Bildung ein. Besonders interessant für Vereine: Werkstatt 3 zu
EU-Förderprogrammen. Anmeldung bis 30. April direkt bei der Stadt:
nachbarschaftstag@bonn.example

3) Stammtisch
Unser nächster Europa-Stammtisch ist am 20. April um 19 Uhr im Bistro am
Stadthaus.

Europäische Grüße
Ihr Vorstand der Europa-Union Bonn

Sie erhalten diesen Newsletter, weil Sie sich auf europa-union-bonn.example
eingetragen haben. Abmelden: https://europa-union-bonn.example/newsletter/abmelden"""


@mail("europa-union-newsletter", "2027-03-29 07:00:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Europa-Union Bonn <newsletter@europa-union-bonn.example>"),
           ("To", ORG),
           ("Subject", ew("Europa-Brief April 2027: Europatag, Nachbarschaftstag, Stammtisch")),
           ("Date", m.date),
           ("Message-ID", "<newsletter.2027-04.8842913@europa-union-bonn.example>"),
           ("List-Unsubscribe", "<https://europa-union-bonn.example/newsletter/abmelden?u=88a1f3>"),
           ("List-Id", "Europa-Brief <europabrief.europa-union-bonn.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(EUB_TEXT, div_html(EUB_TEXT, "font-family: Arial;font-size: 14px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Armenian, plain UTF-8 8bit.  The association is written in German inside the
# Armenian text (with the Armenian article "-ն") and in the signature.
# "երեքով" = the three of us; "առաջին սեմինարը" = the first workshop.

@mail("hovhannisyan-armenian-german-org-name", "2027-03-29 19:30:14",
      E("registration", "ani.hovhannisyan@mail.example", "Անի Հովհաննիսյան",
        "Armenischer Kulturverein Bonn e.V.", ["WS1"], 3, "hy"), "hy")
def _(m):
    m.head(("From", "Ani Hovhannisyan <ani.hovhannisyan@mail.example>"),
           ("To", ORG),
           ("Subject", ew("Գրանցում – մայիսի 8")),
           ("Date", m.date),
           ("Message-ID", "<1774805414.219384.7731@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Բարև Ձեզ,

Ցանկանում եմ գրանցվել մայիսի 8-ին կայանալիք Եվրոպական հարևանության օրվան։
Ներկայացնում եմ Armenischer Kulturverein Bonn e.V.-ն։ Մենք կլինենք երեքով՝
ես, ամուսինս և մեր միության քարտուղարը։

Մեզ ամենաշատը հետաքրքրում է առաջին սեմինարը՝ բազմալեզվության մասին,
որովհետև մեր կիրակնօրյա դպրոցում երեխաները սովորում են հայերեն։

Հարգանքով՝
Անի Հովհաննիսյան
Armenischer Kulturverein Bonn e.V.
""", charset="utf-8", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Change (Dutch Gmail reply quoting the confirmation for WS3, 1 person):
# "van workshop 3 naar workshop 4" -> WS4 only.

BAKKER_TEXT = """Hallo,

Kleine wijziging: kunnen jullie mij van workshop 3 naar workshop 4 (Sichtbar in Bonn) verplaatsen? Onze vereniging heeft net besloten dit jaar vooral aan nieuwe leden te werken, de subsidieaanvraag komt later wel.

Alvast bedankt!
Joëlle Bakker
Vlaams-Nederlandse Kring Keulen-Bonn"""

BAKKER_QUOTE = (f"Op wo 24 mrt 2027 om 20:14 schreef {ORG_NAME} <{ORG}>:",
                confirmation("Joëlle Bakker", "WS3", 1))


@mail("bakker-dutch-change-ws3-to-ws4", "2027-03-30 10:20:37",
      E("change", "joelle.bakker@vnk-keulen.example", "Joëlle Bakker",
        "Vlaams-Nederlandse Kring Keulen-Bonn", ["WS4"], None, "nl"), "nl",
      quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Joëlle Bakker", "joelle.bakker@vnk-keulen.example")),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAE5tRq2Wm8bKv1xN4yP7sZ0dG3hJ6cF9aL2oU8iT5nQ1wE4rYx@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270324201402.7a2c@bonn.example>"),
           ("References", "<mailbot.20270324201402.7a2c@bonn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(BAKKER_TEXT, BAKKER_QUOTE), gmail_html(BAKKER_TEXT, quote=BAKKER_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Danish question before registering (info table, several workshops,
# parking); Outlook plain text windows-1252 QP.  The dashes are list bullets.

@mail("kjaergaard-danish-question", "2027-03-31 14:05:22",
      E("question", "birthe.kjaergaard@dkk-bonn.example", "Birthe Kjærgaard",
        "Dansk Kvindeklub Bonn", [], None, "da"), "da")
def _(m):
    m.head(("From", addr("Birthe Kjærgaard", "birthe.kjaergaard@dkk-bonn.example", "windows-1252")),
           ("To", ORG),
           ("Subject", ew("Spørgsmål til Nachbarschaftstag", "windows-1252")),
           ("Date", m.date),
           ("Message-ID", "<000b01dba2c4$7e1f3a20$7a5dae60$@dkk-bonn.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "da"),
           ("MIME-Version", "1.0"))
    m.single("""Kære arrangører,

Vi fra Dansk Kvindeklub Bonn overvejer at deltage den 8. maj, men vi har et
par spørgsmål, før vi tilmelder os:

– Er det muligt at stille et lille bord op med materiale om vores forening
  (flag, foldere)?
– Kan man deltage i flere workshops, eller skal man vælge én?
– Er der parkeringspladser ved Haus der Bildung?

På forhånd tak for svaret.

Venlig hilsen
Birthe Kjærgaard
Dansk Kvindeklub Bonn
""", charset="windows-1252", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Hungarian: the secretary registers the chairman, who comes alone, and asks
# to confirm to his address; iso-8859-2 8bit.  name = the chairman (without
# "dr."), email = his address; "a második műhelyben" = WS2.

@mail("kovacs-pal-hungarian-registers-chairman", "2027-04-01 09:58:30",
      E("registration", "feher.gabor@rajnavidek-magyarok.example", "Fehér Gábor",
        "Rajna-vidéki Magyarok Egyesülete", ["WS2"], 1, "hu"), "hu")
def _(m):
    m.head(("From", addr("Kovács-Pál Dóra", "titkarsag@rajnavidek-magyarok.example", "iso-8859-2")),
           ("To", ORG),
           ("Subject", ew("Jelentkezés május 8. - Fehér Gábor", "iso-8859-2")),
           ("Date", m.date),
           ("Message-ID", "<20270401075830.Horde.k3Vp9xQm2LbT1Rw4Zc7Yn0e@webmail.rajnavidek-magyarok.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Kedves Szervezők!

Egyesületünk elnökét szeretném bejelenteni a május 8-i rendezvényre:

dr. Fehér Gábor, elnök

Ő egyedül jön, és a második műhelyben (testvérvárosok és szomszédság)
venne részt. Én sajnos aznap nem tudok ott lenni.

Kérem, a visszaigazolást közvetlenül neki küldjék:
feher.gabor@rajnavidek-magyarok.example

Köszönettel:
Kovács-Pál Dóra
titkár
Rajna-vidéki Magyarok Egyesülete
""", charset="iso-8859-2", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Norwegian: the choir's leader forwards a member's request and asks to
# confirm directly to her ("Videresendt melding" block with a Norwegian Gmail
# date).  The registration is the member's: WS1, she and her daughter = 2.

NORDBO_TEXT = """Hei,

jeg videresender påmeldingen fra korsangeren vår Ingrid Sæther. Hun hadde ikke adressen deres. Send gjerne bekreftelsen direkte til henne.

Hilsen
Kari Nordbø
leder, Nordisk Kor Bonn

---------- Videresendt melding ---------
Fra: Ingrid Sæther <ingrid.saether@nettpost.example>
Date: tor. 1. apr. 2027 kl. 21:40
Subject: Nachbarschaftstag
To: Kari Nordbø <kari@nordiskkor-bonn.example>


Hei Kari!

Kan du melde meg på den europeiske naboskapsdagen 8. mai? Jeg vil gjerne være med i den første workshopen om flerspråklighet, og jeg tar med meg datteren min på 16, så vi blir to.

Takk!
Ingrid"""


@mail("nordbo-norwegian-forwards-member", "2027-04-02 12:30:06",
      E("registration", "ingrid.saether@nettpost.example", "Ingrid Sæther",
        "Nordisk Kor Bonn", ["WS1"], 2, "nb"), "nb")
def _(m):
    m.head(("From", addr("Kari Nordbø", "kari@nordiskkor-bonn.example")),
           ("To", ORG),
           ("Subject", "Fwd: Nachbarschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAH9sLq4Xp1bRm7eT2wK5yN8dZ0gF3cJ6aV9oU2iP4nS7tE1qWd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NORDBO_TEXT, gmail_html(NORDBO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# German Exchange non-delivery report (multipart/report) for a confirmation
# sent to a mistyped domain; the returned confirmation names Werkstatt 1.

NDR_RCPT = "m.horakova@ceskyspolek-koln.example"

NDR_TEXT = f"""Ihre Nachricht konnte nicht an {NDR_RCPT} übermittelt werden.

Die Domäne ceskyspolek-koln.example wurde nicht gefunden. Möglicherweise ist
die Adresse falsch geschrieben, oder die Domäne existiert nicht mehr.

Was sollten Sie tun?
Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht
erneut. Falls das Problem weiterhin besteht, wenden Sie sich an Ihren
E-Mail-Administrator.

Weitere Informationen für E-Mail-Administratoren:
Generierender Server: EXCH02.bonn.example
Remoteserver hat zurückgegeben: '550 5.4.310 DNS domain ceskyspolek-koln.example does not exist'"""


@mail("exchange-ndr-german-domain-typo", "2027-04-02 16:01:44",
      E("bounce", bounced=NDR_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@bonn.example>"),
           ("To", f"{ORG_NAME_EW} <{ORG}>"),
           ("Subject", "Unzustellbar: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<6a1f0c3e-9d2b-4e87-b5a4-2c8d7e1f0b93@EXCH02.bonn.example>"),
           ("In-Reply-To", "<mailbot.20270402160139.5d1e@bonn.example>"),
           ("References", "<mailbot.20270402160139.5d1e@bonn.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div style=\"font-family:Segoe UI,Arial;font-size:14px\">"
                 + "".join(f"<p>{esc(par)}</p>" for par in NDR_TEXT.split("\n\n"))
                 + "</div></body></html>\n")
    alt = m.alternative(NDR_TEXT, html_text, charset="utf-8", cte="quoted-printable",
                        top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.bonn.example"),
         ("Received-From-MTA", "dns;mail.bonn.example"),
         ("Arrival-Date", "Fri, 2 Apr 2027 14:01:39 +0000")],
        [("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.4.310"),
         ("Diagnostic-Code", "smtp;550 5.4.310 DNS domain ceskyspolek-koln.example does not exist")])
    original = confirmation_message(
        f"=?utf-8?q?Mark=C3=A9ta_Hor=C3=A1kov=C3=A1?= <{NDR_RCPT}>", "Markéta Horáková",
        "WS1", 2, "Fri, 02 Apr 2027 16:01:39 +0200",
        "<mailbot.20270402160139.5d1e@bonn.example>",
        "<1775138470.552190.3318@seznam.example>")
    m.multi("report", [alt, dsn, rfc822_part(original, "Undelivered Message")],
            params={"report-type": "delivery-status"})


# -- 027 ---------------------------------------------------------------------
# Change from an iPhone (Finnish), quoting the confirmation (WS2, 1 person)
# with the iOS attribution: "työpajasta 2 työpajaan 1" -> WS1, and her husband
# comes too ("meitä on kaksi") -> party 2.

@mail("mantyla-schmidt-finnish-change-iphone", "2027-04-03 08:40:17",
      E("change", "sini.mantyla@mail.example", "Sini Mäntylä-Schmidt", None,
        ["WS1"], 2, "fi"), "fi", quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Sini Mäntylä-Schmidt", "sini.mantyla@mail.example")),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<A4D81F27-6C3E-4B95-8E0A-D2F9C71B5E36@mail.example>"),
           ("In-Reply-To", "<mailbot.20270327100512.2f8b@bonn.example>"),
           ("References", "<mailbot.20270327100512.2f8b@bonn.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hei!

Voisinko vaihtaa työpajasta 2 työpajaan 1? Ja mieheni tulee sittenkin mukaan, eli meitä on kaksi.

Kiitos paljon!
Sini Mäntylä-Schmidt

Lähetetty iPhonesta

> 27.3.2027 kello 10.05, {ORG_NAME} <{ORG}> kirjoitti:
> 
{gt_quote(confirmation("Sini Mäntylä-Schmidt", "WS2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Macedonian, sent from the church community's shared mailbox with the
# writer's own Reply-To (which wins); Gmail alternative in windows-1251
# base64.  "вкупно три лица" = 3 in total; "првата работилница" = WS1.

TRAJKOVSKA_TEXT = """Почитувани,

Ве молам да ме пријавите за Европскиот ден на соседството на 8 мај. Ќе бидеме вкупно три лица – јас и уште две мајки од нашето неделно училиште.

Најмногу сме заинтересирани за првата работилница, за повеќејазичноста, бидејќи децата во нашето училиште учат македонски јазик.

Ве молам одговорете на мојата лична адреса, ова сандаче го читаме ретко.

Со почит,
Марија Трајковска
Македонска православна црковна општина „Св. Наум Охридски“ – Бон"""


@mail("trajkovska-macedonian-shared-mailbox-reply-to", "2027-04-05 11:25:58",
      E("registration", "marija.trajkovska@mail.example", "Марија Трајковска",
        "Македонска православна црковна општина „Св. Наум Охридски“ – Бон",
        ["WS1"], 3, "mk"), "mk")
def _(m):
    m.head(("From", addr("МПЦО Св. Наум Охридски Бон", "info@sv-naum-bon.example", "windows-1251", "b")),
           ("Reply-To", addr("Марија Трајковска", "marija.trajkovska@mail.example", "windows-1251", "b")),
           ("To", ORG),
           ("Subject", ew("Пријава – Европски ден на соседството", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP4kWq7Ry2bNm5eX8tL1sH4dZ7gJ0cV3aQ6oU9iB2nK5wE8rTf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAJKOVSKA_TEXT, gmail_html(TRAJKOVSKA_TEXT), charset="windows-1251",
                  cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# English from a Finnish writer (diacritics in From and signature); first and
# second choice by number; "three of us"; his employer is not the organisation.

VAANANEN_TEXT = """Hi,

I'd like to register for the Nachbarschaftstag on 8 May. There will be three of us from the Nordic-Baltic Choir Bonn - me and two colleagues from the choir board (one Estonian, one Latvian, so we cover quite a few of your "small languages"!).

Our first choice would be workshop 2 (twin towns), second choice workshop 3.

Best regards,
Lauri Väänänen
Nordic-Baltic Choir Bonn

(I work at the UN Campus, but this is a private/choir registration.)"""


@mail("vaananen-english-first-second-choice", "2027-04-06 13:13:45",
      E("registration", "lauri.vaananen@gmail.example", "Lauri Väänänen",
        "Nordic-Baltic Choir Bonn", ["WS2", "WS3"], 3, "en"), "en")
def _(m):
    m.head(("From", addr("Lauri Väänänen", "lauri.vaananen@gmail.example")),
           ("To", ORG),
           ("Subject", "Registration Nachbarschaftstag 8 May"),
           ("Date", m.date),
           ("Message-ID", "<CAB7nRq3Tv0bXm4eW9yK2sP5dQ8gL1cH4aZ7oU0iM3nJ6wE9rDg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VAANANEN_TEXT, gmail_html(VAANANEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Slovak question (childcare, language of the workshops); she would register
# only afterwards ("Ak to bude možné, radi by sme sa potom prihlásili"), so
# no registration; the children's ages (3 and 6) are no party size.

@mail("durisova-slovak-question-childcare", "2027-04-07 10:01:36",
      E("question", "zuzana.durisova@azet-mail.example", "Zuzana Ďurišová",
        None, [], None, "sk"), "sk")
def _(m):
    m.head(("From", addr("Zuzana Ďurišová", "zuzana.durisova@azet-mail.example")),
           ("To", ORG),
           ("Subject", ew("Otázka – stráženie detí 8. mája")),
           ("Date", m.date),
           ("Message-ID", "<1775548896.7734.1402@webmail.azet-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý deň,

chcela by som sa opýtať, či bude počas podujatia 8. mája zabezpečené stráženie
detí. Sme mladá rodina a bez detí by sme prísť nemohli (deti majú 3 a 6 rokov).

A ešte: budú workshopy len po nemecky? Manžel nemčinu takmer neovláda.

Ak to bude možné, radi by sme sa potom prihlásili, asi na workshop
o viacjazyčnosti.

Ďakujem za odpoveď
Zuzana Ďurišová
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Georgian typed in Latin letters (common on phones), all lower case, plain
# us-ascii from a Samsung phone with a German footer.  "meotxe vorqshopi" =
# the fourth workshop; "marto movdivar" = I come alone; "5 welia" = 5 years.

@mail("maisuradze-georgian-latin-translit-phone", "2027-04-08 22:40:03",
      E("registration", "giorgi.maisuradze@mail.example", "Giorgi Maisuradze",
        None, ["WS4"], 1, "ka"), "ka")
def _(m):
    m.head(("From", "Giorgi Maisuradze <giorgi.maisuradze@mail.example>"),
           ("To", ORG),
           ("Subject", "registracia 8 maisi"),
           ("Date", m.date),
           ("Message-ID", "<k2p7x4.1775680803.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""gamarjobat,

me var giorgi maisuradze, bonshi vcxovrob 5 welia. minda davregistrirde 8 maisis evropul samezoblo dgeze. meotxe vorqshopi minda (sichtbar in bonn), marto movdivar.

didi madloba,
giorgi maisuradze

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Cancellation (Czech Thunderbird reply, UTF-8 QP, format=flowed) quoting the
# confirmation (WS1, 2 persons) under "Dne ... napsal(a):"; "naše dvě místa"
# is not a party size.

@mail("reznickova-czech-cancellation-thunderbird", "2027-04-09 09:12:26",
      E("cancellation", "katerina.reznickova@cssr-rodice.example", "Kateřina Řezníčková",
        "Spolek českých a slovenských rodičů Kolín nad Rýnem-Bonn", [], None, "cs"), "cs",
      quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Kateřina Řezníčková", "katerina.reznickova@cssr-rodice.example")),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<4f2c8e17-a9b3-4d60-9e25-7b1c0d3f6a84@cssr-rodice.example>"),
           ("In-Reply-To", "<mailbot.20270325093114.8e3a@bonn.example>"),
           ("References", "<mailbot.20270325093114.8e3a@bonn.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
           ("Content-Language", "cs"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dobrý den,

s lítostí musím naši účast zrušit. Kolegyně onemocněla a já sama musím 
8. května nakonec být v Praze. Uvolněte prosím naše dvě místa pro někoho 
jiného.

Děkuji a omlouvám se
Kateřina Řezníčková
Spolek českých a slovenských rodičů Kolín nad Rýnem-Bonn

Dne 25.03.2027 v 9:31 {ORG_NAME} napsal(a):
{gt_quote(confirmation("Kateřina Řezníčková", "WS1", 2))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 033 ---------------------------------------------------------------------
# Change (Latvian Outlook alternative, windows-1257 QP) quoting the
# confirmation (WS2, 2) under a Latvian header block ("No: / Nosūtīts: /
# Kam: / Tēma:"): to the third workshop, else stay in the second -> WS3, WS2.

KALNINS_TEXT = """Labdien!

Vai būtu iespējams mūs pārcelt no otrās darbnīcas uz trešo (ES finansējums)? Ja trešajā vairs nav brīvu vietu, tad, protams, paliekam otrajā.

Paldies!
Jānis Kalniņš
Latviešu kultūras biedrība "Dzintars" Bonnā"""

KALNINS_QUOTE = (("No:", "Nosūtīts:", "Kam:", "Tēma:"),
                 (f"{ORG_NAME} <{ORG}>", "otrdiena, 2027. gada 30. marts 14:02",
                  "Jānis Kalniņš <janis.kalnins@dzintars-bonn.example>", CONFIRMATION_SUBJECT),
                 confirmation("Jānis Kalniņš", "WS2", 2))


@mail("kalnins-latvian-change-else-stay", "2027-04-12 15:45:11",
      E("change", "janis.kalnins@dzintars-bonn.example", "Jānis Kalniņš",
        'Latviešu kultūras biedrība "Dzintars" Bonnā', ["WS3", "WS2"], None, "lv"), "lv",
      quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Jānis Kalniņš", "janis.kalnins@dzintars-bonn.example", "windows-1257")),
           ("To", TO_ORG),
           ("Subject", "RE: " + ew(CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHbgVx3kR9mTq2Wb5Xc8Yz1Lp4Nv7AAJs0Q"),
           ("Date", m.date),
           ("Message-ID", "<DU0PR03MB8814C2A6E9F3B1D7C4A0E8B2F5D3@DU0PR03MB8814.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270330140207.4c9d@bonn.example>"),
           ("References", "<mailbot.20270330140207.4c9d@bonn.example>"),
           ("Accept-Language", "lv-LV, en-US"),
           ("Content-Language", "lv-LV"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KALNINS_TEXT, KALNINS_QUOTE),
                  outlook_html(KALNINS_TEXT, KALNINS_QUOTE, lang="LV", charset="windows-1257"),
                  charset="windows-1257", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Lithuanian registration that also asks a question (still a registration);
# Gmail alternative UTF-8 QP.  "Ateisiu vienas" = 1; "trečiosiose
# dirbtuvėse" = WS3.  No organisation.

PAULAUSKAS_TEXT = """Sveiki,

registruojuosi į Europos kaimynystės dieną gegužės 8 d. Ateisiu vienas. Norėčiau dalyvauti trečiosiose dirbtuvėse apie ES ir savivaldybės finansavimą.

Turiu klausimą: ar dirbtuvės vyks tik vokiečių kalba, ar bus vertimas į anglų? Mano vokiečių kalba dar ne pati geriausia.

Ačiū iš anksto!
Gediminas Paulauskas"""


@mail("paulauskas-lithuanian-registration-with-question", "2027-04-13 11:30:27",
      E("registration", "gediminas.paulauskas@gmail.example", "Gediminas Paulauskas",
        None, ["WS3"], 1, "lt"), "lt")
def _(m):
    m.head(("From", "Gediminas Paulauskas <gediminas.paulauskas@gmail.example>"),
           ("To", ORG),
           ("Subject", "Registracija 05-08"),
           ("Date", m.date),
           ("Message-ID", "<CAD6pTq0Wv3bYm8eK1xR4sN7dL2gP5cF8aH1oU4iZ7nG0wE3rJk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PAULAUSKAS_TEXT, gmail_html(PAULAUSKAS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Exchange out-of-office in Finnish, Swedish and English (a bilingual Finnish
# institution), Auto-Submitted: auto-generated; alternative UTF-8 base64.

VIRTANEN_OOO = """Olen lomalla 12.–23.4.2027 enkä lue sähköpostiani. Kiireellisissä
asioissa ota yhteyttä osoitteeseen info@suomi-instituutti.example.

Jag är ledig 12–23.4.2027 och läser inte min e-post. I brådskande ärenden,
kontakta info@suomi-instituutti.example.

I am on leave from 12 to 23 April 2027. For urgent matters, please contact
info@suomi-instituutti.example.

Helena Virtanen"""


@mail("virtanen-finnish-swedish-out-of-office", "2027-04-14 08:02:19",
      E("auto_reply"), "fi")
def _(m):
    m.head(("From", "Helena Virtanen <helena.virtanen@suomi-instituutti.example>"),
           ("To", f"{ORG_NAME_EW} <{ORG}>"),
           ("Subject", "Automaattinen vastaus: " + ew(CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<HE1PR06MB3329B7E1A4D9C2F0B8E5A3D6C1F7@HE1PR06MB3329.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270414080214.6b2f@bonn.example>"),
           ("References", "<mailbot.20270414080214.6b2f@bonn.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "helena.virtanen@suomi-instituutti.example"),
           ("Content-Language", "fi-FI"),
           ("MIME-Version", "1.0"))
    m.alternative(VIRTANEN_OOO, outlook_html(VIRTANEN_OOO, lang="FI", charset="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 036 ---------------------------------------------------------------------
# German, Outlook HTML only in UTF-8 QP (ņ, ī).  Two persons, but no workshop
# chosen: they want to decide on the day ("Uns interessieren eigentlich alle
# vier") -> workgroups [].  Registration with a question.

OZOLINA_TEXT = """Sehr geehrte Damen und Herren,

die Deutsch-Lettische Gesellschaft Bonn e.V. möchte gern mit zwei Personen am Europäischen Nachbarschaftstag am 8. Mai teilnehmen (Frau Ilze Rudzīte und ich).

Für welche Werkstatt wir uns eintragen, würden wir gern erst vor Ort entscheiden – ist das möglich? Uns interessieren eigentlich alle vier.

Mit freundlichen Grüßen

Heike Ozoliņa-Brandt
Stellv. Vorsitzende
Deutsch-Lettische Gesellschaft Bonn e.V.
Kaiserstraße 27 · 53113 Bonn"""


@mail("ozolina-brandt-german-html-no-workshop", "2027-04-15 16:16:50",
      E("registration", "h.ozolina-brandt@dlg-bonn.example", "Heike Ozoliņa-Brandt",
        "Deutsch-Lettische Gesellschaft Bonn e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ozoliņa-Brandt, Heike", "h.ozolina-brandt@dlg-bonn.example")),
           ("To", TO_ORG),
           ("Subject", "Anmeldung Deutsch-Lettische Gesellschaft"),
           ("Thread-Topic", "Anmeldung Deutsch-Lettische Gesellschaft"),
           ("Thread-Index", "AdtyWq4Xm7Lp0Rb3Tc6Vn9Ys2ZkJdQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1550A3D9C7E2B5F0A1D8C4E6B9F2@FR3P281MB1550.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(OZOLINA_TEXT, lang="DE", charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Change of party size only (Slovenian Gmail reply quoting the confirmation
# for WS3, 2): their daughter comes too, "trije namesto dveh" -> 3; the
# workshop stays ("Delavnica ostane ista") -> workgroups [].

ZAGAR_TEXT = """Pozdravljeni,

samo kratka sprememba: z nama bo prišla še hči, ki študira v Kölnu, tako da bomo trije namesto dveh. Delavnica ostane ista.

Hvala in lep pozdrav,
Matej Žagar"""

ZAGAR_QUOTE = (f"V pon., 5. apr. 2027 ob 17:22 je oseba {ORG_NAME} <{ORG}> napisala:",
               confirmation("Matej Žagar", "WS3", 2))


@mail("zagar-slovenian-change-party-size", "2027-04-19 19:07:38",
      E("change", "matej.zagar@gmail.example", "Matej Žagar", None, [], 3, "sl"), "sl",
      quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Matej Žagar", "matej.zagar@gmail.example")),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAG3wKq6Nt9bZm1eV4xS7sR0dP3gM6cJ9aY2oU5iL8nH1wE6rFq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270405172203.9a6e@bonn.example>"),
           ("References", "<mailbot.20270405172203.9a6e@bonn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ZAGAR_TEXT, ZAGAR_QUOTE), gmail_html(ZAGAR_TEXT, quote=ZAGAR_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Change (Hebrew Gmail, right-to-left HTML, UTF-8 base64) quoting the
# confirmation (WS1, 2) under the Hebrew attribution with bidi control marks:
# "מהסדנה הראשונה לסדנה השנייה" -> WS2; "עדיין שני אנשים" = unchanged.

SHAPIRA_TEXT = """שלום,

רצינו לבקש להעביר אותנו מהסדנה הראשונה לסדנה השנייה (ערים תאומות). אנחנו עדיין שני אנשים.

תודה רבה,
אביגיל שפירא
ישראלים בקלן ובון"""

SHAPIRA_QUOTE = ("\u202bבתאריך יום ג׳, 6 באפר׳ 2027 ב-11:02 מאת \u202a"
                 f"{ORG_NAME}\u202c\u200f <\u202a{ORG}\u202c\u200f>:\u202c",
                 confirmation("Avigail Shapira", "WS1", 2))


@mail("shapira-hebrew-change-gmail-rtl", "2027-04-21 12:48:09",
      E("change", "avigail.shapira@gmail.example", "אביגיל שפירא",
        "ישראלים בקלן ובון", ["WS2"], None, "he"), "he", quotes_confirmation=True)
def _(m):
    m.head(("From", "Avigail Shapira <avigail.shapira@gmail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAJ8mPq2Xs5bTm9eR3xW6sK1dN4gH7cL0aV3oU6iF9nB2wE5rQc@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270406110207.3e5b@bonn.example>"),
           ("References", "<mailbot.20270406110207.3e5b@bonn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SHAPIRA_TEXT, SHAPIRA_QUOTE),
                  gmail_html(SHAPIRA_TEXT, rtl=True, quote=SHAPIRA_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Bounce from the recipient's own Postfix after it accepted the mail: mailbox
# full (5.2.2); returns the whole confirmation (WS2, 1) as message/rfc822.

QUOTA_RCPT = "edit.molnar@levelezo.example"


@mail("postfix-mailbox-full", "2027-04-22 10:31:26",
      E("bounce", bounced=QUOTA_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.levelezo.example (Mail Delivery System)"),
           ("To", ORG),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270422083126.4B7E21C9F3@mx.levelezo.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.levelezo.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{QUOTA_RCPT}>: delivery failed: mailbox is full (quota exceeded)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.levelezo.example"),
         ("X-Postfix-Queue-ID", "4B7E21C9F3"),
         ("X-Postfix-Sender", f"rfc822; {ORG}"),
         ("Arrival-Date", "Thu, 22 Apr 2027 10:31:22 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {QUOTA_RCPT}"),
         ("Original-Recipient", f"rfc822;{QUOTA_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "x-unix; mailbox is full (quota exceeded)")])
    original = confirmation_message(
        f"=?utf-8?q?Moln=C3=A1r_Edit?= <{QUOTA_RCPT}>", "Molnár Edit", "WS2", 1,
        "Thu, 22 Apr 2027 10:31:20 +0200", "<mailbot.20270422103120.0c4a@bonn.example>",
        "<20270422083001.Horde.m9Qx2Vb7Lk4Tz1Rw8Yc5Pn3@levelezo.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Invitation to another event (other): a Latvian association's midsummer
# festival, Latvian and German, to undisclosed recipients, with a PDF flyer;
# it has its own registration ("Piesakieties", "Anmeldung") and dates.

JANI_TEXT = """Mīļie draugi!

Latviešu biedrība Reinzemē aicina uz Jāņiem 2027! Svinēsim sestdien,
19. jūnijā, no plkst. 16:00 Rheinaue parkā – ar dziesmām, ķimeņu sieru,
alu un ugunskuru. Līdzi ņemiet vainagus un labu noskaņojumu!

Lūdzam pieteikties līdz 10. jūnijam, lai varam paredzēt ēdienu.

---

Liebe Freundinnen und Freunde,

die Latviešu biedrība Reinzemē lädt herzlich zum Johannisfest (Jāņi) ein:
Samstag, 19. Juni 2027, ab 16 Uhr in der Rheinaue. Mit Liedern,
Kümmelkäse, Bier und Johannisfeuer. Bringen Sie gern einen Blumenkranz mit!

Anmeldung bitte bis 10. Juni an valde@lbr-reinzeme.example.

Ar sveicieniem / Herzliche Grüße
Valde / Vorstand
Latviešu biedrība Reinzemē"""


@mail("latvian-midsummer-invitation-other-event", "2027-04-26 18:00:12",
      E("other"), "lv")
def _(m):
    m.head(("From", addr("Latviešu biedrība Reinzemē", "valde@lbr-reinzeme.example")),
           ("To", "undisclosed-recipients:;"),
           ("Subject", ew("Ielūgums: Jāņi 2027 / Einladung zum Johannisfest")),
           ("Date", m.date),
           ("Message-ID", "<5e8b1d3a-0c7f-4a29-b6d4-e2f1a9c3b705@lbr-reinzeme.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(JANI_TEXT, div_html(JANI_TEXT), charset="utf-8",
                        cte="quoted-printable", top=False)
    pdf = m.binary(make_pdf(["Jani 2027", "Latviesu biedriba Reinzeme",
                             "Sestdien, 19. junija, 16:00 - Rheinaue, Bonn",
                             "Pieteikties / Anmeldung: valde@lbr-reinzeme.example"]),
                   "application", "pdf", "Jani_2027_ielugums.pdf")
    m.multi("mixed", [alt, pdf])


# -- 041 ---------------------------------------------------------------------
# Cancellation (Swedish Outlook alternative, windows-1252 QP) quoting the
# confirmation (WS4, 2) under "Från: / Skickat: / Till: / Ämne:";
# "ingen av oss två" is not a party size.

ASTROM_TEXT = """Hej,

Tyvärr måste vi avboka vår anmälan till den 8 maj. Vår förening har flyttat sitt årsmöte till samma dag, och då kan ingen av oss två komma.

Vi hoppas få vara med nästa år!

Vänliga hälsningar
Gunnel Åström
Svensk-tyska föreningen Rhein-Sieg"""

ASTROM_QUOTE = (("Från:", "Skickat:", "Till:", "Ämne:"),
                (f"{ORG_NAME} <{ORG}>", "den 8 april 2027 09:47",
                 "Gunnel Åström <gunnel.astrom@stf-rheinsieg.example>", CONFIRMATION_SUBJECT),
                confirmation("Gunnel Åström", "WS4", 2))


@mail("astrom-swedish-cancellation-outlook", "2027-04-28 09:35:51",
      E("cancellation", "gunnel.astrom@stf-rheinsieg.example", "Gunnel Åström",
        "Svensk-tyska föreningen Rhein-Sieg", [], None, "sv"), "sv",
      quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Gunnel Åström", "gunnel.astrom@stf-rheinsieg.example", "windows-1252")),
           ("To", TO_ORG),
           ("Subject", "SV: " + ew(CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHbjQw2Tk8mRq5Xb1Vc4Yz7Lp0Nu3AAKt6W"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR07MB9120E5B3A8D1C6F4E2B0A7D9C3F1@GV1PR07MB9120.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270408094702.1d7c@bonn.example>"),
           ("References", "<mailbot.20270408094702.1d7c@bonn.example>"),
           ("Accept-Language", "sv-SE, en-US"),
           ("Content-Language", "sv-SE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ASTROM_TEXT, ASTROM_QUOTE),
                  outlook_html(ASTROM_TEXT, ASTROM_QUOTE, lang="SV", charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Cancellation as a new mail without any quote (Estonian, UTF-8 8bit); it
# mentions the workshop he had ("neljandasse töötuppa"), which is no choice.

@mail("poldmaa-estonian-cancellation-new-mail", "2027-05-02 20:10:44",
      E("cancellation", "tonu.poldmaa@mail.example", "Tõnu Põldmaa", None, [], None, "et"), "et")
def _(m):
    m.head(("From", addr("Tõnu Põldmaa", "tonu.poldmaa@mail.example")),
           ("To", ORG),
           ("Subject", ew("Registreerimise tühistamine / Absage 8.5.")),
           ("Date", m.date),
           ("Message-ID", "<1777745444.118293.6620@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Tere,

kahjuks pean oma registreerimise 8. mai üritusele tühistama – mind saadeti
samaks nädalaks töölähetusse Tallinna. Registreerisin end märtsi lõpus
neljandasse töötuppa.

Vabandust ja head üritust!
Tõnu Põldmaa
""", charset="utf-8", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Armenian question after the deadline: is a late registration still
# possible?  He would send it only after the answer.  UTF-8 base64.

@mail("petrosyan-armenian-late-registration-question", "2027-05-03 10:44:30",
      E("question", "aram.petrosyan@mail.example", "Արամ Պետրոսյան", None, [], None, "hy"), "hy")
def _(m):
    m.head(("From", "Aram Petrosyan <aram.petrosyan@mail.example>"),
           ("To", ORG),
           ("Subject", ew("Հարց գրանցման մասին", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1777797870.330517.2194@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Բարև Ձեզ,

Միայն այսօր իմացա մայիսի 8-ի միջոցառման մասին։ Գիտեմ, որ գրանցման
վերջնաժամկետն արդեն անցել է, բայց արդյո՞ք դեռ հնարավոր է գրանցվել։
Եթե այո, անմիջապես կուղարկեմ գրանցումս։

Շնորհակալություն,
Արամ Պետրոսյան
""", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# Cancellation (Bulgarian, abv.bg webmail, UTF-8 8bit) quoting the
# confirmation (WS4, 2) under "-------- Оригинално писмо --------"; it
# repeats "двама души, четвърта работилница", which is no new choice.

@mail("angelov-bulgarian-cancellation-abv", "2027-05-06 07:58:02",
      E("cancellation", "bozhidar.angelov@abv.example", "Божидар Ангелов",
        None, [], None, "bg"), "bg", quotes_confirmation=True)
def _(m):
    m.head(("From", addr("Божидар Ангелов", "bozhidar.angelov@abv.example", "utf-8", "b")),
           ("To", ORG),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<1390471127.88214.1778047082104@nm52.abv.example>"),
           ("In-Reply-To", "<mailbot.20270329164811.7f0e@bonn.example>"),
           ("References", "<mailbot.20270329164811.7f0e@bonn.example>"),
           ("X-Mailer", "AbvMail 3.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравейте,

За съжаление няма да можем да дойдем в събота – синът ми се разболя. Моля, отменете регистрацията ни (двама души, четвърта работилница).

Благодаря и успешно мероприятие!
Божидар Ангелов


 -------- Оригинално писмо --------
От: {ORG_NAME} nachbarschaftstag@bonn.example
Относно: {CONFIRMATION_SUBJECT}
До: bozhidar.angelov@abv.example
Изпратено: 29.03.2027 16:48

{gt_quote(confirmation("Божидар Ангелов", "WS4", 2))}
""", charset="utf-8", cte="8bit")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, quotes_conf, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, quotes_conf))
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


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check_labels(e):
    """Problems with the form of one expected record."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or len(set(wg)) != len(wg) or any(w not in WS_IDS for w in wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            problems.append("change party_size must be null or >= 1")
    elif party is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not an expected ISO 639-1 code")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, quotes_conf):
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
        problems.append(f"date {when} outside Mar-May 2027")
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
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = nfc("\n".join(chunks))
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
    # the labels agree with the mail
    problems += check_labels(expected)
    e = expected
    if e["kind"] in PERSON_KINDS:
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in heads and e["email"] not in text.lower():
            problems.append(f"email {e['email']} neither in From/Reply-To nor in the text")
        if msg["Reply-To"] is not None:
            rt = getaddresses([str(msg["Reply-To"])])[0][1].lower()
            if e["email"] != rt:
                problems.append("a Reply-To exists but the email is not it")
        for k in ("name", "organisation"):
            if e[k] is not None and nfc(e[k]).casefold() not in text.casefold():
                problems.append(f"{k} {e[k]!r} does not occur in the mail")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if quotes_conf:
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("should answer and quote the confirmation")
    elif e["kind"] in ("change", "cancellation") and "Angemeldete Personen:" in text:
        problems.append("quotes the confirmation but is not marked so")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: KINDS.index(kv[0]))))
    langs = sorted({t for _, _, _, t, _ in built})
    print("language of the text x kind (machine mail: language of its text):")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [sum(1 for _, _, e, t, _ in built if t == lang and e["kind"] == k) for k in KINDS]
        print(f"  {lang:3} " + " ".join(f"{c or '':>5}" for c in row) + f" {sum(row):>5}")
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
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
        if on_disk != sorted(expected):
            print("mails/ does not hold exactly the generated files")
            bad += 1
        for (name, *_), data in zip(built, datas):
            path = mails_dir / name
            if not path.exists() or path.read_bytes() != data:
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

    # corpus-wide checks
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails, expected 40-45")
        bad += 1
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    persons = collections.Counter((e["email"], e["name"]) for _, _, e, _, _ in built
                                  if e["kind"] in PERSON_KINDS)
    for p, k in persons.items():
        if k > 1:
            print(f"person {p} appears {k} times")
            bad += 1

    for (name, m, e, _, q), data in zip(built, datas):
        for problem in check(name, data, m, e, q):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
