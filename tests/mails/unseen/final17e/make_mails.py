#!/usr/bin/env python3
"""Build the "final17e" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: threads inside associations.  Members of one association answer each
other with "Allen antworten" / reply-all, so the coordinator's mailbox
(mso-tag@muenster.example) is in To or Cc; they quote each other's
registrations ("gleiche AG wie Ahmet", "+1", "ich schließe mich an", "put me
down with Fatma's group"), a chair forwards an internal thread with one line,
members drop out inside the thread, and new wishes are written above the
coordinator's own reply-all confirmation.

Every mail text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files, reads every file back with
email.policy.default and checks it (see check()).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.
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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")


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
    given, otherwise left to the policy (UTF-8)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def P(person):
    """'Name <address>' as a mail client shows it in a quoted header block."""
    return f"{person[0]} <{person[1]}>"


def plist(*people, sep=", "):
    return sep.join(P(p) for p in people)


def gt(text):
    """Quote a text with '> ' before each line ('>' alone on empty lines)."""
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
# HTML renderings of plain texts (quoted parts become nested blockquotes)
# ---------------------------------------------------------------------------

def _depth_runs(lines):
    """Split lines into runs: ('text', [lines]) or ('quote', [unquoted lines])."""
    runs = []
    for line in lines:
        if line.startswith(">"):
            inner = line[2:] if line.startswith("> ") else line[1:]
            if runs and runs[-1][0] == "quote":
                runs[-1][1].append(inner)
            else:
                runs.append(("quote", [inner]))
        else:
            if runs and runs[-1][0] == "text":
                runs[-1][1].append(line)
            else:
                runs.append(("text", [line]))
    return runs


def lines_html(text, tag="div", rtl=False):
    """One <div> per line; '>'-quoted runs become nested <blockquote>s."""
    d = ' dir="rtl"' if rtl else ""
    out = []
    for kind, lines in _depth_runs(text.split("\n")):
        if kind == "text":
            out += [f"<{tag}{d}>{esc(l) if l else '<br>'}</{tag}>" for l in lines]
        else:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + lines_html("\n".join(lines), tag, rtl)
                       + "</blockquote>")
    return "".join(out)


def gmail_plain(new, attribution, quoted):
    return f"{new}\n\n{attribution}\n\n{gt(quoted)}\n"


def gmail_html(new, attribution=None, quoted=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    body = f"<div{d}>{lines_html(new, rtl=rtl)}</div>"
    if attribution:
        body += (f'<br><div class="gmail_quote"><div{d} class="gmail_attr">{esc(attribution)}'
                 '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 f"{lines_html(quoted, rtl=rtl)}</blockquote></div>")
    return body + "\n"


def apple_plain(new, attribution, quoted):
    return f"{new}\n\n{gt(attribution + chr(10) + chr(10) + quoted)}\n"


def apple_html(new, attribution=None, quoted=None):
    inner = lines_html(new)
    if attribution:
        inner += (f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br>'
                  f'<div>{lines_html(quoted)}</div></blockquote></div>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{inner}</body></html>\n')


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage19
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
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


def outlook_block(h, labels=("Von", "Gesendet", "An", "Cc", "Betreff")):
    """The header block Outlook writes above a quoted mail (plain text)."""
    frm, sent, to, cc, subj = h
    out = [f"{labels[0]}: {frm}", f"{labels[1]}: {sent}", f"{labels[2]}: {to}"]
    if cc:
        out.append(f"{labels[3]}: {cc}")
    out.append(f"{labels[4]}: {subj}")
    return "\n".join(out)


def outlook_plain(new, h=None, quoted=None, labels=("Von", "Gesendet", "An", "Cc", "Betreff")):
    if h is None:
        return new
    return f"{new}\n\n{outlook_block(h, labels)}\n\n{quoted}"


def outlook_html(new, h=None, quoted=None, charset="utf-8",
                 labels=("Von", "Gesendet", "An", "Cc", "Betreff")):
    out = [mso_p(line) for line in new.split("\n")]
    if h is not None:
        frm, sent, to, cc, subj = h
        rows = [(labels[0], frm), (labels[1], sent), (labels[2], to)]
        if cc:
            rows.append((labels[3], cc))
        rows.append((labels[4], subj))
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append("<p class=MsoNormal>" + "<br>\n".join(
            f"<b>{k}:</b> {esc(v)}" for k, v in rows) + "<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces); values with
        non-ASCII characters go through the policy, which encodes them as UTF-8."""
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
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "exim":
            return f"{1769004641 + int(h[:4], 16)}-eximdsn-{int(h[4:12], 16) % 2000000000}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1768000000000 + int(h[16:22], 16)}"
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


def headers_part(m, inner):
    """A text/rfc822-headers part carrying only the returned message's header."""
    raw = inner.as_bytes(policy=POLICY).split(b"\n\n", 1)[0].decode("ascii") + "\n"
    part = MIMEPart(policy=POLICY)
    part["Content-Description"] = "Undelivered Message Headers"
    part["Content-Type"] = "text/rfc822-headers"
    part.set_payload(raw)
    m._record(raw)
    return part


def coordinator_message(to, cc, subject, when, msgid, in_reply_to, references, text):
    """A mail the coordinator sent from the MSO-Tag mailbox (returned in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = f"{MSO_NAME} <{MSO}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = references.replace("\n ", " ")
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# people (name as their client shows it, address)
# ---------------------------------------------------------------------------

# Türkisch-Deutscher Elternbund Münster (thread T1, German and Turkish)
AHMET = ("Ahmet Demir", "a.demir@elternbund-ms.example")
ELIF = ("Elif Şahin", "elifsahin87@mail.example")
MEHMET = ("Mehmet Aydoğan", "m.aydogan@posteo-mail.example")
BURAK = ("Burak Koç", "burak.koc@mail.example")
HUELYA = ("Hülya Arslan", "huelya.arslan@elternbund-ms.example")
SELIM = ("Selim Taşdemir", "s.tasdemir@elternbund-ms.example")

# Nachbarschaftsverein Brückenschlag Kinderhaus (T7, German)
KERSTIN = ("Kerstin Vogt", "k.vogt@brueckenschlag-kinderhaus.example")
JUERGEN = ("Jürgen Terhaar", "j.terhaar@gmx-post.example")
MARIA = ("Maria Oliveira", "maria.oliveira@brueckenschlag-kinderhaus.example")
ANDRZEJ = ("Andrzej Nowicki", "andrzej.nowicki@posteo-mail.example")

# Iranischer Kulturverein Pars (T2, Farsi)
MARYAM = ("Maryam Tehrani", "maryam.tehrani@pars-muenster.example")
KAVEH = ("Kaveh Jafari", "kaveh.jafari@mail.example")
LEILA = ("Leila Sadeghi", "leila.sadeghi@web-mail.example")
BABAK = ("Babak Moradi", "babak.moradi@mail.example")

# Russischsprachiger Kulturverein Most (T4, Russian)
IRINA = ("Ирина Волкова", "irina.volkova@most-muenster.example")
OLGA = ("Olga Kuznetsova", "olga.kuznetsova@mail.example")
IGOR = ("Igor Lebedev", "igor.lebedev@mail.example")
ALEXEI = ("Алексей Морозов", "a.morozov@mail.example")
SERGEJ = ("Sergej Popov", "sergej.popov@rambler-post.example")
NATALIA = ("Наталья Петрова", "natalia.petrova@mail.example")

# Internationaler Frauentreff Kinderhaus (T5, English)
FATMA = ("Fatma Yıldız", "fatma.yildiz@frauentreff-kinderhaus.example")
ABENA = ("Abena Owusu", "abena.owusu@mail.example")
JOY = ("Joy Adeyemi", "joy.adeyemi@mail.example")
MEILIN = ("Mei Lin Chen", "meilin.chen@mail.example")

# Mala Kurd (T6, Kurmanji and German)
AZAD = ("Azad Botan", "azad.botan@malakurd-ms.example")
DILAN = ("Dilan Zana", "dilan.zana@mail.example")
BERFIN = ("Berfin Doğan", "berfin.dogan@mail.example")
SERKO = ("Şêrko Amedî", "serko.amedi@mail.example")

# Anadolu Kadın Derneği (T8, Turkish)
SONGUEL = ("Songül Yavuz", "songul.yavuz@mail.example")
EMINE = ("Emine Aksu", "emine.aksu@mail.example")
ZEHRA = ("Zehra Kılınç", "zehra.kilinc@mail.example")
GUELSUEM = ("Gülsüm Taş", "gulsum.tas@mail.example")

# Deutsch-Arabischer Kulturverein Al-Nour (T3, Arabic and German)
OMAR = ("Omar Al-Shami", "omar.shami@alnour-ms.example")
SAMER = ("Samer Nasser", "samer.nasser@mail.example")
HUDA = ("Huda Ibrahim", "huda.ibrahim@mail.example")
AHMAD = ("Ahmad Zaidan", "ahmad.zaidan@mail.example")

COORD = (MSO_NAME, MSO)


# ---------------------------------------------------------------------------
# Message-IDs of every mail in the threads (corpus mails and the coordinator's
# own mails, which appear only quoted or returned)
# ---------------------------------------------------------------------------

ID = {
    "t1_ahmet": "<3e9b1c42-5a7d-4f0e-8b26-d1c0a9e47f35@elternbund-ms.example>",
    "t1_burak": "<AS8P195MB1741A2C4E9D07B3F1E5D2C8AB6F0@AS8P195MB1741.EURP195.PROD.OUTLOOK.example>",
    "t1_elif": "<7A1D9C3E-2B4F-4E61-9A05-C8D3F2B1E640@mail.example>",
    "t1_mehmet": "<CAM5kT7q2Yw9rXv0Lb3Nc8Pz1HdFj4uQe6sGa0oWmRk7yE2tUhA@mail.gmail.example>",
    "t1_coord": "<koord.20270118143602.e71b@muenster.example>",
    "t1_huelya": "<DB9PR04MB8832F0E1D2C3B4A5968778695A4B@DB9PR04MB8832.eurprd04.prod.outlook.example>",
    "t1_elif_change": "<B40F7E2A-91C6-4D3B-8E57-2A6C0F9D1B83@mail.example>",
    "t1_huelya_change": "<DB9PR04MB88321C2D3E4F5A6B7C8D9E0F1A2B@DB9PR04MB8832.eurprd04.prod.outlook.example>",
    "t1_burak_cancel": "<AS8P195MB17419F8E7D6C5B4A39281706F5E4@AS8P195MB1741.EURP195.PROD.OUTLOOK.example>",
    "t7_kerstin": "<FR4P281MB3390A7B6C5D4E3F2A1B0C9D8E7F6@FR4P281MB3390.DEUP281.PROD.OUTLOOK.example>",
    "t7_juergen": "<trinity-2f8a61c4-93d7-4b0e-a5c1-7e9d3b2f0a68-1768478564211@3c-app-gmx-bap07>",
    "t7_maria": "<FR4P281MB33905B4C3D2E1F0A9B8C7D6E5F4A@FR4P281MB3390.DEUP281.PROD.OUTLOOK.example>",
    "t7_andrzej": "<a4c7e1f9-0b2d-4e6a-8c35-9f1e7d2b4a60@posteo-mail.example>",
    "t2_maryam": "<CAH3vQp9Xz1mK7bT2wR5yL0nE8fJc4sD6gU1oA9iV3hB7kM2qWe@mail.gmail.example>",
    "t2_kaveh": "<CAO8rF2nW6tY1qZ4xJ9mB3vK7pL0cH5dS2eG8uA1iN4oR6kT9yQ@mail.gmail.example>",
    "t2_conf_kaveh": "<mailbot.20270117201550.4c2d@muenster.example>",
    "t2_leila": "<trinity-b3e0d7a2-5c19-4f86-9e2a-1d7c4b8f3e05-1768928140552@3c-app-webde-bs41>",
    "t2_kaveh_change": "<CAO8rF2nX0bV5mQ8wL3kD7sJ1pT4yG9cA6eH2uN5iR8oK1fZ3xW@mail.gmail.example>",
    "t4_irina": "<d2b7e9f1-6a43-4c8e-b150-3f9a2c7d1e84@most-muenster.example>",
    "t4_olga": "<1768758619.804412371@f512.i.mail-ru.example>",
    "t4_igor": "<E5C1A7B3-4D2F-4A9E-8B60-9F3D7C1E2A45@mail.example>",
    "t4_alexei": "<0C9E4B21-7F3A-4D8C-A6E5-3B1F9D2C7E08@mail.example>",
    "t4_coord": "<koord.20270121151000.2a9f@muenster.example>",
    "t4_irina_natalia": "<8f3c1a6e-2d9b-47f0-a4e1-c5b7d0f92e36@most-muenster.example>",
    "t4_conf_natalia": "<mailbot.20270128095540.7d1e@muenster.example>",
    "t4_natalia_q": "<1771422333.118274650@f301.i.mail-ru.example>",
    "t5_fatma": "<CAG2mD8sV5nQ1xT7bK3wR9pL4yF0jC6hE2uZ8oA5iN1vM7kS3tB@mail.gmail.example>",
    "t5_conf_fatma": "<mailbot.20270121093102.9b3a@muenster.example>",
    "t5_meilin": "<2F6D8B1A-C3E5-4790-A1B2-D4E6F8091C3A@mail.example>",
    "t5_abena": "<PAXP193MB2284B1C2D3E4F5A6B7C8D9E0F1A2@PAXP193MB2284.EURP193.PROD.OUTLOOK.example>",
    "t5_joy": "<1439217356.2201847.1770963312045@mail.yahoo-post.example>",
    "t5_fatma_change": "<CAG2mD8sW9pR3yU5cL8xT2qM6zG1kD7iF4vA0oB3jN8wK5lS9uC@mail.gmail.example>",
    "t6_azad": "<6c0e8a2f-4b1d-4e97-9f35-a2d8c1b7e046@malakurd-ms.example>",
    "t6_dilan": "<m3x8q1.1769285677.samsung@mail.example>",
    "t6_berfin": "<1712603984.4419021.1769325603118@mail.yahoo-post.example>",
    "t6_berfin_change": "<AM0PR09MB4165C2D1E0F9A8B7C6D5E4F3A2B1@AM0PR09MB4165.eurprd09.prod.outlook.example>",
    "t6_dilan_cancel": "<m3x8q1.1772483427.samsung@mail.example>",
    "t6_serko": "<CAP7wN3xY8cL2vR6kT1qM9bF5zH0jD4sA7eG3uK8iO2nW5tQ1yV@mail.gmail.example>",
    "t8_songuel": "<5b91e3d7-0c2a-4f68-b4e9-8d1f7a3c6e20@mail.example>",
    "t8_emine": "<CAF4nR8tZ2xW6mQ0vK5bL9pJ3yC7hS1dE4uG8oA2iT6kN0rM5wX@mail.gmail.example>",
    "t8_zehra": "<9E2B6F1C-3A8D-4C57-B0E4-7D1F5A9C2B36@mail.example>",
    "t3_omar_int": "<CAKz1Qm5Vb8nT3wX7rL2pY9cF4jH6dS0eG1uA8oK3iN5vR7tM2y@mail.gmail.example>",
    "t3_samer_int": "<4D7A2E9B-1C6F-4B83-A5E0-9F2D7C3B1A64@mail.example>",
    "t3_huda_int": "<CAJ9sX2mW5bR8nQ1vT4yL7pK0cF3hD6zE9uG2oA5iM8kN1rS4wT@mail.gmail.example>",
    "t3_omar_fwd": "<CAKz1Qm6Xc0pU4yZ8sM3qA1dG5kJ7eT2fH9vB0oL4jO6wS8uN3z@mail.gmail.example>",
    "t3_coord": "<koord.20270202112015.5e8c@muenster.example>",
    "t3_ahmad": "<CAB6tM1qY4zX8nV2wR7kP3cL9jF0hD5sE1uG6oA3iK8mN2rT5yU@mail.gmail.example>",
    "t3_huda_change": "<CAJ9sX3nY7dT0pS3xV6aN9rM2eH5jF8bG1wI4qC7kP0mO3tU6yV@mail.gmail.example>",
    "t3_coord2": "<koord.20270212105210.1f4d@muenster.example>",
    "t3_samer_cancel": "<8B3F1D7A-2E9C-4A65-B1D0-6C4E8F2A9D17@mail.example>",
    "t1_newsletter": "<rundbrief-2027-02.1770051600.88213@elternbund-ms.example>",
}


def refs(*keys):
    """A References value: the IDs in order, one per folded line."""
    return "\n ".join(ID[k] for k in keys)


# ===========================================================================
# texts that later mails quote
# ===========================================================================

T1_SUBJECT = "Anmeldung MSO-Tag 2027 – Elternbund"

AHMET_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung zum Tag der Migrantenselbstorganisationen am
13. März. Ich melde mich hiermit verbindlich an und möchte an der
Arbeitsgruppe 3 (Förderungsmöglichkeiten und Vereinsmanagement) teilnehmen.
Wir schreiben gerade unseren ersten größeren Förderantrag, da kommt das genau
richtig.

Liebe Vorstandskolleginnen und -kollegen, ich habe euch in CC gesetzt. Wer
von euch mitkommen möchte, antwortet bitte einfach mit "Allen antworten",
dann hat die Stadt eure Anmeldung direkt und ich muss keine Liste führen.
Mehmet, für dich wäre wegen der Hausaufgabenhilfe bestimmt die AG 1
(Bildung) interessant.

Mit freundlichen Grüßen
Ahmet Demir
1. Vorsitzender
Türkisch-Deutscher Elternbund Münster e.V.
Hammer Straße 212, 48153 Münster
Tel. 0251 7 48 20 91
"""

