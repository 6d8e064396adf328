#!/usr/bin/env python3
"""Build the "personal address" MSO-Tag set for `mailbot parse`: mails/NNN-slug.eml
and expected.json.

Theme: the invitation asked people to register by mail to the staff member's own
address (Ximena Meza Correa-Flock, Kommunales Integrationszentrum Münster).  People
who know her from other business mix the registration with that business: funding
applications, room bookings, invitations to their own events, thanks for earlier
help, questions about other city programmes, replies to older threads.  Her mailbox
passes everything on to the registration mailbox unchanged.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"                      # registration mailbox (config)
STAFF = "meza-correa-flock@stadt-muenster.example"    # the address the invitation gave
STAFF_NAME = "Ximena Meza Correa-Flock"
TO_STAFF = f"{STAFF_NAME} <{STAFF}>"
TO_STAFF_OUTLOOK = f'"Meza Correa-Flock, Ximena" <{STAFF}>'
INVITATION_ID = "<7c1e0b5a94d24f3e@EXCH03.stadt-muenster.example>"
REMINDER_ID = "<a2f4e81c07b34d95@EXCH03.stadt-muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "tr", "ar", "ru", "fa", "fr", "it")
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
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text with '>' the way Thunderbird/Gmail do; nested quotes become '>>'."""
    out = []
    for line in text.split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


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
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True):
        """Trace headers, then `pairs` in the given order.  The mail reached the
        staff member's mailbox (X-Original-To) and was passed on unchanged to the
        registration mailbox (Delivered-To).  ASCII values (plain or already RFC
        2047-encoded) are stored verbatim, folded at spaces when long; values with
        non-ASCII characters go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        msg.set_raw("X-Original-To", STAFF)
        cet = datetime.timezone(datetime.timedelta(hours=1))
        if received:
            qid = _h(self.slug, "qid")[:10].upper()
            qid2 = _h(self.slug, "qid2")[:10].upper()
            t1 = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(cet))
            t2 = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(cet))
            msg.set_raw("Received",
                        f"from mx.stadt-muenster.example (mx.stadt-muenster.example [198.51.100.25])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid2}\n"
                        f"\tfor <{MSO}>; {t2} (CET)")
            if sender:
                domain = sender.split("@")[1]
                host = ("smtp." if domain == "mail.example" else "mail.") + domain
                msg.set_raw("Received",
                            f"from {host} ({host} [{_ip(self.slug)}])\n"
                            f"\tby mx.stadt-muenster.example (Postfix) with ESMTPS id {qid}\n"
                            f"\tfor <{STAFF}>; {t1} (CET)")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.stadt-muenster.example"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -20 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# HTML the mail clients write
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
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
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
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
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


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted):
    """Gmail HTML of a reply: the new text, then the attribution and a blockquote."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (gmail_html(text).rstrip("\n")
            + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            + esc(attribution) + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + q + "</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts of the staff member that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"

INVITATION = f"""Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

ich lade Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in drei parallelen
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Eine Anmeldung ist erforderlich. Bitte melden Sie sich bis zum 6. März 2027
per E-Mail direkt bei mir an ({STAFF}) und nennen Sie
Ihren Namen, Ihre Organisation, die gewünschte Arbeitsgruppe und mit wie
vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster
Stadt Münster"""

REMINDER_SUBJECT = "Erinnerung: Anmeldung zum Tag der Migrantenselbstorganisationen bis 6. März"

