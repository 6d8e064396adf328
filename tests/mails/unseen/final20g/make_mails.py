#!/usr/bin/env python3
"""Build the "final20g" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of ../../shared/corpus/dev/config.toml),
corrections and second thoughts.  Most follow-ups answer the organiser's
confirmation: other workgroup, other party size, name spelling, new e-mail
address, several things at once, one of several persons drops out, a
cancellation withdrawn ("I can come after all"), or just "all is fine".
Writers from Eastern Europe and Central Asia (Russian, Ukrainian, Polish,
Kazakh, Georgian, Armenian) and German; some Cyrillic typed in Latin letters.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
and reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

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
# texts the organiser sent (quoted in replies, returned in the bounce)
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
CANCEL_ACK_SUBJECT = "Ihre Absage zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, name, address, org, ag, persons):
    """The organiser's confirmation, listing what was stored (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben folgende Angaben gespeichert:

Name: {name}
E-Mail: {address}
Organisation: {org or "(keine Angabe)"}
Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Bitte prüfen Sie die Angaben. Möchten Sie etwas ändern, die Arbeitsgruppe
wechseln oder absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def cancel_ack(salutation):
    """The organiser's answer to a cancellation (quoted when people come after all)."""
    return f"""Guten Tag {salutation},

wir haben Ihre Absage zum Tag der Migrantenselbstorganisationen 2027 am
13. März 2027 erhalten und Sie von der Teilnehmerliste gestrichen.

Schade, dass Sie nicht dabei sein können! Falls sich Ihre Pläne doch noch
ändern, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, conf_text, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in the bounce)."""
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
    m.set_content(conf_text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# how the mail clients render a text and a quote
# ---------------------------------------------------------------------------

def outlook_head(charset="Windows-1252", lang="DE"):
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
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


DE_LABELS = ("Von", "Gesendet", "An", "Betreff")
PL_LABELS = ("Od", "Wysłano", "Do", "Temat")


def outlook_html(text, quote=None, labels=DE_LABELS, charset="Windows-1252", lang="DE"):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsu = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:{lang}'>{lf}:</span></b>"
                   f"<span style='mso-fareast-language:{lang}'> {esc(frm)} <br>\n"
                   f"<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(to)}<br>\n"
                   f"<b>{lsu}:</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset, lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsu = labels
    return (f"{text}\n\n{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n"
            f"{lsu}: {subj}\n\n{quoted}")


def gmail_plain(text, attr=None, quoted=None):
    if not attr:
        return text
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}"


def gmail_html(text, attr=None, quoted=None):
    body = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{body}</div>'
    if attr:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                f'class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text, attr=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attr:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
                  f'<blockquote type="cite"><div dir="ltr">{q}</div></blockquote>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto">' + inner + "</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def reply_heads(m, frm, subject, msgid, in_reply_to, *extra, reply_to=None):
    """Headers of a reply to one of the organiser's mails."""
    pairs = [("From", frm)]
    if reply_to:
        pairs.append(("Reply-To", reply_to))
    pairs += [("To", TO_MSO),
              ("Subject", subject),
              ("Date", m.date),
              ("Message-ID", msgid),
              ("In-Reply-To", in_reply_to),
              ("References", in_reply_to)]
    pairs += list(extra)
    pairs.append(("MIME-Version", "1.0"))
    m.head(*pairs)


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
# Registration replying to the invitation (Thunderbird, '>' quote with all
# three AGs); "meine Frau Ewa" = 2.  ISO-8859-2 quoted-printable, Polish name.

