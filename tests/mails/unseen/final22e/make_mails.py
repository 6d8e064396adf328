#!/usr/bin/env python3
"""Build the "final22e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (Tag der Migrantenselbstorganisationen, 13 March 2027) in
the four weeks before the event.  Many mails change or withdraw an earlier
registration; about half are still new registrations.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, and that
the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Standard library only (Python 3.11).
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

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
MSO_NAME = "Tag der Migrantenselbstorganisationen"

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
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
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
    return hashlib.sha256(f"final22e/{slug}/{n}".encode()).hexdigest()


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
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8)."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "localhost.example"
            host = "mail." + domain
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

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.mailhost.example"
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


# ---------------------------------------------------------------------------
# the organiser's mails that the senders quote
# ---------------------------------------------------------------------------

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
WAITLIST_SUBJECT = "Warteliste: Tag der Migrantenselbstorganisationen 2027"
LIST_REMINDER_SUBJECT = ("Erinnerung: Anmeldung zum Tag der Migrantenselbstorganisationen "
                         "bis 6. März")
LIST_REMINDER_ID = "<erinnerung-anmeldefrist-mso-2027.20270222100000@muenster.example>"
REMINDER7_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER1_SUBJECT = "Morgen: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

# The list reminder went to the whole distribution list on Monday, 22 Feb 2027,
# 10:00.  It has no typographic characters, so it fits every 8-bit charset.
LIST_REMINDER = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir möchten Sie noch einmal an den Tag der Migrantenselbstorganisationen
2027 erinnern:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Am Nachmittag arbeiten wir in drei Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte (nur noch wenige Plätze frei)
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldeschluss ist der 6. März 2027. Bitte schreiben Sie uns an
mso-tag@muenster.example Ihren Namen, Ihre Organisation, die gewünschte
Arbeitsgruppe und mit wie vielen Personen Sie kommen.

Wenn Sie sich bereits angemeldet haben, müssen Sie nichts weiter tun.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""


def confirmation(salutation, ag, persons, second=None):
    """The confirmation the organiser's system sent after a registration."""
    second_line = f"\nZweitwunsch: {AG_LINE[second]}" if second else ""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}{second_line}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def waitlist(salutation, ag, persons):
    """The notice sent when the chosen workgroup was already full."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Die gewünschte Arbeitsgruppe ist leider schon ausgebucht:
{AG_LINE[ag]}

Wir haben Sie auf die Warteliste gesetzt. Angemeldete Personen: {persons}
Sobald ein Platz frei wird, melden wir uns bei Ihnen.

In den anderen Arbeitsgruppen sind noch Plätze frei. Möchten Sie die
Arbeitsgruppe wechseln oder sich von der Warteliste abmelden? Antworten Sie
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder7(salutation, ag, persons):
    """The reminder sent one week before the event (Sat 6 March, 10:00)."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag, 13. März 2027,
von 10:00 bis 16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster,
zu begrüßen. Einlass ist ab 9:30 Uhr.

Ihre Anmeldung:
{AG_LINE[ag]}
Angemeldete Personen: {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf diese
E-Mail antworten. So können wir Ihren Platz an jemanden auf der Warteliste
weitergeben.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder1(salutation, ag, persons):
    """The reminder sent the day before the event (Fri 12 March, 10:00)."""
    return f"""Guten Tag {salutation},

morgen ist es so weit: Wir freuen uns auf Sie am Samstag, 13. März 2027,
10:00 bis 16:00 Uhr, im Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster.
Einlass ist ab 9:30 Uhr.

Ihre Anmeldung:
{AG_LINE[ag]}
Angemeldete Personen: {persons}

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def bot_id(stamp, tag):
    """Message-ID of a mail the organiser's system sent."""
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


# ---------------------------------------------------------------------------
# client styles
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

OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{l_from}</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(frm)} <br>\n"
                   f"<b>{l_sent}</b> {esc(sent)}<br>\n"
                   f"<b>{l_to}</b> {esc(to)}<br>\n"
                   f"<b>{l_subj}</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{l_from} {frm}\n{l_sent} {sent}\n{l_to} {to}\n"
            f"{l_subj} {subject}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, quote_attr=None, quoted=None, rtl=False):
    """Gmail markup: the new text in divs, the quote in a gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_attr is not None:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_attr)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, quote_attr=None, quoted=None):
    if quote_attr is None:
        return text
    return f"{text}\n\n{quote_attr}\n\n{gt_quote(quoted)}\n"


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


# -- 001 ---------------------------------------------------------------------
# New registration (de): three persons in words ("zu dritt"), AG 1 by number; Thunderbird, format=flowed, UTF-8 8bit.

@mail("markovic-zu-dritt-ag1", "2027-02-15 09:14:27",
      E("registration", "d.markovic@skv-muenster.example", "Dragana Marković",
        "Serbischer Kulturverein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Dragana Marković", "d.markovic@skv-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<6f2b9d14-83a7-4c0e-b5d2-1e9a7f3c0b58@skv-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am
13. März an. Wir kommen zu dritt: mein Mann Nenad, unsere Jugendleiterin
Jelena Petrović und ich.

Wir möchten gerne in die AG 1 (Bildungssystem), weil wir seit zwei Jahren
eine Samstagsschule für Kinder aus serbischen Familien anbieten.

Mit freundlichen Grüßen
Dragana Marković

-- 
Serbischer Kulturverein Münster e.V.
Hammer Straße 112, 48153 Münster
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Change (de): one of two persons can no longer come (2 -> 1), AG unchanged; Outlook alternative, windows-1252, quoted confirmation.

HOELSCHER_TEXT = """Guten Tag,

kurze Änderung zu unserer Anmeldung: Meine Kollegin Frau Abdi kann am 13. März leider doch nicht teilnehmen, sie ist an dem Wochenende auf einer Fortbildung in Köln. Ich komme also alleine. An der Arbeitsgruppe ändert sich nichts.

Viele Grüße
Martin Hölscher

Flüchtlingshilfe Coerde e.V.
Koordination Ehrenamt
Tel. 0251 / 28 77 40 12"""


@mail("hoelscher-kollegin-kann-nicht", "2027-02-15 18:40:03",
      E("change", "martin.hoelscher@fluechtlingshilfe-coerde.example", "Martin Hölscher",
        "Flüchtlingshilfe Coerde e.V.", [], 1, "de"), "de")
def _(m):
    conf = bot_id("20270202110512", "4a1c")
    m.head(("From", addr("Hölscher, Martin", "martin.hoelscher@fluechtlingshilfe-coerde.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdT4k2L0pN8vW5xQ1mZ9rC3yB7wAX9kQm"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9274E31A7C5D0B2F@AS8PR02MB9274.eurprd02.prod.outlook.example>"),
           ("References", conf),
           ("In-Reply-To", conf),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Dienstag, 2. Februar 2027 11:05",
             "Hölscher, Martin <martin.hoelscher@fluechtlingshilfe-coerde.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Hölscher", "AG2", 2))
    m.alternative(outlook_plain(HOELSCHER_TEXT, quote), outlook_html(HOELSCHER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# New registration (tr): "İkinci çalışma grubu" = AG 2, two persons with her sister; Gmail alternative, UTF-8 base64.

KARATAS_TEXT = """Merhaba,

