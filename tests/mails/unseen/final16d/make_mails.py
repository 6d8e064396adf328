#!/usr/bin/env python3
"""Build the corpus "final16d" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Interkultureller Elterntag Bielefeld 2027 (see config.toml), five workshops
WS1..WS5.  Writers from Bielefeld's Asian and East African communities write in
Tamil, Chinese (simplified, traditional, Cantonese), Hindi, Korean, Vietnamese,
Nepali (Devanagari and romanised), Urdu, Japanese, Amharic, Tagalog, Indonesian,
Bengali, Thai, Tigrinya, English and learner German, often mixed with German.

Every mail text below is written by hand.  This script only wraps the texts in
MIME with the standard `email` package, writes the files and reads every file
back to check it (no MIME defects, every text part decodes strictly in its
declared charset to exactly the written text, lines <= 998 octets, dates rise,
example domains only) and to check every label against the conventions in
README.md.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.
"""

import argparse
import base64
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
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICY = email.policy.default.clone(refold_source="none")

ET = "elterntag@bielefeld.example"
ET_NAME = "Interkultureller Elterntag Bielefeld"
TO_ET = f"{ET_NAME} <{ET}>"
INVITATION_ID = "<einladung-elterntag-2027.20270816100512@bielefeld.example>"
REMINDER_ID = "<erinnerung-elterntag-2027.20270918100003@bielefeld.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
MACHINE = ("auto_reply", "bounce", "other")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="b"):
    """RFC 2047 encoded word(s) for a header value, labelled with `charset`
    exactly as written (real clients say "GB2312", "Big5", "ks_c_5601-1987").
    Words are cut between characters and stay within 75 octets; stateful
    ISO-2022-JP returns to ASCII at the end of every word."""
    def word(chunk):
        raw = chunk.encode(charset)
        if enc == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else
                    ("_" if b == 32 else f"={b:02X}") for b in raw)
        return f"=?{charset}?Q?{q}?="
    words, chunk = [], ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    words.append(word(chunk))
    return "\n ".join(words)


def addr(name, address, charset=None, enc="b"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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


CEST = datetime.timezone(datetime.timedelta(hours=2))


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

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", ET)
        if received:
            frm_addr = re.search(r"<([^>]+)>", dict(pairs)["From"])
            domain = (sender or (frm_addr.group(1) if frm_addr else "")).split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ET}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_PR3P195MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
        if style == "foxmail":
            return f"----=_NextPart_{h[:8].upper()}_{h[8:16].upper()}_{h[16:24].upper()}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1787000000000 + int(h[16:22], 16)}"
        if style == "exchange":
            return f"_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}_"
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Interkultureller Elterntag Bielefeld 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Interkulturellen Elterntag 2027"
REMINDER_SUBJECT = "Erinnerung: Interkultureller Elterntag am 25. September 2027"

INVITATION = """Liebe Eltern,
liebe Vertreterinnen und Vertreter der Elternvereine und Migrantenorganisationen,

das Kommunale Integrationszentrum Bielefeld lädt Sie herzlich zum
Interkulturellen Elterntag 2027 ein.

Datum: Samstag, 25. September 2027, 10:00 bis 15:30 Uhr
Ort: Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld

Nach der Begrüßung und einem kurzen Vortrag arbeiten wir in fünf Workshops:

Workshop 1: Schule in Deutschland – der Übergang von der Grundschule zur
            weiterführenden Schule
Workshop 2: Mehrsprachig aufwachsen – Herkunftssprache und Deutsch
Workshop 3: Nach der Schule: Ausbildung, Studium, Beruf
Workshop 4: Handy, Gaming, Social Media – Medien in der Familie
Workshop 5: Elternvertretung und Mitwirkung in der Schule

Während der Workshops gibt es eine Kinderbetreuung für Kinder ab 3 Jahren.
Dolmetscherinnen und Dolmetscher für mehrere Sprachen sind angefragt.

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
elterntag@bielefeld.example an. Nennen Sie uns Ihren Namen, gegebenenfalls
Ihren Verein oder Ihre Elterninitiative, den gewünschten Workshop (gern mit
Zweitwunsch) und mit wie vielen Personen Sie kommen. Sie dürfen uns gern
in Ihrer eigenen Sprache schreiben.

Die Teilnahme ist kostenlos. Für Getränke und Mittagessen ist gesorgt.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Bielefeld
Team Elterntag – Birgit Osterhaus-Kılıç"""

WS_LINE = {
    "WS1": "Workshop 1 – Schule in Deutschland – der Übergang von der Grundschule zur weiterführenden Schule",
    "WS2": "Workshop 2 – Mehrsprachig aufwachsen – Herkunftssprache und Deutsch",
    "WS3": "Workshop 3 – Nach der Schule: Ausbildung, Studium, Beruf",
    "WS4": "Workshop 4 – Handy, Gaming, Social Media – Medien in der Familie",
    "WS5": "Workshop 5 – Elternvertretung und Mitwirkung in der Schule",
}


def confirmation(name, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Interkulturellen Elterntag 2027 am
Samstag, 25. September 2027, 10:00 bis 15:30 Uhr, in der Volkshochschule
Bielefeld, Ravensberger Park 1, 33607 Bielefeld.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Zahl der Personen ändern oder
absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Interkultureller Elterntag Bielefeld
Kommunales Integrationszentrum Bielefeld"""


def conf_id(stamp):
    """Message-ID of the confirmation sent at `stamp` (YYYYmmddHHMMSS)."""
    return f"<mailbot.{stamp}.{_h('conf', stamp)[:4]}@bielefeld.example>"


def confirmation_message(to, name, ws, persons, when, stamp, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ET
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = conf_id(stamp)
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, ws, persons), charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML of the common clients
# ---------------------------------------------------------------------------

def outlook_head(charset, lang="DE"):
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
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}}
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


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset="utf-8", lang="DE", quote=None):
    """Outlook-style HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)} <br>\n<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset, lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text, rtl=False, quote_head=None, quoted=None):
    """Gmail markup: one <div> per line; an optional quote as gmail_quote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_head:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(quote_head)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def foxmail_html(text, charset):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={charset}\">"
            "<style>body { line-height: 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; "
            f"color: rgb(0, 0, 0); line-height: 1.5; }}</style></head><body>{inner}"
            "<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">"
            "</body></html>\n")


def yahoo_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = ("<html><head></head><body><div class=\"ydp3f1c2a9byahoo-style-wrap\" "
           "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
           f"{inner}</div>")
    if quote_head:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        out += (f"<div id=\"yahoo_quoted_0417\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', "
                f"Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>{esc(quote_head)}</div>"
                f"<div><br></div><div><br></div>{q}</div></div>")
    return out + "</body></html>\n"


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
# Tamil with German titles, Gmail (German UI) reply quoting the whole
# invitation.  The choice is given by Tamil ordinal words: "இரண்டாவது
# பயிலரங்கம்" (the second workshop) first, "முதல் பயிலரங்கம்" (the first
# workshop) as fallback; "இரண்டு பேர்" = two persons.

THARMALINGAM = """வணக்கம் Frau Osterhaus-Kılıç,

அழைப்பிற்கு மிக்க நன்றி! நானும் என் கணவர் ரமேஷும் Elterntag-க்கு வர விரும்புகிறோம் – மொத்தம் இரண்டு பேர்.

எங்கள் பிள்ளைகள் வீட்டில் தமிழ் பேசுகிறார்கள், பள்ளியில் ஜெர்மன் மட்டும். அதனால் இரண்டாவது பயிலரங்கம் (Mehrsprachig aufwachsen) தான் எங்கள் முதல் விருப்பம். அதில் இடம் இல்லையென்றால் முதல் பயிலரங்கம் (Schule in Deutschland) பரவாயில்லை.

நன்றி,
சிவரஞ்சனி தர்மலிங்கம்
Sivaranjini Tharmalingam
Tamilischer Elternverein Bielefeld e.V."""

THARMALINGAM_QH = f"Am Mo., 16. Aug. 2027 um 10:05 Uhr schrieb {ET_NAME} <{ET}>:"


@mail("tharmalingam-tamil-ordinals-quotes-invitation", "2027-08-16 11:32:47",
      E("registration", "sivaranjini.t@mail.example", "Sivaranjini Tharmalingam",
        "Tamilischer Elternverein Bielefeld e.V.", ["WS2", "WS1"], 2, "ta"), "ta")
def _(m):
    m.head(("From", addr("Sivaranjini Tharmalingam", "sivaranjini.t@mail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Wm1T0vZr7Ldh2sXe8pQy4NbJu6cHo5tAg0iRz3fKw7Vn@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    text = f"{THARMALINGAM}\n\n{THARMALINGAM_QH}\n\n{gt_quote(INVITATION)}\n"
    m.alternative(text, gmail_html(THARMALINGAM, quote_head=THARMALINGAM_QH, quoted=INVITATION),
                  charset="utf-8", cte="base64", style="gmail")


# -- 002 ---------------------------------------------------------------------
# Simplified Chinese, Foxmail, GB2312 base64 in both alternatives, display
# name and subject as GB2312 encoded words.  A filled-in block: "两人" (two
# persons), first choice Workshop 1, second Workshop 3.  The Latin form of
# the name is in the form line.

WANG = """您好！

