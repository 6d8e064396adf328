#!/usr/bin/env python3
"""Build the "final14f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

The event is the Familienkonferenz Münster-Nord 2027 (see config.toml): a district's
conference of migrant parents' associations with five workshops FK1..FK5, children
welcome, childcare during the morning.  The writers are parents and families.

Every mail text below is written by hand, one mail at a time.  This script only wraps
the texts in MIME with the standard `email` package, writes the files, and reads every
file back with email.policy.default to check it (no defects, every text part decodes in
its declared charset to exactly the written text, lines <= 998 octets, rising dates,
example domains only, labels well formed and consistent with the mail).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Python 3.11, standard library only.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FK = "familienkonferenz@muenster.example"
FK_NAME = "Familienkonferenz Münster-Nord"
TO_FK = f"{FK_NAME} <{FK}>"
INVITATION_ID = "<einladung-familienkonferenz-2027.20270914140005@muenster.example>"
REMINDER_ID = "<erinnerung-familienkonferenz-2027.20271030100002@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKSHOP_IDS = ("FK1", "FK2", "FK3", "FK4", "FK5")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "fa", "ti")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset` when
    given (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
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


def berlin_offset(when):
    """UTC offset in hours of Europe/Berlin for a naive local time in 2027
    (summer time until Sunday 31 October 2027, 03:00)."""
    return 2 if when < datetime.datetime(2027, 10, 31, 3, 0) else 1


def berlin_local(aware):
    """The same instant in Europe/Berlin local time (2027: summer time ends
    Sunday 31 October, 01:00 UTC)."""
    utc = aware.astimezone(datetime.timezone.utc)
    end = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)
    hours = 2 if utc < end else 1
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=hours)))


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
        msg.set_raw("Delivered-To", FK)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            local = berlin_local(self.when + datetime.timedelta(seconds=3))
            arrival = format_datetime(local)
            zone = "CEST" if local.utcoffset() == datetime.timedelta(hours=2) else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FK}>; {arrival} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name in ("Subject", "Thread-Topic"):
                # as mail clients do: the whole subject in UTF-8 encoded words
                cs = Charset("utf-8")
                cs.header_encoding = BASE64 if _h(self.slug, "subj")[0] in "01234567" else QP
                msg.set_raw(name, Header(value, cs, header_name=name)
                            .encode(linesep="\n", maxlinelen=76))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
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
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
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
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
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


def make_png(width=48, height=48):
    """A small RGB PNG: a yellow sun on light blue (a logo for a newsletter)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            d = (x - 24) ** 2 + (y - 24) ** 2
            row += bytes((250, 200, 40) if d < 150 else (200, 230, 250))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# HTML flavours of mail clients
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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
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


