#!/usr/bin/env python3
"""Build the "asia" mail set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of the dev
config), written by people from East, South-East and South Asian communities
in Münster: Vietnamese, Chinese (simplified and traditional), Korean,
Japanese, Thai, Tagalog/Filipino, Tamil, Nepali, Hindi, Bengali and Sinhala.

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package (in the charsets real clients use:
UTF-8, GBK, GB2312, GB18030, Big5, ISO-2022-JP, Shift_JIS, EUC-KR,
ks_c_5601-1987, TIS-620, windows-874), writes the files and reads every file
back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only (Python 3.11).
"""

import argparse
import base64
import codecs
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
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we encoded by hand are written as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = {"vi", "zh", "ja", "ko", "th", "tl", "ta", "ne", "hi", "bn", "si", "de", "en"}

# Charset labels real clients send that Python has no codec name for.
CODEC_ALIAS = {"windows-874": "cp874"}


def codec(charset):
    return CODEC_ALIAS.get(charset.lower(), charset)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="b", maxlen=66):
    """RFC 2047 encoded word(s) for `text` in `charset` (label as written in
    the header).  Split at character boundaries so that each word stays short;
    a stateful charset (ISO-2022-JP) is encoded per word, so every word ends
    in ASCII.  Words are joined by folding whitespace, which decoders drop."""
    enc = enc.lower()
    prefix = f"=?{charset}?{enc.upper()}?"

    def word(chunk):
        data = chunk.encode(codec(charset))
        if enc == "b":
            return prefix + base64.b64encode(data).decode("ascii") + "?="
        out = []
        for b in data:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif b < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return prefix + "".join(out) + "?="

    words, cur = [], ""
    for ch in text:
        if cur and len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def addr(name, address, charset=None, enc="b"):
    """'Name <address>': ASCII names quoted as needed, others as encoded words."""
    if name.isascii():
        return formataddr((name, address))
    word = ew(name, charset or "utf-8", enc, maxlen=75)
    # one encoded word: a display name split inside a word is decoded with a
    # stray space by some readers (Python's headerregistry among them)
    assert "\n" not in word, f"display name {name!r} needs more than one encoded word"
    return f"{word} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text as Gmail/Thunderbird/Apple do: '> ' before each line."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces (RFC 5322 folding)."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    out, line = [], ""
    for w in value.split(" "):
        cand = f"{line} {w}" if line else w
        limit = width - (len(name) + 2 if not out else 1)
        if line and len(cand) > limit:
            out.append(line)
            line = w
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
    return hashlib.sha256(f"asia/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to
    and what the hand-encoded headers must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.headers_intended = {}  # header -> decoded value, for encoded headers
        self.crlf = False
        self._nboundary = 0

    def expect_header(self, name, value):
        self.headers_intended[name] = value

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values (plain or already RFC 2047-encoded) are stored
        verbatim, folded at spaces when long; non-ASCII values go through the
        policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = (relay or sender).split("@")[-1]
            host = relay or (("smtp." if domain == "mail.example" else "mail.") + domain)
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        _set_text(p, text, subtype, charset, cte, params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        _set_text(self.msg, text, subtype, charset, cte, params)
        for k, v in keep:
            del self.msg[k]
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary - 1}_{h[:4].upper()}PR0{int(h[4], 16) % 10}MB{h[5:9].upper()}{h[9:16].upper()}_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "qq":
            return f"----=_NextPart_{h[:8].upper()}_{h[8:16].upper()}_{h[16:24].upper()}"
        if style == "coremail":
            return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1768000000000 + int(h[14:20], 16)}"
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
                    html_charset=None, html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", html_charset or charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


def _set_text(part, text, subtype, charset, cte, params):
    """set_content() for text, keeping the charset label exactly as given
    (the email package would rename ks_c_5601-1987 and cannot encode to
    windows-874 by that name)."""
    py = codec(charset)
    part.set_content(text, subtype=subtype, charset=py, cte=cte, params=params)
    part.set_param("charset", charset, replace=True)


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
# texts the organiser sent (quoted in replies, returned in bounces)
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
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

REMINDER = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

wir möchten Sie daran erinnern, dass die Anmeldung zum Tag der
Migrantenselbstorganisationen am Samstag, 13. März 2027, noch bis zum
6. März 2027 möglich ist.

Sie haben sich schon angemeldet? Dann betrachten Sie diese E-Mail bitte
als gegenstandslos.

Anmeldung formlos per E-Mail an mso-tag@muenster.example mit Name,
Organisation, Arbeitsgruppe (AG 1, AG 2 oder AG 3) und Personenzahl.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums Münster"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent; changes and cancellations quote it."""
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


def organiser_message(to, subject, body, when, msgid, in_reply_to=None):
    """A mail the organiser sent, as a whole message (for bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
        m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# client-specific HTML
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
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

LABELS_ZH_TW = ("寄件者:", "寄件日期:", "收件者:", "主旨:")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", lang="EN-US", labels=None):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{esc(lf)}</b> {esc(frm)}<br>\n"
                   f"<b>{esc(ls)}</b> {esc(sent)}<br>\n"
                   f"<b>{esc(lt)}</b> {esc(to)}<br>\n"
                   f"<b>{esc(lsub)}</b> {esc(subject)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    lf, ls, lt, lsub = labels
    return (f"{text}\n\n________________________________\n{lf} {frm}\n{ls} {sent}\n"
            f"{lt} {to}\n{lsub} {subject}\n\n{quoted}")


def gmail_html(text, attribution=None, quoted=None):
    """Gmail HTML; with a gmail_quote block when replying."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{esc(attribution)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if not attribution:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def div_html(text, font="font-family: Arial; font-size: 10pt;"):
    """Webmail HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f'<html><head></head><body><div style="{font}">{divs}</div></body></html>\n'


def coremail_html(text):
    """163.com (Coremail) webmail HTML."""
    divs = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            f"{divs}</div><br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>\n")


def qq_html(text, quote_head, quoted):
    """QQ Mail HTML reply: the new text, then the '原始邮件' block."""
    divs = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    qh = "<br>".join(esc(line) for line in quote_head.split("\n"))
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            f'<div>{divs}</div><div><br></div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            f"{qh}</div><div><br></div>{q}\n")


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite">{esc(attribution)}<br><br>'
                  f"{q}</blockquote></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto">' + inner + "</body></html>\n")


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
# Vietnamese Gmail reply (vi interface) quoting the whole invitation, with all
# three AGs in the quote; the choice "nhóm làm việc số 3" is only in the new
# text; "2 người: tôi và vợ tôi"; date written 13/3/2027.

TRAN_TEXT = """Kính gửi bà Meza Correa-Flock,

Cảm ơn bà đã gửi thư mời. Tôi xin đăng ký tham dự Ngày các tổ chức tự lực của người nhập cư (Tag der Migrantenselbstorganisationen) vào thứ Bảy, ngày 13/3/2027.
Tôi muốn tham gia nhóm làm việc số 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), vì hội chúng tôi đang tìm nguồn tài trợ cho lớp tiếng Việt dành cho trẻ em.
Chúng tôi đi 2 người: tôi và vợ tôi, Lê Thị Ngọc Ánh.

Trân trọng,
Trần Văn Hùng
Phó Chủ tịch
Hội Người Việt tại Münster e.V.
ĐT: 0176 2345 8812"""

TRAN_ATTR = (f"Vào Th 3, 12 thg 1, 2027 vào lúc 14:03 Tag der Migrantenselbstorganisationen "
             f"<{MSO}> đã viết:")


@mail("tran-van-hung-gmail-quotes-invitation", "2027-01-12 15:20:41",
      E("registration", "tranvanhung.ms@mail.example", "Trần Văn Hùng",
        "Hội Người Việt tại Münster e.V.", ["AG3"], 2, "vi"), "vi")
def _(m):
    m.head(("From", addr("Hùng Trần", "tranvanhung.ms@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kV9pQ2mW7xN1bR5tY8uZ0cE4dG6hJ2kL9aS3fD7gH1jK5lQ@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Hùng Trần <tranvanhung.ms@mail.example>")
    m.alternative(gmail_plain(TRAN_TEXT, TRAN_ATTR, INVITATION),
                  gmail_html(TRAN_TEXT, TRAN_ATTR, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Simplified Chinese from 163.com webmail (Coremail): GBK, base64,
# multipart/alternative; name and subject as GBK encoded words.  "第一工作组",
# full-width "３人" (IME output), three names listed; "秘书" after the
# organisation is her office, not part of it.

WANG_TEXT = """您好！

我代表明斯特华人联合会报名参加2027年3月13日的移民自组织日（Tag der Migrantenselbstorganisationen）。
我们对第一工作组（教育体系，Bildungssystem）最感兴趣，因为我们协会周末办了一所中文学校，很多家长都很关心孩子在德国学校的情况。
我们一共３人参加：我本人、周敏和孙丽。

谢谢！

王丽娟
明斯特华人联合会　秘书
电话：0157 8842 3310"""


@mail("wang-lijuan-163-gbk", "2027-01-12 21:05:37",
      E("registration", "wlj1983@mail163.example", "王丽娟",
        "明斯特华人联合会", ["AG1"], 3, "zh"), "zh")
def _(m):
    subject = "报名：移民自组织日 2027年3月13日"
    m.head(("From", addr("王丽娟", "wlj1983@mail163.example", "GBK")),
           ("To", MSO),
           ("Subject", ew(subject, "GBK")),
           ("Date", m.date),
           ("Message-ID", "<6b2e41c7.3a9f.18e4c2d7a01.Coremail.wlj1983@mail163.example>"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
           ("X-Originating-IP", "[198.51.100.77]"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "王丽娟 <wlj1983@mail163.example>")
    m.alternative(WANG_TEXT, coremail_html(WANG_TEXT), charset="GBK", cte="base64",
                  style="coremail")


# -- 003 ---------------------------------------------------------------------
# Japanese, Thunderbird with ISO-2022-JP, 7bit, plain text; subject as
# ISO-2022-JP B words.  Full-width "ＡＧ２" and "１名"; "Meza Correa-Flock 様";
# name in the signature with its reading in kana; "Münster" cannot be written
# in ISO-2022-JP, so she writes ミュンスター.

SATO_TEXT = """Meza Correa-Flock 様

