#!/usr/bin/env python3
"""Build the "final25i" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config byte-identical to ../../shared/corpus/dev/config.toml),
mails from Münster's Latin American and French-speaking African communities.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed and agree with the mail.

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
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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

    def __init__(self, slug, when, tz_hours=1):
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
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic)
# ---------------------------------------------------------------------------

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


def make_png(width=64, height=40):
    """A small RGB PNG: sky, a red-and-white banner, grass."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 14:
                px = (135, 190, 235)
            elif y < 24:
                px = (200, 30, 40) if (x // 8) % 2 == 0 else (250, 250, 250)
            else:
                px = (70, 150, 60)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De\u00a0:", "Envoyé\u00a0:", "À\u00a0:", "Objet\u00a0:"),
}


def outlook_html(text, quote=None, labels="de", body_lang="DE"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_von, l_ges, l_an, l_bet = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={body_lang} style='mso-fareast-language:{body_lang}'>{esc(l_von)}</span></b>"
                   f"<span lang={body_lang} style='mso-fareast-language:{body_lang}'> {esc(von)} <br>\n"
                   f"<b>{esc(l_ges)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(l_an)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(l_bet)}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("<body lang=DE", f"<body lang={body_lang}")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    l_von, l_ges, l_an, l_bet = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{l_von} {von}\n{l_ges} {gesendet}\n{l_an} {an}\n"
            f"{l_bet} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
def gmail_reply_html(text, attribution, quoted):
    """Gmail HTML for a reply: the new text, then the attribution line and the
    quoted message in a <blockquote class="gmail_quote">."""
    new = gmail_html(text).rstrip("\n")
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f"{new}<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px "
            f"0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


def samsung_html(text):
    """Samsung Email: one <div dir="auto"> per line inside a plain body."""
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"</head><body>{inner}</body></html>\n")


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            f"Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">{inner}</div>"
            "</body></html>\n")


def outlook_mobile_html(text):
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div dir=\"auto\" style=\"font-family: Calibri, Helvetica, sans-serif;"
            f" font-size: 12pt;\">{inner}</div></body></html>\n")


def conf_id(stamp):
    """Message-ID of a confirmation mailbot sent at `stamp` (YYYYMMDDhhmmss.xxxx)."""
    return f"<mailbot.{stamp}@muenster.example>"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Brazilian Portuguese reply from Gmail on Android that quotes the whole German
# invitation (all three AGs in the quote); "Vamos eu e minha amiga" -> 2, AG 1
# named as "grupo de trabalho 1 (Bildung)"; long blessing, emoji.

FERREIRA_TEXT = """Olá, querida equipe do MSO-Tag! 🌻

Tudo bem com vocês? Muito obrigada pelo convite, ficamos muito felizes aqui na associação!

Queremos sim participar no dia 13 de março. Vamos eu e minha amiga Patrícia Gomes, que também é da diretoria. As duas queremos ir para o grupo de trabalho 1 (Bildung), porque temos muitas famílias com crianças nas escolas daqui e sempre aparecem dúvidas sobre o sistema escolar alemão.

Desejo a todos vocês um ótimo começo de ano, com muita saúde e paz. Que Deus abençoe o trabalho de vocês! 🙏

Um abraço carinhoso,
Luciana Ferreira dos Santos
Presidente
Associação Cultural Brasil-Münster e.V."""

FERREIRA_ATTR = (f"Em ter., 12 de jan. de 2027 às 14:03, Tag der Migrantenselbstorganisationen "
                 f"<{MSO}> escreveu:")


