#!/usr/bin/env python3
"""Build the "final15c" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: mails to the MSO-Tag 2027 that do several things at once, or whose kind is
decided by one detail (register one person and cancel another, cancel a part but
keep coming, "falls voll, bitte Warteliste", provisional sign-ups, registrations
phrased as questions and questions that sound like registrations, registrations
already made by phone, thank-you mails after the event).

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files and reads every file
back to check it:

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270112140300.51c7@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "tr", "ar", "en", "ru", "ku", "ti", "am", "fr", "it")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def named(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the display name hand-encoded when not ASCII."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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


def flowed(text, width=72):
    """format=flowed: long lines are broken at spaces, each soft break keeps a
    trailing space (RFC 3676).  Lines starting with '>' are left alone."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            cand = f"{cur}{w}" if not cur else f"{cur} {w}"
            if cur and len(cand) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cand
        out.append(cur)
    return "\n".join(out)


def esc(line):
    return html.escape(line, quote=False)


def in_charset(text, charset):
    """What a client writing HTML in `charset` produces: characters the charset
    cannot carry become numeric character references."""
    return text.encode(charset, "xmlcharrefreplace").decode(charset)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final15c/{slug}/{n}".encode()).hexdigest()


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
        self.display = {}           # header -> display name it must decode to
        self.headers = {}           # header -> value it must decode to
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, display=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        the given order.  ASCII values (plain or already RFC 2047-encoded) are
        stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8.
        `display` maps a header to the display name it must decode to."""
        self.crlf = crlf
        self.display = dict(display or {})
        self.headers = {}           # header -> value it must decode to
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain.startswith(("mail.", "yahoo.")) else "mail.") + domain
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
            elif name in ("Subject", "Thread-Topic"):
                # hand-encoded: the policy's folder would leave a doubled
                # space before a folded encoded word
                msg.set_raw(name, ew(value))
                self.headers[name] = value
            else:
                msg[name] = value
                if "<" in value:
                    self.display.setdefault(name, value.split("<")[0].strip().strip('"'))

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
        if keep:
            del self.msg["Content-Language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
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

def outlook_head(charset):
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
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
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
</xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset="windows-1252", quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook's Word-HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lv}:</b> {esc(frm)}<br>\n"
                   f"<b>{lg}:</b> {esc(sent)}<br>\n<b>{la}:</b> {esc(to)}<br>\n"
                   f"<b>{lb}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return in_charset(outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n",
                      charset)


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {frm}\n{lg}: {sent}\n{la}: {to}\n"
            f"{lb}: {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, attr=None, quoted=None):
    """Gmail's markup: one <div> per line, an optional gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attr is not None:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div{d} class=\"gmail_attr\">{esc(attr)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, attr=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attr is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attr)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# what the organisers sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet im Stadtweinhaus (Prinzipalmarkt 8,
48143 Münster) der diesjährige Tag der Migrantenselbstorganisationen statt.

Wir beginnen um 10:00 Uhr mit Grußworten und einem Impulsvortrag. Nach
dem Mittagsimbiss arbeiten wir von 13:30 bis 15:30 Uhr in drei parallelen
Arbeitsgruppen:

  Arbeitsgruppe I:   Menschen mit Migrationsvorgeschichte im Bildungssystem
  Arbeitsgruppe II:  Münsters Zukunftsprozess aus der Sicht der Menschen
                     mit Migrationsvorgeschichte
  Arbeitsgruppe III: Förderungsmöglichkeiten und effektives
                     Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis Samstag,
6. März 2027, per E-Mail an mso-tag@muenster.example an und nennen Sie
uns Ihren Namen, Ihre Organisation, die gewünschte Arbeitsgruppe und die
Zahl der Personen.

Wir freuen uns auf Sie!

Kommunales Integrationszentrum der Stadt Münster
i. A. Ximena Meza Correa-Flock"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Veranstaltung: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Wenn sich etwas ändert (andere Arbeitsgruppe, mehr oder weniger Personen)
oder Sie nicht kommen können, antworten Sie bitte einfach auf diese
Nachricht.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum der Stadt Münster"""


def reminder(salutation, ag, persons, days):
    opening = "in einer Woche ist es so weit" if days == 7 else "morgen ist es so weit"
    return f"""Guten Tag {salutation},

{opening}: Der Tag der Migrantenselbstorganisationen 2027
findet am Samstag, 13. März 2027, von 10:00 bis 16:00 Uhr im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster, statt.

Ihre Anmeldung:
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Ablauf: 10:00 Begrüßung und Impulsvortrag, 12:30 Mittagsimbiss,
13:30–15:30 Arbeitsgruppen, danach Abschluss im Plenum.

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail. Dann können wir Ihren Platz an jemanden von der Warteliste geben.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum der Stadt Münster"""


def sent_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m.set_raw("Subject", subject if subject.isascii() else ew(subject))
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

MAILS = []   # (slug, when, tz_hours, expected, text_language, tags, builder)


def mail(slug, when, expected, text_lang, tz=1, tags=()):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, tuple(tags), fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress).  It talks about "Anmeldungen"
# (for the sender's own language cafés), which is no registration.

HOEVELMANN_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 22. Januar 2027, nicht im Büro und lese
meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Sarah Lindemann
(s.lindemann@integrationsagentur-ms.example, Tel. 0251 60 93 12).

Anmeldungen für unsere Sprachcafés nehmen wir wie gewohnt über das Formular
auf https://integrationsagentur-ms.example/sprachcafe entgegen.

Mit freundlichen Grüßen
Kerstin Hövelmann
Integrationsagentur Münster-Süd"""


@mail("hoevelmann-exchange-out-of-office", "2027-01-12 14:04:51",
      E("auto_reply"), "de", tags=("auto-submitted header",))
