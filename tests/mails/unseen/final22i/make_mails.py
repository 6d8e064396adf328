#!/usr/bin/env python3
"""Build the "final22i" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 in Münster (config.toml is a byte-identical copy of
../../shared/corpus/dev/config.toml), written by Afghan and Iranian members of
Münster associations: Farsi and Dari in Persian script (Persian and
Arabic-Indic digits, zero-width non-joiners or none), Pashto, Persian in Latin
letters ("Finglish"), and German or English with Persian greetings and
closings.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, reads every file back with email.policy.default and checks it.

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
# texts that several mails quote
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

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
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


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
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
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
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
<body lang=@LANG@ link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if rtl:
        return ("<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'>"
                f"<span lang=FA style='font-family:\"Tahoma\",sans-serif'>{esc(line)}</span><o:p></o:p></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


DE_LABELS = ("Von", "Gesendet", "An", "Betreff")


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", rtl=False,
                 labels=DE_LABELS):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)
    with the header labels of the sender's Outlook language."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>{lv}:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


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
    """Gmail reply: the new text, then the attribution line and a blockquote."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (gmail_html(text, rtl).rstrip("\n")
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(attribution) + "<br></div>"
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            + 'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + q + "</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# confirmation Message-IDs our mailbot used (quoted in changes/cancellations)
# ---------------------------------------------------------------------------

def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


REMINDER7_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen 2027 am 13. März"
REMINDER7_ID = "<mailbot.reminder-7d.20270306090001.77c2@muenster.example>"


# -- 001 ---------------------------------------------------------------------
# Farsi reply from Gmail with a Persian interface, quoting the whole German
# invitation (all three AGs are in the quote).  The choice is "گروه کاری ۳"
# with a Persian digit; "تنها می‌آیم" = I come alone.  Persian signature
# beats the Latin display name.

TAVAKOLI_TEXT = """سلام و وقت بخیر،

از دعوت شما بسیار ممنونم. می\u200cخواهم برای روز سازمان\u200cهای مهاجران (MSO-Tag) در ۱۳ مارس ثبت\u200cنام کنم.
من در گروه کاری ۳ (Förderungsmöglichkeiten und effektives Vereinsmanagement) شرکت می\u200cکنم، چون انجمن ما تازه تأسیس شده و به اطلاعات درباره\u200cی کمک\u200cهای مالی نیاز داریم.
تنها می\u200cآیم.

با سپاس
مریم توکلی
انجمن زنان ایرانی مونستر"""

TAVAKOLI_ATTR = ("\u202bدر تاریخ سه\u200cشنبه ۱۲ ژانویهٔ ۲۰۲۷ ساعت ۱۴:۰۳ "
                 f"Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c> نوشت:\u202c")


