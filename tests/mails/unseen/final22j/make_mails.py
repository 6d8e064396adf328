#!/usr/bin/env python3
"""Build the corpus "final22j" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Diaspora-Konferenz 2027 – Vereine aus Südosteuropa und dem Kaukasus,
Saturday 16 October 2027, Alte Feuerwache Wuppertal, workshops WS1–WS4.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that
it parses without defects, that each body part decodes to exactly the text
written here, and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

DK = "diaspora-konferenz@wuppertal.example"
DK_NAME = "Diaspora-Konferenz 2027"
TO_DK = f"{DK_NAME} <{DK}>"
INVITATION_ID = "<einladung-diaspora-2027.20270823100012@wuppertal.example>"
REMINDER_ID = "<erinnerung-diaspora-2027.20271009100003@wuppertal.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKSHOPS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "el", "sq", "ka", "hy", "bg", "ro")

CEST = datetime.timezone(datetime.timedelta(hours=2))


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>', a non-ASCII name as RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def indent_quote(text, prefix=" "):
    """Yahoo's plain-text alternative: the quote only indented, no '>'."""
    return "\n".join((prefix + line) if line else "" for line in text.split("\n"))


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
        self.headers_intended = []  # (header, decoded value) for hand-encoded headers
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, relay=None):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8.
        A pair may carry a third item: the decoded value the check expects."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(p[:2] for p in pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", DK)
        if received:
            host = relay or ("mail." + sender.split("@")[1])
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.wuppertal.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{DK}>; {arrival} (CEST)")
        for pair in pairs:
            name, value = pair[:2]
            if len(pair) == 3:
                self.headers_intended.append((name, pair[2]))
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.wuppertal.example"
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
        return self.msg.as_bytes(policy=POLICY)


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

INVITATION_SUBJECT = ("Einladung: Diaspora-Konferenz 2027 – Vereine aus Südosteuropa "
                      "und dem Kaukasus / Invitation")

INVITATION = """Liebe Vertreterinnen und Vertreter der Diaspora-Vereine und -Gemeinden,

wir laden Sie herzlich zur Diaspora-Konferenz 2027 ein – dem ersten
landesweiten Treffen der Vereine aus Südosteuropa und dem Kaukasus in NRW:
griechische, albanische, georgische, armenische, bulgarische, rumänische
und moldauische Gemeinden und alle, die mit ihnen arbeiten.

Datum: Samstag, 16. Oktober 2027, 9:30 bis 17:00 Uhr
Ort:   Alte Feuerwache, Gathe 6, 42107 Wuppertal

Nach den Vorträgen am Vormittag arbeiten wir am Nachmittag in vier
Workshops:

Workshop 1: Herkunftssprachlicher Unterricht und Mehrsprachigkeit
Workshop 2: Kulturerbe bewahren: Feste, Tanz und Erinnerungskultur
Workshop 3: Vereinsfinanzierung und Fördermittel
Workshop 4: Jugend und zweite Generation

Bitte melden Sie sich bis zum 8. Oktober 2027 per E-Mail an
diaspora-konferenz@wuppertal.example an. Nennen Sie uns Ihren Namen, Ihren
Verein bzw. Ihre Gemeinde, den gewünschten Workshop (gern mit Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt.
Reisekosten können wir leider nicht erstatten.

--- English ---
You are warmly invited to the Diaspora Conference 2027 on Saturday,
16 October 2027, 9:30 am to 5 pm, Alte Feuerwache, Wuppertal. Please
register by 8 October 2027 by e-mail to diaspora-konferenz@wuppertal.example
with your name, your association, your preferred workshop (1-4, a second
choice is welcome) and the number of persons. Participation is free.

Mit freundlichen Grüßen / Kind regards

Kommunales Integrationszentrum Wuppertal
i. A. Katharina Oberdick"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Diaspora-Konferenz 2027 / Your registration"
REMINDER_SUBJECT = "Erinnerung: Diaspora-Konferenz 2027 am 16. Oktober"

WS_LINE = {
    "WS1": "Workshop 1 – Herkunftssprachlicher Unterricht und Mehrsprachigkeit",
    "WS2": "Workshop 2 – Kulturerbe bewahren: Feste, Tanz und Erinnerungskultur",
    "WS3": "Workshop 3 – Vereinsfinanzierung und Fördermittel",
    "WS4": "Workshop 4 – Jugend und zweite Generation",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Diaspora-Konferenz 2027 am Samstag,
16. Oktober 2027, 9:30 bis 17:00 Uhr, in der Alten Feuerwache, Gathe 6,
42107 Wuppertal.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Thank you for registering: workshop {ws[-1]}, {persons} person(s). To change
or cancel, simply reply to this e-mail.

Mit freundlichen Grüßen
Diaspora-Konferenz 2027
Kommunales Integrationszentrum Wuppertal"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent on 9 October."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Die Diaspora-Konferenz 2027 findet am
Samstag, 16. Oktober 2027, von 9:30 bis 17:00 Uhr in der Alten Feuerwache,
Gathe 6, 42107 Wuppertal statt.

Ihre Anmeldung:
{WS_LINE[ws]}
Angemeldete Personen: {persons}

Falls Sie nicht kommen können, antworten Sie bitte kurz auf diese E-Mail,
damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Diaspora-Konferenz 2027
Kommunales Integrationszentrum Wuppertal"""


def sent_message(to, subject, body, when, msgid, in_reply_to=None):
    """A message mailbot sent, whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_DK
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated" if not in_reply_to else "auto-replied"
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
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:DE'>{lf}</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:DE'> {esc(frm)} <br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n"
                   f"<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de", rule=False):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    sep = "________________________________\n" if rule else ""
    return (f"{text}\n\n{sep}{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subject}\n\n{quoted}")


def gmail_html(text, attribution=None, quoted=None):
    """Gmail markup: one <div> per line, the quote in a gmail_quote blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(attribution)}<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, attribution, quoted):
    lines = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
    return ('<html><head></head><body><div class="ydp3f1c9a2byahoo-style-wrap" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            f'{lines}</div><div id="yahoo_quoted_7731" class="yahoo_quoted">'
            '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
            f'font-size:13px;color:#26282a;"><div>{esc(attribution)}</div><div><br></div>'
            f'<div><br></div>{q}</div></div></body></html>\n')


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
# Out-of-office answer to the invitation (Auto-Submitted, Exchange headers),
# German with one Bulgarian sentence.

