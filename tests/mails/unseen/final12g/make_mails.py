#!/usr/bin/env python3
"""Build the "proxy" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails to the MSO-Tag 2027 mailbox, most of them written by someone other than the
person who attends, or for several people at once: secretaries and board members for
their chair, adult children for their parents, a husband for his wife, social workers,
an integration guide, an interpreter, a teacher for two parents, a forwarded WhatsApp
message, people who want the confirmation sent to somebody else.

Every mail text below is written by hand.  This script only wraps the texts in MIME
with the standard `email` package, writes the files, reads every file back with
email.policy.default and checks it (no defects, every text part decodes strictly in its
declared charset to exactly the written text, lines <= 998 octets, dates rising,
example domains only) and checks the labels against the mails.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"
INVITATION_ID = "<einladung.2027-01-12.kiz@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "ar", "tr", "fa", "ru", "uk", "ku", "fr", "es", "ti", "so")
WGS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`
    (default: left to the policy, which writes UTF-8)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before each line, as Gmail, Thunderbird and Apple Mail quote."""
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
        self.intended = []
        self.crlf = False
        self.subject = None
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values (plain or already RFC 2047-encoded) are stored verbatim, folded at
        spaces when long; non-ASCII values go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            via = sender
            if not via:
                frm = dict(pairs)["From"]
                via = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.split()[0]
            domain = via.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival}")
        for name, value in pairs:
            if name == "Subject":
                self.subject = value
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name in ("Subject", "Thread-Topic"):
                # whole value as UTF-8 encoded words (the policy's own folding
                # would leave a stray space before a folded encoded word)
                msg.set_raw(name, ew(value, "utf-8", "q"))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{int(h[15:25], 16)}"
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