def _(m):
    m.head(("From", '"Hövelmann, Kerstin" <k.hoevelmann@integrationsagentur-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1mT0x7cC9kU6vS3dGJw4rAw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7314C1E0A5F2B7A64D0E3B92A1C52@DB9PR02MB7314.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "k.hoevelmann@integrationsagentur-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(HOEVELMANN_OOO, outlook_html(HOEVELMANN_OOO, "utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# A registration phrased as a question: "Könnten Sie mich bitte schon einmal
# für die AG 2 eintragen?"  Gmail reply quoting the invitation (all three
# workgroups in the quote).  Other members "melden sich dann selbst" -> 1.

HESSELMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung, die ich gern in unserem Verein weitergebe – das Interesse ist groß.

Könnten Sie mich bitte schon einmal für die AG 2 eintragen? Das Thema Zukunftsprozess beschäftigt uns seit dem letzten Stadtteilforum in Coerde, und ich würde gern hören, wie die Stadt die Vereine dabei einbinden will.

Ob noch weitere Mitglieder mitkommen, klären wir auf unserer Vorstandssitzung Ende Januar. Wer kommen möchte, meldet sich dann selbst bei Ihnen.

Viele Grüße
Ulrike Hesselmann
Schriftführerin
Deutsch-Afghanischer Freundeskreis Münster e.V."""

HESSELMANN_ATTR = ("Am Di., 12. Jan. 2027 um 14:03 Uhr schrieb Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")


@mail("hesselmann-koennten-sie-mich-eintragen", "2027-01-12 16:22:37",
      E("registration", "ulrike.hesselmann@mail.example", "Ulrike Hesselmann",
        "Deutsch-Afghanischer Freundeskreis Münster e.V.", ["AG2"], 1, "de"), "de",
      tags=("registration phrased as question", "quotes invitation"))
def _(m):
    m.head(("From", "Ulrike Hesselmann <ulrike.hesselmann@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM4q8Vw1pXnR3tLk9sZ2bYc7hFd6uJe0oGa5iKm8rTq3wEnU1g@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{HESSELMANN_TEXT}\n\n{HESSELMANN_ATTR}\n\n{gt_quote(INVITATION)}\n"
    m.alternative(plain, gmail_html(HESSELMANN_TEXT, attr=HESSELMANN_ATTR, quoted=INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable.  Register and ask whether a place is
# still free: "hâlâ yer var mı? Varsa beni ve eşimi bu gruba kaydedebilir
# misiniz?" (is there still room? if so, can you register me and my husband
# in this group?) -> a registration, 2 persons, AG 1.  "başka bir gruba
# bakarız" (we'd look at another group) names no second choice.

@mail("karatas-turkish-yer-var-mi-varsa-kaydedin", "2027-01-13 10:37:12",
      E("registration", "emine.karatas@mail.example", "Emine Karataş",
        "Münster Türk Kadınlar Derneği", ["AG1"], 2, "tr"), "tr",
      tags=("register and ask if a place is free",))
def _(m):
    m.head(("From", named("Emine Karataş", "emine.karatas@mail.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("MSO Günü - AG 1 için yer var mı?", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<3f0b7e21-9a4c-4d8e-b2f1-7c6a5e0d9b13@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"),
           display={"From": "Emine Karataş"})
    m.single("""Merhaba,

Göçmen Öz Örgütleri Günü'nün davetiyesini derneğimiz üzerinden aldım. Çok
güzel bir etkinlik olacak gibi görünüyor.

Birinci çalışma grubunda (eğitim sistemi, AG 1) hâlâ yer var mı? Varsa beni
ve eşimi bu gruba kaydedebilir misiniz? Yani iki kişi olacağız.

Eğer AG 1 dolmuşsa lütfen bana haber verin, o zaman başka bir gruba bakarız.

Teşekkürler, iyi çalışmalar
Emine Karataş
Münster Türk Kadınlar Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Already registered by phone; she sends it "noch einmal schriftlich".  Outlook
# HTML only, windows-1252 quoted-printable; "ć" (not in windows-1252) is a
# numeric character reference as Outlook writes it.  Two named persons.

WITTKAMP_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für das freundliche Telefonat heute Vormittag. Wie besprochen schicke ich Ihnen unsere Anmeldung noch einmal schriftlich, damit alles seine Ordnung hat:

Dragana Wittkamp und Milan Jovanović
Serbischer Kulturverein „Njegoš“ Münster e.V.
Arbeitsgruppe III – Förderungsmöglichkeiten und Vereinsmanagement

Dass Herr Jovanović im Rollstuhl kommt, hatten Sie sich ja schon notiert. Danke, dass Sie wegen des Aufzugs nachfragen!

Mit freundlichen Grüßen

Dragana Wittkamp
Kassiererin
Serbischer Kulturverein „Njegoš“ Münster e.V.
Telefon 0251 / 3 27 45 60"""


@mail("wittkamp-phone-then-in-writing-outlook-html", "2027-01-13 15:02:48",
      E("registration", "d.wittkamp@njegos-muenster.example", "Dragana Wittkamp",
        "Serbischer Kulturverein „Njegoš“ Münster e.V.", ["AG3"], 2, "de"), "de",
      tags=("already registered by phone",))
def _(m):
    m.head(("From", "Dragana Wittkamp <d.wittkamp@njegos-muenster.example>"),
           ("To", f"'Tag der Migrantenselbstorganisationen' <{MSO}>"),
           ("Subject", "Anmeldung MSO-Tag - wie telefonisch besprochen"),
           ("Date", m.date),
           ("Message-ID", "<000001db65b2$7c3e1a40$74ba4ec0$@njegos-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtlsnnXq0pE0c2LRaC1oTQ9xk3yXw=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WITTKAMP_TEXT, "windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with right-to-left HTML, UTF-8 base64.
# The chairman registers the women's officer and says he himself cannot come
# ("أما أنا فللأسف لن أتمكن من الحضور"); confirmation to her address.
# "مجموعة العمل الثالثة" = the third workgroup.

NASSER_TEXT = """السيدات والسادة الكرام،

تحية طيبة وبعد،

أودّ أن أسجّل زميلتنا السيدة Lubna Al-Sayed، مسؤولة شؤون المرأة في جمعيتنا، للمشاركة في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار/مارس 2027. هي مهتمة بمجموعة العمل الثالثة (التمويل وإدارة الجمعيات).

أما أنا فللأسف لن أتمكن من الحضور بسبب سفر عائلي.

أرجو إرسال التأكيد مباشرة إليها على العنوان التالي:
lubna.alsayed@mail.example

مع جزيل الشكر،
Khaled Nasser
رئيس الجمعية
Deutsch-Arabischer Kulturverein Münster e.V."""


@mail("nasser-arabic-registers-colleague-not-himself", "2027-01-15 11:19:05",
      E("registration", "lubna.alsayed@mail.example", "Lubna Al-Sayed",
        "Deutsch-Arabischer Kulturverein Münster e.V.", ["AG3"], 1, "ar"), "ar",
      tags=("registers a colleague, writer does not come",))
def _(m):
    m.head(("From", "Khaled Nasser <khaled.nasser@dakv-muenster.example>"),
           ("To", MSO),
           ("Subject", "تسجيل مسؤولة شؤون المرأة – MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF7yKp2Rz0mWq5vB8nT1cXj4sLd9hUe3gAo6iYb2tQw7NrEk5A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NASSER_TEXT, gmail_html(NASSER_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Postfix bounce: the confirmation to the address given in 005 comes back,
# "552 5.2.2 Mailbox full".  The returned confirmation names AG 3.

ALSAYED = "lubna.alsayed@mail.example"


@mail("postfix-bounce-mailbox-full", "2027-01-15 11:20:41",
      E("bounce", bounced=ALSAYED), "en", tags=("multipart/report",))
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270115102041.3E7B21C04F@mail.muenster.example>"),
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

<{ALSAYED}>: host mx1.mail.example[198.51.100.47] said: 552
    5.2.2 <{ALSAYED}>: Mailbox full, quota exceeded (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3E7B21C04F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri, 15 Jan 2027 11:20:38 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {ALSAYED}"),
         ("Original-Recipient", f"rfc822;{ALSAYED}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{ALSAYED}>: Mailbox full, quota\n"
                             "    exceeded")])
    original = sent_message(
        f"Lubna Al-Sayed <{ALSAYED}>", CONFIRMATION_SUBJECT,
        confirmation("Frau Al-Sayed", "AG3", 1),
        "Fri, 15 Jan 2027 11:20:38 +0100", "<mailbot.20270115112038.a41c@muenster.example>",
        "<CAF7yKp2Rz0mWq5vB8nT1cXj4sLd9hUe3gAo6iYb2tQw7NrEk5A@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 007 ---------------------------------------------------------------------
# French, ISO-8859-1 quoted-printable.  A provisional sign-up ("à titre
# provisoire") for two: she and a colleague, workshop 1.  "si elle tombe le
# 13 mars" is a condition on their own meeting, not on the registration.

@mail("camara-french-inscription-provisoire", "2027-01-18 09:47:30",
      E("registration", "aissatou.camara@mail.example", "Aïssatou Camara",
        "Association des Femmes Guinéennes de Münster", ["AG1"], 2, "fr"), "fr",
      tags=("provisional sign-up",))
def _(m):
    m.head(("From", named("Aïssatou Camara", "aissatou.camara@mail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", ew("Inscription provisoire - journée des MSO du 13 mars", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1205489715.218734.1768726050412.JavaMail.www@wwinf1m20.mail.example>"),
           ("X-Mailer", "Webmail 11.3"),
           ("MIME-Version", "1.0"),
           display={"From": "Aïssatou Camara"})
    m.single("""Bonjour Madame,

Je vous remercie pour l'invitation à la journée des organisations de migrants.

Je souhaite d'ores et déjà nous inscrire, ma collègue Fanta Keïta et moi-même, à titre provisoire : notre assemblée générale doit encore fixer sa date, et si elle tombe le 13 mars, je vous préviendrai aussitôt.

Nous aimerions participer à l'atelier 1 sur le système éducatif.

En vous remerciant par avance,

Aïssatou Camara
Association des Femmes Guinéennes de Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# German by a learner, from a phone (8bit).  Registers two (himself and his
# son) for AG 1 and asks "Gibt es noch Platz?".  "19 Jahre" is an age.

@mail("nazari-learner-gibt-es-noch-platz", "2027-01-20 19:12:04",
      E("registration", "farhad.nazari@mail.example", "Farhad Nazari",
        "Afghanischer Kulturverein Münster", ["AG1"], 2, "de"), "de",
      tags=("learner German", "register and ask if a place is free"))
def _(m):
    m.head(("From", "farhad nazari <farhad.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<b8k1q2.1768932724.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heisse Farhad Nazari und ich bin von Afghanischer Kulturverein Münster. Ich möchte anmelden für Tag von Migrantenselbstorganisation am 13 März.

Wir sind 2 Person, ich und mein Sohn (er ist 19 Jahre). Wir möchten gerne in AG 1 Bildung gehen, weil mein Sohn macht Ausbildung und wir haben viele Frage über Schule in Deutschland.

Gibt es noch Platz? Bitte schreiben Sie mir.

Danke schön
Farhad Nazari

Von meinem Samsung Galaxy gesendet
""", charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Register one person and cancel another: he signs himself up for AG 1 and asks
# to take off the list a board member who registered separately (for AG 3).
# The writer's own act is a registration; the other registration is not his.
# Thunderbird, format=flowed, UTF-8 8bit.

@mail("akguel-anmeldung-und-abmeldung-kollege", "2027-01-21 21:33:19",
      E("registration", "cem.akguel@dt-elternbund.example", "Cem Akgül",
        "Deutsch-Türkischer Elternbund Münster e.V.", ["AG1"], 1, "de"), "de",
      tags=("register one, cancel another",))
def _(m):
    m.head(("From", "Cem Akgül <cem.akguel@dt-elternbund.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Abmeldung Murat Eren"),
           ("Date", m.date),
           ("Message-ID", "<5d1e0c7a-2b48-4f93-8e6d-a0c9b7f31e25@dt-elternbund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(flowed("""Hallo liebes Orga-Team,

ich möchte mich gern für den MSO-Tag am 13. März anmelden, und zwar für die AG 1 (Bildung). Ich komme allein.

Und gleich noch eine zweite Sache: Unser 2. Vorsitzender Murat Eren hatte sich vor ein paar Tagen für die AG 3 angemeldet. Er hat jetzt leider an dem Wochenende einen Lehrgang und kann nicht kommen. Er hat mich gebeten, ihn bei Ihnen abzumelden, weil er in den nächsten Tagen kaum an den Rechner kommt. Bitte streichen Sie ihn also von der Liste.

Danke und viele Grüße
Cem Akgül

-- 
Deutsch-Türkischer Elternbund Münster e.V.
Beisitzer
"""), charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 010 ---------------------------------------------------------------------
# Kurmanji, Gmail alternative, UTF-8 quoted-printable.  A registration phrased
# as a question: "Hûn dikarin min û hevala min Rengîn ... tomar bikin?" (can
# you register me and my friend Rengîn ...?) for "Koma Xebatê ya sêyem" (the
# third workgroup); "du kes" = two persons.

ASLAN_TEXT = """Silav û rêz,

Me vexwendina we ji bo Roja Rêxistinên Xweser ên Koçberan (MSO-Tag) ya 13ê Adarê wergirt. Gelek spas!

Hûn dikarin min û hevala min Rengîn ji bo Koma Xebatê ya sêyem (Fördermittel û birêvebirina komeleyê) tomar bikin? Em ê bi hev re bên, yanî du kes.

Bi silav û hezkirin,
Berfin Aslan
Komeleya Jinên Kurd li Münsterê"""


@mail("aslan-kurmanji-hun-dikarin-tomar-bikin", "2027-01-22 18:05:51",
      E("registration", "berfin.aslan@mail.example", "Berfin Aslan",
        "Komeleya Jinên Kurd li Münsterê", ["AG3"], 2, "ku"), "ku",
      tags=("registration phrased as question",))
def _(m):
    m.head(("From", "Berfin Aslan <berfin.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Tomarkirin ji bo Roja MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAH2xLq9Wn4bT7vR1mK8sZ0cYd3fJg6uE5oPa2iXr9tBq4wNe7Q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ASLAN_TEXT, gmail_html(ASLAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Change decided by one detail: a thank-you for the confirmation that points
# out the wrong group ("Ich hatte ... um die AG zu Münsters Zukunftsprozess
# gebeten, das müsste die AG 2 sein").  "Schule" (an AG 1 alias) appears in
# the new text but only as what she had also written.  Web.de quote block.

@mail("ossenbrink-danke-aber-ag2-nicht-ag1", "2027-01-25 08:52:10",
      E("change", "m.ossenbrink@mail.example", "Mechthild Ossenbrink",
        "Patenschaftsprojekt „Ankommen in Kinderhaus“", ["AG2"], None, "de"), "de",
      tags=("change phrased as thanks",))
def _(m):
    m.head(("From", "Mechthild Ossenbrink <m.ossenbrink@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-7b2c4e19-5a0d-4c3f-9e81-d6f0a2b7c348-1769327530118@3c-app-mailcom-bs08>"),
           ("In-Reply-To", "<mailbot.20270123174002.5e0b@muenster.example>"),
           ("References", "<mailbot.20270123174002.5e0b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

danke für die schnelle Bestätigung! Mir ist nur aufgefallen, dass Sie mich in
die AG 1 eingetragen haben. Ich hatte eigentlich um die AG zu Münsters
Zukunftsprozess gebeten, das müsste die AG 2 sein. Vielleicht war meine Mail
missverständlich, weil ich auch etwas über die Schule meiner Patenkinder
geschrieben hatte.

Könnten Sie das bitte noch ändern?

Freundliche Grüße
Mechthild Ossenbrink
Patenschaftsprojekt „Ankommen in Kinderhaus“


Gesendet: Samstag, 23. Januar 2027 um 17:40 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: m.ossenbrink@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{gt_quote(confirmation("Frau Ossenbrink", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# A question that sounds like a registration: "kann man sich eigentlich noch
# für die AG 2 anmelden?" - asked for the chairwoman, who will register
# herself later.  Apple Mail alternative.

LOHMANN_TEXT = """Hallo zusammen,

kann man sich eigentlich noch für die AG 2 anmelden, oder ist die schon voll? Ich frage für unsere Vorsitzende, Frau Agnieszka Wróbel. Sie ist gerade für drei Wochen in Polen und würde sich nach ihrer Rückkehr selbst bei Ihnen melden – ich möchte nur vorher wissen, ob sich das noch lohnt.

Danke schon mal und liebe Grüße
Petra Lohmann
Polnischer Kulturverein „Most“ Münster e.V."""


@mail("lohmann-kann-man-sich-noch-anmelden", "2027-01-26 12:14:45",
      E("question", "petra.lohmann@most-muenster.example", "Petra Lohmann",
        "Polnischer Kulturverein „Most“ Münster e.V.", [], None, "de"), "de",
      tags=("question that sounds like a registration",))
def _(m):
    m.head(("From", "Petra Lohmann <petra.lohmann@most-muenster.example>"),
           ("To", MSO),
           ("Subject", "AG 2 – Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<A8C3E5F1-2D47-4B96-9E0A-7F1B3C5D9E24@most-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.alternative(LOHMANN_TEXT, apple_html(LOHMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 013 ---------------------------------------------------------------------
# English, plain ASCII 7bit.  Registration with "if workgroup 3 is already
# full, please put me on the waiting list for it rather than in another
# group" -> AG 3 only.

@mail("boateng-english-waiting-list-if-full", "2027-01-27 07:58:02",
      E("registration", "s.boateng@mail.example", "Samuel Boateng",
        "Ghanaian Community Association Muenster e.V.", ["AG3"], 1, "en"), "en",
      tags=("falls voll, Warteliste",))
def _(m):
    m.head(("From", "Samuel Boateng <s.boateng@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - Workgroup 3 (waiting list if full)"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2145D7A0C4E1B6F5@PAXP193MB2145.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir or Madam,

I would like to register for the MSO Day on Saturday 13 March 2027 at the
Stadtweinhaus.

My interest is workgroup 3 on funding opportunities and association
management. Our association was only registered (e.V.) last autumn and we
have a lot of questions on how to apply for funds.

If workgroup 3 is already full, please put me on the waiting list for it
rather than in another group - the other topics are less relevant for us at
the moment.

I will attend alone.

Kind regards,
Samuel Boateng
Secretary
Ghanaian Community Association Muenster e.V.
""", charset="us-ascii", cte="7bit")


# -- 014 ---------------------------------------------------------------------
# Newsletter (other) of a state-wide network: it announces the MSO-Tag with
# the registration address and the waiting list, and invites to register for
# a webinar of its own.

NETZWERK_TEXT = """Landesnetzwerk Migrantenorganisationen NRW – Rundbrief 2/2027

Liebe Mitglieder, liebe Interessierte,

hier die Termine und Hinweise für die nächsten Wochen:

» Webinar „Gemeinnützigkeit sicher behalten“, Dienstag, 16. Februar, 18 Uhr
Die Steuerberaterin Anja Roterberg erklärt, was Vereine bei Spenden, Festen und Rücklagen beachten müssen. Jetzt anmelden: https://mso-netzwerk-nrw.example/webinar-gemeinnuetzigkeit

» Tag der Migrantenselbstorganisationen in Münster, Samstag, 13. März
Die Stadt Münster lädt ins Stadtweinhaus ein, mit drei Arbeitsgruppen zu Bildung, zum Zukunftsprozess der Stadt und zu Förderung und Vereinsmanagement. Anmeldung bis 6. März per E-Mail an mso-tag@muenster.example. Wenn eine Arbeitsgruppe voll ist, führt die Stadt eine Warteliste.

» Ausschreibung „Vielfalt vor Ort“
Anträge für Kleinprojekte bis 1.500 Euro können noch bis 31. März gestellt werden: https://mso-netzwerk-nrw.example/vielfalt-vor-ort

Herzliche Grüße aus Düsseldorf
Ihr Team vom Landesnetzwerk

Sie erhalten diesen Rundbrief, weil Ihre Adresse in unserem Verteiler steht.
Abbestellen: https://mso-netzwerk-nrw.example/rundbrief/abbestellen?u=4f1c9a
Landesnetzwerk Migrantenorganisationen NRW e.V. · Graf-Adolf-Straße 12 · 40212 Düsseldorf"""


def _netzwerk_html():
    paras = []
    for block in NETZWERK_TEXT.split("\n\n"):
        lines = [esc(x) for x in block.split("\n")]
        paras.append("<p style=\"margin:0 0 14px;\">" + "<br>".join(lines) + "</p>")
    body = "\n".join(paras)
    body = re.sub(r"(https://[\w./?=-]+)", r'<a href="\1">\1</a>', body)
    return ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
            "<title>Rundbrief 2/2027</title></head>\n"
            "<body style=\"margin:0;padding:24px;background:#eef2f5;font-family:Helvetica,Arial,sans-serif;"
            "font-size:15px;color:#1d2a33;\">\n<div style=\"max-width:620px;margin:auto;background:#fff;"
            "padding:24px;border-top:6px solid #c8102e;\">\n" + body + "\n</div>\n</body></html>\n")


@mail("landesnetzwerk-rundbrief", "2027-01-28 09:00:00",
      E("other"), "de", tags=("newsletter",))
def _(m):
    m.head(("From", "Landesnetzwerk MSO NRW <rundbrief@mso-netzwerk-nrw.example>"),
           ("To", MSO),
           ("Subject", "Rundbrief 2/2027: Webinar Gemeinnützigkeit, MSO-Tag Münster, Ausschreibung"),
           ("Date", m.date),
           ("Message-ID", "<rb-2027-02.4f1c9a.20270128090000@mso-netzwerk-nrw.example>"),
           ("List-Id", "Rundbrief Landesnetzwerk <rundbrief.mso-netzwerk-nrw.example>"),
           ("List-Unsubscribe", "<https://mso-netzwerk-nrw.example/rundbrief/abbestellen?u=4f1c9a>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Rundbrief-Versand 5.1"),
           ("MIME-Version", "1.0"))
    m.alternative(NETZWERK_TEXT, _netzwerk_html(), charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Italian, UTF-8 quoted-printable.  "mi iscrivo ... con riserva": a
# registration with a reservation (her mother's operation).  Group 3, alone.

@mail("russo-italian-iscrizione-con-riserva", "2027-02-01 20:41:33",
      E("registration", "giuseppina.russo@mail.example", "Giuseppina Russo",
        "Circolo Culturale Italiano di Münster", ["AG3"], 1, "it"), "it",
      tags=("provisional sign-up",))
def _(m):
    m.head(("From", "Giuseppina Russo <giuseppina.russo@mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione (con riserva) - Giornata delle MSO 13 marzo"),
           ("Date", m.date),
           ("Message-ID", "<1d7a3c90.6e2f.18f5c2a9b41.Webtop.87@mail.example>"),
           ("X-Mailer", "Webmail Libero"),
           ("MIME-Version", "1.0"))
    m.single("""Gentili signore e signori,

con la presente mi iscrivo alla Giornata delle organizzazioni dei migranti del 13 marzo, per ora però con riserva: mia madre deve subire un piccolo intervento a fine febbraio e non so ancora se potrò lasciarla sola quel sabato. In ogni caso vi avviserò il prima possibile.

Vorrei partecipare al gruppo di lavoro 3 (Förderungsmöglichkeiten und Vereinsmanagement). Verrei da sola.

Cordiali saluti
Giuseppina Russo
Circolo Culturale Italiano di Münster
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# A question, not a registration: "Kann ich mich trotzdem schon vorläufig
# anmelden, oder ist es Ihnen lieber, wenn ich mich erst melde ...?"  He names
# the AG he is interested in, but leaves the decision to the office.
# ISO-8859-15 quoted-printable.

@mail("rueschenschmidt-vorlaeufig-anmelden-frage", "2027-02-03 10:26:18",
      E("question", "t.rueschenschmidt@skf-muenster.example", "Tobias Rüschenschmidt",
        "Sozialdienst katholischer Frauen (SkF) Münster e.V.", [], None, "de"), "de",
      tags=("question about a provisional sign-up",))
def _(m):
    m.head(("From", named("Rüschenschmidt, Tobias", "t.rueschenschmidt@skf-muenster.example",
                          "iso-8859-15", "q")),
           ("To", MSO),
           ("Subject", ew("Vorläufige Anmeldung möglich?", "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", "<67A0F2B4020000C40004E8D1@gw.skf-muenster.example>"),
           ("X-Mailer", "GroupWise Internet Agent 18.4.2"),
           ("MIME-Version", "1.0"),
           display={"From": "Rüschenschmidt, Tobias"})
    m.single("""Sehr geehrtes Team,

ich arbeite in der Migrationsberatung des SkF Münster und würde gern am
MSO-Tag teilnehmen - am meisten interessiert mich die AG 3.

Leider wird unser Dienstplan für März erst Mitte Februar festgelegt. Kann
ich mich trotzdem schon vorläufig anmelden, oder ist es Ihnen lieber, wenn
ich mich erst melde, sobald ich sicher weiß, dass ich frei habe? Ich möchte
niemandem einen Platz wegnehmen.

Mit freundlichen Grüßen
Tobias Rüschenschmidt
Sozialdienst katholischer Frauen (SkF) Münster e.V.
Migrationsberatung
""", charset="iso-8859-15", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Russian, UTF-8 base64.  "Прошу записать меня ... в рабочую группу 2. Если
# ... мест уже нет, поставьте меня, пожалуйста, в лист ожидания" (waiting list,
# not another group).  "Я буду одна" = I come alone.  Cyrillic display name,
# Latin signature.

@mail("schmidt-russian-list-ozhidaniya", "2027-02-04 16:09:57",
      E("registration", "g.schmidt@mail.example", "Galina Schmidt",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG2"], 1, "ru"), "ru",
      tags=("falls voll, Warteliste",))
def _(m):
    m.head(("From", named("Галина Шмидт", "g.schmidt@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация, рабочая группа 2", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770217797.402917355@f743.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"),
           display={"From": "Галина Шмидт"})
    m.single("""Добрый день!

Прошу записать меня на День организаций мигрантов 13 марта в рабочую группу 2 («Zukunftsprozess»). Если в этой группе мест уже нет, поставьте меня, пожалуйста, в лист ожидания – в другие группы я не хочу.

Я буду одна.

Заранее спасибо!
Galina Schmidt
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Out-of-office in German and Turkish with no Auto-Submitted, X-Autoreply or
# Precedence header, answering a confirmation sent to an association's info
# address.  It mentions "Anmeldungen" for the association's own offer.

@mail("tkv-hiltrup-bilingual-ooo-no-headers", "2027-02-05 08:31:14",
      E("auto_reply"), "de", tags=("no auto headers", "bilingual de/tr"))
def _(m):
    m.head(("From", "Türkischer Kulturverein Hiltrup <info@tkv-hiltrup.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesend / İzindeyim: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270205083114.1f4a7c@tkv-hiltrup.example>"),
           ("In-Reply-To", "<mailbot.20270205083110.0c7e@muenster.example>"),
           ("References", "<mailbot.20270205083110.0c7e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vom 3. bis 19. Februar bin ich im Urlaub und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nach meiner Rückkehr beantwortet.
Anmeldungen zur Hausaufgabenhilfe nimmt in dieser Zeit Herr Tuncay Ekinci
entgegen: hausaufgaben@tkv-hiltrup.example

Sayın ilgili,

3-19 Şubat tarihleri arasında izindeyim ve e-postalarıma erişimim yok.
Mesajınız dönüşümde cevaplanacaktır. Ödev yardımı kayıtları için bu süre
içinde Tuncay Ekinci Bey'e yazabilirsiniz: hausaufgaben@tkv-hiltrup.example

Nurcan Yıldız
Türkischer Kulturverein Hiltrup e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Amharic, Gmail alternative, UTF-8 base64.  A registration phrased as a
# question: "እኔንና ባለቤቴን ለመጀመሪያው የሥራ ቡድን ... ልትመዘግቡን ትችላላችሁ?" (can you
# register me and my husband for the first workgroup?); "ሁለት ሰዎች" = two.

ALEMU_TEXT = """ጤና ይስጥልኝ፣

ለማርች 13 ቀን 2027 የስደተኞች ማኅበራት ቀን (MSO-Tag) የላካችሁልንን ግብዣ ተቀብለናል፣ በጣም እናመሰግናለን።

እኔንና ባለቤቴን ለመጀመሪያው የሥራ ቡድን (AG 1 – ትምህርት) ልትመዘግቡን ትችላላችሁ? ሁለት ሰዎች እንሆናለን።

ከሰላምታ ጋር
Meseret Alemu
Äthiopischer Gemeinschaftsverein Münster e.V."""


@mail("alemu-amharic-litmezegbun-tchilalachu", "2027-02-08 21:17:40",
      E("registration", "meseret.alemu@mail.example", "Meseret Alemu",
        "Äthiopischer Gemeinschaftsverein Münster e.V.", ["AG1"], 2, "am"), "am",
      tags=("registration phrased as question",))
def _(m):
    m.head(("From", "Meseret Alemu <meseret.alemu@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ – MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5nWq3Tk8vR2mL0sY7bXc1hGd4uFe9oKa6iPr3tZq8wBnE2jM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALEMU_TEXT, gmail_html(ALEMU_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 020 ---------------------------------------------------------------------
# The chairwoman registers her education officer and says she herself cannot
# come.  He has no address of his own, so the confirmation is to go to her:
# email = the writer's, name = the attendee.  Outlook alternative, UTF-8 QP.

HAIDARI_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich unseren Bildungsreferenten, Herrn Hamid Sultani, für den Tag der Migrantenselbstorganisationen am 13. März an. Er möchte an der Arbeitsgruppe zu Förderungsmöglichkeiten und Vereinsmanagement teilnehmen, weil er bei uns ab April die Förderanträge übernimmt.

Ich selbst kann an diesem Samstag leider nicht dabei sein, da ich auf einer Hochzeit in Hamburg bin.

Herr Sultani hat noch keine eigene dienstliche E-Mail-Adresse. Bitte schicken Sie die Bestätigung und alle weiteren Informationen an mich, ich leite alles an ihn weiter.

Mit freundlichen Grüßen

Mariam Haidari
Vorsitzende
Afghanisch-Deutscher Bildungsverein Münster e.V.
Hammer Straße 140 · 48153 Münster"""


@mail("haidari-meldet-bildungsreferenten-an", "2027-02-10 11:03:26",
      E("registration", "m.haidari@adbv-muenster.example", "Hamid Sultani",
        "Afghanisch-Deutscher Bildungsverein Münster e.V.", ["AG3"], 1, "de"), "de",
      tags=("registers a colleague, writer does not come",))
def _(m):
    m.head(("From", '"Haidari, Mariam" <m.haidari@adbv-muenster.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung Herr Sultani – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Herr Sultani – MSO-Tag"),
           ("Thread-Index", "AdtbQ3+8u9kRrS1xT6W2qgV0m7pZcA=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB96416E0D2B7C4A19F3E5A0C81D2B4@AS8PR02MB9641.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(HAIDARI_TEXT, outlook_html(HAIDARI_TEXT, "utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# A cancellation phrased as a question, in learner German: "Könnten Sie mich
# bitte wieder von der Liste nehmen?"  Yahoo reply: the confirmation is quoted
# below an attribution line without any '>' marks.

@mail("becker-learner-von-der-liste-nehmen", "2027-02-11 13:48:09",
      E("cancellation", "ljudmila.becker@yahoo.example", "Ljudmila Becker",
        None, [], None, "de"), "de",
      tags=("learner German", "cancellation phrased as question"))
def _(m):
    m.head(("From", "Ljudmila Becker <ljudmila.becker@yahoo.example>"),
           ("To", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1406539281.2718305.1770814089552@mail.yahoo.example>"),
           ("In-Reply-To", "<mailbot.20270118101244.7d2a@muenster.example>"),
           ("References", "<mailbot.20270118101244.7d2a@muenster.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    text = f"""Guten Tag,

ich habe mich im Januar angemeldet für AG 2. Jetzt ich habe leider am 13. März meine Prüfung B2 bekommen, das Datum kann man nicht ändern.

Könnten Sie mich bitte wieder von der Liste nehmen? Dann kann eine andere Person kommen.

Vielen Dank und Entschuldigung
Ljudmila Becker


Am Montag, 18. Januar 2027 um 10:12:44 MEZ hat Tag der Migrantenselbstorganisationen <{MSO}> Folgendes geschrieben:


{confirmation("Frau Becker", "AG2", 1)}
"""
    m.alternative(text, div_html(text, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Turkish from an iPhone.  "Telefonda konuştuğumuz gibi, kaydımı bir de yazılı
# olarak gönderiyorum" (as discussed on the phone, I also send my registration
# in writing) with a small form block.

@mail("oeztuerk-turkish-telefonda-konustugumuz-gibi", "2027-02-12 15:36:52",
      E("registration", "hakan.ozturk@mail.example", "Hakan Öztürk",
        "Yunus Emre Kültür ve Eğitim Derneği Münster", ["AG1"], 1, "tr"), "tr",
      tags=("already registered by phone",))
def _(m):
    m.head(("From", "Hakan Öztürk <hakan.ozturk@mail.example>"),
           ("To", MSO),
           ("Subject", "Telefonda konuştuğumuz kayıt"),
           ("Date", m.date),
           ("Message-ID", "<7E1B9C24-4F3A-4D8E-A6B0-2C5D9F1E8A37@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Meza Correa-Flock Hanım,

bugün öğleden sonra telefonda konuştuğumuz gibi, kaydımı bir de yazılı olarak gönderiyorum:

Ad Soyad: Hakan Öztürk
Dernek: Yunus Emre Kültür ve Eğitim Derneği Münster
Çalışma grubu: AG 1 (eğitim sistemi)
Kişi sayısı: 1

Yardımınız için çok teşekkür ederim.
Hakan Öztürk

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Turkish question that sounds like a registration: "AG 2'ye hâlâ kayıt
# olunabiliyor mu?" - the names will follow after an internal talk.  Outlook
# alternative in windows-1254 quoted-printable.

KOC_TEXT = """Merhaba,

Münster Türk Öğrenci Birliği olarak MSO Günü'ne katılmayı düşünüyoruz. AG 2'ye (Münster'in geleceği) hâlâ kayıt olunabiliyor mu, yoksa kontenjan doldu mu?

Yer varsa, önce ekip içinde kimin gelebileceğini konuşup isimlerimizi size ayrıca göndereceğim.

Saygılarımla
Zehra Koç
Münster Türk Öğrenci Birliği"""


@mail("koc-turkish-hala-kayit-olunabiliyor-mu", "2027-02-15 10:12:38",
      E("question", "zehra.koc@mtob-muenster.example", "Zehra Koç",
        "Münster Türk Öğrenci Birliği", [], None, "tr"), "tr",
      tags=("question that sounds like a registration",))
def _(m):
    m.head(("From", named("Zehra Koç", "zehra.koc@mtob-muenster.example", "windows-1254", "q")),
           ("To", MSO),
           ("Subject", ew("AG 2 hakkında soru", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<000c01db7f9a$3e5d1b20$bb1751e0$@mtob-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"),
           display={"From": "Zehra Koç"})
    m.alternative(KOC_TEXT, outlook_html(KOC_TEXT, "windows-1254"), charset="windows-1254",
                  cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Arabic, cancel a part but keep coming: his wife cannot come, he comes "كما هو
# مخطط" in the same group -> change, 2 -> 1.  Gmail (Arabic interface) quoting
# the confirmation (AG 2, 2 persons).  UTF-8 base64.

KASSEM_TEXT = """مرحباً،

شكراً على التأكيد. أردت فقط أن أخبركم أن زوجتي لن تتمكن للأسف من الحضور يوم 13 آذار، لأن لديها مناوبة في المستشفى في ذلك اليوم.

أنا سأحضر كما هو مخطط، في نفس مجموعة العمل. أي أننا سنكون شخصاً واحداً بدلاً من شخصين.

مع التحية
Bashar Kassem"""

KASSEM_ATTR = f"في الخميس، 14 يناير 2027 في 7:22 م، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("kassem-arabic-wife-cannot-he-still-comes", "2027-02-16 19:40:05",
      E("change", "bashar.kassem@mail.example", "Bashar Kassem", None, [], 1, "ar"), "ar",
      tags=("cancel a part, keep coming",))
def _(m):
    m.head(("From", "Bashar Kassem <bashar.kassem@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD3mVr8Lq1xT5nW9kB2sYc6hJd0fGe4uRo7aIp1tXq5zNbE8wK@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270114192205.2b9f@muenster.example>"),
           ("References", "<mailbot.20270114192205.2b9f@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Kassem", "AG2", 2)
    plain = f"{KASSEM_TEXT}\n\n{KASSEM_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(KASSEM_TEXT, rtl=True, attr=KASSEM_ATTR, quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Learner German without umlauts.  Two persons for two different workgroups in
# one mail: he wants AG 3, his wife Saba AG 1.  workgroups = the writer's own
# choice; party_size counts both.  "3 Kinder" is no workgroup.

@mail("kidane-learner-ich-ag3-frau-ag1", "2027-02-17 20:22:31",
      E("registration", "habtom.kidane@mail.example", "Habtom Kidane",
        "Eritreische Gemeinde Münster e.V.", ["AG3"], 2, "de"), "de",
      tags=("learner German", "two persons, two workgroups"))
def _(m):
    m.head(("From", "Habtom Kidane <habtom.kidane@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung fur MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<a1f30c6e-8d27-4b59-9e04-3c7b2d1f6e80@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Mein Name ist Habtom Kidane, ich bin Mitglied von Eritreische Gemeinde Münster e.V. Ich mochte mich anmelden fur den MSO Tag am 13.3.2027.

Ich mochte in AG 3 (Forderung fur Vereine) weil ich bin neu Kassierer in unsere Verein. Meine Frau Saba kommt auch mit, aber sie mochte lieber AG 1 weil wir haben 3 Kinder in der Schule.

Also wir sind zwei Person.

Vielen Dank
Habtom Kidane
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Kurmanji question: she registered by phone, got no confirmation and asks
# whether her registration arrived ("Gelo qeyda min gihîştiye we?").  No
# workgroup or number is given.  UTF-8 8bit.

@mail("kaya-kurmanji-bi-telefone-qeyd-gelo", "2027-02-18 09:55:47",
      E("question", "shirin.kaya@mail.example", "Şêrîn Kaya", None, [], None, "ku"), "ku",
      tags=("already registered by phone",))
def _(m):
    m.head(("From", "=?utf-8?q?=C5=9E=C3=AAr=C3=AEn_Kaya?= <shirin.kaya@mail.example>"),
           ("To", MSO),
           ("Subject", "Pirsa li ser qeyda min"),
           ("Date", m.date),
           ("Message-ID", "<20270218095547.41c2e8@mail.example>"),
           ("MIME-Version", "1.0"),
           display={"From": "Şêrîn Kaya"})
    m.single("""Rojbaş,

Hefteya borî ez bi telefonê bi hevkara we re axivîm û min xwe ji bo Roja MSO
qeyd kir. Lê heta niha min tu e-name an piştrastkirin wernegirtiye.

Gelo qeyda min gihîştiye we? Ez dixwazim piştrast bim ku navê min li ser
lîsteyê ye.

Spas,
Şêrîn Kaya
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Italian cancellation plus a question about the documentation; "il tema del
# gruppo 2 mi interessa comunque" is no choice.  Thunderbird (Italian) quoting
# the confirmation, format=flowed, quoted-printable.

@mail("bellandi-italian-annullare-e-domanda", "2027-02-19 12:30:16",
      E("cancellation", "marco.bellandi@mail.example", "Marco Bellandi", None, [], None, "it"), "it",
      tags=("cancellation plus question",))
def _(m):
    m.head(("From", "Marco Bellandi <marco.bellandi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9c4e2a17-0b6d-4f35-8a91-e7d3c5b0f246@mail.example>"),
           ("In-Reply-To", "<mailbot.20270120093107.c3d1@muenster.example>"),
           ("References", "<mailbot.20270120093107.c3d1@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single(flowed(f"""Buongiorno,

purtroppo devo annullare la mia iscrizione al MSO-Tag del 13 marzo: proprio quel fine settimana mi hanno fissato un turno di lavoro che non riesco a spostare. Mi dispiace molto.

Approfitto per chiedere: ci sarà una documentazione dei gruppi di lavoro, magari da scaricare dopo l'evento? Il tema del gruppo 2 mi interessa comunque molto.

Grazie e buon lavoro
Marco Bellandi

Il 20/01/2027 09:31, Tag der Migrantenselbstorganisationen ha scritto:
{gt_quote(confirmation("Herr Bellandi", "AG2", 1))}
"""), charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 028 ---------------------------------------------------------------------
# Register one person and cancel another, as a substitution: she cannot come
# and asks to register her husband "instead of me" for workgroup 2, with his
# own address.  Labelled as his registration (see README).  Gmail, English,
# quoting her confirmation.

NAKATO_TEXT = """Hello,

I'm afraid I can no longer come on 13 March - I have to be in Kampala that week for my sister's wedding.

But our treasurer, my husband David Ssempala, would like to take my place in workgroup 2 (Münster's future process). Could you please register him instead of me? He will come alone. Please send his confirmation directly to him: d.ssempala@mail.example

Thank you so much, and sorry for the extra work!

Grace Nakato
Chairperson, Ugandan Community Association Münster"""

NAKATO_ATTR = f"On Mon, 18 Jan 2027 at 11:02, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"


@mail("nakato-english-husband-instead-of-me", "2027-02-22 07:14:59",
      E("registration", "d.ssempala@mail.example", "David Ssempala",
        "Ugandan Community Association Münster", ["AG2"], 1, "en"), "en",
      tags=("register one, cancel another", "substitution"))
def _(m):
    m.head(("From", "Grace Nakato <grace.nakato@mail.example>"),
           ("To", TO_MSO),
           ("Cc", "David Ssempala <d.ssempala@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK8pRw2Nz5vX1qT7mB4sLc9hYd3fJe6uGo0aKi2tWq8rEnB5xP@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118110212.e84b@muenster.example>"),
           ("References", "<mailbot.20270118110212.e84b@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Nakato", "AG2", 1)
    plain = f"{NAKATO_TEXT}\n\n{NAKATO_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(NAKATO_TEXT, attr=NAKATO_ATTR, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# A change in cancellation words: "bitte stornieren Sie meine Anmeldung für
# die AG 2 und melden Sie mich stattdessen für die AG 1 an".  Plain-text
# Outlook, windows-1252 QP, "-----Ursprüngliche Nachricht-----" quote.

@mail("huelsmann-sidibe-stornieren-und-ag1", "2027-02-23 14:27:03",
      E("change", "a.huelsmann-sidibe@dmf-muenster.example", "Andrea Hülsmann-Sidibé",
        "Deutsch-Malischer Freundeskreis Münster e.V.", ["AG1"], None, "de"), "de",
      tags=("change in cancellation words",))
def _(m):
    m.head(("From", named("Andrea Hülsmann-Sidibé", "a.huelsmann-sidibe@dmf-muenster.example",
                          "windows-1252", "q")),
           ("To", f"'Tag der Migrantenselbstorganisationen' <{MSO}>"),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001201db85f3$5a2c7e90$0e857bb0$@dmf-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270202160531.8a6e@muenster.example>"),
           ("References", "<mailbot.20270202160531.8a6e@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"),
           display={"From": "Andrea Hülsmann-Sidibé"})
    m.single(f"""Hallo,

bitte stornieren Sie meine Anmeldung für die AG 2 und melden Sie mich stattdessen für die AG 1 an. Unsere Schulsozialarbeiterin, die eigentlich in die Bildungs-AG gehen wollte, fällt leider aus, und das Thema möchten wir als Verein auf keinen Fall verpassen.

Danke!
Andrea Hülsmann-Sidibé
Deutsch-Malischer Freundeskreis Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}> 
Gesendet: Dienstag, 2. Februar 2027 16:05
An: a.huelsmann-sidibe@dmf-muenster.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Hülsmann-Sidibé", "AG2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# A conditional registration that names people, group and number: "würden
# gern zu dritt in die AG 3 kommen, wenn da noch Plätze frei sind".  The
# association is named inflected in the text ("vom Vietnamesischen
# Kulturverein") and in its base form in the signature.  iPad, plain UTF-8.

@mail("nguyen-brand-zu-dritt-wenn-noch-plaetze-frei", "2027-02-24 18:49:21",
      E("registration", "thuy.nguyen-brand@mail.example", "Thuy Nguyen-Brand",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG3"], 3, "de"), "de",
      tags=("register and ask if a place is free",))
def _(m):
    m.head(("From", "Thuy Nguyen-Brand <thuy.nguyen-brand@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag, AG 3 – noch Plätze frei?"),
           ("Date", m.date),
           ("Message-ID", "<F2B0D6A9-7C31-4E58-9A4D-1E6C8B3F0D52@mail.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team vom MSO-Tag,

wir – das sind Hoa Tran, Minh Le und ich vom Vietnamesischen Kulturverein Münster – würden gern zu dritt in die AG 3 kommen, wenn da noch Plätze frei sind. Gerade das Thema Vereinsmanagement brennt uns unter den Nägeln, seit wir im Herbst einen neuen Vorstand gewählt haben.

Ich bin die Ansprechpartnerin, Antworten also bitte an mich.

Herzliche Grüße
Thuy Nguyen-Brand
Vietnamesischer Kulturverein Münster e.V.

Von meinem iPad gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Arabic question that sounds like a registration: "هل ما زال التسجيل ممكناً في
# مجموعة العمل الثانية؟" - the names follow after Friday's meeting ("سأرسل لكم
# أسماء المشاركين").  Plain text, windows-1256 quoted-printable.

@mail("osman-arabic-hal-ma-zal-attasjil-mumkinan", "2027-02-25 22:05:36",
      E("question", "a.osman@mail.example", "عبد الرحمن عثمان",
        "بيت الجالية السودانية", [], None, "ar"), "ar",
      tags=("question that sounds like a registration",))
def _(m):
    m.head(("From", named("عبد الرحمن عثمان", "a.osman@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("استفسار عن التسجيل في يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270225220536.7710.qmail@mail.example>"),
           ("MIME-Version", "1.0"),
           display={"From": "عبد الرحمن عثمان"})
    m.single("""السلام عليكم،

نحن مجموعة من الآباء والأمهات في جمعية "بيت الجالية السودانية" في مونستر، ونرغب في المشاركة في يوم منظمات المهاجرين.

هل ما زال التسجيل ممكناً في مجموعة العمل الثانية؟ وهل يجب أن يكون المشاركون أعضاء في جمعية مسجلة رسمياً؟

إذا كان التسجيل ما زال ممكناً، سأرسل لكم أسماء المشاركين بعد اجتماعنا يوم الجمعة.

وشكراً جزيلاً
عبد الرحمن عثمان
""", charset="windows-1256", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Russian change: one colleague drops out, two volunteers come instead
# ("нас будет не двое, а трое") -> party 3; "Рабочая группа остаётся та же"
# -> no new choice.  Outlook (Russian labels От/Отправлено/Кому/Тема)
# alternative, UTF-8 base64, quoting the confirmation (AG 1, 2 persons).

VOLKOVA_TEXT = """Здравствуйте!

Небольшое изменение в нашей регистрации: моя коллега Марина Зайцева, к сожалению, не сможет прийти 13 марта. Зато вместо неё придут двое наших волонтёров – Алексей Коваль и Дарья Лисицына. Так что нас будет не двое, а трое.

Рабочая группа остаётся та же.

С уважением,
Ирина Волкова
Общество «Мост культур» e.V."""

RU_LABELS = ("От", "Отправлено", "Кому", "Тема")


@mail("volkova-russian-swap-and-one-more", "2027-02-26 09:41:12",
      E("change", "irina.volkova@most-kultur.example", "Ирина Волкова", None, [], 3, "ru"), "ru",
      tags=("register one, cancel another", "substitution"))
def _(m):
    m.head(("From", named("Irina Volkova", "irina.volkova@most-kultur.example")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbesx2Y0o1pQ3mW0u2c5N8Jv7kLgAA"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB58724B0E9D1C3F6A27E5B8D40C3A1@VI1PR03MB5872.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270209131802.47fd@muenster.example>"),
           ("References", "<mailbot.20270209131802.47fd@muenster.example>"),
           ("Content-Language", "ru-RU"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "9 февраля 2027 г. 13:18",
             "Irina Volkova <irina.volkova@most-kultur.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Volkova", "AG1", 2))
    m.alternative(outlook_plain(VOLKOVA_TEXT, quote, RU_LABELS),
                  outlook_html(VOLKOVA_TEXT, "utf-8", quote, RU_LABELS),
                  charset="utf-8", cte="base64", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Kurmanji cancellation of a group of three ("qeyda me (3 kes) betal bikin"),
# replying from Gmail with a German interface to the confirmation (AG 3).

DOGAN_TEXT = """Silav,

Mixabin em nikarin roja 13ê Adarê werin, ji ber ku di heman rojê de kongreya federasyona me heye. Ji kerema xwe qeyda me (3 kes) betal bikin.

Em hêvî dikin ku sala bê beşdar bibin.

Bi rêz,
Azad Doğan
Civaka Kurdistanî ya Münsterê"""

DOGAN_ATTR = ("Am Mi., 27. Jan. 2027 um 20:44 Uhr schrieb Tag der "
              f"Migrantenselbstorganisationen <{MSO}>:")


@mail("dogan-kurmanji-betal-bikin", "2027-03-01 17:28:44",
      E("cancellation", "azad.dogan@mail.example", "Azad Doğan", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Azad Doğan <azad.dogan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN1tXw7Pm3qZ9vK5bR0sLc2hWd8fYe4uJo6aEi1tGq3rMnB9xT@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127204410.91ac@muenster.example>"),
           ("References", "<mailbot.20270127204410.91ac@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Doğan", "AG3", 3)
    plain = f"{DOGAN_TEXT}\n\n{DOGAN_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(DOGAN_TEXT, attr=DOGAN_ATTR, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Sounds like a cancellation but is a question: "ich fürchte, ich muss ...
# absagen ... Ganz sicher ist es aber noch nicht.  Reicht es, wenn ich Ihnen
# bis Donnerstag ... endgültig Bescheid gebe?"  Thunderbird reply.

@mail("braun-wahrscheinlich-absage-reicht-donnerstag", "2027-03-02 08:16:30",
      E("question", "sevgi.braun@mail.example", "Sevgi Braun", None, [], None, "de"), "de",
      tags=("question that sounds like a cancellation",))
def _(m):
    m.head(("From", "Sevgi Braun <sevgi.braun@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e3a90d51-6c2f-4b87-b1d4-5f08c7a2e913@mail.example>"),
           ("In-Reply-To", "<mailbot.20270121091402.3c58@muenster.example>"),
           ("References", "<mailbot.20270121091402.3c58@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

ich fürchte, ich muss meine Teilnahme am 13. März absagen – mein Vater wird
in der Woche davor operiert, und ich weiß noch nicht, wie es ihm danach
geht. Ganz sicher ist es aber noch nicht.

Reicht es, wenn ich Ihnen bis Donnerstag, 11. März, endgültig Bescheid gebe?
Oder brauchen Sie die Absage früher, wegen der Warteliste?

Viele Grüße
Sevgi Braun

Am 21.01.27 um 09:14 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Braun", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Learner German, cancel a part but keep coming: out of the workgroup (she
# must work from 13 Uhr), but still there in the morning -> change, no new
# workgroup.  iPhone reply quoting the confirmation (AG 1).

@mail("yousef-learner-nur-aus-der-ag-raus", "2027-03-03 06:58:17",
      E("change", "amal.yousef@mail.example", "Amal Yousef", None, [], None, "de"), "de",
      tags=("learner German", "cancel a part, keep coming"))
def _(m):
    m.head(("From", "Amal Yousef <amal.yousef@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0B4E7D91-3A6C-4F25-8E1B-C9D2F5A0B736@mail.example>"),
           ("In-Reply-To", "<mailbot.20270204091205.6e13@muenster.example>"),
           ("References", "<mailbot.20270204091205.6e13@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich habe angemeldet für AG 1. Aber jetzt ich habe neue Arbeit und am Samstag muss ich um 13 Uhr arbeiten. Deshalb kann ich nicht in die Arbeitsgruppe kommen.

Am Vormittag komme ich aber gerne, für die Begrüßung und den Vortrag. Bitte nehmen Sie mich nur aus der AG raus, damit der Platz frei ist.

Danke
Amal Yousef

Von meinem iPhone gesendet

> Am 04.02.2027 um 09:12 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Frau Yousef", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Tigrinya, Gmail alternative, UTF-8 base64.  Registration phrased as a
# question: "ኣብ ጉጅለ ስራሕ 2 ... ክትምዝግቡኒ ትኽእሉ ዶ?" (can you register me in
# workgroup 2?); "በይነይ እየ ዝመጽእ" = I come alone.

TESFAMARIAM_TEXT = """ሰላም ንዓኹም፡

ብዛዕባ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ንዝለኣኽኩምልና ዕድመ የቐንየልና።

ኣብ ጉጅለ ስራሕ 2 (Zukunftsprozess) ክትምዝግቡኒ ትኽእሉ ዶ? በይነይ እየ ዝመጽእ።

ምስ ሰላምታ
Senait Tesfamariam
Eritreischer Kulturverein Münster e.V."""


@mail("tesfamariam-tigrinya-ktmzgbuni-tkhelu-do", "2027-03-03 14:21:09",
      E("registration", "senait.tesfamariam@mail.example", "Senait Tesfamariam",
        "Eritreischer Kulturverein Münster e.V.", ["AG2"], 1, "ti"), "ti",
      tags=("registration phrased as question",))
def _(m):
    m.head(("From", "Senait Tesfamariam <senait.tesfamariam@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAP6wQr1Xm9vL3tN7kB5sZc0hYd2fRe8uTo4aGi6tKq1zWnE3vJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAMARIAM_TEXT, gmail_html(TESFAMARIAM_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Amharic cancellation for both of them ("የሁለታችንንም ምዝገባ ሰርዙልን"), plain
# text UTF-8 base64, Gmail's English attribution over the quoted confirmation.

@mail("bekele-amharic-mzgeba-serzulin", "2027-03-04 19:33:25",
      E("cancellation", "tigist.bekele@mail.example", "ትዕግሥት በቀለ", None, [], None, "am"), "am")
def _(m):
    m.head(("From", "Tigist Bekele <tigist.bekele@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9vTq4Wm2xR8nK1bL6sYc3hZd5fPe7uGo0aJi9tXq2rBnM4wS@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270212175503.b2e7@muenster.example>"),
           ("References", "<mailbot.20270212175503.b2e7@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""ሰላም፣

ይቅርታ፣ ባልጠበቅነው የቤተሰብ ጉዳይ ምክንያት ማርች 13 ላይ መገኘት አንችልም። እባካችሁ የሁለታችንንም ምዝገባ ሰርዙልን።

ስለ ግብዣው በጣም እናመሰግናለን።
ትዕግሥት በቀለ

On Fri, 12 Feb 2027 at 17:55, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{gt_quote(confirmation("Frau Bekele", "AG2", 2))}
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# French: already registered by phone this morning, confirmed in writing ("je
# vous confirme par écrit notre inscription"): two names, workshop n° 1.
# Outlook alternative, UTF-8 quoted-printable.

MBARGA_TEXT = """Bonjour Madame Meza Correa-Flock,

Comme convenu lors de notre échange téléphonique de ce matin, je vous confirme par écrit notre inscription à la Journée des organisations de migrants du 13 mars :

– Jean-Baptiste Mbarga
– Chantal Ngo Bassong

Association Camerounaise de Münster, atelier n° 1 (système éducatif).

Nous savons que la date limite est demain ; merci encore pour votre souplesse.

Bien cordialement,
Jean-Baptiste Mbarga
Secrétaire général
Association Camerounaise de Münster"""


@mail("mbarga-french-confirme-par-ecrit", "2027-03-05 11:10:37",
      E("registration", "jb.mbarga@acm-muenster.example", "Jean-Baptiste Mbarga",
        "Association Camerounaise de Münster", ["AG1"], 2, "fr"), "fr",
      tags=("already registered by phone",))
def _(m):
    m.head(("From", "Jean-Baptiste Mbarga <jb.mbarga@acm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Confirmation écrite de notre inscription (suite à notre appel)"),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0716E5B9C2A4D83F1@PR3P195MB0716.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    m.alternative(MBARGA_TEXT, outlook_html(MBARGA_TEXT, "utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Exchange non-delivery report in German for the 7-day reminder, CRLF line
# ends, multipart/report with an alternative notice; the returned reminder
# names AG 2 and 2 persons.

RAHMANI = "p.rahmani@kulturhaus-ms.example"
NDR_TEXT = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{RAHMANI}

Das Postfach des Empfängers ist nicht mehr vorhanden. Möglicherweise wurde das Konto gelöscht oder deaktiviert.

Was sollten Sie tun?
Überprüfen Sie die Adresse des Empfängers. Wenn sie stimmt, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, sich an seinen E-Mail-Administrator zu wenden.

Diagnoseinformationen für Administratoren:
Generierender Server: AM6PR04MB5621.eurprd04.prod.outlook.example
{RAHMANI}
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" zurückgegeben."""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;">
<p style="font-size:21px;color:#c00000;">Ihre Nachricht hat folgende Empfänger nicht erreicht:</p>
<p><a href="mailto:{RAHMANI}">{RAHMANI}</a></p>
<p>Das Postfach des Empfängers ist nicht mehr vorhanden. Möglicherweise wurde das Konto gelöscht oder deaktiviert.</p>
<p><b>Was sollten Sie tun?</b><br>
Überprüfen Sie die Adresse des Empfängers. Wenn sie stimmt, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, sich an seinen E-Mail-Administrator zu wenden.</p>
<p style="font-size:12px;color:#666;">Diagnoseinformationen für Administratoren:<br>
Generierender Server: AM6PR04MB5621.eurprd04.prod.outlook.example<br>
{RAHMANI}<br>
Remoteserver hat &quot;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&quot; zurückgegeben.</p>
</div>
</body>
</html>
"""


@mail("exchange-ndr-reminder-recipient-not-found", "2027-03-06 09:00:52",
      E("bounce", bounced=RAHMANI), "de", tz=0, tags=("multipart/report", "CRLF"))
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@kulturhaus-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a71c0e2-94d3-4b6f-8e1a-0c2d7f3b9e64@AM6PR04MB5621.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270306100047.f0a3@muenster.example>"),
           ("References", "<mailbot.20270306100047.f0a3@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM6PR04MB5621.eurprd04.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Sat, 6 Mar 2027 09:00:49 +0000")],
        [("Original-Recipient", f"rfc822;{RAHMANI}"),
         ("Final-Recipient", f"rfc822;{RAHMANI}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             " not found by SMTP address lookup")])
    original = sent_message(
        f"Parisa Rahmani <{RAHMANI}>", REMINDER_SUBJECT,
        reminder("Frau Rahmani", "AG2", 2, 7),
        "Sat, 06 Mar 2027 10:00:47 +0100", "<mailbot.20270306100047.f0a3@muenster.example>",
        auto="auto-generated")
    m.multi("report", [notice, dsn, rfc822_part(original, "Ihre Nachricht")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# After the deadline, with a fallback and a waiting list: "melden Sie mich
# bitte für die AG 2 an. Sollte die voll sein, nehme ich auch gern die AG 1;
# und wenn beides nicht mehr geht, setzen Sie mich bitte auf die Warteliste."
# The subject reads like a question.  Thunderbird, ISO-8859-1 QP, CRLF.

@mail("lamprou-nach-frist-ag2-sonst-ag1-sonst-warteliste", "2027-03-07 18:03:09",
      E("registration", "k.lamprou@mail.example", "Konstantinos Lamprou",
        "Griechisch-Orthodoxe Gemeinde Münster", ["AG2", "AG1"], 1, "de"), "de",
      tags=("falls voll, Warteliste", "after the deadline", "CRLF"))
def _(m):
    m.head(("From", "Konstantinos Lamprou <k.lamprou@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Nachzügler - Anmeldung noch möglich?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<8f2d6b40-1e7c-4a93-b5f0-d3c9e1a7b268@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single("""Sehr geehrte Damen und Herren,

ich weiß, die Anmeldefrist ist gestern abgelaufen - ich habe die Einladung
leider erst heute in unserem Gemeindepostfach gefunden. Falls es noch
irgendwie geht, melden Sie mich bitte für die AG 2 an. Sollte die voll sein,
nehme ich auch gern die AG 1; und wenn beides nicht mehr geht, setzen Sie
mich bitte auf die Warteliste.

Ich käme allein.

Mit bestem Dank und freundlichen Grüßen
Konstantinos Lamprou
Jugendarbeit
Griechisch-Orthodoxe Gemeinde Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# English cancellation for both persons, answering the 7-day reminder from
# Johannesburg (+0200).  Apple Mail alternative with a blockquote.

DLAMINI_TEXT = """Dear MSO-Tag team,

Thank you for the reminder. Sadly, both my colleague Thandiwe and I have to withdraw - our flight back from Johannesburg has been moved to the 14th. Please cancel our registration (2 people), so that someone from the waiting list can have the places.

We hope to join you next year.

Warm regards,
Nomvula Dlamini"""

DLAMINI_ATTR = f"On 6 Mar 2027, at 11:00, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"


@mail("dlamini-english-both-of-us-withdraw", "2027-03-09 08:20:40",
      E("cancellation", "nomvula.dlamini@mail.example", "Nomvula Dlamini", None, [], None, "en"), "en",
      tz=2)
def _(m):
    m.head(("From", "Nomvula Dlamini <nomvula.dlamini@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C7A1F3E8-5B29-4D06-9E4C-2A8B0D6F1E53@mail.example>"),
           ("In-Reply-To", "<mailbot.20270306100031.5b8e@muenster.example>"),
           ("References", "<mailbot.20270306100031.5b8e@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    quoted = reminder("Frau Dlamini", "AG1", 2, 7)
    plain = f"{DLAMINI_TEXT}\n\n> {DLAMINI_ATTR}\n>\n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(DLAMINI_TEXT, DLAMINI_ATTR, quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 042 ---------------------------------------------------------------------
# Sounds like a cancellation, is a change: "ich muss leider kurzfristig
# absagen ... Mein Kollege ... kommt aber wie angemeldet ... Bitte also nur
# mich streichen" -> 2 -> 1.  Outlook for iOS answering the 1-day reminder.

TIEMANN_TEXT = """Liebes Team,

ich muss leider kurzfristig absagen, meine Tochter hat seit gestern hohes Fieber. Mein Kollege Ibrahim Touré kommt aber wie angemeldet und vertritt unseren Verein. Bitte also nur mich streichen.

Viele Grüße
Sabine Tiemann
Deutsch-Ivorischer Verein Münster e.V."""


@mail("tiemann-ich-sage-ab-kollege-kommt", "2027-03-12 12:47:55",
      E("change", "s.tiemann@div-muenster.example", "Sabine Tiemann", None, [], 1, "de"), "de",
      tags=("cancel a part, keep coming", "sounds like a cancellation"))
def _(m):
    m.head(("From", "Sabine Tiemann <s.tiemann@div-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1734A9D0E4C7B25F3@FR2P281MB1734.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270312100012.d6c4@muenster.example>"),
           ("References", "<mailbot.20270312100012.d6c4@muenster.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    quoted = reminder("Frau Tiemann", "AG3", 2, 1)
    sep = "________________________________"
    plain = (f"{TIEMANN_TEXT}\n\nOutlook für iOS beziehen\n{sep}\n"
             f"Von: Tag der Migrantenselbstorganisationen <{MSO}>\n"
             f"Gesendet: Friday, March 12, 2027 10:00:12 AM\n"
             f"An: s.tiemann@div-muenster.example\n"
             f"Betreff: {REMINDER_SUBJECT}\n\n{quoted}\n")
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                 "</head>\n<body>\n<div dir=\"ltr\">"
                 + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in TIEMANN_TEXT.split("\n"))
                 + "</div>\n<div dir=\"ltr\"><br></div>\n<div class=\"ms-outlook-mobile-signature\">"
                 "Outlook für iOS beziehen</div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
                 f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>Von:</b> Tag der Migrantenselbstorganisationen "
                 f"&lt;{MSO}&gt;<br>\n<b>Gesendet:</b> Friday, March 12, 2027 10:00:12 AM<br>\n"
                 f"<b>An:</b> s.tiemann@div-muenster.example<br>\n<b>Betreff:</b> {esc(REMINDER_SUBJECT)}</div>\n"
                 "<div>" + "<br>\n".join(esc(x) for x in quoted.split("\n")) + "</div>\n</body>\n</html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Thank-you after the event (other).  "war ... für die AG 1 angemeldet und bin
# dann spontan in die AG 2 gewechselt" describes the past day, not a change.
# HTML only from a webmailer, UTF-8 quoted-printable.

PAPADAKI_TEXT = """Liebe Frau Meza Correa-Flock,
liebes Orga-Team,

ein ganz herzliches Dankeschön für den Samstag! Ich war ja eigentlich für die AG 1 angemeldet und bin dann spontan in die AG 2 gewechselt – und habe es nicht bereut. Die Diskussion über den Zukunftsprozess war offen und konkret, und ich habe drei neue Kontakte zu anderen Vereinen mitgenommen.

Auch das Essen war prima!

Bis zum nächsten Jahr
Ioanna Papadaki
Griechischer Elternverein Münster e.V."""


@mail("papadaki-danke-nach-dem-tag", "2027-03-15 09:12:06",
      E("other"), "de", tags=("thanks after the event",))
def _(m):
    m.head(("From", "Ioanna Papadaki <ioanna.papadaki@mail.example>"),
           ("To", MSO),
           ("Subject", "Danke für Samstag!"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0e5a9c27-4b13-4f86-a2d9-6c8e1f7b3a50-1773562326094@3c-app-gmx-bap51>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(PAPADAKI_TEXT, "font-family: Verdana;font-size: 12.0px;"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Thank-you after the event with two questions (slides, next meeting of the
# AG) -> question.  Plain UTF-8 quoted-printable.

@mail("schwietering-danke-und-folien-frage", "2027-03-16 14:40:51",
      E("question", "b.schwietering@fluechtlingshilfe-roxel.example", "Bernd Schwietering",
        "Förderverein Flüchtlingshilfe Roxel e.V.", [], None, "de"), "de",
      tags=("thanks after the event",))
def _(m):
    m.head(("From", "Bernd Schwietering <b.schwietering@fluechtlingshilfe-roxel.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag: Folien AG 3?"),
           ("Date", m.date),
           ("Message-ID", "<1f6c3e0a-b8d2-47a5-9c14-e0f7a3d5b962@fluechtlingshilfe-roxel.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für die gelungene Veranstaltung am Samstag. Die Präsentation zu
den Förderprogrammen in der AG 3 war für uns sehr hilfreich - leider kam ich
mit dem Mitschreiben nicht hinterher.

Könnten Sie mir die Folien zuschicken, oder werden sie irgendwo online
gestellt? Und gibt es schon einen Termin für das nächste Treffen der AG?

Mit freundlichen Grüßen
Bernd Schwietering
Förderverein Flüchtlingshilfe Roxel e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Turkish, after the event: an apology for not having come and not having
# cancelled ("gelemedim, önceden haber veremediğim için çok özür dilerim").
# Nothing is left to cancel -> other.  UTF-8 8bit.

@mail("aydemir-turkish-gelemedim-ozur-dilerim", "2027-03-18 20:10:27",
      E("other"), "tr", tags=("after the event",))
def _(m):
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("To", MSO),
           ("Subject", "Cumartesi için özür"),
           ("Date", m.date),
           ("Message-ID", "<20270318201027.5c19ab@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

cumartesi günü MSO Günü'ne gelemedim, önceden haber veremediğim için çok
özür dilerim. Cuma akşamı oğlum hastalandı ve bütün hafta sonu onunla
ilgilendim. Umarım yerim boşa gitmemiştir.

Gelecek yıl mutlaka katılmak istiyorum.

Selamlar
Serkan Aydemir
Alevi Kültür Merkezi Münster
""", charset="utf-8", cte="8bit")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, tags, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, tags))
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


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


def mail_text(msg):
    """Decoded headers and text of a message, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            chunks.append(html.unescape(t) if p.get_content_subtype() == "html" else t)
    return "\n".join(chunks)


def check_label(e, msg, text):
    """The expected record is well formed and agrees with the mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    machine = k in ("auto_reply", "bounce", "other")
    if machine:
        for f in ("email", "name", "organisation", "language", "party_size"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
        if wg:
            problems.append(f"workgroups must be [] for {k}")
    else:
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not one of this set's")
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        else:
            addrs = [a.lower() for _, a in getaddresses(
                [str(v) for h in ("From", "Reply-To") for v in (msg.get_all(h) or [])])]
            if em not in addrs and em not in text.lower():
                problems.append(f"email {em} occurs nowhere in the mail")
        for f in ("name", "organisation"):
            if e[f] is not None and norm(e[f]) not in norm(text):
                problems.append(f"{f} {e[f]!r} not written in the mail")
        if not e["name"]:
            problems.append("person mail without a name")
    if k == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and e["party_size"] < 1:
            problems.append("bad party_size for change")
    elif e["party_size"] is not None:
        problems.append(f"party_size must be null for {k}")
    if k in ("cancellation", "question") and wg:
        problems.append(f"workgroups must be [] for {k}")
    if k == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient missing or not lower-case")
        rcpts = [str(bl.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for bl in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
    if not m.crlf and b"\r" in data:
        problems.append("CR in an LF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for h, v in msg.items():
        if "=?" in str(v):
            problems.append(f"header {h} keeps an undecoded encoded word")
    for h, want in m.headers.items():
        if str(msg[h]) != want:
            problems.append(f"{h} decodes to {str(msg[h])!r}, not {want!r}")
    for p in all_parts(msg):
        for h in ("Subject", "Thread-Topic"):
            if p[h] is not None and "  " in str(p[h]):
                problems.append(f"{h} decodes with a doubled space")
    for h, want in m.display.items():
        got = msg[h].addresses[0].display_name
        if got != want:
            problems.append(f"{h} display name decodes to {got!r}, not {want!r}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the arrival order date")
    for p in all_parts(msg):
        if p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True)
        cs = p.get_content_charset()
        if cs is None and not raw.isascii():
            problems.append("non-ASCII text part without a charset")
            continue
        try:
            raw.decode(cs or "us-ascii", errors="strict")
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
    text = mail_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_label(expected, msg, text)
    return problems


def check_corpus(built):
    problems = []
    senders = collections.Counter()
    for name, m, e, _, _ in built:
        frm = m.msg["From"].addresses[0].addr_spec.lower()
        senders[frm] += 1
    for addr, n in senders.items():
        if n > 1:
            problems.append(f"sender {addr} appears {n} times")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t, _ in built)
    langs = sorted({t for _, _, _, t, _ in built})
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["", *langs]))
    for k in KINDS:
        print("  " + f"{k[:4]:>4} " + " ".join(f"{table.get((k, x), 0) or '-':>4}" for x in langs))
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")
    tags = collections.Counter(t for *_, ts in built for t in ts)
    print("tags:", dict(sorted(tags.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _, _ in built]
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

    for (name, m, e, _, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_corpus(built):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