@mail("bdg-office-out-of-office", "2027-08-23 10:03:17",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Bulgarisch-Deutsche Gesellschaft Rhein-Ruhr e.V." <buero@bdg-rhein-ruhr.example>'),
           ("To", TO_DK),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8c1e0f2a7b3d4e59a1c6@DB9PR02MB5521.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "buero@bdg-rhein-ruhr.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Unser Büro ist vom 16. August bis einschließlich 3. September 2027 nicht
besetzt. Ihre E-Mail wird nicht weitergeleitet; wir melden uns nach unserer
Rückkehr bei Ihnen.

Благодарим Ви за съобщението. Офисът ни е затворен до 3 септември 2027 г.

Bulgarisch-Deutsche Gesellschaft Rhein-Ruhr e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply, format=flowed, quoting the whole invitation with '>'
# (all four workshops appear in the quote; the choice is in the new text).
# Two persons: he and the teacher of the Saturday school.

@mail("charalambidis-reply-quoting-invitation", "2027-08-23 11:52:40",
      E("registration", "n.charalambidis@gg-wuppertal.example", "Nikolaos Charalambidis",
        "Griechische Gemeinde Wuppertal e.V.", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nikolaos Charalambidis <n.charalambidis@gg-wuppertal.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c2d-41a9-4f3e-9d62-0c8a1e7f3b95@gg-wuppertal.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Oberdick,

vielen Dank für die Einladung – so eine Konferenz hat in NRW wirklich
gefehlt!

Hiermit melde ich mich für den Workshop 1 an. Mitkommen wird unsere
Lehrerin der griechischen Samstagsschule, Frau Evangelia Tsoukala, wir
sind also zu zweit.

Mit freundlichen Grüßen
Nikolaos Charalambidis

-- 
Griechische Gemeinde Wuppertal e.V.
Schulausschuss
Friedrich-Ebert-Str. 112, 42117 Wuppertal

Am 23.08.27 um 10:00 schrieb Diaspora-Konferenz 2027:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Greek, iso-8859-7 quoted-printable; name and subject as iso-8859-7 encoded
# words.  "Θα έρθουμε τρεις" = we come three; "το δεύτερο εργαστήριο" = the
# second workshop.  Organisation in Greek with «» quotes.

@mail("papadimitriou-greek-iso-8859-7", "2027-08-23 20:14:05",
      E("registration", "sofia.papadimitriou@pontioi-wuppertal.example", "Σοφία Παπαδημητρίου",
        "Σύλλογος Ποντίων Βούπερταλ «Κομνηνοί»", ["WS2"], 3, "el"), "el")
def _(m):
    m.head(("From", addr("Σοφία Παπαδημητρίου", "sofia.papadimitriou@pontioi-wuppertal.example",
                         "iso-8859-7", "b"),
            "Σοφία Παπαδημητρίου <sofia.papadimitriou@pontioi-wuppertal.example>"),
           ("To", DK),
           ("Subject", ew("Δήλωση συμμετοχής - Συνέδριο 16 Οκτωβρίου", "iso-8859-7", "q"),
            "Δήλωση συμμετοχής - Συνέδριο 16 Οκτωβρίου"),
           ("Date", m.date),
           ("Message-ID", "<002101dbf4a1$3e7c9b20$bb75d160$@pontioi-wuppertal.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

σας ευχαριστούμε πολύ για την πρόσκληση. Θα θέλαμε να δηλώσουμε συμμετοχή
στο συνέδριο της 16ης Οκτωβρίου στο Βούπερταλ.

Θα έρθουμε τρεις: εγώ, η χοροδιδάσκαλός μας και ένα μέλος του διοικητικού
συμβουλίου. Μας ενδιαφέρει το δεύτερο εργαστήριο (πολιτιστική κληρονομιά,
γιορτές και χορός), γιατί ο σύλλογός μας ασχολείται κυρίως με τους
ποντιακούς χορούς και τα τραγούδια.

Με εκτίμηση,
Σοφία Παπαδημητρίου
Γραμματέας
Σύλλογος Ποντίων Βούπερταλ «Κομνηνοί»
""", charset="iso-8859-7", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Albanian, Gmail multipart/alternative.  The running text has the genitive
# "Shoqatës Kulturore Shqiptare", the signature the base form.  First choice
# workshop 4, else workshop 1; "dy veta" = two persons.

KRASNIQI_TEXT = """Përshëndetje,

në emër të Shoqatës Kulturore Shqiptare „Iliria“ dëshiroj të regjistrohem për konferencën e 16 tetorit në Wuppertal. Do të vijmë dy veta: unë dhe nënkryetari ynë, Fatmir Rexhepi.

Na intereson më shumë punëtoria 4 (rinia dhe gjenerata e dytë), sepse kemi shumë të rinj në shoqatë që nuk e flasin më mirë shqipen. Nëse nuk ka vend, atëherë punëtoria 1.

Ju faleminderit dhe shihemi në Wuppertal!

Arben Krasniqi
Shoqata Kulturore Shqiptare „Iliria“ Wuppertal
Tel. 0176 4410 2287"""


@mail("krasniqi-albanian-gmail", "2027-08-24 09:03:51",
      E("registration", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "Shoqata Kulturore Shqiptare „Iliria“ Wuppertal", ["WS4", "WS1"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", DK),
           ("Subject", ew("Regjistrim – Konferenca e diasporës 16.10.", "utf-8", "q"),
            "Regjistrim – Konferenca e diasporës 16.10."),
           ("Date", m.date),
           ("Message-ID", "<CAH3kR9v0pLm2QxT7s4bWz1nE8yFq5dJc6uA0oNgK2rB9xV3eSw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRASNIQI_TEXT, gmail_html(KRASNIQI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# English from the community's shared mailbox; Reply-To is her own address,
# which the text also asks for.  "the funding workshop ... (Workshop 3)".

@mail("grigoryan-shared-mailbox-reply-to", "2027-08-24 14:40:22",
      E("registration", "anahit.grigoryan@mail.example", "Anahit Grigoryan",
        "Armenische Gemeinde Dortmund e.V.", ["WS3"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Armenische Gemeinde Dortmund e.V." <info@armenische-gemeinde-do.example>'),
           ("Reply-To", "Anahit Grigoryan <anahit.grigoryan@mail.example>"),
           ("To", DK),
           ("Subject", "Registration - Diaspora Conference 16 October"),
           ("Date", m.date),
           ("Message-ID", "<20270824144022.3f9c1a@webmail.armenische-gemeinde-do.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Oberdick,

I'm writing from our community's shared account, but please send the
confirmation to my own address (anahit.grigoryan@mail.example, it is also
in the Reply-To).

I would like to register for the conference on 16 October on behalf of the
Armenische Gemeinde Dortmund e.V. - just myself this time. I am the
treasurer, so the funding workshop is the obvious one for me (Workshop 3).

Many thanks and kind regards,
Anahit Grigoryan
Treasurer
Armenische Gemeinde Dortmund e.V.
""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Georgian in Mkhedruli, UTF-8 base64; Latin display name, Georgian signature.
# "ვიქნებით ორნი" = we will be two; "პირველი ვორქშოპი" = the first workshop.

@mail("beridze-georgian-mkhedruli", "2027-08-25 10:21:09",
      E("registration", "nino.beridze@iveria-bochum.example", "ნინო ბერიძე",
        "ქართული კულტურის საზოგადოება „ივერია“", ["WS1"], 2, "ka"), "ka")
def _(m):
    m.head(("From", "Nino Beridze <nino.beridze@iveria-bochum.example>"),
           ("To", DK),
           ("Subject", ew("რეგისტრაცია – დიასპორის კონფერენცია", "utf-8", "b"),
            "რეგისტრაცია – დიასპორის კონფერენცია"),
           ("Date", m.date),
           ("Message-ID", "<1724574069.5530.1.camel@iveria-bochum.example>"),
           ("X-Mailer", "Evolution 3.52.3"),
           ("MIME-Version", "1.0"))
    m.single("""გამარჯობათ,

დიდი მადლობა მოწვევისთვის! გვსურს დავრეგისტრირდეთ 16 ოქტომბრის
კონფერენციაზე ვუპერტალში.

ვიქნებით ორნი: მე და ჩვენი საკვირაო სკოლის მასწავლებელი, ეკა ლომიძე.
ყველაზე მეტად გვაინტერესებს პირველი ვორქშოპი – მშობლიური ენის სწავლება
და მრავალენოვნება. ჩვენს სკოლაში ყოველ კვირას ოცდაათამდე ბავშვი სწავლობს
ქართულს.

პატივისცემით,
ნინო ბერიძე
ქართული კულტურის საზოგადოება „ივერია“
ბოხუმი
""", charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Armenian script, UTF-8 8bit, Armenian display name (UTF-8 B).
# "Կգանք չորս հոգով" = we come four people; "երկրորդ աշխատաժողովը" = the
# second workshop.  Young dancers come along; that is not workshop 4.

@mail("petrosyan-armenian", "2027-08-25 18:30:44",
      E("registration", "armen.petrosyan@ararat-wuppertal.example", "Արմեն Պետրոսյան",
        "«Արարատ» հայկական մշակութային միություն", ["WS2"], 4, "hy"), "hy")
def _(m):
    m.head(("From", addr("Արմեն Պետրոսյան", "armen.petrosyan@ararat-wuppertal.example",
                         "utf-8", "b"),
            "Արմեն Պետրոսյան <armen.petrosyan@ararat-wuppertal.example>"),
           ("To", DK),
           ("Subject", ew("Գրանցում – կոնֆերանս, հոկտեմբերի 16", "utf-8", "b"),
            "Գրանցում – կոնֆերանս, հոկտեմբերի 16"),
           ("Date", m.date),
           ("Message-ID", "<b7e2a91c-0d4f-4c36-8e15-2f9a6c3d7e10@ararat-wuppertal.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Բարև Ձեզ,

շնորհակալություն հրավերի համար։ Ցանկանում ենք գրանցվել հոկտեմբերի 16-ի
կոնֆերանսին։

Կգանք չորս հոգով՝ ես, մեր պարային խմբի ղեկավարը և երկու երիտասարդ պարող։
Մեզ ամենաշատը հետաքրքրում է երկրորդ աշխատաժողովը՝ մշակութային
ժառանգություն, տոներ և պարեր։

Հարգանքով՝
Արմեն Պետրոսյան
«Արարատ» հայկական մշակութային միություն
Վուպերտալ
""", charset="utf-8", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Bulgarian, windows-1251 quoted-printable, name and subject in windows-1251.
# "Ще дойда сама" = I come alone; third workshop, fourth as fallback.

@mail("petkova-bulgarian-windows-1251", "2027-08-26 08:47:31",
      E("registration", "d.petkova@most-wuppertal.example", "Десислава Петкова",
        "Български културен клуб „Мост“", ["WS3", "WS4"], 1, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Петкова", "d.petkova@most-wuppertal.example",
                         "windows-1251", "b"),
            "Десислава Петкова <d.petkova@most-wuppertal.example>"),
           ("To", DK),
           ("Subject", ew("Регистрация за конференцията на 16 октомври", "windows-1251", "q"),
            "Регистрация за конференцията на 16 октомври"),
           ("Date", m.date),
           ("Message-ID", "<000601dbf80e$1c2d3e40$54687980$@most-wuppertal.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "bg"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

бих искала да се регистрирам за конференцията на диаспорните организации
на 16 октомври във Вупертал. Ще дойда сама.

Като касиер на клуба най-много ме интересува третият уъркшоп – финансиране
на сдружения и програми за подпомагане. Ако там няма места, бих отишла на
четвъртия (младежта и второто поколение).

Поздрави,
Десислава Петкова
касиер
Български културен клуб „Мост“
Вупертал
""", charset="windows-1251", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Romanian with comma-below ș/ț, UTF-8, Yahoo alternative.  Three persons,
# two of them (the writer included) for workshop 4, one colleague for
# workshop 1: the writer's own choice counts (vereinsforum convention 3).

CONSTANTINESCU_TEXT = """Bună ziua,

vă mulțumim pentru invitație! Din partea Asociației Culturale Române „Dor” din Köln vă anunț că vom participa trei persoane: eu, colega mea Andreea Vlad și colegul nostru Radu Marinescu.

Eu și Andreea am dori să mergem la atelierul 4 (Tineret și a doua generație), iar Radu la atelierul 1, pentru că el se ocupă de școala de duminică.

Cu stimă,
Mihaela Constantinescu
Asociația Culturală Română „Dor” Köln"""


@mail("constantinescu-romanian-split-workshops", "2027-08-26 12:10:58",
      E("registration", "mihaela.constantinescu@dor-koeln.example", "Mihaela Constantinescu",
        "Asociația Culturală Română „Dor” Köln", ["WS4"], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Constantinescu <mihaela.constantinescu@dor-koeln.example>"),
           ("To", DK),
           ("Subject", ew("Înscriere conferința diasporei 16 oct.", "utf-8", "q"),
            "Înscriere conferința diasporei 16 oct."),
           ("Date", m.date),
           ("Message-ID", "<1209876543.2210987.1787739058112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(CONSTANTINESCU_TEXT,
                  div_html(CONSTANTINESCU_TEXT,
                           "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Question in German from a Moldovan association: do they belong to the
# target group, is there interpretation?  Registration announced only
# conditionally ("Wenn das passt, melden wir uns ... an") -> question.

@mail("rusu-question-moldova-interpreting", "2027-08-27 09:15:36",
      E("question", "victor.rusu@bessarabia-verein.example", "Victor Rusu",
        "Moldauischer Kulturverein „Bessarabia“ Remscheid e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Victor Rusu <victor.rusu@bessarabia-verein.example>"),
           ("To", DK),
           ("Subject", "Frage zur Konferenz - auch für moldauische Vereine?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a2c0e91-5b3d-4f18-a6c4-1d9e8b7f0a23-1787814936201@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Oberdick,

ich habe Ihre Einladung über den Integrationsrat bekommen. Wir sind ein kleiner Verein von Menschen aus der Republik Moldau in Remscheid. In der Einladung steht „Südosteuropa und Kaukasus“ – gehören wir da auch dazu? Moldau ist ja irgendwie dazwischen :-)

Und noch eine Frage: Werden die Workshops nur auf Deutsch sein, oder gibt es eine Übersetzung? Einige unserer älteren Mitglieder sprechen besser Rumänisch oder Russisch.

Wenn das passt, melden wir uns gerne mit zwei oder drei Leuten an.

Viele Grüße
Victor Rusu
Moldauischer Kulturverein „Bessarabia“ Remscheid e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Georgian in Latin letters, all lower case, from an iPhone.  "viqnebit sami
# kaci" = we will be three people; "mesame workshopi" = the third workshop.

@mail("kapanadze-georgian-latin-iphone", "2027-08-28 11:40:03",
      E("registration", "giorgi.kapanadze@mail.example", "Giorgi Kapanadze",
        "Kartuli Sakhli Köln e.V.", ["WS3"], 3, "ka"), "ka")
def _(m):
    m.head(("From", "Giorgi Kapanadze <giorgi.kapanadze@mail.example>"),
           ("To", DK),
           ("Subject", "registracia"),
           ("Date", m.date),
           ("Message-ID", "<6F1D3A2B-8C4E-4B7A-9E05-3D2C1B0A9F87@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""gamarjobat,

me var giorgi kapanadze "kartuli sakhlidan", kelnidan. gvinda davregistrirdet konferenciaze 16 oktombers. viqnebit sami kaci - me, chemi meugle da chveni tavmjdomare.

mesame workshopi gvainteresebs (fondebi da dafinanseba), radgan axla axal proeqtze vmushaobt da fuli gvchirdeba :)

didi madloba!
Giorgi Kapanadze
Kartuli Sakhli Köln e.V.

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Greeklish (Greek in Latin letters) from a webmail; "2 atoma" = 2 persons;
# workshop 4 named with its topic.

@mail("mavridis-greeklish", "2027-08-30 19:05:27",
      E("registration", "k.mavridis@mail.example", "Konstantinos Mavridis",
        "Syllogos Ellinon Foititon Bochum", ["WS4"], 2, "el"), "el")
def _(m):
    m.head(("From", "Konstantinos Mavridis <k.mavridis@mail.example>"),
           ("To", DK),
           ("Subject", "Eggrafi gia to synedrio 16/10"),
           ("Date", m.date),
           ("Message-ID", "<1788109527.442913.27731@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Geia sas,

eimaste o Syllogos Ellinon Foititon Bochum kai tha thelame na erthoume sto
synedrio stis 16 Oktovriou. Tha eimaste 2 atoma (ego kai i Eleftheria
Zacharaki apo to DS).

Mas endiaferei to workshop 4 gia ti neolaia kai ti deuteri genia, afou oi
perissoteroi apo emas eimaste paidia metanaston pou megalosame edo.

Eyxaristoume poli,
Konstantinos Mavridis
Syllogos Ellinon Foititon Bochum
""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# Outlook HTML only (MsoNormal), windows-1252 quoted-printable.  Workshop only
# by its alias "Erinnerungskultur".  The signature is her medical practice
# (employer, not the organisation) with a disclaimer; "Dr. med." dropped.

HAKOBYAN_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich als Vorsitzende für die Deutsch-Armenische Gesellschaft Bergisches Land e.V. zur Diaspora-Konferenz am 16. Oktober an. Ich komme allein.

Ich würde gerne am Workshop zur Erinnerungskultur teilnehmen – das Gedenken an 1915 ist für unsere Gemeinschaft ein zentrales Thema, und ich würde mich freuen, darüber mit griechischen und anderen Vereinen ins Gespräch zu kommen.

Mit freundlichen Grüßen

Dr. med. Lilit Hakobyan-Schmitz
Fachärztin für Allgemeinmedizin
Praxis Dr. Hakobyan-Schmitz · Friedrich-Engels-Allee 201 · 42285 Wuppertal
Tel. 0202 / 55 18 30

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


@mail("hakobyan-schmitz-outlook-html-alias", "2027-08-31 10:30:12",
      E("registration", "l.hakobyan-schmitz@praxis-hakobyan.example", "Lilit Hakobyan-Schmitz",
        "Deutsch-Armenische Gesellschaft Bergisches Land e.V.", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Hakobyan-Schmitz, Lilit" <l.hakobyan-schmitz@praxis-hakobyan.example>'),
           ("To", TO_DK),
           ("Subject", "Anmeldung Diaspora-Konferenz"),
           ("Thread-Topic", "Anmeldung Diaspora-Konferenz"),
           ("Thread-Index", "AdsbX2k0Qm9pVnRlc3RJbmRleA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7781C3E5A1F04B2D9E6A7C21B0D4@DB9PR02MB7781.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HAKOBYAN_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Albanian in iso-8859-2 (ë, ç), quoted-printable, ASCII subject without ë.
# "jemi tri gra" = we are three women, the three names are listed; "punëtorinë
# e parë" = the first workshop, with the German title in brackets.

@mail("hoxha-albanian-iso-8859-2", "2027-09-01 13:12:49",
      E("registration", "drita.hoxha@agimi-solingen.example", "Drita Hoxha",
        'Shoqata e Grave Shqiptare "Agimi"', ["WS1"], 3, "sq"), "sq")
def _(m):
    m.head(("From", "Drita Hoxha <drita.hoxha@agimi-solingen.example>"),
           ("To", DK),
           ("Subject", "Regjistrim per konferencen"),
           ("Date", m.date),
           ("Message-ID", "<4f2a9d10.51c3.4e7b.a0d2.c81e7f3b5a96@agimi-solingen.example>"),
           ("User-Agent", "SeaMonkey/2.53.19"),
           ("MIME-Version", "1.0"))
    m.single("""Të nderuar,

jemi tri gra nga Shoqata e Grave Shqiptare "Agimi" në Solingen dhe duam të
marrim pjesë në konferencën e 16 tetorit. Në shoqatën tonë japim çdo të
shtunë mësim të gjuhës shqipe për fëmijët, prandaj do të vinim në
punëtorinë e parë (Herkunftssprachlicher Unterricht).

Emrat: Drita Hoxha, Mimoza Kelmendi, Lule Bytyqi.

Me respekt,
Drita Hoxha
Shoqata e Grave Shqiptare "Agimi"
Solingen
""", charset="iso-8859-2", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Newsletter of another event (Interkulturelle Woche) with its own workshops
# and "jetzt anmelden" -> other.  Precedence: bulk, List-Unsubscribe.

IKW_TEXT = """Newsletter 9/2027 der Interkulturellen Woche Wuppertal

Liebe Freundinnen und Freunde der Interkulturellen Woche,

vom 26. September bis 3. Oktober 2027 ist es wieder so weit! Über 60
Veranstaltungen in allen Stadtteilen warten auf Sie, darunter:

* Eröffnungsfest auf dem Laurentiusplatz (So., 26.9., ab 14 Uhr)
* Workshop „Vielfalt im Verein – aber wie?“ (Di., 28.9., 18 Uhr)
* Workshop „Fördermittel für Migrantenorganisationen“ (Do., 30.9., 17 Uhr)
* Lesung und Musik im Café Ada (Fr., 1.10., 20 Uhr)

Für die Workshops ist eine Anmeldung erforderlich – jetzt anmelden unter
https://ikw-wuppertal.example/anmeldung

Das vollständige Programm finden Sie unter https://ikw-wuppertal.example/programm

Herzliche Grüße
Ihr Team der Interkulturellen Woche Wuppertal

--
Sie erhalten diesen Newsletter, weil Sie sich auf ikw-wuppertal.example
eingetragen haben. Abmelden: https://ikw-wuppertal.example/abmelden"""


@mail("ikw-newsletter-other-event", "2027-09-02 09:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Interkulturelle Woche Wuppertal <newsletter@ikw-wuppertal.example>"),
           ("To", DK),
           ("Subject", "Newsletter 9/2027: Programm der Interkulturellen Woche - jetzt anmelden!"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.7713.20270902070000@news.ikw-wuppertal.example>"),
           ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://ikw-wuppertal.example/abmelden?u=dk2027>"),
           ("List-Id", "Newsletter IKW Wuppertal <newsletter.ikw-wuppertal.example>"),
           ("MIME-Version", "1.0"),
           relay="news.ikw-wuppertal.example")
    m.alternative(IKW_TEXT, div_html(IKW_TEXT, "font-family:Arial,sans-serif;font-size:14px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Armenian in Latin letters.  "Erkusov kganq" = we come the two of us;
# "chorrord workshop-y" = the fourth workshop.

@mail("sargsyan-armenian-latin", "2027-09-03 17:44:15",
      E("registration", "hovo.sargsyan@mail.example", "Hovhannes Sargsyan",
        'Hay Mshakutayin Miutyun "Hayastan" Köln', ["WS4"], 2, "hy"), "hy")
def _(m):
    m.head(("From", "Hovo Sargsyan <hovo.sargsyan@mail.example>"),
           ("To", DK),
           ("Subject", "grancum konferansi hamar"),
           ("Date", m.date),
           ("Message-ID", "<CAF8w2Lq9mZ0bT3xR6vN1kHc4pYs7dJe5uG0aWiM3oQ8rX2nVtA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Barev dzez,

yes Hovhannes Sargsyann em, "Hayastan" mshakutayin miutyunic, Kyolnic. Uzum enq grancvel hoktemberi 16-i konferansin. Erkusov kganq - yes u mer yeritasardakan khmbi ghekavar Nareky.

Mez amenashat hetaqrqrum e chorrord workshop-y (yeritasardutyun u yerkrord serund).

Shnorhakalutyun,
Hovhannes Sargsyan
Hay Mshakutayin Miutyun "Hayastan" Köln
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Bulgarian, UTF-8, iPhone with the Bulgarian "Изпратено от моя iPhone".
# "себе си и една наша учителка" = myself and one of our teachers -> 2;
# "първата работилница" = the first workshop.

@mail("ivanov-bulgarian-iphone", "2027-09-05 21:10:38",
      E("registration", "stoyan.ivanov@mail.example", "Стоян Иванов",
        "Българско неделно училище „Св. св. Кирил и Методий“", ["WS1"], 2, "bg"), "bg")
def _(m):
    m.head(("From", "Стоян Иванов <stoyan.ivanov@mail.example>",
            "Стоян Иванов <stoyan.ivanov@mail.example>"),
           ("To", DK),
           ("Subject", "Записване за конференцията"),
           ("Date", m.date),
           ("Message-ID", "<A3C9E1F0-2B7D-4E58-96A1-0F4D8C2B7E63@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

искам да запиша себе си и една наша учителка за конференцията на 16.10. Ние сме от българското неделно училище в Есен. Интересува ни първата работилница – за обучението по роден език.

Поздрави,
Стоян Иванов
Българско неделно училище „Св. св. Кирил и Методий“
Есен

Изпратено от моя iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# German by a learner (Moldovan association), five persons in digits,
# workshop by its title words "Jugend und zweite Generation".

@mail("ciobanu-learner-german-five", "2027-09-06 10:00:19",
      E("registration", "ion.ciobanu@casa-moldovei.example", "Ion Ciobanu",
        "Casa Moldovei Gelsenkirchen e.V.", ["WS4"], 5, "de"), "de")
def _(m):
    m.head(("From", "Ion Ciobanu <ion.ciobanu@casa-moldovei.example>"),
           ("To", DK),
           ("Subject", "Anmeldung Konferenz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8b1c47-9a02-4d6f-b5e3-7c0a2f19d8e4-1788681619330@3c-app-webde-bap52>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich schreibe für Verein Casa Moldovei Gelsenkirchen e.V. Wir möchten anmelden für die Konferenz am 16. Oktober in Wuppertal. Wir kommen mit 5 Personen, 3 davon sind Jugendliche (17, 19 und 22 Jahre). Darum wir wollen gerne in Workshop Jugend und zweite Generation.

Entschuldigung für mein Deutsch.

Mit freundlichen Gruß
Ion Ciobanu
Vorsitzender
Casa Moldovei Gelsenkirchen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Romanian (Moldovan writer) in iso-8859-2 with the cedilla letters ş/ţ the
# charset has; the text has the genitive "Asociaţiei", the signature the base
# form.  First choice workshop 3, second workshop 2; two persons.

@mail("munteanu-romanian-iso-8859-2", "2027-09-07 12:30:26",
      E("registration", "tatiana.munteanu@moldoveni-dortmund.example", "Tatiana Munteanu",
        "Asociaţia Moldovenilor din Dortmund", ["WS3", "WS2"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Tatiana Munteanu <tatiana.munteanu@moldoveni-dortmund.example>"),
           ("To", DK),
           ("Subject", ew("Înscriere conferinţă 16 octombrie", "iso-8859-2", "q"),
            "Înscriere conferinţă 16 octombrie"),
           ("Date", m.date),
           ("Message-ID", "<20270907123026.GA41187@moldoveni-dortmund.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

vă scriu din partea Asociaţiei Moldovenilor din Dortmund. Am dori să
participăm la conferinţa din 16 octombrie, vom fi două persoane (eu şi
preşedintele asociaţiei, domnul Vasile Ursu).

Ne interesează în primul rând atelierul 3 despre finanţare şi fonduri, iar
ca a doua opţiune atelierul 2 (patrimoniu cultural).

Vă mulţumim anticipat!
Cu stimă,
Tatiana Munteanu
Asociaţia Moldovenilor din Dortmund
""", charset="iso-8859-2", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# English by a Georgian writer with Georgian greetings in Latin letters
# ("Gamarjoba", "Madloba"); three named persons in a list; first and second
# choice.  Apple Mail alternative.

GELASHVILI_TEXT = """Gamarjoba from Düsseldorf!

Thank you for the invitation, we are very happy that Georgian associations are included this time.

I'd like to register three people from the Georgian Women's Network NRW:
- Tamar Gelashvili (me)
- Maia Tsiklauri
- Salome Khurtsidze

Our first choice would be Workshop 2 (cultural heritage – we have a small polyphonic choir), second choice Workshop 4.

Madloba and best regards,
Tamar Gelashvili
Georgian Women's Network NRW"""


@mail("gelashvili-english-three-listed", "2027-09-08 16:45:02",
      E("registration", "tamar.gelashvili@georgian-women-nrw.example", "Tamar Gelashvili",
        "Georgian Women's Network NRW", ["WS2", "WS4"], 3, "en"), "en")
def _(m):
    m.head(("From", "Tamar Gelashvili <tamar.gelashvili@georgian-women-nrw.example>"),
           ("To", DK),
           ("Subject", "Registration for 3 people - Diaspora Conference"),
           ("Date", m.date),
           ("Message-ID", "<2E7B9C14-D3A0-4F62-8B51-9C0E7A4D2F18@georgian-women-nrw.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(GELASHVILI_TEXT, apple_html(GELASHVILI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# A parish office registers its priest and forwards his Bulgarian note; the
# office asks to confirm to his own address.  He has not chosen a workshop
# (workgroups []).  The office's text is German.

@mail("bg-kirche-office-registers-priest", "2027-09-09 11:11:47",
      E("registration", "g.dimitrov@bg-kirche-koeln.example", "Georgi Dimitrov",
        "Bulgarisch-Orthodoxe Kirchengemeinde Hl. Iwan Rilski Köln", [], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Sekretariat Bulg.-Orth. Kirchengemeinde Köln",
                         "sekretariat@bg-kirche-koeln.example", "utf-8", "q"),
            "Sekretariat Bulg.-Orth. Kirchengemeinde Köln <sekretariat@bg-kirche-koeln.example>"),
           ("To", DK),
           ("Subject", "WG: Konferenz 16.10."),
           ("Date", m.date),
           ("Message-ID", "<a41f7c3e-2d90-4b5e-8c17-6e0d3f9b2a58@bg-kirche-koeln.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Oberdick,

im Auftrag unseres Gemeindepfarrers, Vater Georgi Dimitrov, möchte ich ihn
für die Diaspora-Konferenz am 16. Oktober anmelden. Er kommt allein. Für
welchen Workshop er sich entscheidet, weiß er noch nicht – er möchte sich
das vor Ort überlegen.

Bitte schicken Sie die Bestätigung direkt an ihn:
g.dimitrov@bg-kirche-koeln.example

Seine Nachricht an mich finden Sie unten.

Mit freundlichen Grüßen
Margarita Weiß
Sekretariat
Bulgarisch-Orthodoxe Kirchengemeinde Hl. Iwan Rilski Köln


-------- Weitergeleitete Nachricht --------
Betreff: Konferenz 16.10.
Datum: Wed, 8 Sep 2027 19:02:11 +0200
Von: Georgi Dimitrov <g.dimitrov@bg-kirche-koeln.example>
An: sekretariat@bg-kirche-koeln.example

Мила Маргарита,

моля те, запиши ме за конференцията във Вупертал на 16 октомври. Ще отида
сам.

Благодаря!
о. Георги
""", charset="utf-8", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Change in Greek from Outlook (Greek interface: "ΑΠ:", Από/Στάλθηκε/Προς/
# Θέμα), UTF-8 alternative, quoting the German confirmation (workshop 3, one
# person).  New choice: workshop 1.

KONTOGIANNIS_TEXT = """Καλημέρα σας,

θα ήθελα να αλλάξω εργαστήριο: αντί για το εργαστήριο 3 (χρηματοδότηση) προτιμώ τελικά το εργαστήριο 1, για τη μητρική γλώσσα. Για τη χρηματοδότηση θα ενημερωθεί ο ταμίας μας σε άλλη εκδήλωση.

Ευχαριστώ πολύ,
Ιωάννης Κοντογιάννης
Ελληνική Κοινότητα Ρεμσάιντ"""


@mail("kontogiannis-greek-outlook-change", "2027-09-10 09:40:33",
      E("change", "i.kontogiannis@ek-remscheid.example", "Ιωάννης Κοντογιάννης",
        "Ελληνική Κοινότητα Ρεμσάιντ", ["WS1"], None, "el"), "el")
def _(m):
    m.head(("From", addr("Ιωάννης Κοντογιάννης", "i.kontogiannis@ek-remscheid.example",
                         "utf-8", "b"),
            "Ιωάννης Κοντογιάννης <i.kontogiannis@ek-remscheid.example>"),
           ("To", TO_DK),
           ("Subject", ew("ΑΠ: " + CONFIRMATION_SUBJECT, "utf-8", "q"),
            "ΑΠ: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb+2Xk0CcKzT8mR0uP3vQ1nE7yFwAAb3kE"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4410E2D7A9C3F15B8E04A6D1C92F@VI1PR09MB4410.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270902112003.4c1e@wuppertal.example>"),
           ("References", "<mailbot.20270902112003.4c1e@wuppertal.example>"),
           ("Accept-Language", "el-GR, de-DE, en-US"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_DK, "Πέμπτη, 2 Σεπτεμβρίου 2027 11:20 πμ",
             "Ιωάννης Κοντογιάννης <i.kontogiannis@ek-remscheid.example>",
             CONFIRMATION_SUBJECT, confirmation("Ιωάννης Κοντογιάννης", "WS3", 1))
    m.alternative(outlook_plain(KONTOGIANNIS_TEXT, quote, "el"),
                  outlook_html(KONTOGIANNIS_TEXT, quote, "el", "utf-8", "EL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Albanian with the German workshop title and the German name of the
# association; four persons as a numbered list; a question about costumes
# added to the registration.

@mail("gashi-albanian-four-listed", "2027-09-11 14:25:08",
      E("registration", "besnik.gashi@dardania-wuppertal.example", "Besnik Gashi",
        "Kosovarisch-Albanischer Kulturverein Dardania e.V.", ["WS2"], 4, "sq"), "sq")
def _(m):
    m.head(("From", "Besnik Gashi <besnik.gashi@dardania-wuppertal.example>"),
           ("To", DK),
           ("Subject", "Anmeldung / Regjistrim - 4 persona"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5nT0w8cVb1QmR4xZ7pL2kHd9sYe6uF3aGiN0oW5rB8yX1tEq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Përshëndetje nga Dardania!

Jemi katër veta nga shoqata jonë dhe duam të vijmë në konferencë më 16.10.:
1. Besnik Gashi
2. Arta Gashi
3. Blerim Morina
4. Vjosa Morina

Na intereson Workshop 2 (Kulturerbe bewahren), sepse kemi grup valle dhe e festojmë çdo vit 28 Nëntorin. A mund të sjellim edhe veshjet popullore për një prezantim të shkurtër?

Me respekt,
Besnik Gashi
Kosovarisch-Albanischer Kulturverein Dardania e.V.
Wuppertal"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: user unknown at the
# remote host.  The returned confirmation names workshop 2.

@mail("postfix-bounce-user-unknown", "2027-09-13 10:02:51",
      E("bounce", bounced="a.melikyan@armenischer-kulturverein-essen.example"), "en")
def _(m):
    rcpt = "a.melikyan@armenischer-kulturverein-essen.example"
    m.head(("From", "MAILER-DAEMON@mail.wuppertal.example (Mail Delivery System)"),
           ("To", DK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270913080251.5C2E81A04F@mail.wuppertal.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.wuppertal.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.armenischer-kulturverein-essen.example[198.51.100.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.wuppertal.example"),
         ("X-Postfix-Queue-ID", "5C2E81A04F"),
         ("X-Postfix-Sender", f"rfc822; {DK}"),
         ("Arrival-Date", "Mon, 13 Sep 2027 10:02:49 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.armenischer-kulturverein-essen.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>:\n"
                             "    Recipient address rejected: User unknown in virtual mailbox table")])
    original = sent_message(
        f"Ani Melikyan <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Ani Melikyan", "WS2", 2),
        "Mon, 13 Sep 2027 10:02:48 +0200", "<mailbot.20270913100248.91d0@wuppertal.example>",
        "<5d1c0a7e-33f2-4b89-a6e4-0c7f2d9b1e35@armenischer-kulturverein-essen.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 025 ---------------------------------------------------------------------
# Georgian in Mkhedruli with German workshop names ("Workshop 2 (Kulturerbe
# bewahren)", fallback "Workshop 4"); "სამი ადამიანი" = three people.
# Gmail alternative, UTF-8 quoted-printable, Latin display name.

JAPARIDZE_TEXT = """სალამი,

ჩვენი ანსამბლი „ალილო“ სიამოვნებით მიიღებს მონაწილეობას კონფერენციაში. ვიქნებით სამი ადამიანი.

პირველ რიგში გვაინტერესებს Workshop 2 (Kulturerbe bewahren) – ქართული პოლიფონია ხომ იუნესკოს არამატერიალური მემკვიდრეობაა :) თუ იქ ადგილი აღარ იქნება, მაშინ Workshop 4.

მადლობა და ნახვამდის,
ლევან ჯაფარიძე
ქართული ფოლკლორული ანსამბლი „ალილო“
დიუსელდორფი"""


@mail("japaridze-georgian-german-workshops", "2027-09-14 19:50:14",
      E("registration", "levan.japaridze@alilo-ensemble.example", "ლევან ჯაფარიძე",
        "ქართული ფოლკლორული ანსამბლი „ალილო“", ["WS2", "WS4"], 3, "ka"), "ka")
def _(m):
    m.head(("From", "Levan Japaridze <levan.japaridze@alilo-ensemble.example>"),
           ("To", DK),
           ("Subject", ew("რეგისტრაცია / Anmeldung – Workshop 2", "utf-8", "b"),
            "რეგისტრაცია / Anmeldung – Workshop 2"),
           ("Date", m.date),
           ("Message-ID", "<CAN1vK7y4pRb0ZmT2xQ9wL5hJd3sGe8uC6aFiM0oB2rN7yV4tWs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JAPARIDZE_TEXT, gmail_html(JAPARIDZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Change in German, Gmail reply quoting the confirmation (workshop 2, two
# persons): now three persons, all to workshop 3.  "Geht das noch?" is a
# polite question inside a change.

IONESCU_TEXT = """Liebes Konferenzteam,

bei uns hat sich etwas geändert: Wir kommen jetzt zu dritt, unser neuer Schatzmeister Herr Dragoș Lupu ist dazugekommen. Und weil er sich vor allem für die Finanzen interessiert, würden wir gerne alle in Workshop 3 statt Workshop 2 wechseln.

Geht das noch? Danke!

Viele Grüße
Petra Ionescu-Brandt
Deutsch-Rumänische Gesellschaft Wuppertal e.V."""

IONESCU_ATTR = f"Am Do., 26. Aug. 2027 um 14:12 Uhr schrieb {DK_NAME} <{DK}>:"
IONESCU_QUOTED = confirmation("Petra Ionescu-Brandt", "WS2", 2)


@mail("ionescu-brandt-change-three-ws3", "2027-09-15 08:05:29",
      E("change", "petra.ionescu-brandt@drg-wuppertal.example", "Petra Ionescu-Brandt",
        "Deutsch-Rumänische Gesellschaft Wuppertal e.V.", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Petra Ionescu-Brandt <petra.ionescu-brandt@drg-wuppertal.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB9xP3u6nQc1WmR8tZ0vK4jLf2sHe7yD5aGiO1oC9rM6wX3tUr@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270826141207.2a7f@wuppertal.example>"),
           ("References", "<mailbot.20270826141207.2a7f@wuppertal.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{IONESCU_TEXT}\n\n{IONESCU_ATTR}\n\n{gt_quote(IONESCU_QUOTED)}\n"
    m.alternative(plain, gmail_html(IONESCU_TEXT, IONESCU_ATTR, IONESCU_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Armenian script with the German association name and the German workshop
# title inside; "երկու հոգի" = two persons; "առաջին աշխատաժողովը" = the
# first workshop.  Armenian display name in UTF-8 Q.

@mail("hovhannisyan-armenian-german-org", "2027-09-16 20:30:55",
      E("registration", "marine.hovhannisyan@mail.example", "Մարինե Հովհաննիսյան",
        "Armenischer Frauenverein Ani e.V.", ["WS1"], 2, "hy"), "hy")
def _(m):
    m.head(("From", addr("Մարինե Հովհաննիսյան", "marine.hovhannisyan@mail.example", "utf-8", "q"),
            "Մարինե Հովհաննիսյան <marine.hovhannisyan@mail.example>"),
           ("To", DK),
           ("Subject", ew("Գրանցում – Workshop 1", "utf-8", "q"), "Գրանցում – Workshop 1"),
           ("Date", m.date),
           ("Message-ID", "<1789669855.118204.4471@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Հարգելի կազմակերպիչներ,

ես Մարինե Հովհաննիսյանն եմ «Armenischer Frauenverein Ani e.V.»-ից, Բոխումից։
Ցանկանում եմ գրանցվել հոկտեմբերի 16-ի կոնֆերանսին իմ գործընկերուհու՝
Լուսինե Սարգսյանի հետ, այսինքն՝ երկու հոգի։

Մենք ընտրում ենք առաջին աշխատաժողովը՝ Herkunftssprachlicher Unterricht,
որովհետև շաբաթօրյա դպրոցում երեխաներին հայերեն ենք սովորեցնում։

Շնորհակալություն,
Մարինե Հովհաննիսյան
Armenischer Frauenverein Ani e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Question in Greeklish: parking, children.  The registration is announced
# for later ("tha sas steiloume tin eggrafi") -> question.

@mail("sotiropoulou-greeklish-question", "2027-09-18 11:00:41",
      E("question", "eirini.sotiropoulou@mail.example", "Eirini Sotiropoulou",
        "Elliniki Koinotita Solingen", [], None, "el"), "el")
def _(m):
    m.head(("From", "Eirini Sotiropoulou <eirini.sotiropoulou@mail.example>"),
           ("To", DK),
           ("Subject", "Erotisi gia to synedrio"),
           ("Date", m.date),
           ("Message-ID", "<CAG2mS8t5oPd0XnQ7vY1wJ6kMe4rFh9uB3aHiL2oD0sK5zW8tRp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Kalimera sas,

eimai apo tin Elliniki Koinotita Solingen kai skeftomaste na erthoume sto synedrio. Prin kanoume eggrafi, exo dyo erotiseis:

1. Yparxei parking konta stin Alte Feuerwache i kalytera na erthoume me to treno?
2. Mporoun na erthoun kai paidia (8 kai 11 xronon)? Yparxei kapoia fyllaxi paidion?

An ola einai ok, tha sas steiloume tin eggrafi mas mesa stin evdomada.

Eyxaristo,
Eirini Sotiropoulou
""", charset="us-ascii", cte="7bit")


# -- 029 ---------------------------------------------------------------------
# Romanian in windows-1250 (cedilla ş/ţ, „...” quotes), quoted-printable.
# A priest registers three persons; "atelierul 2", fallback "atelierul 1".
# "subsemnatul" = the undersigned; his office is on a line of its own.

@mail("popa-romanian-windows-1250", "2027-09-20 15:40:07",
      E("registration", "adrian.popa@parohia-wuppertal.example", "Adrian Popa",
        "Parohia Ortodoxă Română „Sfântul Nicolae” Wuppertal", ["WS2", "WS1"], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Adrian Popa <adrian.popa@parohia-wuppertal.example>"),
           ("To", DK),
           ("Subject", ew("Înscriere – Conferinţa diasporei", "windows-1250", "q"),
            "Înscriere – Conferinţa diasporei"),
           ("Date", m.date),
           ("Message-ID", "<000b01dc2a1f$6d7e8f90$48a9bac0$@parohia-wuppertal.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("Content-Language", "ro"),
           ("MIME-Version", "1.0"))
    m.single("""Stimată doamnă Oberdick,

Vă mulţumim pentru invitaţie. Din partea Parohiei Ortodoxe Române „Sfântul
Nicolae” din Wuppertal ne înscriem trei persoane: subsemnatul, dna Elena
Moraru (dirijoarea corului) şi dl Mihai Roman (epitrop).

Am dori să participăm la atelierul 2, despre patrimoniul cultural, tradiţii
şi memorie. Dacă nu mai sunt locuri, atunci atelierul 1.

Cu binecuvântare,
Adrian Popa
preot paroh
Parohia Ortodoxă Română „Sfântul Nicolae” Wuppertal
""", charset="windows-1250", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# German, HTML only (Gmail markup), UTF-8 with an emoji.  Registration with
# a question (parking); workshop only as "zu Fördermitteln" (alias);
# "zu zweit" = two.

NIKOLOVA_TEXT = """Hallo zusammen,

hiermit melde ich mich für die Deutsch-Bulgarische Gesellschaft Bergisches Land e.V. an, wir kommen zu zweit (mein Mann Plamen kommt mit). Wir möchten gerne in den Workshop zu Fördermitteln.

Kurze Frage noch: Gibt es vor Ort Parkplätze, oder sollten wir besser mit der Schwebebahn kommen? 😊

Liebe Grüße
Katja Nikolova-Berg"""


@mail("nikolova-berg-html-only-parking", "2027-09-22 10:17:33",
      E("registration", "katja.nikolova-berg@dbg-bergisch.example", "Katja Nikolova-Berg",
        "Deutsch-Bulgarische Gesellschaft Bergisches Land e.V.", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Katja Nikolova-Berg <katja.nikolova-berg@dbg-bergisch.example>"),
           ("To", DK),
           ("Subject", "Anmeldung + kurze Frage"),
           ("Date", m.date),
           ("Message-ID", "<CAD4wQ1r7mTb2YnS9xV0pK3jNe6sGf8uA5bHiP1oE2tL4yW9uQs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(NIKOLOVA_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Cancellation in Albanian, Gmail with an Albanian interface ("shkroi"),
# quoting the confirmation (workshop 4, two persons).

BERISHA_TEXT = """Përshëndetje,

me keqardhje ju njoftoj se nuk do të mund të vijmë në konferencë. Po atë ditë kemi dasmë në familje dhe e kishim harruar kur u regjistruam. Ju lutem anuloni regjistrimin tonë.

Faleminderit për mirëkuptimin dhe shpresojmë herën tjetër!
Valbona Berisha
Shoqata "Bashkimi" Dortmund"""

BERISHA_ATTR = f"Më enj, 2 sht 2027 në 09:31, {DK_NAME} <{DK}> shkroi:"
BERISHA_QUOTED = confirmation("Valbona Berisha", "WS4", 2)


@mail("berisha-albanian-cancel", "2027-09-23 09:00:18",
      E("cancellation", "valbona.berisha@mail.example", "Valbona Berisha",
        'Shoqata "Bashkimi" Dortmund', [], None, "sq"), "sq")
def _(m):
    m.head(("From", "Valbona Berisha <valbona.berisha@mail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE7yR2s0nUc3ZoT6wX9qL1kPf5tHg4vB8cJiQ2oF3uM7zX0vSt@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902093107.6b3d@wuppertal.example>"),
           ("References", "<mailbot.20270902093107.6b3d@wuppertal.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{BERISHA_TEXT}\n\n{BERISHA_ATTR}\n\n{gt_quote(BERISHA_QUOTED)}\n"
    m.alternative(plain, gmail_html(BERISHA_TEXT, BERISHA_ATTR, BERISHA_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Greek in windows-1253 (Outlook, plain text), with German association name
# and German workshop titles in a "first / second choice" block; two persons.

@mail("georgiou-greek-windows-1253", "2027-09-24 17:35:46",
      E("registration", "a.georgiou@elternverein-hagen.example", "Αθανάσιος Γεωργίου",
        "Griechischer Elternverein Hagen e.V.", ["WS1", "WS4"], 2, "el"), "el")
def _(m):
    m.head(("From", addr("Αθανάσιος Γεωργίου", "a.georgiou@elternverein-hagen.example",
                         "windows-1253", "b"),
            "Αθανάσιος Γεωργίου <a.georgiou@elternverein-hagen.example>"),
           ("To", DK),
           ("Subject", ew("Δήλωση συμμετοχής – Diaspora-Konferenz", "windows-1253", "q"),
            "Δήλωση συμμετοχής – Diaspora-Konferenz"),
           ("Date", m.date),
           ("Message-ID", "<001c01dc2d7a$0f1e2d30$2d5a8790$@elternverein-hagen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Αγαπητή κυρία Oberdick,

εκ μέρους του Griechischer Elternverein Hagen e.V. θα ήθελα να δηλώσω
συμμετοχή για δύο άτομα: εγώ και η σύζυγός μου, Χρυσούλα Γεωργίου, που
διδάσκει στο ελληνικό σχολείο του Σαββάτου.

Πρώτη επιλογή: Workshop 1 (Herkunftssprachlicher Unterricht und Mehrsprachigkeit)
Δεύτερη επιλογή: Workshop 4 (Jugend und zweite Generation)

Με φιλικούς χαιρετισμούς,
Αθανάσιος Γεωργίου
Πρόεδρος
Griechischer Elternverein Hagen e.V.
""", charset="windows-1253", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change in English, Outlook with English labels and the "____" rule,
# quoting the confirmation (workshop 4, one person): a colleague joins (2)
# and both move to workshop 2.

HARUTYUNYAN_TEXT = """Hello,

a small update to my registration: my colleague Ani Karapetyan will join me, so we will be two people. We would also like to switch from Workshop 4 to Workshop 2 – Ani is organising our remembrance evening on 24 April and the memory culture topic fits us better.

Thanks a lot,
David Harutyunyan
Armenian Students' Association Aachen"""


@mail("harutyunyan-english-outlook-change", "2027-09-26 12:44:10",
      E("change", "david.harutyunyan@asa-aachen.example", "David Harutyunyan",
        "Armenian Students' Association Aachen", ["WS2"], 2, "en"), "en")
def _(m):
    m.head(("From", "David Harutyunyan <david.harutyunyan@asa-aachen.example>"),
           ("To", TO_DK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/0Lm3dTnR1qP7xW2vZ8kYc5uGwAAc4pL"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8835F1A2B3C4D5E6F7A8B9C0D1E2@AS8PR04MB8835.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270903160511.8e2c@wuppertal.example>"),
           ("References", "<mailbot.20270903160511.8e2c@wuppertal.example>"),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_DK, "Friday, September 3, 2027 4:05 PM",
             "David Harutyunyan <david.harutyunyan@asa-aachen.example>",
             CONFIRMATION_SUBJECT, confirmation("David Harutyunyan", "WS4", 1))
    m.alternative(outlook_plain(HARUTYUNYAN_TEXT, quote, "en", rule=True),
                  outlook_html(HARUTYUNYAN_TEXT, quote, "en", "utf-8", "EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Short English from Outlook for Android: "me + 1 colleague" -> 2;
# organisation in Romanian with comma-below ț.

@mail("dobre-english-phone-short", "2027-09-27 08:30:52",
      E("registration", "cristina.dobre@mail.example", "Cristina Dobre",
        "Liga Studenților Români din Bonn", ["WS3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Cristina Dobre <cristina.dobre@mail.example>"),
           ("To", DK),
           ("Subject", "workshop 3 registration"),
           ("Date", m.date),
           ("Message-ID", "<PAXP190MB1742B0C3D9E8F7A6B5C4D3E2F1A0@PAXP190MB1742.EURP190.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    text = """Hi,
pls register me + 1 colleague for Workshop 3 (funding) on Oct 16.
Thx!
Cristina Dobre
Liga Studenților Români din Bonn

Get Outlook for Android"""
    m.alternative(text, div_html(text, "font-family:Aptos,sans-serif;font-size:12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Armenian script, Outlook alternative, UTF-8 base64.  "միայն ես" = only me;
# "առաջին աշխատաժողովին" = to the first workshop.  Running text has the
# genitive "միության", the signature the base form.

MKRTCHYAN_TEXT = """Բարև Ձեզ,

ես դասավանդում եմ Էսենի «Հայրենիք» միության կիրակնօրյա դպրոցում։ Կցանկանայի մասնակցել կոնֆերանսին՝ միայն ես, առաջին աշխատաժողովին (մայրենի լեզվի ուսուցում և բազմալեզվություն)։

Խնդրում եմ հաստատումն ուղարկել այս հասցեին։

Հարգանքով՝
Գայանե Մկրտչյան
«Հայրենիք» հայկական միություն
Էսեն"""


@mail("mkrtchyan-armenian-outlook-base64", "2027-09-28 21:15:24",
      E("registration", "gayane.mkrtchyan@hayrenik-essen.example", "Գայանե Մկրտչյան",
        "«Հայրենիք» հայկական միություն", ["WS1"], 1, "hy"), "hy")
def _(m):
    m.head(("From", addr("Գայանե Մկրտչյան", "gayane.mkrtchyan@hayrenik-essen.example",
                         "utf-8", "b"),
            "Գայանե Մկրտչյան <gayane.mkrtchyan@hayrenik-essen.example>"),
           ("To", DK),
           ("Subject", ew("Գրանցում կոնֆերանսին", "utf-8", "b"), "Գրանցում կոնֆերանսին"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7260A9B8C7D6E5F4A3B2C1D0E9F8@DU2PR08MB7260.eurprd08.prod.outlook.example>"),
           ("Content-Language", "hy-AM"),
           ("MIME-Version", "1.0"))
    m.alternative(MKRTCHYAN_TEXT, outlook_html(MKRTCHYAN_TEXT, charset="utf-8", lang="HY"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Cancellation in Armenian script from Gmail with an English interface,
# quoting the confirmation (workshop 1, three persons).  No organisation.

AVETISYAN_TEXT = """Բարև Ձեզ,

ցավոք, մենք չենք կարողանա մասնակցել կոնֆերանսին․ հոկտեմբերի 16-ին մեր եկեղեցում մկրտություն է, և ամբողջ համայնքը այնտեղ կլինի։ Խնդրում եմ չեղարկել մեր գրանցումը (երեք հոգի)։

Ներողություն անհանգստության համար և հաջողություն կոնֆերանսին։
Սուրեն Ավետիսյան"""

AVETISYAN_ATTR = f"On Thu, 9 Sept 2027 at 10:02, {DK_NAME} <{DK}> wrote:"
AVETISYAN_QUOTED = confirmation("Suren Avetisyan", "WS1", 3)


@mail("avetisyan-armenian-cancel", "2027-09-29 10:50:37",
      E("cancellation", "suren.avetisyan@mail.example", "Սուրեն Ավետիսյան",
        None, [], None, "hy"), "hy")
def _(m):
    m.head(("From", "Suren Avetisyan <suren.avetisyan@mail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH0zT4u2pWd5AqV8yZ1sN3mRg7vJi6wD0eLkS4oH5wO9bZ2xUv@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270909100214.0f5a@wuppertal.example>"),
           ("References", "<mailbot.20270909100214.0f5a@wuppertal.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{AVETISYAN_TEXT}\n\n{AVETISYAN_ATTR}\n\n{gt_quote(AVETISYAN_QUOTED)}\n"
    m.alternative(plain, gmail_html(AVETISYAN_TEXT, AVETISYAN_ATTR, AVETISYAN_QUOTED),
                  charset="utf-8", cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Question in Romanian (Moldovan association): is it still possible to
# register, may they bring a stand?  "Dacă se poate, vă trimit înscrierea
# imediat" -> question.

@mail("cebotari-romanian-question-stand", "2027-10-01 19:20:09",
      E("question", "natalia.cebotari@mail.example", "Natalia Cebotari",
        "Asociația „Moldova Unită” Bochum", [], None, "ro"), "ro")
def _(m):
    m.head(("From", "Natalia Cebotari <natalia.cebotari@mail.example>"),
           ("To", DK),
           ("Subject", ew("Întrebare despre conferință", "utf-8", "q"),
            "Întrebare despre conferință"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8aU5v3qXe6BrW9zA2tO4nSh8wKj7xE1fMlT5oI6xP0cA3yVw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bună seara,

sunt președinta asociației „Moldova Unită” din Bochum și am aflat abia acum de conferință, de la o prietenă. Am două întrebări:

– Mai este posibil să ne înscriem, sau locurile sunt deja ocupate?
– Am putea aduce un mic stand cu produse tradiționale (plăcinte, vin)? Ar fi o ocazie frumoasă să ne prezentăm.

Dacă se poate, vă trimit înscrierea imediat.

Vă mulțumesc,
Natalia Cebotari
Asociația „Moldova Unită” Bochum
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Change in Bulgarian, Thunderbird with the Bulgarian attribution ("написа"),
# quoting the confirmation (workshop 2, two persons): "instead of 2 we prefer
# 4; if 4 is full we keep 2" -> ["WS4", "WS2"].

@mail("todorov-bulgarian-change-fallback", "2027-10-03 13:25:50",
      E("change", "radoslav.todorov@bg-dom-dortmund.example", "Радослав Тодоров",
        "Български дом Дортмунд", ["WS4", "WS2"], None, "bg"), "bg")
def _(m):
    m.head(("From", addr("Радослав Тодоров", "radoslav.todorov@bg-dom-dortmund.example",
                         "utf-8", "b"),
            "Радослав Тодоров <radoslav.todorov@bg-dom-dortmund.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e9d3b72-6a1f-4c58-b2e4-8f7c1a0d5e39@bg-dom-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270914110309.7c4b@wuppertal.example>"),
           ("References", "<mailbot.20270914110309.7c4b@wuppertal.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
           ("Content-Language", "bg"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравейте,

бихме искали да сменим уъркшопа: вместо 2 предпочитаме 4 (младежта и
второто поколение), защото и двамата работим с младежите в нашата танцова
група. Ако в 4 вече няма място, оставаме си записани за 2.

Благодаря предварително!
Радослав Тодоров
Български дом Дортмунд

На 14.09.27 г. в 11:03, {DK_NAME} написа:
{gt_quote(confirmation("Радослав Тодоров", "WS2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change of the party size only (4 -> 3: a colleague fell ill), Romanian,
# Yahoo alternative whose plain quote has no '>' at all.  The workshop stays,
# so workgroups [].

STANCIU_TEXT = """Bună ziua,

vă rog să modificați înscrierea noastră: unul dintre colegi s-a îmbolnăvit și nu mai poate veni, așa că vom fi 3 persoane în loc de 4. Atelierul rămâne același.

Mulțumesc frumos,
Florin Stanciu
Asociația Românilor din Aachen"""

STANCIU_ATTR = (f"Pe joi, 2 septembrie 2027 la 15:40:12 CEST, {DK_NAME} "
                f"<{DK}> a scris:")
STANCIU_QUOTED = confirmation("Florin Stanciu", "WS3", 4)


@mail("stanciu-romanian-yahoo-size-change", "2027-10-04 16:10:21",
      E("change", "florin_stanciu@ymail.example", "Florin Stanciu",
        "Asociația Românilor din Aachen", [], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Florin Stanciu <florin_stanciu@ymail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1398765432.3312876.1791123021554@mail.yahoo.example>"),
           ("In-Reply-To", "<mailbot.20270902154012.3d9e@wuppertal.example>"),
           ("References", "<mailbot.20270902154012.3d9e@wuppertal.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    plain = f"{STANCIU_TEXT}\n\n\n{indent_quote(STANCIU_ATTR)}\n\n{indent_quote(STANCIU_QUOTED)}\n"
    m.alternative(plain, yahoo_html(STANCIU_TEXT, STANCIU_ATTR, STANCIU_QUOTED),
                  charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation in German, Outlook alternative windows-1252, quoting the
# confirmation; the new text names "2 Personen, Workshop 2" only to identify
# the registration (cancellation: workgroups []).

GEORGIADOU_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Teilnahme an der Diaspora-Konferenz absagen. Am 16. Oktober findet kurzfristig unsere Mitgliederversammlung statt, die wir nicht verschieben können.

Bitte streichen Sie uns (2 Personen, Workshop 2) von der Liste. Wir wünschen Ihnen eine gelungene Veranstaltung!

Mit freundlichen Grüßen
Maria Georgiadou-Köhler
Deutsch-Griechische Gesellschaft Solingen e.V."""


@mail("georgiadou-koehler-cancel-outlook", "2027-10-05 09:35:14",
      E("cancellation", "m.georgiadou-koehler@dgg-solingen.example", "Maria Georgiadou-Köhler",
        "Deutsch-Griechische Gesellschaft Solingen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Georgiadou-Köhler, Maria", "m.georgiadou-koehler@dgg-solingen.example",
                         "iso-8859-1", "q"),
            "Georgiadou-Köhler, Maria <m.georgiadou-koehler@dgg-solingen.example>"),
           ("To", TO_DK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb+f3R7kLm0T2nX9qP4vZ1wYc8uEAAd6qM"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2019D4E5F6A7B8C9D0E1F2A3B4C5@FR3P281MB2019.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270830091544.1b8a@wuppertal.example>"),
           ("References", "<mailbot.20270830091544.1b8a@wuppertal.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_DK, "Montag, 30. August 2027 09:15",
             "Georgiadou-Köhler, Maria <m.georgiadou-koehler@dgg-solingen.example>",
             CONFIRMATION_SUBJECT, confirmation("Maria Georgiadou-Köhler", "WS2", 2))
    m.alternative(outlook_plain(GEORGIADOU_TEXT, quote), outlook_html(GEORGIADOU_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Question in Bulgarian: interpretation, travel costs; registration only
# announced ("ще се регистрирам до петък") -> question.

@mail("stoyanova-bulgarian-question", "2027-10-06 22:40:45",
      E("question", "milena.stoyanova@mail.example", "Милена Стоянова",
        "Българско дружество „Хоро“ Билефелд", [], None, "bg"), "bg")
def _(m):
    m.head(("From", addr("Милена Стоянова", "milena.stoyanova@mail.example", "utf-8", "q"),
            "Милена Стоянова <milena.stoyanova@mail.example>"),
           ("To", DK),
           ("Subject", ew("Въпрос за конференцията", "utf-8", "q"), "Въпрос за конференцията"),
           ("Date", m.date),
           ("Message-ID", "<CAK3bV6w4rYf7CsX0aB3uP5oTi9xLk8yF2gNmU6oJ7yQ1dB4zWx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добър ден,

научих за конференцията едва сега. Ще има ли превод на български или поне на английски? Немският ми не е достатъчно добър за дискусии.

Също така: поемате ли пътните разходи? Идваме от Билефелд.

Ако всичко е наред, ще се регистрирам до петък.

Поздрави,
Милена Стоянова
Българско дружество „Хоро“ Билефелд
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# German Exchange non-delivery report (mailbox full) for the 7-day reminder,
# multipart/report with the returned reminder.

@mail("exchange-ndr-mailbox-full-reminder", "2027-10-09 10:00:41",
      E("bounce", bounced="vorstand@pontos-verein-bielefeld.example"), "de")
def _(m):
    rcpt = "vorstand@pontos-verein-bielefeld.example"
    m.head(("From", "Microsoft Outlook <postmaster@pontos-verein-bielefeld.example>"),
           ("To", DK),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7f0d2c9e-4b1a-4e83-a6d5-91c3e8b20f47@EX01.pontos-verein-bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20271009100006.5e1f@wuppertal.example>"),
           ("References", "<mailbot.20271009100006.5e1f@wuppertal.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="", relay="EX01.pontos-verein-bielefeld.example")
    note = m.text(f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {REMINDER_SUBJECT}
Gesendet: 09.10.2027 10:00

Folgende Empfänger sind nicht erreichbar:

'{rcpt}' am 09.10.2027 10:00
    Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten
    annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an
    den Empfänger.
    <EX01.pontos-verein-bielefeld.example #5.2.2 smtp;554 5.2.2 mailbox full;
    STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded>
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EX01.pontos-verein-bielefeld.example"),
         ("Received-From-MTA", "dns;mail.wuppertal.example"),
         ("Arrival-Date", "Sat, 9 Oct 2027 08:00:37 +0000")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n"
                             " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    original = sent_message(
        f"Pontos-Verein Bielefeld <{rcpt}>", REMINDER_SUBJECT,
        reminder("Vorstand des Pontos-Vereins Bielefeld", "WS2", 3),
        "Sat, 9 Oct 2027 10:00:06 +0200", "<mailbot.20271009100006.5e1f@wuppertal.example>")
    m.multi("report", [note, dsn, rfc822_part(original, "Erinnerung")], style="outlook",
            params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Bilingual Greek/German out-of-office to the reminder: Greek Outlook subject
# prefix "Αυτόματη απάντηση:", no Auto-Submitted, only X-Auto-Response-Suppress.

@mail("lazaridis-greek-german-out-of-office", "2027-10-09 10:06:02",
      E("auto_reply"), "el")
def _(m):
    m.head(("From", "Panagiotis Lazaridis <p.lazaridis@ek-bielefeld.example>"),
           ("To", TO_DK),
           ("Subject", ew("Αυτόματη απάντηση: " + REMINDER_SUBJECT, "utf-8", "b"),
            "Αυτόματη απάντηση: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB5843E7F6A5B4C3D2E1F0A9B8C7D6@AM0PR03MB5843.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20271009100004.2b6c@wuppertal.example>"),
           ("References", "<mailbot.20271009100004.2b6c@wuppertal.example>"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "el-GR"),
           ("MIME-Version", "1.0"))
    m.single("""Είμαι εκτός γραφείου έως τις 18 Οκτωβρίου με περιορισμένη πρόσβαση στο
email μου. Για επείγοντα θέματα επικοινωνήστε με τη γραμματεία:
info@ek-bielefeld.example

Ich bin bis zum 18. Oktober nicht im Büro und habe nur eingeschränkt Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
info@ek-bielefeld.example.

Παναγιώτης Λαζαρίδης
Ελληνική Κοινότητα Μπίλεφελντ / Griechische Gemeinde Bielefeld e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation in Georgian (Mkhedruli) from Gmail on Android with a Georgian
# attribution line, answering the reminder (workshop 3, one person), not the
# confirmation.  Latin display name, Georgian signature.

KAVTARADZE_TEXT = """გამარჯობა,

სამწუხაროდ, 16 ოქტომბერს ვერ მოვალ – ავად ვარ. გთხოვთ, გააუქმოთ ჩემი რეგისტრაცია. ბოდიში!

თამარ ქავთარაძე"""

KAVTARADZE_ATTR = f"შაბ, 9 ოქტ. 2027, 10:00 {DK_NAME} <{DK}>-მა დაწერა:"
KAVTARADZE_QUOTED = reminder("Tamar Kavtaradze", "WS3", 1)


@mail("kavtaradze-georgian-cancel-reminder", "2027-10-12 08:50:33",
      E("cancellation", "tamar.kavtaradze@mail.example", "თამარ ქავთარაძე",
        None, [], None, "ka"), "ka")
def _(m):
    m.head(("From", "Tamar Kavtaradze <tamar.kavtaradze@mail.example>"),
           ("To", TO_DK),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL9cW7x5sZg8DtY1bC4vQ6pUj0yMl9zG3hOnV7oK8zR2eC5aXy@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20271009100002.4a7d@wuppertal.example>"),
           ("References", "<mailbot.20271009100002.4a7d@wuppertal.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KAVTARADZE_TEXT}\n\n{KAVTARADZE_ATTR}\n\n{gt_quote(KAVTARADZE_QUOTED)}\n"
    m.alternative(plain, gmail_html(KAVTARADZE_TEXT, KAVTARADZE_ATTR, KAVTARADZE_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


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


def raw_header(data, name):
    """The undecoded value of the first header `name` in the raw bytes."""
    head = data.split(b"\n\n", 1)[0].decode("ascii")
    mo = re.search(rf"^{re.escape(name)}:[ \t]*(.*(?:\n[ \t].*)*)", head, re.M | re.I)
    return mo.group(1).replace("\n", "") if mo else None


def decoded(raw):
    """RFC 2047 decoding that follows the RFC (no space between adjacent words)."""
    return str(make_header(decode_header(raw)))


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "Reply-To", "To", "Subject"):
        if msg[h] is not None:
            for d in msg[h].defects:
                problems.append(f"header {h}: {type(d).__name__} {d}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Oct 2027")

    # every body part decodes to exactly the text written above
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")

    # hand-encoded headers decode to what was meant
    for h, value in m.headers_intended:
        raw = raw_header(data, h)
        if raw is None or decoded(raw) != value:
            problems.append(f"header {h} decodes to {decoded(raw)!r}, meant {value!r}")

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

    # the labels: well formed ...
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKSHOPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int)
                                                and e["party_size"] >= 1):
            problems.append("bad party_size for change")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    person = kind in ("registration", "change", "cancellation", "question")
    if person:
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower-case")
        if not e["name"]:
            problems.append("name missing")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")

    # ... and agreeing with the mail
    if person:
        heads = [str(msg.get(h, "")) for h in ("From", "Reply-To")]
        bodies = [html.unescape(p.get_content()) for p in leaves(msg)
                  if p.get_content_maintype() == "text"]
        everything = "\n".join(heads + bodies)
        addrs = [a.lower() for _, a in getaddresses(heads)]
        if e["email"] not in addrs and e["email"] not in everything.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if e["name"] not in everything:
            problems.append("name not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in everything:
            problems.append("organisation not written in the mail")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in everything:
                problems.append("change/cancellation must answer and quote our mail")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
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
    print(f"{'lang':6}" + "".join(f"{k[:6]:>8}" for k in KINDS) + f"{'all':>8}")
    for lang in LANGS:
        row = [table[(lang, k)] for k in KINDS]
        print(f"{lang:6}" + "".join(f"{n or '':>8}" for n in row) + f"{sum(row):>8}")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already wrote {seen[s]}")
            bad += 1
        seen[s] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the brief asks for 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
