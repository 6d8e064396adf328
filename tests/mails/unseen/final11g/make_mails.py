#!/usr/bin/env python3
"""Build the "final11g" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the last fortnight before the registration deadline (6 March 2027) of the
Tag der Migrantenselbstorganisationen 2027.  Board members and volunteers of
established migrant associations register delegations of two to six people,
split them over two workgroups, send corrections ("sorry, I forgot ..."), strike
single people off, and a few ask questions; machine mail is mixed in.

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files, and then re-reads every
file with email.policy.default and checks it (see check()).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
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
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`
    (default: left to the policy, which writes UTF-8)."""
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
    return hashlib.sha256(f"final11g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def mid(slug, style, domain):
    """A deterministic Message-ID in the style of a given mail client."""
    h = _h(slug, "mid")
    if style == "gmail":
        import base64
        tok = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_").replace("=", "")
        return f"<CA{tok[:2].upper()}{tok}@mail.gmail.example>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "apple":
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "outlook":
        u = h.upper()
        return f"<{u[:4]}PR0{u[4]}MB{u[5:9]}{u[9:33]}@{u[:4]}PR0{u[4]}MB{u[5:9]}.eurprd0{int(h[33], 16) % 9 + 1}.prod.outlook.example>"
    if style == "exchange":
        return f"<{h[:16]}@{domain}>"
    if style == "gmx":
        return (f"<trinity-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-"
                f"{int(h[32:42], 16)}@3c-app-gmx-bs{int(h[42:44], 16) % 60:02d}>")
    if style == "yahoo":
        return f"<{int(h[:12], 16)}.{int(h[12:20], 16)}@mail.yahoo-mail.example>"
    if style == "postfix":
        return f"<20270{int(h[:10], 16) % 10**9:09d}.{h[10:20].upper()}@{domain}>"
    return f"<{int(h[:10], 16)}.{int(h[10:14], 16)}.{h[14:22]}@{domain}>"


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
        self.decoded_headers = {}   # header -> intended decoded value (hand-encoded ones)
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
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"@([^>\s]+)", frm).group(1)).split("@")[-1]
            host = ("smtp." if domain.count(".") == 1 else "mail.") + domain
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

    def want_header(self, name, decoded):
        """Record what a hand-encoded header must decode to (checked later)."""
        self.decoded_headers[name] = decoded

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
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{int(h[16:29], 16)}"
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
                    html_cte=None, style="std", top=True, text_params=None):
        parts = [self.text(text, "plain", charset, cte, params=text_params),
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
# texts that several mails quote or forward (the organisers' own mails)
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung.mso2027.20270114100311@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, den 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Wir freuen uns, wenn Ihr Verein dabei ist!

Nach einem gemeinsamen Vormittag diskutieren wir in drei parallelen
Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns die Namen, Ihren Verein, die
gewünschte Arbeitsgruppe und die Zahl der Personen. Sie können gern auch
mehrere Personen aus Ihrer Organisation anmelden.

Mit freundlichen Grüßen
i. A. Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

# The MSO network's own reminder (iso-8859-15-safe: no dashes or dotless i).
NETWORK_SUBJECT = "Nur noch bis 6. März: Anmeldung zum MSO-Tag"
NETWORK_REMINDER = """Liebe Vereine im MSO-Netzwerk,

kurze Erinnerung: Die Anmeldung für den MSO-Tag am 13. März im Stadtweinhaus
läuft nur noch bis zum 6. März! Bisher haben sich erst wenige Vereine
angemeldet. Meldet euch einfach formlos bei mso-tag@muenster.example an, mit
Namen, Verein, Arbeitsgruppe und Personenzahl.

Zur Erinnerung die drei Arbeitsgruppen:
- AG 1: Bildungssystem
- AG 2: Münsters Zukunftsprozess
- AG 3: Förderung und Vereinsmanagement

Wir vom Sprecherrat sind auch da und freuen uns auf euch!

Herzliche Grüße
Serkan Polat
für den Sprecherrat des MSO-Netzwerks Münster"""

CONFIRMATION_SUBJECT = "Bestätigung Ihrer Anmeldung - MSO-Tag 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"

AG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organisers' system sent (quoted in replies and
    returned in bounces).  Encodable in every charset used for quoting."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin: Samstag, 13. März 2027, 10 bis 16 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
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


def conf_id(stamp, tag):
    """Message-ID of a confirmation sent at `stamp` (YYYYMMDDHHMMSS)."""
    return f"<bestaetigung.{stamp}.{tag}@muenster.example>"


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
span.EmailStyle17
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
        out.append(f"<p class=MsoNormal><b><span lang=DE style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>Von:</span></b>"
                   f"<span lang=DE style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{esc(attribution)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote=None):
    """Apple Mail markup; quote = (attribution, quoted_text)."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attribution, quoted = quote
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div><div>{q}</div></div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, quote=None):
    """Yahoo Mail markup; quote = (attribution, quoted_text)."""
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
           f"Helvetica, Arial, sans-serif;font-size:13px;\">{inner}</div>")
    if quote:
        attribution, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ("<div id=\"yahoo_quoted_0421\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', "
                "Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
                f"<div>{esc(attribution)}</div><div><br></div><div><br></div>"
                f"<div><div dir=\"ltr\">{q}</div></div></div></div>")
    return out + "</body></html>\n"


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
# Thunderbird reply quoting the whole invitation (all three AGs in the quote).
# Named chair and treasurer plus "zwei Jugendliche" without names -> 4.
# Organisation inflected in the text, base form in the signature.

@mail("sahin-arbeiterverein-four-quoting-invitation", "2027-02-20 09:14:22",
      E("registration", "kemal.sahin@tav-coerde.example", "Kemal Şahin",
        "Türkischer Arbeiterverein Münster-Coerde e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "Kemal Şahin <kemal.sahin@tav-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "thunderbird", "tav-coerde.example")),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

hiermit melden wir uns vom Türkischen Arbeiterverein Münster-Coerde zum
MSO-Tag an. Kommen werden:

- Kemal Şahin (1. Vorsitzender)
- Ahmet Demirtaş (Kassenwart)
- zwei Jugendliche aus unserer Jugendgruppe, die Namen reiche ich noch nach

Wir möchten alle in die AG 3. Wir wollen im Sommer zum ersten Mal einen
Antrag beim Land stellen und wissen ehrlich gesagt nicht, wo wir anfangen
sollen.

Mit freundlichen Grüßen
Kemal Şahin

-- 
Kemal Şahin
1. Vorsitzender
Türkischer Arbeiterverein Münster-Coerde e.V.
Breslauer Str. 12, 48157 Münster

Am 14.01.27 um 10:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Sieve vacation answer to the confirmation of 001 (German and Turkish),
# Auto-Submitted: auto-replied.

@mail("sahin-vacation-de-tr", "2027-02-20 09:15:40", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Kemal Şahin <kemal.sahin@tav-coerde.example>"),
           ("To", MSO),
           ("Subject", "Abwesend: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1771575340.7c21@tav-coerde.example>"),
           ("In-Reply-To", conf_id("20270220091528", "a41c")),
           ("References", conf_id("20270220091528", "a41c")),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin vom 20.02. bis einschließlich 01.03.2027 im Urlaub und lese meine
E-Mails nur unregelmäßig. In dringenden Vereinsangelegenheiten wenden Sie sich
bitte an unseren 2. Vorsitzenden, Herrn Hüsnü Yavuz (0251 98 76 54 3).

Mesajınız için teşekkürler. 1 Mart 2027'ye kadar izindeyim. Acil durumlarda
lütfen ikinci başkanımız Hüsnü Yavuz'a başvurun.

Kemal Şahin
Türkischer Arbeiterverein Münster-Coerde e.V.
""", charset="utf-8", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# Gmail, multipart/alternative.  Display name "Duc Tran", signature in full
# Vietnamese spelling.  Himself and the youth leader -> 2; first and second choice.

TRAN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich möchte mich und Frau Phạm Thị Lan für den MSO-Tag am 13.03. anmelden. Frau Phạm leitet bei uns die Jugendgruppe, ich bin im Vorstand für Öffentlichkeitsarbeit zuständig.

Am liebsten würden wir in die Arbeitsgruppe 1 (Bildung). Wenn die schon voll ist, gerne auch AG 2.

Viele Grüße
Trần Minh Đức
Vietnamesischer Kultur- und Familienverein Münster e.V."""


@mail("tran-vietnamesischer-verein-two", "2027-02-20 17:40:05",
      E("registration", "minhduc.tran@mail.example", "Trần Minh Đức",
        "Vietnamesischer Kultur- und Familienverein Münster e.V.", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Duc Tran <minhduc.tran@mail.example>"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmail", "")),
           ("Subject", "Anmeldung MSO-Tag"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN_TEXT, gmail_html(TRAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable, numbered list of three people with
# roles; "1. çalışma grubu (eğitim sistemi)" = AG1.

@mail("aydemir-veliler-birligi-turkish", "2027-02-21 11:02:48",
      E("registration", "sevgi.aydemir@tveb-muenster.example", "Sevgi Aydemir",
        "Türk Veliler Birliği Münster e.V.", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Sevgi Aydemir <sevgi.aydemir@tveb-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("MSO Günü 2027 - katılım / Anmeldung", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<5f0b7e21-9c4d-4a3e-8d2b-61c0f9a4e7d3@tveb-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "MSO Günü 2027 - katılım / Anmeldung")
    m.single("""Merhaba,

Türk Veliler Birliği Münster olarak 13 Mart'taki MSO Günü'ne katılmak
istiyoruz. Derneğimizden üç kişi geleceğiz:

1) Sevgi Aydemir - başkan
2) Mustafa Koç - sayman
3) Elif Yurt - gençlik kolu sorumlusu