@mail("tavakoli-farsi-gmail-quotes-invitation", "2027-01-12 17:05:31",
      E("registration", "maryam.tavakoli@mail.example", "مریم توکلی",
        "انجمن زنان ایرانی مونستر", ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Tavakoli <maryam.tavakoli@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP4kW7sQ1vN9xR2mT8bY5dL3hZ6gF0cE7aU2oJ9iK4vB1qXtmA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{TAVAKOLI_TEXT}\n\n{TAVAKOLI_ATTR}\n\n{gt_quote(INVITATION)}\n"
    m.alternative(plain, gmail_reply_html(TAVAKOLI_TEXT, TAVAKOLI_ATTR, INVITATION, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 002 ---------------------------------------------------------------------
# German by a learner, "Salam" and "Ba tashakor"; he and his wife (2);
# "Arbeitsgruppe Bildung" (alias); "Kassierer" under the association.

@mail("noori-salam-german-learner", "2027-01-13 09:12:44",
      E("registration", "a.z.noori@akv-muenster.example", "Ahmad Zia Noori",
        "Afghanischer Kulturverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Zia Noori <a.z.noori@akv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2b7f0c1e-58d3-4a9e-b6f1-0e4c2d8a7b35-1768291964210@3c-app-webde-bs17>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam Frau Meza Correa-Flock,

ich hoffe es geht Ihnen gut. Ich möchte mich und meine Frau Freshta für den Tag der Migrantenselbstorganisationen am 13.03.2027 anmelden. Wir sind zwei Personen.
Wir interessieren uns für die Arbeitsgruppe Bildung, weil unsere Kinder gehen in die Schule und wir haben viele Fragen.

Ba tashakor und mit freundlichen Grüßen
Ahmad Zia Noori
Afghanischer Kulturverein Münster e.V.
Kassierer
""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Finglish (Persian in Latin letters), Thunderbird, UTF-8 8bit.
# "Goroh-e kari 2" = workgroup 2; "ba yeki az doostanam miam, pas jam'an
# 2 nafar" = I come with one of my friends, so 2 persons in total.
# Display name is shortened; the text gives the full name.

@mail("rostami-finglish-goroh-2", "2027-01-13 22:47:05",
      E("registration", "b.rostami93@mail.example", "Behnam Rostami",
        "Iranischer Kulturverein Pars Münster e.V.", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Behnam R. <b.rostami93@mail.example>"),
           ("To", MSO),
           ("Subject", "sabt-e nam MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5d1e8b2a-7f40-4c39-a2e6-93b0f1c7d684@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

vaghtetoon bekheir. Man Behnam Rostami hastam, az Iranischer Kulturverein Pars Münster e.V.
Mikhastam baraye MSO-Tag rooz-e 13 March sabt-e nam konam. Goroh-e kari 2 (Zukunftsprozess) baram kheili jaleb-e, chon too shoora-ye mahalle ham fa'al hastam.
Ba yeki az doostanam miam, pas jam'an 2 nafar.

Merci az zahmat-e shoma!
Behnam

-- 
Behnam Rostami
Iranischer Kulturverein Pars Münster e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Pashto, UTF-8 base64.  The workgroup is named by topic ("د ښوونې او روزنې
# کاري ګروپ" = education workgroup, with "Bildungssystem"); "له خپلو دوو
# همکارانو سره ... ټول درې کسان" = with my two colleagues, three in all.

@mail("stanekzai-pashto-education", "2027-01-14 11:30:17",
      E("registration", "gulahmad.stanekzai@mail.example", "ګل احمد ستانکزی",
        "د مونستر د افغانانو کلتوري ټولنه", ["AG1"], 3, "ps"), "ps")
def _(m):
    m.head(("From", "Gul Ahmad Stanekzai <gulahmad.stanekzai@mail.example>"),
           ("To", MSO),
           ("Subject", "د نوم لیکنې غوښتنه – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1768386617.224519.8842@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام علیکم ورحمة الله،

درنو ملګرو، زه غواړم چې د مهاجرو د ټولنو په ورځ (Tag der Migrantenselbstorganisationen) کې چې د مارچ په ۱۳مه نېټه جوړېږي، ګډون وکړم.
زه د ښوونې او روزنې په کاري ګروپ (Bildungssystem) کې ګډون غواړم.
زه به له خپلو دوو همکارانو سره راشم، نو ټول درې کسان یو.

مننه
ګل احمد ستانکزی
د مونستر د افغانانو کلتوري ټولنه
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Dari from an Android phone with an Arabic keyboard: Arabic-Indic digits
# (١٣ مارچ, ٣ نفر, گروه کاری ٢).  Latin signature, association in Persian.

@mail("ahmadzai-dari-arabic-indic-digits", "2027-01-15 19:02:38",
      E("registration", "farid.ahmadzai@mail.example", "Farid Ahmadzai",
        "اتحادیه جوانان افغان مونستر", ["AG2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Ahmadzai <farid.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام روز انجمن ها"),
           ("Date", m.date),
           ("Message-ID", "<CAL9pX2vB7nQ4tR1mW8kY3dZ6hF0gS5cE2aU9oJ7iK1vN4qXr0w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم،

امیدوارم صحت\u200cمند باشید. ما از طرف اتحادیه جوانان افغان مونستر می\u200cخواهیم در روز MSO به تاریخ ١٣ مارچ اشتراک کنیم.
ما ٣ نفر هستیم: خودم و دو نفر از اعضای هیئت رهبری.
گروه کاری ٢ را انتخاب می\u200cکنیم (Zukunftsprozess).

تشکر از زحمات شما
Farid Ahmadzai
اتحادیه جوانان افغان مونستر

Sent from my Galaxy
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# English with "Salam" and "Mamnoon"; first choice workgroup 3, else 1;
# he and a colleague (2).  The employer in the Outlook signature and the
# disclaimer are not the organisation.

ARDALAN_TEXT = """Salam and good morning,

My colleague Dr. Leila Mohammadi and I would like to register for the MSO-Tag on 13 March on behalf of the Iranian Academics Network Münster.
Our first choice would be workgroup 3 (funding and association management). If that is already full, workgroup 1 would also be fine for us.

Mamnoon and best regards,
Kaveh Ardalan
Iranian Academics Network Münster – board member

--
Kaveh Ardalan, M.Sc.
Senior Project Engineer
Westfalen Wind GmbH | Hafenweg 40 | 48155 Münster
Phone +49 251 5550 3172

This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""


@mail("ardalan-english-mamnoon-first-second", "2027-01-16 08:40:12",
      E("registration", "kaveh.ardalan@westfalenwind.example", "Kaveh Ardalan",
        "Iranian Academics Network Münster", ["AG3", "AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", '"Ardalan, Kaveh" <kaveh.ardalan@westfalenwind.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Registration – MSO-Tag 13 March", "utf-8", "q")),
           ("Thread-Topic", ew("Registration – MSO-Tag 13 March", "utf-8", "q")),
           ("Thread-Index", "AdtoC4R2n9Kx1mVbQ3wT7yP0sZ5uLg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB0815C3A1E9D7B6F4@FR2P281MB0815.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ARDALAN_TEXT), outlook_html(ARDALAN_TEXT, charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Farsi from an iPhone; display name in Persian script (RFC 2047 B).
# "من و همسر و دخترم" = me, my wife and my daughter (3); "گروه اول" = the
# first group (education and school).

@mail("rahmani-farsi-iphone-family", "2027-01-17 12:15:49",
      E("registration", "saeed.rahmani@mail.example", "سعید رحمانی",
        "انجمن والدین ایرانی مونستر", ["AG1"], 3, "fa"), "fa")
def _(m):
    m.head(("From", addr("سعید رحمانی", "saeed.rahmani@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("ثبت\u200cنام", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<7E2A9C41-5B3D-4F80-A6E1-C9D27B0F3E58@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""سلام،
من و همسر و دخترم دوست داریم در روز سازمان\u200cهای مهاجران شرکت کنیم. لطفاً ما را در گروه اول (آموزش و مدرسه) ثبت کنید. دخترم دانش\u200cآموز دبیرستان است و این موضوع برای ما خیلی مهم است.
ممنون
سعید رحمانی
انجمن والدین ایرانی مونستر

ارسال شده از iPhone من
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Dari written in Latin letters, with German association words;
# "Goroh-e sewom" = the third group (Dari pronunciation); "Ma 4 nafar asteem".

@mail("sultani-dari-latin-sewom", "2027-01-18 20:33:02",
      E("registration", "ali.sultani@hazara-muenster.example", "Ali Reza Sultani",
        "Hazara Kulturverein Münster e.V.", ["AG3"], 4, "fa"), "fa")
def _(m):
    m.head(("From", "Ali Reza Sultani <ali.sultani@hazara-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag / sabt-e nam"),
           ("Date", m.date),
           ("Message-ID", "<CAK2nV8tY4pL1qR7mX3bW9dZ5hG0fS6cE1aU8oJ2iK7vB3qXn5e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Salam alaikum,

ba omid-e sehat-e shoma. Ma az Hazara Kulturverein Münster e.V. mekhaim da MSO-Tag ishtirak konim. Ma 4 nafar asteem.
Goroh-e sewom (Förderung und Vereinsmanagement) bara-ye ma behtar as, chon mekhaim bara-ye projekt-e jawanan Fördermittel darkhast konim.

Tashakor,
Ali Reza Sultani
Hazara Kulturverein Münster e.V.
Tel. 0176 2390 4471"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Question in Farsi (Gmail, right-to-left HTML): is there Farsi/Dari
# interpretation?  She will register only if so.

MOGHADDAM_TEXT = """سلام،

من درباره\u200cی روز سازمان\u200cهای مهاجران در ۱۳ مارس شنیدم. قبل از ثبت\u200cنام یک سؤال دارم: آیا در گروه\u200cهای کاری مترجم فارسی/دری وجود دارد؟ آلمانی من هنوز در سطح B1 است و می\u200cترسم نتوانم در بحث\u200cها شرکت کنم.
اگر مترجم باشد، حتماً ثبت\u200cنام می\u200cکنم.

با تشکر
آزاده مقدم"""


@mail("moghaddam-farsi-question-interpreter", "2027-01-19 10:05:26",
      E("question", "azadeh.moghaddam@mail.example", "آزاده مقدم", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Azadeh Moghaddam <azadeh.moghaddam@mail.example>"),
           ("To", MSO),
           ("Subject", "سوال درباره\u200cی ترجمه"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6rT3wU9iO1pA5sD7fG3hJ5kL7zX9cV1bN3mQ5wE7rT9yU1aB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOGHADDAM_TEXT, gmail_html(MOGHADDAM_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# German, Outlook multipart/alternative in windows-1252; "Dorood" and
# "Ba sepas va ehteram"; "Arbeitsgruppe II".  The running text has the
# inflected "für den Deutsch-Iranischen Ärzteverein", the signature the base
# form; "Dr. med." and "Vorsitzende" are not part of the name.

FARAHANI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

Dorood und herzlichen Dank für die Einladung zum Tag der Migrantenselbstorganisationen!

Gerne nehme ich für den Deutsch-Iranischen Ärzteverein Münster teil. Ich würde mich in der Arbeitsgruppe II einbringen – zum Zukunftsprozess haben wir als Verein einige Ideen, gerade zur Gesundheitsversorgung in den Stadtteilen.

Ba sepas va ehteram / mit freundlichen Grüßen

Dr. med. Shirin Farahani
Vorsitzende
Deutsch-Iranischer Ärzteverein Münster e.V.
Hüfferstraße 27 · 48149 Münster"""


@mail("farahani-outlook-arbeitsgruppe-ii", "2027-01-20 09:48:33",
      E("registration", "s.farahani@diav-muenster.example", "Shirin Farahani",
        "Deutsch-Iranischer Ärzteverein Münster e.V.", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Farahani, Shirin" <s.farahani@diav-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtrA9F3k2Lm8nQ0pR5sT7uV1wX4yZ=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB5821B7C2D9E0F1A3@AM6PR04MB5821.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FARAHANI_TEXT), outlook_html(FARAHANI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# A chairman registers a colleague ("Arbeitsgruppe zum Thema Schule") and
# asks to confirm to her address; he does not come himself.

@mail("amiri-registers-jafari", "2027-01-21 14:22:51",
      E("registration", "zahra.jafari@afghan-elternverein.example", "Zahra Jafari",
        "Afghanischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mohammad Nasim Amiri <vorstand@afghan-elternverein.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für unsere Mitarbeiterin Frau Jafari"),
           ("Date", m.date),
           ("Message-ID", "<0c9d4e7a-1f28-4b63-8e5a-d2b7f6c3a190@afghan-elternverein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Salam und guten Tag,

im Namen unseres Vereins melde ich unsere Koordinatorin für die Hausaufgabenhilfe, Frau Zahra Jafari, zum MSO-Tag an. Sie möchte gern in die Arbeitsgruppe zum Thema Schule. Ich selbst bin am 13. März leider auf einer Hochzeit in Hamburg.

Bitte senden Sie die Bestätigung direkt an Frau Jafari:
zahra.jafari@afghan-elternverein.example

Mit freundlichen Grüßen
Mohammad Nasim Amiri
1. Vorsitzender
Afghanischer Elternverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Farsi typed on a phone without zero-width non-joiners ("میخواستم",
# "انجمن ها", "ثبت نام") and almost without punctuation; "ما دو نفریم" = we
# are two; "گروه دو" = group two.  Signed only "رضا", so the display name is
# the fullest form of the name.

@mail("ghasemi-farsi-no-zwnj-phone", "2027-01-22 21:37:14",
      E("registration", "rezaghasemi1360@mail.example", "Reza Ghasemi",
        "باشگاه فرهنگی ورزشی آریا مونستر", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Ghasemi <rezaghasemi1360@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<m3x8q1.1769114234.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام خسته نباشید
میخواستم برای روز انجمن ها که ۱۳ مارس هست ثبت نام کنم از طرف باشگاه فرهنگی ورزشی آریا مونستر. ما دو نفریم من و برادرم
گروه دو لطفا
مرسی
رضا

Sent from my Galaxy
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# English with "Salam!" and "Tashakor"; "Two other women ... and I" = 3;
# "the workgroup about funding (Förderung)".

SADAT_TEXT = """Salam!

I hope you are well. I am writing from the Afghan Women's Association Münster. Two other women from our association and I would like to join the MSO-Tag on 13 March – so we are 3 people.
We would like to take part in the workgroup about funding (Förderung), because we want to apply for money for our sewing and language project.

Tashakor,
Mariam Sadat
Afghan Women's Association Münster"""


@mail("sadat-english-tashakor-funding", "2027-01-24 11:03:40",
      E("registration", "mariam.sadat@awa-muenster.example", "Mariam Sadat",
        "Afghan Women's Association Münster", ["AG3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Mariam Sadat <mariam.sadat@awa-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO day"),
           ("Date", m.date),
           ("Message-ID", "<CAH1mZ5xQ8wR2tY6uI0oP4aS8dF2gH6jK0lZ4xC8vB2nM6qWs3Q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADAT_TEXT, gmail_html(SADAT_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# German carrying the sentences, with Persian insertions in Latin letters
# ("Dorood bar shoma", "che heyf", "Mersi va ba ehteram"); Erstwunsch AG 1,
# Zweitwunsch AG 2; iso-8859-1 quoted-printable from a webmailer.

@mail("sadeghi-german-persian-insertions", "2027-01-25 18:45:09",
      E("registration", "nima.sadeghi@simorgh-ev.example", "Nima Sadeghi",
        "Persischer Kulturkreis Simorgh e.V.", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nima Sadeghi <nima.sadeghi@simorgh-ev.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung - Erstwunsch AG 1"),
           ("Date", m.date),
           ("Message-ID", "<1769363109.40177.Open-Xchange@ox.simorgh-ev.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.single("""Dorood bar shoma, liebe Organisatorinnen und Organisatoren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen an.
Erstwunsch: AG 1 (Bildungssystem)
Zweitwunsch: AG 2
Ich komme allein - meine Frau muss an dem Tag leider arbeiten, che heyf!

Mersi va ba ehteram
Nima Sadeghi
Persischer Kulturkreis Simorgh e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Change in Farsi, Gmail with Persian interface, quoting the confirmation
# (AG 1, 1 person) below a right-to-left attribution line; new choice
# "گروه کاری ۲".

SHIRAZI_TEXT = """سلام،

ممنون از تأیید ثبت\u200cنام. من اشتباهی گروه ۱ را نوشته بودم. لطفاً مرا به گروه کاری ۲ (Zukunftsprozess) منتقل کنید.

با سپاس
الهام شیرازی"""

SHIRAZI_CONF_ID = conf_id("20270122101204", "3b8e")
SHIRAZI_ATTR = ("\u202bدر تاریخ جمعه ۲۲ ژانویهٔ ۲۰۲۷ ساعت ۱۰:۱۲ "
                f"Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c> نوشت:\u202c")


@mail("shirazi-farsi-change-to-2", "2027-01-26 10:20:57",
      E("change", "elham.shirazi@mail.example", "الهام شیرازی", None, ["AG2"], None, "fa"), "fa")
def _(m):
    quoted = confirmation("Frau Shirazi", "AG1", 1)
    m.head(("From", "Elham Shirazi <elham.shirazi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM8sU4xV0iP2qB6tE8gH4jK6lM8zY0dW2cO4nR6xF8sU0zV2cD@mail.gmail.example>"),
           ("In-Reply-To", SHIRAZI_CONF_ID),
           ("References", SHIRAZI_CONF_ID),
           ("MIME-Version", "1.0"))
    plain = f"{SHIRAZI_TEXT}\n\n{SHIRAZI_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(SHIRAZI_TEXT, SHIRAZI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Dari, a filled-in form with Persian labels and Persian digits; the phone
# number is in Persian digits too.  "تعداد اشخاص: ۲ (من و خانمم)".

@mail("wardak-dari-form-block", "2027-01-27 13:55:20",
      E("registration", "nasir.wardak@mail.example", "نصیر احمد وردک",
        "انجمن فرهنگی افغان\u200cهای مونستر", ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Nasir Ahmad Wardak <nasir.wardak@mail.example>"),
           ("To", MSO),
           ("Subject", "فورم ثبت نام – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6e2a1d9c-0b47-4f35-9c8e-1a7d3f5b2e60-1769518520337@3c-app-gmx-bs31>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و احترام،

لطفاً مرا برای روز انجمن\u200cهای مهاجرین (MSO-Tag) ثبت نام کنید:

نام: نصیر احمد وردک
انجمن: انجمن فرهنگی افغان\u200cهای مونستر
گروه کاری: ۳ – Fördermittel
تعداد اشخاص: ۲ (من و خانمم)
شماره تلیفون: ۰۱۵۲۲ ۳۴۵ ۶۷۸۹

به امید دیدار
نصیر احمد وردک
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Out-of-office in German and Farsi (Auto-Submitted: auto-replied) to a
# confirmation; it names a date range and a colleague.

@mail("hosseinzadeh-vacation-de-fa", "2027-01-28 09:30:41",
      E("auto_reply"), "de+fa")
def _(m):
    cid = conf_id("20270128093038", "9a1f")
    m.head(("From", "Babak Hosseinzadeh <b.hosseinzadeh@iran-kulturhaus-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1769589041.5521@iran-kulturhaus-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.
Ich bin vom 25.01. bis zum 07.02.2027 im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an info@iran-kulturhaus-ms.example.

با سلام،
از پیام شما متشکرم. من از ۲۵ ژانویه تا ۷ فوریه در مرخصی هستم و ایمیل\u200cها را به\u200cطور منظم نمی\u200cخوانم. در موارد فوری لطفاً با info@iran-kulturhaus-ms.example تماس بگیرید.

Babak Hosseinzadeh
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Finglish in lower case, registration plus a question (parking); she comes
# privately for no association ("az hich anjomani nistam"): organisation null.

@mail("mirzaei-finglish-lowercase-plus-question", "2027-01-29 20:12:36",
      E("registration", "golnaz.mz@mail.example", "Golnaz Mirzaei", None,
        ["AG1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "golnaz mz <golnaz.mz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag - sabtenam + soal"),
           ("Date", m.date),
           ("Message-ID", "<CAD4tR9wE2qY7uI1oP5aS9dF3gH7jK1lZ5xC9vB3nM7qWe2RtYw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""salam,
man mikham baraye MSO-Tag sabtenam konam. man az hich anjomani nistam, shakhsan miam chon be in mozoo kheili alaghe daram. goroh-e 1 (Bildung) lotfan. tanha miam.
ye soal ham dashtam: parking nazdik-e Stadtweinhaus hast ya behtare ba otobus biam?
mamnoon
Golnaz Mirzaei
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# Pashto, HTML alternative right-to-left; "دوهم کاري ګروپ" = the second
# workgroup; "زه او زما ورور ... موږ دوه کسان یو" = my brother and I, two.

SHINWARI_TEXT = """ګرانو ملګرو، سلامونه!

زه عبدالولي شینواری یم. زه او زما ورور غواړو چې د خپلې ټولنې له خوا د مارچ په ۱۳مه د MSO په ورځ کې برخه واخلو، نو موږ دوه کسان یو.
موږ دوهم کاري ګروپ غوره کوو (د مونستر راتلونکې – Zukunftsprozess).

ډېره مننه
عبدالولي شینواری
پښتو فرهنګي ټولنه مونستر"""


@mail("shinwari-pashto-second-group", "2027-02-01 08:55:18",
      E("registration", "a.w.shinwari@mail.example", "عبدالولي شینواری",
        "پښتو فرهنګي ټولنه مونستر", ["AG2"], 2, "ps"), "ps")
def _(m):
    m.head(("From", "Abdul Wali Shinwari <a.w.shinwari@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag ته نوم لیکنه", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB7qT0yW3eR8uI2oP6aS0dF4gH8jK2lZ6xC0vB4nM8qWr1TyUw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SHINWARI_TEXT, gmail_html(SHINWARI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Question in German with "Salam aleikum" / "Khoda hafez": prayer room and
# childcare; she will register afterwards.  Its numbered list is not a choice.

@mail("wahidi-question-prayer-room-child", "2027-02-02 15:40:03",
      E("question", "soraya.wahidi@mail.example", "Soraya Wahidi",
        "Afghanischer Frauenverein Roshan e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Soraya Wahidi <soraya.wahidi@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8d3f2a6b-91c0-4e57-b4a2-7f0e9c1d5b38-1770043203118@3c-app-webde-bs22>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam aleikum,

ich bin Mitglied in unserem Frauenverein und überlege, zum MSO-Tag zu kommen. Zwei Fragen vorher:
1. Gibt es vor Ort einen ruhigen Raum zum Beten?
2. Darf ich meinen Sohn (8 Jahre) mitbringen, oder gibt es eine Kinderbetreuung?

Dann würde ich mich anmelden.

Khoda hafez und viele Grüße
Soraya Wahidi
Afghanischer Frauenverein Roshan e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# German from an iPhone, short; "zu dritt" = 3; "Arbeitsgrupe: Fördermittel"
# (typo, alias); "vom Iranisches Kulturhaus" keeps the name's own form;
# closing "Ghorban-e shoma".

@mail("karimzadeh-iphone-zu-dritt", "2027-02-03 10:18:55",
      E("registration", "m.karimzadeh@mail.example", "Mehdi Karimzadeh",
        "Iranisches Kulturhaus Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Mehdi Karimzadeh <m.karimzadeh@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<B41D7E09-2C6A-4F3B-8E95-0A1F6C3D7B24@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Guten Tag,
Hiermit melde ich mich für den MSO tag an. Wir kommen zu dritt vom Iranisches Kulturhaus Münster e.V.
Arbeitsgrupe: Fördermittel
Ghorban-e shoma
Mehdi Karimzadeh

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change of party size (2 -> 3) in German with "Salam" and "Ba ehteram";
# the workgroup stays ("bleibt gleich"), so workgroups [].  Plain-text
# Outlook quote of the confirmation (AG 3, 2 persons) below a "____" line.

RASULI_CONF_ID = conf_id("20270129141507", "6d0c")


@mail("rasuli-party-size-2-to-3", "2027-02-04 12:40:29",
      E("change", "abdullah.rasuli@afghan-hilfe-ms.example", "Abdullah Rasuli",
        "Afghanische Hilfe Münster e.V.", [], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Abdullah Rasuli <abdullah.rasuli@afghan-hilfe-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR06MB7420E1F3A5C7D9B2@DB9PR06MB7420.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", RASULI_CONF_ID),
           ("References", RASULI_CONF_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Salam Frau Meza Correa-Flock,

vielen Dank für die Bestätigung. Eine kleine Änderung: Unsere Praktikantin Marwa möchte auch gern mitkommen. Wir sind also 3 Personen statt 2. Die Arbeitsgruppe bleibt gleich.

Mit freundlichen Grüßen / Ba ehteram
Abdullah Rasuli
Afghanische Hilfe Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 29. Januar 2027 14:15
An: Abdullah Rasuli <abdullah.rasuli@afghan-hilfe-ms.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Rasuli", "AG3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Formal Farsi from an old Outlook in windows-1256: Arabic yeh (ي) instead
# of Persian yeh, Latin digits, ordinal words: "گروه دوم ... در صورت تکميل
# ظرفيت، گروه سوم" = second group, if full the third.  "دکتر" is a title.

SALEHI_TEXT = """با سلام و احترام

اينجانب مايلم در روز سازمانهاي خودياري مهاجران در تاريخ 13 مارس 2027 شرکت کنم.
گروه کاري مورد نظر: گروه دوم (آينده شهر مونستر). در صورت تکميل ظرفيت، گروه سوم.
تعداد: يک نفر

با تشکر
دکتر فرهاد صالحي
انجمن دانشجويان و دانش\u200cآموختگان ايراني مونستر"""


@mail("salehi-farsi-windows-1256-outlook", "2027-02-05 17:26:44",
      E("registration", "f.salehi@iran-studenten-ms.example", "فرهاد صالحي",
        "انجمن دانشجويان و دانش\u200cآموختگان ايراني مونستر", ["AG2", "AG3"], 1, "fa"),
      "fa", tz=0)
def _(m):
    m.head(("From", "Farhad Salehi <f.salehi@iran-studenten-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("ثبت نام روز سازمانهاي مهاجران", "windows-1256", "b")),
           ("Thread-Topic", ew("ثبت نام روز سازمانهاي مهاجران", "windows-1256", "b")),
           ("Thread-Index", "AdtxF2a9Lk3Mn7Pq0Rs4Tu8Vw2Xy6Z=="),
           ("Date", m.date),
           ("Message-ID", "<000b01db7f2e$3c4d5e60$b4c5d6e7$@iran-studenten-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "fa"),
           ("MIME-Version", "1.0"))
    m.alternative(SALEHI_TEXT, outlook_html(SALEHI_TEXT, charset="windows-1256", lang="FA", rtl=True),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Sent from the association's mailbox with the chairwoman's personal
# Reply-To; English with "ba salam" and "Kheili mamnoon"; five people in
# total; "workshop 2".

@mail("bahrami-english-reply-to-five", "2027-02-08 09:14:07",
      E("registration", "roya.bahrami@mail.example", "Roya Bahrami",
        "Noruz Association Münster", ["AG2"], 5, "en"), "en")
def _(m):
    m.head(("From", addr("Noruz Association Münster", "info@noruz-muenster.example", "utf-8", "q")),
           ("Reply-To", "Roya Bahrami <roya.bahrami@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - Noruz Association"),
           ("Date", m.date),
           ("Message-ID", "<1770538447.3318720.1637@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Dear MSO-Tag team,
ba salam,

I am writing from our association's mailbox - please reply to my personal address. We would like to register for the MSO-Tag on 13 March: my husband Amir, three of our board members and me, so five people in total.
We would all like to join workshop 2.

Kheili mamnoon,
Roya Bahrami
Chairwoman, Noruz Association Münster
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Remote Postfix bounce of a confirmation: the recipient's server did not
# know the mistyped address "sima.karimy" (multipart/report, full message).

@mail("postfix-bounce-karimy-user-unknown", "2027-02-09 19:50:12",
      E("bounce", bounced="sima.karimy@webpost.example"), "en")
def _(m):
    rcpt = "sima.karimy@webpost.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270209185012.4C7E21A0B3@mail.muenster.example>"),
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

<{rcpt}>: host mx.webpost.example[198.51.100.71] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C7E21A0B3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue,  9 Feb 2027 19:50:09 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    original = confirmation_message(
        f"Sima Karimi <{rcpt}>", "Frau Karimi", "AG1", 2,
        "Tue, 09 Feb 2027 19:50:08 +0100", conf_id("20270209195008", "2e4b"),
        "<CAF3hK8pL1nV6bX4zQ2wE9rT7yU5iO3aS1dF8gH6jK4lZ2xC0vB@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# German by a learner, HTML only (Gmail markup); "Gruppe 1 Schule";
# "Ich komme mit meine Kollege Hamid, wir sind 2"; signed only "Jawad",
# the full name is in the self-introduction.

HAKIMI_TEXT = """Salam,

Ich heiße Jawad Hakimi, ich bin Trainer bei Afghan Cricket Club Münster e.V.
Ich möchte Anmeldung machen für MSO Tag am 13 März. Ich komme mit meine Kollege Hamid, wir sind 2.
Gruppe 1 Schule, weil viele Jungs in unsere Verein haben Probleme in Schule.

Danke schön, tashakor
Jawad"""


@mail("hakimi-html-only-learner-german", "2027-02-10 21:05:48",
      E("registration", "jawad.hakimi.ms@mail.example", "Jawad Hakimi",
        "Afghan Cricket Club Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jawad <jawad.hakimi.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAE9kP2mR5tW8yB1nL4vC7xZ0aS3dF6gJ9hK2lQ5oI8uY1tR4eX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(HAKIMI_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change in Finglish, Thunderbird reply quoting the confirmation (AG 3):
# "goroh-e mano az 3 be 1 avaz konid" = change my group from 3 to 1.

KAMALI_CONF_ID = conf_id("20270128150211", "0f5a")


@mail("kamali-finglish-change-3-to-1", "2027-02-11 11:11:46",
      E("change", "arash.kamali@mail.example", "Arash Kamali", None, ["AG1"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Arash Kamali <arash.kamali@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e4b19c70-3a2d-4f86-9b51-c7d0e2a8f413@mail.example>"),
           ("In-Reply-To", KAMALI_CONF_ID),
           ("References", KAMALI_CONF_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single(f"""Salam,

mamnoon baraye taeed. Lotfan goroh-e mano az 3 be 1 avaz konid - fahmidam ke too goroh-e 1 dar morede madrese-ha sohbat mishe va in baraye anjoman-e ma mohemtar-e.

Ba tashakor
Arash Kamali

Am 28.01.27 um 15:02 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Kamali", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 028 ---------------------------------------------------------------------
# Question in English with "salam" / "mersi": did my registration (for
# workgroup 1) arrive?  It asks about a registration; it registers no one.

@mail("habibi-english-did-registration-arrive", "2027-02-12 14:30:22",
      E("question", "nilofar.habibi@mail.example", "Nilofar Habibi",
        "Afghan Students Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Nilofar Habibi <nilofar.habibi@mail.example>"),
           ("To", MSO),
           ("Subject", "Did my registration arrive?"),
           ("Date", m.date),
           ("Message-ID", "<AS8P190MB1822A4C6E8F0B2D1@AS8P190MB1822.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

salam! I sent my registration for the MSO-Tag about two weeks ago (for workgroup 1), but I have not received any confirmation yet. Could you please check whether I am on the list? I already looked in my spam folder and found nothing.

Thank you so much / mersi
Nilofar Habibi
Afghan Students Münster
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Invitation to another event (other): Nowruz festival in German and Farsi,
# asking for "Anmeldung" to that event; multipart/alternative.

NOWRUZ_TEXT = """Liebe Freundinnen und Freunde, liebe Mitglieder,

die Iranische Gemeinde Münster e.V. lädt Sie herzlich zu unserem Nowruz-Fest 1406 ein:

Samstag, 20. März 2027, ab 18:00 Uhr
Begegnungszentrum Meerwiese, Meerwiese 25, 48157 Münster

Haft-Sin-Tisch, Musik, Tanz und persisches Essen. Der Eintritt ist frei, Spenden sind willkommen.
Bitte melden Sie sich bis zum 10. März unter nowruz@iranische-gemeinde-ms.example an.

دوستان و اعضای گرامی،
انجمن ایرانیان مونستر شما را به جشن نوروز ۱۴۰۶ دعوت می\u200cکند:
شنبه ۲۰ مارس ۲۰۲۷، از ساعت ۱۸
سفره\u200cی هفت\u200cسین، موسیقی، رقص و غذای ایرانی. ورود آزاد است.
لطفاً تا ۱۰ مارس ثبت\u200cنام کنید: nowruz@iranische-gemeinde-ms.example

Nowruzetan pirooz!
Der Vorstand der Iranischen Gemeinde Münster e.V."""


@mail("iranische-gemeinde-nowruz-invitation", "2027-02-15 10:00:00",
      E("other"), "de+fa")
def _(m):
    m.head(("From", addr("Iranische Gemeinde Münster e.V.", "nowruz@iranische-gemeinde-ms.example",
                         "utf-8", "q")),
           ("To", "undisclosed-recipients:;"),
           ("Subject", ew("Einladung zum Nowruz-Fest 1406 / دعوت به جشن نوروز ۱۴۰۶", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<nowruz1406.5f2c9e@iranische-gemeinde-ms.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWRUZ_TEXT, div_html(NOWRUZ_TEXT, "font-family: Tahoma, sans-serif; font-size: 14px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# A chairman forwards a member's Farsi mail (Gmail, English interface) and
# asks to confirm directly to her: email, name and workgroup are hers
# ("گروه مدیریت انجمن و کمک\u200cهای مالی" = AG 3), the association is his.

@mail("moradi-forwards-azizi-farsi", "2027-02-16 18:22:34",
      E("registration", "parvin.azizi@mail.example", "پروین عزیزی",
        "کانون فرهنگی ایرانیان مونستر", ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Hossein Moradi <info@kanoon-iranian-ms.example>"),
           ("To", MSO),
           ("Subject", "Fwd: روز MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAG5vN1xQ7wT3yR9mK2bZ8dL4hF6gS0cE3aU1oJ5iK8vB7qXf2k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

ایمیل خانم پروین عزیزی، عضو انجمن ما، را برایتان می\u200cفرستم. ایشان آدرس شما را نداشتند. لطفاً تأیید را مستقیماً به خود ایشان بفرستید.

با احترام
حسین مرادی
کانون فرهنگی ایرانیان مونستر

---------- Forwarded message ---------
From: Parvin Azizi <parvin.azizi@mail.example>
Date: Mon, 15 Feb 2027 at 20:41
Subject: روز MSO
To: <info@kanoon-iranian-ms.example>


آقای مرادی عزیز سلام،
لطفاً مرا هم برای روز MSO ثبت\u200cنام کنید. من به گروه مدیریت انجمن و کمک\u200cهای مالی علاقه دارم (Vereinsmanagement). تنها می\u200cآیم.
ممنون
پروین عزیزی
""", charset="utf-8", cte="base64")


# -- 031 ---------------------------------------------------------------------
# Dari in Latin letters with German words ("AG Bildung", "Grundschule");
# "man wa khanumam" = my wife and I (2); "do ta bacha" (two children at
# primary school) do not come and are not a workgroup.

@mail("haidari-dari-latin-ag-bildung", "2027-02-18 09:35:50",
      E("registration", "sohrab.haidari@mail.example", "Sohrab Haidari",
        "Afghanisch-Deutscher Freundeskreis Münster", ["AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Sohrab Haidari <sohrab.haidari@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1771403750.912.4480@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam o alaikum,

man wa khanumam mekhaim bayaim ba MSO-Tag. AG Bildung lotfan, chon do ta bacha dar Grundschule darim.
Ma az Afghanisch-Deutscher Freundeskreis Münster asteem.

Merci, khoda hafez
Sohrab Haidari
""", charset="iso-8859-1", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change in English from an iPhone, bottom quote of the confirmation (AG 2,
# 2 persons): workgroup 3, if full stay in 2 -> ["AG3", "AG2"].

YOUSEFI_CONF_ID = conf_id("20270119104402", "8c31")


@mail("yousefi-english-change-3-else-2", "2027-02-19 13:47:08",
      E("change", "kamran.yousefi@mail.example", "Kamran Yousefi",
        "Deutsch-Iranischer Jugendverein Münster", ["AG3", "AG2"], None, "en"), "en")
def _(m):
    m.head(("From", "Kamran Yousefi <kamran.yousefi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9F3B6D21-7A4E-4C58-B0E2-5D8C1A9F4E73@mail.example>"),
           ("In-Reply-To", YOUSEFI_CONF_ID),
           ("References", YOUSEFI_CONF_ID),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Salam,

thanks for the confirmation. Could you move both of us to workgroup 3? We just learned that our funding application for 2027 was rejected and we need advice. If workgroup 3 is already full, we will just stay in workgroup 2.

Mamnoon,
Kamran Yousefi
Deutsch-Iranischer Jugendverein Münster

Sent from my iPhone

> On 19. Jan 2027, at 10:44, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
> 
{gt_quote(confirmation("Herr Yousefi", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Farsi registration without a workgroup choice ("هنوز نمی\u200cدانم در کدام گروه
# کاری شرکت کنم" = I don't know yet which group); "هر سه موضوع" (all three
# topics) is not a choice; "یک نفر هستم" = one person.

@mail("nazari-farsi-no-workgroup-yet", "2027-02-22 20:15:31",
      E("registration", "fereshteh.nazari@mail.example", "فرشته نظری",
        "انجمن فرهنگی آفتاب مونستر", [], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Fereshteh Nazari <fereshteh.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت\u200cنام برای ۱۳ مارس"),
           ("Date", m.date),
           ("Message-ID", "<CAN1bV6xT3wQ9yR5mK8pZ2dL0hF4gS7cE6aU3oJ1iK9vB5qXd8j@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام وقت بخیر،

من فرشته نظری هستم، مسئول امور فرهنگی انجمن فرهنگی آفتاب مونستر.
لطفاً مرا برای روز سازمان\u200cهای مهاجران ثبت\u200cنام کنید. هنوز نمی\u200cدانم در کدام گروه کاری شرکت کنم؛ هر سه موضوع برایم جالب است. اگر اشکالی ندارد همان روز تصمیم می\u200cگیرم.
یک نفر هستم.

با سپاس فراوان
فرشته نظری
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Question in Finglish with German words: may a group that is not yet an
# "e.V." take part?  They would register afterwards ("ba'dan sabt-e nam
# mikonim").

@mail("jalali-finglish-question-not-ev", "2027-02-24 10:40:15",
      E("question", "mostafa.jalali@mail.example", "Mostafa Jalali", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Mostafa Jalali <mostafa.jalali@mail.example>"),
           ("To", MSO),
           ("Subject", "soal MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAC8wX3rT6yQ1uI9oP2aS5dF7gH0jK3lZ8xC1vB6nM9qWt4RyEp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

ma yak grup-e kochak az javanan-e afghan dar Münster-Kinderhaus hastim, hanoz e.V. nistim. Aya ma ham mitoonim dar MSO-Tag sherkat konim, ya faghat eingetragene Vereine mitoonan biyan? Agar mishe, ba'dan sabt-e nam mikonim.

Tashakor
Mostafa Jalali
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Cancellation in Pashto, Gmail with a German interface quoting the
# confirmation (AG 1, 1 person).

ZAZAI_CONF_ID = conf_id("20270201092011", "c7e2")


@mail("zazai-pashto-cancel", "2027-02-25 16:05:42",
      E("cancellation", "hamidullah.zazai@mail.example", "حمیدالله ځاځی", None, [], None, "ps"), "ps")
def _(m):
    text = """السلام علیکم،

بښنه غواړم، زه د مارچ په ۱۳مه نشم راتلای ځکه چې په همدې ورځ زما د تره زوی واده دی. مهرباني وکړئ زما نوم لیکنه لغوه کړئ.

مننه
حمیدالله ځاځی"""
    quoted = confirmation("Herr Zazai", "AG1", 1)
    attr = (f"Am Mo., 1. Feb. 2027 um 09:20 Uhr schrieb Tag der "
            f"Migrantenselbstorganisationen <{MSO}>:")
    m.head(("From", "Hamidullah Zazai <hamidullah.zazai@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF2tY8wR1eQ5uI3oP7aS0dF9gH2jK5lZ0xC3vB8nM1qWz6RyPq@mail.gmail.example>"),
           ("In-Reply-To", ZAZAI_CONF_ID),
           ("References", ZAZAI_CONF_ID),
           ("MIME-Version", "1.0"))
    plain = f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(text, attr, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Change in Dari from Outlook (English labels in the quote header): one
# colleague is ill, 3 -> 2 persons, and "از گروه سوم به گروه اول" = from the
# third to the first group.  The quoted confirmation names AG 3 and 3.

REZAI_CONF_ID = conf_id("20270205113007", "4a9d")
REZAI_TEXT = """سلام علیکم،

یکی از همکارانم مریض شده و نمی\u200cتواند بیاید، پس ما دو نفر می\u200cشویم نه سه نفر. لطفاً ما را از گروه سوم به گروه اول تبدیل کنید.

تشکر
شبنم رضایی
موسسه فرهنگی بانو"""


@mail("rezai-dari-change-size-and-group", "2027-02-26 08:58:24",
      E("change", "shabnam.rezai@mail.example", "شبنم رضایی", "موسسه فرهنگی بانو",
        ["AG1"], 2, "fa"), "fa", tz=0)
def _(m):
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Friday, February 5, 2027 11:30 AM",
             "shabnam.rezai@mail.example",
             CONFIRMATION_SUBJECT, confirmation("Frau Rezai", "AG3", 3))
    labels = ("From", "Sent", "To", "Subject")
    m.head(("From", "Shabnam Rezai <shabnam.rezai@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbd4Pq7Rk2Sm9Tn5Uo1Vp3Wq8Xr6Ys4Zt0A=="),
           ("Date", m.date),
           ("Message-ID", "<PAXPR08MB6943F2A4C6E8D0B1@PAXPR08MB6943.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", REZAI_CONF_ID),
           ("References", REZAI_CONF_ID),
           ("Content-Language", "fa-IR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(REZAI_TEXT, quote, labels),
                  outlook_html(REZAI_TEXT, quote, charset="utf-8", lang="FA", rtl=True, labels=labels),
                  charset="utf-8", cte="base64", style="outlook")


# -- 037 ---------------------------------------------------------------------
# German with "Salam aleikom" and "Ba ehteram"; change of mind inside the
# mail: AG 2 first, then "doch lieber in die AG 3".

@mail("ebrahimi-german-change-of-mind", "2027-03-01 11:20:09",
      E("registration", "homa.ebrahimi@mail.example", "Homa Ebrahimi",
        "Deutsch-Persischer Frauenverein Mitra e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Homa Ebrahimi <homa.ebrahimi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3f8c0d2e-6a91-4b47-9e3d-c5a1b7f2e084-1772360409551@3c-app-gmx-bap12>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam aleikom liebes Team,

ich möchte mich für den MSO-Tag anmelden, und zwar für die AG 2 ... hm, nein, ich habe gerade noch mit unserer Vorsitzenden telefoniert: Bitte tragen Sie mich doch lieber in die AG 3 ein. Wir wollen dieses Jahr zum ersten Mal Fördermittel beantragen und brauchen dringend Tipps.
Ich komme allein.

Ba ehteram
Homa Ebrahimi
Deutsch-Persischer Frauenverein Mitra e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation in Farsi as a new mail (no quote), for him and a colleague.

@mail("bagheri-farsi-cancel-new-mail", "2027-03-02 19:44:57",
      E("cancellation", "kourosh.bagheri@mail.example", "کوروش باقری",
        "انجمن مهندسان ایرانی مونستر", [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Kourosh Bagheri <kourosh.bagheri@mail.example>"),
           ("To", MSO),
           ("Subject", "لغو ثبت\u200cنام / Absage MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAA3zQ7vT9wR2yN6mK1pX5dL8hF0gS4cE9aU6oJ2iK5vB8qXb1m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

متأسفانه به دلیل سفر کاری نمی\u200cتوانم روز ۱۳ مارس در MSO-Tag شرکت کنم. لطفاً ثبت\u200cنام من و همکارم را لغو کنید.

با عرض پوزش و سپاس
کوروش باقری
انجمن مهندسان ایرانی مونستر
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Out-of-office recognisable only from its text (no Auto-Submitted, plain
# "Re:" subject), answering the 7-day reminder; English with "Ba sepas".

@mail("naderi-out-of-office-text-only", "2027-03-06 10:02:33",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Dariush Naderi <d.naderi@naderi-consulting.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270306100233.7be1@naderi-consulting.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

thank you for your email. I am currently travelling in Iran with limited internet access until 20 March 2027 and will answer your message after my return.
In urgent cases please contact my colleague Mina Rad, mina.rad@naderi-consulting.example.

Ba sepas / Best regards
Dariush Naderi
""", charset="utf-8", cte="7bit")


# -- 040 ---------------------------------------------------------------------
# Late registration in Dari after the 6 March deadline ("۶ مارچ"); "من و
# خانمم" = my wife and I (2); "گروه کاری دوم" = the second workgroup.

@mail("popal-dari-late-registration", "2027-03-08 09:15:46",
      E("registration", "wahid.popal@mail.example", "وحید پوپل",
        "انجمن همبستگی افغان\u200cها در مونستر", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Wahid Popal <wahid.popal@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام دیر – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1772957746.55104.2219@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم محترم،

می\u200cدانم که وقت ثبت نام به تاریخ ۶ مارچ تمام شده، معذرت می\u200cخواهم. اگر هنوز جای خالی باشد، لطفاً من و خانمم را در گروه کاری دوم (آینده شهر مونستر) ثبت کنید.

با احترام
وحید پوپل
انجمن همبستگی افغان\u200cها در مونستر
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation in German from a Samsung phone with "Salam" / "Khoda hafez";
# the confirmation (AG 1) is quoted without '>' under a Samsung header.

@mail("noorzai-german-cancel-samsung", "2027-03-10 07:30:18",
      E("cancellation", "habiba.noorzai@mail.example", "Habiba Noorzai", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270203162002", "5b7f")
    m.head(("From", "Habiba Noorzai <habiba.noorzai@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<n5k1w3.1773124218.samsung@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Salam liebes Team,
leider kann ich am Samstag nicht kommen, mein Sohn ist krank. Bitte streichen Sie meine Anmeldung. Tut mir sehr leid!
Khoda hafez
Habiba Noorzai



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Datum: 03.02.27 16:20 (GMT+01:00)
An: habiba.noorzai@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Noorzai", "AG1", 1)}
""", charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# Cancellation in Finglish from Outlook for Android; the text names the old
# registration ("3 nafar, AG 2") only to identify it.

@mail("ansari-finglish-cancel-outlook-android", "2027-03-11 22:10:05",
      E("cancellation", "pegah.ansari@outlook-mail.example", "Pegah Ansari",
        "Iranisch-Deutscher Elternverein Münster", [], None, "fa"), "fa")
def _(m):
    cid = conf_id("20270204110215", "e03a")
    m.head(("From", "Pegah Ansari <pegah.ansari@outlook-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB0612D3E5F7A9C1B4@VI1P195MB0612.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Salam,
motasefane ma nemitoonim rooz-e shanbe biyaim, jalase-ye omumi-ye anjoman oftad haman rooz. Lotfan sabt-e nam-e ma ro cancel konid (3 nafar, AG 2).
Bebakhshid va mamnoon
Pegah Ansari
Iranisch-Deutscher Elternverein Münster

Get Outlook for Android
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Thursday, February 4, 2027 11:02:15 AM
To: pegah.ansari@outlook-mail.example <pegah.ansari@outlook-mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Ansari", "AG2", 3)}
""", charset="utf-8", cte="quoted-printable")

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
    # (checked on decoded headers and bodies, nested messages included)
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
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    problems += check_labels(msg, expected, m.slug)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("fa", "ps", "de", "en")
AG_IDS = ("AG1", "AG2", "AG3")
# changes/cancellations that do not answer the confirmation (a new mail)
NO_QUOTE = {"bagheri-farsi-cancel-new-mail"}


def decoded_haystack(msg):
    """Decoded header values and text parts of the mail, for label checks."""
    chunks = [str(v) for _, v in msg.items()]
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(msg, e, slug):
    """The label is well formed and agrees with the mail."""
    problems = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"bad kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in AG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    hay = decoded_haystack(msg)
    if kind in PERSON_KINDS:
        addr_ = e["email"]
        if not addr_ or addr_ != addr_.lower() or addr_ not in hay.lower():
            problems.append(f"email {addr_!r} not lower-case or not in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']!r}")
        if not e["name"] or e["name"] not in hay:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in hay:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if kind in ("change", "cancellation") and slug not in NO_QUOTE:
            if "Angemeldete Personen:" not in hay or msg["In-Reply-To"] is None:
                problems.append("change/cancellation does not answer and quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else str(msg["From"])


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
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
    print("registration languages:", dict(sorted(reg_langs.items())))
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    cols = sorted(langs)
    print("kind x text language:", "  ".join(f"{c:>5}" for c in cols))
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}", "  ".join(f"{table[(k, c)]:>5}" for c in cols), f"  {kinds[k]:>3}")
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
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
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
        who = sender(data)
        if who in seen:
            print(f"{name}: sender {who} already sent {seen[who]}")
            bad += 1
        seen[who] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