@mail("kaluzny-reply-quoting-invitation", "2027-01-12 16:05:31",
      E("registration", "w.kaluzny@mosty-muenster.example", "Wojciech Kałużny",
        'Deutsch-Polnischer Verein "Mosty" Münster e.V.', ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Wojciech Kałużny", "w.kaluzny@mosty-muenster.example", "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a1f0c7e-3d92-4b61-a8e4-90c2f6b1d3a7@mosty-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung. Ich melde mich und meine Frau Ewa für die
AG 3 an (Förderung und Vereinsmanagement) - wir sind gerade dabei, unseren
Verein neu aufzustellen, da kommt das Thema genau richtig.

Mit freundlichen Grüßen
Wojciech Kałużny

-- 
Deutsch-Polnischer Verein "Mosty" Münster e.V.
Schriftführer

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252: sent from the association's mailbox with
# the chairman's personal Reply-To (Reply-To wins).  First and second wish,
# "mit 4 Personen"; "2. Vorsitzender" and the street number are no choices.

SCHAEFER_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Tag der Migrantenselbstorganisationen am 13. März 2027 an.

Wir kommen mit 4 Personen aus unserem Vorstand. Unser Erstwunsch ist die AG 2 („Münsters Zukunftsprozess“), falls diese schon voll ist, gerne die AG 3.

Bitte senden Sie die Bestätigung an meine persönliche Adresse (Antwortadresse dieser Mail), das Vereinspostfach wird nur unregelmäßig gelesen.

Mit freundlichen Grüßen

Waldemar Schäfer
2. Vorsitzender
Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster
Hammer Str. 212, 48153 Münster
Tel. 0251 / 7 03 98 21"""


@mail("schaefer-outlook-html-reply-to", "2027-01-13 09:12:40",
      E("registration", "w.schaefer@lmdr-muenster.example", "Waldemar Schäfer",
        "Landsmannschaft der Deutschen aus Russland – Ortsgruppe Münster",
        ["AG2", "AG3"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"LmDR Ortsgruppe Münster" <info@lmdr-muenster.example>'),
           ("Reply-To", '"Schäfer, Waldemar" <w.schaefer@lmdr-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027 - Landsmannschaft Ortsgruppe Münster"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027 - Landsmannschaft Ortsgruppe Münster"),
           ("Thread-Index", "AdtlQk3Vb8n2YcR1S0mPq7wXz4eTgA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7340F2A1B3C4D5E6F7A8B9C0D1E2@DB9PR03MB7340.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHAEFER_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Russian, Gmail alternative, UTF-8 base64.  She first thinks of the first
# group, then decides for the second: only the final choice counts.

KUZNETSOVA_TEXT = """Здравствуйте!

Хочу зарегистрироваться на Tag der Migrantenselbstorganisationen 13 марта.
Я представляю нашу родительскую инициативу (русскоязычные родители в Мюнстере).

Сначала думала записаться в первую рабочую группу (Bildung), но, подумав,
всё-таки выбираю вторую – про Zukunftsprozess, там сейчас решается, что
будет с нашим районом. Приду одна.

С уважением,
Марина Кузнецова
Elterninitiative „Raduga“ Münster"""


@mail("kuznetsova-russian-change-of-mind", "2027-01-13 18:40:05",
      E("registration", "marina.kuznetsova@inbox.example", "Марина Кузнецова",
        "Elterninitiative „Raduga“ Münster", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Марина Кузнецова <marina.kuznetsova@inbox.example>"),
           ("To", MSO),
           ("Subject", "Регистрация MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAJw4kP1zR7sQ2vN9mX3bT6yH0cL5dF8gA2eK4uW7oB1nS9pV3q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KUZNETSOVA_TEXT, gmail_html(KUZNETSOVA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Georgian (Mkhedruli), UTF-8 base64.  "მესამე სამუშაო ჯგუფი" = the third
# working group; "მოვალ მარტო" = I come alone.  Georgian signature beats the
# Latin display name; the association is named in German.

@mail("beridze-georgian", "2027-01-14 10:03:22",
      E("registration", "nino.beridze@iberia-ms.example", "ნინო ბერიძე",
        "Georgischer Kulturverein „Iberia“ Münster e.V.", ["AG3"], 1, "ka"), "ka")
def _(m):
    m.head(("From", "Nino Beridze <nino.beridze@iberia-ms.example>"),
           ("To", MSO),
           ("Subject", "რეგისტრაცია – MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<e81c4d2a-6f3b-4a07-9b5e-1d2c3f4a5b6c@iberia-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""გამარჯობა,

დიდი მადლობა მოწვევისთვის. მინდა დავრეგისტრირდე 13 მარტის შეხვედრაზე
(Tag der Migrantenselbstorganisationen). ვირჩევ მესამე სამუშაო ჯგუფს –
დაფინანსების შესაძლებლობები და ორგანიზაციის ეფექტური მართვა.
მოვალ მარტო.

პატივისცემით,
ნინო ბერიძე
Georgischer Kulturverein „Iberia“ Münster e.V.
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Russian typed in Latin letters on a German iPhone, US-ASCII.  "Gruppa 3",
# "nas budet dvoe - ja i muzh" = we are two, me and my husband.

@mail("morozova-russian-translit-iphone", "2027-01-14 21:17:48",
      E("registration", "elena.morozova77@inbox.example", "Elena Morozova",
        'Seniorenklub "Berjozka" e.V.', ["AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Elena M. <elena.morozova77@inbox.example>"),
           ("To", MSO),
           ("Subject", "registracija MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<8F2C61D0-4B7A-4E39-A1C5-7D9E0F3B2A64@inbox.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Zdravstvujte!

Hochu zapisat'sja na MSO-Tag 13 marta. Gruppa 3 (Foerderung), nas budet
dvoe - ja i muzh. My iz nashego seniorskogo kluba, tam kak raz nuzhny den'gi
na novye proekty.

Spasibo!
Elena Morozova
Seniorenklub "Berjozka" e.V.

Von meinem iPhone gesendet""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Polish, Outlook alternative in ISO-8859-2 quoted-printable.  "siebie i dwie
# koleżanki" = myself and two colleagues -> 3; "grupa robocza nr 2".  The club
# appears inflected in the text; the signature has its base form.

ZAJAC_TEXT = """Dzień dobry,

w imieniu Polskiego Klubu Seniora zgłaszam na Tag der Migrantenselbstorganisationen siebie i dwie koleżanki z zarządu. Interesuje nas grupa robocza nr 2 (Zukunftsprozess), bo chcemy, żeby głos starszych migrantów też był słyszalny.

Z poważaniem
Katarzyna Zając
Polski Klub Seniora Münster"""


@mail("zajac-polish-outlook", "2027-01-15 11:30:09",
      E("registration", "k.zajac@klub-seniora-ms.example", "Katarzyna Zając",
        "Polski Klub Seniora Münster", ["AG2"], 3, "pl"), "pl", tz=0)
def _(m):
    m.head(("From", addr("Zając Katarzyna", "k.zajac@klub-seniora-ms.example", "iso-8859-2", "q")),
           ("To", TO_MSO),
           ("Subject", ew("Zgłoszenie - MSO-Tag 13.03.2027", "iso-8859-2", "q")),
           ("Thread-Topic", ew("Zgłoszenie - MSO-Tag 13.03.2027", "iso-8859-2", "q")),
           ("Thread-Index", "AdtmT2kPq4rN1cB7S8wYx3vZ0aLeHQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9011A4B5C6D7E8F9A0B1C2D3E4F5@AS8PR02MB9011.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "pl-PL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ZAJAC_TEXT, outlook_html(ZAJAC_TEXT, charset="iso-8859-2", lang="PL"),
                  charset="iso-8859-2", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Ukrainian in KOI8-U, 8bit.  "Реєструю трьох осіб" = I register three
# persons; "першої робочої групи – про освіту" = the first group, education.

@mail("melnychuk-ukrainian-koi8u", "2027-01-16 08:55:17",
      E("registration", "taras.melnychuk@sonyah-schule.example", "Тарас Мельничук",
        'Українська суботня школа "Сонях"', ["AG1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Тарас Мельничук", "taras.melnychuk@sonyah-schule.example", "koi8-u", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація на MSO-Tag", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270116085517.3C41A@sonyah-schule.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Реєструю трьох осіб на День мігрантських організацій 13 березня:
себе та двох вчительок нашої суботньої школи. Ми хотіли б потрапити
до першої робочої групи - про освіту (Bildungssystem), бо це саме
наша тема.

З повагою,
Тарас Мельничук
Українська суботня школа "Сонях"
м. Мюнстер
""", charset="koi8-u", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Registration corrected in a P.S.: "zu zweit" in the text, "wir sind also
# doch zu dritt" in the P.S. -> 3.  UTF-8 quoted-printable.

@mail("grigoryan-ps-zu-dritt", "2027-01-16 15:22:54",
      E("registration", "anahit.grigoryan@armenische-gemeinde-ms.example", "Anahit Grigoryan",
        "Armenische Gemeinde Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Anahit Grigoryan <anahit.grigoryan@armenische-gemeinde-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag – Armenische Gemeinde"),
           ("Date", m.date),
           ("Message-ID", "<b3e7a912-0c4d-4f58-86a1-2e9d7c5f0b13@armenische-gemeinde-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team vom Integrationszentrum,

die Armenische Gemeinde Münster e.V. meldet sich zum MSO-Tag an. Wir
kommen zu zweit (ich und unser Schriftführer Vahe Sahakyan) und würden gern
an der AG 3 teilnehmen, weil wir dieses Jahr zum ersten Mal Fördermittel
beantragen wollen.

Herzliche Grüße
Anahit Grigoryan
Vorsitzende

PS: Gerade kam noch die Zusage von unserer Kassiererin, Frau Mkrtchyan – wir
sind also doch zu dritt!
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Armenian, Gmail alternative, UTF-8 quoted-printable.  First choice AG 1
# (education), second AG 2; "կնոջս հետ" = with my wife -> 2.

HAKOBYAN_TEXT = """Բարև Ձեզ,

Ցանկանում եմ գրանցվել Միգրանտների ինքնակազմակերպությունների օրվան, որը տեղի կունենա մարտի 13-ին Մյունստերում։
Կգամ կնոջս հետ։ Առաջին ընտրությունս կրթության աշխատանքային խումբն է (AG 1), երկրորդը՝ AG 2։

Հարգանքով՝
Արմեն Հակոբյան
Armenischer Kulturverein „Ararat“ Münster e.V."""


@mail("hakobyan-armenian", "2027-01-18 12:10:36",
      E("registration", "armen.hakobyan@ararat-ms.example", "Արմեն Հակոբյան",
        "Armenischer Kulturverein „Ararat“ Münster e.V.", ["AG1", "AG2"], 2, "hy"), "hy")
def _(m):
    m.head(("From", "Armen Hakobyan <armen.hakobyan@ararat-ms.example>"),
           ("To", MSO),
           ("Subject", "Գրանցում / Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF3mH8pQ1xT5vR9wK2zN7bY4cJ6dL0eG3aS8uM5oV2iB9nX1rW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAKOBYAN_TEXT, gmail_html(HAKOBYAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Kazakh (Cyrillic), UTF-8 quoted-printable.  "Біз екеуміз келеміз" = the two
# of us come; "Екінші жұмыс тобы" = the second working group.

@mail("seitkali-kazakh", "2027-01-18 19:48:03",
      E("registration", "aigerim.seitkali@dostyq-ms.example", "Айгерім Сейітқали",
        "Қазақ мәдени орталығы «Достық»", ["AG2"], 2, "kk"), "kk")
def _(m):
    m.head(("From", "Aigerim Seitkali <aigerim.seitkali@dostyq-ms.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag тіркелу"),
           ("Date", m.date),
           ("Message-ID", "<1768762083.208117.4420@webmail.dostyq-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Сәлеметсіз бе!

13 наурыздағы MSO-Tag шарасына тіркелгім келеді. Біз екеуміз келеміз:
мен және әріптесім Ерлан. Екінші жұмыс тобын таңдаймыз – Мюнстердің
болашағы туралы (Zukunftsprozess).

Құрметпен,
Айгерім Сейітқали
Қазақ мәдени орталығы «Достық»
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# German, ISO-8859-15 8bit; a welfare organisation registers the writer and a
# colleague (2) for "Arbeitsgruppe Bildung" (alias).  Address block numbers.

@mail("brockmann-caritas-latin9", "2027-01-19 09:30:44",
      E("registration", "j.brockmann@caritas-ms.example", "Jutta Brockmann",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jutta Brockmann <j.brockmann@caritas-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<000b01db6a2e$7c3d1f40$74b75dc0$@caritas-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

für den MSO-Tag am 13. März melde ich mich und meine Kollegin Dilfuza
Nazarova (Migrationsberatung für Erwachsene) an. Wir möchten beide in die
Arbeitsgruppe Bildung.

Vorab schon mal ein Dankeschön für die Organisation - wir freuen uns!

Mit freundlichen Grüßen
Jutta Brockmann

Caritasverband für die Stadt Münster e.V.
Fachdienst Integration und Migration
Josefstraße 2, 48151 Münster
Tel. 0251 53009-0
""", charset="iso-8859-15", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# The subject says AG 1, the body corrects it: "gemeint ist die AG 2".

@mail("abenov-subject-corrected-in-body", "2027-01-20 14:05:12",
      E("registration", "daniyar.abenov@dkg-muenster.example", "Daniyar Abenov",
        "Deutsch-Kasachische Gesellschaft Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Daniyar Abenov <daniyar.abenov@dkg-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung AG 1 - Daniyar Abenov"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4f2a9c61-7e0b-4d38-b5c2-91a6e8d3f0c7-1768914312044@3c-app-webde-bs31>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich für den MSO-Tag am 13. März anmelden. Entschuldigung, im
Betreff habe ich aus Versehen AG 1 geschrieben – gemeint ist die AG 2
(Zukunftsprozess). Ich komme allein.

Viele Grüße
Daniyar Abenov
Deutsch-Kasachische Gesellschaft Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Polish, windows-1250 QP.  He comes alone for group 1 and asks for the
# confirmation to go to the school's office address -> that address.

@mail("dabrowski-polish-confirm-to-school", "2027-01-21 10:44:27",
      E("registration", "sekretariat@polska-szkola-ms.example", "Paweł Dąbrowski",
        "Polska Szkoła Sobotnia w Münster", ["AG1"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Paweł Dąbrowski", "pawel.dabrowski@poczta-ms.example", "windows-1250", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag – Polska Szkoła Sobotnia", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<7c0d9e21-5a44-4b3f-8e16-c2d0a9f7b513@poczta-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

zgłaszam się na Tag der Migrantenselbstorganisationen 13 marca. Będę sam,
jako przedstawiciel Polskiej Szkoły Sobotniej. Wybieram grupę roboczą nr 1
(Bildungssystem), bo to nasz główny temat – dwujęzyczne dzieci w szkołach.

Proszę wysłać potwierdzenie na adres szkoły:
sekretariat@polska-szkola-ms.example – tam sprawdzamy pocztę codziennie.

Pozdrawiam serdecznie
Paweł Dąbrowski
Polska Szkoła Sobotnia w Münster
""", charset="windows-1250", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Ukrainian typed in Latin letters (no Ukrainian keyboard at work), ASCII.
# "Bude nas dvoye" = we will be two; "Robocha hrupa 1 (osvita)".

@mail("lysenko-ukrainian-translit", "2027-01-22 20:15:58",
      E("registration", "nataliia.lysenko@webpost.example", "Nataliia Lysenko",
        None, ["AG1"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Nataliia Lysenko <nataliia.lysenko@webpost.example>"),
           ("To", MSO),
           ("Subject", "Reyestratsiya na MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0b8e3f27-c1d4-4a69-9e52-7f3a1c8d6b40-1769109358220@3c-app-webpost-bs04>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobryj den!

Khochu zareyestruvatysya na MSO-Tag 13 bereznya. Bude nas dvoye - ya i moya
sestra Oksana. Robocha hrupa 1 (osvita, Bildung), bo v nas obokh dity v
nimetskiy shkoli i tam bahato problem z movoyu.

Dyakuyu!
Nataliia Lysenko

P.S. Vybachte, shcho latynkoyu - pyshu z robochoho kompyutera, tut nemaye
ukrayinskoyi klaviatury.
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Change of workgroup (AG 1 -> AG 2) answering the confirmation; Outlook
# alternative, UTF-8 QP, quote below a Von/Gesendet block.  The quoted
# confirmation names AG 1 and 1 person.

SZYMANSKI_CHANGE = """Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Könnten Sie mich bitte von der AG 1 in die AG 2 umbuchen? In der AG 1 ist schon eine Kollegin aus unserem Verein, wir wollen uns lieber aufteilen.

Mit freundlichen Grüßen
Marek Szymański
Polnischer Sozialrat Münster e.V."""


@mail("szymanski-change-ag1-to-ag2", "2027-01-25 09:05:41",
      E("change", "marek.szymanski@sozialrat-pl.example", "Marek Szymański",
        "Polnischer Sozialrat Münster e.V.", ["AG2"], None, "de"), "de", tz=0)
def _(m):
    addr_ = "marek.szymanski@sozialrat-pl.example"
    reply_heads(m, f"=?utf-8?q?Szyma=C5=84ski=2C_Marek?= <{addr_}>",
                "AW: " + CONFIRMATION_SUBJECT,
                "<AM0PR05MB6180C1D2E3F4A5B6C7D8E9F0A1B2@AM0PR05MB6180.eurprd05.prod.outlook.example>",
                "<mailbot.20270119100512.4b1e@muenster.example>",
                ("Thread-Topic", CONFIRMATION_SUBJECT),
                ("Thread-Index", "AQHbanN2q8Rk1Wc0T3mYp5vX9zL4eQ=="),
                ("Accept-Language", "de-DE, pl-PL"),
                ("Content-Language", "de-DE"),
                ("X-MS-Has-Attach", ""))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 19. Januar 2027 10:05",
             f"Szymański, Marek <{addr_}>",
             CONFIRMATION_SUBJECT,
             confirmation("Herr Szymański", "Marek Szymański", addr_,
                          "Polnischer Sozialrat Münster e.V.", "AG1", 1))
    m.alternative(outlook_plain(SZYMANSKI_CHANGE, quote),
                  outlook_html(SZYMANSKI_CHANGE, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# German of a Georgian learner ("mit meine Tochter", "Arbeitsgrupe Bildung");
# the organisation in her own grammar; "sie ist 19" is an age.

@mail("kvaratskhelia-learner-german", "2027-01-25 17:30:19",
      E("registration", "tamar.kvara@webpost.example", "Tamar Kvaratskhelia",
        "Georgisch-Deutsche Verein Kolkheti", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "tamuna <tamar.kvara@webpost.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6d1e0a93-2b7c-4f15-a8d4-3c9b5e7f1a28-1769358619301@3c-app-webpost-bs11>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich möchte anmelden für MSO Tag am 13 März. Ich komme mit meine Tochter
Mariam, sie ist 19 und studiert in Münster. Wir möchten in Arbeitsgrupe
Bildung, weil ich bin Elternvertreterin in Schule von mein Sohn.
Ich bin aus Georgien und Mitglied von Georgisch-Deutsche Verein Kolkheti.

Vielen Dank
Tamar Kvaratskhelia
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Russian form block from Outlook, windows-1251 QP alternative.  First AG 3,
# if full AG 1; "Количество человек: 1".  Cyrillic signature, Latin display name.

ZHUMABAYEVA_TEXT = """Добрый день!

Прошу зарегистрировать меня на День мигрантских организаций 13 марта 2027 г.

Организация: Казахстанское землячество «Атамекен»
Рабочая группа: в первую очередь AG 3 (финансирование), если там не будет мест – AG 1
Количество человек: 1

С уважением,
Гульнара Жумабаева"""


@mail("zhumabayeva-russian-form-cp1251", "2027-01-26 11:11:50",
      E("registration", "g.zhumabayeva@atameken-ms.example", "Гульнара Жумабаева",
        "Казахстанское землячество «Атамекен»", ["AG3", "AG1"], 1, "ru"), "ru", tz=0)
def _(m):
    m.head(("From", "Gulnara Zhumabayeva <g.zhumabayeva@atameken-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Регистрация на MSO-Tag", "windows-1251", "b")),
           ("Thread-Topic", ew("Регистрация на MSO-Tag", "windows-1251", "b")),
           ("Thread-Index", "AdtvRm8Yk2pQ1nS4cV7wZ0bX3eT5gA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7211E3F4A5B6C7D8E9F0A1B2C3D4@PA4PR08MB7211.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "ru-RU, de-DE"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ZHUMABAYEVA_TEXT,
                  outlook_html(ZHUMABAYEVA_TEXT, charset="windows-1251", lang="RU"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Bilingual out-of-office (German and Russian) answering a confirmation;
# Auto-Submitted: auto-replied.

@mail("hoffmann-out-of-office-de-ru", "2027-01-27 13:40:52",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Irina Hoffmann <i.hoffmann@russisches-haus-ms.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz / Автоответ: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1769517652.5521@russisches-haus-ms.example>"),
           ("In-Reply-To", "<mailbot.20270127134046.2d8f@muenster.example>"),
           ("References", "<mailbot.20270127134046.2d8f@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 8. Februar im Urlaub und
lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an
info@russisches-haus-ms.example.

Спасибо за Ваше письмо. Я в отпуске до 8 февраля и не читаю почту.
По срочным вопросам пишите, пожалуйста, на info@russisches-haus-ms.example.

Irina Hoffmann
Russisches Haus Münster e.V.
""", charset="utf-8", cte="base64")


# -- 019 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), Russian, Gmail in Russian ("пн, 25 янв.
# 2027 г. в 18:31 ..."); "рабочая группа остаётся та же" -> no workgroup.

PAVLENKO_CHANGE = """Здравствуйте!

Спасибо за подтверждение. Небольшое изменение: с нами пойдёт ещё наш
новый член правления, так что нас будет трое, а не двое. Рабочая группа
остаётся та же.

С уважением,
Сергей Павленко
Немецко-русский культурный центр «Мост»"""


@mail("pavlenko-russian-party-2-to-3", "2027-01-28 08:20:33",
      E("change", "s.pavlenko@inbox.example", "Сергей Павленко",
        "Немецко-русский культурный центр «Мост»", [], 3, "ru"), "ru")
def _(m):
    reply_heads(m, "Сергей Павленко <s.pavlenko@inbox.example>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<CAN5rT2wQ8yK1pX4mV7bZ0cH3dJ6fL9gB2eS5uN8oA1iW4qR7tY@mail.gmail.example>",
                "<mailbot.20270125183107.7a2c@muenster.example>")
    attr = f"пн, 25 янв. 2027 г. в 18:31, Tag der Migrantenselbstorganisationen <{MSO}>:"
    conf = confirmation("Сергей Павленко", "Сергей Павленко", "s.pavlenko@inbox.example",
                        "Немецко-русский культурный центр «Мост»", "AG2", 2)
    m.alternative(gmail_plain(PAVLENKO_CHANGE, attr, conf),
                  gmail_html(PAVLENKO_CHANGE, attr, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# English, Gmail alternative; "workgroup II", "with a friend ... so we are two".

KALAYDJIAN_TEXT = """Hello,

I'd like to register for the MSO day on 13 March. I'll come with a friend from our association, so we are two. We'd like to join workgroup II (the future of Münster) - most of our members are students and want to stay in the city after graduating.

Best regards,
Sevan Kalaydjian
Armenian Youth Association Münster"""


@mail("kalaydjian-english-workgroup-ii", "2027-01-29 16:02:08",
      E("registration", "sevan.kalaydjian@aya-muenster.example", "Sevan Kalaydjian",
        "Armenian Youth Association Münster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Sevan Kalaydjian <sevan.kalaydjian@aya-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO day"),
           ("Date", m.date),
           ("Message-ID", "<CAE2vB7nR4kQ9wT1xM6yP3zL8cH5dF0gJ2aS7uK4oN1iV9bX6rW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KALAYDJIAN_TEXT, gmail_html(KALAYDJIAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Only confirms that all is fine (other): repeats the stored AG 3 and two
# persons; Outlook plain text with "-----Ursprüngliche Nachricht-----".

@mail("neufeld-all-correct-thanks", "2027-02-01 10:15:26",
      E("other"), "de", tz=0)
def _(m):
    addr_ = "heinz.neufeld@mennoniten-ms.example"
    reply_heads(m, f"Heinz Neufeld <{addr_}>",
                "AW: " + CONFIRMATION_SUBJECT,
                "<000c01db7497$2e8f1a50$8bad4ef0$@mennoniten-ms.example>",
                "<mailbot.20270129091244.0e5b@muenster.example>",
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Content-Language", "de"))
    m.single(f"""Hallo,

danke für die schnelle Bestätigung. Alles richtig so: AG 3, wir kommen zu
zweit. Bis zum 13. März!

Gruß
Heinz Neufeld

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 29. Januar 2027 09:12
An: Heinz Neufeld <{addr_}>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Neufeld", "Heinz Neufeld", addr_,
              "Mennonitische Aussiedlergemeinde Münster", "AG3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Kazakh in the Latin alphabet of 2021 (ä, ğ, q, ñ, ū, ü, ş), UTF-8 QP.
# "Biz üşeumiz kelemiz" = the three of us come; "Birinşi jūmys toby" = the
# first working group.  The university is not an organisation.

@mail("ospanova-kazakh-latin", "2027-02-02 12:30:14",
      E("registration", "dana.ospanova@uni-ms-studis.example", "Dana Ospanova",
        None, ["AG1"], 3, "kk"), "kk")
def _(m):
    m.head(("From", "Dana Ospanova <dana.ospanova@uni-ms-studis.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag tirkelu"),
           ("Date", m.date),
           ("Message-ID", "<3A9D4E1F-7C2B-4F60-8E15-B0C6D2A7E9F4@uni-ms-studis.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Sälemetsiz be!

Men 13 nauryzdağy MSO-Tag-qa tirkelgim keledi. Biz üşeumiz kelemiz: men jäne
eki dosym. Bärimiz Münster universitetinde oqimyz. Birinşi jūmys tobyn
tañdaimyz – bilim beru jüiesi (Bildungssystem).

Latynşa jazğanym üşin keşiriñiz, telefonymda qazaq pernetaqtasy joq.

Raqmet!
Dana Ospanova
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Ukrainian, Gmail in Ukrainian: only the spelling of the name changes
# ("Tkatschenko" -> "Tkachenko", as in the passport); "все інше правильно".

TKACHENKO_CHANGE = """Добрий день!

Дякую за підтвердження. Прошу виправити написання мого прізвища: у
підтвердженні стоїть «Oleksandr Tkatschenko», а правильно – «Oleksandr
Tkachenko», як у паспорті. Це важливо, бо ви, мабуть, будете друкувати
бейджі. Все інше правильно.

З повагою,
Олександр"""


@mail("tkachenko-ukrainian-name-spelling", "2027-02-03 09:50:47",
      E("change", "o.tkachenko@ukr-post.example", "Oleksandr Tkachenko",
        None, [], None, "uk"), "uk")
def _(m):
    reply_heads(m, "Oleksandr Tkachenko <o.tkachenko@ukr-post.example>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<CAM8pW3xT1kR6vQ9nZ4bY7cL2dH5fJ0gA3eS8uP1oV4iN7mX2qB@mail.gmail.example>",
                "<mailbot.20270201101209.9c3a@muenster.example>")
    attr = f"пн, 1 лют. 2027 р. о 10:12 Tag der Migrantenselbstorganisationen <{MSO}> пише:"
    conf = confirmation("Herr Tkatschenko", "Oleksandr Tkatschenko", "o.tkachenko@ukr-post.example",
                        None, "AG2", 1)
    m.alternative(gmail_plain(TKACHENKO_CHANGE, attr, conf),
                  gmail_html(TKACHENKO_CHANGE, attr, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Ukrainian carrying the sentences, full of German association words
# (Verein, Förderung, Förderantrag, Kassenwartin); "нас двоє" = we are two.

@mail("kravets-ukrainian-german-words", "2027-02-04 19:05:30",
      E("registration", "halyna.kravets@dnipro-verein.example", "Галина Кравець",
        "Ukrainischer Kulturverein „Dnipro“ Münster e.V.", ["AG3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Галина Кравець <halyna.kravets@dnipro-verein.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація MSO-Tag, AG 3"),
           ("Date", m.date),
           ("Message-ID", "<1770228330.411902.2087@webmail.dnipro-verein.example>"),
           ("MIME-Version", "1.0"))
    text = """Доброго вечора!

Реєструюсь на MSO-Tag. Наш Verein хоче взяти участь в AG 3 (Förderung),
бо ми саме пишемо перший Förderantrag на наш Kulturabend і маємо купу
питань. Буду разом з нашою Kassenwartin, тобто нас двоє.

Дякую і до зустрічі!
Галина Кравець
Ukrainischer Kulturverein „Dnipro“ Münster e.V."""
    m.alternative(text, div_html(text, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Postfix bounce of a confirmation sent to a mistyped domain (armenet for
# armnet); the returned confirmation names AG 2 and 1 person.

@mail("postfix-bounce-armenet-typo", "2027-02-05 07:45:14",
      E("bounce", bounced="tatevik.sargsyan@armenet-mail.example"), "en")
def _(m):
    rcpt = "tatevik.sargsyan@armenet-mail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270205064514.2B7C41C0F3@mail.muenster.example>"),
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
    Name service error for name=armenet-mail.example type=A: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B7C41C0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri,  5 Feb 2027 07:45:11 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=armenet-mail.example type=A: Host not found")])
    original = confirmation_message(
        f"Tatevik Sargsyan <{rcpt}>",
        confirmation("Frau Sargsyan", "Tatevik Sargsyan", rcpt, None, "AG2", 1),
        "Fri, 05 Feb 2027 07:45:10 +0100", "<mailbot.20270205074510.5f0d@muenster.example>",
        "<CAK2sV8qN5xT1wR7mZ4bY0cJ3dH6fL9gP2eA5uQ8oB1iX4nW7kM@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# Question: her daughter registered her this morning (AG 2, one person) and
# no confirmation arrived - is the registration there?  (The confirmation
# bounced in 025; she now writes from her correct address.)

@mail("sargsyan-question-no-confirmation", "2027-02-05 18:20:06",
      E("question", "tatevik.sargsyan@armnet-mail.example", "Tatevik Sargsyan",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Tatevik Sargsyan <tatevik.sargsyan@armnet-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung angekommen?"),
           ("Date", m.date),
           ("Message-ID", "<1770312006.77415.armnet@webmail.armnet-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

meine Tochter hat mich heute früh von ihrer E-Mail-Adresse für den MSO-Tag
angemeldet (AG 2, eine Person). Sie hat gebeten, die Bestätigung an meine
Adresse zu schicken, aber ich habe nichts bekommen, auch nicht im
Spam-Ordner.

Ist die Anmeldung bei Ihnen angekommen?

Mit freundlichen Grüßen
Tatevik Sargsyan
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change of e-mail address only, from the old (university) address on an
# iPhone; the new private address is the one to answer.  iOS alternative.

NURLANOVA_CHANGE = """Hallo,

kurze Änderung zu meiner Anmeldung: Meine Uni-Adresse wird Ende Februar abgeschaltet. Bitte schicken Sie alle weiteren Infos (Erinnerung usw.) an meine private Adresse: asel.nurlanova@webpost.example

Sonst bleibt alles wie bestätigt.

Danke und viele Grüße
Asel Nurlanova

Von meinem iPhone gesendet"""


@mail("nurlanova-new-email-address", "2027-02-08 10:10:39",
      E("change", "asel.nurlanova@webpost.example", "Asel Nurlanova",
        None, [], None, "de"), "de")
def _(m):
    old = "asel.nurlanova@uni-ms-studis.example"
    reply_heads(m, f"Asel Nurlanova <{old}>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<61E0B4A2-9D3C-4B85-A7F1-2C8E5D0B3F96@uni-ms-studis.example>",
                "<mailbot.20270204112003.1a7e@muenster.example>",
                ("X-Mailer", "iPhone Mail (22D63)"))
    attr = f"Am 04.02.2027 um 11:20 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    conf = confirmation("Frau Nurlanova", "Asel Nurlanova", old, None, "AG1", 1)
    m.alternative(f"{NURLANOVA_CHANGE}\n\n> {attr}\n>\n{gt_quote(conf)}",
                  apple_html(NURLANOVA_CHANGE, attr, conf),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 028 ---------------------------------------------------------------------
# Cancellation of the whole group (3 persons); Outlook HTML only,
# windows-1252 QP, quoting the confirmation.

BECKER_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den 13. März komplett zurückziehen. Unser Verein hat an diesem Tag kurzfristig die Mitgliederversammlung, die wir nicht verschieben können. Bitte streichen Sie alle drei Personen von der Liste.

Wir hoffen, nächstes Jahr dabei zu sein.

Mit freundlichen Grüßen
Olga Becker
Vorsitzende
Verein Brücke Ost e.V."""


@mail("becker-cancel-whole-group-outlook-html", "2027-02-09 14:25:18",
      E("cancellation", "olga.becker@bruecke-ost.example", "Olga Becker",
        "Verein Brücke Ost e.V.", [], None, "de"), "de", tz=0)
def _(m):
    addr_ = "olga.becker@bruecke-ost.example"
    reply_heads(m, f'"Becker, Olga" <{addr_}>',
                "AW: " + CONFIRMATION_SUBJECT,
                "<VI1PR06MB4412A9B8C7D6E5F4A3B2C1D0E9F8@VI1PR06MB4412.eurprd06.prod.outlook.example>",
                "<mailbot.20270121154002.6c1d@muenster.example>",
                ("Thread-Topic", CONFIRMATION_SUBJECT),
                ("Thread-Index", "AQHbbA8c1Rk3Xw7nQ2mTp4vY9zL5eA=="),
                ("Content-Language", "de-DE"),
                ("X-MS-Has-Attach", ""))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Donnerstag, 21. Januar 2027 15:40",
             f"Becker, Olga <{addr_}>",
             CONFIRMATION_SUBJECT,
             confirmation("Frau Becker", "Olga Becker", addr_, "Verein Brücke Ost e.V.", "AG2", 3))
    m.single(outlook_html(BECKER_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Polish, Thunderbird: three changes at once in a numbered list - name with
# Polish letters, 1 -> 2 persons, group 3 -> 1 ("z 3 na 1").

WISNIEWSKA_CHANGE = """Dzień dobry,

dziękuję za potwierdzenie. Mam kilka poprawek:

1. Moje imię i nazwisko pisze się z polskimi literami: Małgorzata
   Wiśniewska (w potwierdzeniu jest "Malgorzata Wisniewska").
2. Przyjdę jednak z mężem, czyli będą 2 osoby, nie 1.
3. Chcielibyśmy zmienić grupę z 3 na 1 - mąż jest nauczycielem, więc
   temat edukacji bardziej nam odpowiada.

Z góry dziękuję!
Małgorzata Wiśniewska"""


@mail("wisniewska-polish-three-changes", "2027-02-10 11:00:55",
      E("change", "m.wisniewska@poczta-ms.example", "Małgorzata Wiśniewska",
        None, ["AG1"], 2, "pl"), "pl")
def _(m):
    addr_ = "m.wisniewska@poczta-ms.example"
    reply_heads(m, f"Malgorzata Wisniewska <{addr_}>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<0e4b7c19-8a2d-4f63-b05e-d1c9a3f7e824@poczta-ms.example>",
                "<mailbot.20270205140211.3e9b@muenster.example>",
                ("User-Agent", "Mozilla Thunderbird"),
                ("Content-Language", "pl"))
    conf = confirmation("Frau Wisniewska", "Malgorzata Wisniewska", addr_, None, "AG3", 1)
    m.single(f"""{WISNIEWSKA_CHANGE}

W dniu 5.02.2027 o 14:02, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(conf)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# German, Apple Mail alternative; "wie ... am Telefon besprochen", AG 2, alone.

REIMER_TEXT = """Guten Tag Frau Meza Correa-Flock,

wie heute Vormittag am Telefon besprochen, melde ich mich hiermit verbindlich für den MSO-Tag an. Ich komme allein und nehme an der AG 2 teil.

Freundliche Grüße aus Coerde
Viktor Reimer
Spätaussiedler-Treff Coerde e.V."""


@mail("reimer-apple-mail-telefon", "2027-02-11 09:40:02",
      E("registration", "viktor.reimer@treff-coerde.example", "Viktor Reimer",
        "Spätaussiedler-Treff Coerde e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Viktor Reimer <viktor.reimer@treff-coerde.example>"),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Message-Id", "<4D8B2F61-A0C3-4E97-9B1D-6F2E8A5C3D07@treff-coerde.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(REIMER_TEXT, apple_html(REIMER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 031 ---------------------------------------------------------------------
# One of two persons drops out (2 -> 1): a change of party size, not a
# cancellation.  GMX-style quote ("Gesendet: ... Von: ... An: ...").

@mail("hartmann-colleague-drops-out", "2027-02-12 16:33:21",
      E("change", "s.hartmann@ibz-ost.example", "Swetlana Hartmann",
        "Integrationsprojekt Ost e.V.", [], 1, "de"), "de")
def _(m):
    addr_ = "s.hartmann@ibz-ost.example"
    reply_heads(m, f"Swetlana Hartmann <{addr_}>",
                "Aw: " + CONFIRMATION_SUBJECT,
                "<trinity-a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e1b-1770910401337@3c-app-gmx-bap42>",
                "<mailbot.20270201164705.8d2f@muenster.example>")
    conf = confirmation("Frau Hartmann", "Swetlana Hartmann", addr_,
                        "Integrationsprojekt Ost e.V.", "AG1", 2)
    m.single(f"""Hallo liebes MSO-Team,

eine Änderung: Mein Kollege Herr Aliyev kann am 13. März leider doch nicht,
er hat an dem Wochenende eine Familienfeier in Baku. Ich komme also allein.
Die Arbeitsgruppe bleibt gleich.

Liebe Grüße
Swetlana Hartmann
Integrationsprojekt Ost e.V.


Gesendet: Montag, 01. Februar 2027 um 16:47 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: {addr_}
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(conf)}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Georgian change: from the second to the third group, and if the third is
# full he stays in the second -> ["AG3", "AG2"].  Gmail with a German
# interface, UTF-8 base64.

TSIKLAURI_CHANGE = """გამარჯობა,

გმადლობთ დადასტურებისთვის. თუ შესაძლებელია, მინდა მეორე სამუშაო ჯგუფიდან
მესამეში გადავიდე (Förderungsmöglichkeiten). თუ მესამე ჯგუფში ადგილი აღარ
არის, მაშინ დავრჩები მეორეში.

პატივისცემით,
გიორგი წიკლაური
ქართული სათვისტომო მიუნსტერში"""


@mail("tsiklauri-georgian-change-with-fallback", "2027-02-15 08:15:37",
      E("change", "g.tsiklauri@kartuli-ms.example", "გიორგი წიკლაური",
        "ქართული სათვისტომო მიუნსტერში", ["AG3", "AG2"], None, "ka"), "ka")
def _(m):
    addr_ = "g.tsiklauri@kartuli-ms.example"
    reply_heads(m, f"Giorgi Tsiklauri <{addr_}>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<CAP4qX9vS2kT7wR1nY5bZ8cM3dJ6fH0gL2eA9uN4oB7iW1pV5tK@mail.gmail.example>",
                "<mailbot.20270208091422.4a6c@muenster.example>")
    attr = f"Am Mo., 8. Feb. 2027 um 09:14 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    conf = confirmation("Herr Tsiklauri", "Giorgi Tsiklauri", addr_,
                        "ქართული სათვისტომო მიუნსტერში", "AG2", 1)
    m.alternative(gmail_plain(TSIKLAURI_CHANGE, attr, conf),
                  gmail_html(TSIKLAURI_CHANGE, attr, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 033 ---------------------------------------------------------------------
# A cancellation withdrawn: "Ich kann am 13. März doch kommen", back into
# AG 3, alone -> a registration.  Quotes the organiser's cancellation notice.

@mail("sawtschenko-comes-after-all", "2027-02-16 13:20:44",
      E("registration", "iryna.sawtschenko@webpost.example", "Iryna Sawtschenko",
        "Ukrainischer Frauenverein Berehynia e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    addr_ = "iryna.sawtschenko@webpost.example"
    reply_heads(m, f"Iryna Sawtschenko <{addr_}>",
                "Re: " + CANCEL_ACK_SUBJECT,
                "<trinity-5e7a9c1b-3d5f-4a7c-9e1b-5d7f9a1c3e5a-1771244444100@3c-app-webpost-bs18>",
                "<mailbot.20270209083012.2f7d@muenster.example>")
    m.single(f"""Liebe Frau Meza Correa-Flock,

gute Nachrichten: Ich kann am 13. März doch kommen! Der Arzttermin, wegen
dem ich abgesagt hatte, wurde verschoben. Wenn noch Platz ist, tragen Sie
mich bitte wieder für die AG 3 ein – wie ursprünglich, nur ich allein.

Vielen Dank und herzliche Grüße
Iryna Sawtschenko
Ukrainischer Frauenverein Berehynia e.V.


Gesendet: Dienstag, 09. Februar 2027 um 08:30 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: {addr_}
Betreff: {CANCEL_ACK_SUBJECT}
{gt_quote(cancel_ack("Frau Sawtschenko"))}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Polish learner's German ("mit meine Mann", "Mit freundliche Grüße");
# "also 2 Personen", "Gruppe 3, Vereinsmanagement"; no association yet.

@mail("lewandowska-learner-german", "2027-02-17 19:55:03",
      E("registration", "beata.lewandowska@poczta-online.example", "Beata Lewandowska",
        None, ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Beata Lewandowska <beata.lewandowska@poczta-online.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1771354503.220914.6631@poczta-online.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich will mich anmelden für den Tag von Migrantenorganisation am 13.3. Ich
komme mit meine Mann Krzysztof, also 2 Personen. Wir wollen in die Gruppe 3,
Vereinsmanagement, weil wir wollen eine polnische Theatergruppe als Verein
gründen.

Entschuldigung für meine Deutsch.

Mit freundliche Grüße
Beata Lewandowska
""", charset="iso-8859-2", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Armenian: one of three persons cannot come -> change to 2 ("երեք հոգուց
# երկու հոգու"); "the workgroup stays the same".  Gmail with an English
# interface, UTF-8 QP.

PETROSYAN_CHANGE = """Բարև Ձեզ,

Շնորհակալություն հաստատման համար։ Ցավոք, մեր խմբից մեկ հոգի՝ Կարեն Մարտիրոսյանը, չի կարողանա գալ։ Խնդրում եմ գրանցումը փոխել երեք հոգուց երկու հոգու։ Աշխատանքային խումբը մնում է նույնը։

Հարգանքով՝
Լուսինե Պետրոսյան
Հայ համայնքային կենտրոն «Նաիրի»"""


@mail("petrosyan-armenian-3-to-2", "2027-02-18 10:35:29",
      E("change", "lusine.petrosyan@hayer-ms.example", "Լուսինե Պետրոսյան",
        "Հայ համայնքային կենտրոն «Նաիրի»", [], 2, "hy"), "hy")
def _(m):
    addr_ = "lusine.petrosyan@hayer-ms.example"
    reply_heads(m, f"Lusine Petrosyan <{addr_}>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<CAH6tR1wP9kX3vQ7nM2bY5cZ8dL4fJ0gS6eA1uT3oK9iV2nB8xQ@mail.gmail.example>",
                "<mailbot.20270212112034.0b3e@muenster.example>")
    attr = (f"On Fri, Feb 12, 2027 at 11:20\u202fAM Tag der Migrantenselbstorganisationen "
            f"<{MSO}> wrote:")
    conf = confirmation("Frau Petrosyan", "Lusine Petrosyan", addr_,
                        "Հայ համայնքային կենտրոն «Նաիրի»", "AG1", 3)
    m.alternative(gmail_plain(PETROSYAN_CHANGE, attr, conf),
                  gmail_html(PETROSYAN_CHANGE, attr, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Ukrainian cancellation from an iPhone (Ukrainian interface), quoting the
# confirmation; the child is ill.

HONCHARENKO_CANCEL = """Доброго дня! На жаль, не зможу прийти 13 березня – захворіла дитина, а чоловік у відрядженні. Скасуйте, будь ласка, мою реєстрацію. Вибачте!

Віра Гончаренко

Надіслано з iPhone"""


@mail("honcharenko-ukrainian-cancel-iphone", "2027-02-19 12:00:48",
      E("cancellation", "vira.honcharenko@ukr-post.example", "Віра Гончаренко",
        None, [], None, "uk"), "uk")
def _(m):
    addr_ = "vira.honcharenko@ukr-post.example"
    reply_heads(m, f"Віра Гончаренко <{addr_}>",
                "Re: " + CONFIRMATION_SUBJECT,
                "<9B3E7F10-2C64-4D8A-B5E1-F0A7C3D92E58@ukr-post.example>",
                "<mailbot.20270120094118.5e0a@muenster.example>",
                ("X-Mailer", "iPhone Mail (22D72)"))
    attr = f"20 січ. 2027 р. о 09:41 Tag der Migrantenselbstorganisationen <{MSO}> написав(-ла):"
    conf = confirmation("Frau Honcharenko", "Vira Honcharenko", addr_, None, "AG1", 1)
    m.alternative(f"{HONCHARENKO_CANCEL}\n\n> {attr}\n>\n{gt_quote(conf)}",
                  apple_html(HONCHARENKO_CANCEL, attr, conf),
                  charset="utf-8", cte="base64", style="apple")


# -- 037 ---------------------------------------------------------------------
# Russian typed in Latin letters: "vmesto 1 (Bildung) hochu v gruppu 2";
# new Outlook plain-text quote below a line of underscores.

@mail("kozlov-translit-change-1-to-2", "2027-02-22 09:25:16",
      E("change", "a.kozlov@rambler-mail.example", "Andrej Kozlov",
        None, ["AG2"], None, "ru"), "ru", tz=0)
def _(m):
    addr_ = "a.kozlov@rambler-mail.example"
    reply_heads(m, f"Andrej Kozlov <{addr_}>",
                "AW: " + CONFIRMATION_SUBJECT,
                "<GV1P195MB2044B7C6D5E4F3A2B1C0D9E8F7A6@GV1P195MB2044.EURP195.PROD.OUTLOOK.example>",
                "<mailbot.20270127190321.6b4f@muenster.example>",
                ("Content-Language", "de-DE"))
    conf = confirmation("Herr Kozlov", "Andrej Kozlov", addr_, None, "AG1", 1)
    m.single(f"""Dobryj den',

pomenjajte pozhalujsta moju gruppu: vmesto 1 (Bildung) hochu v gruppu 2
(Zukunftsprozess). Ostal'noe vsjo pravil'no.

Spasibo,
Andrej Kozlov

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Mittwoch, 27. Januar 2027 19:03
An: Andrej Kozlov <{addr_}>
Betreff: {CONFIRMATION_SUBJECT}

{conf}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Russian: a cancellation withdrawn ("всё-таки смогу прийти"), back into the
# second group, alone -> a registration.  Gmail-ru quote of the notice.

LEBEDEVA_TEXT = """Добрый день!

Я на прошлой неделе отменила регистрацию, но обстоятельства изменились –
я всё-таки смогу прийти! Если места ещё есть, запишите меня, пожалуйста,
снова во вторую рабочую группу. Буду одна.

Спасибо большое!
Татьяна Лебедева"""


@mail("lebedeva-russian-comes-after-all", "2027-02-23 15:10:52",
      E("registration", "t.lebedeva@rambler-mail.example", "Татьяна Лебедева",
        None, ["AG2"], 1, "ru"), "ru")
def _(m):
    reply_heads(m, "Татьяна Лебедева <t.lebedeva@rambler-mail.example>",
                "Re: " + CANCEL_ACK_SUBJECT,
                "<CAL7wN2xR5kT8vQ1mZ4bY9cH6dJ3fP0gS7eA2uK5oX8iB3nV6tW@mail.gmail.example>",
                "<mailbot.20270215120533.9f1c@muenster.example>")
    attr = f"пн, 15 февр. 2027 г. в 12:05, Tag der Migrantenselbstorganisationen <{MSO}>:"
    ack = cancel_ack("Frau Lebedeva")
    m.alternative(gmail_plain(LEBEDEVA_TEXT, attr, ack),
                  gmail_html(LEBEDEVA_TEXT, attr, ack),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Russian in KOI8-R QP; the count is corrected inside the mail ("четверо...
# хотя нет, поправка: ... трое") -> 3; "первую рабочую группу – образование".

@mail("rybakova-russian-koi8r-count-corrected", "2027-02-24 20:40:11",
      E("registration", "l.rybakova@kolokolchik-ms.example", "Людмила Рыбакова",
        'Клуб мам "Колокольчик"', ["AG1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Людмила Рыбакова", "l.rybakova@kolokolchik-ms.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag, клуб мам", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771962011.55120.9981@kolokolchik-ms.example>"),
           ("X-Mailer", "The Bat! (v9.4.5) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Регистрирую нашу группу из русскоязычного клуба мам на MSO-Tag 13 марта.
Нас будет четверо... хотя нет, поправка: Оля только что написала, что не
сможет, значит, трое. Выбираем первую рабочую группу - образование.

С уважением,
Людмила Рыбакова
Клуб мам "Колокольчик"
""", charset="koi8-r", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Question, Russian: may she bring her child?  She will register only if
# yes ("Если можно, я сразу зарегистрируюсь") - no registration yet.

@mail("semenova-russian-question-child", "2027-02-26 11:50:38",
      E("question", "olga.semenova@inbox.example", "Ольга Семенова",
        None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Ольга Семенова <olga.semenova@inbox.example>"),
           ("To", MSO),
           ("Subject", "Вопрос: можно с ребёнком?"),
           ("Date", m.date),
           ("Message-ID", "<1772103038.902174551@f117.i.inbox.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Скажите, пожалуйста, можно ли прийти на MSO-Tag с ребёнком (5 лет)? Мне не
с кем его оставить в субботу. Если можно, я сразу зарегистрируюсь – меня
интересует третья группа.

Заранее спасибо,
Ольга Семенова
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Kazakh: two changes at once - a new e-mail address (to be used from now on)
# and the third group instead of the first.  Outlook with Russian labels.

TOLEUBAYEV_CHANGE = """Сәлеметсіз бе!

Растау хатыңызға рахмет. Екі өзгеріс бар:
– Менің жаңа электрондық поштам: yerzhan.t@webpost.example. Бұдан былай барлық хатты осы мекенжайға жіберуіңізді сұраймын.
– Бірінші топтың орнына үшінші топқа (Förderung) ауысқым келеді.

Құрметпен,
Ержан Төлеубаев"""

RU_LABELS = ("От", "Отправлено", "Кому", "Тема")


@mail("toleubayev-kazakh-new-address-and-group", "2027-03-01 09:15:43",
      E("change", "yerzhan.t@webpost.example", "Ержан Төлеубаев",
        None, ["AG3"], None, "kk"), "kk", tz=0)
def _(m):
    old = "yerzhan.toleubayev@kz-post.example"
    reply_heads(m, f"Yerzhan Toleubayev <{old}>",
                "RE: " + CONFIRMATION_SUBJECT,
                "<DU2PR10MB8120F9E8D7C6B5A4F3E2D1C0B9A8@DU2PR10MB8120.EURPRD10.PROD.OUTLOOK.example>",
                "<mailbot.20270210085007.7c5a@muenster.example>",
                ("Thread-Topic", CONFIRMATION_SUBJECT),
                ("Thread-Index", "AQHbe2Xk9Wr1Yc3T7nQp0vZ4mL8eSA=="),
                ("Accept-Language", "ru-RU, kk-KZ, de-DE"),
                ("Content-Language", "kk-KZ"),
                ("X-MS-Has-Attach", ""))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "10 февраля 2027 г. 8:50",
             f"Yerzhan Toleubayev <{old}>",
             CONFIRMATION_SUBJECT,
             confirmation("Herr Toleubayev", "Yerzhan Toleubayev", old, None, "AG1", 1))
    m.alternative(outlook_plain(TOLEUBAYEV_CHANGE, quote, RU_LABELS),
                  outlook_html(TOLEUBAYEV_CHANGE, quote, RU_LABELS, charset="utf-8", lang="KK"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Polish, Thunderbird: only confirms that all the stored data are right
# (other).  The quote names AG 2 and 2 persons.

@mail("wojcik-polish-all-correct", "2027-03-02 14:45:20",
      E("other"), "pl")
def _(m):
    addr_ = "jerzy.wojcik@poczta-online.example"
    reply_heads(m, addr("Jerzy Wójcik", addr_, "iso-8859-2", "q"),
                "Re: " + CONFIRMATION_SUBJECT,
                "<d6a0f3b8-41c7-4e25-9b8d-7f2e0c5a1d94@poczta-online.example>",
                "<mailbot.20270302135809.1d8b@muenster.example>",
                ("User-Agent", "Mozilla Thunderbird"),
                ("Content-Language", "pl"))
    conf = confirmation("Herr Wójcik", "Jerzy Wójcik", addr_, "Polonia Coerde", "AG2", 2)
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie, wszystkie dane się zgadzają. Do zobaczenia
13 marca!

Pozdrawiam
Jerzy Wójcik

W dniu 2.03.2027 o 13:58, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(conf)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Polish: a cancellation withdrawn ("jednak przyjdziemy!"), "dwie osoby,
# grupa robocza nr 1, tak jak wcześniej" -> a registration.  Gmail in Polish.

KAMINSKA_TEXT = """Dzień dobry,

jednak przyjdziemy! Odwołałam nasz udział, bo mąż miał mieć dyżur w szpitalu, ale zamienił się z kolegą. Jeżeli są jeszcze wolne miejsca, proszę zapisać nas z powrotem – dwie osoby, grupa robocza nr 1, tak jak wcześniej.

Serdecznie pozdrawiam
Anna Kamińska
Stowarzyszenie Rodziców Polskich „Razem”"""


@mail("kaminska-polish-comes-after-all", "2027-03-03 17:20:09",
      E("registration", "anna.kaminska@poczta-ms.example", "Anna Kamińska",
        "Stowarzyszenie Rodziców Polskich „Razem”", ["AG1"], 2, "pl"), "pl")
def _(m):
    reply_heads(m, "Anna Kamińska <anna.kaminska@poczta-ms.example>",
                "Re: " + CANCEL_ACK_SUBJECT,
                "<CAG9vK4xT2wR8nQ5mZ1bY6cJ3dH7fL0gP4eS9uA2oN5iX8kW1qB@mail.gmail.example>",
                "<mailbot.20270224201033.4e2a@muenster.example>")
    attr = (f"śr., 24 lut 2027 o 20:10 Tag der Migrantenselbstorganisationen "
            f"<{MSO}> napisał(a):")
    ack = cancel_ack("Frau Kamińska")
    m.alternative(gmail_plain(KAMINSKA_TEXT, attr, ack),
                  gmail_html(KAMINSKA_TEXT, attr, ack),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Polish cancellation from a Polish Outlook (Od:/Wysłano:/Do:/Temat:),
# windows-1250 QP alternative.

MAZUR_CANCEL = """Szanowni Państwo,

niestety muszę odwołać swój udział w MSO-Tag 13 marca z powodów zdrowotnych. Proszę o skreślenie mnie z listy uczestników.

Z wyrazami szacunku
Zbigniew Mazur
Polski Klub Sportowy Münster"""


@mail("mazur-polish-cancel-outlook", "2027-03-04 10:05:57",
      E("cancellation", "z.mazur@pks-muenster.example", "Zbigniew Mazur",
        "Polski Klub Sportowy Münster", [], None, "pl"), "pl", tz=0)
def _(m):
    addr_ = "z.mazur@pks-muenster.example"
    reply_heads(m, f"Zbigniew Mazur <{addr_}>",
                "ODP: " + CONFIRMATION_SUBJECT,
                "<AS2PR09MB6633D4C3B2A1F0E9D8C7B6A5F4E3@AS2PR09MB6633.eurprd09.prod.outlook.example>",
                "<mailbot.20270203103015.8a0e@muenster.example>",
                ("Thread-Topic", CONFIRMATION_SUBJECT),
                ("Thread-Index", "AQHbdi4Pk7Xm2Rc9W1nTq3vY6zL0eB=="),
                ("Accept-Language", "pl-PL, de-DE"),
                ("Content-Language", "pl-PL"),
                ("X-MS-Has-Attach", ""))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "środa, 3 lutego 2027 10:30",
             f"Zbigniew Mazur <{addr_}>",
             CONFIRMATION_SUBJECT,
             confirmation("Herr Mazur", "Zbigniew Mazur", addr_,
                          "Polski Klub Sportowy Münster", "AG3", 1))
    m.alternative(outlook_plain(MAZUR_CANCEL, quote, PL_LABELS),
                  outlook_html(MAZUR_CANCEL, quote, PL_LABELS, charset="windows-1250", lang="PL"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 045 ---------------------------------------------------------------------
# Late registration after the 6 March deadline, by a Ukrainian writing
# German: "zu zweit (ich und meine Frau Daryna)", AG 2; no association yet.

@mail("bondarchuk-late-registration", "2027-03-08 12:30:26",
      E("registration", "maksym.bondarchuk@ukr-post.example", "Maksym Bondarchuk",
        None, ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Maksym Bondarchuk <maksym.bondarchuk@ukr-post.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung trotz Fristende?"),
           ("Date", m.date),
           ("Message-ID", "<CAB3nX7qT0wR4kV8mZ2bY1cL5dH9fJ6gP3eA7uS0oN4iK2xW8vQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

ich weiß, dass die Anmeldefrist am 6. März abgelaufen ist – ich habe die Einladung leider erst gestern von einer Bekannten weitergeleitet bekommen. Falls noch Plätze frei sind: Wir würden gern zu zweit (ich und meine Frau Daryna) an der AG 2 teilnehmen.

Wir sind neu in Münster und möchten eine ukrainische Elterninitiative gründen.

Mit freundlichen Grüßen
Maksym Bondarchuk"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "ru", "uk", "pl", "kk", "ka", "hy", "en")
WORKGROUPS = ("AG1", "AG2", "AG3")


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


def check_labels(expected, msg):
    """Problems with one expected record, also against the mail it labels."""
    problems = []
    e = expected
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
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
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        return problems
    # person mail: the labels must agree with the mail
    texts = [f"{k}: {v}" for k, v in msg.items()]
    texts += [p.get_content() for p in leaves(msg) if p.get_content_maintype() == "text"]
    everything = "\n".join(texts)
    if e["language"] not in LANGS:
        problems.append(f"bad language {e['language']}")
    em = e["email"]
    if not em or em != em.lower():
        problems.append("email must be lower-case and present")
    else:
        heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
        if em not in heads and em not in everything.lower():
            problems.append(f"email {em} not in From/Reply-To or text")
    if not e["name"] or e["name"] not in everything:
        problems.append(f"name {e['name']!r} not written in the mail")
    if e["organisation"] is not None and e["organisation"] not in everything:
        problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind in ("change", "cancellation") and not str(msg.get("In-Reply-To", "")).startswith("<mailbot."):
        problems.append("change/cancellation should answer the organiser's mail")
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
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg)
    return problems


def check_senders(built, datas):
    """No sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = msg["From"].addresses[0].addr_spec.lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} already sent {seen[sender]}")
        seen[sender] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda t: -sum(
        v for (l, _), v in table.items() if l == t))
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
    print("language of the text x kind:")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:3} " + " ".join(f"{v or '':>5}" for v in row) + f" {sum(row):>5}")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
        bad += 1
    if json.loads(exp_text) != expected:
        print("expected.json does not round-trip")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