@mail("ferreira-dos-santos-gmail-reply-invitation", "2027-01-12 18:22:41",
      E("registration", "luciana.santos@acbm-muenster.example", "Luciana Ferreira dos Santos",
        "Associação Cultural Brasil-Münster e.V.", ["AG1"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Luciana Ferreira <luciana.santos@acbm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR9pQ2m8Lx0vT7nB4yZc1sWd6hJe5gUo2aNb8iXr3TfM1qw@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{FERREIRA_TEXT}\n\n{FERREIRA_ATTR}\n\n{gt_quote(INVITATION)}\n"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "quoted-printable"),
        m.text(gmail_reply_html(FERREIRA_TEXT, FERREIRA_ATTR, INVITATION), "html",
               "utf-8", "quoted-printable")], style="gmail")


# -- 002 ---------------------------------------------------------------------
# Congolese association, French with a Lingala greeting ("Mbote na bino !"),
# iso-8859-1 quoted-printable from Thunderbird.  Three named persons -> 3;
# "l'atelier 3" with the full German title.  The body says "la Communauté
# Congolaise de Münster", the signature adds "e.V." (the same name).

@mail("mukendi-lingala-greeting-atelier-3", "2027-01-13 09:10:22",
      E("registration", "jp.mukendi@ccm-muenster.example", "Jean-Pierre Mukendi Kabasele",
        "Communauté Congolaise de Münster e.V.", ["AG3"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre Mukendi <jp.mukendi@ccm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Inscription journée MSO du 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<5b2d8e41-0c7a-4f93-b1e6-2a9c4d7f0e35@ccm-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Mbote na bino !

Madame, Monsieur,

C'est avec une grande joie que nous avons reçu votre invitation pour la
journée des organisations de migrants. Au nom de la Communauté Congolaise
de Münster, je vous remercie de toujours penser à nous.

Par la présente, je m'inscris pour l'atelier 3 (Förderungsmöglichkeiten
und effektives Vereinsmanagement). Nous serons trois : moi-même, Madame
Bernadette Nsimba, notre secrétaire, et Monsieur Patrice Ilunga, notre
trésorier. Les questions de financement sont très importantes pour nous,
car nous voulons enfin ouvrir un petit local pour les jeunes.

Que Dieu vous bénisse, vous et vos familles, et bonne année 2027 à toute
l'équipe !

Fraternellement,

Jean-Pierre Mukendi Kabasele
Président
Communauté Congolaise de Münster e.V.
Tél. 0176 44 82 19 30
""", charset="iso-8859-1", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Colombian, iPhone, warm and full of emoji.  Self-introduction gives the full
# name (the display name is shorter).  "Vamos mi esposo Andrés Felipe y yo, o
# sea 2 personas"; the daughter is only asked about (registration + question).

@mail("restrepo-iphone-emoji-ninos", "2027-01-13 21:47:05",
      E("registration", "dianamarcela.restrepo@mail.example", "Diana Marcela Restrepo Ospina",
        "Asociación Colombo-Alemana de Münster", ["AG2"], 2, "es"), "es")
def _(m):
    m.head(("From", "Diana Restrepo <dianamarcela.restrepo@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción 13 de marzo 🇨🇴"),
           ("Date", m.date),
           ("Message-ID", "<7C2A9E14-5B3F-4D80-A6E1-93F0B2C4D5E6@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Holaaa buenas noches 😊

Cómo están? Les escribe Diana Marcela Restrepo Ospina, de la Asociación Colombo-Alemana de Münster. Una amiga me pasó la invitación por WhatsApp y nos encantó!!

Queremos inscribirnos para el día de las organizaciones de migrantes el 13 de marzo. Nos interesa el grupo de trabajo 2, el del futuro de Münster (Zukunftsprozess). Vamos mi esposo Andrés Felipe y yo, o sea 2 personas.

Una preguntica: se pueden llevar niños? Tenemos una niña de 6 años y no sabemos con quién dejarla ese sábado 🙈

Mil gracias y bendiciones para todo el equipo 🙏🏼💛💙❤️

Diana

Enviado desde mi iPhone""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Samba group (German writer), Thunderbird, format=flowed 8bit.  He registers
# only himself for AG 3; the 12 drummers would come only to play -> party 1.
# The body names the group in quotes, the signature as "Batucada Sem Fim e.V.".

@mail("hoelscher-samba-auftritt-mittagspause", "2027-01-14 08:05:33",
      E("registration", "jonas@batucada-semfim.example", "Jonas Hölscher",
        "Batucada Sem Fim e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jonas Hölscher <jonas@batucada-semfim.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag + Angebot Sambagruppe"),
           ("Date", m.date),
           ("Message-ID", "<e3a17c52-9d04-4b6f-8e21-c50b7a9d3f18@batucada-semfim.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Moin zusammen,

ich bin Jonas von der Sambagruppe "Batucada Sem Fim" aus Münster (wir sind ein eingetragener Verein, 2009 gegründet von Leuten aus Salvador da Bahia und Münsteranern).

Ich melde mich hiermit für den MSO-Tag an, und zwar für die AG 3 – uns interessiert vor allem, wie wir an Fördergelder für neue Instrumente und für unsere Kinder-Trommelgruppe kommen.

Und dann noch eine Frage bzw. ein Angebot: Hättet ihr Lust, dass wir in der Mittagspause 10–15 Minuten spielen? Wir wären ca. 12 Trommlerinnen und Trommler. Die Gruppe käme dann nur für den Auftritt, angemeldet für die AG bin nur ich. Strom brauchen wir keinen, nur etwas Platz – am besten draußen vor dem Stadtweinhaus, drinnen wird's sonst echt laut 😉

Liebe Grüße und Axé
Jonas Hölscher

-- 
Batucada Sem Fim e.V.
Sambagruppe für Münster und umzu
https://batucada-semfim.example
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Senegalese association, French with Wolof greeting and thanks ("Salaam
# aleekum, na ngeen def ?", "Jërëjëf"); Gmail, UTF-8 base64.  "ma sœur Fatou
# et moi, donc deux personnes"; "groupe de travail sur l'éducation (AG 1)".

DIOP_TEXT = """Salaam aleekum, na ngeen def ?

Bonjour à toute l'équipe,

J'espère que vous allez bien et que la nouvelle année a bien commencé pour vous. Je me permets de vous écrire au nom de l'Association des Sénégalais de Münster pour la journée des organisations de migrants du 13 mars.

Je voudrais nous inscrire, ma sœur Fatou et moi, donc deux personnes, pour le groupe de travail sur l'éducation (AG 1). Beaucoup de nos mamans nous posent des questions sur l'école, la Kita et les devoirs, alors ce thème nous tient vraiment à cœur.

Jërëjëf pour tout ce que vous faites pour les associations. Que Dieu vous garde !

Aminata Diop
Secrétaire générale
Association des Sénégalais de Münster"""


@mail("diop-wolof-greeting-gmail-base64", "2027-01-14 12:30:18",
      E("registration", "aminata.diop@mail.example", "Aminata Diop",
        "Association des Sénégalais de Münster", ["AG1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Aminata Diop <aminata.diop@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscription - Journée des organisations de migrants"),
           ("Date", m.date),
           ("Message-ID", "<CAD7mW2xR5n1Kq8vP3zL0bYc6tFh9sJe4gUi7aOd2kXw5TrN8pg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DIOP_TEXT, gmail_html(DIOP_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Peruvian association, dictated by voice on a Samsung phone: one long
# sentence without punctuation.  "somos tres personas", "el grupo 1 el de la
# educación".  Samsung Email multipart/alternative.

QUISPE_TEXT = """Hola buenas tardes señora Meza le escribe Rosa Quispe Mamani de la Asociación Cultural Peruana Inti Raymi aquí en Münster queremos inscribirnos para el día de las organizaciones el 13 de marzo somos tres personas yo mi hija Milagros y la señora Carmen Huanca las tres queremos ir al grupo 1 el de la educación porque mi hija es profesora de apoyo en una escuela muchas gracias que Dios le bendiga a usted y a toda su familia

Enviado desde mi Galaxy"""


@mail("quispe-dictated-no-punctuation", "2027-01-15 19:12:40",
      E("registration", "rosaquispe62@mail.example", "Rosa Quispe Mamani",
        "Asociación Cultural Peruana Inti Raymi", ["AG1"], 3, "es"), "es")
def _(m):
    m.head(("From", "Rosa Quispe <rosaquispe62@mail.example>"),
           ("To", MSO),
           ("Subject", "inscripcion"),
           ("Date", m.date),
           ("Message-ID", "<a1b5e3c7-28d4-4f6a-9c0e-6d2f8b4a1e93@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QUISPE_TEXT, samsung_html(QUISPE_TEXT), charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Cameroonian association, learner German, Outlook.com multipart/alternative
# in windows-1252 quoted-printable.  "Arbeitsgruppe Drei über
# Vereinsmanagement", "Wir kommen zu zweit" -> 2.

FOTSO_TEXT = """Sehr geehrte Damen und Herren,

Ich hoffe Sie sind gesund und alles geht gut bei Ihnen.

Ich möchte mich anmelden für die Tag der Migrantenselbstorganisationen am 13.03.2027. Ich interessiere mich für die Arbeitsgruppe Drei über Vereinsmanagement, weil unsere Verein ist neu gegründet im letzte Jahr und wir haben viele Frage über Finanzen und Förderung.

Wir kommen zu zweit, ich und mein Kollege Herr Achille Mbarga.

Vielen Dank im Voraus und Gott segne Sie.

Mit freundliche Grüße
Emmanuel Fotso
Kamerunischer Kulturverein Münster e.V."""


@mail("fotso-learner-german-outlook-com", "2027-01-16 10:44:02",
      E("registration", "emmanuel.fotso@hotmail.example", "Emmanuel Fotso",
        "Kamerunischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Emmanuel Fotso <emmanuel.fotso@hotmail.example>"),
           ("To", "mso-tag@muenster.example <mso-tag@muenster.example>"),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2174C1D3E5F7A9B0C2D4E6F8A0B2C4D6@PAXP193MB2174.EURP193.PROD.OUTLOOK.example>"),
           ("Accept-Language", "fr-FR, de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FOTSO_TEXT), outlook_html(FOTSO_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Capoeira group, WhatsApp-style Portuguese with emoji (ZWJ sequences).  The
# display name is the capoeira nickname ("Marcelo Sabiá"); the signature gives
# "Marcelo Nascimento (Contramestre Sabiá)".  "somos 3", first choice group 3,
# else 2; asks to play a roda at the opening (still a registration).

@mail("nascimento-capoeira-roda-whatsapp-style", "2027-01-17 16:20:11",
      E("registration", "sabia.capoeira@mail.example", "Marcelo Nascimento",
        "Grupo de Capoeira Raízes do Brasil Münster", ["AG3", "AG2"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Marcelo Sabiá <sabia.capoeira@mail.example>"),
           ("To", MSO),
           ("Subject", "inscrição MSO-Tag 🤸🏾‍♂️"),
           ("Date", m.date),
           ("Message-ID", "<3f9b1d27-6e0c-4a85-b2d9-7c1e5a3f8b40@mail.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Salve salve, galera do MSO-Tag!! 🤸🏾‍♂️🎶

Axé pra todos vocês!

Aqui é o Marcelo, contramestre do Grupo de Capoeira Raízes do Brasil Münster.
Quero inscrever eu e dois alunos meus, o Rafael e a Júlia, então somos 3.
A gente prefere o grupo de trabalho 3 (Förderung/Vereinsmanagement), mas se estiver cheio pode ser o 2 também.

E uma pergunta: dá pra gente fazer uma rodinha de capoeira na abertura ou no intervalo? Uns 10 minutos, com berimbau, pandeiro e atabaque. Seria uma honra mostrar nossa arte pro pessoal das outras associações 🙌🏾

Valeu demais!
Abraço forte

Marcelo Nascimento (Contramestre Sabiá)
Grupo de Capoeira Raízes do Brasil Münster
Whats: +49 160 9988 1212
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# English from an anglophone Cameroonian women's association, plain US-ASCII
# 7bit.  "together with my husband ... so we are 2 persons", Workgroup 2;
# a question about a display table.  Signature gives the fuller name.

@mail("akwa-english-anglophone-cameroon", "2027-01-18 09:03:47",
      E("registration", "comfort.akwa@mail.example", "Comfort Ndifor Akwa",
        "Cameroon Anglophone Women's Association Muenster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Comfort Akwa <comfort.akwa@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<1768723427.4471903.1190@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Good morning dear organisers,

Warm greetings from the Cameroon Anglophone Women's Association Muenster. I
hope this mail finds you well and in good health.

I am writing to register for the MSO Day on Saturday, 13 March. I will be
coming together with my husband, Mr. Peter Akwa, so we are 2 persons. We
would both like to join Workgroup 2 on Muenster's future process, since we
have lived in Kinderhaus for 15 years and have a lot to say about our
neighbourhood.

One small question: will there be a table where associations can display
things? We would love to bring some of our traditional Toghu fabrics to
show.

Thank you so much and God bless you richly.

Yours sincerely,
Comfort Ndifor Akwa
Cameroon Anglophone Women's Association Muenster
""", charset="us-ascii", cte="7bit")


# -- 010 ---------------------------------------------------------------------
# Mexican association, formal Spanish, Outlook HTML only (windows-1252 QP),
# display name "Surname, Given" RFC 2047-encoded in windows-1252.  Roman
# numerals: group I first, III second.  "Asistiré solo" -> 1, although the
# treasurer is named (she "will write separately").

GUTIERREZ_TEXT = """Estimada señora Meza Correa-Flock:

Reciba un cordial saludo de parte del Círculo Mexicano de Münster e.V.

Por medio del presente me permito registrarme para el Tag der Migrantenselbstorganisationen del próximo 13 de marzo. Como primera opción me gustaría participar en el grupo de trabajo I (Menschen mit Migrationsvorgeschichte im Bildungssystem); en caso de que ya no haya lugar, con gusto en el grupo III.

Asistiré solo. Nuestra tesorera, la Sra. Itzel Morales, le escribirá por separado.

Sin más por el momento, le envío un afectuoso saludo y le deseo mucho éxito con la organización.

Atentamente,

Alejandro Gutiérrez Villaseñor
Vicepresidente
Círculo Mexicano de Münster e.V.
Tel. +49 251 97 31 40 22"""


@mail("gutierrez-outlook-html-only-roman", "2027-01-19 14:15:56",
      E("registration", "a.gutierrez@circulo-mexicano.example", "Alejandro Gutiérrez Villaseñor",
        "Círculo Mexicano de Münster e.V.", ["AG1", "AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", ew("Gutiérrez Villaseñor, Alejandro", "windows-1252", "q")
            + " <a.gutierrez@circulo-mexicano.example>"),
           ("To", "'mso-tag@muenster.example' <mso-tag@muenster.example>"),
           ("Subject", "Registro - Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Registro - Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtqS3F0c2Vq1nR8QmZ3wLh5sJd0Fg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7311A2C4E6F8B0D2@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "es-MX, de-DE"),
           ("Content-Language", "es-MX"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(GUTIERREZ_TEXT, body_lang="ES-MX"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Ivorian association, WhatsApp-style French from Gmail on iOS.  "On veut
# venir à 4 (moi + Yao, Adjoua et Mariam)", "l'atelier ... le 2"; asks to
# bring attiéké and alloco (still a registration).  Signature "Serge K." is
# shorter than the display name.

KOUASSI_TEXT = """Bonsoir la team 🙏🏾

C'est Serge, de l'Association des Ivoiriens de Münster et Environs.
On a vu l'invitation dans notre groupe WhatsApp, c'est une très bonne initiative !

On veut venir à 4 (moi + Yao, Adjoua et Mariam).
Pour l'atelier, on choisit le 2, sur l'avenir de Münster 👍🏾

Petite question : est-ce qu'on peut apporter un peu d'attiéké et d'alloco pour partager à midi ? Les gens adorent ça chez nous 😄

Merci beaucoup et que Dieu vous bénisse !
Serge K.

Envoyé de mon iPhone"""


@mail("kouassi-whatsapp-style-attieke", "2027-01-20 20:31:09",
      E("registration", "serge.kouassi@mail.example", "Serge Kouassi",
        "Association des Ivoiriens de Münster et Environs", ["AG2"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Serge Kouassi <serge.kouassi@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag - Ivoiriens de Münster"),
           ("Date", m.date),
           ("Message-ID", "<CAL4qN8wT1v6Rm3xK9pZ2bHc7sGd0fJe5uYo4iAb1nXq6WeP3rk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOUASSI_TEXT, gmail_html(KOUASSI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Question (no registration): a samba school asks whether its bateria may
# perform, about space, noise and a changing room, and will register later.
# Outlook for Android, UTF-8 base64, multipart/alternative.

LIMA_TEXT = """Oi, bom dia! ☀️

Tudo bem? Meu nome é Fernanda, sou diretora de bateria da Escola de Samba Unidos de Münster.

Ficamos sabendo do Tag der Migrantenselbstorganisationen e queríamos saber se vocês teriam interesse numa apresentação de samba no dia 13 de março 🥁💃🏽 A gente tem uma bateria de uns 15 ritmistas e 3 passistas. Pode ser uma coisa curtinha, tipo 15 minutos na abertura ou no fim.

Algumas perguntas:
- Tem espaço suficiente no Stadtweinhaus? Ou seria melhor lá fora, no Prinzipalmarkt?
- Precisa de alguma autorização por causa do barulho?
- Tem um lugar pra trocar de roupa e guardar os instrumentos?

Se der certo, a gente se inscreve depois também pra algum grupo de trabalho.

Beijos e muito axé!
Fernanda Oliveira Lima
Escola de Samba Unidos de Münster

Obter o Outlook para Android"""


@mail("oliveira-lima-samba-question", "2027-01-22 11:00:37",
      E("question", "fernanda.lima@unidos-muenster.example", "Fernanda Oliveira Lima",
        "Escola de Samba Unidos de Münster", [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Fernanda Oliveira Lima <fernanda.lima@unidos-muenster.example>"),
           ("To", MSO),
           ("Subject", "Apresentação de samba no MSO-Tag? 🥁"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6023E1F3A5C7D9B1@AS8PR10MB6023.EURPRD10.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.alternative(LIMA_TEXT, outlook_mobile_html(LIMA_TEXT), charset="utf-8", cte="base64",
                  style="outlook")


# -- 013 ---------------------------------------------------------------------
# Chilean association, German form block (Name/Verein/Arbeitsgruppe/
# Personen) in iso-8859-15 QP; a Spanish sign-off does not change the language.

@mail("soto-herrmann-form-block-latin9", "2027-01-23 13:40:15",
      E("registration", "v.soto@casa-chile-ms.example", "Valentina Soto Herrmann",
        "Casa Chile Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Valentina Soto Herrmann <v.soto@casa-chile-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Casa Chile"),
           ("Date", m.date),
           ("Message-ID", "<20270123134015.GA4412@casa-chile-ms.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

hier kommt unsere Anmeldung:

Name: Valentina Soto Herrmann
Verein: Casa Chile Münster e.V.
Arbeitsgruppe: AG 2 (Zukunftsprozess)
Personen: 1
Essen: vegetarisch

Unseren Verein gibt es seit über 40 Jahren, gegründet von Exil-Chilen:innen
nach 1973 - vielleicht ergibt sich am Rande ja die Gelegenheit, kurz davon
zu erzählen.

¡Un abrazo grande y hasta pronto!
Valentina
""", charset="iso-8859-15", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Guinean association, very formal French with religious blessing,
# iso-8859-1 8bit.  "Nous serons deux (2) participants : moi-même et le
# président"; "l'atelier n° 1".

@mail("barry-formal-french-latin1-8bit", "2027-01-25 08:47:20",
      E("registration", "ms.barry@agm-muenster.example", "Mamadou Saliou Barry",
        "Association des Guinéens de Münster", ["AG1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Mamadou Saliou Barry <ms.barry@agm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Inscription à la Journée des organisations de migrants"),
           ("Date", m.date),
           ("Message-ID", "<000001db6ec2$4a7b1c20$df715460$@agm-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Madame, Monsieur,

As-salamou aleykoum. J'ai l'honneur de venir très respectueusement auprès
de votre bienveillance pour nous inscrire à la Journée des organisations de
migrants du 13 mars 2027.

Nous serons deux (2) participants : moi-même et le président de notre
association, El Hadj Alpha Oumar Bah. Nous souhaitons prendre part à
l'atelier n° 1 sur les personnes issues de l'immigration dans le système
éducatif.

En vous remerciant d'avance pour votre aimable attention, je vous prie
d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Qu'Allah vous accorde santé et réussite dans vos travaux.

Mamadou Saliou Barry
Secrétaire à l'information
Association des Guinéens de Münster
""", charset="iso-8859-1", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Colombian foundation: shared mailbox in From, the writer's personal address
# in Reply-To (and he asks for answers there).  The workgroup by its German
# words "Fördermittel y Vereinsmanagement"; "Iré yo solo" -> 1.

CARDENAS_TEXT = """Buenas tardes, cordial saludo.

Les escribe Jhon Fredy Cárdenas, coordinador de proyectos de la Fundación Colombia Unida Münster. Quisiera inscribirme para el Tag der Migrantenselbstorganisationen del 13 de marzo.

Me interesa el grupo de trabajo de Fördermittel y Vereinsmanagement, porque estamos preparando nuestra primera solicitud de fondos a la ciudad. Iré yo solo.

Por favor respóndanme a mi correo personal, porque el correo de la fundación lo revisamos poco.

Muchas gracias, que tengan una excelente semana.

Jhon Fredy Cárdenas
Fundación Colombia Unida Münster"""


@mail("cardenas-shared-mailbox-reply-to", "2027-01-26 17:55:03",
      E("registration", "jhonfredy.cardenas@mail.example", "Jhon Fredy Cárdenas",
        "Fundación Colombia Unida Münster", ["AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", "Fundación Colombia Unida Münster <info@colombia-unida.example>"),
           ("Reply-To", "Jhon Fredy Cárdenas <jhonfredy.cardenas@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag - Fundación Colombia Unida"),
           ("Date", m.date),
           ("Message-ID", "<CAM2vB7xK4n9Qw1pR6zT3mYc8sHd5fLe0gUi9aPb3jXr7WeQ2nd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CARDENAS_TEXT, gmail_html(CARDENAS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Vacation auto-reply (Auto-Submitted: auto-replied) to our confirmation,
# Spanish and German, from a Latin American cultural centre.

@mail("benitez-vacation-es-de", "2027-01-27 10:09:44",
      E("auto_reply"), "es")
def _(m):
    m.head(("From", "Claudia Benítez <claudia.benitez@latinoamerica-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Ausente / Abwesend: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1769504984.22817@latinoamerica-ms.example>"),
           ("In-Reply-To", conf_id("20270127100941.5d02")),
           ("References", conf_id("20270127100941.5d02")),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""¡Hola! Gracias por tu mensaje.
Estoy de vacaciones en Chile hasta el 15 de febrero y leo mis correos solo
de vez en cuando. Te respondo a mi regreso.

Hallo! Danke für Ihre Nachricht.
Ich bin bis zum 15. Februar im Urlaub in Chile und lese meine E-Mails nur
unregelmäßig. Ich melde mich nach meiner Rückkehr.

Un abrazo / Viele Grüße
Claudia Benítez
Centro Cultural Latinoamericano Münster
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Brazilian women's group, iPhone, display name RFC 2047 in iso-8859-1 Q.
# Portuguese with German words ("AG Bildung"); "Somos 3: eu, a Rose e a
# Keila".  Children are only asked about -> 3 as stated.

@mail("moreira-iphone-ag-bildung-criancas", "2027-01-28 19:19:26",
      E("registration", "anaclaudia.moreira@mail.example", "Ana Cláudia Moreira",
        "Mulheres do Brasil em Münster", ["AG1"], 3, "pt"), "pt")
def _(m):
    m.head(("From", ew("Ana Cláudia Moreira", "iso-8859-1", "q")
            + " <anaclaudia.moreira@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscrição 13/03 💚💛"),
           ("Date", m.date),
           ("Message-ID", "<B41E7D09-2C6A-4F38-9E15-A07D3C8B6F21@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Boa noite gente!!

Aqui é a Ana Cláudia, do grupo Mulheres do Brasil em Münster 💚💛
A gente quer se inscrever pra AG Bildung no dia 13/03!
Somos 3: eu, a Rose e a Keila.

Vai ter algum espaço pras crianças? A Keila tem dois pequenos e o marido dela trabalha no sábado… se não tiver, ela traz eles mesmo assim, são bem comportados kkkk

Beijo grande e fiquem com Deus 🙏🏽

Ana Cláudia Moreira

Enviado do meu iPhone""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Senegalese-German friendship society, short German phone mail ("AG 2,
# 1 Person"), Arabic-Wolof greeting and thanks; offers Sabar drummers.  The
# body has the inflected "vom Deutsch-Senegalesischen Freundeskreis", the
# signature the base form.

@mail("ndiaye-short-phone-sabar", "2027-01-30 12:12:12",
      E("registration", "ousmane.ndiaye@mail.example", "Ousmane Ndiaye",
        "Deutsch-Senegalesischer Freundeskreis Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ousmane Ndiaye <ousmane.ndiaye@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<d8c2a0f4-71e3-4b59-a6d8-0f3b9e2c5a17@email.android.example>"),
           ("MIME-Version", "1.0"))
    text = """Salam aleikum liebes Team,

hiermit melde ich mich für den MSO-Tag am 13.3. an: AG 2, 1 Person.

Unsere Sabar-Trommler vom Deutsch-Senegalesischen Freundeskreis würden übrigens auch gerne was spielen, wenn ihr Lust habt. Sagt einfach Bescheid!

Jërëjëf und bis bald
Ousmane Ndiaye
Deutsch-Senegalesischer Freundeskreis Münster e.V.

Von meinem Samsung Galaxy Smartphone gesendet."""
    m.alternative(text, samsung_html(text), charset="utf-8", cte="base64")


# -- 019 ---------------------------------------------------------------------
# Peruvian association with a German name inside Spanish text; old Outlook,
# windows-1252 QP, display name in windows-1252 B.  "AG 3 (Vereinsmanagement)",
# "Seremos 2 personas"; asks to bring alfajores and chicha morada.

@mail("huaman-spanish-german-verein-food", "2027-02-01 09:30:02",
      E("registration", "jl.huaman@peru-verein-ms.example", "Jorge Luis Huamán Torres",
        "Peruanisch-Deutscher Verein Münster e.V.", ["AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", ew("Jorge Luis Huamán Torres", "windows-1252", "b")
            + " <jl.huaman@peru-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<001501db7485$2c3d4e50$84b7eaf0$@peru-verein-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "es-pe"),
           ("MIME-Version", "1.0"))
    m.single("""Estimados señores del Kommunales Integrationszentrum:

Reciban un saludo fraterno de parte del Peruanisch-Deutscher Verein Münster e.V.

Por la presente nos inscribimos para el Tag der Migrantenselbstorganisationen del 13 de marzo. Seremos 2 personas: mi persona y nuestra tesorera, la Sra. Gladys Paredes. Queremos participar en la AG 3 (Vereinsmanagement), porque el año pasado tuvimos muchos problemas con la contabilidad y el Finanzamt.

Aprovecho para consultarles: ¿sería posible llevar unos alfajores y chicha morada para compartir en la pausa? Lo hacemos con mucho cariño y no cobramos nada.

Sin otro particular, me despido deseándoles muchos éxitos.

Atentamente,
Jorge Luis Huamán Torres
Presidente
Peruanisch-Deutscher Verein Münster e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Question (no registration yet): Cameroonian women want a food stand -
# selling, permits, electricity; numbered questions 1.-3. are not workgroups.
# Yahoo multipart/alternative.

NGO_NYEMB_TEXT = """Bonjour Madame, bonjour Monsieur,

Je suis Berthe Ngo Nyemb, présidente de l'Association des Femmes Camerounaises de Münster. Nous avons bien reçu l'invitation pour le 13 mars, merci beaucoup !

Avant de nous inscrire, j'aimerais savoir s'il est possible de tenir un petit stand de cuisine camerounaise pendant la journée : ndolé, beignets-haricots, poulet DG, jus de bissap et de gingembre… Nos femmes cuisinent très bien, tout le monde sera content !

Mes questions :
1. Est-ce qu'on a le droit de vendre, ou seulement de distribuer gratuitement ?
2. Faut-il une autorisation spéciale (hygiène, Ordnungsamt) ?
3. Y a-t-il de l'électricité et une table sur place ?

Dès que nous avons votre réponse, nous envoyons l'inscription avec les noms.

Merci d'avance et à très bientôt,
Berthe Ngo Nyemb
Association des Femmes Camerounaises de Münster"""


@mail("ngo-nyemb-food-stand-question", "2027-02-02 15:05:31",
      E("question", "berthe.ngonyemb@yahoo-mail.example", "Berthe Ngo Nyemb",
        "Association des Femmes Camerounaises de Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Berthe Ngo Nyemb <berthe.ngonyemb@yahoo-mail.example>"),
           ("To", MSO),
           ("Subject", "Stand de cuisine camerounaise le 13 mars ?"),
           ("Date", m.date),
           ("Message-ID", "<1402785511.1874466.1769954731024@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.22941 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(NGO_NYEMB_TEXT, yahoo_html(NGO_NYEMB_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Brazilian, German dictated into an iPhone: no punctuation, no line breaks.
# "für die Arbeitsgruppe Zukunftsprozess", "also zwei Personen"; the org in
# the running text is inflected ("vom Sabiá Brasil"), the custom signature
# gives "Sabiá Brasil e.V.".

@mail("ribeiro-dictated-german-iphone", "2027-02-03 18:40:50",
      E("registration", "thiago.ribeiro@mail.example", "Thiago Ribeiro",
        "Sabiá Brasil e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Thiago Ribeiro <thiago.ribeiro@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<9E0B3C71-D4A2-4E86-B5F1-27C8A6D3E940@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team hier ist Thiago Ribeiro vom Sabiá Brasil ich möchte mich anmelden für den Tag der Migrantenselbstorganisationen am 13 März für die Arbeitsgruppe Zukunftsprozess zusammen mit meiner Frau Camila also zwei Personen vielen Dank und liebe Grüße an alle und bis bald

Thiago Ribeiro – Sabiá Brasil e.V.""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Congolese association, French with Lingala greeting and blessing ("Nzambe
# apambola bino"); five named persons -> 5; "l'atelier 1 ... en premier choix,
# et l'atelier 2 en deuxième choix"; choir offers to sing.  Display name in
# UTF-8 B.

MBUYI_TEXT = """Mbote na bino, bandeko !

Bonjour chère équipe,

Je vous écris de la part de l'Association Culturelle Bana Congo Münster. Nous voulons participer à la journée du 13 mars avec 5 personnes de notre association (moi-même, Maman Julienne, Papa Dieudonné, Rachel et Christian).

Nous choisissons l'atelier 1 sur l'éducation en premier choix, et l'atelier 2 en deuxième choix.

Aussi, notre chorale aimerait beaucoup chanter un ou deux chants d'accueil au début de la journée, si c'est possible. Ce serait a cappella, sans matériel, juste nos voix et un petit tam-tam.

Merci infiniment pour votre accueil. Nzambe apambola bino ! (Que Dieu vous bénisse !)

Grâce Mbuyi Kalala
Association Culturelle Bana Congo Münster"""


@mail("mbuyi-chorale-five-persons", "2027-02-04 08:25:14",
      E("registration", "grace.mbuyi@mail.example", "Grâce Mbuyi Kalala",
        "Association Culturelle Bana Congo Münster", ["AG1", "AG2"], 5, "fr"), "fr")
def _(m):
    m.head(("From", ew("Grâce Mbuyi", "utf-8", "b") + " <grace.mbuyi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription Bana Congo – journée du 13 mars", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAN5xP1yQ8m3Tv6rK0wZ7bJc2sFd4hLe9gUo6iRa5kXn1WeT8qm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MBUYI_TEXT, gmail_html(MBUYI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Change (AG 2 -> AG 1), Colombian collective, Gmail reply in Spanish quoting
# the German confirmation (which names AG 2, 1 person) with a Spanish Gmail
# attribution line.  "Sigo siendo solo yo" -> size unchanged.

GIRALDO_TEXT = """Hola, buenas tardes!

Perdonen la molestia 🙈 Me inscribí hace unos días para el grupo 2, pero hablando con las compañeras del colectivo nos dimos cuenta de que es mejor que yo vaya al grupo 1 (educación), porque yo soy la que trabaja con los niños en la escuelita de español los sábados.

Me podrían cambiar al grupo 1 porfa? Sigo siendo solo yo.

Mil gracias por su paciencia, un abrazo grande!
Paola Giraldo
Colectivo Colombianas en Münster"""

GIRALDO_CONF = confirmation("Frau Giraldo", "AG2", 1)
GIRALDO_ATTR = (f"El mié, 27 ene 2027 a las 10:15, Tag der Migrantenselbstorganisationen "
                f"(<{MSO}>) escribió:")


@mail("giraldo-change-grupo-2-a-1", "2027-02-05 14:14:09",
      E("change", "paola.giraldo@mail.example", "Paola Giraldo",
        "Colectivo Colombianas en Münster", ["AG1"], None, "es"), "es")
def _(m):
    m.head(("From", "Paola Giraldo <paola.giraldo@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP8wR3zT6n1Km9xQ4vB2yLc5sJd7hGe0fUi3aNb6oXq9WeR4tf@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270127101502.4e7d")),
           ("References", conf_id("20270127101502.4e7d")),
           ("MIME-Version", "1.0"))
    plain = f"{GIRALDO_TEXT}\n\n{GIRALDO_ATTR}\n\n{gt_quote(GIRALDO_CONF)}\n"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "quoted-printable"),
        m.text(gmail_reply_html(GIRALDO_TEXT, GIRALDO_ATTR, GIRALDO_CONF), "html",
               "utf-8", "quoted-printable")], style="gmail")


# -- 024 ---------------------------------------------------------------------
# Mexican folk-dance group, German with a Spanish sign-off; Outlook
# multipart/alternative windows-1252.  "Wir kommen zu dritt" (three names),
# "AG 2 (Zukunftsprozess)"; asks for a changing room for two dances.

RAMIREZ_TEXT = """Liebe Frau Meza Correa-Flock,

herzliche Grüße vom Ballet Folklórico Xochiquetzal Münster! Wir haben uns sehr über die Einladung gefreut.

Wir kommen zu dritt: Lupita Hernández, Sofía Campos und ich. Wir möchten gerne in die AG 2 (Zukunftsprozess), weil wir als Kulturverein seit Jahren einen bezahlbaren Proberaum in der Innenstadt suchen.

Außerdem würden wir beim MSO-Tag sehr gern zwei kurze Tänze aus Jalisco und Veracruz zeigen (insgesamt ca. 8 Minuten, Musik vom Handy über eine kleine Box). Gibt es im Stadtweinhaus einen Raum, in dem wir uns umziehen können?

Muchas gracias y saludos cordiales
Guadalupe Ramírez Schulte
Vorsitzende
Ballet Folklórico Xochiquetzal Münster e.V."""


@mail("ramirez-schulte-folklore-dance-outlook", "2027-02-06 11:11:48",
      E("registration", "g.ramirez-schulte@xochiquetzal-ms.example", "Guadalupe Ramírez Schulte",
        "Ballet Folklórico Xochiquetzal Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Guadalupe Ramírez Schulte <g.ramirez-schulte@xochiquetzal-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Ballet Folklórico Xochiquetzal"),
           ("Thread-Topic", "Anmeldung Ballet Folklórico Xochiquetzal"),
           ("Thread-Index", "AdtsB4k2m9Lq0nV7kQ2mT9bR4sY1dA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB4432B7D9F1A3C5E7@VI1PR06MB4432.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "de-DE, es-MX"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RAMIREZ_TEXT), outlook_html(RAMIREZ_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Question (conditional): Guinean women's association, learner German, asks
# for childcare; she would register for AG 1 only if there is some -> question,
# no workgroup.

@mail("camara-kinderbetreuung-conditional", "2027-02-08 20:02:55",
      E("question", "fatoumata.camara@mail.example", "Fatoumata Camara",
        "Guineischer Frauenverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Fatoumata Camara <fatoumata.camara@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Kinder"),
           ("Date", m.date),
           ("Message-ID", "<6a0f2d84-3c1b-4e97-a5d2-8b7e1f9c0a36@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo guten Abend,

Ich bin Fatoumata Camara von Guineischer Frauenverein Münster. Ich habe die Einladung bekommen, danke schön.

Ich möchte gern kommen am 13. März aber ich habe drei Kinder (2, 5 und 7 Jahre) und am Samstag mein Mann arbeitet. Gibt es Kinderbetreuung bei der Veranstaltung? Wenn ja, dann ich melde mich an für AG 1 mit die Kinder. Wenn nein, leider ich kann nicht kommen.

Vielen Dank und schönen Abend
Fatoumata""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Chilean cultural group, warm formal Spanish, iso-8859-1 QP from Thunderbird.
# "Vamos dos personas", group 2 and, if full, 3.

@mail("munoz-contreras-latin1-second-choice", "2027-02-09 10:30:07",
      E("registration", "hector.munoz@violetaparra-ms.example", "Héctor Muñoz Contreras",
        "Agrupación Cultural Violeta Parra Münster", ["AG2", "AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", ew("Héctor Muñoz Contreras", "iso-8859-1", "q")
            + " <hector.munoz@violetaparra-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción encuentro 13 de marzo", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<4c8e2b10-5f3d-47a9-8e62-d1b0c7a4f359@violetaparra-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-CL"),
           ("MIME-Version", "1.0"))
    m.single("""Estimados amigos y amigas:

Junto con saludarles muy afectuosamente, les escribo en nombre de la
Agrupación Cultural Violeta Parra Münster, que este año cumple 45 años de
vida en esta ciudad.

Queremos inscribirnos para el encuentro del 13 de marzo. Vamos dos
personas: mi compañera Marcela Araya y yo. Preferimos el grupo de trabajo 2
(el proceso de futuro de Münster) y, si no queda cupo, el 3.

Un abrazo solidario y fraterno desde el barrio,

Héctor Muñoz Contreras
Agrupación Cultural Violeta Parra Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change of party size only (1 -> 2), Brazilian, iPhone reply in Portuguese
# quoting the confirmation (AG 2, 1 person) with the iOS attribution line.
# No new workgroup is named.

ALBUQUERQUE_CONF = confirmation("Frau Albuquerque", "AG2", 1)


@mail("albuquerque-change-plus-colleague", "2027-02-10 16:45:29",
      E("change", "renata.albuquerque@mail.example", "Renata Albuquerque",
        None, [], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Renata Albuquerque <renata.albuquerque@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0D5F8A23-7E1B-4C96-A3D0-E4B2C9F71856@mail.example>"),
           ("In-Reply-To", conf_id("20270128192012.7c31")),
           ("References", conf_id("20270128192012.7c31")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Oi, boa tarde!

Tudo bem? Eu já estou inscrita pro dia 13, mas queria levar também a minha colega Simone Araújo, que chegou agora do Recife e quer muito conhecer as associações daqui 😊 Então seríamos 2 pessoas.

Pode ser? Muito obrigada!!
Renata

Enviado do meu iPhone

Em 28 de jan. de 2027, à(s) 19:20, Tag der Migrantenselbstorganisationen <{MSO}> escreveu:

{gt_quote(ALBUQUERQUE_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation to an Ivorian member's
# mailbox failed, "552 5.2.2 Mailbox full".  The returned confirmation names
# AG 1 and 2 persons.

@mail("postfix-bounce-mailbox-full", "2027-02-11 09:02:33",
      E("bounce", bounced="yao.kouame@boite-ci.example"), "en")
def _(m):
    rcpt = "yao.kouame@boite-ci.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211080233.4C7E21A0F3@mail.muenster.example>"),
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

<{rcpt}>: host mx1.boite-ci.example[198.51.100.27] said: 552
    5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT
    TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C7E21A0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 09:02:30 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.boite-ci.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Yao Kouamé <{rcpt}>", "Herr Kouamé", "AG1", 2,
        "Thu, 11 Feb 2027 09:02:29 +0100", conf_id("20270211090229.a6b1"),
        "<CAQ1yT4zR7n2Lm0xV5wB8kJc3sGd6hFe9gUi2aMb7pXr4WeS1uc@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 029 ---------------------------------------------------------------------
# Cameroonian students' association, French, from a university address
# (Outlook Web, multipart/alternative).  The university is the employer-like
# affiliation, not the organisation; "nous inscrire à trois", "le premier
# atelier, sur le système éducatif".

TCHATCHOUA_TEXT = """Bonjour à toute l'équipe,

J'espère que vous allez bien ! Je suis Yannick Tchatchoua, président de l'Association des Étudiants Camerounais de Münster. On a reçu l'invitation par le Studierendenwerk, merci.

Nous aimerions nous inscrire à trois : moi, Linda Fokou et Boris Kamga. Nous sommes tous les trois intéressés par le premier atelier, sur le système éducatif, parce que beaucoup d'étudiants africains ont des difficultés avec la reconnaissance des diplômes.

Bien à vous et bonne journée !

Yannick Tchatchoua
Étudiant en Master Informatique – Universität Münster
Président, Association des Étudiants Camerounais de Münster"""


@mail("tchatchoua-students-premier-atelier", "2027-02-12 13:13:58",
      E("registration", "y.tchatchoua@uni-muenster.example", "Yannick Tchatchoua",
        "Association des Étudiants Camerounais de Münster", ["AG1"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Yannick Tchatchoua <y.tchatchoua@uni-muenster.example>"),
           ("To", "mso-tag@muenster.example <mso-tag@muenster.example>"),
           ("Subject", "Inscription - Association des Étudiants Camerounais"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1563D4E6F8A0B2C4@FR2P281MB1563.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "fr-FR, de-DE"),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TCHATCHOUA_TEXT),
                  outlook_html(TCHATCHOUA_TEXT, body_lang="FR"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Other: a Brazilian community's flyer for its own feijoada and capoeira
# event (with its own "inscrições" address), sent to a Bcc list.

FEIJOADA_TEXT = """🇧🇷 CONVITE 🇧🇷

FEIJOADA SOLIDÁRIA + RODA DE CAPOEIRA
📅 Sábado, 20 de março de 2027
🕛 a partir das 12h
📍 Salão paroquial São José, Münster-Südviertel

Toda a renda vai para o projeto de aulas de português para crianças brasileiras em Münster (PLH).

🎶 Samba ao vivo com o grupo Pagode da Ponte
🤸 Roda aberta com o Grupo de Capoeira Raízes do Brasil
🧒 Espaço kids com pintura de rosto

Ingressos: 15 € adultos / 7 € crianças (até 6 anos grátis)
Inscrições e reservas até 14/03 pelo e-mail feijoada@comunidadebr-ms.example ou pelo WhatsApp +49 170 555 0102

Compartilhem com os amigos! 💚💛
Comunidade Brasileira de Münster"""


@mail("comunidade-feijoada-flyer-other", "2027-02-14 11:50:00",
      E("other"), "pt")
def _(m):
    m.head(("From", "Comunidade Brasileira de Münster <contato@comunidadebr-ms.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "🇧🇷 Convite: Feijoada Solidária + Roda de Capoeira – 20/03"),
           ("Date", m.date),
           ("Message-ID", "<CAR6zU9xS2n5Kp8wT1vB4mLc7sHd0fJe3gUo8aQb2iXn5WeU7vh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FEIJOADA_TEXT, gmail_html(FEIJOADA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Mexican mariachi, colloquial Spanish with emoji, 8bit.  "Me apunto yo y mi
# compa Beto ... O sea 2 personas", "grupo de trabajo 3, el de Förderung";
# offers to play in the break.  Signature is only a nickname.

@mail("ochoa-mariachi-colloquial-8bit", "2027-02-15 19:05:12",
      E("registration", "luisfer.ochoa@mail.example", "Luis Fernando Ochoa",
        "Mariachi Los Westfalianos", ["AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", "Luis Fernando Ochoa <luisfer.ochoa@mail.example>"),
           ("To", MSO),
           ("Subject", "Registro MSO-Tag 🇲🇽🎺"),
           ("Date", m.date),
           ("Message-ID", "<20270215190512.7f3a2c@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Qué onda, amigos del MSO-Tag!! 🇲🇽🎺

Aquí Luis Fernando Ochoa, del Mariachi Los Westfalianos (sí, somos un mariachi en Münster jaja).
Me apunto yo y mi compa Beto Salinas para el grupo de trabajo 3, el de Förderung, porque queremos ver cómo conseguir lana para trajes nuevos 😅 O sea 2 personas.

Y oigan, si quieren les echamos unas canciones en la pausa, nomás díganme y llevamos guitarrón, vihuela y trompetas 🎻🎸🎺

Saludos y que Dios los bendiga!!
Luisfer
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Cancellation, Senegalese, French with Wolof greeting and thanks, Outlook
# multipart/alternative quoting the confirmation under a French header block
# ("De :", "Envoyé :", "À :", "Objet :").

SOW_TEXT = """Salaam aleekum,

Bonjour Madame, Monsieur,

Je suis au regret de vous informer que je ne pourrai malheureusement pas participer au MSO-Tag du 13 mars. Je dois partir d'urgence à Dakar pour les funérailles de mon oncle et je ne serai pas de retour à temps.

Merci de bien vouloir annuler mon inscription et de donner ma place à une autre personne.

Jërëjëf, et bonne continuation pour l'organisation. Que la journée soit une réussite !

Cheikh Tidiane Sow
Association Teranga Münster"""


@mail("sow-cancel-outlook-french-header", "2027-02-16 08:10:40",
      E("cancellation", "ct.sow@teranga-muenster.example", "Cheikh Tidiane Sow",
        "Association Teranga Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Cheikh Tidiane Sow <ct.sow@teranga-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbF2wq7Nc1xR0T0e4y8Gk3mVbPw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P193MB0712F2A4C6E8B0D2@PR3P193MB0712.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("20270121163208.19e5")),
           ("References", conf_id("20270121163208.19e5")),
           ("Accept-Language", "fr-FR, de-DE"),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "jeudi 21 janvier 2027 16:32",
             "Cheikh Tidiane Sow <ct.sow@teranga-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Sow", "AG2", 1))
    m.alternative(outlook_plain(SOW_TEXT, quote, labels="fr"),
                  outlook_html(SOW_TEXT, quote, labels="fr", body_lang="FR"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Congolese youth association, fluent informal German from an iPad; "mit vier
# Leuten ... (ich und drei weitere)", "die AG zu Münsters Zukunft"; asks about
# music and dance in the afternoon.

@mail("lukusa-youth-vier-leute-ipad", "2027-02-17 12:00:27",
      E("registration", "christelle.lukusa@mail.example", "Christelle Lukusa",
        "Jeunesse Congolaise Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Christelle Lukusa <christelle.lukusa@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Jeunesse Congolaise"),
           ("Date", m.date),
           ("Message-ID", "<F2C8E4A1-6B3D-4F07-9A25-C1E7D3B5A864@mail.example>"),
           ("X-Mailer", "iPad Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Hey liebes Orga-Team,

ich bin Christelle Lukusa und engagiere mich bei Jeunesse Congolaise Münster e.V., einem Verein von jungen Leuten mit kongolesischen Wurzeln.

Wir würden gern mit vier Leuten zum MSO-Tag kommen (ich und drei weitere Jugendliche aus dem Verein) und in die AG zu Münsters Zukunft gehen – wir finden, dass junge Leute bei der Stadtentwicklung viel zu selten gefragt werden.

Kurze Frage noch: Gibt es Musik bzw. ein Programm am Nachmittag? Ein paar von uns tanzen Ndombolo und Afro-Dance und hätten Lust, spontan was zu zeigen 😄

Liebe Grüße
Christelle

Von meinem iPad gesendet""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change (AG 3 -> AG 2), Congolese, French Gmail reply with a Lingala greeting,
# quoting the confirmation (AG 3, 2 persons) under a French attribution line.
# "Nous restons deux personnes" -> size unchanged.

KANKU_TEXT = """Mbote !

Bonsoir chère équipe,

Je me suis inscrit avec mon frère pour l'atelier 3, mais finalement nous préférons aller dans l'atelier 2 sur l'avenir de Münster, car notre association prépare un projet pour le quartier de Coerde et c'est plus utile pour nous.

Est-ce que vous pouvez nous changer, s'il vous plaît ? Nous restons deux personnes.

Merci beaucoup et bonne soirée,
Papy Kanku Mutombo
Union des Congolais de Münster"""

KANKU_CONF = confirmation("Herr Kanku", "AG3", 2)
KANKU_ATTR = (f"Le jeu. 4 févr. 2027 à 09:12, Tag der Migrantenselbstorganisationen "
              f"<{MSO}> a écrit :")


@mail("kanku-change-atelier-3-vers-2", "2027-02-18 17:30:05",
      E("change", "papy.kanku@mail.example", "Papy Kanku Mutombo",
        "Union des Congolais de Münster", ["AG2"], None, "fr"), "fr")
def _(m):
    m.head(("From", "Papy Kanku <papy.kanku@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAS3wV6yU9n2Lq5xR8tB1kMc4sJd7hGe0fUo5aRb9iXm2WeV4wj@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270204091208.2b8c")),
           ("References", conf_id("20270204091208.2b8c")),
           ("MIME-Version", "1.0"))
    plain = f"{KANKU_TEXT}\n\n{KANKU_ATTR}\n\n{gt_quote(KANKU_CONF)}\n"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "quoted-printable"),
        m.text(gmail_reply_html(KANKU_TEXT, KANKU_ATTR, KANKU_CONF), "html",
               "utf-8", "quoted-printable")], style="gmail")


# -- 035 ---------------------------------------------------------------------
# Brazilian cultural institute, formal Portuguese, Outlook HTML only in
# windows-1252.  "Grupo de Trabalho 1", "Participarei sozinho" -> 1.

TEIXEIRA_TEXT = """Prezados senhores,

Cumprimentando-os cordialmente, venho por meio deste realizar a minha inscrição no Tag der Migrantenselbstorganisationen, que se realizará no dia 13 de março de 2027 no Stadtweinhaus.

Gostaria de participar do Grupo de Trabalho 1, sobre pessoas com histórico migratório no sistema educacional. No nosso instituto oferecemos aulas de Português como Língua de Herança para cerca de 60 crianças, e o tema nos interessa muito.

Participarei sozinho.

Desde já agradeço a atenção e coloco-me à disposição para quaisquer esclarecimentos.

Atenciosamente,

Marcos Vinícius Teixeira
Coordenador Pedagógico
Instituto Cultural Brasileiro de Münster e.V."""


@mail("teixeira-formal-pt-outlook-html-only", "2027-02-19 09:45:19",
      E("registration", "m.teixeira@icb-muenster.example", "Marcos Vinícius Teixeira",
        "Instituto Cultural Brasileiro de Münster e.V.", ["AG1"], 1, "pt"), "pt")
def _(m):
    m.head(("From", ew("Marcos Vinícius Teixeira", "windows-1252", "q")
            + " <m.teixeira@icb-muenster.example>"),
           ("To", "'mso-tag@muenster.example' <mso-tag@muenster.example>"),
           ("Subject", ew("Inscrição - Tag der Migrantenselbstorganisationen 2027",
                          "windows-1252", "q")),
           ("Thread-Topic", "Inscricao - Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtumC8x2Rk5Zq1vN4pT7wLb3mYc9A=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB3358C6E8A0B2D4F6@AM0PR09MB3358.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "pt-BR, de-DE"),
           ("Content-Language", "pt-BR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TEIXEIRA_TEXT, body_lang="PT-BR"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Question: a Peruvian woman asks when the music and dance performances are
# and whether her visiting mother may come just to watch.  No organisation.

@mail("paredes-question-performances-mother", "2027-02-22 14:20:36",
      E("question", "marisol.paredes@mail.example", "Marisol Paredes Cornejo",
        None, [], None, "es"), "es")
def _(m):
    m.head(("From", "Marisol Paredes <marisol.paredes@mail.example>"),
           ("To", MSO),
           ("Subject", "Consulta presentaciones"),
           ("Date", m.date),
           ("Message-ID", "<5A9C1E37-B2D4-4F68-8E0A-3D7F9B1C5E22@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    text = """Hola, buenas tardes!

Disculpen, tengo una consulta. Vi en Instagram que en el Tag der Migrantenselbstorganisationen va a haber presentaciones de música y baile de varias asociaciones. Mi mamá viene de visita desde Arequipa justo esas semanas y le encantaría ver los bailes.

¿A qué hora serían más o menos las presentaciones? ¿Y podemos ir solo a ver esa parte, o hay que inscribirse igual aunque no participemos en los grupos de trabajo?

Muchas gracias de antemano, saludos!
Marisol Paredes Cornejo

Enviado desde mi iPhone"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 037 ---------------------------------------------------------------------
# Change of workgroup and size (AG 3 / 3 persons -> AG 1 / 2 persons),
# Cameroonian, learner German, Outlook multipart/alternative quoting the
# confirmation under a Von:/Gesendet:/An:/Betreff: block.

NGANOU_TEXT = """Guten Tag Frau Meza Correa-Flock,

Ich habe uns angemeldet für AG 3 mit 3 Personen (siehe unten). Bitte Sie können ändern: wir möchten jetzt lieber in AG 1 gehen und wir sind nur noch 2 Personen, weil ein Kollege ist krank geworden.

Danke für Ihr Verständnis und schönen Tag.

Mit freundlichen Grüßen
Hervé Nganou
Kamerun-Forum Münster e.V."""


@mail("nganou-change-ag3-to-ag1-two-persons", "2027-02-23 10:10:10",
      E("change", "herve.nganou@kamerun-forum.example", "Hervé Nganou",
        "Kamerun-Forum Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hervé Nganou <herve.nganou@kamerun-forum.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdE7xk2Vb5mQ0K3mXQ8yB5tDbA1c2"),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB1842A3C5E7F9B1D3@GV1P195MB1842.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("20270201154002.8f14")),
           ("References", conf_id("20270201154002.8f14")),
           ("Accept-Language", "de-DE, fr-FR"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Montag, 1. Februar 2027 15:40",
             "Hervé Nganou <herve.nganou@kamerun-forum.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Nganou", "AG3", 3))
    m.alternative(outlook_plain(NGANOU_TEXT, quote), outlook_html(NGANOU_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Exchange out-of-office in French (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), answering our confirmation.

@mail("essomba-exchange-reponse-automatique", "2027-02-24 21:00:02",
      E("auto_reply"), "fr")
def _(m):
    m.head(("From", ew("Nadège Essomba", "utf-8", "q") + " <nadege.essomba@afrika-kz-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Réponse automatique : " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1d7e93c0a24f58b6e2d9a0f3c71e85@afrika-kz-ms.example>"),
           ("In-Reply-To", conf_id("20270224205951.c3d8")),
           ("References", conf_id("20270224205951.c3d8")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "nadege.essomba@afrika-kz-ms.example"),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    text = """Bonjour,

Je suis actuellement absente du bureau jusqu'au lundi 8 mars 2027 inclus, sans accès à mes e-mails. Votre message ne sera pas transféré.

Pour toute urgence, merci de contacter Mme Solange Owona au 0251 48 33 90.

Cordialement,
Nadège Essomba
Afrika-Kulturzentrum Münster e.V."""
    m.alternative(outlook_plain(text), outlook_html(text, body_lang="FR"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Cancellation from Lima (Date in -0500), Spanish Gmail reply quoting the
# confirmation (AG 1, 3 persons): "no vamos a poder ir ... ninguno de los
# tres, por favor anulen nuestra inscripción".

CHAVEZ_TEXT = """Hola buenas tardes señores

Les escribo desde Lima, lamentablemente tuvimos que viajar de emergencia al Perú porque mi papá está muy delicado de salud. No vamos a poder ir al evento del 13 de marzo, ninguno de los tres, por favor anulen nuestra inscripción.

Disculpen las molestias y gracias por todo. Ojalá el próximo año podamos participar.

Bendiciones
Yolanda Chávez Rojas"""

CHAVEZ_CONF = confirmation("Frau Chávez Rojas", "AG1", 3)
CHAVEZ_ATTR = (f"El sáb, 30 ene 2027 a las 11:02, Tag der Migrantenselbstorganisationen "
               f"(<{MSO}>) escribió:")


@mail("chavez-rojas-cancel-from-lima", "2027-02-26 15:35:21",
      E("cancellation", "yolanda.chavez.rojas@mail.example", "Yolanda Chávez Rojas",
        None, [], None, "es"), "es", tz=-5)
def _(m):
    m.head(("From", "Yolanda Chávez <yolanda.chavez.rojas@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAT7xW0zV3n6Mr9yS2uB5kNc8sKd1hHe4fUi9aSb3iXo6WeW8xk@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270130110209.6a2f")),
           ("References", conf_id("20270130110209.6a2f")),
           ("MIME-Version", "1.0"))
    plain = f"{CHAVEZ_TEXT}\n\n{CHAVEZ_ATTR}\n\n{gt_quote(CHAVEZ_CONF)}\n"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "quoted-printable"),
        m.text(gmail_reply_html(CHAVEZ_TEXT, CHAVEZ_ATTR, CHAVEZ_CONF), "html",
               "utf-8", "quoted-printable")], style="gmail")


# -- 040 ---------------------------------------------------------------------
# Change with a fallback to the current group (AG 2 -> AG 3, else stay in
# AG 2), Mexican treasurer writing German, Thunderbird reply quoting the
# confirmation.  She is the treasurer mail 010 said would write separately.

@mail("morales-change-ag3-else-stay-ag2", "2027-03-01 09:15:44",
      E("change", "itzel.morales@mail.example", "Itzel Morales Cuevas",
        "Círculo Mexicano de Münster e.V.", ["AG3", "AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Itzel Morales Cuevas <itzel.morales@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1e7a4c30-b95d-4f28-83c6-0d2e9a5b7f14@mail.example>"),
           ("In-Reply-To", conf_id("20270120094402.0e9b")),
           ("References", conf_id("20270120094402.0e9b")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo liebes Team,

ich bin für die AG 2 angemeldet, würde aber gern in die AG 3 wechseln – als
Kassenwartin ist das Thema Fördermittel für mich eigentlich wichtiger. Falls
die AG 3 schon voll ist, bleibe ich einfach in der AG 2, kein Problem.

Vielen Dank und herzliche Grüße
Itzel Morales Cuevas
Círculo Mexicano de Münster e.V.

Am 20.01.27 um 09:44 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Morales Cuevas", "AG2", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 041 ---------------------------------------------------------------------
# Cancellation, Brazilian capoeirista, WhatsApp-style Portuguese from Samsung
# Email (UTF-8 base64); the confirmation is quoted under "-------- Mensagem
# original --------" without '>' prefixes.

CARVALHO_TEXT = f"""Fala pessoal, tudo certo?

Infelizmente vou ter que cancelar minha inscrição pro dia 13 😩 Machuquei o joelho no treino de capoeira e o médico mandou ficar de repouso pelo menos 4 semanas.

Desculpa aí e boa sorte com o evento, tenho certeza que vai ser lindo! 🙏🏾

Abraço,
Bruno Carvalho Lima

Enviado do meu Galaxy


-------- Mensagem original --------
De: Tag der Migrantenselbstorganisationen <{MSO}>
Data: 09/02/2027 21:14 (GMT+01:00)
Para: bruno.carvalho.lima@mail.example
Assunto: {CONFIRMATION_SUBJECT}

{confirmation("Herr Carvalho Lima", "AG3", 1)}"""


@mail("carvalho-lima-cancel-samsung-knee", "2027-03-02 18:18:18",
      E("cancellation", "bruno.carvalho.lima@mail.example", "Bruno Carvalho Lima",
        None, [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Bruno Carvalho <bruno.carvalho.lima@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b3e9f1a7-40c2-4d85-9e16-7a2c5f8d0b43@email.android.example>"),
           ("In-Reply-To", conf_id("20270209211410.d41e")),
           ("References", conf_id("20270209211410.d41e")),
           ("MIME-Version", "1.0"))
    m.alternative(CARVALHO_TEXT, samsung_html(CARVALHO_TEXT), charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# Question in English from a Latin American student group: interpretation
# and wheelchair access; they will register later -> question.

@mail("rincon-english-interpretation-access", "2027-03-04 11:40:29",
      E("question", "natalia.rincon@mail.example", "Natalia Rincón",
        "LatAm Students Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Natalia Rincón <natalia.rincon@mail.example>"),
           ("To", MSO),
           ("Subject", "Questions before registering - LatAm Students"),
           ("Date", m.date),
           ("Message-ID", "<CAU1yX4zW7n0Ns3yT6vB9kOc2sLd5hJe8fUo3aTb7iXp0WeX2ym@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hi there,

I'm Natalia, I'm from Colombia and I'm part of the student group LatAm Students Münster. A few of us would like to come to the MSO Day on 13 March, but we have two questions first:

1. Will everything be in German, or will there be some interpretation (English or Spanish)? Some of our members have only just arrived and their German is still basic.
2. One of us uses a wheelchair - is the Stadtweinhaus accessible, and is there an accessible toilet?

If it works out, we'll send you our registration this week (the deadline is Saturday, right?).

Thanks a lot and best wishes,
Natalia Rincón
LatAm Students Münster"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 043 ---------------------------------------------------------------------
# Cancellation of a whole group (4 persons), Chilean-German society, Outlook
# plain text in windows-1252 with "-----Ursprüngliche Nachricht-----"; a
# bilingual sign-off.

@mail("sepulveda-cancel-whole-group-outlook", "2027-03-05 22:50:03",
      E("cancellation", "p.sepulveda@chile-gesellschaft-ms.example", "Patricio Sepúlveda Rojas",
        "Chilenisch-Deutsche Gesellschaft Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Patricio Sepúlveda <p.sepulveda@chile-gesellschaft-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002b01db8e1f$6d7e8fa0$48af9ee0$@chile-gesellschaft-ms.example>"),
           ("In-Reply-To", conf_id("20270129100511.b7c0")),
           ("References", conf_id("20270129100511.b7c0")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

leider muss ich unsere Anmeldung für den 13. März komplett zurückziehen. Bei uns ist an dem Wochenende kurzfristig die Jahreshauptversammlung angesetzt worden, und der gesamte Vorstand muss dabei sein. Bitte streichen Sie alle vier Personen.

Es tut uns sehr leid - wir wären gern dabei gewesen. Beim nächsten MSO-Tag sind wir hoffentlich wieder dabei!

Herzliche Grüße / Saludos cordiales
Patricio Sepúlveda Rojas
1. Vorsitzender
Chilenisch-Deutsche Gesellschaft Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}> 
Gesendet: Freitag, 29. Januar 2027 10:05
An: Patricio Sepúlveda <p.sepulveda@chile-gesellschaft-ms.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Sepúlveda", "AG2", 4)}
""", charset="windows-1252", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Late registration (after the 6 March deadline), Ivorian association,
# French with a Baoulé welcome ("Akwaba !"); "(donc 2 personnes)", "l'atelier
# 2 sur le Zukunftsprozess"; office on the same line as the organisation.

KONE_TEXT = """Bonjour chère équipe,

Akwaba ! Je sais que la date limite pour l'inscription était samedi dernier, pardon pour le retard, j'étais en déplacement au pays.

Si c'est encore possible, je voudrais nous inscrire, ma collègue Aïcha Traoré et moi (donc 2 personnes), pour l'atelier 2 sur le Zukunftsprozess. Si ce n'est plus possible, ce n'est pas grave, on comprend.

Merci beaucoup et belle semaine à vous,
Awa Koné
Trésorière, Akwaba Münster e.V."""


@mail("kone-late-registration-akwaba", "2027-03-08 10:05:36",
      E("registration", "awa.kone@akwaba-ms.example", "Awa Koné",
        "Akwaba Münster e.V.", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Awa Koné <awa.kone@akwaba-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscription tardive MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAV4zY7xX0n3Ot6zU9wB2kPc5sMd8hKe1fUi6aUb0iXq3WeY5zn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KONE_TEXT, gmail_html(KONE_TEXT), charset="utf-8", cte="quoted-printable",
                  style="gmail")


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


def check(name, data, m, expected):
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
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
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
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    problems += check_labels(msg, expected)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "es", "pt", "fr")
AG_IDS = ("AG1", "AG2", "AG3")


def haystack(msg):
    """Decoded headers and text of a mail (HTML unescaped), for label checks."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            chunks.append(html.unescape(p.get_content()))
    return "\n".join(chunks)


def new_text(msg):
    """The writer's own text: the first text part, cut before the quoted part."""
    for p in leaves(msg):
        if p.get_content_type() in ("text/plain", "text/html"):
            t = html.unescape(re.sub(r"<[^>]+>", "\n", p.get_content()))
            break
    else:
        return ""
    cut = re.search(r"^(>|Von:|De\u00a0:|-----Urspr|-------- Mensagem|Am .* schrieb|"
                    r"El .* escribi|Em .* escreveu|Le .* a écrit)", t, re.M)
    return t[:cut.start()] if cut else t


def check_labels(msg, e):
    """The label agrees with the conventions and with the mail itself."""
    problems = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"bad kind {kind}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in AG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind != "bounce" and e["bounced_recipient"] is not None:
        problems.append("bounced_recipient set on a non-bounce")
    if kind in PERSON_KINDS:
        hay = haystack(msg)
        low = hay.lower()
        em = e["email"]
        if not em or em != em.lower() or em not in low:
            problems.append(f"email {em!r} not lower-case or not in the mail")
        if not e["name"] or e["name"] not in hay:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in hay:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']!r}")
        if kind == "registration":
            if not isinstance(e["party_size"], int) or e["party_size"] < 1:
                problems.append("registration needs party_size >= 1")
        elif kind == "change":
            if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                                or e["party_size"] < 1):
                problems.append("change party_size must be null or >= 1")
        else:
            if e["party_size"] is not None or wg:
                problems.append(f"{kind} must have party_size null and workgroups []")
        if kind in ("change", "cancellation"):
            if "Angemeldete Personen:" not in hay:
                problems.append(f"{kind} does not quote the confirmation")
        if e["organisation"] is not None and e["organisation"] not in new_text(msg) \
                and e["organisation"] not in str(msg.get("From", "")):
            problems.append("organisation only in quoted text")
    else:
        for k in ("email", "name", "organisation", "party_size", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        if wg:
            problems.append(f"workgroups must be [] for {kind}")
        if kind == "bounce":
            b = e["bounced_recipient"]
            if not b or b != b.lower():
                problems.append("bounce needs a lower-case bounced_recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice, no person address twice, a sane count."""
    problems = []
    senders = collections.Counter()
    emails = collections.Counter()
    for (name, _, e, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
        senders[frm] += 1
        if e["email"]:
            emails[e["email"]] += 1
    for s, n in senders.items():
        if n > 1:
            problems.append(f"sender {s} appears {n} times")
    for s, n in emails.items():
        if n > 1:
            problems.append(f"labelled email {s} appears {n} times")
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs_all = sorted({t for _, _, _, t in built})
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs_all) + "   all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs_all]
        print(f"  {k:13}" + "".join(f"{n:>4}" for n in row) + f"{sum(row):>6}")
    print("kinds:", dict(sorted(kinds.items())))
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("registration languages:", dict(sorted(reg_langs.items())))
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
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
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
    for problem in check_corpus(built, datas):
        print(f"corpus: {problem}")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
