#!/usr/bin/env python3
"""Build the "diktiert" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the Tag der Migrantenselbstorganisationen 2027 (MSO-Tag, config = copy of
dev/config.toml), with mails dictated into a phone or a PC by voice: speech-to-text
output with little punctuation, spoken "Punkt"/"Komma" left as words, numbers as
words or digits, misheard words ("a g zwei", "AG zu", "Age 1", "Arbeitsgruppe frei",
"ага три", "work group to", "for of us"), run-on sentences and the dictation apps'
signature lines.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only (Python 3.11).
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
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUPS = ("AG1", "AG2", "AG3")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with a non-ASCII name as RFC 2047 encoded words."""
    if name.isascii():
        if re.search(r'[,.;:()"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way iOS/Gmail plain parts do: '> ' before each line."""
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
    return hashlib.sha256(f"diktiert/{slug}/{n}".encode()).hexdigest()


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
        self.intended = []
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded when long); non-ASCII
        values go through the policy, which encodes them as UTF-8 words."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain.startswith("mail.") else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
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
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}{int(h[12:16], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.mail.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None):
        m = self.msg
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for p in parts:
            m.attach(p)
        return m

    def alternative(self, plain, html_text, charset="utf-8", cte="quoted-printable",
                    html_cte=None, style="std"):
        parts = [self.text(plain, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style)

    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY)


def dsn_part(*blocks):
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


def make_wav(seconds=0.4, rate=8000):
    """A short, quiet 8 kHz mono 16-bit WAV (a soft deterministic hum)."""
    n = int(seconds * rate)
    samples = bytearray()
    for i in range(n):
        v = ((i * 37) % 200) - 100          # small sawtooth
        samples += struct.pack("<h", v)
    data = bytes(samples)
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
            + b"data" + struct.pack("<I", len(data)) + data)


# ---------------------------------------------------------------------------
# texts of the organiser that mails quote
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
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

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
    """The confirmation as a whole message (returned inside a bounce)."""
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
# client styles (plain part and HTML part as each phone/desktop client writes them)
# ---------------------------------------------------------------------------

LTR = ' dir="ltr"'
AUTO = ' dir="auto"'


def _divs(text, attrs=""):
    return "".join(f"<div{attrs}>{esc(line) if line else '<br>'}</div>"
                   for line in text.split("\n"))


# iOS Mail -----------------------------------------------------------------

def ios_plain_reply(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def ios_html_reply(text, attribution, quoted):
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">"
            + _divs(text, LTR) +
            f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(attribution)}<br><br></blockquote></div>"
            "<blockquote type=\"cite\"><div dir=\"ltr\">" + _divs(quoted, LTR) + "</div></blockquote>"
            "</body></html>\n")


# Gmail for Android --------------------------------------------------------

def gmail_plain_reply(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def gmail_html(text, attribution=None, quoted=None, rtl=False):
    d = "rtl" if rtl else "auto"
    out = f"<div dir=\"{d}\">" + _divs(text, f" dir=\"{d}\"") + "</div>"
    if attribution:
        q = "".join(f"{esc(line)}<br>" for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


# Samsung Email ------------------------------------------------------------

SAMSUNG_SIG = "Von meinem Samsung Galaxy Smartphone gesendet."


def samsung_plain(text, sig=SAMSUNG_SIG, header=None, quoted=None):
    out = f"{text}\n\n\n\n{sig}"
    if header:
        out += f"\n\n\n-------- Ursprüngliche Nachricht --------\n{header}\n\n{quoted}"
    return out


def samsung_html(text, sig=SAMSUNG_SIG, header=None, quoted=None):
    out = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
           "</head><body><div dir=\"auto\">"
           + _divs(text, AUTO) + "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
           "<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" "
           f"dir=\"auto\">{esc(sig)}</div></div></div>")
    if header:
        out += ("<div><br></div><div><br></div><div align=\"left\" dir=\"auto\" "
                "style=\"font-size:100%;color:#000000\"><div>-------- Ursprüngliche Nachricht --------</div>"
                f"{_divs(header)}</div><br>{_divs(quoted)}")
    return out + "</body></html>\n"


# Outlook (desktop, iOS, Android) --------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
span.E-MailFormatvorlage19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None):
    """Outlook desktop HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def outlook_mobile_html(text, sig, quote=None):
    """Outlook for iOS / Android: a plain <div> body, signature, '____' quote block."""
    out = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "</head><body><div dir=\"ltr\">"
           f"{_divs(text)}</div><div dir=\"ltr\"><br></div>"
           f"<div class=\"ms-outlook-mobile-signature\">{esc(sig)}</div>")
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out += ("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                f"style=\"font-size:11pt\" color=\"#000000\"><b>Von:</b> {esc(von)}<br>"
                f"<b>Gesendet:</b> {esc(gesendet)}<br><b>An:</b> {esc(an)}<br>"
                f"<b>Betreff:</b> {esc(betreff)}</font><div>&nbsp;</div></div>"
                f"<div>{_divs(quoted)}</div>")
    return out + "</body></html>\n"


def outlook_mobile_plain(text, sig, quote=None):
    out = f"{text}\n\n{sig}"
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out += (f"\n________________________________\nVon: {von}\nGesendet: {gesendet}\n"
                f"An: {an}\nBetreff: {betreff}\n\n{quoted}")
    return out


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, expected, text_language, builder)

# Mails whose expected email is an address the writer dictated in words
# ("zeynep Punkt kara at mail Punkt example"): it does not occur verbatim.
DICTATED_ADDRESS = {}


def mail(slug, when, expected, text_lang):
    def deco(fn):
        MAILS.append((slug, when, expected, text_lang, fn))
        return fn
    return deco


IPHONE = ("X-Mailer", "iPhone Mail (22D72)")
IPHONE_MIME = ("Mime-Version", "1.0 (1.0)")


# -- 001 ---------------------------------------------------------------------
# iPhone reply quoting the whole invitation (all three AGs in the quote);
# dictated run-on text with a literal "Punkt", "AG drei" as a word, "zu zweit";
# name and association dictated into one sign-off line.

DEMIREL_TEXT = """Sehr geehrte Frau Mesa Correa Flock

vielen Dank für die Einladung ich melde mich hiermit an für den Tag der Migranten Selbstorganisationen am 13. März Punkt ich komme mit meinem Kollegen Serkan also zu zweit und wir möchten gerne in die AG drei Förderungsmöglichkeiten und Vereins Management weil wir gerade einen Antrag für unsere Jugendarbeit schreiben

viele Grüße Murat Demirel Deutsch Türkischer Sportverein Gievenbeck