Üçümüz de 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz, çünkü
velilerimizin en büyük derdi okul.

Almanca yazmadığım için kusura bakmayın, konuşurken sorun yok ama yazarken
zorlanıyorum.

Saygılarımla
Sevgi Aydemir
Türk Veliler Birliği Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# iPhone, short: five board members, no workgroup yet (he adds it in 007).

@mail("mbarga-iphone-five-no-workgroup", "2027-02-21 20:15:33",
      E("registration", "jmbarga@mail.example", "Joseph Mbarga",
        "Afrikanischer Kulturverein Münster e.V.", [], 5, "de"), "de")
def _(m):
    m.head(("From", "Joseph Mbarga <jmbarga@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Anmeldung MSO Tag"),
           ("Message-Id", mid(m.slug, "apple", "mail.example")),
           ("Date", m.date),
           ("To", MSO))
    m.single("""Hallo,
wir vom Afrikanischen Kulturverein kommen mit 5 Leuten aus dem Vorstand zum MSO Tag am 13.3.
Gruß
Joseph Mbarga
Vorsitzender Afrikanischer Kulturverein Münster e.V.

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Postfix bounce from our own relay: the confirmation to 005 met a full
# mailbox (552 5.2.2).  The returned confirmation says "Arbeitsgruppe: noch
# nicht gewählt" and "Personen: 5".

def _mbarga_confirmation():
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = "Joseph Mbarga <jmbarga@mail.example>"
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = "Sun, 21 Feb 2027 20:15:51 +0100"
    m["Message-ID"] = conf_id("20270221201551", "5d0e")
    m["In-Reply-To"] = mid("mbarga-iphone-five-no-workgroup", "apple", "mail.example")
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content("""Guten Tag Herr Mbarga,

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin: Samstag, 13. März 2027, 10 bis 16 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppe: noch nicht gewählt
Personen: 5

Bitte teilen Sie uns noch mit, an welcher Arbeitsgruppe Sie teilnehmen möchten.
Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster""", charset="utf-8", cte="quoted-printable")
    return m


@mail("postfix-bounce-mailbox-full", "2027-02-21 20:16:02",
      E("bounce", bounced="jmbarga@mail.example"), "en")
def _(m):
    rcpt = "jmbarga@mail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270221191602.3B7F21C0A5@mail.muenster.example>"),
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

<{rcpt}>: host mx01.mail.example[198.51.100.77] said: 552 5.2.2
    <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3B7F21C0A5"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sun, 21 Feb 2027 20:15:51 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    m.multi("report", [note, dsn, rfc822_part(_mbarga_confirmation())], style="postfix",
            params={"report-type": "delivery-status"})


# -- 007 ---------------------------------------------------------------------
# Twelve minutes after 005, a new mail (not a reply): the forgotten workgroup.
# Completes an existing registration -> change to AG2.

@mail("mbarga-forgot-workgroup", "2027-02-21 20:27:51",
      E("change", "jmbarga@mail.example", "Joseph Mbarga", None, ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Joseph Mbarga <jmbarga@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Nachtrag Anmeldung"),
           ("Message-Id", mid(m.slug, "apple", "mail.example")),
           ("Date", m.date),
           ("To", MSO))
    m.single("""Sorry hab vergessen, wir möchten alle in die AG 2 Zukunftsprozess.
Joseph Mbarga

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Greek, iso-8859-7 quoted-printable, multipart/alternative from a webmailer.
# Three people; she and the treasurer AG3, the youth officer AG1 -> the
# writer's own group only.  Name: her Greek self-introduction and signature
# (the display name is the Latin transliteration).

STAMATOPOULOU_TEXT = """Αγαπητή κυρία Meza Correa-Flock,

σας γράφω εκ μέρους της Ελληνικής Κοινότητας Μύνστερ. Θα θέλαμε να δηλώσουμε συμμετοχή τριών ατόμων στην Ημέρα των Οργανώσεων Μεταναστών στις 13 Μαρτίου:

- εγώ, Ευαγγελία Σταματοπούλου (πρόεδρος)
- ο ταμίας μας, Νίκος Αλεξίου
- η υπεύθυνη νεολαίας, Δέσποινα Γεωργίου

Ο κ. Αλεξίου κι εγώ θα πάμε στην ομάδα εργασίας 3 (χρηματοδότηση και διοίκηση συλλόγων). Η κ. Γεωργίου ενδιαφέρεται περισσότερο για την εκπαίδευση, οπότε εκείνη θα πάει στην ομάδα εργασίας 1.

Αν χρειάζεστε κάτι ακόμη, είμαι στη διάθεσή σας.

Με εκτίμηση
Ευαγγελία Σταματοπούλου
Ελληνική Κοινότητα Μύνστερ"""


@mail("stamatopoulou-greek-split", "2027-02-22 14:05:10",
      E("registration", "e.stamatopoulou@mail.example", "Ευαγγελία Σταματοπούλου",
        "Ελληνική Κοινότητα Μύνστερ", ["AG3"], 3, "el"), "el")
def _(m):
    m.head(("From", "Evangelia Stamatopoulou <e.stamatopoulou@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Συμμετοχή στην Ημέρα MSO / Anmeldung", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "webmail.mail.example")),
           ("X-Mailer", "Open-Xchange Mailer v8.23.31"),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Συμμετοχή στην Ημέρα MSO / Anmeldung")
    m.alternative(STAMATOPOULOU_TEXT, div_html(STAMATOPOULOU_TEXT, "font-family: Arial; font-size: 11pt;"),
                  charset="iso-8859-7", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# "Sorry, I forgot": the treasurer comes too, 2 -> 3.  Gmail reply quoting
# the confirmation (AG 1, 2 persons); "Arbeitsgruppe bleibt gleich" states no
# new choice.

TRAN_CHANGE = """Sehr geehrte Damen und Herren,

Entschuldigung, ich habe in meiner ersten Mail etwas vergessen: unser Kassenwart, Herr Võ Văn Hùng, möchte auch mitkommen. Wir sind also 3 Personen statt 2. Die Arbeitsgruppe bleibt gleich.

Vielen Dank und viele Grüße
Trần Minh Đức"""

TRAN_ATTR = ("Am Sa., 20. Feb. 2027 um 17:40 Uhr schrieb Tag der Migrantenselbstorganisationen "
             f"<{MSO}>:")


@mail("tran-forgot-treasurer", "2027-02-22 19:50:27",
      E("change", "minhduc.tran@mail.example", "Trần Minh Đức", None, [], 3, "de"), "de")
def _(m):
    conf = confirmation("Herr Trần", "AG1", 2)
    cid = conf_id("20270220174019", "e2b7")
    m.head(("From", "Duc Tran <minhduc.tran@mail.example>"),
           ("Date", m.date),
           ("References", cid),
           ("In-Reply-To", cid),
           ("Message-ID", mid(m.slug, "gmail", "")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO),
           ("MIME-Version", "1.0"))
    plain = f"{TRAN_CHANGE}\n\n{TRAN_ATTR}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(TRAN_CHANGE, quote=(TRAN_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (rtl), UTF-8 base64.  Chair, named
# treasurer and two women from the women's group -> 4; "مجموعة العمل الثالثة" = AG3.
# Name and organisation are written in Latin letters in the signature only.

ELIDRISSI_TEXT = """السلام عليكم،

أود أن أسجل باسم جمعيتنا للمشاركة في يوم منظمات المهاجرين يوم 13 مارس. سنكون أربعة أشخاص: أنا (رئيسة الجمعية)، وأمين الصندوق السيد يوسف العمراني، وسيدتان من مجموعة النساء عندنا.

نرغب في المشاركة في مجموعة العمل الثالثة حول التمويل وإدارة الجمعيات، لأننا نحتاج فعلاً إلى أفكار بخصوص طلبات الدعم.

شكراً جزيلاً مسبقاً
Khadija El Idrissi
Deutsch-Marokkanischer Kulturverein Atlas e.V."""


@mail("elidrissi-arabic-four", "2027-02-23 10:11:36",
      E("registration", "khadija.elidrissi@mail.example", "Khadija El Idrissi",
        "Deutsch-Marokkanischer Kulturverein Atlas e.V.", ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Khadija El Idrissi <khadija.elidrissi@mail.example>"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmail", "")),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "utf-8", "b")),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "تسجيل - يوم منظمات المهاجرين")
    m.alternative(ELIDRISSI_TEXT, gmail_html(ELIDRISSI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252: a numbered list with a workgroup per person.
# The chair (writer) and the secretary AG 2, the youth officer AG 1 -> [AG2], 3.

REIMER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für unsere Ortsgruppe melde ich folgende Personen zum Tag der Migrantenselbstorganisationen an:

1. Viktor Reimer (Vorsitzender) – AG 2
2. Irina Wiebe (Schriftführerin) – AG 2
3. Alexander Kröker (Jugendreferent) – AG 1

Herr Kröker kümmert sich bei uns um die Jugendarbeit und möchte deshalb lieber in die Arbeitsgruppe zum Bildungssystem.

Mit freundlichen Grüßen

Viktor Reimer
Vorsitzender
Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster
Tel. 0251 / 61 83 22"""


@mail("reimer-landsmannschaft-outlook-list", "2027-02-24 09:20:14",
      E("registration", "v.reimer@lmdr-muenster.example", "Viktor Reimer",
        "Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster", ["AG2"], 3, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", '"Reimer, Viktor" <v.reimer@lmdr-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Ortsgruppe Münster"),
           ("Thread-Topic", "Anmeldung Ortsgruppe Münster"),
           ("Thread-Index", "AduLq7Fh0k1XcPz9RkuV3m2bT8wYNg=="),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("Accept-Language", "de-DE, ru-RU"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(REIMER_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable, Thunderbird.  Three people, "grupa
# robocza III, ewentualnie II" -> [AG3, AG2].

@mail("kaczmarek-polish-three", "2027-02-24 18:02:59",
      E("registration", "m.kaczmarek@most-muenster.example", "Małgorzata Kaczmarek",
        'Polskie Stowarzyszenie Kulturalne "Most" e.V.', ["AG3", "AG2"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Małgorzata Kaczmarek", "m.kaczmarek@most-muenster.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Dzień MSO 13.03.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "thunderbird", "most-muenster.example")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.want_header("From", "Małgorzata Kaczmarek <m.kaczmarek@most-muenster.example>")
    m.want_header("Subject", "Zgłoszenie - Dzień MSO 13.03.2027")
    m.single("""Szanowni Państwo,

w imieniu Polskiego Stowarzyszenia Kulturalnego "Most" zgłaszam udział
trzech osób w Dniu Organizacji Migranckich 13 marca:

- Małgorzata Kaczmarek (prezeska)
- Paweł Nowicki (skarbnik)
- Julia Zając (koordynatorka grupy młodzieżowej)

Wszyscy troje chcielibyśmy wziąć udział w grupie roboczej III (finansowanie
i zarządzanie stowarzyszeniem). Gdyby tam zabrakło miejsc, to ewentualnie
grupa II.

Z poważaniem
Małgorzata Kaczmarek
Polskie Stowarzyszenie Kulturalne "Most" e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Apple Mail, multipart/alternative.  German with Spanish greetings.  Three
# board members incl. the writer; "Arbeitsgruppe Bildung" (alias) -> AG1.

FERNANDEZ_TEXT = """Hola liebes MSO-Team,

vom Centro Español möchten drei Leute aus dem Vorstand zum MSO-Tag kommen: unsere Präsidentin Carmen Ruiz, unser Kassierer Antonio Molina und ich (Schriftführerin).

Wir interessieren uns für die Arbeitsgruppe Bildung – bei uns ist der herkunftssprachliche Spanischunterricht gerade ein Riesenthema, weil die Kurse an zwei Grundschulen wegfallen sollen.

Muchas gracias y un saludo
Lucía Fernández
Centro Español de Münster e.V."""


@mail("fernandez-centro-espanol-apple", "2027-02-25 08:05:41",
      E("registration", "lucia.fernandez@centro-espanol-ms.example", "Lucía Fernández",
        "Centro Español de Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Lucía Fernández <lucia.fernandez@centro-espanol-ms.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
           ("Subject", "Anmeldung Centro Español"),
           ("Message-Id", mid(m.slug, "apple", "centro-espanol-ms.example")),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    m.alternative(FERNANDEZ_TEXT, apple_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 014 ---------------------------------------------------------------------
# Kurmanji, UTF-8 8bit.  Three people; "koma xebatê ya duyemîn" = the second
# workgroup -> AG2.

@mail("baran-kurmanji-three", "2027-02-25 12:40:08",
      E("registration", "rojda.baran@mail.example", "Rojda Baran",
        "Navenda Çanda Kurdî ya Münsterê", ["AG2"], 3, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Baran <rojda.baran@mail.example>"),
           ("To", MSO),
           ("Subject", "Tomarkirin - Roja MSO 2027"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "webmail.mail.example")),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez Rojda Baran im, sekretera Navenda Çanda Kurdî ya Münsterê. Em dixwazin
bi sê kesan beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibin:

- Rojda Baran (ez bi xwe)
- Leyla Tekin, hevseroka komeleyê
- Serhat Doğan, berpirsiyarê ciwanan

Em her sê jî dixwazin beşdarî koma xebatê ya duyemîn bibin (pêvajoya
pêşerojê ya Münsterê).

Spas û bi silav
Rojda Baran
Navenda Çanda Kurdî ya Münsterê
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# One person of the delegation drops out (4 -> 3): a change.  Thunderbird
# reply quoting the confirmation (AG 3, 4 persons).

@mail("sahin-one-youth-drops-out", "2027-02-25 21:10:19",
      E("change", "kemal.sahin@tav-coerde.example", "Kemal Şahin", None, [], 3, "de"), "de")
def _(m):
    cid = conf_id("20270220091528", "a41c")
    m.head(("From", "Kemal Şahin <kemal.sahin@tav-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "thunderbird", "tav-coerde.example")),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Abend,

kleine Korrektur zu unserer Anmeldung: einer von unseren zwei Jugendlichen
hat am 13. März eine Prüfung und kann nicht mitkommen. Wir sind also nur zu
dritt, Herr Demirtaş, ich und Baran Yıldız aus der Jugendgruppe.

Entschuldigen Sie die späte Nachricht, ich bin noch im Urlaub.

Gruß
Kemal Şahin

Am 20.02.27 um 09:15 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Şahin", "AG3", 4))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 016 ---------------------------------------------------------------------
# Italian, Gmail.  Four people (two mothers named), "gruppo di lavoro 1 ...
# in alternativa il 3" -> [AG1, AG3].

ESPOSITO_TEXT = """Gentile signora Meza Correa-Flock,

con la presente vorrei iscrivere la nostra associazione alla giornata del 13 marzo. Saremo in quattro: io (presidente), il nostro tesoriere Franco Lombardi e due mamme del gruppo genitori, la signora Teresa Greco e la signora Anna Rizzo.

Ci interesserebbe il gruppo di lavoro 1 sulla scuola; in alternativa andrebbe bene anche il 3.

Mi scusi se scrivo in italiano, il mio tedesco scritto non è il massimo.

Cordiali saluti
Rosaria Esposito
Associazione Famiglie Italiane Münster"""


@mail("esposito-italian-four", "2027-02-26 09:45:02",
      E("registration", "rosaria.esposito@mail.example", "Rosaria Esposito",
        "Associazione Famiglie Italiane Münster", ["AG1", "AG3"], 4, "it"), "it")
def _(m):
    m.head(("From", "Rosaria Esposito <rosaria.esposito@mail.example>"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmail", "")),
           ("Subject", ew("Iscrizione Giornata MSO – Associazione Famiglie Italiane", "utf-8", "q")),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Iscrizione Giornata MSO – Associazione Famiglie Italiane")
    m.alternative(ESPOSITO_TEXT, gmail_html(ESPOSITO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Newsletter of a parents' network (other): mentions the MSO-Tag, its date
# and deadline among other events; List-Unsubscribe, Precedence: bulk.

NEWSLETTER_TEXT = """Elternnetzwerk NRW – Newsletter 3/2027
=======================================

Liebe Mitgliedsvereine, liebe Interessierte,

hier unsere Termine und Hinweise für den März.

1) Fachtag "Mehrsprachig aufwachsen" – 20. März 2027, Dortmund
Vorträge und Workshops zu Mehrsprachigkeit in Kita und Grundschule.
Anmeldung: https://www.elternnetzwerk-nrw.example/fachtag-2027

2) Veranstaltungshinweis: Tag der Migrantenselbstorganisationen in Münster
Am 13. März 2027 lädt die Stadt Münster Migrantenselbstorganisationen ins
Stadtweinhaus ein, u. a. mit einer Arbeitsgruppe zum Bildungssystem.
Anmeldeschluss ist der 6. März; Anmeldung direkt bei der Stadt Münster.

3) Förderprogramm Elternarbeit: Anträge für das 2. Halbjahr bis 30. April
Die Antragsformulare und eine Ausfüllhilfe finden Sie im Mitgliederbereich.

Viele Grüße aus der Geschäftsstelle
Ihr Team vom Elternnetzwerk NRW

--
Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler
eingetragen ist. Abmelden: https://www.elternnetzwerk-nrw.example/newsletter/abmelden"""


def _newsletter_html():
    paras = NEWSLETTER_TEXT.split("\n\n")
    body = "".join(f"<p style=\"margin:0 0 12px 0\">{'<br>'.join(esc(l) for l in p.split(chr(10)))}</p>"
                   for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter 3/2027</title></head>"
            "<body style=\"background:#f2f2f2\"><table width=\"600\" align=\"center\" cellpadding=\"20\" "
            "style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px\"><tr><td>"
            f"{body}</td></tr></table></body></html>\n")


@mail("elternnetzwerk-newsletter", "2027-02-26 11:20:00", E("other"), "de")
def _(m):
    m.head(("From", "Elternnetzwerk NRW <newsletter@elternnetzwerk-nrw.example>"),
           ("To", MSO),
           ("Subject", "Newsletter 3/2027: Fachtag Mehrsprachigkeit, Termine, Förderung"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-03.8813.mso-tag=muenster.example@newsletter.elternnetzwerk-nrw.example>"),
           ("List-Id", "Newsletter Elternnetzwerk NRW <newsletter.elternnetzwerk-nrw.example>"),
           ("List-Unsubscribe", "<https://www.elternnetzwerk-nrw.example/newsletter/abmelden?u=8813>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, _newsletter_html(), charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Learner German, "Mail für Windows".  Two board members in two groups:
# writer AG 3, the youth leader AG 1 -> [AG3], 2.

QASEM_TEXT = """Sehr geehrte Damen und Herren

Ich möchte uns anmelden für MSO Tag am 13.3. Wir kommen mit 2 Personen von Vorstand, ich und Frau Amal Yassin, sie ist bei uns Jugendleiterin.
Ich gehe in AG 3 weil ich bin Kassierer und wir brauchen Fördergeld für unsere Projekte. Frau Yassin möchte lieber AG 1 Bildung.

Danke schön
Mit freundliche Grüße
Nabil Qasem
Palästinensische Gemeinde Münster e.V.

Gesendet von Mail für Windows"""


@mail("qasem-learner-german-split", "2027-02-26 15:55:47",
      E("registration", "nabil.qasem@mail.example", "Nabil Qasem",
        "Palästinensische Gemeinde Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nabil Qasem <nabil.qasem@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung von Palästinensische Gemeinde"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("MIME-Version", "1.0"))
    m.alternative(QASEM_TEXT, div_html(QASEM_TEXT, "font-family: Calibri, sans-serif; font-size: 11pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Portuguese, iso-8859-1 quoted-printable.  Five people (two named, "três
# jovens"); "grupo de trabalho 2" -> AG2.  Display name shorter than the
# signature.

@mail("carvalho-portuguese-five", "2027-02-27 10:02:31",
      E("registration", "joao.carvalho@acp-muenster.example", "João Pedro Carvalho",
        "Associação Cultural Portuguesa de Münster", ["AG2"], 5, "pt"), "pt")
def _(m):
    m.head(("From", addr("João Carvalho", "joao.carvalho@acp-muenster.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", ew("Inscrição Dia das MSO", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "thunderbird", "acp-muenster.example")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.want_header("From", "João Carvalho <joao.carvalho@acp-muenster.example>")
    m.want_header("Subject", "Inscrição Dia das MSO")
    m.single("""Bom dia,

em nome da Associação Cultural Portuguesa de Münster gostaria de inscrever
cinco pessoas para o dia 13 de março: eu próprio (vice-presidente), a nossa
presidente Maria do Céu Almeida e três jovens do nosso rancho folclórico, que
também querem participar na discussão.

Escolhemos o grupo de trabalho 2, sobre o futuro de Münster.

Com os melhores cumprimentos,
João Pedro Carvalho
Associação Cultural Portuguesa de Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish "sorry, I forgot": a board member comes too (3 -> 4).  A reply to
# her OWN sent mail (004), which she quotes; the workgroup stays.

AYDEMIR_ORIGINAL = """Merhaba,

Türk Veliler Birliği Münster olarak 13 Mart'taki MSO Günü'ne katılmak
istiyoruz. Derneğimizden üç kişi geleceğiz:

1) Sevgi Aydemir - başkan
2) Mustafa Koç - sayman
3) Elif Yurt - gençlik kolu sorumlusu

Üçümüz de 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz, çünkü
velilerimizin en büyük derdi okul."""


@mail("aydemir-forgot-board-member-turkish", "2027-02-27 14:30:12",
      E("change", "sevgi.aydemir@tveb-muenster.example", "Sevgi Aydemir", None, [], 4, "tr"), "tr")
def _(m):
    orig = "<5f0b7e21-9c4d-4a3e-8d2b-61c0f9a4e7d3@tveb-muenster.example>"
    m.head(("From", "Sevgi Aydemir <sevgi.aydemir@tveb-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Re: MSO Günü 2027 - katılım / Anmeldung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<a3d9c0e4-1b72-4f58-9e06-2c8b7d5f1a90@tveb-muenster.example>"),
           ("In-Reply-To", orig),
           ("References", orig),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Re: MSO Günü 2027 - katılım / Anmeldung")
    m.single(f"""Merhaba tekrar,

özür dilerim, geçen hafta gönderdiğim e-postada bir kişiyi unutmuşum:
yönetim kurulu üyemiz Hasan Öztürk de bizimle gelecek. Yani toplam 4 kişi
olacağız. Çalışma grubu aynı kalsın.

Teşekkürler, iyi çalışmalar
Sevgi Aydemir

21.02.2027 11:02 tarihinde Sevgi Aydemir yazdı:
{gt_quote(AYDEMIR_ORIGINAL)}
""", charset="utf-8", cte="quoted-printable")

# -- 021 ---------------------------------------------------------------------
# Yahoo Mail, multipart/alternative.  Himself and the youth leader -> 2; a
# treasurer who "maybe" comes later is not counted.

AGBEKO_TEXT = """Guten Abend Frau Meza Correa-Flock,

hiermit melde ich mich und unsere Jugendleiterin Akossiwa Mensah vom Togoischen Verein Münster für den Tag der Migrantenselbstorganisationen an. Wir möchten beide in die Arbeitsgruppe 1, weil wir mit unseren Jugendlichen viel Hausaufgabenhilfe machen und oft mit den Schulen zu tun haben.

Vielleicht kommt noch unser Kassierer mit, das weiß er aber erst nächste Woche. Ich sage Ihnen dann Bescheid.

Mit freundlichen Grüßen
Komi Agbeko
Togoischer Verein Münster e.V."""


@mail("agbeko-togo-two-maybe-third", "2027-02-28 19:40:45",
      E("registration", "komi.agbeko@yahoo-mail.example", "Komi Agbeko",
        "Togoischer Verein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("Date", m.date),
           ("From", "Komi Agbeko <komi.agbeko@yahoo-mail.example>"),
           ("To", "mso-tag@muenster.example <mso-tag@muenster.example>"),
           ("Message-ID", mid(m.slug, "yahoo", "")),
           ("Subject", "Anmeldung Togoischer Verein"),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"))
    m.alternative(AGBEKO_TEXT, yahoo_html(AGBEKO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 022 ---------------------------------------------------------------------
# A question before registering a larger group (limit per association? only
# board members?).  "Bevor ich alle anmelde" -> question.  Outlook, windows-1252.

BELLINI_Q = """Sehr geehrte Damen und Herren,

nach unserer Mitgliederversammlung haben sich beim Circolo Culturale Italiano mehr Leute für den MSO-Tag interessiert als gedacht. Bevor ich alle anmelde, zwei Fragen:

Gibt es eine Obergrenze pro Verein? Wir wären wahrscheinlich zu sechst, und wir möchten anderen Vereinen nicht die Plätze wegnehmen.

Dürfen auch einfache Mitglieder kommen, oder ist die Veranstaltung eher für Vorstände gedacht?

Vielen Dank im Voraus und freundliche Grüße
Marco Bellini
Circolo Culturale Italiano Münster e.V."""


@mail("bellini-question-limit-per-association", "2027-03-01 08:15:29",
      E("question", "marco.bellini@circolo-ms.example", "Marco Bellini",
        "Circolo Culturale Italiano Münster e.V.", [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", "Marco Bellini <marco.bellini@circolo-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Frage zur Anmeldung mehrerer Mitglieder"),
           ("Thread-Topic", "Frage zur Anmeldung mehrerer Mitglieder"),
           ("Thread-Index", "AduMq1r5b3dJ8xkQS0yT2nW6cV4pLA=="),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("Accept-Language", "de-DE, it-IT"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BELLINI_Q), outlook_html(BELLINI_Q),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Russian, windows-1251 8bit, Cyrillic display name (RFC 2047 B).  Four people;
# she and the treasurer "в третью рабочую группу", the two young people the
# second -> [AG3], 4.  Organisation inflected in the text, base form signed.

@mail("friesen-russian-four-split", "2027-03-01 11:40:03",
      E("registration", "olga.friesen@mail.example", "Ольга Фризен",
        "Культурный центр «Берёзка» e.V.", ["AG3"], 4, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Фризен", "olga.friesen@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на День MSO 13.03", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("X-Mailer", "The Bat! (v11.4.2) Professional"),
           ("MIME-Version", "1.0"))
    m.want_header("From", "Ольга Фризен <olga.friesen@mail.example>")
    m.want_header("Subject", "Регистрация на День MSO 13.03")
    m.single("""Здравствуйте!

Хочу зарегистрировать делегацию нашего культурного центра «Берёзка» на День
мигрантских организаций 13 марта. Нас будет четверо: я (председатель), наш
казначей Андрей Кляйн и двое ребят из молодёжного кружка – Даниил и Полина.

Мы с Андреем пойдём в третью рабочую группу (финансирование и управление
объединением), а молодёжь хочет во вторую – про будущее Мюнстера.

С уважением,
Ольга Фризен
Культурный центр «Берёзка» e.V.
""", charset="windows-1251", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# GMX, iso-8859-15: she forwards the MSO network's reminder (all three AGs in
# it) and writes a small form on top.  Full name only in the text.

ASLAN_TEXT = """Hallo,

ich habe die Mail unten vom MSO-Netzwerk bekommen und melde uns hiermit an:

Verein: Kurdischer Elternverein Münster e.V.
Personen: 2 - unsere Vorsitzende Gülistan Tekin und ich, Berivan Aslan (Kassiererin)
AG: 1. Wahl AG 1, 2. Wahl AG 3

Liebe Grüße
Berivan"""


@mail("aslan-forwards-network-reminder", "2027-03-02 09:05:37",
      E("registration", "berivan.aslan@gmx-mail.example", "Berivan Aslan",
        "Kurdischer Elternverein Münster e.V.", ["AG1", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Berivan Aslan <berivan.aslan@gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "WG: " + NETWORK_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmx", "")),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"""{ASLAN_TEXT}

 

Gesendet: Freitag, 19. Februar 2027 um 18:32 Uhr
Von: "MSO-Netzwerk Münster" <netzwerk@mso-netzwerk-ms.example>
An: undisclosed-recipients:;
Betreff: {NETWORK_SUBJECT}

{NETWORK_REMINDER}
""", charset="iso-8859-15", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# One person struck off (3 -> 2): Outlook HTML only, quoting the confirmation
# (AG 2, 3 persons) below a Von:/Gesendet: block.

REIMER_CHANGE = """Sehr geehrte Damen und Herren,

leider muss ich unsere Anmeldung korrigieren: Frau Wiebe ist am 13. März auf einer Familienfeier in Bielefeld und kann nicht teilnehmen. Bitte streichen Sie sie von der Liste. Herr Kröker und ich kommen wie angemeldet.

Mit freundlichen Grüßen

Viktor Reimer
Vorsitzender
Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster"""


@mail("reimer-strikes-secretary-outlook", "2027-03-02 12:50:16",
      E("change", "v.reimer@lmdr-muenster.example", "Viktor Reimer",
        "Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster", [], 2, "de"),
      "de", tz=0)
def _(m):
    cid = conf_id("20270224102031", "77f3")
    m.head(("From", '"Reimer, Viktor" <v.reimer@lmdr-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbhqK2m1yP0c8xTkWv7e9Rz3qLdA=="),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("References", cid),
           ("In-Reply-To", cid),
           ("Accept-Language", "de-DE, ru-RU"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 24. Februar 2027 10:20",
             "Reimer, Viktor <v.reimer@lmdr-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Reimer", "AG2", 3))
    m.single(outlook_html(REIMER_CHANGE, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Vietnamese, UTF-8 base64, numbered list of three; "nhóm làm việc số 3" -> AG3.

@mail("le-vietnamese-three", "2027-03-02 20:20:54",
      E("registration", "hongnhung.le@mail.example", "Lê Thị Hồng Nhung",
        "Hội Người Việt tại Münster", ["AG3"], 3, "vi"), "vi")
def _(m):
    m.head(("From", "Nhung Le <hongnhung.le@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Đăng ký tham dự Ngày MSO / Anmeldung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Đăng ký tham dự Ngày MSO / Anmeldung")
    m.single("""Kính gửi Ban tổ chức,

Hội Người Việt tại Münster xin đăng ký 3 người tham dự Ngày các Tổ chức Di dân
vào thứ Bảy, 13/3/2027:

1. Lê Thị Hồng Nhung (phó chủ tịch hội)
2. Trần Văn Bình (thủ quỹ)
3. Phạm Thu Trang (phụ trách thanh niên)

Chúng tôi muốn tham gia nhóm làm việc số 3 (tài trợ và quản lý hội).

Xin chân thành cảm ơn.
Trân trọng,
Lê Thị Hồng Nhung
Hội Người Việt tại Münster
""", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Exchange Online NDR in German (multipart/report, CRLF line ends) for a
# confirmation to a registrant whose own mail is not in this set.

BARROS = "s.barros@capverde-verein.example"
NDR_PLAIN = f"""Die Nachricht konnte nicht zugestellt werden.

Ihre Nachricht hat {BARROS} nicht erreicht, weil die E-Mail-Adresse nicht gefunden wurde. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie es erneut.

Diagnoseinformationen für Administratoren:

Generierender Server: DB8PR04MB7011.eurprd04.prod.outlook.example

{BARROS}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {BARROS} not found by SMTP address lookup'

Originalnachrichtenheader:

Received: from mail.muenster.example (198.51.100.20) by
 DB8PR04MB7011.eurprd04.prod.outlook.example with Microsoft SMTP Server id
 15.20.8466.20; Wed, 3 Mar 2027 07:40:05 +0000
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: Sandra Barros <{BARROS}>
Subject: {CONFIRMATION_SUBJECT}
Date: Wed, 03 Mar 2027 08:40:02 +0100
Message-ID: {conf_id("20270303084002", "c81d")}"""

NDR_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">"
            "<p style=\"font-size:22px;color:#c00000\"><b>Die Nachricht konnte nicht zugestellt werden.</b></p>"
            f"<p>Ihre Nachricht hat <a href=\"mailto:{BARROS}\">{BARROS}</a> nicht erreicht, weil die "
            "E-Mail-Adresse nicht gefunden wurde. Überprüfen Sie die E-Mail-Adresse des Empfängers, und "
            "versuchen Sie es erneut.</p>"
            "<p><b>Diagnoseinformationen für Administratoren:</b></p>"
            "<p>Generierender Server: DB8PR04MB7011.eurprd04.prod.outlook.example</p>"
            f"<p>{BARROS}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            f"Recipient {BARROS} not found by SMTP address lookup'</p>"
            "</div></body></html>\n")


@mail("exchange-ndr-german-crlf", "2027-03-03 07:40:11",
      E("bounce", bounced=BARROS), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@capverde-verein.example>"),
           ("To", f"<{MSO}>"),
           ("Date", m.date),
           ("Content-Language", "de-DE"),
           ("Message-ID", "<a7f3e5c1-2d90-4b86-9e1f-0c4d8b2a6e37@DB8PR04MB7011.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270303084002", "c81d")),
           ("References", conf_id("20270303084002", "c81d")),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", crlf=True)
    alt = m.alternative(NDR_PLAIN, NDR_HTML, charset="utf-8", cte="quoted-printable",
                        style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;DB8PR04MB7011.eurprd04.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Wed, 3 Mar 2027 07:40:05 +0000")],
        [("Original-Recipient", f"rfc822;{BARROS}"),
         ("Final-Recipient", f"rfc822;{BARROS}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             f" {BARROS} not found by SMTP address lookup")])
    headers = m.text(f"""Received: from mail.muenster.example (198.51.100.20) by
 DB8PR04MB7011.eurprd04.prod.outlook.example with Microsoft SMTP Server id
 15.20.8466.20; Wed, 3 Mar 2027 07:40:05 +0000
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: Sandra Barros <{BARROS}>
Subject: {ew(CONFIRMATION_SUBJECT, "utf-8", "q")}
Date: Wed, 03 Mar 2027 08:40:02 +0100
Message-ID: {conf_id("20270303084002", "c81d")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [alt, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 028 ---------------------------------------------------------------------
# Spanish, iso-8859-1 8bit.  Two board members; "el grupo de trabajo sobre el
# sistema educativo (el número 1)" -> AG1.  Name: the full name in the
# signature (the display name has one surname).

@mail("martin-sanchez-spanish-two", "2027-03-03 11:15:26",
      E("registration", "anabelen.martin@mail.example", "Ana Belén Martín Sánchez",
        "Asociación de Padres de Familia Españoles en Münster", ["AG1"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Ana Belén Martín", "anabelen.martin@mail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", ew("Inscripción - Día de las Organizaciones de Migrantes", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.want_header("From", "Ana Belén Martín <anabelen.martin@mail.example>")
    m.want_header("Subject", "Inscripción - Día de las Organizaciones de Migrantes")
    m.single("""Estimados señores:

Les escribo en nombre de la Asociación de Padres de Familia Españoles en
Münster. Queremos inscribir a dos personas de nuestra junta directiva: yo
misma, como presidenta, y nuestro tesorero, Javier Ortega Gil.

Nos gustaría participar en el grupo de trabajo sobre el sistema educativo (el
número 1), ya que es justo el tema del que se ocupa nuestra asociación desde
hace más de cuarenta años.

Un cordial saludo,

Ana Belén Martín Sánchez
Presidenta
Asociación de Padres de Familia Españoles en Münster
""", charset="iso-8859-1", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# The whole delegation of 018 cancels (learner German); "Mail für Windows"
# reply with a Von:/Gesendet: block above the confirmation (AG 3, 2 persons).

QASEM_CANCEL = """Sehr geehrte Damen und Herren,

leider wir müssen absagen. Der Onkel von Frau Yassin ist gestorben und ich muss auch zu die Beerdigung nach Hannover fahren am 13. März. Bitte streichen Sie uns beide.

Nächstes Jahr wir kommen bestimmt.

Mit freundliche Grüße
Nabil Qasem

Gesendet von Mail für Windows"""


@mail("qasem-cancels-both", "2027-03-03 17:30:40",
      E("cancellation", "nabil.qasem@mail.example", "Nabil Qasem", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270226155608", "19ab")
    m.head(("From", "Nabil Qasem <nabil.qasem@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 26. Februar 2027 15:56",
             "Nabil Qasem <nabil.qasem@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Qasem", "AG3", 2))
    plain = outlook_plain(QASEM_CANCEL, quote)
    m.alternative(plain, div_html(plain, "font-family: Calibri, sans-serif; font-size: 11pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# The secretary registers three board members from the association's shared
# mailbox and does not come himself; the confirmation is to go to the chair.
# name = the chair (named first), email = her address, party = 3.

KARAGIANNIS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich für den Deutsch-Griechischen Elternverein drei Personen zum Tag der Migrantenselbstorganisationen an:

- Frau Eleni Tsakiri, Vorsitzende
- Herr Stavros Michailidis, Kassenwart
- Frau Sofia Kontou, Jugendwartin

Alle drei möchten in die AG 1 (Bildungssystem). Ich selbst bin an dem Samstag leider verhindert.

Die Bestätigung schicken Sie bitte direkt an Frau Tsakiri: e.tsakiri@elternverein-gr-ms.example

Freundliche Grüße
Dimitrios Karagiannis
Schriftführer
Deutsch-Griechischer Elternverein Münster e.V."""


@mail("karagiannis-registers-board-for-chair", "2027-03-04 09:00:18",
      E("registration", "e.tsakiri@elternverein-gr-ms.example", "Eleni Tsakiri",
        "Deutsch-Griechischer Elternverein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Deutsch-Griechischer Elternverein Münster",
                         "info@elternverein-gr-ms.example", "iso-8859-1", "q")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Vorstand DGEV"),
           ("Thread-Topic", "Anmeldung Vorstand DGEV"),
           ("Thread-Index", "AduNI8x1kD2f3QmP4s6W9bYtV0cRgw=="),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.want_header("From", "Deutsch-Griechischer Elternverein Münster <info@elternverein-gr-ms.example>")
    m.alternative(outlook_plain(KARAGIANNIS_TEXT), outlook_html(KARAGIANNIS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Change of the whole delegation to AG3 (Apple Mail reply quoting the
# confirmation for AG 1, 3 persons); signed with the first name only.

FERNANDEZ_CHANGE = """Hola nochmal,

wir haben im Vorstand noch einmal darüber gesprochen und möchten doch lieber alle drei in die AG 3 (Förderungsmöglichkeiten). Carmen meint, für die Spanischkurse brauchen wir vor allem eigene Fördergelder, und genau dazu wollen wir mehr wissen.

Geht das noch? ¡Gracias!

Un saludo
Lucía"""

FERNANDEZ_ATTR = f"Am 25.02.2027 um 08:05 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("fernandez-whole-group-to-ag3", "2027-03-04 12:30:05",
      E("change", "lucia.fernandez@centro-espanol-ms.example", "Lucía Fernández",
        None, ["AG3"], None, "de"), "de")
def _(m):
    cid = conf_id("20270225080559", "3be0")
    conf = confirmation("Frau Fernández", "AG1", 3)
    m.head(("From", "Lucía Fernández <lucia.fernandez@centro-espanol-ms.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("In-Reply-To", cid),
           ("References", cid),
           ("To", TO_MSO),
           ("Message-Id", mid(m.slug, "apple", "centro-espanol-ms.example")),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    plain = f"{FERNANDEZ_CHANGE}\n\n> {FERNANDEZ_ATTR}\n> \n{gt_quote(conf)}"
    m.alternative(plain, apple_html(FERNANDEZ_CHANGE, quote=(FERNANDEZ_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 032 ---------------------------------------------------------------------
# English, Outlook for Android.  Four people: she and the financial secretary
# workshop 3, the two youth leaders workshop 1 -> [AG3], 4.  The title on the
# signature line is not part of the organisation.

EZE_TEXT = """Good evening,

I am writing on behalf of the Association of Nigerian Women in Münster to register four of us for the MSO-Tag on 13 March:

- myself, Ngozi Eze (chairperson)
- Mrs Blessing Adeyemi (financial secretary)
- two of our youth leaders, Chiamaka and Tobi

Blessing and I would like to join workshop 3 on funding and association management. The two youth leaders prefer workshop 1 (education).

Thank you and God bless,
Ngozi Eze
Chairperson, Association of Nigerian Women in Münster

Get Outlook for Android"""


@mail("eze-english-four-split", "2027-03-04 18:45:33",
      E("registration", "ngozi.eze@mail.example", "Ngozi Eze",
        "Association of Nigerian Women in Münster", ["AG3"], 4, "en"), "en")
def _(m):
    m.head(("From", "Ngozi Eze <ngozi.eze@mail.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", ew("Registration – MSO Day 13 March", "utf-8", "q")),
           ("Thread-Topic", ew("Registration – MSO Day 13 March", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Registration – MSO Day 13 March")
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in EZE_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(EZE_TEXT, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# French, webmail multipart/alternative.  Two people; "l'atelier II" -> AG2.

MULUMBA_TEXT = """Bonjour Madame,

Suite à votre invitation, je vous confirme que la Communauté Congolaise de Münster sera représentée par deux personnes : moi-même, Patrick Mulumba, secrétaire général, et notre trésorière, Mme Clarisse Ngalula.

Nous souhaitons participer à l'atelier II sur le processus d'avenir de la ville de Münster.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Patrick Mulumba
Communauté Congolaise de Münster e.V."""


@mail("mulumba-french-two", "2027-03-05 08:20:49",
      E("registration", "patrick.mulumba@mail.example", "Patrick Mulumba",
        "Communauté Congolaise de Münster e.V.", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Patrick Mulumba <patrick.mulumba@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription Journée des MSO – Communauté Congolaise", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "webmail.mail.example")),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "Inscription Journée des MSO – Communauté Congolaise")
    m.alternative(MULUMBA_TEXT, div_html(MULUMBA_TEXT, "font-family: Arial, sans-serif; font-size: 10pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# He never got the confirmation (006 bounced: mailbox full) and asks whether
# the registration arrived; repeats the details but changes nothing -> question.

@mail("mbarga-no-confirmation-question", "2027-03-05 09:31:12",
      E("question", "jmbarga@mail.example", "Joseph Mbarga",
        "Afrikanischer Kulturverein", [], None, "de"), "de")
def _(m):
    m.head(("From", "Joseph Mbarga <jmbarga@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Anmeldung angekommen?"),
           ("Message-Id", mid(m.slug, "apple", "mail.example")),
           ("Date", m.date),
           ("To", MSO))
    m.single("""Hallo,
ich habe uns vor 2 Wochen angemeldet (Afrikanischer Kulturverein, 5 Personen, AG 2) aber keine Bestätigung bekommen. Ist die Anmeldung angekommen? Vielleicht war mein Postfach voll, jetzt habe ich aufgeräumt.
Danke
Joseph Mbarga

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Arabic question, windows-1256 quoted-printable: interpreting for elderly
# members; "we will send the registration afterwards" -> question.

@mail("almusawi-arabic-question-interpreter", "2027-03-05 13:10:27",
      E("question", "haidar.almusawi@mail.example", "حيدر الموسوي",
        None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Haidar Al-Musawi <haidar.almusawi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("استفسار عن يوم المنظمات", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.want_header("Subject", "استفسار عن يوم المنظمات")
    m.single("""مرحباً،

أنا عضو في الهيئة الإدارية للجالية العراقية في مونستر. عندنا بعض الأعضاء الكبار
في السن لا يتكلمون الألمانية جيداً. هل ستكون هناك ترجمة إلى العربية في مجموعات
العمل؟ وإن لم تكن، هل يمكن أن يأتي معهم مترجم من جمعيتنا؟

إذا كان ذلك ممكناً سنرسل لكم التسجيل قبل الموعد النهائي.

مع الشكر والتقدير
حيدر الموسوي
""", charset="windows-1256", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Change: both move to AG3, falling back to AG1 (the current group).  GMX
# reply quoting the confirmation (AG 1, 2 persons), iso-8859-15.

@mail("aslan-change-ag3-else-stay", "2027-03-05 19:55:08",
      E("change", "berivan.aslan@gmx-mail.example", "Berivan Aslan", None,
        ["AG3", "AG1"], None, "de"), "de")
def _(m):
    cid = conf_id("20270302090549", "d06c")
    m.head(("From", "Berivan Aslan <berivan.aslan@gmx-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmx", "")),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo nochmal,

sorry, wir haben es uns anders überlegt: Gülistan und ich würden doch lieber
in die AG 3 gehen, weil wir dieses Jahr Fördergeld für die Hausaufgabenhilfe
beantragen wollen. Falls die AG 3 schon voll ist, bleiben wir einfach in der
AG 1.

LG Berivan Aslan

 

Gesendet: Dienstag, 02. März 2027 um 09:05 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: berivan.aslan@gmx-mail.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Aslan", "AG1", 2))}
""", charset="iso-8859-15", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Gmail vacation responder (Italian and German) to the 7-day reminder.

@mail("esposito-vacation-it-de", "2027-03-06 10:00:41", E("auto_reply"), "it")
def _(m):
    rid = "<erinnerung.20270306100002.0413@muenster.example>"
    m.head(("From", "Rosaria Esposito <rosaria.esposito@mail.example>"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "gmail", "")),
           ("Subject", "Assente fino al 10 marzo / Abwesend bis 10. März"),
           ("To", MSO),
           ("In-Reply-To", rid),
           ("References", rid),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    text = """Buongiorno,

sono in Italia fino al 10 marzo e leggo la posta solo saltuariamente. Per
urgenze riguardanti l'associazione scrivete a info@famiglie-italiane-ms.example.

Guten Tag,

ich bin bis zum 10. März in Italien und lese meine E-Mails nur selten. In
dringenden Fällen schreiben Sie bitte an info@famiglie-italiane-ms.example.

Rosaria Esposito"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# The registration announced in 022, on the deadline day: six people by name,
# three to AG 1 and three to AG 3, "wer wohin, klären wir noch" -> both
# groups in the order written.  Outlook reply quoting the organisers' answer.

BELLINI_REG = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die schnelle Auskunft. Dann melde ich uns jetzt verbindlich an, wir kommen zu sechst vom Circolo Culturale Italiano:

Marco Bellini, Giuseppina Romano, Luca De Santis, Silvia Marchetti, Enzo Caruso und Paola Vitale.

Drei von uns gehen in die AG 1, drei in die AG 3 – wer wohin, klären wir noch intern.

Viele Grüße
Marco Bellini
Circolo Culturale Italiano Münster e.V."""

MEZA_ANSWER = """Sehr geehrter Herr Bellini,

eine feste Obergrenze pro Verein gibt es nicht. Bitte melden Sie aber nur Personen an, die sicher kommen, damit wir gut planen können. Die Veranstaltung ist offen für alle Interessierten, nicht nur für Vorstände.

Herzliche Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


@mail("bellini-six-split-ag1-ag3", "2027-03-06 11:20:36",
      E("registration", "marco.bellini@circolo-ms.example", "Marco Bellini",
        "Circolo Culturale Italiano Münster e.V.", ["AG1", "AG3"], 6, "de"), "de")
def _(m):
    ans = "<b41f0c2e7a9d4e35@EXCH02.muenster.example>"
    m.head(("From", "Marco Bellini <marco.bellini@circolo-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: Frage zur Anmeldung mehrerer Mitglieder"),
           ("Thread-Topic", "Frage zur Anmeldung mehrerer Mitglieder"),
           ("Thread-Index", "AduMq1r5b3dJ8xkQS0yT2nW6cV4pLAAqN7vw"),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "outlook", "")),
           ("References", f"{mid('bellini-question-limit-per-association', 'outlook', '')} {ans}"),
           ("In-Reply-To", ans),
           ("Accept-Language", "de-DE, it-IT"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 2. März 2027 11:47",
             "Marco Bellini <marco.bellini@circolo-ms.example>",
             "AW: Frage zur Anmeldung mehrerer Mitglieder", MEZA_ANSWER)
    m.alternative(outlook_plain(BELLINI_REG, quote), outlook_html(BELLINI_REG, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# The whole delegation of 021 cancels; Yahoo reply, the confirmation
# (AG 1, 2 persons) quoted without any '>' marks.

AGBEKO_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Teilnahme absagen. Unser Verein hat am 13. März kurzfristig die Jahreshauptversammlung, und die können wir nicht mehr verschieben. Bitte streichen Sie Frau Mensah und mich von der Liste.

Es tut uns sehr leid, vielleicht klappt es nächstes Jahr.

Mit freundlichen Grüßen
Komi Agbeko"""

AGBEKO_ATTR = ("Am Sonntag, 28. Februar 2027 um 19:41:06 MEZ hat Tag der Migrantenselbstorganisationen "
               f"<{MSO}> Folgendes geschrieben:")


@mail("agbeko-cancels-yahoo", "2027-03-06 15:40:22",
      E("cancellation", "komi.agbeko@yahoo-mail.example", "Komi Agbeko", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270228194106", "6a92")
    conf = confirmation("Herr Agbeko", "AG1", 2)
    m.head(("Date", m.date),
           ("From", "Komi Agbeko <komi.agbeko@yahoo-mail.example>"),
           ("To", TO_MSO),
           ("Message-ID", mid(m.slug, "yahoo", "")),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"))
    plain = f"{AGBEKO_CANCEL}\n\n\n{AGBEKO_ATTR}\n\n\n{conf}"
    m.alternative(plain, yahoo_html(AGBEKO_CANCEL, quote=(AGBEKO_ATTR, conf)), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 040 ---------------------------------------------------------------------
# Russian, from a webmailer this time: UTF-8 base64 multipart/alternative
# (windows-1251, as in 023, could not carry the quoted German): the treasurer is ill, strike him (4 -> 3).  Quotes the
# German confirmation (AG 3, 4 persons).

FRIESEN_CHANGE = """Добрый вечер,

к сожалению, Андрей Кляйн заболел и не сможет прийти 13 марта. Пожалуйста,
вычеркните его из списка – нас будет трое: я и двое ребят из молодёжного кружка.

Спасибо и извините за беспокойство.
Ольга Фризен"""

FRIESEN_ATTR = f"Понедельник, 1 марта 2027, 11:40 +01:00 от Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("friesen-treasurer-ill-russian", "2027-03-06 22:35:14",
      E("change", "olga.friesen@mail.example", "Ольга Фризен", None, [], 3, "ru"), "ru")
def _(m):
    cid = conf_id("20270301114021", "f5e8")
    conf = confirmation("Frau Friesen", "AG3", 4)
    m.head(("From", addr("Ольга Фризен", "olga.friesen@mail.example", "windows-1251", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", mid(m.slug, "other", "mail.example")),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.want_header("From", "Ольга Фризен <olga.friesen@mail.example>")
    m.want_header("Subject", "Re: " + CONFIRMATION_SUBJECT)
    plain = f"{FRIESEN_CHANGE}\n\n{FRIESEN_ATTR}\n{gt_quote(conf)}"
    html_q = "<br>".join(esc(l) for l in conf.split("\n"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body>"
                 + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in FRIESEN_CHANGE.split("\n"))
                 + f"<div>&nbsp;</div><div>{esc(FRIESEN_ATTR)}</div>"
                 "<blockquote style=\"border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;\">"
                 f"{html_q}</blockquote></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
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
LANGS = {"de", "en", "tr", "ar", "ru", "pl", "el", "it", "es", "pt", "vi", "fr", "ku"}


def mail_text(msg):
    """Decoded headers and text bodies of a message, nested parts included."""
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
    machine = kind in ("auto_reply", "bounce", "other")
    if machine:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            problems.append("email occurs nowhere in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind == "bounce":
        b = e["bounced_recipient"]
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not b or b != b.lower() or not any(b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    # raw form: line lengths and line ends
    lines = data.split(b"\n")
    for i, line in enumerate(lines[:-1] if data.endswith(b"\n") else lines):
        body = line[:-1] if line.endswith(b"\r") else line
        if len(body) > 998:
            problems.append(f"raw line {i + 1} longer than 998 octets")
        if m.crlf and not line.endswith(b"\r"):
            problems.append(f"raw line {i + 1}: bare LF in a CRLF mail")
        if not m.crlf and b"\r" in line:
            problems.append(f"raw line {i + 1}: CR in an LF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 2, 19, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 8, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside the fortnight before the deadline")
    for h, want in m.decoded_headers.items():
        got = str(msg[h])
        if got != want:
            problems.append(f"header {h} decodes to {got!r}, not {want!r}")
    # every text leaf decodes strictly in its declared charset, to the written text
    got_leaves = list(leaves(msg))
    want = m.intended
    if len(got_leaves) != len(want):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got_leaves, want)):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw = p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"part {i}: does not decode as {cs}: {exc}")
                continue
            if raw.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
                problems.append(f"part {i}: decoded text differs from the written text")
        elif p.get_content() != w:
            problems.append(f"part {i}: content differs")
    # every address-like string and URL must use an example domain
    text = mail_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:www|mail|smtp|mx)\.[\w.-]+", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom != "www.w3.org":
            problems.append(f"non-example host {dom}")
    problems += check_labels(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for *_, t in built}, key=lambda l: (-sum(
        1 for *_, t in built if t == l), l))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " " * 13 + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + " ".join(f"{c or '':>3}" for c in row) + f"  {sum(row):>3}")
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
    last = None
    for (name, m, _, _) in built:
        if last is not None and m.when <= last:
            print(f"{name}: dates must rise with the numbering")
            bad += 1
        last = m.when
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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
