#!/usr/bin/env python3
"""Build the corpus "final18e" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: mails to the MSO-Tag 2027 whose writers name the workgroup indirectly or
loosely -- by its place on the flyer or on the city's web page ("the middle
one", "die letzte", "the first of the three", "der zweite Aufzählungspunkt"),
by last year's workgroup, by a paraphrase of its content, by a key word in
their own language, by a half-remembered or mixed-up title, by a number and a
title that disagree, or by a room and a time the programme never gave --
mixed with ordinary clear registrations, changes, cancellations, questions
and a few machine mails.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
and then reads every file back with email.policy.default to check it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, format

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
INVITATION_ID = "<einladung.mso2027.20270112140355@muenster.example>"

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
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird, Gmail and Apple Mail do."""
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
    return hashlib.sha256(f"final18e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to
    and what each hand-encoded header must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.headers = {}           # header name -> decoded value it must give
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  A pair may be (name, value) or (name, encoded, decoded): the
        encoded value is stored verbatim and must read back as `decoded`."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = next(p[1] for p in pairs if p[0] == "From")
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if isinstance(received, str):
            msg.set_raw("Received", received)
        elif received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for pair in pairs:
            name, value = pair[0], pair[1]
            if len(pair) == 3:
                self.headers[name] = pair[2]
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value
                self.headers[name] = value

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:11].upper()}.{int(h[11:19], 16)}/mail.muenster.example"
        if style == "thunderbird":
            return f"------------{h[:24]}"
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
# HTML styles of the mail programs
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
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
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, cs="windows-1252", lang="DE", labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook-style HTML; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(cs=cs, lang=lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: arial, helvetica, sans-serif; font-size: 10pt;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail HTML; quote = (attribution line, quoted text) for a reply."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote=None):
    """Apple Mail HTML; quote = (attribution line, quoted text) for a reply."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attribution, quoted = quote
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

herzlich laden wir Sie zum diesjährigen Tag der Migrantenselbstorganisationen ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Am Vormittag erwarten Sie ein Grußwort und ein Impulsvortrag. Ab 13:30 Uhr
diskutieren wir in drei parallelen Arbeitsgruppen:

Arbeitsgruppe I
Menschen mit Migrationsvorgeschichte im Bildungssystem

Arbeitsgruppe II
Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte

Arbeitsgruppe III
Förderungsmöglichkeiten und effektives Vereinsmanagement

Den Programmflyer finden Sie im Anhang. Bitte melden Sie sich bis zum
6. März 2027 per E-Mail an mso-tag@muenster.example an und nennen Sie uns
Ihren Namen, Ihre Organisation, Ihre Wunsch-Arbeitsgruppe und die Zahl der
Personen.

Wir freuen uns auf Sie!

Kommunales Integrationszentrum Münster
Team MSO-Tag"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen am 13.03.2027"

AG_TEXT = {
    "AG1": "AG 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem)",
    "AG2": "AG 2 (Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte)",
    "AG3": "AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement)",
}


def confirmation(salutation, ag, persons):
    """The confirmation the registration mailbox sent (quoted in replies and
    returned in bounces).  Latin-1 characters only, so that replies in
    iso-8859-1/-2/-15 and windows-1252 can quote it."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben Sie wie folgt eingetragen:

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_TEXT[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Team MSO-Tag"""


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
# Clear: "Arbeitsgruppe II, also Zukunftsprozess" (roman numeral and alias
# agree).  Thunderbird reply, UTF-8 8bit format=flowed, quoting the whole
# invitation (all three workgroups appear in the quote only).

@mail("kovacevic-thunderbird-arbeitsgruppe-ii", "2027-01-13 09:12:44",
      E("registration", "m.kovacevic@bhkv-muenster.example", "Mirela Kovačević",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Mirela Kovačević", "m.kovacevic@bhkv-muenster.example", "utf-8"),
            "Mirela Kovačević <m.kovacevic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + INVITATION_SUBJECT), "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3e9b0c71-55d2-4f0e-9a6c-1d7f2b8e4a90@bhkv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

danke für die Einladung, die kam gerade richtig. Ich melde mich hiermit
für die Arbeitsgruppe II an, also Zukunftsprozess. Wir haben im Verein
lange über die Entwicklung in Coerde und Kinderhaus gesprochen, und ich
möchte das gern dort einbringen.

Ich komme allein.

Freundliche Grüße
Mirela Kovačević

-- 
Bosnisch-Herzegowinischer Kulturverein Münster e.V.
Schriftführerin

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Position on the flyer: "an der letzten Arbeitsgruppe auf dem Flyer" = AG3.
# Two persons (she and a named colleague).  Outlook multipart/alternative,
# windows-1252 QP, quoting the invitation below a Von:/Gesendet: block (the
# quoted list is the flyer's order, I, II, III).  Name without Turkish
# letters, as she writes it herself.

YILMAZ_TEXT = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, den Flyer haben wir gleich in unserem Vereinsraum aufgehängt.

Mein Kollege Cem Kartal und ich möchten gerne teilnehmen, und zwar an der letzten Arbeitsgruppe auf dem Flyer. Wir haben im Herbst einen neuen Vorstand gewählt und können jede Anregung gut gebrauchen.

Mit freundlichen Grüßen

Aylin Yilmaz
1. Vorsitzende
Elternnetzwerk Coerde e.V.
Hamannplatz 12 | 48157 Münster"""

YILMAZ_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                "Dienstag, 12. Januar 2027 14:03",
                f"Tag der Migrantenselbstorganisationen <{MSO}>",
                INVITATION_SUBJECT, INVITATION)


@mail("yilmaz-outlook-die-letzte-auf-dem-flyer", "2027-01-13 17:40:03",
      E("registration", "a.yilmaz@elternnetzwerk-coerde.example", "Aylin Yilmaz",
        "Elternnetzwerk Coerde e.V.", ["AG3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Yilmaz, Aylin" <a.yilmaz@elternnetzwerk-coerde.example>'),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + INVITATION_SUBJECT, "windows-1252"), "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "windows-1252"), INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQx1r8Tn0sVbQk2WcP3yJ7aLbA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8874F2A61C0E7B35D91E4C08A7E2A@DB9PR03MB8874.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YILMAZ_TEXT, YILMAZ_QUOTE), outlook_html(YILMAZ_TEXT, YILMAZ_QUOTE),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Position: "the middle one" of the three workgroups = AG2.  English, Gmail
# multipart/alternative, UTF-8 QP.  "just me" = 1.

OKONKWO_TEXT = """Hello,

A friend passed me your flyer at Die Brücke last week. I would like to register for the MSO day on 13 March.

Of the three workgroups I'd go for the middle one, if there are still places.

It will be just me.

Kind regards,
Chinedu Okonkwo
Igbo Union Münster"""


@mail("okonkwo-gmail-the-middle-one", "2027-01-14 10:05:19",
      E("registration", "chinedu.okonkwo@mail.example", "Chinedu Okonkwo",
        "Igbo Union Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okonkwo <chinedu.okonkwo@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAK7nR2w0pQe8vX4tJ1sYb6mLd3Hc9FgZu5oNa2iVr8KxW1qT0g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Clear: full title of AG3 in quotes; three named persons ("zu dritt");
# asks a question too (still a registration).  GMX plain text, iso-8859-1 QP.

@mail("schulze-gmx-full-title-zu-dritt", "2027-01-14 19:22:51",
      E("registration", "renate.schulze@gmx-mail.example", "Renate Schulze",
        "Interkultureller Gartenverein Kinderhaus e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Renate Schulze <renate.schulze@gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.03."),
           ("Date", m.date),
           ("Message-ID", "<trinity-8f2d41c0-6b7e-4a3f-9e15-c0a7d2b96e11-1768415371004@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrtes Team,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am
13.03.2027 an. Wir sind zu dritt: Frau Ilse Hagedorn, Herr Tarik Mansour
und ich.

Wir möchten alle in die Arbeitsgruppe "Förderungsmöglichkeiten und
effektives Vereinsmanagement".

Eine Frage noch: Ist das Stadtweinhaus barrierefrei? Frau Hagedorn ist
auf ihren Rollator angewiesen.

Mit freundlichen Grüßen
Renate Schulze
Interkultureller Gartenverein Kinderhaus e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Key word in her own language: "Eğitim sistemiyle ilgili çalışma grubu"
# (the workgroup about the education system) = AG1.  Turkish, Gmail for
# Android, multipart/alternative UTF-8 base64.  "Tek kişi" = 1.

AYDIN_TEXT = """Merhaba,

13 Mart'taki göçmen dernekleri gününe katılmak istiyorum. Davetiyeyi derneğimizin WhatsApp grubunda gördüm.

Eğitim sistemiyle ilgili çalışma grubuna yazılmak istiyorum, iki çocuğum okulda ve çok soru işaretimiz var.

Tek kişi geleceğim.

Saygılarımla
Emine Aydın
Münster Türk Veliler Derneği"""


@mail("aydin-turkish-egitim-sistemi", "2027-01-15 08:31:07",
      E("registration", "emine.aydin@mail.example", "Emine Aydın",
        "Münster Türk Veliler Derneği", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Aydın", "emine.aydin@mail.example", "utf-8", "b"),
            "Emine Aydın <emine.aydin@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt", "utf-8", "b"), "MSO günü kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAF3pW8sR1dLx0tY6mQ2nB9vK4cZ7gH5jE1aU8oI3fT2wN6yP0q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDIN_TEXT + "\n\nAndroid için Gmail ile gönderildi",
                  gmail_html(AYDIN_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Clear: "AG 1", he and a named colleague = 2.  Outlook multipart/alternative,
# windows-1252 QP, "i. A.", a long signature and a confidentiality footer.

BRANDES_TEXT = """Sehr geehrte Damen und Herren,

für den Fachdienst Integration und Migration melde ich mich und meine Kollegin Lena Hartmann verbindlich zum MSO-Tag am 13. März an. Wir nehmen beide an der AG 1 teil.

Mit freundlichen Grüßen
i. A. Martin Brandes

Martin Brandes
Fachdienst Integration und Migration
Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Telefon 0251 53009-412

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("brandes-caritas-outlook-ag-1", "2027-01-15 15:48:22",
      E("registration", "martin.brandes@caritas-ms.example", "Martin Brandes",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brandes, Martin" <martin.brandes@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027 / Fachdienst Integration und Migration"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027 / Fachdienst Integration und Migration"),
           ("Thread-Index", "AdtnL0qv3YkR8c1WTm2xF4gB7pEz5Q=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1790C4E2B8A0D6F3E5A1B9C7D2E4@FR3P281MB1790.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BRANDES_TEXT, outlook_html(BRANDES_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Exchange out-of-office answering the confirmation (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress); Outlook alternative.

BRANDES_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Januar 2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. In dringenden Fällen erreichen Sie das Team des Fachdienstes Integration und Migration unter 0251 53009-400.

Mit freundlichen Grüßen
Martin Brandes"""


@mail("brandes-outlook-out-of-office", "2027-01-15 16:05:41",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Brandes, Martin" <martin.brandes@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Automatische Antwort: " + CONFIRMATION_SUBJECT, "windows-1252"),
            "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT, "windows-1252"), CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZ1Kx2mTq9ePcR0yWn5sJ8vB3LQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB17907A1E5C2D8B4F@FR3P281MB1790.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mso2027.20270115170508.3b9d@muenster.example>"),
           ("References", "<mso2027.20270115170508.3b9d@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "martin.brandes@caritas-ms.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BRANDES_OOF, outlook_html(BRANDES_OOF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# "Same as last year": "in die gleiche AG wie letztes Jahr" names no
# workgroup; neither the public page nor the config says what 2026 had and
# the writer gives no topic -> [] (see README).  iPhone, UTF-8 QP.

@mail("tran-iphone-gleiche-ag-wie-letztes-jahr", "2027-01-15 21:47:30",
      E("registration", "mai.tran@mail.example", "Mai Tran",
        "Vietnamesischer Kulturverein Münster", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Mai Tran <mai.tran@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<4B0E7D2C-91A6-4F3B-8C5E-2D7A9F1B6E30@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo liebes MSO-Team,

ich bin wieder dabei!! Tragt mich bitte in die gleiche AG ein wie letztes Jahr, das war echt super.
Komme alleine.

LG
Mai Tran
Vietnamesischer Kulturverein Münster

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Paraphrase in Arabic: "the workgroup that talks about funding and managing
# associations" = AG3.  "شخصين: أنا وزميلي سامر" = 2.  Gmail alternative,
# UTF-8 base64, right-to-left HTML; Latin signature.

HADDAD_TEXT = """السلام عليكم،

نود التسجيل في يوم منظمات المهاجرين يوم السبت 13 مارس في مونستر.
سنكون شخصين: أنا وزميلي سامر.
نحن مهتمون بمجموعة العمل التي تتحدث عن التمويل وإدارة الجمعيات، لأن جمعيتنا جديدة ونريد أن نعرف كيف نقدم طلبات الدعم.

شكراً جزيلاً
Reem Haddad
Deutsch-Libanesischer Frauenverein Münster"""


@mail("haddad-arabic-tamwil", "2027-01-16 12:10:58",
      E("registration", "reem.haddad@dlfv-muenster.example", "Reem Haddad",
        "Deutsch-Libanesischer Frauenverein Münster", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Haddad <reem.haddad@dlfv-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "utf-8", "b"),
            "تسجيل - يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAJ2xL9pQ4vT0nRw7sM1bY5kH8dF3gC6zE2aU9oI4jN7tW0rS5e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Key word in Russian: "рабочая группа про образование и школу" = AG1.
# Thunderbird, KOI8-R 8bit (no guillemets or en dash in KOI8-R, so she types
# plain quotes).  "Буду одна" = 1.

@mail("petrova-russian-koi8r-obrazovanie", "2027-01-18 22:03:40",
      E("registration", "olga.petrova@mail.example", "Olga Petrova",
        "Elternclub Teremok e.V.", ["AG1"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Petrova <olga.petrova@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "koi8-r", "b"), "Регистрация на 13 марта"),
           ("Date", m.date),
           ("Message-ID", "<a7c31f02-8d4e-4b6a-b915-0e2f7c8d3a61@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый вечер!

Хочу записаться на День организаций мигрантов 13 марта. Меня интересует
рабочая группа про образование и школу - мой сын в этом году пошел в
пятый класс, и у нас очень много вопросов.

Буду одна.

С уважением,
Olga Petrova
Elternclub Teremok e.V.
""", charset="koi8-r", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Key words in Polish: "grupa robocza o przyszłości Münster" (the future of
# Münster) = AG2.  Herself and her husband = 2.  Polish webmail, plain
# ISO-8859-2 QP.

@mail("nowak-polish-przyszlosc-miasta", "2027-01-19 14:26:05",
      E("registration", "k.nowak@poczta-mail.example", "Katarzyna Nowak",
        "Polskie Stowarzyszenie Rodziców w Münster", ["AG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Nowak", "k.nowak@poczta-mail.example")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na 13 marca", "iso-8859-2", "q"), "Zgłoszenie na 13 marca"),
           ("Date", m.date),
           ("Message-ID", "<20270119142605.4f7a1c9e@poczta-mail.example>"),
           ("X-Mailer", "Poczta Web 5.3"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i męża Tomasza na Dzień Organizacji Migrantów
13 marca.
Najbardziej interesuje nas grupa robocza o przyszłości Münster - o tym,
jak miasto ma wyglądać za 20-30 lat i jak my, imigranci, możemy w tym
uczestniczyć.

Pozdrawiam serdecznie
Katarzyna Nowak
Polskie Stowarzyszenie Rodziców w Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Position: "the first of the three workgroups" = AG1 (her job as school
# mediator fits).  English, Apple Mail multipart/alternative, UTF-8 QP.

ACHIENG_TEXT = """Dear MSO team,

I'd like to register for the MSO day in March. From the invitation I would pick the first of the three workgroups – I work as a school mediator, so it's very close to what I do every day.

Best wishes,
Grace Achieng
Kenyan Community Association Münster"""


@mail("achieng-apple-first-of-the-three", "2027-01-20 07:58:31",
      E("registration", "grace.achieng@kca-muenster.example", "Grace Achieng",
        "Kenyan Community Association Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Grace Achieng <grace.achieng@kca-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<9C2F4E1A-7B3D-4A8E-B6F0-1D5C3E9A2B74@kca-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(ACHIENG_TEXT, apple_html(ACHIENG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 013 ---------------------------------------------------------------------
# Question only: asks which workgroup is "die, wo es um Geld für Vereine
# geht" and whether that is the third; registers nobody yet.  web.de plain,
# UTF-8 8bit.

@mail("nazari-question-welche-ist-die-mit-geld", "2027-01-20 16:44:09",
      E("question", "farid.nazari@webde-mail.example", "Farid Nazari",
        "Afghanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Farid Nazari <farid.nazari@webde-mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zu den Arbeitsgruppen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2a6c90e1-d3f4-47b8-8e21-5f0b9c7a4d36-1768923849120@3c-app-webde-bs54>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

eine Bekannte hat mir Ihre Einladung weitergeleitet. Bevor ich uns
anmelde, eine Frage: Welche von den drei Arbeitsgruppen ist die, wo es um
Geld für Vereine geht? Ist das die dritte?

Ich muss das noch mit unserem Vorstand besprechen und melde mich dann
wieder.

Viele Grüße
Farid Nazari
Afghanischer Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Position on the city's web page: "das Thema, das dort im zweiten
# Aufzählungspunkt steht".  On the public page the second bullet under
# "Drei Kernthemen" is the one about Arbeitsgruppe III (the first bullet
# names I and II together) -> AG3 (see README).  Thunderbird, ISO-8859-15 8bit.

@mail("meier-zweiter-aufzaehlungspunkt-webseite", "2027-01-21 11:19:26",
      E("registration", "h.meier@dgg-muenster.example", "Hannelore Meier",
        "Deutsch-Griechische Gesellschaft Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hannelore Meier <h.meier@dgg-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<6f1d2e8a-0c4b-4e97-a3d5-8b2c1f7e9a04@dgg-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

auf der Internetseite der Stadt Münster habe ich gelesen, dass beim
MSO-Tag drei Kernthemen in parallelen Arbeitsgruppen besprochen werden.
Ich möchte mich gern für das Thema anmelden, das dort im zweiten
Aufzählungspunkt steht.

Ich komme allein. Über ein vegetarisches Mittagessen würde ich mich
freuen.

Mit freundlichen Grüßen
Hannelore Meier
Deutsch-Griechische Gesellschaft Münster e.V.
""", charset="iso-8859-15", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Clear alias from a phone: "AG Bildung", "Nur ich".  Samsung Email,
# plain UTF-8 base64.

@mail("rashidi-samsung-ag-bildung", "2027-01-22 18:02:15",
      E("registration", "samira.r@mail.example", "Samira Rashidi",
        "Frauentreff Hiltrup", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Samira <samira.r@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<q7w2k9x1-4mbt8r-3ne6v0z5c2l@email.android.mail.example>"),
           ("X-Mailer", "Samsung Email"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
ich möchte mich für den MSO Tag anmelden, AG Bildung. Nur ich.
Grüße
Samira Rashidi
Frauentreff Hiltrup


Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Misremembered title: "Zukunftswerkstatt Münster" (no such title; only AG2
# is about Münster's future) = AG2.  Open-Xchange alternative,
# ISO-8859-15 QP.

LOPEZ_TEXT = """Liebes Team des Integrationszentrums,

ich würde sehr gern beim MSO-Tag mitmachen, und zwar in der Arbeitsgruppe "Zukunftswerkstatt Münster" (so hieß sie doch, oder?). Ich sitze seit zwei Jahren im Stadtteilbeirat und habe dort schon viel über die Planungen für Münster 2030 gehört.

Viele Grüße
Carmen López Herrera
Centro Cultural Hispano de Münster e.V."""


@mail("lopez-zukunftswerkstatt", "2027-01-23 10:37:48",
      E("registration", "carmen.lopez@cchm.example", "Carmen López Herrera",
        "Centro Cultural Hispano de Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Carmen López Herrera", "carmen.lopez@cchm.example", "iso-8859-15"),
            "Carmen López Herrera <carmen.lopez@cchm.example>"),
           ("To", MSO),
           ("Subject", "Teilnahme MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1902364468.48213.1769161068455@ox.cchm.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("X-Priority", "3"),
           ("Importance", "Normal"),
           ("MIME-Version", "1.0"))
    m.alternative(LOPEZ_TEXT, div_html(LOPEZ_TEXT), charset="iso-8859-15",
                  cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Clear: "el taller número 3, el de ayudas económicas y gestión de
# asociaciones" (number and content agree); with a colleague = 2.  Spanish,
# Gmail alternative, UTF-8 QP.

GARCIA_TEXT = """Hola:

Me gustaría inscribirme en la jornada del 13 de marzo. Vendré con mi compañera Lucía Romero, así que seremos dos.
Nos interesa el taller número 3, el de ayudas económicas y gestión de asociaciones.

Un saludo,
Javier García Morales
Asociación Latinoamericana de Münster"""


@mail("garcia-spanish-taller-3", "2027-01-24 13:15:33",
      E("registration", "javier.garcia@alm-muenster.example", "Javier García Morales",
        "Asociación Latinoamericana de Münster", ["AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Javier García", "javier.garcia@alm-muenster.example", "utf-8"),
            "Javier García <javier.garcia@alm-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción jornada 13 de marzo"), "Inscripción jornada 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<CAG0mT5rV2xW8qN1pL7sK4bY9dH3fJ6cZ0aE5uO2iR8tX1nQ7wA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GARCIA_TEXT, gmail_html(GARCIA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Clear: first wish AG 2, else AG 3.  web.de plain, UTF-8 QP.

@mail("bergmann-erstwunsch-ag2-sonst-ag3", "2027-01-25 09:40:21",
      E("registration", "jens.bergmann@esg-ms.example", "Jens Bergmann",
        "Evangelische Studierendengemeinde Münster", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jens Bergmann <jens.bergmann@esg-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<trinity-c4e8a2d1-7f39-4b06-9e5c-3a1d8f6b2e70-1769330421554@3c-app-webde-bap07>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen an.
Erstwunsch wäre die AG 2 - falls die schon voll ist, nehme ich auch gern
die AG 3.

Beste Grüße
Jens Bergmann
Evangelische Studierendengemeinde Münster
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Change by position plus paraphrase: "doch lieber in die erste Gruppe ...,
# die über die Schulen" = AG1 (was AG2, see 001).  Thunderbird reply quoting
# the confirmation (AG 2 appears only in the quote).  UTF-8 QP.

@mail("kovacevic-change-doch-die-erste", "2027-01-25 20:11:02",
      E("change", "m.kovacevic@bhkv-muenster.example", "Mirela Kovačević",
        None, ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Mirela Kovačević", "m.kovacevic@bhkv-muenster.example", "utf-8"),
            "Mirela Kovačević <m.kovacevic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b81f5a3c-2e07-4d9c-8f16-7a4e0c3b5d92@bhkv-muenster.example>"),
           ("In-Reply-To", "<mso2027.20270113091330.7c1e@muenster.example>"),
           ("References", f"{INVITATION_ID} <3e9b0c71-55d2-4f0e-9a6c-1d7f2b8e4a90@bhkv-muenster.example>"
                          " <mso2027.20270113091330.7c1e@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Abend,

nach unserer Vorstandssitzung heute möchte ich meine Anmeldung ändern:
Bitte tragen Sie mich doch lieber in die erste Gruppe ein, die über die
Schulen. Frau Hodžić aus unserem Verein wollte eigentlich dorthin, kann
aber an dem Tag nicht, und wir möchten das Thema gern vertreten.

Danke und viele Grüße
Mirela Kovačević

Am 13.01.2027 um 09:13 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Kovačević", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Paraphrase in French: "l'atelier sur l'avenir de Münster vu par les
# personnes issues de l'immigration" (the AG2 title translated) = AG2.
# Apple Mail alternative, UTF-8 QP.  "Je viendrai seule" = 1.

NGASSA_TEXT = """Bonjour,

Je souhaiterais m'inscrire à la journée des associations de migrants du 13 mars. J'aimerais participer à l'atelier sur l'avenir de Münster vu par les personnes issues de l'immigration.

Je viendrai seule.

Cordialement,
Brigitte Ngassa
Association des Camerounais de Münster"""


@mail("ngassa-french-avenir-de-muenster", "2027-01-26 15:30:40",
      E("registration", "brigitte.ngassa@mail.example", "Brigitte Ngassa",
        "Association des Camerounais de Münster", ["AG2"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Brigitte Ngassa <brigitte.ngassa@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription journée du 13 mars"), "Inscription journée du 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<E4A1C8B2-3F6D-4E9A-8B7C-0D2F5A1E6C93@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(NGASSA_TEXT, apple_html(NGASSA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Clear: "Arbeitsgruppe 3", "zu zweit".  Thunderbird plain, UTF-8 8bit,
# format=flowed, signature after "-- ".

@mail("hoffmeister-thunderbird-arbeitsgruppe-3", "2027-01-27 08:49:17",
      E("registration", "sven.hoffmeister@gwi-muenster.example", "Sven Hoffmeister",
        "SV Grün-Weiß International Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sven Hoffmeister <sven.hoffmeister@gwi-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<0d7e3b19-6a2f-4c85-91e4-b3f0a8c2d657@gwi-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

wir kommen zu zweit zum MSO-Tag: ich und unser Jugendwart Yusuf Ekinci.
Bitte beide für Arbeitsgruppe 3 eintragen.

Sportliche Grüße
Sven

-- 
Sven Hoffmeister
SV Grün-Weiß International Münster e.V.
Abteilung Integration durch Sport
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 022 ---------------------------------------------------------------------
# Number and title disagree: "AG 2 (Bildung)".  She teaches newcomer
# children in an "internationale Förderklasse" (a school class, not
# funding), so the topic, not the number, is meant -> AG1 (see README).
# Roundcube alternative, ISO-8859-1 QP.

AKBARI_TEXT = """Sehr geehrte Damen und Herren,

ich möchte mich für die AG 2 (Bildung) beim MSO-Tag anmelden. Ich bin Lehrerin und unterrichte seit Jahren Kinder, die als Seiteneinsteiger in unsere internationale Förderklasse kommen. Außerdem engagiere ich mich im Vorstand unserer Elterninitiative.

Mit freundlichen Grüßen
Parisa Akbari
Deutsch-Iranische Elterninitiative Münster"""


@mail("akbari-ag-2-bildung-lehrerin", "2027-01-27 17:26:55",
      E("registration", "parisa.akbari@posteo-mail.example", "Parisa Akbari",
        "Deutsch-Iranische Elterninitiative Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Parisa Akbari <parisa.akbari@posteo-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung AG"),
           ("Date", m.date),
           ("Message-ID", "<a3f0c92b71d4e8e6f5b2c1d0e9a8b7c6@posteo-mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\" />"
                 "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
                 + "".join(f"<p>{esc(par).replace(chr(10), '<br />')}</p>\n"
                           for par in AKBARI_TEXT.split("\n\n"))
                 + "</body></html>\n")
    m.alternative(AKBARI_TEXT, html_text, charset="iso-8859-1", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Postfix bounce from our own relay after five days of "mailbox full"
# (Status 4.2.2, Action failed); returns the confirmation to 015.

RASHIDI_RCPT = "samira.r@mail.example"
POSTFIX_TEXT = f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{RASHIDI_RCPT}>: host mx.mail.example[198.51.100.44] said: 452 4.2.2
    <{RASHIDI_RCPT}>: Recipient address rejected: Mailbox full (in reply to
    RCPT TO command)"""


@mail("postfix-bounce-mailbox-full", "2027-01-27 18:05:12",
      E("bounce", bounced=RASHIDI_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270127170512.8C2F41A0B3@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received="by mail.muenster.example (Postfix)\n"
                                  "\tid 8C2F41A0B3; Wed, 27 Jan 2027 18:05:12 +0100 (CET)")
    notice = m.text(POSTFIX_TEXT, charset="us-ascii", cte="7bit",
                    headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "5D1B71A0A7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri, 22 Jan 2027 18:03:01 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {RASHIDI_RCPT}"),
         ("Original-Recipient", f"rfc822;{RASHIDI_RCPT}"),
         ("Action", "failed"),
         ("Status", "4.2.2"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", f"smtp; 452 4.2.2 <{RASHIDI_RCPT}>: Recipient address\n"
                             "    rejected: Mailbox full")])
    original = confirmation_message(
        f"Samira Rashidi <{RASHIDI_RCPT}>", "Frau Rashidi", "AG1", 1,
        "Fri, 22 Jan 2027 18:03:01 +0100", "<mso2027.20270122180301.e24a@muenster.example>",
        "<q7w2k9x1-4mbt8r-3ne6v0z5c2l@email.android.mail.example>")
    m.multi("report", [notice, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Room and time: "die Arbeitsgruppe ..., die um 11 Uhr im Ratssaal
# stattfindet".  The invitation puts all three workgroups in parallel from
# 13:30 and names no rooms; the page and the config name none either -> []
# (see README).  Outlook multipart/alternative, windows-1252 QP.

WOLFF_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen an. Ich möchte gern an der Arbeitsgruppe teilnehmen, die um 11 Uhr im Ratssaal stattfindet – so habe ich es jedenfalls aus dem Programm in Erinnerung.

Mit freundlichen Grüßen
Bernd Wolff
Seniorenvertretung der Stadt Münster"""


@mail("wolff-ratssaal-elf-uhr", "2027-01-28 12:58:03",
      E("registration", "bernd.wolff@seniorenvertretung-ms.example", "Bernd Wolff",
        "Seniorenvertretung der Stadt Münster", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Bernd Wolff <bernd.wolff@seniorenvertretung-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<000c01db7176$4e2a9b10$ea7fd130$@seniorenvertretung-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtxdkNbT1x2k9wYQr2v8H0sZ3nC4A=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(WOLFF_TEXT, outlook_html(WOLFF_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Mixed-up title: "die AG 'Bildung und Förderung'" joins a word of AG1
# (Bildung) with a word of AG3 (Förderung); nothing else in the mail
# decides -> [] (see README).  He and his wife = 2.  Gmail alternative, UTF-8 QP.

SAHIN_TEXT = """Hallo,

meine Frau Leyla und ich möchten gerne zum MSO-Tag kommen. Wir interessieren uns für die AG "Bildung und Förderung" – so ähnlich hieß sie jedenfalls, den Flyer habe ich leider nicht mehr.

Viele Grüße
Murat Şahin
Kurdisches Kulturzentrum Münster e.V."""


@mail("sahin-bildung-und-foerderung", "2027-01-29 09:21:44",
      E("registration", "murat.sahin@mail.example", "Murat Şahin",
        "Kurdisches Kulturzentrum Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Murat Sahin <murat.sahin@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAE5kP0tN3wR7xM2qV9sL1bZ6dG4hJ8cY0aF3uI5oK2rT9nW7pB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAHIN_TEXT, gmail_html(SAHIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Clear: "Workgroup 2, Münster's future process ..."; three named persons.
# English, new Outlook, multipart/alternative UTF-8 (plain QP, HTML base64),
# sent from the association's shared helpdesk address.

IBRAHIM_TEXT = """Dear Sir or Madam,

I am writing to register three people from our association for the MSO Day on 13 March 2027: myself, Mr Osman Idris and Ms Hawa Abdalla.

We would all like to attend Workgroup 2, Münster's future process from the perspective of people with a migration background.

Kind regards,
Amina Ibrahim
Secretary
Sudanese Community Association Münster"""


@mail("ibrahim-outlook-workgroup-2", "2027-01-30 14:45:10",
      E("registration", "info@sca-muenster.example", "Amina Ibrahim",
        "Sudanese Community Association Münster", ["AG2"], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Sudanese Community Association <info@sca-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day - 3 persons"),
           ("Thread-Topic", "Registration for MSO Day - 3 persons"),
           ("Thread-Index", "AQHbcz2kL8vN1tRqW0mY5xJ3bC7sPg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6210B2D4F6A8C0E1@AS8PR10MB6210.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(IBRAHIM_TEXT, outlook_html(IBRAHIM_TEXT, cs="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", html_cte="base64", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Ticket-system receipt from that shared address, answering our
# confirmation (auto_reply).  Auto-Submitted and X-Loop, plain UTF-8 QP.

@mail("sca-ticket-system-receipt", "2027-01-30 14:46:31",
      E("auto_reply"), "en", tz=0)
def _(m):
    m.head(("From", "Sudanese Community Association <info@sca-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("[SCA #100482] " + CONFIRMATION_SUBJECT),
            "[SCA #100482] " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<rt-5.0.7-100482-1769784391-611.0@helpdesk.sca-muenster.example>"),
           ("In-Reply-To", "<mso2027.20270130154540.9ad2@muenster.example>"),
           ("References", "<mso2027.20270130154540.9ad2@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Loop", "info@sca-muenster.example"),
           ("X-RT-Loop-Prevention", "SCA Helpdesk"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Thank you for contacting the Sudanese Community Association Münster.

This is an automatic message. Your e-mail has been received and filed
under ticket number #100482. One of our volunteers will get back to you
within three working days.

Please keep the ticket number in the subject line of any further
correspondence about this matter.

---
Sudanese Community Association Münster - Helpdesk
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Clear: "3. çalışma grubuna" with the German title in brackets; she and the
# secretary = 2.  Turkish, Thunderbird, ISO-8859-9 QP.

@mail("kaya-turkish-ucuncu-calisma-grubu", "2027-02-01 11:02:29",
      E("registration", "mehmet.kaya@alevi-muenster.example", "Mehmet Kaya",
        "Münster Alevi Kültür Merkezi", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Kaya <mehmet.kaya@alevi-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("13 Mart toplantısı - kayıt", "iso-8859-9", "q"),
            "13 Mart toplantısı - kayıt"),
           ("Date", m.date),
           ("Message-ID", "<5c2e8d7a-1b3f-4e60-9a84-f7d0c6b1e2a3@alevi-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın yetkililer,

Münster Alevi Kültür Merkezi adına 13 Mart'taki toplantıya iki kişi
olarak katılmak istiyoruz: ben ve sekreterimiz Derya Aksu.

3. çalışma grubuna (Förderungsmöglichkeiten und effektives
Vereinsmanagement) yazılmak istiyoruz.

Saygılarımızla
Mehmet Kaya
Münster Alevi Kültür Merkezi
""", charset="iso-8859-9", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question: is "the middle workshop" held only in German?  He would sign up
# only if he can follow -- nobody is registered yet.  English, mutt,
# plain US-ASCII 7bit.

@mail("tesfamariam-question-middle-in-english", "2027-02-01 19:33:50",
      E("question", "yonas.t@mail.example", "Yonas Tesfamariam", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Yonas Tesfamariam <yonas.t@mail.example>"),
           ("To", MSO),
           ("Subject", "Language of the workshops?"),
           ("Date", m.date),
           ("Message-ID", "<20270201183350.GA14022@laptop.yonas.mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

quick question about the MSO day: will the middle workshop be held
only in German? My German is around B1 and I'm not sure I can follow a
long discussion. If there is some kind of translation, or if people can
also speak English there, I'd like to sign up.

Thanks,
Yonas Tesfamariam
""", charset="us-ascii", cte="7bit")


# -- 030 ---------------------------------------------------------------------
# "Same as last year" with a paraphrase: "die Gruppe, in der es um
# Fördertöpfe und Anträge geht" = AG3; she brings the new treasurer = 2.
# Apple Mail alternative, UTF-8 QP.

BRANDT_TEXT = """Liebe Frau Meza Correa-Flock,

wie im letzten Jahr möchte ich wieder in die Gruppe, in der es um Fördertöpfe und Anträge geht – das war für uns sehr hilfreich. Diesmal bringe ich unsere neue Kassenwartin Oksana Melnyk mit.

Herzliche Grüße
Gisela Brandt
Deutsch-Ukrainischer Freundeskreis Münster e.V."""


@mail("brandt-wie-letztes-jahr-foerdertoepfe", "2027-02-02 10:04:37",
      E("registration", "gisela.brandt@dufk-muenster.example", "Gisela Brandt",
        "Deutsch-Ukrainischer Freundeskreis Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Gisela Brandt <gisela.brandt@dufk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<1F8D3A6C-5E2B-4C90-A7D1-9B0E4F2C8A15@dufk-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(BRANDT_TEXT, apple_html(BRANDT_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 031 ---------------------------------------------------------------------
# Clear: "рабочую группу № 2 (Zukunftsprozess)"; himself and a colleague = 2.
# Russian, Outlook plain text, windows-1251 base64 (no ü in windows-1251:
# "Muenster" in the signature).  Cyrillic From display name; the signature
# gives the name in Latin letters.

@mail("smirnov-russian-cp1251-gruppa-2", "2027-02-03 16:20:14",
      E("registration", "a.smirnow@rdk-muenster.example", "Aleksej Smirnow",
        "Russisch-Deutsches Kulturzentrum Muenster e.V.", ["AG2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Алексей Смирнов", "a.smirnow@rdk-muenster.example", "windows-1251", "b"),
            "Алексей Смирнов <a.smirnow@rdk-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация: 2 человека", "windows-1251", "b"), "Регистрация: 2 человека"),
           ("Date", m.date),
           ("Message-ID", "<001a01db7646$7c3e2f90$74ba8eb0$@rdk-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте,

от имени нашего центра хотел бы зарегистрировать двух человек на День
организаций мигрантов: себя и Ирину Волкову.
Мы выбираем рабочую группу № 2 (Zukunftsprozess).

С уважением,
Aleksej Smirnow
Russisch-Deutsches Kulturzentrum Muenster e.V.
""", charset="windows-1251", cte="base64")


# -- 032 ---------------------------------------------------------------------
# Clear: "Arbeitsgruppe I"; three named persons.  Outlook HTML only,
# windows-1252 QP.

ROTTMANN_TEXT = """Sehr geehrte Damen und Herren,

aus dem Stadtteilzentrum Berg Fidel nehmen drei Personen am MSO-Tag teil: Frau Sabine Weber, Herr Emre Demir und ich.

Wir melden uns für die Arbeitsgruppe I an.

Freundliche Grüße

Claudia Rottmann
Stadtteilzentrum Berg Fidel
Koordination Nachbarschaftsarbeit"""


@mail("rottmann-outlook-html-arbeitsgruppe-i", "2027-02-04 09:10:27",
      E("registration", "c.rottmann@stz-bergfidel.example", "Claudia Rottmann",
        "Stadtteilzentrum Berg Fidel", ["AG1"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Claudia Rottmann <c.rottmann@stz-bergfidel.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Stadtteilzentrum Berg Fidel"),
           ("Thread-Topic", "Anmeldung Stadtteilzentrum Berg Fidel"),
           ("Thread-Index", "Adt26e0Zk3R1yW4qTm8vN2bX5cL0sA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB5390E7C2A4F6B8D0@VI1PR08MB5390.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ROTTMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Clear: "مجموعة العمل رقم 1 الخاصة بالتعليم" (number and topic agree);
# himself, his wife and his eldest daughter = 3.  Arabic, plain
# windows-1256 QP; Latin signature.

@mail("elsayed-arabic-cp1256-group-1", "2027-02-05 13:42:08",
      E("registration", "m.elsayed@mail.example", "Mohamed El-Sayed",
        "Syrische Gemeinde Münster", ["AG1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Mohamed El-Sayed <m.elsayed@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل ثلاثة أشخاص", "windows-1256", "b"), "تسجيل ثلاثة أشخاص"),
           ("Date", m.date),
           ("Message-ID", "<000401db77d1$a2c4e6f0$e84eacd0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرغب في تسجيل ثلاثة أشخاص لحضور يوم منظمات المهاجرين في 13 مارس: أنا وزوجتي وابنتي الكبرى.
نختار مجموعة العمل رقم 1 الخاصة بالتعليم.

مع التحية
Mohamed El-Sayed
Syrische Gemeinde Münster
""", charset="windows-1256", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Number and title disagree without any context: "AG 1 Vereinsmanagement"
# (AG 1 is the education group, Vereinsmanagement is AG 3) -> [] (see
# README).  Yahoo-style alternative, UTF-8 QP.

VOGT_TEXT = """Hallo,

ich möchte mich für die AG 1 Vereinsmanagement anmelden.

Gruß
Andrea Vogt
Deutsch-Italienischer Freundeskreis Münster e.V."""


@mail("vogt-ag-1-vereinsmanagement", "2027-02-06 08:27:40",
      E("registration", "andrea.vogt@yahoo-mail.example", "Andrea Vogt",
        "Deutsch-Italienischer Freundeskreis Münster e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Andrea Vogt <andrea.vogt@yahoo-mail.example>"),
           ("To", "mso-tag@muenster.example"),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1738001260.2241877.1770362860114@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp3f1c9a2byahoo-style-wrap\" "
                 "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>"
                           for l in VOGT_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(VOGT_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Cancellation, Polish, reply quoting the confirmation; ISO-8859-2 QP.

@mail("nowak-polish-cancel", "2027-02-08 18:55:19",
      E("cancellation", "k.nowak@poczta-mail.example", "Katarzyna Nowak",
        None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Nowak", "k.nowak@poczta-mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270208185519.7b3e0d42@poczta-mail.example>"),
           ("In-Reply-To", "<mso2027.20270119142640.c05b@muenster.example>"),
           ("References", "<mso2027.20270119142640.c05b@muenster.example>"),
           ("X-Mailer", "Poczta Web 5.3"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety musimy odwołać nasz udział. Mąż dostał na ten dzień dyżur
w pracy, a ja nie chcę jechać sama.
Przepraszamy i dziękujemy za zaproszenie.

Katarzyna Nowak

W dniu 19.01.2027 o 14:26, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(confirmation("Frau Nowak", "AG2", 2))}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Change to "dieselbe AG wie Derya Öz": which workgroup that is cannot be
# read from the page or the config (and Derya Öz is not among these
# mails) -> change with [] (see README).  Thunderbird reply quoting the
# confirmation of 021 (AG 3), UTF-8 8bit format=flowed.

@mail("hoffmeister-change-wie-kollegin", "2027-02-09 11:11:45",
      E("change", "sven.hoffmeister@gwi-muenster.example", "Sven Hoffmeister",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Sven Hoffmeister <sven.hoffmeister@gwi-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e4a1c93-0f2d-4b58-86e1-c9d3a5f7b024@gwi-muenster.example>"),
           ("In-Reply-To", "<mso2027.20270127085005.4e81@muenster.example>"),
           ("References", "<0d7e3b19-6a2f-4c85-91e4-b3f0a8c2d657@gwi-muenster.example>"
                          " <mso2027.20270127085005.4e81@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Moin nochmal,

kleine Änderung: Yusuf und ich möchten bitte in dieselbe AG wie Derya Öz
vom Türkischen Frauenverein. Wir planen mit ihr zusammen ein
Sportprojekt für Mädchen und wollen das dort vorstellen.

Danke!
Sven

Am 27.01.27 um 08:50 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Hoffmeister", "AG3", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 037 ---------------------------------------------------------------------
# Clear, learner German: "Gruppe nummer zwei", "mit meine Frau, wir sind
# 2 Person".  Plain UTF-8 8bit from a webmailer.

@mail("gebremedhin-learner-gruppe-nummer-zwei", "2027-02-10 15:05:33",
      E("registration", "abraham.gebremedhin@mail.example", "Abraham Gebremedhin",
        "Eritreische Gemeinde Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "abraham gebremedhin <abraham.gebremedhin@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1770732333.771204.96315@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich heiße Abraham Gebremedhin, ich bin von Eritreische Gemeinde Münster.
Ich will kommen zu MSO Tag am 13.3. mit meine Frau, wir sind 2 Person.
Wir möchten gehen in Gruppe nummer zwei.

Danke schön
Abraham Gebremedhin
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Position with a ranking: "die ersten beiden, am meisten aber das zweite
# ... falls es voll ist, gern in das erste" = [AG2, AG1].  Apple Mail
# plain UTF-8 QP.

@mail("krueger-die-ersten-beiden-lieber-das-zweite", "2027-02-11 10:30:58",
      E("registration", "ute.krueger@fh-gievenbeck.example", "Ute Krüger",
        "Flüchtlingshilfe Gievenbeck", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Ute Krüger", "ute.krueger@fh-gievenbeck.example", "utf-8"),
            "Ute Krüger <ute.krueger@fh-gievenbeck.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<B7E2A9D4-0C3F-4A61-9E85-3F1D6C0B2A78@fh-gievenbeck.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.single("""Hallo Team MSO-Tag,

ich möchte mich gern anmelden. Von den drei Themen interessieren mich die ersten beiden, am meisten aber das zweite. Tragen Sie mich bitte dort ein – und falls es voll ist, gern in das erste.

Viele Grüße aus Gievenbeck
Ute Krüger
Flüchtlingshilfe Gievenbeck""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Newsletter (other) of a network, full of the workgroups' words: school,
# "Förderanträge", "Workshop", "Anmeldung" -- for its own events.

NEWSLETTER_TEXT = """Netzwerk Interkulturelle Elternarbeit Münsterland
Newsletter Februar 2027

Liebe Mitglieder und Interessierte,

1) Fortbildung "Eltern als Brücke zur Schule"
Am 27. Februar zeigen wir, wie Elternvereine Schulen bei der Elternarbeit unterstützen können. Anmeldung bis 20. Februar über unsere Website.

2) Workshop "Förderanträge schreiben – aber richtig"
Unser Schatzmeister erklärt Schritt für Schritt, wie ein Antrag bei Stiftungen und beim Land aussieht. Termin: 6. März, 17 Uhr, online.

3) Termine in der Region
Viele Mitgliedsvereine fahren am 13. März zum Tag der Migrantenselbstorganisationen in Münster. Wer eine Mitfahrgelegenheit sucht, meldet sich bitte bei uns.

Herzliche Grüße
Ihr Koordinationsteam

Newsletter abbestellen: https://nie-muensterland.example/newsletter/abmelden"""


@mail("newsletter-elternarbeit-februar", "2027-02-12 07:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Interkulturelle Elternarbeit <newsletter@nie-muensterland.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Februar 2027: Fortbildung, Workshop, Termine"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.5812.mso-tag=muenster.example@nie-muensterland.example>"),
           ("List-Id", "Newsletter NIE <newsletter.nie-muensterland.example>"),
           ("List-Unsubscribe", "<https://nie-muensterland.example/newsletter/abmelden?id=5812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    paras = NEWSLETTER_TEXT.split("\n\n")
    body = "".join(f"<p style=\"margin:0 0 14px 0\">{esc(p).replace(chr(10), '<br>')}</p>"
                   for p in paras[:-1])
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter Februar 2027</title></head>"
                 "<body style=\"margin:0;background:#f2f2f2\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                 "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Georgia,serif;"
                 f"font-size:15px;color:#222;padding:24px\"><tr><td>{body}"
                 "<p style=\"font-size:11px;color:#888\"><a href=\"https://nie-muensterland.example/newsletter/abmelden\">"
                 "Newsletter abbestellen</a></p></td></tr></table></td></tr></table></body></html>\n")
    m.alternative(NEWSLETTER_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Question, Turkish: in which room is "the middle group", and is there
# childcare?  She says she registered already; asks, changes nothing.
# iPhone, plain UTF-8 base64.

@mail("koc-turkish-question-ortadaki-grup", "2027-02-13 12:12:12",
      E("question", "fatma.koc@mail.example", "Fatma Koç",
        "Kadın Dayanışma Derneği Münster", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Fatma Koç", "fatma.koc@mail.example", "utf-8", "b"),
            "Fatma Koç <fatma.koc@mail.example>"),
           ("To", MSO),
           ("Subject", "Soru"),
           ("Date", m.date),
           ("Message-ID", "<D3F8A2C1-6B4E-4D97-A0E5-8C1B7F3E9D26@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Merhaba,

geçen hafta kayıt olmuştum. Ortadaki grup hangi salonda olacak? Bir de çocuklar için bakım var mı, 6 yaşında bir kızım var.

Teşekkürler
Fatma Koç
Kadın Dayanışma Derneği Münster

iPhone'umdan gönderildi""", charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Change by position: "from the first workgroup to the middle one" = AG2
# (was AG1, see 012).  English, Apple Mail reply, alternative UTF-8 QP,
# quoting the confirmation.  Signed with the first name only.

ACHIENG_CHANGE = """Hi,

Could you move me from the first workgroup to the middle one? Our chair can't make it on the 13th and asked me to cover the city topic for our association instead.

Thanks a lot,
Grace"""
ACHIENG_ATTR = ("On 20. Jan 2027, at 07:59, Tag der Migrantenselbstorganisationen "
                f"<{MSO}> wrote:")


@mail("achieng-change-first-to-middle", "2027-02-15 09:48:26",
      E("change", "grace.achieng@kca-muenster.example", "Grace Achieng",
        None, ["AG2"], None, "en"), "en")
def _(m):
    m.head(("From", "Grace Achieng <grace.achieng@kca-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5A0C7E3F-2D9B-4F16-8E4A-B1C6D0F3A927@kca-muenster.example>"),
           ("In-Reply-To", "<mso2027.20270120075902.51f0@muenster.example>"),
           ("References", "<9C2F4E1A-7B3D-4A8E-B6F0-1D5C3E9A2B74@kca-muenster.example>"
                          " <mso2027.20270120075902.51f0@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    quoted = confirmation("Frau Achieng", "AG1", 1)
    plain = f"{ACHIENG_CHANGE}\n\n> {ACHIENG_ATTR}\n>\n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(ACHIENG_CHANGE, (ACHIENG_ATTR, quoted)),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 042 ---------------------------------------------------------------------
# Cancellation for both persons of 002; Outlook alternative, windows-1252
# QP, quoting the confirmation (AG 3, 2 persons).

YILMAZ_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen Herr Kartal und ich unsere Teilnahme am 13. März absagen. An dem Tag findet unser Schulfest statt, das erst jetzt terminiert wurde.

Wir wünschen Ihnen eine gelungene Veranstaltung.

Mit freundlichen Grüßen
Aylin Yilmaz
Elternnetzwerk Coerde e.V."""

YILMAZ_CANCEL_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                       "Mittwoch, 13. Januar 2027 18:40",
                       "Yilmaz, Aylin <a.yilmaz@elternnetzwerk-coerde.example>",
                       CONFIRMATION_SUBJECT, confirmation("Frau Yilmaz", "AG3", 2))


@mail("yilmaz-cancel-outlook", "2027-02-17 14:20:39",
      E("cancellation", "a.yilmaz@elternnetzwerk-coerde.example", "Aylin Yilmaz",
        "Elternnetzwerk Coerde e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Yilmaz, Aylin" <a.yilmaz@elternnetzwerk-coerde.example>'),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT, "windows-1252"), "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZXAr9kT2mVq1RcW8nL0yH4sJbQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8874C1E0A7B3F5D2@DB9PR03MB8874.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mso2027.20270113184035.f3a7@muenster.example>"),
           ("References", "<mso2027.20270113184035.f3a7@muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YILMAZ_CANCEL, YILMAZ_CANCEL_QUOTE),
                  outlook_html(YILMAZ_CANCEL, YILMAZ_CANCEL_QUOTE),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Cancellation, Spanish, for both persons of 017; Gmail reply quoting the
# confirmation, alternative UTF-8 QP.

GARCIA_CANCEL = """Hola de nuevo:

Lo siento mucho, pero al final no podremos ir el 13 de marzo. Por favor, borrad nuestra inscripción (la de Lucía y la mía).

Gracias y un saludo,
Javier"""
GARCIA_ATTR = ("El dom, 24 ene 2027 a las 13:16, Tag der Migrantenselbstorganisationen "
               f"(<{MSO}>) escribió:")


@mail("garcia-spanish-cancel", "2027-02-20 19:40:07",
      E("cancellation", "javier.garcia@alm-muenster.example", "Javier García",
        None, [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Javier García", "javier.garcia@alm-muenster.example", "utf-8"),
            "Javier García <javier.garcia@alm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG0mT5sB7yQ2wE9rK4nV1xL6pZ3dF8hJ0cA5tU2oI9mR4gN1vY@mail.gmail.example>"),
           ("In-Reply-To", "<mso2027.20270124131602.2d6e@muenster.example>"),
           ("References", "<CAG0mT5rV2xW8qN1pL7sK4bY9dH3fJ6cZ0aE5uO2iR8tX1nQ7wA@mail.gmail.example>"
                          " <mso2027.20270124131602.2d6e@muenster.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr García Morales", "AG3", 2)
    plain = f"{GARCIA_CANCEL}\n\n{GARCIA_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(GARCIA_CANCEL, quote=(GARCIA_ATTR, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Change of party size only (3 -> 4, see 004): "Die Arbeitsgruppe bleibt
# gleich" states no new choice -> workgroups [], party_size 4.  GMX reply,
# ISO-8859-1 QP, quoting the confirmation.

@mail("schulze-change-zu-viert", "2027-02-23 08:15:49",
      E("change", "renate.schulze@gmx-mail.example", "Renate Schulze",
        None, [], 4, "de"), "de")
def _(m):
    m.head(("From", "Renate Schulze <renate.schulze@gmx-mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Aw: " + CONFIRMATION_SUBJECT, "iso-8859-1"), "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-91e0b7d3-4c2a-4f85-b6e1-0d8a3c5f7e29-1771830949067@3c-app-gmx-bap41>"),
           ("In-Reply-To", "<mso2027.20270114192330.8b14@muenster.example>"),
           ("References", "<mso2027.20270114192330.8b14@muenster.example>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrtes Team,

wir werden nun doch zu viert sein: Herr Karim Haddou aus unserem
Gartenverein kommt auch mit. Die Arbeitsgruppe bleibt gleich.

Mit freundlichen Grüßen
Renate Schulze


Gesendet: Donnerstag, 14. Januar 2027 um 19:23
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: "Renate Schulze" <renate.schulze@gmx-mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Schulze", "AG3", 3)}
""", charset="iso-8859-1", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# After the deadline, "last time" reference to the public page: in 2018 she
# was in the workshop on heritage-language teaching ("herkunftssprachlicher
# Unterricht", named on the page) and wants "so etwas in der Art" again,
# "in die passende Arbeitsgruppe".  Teaching in schools belongs to the
# education system -> AG1 (see README).  Webmailer HTML only, UTF-8 base64.

KARAGIANNI_TEXT = """Guten Morgen,

ich weiß, die Anmeldefrist ist eigentlich vorbei – ich hoffe, es geht trotzdem noch. Ich war 2018 beim MSO-Tag im Workshop zum herkunftssprachlichen Unterricht, und so etwas in der Art würde ich dieses Jahr gern wieder machen. Bitte tragen Sie mich in die passende Arbeitsgruppe ein.

Mit besten Grüßen
Sofia Karagianni
Griechischer Elternverein Münster e.V."""


@mail("karagianni-late-wie-2018-herkunftssprache", "2027-03-08 10:25:14",
      E("registration", "sofia.karagianni@mail.example", "Sofia Karagianni",
        "Griechischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sofia Karagianni <sofia.karagianni@mail.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1772961914.5520.8831@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(KARAGIANNI_TEXT, "font-family: Verdana, sans-serif; font-size: 12px;"),
             subtype="html", charset="utf-8", cte="base64")


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
LANGS = {"de", "en", "tr", "ar", "ru", "pl", "fr", "es"}


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if any(w not in WG_IDS for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower() or not e["name"]:
            problems.append("person mail needs lower-case email and a name")
        if e["language"] not in LANGS:
            problems.append("person mail needs a language")
    else:
        if any(e[f] is not None for f in ("email", "name", "organisation", "language", "party_size")):
            problems.append("machine mail must have null email/name/org/language/party")
        if e["workgroups"]:
            problems.append("machine mail must have no workgroups")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k in ("cancellation", "question") and e["party_size"] is not None:
        problems.append("party_size must be null")
    if k in ("cancellation", "question") and e["workgroups"]:
        problems.append("cancellation/question states no workgroup choice here")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = check_labels(expected)
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for h, want in m.headers.items():
        if str(msg[h]) != want:
            problems.append(f"header {h} decodes to {str(msg[h])!r}, not {want!r}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
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
    # the labels must agree with the mail
    if expected["email"] and expected["email"] not in text.lower():
        problems.append("expected email does not occur in the mail")
    for f in ("name", "organisation"):
        if expected[f] and expected[f] not in text:
            problems.append(f"expected {f} is not written in the mail")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if expected["kind"] in ("change", "cancellation"):
        if "Personen:" not in text or msg["In-Reply-To"] is None:
            problems.append("change/cancellation should answer and quote the confirmation")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text language x kind:")
    for (t, k), n in sorted(langs.items()):
        print(f"  {t:3} {k:13} {n}")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:11} {cs:13} {cte:17} {k}")


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

    senders = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        if e["kind"] == "registration":
            senders[e["email"]] += 1
    for who, n in senders.items():
        if n > 1:
            print(f"{who}: registers {n} times")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