Von meinem iPhone gesendet"""


@mail("demirel-iphone-reply-invitation-ag-drei", "2027-01-13 09:12:44",
      E("registration", "murat.demirel@dtsv-gievenbeck.example", "Murat Demirel",
        "Deutsch Türkischer Sportverein Gievenbeck", ["AG3"], 2, "de"), "de")
def _(m):
    attribution = ("Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen "
                   f"<{MSO}>:")
    m.head(("From", "Murat Demirel <murat.demirel@dtsv-gievenbeck.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<7C1E2B94-3F0A-4D8E-9B61-2A5C8E0F4D17@dtsv-gievenbeck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("To", TO_MSO),
           IPHONE, IPHONE_MIME)
    m.alternative(ios_plain_reply(DEMIREL_TEXT, attribution, INVITATION),
                  ios_html_reply(DEMIREL_TEXT, attribution, INVITATION), style="apple")


# -- 002 ---------------------------------------------------------------------
# "a g zwei" (AG spelled out letter by letter) plus the topic; Samsung Email,
# UTF-8 base64; association dictated in lower case with a split compound.

KOWALSKI_TEXT = """Hallo ich möchte mich anmelden für die a g zwei also Münsters Zukunfts Prozess ich komme alleine Gruß Natalia Kowalski polnischer Frauen Verein Münster"""


@mail("kowalski-samsung-a-g-zwei", "2027-01-14 18:40:09",
      E("registration", "natalia.kowalski@mail.example", "Natalia Kowalski",
        "polnischer Frauen Verein Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Natalia Kowalski <natalia.kowalski@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270114184009.kx7q2.n.kowalski@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(KOWALSKI_TEXT), samsung_html(KOWALSKI_TEXT),
                  cte="base64", style="samsung")


# -- 003 ---------------------------------------------------------------------
# Homophone "AG zu" for "AG zwei", made clear by "Zukunfts Prozess"; "mit
# meiner Frau also zwei Personen" = 2.  Signed with the first name only, so
# the name comes from the From header (RFC 2047, UTF-8 Q).  Siri signature.

@mail("yuecel-ag-zu-zukunftsprozess", "2027-01-15 07:55:31",
      E("registration", "a.yuecel@mail.example", "Ahmet Yücel", None, ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ahmet Yücel", "a.yuecel@mail.example")),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "MSO Tag"),
           ("Message-Id", "<A0D95C3E-61B7-4F28-8E44-C7B2195F0A3D@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Guten Morgen ich möchte mich gerne anmelden für den MSO Tag im März mit meiner Frau also zwei Personen und zwar für die AG zu Zukunfts Prozess weil wir neu in Kinderhaus wohnen und uns das interessiert was da geplant ist

Gruß Ahmet

Diktiert mit Siri – bitte Fehler entschuldigen""")


# -- 004 ---------------------------------------------------------------------
# English voice typing: "comma" and "period" left as words, "so two people",
# "work group three the one about funding"; Gmail for Android, ASCII.

OWUSU_TEXT = """Hello comma

I would like to register for the MSO day on March 13 period me and my sister will come so two people period we would like to join work group three the one about funding and managing the association

Thank you
Abena Owusu
Ghana women's association Munster"""


