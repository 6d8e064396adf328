#!/usr/bin/env python3
"""Build the "final24j" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: Patenschaftstag Paderborn 2027, a day for volunteer mentors (Patinnen
und Paten) of refugees and their mentees, Saturday 25 September 2027, four
workshops W1-W4.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in correct MIME with the standard `email` package, writes
the files, and then reads every file back with email.policy.default to check
that it parses without defects, that each body part decodes to exactly the
text written here, and that the labels are well formed and fit the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

PT = "patenschaftstag@paderborn.example"
TO_PT = f"Patenschaftstag Paderborn <{PT}>"
INVITATION_ID = "<einladung-patenschaftstag-2027.20270823101204@paderborn.example>"
INVITATION_SUBJECT = "Einladung: Patenschaftstag Paderborn 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Patenschaftstag Paderborn 2027"
CEST = datetime.timezone(datetime.timedelta(hours=2))

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("W1", "W2", "W3", "W4")
LANGS = {"de", "en", "ar", "fa", "uk", "ti", "so"}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
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
        msg.set_raw("Delivered-To", PT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.paderborn.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{PT}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.paderborn.example"
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

INVITATION = """Liebe Patinnen und Paten, liebe Mentees, liebe Familien,

zum Patenschaftstag Paderborn 2027 laden wir Sie und Ihre Patenschaften
herzlich ein.

Datum: Samstag, 25. September 2027, 10:00 bis 16:00 Uhr
Ort: Haus der Begegnung, Kamp 22, 33098 Paderborn

Am Vormittag gibt es ein gemeinsames Frühstück und Zeit zum Kennenlernen.
Am Nachmittag arbeiten wir in vier Workshops:

Workshop 1 (W1): Ämter, Anträge, Aufenthalt – Behördengänge gemeinsam meistern
Workshop 2 (W2): Wohnungssuche in Paderborn
Workshop 3 (W3): Arbeit, Ausbildung und Anerkennung von Abschlüssen
Workshop 4 (W4): Gut begleiten: Rollen, Grenzen und Selbstfürsorge in der
                 Patenschaft

Für Kinder gibt es den ganzen Tag ein Kinderprogramm. Dolmetscherinnen und
Dolmetscher für Arabisch, Dari/Farsi, Tigrinya und Ukrainisch sind vor Ort.

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
patenschaftstag@paderborn.example an. Schreiben Sie uns bitte:
- Ihren Namen (und die Namen Ihrer Patin, Ihres Paten oder Ihrer Mentees)
- Ihren Verein oder Ihr Patenschaftsprojekt, falls vorhanden
- welchen Workshop Sie besuchen möchten (gern mit Zweitwunsch)
- wie viele Personen insgesamt kommen (Kinder bitte mitzählen)

Die Teilnahme ist kostenlos.

In einfacher Sprache:
Am Samstag, 25. September, ist der Patenschaftstag. Paten und Mentees
treffen sich. Sie können mit Ihrer Familie kommen. Es gibt Essen und ein
Programm für Kinder. Bitte schreiben Sie uns eine E-Mail: Wer kommt? Wie
viele Personen? Welcher Workshop? Sie können auch auf Arabisch, Dari,
Tigrinya, Ukrainisch, Somali oder Englisch schreiben.

Herzliche Grüße
Ihre Koordinierungsstelle Patenschaften
Stadt Paderborn
i. A. Birgit Tegethoff"""

W_LINE = {
    "W1": "Workshop 1 (W1) – Ämter, Anträge, Aufenthalt: Behördengänge gemeinsam meistern",
    "W2": "Workshop 2 (W2) – Wohnungssuche in Paderborn",
    "W3": "Workshop 3 (W3) – Arbeit, Ausbildung und Anerkennung von Abschlüssen",
    "W4": "Workshop 4 (W4) – Gut begleiten: Rollen, Grenzen und Selbstfürsorge in der Patenschaft",
}


def confirmation(salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Patenschaftstag Paderborn 2027 am
Samstag, 25. September 2027, 10:00 bis 16:00 Uhr, im Haus der Begegnung,
Kamp 22, 33098 Paderborn.

Wir haben Sie für diesen Workshop eingetragen:
{W_LINE[wg]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Zahl der Personen ändern oder
absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Patenschaftstag Paderborn
Koordinierungsstelle Patenschaften, Stadt Paderborn"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_PT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, wg, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
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
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252"):
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
    return (OUTLOOK_HEAD.replace("%CHARSET%", charset) + "\n".join(out)
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


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail's HTML for a reply: the new text, then a gmail_quote blockquote."""
    body = gmail_html(text, rtl).rstrip("\n")
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f"{body}<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def apple_reply_html(text, attribution, quoted):
    """Apple Mail / iOS reply HTML: new text, then a type=cite blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">"
            f"{inner}<div><br><blockquote type=\"cite\">{esc(attribution)}<br><br></blockquote></div>"
            f"<blockquote type=\"cite\">{q}</blockquote></body></html>\n")


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
# Mentor registers herself and a mentee family of four (two children for the
# Kinderprogramm) = 5; Thunderbird reply that quotes the whole invitation with
# all four workshops (the choice is only in the new text).

@mail("brandhorst-family-reply-quoting-invitation", "2027-08-23 14:05:37",
      E("registration", "ulrike.brandhorst@elsen-hilft.example", "Ulrike Brandhorst",
        "Willkommensinitiative Paderborn-Elsen e.V.", ["W1"], 5, "de"), "de")
def _(m):
    m.head(("From", "Ulrike Brandhorst <ulrike.brandhorst@elsen-hilft.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a0f3c1e-8b2d-4e7f-a961-2c4d7e9b0f13@elsen-hilft.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Tegethoff,

danke für die Einladung, das klingt wunderbar! Ich melde mich und "meine"
Familie Al-Hamdan an: Herr Yousef Al-Hamdan, Frau Rasha Al-Hamdan und die
beiden Kinder Lana (6) und Adam (9), die sich schon sehr auf das
Kinderprogramm freuen. Wir sind also zu fünft.

Wir möchten gern in den Workshop 1 - bei uns dreht sich gerade alles um
die Verlängerung der Aufenthaltserlaubnis.

Herzliche Grüße
Ulrike Brandhorst

-- 
Willkommensinitiative Paderborn-Elsen e.V.
Patenschaften & Sprachcafé
Tel. 05254 93 41 07

Am 23.08.27 um 10:12 schrieb Patenschaftstag Paderborn:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, invitation
# quoted below a "Von: / Gesendet:" block.  Mentor + one mentee = 2; the
# workshop is named by its title (first choice) and by its topic (second).
# "Dr." and "Oberstudienrat a. D." are not part of the name.

WIEMERS_TEXT = """Sehr geehrte Frau Tegethoff,

hiermit melde ich mich für den Patenschaftstag am 25. September an. Mitkommen wird mein Mentee Herr Kidane Tesfay aus Eritrea, den ich seit gut einem Jahr begleite.

Herr Tesfay macht gerade eine Einstiegsqualifizierung als Elektroniker, deshalb würden wir am liebsten den Workshop „Arbeit, Ausbildung und Anerkennung von Abschlüssen“ besuchen. Falls dieser schon voll ist, gern ersatzweise den Workshop zu den Behördengängen.

Mit freundlichen Grüßen

Dr. Hans-Georg Wiemers
Oberstudienrat a. D.
Freundeskreis Asyl Schloß Neuhaus
Tel. 05254 / 8 71 23"""


@mail("wiemers-outlook-html-title-and-second-choice", "2027-08-23 17:48:12",
      E("registration", "hg.wiemers@mail.example", "Hans-Georg Wiemers",
        "Freundeskreis Asyl Schloß Neuhaus", ["W3", "W1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Hans-Georg Wiemers" <hg.wiemers@mail.example>'),
           ("To", TO_PT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9C1x2mVb7kQ0L3nXQ8yB5tDbA0aB1cQ="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412C3A0F1E2D3B4A5C6D7E8F9A0@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Patenschaftstag Paderborn <{PT}>",
             "Montag, 23. August 2027 10:12",
             f"Patenschaftstag Paderborn <{PT}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(WIEMERS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# A mentee writes herself in Arabic (Gmail, right-to-left HTML, UTF-8 base64):
# he, his wife and their Patin = 3 ("نحن ثلاثة أشخاص"); "ورشة العمل الثانية"
# = the second workshop (housing).  The Arabic self-introduction and signature
# give the name; the From display name is a Latin spelling.

ALHAMWI_TEXT = """مرحباً،