def make_png(width=72, height=128):
    """A tiny 'phone screenshot': a chat background with two message bubbles."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 12:
                px = (7, 94, 84)                       # title bar
            elif 30 <= y < 62 and 6 <= x < 58:
                px = (255, 255, 255)                   # incoming bubble
            elif 70 <= y < 84 and 20 <= x < 66:
                px = (255, 255, 255)                   # second bubble
            elif 116 <= y:
                px = (240, 240, 240)                   # input bar
            else:
                px = (229, 221, 213)                   # wallpaper
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
# HTML shapes of common clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
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
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", lang="DE", labels="de"):
    """Outlook Word-HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
        frm, sent, to, subj, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{l_from}:</b> {esc(frm)}<br>\n"
                   f"<b>{l_sent}:</b> {esc(sent)}<br>\n"
                   f"<b>{l_to}:</b> {esc(to)}<br>\n"
                   f"<b>{l_subj}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
    frm, sent, to, subj, quoted = quote
    return (f"{text}\n\n{l_from}: {frm}\n{l_sent}: {sent}\n{l_to}: {to}\n"
            f"{l_subj}: {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text) for a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(attribution)}<br></div><blockquote class="gmail_quote" '
                f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Web-mailer HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def yahoo_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    br = '<br clear="none">'
    inner = "".join(f"<div{d}>{esc(line) if line else br}</div>" for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            f"Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">{inner}</div>"
            "</body></html>\n")


# ---------------------------------------------------------------------------
# texts our side sent, which mails quote or return
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus am
Prinzipalmarkt 8 der diesjährige Tag der Migrantenselbstorganisationen
statt. Dazu laden wir Sie herzlich ein.

Nach dem Mittagsimbiss tagen drei Arbeitsgruppen parallel:

  I.   Menschen mit Migrationsvorgeschichte im Bildungssystem
  II.  Münsters Zukunftsprozess aus der Sicht der Menschen mit
       Migrationsvorgeschichte
  III. Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis Samstag,
6. März 2027, per E-Mail an mso-tag@muenster.example an und schreiben
Sie uns, wer kommt, für welche Organisation, in welche Arbeitsgruppe
(gern mit Zweitwunsch) und mit wie vielen Personen.

Die Teilnahme ist kostenfrei.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Bestätigung Ihrer Anmeldung: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(name, ag, persons):
    """The confirmation our side sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag,

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben notiert:

Name: {name}
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn sich etwas ändert, antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen"""


def conf_id(stamp):
    """Message-ID of the confirmation sent at `stamp` (YYYYMMDDHHMMSS)."""
    return f"<bestaetigung.{stamp}.{_h('conf', stamp)[:6]}@muenster.example>"


def confirmation_message(to, name, ag, persons, date, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = date
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# the mails, in the order they arrived
# ---------------------------------------------------------------------------

# -- 001 ---------------------------------------------------------------------
# A secretary registers her chairman, who comes alone; she does not attend and
# wants the answer herself.  Outlook multipart/alternative (UTF-8, QP), reply
# that quotes the invitation, whose Roman numerals I-III are not a choice.

KROLL_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag unseres Vorsitzenden, Herrn Dr. Orhan Demirtaş, melde ich ihn hiermit zum Tag der Migrantenselbstorganisationen am 13. März an. Herr Dr. Demirtaş möchte an der Arbeitsgruppe III (Förderungsmöglichkeiten und Vereinsmanagement) teilnehmen.

Er kommt allein, ich selbst nehme nicht teil. Rückfragen und die Bestätigung bitte an mich, da ich seinen Terminkalender führe.

Mit freundlichen Grüßen

Melanie Kroll
Sekretariat
Deutsch-Türkischer Bildungsverein Münster e.V.
Hammer Straße 112 · 48153 Münster
Tel. 0251 / 70 44 19-0"""

KROLL_QUOTE = (TO_MSO, "Dienstag, 12. Januar 2027 14:03",
               "Kroll, Melanie <m.kroll@dtbv-muenster.example>", INVITATION_SUBJECT, INVITATION)


@mail("kroll-secretary-registers-chair", "2027-01-12 15:02:37",
      E("registration", "m.kroll@dtbv-muenster.example", "Orhan Demirtaş",
        "Deutsch-Türkischer Bildungsverein Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kroll, Melanie" <m.kroll@dtbv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZC7n0x4Tqk2VJkmZ8Wq1yUeS4Q=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8842C1A07E3B44F2A9D1@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KROLL_TEXT, KROLL_QUOTE), outlook_html(KROLL_TEXT, KROLL_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# An adult daughter registers both parents (2) and does not come herself; the
# father is named first and with his full name, the mother only by first name.
# Gmail multipart/alternative.

HADDAD_TEXT = """Hallo,

ich schreibe für meine Eltern, weil sie sich beim Schreiben auf Deutsch noch nicht so sicher fühlen. Mein Vater Samir Haddad und meine Mutter Nadia würden gern zum Tag der Migrantenselbstorganisationen kommen. Mein Vater ist Kassenwart im Verein „Brücke Damaskus–Münster e.V.“, meine Mutter hilft dort bei der Hausaufgabenbetreuung.

Beide interessieren sich für die Arbeitsgruppe zum Bildungssystem, weil meine jüngeren Geschwister noch zur Schule gehen.

Ich selbst schreibe an dem Tag eine Klausur und kann nicht mit. Schicken Sie bitte alles an meine Adresse, ich übersetze es für die beiden.

Vielen Dank und viele Grüße
Leyla Haddad"""


@mail("haddad-daughter-registers-parents", "2027-01-13 09:12:05",
      E("registration", "leyla.haddad@mail.example", "Samir Haddad",
        "Brücke Damaskus–Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla Haddad <leyla.haddad@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meine Eltern (MSO-Tag 13.3.)"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kW9pLq0x7Hd2mYbV4nRt8sJcE1uGz5oA6wQiK3fN9yXhD2g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT), style="gmail")


# -- 003 ---------------------------------------------------------------------
# Turkish.  A husband writes for his wife, who comes alone and has no e-mail
# address; the answer goes to him.  "1. çalışma grubu" = AG 1.  Sent from a
# Samsung phone, UTF-8 8bit.

@mail("celik-husband-for-wife-turkish", "2027-01-13 21:47:18",
      E("registration", "murat.celik77@mail.example", "Zeynep Çelik",
        "Münster Türk Kadın Birliği", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Murat Çelik <murat.celik77@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO günü kayıt - eşim için"),
           ("Date", m.date),
           ("Message-ID", "<q1w8e3.1768337238.samsung.mail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

eşim Zeynep Çelik 13 Mart'taki Göçmen Dernekleri Günü'ne katılmak istiyor. Kendisinin e-posta adresi olmadığı için ben yazıyorum, cevabı bana gönderebilirsiniz.

Zeynep "Münster Türk Kadın Birliği" adlı derneğin yönetiminde gönüllü olarak çalışıyor. En çok okul ve eğitim konusundaki 1. çalışma grubuna katılmak istiyor.

Ben o gün işte olacağım, Zeynep yalnız gelecek.

Teşekkürler, iyi çalışmalar
Murat Çelik

Samsung Galaxy cihazımdan gönderildi
""", charset="utf-8", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# A teacher registers two parents from the school's parents' council and asks
# for the confirmation to go to one of them.  Class numbers 7 and 9 are not
# workgroups.  Thunderbird, format=flowed, QP.

@mail("terhorst-teacher-registers-two-parents", "2027-01-14 10:05:52",
      E("registration", "olena.bondar@mail.example", "Olena Bondar",
        "Elternrat der Gesamtschule Münster-Nord", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jan Terhorst <j.terhorst@gesamtschule-ms-nord.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Elternrat (2 Personen) zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<7e0c2b1d-5a9f-4d3e-8c61-2f4a9b0d7e15@gesamtschule-ms-nord.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin Lehrer an der Gesamtschule Münster-Nord und begleite dort die
Arbeit unseres Elternrats. Zwei Mitglieder möchten gern am Tag der
Migrantenselbstorganisationen teilnehmen:

- Frau Olena Bondar (Mutter in Klasse 7)
- Herr Yusuf Erdem (Vater in Klasse 9)

Beide kommen für den Elternrat der Gesamtschule Münster-Nord und möchten
in die Arbeitsgruppe zu Menschen mit Migrationsvorgeschichte im
Bildungssystem. Ich selbst bin an dem Wochenende mit einer Klasse
unterwegs und kann nicht dabei sein.

Die Bestätigung schicken Sie bitte direkt an Frau Bondar, die auch die
Absprachen mit Herrn Erdem übernimmt: olena.bondar@mail.example

Vielen Dank!

Mit freundlichen Grüßen
Jan Terhorst

-- 
Gesamtschule Münster-Nord
Koordination Elternarbeit
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Arabic.  A board member registers the chairman and himself (2); he attends,
# so he is the name.  Third group, else the second.  Gmail, right-to-left HTML,
# UTF-8 base64.  The signature in Arabic script is the fullest form of his name.

ALOBAIDI_TEXT = """السلام عليكم ورحمة الله،

أنا عضو في الهيئة الإدارية لجمعية الرافدين. أرغب في تسجيل رئيس جمعيتنا الأستاذ كريم الجبوري ونفسي لحضور يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار 2027.

نود المشاركة في مجموعة العمل الثالثة الخاصة بالتمويل وإدارة الجمعيات، وإذا كانت ممتلئة فالمجموعة الثانية.

الرجاء إرسال التأكيد إلى هذا العنوان.

مع خالص الشكر والتقدير
حسين العبيدي
جمعية الرافدين العراقية في مونستر"""


@mail("alobaidi-board-member-and-chair-arabic", "2027-01-15 08:40:26",
      E("registration", "h.alobaidi@mail.example", "حسين العبيدي",
        "جمعية الرافدين العراقية في مونستر", ["AG3", "AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Hussein Al-Obaidi <h.alobaidi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل لحضور يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAHt5Rz0aN4v2kQm9XyP7bWc1eLs8dFgU3jI6oTnE0rB5hVqK8w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALOBAIDI_TEXT, gmail_html(ALOBAIDI_TEXT, rtl=True), cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# A friend forwards a WhatsApp message: the friend (Rasha Kanaan) attends
# alone, the writer does not, and the confirmation goes to the writer.  The
# pasted chat lines carry the choice; an Arabic blessing is part of the chat.
# iPhone, multipart/mixed with a PNG screenshot.

@mail("schaefer-nasser-forwards-whatsapp", "2027-01-15 19:22:09",
      E("registration", "petra.schaefer-nasser@mail.example", "Rasha Kanaan",
        "Frauenverein Yasmin", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Schäfer-Nasser <petra.schaefer-nasser@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meine Freundin Rasha (hat kein Mailkonto)"),
           ("Date", m.date),
           ("Message-ID", "<4B7E0C9A-2D61-4F3B-A8E5-91C07D3F6B24@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hallo liebes Team vom MSO-Tag,

meine Freundin Rasha Kanaan hat mich gebeten, sie anzumelden. Sie hat kein eigenes Mailkonto und macht alles über WhatsApp. Ich kopiere Ihnen ihre Nachricht hier rein, der Screenshot hängt auch an:

[19:03, 15.1.2027] Rasha Kanaan: Hallo Petra 🌸 kannst du mich bitte anmelden für diesen Tag von den Vereinen am 13. März? Ich möchte in die Gruppe mit Förderung und Verein organisieren, für unseren Frauenverein Yasmin. Nur ich allein. Danke habibti ❤️
[19:04, 15.1.2027] Rasha Kanaan: الله يخليكي 🙏

Ich selbst komme nicht mit. Die Bestätigung bitte an mich, ich leite sie ihr per WhatsApp weiter.

Liebe Grüße
Petra

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_png(), "image", "png", "IMG_4821.PNG")
    m.multi("mixed", [text, png], style="apple")


# -- 007 ---------------------------------------------------------------------
# Russian.  The board secretary registers the chairman, who comes alone, and
# asks to send the confirmation to his own address.  windows-1251 QP, the
# display name and subject as windows-1251 encoded words; windows-1251 has no
# "ü", so the German association name is typed "Muenster".

@mail("sokolovskaya-registers-chair-russian", "2027-01-18 11:30:44",
      E("registration", "v.grinberg@mail.example", "Виктор Гринберг",
        "Russisches Haus Muenster e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Соколовская", "i.sokolovskaya@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация нашего председателя на MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768732244.409611.27155@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Пишу Вам от имени правления нашего общества. Наш председатель Виктор Гринберг хотел бы принять участие в Дне организаций мигрантов 13 марта. Его интересует рабочая группа 2 – о будущем Мюнстера.

Он придёт один, я сама в этот день, к сожалению, занята.

Виктор Павлович редко пользуется электронной почтой, но подтверждение, пожалуйста, отправьте прямо ему: v.grinberg@mail.example – он сам об этом просил.

С уважением,
Ирина Соколовская
секретарь правления
Russisches Haus Muenster e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# English.  He registers himself and asks that the confirmation go to a
# colleague, who does not attend.  Outlook multipart/alternative, windows-1252.

OSEI_TEXT = """Dear Sir or Madam,

I would like to register for the Day of Migrant Organisations on 13 March 2027, for workshop 2 (Münster's future process).

From next week until early March I will be travelling for work and will hardly be able to check my e-mails. Could you therefore please send the confirmation and any further information to my colleague Abena Mensah (abena.mensah@ghana-union-ms.example)? She looks after our association's calendar and will pass everything on to me. She will not be attending herself.

Many thanks and best regards,

Daniel Osei
Deputy Chairman
Ghana Union Münster e.V."""


@mail("osei-self-confirmation-to-colleague", "2027-01-18 15:45:10",
      E("registration", "abena.mensah@ghana-union-ms.example", "Daniel Osei",
        "Ghana Union Münster e.V.", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniel Osei <d.osei@ghana-union-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<000c01db69b4$8e2f1a70$aa8d4f50$@ghana-union-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.alternative(OSEI_TEXT, outlook_html(OSEI_TEXT, charset="windows-1252", lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Exchange "Automatic reply" of the colleague named in the previous mail, who
# received the confirmation; English and German, Auto-Submitted and
# X-Auto-Response-Suppress.

MENSAH_OOO = """Thank you for your e-mail. I am out of the office until Monday, 25 January 2027, and will reply after my return.

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 25. Januar 2027, nicht im Büro und antworte nach meiner Rückkehr.

Abena Mensah
Ghana Union Münster e.V."""


@mail("mensah-exchange-automatic-reply", "2027-01-18 15:46:21", E("auto_reply"), "en")
def _(m):
    cid = conf_id("20270118154533")
    m.head(("From", "Abena Mensah <abena.mensah@ghana-union-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6127E5A0C3F9D21B@AS8PR10MB6127.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(MENSAH_OOO, outlook_html(MENSAH_OOO, lang="EN-GB"), cte="base64",
                  style="outlook")


# -- 010 ---------------------------------------------------------------------
# A volunteer interpreter writes what his client dictated: the client and his
# wife attend (2), the interpreter does not, and the answer goes to the
# interpreter.  The dictated text is in the first person of the client.

@mail("noori-interpreter-writes-dictated-text", "2027-01-19 10:20:33",
      E("registration", "farid.noori@mail.example", "Ghulam Sakhi Ahmadzai",
        "Afghanische Kulturbrücke Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Farid Noori <farid.noori@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung im Auftrag von Herrn Ahmadzai"),
           ("Date", m.date),
           ("Message-ID", "<a3f19c07-6e2b-4b8d-9d41-c5e8072b1f6a@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin ehrenamtlicher Sprachmittler für Dari und Paschtu. Herr Ghulam Sakhi Ahmadzai hat mich gebeten, ihn anzumelden, und mir den folgenden Text diktiert, den ich übersetzt habe:

"Mein Name ist Ghulam Sakhi Ahmadzai. Ich habe letztes Jahr mit anderen Familien den Verein Afghanische Kulturbrücke Münster gegründet. Ich möchte mit meiner Frau zum Tag der Migrantenselbstorganisationen kommen. Wir möchten in die Arbeitsgruppe über Förderung und Vereinsmanagement, weil unser Verein noch ganz neu ist und wir viele Fragen zu Geld und Anträgen haben."

Herr Ahmadzai hat keine eigene E-Mail-Adresse. Bitte antworten Sie an mich, ich gebe alles an ihn weiter und übersetze es. Ich selbst werde am 13. März nicht dabei sein.

Mit freundlichen Grüßen
Farid Noori
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Ukrainian.  A group coordinator registers herself and three women of her
# group by name: "нас буде четверо" (4).  The Stadtteilzentrum where they meet
# is not the organisation; the signature names the group.  Gmail, UTF-8 QP.

MELNYK_TEXT = """Добрий день!

Я координую групу українських жінок, які щотижня зустрічаються у Stadtteilzentrum Kinderhaus. Хочу зареєструвати себе та ще трьох учасниць нашої групи: Наталію Кравець, Ірину Бойко і Людмилу Савчук. Отже, нас буде четверо.

Ми всі мами школярів, тому нас найбільше цікавить перша робоча група – про систему освіти.

Дякую і гарного дня!
Оксана Мельник
Ukrainischer Frauentreff "Kalyna" Münster"""


@mail("melnyk-registers-four-women-ukrainian", "2027-01-20 12:00:48",
      E("registration", "oksana.melnyk@mail.example", "Оксана Мельник",
        'Ukrainischer Frauentreff "Kalyna" Münster', ["AG1"], 4, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Мельник <oksana.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація на MSO-Tag – 4 особи"),
           ("Date", m.date),
           ("Message-ID", "<CAJm2Yd6wQ3tR0pL8nXc5vBz1hKs7eFg4uA9oWiN2jT6yMqE5rU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), style="gmail")


# -- 012 ---------------------------------------------------------------------
# A social worker registers three clients from her women's café and comes
# along (4).  AG 2, else AG 1.  Outlook, HTML only, windows-1252 QP.

BRAND_TEXT = """Sehr geehrte Damen und Herren,

ich arbeite in der Flüchtlingsberatung der Diakonie Münster und leite dort ein wöchentliches Frauencafé. Drei Teilnehmerinnen möchten gern zum MSO-Tag am 13.03. kommen: Frau Hodan Mohamed, Frau Saba Tesfay und Frau Nour Al-Hassan. Ich begleite die Gruppe, wir sind also insgesamt 4 Personen.

Am meisten interessiert die Frauen die AG 2 (Zukunftsprozess), falls dort kein Platz mehr ist, gern die AG 1.

Die Frauen sind (noch) in keinem Verein organisiert und kommen über uns.

Ab morgen bin ich eine Woche nicht im Büro; die Bestätigung lese ich danach.

Mit freundlichen Grüßen

Stephanie Brand
Sozialarbeiterin (B.A.)
Flüchtlingsberatung
Diakonie Münster
Tel. 0251 / 4 90 15-33"""


@mail("brand-social-worker-with-three-clients", "2027-01-21 16:40:02",
      E("registration", "stephanie.brand@diakonie-ms.example", "Stephanie Brand",
        "Diakonie Münster", ["AG2", "AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Brand, Stephanie" <stephanie.brand@diakonie-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag: Frauencafé (4 Personen)"),
           ("Thread-Topic", "Anmeldung MSO-Tag: Frauencafé (4 Personen)"),
           ("Thread-Index", "AdtsD1kP9nQ2o7WcR3yL0vXbT6a5Ew=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1744E0B9A3C6D5F1@FR2P281MB1744.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BRAND_TEXT, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# An integration guide asks two questions before registering her clients.
# "1." and "2." number questions; "drei Personen" is a later, conditional
# registration.  Web mailer multipart/alternative.

BRUENING_TEXT = """Guten Morgen,

ich bin ehrenamtliche Integrationslotsin in Gievenbeck und begleite mehrere Familien aus Afghanistan und Eritrea. Zwei meiner Klienten haben von Ihrem MSO-Tag gehört und würden gern kommen. Bevor ich sie anmelde, habe ich zwei Fragen:

1. Dürfen auch Menschen teilnehmen, die (noch) keinem Verein angehören?
2. Gibt es vor Ort Dolmetscher, z. B. für Dari oder Tigrinya? Sonst würde ich selbst mitkommen und so gut es geht helfen.

Wenn beides klappt, schicke ich Ihnen die Anmeldung für drei Personen.

Herzliche Grüße
Heike Brüning"""


@mail("bruening-integration-guide-question", "2027-01-22 09:10:57",
      E("question", "heike.bruening@mail.example", "Heike Brüning", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Heike Brüning <heike.bruening@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag: Teilnahme ohne Verein?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8d2e61a4-0f3b-4c7e-b915-2a6d8e4c1f07-1769069457301@3c-app-mailcom-bs08>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.alternative(BRUENING_TEXT, div_html(BRUENING_TEXT))


# -- 014 ---------------------------------------------------------------------
# Kurmanji.  A son writes for his father, who comes with a friend (2); the son
# does not come and wants the answer.  "koma xebatê ya duyemîn" = the second
# workgroup.  Plain UTF-8 QP.

@mail("aslan-son-for-father-kurmanji", "2027-01-22 20:30:15",
      E("registration", "renas.aslan@mail.example", "Mehmet Aslan",
        "Navenda Çanda Kurdî Münster", ["AG2"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rênas Aslan <renas.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Tomarkirin ji bo bavê min - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAPs7Gh1nZ4xW9qL0mVb3cT6yR8eJ2kDf5uA1oIiN7wS4tXeB9p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

navê min Rênas Aslan e. Ez vê e-nameyê ji bo bavê xwe Mehmet Aslan dinivîsim, ji ber ku ew bi komputerê nizane.

Bavê min û hevalê wî Xalid Temo dixwazin beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibin. Her du jî endamên komeleya "Navenda Çanda Kurdî Münster" in. Ew dixwazin beşdarî koma xebatê ya duyemîn bibin, li ser pêşeroja bajarê Münsterê.

Ez bi xwe nikarim werim. Ji kerema xwe bersivê ji min re bişînin, ez ê ji bavê xwe re bibêjim.

Gelek spas
Rênas Aslan
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# French.  She registers herself (atelier 1, else 3) and asks for the
# confirmation to go to a colleague; the address she types has a transposed
# domain ("solidiare"), which bounces in 016.  Roundcube, ISO-8859-15 QP.

@mail("kone-self-confirmation-to-colleague-french", "2027-01-25 13:05:21",
      E("registration", "mariam.traore@afrique-solidiare.example", "Aïcha Koné",
        "Afrique Solidaire Münster", ["AG1", "AG3"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aïcha Koné", "aicha.kone@afrique-solidaire.example", "iso-8859-15")),
           ("To", MSO),
           ("Subject", "Inscription journée des MSO - 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<e81c4a0b27f93d5e6a1b@webmail.afrique-solidaire.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame, Monsieur,

Je souhaite m'inscrire à la journée des organisations de migrants du 13 mars 2027. Je représente l'association Afrique Solidaire Münster. Je choisis l'atelier 1 (système éducatif) et, en deuxième choix, l'atelier 3.

Notre association change d'hébergeur de messagerie début février et mon adresse ne fonctionnera peut-être pas pendant quelques semaines. Merci donc d'envoyer la confirmation à ma collègue Mariam Traoré, qui s'occupe du secrétariat : mariam.traore@afrique-solidiare.example

Je viendrai seule.

Bien cordialement,
Aïcha Koné
Afrique Solidaire Münster
""", charset="iso-8859-15", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Postfix bounce for the confirmation sent to the address given in 015.

@mail("postfix-bounce-colleague-address-typo", "2027-01-25 13:06:02",
      E("bounce", bounced="mariam.traore@afrique-solidiare.example"), "en")
def _(m):
    rcpt = "mariam.traore@afrique-solidiare.example"
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270125120602.9C41E2A0B7@mx.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name
    service error for name=afrique-solidiare.example type=MX: Host not found,
    try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "9C41E2A0B7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon, 25 Jan 2027 13:05:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service\n"
                             "    error for name=afrique-solidiare.example type=MX: Host not found, try\n"
                             "    again")])
    original = confirmation_message(
        f"Mariam Traoré <{rcpt}>", "Aïcha Koné", "AG1", 1,
        "Mon, 25 Jan 2027 13:05:58 +0100", conf_id("20270125130558"),
        "<e81c4a0b27f93d5e6a1b@webmail.afrique-solidaire.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 017 ---------------------------------------------------------------------
# Spanish.  Sent from the association's shared mailbox with the secretary's
# Reply-To; she registers the president and the treasurer (2) and does not
# attend.  Outlook.com multipart/alternative, UTF-8 base64.

CASA_TEXT = """Estimado equipo:

Les escribo desde la cuenta de nuestra asociación. Quisiera inscribir a nuestra presidenta, Gabriela Rojas Medina, y a nuestro tesorero, Andrés Villalba, en el Día de las Organizaciones de Migrantes del 13 de marzo.

A los dos les interesa el grupo de trabajo 2, sobre el proceso de futuro de Münster.

Yo no podré asistir ese día. Por favor, respondan a mi correo personal, porque esta cuenta la revisamos muy poco.

Un saludo cordial,
Lucía Fernández
Secretaria
Casa Latina Münster e.V."""


@mail("casa-latina-secretary-reply-to-spanish", "2027-01-27 18:00:39",
      E("registration", "lucia.fernandez@mail.example", "Gabriela Rojas Medina",
        "Casa Latina Münster e.V.", ["AG2"], 2, "es"), "es")
def _(m):
    m.head(("From", '"Casa Latina Münster e.V." <info@casalatina-ms.example>'),
           ("Reply-To", "Lucía Fernández <lucia.fernandez@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción Día de las MSO - Casa Latina (2 personas)"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2176B3E8D0C14A95@PAXP193MB2176.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.alternative(CASA_TEXT, outlook_html(CASA_TEXT, lang="ES"), cte="base64", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Tigrinya.  He registers himself and his wife (2) and asks for the
# confirmation to go to their daughter, who knows German.  Latin signature,
# association in German.  Plain UTF-8 base64.

@mail("gebremedhin-confirmation-to-daughter-tigrinya", "2027-01-28 19:10:26",
      E("registration", "semhar.tesfamariam@mail.example", "Tesfamariam Gebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Tesfamariam Gebremedhin <t.gebremedhin@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ - MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<1769623826.51207.yahoo.mobile@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ንኹልኹም፣

ኣነን በዓልቲ ቤተይን ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት 2027 ክንሳተፍ ንደሊ ኢና። ደቅና ኣብ ቤት ትምህርቲ ስለዘለዉ፣ ኣብ ጉጅለ ስራሕ 1 (ብዛዕባ ትምህርቲ) ክንሳተፍ ንደሊ።

ጀርመንኛ ጽቡቕ ገይርና ስለዘይንፈልጥ፣ ነቲ መረጋገጺ በጃኹም ናብ ጓልና ሰምሃር ስደዱዎ፦ semhar.tesfamariam@mail.example

የቐንየልና።

Tesfamariam Gebremedhin
Eritreische Gemeinde Münster e.V.
""", charset="utf-8", cte="base64")


# -- 019 ---------------------------------------------------------------------
# The chairman registered by his secretary in 001 writes himself, from his own
# address, to move from III to II; the old group appears in his new text.
# "Wäre ein Wechsel noch möglich?" asks for the change.  Outlook for iOS.

@mail("demirtas-chair-himself-moves-to-ag2", "2027-02-01 10:30:12",
      E("change", "o.demirtas@dtbv-muenster.example", "Orhan Demirtaş",
        "Deutsch-Türkischer Bildungsverein Münster e.V.", ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Orhan Demirtaş <o.demirtas@dtbv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Wechsel der Arbeitsgruppe – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4410B7D2E9C05A13@VI1PR03MB4410.eurprd03.prod.outlook.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"),
           crlf=True)
    text = """Sehr geehrte Damen und Herren,

Frau Kroll aus unserem Sekretariat hat mich am 12. Januar für den Tag der Migrantenselbstorganisationen angemeldet, und zwar für die AG III. Nach Rücksprache im Vorstand würde ich lieber an der AG II zum Zukunftsprozess teilnehmen, weil wir uns dort als Verein stärker einbringen möchten. Wäre ein Wechsel noch möglich?

Mit freundlichen Grüßen
Dr. Orhan Demirtaş
Vorsitzender
Deutsch-Türkischer Bildungsverein Münster e.V.

Von Outlook für iOS gesendet"""
    m.alternative(text, outlook_html(text), style="outlook")


# -- 020 ---------------------------------------------------------------------
# Somali.  She registers herself and a friend without e-mail (2); each wants a
# different group: hers is the first ("koowaad"), the friend's the second.
# Her self-introduction gives a fuller name than the display name.

CABDI_TEXT = """Asalaamu calaykum,

Magacaygu waa Faadumo Cabdi Nuur. Waxaan rabaa inaan is-diiwaangeliyo Maalinta Ururada Soo-galootiga ee 13-ka Maarso, aniga iyo saaxiibaday Hodan Maxamed Jaamac. Hodan ma laha email, sidaas darteed anigaa u qoraya.

Aniga waxaan doonayaa kooxda shaqada ee koowaad (waxbarashada). Hodan waxay jeceshahay kooxda labaad (mustaqbalka Münster).

Labadeenuba waxaan ka nimid ururka "Hooyo iyo Ilmo Münster".

Mahadsanid,
Faadumo"""


@mail("cabdi-self-and-friend-somali", "2027-02-01 21:15:47",
      E("registration", "faadumo.cabdi@mail.example", "Faadumo Cabdi Nuur",
        "Hooyo iyo Ilmo Münster", ["AG1"], 2, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Cabdi <faadumo.cabdi@mail.example>"),
           ("To", MSO),
           ("Subject", "Is-diiwaangelin - MSO-Tag 13 Maarso"),
           ("Date", m.date),
           ("Message-ID", "<CAB9dLq4mT1vX8zN3wPc6rYk0hGs5eJf2uA7oRiW4nK9tBqE1yZ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CABDI_TEXT, gmail_html(CABDI_TEXT), style="gmail")


# -- 021 ---------------------------------------------------------------------
# A grandson registers his grandmother and her friend (2); he drives them but
# does not stay.  ISO-8859-1 QP (web mailer, plain).

@mail("wiebe-grandson-for-grandmother", "2027-02-02 17:45:03",
      E("registration", "lukas.wiebe@mail.example", "Katharina Wiebe",
        "Ortsgruppe Münster der Landsmannschaft der Deutschen aus Russland", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Lukas Wiebe <lukas.wiebe@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Katharina Wiebe + 1"),
           ("Date", m.date),
           ("Message-ID", "<trinity-31c7f0e2-94ab-4d16-8e25-b0d3f7a19c48-1770050703118@3c-app-webde-bap44>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich melde hiermit meine Oma, Katharina Wiebe, für den MSO-Tag am 13. März an. Sie kommt zusammen mit ihrer Freundin Lydia Schmidt, also zwei Personen. Beide sind in der Ortsgruppe Münster der Landsmannschaft der Deutschen aus Russland aktiv und würden gern bei der Arbeitsgruppe zu Münsters Zukunftsprozess mitmachen.

Meine Oma hat keine E-Mail, bitte schreiben Sie an mich. Ich bringe die beiden am Samstag hin, bleibe aber selbst nicht da.

Viele Grüße
Lukas Wiebe
""", charset="iso-8859-1", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Farsi.  A daughter writes for her mother, who leads a women's group and
# comes with two members ("روی هم سه نفر" = three in all); Persian digits in
# the date.  The daughter does not come and asks for the answer.

SADEGHI_TEXT = """سلام و وقت بخیر،

من از طرف مادرم، خانم پروین صادقی، می‌نویسم. مادرم مسئول گروه زنان در «انجمن فرهنگی ایرانیان مونستر» است و می‌خواهد همراه با دو نفر از خانم‌های گروه در روز سازمان‌های مهاجران در ۱۳ مارس شرکت کند؛ یعنی روی هم سه نفر.

آن‌ها به کارگروه اول (آموزش و مدرسه) علاقه دارند.

من خودم نمی‌توانم بیایم. لطفاً جواب را به همین آدرس ایمیل بفرستید، من برای مادرم ترجمه می‌کنم.

با سپاس فراوان
مینا صادقی"""


@mail("sadeghi-daughter-for-mother-farsi", "2027-02-03 22:05:31",
      E("registration", "mina.sadeghi@mail.example", "پروین صادقی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Mina Sadeghi <mina.sadeghi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام برای روز سازمان‌های مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<CAE4hWn7pK2xR9qT0mLb5cV8yZ3eD1jGf6uA4oSiN8wQ2tXrB7k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADEGHI_TEXT, gmail_html(SADEGHI_TEXT, rtl=True), cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Arabic question in windows-1256: can children come, is there Arabic
# interpretation?  He will register afterwards ("سأرسل لكم التسجيل").

@mail("alsayed-question-children-arabic", "2027-02-04 12:20:08",
      E("question", "m.alsayed@mail.example", "محمود السيد",
        "نادي الجالية المصرية", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمود السيد", "m.alsayed@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("استفسار قبل التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<001601db7719$2a4c6e80$7ee54b80$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-eg"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سمعت من أحد الأصدقاء عن يوم منظمات المهاجرين في مونستر. أنا عضو في نادي الجالية المصرية، وزوجتي أيضاً مهتمة بالحضور. عندي سؤالان قبل التسجيل:

هل يمكننا إحضار طفلينا (4 و7 سنوات)؟
وهل تتوفر ترجمة إلى العربية في مجموعات العمل؟

إذا كان ذلك ممكناً سأرسل لكم التسجيل لنا نحن الاثنين.

شكراً لكم
محمود السيد
""", charset="windows-1256", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Dari (labelled fa).  He registers himself and two board colleagues (3);
# third group, else second.  Dari words: صحت, اشتراک, گروپ, تشکر.  Yahoo.

SULTANI_TEXT = """سلام علیکم،

امیدوارم صحت‌تان خوب باشد. من نجیب‌الله سلطانی، عضو هیئت رهبری «انجمن جوانان افغان مونستر» هستم. ما سه نفر از انجمن می‌خواهیم در روز سازمان‌های مهاجرین اشتراک کنیم: خودم و دو همکارم، احمد شاه رسولی و فریدون نظری.

ما بیشتر به گروپ کاری سوم (کمک‌های مالی و مدیریت انجمن) علاقه داریم. اگر جای نبود، گروپ دوم هم خوب است.

تشکر زیاد
نجیب‌الله سلطانی"""


@mail("sultani-three-board-members-dari", "2027-02-05 18:40:55",
      E("registration", "n.sultani@mail.example", "نجیب‌الله سلطانی",
        "انجمن جوانان افغان مونستر", ["AG3", "AG2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Najibullah Sultani <n.sultani@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام - روز سازمان های مهاجرین"),
           ("Date", m.date),
           ("Message-ID", "<1203847566.2204981.1770313255812@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(SULTANI_TEXT, yahoo_html(SULTANI_TEXT, rtl=True), style="yahoo")


# -- 025 ---------------------------------------------------------------------
# Tigrinya.  The secretary of a women's association registers the chairwoman
# and one member (2), listed by name in Ge'ez script; she does not come and
# asks for the answer.  Apple Mail multipart/alternative.

HABTE_TEXT = """ሰላም፣

ኣነ ጸሓፊት ማሕበር ደቂ ኣንስትዮ ኤርትራ ኣብ ሙንስተር እየ። ክልተ ካብ ማሕበርና ናብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክመጻ ይደልያ፦

1. ወ/ሮ መብራት ተኽለ (ኣቦ መንበር)
2. ሳባ ኪዳነ (ኣባል)

ክልቲአን ኣብ ጉጅለ ስራሕ 3 (ደገፍ ገንዘብን ምምሕዳር ማሕበርን) ክሳተፋ ይደልያ።

ኣነ ባዕለይ ክመጽእ ኣይክእልን እየ። መልሲ ናባይ ስደዱ።

ምስ ሰላምታ
Senait Habte
Eritreischer Frauenverein Münster e.V."""


@mail("habte-secretary-for-chairwoman-tigrinya", "2027-02-06 11:00:20",
      E("registration", "senait.habte@mail.example", "መብራት ተኽለ",
        "Eritreischer Frauenverein Münster e.V.", ["AG3"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Habte <senait.habte@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ ማሕበር ደቂ ኣንስትዮ"),
           ("Date", m.date),
           ("Message-ID", "<9F2C4E71-0B8A-4D36-B5E2-7A1C3F9D0E68@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.alternative(HABTE_TEXT, apple_html(HABTE_TEXT), style="apple")


# -- 026 ---------------------------------------------------------------------
# English, from a youth migration service worker for his client, who comes
# alone and wants the confirmation at his own address.  The worker's service is
# not the organisation.  multipart/mixed with the worker's vCard.

KEMPER_VCARD = """BEGIN:VCARD
VERSION:3.0
N:Kemper;Thomas;;;
FN:Thomas Kemper
ORG:Jugendmigrationsdienst Münster
TEL;TYPE=WORK:+49 251 5 09 88-12
EMAIL;TYPE=WORK:t.kemper@jmd-muenster.example
END:VCARD
"""


@mail("kemper-youth-service-for-client-english", "2027-02-08 09:15:40",
      E("registration", "a.h.farah@mail.example", "Abdirahman Hassan Farah",
        "Somali Youth Association Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Thomas Kemper <t.kemper@jmd-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration on behalf of Mr Farah"),
           ("Date", m.date),
           ("Message-ID", "<5d0e8b7a-3c21-4f96-a4e8-1b7c2d9f0e53@jmd-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hello,

I'm writing on behalf of Mr Abdirahman Hassan Farah, whom I support at the Youth Migration Service. His German is still limited and he asked me to write in English, which he reads well.

Mr Farah is the chairman of the Somali Youth Association Münster, which was founded last year. He would like to attend the MSO Day on 13 March and join workshop III on funding and association management. He will come on his own; I won't be there.

Please send the confirmation directly to him at a.h.farah@mail.example - he asked me to give you this address.

Kind regards
Thomas Kemper
Jugendmigrationsdienst Münster
""", charset="utf-8", cte="quoted-printable")
    vcf = m.text(KEMPER_VCARD, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 headers=[("Content-Disposition", 'attachment; filename="Thomas Kemper.vcf"')])
    m.multi("mixed", [text, vcf])


# -- 027 ---------------------------------------------------------------------
# The recipient's provider bounces the confirmation to 026's address: mailbox
# full (5.2.2).  German notice, DSN and returned headers.

def _provider_headers(rcpt):
    cid = conf_id("20270208091603")
    return f"""Return-Path: <{MSO}>
Received: from mx.muenster.example (mx.muenster.example [198.51.100.25])
	by mx01.mail.example with ESMTPS id 4Zc2Qm1Xk9z7Lp
	for <{rcpt}>; Mon,  8 Feb 2027 09:16:05 +0100 (CET)
From: {TO_MSO}
To: Abdirahman Hassan Farah <{rcpt}>
Subject: =?utf-8?q?Best=C3=A4tigung_Ihrer_Anmeldung=3A_Tag_der_Migrantenselbstorganisationen_2027?=
Date: Mon, 08 Feb 2027 09:16:03 +0100
Message-ID: {cid}
In-Reply-To: <5d0e8b7a-3c21-4f96-a4e8-1b7c2d9f0e53@jmd-muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("provider-bounce-mailbox-full-german", "2027-02-08 09:17:12",
      E("bounce", bounced="a.h.farah@mail.example"), "de")
def _(m):
    rcpt = "a.h.farah@mail.example"
    m.head(("From", "Mail Delivery System <mailer-daemon@mail.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<dsn.4Zc2Qm1Xk9z7Lp@mx01.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {rcpt}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Bitte versuchen Sie es später noch einmal oder informieren Sie den
Empfänger auf anderem Weg.

--

This message was created automatically by the mail system.
Your message could not be delivered to {rcpt}: mailbox full.
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.mail.example"),
         ("Arrival-Date", "Mon, 8 Feb 2027 09:16:05 +0100")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded")])
    headers = m.text(_provider_headers(rcpt), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 028 ---------------------------------------------------------------------
# Arabic.  The father registered by his daughter in 002 writes himself: he
# cannot come, his wife comes alone (2 -> 1).  A change of party size.

@mail("haddad-father-drops-out-arabic", "2027-02-09 20:10:44",
      E("change", "samir.haddad@mail.example", "نادية حداد", None, [], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Samir Haddad <samir.haddad@mail.example>"),
           ("To", MSO),
           ("Subject", "تعديل التسجيل - عائلة حداد"),
           ("Date", m.date),
           ("Message-ID", "<1770664244.338172.55310@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

ابنتي ليلى سجّلتني أنا وزوجتي نادية حداد في يوم منظمات المهاجرين. للأسف لن أستطيع الحضور لأن عندي عمل في ذلك اليوم. زوجتي ستأتي وحدها، أي شخص واحد فقط بدلاً من شخصين. مجموعة العمل تبقى كما هي.

شكراً جزيلاً
سمير حداد
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Kurmanji.  She registers herself and her neighbour (2), third group
# ("sêyemîn").  Thunderbird, UTF-8 8bit.

@mail("dogan-self-and-neighbour-kurmanji", "2027-02-10 16:25:09",
      E("registration", "berfin.dogan@mail.example", "Berfîn Doğan",
        "Mala Jinan Münster", ["AG3"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Berfin Dogan <berfin.dogan@mail.example>"),
           ("To", MSO),
           ("Subject", "Tomarkirin MSO-Tag - 2 kes"),
           ("Date", m.date),
           ("Message-ID", "<c4b7e920-1f3a-4e6d-95c8-0a2d7f1b3e64@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Rojbaş,

Ez Berfîn Doğan im, ji komeleya "Mala Jinan Münster". Ez dixwazim xwe û cîrana xwe Gulistan Bozkurt ji bo roja 13ê Adarê tomar bikim. Em ê du kes bin.

Em dixwazin beşdarî koma xebatê ya sêyemîn bibin (piştgiriya darayî û rêveberiya komeleyê), ji ber ku komeleya me hîn nû ye.

Hûn dikarin bersivê bi Almanî jî binivîsin.

Bi silav û rêz
Berfîn
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Advertising from an interpreting agency (other): it speaks of workgroups,
# dates and languages, but registers no one.

LINGUA_TEXT = """Sehr geehrte Veranstalterinnen und Veranstalter,

planen Sie eine Tagung, einen Workshop oder einen Aktionstag mit Teilnehmenden aus vielen Ländern? LinguaBrücke vermittelt geprüfte Dolmetscherinnen und Dolmetscher für über 40 Sprachen, von Arabisch und Dari über Tigrinya bis Ukrainisch.

Unser Angebot für Ihre Frühjahrsveranstaltungen:
• Konsekutivdolmetschen in Arbeitsgruppen ab 49 € pro Stunde
• Flüsterdolmetschen mit Personenführungsanlage
• Übersetzung von Einladungen und Anmeldeformularen in 24 Stunden

Bei Buchung bis zum 28. Februar 2027 erhalten Sie 15 % Frühbucherrabatt.

Jetzt unverbindlich anfragen: https://www.linguabruecke.example/angebot

Mit freundlichen Grüßen
Ihr Team von LinguaBrücke
LinguaBrücke GmbH, Hafenweg 3, 48155 Münster

Sie erhalten diese E-Mail, weil Ihre Adresse in einem öffentlichen Veranstaltungskalender steht. Abmelden: https://www.linguabruecke.example/abmelden"""


def lingua_html(text):
    paras = "".join(f"<p style=\"margin:0 0 12px 0\">{esc(p).replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
            "<title>LinguaBrücke</title></head><body style=\"background:#f4f4f4\">"
            "<table role=\"presentation\" width=\"600\" align=\"center\" "
            "style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px\"><tr><td "
            "style=\"padding:24px\"><img src=\"https://www.linguabruecke.example/img/logo.png\" "
            f"alt=\"LinguaBrücke\" width=\"180\"><br><br>{paras}</td></tr></table></body></html>\n")


@mail("linguabruecke-interpreting-advertising", "2027-02-11 06:00:00", E("other"), "de")
def _(m):
    m.head(("From", "LinguaBrücke Dolmetschdienst <newsletter@linguabruecke.example>"),
           ("To", MSO),
           ("Subject", "Mehrsprachige Veranstaltung geplant? 15 % Frühbucherrabatt bis 28.02."),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.5521.mso-tag@send.linguabruecke.example>"),
           ("List-Unsubscribe", "<https://www.linguabruecke.example/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(LINGUA_TEXT, lingua_html(LINGUA_TEXT))


# -- 031 ---------------------------------------------------------------------
# Turkish.  The sister of the woman registered by her husband in 003 writes:
# group 3 instead of 1, and she comes too (1 -> 2).  The old state
# "(1. çalışma grubu, tek kişi)" is in the new text.  ISO-8859-9 QP.

@mail("aydin-sister-changes-group-and-joins-turkish", "2027-02-12 19:30:51",
      E("change", "sevgi.aydin@mail.example", "Zeynep Çelik", None, ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Sevgi Aydın", "sevgi.aydin@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("Zeynep Çelik'in kaydı hakkında", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<b2e7c0f4-8a13-4d59-9e6b-3c1f5a7d0e92@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

ablam Zeynep Çelik için yazıyorum. Eniştem Murat Bey onu Ocak ayında etkinliğinize kaydettirmişti (1. çalışma grubu, tek kişi).

Ablam fikrini değiştirdi, dernek yönetimi ve destekler konusundaki 3. gruba katılmak istiyor. Ben de onunla gelmek istiyorum, yani 2 kişi olacağız, ikimiz de aynı grupta.

Kaydı buna göre değiştirebilir misiniz? Cevabı bana yazabilirsiniz.

Teşekkürler
Sevgi Aydın
""", charset="iso-8859-9", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# The daughter named in 018 replies to the confirmation with questions about
# arriving late and food: a question, not a change.  iPhone, quote at the end.

SEMHAR_TEXT = """Hallo,

die Bestätigung für meine Eltern ist angekommen, vielen Dank! Meine Eltern haben noch zwei Fragen:

Ist es schlimm, wenn sie erst gegen 11:30 Uhr kommen? Sie sind morgens noch in der Kirche.

Und am 13. März ist bei uns schon Fastenzeit (orthodox). Gibt es beim Imbiss auch etwas Veganes?

Viele Grüße
Semhar Tesfamariam

Von meinem iPhone gesendet"""


@mail("tesfamariam-daughter-question", "2027-02-15 07:50:36",
      E("question", "semhar.tesfamariam@mail.example", "Semhar Tesfamariam", None,
        [], None, "de"), "de")
def _(m):
    cid = conf_id("20270128191058")
    m.head(("From", "Semhar Tesfamariam <semhar.tesfamariam@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3A9E5C12-7F04-4B8D-A621-D0E8B4C7F913@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Tesfamariam Gebremedhin", "AG1", 2)
    m.single(f"""{SEMHAR_TEXT}

> Am 28.01.2027 um 19:11 schrieb {MSO_NAME} <{MSO}>:
>
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Ukrainian.  A choir leader whose registration is not in this set: two more
# women (4 -> "вп'ятьох", 5) and the second group instead of the first.
# Gmail in Ukrainian, quoting the confirmation.

TKACHENKO_CHANGE = """Добрий день!

У нас зміни: до нашого хору приєдналися ще дві жінки, тож ми прийдемо вп'ятьох, а не вчотирьох. І ми вирішили, що краще підемо в другу робочу групу (про майбутнє Мюнстера), бо про школу в нас і так багато зустрічей.

Дякую!
Галина"""

TKACHENKO_ATTR = f"вт, 26 січ. 2027 р. о 18:22 {MSO_NAME} <{MSO}> пише:"
TKACHENKO_QUOTED = confirmation("Галина Ткаченко", "AG1", 4)


@mail("tkachenko-five-women-to-ag2-ukrainian", "2027-02-17 13:00:27",
      E("change", "halyna.tkachenko@mail.example", "Галина Ткаченко", None, ["AG2"], 5, "uk"),
      "uk")
def _(m):
    cid = conf_id("20270126182209")
    m.head(("From", "Галина Ткаченко <halyna.tkachenko@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJm2Yd8xR5uT2qM0pZd7wCa3jLt9fGh6vB1oXiP4kU8zNrF7sW@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{TKACHENKO_CHANGE}\n\n{TKACHENKO_ATTR}\n\n{gt_quote(TKACHENKO_QUOTED)}"
    m.alternative(plain, gmail_html(TKACHENKO_CHANGE, quote=(TKACHENKO_ATTR, TKACHENKO_QUOTED)),
                  style="gmail")


# -- 034 ---------------------------------------------------------------------
# French question: may his newly arrived sister come along, is there French
# interpretation, can one still register after 6 March?

@mail("mbala-question-sister-french", "2027-02-19 21:40:13",
      E("question", "jb.mbala@mail.example", "Jean-Baptiste Mbala",
        "Communauté Congolaise de Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Mbala <jb.mbala@mail.example>"),
           ("To", MSO),
           ("Subject", "Question - journée du 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<20270219214013.Horde.q7Xw2cKp0Yb9mLz4nR3tVe1@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis membre de la Communauté Congolaise de Münster. Ma sœur, qui vient d'arriver en Allemagne, voudrait m'accompagner à la journée du 13 mars, mais elle ne parle pas encore allemand. Est-ce que les ateliers se déroulent uniquement en allemand ? Y a-t-il une traduction en français ?

Et est-ce qu'on peut encore s'inscrire après le 6 mars ?

Merci d'avance,
Jean-Baptiste Mbala
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Somali: a community's Eid invitation sent to many addresses (other).  It
# asks for the number of guests by 7 March, for another event.  HTML only.

EID_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<h2 style="color:#0a6e3f">Martiqaad: Xafladda Ciidda Fitri 2027</h2>
<p>Asalaamu calaykum walaalayaal,</p>
<p>Ururka Bulshada Soomaaliyeed ee Münster wuxuu idinku martiqaadayaa xafladda Ciidda Fitri oo dhici doonta <b>Axadda, 14-ka Maarso 2027</b>, saacadda 14:00 ilaa 19:00, hoolka Stadtteilzentrum Coerde.</p>
<p>Waxaa jiri doona cunto, ciyaaro carruurta iyo gabayo. Fadlan noo sheega inta qof ee imanaysa ilaa 7-da Maarso.</p>
<p>Ciid wanaagsan!<br>Guddiga Ururka</p>
<hr>
<p style="font-size:12px;color:#777">Haddii aadan rabin inaad hesho fariimahan, noo soo qor: info@somali-bulsho-ms.example</p>
</body></html>
"""


@mail("somali-community-eid-invitation", "2027-02-22 14:00:05", E("other"), "so")
def _(m):
    m.head(("From", "Ururka Bulshada Soomaaliyeed Münster <info@somali-bulsho-ms.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Martiqaad: Xafladda Ciidda Fitri 2027"),
           ("Date", m.date),
           ("Message-ID", "<eid2027.0222140005.77@somali-bulsho-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single(EID_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Farsi.  "My mother is ill, she cannot come": a son whose registration of his
# mother is not in this set cancels it.  Gmail in Persian, quoting the
# confirmation (which gives her name in Latin letters).

REZAEI_CANCEL = """سلام،

من ماه پیش مادرم، زهرا رضایی، را برای روز ۱۳ مارس ثبت‌نام کردم. متأسفانه مادرم بیمار شده و دکتر گفته باید چند هفته استراحت کند، برای همین نمی‌تواند بیاید. لطفاً ثبت‌نامش را لغو کنید.

با تشکر و عذرخواهی
امید رضایی"""

REZAEI_ATTR = f"{MSO_NAME} <{MSO}> در تاریخ شنبه ۳۰ ژانویهٔ ۲۰۲۷ ساعت ۱۱:۴۰ نوشت:"
REZAEI_QUOTED = confirmation("Zahra Rezaei", "AG2", 1)


@mail("rezaei-mother-ill-cancels-farsi", "2027-02-24 09:30:18",
      E("cancellation", "omid.rezaei@mail.example", "زهرا رضایی", None, [], None, "fa"), "fa")
def _(m):
    cid = conf_id("20270130114007")
    m.head(("From", "Omid Rezaei <omid.rezaei@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE4hWn9qM4yT1rV2nNd7eX0bA5fF3kHg8wC6oUiP0xS4vZtD9m@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{REZAEI_CANCEL}\n\n{REZAEI_ATTR}\n\n{gt_quote(REZAEI_QUOTED)}"
    m.alternative(plain, gmail_html(REZAEI_CANCEL, rtl=True, quote=(REZAEI_ATTR, REZAEI_QUOTED)),
                  cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# A colleague of the social worker of 012 cancels her whole group (4): she is
# ill.  The old registration "(AG 2, 4 Personen)" is in his text.  Outlook,
# HTML only, windows-1252.

REKER_TEXT = """Sehr geehrte Damen und Herren,

meine Kollegin Stephanie Brand hatte sich im Januar mit drei Frauen aus unserem Frauencafé für den MSO-Tag angemeldet (AG 2, 4 Personen). Frau Brand ist leider für längere Zeit erkrankt, und die drei Frauen möchten ohne ihre Begleitung nicht kommen. Ich selbst kann die Gruppe an dem Samstag nicht übernehmen.

Ich muss die Anmeldung deshalb in ihrem Namen absagen. Bitte geben Sie die vier Plätze gern an andere weiter.

Mit freundlichen Grüßen

Jonas Reker
Flüchtlingsberatung
Diakonie Münster"""


@mail("reker-cancels-for-ill-colleague", "2027-03-01 08:05:49",
      E("cancellation", "jonas.reker@diakonie-ms.example", "Stephanie Brand",
        "Diakonie Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Reker, Jonas" <jonas.reker@diakonie-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Absage MSO-Tag: Frauencafé der Diakonie (Anmeldung Frau Brand)"),
           ("Thread-Topic", "Absage MSO-Tag: Frauencafé der Diakonie (Anmeldung Frau Brand)"),
           ("Thread-Index", "AdtsD1kP9nQ2o7WcR3yL0vXbT6a5EwB3kQrm"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB20953D8E6F0A2B91@FR2P281MB2095.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(REKER_TEXT, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Russian.  The wife of the chairman registered in 007 cancels for him: he is
# in hospital.  A new mail from her own address.  KOI8-R, 8bit.

@mail("grinberg-wife-cancels-russian", "2027-03-04 15:20:40",
      E("cancellation", "larisa.grinberg@mail.example", "Виктор Гринберг", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Лариса Гринберг", "larisa.grinberg@mail.example", "koi8-r", "q")),
           ("To", MSO),
           ("Subject", ew("Отмена участия - В. Гринберг", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1772634040.118203.40961@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я жена Виктора Гринберга. Мой муж, Виктор Гринберг, был зарегистрирован на 13 марта, но, к сожалению, он сейчас в больнице и прийти не сможет. Пожалуйста, отмените его регистрацию.

Сам он сейчас писать не может, поэтому пишу я. Спасибо за понимание.

С уважением,
Лариса Гринберг
""", charset="koi8-r", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# An association's mailbox answers the 7-day reminder automatically, in German
# and Bosnian.  Only X-Autoreply marks it; the subject is an ordinary "Re:".

@mail("bhkv-autoreply-to-reminder", "2027-03-06 10:00:41", E("auto_reply"), "de")
def _(m):
    rid = "<erinnerung.20270306100012.7d@muenster.example>"
    m.head(("From", '"Bosnisch-Herzegowinischer Kulturverein Münster" <info@bhkv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772787641.3301@bhkv-muenster.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Dies ist eine automatische Antwort.

Vielen Dank für Ihre Nachricht. Während des Ramadan ist unser Büro nur mittwochs von 17 bis 19 Uhr besetzt. Wir melden uns so bald wie möglich.

Ovo je automatski odgovor. Hvala na poruci. Tokom ramazana naša kancelarija radi samo srijedom od 17 do 19 sati.

Bosnisch-Herzegowinischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Spanish.  The president registered by the secretary in 017 cancels for
# herself and the treasurer, from her own address.  Outlook, alternative.

ROJAS_CANCEL = """Estimadas y estimados:

Nuestra secretaria, Lucía Fernández, nos inscribió a mí y a nuestro tesorero Andrés Villalba para el sábado 13 de marzo. Lamentablemente tengo que viajar de urgencia a Bolivia por un asunto familiar, y Andrés no quiere ir solo. Por favor, cancelen la inscripción de los dos.

Disculpen las molestias y muchas gracias por todo.

Gabriela Rojas Medina
Presidenta
Casa Latina Münster e.V."""


@mail("rojas-president-cancels-both-spanish", "2027-03-09 10:45:02",
      E("cancellation", "gabriela.rojas@mail.example", "Gabriela Rojas Medina",
        "Casa Latina Münster e.V.", [], None, "es"), "es")
def _(m):
    m.head(("From", "Gabriela Rojas Medina <gabriela.rojas@mail.example>"),
           ("To", MSO),
           ("Subject", "Cancelación - Día de las MSO"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB21760C4A9E7D3F28@PAXP193MB2176.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.alternative(ROJAS_CANCEL, outlook_html(ROJAS_CANCEL, lang="ES"), style="outlook")


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


def decoded_text(msg):
    """Decoded headers and text of a message, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WGS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("bad party_size for change")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email must be lower-case and present")
        elif em not in text.lower():
            problems.append(f"email {em} not in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
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
    for h in ("From", "Subject", "Reply-To"):
        raw = msg.get(h)
        if raw is not None:
            dec = str(make_header(decode_header(str(raw))))
            if "\ufffd" in dec or "\ufffd" in str(raw):
                problems.append(f"{h} does not decode cleanly")
    if m.subject is not None:
        want_subject = str(make_header(decode_header(m.subject))) if "=?" in m.subject else m.subject
        got_subject = str(make_header(decode_header(str(msg["Subject"]))))
        if got_subject != want_subject or str(msg["Subject"]) != want_subject:
            problems.append(f"Subject decodes to {got_subject!r}, not {want_subject!r}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jan - 12 Mar 2027")
    got_leaves = list(leaves(msg))
    want = m.intended
    if len(got_leaves) != len(want):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(want)}")
    for i, (part, w) in enumerate(zip(got_leaves, want)):
        if isinstance(w, bytes):
            if part.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = part.get_content_charset() or "us-ascii"
        try:
            strict = part.get_payload(decode=True).decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode in {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
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
    print("text language x kind:")
    for lang in sorted({t for t, _ in table}):
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}")
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
    # every mail comes from a different person or system
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders = {a.lower() for _, a in getaddresses([str(msg.get(h, "")) for h in ("From", "Reply-To")]) if a}
        for a in senders:
            if a in seen:
                print(f"{name}: sender {a} already wrote {seen[a]}")
                bad += 1
            seen[a] = name
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
