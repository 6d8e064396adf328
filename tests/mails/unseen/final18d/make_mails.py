#!/usr/bin/env python3
"""Build the "welcomeday" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: International Welcome Day Göttingen 2027 (Saturday 16 October 2027), five
workshops W1..W5 with English titles; see config.toml and README.md.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default and checks it: no MIME
defects, every text part decodes strictly in its declared charset to exactly the
text written here (attachments: the same bytes), no line longer than 998
octets, dates rising with the numbering, example domains only, and labels that
fit the conventions of ../../shared/corpus/README.md.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
import html.parser
import json
import re
import sys
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

WD = "welcome-day@uni-goettingen.example"
WD_NAME = "International Welcome Day Göttingen"
TO_WD = f"International Welcome Day =?utf-8?q?G=C3=B6ttingen?= <{WD}>"
TO_WD_TEXT = f"{WD_NAME} <{WD}>"
CEST = datetime.timezone(datetime.timedelta(hours=2))

INVITATION_ID = "<invitation.welcomeday2027.20270830094500@uni-goettingen.example>"
INVITATION_SUBJECT = "Invitation: International Welcome Day Göttingen 2027 – 16 October"
CONFIRMATION_SUBJECT = "Your registration for the International Welcome Day Göttingen 2027"
CONFIRMATION_SUBJECT_DE = "Ihre Anmeldung zum International Welcome Day Göttingen 2027"
UPDATE_ID = "<update.welcomeday2027.20270916100000@uni-goettingen.example>"
UPDATE_SUBJECT = "Programme update – International Welcome Day Göttingen 2027"
REMINDER_SUBJECT = "Reminder: International Welcome Day Göttingen 2027 on Saturday, 16 October"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("W1", "W2", "W3", "W4", "W5")
LANGUAGES = ("en", "de", "zh", "ko", "hi", "pt")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


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

    def at(self, seconds_before):
        """RFC 5322 date `seconds_before` this mail, in CEST (for quoted mails)."""
        return format_datetime((self.when - datetime.timedelta(seconds=seconds_before))
                               .astimezone(CEST))

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values with
        non-ASCII characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", WD)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "uni-goettingen.example"
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.uni-goettingen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{WD}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_FR3P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
        if style == "qq":
            return f"----=_NextPart_{h[:8].upper()}_{h[8:16].upper()}_{h[16:24].upper()}"
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


# ---------------------------------------------------------------------------
# HTML shapes of common mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
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
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="en", lang="EN-US", charset="utf-8"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}</b> {esc(frm)}<br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n"
                   f"<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="en"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subj}\n\n{quoted}")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 13px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>\n" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">\n{divs}</div></body></html>\n"


def gmail_html(text, quote_attr=None, quoted=None):
    """Gmail markup: one <div> per line; an optional gmail_quote blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>\n" for line in text.split("\n"))
    out = f"<div dir=\"ltr\">\n{inner}</div>\n"
    if quote_attr:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_attr)}<br></div>\n<blockquote class=\"gmail_quote\" "
                "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">\n{q}\n</blockquote></div>\n")
    return out


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>\n" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">\n{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Dear international students, researchers and families,
Liebe internationale Studierende, Forschende und Familien,

the Welcome Centre of the University of Göttingen warmly invites you to the

International Welcome Day Göttingen 2027
Saturday, 16 October 2027, 9:30–16:30
Zentrales Hörsaalgebäude (ZHG), Platz der Göttinger Sieben 5, 37073 Göttingen

After a welcome by the Vice-President for International Affairs and a
market of information stands (city administration, Studierendenwerk,
university sports, student associations), you can join one of five
workshops in the afternoon:

W1  Residence Permits and the Foreigners' Office: Getting Your Papers Right
W2  Finding a Home: Housing and Tenancy in Göttingen
W3  German for Everyday Life: Language Café
W4  Families Welcome: Childcare, Schools and Family Life
W5  Careers in German Academia and Beyond

Partners and children are very welcome. During the workshops there is a
supervised play corner for children aged 3 and over.

To register, simply write to welcome-day@uni-goettingen.example by
8 October 2027 and tell us your name, your institute or association, the
workshop you prefer (a second choice helps us) and how many people will
come with you.

Participation is free of charge; lunch and coffee are provided.

Best regards / Viele Grüße
Katrin Albrecht-Nowak
Welcome Centre – International Office
University of Göttingen"""

WG_LINE = {
    "W1": "W1 – Residence Permits and the Foreigners' Office: Getting Your Papers Right",
    "W2": "W2 – Finding a Home: Housing and Tenancy in Göttingen",
    "W3": "W3 – German for Everyday Life: Language Café",
    "W4": "W4 – Families Welcome: Childcare, Schools and Family Life",
    "W5": "W5 – Careers in German Academia and Beyond",
}


def confirmation(salutation, wg, persons, lang="en"):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    if lang == "de":
        return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum International Welcome Day Göttingen 2027
am Samstag, 16. Oktober 2027, 9:30–16:30 Uhr, im Zentralen Hörsaalgebäude
(ZHG), Platz der Göttinger Sieben 5, 37073 Göttingen.

Ihr Workshop: {WG_LINE[wg]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop oder die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
International Welcome Day Göttingen
Welcome Centre – International Office, Universität Göttingen"""
    return f"""Dear {salutation},

thank you for registering for the International Welcome Day Göttingen 2027
on Saturday, 16 October 2027, 9:30–16:30, Zentrales Hörsaalgebäude (ZHG),
Platz der Göttinger Sieben 5, 37073 Göttingen.

Your workshop: {WG_LINE[wg]}
Registered persons: {persons}

Would you like to change your workshop or the number of persons, or cancel?
Just reply to this e-mail.

Kind regards
International Welcome Day Göttingen
Welcome Centre – International Office, University of Göttingen"""


def reminder(salutation, wg, persons):
    return f"""Dear {salutation},

this is a friendly reminder: the International Welcome Day Göttingen 2027
takes place next Saturday, 16 October 2027, 9:30–16:30, in the Zentrales
Hörsaalgebäude (ZHG), Platz der Göttinger Sieben 5, 37073 Göttingen.

Your workshop: {WG_LINE[wg]}
Registered persons: {persons}

If you can no longer come, please reply to this e-mail so that we can
offer your place to someone else.

Kind regards
International Welcome Day Göttingen
Welcome Centre – International Office, University of Göttingen"""


def sent_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A mail mailbot sent, as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_WD_TEXT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


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
# Indian English from Outlook, plain windows-1252 QP: "Myself ...", "Kindly
# register me"; first choice W1, also W5; alone.  Institute + university in
# the signature: the organisation is the university (see README).

@mail("iyer-kindly-register-w1-w5", "2027-09-01 09:12:44",
      E("registration", "ravi.iyer@cs.uni-goettingen.example", "Ravi Shankar Iyer",
        "Georg-August-Universität Göttingen", ["W1", "W5"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Iyer, Ravi Shankar" <ravi.iyer@cs.uni-goettingen.example>'),
           ("To", WD),
           ("Subject", "Registration for International Welcome Day - Ravi Shankar Iyer"),
           ("Date", m.date),
           ("Message-ID", "<001601dbf1a2$7c3e9b40$74bbd1c0$@cs.uni-goettingen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-in"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Greetings from the Institute of Computer Science!

Myself Ravi Shankar Iyer, I have joined as a doctoral researcher in the group of Prof. Hartmann on 1st August. I came to know about the International Welcome Day through the mail circulated by our institute secretary.

I would like to register for the same. Kindly register me for the Workshop W1 (residence permit) as I have to apply for my residence permit before my national visa expires in November. If possible I would also like to attend W5 on careers.

I will be coming alone.

Kindly confirm the registration at the earliest.

Thanks and Regards,
Ravi Shankar Iyer
Doctoral Researcher
Institute of Computer Science
Georg-August-Universität Göttingen
Goldschmidtstraße 7, 37077 Göttingen
""", charset="windows-1252", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Chinese, QQ Mail: multipart/alternative in GB18030, base64, RFC 2047 name
# and subject in GB18030.  The vice-president of the Chinese students' union
# registers 12 people including herself; first choice W1, second W3.

LIU_TEXT = """您好！

我是哥廷根中国学生学者联合会的副主席刘思远。这学期有不少刚到哥廷根的新同学，大家对10月16日的 International Welcome Day 都很感兴趣，所以由我统一给大家报名。

我们一共12人（包括我本人），大部分是刚入学的硕士生和博士生。
第一志愿：W1（居留许可 / Ausländerbehörde），因为很多同学还没有办居留；
第二志愿：W3 Language Café。

参加人员名单如下：
刘思远、王雨桐、陈浩然、李佳怡、张子轩、赵梦琪、孙博文、周晓雯、吴天宇、郑可欣、黄俊杰、徐若曦

如需其他信息，请随时联系我。谢谢！

祝好
刘思远
哥廷根中国学生学者联合会 副主席"""


def qq_html(text):
    lines = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            f'<div style="font-family: 微软雅黑; font-size: 14px;">{lines}</div>\n')


@mail("liu-cssa-chinese-group-gb18030", "2027-09-01 22:47:10",
      E("registration", "1843920571@qq.example", "刘思远", "哥廷根中国学生学者联合会",
        ["W1", "W3"], 12, "zh"), "zh")
def _(m):
    m.head(("From", addr("刘思远", "1843920571@qq.example", "gb18030", "b")),
           ("To", WD),
           ("Subject", ew("International Welcome Day 报名 – 哥廷根中国学生学者联合会（12人）",
                          "gb18030", "b")),
           ("Date", m.date),
           ("Message-ID", "<tencent_8E2F4A1C9B7D3E5F60718293A4B5C6D7E808@qq.example>"),
           ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
           ("X-Mailer", "QQMail 2.x"),
           ("MIME-Version", "1.0"))
    m.alternative(LIU_TEXT, qq_html(LIU_TEXT), charset="gb18030", cte="base64", style="qq")


# -- 003 ---------------------------------------------------------------------
# American postdoc, Gmail multipart/alternative: the whole family (2 adults,
# 2 kids = 4), W4 first then W2; a stroller question on the side.

HARTWELL_TEXT = """Hi there,

We just moved to Göttingen from Madison, Wisconsin three weeks ago, and a colleague forwarded me the info about the Welcome Day – sounds perfect for us!

I'd like to sign up our whole family: me, my husband Tom, and our kids Lily (7) and Owen (4). So 4 people total.

Workshop preferences: the families one (W4) first – we're still trying to figure out the whole Kita/school situation – and then W2 on housing, since we're in temporary guest housing until December.

Quick question: is the venue stroller-friendly? Owen still naps in his.

Thanks so much,
Emily

--
Emily Hartwell, PhD
Postdoctoral Researcher, Department of Neurogenetics
Max Planck Institute for Multidisciplinary Sciences
Hermann-Rein-Str. 3, 37075 Göttingen"""


@mail("hartwell-family-of-four-gmail", "2027-09-02 08:05:31",
      E("registration", "emily.hartwell@mpinat.example", "Emily Hartwell",
        "Max Planck Institute for Multidisciplinary Sciences", ["W4", "W2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Emily Hartwell <emily.hartwell@mpinat.example>"),
           ("To", WD),
           ("Subject", "Registration - Hartwell family (2 adults, 2 kids)"),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Rk2pW9qE4vN1sT8mYh3LdB6fGc0uZ5aK2oJ9rX7wVn4eQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HARTWELL_TEXT, gmail_html(HARTWELL_TEXT), style="gmail")


# -- 004 ---------------------------------------------------------------------
# Nigerian English from Yahoo: he and his wife (2), W1 then W2, and asks for
# the confirmation to go to his student address -> email = that address.
# (Its confirmation bounces: 005.)

ADEYEMI_TEXT = """Good day Sir/Ma,

I humbly write to register for the International Welcome Day holding on Saturday 16th October 2027.

I am a newly admitted M.Sc student of Agribusiness at the University of Göttingen and I arrived Germany two weeks ago together with my wife who came on family reunion visa. We will both be attending, so please register two (2) persons.

We are interested in the workshop on residence permit (W1) because our appointment with the Ausländerbehörde is still pending, and also the housing workshop (W2) as we are presently staying with a friend in Weende.

Kindly send the confirmation to my student email oluwaseun.adeyemi@stud.uni-goettingen.example as I do not check this yahoo mail regularly.

Thank you for your anticipated cooperation.

Yours faithfully,
Oluwaseun Adeyemi
M.Sc. Agribusiness
University of Göttingen"""


@mail("adeyemi-nigerian-confirm-to-student-address", "2027-09-03 11:30:20",
      E("registration", "oluwaseun.adeyemi@stud.uni-goettingen.example", "Oluwaseun Adeyemi",
        "University of Göttingen", ["W1", "W2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Oluwaseun Adeyemi <seunadeyemi2001@yahoo.example>"),
           ("To", WD),
           ("Subject", "REGISTRATION FOR INTERNATIONAL WELCOME DAY"),
           ("Date", m.date),
           ("Message-ID", "<1187364920.2291847.1788427820113@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    yahoo = ("<html><head></head><body><div class=\"ydp4f2a9c1yahoo-style-wrap\" "
             "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
             + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>"
                       for l in ADEYEMI_TEXT.split("\n"))
             + "</div></body></html>\n")
    m.alternative(ADEYEMI_TEXT, yahoo, charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Postfix DSN from the students' mail system: the confirmation to the address
# asked for in 004 is rejected (user unknown).  The whole confirmation comes
# back as message/rfc822.

@mail("bounce-stud-mailstore-user-unknown", "2027-09-03 11:30:58",
      E("bounce", bounced="oluwaseun.adeyemi@stud.uni-goettingen.example"), "en")
def _(m):
    rcpt = "oluwaseun.adeyemi@stud.uni-goettingen.example"
    m.head(("From", "MAILER-DAEMON@mx.stud.uni-goettingen.example (Mail Delivery System)"),
           ("To", WD),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270903093058.4C1F22A0B7@mx.stud.uni-goettingen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.stud.uni-goettingen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mailstore2.stud.uni-goettingen.example[203.0.113.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.stud.uni-goettingen.example"),
         ("X-Postfix-Queue-ID", "4C1F22A0B7"),
         ("X-Postfix-Sender", f"rfc822; {WD}"),
         ("Arrival-Date", "Fri,  3 Sep 2027 11:30:56 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mailstore2.stud.uni-goettingen.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    inner = sent_message(f"Oluwaseun Adeyemi <{rcpt}>", CONFIRMATION_SUBJECT,
                         confirmation("Oluwaseun Adeyemi", "W1", 2), m.at(8),
                         "<mailbot.20270903113050.7d41@uni-goettingen.example>",
                         "<1187364920.2291847.1788427820113@mail.yahoo.example>")
    m.multi("report", [note, dsn, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 006 ---------------------------------------------------------------------
# German: the coordinator of a research training group registers five new
# doctoral researchers and herself (6), Workshop 1 then Workshop 5; Outlook
# multipart/alternative, windows-1252.  The list of names is not the attendee.

BECKER_TEXT = """Liebes Team des Welcome Centre,

für unser Graduiertenkolleg möchte ich gern eine kleine Gruppe zum International Welcome Day am 16.10. anmelden. Es handelt sich um fünf neue Doktorandinnen und Doktoranden, die im September und Oktober aus dem Ausland zu uns gekommen sind bzw. noch kommen; ich selbst komme als Begleitung mit. Insgesamt also 6 Personen:

- Hannah Becker (Koordination)
- Ngozi Okonkwo
- Rahul Menon
- Camila Restrepo Vélez
- Dmytro Savchenko
- Yuki Tanabe

Als Erstwunsch hätten wir gern Workshop 1 (Aufenthaltstitel), da bei fast allen die Termine bei der Ausländerbehörde noch ausstehen. Zweitwunsch wäre Workshop 5 zu den Karrierewegen.

Die Bestätigung bitte an mich, ich leite sie dann weiter.

Viele Grüße
Hannah Becker

Dr. Hannah Becker
Koordinatorin GRK 2782 „Molecular Catalysis in Confined Spaces“
Fakultät für Chemie
Georg-August-Universität Göttingen
Tammannstraße 2, 37077 Göttingen"""


@mail("becker-grk-group-of-six-outlook", "2027-09-06 10:14:05",
      E("registration", "hannah.becker@chemie.uni-goettingen.example", "Hannah Becker",
        "Georg-August-Universität Göttingen", ["W1", "W5"], 6, "de"), "de")
def _(m):
    m.head(("From", '"Becker, Hannah" <hannah.becker@chemie.uni-goettingen.example>'),
           ("To", WD),
           ("Subject", "Anmeldung Gruppe GRK 2782 zum International Welcome Day"),
           ("Thread-Topic", "Anmeldung Gruppe GRK 2782 zum International Welcome Day"),
           ("Thread-Index", "AdvxE3kQm0Yb2c8hR4uLw5pZ7nT1aQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1734C2D9E8A4B6F1@FR3P281MB1734.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_TEXT, outlook_html(BECKER_TEXT, lang="DE", charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Korean, EUC-KR base64 (older Naver style): the president of the Korean
# students' association, 5 persons incl. himself; 1st W3, 2nd W2.

PARK_TEXT = """안녕하세요,

괴팅겐 한인학생회 회장 박지우입니다.
10월 16일 International Welcome Day에 저희 학생회 신입 회원들과 함께 참가 신청을 하려고 합니다.

참가 인원: 총 5명 (저 포함)
희망 워크숍: 1지망 W3 (Language Cafe), 2지망 W2 (집 구하기)

대부분 이번 학기에 처음 독일에 온 학생들이라 독일어 회화와 방 구하기에 관심이 많습니다.
명단이 필요하시면 말씀해 주세요. 바로 보내 드리겠습니다.

감사합니다.

박지우 드림
괴팅겐 한인학생회 회장"""


@mail("park-korean-students-association-euckr", "2027-09-07 16:20:37",
      E("registration", "jiwoo.park@naver.example", "박지우", "괴팅겐 한인학생회",
        ["W3", "W2"], 5, "ko"), "ko")
def _(m):
    m.head(("From", addr("박지우", "jiwoo.park@naver.example", "euc-kr", "b")),
           ("To", WD),
           ("Subject", ew("[괴팅겐 한인학생회] Welcome Day 단체 참가 신청합니다", "euc-kr", "b")),
           ("Date", m.date),
           ("Message-ID", "<a41f7c2e9d3b58e0c6a2@cweb012.nm.naver.example>"),
           ("X-Naver-ESV", "ZvI9Kq2XFoKdHqCrFqCXHqCdFqExHqE0HqEq"),
           ("MIME-Version", "1.0"))
    m.alternative(PARK_TEXT, div_html(PARK_TEXT, "font-family: 나눔고딕, NanumGothic; font-size: 10pt;"),
                  charset="euc-kr", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Nigerian students' union, plain from Gmail on a phone: 7 members incl. the
# president, numbered list of names, W1 first then W2.  The signature names
# the union and the university: organisation = the union (he writes for it).

@mail("okafor-nigerian-students-union-seven", "2027-09-08 13:02:16",
      E("registration", "emeka.okafor@gmail.example", "Chukwuemeka Okafor",
        "Nigerian Students' Union Göttingen", ["W1", "W2"], 7, "en"), "en")
def _(m):
    m.head(("From", "Emeka Okafor <emeka.okafor@gmail.example>"),
           ("To", WD),
           ("Subject", "Group registration – Nigerian Students' Union Göttingen"),
           ("Date", m.date),
           ("Message-ID", "<CAF3mRz8bN1qT5wE7yK2pLd9sHc4vGj6uX0aM3oB8rZ1nW5eYq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Welcome Day Team,

Warm greetings from the Nigerian Students' Union Göttingen (NSU).

On behalf of the union I wish to register seven (7) of our members for the International Welcome Day, myself inclusive. Most of them are fresh students who just resumed this winter semester.

Names:
1. Chukwuemeka Okafor (President)
2. Blessing Eze
3. Ibrahim Musa Danjuma
4. Tolulope Bankole
5. Chiamaka Nwosu
6. Abdulrahman Yusuf
7. Ifeoluwa Ogunleye

Workshop choice: W1 first, then W2. The issue of accommodation and residence permit is giving our new members serious headache, so those two sessions will be of great help.

Please do confirm receipt.

Best regards,
Chukwuemeka (Emeka) Okafor
President, Nigerian Students' Union Göttingen
M.Sc. Crop Protection, University of Göttingen

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Brazilian Portuguese, Apple Mail multipart/alternative: he and his pregnant
# wife (2; the baby is not born yet), W4 first, W3 if possible.

ALBUQUERQUE_TEXT = """Olá, equipe do Welcome Centre!

Tudo bem? Escrevo em português porque um colega me disse que vocês têm gente que entende – se não for possível, me avisem que eu reescrevo em inglês.

Gostaria de inscrever a mim e à minha esposa, Juliana, no Welcome Day do dia 16 de outubro. Somos duas pessoas (a Juliana está grávida de oito meses, então talvez a gente precise sair um pouco mais cedo).

Temos interesse principalmente no workshop W4, sobre creches e vida em família – nossa filha deve nascer no começo de novembro e ainda não entendemos nada do sistema de Kita. Se der, também gostaríamos de participar do W3 (Language Café), porque a Juliana acabou de começar o curso de alemão.

Muito obrigado e um abraço,
Thiago

Thiago Albuquerque Santos
Pós-doutorando – Departamento de Ciências Florestais
Universität Göttingen"""


@mail("albuquerque-portuguese-couple-apple", "2027-09-08 18:55:49",
      E("registration", "thiago.santos@forst.uni-goettingen.example", "Thiago Albuquerque Santos",
        "Universität Göttingen", ["W4", "W3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Thiago Albuquerque Santos <thiago.santos@forst.uni-goettingen.example>"),
           ("To", WD),
           ("Subject", ew("Inscrição – International Welcome Day (2 pessoas)", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<4B7E2C19-8F3A-4D61-9E05-C2A7B1D83F64@forst.uni-goettingen.example>"),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(ALBUQUERQUE_TEXT, apple_html(ALBUQUERQUE_TEXT), style="apple")


# -- 010 ---------------------------------------------------------------------
# Question from Tehran (+0330): can the office write a letter for his visa
# appointment, and can he register before enrolment?  He will register only
# later (he does: 034) -> question.  multipart/mixed with his admission
# letter as PDF.

KARIMI_TEXT = """Dear Welcome Centre team,

I hope this email finds you well. I have been admitted as a doctoral candidate at the Institute of Geography (supervisor: Prof. Dr. Bettina Kraus), starting on 1 October 2027. Unfortunately my visa appointment at the German Embassy in Tehran is only on 21 September, and the processing may take a few weeks.

I saw the announcement of the International Welcome Day and I would very much like to attend, especially the workshop about residence permits. I have two questions:

1. Is it possible for your office to issue a short letter saying that I am invited to this event? The embassy asked for any document that shows my planned activities in Göttingen. I attach my admission letter for reference.
2. Can I register even though I am not enrolled yet and do not know my exact arrival date?

I will register as soon as I know that I can be in Göttingen by mid-October.

Thank you very much in advance for your help.

Best regards,
Farhad Karimi
Incoming doctoral candidate, Institute of Geography
University of Göttingen"""

KARIMI_ID = "<CAOq4Jd7nR2xW8bT5vL1kZs9mHf3pYc6uE0gA4iN7tQ2wB5rXe@mail.gmail.example>"


@mail("karimi-visa-letter-question-pdf", "2027-09-09 08:40:02",
      E("question", "farhad.karimi.geo@gmail.example", "Farhad Karimi",
        "University of Göttingen", [], None, "en"), "en", tz=3.5)
def _(m):
    m.head(("From", "Farhad Karimi <farhad.karimi.geo@gmail.example>"),
           ("To", WD),
           ("Subject", "Invitation letter for visa appointment / Welcome Day"),
           ("Date", m.date),
           ("Message-ID", KARIMI_ID),
           ("MIME-Version", "1.0"))
    alt = m.alternative(KARIMI_TEXT, gmail_html(KARIMI_TEXT), style="gmail", top=False)
    pdf = m.binary(make_pdf(["Georg-August-Universitaet Goettingen",
                             "Faculty of Geosciences and Geography",
                             "Letter of admission to doctoral studies",
                             "Mr Farhad Karimi - Institute of Geography",
                             "Start of the doctorate: 1 October 2027"]),
                   "application", "pdf", "Admission_letter_Karimi.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 011 ---------------------------------------------------------------------
# HTML only from the university webmail (UTF-8, base64): the Iranian
# students' association, 9 persons, W2 then W3, asks for badges with the
# association's name (organisation = the association).

REZAEI_TEXT = """Dear organisers,

I am writing on behalf of the Iranian Students' Association Göttingen. We would like to register a group of 9 people (including myself) for the International Welcome Day on 16 October.

Our preferred workshop is W2 (housing) – finding a room is honestly the number one problem for our new members this semester. As a second choice we would take W3, the Language Café.

Would it be possible that everyone in the group gets a name badge with the association's name? Some of our members are a bit shy and it would help them to find each other during the day.

Many thanks and kind regards,
Sara Rezaei

Sara Rezaei, M.Sc.
PhD candidate, Faculty of Physics, University of Göttingen
Board member, Iranian Students' Association Göttingen"""


@mail("rezaei-iranian-students-html-only", "2027-09-10 12:10:27",
      E("registration", "sara.rezaei@phys.uni-goettingen.example", "Sara Rezaei",
        "Iranian Students' Association Göttingen", ["W2", "W3"], 9, "en"), "en")
def _(m):
    m.head(("From", "Sara Rezaei <sara.rezaei@phys.uni-goettingen.example>"),
           ("To", WD),
           ("Subject", "Registration: Iranian Students' Association (9 persons)"),
           ("Date", m.date),
           ("Message-ID", "<5d1c0e3a9b7f42e8a6c4b2d0e9f81a37@webmail.uni-goettingen.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(div_html(REZAEI_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Hindi (Devanagari), Gmail multipart/alternative, UTF-8 base64: a spouse
# registers herself, her husband and their daughter (3), W3 then W4.  She
# names no organisation; the display name is in Latin letters, the signature
# in Devanagari (label: the signature, see README).

VERMA_TEXT = """नमस्ते,

मेरा नाम सुनीता वर्मा है। मेरे पति डॉ. अनिल वर्मा इस साल जुलाई से यहाँ विश्वविद्यालय में पोस्टडॉक के रूप में काम कर रहे हैं, और मैं अपनी बेटी के साथ पिछले महीने गॉटिंगेन आई हूँ।

हम तीनों (मैं, मेरे पति और हमारी बेटी अनन्या, 6 साल) 16 अक्टूबर को International Welcome Day में आना चाहते हैं।

मेरी पहली पसंद W3 (Language Café) है, क्योंकि मुझे अभी जर्मन बिल्कुल नहीं आती। दूसरी पसंद W4 है – बच्चों के स्कूल के बारे में जानकारी चाहिए।

हिंदी में लिखने के लिए माफ़ कीजिए, मेरी अंग्रेज़ी थोड़ी कमज़ोर है।

धन्यवाद,
सुनीता वर्मा"""


@mail("verma-hindi-family-of-three", "2027-09-13 20:31:55",
      E("registration", "sunita.verma84@gmail.example", "सुनीता वर्मा", None,
        ["W3", "W4"], 3, "hi"), "hi")
def _(m):
    m.head(("From", "Sunita Verma <sunita.verma84@gmail.example>"),
           ("To", WD),
           ("Subject", "वेलकम डे के लिए पंजीकरण"),
           ("Date", m.date),
           ("Message-ID", "<CAHv5Nq1rT8wY3zB6xK9mLs2pDf7gJc4uA0eW5iO1tR8nQ3vZa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VERMA_TEXT, gmail_html(VERMA_TEXT), cte="base64", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Forward from a phone: the invitation (all five workshops) forwarded twice;
# the choice (W5, just himself) is only in the short new text on top.

ASANTE_TEXT = """Hello,

Please register me for the Welcome Day on 16 Oct, W5 (careers) – just myself. I'm in the field at the moment so excuse the brevity; I'll be back in Göttingen on the 8th.

Thanks,
Kofi

Dr Kofi Asante
Postdoctoral Researcher
Centre of Biodiversity and Sustainable Land Use
University of Göttingen

Sent from my phone"""

ASANTE_FWD = f"""---------- Forwarded message ---------
From: Petra Lindemann <petra.lindemann@uni-goettingen.example>
Date: Tue, 31 Aug 2027 at 14:02
Subject: WG: {INVITATION_SUBJECT}
To: cbl-all@lists.uni-goettingen.example <cbl-all@lists.uni-goettingen.example>


Liebe Alle, dear all,

FYI – please pass on to new international colleagues.

Petra

---------- Forwarded message ---------
From: {TO_WD_TEXT}
Date: Mon, 30 Aug 2027 at 09:45
Subject: {INVITATION_SUBJECT}
To: institutes@lists.uni-goettingen.example


{INVITATION}"""


@mail("asante-forward-from-the-field", "2027-09-14 09:03:12",
      E("registration", "k.asante@uni-goettingen.example", "Kofi Asante",
        "University of Göttingen", ["W5"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Kofi Asante <k.asante@uni-goettingen.example>"),
           ("To", WD),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB8rQ2mW5nT9xE1vL4kYs7pHd0fGj3uZ6aC2oN8tR1wX4eBq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = ASANTE_TEXT + "\n\n" + ASANTE_FWD
    m.alternative(text, gmail_html(text), style="gmail")


# -- 014 ---------------------------------------------------------------------
# Out-of-office to the confirmation of 013, recognisable only from its text:
# no Auto-Submitted, no X-Autoreply, a subject of its own making.

@mail("asante-fieldwork-autoreply-text-only", "2027-09-14 11:04:01",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Kofi Asante <k.asante@uni-goettingen.example>"),
           ("To", TO_WD),
           ("Subject", "Away on fieldwork (Re: " + CONFIRMATION_SUBJECT + ")"),
           ("Date", m.date),
           ("Message-ID", "<vacation.1789376641.k.asante@uni-goettingen.example>"),
           ("In-Reply-To", "<mailbot.20270914110350.a9c2@uni-goettingen.example>"),
           ("References", "<mailbot.20270914110350.a9c2@uni-goettingen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Thank you for your e-mail.

I am currently on fieldwork in the Kakum Conservation Area, Ghana, until
7 October 2027 and have only occasional internet access. I will reply to
your message after my return.

For urgent matters concerning the BioLand project, please contact
Dr. Miriam Vogt (miriam.vogt@uni-goettingen.example).

Best regards,
Kofi Asante
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Chinese English: will there be a certificate of attendance (for the CSC
# scholarship)?  "If there is certificate, I will register" -> question.

ZHANG_Q_TEXT = """Dear Sir or Madam,

I am a first semester master student in Forest and Ecosystem Sciences. I have heard about International Welcome Day from my tutor. I want to ask, after the event will we get a certificate of attendance? Because my scholarship (China Scholarship Council) require us to report the activities for integration every semester, and they need a proof.

If there is certificate, I will register for the workshops. And also, is it free of charge?

Thank you very much and looking forward to your reply!

Best wishes,
Zhang Yuting"""

ZHANG_Q_ID = "<6f2b1a9e.3c8d.18fc2a7b1e4.Coremail.yuting.zhang@stud.uni-goettingen.example>"


@mail("zhang-certificate-question", "2027-09-15 14:22:09",
      E("question", "yuting.zhang@stud.uni-goettingen.example", "Zhang Yuting",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", '"Zhang Yuting" <yuting.zhang@stud.uni-goettingen.example>'),
           ("To", WD),
           ("Subject", "Question about certificate of attendance"),
           ("Date", m.date),
           ("Message-ID", ZHANG_Q_ID),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),
           ("MIME-Version", "1.0"))
    m.alternative(ZHANG_Q_TEXT, div_html(ZHANG_Q_TEXT, "line-height:1.7;color:#000000;font-size:14px;font-family:Arial"),
                  charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Bilingual Korean/English vacation reply (Chuseok) to the programme-update
# mailing, with Auto-Submitted: auto-replied; sent from Korea (+0900).

@mail("kim-chuseok-vacation-autoreply", "2027-09-16 17:00:41",
      E("auto_reply"), "ko", tz=9)
def _(m):
    m.head(("From", addr("김민호", "minho.kim@uni-goettingen.example")),
           ("To", WD),
           ("Subject", ew("[자동응답] 추석 연휴 부재중 / Out of office: " + UPDATE_SUBJECT,
                          "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270916170041.minho.kim@uni-goettingen.example>"),
           ("In-Reply-To", UPDATE_ID),
           ("References", UPDATE_ID),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""안녕하세요.
추석 연휴로 9월 13일부터 9월 24일까지 한국에 머물고 있어 이메일 확인이 늦어질 수 있습니다.
복귀 후 바로 답장 드리겠습니다.

Thank you for your message. I am on leave in Korea for the Chuseok holidays
from 13 to 24 September 2027 and will have limited access to e-mail.
I will reply after my return.

김민호 / Min-ho Kim
""", charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# Exchange Online out-of-office (German/English) to the same mailing:
# "Automatische Antwort:", Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress, HTML + plain.

BECKER_OOO = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. September 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Dekanat der Fakultät für Chemie (dekanat@chemie.uni-goettingen.example).

Thank you for your message. I am out of the office until 20 September 2027 inclusive. For urgent matters please contact the Dean's Office of the Faculty of Chemistry (dekanat@chemie.uni-goettingen.example).

Hannah Becker"""


@mail("becker-exchange-ooo-de-en", "2027-09-16 08:00:52",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Becker, Hannah" <hannah.becker@chemie.uni-goettingen.example>'),
           ("To", TO_WD),
           ("Subject", "Automatische Antwort: " + UPDATE_SUBJECT),
           ("Thread-Topic", UPDATE_SUBJECT),
           ("Thread-Index", "AQHcJ2k9Wm4yTq8nR1vLx3pZ5bN7eQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB17346D0B2A9E7C41@FR3P281MB1734.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", UPDATE_ID),
           ("References", UPDATE_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "hannah.becker@chemie.uni-goettingen.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_OOO, outlook_html(BECKER_OOO, lang="DE"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Change, Gmail reply quoting the confirmation (W1, 7 persons): two more
# members -> 9; "Same workshops as before" states no new choice ([]).

OKAFOR_CONF_ID = "<mailbot.20270908130240.3b7e@uni-goettingen.example>"


@mail("okafor-change-seven-to-nine", "2027-09-17 08:50:33",
      E("change", "emeka.okafor@gmail.example", "Chukwuemeka Okafor", "NSU Göttingen",
        [], 9, "en"), "en")
def _(m):
    m.head(("From", "Emeka Okafor <emeka.okafor@gmail.example>"),
           ("To", TO_WD),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3mRz9dK4wP2yH6vN1qLs8tBc5xGj0uE7aM2oZ9rT4nW1eUp@mail.gmail.example>"),
           ("In-Reply-To", OKAFOR_CONF_ID),
           ("References", OKAFOR_CONF_ID),
           ("MIME-Version", "1.0"))
    new = """Good morning,

Thank you for the confirmation. Please kindly increase our number from 7 to 9. Two more members of the union (Grace Adebayo and Samuel Obi) arrived last weekend and they are very eager to join us.

Same workshops as before.

Thanks and God bless,
Emeka
NSU Göttingen"""
    attr = f"On Wed, 8 Sept 2027 at 13:02, {TO_WD_TEXT} wrote:"
    quoted = confirmation("Chukwuemeka Okafor", "W1", 7)
    plain = f"{new}\n\n{attr}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(new, attr, quoted), style="gmail")


# -- 019 ---------------------------------------------------------------------
# Chinese change in a QQ reply (GB18030, base64), quoting the confirmation
# under "原始邮件": 12 -> 15 persons, second choice W3 -> W2, W1 stays first.

LIU_CHANGE = """您好，

感谢确认！我们的报名需要做一点调整：
1. 人数从12人增加到15人，又有三位新同学（林书瑶、高文涛、马思琪）想一起参加。
2. 第二志愿想改成W2（找房子），不要W3了。大家讨论后觉得住房问题更紧迫。第一志愿W1不变。

麻烦您了，谢谢！

刘思远
哥廷根中国学生学者联合会"""


@mail("liu-cssa-change-fifteen-w1-w2", "2027-09-18 19:12:48",
      E("change", "1843920571@qq.example", "刘思远", "哥廷根中国学生学者联合会",
        ["W1", "W2"], 15, "zh"), "zh")
def _(m):
    conf_id = "<mailbot.20270901224738.c01d@uni-goettingen.example>"
    m.head(("From", addr("刘思远", "1843920571@qq.example", "gb18030", "b")),
           ("To", addr(WD_NAME, WD, "gb18030", "b")),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT, "gb18030", "b")),
           ("Date", m.date),
           ("Message-ID", "<tencent_3A9C7E1F5B2D8E4A60C1B7D9E2F4A6C8B309@qq.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
           ("X-Mailer", "QQMail 2.x"),
           ("MIME-Version", "1.0"))
    quote_head = (f"------------------ 原始邮件 ------------------\n"
                  f"发件人: \"{WD_NAME}\"<{WD}>;\n"
                  f"发送时间: 2027年9月1日(星期三) 晚上10:47\n"
                  f"收件人: \"刘思远\"<1843920571@qq.example>;\n"
                  f"主题: {CONFIRMATION_SUBJECT}")
    quoted = confirmation("刘思远", "W1", 12)
    plain = f"{LIU_CHANGE}\n\n\n{quote_head}\n\n\n{quoted}"
    html_body = qq_html(LIU_CHANGE) + (
        '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        + "<br>".join(esc(l) for l in quote_head.split("\n"))
        + "</div><div><br></div>"
        + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in quoted.split("\n")) + "\n")
    m.alternative(plain, html_body, charset="gb18030", cte="base64", style="qq")


# -- 020 ---------------------------------------------------------------------
# German, Outlook: a chair's secretary registers the new postdoc and his wife
# (2; she herself does not come), W2 then Language Café, and asks for the
# confirmation to go to him -> name and email are his; language de.

KRUEGER_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag von Frau Prof. Dr. Lorenz möchte ich unseren neuen Postdoc, Herrn Dr. Ahmad Rahimi, und seine Ehefrau für den International Welcome Day am 16. Oktober anmelden (2 Personen).

Herr Rahimi ist erst vor zwei Wochen angekommen, die beiden wohnen derzeit noch im Gästehaus der Universität. Daher wäre der Workshop zur Wohnungssuche (W2) für sie am wichtigsten, danach gern das Language Café.

Bitte senden Sie die Bestätigung direkt an Herrn Rahimi (ahmad.rahimi@uni-goettingen.example). Er spricht noch kein Deutsch, eine englische Bestätigung wäre also ideal.

Mit freundlichen Grüßen
Im Auftrag

Sabine Krüger
Sekretariat Prof. Dr. Wiebke Lorenz
Department für Agrarökonomie und Rurale Entwicklung
Georg-August-Universität Göttingen
Platz der Göttinger Sieben 5, 37073 Göttingen"""


@mail("krueger-secretary-registers-postdoc", "2027-09-20 11:00:19",
      E("registration", "ahmad.rahimi@uni-goettingen.example", "Ahmad Rahimi",
        "Georg-August-Universität Göttingen", ["W2", "W3"], 2, "de"), "de", tz=2)
def _(m):
    m.head(("From", '"Krüger, Sabine" <sabine.krueger@agr.uni-goettingen.example>'),
           ("To", WD),
           ("Cc", '"Rahimi, Ahmad" <ahmad.rahimi@uni-goettingen.example>'),
           ("Subject", "Anmeldung Dr. Ahmad Rahimi + Ehefrau"),
           ("Thread-Topic", "Anmeldung Dr. Ahmad Rahimi + Ehefrau"),
           ("Thread-Index", "AdwqB7Tn5Yk1Rm9cQ3vWx8pL2hZ4sA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2291A7E3C5D9B1F0@FR2P281MB2291.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KRUEGER_TEXT, outlook_html(KRUEGER_TEXT, lang="DE", charset="iso-8859-1"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Learner German from GMX, ISO-8859-1 8bit: "Workshop uber Wohnung (W2)",
# "auch Language Cafe"; self-introduction with the full name; no organisation.

@mail("tran-learner-german-gmx", "2027-09-21 15:30:44",
      E("registration", "maitran98@gmx.example", "Tran Thi Mai", None,
        ["W2", "W3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mai Tran <maitran98@gmx.example>"),
           ("To", WD),
           ("Subject", "anmeldung welcome day"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e9b4c71-8d0a-4f35-b6e2-91c7d3a5f048-1789997444721@3c-app-gmx-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Tran Thi Mai und komme aus Vietnam, ich studiere seit April hier Master Wirtschaftsinformatik. Ich habe Poster von Welcome Day in der Mensa gesehen und ich mochte gerne teilnehmen.

Ich mochte den Workshop uber Wohnung (W2), weil mein Vertrag von WG ist nur bis Dezember. Wenn noch Platz ist auch Language Cafe, mein Deutsch ist noch nicht so gut wie Sie sehen :)

Ich komme allein.

Vielen Dank und schöne Grüße
Mai
""", charset="iso-8859-1", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Change, Gmail reply quoting the confirmation (W4, 4 persons): the husband
# cannot come (-> 3) and W2 is dropped (-> [W4]).

@mail("hartwell-change-three-w4-only", "2027-09-22 09:18:02",
      E("change", "emily.hartwell@mpinat.example", "Emily Hartwell", None,
        ["W4"], 3, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270902080552.51fa@uni-goettingen.example>"
    m.head(("From", "Emily Hartwell <emily.hartwell@mpinat.example>"),
           ("To", TO_WD),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Rk4tY1sE8vN3qW6mZh9LdB2fGc5uK0aP7oJ3rX1wVn8eR@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    new = """Hi again,

Small change to our registration: Tom has to fly to a conference in Boston that week, so it'll be just me and the two kids – 3 people instead of 4.

And we'll skip W2 after all – we found an apartment in Weende (yay!!), so only W4 for us.

Thanks!
Emily"""
    attr = f"On Thu, Sep 2, 2027 at 8:05 AM {TO_WD_TEXT} wrote:"
    quoted = confirmation("Emily Hartwell", "W4", 4)
    plain = f"{new}\n\n{attr}\n\n{gt_quote(quoted)}"
    m.alternative(plain, gmail_html(new, attr, quoted), style="gmail")


# -- 023 ---------------------------------------------------------------------
# Predatory conference call for papers (other), HTML + plain, full of
# "registration", "workshops" and "early bird".

SPAM_TEXT = """Dear Esteemed Researcher,

Greetings from the Organizing Committee!

We are delighted to invite you to submit your valuable research to the 9th International Conference on Multidisciplinary Research, Science & Engineering (ICMRSE 2027), to be held on 27-28 November 2027 in Dubai, UAE (hybrid mode).

* All accepted papers will be published in Scopus-indexed partner journals
* Best Paper Award and Young Researcher Award
* Pre-conference workshops on Research Methodology and Grant Writing

Important dates:
Abstract submission: 15 October 2027
Early bird registration: 20 October 2027

To register, reply to this email with your name, affiliation and paper title, or visit https://icmrse-conference.example/registration

Limited seats available - register now to avail the early bird discount!

Warm regards,
Dr. A. K. Mehta
Conference Secretary, ICMRSE 2027

You are receiving this email because you are an active researcher. To unsubscribe, click https://icmrse-conference.example/unsubscribe"""


@mail("icmrse-conference-spam", "2027-09-23 13:45:10",
      E("other"), "en", tz=4)
def _(m):
    m.head(("From", '"ICMRSE 2027 Secretariat" <cfp@icmrse-conference.example>'),
           ("To", WD),
           ("Reply-To", "submission.icmrse@mail.example"),
           ("Subject", "[Call for Papers] ICMRSE 2027, Dubai - Scopus publication - Early bird registration open"),
           ("Date", m.date),
           ("Message-ID", "<20270923094510.61b3a9f0e2@bulk7.icmrse-conference.example>"),
           ("List-Unsubscribe", "<https://icmrse-conference.example/unsubscribe?u=9f31c7>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "PHPMailer 6.8.1"),
           ("MIME-Version", "1.0"))
    body = "".join(f"<p style=\"margin:0 0 6px 0\">{esc(l) if l else '&nbsp;'}</p>\n"
                   for l in SPAM_TEXT.split("\n"))
    html_text = ("<!DOCTYPE html><html><body style=\"font-family:Georgia,serif;color:#1a237e\">\n"
                 "<table width=\"600\" align=\"center\"><tr><td style=\"background:#1a237e;"
                 "color:#fff;font-size:22px;padding:12px\">ICMRSE 2027 &middot; Dubai</td></tr>"
                 f"<tr><td>\n{body}</td></tr></table></body></html>\n")
    m.alternative(SPAM_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Nigerian English from Outlook (HTML + plain), replying to the invitation,
# which is quoted under a From:/Sent:/To:/Subject: block.  She, her husband
# and three children (5); W4 first, W1 second.

OYELARAN_TEXT = """Dear Organisers,

Compliments of the season.

I wish to register myself, my husband (Mr. Babatunde Oyelaran) and our three children (ages 9, 6 and 2) for the International Welcome Day on the 16th of October. That makes five (5) persons in all.

I joined the Cognitive Ethology Laboratory as a postdoctoral fellow in August and my family joined me only last week, so we are really looking forward to the programme. Our first choice is the workshop for families (W4), because we urgently need a Kita place for the little one and information about schools for the older ones. Second choice: W1.

Could you kindly let me know if there will be food suitable for children at the venue?

Thank you and warm regards,

Dr. (Mrs.) Funmilayo Oyelaran
Postdoctoral Fellow, Cognitive Ethology Laboratory
German Primate Center – Leibniz Institute for Primate Research
Kellnerweg 4, 37077 Göttingen"""


@mail("oyelaran-family-of-five-outlook-reply", "2027-09-24 10:02:37",
      E("registration", "f.oyelaran@dpz.example", "Funmilayo Oyelaran",
        "German Primate Center – Leibniz Institute for Primate Research", ["W4", "W1"], 5, "en"), "en")
def _(m):
    m.head(("From", '"Oyelaran, Funmilayo" <f.oyelaran@dpz.example>'),
           ("To", TO_WD),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcGk3mT8vY2pWq5nR0xLb7zE1sAw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8824E1C7A5B3D90F@DB9PR03MB8824.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_WD_TEXT, "Monday, August 30, 2027 9:45 AM",
             "institutes@lists.uni-goettingen.example", INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(OYELARAN_TEXT, quote),
                  outlook_html(OYELARAN_TEXT, quote, lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Korean question from a PhD student's wife: is there childcare for a
# two-year-old (the play corner is for 3+), may the child come into W4?
# "돌봄이 가능하다면 바로 신청하겠습니다" = will register if so -> question.

@mail("lee-korean-childcare-question", "2027-09-25 17:33:26",
      E("question", "sujin.lee0412@daum.example", "이수진", None, [], None, "ko"), "ko")
def _(m):
    m.head(("From", addr("이수진", "sujin.lee0412@daum.example")),
           ("To", WD),
           ("Subject", "웰컴 데이 아이 돌봄 문의드립니다"),
           ("Date", m.date),
           ("Message-ID", "<20270925173326.e4b1c9a7f2d3@smail7.daum.example>"),
           ("X-Mailer", "Daum Web Mailer 1.1"),
           ("MIME-Version", "1.0"))
    m.single("""안녕하세요.

남편이 괴팅겐 대학교 물리학과 박사과정 학생이라, 지난달에 두 살 된 딸과 함께 독일에 왔습니다.
10월 16일 Welcome Day에 가족이 같이 참석하고 싶은데 몇 가지 여쭤보고 싶어서 메일 드립니다.

1. 초대장에 놀이 공간은 3세 이상이라고 되어 있던데, 두 살 아이도 맡길 수 있는 돌봄이 있을까요?
2. 안 된다면 아이를 데리고 W4 워크숍에 같이 들어가도 괜찮을까요?

돌봄이 가능하다면 바로 신청하겠습니다.
영어로 답장 주셔도 괜찮습니다.

감사합니다.
이수진 드림
""", charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# British junior group leader (Outlook for Mac, HTML + plain): her lab of
# seven including herself, W1 first, W5 second.

THORNTON_TEXT = """Hi there,

I'd like to register my group for the International Welcome Day on 16 October. We're seven in total including me – six of us arrived in Göttingen over the summer (three PhD students, two postdocs and a visiting researcher), so the timing is rather good.

Could you put us down for W1 (residence permits) as first choice? Our department admin has been brilliant, but there are still plenty of open questions with the Ausländerbehörde. W5 would be a sensible second choice for the postdocs.

Happy to send a list of names if that's useful.

Many thanks,
Rebecca

--
Dr Rebecca Thornton
Junior Research Group Leader
Campus Institute for Dynamics of Biological Networks
University of Göttingen"""

THORNTON_ID = "<LO2P265MB5127B9E3A1C7D4F2@LO2P265MB5127.GBRP265.PROD.OUTLOOK.example>"


@mail("thornton-lab-of-seven-outlook-mac", "2027-09-27 08:10:58",
      E("registration", "rebecca.thornton@uni-goettingen.example", "Rebecca Thornton",
        "University of Göttingen", ["W1", "W5"], 7, "en"), "en")
def _(m):
    m.head(("From", "Rebecca Thornton <rebecca.thornton@uni-goettingen.example>"),
           ("To", WD),
           ("Subject", "Lab registration for Welcome Day (7 people)"),
           ("Thread-Topic", "Lab registration for Welcome Day (7 people)"),
           ("Thread-Index", "AQHcL9wT2mX5vR8nQ1yLb4pZ7sE0kA=="),
           ("Date", m.date),
           ("Message-ID", THORNTON_ID),
           ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    mac = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "</head><body><div class=\"WordSection1\">"
           + "".join(f"<p class=\"MsoNormal\"><span style=\"font-size:11.0pt\">"
                     f"{esc(l) if l else '&nbsp;'}</span></p>" + "\n" for l in THORNTON_TEXT.split("\n"))
           + "</div></body></html>\n")
    m.alternative(THORNTON_TEXT, mac, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# German change, Outlook HTML only (windows-1252), quoting the German
# confirmation (W1, 6) under Von:/Gesendet:; one student's visa is late ->
# 5 persons, the workshops stay ([]).

BECKER_CHANGE = """Liebes Welcome-Team,

eine kleine Änderung für unsere Gruppe: Frau Okonkwo hat ihr Visum leider immer noch nicht erhalten und wird erst im November einreisen. Wir sind daher nur noch 5 Personen. An den Workshops ändert sich nichts.

Viele Grüße
Hannah Becker"""


@mail("becker-change-six-to-five-html-only", "2027-09-28 08:30:15",
      E("change", "hannah.becker@chemie.uni-goettingen.example", "Hannah Becker", None,
        [], 5, "de"), "de", tz=0)
def _(m):
    conf_id = "<mailbot.20270906101412.e8a0@uni-goettingen.example>"
    m.head(("From", '"Becker, Hannah" <hannah.becker@chemie.uni-goettingen.example>'),
           ("To", TO_WD),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT_DE),
           ("Thread-Topic", CONFIRMATION_SUBJECT_DE),
           ("Thread-Index", "AQHcHx1kT9mP3vW6nR2yLq8bZ5sE4xAAhB7c"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1734F4A2C8E6B0D3@FR3P281MB1734.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_WD_TEXT, "Montag, 6. September 2027 10:14",
             "Becker, Hannah <hannah.becker@chemie.uni-goettingen.example>",
             CONFIRMATION_SUBJECT_DE, confirmation("Frau Dr. Becker", "W1", 6, "de"))
    m.single(outlook_html(BECKER_CHANGE, quote, labels="de", lang="DE", charset="windows-1252"),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Brazilian students' association, written in English with a Portuguese
# sign-off (language en); 4 persons, W3 then W2; a side question about the
# level of the Language Café.

MENDES_TEXT = """Hi!

My name is Larissa Mendes, I'm one of the organizers of the Associação dos Estudantes Brasileiros em Göttingen. We'd love to join the Welcome Day with some of our new members – we are 4 people in total, me included.

Workshops: W3 (Language Café) would be our favourite, and W2 as a backup. One of the girls also asked if the Language Café is only for beginners or also for people who already have B1?

Thank you so much, see you there!

Abraços,
Larissa Mendes
Associação dos Estudantes Brasileiros em Göttingen
M.A. student, Modern Indian Studies"""


@mail("mendes-brazilian-association-english", "2027-09-29 21:14:36",
      E("registration", "larissa.mendes.aebg@gmail.example", "Larissa Mendes",
        "Associação dos Estudantes Brasileiros em Göttingen", ["W3", "W2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Larissa Mendes <larissa.mendes.aebg@gmail.example>"),
           ("To", WD),
           ("Subject", "Registration – Brazilian students (4 people)"),
           ("Date", m.date),
           ("Message-ID", "<CAM2vPq7xR4tY9wB1nK6mLs3zDf8gHc5uJ0eA7iQ2oT9rW4vXb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MENDES_TEXT, gmail_html(MENDES_TEXT), style="gmail")


# -- 029 ---------------------------------------------------------------------
# Question (Bangladeshi English): may his visiting parents come, and can he
# register all three in one mail?  He asks, he does not register yet.

@mail("ahmed-parents-visiting-question", "2027-09-30 09:30:07",
      E("question", "tanvir.ahmed@stud.uni-goettingen.example", "Tanvir Ahmed",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Tanvir Ahmed <tanvir.ahmed@stud.uni-goettingen.example>"),
           ("To", WD),
           ("Subject", "Can my parents also come?"),
           ("Date", m.date),
           ("Message-ID", "<d7e3a1f0-5b29-4c8e-9a16-2f4b8c0d7e93@stud.uni-goettingen.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.2.3esr"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

My parents are visiting me from Dhaka from 5 to 25 October (Schengen
visit visa). Is it allowed to bring them to the International Welcome
Day, or is it only for students and researchers? They don't speak
English very well, so they would mostly join the general programme and
the lunch, not the workshops.

Also, do they need to register separately, or can I register all three
of us in one mail?

Thank you,
Tanvir Ahmed
B.Sc. Applied Computer Science, 5th semester
""", charset="utf-8", cte="7bit", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# A graduate school's newsletter (German first, then English) that announces
# the Welcome Day, names W1, W2, W5 and the registration address -> other.

GAUSS_TEXT = """GAUSS Newsletter Oktober 2027 / October 2027
=============================================

Liebe Promovierende, dear doctoral researchers,

[DE]

1. International Welcome Day am 16. Oktober
Das Welcome Centre lädt alle neuen internationalen Promovierenden und ihre Familien ins ZHG ein. Am Nachmittag gibt es fünf Workshops, u. a. zu Aufenthaltstiteln (W1), zur Wohnungssuche (W2) und zu Karrierewegen (W5). Anmeldung bis 8. Oktober formlos per E-Mail an welcome-day@uni-goettingen.example.

2. Kurs „Gute wissenschaftliche Praxis“
Neue Termine am 11. und 25. November; Anmeldung über das Kursportal.

3. Abgabetermine für Dissertationen
Wer im Wintersemester disputieren möchte, reicht die Arbeit bitte bis zum 15. Januar ein.

[EN]

1. International Welcome Day on 16 October
The Welcome Centre invites all new international doctoral researchers and their families to the ZHG. In the afternoon there are five workshops, e.g. on residence permits (W1), flat hunting (W2) and careers (W5). Register by 8 October with an informal e-mail to welcome-day@uni-goettingen.example.

2. Good Scientific Practice course
New dates on 11 and 25 November; please register via the course portal.

3. Thesis submission deadlines
If you plan to defend in the winter semester, please submit your thesis by 15 January.

--
Sie erhalten diesen Newsletter als Mitglied von GAUSS. / You receive this newsletter as a member of GAUSS.
Abmelden / Unsubscribe: https://lists.uni-goettingen.example/gauss-news/unsubscribe"""


@mail("gauss-newsletter-announces-welcome-day", "2027-10-01 11:11:00",
      E("other"), "de")
def _(m):
    m.head(("From", "GAUSS Graduate Office <newsletter@gauss.uni-goettingen.example>"),
           ("To", "gauss-news@lists.uni-goettingen.example"),
           ("Subject", "GAUSS Newsletter Oktober 2027 / October 2027"),
           ("Date", m.date),
           ("Message-ID", "<gauss-news-2027-10.1790845860@gauss.uni-goettingen.example>"),
           ("List-Id", "GAUSS news <gauss-news.lists.uni-goettingen.example>"),
           ("List-Unsubscribe", "<https://lists.uni-goettingen.example/gauss-news/unsubscribe>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"))
    m.alternative(GAUSS_TEXT, div_html(GAUSS_TEXT, "font-family: Georgia, serif; font-size: 14px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Indian students' association from its shared Gmail box (display name = the
# association): a table of 10 members, W2 then W1; the writer is the general
# secretary (name from the signature).  HTML has a real <table>.

ISA_ROWS = [
    ("1", "Priya Raghunathan", "PhD, Molecular Biology"),
    ("2", "Aditya Kulkarni", "M.Sc. Physics"),
    ("3", "Mohammed Irfan Shaikh", "M.Sc. Applied Data Science"),
    ("4", "Sneha Iyengar", "M.Sc. Molecular Life Sciences"),
    ("5", "Harpreet Kaur Sandhu", "PhD, Agricultural Sciences"),
    ("6", "Vikram Choudhary", "M.Sc. Computer Science"),
    ("7", "Ananya Bhattacharya", "M.A. Modern Indian Studies"),
    ("8", "Rohan Deshpande", "M.Sc. Crop Protection"),
    ("9", "Lakshmi Narayanan", "M.Sc. Sustainable International Agriculture"),
    ("10", "Arjun Menon", "PhD, Geosciences"),
]

ISA_TOP = """Dear Team,

Greetings from the Indian Students Association Göttingen!

We would like to register the following members of ISA Göttingen for the International Welcome Day 2027 on 16th October. Totally 10 persons including me."""

ISA_BOTTOM = """Workshop preference: W2 (Housing) first and W1 second. Many of our new members are staying in temporary accommodation and are quite worried about finding a room before winter.

Also, kindly let us know whether vegetarian food will be available for lunch, as most of our members are vegetarian.

Looking forward to your confirmation.

Warm regards,
Priya Raghunathan
General Secretary
Indian Students Association Göttingen"""


@mail("raghunathan-indian-students-table-of-ten", "2027-10-04 16:45:22",
      E("registration", "isa.goettingen@gmail.example", "Priya Raghunathan",
        "Indian Students Association Göttingen", ["W2", "W1"], 10, "en"), "en")
def _(m):
    m.head(("From", addr("Indian Students Association Göttingen", "isa.goettingen@gmail.example")),
           ("To", WD),
           ("Subject", "Registration of ISA Göttingen members - International Welcome Day 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAKd8Tq3wN6yR1vB4xM9pLs5zHf2gJc7uE0aQ3iO8tW1nY6rZc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    table_plain = "S.No. | Name | Programme\n" + "\n".join(" | ".join(r) for r in ISA_ROWS)
    plain = f"{ISA_TOP}\n\n{table_plain}\n\n{ISA_BOTTOM}"
    cells = "".join(
        "<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{esc(c)}</td>" for c in r)
        + "</tr>\n" for r in ISA_ROWS)
    table_html = ("<table style=\"border-collapse:collapse\">\n<tr><th>S.No.</th><th>Name</th>"
                  f"<th>Programme</th></tr>\n{cells}</table>\n")
    html_text = gmail_html(ISA_TOP).replace("</div>\n</div>\n", "</div>\n<br>\n" + table_html
                                             + "<br>\n</div>\n", 1)
    html_text = html_text[:-len("</div>\n")] + "".join(
        f"<div>{esc(l) if l else '<br>'}</div>\n" for l in ISA_BOTTOM.split("\n")) + "</div>\n"
    m.alternative(plain, html_text, style="gmail")


# -- 032 ---------------------------------------------------------------------
# Portuguese cancellation from an iPhone, quoting the confirmation below the
# text (iOS: "Em ..., escreveu:"): the baby came early.

@mail("albuquerque-cancel-baby-arrived-iphone", "2027-10-05 08:20:40",
      E("cancellation", "thiago.santos@forst.uni-goettingen.example", "Thiago Albuquerque Santos",
        None, [], None, "pt"), "pt")
def _(m):
    conf_id = "<mailbot.20270908185602.77c3@uni-goettingen.example>"
    m.head(("From", "Thiago Albuquerque Santos <thiago.santos@forst.uni-goettingen.example>"),
           ("To", TO_WD),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9D31F6A2-7C4E-4B85-A0D7-3E8B2C5F19A6@forst.uni-goettingen.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    quoted = confirmation("Thiago Albuquerque Santos", "W4", 2)
    m.single(f"""Olá!

Infelizmente vamos ter que cancelar nossa inscrição no Welcome Day: a Maria Clara resolveu chegar quatro semanas antes do previsto e nasceu no sábado passado! Mãe e bebê estão bem, mas obviamente não vamos conseguir ir no dia 16.

Obrigado de qualquer forma e boa sorte com o evento!

Abraço,
Thiago

Enviado do meu iPhone

> Em 8 de set. de 2027, à(s) 18:56, {TO_WD_TEXT} escreveu:
>
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Follow-up to 015 (Coremail reply quoting the coordinator's answer with ">"):
# now she registers, W3 and W5, one person.

ZHANG_ANSWER = """Dear Ms Zhang,

yes – every participant can get a certificate of attendance at the information desk at the end of the day, and participation is free of charge. Just reply to this e-mail with the workshop(s) you would like to join.

Best regards
Katrin Albrecht-Nowak
Welcome Centre – International Office
University of Göttingen"""

ZHANG_REG = """Dear Ms Albrecht-Nowak,

Thank you very much for your quick answer! Then I want to register. Please register me for W3 Language Cafe and also W5 careers workshop. Only me, one person.

Best wishes,
Zhang Yuting
M.Sc. Forest and Ecosystem Sciences
Georg-August-Universität Göttingen"""


@mail("zhang-registers-after-answer-coremail", "2027-10-05 14:02:51",
      E("registration", "yuting.zhang@stud.uni-goettingen.example", "Zhang Yuting",
        "Georg-August-Universität Göttingen", ["W3", "W5"], 1, "en"), "en")
def _(m):
    ans_id = "<4a8e2c1f-b7d3-4e96-8a05-c3f1d9b2e7a4@uni-goettingen.example>"
    m.head(("From", '"Zhang Yuting" <yuting.zhang@stud.uni-goettingen.example>'),
           ("To", "Welcome Centre <welcome-day@uni-goettingen.example>"),
           ("Subject", "Re:Re: Question about certificate of attendance"),
           ("Date", m.date),
           ("Message-ID", "<2c7e9b4d.5a1f.18fe0c3d2b7.Coremail.yuting.zhang@stud.uni-goettingen.example>"),
           ("In-Reply-To", ans_id),
           ("References", f"{ZHANG_Q_ID} {ans_id}"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),
           ("MIME-Version", "1.0"))
    attr = "At 2027-09-16 09:12:33, \"Welcome Centre\" <welcome-day@uni-goettingen.example> wrote:"
    plain = f"{ZHANG_REG}\n\n\n\n\n{attr}\n{gt_quote(ZHANG_ANSWER, '>')}"
    html_text = (div_html(ZHANG_REG, "line-height:1.7;color:#000000;font-size:14px;font-family:Arial")
                 .replace("</body></html>\n", "")
                 + f"<div style=\"position:relative;zoom:1\"><br>{esc(attr)}<blockquote id=\"isReplyContent\" "
                 "style=\"PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid\">"
                 + "<br>".join(esc(l) for l in ZHANG_ANSWER.split("\n"))
                 + "</blockquote></div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Follow-up to 010, now in Göttingen: Gmail reply quoting the office's answer
# (which mentions the registration deadline); registers for W1, alone.

KARIMI_ANSWER = """Dear Mr Karimi,

thank you for your message. Please find attached a short letter confirming that you are welcome to attend the International Welcome Day on 16 October. Enrolment is not required: you can register at any time before 8 October by replying to this e-mail.

We keep our fingers crossed for your visa!

Best regards
Katrin Albrecht-Nowak
Welcome Centre – International Office
University of Göttingen"""

KARIMI_REG = """Dear Ms Albrecht-Nowak,

Thank you again for the letter – it really helped at the embassy. Good news: I received my visa last week and I will arrive in Göttingen on 11 October.

So now I would like to register for the Welcome Day, workshop W1 (residence permits). It will be just me.

Best regards,
Farhad Karimi
Doctoral candidate, Institute of Geography
University of Göttingen"""


@mail("karimi-registers-after-visa-gmail-reply", "2027-10-06 12:00:14",
      E("registration", "farhad.karimi.geo@gmail.example", "Farhad Karimi",
        "University of Göttingen", ["W1"], 1, "en"), "en", tz=3.5)
def _(m):
    ans_id = "<7b2d9e4a-1c6f-4a83-b5e0-d8c2f7a1e394@uni-goettingen.example>"
    m.head(("From", "Farhad Karimi <farhad.karimi.geo@gmail.example>"),
           ("To", "Welcome Centre <welcome-day@uni-goettingen.example>"),
           ("Subject", "Re: Invitation letter for visa appointment / Welcome Day"),
           ("Date", m.date),
           ("Message-ID", "<CAOq4Jd9pT5yW2bR8vL3kZs1mHf6qYc0uE4gA7iN2tQ5wB8rXg@mail.gmail.example>"),
           ("In-Reply-To", ans_id),
           ("References", f"{KARIMI_ID} {ans_id}"),
           ("MIME-Version", "1.0"))
    attr = ("On Mon, 13 Sept 2027 at 13:50, Welcome Centre "
            "<welcome-day@uni-goettingen.example> wrote:")
    plain = f"{KARIMI_REG}\n\n{attr}\n\n{gt_quote(KARIMI_ANSWER)}"
    m.alternative(plain, gmail_html(KARIMI_REG, attr, KARIMI_ANSWER), style="gmail")


# -- 035 ---------------------------------------------------------------------
# Nigerian English cancellation of the whole family (024), Outlook reply
# quoting the confirmation (W4, 5 persons).

OYELARAN_CANCEL = """Dear Organisers,

I regret to inform you that my family and I will no longer be able to attend the Welcome Day. Our youngest has come down with chickenpox and the doctor has advised us to keep all the children at home for the next two weeks.

Kindly cancel our registration (5 persons) so that other families can use the places.

Thank you for your understanding.

Dr. (Mrs.) Funmilayo Oyelaran"""


@mail("oyelaran-cancel-chickenpox-outlook", "2027-10-07 19:05:09",
      E("cancellation", "f.oyelaran@dpz.example", "Funmilayo Oyelaran", None,
        [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270924100244.2f6b@uni-goettingen.example>"
    m.head(("From", '"Oyelaran, Funmilayo" <f.oyelaran@dpz.example>'),
           ("To", TO_WD),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcLm2xT7vY4pWq1nR6xLb9zE3sAwABc2Dk"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB88247A2E9C1F5B36@DB9PR03MB8824.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_WD_TEXT, "Friday, September 24, 2027 10:02 AM",
             "Oyelaran, Funmilayo <f.oyelaran@dpz.example>", CONFIRMATION_SUBJECT,
             confirmation("Dr. Funmilayo Oyelaran", "W4", 5))
    m.alternative(outlook_plain(OYELARAN_CANCEL, quote),
                  outlook_html(OYELARAN_CANCEL, quote, lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# British change (Outlook for Mac reply quoting the confirmation, W1, 7):
# swap the order -> [W5, W1]; "Still seven of us" changes no number.

THORNTON_CHANGE = """Hi,

Quick update on our registration – having talked it through with the group, we'd actually prefer W5 as our first choice and W1 only as the fallback; most of the residence permit questions have been sorted out in the meantime. Still seven of us.

Cheers,
Rebecca"""


@mail("thornton-change-w5-first-mac", "2027-10-08 12:40:31",
      E("change", "rebecca.thornton@uni-goettingen.example", "Rebecca Thornton", None,
        ["W5", "W1"], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270927081104.90ad@uni-goettingen.example>"
    m.head(("From", "Rebecca Thornton <rebecca.thornton@uni-goettingen.example>"),
           ("To", TO_WD),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB51270C4D8E2F6A19@LO2P265MB5127.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", f"{THORNTON_ID} {conf_id}"),
           ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (TO_WD_TEXT, "Monday, 27 September 2027 at 08:11",
             "Rebecca Thornton <rebecca.thornton@uni-goettingen.example>", CONFIRMATION_SUBJECT,
             confirmation("Dr Rebecca Thornton", "W1", 7))
    m.alternative(outlook_plain(THORNTON_CHANGE, quote),
                  outlook_html(THORNTON_CHANGE, quote, lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Exchange NDR (English) for the 7-day reminder to a researcher who has left
# the institute: multipart/report with text+HTML, delivery-status and the
# returned reminder; Final-Recipient in mixed case.

NDR_TEXT = """Delivery has failed to these recipients or groups:

J.Moreno-Ruiz@mpinat.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: EXCH02.mpinat.example

J.Moreno-Ruiz@mpinat.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mx1.uni-goettingen.example (198.51.100.25) by EXCH02.mpinat.example
 (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.11; Sat, 9 Oct 2027
 09:30:38 +0200
From: International Welcome Day Göttingen <welcome-day@uni-goettingen.example>
To: Javier Moreno Ruiz <J.Moreno-Ruiz@mpinat.example>
Subject: Reminder: International Welcome Day Göttingen 2027 on Saturday, 16 October
Date: Sat, 9 Oct 2027 09:30:35 +0200
Message-ID: <mailbot.reminder.20271009093035.6e12@uni-goettingen.example>
Auto-Submitted: auto-generated"""


@mail("exchange-ndr-reminder-recipient-not-found", "2027-10-09 09:30:41",
      E("bounce", bounced="j.moreno-ruiz@mpinat.example"), "en")
def _(m):
    rcpt = "J.Moreno-Ruiz@mpinat.example"
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mpinat.example>"),
           ("To", WD),
           ("Subject", "Undeliverable: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f9c1e7a-82b4-4d06-a5e1-0c7d2b9f4e68@EXCH02.mpinat.example>"),
           ("In-Reply-To", "<mailbot.reminder.20271009093035.6e12@uni-goettingen.example>"),
           ("References", "<mailbot.reminder.20271009093035.6e12@uni-goettingen.example>"),
           ("Content-Language", "en-US"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    ndr_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"
                "</head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
                "Delivery has failed to these recipients or groups:</font></b></p>\n"
                f"<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>\n"
                "The email address you entered couldn't be found. Please check the recipient's email "
                "address and try to resend the message. If the problem continues, please contact your "
                "helpdesk.<br>\n</p></font>\n<p><font face=\"Tahoma\" size=\"2\"><b>Diagnostic information "
                "for administrators:</b></font></p>\n<p><font face=\"Tahoma\" size=\"2\">Generating server: "
                f"EXCH02.mpinat.example<br>\n<br>\n{rcpt}<br>\nRemote Server returned '550 5.1.10 "
                "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'<br>\n"
                "</font></p></body></html>\n")
    alt = m.multi("alternative", [m.text(NDR_TEXT, "plain", "utf-8", "quoted-printable"),
                                  m.text(ndr_html, "html", "us-ascii", "quoted-printable")],
                  top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.mpinat.example"),
         ("Received-From-MTA", "dns;mx1.uni-goettingen.example"),
         ("Arrival-Date", "Sat, 9 Oct 2027 07:30:38 +0000")],
        [("Original-Recipient", f"rfc822;{rcpt}"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    inner = sent_message(f"Javier Moreno Ruiz <{rcpt}>", REMINDER_SUBJECT,
                         reminder("Javier Moreno Ruiz", "W3", 1), "Sat, 09 Oct 2027 09:30:35 +0200",
                         "<mailbot.reminder.20271009093035.6e12@uni-goettingen.example>",
                         auto="auto-generated")
    m.multi("report", [alt, dsn, rfc822_part(inner, "Undelivered Message")],
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Indian English cancellation replying to the reminder (Outlook, HTML +
# plain, quoting the reminder for W1 under From:/Sent:).

IYER_CANCEL = """Dear Sir/Madam,

Thank you for the reminder. I regret to inform that I will not be able to attend the Welcome Day as I have to travel to Chennai urgently for my sister's marriage which has been preponed to 17th October. Kindly cancel my registration and give my seat to some other person.

Sorry for the inconvenience caused.

Thanks and Regards,
Ravi Shankar Iyer
Doctoral Researcher
Institute of Computer Science
Georg-August-Universität Göttingen"""


@mail("iyer-cancel-reply-to-reminder", "2027-10-09 10:20:03",
      E("cancellation", "ravi.iyer@cs.uni-goettingen.example", "Ravi Shankar Iyer",
        "Georg-August-Universität Göttingen", [], None, "en"), "en")
def _(m):
    rem_id = "<mailbot.reminder.20271009093002.1a4c@uni-goettingen.example>"
    m.head(("From", '"Iyer, Ravi Shankar" <ravi.iyer@cs.uni-goettingen.example>'),
           ("To", TO_WD),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<004a01dc18f3$2e9d7b10$8bd87130$@cs.uni-goettingen.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-in"),
           ("MIME-Version", "1.0"))
    quote = (TO_WD_TEXT, "Saturday, October 9, 2027 9:30 AM",
             "Iyer, Ravi Shankar <ravi.iyer@cs.uni-goettingen.example>", REMINDER_SUBJECT,
             reminder("Ravi Shankar Iyer", "W1", 1))
    m.alternative(outlook_plain(IYER_CANCEL, quote),
                  outlook_html(IYER_CANCEL, quote, lang="EN-IN", charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# German from a Ukrainian guest researcher (Thunderbird, UTF-8 8bit,
# format=flowed), after the deadline: she and her son (2), W4, else the
# Language Café.

@mail("kovalenko-late-german-with-son", "2027-10-12 22:10:27",
      E("registration", "anastasiia.kovalenko@uni-goettingen.example", "Anastasiia Kovalenko",
        "Georg-August-Universität Göttingen", ["W4", "W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Anastasiia Kovalenko <anastasiia.kovalenko@uni-goettingen.example>"),
           ("To", WD),
           ("Subject", "Späte Anmeldung – Welcome Day am Samstag"),
           ("Date", m.date),
           ("Message-ID", "<0e5b7d2c-9a41-4f83-b6c0-7d1e3a9f2b58@uni-goettingen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich weiß, dass die Anmeldefrist schon vorbei ist, aber vielleicht gibt
es noch freie Plätze? Ich bin seit Oktober als Gastwissenschaftlerin
(Philipp-Schwartz-Stipendium) am Seminar für Slavische Philologie und
habe erst heute von dem Welcome Day erfahren.

Ich möchte mich gern mit meinem Sohn Taras (14 Jahre) anmelden, also
2 Personen. Am meisten interessiert mich der Workshop für Familien (W4),
weil Taras noch keinen Schulplatz hat. Falls dieser schon voll ist,
nehmen wir gern das Language Café.

Vielen Dank im Voraus!

Mit freundlichen Grüßen
Dr. Anastasiia Kovalenko
Seminar für Slavische Philologie
Georg-August-Universität Göttingen
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 040 ---------------------------------------------------------------------
# Casual American English from an iPhone, two days before the event:
# "is it too late?" but with a count (2) and choices (W2, else careers)
# -> registration.  No signature: name from the display name.

@mail("mitchell-casual-iphone-late", "2027-10-14 23:55:18",
      E("registration", "jmitch.phd@gmail.example", "Jordan Mitchell", None,
        ["W2", "W5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Jordan Mitchell <jmitch.phd@gmail.example>"),
           ("To", WD),
           ("Subject", "welcome day!!"),
           ("Date", m.date),
           ("Message-ID", "<E4A9C2F7-1B3D-4E86-9F05-A7C3D1B8E2F6@gmail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""hey! is it too late to sign up for saturday? if not, me + my partner Sam please (2 ppl). we'd love the housing one (W2), we're still living out of a sublet in Grone lol. if that's full the careers one is fine too

thx so much!!
Jordan

Sent from my iPhone
""", charset="us-ascii", cte="7bit")



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


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        if tag in ("br", "div", "p", "tr", "td", "th"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.out.append(data)


def visible_text(msg):
    """Decoded From/Reply-To/Subject plus every text leaf (HTML without tags)."""
    chunks = []
    for h in ("From", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            chunks.append(str(make_header(decode_header(str(v)))))
    for p in leaves(msg):
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            s = _Strip()
            s.feed(t)
            t = "".join(s.out)
        chunks.append(t)
    return "\n".join(chunks)


def _norm(s):
    """Roughly what score.py compares: NFKC, casefold, punctuation to space."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(" " if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def check_label(e, text_lang, msg):
    """Problems with one expected.json record (checked against its mail)."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the workshop or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and _norm(em) not in seen:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def check(name, data, m, expected, text_lang):
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
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 30, tzinfo=CEST) <= when
            < datetime.datetime(2027, 10, 16, tzinfo=CEST)):
        problems.append(f"date {when} outside 30 Aug - 15 Oct 2027")
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
    # every address-like string and URL host must be an example domain
    # (decoded headers and bodies, nested messages included)
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language:  " + " ".join(f"{l:>3}" for l in langs))
    for k in KINDS:
        print(f"  {k:14}   " + " ".join(f"{table[(k, l)]:>3}" for l in langs))
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