我在中文学校的微信群里看到了家长日的邀请，想报名参加。

姓名：王丽娜（Wang Lina）
单位：Chinesische Sprachschule Bielefeld e.V.（比勒费尔德中文学校）
人数：两人（我和我先生）
工作坊：第一志愿 Workshop 1（德国学校体系，小学升中学），第二志愿 Workshop 3

我们的女儿明年要上中学了，所以对第一个工作坊特别感兴趣。

谢谢！
王丽娜"""


@mail("wang-gb2312-foxmail-form", "2027-08-16 19:48:05",
      E("registration", "wang.lina@post.example", "Wang Lina",
        "Chinesische Sprachschule Bielefeld e.V.", ["WS1", "WS3"], 2, "zh"), "zh")
def _(m):
    m.head(("From", addr("王丽娜", "wang.lina@post.example", "GB2312")),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", ew("报名：跨文化家长日 9月25日", "GB2312")),
           ("Date", m.date),
           ("Message-ID", "<202708161948046257031@post.example>"),
           ("X-Priority", "3"),
           ("X-GUID", "6A1D0C52-3B7E-4F19-9C2A-71E5D0B4A8F3"),
           ("X-Has-Attach", "no"),
           ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
           ("MIME-Version", "1.0"))
    m.alternative(WANG, foxmail_html(WANG, "GB2312"), charset="gb2312", cte="base64",
                  style="foxmail")


# -- 003 ---------------------------------------------------------------------
# Hindi from an iPhone while on holiday in India (+0530).  Devanagari digit
# "२" (2) for the persons, "वर्कशॉप ४" (Devanagari 4).  The signature is
# only the first name; the full name is the display name.

@mail("sharma-hindi-iphone-devanagari-digits", "2027-08-17 10:45:31",
      E("registration", "ankit.sharma@mail.example", "Ankit Sharma", None,
        ["WS4"], 2, "hi"), "hi", tz=5.5)
def _(m):
    m.head(("From", addr("Ankit Sharma", "ankit.sharma@mail.example")),
           ("To", ET),
           ("Subject", "Elterntag registration"),
           ("Date", m.date),
           ("Message-ID", "<9C1E4B7A-52D3-4F08-B6A1-3E7D90C2F154@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""नमस्ते,

मैं और मेरी पत्नी नेहा 25 सितंबर वाले Elterntag के लिए रजिस्टर करना चाहते हैं। हम २ लोग होंगे।
हमें वर्कशॉप ४ (Handy, Gaming, Social Media) में जाना है – हमारा बेटा आजकल पूरा दिन फ़ोन पर गेम खेलता है 😅

अभी मैं छुट्टी पर भारत में हूँ, 5 सितंबर को बीलेफ़ेल्ड वापस आऊँगा।

धन्यवाद!
अंकित

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Korean, webmail, EUC-KR base64 in both alternatives; subject and name as
# EUC-KR encoded words.  "3명 (저 포함 ...)" = 3 persons including me,
# "5번 워크숍" = workshop no. 5.  Signature with the Latin name and the
# school's German name.

KIM = """안녕하세요,

빌레펠트 한글학교 학부모회 대표 김민지입니다.
9월 25일 Interkultureller Elterntag에 참가 신청합니다.

참가 인원: 3명 (저 포함, 학부모 두 분과 함께 갑니다)
희망 워크숍: 5번 워크숍 (Elternvertretung und Mitwirkung in der Schule)

저희 학부모들이 독일 학교의 Elternbeirat, Klassenpflegschaft 같은 제도를 잘 몰라서 이번 기회에 꼭 배우고 싶습니다.

감사합니다.

김민지 드림
Minji Kim
Koreanische Schule Bielefeld e.V."""


@mail("kim-korean-euc-kr-webmail", "2027-08-17 12:40:18",
      E("registration", "minji.kim@hanmail-post.example", "Minji Kim",
        "Koreanische Schule Bielefeld e.V.", ["WS5"], 3, "ko"), "ko")
def _(m):
    m.head(("From", addr("김민지", "minji.kim@hanmail-post.example", "EUC-KR")),
           ("To", f"<{ET}>"),
           ("Subject", ew("[참가신청] 9/25 Interkultureller Elterntag - 한글학교 학부모회", "EUC-KR")),
           ("Date", m.date),
           ("Message-ID", "<20270817124018.Kq7tR2vLSmCQ3x1dWn8fZw@hanmail-post.example>"),
           ("X-Originating-IP", "[203.0.113.61]"),
           ("MIME-Version", "1.0"))
    m.alternative(KIM, div_html(KIM, "font-family: 'Malgun Gothic', sans-serif; font-size: 10pt;"),
                  charset="euc-kr", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Vietnamese with German workshop title, Gmail Android, UTF-8 QP.
# "3 người: em, chồng em và con gái lớn (16 tuổi)" = 3 persons.

TRAN = """Chào chị Birgit,

Em là Hồng Nhung, em xin đăng ký tham gia Elterntag ngày 25.9 ạ.
Nhà em đi 3 người: em, chồng em và con gái lớn (16 tuổi).
Em muốn đăng ký Workshop 3 „Ausbildung, Studium, Beruf“ vì con gái em năm sau học xong Realschule mà cả nhà vẫn chưa biết nên cho cháu học nghề hay học tiếp lên.

Cảm ơn chị nhiều!

Trần Thị Hồng Nhung
Vietnamesischer Kulturverein Bielefeld e.V."""


@mail("tran-vietnamese-three-persons", "2027-08-18 09:03:44",
      E("registration", "hongnhung.tran@mail.example", "Trần Thị Hồng Nhung",
        "Vietnamesischer Kulturverein Bielefeld e.V.", ["WS3"], 3, "vi"), "vi")
def _(m):
    m.head(("From", addr("Trần Thị Hồng Nhung", "hongnhung.tran@mail.example", "utf-8", "q")),
           ("To", ET),
           ("Subject", ew("Đăng ký Elterntag 25.9", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAB8mE1sQ0uY7kD2pVnX4rT9hLwZ6cJf3aGo1iRb5eNq8yKt2Wd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN, gmail_html(TRAN), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Nepali, Devanagari digits (३ जना = 3 persons, वर्कसप १ / ५), romanised
# subject; Gmail from a phone.

GURUNG = """नमस्ते,

म सुशीला गुरुङ, नेपाली समाज बिलेफेल्ड (Nepali Samaj Bielefeld e.V.) बाट। सेप्टेम्बर २५ को Elterntag मा हामी ३ जना आउँछौं।

पहिलो रोजाइ: वर्कसप १ (स्कूल सिस्टम, Übergang)
दोस्रो रोजाइ: वर्कसप ५ (Elternvertretung)

धन्यवाद!
सुशीला गुरुङ
Sushila Gurung
Nepali Samaj Bielefeld e.V."""


@mail("gurung-nepali-devanagari-digits", "2027-08-18 21:17:09",
      E("registration", "sushila.gurung@mail.example", "Sushila Gurung",
        "Nepali Samaj Bielefeld e.V.", ["WS1", "WS5"], 3, "ne"), "ne")
def _(m):
    m.head(("From", addr("Sushila Gurung", "sushila.gurung@mail.example")),
           ("To", ET),
           ("Subject", "Elterntag ko lagi registration"),
           ("Date", m.date),
           ("Message-ID", "<CAJx2Lw9rN4kTq0bYc7VdE1sHm8uZp3fGo6iWa5eRk2tXn9Qy4B@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GURUNG, gmail_html(GURUNG), charset="utf-8", cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Urdu question (Gmail, RTL HTML): childcare for a two-year-old and an Urdu
# interpreter; she will register with her sister only if both are possible.
# Urdu digits "۱۔" "۲۔" number the questions.

SIDDIQUI_Q = """السلام علیکم،

مجھے مسجد کے نوٹس بورڈ پر Elterntag کا فلائر ملا۔ میں آنا چاہتی ہوں، لیکن پہلے دو سوال ہیں:

۱۔ میرا بیٹا دو سال کا ہے۔ کیا اس کے لیے Kinderbetreuung ہوگی؟
۲۔ میری جرمن ابھی اچھی نہیں ہے۔ کیا اردو میں ترجمہ (Dolmetscher) ہوگا؟

اگر یہ ممکن ہو تو میں اور میری بہن رجسٹر کریں گی۔