اسمي خالد الحموي، أنا من سوريا وأعيش في بادربورن منذ سنتين.
أريد التسجيل في يوم الرعاية (Patenschaftstag) يوم السبت 25 أيلول.
سآتي مع زوجتي ومع عرّابتنا السيدة كلاوديا ماير (Claudia Meyer)، يعني نحن ثلاثة أشخاص.
نريد المشاركة في ورشة العمل الثانية عن البحث عن سكن، لأننا نبحث عن شقة أكبر منذ أشهر.

شكراً جزيلاً
خالد الحموي"""


@mail("alhamwi-arabic-mentee-with-wife-and-patin", "2027-08-24 20:31:05",
      E("registration", "khaled.alhamwi@mail.example", "خالد الحموي", None,
        ["W2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alhamwi <khaled.alhamwi@mail.example>"),
           ("To", PT),
           ("Subject", ew("تسجيل - Patenschaftstag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR9pL2vX7tQ1nM8zY4wHc5sJd0GgYk6uE2oNcA1rB7xW9aQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# The Patin registers only her mentee (she herself cannot come), the mentee
# is in Cc, and she asks to send the confirmation to him: email = his
# address, name = the mentee, party 1.  She names no association.

@mail("kleine-boerger-registers-mentee-in-cc", "2027-08-25 09:12:44",
      E("registration", "ahmadzia.noori@mail.example", "Ahmad Zia Noori", None,
        ["W3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Sabine Kleine-Börger", "sabine.kleineboerger@mail.example")),
           ("To", PT),
           ("Cc", "Ahmad Zia Noori <ahmadzia.noori@mail.example>"),
           ("Subject", "Anmeldung Patenschaftstag - Ahmad Zia Noori"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7c2a90e1-4d3b-4f8a-b6e2-91d0c5a7e3f4-1787641964210@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom Patenschaftstag,

ich begleite seit letztem Herbst Ahmad Zia Noori (in Cc). Ich selbst bin am
25.9. leider auf einer Hochzeit in Bayern, aber Ahmad Zia würde sehr gerne
kommen – allein, seine Familie ist noch in Afghanistan.

Ihn interessiert vor allem der Workshop 3. Er hat in Kabul als
Krankenpfleger gearbeitet und möchte wissen, wie er seinen Abschluss hier
anerkennen lassen kann.

Bitte schicken Sie die Bestätigung direkt an ihn
(ahmadzia.noori@mail.example), er liest seine Mails regelmäßig und
versteht einfaches Deutsch gut.

Vielen Dank und liebe Grüße
Sabine Kleine-Börger
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# A couple of private Paten and their mentee = 3; the display name names the
# couple, the writer signs alone ("auch im Namen von Jürgen").  Apple Mail
# multipart/alternative; display name RFC 2047 Q in UTF-8.

RUETHER_TEXT = """Liebe Frau Tegethoff,

mein Mann Jürgen und ich sind seit zwei Jahren Paten von Semhar Tekle und würden gern gemeinsam mit ihr zum Patenschaftstag kommen – also drei Personen.

Wir interessieren uns für Workshop 2 (Wohnungssuche). Semhar wohnt immer noch in der Gemeinschaftsunterkunft, und wir suchen seit Monaten mit ihr.

Wir sind übrigens in keinem Verein, sondern ganz privat Paten.

Viele Grüße
Monika Rüther
(auch im Namen von Jürgen)"""


@mail("ruether-couple-and-mentee-apple", "2027-08-25 19:40:26",
      E("registration", "ruether.familie@mail.example", "Monika Rüther", None,
        ["W2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Monika & Jürgen Rüther", "ruether.familie@mail.example")),
           ("Subject", "Anmeldung Patenschaftstag"),
           ("Message-Id", "<7D2E4F61-9A3B-4C8D-B1E0-5F6A7B8C9D0E@mail.example>"),
           ("Date", m.date),
           ("To", PT),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(RUETHER_TEXT, apple_html(RUETHER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 006 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation (Auto-Submitted:
# auto-generated); it names "Termine" and the invitation subject.

SCHROEDER_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. September 2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Team Integration im Jobcenter Paderborn, Tel. 05251 / 1 20 -3400, oder an team-integration@jobcenter-pb.example.

Mit freundlichen Grüßen
Markus Schröder
Jobcenter Paderborn – Team Integration"""