@mail("owusu-english-comma-period-words", "2027-01-15 20:17:52",
      E("registration", "abena.owusu@mail.example", "Abena Owusu",
        "Ghana women's association Munster", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Vb2qR0tN4mW8kP1sZc9yF3hL6dG5aE0uO2iT7nB4vX1c@mail.gmail.example>"),
           ("Subject", "Registration MSO day"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="us-ascii", cte="7bit",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# Desktop dictation (Dragon) into Outlook, windows-1252 quoted-printable:
# punctuated, but "hier mit", a leaked "Komma", split compounds in the quoted
# title; "gemeinsam mit meiner Kollegin" = 2; typed signature with the org.

HAGEMANN_TEXT = """Sehr geehrte Damen und Herren,

hier mit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März 2027 an, gemeinsam mit meiner Kollegin Frau Dr. Sommer aus unserem Fachdienst. Wir möchten beide an der Arbeitsgruppe 1 „Menschen mit Migrations Vorgeschichte im Bildung System“ teilnehmen Komma da wir beide in der Schulsozialarbeit tätig sind.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Ulrike Hagemann
Fachdienst Integration und Migration
Caritasverband für die Stadt Münster e.V.
Telefon 0251 / 5 30 09-412

Diktiert mit Dragon – bitte entschuldigen Sie eventuelle Erkennungsfehler."""


@mail("hagemann-dragon-outlook-arbeitsgruppe-1", "2027-01-16 10:31:07",
      E("registration", "u.hagemann@caritas-ms.example", "Ulrike Hagemann",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Hagemann, Ulrike" <u.hagemann@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtnF3c8Qm1xV0aLR2yJk4sP7wE9bA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412E3A1C0F94B7D2E5A6C8B1F0D@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HAGEMANN_TEXT), outlook_html(HAGEMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Turkish dictation: "nokta"/"virgül" as words, "a ge bir" (AG 1 as a Turk
# says it) plus "eğitim sistemi"; "iki kişi" = 2.  Samsung, Turkish signature.

CELIK_TEXT = """Merhaba ben Hatice Çelik Münster Türk Kadınlar Derneği adına yazıyorum nokta 13 Mart'taki MSO günü için kayıt olmak istiyoruz virgül iki kişi geleceğiz ben ve yönetimden bir arkadaşım nokta çalışma grubu olarak a ge bir yani eğitim sistemi konusunu seçiyoruz çünkü derneğimizde çok veli var

Teşekkürler iyi akşamlar"""

SAMSUNG_SIG_TR = "Samsung Galaxy akıllı telefonumdan gönderildi"


@mail("celik-turkish-a-ge-bir", "2027-01-18 21:05:36",
      E("registration", "hatice.celik@mail.example", "Hatice Çelik",
        "Münster Türk Kadınlar Derneği", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Çelik", "hatice.celik@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270118210536.hc4m9.celik@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(CELIK_TEXT, SAMSUNG_SIG_TR),
                  samsung_html(CELIK_TEXT, SAMSUNG_SIG_TR), cte="base64", style="samsung")


# -- 007 ---------------------------------------------------------------------
# "Arbeitsgruppe frei" (misheard "drei"), made clear by "Förderung und Vereins
# Management"; comes alone.  iPhone, plain text.

@mail("fernandez-arbeitsgruppe-frei-foerderung", "2027-01-19 12:20:15",
      E("registration", "rosa.fernandez@mail.example", "Rosa Fernández",
        "spanischer Eltern Verein Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Rosa Fernández", "rosa.fernandez@mail.example")),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "Anmeldung"),
           ("Message-Id", "<3B8F0E27-94C1-4A6D-B2E8-51D7A09C6F42@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Hallo liebes Team ich würde gerne kommen am 13. März und zwar in die Arbeitsgruppe frei also das mit Förderung und Vereins Management weil wir als kleiner Verein immer Probleme haben mit den Anträgen ich komme alleine

viele Grüße Rosa Fernández spanischer Eltern Verein Münster

Von meinem iPhone gesendet""")


# -- 008 ---------------------------------------------------------------------
# Question only (may she bring her baby?); "vier Monate" is an age, not a
# party size; a literal "Fragezeichen".  Gmail for Android.

BOUZID_TEXT = """Hallo ich habe eine Frage bevor ich mich anmelde kann ich mein Baby mitbringen sie ist dann vier Monate alt und ich stille noch Fragezeichen Gibt es da vielleicht einen ruhigen Raum wenn ja dann melde ich mich an

Danke Samira Bouzid"""


@mail("bouzid-question-baby-fragezeichen", "2027-01-19 22:48:03",
      E("question", "samira.bouzid@mail.example", "Samira Bouzid", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Samira Bouzid <samira.bouzid@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAN3pLw0xT7vB2cR9yM4kQ1sH8dF6gJ0aZ5uE3iO7nW2tY4bV@mail.gmail.example>"),
           ("Subject", "Frage MSO Tag"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(BOUZID_TEXT, gmail_html(BOUZID_TEXT), style="gmail")


# -- 009 ---------------------------------------------------------------------
# Russian dictation: "запятая"/"точка" as words, "ага три" (AG 3 heard as the
# Russian "ага"), confirmed by the topic; "нас будет трое" = 3.  Cyrillic
# self-introduction beats the Latin display name.  iPhone, UTF-8 base64.

@mail("smirnova-russian-aga-tri", "2027-01-20 17:30:22",
      E("registration", "olga.smirnova@mail.example", "Ольга Смирнова",
        "Радуга", ["AG3"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Smirnova <olga.smirnova@mail.example>"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", ew("Регистрация день МСО", "utf-8", "b")),
           ("Message-Id", "<E64A1F80-2C5D-4B97-A3E0-8D1F6B2C7E95@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Здравствуйте запятая меня зовут Ольга Смирнова точка наша организация называется Радуга это клуб для русскоязычных семей в Мюнстере. Мы хотим записаться на день МСО 13 марта нас будет трое я и две коллеги в рабочую группу ага три где про финансирование и управление обществом

Спасибо

Отправлено с iPhone""", cte="base64")


# -- 010 ---------------------------------------------------------------------
# The surname is misheard in the dictated sign-off ("Gökhan Jill dies" for
# Yıldız), and the spoken send command "senden" ended up in the text: the
# From header has the right name.  "A G 2"; comes alone and privately.

@mail("yildiz-misheard-signoff-senden", "2027-01-22 08:03:49",
      E("registration", "goekhan.yildiz@mail.example", "Gökhan Yıldız", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Gökhan Yıldız", "goekhan.yildiz@mail.example")),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "Anmeldung"),
           ("Message-Id", "<5D2C8A71-0E3B-4F96-9C14-B7A3E6D0F288@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Guten Morgen ich möchte mich verbindlich anmelden für den Tag der Migranten Selbst Organisationen am 13.3. für die A G 2 ich komme alleine und privat nicht für einen Verein
viele Grüße Gökhan Jill dies senden""")


# -- 011 ---------------------------------------------------------------------
# English voice typing: "work group to" (two) with the topic "Munster's future
# process"; "Munster" without umlaut in the association; Gmail for Android.

OKEKE_TEXT = """Good evening

my name is Chinedu Okeke from the Igbo cultural association Munster I want to register for the MSO day I will be coming alone and I choose work group to Munster's future process

Regards
Chinedu

Sent from my Android phone. Voice typed, please excuse errors."""


@mail("okeke-english-work-group-to", "2027-01-23 19:44:10",
      E("registration", "chinedu.okeke@mail.example", "Chinedu Okeke",
        "Igbo cultural association Munster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okeke <chinedu.okeke@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAP9rTz4mK1xW6vB0nQ3sL8dH2gF5jY7aE1uO9iR4tC6bN0zX@mail.gmail.example>"),
           ("Subject", "MSO day registration"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(OKEKE_TEXT, gmail_html(OKEKE_TEXT), charset="us-ascii", cte="7bit",
                  style="gmail")


# -- 012 ---------------------------------------------------------------------
# "Age 1" / "Age 3" for AG 1 / AG 3 as first and second wish; "zu dritt" = 3;
# a full stop inserted at a pause.  Outlook for iOS, multipart/alternative.

ASLAN_TEXT = """Hallo zusammen, wir möchten uns für den MSO Tag anmelden wir kommen zu dritt als Erstwunsch Age 1 und als Zweitwunsch Age 3 falls die erste voll ist. Liebe Grüße Rojda Aslan Kurdischer Eltern Verein Münster"""

OUTLOOK_IOS_SIG = "Von Outlook für iOS gesendet"


@mail("aslan-outlook-ios-age-1-age-3", "2027-01-25 13:15:58",
      E("registration", "rojda.aslan@mail.example", "Rojda Aslan",
        "Kurdischer Eltern Verein Münster", ["AG1", "AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR09MB7724B6A0E1C3D5F7A9B2C4D6E8F0@PAXPR09MB7724.eurprd09.prod.outlook.example>"),
           ("X-MS-Has-Attach", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_mobile_plain(ASLAN_TEXT, OUTLOOK_IOS_SIG),
                  outlook_mobile_html(ASLAN_TEXT, OUTLOOK_IOS_SIG), style="outlook")


# -- 013 ---------------------------------------------------------------------
# English Exchange out-of-office to a confirmation (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress).

BERHANE_OOF = """Thank you for your email.

I am out of the office until 2 February 2027 with limited access to email. For urgent matters regarding the Ethiopian Community Münster, please contact info@ethiopian-community.example.

Kind regards
Daniel Berhane"""


@mail("berhane-exchange-out-of-office", "2027-01-26 09:02:17",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Daniel Berhane <d.berhane@ethiopian-community.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbyQ0m8cVx1e2R0aP9sL3kW5nTg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB6610F1E2D3C4B5A69788A1B2C3D4@AS8PR03MB6610.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270126090114.7d3e@muenster.example>"),
           ("References", "<mailbot.20270126090114.7d3e@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BERHANE_OOF), outlook_html(BERHANE_OOF),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Homophone "für" for "vier": "wir sind für Personen aus dem Vorstand" = 4;
# "AG zwo" (spoken "zwo" for two) with "Münsters Zukunft"; Gmail for Android
# with a typed signature ("1. Vorsitzender" is not a workgroup).

ANTONIOU_TEXT = """Guten Abend, hiermit möchte ich uns anmelden für den 13. März wir sind für Personen aus dem Vorstand und wir möchten in die AG zwo Münsters Zukunft weil wir da viel zu sagen haben

Mit freundlichen Grüßen
Dimitrios Antoniou
1. Vorsitzender
Griechischer Kulturverein Hellas Münster e.V."""


@mail("antoniou-fuer-personen-ag-zwo", "2027-01-27 20:30:41",
      E("registration", "d.antoniou@hellas-muenster.example", "Dimitrios Antoniou",
        "Griechischer Kulturverein Hellas Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Dimitrios Antoniou <d.antoniou@hellas-muenster.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAB8sNq5vT2yL0xK7mW4cR1dG9hF3jZ6aE8uO0iP5tB2nV7wX@mail.gmail.example>"),
           ("Subject", "Anmeldung Vorstand Hellas"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(ANTONIOU_TEXT, gmail_html(ANTONIOU_TEXT), style="gmail")


# -- 015 ---------------------------------------------------------------------
# Arabic dictation: "فاصلة"/"نقطة" (comma/full stop) as words, Arabic-Indic
# date digits, "مجموعة العمل الثانية" = the second workgroup, "ثلاثة أشخاص" = 3.
# Arabic self-introduction beats the Latin display name.  iPhone, base64.

@mail("alahmad-arabic-second-workgroup", "2027-01-28 15:10:26",
      E("registration", "khaled.alahmad@mail.example", "خالد الأحمد",
        "جمعية الجالية السورية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alahmad <khaled.alahmad@mail.example>"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", ew("تسجيل يوم المنظمات", "utf-8", "b")),
           ("Message-Id", "<9F4E7B02-1A6C-4D83-B5E9-0C2D8F3A6B71@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""مرحبا فاصلة اسمي خالد الأحمد من جمعية الجالية السورية في مونستر نقطة نريد التسجيل في يوم منظمات المهاجرين يوم ١٣ آذار سنأتي ثلاثة أشخاص أنا وزوجتي وابني الكبير نقطة نريد مجموعة العمل الثانية عن مستقبل مدينة مونستر
شكرا جزيلا

أُرسلت من الـ iPhone الخاص بي""", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Change phrased as a question ("ob ich noch wechseln kann ... wenn das geht
# dann bitte AG drei"); iPhone reply quoting the confirmation (AG 1, 1 person).

ACAR_TEXT = """Hallo ich wollte fragen ob ich noch wechseln kann von der AG eins in die AG drei Fragezeichen wenn das geht dann bitte AG drei weil meine Kollegin schon in der eins ist und wir uns aufteilen wollen danke

Sibel Acar

Von meinem iPhone gesendet"""


@mail("acar-change-ag-eins-to-ag-drei", "2027-01-29 11:40:02",
      E("change", "sibel.acar@mail.example", "Sibel Acar", None, ["AG3"], None, "de"), "de")
def _(m):
    attribution = f"Am 14.01.2027 um 10:22 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = confirmation("Frau Acar", "AG1", 1)
    m.head(("From", "Sibel Acar <sibel.acar@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<C81A5E36-7B2F-4E09-A4D1-93F0B6C2E857@mail.example>"),
           ("In-Reply-To", "<mailbot.20270114102212.4c1b@muenster.example>"),
           ("References", "<mailbot.20270114102212.4c1b@muenster.example>"),
           ("To", TO_MSO),
           IPHONE, IPHONE_MIME)
    m.alternative(ios_plain_reply(ACAR_TEXT, attribution, quoted),
                  ios_html_reply(ACAR_TEXT, attribution, quoted), style="apple")


# -- 017 ---------------------------------------------------------------------
# No workgroup choice: "welche Arbeitsgruppe ist uns egal Hauptsache da ist
# noch was frei" ("frei" here really means free); she and her husband = 2.

WOLF_TEXT = """Guten Abend ich möchte mich und meinen Mann anmelden für den MSO Tag am 13. März welche Arbeitsgruppe ist uns egal Hauptsache da ist noch was frei unser Verein heißt Deutsch Kasachischer Kulturverein Münster
mit freundlichen Grüßen Irina Wolf"""


@mail("wolf-samsung-arbeitsgruppe-egal-frei", "2027-02-01 19:20:33",
      E("registration", "irina.wolf@mail.example", "Irina Wolf",
        "Deutsch Kasachischer Kulturverein Münster", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Irina Wolf <irina.wolf@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270201192033.iw3r8.wolf@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(WOLF_TEXT), samsung_html(WOLF_TEXT),
                  cte="base64", style="samsung")


# -- 018 ---------------------------------------------------------------------
# Question only, English dictation with "question mark"/"period" as words;
# registers no one ("only if I can follow").  iPhone, us-ascii 7bit.

@mail("mahmood-english-question-translation", "2027-02-02 08:15:27",
      E("question", "tariq.mahmood@mail.example", "Tariq Mahmood", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Tariq Mahmood <tariq.mahmood@mail.example>"),
           ("Content-Type", "text/plain; charset=us-ascii"),
           ("Subject", "Question about translation"),
           ("Message-Id", "<1E7B3D59-8C20-4A6F-B9E4-6F0A2C5D8B13@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Hello I have a question will there be translation into English or Urdu in the work groups question mark My German is not so good yet and I would like to come but only if I can follow the discussion period

Thank you
Tariq Mahmood

Sent from my iPhone""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# From a family mailbox; she dictates her own address in words for the
# confirmation ("zeynep Punkt kara at mail Punkt example").  "a g 3", alone.

@mail("kara-family-mailbox-dictated-address", "2027-02-03 21:02:55",
      E("registration", "zeynep.kara@mail.example", "Zeynep Kara", None, ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Familie Kara <familie.kara@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7e1d4a90-5c3b-4f82-b6e1-2a9d0c8f7e35-1770148975311@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    text = """Hallo hier ist Zeynep Kara ich möchte mich anmelden für den MSO Tag am 13. März in der a g 3 ich komme alleine als Privatperson bitte schicken Sie die Bestätigung an meine eigene Adresse das ist zeynep Punkt kara at mail Punkt example weil ich in dieses Postfach fast nie reinschaue

Danke und schönen Abend
Zeynep

Gesendet mit der GMX Mail App"""
    m.alternative(text, _divs(text) + "\n")


DICTATED_ADDRESS["kara-family-mailbox-dictated-address"] = "zeynep Punkt kara at mail Punkt example"


# -- 020 ---------------------------------------------------------------------
# Cancellation of both persons; Samsung reply with its "Ursprüngliche
# Nachricht" block, the confirmation (AG 2, 2 persons) quoted without ">".

KORKMAZ_TEXT = """Hallo leider müssen wir die Anmeldung absagen wir haben an dem Wochenende eine Hochzeit in der Türkei und fliegen schon am Freitag das hatte ich total vergessen Entschuldigung also wir kommen beide nicht
Hülya Korkmaz"""

KORKMAZ_HEADER = f"""Von: Tag der Migrantenselbstorganisationen <{MSO}>
Datum: 20.01.27 09:14 (GMT+01:00)
An: hulya.korkmaz@mail.example
Betreff: {CONFIRMATION_SUBJECT}"""


@mail("korkmaz-cancel-samsung-quote", "2027-02-05 16:45:12",
      E("cancellation", "hulya.korkmaz@mail.example", "Hülya Korkmaz", None, [], None, "de"), "de")
def _(m):
    quoted = confirmation("Frau Korkmaz", "AG2", 2)
    m.head(("From", addr("Hülya Korkmaz", "hulya.korkmaz@mail.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270205164512.hk8t2.korkmaz@email.android.example>"),
           ("In-Reply-To", "<mailbot.20270120091402.6a2f@muenster.example>"),
           ("References", "<mailbot.20270120091402.6a2f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(KORKMAZ_TEXT, header=KORKMAZ_HEADER, quoted=quoted),
                  samsung_html(KORKMAZ_TEXT, header=KORKMAZ_HEADER, quoted=quoted),
                  cte="base64", style="samsung")


# -- 021 ---------------------------------------------------------------------
# Full stops inserted at every pause ("Für die AG. Drei."); "Kasa do Brasil"
# misheard in the text, the stored iPhone signature has the right name.

@mail("ribeiro-pause-periods-ag-punkt-drei", "2027-02-06 10:10:38",
      E("registration", "ana.ribeiro@casadobrasil-ms.example", "Ana Ribeiro",
        "Casa do Brasil Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ana Ribeiro <ana.ribeiro@casadobrasil-ms.example>"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "Anmeldung MSO Tag"),
           ("Message-Id", "<64D0B9A2-E57C-4F13-8A2B-C1E9D7F30546@casadobrasil-ms.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Hallo. Ich möchte mich anmelden. Für den Tag der. Migrantenselbstorganisationen. Am 13. März. Für die AG. Drei. Wir sind zu zweit. Ich und meine Kollegin. Von der Kasa do Brasil. Vielen Dank.

Ana Ribeiro
Casa do Brasil Münster e.V.
Von meinem iPhone gesendet""")


# -- 022 ---------------------------------------------------------------------
# Question only, Arabic dictation ("علامة استفهام" = question mark as a word):
# may she bring her children, is there childcare; would register later.
# Gmail for Android, right-to-left HTML, base64.

HASAN_TEXT = """السلام عليكم اسمي ريم حسن أريد أن أسأل هل يمكنني أن أحضر مع أطفالي الصغار إلى يوم المنظمات في ١٣ آذار علامة استفهام وهل هناك رعاية للأطفال هناك علامة استفهام إذا كان ذلك ممكنا سأسجل أنا وزوجي
شكرا"""


@mail("hasan-arabic-question-children", "2027-02-08 14:00:19",
      E("question", "reem.hasan@mail.example", "ريم حسن", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Hasan <reem.hasan@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAH2kVm8tR5xN1wQ7pL4sB0dG3hF9jY6aE2uO8iZ1cT5nX7vW@mail.gmail.example>"),
           ("Subject", ew("سؤال", "utf-8", "b")),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(HASAN_TEXT, gmail_html(HASAN_TEXT, rtl=True), cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Dictated form with voice commands half converted: "Doppelpunkt", "neue
# Zeile", "Komma" sometimes as words; "Arbeitsgruppe Doppelpunkt zwei",
# "Personen: eins".  WEB.DE app, multipart/alternative.

BRAUN_TEXT = """Hallo Komma
ich möchte mich anmelden Doppelpunkt
Name Doppelpunkt Viktor Braun
Organisation Doppelpunkt Deutsch Ukrainischer Verein Mriya neue Zeile Arbeitsgruppe Doppelpunkt zwei neue Zeile Personen: eins
Vielen Dank und Gruß Viktor Braun

Gesendet mit der WEB.DE Mail App"""


@mail("braun-webde-doppelpunkt-neue-zeile", "2027-02-09 12:30:04",
      E("registration", "viktor.braun@mail.example", "Viktor Braun",
        "Deutsch Ukrainischer Verein Mriya", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Viktor Braun <viktor.braun@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2b9f6e13-0a4d-4c75-9e82-d3f1a6b0c947-1770636604127@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.alternative(BRAUN_TEXT, _divs(BRAUN_TEXT) + "\n")


# -- 024 ---------------------------------------------------------------------
# Turkish dictation with auto punctuation: "üçüncü çalışma grubu" = the third
# workgroup, the German topic word "förderung" in lower case; "eşimle birlikte
# ... yani iki kişi" = 2.  iPhone, Turkish signature line, quoted-printable.

@mail("dogan-turkish-ucuncu-grup", "2027-02-10 18:00:47",
      E("registration", "alirizadogan@mail.example", "Ali Rıza Doğan",
        "Münster Alevi Kültür Merkezi", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ali Rıza Doğan", "alirizadogan@mail.example")),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", ew("MSO günü için kayıt", "utf-8", "q")),
           ("Message-Id", "<B29C6F14-3D8A-4E70-95B1-7A4E0D2C8F63@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Merhabalar ben Ali Rıza Doğan, Münster Alevi Kültür Merkezi adına yazıyorum. 13 Mart'taki MSO günü için eşimle birlikte kayıt olmak istiyoruz yani iki kişi. Üçüncü çalışma grubuna katılmak istiyoruz yani förderung ve dernek yönetimi konusu çünkü yeni bir proje için destek arıyoruz. Saygılarımla

iPhone'umdan gönderildi""")


# -- 025 ---------------------------------------------------------------------
# Holiday auto-reply from a GMX mailbox to the reminder (Auto-Submitted).

@mail("hollenberg-gmx-vacation-reminder", "2027-02-11 10:06:21",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Sabine Hollenberg <s.hollenberg@mail.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoresponder-0b3e71c2@mail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bis einschließlich 22. Februar im Urlaub und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Viele Grüße
Sabine Hollenberg
""")


# -- 026 ---------------------------------------------------------------------
# Other: a private dictated message sent to the wrong contact (Russian,
# shopping and picking up a child); UTF-8 8bit, no subject.

@mail("becker-misdirected-private-russian", "2027-02-11 19:52:36",
      E("other"), "ru")
def _(m):
    m.head(("From", "Tatjana Becker <tanja.becker@mail.example>"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Message-Id", "<0A7F3C98-B5E2-4D16-8E39-F2C4A1D06B5E@mail.example>"),
           ("Date", m.date),
           ("To", "MSO Tag <mso-tag@muenster.example>"),
           IPHONE, IPHONE_MIME)
    m.single("""Саша купи пожалуйста хлеб и молоко и забери Лизу с танцев в семь я задерживаюсь на работе целую

Отправлено с iPhone""", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# "AG frei" in a list of choices ("für die AG frei und falls die voll ist für
# die eins"): read as AG 3, then AG 1; "ich und mein Mann" = 2.

PETRENKO_TEXT = """Guten Morgen ich melde mich an für die AG frei und falls die voll ist für die eins wir kommen zu zweit ich und mein Mann
Gruß Kateryna Petrenko"""


@mail("petrenko-ag-frei-else-eins", "2027-02-12 07:40:25",
      E("registration", "kateryna.petrenko@mail.example", "Kateryna Petrenko", None,
        ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kateryna Petrenko <kateryna.petrenko@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAE6wPn1vR8xK3tB5mQ0sJ7dL2hG4fY9aZ6uO1iN8cW3tX5bV@mail.gmail.example>"),
           ("Subject", "MSO"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(PETRENKO_TEXT, gmail_html(PETRENKO_TEXT), style="gmail")


# -- 028 ---------------------------------------------------------------------
# Change of workgroup and party size at once ("a g 1 Bildung ... statt der
# drei", now 2); Outlook for Android reply with the "____" block quoting the
# confirmation (AG 3, 1 person).

THIER_TEXT = """Hallo noch mal meine Kollegin kommt jetzt doch mit also wir sind zu zweit und wir würden dann lieber beide in die a g 1 Bildung wechseln statt der drei geht das
Gruß Gabriele Thier"""


@mail("thier-change-outlook-android-a-g-1-zu-zweit", "2027-02-15 08:20:13",
      E("change", "g.thier@mail.example", "Gabriele Thier", None, ["AG1"], 2, "de"), "de")
def _(m):
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 27. Januar 2027 16:02",
             "g.thier@mail.example <g.thier@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Thier", "AG3", 1))
    sig = "Von Outlook für Android gesendet"
    m.head(("From", "Gabriele Thier <g.thier@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1PR07MB9180C2D4E6F8A0B1C3D5E7F9A1B3@GV1PR07MB9180.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127160209.3e8b@muenster.example>"),
           ("References", "<mailbot.20270127160209.3e8b@muenster.example>"),
           ("X-MS-Has-Attach", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_mobile_plain(THIER_TEXT, sig, quote),
                  outlook_mobile_html(THIER_TEXT, sig, quote), style="outlook")


# -- 029 ---------------------------------------------------------------------
# Change, Russian dictation ("вопросительный знак" as a word): "во вторую
# вместо первой" = to the second instead of the first; Gmail with the Russian
# attribution line, quoting the confirmation (AG 1).  Signed "Андрей" only.

KUZNETSOV_TEXT = """Добрый день можно меня перевести в другую рабочую группу во вторую вместо первой вопросительный знак там где про будущее Мюнстера спасибо Андрей"""


@mail("kuznetsov-russian-change-vtoraya", "2027-02-16 12:12:50",
      E("change", "andrei.kuznetsov@mail.example", "Andrei Kuznetsov", None,
        ["AG2"], None, "ru"), "ru")
def _(m):
    attribution = (f"пн, 25 янв. 2027 г. в 10:12, Tag der Migrantenselbstorganisationen <{MSO}>:")
    quoted = confirmation("Herr Kuznetsov", "AG1", 1)
    m.head(("From", "Andrei Kuznetsov <andrei.kuznetsov@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAM4tXq7wN2vR9kB1yL6sP3dH0gF8jZ5aE4uO7iV2cT9nK1bW@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125101203.9f1c@muenster.example>"),
           ("References", "<mailbot.20270125101203.9f1c@muenster.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain_reply(KUZNETSOV_TEXT, attribution, quoted),
                  gmail_html(KUZNETSOV_TEXT, attribution, quoted), cte="base64",
                  style="gmail")


# -- 030 ---------------------------------------------------------------------
# Windows voice typing into Thunderbird, iso-8859-1 quoted-printable: well
# punctuated, but "Arbeitsgruppe Bindung" (for Bildung), clarified by "Thema
# Schule"; "mit 2 Kollegen" = 3; typed signature with the association.

@mail("greco-windows-voice-typing-bindung", "2027-02-17 14:25:09",
      E("registration", "p.greco@dante-muenster.example", "Paolo Greco",
        "Italienischer Kulturverein Dante Alighieri Münster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Paolo Greco <p.greco@dante-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5f2c9e1a-38b7-4d06-a9e4-1c7b0d3f6e28@dante-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum MSO Tag am 13. März an. Ich interessiere mich für die Arbeitsgruppe Bindung, also das Thema Schule und Migration. Ich komme mit 2 Kollegen aus unserem Verein. Wir freuen uns auf den Austausch.

Mit freundlichen Grüßen

Paolo Greco
Italienischer Kulturverein Dante Alighieri Münster
-- 
(diktiert mit der Windows-Spracheingabe)
""", charset="iso-8859-1", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change, English dictation: "from work group won to work group three the one
# on funding"; iPhone reply, English attribution, quoting the confirmation.

BOATENG_TEXT = """Hi could you please switch me from work group won to work group three the one on funding I think it fits better for our association thank you Kofi

Sent from my iPhone"""


@mail("boateng-english-change-won-to-three", "2027-02-18 09:05:40",
      E("change", "kofi.boateng@mail.example", "Kofi Boateng", None, ["AG3"], None, "en"), "en")
def _(m):
    attribution = f"On 2 Feb 2027, at 11:40, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"
    quoted = confirmation("Herr Boateng", "AG1", 1)
    m.head(("From", "Kofi Boateng <kofi.boateng@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<F3B7A1C5-62E8-4D90-B4A7-0E5C9D2F1A86@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202114006.2b7d@muenster.example>"),
           ("References", "<mailbot.20270202114006.2b7d@muenster.example>"),
           ("To", TO_MSO),
           IPHONE, IPHONE_MIME)
    m.alternative(ios_plain_reply(BOATENG_TEXT, attribution, quoted),
                  ios_html_reply(BOATENG_TEXT, attribution, quoted), style="apple")


# -- 032 ---------------------------------------------------------------------
# Question only: can one come in the morning only; would register afterwards.
# Mentions "die Arbeitsgruppen" and "in eine AG" without choosing.

@mail("neumann-question-nur-vormittag", "2027-02-19 13:10:31",
      E("question", "bianca.neumann@mail.example", "Bianca Neumann", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Bianca Neumann <bianca.neumann@mail.example>"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "Frage"),
           ("Message-Id", "<2C9E5A07-D4B1-4F38-A6E2-8B3F7C0D1E94@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Hallo ich habe mich noch nicht angemeldet ich wollte erst fragen ob man auch nur am Vormittag kommen kann weil ich nachmittags arbeiten muss und die Arbeitsgruppen sind ja glaube ich nachmittags oder Fragezeichen Dann würde ich mich nur für den Vormittag anmelden wenn das geht
Bianca Neumann
Von meinem iPhone gesendet""")


# -- 033 ---------------------------------------------------------------------
# Numbers as words and digits mixed: "zu 3", "AG eins Bildung und falls die
# voll ist dann die AG 2"; a literal "Punkt"; typed Gmail signature with the
# association and a descriptive second line.

HODZIC_TEXT = """Hallo liebes Team ich schreibe für unseren Verein wir kommen zu 3 und möchten gern die AG eins Bildung und falls die voll ist dann die AG 2 Punkt danke und bis bald

Emina Hodžić
Kulturverein Sabah e.V.
Bosnisch-herzegowinischer Kulturverein in Münster"""


@mail("hodzic-ag-eins-else-ag-2-zu-3", "2027-02-20 17:45:03",
      E("registration", "emina.hodzic@sabah-muenster.example", "Emina Hodžić",
        "Kulturverein Sabah e.V.", ["AG1", "AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Emina Hodžić", "emina.hodzic@sabah-muenster.example")),
           ("Date", m.date),
           ("Message-ID", "<CAD1mRq9xT4vN7wK2pB5sL0dG6hF3jY8aE9uO4iW7cZ1nX2tV@mail.gmail.example>"),
           ("Subject", "Anmeldung Kulturverein Sabah"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(HODZIC_TEXT, gmail_html(HODZIC_TEXT), style="gmail")


# -- 034 ---------------------------------------------------------------------
# Cancellation for two ("streichen Sie uns beide"); iPhone reply quoting the
# confirmation (AG 2, 2 persons); signed with the first name only.

MANSOUR_TEXT = """Guten Morgen leider müssen wir für den 13. März absagen weil unser Vorsitzender an dem Tag operiert wird und ich dann den Laden alleine machen muss also bitte streichen Sie uns beide
Gruß Khalid

Von meinem iPhone gesendet"""


@mail("mansour-cancel-iphone-quote", "2027-02-22 07:30:16",
      E("cancellation", "khalid.mansour@mail.example", "Khalid Mansour", None, [], None, "de"), "de")
def _(m):
    attribution = f"Am 04.02.2027 um 18:31 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = confirmation("Herr Mansour", "AG2", 2)
    m.head(("From", "Khalid Mansour <khalid.mansour@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<8E0D4B6F-A1C3-4E57-92B8-D6F1E3A07C29@mail.example>"),
           ("In-Reply-To", "<mailbot.20270204183110.5c0a@muenster.example>"),
           ("References", "<mailbot.20270204183110.5c0a@muenster.example>"),
           ("To", TO_MSO),
           IPHONE, IPHONE_MIME)
    m.alternative(ios_plain_reply(MANSOUR_TEXT, attribution, quoted),
                  ios_html_reply(MANSOUR_TEXT, attribution, quoted), style="apple")


# -- 035 ---------------------------------------------------------------------
# Arabic dictation with the German words transliterated: "اي جي ثلاثة" (AG 3)
# and "فوردرونغ" (Förderung); "نحن شخصين" = 2.  Yahoo Mail on Android.

ALHASSAN_TEXT = """مساء الخير أنا نور الحسن من جمعية البيت العربي في مونستر أريد أن أسجل في يوم منظمات المهاجرين في مجموعة العمل اي جي ثلاثة فوردرونغ نحن شخصين أنا وصديقتي
مع الشكر

Sent from Yahoo Mail on Android"""


@mail("alhassan-arabic-ay-ji-thalatha", "2027-02-23 20:20:57",
      E("registration", "nour.alhassan@mail.example", "نور الحسن",
        "جمعية البيت العربي في مونستر", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Hassan <nour.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("التسجيل", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1245873019.3310842.1771874457120@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailAndroid"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp-android\" dir=\"rtl\">"
                 + _divs(ALHASSAN_TEXT, " dir=\"rtl\"") + "</div></body></html>\n")
    m.alternative(ALHASSAN_TEXT, html_text, cte="base64")


# -- 036 ---------------------------------------------------------------------
# Postfix bounce of a confirmation from the recipient's provider: unknown
# user; the returned confirmation (AG 1) is attached as message/rfc822.

@mail("postfix-bounce-unknown-user", "2027-02-24 11:02:33",
      E("bounce", bounced="hasan.oeztuerk@mail.example"), "en")
def _(m):
    rcpt = "hasan.oeztuerk@mail.example"
    m.head(("From", "MAILER-DAEMON@mx.mail.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270224100233.4B7E21C06F@mx.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.mail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mbox.mail.example[198.51.100.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.mail.example"),
         ("X-Postfix-Queue-ID", "4B7E21C06F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 24 Feb 2027 11:02:30 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mbox.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown")])
    original = confirmation_message(
        f"=?utf-8?q?Hasan_=C3=96zt=C3=BCrk?= <{rcpt}>", "Herr Öztürk", "AG1", 1,
        "Wed, 24 Feb 2027 11:02:29 +0100", "<mailbot.20270224110229.8e4d@muenster.example>",
        "<7A3C9E15-0B6D-4F82-9D47-E1C5A8B20F36@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Registration whose workgroup cannot be told: "in die AG zu dem Thema über das
# wir letzte Woche beim Integrationsrat gesprochen haben" ("zu" is the
# preposition here, the topic is not named) -> workgroups [].  Comes alone.

@mail("ates-ag-zu-dem-thema-unclear", "2027-02-25 18:15:42",
      E("registration", "yusuf.ates@mail.example", "Yusuf Ateş", None, [], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Yusuf Ateş", "yusuf.ates@mail.example")),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Subject", "Anmeldung"),
           ("Message-Id", "<D7A2E04B-5F19-4C6E-8B3D-A0F9C2E5B781@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           IPHONE, IPHONE_MIME)
    m.single("""Hallo ich möchte mich anmelden für den Tag der Migrantenselbstorganisationen ich komme alleine und würde gern in die AG zu dem Thema über das wir letzte Woche beim Integrationsrat gesprochen haben mit Frau Mesa Correa Flock
Gruß Yusuf Ateş
Von meinem iPhone gesendet""")


# -- 038 ---------------------------------------------------------------------
# Other: the team's voice-mail system sends a caller's message with an
# automatic transcript (a question about parking, call back wanted) and the
# recording attached; no one to answer by e-mail.

@mail("voicebox-transcript-parking", "2027-02-26 09:30:08",
      E("other"), "de")
def _(m):
    m.head(("From", "Voicebox Kommunales Integrationszentrum <voicebox@muenster.example>"),
           ("To", MSO),
           ("Subject", "Neue Sprachnachricht von 0251 55512 34 (0:38)"),
           ("Date", m.date),
           ("Message-ID", "<voicebox.20270226093008.71@pbx.muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("MIME-Version", "1.0"),
           envelope="voicebox@muenster.example")
    text = m.text("""Sie haben eine neue Sprachnachricht erhalten.

Nebenstelle: 7058 (MSO-Tag)
Anrufer: 0251 55512 34
Datum: 26.02.2027, 09:29 Uhr
Dauer: 0:38

Transkription (automatisch erstellt, kann Fehler enthalten):
"Ja hallo hier ist äh Brigitte Lohmann vom Senioren Beirat ich wollte nur fragen ob es am Stadt Weinhaus Parkplätze gibt für Behinderte weil mein Mann im Rollstuhl sitzt rufen Sie mich doch bitte zurück danke schön"

Die Aufnahme finden Sie im Anhang.

--
Diese Nachricht wurde automatisch von der Telefonanlage erzeugt.
""")
    wav = m.binary(make_wav(), "audio", "wav", "Sprachnachricht_20270226_0929.wav")
    m.multi("mixed", [text, wav])


# -- 039 ---------------------------------------------------------------------
# A child's interruption dictated into the text ("Jamal lass das bitte"), the
# choice said twice; "ich und zwei Frauen aus unserem Verein" = 3;
# "AG drei ... und wenn die voll ist in die AG zwei".  Samsung, base64.

NOORI_TEXT = """Hallo ich möchte mich und zwei Frauen aus unserem Verein anmelden für den 13. März wir möchten in die AG drei Förderung Jamal lass das bitte wir möchten in die AG drei und wenn die voll ist in die AG zwei danke
Mariam Noori afghanischer Frauen Verein Münster"""


@mail("noori-samsung-child-interruption", "2027-03-01 16:40:29",
      E("registration", "mariam.noori@mail.example", "Mariam Noori",
        "afghanischer Frauen Verein Münster", ["AG3", "AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Mariam Noori <mariam.noori@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13. März"),
           ("Date", m.date),
           ("Message-ID", "<20270301164029.mn5v1.noori@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(NOORI_TEXT), samsung_html(NOORI_TEXT),
                  cte="base64", style="samsung")


# -- 040 ---------------------------------------------------------------------
# Cancellation, Turkish dictation, phrased as a request ("iptal edebilir
# misiniz"); Gmail with the Turkish attribution, quoting the confirmation.

GULER_TEXT = """Merhaba maalesef 13 Mart'ta gelemiyoruz annem hastalandı ve Türkiye'ye gitmem gerekiyor kaydımızı iptal edebilir misiniz teşekkürler Emine Güler"""


@mail("guler-turkish-cancel-gmail-quote", "2027-03-02 21:10:45",
      E("cancellation", "emine.guler@mail.example", "Emine Güler", None, [], None, "tr"), "tr")
def _(m):
    attribution = (f"20 Oca 2027 Çar, 15:22 tarihinde Tag der Migrantenselbstorganisationen "
                   f"<{MSO}> şunu yazdı:")
    quoted = confirmation("Frau Güler", "AG3", 2)
    m.head(("From", addr("Emine Güler", "emine.guler@mail.example")),
           ("Date", m.date),
           ("Message-ID", "<CAG7nTq3wR0vK5xB8mL2sP9dH4gF1jZ6aE7uO3iY0cN5tW8bX@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120152207.1d6e@muenster.example>"),
           ("References", "<mailbot.20270120152207.1d6e@muenster.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain_reply(GULER_TEXT, attribution, quoted),
                  gmail_html(GULER_TEXT, attribution, quoted), style="gmail")


# -- 041 ---------------------------------------------------------------------
# Change: "umbuchen von der AG eins auf die a g 2 Zukunfts Prozess"; "schon
# drei Leute von unserem Verein" is not a party size.  iPhone reply.

MARKOVIC_TEXT = """Hallo Frau Mesa Correa Flock können Sie mich bitte umbuchen von der AG eins auf die a g 2 Zukunfts Prozess weil in der Bildung schon drei Leute von unserem Verein sind danke schön
Jovana Marković
Von meinem iPhone gesendet"""


@mail("markovic-change-ag-eins-to-a-g-2", "2027-03-03 12:00:52",
      E("change", "jovana.markovic@mail.example", "Jovana Marković", None,
        ["AG2"], None, "de"), "de")
def _(m):
    attribution = f"Am 10.02.2027 um 09:05 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = confirmation("Frau Marković", "AG1", 1)
    m.head(("From", addr("Jovana Marković", "jovana.markovic@mail.example")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<4B6F1D83-C9A0-4E25-B7D1-5E8A2F0C3D96@mail.example>"),
           ("In-Reply-To", "<mailbot.20270210090511.0a9f@muenster.example>"),
           ("References", "<mailbot.20270210090511.0a9f@muenster.example>"),
           ("To", TO_MSO),
           IPHONE, IPHONE_MIME)
    m.alternative(ios_plain_reply(MARKOVIC_TEXT, attribution, quoted),
                  ios_html_reply(MARKOVIC_TEXT, attribution, quoted), style="apple")


# -- 042 ---------------------------------------------------------------------
# English voice typing: "there will be for of us" = 4; "work group two ...
# and if that's full work group one"; Gmail for Android.

ADEYEMI_TEXT = """Good morning

please register us for the MSO day on 13 March there will be for of us from the Nigerian women's forum Munster and we would like work group two Munster's future and if that's full work group one education

Thanks
Faith Adeyemi

Sent from my phone, voice typed"""


@mail("adeyemi-english-for-of-us", "2027-03-04 10:45:14",
      E("registration", "faith.adeyemi@mail.example", "Faith Adeyemi",
        "Nigerian women's forum Munster", ["AG2", "AG1"], 4, "en"), "en")
def _(m):
    m.head(("From", "Faith Adeyemi <faith.adeyemi@mail.example>"),
           ("Date", m.date),
           ("Message-ID", "<CAK5vPm2xR7tN0wB4kQ9sL1dH6gF3jY2aZ8uO5iT0cV7nW4bX@mail.gmail.example>"),
           ("Subject", "Registration"),
           ("To", MSO),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="us-ascii", cte="7bit",
                  style="gmail")


# -- 043 ---------------------------------------------------------------------
# Cancellation dictated to an assistant ("Nach Diktat verreist"); Outlook HTML
# only, windows-1252, quoting the confirmation (AG 1) in the Outlook block;
# "seinen Platz in der Arbeitsgruppe 1" is not a workgroup choice.

VOGELSANG_TEXT = """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am Tag der Migrantenselbstorganisationen am 13. März absagen, da ich kurzfristig zu einer Fachtagung nach Berlin reisen muss. Bitte geben Sie meinen Platz in der Arbeitsgruppe 1 an jemand anderen weiter.

Mit freundlichen Grüßen

Dr. Bernd Vogelsang
Leiter des Fachbereichs Interkulturelle Bildung
Volkshochschule Münster

Nach Diktat verreist"""


@mail("vogelsang-cancel-nach-diktat-verreist", "2027-03-08 11:15:26",
      E("cancellation", "b.vogelsang@vhs-muenster.example", "Bernd Vogelsang",
        "Volkshochschule Münster", [], None, "de"), "de")
def _(m):
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 19. Januar 2027 11:20",
             "Vogelsang, Bernd <b.vogelsang@vhs-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Dr. Vogelsang", "AG1", 1))
    m.head(("From", '"Vogelsang, Bernd" <b.vogelsang@vhs-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbam1x0cR5tV8zW2eK4pN7sL9qYgAHm3Dp"),
           ("Date", m.date),
           ("Message-ID", "<4a9e2d7c1f0b4e63@EXCH02.vhs-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270119112004.8b2a@muenster.example>"),
           ("References", "<mailbot.20270119112004.8b2a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(VOGELSANG_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
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
LANGS = {"de", "en", "tr", "ar", "ru"}


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def check_labels(name, msg, e, decoded_text, dictated):
    """The label agrees with the contract and with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                            or e["party_size"] < 1):
            problems.append("change party_size must be null or >= 1")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        for f in ("email", "name", "language"):
            if not e[f]:
                problems.append(f"{f} missing for person mail")
        if e["language"] not in LANGS:
            problems.append(f"unexpected language {e['language']}")
        if e["email"] != (e["email"] or "").lower():
            problems.append("email must be lower-case")
        # email: From, Reply-To, or an address the text names (or dictates)
        heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
        if e["email"] not in heads and e["email"] not in decoded_text.lower():
            if not (dictated and norm(dictated) in norm(decoded_text)):
                problems.append(f"email {e['email']} not in the mail")
        # name: in the text or in the From display name
        from_name = getaddresses([str(msg["From"])])[0][0]
        if norm(e["name"]) not in norm(decoded_text) and norm(e["name"]) != norm(from_name):
            problems.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] is not None and norm(e["organisation"]) not in norm(decoded_text):
            problems.append(f"organisation {e['organisation']!r} not in the mail")
        if kind in ("change", "cancellation") and "Angemeldete Personen:" not in decoded_text:
            problems.append("change/cancellation does not quote the confirmation")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {kind}")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, slug):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Date", "Message-ID", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    if msg["MIME-Version"] is None:
        problems.append("missing header MIME-Version")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
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
    plain_text = "\n".join(g for g in got if isinstance(g, str))
    decoded = plain_text + "\n" + str(msg.get("Subject", ""))
    problems += check_labels(name, msg, expected, decoded, DICTATED_ADDRESS.get(slug))
    return problems


def check_corpus(built, datas):
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
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{lang:>4}" for lang in langs) + "   all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in langs]
        print(f"  {' '.join(f'{v:>4}' for v in row)}  {sum(row):>4}  {k}")
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

    # re-read what is on disk (or, with --check, what would be written)
    for (name, m, e, _), data, (slug, *_rest) in zip(built, datas, MAILS):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, slug):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if reread != expected:
            print("expected.json does not re-read to the labels")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
