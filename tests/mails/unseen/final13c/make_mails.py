#!/usr/bin/env python3
"""Build the corpus "final13c" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the last three weeks before the MSO-Tag 2027 (22 February - 12 March 2027):
substitutes and swaps.  Colleagues come instead of the registered person, two
people swap workgroups, groups shrink or grow, people cancel for a friend or
drop only the workgroup part, and some mails that look like changes are new
registrations.  The event config is an unchanged copy of ../dev/config.toml.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
"""

import argparse
import collections
import datetime
import email
import email.header
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we encoded by hand (RFC 2047 words in a
# given charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To")


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
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final13c/{slug}/{n}".encode()).hexdigest()


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
        self.encoded_headers = {}   # header name -> the text its RFC 2047 words must decode to
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs`
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
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if not value.isascii() and name in ADDRESS_HEADERS:
                # what mail clients do: each non-ASCII display name becomes
                # one RFC 2047 word in UTF-8, the addresses stay as they are
                value = ", ".join(addr(n, a, "utf-8") for n, a in getaddresses([value]))
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def encoded(self, name, plain, charset="utf-8", enc="q"):
        """An RFC 2047 header in a chosen charset; the check decodes it back."""
        self.encoded_headers[name] = plain
        return (name, ew(plain, charset, enc))

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
        # set_content() drops every Content-* header; keep Content-Language.
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "zimbra":
            return f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
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
# texts the organisers sent earlier (quoted, forwarded or returned in the mails)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION_ID = "<einladung.20270112T140300.7c21@muenster.example>"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, den 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
am Prinzipalmarkt der diesjährige Tag der Migrantenselbstorganisationen
statt. Nach Begrüßung und Podiumsgespräch am Vormittag diskutieren wir am
Nachmittag in drei parallelen Arbeitsgruppen:

AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an: mit Name, Organisation, Wunsch-AG und der
Zahl der Personen, die mitkommen.

Die Teilnahme ist kostenfrei.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""

CONF_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"

AG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def conf_id(stamp):
    """Message-ID of a confirmation or reminder the organisers sent at `stamp`."""
    return f"<anmeldung.{stamp}.{_h('conf', stamp)[:4]}@muenster.example>"


def confirmation(salutation, name, org, ag, persons, second=None):
    """The registration confirmation (quoted in replies, forwarded, returned)."""
    wg = AG_LINE[ag]
    if second:
        wg += f"\n                 Zweitwunsch: {AG_LINE[second]}"
    return f"""Guten Tag {salutation},

vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
ist bei uns eingegangen. Wir haben Folgendes eingetragen:

  Name:          {name}
  Organisation:  {org or "-"}
  Arbeitsgruppe: {wg}
  Personen:      {persons}

Die Veranstaltung beginnt am Samstag, 13. März 2027, um 10 Uhr im
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster. Die Arbeitsgruppen tagen
am Nachmittag parallel.

Falls sich etwas ändert oder Sie absagen müssen, antworten Sie bitte
einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder(salutation, ag, persons):
    """The 7-day reminder sent on Saturday, 6 March 2027, 09:00."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet der Tag
der Migrantenselbstorganisationen im Stadtweinhaus, Prinzipalmarkt 8,
statt. Einlass ist ab 9:30 Uhr.

Sie sind angemeldet für: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Ablauf:
10:00  Begrüßung und Impulsvortrag
11:15  Podiumsgespräch
12:30  Mittagsimbiss
13:30  Arbeitsgruppen 1 bis 3 (parallel)
15:30  Ergebnisse aus den Arbeitsgruppen, Ausklang

Falls Sie doch nicht kommen können, geben Sie uns bitte kurz Bescheid,
damit wir Plätze an Interessierte auf der Warteliste weitergeben können.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


# ---------------------------------------------------------------------------
# client styles
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
span.EmailStyle19
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'{dir}>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "ar": ("من:", "تم الإرسال:", "إلى:", "الموضوع:"),
    "pl": ("Od:", "Wysłane:", "Do:", "Temat:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels="de", rtl=False):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}</b> {esc(frm)} <br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n"
                   f"<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang, dir=' dir=RTL' if rtl else "")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subj}\n\n{quoted}")


def gmail_html(text, attribution=None, quoted=None, rtl=False):
    """Gmail markup: one <div> per line, the quote in a gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote gmail_quote_container"><div{d} class="gmail_attr">'
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{q}<br>\n</blockquote></div>')
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if not attribution:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;"):
    """Webmail HTML (Roundcube, WP, Zimbra and the like): <br> separated lines."""
    body = "<br>\n".join(esc(line) for line in text.split("\n"))
    return f"<html><body><div style=\"{style}\">{body}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, note, builder)


def mail(slug, when, expected, text_lang, tz=1, note=""):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, note, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Substitute: the registered person cannot come, the association's treasurer
# takes his place in AG 3, and the writer asks to send the confirmation to the
# substitute's address (so that address is `email`).  Thunderbird reply,
# format=flowed, UTF-8 8bit, confirmation quoted with '>'.

DOGAN = "mehmetali.dogan@freundeskreis-coerde.example"
OEZDEMIR_ID = "<6f1d2a9e-3b47-4c8e-9a05-d2e7b1c4f830@freundeskreis-coerde.example>"


@mail("oezdemir-kassierer-kommt-statt-mir", "2027-02-22 08:47:12",
      E("change", DOGAN, "Mehmet Ali Doğan", "Deutsch-Türkischer Freundeskreis Coerde e.V.",
        ["AG3"], None, "de"), "de",
      note="substitute in AG 3; confirmation to the substitute's address")
def _(m):
    cid = conf_id("20270202T162104")
    m.head(("From", "Serkan Özdemir <s.oezdemir@freundeskreis-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", OEZDEMIR_ID),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

ich muss leider passen: Meine Cousine heiratet am 13. März in Izmir, und
das hatte ich bei der Anmeldung völlig verschwitzt.

Damit unser Platz nicht verfällt, kommt an meiner Stelle unser Kassierer
Mehmet Ali Doğan. Er übernimmt meinen Platz in der AG 3, das Thema
Fördermittel ist bei ihm ohnehin besser aufgehoben als bei mir.

Bitte schicken Sie die Bestätigung und alle weiteren Infos direkt an ihn:
{DOGAN}

Danke und viele Grüße
Serkan Özdemir

-- 
Deutsch-Türkischer Freundeskreis Coerde e.V.
2. Vorsitzender

Am 02.02.27 um 16:21 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Özdemir", "Serkan Özdemir", "Deutsch-Türkischer Freundeskreis Coerde e.V.", "AG3", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Bounce: the confirmation of 001's change went to the address the writer gave
# for his substitute, and the association's server does not know it.  Postfix
# with a German bounce template, multipart/report, the whole confirmation
# returned as message/rfc822.

@mail("postfix-bounce-substitute-address", "2027-02-22 08:48:40",
      E("bounce", bounced=DOGAN), "de", note="Postfix DSN, German template, user unknown")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Unzustellbar: Nachricht an Absender zurückgeschickt"),
           ("Date", m.date),
           ("Message-ID", "<20270222074840.3C81A1E04F@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist das Mailsystem auf dem Rechner mail.muenster.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

Wenn Sie Hilfe brauchen, schreiben Sie bitte an postmaster@muenster.example
und fügen Sie diesen Fehlerbericht bei. Ihren eigenen Text können Sie aus
der angehängten Nachricht löschen.

                   Das Mailsystem

<{DOGAN}>: host
    mx01.freundeskreis-coerde.example[203.0.113.58] said: 550 5.1.1
    <{DOGAN}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C81A1E04F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon, 22 Feb 2027 08:48:37 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {DOGAN}"),
         ("Original-Recipient", f"rfc822;{DOGAN}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.freundeskreis-coerde.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{DOGAN}>:\n"
                             "    Recipient address rejected: User unknown in virtual mailbox table")])
    inner = EmailMessage(policy=POLICY)
    inner["From"] = TO_MSO
    inner["To"] = f"Mehmet Ali Doğan <{DOGAN}>"
    inner["Cc"] = "Serkan Özdemir <s.oezdemir@freundeskreis-coerde.example>"
    inner["Subject"] = "Änderung Ihrer Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
    inner["Date"] = "Mon, 22 Feb 2027 08:48:36 +0100"
    inner["Message-ID"] = conf_id("20270222T084836")
    inner["In-Reply-To"] = OEZDEMIR_ID
    inner["References"] = OEZDEMIR_ID
    inner["Auto-Submitted"] = "auto-replied"
    inner["MIME-Version"] = "1.0"
    inner.set_content("""Guten Tag Herr Doğan,

Herr Serkan Özdemir hat uns mitgeteilt, dass Sie ihn beim Tag der
Migrantenselbstorganisationen 2027 vertreten. Wir haben die Anmeldung
geändert:

  Name:          Mehmet Ali Doğan
  Organisation:  Deutsch-Türkischer Freundeskreis Coerde e.V.
  Arbeitsgruppe: AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement
  Personen:      1

Falls sich etwas ändert oder Sie absagen müssen, antworten Sie bitte
einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster""", charset="utf-8", cte="quoted-printable")
    m.multi("report", [note, dsn, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 003 ---------------------------------------------------------------------
# Polish, the group grows from 2 to 4 (two names added; "będzie nas czworo").
# "w tej samej grupie roboczej co dotychczas" names no workgroup -> [].
# Thunderbird, ISO-8859-2 quoted-printable, Polish attribution line.

@mail("wisniewska-dopisac-dwie-osoby", "2027-02-22 12:15:33",
      E("change", "a.wisniewska@klub-most.example", "Agnieszka Wiśniewska",
        'Klub Polski "Most" Münster e.V.', [], 4, "pl"), "pl",
      note="party grows 2 -> 4, Polish")
def _(m):
    cid = conf_id("20270203T101207")
    m.head(("From", addr("Agnieszka Wiśniewska", "a.wisniewska@klub-most.example", "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2e0c6d1-58a4-4f1b-8d77-0a9e3c5f2b61@klub-most.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

piszę w sprawie naszego zgłoszenia na Dzień Organizacji Migranckich
13 marca. Zgłosiłam nas dwie (siebie i panią Beatę Kurek), ale chętnych
jest więcej. Proszę dopisać jeszcze dwie osoby: pana Pawła Zająca i panią
Martę Lewandowską. Razem będzie nas więc czworo.

Wszyscy chcemy zostać w tej samej grupie roboczej co dotychczas.

Z góry dziękuję i pozdrawiam serdecznie
Agnieszka Wiśniewska
Klub Polski "Most" Münster e.V.

W dniu 3.02.2027 o 10:12, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(confirmation("Frau Wiśniewska", "Agnieszka Wiśniewska", 'Klub Polski "Most" Münster e.V.', "AG2", 2))}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Question: may she send someone else if she cannot come, and does that
# person have to register?  She is registered; "workshop 1" describes her
# registration, not a choice.  Gmail multipart/alternative.

PRIYA = """Hi,

I registered a few weeks ago for the MSO day on 13 March (workshop 1, just me). It now looks like I might have to cover a shift at the hospital that Saturday - I'll only know for sure next week.

If I can't make it, would it be alright to send someone from our association instead? And if so, does that person have to register on their own, or is it enough if I just forward your confirmation email to her?

Thanks a lot,
Priya

Priya Raghunathan
Tamil Sangam Münster e.V."""


@mail("raghunathan-may-i-send-someone", "2027-02-22 19:55:08",
      E("question", "priya.raghunathan@mail.example", "Priya Raghunathan",
        "Tamil Sangam Münster e.V.", [], None, "en"), "en",
      note="question whether a substitute is allowed")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@mail.example>"),
           ("To", MSO),
           ("Subject", "Sending someone in my place?"),
           ("Date", m.date),
           ("Message-ID", "<CAF8kR2mW0pq7Ly3ZtX4vN9sB1dEhG6uJ5cK2oPaQ8rT3wYx0Vb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PRIYA, gmail_html(PRIYA), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# Looks like a change ("Nachmeldung", names the chairman's registration) but is
# a new registration of another person from her own address: AG 1, alone.
# Webmailer, ISO-8859-1 quoted-printable.

@mail("berisha-nachmeldung-zusaetzlich", "2027-02-23 09:30:51",
      E("registration", "drita.berisha@web.example", "Drita Berisha",
        "Albanischer Kulturverein Illyria Münster e.V.", ["AG1"], 1, "de"), "de",
      note="new registration that looks like a change")
def _(m):
    m.head(("From", "Drita Berisha <drita.berisha@web.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4d7a2c90-1e3b-4f58-a6c2-9b0e8f1d3a57-1771835451220@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

unser Vorsitzender, Herr Besnik Sadiku, hat sich bereits Anfang Februar für den Tag der Migrantenselbstorganisationen angemeldet. Ich bin in unserem Vorstand für die Jugend- und Bildungsarbeit zuständig und würde gern ebenfalls teilnehmen. Bitte melden Sie mich zusätzlich an, und zwar für die Arbeitsgruppe zum Bildungssystem.

Herr Sadiku geht in eine andere AG, an seiner Anmeldung ändert sich nichts. Ich komme auch nicht mit ihm zusammen, sondern direkt von der Arbeit.

Mit freundlichen Grüßen
Drita Berisha
Albanischer Kulturverein Illyria Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish: two registered people swap workgroups ("ben 2. çalışma grubuna
# geçeyim, Hatice Hanım da benim yerime 1. gruba").  workgroups = the writer's
# own new choice.  The other person is in Cc.  Gmail alternative, base64,
# Turkish attribution line.

KORKMAZ = """Merhaba,

Hatice Şahin Hanım ile aramızda konuştuk, çalışma gruplarımızı değiştirmek istiyoruz: ben 2. çalışma grubuna (Münster'in gelecek süreci) geçeyim, Hatice Hanım da benim yerime 1. gruba, eğitim grubuna girsin. Onun bu konuda daha çok deneyimi var, okulda veli temsilcisi.

Hatice Hanım bu mailde CC'de, o da onaylıyor.

Teşekkürler, iyi çalışmalar
Emine Korkmaz
Münster Türk Veliler Birliği"""


@mail("korkmaz-yer-degistirme", "2027-02-23 16:20:19",
      E("change", "emine.korkmaz@mail.example", "Emine Korkmaz",
        "Münster Türk Veliler Birliği", ["AG2"], None, "tr"), "tr",
      note="swap: I go to AG 2, she to AG 1")
def _(m):
    cid = conf_id("20270204T093318")
    attribution = f"Tag der Migrantenselbstorganisationen <{MSO}>, 4 Şub 2027 Per, 09:33 tarihinde şunu yazdı:"
    quoted = confirmation("Frau Korkmaz", "Emine Korkmaz", "Münster Türk Veliler Birliği", "AG1", 1)
    m.head(("From", "Emine Korkmaz <emine.korkmaz@mail.example>"),
           ("To", TO_MSO),
           ("Cc", "Hatice Şahin <hatice.sahin@mail.example>"),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3nq0Zt5Yk8fWb1LmR7pVx2sC9dE4gJ6hN0oQaU3iT8yKe5Mw@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KORKMAZ, attribution, quoted),
                  gmail_html(KORKMAZ, attribution, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Learner German: she registered her friend (who has no e-mail) from her own
# address and now cancels for her.  name = the friend; email = the writer's.

@mail("khoury-absage-fuer-freundin", "2027-02-24 08:05:27",
      E("cancellation", "lina.khoury84@mail.example", "Rana Al-Zoubi", None, [], None, "de"), "de",
      note="cancels for a friend, learner German")
def _(m):
    m.head(("From", "Lina Khoury <lina.khoury84@mail.example>"),
           ("To", MSO),
           ("Subject", "Absage für Frau Al-Zoubi"),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Lq2bN4m0Vr9tYs1Kd8eW3pZ6cH5fG2aU0oiE7nR4wTq1Sg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich schreibe für meine Freundin Rana Al-Zoubi. Sie hat keine E-Mail, darum ich habe sie im Januar mit meine Adresse angemeldet für die AG 1.

Jetzt sie hat eine Arbeit gefunden in eine Bäckerei und muss am Samstag arbeiten. Sie kann leider nicht kommen. Bitte Anmeldung löschen, damit eine andere Person kann den Platz haben.

Sie sagt vielen Dank und Entschuldigung.

Lina Khoury
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Farsi: one of three registered people cannot come -> 2 ("ما فقط دو نفر
# خواهیم بود").  "گروه کاری ما همان قبلی می‌ماند" (our workgroup stays as
# before) names none -> [].  Gmail RTL alternative, base64; signature in
# Persian script, association in German.

EBRAHIMI = """سلام و وقت بخیر،

متأسفانه یکی از سه نفری که ثبت‌نام کرده بودیم، آقای فرهاد نوروزی، به دلیل سفر کاری نمی‌تواند روز ۱۳ مارس در جلسه شرکت کند. بنابراین ما فقط دو نفر خواهیم بود: من و خانم لیلا صدری.

گروه کاری ما همان قبلی می‌ماند.

با سپاس فراوان
مهسا ابراهیمی
Iranischer Kulturverein Pars Münster e.V."""


@mail("ebrahimi-yek-nafar-kamtar", "2027-02-24 12:40:02",
      E("change", "mahsa.ebrahimi@pars-verein.example", "مهسا ابراهیمی",
        "Iranischer Kulturverein Pars Münster e.V.", [], 2, "fa"), "fa",
      note="one member drops out, 3 -> 2, Farsi")
def _(m):
    cid = conf_id("20270210T110544")
    attribution = (f"در تاریخ چهارشنبه ۱۰ فوریهٔ ۲۰۲۷ ساعت ۱۱:۰۵، Tag der Migrantenselbstorganisationen "
                   f"<{MSO}> نوشت:")
    quoted = confirmation("Frau Ebrahimi", "Mahsa Ebrahimi", "Iranischer Kulturverein Pars Münster e.V.", "AG2", 3)
    m.head(("From", "Mahsa Ebrahimi <mahsa.ebrahimi@pars-verein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAEw5tB9mJ2xQ7kP0nV4rL8dY1sZ6gF3hC5aW9oeU2iR7qMb4Ns@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(EBRAHIMI, attribution, quoted),
                  gmail_html(EBRAHIMI, attribution, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Question: how would it work if someone else from the association came in her
# place?  She has not decided yet and says she will write again.  Apple Mail
# (iPad) alternative, UTF-8 quoted-printable.

PETERSEN = """Liebes Team vom MSO-Tag,

ich bin für den 13. März angemeldet, kann aber noch nicht sicher sagen, ob ich an dem Tag wirklich in Münster bin – meine Mutter muss eventuell operiert werden, und der Termin steht erst nächste Woche fest.

Deshalb vorab die Frage, wie das bei Ihnen läuft: Falls ich ausfalle, könnte dann jemand anderes aus unserem Verein an meiner Stelle kommen? Und müsste diese Person sich selbst neu anmelden, oder reicht eine kurze Mail von mir mit ihrem Namen?

Ich melde mich auf jeden Fall, sobald ich Bescheid weiß.

Herzliche Grüße
Jana Petersen
Freundeskreis Münster–Mwanza e.V.

Von meinem iPad gesendet"""


@mail("petersen-wie-laeuft-vertretung", "2027-02-24 20:15:44",
      E("question", "jana.petersen@mwanza-freunde.example", "Jana Petersen",
        "Freundeskreis Münster–Mwanza e.V.", [], None, "de"), "de",
      note="question about the substitute procedure, undecided")
def _(m):
    m.head(("From", "Jana Petersen <jana.petersen@mwanza-freunde.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Vertretung am 13.3."),
           ("Date", m.date),
           ("Message-ID", "<4E1A9C7B-2D3F-4B86-A0E5-C9F1D2B7E843@mwanza-freunde.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(PETERSEN, apple_html(PETERSEN), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 010 ---------------------------------------------------------------------
# Spanish: substitute.  "En mi lugar irá mi compañera Lucía Fernández Ortega
# ... participará en el grupo de trabajo 2, igual que estaba previsto para mí."
# The new text names AG 2 for the person who comes -> ["AG2"].  Gmail
# alternative, Spanish attribution line.

VILLALOBOS = """Hola, buenos días:

Lamentablemente no podré asistir al encuentro del 13 de marzo; me surgió un viaje a Valencia que no puedo aplazar.

En mi lugar irá mi compañera Lucía Fernández Ortega, que también forma parte de la junta directiva de Casa Latina. Ella participará en el grupo de trabajo 2, igual que estaba previsto para mí. Les agradecería que la inscribieran a ella en lugar de a mí.

Perdón por escribir en español, mi alemán escrito todavía no es muy bueno.

Un saludo cordial,
Andrés Villalobos
Casa Latina Münster e.V."""


@mail("villalobos-en-mi-lugar", "2027-02-25 09:02:36",
      E("change", "andres.villalobos@casalatina-ms.example", "Lucía Fernández Ortega",
        "Casa Latina Münster e.V.", ["AG2"], None, "es"), "es",
      note="substitute, Spanish, AG 2 restated")
def _(m):
    cid = conf_id("20270128T174211")
    attribution = (f"El jue, 28 ene 2027 a las 17:42, Tag der Migrantenselbstorganisationen "
                   f"(<{MSO}>) escribió:")
    quoted = confirmation("Herr Villalobos", "Andrés Villalobos", "Casa Latina Münster e.V.", "AG2", 1)
    m.head(("From", "=?UTF-8?Q?Andr=C3=A9s_Villalobos?= <andres.villalobos@casalatina-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM2pV7yQ4hL9nZ1xW6kR3tB8sD0fJ5gE2cN7oAuY4iP1mHe9Kq@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(VILLALOBOS, attribution, quoted),
                  gmail_html(VILLALOBOS, attribution, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Other: a network newsletter.  It names the event, the deadline, "AG 3",
# "absagen" and "Vertretung", but it is addressed to everyone.

RUNDBRIEF = """Netzwerk Interkulturelles Münster – Rundbrief März 2027

Liebe Mitglieder, liebe Interessierte,

hier das Wichtigste für die nächsten Wochen:

1. Tag der Migrantenselbstorganisationen, Samstag 13. März
Anmeldungen nimmt das Integrationszentrum noch bis zum 6. März an (mso-tag@muenster.example). AG 1 und AG 2 sind nach unseren Informationen fast voll, in der AG 3 zu Förderung und Vereinsmanagement gibt es noch Plätze. Eine Bitte der Veranstalter: Wer angemeldet ist und nicht kann, sagt bitte rechtzeitig ab oder schickt eine Vertretung aus dem eigenen Verein und teilt deren Namen mit.

2. Workshop „Kassenprüfung leicht gemacht“
Dienstag, 16. März, 18:30 Uhr, Haus der Begegnung. Anmeldung bei Selin: selin@netzwerk-interkulturell.example

3. Iftar der Vielfalt
Der gemeinsame Iftar findet in diesem Jahr am 4. März im Pfarrheim St. Mauritz statt. Bitte bringt etwas für das Buffet mit.

4. Ehrenamtliche gesucht
Das Sprachcafé in Kinderhaus sucht Menschen, die donnerstags nachmittags Zeit haben.

Herzliche Grüße
euer Redaktionsteam

--
Diesen Rundbrief bekommen alle Mitglieder des Netzwerks.
Abbestellen: https://www.netzwerk-interkulturell.example/rundbrief/abbestellen?u=5521"""

RUNDBRIEF_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief März 2027</title></head>
<body style="margin:0;padding:0;background:#eef3ee;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="620" cellspacing="0" cellpadding="18" style="background:#fff;font-family:Georgia,serif;font-size:15px;line-height:1.45;color:#1d1d1d;">
<tr><td style="border-bottom:4px solid #3c8d5a;"><span style="font-size:21px;color:#3c8d5a;">Netzwerk Interkulturelles Münster</span><br>Rundbrief März 2027</td></tr>
<tr><td>
<p>Liebe Mitglieder, liebe Interessierte,</p>
<p>hier das Wichtigste für die nächsten Wochen:</p>
<h3 style="margin-bottom:4px;">1. Tag der Migrantenselbstorganisationen, Samstag 13. März</h3>
<p style="margin-top:0;">Anmeldungen nimmt das Integrationszentrum noch bis zum 6. März an (<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>). AG 1 und AG 2 sind nach unseren Informationen fast voll, in der AG 3 zu Förderung und Vereinsmanagement gibt es noch Plätze. Eine Bitte der Veranstalter: Wer angemeldet ist und nicht kann, sagt bitte rechtzeitig ab oder schickt eine Vertretung aus dem eigenen Verein und teilt deren Namen mit.</p>
<h3 style="margin-bottom:4px;">2. Workshop „Kassenprüfung leicht gemacht“</h3>
<p style="margin-top:0;">Dienstag, 16. März, 18:30 Uhr, Haus der Begegnung. Anmeldung bei Selin: <a href="mailto:selin@netzwerk-interkulturell.example">selin@netzwerk-interkulturell.example</a></p>
<h3 style="margin-bottom:4px;">3. Iftar der Vielfalt</h3>
<p style="margin-top:0;">Der gemeinsame Iftar findet in diesem Jahr am 4. März im Pfarrheim St. Mauritz statt. Bitte bringt etwas für das Buffet mit.</p>
<h3 style="margin-bottom:4px;">4. Ehrenamtliche gesucht</h3>
<p style="margin-top:0;">Das Sprachcafé in Kinderhaus sucht Menschen, die donnerstags nachmittags Zeit haben.</p>
<p>Herzliche Grüße<br>euer Redaktionsteam</p>
</td></tr>
<tr><td style="font-size:12px;color:#666;">Diesen Rundbrief bekommen alle Mitglieder des Netzwerks.<br><a href="https://www.netzwerk-interkulturell.example/rundbrief/abbestellen?u=5521">Abbestellen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("netzwerk-rundbrief-maerz", "2027-02-25 11:48:00",
      E("other"), "de", note="newsletter mentioning the event, AGs and substitutes")
def _(m):
    m.head(("From", "Netzwerk Interkulturelles Münster <rundbrief@netzwerk-interkulturell.example>"),
           ("To", "Mitglieder <rundbrief@netzwerk-interkulturell.example>"),
           ("Subject", "Rundbrief 03/2027: MSO-Tag, Kassenprüfung, Iftar der Vielfalt"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-03.5521.a07e@netzwerk-interkulturell.example>"),
           ("List-Id", "Rundbrief Netzwerk <rundbrief.netzwerk-interkulturell.example>"),
           ("List-Unsubscribe", "<https://www.netzwerk-interkulturell.example/rundbrief/abbestellen?u=5521>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"))
    m.alternative(RUNDBRIEF, RUNDBRIEF_HTML, charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Cancellation of a whole group of three: two are ill, the writer is busy, and
# no substitute could be found ("eine Vertretung ... leider ohne Erfolg").
# Outlook HTML only, windows-1252 quoted-printable, confirmation quoted.

SOMMERKAMP = """Sehr geehrte Damen und Herren,

wir hatten uns im Januar mit drei Personen für die AG 1 angemeldet. Zwei von uns fallen krankheitsbedingt aus, und ich selbst bin an dem Samstag nun beruflich eingespannt. Wir haben in den letzten Tagen versucht, eine Vertretung aus dem Verein zu finden – leider ohne Erfolg.

Wir müssen unsere Anmeldung daher leider ganz zurückziehen. Bitte geben Sie die drei Plätze an andere Interessierte weiter.

Wir wünschen Ihnen eine gelungene Veranstaltung und sind im nächsten Jahr hoffentlich wieder dabei.

Mit freundlichen Grüßen

Brigitte Sommerkamp
Schriftführerin
Initiative Eine Welt Gievenbeck e.V."""


@mail("sommerkamp-keine-vertretung-gefunden", "2027-02-25 14:30:17",
      E("cancellation", "b.sommerkamp@eine-welt-gievenbeck.example", "Brigitte Sommerkamp",
        "Initiative Eine Welt Gievenbeck e.V.", [], None, "de"), "de",
      note="group cancels, no substitute found; Outlook HTML only")
def _(m):
    cid = conf_id("20270119T091530")
    m.head(("From", '"Sommerkamp, Brigitte" <b.sommerkamp@eine-welt-gievenbeck.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbhz2Tq8mVn3L0QkWf6pYd1xRsbQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7734C1A8E5F20B3D9E61F0A2C7B4@DB9PR02MB7734.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 19. Januar 2027 09:15",
             "Sommerkamp, Brigitte <b.sommerkamp@eine-welt-gievenbeck.example>",
             CONF_SUBJECT,
             confirmation("Frau Sommerkamp", "Brigitte Sommerkamp",
                          "Initiative Eine Welt Gievenbeck e.V.", "AG1", 3))
    m.single(outlook_html(SOMMERKAMP, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Tigrinya, from a phone: "ኣብ ክንዳይ መሳርሕተይ ሃብተ ተኽለ ክመጽእ እዩ" = in my
# place my colleague Habte Tekle will come.  No workgroup named.  The German
# confirmation is quoted the way iOS does (attribution inside the quote).

@mail("ghebremedhin-ab-kindey", "2027-02-25 18:44:09",
      E("change", "tesfalem.gm@mail.example", "ሃብተ ተኽለ",
        "Eritreische Gemeinde Münster e.V.", [], None, "ti"), "ti",
      note="substitute, Tigrinya")
def _(m):
    cid = conf_id("20270209T141002")
    m.head(("From", "Tesfalem Ghebremedhin <tesfalem.gm@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9C3E5A17-F0B2-4D68-8E41-2A7B6C9D0E15@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    quoted = confirmation("Herr Ghebremedhin", "Tesfalem Ghebremedhin",
                          "Eritreische Gemeinde Münster e.V.", "AG1", 1)
    m.single(f"""ሰላም ንኹልኹም፣

ኣብ 13 መጋቢት ብሰንኪ ስራሕ ክመጽእ ኣይክእልን እየ። ኣብ ክንዳይ መሳርሕተይ ሃብተ ተኽለ ክመጽእ እዩ። ንሱ እውን ኣባል ማሕበርና እዩ።

በጃኹም ኣብ ዝርዝር ተሳተፍቲ ስመይ ብስሙ ቀይሩዎ።

የቐንየልና
ተስፋለም ገብረመድህን
Eritreische Gemeinde Münster e.V.

> Am 09.02.2027 um 14:10 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(quoted)}
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Learner German: registered for AG 1 and AG 3, has now seen that the groups
# run at the same time; drops AG 3, keeps AG 1 and still comes -> change ["AG1"].

@mail("rasuli-ag3-streichen", "2027-02-26 08:15:40",
      E("change", "a.rasuli@mail.example", "Abdulkarim Rasuli",
        "Afghanischer Kultur- und Bildungsverein Münster", ["AG1"], None, "de"), "de",
      note="drops one workgroup, still comes; learner German")
def _(m):
    m.head(("From", "Abdulkarim Rasuli <a.rasuli@mail.example>"),
           ("To", MSO),
           ("Subject", "AG 3 streichen bitte"),
           ("Date", m.date),
           ("Message-ID", "<1771920940.331907.52104@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe angemeldet für den MSO-Tag, AG 1 und AG 3. Ich habe gedacht, man kann beide machen. Jetzt habe ich im Programm gesehen, die Arbeitsgruppen sind gleiche Zeit, am Nachmittag.

Darum bitte AG 3 streichen. Ich bleibe nur in AG 1, Bildung ist für unsere Verein wichtiger, wir machen Hausaufgabenhilfe für Kinder.

Ich komme natürlich trotzdem zu die Veranstaltung!

Mit freundliche Grüße
Abdulkarim Rasuli
Afghanischer Kultur- und Bildungsverein Münster
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# English: a registration of two, the writer and his colleague swap
# workgroups; the writer now goes to workgroup 3.  Outlook alternative with an
# English "From:/Sent:/To:/Subject:" block.

ADEYEMI = """Hello,

Small update on our registration (2 people). My colleague Chinedu Eze and I have decided to swap workgroups: he will go to workgroup 1 on the education system, and I will take his place in workgroup 3 (funding and association management). Our treasurer has asked me to look into funding options for next year, so it makes more sense this way round.

Everything else stays the same.

Kind regards,
Oluwaseun Adeyemi
Secretary
Nigerian Community Muenster e.V."""


@mail("adeyemi-swap-within-registration", "2027-02-26 11:30:22",
      E("change", "o.adeyemi@nigeriancommunity-ms.example", "Oluwaseun Adeyemi",
        "Nigerian Community Muenster e.V.", ["AG3"], None, "en"), "en", tz=0,
      note="swap inside one registration of two; Outlook, English quote block")
def _(m):
    cid = conf_id("20270208T110512")
    m.head(("From", "Oluwaseun Adeyemi <o.adeyemi@nigeriancommunity-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbei5Pb7kQ2sWm0nVx4LtYcZ8uRw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR05MB9120E4F6A1B3C5D7E9F0A2B4C6D8@AS8PR05MB9120.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Monday, 8 February 2027 11:05",
             "Oluwaseun Adeyemi <o.adeyemi@nigeriancommunity-ms.example>",
             CONF_SUBJECT,
             confirmation("Herr Adeyemi", "Oluwaseun Adeyemi", "Nigerian Community Muenster e.V.", "AG1", 2))
    m.alternative(outlook_plain(ADEYEMI, quote, labels="en"),
                  outlook_html(ADEYEMI, quote, charset="utf-8", lang="EN-GB", labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Arabic: looks like a follow-up in an old thread, but it is his registration:
# himself and two colleagues (3), AG 3, else AG 2.  The quote holds the
# organisers' German answer and, nested, his own earlier question.  Signature
# in Arabic script; the From display name is Latin.  Gmail RTL, base64.

ALHAMDAN = """مرحباً،

شكراً على ردّكم السريع. كما كتبت لكم الأسبوع الماضي، لم نكن متأكدين بعد من موعد اجتماع الهيئة الإدارية. الآن تأكّد الأمر، ولذلك أريد تسجيل نفسي واثنين من زملائي في الجمعية.

نرغب في المشاركة في مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات)، وإذا كانت ممتلئة فالمجموعة الثانية.

مع خالص التحية
يوسف الحمدان
جمعية الجالية السورية في مونستر"""

ALHAMDAN_ANSWER = """Sehr geehrter Herr Al-Hamdan,

vielen Dank für Ihre Nachricht. Ja, aus einem Verein können gern auch
mehrere Personen teilnehmen. Bitte schicken Sie uns bis zum 6. März die
Zahl der Personen und die gewünschte Arbeitsgruppe, dann tragen wir Sie ein.

Mit freundlichen Grüßen
Im Auftrag
X. Meza Correa-Flock
Kommunales Integrationszentrum Münster

Am 17.02.2027 um 21:40 schrieb Yousef Al-Hamdan:
> السلام عليكم،
>
> نحن جمعية صغيرة ونريد المشاركة في يوم منظمات المهاجرين. هل يمكن أن
> يحضر أكثر من شخص من الجمعية؟ لم نحدد بعد من سيأتي، لأن موعد اجتماع
> الهيئة الإدارية لم يُحدَّد بعد.
>
> يوسف الحمدان"""


@mail("alhamdan-tasjil-baad-sual", "2027-02-26 17:05:13",
      E("registration", "yousef.alhamdan@mail.example", "يوسف الحمدان",
        "جمعية الجالية السورية في مونستر", ["AG3", "AG2"], 3, "ar"), "ar",
      note="registration after an earlier question; nested quote")
def _(m):
    ans_id = "<antwort.20270218T101233.e4c9@muenster.example>"
    attribution = (f"في الخميس، ١٨ فبراير ٢٠٢٧ في ١٠:١٢ ص، كتب Tag der Migrantenselbstorganisationen "
                   f"<{MSO}>:")
    m.head(("From", "Yousef Al-Hamdan <yousef.alhamdan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: سؤال عن يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAN6rT1wE8kX3mQ9zV2pL5yB0sH7dJ4gF1cW8oNuA6iR3tZc2Pj@mail.gmail.example>"),
           ("In-Reply-To", ans_id),
           ("References", f"<CAN6rT1wA0aQ1bR2cS3dT4eU5fV6gW7hX8iY9jZ0kA1lB2mC3nD@mail.gmail.example> {ans_id}"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ALHAMDAN, attribution, ALHAMDAN_ANSWER),
                  gmail_html(ALHAMDAN, attribution, ALHAMDAN_ANSWER, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 017 ---------------------------------------------------------------------
# The group grows 1 -> 2: her daughter comes along, "beide in der AG 1".
# Phrased as a question ("Wäre es in Ordnung ...?") but it asks to add a
# person to her registration -> change, party 2, ["AG1"].  GMX plain text,
# ISO-8859-15 quoted-printable, GMX header block above the quote.

@mail("luetke-woestmann-tochter-kommt-mit", "2027-02-27 10:10:58",
      E("change", "sabine.luetke-woestmann@gmx.example", "Sabine Lütke-Wöstmann",
        "Förderverein Grundschule Berg Fidel e.V.", ["AG1"], 2, "de"), "de",
      note="party grows 1 -> 2, AG 1 for both")
def _(m):
    cid = conf_id("20270209T201402")
    m.head(("From", "Sabine Lütke-Wöstmann <sabine.luetke-woestmann@gmx.example>"),
           ("To", MSO),
           ("Subject", "Aw: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-a81f3c2e-60d7-4b95-9e14-7c2d0b8f5a36-1771924258114@3c-app-gmx-bs65>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Lütke-Wöstmann", "Sabine Lütke-Wöstmann",
                          "Förderverein Grundschule Berg Fidel e.V.", "AG1", 1)
    m.single(f"""Hallo liebes Orga-Team,

meine Tochter Johanna (16) hat mitbekommen, dass ich am 13. März zum MSO-Tag gehe, und möchte unbedingt mit. Sie ist an ihrer Schule in der Schülervertretung und interessiert sich sehr für das Bildungsthema.

Wäre es in Ordnung, wenn ich sie noch nachmelde? Dann wären wir zu zweit, beide in der AG 1.

Viele Grüße
Sabine Lütke-Wöstmann
Förderverein Grundschule Berg Fidel e.V.
 
 

Gesendet: Dienstag, 09. Februar 2027 um 20:14 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: sabine.luetke-woestmann@gmx.example
Betreff: {CONF_SUBJECT}
{gt_quote(quoted)}
""", charset="iso-8859-15", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Polish cancellation.  A colleague may come instead, but she has not decided
# and would register herself -> cancellation.  Outlook plain text,
# windows-1250 quoted-printable, Polish Outlook header block.

NOWICKA = """Szanowni Państwo,

z przykrością muszę odwołać swój udział w spotkaniu 13 marca – w tym samym terminie mam egzamin na uczelni, o którym dowiedziałam się dopiero wczoraj.

Możliwe, że zamiast mnie przyjdzie nasza koordynatorka, pani Ewa Mazur, ale ona nie jest jeszcze tego pewna. Jeśli się zdecyduje, napisze do Państwa sama i zgłosi się osobno.

Przepraszam za kłopot i pozdrawiam
Katarzyna Nowicka-Brandt
Polskie Forum Edukacyjne Münster"""


@mail("nowicka-brandt-odwolanie", "2027-02-27 15:25:41",
      E("cancellation", "k.nowicka-brandt@polskie-forum.example", "Katarzyna Nowicka-Brandt",
        "Polskie Forum Edukacyjne Münster", [], None, "pl"), "pl",
      note="cancellation; a colleague might register herself")
def _(m):
    cid = conf_id("20270205T134709")
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "piątek, 5 lutego 2027 13:47",
             "Katarzyna Nowicka-Brandt <k.nowicka-brandt@polskie-forum.example>",
             CONF_SUBJECT,
             confirmation("Frau Nowicka-Brandt", "Katarzyna Nowicka-Brandt",
                          "Polskie Forum Edukacyjne Münster", "AG1", 1))
    m.head(("From", addr("Katarzyna Nowicka-Brandt", "k.nowicka-brandt@polskie-forum.example")),
           ("To", TO_MSO),
           m.encoded("Subject", "ODP: " + CONF_SUBJECT, "windows-1250", "q"),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbfwYx3nQa7Kt0Sm2VdPz9cL4wUA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6215B3D5F7A9C1E3B5D7F9A1C3E5@PA4PR08MB6215.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "pl-PL"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    block = outlook_plain("", quote, labels="pl").lstrip("\n")
    m.single(f"{NOWICKA}\n\n________________________________\n{block}\n",
             charset="windows-1250", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Looks like a substitution ("als Ersatz für Herrn Kamara"), but Kamara has
# already withdrawn his registration, so this is her own new registration:
# AG 2 (Münsters Zukunftsprozess), alone.  Thunderbird, UTF-8 QP.

@mail("diarra-ersatz-fuer-kamara", "2027-02-28 11:20:05",
      E("registration", "f.diarra@westafrika-ms.example", "Fatoumata Diarra",
        "Westafrikanischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de",
      note="registration in place of a member who already cancelled")
def _(m):
    m.head(("From", "Fatoumata Diarra <f.diarra@westafrika-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung als Ersatz für Herrn Kamara"),
           ("Date", m.date),
           ("Message-ID", "<0c7e3b1a-9d25-4f60-b8e4-5a2f1c6d9e07@westafrika-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

unser Vorstandsmitglied Herr Ibrahima Kamara hatte sich für den MSO-Tag
angemeldet, musste seine Anmeldung aber letzte Woche wieder zurückziehen
(er hat Ihnen dazu selbst geschrieben).

Damit unser Verein trotzdem vertreten ist, möchte ich mich jetzt an seiner
Stelle anmelden. Ich würde gern in die Arbeitsgruppe zu Münsters
Zukunftsprozess gehen. Herr Kamara war für eine andere AG eingetragen,
aber das Zukunftsthema passt besser zu meiner Arbeit im Quartiersbeirat.

Ich komme allein.

Freundliche Grüße
Fatoumata Diarra
Westafrikanischer Kulturverein Münster e.V.
Tel. 0151 28 44 903
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# One member of a registered group of four drops out -> 3 ("zu dritt statt zu
# viert").  No workgroup named.  Outlook multipart/alternative, windows-1252
# QP, CRLF line ends, German header block above the quoted confirmation.

THEISSEN = """Guten Morgen,

eine kurze Änderung zu unserer Anmeldung: Frau Adjoa Boateng kann am 13. März leider doch nicht dabei sein, sie ist für ein paar Wochen zu ihrer Familie nach Kumasi geflogen. Wir kommen also zu dritt statt zu viert. Alles andere bleibt wie gehabt.

Vielen Dank und herzliche Grüße

Ursula Theißen
Koordination Ehrenamt
Afrikanischer Frauentreff Münster e.V.
Hammer Straße 112 · 48153 Münster"""


@mail("theissen-zu-dritt-statt-zu-viert", "2027-03-01 08:12:47",
      E("change", "ursula.theissen@afrika-frauen-ms.example", "Ursula Theißen",
        "Afrikanischer Frauentreff Münster e.V.", [], 3, "de"), "de", tz=0,
      note="one member drops out, 4 -> 3; Outlook alternative, CRLF")
def _(m):
    cid = conf_id("20270127T095805")
    m.head(("From", '"Theißen, Ursula" <ursula.theissen@afrika-frauen-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbcJ0cVx1mTt3fQe2Ks8pYwN5aHg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB4490F2A4C6E8B0D2F4A6C8E0B2D4@VI1PR06MB4490.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 27. Januar 2027 09:58",
             "Theißen, Ursula <ursula.theissen@afrika-frauen-ms.example>",
             CONF_SUBJECT,
             confirmation("Frau Theißen", "Ursula Theißen", "Afrikanischer Frauentreff Münster e.V.", "AG2", 4))
    m.alternative(outlook_plain(THEISSEN, quote), outlook_html(THEISSEN, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Turkish question: he registered two people for AG 3 in early February but
# never got a confirmation; is the registration there, or should he send it
# again?  ISO-8859-9 quoted-printable, plain text.

@mail("celebi-onay-gelmedi", "2027-03-01 13:40:26",
      E("question", "mustafa.celebi@alevi-muenster.example", "Mustafa Çelebi",
        "Münster Alevi Kültür Merkezi", [], None, "tr"), "tr",
      note="question: confirmation never arrived")
def _(m):
    m.head(("From", addr("Mustafa Çelebi", "mustafa.celebi@alevi-muenster.example", "iso-8859-9", "b")),
           ("To", MSO),
           m.encoded("Subject", "Kayıt onayı gelmedi", "iso-8859-9", "q"),
           ("Date", m.date),
           ("Message-ID", "<20270301124026.41f7a2@alevi-muenster.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""İyi günler,

Şubat başında derneğimiz adına 13 Mart'taki MSO gününe iki kişilik kayıt
yaptırmıştım (3. çalışma grubu). Ancak hâlâ bir onay e-postası almadım,
spam klasörüne de baktım.

Kaydımız sisteminizde görünüyor mu? Görünmüyorsa tekrar mı göndermem
gerekiyor?

Saygılarımla
Mustafa Çelebi
Münster Alevi Kültür Merkezi
""", charset="iso-8859-9", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Arabic: substitute AND a new workgroup.  "سيحضر بدلاً مني زميلي السيد كريم
# العبيدي ... يفضّل المشاركة في مجموعة العمل الثانية ... بدلاً من المجموعة
# الأولى" -> ["AG2"].  Outlook (Arabic interface) alternative, UTF-8 QP,
# RTL, Arabic header block above the German confirmation.

NASSER = """السلام عليكم،

للأسف لن أتمكن من حضور يوم منظمات المهاجرين في 13 مارس بسبب موعد طبي لا يمكن تأجيله.

سيحضر بدلاً مني زميلي السيد كريم العبيدي من إدارة البيت الثقافي. لكنه يفضّل المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر، بدلاً من المجموعة الأولى التي سجّلتُ فيها.

أرجو تعديل التسجيل بناءً على ذلك.

مع الشكر والتقدير
عمر ناصر
البيت الثقافي العراقي في مونستر"""


@mail("nasser-zamili-badalan-minni", "2027-03-01 18:03:55",
      E("change", "omar.nasser@irak-kulturhaus.example", "كريم العبيدي",
        "البيت الثقافي العراقي في مونستر", ["AG2"], None, "ar"), "ar",
      note="substitute who also changes the workgroup, Arabic Outlook")
def _(m):
    cid = conf_id("20270201T123017")
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "الاثنين، 1 فبراير 2027 12:30 م",
             "Omar Nasser <omar.nasser@irak-kulturhaus.example>",
             CONF_SUBJECT,
             confirmation("Herr Nasser", "Omar Nasser", "Irakisches Kulturhaus Münster", "AG1", 1))
    m.head(("From", "Omar Nasser <omar.nasser@irak-kulturhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "رد: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbdLq0w9Zm5Qp3TuXy1bKeVf8sNA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3345A7C9E1B3D5F7A9C1E3B5D7F9@AM0PR10MB3345.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NASSER, quote, labels="ar"),
                  outlook_html(NASSER, quote, charset="utf-8", lang="AR-SA", labels="ar", rtl=True),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# English registration: she goes "instead of" her chairman, who never
# registered -> a new registration, workshop 2, alone.  Apple Mail plain.

@mail("mbah-instead-of-our-chairman", "2027-03-02 08:30:39",
      E("registration", "esther.mbah@cameroon-ms.example", "Esther Mbah",
        "Cameroonian Association Münster e.V.", ["AG2"], 1, "en"), "en",
      note="registration that sounds like a substitution")
def _(m):
    m.head(("From", "Esther Mbah <esther.mbah@cameroon-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<7B2D9E41-6A05-4C3F-B8D1-E0F5A2C7934B@cameroon-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.single("""Dear organisers,

I would like to register for the MSO day on 13 March.

Our chairman, Mr Tabi, had planned to attend himself, but he never got
round to sending his registration and he is now travelling until the end
of March. So I will represent our association instead of him.

I would like to join workshop 2 (Münster's future process). Just me, no
one else.

Many thanks and best regards,
Esther Mbah
Cameroonian Association Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# French: he keeps his registration for the morning but gives up the
# afternoon workshop ("me retirer de l'atelier 1 ... Je reste bien sûr inscrit
# pour la matinée") -> change, no workgroup.  Zimbra alternative,
# ISO-8859-15 QP, "----- Mail original -----" quote.

MUKENDI = """Bonjour,

Je suis inscrit pour le 13 mars, atelier 1. Je viens d'apprendre que je dois partir vers 13 h pour un baptême à Dortmund, donc je ne pourrai pas assister à l'atelier de l'après-midi.

Je viendrai quand même le matin pour l'ouverture et la table ronde. Pourriez-vous me retirer de l'atelier 1 pour libérer la place ? Je reste bien sûr inscrit pour la matinée.

Merci d'avance et bonne journée,
Jean-Baptiste Mukendi
Communauté Congolaise de Münster e.V."""


@mail("mukendi-seulement-le-matin", "2027-03-02 10:55:31",
      E("change", "jb.mukendi@congo-ms.example", "Jean-Baptiste Mukendi",
        "Communauté Congolaise de Münster e.V.", [], None, "fr"), "fr",
      note="drops the workshop, keeps the morning; French Zimbra")
def _(m):
    cid = conf_id("20270202T085512")
    quoted = confirmation("Herr Mukendi", "Jean-Baptiste Mukendi",
                          "Communauté Congolaise de Münster e.V.", "AG1", 1)
    plain = f"""{MUKENDI}

----- Mail original -----
De: "Tag der Migrantenselbstorganisationen" <{MSO}>
À: "Jean-Baptiste Mukendi" <jb.mukendi@congo-ms.example>
Envoyé: Mardi 2 Février 2027 08:55:12
Objet: {CONF_SUBJECT}

{gt_quote(quoted)}
"""
    qhtml = "<br>".join(esc(line) for line in quoted.split("\n"))
    body = "<br>".join(esc(line) for line in MUKENDI.split("\n"))
    htm = (f"<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
           f"<div>{body}</div><br><hr id=\"zwchr\"><div style=\"color:#000;font-weight:normal;font-style:normal;"
           f"text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;\"><b>De: </b>"
           f"\"Tag der Migrantenselbstorganisationen\" &lt;{MSO}&gt;<br><b>À: </b>\"Jean-Baptiste Mukendi\" "
           f"&lt;jb.mukendi@congo-ms.example&gt;<br><b>Envoyé: </b>Mardi 2 Février 2027 08:55:12<br>"
           f"<b>Objet: </b>{esc(CONF_SUBJECT)}<br></div><br><div>{qhtml}</div></div></body></html>\n")
    m.head(("From", '"Jean-Baptiste Mukendi" <jb.mukendi@congo-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1843207715.2290481.1772445331068.JavaMail.zimbra@congo-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Zimbra 10.0.8_GA_0103 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_0103)"),
           ("Thread-Topic", CONF_SUBJECT),
           ("MIME-Version", "1.0"))
    m.alternative(plain, htm, charset="iso-8859-15", cte="quoted-printable", style="zimbra")


# -- 025 ---------------------------------------------------------------------
# Arabic: cancels for her brother and asks to send the cancellation
# confirmation to HIS address -> email = his address, name = the brother.
# Outlook plain text, windows-1256 quoted-printable.

@mail("mahmoud-ilgha-tasjil-akhi", "2027-03-02 14:20:48",
      E("cancellation", "khaled.mahmoud@mail.example", "خالد محمود", None, [], None, "ar"), "ar",
      note="cancels for her brother, confirmation to his address; windows-1256")
def _(m):
    m.head(("From", addr("رشا محمود", "rasha.mahmoud@mail.example", "windows-1256", "b")),
           ("To", MSO),
           m.encoded("Subject", "إلغاء تسجيل أخي خالد", "windows-1256", "b"),
           ("Date", m.date),
           ("Message-ID", "<000c01db8b61$7e2a4c10$7a7ee430$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أكتب إليكم نيابةً عن أخي خالد محمود، فهو مسجَّل لديكم ليوم 13 آذار، لكنه لا يتقن الكتابة بالألمانية وطلب مني أن أراسلكم.

للأسف لن يستطيع الحضور لأنه بدأ دورة اندماج ولديه امتحان في اليوم نفسه. أرجو إلغاء تسجيله.

من فضلكم أرسلوا تأكيد الإلغاء إلى بريده الإلكتروني: khaled.mahmoud@mail.example

شكراً جزيلاً
رشا محمود
""", charset="windows-1256", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Other: an internal Outlook meeting request (text/calendar) for the
# moderators.  It names all three AGs, "getauscht" and "Vertretung".

KORTMANN = """Hallo zusammen,

wie besprochen treffen wir uns kurz vor dem MSO-Tag noch einmal, um die Moderation der drei Arbeitsgruppen abzustimmen (AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Förderung).

Bitte bringt die aktuellen Teilnehmendenlisten mit. In den letzten Tagen haben einige Leute getauscht oder eine Vertretung geschickt, die Zahlen pro AG haben sich also verschoben.

Ort: Stadthaus 1, Raum 312
Wer nicht vor Ort sein kann: https://video.stadt-muenster.example/j/4471902

Viele Grüße
Jörg Kortmann
Kommunales Integrationszentrum"""

KORTMANN_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Kortmann, Jörg":mailto:joerg.kortmann@stadt-muenster.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tag der Mi
 grantenselbstorganisationen:mailto:mso-tag@muenster.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aylin Seze
 r:mailto:a.sezer@fh-muenster.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernd Lüt
 tmann:mailto:b.luettmann@stadt-muenster.example
SUMMARY;LANGUAGE=de-DE:Vorbesprechung Moderation der Arbeitsgruppen (MSO-Ta
 g)
DTSTART;TZID=W. Europe Standard Time:20270309T140000
DTEND;TZID=W. Europe Standard Time:20270309T153000
UID:040000008200E00074C5B7101A82E008000000004C7A2E11F28BDB01000000000000000
 01000000081E6B09D3A1C2F4E9B7D5A3C1E0F2B4D
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270302T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Stadthaus 1\\, Raum 312
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@mail("kortmann-vorbesprechung-moderation", "2027-03-02 16:45:03",
      E("other"), "de", note="internal meeting request with text/calendar")
def _(m):
    m.head(("From", '"Kortmann, Jörg" <joerg.kortmann@stadt-muenster.example>'),
           ("To", f"Tag der Migrantenselbstorganisationen <{MSO}>, Aylin Sezer <a.sezer@fh-muenster.example>, "
                  f"\"Lüttmann, Bernd\" <b.luettmann@stadt-muenster.example>"),
           ("Subject", "Vorbesprechung Moderation der Arbeitsgruppen (MSO-Tag)"),
           ("Thread-Topic", "Vorbesprechung Moderation der Arbeitsgruppen (MSO-Tag)"),
           ("Thread-Index", "AdmLd2kPq0t5Wm7zRfqB3cXy8nV1Hw=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1563D8E0A2C4E6F8A0B2C4D6E8F0@FR2P281MB1563.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    plain = m.text(KORTMANN, "plain", "utf-8", "quoted-printable")
    htm = m.text(outlook_html(KORTMANN, charset="utf-8"), "html", "utf-8", "quoted-printable")
    cal = m.text(KORTMANN_ICS, "calendar", "utf-8", "base64", params={"method": "REQUEST"})
    m.multi("alternative", [plain, htm, cal], style="outlook")


# -- 027 ---------------------------------------------------------------------
# Substitution inside a group of three: one person replaced by another, the
# number stays three -> change, party_size null (not changed), no workgroup.
# Sent from the board's shared mailbox with her personal Reply-To (Reply-To
# beats From).  Thunderbird-style quote.

@mail("demir-statt-frau-aydogan", "2027-03-03 09:05:16",
      E("change", "rojda.demir@mail.example", "Rojda Demir",
        "Kurdisch-Deutscher Kulturverein Münster e.V.", [], None, "de"), "de",
      note="one person in a group replaced; shared mailbox with Reply-To")
def _(m):
    cid = conf_id("20270205T190233")
    quoted = confirmation("Frau Demir", "Rojda Demir", "Kurdisch-Deutscher Kulturverein Münster e.V.", "AG2", 3)
    m.head(("From", '"Vorstand KDK Münster" <vorstand@kurd-kultur-ms.example>'),
           ("Reply-To", "Rojda Demir <rojda.demir@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a9e0d3c-71b2-4e8f-a6c4-2f8d1b7e0c93@kurd-kultur-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung bei unserer Gruppe: Statt Frau Berfin Aydoğan kommt Herr
Aram Rostami mit. Frau Aydoğan ist an dem Wochenende leider verreist. Die
Zahl bleibt also bei drei.

Für Rückfragen bin ich unter meiner eigenen Adresse erreichbar, das
Vorstandspostfach lesen wir nicht regelmäßig.

Beste Grüße
Rojda Demir
für den Vorstand
Kurdisch-Deutscher Kulturverein Münster e.V.

Am 05.02.2027 um 19:02 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Polish registration of two (herself and her husband), the education
# workgroup ("grupa robocza o systemie edukacji" -> AG 1), plus a question
# about parking.  Webmail alternative, UTF-8 QP.

KOWALCZYK = """Dzień dobry,

chciałabym zgłosić siebie i mojego męża, Piotra Kowalczyka, na Dzień Organizacji Migranckich 13 marca. Działamy jako rodzice w polskiej szkole sobotniej przy parafii św. Józefa i najbardziej interesuje nas grupa robocza o systemie edukacji.

Czy w tym dniu będzie można zaparkować gdzieś w pobliżu?

Pozdrawiam serdecznie
Monika Kowalczyk
Polska Szkoła Sobotnia im. Jana Pawła II w Münster"""


@mail("kowalczyk-zgloszenie-dwie-osoby", "2027-03-03 12:30:12",
      E("registration", "monika.kowalczyk@wp.example", "Monika Kowalczyk",
        "Polska Szkoła Sobotnia im. Jana Pawła II w Münster", ["AG1"], 2, "pl"), "pl",
      note="registration for two, Polish, plus a question")
def _(m):
    m.head(("From", "Monika Kowalczyk <monika.kowalczyk@wp.example>"),
           ("To", MSO),
           m.encoded("Subject", "Zgłoszenie na 13 marca – 2 osoby", "utf-8", "b"),
           ("Date", m.date),
           ("Message-ID", "<a1b6c2e4f7d94c0e8b3a5f61d2c7e980@wp.example>"),
           ("X-Mailer", "WP Poczta"),
           ("MIME-Version", "1.0"))
    m.alternative(KOWALCZYK, div_html(KOWALCZYK, "font-family: Verdana, sans-serif; font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English: the group shrinks from 4 to 2 and moves to workgroup III
# ("could you move us to workgroup III instead?") -> ["AG3"], party 2.
# Signed with the first name only; Outlook for iOS alternative.

OWUSU = """Hi there,

Two of the four of us who registered can't make it after all (one is ill, the other has to work), so it will just be me and Comfort Agyeman on the 13th.

Since it's only the two of us now, could you move us to workgroup III instead? We'd rather spend the afternoon on the funding topic.

Thanks so much!
Abena

Get Outlook for iOS"""


@mail("owusu-ansah-just-two-of-us", "2027-03-03 19:40:29",
      E("change", "abena.oa@ghana-women-ms.example", "Abena Owusu-Ansah",
        None, ["AG3"], 2, "en"), "en",
      note="group shrinks 4 -> 2 and changes workgroup")
def _(m):
    cid = conf_id("20270203T165120")
    quoted = confirmation("Frau Owusu-Ansah", "Abena Owusu-Ansah", "Ghana Women's Network Münster", "AG1", 4)
    attr = (f"From: Tag der Migrantenselbstorganisationen <{MSO}>\n"
            "Sent: Wednesday, February 3, 2027 4:51:20 PM\n"
            "To: Abena Owusu-Ansah <abena.oa@ghana-women-ms.example>\n"
            f"Subject: {CONF_SUBJECT}")
    plain = f"{OWUSU}\n________________________________\n{attr}\n\n{quoted}\n"
    body = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>" for line in OWUSU.split("\n"))
    qa = "<br>".join(esc(line) for line in attr.split("\n"))
    qb = "<br>".join(esc(line) for line in quoted.split("\n"))
    htm = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           f"<body>{body}<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
           f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" "
           f"color=\"#000000\">{qa}</font><div>&nbsp;</div></div><div>{qb}</div></body></html>\n")
    m.head(("From", "Abena Owusu-Ansah <abena.oa@ghana-women-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0PR03MB8712A0C2E4F6B8D0A2C4E6F8B0D2@DU0PR03MB8712.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Farsi question: he is registered (group 1); a colleague now wants to come.
# Is there still room, and must she register herself or can he add her?
# He asks how to do it and does not yet ask to add her -> question.
# Plain text, UTF-8 8bit.

@mail("tavakoli-soal-hamkaram", "2027-03-04 07:55:34",
      E("question", "reza.tavakoli@mail.example", "رضا توکلی",
        "انجمن مهندسان و متخصصان ایرانی مونستر", [], None, "fa"), "fa",
      note="question: how can a colleague be added")
def _(m):
    m.head(("From", "Reza Tavakoli <reza.tavakoli@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال درباره ثبت‌نام همکارم"),
           ("Date", m.date),
           ("Message-ID", "<CAB4sN8qT1vY6kM3xZ0pR7wL2dH9fJ5gC8eA1oUiE4nV6tKb3Qr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام،

من برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کرده‌ام (گروه کاری ۱).
همکارم خانم نگار رحیمی هم حالا علاقه‌مند شده که بیاید.

آیا هنوز جا هست؟ و اگر هست، او باید خودش جداگانه ثبت‌نام کند یا من
می‌توانم او را به ثبت‌نام خودم اضافه کنم؟ مهلت ثبت‌نام تا ۶ مارس است،
درست است؟

ممنون از پاسخ شما
رضا توکلی
انجمن مهندسان و متخصصان ایرانی مونستر
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Turkish, from an iPhone: her husband cannot come, she still comes ->
# change 2 -> 1 ("kaydı 2 kişiden 1 kişiye düşürebilir misiniz?").
# Turkish iOS attribution inside the quote.

@mail("yavuz-esim-gelemeyecek", "2027-03-04 10:20:14",
      E("change", "gulsum.yavuz@icloud.example", "Gülsüm Yavuz", None, [], 1, "tr"), "tr",
      note="partner cannot come, 2 -> 1; iPhone, Turkish")
def _(m):
    cid = conf_id("20270203T182240")
    quoted = confirmation("Frau Yavuz", "Gülsüm Yavuz", "Türkisch-Islamischer Kulturverein Hiltrup", "AG2", 2)
    m.head(("From", "=?utf-8?B?R8O8bHPDvG0gWWF2dXo=?= <gulsum.yavuz@icloud.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3F8B2C6E-A1D7-4E90-95B3-6C0E2F7A1D48@icloud.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Merhaba,
Eşim Ahmet maalesef 13 Mart'ta gelemeyecek, işten izin alamadı. Ben yine de geleceğim, yani kaydı 2 kişiden 1 kişiye düşürebilir misiniz?
Teşekkürler
Gülsüm Yavuz

iPhone'umdan gönderildi

> 3 Şub 2027 tarihinde 18:22 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunları yazdı:
> 
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# French: forwards her colleague's confirmation (AG 1 in the forwarded text)
# and registers herself for "l'atelier 3", alone -> a new registration, not a
# change of his.  Gmail (French interface) forward, alternative, UTF-8 QP.

NDIAYE = """Bonjour,

Mon collègue Moussa Diop m'a transféré la confirmation de son inscription (voir ci-dessous). J'aimerais moi aussi participer à la journée du 13 mars, mais pas dans le même atelier que lui : je m'intéresse surtout à l'atelier 3, sur les financements et la gestion associative.

Je viendrai seule. Nous sommes tous les deux membres de l'Association Sénégalaise de Münster : Moussa est trésorier, je suis secrétaire.

Merci et bonne journée,
Aïssatou Ndiaye"""


@mail("ndiaye-moi-aussi-atelier-3", "2027-03-04 15:00:42",
      E("registration", "aissatou.ndiaye@mail.example", "Aïssatou Ndiaye",
        "Association Sénégalaise de Münster", ["AG3"], 1, "fr"), "fr",
      note="registration forwarding a colleague's confirmation")
def _(m):
    fwd_head = [f"---------- Message transféré ---------",
                f"De : Tag der Migrantenselbstorganisationen <{MSO}>",
                "Date: lun. 1 févr. 2027 à 10:40",
                f"Subject: {CONF_SUBJECT}",
                "To: Moussa Diop <moussa.diop@mail.example>"]
    quoted = confirmation("Herr Diop", "Moussa Diop", "Association Sénégalaise de Münster", "AG1", 1)
    plain = NDIAYE + "\n\n" + "\n".join(fwd_head) + "\n\n\n" + quoted + "\n"
    body = "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in NDIAYE.split("\n"))
    fh = "<br>".join(esc(line) for line in fwd_head)
    qb = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    htm = (f"<div dir=\"ltr\">{body}<br><div class=\"gmail_quote gmail_quote_container\">"
           f"<div dir=\"ltr\" class=\"gmail_attr\">{fh}<br></div><br><br>{qb}<br>\n</div></div>\n")
    m.head(("From", "=?UTF-8?Q?A=C3=AFssatou_Ndiaye?= <aissatou.ndiaye@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL9wQ3pY7mV2kT8xN1rZ4sB6dF0hJ3gE9cW2oAuR5iK8tLe1Hz@mail.gmail.example>"),
           ("References", conf_id("20270201T104008")),
           ("In-Reply-To", conf_id("20270201T104008")),
           ("MIME-Version", "1.0"))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Learner German: in a registration of two, her sister replaces her husband;
# "Also immer noch 2 Personen" -> change, party null (unchanged), no
# workgroup.  A new mail, no quote; UTF-8 base64.

@mail("ibrahim-schwester-statt-mann", "2027-03-05 09:45:57",
      E("change", "hevi.ibrahim@mail.example", "Hevi Ibrahim",
        "Ezidische Frauengruppe Münster", [], None, "de"), "de",
      note="one person of two replaced; learner German")
def _(m):
    m.head(("From", "Hevi Ibrahim <hevi.ibrahim@mail.example>"),
           ("To", MSO),
           ("Subject", "Änderung Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1772700357.640118.88123@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin angemeldet mit meine Mann, 2 Personen. Mein Mann kann nicht kommen, er muss am Samstag arbeiten. Dafür kommt meine Schwester Nesrin Ibrahim mit mir. Also immer noch 2 Personen.

Ist das ok so? Muss meine Schwester noch etwas schicken?

Danke schön
Hevi Ibrahim
Ezidische Frauengruppe Münster
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Spanish registration of three, replying to the invitation (all three AGs in
# the quote); "el grupo de trabajo sobre el proceso de futuro de Münster" ->
# AG 2.  Outlook.com HTML only, UTF-8 QP, Spanish header block.

MEJIA = """Buenas tardes:

Recibimos la invitación a través de la red de asociaciones y nos gustaría participar. Seríamos tres personas de la Asociación Colombo-Alemana de Münster: yo, Julián Restrepo y Sandra Patiño.

Nos interesa el grupo de trabajo sobre el proceso de futuro de Münster desde la perspectiva de las personas con historia migratoria.

Disculpen que escribamos tan tarde, espero que todavía haya cupo.

Saludos cordiales,
Carolina Mejía Restrepo
Presidenta
Asociación Colombo-Alemana de Münster e.V."""


@mail("mejia-restrepo-tres-personas", "2027-03-05 13:10:20",
      E("registration", "carolina.mejia@outlook.example", "Carolina Mejía Restrepo",
        "Asociación Colombo-Alemana de Münster e.V.", ["AG2"], 3, "es"), "es",
      note="registration of three replying to the invitation; HTML only")
def _(m):
    body = "<br>".join(esc(line) for line in MEJIA.split("\n"))
    inv = "<br>".join(esc(line) for line in INVITATION.split("\n"))
    htm = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
           "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
           "</head>\n<body dir=\"ltr\">\n"
           "<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
           "Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n"
           f"{body}</div>\n<div id=\"appendonsend\"></div>\n"
           "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
           "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" "
           f"color=\"#000000\"><b>De:</b> Tag der Migrantenselbstorganisationen &lt;{MSO}&gt;<br>\n"
           "<b>Enviado:</b> martes, 12 de enero de 2027 14:03<br>\n"
           f"<b>Para:</b> Tag der Migrantenselbstorganisationen &lt;{MSO}&gt;<br>\n"
           f"<b>Asunto:</b> {esc(INVITATION_SUBJECT)}</font>\n<div>&nbsp;</div>\n</div>\n"
           f"<div>{inv}</div>\n</body>\n</html>\n")
    m.head(("From", "=?iso-8859-1?Q?Carolina_Mej=EDa_Restrepo?= <carolina.mejia@outlook.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbSe7x0vJc4Mq2Rk5Tz9pNbW3yLg=="),
           ("Date", m.date),
           ("Message-ID", "<SA1PR19MB5024C3E5A7B9D1F3A5C7E9B1D3F5@SA1PR19MB5024.namprd19.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "es-ES, de-DE"),
           ("Content-Language", "es-ES"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(htm, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Looks like a change ("wieder anmelden", "wie ursprünglich"), but his earlier
# registration was cancelled two weeks ago at his own request; this registers
# him again: AG 2, alone.  Android mail app, UTF-8 QP.

@mail("markovic-doch-wieder-dabei", "2027-03-05 22:30:08",
      E("registration", "goran.markovic@srpska-zajednica.example", "Goran Marković",
        "Serbische Gemeinde Münster e.V.", ["AG2"], 1, "de"), "de",
      note="re-registration after an earlier cancellation")
def _(m):
    m.head(("From", "Goran Marković <goran.markovic@srpska-zajednica.example>"),
           ("To", MSO),
           ("Subject", "Doch wieder dabei – Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<d41f8a0c-2b67-4e35-9c1d-7e3a5b0f8c62@srpska-zajednica.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich hatte mich vor gut zwei Wochen wieder abgemeldet, weil ich am 13. März auf einer Fortbildung in Hannover sein sollte. Die Fortbildung ist jetzt abgesagt worden, ich könnte also doch kommen.

Falls noch etwas frei ist, melden Sie mich bitte wieder an, gern für die AG 2 wie ursprünglich. Ich komme allein.

Besten Dank und viele Grüße
Goran Marković
Serbische Gemeinde Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Auto reply: an Exchange out-of-office answer to the 7-day reminder, German
# and English.  It names a "Vertretung" (deputy) - not a substitute.

BROCKMANN_OOF = """Guten Tag,

ich bin bis einschließlich Freitag, 12. März 2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Vertretung, Herrn Lars Becker (l.becker@vhs-muenster.example, Tel. 0251 492-4317).

---

Thank you for your message. I am out of the office until Friday, 12 March 2027, and have no access to my e-mails. In urgent cases please contact my deputy, Mr Lars Becker (l.becker@vhs-muenster.example).

Frauke Brockmann
Fachbereich Interkulturelle Bildung
Volkshochschule Münster"""


@mail("brockmann-abwesenheit-vertretung", "2027-03-06 09:02:19",
      E("auto_reply"), "de", note="out-of-office naming a deputy (Vertretung)")
def _(m):
    rid = conf_id("20270306T090011")
    m.head(("From", '"Brockmann, Frauke" <f.brockmann@vhs-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjnLq7YV2dW0mTk8sPc3xRf1zGQ=="),
           ("Date", m.date),
           ("Message-ID", "<e8c1b4a7d2f04956a3b0c7e2f9d1a5b8@EXMBX02.vhs-muenster.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "f.brockmann@vhs-muenster.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BROCKMANN_OOF, outlook_html(BROCKMANN_OOF, charset="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Reply to the reminder: one person replaced and two added -> party 5 ("fünf
# statt drei").  "unserer AG" names no workgroup.  Outlook plain text,
# windows-1252 8bit, "-----Ursprüngliche Nachricht-----" quote.

@mail("karaca-fuenf-statt-drei", "2027-03-06 11:30:50",
      E("change", "s.karaca@brueckenschlag-ms.example", "Sevim Karaca",
        "Bildungswerk Brückenschlag Münster e.V.", [], 5, "de"), "de",
      note="reply to the reminder: substitute plus two more, 3 -> 5")
def _(m):
    rid = conf_id("20270306T090004")
    m.head(("From", "Sevim Karaca <s.karaca@brueckenschlag-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001801db8e6f$2c4a9e70$84dfdb50$@brueckenschlag-ms.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQJ5k2Lq0Zt8Vx3mRn7Ws4Yc1Pb6Tg=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

danke für die Erinnerung! Bei uns hat sich noch einiges getan:

- Frau Oksana Hrytsenko kommt statt Herrn Lukas Brandt, der ist beruflich verhindert.
- Dazu kommen zwei neue Ehrenamtliche, Emre Tan und Sibel Öztürk, die unbedingt mitwollen.

Damit wären wir fünf statt drei Personen. Ich hoffe, das geht noch, auch wenn die Frist heute abläuft. Falls es in unserer AG zu voll wird, können die beiden Neuen auch in eine andere gehen.

Viele Grüße
Sevim Karaca
Bildungswerk Brückenschlag Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}> 
Gesendet: Samstag, 6. März 2027 09:00
An: Sevim Karaca <s.karaca@brueckenschlag-ms.example>
Betreff: {REMINDER_SUBJECT}

{reminder("Frau Karaca", "AG1", 3)}
""", charset="windows-1252", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Learner German question: she is on the waiting list for AG 2; does she move
# up automatically when someone cancels, or should she take AG 3 now?  She
# asks for advice and requests nothing -> question.

@mail("melnyk-warteliste-frage", "2027-03-06 17:20:35",
      E("question", "tetiana.melnyk@mail.example", "Tetiana Melnyk",
        "Ukrainischer Verein „Kalyna“ Münster", [], None, "de"), "de",
      note="waiting-list question; learner German")
def _(m):
    m.head(("From", "Tetiana Melnyk <tetiana.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", "Warteliste AG 2 Frage"),
           ("Date", m.date),
           ("Message-ID", "<CAD2xV9nR4kY7mT0qW3pL6sB1zH8fJ5gE2cN9oAiU7tM4wKe0Pr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe bekommen eine Mail, dass AG 2 ist voll und ich bin auf Warteliste. Jetzt ich lese im Rundbrief, dass viele Leute absagen oder tauschen.

Meine Frage: Wenn jemand absagt in AG 2, bekomme ich den Platz automatisch? Oder ist besser, ich nehme jetzt AG 3? Ich möchte auf jeden Fall kommen.

Vielen Dank
Tetiana Melnyk
Ukrainischer Verein „Kalyna“ Münster
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Farsi cancellation (two persons) replying to the reminder: the association
# holds its Nowruz bazaar the same day.  Gmail RTL alternative, base64.

MORADI = """سلام،

ممنون بابت یادآوری. متأسفانه ما نمی‌توانیم روز ۱۳ مارس شرکت کنیم؛ همان روز بازارچه‌ی نوروزی انجمن‌مان برگزار می‌شود و همه‌ی اعضا مشغول آماده‌سازی هستند. لطفاً ثبت‌نام ما (دو نفر) را لغو کنید تا جای ما به کسان دیگری برسد.

امیدوارم سال آینده بتوانیم بیاییم.

با احترام
فرزانه مرادی
Deutsch-Iranische Gesellschaft für Kultur Münster"""


@mail("moradi-laghv-sabtenam", "2027-03-07 10:15:26",
      E("cancellation", "farzaneh.moradi@mail.example", "فرزانه مرادی",
        "Deutsch-Iranische Gesellschaft für Kultur Münster", [], None, "fa"), "fa",
      note="cancellation replying to the reminder, Farsi")
def _(m):
    rid = conf_id("20270306T090007")
    attribution = (f"در تاریخ شنبه ۶ مارس ۲۰۲۷ ساعت ۹:۰۰، Tag der Migrantenselbstorganisationen "
                   f"<{MSO}> نوشت:")
    quoted = reminder("Frau Moradi", "AG3", 2)
    m.head(("From", "Farzaneh Moradi <farzaneh.moradi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG7tM2pW5kX8nQ1zV4rL9yB3sD6fJ0gH5cE8oNuA2iT7qRb6Kw@mail.gmail.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(MORADI, attribution, quoted),
                  gmail_html(MORADI, attribution, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Learner German, after the deadline: "Wenn noch Platz ist, möchte ich gerne
# kommen mit meine Kollegin" - states AG 3 and two persons -> registration
# (the deadline is the tool's business).  ISO-8859-1, 8bit.

@mail("mohamed-ali-noch-platz-ag3", "2027-03-08 08:40:44",
      E("registration", "abdullahi.mohamedali@mail.example", "Abdullahi Mohamed Ali",
        "Somalischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de",
      note="late registration after the deadline; learner German")
def _(m):
    m.head(("From", "Abdullahi Mohamed Ali <abdullahi.mohamedali@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<1772955644.208813.61377@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Team,

ich weiß, die Anmeldung war bis 6. März, aber ich habe die Einladung erst gestern bekommen von eine Freund. Wenn noch Platz ist, möchte ich gerne kommen mit meine Kollegin Hodan Warsame. Wir beide möchten in AG 3, Förderung für Vereine, weil unsere Verein ist neu und wir brauchen Geld für Projekte.

Danke und schöne Grüße
Abdullahi Mohamed Ali
Somalischer Kulturverein Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Other: the caterer asks for the final head count, with the updated offer as
# a PDF.  Numbers of persons and "Änderungen", but no one registers.

LINDENHOF = """Sehr geehrte Damen und Herren,

für Ihre Veranstaltung am Samstag, 13.03.2027, im Stadtweinhaus benötigen wir bis spätestens Mittwoch, 10.03., 12:00 Uhr die endgültige Personenzahl.

Kalkuliert sind bisher 90 Personen, davon 30 vegetarisch und 10 vegan. Änderungen um bis zu 10 % nach oben oder unten können wir kostenfrei berücksichtigen, danach berechnen wir die bestellte Menge.

Im Anhang finden Sie das aktualisierte Angebot mit dem Mittagsimbiss und der Getränkepauschale. Bitte bestätigen Sie uns die Zahl kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Dana Kötter
Veranstaltungsservice

Lindenhof Catering GmbH
Hafenweg 26, 48155 Münster
Tel. 0251 6 74 02-11
www.lindenhof-catering.example
Amtsgericht Münster HRB 17702 · Geschäftsführer: Ralf Lindemann"""


@mail("lindenhof-catering-personenzahl", "2027-03-08 16:00:31",
      E("other"), "de", note="caterer asks for the head count; PDF attached")
def _(m):
    m.head(("From", "Dana Kötter | Lindenhof Catering <d.koetter@lindenhof-catering.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03. – endgültige Personenzahl bis Mittwoch"),
           ("Date", m.date),
           ("Message-ID", "<20270308150031.7f3c2a91@lindenhof-catering.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    txt = m.text(LINDENHOF, "plain", "utf-8", "quoted-printable")
    pdf = m.binary(make_pdf(["Lindenhof Catering GmbH",
                             "Angebot Nr. 2027-0312 (aktualisiert 08.03.2027)",
                             "Veranstaltung: Tag der Migrantenselbstorganisationen, 13.03.2027",
                             "Mittagsimbiss, 90 Personen (30 vegetarisch, 10 vegan)",
                             "Getraenkepauschale 10:00-16:00 Uhr",
                             "Gesamt netto: 2.430,00 EUR"]),
                   "application", "pdf", "Angebot_2027-0312.pdf")
    m.multi("mixed", [txt, pdf])


# -- 042 ---------------------------------------------------------------------
# English: cancels on behalf of a colleague in hospital; he is not registered
# himself and asks for nothing to be sent elsewhere -> email = his address,
# name = the colleague.  Plain US-ASCII.

@mail("mwesigwa-cancel-for-colleague", "2027-03-09 12:10:09",
      E("cancellation", "james.mwesigwa@eac-muenster.example", "Halima Yusuf",
        "East African Community Muenster", [], None, "en"), "en",
      note="cancels for a colleague in hospital")
def _(m):
    m.head(("From", "James Mwesigwa <james.mwesigwa@eac-muenster.example>"),
           ("To", MSO),
           ("Subject", "Cancellation on behalf of Halima Yusuf"),
           ("Date", m.date),
           ("Message-ID", "<20270309111009.GA48213@eac-muenster.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear MSO-Tag team,

I'm writing on behalf of my colleague Halima Yusuf, who registered for
Saturday with her work email. She was admitted to hospital yesterday
(nothing life-threatening, but she will be there for a few days) and
asked me to cancel her place, as she can't get to her emails.

Just to be clear: I am not registered myself, and this is only about
Halima's registration. I don't think anyone else from our association
will be able to take her place at such short notice.

Best regards,
James Mwesigwa
East African Community Muenster
""", charset="us-ascii", cte="7bit")


# -- 043 ---------------------------------------------------------------------
# Tigrinya cancellation: "ሕጂ ሓሚመ ስለ ዘለኹ ክመጽእ ኣይክእልን እየ። በጃኹም
# ምዝገባይ ሰርዙለይ።" = I am ill now and cannot come; please cancel my
# registration.  Plain UTF-8 8bit; Ge'ez signature.

@mail("kidane-mizgebay-serzuley", "2027-03-10 07:30:52",
      E("cancellation", "mebrat.kidane@mail.example", "መብራት ኪዳነ", None, [], None, "ti"), "ti",
      note="cancellation, Tigrinya")
def _(m):
    m.head(("From", "Mebrat Kidane <mebrat.kidane@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ ምስራዝ – MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAK5nP8wT2mY9kV4xQ7rZ0sL3dB6fH1gJ8cE5oWuA9iN2tRb7Mx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣

ኣብ መዓልቲ 13 መጋቢት ንምስታፍ ተመዝጊበ ነይረ። ግን ሕጂ ሓሚመ ስለ ዘለኹ ክመጽእ ኣይክእልን እየ። በጃኹም ምዝገባይ ሰርዙለይ።

የቐንየለይ
መብራት ኪዳነ
""", charset="utf-8", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Cancellation: her chairman registered her (separately from himself); she
# cancels her own place, he still comes.  Apple Mail alternative, UTF-8 QP.

HAGEMEISTER = """Liebes Team,

unser Vorsitzender, Herr Nguyen Van Long, hat mich vor einigen Wochen für den MSO-Tag angemeldet, die Bestätigung kam an meine Adresse. Leider muss ich jetzt kurzfristig absagen: Ich habe mir beim Sport das Knie verdreht und bin die nächsten Tage kaum mobil.

Herr Nguyen hat sich selbst separat angemeldet und kommt wie geplant.

Schade, ich hatte mich sehr auf die AG gefreut!

Viele Grüße
Corinna Hagemeister"""


@mail("hagemeister-absage-knie", "2027-03-11 20:05:37",
      E("cancellation", "c.hagemeister@mail.example", "Corinna Hagemeister", None,
        [], None, "de"), "de", note="cancellation of a place a chairman booked for her")
def _(m):
    m.head(("From", "Corinna Hagemeister <c.hagemeister@mail.example>"),
           ("To", MSO),
           ("Subject", "Absage Samstag"),
           ("Date", m.date),
           ("Message-ID", "<A6E0F3B9-7C21-4D58-9B0E-1F4C8D2A6E73@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(HAGEMEISTER, apple_html(HAGEMEISTER), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 045 ---------------------------------------------------------------------
# The day before: "bitte streichen" as a one-line iPhone reply on top of the
# quoted confirmation -> cancellation.

@mail("kowalski-bitte-streichen", "2027-03-12 07:12:03",
      E("cancellation", "dennis.kowalski@mail.example", "Dennis Kowalski", None,
        [], None, "de"), "de", note="one-line cancellation, iPhone reply")
def _(m):
    cid = conf_id("20270215T210317")
    quoted = confirmation("Herr Kowalski", "Dennis Kowalski", None, "AG2", 1)
    m.head(("From", "Dennis Kowalski <dennis.kowalski@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E2C7A94F-3B18-4F6D-8A05-9D1E6B3C7F20@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hi, bitte streichen, ich schaffe es morgen doch nicht. Sorry für die späte Absage!
Gruß Dennis

Von meinem iPhone gesendet

> Am 15.02.2027 um 21:03 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

LANGS = ("de", "en", "tr", "ar", "pl", "fa", "fr", "es", "ti")
MACHINE = ("auto_reply", "bounce", "other")
EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
NON_EXAMPLE_OK = ("schemas.microsoft.com", "www.w3.org")


def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, note, fn) in enumerate(MAILS, 1):
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


def decoded_text(msg):
    """Every header (decoded) and every text part, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(name, msg, e, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
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
    if kind == "bounce":
        rc = e["bounced_recipient"]
        if not rc or rc != rc.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(rc and rc in r for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        low = text.lower()
        if not em or em != em.lower() or em not in low:
            problems.append(f"email {em!r} not lower-case or not in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']!r}")
        for k in ("name", "organisation"):
            v = e[k]
            if k == "name" and not v:
                problems.append("person mail needs a name")
            if v and v not in text:
                problems.append(f"{k} {v!r} not written in the mail")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF in a CRLF message")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside the late registration period")
    for h, plain in m.encoded_headers.items():
        raw = msg.get_all(h)[0] if msg.get_all(h) else None
        if raw is None or str(raw) != plain:
            problems.append(f"header {h} does not decode to the intended text")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            p.get_payload(decode=True).decode(cs, "strict")
        except (UnicodeDecodeError, LookupError):
            problems.append(f"part {i}: does not decode in its declared charset {cs}")
        g = p.get_content()
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        dom = dom.rstrip(".")
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in NON_EXAMPLE_OK \
                and "www." + dom not in NON_EXAMPLE_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(name, msg, expected, text)
    return problems


def senders_unique(built, datas):
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm in seen and frm != MSO:
            problems.append(f"{name}: sender {frm} also sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for *_, t in built}, key=lambda x: LANGS.index(x))
    print("kind          " + " ".join(f"{x:>3}" for x in langs) + "  all")
    for k in KINDS:
        print(f"{k:13} " + " ".join(f"{table[(k, x)] or '-':>3}" for x in langs)
              + f"  {kinds[k]:>3}")
    print("all           " + " ".join(f"{sum(table[(k, x)] for k in KINDS):>3}" for x in langs)
          + f"  {len(built):>3}")
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
    for problem in senders_unique(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