@mail("jobcenter-exchange-out-of-office", "2027-08-26 08:03:19",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Schröder, Markus", "markus.schroeder@jobcenter-pb.example", "iso-8859-1")),
           ("To", TO_PT),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9QBe3J8xWm2n6kO1pL9qZ4rT7w=="),
           ("Date", m.date),
           ("Message-ID", "<2b9e61d0a4f34c7e@EXCH02.jobcenter-pb.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SCHROEDER_OOF), outlook_html(SCHROEDER_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Ukrainian mentee (UTF-8 quoted-printable): she, her mother and her Patin =
# 3 ("нас буде троє"); "третій воркшоп" = the third workshop.  Cyrillic
# self-introduction and signature, Latin display name.

@mail("tkachenko-ukrainian-mother-and-patin", "2027-08-26 21:17:50",
      E("registration", "olena.tkachenko@mail.example", "Олена Ткаченко", None,
        ["W3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Tkachenko <olena.tkachenko@mail.example>"),
           ("To", PT),
           ("Subject", ew("Реєстрація на Patenschaftstag 25.09.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787772470.914402817@f211.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго вечора!

Мене звати Олена Ткаченко, я з Харкова, у Падерборні живу з 2022 року.
Хочу зареєструватися на День патронату (Patenschaftstag) 25 вересня.
Прийду разом з мамою і пані Гердою Фоссен (Gerda Vossen), яка нас підтримує як Patin, – тобто нас буде троє.
Нас цікавить третій воркшоп – робота, навчання і визнання дипломів. Я економістка, а мій диплом досі не визнали.

Дякую!
З повагою,
Олена Ткаченко
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Dari (Persian script) from an Android phone, UTF-8 base64.  "۲ نفر" with a
# Persian digit = 2; "گروپ کاری اول" = the first workgroup.  Dari words
# ("اشتراک کنم", "گروپ", "تشکر").

@mail("hashimi-dari-with-pate", "2027-08-27 10:25:08",
      E("registration", "jawad.hashimi@mail.example", "سید جواد هاشمی", None,
        ["W1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Sayed Jawad Hashimi <jawad.hashimi@mail.example>"),
           ("To", PT),
           ("Subject", "Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAH8vT3qR1mW6yU0pZ9aS2dF7gH4jK1lX5cC8vB0nM3qWe6RtYu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم

من سید جواد هاشمی هستم از افغانستان. می‌خواهم در روز پاتن‌ها (Patenschaftstag) به تاریخ ۲۵ سپتامبر اشتراک کنم.
همراه پاتن خود آقای توماس بروکمن (Thomas Brockmann) می‌آیم. ما ۲ نفر هستیم.
ما گروپ کاری اول را می‌خواهیم (ادارات، درخواست‌ها، اقامت) چون کارهای اداری برای من بسیار مشکل است.

تشکر
سید جواد هاشمی

Sent from my Galaxy
""", charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Short iPhone mail: a Kolping mentor and his two mentees = 3 ("mit meinen
# beiden Mentees"); the workshop by its topic ("Arbeit & Ausbildung").
# "im ersten Ausbildungsjahr" is not a workgroup number.

@mail("hagemeier-iphone-two-mentees", "2027-08-28 11:50:33",
      E("registration", "bernd.hagemeier@mail.example", "Bernd Hagemeier",
        "Kolpingsfamilie Paderborn-Zentral", ["W3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Bernd Hagemeier <bernd.hagemeier@mail.example>"),
           ("To", PT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<C4A1E7F2-6B3D-4E9A-8F01-2D5C9B7A3E44@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich mit meinen beiden Mentees Mamadou Diallo und Ibrahima Sow an. Beide sind im ersten Ausbildungsjahr (Koch und Maler), darum gern der Workshop Arbeit & Ausbildung.

Gruß
Bernd Hagemeier
Kolpingsfamilie Paderborn-Zentral

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# English, Gmail alternative: mentor + mentee + her two children = 4 ("four
# of us in total"); Workshop 2 first, Workshop 1 as second choice.

MCALLISTER_TEXT = """Dear Ms Tegethoff,

thank you for the invitation, which my mentee forwarded to me (she is on your list, I'm not!). I would like to register for the Patenschaftstag on 25 September together with my mentee Amina Yusuf and her two children (4 and 7) – so four of us in total.

We'd like to join Workshop 2 on housing; if that one fills up, Workshop 1 would be our second choice.

My German is fine for everyday things, but I'm more comfortable writing in English – I hope that's okay.

Best wishes,
Fiona McAllister
International Women's Club Paderborn"""


@mail("mcallister-english-first-second-choice", "2027-08-29 16:02:47",
      E("registration", "fiona.mcallister@mail.example", "Fiona McAllister",
        "International Women's Club Paderborn", ["W2", "W1"], 4, "en"), "en")
def _(m):
    m.head(("From", "Fiona McAllister <fiona.mcallister@mail.example>"),
           ("To", PT),
           ("Subject", "Registration Patenschaftstag 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAJm4Qx8tN2vR0yW7kL3pB9sZ1dF6hG5cE8aU3oN0iK7vB2qYtw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MCALLISTER_TEXT, gmail_html(MCALLISTER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 011 ---------------------------------------------------------------------
# A mentee in learner German from a Samsung phone: she, her Patin and her
# son (5) = "3 Personen"; "Workshop Wohnung".  Display name abbreviated,
# full name in the self-introduction; "5 Jahre" is an age.

@mail("gebremedhin-learner-german-son-and-patin", "2027-08-30 18:22:09",
      E("registration", "hiwet.gm@mail.example", "Hiwet Gebremedhin", None,
        ["W2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Hiwet G. <hiwet.gm@mail.example>"),
           ("To", PT),
           ("Subject", "Patenschaftstag anmelden"),
           ("Date", m.date),
           ("Message-ID", "<q8m1x4.1788113929.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich heiße Hiwet Gebremedhin. Ich komme aus Eritrea. Ich möchte zum Patenschaftstag kommen mit meine Patin Frau Kröger und mein Sohn Robel, er ist 5 Jahre. Wir sind 3 Personen.
Ich möchte Workshop Wohnung, weil meine Wohnung ist zu klein.

Danke
Hiwet

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Question only: a neighbour who helps a family without being an "official"
# Patin asks whether they are welcome; she will register after the answer.

@mail("stratmann-question-not-official-patin", "2027-08-31 09:15:40",
      E("question", "heike.stratmann@mail.example", "Heike Stratmann", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Heike Stratmann <heike.stratmann@mail.example>"),
           ("To", PT),
           ("Subject", "Frage zum Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-1e4b7d20-9c5a-4a3f-8e61-d2f0b9c7a514-1788160540337@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

eine kurze Frage vorab: Ich bin keine "offizielle" Patin, helfe aber einer
ukrainischen Familie aus meiner Nachbarschaft regelmäßig bei Briefen und
Terminen. Sind wir beim Patenschaftstag trotzdem willkommen, oder ist die
Veranstaltung nur für Patenschaften aus den Projekten gedacht?

Wenn wir kommen dürfen, melde ich uns gern an.

Viele Grüße
Heike Stratmann
""", charset="iso-8859-1", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), UTF-8 base64: he and his Pate = "ክልተ ሰባት"
# (two persons); "ወርክሾፕ 3".  Signed in Latin letters.

@mail("tesfamariam-tigrinya-with-pate", "2027-09-01 13:44:21",
      E("registration", "dawit.tesfamariam@mail.example", "Dawit Tesfamariam", None,
        ["W3"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Dawit Tesfamariam <dawit.tesfamariam@mail.example>"),
           ("To", PT),
           ("Subject", "Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAN2pW7kT5vY9xB1mQ4rL8sZ3dH6jG0cF2aE5oU7iN1vB4qXkRm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፡

ኣነ ካብ ኤርትራ እየ፣ ካብ 2022 ጀሚረ ኣብ Paderborn እነብር ኣለኹ።
ኣብቲ ብ25 ሰፕተምበር ዝግበር Patenschaftstag ክሳተፍ እደሊ እየ።
ምስ ፓተይ ኣቶ ማርኩስ ላንገ (Markus Lange) ክመጽእ እየ። ክልተ ሰባት ኢና።
ኣብ ወርክሾፕ 3 (ስራሕ፣ ትምህርቲ ሞያን ኣፍልጦ ሰርቲፊኬትን) ክሳተፍ እደሊ።

የቐንየለይ
Dawit Tesfamariam
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Mentor registers himself and his mentee, who is in Cc (2); he asks nothing
# about where to confirm, so the reply goes to him.  Private line to the
# mentee ("um halb zehn") is no party size.

@mail("nolte-mentor-and-mentee-in-cc", "2027-09-01 19:30:02",
      E("registration", "c.nolte@mail.example", "Christoph Nolte",
        "Netzwerk Asyl Bad Lippspringe", ["W1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Christoph Nolte <c.nolte@mail.example>"),
           ("To", PT),
           ("Cc", "Rahmatullah Safi <r.safi@mail.example>"),
           ("Subject", "Anmeldung Nolte / Safi"),
           ("Date", m.date),
           ("Message-ID", "<9e3f2a71-0c4d-4b6e-8a15-7f2d9c1e0b38@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

hiermit melde ich mich zusammen mit meinem Mentee Rahmatullah Safi (in
Kopie) für den Patenschaftstag an. Wir kommen zu zweit und möchten in den
Workshop Behördengänge - wir kämpfen gerade mit der Ausländerbehörde um
den Familiennachzug.

Rahmatullah, wie besprochen: Wir treffen uns um halb zehn am Hauptbahnhof.

Beste Grüße
Christoph Nolte
Netzwerk Asyl Bad Lippspringe
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# The Patin writes for her mentee (in Cc), who comes with her two daughters
# (3); the Patin herself does not come and does not ask to confirm to the
# mentee, so the reply address is hers.  name = the mentee.  iso-8859-15.

@mail("teipel-writes-for-mentee-in-cc", "2027-09-02 08:55:17",
      E("registration", "gisela.teipel@mail.example", "Zahra Mohammadi", None,
        ["W2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Gisela Teipel <gisela.teipel@mail.example>"),
           ("To", PT),
           ("Cc", "Zahra Mohammadi <zahra.mohammadi@mail.example>"),
           ("Subject", "Anmeldung Frau Mohammadi"),
           ("Date", m.date),
           ("Message-ID", "<000b01dc1bd7$3e8a1f20$bb9e5d60$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich schreibe für Frau Zahra Mohammadi (in Cc), die ich als Patin begleite. Ihr Deutsch ist noch nicht so sicher, deshalb übernehme ich die Anmeldung.

Frau Mohammadi kommt mit ihren beiden Töchtern (11 und 14 Jahre), also insgesamt 3 Personen. Ich selbst kann an dem Tag leider nicht, meine Enkelin wird getauft.

Sie möchte gern in den Workshop zur Wohnungssuche. Eine Dari-Dolmetscherin wäre schön, falls möglich.

Mit freundlichen Grüßen
Gisela Teipel
""", charset="iso-8859-15", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Somali, plain UTF-8 8bit: she, her two children and her Patin = "afar
# qof" (four persons); "kooxda 2aad" = the 2nd group.

@mail("warsame-somali-children-and-patin", "2027-09-02 21:10:55",
      E("registration", "faadumo.warsame@mail.example", "Faadumo Cali Warsame", None,
        ["W2"], 4, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Warsame <faadumo.warsame@mail.example>"),
           ("To", PT),
           ("Subject", "Is diiwaangelin Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<1788383455.22617.8802@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaan,

Magacaygu waa Faadumo Cali Warsame. Waxaan ka imid Soomaaliya, hadda waxaan ku noolahay Paderborn.
Waxaan rabaa inaan iska diiwaangeliyo Patenschaftstag-ga 25-ka Sebtembar.
Waxaan la imaan doonaa labada carruurtayda iyo Patin-tayda Frau Anke Hölscher. Waxaan nahay afar qof.
Waxaan doonayaa kooxda 2aad (raadinta guriga / Wohnungssuche).

Mahadsanid
Faadumo Cali Warsame
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# No workshop chosen yet ("vor Ort entscheiden"; "alle vier Themen" is not a
# choice): workgroups [].  Mentor + mentee = 2.  iso-8859-1, 8bit.

@mail("kemper-no-workshop-yet", "2027-09-03 10:05:12",
      E("registration", "a.kemper@ev-kirche-pb-sued.example", "Andreas Kemper",
        "Begegnungscafé der Ev. Kirchengemeinde Paderborn-Süd", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Andreas Kemper <a.kemper@ev-kirche-pb-sued.example>"),
           ("To", PT),
           ("Subject", "Anmeldung zum Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<20270903100512.4c1d7e2a@ev-kirche-pb-sued.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Tegethoff,

für unser Begegnungscafé melde ich mich und unseren Mentee Herrn Samir
Khalil zum Patenschaftstag an (2 Personen).

Welchen Workshop wir besuchen, möchten wir gern vor Ort entscheiden, denn alle
vier Themen klingen spannend, und Samir weiß noch nicht, was ihm am meisten
hilft.

Mit freundlichen Grüßen
Andreas Kemper
Begegnungscafé der Ev. Kirchengemeinde Paderborn-Süd
""", charset="iso-8859-1", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Change W2 -> W1; Outlook multipart/alternative (windows-1252) quoting the
# confirmation, which names Workshop 2 and 4 persons.  "Wohnung" appears in
# the new text but is not the new choice.

LOHMANN_TEXT = """Hallo Frau Tegethoff,

kleine Änderung: Familie Nazari und ich möchten doch lieber in Workshop 1 statt in Workshop 2. Die Wohnung hat sich erfreulicherweise erledigt, dafür steht jetzt der Antrag auf Einbürgerung an.

Viele Grüße
Petra Lohmann"""


@mail("lohmann-change-w2-to-w1-outlook", "2027-09-03 15:38:29",
      E("change", "petra.lohmann@mail.example", "Petra Lohmann", None,
        ["W1"], None, "de"), "de")
def _(m):
    m.head(("From", "Petra Lohmann <petra.lohmann@mail.example>"),
           ("To", TO_PT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/H3a8kQ1mZ0pL2nXv7yB4tDcA1aB2cR="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR01MB7731D4E5F6A7B8C9D0E1F2A3B4C5@AS8PR01MB7731.eurprd01.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270828113106.2b7e@paderborn.example>"),
           ("References", "<mailbot.20270828113106.2b7e@paderborn.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Patenschaftstag Paderborn <{PT}>",
             "Samstag, 28. August 2027 11:31",
             "Petra Lohmann <petra.lohmann@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Lohmann", "W2", 4))
    m.alternative(outlook_plain(LOHMANN_TEXT, quote), outlook_html(LOHMANN_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# A project coordinator writes from the shared info@ mailbox: three tandems
# plus herself = 7; the names list holds six other people.  HTML only with
# Gmail markup.  email = the shared From address, name = who signs.

VOGT_TEXT = """Liebes Orga-Team,

vom Patenschaftsprogramm Tandem Paderborn e.V. kommen drei Tandems zum Patenschaftstag: drei Patinnen und Paten, drei Mentees – und ich als Koordinatorin. Zusammen sind wir also 7 Personen.

Die Namen:
- Ingrid Lüke mit Nour Al-Ali
- Tobias Frische mit Hamid Sharifi
- Waltraud Beermann mit Senait Habte

Wir möchten alle in Workshop 3 (Arbeit, Ausbildung und Anerkennung), weil alle drei Mentees gerade eine Ausbildung suchen.

Herzliche Grüße
Lea Vogt
Koordination Patenschaften
Tandem Paderborn e.V.
Marienstraße 14, 33098 Paderborn"""


@mail("tandem-paderborn-shared-mailbox-seven", "2027-09-04 12:12:48",
      E("registration", "info@tandem-paderborn.example", "Lea Vogt",
        "Tandem Paderborn e.V.", ["W3"], 7, "de"), "de")
def _(m):
    m.head(("From", "Tandem Paderborn e.V. <info@tandem-paderborn.example>"),
           ("To", PT),
           ("Subject", "Anmeldung: 3 Tandems + Koordination"),
           ("Date", m.date),
           ("Message-ID", "<CAM7wX2qT9nB4vK1pR6yZ3sL8dF0hG5cE2aU7oN4iJ1vB9qWxPz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(VOGT_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable: a Patin (herself once a refugee)
# with the two women she accompanies = "ثلاث نساء" (3); "ورشة العمل الأولى"
# = Workshop 1.  The association is written in Latin letters inside the
# Arabic text and in the signature.  A question at the end, still a
# registration.

@mail("alahmad-arabic-patin-two-women-cp1256", "2027-09-05 17:20:36",
      E("registration", "reem.alahmad@brueckenschlag-pb.example", "ريم الأحمد",
        "Brückenschlag Paderborn e.V.", ["W1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Alahmad <reem.alahmad@brueckenschlag-pb.example>"),
           ("To", PT),
           ("Subject", ew("تسجيل في Patenschaftstag", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<6f1e0c3a-b7d2-4a95-8e04-c1d9f2a7b368@brueckenschlag-pb.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أنا ريم الأحمد، أعمل متطوعةً كعرّابة (Patin) في جمعية Brückenschlag Paderborn e.V. منذ ثلاث سنوات.
أودّ أن أسجّل نفسي مع سيدتين أرافقهما، السيدة سعاد والسيدة ياسمين، أي سنكون ثلاث نساء.
نرغب في المشاركة في ورشة العمل الأولى (الدوائر الحكومية والطلبات والإقامة).
هل يمكن أن نجلس قريباً من المترجمة العربية؟

مع الشكر والتقدير
ريم الأحمد
Brückenschlag Paderborn e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Out-of-office answering a confirmation, without any Auto-Submitted or
# Precedence header; bilingual German/English; subject "Abwesenheitsnotiz".

@mail("budde-abwesenheitsnotiz-no-header", "2027-09-06 09:02:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Johanna Budde <johanna.budde@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<abwesenheit.1788677323.5512@mail.example>"),
           ("In-Reply-To", "<mailbot.20270906090158.7c21@paderborn.example>"),
           ("References", "<mailbot.20270906090158.7c21@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht!

Ich bin bis zum 13. September im Urlaub und lese meine E-Mails nur
unregelmäßig. Ich melde mich nach meiner Rückkehr.

Thank you for your message. I am on holiday until 13 September and will
reply when I am back.

Johanna Budde
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Ukrainian family, windows-1251 base64: he, his wife, their three children
# and their Patin = "нас буде шестеро" (6); "перший воркшоп" = Workshop 1.
# "§24" and "2023" are no numbers for us.  Signed in Latin letters.

@mail("melnyk-ukrainian-family-of-six-cp1251", "2027-09-06 20:47:14",
      E("registration", "andrii.melnyk@mail.example", "Andrii Melnyk", None,
        ["W1"], 6, "uk"), "uk")
def _(m):
    m.head(("From", "Andrii Melnyk <andrii.melnyk@mail.example>"),
           ("To", PT),
           ("Subject", ew("Реєстрація – Patenschaftstag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788720434.339028114@f407.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий вечір!

Ми з родиною із Запоріжжя, живемо в Падерборні з 2023 року.
Хочемо прийти на Patenschaftstag 25 вересня: я, дружина, троє наших дітей і наша патронеса пані Шульте (Frau Schulte), яка допомагає нам з першого дня. Нас буде шестеро.
Нас цікавить перший воркшоп (відомства, заяви, дозвіл на проживання), бо в нас закінчується дозвіл за §24.

Дякую за запрошення!
Andrii Melnyk
""", charset="windows-1251", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Change of party size only (3 -> 4: the mentee family's grandmother comes
# too), "Der Workshop bleibt gleich": workgroups [], party_size 4.  Gmail
# German attribution line, quoted confirmation names Workshop 2 and 3.

BOEDEKER_TEXT = """Hallo Frau Tegethoff,

die Oma unserer Mentee-Familie ist gerade zu Besuch aus dem Irak und möchte am 25. unbedingt mitkommen. Können Sie uns bitte auf 4 Personen hochsetzen? Der Workshop bleibt gleich.

Danke und viele Grüße
Karin Bödeker"""

BOEDEKER_ATTR = (f"Am Mi., 1. Sept. 2027 um 16:40 Uhr schrieb Patenschaftstag Paderborn <{PT}>:")


@mail("boedeker-change-party-size-grandmother", "2027-09-07 11:30:51",
      E("change", "k.boedeker@mail.example", "Karin Bödeker", None,
        [], 4, "de"), "de")
def _(m):
    quoted = confirmation("Frau Bödeker", "W2", 3)
    m.head(("From", addr("Karin Bödeker", "k.boedeker@mail.example")),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP5rT1mW8qY3vN6kB0xZ2sL9dG4hF7cE1aU5oJ3iK8vB6qWzLs@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270901164002.91fa@paderborn.example>"),
           ("References", "<mailbot.20270901164002.91fa@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(BOEDEKER_TEXT, BOEDEKER_ATTR, quoted),
                  gmail_reply_html(BOEDEKER_TEXT, BOEDEKER_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# An Afghan mentee writes in English: he and his mentor = "2 persons"; the
# workshop only paraphrased ("the workshop about work and recognition").
# "since 2021" is a year.

@mail("sultani-english-mentee-paraphrased-workshop", "2027-09-07 16:05:24",
      E("registration", "aw.sultani@mail.example", "Abdul Wahid Sultani", None,
        ["W3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Abdul Wahid Sultani <aw.sultani@mail.example>"),
           ("To", PT),
           ("Subject", "Registration"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2211A7B6C5D4E3F2@PAXP193MB2211.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

My name is Abdul Wahid Sultani, I am from Afghanistan and I live in Paderborn since 2021. My mentor Mr. Frank Hilker told me about the Patenschaftstag. We want to come together, so 2 persons.

I am a civil engineer and I want to know how I can get my degree recognized in Germany and find a job, so please register us for the workshop about work and recognition.

Thank you very much
Abdul Wahid Sultani
""", charset="us-ascii", cte="7bit")


# -- 025 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for a confirmation to a mistyped address
# (user unknown at the remote host); the returned confirmation names W3.

BOUNCE_RCPT = "m.ghebreyesus@mail.example"


@mail("postfix-bounce-user-unknown", "2027-09-08 08:20:11",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.paderborn.example (Mail Delivery System)"),
           ("To", PT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270908062011.3F2A81C04D@mx.paderborn.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.paderborn.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE_RCPT}>: host smtp.mail.example[203.0.113.25] said: 550 5.1.1
    <{BOUNCE_RCPT}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.paderborn.example"),
         ("X-Postfix-Queue-ID", "3F2A81C04D"),
         ("X-Postfix-Sender", f"rfc822; {PT}"),
         ("Arrival-Date", "Wed,  8 Sep 2027 08:20:07 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; smtp.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{BOUNCE_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Mehari Ghebreyesus <{BOUNCE_RCPT}>", "Herr Ghebreyesus", "W3", 2,
        "Wed, 08 Sep 2027 08:20:05 +0200", "<mailbot.20270908082005.4e0d@paderborn.example>",
        "<CAK1zQ9pT4vW8xR2mL6yB3sN0dF5hG7cE9aU1oJ4iK2vB8qWmTe@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# A mentor comes alone (his mentee works on Saturdays: party 1) and chooses
# Workshop 4; Apple Mail alternative.  "nach drei Jahren" is no number.

SCHWARZE_TEXT = """Liebe Frau Tegethoff,

ich möchte mich für den Patenschaftstag anmelden. Mein Mentee Yonas arbeitet samstags in einer Bäckerei und kann leider nicht mitkommen, ich komme also allein.

Mich interessiert der Workshop 4 zu Rollen und Grenzen – nach drei Jahren Patenschaft merke ich, dass ich manchmal zu viel übernehme.

Liebe Grüße
Martina Schwarze
Willkommen in Salzkotten e.V."""


@mail("schwarze-alone-workshop-4-apple", "2027-09-08 19:55:42",
      E("registration", "martina.schwarze@mail.example", "Martina Schwarze",
        "Willkommen in Salzkotten e.V.", ["W4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Martina Schwarze <martina.schwarze@mail.example>"),
           ("Subject", "Anmeldung Patenschaftstag 25.09."),
           ("Message-Id", "<0B8C2D4E-7F1A-4B3C-9D5E-6A7B8C9D0E1F@mail.example>"),
           ("Date", m.date),
           ("To", PT),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(SCHWARZE_TEXT, apple_html(SCHWARZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# Dari, Gmail alternative with right-to-left HTML: she, her husband and
# their Patin = "۳ نفر" (Persian digit); "گروپ سوم" first, "گروپ اول" as
# fallback.  Persian-script self-introduction and signature.

RAHIMI_TEXT = """سلام

من فرشته رحیمی هستم. با شوهرم و پاتن ما خانم اِلکه برگمان (Elke Bergmann) به روز پاتن‌ها می‌آییم. ما ۳ نفر هستیم.
ما گروپ سوم (کار، آموزش مسلکی و تایید اسناد تحصیلی) را می‌خواهیم. اگر جای خالی نبود، گروپ اول هم خوب است.

تشکر از شما
فرشته رحیمی"""


@mail("rahimi-dari-third-else-first", "2027-09-09 10:40:16",
      E("registration", "freshta.rahimi@mail.example", "فرشته رحیمی", None,
        ["W3", "W1"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Freshta Rahimi <freshta.rahimi@mail.example>"),
           ("To", PT),
           ("Subject", ew("ثبت نام روز پاتن‌ها", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB6nY1qW3tR8vK5mP0zX7sL2dJ9hG4cF6aE1oU3iN8vB5qWrKp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHIMI_TEXT, gmail_html(RAHIMI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Cancellation from Outlook for iOS (English header labels in the quote
# block), the mentor withdraws for himself and his mentee.  The quoted
# confirmation names W3 and 2 persons.

@mail("kuhlmann-cancel-outlook-ios", "2027-09-09 22:14:35",
      E("cancellation", "reinhard.kuhlmann@mail.example", "Reinhard Kuhlmann", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Kuhlmann <reinhard.kuhlmann@mail.example>"),
           ("To", TO_PT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0PR03MB9a41E2F3A4B5C6D7E8F9A0B1C2D3@DU0PR03MB9a41.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270830184412.0d6c@paderborn.example>"),
           ("References", "<mailbot.20270830184412.0d6c@paderborn.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Tegethoff,

leider müssen mein Mentee Hussein und ich unsere Anmeldung zurückziehen. Hussein hat ausgerechnet am 25. ein Vorstellungsgespräch in Bielefeld (zum Glück!), und ohne ihn komme ich auch nicht.

Vielleicht klappt es nächstes Jahr.

Viele Grüße
Reinhard Kuhlmann

Outlook für iOS beziehen
________________________________
From: Patenschaftstag Paderborn <{PT}>
Sent: Monday, August 30, 2027 6:44:12 PM
To: Reinhard Kuhlmann <reinhard.kuhlmann@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Kuhlmann", "W3", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# A mentee from a phone, learner German all in lower case, no punctuation to
# speak of: "ich und mein pate" = 2, "workshop arbeit".  The signature is
# only his first name; the display name is fuller.

@mail("abdihassan-lowercase-phone", "2027-09-10 09:30:58",
      E("registration", "mohamed.abdihassan@mail.example", "Mohamed Abdi Hassan", None,
        ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mohamed Abdi Hassan <mohamed.abdihassan@mail.example>"),
           ("To", PT),
           ("Subject", "patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAD9kL4pQ7vT1xW3mR5yB8sN2dH0jF6cG9aE4oU1iK7vB3qWsDf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo

ich und mein pate herr schwarz wir wollen kommen zum patenschaftstag. workshop arbeit bitte ich suche ausbildung als kfz mechatroniker

danke
mohamed
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Change W3 -> W2 in Arabic, Gmail with Arabic interface (Arabic attribution
# line), quoting the German confirmation that names W3 and 3 persons.
# "عدد الأشخاص يبقى كما هو" = the number stays.

SULAIMAN_TEXT = """مرحباً،

شكراً على التأكيد. أريد أن أغيّر ورشة العمل: بدلاً من ورشة العمل الثالثة أريد الثانية (السكن)، لأن زوجي وجد عملاً والآن مشكلتنا الأكبر هي الشقة.
عدد الأشخاص يبقى كما هو.

مع الشكر
Rana Sulaiman"""

SULAIMAN_ATTR = (f"في الخميس، 2 سبتمبر 2027 في 3:12 م، كتب Patenschaftstag Paderborn <{PT}>:")


@mail("sulaiman-arabic-change-w3-to-w2", "2027-09-10 14:15:03",
      E("change", "rana.sulaiman@mail.example", "Rana Sulaiman", None,
        ["W2"], None, "ar"), "ar")
def _(m):
    quoted = confirmation("Frau Sulaiman", "W3", 3)
    m.head(("From", "Rana Sulaiman <rana.sulaiman@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE2mT8qW5vR1yN9kB3xZ6sL4dG7hF0cE8aU2oJ5iK1vB9qWtHn@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902151207.b3a9@paderborn.example>"),
           ("References", "<mailbot.20270902151207.b3a9@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(SULAIMAN_TEXT, SULAIMAN_ATTR, quoted),
                  gmail_reply_html(SULAIMAN_TEXT, SULAIMAN_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Question only, Arabic (UTF-8 quoted-printable): costs, and whether she may
# bring her three children; she will register after the answer.  The
# Arabic signature gives the name.

@mail("aljasem-arabic-question-costs-children", "2027-09-11 11:02:37",
      E("question", "huda.aljasem@mail.example", "هدى الجاسم", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Huda Aljasem <huda.aljasem@mail.example>"),
           ("To", PT),
           ("Subject", ew("سؤال عن يوم الرعاية", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789117357.40218.5530@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم

عرّابتي أرسلت لي الدعوة إلى Patenschaftstag. عندي سؤالان قبل أن أسجّل:
هل يجب أن أدفع شيئاً؟
وهل يمكن أن آتي مع أطفالي الثلاثة؟ أصغرهم عمره سنة واحدة فقط.

شكراً لكم
هدى الجاسم
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# The Pate forwards his mentee's mail and asks to answer the mentee
# directly; the mentee and his wife = 2, "Workshop Wohnung".  The Pate
# does not come.  email = the mentee's address, name = the mentee.

@mail("floettmann-forwards-mentee-mail", "2027-09-12 18:40:22",
      E("registration", "yaser.haidari@mail.example", "Yaser Haidari", None,
        ["W2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Hartmut Flöttmann", "hartmut.floettmann@mail.example")),
           ("To", PT),
           ("Subject", "Fwd: Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAG4pR7mW2qY8vN1kB5xZ9sL3dG6hF2cE0aU4oJ7iK3vB1qWuPq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

mein Mentee Yaser hat mir die untenstehende Mail geschickt, weil er Ihre
Adresse nicht gefunden hat. Ich leite sie Ihnen weiter – bitte antworten
Sie direkt an ihn. Ich selbst bin an dem Wochenende leider nicht in
Paderborn.

Freundliche Grüße
Hartmut Flöttmann

---------- Forwarded message ---------
Von: Yaser Haidari <yaser.haidari@mail.example>
Date: So., 12. Sept. 2027 um 16:05 Uhr
Subject: Patenschaftstag
To: Hartmut Flöttmann <hartmut.floettmann@mail.example>


Hallo Hartmut,

ich und meine Frau Marzia wollen zu Patenschaftstag kommen. Bitte kannst du
uns anmelden? Wir wollen Workshop Wohnung, weil unser Vermieter hat
gekündigt.

Danke
Yaser
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change of party size in Ukrainian (1 -> 2: her Patin can come after all),
# "Воркшоп залишається той самий": workgroups [], party_size 2.  Gmail with
# Ukrainian interface; Cyrillic signature, Latin display name.

BONDAR_TEXT = """Добрий день!

Дякую за підтвердження. Моя патронеса пані Лінденберг (Frau Lindenberg) все ж таки зможе прийти разом зі мною, тому нас буде двоє, а не одна особа. Воркшоп залишається той самий.

З повагою
Ірина Бондар"""

BONDAR_ATTR = f"пн, 6 вер. 2027 р. о 10:21 Patenschaftstag Paderborn <{PT}> пише:"


@mail("bondar-ukrainian-change-one-to-two", "2027-09-13 09:10:45",
      E("change", "iryna.bondar@mail.example", "Ірина Бондар", None,
        [], 2, "uk"), "uk")
def _(m):
    quoted = confirmation("Frau Bondar", "W1", 1)
    m.head(("From", "Iryna Bondar <iryna.bondar@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1nQ6pW9tR4vK7mB2xZ5sL0dJ3hG8cF1aE6oU9iN4vB7qWvXa@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270906102105.5f18@paderborn.example>"),
           ("References", "<mailbot.20270906102105.5f18@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(BONDAR_TEXT, BONDAR_ATTR, quoted),
                  gmail_reply_html(BONDAR_TEXT, BONDAR_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Change of mind inside the mail: "Workshop 3 ... ach nein ... dann lieber
# Workshop 2" -> ["W2"].  A sports club mentor and two young mentees = 3
# ("wir sind zu dritt").  Outlook plain text, windows-1252 quoted-printable.

@mail("hueppe-sportverein-change-of-mind", "2027-09-13 16:30:19",
      E("registration", "t.hueppe@sv-sennelager.example", "Thomas Hüppe",
        "SV Blau-Weiß Sennelager 1921 e.V.", ["W2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Hüppe, Thomas", "t.hueppe@sv-sennelager.example", "windows-1252")),
           ("To", PT),
           ("Subject", "Anmeldung Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<001c01dc24c1$7a2b3c40$6e81b4c0$@sv-sennelager.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Tegethoff,

ich betreue bei uns im Verein zwei junge Männer aus Syrien als Pate und wir kommen gern zum Patenschaftstag, wir sind zu dritt.

Eigentlich hatte ich an Workshop 3 gedacht – ach nein, die beiden haben ja seit August ihre Ausbildungsplätze. Dann lieber Workshop 2, die zwei wollen raus aus der WG und suchen eine eigene Wohnung.

Sportliche Grüße
Thomas Hüppe
Integrationsbeauftragter
SV Blau-Weiß Sennelager 1921 e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Part of a tandem withdraws: the mentee cannot come, the mentor comes alone
# (2 -> 1) and keeps the workshop; a change, not a cancellation.  Outlook
# plain text with "-----Ursprüngliche Nachricht-----" quote.

@mail("brinkhoff-mentee-drops-out-change", "2027-09-14 08:45:33",
      E("change", "ludger.brinkhoff@mail.example", "Ludger Brinkhoff", None,
        [], 1, "de"), "de")
def _(m):
    m.head(("From", "Ludger Brinkhoff <ludger.brinkhoff@mail.example>"),
           ("To", TO_PT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002f01dc2531$1c4d5e60$54e81b20$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270904094433.6a2f@paderborn.example>"),
           ("References", "<mailbot.20270904094433.6a2f@paderborn.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen Frau Tegethoff,

mein Mentee Emmanuel hat am 25. leider eine Schicht bekommen und kann nicht mitkommen. Ich komme aber trotzdem – bitte tragen Sie mich nur noch als 1 Person ein. Beim Workshop bleibt alles, wie es ist.

Mit freundlichen Grüßen
Ludger Brinkhoff

-----Ursprüngliche Nachricht-----
Von: Patenschaftstag Paderborn <{PT}>
Gesendet: Samstag, 4. September 2027 09:44
An: Ludger Brinkhoff <ludger.brinkhoff@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Brinkhoff", "W4", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Newsletter (other) of the volunteer agency: mentions the Patenschaftstag,
# its workshops and "Anmeldung", plus other items.  List headers, bulk.

EHRENAMT_NL_TEXT = """Ehrenamtsagentur Paderborn – Newsletter September 2027

Liebe Engagierte,

in dieser Ausgabe:
1. Patenschaftstag am 25. September – noch Plätze frei
2. Neue Ehrenamtskarte NRW: Antrag jetzt online
3. Fortbildung "Erste Hilfe für Ehrenamtliche" am 9. Oktober

1. Patenschaftstag am 25. September
Patinnen, Paten und ihre Mentees treffen sich im Haus der Begegnung am Kamp. Es gibt vier Workshops: Behördengänge, Wohnungssuche, Arbeit und Ausbildung sowie Selbstfürsorge für Paten. Anmeldung bis zum 17. September per E-Mail an patenschaftstag@paderborn.example.

2. Neue Ehrenamtskarte NRW
Wer sich mindestens fünf Stunden pro Woche engagiert, kann die Ehrenamtskarte jetzt online beantragen: https://ehrenamt-paderborn.example/ehrenamtskarte

3. Fortbildung "Erste Hilfe für Ehrenamtliche"
Samstag, 9. Oktober, 9 bis 16 Uhr, 12 Plätze. Anmeldung über https://ehrenamt-paderborn.example/fortbildungen

Sie erhalten diesen Newsletter, weil Sie sich bei der Ehrenamtsagentur angemeldet haben.
Abmelden: https://ehrenamt-paderborn.example/newsletter/abmelden?u=30517
Ehrenamtsagentur Paderborn · Am Busdorf 7 · 33098 Paderborn"""

EHRENAMT_NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter September 2027</title></head>
<body style="margin:0;background:#eef3f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#2e7d4f;color:#fff;"><h1 style="margin:0;font-size:22px;">Ehrenamtsagentur Paderborn</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Engagierte,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Patenschaftstag am 25. September – noch Plätze frei</li><li>Neue Ehrenamtskarte NRW: Antrag jetzt online</li><li>Fortbildung „Erste Hilfe für Ehrenamtliche“ am 9. Oktober</li></ol>
<h2 style="font-size:17px;color:#2e7d4f;">Patenschaftstag am 25. September</h2>
<p>Patinnen, Paten und ihre Mentees treffen sich im Haus der Begegnung am Kamp. Es gibt vier Workshops: Behördengänge, Wohnungssuche, Arbeit und Ausbildung sowie Selbstfürsorge für Paten. Anmeldung bis zum 17. September per E-Mail an <a href="mailto:patenschaftstag@paderborn.example">patenschaftstag@paderborn.example</a>.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Neue Ehrenamtskarte NRW</h2>
<p>Wer sich mindestens fünf Stunden pro Woche engagiert, kann die Ehrenamtskarte jetzt <a href="https://ehrenamt-paderborn.example/ehrenamtskarte">online beantragen</a>.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Fortbildung „Erste Hilfe für Ehrenamtliche“</h2>
<p>Samstag, 9. Oktober, 9 bis 16 Uhr, 12 Plätze. <a href="https://ehrenamt-paderborn.example/fortbildungen">Zur Anmeldung</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie sich bei der Ehrenamtsagentur angemeldet haben.<br>
<a href="https://ehrenamt-paderborn.example/newsletter/abmelden?u=30517">Abmelden</a> · Ehrenamtsagentur Paderborn · Am Busdorf 7 · 33098 Paderborn</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("ehrenamtsagentur-newsletter", "2027-09-14 12:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Ehrenamtsagentur Paderborn <newsletter@ehrenamt-paderborn.example>"),
           ("To", PT),
           ("Subject", "Newsletter September: Patenschaftstag, Ehrenamtskarte, Erste Hilfe"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.30517.7e2c1b@ehrenamt-paderborn.example>"),
           ("List-Id", "Newsletter Ehrenamtsagentur <newsletter.ehrenamt-paderborn.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@ehrenamt-paderborn.example?subject=30517>, <https://ehrenamt-paderborn.example/newsletter/abmelden?u=30517>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(EHRENAMT_NL_TEXT, EHRENAMT_NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation in Tigrinya from an iPhone (Apple alternative), quoting the
# German confirmation below a German iOS attribution line: her son is ill,
# she and her Patin will not come ("ምዝገባና ሰርዙዎ" = cancel our registration).

KIDANE_TEXT = """ሰላም

ይቕሬታ። ወደይ ሓሚሙ ስለ ዘሎ፣ ብ25 ሰፕተምበር ናብ Patenschaftstag ክመጽእ ኣይክእልን እየ። ስለዚ ኣነን ፓተይን ኣይክንመጽእን ኢና።
በጃኹም ምዝገባና ሰርዙዎ።

የቐንየልና
Selam Kidane

Von meinem iPhone gesendet"""

KIDANE_ATTR = f"Am 03.09.2027 um 19:26 schrieb Patenschaftstag Paderborn <{PT}>:"


@mail("kidane-tigrinya-cancel-iphone", "2027-09-14 20:20:47",
      E("cancellation", "selam.kidane@mail.example", "Selam Kidane", None,
        [], None, "ti"), "ti")
def _(m):
    quoted = confirmation("Frau Kidane", "W2", 2)
    m.head(("From", "Selam Kidane <selam.kidane@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E5B3C1A2-8D4F-4E6A-9B70-1C2D3E4F5A6B@mail.example>"),
           ("In-Reply-To", "<mailbot.20270903192609.c4e1@paderborn.example>"),
           ("References", "<mailbot.20270903192609.c4e1@paderborn.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    plain = f"{KIDANE_TEXT}\n\n> {KIDANE_ATTR}\n>\n{gt_quote(quoted)}"
    m.alternative(plain, apple_reply_html(KIDANE_TEXT, KIDANE_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 038 ---------------------------------------------------------------------
# Registration with a question (accessibility, parking): mentor + mentee in a
# wheelchair = 2, "Workshop 1".  Gmail alternative; the project name has
# typographic quotes.

WEGENER_TEXT = """Sehr geehrte Frau Tegethoff,

hiermit melde ich mich mit meiner Mentee Frau Layla Osman zum Patenschaftstag an, wir sind zwei Personen. Wir möchten gern in den Workshop 1, weil wir mit dem Sozialamt gerade um einen Antrag auf Eingliederungshilfe ringen.

Frau Osman sitzt im Rollstuhl. Ist das Haus der Begegnung barrierefrei, und gibt es einen Behindertenparkplatz in der Nähe?

Vielen Dank und freundliche Grüße
Claudia Wegener
Patenprojekt „Miteinander“ Paderborn"""


@mail("wegener-registration-plus-accessibility-question", "2027-09-15 10:30:56",
      E("registration", "claudia.wegener@mail.example", "Claudia Wegener",
        "Patenprojekt „Miteinander“ Paderborn", ["W1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Claudia Wegener <claudia.wegener@mail.example>"),
           ("To", PT),
           ("Subject", "Anmeldung + Frage Barrierefreiheit"),
           ("Date", m.date),
           ("Message-ID", "<CAL3qW8pT1vY6xB9mR4nZ2sK7dH5jG0cF3aE8oU2iN6vB1qXwMc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(WEGENER_TEXT, gmail_html(WEGENER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Change W2 -> W3 in Dari from an iPhone (plain text), quoting the German
# confirmation under a German iOS attribution; "ورکشاپ ۲" / "ورکشاپ ۳" in
# Persian digits.  Persian-script signature.

@mail("ahmadzai-dari-change-w2-to-w3", "2027-09-15 17:55:28",
      E("change", "nasima.ahmadzai@mail.example", "نسیمه احمدزی", None,
        ["W3"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Nasima Ahmadzai <nasima.ahmadzai@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A9F8E7D6-C5B4-4A39-8271-605F4E3D2C1B@mail.example>"),
           ("In-Reply-To", "<mailbot.20270910110305.8d47@paderborn.example>"),
           ("References", "<mailbot.20270910110305.8d47@paderborn.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""سلام
لطفاً گروپ ما را تغییر بدهید. به جای ورکشاپ ۲ ما ورکشاپ ۳ (کار و آموزش مسلکی) را می‌خواهیم. پاتن من هم موافق است.
تشکر
نسیمه احمدزی

Von meinem iPhone gesendet

> Am 10.09.2027 um 11:03 schrieb Patenschaftstag Paderborn <{PT}>:
>
{gt_quote(confirmation("Frau Ahmadzai", "W2", 2))}
""", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Question only: food and whether one must stay all day; "melden wir uns
# noch an" is for later.  Mentions "2 Personen" and "Workshop" only
# hypothetically.

@mail("pollmeier-question-food-half-day", "2027-09-16 11:11:09",
      E("question", "j.pollmeier@mail.example", "Jutta Pollmeier", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Jutta Pollmeier <j.pollmeier@mail.example>"),
           ("To", PT),
           ("Subject", "Fragen vor der Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4d8a2c61-7e3f-4b19-a0c5-e9f1d3b7a246-1789549869021@3c-app-gmx-bs31>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

meine Mentee und ich überlegen, zum Patenschaftstag zu kommen. Zwei Fragen
vorher:

1. Ist das Essen halal? Meine Mentee isst kein Schweinefleisch.
2. Muss man den ganzen Tag bleiben, oder kann man auch erst zum Workshop am
   Nachmittag dazukommen? Sie hat vormittags ihren Sprachkurs.

Wenn das geht, melden wir uns noch an (dann 2 Personen).

Danke schön!
Jutta Pollmeier
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation of the whole registration (mentor + mentee family, 5 persons:
# the family has been moved to another town).  Gmail German attribution,
# plain text only.

@mail("hanewinkel-cancel-family-moved", "2027-09-16 19:40:13",
      E("cancellation", "e.hanewinkel@mail.example", "Elisabeth Hanewinkel", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Elisabeth Hanewinkel <e.hanewinkel@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF8vR2qW6tY1xN4kB7mZ0sL5dJ9hG3cE2aU6oK1iN5vB8qWyRb@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270907140208.e5b2@paderborn.example>"),
           ("References", "<mailbot.20270907140208.e5b2@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider müssen wir unsere Anmeldung (ich und Familie Osman, 5 Personen)
komplett absagen. Familie Osman ist kurzfristig nach Detmold umverteilt
worden und zieht am 24. um. Ohne sie möchte ich nicht allein kommen.

Schade, und danke für Ihre Mühe!
Elisabeth Hanewinkel

Am Di., 7. Sept. 2027 um 14:02 Uhr schrieb Patenschaftstag Paderborn <
{PT}>:

{gt_quote(confirmation("Frau Hanewinkel", "W1", 5))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Arabic, the mentee writes herself with her Patin in Cc, shortly before the
# deadline: "نحن شخصان" = 2; "ورشة العمل رقم 1".  Latin signature.

@mail("darwish-arabic-patin-in-cc", "2027-09-17 22:30:40",
      E("registration", "maha.darwish@mail.example", "Maha Darwish", None,
        ["W1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Maha Darwish <maha.darwish@mail.example>"),
           ("To", PT),
           ("Cc", "Brigitte Kortmann <brigitte.kortmann@mail.example>"),
           ("Subject", "Patenschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6mT3pW0qY5vN8kB1xZ4sL9dG2hF6cE7aU0oJ3iK5vB2qWzNd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

أريد أن أسجّل في يوم الرعاية (Patenschaftstag) مع عرّابتي السيدة بريغيته كورتمان (Brigitte Kortmann)، وهي في النسخة (CC).
نحن شخصان. نريد ورشة العمل رقم 1 لأن عندي مشاكل مع مكتب الأجانب (Ausländerbehörde).
آسفة على التأخير في التسجيل.

شكراً
Maha Darwish
""", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Cancellation in Somali from an Android phone, quoting the confirmation
# (W3, 2 persons) under a German Android attribution line.

@mail("nuur-somali-cancel-phone", "2027-09-18 09:15:26",
      E("cancellation", "abdirahman.nuur@mail.example", "Abdirahman Yusuf Nuur", None,
        [], None, "so"), "so")
def _(m):
    m.head(("From", "Abdirahman Nuur <abdirahman.nuur@mail.example>"),
           ("To", TO_PT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<r4k9z2.1789715726.android@mail.example>"),
           ("In-Reply-To", "<mailbot.20270908130455.1a9c@paderborn.example>"),
           ("References", "<mailbot.20270908130455.1a9c@paderborn.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Salaan,

Waan ka xumahay, ma iman karo Patenschaftstag-ga Sabtida 25-ka. Shaqo ayaa ii timid maalintaas.
Fadlan ka saar magacayga liiska. Paten-kayga Herr Wessels waan u sheegay.

Mahadsanid
Abdirahman Yusuf Nuur

-------- Ursprüngliche Nachricht --------
Von: Patenschaftstag Paderborn <{PT}>
Datum: 08.09.27 13:04 (GMT+02:00)
An: Abdirahman Nuur <abdirahman.nuur@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Nuur", "W3", 2)}
""", charset="utf-8", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Question in Ukrainian after the deadline: may she still come if places are
# free?  She names an interest (housing) and will write how many they are
# only after the answer: a question, not a registration.

@mail("hrytsenko-ukrainian-question-after-deadline", "2027-09-20 14:00:37",
      E("question", "tetiana.hrytsenko@mail.example", "Tetiana Hrytsenko", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Tetiana Hrytsenko <tetiana.hrytsenko@mail.example>"),
           ("To", PT),
           ("Subject", ew("Питання щодо реєстрації", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789905637.552190034@f388.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Я тільки сьогодні дізналася про Patenschaftstag від своєї сусідки. Реєстрація вже закінчилася 17 вересня, так? Чи можна ще прийти, якщо будуть вільні місця? Мене цікавить воркшоп про житло.

Якщо можна, я напишу, скільки нас буде (я і, можливо, мій син).

З повагою
Tetiana Hrytsenko
""", charset="koi8-u", cte="quoted-printable")



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
MACHINE = ("auto_reply", "bounce", "other")


def check_labels(name, msg, texts, e):
    """Problems with the expected record of one mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad change party_size")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        return problems
    # person mail
    if e["language"] not in LANGS:
        problems.append(f"bad language {e['language']}")
    if not e["email"] or e["email"] != e["email"].lower():
        problems.append("email must be set and lower-case")
    header_addrs = {a.lower() for _, a in getaddresses(
        [str(v) for h in ("From", "Reply-To", "Cc") for v in msg.get_all(h, [])])}
    body = "\n".join(texts)
    if e["email"] not in header_addrs and e["email"] not in body.lower():
        problems.append("email is in no header and not in the text")
    visible = body + "\n" + "\n".join(str(v) for _, v in msg.items())
    if not e["name"] or e["name"] not in visible:
        problems.append(f"name {e['name']!r} not in the mail")
    if e["organisation"] is not None and e["organisation"] not in visible:
        problems.append(f"organisation {e['organisation']!r} not in the mail")
    if kind in ("change", "cancellation"):
        irt = str(msg.get("In-Reply-To", ""))
        if "mailbot." not in irt:
            problems.append("change/cancellation must answer the confirmation")
        if "Angemeldete Personen:" not in body:
            problems.append("change/cancellation must quote the confirmation")
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
    if not (datetime.datetime(2027, 8, 23, tzinfo=CEST) <= when
            < datetime.datetime(2027, 9, 25, tzinfo=CEST)):
        problems.append(f"date {when} outside 23 Aug - 24 Sep 2027")
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
    texts = [p.get_content() for p in leaves(msg) if p.get_content_maintype() == "text"]
    problems += check_labels(name, msg, texts, expected)
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} also sent {seen[sender]}")
        seen[sender] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda l: (-sum(
        v for (k, t), v in table.items() if t == l), l))
    print("kinds:", dict(sorted(kinds.items())))
    print(f"{'kind':13}" + "".join(f"{l:>4}" for l in langs) + "  all")
    for k in KINDS:
        print(f"{k:13}" + "".join(f"{table.get((k, l), 0) or '-':>4}" for l in langs)
              + f"{kinds.get(k, 0):>5}")
    print(f"{'all':13}" + "".join(
        f"{sum(v for (k, t), v in table.items() if t == l):>4}" for l in langs)
        + f"{len(built):>5}")
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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