شکریہ
عائشہ صدیقی"""

SIDDIQUI_Q_ID = "<CAN4pYq7Rz2Lw0tVb9XcE3kHs1uMd8fGo5iTa6eJn2rWq7Ky0Zg@mail.gmail.example>"


@mail("siddiqui-urdu-question-childcare-interpreter", "2027-08-19 10:22:56",
      E("question", "ayesha.siddiqui@mail.example", "Ayesha Siddiqui", None,
        [], None, "ur"), "ur")
def _(m):
    m.head(("From", addr("Ayesha Siddiqui", "ayesha.siddiqui@mail.example")),
           ("To", ET),
           ("Subject", "Elterntag – بچوں کی دیکھ بھال؟"),
           ("Date", m.date),
           ("Message-ID", SIDDIQUI_Q_ID),
           ("MIME-Version", "1.0"))
    m.alternative(SIDDIQUI_Q, gmail_html(SIDDIQUI_Q, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Japanese, Becky! at work, ISO-2022-JP 7bit (the classic Japanese mail
# charset).  Full-width digits: "２名" = 2 persons, "ワークショップ２" first
# choice, "ワークショップ４" second.  The signature names his employer, which
# is not an organisation he comes for (null).

SATO = """Interkultureller Elterntag ご担当者様

はじめまして、佐藤と申します。
9月25日の Elterntag に夫婦で参加を申し込みます。

参加者：佐藤 健一、佐藤 由美（２名）
第一希望：ワークショップ２（多言語で育つ／Mehrsprachig aufwachsen）
第二希望：ワークショップ４（メディア）

息子が現地の小学校と日本語補習校に通っており、二つの言語のバランスに悩んでおります。
どうぞよろしくお願いいたします。

--
佐藤 健一 (Kenichi Sato)
Nishikawa Shoji Europe GmbH
Tel: 0521 / 98 76 54-12"""


@mail("sato-japanese-becky-iso-2022-jp", "2027-08-19 14:05:12",
      E("registration", "k.sato@nishikawa-shoji.example", "Kenichi Sato", None,
        ["WS2", "WS4"], 2, "ja"), "ja")
def _(m):
    m.head(("From", addr("佐藤 健一", "k.sato@nishikawa-shoji.example", "ISO-2022-JP")),
           ("To", ET),
           ("Subject", ew("Elterntag 参加申込み（佐藤）", "ISO-2022-JP")),
           ("Date", m.date),
           ("Message-Id", "<20270819140512.8D3F.4A2B1C07@nishikawa-shoji.example>"),
           ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
           ("MIME-Version", "1.0"))
    m.single(SATO, charset="iso-2022-jp", cte="7bit")


# -- 009 ---------------------------------------------------------------------
# The company's out-of-office reply to the confirmation for 008: Shift_JIS
# base64, Japanese and English, with Auto-Submitted.  Machine mail.

@mail("sato-company-autoreply-shift-jis", "2027-08-19 14:06:40",
      E("auto_reply"), "ja")
def _(m):
    m.head(("From", addr("佐藤 健一", "k.sato@nishikawa-shoji.example", "ISO-2022-JP")),
           ("To", ET),
           ("Subject", ew("【自動返信】不在のお知らせ / Out of Office", "ISO-2022-JP")),
           ("Date", m.date),
           ("Message-Id", "<20270819140640.AR.7731@nishikawa-shoji.example>"),
           ("In-Reply-To", conf_id("20270819140557")),
           ("References", conf_id("20270819140557")),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""誠に恐れ入りますが、8月19日（木）から9月3日（金）まで日本へ出張のため不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎのご用件は、総務部 山田 (yamada@nishikawa-shoji.example) までご連絡ください。

I am on a business trip to Japan from 19 August to 3 September 2027
with limited access to e-mail. For urgent matters please contact
Ms Yamada (yamada@nishikawa-shoji.example).

西川商事ヨーロッパ 佐藤 健一
Nishikawa Shoji Europe GmbH""", charset="shift_jis", cte="base64")


# -- 010 ---------------------------------------------------------------------
# Amharic (Ge'ez script), Gmail.  "ሁለት ሰዎች ነን" = we are two persons.

BEKELE = """ሰላም ጤና ይስጥልኝ፣

ለ25 ሴፕቴምበር Interkultureller Elterntag መመዝገብ እፈልጋለሁ።
ሁለት ሰዎች ነን፤ እኔና ባለቤቴ ዳንኤል።
Workshop 3 (Ausbildung, Studium, Beruf) መሳተፍ እንፈልጋለን፣ ምክንያቱም ልጃችን በሚቀጥለው ዓመት ትምህርቱን ይጨርሳል።

እናመሰግናለን!
ሰላማዊት በቀለ
Selamawit Bekele"""


@mail("bekele-amharic-two-persons", "2027-08-20 08:44:27",
      E("registration", "selam.bekele@mail.example", "Selamawit Bekele", None,
        ["WS3"], 2, "am"), "am")
