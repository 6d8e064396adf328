#!/usr/bin/env python3
"""Build the "final18a" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

45 mails to the MSO-Tag 2027 (mso-tag@muenster.example) from Arabic-script and
Middle-Eastern communities: Arabic (MSA, Syrian, Iraqi, Egyptian, Lebanese,
Moroccan, Sudanese), Persian (Farsi, Dari), Pashto, Urdu and Sorani Kurdish,
in their own scripts, romanised (Arabizi, Finglish, Roman Urdu), and in
learner German/English mixed with the writer's own language.

Every mail text is written out below by hand.  The script only wraps the texts
in MIME with the standard `email` package, writes the files and re-reads them:

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, charset

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.  Paths are relative to this file.
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
from email.utils import format_datetime, formataddr, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we encoded by hand (RFC 2047 words in a
# chosen charset, pre-folded Received lines) are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
AGS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="b"):
    """RFC 2047 encoded word(s) for a header value in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="b"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`
    (or left to the policy, which encodes it as UTF-8, when charset is None)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before every line, the way Gmail and Thunderbird quote."""
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
    """One expected.json record; every key is present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final18a/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message under construction
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []      # decoded content of each leaf, in walk order
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        non-ASCII values go through the policy (RFC 2047 UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            if "@" in sender:
                host = "mail." + sender.split("@")[1]
            else:   # null envelope sender (a bounce): the From host relays it
                host = re.search(r"@([\w.-]+)", dict(pairs)["From"]).group(1)
                host = host if host.startswith("mx.") else "mail." + host
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(
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

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1767225600000 + int(h[16:22], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_NextPart_{h[:3]}_{h[3:7]}_{h[7:15].upper()}.{h[15:23].upper()}"

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


# ---------------------------------------------------------------------------
# HTML as the clients write it
# ---------------------------------------------------------------------------

def gmail_html(text, rtl=False, quote=None):
    """Gmail: one <div> per line; quote = (attribution, quoted_text, quoted_rtl)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(l) if l else '<br>'}</div>"
                    for l in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attrib, quoted, qrtl = quote
        qd = ' dir="rtl"' if qrtl else ' dir="ltr"'
        qbody = "<br>\n".join(esc(l) for l in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div{qd} class=\"gmail_attr\">{esc(attrib)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"<div{qd}>{qbody}</div></blockquote></div>")
    return out + "\n"


def is_rtl(line):
    return any("\u0590" <= c <= "\u08ff" for c in line)


def gmail_mixed_html(text):
    """Gmail with a left-to-right frame; lines in Arabic script get dir="rtl"."""
    divs = "".join(f"<div{RTL_ATTR if is_rtl(l) else ''}>{esc(l) if l else '<br>'}</div>"
                   for l in text.split("\n"))
    return f"<div dir=\"ltr\">{divs}</div>\n"


RTL_ATTR = ' dir="rtl"'


def apple_html(text, charset="utf-8"):
    inner = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={charset}\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, rtl=True):
    d = "rtl" if rtl else "ltr"
    br = '<br clear="none">'
    inner = "".join(f"<div dir=\"{d}\">{esc(l) if l else br}</div>"
                    for l in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            "Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"<div dir=\"{d}\" data-setdir=\"false\">{inner}</div></div></body></html>\n")


def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
"""


def mso_p(line, rtl=False, lang="AR-SA"):
    if rtl:
        if not line.strip():
            return "<p class=MsoNormal dir=RTL><span dir=LTR><o:p>&nbsp;</o:p></span></p>"
        return (f"<p class=MsoNormal dir=RTL><span lang={lang} dir=RTL style='font-family:"
                f"\"Arial\",sans-serif'>{esc(line)}</span><span dir=LTR><o:p></o:p></span></p>")
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset, rtl=False, lang="AR-SA", quote=None, labels=None):
    """Outlook (Word) HTML.  quote = (from, sent, to, subject, quoted_text);
    labels = the four header words in the sender's Outlook language."""
    body_attr = "lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'"
    out = [f"<body {body_attr}>", "<div class=WordSection1>"]
    out += [mso_p(l, rtl, lang) for l in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lv, lg, la, lb = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
        d = " dir=RTL" if rtl else ""
        out.append(mso_p("", rtl, lang))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal{d}><b>{esc(lv)}</b> {esc(frm)}<br>\n"
                   f"<b>{esc(lg)}</b> {esc(sent)}<br>\n"
                   f"<b>{esc(la)}</b> {esc(to)}<br>\n"
                   f"<b>{esc(lb)}</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(l) for l in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=None):
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lv, lg, la, lb = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    return (f"{text}\n\n{lv} {frm}\n{lg} {sent}\n{la} {to}\n{lb} {subj}\n\n{quoted}")


# ---------------------------------------------------------------------------
# what the organisers sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung.mso2027.20270111100000@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive aus den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Wir freuen uns, wenn Sie dabei sind.

Nach der Begrüßung und einem Impulsvortrag tagen am Nachmittag drei
parallele Arbeitsgruppen:

  I.   Menschen mit Migrationsvorgeschichte im Bildungssystem
  II.  Münsters Zukunftsprozess aus der Sicht der Menschen mit
       Migrationsvorgeschichte
  III. Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an und nennen Sie uns Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.
Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Bestätigung Ihrer Anmeldung: MSO-Tag 2027"

AG_TITLE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(name, ag, persons):
    """The confirmation the registration mailbox sent."""
    return f"""Guten Tag {name},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben Sie eingetragen für:

  Arbeitsgruppe: {AG_TITLE[ag]}
  Personen: {persons}

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn Sie die Arbeitsgruppe wechseln, die Personenzahl ändern oder absagen
möchten, antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Team MSO-Tag 2027
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, name, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (returned inside bounces)."""
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
    m.set_content(confirmation(name, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


def confirmation_headers(to, when, msgid, in_reply_to):
    """Only the header block of a confirmation (for text/rfc822-headers)."""
    return (f"Return-Path: <{MSO}>\n"
            f"Received: from mailbot.muenster.example (localhost [127.0.0.1])\n"
            f"\tby mail.muenster.example (Postfix) with ESMTPSA id 4C1B2A3D9E\n"
            f"\t{when}\n"
            f"From: {TO_MSO}\n"
            f"To: {to}\n"
            f"Subject: {ew(CONFIRMATION_SUBJECT, 'utf-8', 'q')}\n"
            f"Date: {when}\n"
            f"Message-ID: {msgid}\n"
            f"In-Reply-To: {in_reply_to}\n"
            f"Auto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived (numbers follow this order)
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# MSA Arabic, Gmail with an Arabic interface, multipart/alternative with
# dir="rtl" HTML, UTF-8 base64.  Replies to the invitation and quotes it in
# full (all three workgroups appear in the quote); the choice "مجموعة العمل
# الأولى" is in the new text.  "أنا واثنان من أعضاء الهيئة الإدارية، أي ثلاثة
# أشخاص" = me and two board members = 3.  Honorific "د." (Dr.) and the office
# "رئيس الجمعية" on their own lines; the name in Arabic script beats the
# Latin display name.

ALALI = """السادة الكرام في المركز البلدي للاندماج،
السلام عليكم ورحمة الله وبركاته،

شكراً جزيلاً على دعوتكم الكريمة. يسعدنا أن نشارك في يوم منظمات المهاجرين الذاتية يوم السبت ١٣ آذار/مارس ٢٠٢٧.

سأحضر أنا واثنان من أعضاء الهيئة الإدارية للجمعية، أي ثلاثة أشخاص، ونرغب في المشاركة في مجموعة العمل الأولى (Bildungssystem)، لأن أغلب أنشطتنا تدور حول دعم أولياء الأمور والتلاميذ في المدارس.

مع خالص التحية والتقدير،

د. سامر العلي
رئيس الجمعية
الجمعية السورية الألمانية للثقافة والتعليم في مونستر
هاتف: ٠١٥٧ ٣٤٨٨ ٢١٠٩"""

ALALI_ATTR = ("في الاثنين، ١١ يناير ٢٠٢٧ في ١٠:٠٠ ص، كتب Tag der Migrantenselbstorganisationen "
              f"<{MSO}>:")


@mail("alali-msa-reply-to-invitation", "2027-01-12 09:14:27",
      E("registration", "s.alali@sdkb-muenster.example", "سامر العلي",
        "الجمعية السورية الألمانية للثقافة والتعليم في مونستر", ["AG1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Samer Al-Ali <s.alali@sdkb-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3kR8vTq2mLw9xZp4nJd7sBf1cYg6uEo0aQr5iXt3NbM8kW2A@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{ALALI}\n\n{ALALI_ATTR}\n\n{gt_quote(INVITATION)}\n"
    htm = gmail_html(ALALI, rtl=True, quote=(ALALI_ATTR, INVITATION, False))
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Farsi written the old Windows way: windows-1256, quoted-printable, Outlook
# 2007.  windows-1256 has no Persian yeh (U+06CC), so the text uses Arabic
# ي and ك throughout, as such keyboards did; the labels keep those letters.
# Subject and display name are RFC 2047 B-words in windows-1256.  Latin digits
# (windows-1256 has no Persian ones).  "2 نفر" = 2; "كارگروه سوم" = third.

TEHRANI = """با سلام و احترام،

بدينوسيله اينجانب مهناز طهراني به همراه خزانه‌دار انجمن، آقاي بهروز نيك‌نام، براي شركت در روز سازمان‌هاي خودياري مهاجران (MSO-Tag) در تاريخ 13 مارس 2027 ثبت‌نام مي‌كنيم.

تعداد: 2 نفر
كارگروه مورد نظر: كارگروه سوم (Vereinsmanagement)، زيرا انجمن ما امسال براي نخستين بار قصد دارد از شهرداري مونستر درخواست بودجه كند.

خواهشمند است تأييديه را به همين آدرس ارسال فرماييد.

با سپاس فراوان
مهناز طهراني
دبير انجمن
انجمن فرهنگي ايرانيان مونستر
تلفن: 0251-2876431
"""


@mail("tehrani-farsi-windows-1256", "2027-01-13 08:52:10",
      E("registration", "m.tehrani@iran-kultur-ms.example", "مهناز طهراني",
        "انجمن فرهنگي ايرانيان مونستر", ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", addr("مهناز طهراني", "m.tehrani@iran-kultur-ms.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام براي روز سازمان‌هاي مهاجران", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000f01db6d4a$7c2e1a90$74ba4fb0$@iran-kultur-ms.example>"),
           ("X-Mailer", "Microsoft Office Outlook 12.0"),
           ("Content-Language", "fa"),
           ("MIME-Version", "1.0"))
    m.single(TEHRANI, charset="windows-1256", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Learner German from a Syrian woman on an iPhone; one line of Syrian Arabic
# ("شكراً كتير") and an emoji.  "wir sind 4 Frauen (mit mir)" = 4.  The
# workgroup is named only as "Arbeitsgruppe Bildung".  She also asks about
# childcare: still a registration.  Full name in the self-introduction, the
# signature has only the first name.

@mail("alhamwi-learner-german-womens-group", "2027-01-13 20:37:45",
      E("registration", "rasha.alhamwi@mail.example", "Rasha Al-Hamwi",
        "Frauengruppe Yasmin", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Rasha <rasha.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<7A1F3C2E-5B9D-4E08-A6C4-2D8E1F0B3A97@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebe Team,

ich bin Rasha Al-Hamwi, ich komme aus Syrien und wohne seit 2016 in Kinderhaus. Ich mache mit andere Frauen eine Gruppe, sie heißt Frauengruppe Yasmin, wir treffen jede Mittwoch im Stadtteilhaus.

Wir möchten gerne zu MSO-Tag kommen, wir sind 4 Frauen (mit mir). Wir interessieren für die Arbeitsgruppe Bildung, weil alle haben Kinder in die Schule und es gibt viele Fragen mit die Schule.

Eine Frage noch: gibt es Kinderbetreuung? Zwei Frauen haben kleine Kinder.

Vielen Dank
شكراً كتير 🌸
Rasha

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Dari (Afghan Persian: "اشتراک کنیم", "گروپ کاری", "مارچ", "می‌باشیم",
# "امام صاحب"), from the shared mailbox of a mosque association with a
# personal Reply-To; he asks us to answer to his personal address.  Persian
# digits ("۳ نفر" = 3, "گروپ کاری دوم" = AG2).  Signature with the honorific
# "الحاج" and the office "رئیس" on the same line as the organisation.

HASHIMI = """بسم الله الرحمن الرحیم

سلام علیکم،
به نمایندگی از انجمن اسلامی و فرهنگی افغان‌های مونستر می‌خواهیم در روز سازمان‌های مهاجرین (MSO-Tag) به تاریخ ۱۳ مارچ اشتراک کنیم.

ما جمعاً ۳ نفر می‌باشیم: بنده، امام صاحب مسجد ما و یک نفر از جوانان انجمن.
ما علاقه داریم در گروپ کاری دوم (آینده شهر مونستر / Zukunftsprozess) اشتراک نماییم.

لطفاً جواب را به ایمیل شخصی من بفرستید، ایمیل انجمن را هر روز کسی نمی‌بیند.

تشکر از زحمات شما
الحاج محمد نادر هاشمی
رئیس انجمن اسلامی و فرهنگی افغان‌های مونستر"""


@mail("hashimi-dari-mosque-shared-mailbox", "2027-01-14 18:05:33",
      E("registration", "nader.hashimi@mail.example", "محمد نادر هاشمی",
        "انجمن اسلامی و فرهنگی افغان‌های مونستر", ["AG2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "AIKV Muenster <info@aikv-muenster.example>"),
           ("Reply-To", "Nader Hashimi <nader.hashimi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1768410333.402117.7731@webmail.aikv-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
           "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
           "<div dir=\"rtl\">\n"
           + "\n".join(f"<p>{esc(p).replace(chr(10), '<br />')}</p>" for p in HASHIMI.split("\n\n"))
           + "\n</div>\n</body></html>\n")
    m.alternative(HASHIMI, htm, charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Pashto, Gmail multipart/alternative with dir="rtl", UTF-8 base64.  "زه به
# له خپل کشر ورور سره راشم، نو موږ دوه کسان یو" = I come with my younger
# brother, so we are two.  "لومړۍ کاري ډله" = first workgroup.  The running
# text has the oblique "ټولنې"; the signature the base form "ټولنه".

RAHMANI = """السلام علیکم ورحمة الله،

درنو ښاغلو او میرمنو،
زه ګل آغا رحماني یم او د مونستر د افغان ځوانانو د ټولنې غړی یم. غواړم چې د مهاجرو د ټولنو په ورځ (MSO-Tag) کې ګډون وکړم، چې د مارچ په ۱۳مه نېټه جوړېږي.

زه به له خپل کشر ورور سره راشم، نو موږ دوه کسان یو.
موږ غواړو په لومړۍ کاري ډله کې برخه واخلو، چې د ښوونې او روزنې (Bildung) په اړه ده. زما ورور په ښوونځي کې دی او موږ ډېرې پوښتنې لرو.

ډېره مننه
ګل آغا رحماني
د مونستر د افغان ځوانانو ټولنه"""


@mail("rahmani-pashto-gmail-rtl", "2027-01-15 12:20:08",
      E("registration", "gulagha.rahmani@mail.example", "ګل آغا رحماني",
        "د مونستر د افغان ځوانانو ټولنه", ["AG1"], 2, "ps"), "ps")
def _(m):
    m.head(("From", "Gul Agha Rahmani <gulagha.rahmani@mail.example>"),
           ("To", MSO),
           ("Subject", "د MSO-Tag لپاره نوم لیکنه"),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Tn2bQ9pV4mK1zR8wHs6dLf3gYc0eUo5iAr2NtX7qB9kM4w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHMANI, gmail_html(RAHMANI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# Finglish (Farsi in Latin letters) from a phone, with German words
# ("13. Maerz", "Förderung", "Vereinsmanagement").  "goruhe kari 3" = AG3,
# "faghat khodam miam, 1 nafar" = only me.

@mail("karimzadeh-finglish-phone", "2027-01-16 23:12:51",
      E("registration", "sara.karimzadeh@mail.example", "Sara Karimzadeh",
        "Deutsch-Persischer Frauenverein Nilufar", ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "sara karimzadeh <sara.karimzadeh@mail.example>"),
           ("To", MSO),
           ("Subject", "sabtenam MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<b8c2e6f1-44a7-4c0d-9e31-5d7a2f8b6c10@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

man Sara Karimzadeh hastam az "Deutsch-Persischer Frauenverein Nilufar". mikhastam baraye MSO-Tag rooze 13. Maerz sabtenam konam.
goruhe kari 3 (Förderung va Vereinsmanagement) baraye ma kheili mohem ast, chon mikhaym baraye kelas-haye farsi baraye bachehha az shahr pool begirim.
faghat khodam miam, 1 nafar.

mamnoon az shoma!
Sara

Sent from my Galaxy""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Urdu script, multipart/alternative with dir="rtl" HTML, UTF-8
# quoted-printable.  "ہم دو خواتین ہوں گی" = we will be two women.
# "ورکنگ گروپ نمبر ۳" = AG3 (Extended Arabic-Indic digit).  Honorific
# "ڈاکٹر" (Dr.) and office "صدر" on their own lines.

QURESHI = """السلام علیکم،

محترم منتظمین،
میں تارکینِ وطن کی تنظیموں کے دن (MSO-Tag) میں شرکت کے لیے اپنا اندراج کروانا چاہتی ہوں، جو ۱۳ مارچ ۲۰۲۷ کو مونسٹر میں منعقد ہو رہا ہے۔
ہماری ایسوسی ایشن کی جنرل سیکرٹری محترمہ نازیہ بٹ بھی میرے ساتھ آئیں گی، یعنی ہم دو خواتین ہوں گی۔

ہم ورکنگ گروپ نمبر ۳ (Förderungsmöglichkeiten und Vereinsmanagement) میں حصہ لینا چاہتی ہیں، کیونکہ ہماری تنظیم ابھی نئی ہے اور ہمیں فنڈنگ کے بارے میں معلومات درکار ہیں۔

شکریہ کے ساتھ،
ڈاکٹر عائشہ قریشی
صدر
پاکستانی خواتین ایسوسی ایشن مونسٹر"""

QURESHI_HTML = ("<html><body><div dir=\"rtl\" style=\"font-family:'Jameel Noori Nastaleeq','Noto Nastaliq Urdu',serif;"
                "font-size:16px\">\n"
                + "\n".join(f"<p dir=\"rtl\">{esc(p).replace(chr(10), '<br>')}</p>"
                            for p in QURESHI.split("\n\n"))
                + "\n</div></body></html>\n")


@mail("qureshi-urdu-html-rtl", "2027-01-18 08:10:19",
      E("registration", "ayesha.qureshi@pk-frauen-ms.example", "عائشہ قریشی",
        "پاکستانی خواتین ایسوسی ایشن مونسٹر", ["AG3"], 2, "ur"), "ur")
def _(m):
    m.head(("From", addr("Dr. Ayesha Qureshi", "ayesha.qureshi@pk-frauen-ms.example")),
           ("To", TO_MSO),
           ("Subject", "MSO-Tag 2027 – اندراج"),
           ("Date", m.date),
           ("Message-ID", "<5f0e2c9a-8b13-47d6-a2e4-c91d3f6b7a58@pk-frauen-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "ur"),
           ("MIME-Version", "1.0"))
    m.alternative(QURESHI, QURESHI_HTML, charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Bounce: our own Postfix returns a confirmation; the registrant had typed
# his address with a letter missing (yousfi for yousefi).  multipart/report
# with the whole returned confirmation.

@mail("postfix-bounce-user-unknown", "2027-01-19 10:40:03",
      E("bounce", bounced="hamid.yousfi@mailbox-ms.example"), "en")
def _(m):
    rcpt = "hamid.yousfi@mailbox-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270119094003.2B7E41C0A5@mail.muenster.example>"),
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

<{rcpt}>: host mx.mailbox-ms.example[198.51.100.40] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B7E41C0A5"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 19 Jan 2027 10:39:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.mailbox-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    original = confirmation_message(
        f"Hamid Yousefi <{rcpt}>", "Hamid Yousefi", "AG2", 1,
        "Tue, 19 Jan 2027 10:39:57 +0100", "<mailbot.20270119103957.7c2d@muenster.example>",
        "<4e8a1b2c-90d3-4f7e-b6a5-3c2d1e0f9a8b@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 009 ---------------------------------------------------------------------
# Sorani Kurdish (Arabic script with ڕ ڵ ێ ۆ ە), UTF-8 base64, text/plain.
# "ئێمە دوو کەس دەبین" = we will be two persons; "گرووپی کاری دووەم" = the
# second workgroup.  Arabic-Indic digits in the date.  Text has the
# organisation with the 1st-person suffix "-م"; the signature the base form.

@mail("aziz-sorani-kurdish", "2027-01-19 19:25:40",
      E("registration", "aras.aziz@kurd-komele-ms.example", "ئاراس عەزیز",
        "کۆمەڵەی کوردانی مونستەر", ["AG2"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Aras Aziz <aras.aziz@kurd-komele-ms.example>"),
           ("To", MSO),
           ("Subject", "تۆمارکردن بۆ MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAD4nW1xPq7zT3kV9mB2sLr5eGc8hYf0uJo6iNa4QtE1bR7wX3s@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سڵاو و ڕێز،

من ئاراس عەزیزم، ئەندامی دەستەی بەڕێوەبەری کۆمەڵەی کوردانی مونستەرم. دەمانەوێت بەشداری بکەین لە ڕۆژی ڕێکخراوەکانی کۆچبەران (MSO-Tag) کە ڕۆژی شەممە ١٣ی ئازاری ٢٠٢٧ بەڕێوە دەچێت.

ئێمە دوو کەس دەبین: خۆم و هاوڕێکەم شیلان ڕەشید.
حەز دەکەین لە گرووپی کاری دووەم بین، واتە داهاتووی شاری مونستەر (Zukunftsprozess).

زۆر سوپاس
ئاراس عەزیز
کۆمەڵەی کوردانی مونستەر
""", charset="utf-8", cte="base64")


# -- 010 ---------------------------------------------------------------------
# Iraqi Arabic from an Android phone, no punctuation habits of a letter.
# "المجموعة الثالثة مال التمويل" = AG3; "راح يجي وياي صديقي علي، يعني نكون
# اثنين" = 2.  A football team is mentioned but not named: no organisation.

@mail("kazim-iraqi-arabic-phone", "2027-01-20 22:48:06",
      E("registration", "hussein.kazim88@mail.example", "حسين كاظم", None, ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Hussein Kazim <hussein.kazim88@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل"),
           ("Date", m.date),
           ("Message-ID", "<CAG8sP5vLq1xN7zR3mK9wTd2bHf6cYe4uJo0iAt8QsW5nB1kM7r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم
شلونكم ان شاء الله زينين
اني حسين كاظم من العراق ساكن بمونستر من ٥ سنين، سمعت عن يوم المنظمات من صديقي وحابب اجي
اريد اسجل بالمجموعة الثالثة مال التمويل والدعم، لان عدنا فريق كرة قدم للشباب العراقيين وما نعرف شلون نطلب دعم من البلدية
راح يجي وياي صديقي علي، يعني نكون اثنين
تسلمون
حسين كاظم

Sent from my Android""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Moroccan Darija in Arabizi (3 = ع, 7 = ح, 5 = خ) with French and German
# words.  "ana w mrati w bent 3ammi ... ya3ni 3 dyal nass" = 3 persons;
# "l-groupe lowel" = the first group (Bildungssystem).

@mail("benslimane-darija-arabizi", "2027-01-21 09:30:14",
      E("registration", "y.benslimane@mail.example", "Yassine Benslimane",
        "Marokkanischer Elternverein Münster", ["AG1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Yassine B. <y.benslimane@mail.example>"),
           ("To", MSO),
           ("Subject", "inscription MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1769070614.318270.1055@smtp.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam 3alikom,

ana smiti Yassine Benslimane, kan5dem m3a "Marokkanischer Elternverein Münster". bghit nsajjal f nhar dyal les associations (MSO-Tag) nhar 13 mars.
ghadi nji ana w mrati w bent 3ammi li katqra hna f l'universite, ya3ni 3 dyal nass.
bghina l-groupe lowel, dyal ta3lim w lmadrasa (Bildungssystem), 7it 3andna bzaf dyal lmachakil m3a lmadrasa dyal drari.

choukran bzaf w lah y3tikom sa7a
Yassine
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Lebanese Arabizi mixed with German and English, Apple Mail
# multipart/alternative.  "bas ana, wa7ad" = only me; first choice AG 2,
# second AG 3 ("Eza AG 2 full ... ba3mol AG 3").  The text names the club
# without "e.V.", the signature with it.

SALEH = """Marhaba,

ana Rami Saleh min "Libanesischer Kulturverein Münster". baddi sajjel 7ali 3al MSO-Tag, bas ana, wa7ad.
3ajabni ktir mawdou3 "Münsters Zukunftsprozess", fa AG 2 law sama7to. Eza AG 2 full, ma fi moshkle, ba3mol AG 3.

Yalla, merci ktir w bshoufkon bi 13.3!
Rami

--
Rami Saleh
Libanesischer Kulturverein Münster e.V.
Tel. 0176 2254 8813"""


@mail("saleh-lebanese-arabizi-apple", "2027-01-22 14:05:37",
      E("registration", "rami.saleh@lkv-muenster.example", "Rami Saleh",
        "Libanesischer Kulturverein Münster e.V.", ["AG2", "AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Rami Saleh <rami.saleh@lkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<2C8B5E71-0D4A-4F93-B1E6-7A3C9D2F5E08@lkv-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0"))
    m.alternative(SALEH, apple_html(SALEH), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 013 ---------------------------------------------------------------------
# Learner English from an Afghan volunteer, Outlook plain text.  "We will
# come 5 persons ... me and 4 other volunteers" = 5.  First choice "number 2
# (future of Münster)", second "number 1 (education)".  He asks for an English
# confirmation: still a registration.

@mail("mohammadi-learner-english-refugee-cafe", "2027-01-25 07:50:22",
      E("registration", "farid.mohammadi@mail.example", "Farid Mohammadi",
        "Refugee Welcome Café Coerde", ["AG2", "AG1"], 5, "en"), "en")
def _(m):
    m.head(("From", "Farid Mohammadi <farid.mohammadi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO day"),
           ("Date", m.date),
           ("Message-ID", "<000301db6e8f$1a2b3c4d$5e6f7a8b$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-us"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir or Madam,

My name is Farid Mohammadi, I am from Afghanistan and I am volunteer in the "Refugee Welcome Café Coerde". I want to register for the MSO day on 13 of March.

We will come 5 persons from our café, me and 4 other volunteers (2 are from Syria, 1 from Eritrea, 1 from Iran).
For the working group we like most the number 2 (future of Münster), if it is full then number 1 (education) is also good for us.

Is it possible that we get the confirmation in English please? Our German is not so good yet.

Thank you very much and best regards,
Farid Mohammadi
Refugee Welcome Café Coerde
""", charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Auto reply: Gmail vacation responder to one of our confirmations,
# German and Arabic, Auto-Submitted: auto-replied.  Not a person's mail.

NOUR_OOO = """Vielen Dank für Ihre Nachricht. Ich bin vom 25.01. bis 07.02.2027 im Urlaub und lese meine E-Mails nur unregelmäßig. Ab dem 08.02. bin ich wieder erreichbar.

شكراً لرسالتكم. أنا في إجازة من ٢٥ يناير حتى ٧ فبراير ٢٠٢٧، وسأرد عليكم بعد عودتي.

Nour Al-Sayed
Arabischer Elternrat Münster"""


@mail("alsayed-gmail-vacation-de-ar", "2027-01-26 16:33:02",
      E("auto_reply"), "de+ar")
def _(m):
    m.head(("From", "Nour Al-Sayed <nour.alsayed@mail.example>"),
           ("To", MSO),
           ("Subject", "Urlaub / إجازة"),
           ("Date", m.date),
           ("Message-ID", "<CAN2vR6qZt8xW1mK4pB7sJd9cLf0gYh3uEo5iAr6TsX2nQ8kM1v@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270126163251.9a1e@muenster.example>"),
           ("References", "<mailbot.20270126163251.9a1e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    htm = gmail_mixed_html(NOUR_OOO)
    m.alternative(NOUR_OOO, htm, charset="utf-8", cte="base64", style="gmail")


# -- 015 ---------------------------------------------------------------------
# German carries the mail; one Farsi sentence apologising for her German and
# a Farsi closing.  Gmail multipart/alternative.  Mother and daughter: 2.
# "die AG 1 für uns beide".  No organisation ("Wir sind in keinem Verein").
# The name in Persian script in the signature beats the Latin display name.

SADEGHI = """Guten Tag,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden. Ich komme mit meiner Tochter Ava, sie ist 17 und interessiert sich sehr für das Thema Schule und Bildung. Deshalb bitte die AG 1 für uns beide.

Wir sind in keinem Verein, nur interessiert.

ببخشید اگر آلمانی‌ام اشتباه دارد.
Vielen Dank!

با احترام
مریم صادقی"""


@mail("sadeghi-german-with-farsi-lines", "2027-01-27 11:18:44",
      E("registration", "maryam.sadeghi@mail.example", "مریم صادقی", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Maryam Sadeghi <maryam.sadeghi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAK1pT9wRq3xN5zV7mL2sBd8cHf4gYe6uJo1iAs9QrW3nE5kM2t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    htm = gmail_mixed_html(SADEGHI)
    m.alternative(SADEGHI, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Egyptian Arabic from Yahoo Mail, multipart/alternative, HTML dir="rtl",
# UTF-8 base64.  "إحنا هنكون ٣ أفراد" (Arabic-Indic ٣) = 3; "المجموعة التانية"
# = the second (Egyptian pronunciation).  Honorific "م." (engineer).

FATHY = """أهلاً بحضراتكم،

أنا أحمد فتحي من الجالية المصرية في مونستر. عايزين نسجّل في يوم منظمات المهاجرين يوم ١٣ مارس.
إحنا هنكون ٣ أفراد: أنا ومراتي وواحد صاحبنا من الجالية.
ياريت تحطونا في المجموعة التانية بتاعة مستقبل مدينة مونستر (Zukunftsprozess)، عشان عندنا أفكار كتير عن الحي اللي ساكنين فيه في Berg Fidel.

شكراً جداً ومستنيين ردكم
م. أحمد فتحي
الجالية المصرية في مونستر"""


@mail("fathy-egyptian-yahoo-rtl", "2027-01-28 13:02:55",
      E("registration", "ahmed.fathy@yahoo-mail.example", "أحمد فتحي",
        "الجالية المصرية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("Ahmed Fathy", "ahmed.fathy@yahoo-mail.example")),
           ("To", f"{MSO}"),
           ("Subject", "تسجيل الجالية المصرية - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1769601775.4471902.1769601775012@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(FATHY, yahoo_html(FATHY), charset="utf-8", cte="base64", style="yahoo")


# -- 017 ---------------------------------------------------------------------
# MSA from Outlook, HTML only (MsoNormal, dir=RTL), windows-1256
# quoted-printable; display name and subject as windows-1256 RFC 2047 words.
# "مشاركتي ومشاركة أمين صندوق جمعيتنا" = me and our treasurer = 2.  Third
# workgroup first, the second if the third is full.  Honorific "الأستاذ".

MANSOUR = """السادة المحترمون،

تحية طيبة وبعد،

يسرّني أن أسجّل مشاركتي ومشاركة أمين صندوق جمعيتنا، السيد نضال عودة، في يوم منظمات المهاجرين الذاتية بتاريخ 13/03/2027.
نرغب في المشاركة في مجموعة العمل الثالثة الخاصة بإمكانيات التمويل وإدارة الجمعيات، وإن لم يتوفر فيها مكان فالمجموعة الثانية.

وتفضلوا بقبول فائق الاحترام،

الأستاذ خالد منصور
جمعية الجالية الفلسطينية في مونستر
Hammer Str. 112, 48153 Münster"""


@mail("mansour-outlook-html-windows-1256", "2027-01-29 09:41:18",
      E("registration", "k.mansour@pal-gemeinde-ms.example", "خالد منصور",
        "جمعية الجالية الفلسطينية في مونستر", ["AG3", "AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("خالد منصور", "k.mansour@pal-gemeinde-ms.example", "windows-1256", "b")),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 2027", "windows-1256", "q")),
           ("Thread-Topic", ew("تسجيل - يوم منظمات المهاجرين 2027", "windows-1256", "q")),
           ("Thread-Index", "AdtyRk2Jq8x1Wn3m6kO9pL4qZ7rT5w=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7311F2A4C6E8B0D1E3F5A7C9B2D4@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MANSOUR, "windows-1256", rtl=True), subtype="html",
             charset="windows-1256", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# German from a Syrian volunteer coordinator, Thunderbird.  He writes from a
# work mailbox and asks for the confirmation at his private address: that
# address is the expected email.  Three persons ("zu dritt"), AG 2; asks for
# Arabic interpretation (still a registration).  The signature names his
# employer, which is not the organisation he registers.

@mail("alomari-german-confirm-to-private", "2027-01-30 15:27:09",
      E("registration", "omar.alomari@mail.example", "Omar Al-Omari",
        "Neue Nachbarn Gievenbeck", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Omar Al-Omari <o.alomari@fluechtlingshilfe-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Initiative Neue Nachbarn Gievenbeck"),
           ("Date", m.date),
           ("Message-ID", "<a3d9f1e2-6c47-4b8a-9e05-1f2d3c4b5a69@fluechtlingshilfe-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich unsere ehrenamtliche Initiative „Neue Nachbarn Gievenbeck“ für den MSO-Tag am 13. März an. Wir kommen zu dritt: meine Kollegin Dilan Yıldız, Herr Abdulkarim Nasser und ich.

Uns interessiert vor allem die AG 2 zum Zukunftsprozess, weil wir in Gievenbeck gerade einen Nachbarschaftstreff aufbauen.

Herr Nasser spricht bisher wenig Deutsch. Wäre es möglich, dass jemand in der Arbeitsgruppe für ihn ins Arabische übersetzt? Sonst übernehme ich das leise neben ihm.

Bitte schicken Sie die Bestätigung an meine private Adresse omar.alomari@mail.example – dieses Dienstpostfach nutze ich nur noch bis Ende Januar.

Mit freundlichen Grüßen
Omar Al-Omari

-- 
Flüchtlingshilfe Münster-West
Koordination Ehrenamt
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 019 ---------------------------------------------------------------------
# Learner German typed on a phone whose number row gives Persian digits:
# "۳ Personen" = 3, "Arbeitsgruppe ۲" = AG2; the date in Latin digits.
# UTF-8 base64.  The organisation as he writes it (with his grammar).

@mail("rostami-german-persian-digits", "2027-02-01 10:15:31",
      E("registration", "kourosh.rostami@uni-mail.example", "Kourosh Rostami",
        "Iranische Studentenverein Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kourosh Rostami <kourosh.rostami@uni-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB8830A4C1E7B92F3D5A6C8E0F1B2D@DU2PR10MB8830.EURPRD10.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Ich bin Kourosh Rostami und ich möchte anmelden für MSO Tag am 13. März.
Wir sind ۳ Personen von Iranische Studentenverein Münster.
Wir möchten Arbeitsgruppe ۲ (Zukunft Münster).

Danke schön
Kourosh

Gesendet von Outlook für Android""", charset="utf-8", cte="base64")


# -- 020 ---------------------------------------------------------------------
# Question (prayer room), MSA, Gmail multipart/alternative dir="rtl".  They
# will send names only after the answer: no one is registered yet.
# Honorific "الشيخ".

ALZEIN = """السلام عليكم ورحمة الله،

نحن مجموعة من أعضاء جمعية المسجد الأندلسي في مونستر، ونفكر في المشاركة في يوم منظمات المهاجرين الذاتية.
قبل أن نسجّل، نودّ أن نسأل: هل يوجد في مبنى Stadtweinhaus مكان هادئ يمكننا أن نصلي فيه صلاة الظهر والعصر؟ تكفينا غرفة صغيرة أو زاوية لمدة عشر دقائق.
إذا كان ذلك ممكناً فسنرسل لكم أسماء المشاركين خلال هذا الأسبوع.

جزاكم الله خيراً
الشيخ عبد الرحيم الزين
جمعية المسجد الأندلسي مونستر"""


@mail("alzein-question-prayer-room", "2027-02-02 12:44:50",
      E("question", "a.alzein@andalus-moschee-ms.example", "عبد الرحيم الزين",
        "جمعية المسجد الأندلسي مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Abdulrahim Alzein <a.alzein@andalus-moschee-ms.example>"),
           ("To", MSO),
           ("Subject", "استفسار قبل التسجيل: مكان للصلاة"),
           ("Date", m.date),
           ("Message-ID", "<CAM5qS8xVt2zR6nL1pK4wBd7cJf9gYh0uEo3iAr5TsX8nQ2kM6p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALZEIN, gmail_html(ALZEIN, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Roman Urdu with English and German words.  "Hum 3 log aayenge" = 3;
# "AG 1 (taleem, Bildungssystem)".  Office on the first line, organisation
# alone on the last line.

@mail("ahmed-roman-urdu", "2027-02-03 17:30:12",
      E("registration", "bilal.ahmed@psa-muenster.example", "Bilal Ahmed",
        "Pakistan Students Association Münster", ["AG1"], 3, "ur"), "ur")
def _(m):
    m.head(("From", "Bilal Ahmed <bilal.ahmed@psa-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag registration - PSA Münster"),
           ("Date", m.date),
           ("Message-ID", "<CAB6rT1yWu3xS7oM2qL5xCe8dKg0hZi1vFp4jBs6UtY9oR3lN7q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Assalam o Alaikum,

Main Bilal Ahmed hoon, Pakistan Students Association Münster ka general secretary. Hum MSO-Tag 13 March ke liye register karna chahte hain.
Hum 3 log aayenge (main aur do aur students).
Hamein AG 1 (taleem, Bildungssystem) mein interest hai kyun ke hum German schools mein Pakistani bachon ki tuition mein help karte hain.

Bohat shukriya,
Bilal Ahmed
Pakistan Students Association Münster
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# German from the secretary of a Shia mosque association, Outlook
# multipart/alternative, windows-1252 quoted-printable.  Four persons listed
# with honorifics (Sayed, Haj), the writer "ich selbst" included; "Arbeitsgruppe
# III".  Running text has the genitive "des Islamischen Zentrums ..."; the
# signature the base form.

JAFARI = """Sehr geehrte Frau Meza Correa-Flock,

im Auftrag des Vorstands des Islamischen Zentrums Imam Ali Münster melde ich uns für den Tag der Migrantenselbstorganisationen am 13. März an.

Teilnehmen werden:
- Sayed Ali Mousavi (Imam unserer Gemeinde)
- Haj Reza Nouri (1. Vorsitzender)
- Zahra Jafari (Frauenarbeit)
- ich selbst

Wir sind also vier Personen und möchten alle in die Arbeitsgruppe III (Förderung und Vereinsmanagement), da wir in diesem Jahr einen Förderantrag für unseren Jugendraum stellen wollen.

Freundliche Grüße

Hossein Jafari
Schriftführer
Islamisches Zentrum Imam Ali Münster e.V.
Tel. 0251 / 98 76 543"""


@mail("jafari-mosque-outlook-four-persons", "2027-02-04 10:02:26",
      E("registration", "schriftfuehrer@iz-imam-ali-ms.example", "Hossein Jafari",
        "Islamisches Zentrum Imam Ali Münster e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Jafari, Hossein" <schriftfuehrer@iz-imam-ali-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Islamisches Zentrum Imam Ali – MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung Islamisches Zentrum Imam Ali – MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtzE1b4m7Nq2Wx9k3Jp0L5rZ8sT6v=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8123C4E6A8B0D2F4A6C8E0B2D4F6@AS8PR04MB8123.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, fa-IR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(JAFARI, outlook_html(JAFARI, "windows-1252"), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Question (halal food) in learner German.  "Wenn ja, dann wir melden uns an"
# announces a registration for later: question, not registration.

@mail("aljubouri-question-halal-food", "2027-02-05 09:20:48",
      E("question", "haider.aljubouri@mail.example", "Haider Al-Jubouri", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Haider Al-Jubouri <haider.aljubouri@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Essen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2b7c9e4a-1d3f-4a58-b6e0-8c9d7f1a2e34-1770279648201@3c-app-mailcom-bs05>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe eine Frage für die Veranstaltung am 13.3. Gibt es bei dem Imbiss auch Essen halal oder vegetarisch? Ich und meine Frau essen kein Schweinefleisch.
Wenn ja, dann wir melden uns an, wir möchten gerne kommen.

Mit freundliche Grüße
Haider Al-Jubouri
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# The same registration twice: in Arabic first, then in German.  Apple Mail
# multipart/alternative.  Alone, first workgroup.  Name in Arabic script in
# the signature; the organisation only in Latin letters.  Language: see the
# README (genuinely ambiguous).

YOUSIF = """مرحباً،

أودّ أن أسجّل نفسي للمشاركة في يوم منظمات المهاجرين الذاتية يوم ١٣ آذار. سأحضر وحدي، وأرغب في مجموعة العمل الأولى عن التعليم.

Hallo,

ich möchte mich für den MSO-Tag am 13. März anmelden. Ich komme allein und möchte gern in die Arbeitsgruppe 1 (Bildung).

مع التحية / Viele Grüße
نينوس يوسف
Nahrain Kulturverein Münster e.V."""


@mail("yousif-arabic-then-german", "2027-02-06 14:55:03",
      E("registration", "ninos.yousif@mail.example", "نينوس يوسف",
        "Nahrain Kulturverein Münster e.V.", ["AG1"], 1, "ar"), "ar+de")
def _(m):
    m.head(("From", "Ninos Yousif <ninos.yousif@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل / Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<9E4D2B17-6F3A-4C85-8D0E-1B7A5C3F9E26@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(YOUSIF, apple_html(YOUSIF), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 025 ---------------------------------------------------------------------
# Sudanese MSA as a form block with Arabic-Indic digits: "مجموعة العمل: ٣",
# "عدد الأشخاص: ٢".  The form's name line is fuller than the signature.

@mail("eltayeb-sudanese-form-arabic-digits", "2027-02-08 11:11:39",
      E("registration", "abdalla.eltayeb@mail.example", "عبد الله الطيب محمد",
        "جمعية الجالية السودانية بمونستر", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Abdalla Eltayeb <abdalla.eltayeb@mail.example>"),
           ("To", MSO),
           ("Subject", "استمارة تسجيل – يوم المنظمات ١٣/٣"),
           ("Date", m.date),
           ("Message-ID", "<CAE9tU4zXv6yT0pN5rM8yDf1eLh3iAj4wGq7kCt9VuZ2pS6mO0r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله

أرجو تسجيلنا حسب البيانات التالية:

الاسم: عبد الله الطيب محمد
الجمعية: جمعية الجالية السودانية بمونستر
مجموعة العمل: ٣
عدد الأشخاص: ٢
الهاتف: ٠١٧٢ ٥٥٤ ٣٣١٨

الشخص الثاني هو الأخ عثمان بابكر، أمين المال.

وشكراً
عبد الله الطيب
""", charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Bounce written by the recipient's provider in Arabic and English
# (multipart/report; notice UTF-8 base64, DSN, returned headers only).

ALZAHRANI = "f.alzahrani@jaliya-mail.example"
JALIYA_NOTE = f"""هذه رسالة آلية من نظام البريد الإلكتروني في mx.jaliya-mail.example.

تعذّر تسليم رسالتك إلى المستلم التالي، لأن صندوق البريد غير موجود أو تم إيقافه:

    {ALZAHRANI}

يرجى التأكد من العنوان والمحاولة مرة أخرى.

------------------------------------------------------------

This is an automatically generated message from mx.jaliya-mail.example.

Your message could not be delivered to the following recipient because the
mailbox does not exist or has been disabled:

    {ALZAHRANI}

Diagnostic: 550 5.2.1 <{ALZAHRANI}>: mailbox disabled
"""


@mail("jaliya-mail-bounce-arabic-english", "2027-02-09 08:40:21",
      E("bounce", bounced=ALZAHRANI), "ar+en")
def _(m):
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.jaliya-mail.example>"),
           ("To", MSO),
           ("Subject", ew("فشل التسليم / Delivery Status Notification (Failure)", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270209074021.D4E5F6A7B8@mx.jaliya-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=True)
    note = m.text(JALIYA_NOTE, charset="utf-8", cte="base64")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.jaliya-mail.example"),
         ("Arrival-Date", "Tue, 9 Feb 2027 07:40:19 +0000")],
        [("Final-Recipient", f"rfc822; {ALZAHRANI}"),
         ("Action", "failed"),
         ("Status", "5.2.1"),
         ("Diagnostic-Code", f"smtp; 550 5.2.1 <{ALZAHRANI}>: mailbox disabled")])
    hdrs = m.text(confirmation_headers(
        f"Faisal Al-Zahrani <{ALZAHRANI}>", "Tue, 09 Feb 2027 08:40:16 +0100",
        "<mailbot.20270209084016.5b3c@muenster.example>",
        "<CAF0uV5aYw7zU1qO6sN9zEg2fMi4jBk5xHr8lDu0WvA3qT7nP1s@mail.gmail.example>"),
        subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [note, dsn, hdrs], params={"report-type": "delivery-status"})


# -- 027 ---------------------------------------------------------------------
# Farsi, Gmail multipart/alternative dir="rtl", UTF-8 base64.  She changes
# her mind inside the mail: "first I thought of workgroup ۱ ... please put me
# in workgroup ۳" -> only AG3.  "فقط خودم می‌آیم" = only me.

NAZARI = """سلام،
وقت بخیر. من شیرین نظری هستم، عضو هیئت مدیره‌ی «کانون زنان ایرانی مونستر». می‌خواستم برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کنم.

اول فکر کردم کارگروه ۱ (آموزش) را انتخاب کنم، ولی راستش برای کانون ما موضوع بودجه و مدیریت انجمن مهم‌تر است؛ پس لطفاً من را در کارگروه ۳ بگذارید.
فقط خودم می‌آیم.

ممنون از زحمات‌تان
شیرین نظری"""


@mail("nazari-farsi-changes-mind-inside", "2027-02-10 19:05:57",
      E("registration", "shirin.nazari@mail.example", "شیرین نظری",
        "کانون زنان ایرانی مونستر", ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Shirin Nazari <shirin.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام MSO-Tag ۲۰۲۷"),
           ("Date", m.date),
           ("Message-ID", "<CAH1wX6bZy8aV2rP7tO0aFh3gNj5kCl6yIs9mEv1XwB4rU8oQ2t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NAZARI, gmail_html(NAZARI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 028 ---------------------------------------------------------------------
# Syrian (Homs) Arabic, no workgroup chosen yet ("لسّا ما قررنا أي مجموعة
# عمل"); herself and her husband = 2.  The question at the end does not make
# it a question mail: she registers.

@mail("atassi-syrian-no-workgroup-yet", "2027-02-11 13:13:04",
      E("registration", "lina.atassi@mail.example", "لينا الأتاسي", None, [], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Lina Atassi <lina.atassi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل ليوم المنظمات"),
           ("Date", m.date),
           ("Message-ID", "<CAJ2xY7cAz9bW3sQ8uP1bGi4hOk6lDm7zJt0nFw2YxC5sV9pR3u@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

أنا لينا الأتاسي من حمص، ساكنة بمونستر من ٢٠١٥. حابة سجّل حالي وجوزي بيوم منظمات المهاجرين بـ ١٣ آذار، يعني نحنا شخصين.
لسّا ما قررنا أي مجموعة عمل بدنا، منقرر بوقتها إذا بيصير. في مشكلة بهالشي؟

سلامات
لينا الأتاسي
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question (childcare) in Dari ("اطفال خُرد", "اجازه است", "روان می‌کنیم"),
# Gmail multipart/alternative dir="rtl".  Names will follow the answer: no
# registration yet.

AHMADI = """سلام علیکم،

من فرشته احمدی هستم از گروپ خانم‌های افغان در هیلتروپ. ما چند نفر خانم هستیم که می‌خواهیم به روز MSO بیاییم، اما بیشتر ما اطفال خُرد داریم.
آیا در روز ۱۳ مارچ کسی از اطفال مراقبت می‌کند؟ اگر نه، آیا اجازه است اطفال را با خود بیاوریم؟
بعد از جواب شما نام‌ها را روان می‌کنیم.

تشکر
فرشته احمدی"""


@mail("ahmadi-dari-question-childcare", "2027-02-12 10:30:45",
      E("question", "freshta.ahmadi@mail.example", "فرشته احمدی",
        None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Freshta Ahmadi <freshta.ahmadi@mail.example>"),
           ("To", MSO),
           ("Subject", "سوال درباره اطفال"),
           ("Date", m.date),
           ("Message-ID", "<CAK3yZ8dBa0cX4tR9vQ2cHj5iPl7mEn8aKu1oGx3ZyD6tW0qS4v@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI, gmail_html(AHMADI, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Other: a mosque's Ramadan newsletter (German with Arabic), sent to a list;
# it mentions the MSO-Tag (they will have an info stand) but registers no
# one.  List-Unsubscribe, Precedence: bulk.

IZM_TEXT = """رمضان كريم – Ramadan Mubarak!

Liebe Geschwister, liebe Freundinnen und Freunde des Islamischen Zentrums,

der Fastenmonat hat begonnen. Hier die wichtigsten Termine:

* Gemeinsames Iftar für alle Nachbarn: Samstag, 20. Februar 2027, ab 17:45 Uhr im Gemeindesaal. Bitte bringt gern etwas zum Teilen mit.
* Tarawih-Gebet täglich nach dem Isha-Gebet.
* Tag der offenen Moschee für Schulklassen: nach Absprache.
* Beim Tag der Migrantenselbstorganisationen am 13. März ist das IZM mit einem Infostand vertreten.

إفطار جماعي يوم السبت ٢٠ فبراير بعد أذان المغرب في قاعة المركز. الجميع مدعوون!

Mit geschwisterlichen Grüßen
Euer Vorstand des IZM

Newsletter abbestellen: https://izm-muenster.example/newsletter/abmelden"""

IZM_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>IZM Ramadan-Newsletter</title></head>
<body style="margin:0;background:#f3efe6;font-family:Arial,sans-serif;color:#2b2b2b;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1d5c4d;color:#fff;font-size:22px;"><span dir="rtl" lang="ar">رمضان كريم</span> – Ramadan Mubarak!</td></tr>
<tr><td>
<p>Liebe Geschwister, liebe Freundinnen und Freunde des Islamischen Zentrums,</p>
<p>der Fastenmonat hat begonnen. Hier die wichtigsten Termine:</p>
<ul>
<li><b>Gemeinsames Iftar für alle Nachbarn:</b> Samstag, 20. Februar 2027, ab 17:45 Uhr im Gemeindesaal. Bitte bringt gern etwas zum Teilen mit.</li>
<li>Tarawih-Gebet täglich nach dem Isha-Gebet.</li>
<li>Tag der offenen Moschee für Schulklassen: nach Absprache.</li>
<li>Beim Tag der Migrantenselbstorganisationen am 13. März ist das IZM mit einem Infostand vertreten.</li>
</ul>
<p dir="rtl" lang="ar" style="text-align:right;">إفطار جماعي يوم السبت ٢٠ فبراير بعد أذان المغرب في قاعة المركز. الجميع مدعوون!</p>
<p>Mit geschwisterlichen Grüßen<br>Euer Vorstand des IZM</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;"><a href="https://izm-muenster.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("izm-ramadan-newsletter", "2027-02-15 09:05:00",
      E("other"), "de+ar")
def _(m):
    m.head(("From", "Islamisches Zentrum Münster <newsletter@izm-muenster.example>"),
           ("To", "IZM Freundeskreis <freundeskreis@izm-muenster.example>"),
           ("Subject", "Ramadan-Newsletter: Iftar für alle am 20. Februar / إفطار جماعي"),
           ("Date", m.date),
           ("Message-ID", "<newsletter.2027-02.ramadan.5512@izm-muenster.example>"),
           ("List-Id", "IZM Freundeskreis <freundeskreis.izm-muenster.example>"),
           ("List-Unsubscribe", "<https://izm-muenster.example/newsletter/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(IZM_TEXT, IZM_HTML, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change, Farsi, Gmail with a Persian interface: the attribution line is
# wrapped in RLE/PDF marks and the address in LRE/PDF, as Gmail does.  The
# quoted confirmation names AG 2; the new text asks for workgroup ۱.

FARAHANI = """سلام،

ممنون بابت تأیید. امکانش هست من را از کارگروه ۲ به کارگروه ۱ (Bildungssystem) منتقل کنید؟ همکارم که قرار بود در کارگروه ۱ باشد نمی‌تواند بیاید و من باید به جای او گزارش بدهم.

با تشکر
بابک فراهانی"""

FARAHANI_ATTR = ("\u202bدر تاریخ سه‌شنبه ۹ فوریهٔ ۲۰۲۷ ساعت ۱۴:۲۰ Tag der Migrantenselbstorganisationen "
                 f"<\u202a{MSO}\u202c> نوشت:\u202c")
FARAHANI_CONF = confirmation("Babak Farahani", "AG2", 1)


@mail("farahani-farsi-change-gmail-reply", "2027-02-16 16:40:29",
      E("change", "babak.farahani@mail.example", "بابک فراهانی", None, ["AG1"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Babak Farahani <babak.farahani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL4zA9eCb1dY5uS0wR3dIk6jQm8nFo9bLv2pHy4AzE7uX1rT5w@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270209142011.3e8f@muenster.example>"),
           ("References", "<mailbot.20270209142011.3e8f@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{FARAHANI}\n\n{FARAHANI_ATTR}\n\n{gt_quote(FARAHANI_CONF)}\n"
    htm = gmail_html(FARAHANI, rtl=True, quote=(FARAHANI_ATTR, FARAHANI_CONF, False))
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Other: advertising from a halal caterer, HTML only.  Mentions "13.03." and
# halal food, registers no one.

CATERING_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;background:#fbf7f0;color:#3a2a1a;">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px;border-top:6px solid #8a1c1c;">
<h1 style="font-size:24px;margin:0;">Catering Bab Al-Sham <span dir="rtl" lang="ar">– مطبخ باب الشام</span></h1>
<p>Sehr geehrte Veranstalterinnen und Veranstalter,</p>
<p>Sie planen eine Tagung, ein Vereinsfest oder einen Empfang? Wir liefern frisch zubereitetes syrisch-libanesisches Buffet – <b>100 % halal</b>, auf Wunsch vegetarisch oder vegan.</p>
<p>Für Veranstaltungen im März (z. B. am 13.03.) haben wir noch freie Termine.</p>
<table cellpadding="6" style="border-collapse:collapse;">
<tr><td>Buffet „Damaskus“ (Mezze, Falafel, Reis, Salate)</td><td align="right">ab 14,90 € p. P.</td></tr>
<tr><td>Buffet „Beirut“ (mit Schawarma und Grillspießen)</td><td align="right">ab 19,50 € p. P.</td></tr>
<tr><td>Süßes: Baklava, Maamoul, Tee und arabischer Kaffee</td><td align="right">ab 4,50 € p. P.</td></tr>
</table>
<p><a href="https://bab-alsham-catering.example/angebot" style="color:#8a1c1c;">Jetzt unverbindlich Angebot anfordern</a></p>
<p dir="rtl" lang="ar" style="text-align:right;">أطيب المأكولات الشامية لمناسباتكم – حلال ١٠٠٪</p>
<p style="font-size:11px;color:#999;">Bab Al-Sham Catering, Hafenweg 9, 48155 Münster · Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich als Veranstalterkontakt angegeben ist. <a href="https://bab-alsham-catering.example/abmelden">Abmelden</a></p>
</div>
</body></html>
"""


@mail("bab-alsham-catering-advertising", "2027-02-18 12:00:00",
      E("other"), "de+ar")
def _(m):
    m.head(("From", "Bab Al-Sham Catering <angebote@bab-alsham-catering.example>"),
           ("To", MSO),
           ("Subject", "Halal-Buffet für Ihre Veranstaltung im März – jetzt Termin sichern"),
           ("Date", m.date),
           ("Message-ID", "<campaign-2027-02-18.77124.mso-tag@send.bab-alsham-catering.example>"),
           ("List-Unsubscribe", "<https://bab-alsham-catering.example/abmelden>"),
           ("MIME-Version", "1.0"))
    m.single(CATERING_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change, Syrian Arabic, Gmail with an Arabic interface, quoting the
# confirmation (AG 2).  New choice the third ("عالتالتة"), and if it is full
# he stays in the second: ["AG3", "AG2"].

KABBANI = """مرحبا،

بعد إذنكم بدي غيّر مجموعة العمل تبعي. هلق أنا مسجّل بالمجموعة التانية، بس بفضّل روح عالتالتة (Förderung)، لأنو جمعيتنا عم تحضّر طلب تمويل ومحتاجين نفهم كيف الشغلة ماشية.
إذا التالتة مليانة، خلّوني بالتانية عادي.

شكراً إلكن
محمود قباني"""

KABBANI_ATTR = ("في الخميس، ٤ فبراير ٢٠٢٧ في ٦:٠٢ م كتب Tag der Migrantenselbstorganisationen "
                f"<{MSO}>:")
KABBANI_CONF = confirmation("Mahmoud Kabbani", "AG2", 1)


@mail("kabbani-syrian-change-with-fallback", "2027-02-19 20:20:13",
      E("change", "mahmoud.kabbani@mail.example", "محمود قباني", None,
        ["AG3", "AG2"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Kabbani <mahmoud.kabbani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM6aB0fDc2eZ6vT1xS4eJl7kRn9oGp0cMw3qIz5BaF8vY2sU6x@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270204180207.6a1d@muenster.example>"),
           ("References", "<mailbot.20270204180207.6a1d@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KABBANI}\n\n{KABBANI_ATTR}\n\n{gt_quote(KABBANI_CONF)}\n"
    htm = gmail_html(KABBANI, rtl=True, quote=(KABBANI_ATTR, KABBANI_CONF, False))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Change of party size only, learner German from Outlook for Android: "mit 3
# Person nicht 2", "Gruppe bleibt gleich".  Quoted confirmation: AG 1, 2
# persons.  workgroups [] (no new choice), party_size 3 (the new number).

SULTANI_CONF = confirmation("Ahmad Shah Sultani", "AG1", 2)


@mail("sultani-learner-german-party-size", "2027-02-22 08:15:36",
      E("change", "ahmadshah.sultani@mail.example", "Ahmad Shah Sultani", None,
        [], 3, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Shah Sultani <ahmadshah.sultani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0722B1D3F5A7C9E1B3D5F7A9C1E3@PR3P195MB0722.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270120114012.0b5e@muenster.example>"),
           ("References", "<mailbot.20270120114012.0b5e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

wir kommen jetzt mit 3 Person nicht 2, mein Schwager möchte auch mitkommen. Gruppe bleibt gleich.
Ist das ok?

Danke
Ahmad Shah Sultani

Outlook für Android herunterladen<https://aka.outlook.example/ghei36>
________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Mittwoch, 20. Januar 2027 11:40
An: Ahmad Shah Sultani <ahmadshah.sultani@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{SULTANI_CONF}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Question (interpretation) in Urdu script: he will register only if the
# workgroups can be followed in English.  Honorific "سید" before the name.

@mail("haider-urdu-question-translation", "2027-02-23 14:30:52",
      E("question", "zeeshan.haider@mail.example", "ذیشان حیدر", None, [], None, "ur"), "ur")
def _(m):
    m.head(("From", "Zeeshan Haider <zeeshan.haider@mail.example>"),
           ("To", MSO),
           ("Subject", "ترجمے کے بارے میں سوال"),
           ("Date", m.date),
           ("Message-ID", "<CAN7bC1gEd3fA7wU2yT5fKm8lSo0pHq1dNx4rJa6CbG9wZ3tV7y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""محترم جناب،
السلام علیکم۔

میں ۱۳ مارچ والے پروگرام میں آنا چاہتا ہوں لیکن میری جرمن زبان ابھی اتنی اچھی نہیں۔ کیا ورکنگ گروپس میں انگریزی یا اردو میں ترجمے کا کوئی انتظام ہوگا؟ اگر انگریزی میں بات ہو سکے تو میں ضرور اندراج کرواؤں گا۔

شکریہ
سید ذیشان حیدر
""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Change, Pakistani English with Islamic greetings (AoA, JazakAllah),
# Outlook multipart/alternative with an English header block.  Quoted
# confirmation: AG 2.  New: "AG-1 (education)".

TARIQ = """AoA,

Kindly shift my registration from AG 2 to AG-1 (education). I discussed with our team and they think I should represent us in the education group.
Number of persons remains same.

JazakAllah,
Usman Tariq"""

TARIQ_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
               "Monday, February 1, 2027 9:15 AM",
               "Usman Tariq <usman.tariq@mail.example>",
               CONFIRMATION_SUBJECT, confirmation("Usman Tariq", "AG2", 1))
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")


@mail("tariq-english-change-outlook", "2027-02-24 18:45:10",
      E("change", "usman.tariq@mail.example", "Usman Tariq", None, ["AG1"], None, "en"), "en")
def _(m):
    m.head(("From", "Usman Tariq <usman.tariq@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdE3x9Kq2Ln7m4Wp0R8sZ5tV1yA=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR08MB7890D2F4A6C8E0B2D4F6A8C0E2B4@GV1PR08MB7890.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270201091503.2f7c@muenster.example>"),
           ("References", "<mailbot.20270201091503.2f7c@muenster.example>"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TARIQ, TARIQ_QUOTE, EN_LABELS),
                  outlook_html(TARIQ, "utf-8", quote=TARIQ_QUOTE, labels=EN_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Change, Sorani Kurdish from Outlook (German interface), multipart/
# alternative UTF-8 base64, right-to-left paragraphs above a German quote
# block.  Quoted confirmation: AG 1.  New: "گرووپی سێیەم" = the third.

MAHMOUD = """سڵاو،

سوپاس بۆ پشتڕاستکردنەوەکە. تکایە گرووپەکەم بگۆڕن لە گرووپی یەکەمەوە بۆ گرووپی سێیەم (Vereinsmanagement)، چونکە هاوکارێکی ترمان دێت بۆ گرووپی یەکەم و من دەمەوێت شارەزای بەڕێوەبردنی کۆمەڵە بم.

بە ڕێزەوە
هێمن مەحموود
ناوەندی ڕۆشنبیری کوردی مونستەر"""

MAHMOUD_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                 "Freitag, 12. Februar 2027 16:05",
                 "Hemin Mahmood <hemin.mahmood@kurd-navend-ms.example>",
                 CONFIRMATION_SUBJECT, confirmation("Hemin Mahmood", "AG1", 1))


@mail("mahmood-sorani-change-outlook", "2027-02-25 11:00:48",
      E("change", "hemin.mahmood@kurd-navend-ms.example", "هێمن مەحموود",
        "ناوەندی ڕۆشنبیری کوردی مونستەر", ["AG3"], None, "ku"), "ku")
def _(m):
    m.head(("From", "Hemin Mahmood <hemin.mahmood@kurd-navend-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbfA2k7Lm9Nq1W3xP5r8ZsT0vY2w=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4567E1A3C5E7B9D1F3A5C7E9B1D3@VI1PR09MB4567.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270212160509.8d4a@muenster.example>"),
           ("References", "<mailbot.20270212160509.8d4a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MAHMOUD, MAHMOUD_QUOTE),
                  outlook_html(MAHMOUD, "utf-8", rtl=True, lang="KU", quote=MAHMOUD_QUOTE),
                  charset="utf-8", cte="base64", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Auto reply: Exchange out-of-office in German and Arabic to one of our
# confirmations (Auto-Submitted: auto-generated, X-Auto-Response-Suppress),
# CRLF line ends.

HADDOU_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. März 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie meine Kollegin Lena Brockmann unter jmd@jmd-muenster.example.

شكراً لرسالتكم. أنا خارج المكتب حتى ٥ مارس ٢٠٢٧. في الحالات العاجلة يرجى التواصل مع زميلتي على العنوان jmd@jmd-muenster.example.

Samira Haddou
Jugendmigrationsdienst Münster"""


@mail("haddou-exchange-ooo-de-ar", "2027-02-26 09:50:17",
      E("auto_reply"), "de+ar", tz=1)
def _(m):
    m.head(("From", '"Haddou, Samira" <s.haddou@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbf3c1k2Lm4Nq6W8xP0r9ZsT1vY3A="),
           ("Date", m.date),
           ("Message-ID", "<e7c3a1f9b5d24e80@EXCH02.jmd-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270226095011.1c6b@muenster.example>"),
           ("References", "<mailbot.20270226095011.1c6b@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(HADDOU_OOF, outlook_html(HADDOU_OOF, "utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# MSA from an old Unix mail client in iso-8859-6 (Arabic letters + ASCII
# only; no Arabic-Indic digits, no umlauts), quoted-printable; display name and
# subject are iso-8859-6 RFC 2047 words.  Hamzas often left off ("اريد",
# "ساحضر").  "ساحضر وحدي" = alone; "مجموعة العمل الثانية" = AG2.

@mail("himyari-yemeni-iso-8859-6", "2027-03-01 15:15:26",
      E("registration", "f.alhimyari@yemen-community.example", "فؤاد الحميري",
        "الجالية اليمنية في مونستر", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("فؤاد الحميري", "f.alhimyari@yemen-community.example", "iso-8859-6", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل في يوم المنظمات", "iso-8859-6", "b")),
           ("Date", m.date),
           ("Message-ID", "<alpine.DEB.2.22.394.2703011512080.4411@yemen-community.example>"),
           ("User-Agent", "Alpine 2.22 (DEB 394 2020-01-19)"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله

اسمي فؤاد الحميري من الجالية اليمنية في مونستر. اريد التسجيل في يوم منظمات المهاجرين (MSO-Tag) يوم 13 مارس، وساحضر وحدي.
اختار مجموعة العمل الثانية عن مستقبل مدينة مونستر.

مع الشكر
فؤاد الحميري
الجالية اليمنية في مونستر
""", charset="iso-8859-6", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Afghan women's circle: German with a Dari sentence of thanks.  "Wir kommen
# zu sechst (sechs Frauen)" = 6.  The workgroup only by its full title.

@mail("popal-afghan-womens-circle-six", "2027-03-02 20:05:55",
      E("registration", "z.popal@mail.example", "Zarghona Popal",
        "Rabia Balkhi Frauenkreis Münster", ["AG1"], 6, "de"), "de")
def _(m):
    m.head(("From", "Zarghona Popal <z.popal@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Frauenkreis"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6d2e8a1c-4f7b-49e3-a0c5-b2d9e7f1a3c8-1772478355904@3c-app-webde-bs44>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

wir sind Frauen aus Afghanistan, unsere Gruppe heißt „Rabia Balkhi Frauenkreis Münster“. Wir treffen uns jede Woche im Begegnungszentrum Coerde.
Wir möchten uns für den MSO-Tag anmelden. Wir kommen zu sechst (sechs Frauen).
Arbeitsgruppe: Menschen mit Migrationsvorgeschichte im Bildungssystem, weil unsere Kinder in die Schule gehen und wir mehr wissen wollen.

ما خیلی خوشحال هستیم که دعوت شدیم. تشکر!

Viele Grüße
Zarghona Popal
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation, MSA, Outlook with an Arabic interface: multipart/alternative
# UTF-8 (the German quote does not fit windows-1256), RTL paragraphs, Arabic
# header labels (من / تاريخ الإرسال / إلى / الموضوع), subject prefix "رد:".
# The cancelled registration's data (2 persons, AG 3) is restated.

NABULSI = """السادة الأفاضل،

تحية طيبة،
يؤسفني إبلاغكم بأننا لن نتمكن من حضور يوم منظمات المهاجرين الذاتية في ١٣ آذار، بسبب وفاة في عائلة زميلي واضطرارنا للسفر. نرجو إلغاء تسجيلنا (شخصان، مجموعة العمل الثالثة) وإعطاء مكاننا لغيرنا.

مع الاعتذار والشكر،
د. وليد النابلسي
رابطة الأكاديميين العرب في مونستر"""

NABULSI_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                 "الأربعاء، 27 يناير، 2027 10:10 ص",
                 "Walid Al-Nabulsi <w.nabulsi@arab-akademiker-ms.example>",
                 CONFIRMATION_SUBJECT, confirmation("Walid Al-Nabulsi", "AG3", 2))
AR_LABELS = ("من:", "تاريخ الإرسال:", "إلى:", "الموضوع:")


@mail("nabulsi-msa-cancel-outlook-arabic", "2027-03-03 10:30:40",
      E("cancellation", "w.nabulsi@arab-akademiker-ms.example", "وليد النابلسي",
        "رابطة الأكاديميين العرب في مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Walid Al-Nabulsi <w.nabulsi@arab-akademiker-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "رد: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcF1a3Kq5Ln7m9Wp1R3sZ6tV8yB=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR03MB5012A3C5E7B9D1F3A5C7E9B1D3F5@AM6PR03MB5012.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127101004.4b2e@muenster.example>"),
           ("References", "<mailbot.20270127101004.4b2e@muenster.example>"),
           ("Accept-Language", "ar-SA, en-US"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NABULSI, NABULSI_QUOTE, AR_LABELS),
                  outlook_html(NABULSI, "utf-8", rtl=True, quote=NABULSI_QUOTE, labels=AR_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Cancellation, colloquial Farsi from an iPhone with a Persian interface
# (Persian attribution line with Persian digits), '>' quote of the
# confirmation (AG 1).  Signed with the first name only.

SOHRABI_CONF = confirmation("Negar Sohrabi", "AG1", 1)


@mail("sohrabi-farsi-cancel-iphone", "2027-03-05 21:10:08",
      E("cancellation", "negar.sohrabi@mail.example", "Negar Sohrabi", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Negar Sohrabi <negar.sohrabi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E3B7D1A9-2C5F-4E80-9A6B-8D4F1C7E2B35@mail.example>"),
           ("In-Reply-To", "<mailbot.20270228101217.7f3a@muenster.example>"),
           ("References", "<mailbot.20270228101217.7f3a@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single(f"""سلام، متاسفانه برنامه‌ام برای ۱۳ مارس عوض شد و نمی‌تونم بیام. لطفا ثبت‌نامم رو لغو کنید. ببخشید 🙏
نگار

در تاریخ ۲۸ فوریهٔ ۲۰۲۷، ساعت ۱۰:۱۲، Tag der Migrantenselbstorganisationen <{MSO}> نوشت:

{gt_quote(SOHRABI_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation in learner German, a fresh mail (no quote).  It names the
# workgroup he was registered for ("meine Anmeldung für AG 2"); that is not a
# choice.

@mail("karim-learner-german-cancel", "2027-03-08 07:45:19",
      E("cancellation", "rebwar.karim@mail.example", "Rebwar Karim", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Rebwar Karim <rebwar.karim@mail.example>"),
           ("To", MSO),
           ("Subject", "Absage MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAP8cD2hFe4gB8xV3zU6gLn9mTp1qIr2eOy5sKb7DcH0xA4uW8z@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Leider ich kann nicht kommen am Samstag. Meine Mutter ist krank in Erbil und ich muss morgen fliegen. Bitte löschen Sie meine Anmeldung für AG 2.

Entschuldigung und danke
Rebwar Karim
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Pashto, Gmail (German interface) reply with dir="rtl" HTML
# and the quoted confirmation (AG 2, 2 persons).  "زه او زما ملګری ... نشو
# راتلای" = my friend and I cannot come.

SAPI = """السلام علیکم،

بښنه غواړم، زه او زما ملګری د شنبې په ورځ نشو راتلای، ځکه چې په کار کې مو رخصتي ونه منل شوه. مهرباني وکړئ زموږ نوم لیکنه لغوه کړئ.

مننه
نجیب الله ساپی"""

SAPI_ATTR = ("Am Mo., 15. Feb. 2027 um 09:30 Uhr schrieb Tag der Migrantenselbstorganisationen "
             f"<{MSO}>:")
SAPI_CONF = confirmation("Najibullah Sapi", "AG2", 2)


@mail("sapi-pashto-cancel-gmail", "2027-03-10 12:25:33",
      E("cancellation", "najib.sapi@mail.example", "نجیب الله ساپی", None, [], None, "ps"), "ps")
def _(m):
    m.head(("From", "Najibullah Sapi <najib.sapi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ9dE3iGf5hC9yW4aV7hMo0nUq2rJs3fPz6tLc8EdI1yB5vX9a@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270215093002.9e2b@muenster.example>"),
           ("References", "<mailbot.20270215093002.9e2b@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{SAPI}\n\n{SAPI_ATTR}\n\n{gt_quote(SAPI_CONF)}\n"
    htm = gmail_html(SAPI, rtl=True, quote=(SAPI_ATTR, SAPI_CONF, False))
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Question, English, after the deadline: may he come without registering,
# only for the morning?  Asks permission; registers no one.

@mail("abukhalil-english-question-after-deadline", "2027-03-11 16:00:42",
      E("question", "tareq.abukhalil@uni-mail.example", "Tareq Abu-Khalil", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Tareq Abu-Khalil <tareq.abukhalil@uni-mail.example>"),
           ("To", MSO),
           ("Subject", "Question about Saturday"),
           ("Date", m.date),
           ("Message-ID", "<DB8PR06MB6210F4A6C8E0B2D4F6A8C0E2B4D6@DB8PR06MB6210.eurprd06.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I know the registration deadline was 6 March, sorry. Is it still possible to come on Saturday without registration, just to listen in the morning part? I'm a master student at the university (political science) and interested in the topic, but I'm not in any association.

Thanks a lot,
Tareq Abu-Khalil
""", charset="us-ascii", cte="7bit")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

LANGS = {"ar", "fa", "ps", "ur", "ku", "de", "en"}


def build_all():
    built, last = [], None
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
URL_OK = ("schemas.microsoft.com", "www.w3.org")


def check_mail(data, m, exp):
    """Problems found in one written mail and its label (empty when fine)."""
    problems = []
    # -- raw form: CRLF-or-LF lines of at most 998 octets
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
    for h in ("From", "Subject", "Reply-To", "Thread-Topic"):
        if msg[h] is not None and "=?" in str(msg[h]):
            problems.append(f"{h} does not decode")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # -- every leaf decodes (strictly, in its declared charset) to what was written
    got = list(leaves(msg))
    if len(got) != len(m.intended):
        problems.append(f"{len(got)} leaf parts, built {len(m.intended)}")
    texts = []
    for i, (p, want) in enumerate(zip(got, m.intended)):
        if isinstance(want, bytes):
            if p.get_content() != want:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            strict = p.get_payload(decode=True).decode(cs)
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != want.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        texts.append(strict)
    # -- example domains only (decoded headers and bodies, nested messages too)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    blob = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", blob):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    # -- the label
    if set(exp) != set(FIELDS):
        problems.append("expected record has wrong keys")
    kind = exp["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = exp["workgroups"]
    if any(w not in AGS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups only for registration/change")
    ps = exp["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("bad party_size for change")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if exp[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        if exp["language"] not in LANGS:
            problems.append(f"language {exp['language']}")
        e = exp["email"]
        if not e or e != e.lower():
            problems.append("email missing or not lower case")
        addrs = [a.lower() for _, a in getaddresses(
            [str(msg[h]) for h in ("From", "Reply-To") if msg[h] is not None])]
        if e not in addrs and e not in "\n".join(texts).lower():
            problems.append(f"email {e} not in From/Reply-To or text")
        hay = "\n".join([str(msg[h]) for h in ("From", "Reply-To", "Subject") if msg[h]]
                        + [html.unescape(t) for t in texts])
        for k in ("name", "organisation"):
            if exp[k] is not None and exp[k] not in hay:
                problems.append(f"{k} {exp[k]!r} not written in the mail")
        if not exp["name"]:
            problems.append("person mail without name")
    if kind == "bounce":
        b = exp["bounced_recipient"]
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not b or b != b.lower() or not any(b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif exp["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    encs, types = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text language x kind:")
    for (t, k), n in sorted(table.items()):
        print(f"  {t:8} {k:13} {n}")
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
    senders = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
            bad += 1

    if args.check:
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check_mail(data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