はじめまして。ミュンスター日本人会の佐藤と申します。
３月１３日（土）の「移民自主組織の日」（Tag der
Migrantenselbstorganisationen）に参加を申し込みたく、
ご連絡いたしました。

希望するワーキンググループ：ＡＧ２（ミュンスターの未来プロセス）
参加人数：１名（私一人です）

当日はどうぞよろしくお願いいたします。

――――――――――――――――
佐藤 恵美（さとう えみ）
ミュンスター日本人会　事務局
Tel. 0251 / 38 44 217
――――――――――――――――"""


@mail("sato-emi-iso-2022-jp", "2027-01-13 08:47:12",
      E("registration", "emi.sato@mail.example", "佐藤 恵美",
        "ミュンスター日本人会", ["AG2"], 1, "ja"), "ja")
def _(m):
    subject = "MSO-Tag 参加申し込み（３月１３日）"
    m.head(("From", "Emi Sato <emi.sato@mail.example>"),
           ("To", MSO),
           ("Subject", ew(subject, "ISO-2022-JP")),
           ("Date", m.date),
           ("Message-ID", "<a3c81f52-7d0e-4b9a-9e61-2f5c7d8b0a14@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "ja"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.single(SATO_TEXT, charset="ISO-2022-JP", cte="7bit")


# -- 004 ---------------------------------------------------------------------
# Taglish from an Android phone: Tagalog carries the sentences, English words
# inserted ("register", "board", "Workgroup 1"); "po" throughout.  Full name
# in the self-introduction, only the nickname "Tina" as signature and in the
# display name.  "Dalawa po kami" = we are two; "March 13" is a date.

@mail("dela-cruz-santos-taglish-phone", "2027-01-13 19:12:06",
      E("registration", "tina.dcsantos@mail.example", "Maria Cristina Dela Cruz-Santos",
        "Filipino Community Münster e.V.", ["AG1"], 2, "tl"), "tl")
def _(m):
    m.head(("From", "Tina Santos <tina.dcsantos@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration po MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAOw5nT8hK2pR9vX3mY6bQ1zL4cF7dJ0aE8gU2sN5iW9oB3tKxg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi po Ma'am,

Magandang gabi po! Ako po si Maria Cristina Dela Cruz-Santos ng Filipino Community Münster e.V. Gusto po sana naming mag-register para sa Tag der Migrantenselbstorganisationen sa March 13.

Dalawa po kami, ako at yung kasama ko sa board na si Jhun Reyes. Workgroup 1 po sana (yung tungkol sa Bildungssystem), kasi marami po sa mga anak ng members namin ang nag-aaral dito.

Maraming salamat po and God bless!

Tina

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Other: a Vietnamese association's bilingual Tết invitation sent to many
# associations in Bcc.  It has a date, a place, "Anmeldung", a deadline and
# "Anzahl der Personen", but registers no one for the MSO-Tag.

TET_TEXT = """Kính gửi quý hội đoàn, quý cô chú anh chị,

Trung tâm Văn hóa Việt Nam Münster trân trọng kính mời quý vị đến dự buổi Mừng Xuân Đinh Mùi 2027:

Thời gian: Thứ Bảy, 13/02/2027, từ 15:00 đến 22:00
Địa điểm: Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster
Chương trình: múa lân, văn nghệ, ẩm thực Việt Nam, xổ số

Xin vui lòng báo số người tham dự trước ngày 06/02/2027 qua email tet2027@vkz-muenster.example.

------------------------------------------------------------

Liebe Freundinnen und Freunde, liebe Vereine,

das Vietnamesische Kulturzentrum Münster lädt Sie herzlich zu unserem Neujahrsfest (Tết) ein:

Samstag, 13.02.2027, 15:00 – 22:00 Uhr
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster
Programm: Löwentanz, Musik, vietnamesisches Essen, Tombola

Bitte melden Sie sich bis zum 06.02.2027 mit der Anzahl der Personen an: tet2027@vkz-muenster.example

Chúc mừng năm mới! Frohes neues Jahr!

Trung tâm Văn hóa Việt Nam Münster
Vietnamesisches Kulturzentrum Münster e.V."""


@mail("tet-festival-invitation-bcc", "2027-01-14 10:00:18",
      E("other"), "vi")
def _(m):
    subject = "Thư mời Mừng Xuân Đinh Mùi 2027 / Einladung zum Tết-Fest"
    m.head(("From", addr("Trung tâm Văn hóa Việt Nam Münster", "info@vkz-muenster.example")),
           ("To", "undisclosed-recipients:;"),
           ("Subject", ew(subject, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<5d1f0c83-2b4e-4a97-8c3d-e6f1a2b9c704@vkz-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "vi"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "Trung tâm Văn hóa Việt Nam Münster <info@vkz-muenster.example>")
    m.alternative(TET_TEXT, div_html(TET_TEXT), charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Korean Outlook: multipart/alternative in ks_c_5601-1987 (the label Outlook
# uses for Korean), base64; display name and subject as ks_c_5601-1987 B
# words.  The subject says "김지현 외 1명" (and 1 other), the body a list
# "총 2명" and "3분과"; name signed "김지현 드림" (드림 = respectfully).

KIM_TEXT = """안녕하세요,

뮌스터 한인회 총무 김지현입니다.
2027년 3월 13일(토)에 열리는 이주민 자조단체의 날(Tag der Migrantenselbstorganisationen)에 참가 신청합니다.

- 참가자: 김지현, 최동훈 (총 2명)
- 희망 분과: 3분과 (지원금 및 단체 운영, Vereinsmanagement)

한인회 운영에 실제로 도움이 되는 내용이 많을 것 같아 기대됩니다.
감사합니다.

김지현 드림

뮌스터 한인회 총무
Tel. 0251 / 98 76 54 32"""


@mail("kim-jihyun-outlook-ks-c-5601", "2027-01-14 19:12:45",
      E("registration", "jihyun.kim@hanin-muenster.example", "김지현",
        "뮌스터 한인회", ["AG3"], 2, "ko"), "ko")
def _(m):
    subject = "MSO-Tag 참가 신청 (김지현 외 1명)"
    m.head(("From", addr("김지현", "jihyun.kim@hanin-muenster.example", "ks_c_5601-1987")),
           ("To", TO_MSO),
           ("Subject", ew(subject, "ks_c_5601-1987")),
           ("Thread-Topic", ew(subject, "ks_c_5601-1987")),
           ("Thread-Index", "AdtmKq3Rb8Xn2YpTQ0uWc7e4vB1fZg=="),
           ("Date", m.date),
           ("Message-ID", "<SL2P216MB18727C4E1A0B9D3F@SL2P216MB1872.KORP216.PROD.OUTLOOK.example>"),
           ("Accept-Language", "ko-KR, en-US"),
           ("Content-Language", "ko-KR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "김지현 <jihyun.kim@hanin-muenster.example>")
    m.alternative(outlook_plain(KIM_TEXT),
                  outlook_html(KIM_TEXT, charset="ks_c_5601-1987", lang="KO"),
                  charset="ks_c_5601-1987", cte="base64", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Tamil, Gmail multipart/alternative, UTF-8 base64.  "நாங்கள் மூவர்" = we
# three; "முதலாவது பணிக்குழு" = the first workgroup; name with the father's
# initial first ("க."); "செயலாளர்," (secretary) before the organisation.

RAJENDRAN_TEXT = """வணக்கம்,

மார்ச் 13, 2027 அன்று நடைபெறும் புலம்பெயர்ந்தோர் சுய அமைப்புகள் தினத்தில் (Tag der Migrantenselbstorganisationen) கலந்துகொள்ள எங்களைப் பதிவு செய்யுமாறு கேட்டுக்கொள்கிறேன்.

நாங்கள் மூவர் வருகிறோம். எங்கள் சங்கம் ஒவ்வொரு சனிக்கிழமையும் தமிழ்ப் பள்ளி நடத்துவதால், கல்வி தொடர்பான முதலாவது பணிக்குழுவில் (AG 1 – Bildungssystem) பங்கேற்க விரும்புகிறோம்.

நன்றி.

அன்புடன்,
க. ராஜேந்திரன்
செயலாளர், மன்ஸ்டர் தமிழ்ச் சங்கம்"""


@mail("rajendran-tamil-gmail", "2027-01-15 17:48:20",
      E("registration", "k.rajendran@mail.example", "க. ராஜேந்திரன்",
        "மன்ஸ்டர் தமிழ்ச் சங்கம்", ["AG1"], 3, "ta"), "ta")
def _(m):
    subject = "பதிவு – Tag der Migrantenselbstorganisationen 13.03.2027"
    m.head(("From", "Rajendran K <k.rajendran@mail.example>"),
           ("To", MSO),
           ("Subject", ew(subject, "UTF-8")),
           ("Date", m.date),
           ("Message-ID", "<CAM8tR3yH6qW1nK9pV2bX5zD7fL0cJ4gS8aE1uY3oT6iN9mQ2rB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.alternative(RAJENDRAN_TEXT, gmail_html(RAJENDRAN_TEXT), charset="UTF-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Nepali in Devanagari with Devanagari digits: "२०२७ मार्च १३", "हामी २ जना"
# (we 2 people), "कार्यसमूह ३", a phone number in Devanagari digits.  The
# running text has the organisation inflected ("...म्युन्स्टरको"), the
# signature its base form.

@mail("gurung-nepali-devanagari-digits", "2027-01-16 20:21:33",
      E("registration", "rambdr.gurung@mail.example", "राम बहादुर गुरुङ",
        "नेपाली समाज म्युन्स्टर", ["AG3"], 2, "ne"), "ne")
def _(m):
    subject = "दर्ता – MSO-Tag १३ मार्च"
    m.head(("From", "Ram Gurung <rambdr.gurung@mail.example>"),
           ("To", MSO),
           ("Subject", ew(subject, "UTF-8")),
           ("Date", m.date),
           ("Message-ID", "<CAJ2wQ7nR4kT9yP1mV6bZ3xH8cL5fD0gE2aS7uN4oK9iB1tW6qM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.single("""नमस्ते,

