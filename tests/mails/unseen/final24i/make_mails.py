#!/usr/bin/env python3
"""Build the "final24i" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 in Münster, written to by busy board members and office
staff.  The invitation went out as an Outlook meeting request ("MSO-Tag 2027")
to the board members' distribution list, so many answers are calendar replies
("Angenommen: MSO-Tag 2027", "Kabul Edildi:", "Zaakceptowano:", "Accettato:",
"Declined:", "Mit Vorbehalt angenommen:") with a text/calendar part; the others
are very short mails with long signatures, legal disclaimers, Teams and Zoom
links, and phone mails ("Von meinem iPhone gesendet" in six languages), some of
them answers to the organiser's confirmation or reminder.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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
from email.utils import format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")
# iCalendar text uses CRLF line ends inside its (base64) body.
CRLF_POLICY = POLICY.clone(linesep="\r\n")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
DL_ADDR = "mso-vorstaende@muenster.example"
DL = f"MSO-Vorstände <{DL_ADDR}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "pl", "it")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def named(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the display name RFC 2047-encoded when not ASCII;
    names with a comma or other specials are quoted."""
    if name.isascii():
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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
# iCalendar (RFC 5545) text
# ---------------------------------------------------------------------------

def ics_escape(value):
    return (value.replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\n", "\\n"))


def ics_fold(line):
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out, cur, used = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if used + n > 75:
            out.append(cur)
            cur, used = " " + ch, 1 + n
        else:
            cur += ch
            used += n
    out.append(cur)
    return "\n".join(out)


def ics(lines):
    """The calendar object; lines end in LF here and become CRLF in the part."""
    return "\n".join(ics_fold(line) for line in lines) + "\n"


VTIMEZONE_MS = [
    "BEGIN:VTIMEZONE",
    "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

# The organiser's meeting request (sent 12 Jan 2027 14:03 to the distribution list).
INVITE_SUBJECT = "MSO-Tag 2027"
INVITE_ID = "<0A3D7C2E91B84F56A1E2D3C4B5A69788@EXCH02.muenster.example>"
INVITE_UID = ("040000008200E00074C5B7101A82E00800000000D07E6A0C0B45DB01000000000000"
              "0000100000004F3E8A2B6C1D9E0F7A5B3C2D1E0F9A8B")
INVITE_LOCATION = "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"


def exchange_reply_ics(attendee_cn, attendee, partstat, summary, lang_tag,
                       dtstamp, comment=None, sent_by=None, owner_id="2120735283"):
    """The text/calendar METHOD:REPLY that Exchange/Outlook attaches to a response."""
    params = f"PARTSTAT={partstat}"
    cn = f'"{attendee_cn}"' if re.search(r"[,;:]", attendee_cn) else attendee_cn
    params += f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTIMEZONE_MS + [
        "BEGIN:VEVENT",
        f"ATTENDEE;{params}:mailto:{attendee}",
    ]
    if comment:
        lines.append(f"COMMENT;LANGUAGE={lang_tag}:{ics_escape(comment)}")
    lines += [
        f"SUMMARY;LANGUAGE={lang_tag}:{ics_escape(summary)}",
        "DTSTART;TZID=W. Europe Standard Time:20270313T100000",
        "DTEND;TZID=W. Europe Standard Time:20270313T160000",
        f"UID:{INVITE_UID}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{dtstamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang_tag}:{ics_escape(INVITE_LOCATION)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{owner_id}",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if partstat == "TENTATIVE" else
                                         "FREE" if partstat == "DECLINED" else "BUSY"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSE:TRUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ics(lines)


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
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8)."""
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
            host = ("smtp." if domain.startswith(("mail.", "gmail.")) else "mail.") + domain
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

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def calendar(self, ics_text, method):
        """A text/calendar part (UTF-8, base64, CRLF inside)."""
        p = MIMEPart(policy=CRLF_POLICY)
        p.set_content(ics_text, subtype="calendar", charset="utf-8", cte="base64",
                      params={"method": method})
        self._record(ics_text)
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
            return f"_00{self._nboundary}_AM0PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        if style == "notes":
            return f"=_alternative {h[:16].upper()}_="
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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

INVITE_TEXT = """Liebe Vorstände, liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen in Münster,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen (MSO-Tag) 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach Begrüßung und Impulsvortrag arbeiten wir am Nachmittag in drei parallelen Arbeitsgruppen:

AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis zum 6. März 2027: Sie können diese Einladung in Ihrem Kalender annehmen oder eine E-Mail an mso-tag@muenster.example schreiben. Bitte nennen Sie uns Ihre Wunsch-AG (gern mit Zweitwunsch), Ihre Organisation und die Zahl der Personen – beim Annehmen am einfachsten über „Antwort bearbeiten“.

Die Teilnahme ist kostenlos, für Mittagsimbiss und Getränke ist gesorgt.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

# What German Outlook shows above a quoted meeting request.
INVITE_WANN_DE = ("Samstag, 13. März 2027 10:00-16:00 (UTC+01:00) Amsterdam, Berlin, "
                  "Bern, Rom, Stockholm, Wien.")

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum MSO-Tag 2027"


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent after a registration."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen (MSO-Tag) 2027.

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen"""


REMINDER_SUBJECT = "Erinnerung: MSO-Tag am 13. März 2027"
REMINDER_SENT_DE = "Samstag, 6. März 2027 10:00"


def reminder(salutation, ag, persons):
    """The 7-day reminder (sent Sat 6 March 2027, 10:00)."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag, 13. März 2027,
von 10:00 bis 16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster,
zum Tag der Migrantenselbstorganisationen begrüßen zu dürfen.

Ihre Anmeldung:
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Ablauf: 10:00 Ankommen und Begrüßung, 11:00 Impulsvortrag, 12:30 Mittagsimbiss,
13:30 Arbeitsgruppen, 15:30 Ergebnisse und Ausklang.

Falls sich etwas ändert oder Sie nicht kommen können, antworten Sie bitte
kurz auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""


LASTCALL_SUBJECT = "Morgen: MSO-Tag 2027 im Stadtweinhaus"


def lastcall(salutation, ag, persons):
    """The 1-day reminder (sent Fri 12 March 2027, 10:00)."""
    return f"""Guten Tag {salutation},

morgen ist MSO-Tag! Wir erwarten Sie ab 9:30 Uhr im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster. Los geht es um 10:00 Uhr.

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Anreise: Bus bis Prinzipalmarkt oder Lambertikirche; die Parkhäuser
Stubengasse und Theater liegen in der Nähe.

Bis morgen!
Kommunales Integrationszentrum Münster"""


def mailbot_message(to, subject, body, when, msgid, in_reply_to=None):
    """A message the organiser sent, whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# client markup
# ---------------------------------------------------------------------------

def outlook_head(charset="utf-8"):
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
span.E-MailFormatvorlage20
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
"""


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(line):
    """Escape a line and turn bare URLs into links (as Outlook and Gmail do)."""
    out, pos = [], 0
    for m in URL_RE.finditer(line):
        out.append(esc(line[pos:m.start()]))
        url = m.group(1)
        out.append(f'<a href="{html.escape(url)}">{esc(url)}</a>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{linkify(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", lang="DE", rtl=False):
    """Outlook (Word) HTML for `text`; quote = (header_pairs, quoted_text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")] if text else [mso_p("")]
    if quote:
        pairs, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        hdr = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in pairs)
        out.append(f"<p class=MsoNormal><span style='mso-fareast-language:{lang}'>{hdr}"
                   f"<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    body_dir = " dir=RTL" if rtl else ""
    return (outlook_head(charset)
            + f"<body lang={lang} link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'{body_dir}>\n"
            + "<div class=WordSection1>\n" + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, rule=False):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    pairs, quoted = quote
    hdr = "\n".join(f"{k}: {v}" for k, v in pairs)
    sep = "________________________________\n" if rule else ""
    return f"{text}\n\n{sep}{hdr}\n\n{quoted}"


def divs(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "".join(f"<div{d}>{linkify(line) if line else '<br>'}</div>" for line in text.split("\n"))


def apple_plain(text, attribution, quoted, bom=False):
    """iOS Mail plain text: the answer, then '> ' + attribution and the quote."""
    q = ("\ufeff" if bom else "") + quoted
    return f"{text}\n\n> {attribution}\n> \n{gt_quote(q)}"


def apple_html(text, attribution=None, quoted=None, rtl=False, bom=False):
    inner = divs(text, rtl)
    if attribution:
        q = ("\ufeff" if bom else "") + quoted
        d = ' dir="rtl"' if rtl else ""
        inner += (f'<div{d}><br><blockquote type="cite">'
                  f"<div>{esc(attribution)}</div><div><br></div>"
                  + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in q.split("\n"))
                  + "</blockquote></div>")
    bdir = "rtl" if rtl else "auto"
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            f"</head><body dir=\"{bdir}\">{inner}</body></html>\n")


def gmail_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def gmail_html(text, attribution=None, quoted=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = f"<div{d}>{divs(text, rtl)}</div>"
    if attribution:
        qd = "".join(f"{linkify(line)}<br>" if line else "<br>" for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{esc(attribution)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qd}</blockquote></div>')
    return out + "\n"


def simple_html(text, font="font-family:Arial,Helvetica,sans-serif;font-size:10pt"):
    return (f"<html><head><meta charset=\"utf-8\"></head><body><div style=\"{font}\">"
            f"{divs(text)}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


def outlook_cal_reply(m, frm, to, prefix, text, partstat, attendee_cn, attendee,
                      dtstamp, msgid, thread_index, lang_tag="de-DE", lang="DE",
                      comment=None, sender=None, rtl=False, html_charset="utf-8",
                      extra=()):
    """An Outlook/Exchange meeting response: text/plain, text/html and the
    text/calendar REPLY in one multipart/alternative."""
    subject = f"{prefix}: {INVITE_SUBJECT}"
    pairs = [("From", frm)]
    if sender:
        pairs.append(("Sender", sender))
    pairs += [("To", to),
              ("Subject", subject),
              ("Thread-Topic", INVITE_SUBJECT),
              ("Thread-Index", thread_index),
              ("Date", m.date),
              ("Message-ID", msgid),
              ("Accept-Language", f"{lang_tag}, en-US"),
              ("Content-Language", lang_tag),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""),
              *extra,
              ("Content-class", "urn:content-classes:calendarmessage"),
              ("MIME-Version", "1.0")]
    m.head(*pairs)
    sent_by = None
    if sender:
        sent_by = re.search(r"<([^>]+)>", sender).group(1)
    cal = exchange_reply_ics(attendee_cn, attendee, partstat, subject, lang_tag,
                             dtstamp, comment=comment, sent_by=sent_by)
    plain = m.text(text, "plain", "utf-8", "quoted-printable")
    htm = m.text(outlook_html(text, charset=html_charset, lang=lang, rtl=rtl), "html",
                 html_charset, "quoted-printable")
    m.multi("alternative", [plain, htm, m.calendar(cal, "REPLY")], style="outlook")


# -- 001 ---------------------------------------------------------------------
# Exchange NDR (German, CRLF) for the meeting request to the distribution list:
# one member's mailbox no longer exists.  Only the returned headers come back.

NDR1_RCPT = "s.hodzic@bhkv-muenster.example"
NDR1_DIAG = f"550 5.1.1 <{NDR1_RCPT}>: Recipient address rejected: User unknown in local recipient table"
NDR1_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {INVITE_SUBJECT}
Gesendet: 12.01.2027 14:03

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR1_RCPT} am 12.01.2027 14:04
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.
<mx.bhkv-muenster.example #{NDR1_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.muenster.example"""

NDR1_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{INVITE_SUBJECT}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">12.01.2027 14:03</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{NDR1_RCPT}">{NDR1_RCPT}</a> am 12.01.2027 14:04</font></p>
<blockquote><font size="2" face="Tahoma">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.<br>
&lt;mx.bhkv-muenster.example #{esc(NDR1_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: EXCH02.muenster.example</font></p>
</body>
</html>
"""

NDR1_HEADERS = f"""Received: from EXCH02.muenster.example (10.20.4.12) by EXCH02.muenster.example
 (10.20.4.12) with Microsoft SMTP Server id 15.2.1544.4; Tue, 12 Jan 2027
 14:03:12 +0100
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: =?utf-8?q?MSO-Vorst=C3=A4nde?= <{DL_ADDR}>
Subject: {INVITE_SUBJECT}
Thread-Topic: {INVITE_SUBJECT}
Thread-Index: AdtkXq3V0bKk9YxWQ7m2Zp1rT8sL4Q==
Date: Tue, 12 Jan 2027 14:03:12 +0100
Message-ID: {INVITE_ID}
Accept-Language: de-DE
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_0A3D7C2E91B84F56A1E2D3C4B5A69788EXCH02muensterexample_"
MIME-Version: 1.0
"""


@mail("exchange-ndr-meeting-request", "2027-01-12 14:04:21",
      E("bounce", bounced=NDR1_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Unzustellbar: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7d1f0c3a-52e4-4b8a-9e61-3c0a2f5d8b17@EXCH02.muenster.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR1_TEXT, NDR1_HTML, charset="utf-8", cte="base64", top=False,
                           style="outlook")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.muenster.example"),
         ("Received-From-MTA", "dns;EXCH02.muenster.example"),
         ("Arrival-Date", "Tue, 12 Jan 2027 13:03:12 +0000")],
        [("Original-Recipient", f"rfc822;{NDR1_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR1_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.bhkv-muenster.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{NDR1_RCPT}>: Recipient address\n"
                             " rejected: User unknown in local recipient table")])
    headers = m.text(NDR1_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office to the meeting request, with the association's
# disclaimer appended by the server (Auto-Submitted, X-Auto-Response-Suppress).

KAYA_OOF = """Vielen Dank für Ihre Nachricht.

Ich befinde mich bis einschließlich 31.03.2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. In dringenden Vereinsangelegenheiten wenden Sie sich bitte an info@dtfz-muenster.example oder telefonisch an 0251 62 77 190.

Mit freundlichen Grüßen
Deniz Kaya-Hoffmann

________________________________
Deutsch-Türkisches Familienzentrum Münster e.V. · Vorstand: Deniz Kaya-Hoffmann, Orhan Yücel, Petra Kemper · Registergericht: AG Münster, VR 4471
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""


@mail("kaya-hoffmann-ooo-meeting-request", "2027-01-12 14:09:50",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", named("Kaya-Hoffmann, Deniz", "d.kaya-hoffmann@dtfz-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Thread-Index", "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rTwAAAz4p"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR09MB8432C11F7E2D4A90B3E5@GV1PR09MB8432.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "d.kaya-hoffmann@dtfz-muenster.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KAYA_OOF), outlook_html(KAYA_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Outlook "Angenommen:" with an edited response text (AG 3, two persons);
# the server appends a long signature with a Teams link, the board members'
# names, "Registergericht: AG Münster" and a confidentiality notice.

KARADAG_TEXT = """Sehr gerne! Wir kommen zu zweit – unsere Schatzmeisterin Frau Demirtaş und ich –, beide in die AG 3.

Beste Grüße
Cem Karadağ"""

KARADAG_FOOTER = """
--
Cem Karadağ
1. Vorsitzender
Türkisch-Deutscher Unternehmerverein Münster e.V. (TDU)
Hafenweg 22 · 48155 Münster
Tel. +49 251 987 65 40 · Mobil +49 171 234 56 78
https://www.tdu-muenster.example

Digitale Sprechstunde für Mitglieder: jeden 1. Dienstag im Monat, 18:00 Uhr
Microsoft Teams: https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ2MDk5ZTgtY2Q0Ni00YjY2LWE3%40thread.v2/0
Besprechungs-ID: 392 771 845 016 · Kennung: q7Zr3B

Vorstand: Cem Karadağ (Vorsitzender), Aylin Demirtaş (Schatzmeisterin), Mehmet Kurt (Schriftführer)
Registergericht: AG Münster, VR 5123 · Steuernummer 336/5791/2468

VERTRAULICHKEITSHINWEIS: Diese E-Mail einschließlich etwaiger Anhänge ist ausschließlich für den bezeichneten Adressaten bestimmt und kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail und der darin enthaltenen Informationen sind nicht gestattet.
Informationen zur Verarbeitung personenbezogener Daten nach Art. 13 DSGVO: https://www.tdu-muenster.example/datenschutz"""


@mail("karadag-angenommen-ag3-disclaimer", "2027-01-12 14:21:37",
      E("registration", "c.karadag@tdu-muenster.example", "Cem Karadağ",
        "Türkisch-Deutscher Unternehmerverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    outlook_cal_reply(
        m, named("Karadağ, Cem", "c.karadag@tdu-muenster.example"), TO_MSO, "Angenommen",
        KARADAG_TEXT + "\n" + KARADAG_FOOTER, "ACCEPTED", "Karadağ, Cem",
        "c.karadag@tdu-muenster.example", "20270112T132133Z",
        "<AS8PR04MB7713E2A1B0C94D7F8A61@AS8PR04MB7713.eurprd04.prod.outlook.example>",
        "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rTw==", comment=KARADAG_TEXT)


# -- 004 ---------------------------------------------------------------------
# Bare Outlook "Angenommen:" – no text at all, only the calendar REPLY.  The
# display name is "Surname, First name".  No organisation, no workgroup.

@mail("rahmani-angenommen-ohne-text", "2027-01-12 15:02:11",
      E("registration", "farid.rahmani@afghanischer-kulturverein.example", "Farid Rahmani",
        None, [], 1, "de"), "de")
def _(m):
    outlook_cal_reply(
        m, named("Rahmani, Farid", "farid.rahmani@afghanischer-kulturverein.example"), TO_MSO,
        "Angenommen", "", "ACCEPTED", "Rahmani, Farid",
        "farid.rahmani@afghanischer-kulturverein.example", "20270112T140207Z",
        "<DU2PR02MB10114A77E3C52B1D9F04@DU2PR02MB10114.eurprd02.prod.outlook.example>",
        "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rT7AAB1cQ")


# -- 005 ---------------------------------------------------------------------
# iPhone reply to the invitation: two lines, "LG Aylin", iOS quote with the
# whole invitation (all three AGs).  Name from the display name.

DEMIR_TEXT = """Hallo Frau Meza Correa-Flock,
wir kommen zu zweit, gerne in die AG 1.
LG Aylin

Von meinem iPhone gesendet"""

DEMIR_ATTR = f"Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("demir-iphone-zu-zweit-ag1", "2027-01-12 16:48:05",
      E("registration", "aylin.demir@mail.example", "Aylin Demir", None, ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Aylin Demir <aylin.demir@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3B7E2C41-9A0D-4F68-B2E5-7C1D0A9F4E26@mail.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(DEMIR_TEXT, DEMIR_ATTR, INVITE_TEXT), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(DEMIR_TEXT, DEMIR_ATTR, INVITE_TEXT), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 006 ---------------------------------------------------------------------
# Arabic from an iPhone, replying to the invitation; the attribution line has
# Arabic-Indic digits.  "مجموعة العمل الثانية" = the second workgroup;
# "سنحضر شخصين: أنا وزميلي" = we come as two persons.  Signed with the first
# name only, so the full name is the Latin display name.

MANSOUR_TEXT = """مرحباً،

أودّ تسجيل اسمي في يوم منظمات المهاجرين (MSO-Tag) في مجموعة العمل الثانية عن مستقبل مونستر.
سنحضر شخصين: أنا وزميلي من الجمعية.

شكراً لكم
خالد

أُرسلت من الـ iPhone"""

MANSOUR_ATTR = f"في ١٢‏/٠١‏/٢٠٢٧، الساعة ٢:٠٣ م، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("mansour-arabic-iphone-ag2", "2027-01-12 19:12:44",
      E("registration", "khaled.mansour@mail.example", "Khaled Mansour", None,
        ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E0A41C9B-2F7D-4B3A-8C65-19D2E7F0A3B8@mail.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(MANSOUR_TEXT, MANSOUR_ATTR, INVITE_TEXT), "plain", "utf-8", "base64"),
        m.text(apple_html(MANSOUR_TEXT, MANSOUR_ATTR, INVITE_TEXT, rtl=True), "html", "utf-8", "base64"),
    ], style="apple")


# -- 007 ---------------------------------------------------------------------
# The office registers the chairman (AG 2, alone) and asks to confirm to his
# own address; the signature is the secretary's, plus a long disclaimer.

IZM_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag unseres Vorsitzenden, Herrn Dr. Ahmet Yılmaz, melde ich ihn verbindlich zum MSO-Tag am 13. März an. Er möchte an der AG 2 (Münsters Zukunftsprozess) teilnehmen und kommt allein.

Bitte senden Sie die Bestätigung direkt an ihn: a.yilmaz@izm-muenster.example

Mit freundlichen Grüßen
i. A. Svenja Brockhoff
Sekretariat

Islamisches Zentrum Münster e.V.
Hammer Straße 140 · 48153 Münster
Telefon: 0251 / 77 41 09-0 · Fax: 0251 / 77 41 09-9
Bürozeiten: Mo–Do 9–13 Uhr

Vorstand: Dr. Ahmet Yılmaz (Vorsitzender), Khadija Benali-Schröer (stellv. Vorsitzende), Yusuf Aydemir (Kassierer)
Amtsgericht Münster VR 2938 · Als gemeinnützig anerkannt durch das Finanzamt Münster-Innenstadt

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen. Hinweise zum Datenschutz: https://www.izm-muenster.example/datenschutz"""


@mail("izm-sekretariat-meldet-vorsitzenden", "2027-01-13 08:03:19",
      E("registration", "a.yilmaz@izm-muenster.example", "Ahmet Yılmaz",
        "Islamisches Zentrum Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", named("Islamisches Zentrum Münster – Sekretariat", "sekretariat@izm-muenster.example")),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung MSO-Tag – Dr. Ahmet Yılmaz")),
           ("Thread-Topic", ew("Anmeldung MSO-Tag – Dr. Ahmet Yılmaz")),
           ("Thread-Index", "AdtlQ2v7b0XbR1m2S0uK4tW9pYc3Hw=="),
           ("Date", m.date),
           ("Message-ID", "<000f01db6585$2a4c6e10$7ee54a30$@izm-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(IZM_TEXT, outlook_html(IZM_TEXT), charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 008 ---------------------------------------------------------------------
# Turkish Outlook "Kabul Edildi:" with text: AG 1, "Eşimle birlikte iki kişi
# geleceğiz" = with my husband, two persons.  Short Turkish disclaimer.

CAKIR_TEXT = """Merhaba,

AG 1'e (Bildungssystem) katılmak istiyorum. Eşimle birlikte iki kişi geleceğiz.

Saygılarımla
Emine Çakır
Münster Türk Öğretmenler Derneği

Bu e-posta ve ekleri yalnızca gönderildiği kişi veya kuruma özeldir ve gizli bilgiler içerebilir. Bu mesajın alıcısı değilseniz lütfen göndereni bilgilendiriniz ve mesajı siliniz."""


@mail("cakir-kabul-edildi-turkish", "2027-01-13 09:40:02",
      E("registration", "emine.cakir@mtod-muenster.example", "Emine Çakır",
        "Münster Türk Öğretmenler Derneği", ["AG1"], 2, "tr"), "tr")
def _(m):
    outlook_cal_reply(
        m, named("Emine Çakır", "emine.cakir@mtod-muenster.example"), TO_MSO, "Kabul Edildi",
        CAKIR_TEXT, "ACCEPTED", "Emine Çakır", "emine.cakir@mtod-muenster.example",
        "20270113T083958Z",
        "<PR3PR08MB5690B47D21E0A6C3F9D2@PR3PR08MB5690.eurprd08.prod.outlook.example>",
        "AQHbZVm0c2XkzA1sREmB1cPnYpW4Hg==", lang_tag="tr-TR", lang="TR",
        comment=CAKIR_TEXT.split("\n\nBu e-posta")[0])


# -- 009 ---------------------------------------------------------------------
# English Outlook "Accepted:" with text; workgroup 2 named by its English
# paraphrase; Zoom personal room (meeting ID, passcode) and a disclaimer.

ASANTE_TEXT = """Dear Ms Meza Correa-Flock,

Happy to join! Workgroup 2 (Münster's future process) please – just me.

Kind regards,
Rebecca Asante-Lange
Chair, International Women's Forum Münster e.V.

Join my Zoom Personal Meeting Room: https://us06web.zoom.example/j/8452231009?pwd=dWpQa2tGc3lJR0
Meeting ID: 845 223 1009 | Passcode: 240613

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail; do not copy, forward or disclose its contents. International Women's Forum Münster e.V., registered at the district court (Amtsgericht) Münster, VR 6032."""


@mail("asante-lange-accepted-english-zoom", "2027-01-13 11:15:48",
      E("registration", "r.asante-lange@iwf-muenster.example", "Rebecca Asante-Lange",
        "International Women's Forum Münster e.V.", ["AG2"], 1, "en"), "en")
def _(m):
    outlook_cal_reply(
        m, named("Rebecca Asante-Lange", "r.asante-lange@iwf-muenster.example"), TO_MSO,
        "Accepted", ASANTE_TEXT, "ACCEPTED", "Rebecca Asante-Lange",
        "r.asante-lange@iwf-muenster.example", "20270113T101544Z",
        "<VI1PR06MB6381D0C9E2F14B7A6E30@VI1PR06MB6381.eurprd06.prod.outlook.example>",
        "AQHbZWGk7fUq2tJTVk2pYrxHl9C1aQ==", lang_tag="en-GB", lang="EN-GB",
        comment=ASANTE_TEXT.split("\n\nJoin my Zoom")[0])


# -- 010 ---------------------------------------------------------------------
# Polish Outlook "Zaakceptowano:" – herself and a board colleague, group 2,
# else group 1 ("a gdyby nie było już miejsc – w grupie nr 1").

KAMINSKA_TEXT = """Dzień dobry,

zgłaszam siebie i koleżankę z zarządu. Chętnie weźmiemy udział w grupie roboczej nr 2, a gdyby nie było już miejsc – w grupie nr 1.

Pozdrawiam serdecznie
Joanna Kamińska
Wiceprezes
Stowarzyszenie Polskie Most Münster e.V.

Informacja o poufności: treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem tej wiadomości, prosimy o niezwłoczne poinformowanie nadawcy i usunięcie wiadomości. Administratorem danych osobowych jest Stowarzyszenie Polskie Most Münster e.V."""


@mail("kaminska-zaakceptowano-polish", "2027-01-13 13:30:26",
      E("registration", "j.kaminska@most-muenster.example", "Joanna Kamińska",
        "Stowarzyszenie Polskie Most Münster e.V.", ["AG2", "AG1"], 2, "pl"), "pl")
def _(m):
    outlook_cal_reply(
        m, named("Joanna Kamińska", "j.kaminska@most-muenster.example"), TO_MSO,
        "Zaakceptowano", KAMINSKA_TEXT, "ACCEPTED", "Joanna Kamińska",
        "j.kaminska@most-muenster.example", "20270113T123022Z",
        "<AM6PR10MB2214F8E0B7A1C3D54E92@AM6PR10MB2214.EURPRD10.PROD.OUTLOOK.example>",
        "AQHbZWf1Lr8mF0K3RGmN0gXlhQzJ2A==", lang_tag="pl-PL", lang="PL",
        comment=KAMINSKA_TEXT.split("\n\nInformacja o poufności")[0])


# -- 011 ---------------------------------------------------------------------
# Google Calendar "Angenommen:" with a note (X-RESPONSE-COMMENT): three
# persons, AG 2.  The reply ics repeats the invitation's DESCRIPTION with all
# three AGs; invite.ics is attached as well.

SAHIN_NOTE = "Wir kommen zu dritt, bitte AG 2 – danke!"

SAHIN_PLAIN = f"""Leyla Şahin hat diese Einladung angenommen und eine Notiz hinzugefügt:
„{SAHIN_NOTE}“

MSO-Tag 2027
Samstag, 13. März 2027 ⋅ 10:00 – 16:00
Mitteleuropäische Normalzeit - Berlin

Ort
{INVITE_LOCATION}
https://www.google.example/maps/search/Stadtweinhaus,+Prinzipalmarkt+8,+48143+M%C3%BCnster?hl=de

Organisator
mso-tag@muenster.example

Teilnehmer
Leyla Şahin - hat angenommen

Einladung von Google Kalender: https://calendar.google.example/calendar/

Sie erhalten diese E-Mail unter der Adresse mso-tag@muenster.example, weil Sie der Organisator dieses Termins sind.

Weitere Informationen zum Google Kalender: https://support.google.example/calendar/answer/37135#forwarding"""

SAHIN_HTML = ("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
              "<div style=\"font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043\">"
              f"<p><b>Leyla Şahin</b> hat diese Einladung angenommen und eine Notiz hinzugefügt:</p>"
              f"<blockquote style=\"margin:0 0 16px 0;padding-left:12px;border-left:3px solid #dadce0\">„{esc(SAHIN_NOTE)}“</blockquote>"
              "<h2 style=\"font-size:20px;font-weight:400;margin:0\">MSO-Tag 2027</h2>"
              "<p>Samstag, 13. März 2027 ⋅ 10:00 – 16:00<br>Mitteleuropäische Normalzeit - Berlin</p>"
              f"<p><b>Ort</b><br><a href=\"https://www.google.example/maps/search/Stadtweinhaus,+Prinzipalmarkt+8,+48143+M%C3%BCnster?hl=de\">{esc(INVITE_LOCATION)}</a></p>"
              "<p><b>Organisator</b><br>mso-tag@muenster.example</p>"
              "<p><b>Teilnehmer</b><br>Leyla Şahin - hat angenommen</p>"
              "<p style=\"font-size:12px;color:#70757a\">Einladung von <a href=\"https://calendar.google.example/calendar/\">Google Kalender</a><br>"
              "Sie erhalten diese E-Mail unter der Adresse mso-tag@muenster.example, weil Sie der Organisator dieses Termins sind.<br>"
              "<a href=\"https://support.google.example/calendar/answer/37135#forwarding\">Weitere Informationen zum Google Kalender</a></p>"
              "</div></body></html>\n")

SAHIN_ICS = ics([
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:REPLY",
    "BEGIN:VEVENT",
    "DTSTART:20270313T090000Z",
    "DTEND:20270313T150000Z",
    "DTSTAMP:20270113T165508Z",
    f"ORGANIZER;CN=Tag der Migrantenselbstorganisationen:mailto:{MSO}",
    f"UID:{INVITE_UID}",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leyla Şahin;"
    f'X-NUM-GUESTS=0;X-RESPONSE-COMMENT="{SAHIN_NOTE}":mailto:leyla.sahin.ms@gmail.example',
    "X-MICROSOFT-CDO-OWNERAPPTID:-1906438114",
    "CREATED:20270112T130312Z",
    f"DESCRIPTION:{ics_escape(INVITE_TEXT)}",
    "LAST-MODIFIED:20270113T165508Z",
    f"LOCATION:{ics_escape(INVITE_LOCATION)}",
    "SEQUENCE:0",
    "STATUS:CONFIRMED",
    f"SUMMARY:{INVITE_SUBJECT}",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
])


@mail("sahin-google-calendar-note", "2027-01-13 17:55:12",
      E("registration", "leyla.sahin.ms@gmail.example", "Leyla Şahin", None,
        ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Leyla Şahin <leyla.sahin.ms@gmail.example>"),
           ("To", MSO),
           ("Subject", "Angenommen: MSO-Tag 2027 @ Sa. 13. März 2027 10:00 - 16:00 (MEZ) "
                       f"({MSO})"),
           ("Date", m.date),
           ("Message-ID", "<calendar-6f1d2a7e-0b3c-4e95-a8d4-2c7b9e1f5a30@google.example>"),
           ("Reply-To", "Leyla Şahin <leyla.sahin.ms@gmail.example>"),
           ("Sender", "Google Calendar <calendar-notification@google.example>"),
           ("MIME-Version", "1.0"))
    alt = m.multi("alternative", [
        m.text(SAHIN_PLAIN, "plain", "utf-8", "base64"),
        m.text(SAHIN_HTML, "html", "utf-8", "quoted-printable"),
        m.calendar(SAHIN_ICS, "REPLY"),
    ], style="gmail", top=False)
    att = m.binary(SAHIN_ICS.replace("\n", "\r\n").encode("utf-8"), "application", "ics",
                   "invite.ics")
    m.multi("mixed", [alt, att], style="gmail")


# -- 012 ---------------------------------------------------------------------
# "ich bin dabei – AG Bildung" (alias) in an Outlook reply that quotes the
# meeting request with its Wann:/Wo: lines; the signature carries an IBAN,
# a register number and the names of the charity's board.

OVERBECK_TEXT = """Hallo Frau Meza Correa-Flock,

ich bin dabei – AG Bildung.

Viele Grüße
Jens Overbeck

Caritasverband für die Stadt Münster e.V.
Fachdienst Integration und Migration
Josefstraße 2 · 48151 Münster
Telefon 0251 53009-412 · Mobil 0160 91 22 38 07
j.overbeck@caritas-ms.example · https://www.caritas-ms.example

Caritasverband für die Stadt Münster e.V. · Vorstand: Dr. Martina Terhaar, Thomas Wienker · Vorsitzender des Caritasrates: Bernhard Schulze-Rüschhaus · Registergericht: Amtsgericht Münster, VR 1467
Spendenkonto: Darlehnskasse Münster · IBAN DE12 4006 0265 0001 2345 67 · BIC GENODEM1DKM

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""

OVERBECK_QUOTE = ([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                   ("Gesendet", "Dienstag, 12. Januar 2027 14:03"),
                   ("An", DL),
                   ("Betreff", INVITE_SUBJECT),
                   ("Wann", INVITE_WANN_DE),
                   ("Wo", INVITE_LOCATION)], INVITE_TEXT)


@mail("overbeck-caritas-ag-bildung", "2027-01-14 07:48:33",
      E("registration", "j.overbeck@caritas-ms.example", "Jens Overbeck",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", named("Overbeck, Jens", "j.overbeck@caritas-ms.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Thread-Index", "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rT7AAMk9g"),
           ("Date", m.date),
           ("Message-ID", "<FR4P281MB3502A9C01E7D2B46F58C@FR4P281MB3502.DEUP281.PROD.OUTLOOK.example>"),
           ("References", INVITE_ID),
           ("In-Reply-To", INVITE_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERBECK_TEXT, OVERBECK_QUOTE),
                  outlook_html(OVERBECK_TEXT, OVERBECK_QUOTE, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Delegate answers for her chairwoman: From is the chairwoman, Sender the
# office; the ics has SENT-BY.  The attendee is the chairwoman (AG 1, alone).

AHMADI_TEXT = """Guten Tag,

Frau Ahmadi nimmt gern teil (allein), AG 1 bitte.

Mit freundlichen Grüßen
i. A. Petra Lohmann
Büro des Vorstands
Afghanischer Frauenverein Münster e.V."""


@mail("ahmadi-delegate-accept-ag1", "2027-01-14 10:22:09",
      E("registration", "s.ahmadi@afghanischer-frauenverein.example", "Samira Ahmadi",
        "Afghanischer Frauenverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    outlook_cal_reply(
        m, named("Ahmadi, Samira", "s.ahmadi@afghanischer-frauenverein.example"), TO_MSO,
        "Angenommen", AHMADI_TEXT, "ACCEPTED", "Ahmadi, Samira",
        "s.ahmadi@afghanischer-frauenverein.example", "20270114T092205Z",
        "<BE1P281MB2290C7E3A05D1F98B264@BE1P281MB2290.DEUP281.PROD.OUTLOOK.example>",
        "AQHbZlB7pTq4nS0lQ0Ge8xM5zKc2vA==", comment=AHMADI_TEXT,
        sender=named("Lohmann, Petra", "p.lohmann@afghanischer-frauenverein.example"))


# -- 014 ---------------------------------------------------------------------
# Outlook "Mit Vorbehalt angenommen:" (TENTATIVE): she asks whether she may
# join only at 13:00 and will register bindingly afterwards -> question.

GONCALVES_TEXT = """Liebe Frau Meza Correa-Flock,

vormittags habe ich leider eine Vorstandssitzung. Wäre es in Ordnung, wenn ich erst gegen 13 Uhr zu den Arbeitsgruppen dazukomme? Dann melde ich mich gern verbindlich an.

Herzliche Grüße
Maria Gonçalves
Portugiesischer Kulturverein Münster e.V."""


@mail("goncalves-mit-vorbehalt-frage", "2027-01-14 12:05:51",
      E("question", "m.goncalves@pkv-muenster.example", "Maria Gonçalves",
        "Portugiesischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    outlook_cal_reply(
        m, named("Gonçalves, Maria", "m.goncalves@pkv-muenster.example"), TO_MSO,
        "Mit Vorbehalt angenommen", GONCALVES_TEXT, "TENTATIVE", "Gonçalves, Maria",
        "m.goncalves@pkv-muenster.example", "20270114T110547Z",
        "<AM8PR03MB8110E4D92A7C0B16F3A5@AM8PR03MB8110.eurprd03.prod.outlook.example>",
        "AQHbZlMm4h3X2C9zT0aS1n2pQ7vW3g==", comment=GONCALVES_TEXT)


# -- 015 ---------------------------------------------------------------------
# Italian Outlook "Accettato:" with text, group 3 by its German title; the
# HTML is windows-1252.  Italian disclaimer citing the GDPR.

LOMBARDI_TEXT = """Gentile Signora Meza Correa-Flock,

parteciperò volentieri. Vorrei iscrivermi al gruppo di lavoro 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement). Verrò da solo.

Cordiali saluti
Giuseppe Lombardi
Presidente
Circolo Culturale Italiano Münster e.V.

Le informazioni contenute in questo messaggio di posta elettronica sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo senza copiarlo e di darne notizia al mittente. Informativa ai sensi del Regolamento (UE) 2016/679 (GDPR): https://www.cci-muenster.example/privacy"""


@mail("lombardi-accettato-italian", "2027-01-14 20:17:30",
      E("registration", "g.lombardi@cci-muenster.example", "Giuseppe Lombardi",
        "Circolo Culturale Italiano Münster e.V.", ["AG3"], 1, "it"), "it")
def _(m):
    outlook_cal_reply(
        m, named("Giuseppe Lombardi", "g.lombardi@cci-muenster.example"), TO_MSO,
        "Accettato", LOMBARDI_TEXT, "ACCEPTED", "Giuseppe Lombardi",
        "g.lombardi@cci-muenster.example", "20270114T191726Z",
        "<DB9PR05MB7884A3B6C2D1E0F97A81@DB9PR05MB7884.eurprd05.prod.outlook.example>",
        "AQHbZo4s0mC7W3VwRkO2tW1kYh6aNw==", lang_tag="it-IT", lang="IT",
        comment=LOMBARDI_TEXT.split("\n\nLe informazioni")[0], html_charset="windows-1252")


# -- 016 ---------------------------------------------------------------------
# A board member writes from his employer's mail: the insurer's signature
# ("Lambertus Versicherung AG", HRB, its Vorstand) is not his organisation;
# the association is named in brackets in the text.  AG 2, alone.

DOGAN_TEXT = """Hallo zusammen,

ich melde mich für unseren Verein an (Deutsch-Kurdischer Kulturverein Münster e.V.): AG 2, nur ich.

Gruß
Baran Doğan

Mit freundlichen Grüßen

Baran Doğan
Underwriting Gewerbe
Lambertus Versicherung AG
Weseler Straße 300 · 48151 Münster
T +49 251 702-3318
baran.dogan@lambertus-versicherung.example
https://www.lambertus-versicherung.example

Lambertus Versicherung AG · Sitz Münster · Amtsgericht Münster HRB 2841
Vorstand: Dr. Karl-Heinz Ostendorf (Vorsitzender), Friederike Wessels, Martin Tenbrink
Vorsitzender des Aufsichtsrates: Bernhard Schulze Pellengahr

Diese Nachricht ist vertraulich und nur für den Adressaten bestimmt. Sollten Sie nicht der beabsichtigte Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht. Jede unbefugte Nutzung ist untersagt.
This message is confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Any unauthorised use is prohibited."""


@mail("dogan-employer-signature-ag2", "2027-01-15 09:10:04",
      E("registration", "baran.dogan@lambertus-versicherung.example", "Baran Doğan",
        "Deutsch-Kurdischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", named("Doğan, Baran", "baran.dogan@lambertus-versicherung.example")),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Thread-Topic", "MSO-Tag Anmeldung"),
           ("Thread-Index", "AdtnKq2F0e8Xy7s5TY6xM0v3wN1k2A=="),
           ("Date", m.date),
           ("Message-ID", "<ZR0P278MB09914F3C28E1A6B7D05A@ZR0P278MB0991.CHEP278.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-Classification", "INTERN"),
           ("MIME-Version", "1.0"))
    m.alternative(DOGAN_TEXT, outlook_html(DOGAN_TEXT), charset="utf-8", cte="base64",
                  style="outlook")


# -- 017 ---------------------------------------------------------------------
# Turkish from a Samsung phone: "3. çalışma grubuna (Vereinsmanagement)
# kaydımı yapabilir misiniz? Tek kişi geleceğim." = register me for group 3,
# I come alone.  Samsung signature in Turkish.

ASLAN_TEXT = """Merhaba,

MSO-Tag için 3. çalışma grubuna (Vereinsmanagement) kaydımı yapabilir misiniz? Tek kişi geleceğim.

Selamlar
Hatice Aslan
Münster Türk Kadınlar Birliği



Samsung Galaxy akıllı telefonumdan gönderildi."""


@mail("aslan-turkish-samsung-ag3", "2027-01-15 18:33:27",
      E("registration", "hatice.aslan@mail.example", "Hatice Aslan",
        "Münster Türk Kadınlar Birliği", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Aslan <hatice.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kayıt")),
           ("Date", m.date),
           ("Message-ID", "<o4k2fy8q1b7w3e5n.1768498407312@email.android.example>"),
           ("X-Mailer", "Samsung Email 6.1.94.7"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [
        m.text(ASLAN_TEXT, "plain", "utf-8", "base64"),
        m.text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
               f"<body dir=\"auto\">{divs(ASLAN_TEXT)}</body></html>\n", "html", "utf-8", "base64"),
    ], style="samsung")


# -- 018 ---------------------------------------------------------------------
# HTML only (new Outlook): herself and a named colleague for AG 3 -> 2.  The
# signature has a Teams consultation link with meeting ID and passcode.

KORTMANN_TEXT = """Guten Morgen,

hiermit melde ich mich und meine Kollegin Thi Hoa Nguyen für die AG 3 an.

Viele Grüße
Sabine Kortmann
Geschäftsführung
Netzwerk Interkulturelle Familien Münster e.V.
Telefon: 0251 / 38 44 27-0

Offene Beratung per Microsoft Teams, donnerstags 10–12 Uhr:
Jetzt an der Besprechung teilnehmen: https://teams.microsoft.example/l/meetup-join/19%3ameeting_OGE1ZjY0MjItZDc5Yy00%40thread.v2/0?context=%7b%22Tid%22%3a%22c2f1%22%7d
Besprechungs-ID: 318 447 207 52
Kenncode: 2Wq9xP"""


def new_outlook_html(text):
    rows = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        f'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{linkify(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{rows}\n</body>\n</html>\n")


@mail("kortmann-html-only-teams-signature", "2027-01-18 11:47:15",
      E("registration", "s.kortmann@interkulturelle-familien.example", "Sabine Kortmann",
        "Netzwerk Interkulturelle Familien Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", named("Kortmann, Sabine", "s.kortmann@interkulturelle-familien.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AQHbaZ3T1vJ0c8mA9kC2lS6rX4eYbw=="),
           ("Date", m.date),
           ("Message-ID", "<PAXPR07MB8843B10E4F2A97C3D6E1@PAXPR07MB8843.eurprd07.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("msip_labels", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(KORTMANN_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Polish, new mail from an iPhone, plain text only: group 1, "Będę sama" =
# I'll be alone.  "Wysłane z iPhone'a".

@mail("nowak-polish-iphone-ag1", "2027-01-19 08:30:40",
      E("registration", "magdalena.nowak@mail.example", "Magdalena Nowak",
        "Polska Szkoła Sobotnia w Münster", ["AG1"], 1, "pl"), "pl")
def _(m):
    m.head(("From", named("Magdalena Nowak", "magdalena.nowak@mail.example")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie – MSO-Tag 13.03.")),
           ("Date", m.date),
           ("Message-ID", "<9C2F4E1A-7B3D-4A65-9E08-5D1C3B7A2F94@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Dzień dobry,

chciałabym zapisać się na MSO-Tag 13 marca, do grupy roboczej 1 (Bildung). Będę sama.

Pozdrawiam
Magdalena Nowak
Polska Szkoła Sobotnia w Münster

Wysłane z iPhone'a""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish iPhone reply to the invitation with a Turkish iOS attribution line:
# "ben ve yönetim kurulundan iki arkadaşım" = me and two board colleagues ->
# 3; "Tercihimiz 2. çalışma grubu" = our preference is workgroup 2.

ERDEM_TEXT = """Merhaba Ximena Hanım,

derneğimiz adına ben ve yönetim kurulundan iki arkadaşım katılacağız. Tercihimiz 2. çalışma grubu (Zukunftsprozess).

Saygılarımla
Mustafa Erdem
Coerde Türk Kültür Derneği

iPhone'umdan gönderildi"""

ERDEM_ATTR = (f"12 Oca 2027 tarihinde 14:03 saatinde, Tag der Migrantenselbstorganisationen "
              f"<{MSO}> şunu yazdı:")


@mail("erdem-turkish-iphone-three-ag2", "2027-01-19 21:14:03",
      E("registration", "m.erdem@coerde-tkd.example", "Mustafa Erdem",
        "Coerde Türk Kültür Derneği", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Erdem <m.erdem@coerde-tkd.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5A8D0E3C-1F4B-47A2-B6C9-E2D7F0A13B58@coerde-tkd.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(ERDEM_TEXT, ERDEM_ATTR, INVITE_TEXT), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(ERDEM_TEXT, ERDEM_ATTR, INVITE_TEXT), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 021 ---------------------------------------------------------------------
# HCL Notes reply ("Antwort:") with the Notes quote header (Von:/An:/Datum:/
# Betreff: with tabs) and the municipal adult-education centre's signature.

HOELSCHER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

gern nehme ich an der AG 1 teil.

Mit freundlichen Grüßen
Im Auftrag

Birgit Hölscher
Volkshochschule Münster
Fachbereich Deutsch als Zweitsprache und Integration
Aegidiimarkt 3 · 48143 Münster
Tel. 0251 492-4318
hoelscherb@vhs-muenster.example

Die Volkshochschule Münster ist eine Einrichtung der Stadt Münster. Informationen zum Datenschutz finden Sie unter https://www.vhs-muenster.example/datenschutz"""

HOELSCHER_QUOTE = f"""Von:        "Tag der Migrantenselbstorganisationen" <{MSO}>
An:        "MSO-Vorstände" <{DL_ADDR}>
Datum:        12.01.2027 14:03
Betreff:        {INVITE_SUBJECT}
________________________________



{INVITE_TEXT}"""


@mail("hoelscher-notes-antwort-ag1", "2027-01-20 10:12:55",
      E("registration", "hoelscherb@vhs-muenster.example", "Birgit Hölscher",
        "Volkshochschule Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", named("Birgit Hölscher", "hoelscherb@vhs-muenster.example")),
           ("To", named("Tag der Migrantenselbstorganisationen", MSO)),
           ("Subject", "Antwort: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<OF8A3C2E41.7B0D95F2-ONC1258A4E.0036F1A2-C1258A4E.0038B7E4@vhs-muenster.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
           ("X-MIMETrack", "Serialize by Router on NOTES01/VHS/MS(Release 12.0.2|November 03, 2022) at\n"
                           " 20.01.2027 10:12:55"),
           ("MIME-Version", "1.0"))
    plain = HOELSCHER_TEXT + "\n\n\n\n" + HOELSCHER_QUOTE
    body = "".join(f"{linkify(line)}<br>" if line else "<br>" for line in HOELSCHER_TEXT.split("\n"))
    qhtml = "".join(f"{esc(line)}<br>" if line else "<br>" for line in HOELSCHER_QUOTE.split("\n"))
    htm = (f"<font size=2 face=\"sans-serif\">{body}</font><br><br><br><br>"
           f"<font size=1 color=#5f5f5f face=\"sans-serif\">{qhtml}</font><br>\n")
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="notes")


# -- 022 ---------------------------------------------------------------------
# Change from an iPhone: "bitte AG 2 statt AG 3" above the quoted confirmation
# (AG 3, 1 person).  The signature is shorter than the display name.

MARKOVIC_TEXT = """Hallo,
bitte AG 2 statt AG 3 – danke!
Gruß D. Marković

Von meinem iPhone gesendet"""

MARKOVIC_ATTR = f"Am 20.01.2027 um 18:42 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("markovic-iphone-change-ag2", "2027-01-21 13:45:18",
      E("change", "d.markovic@srpska-zajednica-ms.example", "Dragan Marković", None,
        ["AG2"], None, "de"), "de")
def _(m):
    conf = confirmation("Herr Marković", "AG3", 1)
    m.head(("From", named("Dragan Marković", "d.markovic@srpska-zajednica-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C41B7A09-6E2D-4F3C-A8B5-0D9E1F2A7C36@srpska-zajednica-ms.example>"),
           ("In-Reply-To", "<mailbot.20270120184211.7b2e@muenster.example>"),
           ("References", "<mailbot.20270120184211.7b2e@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(MARKOVIC_TEXT, MARKOVIC_ATTR, conf), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(MARKOVIC_TEXT, MARKOVIC_ATTR, conf), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 023 ---------------------------------------------------------------------
# Italian from an Android phone: "Saremo in due (io e mio marito)" = 2;
# group 2, "in alternativa il gruppo 3" = else group 3.  "Inviato dal mio Galaxy".

RUSSO_TEXT = """Buongiorno,

vorremmo iscriverci al MSO-Tag del 13 marzo. Saremo in due (io e mio marito), preferibilmente gruppo 2, in alternativa il gruppo 3.

Grazie e buona giornata
Francesca Russo
Associazione Genitori Italiani Münster



Inviato dal mio Galaxy"""


@mail("russo-italian-galaxy-ag2-or-ag3", "2027-01-22 16:20:36",
      E("registration", "francesca.russo@mail.example", "Francesca Russo",
        "Associazione Genitori Italiani Münster", ["AG2", "AG3"], 2, "it"), "it")
def _(m):
    m.head(("From", "Francesca Russo <francesca.russo@mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<r8x1m4c0v7q2z9k5.1769095236470@email.android.example>"),
           ("X-Mailer", "Samsung Email 6.1.94.7"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [
        m.text(RUSSO_TEXT, "plain", "utf-8", "base64"),
        m.text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
               f"<body dir=\"auto\">{divs(RUSSO_TEXT)}</body></html>\n", "html", "utf-8", "base64"),
    ], style="samsung")


# -- 024 ---------------------------------------------------------------------
# English, Outlook for iOS, quoting the German invitation under an English
# header block: "with 2 colleagues" = 3; workgroup 1, second choice 3.

EZE_TEXT = """Hi,

I'll attend with 2 colleagues from our board. We'd prefer workgroup 1, second choice workgroup 3.

Kind regards,
Chidi Eze
Chairman, Igbo Union Münster e.V.

Get Outlook for iOS<https://aka.example/o0ukef>"""

EZE_QUOTE = ([("From", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
              ("Sent", "Tuesday, January 12, 2027 2:03:12 PM"),
              ("To", DL),
              ("Subject", INVITE_SUBJECT)], INVITE_TEXT)


@mail("eze-outlook-ios-three-wg1-wg3", "2027-01-25 09:02:47",
      E("registration", "chidi.eze@igbo-union-ms.example", "Chidi Eze",
        "Igbo Union Münster e.V.", ["AG1", "AG3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Chidi Eze <chidi.eze@igbo-union-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Thread-Topic", INVITE_SUBJECT),
           ("Thread-Index", "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rT7ACLqR4"),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1715C3A2E8F04D61B9A7@DU0P192MB1715.EURP192.PROD.OUTLOOK.example>"),
           ("References", INVITE_ID),
           ("In-Reply-To", INVITE_ID),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(EZE_TEXT, EZE_QUOTE, rule=True),
                  outlook_html(EZE_TEXT, EZE_QUOTE, lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Arabic Outlook "مقبول:" (accepted) with RTL text: "سأشارك مع زميلتين من
# الجمعية في مجموعة العمل الثالثة" = I take part with two colleagues, in
# workgroup 3 -> 3 persons.  Latin signature with the association.

HAMDANI_TEXT = """مساء الخير،

يسعدنا الحضور. سأشارك مع زميلتين من الجمعية في مجموعة العمل الثالثة (Vereinsmanagement).

مع خالص التحية
Rasha Al-Hamdani
Vorsitzende
Irakischer Frauenverein Münster e.V."""


@mail("al-hamdani-arabic-accepted-three", "2027-01-26 14:40:29",
      E("registration", "rasha.alhamdani@ifv-muenster.example", "Rasha Al-Hamdani",
        "Irakischer Frauenverein Münster e.V.", ["AG3"], 3, "ar"), "ar")
def _(m):
    outlook_cal_reply(
        m, named("Rasha Al-Hamdani", "rasha.alhamdani@ifv-muenster.example"), TO_MSO,
        "مقبول", HAMDANI_TEXT, "ACCEPTED", "Rasha Al-Hamdani",
        "rasha.alhamdani@ifv-muenster.example", "20270126T134025Z",
        "<AS2PR09MB6327E1F0A4C93B87D2E5@AS2PR09MB6327.eurprd09.prod.outlook.example>",
        "AQHbb/Cz9kWq0u1dS0q5xVg2rLm8Tg==", lang_tag="ar-SA", lang="AR",
        comment=HAMDANI_TEXT, rtl=True)


# -- 026 ---------------------------------------------------------------------
# English question before registering: remote participation for the
# treasurer?  The signature's Zoom room, meeting ID and passcode are noise.

@mail("owusu-english-question-hybrid", "2027-01-28 11:11:41",
      E("question", "abena.owusu@adc-muenster.example", "Abena Owusu",
        "African Diaspora Council Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@adc-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag - online participation?"),
           ("Date", m.date),
           ("Message-ID", "<CAH3xT9pQ2wZk7Lm4Rv8Nc1Bd6Ye0Fs5Gj3Ua9Io2Pt7Hx4Kq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Dear KIZ team,

quick question before we register: will there be a hybrid option for the workgroups (Zoom or Teams)? Our treasurer is abroad until April and would love to join remotely.

Thanks a lot,
Abena Owusu
Secretary, African Diaspora Council Münster

Zoom personal room: https://us02web.zoom.example/my/abena.owusu
Meeting ID: 712 334 9087 | Passcode: 1303"""
    m.multi("alternative", [m.text(text, "plain", "utf-8", "7bit" if text.isascii() else "quoted-printable"),
                            m.text(gmail_html(text), "html", "utf-8", "quoted-printable")],
            style="gmail")


# -- 027 ---------------------------------------------------------------------
# Everything in the Subject ("AG2 – 2 Pers."); the body says "s. Betreff" and
# "Ich + unser 2. Vorsitzender" (the ordinal is an office, not a number).

BAKIR_TEXT = """Hallo,

s. Betreff. Ich + unser 2. Vorsitzender.

Gruß
Hasan Bakır

Hasan Bakır
Kassenwart
Alevitische Kulturgemeinde Münster e.V.
Hansaring 61 · 48155 Münster
Mobil: 0176 2233 8190

Alevitische Kulturgemeinde Münster e.V. – Amtsgericht Münster VR 3377 – 1. Vorsitzende: Gülten Yıldız, 2. Vorsitzender: Cengiz Polat
Diese E-Mail ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, bitten wir Sie, den Absender zu informieren und die E-Mail zu löschen."""


@mail("bakir-subject-ag2-zwei-personen", "2027-02-01 09:30:14",
      E("registration", "hasan.bakir@akg-muenster.example", "Hasan Bakır",
        "Alevitische Kulturgemeinde Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", named("Hasan Bakır", "hasan.bakir@akg-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Anmeldung MSO-Tag: AG2 – 2 Pers.")),
           ("Date", m.date),
           ("Message-ID", "<001201db747a$5c2e8d40$14cba7c0$@akg-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(BAKIR_TEXT, outlook_html(BAKIR_TEXT), charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 028 ---------------------------------------------------------------------
# Arabic change in Gmail (Arabic interface) quoting the confirmation (AG 3):
# "أرجو نقلي من مجموعة العمل الثالثة إلى مجموعة العمل الأولى" = please move me
# from workgroup 3 to workgroup 1.  Signature in Arabic script.

ZAKI_TEXT = """السلام عليكم،

أرجو نقلي من مجموعة العمل الثالثة إلى مجموعة العمل الأولى (التعليم)، إن كان ذلك ممكناً.

شكراً جزيلاً
عمر زكي"""

ZAKI_ATTR = (f"في الأربعاء، 3 فبراير 2027 في 10:12 ص تمت كتابة ما يلي بواسطة "
             f"Tag der Migrantenselbstorganisationen <{MSO}>:")


@mail("zaki-arabic-gmail-change-ag1", "2027-02-03 12:15:22",
      E("change", "omar.zaki@mail.example", "عمر زكي", None, ["AG1"], None, "ar"), "ar")
def _(m):
    conf = confirmation("Herr Zaki", "AG3", 1)
    m.head(("From", "Omar Zaki <omar.zaki@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5qR8sT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0u@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270203101204.1d9a@muenster.example>"),
           ("References", "<mailbot.20270203101204.1d9a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [
        m.text(gmail_plain(ZAKI_TEXT, ZAKI_ATTR, conf), "plain", "utf-8", "base64"),
        m.text(gmail_html(ZAKI_TEXT, ZAKI_ATTR, conf, rtl=True), "html", "utf-8", "quoted-printable"),
    ], style="gmail")


# -- 029 ---------------------------------------------------------------------
# Polish Thunderbird reply to the invitation, ISO-8859-2, format=flowed:
# "zgłaszamy się we trzech" = we register as three; group 3.  Polish
# disclaimer after "-- ", then the '>' quote.

WISNIEWSKI_TEXT = """Dzień dobry,

zgłaszamy się we trzech do grupy roboczej 3 (Förderung).

Z poważaniem
Piotr Wiśniewski
Prezes Zarządu
Polski Klub Kulturalny Orzeł Münster e.V.
tel. +49 176 4455 1290

-- 
Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem niniejszej wiadomości, jej rozpowszechnianie, kopiowanie lub inne działanie o podobnym charakterze jest prawnie zabronione."""


@mail("wisniewski-polish-thunderbird-three", "2027-02-08 17:20:08",
      E("registration", "p.wisniewski@orzel-muenster.example", "Piotr Wiśniewski",
        "Polski Klub Kulturalny Orzeł Münster e.V.", ["AG3"], 3, "pl"), "pl")
def _(m):
    m.head(("From", named("Piotr Wiśniewski", "p.wisniewski@orzel-muenster.example", "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6e1b0f2c-93a4-4d7e-b815-0c2f9a7d3e41@orzel-muenster.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    quote = INVITE_TEXT.replace("„", '"').replace("“", '"').replace("–", "-")
    m.single(f"""{WISNIEWSKI_TEXT}

W dniu 12.01.2027 o 14:03, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(quote)}
""", charset="iso-8859-2", cte="8bit", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# Outlook "Abgelehnt:" after an earlier acceptance: "leider muss ich meine
# Zusage zurückziehen ... Bitte streichen Sie mich" -> cancellation.

NIKOLAIDIS_TEXT = """Liebe Frau Meza Correa-Flock,

leider muss ich meine Zusage zurückziehen – wir haben an dem Samstag nun doch unsere Jahreshauptversammlung. Bitte streichen Sie mich von der Liste.

Viele Grüße
Eleni Nikolaidis

Griechischer Elternverein Münster e.V. · Registergericht: AG Münster VR 2210
Diese Nachricht ist nur für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie uns bitte und löschen Sie die Nachricht."""


@mail("nikolaidis-abgelehnt-cancel", "2027-02-12 10:05:33",
      E("cancellation", "e.nikolaidis@griechischer-elternverein.example", "Eleni Nikolaidis",
        "Griechischer Elternverein Münster e.V.", [], None, "de"), "de")
def _(m):
    outlook_cal_reply(
        m, named("Nikolaidis, Eleni", "e.nikolaidis@griechischer-elternverein.example"), TO_MSO,
        "Abgelehnt", NIKOLAIDIS_TEXT, "DECLINED", "Nikolaidis, Eleni",
        "e.nikolaidis@griechischer-elternverein.example", "20270212T090529Z",
        "<VE1PR08MB5231A0D7C3E94F1B2865@VE1PR08MB5231.eurprd08.prod.outlook.example>",
        "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rT7AHfs0x",
        comment=NIKOLAIDIS_TEXT.split("\n\nGriechischer Elternverein")[0])


# -- 031 ---------------------------------------------------------------------
# English iPhone one-liner, "Count me in – WG 3 please. Cheers, Mike"; the full
# name is only in the display name.

OBRIEN_TEXT = """Count me in – WG 3 please.
Cheers, Mike

Sent from my iPhone"""

OBRIEN_ATTR = f"On 12 Jan 2027, at 14:03, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"


@mail("obrien-english-iphone-wg3", "2027-02-16 15:50:19",
      E("registration", "mike.obrien@mail.example", "Michael O'Brien", None,
        ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Michael O'Brien <mike.obrien@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8F0E3D2C-4B1A-4C97-A6E5-3F2D1C0B9A87@mail.example>"),
           ("In-Reply-To", INVITE_ID),
           ("References", INVITE_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(OBRIEN_TEXT, OBRIEN_ATTR, INVITE_TEXT), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(OBRIEN_TEXT, OBRIEN_ATTR, INVITE_TEXT), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 032 ---------------------------------------------------------------------
# English Outlook "Declined:" with text after an earlier acceptance ->
# cancellation.  Long bilingual disclaimer of her employer (a law firm).

SIDDIQUI_TEXT = """Hi,

sorry – I have to cancel after all, our AGM has been moved to 13 March. Please take me off the list.

Best,
Farah Siddiqui
Pakistani Community Association Münster

Farah Siddiqui | Paralegal
Hüffer Brandt Rechtsanwälte PartGmbB
Königsstraße 51 · 48143 Münster · T +49 251 590 77-23

CONFIDENTIALITY NOTICE: This e-mail may contain privileged and confidential information and is intended only for the named addressee(s). If you have received it in error, please notify us immediately by reply and delete it from your system. Hüffer Brandt Rechtsanwälte PartGmbB, Sitz Münster, Partnerschaftsregister AG Essen PR 4417.
VERTRAULICHKEITSHINWEIS: Diese E-Mail kann vertrauliche und rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie uns bitte sofort und löschen Sie diese E-Mail."""


@mail("siddiqui-declined-english-cancel", "2027-02-22 09:12:45",
      E("cancellation", "f.siddiqui@hueffer-brandt.example", "Farah Siddiqui",
        "Pakistani Community Association Münster", [], None, "en"), "en")
def _(m):
    outlook_cal_reply(
        m, named("Farah Siddiqui", "f.siddiqui@hueffer-brandt.example"), TO_MSO,
        "Declined", SIDDIQUI_TEXT, "DECLINED", "Farah Siddiqui",
        "f.siddiqui@hueffer-brandt.example", "20270222T081241Z",
        "<FR2P281MB0217D3E5A1B84C09F6E2@FR2P281MB0217.DEUP281.PROD.OUTLOOK.example>",
        "AQHbZNr5Xq3V0bKk9YxWQ7m2Zp1rT7AKz3m8", lang_tag="en-US", lang="EN-US",
        comment=SIDDIQUI_TEXT.split("\n\nFarah Siddiqui | Paralegal")[0])


# -- 033 ---------------------------------------------------------------------
# Polish cancellation in Outlook ("Odp:"), quoting the confirmation under a
# Polish header block (Od:/Wysłane:/Do:/Temat:).

ZIELINSKA_TEXT = """Dzień dobry,

niestety muszę odwołać swój udział w MSO-Tag – w tym terminie mam wyjazd służbowy. Bardzo przepraszam.

Z poważaniem
Katarzyna Zielińska
Polsko-Niemieckie Towarzystwo Kulturalne Münster"""

ZIELINSKA_QUOTE = ([("Od", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                    ("Wysłane", "wtorek, 2 lutego 2027 09:41"),
                    ("Do", "Katarzyna Zielińska <k.zielinska@pntk-muenster.example>"),
                    ("Temat", CONFIRMATION_SUBJECT)],
                   confirmation("Frau Zielińska", "AG1", 1))


@mail("zielinska-polish-outlook-cancel", "2027-03-01 19:40:02",
      E("cancellation", "k.zielinska@pntk-muenster.example", "Katarzyna Zielińska",
        "Polsko-Niemieckie Towarzystwo Kulturalne Münster", [], None, "pl"), "pl")
def _(m):
    m.head(("From", named("Katarzyna Zielińska", "k.zielinska@pntk-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Odp: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdU2k7xG0sVn4QUi3xR8bTq1f5w=="),
           ("Date", m.date),
           ("Message-ID", "<AM9PR02MB7330F0C2B9D14E6A3A58@AM9PR02MB7330.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270202094103.5c7e@muenster.example>"),
           ("References", "<mailbot.20270202094103.5c7e@muenster.example>"),
           ("Accept-Language", "pl-PL, en-US"),
           ("Content-Language", "pl-PL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ZIELINSKA_TEXT, ZIELINSKA_QUOTE),
                  outlook_html(ZIELINSKA_TEXT, ZIELINSKA_QUOTE, lang="PL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Postfix bounce of the 7-day reminder: the association mailbox is full.
# The returned reminder (AG 2, 3 persons) is attached whole.

BOUNCE2_RCPT = "vorstand@eritreische-gemeinde-ms.example"


@mail("postfix-reminder-mailbox-full", "2027-03-06 10:00:52",
      E("bounce", bounced=BOUNCE2_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270306090052.4A1C72B0E3@mx.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE2_RCPT}>: host
    mx.eritreische-gemeinde-ms.example[198.51.100.77] said: 552 5.2.2
    <{BOUNCE2_RCPT}>: Mailbox full (quota exceeded) (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "4A1C72B0E3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:04 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {BOUNCE2_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE2_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.eritreische-gemeinde-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{BOUNCE2_RCPT}>: Mailbox full\n"
                             "    (quota exceeded)")])
    original = mailbot_message(
        f"Eritreische Gemeinde Münster <{BOUNCE2_RCPT}>", REMINDER_SUBJECT,
        reminder("Herr Tesfamariam", "AG2", 3), "Sat, 06 Mar 2027 10:00:04 +0100",
        "<mailbot.reminder.20270306100004.3c1f@muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 035 ---------------------------------------------------------------------
# Out-of-office to the reminder, Arabic and English, "رد تلقائي:" subject,
# Auto-Submitted: auto-replied.

DARWISH_OOF = """شكراً على رسالتكم. أنا خارج المكتب حتى ١٥ مارس ٢٠٢٧، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم. للأمور العاجلة يرجى التواصل مع info@sdb-muenster.example.

Thank you for your message. I am out of the office until 15 March 2027 with limited access to e-mail. For urgent matters please contact info@sdb-muenster.example.

Hanan Darwish
Syrisch-Deutsche Brücke Münster e.V."""


@mail("darwish-ooo-arabic-english-reminder", "2027-03-06 10:01:30",
      E("auto_reply"), "ar")
def _(m):
    m.head(("From", "Hanan Darwish <h.darwish@sdb-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "رد تلقائي: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS4PR10MB5921B3E0D7A2C16F84E1@AS4PR10MB5921.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100006.8e2d@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100006.8e2d@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "ar-SA"),
           ("MIME-Version", "1.0"))
    m.alternative(DARWISH_OOF, outlook_html(DARWISH_OOF, lang="AR", rtl=True),
                  charset="utf-8", cte="base64", style="outlook")


# -- 036 ---------------------------------------------------------------------
# "Danke für die Erinnerung, wir sind dabei!" – a registered person answers the
# reminder with nothing to do (other); iPhone, emoji, quoted reminder.

YAVUZ_TEXT = """Danke für die Erinnerung, wir sind dabei! 😊
Liebe Grüße
Gül

Von meinem iPhone gesendet"""

YAVUZ_ATTR = f"Am 06.03.2027 um 10:00 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("yavuz-danke-wir-sind-dabei", "2027-03-06 11:25:06",
      E("other"), "de")
def _(m):
    rem = reminder("Frau Yavuz", "AG1", 2)
    m.head(("From", "Gül Yavuz <guel.yavuz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F2A9C0B1-3E7D-4D58-91C4-6B0A8E2F7D13@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100009.2b7a@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100009.2b7a@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(YAVUZ_TEXT, YAVUZ_ATTR, rem), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(YAVUZ_TEXT, YAVUZ_ATTR, rem), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 037 ---------------------------------------------------------------------
# English Outlook answer to the reminder (AG 2, 2 persons quoted): move to
# workgroup 1 and three instead of two -> change, new size 3.

ADEYEMI_TEXT = """Dear team,

thanks for the reminder. Could you please move us to workgroup 1 (education)? And we will be three instead of two – our youth officer is joining us.

Best regards
Tunde Adeyemi
Secretary General | Nigerian Cultural Association Münster e.V.
M +49 152 0788 4413

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised."""

ADEYEMI_QUOTE = ([("From", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                  ("Sent", "Saturday, March 6, 2027 10:00 AM"),
                  ("To", "Adeyemi, Tunde <t.adeyemi@nca-muenster.example>"),
                  ("Subject", REMINDER_SUBJECT)],
                 reminder("Herr Adeyemi", "AG2", 2))


@mail("adeyemi-english-change-wg1-three", "2027-03-06 14:02:38",
      E("change", "t.adeyemi@nca-muenster.example", "Tunde Adeyemi",
        "Nigerian Cultural Association Münster e.V.", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", named("Adeyemi, Tunde", "t.adeyemi@nca-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjnq0V7c2xT9rS0mW4kB1pZy3dQ=="),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB5104A7C2E9B03D18F6A4@LO2P265MB5104.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100011.6f0c@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100011.6f0c@muenster.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ADEYEMI_TEXT, ADEYEMI_QUOTE),
                  outlook_html(ADEYEMI_TEXT, ADEYEMI_QUOTE, lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Turkish answer to the reminder (2 persons quoted), windows-1254: "Kızım da
# bizimle gelmek istiyor – bir kişi daha ekleyebilir misiniz? Böylece 3 kişi
# olacağız." = my daughter wants to come too, can you add one more, we'll be 3.

KOC_TEXT = """Merhaba,

hatırlatma için teşekkür ederiz. Kızım da bizimle gelmek istiyor – bir kişi daha ekleyebilir misiniz? Böylece 3 kişi olacağız.

Saygılar
Sevgi Koç
Münster Türk Veliler Derneği"""

KOC_ATTR = (f"6 Mart 2027 Cumartesi 10:00 tarihinde Tag der Migrantenselbstorganisationen "
            f"<{MSO}> şunu yazdı:")


@mail("koc-turkish-change-plus-daughter", "2027-03-06 18:30:11",
      E("change", "sevgi.koc@mtvd-muenster.example", "Sevgi Koç",
        "Münster Türk Veliler Derneği", [], 3, "tr"), "tr")
def _(m):
    rem = reminder("Frau Koç", "AG1", 2)
    m.head(("From", named("Sevgi Koç", "sevgi.koc@mtvd-muenster.example", "windows-1254")),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1772818211.552391.20417@webmail.mtvd-muenster.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100013.0a5b@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100013.0a5b@muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"{KOC_TEXT}\n\n{KOC_ATTR}\n{gt_quote(rem)}\n", charset="windows-1254",
             cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# A colleague forwarded his reminder (AG 2, 1 person); she writes to the
# organiser in the same thread: AG 3 "falls dort noch Platz ist", alone ->
# a registration of her own.  Outlook quote chain AW: WG:.

STANKOVIC_TEXT = """Sehr geehrte Damen und Herren,

mein Kollege Herr Petrović hat mir Ihre Erinnerung weitergeleitet. Ich würde mich gern noch für die AG 3 anmelden, falls dort noch Platz ist. Ich komme allein.

Mit freundlichen Grüßen
Jelena Stanković
Schriftführerin
Deutsch-Serbischer Freundeskreis Münster e.V."""

STANKOVIC_QUOTE_TEXT = f"""Hallo Jelena,

magst du auch mitkommen? Anmeldung geht noch bis heute Abend.

Gruß Milan

Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: {REMINDER_SENT_DE}
An: Petrović, Milan <m.petrovic@dsf-muenster.example>
Betreff: {REMINDER_SUBJECT}

{reminder("Herr Petrović", "AG2", 1)}"""

STANKOVIC_QUOTE = ([("Von", "Petrović, Milan <m.petrovic@dsf-muenster.example>"),
                    ("Gesendet", "Samstag, 6. März 2027 16:12"),
                    ("An", "Stanković, Jelena <j.stankovic@dsf-muenster.example>"),
                    ("Betreff", "WG: " + REMINDER_SUBJECT)], STANKOVIC_QUOTE_TEXT)


@mail("stankovic-forwarded-reminder-registers", "2027-03-06 21:48:57",
      E("registration", "j.stankovic@dsf-muenster.example", "Jelena Stanković",
        "Deutsch-Serbischer Freundeskreis Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", named("Stanković, Jelena", "j.stankovic@dsf-muenster.example")),
           ("To", TO_MSO),
           ("Cc", named("Petrović, Milan", "m.petrovic@dsf-muenster.example")),
           ("Subject", "AW: WG: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjnq0V7c2xT9rS0mW4kB1pZy3dQAA8hKtAAB3mQ0="),
           ("Date", m.date),
           ("Message-ID", "<BEZP281MB2618E7C0A93D45B21F0C@BEZP281MB2618.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<BEZP281MB2618A0B1C2D34E5F6071@BEZP281MB2618.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.reminder.20270306100015.9d3e@muenster.example>\n"
                          " <BEZP281MB2618A0B1C2D34E5F6071@BEZP281MB2618.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(STANKOVIC_TEXT, STANKOVIC_QUOTE),
                  outlook_html(STANKOVIC_TEXT, STANKOVIC_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Turkish question answering the reminder from an iPhone: parking near the
# Stadtweinhaus, and wheelchair access for her mother.

YURT_TEXT = """Merhaba,

Stadtweinhaus'un yakınında park yeri var mı? Bir de annem tekerlekli sandalye kullanıyor; binaya rampa veya asansörle girilebiliyor mu?

Teşekkürler
Ali Yurt

iPhone'umdan gönderildi"""

YURT_ATTR = (f"6 Mar 2027 tarihinde 10:00 saatinde, Tag der Migrantenselbstorganisationen "
             f"<{MSO}> şunu yazdı:")


@mail("yurt-turkish-question-parking", "2027-03-07 09:15:24",
      E("question", "ali.yurt@mail.example", "Ali Yurt", None, [], None, "tr"), "tr")
def _(m):
    rem = reminder("Herr Yurt", "AG3", 4)
    m.head(("From", "Ali Yurt <ali.yurt@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0B7D3F9E-2A1C-4E68-8D05-C3B1F7E2A940@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100017.4c8f@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100017.4c8f@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(YURT_TEXT, YURT_ATTR, rem), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(YURT_TEXT, YURT_ATTR, rem), "html", "utf-8", "quoted-printable"),
    ], style="apple")


# -- 041 ---------------------------------------------------------------------
# A Teams meeting request (METHOD:REQUEST) from the AG 3 moderator to the
# organisers to prepare the workgroup: not a registration (other).

TENBRINK_TEXT = """Liebe Frau Meza Correa-Flock, lieber Herr Tahiri,

wie besprochen eine kurze Abstimmung zur AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement): Ablauf, Folien, aktuelle Teilnehmerzahl.

Viele Grüße
Anja Tenbrink

________________________________________________________________________________
Microsoft Teams Hilfe benötigt?<https://aka.example/JoinTeamsMeeting?omkt=de-DE>
Jetzt an der Besprechung teilnehmen<https://teams.microsoft.example/l/meetup-join/19%3ameeting_ZDk3YzQ1MWEtNGI2Ni00%40thread.v2/0?context=%7b%22Tid%22%3a%2291ab%22%7d>
Besprechungs-ID: 371 118 904 552
Kennung: Hs6Vq3
________________________________
Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.example/meetingOptions/?organizerId=5b0e&tenantId=91ab&threadId=19_meeting_ZDk3YzQ1MWEtNGI2Ni00%40thread.v2&messageId=0&language=de-DE>
________________________________________________________________________________"""

TENBRINK_ICS = ics([
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "PRODID:Microsoft Exchange Server 2010",
    "VERSION:2.0",
] + VTIMEZONE_MS + [
    "BEGIN:VEVENT",
    "ORGANIZER;CN=\"Tenbrink, Anja\":mailto:a.tenbrink@vereinsberatung-nrw.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tag der Migrantenselbstorganisationen:mailto:"
    + MSO,
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Tahiri, Besim\":mailto:tahirib@muenster.example",
    f"DESCRIPTION;LANGUAGE=de-DE:{ics_escape(TENBRINK_TEXT)}",
    "UID:040000008200E00074C5B7101A82E00800000000F1C2D3E4A06FDB010000000000000000100000003A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D",
    "SUMMARY;LANGUAGE=de-DE:Abstimmung Moderation AG 3 – MSO-Tag",
    "DTSTART;TZID=W. Europe Standard Time:20270310T160000",
    "DTEND;TZID=W. Europe Standard Time:20270310T164500",
    "CLASS:PUBLIC",
    "PRIORITY:5",
    "DTSTAMP:20270308T150039Z",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "SEQUENCE:0",
    "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
    "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
    "X-MICROSOFT-CDO-OWNERAPPTID:2120887105",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
    "X-MICROSOFT-CDO-IMPORTANCE:1",
    "X-MICROSOFT-CDO-INSTTYPE:0",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:a.tenbrink@vereinsberatung-nrw.example\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZDk3YzQ1MWEtNGI2Ni00-thread.v2!5b0e!91ab",
    "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    "X-MICROSOFT-ISRESPONSE:FALSE",
    "X-MICROSOFT-LOCATIONS:[ { \"DisplayName\" : \"Microsoft Teams-Besprechung\"\\, \"LocationAnnotation\" : \"\"\\, \"LocationSource\" : 0\\, \"Unresolved\" : false\\, \"LocationUri\" : \"\" } ]",
    "BEGIN:VALARM",
    "DESCRIPTION:REMINDER",
    "TRIGGER;RELATED=START:-PT15M",
    "ACTION:DISPLAY",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
])


@mail("tenbrink-teams-request-ag3-prep", "2027-03-08 16:00:43",
      E("other"), "de")
def _(m):
    m.head(("From", named("Tenbrink, Anja", "a.tenbrink@vereinsberatung-nrw.example")),
           ("To", named("Tag der Migrantenselbstorganisationen", MSO) + ", "
                  + named("Tahiri, Besim", "tahirib@muenster.example")),
           ("Subject", ew("Abstimmung Moderation AG 3 – MSO-Tag")),
           ("Thread-Topic", ew("Abstimmung Moderation AG 3 – MSO-Tag")),
           ("Thread-Index", "AdqQ1cW7z0N4S2pUQk6c8mE1tV3yBg=="),
           ("Date", m.date),
           ("Message-ID", "<GVXP190MB1973D2A0C6B14F7E93A8@GVXP190MB1973.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [
        m.text(TENBRINK_TEXT, "plain", "utf-8", "quoted-printable"),
        m.text(outlook_html(TENBRINK_TEXT), "html", "utf-8", "quoted-printable"),
        m.calendar(TENBRINK_ICS, "REQUEST"),
    ], style="outlook")


# -- 042 ---------------------------------------------------------------------
# One line of cancellation under a very long bilingual disclaimer, answering
# the reminder (AG 1, 2 persons quoted); windows-1252.

TAVAKOLI_TEXT = """Sehr geehrte Damen und Herren,

wir müssen unsere Teilnahme leider absagen.

Mit freundlichen Grüßen

Dr. med. Reza Tavakoli
Vorstandsvorsitzender
Deutsch-Iranische Gesellschaft für Medizin und Kultur e.V.
Von-Esmarch-Straße 58 · 48149 Münster
Tel.: +49 (0)251 83-5 77 12 · Fax: +49 (0)251 83-5 77 19
https://www.digmk.example

Bitte beachten Sie: Unsere Geschäftsstelle ist vom 15.03. bis 26.03.2027 nicht besetzt.

---------------------------------------------------------------------------
Deutsch-Iranische Gesellschaft für Medizin und Kultur e.V.
Sitz: Münster · Registergericht: Amtsgericht Münster, VR 5590
Vorstand: Dr. med. Reza Tavakoli (Vorsitzender), Dr. Shirin Mohammadi (stellv. Vorsitzende), Kaveh Rostami (Schatzmeister)
Bankverbindung: Sparkasse Münsterland Ost · IBAN DE44 4005 0150 0034 5678 90

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Bitte beachten Sie, dass über E-Mail keine fristwahrenden Erklärungen abgegeben werden können.

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.

Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 und 14 DSGVO finden Sie unter https://www.digmk.example/datenschutz
---------------------------------------------------------------------------"""

TAVAKOLI_QUOTE = ([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                   ("Gesendet", REMINDER_SENT_DE),
                   ("An", "Tavakoli, Reza <r.tavakoli@digmk.example>"),
                   ("Betreff", REMINDER_SUBJECT)],
                  reminder("Herr Dr. Tavakoli", "AG1", 2))


@mail("tavakoli-absage-long-disclaimer", "2027-03-09 11:03:16",
      E("cancellation", "r.tavakoli@digmk.example", "Reza Tavakoli",
        "Deutsch-Iranische Gesellschaft für Medizin und Kultur e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", named("Tavakoli, Reza", "r.tavakoli@digmk.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbjnq0V7c2xT9rS0mW4kB1pZy3dQBH1v4e"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2744B06E1C5A9D73F2E8@FR3P281MB2744.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270306100019.7e1a@muenster.example>"),
           ("References", "<mailbot.reminder.20270306100019.7e1a@muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TAVAKOLI_TEXT, TAVAKOLI_QUOTE),
                  outlook_html(TAVAKOLI_TEXT, TAVAKOLI_QUOTE, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Samsung phone, answering the 1-day reminder (3 persons quoted): "wir sind
# morgen nur zu zweit, nicht zu dritt" -> change, new size 2.

CHAOUKI_TEXT = """Hallo, wir sind morgen nur zu zweit, nicht zu dritt. Unsere Jugendreferentin ist krank geworden. Gruß Bilal Chaouki



Von meinem Samsung Galaxy Smartphone gesendet."""

CHAOUKI_QUOTE = f"""-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Datum: 12.03.27 10:00 (GMT+01:00)
An: bilal.chaouki@marokkanischer-kulturverein.example
Betreff: {LASTCALL_SUBJECT}

{lastcall("Herr Chaouki", "AG2", 3)}"""


@mail("chaouki-samsung-nur-zu-zweit", "2027-03-12 10:20:35",
      E("change", "bilal.chaouki@marokkanischer-kulturverein.example", "Bilal Chaouki", None,
        [], 2, "de"), "de")
def _(m):
    m.head(("From", "Bilal Chaouki <bilal.chaouki@marokkanischer-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "AW: " + LASTCALL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<k2v9q7x1m3z8w4r0.1773307235118@email.android.example>"),
           ("In-Reply-To", "<mailbot.lastcall.20270312100003.5a0e@muenster.example>"),
           ("References", "<mailbot.lastcall.20270312100003.5a0e@muenster.example>"),
           ("X-Mailer", "Samsung Email 6.1.94.7"),
           ("MIME-Version", "1.0"))
    plain = f"{CHAOUKI_TEXT}\n\n{CHAOUKI_QUOTE}"
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           f"<body dir=\"auto\">{divs(CHAOUKI_TEXT)}<br><br><div style=\"font-size:100%;color:#000000\">"
           f"{divs(CHAOUKI_QUOTE)}</div></body></html>\n")
    m.multi("alternative", [m.text(plain, "plain", "utf-8", "base64"),
                            m.text(htm, "html", "utf-8", "base64")], style="samsung")


# -- 044 ---------------------------------------------------------------------
# Italian iPhone answer to the 1-day reminder, with the iOS byte-order mark at
# the start of the quote: fever, "cancellate pure la mia iscrizione".

BIANCHI_TEXT = """Buonasera,

purtroppo domani non potrò venire, ho la febbre alta. Mi dispiace moltissimo – cancellate pure la mia iscrizione.

Un caro saluto
Chiara

Inviato da iPhone"""

BIANCHI_ATTR = (f"Il giorno 12 mar 2027, alle ore 10:00, Tag der Migrantenselbstorganisationen "
                f"<{MSO}> ha scritto:")


@mail("bianchi-italian-iphone-cancel-fever", "2027-03-12 21:37:09",
      E("cancellation", "chiara.bianchi@mail.example", "Chiara Bianchi", None,
        [], None, "it"), "it")
def _(m):
    rem = lastcall("Frau Bianchi", "AG3", 1)
    m.head(("From", "Chiara Bianchi <chiara.bianchi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + LASTCALL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<D7E1A0C3-5B2F-4A98-B4C6-1E0F9D8A2B75@mail.example>"),
           ("In-Reply-To", "<mailbot.lastcall.20270312100005.e13b@muenster.example>"),
           ("References", "<mailbot.lastcall.20270312100005.e13b@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.multi("alternative", [
        m.text(apple_plain(BIANCHI_TEXT, BIANCHI_ATTR, rem, bom=True), "plain", "utf-8", "quoted-printable"),
        m.text(apple_html(BIANCHI_TEXT, BIANCHI_ATTR, rem, bom=True), "html", "utf-8", "quoted-printable"),
    ], style="apple")



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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def decoded_text(msg):
    """Decoded headers and text bodies of a message, nested parts included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_type() == "text/calendar":
            # unfold the content lines (RFC 5545 3.1) before reading them
            chunks.append(re.sub(r"\r?\n[ \t]", "", p.get_content()))
        elif p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text):
    """The label record is well formed and agrees with the mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if any(w not in WG_IDS for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    if k not in ("registration", "change") and e["workgroups"]:
        problems.append("workgroups only for registration/change")
    if k == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int) or e["party_size"] < 1):
            problems.append("bad change party_size")
        if not e["workgroups"] and e["party_size"] is None:
            problems.append("a change must change something")
    elif e["party_size"] is not None:
        problems.append("party_size must be null")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["name"]:
            problems.append("person mail needs a name")
        else:
            low = text.casefold()
            for word in re.findall(r"[^\s,.'’]+", e["name"]):
                if word.casefold() not in low:
                    problems.append(f"name part {word!r} not in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append("organisation not written in the mail")
        addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in addrs and e["email"] not in text.lower():
            problems.append("email neither From/Reply-To nor in the text")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
        if k == "bounce":
            br = e["bounced_recipient"]
            if not br or br != br.lower():
                problems.append("bounce needs a lower-case bounced_recipient")
            rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                     if p.get_content_type() == "message/delivery-status"
                     for b in p.get_payload()]
            if not any(br and br in r.lower() for r in rcpts):
                problems.append("bounced_recipient not in any Final-Recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    if msg["MIME-Version"] is None:
        problems.append("missing header MIME-Version")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 14, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 13 Mar 2027")
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
    for p in all_parts(msg):
        if p.get_content_type() == "text/calendar":
            raw = p.get_payload(decode=True)
            if b"\n" in raw.replace(b"\r\n", b""):
                problems.append("calendar part has bare LF line ends")
            for line in raw.split(b"\r\n"):
                if len(line) > 75:
                    problems.append("calendar line longer than 75 octets")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, msg, text)
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if frm in seen:
            problems.append(f"{name}: sender {frm} also sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda c: LANGS.index(c))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{lang:>4}" for lang in langs) + "  kind")
    for k in KINDS:
        print("  " + " ".join(f"{table[(lang, k)]:>4}" for lang in langs) + f"  {k}")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:22} {cs:14} {cte:18} {k}")


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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
