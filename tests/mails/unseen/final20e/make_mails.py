#!/usr/bin/env python3
"""Build the "final20e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config).
Mail sent on behalf of others: secretaries and offices registering their chair,
board members registering colleagues, umbrella organisations registering the
delegates of member associations, forwards of a member's request ("WG:",
"Fwd:", "Weiterleitung", forwarded as attachment), and one person registering
two people for different workgroups.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Standard library only.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
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
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein.

Wann: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Wo:   Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach dem gemeinsamen Auftakt am Vormittag arbeiten wir in drei parallelen
Arbeitsgruppen weiter:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an und nennen Sie uns Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern mit Zweitwunsch) und die
Zahl der Personen. Gern können Sie auch weitere Mitglieder Ihres Vereins
anmelden.

Die Teilnahme ist kostenlos, für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
i. A. Ximena Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION_ID = "<einladung-mso-2027.20270112100500@muenster.example>"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organiser's system sent (quoted in replies)."""
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


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def inner_message(headers, text, charset="utf-8", cte="quoted-printable"):
    """A person's mail carried inside another (forward as attachment)."""
    m = EmailMessage(policy=POLICY)
    for k, v in headers:
        m[k] = v
    m.set_content(text, charset=charset, cte=cte)
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=LANG link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="de"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[lang]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("CHARSET", charset).replace("LANG", lang.upper())
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, lang="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[lang]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def _gdivs(text, rtl=False):
    d = ' dir="rtl"' if rtl else ''
    return "".join(f"<div{d}>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def gmail_html(text, rtl=False):
    return f"<div dir=\"{'rtl' if rtl else 'ltr'}\">{_gdivs(text, rtl)}</div>\n"


def gmail_reply_html(text, attribution, quoted):
    """Gmail HTML of a reply: new text, then the quote in a gmail_quote blockquote."""
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{_gdivs(text)}</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


def gmail_forward_html(text, fwd_head, fwd_body):
    """Gmail HTML of a forward: new text, the forwarded header block and body."""
    head = "<br>".join(esc(line) for line in fwd_head.split("\n"))
    return (f"<div dir=\"ltr\">{_gdivs(text)}<br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{head}<br></div><br><br>"
            f"<div dir=\"ltr\">{_gdivs(fwd_body)}</div></div></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">" + inner + "</body></html>\n")


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
# Office registers its chairman, who is in Cc; no address is asked for, so the
# reply goes to the office (From).  Thunderbird reply quoting the invitation.

@mail("boateng-geschaeftsstelle-chair-in-cc", "2027-01-12 15:47:20",
      E("registration", "geschaeftsstelle@dgf-muenster.example", "Emmanuel Boateng",
        "Deutsch-Ghanaischer Freundeskreis Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Geschäftsstelle DGF Münster <geschaeftsstelle@dgf-muenster.example>"),
           ("To", TO_MSO),
           ("Cc", "Emmanuel Boateng <e.boateng@dgf-muenster.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1e7a2c-93d0-4f61-8e25-c07b9a3d61f4@dgf-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

im Auftrag unseres Vorsitzenden, Herrn Emmanuel Boateng, melde ich ihn zum
Tag der Migrantenselbstorganisationen am 13. März an. Herr Boateng möchte
gern an der AG 2 (Münsters Zukunftsprozess) teilnehmen. Er kommt allein.

Herr Boateng steht in Kopie dieser E-Mail.

Mit freundlichen Grüßen
i. A. Monika Brüning

-- 
Geschäftsstelle
Deutsch-Ghanaischer Freundeskreis Münster e.V.
Hafenweg 14, 48155 Münster
Di und Do 9-13 Uhr

Am 12.01.27 um 10:05 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Office registers the chairwoman and asks to send the confirmation to her own
# address.  Outlook, HTML only, windows-1252 quoted-printable.

ABDULLAHI_TEXT = """Sehr geehrte Damen und Herren,

hiermit möchten wir unsere Vorsitzende, Frau Hodan Abdullahi, für den Tag der Migrantenselbstorganisationen am 13. März 2027 anmelden. Frau Abdullahi interessiert sich für die Arbeitsgruppe 1 „Menschen mit Migrationsvorgeschichte im Bildungssystem“.

Bitte senden Sie die Anmeldebestätigung direkt an Frau Abdullahi: hodan.abdullahi@somali-eltern-ms.example

Vielen Dank und freundliche Grüße

i. A. Petra Lindemann
Büro
Somalischer Elternverein Münster e.V.
Kinderhauser Straße 30 | 48147 Münster"""


@mail("abdullahi-buero-outlook-html-confirm-to-chair", "2027-01-13 08:12:44",
      E("registration", "hodan.abdullahi@somali-eltern-ms.example", "Hodan Abdullahi",
        "Somalischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Büro Somalischer Elternverein" <buero@somali-eltern-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtlQm7rXk2H9sZ1T0u8bqY3vPcWfw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB6713E2A4C1B0F9D8A7E6C5B4A3F2@DB9PR08MB6713.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ABDULLAHI_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Umbrella organisation registers a member association's delegate who has no
# e-mail address of his own; confirmation to the coordinator (From).  The
# organisation is the member association he comes for, not the umbrella.

@mail("reckmann-dachverband-delegate-no-address", "2027-01-14 10:05:31",
      E("registration", "j.reckmann@dachverband-mso-ms.example", "Tekle Ghebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Julia Reckmann <j.reckmann@dachverband-mso-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Delegierter Eritreische Gemeinde"),
           ("Date", m.date),
           ("Message-ID", "<20270114090531.5a7c2e@dachverband-mso-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

für unseren Mitgliedsverein, die Eritreische Gemeinde Münster e.V., melde ich
Herrn Tekle Ghebremedhin zum MSO-Tag an. Er möchte in die AG 1 (Bildung).

Herr Ghebremedhin hat keine eigene E-Mail-Adresse - bitte schicken Sie die
Bestätigung an mich, ich gebe sie an ihn weiter.

Viele Grüße
Julia Reckmann

Koordination Mitgliedsvereine
Dachverband der Migrantenselbstorganisationen Münster e.V.
Tel. 0251 / 98 76 21-3
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Gmail "Fwd:" of a member's request; the forwarder asks to answer the member
# directly (address in the text).  First and second choice by title words.

DEMIR_TEXT = """Hallo liebes MSO-Team,

Berfin aus unserem Verein hat mir ihre Anmeldung geschickt, weil sie eure Adresse nicht hatte. Ich leite sie euch weiter – bitte antwortet direkt an Berfin (berfin.aslan@mail.example).

Liebe Grüße
Rojda Demir
Kurdischer Frauenverein Ronahî e.V."""

DEMIR_FWD_HEAD = """---------- Forwarded message ---------
From: Berfin Aslan <berfin.aslan@mail.example>
Date: Wed, Jan 13, 2027 at 10:47 PM
Subject: MSO-Tag Anmeldung
To: Rojda Demir <rojda.demir@ronahi-frauen.example>"""

DEMIR_FWD_BODY = """Hi Rojda,

kannst du mich bitte für den MSO-Tag am 13.3. anmelden? Am liebsten würde ich in die Gruppe zum Vereinsmanagement, wenn die voll ist dann Bildung.

Danke dir!!
Berfin"""


@mail("demir-gmail-fwd-reply-to-member", "2027-01-14 20:31:12",
      E("registration", "berfin.aslan@mail.example", "Berfin Aslan",
        "Kurdischer Frauenverein Ronahî e.V.", ["AG3", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rojda Demir <rojda.demir@ronahi-frauen.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kQ9xN2bV7mR1tY5wP8sL0dZ4hG6cE2aU9oJ3iK5vB8qXp1A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{DEMIR_TEXT}\n\n{DEMIR_FWD_HEAD}\n\n\n{DEMIR_FWD_BODY}\n"
    m.alternative(plain, gmail_forward_html(DEMIR_TEXT, DEMIR_FWD_HEAD, DEMIR_FWD_BODY),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Turkish: the secretary registers the association's chairman and wants the
# confirmation herself.  iso-8859-9 quoted-printable, Q-encoded subject.

@mail("karaca-turkish-sekreter-baskan", "2027-01-15 11:22:48",
      E("registration", "elif.karaca@tvb-muenster.example", "Mehmet Aydemir",
        "Türk Veliler Birliği Münster e.V.", ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Elif Karaca", "elif.karaca@tvb-muenster.example")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı - Başkanımız adına", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601db6732$1f2e3d40$5d6c7b8a$@tvb-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın ilgili,

derneğimiz adına yazıyorum. Derneğimizin başkanı Mehmet Aydemir 13 Mart'taki
Göçmen Öz Örgütleri Günü'ne (Tag der Migrantenselbstorganisationen) katılmak
istiyor. Kendisi 2 numaralı çalışma grubunu tercih ediyor. Başkanımız tek
başına gelecek.

Onay e-postasını bana gönderebilirsiniz, ben kendisine iletirim.

Saygılarımla,
Elif Karaca
Sekreter
Türk Veliler Birliği Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# English question: may a secretary register the chairwoman on her behalf?
# No registration yet.  Plain US-ASCII.

@mail("nwosu-english-question-on-behalf", "2027-01-15 14:03:09",
      E("question", "adaeze.nwosu@mail.example", "Adaeze Nwosu",
        "Igbo Cultural Association Muenster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Adaeze Nwosu <adaeze.nwosu@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration on behalf of our chairwoman?"),
           ("Date", m.date),
           ("Message-ID", "<CAOp7Ux2Wq4Lr9Ts1Vb6Nk3Hj8Mz0Pd5Fy7Gc2Ae4Rs9Qw1Xt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I am the secretary of the Igbo Cultural Association Muenster. Our chairwoman
would like to attend the MSO day on 13 March, but she is travelling until
mid-February and cannot write to you herself.

Can I register her on her behalf, or does the registration have to come from
her own e-mail address? And do you need anything else from her, e.g. a date
of birth or a phone number?

Thank you very much,
Adaeze Nwosu
""", charset="us-ascii", cte="7bit")


# -- 007 ---------------------------------------------------------------------
# English: an office assistant registers the chairman and asks to confirm to
# his own address.  Outlook multipart/alternative, windows-1252 QP.

WENDT_TEXT = """Dear Sir or Madam,

I am writing on behalf of Dr. Anand Krishnan, chairman of the Indian Association Münster e.V., who would like to register for the MSO day on 13 March. He would like to join workgroup II (Münster's future process) and will attend on his own.

Could you please send the confirmation directly to him at anand.krishnan@ia-muenster.example? I am only looking after his correspondence this week.

Kind regards

Sophie Wendt
Office Assistant
Indian Association Münster e.V."""


@mail("wendt-english-assistant-confirm-to-chair", "2027-01-16 08:48:27",
      E("registration", "anand.krishnan@ia-muenster.example", "Anand Krishnan",
        "Indian Association Münster e.V.", ["AG2"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Sophie Wendt <s.wendt@ia-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Registration MSO day - Dr. Anand Krishnan"),
           ("Thread-Topic", "Registration MSO day - Dr. Anand Krishnan"),
           ("Thread-Index", "AdtnyQ3bT5kPz7Wq2mE9rLx0uV8cHg=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR03MB7245B9C8D7E6F5A4B3C2D1E0F9A8@PA4PR03MB7245.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WENDT_TEXT), outlook_html(WENDT_TEXT, lang="en"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# The chairman's vacation reply to the confirmation sent to him (auto_reply,
# RFC 3834 header); it names his assistant and her address.

@mail("krishnan-out-of-office", "2027-01-16 09:49:02",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Anand Krishnan <anand.krishnan@ia-muenster.example>"),
           ("To", MSO),
           ("Subject", "Out of Office: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270116094902.71c3@ia-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270116094858.2d9e@muenster.example>"),
           ("References", "<mailbot.20270116094858.2d9e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Thank you for your message.

I am travelling until 25 January 2027 with limited access to e-mail.
For matters concerning the Indian Association, please contact
Sophie Wendt (s.wendt@ia-muenster.example).

Best regards
Anand Krishnan
""", charset="us-ascii", cte="7bit")


# -- 009 ---------------------------------------------------------------------
# A board member registers himself and the chairman, both for AG 3: the writer
# is the attendee, party of 2.

@mail("nassar-treasurer-and-chair-both-ag3", "2027-01-16 19:20:40",
      E("registration", "samir.nassar@libanon-kv-ms.example", "Samir Nassar",
        "Libanesischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Samir Nassar <samir.nassar@libanon-kv-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<6c8e0a24-1f3b-4d57-a9c1-e2f4b6d8a0c3@libanon-kv-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

unser Vorsitzender Dr. Walid Mansour und ich möchten gern am Tag der
Migrantenselbstorganisationen teilnehmen. Wir interessieren uns beide für
die AG 3, weil wir gerade unseren ersten größeren Förderantrag vorbereiten.

Herzliche Grüße
Samir Nassar
Schatzmeister
Libanesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Postfix bounce of a confirmation sent to an address an office had mistyped
# (muenter instead of muenster).  The returned confirmation names AG 3.

@mail("postfix-bounce-confirmation-typo", "2027-01-17 08:02:14",
      E("bounce", bounced="yusuf.sadiq@afrika-forum-muenter.example"), "en")
def _(m):
    rcpt = "yusuf.sadiq@afrika-forum-muenter.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270117070214.4C9E21A3F7@mail.muenster.example>"),
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

<{rcpt}>: Host or domain name not found.
    Name service error for name=afrika-forum-muenter.example type=A: Host not
    found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C9E21A3F7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sun, 17 Jan 2027 08:02:10 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=afrika-forum-muenter.example type=A: Host not found")])
    original = confirmation_message(
        f"Yusuf Sadiq <{rcpt}>", "Herr Sadiq", "AG3", 1,
        "Sun, 17 Jan 2027 08:02:10 +0100", "<mailbot.20270117080210.6b2f@muenster.example>",
        "<a3d5f7b9-0c2e-4a61-8b3d-5e7f9a1c3e5b@afrika-forum-muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 011 ---------------------------------------------------------------------
# Outlook "forward as attachment": the chairwoman sends a member's mail as a
# message/rfc822 part and asks to confirm to the member (address only in the
# attached mail's From).  The member brings her sister: 2 persons.

HAKIMI_TEXT = """Sehr geehrte Damen und Herren,

im Anhang finden Sie die Anmeldung von Frau Leila Ahmadi aus unserem Verein. Sie hat sie versehentlich an mich statt an Sie geschickt. Bitte senden Sie die Bestätigung direkt an Frau Ahmadi.

Mit freundlichen Grüßen
Parwin Hakimi
Vorsitzende
Deutsch-Afghanischer Frauenverein Münster e.V."""


@mail("hakimi-forward-as-attachment", "2027-01-18 11:14:55",
      E("registration", "leila.ahmadi@mail.example", "Leila Ahmadi",
        "Deutsch-Afghanischer Frauenverein Münster e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Parwin Hakimi <p.hakimi@afghan-frauen-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "WG: Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AQHbaXy2n0cF4kT8m1WbR6sZ3qPLdgAAk7Fw"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8152F0E1D2C3B4A5968778695A4B@AS8PR04MB8152.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    inner = inner_message(
        [("From", "Leila Ahmadi <leila.ahmadi@mail.example>"),
         ("To", "Parwin Hakimi <p.hakimi@afghan-frauen-ms.example>"),
         ("Subject", "Anmeldung MSO-Tag"),
         ("Date", "Sun, 17 Jan 2027 20:41:09 +0100"),
         ("Message-ID", "<1768678869.331907.4418@webmail.mail.example>"),
         ("MIME-Version", "1.0")],
        """Liebe Parwin,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am
13. März an, für die AG 1 (Bildung). Meine Schwester Soraya kommt auch mit.

Viele Grüße
Leila Ahmadi
""")
    alt = m.alternative(outlook_plain(HAKIMI_TEXT), outlook_html(HAKIMI_TEXT),
                        charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    att = MIMEPart(policy=POLICY)
    att.set_content(inner, cte="7bit", disposition="attachment",
                    filename="Anmeldung MSO-Tag.eml")
    m.multi("mixed", [alt, att], style="outlook")


# -- 012 ---------------------------------------------------------------------
# Thunderbird "Weitergeleitete Nachricht" of a member's request; the chairman
# does not ask to answer the member, so the reply goes to him (From).  The
# attendee is the member.

TOPRAK_FWD = """Sehr geehrte Damen und Herren,

anbei die Anmeldung von unserem Mitglied Aylin Çetin, bitte tragen Sie sie ein.

Mit freundlichen Grüßen
Cemal Toprak
1. Vorsitzender
Deutsch-Türkischer Kulturverein Gievenbeck e.V.


-------- Weitergeleitete Nachricht --------
Betreff: MSO Tag
Datum: Sun, 17 Jan 2027 19:03:51 +0100
Von: Aylin Çetin <aylin.cetin@mail.example>
An: Cemal Toprak <cemal.toprak@mail.example>



Hallo Cemal,

wie besprochen: ich würde gern zum MSO-Tag gehen, in die AG 2. Kannst du
mich anmelden? Ich hab die Mailadresse von der Stadt nicht.

LG Aylin
"""


@mail("toprak-thunderbird-weiterleitung-member", "2027-01-18 16:37:22",
      E("registration", "cemal.toprak@mail.example", "Aylin Çetin",
        "Deutsch-Türkischer Kulturverein Gievenbeck e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Cemal Toprak <cemal.toprak@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<f1d3b5a7-2c4e-4a69-8b0d-7e9f1a3c5b7d@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(TOPRAK_FWD, charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Ukrainian: the chairwoman registers herself (AG 3) and her secretary (AG 1):
# two people, two workgroups; workgroups = her own choice, party 2.  The name
# is in Cyrillic (signature), the display name in Latin.  UTF-8 base64.

BONDAR_TEXT = """Добрий день!

Я, Наталія Бондар, голова нашого товариства, хочу зареєструвати на День мігрантських самоорганізацій 13 березня себе та нашу секретарку Марію Ткаченко.

Я хотіла б взяти участь у робочій групі 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), а Марія – у робочій групі 1 (Bildungssystem).

З повагою
Наталія Бондар
Ukrainischer Verein „Dnipro“ Münster e.V."""


@mail("bondar-ukrainian-two-people-two-groups", "2027-01-19 18:30:10",
      E("registration", "n.bondar@dnipro-ms.example", "Наталія Бондар",
        "Ukrainischer Verein „Dnipro“ Münster e.V.", ["AG3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Nataliia Bondar <n.bondar@dnipro-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Реєстрація: День мігрантських самоорганізацій", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHx2Lp5Qr8Ts3Vw6Yz9Bc2Ef5Hi8Kl1No4Qr7Tu0Wx3Za6@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDAR_TEXT, gmail_html(BONDAR_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 014 ---------------------------------------------------------------------
# A daughter registers her father (he comes alone, she does not) and asks for
# the answer to come to her: name = father, email = From.  iso-8859-1 QP.

@mail("nguyen-daughter-registers-father", "2027-01-20 21:05:33",
      E("registration", "thutrang.nguyen@mail.example", "Nguyen Van Minh",
        "Vietnamesische Gemeinde Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thu Trang Nguyen <thutrang.nguyen@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meinen Vater"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a2c4e6f-0b1d-4f3a-9c5e-7b9d1f3a5c7e-1768939533210@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Herrn Nguyen Van Minh. Er ist Mitglied im
Verein "Vietnamesische Gemeinde Münster e.V." und möchte gern am Tag der
Migrantenselbstorganisationen teilnehmen, und zwar an der Arbeitsgruppe 2
(Zukunftsprozess). Er kommt alleine, ich selbst habe an dem Tag leider
Dienst.

Mein Vater versteht Deutsch gut, aber E-Mails schreiben fällt ihm schwer.
Bitte schicken Sie die Antwort an mich, ich sage ihm dann Bescheid.

Vielen Dank!
Thu Trang Nguyen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Umbrella coordinator comes herself (AG 3) with two delegates of member
# associations (AG 1, AG 2): workgroups = her own choice, party 3.  Outlook
# multipart/alternative, windows-1252 QP; a bulleted list.

YAMAN_TEXT = """Liebe Frau Meza Correa-Flock,

vom Forum der Migrantinnen und Migranten im Münsterland kommen wir am 13. März zu dritt:

- ich selbst, Dilek Yaman (Geschäftsführung) – AG 3
- Herr Ahmad Sharifi vom Afghanischen Kulturverein Münster – AG 1
- Frau Ana Sousa vom Kapverdischen Verein Münster – AG 2

Die Bestätigungen können Sie gesammelt an mich schicken.

Viele Grüße
Dilek Yaman
Geschäftsführerin
Forum der Migrantinnen und Migranten im Münsterland e.V.
Von-Vincke-Straße 5 · 48143 Münster"""


@mail("yaman-umbrella-self-and-two-delegates", "2027-01-21 09:40:18",
      E("registration", "d.yaman@migrantenforum-ml.example", "Dilek Yaman",
        "Forum der Migrantinnen und Migranten im Münsterland e.V.", ["AG3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Yaman, Dilek" <d.yaman@migrantenforum-ml.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Forum der Migrantinnen und Migranten (3 Personen)"),
           ("Thread-Topic", "Anmeldung Forum der Migrantinnen und Migranten (3 Personen)"),
           ("Thread-Index", "Adtr0cS9mQ4eN1kZbW7pT2yX6vHuJA=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1844A7B6C5D4E3F2A1B0C9D8E7F6@FR3P281MB1844.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YAMAN_TEXT), outlook_html(YAMAN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# The office writes for the chairman with Reply-To set to his address:
# Reply-To beats From.  He brings his deputy: 2 persons, AG by alias.

@mail("alhassan-sekretariat-reply-to-chair", "2027-01-22 08:55:51",
      E("registration", "r.alhassan@sdv-muenster.example", "Rami Al-Hassan",
        "Syrisch-Deutscher Verein für Bildung und Kultur e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sekretariat SDV <sekretariat@sdv-muenster.example>"),
           ("Reply-To", "Dr. Rami Al-Hassan <r.alhassan@sdv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag am 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<c9e1a3b5-7d2f-4e60-8a1c-3b5d7f9e1a2c@sdv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

Herr Dr. Rami Al-Hassan, Vorsitzender unseres Vereins, möchte sich zum Tag
der Migrantenselbstorganisationen am 13.03.2027 anmelden. Er wird von seiner
Stellvertreterin, Frau Lina Khoury, begleitet. Beide möchten an der AG
"Bildungssystem" teilnehmen.

Rückfragen bitte direkt an Herrn Dr. Al-Hassan (siehe Antwortadresse).

Mit freundlichen Grüßen
Sekretariat
Syrisch-Deutscher Verein für Bildung und Kultur e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Arabic: a board member registers the chairwoman and asks to confirm to her
# address.  Name only in Arabic script; organisation only in German (Latin)
# in the signature.  Gmail RTL, UTF-8 base64.

OMAR_TEXT = """السلام عليكم ورحمة الله،

أكتب إليكم نيابةً عن رئيسة جمعيتنا السيدة سلمى العلي. ترغب السيدة سلمى العلي في المشاركة في يوم منظمات المهاجرين يوم 13 مارس 2027، في مجموعة العمل الأولى (التعليم). ستحضر وحدها.

أرجو إرسال تأكيد التسجيل مباشرةً إلى بريدها الإلكتروني:
salma.alali@mail.example

مع الشكر والتحية
خالد عمر
عضو مجلس الإدارة
Arabisches Kulturhaus Münster e.V."""


@mail("omar-arabic-board-member-for-chairwoman", "2027-01-23 16:12:07",
      E("registration", "salma.alali@mail.example", "سلمى العلي",
        "Arabisches Kulturhaus Münster e.V.", ["AG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Omar <khaled.omar@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل رئيسة الجمعية – MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAMv4Rt7Yp0Zs3Bq6Dn9Fh2Jk5Lm8Pw1Sx4Uv7Ya0Cd3Ef6Gh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OMAR_TEXT, gmail_html(OMAR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# iPhone forward of a member's request (AG 2); the forwarder comes too but
# wants AG 1: workgroups = the writer's own choice, party 2, name = writer.

FERREIRA_TEXT = """Guten Morgen,

ich leite Ihnen die Nachricht von Herrn Silva weiter, er möchte sich anmelden (siehe unten). Ich komme übrigens auch mit, möchte aber lieber in die AG 1.

Viele Grüße
Maria Ferreira
Brasilianischer Kulturverein Münster e.V.

Von meinem iPhone gesendet

Anfang der weitergeleiteten Nachricht:

> Von: Paulo Silva <paulo.silva@mail.example>
> Datum: 24. Januar 2027 um 22:10:37 MEZ
> An: Maria Ferreira <maria.ferreira@mail.example>
> Betreff: MSO-Tag
>
> Oi Maria,
> kannst du mich bitte beim MSO-Tag anmelden? AG 2 wäre super.
> Obrigado!
> Paulo"""


@mail("ferreira-iphone-fwd-member-plus-self", "2027-01-25 07:31:46",
      E("registration", "maria.ferreira@mail.example", "Maria Ferreira",
        "Brasilianischer Kulturverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Maria Ferreira <maria.ferreira@mail.example>"),
           ("To", MSO),
           ("Subject", "WG: MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<7A3C5E9B-1D2F-4B60-8C4E-A6B8D0F2E4C6@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.alternative(FERREIRA_TEXT, apple_html(FERREIRA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 019 ---------------------------------------------------------------------
# Question before registering the chairman: may someone else come instead,
# and until when are names needed?  Numbered questions "1." and "2.".

@mail("husmann-question-substitute-deadline", "2027-01-26 10:15:29",
      E("question", "g.husmann@pakistan-kv-ms.example", "Gabriele Husmann",
        "Pakistanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Gabriele Husmann <g.husmann@pakistan-kv-ms.example>"),
           ("To", MSO),
           ("Subject", "Fragen zur Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f4a6c8e-1b3d-4e5f-a7c9-0d2e4f6a8b1c-1769418929554@3c-app-webde-bap12>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bei uns im Vorstand für die Organisation zuständig und hätte zwei
Fragen, bevor ich unseren Vorsitzenden anmelde:

1. Er weiß noch nicht sicher, ob er am 13. März kann. Könnte notfalls
   kurzfristig jemand anderes aus dem Vorstand an seiner Stelle kommen?
2. Bis wann müssen Sie die Namen genau wissen - reicht der 6. März?

Danke und viele Grüße
Gabriele Husmann
Pakistanischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# A city colleague forwards ("WG:", Outlook "-----Ursprüngliche Nachricht-----")
# a registration that reached him by mistake and asks to confirm to the
# registrant.  He comes with his wife: 2.

TERHORST_TEXT = """Liebes MSO-Team,

die folgende Anmeldung ist bei mir im Sozialamt gelandet. Bitte nehmt sie auf und schickt die Bestätigung direkt an Herrn Sadeghi (Adresse unten).

Danke und Gruß
Bernd Terhorst
Stadt Münster – Sozialamt
Abteilung Soziale Dienste"""

TERHORST_ORIG = """-----Ursprüngliche Nachricht-----
Von: Hossein Sadeghi <h.sadeghi@mail.example>
Gesendet: Dienstag, 26. Januar 2027 18:22
An: Terhorst, Bernd <bernd.terhorst@stadt-muenster.example>
Betreff: Anmeldung MSO-Tag

Sehr geehrter Herr Terhorst,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden. Ich interessiere mich für die Arbeitsgruppe Förderungsmöglichkeiten. Ich komme mit meiner Frau.

Mit freundlichen Grüßen
Hossein Sadeghi
Iranisch-Deutscher Kulturkreis Münster"""


@mail("terhorst-city-colleague-wg-confirm-to-registrant", "2027-01-27 12:44:03",
      E("registration", "h.sadeghi@mail.example", "Hossein Sadeghi",
        "Iranisch-Deutscher Kulturkreis Münster", ["AG3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Terhorst, Bernd" <bernd.terhorst@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AQHbcB1x8kZ2mP4tR6vY9wB3nD5fHgAAo2Lw"),
           ("Date", m.date),
           ("Message-ID", "<3e5a7c9b1d2f4a6c@EXCH02.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = TERHORST_TEXT + "\n\n" + TERHORST_ORIG
    m.alternative(plain, outlook_html(plain), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Farsi: a board member registers the chairman; Persian digits (۱۳, ۳);
# the reply goes to her (From).  Name in Persian script, organisation in
# German in the signature.  Gmail RTL, UTF-8 quoted-printable.

ROSTAMI_TEXT = """سلام و وقت بخیر،

من عضو هیئت مدیره‌ی انجمن‌مان هستم و می‌خواستم رئیس انجمن، آقای داریوش فرهادی، را برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کنم. ایشان مایل‌اند در گروه کاری ۳ شرکت کنند و تنها می‌آیند.

لطفاً تأیید را برای من بفرستید.

با تشکر و احترام
مینا رستمی
Iranischer Kulturverein Münster e.V."""


@mail("rostami-farsi-board-member-for-chair", "2027-01-28 20:10:37",
      E("registration", "mina.rostami@mail.example", "داریوش فرهادی",
        "Iranischer Kulturverein Münster e.V.", ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Mina Rostami <mina.rostami@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام رئیس انجمن", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJq8Wx1Zr4Tv7Yb0Ce3Gh6Jm9Np2Qs5Uw8Xz1Ad4Fg7Ik0Lo@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ROSTAMI_TEXT, gmail_html(ROSTAMI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Polish: the secretary registers the chairwoman and asks to confirm to her
# address.  iso-8859-2 quoted-printable; "grupa robocza nr 2".

@mail("wojcik-polish-secretary-confirm-to-chair", "2027-01-29 11:00:52",
      E("registration", "b.nowicka@zgoda-muenster.example", "Barbara Nowicka",
        'Polnischer Verein "Zgoda" Münster e.V.', ["AG2"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Wójcik", "k.wojcik@zgoda-muenster.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Tag der Migrantenselbstorganisationen", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5f7b9d1e-3a2c-4e84-b6d0-8f1a3c5e7b9d@zgoda-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

piszę w imieniu naszego stowarzyszenia. Nasza przewodnicząca,
Barbara Nowicka, chciałaby wziąć udział w Dniu Organizacji Migranckich
13 marca. Interesuje ją grupa robocza nr 2 (Münsters Zukunftsprozess).
Przyjdzie sama.

Proszę przesłać potwierdzenie bezpośrednio na jej adres:
b.nowicka@zgoda-muenster.example

Z poważaniem
Katarzyna Wójcik
sekretarz
Polnischer Verein "Zgoda" Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# From a phone, all lower case, one line: the treasurer registers the chair.

@mail("abdi-phone-treasurer-registers-chair", "2027-01-30 13:27:19",
      E("registration", "hassan.abdi87@mail.example", "Abdirahman Farah",
        "Somalische Gemeinschaft Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hassan Abdi <hassan.abdi87@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k2n8q4.1769776039.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo

melde hiermit unseren vorsitzenden Abdirahman Farah für die AG3 an, er kommt alleine. gruß Hassan, kassierer Somalische Gemeinschaft Münster

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# The umbrella organisation's newsletter to its members (other): it asks the
# member associations to register their delegates and names the workgroups.

RUNDBRIEF_TEXT = """Rundbrief Februar 2027 – Dachverband der Migrantenselbstorganisationen Münster e.V.

Liebe Mitgliedsvereine,

1. MSO-Tag am 13. März: Meldet eure Delegierten an!
Der Tag der Migrantenselbstorganisationen findet am Samstag, 13. März, im Stadtweinhaus statt. Es gibt drei Arbeitsgruppen: AG 1 Bildung, AG 2 Münsters Zukunftsprozess und AG 3 Förderung und Vereinsmanagement. Bitte meldet eure Delegierten bis zum 6. März direkt bei mso-tag@muenster.example an. Wer keine eigene E-Mail-Adresse hat, kann sich auch über unsere Koordination anmelden lassen.

2. Mitgliederversammlung am 20. April
Die Einladung mit Tagesordnung folgt im März.

3. Fortbildung „Kassenprüfung leicht gemacht“
Am 27. Februar, 10–14 Uhr, in unserer Geschäftsstelle. Anmeldung über https://dachverband-mso-ms.example/fortbildung

Ihr erhaltet diesen Rundbrief als Mitglied oder Partner des Dachverbands.
Abmelden: https://dachverband-mso-ms.example/rundbrief/abmelden?u=4471"""

RUNDBRIEF_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief Februar 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#7a1f5c;color:#fff;"><h1 style="margin:0;font-size:20px;">Rundbrief Februar 2027</h1><p style="margin:4px 0 0;">Dachverband der Migrantenselbstorganisationen Münster e.V.</p></td></tr>
<tr><td>
<p>Liebe Mitgliedsvereine,</p>
<h2 style="font-size:16px;">1. MSO-Tag am 13. März: Meldet eure Delegierten an!</h2>
<p>Der Tag der Migrantenselbstorganisationen findet am Samstag, 13. März, im Stadtweinhaus statt. Es gibt drei Arbeitsgruppen: AG 1 Bildung, AG 2 Münsters Zukunftsprozess und AG 3 Förderung und Vereinsmanagement. Bitte meldet eure Delegierten bis zum 6. März direkt bei <a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a> an. Wer keine eigene E-Mail-Adresse hat, kann sich auch über unsere Koordination anmelden lassen.</p>
<h2 style="font-size:16px;">2. Mitgliederversammlung am 20. April</h2>
<p>Die Einladung mit Tagesordnung folgt im März.</p>
<h2 style="font-size:16px;">3. Fortbildung „Kassenprüfung leicht gemacht“</h2>
<p>Am 27. Februar, 10–14 Uhr, in unserer Geschäftsstelle. <a href="https://dachverband-mso-ms.example/fortbildung">Zur Anmeldung</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Ihr erhaltet diesen Rundbrief als Mitglied oder Partner des Dachverbands. <a href="https://dachverband-mso-ms.example/rundbrief/abmelden?u=4471">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("dachverband-rundbrief-newsletter", "2027-02-01 09:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Dachverband MSO Münster <rundbrief@dachverband-mso-ms.example>"),
           ("To", "Mitgliedsvereine <mitglieder@dachverband-mso-ms.example>"),
           ("Subject", "Rundbrief Februar: MSO-Tag – meldet eure Delegierten an!"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-02.4471@dachverband-mso-ms.example>"),
           ("List-Id", "Rundbrief <rundbrief.dachverband-mso-ms.example>"),
           ("List-Unsubscribe", "<https://dachverband-mso-ms.example/rundbrief/abmelden?u=4471>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(RUNDBRIEF_TEXT, RUNDBRIEF_HTML, charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Russian: the secretary registers the chairman and wants the confirmation
# herself.  Name in Cyrillic, nominative, between dashes.  UTF-8 base64.

@mail("becker-russian-secretary-for-chair", "2027-02-02 17:45:26",
      E("registration", "olga.becker@mail.example", "Виктор Шмидт",
        "Verein der Deutschen aus Russland Münster e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Ольга Беккер <olga.becker@mail.example>"),
           ("To", MSO),
           ("Subject", "Регистрация на MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770050726.448213903@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я секретарь нашего общества. Наш председатель – Виктор Шмидт – хотел бы
принять участие в Дне организаций мигрантов 13 марта. Его интересует рабочая
группа 2 (Münsters Zukunftsprozess). Он придёт один.

Подтверждение, пожалуйста, пришлите мне, я ему передам.

С уважением,
Ольга Беккер
Verein der Deutschen aus Russland Münster e.V.
""", charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# A university centre's office registers its director ("im Auftrag");
# organisation with typographic quotes in windows-1252.  Outlook alternative.

ROSSKAMP_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

im Auftrag von Frau Dr. Annette Vogelsang, Leiterin unseres Zentrums, melde ich sie zum Tag der Migrantenselbstorganisationen am 13. März an. Frau Dr. Vogelsang wird an der Arbeitsgruppe 2 teilnehmen.

Mit freundlichen Grüßen
i. A. Heike Roßkamp

Sekretariat
Internationales Zentrum „Die Brücke“
Universität Münster"""


@mail("rosskamp-bruecke-sekretariat-director", "2027-02-03 09:30:41",
      E("registration", "sekretariat.bruecke@uni-muenster.example", "Annette Vogelsang",
        "Internationales Zentrum „Die Brücke“", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Sekretariat Die Brücke <sekretariat.bruecke@uni-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Frau Dr. Vogelsang – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Frau Dr. Vogelsang – MSO-Tag"),
           ("Thread-Index", "AdtWf2pN8cR0yK5uB9eX3zQ7tL1mGA=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2093C4D5E6F7A8B9C0D1E2F3A4B5@BE1P281MB2093.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ROSSKAMP_TEXT), outlook_html(ROSSKAMP_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Exchange NDR (German/English) from a member association's server for a
# confirmation sent to a delegate's address; multipart/report with the
# returned message.

NDR_TEXT = """Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

m.haile@eritrea-jugend.example
Das E-Mail-Konto existiert nicht in der Organisation, an die die Nachricht gesendet wurde.

Your message couldn't be delivered to the recipient above. The email address
might be misspelled or the account might no longer exist.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH01.eritrea-jugend.example
m.haile@eritrea-jugend.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"""


@mail("exchange-ndr-delegate-address", "2027-02-03 13:02:33",
      E("bounce", bounced="m.haile@eritrea-jugend.example"), "de", tz=0)
def _(m):
    rcpt = "m.haile@eritrea-jugend.example"
    m.head(("From", "Microsoft Outlook <postmaster@eritrea-jugend.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b7e3c1d-5f2a-4b8e-9c6d-1a3e5b7f9c2d@eritrea-jugend.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    html_note = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body>" + "".join(f"<p>{esc(line)}</p>" for line in NDR_TEXT.split("\n") if line)
                 + "</body></html>\n")
    alt = m.alternative(NDR_TEXT, html_note, charset="utf-8", cte="quoted-printable",
                        top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH01.eritrea-jugend.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Wed, 3 Feb 2027 13:02:29 +0000")],
        [("Original-Recipient", f"rfc822;{rcpt}"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\n"
                             " found by SMTP address lookup")])
    original = confirmation_message(
        f"Mehari Haile <{rcpt}>", "Herr Haile", "AG2", 1,
        "Wed, 3 Feb 2027 14:02:27 +0100", "<mailbot.20270203140227.9a1c@muenster.example>",
        "<20270203140155.7d3f1b@dachverband-mso-ms.example>")
    m.multi("report", [alt, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 028 ---------------------------------------------------------------------
# He forwards his own earlier registration (no confirmation came): the choice
# and the party (himself and his son) are in the forwarded mail.  Gmail.

MAHMOOD_TEXT = """Hallo,

ich habe mich schon am 20. Januar angemeldet (siehe unten), aber bis jetzt keine Bestätigung bekommen. Ist meine Mail angekommen? Sonst bitte hiermit noch einmal.

Gruß
Tariq Mahmood"""

MAHMOOD_FWD_HEAD = """---------- Weitergeleitete Nachricht ---------
Von: Tariq Mahmood <tariq.mahmood@mail.example>
Date: Mi., 20. Jan. 2027 um 21:40 Uhr
Subject: Anmeldung MSO Tag 2027
To: <mso-tag@muenster.example>"""

MAHMOOD_FWD_BODY = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Sohn Bilal für den MSO-Tag an. Wir möchten in die AG 1.

Mit freundlichen Grüßen
Tariq Mahmood
Deutsch-Pakistanisches Forum Münster"""


@mail("mahmood-fwd-own-registration-no-confirmation", "2027-02-04 19:02:08",
      E("registration", "tariq.mahmood@mail.example", "Tariq Mahmood",
        "Deutsch-Pakistanisches Forum Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Tariq Mahmood <tariq.mahmood@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Anmeldung MSO Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAEt5Hy8Nq1Wr4Zu7Bx0Dz3Ga6Jd9Mg2Pj5Sm8Vp1Ys4Bv7Ey@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{MAHMOOD_TEXT}\n\n{MAHMOOD_FWD_HEAD}\n\n\n{MAHMOOD_FWD_BODY}\n"
    m.alternative(plain, gmail_forward_html(MAHMOOD_TEXT, MAHMOOD_FWD_HEAD, MAHMOOD_FWD_BODY),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# The secretary registers two board members for the same AG and does not come
# herself: name = the first named (the chairman), party 2.

@mail("thevarajah-secretary-two-board-members", "2027-02-05 11:11:42",
      E("registration", "n.thevarajah@tamil-kv-ms.example", "Sivakumar Rajaratnam",
        "Tamilischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nirmala Thevarajah <n.thevarajah@tamil-kv-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag - Tamilischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<b4d6f8a0-2c1e-4d3b-8f5a-9e7c1b3d5f7a@tamil-kv-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für den Tag der Migrantenselbstorganisationen melde ich unseren
Vorsitzenden, Herrn Sivakumar Rajaratnam, und unsere Kassiererin, Frau
Kalaivani Sritharan, an. Beide möchten in die AG 3 (Förderungsmöglichkeiten
und effektives Vereinsmanagement). Ich selbst werde nicht teilnehmen.

Freundliche Grüße
Nirmala Thevarajah
Schriftführerin
Tamilischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Umbrella question: is there a maximum of delegates per member association,
# and may registrations be sent as a list?  windows-1252 8bit.

@mail("korkmaz-umbrella-question-delegates", "2027-02-06 09:20:17",
      E("question", "m.korkmaz@tuerkische-union-ms.example", "Mustafa Korkmaz",
        "Türkische Union Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Mustafa Korkmaz <m.korkmaz@tuerkische-union-ms.example>"),
           ("To", MSO),
           ("Subject", "Delegierte der Mitgliedsvereine"),
           ("Date", m.date),
           ("Message-ID", "<000b01db7863$2a3b4c50$7e8f9a0b$@tuerkische-union-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind ein Dachverband mit elf Mitgliedsvereinen, und mehrere davon möchten
Delegierte zum MSO-Tag schicken. Gibt es eine Höchstzahl pro Verein? Und
dürfen wir die Anmeldungen gesammelt als Liste (Excel) schicken, oder muss
sich jede Person einzeln per E-Mail anmelden?

Mit freundlichen Grüßen
Mustafa Korkmaz
Türkische Union Münster e.V.
""", charset="windows-1252", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Change: the secretary moves the chairman she registered from AG 1 to AG 3.
# Plain-text Outlook reply, confirmation quoted below a "____" line.

@mail("ndiaye-secretary-moves-chair-to-ag3", "2027-02-08 13:20:56",
      E("change", "f.ndiaye@senegal-verein-ms.example", "Ousmane Sow",
        "Senegalesischer Verein Münster e.V.", ["AG3"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Fatou Ndiaye <f.ndiaye@senegal-verein-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM6PR10MB2785E4F3A2B1C0D9E8F7A6B5C4D3@AM6PR10MB2785.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270122100412.3c8a@muenster.example>"),
           ("References", "<mailbot.20270122100412.3c8a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

Herr Ousmane Sow, den ich im Januar angemeldet habe, möchte doch lieber an der AG 3 statt an der AG 1 teilnehmen. Können Sie das bitte ändern?

Mit freundlichen Grüßen
Fatou Ndiaye
Sekretariat
Senegalesischer Verein Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 22. Januar 2027 10:04
An: Fatou Ndiaye <f.ndiaye@senegal-verein-ms.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Sow", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Exchange out-of-office of an association's office (auto_reply):
# "Automatische Antwort:", Auto-Submitted: auto-generated, X-Auto-Response-
# Suppress; it names the chairman as contact.

OOF_TEXT = """Vielen Dank für Ihre Nachricht.

Unsere Geschäftsstelle ist vom 8. bis 19. Februar 2027 nicht besetzt. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Vorsitzenden, Herrn Kofi Mensah-Bonsu, Tel. 0176 4455 8812.

Mit freundlichen Grüßen
Afrikanisches Kulturzentrum Münster e.V."""


@mail("afrokultur-exchange-out-of-office", "2027-02-09 07:03:12",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", "Afrikanisches Kulturzentrum Münster <info@afro-kultur-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4a0e6f2b8c1d49e7a3b5c7d9e1f3a5b7@afro-kultur-ms.example>"),
           ("In-Reply-To", "<mailbot.20270209080305.5e1b@muenster.example>"),
           ("References", "<mailbot.20270209080305.5e1b@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "info@afro-kultur-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(OOF_TEXT, outlook_html(OOF_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Change of party size: she had registered herself and the chairman (AG 2,
# 2 persons); he cannot come, she comes alone -> change, new size 1, no new
# workgroup.  Thunderbird reply, '>' quote.

@mail("papadaki-chair-drops-out-party-1", "2027-02-10 18:05:44",
      E("change", "d.papadaki@mail.example", "Dimitra Papadaki",
        "Griechischer Kulturverein Münster-Hiltrup e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Dimitra Papadaki <d.papadaki@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0d2f4b6a-8c1e-4a3d-b5f7-9e1c3a5d7f2b@mail.example>"),
           ("In-Reply-To", "<mailbot.20270118113205.7f4d@muenster.example>"),
           ("References", "<mailbot.20270118113205.7f4d@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider kann unser Vorsitzender, Herr Stavros Nikolaidis, am 13. März doch
nicht - er ist beruflich in Athen. Ich komme dann allein.

Viele Grüße
Dimitra Papadaki
Griechischer Kulturverein Münster-Hiltrup e.V.

Am 18.01.27 um 11:32 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Papadaki", "AG2", 2))}
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# A migration counsellor (employer: Caritas) registers the spokesman of a new
# association and asks to confirm to him; first and second choice.  The
# employer is not the organisation.

@mail("hoelscher-caritas-registers-spokesman", "2027-02-11 10:22:30",
      E("registration", "m.osman.idris@mail.example", "Mohamed Osman Idris",
        "Sudanesische Gemeinschaft Münster", ["AG3", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Birgit Hölscher <b.hoelscher@caritas-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für Herrn Idris (Sudanesische Gemeinschaft)"),
           ("Date", m.date),
           ("Message-ID", "<e7a9c1b3-5d2f-4e8a-9b0c-2d4f6a8c0e1b@caritas-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin Migrationsberaterin beim Caritasverband und begleite den neu
gegründeten Verein "Sudanesische Gemeinschaft Münster". Dessen Sprecher,
Herr Mohamed Osman Idris, möchte gern am MSO-Tag teilnehmen, am liebsten in
der AG 3 (Fördermittel sind für den jungen Verein gerade das große Thema),
alternativ in der AG 1.

Bitte schicken Sie die Bestätigung an Herrn Idris selbst:
m.osman.idris@mail.example - er liest seine Mails regelmäßig.

Mit freundlichen Grüßen
Birgit Hölscher

Migrationsberatung für erwachsene Zugewanderte
Caritasverband für die Stadt Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# English change by an assistant for the chairman she registered: III instead
# of II, else stay in II -> ["AG3", "AG2"].  Outlook, English quote header.

KIM_TEXT = """Dear MSO team,

Mr Park Jung-ho, whom I registered last month, would now prefer workgroup III instead of workgroup II. If workgroup III is already full, please just leave him in workgroup II.

Many thanks and best regards,
Laura Kim
Assistant to the Board
Korean Association Münster e.V."""


@mail("kim-english-assistant-change-with-fallback", "2027-02-12 08:40:19",
      E("change", "laura.kim@korean-association-ms.example", "Park Jung-ho",
        "Korean Association Münster e.V.", ["AG3", "AG2"], None, "en"), "en", tz=0)
def _(m):
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Tuesday, January 19, 2027 3:12 PM",
             "Laura Kim <laura.kim@korean-association-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Park", "AG2", 1))
    m.head(("From", "Laura Kim <laura.kim@korean-association-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbanN0c3VyZQ4kZ2VvcmdlAAEx8Wq3"),
           ("Date", m.date),
           ("Message-ID", "<VE1PR06MB6986A0B1C2D3E4F5A6B7C8D9E0F1@VE1PR06MB6986.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270119151207.1b5e@muenster.example>"),
           ("References", "<mailbot.20270119151207.1b5e@muenster.example>"),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KIM_TEXT, quote, lang="en"),
                  outlook_html(KIM_TEXT, quote, lang="en"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# English: an umbrella body registers a member association's delegate and asks
# to confirm to her; organisation = the member association.

@mail("okeke-english-umbrella-delegate", "2027-02-13 15:15:00",
      E("registration", "fatoumata.camara@mail.example", "Fatoumata Camara",
        "Guinea Solidarity Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okeke <c.okeke@african-council-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration of a delegate - MSO day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAKr2Wd5Gt8Jp1Ms4Qv7Ty0Bx3Ea6Hd9Kg2Nj5Rm8Up1Xs4Av@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Dear organisers,

on behalf of the African Council Münster, the umbrella body of the African associations in the city, I would like to register Ms Fatoumata Camara from our member association Guinea Solidarity Münster. She would like to take part in workgroup 1 on education.

Please send the confirmation to her directly: fatoumata.camara@mail.example

Regards,
Chinedu Okeke
General Secretary
African Council Münster"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 037 ---------------------------------------------------------------------
# Change by another umbrella coordinator: the registered delegate cannot come,
# another member comes instead and wants AG 2 -> change ["AG2"]; the name is
# the new attendee.  Gmail reply quoting the confirmation.

SANTORO_TEXT = """Liebes MSO-Team,

für unseren Mitgliedsverein Kongolesische Gemeinschaft Münster war Herr Jean-Pierre Mbuyi angemeldet (siehe unten). Er kann leider nicht kommen. An seiner Stelle kommt Frau Grâce Ilunga, sie möchte aber lieber in die AG 2.

Viele Grüße
Marco Santoro
Dachverband der Migrantenselbstorganisationen Münster e.V."""

SANTORO_ATTR = f"Am Mo., 25. Jan. 2027 um 09:14 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("santoro-umbrella-substitute-delegate", "2027-02-15 11:50:37",
      E("change", "m.santoro@dachverband-mso-ms.example", "Grâce Ilunga",
        "Kongolesische Gemeinschaft Münster", ["AG2"], None, "de"), "de")
def _(m):
    conf = confirmation("Herr Mbuyi", "AG1", 1)
    m.head(("From", "Marco Santoro <m.santoro@dachverband-mso-ms.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAGs7Lm0Pq3Tu6Wx9Za2Cd5Fg8Ij1Lm4Op7Rs0Uv3Xy6Ab9Cd@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125091402.8d2a@muenster.example>"),
           ("References", "<mailbot.20270125091402.8d2a@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{SANTORO_TEXT}\n\n{SANTORO_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_reply_html(SANTORO_TEXT, SANTORO_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Question with conditional intent: accessibility for the chairwoman; she
# would register her for AG 1 only if the answer is yes.

@mail("arikan-question-barrier-free-for-chair", "2027-02-16 20:00:48",
      E("question", "sibel.arikan@mail.example", "Sibel Arıkan",
        "Alevitischer Kulturverein Münster-Coerde e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Sibel Arıkan <sibel.arikan@mail.example>"),
           ("To", MSO),
           ("Subject", "Barrierefreiheit Stadtweinhaus?"),
           ("Date", m.date),
           ("Message-ID", "<1771268448.902117.5530@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

unsere Vorsitzende sitzt im Rollstuhl. Ist das Stadtweinhaus barrierefrei,
gibt es einen Aufzug zum Saal und eine rollstuhlgerechte Toilette? Wenn ja,
würde ich sie gern für die AG 1 anmelden.

Viele Grüße
Sibel Arıkan
Alevitischer Kulturverein Münster-Coerde e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# French: the president registers the vice-president, who comes with her
# husband (2), and asks to confirm to her.  "atelier 2"; iso-8859-15 QP.

@mail("fotso-french-president-registers-vp", "2027-02-17 12:34:10",
      E("registration", "chantal.mbarga@mail.example", "Chantal Mbarga",
        "Association Culturelle Camerounaise de Münster", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Claude Fotso <jc.fotso@acc-muenster.example>"),
           ("To", MSO),
           ("Subject", "Inscription - Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<8c0e2a4b-6d1f-4b3a-a5c7-e9b1d3f5a7c9@acc-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Madame, Monsieur,

je souhaite inscrire notre vice-présidente, Mme Chantal Mbarga, à la journée
des organisations de migrants du 13 mars. Elle voudrait participer à
l'atelier 2 (l'avenir de Münster) et viendra accompagnée de son mari.

Merci de lui envoyer la confirmation directement : chantal.mbarga@mail.example

Avec mes salutations distinguées,
Jean-Claude Fotso
Président
Association Culturelle Camerounaise de Münster
""", charset="iso-8859-15", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change in a two-person registration (AG 1, 2 persons): the colleague moves
# to AG 2, the writer stays in AG 1 -> workgroups = the writer's own ["AG1"],
# size unchanged (null).  Gmail reply.

RAHMANI_TEXT = """Hallo,

kleine Änderung: mein Kollege Farid Nazari möchte lieber in die AG 2 (Zukunftsprozess). Ich bleibe in der AG 1. Wir kommen weiterhin zu zweit.

Danke!
Aziz Rahmani
Afghanische Jugend Münster e.V."""

RAHMANI_ATTR = f"Am Mi., 20. Jan. 2027 um 16:02 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("rahmani-colleague-switches-writer-stays", "2027-02-18 16:30:22",
      E("change", "aziz.rahmani@afghan-jugend-ms.example", "Aziz Rahmani",
        "Afghanische Jugend Münster e.V.", ["AG1"], None, "de"), "de")
def _(m):
    conf = confirmation("Herr Rahmani", "AG1", 2)
    m.head(("From", "Aziz Rahmani <aziz.rahmani@afghan-jugend-ms.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAPm3Xq6Tw9Zc2Fe5Hh8Kk1Nn4Qq7Tt0Ww3Zz6Cc9Ff2Ii5Ll@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120160201.4a7b@muenster.example>"),
           ("References", "<mailbot.20270120160201.4a7b@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{RAHMANI_TEXT}\n\n{RAHMANI_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_reply_html(RAHMANI_TEXT, RAHMANI_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Cancellation by a board member for the chairman she registered (he is ill).
# Thunderbird reply quoting the confirmation.

@mail("bekele-cancels-for-ill-chairman", "2027-02-22 08:15:09",
      E("cancellation", "s.bekele@aethiopischer-verein.example", "Dawit Alemu",
        "Äthiopischer Verein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Selamawit Bekele <s.bekele@aethiopischer-verein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2b4d6f8a-0c1e-4f3b-9d5a-7c9e1b3d5f8a@aethiopischer-verein.example>"),
           ("In-Reply-To", "<mailbot.20270127102011.6c3e@muenster.example>"),
           ("References", "<mailbot.20270127102011.6c3e@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

unser Vorsitzender, Herr Dawit Alemu, ist erkrankt und kann leider nicht am
MSO-Tag teilnehmen. Bitte streichen Sie seine Anmeldung.

Mit freundlichen Grüßen
Selamawit Bekele
Äthiopischer Verein Münster e.V.

Am 27.01.27 um 10:20 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Alemu", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Turkish cancellation by the secretary for the chairman ("Osman Kara Bey");
# iPhone reply with a Turkish attribution line.

@mail("koc-turkish-secretary-cancels-for-chair", "2027-02-25 12:40:33",
      E("cancellation", "zehra.koc@tkd-muenster.example", "Osman Kara",
        "Münster Türk Kültür Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Zehra Koç <zehra.koc@tkd-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Ynt: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9E1C3A5B-7D2F-4A6E-8B0C-D2F4A6B8C0E1@tkd-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270126120511.2f9c@muenster.example>"),
           ("References", "<mailbot.20270126120511.2f9c@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

derneğimizin başkanı Osman Kara Bey 13 Mart'ta başka bir toplantıya katılmak zorunda olduğu için etkinliğe gelemeyecek. Kaydını iptal etmenizi rica ederim.

Saygılarımla
Zehra Koç
Münster Türk Kültür Derneği

iPhone'umdan gönderildi

26 Oca 2027 tarihinde 12:05 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:

{gt_quote(confirmation("Herr Kara", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation forwarded by the chairwoman: a member she had registered writes
# that he cannot come; the chain (Outlook "-----Ursprüngliche Nachricht-----",
# three levels) ends with the confirmation.  Reply goes to her (From).

PETROSYAN_TEXT = """Sehr geehrte Damen und Herren,

Herr Aram Grigoryan, den ich für unseren Verein angemeldet hatte, kann leider doch nicht kommen (siehe seine Nachricht unten). Bitte streichen Sie seine Anmeldung.

Mit freundlichen Grüßen
Anahit Petrosyan
Vorsitzende
Armenische Gemeinde Münster e.V."""

PETROSYAN_CHAIN = f"""-----Ursprüngliche Nachricht-----
Von: Aram Grigoryan <aram.grigoryan@mail.example>
Gesendet: Sonntag, 28. Februar 2027 21:17
An: Anahit Petrosyan <a.petrosyan@armenische-gemeinde-ms.example>
Betreff: AW: WG: {CONFIRMATION_SUBJECT}

Liebe Anahit,

es tut mir leid, aber ich schaffe es am 13. März nicht, meine Schicht wurde getauscht. Kannst du mich bitte wieder abmelden?

Aram

-----Ursprüngliche Nachricht-----
Von: Anahit Petrosyan <a.petrosyan@armenische-gemeinde-ms.example>
Gesendet: Donnerstag, 28. Januar 2027 09:02
An: Aram Grigoryan <aram.grigoryan@mail.example>
Betreff: WG: {CONFIRMATION_SUBJECT}

Hallo Aram, hier deine Bestätigung. LG Anahit

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Mittwoch, 27. Januar 2027 18:44
An: Anahit Petrosyan <a.petrosyan@armenische-gemeinde-ms.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Grigoryan", "AG2", 1)}"""


@mail("petrosyan-forwards-member-cancellation", "2027-03-01 09:05:58",
      E("cancellation", "a.petrosyan@armenische-gemeinde-ms.example", "Aram Grigoryan",
        "Armenische Gemeinde Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Anahit Petrosyan <a.petrosyan@armenische-gemeinde-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "WG: AW: WG: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdF1k9rT2mX6pZ0cW4vB8nE3sLgAAb5Qo"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR09MB5417B8C9D0E1F2A3B4C5D6E7F8A9@DU2PR09MB5417.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = PETROSYAN_TEXT + "\n\n" + PETROSYAN_CHAIN
    m.alternative(plain, outlook_html(plain), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 044 ---------------------------------------------------------------------
# After the deadline: the secretary registers the chairwoman "if a place is
# still free", with AG and size -> registration.  UTF-8 QP (ž, ć).

@mail("juric-late-registration-for-chairwoman", "2027-03-08 09:30:14",
      E("registration", "marijana.juric@hkd-muenster.example", "Snježana Perić",
        "Kroatischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Marijana Jurić <marijana.juric@hkd-muenster.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5c7e9a1b-3d2f-4b6e-8a0c-e2f4a6c8e0b2@hkd-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

ich weiß, die Anmeldefrist ist schon vorbei - falls noch ein Platz frei ist,
melde ich hiermit unsere Vorsitzende, Frau Snježana Perić, für die AG 2 an.
Sie kommt allein. Wenn es nicht mehr geht, ist das natürlich auch in Ordnung.

Viele Grüße
Marijana Jurić
Kroatischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation by a council's office for its chairwoman ("Im Auftrag");
# Outlook HTML only, windows-1252, confirmation quoted below the header block.

WESSELS_TEXT = """Sehr geehrte Damen und Herren,

die Vorsitzende des Integrationsrates, Frau Nilüfer Sezer, muss ihre Teilnahme am Tag der Migrantenselbstorganisationen leider absagen, da für den 13.03. kurzfristig eine Sondersitzung angesetzt wurde.

Mit freundlichen Grüßen
Im Auftrag

Jörg Wessels
Integrationsrat der Stadt Münster – Geschäftsstelle"""


@mail("wessels-integrationsrat-cancels-for-chair", "2027-03-09 14:00:27",
      E("cancellation", "integrationsrat@stadt-muenster.example", "Nilüfer Sezer",
        "Integrationsrat der Stadt Münster", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Geschäftsstelle Integrationsrat" <integrationsrat@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbfT2n5pW8kR1mZ4xC7vB0yN3sQgAAc6Rp"),
           ("Date", m.date),
           ("Message-ID", "<7f9b1d3e5a2c4e68@EXCH02.stadt-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270202113015.9e4f@muenster.example>"),
           ("References", "<mailbot.20270202113015.9e4f@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 2. Februar 2027 11:30",
             "Geschäftsstelle Integrationsrat <integrationsrat@stadt-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Sezer", "AG2", 1))
    m.single(outlook_html(WESSELS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")



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
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = KINDS[:4]
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "fr")


def label_problems(e):
    """Problems with one expected record on its own."""
    p = []
    if tuple(e) != FIELDS:
        p.append("expected record has wrong keys or key order")
        return p
    k = e["kind"]
    if k not in KINDS:
        p.append(f"bad kind {k!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg!r}")
    if k not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("change party_size must be null or >= 1")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            p.append("person mail needs a lower-case email")
        if not e["name"]:
            p.append("person mail needs a name")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']!r}")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                p.append(f"{f} must be null for {k}")
    if k == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            p.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        p.append("bounced_recipient must be null")
    return p


def decoded_text(msg):
    """Every header (decoded) and every text part, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


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
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
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
    problems += label_problems(expected)
    if expected["kind"] in PERSON_KINDS:
        low = text.lower()
        if expected["email"] not in low:
            problems.append("email label not found in the mail")
        for f in ("name", "organisation"):
            if expected[f] and expected[f] not in text:
                problems.append(f"{f} label {expected[f]!r} not written in the mail")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("kind x language:")
    for k in KINDS:
        row = {t: n for (kk, t), n in sorted(table.items()) if kk == k}
        print(f"  {k:13} {row}")
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
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already sent {seen[s]}")
            bad += 1
        seen[s] = name
    if len(set(m.msg["Message-ID"] for _, m, _, _ in built)) != len(built):
        print("Message-IDs are not unique")
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails, want 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