म राम बहादुर गुरुङ, नेपाली समाज म्युन्स्टरको सचिव हुँ।
२०२७ मार्च १३ (शनिबार) मा हुने Tag der Migrantenselbstorganisationen मा हामी सहभागी हुन चाहन्छौं।

हामी २ जना आउनेछौं – म र हाम्रो समाजका अध्यक्ष।
हामीलाई कार्यसमूह ३ (Förderung र Vereinsmanagement) मा राखिदिनुहोला। समाजका लागि अनुदान कसरी पाउने भन्ने बारे जान्न चाहन्छौं।

धन्यवाद।

राम बहादुर गुरुङ
सचिव, नेपाली समाज म्युन्स्टर
मोबाइल: ०१५२ ३३४ ७७८९
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Learner German by a Chinese student, sent from a laptop with a Chinese IME:
# "fur" without umlaut, a full-width comma in "Vielen Dank，", signed only in
# Chinese characters (the display name is the pinyin "Wei Li").  The
# university is where he studies, not his organisation.

@mail("li-wei-learner-german-chinese-signature", "2027-01-18 11:02:57",
      E("registration", "liwei.ms2025@mail.example", "李伟",
        "Chinesischer Studenten Verein Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Wei Li <liwei.ms2025@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung fur MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAN1pZ6xQ3vT8kW2mR5bY9nH4cJ7fL0dG3aE6uS1oP8iK2tB5wN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin Student an der Uni Münster und Mitglied in Chinesischer Studenten Verein Münster. Ich möchte mich fur den Tag der Migrantenselbstorganisationen am 13.3. anmelden.
Ich interessiere mich fur die Arbeitsgruppe 2, Zukunftsprozess von Münster. Ich komme allein.

Vielen Dank，
李伟
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Hindi in Devanagari with Western digits; the association is named in German.
# "हम तीन लोग आएँगे" = we three people will come; "दूसरे कार्य समूह" = the
# second workgroup.  Yahoo-style multipart/alternative, UTF-8 QP.

VERMA_TEXT = """नमस्ते मैडम,

मैं सुनीता वर्मा, Indischer Kulturverein Münster e.V. की ओर से लिख रही हूँ।
हम 13 मार्च 2027 को होने वाले Tag der Migrantenselbstorganisationen में भाग लेना चाहते हैं।
हम तीन लोग आएँगे – मैं, मेरे पति और हमारी संस्था की कोषाध्यक्ष।
हमें दूसरे कार्य समूह (Münsters Zukunftsprozess) में रुचि है।

धन्यवाद,
सुनीता वर्मा
Indischer Kulturverein Münster e.V."""


@mail("verma-hindi-devanagari", "2027-01-18 22:40:09",
      E("registration", "sunita.verma@mail.example", "सुनीता वर्मा",
        "Indischer Kulturverein Münster e.V.", ["AG2"], 3, "hi"), "hi")
def _(m):
    m.head(("From", "Sunita Verma <sunita.verma@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<1768772409123.4471902.1768772409555@mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(VERMA_TEXT, div_html(VERMA_TEXT, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="UTF-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Bengali with Bengali digits: "১৩ মার্চ ২০২৭", "আমরা ২ জন" (we 2 persons),
# "১ নম্বর ওয়ার্কিং গ্রুপ" (working group no. 1).  "মোঃ" (Md.) belongs to
# the name; "সভাপতি" (president) is his office.

@mail("rafiqul-islam-bengali-digits", "2027-01-19 09:15:26",
      E("registration", "rafiqul.islam.ms@mail.example", "মোঃ রফিকুল ইসলাম",
        "বাংলাদেশ কমিউনিটি মুন্সটার", ["AG1"], 2, "bn"), "bn")
def _(m):
    m.head(("From", "Md Rafiqul Islam <rafiqul.islam.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAK4vB8mT1qY5nR3pW7zX2hD9cF6gL0jE4aS8uN1oQ5iV3tM7kP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""আসসালামু আলাইকুম,

আমি মোঃ রফিকুল ইসলাম, বাংলাদেশ কমিউনিটি মুন্সটারের সভাপতি।
আগামী ১৩ মার্চ ২০২৭ তারিখে অনুষ্ঠিতব্য Tag der Migrantenselbstorganisationen-এ আমরা অংশগ্রহণ করতে চাই।
আমরা ২ জন আসব। আমরা ১ নম্বর ওয়ার্কিং গ্রুপে (শিক্ষা / Bildungssystem) থাকতে চাই, কারণ আমাদের অনেক সদস্যের সন্তান এখানে স্কুলে পড়ে।

ধন্যবাদান্তে,
মোঃ রফিকুল ইসলাম
সভাপতি
বাংলাদেশ কমিউনিটি মুন্সটার
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Sinhala, UTF-8 base64 from a phone.  "දෙවන වැඩ කණ්ඩායම" = the second
# workgroup, "මම තනියම" = I alone.  The organisation's name contains
# "ශ්‍රී" with a ZERO WIDTH JOINER; the body has it inflected ("...සංගමයේ").

@mail("perera-sinhala", "2027-01-20 16:30:02",
      E("registration", "nimal.perera@mail.example", "නිමල් පෙරේරා",
        "මුන්ස්ටර් ශ්‍රී ලාංකික සංගමය", ["AG2"], 1, "si"), "si")
def _(m):
    m.head(("From", "Nimal Perera <nimal.perera@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<F3A9C2D1-7E4B-4F08-9C6A-1B2D3E4F5A6B@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""ආයුබෝවන්!

මගේ නම නිමල් පෙරේරා. මම මුන්ස්ටර් ශ්‍රී ලාංකික සංගමයේ භාණ්ඩාගාරික ලෙස කටයුතු කරමි.
2027 මාර්තු 13 වන දින පැවැත්වෙන Tag der Migrantenselbstorganisationen වැඩසටහනට ලියාපදිංචි වීමට කැමැත්තෙමි.
මම දෙවන වැඩ කණ්ඩායමට (Zukunftsprozess) සහභාගී වීමට කැමැත්තෙමි. මම තනියම පැමිණෙමි.

ස්තුතියි,
නිමල් පෙරේරා
මුන්ස්ටර් ශ්‍රී ලාංකික සංගමය

Sent from my iPhone
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Thai in TIS-620, 8bit, plain text, with Thai digits and the Buddhist-era
# year ("๑๓ มีนาคม ๒๕๗๐" = 13 March 2027); "๒ คน" = 2 persons, "กลุ่มที่ ๑"
# = group 1.  Display name and subject as TIS-620 B words.

@mail("somsri-thai-tis-620", "2027-01-21 12:05:48",
      E("registration", "somsri.jaidee@mail.example", "สมศรี ใจดี",
        "สมาคมไทยในมึนสเตอร์", ["AG1"], 2, "th"), "th")
def _(m):
    subject = "ลงทะเบียน MSO-Tag ๑๓ มี.ค. ๒๕๗๐"
    m.head(("From", addr("สมศรี ใจดี", "somsri.jaidee@mail.example", "TIS-620")),
           ("To", MSO),
           ("Subject", ew(subject, "TIS-620")),
           ("Date", m.date),
           ("Message-ID", "<7e2b9d14-58c3-4a0f-b6e1-3d9a2c7f0e58@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "สมศรี ใจดี <somsri.jaidee@mail.example>")
    m.single("""เรียน คุณ Meza Correa-Flock

ดิฉัน สมศรี ใจดี จากสมาคมไทยในมึนสเตอร์ ขอลงทะเบียนเข้าร่วมงาน Tag der Migrantenselbstorganisationen ในวันเสาร์ที่ ๑๓ มีนาคม ๒๕๗๐ ค่ะ

ผู้เข้าร่วม: ๒ คน (ดิฉันและสมาชิกของสมาคมอีกหนึ่งท่าน)
กลุ่มทำงานที่สนใจ: กลุ่มที่ ๑ เรื่องการศึกษา (Bildungssystem)

ขอบคุณค่ะ

สมศรี ใจดี
สมาคมไทยในมึนสเตอร์
""", charset="TIS-620", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Traditional Chinese (Taiwan) from Outlook in Big5, multipart/alternative,
# base64.  Full-width digits everywhere ("２０２７年３月１３日（六）",
# "１人", "第３組"); the date has the weekday "（六）".  Big5 has no "ü", so
# the town is 明斯特.

CHEN_TEXT = """Meza Correa-Flock 女士您好：

我是明斯特台灣同鄉會的陳怡君，想報名參加２０２７年３月１３日（六）的移民自助組織日（Tag der Migrantenselbstorganisationen）。

參加人數：１人
希望分組：第３組（補助申請與社團經營）

麻煩您了，謝謝！

陳怡君
明斯特台灣同鄉會"""


@mail("chen-yijun-outlook-big5", "2027-01-22 08:40:31",
      E("registration", "yichun.chen@twmuenster.example", "陳怡君",
        "明斯特台灣同鄉會", ["AG3"], 1, "zh"), "zh")
def _(m):
    subject = "報名 MSO-Tag 2027（３月１３日）"
    m.head(("From", addr("陳怡君", "yichun.chen@twmuenster.example", "big5")),
           ("To", TO_MSO),
           ("Subject", ew(subject, "big5")),
           ("Thread-Topic", ew(subject, "big5")),
           ("Thread-Index", "AdtsX4c2mP9qR1vT0wY3zB5eK7nA8g=="),
           ("Date", m.date),
           ("Message-ID", "<TYZPR03MB6184B2E7C9D1A3F5@TYZPR03MB6184.apcprd03.prod.outlook.example>"),
           ("Accept-Language", "zh-TW, en-US"),
           ("Content-Language", "zh-TW"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "陳怡君 <yichun.chen@twmuenster.example>")
    m.alternative(outlook_plain(CHEN_TEXT),
                  outlook_html(CHEN_TEXT, charset="big5", lang="ZH-TW"),
                  charset="big5", cte="base64", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Change (AG 1 -> AG 3) from QQ Mail: GB18030 base64, multipart/alternative,
# numeric QQ address, nickname "洋洋" as display name and the full name
# "刘洋" in the signature.  QQ's "原始邮件" block quotes the confirmation
# (AG 1, 2 persons); "人数不变，还是２个人" = number unchanged, still 2.

LIU_TEXT = """您好，

我们想把工作组从第一组改成第三组（Förderungsmöglichkeiten und effektives Vereinsmanagement），人数不变，还是２个人。
麻烦您了，谢谢！

刘洋
明斯特中德友好协会"""

LIU_QUOTE_HEAD = f"""------------------ 原始邮件 ------------------
发件人: "Tag der Migrantenselbstorganisationen"<{MSO}>;
发送时间: 2027年1月20日(星期三) 上午10:15
收件人: "洋洋"<1735528844@qqmail.example>;
主题: {CONFIRMATION_SUBJECT}"""


@mail("liu-yang-qq-mail-change-gb18030", "2027-01-22 21:10:52",
      E("change", "1735528844@qqmail.example", "刘洋", "明斯特中德友好协会",
        ["AG3"], None, "zh"), "zh", tz=8)
def _(m):
    conf = confirmation("刘洋", "AG1", 2)
    subject = "回复：" + CONFIRMATION_SUBJECT
    m.head(("From", addr("洋洋", "1735528844@qqmail.example", "gb18030")),
           ("To", addr("Tag der Migrantenselbstorganisationen", MSO)),
           ("Subject", ew(subject, "gb18030")),
           ("Date", m.date),
           ("Message-ID", "<tencent_3F8A1C2B9D4E7F6051A2B3C4D5E6F7A8B909@qqmail.example>"),
           ("In-Reply-To", "<mailbot.20270120101502.7c2d@muenster.example>"),
           ("References", "<mailbot.20270120101502.7c2d@muenster.example>"),
           ("X-QQ-mid", "xmsezb3-1t1769062252t7h1c8q3k"),
           ("X-Mailer", "QQMail 2.x"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "洋洋 <1735528844@qqmail.example>")
    plain = f"{LIU_TEXT}\n\n\n{LIU_QUOTE_HEAD}\n\n\n\n{conf}"
    m.alternative(plain, qq_html(LIU_TEXT, LIU_QUOTE_HEAD, conf),
                  charset="gb18030", cte="base64", style="qq")


# -- 016 ---------------------------------------------------------------------
# Indian English ("Kindly do the needful", "revert back", "Vanakkam!"): no
# workgroup chosen ("any group is fine ... as per availability"), so the
# workgroups are [].  Full name in the introduction, "Venkatesh S." as
# signature; the institute is his workplace, not his organisation.

@mail("venkatesh-indian-english-any-group", "2027-01-23 10:55:14",
      E("registration", "venkat.subramanian@mail.example", "Venkatesh Subramanian",
        "Indian Students Association Münster", [], 1, "en"), "en")
def _(m):
    m.head(("From", "Venkatesh S <venkat.subramanian@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day 13th March"),
           ("Date", m.date),
           ("Message-ID", "<CAP9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Vanakkam! This is Venkatesh Subramanian from the Indian Students Association Münster. Kindly register me for the MSO day on 13th March 2027. I am yet to decide on the workgroup, any group is fine for me, you can allot as per availability.

I will be coming alone.

Kindly do the needful and revert back with the confirmation.

Thanks & Regards,
Venkatesh S.
PhD Scholar, Institute of Inorganic and Analytical Chemistry
Indian Students Association Münster (ISAM)
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Japanese Outlook: multipart/alternative, both parts ISO-2022-JP 7bit.
# First and second choice ("第一希望：ワーキンググループ１", "第二希望：
# ワーキンググループ３"), two participants listed family name first
# ("計２名" = 2 in total), full-width digits.

TAKAHASHI_TEXT = """Meza Correa-Flock様

お世話になっております。
ミュンスター日本語補習授業校の高橋です。

３月１３日の「移民自主組織の日」に、以下のとおり参加を申し込みます。

・参加者：高橋 健太、渡辺 さくら（計２名）
・第一希望：ワーキンググループ１（教育制度）
・第二希望：ワーキンググループ３

補習校の運営について、他の団体の方々と意見交換ができればと
思っております。
よろしくお願いいたします。

高橋 健太
ミュンスター日本語補習授業校　運営委員"""


@mail("takahashi-outlook-iso-2022-jp-two-choices", "2027-01-25 07:30:44",
      E("registration", "k.takahashi@hoshuko-muenster.example", "高橋 健太",
        "ミュンスター日本語補習授業校", ["AG1", "AG3"], 2, "ja"), "ja")
def _(m):
    subject = "移民自主組織の日　参加申込（高橋・渡辺）"
    m.head(("From", addr("高橋 健太", "k.takahashi@hoshuko-muenster.example", "iso-2022-jp")),
           ("To", TO_MSO),
           ("Subject", ew(subject, "iso-2022-jp")),
           ("Thread-Topic", ew(subject, "iso-2022-jp")),
           ("Thread-Index", "AdtuP2v8K0mN4qX7RbS1uW9yZ3cA5Q=="),
           ("Date", m.date),
           ("Message-ID", "<TYCPR01MB8432E5A1B7C3D9F2@TYCPR01MB8432.jpnprd01.prod.outlook.example>"),
           ("Accept-Language", "ja-JP, en-US"),
           ("Content-Language", "ja-JP"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "高橋 健太 <k.takahashi@hoshuko-muenster.example>")
    m.alternative(outlook_plain(TAKAHASHI_TEXT),
                  outlook_html(TAKAHASHI_TEXT, charset="iso-2022-jp", lang="JA"),
                  charset="iso-2022-jp", cte="7bit", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Question (Japanese, Shift_JIS base64, Windows Live Mail): can she bring her
# two-year-old?  She will register afterwards ("改めて申し込み") - so this is
# a question.  "２歳" is an age, not a party size.

@mail("nakamura-shift-jis-question-child", "2027-01-25 21:45:03",
      E("question", "yumi.nakamura@mail.example", "中村由美", "さくらの会",
        [], None, "ja"), "ja")
def _(m):
    subject = "３月１３日の催しについて（子連れ参加）"
    m.head(("From", addr("中村由美", "yumi.nakamura@mail.example", "shift_jis")),
           ("To", MSO),
           ("Subject", ew(subject, "shift_jis")),
           ("Date", m.date),
           ("Message-ID", "<9A1F3C7E2B4D4E8F@YumiPC>"),
           ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "中村由美 <yumi.nakamura@mail.example>")
    m.single("""ご担当者様

はじめまして、中村由美と申します。
ミュンスター在住で、日本人ママの会「さくらの会」で活動しています。

３月１３日の催しに興味があるのですが、２歳の子どもがいるため、
子連れでの参加は可能でしょうか？
会場に授乳やおむつ替えのできるスペースはありますか？

参加できそうであれば、改めて申し込みをさせていただきます。
お忙しいところ恐れ入りますが、よろしくお願いいたします。

中村由美
""", charset="shift_jis", cte="base64")


# -- 019 ---------------------------------------------------------------------
# Korean in EUC-KR, 8bit, Thunderbird: "3명" (3 persons), "1분과(교육)",
# and a fallback "1분과가 마감되었으면 2분과도 괜찮습니다" (if group 1 is
# full, group 2 is fine too); signed "박서연 올림" (올림 = respectfully).

@mail("park-seoyeon-euc-kr-fallback", "2027-01-26 18:20:37",
      E("registration", "seoyeon.park@mail.example", "박서연",
        "뮌스터 대학교 한인 유학생회", ["AG1", "AG2"], 3, "ko"), "ko")
def _(m):
    subject = "3월 13일 행사 참가 신청"
    m.head(("From", addr("박서연", "seoyeon.park@mail.example", "EUC-KR")),
           ("To", MSO),
           ("Subject", ew(subject, "EUC-KR")),
           ("Date", m.date),
           ("Message-ID", "<2c7f9e31-4b8a-4d56-a1e0-7f3b9c5d2e84@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0"),
           ("Content-Language", "ko"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "박서연 <seoyeon.park@mail.example>")
    m.single("""안녕하세요,

뮌스터 대학교 한인 유학생회 회장 박서연입니다.
3월 13일 행사에 저희 학생회에서 3명이 참가하고 싶습니다.
1분과(교육)를 희망하고, 혹시 1분과가 마감되었으면 2분과도 괜찮습니다.

감사합니다.
박서연 올림
""", charset="EUC-KR", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Learner German from an iPhone by a Vietnamese mother, Vietnamese written
# without diacritics ("Chao chi", "Cam on chi nhieu" - chi = elder sister, a
# polite address to the organiser).  "mit meine Tochter (16 Jahre)" = 2; the
# age is not a number of persons; "Arbeitsgruppe Schule" is AG 1.

@mail("pham-thi-hoa-learner-german-no-diacritics", "2027-01-27 20:05:19",
      E("registration", "phamthihoa88@mail.example", "Pham Thi Hoa",
        "Vietnamesischer Elternverein Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "hoa pham <phamthihoa88@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8B3E1F6A-2C9D-4A7E-B051-6D4F8C2A9E13@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Chao chi,

ich heiße Pham Thi Hoa, ich möchte anmelden für den Tag am 13.3. Ich komme mit meine Tochter (16 Jahre), sie will auch mitkommen. Wir möchten zu Arbeitsgruppe Schule, weil meine Tochter hat viele Erfahrung mit Schule in Deutschland und ich bin im Elternverein aktiv.

Verein: Vietnamesischer Elternverein Münster

Cam on chi nhieu!
Hoa

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# The Chinese students' association's shared mailbox (display name = the
# association) via Outlook in GB2312, base64, multipart/alternative; the
# writer's own Reply-To wins.  "共３人" with three names; "第二工作组".
# "（CSSA Münster）" is an abbreviation next to the full name.

ZHANG_TEXT = """尊敬的Meza Correa-Flock女士：

您好！我是明斯特中国学生学者联合会（CSSA Münster）的张浩，负责学联的对外联络工作。
我们学联报名参加３月１３日的移民自组织日，共３人：张浩、赵雪、林一凡。
我们希望参加第二工作组，也就是关于明斯特未来发展进程（Zukunftsprozess）的那个组。

请把确认邮件发到我的个人邮箱，谢谢！

此致
敬礼！

张浩
明斯特中国学生学者联合会"""


@mail("zhang-hao-cssa-shared-mailbox-gb2312", "2027-01-28 11:30:26",
      E("registration", "zhang.hao@mail.example", "张浩",
        "明斯特中国学生学者联合会", ["AG2"], 3, "zh"), "zh")
def _(m):
    subject = "报名参加移民自组织日（CSSA Münster）"
    m.head(("From", addr("明斯特中国学生学者联合会", "info@cssa-muenster.example", "gb2312")),
           ("Reply-To", addr("张浩", "zhang.hao@mail.example", "gb2312")),
           ("To", TO_MSO),
           ("Subject", ew(subject, "gb2312")),
           ("Thread-Topic", ew(subject, "gb2312")),
           ("Thread-Index", "Adtw9rK2mQ4nP7xT1vY8zB0eC3fA6g=="),
           ("Date", m.date),
           ("Message-ID", "<PSAPR06MB4471C9A2E5B3D8F1@PSAPR06MB4471.apcprd06.prod.outlook.example>"),
           ("Accept-Language", "zh-CN, en-US"),
           ("Content-Language", "zh-CN"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "明斯特中国学生学者联合会 <info@cssa-muenster.example>")
    m.expect_header("Reply-To", "张浩 <zhang.hao@mail.example>")
    m.alternative(outlook_plain(ZHANG_TEXT),
                  outlook_html(ZHANG_TEXT, charset="gb2312", lang="ZH-CN"),
                  charset="gb2312", cte="base64", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Change of party size (1 -> 2) in Japanese from Gmail (ja interface),
# quoting the confirmation (AG 2, 1 person).  The colleague is "山本さん"
# (-san).  "ワーキンググループはそのままＡＧ２" restates the unchanged group,
# which is the group the new text states, so workgroups = ["AG2"].

KOBAYASHI_TEXT = """Meza Correa-Flock様

先日は確認のメールをありがとうございました。
同僚の山本さんも参加できることになりましたので、参加人数を１名から２名に変更していただけますでしょうか。
ワーキンググループはそのままＡＧ２でお願いいたします。

どうぞよろしくお願いいたします。

小林 健一
日独協会ミュンスター"""

KOBAYASHI_ATTR = f"2027年1月22日(金) 11:02 Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("kobayashi-gmail-ja-change-party-size", "2027-01-29 09:00:11",
      E("change", "kenichi.kobayashi@mail.example", "小林 健一", "日独協会ミュンスター",
        ["AG2"], 2, "ja"), "ja")
def _(m):
    conf = confirmation("小林 健一", "AG2", 1)
    subject = "Re: " + CONFIRMATION_SUBJECT
    m.head(("From", addr("小林健一", "kenichi.kobayashi@mail.example")),
           ("To", TO_MSO),
           ("Subject", subject),
           ("Date", m.date),
           ("Message-ID", "<CAL7xV3nB8mQ2wR5tY9uI1oP4aS6dF0gH3jK7lZ2xC5vB8nM1qW@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270122110204.9a1e@muenster.example>"),
           ("References", "<mailbot.20270122110204.9a1e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "小林健一 <kenichi.kobayashi@mail.example>")
    m.alternative(gmail_plain(KOBAYASHI_TEXT, KOBAYASHI_ATTR, conf),
                  gmail_html(KOBAYASHI_TEXT, KOBAYASHI_ATTR, conf),
                  charset="UTF-8", cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Filipino English from Outlook.com: the secretary registers the president
# (Mrs. Rosario Villanueva), who comes alone, and asks to confirm to the
# president's address; the writer herself does not come.  "po" inserted.

VILLANUEVA_TEXT = """Good day Ma'am,

I am writing on behalf of our organization, the Samahang Pilipino sa Münster. Our President, Mrs. Rosario Villanueva, would like to attend the MSO Day on March 13. Unfortunately I can't make it myself because I have duty at the hospital that Saturday.

She is interested in Workgroup 3 (funding and management of associations). She will attend alone.

Kindly send the confirmation directly to her email: rosario.villanueva@mail.example

Thank you very much po and God bless!

Jocelyn Bautista
Secretary
Samahang Pilipino sa Münster"""


@mail("bautista-registers-president-villanueva", "2027-02-01 12:40:29",
      E("registration", "rosario.villanueva@mail.example", "Rosario Villanueva",
        "Samahang Pilipino sa Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Jocelyn Bautista <jocelyn.bautista@outlook-mail.example>"),
           ("To", MSO),
           ("Subject", "Registration of our President - MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<AS8P250MB0774D3B1A9E2C5F7@AS8P250MB0774.EURP250.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.alternative(VILLANUEVA_TEXT,
                  div_html(VILLANUEVA_TEXT, "font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"),
                  charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Learner German with a Sinhala greeting and thanks ("ආයුබෝවන්",
# "බොහොම ස්තුතියි"); "zu zweit, mein Mann und ich" = 2; "AG 3 ... Wenn
# AG 3 voll ist, dann AG 1" = first and second choice.

@mail("wijesinghe-learner-german-sinhala-greeting", "2027-02-02 19:10:55",
      E("registration", "sachini.wijesinghe@mail.example", "Sachini Wijesinghe",
        "Sri Lanka Kultur- und Sportverein Münster e.V.", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sachini W. <sachini.wijesinghe@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH5qT8wN2mR6yK1pV4bZ9xJ3cL7fD0gE5aS2uW8oQ1iB4tN7kR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ආයුබෝවන් Frau Meza Correa-Flock,

ich bin Sachini Wijesinghe vom Sri Lanka Kultur- und Sportverein Münster e.V. Wir möchten gerne an dem MSO-Tag am 13.03.2027 teilnehmen. Wir sind zu zweit, mein Mann und ich.

Wir haben Interesse für AG 3, weil wir wollen nächstes Jahr ein Projekt für Jugendliche beantragen. Wenn AG 3 voll ist, dann AG 1.

බොහොම ස්තුතියි!
Sachini Wijesinghe
Sri Lanka Kultur- und Sportverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Cancellation in Vietnamese from Gmail (vi interface), quoting the
# confirmation (AG 2, 1 person).  "Em" / "chị" address forms; "13/3".

NAM_TEXT = """Chào chị,

Em rất tiếc phải báo là em không thể tham dự ngày 13/3 được nữa, vì công ty đột xuất cử em đi công tác ở Hamburg đúng tuần đó. Chị hủy đăng ký giúp em nhé.

Em cảm ơn chị nhiều và chúc chương trình thành công!
Lê Hoàng Nam"""

NAM_ATTR = (f"Vào Th 6, 29 thg 1, 2027 vào lúc 09:41 Tag der Migrantenselbstorganisationen "
            f"<{MSO}> đã viết:")


@mail("le-hoang-nam-gmail-vi-cancel", "2027-02-03 10:20:38",
      E("cancellation", "lehoangnam.de@mail.example", "Lê Hoàng Nam", None,
        [], None, "vi"), "vi")
def _(m):
    conf = confirmation("Lê Hoàng Nam", "AG2", 1)
    m.head(("From", addr("Nam Le", "lehoangnam.de@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB2nM5vX8qW1rT4yP7kZ0bH3cJ6fL9dG2aE5uS8oN1iK4tV7wQ@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270129094107.2e6b@muenster.example>"),
           ("References", "<mailbot.20270129094107.2e6b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(NAM_TEXT, NAM_ATTR, conf),
                  gmail_html(NAM_TEXT, NAM_ATTR, conf),
                  charset="UTF-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# English from a Thai chairwoman, Outlook in windows-874 (the Thai code page;
# Python's codec for it is cp874), quoted-printable, multipart/alternative.
# Thai thanks "ขอบคุณค่ะ", particle "ka"; nickname "(Ning)" after the name;
# "Muenster" because windows-874 has no "ü"; "4 persons".

SRISUK_TEXT = """Dear Ms. Meza Correa-Flock,

Sawasdee ka! My name is Kanokwan Srisuk (Ning), I am the chairwoman of the Thai-Deutscher Kulturverein Muenster e.V.

I would like to register 4 persons from our association for the MSO-Tag on 13 March 2027. We would like to join Workgroup 2 (Muenster's future process).

Thank you very much ka.

ขอบคุณค่ะ
Kanokwan Srisuk
Thai-Deutscher Kulturverein Muenster e.V."""


@mail("srisuk-english-windows-874", "2027-02-04 15:45:07",
      E("registration", "kanokwan.srisuk@thai-kulturverein.example", "Kanokwan Srisuk",
        "Thai-Deutscher Kulturverein Muenster e.V.", ["AG2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Kanokwan Srisuk <kanokwan.srisuk@thai-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag 13 March 2027 - 4 persons"),
           ("Thread-Topic", "Registration MSO-Tag 13 March 2027 - 4 persons"),
           ("Thread-Index", "AdtzK1v9Xq3mR8nP0wT5yB2eA7cF4g=="),
           ("Date", m.date),
           ("Message-ID", "<000601db7e1c$5a2b3c40$0e81b4c0$@thai-kulturverein.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "th"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SRISUK_TEXT),
                  outlook_html(SRISUK_TEXT, charset="windows-874", lang="TH"),
                  charset="windows-874", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Fluent German by a Korean woman, Apple Mail multipart/alternative; the
# surname is written first in capitals ("LEE Min-jung"), the display name
# is "Minjung Lee"; "AG II"; a Korean thanks after the German greeting.
# The running text has the organisation inflected ("der Koreanischen
# Frauengruppe Münster"), the signature its base form.

LEE_TEXT = """Liebe Frau Meza Correa-Flock,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an. Ich bin im Vorstand der Koreanischen Frauengruppe Münster und würde gern an der AG II teilnehmen.

Ich komme allein.

Viele Grüße / 감사합니다
LEE Min-jung
Koreanische Frauengruppe Münster"""


@mail("lee-min-jung-apple-mail-ag-ii", "2027-02-05 09:10:42",
      E("registration", "minjung.lee@mail.example", "LEE Min-jung",
        "Koreanische Frauengruppe Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Minjung Lee <minjung.lee@mail.example>"),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Message-Id", "<4D7A2E91-B3C8-4F15-A6E0-9C1D8B2F5A37@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(LEE_TEXT, apple_html(LEE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 028 ---------------------------------------------------------------------
# Change (AG 2 -> AG 1) in Korean from Naver webmail: text/html only, UTF-8
# base64, with Naver's "-----Original Message-----" block quoting the
# confirmation (AG 2, 1 person).  "2분과로 신청했는데, 1분과(교육)로 바꿔
# 주실 수 있을까요?" - the request is phrased as a question.

LEE_JH_TEXT = """안녕하세요,

지난번에 2분과로 신청했는데, 1분과(교육)로 바꿔 주실 수 있을까요?
저희 단체에서 한글학교를 운영하고 있어서 교육 분과가 더 맞을 것 같습니다.

감사합니다.
이준호
뮌스터 한글학교"""

LEE_JH_QUOTE_HEAD = f"""-----Original Message-----
From: "Tag der Migrantenselbstorganisationen"<{MSO}>
To: "이준호"<junho.lee@hangeul-schule.example>;
Cc:
Sent: 2027-02-01 (월) 14:20:11 (GMT+01:00)
Subject: {CONFIRMATION_SUBJECT}"""


def naver_html(text, quote_head, quoted):
    p = "".join(f"<p>{esc(line) if line else '&nbsp;'}</p>" for line in text.split("\n"))
    qh = "<br>\n".join(esc(line) for line in quote_head.split("\n"))
    q = "".join(f"<p>{esc(line) if line else '&nbsp;'}</p>" for line in quoted.split("\n"))
    return ('<div style="font-size:10pt; font-family:Gulim,굴림;">' + p + "<p>&nbsp;</p>"
            '<blockquote style="margin-top: 0px; margin-bottom: 0px; margin-left: 0.8ex; '
            'border-left: #ccc 1px solid; padding-left: 1ex;">'
            f"<p>{qh}</p><p>&nbsp;</p>{q}</blockquote></div>\n")


@mail("lee-junho-naver-html-change-ag1", "2027-02-08 11:00:23",
      E("change", "junho.lee@hangeul-schule.example", "이준호", "뮌스터 한글학교",
        ["AG1"], None, "ko"), "ko")
def _(m):
    conf = confirmation("이준호", "AG2", 1)
    subject = "RE: " + CONFIRMATION_SUBJECT
    m.head(("From", addr("이준호", "junho.lee@hangeul-schule.example")),
           ("To", addr("Tag der Migrantenselbstorganisationen", MSO)),
           ("Subject", subject),
           ("Date", m.date),
           ("Message-ID", "<a7c31e9b5d24f8c06e1b@cweb012.nm.naver.example>"),
           ("In-Reply-To", "<mailbot.20270201142011.5b8f@muenster.example>"),
           ("References", "<mailbot.20270201142011.5b8f@muenster.example>"),
           ("X-Mailer", "Naver Webmail"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "이준호 <junho.lee@hangeul-schule.example>")
    m.single(naver_html(LEE_JH_TEXT, LEE_JH_QUOTE_HEAD, conf), subtype="html",
             charset="UTF-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Hindi in Latin script (Hinglish) from an Android phone: Hindi carries the
# sentences, English and German words inserted ("registration", "wife",
# "Bildung wala group").  "Hum 2 log" = we 2 people; full name in the
# introduction, "Rajesh" as signature.

@mail("gupta-roman-hindi-phone", "2027-02-09 20:30:16",
      E("registration", "rajesh.k.gupta@mail.example", "Rajesh Kumar Gupta",
        "Indo-German Cultural Society Münster", ["AG1"], 2, "hi"), "hi")
def _(m):
    m.head(("From", "Rajesh Gupta <rajesh.k.gupta@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag registration"),
           ("Date", m.date),
           ("Message-ID", "<CAE6rY9tU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Namaste ji,

Main Rajesh Kumar Gupta, Indo-German Cultural Society Münster se. 13 March wale MSO Tag ke liye registration karna hai. Hum 2 log aayenge, main aur meri wife. Humko AG 1 (Bildung wala group) mein rakhiye please, bachchon ki padhai ka topic hamare liye bahut important hai.

Dhanyavaad
Rajesh
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Bengali, Outlook HTML only (UTF-8 QP); the association's German name sits
# inside the Bengali text with a Bengali case ending ("...e.V.-এর") and
# stands alone in the signature.  "আমি একা" = I alone; AG 3.

AKTER_TEXT = """শুভেচ্ছা নেবেন,

আমি সুমাইয়া আক্তার, Bangladesch Kultur- und Sozialverein Münster e.V.-এর পক্ষ থেকে লিখছি। ১৩ মার্চের Tag der Migrantenselbstorganisationen-এ আমি একা অংশগ্রহণ করব।
আমি ফান্ডিং ও সংগঠন পরিচালনা বিষয়ক ওয়ার্কিং গ্রুপে (AG 3 – Förderungsmöglichkeiten) যোগ দিতে চাই।

ধন্যবাদ,
সুমাইয়া আক্তার
Bangladesch Kultur- und Sozialverein Münster e.V."""


@mail("akter-bengali-outlook-html-only", "2027-02-10 13:15:58",
      E("registration", "sumaiya.akter@bksv-muenster.example", "সুমাইয়া আক্তার",
        "Bangladesch Kultur- und Sozialverein Münster e.V.", ["AG3"], 1, "bn"), "bn")
def _(m):
    m.head(("From", "Sumaiya Akter <sumaiya.akter@bksv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Thread-Topic", "MSO-Tag Anmeldung"),
           ("Thread-Index", "Adt7A1q4Rm9xT2vN5bY8zK0eC3wF6g=="),
           ("Date", m.date),
           ("Message-ID", "<DU0PR10MB6412A8C3E1F5B9D7@DU0PR10MB6412.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-US, bn-BD"),
           ("Content-Language", "bn-BD"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(AKTER_TEXT, charset="utf-8", lang="BN"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Bounce of the 11 Feb reminder: our Postfix reports that the remote server
# rejected a Korean member's address (multipart/report, the reminder returned
# as message/rfc822).

@mail("postfix-bounce-reminder-user-unknown", "2027-02-11 10:01:12",
      E("bounce", bounced="hyunwoo.choi@daum-mail.example"), "en")
def _(m):
    rcpt = "hyunwoo.choi@daum-mail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211090112.4C7E21A3F5@mail.muenster.example>"),
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

<{rcpt}>: host mx1.daum-mail.example[203.0.113.61] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C7E21A3F5"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 10:00:04 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.daum-mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    original = organiser_message(
        f"Hyunwoo Choi <{rcpt}>", REMINDER_SUBJECT, REMINDER,
        "Thu, 11 Feb 2027 10:00:04 +0100",
        "<erinnerung-mso-2027.20270211100004.0031@muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 032 ---------------------------------------------------------------------
# Out-of-office from Outlook (Japanese and English), body ISO-2022-JP 7bit,
# Auto-Submitted: auto-generated, answering the reminder; the subject is a
# UTF-8 encoded word because the German subject does not fit ISO-2022-JP.

@mail("matsumoto-out-of-office-ja-en", "2027-02-11 10:06:40",
      E("auto_reply"), "ja")
def _(m):
    subject = "自動応答: " + REMINDER_SUBJECT
    m.head(("From", "Miwa Matsumoto <miwa.matsumoto@djg-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew(subject, "utf-8")),
           ("Thread-Topic", ew(REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<TY3PR01MB99170A2B4C6D8E1F@TY3PR01MB9917.jpnprd01.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "ja-JP"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.single("""（このメールは自動応答です）

ただいま日本に一時帰国しており、２月２８日まで不在にしております。
この期間中はメールを確認できない場合がございます。
お急ぎの場合は、事務局（info@djg-muenster.example）までご連絡ください。

This is an automatic reply. I am in Japan until 28 February with limited
access to e-mail. For urgent matters please contact info@djg-muenster.example.

松本 美和 / Miwa Matsumoto
""", charset="iso-2022-jp", cte="7bit")


# -- 033 ---------------------------------------------------------------------
# QQ Mail holiday auto-reply: GB18030 base64, no Auto-Submitted and no
# Precedence header; only the "自动回复:" subject and the text say what it is.

@mail("qq-mail-holiday-auto-reply", "2027-02-11 17:09:31",
      E("auto_reply"), "zh", tz=8)
def _(m):
    subject = "自动回复: " + REMINDER_SUBJECT
    m.head(("From", addr("小雨", "2290417765@qqmail.example", "gb18030")),
           ("To", addr("Tag der Migrantenselbstorganisationen", MSO)),
           ("Subject", ew(subject, "gb18030")),
           ("Date", m.date),
           ("Message-ID", "<tencent_7C2E9A41B3D5F60812E4A6C8B0D2F4A61B07@qqmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("X-QQ-mid", "xmsezb8-2t1770800971t4r0a9c2m"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.expect_header("From", "小雨 <2290417765@qqmail.example>")
    m.single("""这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
""", charset="gb18030", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Question in Sinhala: is the programme only in German, is there English
# help?  "If so, I will register" - a question, not a registration.

@mail("ratnayake-sinhala-question-language", "2027-02-12 18:40:05",
      E("question", "kumudu.ratnayake@mail.example", "කුමුදු රත්නායක", None,
        [], None, "si"), "si")
def _(m):
    m.head(("From", "Kumudu Ratnayake <kumudu.ratnayake@mail.example>"),
           ("To", MSO),
           ("Subject", "Question about the language"),
           ("Date", m.date),
           ("Message-ID", "<CAG1mQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ආයුබෝවන්,

මම කුමුදු රත්නායක. මාර්තු 13 වැඩසටහන ගැන ප්‍රශ්නයක් අහන්න කැමතියි.
වැඩසටහන සම්පූර්ණයෙන්ම ජර්මන් භාෂාවෙන්ද පවත්වන්නේ? මගේ ජර්මන් දැනුම එතරම් හොඳ නැහැ. ඉංග්‍රීසි පරිවර්තනයක් හෝ වෙනත් සහායක් ලැබෙනවාද?
එහෙම නම් මම ලියාපදිංචි වෙන්නම්.

ස්තුතියි,
කුමුදු රත්නායක
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change (group 3 -> group 2) in Thai from Gmail (th interface), quoting the
# confirmation (AG 3, 1 person); "จำนวนคนเท่าเดิม" = the number stays.

WILAIWAN_TEXT = """สวัสดีค่ะ

ขอเปลี่ยนกลุ่มทำงานจากกลุ่มที่ 3 เป็นกลุ่มที่ 2 (Zukunftsprozess) ได้ไหมคะ จำนวนคนเท่าเดิมค่ะ 1 คน

ขอบคุณมากค่ะ
วิไลวรรณ ทองดี"""

WILAIWAN_ATTR = (f"เมื่อ พ. 3 ก.พ. 2027 เวลา 16:05 Tag der Migrantenselbstorganisationen "
                 f"<{MSO}> เขียนว่า:")


@mail("wilaiwan-gmail-th-change-ag2", "2027-02-15 08:55:47",
      E("change", "wilaiwan.thongdee@mail.example", "วิไลวรรณ ทองดี", None,
        ["AG2"], None, "th"), "th")
def _(m):
    conf = confirmation("วิไลวรรณ ทองดี", "AG3", 1)
    m.head(("From", addr("Wilaiwan Thongdee", "wilaiwan.thongdee@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD8pL1kJ4hG7fD0sA3zX6cV9bN2mQ5wE8rT1yU4iO7pA0sD3fG@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270203160512.8d4a@muenster.example>"),
           ("References", "<mailbot.20270203160512.8d4a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(WILAIWAN_TEXT, WILAIWAN_ATTR, conf),
                  gmail_html(WILAIWAN_TEXT, WILAIWAN_ATTR, conf),
                  charset="UTF-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Question in Hindi: vegetarian food, and may non-members come?  Numbered
# list "1." / "2." is not a workgroup; "जवाब मिलने के बाद हम पंजीकरण करेंगे"
# = we will register after the answer.

@mail("yadav-hindi-question-food", "2027-02-17 21:10:33",
      E("question", "anil.yadav@mail.example", "अनिल कुमार यादव", None,
        [], None, "hi"), "hi")
def _(m):
    m.head(("From", "Anil Yadav <anil.yadav@mail.example>"),
           ("To", MSO),
           ("Subject", ew("13 मार्च कार्यक्रम – प्रश्न", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "13 मार्च कार्यक्रम – प्रश्न")
    m.single("""नमस्ते,

मेरा नाम अनिल कुमार यादव है। मैं 13 मार्च के कार्यक्रम के बारे में दो बातें पूछना चाहता हूँ:
1. क्या वहाँ शाकाहारी खाना मिलेगा? हम में से कई लोग मांस नहीं खाते।
2. क्या कोई व्यक्ति जो किसी संस्था का सदस्य नहीं है, वह भी भाग ले सकता है?

जवाब मिलने के बाद हम पंजीकरण करेंगे।

धन्यवाद,
अनिल कुमार यादव
""", charset="utf-8", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# Vietnamese, Thunderbird UTF-8 8bit: three persons listed with Vietnamese
# honorifics ("chị Vũ Thị Lan và em Ngô Bảo Vy"), "nhóm thảo luận thứ hai"
# (the second discussion group), date "13/03/2027".

@mail("do-thi-thu-ha-vietnamese-three", "2027-02-18 10:05:09",
      E("registration", "thuha.do@mail.example", "Đỗ Thị Thu Hà",
        "Hội Phụ nữ Việt Nam tại Münster", ["AG2"], 3, "vi"), "vi")
def _(m):
    m.head(("From", addr("Thu Ha Do", "thuha.do@mail.example")),
           ("To", MSO),
           ("Subject", ew("Đăng ký tham dự MSO-Tag 13/03/2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<6e9a2c47-1d3b-4f85-b0c9-8a7e5d2f1b36@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "vi"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Đăng ký tham dự MSO-Tag 13/03/2027")
    m.single("""Kính gửi Ban tổ chức,

Tôi là Đỗ Thị Thu Hà, trưởng nhóm Hội Phụ nữ Việt Nam tại Münster. Chúng tôi xin đăng ký tham gia Ngày các tổ chức di dân (MSO-Tag) vào ngày 13/03/2027.

Nhóm chúng tôi có 3 người: tôi, chị Vũ Thị Lan và em Ngô Bảo Vy.
Chúng tôi muốn tham gia nhóm thảo luận thứ hai về tương lai của thành phố Münster (Zukunftsprozess).

Xin chân thành cảm ơn!
Đỗ Thị Thu Hà
Hội Phụ nữ Việt Nam tại Münster
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Cancellation in Traditional Chinese from Outlook (zh-TW labels
# 寄件者/寄件日期/收件者/主旨), UTF-8 base64 multipart/alternative, quoting
# the confirmation (AG 3, 1 person).  Romanised display name, Chinese
# signature; "３月１３日" in full-width digits.

HUANG_TEXT = """您好，

很抱歉，因為公司臨時安排出差，我３月１３日無法出席，麻煩幫我取消報名。
造成不便，敬請見諒。

黃志明"""


@mail("huang-chihming-outlook-zh-tw-cancel", "2027-02-19 09:30:14",
      E("cancellation", "chihming.huang@mail.example", "黃志明", None,
        [], None, "zh"), "zh")
def _(m):
    conf = confirmation("黃志明", "AG3", 1)
    quote = (TO_MSO, "2027年2月8日 下午 03:12", "黃志明 <chihming.huang@mail.example>",
             CONFIRMATION_SUBJECT, conf)
    subject = "回覆: " + CONFIRMATION_SUBJECT
    m.head(("From", "Huang Chih-Ming <chihming.huang@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew(subject, "utf-8")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbfE2kR7mX1qT9vN0bY3zC8eA5wLwP4g=="),
           ("Date", m.date),
           ("Message-ID", "<KL1PR0601MB4327F1A9C3E5B7D2@KL1PR0601MB4327.apcprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270208151207.6f3c@muenster.example>"),
           ("References", "<mailbot.20270208151207.6f3c@muenster.example>"),
           ("Accept-Language", "zh-TW, en-US"),
           ("Content-Language", "zh-TW"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.alternative(outlook_plain(HUANG_TEXT, quote, LABELS_ZH_TW),
                  outlook_html(HUANG_TEXT, quote, "utf-8", "ZH-TW", LABELS_ZH_TW),
                  charset="utf-8", cte="base64", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Change in Bengali from Gmail (bn interface, Bengali digits in the
# attribution), quoting the confirmation (AG 1, 2 persons): now "৩ জন"
# (3 persons, "আগে ২ জন ছিলাম" = before we were 2) and group "২ নম্বর"
# instead of "ওয়ার্কিং গ্রুপ ১".

AHMED_TEXT = """প্রিয় আয়োজক,

আমাদের রেজিস্ট্রেশনে একটু পরিবর্তন করতে চাই। আমরা এখন ৩ জন আসব (আগে ২ জন ছিলাম), আর ওয়ার্কিং গ্রুপ ১-এর বদলে ২ নম্বর গ্রুপে যেতে চাই।

ধন্যবাদ,
তানভীর আহমেদ"""

AHMED_ATTR = (f"বুধ, ১০ ফেব, ২০২৭ এ ১১:৩০ AM এ Tag der Migrantenselbstorganisationen "
              f"<{MSO}> লিখেছেন:")


@mail("ahmed-gmail-bn-change-ag2-three", "2027-02-22 20:15:02",
      E("change", "tanvir.ahmed.bd@mail.example", "তানভীর আহমেদ", None,
        ["AG2"], 3, "bn"), "bn")
def _(m):
    conf = confirmation("Tanvir Ahmed", "AG1", 2)
    m.head(("From", "Tanvir Ahmed <tanvir.ahmed.bd@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270210113004.1b7e@muenster.example>"),
           ("References", "<mailbot.20270210113004.1b7e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(AHMED_TEXT, AHMED_ATTR, conf),
                  gmail_html(AHMED_TEXT, AHMED_ATTR, conf),
                  charset="UTF-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Question in Tamil: may their association set up an information table
# (Infostand), and from what time?  They will register after the answer.

@mail("sivakumar-tamil-question-infostand", "2027-02-24 19:00:26",
      E("question", "shanthi.sivakumar@mail.example", "சாந்தி சிவகுமார்",
        "மன்ஸ்டர் தமிழ் கலாச்சார மன்றம்", [], None, "ta"), "ta")
def _(m):
    m.head(("From", "Shanthi Sivakumar <shanthi.sivakumar@mail.example>"),
           ("To", MSO),
           ("Subject", ew("கேள்வி – Infostand 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "கேள்வி – Infostand 13.03.")
    m.single("""வணக்கம்,

நான் சாந்தி சிவகுமார், மன்ஸ்டர் தமிழ் கலாச்சார மன்றத்திலிருந்து எழுதுகிறேன்.
மார்ச் 13 நிகழ்வில் எங்கள் அமைப்பின் தகவல் மேசை (Infostand) அமைக்க அனுமதி உண்டா? அப்படியானால் எத்தனை மணிக்கு வந்து அமைக்கலாம்?
பதில் கிடைத்த பிறகு நாங்கள் பதிவு செய்கிறோம்.

நன்றி,
சாந்தி சிவகுமார்
மன்ஸ்டர் தமிழ் கலாச்சார மன்றம்
""", charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Bounce written by the recipient's Chinese provider after it accepted the
# confirmation: mailbox full; notice in Chinese and English (UTF-8 base64),
# message/delivery-status, and the confirmation's headers only.

NETEASE_RCPT = "liu.fang@mail163.example"


def _confirmation_headers():
    return f"""Return-Path: <{MSO}>
Received: from mail.muenster.example (unknown [198.51.100.20])
	by mx1.mail163.example (Coremail) with SMTP id 9sCowAC3lQ2KNBtp4xQ1AA--.4417S2;
	Fri, 26 Feb 2027 16:19:40 +0800 (CST)
From: {TO_MSO}
To: Liu Fang <{NETEASE_RCPT}>
Subject: {CONFIRMATION_SUBJECT}
Date: Fri, 26 Feb 2027 09:19:36 +0100
Message-ID: <mailbot.20270226091936.3a9c@muenster.example>
In-Reply-To: <5f2c8e1a.4b7d.18f0a3c2e17.Coremail.liu.fang@mail163.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("netease-bounce-mailbox-full-zh-en", "2027-02-26 16:19:52",
      E("bounce", bounced=NETEASE_RCPT), "zh", tz=8)
def _(m):
    m.head(("From", addr("系统退信", "postmaster@mail163.example")),
           ("To", MSO),
           ("Subject", ew("系统退信 / Undelivered Mail Returned to Sender", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<20270226161952.B7D4E1A92F@mx1.mail163.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", relay="mx1.mail163.example")
    m.expect_header("Subject", "系统退信 / Undelivered Mail Returned to Sender")
    m.expect_header("From", "系统退信 <postmaster@mail163.example>")
    note = m.text(f"""您好，

很抱歉，您发送的邮件没能成功投递给以下收件人：
{NETEASE_RCPT}
原因：收件人邮箱空间已满。

Sorry, your message could not be delivered to the following recipient:
{NETEASE_RCPT}
Reason: 552 5.2.2 Mailbox full.

----------
此邮件为系统自动发送，请勿直接回复。
This message was sent automatically. Please do not reply.
""", charset="utf-8", cte="base64")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx1.mail163.example"),
         ("Arrival-Date", "Fri, 26 Feb 2027 16:19:40 +0800")],
        [("Final-Recipient", f"rfc822; {NETEASE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")])
    headers = m.text(_confirmation_headers(), subtype="rfc822-headers",
                     charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 042 ---------------------------------------------------------------------
# Change in Tagalog from Yahoo Mail on Android: the quote has no ">" at all,
# only indentation, and starts on the "wrote:" line.  Confirmation quoted:
# AG 2, 2 persons.  "ilipat ... sa Workgroup 1? Kung puno na po, okay lang na
# sa Workgroup 2 pa rin kami" = move us to 1; if full, we stay in 2.

REYES_TEXT = """Hello po ulit!

Pwede po bang ilipat kami ng kasama ko sa Workgroup 1 (Bildung)? Kung puno na po, okay lang na sa Workgroup 2 pa rin kami.

Salamat po!
Mark Anthony Reyes
Pinoy Youth Münster

Sent from Yahoo Mail on Android"""


def yahoo_quote(attribution, quoted):
    lines = quoted.split("\n")
    out = [f"  {attribution}   {lines[0]}"]
    out += [f"  {line}" if line else "  " for line in lines[1:]]
    return "\n".join(out)


@mail("reyes-yahoo-tagalog-change-fallback", "2027-03-01 08:30:40",
      E("change", "markanthony.reyes@yahoo-mail.example", "Mark Anthony Reyes",
        "Pinoy Youth Münster", ["AG1", "AG2"], None, "tl"), "tl")
def _(m):
    conf = confirmation("Mark Anthony Reyes", "AG2", 2)
    attribution = (f"On Mon, Feb 15, 2027 at 9:47 AM, Tag der Migrantenselbstorganisationen"
                   f"<{MSO}> wrote:")
    plain = f"{REYES_TEXT} \n \n{yahoo_quote(attribution, conf)}"
    body = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in REYES_TEXT.split("\n"))
    q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in conf.split("\n"))
    html_text = (f'<html><head></head><body><div class="ydp-body">{body}</div><br><br>'
                 f'<div class="yahoo_quoted"><div>{esc(attribution)}</div>'
                 f'<blockquote style="margin:0 0 20px 0;">{q}</blockquote></div></body></html>\n')
    m.head(("From", "Mark Anthony Reyes <markanthony.reyes@yahoo-mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1288347161.2294017.1772350240118@mail.yahoo-mail.example>"),
           ("In-Reply-To", "<mailbot.20270215094702.0c5e@muenster.example>"),
           ("References", "<mailbot.20270215094702.0c5e@muenster.example>"),
           ("X-Mailer", "WebService/1.1.23187 YahooMailAndroidMobile"),
           ("MIME-Version", "1.0"))
    m.alternative(plain, html_text, charset="UTF-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation in Nepali (Devanagari, "मार्च १३") from Gmail with an English
# interface, quoting the confirmation (AG 3, 1 person).

SHRESTHA_TEXT = """नमस्कार,

माफ गर्नुहोला, पारिवारिक कारणले गर्दा म मार्च १३ को कार्यक्रममा आउन सक्दिनँ। कृपया मेरो दर्ता रद्द गरिदिनुहोला।

धन्यवाद।
सीता श्रेष्ठ"""

SHRESTHA_ATTR = (f"On Thu, 18 Feb 2027 at 14:22, Tag der Migrantenselbstorganisationen "
                 f"<{MSO}> wrote:")


@mail("shrestha-nepali-cancel", "2027-03-03 17:45:21",
      E("cancellation", "sita.shrestha@mail.example", "सीता श्रेष्ठ", None,
        [], None, "ne"), "ne")
def _(m):
    conf = confirmation("Sita Shrestha", "AG3", 1)
    m.head(("From", "Sita Shrestha <sita.shrestha@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK0lZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270218142207.4d1a@muenster.example>"),
           ("References", "<mailbot.20270218142207.4d1a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SHRESTHA_TEXT, SHRESTHA_ATTR, conf),
                  gmail_html(SHRESTHA_TEXT, SHRESTHA_ATTR, conf),
                  charset="UTF-8", cte="base64", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Late registration (8 March, after the 6 March deadline) in Roman Nepali
# from a phone: "hami 4 jana" = we 4 people, "AG 2 ma basna man chha".
# It asks to be taken if possible and gives group and number: a registration.

@mail("thapa-roman-nepali-late", "2027-03-08 21:15:37",
      E("registration", "bikash.thapa@mail.example", "Bikash Thapa",
        "Nepal Yuwa Samaj Münster", ["AG2"], 4, "ne"), "ne")
def _(m):
    m.head(("From", "Bikash Thapa <bikash.thapa@mail.example>"),
           ("To", MSO),
           ("Subject", "Late registration MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAM3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Namaste,

Ma Bikash Thapa, Nepal Yuwa Samaj Münster bata. Registration ko deadline sakiyo bhanne thaha chha, tara sambhav bhaye hami 4 jana 13 March ko karyakram ma aauna chahanchhau. AG 2 ma basna man chha.

Dhanyabad!
Bikash Thapa
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation in learner German by a Tamil woman from an iPhone, with a
# Tamil "நன்றி" (thanks) before "Danke"; iOS quotes the confirmation
# (AG 1, 1 person) with "> " below "Von meinem iPhone gesendet".

SIVARAJAH_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

leider ich kann nicht kommen am Samstag, meine Mutter in Jaffna ist krank und ich muss nach Sri Lanka fliegen. Bitte stornieren Sie meine Anmeldung. Es tut mir sehr leid.

நன்றி / Danke
Tharshika Sivarajah

Von meinem iPhone gesendet"""

SIVARAJAH_ATTR = (f"Am 05.02.2027 um 18:30 schrieb Tag der Migrantenselbstorganisationen "
                  f"<{MSO}>:")


@mail("sivarajah-learner-german-iphone-cancel", "2027-03-10 06:50:12",
      E("cancellation", "tharshika.s@mail.example", "Tharshika Sivarajah", None,
        [], None, "de"), "de")
def _(m):
    conf = confirmation("Frau Sivarajah", "AG1", 1)
    plain = f"{SIVARAJAH_TEXT}\n\n{gt_quote(SIVARAJAH_ATTR + chr(10) + chr(10) + conf)}"
    m.head(("From", "Tharshika Sivarajah <tharshika.s@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A91C3E7F-5B2D-4E80-9F16-3C8A2D7E1B54@mail.example>"),
           ("In-Reply-To", "<mailbot.20270205183004.7e2f@muenster.example>"),
           ("References", "<mailbot.20270205183004.7e2f@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.alternative(plain, apple_html(SIVARAJAH_TEXT, SIVARAJAH_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="apple")


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


def content(part):
    """Decoded text of a leaf; charset labels without a Python codec name
    (windows-874) are decoded through CODEC_ALIAS."""
    cs = part.get_param("charset")
    if cs and cs.lower() in CODEC_ALIAS:
        return part.get_payload(decode=True).decode(CODEC_ALIAS[cs.lower()])
    return part.get_content()


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
QUOTED_CONFIRMATION = "Angemeldete Personen:"


def check(name, data, m, expected, seen_senders):
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

    # every leaf decodes to exactly the written text
    got = [content(p) for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # hand-encoded headers decode to what was meant
    for h, value in m.headers_intended.items():
        if str(msg[h]) != value:
            problems.append(f"header {h} decodes to {str(msg[h])!r}, meant {value!r}")

    # example domains only (decoded headers and bodies, nested messages included)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(content(p))
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")

    # labels well formed
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in ("AG1", "AG2", "AG3") for w in wg) or len(set(wg)) != len(wg):
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

    sender = getaddresses([str(msg["From"])])[0][1].lower()
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        addrs = {a.lower() for _, a in getaddresses(
            [str(msg[h]) for h in ("From", "Reply-To") if msg[h] is not None])}
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email must be lower-case and present")
        elif e["email"] not in addrs and e["email"] not in text.lower():
            problems.append("email neither From/Reply-To nor in the text")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if sender in seen_senders:
            problems.append(f"sender {sender} appears twice")
        seen_senders.add(sender)
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or QUOTED_CONFIRMATION not in text:
                problems.append("change/cancellation must answer and quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        if sender in seen_senders:
            problems.append(f"sender {sender} appears twice")
        seen_senders.add(sender)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("language x kind (language of the text; person mails: expected language):")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:3} " + " ".join(f"{n or '':>5}" for n in row) + f" {sum(row):>5}")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[((p.get_content_charset() or "us-ascii"),
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:16} {cte:18} {k}")


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

    seen = set()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e, seen):
            print(f"{name}: {problem}")
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