REMINDER = """Sehr geehrte Damen und Herren,

eine kurze Erinnerung: Am Samstag, 13. März 2027, findet im Stadtweinhaus
der Tag der Migrantenselbstorganisationen statt. Es sind noch Plätze frei,
vor allem in der AG 1 (Bildungssystem) und in der AG 3
(Förderungsmöglichkeiten und Vereinsmanagement).

Wenn Sie noch nicht angemeldet sind: Bitte schreiben Sie mir bis zum
6. März 2027 eine kurze E-Mail mit Name, Organisation, Arbeitsgruppe und
Personenzahl.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

AG_TEXT = {
    "AG1": "AG 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem)",
    "AG2": "AG 2 (Münsters Zukunftsprozess)",
    "AG3": "AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement)",
}

CONFIRMATION_MARK = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen"


def confirmation(salutation, ag, persons, extra):
    """The confirmation the staff member wrote herself; `extra` answers the
    other business of the registration mail."""
    who = "ist 1 Person" if persons == 1 else f"sind {persons} Personen"
    return f"""{salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus am Prinzipalmarkt. Ich habe Sie für die {AG_TEXT[ag]} eingetragen, angemeldet {who}.

{extra}

Viele Grüße
Ximena Meza Correa-Flock

Kommunales Integrationszentrum Münster
Stadt Münster"""


def invitation_message():
    """The invitation as a whole message (returned inside the bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_STAFF_OUTLOOK
    m["To"] = "undisclosed-recipients:;"
    m["Subject"] = INVITATION_SUBJECT
    m["Date"] = "Tue, 12 Jan 2027 14:02:37 +0100"
    m["Message-ID"] = INVITATION_ID
    m["MIME-Version"] = "1.0"
    m.set_content(INVITATION, charset="utf-8", cte="quoted-printable")
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
# Bounce (Postfix DSN from the city's outgoing relay) of the invitation she sent
# by Bcc: an association's old address no longer exists.  The returned
# invitation names all three AGs.

@mail("postfix-bounce-invitation-old-address", "2027-01-12 14:04:31",
      E("bounce", bounced="info@bosnischer-kulturverein-ms.example"), "en")
def _(m):
    rcpt = "info@bosnischer-kulturverein-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.stadt-muenster.example (Mail Delivery System)"),
           ("To", STAFF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270112130431.4C2E9A1F07@mail.stadt-muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.stadt-muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host
    mx.bosnischer-kulturverein-ms.example[203.0.113.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.stadt-muenster.example"),
         ("X-Postfix-Queue-ID", "4C2E9A1F07"),
         ("X-Postfix-Sender", f"rfc822; {STAFF}"),
         ("Arrival-Date", "Tue, 12 Jan 2027 14:02:39 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.bosnischer-kulturverein-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    m.multi("report", [note, dsn, rfc822_part(invitation_message())], style="postfix",
            params={"report-type": "delivery-status"})


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office (Auto-Submitted: auto-generated), German and English,
# answering the invitation; multipart/alternative, UTF-8 base64.

KILINC_OOO = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Januar 2027 im Urlaub und lese in dieser Zeit keine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@bildungswerk-interkulturell.example.

Thank you for your message. I am on leave until 22 January 2027 and will not be reading e-mails. For urgent matters please contact info@bildungswerk-interkulturell.example.

Meral Kılınç
Bildungswerk Interkulturell Münster e.V."""


@mail("kilinc-exchange-out-of-office", "2027-01-12 14:06:02",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Kılınç, Meral", "m.kilinc@bildungswerk-interkulturell.example",
                         "utf-8", "b")),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPc1yA7bK0m9hUqR3ZtN8v2wfA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7311E4A0C1B2D3E4F5A6B7C8D9E0@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.kilinc@bildungswerk-interkulturell.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(KILINC_OOO, outlook_html(KILINC_OOO, charset="utf-8"), charset="utf-8",
                  cte="base64", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Gmail reply quoting the whole invitation.  The mail is about a funding
# question for homework help at a primary school ("Schule", "Förderung",
# "Bildung" in the new text); the registration is one line: AG 2.

DEMIRTAS_TEXT = """Liebe Frau Meza Correa-Flock,

danke für die Einladung, die kam gerade passend – ich wollte Ihnen sowieso wegen unseres Antrags schreiben.

Wir möchten im Schuljahr 2027/28 die Hausaufgabenhilfe an der Grundschule Kinderhaus-West ausbauen. Im Moment betreuen wir dort 18 Kinder an zwei Nachmittagen, die Schule würde uns gern noch einen dritten Nachmittag geben. Dafür bräuchten wir eine weitere Honorarkraft und Material, insgesamt ca. 4.800 Euro im Jahr. Kann man so etwas über die städtische Förderung für Migrantenselbstorganisationen beantragen, oder ist das eher ein Fall für die Mittel aus Bildung und Teilhabe? Die Schulleiterin Frau Terhorst meinte, Sie wüssten da am besten Bescheid.

Wenn es passt, würde ich gern einen Termin mit Ihnen machen, am besten dienstags oder donnerstags vormittags.

Zum MSO-Tag: ich komme gern, und zwar in die AG 2. Das Bildungsthema haben wir ja sowieso jeden Tag :-)

Herzliche Grüße
Hatice Demirtaş
Türkisch-Deutscher Elternbund Münster e.V.
Mobil 0157 3325 8841"""


@mail("demirtas-funding-question-ag2-in-one-line", "2027-01-12 18:22:40",
      E("registration", "hatice.demirtas@elternbund-ms.example", "Hatice Demirtaş",
        "Türkisch-Deutscher Elternbund Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    attribution = f"Am Di., 12. Jan. 2027 um 14:02 Uhr schrieb {STAFF_NAME} <{STAFF}>:"
    m.head(("From", "Hatice Demirtaş <hatice.demirtas@elternbund-ms.example>"),
           ("To", TO_STAFF),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3xk9R2mW7tQ0pLc8vN4bZ1yHs6dJe5uG0aT3nKr8wX2qYf7A@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(DEMIRTAS_TEXT, attribution, INVITATION),
                  gmail_reply_html(DEMIRTAS_TEXT, attribution, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# English thank-you for help with registering the association; the
# registration follows ("My wife Ngozi and I" = 2, "workgroup 1").

NWOSU_TEXT = """Dear Ms Meza Correa-Flock,

I wanted to thank you once again for your help last autumn. Without your advice on the statutes and the letter you wrote for us, we would never have managed the registration at the Amtsgericht. Since December we are officially "Igbo Cultural Association Münster e.V." - our members were very happy when I told them at our end-of-year party.

I also received your invitation to the Day of Migrant Organisations on 13 March. My wife Ngozi and I would like to attend. We are both most interested in workgroup 1 on education, because many of our members have children in school and the German school system is a big topic for them.

If there is anything we can bring or help with on the day, please let me know.

Kind regards,
Chidi Nwosu
Chairman
Igbo Cultural Association Münster e.V."""


@mail("nwosu-english-thanks-and-registration", "2027-01-13 09:40:12",
      E("registration", "chidi.nwosu@mail.example", "Chidi Nwosu",
        "Igbo Cultural Association Münster e.V.", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chidi Nwosu <chidi.nwosu@mail.example>"),
           ("To", STAFF),
           ("Subject", "Thank you + MSO day"),
           ("Date", m.date),
           ("Message-ID", "<CAB9qT4mX1nR7wK2pZ8vL3cY6hD0sF5gJ9eU2oA4iN7bM1xWk3Q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NWOSU_TEXT, gmail_html(NWOSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# A room booking request; the registration is one sentence near the end
# ("für die Arbeitsgruppe Vereinsmanagement").  "25 Personen", "Seminarraum 2",
# "Stadthaus 1", "1. Vorsitzende" are not sizes or workgroups.  Outlook
# multipart/alternative, windows-1252 quoted-printable.

EL_IDRISSI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wie am Telefon besprochen, möchte ich für unseren Verein einen Raum für die Mitgliederversammlung anfragen:

Datum: Samstag, 20. Februar 2027
Uhrzeit: 17:00 – 21:00 Uhr (inkl. Auf- und Abbau)
Teilnehmende: ca. 25 Personen
Wunsch: Seminarraum 2 im Stadthaus 1, falls frei – sonst gern ein anderer Raum mit Beamer

Getränke bringen wir selbst mit. Die Schlüsselübergabe könnte unser Kassierer Herr Bennani übernehmen.

Außerdem melde ich mich hiermit zum Tag der Migrantenselbstorganisationen am 13. März an, für die Arbeitsgruppe Vereinsmanagement.

Vielen Dank im Voraus und freundliche Grüße

Samira El Idrissi
1. Vorsitzende
Marokkanischer Kulturverein Atlas Münster e.V.
Hammer Straße 212, 48153 Münster"""


@mail("el-idrissi-room-request-registration-aside", "2027-01-13 15:12:05",
      E("registration", "samira.elidrissi@atlas-muenster.example", "Samira El Idrissi",
        "Marokkanischer Kulturverein Atlas Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"El Idrissi, Samira" <samira.elidrissi@atlas-muenster.example>'),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Raumanfrage Mitgliederversammlung 20.02."),
           ("Thread-Topic", "Raumanfrage Mitgliederversammlung 20.02."),
           ("Thread-Index", "AdtlqE3kR0vW8y2cS9e1nQ4ZbT7fXw=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB5912C0D1E2F3A4B5C6D7E8F9A0B1@AM6PR04MB5912.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(EL_IDRISSI_TEXT, outlook_html(EL_IDRISSI_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Invitation to the association's own Tết festival with a question about the
# MSO-Tag (info table?); the registration is announced for later -> question.
# Display name without diacritics; the signature has the full Vietnamese name.
# Apple Mail multipart/alternative.

TRAN_TEXT = """Liebe Frau Meza Correa-Flock,

die Vietnamesische Gemeinde Münster lädt Sie und Ihre Kolleginnen und Kollegen herzlich zu unserem Tết-Fest ein – dem vietnamesischen Neujahrsfest, das wir in diesem Jahr am Samstag, 6. Februar 2027, ab 15 Uhr im Pfarrheim St. Anna in Mecklenbeck feiern. Es gibt ein Kulturprogramm mit Löwentanz, die Kinder unserer Sprachschule singen, und natürlich viel Essen. Wir würden uns sehr freuen, wenn Sie ein kurzes Grußwort sprechen könnten (5 Minuten reichen völlig).

Zu Ihrer Einladung zum MSO-Tag hätte ich noch eine Frage: Dürfen die Vereine dort auch Material auslegen oder einen kleinen Tisch mit Infos über ihre Arbeit aufbauen? Wir haben eine neue Broschüre über unsere Sprachschule. Anmelden werde ich uns, sobald der Vorstand am 25. Januar entschieden hat, wer von uns hingeht.

Mit herzlichen Grüßen
Trần Minh Đức
Schriftführer
Vietnamesische Gemeinde Münster e.V."""


@mail("tran-tet-invitation-question-infotable", "2027-01-14 10:03:55",
      E("question", "duc.tran@vgm-muenster.example", "Trần Minh Đức",
        "Vietnamesische Gemeinde Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Duc Tran <duc.tran@vgm-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", "Einladung Tết-Fest 6. Februar / Frage MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<4F7A2C1E-93B8-4D05-A6E1-2B9C8D7E6F50@vgm-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(TRAN_TEXT, apple_html(TRAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Turkish, iso-8859-9 8bit, plain.  Mostly a question about the city's
# volunteer interpreter pool; then "1. çalışma grubu" and "eşim de benimle
# gelecek" (my husband comes with me) -> AG1, 2.  "üç kadın arkadaşımız"
# (three of our women) is not the party.

@mail("aydogan-turkish-interpreter-pool-and-registration", "2027-01-15 08:47:19",
      E("registration", "gulten.aydogan@mail.example", "Gülten Aydoğan",
        "Münster Türk Kadınları Birliği", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Gülten Aydoğan", "gulten.aydogan@mail.example", "iso-8859-9", "q")),
           ("To", STAFF),
           ("Subject", ew("Tercümanlık havuzu hakkında / MSO günü", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1768463239.502117.3321@webmail.mail.example>"),
           ("X-Mailer", "Webmail 7.1"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Meza Correa-Flock Hanım,

geçen hafta Kinderhaus'taki bilgilendirme toplantısında şehrin gönüllü tercüman havuzundan (Sprachmittlerpool) bahsetmiştiniz. Derneğimizden üç kadın arkadaşımız bu havuza katılmak istiyor. Hepsi Türkçe ve Almanca biliyor, biri ayrıca Kürtçe konuşuyor. Başvuru için hangi belgeler gerekiyor ve eğitim ne zaman başlıyor? Bilgileri bana gönderirseniz arkadaşlara iletirim.

Bir de 13 Mart'taki Göçmen Örgütleri Günü için kaydımı yaptırmak istiyorum. Eğitim konusundaki 1. çalışma grubuna katılmak istiyorum, eşim de benimle gelecek.

Şimdiden teşekkürler, iyi çalışmalar dilerim.

Gülten Aydoğan
Münster Türk Kadınları Birliği
""", charset="iso-8859-9", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Reply in an old thread about the proof of use of last year's grant
# (plain-text Outlook, "-----Ursprüngliche Nachricht-----" twice, windows-1252
# QP).  In the middle one sentence registers: AG 3, else AG 1.  The quoted
# thread talks about Förderung, Kinderbetreuung and "Position 3".

ROSTAMI_OLD_1 = """Liebe Frau Meza Correa-Flock,

anbei unser Sachbericht für das Projekt „Mama lernt Deutsch“. Wir hatten 2026 insgesamt zwei Kurse mit zusammen 14 Teilnehmerinnen, die Kinderbetreuung lief parallel im Nebenraum. Den zahlenmäßigen Nachweis schicke ich nach, sobald unsere Kassiererin alle Belege sortiert hat.

Viele Grüße
Leyla Rostami"""

ROSTAMI_OLD_2 = """Liebe Frau Rostami,

vielen Dank für den Sachbericht, der ist sehr gelungen! Für den zahlenmäßigen Nachweis fehlen mir noch:

- die Teilnehmerlisten der Kurse ab Oktober
- die Originalbelege für die Kinderbetreuung (Position 3 im Finanzierungsplan)
- die Honorarverträge der beiden Kursleiterinnen

Die Frist für den Verwendungsnachweis ist der 31. Januar 2027.

PS: Die Einladung zum Tag der Migrantenselbstorganisationen im März geht im Januar raus, das Thema Förderung bekommt dort auch eine eigene Arbeitsgruppe.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

ROSTAMI_NEW = """Liebe Frau Meza Correa-Flock,

entschuldigen Sie bitte die späte Antwort, ich war über die Feiertage bei meiner Familie in Hamburg.

Die fehlenden Unterlagen schicke ich Ihnen heute noch per Post: die Teilnehmerlisten von Oktober bis Dezember und die Originalbelege für die Kinderbetreuung. Die Honorarverträge hatte ich Ihnen schon im November gemailt – falls sie nicht angekommen sind, sagen Sie bitte Bescheid, dann schicke ich sie noch einmal.

Übrigens: Bitte tragen Sie mich auch für den MSO-Tag am 13.03. ein. Am meisten interessiert mich die AG 3, gerade wegen der neuen Förderrichtlinie – falls die voll ist, gern die AG 1.

Viele Grüße
Leyla Rostami
Deutsch-Afghanischer Frauenverein Nur e.V."""


@mail("rostami-old-thread-proof-of-use-ag3-else-ag1", "2027-01-15 16:30:44",
      E("registration", "leyla.rostami@frauenverein-nur.example", "Leyla Rostami",
        "Deutsch-Afghanischer Frauenverein Nur e.V.", ["AG3", "AG1"], 1, "de"), "de")
def _(m):
    subj = "Verwendungsnachweis Projekt „Mama lernt Deutsch“ 2026"
    body = f"""{ROSTAMI_NEW}

-----Ursprüngliche Nachricht-----
Von: Meza Correa-Flock, Ximena <{STAFF}>
Gesendet: Mittwoch, 16. Dezember 2026 11:20
An: Leyla Rostami <leyla.rostami@frauenverein-nur.example>
Betreff: AW: {subj}

{ROSTAMI_OLD_2}

-----Ursprüngliche Nachricht-----
Von: Leyla Rostami <leyla.rostami@frauenverein-nur.example>
Gesendet: Montag, 14. Dezember 2026 21:47
An: Meza Correa-Flock, Ximena <{STAFF}>
Betreff: {subj}

{ROSTAMI_OLD_1}
"""
    m.head(("From", "Leyla Rostami <leyla.rostami@frauenverein-nur.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", ew("AW: AW: " + subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<001b01db675e$3a9c4e10$afd4ea30$@frauenverein-nur.example>"),
           ("In-Reply-To", "<5e0c9a3b7d1f4a62@EXCH03.stadt-muenster.example>"),
           ("References", "<000f01db6c2d$11a2b3c4$34e5f6a7$@frauenverein-nur.example> "
                          "<5e0c9a3b7d1f4a62@EXCH03.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(body, charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Long mail with programme entries for the Interkulturelle Woche (numbered
# 1) 2) 3), "Saal 2", "4 Stellwände", "60 Plätze"); one sentence in the
# middle registers her and the treasurer for "die Arbeitsgruppe zum
# Zukunftsprozess" -> AG2, 2.  Thunderbird, format=flowed, UTF-8 8bit;
# signed with the first name, full name below the signature separator.

@mail("stavridou-interkulturelle-woche-registration-hidden", "2027-01-18 11:02:31",
      E("registration", "eleni.stavridou@hellas-muenster.example", "Eleni Stavridou",
        "Griechischer Kulturverein Hellas Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Eleni Stavridou <eleni.stavridou@hellas-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", "Beiträge Interkulturelle Woche 2027 – Hellas"),
           ("Date", m.date),
           ("Message-ID", "<9a4d2e71-0b3c-4f58-8e16-c7a5b2d9f034@hellas-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Ximena,

anbei wie versprochen unsere Beiträge für das Programmheft der Interkulturellen Woche. Ich schreibe sie direkt hier in die Mail, das Formular ließ sich bei mir leider nicht öffnen.

1) Griechischer Filmabend: „Ein Sommer auf Kreta“ mit anschließendem Gespräch
   Freitag, 24. September 2027, 19:00 Uhr, Cinema, Saal 2 (ist schon angefragt)
   Eintritt frei, ca. 60 Plätze

2) Tanzworkshop für Kinder und Jugendliche (8–14 Jahre)
   Samstag, 25. September 2027, 11:00–13:00 Uhr, Gemeindesaal der griechisch-orthodoxen Gemeinde
   Anmeldung über unseren Verein

3) Offenes Café mit griechischem Gebäck und Ausstellung „50 Jahre Griechinnen und Griechen in Münster“
   Sonntag, 26. September 2027, 14:00–18:00 Uhr, Vereinsräume Hellas, Wolbecker Str. 58

Für Nr. 3 bräuchten wir evtl. noch 4 Stellwände – hat das Integrationszentrum so etwas zum Ausleihen? Sonst frage ich beim Stadtteilbüro.

Den 13. März haben wir uns natürlich auch schon dick im Kalender angestrichen: Ich komme mit unserer Kassiererin Sofia Nikolaidou, und wir möchten beide in die Arbeitsgruppe zum Zukunftsprozess.

Die Texte für das Heft kannst Du gern kürzen, wenn sie zu lang sind. Fotos schicke ich nächste Woche, unser Fotograf ist gerade krank.

Liebe Grüße
Eleni

-- 
Eleni Stavridou
Griechischer Kulturverein Hellas Münster e.V.
Öffentlichkeitsarbeit
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 010 ---------------------------------------------------------------------
# Other: a colleague from the city's event service writes about rooms and
# catering for the MSO-Tag itself ("90 Plätze", "AG 1 bis AG 3", "Raum 2").
# Not a participant.  windows-1252 quoted-printable, with a disclaimer.

@mail("hoelscher-event-service-room-plan", "2027-01-19 11:02:50",
      E("other"), "de")
def _(m):
    m.head(("From", '"Hölscher, Markus" <markus.hoelscher@stadt-muenster.example>'),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", ew("MSO-Tag 13.03. – Raumplanung und Catering Stadtweinhaus",
                          "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<c81f2e6a9b4d4077@EXCH01.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

anbei wie besprochen die Planung für den 13.03. im Stadtweinhaus:

- 9:00 Uhr Aufbau, Technik-Check mit Herrn Brandt (Haustechnik)
- Festsaal: 90 Plätze in Reihenbestuhlung für den Auftakt, Rednerpult, 2 Funkmikrofone, Beamer
- ab 13:00 Uhr drei Gruppenräume für die AG 1 bis AG 3: Bürgersaal (30 Plätze), Ratssaal-Foyer (30 Plätze), Besprechungsraum 2 (30 Plätze)
- Catering durch den Ratskeller: Kaffee, Tee und Wasser ganztägig, mittags Suppe (auch vegetarisch/halal) und Fingerfood

Die endgültige Teilnehmerzahl für das Catering bräuchte ich bis spätestens Freitag, 5. März. Danach sind Stornierungen nur noch bis 10 % kostenfrei.

Bitte denken Sie auch an die Liste der Personen, die eine Einfahrtgenehmigung für den Prinzipalmarkt brauchen.

Mit freundlichen Grüßen
Im Auftrag

Markus Hölscher
Veranstaltungsservice
Stadt Münster

--
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""", charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Arabic thank-you for help with last year's grant ("الدعم المالي"), then the
# registration: "مجموعة العمل الثانية" (the second workgroup), himself only.
# "١٢ طفلاً" (12 children) and "١٣ آذار" in Arabic-Indic digits.  Gmail
# alternative with right-to-left HTML, UTF-8 base64.

ALHUSSEIN_TEXT = """السيدة ميزا كوريا-فلوك المحترمة،

تحية طيبة وبعد،

أود أن أشكرك جزيل الشكر على مساعدتك لنا في العام الماضي في تقديم طلب الدعم المالي لمشروع دروس الموسيقى للأطفال. لقد حصلنا على الموافقة في شهر كانون الأول، وبدأ المشروع هذا الشهر بمشاركة ١٢ طفلاً. الأهالي سعداء جداً، وسنرسل لك قريباً بعض الصور من الحصص الأولى.

كما أود أن أسجّل نفسي للمشاركة في يوم منظمات المهاجرين في ١٣ آذار. أفضّل مجموعة العمل الثانية حول عملية مستقبل مدينة مونستر، لأن كثيراً من أعضائنا يهتمون بموضوع السكن والأحياء.

مع خالص التحيات،
Yamen Al-Hussein
Syrischer Kulturtreff Münster e.V."""


@mail("alhussein-arabic-thanks-grant-ag2", "2027-01-20 20:44:10",
      E("registration", "yamen.alhussein@mail.example", "Yamen Al-Hussein",
        "Syrischer Kulturtreff Münster e.V.", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Yamen Al-Hussein <yamen.alhussein@mail.example>"),
           ("To", STAFF),
           ("Subject", "شكر وتسجيل – يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAN5vR8yT2kW9qL0xB3mZ7cH1dJ6sP4gF8eU0oA2iK5nM9wXr4T@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHUSSEIN_TEXT, gmail_html(ALHUSSEIN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Registration of three ("ich und zwei Kolleginnen", "alle drei in die AG 1")
# plus a question about the small-projects fund that has "nichts mit dem
# MSO-Tag zu tun" (Antrag, 1.500 Euro, März).  iso-8859-2 quoted-printable.

@mail("jovanovic-registration-plus-fund-question", "2027-01-21 10:10:48",
      E("registration", "branka.jovanovic@sksv-muenster.example", "Branka Jovanović",
        "Serbischer Kultur- und Sportverein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Branka Jovanović", "branka.jovanovic@sksv-muenster.example",
                         "iso-8859-2", "q")),
           ("To", STAFF),
           ("Subject", "Anmeldung MSO-Tag + Frage Kleinprojektefonds"),
           ("Date", m.date),
           ("Message-ID", "<20270121101048.6f2a91@sksv-muenster.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich und zwei Kolleginnen aus unserem Vorstand (Dragana Ilić und Mirjana Savić) zum Tag der Migrantenselbstorganisationen an. Wir möchten alle drei in die AG 1, weil wir ab Herbst eine Hausaufgabenhilfe für serbischsprachige Kinder aufbauen wollen.

Und gleich noch eine Frage, die nichts mit dem MSO-Tag zu tun hat: Gibt es den Fonds für Kleinprojekte auch 2027 wieder? Wir würden gern für unser Folklore-Ensemble neue Trachten beantragen (ca. 1.500 Euro). Letztes Jahr war die Antragsfrist ja schon im März. Gilt das wieder, und kann man den Antrag formlos stellen?

Mit freundlichen Grüßen
Branka Jovanović
Serbischer Kultur- und Sportverein Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# A colleague from the social welfare office forwards a mail that reached her
# instead; its MSO-Tag part is a registration (AG "Förderungsmöglichkeiten und
# Vereinsmanagement", with his son -> 2).  She asks to confirm directly to him,
# so the email is the original writer's.  Outlook alternative, UTF-8 QP.

WESSELS_TEXT = """Liebe Ximena,

die Mail unten ist bei mir gelandet, der Teil mit dem MSO-Tag ist ja für Dich. Die Frage zum Bildungspaket habe ich Herrn Doğan schon beantwortet. Kannst Du ihm die Anmeldung bitte direkt bestätigen?

Viele Grüße
Anke

Anke Wessels
Sozialamt – Bildung und Teilhabe
Stadt Münster"""

DOGAN_TEXT = """Sehr geehrte Frau Wessels,

wir haben eine Frage zum Bildungs- und Teilhabepaket: Können Familien die Lernförderung auch beantragen, wenn der Nachhilfeunterricht bei uns im Verein stattfindet? Mehrere Eltern haben uns das schon gefragt.

Außerdem möchte ich mich für den Tag der Migrantenselbstorganisationen am 13. März anmelden, zusammen mit meinem Sohn Baran (er ist in unserem Jugendvorstand). Wir interessieren uns für die AG Förderungsmöglichkeiten und Vereinsmanagement.

Ich hoffe, Sie sind dafür die richtige Ansprechpartnerin.

Mit freundlichen Grüßen
Serdar Doğan
Kurdisches Haus Münster e.V."""


@mail("wessels-forwards-dogan-registration", "2027-01-22 14:20:05",
      E("registration", "serdar.dogan@kurdisches-haus-ms.example", "Serdar Doğan",
        "Kurdisches Haus Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    quote = ("Serdar Doğan <serdar.dogan@kurdisches-haus-ms.example>",
             "Donnerstag, 21. Januar 2027 19:12",
             "Wessels, Anke <anke.wessels@stadt-muenster.example>",
             "Anmeldung + Frage BuT", DOGAN_TEXT)
    m.head(("From", '"Wessels, Anke" <anke.wessels@stadt-muenster.example>'),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "WG: Anmeldung + Frage BuT"),
           ("Thread-Topic", "Anmeldung + Frage BuT"),
           ("Date", m.date),
           ("Message-ID", "<4b90d7e2c15a4f3e@EXCH02.stadt-muenster.example>"),
           ("References", "<f3c8a1d0-6e2b-4c97-b5a4-8d1e0f9c2b73@kurdisches-haus-ms.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WESSELS_TEXT, quote),
                  outlook_html(WESSELS_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Russian: the choir needs a rehearsal room ("около 20 человек", 18:30);
# then "рабочая группа 3 – Förderung und Vereinsmanagement", "приду одна"
# (I come alone).  Display name in Cyrillic (windows-1251 B-encoded), Latin
# signature; the organisation only in the signature.  UTF-8 QP alternative.

BECKER_TEXT = """Здравствуйте, уважаемая госпожа Меза Корреа-Флок!

Пишу Вам по поводу помещения для нашего хора. С февраля мы больше не можем репетировать в зале церковной общины, там начинается ремонт. Нам нужен зал по вторникам с 18:30 до 20:30, нас около 20 человек, и нужно пианино или хотя бы место для электронного. Может быть, в Bürgerhaus Kinderhaus или в Begegnungszentrum Sprakel есть что-то свободное? В прошлом году Вы нам очень помогли с концертом, поэтому я решила спросить сначала Вас.

И ещё: я хотела бы зарегистрироваться на день мигрантских организаций 13 марта. Я приду одна, рабочая группа 3 – Förderung und Vereinsmanagement, это для нас сейчас самое важное.

Заранее большое спасибо!

С уважением,
Olga Becker
Deutsch-Russischer Chor Berjoska e.V."""


@mail("becker-russian-choir-room-ag3", "2027-01-25 19:05:33",
      E("registration", "olga.becker@mail.example", "Olga Becker",
        "Deutsch-Russischer Chor Berjoska e.V.", ["AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Беккер", "olga.becker@mail.example", "windows-1251", "b")),
           ("To", STAFF),
           ("Subject", ew("Помещение для хора и МСО-день", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769364333.418820561@f712.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_TEXT, div_html(BECKER_TEXT, "font-family: Arial;font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Short iPhone mail: thanks for yesterday's talk, the application follows;
# "meld mich schon mal ... an, Gruppe Bildung".  Signed with the first name
# only; the full name is the From display name.  No organisation.

@mail("mansour-iphone-short-gruppe-bildung", "2027-01-26 07:58:02",
      E("registration", "tarek.mansour@mail.example", "Tarek Mansour", None,
        ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tarek Mansour <tarek.mansour@mail.example>"),
           ("To", STAFF),
           ("Subject", "Antrag + Samstag"),
           ("Date", m.date),
           ("Message-ID", "<8B2F4D61-0C7A-4E39-9D15-3A6E2C8B7F41@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo Frau Meza,

danke nochmal für das Gespräch gestern, hat mir sehr geholfen! Wie besprochen schick ich den Antrag für die Fahrradwerkstatt dann nächste Woche, den Kostenplan mach ich am Wochenende.

Und ich meld mich schon mal für den MSO-Tag am 13.3. an, Gruppe Bildung.

Gruß Tarek

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# A long Outlook HTML-only mail (windows-1252 QP) with five numbered points:
# thanks for the summer festival, a funding question ("10 %"), a room for a
# counselling hour ("zwei, drei Stühle"), then "4. Für den MSO-Tag ... melden
# Sie bitte Herrn Okonkwo und mich an; wir gehen beide in die AG 2", and the
# new board.  The item number 4 is not a workgroup or a size.

ADEYEMI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich hoffe, Sie sind gut ins neue Jahr gekommen. Ich möchte mehrere Dinge auf einmal erledigen und bitte um Nachsicht für die lange Mail.

1. Sommerfest 2026
Zunächst noch einmal herzlichen Dank für Ihre Unterstützung bei unserem Afrika-Sommerfest im August. Die Bühne und die Zelte vom Stadtteilbüro haben den Tag gerettet, als es nachmittags geregnet hat. Wir hatten über 400 Besucherinnen und Besucher, so viele wie noch nie. Ein kleines Fotobuch schicken wir Ihnen mit der Post.

2. Förderantrag 2027
Wir möchten in diesem Jahr wieder einen Antrag auf Förderung stellen, diesmal für eine Beratungssprechstunde für neu zugewanderte Familien (zwei Nachmittage im Monat). Meine Frage: Muss der Eigenanteil von 10 % in bar erbracht werden, oder können wir ehrenamtliche Stunden anrechnen? In der Richtlinie habe ich dazu nichts gefunden.

3. Raum für die Sprechstunde
Für die Sprechstunde bräuchten wir einen kleinen Raum mit Tisch und zwei, drei Stühlen, möglichst zentral. Gibt es im Stadthaus 1 oder im Haus der Familie Räume, die Vereine stundenweise nutzen dürfen?

4. Für den MSO-Tag am 13.03. melden Sie bitte Herrn Okonkwo und mich an; wir gehen beide in die AG 2.

5. Zum Schluss: Unser Vorstand wurde im Dezember neu gewählt. Neuer Schatzmeister ist Herr Kofi Asamoah, seine Kontaktdaten schicke ich Ihnen gesondert.

Vielen Dank und freundliche Grüße

Dr. Emmanuel Adeyemi
Vorsitzender
Afrikanischer Dachverband Münster e.V.
Tel. 0251 / 53 88 21 40"""


@mail("adeyemi-long-outlook-html-point-4", "2027-01-27 13:33:21",
      E("registration", "e.adeyemi@afrika-dachverband-ms.example", "Emmanuel Adeyemi",
        "Afrikanischer Dachverband Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Emmanuel Adeyemi" <e.adeyemi@afrika-dachverband-ms.example>'),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Verschiedenes: Sommerfest, Antrag, Raum, MSO-Tag"),
           ("Thread-Topic", "Verschiedenes: Sommerfest, Antrag, Raum, MSO-Tag"),
           ("Thread-Index", "AdtwM0c9b1R4k2vS6pQ8xZ1nY3tE5w=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR06MB6890A7B8C9D0E1F2A3B4C5D6E7F8@PR3PR06MB6890.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ADEYEMI_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Italian: a question about the city's welcome-guide programme ("due
# volontari" = two volunteers), then "gruppo di lavoro 1 sull'istruzione",
# "verrò insieme a una collega, quindi saremo in due" -> AG1, 2.
# iso-8859-1 quoted-printable.

@mail("ferraro-italian-welcome-programme-and-registration", "2027-01-28 11:11:11",
      E("registration", "giulia.ferraro@aci-muenster.example", "Giulia Ferraro",
        "Associazione Culturale Italiana Münster e.V.", ["AG1"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giulia Ferraro <giulia.ferraro@aci-muenster.example>"),
           ("To", STAFF),
           ("Subject", "Programma di accoglienza e giornata MSO"),
           ("Date", m.date),
           ("Message-ID", "<000601db7166$8e1f2a30$aa5d7e90$@aci-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single("""Gentile signora Meza Correa-Flock,

La ringrazio ancora per l'incontro di dicembre. Come d'accordo, Le scrivo per il programma di accoglienza per i nuovi arrivati (il programma "Willkommenslotsen"): la nostra associazione vorrebbe mettere a disposizione due volontari di lingua italiana che possano accompagnare le famiglie appena arrivate negli uffici. Potrebbe dirmi a chi dobbiamo rivolgerci e se è prevista una formazione?

Colgo l'occasione anche per iscrivermi alla giornata delle organizzazioni dei migranti del 13 marzo. Vorrei partecipare al gruppo di lavoro 1 sull'istruzione; verrò insieme a una collega, quindi saremo in due.

Cordiali saluti
Giulia Ferraro
Associazione Culturale Italiana Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Question, English: a thank-you for a reference letter, then "Is the event
# also open to people like me ... If it is open, I would love to come."
# A student, no organisation (the university is not one).

@mail("venkataraman-english-thanks-question-open-to-students", "2027-01-29 22:40:18",
      E("question", "arjun.v@mail.example", "Arjun Venkataraman", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Arjun V <arjun.v@mail.example>"),
           ("To", STAFF),
           ("Subject", "Thanks for the reference letter"),
           ("Date", m.date),
           ("Message-ID", "<d2b7e9f4-1a6c-4e30-8f52-7c0a3e9b1d68@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Meza Correa-Flock,

thank you so much for the reference letter you wrote for my internship application at the Diakonie - I got the place and start in April! I really appreciated that you took the time, especially in the busy weeks before Christmas.

One more thing: a friend forwarded me your invitation to the MSO Day on 13 March. I am not a member of any association yet, I am just a master's student interested in migration policy. Is the event also open to people like me, or is it only for representatives of organisations? If it is open, I would love to come.

Best regards,
Arjun Venkataraman
""", charset="us-ascii", cte="7bit", params={"format": "flowed"})


# -- 019 ---------------------------------------------------------------------
# Reply in an older thread about an interpreter for a parents' evening
# (Thunderbird, nested '>' quotes with "Klasse 3b", "Grundschule", "18 Uhr").
# New text: thanks, then "Arbeitsgruppe Bildung, falls da kein Platz mehr
# ist, ... die AG zum Zukunftsprozess" -> AG1, AG2.  "23 Eltern" is no size.

RAHMANI_OLD_1 = """Sehr geehrte Frau Meza Correa-Flock,

für den Elternabend der Klasse 3b an der Grundschule Berg Fidel am
28. Januar suchen wir eine Übersetzung in Dari. Viele afghanische Eltern
verstehen sonst fast nichts. Gibt es dafür eine Möglichkeit über die
Stadt?

Mit freundlichen Grüßen
Aziz Rahmani"""

RAHMANI_OLD_2 = f"""Lieber Herr Rahmani,

gute Nachricht: Frau Noori aus unserem Sprachmittlerpool kann am
28. Januar um 18 Uhr zum Elternabend in die Grundschule kommen. Sie
spricht Dari und Paschtu. Bitte geben Sie ihr die Adresse der Schule und
den Namen der Klassenlehrerin durch: noori.sprachmittlung@mail.example

Viele Grüße
Ximena Meza Correa-Flock

Am 07.01.27 um 21:03 schrieb Aziz Rahmani:
{gt_quote(RAHMANI_OLD_1)}"""

RAHMANI_NEW = """Liebe Frau Meza Correa-Flock,

ich wollte mich noch einmal bedanken: Frau Noori war am Donnerstag beim Elternabend und hat wunderbar übersetzt. Es sind 23 Eltern gekommen, so viele wie noch nie, und die Klassenlehrerin war sehr beeindruckt. Einige Mütter haben schon gefragt, ob wir das beim nächsten Elternabend im Mai wieder so machen können – ich melde mich dann rechtzeitig.

Bei der Gelegenheit: Ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden. Am liebsten Arbeitsgruppe Bildung, falls da kein Platz mehr ist, nehme ich die AG zum Zukunftsprozess.

Viele Grüße
Aziz Rahmani
Afghanischer Elternverein Münster"""


@mail("rahmani-old-thread-interpreter-bildung-else-zukunft", "2027-02-01 17:25:00",
      E("registration", "aziz.rahmani@mail.example", "Aziz Rahmani",
        "Afghanischer Elternverein Münster", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Aziz Rahmani <aziz.rahmani@mail.example>"),
           ("To", TO_STAFF),
           ("Subject", "Re: Anfrage Sprachmittlung Elternabend 28.01."),
           ("Date", m.date),
           ("Message-ID", "<6e1a9c3f-52d8-4b07-a4e9-0f8c2d7b5e13@mail.example>"),
           ("In-Reply-To", "<9d2e4f6a8b0c4e21@EXCH03.stadt-muenster.example>"),
           ("References", "<1b3c5d7e-9f0a-4b2c-8d4e-6f7a8b9c0d1e@mail.example> "
                          "<9d2e4f6a8b0c4e21@EXCH03.stadt-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{RAHMANI_NEW}

Am 08.01.27 um 10:14 schrieb Ximena Meza Correa-Flock:
{gt_quote(RAHMANI_OLD_2)}
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Turkish invitation to the association's culture night (6 Mart, 19:00),
# then "3 kişi" and "3. çalışma grubuna (Förderung ve dernek yönetimi)"
# -> AG3, 3.  iso-8859-9 quoted-printable, Thunderbird.

@mail("yavuz-turkish-culture-night-invitation-three-ag3", "2027-02-02 12:02:44",
      E("registration", "hakan.yavuz@anadolu-gievenbeck.example", "Hakan Yavuz",
        "Gievenbeck Anadolu Kültür Derneği", ["AG3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Hakan Yavuz <hakan.yavuz@anadolu-gievenbeck.example>"),
           ("To", TO_STAFF),
           ("Subject", ew("Kültür gecesi davetiyesi / MSO günü kaydı", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<5c0f8e2a-7b41-4d96-93a5-e1d6b8c4f027@anadolu-gievenbeck.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Meza Correa-Flock Hanım,

derneğimiz 6 Mart Cumartesi akşamı saat 19:00'da Gievenbeck'teki lokalimizde bir Anadolu Kültür Gecesi düzenliyor. Halk müziği, semah gösterisi ve yemek olacak. Sizi ve ekibinizi davet etmekten mutluluk duyarız; mümkünse kısa bir konuşma yaparsanız çok seviniriz.

Ayrıca 13 Mart'taki MSO gününe 3 kişi olarak katılmak istiyoruz: ben, başkan yardımcımız Ayten Koç ve gençlik sorumlumuz Emre Tunç. Üçümüz de 3. çalışma grubuna (Förderung ve dernek yönetimi) katılmak istiyoruz, çünkü bu yıl ilk kez proje desteği için başvurmayı düşünüyoruz.

Saygılarımla
Hakan Yavuz
Gievenbeck Anadolu Kültür Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Sent from the association's shared mailbox with her own Reply-To (and a
# P.S. asking to answer there).  Thanks for a grant notice, a question about
# calling the funds, and "bitte für den Workshop Stadtentwicklung
# eintragen" -> AG2.

@mail("tekle-shared-mailbox-reply-to-grant-thanks", "2027-02-03 09:30:12",
      E("registration", "semhar.tekle@mail.example", "Semhar Tekle",
        "Eritreische Gemeinschaft Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Eritreische Gemeinschaft Münster <info@eritrea-gemeinschaft-ms.example>"),
           ("Reply-To", "Semhar Tekle <semhar.tekle@mail.example>"),
           ("To", TO_STAFF),
           ("Subject", "Zuwendungsbescheid erhalten – danke!"),
           ("Date", m.date),
           ("Message-ID", "<a7e3c9f1-4d28-4b60-9e15-2c8d0f6b3a94@eritrea-gemeinschaft-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

gestern ist der Zuwendungsbescheid für unser Projekt „Frauen stärken Frauen“ gekommen – vielen, vielen Dank für Ihre Geduld mit unseren vielen Fragen beim Antrag! Wir starten wie geplant im April mit dem ersten Treffen.

Eine Sache noch: Im Bescheid steht, dass wir die Mittel spätestens zwei Wochen vor Projektbeginn abrufen müssen. Reicht dafür eine formlose Mail an Sie?

Und ich bin beim MSO-Tag dabei – bitte für den Workshop Stadtentwicklung eintragen.

Liebe Grüße
Semhar Tekle
(Vorstand, Eritreische Gemeinschaft Münster e.V.)

P.S. Bitte antworten Sie an meine private Adresse, in das Vereinspostfach schaut gerade niemand regelmäßig.
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change (AG 2 -> AG 1) in a Gmail reply to her confirmation, which also
# asked for a financing plan.  The new text sends that plan (PDF attached,
# "Finanzierungsplan" holds the AG 3 alias "Finanzierung") and names the old
# group too: "lieber in die AG 1 gehen statt in die AG 2".  The request is
# phrased as a question ("Geht das noch?").

KOCAMAN_CONF = confirmation(
    "Liebe Frau Kocaman", "AG2", 1,
    "Zu Ihrem Antrag für das Lesepatenprojekt: Das klingt sehr gut. Bitte schicken Sie mir noch "
    "einen Finanzierungsplan mit den Honoraren und dem Eigenanteil, dann schaue ich ihn mir an "
    "und gebe Ihnen Rückmeldung.")

KOCAMAN_TEXT = """Liebe Frau Meza Correa-Flock,

anbei wie gewünscht der Finanzierungsplan für das Lesepatenprojekt. Die Honorare habe ich jetzt mit 25 Euro pro Stunde gerechnet, wie Sie es vorgeschlagen hatten; der Eigenanteil kommt aus Spenden.

Zum MSO-Tag noch eine Änderung: Ich würde doch lieber in die AG 1 gehen statt in die AG 2, das passt besser zu unserem Projekt. Geht das noch?

Viele Grüße
Nermin Kocaman
Lesefreunde Coerde e.V."""


@mail("kocaman-change-ag2-to-ag1-with-financing-plan", "2027-02-04 20:15:37",
      E("change", "nermin.kocaman@lesefreunde-coerde.example", "Nermin Kocaman",
        "Lesefreunde Coerde e.V.", ["AG1"], None, "de"), "de")
def _(m):
    attribution = (f"Am Do., 28. Jan. 2027 um 15:10 Uhr schrieb Meza Correa-Flock, Ximena "
                   f"<{STAFF}>:")
    m.head(("From", "Nermin Kocaman <nermin.kocaman@lesefreunde-coerde.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Re: AW: Anmeldung MSO-Tag / Lesepatenprojekt"),
           ("Date", m.date),
           ("Message-ID", "<CAM2pX7vQ9nT4wK1rZ6bL8cY3hF0sD5gJ2eU7oA9iN4mR6xWq1B@mail.gmail.example>"),
           ("In-Reply-To", "<2f8e6c4a1b9d4e07@EXCH03.stadt-muenster.example>"),
           ("References", "<CAM2pX7vQ8aa1wK1rZ6bL8cY3hF0sD5gJ2eU7oA9iN4mR6xWk0C@mail.gmail.example> "
                          "<2f8e6c4a1b9d4e07@EXCH03.stadt-muenster.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(gmail_reply_plain(KOCAMAN_TEXT, attribution, KOCAMAN_CONF),
                        gmail_reply_html(KOCAMAN_TEXT, attribution, KOCAMAN_CONF),
                        charset="utf-8", cte="quoted-printable", style="gmail", top=False)
    pdf = m.binary(make_pdf(["Finanzierungsplan Lesepatenprojekt 2027",
                             "Lesefreunde Coerde e.V.",
                             "Honorare Lesepatinnen: 40 Std. x 25 EUR = 1.000 EUR",
                             "Material und Buecher: 450 EUR",
                             "Eigenanteil (Spenden): 145 EUR",
                             "Beantragte Foerderung: 1.305 EUR"]),
                   "application", "pdf", "Finanzierungsplan_Lesepatenprojekt.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 023 ---------------------------------------------------------------------
# Farsi (UTF-8 base64, plain): a question about German courses for mothers
# ("دو نفر از خانم‌های انجمن" = two women of our association), then
# "گروه کاری ۲" and "همسرم هم با من می‌آید" (my husband comes with me) ->
# AG2, 2.  Persian digits.  The signature gives her name in Persian script
# (it beats the Latin display name) and the association in German.

@mail("sadeghi-farsi-german-course-question-and-registration", "2027-02-05 10:48:29",
      E("registration", "maryam.sadeghi@mail.example", "مریم صادقی",
        "Iranischer Kulturverein Münster e.V.", ["AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Sadeghi <maryam.sadeghi@mail.example>"),
           ("To", STAFF),
           ("Subject", ew("سؤال درباره کلاس آلمانی و ثبت‌نام روز انجمن‌ها", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK3tW9pR1mX8qN2vZ5cL7bY0hD4sF6gJ3eU1oA8iT2nM5wXe9R@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""خانم مزا کوریا-فلوک گرامی،

سلام و وقت بخیر. از یکی از دوستانم شنیدم که شهر مونستر کلاس زبان آلمانی مخصوص مادران، همراه با نگهداری از بچه‌ها، برگزار می‌کند. آیا برای دوره‌ی بهار هنوز جا هست؟ دو نفر از خانم‌های انجمن ما خیلی علاقه دارند. لطفاً اگر ممکن است بفرمایید ثبت‌نام از کجا انجام می‌شود.

همچنین می‌خواهم برای روز انجمن‌های مهاجران در ۱۳ مارس ثبت‌نام کنم. گروه کاری ۲ (فرایند آینده‌ی مونستر) را انتخاب می‌کنم. همسرم هم با من می‌آید.

با سپاس فراوان
مریم صادقی
Iranischer Kulturverein Münster e.V.
""", charset="utf-8", cte="base64")


# -- 024 ---------------------------------------------------------------------
# Other: the proof of use for a grant (PDF attached) with a question about
# receipts; the MSO-Tag is mentioned only in passing ("melde ich uns separat
# an, sobald ...").  No registration, nothing asked about the event.

@mail("hassan-proof-of-use-mso-tag-in-passing", "2027-02-08 15:00:10",
      E("other"), "de")
def _(m):
    m.head(("From", "Abdi Hassan <abdi.hassan@somali-verein-ms.example>"),
           ("To", TO_STAFF),
           ("Subject", "Verwendungsnachweis Nachhilfeprojekt 2026"),
           ("Date", m.date),
           ("Message-ID", "<20270208150010.3b7d2c@somali-verein-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Meza Correa-Flock,

anbei sende ich Ihnen den Verwendungsnachweis für unser Nachhilfeprojekt 2026 (Sachbericht und zahlenmäßiger Nachweis). Die Originalbelege bringe ich Ihnen gern persönlich vorbei. Reichen für die Fahrtkosten der Nachhilfelehrer Kopien der Monatstickets, oder brauchen Sie die Originale?

Zum MSO-Tag melde ich uns separat an, sobald unser Vorstand entschieden hat, wer hingeht.

Mit freundlichen Grüßen
Abdi Hassan
Kassenwart
Somalischer Verein Münster e.V.
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Verwendungsnachweis 2026",
                             "Somalischer Verein Muenster e.V.",
                             "Projekt: Nachhilfe fuer Schuelerinnen und Schueler",
                             "Zuwendung: 3.200 EUR, verausgabt: 3.187,40 EUR"]),
                   "application", "pdf", "Verwendungsnachweis_2026.pdf")
    m.multi("mixed", [text, pdf])


# -- 025 ---------------------------------------------------------------------
# Invitation to the association's tenth anniversary, then the chairman
# registers his deputy, who comes alone ("Arbeitsgruppe III"), and asks to
# confirm to her address: name and email are hers.

@mail("mahmoud-anniversary-invitation-registers-deputy", "2027-02-09 12:37:51",
      E("registration", "nour.alsayed@dabv-muenster.example", "Nour Al-Sayed",
        "Deutsch-Arabischer Bildungsverein Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Khaled Mahmoud <k.mahmoud@dabv-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", "Einladung 10 Jahre DABV + Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<b2d9f0e4-6a17-4c83-95e2-d4a0c7b8e316@dabv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

der Deutsch-Arabische Bildungsverein Münster wird in diesem Jahr zehn Jahre alt! Das möchten wir am Samstag, 17. April 2027, ab 16 Uhr im Bennohaus feiern, und wir würden uns sehr freuen, wenn Sie dabei sind und ein Grußwort der Stadt sprechen. Eine offizielle Einladung folgt per Post; für die Planung wäre eine kurze Rückmeldung bis Ende März schön.

Zum Tag der Migrantenselbstorganisationen: Ich selbst bin am 13. März leider auf einer Fortbildung in Köln. Deshalb melde ich meine Stellvertreterin Frau Nour Al-Sayed an. Sie kommt allein und möchte in die Arbeitsgruppe III. Bitte schicken Sie die Bestätigung direkt an sie: nour.alsayed@dabv-muenster.example

Mit freundlichen Grüßen
Khaled Mahmoud
1. Vorsitzender
Deutsch-Arabischer Bildungsverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Cancellation in an Outlook reply (alternative, windows-1252 QP) to her
# confirmation, which also reserved a room.  The new text first asks to
# extend the room booking ("11 Mütter", "März"), then cancels the MSO-Tag.

BOUZID_CONF = confirmation(
    "Liebe Frau Bouzid", "AG3", 1,
    "Den Gruppenraum im Haus der Familie habe ich für Ihr Elterncafé an den Mittwochen im Februar "
    "(3., 10., 17. und 24. Februar) jeweils von 9 bis 11 Uhr reserviert. Den Schlüssel bekommen "
    "Sie beim Hausmeister, Herrn Lütke-Wöstmann.")

BOUZID_TEXT = """Liebe Frau Meza Correa-Flock,

das Elterncafé ist gut gestartet, letzte Woche waren 11 Mütter da – vielen Dank noch einmal für den Raum! Wäre es möglich, die Reservierung auch für März zu verlängern, zur gleichen Zeit?

Beim MSO-Tag kann ich leider doch nicht teilnehmen: Am 13. März heiratet meine Cousine in Düsseldorf, das hatte ich bei der Anmeldung nicht auf dem Schirm. Bitte streichen Sie mich von der Liste.

Herzliche Grüße
Naima Bouzid
Elterncafé Berg Fidel"""


@mail("bouzid-cancel-outlook-room-extension", "2027-02-10 08:20:19",
      E("cancellation", "naima.bouzid@mail.example", "Naima Bouzid",
        "Elterncafé Berg Fidel", [], None, "de"), "de")
def _(m):
    quote = (f"Meza Correa-Flock, Ximena <{STAFF}>",
             "Mittwoch, 20. Januar 2027 10:42",
             "Naima Bouzid <naima.bouzid@mail.example>",
             "AW: Raum Elterncafé + Anmeldung MSO-Tag", BOUZID_CONF)
    m.head(("From", "Naima Bouzid <naima.bouzid@mail.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "AW: AW: Raum Elterncafé + Anmeldung MSO-Tag"),
           ("Thread-Topic", "Raum Elterncafé + Anmeldung MSO-Tag"),
           ("Thread-Index", "AdtrT3b1c4E7nX0kQ2mS9yV6pZ8wRAAkLm3P"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB4455D6E7F8A9B0C1D2E3F4A5B6C7@VI1PR08MB4455.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<7a3c5e9b1d2f4a80@EXCH03.stadt-muenster.example>"),
           ("References", "<7a3c5e9b1d2f4a80@EXCH03.stadt-muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BOUZID_TEXT, quote), outlook_html(BOUZID_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# HTML only from a webmailer (UTF-8 base64): "Wir kommen zu viert" and AG 1,
# then an unrelated question about the volunteer card ("17 und 19 Jahre",
# "seit 15 Jahren").  Polish sign-off in a German mail.

WROBEL_TEXT = """Guten Morgen Frau Meza Correa-Flock,

für den Tag der Migrantenselbstorganisationen melde ich uns an: Wir kommen zu viert – ich, unser Kassierer Paweł Zając und zwei Jugendliche aus unserer Jugendgruppe (17 und 19 Jahre). Am liebsten möchten wir alle in die AG 1 (Bildungssystem).

Eine Frage noch, die nichts mit dem MSO-Tag zu tun hat: Wo beantragt man in Münster die Ehrenamtskarte? Unser Kassierer macht seit 15 Jahren ehrenamtlich die Buchhaltung und hätte sie mehr als verdient.

Pozdrawiam serdecznie
Agnieszka Wróbel
Polnischer Verein Most e.V."""


@mail("wrobel-html-only-four-ag1-volunteer-card", "2027-02-11 10:00:03",
      E("registration", "agnieszka.wrobel@verein-most.example", "Agnieszka Wróbel",
        "Polnischer Verein Most e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Agnieszka Wróbel <agnieszka.wrobel@verein-most.example>"),
           ("To", TO_STAFF),
           ("Subject", "MSO-Tag – wir kommen zu viert"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7e2c4a91-d05b-4f38-b6e7-19c3a8d2f540-1770800403118@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(WROBEL_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Out-of-office in Turkish and German (X-Autoreply, Auto-Submitted), answering
# her reminder; it contains a phone number and a date.

@mail("kara-turkish-german-autoreply-to-reminder", "2027-02-11 10:06:22",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Sevgi Kara <sevgi.kara@tdkv-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", ew("Otomatik yanıt: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1770800782.55120@tdkv-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

15 Şubat'a kadar izindeyim. E-postanız iletilmeyecektir. Acil durumlarda lütfen dernek telefonunu arayınız: 0251 77 31 90.

Guten Tag,

ich bin bis zum 15. Februar im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie den Verein unter 0251 77 31 90.

Sevgi Kara
Türkisch-Deutscher Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Gmail reply to her reminder, which names AG 1 and AG 3 as having places;
# the new text thanks her for a contact at the youth office and registers
# "meine Kollegin Berfin Oral und ich, beide für die AG 2" -> AG2, 2.

ASLAN_TEXT = """Liebe Frau Meza Correa-Flock,

danke für die Erinnerung – gut, dass Sie geschrieben haben, das wäre bei uns sonst untergegangen. Und danke auch noch einmal für den Kontakt zum Jugendamt: Frau Brüggemann hat sich schon bei uns gemeldet, und wir treffen uns nächste Woche wegen der Mädchengruppe.

Wir melden uns hiermit zum MSO-Tag an: meine Kollegin Berfin Oral und ich, beide für die AG 2.

Liebe Grüße
Rojda Aslan
Kurdischer Frauenverein Roj Münster e.V."""


@mail("aslan-reply-to-reminder-two-ag2", "2027-02-11 13:14:40",
      E("registration", "rojda.aslan@roj-muenster.example", "Rojda Aslan",
        "Kurdischer Frauenverein Roj Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    attribution = f"Am Do., 11. Feb. 2027 um 09:55 Uhr schrieb {STAFF_NAME} <{STAFF}>:"
    m.head(("From", "Rojda Aslan <rojda.aslan@roj-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH4wP2nT8qX1vR9kZ3bL6cY7mD0sF2gJ5eU8oA1iW4nK7xRt3M@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(ASLAN_TEXT, attribution, REMINDER),
                  gmail_reply_html(ASLAN_TEXT, attribution, REMINDER),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Question: a room extension for a German course, then "Gibt es dort eine
# Übersetzung ins Arabische? ... Wenn es eine Übersetzung gibt, würde ich uns
# zu fünft anmelden." (conditional, so no registration yet).

@mail("saleh-room-extension-question-interpreting", "2027-02-15 09:05:27",
      E("question", "amal.saleh@alnour-frauentreff.example", "Amal Saleh",
        "Frauentreff Al-Nour Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Amal Saleh <amal.saleh@alnour-frauentreff.example>"),
           ("To", TO_STAFF),
           ("Subject", "Raum Deutschkurs + Frage MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<000d01db7f8a$2c4e6a80$84ebdf80$@alnour-frauentreff.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

unser Deutschkurs für Frauen im Gemeinschaftsraum der Stadtteilbibliothek läuft noch bis Ende März. Die Raumzusage gilt aber nur bis zum 28. Februar – könnten Sie bitte veranlassen, dass wir den Raum dienstags und donnerstags von 10 bis 12 Uhr auch im März noch nutzen dürfen?

Und eine Frage zum MSO-Tag: Gibt es dort eine Übersetzung ins Arabische? Einige Frauen aus unserem Kurs würden sehr gern mitkommen, sprechen aber noch nicht genug Deutsch, um der Diskussion zu folgen. Wenn es eine Übersetzung gibt, würde ich uns zu fünft anmelden.

Viele Grüße
Amal Saleh
Frauentreff Al-Nour Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Other: a personal invitation to an open iftar evening; the MSO-Tag is
# mentioned only in passing ("unser Vorsitzender hat uns schon angemeldet").
# Apple Mail alternative.

CAKIR_TEXT = """Liebe Frau Meza Correa-Flock,

im Namen unseres Vorstands lade ich Sie herzlich zu unserem offenen Iftar-Abend ein:

Samstag, 27. Februar 2027
Einlass ab 17:30 Uhr, Fastenbrechen gegen 18:05 Uhr
Gemeindezentrum, Westfalenstraße 140, Hiltrup

Eingeladen sind auch Vertreterinnen und Vertreter der Kirchengemeinden, der Polizei und der Bezirksvertretung. Sie dürfen gern eine Begleitung mitbringen.

Wir sehen uns ja dann zwei Wochen später auch beim MSO-Tag – unser Vorsitzender hat uns schon angemeldet, soweit ich weiß.

Über eine kurze Zusage würden wir uns freuen, damit wir planen können.

Herzliche Grüße
Yusuf Çakır
Islamisches Kulturzentrum Münster-Hiltrup e.V."""


@mail("cakir-iftar-invitation-mso-tag-in-passing", "2027-02-15 18:40:50",
      E("other"), "de")
def _(m):
    m.head(("From", "Yusuf Çakır <y.cakir@ikz-hiltrup.example>"),
           ("To", TO_STAFF),
           ("Subject", "Einladung zum Iftar am 27. Februar"),
           ("Date", m.date),
           ("Message-ID", "<0E6B3A9C-25D1-4F78-B04A-8C7E1D2F9A36@ikz-hiltrup.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0"))
    m.alternative(CAKIR_TEXT, apple_html(CAKIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 032 ---------------------------------------------------------------------
# French, iso-8859-1 8bit: a question about a grant for a music festival
# ("pour la troisième fois", "3 000 euros"), then "groupe de travail 2",
# "Je viendrai seul" -> AG2, 1.

@mail("traore-french-festival-grant-and-registration", "2027-02-16 21:02:15",
      E("registration", "moussa.traore@asso-malienne-ms.example", "Moussa Traoré",
        "Association Malienne de Münster", ["AG2"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Moussa Traoré", "moussa.traore@asso-malienne-ms.example",
                         "iso-8859-1", "q")),
           ("To", STAFF),
           ("Subject", "Demande de subvention et inscription journée MSO"),
           ("Date", m.date),
           ("Message-ID", "<1771272135.20817.ms@asso-malienne-ms.example>"),
           ("X-Mailer", "Zimbra 9.0.0"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Meza Correa-Flock,

Je me permets de vous écrire au sujet de notre festival de musique mandingue, que nous organisons pour la troisième fois en juin. L'année dernière, nous avions reçu une petite subvention du service culturel de la ville (Kulturamt). Savez-vous si la ville propose aussi des aides pour ce type de projet par votre service, ou dois-je de nouveau m'adresser au Kulturamt ? Le budget total est d'environ 3 000 euros.

Par ailleurs, je souhaite m'inscrire à la journée des organisations de migrants du 13 mars, dans le groupe de travail 2. Je viendrai seul.

Je vous remercie d'avance et vous souhaite une bonne soirée.

Moussa Traoré
Président
Association Malienne de Münster
""", charset="iso-8859-1", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# The workgroup is only in the Subject ("Anmeldung MSO-Tag AG 3"); the body
# is about a micro-project application (PDF attached, "850 Euro", "zweiten
# Vorsitzenden") and says "Wie Sie im Betreff sehen: ... alleine".

@mail("maric-microproject-pdf-ag-in-subject", "2027-02-17 11:45:33",
      E("registration", "ivana.maric@kroatische-kg-ms.example", "Ivana Marić",
        "Kroatische Kulturgemeinschaft Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Ivana Marić", "ivana.maric@kroatische-kg-ms.example", "utf-8", "q")),
           ("To", TO_STAFF),
           ("Subject", "Antrag Mikroprojekt Kroatischer Kindertag + Anmeldung MSO-Tag AG 3"),
           ("Date", m.date),
           ("Message-ID", "<2d6f9b1e-8a3c-4e57-b2d0-7f4e1c9a6b85@kroatische-kg-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Meza Correa-Flock,

im Anhang finden Sie unseren Antrag für das Mikroprojekt „Kroatischer Kindertag“ (Kinderfest mit Spielen, Basteln und einer kleinen Theateraufführung am 12. Juni). Beantragt werden 850 Euro für Material, Raummiete und die Fahrtkosten der Theatergruppe aus Dortmund. Die Unterschrift des zweiten Vorsitzenden reiche ich nach, er ist bis Ende Februar in Zagreb.

Wie Sie im Betreff sehen: Zum MSO-Tag komme ich auch, alleine.

Mit freundlichen Grüßen
Ivana Marić
Kroatische Kulturgemeinschaft Münster e.V.
""", charset="utf-8", cte="8bit")
    pdf = m.binary(make_pdf(["Antrag Mikroprojekt 2027",
                             "Kroatische Kulturgemeinschaft Muenster e.V.",
                             "Projekt: Kroatischer Kindertag, 12.06.2027",
                             "Beantragte Summe: 850 EUR"]),
                   "application", "pdf", "Antrag_Mikroprojekt_Kindertag.pdf")
    m.multi("mixed", [text, pdf])


# -- 034 ---------------------------------------------------------------------
# Change, Turkish (Thunderbird, iso-8859-9 QP), replying to her German
# confirmation that also accepted the invitation to their kermes.  "3 değil 4
# kişi olacağız" (not 3 but 4 persons) -> party 4; no workgroup named.

ERDEM_CONF = confirmation(
    "Lieber Herr Erdem", "AG3", 3,
    "Vielen Dank auch für die Einladung zu Ihrer Kermes am Samstag, 20. Februar. Ich komme sehr "
    "gern vorbei, wahrscheinlich gegen 14 Uhr.")


@mail("erdem-turkish-change-three-to-four", "2027-02-18 19:20:05",
      E("change", "mustafa.erdem@coerde-dernek.example", "Mustafa Erdem",
        "Coerde Türk İslam Kültür Derneği", [], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Erdem <mustafa.erdem@coerde-dernek.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Re: AW: Anmeldung MSO-Tag / Kermes davetiyesi"),
           ("Date", m.date),
           ("Message-ID", "<e4a1c7f9-3b52-4d06-8e91-5f2b0d8c6a17@coerde-dernek.example>"),
           ("In-Reply-To", "<3c9e1a7f5b2d4c68@EXCH03.stadt-muenster.example>"),
           ("References", "<3c9e1a7f5b2d4c68@EXCH03.stadt-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba Meza Correa-Flock Hanım,

kermese geleceğinize çok sevindik, sizi 20 Şubat'ta bekliyoruz! Otopark okulun arkasında, sizi giriş kapısında karşılayacağız.

MSO günüyle ilgili bir değişiklik: Bir arkadaşımız daha katılmak istiyor, yani 3 değil 4 kişi olacağız.

Selamlar
Mustafa Erdem
Coerde Türk İslam Kültür Derneği

09.02.2027 16:20 tarihinde Meza Correa-Flock, Ximena yazdı:
{gt_quote(ERDEM_CONF)}
""", charset="iso-8859-9", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# English reply in an older thread about funding for a youth exchange (Gmail,
# quoted English answers, "12 young people aged 16-21"); then "workgroup on
# funding and association management" with the treasurer -> AG3, 2.

MEKONNEN_OLD_1 = """Dear Ms Meza Correa-Flock,

our youth group (12 young people aged 16-21) would like to organise an exchange with a youth centre in Addis Ababa next summer. Is there any funding from the city for the travel costs? We could not find anything on the website.

Best regards,
Daniel Mekonnen"""

MEKONNEN_OLD_2 = f"""Dear Mr Mekonnen,

for a youth exchange the right place is the youth fund of the Jugendamt (Kinder- und Jugendförderplan); our funding for migrant organisations cannot be used for travel costs. The contact person there is Mr Thiele, jugendfonds@stadt-muenster.example.

Best regards
Ximena Meza Correa-Flock

On Tue, 8 Dec 2026 at 11:02, Daniel Mekonnen <daniel.mekonnen@ecm-muenster.example> wrote:

{gt_quote(MEKONNEN_OLD_1)}"""

MEKONNEN_TEXT = """Dear Ms Meza Correa-Flock,

thanks again for pointing me to the youth fund of the Jugendamt. We sent in the application for the youth exchange with Addis Ababa last week, fingers crossed!

By the way, please register me for the MSO day on 13 March, workgroup on funding and association management. Our treasurer Lina Gebre will come with me.

Best,
Daniel Mekonnen
Ethiopian Community Münster e.V."""


@mail("mekonnen-english-old-thread-youth-fund-ag3", "2027-02-19 08:55:00",
      E("registration", "daniel.mekonnen@ecm-muenster.example", "Daniel Mekonnen",
        "Ethiopian Community Münster e.V.", ["AG3"], 2, "en"), "en")
def _(m):
    attribution = f"On Thu, 10 Dec 2026 at 15:40, {STAFF_NAME} <{STAFF}> wrote:"
    m.head(("From", "Daniel Mekonnen <daniel.mekonnen@ecm-muenster.example>"),
           ("To", TO_STAFF),
           ("Subject", "Re: Youth exchange - funding options?"),
           ("Date", m.date),
           ("Message-ID", "<CAE7nQ1vX4pT9wK6rZ2bL0cY8hM3sF7gJ1eU5oA6iD9nR2xWp8K@mail.gmail.example>"),
           ("In-Reply-To", "<8e0a2c4f6b1d4e93@EXCH03.stadt-muenster.example>"),
           ("References", "<CAE7nQ1vX4aa0wK6rZ2bL0cY8hM3sF7gJ1eU5oA6iD9nR2xWz1L@mail.gmail.example> "
                          "<8e0a2c4f6b1d4e93@EXCH03.stadt-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(MEKONNEN_TEXT, attribution, MEKONNEN_OLD_2),
                  gmail_reply_html(MEKONNEN_TEXT, attribution, MEKONNEN_OLD_2),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Cancellation for two, Outlook HTML only (windows-1252 QP) quoting her
# confirmation, which also answered a question about a hall for their Nowruz
# party.  The new text first reports that they found a hall, then cancels.

JAFARI_CONF = confirmation(
    "Sehr geehrter Herr Jafari", "AG2", 2,
    "Zu Ihrer Frage nach einem Saal für Ihre Nowruz-Feier am 20. März: Der Festsaal im Rathaus ist "
    "an dem Tag leider schon vergeben. Ich höre mich aber gern noch im Bennohaus und in der "
    "Volkshochschule um.")

JAFARI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank, dass Sie sich wegen eines Saals für unsere Nowruz-Feier umgehört haben. Wir haben inzwischen selbst eine Lösung gefunden: Das Forum der Volkshochschule ist am 20. März frei, und wir haben es bereits gebucht. Sie sind natürlich herzlich eingeladen, die Einladung folgt.

Leider muss ich Ihnen auch mitteilen, dass meine Frau und ich am 13. März nicht zum Tag der Migrantenselbstorganisationen kommen können. Meine Schwiegermutter ist in Teheran schwer erkrankt, und wir fliegen am 11. März für eine Woche zu ihr. Bitte streichen Sie uns beide von der Teilnehmerliste; vielleicht freut sich jemand auf der Warteliste über die Plätze.

Mit freundlichen Grüßen
Bahram Jafari
Deutsch-Persische Gesellschaft Münster e.V."""


@mail("jafari-cancel-two-outlook-html-nowruz-hall", "2027-02-22 10:12:48",
      E("cancellation", "b.jafari@dpg-muenster.example", "Bahram Jafari",
        "Deutsch-Persische Gesellschaft Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    quote = (f"Meza Correa-Flock, Ximena <{STAFF}>",
             "Montag, 1. Februar 2027 11:05",
             "Jafari, Bahram <b.jafari@dpg-muenster.example>",
             "AW: Anmeldung MSO-Tag und Frage Saal Nowruz", JAFARI_CONF)
    m.head(("From", '"Jafari, Bahram" <b.jafari@dpg-muenster.example>'),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "AW: AW: Anmeldung MSO-Tag und Frage Saal Nowruz"),
           ("Thread-Topic", "Anmeldung MSO-Tag und Frage Saal Nowruz"),
           ("Thread-Index", "AdtzQ9k2b0V1c8nR4mT6yX3pW7sZ5wACvB8o"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR03MB8123F0A1B2C3D4E5F6A7B8C9D0E1@DU2PR03MB8123.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<6d8f0b2e4a1c4f75@EXCH03.stadt-muenster.example>"),
           ("References", "<6d8f0b2e4a1c4f75@EXCH03.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(JAFARI_TEXT, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# English, mostly about photo permissions for a city brochure ("two girls",
# "IMG_0457"); then "count me in for the MSO Day ... workgroup II please.
# Just me this time" -> AG2, 1.  Gmail alternative, first-name greeting.

SIDDIQUI_TEXT = """Dear Ximena,

thank you for asking us about the photos from our Eid celebration for the city's brochure "Vielfalt in Münster". I asked the families in the pictures, and everyone agreed except one - please don't use the photo with the two girls in the blue dresses (IMG_0457). All other photos can be used; please credit them as "Pakistani Community Association Münster".

Also, count me in for the MSO Day on 13 March - workgroup II please. Just me this time, my husband has to work that Saturday.

Warm regards,
Farah Siddiqui
Pakistani Community Association Münster"""


@mail("siddiqui-english-brochure-photos-workgroup-ii", "2027-02-24 14:30:22",
      E("registration", "farah.siddiqui@mail.example", "Farah Siddiqui",
        "Pakistani Community Association Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Farah Siddiqui <farah.siddiqui@mail.example>"),
           ("To", STAFF),
           ("Subject", "Photo permission for \"Vielfalt in Münster\" brochure"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6mR3vT0pX8wN1qZ4bL9cY2hK7sF5gD3eU6oA0iV8nP4xWs2H@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SIDDIQUI_TEXT, gmail_html(SIDDIQUI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Question: a sports club asks about funding for jerseys and whether a
# registration after 6 March is still possible ("Wahrscheinlich würden zwei
# von uns kommen") -> question, not a registration.

@mail("bulut-funding-jerseys-question-late-registration", "2027-02-26 16:05:09",
      E("question", "cengiz.bulut@tsv-muenster-ost.example", "Cengiz Bulut",
        "Türkischer Sportverein Münster-Ost e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Cengiz Bulut <cengiz.bulut@tsv-muenster-ost.example>"),
           ("To", "Meza-Correa-Flock@stadt-muenster.example"),
           ("Subject", "Förderung Jugendfußball / MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270226160509.GA4711@tsv-muenster-ost.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Meza Correa-Flock,

Herr Said vom Stadtsportbund hat mir Ihren Namen gegeben. Wir suchen eine Förderung für neue Trikots und Bälle für unsere Jugendmannschaften (insgesamt ca. 2.000 Euro). Fällt so etwas unter die Förderung für Migrantenselbstorganisationen, oder sind wir als Sportverein da falsch?

Und zum MSO-Tag: Unser Vorstand trifft sich erst am 8. März. Ist eine Anmeldung danach noch möglich? Wahrscheinlich würden zwei von uns kommen.

Mit freundlichen Grüßen
Cengiz Bulut
Jugendleiter
Türkischer Sportverein Münster-Ost e.V.
""", charset="utf-8", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Arabic, windows-1256 base64, plain: thanks for a hall ("أكثر من 60 شخصاً"
# = more than 60 people), then "أنا وزميلتي سارة" (me and my colleague Sara)
# and "مجموعة العمل الأولى" -> AG1, 2.  Name and association only in Arabic
# in the signature; the display name is Latin.

@mail("alrawi-arabic-windows-1256-hall-thanks-ag1", "2027-03-01 12:30:17",
      E("registration", "huda.alrawi@mail.example", "هدى الراوي",
        "الجمعية الثقافية العراقية في مونستر", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Huda Al-Rawi <huda.alrawi@mail.example>"),
           ("To", STAFF),
           ("Subject", ew("شكراً على القاعة + التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000b01db8aa6$5f1c3d20$1d54b760$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-iq"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً سيدة ميزا كوريا-فلوك،

شكراً جزيلاً على حجز القاعة في دار العائلة لأمسيتنا الثقافية يوم السبت الماضي. كان كل شيء ممتازاً، وحضر أكثر من 60 شخصاً. أعدنا المفتاح إلى البوّاب كما اتفقنا.

وأرجو تسجيلي أنا وزميلتي سارة في يوم منظمات المهاجرين يوم 13 آذار، في مجموعة العمل الأولى حول التعليم.

مع أطيب التحيات
هدى الراوي
الجمعية الثقافية العراقية في مونستر
""", charset="windows-1256", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Cancellation, Russian (UTF-8 8bit), replying to her German confirmation
# that also accepted an invitation to an Old New Year party.  Cyrillic
# signature, Latin display name.

SCHAEFER_CONF = confirmation(
    "Liebe Frau Schäfer", "AG1", 1,
    "Und vielen Dank für die Einladung zu Ihrem Fest zum Alten Neujahr am Samstag. Ich komme sehr "
    "gern, meine Kollegin Frau Berger begleitet mich.")


@mail("schaefer-russian-cancel-exam", "2027-03-03 09:10:50",
      E("cancellation", "irina.schaefer@mail.example", "Ирина Шефер",
        "Russischsprachiger Elternclub Münster", [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Schaefer <irina.schaefer@mail.example>"),
           ("To", STAFF),
           ("Subject", "Re: AW: Anmeldung MSO-Tag / Einladung Altes Neujahr"),
           ("Date", m.date),
           ("Message-ID", "<1772525450.662014@mail.example>"),
           ("In-Reply-To", "<0b7d9f1a3c5e4b26@EXCH03.stadt-muenster.example>"),
           ("References", "<0b7d9f1a3c5e4b26@EXCH03.stadt-muenster.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравствуйте, Ximena!

Ещё раз спасибо, что пришли на наш праздник, всем было очень приятно!

К сожалению, 13 марта я не смогу быть на дне МСО: у меня в этот день экзамен по немецкому (B2), перенести его нельзя. Пожалуйста, вычеркните меня из списка. Надеюсь, в следующем году получится.

С уважением,
Ирина Шефер
Russischsprachiger Elternclub Münster

14.01.2027, 12:30, "Meza Correa-Flock, Ximena" <{STAFF}>:
{gt_quote(SCHAEFER_CONF)}
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Change of party size (2 -> 1) from an iPhone reply to her confirmation
# ("AG 1", "2 Personen", a form for the volunteer allowance): "meine
# Kollegin Zehra ist ... verreist, ich komme also allein. AG bleibt gleich."

SIMSEK_CONF = confirmation(
    "Liebe Frau Şimşek", "AG1", 2,
    "Anbei wie besprochen das Formular für die Ehrenamtspauschale. Bitte schicken Sie es ausgefüllt "
    "direkt an die Kämmerei.")


@mail("simsek-iphone-change-two-to-one", "2027-03-04 17:50:33",
      E("change", "dilan.simsek@mail.example", "Dilan Şimşek", None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Dilan Şimşek <dilan.simsek@mail.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "Re: AW: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<A1C3E5F7-2B4D-4F61-8A9C-0E2D4F6B8A13@mail.example>"),
           ("In-Reply-To", "<1e3a5c7f9b0d4e82@EXCH03.stadt-muenster.example>"),
           ("References", "<1e3a5c7f9b0d4e82@EXCH03.stadt-muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

danke für das Formular, ist ausgefüllt an die Kämmerei raus.

Kleine Änderung beim MSO-Tag: Meine Kollegin Zehra ist an dem Wochenende doch verreist, ich komme also allein. AG bleibt gleich.

Viele Grüße
Dilan Şimşek

Von meinem iPhone gesendet

> Am 10.02.2027 um 11:31 schrieb Meza Correa-Flock, Ximena <{STAFF}>:
>
{gt_quote(SIMSEK_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Reply in an older thread about a concert in the Interkulturelle Woche
# (Thunderbird, nested quotes with "25. September", "26. September", "17 Uhr");
# then "Anmeldung MSO-Tag – ich komme, Gruppe 3" with a question about the
# deadline -> AG3, 1.

PETROSYAN_OLD_1 = """Sehr geehrte Frau Meza Correa-Flock,

unser Chor „Komitas“ würde in der Interkulturellen Woche gern ein Konzert
mit armenischen Volksliedern geben, am liebsten am Samstag, 25. September.
Wir sind 14 Sängerinnen und Sänger und bräuchten einen Saal mit Klavier.

Mit freundlichen Grüßen
Anahit Petrosyan"""

PETROSYAN_OLD_2 = f"""Liebe Frau Petrosyan,

vielen Dank für Ihr Angebot! Der 25. September ist leider schon doppelt
belegt. Am Sonntag, 26. September, wäre der Saal im Stadtweinhaus aber
noch frei, ab 17 Uhr. Würde das passen?

Viele Grüße
Ximena Meza Correa-Flock

Am 01.03.2027 um 20:15 schrieb Anahit Petrosyan:
{gt_quote(PETROSYAN_OLD_1)}"""


@mail("petrosyan-old-thread-concert-gruppe-3", "2027-03-05 11:22:00",
      E("registration", "anahit.petrosyan@armenische-gemeinde-ms.example", "Anahit Petrosyan",
        "Armenische Gemeinde Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Anahit Petrosyan <anahit.petrosyan@armenische-gemeinde-ms.example>"),
           ("To", TO_STAFF),
           ("Subject", "Re: Konzert Interkulturelle Woche"),
           ("Date", m.date),
           ("Message-ID", "<7f3b1d9e-0c4a-4e68-a2b5-9d6e8f0a1c37@armenische-gemeinde-ms.example>"),
           ("In-Reply-To", "<5a7c9e1b3d0f4a64@EXCH03.stadt-muenster.example>"),
           ("References", "<c0d2e4f6-8a1b-4c3d-9e5f-7a9b1c3d5e70@armenische-gemeinde-ms.example> "
                          "<5a7c9e1b3d0f4a64@EXCH03.stadt-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die schnelle Rückmeldung! Dann nehmen wir für das Konzert den 26. September, und ich kläre mit dem Chor, ob wir schon um 17 statt um 18 Uhr anfangen können. Die Liste mit den Liedtiteln schicke ich bis Ende März.

Ach, und bevor ich es vergesse: Anmeldung MSO-Tag – ich komme, Gruppe 3. Das geht doch noch bis morgen, oder? :)

Viele Grüße
Anahit Petrosyan
Armenische Gemeinde Münster e.V.

Am 03.03.2027 um 16:48 schrieb Ximena Meza Correa-Flock:
{gt_quote(PETROSYAN_OLD_2)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Change with a fallback (plain-text Outlook quote block, windows-1252 QP):
# "in die AG 2 umtragen? ... Falls die AG 2 schon voll ist, bleibe ich einfach
# in der AG 3" -> AG2, AG3.  "Bei der Förderung" in the new text is the old
# group's topic, not a choice.

JALLOW_CONF = confirmation(
    "Lieber Herr Jallow", "AG3", 1,
    "Ihre Frage zur Haftpflichtversicherung für Vereinsveranstaltungen habe ich an meine Kollegin "
    "im Sportamt weitergegeben, sie meldet sich bei Ihnen.")

JALLOW_TEXT = """Hallo Frau Meza Correa-Flock,

danke, die Kollegin vom Sportamt hat sich schon gemeldet, das mit der Versicherung ist geklärt.

Eine Bitte zum MSO-Tag: Könnten Sie mich in die AG 2 umtragen? Bei der Förderung sind wir inzwischen gut aufgestellt, und zum Zukunftsprozess hätten wir viel beizutragen. Falls die AG 2 schon voll ist, bleibe ich einfach in der AG 3.

Beste Grüße
Lamin Jallow
Gambian Association Münster e.V."""


@mail("jallow-change-ag3-to-ag2-with-fallback", "2027-03-06 20:05:14",
      E("change", "lamin.jallow@gambia-ms.example", "Lamin Jallow",
        "Gambian Association Münster e.V.", ["AG2", "AG3"], None, "de"), "de")
def _(m):
    quote = (f"Meza Correa-Flock, Ximena <{STAFF}>",
             "Dienstag, 26. Januar 2027 09:12",
             "Lamin Jallow <lamin.jallow@gambia-ms.example>",
             "AW: Anmeldung MSO-Tag und Frage Versicherung", JALLOW_CONF)
    m.head(("From", "Lamin Jallow <lamin.jallow@gambia-ms.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "AW: AW: Anmeldung MSO-Tag und Frage Versicherung"),
           ("Date", m.date),
           ("Message-ID", "<000c01db8ec3$7a2b1c40$6e815480$@gambia-ms.example>"),
           ("In-Reply-To", "<9f1b3d5a7c2e4f08@EXCH03.stadt-muenster.example>"),
           ("References", "<9f1b3d5a7c2e4f08@EXCH03.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_plain(JALLOW_TEXT, quote), charset="windows-1252", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation for all three from a Samsung phone, top-posted above her
# confirmation (Samsung quote header, no '>').  A funding application is
# mentioned in the same breath ("schicke ich trotzdem bis Ende März").

POPOVIC_CONF = confirmation(
    "Liebe Frau Popović", "AG1", 3,
    "Zu Ihrer Frage: Ja, den Kleinprojektefonds gibt es auch 2027. Den Antrag können Sie bis zum "
    "31. März formlos bei mir stellen.")


@mail("popovic-samsung-cancel-all-three", "2027-03-09 07:45:50",
      E("cancellation", "jelena.popovic@mail.example", "Jelena Popović", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Jelena Popović <jelena.popovic@mail.example>"),
           ("To", TO_STAFF_OUTLOOK),
           ("Subject", "AW: AW: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<k3x8p1.1773038750.samsung@mail.example>"),
           ("In-Reply-To", "<4d6f8a0c2e1b4d97@EXCH03.stadt-muenster.example>"),
           ("References", "<4d6f8a0c2e1b4d97@EXCH03.stadt-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,
leider müssen wir für Samstag absagen, alle drei. Bei uns im Verein gab es einen Trauerfall, die Beerdigung ist am Samstag. Den Antrag für den Kleinprojektefonds schicke ich trotzdem bis Ende März.
Viele Grüße
Jelena Popović



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: "Meza Correa-Flock, Ximena" <{STAFF}>
Datum: 04.02.27 13:50 (GMT+01:00)
An: Jelena Popović <jelena.popovic@mail.example>
Betreff: AW: Anmeldung MSO-Tag

{POPOVIC_CONF}
""", charset="utf-8", cte="base64")


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


def decoded_text(msg, outer_only=False):
    """Decoded headers and text bodies of a message (nested messages included
    unless outer_only)."""
    chunks = []
    parts = [msg] + list(leaves(msg)) if outer_only else list(all_parts(msg))
    for p in parts:
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text_lang):
    """Problems with one expected record, judged against the parsed mail."""
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
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in {LANGS}")
    text = decoded_text(msg, outer_only=True)
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if em not in heads and em not in text.lower():
                problems.append(f"email {em} not in From/Reply-To or text")
            for dom in [em.split("@")[1]]:
                if not EXAMPLE_DOMAIN.search(dom):
                    problems.append(f"email domain {dom} is not an example domain")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not allowed")
        elif e["language"] != text_lang:
            problems.append("language differs from the tagged text language")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
        if kind in ("change", "cancellation") and CONFIRMATION_MARK not in text:
            problems.append("change/cancellation does not quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        if kind == "bounce":
            br = e["bounced_recipient"]
            if not br or br != br.lower():
                problems.append("bounce needs a lower-case bounced_recipient")
            else:
                rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                         if p.get_content_type() == "message/delivery-status"
                         for b in p.get_payload()]
                if not any(br in r.lower() for r in rcpts):
                    problems.append("bounced_recipient not in any Final-Recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for h in ("From", "To", "Subject", "Reply-To"):
        if msg[h] is not None:
            for d in msg[h].defects:
                problems.append(f"header {h}: {type(d).__name__}")
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, msg, text_lang)
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    addrs = getaddresses([str(msg["From"])])
    return addrs[0][1].lower() if addrs else ""


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " " * 13 + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        row = [table.get((k, l), 0) for l in langs]
        print(f"  {k:13}" + " ".join(f"{n or '-':>3}" for n in row) + f"  {sum(row):3}")
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

    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender_of(data)
        if s in seen:
            print(f"{name}: sender {s} already sent {seen[s]}")
            bad += 1
        seen[s] = name
    # the files as written (or on disk with --check) are what gets checked
    for (name, m, e, t), data in zip(built, datas):
        if args.check and (mails_dir / name).exists():
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if list(reread) != [n for n, *_ in built]:
            print("expected.json does not list the mails in order")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