def _(m):
    m.head(("From", addr("Selamawit Bekele", "selam.bekele@mail.example")),
           ("To", ET),
           ("Subject", "ምዝገባ - Elterntag 25.09."),
           ("Date", m.date),
           ("Message-ID", "<CAM7tYb0Wq3Rk9LzVn2XcD8sHe4uPa1fGo6iJm5eTr3wQy0Nk7A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BEKELE, gmail_html(BEKELE), charset="utf-8", cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Taglish (Tagalog with English and German words), Yahoo Mail.
# "Dalawa po kami ng asawa ko" = the two of us, my husband and I.

DELA_ROSA = """Hi po!

Gusto ko po sanang mag-register para sa Elterntag sa 25. September. Dalawa po kami ng asawa ko (si Jun).
Sa Workshop 4 po sana kami, yung tungkol sa Handy at Gaming - adik na po kasi sa cellphone yung panganay namin, hindi na namin alam ang gagawin haha.

Maraming salamat po!

Maricel Dela Rosa
Filipino Community Bielefeld"""


@mail("dela-rosa-taglish-yahoo", "2027-08-20 16:30:08",
      E("registration", "maricel_dr@ymail.example", "Maricel Dela Rosa",
        "Filipino Community Bielefeld", ["WS4"], 2, "tl"), "tl")
def _(m):
    m.head(("From", addr("Maricel Dela Rosa", "maricel_dr@ymail.example")),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", "Registration po - Elterntag Sept 25"),
           ("Date", m.date),
           ("Message-ID", "<1284467301.4410932.1787236208114@mail.ymail.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(DELA_ROSA, yahoo_html(DELA_ROSA), charset="utf-8", cte="7bit",
                  html_cte="quoted-printable", style="yahoo")


# -- 012 ---------------------------------------------------------------------
# Indonesian, Outlook HTML only, windows-1252 quoted-printable.
# "Kami berdua" = the two of us; "lokakarya 5" first, "lokakarya 1" second.

KUSUMAWATI = """Selamat siang,

Saya ingin mendaftarkan diri untuk Interkultureller Elterntag pada tanggal 25 September 2027. Kami berdua, saya dan suami saya (Pak Hendra Wijaya).

Pilihan pertama: lokakarya 5 (Elternvertretung und Mitwirkung in der Schule), karena saya baru terpilih sebagai Elternvertreterin di kelas anak saya.
Pilihan kedua: lokakarya 1.

Terima kasih banyak dan sampai jumpa!

Salam hangat,
Dewi Kusumawati
Ikatan Keluarga Indonesia Bielefeld e.V."""


@mail("kusumawati-indonesian-outlook-html", "2027-08-21 11:02:39",
      E("registration", "dewi.kusumawati@ikib.example", "Dewi Kusumawati",
        "Ikatan Keluarga Indonesia Bielefeld e.V.", ["WS5", "WS1"], 2, "id"), "id")
def _(m):
    m.head(("From", "\"Dewi Kusumawati\" <dewi.kusumawati@ikib.example>"),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", "Pendaftaran Elterntag 25 September"),
           ("Thread-Topic", "Pendaftaran Elterntag 25 September"),
           ("Thread-Index", "AdqVx3nL0kqT2mWbR8eYc4HfPz1sOg=="),
           ("Date", m.date),
           ("Message-ID", "<000001dbf25d$8a3c41e0$9eb4c5a0$@ikib.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "id"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KUSUMAWATI, charset="windows-1252", lang="IN"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Bengali with Bengali digits (২ জন = 2 persons, কর্মশালা ৩ = workshop 3),
# Outlook at work, multipart/alternative UTF-8 base64.  The employer's
# signature and disclaimer follow the association's name.

RAHMAN = """আসসালামু আলাইকুম,

আমি ফারহানা রহমান। ২৫ সেপ্টেম্বরের Elterntag-এ আমরা ২ জন আসব – আমি আর আমার স্বামী।
আমরা কর্মশালা ৩ (Ausbildung, Studium, Beruf)-এ অংশ নিতে চাই।

ধন্যবাদ,
Farhana Rahman
Bangladesch Kulturverein Bielefeld e.V.

--
Klinikum Bielefeld-Ost | Pflegedienst Station 4B
Teutoburger Straße 50 | 33604 Bielefeld
Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("rahman-bengali-digits-work-outlook", "2027-08-23 09:30:14",
      E("registration", "f.rahman@klinikum-ost.example", "Farhana Rahman",
        "Bangladesch Kulturverein Bielefeld e.V.", ["WS3"], 2, "bn"), "bn")
def _(m):
    m.head(("From", "\"Rahman, Farhana\" <f.rahman@klinikum-ost.example>"),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", "Elterntag রেজিস্ট্রেশন"),
           ("Thread-Topic", "Elterntag রেজিস্ট্রেশন"),
           ("Thread-Index", "AdqV5c2ZbKQm0yT9S0i4n5WeLq8vXw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0841C2E7A19D4F06B3E2A7C5D81E0@PR3P195MB0841.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RAHMAN, outlook_html(RAHMAN), charset="utf-8", cte="base64", style="outlook")


# -- 014 ---------------------------------------------------------------------
# German Exchange NDR from the hospital: the confirmation for 013 could not
# be delivered, mailbox full (5.2.2).  multipart/report with a plain/HTML
# notice, the delivery-status and the original headers.

RAHMAN_CONF = "20270823093102"

NDR_TEXT = f"""Die Nachricht konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist.

f.rahman@klinikum-ost.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich auf anderem Weg an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.klinikum-ost.example

f.rahman@klinikum-ost.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.'

Ursprüngliche Nachrichtenkopfzeilen:

From: {ET_NAME} <{ET}>
To: "Rahman, Farhana" <f.rahman@klinikum-ost.example>
Subject: {CONFIRMATION_SUBJECT}
Date: Mon, 23 Aug 2027 09:31:02 +0200
Message-ID: {conf_id(RAHMAN_CONF)}
"""

NDR_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Die Nachricht konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist.</font></b></p>
<p><font color="#000000" size="2" face="Tahoma">f.rahman@klinikum-ost.example<br>
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich auf anderem Weg an den Empfänger.</font></p>
<p><font color="#808080" size="2" face="Tahoma">Diagnoseinformationen für Administratoren:<br>
Generierender Server: EXCH02.klinikum-ost.example<br>
f.rahman@klinikum-ost.example<br>
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p>
</body>
</html>
"""


@mail("exchange-ndr-mailbox-full-rahman", "2027-08-23 09:31:06",
      E("bounce", bounced="f.rahman@klinikum-ost.example"), "de")
def _(m):
    rcpt = "f.rahman@klinikum-ost.example"
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@klinikum-ost.example>"),
           ("To", ET),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f0b6a52-91c4-4d7e-a8e2-5c17b90d2e46@EXCH02.klinikum-ost.example>"),
           ("In-Reply-To", conf_id(RAHMAN_CONF)),
           ("References", conf_id(RAHMAN_CONF)),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="")
    alt = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                        style="exchange", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.klinikum-ost.example"),
         ("Received-From-MTA", "dns;mx.bielefeld.example"),
         ("Arrival-Date", "Mon, 23 Aug 2027 07:31:04 +0000")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    headers = m.text(f"""Received: from mx.bielefeld.example (198.51.100.20) by EXCH02.klinikum-ost.example
 (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.4; Mon, 23 Aug 2027
 09:31:04 +0200
From: {ET_NAME} <{ET}>
To: "Rahman, Farhana" <{rcpt}>
Subject: {CONFIRMATION_SUBJECT}
Date: Mon, 23 Aug 2027 09:31:02 +0200
Message-ID: {conf_id(RAHMAN_CONF)}
In-Reply-To: <PR3P195MB0841C2E7A19D4F06B3E2A7C5D81E0@PR3P195MB0841.EURP195.PROD.OUTLOOK.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [alt, dsn, headers], style="exchange",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# Urdu, the sender of 007 after the coordinator's German answer (quoted,
# Gmail English UI).  "ہم ۲ افراد" = we are 2 persons (Urdu digit); her
# two-year-old son comes along but is not counted by her.

COORD_ANSWER = """Liebe Frau Siddiqui,

vielen Dank für Ihre Nachricht – eine Kollegin hat sie mir übersetzt.

1. Die Kinderbetreuung ist eigentlich erst ab 3 Jahren. Ihr Sohn darf aber gern mit Ihnen in den Workshop kommen, im Raum gibt es eine Spielecke.
2. Eine Dolmetscherin für Urdu ist im Workshop 2 (Mehrsprachig aufwachsen) dabei.

Wenn Sie kommen möchten, schreiben Sie uns einfach, mit wie vielen Personen und in welchen Workshop.

Dear Ms Siddiqui, in short: your son may come with you, and there will be an Urdu interpreter in Workshop 2.

Herzliche Grüße
Birgit Osterhaus-Kılıç
Kommunales Integrationszentrum Bielefeld"""

COORD_ANSWER_ID = "<b5e21c70-4f3a-4b8d-9d61-0a7e3c2f18b4@bielefeld.example>"

SIDDIQUI_REG = """بہت بہت شکریہ!

پھر میں رجسٹر کر رہی ہوں۔ ہم ۲ افراد ہوں گے، میں اور میری بہن فاطمہ۔ میرا بیٹا بھی ساتھ ہوگا۔
ہم Workshop 2 میں جانا چاہتے ہیں، اردو ترجمے کی وجہ سے۔

عائشہ"""

SIDDIQUI_QH = f"On Thu, Aug 19, 2027 at 3:40 PM Birgit Osterhaus-Kılıç <{ET}> wrote:"

SIDDIQUI_QUOTED = f"""{COORD_ANSWER}

Am Do., 19. Aug. 2027 um 10:22 Uhr schrieb Ayesha Siddiqui <ayesha.siddiqui@mail.example>:
{gt_quote(SIDDIQUI_Q)}"""


@mail("siddiqui-urdu-registers-after-answer", "2027-08-23 20:15:33",
      E("registration", "ayesha.siddiqui@mail.example", "Ayesha Siddiqui", None,
        ["WS2"], 2, "ur"), "ur")
def _(m):
    m.head(("From", addr("Ayesha Siddiqui", "ayesha.siddiqui@mail.example")),
           ("To", f"Birgit Osterhaus-Kılıç <{ET}>"),
           ("Subject", "Re: Elterntag – بچوں کی دیکھ بھال؟"),
           ("Date", m.date),
           ("Message-ID", "<CAN4pYq9Tb1Mx3wZc8VdF2kJs0uLe7gHo4iRa5fKm3sXq6Pz1Wh@mail.gmail.example>"),
           ("In-Reply-To", COORD_ANSWER_ID),
           ("References", f"{SIDDIQUI_Q_ID}\n {COORD_ANSWER_ID}"),
           ("MIME-Version", "1.0"))
    text = f"{SIDDIQUI_REG}\n\n{SIDDIQUI_QH}\n\n{gt_quote(SIDDIQUI_QUOTED)}\n"
    m.alternative(text, gmail_html(SIDDIQUI_REG, rtl=True, quote_head=SIDDIQUI_QH,
                                   quoted=SIDDIQUI_QUOTED),
                  charset="utf-8", cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Traditional Chinese (Taiwan), Outlook, Big5 base64 in both alternatives.
# "兩個人" = two persons, "第四個工作坊" = the fourth workshop, date in
# Chinese numerals.  Also asks about a Chinese interpreter (still a
# registration).

CHEN = """您好：

我是陳怡君（Yi-Chun Chen），從台灣來，目前住在 Bielefeld。
我和先生兩個人想報名參加九月二十五日的跨文化家長日，希望參加第四個工作坊（手機、遊戲與社群媒體）。

另外想請問：工作坊會有中文翻譯嗎？我先生的德文還不太好。

謝謝您！
陳怡君 敬上"""


@mail("chen-big5-outlook-chinese-numerals", "2027-08-24 13:13:50",
      E("registration", "yichun.chen@mail.example", "Yi-Chun Chen", None,
        ["WS4"], 2, "zh"), "zh")
def _(m):
    m.head(("From", addr("陳怡君", "yichun.chen@mail.example", "Big5")),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", ew("報名：跨文化家長日（9/25）", "Big5")),
           ("Date", m.date),
           ("Message-ID", "<000401dbf4e1$6b2d9c10$41879230$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdqXR2T8b3Vw0nQ1Tn6Oa5cK9yLx1A=="),
           ("Content-Language", "zh-tw"),
           ("MIME-Version", "1.0"))
    m.alternative(CHEN, outlook_html(CHEN, charset="big5", lang="ZH-TW"), charset="big5",
                  cte="base64", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Thai, Thunderbird, TIS-620 8bit with format=flowed (two soft line breaks,
# trailing space); subject as a TIS-620
# encoded word.  Thai digits: "๒๕ กันยายน", "มา ๒ คน" (2 persons),
# "เวิร์กช็อปที่ ๒" (workshop 2).

@mail("becker-thai-tis-620-thai-digits", "2027-08-25 10:50:21",
      E("registration", "somsri.becker@mail.example", "Somsri Becker", None,
        ["WS2"], 2, "th"), "th")
def _(m):
    m.head(("From", addr("Somsri Becker", "somsri.becker@mail.example")),
           ("To", ET),
           ("Subject", ew("ลงทะเบียน Elterntag", "TIS-620")),
           ("Date", m.date),
           ("Message-ID", "<4d1f7a0c-2e95-4b36-8c7d-91a0e5f3b628@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "th"),
           ("MIME-Version", "1.0"))
    m.single("""เรียน ทีมงาน Elterntag

ดิฉันขอลงทะเบียนเข้าร่วมงาน Interkultureller Elterntag วันที่ ๒๕ กันยายน 
ค่ะ มา ๒ คน (ดิฉันกับสามี Thomas)
อยากเข้าเวิร์กช็อปที่ ๒ เรื่องการเลี้ยงลูกให้พูดได้สองภาษา (Mehrsprachig 
aufwachsen) ค่ะ

ขอบคุณมากค่ะ
สมศรี เบคเกอร์
Somsri Becker
""", charset="tis-620", cte="8bit", params={"format": "flowed"})


# -- 018 ---------------------------------------------------------------------
# Tigrinya (Eritrea; "መስከረም" is September in Eritrea's Gregorian usage).
# "ክልተ ሰባት ኢና" = we are two persons.

TEKLE = """ሰላም ኩን!

ኣብ 25 መስከረም ዝካየድ Interkultureller Elterntag ክሳተፍ ደልየ ኣለኹ።
ኣነን በዓልቲ ቤተይ ሳባን ክልተ ሰባት ኢና።
Workshop 1 (Schule in Deutschland, Übergang) ንደሊ፣ ጓልና ኣብ ራብዓይ ክፍሊ ስለ ዘላ።

የቐንየልና!
ዮናስ ተኽለ
Yonas Tekle
Eritreische Gemeinde Bielefeld e.V."""


@mail("tekle-tigrinya", "2027-08-25 22:10:03",
      E("registration", "yonas.tekle@mail.example", "Yonas Tekle",
        "Eritreische Gemeinde Bielefeld e.V.", ["WS1"], 2, "ti"), "ti")
def _(m):
    m.head(("From", addr("Yonas Tekle", "yonas.tekle@mail.example")),
           ("To", ET),
           ("Subject", "ምዝገባ ን Elterntag"),
           ("Date", m.date),
           ("Message-ID", "<CAH1wVr6Tp8Kq2LzNb0XdC9sJe5uMa3fGo7iYk4eWr1tQn8Bz5E@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TEKLE, gmail_html(TEKLE), charset="utf-8", cte="base64", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Hindi change from the iPhone (still in India, +0530): his wife cannot
# come, so only he comes ("१ व्यक्ति"); the workshop stays the same
# ("वर्कशॉप वही रहेगा", not named).  Quotes the confirmation for 003.

SHARMA_CONF = confirmation("Ankit Sharma", "WS4", 2)


@mail("sharma-hindi-change-to-one-person", "2027-08-26 12:42:19",
      E("change", "ankit.sharma@mail.example", "Ankit Sharma", None,
        [], 1, "hi"), "hi", tz=5.5)
def _(m):
    m.head(("From", addr("Ankit Sharma", "ankit.sharma@mail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0E7B2D95-C41A-4F63-8B1D-6A2E0F9C3B78@mail.example>"),
           ("In-Reply-To", conf_id("20270817071622")),
           ("References", f"<9C1E4B7A-52D3-4F08-B6A1-3E7D90C2F154@mail.example>\n {conf_id('20270817071622')}"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""नमस्ते,

एक छोटा सा बदलाव: नेहा उस दिन नहीं आ पाएगी, उसकी हॉस्पिटल में ड्यूटी लग गई है। इसलिए सिर्फ़ मैं अकेला आऊँगा – कृपया १ व्यक्ति कर दीजिए। वर्कशॉप वही रहेगा।

धन्यवाद
अंकित

Sent from my iPhone

> On 17 Aug 2027, at 10:46, {ET_NAME} <{ET}> wrote:
> 
{gt_quote(SHARMA_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# English, Apple Mail, a Saturday-school coordinator registers herself and
# three parents (4 persons) for the workshop "on growing up multilingual".

VENKATARAMAN = """Dear Elterntag team,

Namaste! I'm writing on behalf of Hindi Pathshala Bielefeld e.V., a small Saturday school for Hindi. Four of us would like to attend on 25 September: myself and three parents from our school (Rohit Malhotra, Sunita Yadav and Farah Naqvi).

We'd all like to join the workshop on growing up multilingual – this is exactly what our parents keep asking us about. Could you please send the confirmation to me? I'll forward it to the others.

Many thanks and warm regards,
Priya Venkataraman
Coordinator, Hindi Pathshala Bielefeld e.V.
हिन्दी पाठशाला बीलेफ़ेल्ड"""


@mail("venkataraman-english-four-persons-apple", "2027-08-27 14:30:52",
      E("registration", "priya.v@hindi-pathshala-bi.example", "Priya Venkataraman",
        "Hindi Pathshala Bielefeld e.V.", ["WS2"], 4, "en"), "en")
def _(m):
    m.head(("From", addr("Priya Venkataraman", "priya.v@hindi-pathshala-bi.example")),
           ("To", ET),
           ("Subject", "Registration Interkultureller Elterntag - Hindi Pathshala (4 persons)"),
           ("Date", m.date),
           ("Message-ID", "<B27F0C4E-8A3D-4E1B-9F26-D05C7A13E8B9@hindi-pathshala-bi.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(VENKATARAMAN, apple_html(VENKATARAMAN), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Newsletter of the city library (other): multilingual story hours, a
# parents' media evening with its own registration, "Herkunftssprachen".

LIBRARY_TEXT = """Stadtbibliothek Bielefeld – Newsletter September 2027

Liebe Leserinnen und Leser,

im September ist bei uns viel los:

* Mehrsprachige Vorlesestunde: jeden zweiten Samstag um 11 Uhr lesen Ehrenamtliche Bilderbücher auf Arabisch, Tamil, Türkisch und Ukrainisch vor. Eintritt frei, keine Anmeldung nötig.
* Neu im Bestand: über 300 Kinderbücher in Herkunftssprachen – von Vietnamesisch bis Tigrinya.
* Sprachcafé Deutsch: dienstags 17–19 Uhr in der Zentralbibliothek am Neumarkt.
* Eltern-Medien-Abend „Wie viel Bildschirm ist gut?“ am 14.09. um 19 Uhr. Anmeldung bitte über unsere Website.

Alle Termine: https://www.stadtbibliothek-bielefeld.example/termine

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
Abmelden: https://www.stadtbibliothek-bielefeld.example/newsletter/abmelden?id=8f3a21
Stadtbibliothek Bielefeld · Neumarkt 1 · 33602 Bielefeld"""

LIBRARY_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter September 2027</title></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="background:#7a1f3d;color:#ffffff;"><h1 style="margin:0;font-size:21px;">Stadtbibliothek Bielefeld</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Leserinnen und Leser,</p>
<p>im September ist bei uns viel los:</p>
<ul>
<li><b>Mehrsprachige Vorlesestunde:</b> jeden zweiten Samstag um 11 Uhr lesen Ehrenamtliche Bilderbücher auf Arabisch, Tamil, Türkisch und Ukrainisch vor. Eintritt frei, keine Anmeldung nötig.</li>
<li><b>Neu im Bestand:</b> über 300 Kinderbücher in Herkunftssprachen – von Vietnamesisch bis Tigrinya.</li>
<li><b>Sprachcafé Deutsch:</b> dienstags 17–19 Uhr in der Zentralbibliothek am Neumarkt.</li>
<li><b>Eltern-Medien-Abend „Wie viel Bildschirm ist gut?“</b> am 14.09. um 19 Uhr. Anmeldung bitte über unsere Website.</li>
</ul>
<p><a href="https://www.stadtbibliothek-bielefeld.example/termine" style="color:#7a1f3d;">Alle Termine</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.<br>
<a href="https://www.stadtbibliothek-bielefeld.example/newsletter/abmelden?id=8f3a21" style="color:#777;">Abmelden</a> · Stadtbibliothek Bielefeld · Neumarkt 1 · 33602 Bielefeld</td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("stadtbibliothek-newsletter", "2027-08-28 10:05:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Stadtbibliothek Bielefeld <newsletter@stadtbibliothek-bielefeld.example>"),
           ("To", ET),
           ("Subject", ew("Newsletter September: Mehrsprachige Vorlesestunden und neue Kinderbücher", "UTF-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.8f3a21.20270828080500@news.stadtbibliothek-bielefeld.example>"),
           ("List-Id", "Newsletter der Stadtbibliothek <newsletter.stadtbibliothek-bielefeld.example>"),
           ("List-Unsubscribe", "<https://www.stadtbibliothek-bielefeld.example/newsletter/abmelden?id=8f3a21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8f3a21@news.stadtbibliothek-bielefeld.example")
    m.alternative(LIBRARY_TEXT, LIBRARY_HTML, charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Learner German from a shared family address; he asks for the confirmation
# to go to his "new" address, which he mistypes (duc.ngyuen@...): that is
# where the reply goes, and it bounces (023).  "Workshop Handy" = WS4.

@mail("nguyen-learner-german-confirm-to-other-address", "2027-08-30 18:40:37",
      E("registration", "duc.ngyuen@web-post.example", "Nguyen Van Duc", None,
        ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Familie Nguyen", "nguyen.family.bi@mail.example")),
           ("To", ET),
           ("Subject", "anmeldung elterntag"),
           ("Date", m.date),
           ("Message-ID", "<1788107637.302915.61@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich möchte anmelden für Elterntag am 25 September. Wir sind zwei Person, ich und meine Frau Lan.
Workshop Handy bitte, unsere Kinder spielen zu viel.

Bitte schicken Bestätigung an meine neue Email: duc.ngyuen@web-post.example

Vielen Dank
Nguyen Van Duc
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Our Postfix returns the confirmation for 022: the remote server does not
# know duc.ngyuen@web-post.example (5.1.1).  Full message/rfc822.

NGUYEN_CONF = "20270830184121"


@mail("postfix-bounce-user-unknown-nguyen", "2027-08-30 18:41:24",
      E("bounce", bounced="duc.ngyuen@web-post.example"), "en")
def _(m):
    rcpt = "duc.ngyuen@web-post.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", ET),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270830164124.5B7C21A0F3@mail.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.web-post.example[198.51.100.25] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "5B7C21A0F3"),
         ("X-Postfix-Sender", f"rfc822; {ET}"),
         ("Arrival-Date", "Mon, 30 Aug 2027 18:41:21 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.web-post.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Nguyen Van Duc <{rcpt}>", "Nguyen Van Duc", "WS4", 2,
        "Mon, 30 Aug 2027 18:41:21 +0200", NGUYEN_CONF,
        "<1788107637.302915.61@webmail.mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Simplified Chinese from an iPhone, name only in Chinese characters.
# "一共三个人" = three persons in all; the workshop is named by a Chinese
# description "讲多语言的工作坊" plus the German title words.

@mail("liu-chinese-iphone-three-persons", "2027-08-31 12:00:41",
      E("registration", "liuyang1988@mail.example", "刘洋", None,
        ["WS2"], 3, "zh"), "zh")
def _(m):
    m.head(("From", addr("刘洋", "liuyang1988@mail.example", "utf-8")),
           ("To", ET),
           ("Subject", ew("报名 Elterntag", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<A8E4C1F7-0B3D-4925-86E1-2F7D5C9A0B34@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""你好，

我们想报名参加9月25号的家长日。我、我太太，还有我岳母，一共三个人。
想去那个讲多语言的工作坊（Mehrsprachig aufwachsen），孩子在家说中文，在幼儿园说德语，我们有点担心。

谢谢
刘洋

发自我的iPhone""", charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Korean change (webmail now in UTF-8 because the quoted German confirmation
# needs it): one more parent, 3 -> 4 ("4명으로 변경"); the workshop stays
# ("워크숍은 그대로입니다").  Naver-style "-----Original Message-----" quote.

KIM_CONF = confirmation("Minji Kim", "WS5", 3)


@mail("kim-korean-change-three-to-four", "2027-09-01 09:20:15",
      E("change", "minji.kim@hanmail-post.example", "Minji Kim",
        None, [], 4, "ko"), "ko")
def _(m):
    m.head(("From", addr("김민지", "minji.kim@hanmail-post.example", "utf-8")),
           ("To", f"\"{ET_NAME}\" <{ET}>"),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270901092015.Vh3pX8nQTa2Lm5Zc0RkJeA@hanmail-post.example>"),
           ("In-Reply-To", conf_id("20270817124107")),
           ("References", conf_id("20270817124107")),
           ("MIME-Version", "1.0"))
    text = f"""안녕하세요,

한글학교 학부모회 김민지입니다.
지난번에 3명으로 신청했는데, 학부모 한 분이 더 가고 싶다고 하셔서 4명으로 변경 부탁드립니다.
워크숍은 그대로입니다.

감사합니다.
김민지 드림

-----Original Message-----
From: "{ET_NAME}"<{ET}>
To: "김민지"<minji.kim@hanmail-post.example>;
Cc:
Sent: 2027-08-17 (화) 12:41:07 (GMT+02:00)
Subject: {CONFIRMATION_SUBJECT}

{KIM_CONF}"""
    m.alternative(text, div_html(text, "font-family: 'Malgun Gothic', sans-serif; font-size: 10pt;"),
                  charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Romanised Nepali (Latin letters, as many write on the phone) with German
# words; Samsung Email.  "Hami 2 jana" = we two.

@mail("shrestha-romanised-nepali-samsung", "2027-09-01 19:55:48",
      E("registration", "bikash.shrestha@mail.example", "Bikash Shrestha", None,
        ["WS3"], 2, "ne"), "ne")
def _(m):
    m.head(("From", addr("Bikash Shrestha", "bikash.shrestha@mail.example")),
           ("To", ET),
           ("Subject", "Elterntag registration - Bikash"),
           ("Date", m.date),
           ("Message-ID", "<q3w8e1.1788285348.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Namaste sir/madam,

Ma Bikash Shrestha, Bielefeld ma baschu. Hami 2 jana (ma ra mero shrimati) Elterntag ma aauna chahanchhau.
Workshop 3 ma basna man cha - Ausbildung ko barema, mero chhora le aba 10. Klasse sakdai cha.

Dhanyabad!
Bikash

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Taglish change from 011: "ilipat kami sa Workshop 3" (move us to
# workshop 3); "Dalawa pa rin po kami" = still the two of us (number not
# changed).  Yahoo reply; the quoted confirmation has no ">" prefixes.

DELA_ROSA_CH = """Hello po ulit!

Pwede po bang ilipat kami sa Workshop 3 (Ausbildung, Studium, Beruf) imbes na Workshop 4? Napag-usapan namin ng asawa ko na mas kailangan namin yun ngayon kasi mag-Ausbildung na yung panganay namin next year. Dalawa pa rin po kami.

Salamat po ulit!
Maricel"""

DELA_ROSA_QH = f"On Friday, August 20, 2027 at 04:31:09 PM GMT+2, {ET_NAME} <{ET}> wrote:"


@mail("dela-rosa-taglish-change-to-workshop-3", "2027-09-02 08:30:26",
      E("change", "maricel_dr@ymail.example", "Maricel Dela Rosa",
        None, ["WS3"], None, "tl"), "tl")
def _(m):
    conf = confirmation("Maricel Dela Rosa", "WS4", 2)
    m.head(("From", addr("Maricel Dela Rosa", "maricel_dr@ymail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<733015498.1822467.1788330626310@mail.ymail.example>"),
           ("In-Reply-To", conf_id("20270820163109")),
           ("References", conf_id("20270820163109")),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    text = f"{DELA_ROSA_CH}\n\n{DELA_ROSA_QH}\n\n\n{conf}\n"
    m.alternative(text, yahoo_html(DELA_ROSA_CH, DELA_ROSA_QH, conf), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 028 ---------------------------------------------------------------------
# Amharic question: interpreter, fee, childcare hours; "I will register
# after I get an answer" (question, registers no one yet).

@mail("alemu-amharic-question-before-registering", "2027-09-03 17:45:12",
      E("question", "dawit.alemu@mail.example", "Dawit Alemu", None,
        [], None, "am"), "am")
def _(m):
    m.head(("From", addr("Dawit Alemu", "dawit.alemu@mail.example")),
           ("To", ET),
           ("Subject", "ጥያቄ ስለ Elterntag"),
           ("Date", m.date),
           ("Message-ID", "<CAD5vRt2Wm7Kq1LxNc9YbE0sJf4uPa8gHo3iTk6eXr2wQz5Mn1C@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """ጤና ይስጥልኝ፣

ስለ Elterntag ጥቂት ጥያቄዎች አሉኝ።
1) በአማርኛ አስተርጓሚ ይኖራል?
2) ክፍያ አለው ወይስ ነፃ ነው?
3) ልጆቻችን 7 እና 11 ዓመት ናቸው። የልጆች እንክብካቤ (Kinderbetreuung) እስከ ስንት ሰዓት ነው?

መልስ ካገኘሁ በኋላ እመዘገባለሁ።

አመሰግናለሁ
ዳዊት አለሙ"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Simplified Chinese change, Foxmail GB2312 again, a new mail (no quote):
# "请把我们改成第二个工作坊" = please change us to the second workshop.  The
# old choice "Workshop 1" is mentioned as history; "人数不变" = number
# unchanged.

WANG_CH = """您好！

我是王丽娜，8月16日报名了家长日（两个人，Workshop 1）。
现在我们想改一下：请把我们改成第二个工作坊（多语言成长，Mehrsprachig aufwachsen），我先生觉得这个对我们家更重要。人数不变，还是两位。

麻烦您了，谢谢！

王丽娜 Wang Lina
Chinesische Sprachschule Bielefeld e.V."""


@mail("wang-gb2312-change-to-second-workshop", "2027-09-05 10:10:33",
      E("change", "wang.lina@post.example", "Wang Lina",
        "Chinesische Sprachschule Bielefeld e.V.", ["WS2"], None, "zh"), "zh")
def _(m):
    m.head(("From", addr("王丽娜", "wang.lina@post.example", "GB2312")),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", ew("修改工作坊 / Workshop wechseln", "GB2312")),
           ("Date", m.date),
           ("Message-ID", "<202709051010321840577@post.example>"),
           ("X-Priority", "3"),
           ("X-GUID", "0F4C83B1-6D2A-4E57-A9B3-28C1E7D60F95"),
           ("X-Has-Attach", "no"),
           ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
           ("MIME-Version", "1.0"))
    m.alternative(WANG_CH, foxmail_html(WANG_CH, "GB2312"), charset="gb2312", cte="base64",
                  style="foxmail")


# -- 030 ---------------------------------------------------------------------
# Nepali cancellation (Devanagari), Gmail reply quoting the confirmation:
# "दर्ता रद्द गरिदिनुहोस्" = please cancel the registration.

GURUNG_CANCEL = """नमस्ते,

माफ गर्नुहोस्, सेप्टेम्बर २५ मा हाम्रो परिवारमा बिहे छ, त्यसैले हामी Elterntag मा आउन सक्दैनौं। कृपया हाम्रो दर्ता रद्द गरिदिनुहोस्।

धन्यवाद
सुशीला"""

GURUNG_QH = f"On Wed, Aug 18, 2027 at 9:18 PM {ET_NAME} <{ET}> wrote:"


@mail("gurung-nepali-cancellation", "2027-09-06 15:20:44",
      E("cancellation", "sushila.gurung@mail.example", "Sushila Gurung", None,
        [], None, "ne"), "ne")
def _(m):
    conf = confirmation("Sushila Gurung", "WS1", 3)
    m.head(("From", addr("Sushila Gurung", "sushila.gurung@mail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJx2Lw7Pq5Vn1Kc8XbT0dRe3sHm9uZf4Go2iWa6eYk1tNr7Qz3D@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270818211751")),
           ("References", conf_id("20270818211751")),
           ("MIME-Version", "1.0"))
    text = f"{GURUNG_CANCEL}\n\n{GURUNG_QH}\n\n{gt_quote(conf)}\n"
    m.alternative(text, gmail_html(GURUNG_CANCEL, quote_head=GURUNG_QH, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Korean, Outlook with the Korean default charset ks_c_5601-1987, base64 in
# both alternatives.  "저 혼자 갑니다" = I go alone (1 person),
# "워크숍 3번" = workshop no. 3; a parking question on top (registration).

PARK = """안녕하세요.

9월 25일 Elterntag에 참가하고 싶습니다. 저 혼자 갑니다.
워크숍 3번 (Ausbildung, Studium, Beruf)으로 신청합니다. 큰아들이 내년에 Abitur를 봅니다.

그리고 혹시 VHS 근처에 주차할 곳이 있나요?

감사합니다.
박지훈 드림
Park Ji-hoon"""


@mail("park-korean-outlook-ks-c-5601", "2027-09-07 11:11:09",
      E("registration", "jihoon.park@mail.example", "Park Ji-hoon", None,
        ["WS3"], 1, "ko"), "ko")
def _(m):
    m.head(("From", addr("박지훈", "jihoon.park@mail.example", "ks_c_5601-1987")),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", ew("Elterntag 참가 신청 (박지훈)", "ks_c_5601-1987")),
           ("Date", m.date),
           ("Message-ID", "<000c01dbf7a4$3e91b5c0$bbb52140$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdqfY2sQ8aLr4Kc0RrCk1zF6bW2ePQ=="),
           ("Content-Language", "ko"),
           ("MIME-Version", "1.0"))
    m.alternative(PARK, outlook_html(PARK, charset="ks_c_5601-1987", lang="KO"),
                  charset="ks_c_5601-1987", cte="base64", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Vietnamese question: may their 15-year-old son come into Workshop 3?
# If yes they would register 3 persons (conditional: a question).

@mail("pham-vietnamese-question-teenager", "2027-09-08 09:40:05",
      E("question", "thuha.pham@mail.example", "Phạm Thu Hà", None,
        [], None, "vi"), "vi")
def _(m):
    m.head(("From", addr("Pham Thu Ha", "thuha.pham@mail.example")),
           ("To", ET),
           ("Subject", ew("Câu hỏi về Elterntag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1788853205.1140.7218@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Xin chào,

Em có một câu hỏi trước khi đăng ký: con trai em 15 tuổi, cháu có được đi cùng bố mẹ vào Workshop 3 (Ausbildung) không, hay workshop chỉ dành cho phụ huynh thôi ạ?
Nếu được thì nhà em sẽ đăng ký 3 người.

Cảm ơn anh chị.
Phạm Thu Hà
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Bengali change from 013 (a new mail: she never got the confirmation, see
# 014).  "কর্মশালা ৩-এর বদলে কর্মশালা ১" = workshop 1 instead of workshop 3.
# Outlook HTML only, UTF-8 quoted-printable.

RAHMAN_CH = """আসসালামু আলাইকুম,

আমি ২৩ আগস্ট Elterntag-এর জন্য রেজিস্ট্রেশন করেছিলাম (২ জন, কর্মশালা ৩)। কোনো কনফার্মেশন পাইনি, তবে আশা করি রেজিস্ট্রেশন হয়েছে।
আমরা এখন কর্মশালা ৩-এর বদলে কর্মশালা ১-এ যেতে চাই, কারণ আমাদের মেয়ে আগামী বছর Gymnasium-এ যাবে।

ধন্যবাদ,
Farhana Rahman"""


@mail("rahman-bengali-change-to-workshop-1", "2027-09-09 20:00:27",
      E("change", "f.rahman@klinikum-ost.example", "Farhana Rahman", None,
        ["WS1"], None, "bn"), "bn")
def _(m):
    m.head(("From", "\"Rahman, Farhana\" <f.rahman@klinikum-ost.example>"),
           ("To", f"\"{ET}\" <{ET}>"),
           ("Subject", "পরিবর্তন / Änderung Workshop – Farhana Rahman"),
           ("Thread-Topic", "পরিবর্তন / Änderung Workshop – Farhana Rahman"),
           ("Thread-Index", "AdqhD4kW1nT3Lq9eR2Xc7VbYs0mHfg=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB08417A0D3E6F2B19C84E5D2A07F1C@PR3P195MB0841.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(RAHMAN_CH), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Chinese advertising (other): an interpreting agency offers interpreters
# for "activities and parents' evenings"; HTML only, GB2312 base64.

SPAM_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body style="font-family:'SimSun';font-size:14px;">
<p>尊敬的客户您好！</p>
<p>德华翻译服务在德国已有十五年经验，为各类活动、会议、家长会提供专业中德口译和笔译服务。</p>
<p>★ 活动现场口译：每小时仅需 45 欧元起<br>
★ 学校证书、成绩单翻译：三个工作日内完成<br>
★ 驾照、出生证明公证翻译</p>
<p><b style="color:#c00000;">现在预约九月份的活动，立享八折优惠！</b></p>
<p>咨询热线：0211 / 555 0188<br>微信：dehua_fanyi<br>
网址：<a href="https://www.dehua-fanyi.example">https://www.dehua-fanyi.example</a></p>
<p style="font-size:11px;color:#888;">如不希望再收到本邮件，请回复“退订”。</p>
</body></html>
"""


@mail("dehua-chinese-translation-advertising", "2027-09-10 14:14:14",
      E("other"), "zh")
def _(m):
    m.head(("From", addr("德华翻译服务", "info@dehua-fanyi.example", "GB2312")),
           ("To", ET),
           ("Subject", ew("【活动口译】德国全境中德口译、笔译，九月预约八折！", "GB2312")),
           ("Date", m.date),
           ("Message-ID", "<20270910141414.2931.dehua@dehua-fanyi.example>"),
           ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
           ("MIME-Version", "1.0"))
    m.single(SPAM_HTML, subtype="html", charset="gb2312", cte="base64")


# -- 035 ---------------------------------------------------------------------
# Japanese from an iPhone (UTF-8), full-width digits: "１名" = 1 person,
# "ワークショップ５" = workshop 5.  Hyphenated double name in Latin letters.

@mail("yamamoto-schulz-japanese-iphone-fullwidth", "2027-09-12 10:30:58",
      E("registration", "aiko.ys@mail.example", "Aiko Yamamoto-Schulz", None,
        ["WS5"], 1, "ja"), "ja")
def _(m):
    m.head(("From", addr("Aiko Yamamoto-Schulz", "aiko.ys@mail.example")),
           ("To", ET),
           ("Subject", ew("Elterntag 参加希望です", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<5F2A8E13-C7B0-4D69-A1E4-830D6B2F9C57@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Elterntag ご担当者様

こんにちは。山本＝シュルツ 愛子と申します。
９月２５日の Elterntag に１名で参加を希望します。
ワークショップ５（Elternvertretung）をお願いします。今年、娘のクラスの Elternvertreterin になったのですが、分からないことばかりで…。

よろしくお願いいたします。
Aiko Yamamoto-Schulz

iPhoneから送信""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Thai cancellation from the iPhone (UTF-8 now), quoting the confirmation
# with a Thai-locale header (Buddhist year 2570): "ขอยกเลิกการลงทะเบียน" =
# please cancel the registration.

@mail("becker-thai-cancellation-iphone", "2027-09-14 08:05:37",
      E("cancellation", "somsri.becker@mail.example", "Somsri Becker", None,
        [], None, "th"), "th")
def _(m):
    conf = confirmation("Somsri Becker", "WS2", 2)
    m.head(("From", addr("Somsri Becker", "somsri.becker@mail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E3B09D72-4C1F-4A86-9E25-7F0B1D6C8A43@mail.example>"),
           ("In-Reply-To", conf_id("20270825105106")),
           ("References", f"<4d1f7a0c-2e95-4b36-8c7d-91a0e5f3b628@mail.example>\n {conf_id('20270825105106')}"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""สวัสดีค่ะ

ขอยกเลิกการลงทะเบียนนะคะ วันที่ ๒๕ สามีต้องทำงาน และดิฉันไม่มีคนดูลูก ขอโทษด้วยค่ะ

สมศรี

ส่งจาก iPhone ของฉัน

> เมื่อ 25 ส.ค. 2570 เวลา 10:51 {ET_NAME} <{ET}> เขียนว่า:
> 
{gt_quote(conf)}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Amharic cancellation, Gmail (German UI) quoting the confirmation:
# "ምዝገባችንን ይሰርዙልን" = please cancel our registration.

BEKELE_CANCEL = """ሰላም፣

ይቅርታ፣ በ25 ሴፕቴምበር መምጣት አንችልም፤ ባለቤቴ በዚያ ቀን ይሰራል። ምዝገባችንን እባክዎ ይሰርዙልን።

እናመሰግናለን
ሰላማዊት"""

BEKELE_QH = f"Am Fr., 20. Aug. 2027 um 08:45 Uhr schrieb {ET_NAME} <{ET}>:"


@mail("bekele-amharic-cancellation", "2027-09-16 21:30:19",
      E("cancellation", "selam.bekele@mail.example", "Selamawit Bekele", None,
        [], None, "am"), "am")
def _(m):
    conf = confirmation("Selamawit Bekele", "WS3", 2)
    m.head(("From", addr("Selamawit Bekele", "selam.bekele@mail.example")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM7tYb3Xr6Lk0MzWn5YcF1sJe9uQa2gHo8iKm4eVt7wRy3Pb9D@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270820084512")),
           ("References", conf_id("20270820084512")),
           ("MIME-Version", "1.0"))
    text = f"{BEKELE_CANCEL}\n\n{BEKELE_QH}\n\n{gt_quote(conf)}\n"
    m.alternative(text, gmail_html(BEKELE_CANCEL, quote_head=BEKELE_QH, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Out-of-office reply to the 7-day reminder, Indonesian and German, from
# Outlook without Auto-Submitted (only X-Auto-Response-Suppress and the
# "Automatische Antwort:" subject).  Machine mail.

@mail("kusumawati-outlook-autoreply-no-header", "2027-09-18 10:00:41",
      E("auto_reply"), "id")
def _(m):
    m.head(("From", "\"Dewi Kusumawati\" <dewi.kusumawati@ikib.example>"),
           ("To", f"\"{ET_NAME}\" <{ET}>"),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHb8aZ0xk3m2Vq7TkqQ1yR5nW9cEA=="),
           ("Date", m.date),
           ("Message-ID", "<000001dbf8c2$7d1e5a20$7759e060$@ikib.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "id"),
           ("MIME-Version", "1.0"))
    text = """Terima kasih atas email Anda. Saya sedang cuti sampai tanggal 22 September 2027 dan tidak dapat membaca email.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 22.09.2027 im Urlaub und lese in dieser Zeit keine E-Mails. In dringenden Fällen wenden Sie sich bitte an sekretariat@ikib.example.

Dewi Kusumawati
Ikatan Keluarga Indonesia Bielefeld e.V."""
    m.alternative(text, outlook_html(text, charset="iso-8859-1", lang="IN"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Cantonese (written Hong Kong Chinese), after the deadline: only asks
# whether one can still register and promises details later (question).

@mail("wong-cantonese-question-after-deadline", "2027-09-19 11:45:30",
      E("question", "kayan.wong@mail.example", "Wong Ka Yan", None,
        [], None, "zh"), "zh")
def _(m):
    text = """你好，

我今日先至喺朋友度知道有呢個家長日 😊 請問而家仲可唔可以報名？我知截止日期過咗，但係我同我老公都好想去。
如果可以嘅話，我再send詳細資料俾你。

唔該晒！
Ka Yan"""
    m.head(("From", addr("Wong Ka Yan", "kayan.wong@mail.example")),
           ("To", ET),
           ("Subject", ew("家長日仲可唔可以報名？", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<CAK2uWe8Tn4Lq6MxYb1ZcG0sRf7vPa3hJo9iNm5eXt2wSy8Qc4F@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Simplified Chinese cancellation from the iPhone (024), quoting the
# confirmation with a Chinese-locale header: "请帮我们取消报名（Absage）".

@mail("liu-chinese-cancellation-iphone", "2027-09-22 07:50:03",
      E("cancellation", "liuyang1988@mail.example", "刘洋", None,
        [], None, "zh"), "zh")
def _(m):
    conf = confirmation("刘洋", "WS2", 3)
    m.head(("From", addr("刘洋", "liuyang1988@mail.example", "utf-8")),
           ("To", TO_ET),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7C3D1A09-E26B-4F58-B0A4-19E8F5C2D367@mail.example>"),
           ("In-Reply-To", conf_id("20270831120128")),
           ("References", f"<A8E4C1F7-0B3D-4925-86E1-2F7D5C9A0B34@mail.example>\n {conf_id('20270831120128')}"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""您好，

不好意思，我岳母生病住院了，我们周六去不了了。请帮我们取消报名（Absage）。

谢谢，祝活动顺利！
刘洋

发自我的iPhone

> 在 2027年8月31日，12:01，{ET_NAME} <{ET}> 写道：
> 
{gt_quote(conf)}
""", charset="utf-8", cte="base64")



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
CONFIG = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
WS_IDS = [w["id"] for w in CONFIG["workgroups"]]


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got_parts = list(leaves(msg))
    want = m.intended
    if len(got_parts) != len(want):
        problems.append(f"{len(got_parts)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got_parts, want)):
        raw = p.get_payload(decode=True)
        cs = p.get_content_charset() or "us-ascii"
        try:
            g = raw.decode(cs)          # strict: every octet valid in the declared charset
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL must use an example domain
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
    problems += check_label(msg, text, expected)
    return problems


def check_label(msg, text, e):
    """The label follows the conventions in README.md."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups given for a kind without choice")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        for k in ("email", "name", "language"):
            if not e[k]:
                problems.append(f"{k} missing for person mail")
        if e["email"] and (e["email"] != e["email"].lower()
                           or e["email"] not in text.lower()):
            problems.append("email not lower-case or not in the mail")
        for k in ("name", "organisation"):
            if e[k] and norm(e[k]) not in norm(text):
                problems.append(f"{k} {e[k]!r} does not occur in the mail")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind × language (person language, or the text's language for machine mail):")
    print("  " + "".join(f"{lang:>4}" for lang in langs))
    for k in KINDS:
        print(f"  {k:13}" + "".join(f"{table[(k, lang)] or '-':>4}" for lang in langs))
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
