#!/usr/bin/env python3
"""Build the "final21d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Vielfaltsforum Köln-Kalk 2027 (config.toml in this folder), four
workgroups ("Werkstätten") WS1..WS4.  The writers are second-generation young
adults and bilingual families who switch languages inside one mail.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check it:
no MIME defects, each body part decodes to exactly the text written here
(attachments: the same bytes), only example domains, no sender twice, and
well-formed labels that agree with the mail.

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
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

VF = "vielfaltsforum@koeln-kalk.example"
VF_NAME = "Vielfaltsforum Köln-Kalk"
TO_VF = f"{VF_NAME} <{VF}>"
INVITATION_ID = "<einladung-vielfaltsforum-2027.20270705100000@koeln-kalk.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "tr", "ar", "ru", "pl", "en", "ku", "sq")


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


def gt_quote(text, blank=">"):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else blank for line in text.split("\n"))


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
        msg.set_raw("Delivered-To", VF)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.koeln-kalk.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VF}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR08MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.koeln-kalk.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1880000000000 + int(h[16:22], 16)}"
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
# generated attachment (small, deterministic)
# ---------------------------------------------------------------------------

def make_png(width=64, height=40):
    """A small RGB PNG: a red brick wall (Bürgerhaus) under a blue sky, grey street."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 12:
                px = (120, 175, 230)
            elif y < 32:
                mortar = (y - 12) % 5 == 0 or (x + (4 if ((y - 12) // 5) % 2 else 0)) % 8 == 0
                px = (215, 210, 200) if mortar else (160, 60, 45)
            else:
                px = (110, 110, 115)
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

INVITATION_SUBJECT = "Einladung: Vielfaltsforum Köln-Kalk 2027 am 18. September"

INVITATION = """Liebe Nachbarinnen und Nachbarn,
liebe Vereine, Initiativen und Familien in Kalk,

wir laden euch herzlich zum Vielfaltsforum Köln-Kalk 2027 ein!

Wann: Samstag, 18. September 2027, 11:00 bis 17:00 Uhr
Wo: Bürgerhaus Kalk, Kalk-Mülheimer Straße 58, 51103 Köln

Nach einem gemeinsamen Auftakt mit Essen aus dem Veedel geht es in vier
Werkstätten weiter:

Werkstatt 1: Mehrsprachig groß werden in Kita, Schule und Familie
Werkstatt 2: Ausbildung, Studium, erster Job
Werkstatt 3: Wohnen und Nachbarschaft im Veedel
Werkstatt 4: Empowerment gegen Rassismus und Diskriminierung

Meldet euch bitte bis zum 10. September 2027 per E-Mail an
vielfaltsforum@koeln-kalk.example an. Schreibt uns euren Namen, ggf. euren
Verein oder eure Initiative, welche Werkstatt ihr besuchen möchtet (gern
mit Zweitwunsch) und mit wie vielen Personen ihr kommt. Ihr könnt uns
gern auch in eurer Sprache schreiben.

Die Teilnahme ist kostenlos.

Herzliche Grüße
Miriam Hoffmann-Adeyemi
Netzwerk Vielfalt Kalk"""

CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Vielfaltsforum Köln-Kalk 2027"
REMINDER_7D_SUBJECT = "Erinnerung: Vielfaltsforum Köln-Kalk am 18. September"
REMINDER_1D_SUBJECT = "Erinnerung: Vielfaltsforum Köln-Kalk ist morgen"

WS_LINE = {
    "WS1": "Werkstatt 1: Mehrsprachig groß werden in Kita, Schule und Familie",
    "WS2": "Werkstatt 2: Ausbildung, Studium, erster Job",
    "WS3": "Werkstatt 3: Wohnen und Nachbarschaft im Veedel",
    "WS4": "Werkstatt 4: Empowerment gegen Rassismus und Diskriminierung",
}


def confirmation(name, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Hallo {name},

vielen Dank für deine Anmeldung zum Vielfaltsforum Köln-Kalk 2027 am
Samstag, 18. September 2027, 11:00 bis 17:00 Uhr, im Bürgerhaus Kalk,
Kalk-Mülheimer Straße 58, 51103 Köln.

Deine Werkstatt:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Du möchtest die Werkstatt wechseln, mit mehr oder weniger Leuten kommen
oder absagen? Antworte einfach auf diese E-Mail.

Bis bald im Bürgerhaus!
Vielfaltsforum Köln-Kalk
Netzwerk Vielfalt Kalk"""


def reminder(name, ws, persons, tomorrow):
    """A reminder mailbot sent 7 days or 1 day before the forum."""
    lead = ("morgen ist es so weit: Das Vielfaltsforum Köln-Kalk 2027 findet am"
            if tomorrow else
            "in einer Woche ist es so weit: Das Vielfaltsforum Köln-Kalk 2027 findet am")
    return f"""Hallo {name},

{lead}
Samstag, 18. September 2027, von 11:00 bis 17:00 Uhr im Bürgerhaus Kalk,
Kalk-Mülheimer Straße 58, 51103 Köln, statt.

Deine Anmeldung:
{WS_LINE[ws]}
Angemeldete Personen: {persons}

Du kannst doch nicht kommen? Dann antworte bitte kurz auf diese E-Mail,
damit wir deinen Platz weitergeben können.

Bis {"morgen" if tomorrow else "bald"}!
Vielfaltsforum Köln-Kalk
Netzwerk Vielfalt Kalk"""


def mailbot_message(to, subject, body, when, msgid, in_reply_to=None):
    """A mail mailbot sent, as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VF
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied" if in_reply_to else "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML of a reply: the new text, then the gmail_quote block."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (gmail_html(text, rtl).rstrip("\n")
            + f'<br><div class="gmail_quote"><div dir="{"rtl" if rtl else "ltr"}" class="gmail_attr">'
            + esc(attribution) + "<br></div>"
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + q + "</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Tests: a bilingual (German/Turkish) Exchange out-of-office to the invitation,
# marked by Auto-Submitted: auto-generated and X-Auto-Response-Suppress.

YAVUZ_OOF = """Liebe Absenderin, lieber Absender,

ich bin bis einschließlich 13. August 2027 in den Sommerferien und lese in dieser Zeit keine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Gesamtschule Kalk, Tel. 0221 355 87 10.

Sayın veliler,
13 Ağustos 2027 tarihine kadar izindeyim ve bu süre içinde e-postalarımı okuyamıyorum. Acil durumlarda lütfen okul sekreterliğini arayınız: 0221 355 87 10.

Mit freundlichen Grüßen / Saygılarımla
Gülten Yavuz
Schulsozialarbeit
Gesamtschule Kalk"""


@mail("yavuz-out-of-office-de-tr", "2027-07-05 10:00:41", E("auto_reply"), "de+tr")
def _(m):
    m.head(("From", addr("Gülten Yavuz", "g.yavuz@gesamtschule-kalk.example", "utf-8", "q")),
           ("To", TO_VF),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7Vx1c2F3kP0mQeS8yT4uV9wX1A=="),
           ("Date", m.date),
           ("Message-ID", "<9a4f2c71e3b8406d@GSK-EXCH02.gesamtschule-kalk.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YAVUZ_OOF), outlook_html(YAVUZ_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Tests: German carrying the text with Turkish insertions ("inşallah",
# "Yani Werkstatt 2 wäre super", "kısmet"); Gmail reply that quotes the whole
# invitation, so all four Werkstätten appear in the quote.  "zu dritt" = 3.

ARSLAN_TEXT = """Hallo Frau Hoffmann-Adeyemi,

ich wollte mich anmelden, inşallah kommen wir zu dritt: ich, meine Schwester Esra und meine Cousine Melek. Yani Werkstatt 2 wäre super, Ausbildung und Studium ist bei uns grad das Thema schlechthin 😅 Esra fängt im Oktober an zu studieren und Melek sucht noch einen Ausbildungsplatz, kısmet.

Çok teşekkürler schon mal und bis September!

Zeynep Arslan"""

ARSLAN_ATTR = f"Am Mo., 5. Juli 2027 um 10:00 Uhr schrieb {VF_NAME} <{VF}>:"


@mail("arslan-inshallah-zu-dritt", "2027-07-06 09:12:37",
      E("registration", "zeynep.arslan@posteo.example", "Zeynep Arslan", None,
        ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Zeynep Arslan <zeynep.arslan@posteo.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3kPq7Zr0sYx2Lw9Vb4NcE1mT6uGd8fQa5Ji3oRk7eXyB2wHs@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(ARSLAN_TEXT, ARSLAN_ATTR, INVITATION),
                  gmail_reply_html(ARSLAN_TEXT, ARSLAN_ATTR, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Tests: Turkish carrying the text with German nouns and a German quote
# ("leider schon vergeben"); first and second choice (Werkstatt 3, else 4);
# "Babamla birlikte ... iki kişiyiz" = 2; iso-8859-9 quoted-printable,
# Thunderbird, RFC 2047 name in iso-8859-9.  The organisation is only in
# the signature.

@mail("dogan-turkish-werkstatt-3-else-4", "2027-07-06 21:40:05",
      E("registration", "emre.dogan@anadolu-kalk.example", "Emre Doğan",
        "Kalker Kulturverein Anadolu e.V.", ["WS3", "WS4"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Doğan", "emre.dogan@anadolu-kalk.example", "iso-8859-9", "q")),
           ("To", VF),
           ("Subject", ew("Vielfaltsforum kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<4e1b7a3c-90d2-4f6e-8c15-b2a7d9e0f3c4@anadolu-kalk.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

18 Eylül'deki Vielfaltsforum'a kaydolmak istiyorum. Babamla birlikte geleceğiz, yani iki kişiyiz.

Bizim için en önemli konu Werkstatt 3 (Wohnen und Nachbarschaft), çünkü Kalk'ta kiralar çok arttı ve ev sahipleri bizim gibi isimleri görünce hemen "leider schon vergeben" diyor. Eğer orası doluysa ikinci tercihimiz Werkstatt 4.

Babamın Almancası çok iyi değil, atölyede ona biraz çeviri yaparım, sorun değil.

Selamlar,
Emre Doğan

Jugendgruppe
Kalker Kulturverein Anadolu e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Tests: Levantine Arabic in Latin letters (Arabizi with 3/7/2/5/8 for Arabic
# sounds) with German words; the party size is only the list "ana w mama w
# o5ti" (me, mum and my sister) = 3; "Werkstatt 1 (Mehrsprachigkeit)".
# Phone Gmail, utf-8 base64.

HADDAD_TEXT = """Marhaba,

ana Rami w bade sajjel 7ali la Vielfaltsforum bel Bürgerhaus Kalk. Rah neji ana w mama w o5ti el z8ire. Bedna nrou7 3al Werkstatt 1 (Mehrsprachigkeit), la2enno o5ti bel Kita w mama bte7ki ma3a bas 3arabi, w el Erzieherin 2aletla lazem te7ki Deutsch bel bet. Fa bedna nesma3 shu ra2yokon.

Shukran ktir 🙏
Rami Haddad"""


@mail("haddad-arabizi-ana-w-mama-w-okhti", "2027-07-07 13:05:52",
      E("registration", "rami.haddad98@mail.example", "Rami Haddad", None,
        ["WS1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Rami Haddad <rami.haddad98@mail.example>"),
           ("To", VF),
           ("Subject", "Anmeldung Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<CAPm9Xy2bT4kWq0sLc7Ne1Rz5Gh8Jv3uDa6Pf2oYi9MwEt0xKqA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# Tests: Russian carrying the text with German words (Anerkennung, Werkstatt);
# first choice Werkstatt 2, else Werkstatt 1; "вдвоём с мужем" = 2 while
# "двое детей" (two children) is not the party; Cyrillic display name, Latin
# signature; windows-1251 base64, subject B-encoded in windows-1251.

@mail("becker-russian-vdvoyom", "2027-07-08 18:30:14",
      E("registration", "olga.becker@webpost.example", "Olga Becker", None,
        ["WS2", "WS1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Беккер", "olga.becker@webpost.example", "windows-1251", "b")),
           ("To", VF),
           ("Subject", ew("Регистрация Vielfaltsforum", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1783528214.381926754@f412.i.webpost.example>"),
           ("X-Mailer", "Webpost Mail 3.2"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на Vielfaltsforum 18 сентября. Мы придём вдвоём с мужем.

Больше всего нас интересует Werkstatt 2 (Ausbildung, Studium, erster Job): у мужа до сих пор не признан диплом инженера, эта вечная Anerkennung тянется уже третий год, может, там что-то подскажут. Если там не будет мест, то Werkstatt 1 – у нас двое детей, и дома мы говорим и по-русски, и по-немецки.

Заранее спасибо, MfG
Olga Becker
""", charset="windows-1251", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Tests: German carrying the text with Polish insertions ("no i oczywiście
# biorę moją mamę ze sobą", "pół na pół"); the workgroup only as "die
# Werkstatt zur Mehrsprachigkeit"; short name "Kasia" in the greeting, full
# name and organisation in the signature; Apple Mail alternative.

NOWAK_TEXT = """Hallo ihr Lieben,

hiermit melde ich mich fürs Vielfaltsforum an – no i oczywiście biorę moją mamę ze sobą, also sind wir 2 Personen.

Wir möchten gern in die Werkstatt zur Mehrsprachigkeit. Bei uns zu Hause wird pół na pół gesprochen, und in der Samstagsschule merken wir jede Woche, wie unterschiedlich die Kinder damit umgehen. Da hätten wir einiges zu erzählen!

Pozdrawiam serdecznie / liebe Grüße
Kasia

Katarzyna Nowak-Schmitz
Vorstand / zarząd
Polnische Samstagsschule Köln-Kalk e.V."""


@mail("nowak-schmitz-polish-insertions", "2027-07-09 11:47:26",
      E("registration", "k.nowak-schmitz@samstagsschule-kalk.example", "Katarzyna Nowak-Schmitz",
        "Polnische Samstagsschule Köln-Kalk e.V.", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Katarzyna Nowak-Schmitz <k.nowak-schmitz@samstagsschule-kalk.example>"),
           ("Subject", "Anmeldung fürs Vielfaltsforum"),
           ("Message-Id", "<6C2A9F14-3B7E-4D85-A1C0-9E8F7D6B5A43@samstagsschule-kalk.example>"),
           ("Date", m.date),
           ("To", TO_VF),
           ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"))
    m.alternative(NOWAK_TEXT, apple_html(NOWAK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Tests: English carrying the text with German and a Turkish quote; "Workshop
# 2" for Werkstatt 2; a registration that also asks a question (slides
# afterwards) is still a registration; "ich komm allein" = 1.

AYDEMIR_TEXT = """Hey Vielfaltsforum-Team,

I'd love to join on the 18th! I'm doing my Master's in Bonn right now, and honestly the whole Ausbildung vs. Studium thing was such a big deal in my family ("okumak lazım oğlum, doktor ol!" 😂), so Workshop 2 is exactly my thing. It's just me, ich komm allein.

Quick question: will there be some kind of Mitschrift or slides afterwards? A few friends can't make it but would love to read up on it.

Thanks & liebe Grüße,
Deniz Aydemir"""


@mail("aydemir-english-workshop-2-plus-question", "2027-07-12 08:55:40",
      E("registration", "deniz.aydemir@mail.example", "Deniz Aydemir", None,
        ["WS2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Deniz Aydemir <deniz.aydemir@mail.example>"),
           ("To", VF),
           ("Subject", "Registration Vielfaltsforum - WS 2"),
           ("Date", m.date),
           ("Message-ID", "<CAB8sNw1Lq5Tz3Xk7Pe0Ry2Vd9Gm4Hc6Ju1oFa8iWb3ZsE5nQt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDEMIR_TEXT, gmail_html(AYDEMIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Tests: Outlook HTML only (MsoNormal), windows-1252 quoted-printable,
# quoting the invitation below a Von:/Gesendet: block; a Kurmanji greeting
# and phrase in a German text ("Silav û rêz", "ji dil û ji jiyanê");
# Erstwunsch 4, Zweitwunsch 3; 4 persons; "2. Vorsitzender" and the house
# number are not choices or counts.

KAYA_TEXT = """Silav û rêz,
liebe Frau Hoffmann-Adeyemi,

vielen Dank für die Einladung! Von der Mala Kurdan kommen wir mit 4 Personen: ich selbst und drei Leute aus unserem Jugendvorstand.

Unser Erstwunsch ist die Werkstatt 4 (Empowerment), Zweitwunsch Werkstatt 3. Gerade beim Thema Diskriminierung haben unsere Jugendlichen viel zu sagen – ji dil û ji jiyanê, wie wir sagen.

Spas û silav
Azad Kaya
2. Vorsitzender
Mala Kurdan Köln e.V.
Kalker Hauptstraße 214, 51103 Köln"""


@mail("kaya-outlook-html-kurmanji-greeting", "2027-07-13 10:31:08",
      E("registration", "a.kaya@malakurdan-koeln.example", "Azad Kaya",
        "Mala Kurdan Köln e.V.", ["WS4", "WS3"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Kaya, Azad" <a.kaya@malakurdan-koeln.example>'),
           ("To", TO_VF),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7Vx1n8Qw2RkT0yEa3sLp6mZ4cA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB6612F0A1B2C3D4E5F6A7B8C9D0E1@DB9PR08MB6612.eurprd08.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_VF, "Montag, 5. Juli 2027 10:00", TO_VF, INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KAYA_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Tests: a question in Turkish with German words (Kinderbetreuung, Schicht,
# anmelden); the registration is conditional ("Eğer çocuk bakımı varsa hemen
# anmelden yaparım"), so it is a question, and "Werkstatt 1'e" in it is not a
# choice; "3 ve 5 yaşında" are ages.  UTF-8 8bit.

@mail("korkmaz-turkish-kinderbetreuung-question", "2027-07-14 20:14:33",
      E("question", "sibel.korkmaz@webpost.example", "Sibel Korkmaz", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Sibel Korkmaz <sibel.korkmaz@webpost.example>"),
           ("To", VF),
           ("Subject", "Kinderbetreuung?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e9b1d47-52a0-4c8f-9e61-d7b2a4f0c815-1784052873019@3c-app-webpost-bs34>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Vielfaltsforum'a gelmeyi çok istiyorum ama iki küçük çocuğum var (3 ve 5 yaşında). Forum sırasında Kinderbetreuung olacak mı? Eşim o gün Schicht'te, çocukları bırakacak kimsem yok.

Eğer çocuk bakımı varsa hemen anmelden yaparım, Werkstatt 1'e gelmek isterim. Yoksa maalesef bu sefer olmayacak.

Danke schön, kolay gelsin!
Sibel Korkmaz
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Tests: Arabic script with German words and the workgroup title in German;
# Arabic-Indic digits: "٣ أشخاص" = 3 persons, while "(١٦ سنة)" is the son's
# age; the self-introduction gives only the first name, the Latin signature
# the full name.  Gmail right-to-left alternative, UTF-8 base64.

KHALIL_TEXT = """السلام عليكم،

أنا أمل، وأريد أن أسجل في Vielfaltsforum يوم ١٨ سبتمبر. سأحضر مع زوجي وابني (١٦ سنة)، يعني ٣ أشخاص.

نحب أن نشارك في Werkstatt 3 – Wohnen und Nachbarschaft، لأن عندنا مشاكل كثيرة مع الـ Vermieter والـ Hausverwaltung منذ سنتين، والجيران أيضاً لا يتكلمون معنا.

شكراً جزيلاً
Amal Khalil"""


@mail("khalil-arabic-script-digits", "2027-07-15 17:22:49",
      E("registration", "amal.khalil@freemail.example", "Amal Khalil", None,
        ["WS3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Amal Khalil <amal.khalil@freemail.example>"),
           ("To", VF),
           ("Subject", "تسجيل – Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<CAGr5Nk8Wq2Ts0Yb4Lx7Pc1Dz9Hm3Ve6Ju5oRa2iFn8KwS1gEy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KHALIL_TEXT, gmail_html(KHALIL_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Tests: Albanian with German words; "punëtoria 4" (workshop 4) plus the title
# in German; "Ausbildung" (the brother's training) is an alias of WS2 but not
# a choice; "me vëllain tim, pra jemi dy persona" = 2.

@mail("krasniqi-albanian-punetoria-4", "2027-07-16 09:03:17",
      E("registration", "arbnora.krasniqi@mail.example", "Arbnora Krasniqi", None,
        ["WS4"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Arbnora Krasniqi <arbnora.krasniqi@mail.example>"),
           ("To", VF),
           ("Subject", "Regjistrim / Anmeldung Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<a81c4e92-6d3f-47b0-9e25-c1f08b7a3d64@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Përshëndetje,

dua të regjistrohem për Vielfaltsforum më 18 shtator. Vij me vëllain tim, pra jemi dy persona.

Na intereson më shumë punëtoria 4, Empowerment gegen Rassismus und Diskriminierung. Vëllai im bën Ausbildung si Elektroniker dhe në punë dëgjon çdo ditë "Witze" për shqiptarët, kështu që kemi shumë për të thënë.

Faleminderit dhe shihemi!
Arbnora Krasniqi
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Tests: iPhone mail all in lower case with slang and Turkish/Arabic words
# ("kanka", "wallah"), an emoji; signed only "can", so the display name is
# the name; a friend who "schreibt euch dann selbst" is not counted.

@mail("oeztuerk-iphone-lowercase-slang", "2027-07-16 23:48:02",
      E("registration", "canoeztuerk@mail.example", "Can Öztürk", None,
        ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Can Öztürk", "canoeztuerk@mail.example", "utf-8", "b")),
           ("Subject", "anmeldung"),
           ("Message-Id", "<0B7D2E4F-8A1C-4F39-B6E5-3D9C1A7F2E80@mail.example>"),
           ("Date", m.date),
           ("To", VF),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""hey leute

bin dabei am 18.!! meld mich hiermit an 🙌 bin erstmal alleine, mein kanka überlegt noch, der schreibt euch dann selbst

werkstatt 4 pls, das thema is so wichtig wallah, was man hier in kalk jeden tag erlebt…

bis dann
can

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Tests: Kurmanji with German words (Werkstatt, Mehrsprachigkeit, Kita and a
# German quote); "Em ê du kes bin" = we will be two; iso-8859-9 8bit (a
# Turkish-locale PC; the charset covers ê î û ş ç).

@mail("demir-kurmanji-du-kes", "2027-07-19 19:10:55",
      E("registration", "rojda.demir@posta.example", "Rojda Demir", None,
        ["WS1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Demir <rojda.demir@posta.example>"),
           ("To", VF),
           ("Subject", "Qeydkirin ji bo Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<20270719191055.8c41f2a7@posta.example>"),
           ("X-Mailer", "Posta Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

ez dixwazim xwe ji bo Vielfaltsforumê qeyd bikim. Em ê du kes bin: ez û hevala min Dilan.

Em dixwazin beşdarî Werkstatt 1 bibin (Mehrsprachigkeit), ji ber ku zarokên me bi kurdî, tirkî û almanî mezin dibin û li Kitayê gelek caran ji me re dibêjin "bitte nur Deutsch sprechen". Em dixwazin li ser vê yekê biaxivin.

Gelek spas û bi hêviya dîtinê!
Rojda Demir
""", charset="iso-8859-9", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Tests: German with Arabic script inside a German sentence ("إن شاء الله")
# and "Yalla"; Erstwunsch/Zweitwunsch lines; "meine Kolleginnen Hiba und Selin
# und ich" = 3; the Träger gGmbH and the disclaimer are not the organisation.
# New Outlook, multipart/alternative, UTF-8 quoted-printable.

ELAMRANI_TEXT = """Hallo liebes Vielfaltsforum-Team,

wir vom Jugendtreff Kalk-Nord melden uns gerne an! Wir sind zu dritt, إن شاء الله: meine Kolleginnen Hiba und Selin und ich.

Erstwunsch: Werkstatt 2 (Ausbildung, Studium, erster Job) – das ist bei unseren Jugendlichen grad DAS Thema.
Zweitwunsch: Werkstatt 4

Yalla, wir freuen uns!

Viele Grüße
Nour El-Amrani
Sozialarbeiterin (B.A.)
Jugendtreff Kalk-Nord
Träger: Kinder- und Jugendhilfe Rechtsrheinisch gGmbH
Tel. 0221 98 76 543

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("el-amrani-outlook-arabic-script-insertion", "2027-07-20 14:02:21",
      E("registration", "n.el-amrani@jugendtreff-kalk.example", "Nour El-Amrani",
        "Jugendtreff Kalk-Nord", ["WS2", "WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", '"El-Amrani, Nour" <n.el-amrani@jugendtreff-kalk.example>'),
           ("To", TO_VF),
           ("Subject", "Anmeldung Vielfaltsforum – Jugendtreff Kalk-Nord"),
           ("Thread-Topic", "Anmeldung Vielfaltsforum – Jugendtreff Kalk-Nord"),
           ("Thread-Index", "AdvZc1k0Rz3pYwT8Qm2LxE7bNf9aUg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB7401C3D4E5F6A7B8C9D0E1F2A3B4@AS8PR03MB7401.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ELAMRANI_TEXT), outlook_html(ELAMRANI_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Tests: change in Turkish with German words (Wohnen, Eigenbedarf) and one
# German sentence about the party ("Ich komme weiterhin allein": unchanged,
# so party_size null); Werkstatt 2 -> 3; Gmail with a Turkish attribution
# line quoting the confirmation (Werkstatt 2, 1 person).

YILMAZ_TEXT = """Merhaba,

geçen hafta Werkstatt 2 için kaydolmuştum, ama mümkünse Werkstatt 3'e geçmek istiyorum. Wohnen konusu şu an benim için daha acil: ev sahibi Eigenbedarf dedi, yeni ev arıyorum. Ich komme weiterhin allein.

Teşekkürler,
Serkan Yılmaz"""

YILMAZ_ATTR = f"{VF_NAME} <{VF}>, 14 Tem 2027 Çar, 19:02 tarihinde şunu yazdı:"


@mail("yilmaz-change-turkish-gmail-quote", "2027-07-21 08:40:12",
      E("change", "serkan.yilmaz@mail.example", "Serkan Yılmaz", None,
        ["WS3"], None, "tr"), "tr")
def _(m):
    conf = confirmation("Serkan Yılmaz", "WS2", 1)
    m.head(("From", "Serkan Yılmaz <serkan.yilmaz@mail.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAMz4Rt6Yp1Wk8Qs3Nd0Lx5Ge2Hb7Vc9Ju4oTa1iPf6KmE3rXw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270714190212.4c1e@koeln-kalk.example>"),
           ("References", "<mailbot.20270714190212.4c1e@koeln-kalk.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(YILMAZ_TEXT, YILMAZ_ATTR, conf),
                  gmail_reply_html(YILMAZ_TEXT, YILMAZ_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Tests: Polish with German words (Ausbildungsplatz, voll) and the title in
# German; first choice Werkstatt 2, else 4; "we trzy: ja, moja siostra Julia
# i nasza przyjaciółka Lena" = 3; iso-8859-2 quoted-printable.

@mail("kowalczyk-polish-we-trzy", "2027-07-22 16:55:29",
      E("registration", "weronika.kowalczyk@poczta.example", "Weronika Kowalczyk", None,
        ["WS2", "WS4"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Weronika Kowalczyk <weronika.kowalczyk@poczta.example>"),
           ("To", VF),
           ("Subject", ew("Zgłoszenie na Vielfaltsforum", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5f0e7b2a-c3d1-4e98-a6b4-1d2c9f8e7a05@poczta.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić nas na Vielfaltsforum 18 września. Będziemy we trzy: ja, moja siostra Julia i nasza przyjaciółka Lena.

Najbardziej interesuje nas Werkstatt 2 (Ausbildung, Studium, erster Job), bo wszystkie w przyszłym roku kończymy szkołę i szukamy Ausbildungsplatz albo miejsca na studiach. Jeśli tam będzie już voll, to Werkstatt 4.

Pozdrawiam serdecznie
Weronika Kowalczyk
""", charset="iso-8859-2", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Tests: Postfix bounce (multipart/report) of a confirmation: the remote
# server rejected the address as unknown; the returned confirmation
# (message/rfc822) names Werkstatt 1 and 2 persons.

OSMANI_RCPT = "leyla.osmani@netmail-koeln.example"


@mail("postfix-bounce-user-unknown", "2027-07-23 10:02:14",
      E("bounce", bounced=OSMANI_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.koeln-kalk.example (Mail Delivery System)"),
           ("To", VF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270723080214.3B9F21C0A7@mail.koeln-kalk.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.koeln-kalk.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{OSMANI_RCPT}>: host mx.netmail-koeln.example[203.0.113.57] said:
    550 5.1.1 <{OSMANI_RCPT}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.koeln-kalk.example"),
         ("X-Postfix-Queue-ID", "3B9F21C0A7"),
         ("X-Postfix-Sender", f"rfc822; {VF}"),
         ("Arrival-Date", "Fri, 23 Jul 2027 10:02:11 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {OSMANI_RCPT}"),
         ("Original-Recipient", f"rfc822;{OSMANI_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.netmail-koeln.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{OSMANI_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = mailbot_message(
        f"Leyla Osmani <{OSMANI_RCPT}>", CONFIRMATION_SUBJECT,
        confirmation("Leyla Osmani", "WS1", 2),
        "Fri, 23 Jul 2027 10:02:11 +0200", "<mailbot.20270723100211.7e2d@koeln-kalk.example>",
        "<b3e9d1a0-4c7f-42e8-95b6-0a1f2e3d4c5b@netmail-koeln.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 018 ---------------------------------------------------------------------
# Tests: German carrying the text with Russian insertions in Cyrillic
# ("Короче", "Мы оба ищем", "Давай"); "mit meinem Kumpel Dima, also wir sind
# zu zweit" = 2; Werkstatt 2; lower-case subject.  UTF-8 8bit.

@mail("schneider-german-russian-insertions", "2027-07-24 12:30:46",
      E("registration", "a.schneider2001@freemail.example", "Artur Schneider", None,
        ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Artur Schneider <a.schneider2001@freemail.example>"),
           ("To", VF),
           ("Subject", "anmeldung forum"),
           ("Date", m.date),
           ("Message-ID", "<7d3a0c58-1e2b-4f96-8a47-e5c6b9d0f213@freemail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin Artur und will mich fürs Vielfaltsforum anmelden, Werkstatt 2. Короче, ich komm mit meinem Kumpel Dima, also wir sind zu zweit. Мы оба ищем Ausbildung als Mechatroniker, vielleicht gibt's da ja Tipps oder Kontakte zu Betrieben.

Давай, bis dann
Artur Schneider
""", charset="utf-8", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Tests: a question in English with German words (barrierefrei, Oma,
# Rollstuhl, Veedel); "we'll register right away" is a promise for later, so
# it is a question; "since 1971" is not a count.

AKSU_TEXT = """Hi there,

quick question before I sign up: is the Bürgerhaus Kalk barrierefrei? My Oma uses a Rollstuhl and I'd really love to bring her, she has lived in Kalk since 1971 and has sooo many stories about the Veedel.

Is there a lift to the rooms where the workshops take place? And is there an accessible toilet?

If yes, we'll register right away!

Thanks a lot,
Leyla Aksu"""


@mail("aksu-english-accessibility-question", "2027-07-26 21:15:03",
      E("question", "leyla.aksu@mail.example", "Leyla Aksu", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Leyla Aksu <leyla.aksu@mail.example>"),
           ("To", VF),
           ("Subject", "Question: accessibility Bürgerhaus Kalk"),
           ("Date", m.date),
           ("Message-ID", "<CAF2pLm9Wx4Tq7Yk1Nr3Bz6Ge0Hd8Vs5Ju2oCa9iKn4PwE7tRy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AKSU_TEXT, gmail_html(AKSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Tests: the closest call of the set: Turkish and German alternate clause by
# clause; by the README's count the writer's text has 22 Turkish and 19
# German words, so the language is tr.  Werkstatt 1, else 3 ("Falls die voll
# ist, nehmen wir Werkstatt 3"); "ben, annem ve teyzem, yani 3 kişi" = 3;
# the organisation is inflected in the text ("Kalker Elterncafé'den") and in
# its base form in the signature.  Yahoo alternative, UTF-8 base64.

CELIK_TEXT = """Hallo zusammen, merhabalar,

ben Büşra, Kalker Elterncafé'den. Wir möchten uns anmelden: ben, annem ve teyzem, yani 3 kişi.

Annem ist seit Jahren im Elternbeirat, o yüzden Werkstatt 1 bizim için en mantıklısı. Falls die voll ist, nehmen wir Werkstatt 3, çünkü teyzem de ev arıyor.

Görüşmek üzere, liebe Grüße
Büşra Çelik
Kalker Elterncafé"""


@mail("celik-turkish-german-close-call", "2027-07-27 19:44:18",
      E("registration", "busra_celik@yahoo.example", "Büşra Çelik", "Kalker Elterncafé",
        ["WS1", "WS3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Büşra Çelik", "busra_celik@yahoo.example", "utf-8", "b")),
           ("Reply-To", addr("Büşra Çelik", "busra_celik@yahoo.example", "utf-8", "b")),
           ("To", addr(VF_NAME, VF, "utf-8", "q")),
           ("Message-ID", "<1293847561.2084731.1785174258113@mail.yahoo.example>"),
           ("Subject", "Anmeldung Vielfaltsforum"),
           ("Date", m.date),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(CELIK_TEXT,
                  '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                  + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>"
                            for l in CELIK_TEXT.split("\n"))
                  + "</div></body></html>\n",
                  charset="utf-8", cte="base64", style="yahoo")


# -- 021 ---------------------------------------------------------------------
# Tests: Arabic script (Levantine/Iraqi colloquial) with German and English
# words; the workgroup only as an ordinal word, "بالورشة الرابعة" (in the
# fourth workshop) with "(Empowerment)"; "راح اجي لحالي" = I come alone.
# Gmail right-to-left alternative, UTF-8 base64.

ALJUBOURI_TEXT = """مرحبا،

بدي سجل بالـ Vielfaltsforum يوم ١٨ أيلول. راح اجي لحالي.

بدي أشارك بالورشة الرابعة (Empowerment)، لأنه صار معي Racial Profiling من الشرطة بكالك أكثر من مرة، وحابب أحكي عن هالموضوع مع ناس عندهم نفس التجربة.

شكرا إلكم
Ali Al-Jubouri"""


@mail("al-jubouri-arabic-fourth-workshop", "2027-07-28 22:03:37",
      E("registration", "ali.aljubouri@mail.example", "Ali Al-Jubouri", None,
        ["WS4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Ali Al-Jubouri <ali.aljubouri@mail.example>"),
           ("To", VF),
           ("Subject", "تسجيل بالـ Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<CAJq3Vn5Xs8Tk1Wy6Lb0Rz4Gd2He9Pc7Ju3oMa5iFq8NwE2sKv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALJUBOURI_TEXT, gmail_html(ALJUBOURI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Tests: a neighbourhood newsletter (other) that announces the forum, lists
# the Werkstätten, the registration address and "Anmeldeschluss"; bulk
# headers with List-Unsubscribe; multipart/alternative.

NEWSLETTER_TEXT = """Veedelsnews Kalk – August 2027
Quartiersbüro Kalk | Kalker Hauptstraße 112 | 51103 Köln

Liebe Nachbarinnen und Nachbarn,

hier die Termine für den Spätsommer im Veedel:

• 14. August: Sommerfest im Stadtgarten Kalk, ab 14 Uhr, mit Musik und Essen aus aller Welt
• 28. August: Repair-Café in der Kalk Post, 11 bis 15 Uhr
• 18. September: Vielfaltsforum Köln-Kalk 2027 im Bürgerhaus Kalk

Vielfaltsforum: Vier Werkstätten zu Mehrsprachigkeit, Ausbildung und Job, Wohnen im Veedel und Empowerment gegen Rassismus. Die Anmeldung läuft per E-Mail an vielfaltsforum@koeln-kalk.example, Anmeldeschluss ist der 10. September.

Mieterberatung: Jeden Dienstag von 16 bis 18 Uhr im Quartiersbüro, auf Deutsch, Türkisch und Arabisch.

Ihr bekommt diese Mail, weil ihr euch für die Veedelsnews angemeldet habt.
Abmelden: https://quartiersbuero-kalk.example/newsletter/abmelden?u=5521"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Veedelsnews Kalk – August 2027</title></head>
<body style="margin:0;background:#f4f1ea;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1d1d1d;">
<tr><td style="background:#b3261e;color:#fff;"><h1 style="margin:0;font-size:24px;">Veedelsnews Kalk – August 2027</h1><p style="margin:4px 0 0;">Quartiersbüro Kalk | Kalker Hauptstraße 112 | 51103 Köln</p></td></tr>
<tr><td>
<p>Liebe Nachbarinnen und Nachbarn,</p>
<p>hier die Termine für den Spätsommer im Veedel:</p>
<ul>
<li><b>14. August:</b> Sommerfest im Stadtgarten Kalk, ab 14 Uhr, mit Musik und Essen aus aller Welt</li>
<li><b>28. August:</b> Repair-Café in der Kalk Post, 11 bis 15 Uhr</li>
<li><b>18. September:</b> Vielfaltsforum Köln-Kalk 2027 im Bürgerhaus Kalk</li>
</ul>
<p><b>Vielfaltsforum:</b> Vier Werkstätten zu Mehrsprachigkeit, Ausbildung und Job, Wohnen im Veedel und Empowerment gegen Rassismus. Die Anmeldung läuft per E-Mail an <a href="mailto:vielfaltsforum@koeln-kalk.example">vielfaltsforum@koeln-kalk.example</a>, Anmeldeschluss ist der 10. September.</p>
<p><b>Mieterberatung:</b> Jeden Dienstag von 16 bis 18 Uhr im Quartiersbüro, auf Deutsch, Türkisch und Arabisch.</p>
</td></tr>
<tr><td style="font-size:12px;color:#666;">Ihr bekommt diese Mail, weil ihr euch für die Veedelsnews angemeldet habt.<br>
<a href="https://quartiersbuero-kalk.example/newsletter/abmelden?u=5521">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("veedelsnews-newsletter", "2027-07-30 10:00:04", E("other"), "de")
def _(m):
    m.head(("From", "Quartiersbüro Kalk <newsletter@quartiersbuero-kalk.example>"),
           ("To", VF),
           ("Subject", "Veedelsnews Kalk – August 2027: Sommerfest, Repair-Café, Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<veedelsnews.2027-08.5521@quartiersbuero-kalk.example>"),
           ("List-Id", "Veedelsnews Kalk <veedelsnews.quartiersbuero-kalk.example>"),
           ("List-Unsubscribe", "<https://quartiersbuero-kalk.example/newsletter/abmelden?u=5521>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8",
                  cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Tests: German with Albanian insertions ("gjithsej tre veta" = three in all,
# "a e dini", "Shumë faleminderit"); workgroups only by topic ("die Werkstatt
# Empowerment", else "die Werkstatt zu Ausbildung und Job"); the text has the
# inflected "vom Albanischen Kulturverein Illyria", the signature the full
# name.  Outlook HTML only (MsoNormal), windows-1252 quoted-printable.

BERISHA_TEXT = """Hallo zusammen,

ich bin Dritan vom Albanischen Kulturverein Illyria. Hiermit melde ich uns fürs Vielfaltsforum an: ich und zwei Jungs aus unserem Vorstand, gjithsej tre veta.

Wir würden gern in die Werkstatt Empowerment, und falls die schon voll ist, in die Werkstatt zu Ausbildung und Job. Unsere Jugendlichen fragen uns ständig nach Praktikumsplätzen, a e dini.

Shumë faleminderit & bis bald!

Dritan Berisha
Albanischer Kulturverein Illyria Köln e.V."""


@mail("berisha-albanian-insertions-outlook", "2027-08-02 09:15:27",
      E("registration", "d.berisha@illyria-koeln.example", "Dritan Berisha",
        "Albanischer Kulturverein Illyria Köln e.V.", ["WS4", "WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dritan Berisha <d.berisha@illyria-koeln.example>"),
           ("To", VF),
           ("Subject", "Anmeldung Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc0371$5a2b3c40$0e81b4c0$@illyria-koeln.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdwDcVorPEAOgbTAQ1aXr2m8kz7gHw=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BERISHA_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Tests: change of party size only (3 -> 4, "zu viert statt zu dritt"); "Die
# Werkstatt bleibt gleich", so workgroups []; Arabic in Latin letters
# ("el7amdulillah", "Bslama"); plain-text Outlook reply quoting the
# confirmation (Werkstatt 1, 3 persons) below a line of underscores.

@mail("bouzid-change-zu-viert", "2027-08-03 17:40:09",
      E("change", "samira.bouzid@mail.example", "Samira Bouzid", None,
        [], 4, "de"), "de")
def _(m):
    m.head(("From", "Samira Bouzid <samira.bouzid@mail.example>"),
           ("To", TO_VF),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PAXPR02MB7254E6F7A8B9C0D1E2F3A4B5C6D7@PAXPR02MB7254.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270719110431.2f8a@koeln-kalk.example>"),
           ("References", "<mailbot.20270719110431.2f8a@koeln-kalk.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo liebes Team,

kleine Änderung bei uns: wir kommen jetzt zu viert statt zu dritt! Mein Bruder hat an dem Samstag doch frei bekommen, el7amdulillah 🙏 Die Werkstatt bleibt gleich.

Bslama & liebe Grüße
Samira Bouzid

________________________________
Von: {TO_VF}
Gesendet: Montag, 19. Juli 2027 11:04
An: Samira Bouzid <samira.bouzid@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Samira Bouzid", "WS1", 3)}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Tests: Russian with German words; a mother registers herself and her son
# ("Записываю себя и сына", "Будем вдвоём" = 2; "(17 лет)" is an age); KOI8-R
# quoted-printable, display name B-encoded in KOI8-R, Latin signature.

@mail("wolf-russian-koi8r-mother-and-son", "2027-08-04 20:20:51",
      E("registration", "natalia.wolf@mail.example", "Natalia Wolf", None,
        ["WS2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Наталья Вольф", "natalia.wolf@mail.example", "koi8-r", "b")),
           ("To", VF),
           ("Subject", ew("Запись на Vielfaltsforum", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1785867651.930417@mail.example>"),
           ("X-Mailer", "The Bat! (v10.4.5) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Записываю себя и сына Максима (17 лет) на Vielfaltsforum. Сын сейчас ищет Ausbildungsplatz, поэтому нам нужна Werkstatt 2. Сам он по-русски пишет плохо, а по-немецки стесняется, вот и пишу я :)

Будем вдвоём.

Mit freundlichen Gruessen
Natalia Wolf
""", charset="koi8-r", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Tests: English carrying the text with German words (Mitbewohnerin,
# Wohnungssuche, WG, Besichtigungen); the workgroup only paraphrased as "the
# housing workshop" = Werkstatt 3; "me and my Mitbewohnerin Ama, so 2
# people"; "eight months" and "zero" are not counts.  iPhone, plain UTF-8.

@mail("mensah-english-housing-workshop", "2027-08-05 13:13:13",
      E("registration", "chiara.mensah@mail.example", "Chiara Mensah", None,
        ["WS3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chiara Mensah <chiara.mensah@mail.example>"),
           ("Subject", "Sign-up for the Vielfaltsforum 🏠"),
           ("Message-Id", "<E4A1C9B7-2D6F-4380-9B1E-7C5A3F0D8E26@mail.example>"),
           ("Date", m.date),
           ("To", VF),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hi team,

signing up for the forum on 18 September! It'll be me and my Mitbewohnerin Ama, so 2 people.

We'd go for the housing workshop – die Wohnungssuche in Köln ist echt der Horror, we've been looking for a bigger WG for eight months now and got exactly zero Besichtigungen. Happy to share our experience.

Cheers,
Chiara Mensah

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Tests: cancellation in Polish with German words (Anmeldung, Schicht);
# Thunderbird reply with a Polish attribution line quoting the confirmation
# (Werkstatt 1, 1 person); iso-8859-2 8bit.

@mail("wisniewska-cancel-polish-thunderbird", "2027-08-06 07:50:33",
      E("cancellation", "a.wisniewska@poczta.example", "Agnieszka Wiśniewska", None,
        [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wiśniewska", "a.wisniewska@poczta.example", "iso-8859-2", "q")),
           ("To", TO_VF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2c8e4f1a-7b39-4d05-a6e2-f91b0c3d5e78@poczta.example>"),
           ("In-Reply-To", "<mailbot.20270712093104.5b3c@koeln-kalk.example>"),
           ("References", "<mailbot.20270712093104.5b3c@koeln-kalk.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety muszę odwołać moją Anmeldung na 18 września. Mam w tym dniu Schicht w szpitalu i szefowa nie dała mi wolnego. Bardzo mi przykro, może w przyszłym roku!

Pozdrawiam
Agnieszka Wiśniewska

W dniu 12.07.2027 o 09:31, {VF_NAME} pisze:
{gt_quote(confirmation("Agnieszka Wiśniewska", "WS1", 1))}
""", charset="iso-8859-2", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Tests: shared association mailbox (From) with the youth leader's personal
# Reply-To, which the text also asks to confirm to; Turkish greeting and
# closing ("Selamün aleyküm", "Hayırlı çalışmalar") in a formal German text;
# "4 Personen ... (mich eingeschlossen)"; Erstwunsch 4, Zweitwunsch 2; the
# street number is not a choice.  Outlook alternative, windows-1254 QP.

KILINC_TEXT = """Selamün aleyküm, sehr geehrte Damen und Herren,

im Namen der Jugendabteilung unserer Gemeinde melde ich 4 Personen zum Vielfaltsforum an (mich eingeschlossen).

Erstwunsch: Werkstatt 4 – Empowerment gegen Rassismus und Diskriminierung
Zweitwunsch: Werkstatt 2

Bitte schicken Sie die Bestätigung an meine eigene Adresse, das Info-Postfach wird nur unregelmäßig gelesen.

Hayırlı çalışmalar und freundliche Grüße

Yusuf Kılınç
Jugendleiter
Kalker Moscheegemeinde e.V.
Vietorstraße 7, 51103 Köln"""


@mail("kilinc-shared-mailbox-reply-to", "2027-08-09 11:20:58",
      E("registration", "y.kilinc@kalker-moschee.example", "Yusuf Kılınç",
        "Kalker Moscheegemeinde e.V.", ["WS4", "WS2"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Kalker Moscheegemeinde e.V." <info@kalker-moschee.example>'),
           ("Reply-To", addr("Yusuf Kılınç", "y.kilinc@kalker-moschee.example", "windows-1254", "q")),
           ("To", TO_VF),
           ("Subject", "Anmeldung Jugendabteilung - Vielfaltsforum 2027"),
           ("Date", m.date),
           ("Message-ID", "<001a01dc0914$7c3e8d20$74bba760$@kalker-moschee.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdwJFHr+2K9cLq1mQ0eB5vWnR3yTsg=="),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KILINC_TEXT), outlook_html(KILINC_TEXT, charset="windows-1254"),
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Tests: Sieve vacation reply (Auto-Submitted: auto-replied (vacation)) to a
# confirmation, in English and German with a Serbian "Hvala".

@mail("jovanovic-sieve-vacation-en-de", "2027-08-10 14:02:05", E("auto_reply"), "en+de")
def _(m):
    m.head(("From", addr("Milica Jovanović", "milica.j@kalk-kreativ.example", "utf-8", "q")),
           ("To", VF),
           ("Subject", "Abwesend / Out of office: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve.1786363325.41877@kalk-kreativ.example>"),
           ("In-Reply-To", "<mailbot.20270810140150.1d9e@koeln-kalk.example>"),
           ("References", "<mailbot.20270810140150.1d9e@koeln-kalk.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Hi! / Hallo!

Thanks for your message. I'm on holiday until 23 August and only check my emails now and then.

Danke für deine Nachricht – ich bin bis zum 23. August im Urlaub und lese meine Mails nur ab und zu.

Hvala!
Milica
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Tests: Turkish typed on a phone in lower case without Turkish letters
# ("kisi", "cok onemli", "geliyoz"); "kuzenimle geliyoz yani 2 kisi" = 2;
# "werkstatt 4 olsun, empowerment"; signed "mert", so the name is the
# display name (B-encoded UTF-8); us-ascii 7bit body.

@mail("kilic-ascii-turkish-lowercase", "2027-08-11 22:31:40",
      E("registration", "mert.kilic@mail.example", "Mert Kılıç", None,
        ["WS4"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mert Kılıç", "mert.kilic@mail.example", "utf-8", "b")),
           ("To", VF),
           ("Subject", "forum"),
           ("Date", m.date),
           ("Message-ID", "<m8k2qz.1786487500.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""selam, ben de foruma gelmek istiyorum. kuzenimle geliyoz yani 2 kisi. werkstatt 4 olsun, empowerment. bu konu cok onemli abi, her hafta polis kontrolu falan

tsk
mert

Samsung Galaxy akilli telefonumdan gonderildi
""", charset="us-ascii", cte="7bit")


# -- 031 ---------------------------------------------------------------------
# Tests: Moroccan Arabic (Darija) in Latin letters with French and German
# words; "bghit nsajjel rasi w rajli ... Ghadi njiw jouj" = me and my husband,
# we come two; "Werkstatt 1 (Mehrsprachigkeit)".  Language ar.

@mail("el-idrissi-darija-latin", "2027-08-12 18:05:22",
      E("registration", "yasmina.elidrissi@mail.example", "Yasmina El Idrissi", None,
        ["WS1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Yasmina El Idrissi <yasmina.elidrissi@mail.example>"),
           ("To", VF),
           ("Subject", "Inscription Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<f2c7a910-3e58-4b1d-8d06-9a4e5b2c1f73@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

ana Yasmina, bghit nsajjel rasi w rajli f Vielfaltsforum nhar 18. Ghadi njiw jouj.

Bghina Werkstatt 1 (Mehrsprachigkeit) hit 3andna bent sghira w kanhadro m3aha darija, français w Deutsch, w ma3reftch wach hadchi mzyan wla la. Bghina nsem3o chno kaygoulou les experts 😅

Merci bezzaf w bslama!
Yasmina El Idrissi
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 032 ---------------------------------------------------------------------
# Tests: change in English of both workgroup (Werkstatt 3 -> 4) and party
# size (2 -> 1, "my colleague can't come after all, so it's just me now");
# German "hin und her"; signed only "Aylin"; Outlook for iOS quoting the
# confirmation with English From:/Sent:/To:/Subject: labels.

ROBERTS_TEXT = """Hi,

could you please switch me from Werkstatt 3 to Werkstatt 4? Sorry for the hin und her 🙈 Also my colleague can't come after all, so it's just me now.

Thanks!
Aylin

Get Outlook for iOS"""

ROBERTS_QUOTE = f"""________________________________
From: {TO_VF}
Sent: Friday, July 30, 2027 3:12:44 PM
To: Aylin Roberts <aylin.roberts@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Aylin Roberts", "WS3", 2)}"""


@mail("roberts-change-english-outlook-ios", "2027-08-16 08:20:47",
      E("change", "aylin.roberts@mail.example", "Aylin Roberts", None,
        ["WS4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Aylin Roberts <aylin.roberts@mail.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcAXk2bLq8YtR0S0e3n7Vw9pQ1MbA="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR09MB8123A4B5C6D7E8F9A0B1C2D3E4F5@GV1PR09MB8123.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270730151244.8a1f@koeln-kalk.example>"),
           ("References", "<mailbot.20270730151244.8a1f@koeln-kalk.example>"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = f"{ROBERTS_TEXT}\n{ROBERTS_QUOTE}\n"
    body = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in ROBERTS_TEXT.split("\n"))
    quote = "<br>\n".join(esc(l) for l in ROBERTS_QUOTE.split("\n")[1:])
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           f'<body><div dir="ltr">{body}</div><hr style="display:inline-block;width:98%" tabindex="-1">'
           f'<div id="divRplyFwdMsg" dir="ltr">{quote}</div></body></html>\n')
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Tests: Kurmanji with German workgroup names; "Em ê bi pênc kesan werin" =
# we come with five people; Werkstatt 4, else ("Heke ew tije be") Werkstatt
# 2; the body describes the association in Kurmanji ("komeleya ciwanên kurd
# li Kalkê"), the signature names it in German.  Gmail alternative, base64.

GUENES_TEXT = """Rojbaş hevalno,

em komeleya ciwanên kurd li Kalkê ne û em dixwazin beşdarî Vielfaltsforumê bibin. Em ê bi pênc kesan werin.

Ji bo me Werkstatt 4 (Empowerment) ya herî girîng e, ji ber ku ciwanên me hema her roj rastî nijadperestiyê tên. Heke ew tije be, em ê herin Werkstatt 2.

Bi silav û rêz,
Baran Güneş
Kurdischer Jugendverein Kalk e.V."""


@mail("guenes-kurmanji-youth-five", "2027-08-17 19:55:30",
      E("registration", "baran.gunes@ciwan-kalk.example", "Baran Güneş",
        "Kurdischer Jugendverein Kalk e.V.", ["WS4", "WS2"], 5, "ku"), "ku")
def _(m):
    m.head(("From", addr("Baran Güneş", "baran.gunes@ciwan-kalk.example", "utf-8", "q")),
           ("To", VF),
           ("Subject", "Beşdarî Vielfaltsforum – 5 kes"),
           ("Date", m.date),
           ("Message-ID", "<CAN7tQw0Zs3Yk6Lp9Rb2Xe5Gd8Hm1Vc4Ju7oSa0iNf3KwE6pLq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GUENES_TEXT, gmail_html(GUENES_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 034 ---------------------------------------------------------------------
# Tests: a question in Arabic script (Levantine) with German "Kinderbetreuung";
# numbered questions "1-" and "2-" are not workgroups; ages "(4 و7 سنين)";
# "إذا في، منسجل نحنا الأربعة" (if so, we four will register) is a promise,
# so it is a question.  windows-1256 quoted-printable, Western digits.

@mail("yousef-arabic-question-children-interpreting", "2027-08-19 15:40:16",
      E("question", "hanan.yousef@mail.example", "Hanan Yousef", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Hanan Yousef <hanan.yousef@mail.example>"),
           ("To", VF),
           ("Subject", ew("سؤال عن الأطفال والترجمة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301dc1122$9e4f5a10$dadf0e30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

عندي سؤالين قبل ما نسجل:
1- هل ممكن جيب ولادي معي؟ عندي ولدين (4 و7 سنين)، وهل في Kinderbetreuung؟
2- هل في ترجمة للعربي بالورشات؟ زوجي ألمانيته مش كتير منيحة.

إذا في، منسجل نحنا الأربعة.

شكراً كتير
Hanan Yousef
""", charset="windows-1256", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Tests: change in German with Albanian greeting and phrases ("Mirëdita",
# "s'ka problem", "Faleminderit shumë"), asked as a question ("Könnten Sie
# mich bitte ... umtragen?"); Werkstatt 1 -> 2 with a fallback to stay in 1;
# "duales Studium" is not a choice; iPhone reply quoting the confirmation.

@mail("hoxha-change-fallback-iphone", "2027-08-23 07:12:39",
      E("change", "valbona.hoxha@mail.example", "Valbona Hoxha", None,
        ["WS2", "WS1"], None, "de"), "de")
def _(m):
    m.head(("From", "Valbona Hoxha <valbona.hoxha@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<3F8B1D0C-6E27-4A95-B3C4-2D1E0F9A8B76@mail.example>"),
           ("Date", m.date),
           ("To", TO_VF),
           ("In-Reply-To", "<mailbot.20270802184702.6c4d@koeln-kalk.example>"),
           ("References", "<mailbot.20270802184702.6c4d@koeln-kalk.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Mirëdita!

Könnten Sie mich bitte von Werkstatt 1 in Werkstatt 2 umtragen? Ich hab inzwischen eine Zusage für ein duales Studium bekommen 🎉 und hätte da viele Fragen. Falls 2 schon voll ist, bleib ich einfach in 1, s'ka problem.

Faleminderit shumë!
Valbona

Von meinem iPhone gesendet

> Am 02.08.2027 um 18:47 schrieb {TO_VF}:
> 
{gt_quote(confirmation("Valbona Hoxha", "WS1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Tests: change in Russian with German words (Kündigung wegen Eigenbedarf)
# and the workgroup as ordinal words ("вместо первой лучше третья" = the
# third instead of the first) plus the German title; "Нас по-прежнему двое"
# (still two): party unchanged; signed "Ирина" only, so the Latin display
# name is the name.  Gmail with a Russian attribution line, base64.

HOFFMANN_TEXT = """Здравствуйте!

Хотела бы поменять Werkstatt: вместо первой лучше третья, Wohnen und Nachbarschaft. Мы как раз получили Kündigung wegen Eigenbedarf, так что тема жилья сейчас для нас важнее. Нас по-прежнему двое.

Спасибо и хорошего дня!
Ирина"""

HOFFMANN_ATTR = f"пт, 23 июл. 2027 г. в 10:15, {VF_NAME} <{VF}>:"


@mail("hoffmann-change-russian-ordinals", "2027-08-27 13:27:04",
      E("change", "irina.hoffmann@mail.example", "Irina Hoffmann", None,
        ["WS3"], None, "ru"), "ru")
def _(m):
    conf = confirmation("Irina Hoffmann", "WS1", 2)
    m.head(("From", "Irina Hoffmann <irina.hoffmann@mail.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1wRy4Ts7Zq0Xm3Pc6Lb9Ge2Hn5Vd8Ju1oWa4iRs7NkE0yTz@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270723101502.9b7e@koeln-kalk.example>"),
           ("References", "<mailbot.20270723101502.9b7e@koeln-kalk.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(HOFFMANN_TEXT, HOFFMANN_ATTR, conf),
                  gmail_reply_html(HOFFMANN_TEXT, HOFFMANN_ATTR, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Tests: Gheg-coloured Albanian ("due me u regjistru", "me fol") with German
# words (Erzieherin, Kita); "punëtoria e parë" (the first workshop) plus
# "(Mehrsprachigkeit)"; "vij vetëm" = I come alone; "15 gjuhë" is not a
# count; her Kita is an employer, not an organisation.

@mail("gashi-albanian-gheg-first-workshop", "2027-08-30 16:45:50",
      E("registration", "blerta.gashi@mail.example", "Blerta Gashi", None,
        ["WS1"], 1, "sq"), "sq")
def _(m):
    m.head(("From", "Blerta Gashi <blerta.gashi@mail.example>"),
           ("To", VF),
           ("Subject", "Regjistrim për Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<CAE6yPn3Wr9Tz2Xs5Lk8Bq1Gf4Hd7Vm0Ju6oNa3iCw9PbE5tSx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Tung!

Jam Blerta, punoj si Erzieherin në një Kita në Kalk. Due me u regjistru për Vielfaltsforum, vij vetëm.

Më intereson punëtoria e parë, për gjuhët (Mehrsprachigkeit), se te na në Kita janë fëmijë me 15 gjuhë të ndryshme dhe prindërit shpesh pyesin a duhet me fol shqip apo gjermanisht në shtëpi.

Shihemi në shtator!
Blerta Gashi"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 038 ---------------------------------------------------------------------
# Tests: cancellation in Arabic script (Levantine) with German words
# (Forum, Anmeldung); Gmail with an Arabic attribution line quoting the
# confirmation (Werkstatt 3, 2 persons); right-to-left HTML.

MANSOUR_TEXT = """مرحباً،

للأسف ما رح نقدر نجي على الـ Forum، عندنا عرس بالعيلة بنفس اليوم بهامبورغ. لهيك بدنا نلغي الـ Anmeldung تبعنا.

بالتوفيق، وإن شاء الله السنة الجاية!
خالد"""

MANSOUR_ATTR = f"في الخميس، 29 يوليو 2027 في 4:20 م، كتب {VF_NAME} <{VF}>:"


@mail("mansour-cancel-arabic-gmail", "2027-09-01 09:09:21",
      E("cancellation", "khaled.mansour@mail.example", "Khaled Mansour", None,
        [], None, "ar"), "ar")
def _(m):
    conf = confirmation("Khaled Mansour", "WS3", 2)
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL5sXz8Yq2Tm6Wn0Pd3Rb7Ge1Hk4Vf9Ju5oLa8iTc2MwE4rQs@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270729162008.3a6b@koeln-kalk.example>"),
           ("References", "<mailbot.20270729162008.3a6b@koeln-kalk.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(MANSOUR_TEXT, MANSOUR_ATTR, conf),
                  gmail_reply_html(MANSOUR_TEXT, MANSOUR_ATTR, conf, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Tests: a question in German with a Turkish sentence ("Yoksa sadece bir
# tane mi seçebiliyoruz?"); it names Wohnen and Empowerment but only asks
# whether both are possible and registers later ("Dann meld ich mich gleich
# richtig an"), so it is a question.

@mail("polat-question-two-workshops", "2027-09-03 20:50:11",
      E("question", "derya.polat@mail.example", "Derya Polat", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Derya Polat <derya.polat@mail.example>"),
           ("To", VF),
           ("Subject", "Frage zu den Werkstätten"),
           ("Date", m.date),
           ("Message-ID", "<c9e1f3a5-8b2d-4c60-9f7e-0a3b6d4c2e18@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kurze Frage, bevor ich mich anmelde: Kann man auch zu zwei Werkstätten gehen, also erst Wohnen und danach Empowerment? Yoksa sadece bir tane mi seçebiliyoruz? Laufen die parallel oder nacheinander?

Dann meld ich mich gleich richtig an 🙂

Danke & iyi akşamlar
Derya Polat
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Tests: an association mailbox forwards a member's registration (German
# with Polish in both texts) and asks to answer him directly, at the address
# it names; the name is the member's; the forwarded text says "die Werkstatt
# Wohnen" and "Ich komm allein".  Language tie: the member's own text has 14
# German and 14 Polish words; it is de because its request sentences and the
# whole forwarding note are German (README).  Gmail forward, UTF-8 QP.

@mail("zielinski-forwarded-by-association", "2027-09-06 12:12:45",
      E("registration", "pawel.zielinski@poczta.example", "Paweł Zieliński",
        "Mosty – Deutsch-Polnischer Jugendverein Köln e.V.", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Mosty e.V." <info@mosty-koeln.example>'),
           ("To", VF),
           ("Subject", "Fwd: Vielfaltsforum"),
           ("Date", m.date),
           ("Message-ID", "<CAD9uTm2Xp5Wq8Yr1Lz4Nb7Gc0He3Vk6Ju9oPa2iSd5RnE8wMt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Vielfaltsforum-Team,

unten die Anmeldung von unserem Mitglied Paweł, er hatte eure Adresse nicht. Bitte antwortet direkt an ihn: pawel.zielinski@poczta.example

Viele Grüße / pozdrawiam
Magdalena Król
Mosty – Deutsch-Polnischer Jugendverein Köln e.V.

---------- Weitergeleitete Nachricht ---------
Von: Paweł Zieliński <pawel.zielinski@poczta.example>
Date: Sa., 4. Sept. 2027 um 22:17 Uhr
Subject: Vielfaltsforum
To: <info@mosty-koeln.example>


Cześć Magda,

kannst du mich bitte für das Vielfaltsforum anmelden? Ich will in die Werkstatt Wohnen, szukam mieszkania od pół roku i mam już dość. Ich komm allein.

Dzięki i do czwartku!
Paweł
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Tests: cancellation in German with Turkish phrases ("İnşallah", "Allah'a
# emanet"); iPhone reply with the iOS quote of the confirmation (Werkstatt 4,
# 2 persons); "Freitag" and "nächstes Jahr" are not dates to act on.

@mail("sahin-cancel-iphone-quote", "2027-09-08 18:00:26",
      E("cancellation", "elif.sahin@mail.example", "Elif Şahin", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Elif Şahin", "elif.sahin@mail.example", "utf-8", "q")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<8D2C4B1A-0F3E-4795-A6B8-C1D2E3F4A5B6@mail.example>"),
           ("Date", m.date),
           ("To", TO_VF),
           ("In-Reply-To", "<mailbot.20270727200511.0e5f@koeln-kalk.example>"),
           ("References", "<mailbot.20270727200511.0e5f@koeln-kalk.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo,

leider müssen wir absagen 😔 Meine Oma ist krank geworden und wir fliegen Freitag in die Türkei. İnşallah nächstes Jahr!

Allah'a emanet
Elif Şahin

Von meinem iPhone gesendet

> Am 27.07.2027 um 20:05 schrieb {TO_VF}:
> 
{gt_quote(confirmation("Elif Şahin", "WS4", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Tests: a German Exchange Online non-delivery report (mailbox full) for the
# 7-day reminder; multipart/report with an alternative notice, a
# delivery-status part and the returned headers; CRLF line ends.

SPORT_RCPT = "vorstand@kalker-sportfreunde.example"
NDR_TEXT = f"""Ihre Nachricht konnte nicht an {SPORT_RCPT} übermittelt werden, weil das Postfach des Empfängers voll ist.

Betreff: {REMINDER_7D_SUBJECT}
Gesendet: 11.09.2027 08:00

{SPORT_RCPT}
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: AM0PR06MB6419.eurprd06.prod.outlook.example
{SPORT_RCPT}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Unzustellbar</title>
</head>
<body>
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;color:#c00000;"><b>Ihre Nachricht konnte nicht an {SPORT_RCPT} übermittelt werden, weil das Postfach des Empfängers voll ist.</b></p>
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px;">Betreff: {esc(REMINDER_7D_SUBJECT)}<br>Gesendet: 11.09.2027 08:00</p>
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px;"><a href="mailto:{SPORT_RCPT}">{SPORT_RCPT}</a><br>Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.</p>
<p style="font-family:Consolas,monospace;font-size:12px;">Diagnoseinformationen für Administratoren:<br><br>
Generierender Server: AM0PR06MB6419.eurprd06.prod.outlook.example<br>
{SPORT_RCPT}<br>
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben</p>
</body>
</html>
"""

SPORT_HEADERS = f"""From: =?utf-8?q?Vielfaltsforum_K=C3=B6ln-Kalk?= <{VF}>
To: Kalker Sportfreunde <{SPORT_RCPT}>
Subject: Erinnerung: Vielfaltsforum =?utf-8?q?K=C3=B6ln-Kalk?= am 18. September
Date: Sat, 11 Sep 2027 08:00:05 +0200
Message-ID: <mailbot.20270911080005.4b2c@koeln-kalk.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("exchange-ndr-mailbox-full-reminder", "2027-09-11 08:00:31",
      E("bounce", bounced=SPORT_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kalker-sportfreunde.example>"),
           ("To", TO_VF),
           ("Subject", "Unzustellbar: " + REMINDER_7D_SUBJECT),
           ("Thread-Topic", REMINDER_7D_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<d1e5a7b3-9c20-4f84-b6e1-3a0c8f2d4e97@AM0PR06MB6419.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270911080005.4b2c@koeln-kalk.example>"),
           ("References", "<mailbot.20270911080005.4b2c@koeln-kalk.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM0PR06MB6419.eurprd06.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.koeln-kalk.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 06:00:09 +0000")],
        [("Original-Recipient", f"rfc822;{SPORT_RCPT}"),
         ("Final-Recipient", f"rfc822;{SPORT_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n"
                             " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    headers = m.text(SPORT_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Tests: a late registration after the 10 September deadline, in Turkish
# with German words ("Anmeldeschluss", "Werkstatt 3", "Wohnen"); it asks to be
# taken if a place is free and gives the workgroup and "iki kişi" (2), so it
# is a registration; organisation in Turkish in the signature; windows-1254
# 8bit.

@mail("erdem-late-registration-turkish", "2027-09-12 10:40:08",
      E("registration", "hatice.erdem@mail.example", "Hatice Erdem",
        "Kalk Kadın Dayanışma Derneği", ["WS3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Erdem <hatice.erdem@mail.example>"),
           ("To", VF),
           ("Subject", ew("Geç kayıt – Vielfaltsforum", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<000b01dc23c7$1d2e3f40$5792bdc0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

biliyorum, Anmeldeschluss 10 Eylül'dü, ama hâlâ yer varsa ben de gelmek isterim. Kızımla beraber geleceğiz, yani iki kişi.

Werkstatt 3 bizim için en uygunu, Wohnen konusunda çok sıkıntı yaşıyoruz. Eğer yer yoksa da anlayışla karşılarım.

Saygılarımla,
Hatice Erdem
Kalk Kadın Dayanışma Derneği
""", charset="windows-1254", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Tests: cancellation in Polish with a German phrase ("tut mir echt leid"),
# replying to the 1-day reminder (not the confirmation); the quoted reminder
# names Werkstatt 2 and 1 person; Gmail with a Polish attribution line.

ZAJAC_TEXT = """Dzień dobry,

niestety jutro nie dam rady przyjść, mój syn ma gorączkę i muszę zostać z nim w domu. Proszę skreślić mnie z listy, tut mir echt leid!

Pozdrawiam
Marek Zając"""

ZAJAC_ATTR = f"pt., 17 wrz 2027 o 06:00 {VF_NAME} <{VF}> napisał(a):"


@mail("zajac-cancel-polish-reply-to-reminder", "2027-09-17 07:30:52",
      E("cancellation", "marek.zajac@poczta.example", "Marek Zając", None,
        [], None, "pl"), "pl")
def _(m):
    rem = reminder("Marek Zając", "WS2", 1, tomorrow=True)
    m.head(("From", "Marek Zając <marek.zajac@poczta.example>"),
           ("To", TO_VF),
           ("Subject", "Re: " + REMINDER_1D_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH0vRp6Ws9Tx2Yq5Lm8Nc1Gb4He7Vz3Ju0oKa6iDt9PsE2kXn@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270917060004.2d7a@koeln-kalk.example>"),
           ("References", "<mailbot.20270917060004.2d7a@koeln-kalk.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(ZAJAC_TEXT, ZAJAC_ATTR, rem),
                  gmail_reply_html(ZAJAC_TEXT, ZAJAC_ATTR, rem),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Tests: thank-you after the forum (other), German with Turkish, naming
# "Die Werkstatt 3" and "inşallah", with a photo (PNG) attached.

@mail("aydin-thanks-after-forum-photo", "2027-09-19 11:03:44", E("other"), "de")
def _(m):
    m.head(("From", addr("Gökhan Aydın", "goekhan.aydin@mail.example", "utf-8", "q")),
           ("To", TO_VF),
           ("Subject", "Danke für gestern!"),
           ("Date", m.date),
           ("Message-ID", "<5a7c9e1b-3d4f-4a60-8b2c-e0f1d2c3b4a5@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebes Orga-Team,

was für ein Tag gestern! Çok güzeldi, gerçekten. Die Werkstatt 3 war mega, wir haben direkt danach eine WhatsApp-Gruppe für eine Mieterinitiative in der Kalker Hauptstraße gegründet.

Anbei ein Foto von uns vor dem Bürgerhaus, ihr könnt es gern für eure Doku verwenden.

Nächstes Jahr wieder, inşallah!
Gökhan Aydın
""", charset="utf-8", cte="8bit")
    png = m.binary(make_png(), "image", "png", "vielfaltsforum_werkstatt3.png")
    m.multi("mixed", [text, png])


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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def decoded_text(msg):
    """Decoded headers and text bodies of the whole message, nested ones included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
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
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not an allowed ISO 639-1 code")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


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
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jul-Sep 2027")
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    # labels on their own, then against the mail
    problems += check_labels(expected)
    kind = expected["kind"]
    if kind in PERSON_KINDS:
        frm = getaddresses([str(msg.get("From", ""))])[0][1].lower()
        rto = [a.lower() for _, a in getaddresses([str(msg.get("Reply-To", ""))]) if a]
        bodies = "\n".join(p.get_content() for p in all_parts(msg)
                           if p.get_content_maintype() == "text").lower()
        if expected["email"] not in [frm] + rto and expected["email"] not in bodies:
            problems.append("email is neither From/Reply-To nor written in the mail")
        if rto and expected["email"] == frm != rto[0] and expected["email"] not in bodies:
            problems.append("Reply-To must beat From")
        for k in ("name", "organisation"):
            if expected[k] and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if msg.get("In-Reply-To") is None or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation should answer and quote our mail")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def check_corpus(built, datas):
    """Problems across mails: the same sender twice, counts out of range."""
    problems = []
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, k in senders.items():
        if k > 1:
            problems.append(f"sender {s} appears {k} times")
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    regs = sum(e["kind"] == "registration" for _, _, e, _ in built)
    if not 0.55 <= regs / len(built) <= 0.65:
        problems.append(f"registrations are {regs}/{len(built)}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], e["language"] or f"({t})") for _, _, e, t in built)
    langs = sorted({l for _, l in table})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language (machine mail: text language in parentheses):")
    print(f"  {'':13}" + "".join(f"{l:>8}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + "".join(f"{table[(k, l)] or '':>8}" for l in langs))
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

    # re-read what is on disk (or what would be written, with --check)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if reread != expected:
            print("expected.json does not read back to the labels")
            bad += 1
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