13 Mart'taki Göçmen Örgütleri Günü'ne (Tag der Migrantenselbstorganisationen) katılmak istiyoruz. Kız kardeşim Sevgi ile birlikte iki kişi geleceğiz.
İkinci çalışma grubunu (Münster'in geleceği – Zukunftsprozess) seçiyoruz.

Derneğimiz: Münster Türk Kadınları Dayanışma Derneği

Teşekkürler, iyi çalışmalar
Elif Karataş"""


@mail("karatas-turkish-ikinci-grup", "2027-02-16 07:55:40",
      E("registration", "elif.karatas@mail.example", "Elif Karataş",
        "Münster Türk Kadınları Dayanışma Derneği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Elif Karataş", "elif.karatas@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Kayıt – MSO Günü 13 Mart", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kLm9xQ2vT7wR1pN8sY4dH6jZ0cB5gE2uK9oA3rV7iW1nX4q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARATAS_TEXT, gmail_html(KARATAS_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Cancellation (de): ill, operation next week; iPhone reply with the attribution inside the '>' quote.

@mail("wuebbeling-absage-operation", "2027-02-16 21:03:12",
      E("cancellation", "kerstin.wuebbeling@mail.example", "Kerstin Wübbeling",
        None, [], None, "de"), "de")
def _(m):
    conf = bot_id("20270128094107", "77e2")
    m.head(("From", addr("Kerstin Wübbeling", "kerstin.wuebbeling@mail.example", "utf-8", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0C9E4B7A-21F3-4D58-9A6E-5B3C8D1F7E24@mail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    quoted = ("Am 28.01.2027 um 09:41 schrieb Tag der Migrantenselbstorganisationen "
              f"<{MSO}>:\n\n" + confirmation("Frau Wübbeling", "AG3", 1))
    m.single(f"""Liebes Team,

leider muss ich meine Anmeldung zurückziehen. Ich werde nächste Woche an der Hüfte operiert und bin danach mindestens sechs Wochen außer Gefecht. Ich hätte mich sehr gefreut, vielleicht klappt es nächstes Jahr.

Viele Grüße
Kerstin Wübbeling

Von meinem iPhone gesendet

{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Change (ru): group shrinks 5 -> 3, AG unchanged; Gmail in Russian, Latin display name, Cyrillic signature.

BECKER_TEXT = """Добрый день!

Небольшое изменение по нашей регистрации: двое из нашей группы, к сожалению, не смогут прийти 13 марта – у них в этот день семейное торжество. Так что нас будет трое, а не пятеро. Рабочая группа остаётся та же.

С уважением,
Наталья Беккер
Русско-немецкий культурный центр «Радуга» e.V."""

BECKER_ATTR = f"пн, 1 февр. 2027 г. в 18:12, {MSO_NAME} <{MSO}>:"


@mail("becker-russian-five-to-three", "2027-02-17 10:22:51",
      E("change", "natalia.becker@mail.example", "Наталья Беккер",
        "Русско-немецкий культурный центр «Радуга» e.V.", [], 3, "ru"), "ru")
def _(m):
    conf = bot_id("20270201181209", "c30f")
    quoted = confirmation("Frau Becker", "AG1", 5)
    m.head(("From", "Natalia Becker <natalia.becker@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ8rT2mW5qX1vN7kP3sL9dF0gH4yZ6cB8uE1oA2iR5tQ7wM3nk@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(BECKER_TEXT, BECKER_ATTR, quoted),
                  gmail_html(BECKER_TEXT, BECKER_ATTR, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# New registration (en): filled-in list "Workshop: No. 3", one person; plain ASCII 7bit.

@mail("adeyemi-english-form-list", "2027-02-17 16:48:09",
      E("registration", "samuel.adeyemi@mail.example", "Samuel Adeyemi",
        "African Students and Alumni Network Muenster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Samuel Adeyemi <samuel.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2114C7F0A3E9D5B1@PAXP193MB2114.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir or Madam,

I would like to register for the MSO Day on Saturday, 13 March 2027.

Name: Samuel Adeyemi
Organisation: African Students and Alumni Network Muenster
Workshop: No. 3 - funding and association management
Number of persons: 1

We are a young network and still learning how to apply for funding, so
workshop 3 is exactly what we need.

Kind regards,
Samuel Adeyemi
""", charset="us-ascii", cte="7bit")


# -- 007 ---------------------------------------------------------------------
# Change (pl): she cannot come and gives her place to a colleague, confirmation to the colleague's address; Thunderbird in Polish.

@mail("wisniewska-polish-place-to-colleague", "2027-02-18 11:30:18",
      E("change", "agnieszka.zielonka@pnt-muenster.example", "Agnieszka Zielonka",
        "Polsko-Niemieckie Towarzystwo Münster e.V.", [], None, "pl"), "pl")
def _(m):
    conf = bot_id("20270203202744", "19bd")
    m.head(("From", addr("Katarzyna Wiśniewska", "k.wisniewska@pnt-muenster.example", "utf-8", "q")),
           ("To", TO_MSO),
           ("Subject", "Odp: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a7d3e0f2-6b91-4c8e-9f27-3d5b1c0e8a46@pnt-muenster.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Wiśniewska", "AG3", 1)
    m.single(f"""Dzień dobry,

niestety nie mogę wziąć udziału w spotkaniu 13 marca – właśnie dowiedziałam się, że mam w tym dniu egzamin na studiach.
Moje miejsce chętnie przejmie koleżanka z zarządu, Pani Agnieszka Zielonka. Proszę o przepisanie rejestracji na nią i wysłanie potwierdzenia bezpośrednio na jej adres: agnieszka.zielonka@pnt-muenster.example

Z góry dziękuję i pozdrawiam serdecznie
Katarzyna Wiśniewska
Polsko-Niemieckie Towarzystwo Münster e.V.

W dniu 3.02.2027 o 20:27, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# New registration (fa): Persian digits ("۲ نفر", "گروه ۳"); Gmail RTL alternative, Persian signature.

SADEGHI_TEXT = """سلام و وقت بخیر،

بدین‌وسیله برای روز سازمان‌های خودیار مهاجران (Tag der Migrantenselbstorganisationen) در تاریخ ۱۳ مارس ثبت‌نام می‌کنم.
ما ۲ نفر هستیم: من و همکارم آقای بهرامی.
گروه کاری مورد نظر ما: گروه ۳ (Förderungsmöglichkeiten und effektives Vereinsmanagement)

با سپاس
مریم صادقی
انجمن فرهنگی ایرانیان مونستر"""


@mail("sadeghi-farsi-persian-digits", "2027-02-18 19:15:33",
      E("registration", "maryam.sadeghi@mail.example", "مریم صادقی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Sadeghi <maryam.sadeghi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام – Tag der Migrantenselbstorganisationen", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAL2pQ7vR9tX3wK1mN5sB8dF4gJ0yH6cZ2uE7oA9iT1rV3qW5xe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADEGHI_TEXT, gmail_html(SADEGHI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Cancellation (de), indirect ("es wird bei uns dieses Jahr leider nichts"); Outlook HTML only, windows-1252.

BROCKMANN_TEXT = """Liebe Frau Meza Correa-Flock,

wir haben im Arbeitskreis lange hin und her überlegt, aber es wird bei uns dieses Jahr leider nichts mit dem MSO-Tag. Zwei unserer drei Leute sind an dem Wochenende mit der Konfirmandengruppe unterwegs, und alleine macht es für mich wenig Sinn.

Trotzdem vielen Dank für die Organisation und alles Gute für die Veranstaltung!

Herzliche Grüße
Hans-Peter Brockmann
Arbeitskreis Asyl Hiltrup"""


@mail("brockmann-indirekte-absage-html", "2027-02-19 08:05:47",
      E("cancellation", "hp.brockmann@ak-asyl-hiltrup.example", "Hans-Peter Brockmann",
        "Arbeitskreis Asyl Hiltrup", [], None, "de"), "de")
def _(m):
    conf = bot_id("20270126145031", "e8a5")
    m.head(("From", "Hans-Peter Brockmann <hp.brockmann@ak-asyl-hiltrup.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcB2kQ7mX9pZ1vN4tR8yW3sL6cAAn5Fgh"),
           ("Date", m.date),
           ("Message-ID", "<000c01db82a4$7e3f1a20$7abd4e60$@ak-asyl-hiltrup.example>"),
           ("References", conf),
           ("In-Reply-To", conf),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Dienstag, 26. Januar 2027 14:50",
             "hp.brockmann@ak-asyl-hiltrup.example", CONFIRMATION_SUBJECT,
             confirmation("Herr Brockmann", "AG2", 3))
    m.single(outlook_html(BROCKMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# New registration (ar): Arabic-Indic "٤ أشخاص" and the ordinal "الثانية" = AG 2; plain UTF-8 base64.

@mail("alomari-arabic-indic-four", "2027-02-19 14:37:25",
      E("registration", "khaled.alomari@mail.example", "خالد العمري",
        "Syrisch-Deutsche Brücke Münster e.V.", ["AG2"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alomari <khaled.alomari@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل – يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771508245.208817.4410@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

نرغب في التسجيل في يوم منظمات المهاجرين يوم السبت ١٣ مارس ٢٠٢٧.
سنحضر ٤ أشخاص من جمعيتنا، ونود المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess).

شكراً جزيلاً
خالد العمري
Syrisch-Deutsche Brücke Münster e.V.
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Change (en): switch AG 3 -> AG 1 and grow 2 -> 3 in one mail; Gmail reply in English.

OWUSU_TEXT = """Dear MSO team,

a small change to our registration please: we would like to switch to workgroup 1 (education system) instead of 3, as our new project is about homework support for children. Also we will be three people now – my colleague Efua Boateng will join us.

Thank you very much!
Abena Owusu
Ghanaian Women's Association Münster"""

OWUSU_ATTR = f"On Thu, 4 Feb 2027 at 08:33, {MSO_NAME} <{MSO}> wrote:"


@mail("owusu-english-switch-and-three", "2027-02-20 11:11:58",
      E("change", "abena.owusu@mail.example", "Abena Owusu",
        "Ghanaian Women's Association Münster", ["AG1"], 3, "en"), "en")
def _(m):
    conf = bot_id("20270204083316", "5d07")
    quoted = confirmation("Frau Owusu", "AG3", 2)
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD5tY8nQ2wR6vM0kX3pL7sB1dF9gH4jZ8cE2oU6iA0rT4qW7ym@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(OWUSU_TEXT, OWUSU_ATTR, quoted),
                  gmail_html(OWUSU_TEXT, OWUSU_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# New registration (de) after her own earlier cancellation (not in this set): "wieder anmelden", AG 3, alone.

@mail("gueler-schmitz-wieder-anmelden", "2027-02-21 20:30:06",
      E("registration", "a.gueler-schmitz@webmail.example", "Ayşe Güler-Schmitz",
        "Deutsch-Türkischer Frauentreff Kinderhaus", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Ayşe Güler-Schmitz", "a.gueler-schmitz@webmail.example", "utf-8", "q")),
           ("To", MSO),
           ("Subject", "Doch wieder Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1c47-9d20-4b6f-a5e3-7c1d9b0f2e68-1771702206114@3c-app-webde-bap51>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

ich hatte Ihnen am 9. Februar abgesagt, weil ich an dem Samstag arbeiten sollte. Jetzt hat eine Kollegin meinen Dienst übernommen und ich habe doch frei!

Deshalb möchte ich mich hiermit wieder anmelden, gerne wie vorher für die AG 3 (Vereinsmanagement). Ich komme alleine.

Viele Grüße
Ayşe Güler-Schmitz
Deutsch-Türkischer Frauentreff Kinderhaus
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# New registration (de) replying to the list reminder that names all AGs: AG 1 else AG 2, two persons; Outlook windows-1252.

YAVUZ_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

danke für die Erinnerung! Für das Quartiersmanagement Berg Fidel melden wir uns gerne an: meine Kollegin Frau Brandt und ich, also 2 Personen.
Erstwunsch wäre die AG 1, falls dort nichts mehr frei ist, gerne die AG 2.

Mit freundlichen Grüßen
Leyla Yavuz

Quartiersmanagement Berg Fidel
Stadtteilbüro, Hogenbergstraße 40, 48153 Münster
Tel. 0251 / 62 09 88 1"""


@mail("yavuz-reply-list-reminder-outlook", "2027-02-22 10:47:19",
      E("registration", "leyla.yavuz@qm-bergfidel.example", "Leyla Yavuz",
        "Quartiersmanagement Berg Fidel", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Yavuz, Leyla" <leyla.yavuz@qm-bergfidel.example>'),
           ("To", TO_MSO),
           ("Subject", fold("Subject", "AW: " + ew(LIST_REMINDER_SUBJECT, "windows-1252", "q"))),
           ("Thread-Topic", ew(LIST_REMINDER_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AQHbhRx0aP4kW2mV7qN9tL1sY5cZ3gAB7dEf"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841A5C2E7F04B93@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("References", LIST_REMINDER_ID),
           ("In-Reply-To", LIST_REMINDER_ID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Montag, 22. Februar 2027 10:00",
             "Verteiler MSO <verteiler-mso@muenster.example>",
             LIST_REMINDER_SUBJECT, LIST_REMINDER)
    m.alternative(outlook_plain(YAVUZ_TEXT, quote), outlook_html(YAVUZ_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# New registration (ru) replying to the list reminder: "меня и моего мужа" = 2, "третью рабочую группу" = AG 3.

WOLF_TEXT = """Здравствуйте!

Спасибо за напоминание. Зарегистрируйте, пожалуйста, меня и моего мужа Андрея на День организаций мигрантов 13 марта. Мы бы хотели в третью рабочую группу (Förderungsmöglichkeiten und effektives Vereinsmanagement) – у нас маленький родительский клуб, и нам очень нужны советы по финансированию.

Наш клуб: Elternverein „Mostik“ e.V.

С уважением,
Ирина Вольф"""

WOLF_ATTR = f"пн, 22 февр. 2027 г. в 10:00, {MSO_NAME} <{MSO}>:"


@mail("wolf-russian-reply-list-reminder", "2027-02-22 13:20:44",
      E("registration", "irina.wolf@mail.example", "Ирина Вольф",
        "Elternverein „Mostik“ e.V.", ["AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Wolf <irina.wolf@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + LIST_REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM7wS1pK4vQ8tX2nR6zL0dB3fG9hJ5yC1uE7oA4iN8rT2qW6sv@mail.gmail.example>"),
           ("In-Reply-To", LIST_REMINDER_ID),
           ("References", LIST_REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(WOLF_TEXT, WOLF_ATTR, LIST_REMINDER),
                  gmail_html(WOLF_TEXT, WOLF_ATTR, LIST_REMINDER),
                  charset="utf-8", cte="base64", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Cancellation (uk) of the whole registration; Gmail in Ukrainian, Cyrillic signature and association.

HRYTSENKO_TEXT = """Добрий день!

На жаль, ми змушені скасувати нашу реєстрацію на 13 березня. Саме на цей день нашу громаду запросили на благодійний концерт у Дортмунді, і всі наші волонтери будуть там.

Дякуємо за розуміння і бажаємо гарного заходу!

З повагою,
Олена Гриценко
Українська громада «Калина» Мюнстер"""

HRYTSENKO_ATTR = f"пн, 8 лют. 2027 р. о 12:02 {MSO_NAME} <{MSO}> пише:"


@mail("hrytsenko-ukrainian-cancel", "2027-02-22 17:05:30",
      E("cancellation", "olena.hrytsenko@mail.example", "Олена Гриценко",
        "Українська громада «Калина» Мюнстер", [], None, "uk"), "uk")
def _(m):
    conf = bot_id("20270208120215", "a2c9")
    quoted = confirmation("Frau Hrytsenko", "AG1", 2)
    m.head(("From", "Olena Hrytsenko <olena.hrytsenko@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1vB6nT3wQ9rX5mP2sL8dF7gH0yZ4cJ6uE3oA1iR9tQ5wN2kd@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(HRYTSENKO_TEXT, HRYTSENKO_ATTR, quoted),
                  gmail_html(HRYTSENKO_TEXT, HRYTSENKO_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# New registration (de) in a Gmail forward of the chairman's forward of the list reminder; AG 2, one person.

NOURI_TEXT = """Hallo,

unser Vorsitzender hat mir Ihre Erinnerung weitergeleitet. Ich möchte mich gerne für den MSO-Tag anmelden:

Ahmad Nouri
Afghanischer Kulturverein Münster e.V.
AG 2 (Zukunftsprozess)
1 Person

Viele Grüße
Ahmad Nouri"""

NOURI_FWD = f"""---------- Forwarded message ---------
Von: Wahid Sharifi <vorstand@afghanischer-kulturverein.example>
Date: Mo., 22. Feb. 2027 um 18:14 Uhr
Subject: WG: {LIST_REMINDER_SUBJECT}
To: ahmad.nouri@mail.example <ahmad.nouri@mail.example>


Salam Ahmad,

kannst du da hingehen? Ich habe an dem Samstag Dienst. Melde dich einfach direkt bei denen an.

Gruß
Wahid

Von: {TO_MSO}
Gesendet: Montag, 22. Februar 2027 10:00
An: vorstand@afghanischer-kulturverein.example
Betreff: {LIST_REMINDER_SUBJECT}

{LIST_REMINDER}"""


@mail("nouri-forwarded-reminder", "2027-02-23 09:30:02",
      E("registration", "ahmad.nouri@mail.example", "Ahmad Nouri",
        "Afghanischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Nouri <ahmad.nouri@mail.example>"),
           ("To", MSO),
           ("Subject", fold("Subject", "Fwd: WG: " + ew(LIST_REMINDER_SUBJECT, "utf-8", "q"))),
           ("Date", m.date),
           ("Message-ID", "<CAP4qR7tW1yX5vK9mN3sB6dF2gJ8hZ0cL4uE9oA7iT3rV1qW5zf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NOURI_TEXT}\n\n{NOURI_FWD}\n"
    html_text = (gmail_html(NOURI_TEXT).rstrip("\n")
                 + "<br><div class=\"gmail_quote\">"
                 + "<br>".join(esc(line) for line in NOURI_FWD.split("\n"))
                 + "</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Change (ar): one delegate ill, 3 -> 2, same AG; Gmail in Arabic, RTL HTML, UTF-8 base64.

MANSOUR_TEXT = """مرحباً،

للأسف أحد أعضاء وفدنا مريض منذ أسبوع ولن يتمكن من الحضور يوم ١٣ مارس. لذلك سنحضر شخصين فقط بدلاً من ثلاثة، في نفس مجموعة العمل.

مع الشكر والتقدير
رشا منصور"""

MANSOUR_ATTR = (f"في الثلاثاء، 9 فبراير 2027 في 7:45 م تمت كتابة ما يلي بواسطة "
                f"{MSO_NAME} <{MSO}>:")


@mail("mansour-arabic-ill-three-to-two", "2027-02-23 15:12:39",
      E("change", "rasha.mansour@mail.example", "رشا منصور", None, [], 2, "ar"), "ar")
def _(m):
    conf = bot_id("20270209194522", "3fe6")
    quoted = confirmation("Frau Mansour", "AG2", 3)
    m.head(("From", "Rasha Mansour <rasha.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN9xT4pW7qR2vM6kL1sB5dF8gH3yZ0cJ7uE4oA2iQ6rT9wX1mb@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(MANSOUR_TEXT, MANSOUR_ATTR, quoted),
                  gmail_html(MANSOUR_TEXT, MANSOUR_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# New registration (pl): "Przyjdziemy we dwie" = 2, "grupa robocza nr 1"; iso-8859-2 QP.

@mail("kowalczyk-polish-we-dwie", "2027-02-24 08:40:15",
      E("registration", "m.kowalczyk@szkola-sobotnia.example", "Magdalena Kowalczyk",
        "Polska Szkoła Sobotnia w Münster", ["AG1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Magdalena Kowalczyk <m.kowalczyk@szkola-sobotnia.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie – Tag der Migrantenselbstorganisationen", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<5c0f27a1e94b3d68.1771918815@poczta.szkola-sobotnia.example>"),
           ("X-Mailer", "Poczta 4.12"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migrantów (Tag der Migrantenselbstorganisationen) 13 marca 2027.
Przyjdziemy we dwie: ja i nasza nauczycielka, Pani Ewa Lis.
Interesuje nas grupa robocza nr 1 (system edukacji / Bildungssystem).

Pozdrawiam serdecznie
Magdalena Kowalczyk
Polska Szkoła Sobotnia w Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Cancellation (de) by an association's chairwoman (general assembly); her deputy registers anew in 036.

DEMIR_TEXT = """Sehr geehrtes Team,

leider müssen wir unsere Anmeldung für den 13. März zurückziehen. Unser Verein hat an genau diesem Samstag seine Jahreshauptversammlung, die lässt sich nicht mehr verschieben.

Falls sich bei uns noch etwas ändert, melden wir uns wieder.

Mit freundlichen Grüßen
Gülşen Demir
1. Vorsitzende
Deutsch-Kurdischer Elternverein Münster e.V."""

DEMIR_ATTR = f"Am Do., 21. Jan. 2027 um 10:16 Uhr schrieb {MSO_NAME} <{MSO}>:"


@mail("demir-verein-zieht-zurueck", "2027-02-24 12:05:51",
      E("cancellation", "guelsen.demir@dkev-muenster.example", "Gülşen Demir",
        "Deutsch-Kurdischer Elternverein Münster e.V.", [], None, "de"), "de")
def _(m):
    conf = bot_id("20270121101633", "0b74")
    quoted = confirmation("Frau Demir", "AG1", 3)
    m.head(("From", addr("Gülşen Demir", "guelsen.demir@dkev-muenster.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB2wR8tK5vQ1pX7nM4sL9dF3gH6yZ0cJ2uE8oA5iT1rV7qW3pj@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(DEMIR_TEXT, DEMIR_ATTR, quoted),
                  gmail_html(DEMIR_TEXT, DEMIR_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Question (ru) from a registered person (certificate, parking), numbered list is no AG choice; Yandex-style quote, 8bit.

@mail("schneider-russian-question-certificate", "2027-02-24 19:55:08",
      E("question", "t.schneider@mail.example", "Татьяна Шнайдер", None, [], None, "ru"), "ru")
def _(m):
    conf = bot_id("20270210152004", "d611")
    quoted = confirmation("Frau Schneider", "AG2", 1)
    m.head(("From", addr("Татьяна Шнайдер", "t.schneider@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4417381771959308@mail-sas-31.mail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "Yamail 5.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

Спасибо за подтверждение. У меня два вопроса:
1. Будет ли выдаваться справка об участии (Teilnahmebescheinigung)? Она нужна мне для работодателя.
2. Есть ли рядом со Stadtweinhaus парковка, или лучше ехать на автобусе?

Заранее спасибо!
Татьяна Шнайдер

10.02.2027, 15:20, "{MSO_NAME}" <{MSO}>:
{gt_quote(quoted)}
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# New registration (es): "Iré sola", "grupo de trabajo 3"; Apple Mail alternative, iso-8859-1 display name.

FERNANDEZ_TEXT = """Hola:

Me gustaría inscribirme en el Día de las Organizaciones de Migrantes (Tag der Migrantenselbstorganisationen) del 13 de marzo.
Iré sola, en representación de la Asociación Latinoamericana de Münster.
Me interesa el grupo de trabajo 3, sobre financiación y gestión de asociaciones.

Muchas gracias y un saludo cordial,
Lucía Fernández Ortega"""


@mail("fernandez-spanish-apple", "2027-02-25 11:02:36",
      E("registration", "lucia.fernandez@mail.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster", ["AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@mail.example", "iso-8859-1", "q")),
           ("Subject", ew("Inscripción – 13 de marzo", "utf-8", "q")),
           ("Message-Id", "<B7E2A9C4-5D1F-4E83-A06B-9C3F7D2E1A58@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(FERNANDEZ_TEXT, apple_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# Change (de) that drops only the second choice (AG 3 + Zweitwunsch AG 1 -> AG 3 only); GMX quote block.

@mail("uenlue-zweitwunsch-streichen", "2027-02-25 16:30:22",
      E("change", "hatice.uenlue@gmx-mail.example", "Hatice Ünlü",
        "Internationaler Frauentreff Gievenbeck", ["AG3"], None, "de"), "de")
def _(m):
    conf = bot_id("20270212090738", "62aa")
    quoted = confirmation("Frau Ünlü", "AG3", 1, second="AG1")
    m.head(("From", addr("Hatice Ünlü", "hatice.uenlue@gmx-mail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-b21f6d08-4c7e-49a3-8e15-d0a9c3f7b264-1772033422518@3c-app-gmx-bs63>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

Sie haben mich für die AG 3 eingetragen und als Zweitwunsch die AG 1 notiert. Bitte streichen Sie den Zweitwunsch – ich möchte nur in die AG 3. Wenn die voll wird, komme ich einfach nur zum Vormittagsprogramm.

Vielen Dank!
Hatice Ünlü
Internationaler Frauentreff Gievenbeck


Gesendet: Freitag, 12. Februar 2027 um 09:07 Uhr
Von: "{MSO_NAME}" <{MSO}>
An: hatice.uenlue@gmx-mail.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# New registration (fr) replying to the list reminder: "atelier II" (Roman numeral), two persons; Gmail in French.

DIOP_TEXT = """Bonjour Madame,

Merci pour le rappel. Je souhaite nous inscrire à la journée du 13 mars : nous serons deux personnes de l'Association des Sénégalais de Münster, mon collègue Ousmane Fall et moi-même.
Nous aimerions participer à l'atelier II (l'avenir de Münster / Zukunftsprozess).

Bien cordialement,
Aminata Diop
Association des Sénégalais de Münster"""

DIOP_ATTR = f"Le lun. 22 févr. 2027 à 10:00, {MSO_NAME} <{MSO}> a écrit :"


@mail("diop-french-atelier-ii", "2027-02-26 09:18:04",
      E("registration", "aminata.diop@mail.example", "Aminata Diop",
        "Association des Sénégalais de Münster", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Aminata Diop <aminata.diop@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + LIST_REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG6vN1tQ8wR3pX9kM5sL2dB7fH4yZ0cJ1uE6oA8iT2rV4qW9ue@mail.gmail.example>"),
           ("In-Reply-To", LIST_REMINDER_ID),
           ("References", LIST_REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(DIOP_TEXT, DIOP_ATTR, LIST_REMINDER),
                  gmail_html(DIOP_TEXT, DIOP_ATTR, LIST_REMINDER),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Cancellation (en), indirect ("it won't work out for us this time"); Outlook in English, windows-1252.

MEKONNEN_TEXT = """Dear Ms Meza Correa-Flock,

I'm afraid it won't work out for us this time. Our community's general assembly has been moved to 13 March, and my colleague and I are both needed there.

We hope there will be another chance next year. Good luck with the event!

Best regards,
Daniel Mekonnen
Ethiopian Community Münster e.V."""


@mail("mekonnen-english-wont-work-out", "2027-02-26 14:44:50",
      E("cancellation", "daniel.mekonnen@ecm-muenster.example", "Daniel Mekonnen",
        "Ethiopian Community Münster e.V.", [], None, "en"), "en")
def _(m):
    conf = bot_id("20270118165520", "9c3d")
    m.head(("From", "Daniel Mekonnen <daniel.mekonnen@ecm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbaV3m8K1pT6wQ2xN9vR4sL7yZ0cAAk2Pq"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB6390D2B8E4A1F7C3@VI1PR06MB6390.eurprd06.prod.outlook.example>"),
           ("References", conf),
           ("In-Reply-To", conf),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "18 January 2027 16:55",
             "Daniel Mekonnen <daniel.mekonnen@ecm-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Mekonnen", "AG2", 2))
    m.alternative(outlook_plain(MEKONNEN_TEXT, quote, labels="en"),
                  outlook_html(MEKONNEN_TEXT, quote, labels="en", lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# New registration (de) from a shared association mailbox, no AG chosen yet (workgroups []), two persons; iso-8859-1 8bit.

@mail("el-amrani-shared-mailbox-no-ag", "2027-02-27 10:05:29",
      E("registration", "info@alandalus-muenster.example", "Youssef El Amrani",
        "Kulturverein Al-Andalus Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Kulturverein Al-Andalus <info@alandalus-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270227100529.4F2C81A03B@alandalus-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für den Kulturverein Al-Andalus melden wir zwei Personen zum MSO-Tag am 13. März an: unsere Kassiererin Frau Samira Haddou und mich.
In welche Arbeitsgruppe wir gehen, wissen wir noch nicht, das besprechen wir beim nächsten Vorstandstreffen. Können wir das auch vor Ort entscheiden?

Mit freundlichen Grüßen
Youssef El Amrani
Vorstand
Kulturverein Al-Andalus Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# New registration (de) from the association mailbox with a personal Reply-To; AG 2 only by the alias "Stadtentwicklung".

@mail("hodzic-vereinskonto-reply-to", "2027-02-27 15:30:11",
      E("registration", "amela.hodzic@mail.example", "Amela Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "BHKV Muenster <info@bhkv-muenster.example>"),
           ("Reply-To", addr("Amela Hodžić", "amela.hodzic@mail.example", "utf-8", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung zum Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<e5a90c3b-1f7d-4b26-8c4e-a3d0b7f19e25@bhkv-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Organisationsteam,

ich schreibe vom Vereinskonto, bitte antworten Sie aber an meine private Adresse.
Ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden. Mich interessiert vor allem die Arbeitsgruppe zur Stadtentwicklung – wir wünschen uns seit Jahren einen Raum für unseren Verein in Kinderhaus.

Ich komme alleine.

Viele Grüße
Amela Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# New registration (tr) replying to the list reminder: "3. çalışma grubu ... 1. grup da olur" = AG 3, AG 1; iso-8859-9 QP.

@mail("yuecel-turkish-reply-list-reminder", "2027-02-28 21:40:37",
      E("registration", "hasan.yucel@alevi-muenster.example", "Hasan Yücel",
        "Münster Alevi Kültür Merkezi", ["AG3", "AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hasan Yücel", "hasan.yucel@alevi-muenster.example", "iso-8859-9", "q")),
           ("To", TO_MSO),
           ("Subject", fold("Subject", "Re: " + ew(LIST_REMINDER_SUBJECT, "iso-8859-9", "q"))),
           ("Date", m.date),
           ("Message-ID", "<9b4e2d71-0a3c-4f58-b6e1-c7d2f08a5e39@alevi-muenster.example>"),
           ("In-Reply-To", LIST_REMINDER_ID),
           ("References", LIST_REMINDER_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

hatırlatma için teşekkürler. 13 Mart'a ben katılmak istiyorum, tek kişi.
Tercihim 3. çalışma grubu (Förderung / Vereinsmanagement), orada yer kalmadıysa 1. grup da olur.

Saygılarımla
Hasan Yücel
Münster Alevi Kültür Merkezi

22.02.2027 10:00 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(LIST_REMINDER)}
""", charset="iso-8859-9", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change (fa) from the waiting list of AG 2 to AG 3; Gmail in Persian quoting the German waiting-list notice.

ROSTAMI_TEXT = """سلام،

ممنون از پیام شما. حالا که گروه کاری ۲ پر است، لطفاً ما را از لیست انتظار خارج کنید و در گروه کاری ۳ (Förderungsmöglichkeiten und effektives Vereinsmanagement) ثبت‌نام کنید. موضوع این گروه هم برای انجمن ما خیلی مفید است.

با تشکر
فرشته رستمی"""

ROSTAMI_ATTR = f"در تاریخ جمعه ۲۶ فوریهٔ ۲۰۲۷ ساعت ۱۶:۴۸ {MSO_NAME} <{MSO}> نوشت:"


@mail("rostami-farsi-waitlist-to-ag3", "2027-03-01 08:30:16",
      E("change", "fereshteh.rostami@mail.example", "فرشته رستمی", None,
        ["AG3"], None, "fa"), "fa")
def _(m):
    conf = bot_id("20270226164805", "b7d2")
    quoted = waitlist("Frau Rostami", "AG2", 2)
    m.head(("From", "Fereshteh Rostami <fereshteh.rostami@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3pT9wQ6vR1nX4kM8sL5dB2fG7yZ0cJ9uE1oA3iR6tV8qW2nc@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ROSTAMI_TEXT, ROSTAMI_ATTR, quoted),
                  gmail_html(ROSTAMI_TEXT, ROSTAMI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# New registration (de) with the AG only as its full title in typographic quotes; Outlook HTML only, disclaimer.

WESSENDORF_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für die Volkshochschule Münster verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Ich würde gerne an der Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“ teilnehmen.

Mit freundlichen Grüßen

Cornelia Wessendorf
Fachbereichsleitung Deutsch als Zweitsprache
Volkshochschule Münster
Am Ludgeriplatz 5, 48151 Münster

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("wessendorf-outlook-html-title-only", "2027-03-01 12:10:44",
      E("registration", "c.wessendorf@vhs-muenster.example", "Cornelia Wessendorf",
        "Volkshochschule Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Wessendorf, Cornelia" <c.wessendorf@vhs-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AduL8f3kR2mQ7vW1xN5tY9pZ4sC6bg=="),
           ("Date", m.date),
           ("Message-ID", "<7b3e9f1a2c4d4e60@EXCH03.vhs-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WESSENDORF_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# New registration (en) of another person (youth coordinator) who comes alone, confirmation to his address.

@mail("akhtar-registers-youth-coordinator", "2027-03-02 09:45:23",
      E("registration", "tariq.mahmood@pca-muenster.example", "Tariq Mahmood",
        "Pakistani Community Association Muenster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Nasreen Akhtar <nasreen.akhtar@pca-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day - Tariq Mahmood"),
           ("Date", m.date),
           ("Message-ID", "<1772441123.3391.yahoo-mail@pca-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

on behalf of the Pakistani Community Association Muenster I would like to register our youth coordinator, Mr Tariq Mahmood, for the MSO Day on 13 March. He is interested in the first workgroup (education system).

He will come alone, I unfortunately cannot attend myself. Could you please send the confirmation directly to him at tariq.mahmood@pca-muenster.example?

Many thanks,
Nasreen Akhtar
General Secretary
Pakistani Community Association Muenster
""", charset="us-ascii", cte="7bit")


# -- 031 ---------------------------------------------------------------------
# New registration (fa) replying to the list reminder: "من و همسرم" = 2, "گروه کاری اول" = AG 1; two children are not attendees.

RAHMANI_TEXT = """با سلام و احترام،

از یادآوری شما متشکرم. من و همسرم مایلیم در روز سازمان‌های مهاجران در ۱۳ مارس شرکت کنیم.
ما گروه کاری اول (آموزش – Bildungssystem) را انتخاب می‌کنیم، چون دو فرزند در مدرسه داریم و در انجمن والدین فعال هستیم.

با احترام
حمید رحمانی
انجمن والدین افغان و ایرانی مونستر"""

RAHMANI_ATTR = f"در تاریخ دوشنبه ۲۲ فوریهٔ ۲۰۲۷ ساعت ۱۰:۰۰ {MSO_NAME} <{MSO}> نوشت:"


@mail("rahmani-farsi-reply-list-reminder", "2027-03-02 20:10:57",
      E("registration", "hamid.rahmani@mail.example", "حمید رحمانی",
        "انجمن والدین افغان و ایرانی مونستر", ["AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Rahmani <hamid.rahmani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + LIST_REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE7nR2tW9qX4vK1mP6sB3dF8gJ5hZ0cL2uE4oA9iT7rV1qW6rh@mail.gmail.example>"),
           ("In-Reply-To", LIST_REMINDER_ID),
           ("References", LIST_REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(RAHMANI_TEXT, RAHMANI_ATTR, LIST_REMINDER),
                  gmail_html(RAHMANI_TEXT, RAHMANI_ATTR, LIST_REMINDER, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Change (it) to AG 1 with a fallback to the current AG 3 ("rimango volentieri nel 3"); Gmail in Italian.

ROMANO_TEXT = """Buongiorno,

vorrei cambiare gruppo di lavoro: invece del gruppo 3 preferirei partecipare al gruppo 1 (sistema educativo), perché nel frattempo abbiamo avviato un doposcuola per i bambini della nostra comunità. Se il gruppo 1 è già pieno, rimango volentieri nel 3.

Grazie mille e cordiali saluti,
Giulia Romano
Comunità Italiana di Münster"""

ROMANO_ATTR = (f"Il giorno gio 11 feb 2027 alle ore 10:14 {MSO_NAME} <{MSO}> "
               "ha scritto:")


@mail("romano-italian-switch-with-fallback", "2027-03-03 10:15:33",
      E("change", "giulia.romano@mail.example", "Giulia Romano",
        "Comunità Italiana di Münster", ["AG1", "AG3"], None, "it"), "it")
def _(m):
    conf = bot_id("20270211101447", "8e1b")
    quoted = confirmation("Frau Romano", "AG3", 1)
    m.head(("From", "Giulia Romano <giulia.romano@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF1tQ5wR8vX2nM7kP4sL0dB9fG3yZ6cJ1uE5oA2iT8rV3qW7pg@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(ROMANO_TEXT, ROMANO_ATTR, quoted),
                  gmail_html(ROMANO_TEXT, ROMANO_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# New registration (pt, Brazilian): "Seremos três pessoas", "grupo de trabalho 2"; Yahoo Mail for Android, base64.

COSTA_TEXT = """Olá,

Gostaria de inscrever a nossa associação no Dia das Organizações de Migrantes, no dia 13 de março.
Seremos três pessoas: eu, meu marido e uma amiga da associação.
Escolhemos o grupo de trabalho 2 (o futuro de Münster – Zukunftsprozess).

Obrigada e um abraço,
Mariana Costa Silva
Associação Cultural Brasileira em Münster

Enviado do Yahoo Mail para Android"""


@mail("costa-silva-portuguese-yahoo", "2027-03-03 15:50:12",
      E("registration", "mariana.costasilva@yahoo-mail.example", "Mariana Costa Silva",
        "Associação Cultural Brasileira em Münster", ["AG2"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Mariana Costa Silva <mariana.costasilva@yahoo-mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscrição – Dia das Organizações de Migrantes", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1287654321.2204817.1772549412345@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailAndroid"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp-android\">"
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>"
                           for line in COSTA_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(COSTA_TEXT, html_text, charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Change (tr): group grows 2 -> 4, AG unchanged; Outlook in Turkish (YNT:, Kimden:/Gönderildi:), UTF-8 QP.

OZKAN_TEXT = """Merhaba,

kaydımızla ilgili küçük bir değişiklik: derneğimizden iki kişi daha katılmak istiyor. Yani 2 değil, toplam 4 kişi geleceğiz. Çalışma grubu aynı kalsın.

Teşekkürler,
Murat Özkan
Münster Türk Veliler Birliği"""


@mail("oezkan-turkish-two-to-four", "2027-03-04 09:00:48",
      E("change", "murat.ozkan@veliler-muenster.example", "Murat Özkan",
        "Münster Türk Veliler Birliği", [], 4, "tr"), "tr")
def _(m):
    conf = bot_id("20270215132209", "f4e0")
    m.head(("From", addr("Murat Özkan", "murat.ozkan@veliler-muenster.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "YNT: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbf5Wq3N8kT2vR6mX1pL9sY4cZ7wAC0eRt"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742B9E05C7A2D46@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("References", conf),
           ("In-Reply-To", conf),
           ("Accept-Language", "tr-TR, de-DE"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "15 Şubat 2027 Pazartesi 13:22",
             "Murat Özkan <murat.ozkan@veliler-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Özkan", "AG1", 2))
    m.alternative(outlook_plain(OZKAN_TEXT, quote, labels="tr"),
                  outlook_html(OZKAN_TEXT, quote, labels="tr", charset="utf-8", lang="TR"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# New registration (ar): "سأحضر وحدي" = 1, "الثالثة" = AG 3; windows-1256 QP, Arabic association name.

@mail("saleh-arabic-windows-1256", "2027-03-04 16:25:09",
      E("registration", "fadi.saleh@mail.example", "فادي صالح",
        "النادي الثقافي العراقي في مونستر", ["AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Fadi Saleh <fadi.saleh@mail.example>"),
           ("To", MSO),
           ("Subject", ew("التسجيل في يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000f01db8d21$5a3c7e10$0eb56a30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-iq"),
           ("MIME-Version", "1.0"))
    m.single("""تحية طيبة وبعد،

أود التسجيل في يوم منظمات المهاجرين الذاتية الذي سيُعقد يوم السبت 13 مارس في Stadtweinhaus.
سأحضر وحدي، وأرغب في المشاركة في مجموعة العمل الثالثة (التمويل وإدارة الجمعيات).

مع خالص التحيات
فادي صالح
النادي الثقافي العراقي في مونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# New registration (de) a week and a half after the association's cancellation (019), by its deputy chair; two persons, AG 1.

ASLAN_TEXT = """Sehr geehrte Damen und Herren,

unsere Vorsitzende Frau Demir hatte vor gut einer Woche die Anmeldung unseres Vereins zurückgezogen, weil unsere Jahreshauptversammlung auf den 13. März gefallen war. Die Versammlung ist jetzt auf den 20. März verschoben worden, und mein Kollege Serhat Yıldız und ich können doch kommen.

Wir möchten uns deshalb neu anmelden, für 2 Personen, am liebsten wieder in der AG 1 (Bildung).

Viele Grüße
Rojin Aslan
stellv. Vorsitzende
Deutsch-Kurdischer Elternverein Münster e.V."""


@mail("aslan-neu-anmeldung-nach-absage", "2027-03-05 11:40:26",
      E("registration", "rojin.aslan@dkev-muenster.example", "Rojin Aslan",
        "Deutsch-Kurdischer Elternverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rojin Aslan <rojin.aslan@dkev-muenster.example>"),
           ("To", MSO),
           ("Subject", "Neue Anmeldung Deutsch-Kurdischer Elternverein"),
           ("Date", m.date),
           ("Message-ID", "<CAK4rW9tQ2vX7nM1pL5sB8dF3gH6yZ0cJ4uE9oA1iT5rV2qW8tk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ASLAN_TEXT, gmail_html(ASLAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Question (de) from a person on the waiting list: is a place free yet? No withdrawal; Thunderbird flowed.

@mail("huesing-warteliste-nachfrage", "2027-03-05 19:05:14",
      E("question", "benedikt.huesing@nija-muenster.example", "Benedikt Hüsing",
        "Netzwerk Interkulturelle Jugendarbeit Münster", [], None, "de"), "de")
def _(m):
    conf = bot_id("20270227113002", "2d95")
    m.head(("From", addr("Benedikt Hüsing", "benedikt.huesing@nija-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3c71e9a4-5d02-4b8f-a6e3-9f14c2d07b58@nija-muenster.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich stehe seit dem 27. Februar auf der Warteliste für die AG 2. Gibt es
inzwischen schon absehbar einen freien Platz? Ich frage, weil ich sonst
für den Samstag etwas anderes zusage – dann wäre es mir lieb, das bis
Mitte nächster Woche zu wissen.

Danke und schöne Grüße
Benedikt Hüsing
Netzwerk Interkulturelle Jugendarbeit Münster

Am 27.02.27 um 11:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(waitlist("Herr Hüsing", "AG2", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 038 ---------------------------------------------------------------------
# Auto reply: Exchange out-of-office to the 7-day reminder (Auto-Submitted: auto-generated).

OVERBECK_OOF = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10. März 2027 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Tekin unter jmd@jmd-muenster.example.

Mit freundlichen Grüßen
Frank Overbeck
Jugendmigrationsdienst Münster"""


@mail("overbeck-out-of-office-reminder", "2027-03-06 10:00:41",
      E("auto_reply"), "de")
def _(m):
    rem = bot_id("20270306100003", "r7c1")
    m.head(("From", '"Overbeck, Frank" <frank.overbeck@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + ew(REMINDER7_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", ew(REMINDER7_SUBJECT, "utf-8", "q")),
           ("Thread-Index", "AQHbjo5xK2mP8vT1wQ4nR7sL0yZ3cA=="),
           ("Date", m.date),
           ("Message-ID", "<e2b84f1c9a7d4c35@EXCH01.jmd-muenster.example>"),
           ("In-Reply-To", rem),
           ("References", rem),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "frank.overbeck@jmd-muenster.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(OVERBECK_OOF, outlook_html(OVERBECK_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Bounce: Postfix DSN, mailbox full (5.2.2), the 7-day reminder returned as message/rfc822.

def _korkmaz_reminder():
    inner = EmailMessage(policy=POLICY)
    inner["From"] = TO_MSO
    inner["To"] = "Selin Korkmaz <s.korkmaz@korkmaz-familie.example>"
    inner["Subject"] = REMINDER7_SUBJECT
    inner["Date"] = "Sat, 06 Mar 2027 10:00:05 +0100"
    inner["Message-ID"] = bot_id("20270306100005", "r7d4")
    inner["Auto-Submitted"] = "auto-generated"
    inner["MIME-Version"] = "1.0"
    inner.set_content(reminder7("Frau Korkmaz", "AG3", 2), charset="utf-8",
                      cte="quoted-printable")
    return inner


@mail("postfix-bounce-mailbox-full", "2027-03-06 10:01:02",
      E("bounce", bounced="s.korkmaz@korkmaz-familie.example"), "en")
def _(m):
    rcpt = "s.korkmaz@korkmaz-familie.example"
    m.head(("From", "MAILER-DAEMON@mx.korkmaz-familie.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270306090102.7A3F21C04E@mx.korkmaz-familie.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.korkmaz-familie.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: maildir delivery failed: Mailbox full (quota exceeded)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.korkmaz-familie.example"),
         ("X-Postfix-Queue-ID", "7A3F21C04E"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "X-Postfix; maildir delivery failed: Mailbox full (quota exceeded)")])
    inner = _korkmaz_reminder()
    m.multi("report", [note, dsn, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Cancellation (fr) replying to the 7-day reminder, place to the waiting list; iPhone in French.

@mail("mbala-french-cancel-reply-reminder", "2027-03-06 13:27:45",
      E("cancellation", "jb.mbala@mail.example", "Jean-Baptiste Mbala",
        "Communauté Congolaise de Münster", [], None, "fr"), "fr")
def _(m):
    rem = bot_id("20270306100011", "r7e9")
    quoted = (f"Le 6 mars 2027 à 10:00, {MSO_NAME} <{MSO}> a écrit :\n\n"
              + reminder7("Herr Mbala", "AG1", 1))
    m.head(("From", "Jean-Baptiste Mbala <jb.mbala@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(REMINDER7_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<8E1D5A7C-3B29-4F60-A4C8-2D7E9B0F6A13@mail.example>"),
           ("In-Reply-To", rem),
           ("References", rem),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Merci pour le rappel. Malheureusement, je ne pourrai pas venir samedi prochain : mon père vient d'être hospitalisé à Kinshasa et je pars demain soir.
Je vous prie donc d'annuler mon inscription et de donner ma place à quelqu'un sur la liste d'attente.

Cordialement,
Jean-Baptiste Mbala
Communauté Congolaise de Münster

Envoyé de mon iPhone

{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation (tr): withdraws from the waiting list ("beni bekleme listesinden çıkarın"); iPhone in Turkish.

@mail("aktas-turkish-off-waitlist", "2027-03-07 12:15:39",
      E("cancellation", "derya.aktas@mail.example", "Derya Aktaş", None, [], None, "tr"), "tr")
def _(m):
    conf = bot_id("20270226190317", "6ac8")
    quoted = (f"26 Şub 2027 tarihinde 19:03 saatinde, {MSO_NAME} <{MSO}> şunu yazdı:\n\n"
              + waitlist("Frau Aktaş", "AG2", 1))
    m.head(("From", addr("Derya Aktaş", "derya.aktas@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + WAITLIST_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F4A2C9E7-6D13-4B85-9E0A-7C5B3D1F8A26@mail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

bekleme listesindeyim ama 13 Mart'ta başka bir işim çıktı, gelemeyeceğim. Lütfen beni bekleme listesinden çıkarın, yerimi başka birine verebilirsiniz.

İyi çalışmalar
Derya Aktaş

iPhone'umdan gönderildi

{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# New registration (de) after the 6 March deadline, "falls noch ein Platz frei ist", AG 3, alone.

@mail("tran-nach-anmeldeschluss", "2027-03-08 09:05:52",
      E("registration", "hoa.tran@vgm-muenster.example", "Hoa Tran",
        "Vietnamesische Gemeinde Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hoa Tran <hoa.tran@vgm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ2sV7tQ4wX9nM3pK6sL1dB8fG5yZ0cJ3uE7oA4iR2tV9qW5hq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich weiß, die Anmeldefrist war am Samstag. Ich habe Ihre Einladung leider erst jetzt von unserem Vorstand weitergeleitet bekommen. Falls noch ein Platz frei ist, melde ich mich hiermit für die AG 3 an, ich käme allein.

Mit freundlichen Grüßen
Hoa Tran
Vietnamesische Gemeinde Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Change (de): 2 -> 3 ("zu dritt statt zu zweit") with a question attached; Outlook for iOS, mixed-case address, base64.

@mail("nowotny-kaya-zu-dritt-outlook-ios", "2027-03-08 17:40:20",
      E("change", "petra.nowotny-kaya@t-online.example", "Petra Nowotny-Kaya",
        "Deutsch-Türkischer Freundeskreis Angelmodde", [], 3, "de"), "de")
def _(m):
    conf = bot_id("20270216174012", "07fd")
    m.head(("From", "Petra Nowotny-Kaya <Petra.Nowotny-Kaya@T-Online.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbgD7sM4kV1pX9nT2wR6qL8yZ5cA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB42757C1E9B3F2A08@AM0PR09MB4275.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

kleine Änderung: Wir kommen am Samstag zu dritt statt zu zweit. Meine Tochter (17) möchte gerne mit, sie engagiert sich in unserer Jugendgruppe. Ist das ok?

Liebe Grüße
Petra Nowotny-Kaya
Deutsch-Türkischer Freundeskreis Angelmodde

Von Outlook für iOS gesendet
________________________________
Von: {TO_MSO}
Gesendet: Tuesday, February 16, 2027 5:40:12 PM
An: Petra Nowotny-Kaya <Petra.Nowotny-Kaya@T-Online.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Nowotny-Kaya", "AG3", 2)}
""", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# Other: advertising for interpreting equipment naming the event; List-Unsubscribe, Precedence: bulk.

DOLMETSCH_TEXT = """Sehr geehrte Damen und Herren,

Ihre Veranstaltung „Tag der Migrantenselbstorganisationen“ am 13. März steht vor der Tür – sind alle Teilnehmenden sprachlich gut versorgt?

Wir vermieten Dolmetschanlagen (Flüsterkoffer mit bis zu 40 Empfängern) für Workshops und Arbeitsgruppen, inklusive Lieferung und Abholung in Münster.

Nur bis 10. März: 15 % Rabatt mit dem Code MSO15.

Jetzt Angebot anfordern: https://konferenztechnik-westfalen.example/angebot

Konferenztechnik Westfalen GmbH · Hafenweg 22 · 48155 Münster
Sie möchten keine Angebote mehr erhalten? https://konferenztechnik-westfalen.example/abmelden"""

DOLMETSCH_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dolmetschtechnik</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#1d3c6e;color:#fff;font-size:20px;">Konferenztechnik Westfalen</td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren,</p>
<p>Ihre Veranstaltung „Tag der Migrantenselbstorganisationen“ am 13. März steht vor der Tür – sind alle Teilnehmenden sprachlich gut versorgt?</p>
<p>Wir vermieten Dolmetschanlagen (Flüsterkoffer mit bis zu 40 Empfängern) für Workshops und Arbeitsgruppen, inklusive Lieferung und Abholung in Münster.</p>
<p style="font-size:18px;color:#c0392b;"><b>Nur bis 10. März: 15 % Rabatt mit dem Code MSO15.</b></p>
<p><a href="https://konferenztechnik-westfalen.example/angebot" style="background:#1d3c6e;color:#fff;padding:10px 16px;text-decoration:none;">Jetzt Angebot anfordern</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Konferenztechnik Westfalen GmbH · Hafenweg 22 · 48155 Münster<br>
<a href="https://konferenztechnik-westfalen.example/abmelden">Keine Angebote mehr erhalten</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("konferenztechnik-advertising", "2027-03-10 08:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Konferenztechnik Westfalen <angebote@konferenztechnik-westfalen.example>"),
           ("To", MSO),
           ("Subject", ew("Dolmetschtechnik für Ihren MSO-Tag – 15 % Rabatt bis 10. März",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<0107018e2b9c4d51-3a7f2c1e-8b4d-4e69-a0f3-5c2d1e9b7a64-000000@news.konferenztechnik-westfalen.example>"),
           ("List-Unsubscribe", "<https://konferenztechnik-westfalen.example/abmelden?u=mso-tag>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(DOLMETSCH_TEXT, DOLMETSCH_HTML, charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Other: a thank-you replying to the 1-day reminder that changes nothing ("wie angemeldet zu zweit").

AYDEMIR_TEXT = """Hallo,

danke für die Erinnerung! Wir sind morgen wie angemeldet zu zweit da und freuen uns schon.

Bis morgen
Kemal Aydemir
Türkischer Sportverein Hiltrup"""


@mail("aydemir-danke-reminder-other", "2027-03-12 10:32:07",
      E("other"), "de")
def _(m):
    rem = bot_id("20270312100009", "r1b3")
    m.head(("From", '"Aydemir, Kemal" <kemal.aydemir@tsv-hiltrup.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER1_SUBJECT),
           ("Thread-Topic", REMINDER1_SUBJECT),
           ("Thread-Index", "AQHbkz2wP6vK3mT8xQ1nR4sL9yZ7cA=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR04MB9052F3A6C8E1D7B2@GV1PR04MB9052.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", rem),
           ("References", rem),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Freitag, 12. März 2027 10:00",
             "Aydemir, Kemal <kemal.aydemir@tsv-hiltrup.example>",
             REMINDER1_SUBJECT, reminder1("Herr Aydemir", "AG2", 2))
    m.alternative(outlook_plain(AYDEMIR_TEXT, quote), outlook_html(AYDEMIR_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")



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
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
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
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            problems.append("person mail needs an ISO 639-1 language")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def decoded_text(msg):
    """Decoded headers and text of every part (nested messages included)."""
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
    if not (datetime.datetime(2027, 2, 15, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 15 Feb - 12 Mar 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected)
    kind = expected["kind"]
    if kind in PERSON_KINDS:
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        body = "\n".join(g for g in got).lower()
        if expected["email"] not in heads and expected["email"] not in body:
            problems.append("email is neither From/Reply-To nor named in the text")
        if msg.get("Reply-To") and expected["email"] not in body:
            rt = [a.lower() for _, a in getaddresses([str(msg["Reply-To"])])]
            if expected["email"] not in rt:
                problems.append("Reply-To present but email is not the Reply-To")
        for k in ("name", "organisation"):
            if expected[k] and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if not msg.get("In-Reply-To"):
            problems.append("change/cancellation without In-Reply-To")
        if "Angemeldete Personen" not in text:
            problems.append("change/cancellation does not quote the organiser's mail")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def check_set(built, datas):
    """Problems across the whole set."""
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
    ids = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        ids[str(msg["Message-ID"])] += 1
    for i, k in ids.items():
        if k > 1:
            problems.append(f"Message-ID {i} used {k} times")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
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
    for lang in sorted(table, key=lambda x: (-sum(table[x].values()), x)):
        row = ", ".join(f"{k}={table[lang][k]}" for k in KINDS if table[lang][k])
        print(f"  {lang}: {sum(table[lang].values())} ({row})")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print counts")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_set(built, datas):
        print(problem)
        bad += 1
    # expected.json as written must load and match the records
    loaded = json.loads(exp_text)
    if loaded != expected:
        print("expected.json does not round-trip")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