AHMET_CC = [ELIF, MEHMET, BURAK, HUELYA, SELIM]

ELIF_TEXT = """Guten Morgen zusammen,

ich komme auch mit, gleiche AG wie Ahmet 😊 Den Förderantrag würde ich sowieso gern mit euch zusammen angehen.

LG Elif

Von meinem iPhone gesendet"""

ELIF_FULL = ELIF_TEXT + "\n\n" + gt(
    f"Am 13.01.2027 um 09:12 schrieb {P(AHMET)}:\n\n" + AHMET_TEXT.rstrip("\n"))

MEHMET_TEXT = """Herkese merhaba,

ben de geliyorum, ama Ahmet ile Elif'in grubuna değil. Ahmet haklı, bana
eğitim grubu (AG 1) daha uygun, ödev yardımı projemiz için. Eşim Sevgi de
benimle gelecek, yani iki kişiyiz.

Sayın Meza Correa-Flock, Türkçe yazdığım için kusura bakmayın, Almancam
resmi yazışma için pek yeterli değil. İkimizi AG 1'e yazabilirseniz çok
sevinirim.

Selamlar
Mehmet Aydoğan
Sayman – Türkisch-Deutscher Elternbund Münster e.V."""

MEHMET_ATTR = f"{P(ELIF)}, 14 Oca 2027 Per, 07:05 tarihinde şunu yazdı:"

# The coordinator's reply-all after the first four answers (sent 18 Jan 14:36).
T1_COORD_TEXT = """Liebe Mitglieder des Türkisch-Deutschen Elternbunds,

vielen Dank für Ihre schnellen Rückmeldungen! Ich habe folgende Anmeldungen
eingetragen:

- Ahmet Demir – AG 3
- Burak Koç – AG 3
- Elif Şahin – AG 3
- Mehmet und Sevgi Aydoğan – AG 1 (2 Personen)

Wer aus Ihrem Vorstand noch dazukommen möchte, kann einfach auf diese
E-Mail antworten.

Herzliche Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen 2027"""

T1_COORD_WHEN = "Mon, 18 Jan 2027 14:36:02 +0100"

HUELYA_TEXT = """Liebe Frau Meza Correa-Flock,

ich habe bisher nur still mitgelesen, möchte aber jetzt doch auch dabei sein. Bitte tragen Sie mich genauso ein wie Mehmet.

Vielen Dank und herzliche Grüße
Hülya Arslan
Beisitzerin
Türkisch-Deutscher Elternbund Münster e.V."""

HUELYA_HEAD = (P(COORD), "Montag, 18. Januar 2027 14:36", P(AHMET),
               plist(ELIF, MEHMET, BURAK, HUELYA, SELIM, sep="; "), "AW: " + T1_SUBJECT)
HUELYA_PLAIN = outlook_plain(HUELYA_TEXT, HUELYA_HEAD, T1_COORD_TEXT)

ELIF_CHANGE_TEXT = """Liebe Frau Meza Correa-Flock,

könnte ich bitte doch in die AG 2 wechseln? Ich leite bei uns die Jugendgruppe, und die Jugendlichen wollen unbedingt beim Zukunftsprozess mitreden. Da möchte ich gern dabei sein und ihnen hinterher berichten.

Danke und liebe Grüße
Elif

Von meinem iPhone gesendet"""

ELIF_CHANGE_FULL = ELIF_CHANGE_TEXT + "\n\n" + gt(
    f"Am 22.01.2027 um 19:40 schrieb {P(HUELYA)}:\n\n" + HUELYA_PLAIN)

HUELYA_CHANGE_TEXT = """Oh, da komme ich mit, Elif!

Liebe Frau Meza Correa-Flock, bitte tragen Sie mich auch um, in dieselbe AG wie Elif. Mehmet schafft die Bildungs-AG bestimmt auch ohne mich 😉

Viele Grüße
Hülya Arslan
Beisitzerin
Türkisch-Deutscher Elternbund Münster e.V."""

HUELYA_CHANGE_HEAD = (P(ELIF), "Montag, 8. Februar 2027 08:05", P(HUELYA),
                      plist(COORD, AHMET, MEHMET, BURAK, SELIM, sep="; "),
                      "Re: AW: AW: " + T1_SUBJECT)
HUELYA_CHANGE_PLAIN = outlook_plain(HUELYA_CHANGE_TEXT, HUELYA_CHANGE_HEAD, ELIF_CHANGE_FULL)


# -- 001 ---------------------------------------------------------------------
# The chair registers for AG 3 and puts his board in Cc, asking them to
# register by "Allen antworten".  His new text also suggests AG 1 to Mehmet:
# that is not his own choice.  Thunderbird, UTF-8 8bit.