def outlook_html(text, charset="windows-1252"):
    out = [mso_p(line) for line in text.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail: the new text, then div.gmail_quote with the attribution and a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div{d} class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zur Familienkonferenz Münster-Nord am 6. November 2027"

INVITATION = """Liebe Eltern, liebe Familien, liebe Elternvereine,

das Netzwerk migrantischer Elternvereine Münster-Nord und das Kommunale
Integrationszentrum laden Sie herzlich zur ersten Familienkonferenz im
Stadtbezirk Nord ein.

Wann: Samstag, 6. November 2027, 10:00 bis 16:00 Uhr
Wo:   Haus der Familie Kinderhaus, Sprakeler Straße 12, 48159 Münster

Programm
10:00  Ankommen und Frühstück
10:30  Begrüßung und Impuls „Familien in der Einwanderungsgesellschaft“
11:15  Workshops (parallel, bis 13:00)
13:00  Gemeinsames Mittagessen
14:00  Markt der Elternvereine und Familiennachmittag (bis 16:00)

Workshops
Workshop 1: Von der Kita in die Grundschule – Übergänge gut begleiten
Workshop 2: Mehrsprachig aufwachsen – Herkunftssprache und Deutsch
Workshop 3: Das Schulsystem in NRW verstehen – wie geht es nach der
            Grundschule weiter?
Workshop 4: Handy, Tablet, Games – Medienerziehung in der Familie
Workshop 5: Elternvereine stärken – Mitwirkung in Schule und Stadtteil

Kinder sind herzlich willkommen! Während Impuls und Workshops (10:30 bis
13:00 Uhr) gibt es im Haus eine kostenlose Kinderbetreuung für Kinder von
1 bis 12 Jahren. Babys können selbstverständlich bei Ihnen bleiben.
Jugendliche ab 13 Jahren können gern selbst an einem Workshop teilnehmen.
Am Nachmittag gibt es Programm für die ganze Familie.

In den Workshops übersetzen Sprachmittlerinnen und Sprachmittler auf
Türkisch, Arabisch, Russisch/Ukrainisch, Dari/Farsi und Tigrinya.

Bitte melden Sie sich bis Freitag, 29. Oktober 2027, per E-Mail an
familienkonferenz@muenster.example an und schreiben Sie uns:
- Ihren Namen und ggf. Ihren Elternverein,
- Ihren Workshop (gern mit Zweitwunsch),
- wie viele Erwachsene teilnehmen,
- wie viele Kinder (mit Alter) in die Kinderbetreuung kommen.

Die Teilnahme, die Kinderbetreuung und das Essen sind kostenlos.

Herzliche Grüße
Netzwerk migrantischer Elternvereine Münster-Nord
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Familienkonferenz Münster-Nord 2027"

WS_LINE = {
    "FK1": "Workshop 1: Von der Kita in die Grundschule – Übergänge gut begleiten",
    "FK2": "Workshop 2: Mehrsprachig aufwachsen – Herkunftssprache und Deutsch",
    "FK3": "Workshop 3: Das Schulsystem in NRW verstehen – wie geht es nach der Grundschule weiter?",
    "FK4": "Workshop 4: Handy, Tablet, Games – Medienerziehung in der Familie",
    "FK5": "Workshop 5: Elternvereine stärken – Mitwirkung in Schule und Stadtteil",
}


def confirmation(name, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in a bounce)."""
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zur Familienkonferenz Münster-Nord 2027
am Samstag, 6. November 2027, 10:00 bis 16:00 Uhr, im Haus der Familie
Kinderhaus, Sprakeler Straße 12, 48159 Münster.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, etwas ändern oder absagen? Antworten Sie
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Familienkonferenz Münster-Nord
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, name, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FK
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


REMINDER_SUBJECT = "Erinnerung: Familienkonferenz Münster-Nord am 6. November"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Postfix bounce of the invitation itself (sent in Bcc to the associations'
# addresses), multipart/report with text/rfc822-headers; English.

REGENBOGEN = "vorstand@elternverein-regenbogen.example"


@mail("postfix-bounce-invitation-user-unknown", "2027-09-14 14:01:12",
      E("bounce", bounced=REGENBOGEN), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", FK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270914120112.7E3B21C0051@mail.muenster.example>"),
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

<{REGENBOGEN}>: host
    mx.elternverein-regenbogen.example[198.51.100.44] said: 550 5.1.1
    <{REGENBOGEN}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4F2A81C0042"),
         ("X-Postfix-Sender", f"rfc822; {FK}"),
         ("Arrival-Date", "Tue, 14 Sep 2027 14:00:05 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {REGENBOGEN}"),
         ("Original-Recipient", f"rfc822;{REGENBOGEN}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.elternverein-regenbogen.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{REGENBOGEN}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    headers = m.text(f"""Return-Path: <{FK}>
Received: from [192.0.2.10] (unknown [192.0.2.10])
	by mail.muenster.example (Postfix) with ESMTPSA id 4F2A81C0042;
	Tue, 14 Sep 2027 14:00:05 +0200 (CEST)
From: {ew(FK_NAME)} <{FK}>
To: {FK}
Subject: {ew(INVITATION_SUBJECT)}
Date: Tue, 14 Sep 2027 14:00:05 +0200
Message-ID: {INVITATION_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 002 ---------------------------------------------------------------------
# Out-of-office of a school social worker, answering the invitation; it has
# Auto-Submitted and an "Abwesenheitsnotiz:" subject.  German, iso-8859-1 QP.

@mail("schulsozialarbeit-abwesenheitsnotiz", "2027-09-14 14:02:40",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Schulsozialarbeit GS Kinderhaus <schulsozialarbeit@gs-kinderhaus.example>"),
           ("To", FK),
           ("Subject", ew("Abwesenheitsnotiz: " + INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789214560.40211.autoreply@gs-kinderhaus.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag,
24.09.2027, mit der Klasse 4b auf Klassenfahrt und lese meine E-Mails
erst danach wieder.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der
Grundschule Kinderhaus, Tel. 0251 20 81 30.

Mit freundlichen Grüßen
Anja Terhorst
Schulsozialarbeit
""", charset="iso-8859-1", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five workshops appear in
# the quote).  "2 Erwachsene und 3 Kinder": the three go to the childcare and
# take no workshop seat -> 2.  Workshop 3 for both parents.  format=flowed.

@mail("yilmaz-two-adults-three-children", "2027-09-14 16:52:09",
      E("registration", "h.yilmaz@dt-elternbund.example", "Hatice Yılmaz",
        "Deutsch-Türkischer Elternbund Münster-Nord e.V.", ["FK3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hatice Yılmaz <h.yilmaz@dt-elternbund.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3b7e0c52-9a14-4f0b-8d61-c2f5a7e90d13@dt-elternbund.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

wir melden uns gern für die Familienkonferenz an. Wir sind 2 Erwachsene
und 3 Kinder: Ela (9), Deniz (6) und Aras (2). Die drei würden in die
Kinderbetreuung gehen, Aras ist ja schon über 1.

Mein Mann Kerem und ich möchten zusammen in den Workshop 3, weil Ela
übernächstes Jahr auf die weiterführende Schule wechselt und wir ehrlich
gesagt noch gar keinen Durchblick haben, was Gesamtschule und was
Gymnasium bedeutet.

Viele Grüße
Hatice Yılmaz
Deutsch-Türkischer Elternbund Münster-Nord e.V.

Am 14.09.27 um 14:00 schrieb {FK_NAME}:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable.  Wife and husband, two children (3, 7)
# in the childcare -> 2.  "2. atölye" = Workshop 2.

@mail("dogan-turkish-couple-children-childcare", "2027-09-15 21:33:47",
      E("registration", "serkandogan78@mail.example", "Serkan Doğan",
        "Münster-Nord Türk Veliler Derneği", ["FK2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serkan Doğan", "serkandogan78@mail.example", "iso-8859-9")),
           ("To", FK),
           ("Subject", ew("Aile konferansı kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAJx8r2Hq5Tz0pLw3nB7vKd1yM4sFe9gUa6cR2oXi8bN5tWq1Ev@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Familienkonferenz'a eşim Gülay ile birlikte katılmak istiyoruz. İki
çocuğumuz var, 3 ve 7 yaşında; onlar çocuk bakımına (Kinderbetreuung)
gidecek.

Biz ikimiz 2. atölyeye (çok dilli büyümek, Mehrsprachigkeit) katılmak
istiyoruz. Evde Türkçe konuşuyoruz ama çocuklar hep Almanca cevap veriyor,
bu konuyu çok merak ediyoruz.

Şimdiden teşekkürler.

Saygılarımla
Serkan Doğan
Münster-Nord Türk Veliler Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# iPhone, short.  "Ich komme mit meinem Baby": the baby stays with her in the
# carrier -> 1.  "Workshop Kita" = alias of FK1.  The older son stays home.

@mail("markovic-baby-in-carrier-iphone", "2027-09-16 11:04:25",
      E("registration", "jelena.markovic@icloud.example", "Jelena Marković",
        None, ["FK1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jelena Marković <jelena.markovic@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("Message-Id", "<A4E1C7B9-6D20-4F83-9B5A-1E0C3D7F2A68@icloud.example>"),
           ("Date", m.date),
           ("To", FK),
           ("Subject", "Anmeldung Familienkonferenz"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hallo,

ich möchte mich für den Workshop Kita anmelden. Unser Großer (5) kommt nächsten Sommer in die Schule und ich habe dazu viele Fragen. Er bleibt an dem Tag bei Oma.

Ich komme mit meinem Baby (Mila, 5 Monate), sie bleibt bei mir in der Trage. Kinderbetreuung brauchen wir also nicht.

Liebe Grüße
Jelena Marković

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with right-to-left HTML, base64.
# "أنا وزوجتي" = my wife and I -> 2; "ابننا عمره ٤ سنوات" is an age (4, in
# Arabic-Indic digits), not a count.  "ورشة العمل الأولى" = the first workshop.

ALHASSAN_TEXT = """السلام عليكم ورحمة الله،

أودّ أن أسجّل أنا وزوجتي في مؤتمر العائلات (Familienkonferenz) يوم السبت ٦ تشرين الثاني/نوفمبر.
ابننا عمره ٤ سنوات، وسيكون في رعاية الأطفال أثناء الورشات.
نرغب في المشاركة في ورشة العمل الأولى (من الروضة إلى المدرسة الابتدائية)، لأن ابننا سيدخل المدرسة بعد سنتين ونريد أن نستعدّ مبكراً.

مع الشكر والتقدير
خالد الحسن
Khaled Al-Hassan
Syrischer Familienverein Münster e.V."""


@mail("alhassan-arabic-son-is-four", "2027-09-17 19:45:02",
      E("registration", "k.alhassan@mail.example", "Khaled Al-Hassan",
        "Syrischer Familienverein Münster e.V.", ["FK1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Hassan <k.alhassan@mail.example>"),
           ("To", FK),
           ("Subject", "تسجيل في مؤتمر العائلات"),
           ("Date", m.date),
           ("Message-ID", "<CAGd4kP0wX2yQ7mN9bV5cL3hZ8rT1sJ6fE4aU0oK2iB7nM9qW3c@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# English, Gmail alternative.  "My husband and I ... the kids go to the
# childcare" -> 2.  One workshop per adult: she takes Workshop 4, her husband
# Workshop 3; workgroups are the writer's own choice only.  A question about
# snacks rides along.

EZE_TEXT = """Hi there,

My husband and I would love to come to the Familienkonferenz on 6 November. The kids go to the childcare – they're 6 and 3, and both are fine with new people after the first five minutes :)

We thought we'd split up so we get more out of the day: I'd like to join Workshop 4 (media), and my husband Emeka would prefer the one about the school system (no. 3). Our eldest has just started Grundschule and everyone at the school gate is already talking about Gymnasium.

Is it okay if we bring our own snacks for the little one? He's allergic to nuts.

Thanks so much,
Chioma Eze-Bauer
Nigerian Parents' Forum Münster"""


@mail("eze-bauer-english-one-workshop-each", "2027-09-18 10:02:31",
      E("registration", "chioma.ezebauer@gmail.example", "Chioma Eze-Bauer",
        "Nigerian Parents' Forum Münster", ["FK4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chioma Eze-Bauer <chioma.ezebauer@gmail.example>"),
           ("To", FK),
           ("Subject", "Registration – Familienkonferenz 6 Nov"),
           ("Date", m.date),
           ("Message-ID", "<CAB7tQw3nR5vZ1xL8mK0pD2sF6hJ9gY4cU7eA3oI5bN1rT8yW6q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, gmail_html(EZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit, from a grandmother who brings her grandson (6) to the
# childcare -> 1.  She asks whether to count the boy; the invitation and the
# labelling count workshop seats only.  "семинар ... номер 2" = Workshop 2.

@mail("kuznetsova-russian-grandmother-koi8r", "2027-09-20 09:15:10",
      E("registration", "valya.kuznetsova@yandex.example", "Валентина Кузнецова",
        None, ["FK2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Валентина Кузнецова", "valya.kuznetsova@yandex.example", "koi8-r", "b")),
           ("To", FK),
           ("Subject", ew("Регистрация на конференцию 6 ноября", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<2184561789.20270920091510@yandex.example>"),
           ("X-Mailer", "The Bat! (v10.4.5) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Валентина Кузнецова, я бабушка. Мой внук Миша (ему 6 лет)
по субботам у меня, потому что дочь работает в больнице. Я хотела бы
прийти на семинар про двуязычие (номер 2). У нас дома говорят
по-русски, а учительница говорит, что Миша плохо знает немецкий.
Хочу разобраться, что нам делать.

Мишу я возьму с собой, он пойдёт в детскую группу.

Записывать нас двоих или только меня? Немецкий я понимаю, но пишу
плохо, поэтому пишу по-русски.

С уважением,
Валентина Кузнецова
""", charset="koi8-r", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Question only, learner German: may a 10-month-old go to the childcare?
# She will register afterwards.

SULTANI_TEXT = """Hallo,

ich habe die Einladung von Familienkonferenz bekommen von Elterncafe in Kita. Ich möchte gerne kommen aber ich habe Frage.
Meine Tochter ist 10 Monate alt. Kann sie in Kinderbetreuung oder ist nur ab 1 Jahr? Sie trinkt noch Milch und schläft um 11 Uhr.
Wenn nicht geht, darf ich mit ihr in Workshop sitzen? Dann melde ich mich an.

Danke
Mariam Sultani"""


@mail("sultani-question-baby-ten-months", "2027-09-21 22:48:33",
      E("question", "mariam.sultani@web.example", "Mariam Sultani", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Mariam Sultani <mariam.sultani@web.example>"),
           ("To", FK),
           ("Subject", "Frage Kinderbetreung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8c2f4a1e-5b7d-4e90-a3c6-0d9e1f2b7a54-1789764513220@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.alternative(SULTANI_TEXT, div_html(SULTANI_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ukrainian, UTF-8 base64 from a webmailer.  She comes alone with two children
# (5 and 9) for the childcare -> 1; Workshop 3; plus a question about the
# childcare languages (still a registration).

@mail("melnyk-ukrainian-two-children-question", "2027-09-22 13:30:19",
      E("registration", "oksana.melnyk@ukr.example", "Оксана Мельник",
        None, ["FK3"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Мельник <oksana.melnyk@ukr.example>"),
           ("To", FK),
           ("Subject", "Реєстрація Familienkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<1789817419.582044.31337@frv54.ukr.example>"),
           ("X-Mailer", "UKR.NET Web Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Хочу зареєструватися на Familienkonferenz 6 листопада. Я прийду сама з двома дітьми, їм 5 і 9 років, обоє підуть до дитячої кімнати (Kinderbetreuung).

Мене цікавить воркшоп 3 про шкільну систему, бо старший наступного року переходить до Gymnasium або Realschule, а я досі не розумію різниці.

І ще питання щодо догляду за дітьми: чи будуть там люди, які говорять українською або російською? Молодший ще погано говорить німецькою і може плакати, якщо його не розуміють.

Дякую!
Оксана Мельник
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Dari (Afghan Persian: کلان, اولاد, اشتراک کردن, پدرکلان), Gmail alternative,
# base64, Persian digits.  "سه نفر کلان" = three adults (he, his wife, his
# father, the children's grandfather) -> 3; two children (4, 9) in the
# childcare.  "ورکشاپ شماره ۲" = Workshop 2.

NOORI_TEXT = """سلام علیکم،

ما می‌خواهیم در کنفرانس فامیل‌ها (Familienkonferenz) روز شنبه ۶ نوامبر اشتراک کنیم.
ما سه نفر کلان هستیم: من، خانمم و پدرم (پدرکلان اولادها). دو اولاد ما ۴ و ۹ ساله هستند و به مراقبت اطفال (Kinderbetreuung) می‌روند.
هر سه نفر ما در ورکشاپ شماره ۲ (دو زبانه کلان شدن – زبان مادری و آلمانی) اشتراک می‌کنیم. پدرم آلمانی نمی‌فهمد، خوب است که ترجمه دری هم است.

تشکر زیاد
احمد شاه نوری
Ahmad Shah Noori
Afghanischer Kulturverein Münster-Nord"""


@mail("noori-dari-three-adults-grandfather", "2027-09-23 20:11:54",
      E("registration", "ahmadshah.noori@gmail.example", "Ahmad Shah Noori",
        "Afghanischer Kulturverein Münster-Nord", ["FK2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Ahmad Shah Noori <ahmadshah.noori@gmail.example>"),
           ("To", FK),
           ("Subject", "ثبت نام کنفرانس فامیل‌ها"),
           ("Date", m.date),
           ("Message-ID", "<CAOq3nW8yT1xR5vL0pZ7mK4cB9sJ2hF6gD3eU8aN1iQ5wX7rY0t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOORI_TEXT, gmail_html(NOORI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), UTF-8 8bit.  "ኣነን ሰብኣየይ ዮናስን" = I and my husband
# Yonas -> 2; a boy of 3 and a girl of 6 go to the childcare.  Workshop 1.

@mail("tesfamariam-tigrinya-couple", "2027-09-24 18:05:40",
      E("registration", "senait.tesfamariam@webpost.example", "Senait Tesfamariam",
        None, ["FK1"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Tesfamariam <senait.tesfamariam@webpost.example>"),
           ("To", FK),
           ("Subject", "ምዝገባ Familienkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<1790265940.118273@mx01.webpost.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፡

ኣነን ሰብኣየይ ዮናስን ናብ Familienkonferenz ክንመጽእ ንደሊ ኢና።
ክልተ ቆልዑ ኣለዉና፡ ወዲ 3 ዓመትን ጓል 6 ዓመትን። ንሳቶም ናብ ክንክን ቆልዑ (Kinderbetreuung) ክኸዱ እዮም።
ንሕና ኣብ Workshop 1 (ካብ Kita ናብ ቤት ትምህርቲ) ክንሳተፍ ንደሊ።

የቐንየልና
ሰናይት ተስፋማርያም
Senait Tesfamariam
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# The confirmation for 012 bounces a minute later: mailbox full (5.2.2),
# German and English notice, the confirmation attached as message/rfc822.

SENAIT = "senait.tesfamariam@webpost.example"


@mail("webpost-bounce-mailbox-full", "2027-09-24 18:06:22",
      E("bounce", bounced=SENAIT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.webpost.example>"),
           ("To", FK),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<dsn.1790265982.77120@mx01.webpost.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erzeugte Nachricht des Mailsystems von webpost.example.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {SENAIT}

Grund: Das Postfach des Empfängers ist voll. Der Empfänger muss zuerst
Nachrichten löschen, bevor neue E-Mails zugestellt werden können.

--- English ---

This is an automatically generated message from the webpost.example mail system.

Your message could not be delivered to the following recipient:

    {SENAIT}

Reason: the recipient's mailbox is full (quota exceeded).

552 5.2.2 Mailbox full
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.webpost.example"),
         ("Arrival-Date", "Fri, 24 Sep 2027 18:06:16 +0200")],
        [("Final-Recipient", f"rfc822; {SENAIT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full (quota exceeded)")])
    original = confirmation_message(
        f"Senait Tesfamariam <{SENAIT}>", "Senait Tesfamariam", "FK1", 2,
        "Fri, 24 Sep 2027 18:06:15 +0200", "<mailbot.20270924180615.3c9a@muenster.example>",
        "<1790265940.118273@mx01.webpost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252 QP, sent from the association's
# shared mailbox with a personal Reply-To.  Three board members, no children
# -> 3.  First choice Workshop 5, second Workshop 3.  An info-stand question.

DEMIR_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich für das Elternnetzwerk Coerde e.V. drei Personen aus unserem Vorstand zur Familienkonferenz an: Frau Nesrin Kaplan, Herrn Mustafa Erdem und mich. Unsere Kinder sind inzwischen aus dem Betreuungsalter heraus, wir kommen also ohne Kinder.

Erstwunsch: Workshop 5 (Elternvereine stärken)
Zweitwunsch: Workshop 3

Für den Markt der Elternvereine am Nachmittag würden wir gern unseren Infostand mitbringen. Ist dort ein Tisch vorhanden, oder sollen wir einen eigenen mitbringen?

Mit freundlichen Grüßen

Fatma Demir
1. Vorsitzende
Elternnetzwerk Coerde e.V.
Hamannplatz 40 · 48157 Münster
Tel. 0251 14 93 62"""


@mail("demir-outlook-board-three-adults", "2027-09-27 10:40:03",
      E("registration", "f.demir@elternnetzwerk-coerde.example", "Fatma Demir",
        "Elternnetzwerk Coerde e.V.", ["FK5", "FK3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Elternnetzwerk Coerde e.V. <info@elternnetzwerk-coerde.example>"),
           ("To", TO_FK),
           ("Reply-To", "Fatma Demir <f.demir@elternnetzwerk-coerde.example>"),
           ("Subject", "Anmeldung Familienkonferenz - Elternnetzwerk Coerde (3 Personen)"),
           ("Thread-Topic", "Anmeldung Familienkonferenz - Elternnetzwerk Coerde (3 Personen)"),
           ("Thread-Index", "AdwvM2kQ8r1e4T5yU6iO7pA8sD9fGg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB84127C3E5A1F0B2D9E6A4C7B8F1D2E3A@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, outlook_html(DEMIR_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Turkish typed on a phone without Turkish letters, us-ascii 7bit.  He can
# only come in the morning (work at 13:00) - the workshops end at 13:00, so
# this is an ordinary registration; alone -> 1; "Medya atolyesi (4 numara)".

@mail("kilic-turkish-morning-only-phone", "2027-09-28 07:12:44",
      E("registration", "murat.kilic34@mail.example", "Murat Kılıç",
        None, ["FK4"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Murat Kılıç", "murat.kilic34@mail.example", "utf-8", "b")),
           ("To", FK),
           ("Subject", "kayit"),
           ("Date", m.date),
           ("Message-ID", "<CAHk2mQ7vR0wN4xT9pL1zB6cY3sJ8fD5gE2aU7oK4iM9nW1qX6r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba
Ben sadece sabah gelebilirim, saat 13te ise gitmem lazim. Medya atolyesine (4 numara) katilmak istiyorum, tek kisiyim. Cocuklar annesiyle evde kalacak.
Ogle yemegine kalamam maalesef
Murat
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Newsletter of another institution (other): courses with childcare and
# "jetzt anmelden"; multipart/related with an inline logo, List-Unsubscribe.

FBS_TEXT = """Familienbildungsstätte Münster – Newsletter Oktober 2027

Liebe Eltern, liebe Familien,

unser Herbst- und Winterprogramm ist da! Eine Auswahl:

• Babymassage (ab 6 Wochen) – donnerstags, 9:30 Uhr, ab 7. Oktober
• Eltern-Kind-Gruppe „Krabbelkäfer“ (1–3 Jahre) – montags und mittwochs
• Elternkurs „Gelassen durch die Trotzphase“ – 4 Abende ab 19. Oktober
• Offener Elternabend „Mein Kind und das erste Smartphone“ – 11. November, 19:30 Uhr

Für viele Kurse bieten wir parallel eine Kinderbetreuung an. Die Plätze sind begrenzt – bitte melden Sie sich rechtzeitig online an: https://fbs-muenster.example/programm

Herzliche Grüße
Ihr Team der Familienbildungsstätte Münster

Sie erhalten diesen Newsletter, weil Sie ihn auf fbs-muenster.example bestellt haben.
Abbestellen: https://fbs-muenster.example/newsletter/abmelden?id=7f3a2c"""

FBS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Oktober 2027</title></head>
<body style="margin:0;background:#f4f1ea;font-family:Arial,Helvetica,sans-serif;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" role="presentation" style="background:#ffffff;">
<tr><td><img src="cid:logo-fbs@fbs-muenster.example" width="48" height="48" alt="FBS"> <b style="font-size:20px;">Familienbildungsstätte Münster</b><br><span style="color:#888;">Newsletter Oktober 2027</span></td></tr>
<tr><td>
<p>Liebe Eltern, liebe Familien,</p>
<p>unser Herbst- und Winterprogramm ist da! Eine Auswahl:</p>
<ul>
<li><b>Babymassage</b> (ab 6 Wochen) – donnerstags, 9:30 Uhr, ab 7. Oktober</li>
<li><b>Eltern-Kind-Gruppe „Krabbelkäfer“</b> (1–3 Jahre) – montags und mittwochs</li>
<li><b>Elternkurs „Gelassen durch die Trotzphase“</b> – 4 Abende ab 19. Oktober</li>
<li><b>Offener Elternabend „Mein Kind und das erste Smartphone“</b> – 11. November, 19:30 Uhr</li>
</ul>
<p>Für viele Kurse bieten wir parallel eine Kinderbetreuung an. Die Plätze sind begrenzt – bitte melden Sie sich rechtzeitig online an:</p>
<p><a href="https://fbs-muenster.example/programm" style="background:#2e7d5b;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Zum Programm</a></p>
<p>Herzliche Grüße<br>Ihr Team der Familienbildungsstätte Münster</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;">Sie erhalten diesen Newsletter, weil Sie ihn auf fbs-muenster.example bestellt haben. <a href="https://fbs-muenster.example/newsletter/abmelden?id=7f3a2c">Abbestellen</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("fbs-newsletter-other", "2027-09-29 16:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Familienbildungsstätte Münster <newsletter@fbs-muenster.example>"),
           ("To", FK),
           ("Subject", "Herbstprogramm: Babymassage, Eltern-Kind-Gruppen und Elternabende – jetzt anmelden"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-10.7f3a2c.40417@news.fbs-muenster.example>"),
           ("List-Unsubscribe", "<https://fbs-muenster.example/newsletter/abmelden?id=7f3a2c>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(FBS_TEXT, FBS_HTML, charset="utf-8", cte="quoted-printable", top=False)
    logo = m.binary(make_png(), "image", "png", "logo-fbs.png", disposition="inline")
    logo["Content-ID"] = "<logo-fbs@fbs-muenster.example>"
    m.multi("related", [alt, logo], params={"type": "multipart/alternative"})


# -- 017 ---------------------------------------------------------------------
# A child registers a parent: Lina (14) writes for her mother Rania, who has
# no e-mail address, and comes along to interpret in the workshop (from 13
# teenagers may take part) -> 2; her brother (5) goes to the childcare.
# name = the mother (the attendee the mail registers); email = Lina's, where
# she asks the confirmation to go.

@mail("haj-ali-daughter-registers-mother", "2027-09-30 21:50:17",
      E("registration", "lina.hajali@gmail.example", "Rania Haj Ali",
        None, ["FK1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Lina <lina.hajali@gmail.example>"),
           ("To", FK),
           ("Subject", "anmeldung für meine mama"),
           ("Date", m.date),
           ("Message-ID", "<CAPw5rT8nQ2yX0vL7mZ4kB1cS9hJ3fG6dE8aU2oN5iR0tW7qY4x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

ich bin Lina, ich bin 14 und schreibe für meine Mama, weil sie noch nicht so gut Deutsch schreiben kann. Sie heißt Rania Haj Ali und möchte gerne zur Familienkonferenz kommen, in den Workshop 1 (Kita und Grundschule). Mein kleiner Bruder Yazan ist 5 und kommt nächsten Sommer in die Schule.

Ich komme auch mit und übersetze für sie im Workshop, das mache ich beim Elternsprechtag auch immer. Yazan kann dann in die Kinderbetreuung.

Können Sie die Bestätigung bitte an diese Mail schicken? Meine Mama hat keine eigene.

Danke!!
Lina Haj Ali"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 018 ---------------------------------------------------------------------
# Arabic, Yahoo alternative, UTF-8 QP.  Registration with two questions about
# the childcare (halal food, settling in).  She comes alone with her daughter
# (2½) -> 1.  Workshop "(رقم 4)".  The association is named only in Arabic.

ALRAWI_TEXT = """مرحباً،

أرغب في التسجيل في مؤتمر العائلات، في ورشة "الهاتف والتابلت والألعاب – التربية الإعلامية" (رقم 4). سأحضر وحدي مع ابنتي، أما زوجي فلن يأتي لأنه يعمل يوم السبت.

ابنتي عمرها سنتان ونصف. عندي سؤالان عن رعاية الأطفال:
- هل يوجد طعام حلال للأطفال، أم أُحضر لها طعامها معي؟
- هل يمكنني أن أبقى معها في البداية ربع ساعة حتى تتعوّد على المكان؟

شكراً لكم
نور الراوي
Noor Al-Rawi
جمعية النساء العراقيات في مونستر"""


@mail("alrawi-arabic-childcare-questions", "2027-10-01 09:30:26",
      E("registration", "noor.alrawi@yahoo.example", "Noor Al-Rawi",
        "جمعية النساء العراقيات في مونستر", ["FK4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Noor Al-Rawi <noor.alrawi@yahoo.example>"),
           ("To", FK),
           ("Subject", "التسجيل + سؤال عن رعاية الأطفال"),
           ("Date", m.date),
           ("Message-ID", "<1209384756.2418844.1790839826401@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp3f1c2a9eyahoo-style-wrap\" "
                 "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;\">"
                 + "".join(f"<div dir=\"rtl\">{esc(line) if line else '<br>'}</div>"
                           for line in ALRAWI_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(ALRAWI_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Grandparents bring their grandchildren (3, 5) to the childcare: "wir beide"
# -> 2.  "Workshop Mehrsprachigkeit" = FK2.  Signed by both; the mailbox and
# the display name are Irina's.  iso-8859-1 QP.

@mail("becker-grandparents-two-grandchildren", "2027-10-02 11:11:11",
      E("registration", "irina.becker@t-online.example", "Irina Becker",
        None, ["FK2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Irina Becker <irina.becker@t-online.example>"),
           ("To", FK),
           ("Subject", "Anmeldung zur Familienkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<1790932271263.4471.ffa9@webmail.t-online.example>"),
           ("X-Mailer", "T-Online EmailCenter"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind die Großeltern von Leon (3) und Sofia (5) und möchten uns für die Familienkonferenz am 6. November anmelden. Unsere Tochter arbeitet samstags im Krankenhaus, deshalb kommen wir beide mit den Kindern. Die zwei können dann in die Kinderbetreuung gehen.

Wir interessieren uns für den Workshop Mehrsprachigkeit. Zu Hause sprechen wir mit den Enkeln Russisch, die Eltern sprechen Deutsch mit ihnen, und wir wissen nicht, ob das die Kinder durcheinanderbringt.

Mit freundlichen Grüßen
Irina und Viktor Becker
""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change (005): iPhone reply quoting the confirmation (Workshop 1, 1 person).
# New choice "Workshop Mehrsprachigkeit" = FK2; the baby still comes along,
# the number does not change -> party_size null.

@mail("markovic-change-to-mehrsprachigkeit", "2027-10-04 08:45:39",
      E("change", "jelena.markovic@icloud.example", "Jelena Marković",
        None, ["FK2"], None, "de"), "de")
def _(m):
    m.head(("From", "Jelena Marković <jelena.markovic@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("In-Reply-To", "<mailbot.20270916110502.91e4@muenster.example>"),
           ("Message-Id", "<0F3B8A21-C4D7-4E69-A2B5-7D1E9C0F4B38@icloud.example>"),
           ("References", "<A4E1C7B9-6D20-4F83-9B5A-1E0C3D7F2A68@icloud.example>\n"
                          " <mailbot.20270916110502.91e4@muenster.example>"),
           ("Date", m.date),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo nochmal,

kann ich statt Workshop 1 doch in den Workshop Mehrsprachigkeit? Ich habe mit der Kita-Leiterin gesprochen, die Einschulung ist bei uns gut vorbereitet. Aber wir sprechen zu Hause Serbisch und Ungarisch, und da habe ich mehr Fragen.

Mila kommt weiterhin mit 😊

LG Jelena

Von meinem iPhone gesendet

> Am 16.09.2027 um 11:05 schrieb {FK_NAME} <{FK}>:
> 
{gt_quote(confirmation("Jelena Marković", "FK1", 1))}""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# English, Apple Mail alternative.  Her daughter (15) joins the media workshop
# with her -> 2 (teenagers from 13 may take part); her son (7) goes to the
# childcare and takes no seat.

WANJIRU_TEXT = """Hello,

I'd like to register for the family conference on 6 November. My daughter Amara (15) would love to come with me to Workshop 4 about media – she's the expert in our house, so it might be good for both of us to hear the other side :)

My son Jonah (7) would go to the childcare.

So that's two of us in the workshop, plus Jonah in the childcare.

Best,
Faith Wanjiru-Müller
Afro-Deutsche Elterninitiative Münster"""


@mail("wanjiru-mueller-teen-daughter-in-workshop", "2027-10-05 19:20:05",
      E("registration", "faith.wm@icloud.example", "Faith Wanjiru-Müller",
        "Afro-Deutsche Elterninitiative Münster", ["FK4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Faith Wanjiru-Müller <faith.wm@icloud.example>"),
           ("Subject", "Family conference – registration"),
           ("Message-Id", "<6C1E2F84-3B9A-4D07-8E15-A9F0C2D7B461@icloud.example>"),
           ("Date", m.date),
           ("To", FK),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(WANJIRU_TEXT, apple_html(WANJIRU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# Question only: may the family come to the afternoon without registering?
# The "2 Erwachsene und 3 Kinder" are no registration: no workshop, and he
# asks whether registering is needed at all.

@mail("aslan-question-afternoon-only", "2027-10-06 20:14:58",
      E("question", "rezan.aslan@gmx.example", "Rêzan Aslan", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Rêzan Aslan <rezan.aslan@gmx.example>"),
           ("To", FK),
           ("Subject", "Nur Nachmittag?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e9a7c41-0b5d-4f18-96c3-e8a1d7f20b65-1791310498731@3c-app-gmx-bs23>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

geht es auch, dass wir nur am Nachmittag zum Familienfest kommen? Vormittags hat unser Sohn ein Fußballspiel. Müssen wir uns dafür auch anmelden oder können wir einfach vorbeikommen? Wir wären 2 Erwachsene und 3 Kinder.

Gruß
Rêzan Aslan
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Farsi (Iran), Gmail alternative, UTF-8 QP.  "من و همسرم" = my husband and I
# -> 2; "دخترمان ۶ سالش است" is an age.  "کارگاه سوم" = third workshop, else
# "کارگاه دوم".  The signature gives the name in Persian only; the display
# name is Latin.

MORADI_TEXT = """سلام و وقت بخیر،

من و همسرم می‌خواهیم در کنفرانس خانواده‌ها در روز ۶ نوامبر شرکت کنیم. دخترمان ۶ سالش است و امسال به کلاس اول رفته؛ او را به بخش مراقبت از کودکان می‌سپاریم.
ما کارگاه سوم (نظام مدارس در NRW) را انتخاب می‌کنیم. اگر جا نبود، کارگاه دوم هم برایمان خوب است.

با تشکر فراوان
شیرین مرادی"""


@mail("moradi-farsi-third-else-second", "2027-10-07 12:33:21",
      E("registration", "shirin.moradi@gmail.example", "شیرین مرادی",
        None, ["FK3", "FK2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Shirin Moradi <shirin.moradi@gmail.example>"),
           ("To", FK),
           ("Subject", "ثبت‌نام کنفرانس خانواده"),
           ("Date", m.date),
           ("Message-ID", "<CAL9pW2xS6tR0yN3vM8kZ5bQ1cJ7hF4gD9eU3aT6iO0rX2wY8n@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MORADI_TEXT, gmail_html(MORADI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Change (004), Turkish, Gmail reply quoting the confirmation (Workshop 2, 2).
# The wife stays in Workshop 2, the writer moves to "3. atölye"; his own new
# choice is FK3.  "Kişi sayısı aynı" = the number stays -> null.

DOGAN_CHANGE = """Merhaba,

eşimle konuştuk, küçük bir değişiklik rica edeceğim: Gülay 2. atölyede kalsın, ben ise 3. atölyeye (okul sistemi) geçmek istiyorum. Büyük oğlumuzun öğretmeni şimdiden Gymnasium'dan bahsediyor, ben de bilgi almak istiyorum.

Kişi sayısı aynı, yine 2 yetişkin.

Teşekkürler
Serkan Doğan"""

DOGAN_ATTR = f"15 Eyl 2027 Çar, 21:34 tarihinde {FK_NAME} <{FK}> şunu yazdı:"


@mail("dogan-change-own-workshop-turkish", "2027-10-08 15:02:47",
      E("change", "serkandogan78@mail.example", "Serkan Doğan",
        None, ["FK3"], None, "tr"), "tr")
def _(m):
    quoted = confirmation("Serkan Doğan", "FK2", 2)
    m.head(("From", addr("Serkan Doğan", "serkandogan78@mail.example", "utf-8", "b")),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJx8r2Hs1Qm7kVb4nT0yLw6pF3zD9gUc5eR8oXa2iN7tBq4Wm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270915213420.5b07@muenster.example>"),
           ("References", "<mailbot.20270915213420.5b07@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(DOGAN_CHANGE, DOGAN_ATTR, quoted),
                  gmail_reply_html(DOGAN_CHANGE, DOGAN_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Two mothers register together with five children between them, all for the
# childcare -> 2.  "Workshop zur Mehrsprachigkeit" = FK2.  The friend has no
# e-mail; everything to the writer.  GMX, UTF-8 QP.

@mail("karaca-two-mothers-five-children", "2027-10-11 10:10:10",
      E("registration", "songul.karaca@gmx.example", "Songül Karaca",
        "Frauen- und Elterncafé Kinderhaus", ["FK2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Songül Karaca <songul.karaca@gmx.example>"),
           ("To", FK),
           ("Subject", "Anmeldung 2 Mamas + Kinder"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d40b2c9-1e6f-4a83-b5d7-3c9f0e2a8d16-1791706210448@3c-app-gmx-bap12>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team,

meine Freundin Ayten Öztürk und ich möchten uns zusammen anmelden. Wir kommen mit unseren Kindern, zusammen sind es 5 (Ayten hat drei, ich zwei), alle zwischen 2 und 10 Jahre alt, und die gehen alle in die Kinderbetreuung.

Wir beide würden gern in den Workshop zur Mehrsprachigkeit.

Ayten hat keine E-Mail, bitte schicken Sie alles an mich.

Liebe Grüße
Songül Karaca
Frauen- und Elterncafé Kinderhaus
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Question only, Turkish, UTF-8 base64: is lunch for the children free, and
# is 29 October the deadline?  They will register once the husband's shift
# is known.  The numbered list is not a workshop choice.

@mail("sen-turkish-question-fee-deadline", "2027-10-12 13:45:00",
      E("question", "elif.sen@hotmail.example", "Elif Şen", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Elif Şen <elif.sen@hotmail.example>"),
           ("To", FK),
           ("Subject", "Familienkonferenz hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<AS8P250MB0791B2C4D6E8F0A1@AS8P250MB0791.EURP250.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""İyi günler,

Familienkonferenz hakkında iki sorum olacak:

1) Davetiyede çocuk bakımının ücretsiz olduğunu okudum. Çocukların öğle yemeği de buna dahil mi?
2) Son kayıt tarihi 29 Ekim mi? Eşimin vardiyası henüz belli değil, ona göre kayıt olacağız.

Şimdiden teşekkür ederim.
Elif Şen
""", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# HTML only (Outlook on the web).  He registers himself for Workshop 3; his
# wife comes "vielleicht", if she can swap her shift - not yet registered
# -> 1.  Their daughter (4) would then go to the childcare.

SAMIR_TEXT = """Hallo,

ich melde mich schon mal für die Familienkonferenz an, Workshop 3 (Schulsystem).

Meine Frau kommt vielleicht auch mit, das hängt davon ab, ob sie ihre Schicht tauschen kann. Ich gebe Ihnen Bescheid, sobald wir es wissen. Unsere Tochter (4) würde dann in die Kinderbetreuung gehen, sonst bleibt sie bei ihr zu Hause.

Viele Grüße
Samir Haddad"""


@mail("haddad-html-only-wife-maybe", "2027-10-13 21:05:16",
      E("registration", "samir.haddad@outlook.example", "Samir Haddad",
        None, ["FK3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Samir Haddad <samir.haddad@outlook.example>"),
           ("To", FK),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2364E1A0B9C8D7F6@PAXP193MB2364.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = "".join(
        f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
        f"Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
        f"{esc(line) if line else '<br>'}</div>\n" for line in SAMIR_TEXT.split("\n"))
    m.single("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
             "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
             "</head>\n<body dir=\"ltr\">\n" + body + "</body>\n</html>\n",
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# The venue confirms the room booking to the shared mailbox (other), with a
# PDF.  It talks about participants, adults and children, and the deadline.

@mail("haus-der-familie-raumbuchung-other", "2027-10-15 09:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Haus der Familie Kinderhaus – Raumvergabe <raumvergabe@hdf-kinderhaus.example>"),
           ("To", FK),
           ("Subject", "Buchungsbestätigung HdF-2027-0412 – Samstag, 06.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc3f2a$9e8d7c60$db7a6d20$@hdf-kinderhaus.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Brinkmann,

hiermit bestätigen wir Ihre Raumbuchung für die Familienkonferenz Münster-Nord:

Buchungsnummer: HdF-2027-0412
Datum: Samstag, 06.11.2027, 08:00 – 17:00 Uhr
Räume: Großer Saal (Plenum, Mittagessen), Gruppenräume 1–4 und Werkstatt (Workshops), Kinderraum und Bewegungsraum (Kinderbetreuung)
Technik: Beamer und Leinwand im Großen Saal, je Gruppenraum 2 Flipcharts

Die Buchungsbestätigung finden Sie auch als PDF im Anhang. Bitte teilen Sie uns bis Freitag, 29.10.2027, die endgültige Zahl der Teilnehmenden mit – Erwachsene und Kinder bitte getrennt –, damit wir Tische und Stühle entsprechend stellen können.

Den Schlüssel können Sie am Freitag, 05.11.2027, ab 14 Uhr bei unserem Hausmeister, Herrn Wessels, abholen.

Mit freundlichen Grüßen
Petra Hölscher
Haus der Familie Kinderhaus – Raumvergabe
Sprakeler Straße 12 · 48159 Münster
""", charset="windows-1252", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Buchungsbestaetigung HdF-2027-0412",
                             "Haus der Familie Kinderhaus, Sprakeler Strasse 12, 48159 Muenster",
                             "Veranstaltung: Familienkonferenz Muenster-Nord",
                             "Samstag, 06.11.2027, 08:00 - 17:00 Uhr",
                             "Grosser Saal, Gruppenraeume 1-4, Werkstatt, Kinderraum, Bewegungsraum"]),
                   "application", "pdf", "Buchungsbestaetigung_HdF-2027-0412.pdf")
    m.multi("mixed", [text, pdf], style="outlook")


# -- 029 ---------------------------------------------------------------------
# Change (011), Dari, Gmail (Persian interface) reply quoting the
# confirmation (Workshop 2, 3 persons).  The grandfather cannot come (eye
# operation): "فقط دو نفر کلان" = only two adults -> 2.  No new workshop.

NOORI_CHANGE = """سلام علیکم،

متأسفانه پدرم نمی‌تواند بیاید. هفته آینده عملیات چشم دارد و داکتر گفته که باید در خانه استراحت کند. پس ما فقط دو نفر کلان می‌آییم، من و خانمم. اولادها مثل قبل به مراقبت اطفال می‌روند.

تشکر
احمد شاه نوری"""

NOORI_ATTR = f"در تاریخ پنجشنبه ۲۳ سپتامبر ۲۰۲۷، ساعت ۲۰:۱۲ {FK_NAME} <{FK}> نوشت:"


@mail("noori-change-grandfather-cannot-come", "2027-10-18 17:44:09",
      E("change", "ahmadshah.noori@gmail.example", "احمد شاه نوری",
        None, [], 2, "fa"), "fa")
def _(m):
    quoted = confirmation("Ahmad Shah Noori", "FK2", 3)
    m.head(("From", "Ahmad Shah Noori <ahmadshah.noori@gmail.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAOq3nW9aB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3c@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270923201230.c2d8@muenster.example>"),
           ("References", "<mailbot.20270923201230.c2d8@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(NOORI_CHANGE, NOORI_ATTR, quoted),
                  gmail_reply_html(NOORI_CHANGE, NOORI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 030 ---------------------------------------------------------------------
# German with a Tigrinya greeting ("ሰላም!"; language de).  A father alone with
# three children (2, 5, 8) for the childcare -> 1.  No workshop chosen
# ("den, wo noch Platz ist") -> [].

@mail("haile-father-three-children-no-workshop", "2027-10-20 18:22:37",
      E("registration", "dawit.haile@web.example", "Dawit Haile",
        None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Dawit Haile <dawit.haile@web.example>"),
           ("To", FK),
           ("Subject", "Anmeldung Familienkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-c6e1a9f3-4d28-4b7e-9a05-1f8d2c7e3b90-1792513357004@3c-app-webde-bs44>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም!

Ich möchte mich anmelden für die Familienkonferenz. Ich komme allein mit meinen drei Kindern (2, 5 und 8 Jahre), meine Frau ist zur Zeit in Eritrea bei ihrer Mutter. Die Kinder sollen bitte in die Kinderbetreuung.

Welchen Workshop weiß ich noch nicht, alle sind interessant. Ich nehme den, wo noch Platz ist.

Vielen Dank
Dawit Haile
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Change (007), English, Outlook for Android plain text with the "____"
# header block quoting the confirmation (Workshop 4, 2 persons).  Her husband
# drops out -> 1, and she takes his workshop: "(no. 3) instead of media".

EZE_CHANGE = """Hi again,

Small change on our side: Emeka has to work that Saturday after all, so it'll just be me. Since he was going to do the school system workshop, could I switch to that one (no. 3) instead of media? I'll pass the media tips on to him anyway 😄

The kids are still coming to the childcare as planned.

Thanks!
Chioma"""


@mail("eze-bauer-change-husband-out-switch", "2027-10-22 12:17:55",
      E("change", "chioma.ezebauer@gmail.example", "Chioma Eze-Bauer",
        None, ["FK3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chioma Eze-Bauer <chioma.ezebauer@gmail.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB10127A4C1E3B5D7F9A2C@DU2PR08MB10127.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270918100302.7fa1@muenster.example>"),
           ("References", "<mailbot.20270918100302.7fa1@muenster.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single(f"""{EZE_CHANGE}

Get Outlook for Android
________________________________
From: {FK_NAME} <{FK}>
Sent: Saturday, September 18, 2027 10:03:02 AM
To: Chioma Eze-Bauer <chioma.ezebauer@gmail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Chioma Eze-Bauer", "FK4", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation (018), Arabic, windows-1256 QP, a new mail (no quote).  It
# also cancels the daughter's childcare place.

@mail("alrawi-cancel-arabic-cp1256", "2027-10-25 18:40:31",
      E("cancellation", "noor.alrawi@yahoo.example", "نور الراوي",
        None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Noor Al-Rawi <noor.alrawi@yahoo.example>"),
           ("To", FK),
           ("Subject", ew("إلغاء التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301dc45c1$2a7f8e10$7f7eaa30$@yahoo.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أعتذر، لن أستطيع الحضور إلى مؤتمر العائلات يوم 6 نوفمبر. والدتي ستصل من بغداد في نفس الأسبوع ولا أستطيع أن أتركها وحدها.
أرجو إلغاء تسجيلي في الورشة رقم 4، وكذلك مكان ابنتي في رعاية الأطفال.

مع الشكر والاحترام
نور الراوي
""", charset="windows-1256", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change (021), English, Apple Mail plain reply quoting the confirmation
# (Workshop 4, 2).  The teenage daughter drops out -> 1; the son still comes
# to the childcare.  No workshop named -> [].

@mail("wanjiru-mueller-change-daughter-out", "2027-10-27 20:03:18",
      E("change", "faith.wm@icloud.example", "Faith Wanjiru-Müller",
        None, [], 1, "en"), "en")
def _(m):
    m.head(("From", "Faith Wanjiru-Müller <faith.wm@icloud.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<B8D2F6A0-71C4-4E3B-9F58-2A6C0E1D7B93@icloud.example>"),
           ("In-Reply-To", "<mailbot.20271005192041.0e6b@muenster.example>"),
           ("References", "<mailbot.20271005192041.0e6b@muenster.example>"),
           ("Date", m.date),
           ("To", TO_FK),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.single(f"""Hi,

Amara just told me her handball team made it into the regional cup, and of course the match is on 6 November. So she won't be coming after all – it'll be just me. Jonah still comes along for the childcare.

Sorry for the back and forth!
Faith

> On 5 Oct 2027, at 19:20, {FK_NAME} <{FK}> wrote:
> 
{gt_quote(confirmation("Faith Wanjiru-Müller", "FK4", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Exchange out-of-office (German/English) answering the 7-day reminder;
# Auto-Submitted: auto-generated, "Automatische Antwort:" subject.

DEMIR_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. November nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Thank you for your message. I am out of the office until 5 November with limited access to e-mail. Your message will not be forwarded.

Fatma Demir
Elternnetzwerk Coerde e.V."""


@mail("demir-exchange-automatische-antwort", "2027-10-30 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Fatma Demir <f.demir@elternnetzwerk-coerde.example>"),
           ("To", TO_FK),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcSb4x9k2mV0tQeUuC0gXr5n7Vqw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412F0A1B2C3D4E5F6A7B8C9D0E1F2A3@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "f.demir@elternnetzwerk-coerde.example"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_OOO, outlook_html(DEMIR_OOO, charset="utf-8"), charset="utf-8",
                  cte="base64", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Late registration (after the 29 October deadline), HTML only from Outlook
# for iOS.  "2 Erwachsene ... und unser Baby, 7 Wochen alt, das bleibt bei
# uns" -> 2; Workshop 1, else Workshop 2.  It asks to be taken if a place
# is free and gives workshop and count: a registration.

TAREK_TEXT = """Guten Morgen,

ich weiß, die Anmeldung ist eigentlich schon vorbei, aber vielleicht ist noch etwas frei? Wir haben die Einladung erst jetzt im Kindergarten gesehen.

Wir wären 2 Erwachsene (meine Frau Natalia und ich) und unser Baby, 7 Wochen alt, das bleibt natürlich bei uns.
Am liebsten Workshop 1, wenn der voll ist, Workshop 2.

Vielen Dank und schöne Grüße
Tarek Suleiman"""


@mail("suleiman-late-two-adults-newborn-html", "2027-11-01 08:30:12",
      E("registration", "tarek.suleiman@outlook.example", "Tarek Suleiman",
        None, ["FK1", "FK2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Tarek Suleiman <tarek.suleiman@outlook.example>"),
           ("To", FK),
           ("Subject", "Noch Platz bei der Familienkonferenz?"),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB0528C3D2E1F0A9B8@VI1P195MB0528.EURP195.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    body = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>\n"
                   for line in TAREK_TEXT.split("\n"))
    m.single("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
             "</head>\n<body>\n" + body
             + "<div dir=\"ltr\"><br></div>\n<div class=\"ms-outlook-mobile-signature\">"
               "Outlook für iOS beziehen</div>\n</body>\n</html>\n",
             subtype="html", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Change (019): only the grandchildren are withdrawn ("Absage
# Kinderbetreuung"); both grandparents still come.  Seats unchanged -> null;
# no workshop named -> [].  T-Online webmail quote, UTF-8 QP.

@mail("becker-change-grandchildren-stay-home", "2027-11-02 19:05:44",
      E("change", "irina.becker@t-online.example", "Irina Becker",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Irina Becker <irina.becker@t-online.example>"),
           ("To", TO_FK),
           ("Subject", "Absage Kinderbetreuung - AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1793642744519.2210.c07e@webmail.t-online.example>"),
           ("In-Reply-To", "<mailbot.20271002111203.a4f2@muenster.example>"),
           ("References", "<mailbot.20271002111203.a4f2@muenster.example>"),
           ("X-Mailer", "T-Online EmailCenter"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

eine kleine Änderung: Leon und Sofia kommen am Samstag doch nicht mit. Unsere Tochter hat nun doch frei bekommen und macht mit den Kindern einen Ausflug zu ihrer Schwiegermutter. Die Plätze in der Kinderbetreuung brauchen wir also nicht.

Wir zwei kommen aber wie angemeldet.

Mit freundlichen Grüßen
Irina Becker


-----Original-Nachricht-----
Betreff: {CONFIRMATION_SUBJECT}
Datum: 2027-10-02T11:12:03+0200
Von: "{FK_NAME}" <{FK}>
An: irina.becker@t-online.example



{confirmation("Irina Becker", "FK2", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation (010), Ukrainian, reply from the UKR.NET webmailer quoting the
# confirmation.  The younger child is ill; she cannot come.  The request for
# materials afterwards does not make it a question.

@mail("melnyk-cancel-ukrainian-child-ill", "2027-11-03 21:40:02",
      E("cancellation", "oksana.melnyk@ukr.example", "Оксана Мельник",
        None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Мельник <oksana.melnyk@ukr.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1793738402.771920.31337@frv61.ukr.example>"),
           ("In-Reply-To", "<mailbot.20270922133100.18bd@muenster.example>"),
           ("References", "<mailbot.20270922133100.18bd@muenster.example>"),
           ("X-Mailer", "UKR.NET Web Mail"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрий вечір,

на жаль, змушена скасувати свою реєстрацію. Молодший захворів, у нього вже третій день температура, і мені немає з ким його залишити. Дуже шкода, я чекала на цей воркшоп.

Може, після конференції будуть якісь матеріали? Буду дуже вдячна.

Оксана Мельник


--- Оригінальне повідомлення ---
Від кого: {FK_NAME} <{FK}>
Дата: 22 вересня 2027, 13:31:00

{gt_quote(confirmation("Оксана Мельник", "FK3", 1))}
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# Change (003), Thunderbird reply quoting the confirmation (Workshop 3, 2).
# Chickenpox: the mother stays home with the children, the father comes
# alone -> 1; no workshop named -> [].

@mail("yilmaz-change-chickenpox-one-person", "2027-11-04 07:58:26",
      E("change", "h.yilmaz@dt-elternbund.example", "Hatice Yılmaz",
        None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Hatice Yılmaz <h.yilmaz@dt-elternbund.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9e41b7d0-2c6a-4f35-b8e2-71d0a5c3f9e8@dt-elternbund.example>"),
           ("In-Reply-To", "<mailbot.20270914165251.2f8c@muenster.example>"),
           ("References", "<3b7e0c52-9a14-4f0b-8d61-c2f5a7e90d13@dt-elternbund.example>\n"
                          " <mailbot.20270914165251.2f8c@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider hat Aras jetzt die Windpocken, und Deniz bekommt sie
wahrscheinlich auch. Ich bleibe mit den Kindern zu Hause. Kerem kommt
trotzdem, aber allein.

Bitte ändern Sie unsere Anmeldung auf 1 Person, die Kinderbetreuung
brauchen wir nicht mehr.

Viele Grüße
Hatice Yılmaz

Am 14.09.27 um 16:52 schrieb {FK_NAME}:
{gt_quote(confirmation("Hatice Yılmaz", "FK3", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 039 ---------------------------------------------------------------------
# Cancellation (008), Russian, from the phone app, UTF-8 base64, no quote.
# The grandson is ill, she stays home with him.

@mail("kuznetsova-cancel-russian-phone", "2027-11-05 07:30:09",
      E("cancellation", "valya.kuznetsova@yandex.example", "Валентина Кузнецова",
        None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Валентина Кузнецова <valya.kuznetsova@yandex.example>"),
           ("To", FK),
           ("Subject", "Отмена. Кузнецова"),
           ("Date", m.date),
           ("Message-ID", "<4471791793789809@mail-yaback-vla-17.yandex.example>"),
           ("X-Mailer", "Yandex Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

К сожалению, Миша заболел, ангина и высокая температура. Дочь на работе, я с ним дома. Поэтому 6 ноября я не приду. Отмените, пожалуйста, мою регистрацию.

Спасибо и извините.
Валентина Кузнецова

Отправлено из мобильной Яндекс Почты
""", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Cancellation (012), Tigrinya, a new mail (her confirmation had bounced,
# 013).  "ብቐዳም ክንመጽእ ኣይንኽእልን ኢና" = we cannot come on Saturday; the
# daughter is ill; "ምዝገባና ሰርዙልና" = cancel our registration.

@mail("tesfamariam-cancel-tigrinya", "2027-11-05 08:15:37",
      E("cancellation", "senait.tesfamariam@webpost.example", "Senait Tesfamariam",
        None, [], None, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Tesfamariam <senait.tesfamariam@webpost.example>"),
           ("To", FK),
           ("Subject", "Familienkonferenz ምስራዝ"),
           ("Date", m.date),
           ("Message-ID", "<1793862937.552190@mx01.webpost.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፡

ይቕሬታ፡ ብቐዳም ክንመጽእ ኣይንኽእልን ኢና። ጓልና ሓሚማ ኣላ።
በጃኹም ምዝገባና ሰርዙልና።

የቐንየልና
Senait Tesfamariam
""", charset="utf-8", cte="8bit")


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
MACHINE = ("auto_reply", "bounce", "other")


def decoded_header(value):
    return str(make_header(decode_header(str(value))))


def check_labels(e, msg, texts):
    """The label agrees with the conventions and with the mail."""
    problems = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if any(w not in WORKSHOP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    ps = e["party_size"]
    if kind == "registration":
        if not isinstance(ps, int) or ps < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and (not isinstance(ps, int) or ps < 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append(f"party_size must be null for {kind}")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        return problems
    # person mail: the values must come from the mail
    heads = " ".join(decoded_header(msg[h]) for h in ("From", "Reply-To") if msg[h])
    body = "\n".join(texts)
    everything = heads + "\n" + body
    addrs = [a.lower() for _, a in getaddresses([str(msg[h]) for h in ("From", "Reply-To") if msg[h]])]
    if not e["email"] or e["email"] != e["email"].lower():
        problems.append("email must be lower-case and present")
    elif e["email"] not in addrs and e["email"] not in body.lower():
        problems.append(f"email {e['email']} not in From/Reply-To or text")
    if not e["name"] or e["name"] not in everything:
        problems.append(f"name {e['name']!r} not written in the mail")
    if e["organisation"] is not None and e["organisation"] not in body:
        problems.append(f"organisation {e['organisation']!r} not written in the text")
    if e["language"] not in LANGS:
        problems.append(f"language {e['language']} not one of {LANGS}")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
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
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 6, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Sep 2027 - 5 Nov 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
    # every address-like string and URL must use an example domain
    chunks, texts = [], []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    for p in leaves(msg):
        if p.get_content_type() == "text/plain" or (
                p.get_content_type() == "text/html" and not any(
                    q.get_content_type() == "text/plain" for q in leaves(msg))):
            texts.append(html.unescape(re.sub(r"<[^>]+>", "\n", p.get_content()))
                         if p.get_content_subtype() == "html" else p.get_content())
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
    else:
        problems += check_labels(expected, msg, texts)
    return problems


def shape(msg):
    t = msg.get_content_type()
    if t == "multipart/alternative":
        return "multipart/alternative"
    if t.startswith("multipart/"):
        return t + "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
    return t


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda c: LANGS.index(c))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language of the text:")
    print("  " + " ".join(f"{c:>3}" for c in ["kind".ljust(12)] + langs) + "  all")
    for k in KINDS:
        row = [table[(k, c)] for c in langs]
        print(f"  {k:12} " + " ".join(f"{n or '-':>3}" for n in row) + f"  {sum(row):>3}")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[shape(msg)] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level MIME shapes:")
    for t, k in sorted(types.items()):
        print(f"  {t:60} {k}")
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