@mail("demir-chair-opens-thread-ag3", "2027-01-13 09:12:40",
      E("registration", AHMET[1], "Ahmet Demir", "Türkisch-Deutscher Elternbund Münster e.V.",
        ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", P(AHMET)),
           ("To", TO_MSO),
           ("Cc", plist(*AHMET_CC)),
           ("Subject", T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t1_ahmet"]),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(AHMET_TEXT, charset="utf-8", cte="8bit")


# -- 002 ---------------------------------------------------------------------
# "+1 bin dabei" from Outlook for Android, reply-all to the chair: the only
# new text besides the first name.  The quoted chair chose AG 3.

@mail("koc-plus-one-outlook-android", "2027-01-13 21:40:18",
      E("registration", BURAK[1], "Burak Koç", None, ["AG3"], 1, "de"), "de")
def _(m):
    text = ("+1 bin dabei 👍\n\nBurak\n\n"
            "Outlook für Android herunterladen<https://aka.ms.example/AAb9ysg>\n"
            "________________________________\n"
            + outlook_block((P(AHMET), "Wednesday, January 13, 2027 9:12:40 AM",
                             TO_MSO, plist(*AHMET_CC, sep="; "), T1_SUBJECT))
            + "\n\n" + AHMET_TEXT)
    new_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div dir="auto">+1 bin dabei 👍</div><div dir="auto"><br></div>'
                '<div dir="auto">Burak</div><div dir="auto"><br></div>'
                '<div dir="auto">Outlook für Android herunterladen'
                '&lt;<a href="https://aka.ms.example/AAb9ysg">https://aka.ms.example/AAb9ysg</a>&gt;</div>'
                '<hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                f"<b>Von:</b> {esc(P(AHMET))}<br><b>Gesendet:</b> Wednesday, January 13, 2027 9:12:40 AM<br>"
                f"<b>An:</b> {esc(TO_MSO)}<br><b>Cc:</b> {esc(plist(*AHMET_CC, sep='; '))}<br>"
                f"<b>Betreff:</b> {esc(T1_SUBJECT)}</font><div>&nbsp;</div></div>"
                f"<div>{lines_html(AHMET_TEXT.rstrip(chr(10)))}</div></body></html>\n")
    m.head(("From", addr(*BURAK, charset="utf-8", enc="b")),
           ("To", P(AHMET)),
           ("Cc", plist(COORD, ELIF, MEHMET, HUELYA, SELIM)),
           ("Subject", "AW: " + T1_SUBJECT),
           ("Thread-Topic", T1_SUBJECT),
           ("Thread-Index", "AQHbZaX3c1n2o8m4kE6r0TtB5wQyJg=="),
           ("Date", m.date),
           ("Message-ID", ID["t1_burak"]),
           ("In-Reply-To", ID["t1_ahmet"]),
           ("References", ID["t1_ahmet"]),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(text, new_html, charset="utf-8", cte="base64", style="outlook")


# -- 003 ---------------------------------------------------------------------
# iPhone reply-all: "gleiche AG wie Ahmet" -> AG 3 from the quoted chair's
# mail; the association is named only in the quote (organisation null).

@mail("sahin-iphone-gleiche-ag-wie-ahmet", "2027-01-14 07:05:51",
      E("registration", ELIF[1], "Elif Şahin", None, ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", P(ELIF)),
           ("To", P(AHMET)),
           ("Cc", plist(COORD, MEHMET, BURAK, HUELYA, SELIM)),
           ("Subject", "Re: " + T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t1_elif"]),
           ("In-Reply-To", ID["t1_ahmet"]),
           ("References", ID["t1_ahmet"]),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(ELIF_FULL + "\n", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Turkish, Gmail with a Turkish interface, reply-all under Elif's mail (two
# levels of quotes, both naming AG 3).  He wants AG 1 with his wife: 2.

@mail("aydogan-turkish-ag1-with-wife", "2027-01-14 19:22:07",
      E("registration", MEHMET[1], "Mehmet Aydoğan", "Türkisch-Deutscher Elternbund Münster e.V.",
        ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr(*MEHMET, charset="iso-8859-9", enc="q")),
           ("To", P(ELIF)),
           ("Cc", plist(AHMET, COORD, BURAK, HUELYA, SELIM)),
           ("Subject", "Re: " + T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t1_mehmet"]),
           ("In-Reply-To", ID["t1_elif"]),
           ("References", refs("t1_ahmet", "t1_elif")),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(MEHMET_TEXT, MEHMET_ATTR, ELIF_FULL),
                  gmail_html(MEHMET_TEXT, MEHMET_ATTR, ELIF_FULL),
                  charset="utf-8", cte="base64", style="gmail")


# ===========================================================================
# T7 Nachbarschaftsverein Brückenschlag Kinderhaus (German) - first part
# ===========================================================================

T7_SUBJECT = "Anmeldung MSO-Tag am 13.3. - Brückenschlag Kinderhaus"

KERSTIN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für unseren Nachbarschaftsverein möchte ich mich zum MSO-Tag anmelden. Mein Wunsch wäre die AG 1 zum Bildungssystem, als zweite Wahl ginge auch die AG 2.

Einige aus unserem Team interessieren sich ebenfalls. Ich habe sie in Kopie gesetzt, damit sie sich per "Allen antworten" direkt bei Ihnen anmelden können. Ich hoffe, das ist für Sie in Ordnung so.

Viele Grüße
Kerstin Vogt

Nachbarschaftsverein Brückenschlag Kinderhaus e.V.
Vorstand, Projekt Lernpaten
Idenbrockplatz 4 · 48159 Münster
Tel. 0251 2 10 44 73"""

KERSTIN_CC = [JUERGEN, MARIA, ANDRZEJ]

JUERGEN_TEXT = """Moin zusammen,

ich schließe mich Kerstin an.

Gruß
Jürgen Terhaar"""


def gmx_block(frm, sent, to, cc, subj):
    q = lambda p: f'"{p[0]}" <{p[1]}>'
    out = [f"Gesendet: {sent}", f"Von: {q(frm)}", f"An: {', '.join(q(p) for p in to)}"]
    if cc:
        out.append(f"Cc: {', '.join(q(p) for p in cc)}")
    out.append(f"Betreff: {subj}")
    return "\n".join(out)


JUERGEN_FULL = (JUERGEN_TEXT + "\n \n \n\n"
                + gmx_block(KERSTIN, "Freitag, 15. Januar 2027 um 10:30 Uhr", [COORD],
                            KERSTIN_CC, T7_SUBJECT)
                + "\n\n" + KERSTIN_TEXT)

MARIA_TEXT = """Hallo ihr Lieben, hallo Frau Meza Correa-Flock,

ich bin auch dabei! Allerdings nicht bei Bildung, sondern nur in der AG 2 zum Zukunftprozess - da geht es ja auch um unser Viertel. Mein Mann Paulo kommt mit, wir sind also zu zweit.

Liebe Grüße
Maria Oliveira
Nachbarschaftsverein Brückenschlag Kinderhaus e.V. - Internationales Frühstück"""

MARIA_HEAD = (P(JUERGEN), "Freitag, 15. Januar 2027 13:02", P(KERSTIN),
              plist(COORD, MARIA, ANDRZEJ, sep="; "), "Aw: " + T7_SUBJECT)
MARIA_PLAIN = outlook_plain(MARIA_TEXT, MARIA_HEAD, JUERGEN_FULL)


# -- 005 ---------------------------------------------------------------------
# Another chair opens a thread: AG 1, second wish AG 2, team in Cc.
# Outlook multipart/alternative, windows-1252 quoted-printable.

@mail("vogt-outlook-opens-thread-ag1-ag2", "2027-01-15 10:30:12",
      E("registration", KERSTIN[1], "Kerstin Vogt",
        "Nachbarschaftsverein Brückenschlag Kinderhaus e.V.", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Vogt, Kerstin" <k.vogt@brueckenschlag-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Cc", plist(*KERSTIN_CC)),
           ("Subject", T7_SUBJECT),
           ("Thread-Topic", T7_SUBJECT),
           ("Thread-Index", "AdtnN1c0k3bXyV1TQ0mS5pE8r2oWfA=="),
           ("Date", m.date),
           ("Message-ID", ID["t7_kerstin"]),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KERSTIN_TEXT, outlook_html(KERSTIN_TEXT, charset="Windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# GMX: "ich schließe mich Kerstin an" and nothing else -> Kerstin's two
# wishes, in her order.  ISO-8859-1 quoted-printable, GMX quote header block.

@mail("terhaar-gmx-schliesse-mich-an", "2027-01-15 13:02:44",
      E("registration", JUERGEN[1], "Jürgen Terhaar", None, ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr(*JUERGEN, charset="iso-8859-1")),
           ("To", addr(*KERSTIN)),
           ("Cc", plist(COORD, MARIA, ANDRZEJ)),
           ("Subject", "Aw: " + T7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t7_juergen"]),
           ("In-Reply-To", ID["t7_kerstin"]),
           ("References", ID["t7_kerstin"]),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    m.single(JUERGEN_FULL + "\n", charset="iso-8859-1", cte="quoted-printable")


# ===========================================================================
# T2 Iranischer Kulturverein Pars (Farsi) - first part
# ===========================================================================

T2_SUBJECT = "ثبت‌نام برای روز سازمان‌های مهاجران – Anmeldung MSO-Tag"

MARYAM_TEXT = """خانم مزا کوره‌آ-فلوک گرامی،
با سلام و احترام،

اینجانب مریم تهرانی، رئیس انجمن، برای روز سازمان‌های خودیار مهاجران در روز شنبه ۱۳ مارس ثبت‌نام می‌کنم. انتخاب اول من کارگروه ۱ (مهاجران در نظام آموزشی) است و انتخاب دوم کارگروه ۲.

دوستان عزیز، شما را در رونوشت گذاشته‌ام. هر کس مایل است بیاید، لطفاً با «پاسخ به همه» جواب بدهد تا ثبت‌نامش مستقیم به دست شهرداری برسد.

با سپاس
Maryam Tehrani
Iranischer Kulturverein Pars Münster e.V."""

MARYAM_CC = [KAVEH, LEILA, BABAK]

KAVEH_TEXT = """سلام مریم جان،
دستت درد نکنه که پیگیری کردی. من هم مثل تو، همون انتخاب‌ها. همسرم هم با من میاد، پس دو نفر حساب کنید.

خانم مزا کوره‌آ-فلوک، خیلی ممنون.
کاوه"""

KAVEH_ATTR = f"‏در تاریخ شنبه ۱۶ ژانویهٔ ۲۰۲۷ ساعت ۱۱:۴۸ {MARYAM[0]} <{MARYAM[1]}> نوشت:‏"
KAVEH_FULL = gmail_plain(KAVEH_TEXT, KAVEH_ATTR, MARYAM_TEXT).rstrip("\n")


# -- 007 ---------------------------------------------------------------------
# Farsi, Gmail, right-to-left HTML: chair registers, first wish AG 1, second
# AG 2, Persian digits; asks the members in Cc to answer "to all".

@mail("tehrani-farsi-opens-thread", "2027-01-16 11:48:30",
      E("registration", MARYAM[1], "Maryam Tehrani", "Iranischer Kulturverein Pars Münster e.V.",
        ["AG1", "AG2"], 1, "fa"), "fa")
def _(m):
    m.head(("From", P(MARYAM)),
           ("To", TO_MSO),
           ("Cc", plist(*MARYAM_CC)),
           ("Subject", ew(T2_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t2_maryam"]),
           ("MIME-Version", "1.0"))
    m.alternative(MARYAM_TEXT + "\n", gmail_html(MARYAM_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Outlook, HTML only (windows-1252 QP), reply-all under Jürgen's GMX mail
# which quotes Kerstin (AG 1 / AG 2).  She wants only AG 2, with her husband.

@mail("oliveira-outlook-html-only-ag2-zu-zweit", "2027-01-16 16:20:05",
      E("registration", MARIA[1], "Maria Oliveira",
        "Nachbarschaftsverein Brückenschlag Kinderhaus e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", P(MARIA)),
           ("To", P(JUERGEN)),
           ("Cc", plist(KERSTIN, COORD, ANDRZEJ)),
           ("Subject", "AW: Aw: " + T7_SUBJECT),
           ("Thread-Topic", T7_SUBJECT),
           ("Thread-Index", "AdtnN1c0k3bXyV1TQ0mS5pE8r2oWfAACk7Qw"),
           ("Date", m.date),
           ("Message-ID", ID["t7_maria"]),
           ("In-Reply-To", ID["t7_juergen"]),
           ("References", refs("t7_kerstin", "t7_juergen")),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MARIA_TEXT, MARIA_HEAD, JUERGEN_FULL, charset="Windows-1252"),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Farsi, Gmail on Android, reply-all: "من هم مثل تو، همون انتخاب‌ها" (me too,
# like you, the same choices) -> Maryam's AG 1 then AG 2; with his wife: 2.
# Signed with the first name only.

@mail("jafari-farsi-mesle-maryam-ba-hamsar", "2027-01-17 20:15:33",
      E("registration", KAVEH[1], "Kaveh Jafari", None, ["AG1", "AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", P(KAVEH)),
           ("To", P(MARYAM)),
           ("Cc", plist(COORD, LEILA, BABAK)),
           ("Subject", ew("Re: " + T2_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t2_kaveh"]),
           ("In-Reply-To", ID["t2_maryam"]),
           ("References", ID["t2_maryam"]),
           ("MIME-Version", "1.0"))
    m.alternative(KAVEH_FULL + "\n", gmail_html(KAVEH_TEXT, KAVEH_ATTR, MARYAM_TEXT, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# ===========================================================================
# T4 Russischsprachiger Kulturverein Most (Russian) - first part
# ===========================================================================

T4_SUBJECT = "Регистрация на MSO-Tag 13.03. / Anmeldung"

IRINA_TEXT = """Уважаемая госпожа Меса Корреа-Флок!

Прошу зарегистрировать меня на День организаций мигрантов 13 марта.
Я хотела бы участвовать в рабочей группе 2 – «Процесс будущего Мюнстера»
(Zukunftsprozess).

Дорогие члены клуба! Я поставила вас в копию. Кто хочет пойти со мной,
ответьте, пожалуйста, всем («Ответить всем»), тогда город сразу получит
вашу заявку.

С уважением,
Ирина Волкова
председатель
Russischsprachiger Kulturverein Most Münster e.V.
тел. 0251 98 76 14 02"""

IRINA_CC = [OLGA, IGOR, ALEXEI, SERGEJ]

OLGA_TEXT = """Ирина, спасибо, что всё организовала!

Я тоже иду и хочу в ту же группу, что и ты.
Госпожа Меса Корреа-Флок, запишите меня, пожалуйста.

Ольга"""

OLGA_ATTR = f"Понедельник, 18 января 2027, 10:05 +01:00 от {P(IRINA)}:"
OLGA_FULL = f"{OLGA_TEXT}\n\n\n{OLGA_ATTR}\n{gt(IRINA_TEXT)}"

IGOR_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

bitte tragen Sie mich ebenfalls ein, allerdings nicht in die Gruppe von Irina und Olga, sondern in die Arbeitsgruppe 1 (Bildungssystem). Meine Tochter kommt im Sommer in die Schule, und das Thema beschäftigt mich gerade sehr.

Ира, Оля, увидимся 13-го!

Mit freundlichen Grüßen
Igor Lebedev
Russischsprachiger Kulturverein Most Münster e.V."""

IGOR_ATTR = f"Am 18.01.2027 um 18:50 schrieb {P(OLGA)}:"
IGOR_FULL = apple_plain(IGOR_TEXT, IGOR_ATTR, OLGA_FULL).rstrip("\n")

ALEXEI_TEXT = """Присоединяюсь к Игорю – запишите и меня, пожалуйста, в ту же группу.

Алексей

Отправлено с iPhone"""

ALEXEI_FULL = ALEXEI_TEXT + "\n\n" + gt(
    f"19 янв. 2027 г., в 12:10, {P(IGOR)} написал(а):\n\n" + IGOR_FULL)

T4_COORD_TEXT = """Liebe Frau Volkova, liebe Mitglieder des Kulturvereins Most,

herzlichen Dank für Ihre Anmeldungen. Eingetragen sind jetzt:

- Irina Volkova – AG 2
- Olga Kuznetsova – AG 2
- Igor Lebedev – AG 1
- Alexei Morozov – AG 1

Jede Person bekommt außerdem noch eine eigene Bestätigung per E-Mail.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

T4_COORD_WHEN = "Thu, 21 Jan 2027 15:10:00 +0100"


# -- 010 ---------------------------------------------------------------------
# Russian chair opens her club's thread: AG 2, members in Cc (one of them,
# Sergej, has a full mailbox: see 019).  Thunderbird, UTF-8 QP, Cyrillic
# display name and signature.

@mail("volkova-russian-opens-thread-ag2", "2027-01-18 10:05:27",
      E("registration", IRINA[1], "Ирина Волкова", "Russischsprachiger Kulturverein Most Münster e.V.",
        ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr(*IRINA, charset="utf-8", enc="b")),
           ("To", TO_MSO),
           ("Cc", plist(*IRINA_CC)),
           ("Subject", ew(T4_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t4_irina"]),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(IRINA_TEXT + "\n", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Postfix bounce for the coordinator's reply-all to the Elternbund thread:
# one Cc address (a board member who left) no longer exists.  Only the
# returned headers come back (text/rfc822-headers).

T1_COORD_MSG = coordinator_message(
    P(AHMET), plist(ELIF, MEHMET, BURAK, HUELYA, SELIM), "AW: " + T1_SUBJECT,
    T1_COORD_WHEN, ID["t1_coord"], ID["t1_mehmet"],
    "\n ".join([ID["t1_ahmet"], ID["t1_elif"], ID["t1_mehmet"]]), T1_COORD_TEXT)


@mail("postfix-bounce-coordinator-reply-all", "2027-01-18 14:36:09",
      E("bounce", bounced=SELIM[1]), "en")
def _(m):
    rcpt = SELIM[1]
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270118133609.4B2E81C0F7@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The message headers
are attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.elternbund-ms.example[198.51.100.61] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4B2E81C0F7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Mon, 18 Jan 2027 14:36:03 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.elternbund-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in local recipient table")])
    m.multi("report", [note, dsn, headers_part(m, T1_COORD_MSG)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 012 ---------------------------------------------------------------------
# The chair's Exchange out-of-office, German and Turkish, answering the
# coordinator's reply-all.  Auto-Submitted: auto-generated; CRLF line ends.

AHMET_OOO = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25. Januar im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Vereinsangelegenheiten wenden Sie sich bitte an info@elternbund-ms.example.

Mesajınız için teşekkür ederim. 25 Ocak'a kadar izindeyim ve e-postalarıma sınırlı erişimim var. Acil durumlarda lütfen info@elternbund-ms.example adresine yazınız.

Ahmet Demir
Türkisch-Deutscher Elternbund Münster e.V."""


@mail("demir-exchange-out-of-office", "2027-01-18 14:36:40",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", P(AHMET)),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: AW: " + T1_SUBJECT),
           ("Thread-Topic", "AW: " + T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS2PR03MB9171E0F1A2B3C4D5E6F7A8B9C0D1@AS2PR03MB9171.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", ID["t1_coord"]),
           ("References", ID["t1_coord"]),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", AHMET[1]),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(AHMET_OOO, outlook_html(AHMET_OOO), charset="utf-8",
                  cte="quoted-printable", html_cte="base64", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Russian webmail (mail.ru style), reply-all: "в ту же группу, что и ты" ->
# Irina's AG 2.  Display name Latin, signature first name only.

@mail("kuznetsova-russian-ta-zhe-gruppa", "2027-01-18 18:50:19",
      E("registration", OLGA[1], "Olga Kuznetsova", None, ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", P(OLGA)),
           ("To", addr(*IRINA, charset="utf-8", enc="b")),
           ("Cc", plist(COORD, IGOR, ALEXEI, SERGEJ)),
           ("Subject", ew("Re: " + T4_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t4_olga"]),
           ("In-Reply-To", ID["t4_irina"]),
           ("References", ID["t4_irina"]),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("MIME-Version", "1.0"))
    m.alternative(OLGA_FULL + "\n", gmail_html(OLGA_TEXT, OLGA_ATTR, IRINA_TEXT),
                  charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Thunderbird reply-all under Maria's HTML mail (rendered as text, with the
# Outlook header block and Jürgen's and Kerstin's mails inside).  He names
# AG 1 himself and asks whether "Allen antworten" is enough: a registration
# that also asks.  ISO-8859-15, 8bit.

ANDRZEJ_TEXT = """Guten Morgen,

ich bin auch dabei, bitte für AG 1 - Bildung. Ich bin Elternvertreter an
der Grundschule, das passt gut.

Eine Frage an Frau Meza Correa-Flock: Reicht es so, wenn wir hier alle mit
"Allen antworten" schreiben, oder muss jeder noch extra ein Formular
ausfüllen?

Pozdrawiam / Viele Grüße
Andrzej Nowicki
Nachbarschaftsverein Brückenschlag Kinderhaus e.V."""


@mail("nowicki-thunderbird-ag1-plus-question", "2027-01-19 08:44:10",
      E("registration", ANDRZEJ[1], "Andrzej Nowicki",
        "Nachbarschaftsverein Brückenschlag Kinderhaus e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", P(ANDRZEJ)),
           ("To", P(MARIA)),
           ("Cc", plist(JUERGEN, KERSTIN, COORD)),
           ("Subject", "Re: AW: Aw: " + T7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t7_andrzej"]),
           ("In-Reply-To", ID["t7_maria"]),
           ("References", refs("t7_kerstin", "t7_juergen", "t7_maria")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"{ANDRZEJ_TEXT}\n\nAm 16.01.27 um 16:20 schrieb Maria Oliveira:\n{gt(MARIA_PLAIN)}\n",
             charset="iso-8859-15", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# German inside the Russian thread (Apple Mail, multipart/alternative):
# "nicht in die Gruppe von Irina und Olga, sondern ... 1".  One Russian line
# to his friends does not change the language.

@mail("lebedev-apple-mail-german-ag1", "2027-01-19 12:10:55",
      E("registration", IGOR[1], "Igor Lebedev", "Russischsprachiger Kulturverein Most Münster e.V.",
        ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", P(IGOR)),
           ("To", P(OLGA)),
           ("Cc", plist(IRINA, COORD, ALEXEI, SERGEJ)),
           ("Subject", ew("Re: " + T4_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t4_igor"]),
           ("In-Reply-To", ID["t4_olga"]),
           ("References", refs("t4_irina", "t4_olga")),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.alternative(IGOR_FULL + "\n", apple_html(IGOR_TEXT, IGOR_ATTR, OLGA_FULL),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# iPhone, Russian: "Присоединяюсь к Игорю" (I join Igor) -> AG 1 from Igor's
# quoted German mail, below which Irina's and Olga's AG 2 are quoted too.

@mail("morozov-iphone-prisoedinyayus-k-igoryu", "2027-01-20 07:31:02",
      E("registration", ALEXEI[1], "Алексей Морозов", None, ["AG1"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr(*ALEXEI, charset="utf-8", enc="b")),
           ("To", P(IGOR)),
           ("Cc", plist(OLGA, IRINA, COORD, SERGEJ)),
           ("Subject", ew("Re: " + T4_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t4_alexei"]),
           ("In-Reply-To", ID["t4_igor"]),
           ("References", refs("t4_irina", "t4_olga", "t4_igor")),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single(ALEXEI_FULL + "\n", charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# web.de, learner German: asks whether there is Farsi interpretation; she
# would come only then -> question.  Quotes Kaveh's Farsi mail and Maryam's below it.

LEILA_TEXT = """Liebe Frau Meza Correa-Flock,

ich habe eine Frage bevor ich mich anmelden: Gibt es in die Arbeitsgruppen eine Übersetzung auf Persisch (Farsi)? Ich verstehe viel, aber in Diskussion mitreden ist für mich auf Deutsch noch schwer.

Wenn es gibt Übersetzung, ich komme gerne zusammen mit Maryam und Kaveh.

Mit freundlichen Grüßen
Leila Sadeghi"""


@mail("sadeghi-webde-question-farsi-interpreting", "2027-01-20 17:55:40",
      E("question", LEILA[1], "Leila Sadeghi", None, [], None, "de"), "de")
def _(m):
    block = gmx_block(KAVEH, "Sonntag, 17. Januar 2027 um 20:15 Uhr", [MARYAM],
                      [COORD, LEILA, BABAK], "Re: " + T2_SUBJECT)
    m.head(("From", P(LEILA)),
           ("To", P(KAVEH)),
           ("Cc", plist(MARYAM, COORD, BABAK)),
           ("Subject", ew("Aw: Re: " + T2_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t2_leila"]),
           ("In-Reply-To", ID["t2_kaveh"]),
           ("References", refs("t2_maryam", "t2_kaveh")),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"{LEILA_TEXT}\n \n \n\n{block}\n\n{KAVEH_FULL}\n", charset="utf-8", cte="8bit")


# ===========================================================================
# T5 Internationaler Frauentreff Kinderhaus (English) - first part
# ===========================================================================

T5_SUBJECT = "Registration MSO Day 13 March – Internationaler Frauentreff"

FATMA_TEXT = """Dear Ms Meza Correa-Flock,

I hope it's alright to write in English – my German is fine for everyday things but not for anything official.

Three of us from the Internationaler Frauentreff Kinderhaus would like to register for the MSO Day on 13 March: myself, Abena Owusu and Joy Adeyemi. We would all like to join working group 2, the one about Münster's future process.

Ladies, I've put you in cc. If anyone else wants to come, just hit "reply all" so that the city gets it directly. Mei Lin, I think you were interested too?

Best regards,
Fatma Yıldız
Internationaler Frauentreff Kinderhaus e.V.
Coordinator, Tuesday women's breakfast"""

FATMA_CC = [ABENA, JOY, MEILIN]

CONF_EN_FATMA = """Dear Ms Yıldız,

thank you for registering for the Tag der Migrantenselbstorganisationen 2027.

  Date:          Saturday, 13 March 2027, 10:00–16:00
  Venue:         Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
  Working group: AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen
                 mit Migrationsvorgeschichte
  Persons:       3

To change or cancel your registration, simply reply to this e-mail.

Kind regards
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""

MEILIN_TEXT = """Hi Fatma, hi everyone,

yes, count me in! Please put me down with Fatma's group as well.

Ms Meza Correa-Flock, I hope a reply like this is enough as a registration – if you need anything else from me, just let me know.

Best,
Mei Lin

Mei Lin Chen
Internationaler Frauentreff Kinderhaus e.V. | volunteer, homework café"""

MEILIN_ATTR = f"On 21 Jan 2027, at 09:30, {P(FATMA)} wrote:"
MEILIN_FULL = apple_plain(MEILIN_TEXT, MEILIN_ATTR, FATMA_TEXT).rstrip("\n")


# -- 018 ---------------------------------------------------------------------
# English, Gmail: registers herself and two named members for AG 2 (3 in
# all) and puts the women's group in cc; mentions Mei Lin, who may come.

@mail("yildiz-english-three-of-us-ag2", "2027-01-21 09:30:44",
      E("registration", FATMA[1], "Fatma Yıldız", "Internationaler Frauentreff Kinderhaus e.V.",
        ["AG2"], 3, "en"), "en")
def _(m):
    m.head(("From", addr(*FATMA, charset="utf-8", enc="q")),
           ("To", TO_MSO),
           ("Cc", plist(*FATMA_CC)),
           ("Subject", T5_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t5_fatma"]),
           ("MIME-Version", "1.0"))
    m.alternative(FATMA_TEXT + "\n", gmail_html(FATMA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Exim bounce (multipart/report) of the coordinator's reply-all to the
# Russian club: Sergej's mailbox is full.  The returned message lists four
# people with their workgroups.

T4_COORD_MSG = coordinator_message(
    P(IRINA), plist(OLGA, IGOR, ALEXEI, SERGEJ), "AW: " + T4_SUBJECT,
    T4_COORD_WHEN, ID["t4_coord"], ID["t4_alexei"],
    "\n ".join([ID["t4_irina"], ID["t4_olga"], ID["t4_igor"], ID["t4_alexei"]]), T4_COORD_TEXT)


@mail("exim-bounce-mailbox-full", "2027-01-21 15:10:41",
      E("bounce", bounced=SERGEJ[1]), "en")
def _(m):
    rcpt = SERGEJ[1]
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mailout.muenster.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1vQx7N-000Kc2-3F@mailout.muenster.example>"),
           ("X-Failed-Recipients", rcpt),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx1.rambler-post.example [203.0.113.45]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    552 5.2.2 Mailbox full / Почтовый ящик переполнен
""", charset="utf-8", cte="8bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mailout.muenster.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.rambler-post.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")])
    m.multi("report", [note, dsn, rfc822_part(T4_COORD_MSG)], style="exim",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Apple Mail, English: "Please put me down with Fatma's group as well" ->
# Fatma's workgroup (AG 2) for herself, one person.

@mail("chen-apple-put-me-down-with-fatmas-group", "2027-01-22 11:03:29",
      E("registration", MEILIN[1], "Mei Lin Chen", "Internationaler Frauentreff Kinderhaus e.V.",
        ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", P(MEILIN)),
           ("To", addr(*FATMA, charset="utf-8", enc="q")),
           ("Cc", plist(COORD, ABENA, JOY)),
           ("Subject", "Re: " + T5_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t5_meilin"]),
           ("In-Reply-To", ID["t5_fatma"]),
           ("References", ID["t5_fatma"]),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(MEILIN_FULL + "\n", apple_html(MEILIN_TEXT, MEILIN_ATTR, FATMA_TEXT),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Outlook reply-all to the coordinator's own confirmation list (quoted below
# a Von:/Gesendet: block): "genauso ... wie Mehmet" -> AG 1; "mich" -> 1
# person, although Mehmet's line in the list says 2 persons.

@mail("arslan-outlook-genauso-wie-mehmet", "2027-01-22 19:40:12",
      E("registration", HUELYA[1], "Hülya Arslan", "Türkisch-Deutscher Elternbund Münster e.V.",
        ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", P(HUELYA)),
           ("To", TO_MSO),
           ("Cc", plist(AHMET, ELIF, MEHMET, BURAK, SELIM)),
           ("Subject", "AW: AW: " + T1_SUBJECT),
           ("Thread-Topic", "AW: " + T1_SUBJECT),
           ("Thread-Index", "AQHbZaX3c1n2o8m4kE6r0TtB5wQyJrK9xM2w"),
           ("Date", m.date),
           ("Message-ID", ID["t1_huelya"]),
           ("In-Reply-To", ID["t1_coord"]),
           ("References", refs("t1_ahmet", "t1_elif", "t1_mehmet", "t1_coord")),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HUELYA_PLAIN, outlook_html(HUELYA_TEXT, HUELYA_HEAD, T1_COORD_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# ===========================================================================
# T6 Mala Kurd (Kurmanji and German) - first part
# ===========================================================================

T6_SUBJECT = "Anmeldung Tag der MSO – Mala Kurd / Beşdarbûn"

AZAD_TEXT = """Rêzdar Xanim Meza Correa-Flock,

silav û rêz. Ez Azad Botan im, berpirsiyarê Mala Kurd li Münsterê. Ez
dixwazim beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibim. Ez dixwazim di
koma xebatê ya duyemîn de cih bigirim (AG 2, Zukunftsprozess).

Hevalno, min hûn xistin CC. Kî dixwaze were, bila bi "Allen antworten" /
"bersivê bide hemûyan" bersiv bide, wê demê navê we rasterast digihîje
şaredariyê.

Bi silav
Azad Botan
Kurdisches Gemeinschaftszentrum Mala Kurd Münster e.V.
Coerdeplatz 3, 48147 Münster"""

AZAD_CC = [DILAN, BERFIN, SERKO]

DILAN_TEXT = """Silav Azad, silav hevalno,

ez jî têm, wek te. Spas ji bo organîzasyonê!

Dilan

Von meinem Samsung Galaxy Smartphone gesendet."""

DILAN_FULL = (DILAN_TEXT + "\n\n-------- Originalnachricht --------\n"
              f"Von: {P(AZAD)}\nDatum: 23.01.27 12:00 (GMT+01:00)\nAn: {TO_MSO}\n"
              f"Cc: {plist(*AZAD_CC)}\nBetreff: {T6_SUBJECT}\n\n{AZAD_TEXT}")

BERFIN_TEXT = """Hallo ihr zwei, hallo Frau Meza Correa-Flock,

ich komme auch gerne mit! Am liebsten würde ich in die Bildungs-AG gehen, ich arbeite als Lehrerin an einer Grundschule in Coerde und erlebe jeden Tag, wo es hakt. Falls die AG schon voll ist, nehmen Sie mich bitte in dieselbe Gruppe wie Azad und Dilan.

Liebe Grüße
Berfin Doğan"""

BERFIN_ATTR = f"Am Sonntag, 24. Januar 2027 um 21:14:37 MEZ hat {P(DILAN)} Folgendes geschrieben:"
BERFIN_FULL = f"{BERFIN_TEXT}\n\n\n{BERFIN_ATTR}\n\n\n{DILAN_FULL}"


# -- 022 ---------------------------------------------------------------------
# Kurmanji, Thunderbird, ISO-8859-9 quoted-printable: the chair registers for
# "koma xebatê ya duyemîn" (the second workgroup, AG 2) and asks the members
# in CC to answer to all.

@mail("botan-kurmanji-opens-thread-ag2", "2027-01-23 12:00:18",
      E("registration", AZAD[1], "Azad Botan", "Kurdisches Gemeinschaftszentrum Mala Kurd Münster e.V.",
        ["AG2"], 1, "ku"), "ku")
def _(m):
    m.head(("From", P(AZAD)),
           ("To", TO_MSO),
           ("Cc", plist(*AZAD_CC)),
           ("Subject", ew(T6_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t6_azad"]),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ku"),
           ("MIME-Version", "1.0"))
    m.single(AZAD_TEXT + "\n", charset="iso-8859-9", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Kurmanji from a Samsung phone (German client footer and German
# "Originalnachricht" block): "ez jî têm, wek te" (I'm coming too, like you)
# -> Azad's AG 2.

@mail("zana-kurmanji-samsung-wek-te", "2027-01-24 21:14:37",
      E("registration", DILAN[1], "Dilan Zana", None, ["AG2"], 1, "ku"), "ku")
def _(m):
    m.head(("From", P(DILAN)),
           ("To", P(AZAD)),
           ("Cc", plist(COORD, BERFIN, SERKO)),
           ("Subject", ew("AW: " + T6_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t6_dilan"]),
           ("In-Reply-To", ID["t6_azad"]),
           ("References", ID["t6_azad"]),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                 f'</head><body dir="auto">{lines_html(DILAN_FULL)}</body></html>\n')
    m.alternative(DILAN_FULL + "\n", html_text, charset="utf-8", cte="base64")


# -- 024 ---------------------------------------------------------------------
# Yahoo Mail, German: first choice the "Bildungs-AG" (AG 1), fallback "dieselbe
# Gruppe wie Azad und Dilan" (AG 2, from the quote).  Her school is her
# employer, not her association (organisation null).  Yahoo quotes without '>'.

@mail("dogan-yahoo-bildung-sonst-wie-azad", "2027-01-25 08:20:03",
      E("registration", BERFIN[1], "Berfin Doğan", None, ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    html_text = ('<html><head></head><body><div class="ydp1a2b3c4dyahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 f'{lines_html(BERFIN_TEXT)}</div><div id="yahoo_quoted_3187462091" class="yahoo_quoted">'
                 '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{esc(BERFIN_ATTR)}</div><div><br></div><div><br></div>'
                 f'<div>{lines_html(DILAN_FULL)}</div></div></div></body></html>\n')
    m.head(("From", addr(*BERFIN, charset="utf-8", enc="q")),
           ("To", P(DILAN)),
           ("Cc", plist(AZAD, COORD, SERKO)),
           ("Subject", ew("Re: AW: " + T6_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t6_berfin"]),
           ("In-Reply-To", ID["t6_dilan"]),
           ("References", refs("t6_azad", "t6_dilan")),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(BERFIN_FULL + "\n", html_text, charset="utf-8", cte="quoted-printable",
                  style="yahoo")


# ===========================================================================
# T8 Anadolu Kadın Derneği (Turkish)
# ===========================================================================

T8_SUBJECT = "MSO günü kaydı / Anmeldung MSO-Tag"

SONGUEL_TEXT = """Sayın Meza Correa-Flock,

ben Songül Yavuz, Anadolu Kadın Derneği Münster'in yönetim kurulundanım.
13 Mart'taki Göçmen Örgütleri Günü'ne arkadaşım Gülsüm Taş ile birlikte
katılmak istiyoruz. İkimiz de eğitim çalışma grubuna (AG 1 - Bildungssystem)
katılmak istiyoruz.

Hanımlar, sizi de CC'ye ekledim. Gelmek isteyen bu maile "Tümünü yanıtla"
ile cevap versin, böylece kaydınız doğrudan belediyeye gider.

Saygılarımla
Songül Yavuz
Anadolu Kadın Derneği Münster e.V."""

SONGUEL_CC = [EMINE, ZEHRA, GUELSUEM]

EMINE_TEXT = """Merhaba Songül, merhaba Sayın Meza Correa-Flock,

beni de Songül'ün grubuna yazarmısınız? Okul konusu benim için de çok önemli, iki çocuğum ortaokulda.

Teşekkürler
Emine Aksu"""

EMINE_ATTR = f"{P(SONGUEL)}, 26 Oca 2027 Sal, 17:45 tarihinde şunu yazdı:"
EMINE_FULL = gmail_plain(EMINE_TEXT, EMINE_ATTR, SONGUEL_TEXT).rstrip("\n")


# -- 025 ---------------------------------------------------------------------
# Turkish, Thunderbird, ISO-8859-9 8bit, sender name RFC 2047 in ISO-8859-9:
# she and a named friend (2) for the education group, AG 1.

@mail("yavuz-turkish-opens-thread-iki-kisi", "2027-01-26 17:45:00",
      E("registration", SONGUEL[1], "Songül Yavuz", "Anadolu Kadın Derneği Münster e.V.",
        ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr(*SONGUEL, charset="iso-8859-9", enc="q")),
           ("To", TO_MSO),
           ("Cc", plist(*SONGUEL_CC)),
           ("Subject", ew(T8_SUBJECT, "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t8_songuel"]),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(SONGUEL_TEXT + "\n", charset="iso-8859-9", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Turkish, Gmail on Android: "beni de Songül'ün grubuna yazarmısınız?" ->
# her own registration in Songül's workgroup (AG 1), one person.

@mail("aksu-turkish-songulun-grubuna", "2027-01-27 10:10:22",
      E("registration", EMINE[1], "Emine Aksu", None, ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", P(EMINE)),
           ("To", addr(*SONGUEL, charset="utf-8", enc="b")),
           ("Cc", plist(COORD, ZEHRA, GUELSUEM)),
           ("Subject", ew("Re: " + T8_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t8_emine"]),
           ("In-Reply-To", ID["t8_songuel"]),
           ("References", ID["t8_songuel"]),
           ("MIME-Version", "1.0"))
    m.alternative(EMINE_FULL + "\n", gmail_html(EMINE_TEXT, EMINE_ATTR, SONGUEL_TEXT),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Russian, reply-all to the coordinator's list: the chair registers another
# member (Наталья Петрова) for AG 2 and asks to confirm to her address.

IRINA2_TEXT = """Уважаемая госпожа Меса Корреа-Флок,

большое спасибо за подтверждение!

К нам присоединяется ещё Наталья Петрова из нашего клуба. Запишите её,
пожалуйста, в нашу группу (AG 2, вместе со мной и Ольгой). Подтверждение,
пожалуйста, отправьте прямо ей: natalia.petrova@mail.example – я поставила
её в копию. Сама я уже записана.

С уважением,
Ирина Волкова
председатель
Russischsprachiger Kulturverein Most Münster e.V."""


@mail("volkova-russian-registers-petrova", "2027-01-28 09:55:14",
      E("registration", NATALIA[1], "Наталья Петрова",
        "Russischsprachiger Kulturverein Most Münster e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr(*IRINA, charset="utf-8", enc="b")),
           ("To", TO_MSO),
           ("Cc", plist(OLGA, IGOR, ALEXEI, SERGEJ, NATALIA)),
           ("Subject", ew("Re: AW: " + T4_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t4_irina_natalia"]),
           ("In-Reply-To", ID["t4_coord"]),
           ("References", refs("t4_irina", "t4_olga", "t4_igor", "t4_alexei", "t4_coord")),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"{IRINA2_TEXT}\n\n21.01.2027 15:10, {MSO_NAME} пишет:\n{gt(T4_COORD_TEXT)}\n",
             charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Turkish, iPhone: asks whether participants get a certificate and would
# come only if so -> question.  Quotes Emine and Songül (AG 1).

ZEHRA_TEXT = """Sayın Meza Correa-Flock,

bir sorum olacak: Katılımcılara sonunda bir katılım belgesi veriliyor mu? Derneğimizin proje raporu için böyle bir belgeye ihtiyacımız var. Eğer belge verilecekse ben de gelmek isterim.

Saygılarımla
Zehra Kılınç

iPhone'umdan gönderildi"""


@mail("kilinc-iphone-turkish-question-certificate", "2027-01-29 20:30:48",
      E("question", ZEHRA[1], "Zehra Kılınç", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr(*ZEHRA, charset="utf-8", enc="q")),
           ("To", P(EMINE)),
           ("Cc", plist(SONGUEL, COORD, GUELSUEM)),
           ("Subject", ew("Re: " + T8_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t8_zehra"]),
           ("In-Reply-To", ID["t8_emine"]),
           ("References", refs("t8_songuel", "t8_emine")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    quoted = f"27 Oca 2027 tarihinde 10:10 saatinde, {P(EMINE)} şunu yazdı:\n\n{EMINE_FULL}"
    m.single(f"{ZEHRA_TEXT}\n\n{gt(quoted)}\n", charset="utf-8", cte="quoted-printable")


# ===========================================================================
# T3 Deutsch-Arabischer Kulturverein Al-Nour (Arabic and German)
# ===========================================================================

T3_SUBJECT = "يوم منظمات المهاجرين – ١٣ آذار"

OMAR_INT = """السلام عليكم ورحمة الله،

الإخوة والأخوات في الهيئة الإدارية،
وصلتنا دعوة من مدينة مونستر ليوم منظمات المهاجرين يوم السبت ١٣ آذار ٢٠٢٧ في Stadtweinhaus.
أنا سأشارك في مجموعة العمل الثالثة (فرص التمويل وإدارة الجمعيات بفعالية)، لأننا نحتاج دعماً لمشروع دروس اللغة العربية للأطفال.

من يريد أن يأتي معي، يرد على هذه الرسالة، وأنا أرسل الأسماء للمدينة.

عمر الشامي
رئيس الجمعية
Deutsch-Arabischer Kulturverein Al-Nour Münster e.V."""

SAMER_INT = """أنا معك يا أبو خالد، سجّلني في نفس المجموعة.

سامر

أُرسلت من الـ iPhone الخاص بي"""

HUDA_INT = """صباح الخير،
أنا أيضاً سأحضر، لكن أفضّل مجموعة العمل الأولى عن التعليم، بسبب مدرسة أولادي.
هدى"""

OMAR_FWD_LINE = ("Sehr geehrte Frau Meza Correa-Flock, bitte tragen Sie uns drei so ein, "
                 "wie unten besprochen – danke! Omar Al-Shami")

SAMER_INT_FULL = SAMER_INT + "\n\n" + gt(
    f"في ٢٩‏/٠١‏/٢٠٢٧، الساعة ٦:٠٠ م، كتب {P(OMAR)}:\n\n{OMAR_INT}")

HUDA_INT_FULL = (HUDA_INT + "\n\n"
                 f"في الجمعة، ٢٩ يناير ٢٠٢٧ في ٨:٤١ م، كتب {P(SAMER)}:\n\n"
                 + gt(SAMER_INT_FULL))

OMAR_FWD = (OMAR_FWD_LINE + "\n\n---------- Forwarded message ---------\n"
            f"Von: {P(HUDA)}\n"
            "Date: Sa., 30. Jan. 2027 um 09:12 Uhr\n"
            f"Subject: Re: {T3_SUBJECT}\n"
            f"To: {P(OMAR)}\n"
            f"Cc: {plist(SAMER, AHMAD)}\n\n\n" + HUDA_INT_FULL)

T3_COORD_TEXT = """Sehr geehrter Herr Al-Shami, liebe Mitglieder von Al-Nour,

vielen Dank! Ich habe eingetragen:

- Omar Al-Shami – AG 3 (Förderungsmöglichkeiten und Vereinsmanagement)
- Samer Nasser – AG 3
- Huda Ibrahim – AG 1 (Bildungssystem)

Die Arbeitsgruppen beginnen nach der Mittagspause um 13:00 Uhr.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

T3_COORD_ATTR_AR = f"في الثلاثاء، ٢ فبراير ٢٠٢٧ في ١١:٢٠ ص، كتب {P(COORD)}:"


# -- 029 ---------------------------------------------------------------------
# The chair forwards the association's internal Arabic thread (Gmail, German
# interface) and adds one German line: "uns drei".  In the forward: he takes
# AG 3 ("الثالثة"), Samer "with you, same group", Huda the first (AG 1).
# Labelled as the writer's own registration: AG 3, party 3 (see README).

@mail("al-shami-forwards-internal-thread-one-line", "2027-02-01 10:15:33",
      E("registration", OMAR[1], "Omar Al-Shami", "Deutsch-Arabischer Kulturverein Al-Nour Münster e.V.",
        ["AG3"], 3, "de"), "de")
def _(m):
    html_text = (f'<div dir="ltr">{esc(OMAR_FWD_LINE)}<br><br><div class="gmail_quote">'
                 '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                 f"Von: <strong class=\"gmail_sendername\" dir=\"auto\">{esc(HUDA[0])}</strong> "
                 f"<span dir=\"auto\">&lt;{HUDA[1]}&gt;</span><br>Date: Sa., 30. Jan. 2027 um 09:12 Uhr<br>"
                 f"Subject: Re: {esc(T3_SUBJECT)}<br>To: {esc(P(OMAR))}<br>"
                 f"Cc: {esc(plist(SAMER, AHMAD))}<br></div><br><br>"
                 f'<div dir="rtl">{lines_html(HUDA_INT_FULL, rtl=True)}</div></div></div>\n')
    m.head(("From", P(OMAR)),
           ("To", TO_MSO),
           ("Cc", plist(SAMER, HUDA, AHMAD)),
           ("Subject", ew("Fwd: Re: " + T3_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t3_omar_fwd"]),
           ("References", refs("t3_omar_int", "t3_samer_int", "t3_huda_int")),
           ("In-Reply-To", ID["t3_huda_int"]),
           ("MIME-Version", "1.0"))
    m.alternative(OMAR_FWD + "\n", html_text, charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 030 ---------------------------------------------------------------------
# The Elternbund's member newsletter (List-Id, List-Unsubscribe, Precedence:
# bulk), which the coordinator's address now also receives.  It talks about
# the MSO-Tag, AG 1 and AG 3 and gives the registration address: other.

NEWSLETTER_TEXT = """Türkisch-Deutscher Elternbund Münster e.V. – Rundbrief Februar 2027
Türk-Alman Veliler Birliği – Şubat 2027 bülteni

Liebe Mitglieder, liebe Eltern,

1) Hausaufgabenhilfe
Ab dem 15. Februar treffen wir uns wieder dienstags und donnerstags von 15 bis 17 Uhr im Gemeindehaus. Wir suchen noch zwei Ehrenamtliche für Mathe ab Klasse 7.

2) MSO-Tag am 13. März
Unser Verein ist beim Tag der Migrantenselbstorganisationen im Stadtweinhaus dabei. Aus dem Vorstand haben sich bisher fünf Personen angemeldet, für die AG 1 (Bildung) und die AG 3 (Förderung). Wer auch hingehen möchte, meldet sich bitte selbst per E-Mail bei der Stadt an: mso-tag@muenster.example

3) Frühlingsbasar (Kermes)
Unser Basar findet am Samstag, 24. April, statt. Kuchenspenden bitte bei Hülya anmelden.

Herzliche Grüße / Sevgiyle
Euer Vorstand

--
Sie erhalten diesen Rundbrief, weil Sie im Verteiler des Elternbunds eingetragen sind.
Abmelden: https://elternbund-ms.example/rundbrief/abmelden"""


@mail("elternbund-rundbrief-februar", "2027-02-02 18:00:00",
      E("other"), "de")
def _(m):
    blocks = NEWSLETTER_TEXT.split("\n\n")
    body = "".join(
        f'<p style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">'
        + "<br>".join(esc(l) for l in b.split("\n")) + "</p>" for b in blocks)
    html_text = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rundbrief Februar 2027</title>'
                 '</head><body style="background:#f4f4f4"><table width="600" align="center" '
                 f'style="background:#ffffff;padding:24px"><tr><td>{body}</td></tr></table></body></html>\n')
    m.head(("From", '"Elternbund Münster – Rundbrief" <rundbrief@elternbund-ms.example>'),
           ("To", "mitglieder@elternbund-ms.example"),
           ("Subject", "Rundbrief Februar 2027: Hausaufgabenhilfe, MSO-Tag, Kermes"),
           ("Date", m.date),
           ("Message-ID", ID["t1_newsletter"]),
           ("List-Id", "Rundbrief Elternbund <rundbrief.elternbund-ms.example>"),
           ("List-Unsubscribe", "<mailto:rundbrief-leave@elternbund-ms.example>, "
                                "<https://elternbund-ms.example/rundbrief/abmelden>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "phpList v3.6.15"),
           ("MIME-Version", "1.0"),
           envelope="bounces-rundbrief@elternbund-ms.example")
    m.alternative(NEWSLETTER_TEXT + "\n", html_text, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# English, Outlook for iOS, reply-all: registered inside Fatma's group, she
# only asks whether she may bring her baby -> question.

ABENA_TEXT = """Hi all,

Quick question for Ms Meza Correa-Flock: my son will be 5 months old by then. Would it be OK to bring him along in the baby carrier? And is there somewhere quiet where I could feed him?

Thanks a lot,
Abena"""

ABENA_HEAD = (P(MEILIN), "Friday, January 22, 2027 11:03:29 AM", P(FATMA),
              plist(COORD, ABENA, JOY, sep="; "), "Re: " + T5_SUBJECT)
ABENA_PLAIN = (ABENA_TEXT + "\n\nGet Outlook for iOS<https://aka.ms.example/o0ukef>\n"
               "________________________________\n"
               + outlook_block(ABENA_HEAD, ("From", "Sent", "To", "Cc", "Subject"))
               + "\n\n" + MEILIN_FULL)


@mail("owusu-outlook-ios-question-baby", "2027-02-03 09:40:26",
      E("question", ABENA[1], "Abena Owusu", None, [], None, "en"), "en")
def _(m):
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 f'<body><div dir="ltr">{lines_html(ABENA_TEXT)}</div><div><br></div>'
                 '<div dir="ltr">Get <a href="https://aka.ms.example/o0ukef">Outlook for iOS</a></div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                 f"<b>From:</b> {esc(ABENA_HEAD[0])}<br><b>Sent:</b> {esc(ABENA_HEAD[1])}<br>"
                 f"<b>To:</b> {esc(ABENA_HEAD[2])}<br><b>Cc:</b> {esc(ABENA_HEAD[3])}<br>"
                 f"<b>Subject:</b> {esc(ABENA_HEAD[4])}</font><div>&nbsp;</div></div>"
                 f"<div>{lines_html(MEILIN_FULL)}</div></body></html>\n")
    m.head(("From", P(ABENA)),
           ("To", P(MEILIN)),
           ("Cc", plist(FATMA, COORD, JOY)),
           ("Subject", "Re: " + T5_SUBJECT),
           ("Thread-Topic", T5_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t5_abena"]),
           ("In-Reply-To", ID["t5_meilin"]),
           ("References", refs("t5_fatma", "t5_meilin")),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ABENA_PLAIN + "\n", html_text, charset="utf-8", cte="base64", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Arabic, Gmail with Arabic interface, reply-all to the coordinator's list
# (Omar AG 3, Samer AG 3, Huda AG 1): "سجّليني أيضاً، مثل سامر تماماً" (just
# like Samer) -> AG 3.  Arabic signature beats the Latin display name.

AHMAD_TEXT = """السلام عليكم،

السيدة ميزا كوريا-فلوك المحترمة، أرجو أن تسجّليني أيضاً، مثل سامر تماماً. لم أستطع الرد على عمر في الوقت المناسب لأنني كنت مسافراً.

مع الشكر والتقدير
أحمد زيدان"""


@mail("zaidan-arabic-mithl-samer", "2027-02-04 13:25:50",
      E("registration", AHMAD[1], "أحمد زيدان", None, ["AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", P(AHMAD)),
           ("To", TO_MSO),
           ("Cc", plist(OMAR, SAMER, HUDA)),
           ("Subject", ew("Re: AW: Fwd: Re: " + T3_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t3_ahmad"]),
           ("In-Reply-To", ID["t3_coord"]),
           ("References", refs("t3_omar_fwd", "t3_coord")),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(AHMAD_TEXT, T3_COORD_ATTR_AR, T3_COORD_TEXT),
                  gmail_html(AHMAD_TEXT, T3_COORD_ATTR_AR, T3_COORD_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# ===========================================================================
# confirmations the tool sent (quoted in replies)
# ===========================================================================

CONF_DE_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
CONF_EN_SUBJECT = "Registration confirmed: Tag der Migrantenselbstorganisationen 2027"


def conf_de(anrede, ag_lines, persons):
    ag = "\n".join(("  Arbeitsgruppe: " if i == 0 else "                 ") + line
                   for i, line in enumerate(ag_lines))
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

  Termin:        Samstag, 13. März 2027, 10:00–16:00 Uhr
  Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
{ag}
  Personen:      {persons}

Änderungen oder eine Absage schicken Sie bitte als Antwort auf diese E-Mail.

Freundliche Grüße
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


CONF_KAVEH = conf_de("Herr Jafari",
                     ["AG 1 – Menschen mit Migrationsvorgeschichte im",
                      "Bildungssystem (Zweitwunsch: AG 2)"], 2)
CONF_NATALIA = conf_de("Frau Petrova",
                       ["AG 2 – Münsters Zukunftsprozess aus der Sicht der",
                        "Menschen mit Migrationsvorgeschichte"], 1)


# -- 033 ---------------------------------------------------------------------
# Farsi, reply to his confirmation (AG 1, 2 persons quoted): his wife cannot
# come, "۱ نفر" -> change of party size to 1, no workgroup named.

KAVEH_CHANGE_TEXT = """با سلام،

متأسفانه همسرم آن روز باید سر کار برود و نمی‌تواند بیاید. لطفاً ثبت‌نام ما را به ۱ نفر تغییر دهید، خودم حتماً می‌آیم.

با تشکر
کاوه جعفری"""

KAVEH_CONF_ATTR = f"‏در تاریخ یکشنبه ۱۷ ژانویهٔ ۲۰۲۷ ساعت ۲۰:۱۵ {MSO_NAME} <{MSO}> نوشت:‏"


@mail("jafari-farsi-change-wife-cannot-come", "2027-02-05 22:10:09",
      E("change", KAVEH[1], "کاوه جعفری", None, [], 1, "fa"), "fa")
def _(m):
    m.head(("From", P(KAVEH)),
           ("To", TO_MSO),
           ("Cc", P(MARYAM)),
           ("Subject", "Re: " + CONF_DE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t2_kaveh_change"]),
           ("In-Reply-To", ID["t2_conf_kaveh"]),
           ("References", refs("t2_maryam", "t2_kaveh", "t2_conf_kaveh")),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KAVEH_CHANGE_TEXT, KAVEH_CONF_ATTR, CONF_KAVEH),
                  gmail_html(KAVEH_CHANGE_TEXT, KAVEH_CONF_ATTR, CONF_KAVEH, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# iPhone, German: "könnte ich bitte doch in die AG 2 wechseln?" -> change.
# Below: Hülya's mail, the coordinator's list (Elif Şahin – AG 3) and
# other members' choices.

@mail("sahin-iphone-change-to-ag2", "2027-02-08 08:05:30",
      E("change", ELIF[1], "Elif Şahin", None, ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", P(ELIF)),
           ("To", P(HUELYA)),
           ("Cc", plist(COORD, AHMET, MEHMET, BURAK, SELIM)),
           ("Subject", "Re: AW: AW: " + T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t1_elif_change"]),
           ("In-Reply-To", ID["t1_huelya"]),
           ("References", refs("t1_ahmet", "t1_mehmet", "t1_coord", "t1_huelya")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(ELIF_CHANGE_FULL + "\n", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Outlook reply-all: "in dieselbe AG wie Elif" -> Elif's new wish (AG 2,
# quoted right below), not the AG 3 the coordinator's older list gives her.

@mail("arslan-outlook-change-dieselbe-ag-wie-elif", "2027-02-08 12:47:51",
      E("change", HUELYA[1], "Hülya Arslan", "Türkisch-Deutscher Elternbund Münster e.V.",
        ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", P(HUELYA)),
           ("To", P(ELIF)),
           ("Cc", plist(COORD, AHMET, MEHMET, BURAK, SELIM)),
           ("Subject", "AW: Re: AW: AW: " + T1_SUBJECT),
           ("Thread-Topic", "AW: " + T1_SUBJECT),
           ("Thread-Index", "AQHbZaX3c1n2o8m4kE6r0TtB5wQyJrK9xM2wAAFq3Ew="),
           ("Date", m.date),
           ("Message-ID", ID["t1_huelya_change"]),
           ("In-Reply-To", ID["t1_elif_change"]),
           ("References", refs("t1_ahmet", "t1_coord", "t1_huelya", "t1_elif_change")),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HUELYA_CHANGE_PLAIN,
                  outlook_html(HUELYA_CHANGE_TEXT, HUELYA_CHANGE_HEAD, ELIF_CHANGE_FULL),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# HTML only (new Outlook), German: "in dieselbe Gruppe wie Azad und Dilan"
# -> AG 2; the quoted thread below shows Azad's AG 2 and her own AG 1 wish.

BERFIN_CHANGE_TEXT = """Hallo Frau Meza Correa-Flock,

ich habe es mir anders überlegt: Bitte tragen Sie mich doch nicht in die Bildungs-AG ein, sondern in dieselbe Gruppe wie Azad und Dilan. Dann treten wir drei als Verein zusammen auf.

Danke und liebe Grüße
Berfin Doğan"""

BERFIN_CHANGE_HEAD = (P(BERFIN), "Montag, 25. Januar 2027 08:20", P(DILAN),
                      plist(AZAD, COORD, SERKO, sep="; "), "Re: AW: " + T6_SUBJECT)
BERFIN_CHANGE_PLAIN = outlook_plain(BERFIN_CHANGE_TEXT, BERFIN_CHANGE_HEAD, BERFIN_FULL)


@mail("dogan-html-only-change-wie-azad-und-dilan", "2027-02-11 16:00:37",
      E("change", BERFIN[1], "Berfin Doğan", None, ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", addr(*BERFIN, charset="utf-8", enc="b")),
           ("To", P(DILAN)),
           ("Cc", plist(AZAD, COORD, SERKO)),
           ("Subject", ew("AW: Re: AW: " + T6_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t6_berfin_change"]),
           ("In-Reply-To", ID["t6_berfin"]),
           ("References", refs("t6_azad", "t6_dilan", "t6_berfin")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BERFIN_CHANGE_TEXT, BERFIN_CHANGE_HEAD, BERFIN_FULL),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Arabic, Gmail, reply-all to the coordinator's list (Huda Ibrahim – AG 1):
# "من مجموعة العمل الأولى إلى مجموعة العمل الثانية" (from the first to the
# second workgroup) -> change to AG 2.

HUDA_CHANGE_TEXT = """مرحباً السيدة ميزا كوريا-فلوك،

أرجو نقلي من مجموعة العمل الأولى إلى مجموعة العمل الثانية. بعد التفكير، موضوع مستقبل مدينة مونستر يهمّني أكثر، لأنني عضوة في مجلس الحي في كيندرهاوس.

شكراً جزيلاً
هدى إبراهيم"""

HUDA_CHANGE_PLAIN = gmail_plain(HUDA_CHANGE_TEXT, T3_COORD_ATTR_AR, T3_COORD_TEXT).rstrip("\n")


@mail("ibrahim-arabic-change-to-second-group", "2027-02-12 10:20:44",
      E("change", HUDA[1], "هدى إبراهيم", None, ["AG2"], None, "ar"), "ar")
def _(m):
    m.head(("From", P(HUDA)),
           ("To", TO_MSO),
           ("Cc", plist(OMAR, SAMER, AHMAD)),
           ("Subject", ew("Re: AW: Fwd: Re: " + T3_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t3_huda_change"]),
           ("In-Reply-To", ID["t3_coord"]),
           ("References", refs("t3_omar_fwd", "t3_coord")),
           ("MIME-Version", "1.0"))
    m.alternative(HUDA_CHANGE_PLAIN + "\n",
                  gmail_html(HUDA_CHANGE_TEXT, T3_COORD_ATTR_AR, T3_COORD_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# The chair's vacation reply (Sieve, Auto-Submitted: auto-replied (vacation)),
# Arabic and German, windows-1256 quoted-printable, to the coordinator's
# short answer to Huda.

OMAR_OOO = """شكراً لرسالتك. أنا في إجازة حتى 22 فبراير ولن أتمكن من قراءة بريدي الإلكتروني. للأمور العاجلة يرجى التواصل مع info@alnour-ms.example.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 22. Februar im Urlaub und lese meine E-Mails nicht. In dringenden Angelegenheiten wenden Sie sich bitte an info@alnour-ms.example.

Omar Al-Shami
Deutsch-Arabischer Kulturverein Al-Nour Münster e.V."""


@mail("al-shami-vacation-arabic-german", "2027-02-12 10:52:31",
      E("auto_reply"), "ar")
def _(m):
    m.head(("From", P(OMAR)),
           ("To", MSO),
           ("Subject", ew("Abwesenheitsnotiz / رد تلقائي", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<vacation.1770889951.52817@alnour-ms.example>"),
           ("In-Reply-To", ID["t3_coord2"]),
           ("References", ID["t3_coord2"]),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(OMAR_OOO + "\n", charset="windows-1256", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Yahoo, English, reply-all in the women's thread: she cannot come after
# all and asks to be taken off the list -> cancellation (she was registered
# as one of Fatma's three).  Yahoo quotes without '>'.

JOY_TEXT = """Morning ladies,

bad news from my side, I'm afraid: I won't be able to come on the 13th after all. They've changed the rota at the care home and I couldn't find anyone to swap with.

Ms Meza Correa-Flock, please take me off the list for the MSO Day. Fatma, Abena, Mei Lin – enjoy it and tell me everything!

Joy"""

JOY_ATTR = f"On Wednesday, February 3, 2027 at 09:40:26 AM GMT+1, {P(ABENA)} wrote:"


@mail("adeyemi-yahoo-cannot-come-after-all", "2027-02-13 07:15:12",
      E("cancellation", JOY[1], "Joy Adeyemi", None, [], None, "en"), "en")
def _(m):
    html_text = ('<html><head></head><body><div class="ydp7e2c91ayahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
                 f'{lines_html(JOY_TEXT)}</div><div id="yahoo_quoted_8834120567" class="yahoo_quoted">'
                 '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{esc(JOY_ATTR)}</div><div><br></div><div><br></div>'
                 f'<div>{lines_html(ABENA_PLAIN)}</div></div></div></body></html>\n')
    m.head(("From", P(JOY)),
           ("To", P(ABENA)),
           ("Cc", plist(MEILIN, FATMA, COORD)),
           ("Subject", "Re: " + T5_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t5_joy"]),
           ("In-Reply-To", ID["t5_abena"]),
           ("References", refs("t5_fatma", "t5_meilin", "t5_abena")),
           ("X-Mailer", "WebService/1.1.23261 YMailNodin"),
           ("MIME-Version", "1.0"))
    m.alternative(f"{JOY_TEXT}\n\n\n{JOY_ATTR}\n\n\n{ABENA_PLAIN}\n", html_text,
                  charset="utf-8", cte="quoted-printable", style="yahoo")


# -- 040 ---------------------------------------------------------------------
# English, Gmail, reply to her own (English) confirmation: "we are only two
# now" and "move both of us from working group 2 to working group 1" ->
# change to AG 1, party 2.

FATMA_CHANGE_TEXT = """Dear Ms Meza Correa-Flock,

as Joy has already let you know, she can't make it, so we are only two now – Abena and me.

And one more change, if that's possible: could you move both of us from working group 2 to working group 1? Abena's eldest has just started school and that has become the big topic in our group.

Many thanks and best regards,
Fatma Yıldız
Internationaler Frauentreff Kinderhaus e.V."""

FATMA_CONF_ATTR = f"On Thu, 21 Jan 2027 at 09:31, {MSO_NAME} <{MSO}> wrote:"


@mail("yildiz-english-change-two-persons-ag1", "2027-02-16 12:30:58",
      E("change", FATMA[1], "Fatma Yıldız", "Internationaler Frauentreff Kinderhaus e.V.",
        ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", addr(*FATMA, charset="utf-8", enc="q")),
           ("To", TO_MSO),
           ("Cc", P(ABENA)),
           ("Subject", "Re: " + CONF_EN_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t5_fatma_change"]),
           ("In-Reply-To", ID["t5_conf_fatma"]),
           ("References", refs("t5_fatma", "t5_conf_fatma")),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(FATMA_CHANGE_TEXT, FATMA_CONF_ATTR, CONF_EN_FATMA),
                  gmail_html(FATMA_CHANGE_TEXT, FATMA_CONF_ATTR, CONF_EN_FATMA),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Russian webmail, reply to the confirmation sent to her after Irina
# registered her: asks about a lift or ramp (wheelchair) -> question.

NATALIA_TEXT = """Здравствуйте!

Спасибо за подтверждение. У меня вопрос: есть ли в Stadtweinhaus лифт или пандус? Я передвигаюсь на инвалидной коляске, и мне важно знать, смогу ли я попасть в зал рабочей группы.

Заранее спасибо,
Наталья Петрова"""

NATALIA_ATTR = f"Четверг, 28 января 2027, 9:55 +01:00 от {MSO_NAME} <{MSO}>:"


@mail("petrova-russian-question-wheelchair", "2027-02-18 14:45:33",
      E("question", NATALIA[1], "Наталья Петрова", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr(*NATALIA, charset="utf-8", enc="b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_DE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t4_natalia_q"]),
           ("In-Reply-To", ID["t4_conf_natalia"]),
           ("References", ID["t4_conf_natalia"]),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("MIME-Version", "1.0"))
    m.alternative(f"{NATALIA_TEXT}\n\n\n{NATALIA_ATTR}\n{gt(CONF_NATALIA)}\n",
                  gmail_html(NATALIA_TEXT, NATALIA_ATTR, CONF_NATALIA),
                  charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# Outlook for Android, reply-all at the bottom of a long thread (Hülya's
# change, Elif's change, the coordinator's list, Hülya's registration):
# "ich muss leider absagen ... bitte streichen Sie mich" -> cancellation.

AUTO_DIV = '<div dir="auto">'

BURAK_CANCEL_TEXT = """Hallo zusammen,

ich muss leider absagen 😞 Am 13.03. heiratet mein Cousin in Bielefeld, das hatte ich komplett verpeilt. Frau Meza Correa-Flock, bitte streichen Sie mich von der Liste.

Viel Spaß euch!
Burak Koç"""


@mail("koc-outlook-android-cancel-wedding", "2027-02-24 20:10:40",
      E("cancellation", BURAK[1], "Burak Koç", None, [], None, "de"), "de")
def _(m):
    head = (P(HUELYA), "Monday, February 8, 2027 12:47:51 PM", P(ELIF),
            plist(COORD, AHMET, MEHMET, BURAK, SELIM, sep="; "), "AW: Re: AW: AW: " + T1_SUBJECT)
    text = (BURAK_CANCEL_TEXT + "\n\nOutlook für Android herunterladen<https://aka.ms.example/AAb9ysg>\n"
            "________________________________\n" + outlook_block(head) + "\n\n"
            + HUELYA_CHANGE_PLAIN)
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 f'</head><body>{lines_html(BURAK_CANCEL_TEXT).replace("<div>", AUTO_DIV)}'
                 '<div dir="auto"><br></div><div dir="auto">Outlook für Android herunterladen'
                 '&lt;<a href="https://aka.ms.example/AAb9ysg">https://aka.ms.example/AAb9ysg</a>&gt;</div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                 f"<b>Von:</b> {esc(head[0])}<br><b>Gesendet:</b> {esc(head[1])}<br>"
                 f"<b>An:</b> {esc(head[2])}<br><b>Cc:</b> {esc(head[3])}<br>"
                 f"<b>Betreff:</b> {esc(head[4])}</font><div>&nbsp;</div></div>"
                 f"<div>{lines_html(HUELYA_CHANGE_PLAIN)}</div></body></html>\n")
    m.head(("From", addr(*BURAK, charset="utf-8", enc="b")),
           ("To", P(HUELYA)),
           ("Cc", plist(ELIF, COORD, AHMET, MEHMET, SELIM)),
           ("Subject", "AW: AW: Re: AW: AW: " + T1_SUBJECT),
           ("Thread-Topic", "AW: " + T1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", ID["t1_burak_cancel"]),
           ("In-Reply-To", ID["t1_huelya_change"]),
           ("References", refs("t1_ahmet", "t1_coord", "t1_huelya", "t1_elif_change",
                               "t1_huelya_change")),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(text, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Arabic from an iPhone, reply-all to the coordinator's short note to Huda
# ("jetzt für die AG 2 eingetragen"), which quotes Huda's change and the
# list: "أرجو إلغاء تسجيلي" (please cancel my registration).

T3_COORD2_TEXT = """Liebe Frau Ibrahim,

erledigt: Sie sind jetzt für die AG 2 eingetragen.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

T3_COORD2_FULL = (T3_COORD2_TEXT + "\n\n"
                  + outlook_block((P(HUDA), "Freitag, 12. Februar 2027 10:20",
                                   TO_MSO, plist(OMAR, SAMER, AHMAD, sep="; "),
                                   "Re: AW: Fwd: Re: " + T3_SUBJECT))
                  + "\n\n" + HUDA_CHANGE_PLAIN)

SAMER_CANCEL_TEXT = """السلام عليكم،

للأسف لن أستطيع الحضور يوم ١٣ آذار، عندي ظرف عائلي طارئ وسأسافر إلى أختي في هامبورغ. أرجو إلغاء تسجيلي.

أبو خالد، أعتذر منك، إن شاء الله المرة القادمة.

سامر ناصر

أُرسلت من الـ iPhone الخاص بي"""


@mail("nasser-iphone-arabic-cancel", "2027-02-26 09:00:15",
      E("cancellation", SAMER[1], "سامر ناصر", None, [], None, "ar"), "ar")
def _(m):
    quoted = f"في ١٢‏/٠٢‏/٢٠٢٧، الساعة ١٠:٥٢ ص، كتب {P(COORD)}:\n\n{T3_COORD2_FULL}"
    m.head(("From", P(SAMER)),
           ("To", TO_MSO),
           ("Cc", plist(HUDA, OMAR, AHMAD)),
           ("Subject", ew("Re: AW: Re: AW: Fwd: Re: " + T3_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t3_samer_cancel"]),
           ("In-Reply-To", ID["t3_coord2"]),
           ("References", refs("t3_omar_fwd", "t3_coord", "t3_huda_change", "t3_coord2")),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single(f"{SAMER_CANCEL_TEXT}\n\n{gt(quoted)}\n", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# Kurmanji from the Samsung phone again, reply-all under Berfin's change:
# "ez nikarim werim ... navê min ji lîsteyê derxînin" (I can't come ...
# take my name off the list) -> cancellation.

DILAN_CANCEL_TEXT = """Silav hevalno,

mixabin ez nikarim werim. Roja 13ê Adarê ezmûna min a zimanê almanî (B2) heye, min nû fêm kir. Xanim Meza Correa-Flock, ji kerema xwe navê min ji lîsteyê derxînin.

Berfin, Azad, li wir ji min re jî biaxivin! 😊

Dilan

Von meinem Samsung Galaxy Smartphone gesendet."""

DILAN_CANCEL_FULL = (DILAN_CANCEL_TEXT + "\n\n-------- Originalnachricht --------\n"
                     f"Von: {P(BERFIN)}\nDatum: 11.02.27 16:00 (GMT+01:00)\nAn: {P(DILAN)}\n"
                     f"Cc: {plist(AZAD, COORD, SERKO)}\nBetreff: AW: Re: AW: {T6_SUBJECT}\n\n"
                     + BERFIN_CHANGE_PLAIN)


@mail("zana-kurmanji-samsung-cancel-exam", "2027-03-02 21:30:27",
      E("cancellation", DILAN[1], "Dilan Zana", None, [], None, "ku"), "ku")
def _(m):
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                 f'</head><body dir="auto">{lines_html(DILAN_CANCEL_FULL)}</body></html>\n')
    m.head(("From", P(DILAN)),
           ("To", addr(*BERFIN, charset="utf-8", enc="b")),
           ("Cc", plist(AZAD, COORD, SERKO)),
           ("Subject", ew("AW: AW: Re: AW: " + T6_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", ID["t6_dilan_cancel"]),
           ("In-Reply-To", ID["t6_berfin_change"]),
           ("References", refs("t6_azad", "t6_dilan", "t6_berfin", "t6_berfin_change")),
           ("MIME-Version", "1.0"))
    m.alternative(DILAN_CANCEL_FULL + "\n", html_text, charset="utf-8", cte="base64")


# -- 045 ---------------------------------------------------------------------
# German, Gmail, reply-all (the coordinator still in Cc): a member who only
# drives the others offers lifts and says he is at work himself -> other.

SERKO_TEXT = """Hallo ihr,

schade, Dilan! Dann ist in meinem Auto jetzt Platz für vier. Ich fahre am Samstag um 9:15 Uhr vom Mala Kurd am Coerdeplatz los und hole euch um 16:30 Uhr am Prinzipalmarkt wieder ab, dazwischen bin ich selbst auf der Arbeit. Wer mitfahren will, schreibt mir bitte bis Freitag kurz per WhatsApp.

Şêrko"""

SERKO_ATTR = f"Am Di., 2. März 2027 um 21:30 Uhr schrieb {P(DILAN)}:"


@mail("amedi-gmail-carpool-other", "2027-03-08 18:20:05",
      E("other"), "de")
def _(m):
    m.head(("From", addr(*SERKO, charset="utf-8", enc="q")),
           ("To", P(DILAN)),
           ("Cc", plist(BERFIN, AZAD, COORD)),
           ("Subject", ew("Re: AW: AW: Re: AW: " + T6_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", ID["t6_serko"]),
           ("In-Reply-To", ID["t6_dilan_cancel"]),
           ("References", refs("t6_azad", "t6_berfin", "t6_berfin_change", "t6_dilan_cancel")),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SERKO_TEXT, SERKO_ATTR, DILAN_CANCEL_FULL),
                  gmail_html(SERKO_TEXT, SERKO_ATTR, DILAN_CANCEL_FULL),
                  charset="utf-8", cte="quoted-printable", style="gmail")


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
MACHINE = ("auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "ru", "fa", "ku")


def decoded_headers(msg):
    out = []
    for k, v in msg.items():
        try:
            out.append(f"{k}: {make_header(decode_header(str(v)))}")
        except Exception:
            out.append(f"{k}: {v}")
    return out


def check_label(e, msg, text):
    """Problems with one expected record (form, and agreement with the mail)."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups for a kind that takes none")
    p = e["party_size"]
    if k == "registration" and not (isinstance(p, int) and p >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and not (p is None or (isinstance(p, int) and p >= 1)):
        problems.append("change party_size must be null or >= 1")
    if k not in ("registration", "change") and p is not None:
        problems.append("party_size must be null")
    if (e["bounced_recipient"] is None) == (k == "bounce"):
        problems.append("bounced_recipient only (and always) for bounces")
    if k in MACHINE:
        if any(e[f] is not None for f in ("email", "name", "organisation", "language")):
            problems.append("machine/other mail must have null email/name/organisation/language")
        return problems
    if e["language"] not in LANGS:
        problems.append(f"language {e['language']}")
    em = e["email"]
    if not em or em != em.lower():
        problems.append("email must be lower-case and present")
    senders = [a.lower() for _, a in getaddresses(
        [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
    if em not in senders and em not in text.lower():
        problems.append(f"email {em} not in From/Reply-To or text")
    if not e["name"] or e["name"] not in text:
        problems.append(f"name {e['name']!r} not in the mail")
    if e["organisation"] is not None and e["organisation"] not in text:
        problems.append(f"organisation {e['organisation']!r} not in the mail")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and data.count(b"\n") != data.count(b"\r\n"):
        problems.append("mixed line ends in a CRLF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build time")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text" and not p.is_multipart():
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"part does not decode as {cs}: {exc}")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += decoded_headers(p)
        if p.get_content_maintype() == "text" and not p.is_multipart():
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
    problems += check_label(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{l:>4}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{table[(k, l)] or '-':>4}" for l in langs))
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

    senders = set()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        mid = str(m.msg["Message-ID"])
        if mid in senders:
            print(f"{name}: duplicate Message-ID")
            bad += 1
        senders.add(mid)
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
