#!/usr/bin/env python3
"""Build the "final19c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config),
written with the rich formatting of real mail clients: Outlook HTML-only mails with
tables and coloured answers written into the quoted invitation, Gmail and Apple
Mail HTML with bullet lists, bold text and links, ticked boxes ("[x]", "☑", "✔",
Wingdings) in the workgroup list copied from the invitation, signatures with
inline images and vCards, HTML entities, nested blockquotes and top-posting from
phones.

Every mail text below is written by hand, one mail at a time.  The script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print the counts

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
import struct
import sys
import zlib
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
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
LANGS = ("de", "en", "tr", "ar")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with a non-ASCII name as RFC 2047 words in `charset`."""
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

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        non-ASCII values go through the policy (RFC 2047, UTF-8)."""
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
             params=None, headers=None, disposition=None, filename=None, cid=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename, cid=cid)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment", cid=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename, cid=cid)
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
        if style == "mobile":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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


def make_png(width, height, bands):
    """A small RGB PNG of horizontal colour bands: [(rows, (r, g, b)), ...]."""
    rows = []
    colours = []
    for n, rgb in bands:
        colours += [rgb] * n
    colours += [colours[-1]] * (height - len(colours))
    for y in range(height):
        rows.append(b"\x00" + bytes(colours[y]) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# the organiser's mails that replies quote
# ---------------------------------------------------------------------------

# The invitation went out on 12 January 2027 as multipart/alternative: this
# text/plain part, and the HTML below (tables, a form with empty boxes).
INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:   Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
parallelen Arbeitsgruppen:

AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis zum 6. März 2027: Antworten Sie einfach auf diese E-Mail
und füllen Sie den folgenden Abschnitt aus.

Name:
Organisation:
Arbeitsgruppe (bitte ankreuzen, gern mit Zweitwunsch):
☐ AG 1 – Bildungssystem
☐ AG 2 – Münsters Zukunftsprozess
☐ AG 3 – Förderung und Vereinsmanagement
Anzahl Personen:

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock

Kommunales Integrationszentrum Münster
https://www.muenster.example/zuwanderung/mso-tag"""

FORM_AG = ("AG 1 – Bildungssystem", "AG 2 – Münsters Zukunftsprozess",
           "AG 3 – Förderung und Vereinsmanagement")


def invitation_html(name="", org="", ags=None, persons="", box="☐", notes=None):
    """The invitation's HTML as Gmail and Apple Mail keep it in a quote.
    name/org/persons are HTML put into the form's empty cells; ags maps
    1..3 to the HTML that stands in place of the empty box (default ☐), notes
    maps 1..3 to HTML written after that line."""
    ags = ags or {}
    notes = notes or {}
    lines = "<br>\n".join(f"{ags.get(i + 1, box)} {esc(t)}{notes.get(i + 1, '')}"
                          for i, t in enumerate(FORM_AG))
    td = 'style="border:1px solid #999;padding:4px 8px"'
    return f"""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,<br>
liebe Interessierte,</p>
<p>wir laden Sie herzlich zum <b>Tag der Migrantenselbstorganisationen 2027</b> ein.</p>
<table cellpadding="2" cellspacing="0">
<tr><td><b>Datum:</b></td><td>Samstag, 13. März 2027, 10:00 bis 16:00 Uhr</td></tr>
<tr><td><b>Ort:</b></td><td>Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster</td></tr>
</table>
<p>Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei parallelen Arbeitsgruppen:</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr style="background-color:#dbe9f6"><th {td}>AG</th><th {td}>Thema</th></tr>
<tr><td {td}>AG 1</td><td {td}>Menschen mit Migrationsvorgeschichte im Bildungssystem</td></tr>
<tr><td {td}>AG 2</td><td {td}>Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte</td></tr>
<tr><td {td}>AG 3</td><td {td}>Förderungsmöglichkeiten und effektives Vereinsmanagement</td></tr>
</table>
<p><b>Anmeldung bis zum 6. März 2027:</b> Antworten Sie einfach auf diese E-Mail und füllen Sie den folgenden Abschnitt aus.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><td {td}>Name:</td><td {td}>{name}</td></tr>
<tr><td {td}>Organisation:</td><td {td}>{org}</td></tr>
<tr><td {td}>Arbeitsgruppe (bitte ankreuzen, gern mit Zweitwunsch):</td><td {td}>{lines}</td></tr>
<tr><td {td}>Anzahl Personen:</td><td {td}>{persons}</td></tr>
</table>
<p>Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.</p>
<p>Mit freundlichen Grüßen<br>
Ihr Team des Kommunalen Integrationszentrums Münster<br>
i. A. Meza Correa-Flock</p>
<p style="font-size:11px;color:#666666">Kommunales Integrationszentrum Münster<br>
<a href="https://www.muenster.example/zuwanderung/mso-tag">https://www.muenster.example/zuwanderung/mso-tag</a></p>
</div>"""


AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in changes and cancellations)."""
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
    """The confirmation as a whole message (returned in a bounce)."""
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
# what the clients make of a text
# ---------------------------------------------------------------------------

def outlook_head(charset="Windows-1252", rtl=False):
    lang = "AR-SA" if rtl else "DE"
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
	{{font-family:"Segoe UI Symbol";
	panose-1:2 11 5 2 4 2 4 2 2 3;}}
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
span.E-MailFormatvorlage19
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


OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def mso_p(line, style=None, escape=True):
    """One Outlook paragraph; `line` is text (escaped) or HTML (escape=False)."""
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    body = esc(line) if escape else line
    if style:
        return f"<p class=MsoNormal style='{style}'>{body}<o:p></o:p></p>"
    return f"<p class=MsoNormal>{body}<o:p></o:p></p>"


def mso_lines(text, style=None):
    return "\n".join(mso_p(line, style) for line in text.split("\n"))


def outlook_header_block(von, gesendet, an, betreff, labels=("Von", "Gesendet", "An", "Betreff")):
    l1, l2, l3, l4 = labels
    return ("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>{l1}:</span></b>"
            f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)}<br>\n"
            f"<b>{l2}:</b> {esc(gesendet)}<br>\n"
            f"<b>{l3}:</b> {esc(an)}<br>\n"
            f"<b>{l4}:</b> {esc(betreff)}<o:p></o:p></span></p>\n</div>\n</div>")


def outlook_invitation(name="", org="", ags=None, persons="", box="&#9744;", notes=None):
    """The invitation as Outlook shows it in a reply (Word HTML).  The
    arguments are HTML written into the form, as in invitation_html()."""
    ags = ags or {}
    notes = notes or {}
    td = "style='border:solid #999999 1.0pt;padding:3.0pt 6.0pt 3.0pt 6.0pt'"
    td2 = "style='border:solid #999999 1.0pt;border-left:none;padding:3.0pt 6.0pt 3.0pt 6.0pt'"

    def cell(style, html_text):
        return f"<td {style}>\n<p class=MsoNormal>{html_text}<o:p></o:p></p>\n</td>"

    def row(a, b):
        return f"<tr>\n{cell(td, a)}\n{cell(td2, b)}\n</tr>"

    def ent(s):
        return (esc(s).replace("–", "&#8211;").replace("ü", "&uuml;")
                .replace("ö", "&ouml;").replace("ä", "&auml;"))
    ag_html = "<br>\n".join(f"{ags.get(i + 1, box)} {ent(t)}{notes.get(i + 1, '')}"
                            for i, t in enumerate(FORM_AG))
    table = "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    return "\n".join([
        mso_p("Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,<br>\nliebe Interessierte,", escape=False),
        mso_p(""),
        mso_p("wir laden Sie herzlich zum <b>Tag der Migrantenselbstorganisationen 2027</b> ein.", escape=False),
        mso_p(""),
        mso_p("<b>Datum:</b> Samstag, 13. M&auml;rz 2027, 10:00 bis 16:00 Uhr<br>\n<b>Ort:</b> Stadtweinhaus, Prinzipalmarkt 8, 48143 M&uuml;nster", escape=False),
        mso_p(""),
        mso_p("Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei parallelen Arbeitsgruppen:"),
        table,
        row("<b>AG</b>", "<b>Thema</b>"),
        row("AG 1", "Menschen mit Migrationsvorgeschichte im Bildungssystem"),
        row("AG 2", "M&uuml;nsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"),
        row("AG 3", "F&ouml;rderungsm&ouml;glichkeiten und effektives Vereinsmanagement"),
        "</table>",
        mso_p(""),
        mso_p("<b>Anmeldung bis zum 6. M&auml;rz 2027:</b> Antworten Sie einfach auf diese E-Mail und f&uuml;llen Sie den folgenden Abschnitt aus.", escape=False),
        mso_p(""),
        table,
        row("Name:", name),
        row("Organisation:", org),
        row("Arbeitsgruppe (bitte ankreuzen, gern mit Zweitwunsch):", ag_html),
        row("Anzahl Personen:", persons),
        "</table>",
        mso_p(""),
        mso_p("Die Teilnahme ist kostenlos. F&uuml;r Getr&auml;nke und einen Imbiss ist gesorgt.", escape=False),
        mso_p(""),
        mso_p("Mit freundlichen Gr&uuml;&szlig;en<br>\nIhr Team des Kommunalen Integrationszentrums M&uuml;nster<br>\ni. A. Meza Correa-Flock", escape=False),
        mso_p(""),
        mso_p("<span style='font-size:8.5pt;color:#666666'>Kommunales Integrationszentrum M&uuml;nster<br>\n"
              "<a href=\"https://www.muenster.example/zuwanderung/mso-tag\">https://www.muenster.example/zuwanderung/mso-tag</a></span>", escape=False),
    ])


def gmail_quote(attribution, inner):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attribution)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'{inner}</blockquote></div>')


def gmail_divs(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "".join(f"<div{d}>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def plain_html_lines(text):
    """A plain text as the <br>-separated HTML a quote of it becomes."""
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def apple_doc(inner):
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def apple_divs(text):
    return "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


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
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated),
# Outlook alternative whose HTML signature is a two-column table.

HOELSCHER_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 11.01. bis einschließlich 22.01.2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brüggemann (Tel. 0251 53009-214, migrationsdienst@caritas-muenster.example).

Mit freundlichen Grüßen

Kerstin Hölscher	Caritasverband für die Stadt Münster e.V.
Migrationsdienst	Josefstraße 2, 48151 Münster
	www.caritas-muenster.example"""

HOELSCHER_OOF_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
<p>Vielen Dank für Ihre Nachricht.</p>
<p>Ich bin vom 11.01. bis einschließlich <b>22.01.2027</b> nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.</p>
<p>In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brüggemann (Tel. 0251 53009-214, <a href="mailto:migrationsdienst@caritas-muenster.example">migrationsdienst@caritas-muenster.example</a>).</p>
<p>Mit freundlichen Grüßen</p>
<table style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt">
<tr>
<td style="border-right:2px solid #C8102E;padding-right:10px;vertical-align:top"><b>Kerstin Hölscher</b><br>Migrationsdienst</td>
<td style="padding-left:10px;vertical-align:top">Caritasverband für die Stadt Münster e.V.<br>Josefstraße 2, 48151 Münster<br><a href="https://www.caritas-muenster.example">www.caritas-muenster.example</a></td>
</tr>
</table>
</div>
</body>
</html>
"""


@mail("hoelscher-exchange-out-of-office", "2027-01-12 13:03:41", E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", addr("Hölscher, Kerstin", "k.hoelscher@caritas-muenster.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9Wg=="),
           ("Date", m.date),
           ("Message-ID", "<5f0b1c7d9e2a4c3b8d6e1f0a2b3c4d5e@EXCH02.caritas-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "k.hoelscher@caritas-muenster.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(HOELSCHER_OOF, HOELSCHER_OOF_HTML, charset="utf-8", cte="base64",
                  style="outlook")


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only (windows-1252, quoted-printable): "meine Antworten in Rot".
# The answers are red text written into the form of the quoted invitation:
# name, organisation, an X with "Erstwunsch" at AG 2 and "Zweitwunsch" at AG 1,
# "2" persons.  The colleague's name needs an entity (&#305;) in cp1252.

def red(s):
    return f"<b><span style='color:red'>{s}</span></b>"


DEMIR_TOP = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung! Unsere Anmeldung finden Sie unten im Formular – meine Antworten habe ich in Rot eingetragen.

Mit freundlichen Grüßen
Gülay Demir-Schulte"""


@mail("demir-schulte-outlook-red-answers-in-form", "2027-01-12 15:37:12",
      E("registration", "g.demir-schulte@frauentreff-coerde.example", "Gülay Demir-Schulte",
        "Deutsch-Türkischer Frauentreff Coerde e.V.", ["AG2", "AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Demir-Schulte, Gülay", "g.demir-schulte@frauentreff-coerde.example",
                         "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAAb3Fw"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7342C1E5A0F94B2D8E6A71C3B45D9@DB9PR03MB7342.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    sig = ("<span style='font-size:9.0pt;color:#7F7F7F'><b>Gülay Demir-Schulte</b><br>\n"
           "Geschäftsführung<br>\nDeutsch-Türkischer Frauentreff Coerde e.V.<br>\n"
           "Hamannplatz 40 · 48157 Münster<br>\nTel. 0251 / 32 47 59</span>")
    body = "\n".join([
        mso_lines(DEMIR_TOP),
        mso_p(""),
        mso_p(sig, escape=False),
        mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "Dienstag, 12. Januar 2027 14:03",
                             "Tag der Migrantenselbstorganisationen",
                             INVITATION_SUBJECT),
        mso_p(""),
        outlook_invitation(
            name=red("Gülay Demir-Schulte"),
            org=red("Deutsch-Türkischer Frauentreff Coerde e.V."),
            ags={1: red("X"), 2: red("X")},
            notes={1: " " + red("(Zweitwunsch)"), 2: " " + red("(Erstwunsch)")},
            persons=red("2 (meine Kollegin Sevim Ayd&#305;n kommt mit)")),
    ])
    m.single(outlook_head() + body + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Gmail multipart/alternative: a bullet list with bold labels and a linked
# association name; the plain part is Gmail's rendering ("   - *Name:* ...").
# "2. Vorsitzende" in the signature is no workgroup.

BECKER_PLAIN = """Hallo liebes Team vom Kommunalen Integrationszentrum,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am 13.
März an:

   - *Name:* Tatjana Becker
   - *Verein:* Brücke der Kulturen Münster e.V.
   <https://www.bruecke-der-kulturen.example>
   - *Arbeitsgruppe:* AG 3 (Förderung & Vereinsmanagement)
   - *Personen:* 3 (ich und zwei Vorstandsmitglieder, die Namen reiche ich
   noch nach)

Falls es eine Teilnehmerliste zum Vernetzen gibt, tragen Sie uns gerne ein.

Liebe Grüße
Tatjana

-- 
*Tatjana Becker*
2. Vorsitzende
Brücke der Kulturen Münster e.V.
www.bruecke-der-kulturen.example | Instagram: @bruecke.der.kulturen"""

BECKER_HTML = """<div dir="ltr"><div>Hallo liebes Team vom Kommunalen Integrationszentrum,</div><div><br></div><div>hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am 13. März an:</div><div><ul><li><b>Name:</b> Tatjana Becker</li><li><b>Verein:</b> <a href="https://www.bruecke-der-kulturen.example">Brücke der Kulturen Münster e.V.</a></li><li><b>Arbeitsgruppe:</b> AG 3 (Förderung &amp; Vereinsmanagement)</li><li><b>Personen:</b> 3 (ich und zwei Vorstandsmitglieder, die Namen reiche ich noch nach)</li></ul><div>Falls es eine Teilnehmerliste zum Vernetzen gibt, tragen Sie uns gerne ein.</div><div><br></div><div>Liebe Grüße</div><div>Tatjana</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><div><b>Tatjana Becker</b></div><div>2. Vorsitzende</div><div>Brücke der Kulturen Münster e.V.</div><div><a href="https://www.bruecke-der-kulturen.example">www.bruecke-der-kulturen.example</a> | Instagram: @bruecke.der.kulturen</div></div></div></div></div>
"""


@mail("becker-gmail-bullet-list-bold-labels", "2027-01-12 19:12:05",
      E("registration", "t.becker@bruecke-der-kulturen.example", "Tatjana Becker",
        "Brücke der Kulturen Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Tatjana Becker <t.becker@bruecke-der-kulturen.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAJx8vN2kD4pQ7rT1uY5wE9zB3cF6gH0jK2lM4nP8qR1sT3uV5w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_PLAIN, BECKER_HTML, charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Thunderbird, plain UTF-8 (8bit, format=flowed): the form is copied to the
# top and filled in, the chosen line's ☐ replaced by ☑; the quoted invitation
# below still has three empty boxes.

@mail("gebremedhin-ballot-box-copied-form", "2027-01-13 09:02:48",
      E("registration", "t.gebremedhin@eritreische-gemeinde.example", "Teklehaimanot Gebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Teklehaimanot Gebremedhin <t.gebremedhin@eritreische-gemeinde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4a1f7c2e-9b3d-4e58-a6c1-0d2e3f4a5b6c@eritreische-gemeinde.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

hier meine Anmeldung:

Name: Teklehaimanot Gebremedhin
Organisation: Eritreische Gemeinde Münster e.V.
Arbeitsgruppe:
☐ AG 1 – Bildungssystem
☐ AG 2 – Münsters Zukunftsprozess
☑ AG 3 – Förderung und Vereinsmanagement
Anzahl Personen: 1

Freundliche Grüße
Teklehaimanot Gebremedhin

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Turkish, Gmail reply to the invitation: a bullet list copied from it with
# "[x]" at AG 2; "Eşimle birlikte ... 2 kişiyiz" = with my husband, 2 persons.
# The Gmail quote keeps the invitation's HTML tables with ☐.

KORKMAZ_TEXT = """Merhaba,

Tag der Migrantenselbstorganisationen etkinliğine kayıt olmak istiyorum. Eşimle birlikte geleceğiz, yani 2 kişiyiz.

   - [ ] AG 1 – Bildungssystem
   - [x] AG 2 – Münsters Zukunftsprozess
   - [ ] AG 3 – Förderung und Vereinsmanagement

Derneğimiz: Türkischer Frauenverein Münster-Kinderhaus e.V.

Saygılarımla,
Hatice Korkmaz"""

KORKMAZ_ATTR = ("Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>, "
                "12 Oca 2027 Sal, 14:03 tarihinde şunu yazdı:")


@mail("korkmaz-turkish-gmail-x-in-brackets", "2027-01-13 12:44:30",
      E("registration", "hatice.korkmaz@mail.example", "Hatice Korkmaz",
        "Türkischer Frauenverein Münster-Kinderhaus e.V.", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAO3pR7sT9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{KORKMAZ_TEXT}\n\n{KORKMAZ_ATTR}\n\n{gt_quote(INVITATION)}\n"
    html_text = ('<div dir="ltr"><div>Merhaba,</div><div><br></div><div>Tag der '
                 'Migrantenselbstorganisationen etkinliğine kayıt olmak istiyorum. Eşimle '
                 'birlikte geleceğiz, yani 2 kişiyiz.</div><div><ul>'
                 '<li>[ ] AG 1 – Bildungssystem</li>'
                 '<li>[x] AG 2 – Münsters Zukunftsprozess</li>'
                 '<li>[ ] AG 3 – Förderung und Vereinsmanagement</li></ul>'
                 '<div>Derneğimiz: Türkischer Frauenverein Münster-Kinderhaus e.V.</div>'
                 '<div><br></div><div>Saygılarımla,</div><div>Hatice Korkmaz</div></div></div>'
                 '<br>' + gmail_quote(KORKMAZ_ATTR, invitation_html()) + "\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# English, Apple Mail alternative: the workgroup in bold, a link to the
# association's website; "My colleague ... will come with me" = 2.

MEHTA_TEXT = """Dear Ms Meza Correa-Flock,

I am writing to register for the Tag der Migrantenselbstorganisationen on 13 March. I would like to join Workgroup 2 (Münster’s future process from the perspective of people with a migration background).

My colleague Rohan Iyer will come with me, so we will be two people.

You can find more about our association on our website: www.ica-muenster.example

Best regards,
Anjali Mehta
Indian Cultural Association Münster e.V."""

MEHTA_HTML = apple_doc(
    "<div>Dear Ms Meza Correa-Flock,</div><div><br></div>"
    "<div>I am writing to register for the Tag der Migrantenselbstorganisationen on 13 March. "
    "I would like to join <b>Workgroup 2</b> (Münster’s future process from the perspective "
    "of people with a migration background).</div><div><br></div>"
    "<div>My colleague Rohan Iyer will come with me, so we will be two people.</div><div><br></div>"
    "<div>You can find more about our association on our website: "
    "<a href=\"https://www.ica-muenster.example\">www.ica-muenster.example</a></div><div><br></div>"
    "<div>Best regards,</div><div><b>Anjali Mehta</b></div>"
    "<div><i>Indian Cultural Association Münster e.V.</i></div>")


@mail("mehta-apple-mail-bold-workgroup-english", "2027-01-13 17:30:19",
      E("registration", "anjali.mehta@ica-muenster.example", "Anjali Mehta",
        "Indian Cultural Association Münster e.V.", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Anjali Mehta <anjali.mehta@ica-muenster.example>"),
           ("Subject", "Registration – Tag der Migrantenselbstorganisationen"),
           ("Message-Id", "<7E3A9C21-5B4D-4F6E-8A1B-2C3D4E5F6A7B@ica-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(MEHTA_TEXT, MEHTA_HTML, charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 007 ---------------------------------------------------------------------
# Outlook multipart/related (alternative + inline logo image001.png): the
# participants are a table (Name | Funktion | Arbeitsgruppe), both AG 3; the
# plain part renders the table with tabs and the logo as "[cid:...]".
# "1. Vorsitzender" is a title, not AG 1.

OEZTUERK_CID = "image001.png@01DB6A2F.3C5E1B70"

OEZTUERK_PLAIN = f"""Sehr geehrte Damen und Herren,

hiermit melden wir uns verbindlich zum MSO-Tag am 13.03.2027 an. Teilnehmen werden:

Name	Funktion	Arbeitsgruppe
Kemal Öztürk	1. Vorsitzender	AG 3
Ayten Öztürk	Kassiererin	AG 3

Wir möchten gern gemeinsam an der AG 3 teilnehmen, da wir gerade unseren ersten Förderantrag vorbereiten.

Mit freundlichen Grüßen
Kemal Öztürk

[cid:{OEZTUERK_CID}]
Deutsch-Türkische Gesellschaft Münsterland e.V.
Hammer Straße 112 | 48153 Münster
www.dtg-muensterland.example"""


def _oeztuerk_html():
    td = "style='border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt'"
    th = "style='border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:2.0pt 5.0pt 2.0pt 5.0pt'"

    def row(cells, style):
        return "<tr>\n" + "\n".join(
            f"<td {style}>\n<p class=MsoNormal>{c}<o:p></o:p></p>\n</td>" for c in cells) + "\n</tr>"
    body = "\n".join([
        mso_p("Sehr geehrte Damen und Herren,"),
        mso_p(""),
        mso_p("hiermit melden wir uns verbindlich zum MSO-Tag am 13.03.2027 an. Teilnehmen werden:"),
        mso_p(""),
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        row(["<b>Name</b>", "<b>Funktion</b>", "<b>Arbeitsgruppe</b>"], th),
        row(["Kemal Öztürk", "1. Vorsitzender", "AG 3"], td),
        row(["Ayten Öztürk", "Kassiererin", "AG 3"], td),
        "</table>",
        mso_p(""),
        mso_p("Wir möchten gern gemeinsam an der AG 3 teilnehmen, da wir gerade unseren ersten Förderantrag vorbereiten."),
        mso_p(""),
        mso_p("Mit freundlichen Grüßen"),
        mso_p("Kemal Öztürk"),
        mso_p(""),
        mso_p(f"<img width=120 height=40 style='width:1.25in;height:.4166in' id=\"Grafik_x0020_1\" "
              f"src=\"cid:{OEZTUERK_CID}\" alt=\"DTG Logo\">", escape=False),
        mso_p("<span style='font-size:9.0pt;color:#1F3864'>Deutsch-Türkische Gesellschaft Münsterland e.V.<br>\n"
              "Hammer Straße 112 | 48153 Münster<br>\n"
              "<a href=\"https://www.dtg-muensterland.example\">www.dtg-muensterland.example</a></span>",
              escape=False),
    ])
    return outlook_head() + body + "\n" + OUTLOOK_TAIL


@mail("oeztuerk-outlook-participant-table-inline-logo", "2027-01-14 08:15:27",
      E("registration", "kemal.oeztuerk@dtg-muensterland.example", "Kemal Öztürk",
        "Deutsch-Türkische Gesellschaft Münsterland e.V.", ["AG3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Kemal Öztürk", "kemal.oeztuerk@dtg-muensterland.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtmB3kZ0c9fQ2x1R1ayq3vVb8N4hQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6128E3B1C4D07A9F5E2B6D8C10A3F@AS8PR10MB6128.eurprd10.prod.outlook.example>"),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(OEZTUERK_PLAIN, _oeztuerk_html(), charset="windows-1252",
                        cte="quoted-printable", style="outlook", top=False)
    logo = m.binary(make_png(120, 40, [(12, (31, 56, 100)), (16, (200, 16, 46)), (12, (255, 255, 255))]),
                    "image", "png", "image001.png", disposition="inline", cid=f"<{OEZTUERK_CID}>")
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 008 ---------------------------------------------------------------------
# iPhone, top-posted above the quoted invitation (Apple blockquote type=cite
# with the invitation's HTML tables); "wir kommen zu dritt" = 3; an emoji.

KILIC_TEXT = """Hallo, wir kommen zu dritt 👍 AG 2 bitte.

Gruß Murat Kılıç
Mesopotamien Kulturverein Münster e.V.

Von meinem iPhone gesendet"""

KILIC_ATTR = "Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"


@mail("kilic-iphone-top-posting", "2027-01-14 21:48:03",
      E("registration", "murat.kilic@mesopotamien-ms.example", "Murat Kılıç",
        "Mesopotamien Kulturverein Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Murat Kılıç", "murat.kilic@mesopotamien-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<B2C4E6F8-1A3B-4C5D-9E7F-0A1B2C3D4E5F@mesopotamien-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("Mime-Version", "1.0 (1.0)"))
    plain = f"{KILIC_TEXT}\n\n> {KILIC_ATTR}\n> \n{gt_quote(INVITATION)}\n"
    html_text = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body dir=\"auto\">Hallo, wir kommen zu dritt 👍 AG 2 bitte.<div><br></div>"
                 "<div>Gruß Murat Kılıç</div><div>Mesopotamien Kulturverein Münster e.V.<br><br>"
                 "<div dir=\"ltr\">Von meinem iPhone gesendet</div><div dir=\"ltr\"><br>"
                 f"<blockquote type=\"cite\">{esc(KILIC_ATTR)}<br><br></blockquote></div>"
                 f"<blockquote type=\"cite\"><div dir=\"ltr\">{invitation_html()}</div></blockquote>"
                 "</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, a bullet list and the
# choice in bold: "المجموعة الثالثة" = the third group; "عدد الأشخاص: 1".
# The name is written only in Arabic script (display name and signature).

ALHASSAN_PLAIN = """السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين الذاتية (Tag der Migrantenselbstorganisationen) يوم السبت 13 مارس 2027.

   - الاسم: محمد الحسن
   - الجمعية: Deutsch-Arabischer Kulturverein Münster e.V.
   - مجموعة العمل: *المجموعة الثالثة* (Förderungsmöglichkeiten und
   effektives Vereinsmanagement)
   - عدد الأشخاص: 1

مع الشكر والتقدير
محمد الحسن"""

ALHASSAN_HTML = (
    '<div dir="rtl"><div dir="rtl">السلام عليكم،</div><div dir="rtl"><br></div>'
    '<div dir="rtl">أود التسجيل في يوم منظمات المهاجرين الذاتية (Tag der '
    'Migrantenselbstorganisationen) يوم السبت 13 مارس 2027.</div><div dir="rtl"><ul>'
    '<li dir="rtl">الاسم: محمد الحسن</li>'
    '<li dir="rtl">الجمعية: Deutsch-Arabischer Kulturverein Münster e.V.</li>'
    '<li dir="rtl">مجموعة العمل: <b>المجموعة الثالثة</b> (Förderungsmöglichkeiten und effektives Vereinsmanagement)</li>'
    '<li dir="rtl">عدد الأشخاص: 1</li></ul></div>'
    '<div dir="rtl">مع الشكر والتقدير</div><div dir="rtl">محمد الحسن</div></div>\n')


@mail("alhassan-arabic-gmail-rtl-bold", "2027-01-15 10:31:52",
      E("registration", "m.alhassan@dakv-muenster.example", "محمد الحسن",
        "Deutsch-Arabischer Kulturverein Münster e.V.", ["AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمد الحسن", "m.alhassan@dakv-muenster.example", enc="b")),
           ("To", MSO),
           ("Subject", "تسجيل – MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH4kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_PLAIN, ALHASSAN_HTML, charset="utf-8", cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Newsletter (other) of a network, HTML layout tables and a button; it lists
# the MSO-Tag with its workgroups and "Jetzt anmelden", but registers no one.

NIO_PLAIN = """Netzwerk Interkulturelle Öffnung Münsterland – Newsletter Januar 2027

Liebe Mitglieder und Freund*innen des Netzwerks,

hier unsere Termine für die nächsten Wochen:

* 28.01.2027 | Fachtag „Vielfalt in der Kita“, Haus der Familie
* 13.03.2027 | Tag der Migrantenselbstorganisationen, Stadtweinhaus
  Arbeitsgruppen: AG 1 Bildungssystem, AG 2 Münsters Zukunftsprozess,
  AG 3 Förderung und Vereinsmanagement.
  Anmeldung bis 6. März direkt beim Kommunalen Integrationszentrum:
  mso-tag@muenster.example
* 24.04.2027 | Interkulturelles Frühlingsfest am Aasee

Jetzt anmelden: https://www.muenster.example/zuwanderung/mso-tag

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://news.nio-muensterland.example/unsubscribe?u=7f3e21"""

NIO_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Januar 2027</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
<tr><td style="background:#00695c;color:#ffffff;padding:18px 24px;font-size:20px"><b>Netzwerk Interkulturelle Öffnung Münsterland</b><br><span style="font-size:13px">Newsletter Januar 2027</span></td></tr>
<tr><td style="padding:20px 24px">
<p>Liebe Mitglieder und Freund*innen des Netzwerks,</p>
<p>hier unsere Termine für die nächsten Wochen:</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr><td style="border-bottom:1px solid #dddddd;width:90px;vertical-align:top"><b>28.01.2027</b></td><td style="border-bottom:1px solid #dddddd">Fachtag „Vielfalt in der Kita“, Haus der Familie</td></tr>
<tr><td style="border-bottom:1px solid #dddddd;vertical-align:top"><b>13.03.2027</b></td><td style="border-bottom:1px solid #dddddd">Tag der Migrantenselbstorganisationen, Stadtweinhaus<br>
<ul style="margin:4px 0 4px 18px;padding:0"><li>AG 1 Bildungssystem</li><li>AG 2 Münsters Zukunftsprozess</li><li>AG 3 Förderung und Vereinsmanagement</li></ul>
Anmeldung bis 6. März direkt beim Kommunalen Integrationszentrum: <a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a></td></tr>
<tr><td style="border-bottom:1px solid #dddddd;vertical-align:top"><b>24.04.2027</b></td><td style="border-bottom:1px solid #dddddd">Interkulturelles Frühlingsfest am Aasee</td></tr>
</table>
<p style="text-align:center;margin:24px 0"><a href="https://www.muenster.example/zuwanderung/mso-tag" style="background:#00695c;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:4px">Jetzt anmelden</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://news.nio-muensterland.example/unsubscribe?u=7f3e21">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("nio-network-newsletter-html", "2027-01-15 16:02:00", E("other"), "de")
def _(m):
    m.head(("From", addr("Netzwerk Interkulturelle Öffnung Münsterland",
                         "newsletter@nio-muensterland.example")),
           ("To", MSO),
           ("Subject", "Newsletter Januar 2027: Termine, Fachtag Kita, MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-01.7f3e21.4410@news.nio-muensterland.example>"),
           ("List-Unsubscribe", "<https://news.nio-muensterland.example/unsubscribe?u=7f3e21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverNews 4.2"),
           ("MIME-Version", "1.0"))
    m.alternative(NIO_PLAIN, NIO_HTML, charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# HTML only, us-ascii 7bit from an old webmailer: every umlaut and quote is an
# HTML entity (&uuml; &bdquo; &quot; &nbsp;).  "mich und meine Frau" = 2;
# AG by its full title; "40 Jahre" is no party size.

@mail("karagiannis-html-entities-webmailer", "2027-01-16 11:20:36",
      E("registration", "d.karagiannis@hellas-muenster.example", "Dimitrios Karagiannis",
        'Griechisch-Deutscher Kulturverein "Hellas" Münster e.V.', ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dimitrios Karagiannis <d.karagiannis@hellas-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270116112036.Horde.x7Qb2Kq1cE9Ym0pJ4rTnA3s@webmail.hellas-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""<html><body>
<p>Sehr geehrte Damen und Herren,</p>
<p>hiermit melde ich mich und meine Frau f&uuml;r den Tag der Migrantenselbstorganisationen am 13.&nbsp;M&auml;rz&nbsp;2027 an.</p>
<p>Wir interessieren uns f&uuml;r die Arbeitsgruppe &bdquo;F&ouml;rderungsm&ouml;glichkeiten und effektives Vereinsmanagement&ldquo;, weil unser Verein n&auml;chstes Jahr 40&nbsp;Jahre alt wird und wir daf&uuml;r Zusch&uuml;sse beantragen m&ouml;chten.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>
Dimitrios Karagiannis<br>
Kassenwart<br>
Griechisch-Deutscher Kulturverein &quot;Hellas&quot; M&uuml;nster e.V.<br>
Tel.: 0251&nbsp;/&nbsp;27&nbsp;61&nbsp;09</p>
</body></html>
""", subtype="html", charset="us-ascii", cte="7bit")


# -- 012 ---------------------------------------------------------------------
# Thunderbird with "attach my vCard": multipart/mixed, text/plain + text/vcard.
# Display name "Hoa Pham"; the signature and the vCard give the full name in
# Vietnamese order, "Pham Thi Hoa".  "Arbeitsgruppe 1 (Bildung)", alone.

PHAM_VCARD = """BEGIN:VCARD
VERSION:4.0
FN:Pham Thi Hoa
N:Pham;Hoa;Thi;;
ORG:Vietnamesischer Kulturverein Münster e.V.
TITLE:Schriftführerin
EMAIL;PREF=1:hoa.pham@vietnam-verein-ms.example
TEL;TYPE=cell;VALUE=TEXT:0176 55 20 81 34
ADR;TYPE=home:;;Grevener Straße 201;Münster;;48159;Deutschland
END:VCARD
"""


@mail("pham-thunderbird-vcard-attached", "2027-01-17 14:55:10",
      E("registration", "hoa.pham@vietnam-verein-ms.example", "Pham Thi Hoa",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hoa Pham <hoa.pham@vietnam-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<0c9e5a3b-7d21-4f86-b4a2-6e1d8c0f2a97@vietnam-verein-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Damen und Herren,

ich möchte mich für den Tag der Migrantenselbstorganisationen am 13. März
anmelden, und zwar für die Arbeitsgruppe 1 (Bildung). Ich komme allein.

Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

Mit freundlichen Grüßen
Pham Thi Hoa
Vietnamesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})
    vcf = m.text(PHAM_VCARD, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="hoa_pham.vcf")
    m.multi("mixed", [text, vcf])


# -- 013 ---------------------------------------------------------------------
# Outlook for Android, top-posted: "+ 1 Person" = 2, workgroup by the alias
# "Zukunftsprozess"; the invitation quoted in full under an "___" line and a
# Von:/Gesendet: block (plain), <hr> + divRplyFwdMsg (HTML).  The association
# is named in brackets without "e.V.".

ELAMRANI_TEXT = "Hallo, ich melde mich + 1 Person an 🙂 Arbeitsgruppe Zukunftsprozess.\nLG Nadia El Amrani (Marokkanischer Kulturverein Münster)"


@mail("el-amrani-outlook-android-top-posting", "2027-01-18 08:40:58",
      E("registration", "nadia.elamrani@mail.example", "Nadia El Amrani",
        "Marokkanischer Kulturverein Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nadia El Amrani <nadia.elamrani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAHq3xL"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1427D6C02F8E9B1A5D3C7E40B9A1@PAXP193MB1427.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    hdr = ("Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
           "Gesendet: Dienstag, Januar 12, 2027 2:03:12 PM\n"
           "An: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
           f"Betreff: {INVITATION_SUBJECT}")
    plain = (f"{ELAMRANI_TEXT}\n\nHolen Sie sich Outlook für Android\n"
             f"________________________________\n{hdr}\n\n{INVITATION}\n")
    html_text = (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
        "<body>\n<div dir=\"auto\">Hallo, ich melde mich + 1 Person an 🙂 Arbeitsgruppe Zukunftsprozess.</div>\n"
        "<div dir=\"auto\">LG Nadia El Amrani (Marokkanischer Kulturverein Münster)</div>\n"
        "<div dir=\"auto\"><br></div>\n"
        "<div dir=\"auto\">Holen Sie sich Outlook für Android</div>\n"
        "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
        "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
        + "<br>\n".join(f"<b>{esc(k)}:</b>{esc(v)}" for k, v in
                        (line.split(":", 1) for line in hdr.split("\n")))
        + "</font>\n<div>&nbsp;</div>\n</div>\n"
        + invitation_html() + "\n</body>\n</html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 014 ---------------------------------------------------------------------
# English Outlook (utf-8 alternative) reply to the invitation; the answers are
# in the writer's own two-column table, first and second choice in two rows.
# The table gives "Chukwuemeka Okonkwo", the sign-off and display name the
# short "Emeka Okonkwo".  The quoted invitation has English Outlook labels.

OKONKWO_ROWS = [("Name", "Chukwuemeka Okonkwo"),
                ("Organisation", "Igbo Union Münster e.V."),
                ("Workgroup – 1st choice", "AG 1 (education system)"),
                ("Workgroup – 2nd choice", "AG 3 (funding / association management)"),
                ("Number of persons", "1")]

OKONKWO_BEFORE = "Dear Sir or Madam,\n\nThank you for the invitation. Please find my registration below:"
OKONKWO_AFTER = "I am looking forward to the exchange.\n\nKind regards,\nEmeka Okonkwo"


@mail("okonkwo-english-outlook-answer-table", "2027-01-18 20:10:44",
      E("registration", "emeka.okonkwo@igbo-union-ms.example", "Chukwuemeka Okonkwo",
        "Igbo Union Münster e.V.", ["AG1", "AG3"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Emeka Okonkwo <emeka.okonkwo@igbo-union-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAJk7Tq"),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB5081A7C3E9D14B0F62A8E5D1C7B3@LO2P265MB5081.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>", "12 January 2027 14:03",
             "Tag der Migrantenselbstorganisationen", INVITATION_SUBJECT)
    table_plain = "\n".join(f"{a}\t{b}" for a, b in OKONKWO_ROWS)
    plain = (f"{OKONKWO_BEFORE}\n\n{table_plain}\n\n{OKONKWO_AFTER}\n\n"
             f"From: {quote[0]}\nSent: {quote[1]}\nTo: {quote[2]}\nSubject: {quote[3]}\n\n"
             f"{INVITATION}\n")
    td = "style='border:solid #8EAADB 1.0pt;padding:2.0pt 6.0pt 2.0pt 6.0pt'"
    rows = "\n".join(
        f"<tr>\n<td {td}>\n<p class=MsoNormal><b>{esc(a)}</b><o:p></o:p></p>\n</td>\n"
        f"<td {td}>\n<p class=MsoNormal>{esc(b)}<o:p></o:p></p>\n</td>\n</tr>"
        for a, b in OKONKWO_ROWS)
    body = "\n".join([
        mso_lines(OKONKWO_BEFORE), mso_p(""),
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        rows, "</table>", mso_p(""),
        mso_lines(OKONKWO_AFTER), mso_p(""),
        outlook_header_block(*quote, labels=("From", "Sent", "To", "Subject")),
        mso_p(""),
        outlook_invitation(),
    ])
    html_text = outlook_head("utf-8").replace("<body lang=DE", "<body lang=EN-GB") + body + "\n" + OUTLOOK_TAIL
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Samsung Email alternative: a form typed by hand, the choice marked with a
# heavy check mark after "AG 1"; 4 persons.  "Gesendet von meinem Galaxy".

GIRMA_TEXT = """Hallo,

Anmeldung für den MSO-Tag:

Name: Abebe Girma
Verein: Äthiopische Gemeinde Münster e.V.
Arbeitsgruppe:
AG 1 ✔
AG 2
AG 3
Personen: 4 (ich, meine Frau und zwei Jugendliche aus unserer Gemeinde)

Danke und Gruß
Abebe



Gesendet von meinem Galaxy"""


@mail("girma-samsung-check-mark-after-ag", "2027-01-19 13:25:31",
      E("registration", "abebe.girma@mail.example", "Abebe Girma",
        "Äthiopische Gemeinde Münster e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Abebe Girma <abebe.girma@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<pj5w2k8xq3v7m1n0r4t6y9z2@email.android.example>"),
           ("X-Mailer", "Samsung Email 6.1.97.1"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                 "<body><div dir=\"auto\">" + "".join(
                     f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                     for line in GIRMA_TEXT.split("\n")) + "</div></body></html>\n")
    m.alternative(GIRMA_TEXT, html_text, charset="utf-8", cte="base64", style="mobile")


# -- 016 ---------------------------------------------------------------------
# Gmail, three levels of nested blockquotes: her new text > the organiser's
# answer (which recommends AG 1) > her earlier question ("AG 1 oder AG 2?") >
# the invitation's workgroup list.  She chooses AG 2 in the new text only;
# "Meine Tochter Mina (19) kommt mit, ... zu zweit" = 2.

RAHMANI_TEXT = """Liebe Frau Meza Correa-Flock,

danke für die schnelle Antwort! Dann melde ich mich doch für die AG 2 an – mich interessiert, wie Eltern bei der Stadtentwicklung mitreden können. Meine Tochter Mina (19) kommt mit, wir sind also zu zweit.

Viele Grüße
Parwana Rahmani
Afghanischer Frauenverein Nur e.V."""

RAHMANI_ANSWER = """Liebe Frau Rahmani,

vielen Dank für Ihre Frage. Als Elternlotsin sind Sie in der AG 1 sicher gut aufgehoben; in der AG 2 geht es eher um die Stadtentwicklung insgesamt. Sie können sich aber gern für jede der beiden anmelden.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

RAHMANI_QUESTION = """Guten Tag,

ich überlege, am MSO-Tag teilzunehmen. Ich arbeite als Elternlotsin – passt das eher zur AG 1 oder zur AG 2?

Viele Grüße
Parwana Rahmani"""

RAHMANI_INV = """AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement"""

RAHMANI_ATTR1 = ("Am Do., 14. Jan. 2027 um 16:20 Uhr schrieb Tag der "
                 "Migrantenselbstorganisationen <mso-tag@muenster.example>:")
RAHMANI_ATTR2 = "Am 14.01.27 um 09:12 schrieb Parwana Rahmani:"
RAHMANI_ATTR3 = "Am Di., 12. Jan. 2027 um 14:03 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"


@mail("rahmani-gmail-nested-blockquotes", "2027-01-20 09:50:17",
      E("registration", "parwana.rahmani@mail.example", "Parwana Rahmani",
        "Afghanischer Frauenverein Nur e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Parwana Rahmani <parwana.rahmani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: Frage zu den Arbeitsgruppen"),
           ("Date", m.date),
           ("Message-ID", "<CAK2nQ8rS0tU2vW4xY6zA8bC0dE2fG4hI6jK8lM0nO2pQ4rS6tU@mail.gmail.example>"),
           ("In-Reply-To", "<7a3c9e1f-2b4d-4f60-8a1c-3e5f7a9b1c2d@muenster.example>"),
           ("References", "<CAK2nQ8rS0tU1q@mail.gmail.example> <7a3c9e1f-2b4d-4f60-8a1c-3e5f7a9b1c2d@muenster.example>"),
           ("MIME-Version", "1.0"))
    level3 = f"{RAHMANI_ATTR3}\n\n{gt_quote(RAHMANI_INV)}"
    level2 = f"{RAHMANI_QUESTION}\n\n{level3}"
    level1 = f"{RAHMANI_ANSWER}\n\n{RAHMANI_ATTR2}\n{gt_quote(level2)}"
    plain = f"{RAHMANI_TEXT}\n\n{RAHMANI_ATTR1}\n\n{gt_quote(level1)}\n"
    q3 = gmail_quote(RAHMANI_ATTR3, plain_html_lines(RAHMANI_INV))
    q2 = gmail_quote(RAHMANI_ATTR2, f'<div dir="ltr">{gmail_divs(RAHMANI_QUESTION)}<br>{q3}</div>')
    q1 = gmail_quote(RAHMANI_ATTR1, f"<div>{plain_html_lines(RAHMANI_ANSWER)}<br><br>{q2}</div>")
    html_text = f'<div dir="ltr">{gmail_divs(RAHMANI_TEXT)}</div><br>{q1}\n'
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# English question with a numbered HTML list (Gmail); "AG 1 and AG 3" and "two
# or three of our members" are no registration: they will register later.

FERREIRA_PLAIN = """Dear organising team,

I have a few questions about the MSO-Tag on 13 March before we register:

   1. Will there be interpretation (English or Portuguese) in the
   workgroups, especially in AG 1 and AG 3?
   2. Can people who are not members of a migrant organisation attend, e.g.
   volunteers who support us?
   3. Is there a parking garage near the Stadtweinhaus?

If everything works out, two or three of our members would like to come.
We will send the registration as soon as we know.

Thank you and best wishes,
Tomás Ferreira
Associação Cultural Lusófona de Münster e.V."""

FERREIRA_HTML = """<div dir="ltr"><div>Dear organising team,</div><div><br></div><div>I have a few questions about the MSO-Tag on 13 March <u>before</u> we register:</div><div><ol><li>Will there be interpretation (English or Portuguese) in the workgroups, especially in AG 1 and AG 3?</li><li>Can people who are not members of a migrant organisation attend, e.g. volunteers who support us?</li><li>Is there a parking garage near the Stadtweinhaus?</li></ol><div>If everything works out, two or three of our members would like to come. We will send the registration as soon as we know.</div><div><br></div><div>Thank you and best wishes,</div><div>Tomás Ferreira</div><div><i>Associação Cultural Lusófona de Münster e.V.</i></div></div></div>
"""


@mail("ferreira-english-question-numbered-list", "2027-01-21 10:05:39",
      E("question", "tomas.ferreira@lusofona-ms.example", "Tomás Ferreira",
        "Associação Cultural Lusófona de Münster e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", addr("Tomás Ferreira", "tomas.ferreira@lusofona-ms.example")),
           ("To", MSO),
           ("Subject", "Questions about the MSO-Tag (interpretation, parking)"),
           ("Date", m.date),
           ("Message-ID", "<CAL7vB3nM5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM1qW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FERREIRA_PLAIN, FERREIRA_HTML, charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 018 ---------------------------------------------------------------------
# Turkish, Outlook HTML only in windows-1254 (quoted-printable): the answers
# are red and marked with her initials "[HÖ]" inside the quoted invitation's
# form; an X replaces the box at AG 3; "2 kişi" = 2 persons.

OEZKAN_TOP = """Merhaba Sayın Meza Correa-Flock,

davetiniz için çok teşekkür ederiz. Cevaplarımı aşağıdaki forma kırmızı renkle yazdım.

Saygılarımla
Hülya Özkan"""


def red_hoe(s):
    return f"<span style='color:#C00000'>[HÖ] {s}</span>"


@mail("oezkan-turkish-outlook-red-initials", "2027-01-22 11:37:02",
      E("registration", "h.oezkan@veliler-ms.example", "Hülya Özkan",
        "Münster Türk Veliler Derneği e.V.", ["AG3"], 2, "tr"), "tr", tz=0)
def _(m):
    m.head(("From", addr("Hülya Özkan", "h.oezkan@veliler-ms.example", "windows-1254")),
           ("To", TO_MSO),
           ("Subject", "YNT: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAQz0Pw"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB3390F1D2C3B4A5968778695A4B3C@VI1PR08MB3390.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "tr-TR, de-DE"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    body = "\n".join([
        mso_lines(OEZKAN_TOP),
        mso_p("<span style='font-size:9.0pt;color:#595959'>Münster Türk Veliler Derneği e.V. · "
              "Yönetim Kurulu Başkanı</span>", escape=False),
        mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "12 Ocak 2027 Salı 14:03",
                             "Tag der Migrantenselbstorganisationen",
                             INVITATION_SUBJECT,
                             labels=("Kimden", "Gönderildi", "Kime", "Konu")),
        mso_p(""),
        outlook_invitation(
            name=red_hoe("Hülya Özkan"),
            org=red_hoe("Münster Türk Veliler Derneği e.V."),
            ags={3: "<span style='color:#C00000'>X</span>"},
            persons=red_hoe("2 kişi (ben ve derneğimizin saymanı)")),
    ])
    html_text = outlook_head("windows-1254").replace("<body lang=DE", "<body lang=TR") + body + "\n" + OUTLOOK_TAIL
    m.single(html_text, subtype="html", charset="windows-1254", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Change, Outlook HTML only (windows-1252): "siehe unten in Rot" – a red line
# written into the quoted confirmation under its "AG 1" line asks for AG 3.

CELIK_TOP = """Sehr geehrte Damen und Herren,

ich möchte bitte die Arbeitsgruppe wechseln, siehe unten in Rot.

Viele Grüße
Yasemin Çelik
Alevitische Gemeinde Münster e.V."""


@mail("celik-change-red-line-in-quoted-confirmation", "2027-01-23 10:12:45",
      E("change", "yasemin.celik@alevi-ms.example", "Yasemin Çelik",
        "Alevitische Gemeinde Münster e.V.", ["AG3"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Çelik, Yasemin", "yasemin.celik@alevi-ms.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbS1x9Kq2Zb0eR3mT5uW7yA9cE1gI3kM5"),
           ("Date", m.date),
           ("Message-ID", "<DU0PR04MB9417B2E6C8A04D1F73E5C9A2D0B8@DU0PR04MB9417.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270119183022.4c1e@muenster.example>"),
           ("References", "<mailbot.20270119183022.4c1e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quoted = []
    for line in confirmation("Frau Çelik", "AG1", 1).split("\n"):
        quoted.append(mso_p(line))
        if line == AG_LINE["AG1"]:
            quoted.append(mso_p("<b><span style='color:red'>&#8594; bitte ändern auf AG 3 "
                                "(Förderungsmöglichkeiten und effektives Vereinsmanagement), "
                                "danke!</span></b>", escape=False))
    body = "\n".join([
        mso_lines(CELIK_TOP), mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "Dienstag, 19. Januar 2027 18:30",
                             "Çelik, Yasemin <yasemin.celik@alevi-ms.example>",
                             CONFIRMATION_SUBJECT),
        mso_p(""),
        "\n".join(quoted),
    ])
    m.single(outlook_head() + body + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Gmail reply to the invitation: she copies the workgroup list and marks her
# choice only by bold type (plain part: "*AG 2 – ...*"); alone.

KOWALCZYK_PLAIN_TOP = """Guten Tag,

ich möchte mich gerne zum Tag der Migrantenselbstorganisationen anmelden.
Die AG, die mich interessiert, habe ich fett markiert:

AG 1 – Bildungssystem
*AG 2 – Münsters Zukunftsprozess*
AG 3 – Förderung und Vereinsmanagement

Ich komme allein.

Viele Grüße
Marta Kowalczyk
Polnischer Kulturverein „Most“ Münster e.V."""

KOWALCZYK_HTML_TOP = """<div dir="ltr"><div>Guten Tag,</div><div><br></div><div>ich möchte mich gerne zum Tag der Migrantenselbstorganisationen anmelden. Die AG, die mich interessiert, habe ich fett markiert:</div><div><br></div><div>AG 1 – Bildungssystem</div><div><b>AG 2 – Münsters Zukunftsprozess</b></div><div>AG 3 – Förderung und Vereinsmanagement</div><div><br></div><div>Ich komme allein.</div><div><br></div><div>Viele Grüße</div><div>Marta Kowalczyk</div><div>Polnischer Kulturverein „Most“ Münster e.V.</div></div>"""

KOWALCZYK_ATTR = ("Am Di., 12. Jan. 2027 um 14:03 Uhr schrieb Tag der Migrantenselbstorganisationen "
                  "<mso-tag@muenster.example>:")


@mail("kowalczyk-gmail-choice-only-in-bold", "2027-01-24 18:22:09",
      E("registration", "marta.kowalczyk@mail.example", "Marta Kowalczyk",
        "Polnischer Kulturverein „Most“ Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Marta Kowalczyk <marta.kowalczyk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP9xZ1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9bN@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{KOWALCZYK_PLAIN_TOP}\n\n{KOWALCZYK_ATTR}\n\n{gt_quote(INVITATION)}\n"
    html_text = KOWALCZYK_HTML_TOP + "<br>" + gmail_quote(KOWALCZYK_ATTR, invitation_html()) + "\n"
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Roundcube webmail, plain (format=flowed, quoted-printable): the form copied
# to the top with "[x]" at AG 2 (Erstwunsch) and AG 3 (Zweitwunsch); the
# invitation is quoted below with its empty boxes.

KARIMI_TEXT = """Hallo,

hiermit melde ich mich zum MSO-Tag an.

Name: Reza Karimi
Organisation: Afghanischer Kulturverein Hindukusch e.V.
[ ] AG 1 – Bildungssystem
[x] AG 2 – Münsters Zukunftsprozess (Erstwunsch)
[x] AG 3 – Förderung und Vereinsmanagement (Zweitwunsch)
Anzahl Personen: 1

Beste Grüße
Reza Karimi"""


@mail("karimi-roundcube-x-first-and-second-wish", "2027-01-25 20:41:56",
      E("registration", "reza.karimi@hindukusch-verein.example", "Reza Karimi",
        "Afghanischer Kulturverein Hindukusch e.V.", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Reza Karimi <reza.karimi@hindukusch-verein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b6f1e0a3c2d94e7f8a1b2c3d4e5f6a7b@hindukusch-verein.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""{KARIMI_TEXT}

Am 12.01.2027 14:03, schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 022 ---------------------------------------------------------------------
# Microsoft 365 non-delivery report (English): multipart/report with an HTML
# notice in layout tables, a delivery-status part and the returned headers
# (text/rfc822-headers).  Mailbox full at the association.

NDR_RCPT = "vorstand@somali-verein-muenster.example"

NDR_TEXT = f"""Delivery has failed to these recipients or groups:

{NDR_RCPT}
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: AM0PR03MB6291.eurprd03.prod.outlook.example

{NDR_RCPT}
Remote server returned '552 5.2.2 <{NDR_RCPT}>: Mailbox full - quota exceeded'

Original message headers:

Subject: {CONFIRMATION_SUBJECT}
Date: Tue, 26 Jan 2027 09:14:06 +0100"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:548px">
<tr><td style="background:#ffffff;font-size:21px;color:#000000;padding:12px 0">Your message to <span style="color:#c00000">{NDR_RCPT}</span> couldn't be delivered.</td></tr>
<tr><td style="font-size:16px;padding-bottom:8px"><b>{NDR_RCPT}</b>'s mailbox is full.</td></tr>
<tr><td>
<table cellpadding="0" cellspacing="0" border="0" width="100%">
<tr>
<td style="background:#c00000;color:#ffffff;font-size:14px;padding:6px 10px;width:33%">Office 365</td>
<td style="background:#cccccc;color:#000000;font-size:14px;padding:6px 10px;width:33%">somali-verein-muenster</td>
<td style="background:#cccccc;color:#000000;font-size:14px;padding:6px 10px">Recipient</td>
</tr>
<tr>
<td style="font-size:14px;padding:4px 10px;color:#c00000"><b>Action Required</b></td>
<td></td>
<td></td>
</tr>
</table>
</td></tr>
<tr><td style="font-size:15px;padding-top:18px"><b>How to Fix It</b></td></tr>
<tr><td style="font-size:14px;padding:6px 0">The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.</td></tr>
<tr><td style="font-size:14px;padding-top:18px"><b>Diagnostic information for administrators:</b><br>
Generating server: AM0PR03MB6291.eurprd03.prod.outlook.example<br><br>
{NDR_RCPT}<br>
Remote server returned '552 5.2.2 &lt;{NDR_RCPT}&gt;: Mailbox full - quota exceeded'<br><br>
Original message headers:<br>
Subject: {CONFIRMATION_SUBJECT}<br>
Date: Tue, 26 Jan 2027 09:14:06 +0100</td></tr>
</table>
</div>
</body>
</html>
"""

NDR_RETURNED_HEADERS = f"""Received: from mailbot.muenster.example (192.0.2.25) by
 AM0PR03MB6291.eurprd03.prod.outlook.example with ESMTPS; Tue, 26 Jan 2027
 08:14:07 +0000
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: Somalischer Verein <{NDR_RCPT}>
Subject: {CONFIRMATION_SUBJECT}
Date: Tue, 26 Jan 2027 09:14:06 +0100
Message-ID: <mailbot.20270126091406.9e2f@muenster.example>
In-Reply-To: <a13c5e7f-9b2d-4f61-8e3a-5c7e9a1b3d5f@somali-verein-muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("m365-ndr-mailbox-full-html", "2027-01-26 08:14:09",
      E("bounce", bounced=NDR_RCPT), "en", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@muenster.onmicrosoft.example>"),
           ("To", MSO),
           ("Subject", "Undeliverable: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9b7d3f21-6c4e-4a58-b2d0-e1f3a5c7b9d1@AM0PR03MB6291.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270126091406.9e2f@muenster.example>"),
           ("References", "<mailbot.20270126091406.9e2f@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM0PR03MB6291.eurprd03.prod.outlook.example"),
         ("Received-From-MTA", "dns;mailbot.muenster.example"),
         ("Arrival-Date", "Tue, 26 Jan 2027 08:14:07 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns;mx.somali-verein-muenster.example"),
         ("Diagnostic-Code", f"smtp;552 5.2.2 <{NDR_RCPT}>: Mailbox full - quota exceeded")])
    headers = m.text(NDR_RETURNED_HEADERS, subtype="rfc822-headers", charset="utf-8", cte="8bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# Thunderbird, plain: she filled in the form inside the '>' quote of the
# invitation ("Formular unten direkt ausgefüllt"): her answers stand on
# quoted lines, the box at AG 1 replaced by an X; "Anzahl Personen: 2".

def _filled_invitation(name, org, ag_marks, persons):
    out = []
    for line in INVITATION.split("\n"):
        if line == "Name:":
            line = f"Name: {name}"
        elif line == "Organisation:":
            line = f"Organisation: {org}"
        elif line == "Anzahl Personen:":
            line = f"Anzahl Personen: {persons}"
        else:
            for i, t in enumerate(FORM_AG):
                if line == f"☐ {t}" and (i + 1) in ag_marks:
                    line = f"{ag_marks[i + 1]} {t}"
        out.append(line)
    return "\n".join(out)


@mail("jovanovic-thunderbird-answers-inside-quote", "2027-01-26 19:03:27",
      E("registration", "dragana.jovanovic@vidovdan-ms.example", "Dragana Jovanović",
        "Serbischer Kulturverein „Vidovdan“ Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Dragana Jovanović", "dragana.jovanovic@vidovdan-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2d4f6a8-0b1c-4d3e-9f5a-7b8c9d0e1f2a@vidovdan-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 115.18.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    filled = _filled_invitation("Dragana Jovanović",
                                "Serbischer Kulturverein „Vidovdan“ Münster e.V.",
                                {1: "X"}, "2")
    m.single(f"""Hallo,

ich habe das Formular unten direkt ausgefüllt.

Grüße
Dragana Jovanović

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(filled)}
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Arabic, Outlook HTML only (utf-8, base64), right-to-left: the data in a
# two-column table (الاسم / الجمعية / مجموعة العمل: 2 / عدد الأشخاص: 3).
# Latin display name "Reem Saleh"; table and signature in Arabic script.

SALEH_ROWS = [("الاسم", "ريم صالح"),
              ("الجمعية", "Syrisch-Deutscher Frauenverein Damaskusrose e.V."),
              ("مجموعة العمل", "2 (Münsters Zukunftsprozess)"),
              ("عدد الأشخاص", "3")]


@mail("saleh-arabic-outlook-rtl-table", "2027-01-27 13:48:10",
      E("registration", "reem.saleh@damaskusrose.example", "ريم صالح",
        "Syrisch-Deutscher Frauenverein Damaskusrose e.V.", ["AG2"], 3, "ar"), "ar", tz=0)
def _(m):
    m.head(("From", "Reem Saleh <reem.saleh@damaskusrose.example>"),
           ("To", MSO),
           ("Subject", "تسجيل في يوم منظمات المهاجرين 13.03.2027"),
           ("Thread-Topic", "تسجيل في يوم منظمات المهاجرين 13.03.2027"),
           ("Thread-Index", "AdtwQ5fE0kM1x9R2Tnq8d3Yb4ZcA7w=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR02MB8466C3A5E7F90B1D24F6A8C0E2B4@GV1PR02MB8466.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    td = "style='border:solid #A6A6A6 1.0pt;padding:3.0pt 6.0pt 3.0pt 6.0pt'"
    rows = "\n".join(
        f"<tr>\n<td {td}>\n<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl'><b>{esc(a)}</b><o:p></o:p></p>\n</td>\n"
        f"<td {td}>\n<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl'>{esc(b)}<o:p></o:p></p>\n</td>\n</tr>"
        for a, b in SALEH_ROWS)
    rtl = "text-align:right;direction:rtl;unicode-bidi:embed"
    body = "\n".join([
        mso_p("السادة الكرام في المركز البلدي للاندماج في مونستر،", rtl),
        mso_p(""),
        mso_p("نرغب في التسجيل في يوم منظمات المهاجرين الذاتية بتاريخ 13 مارس 2027. تجدون بياناتنا في الجدول التالي:", rtl),
        mso_p(""),
        "<div align=right>",
        "<table class=MsoTableGrid dir=rtl border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        rows, "</table>", "</div>",
        mso_p(""),
        mso_p("مع خالص التحية", rtl),
        mso_p("ريم صالح", rtl),
        mso_p("رئيسة الجمعية", rtl),
    ])
    html_text = outlook_head("utf-8", rtl=True) + body + "\n" + OUTLOOK_TAIL
    m.single(html_text, subtype="html", charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252): the workgroup list copied into the new
# text with the two unwanted groups struck through (<s>); only the rendering
# shows the choice, AG 3.  The empty invitation form is quoted below.

SCHAEFER_TOP = """Guten Tag,

anbei meine Anmeldung. Die Arbeitsgruppen, die für mich nicht in Frage kommen, habe ich durchgestrichen."""


@mail("schaefer-outlook-strikethrough-list", "2027-01-29 09:26:51",
      E("registration", "irina.schaefer@lmdr-muenster.example", "Irina Schäfer",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG3"], 1, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", addr("Schäfer, Irina", "irina.schaefer@lmdr-muenster.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAfW2Zs"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1759A0B2C4D6E8F01234A5B6C7D8@FR3P281MB1759.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    body = "\n".join([
        mso_lines(SCHAEFER_TOP),
        mso_p(""),
        mso_p("Name: Irina Schäfer"),
        mso_p("Organisation: Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster"),
        mso_p("Arbeitsgruppe:"),
        mso_p("<s>AG 1 &#8211; Bildungssystem</s>", escape=False),
        mso_p("<s>AG 2 &#8211; Münsters Zukunftsprozess</s>", escape=False),
        mso_p("AG 3 &#8211; Förderung und Vereinsmanagement", escape=False),
        mso_p("Anzahl Personen: 1"),
        mso_p(""),
        mso_p("Mit freundlichen Grüßen"),
        mso_p("Irina Schäfer"),
        mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "Dienstag, 12. Januar 2027 14:03",
                             "Tag der Migrantenselbstorganisationen",
                             INVITATION_SUBJECT),
        mso_p(""),
        outlook_invitation(),
    ])
    m.single(outlook_head() + body + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Cancellation from an iPhone, top-posted above the quoted confirmation;
# signed only "Derya", so the display name gives the name.

SAHIN_TEXT = """Hallo, leider muss ich absagen, ich bin an dem Wochenende doch verreist 😕 Sorry und viel Erfolg!
LG Derya

Von meinem iPhone gesendet"""

SAHIN_ATTR = "Am 15.01.2027 um 11:02 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"


@mail("sahin-iphone-cancellation-top-posting", "2027-01-31 22:17:40",
      E("cancellation", "derya.sahin@mail.example", "Derya Şahin", None, [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Derya Şahin", "derya.sahin@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<5D7F9B1C-3E5A-4C7E-8F0A-2B4D6F8A0C1E@mail.example>"),
           ("In-Reply-To", "<mailbot.20270115110210.2b7c@muenster.example>"),
           ("References", "<mailbot.20270115110210.2b7c@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("Mime-Version", "1.0 (1.0)"))
    conf = confirmation("Frau Şahin", "AG2", 1)
    plain = f"{SAHIN_TEXT}\n\n> {SAHIN_ATTR}\n> \n{gt_quote(conf)}\n"
    html_text = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body dir=\"auto\">Hallo, leider muss ich absagen, ich bin an dem Wochenende doch verreist 😕 "
                 "Sorry und viel Erfolg!<div>LG Derya<br><br><div dir=\"ltr\">Von meinem iPhone gesendet</div>"
                 f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(SAHIN_ATTR)}<br><br></blockquote></div>"
                 f"<blockquote type=\"cite\"><div dir=\"ltr\">{plain_html_lines(conf)}</div></blockquote>"
                 "</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# English Outlook, multipart/related: a Word bullet list (Symbol-font "·"
# bullets, mso-list), "Workshop: III", "Attendees: 2", a logo image and a
# confidentiality disclaimer.  "Secretary General" is a title.

EZE_CID = "image001.png@01DB72C4.9A1E2F30"

EZE_PLAIN = f"""Dear Ms Meza Correa-Flock,

Thank you for the invitation to the MSO-Tag 2027. My colleague Ngozi Adeyemi and I would like to register:

  *   Organisation: Nigerian Community Münster e.V.
  *   Workshop: III – Funding and effective association management
  *   Attendees: 2

Please let us know if you need anything else from us.

Kind regards,

Chiamaka Eze
Secretary General
Nigerian Community Münster e.V.
[cid:{EZE_CID}]

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""


def _eze_html():
    def li(text, n):
        return (f"<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;"
                f"mso-list:l0 level1 lfo{n}'><![if !supportLists]><span style='font-family:Symbol'>"
                f"<span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>"
                f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                f"{text}<o:p></o:p></p>")
    body = "\n".join([
        mso_p("Dear Ms Meza Correa-Flock,"),
        mso_p(""),
        mso_p("Thank you for the invitation to the MSO-Tag 2027. My colleague Ngozi Adeyemi and I would like to register:"),
        mso_p(""),
        li("<b>Organisation:</b> Nigerian Community Münster e.V.", 1),
        li("<b>Workshop:</b> III &#8211; Funding and effective association management", 1),
        li("<b>Attendees:</b> 2", 1),
        mso_p(""),
        mso_p("Please let us know if you need anything else from us."),
        mso_p(""),
        mso_p("Kind regards,"),
        mso_p(""),
        mso_p("<b><span style='color:#00703C'>Chiamaka Eze</span></b><br>\n"
              "<span style='font-size:9.0pt'>Secretary General<br>\nNigerian Community Münster e.V.</span>",
              escape=False),
        mso_p(f"<img width=96 height=48 style='width:1.0in;height:.5in' id=\"Picture_x0020_2\" "
              f"src=\"cid:{EZE_CID}\" alt=\"NCM logo\">", escape=False),
        mso_p(""),
        mso_p("<span style='font-size:7.5pt;color:gray'>This e-mail and any attachments are confidential "
              "and intended solely for the addressee. If you have received it in error, please notify "
              "the sender and delete it.</span>", escape=False),
    ])
    head = outlook_head().replace("<body lang=DE", "<body lang=EN-GB")
    return head + body + "\n" + OUTLOOK_TAIL


@mail("eze-english-outlook-word-bullets-logo-disclaimer", "2027-02-01 12:05:33",
      E("registration", "chiamaka.eze@ncm-muenster.example", "Chiamaka Eze",
        "Nigerian Community Münster e.V.", ["AG3"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Chiamaka Eze <chiamaka.eze@ncm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag 2027 – Nigerian Community Münster"),
           ("Thread-Topic", "Registration MSO-Tag 2027 – Nigerian Community Münster"),
           ("Thread-Index", "Adt0rF7yU1o2P3q4R5s6T7u8V9w0Xg=="),
           ("Date", m.date),
           ("Message-ID", "<AS2PR09MB6294E1F3A5C7B9D0E2F4A6B8C0D2@AS2PR09MB6294.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(EZE_PLAIN, _eze_html(), charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    logo = m.binary(make_png(96, 48, [(16, (0, 112, 60)), (16, (255, 255, 255)), (16, (0, 112, 60))]),
                    "image", "png", "image001.png", disposition="inline", cid=f"<{EZE_CID}>")
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 028 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252): the form in the quoted invitation filled
# in, the box at AG 1 replaced by a Wingdings check box ("þ" in a
# font-family:Wingdings span, shown as a ticked box); the other boxes stay.
# "(angekreuzt)" in the new text; 2 persons.

NOORI_TOP = """Sehr geehrtes Team,

anbei das ausgefüllte Formular (angekreuzt).

Mit freundlichen Grüßen
Hamid Noori
Deutsch-Afghanischer Bildungsverein e.V."""


@mail("noori-outlook-wingdings-check-box", "2027-02-02 16:40:22",
      E("registration", "hamid.noori@dabv.example", "Hamid Noori",
        "Deutsch-Afghanischer Bildungsverein e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Hamid Noori <hamid.noori@dabv.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZPq1vH3cE2kqR0S8mK5Xh1N9WrAmN4Vc"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2034D9C7B5A3F1E0D2C4B6A8F0E2@BE1P281MB2034.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    body = "\n".join([
        mso_lines(NOORI_TOP),
        mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "Dienstag, 12. Januar 2027 14:03",
                             "Tag der Migrantenselbstorganisationen",
                             INVITATION_SUBJECT),
        mso_p(""),
        outlook_invitation(
            name="Hamid Noori",
            org="Deutsch-Afghanischer Bildungsverein e.V.",
            ags={1: "<span style='font-family:Wingdings'>þ</span>"},
            persons="2"),
    ])
    m.single(outlook_head() + body + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question, Apple Mail with nested blockquotes (his new text > the
# organiser's answer > his first question).  He will register "mit meiner
# Frau für die AG 1" only after the answer about childcare: a question.

ROMANO_TEXT = """Liebe Frau Meza Correa-Flock,

vielen Dank für die Auskunft! Eine Frage noch: Gibt es am 13. März eine Kinderbetreuung? Unsere Kinder sind 4 und 7 Jahre alt.

Wenn ja, würden meine Frau und ich uns gern für die AG 1 anmelden – ich schreibe Ihnen dann verbindlich, sobald ich Ihre Antwort habe.

Viele Grüße
Giuseppe Romano
Centro Culturale Italiano Münster e.V."""

ROMANO_ANSWER = """Lieber Herr Romano,

ja, selbstverständlich können auch Mitglieder teilnehmen, die nicht im Vorstand sind. Die Veranstaltung ist offen für alle Interessierten.

Viele Grüße
Ximena Meza Correa-Flock"""

ROMANO_QUESTION = """Guten Tag,

dürfen beim MSO-Tag auch normale Mitglieder unseres Vereins teilnehmen oder nur der Vorstand?

Viele Grüße
Giuseppe Romano"""

ROMANO_ATTR1 = "Am 28.01.2027 um 15:40 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"
ROMANO_ATTR2 = "Am 27.01.2027 um 09:10 schrieb Giuseppe Romano <g.romano@cci-muenster.example>:"


@mail("romano-apple-nested-quotes-question", "2027-02-03 08:55:14",
      E("question", "g.romano@cci-muenster.example", "Giuseppe Romano",
        "Centro Culturale Italiano Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Giuseppe Romano <g.romano@cci-muenster.example>"),
           ("Subject", "Re: Teilnahme MSO-Tag"),
           ("Message-Id", "<3F5A7C9E-1B2D-4E6F-8A0C-5D7E9F1A3B5C@cci-muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", "<0d2f4b6c-8e1a-4c3d-b5f7-9a1c3e5d7f90@muenster.example>"),
           ("References", "<A1B2C3D4-romano-1@cci-muenster.example> <0d2f4b6c-8e1a-4c3d-b5f7-9a1c3e5d7f90@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    inner = f"{ROMANO_ANSWER}\n\n> {ROMANO_ATTR2}\n> \n{gt_quote(ROMANO_QUESTION)}"
    plain = f"{ROMANO_TEXT}\n\n> {ROMANO_ATTR1}\n> \n{gt_quote(inner)}\n"
    html_text = apple_doc(
        apple_divs(ROMANO_TEXT)
        + f"<div><br><blockquote type=\"cite\"><div>{esc(ROMANO_ATTR1)}</div><br>"
        + f"<div>{apple_divs(ROMANO_ANSWER)}<div><br><blockquote type=\"cite\">"
        + f"<div>{esc(ROMANO_ATTR2)}</div><br>{apple_divs(ROMANO_QUESTION)}"
        + "</blockquote></div></div></blockquote></div><br>")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 030 ---------------------------------------------------------------------
# Change, Gmail reply to the confirmation (AG 2): "von AG 2 in AG 1" in bold;
# "Falls AG 1 schon voll ist, bleibe ich ... in AG 2" -> AG1 first, AG2 as
# fallback.

AHMADI_PLAIN = """Hallo,

könnten Sie mich bitte *von AG 2 in AG 1* umtragen? Falls AG 1 schon voll ist, bleibe ich einfach in AG 2.

Danke und viele Grüße
Shirin Ahmadi
Kurdischer Frauenverein Roj e.V."""

AHMADI_HTML = """<div dir="ltr"><div>Hallo,</div><div><br></div><div>könnten Sie mich bitte <b>von AG 2 in AG 1</b> umtragen? Falls AG 1 schon voll ist, bleibe ich einfach in AG 2.</div><div><br></div><div>Danke und viele Grüße</div><div>Shirin Ahmadi</div><div>Kurdischer Frauenverein Roj e.V.</div></div>"""

AHMADI_ATTR = ("Am Mi., 20. Jan. 2027 um 17:45 Uhr schrieb Tag der Migrantenselbstorganisationen "
               "<mso-tag@muenster.example>:")


@mail("ahmadi-gmail-change-with-fallback", "2027-02-04 14:31:08",
      E("change", "shirin.ahmadi@roj-frauenverein.example", "Shirin Ahmadi",
        "Kurdischer Frauenverein Roj e.V.", ["AG1", "AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Shirin Ahmadi <shirin.ahmadi@roj-frauenverein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120174502.8f3d@muenster.example>"),
           ("References", "<mailbot.20270120174502.8f3d@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Ahmadi", "AG2", 1)
    plain = f"{AHMADI_PLAIN}\n\n{AHMADI_ATTR}\n\n{gt_quote(conf)}\n"
    html_text = AHMADI_HTML + "<br>" + gmail_quote(AHMADI_ATTR, plain_html_lines(conf)) + "\n"
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Samsung Email, top-posted above the invitation with "-------- Ursprüngliche
# Nachricht --------": three lines each ending in ✅ ("AG 3 ✅", "2 Personen
# ✅"); Islamic greeting "Salam" in a German text.

CHAUDHRY_TEXT = """Salam, wir sind dabei ✅
AG 3 ✅
2 Personen ✅
Bilal Chaudhry
Pakistanische Gemeinde Münster e.V.



Gesendet von meinem Galaxy"""

CHAUDHRY_HDR = [("Von", "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"),
                ("Datum", "12.01.27 14:03 (GMT+01:00)"),
                ("An", "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"),
                ("Betreff", INVITATION_SUBJECT)]


@mail("chaudhry-samsung-emoji-check-marks", "2027-02-05 19:58:45",
      E("registration", "bilal.chaudhry@mail.example", "Bilal Chaudhry",
        "Pakistanische Gemeinde Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Bilal Chaudhry <bilal.chaudhry@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<x8c2n5v0b7m3q1w9e4r6t2y8@email.android.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "Samsung Email 6.1.97.1"),
           ("MIME-Version", "1.0"))
    hdr_plain = "\n".join(f"{k}: {v}" for k, v in CHAUDHRY_HDR)
    plain = (f"{CHAUDHRY_TEXT}\n\n\n-------- Ursprüngliche Nachricht --------\n{hdr_plain}\n\n"
             f"{INVITATION}\n")
    top, sig = CHAUDHRY_TEXT.split("\n\n\n\n")
    html_text = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
        + "".join(f"<div dir=\"auto\">{esc(line)}</div>" for line in top.split("\n"))
        + "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
        + f"<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" dir=\"auto\">{esc(sig)}</div></div>"
        + "<div dir=\"auto\"><br></div><div><br></div>"
        + "<div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\">"
        + "<div>-------- Ursprüngliche Nachricht --------</div>"
        + "".join(f"<div>{esc(k)}: {esc(v)} </div>" for k, v in CHAUDHRY_HDR)
        + "<div><br></div></div>" + invitation_html() + "</body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="mobile")


# -- 032 ---------------------------------------------------------------------
# Apple Mail with a vCard dragged into the text: multipart/alternative whose
# HTML side is multipart/mixed (html, text/vcard, html), as Apple Mail builds
# it.  A bullet list of three people, all for AG 1 -> 3 persons.

FERNANDEZ_TEXT = """Liebe Frau Meza Correa-Flock,

wir möchten uns gern für den Tag der Migrantenselbstorganisationen anmelden. Wir kommen zu dritt und interessieren uns alle für die AG 1 (Bildungssystem):

	•	Lucía Fernández (Vorsitzende)
	•	Javier Morales
	•	Carmen Ruiz

Meine Kontaktdaten hänge ich als Visitenkarte an.

Herzliche Grüße
Lucía Fernández
Spanischer Elternverein Münster e.V.

"""

FERNANDEZ_HTML1 = apple_doc(
    "<div>Liebe Frau Meza Correa-Flock,</div><div><br></div>"
    "<div>wir möchten uns gern für den Tag der Migrantenselbstorganisationen anmelden. "
    "Wir kommen zu dritt und interessieren uns alle für die <b>AG 1</b> (Bildungssystem):</div>"
    "<ul class=\"MailOutline\"><li>Lucía Fernández (Vorsitzende)</li><li>Javier Morales</li>"
    "<li>Carmen Ruiz</li></ul><div>Meine Kontaktdaten hänge ich als Visitenkarte an.</div>"
    "<div><br></div><div>Herzliche Grüße</div><div>Lucía Fernández</div>"
    "<div>Spanischer Elternverein Münster e.V.</div><div><br></div><div></div>")

FERNANDEZ_VCARD = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 15.2//EN
N:Fernández;Lucía;;;
FN:Lucía Fernández
ORG:Spanischer Elternverein Münster e.V.;
TITLE:Vorsitzende
EMAIL;type=INTERNET;type=HOME;type=pref:lucia.fernandez@elternverein-espanol.example
TEL;type=CELL;type=VOICE;type=pref:+49 172 4410928
END:VCARD
"""

FERNANDEZ_HTML2 = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
                   "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
                   "line-break: after-white-space;\"><div></div><div><br></div></body></html>\n")


@mail("fernandez-apple-list-of-three-vcard", "2027-02-08 10:14:37",
      E("registration", "lucia.fernandez@elternverein-espanol.example", "Lucía Fernández",
        "Spanischer Elternverein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Lucía Fernández", "lucia.fernandez@elternverein-espanol.example")),
           ("Subject", "Anmeldung Spanischer Elternverein"),
           ("Message-Id", "<8B0D2F4A-6C8E-4A1B-9C3D-5E7F9A1B3C5D@elternverein-espanol.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = m.text(FERNANDEZ_TEXT, charset="utf-8", cte="quoted-printable")
    h1 = m.text(FERNANDEZ_HTML1, subtype="html", charset="utf-8", cte="quoted-printable")
    vcf = m.text(FERNANDEZ_VCARD, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="Lucía Fernández.vcf",
                 params={"x-unix-mode": "0644"})
    h2 = m.text(FERNANDEZ_HTML2, subtype="html", charset="us-ascii", cte="7bit")
    mixed = m.multi("mixed", [h1, vcf, h2], style="apple", top=False)
    m.multi("alternative", [plain, mixed], style="apple")


# -- 033 ---------------------------------------------------------------------
# Cancellation in English, Outlook for Mac alternative: quoted confirmation
# (AG 2) below a From:/Date:/To:/Subject: block.

PARK_TEXT = """Dear MSO-Tag team,

unfortunately I have to cancel my registration for 13 March – our board meeting has been moved to that very day. Please give my place to someone else.

Best regards,
Ji-woo Park
Koreanische Gemeinde Münster e.V."""


@mail("park-english-cancellation-outlook-mac", "2027-02-09 17:20:03",
      E("cancellation", "jiwoo.park@koreanische-gemeinde-ms.example", "Ji-woo Park",
        "Koreanische Gemeinde Münster e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Ji-woo Park <jiwoo.park@koreanische-gemeinde-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcDx3Lq1Wn8ZcS0yE4kT6vU8xQ=="),
           ("Date", m.date),
           ("Message-ID", "<6A8C0E2F-4B6D-4F8A-9C1E-3D5F7A9B1C3E@koreanische-gemeinde-ms.example>"),
           ("In-Reply-To", "<mailbot.20270122103318.6a1f@muenster.example>"),
           ("References", "<mailbot.20270122103318.6a1f@muenster.example>"),
           ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Park", "AG2", 1)
    hdr = [("From", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
           ("Date", "Friday, 22 January 2027 at 10:33"),
           ("To", "Ji-woo Park <jiwoo.park@koreanische-gemeinde-ms.example>"),
           ("Subject", CONFIRMATION_SUBJECT)]
    plain = (f"{PARK_TEXT}\n\n\n" + "\n".join(f"{k}: {v}" for k, v in hdr)
             + f"\n\n{conf}\n")
    html_text = (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n"
        "\tfont-family:\"Aptos\",sans-serif;}\n--></style></head>"
        "<body lang=EN-US link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
        "<div class=WordSection1>\n" + mso_lines(PARK_TEXT) + "\n" + mso_p("") + "\n"
        "<div id=\"mail-editor-reference-message-container\"><div>\n"
        "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
        "<p class=MsoNormal style='margin-bottom:12.0pt'>"
        + "<br>\n".join(f"<b><span style='color:black'>{k}: </span></b><span style='color:black'>{esc(v)}</span>"
                        for k, v in hdr)
        + "<o:p></o:p></p>\n</div>\n" + mso_lines(conf) + "\n</div></div>\n</div>\n</body>\n</html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Turkish, iPhone (Turkish iOS), top-posted above the quoted invitation:
# "3 kişi geleceğiz, AG 2'ye katılmak istiyoruz" = 3 persons, AG 2.

DOGAN_TEXT = """Merhaba,

Türkiyemspor Münster e.V. olarak etkinliğe kayıt olmak istiyoruz. 3 kişi geleceğiz, AG 2'ye katılmak istiyoruz.

Selamlar
Ahmet Doğan

iPhone'umdan gönderildi"""

DOGAN_ATTR = ("12 Oca 2027 tarihinde 14:03 saatinde, Tag der Migrantenselbstorganisationen "
              "<mso-tag@muenster.example> şunu yazdı:")


@mail("dogan-turkish-iphone-top-posting", "2027-02-10 21:34:50",
      E("registration", "ahmet.dogan@tuerkiyemspor-ms.example", "Ahmet Doğan",
        "Türkiyemspor Münster e.V.", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ahmet Doğan", "ahmet.dogan@tuerkiyemspor-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<9E1A3C5E-7B9D-4F1A-8C2E-4D6F8A0B2C4E@tuerkiyemspor-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    plain = f"{DOGAN_TEXT}\n\n> {DOGAN_ATTR}\n> \n{gt_quote(INVITATION)}\n"
    top, sig = DOGAN_TEXT.rsplit("\n\n", 1)
    html_text = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 f"<body dir=\"auto\">{apple_divs(top)}<div><br><div dir=\"ltr\">{esc(sig)}</div>"
                 f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(DOGAN_ATTR)}<br><br></blockquote></div>"
                 f"<blockquote type=\"cite\"><div dir=\"ltr\">{invitation_html()}</div></blockquote>"
                 "</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 035 ---------------------------------------------------------------------
# Change, Arabic, Gmail (Arabic interface) with right-to-left HTML: from the
# third to "المجموعة الأولى" (the first group, in bold); quoted confirmation
# names AG 3.  Name only in Arabic script in the signature.

YOUSSEF_PLAIN = """مرحباً،

أرجو نقل تسجيلي من المجموعة الثالثة إلى *المجموعة الأولى* (Bildungssystem)، لأن موضوع المدارس أهم بالنسبة لنا حالياً.

شكراً جزيلاً
رشا يوسف"""

YOUSSEF_HTML = ('<div dir="rtl"><div dir="rtl">مرحباً،</div><div dir="rtl"><br></div>'
                '<div dir="rtl">أرجو نقل تسجيلي من المجموعة الثالثة إلى <b>المجموعة الأولى</b> '
                '(Bildungssystem)، لأن موضوع المدارس أهم بالنسبة لنا حالياً.</div>'
                '<div dir="rtl"><br></div><div dir="rtl">شكراً جزيلاً</div><div dir="rtl">رشا يوسف</div></div>')

YOUSSEF_ATTR = ("في الثلاثاء، 26 يناير 2027 في 10:05 ص، كتب Tag der Migrantenselbstorganisationen "
                "<mso-tag@muenster.example>:")


@mail("youssef-arabic-gmail-change-bold", "2027-02-12 10:47:26",
      E("change", "rasha.youssef@mail.example", "رشا يوسف", None, ["AG1"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Youssef <rasha.youssef@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN8bV0cX2zL4kJ6hG8fD0sA2pO4iU6yT8rE0wQ2mN4bV6cX8zL@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270126100502.1d9e@muenster.example>"),
           ("References", "<mailbot.20270126100502.1d9e@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Youssef", "AG3", 1)
    plain = f"{YOUSSEF_PLAIN}\n\n{YOUSSEF_ATTR}\n\n{gt_quote(conf)}\n"
    html_text = YOUSSEF_HTML + "<br>" + gmail_quote(YOUSSEF_ATTR, plain_html_lines(conf)) + "\n"
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Gmail vacation responder (Auto-Submitted: auto-replied), German and
# English, HTML with bold dates and a link; answers a confirmation.

BOUKHARI_PLAIN = """Vielen Dank für Ihre Nachricht. Ich bin bis zum *1. März* im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an info@amal-verein.example.

Thank you for your message. I am on holiday until *1 March* and will read my e-mails only occasionally. For urgent matters please write to info@amal-verein.example.

Samira Boukhari
Amal – Verein für Bildung und Begegnung e.V.
www.amal-verein.example <https://www.amal-verein.example>"""

BOUKHARI_HTML = """<div dir="ltr"><div>Vielen Dank für Ihre Nachricht. Ich bin bis zum <b>1. März</b> im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an <a href="mailto:info@amal-verein.example">info@amal-verein.example</a>.</div><div><br></div><div><i>Thank you for your message. I am on holiday until <b>1 March</b> and will read my e-mails only occasionally. For urgent matters please write to <a href="mailto:info@amal-verein.example">info@amal-verein.example</a>.</i></div><div><br></div><div>Samira Boukhari</div><div>Amal – Verein für Bildung und Begegnung e.V.</div><div><a href="https://www.amal-verein.example">www.amal-verein.example</a></div></div>
"""


@mail("boukhari-gmail-vacation-responder", "2027-02-15 09:12:31", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Samira Boukhari <samira.boukhari@amal-verein.example>"),
           ("To", MSO),
           ("Subject", "Abwesend / Out of office"),
           ("Date", m.date),
           ("Message-ID", "<CAE2vacation7hQ9kR1tV3xZ5bD7fH9jL1nP3rT5vX7zB9dF1hJ3@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270215091228.5c4a@muenster.example>"),
           ("References", "<mailbot.20270215091228.5c4a@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.alternative(BOUKHARI_PLAIN, BOUKHARI_HTML, charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 037 ---------------------------------------------------------------------
# WEB.DE webmail alternative (one <div> per line, Verdana): a typed form
# with "☒" at AG 1 and "☐" at the others; "mit meiner Schwester" = 2.

YILDIZ_TEXT = """Sehr geehrte Damen und Herren,

ich melde mich mit meiner Schwester zum MSO-Tag an.

Name: Fatma Yıldız
Verein: Deutsch-Türkischer Elternbund Münster e.V.
☒ AG 1 – Bildungssystem
☐ AG 2 – Münsters Zukunftsprozess
☐ AG 3 – Förderung und Vereinsmanagement
Personen: 2

Mit freundlichen Grüßen
Fatma Yıldız"""


@mail("yildiz-webde-ballot-box-with-x", "2027-02-17 15:03:44",
      E("registration", "fatma.yildiz@web.example", "Fatma Yıldız",
        "Deutsch-Türkischer Elternbund Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Fatma Yıldız", "fatma.yildiz@web.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e2c4a61-5f0b-4d3e-a9c7-1b3d5f7a9c0e-1771337024571@3c-app-webde-bap45>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("X-UI-Message-Type", "mail"),
           ("MIME-Version", "1.0"))
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in YILDIZ_TEXT.split("\n"))
    html_text = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
                 f"{divs}</div></body></html>\n")
    m.alternative(YILDIZ_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (windows-1252) quoting the confirmation
# (AG 3, 3 persons); "unsere Anmeldung (3 Personen, AG 3)" restates the old
# registration; the signature is a table with a coloured bar.

BONDAR_TOP = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung (3 Personen, AG 3) zurückziehen. Unser Verein veranstaltet am 13. März kurzfristig ein Benefizkonzert, und alle Vorstandsmitglieder werden dort gebraucht.

Wir bedauern das sehr und hoffen, nächstes Jahr dabei zu sein.

Mit freundlichen Grüßen"""


@mail("bondar-outlook-cancellation-table-signature", "2027-02-19 11:29:05",
      E("cancellation", "o.bondar@ukrainischer-verein-ms.example", "Oksana Bondar",
        "Ukrainischer Verein Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Bondar, Oksana" <o.bondar@ukrainischer-verein-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbc7Lq0S2b4D6f8H0j2L4n6P8r0T2v4X6z"),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0652A4C6E8F0B2D4F6A8C0E2B4D6@PR3P195MB0652.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270129164411.0e8b@muenster.example>"),
           ("References", "<mailbot.20270129164411.0e8b@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    sig = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
           "<tr>\n<td width=6 style='width:4.5pt;background:#0057B7;padding:0cm 0cm 0cm 0cm'>\n"
           "<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n</td>\n"
           "<td style='padding:0cm 0cm 0cm 7.5pt'>\n"
           "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#0057B7'>Oksana Bondar</span></b>"
           "<span style='font-size:10.0pt'><br>\nVorsitzende<o:p></o:p></span></p>\n"
           "<p class=MsoNormal><span style='font-size:9.0pt;color:#404040'>Ukrainischer Verein Münster e.V.<br>\n"
           "Warendorfer Straße 64 | 48145 Münster<br>\n"
           "<a href=\"https://www.ukrainischer-verein-ms.example\">www.ukrainischer-verein-ms.example</a>"
           "<o:p></o:p></span></p>\n</td>\n</tr>\n"
           "<tr>\n<td width=6 style='width:4.5pt;background:#FFD700;padding:0cm 0cm 0cm 0cm'>\n"
           "<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n</td>\n<td></td>\n</tr>\n</table>")
    body = "\n".join([
        mso_lines(BONDAR_TOP), mso_p(""), sig, mso_p(""),
        outlook_header_block(f"Tag der Migrantenselbstorganisationen <{MSO}>",
                             "Freitag, 29. Januar 2027 16:44",
                             "Bondar, Oksana <o.bondar@ukrainischer-verein-ms.example>",
                             CONFIRMATION_SUBJECT),
        mso_p(""),
        mso_lines(confirmation("Frau Bondar", "AG3", 3)),
    ])
    m.single(outlook_head() + body + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change from Outlook for Android, top-posted: "zu dritt statt zu zweit" and
# "AG 3 statt AG 2"; the confirmation (AG 2, 2 persons) quoted below.

AVCI_TEXT = """Hallo, kleine Änderung: Wir kommen jetzt zu dritt statt zu zweit, und bitte AG 3 statt AG 2. Danke!
Kenan Avcı
Deutsch-Kurdischer Elternverein e.V."""


@mail("avci-outlook-android-change-group-and-size", "2027-02-22 07:52:18",
      E("change", "kenan.avci@dk-elternverein.example", "Kenan Avcı",
        "Deutsch-Kurdischer Elternverein e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Kenan Avcı", "kenan.avci@dk-elternverein.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdK2x4M6o8Q0s2U4w6Y8a0C2e4G6i8K0m"),
           ("Date", m.date),
           ("Message-ID", "<DB8P191MB1234F6A8C0E2B4D6F8A0C2E4B6D8@DB8P191MB1234.EURP191.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270202193008.7b2e@muenster.example>"),
           ("References", "<mailbot.20270202193008.7b2e@muenster.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    conf = confirmation("Herr Avcı", "AG2", 2)
    hdr = ("Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
           "Gesendet: Dienstag, Februar 2, 2027 7:30:08 PM\n"
           "An: Kenan Avcı <kenan.avci@dk-elternverein.example>\n"
           f"Betreff: {CONFIRMATION_SUBJECT}")
    plain = (f"{AVCI_TEXT}\n\nHolen Sie sich Outlook für Android\n"
             f"________________________________\n{hdr}\n\n{conf}\n")
    html_text = (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
        + "".join(f"<div dir=\"auto\">{esc(line)}</div>\n" for line in AVCI_TEXT.split("\n"))
        + "<div dir=\"auto\"><br></div>\n<div dir=\"auto\">Holen Sie sich Outlook für Android</div>\n"
        "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
        "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
        + "<br>\n".join(f"<b>{esc(k)}:</b>{esc(v)}" for k, v in
                        (line.split(":", 1) for line in hdr.split("\n")))
        + "</font>\n<div>&nbsp;</div>\n</div>\n"
        + f"<div>{plain_html_lines(conf)}</div>\n</body>\n</html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Question in Arabic, Gmail right-to-left HTML with a bullet list: can one
# register on the day itself, will there be Arabic interpretation in "the
# second workgroup"?  No registration.

KHOURY_PLAIN = """مساء الخير،

لدي سؤالان بخصوص يوم منظمات المهاجرين الذاتية في 13 مارس:

   - هل يمكن التسجيل في يوم الفعالية نفسه، أم يجب التسجيل مسبقاً؟
   - هل ستكون هناك ترجمة إلى اللغة العربية في مجموعة العمل الثانية؟

شكراً لكم مقدماً
ياسمين خوري"""

KHOURY_HTML = ('<div dir="rtl"><div dir="rtl">مساء الخير،</div><div dir="rtl"><br></div>'
               '<div dir="rtl">لدي سؤالان بخصوص يوم منظمات المهاجرين الذاتية في 13 مارس:</div>'
               '<div dir="rtl"><ul><li dir="rtl">هل يمكن التسجيل <b>في يوم الفعالية نفسه</b>، أم يجب التسجيل مسبقاً؟</li>'
               '<li dir="rtl">هل ستكون هناك ترجمة إلى اللغة العربية في مجموعة العمل الثانية؟</li></ul></div>'
               '<div dir="rtl">شكراً لكم مقدماً</div><div dir="rtl">ياسمين خوري</div></div>\n')


@mail("khoury-arabic-question-bullets", "2027-02-24 18:40:57",
      E("question", "yasmin.khoury@mail.example", "ياسمين خوري", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Yasmin Khoury <yasmin.khoury@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال حول التسجيل"),
           ("Date", m.date),
           ("Message-ID", "<CAB1cN3vM5xZ7lK9jH1gF3dS5aP7oI9uY1tR3eW5qA7sD9fG1hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KHOURY_PLAIN, KHOURY_HTML, charset="utf-8", cte="base64", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Other: an Outlook meeting request from a city colleague (text/plain,
# text/html and text/calendar; method=REQUEST) for a preparatory meeting with
# the workgroup moderators; names AG 1-3 and "Anmeldungen".

KRAMER_TEXT = """Liebes MSO-Tag-Team,

zur Vorbereitung der Arbeitsgruppen lade ich zu einem kurzen Abstimmungstermin mit den Moderatorinnen und Moderatoren ein:

- AG 1: Frau Dr. Aydemir
- AG 2: Herr Lückemeyer
- AG 3: Frau Nowak

Bitte bringen Sie den aktuellen Stand der Anmeldungen pro AG mit.

Viele Grüße
Judith Kramer
Amt für Stadtentwicklung, Stadtplanung, Verkehrsplanung"""

KRAMER_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Kramer, Judith:mailto:judith.kramer@stadt-muenster.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tag der
 Migrantenselbstorganisationen:mailto:mso-tag@muenster.example
DESCRIPTION;LANGUAGE=de-DE:Liebes MSO-Tag-Team,\\n\\nzur Vorbereitung der Ar
 beitsgruppen lade ich zu einem kurzen Abstimmungstermin mit den Moderatori
 nnen und Moderatoren ein.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5
SUMMARY;LANGUAGE=de-DE:Vorbereitung MSO-Tag 2027 – Moderation der AGs
DTSTART;TZID=W. Europe Standard Time:20270303T100000
DTEND;TZID=W. Europe Standard Time:20270303T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270226T091544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Stadthaus 3\\, Raum 412 / Teams
END:VEVENT
END:VCALENDAR
"""


@mail("kramer-outlook-meeting-request", "2027-02-26 10:15:44", E("other"), "de", tz=0)
def _(m):
    m.head(("From", '"Kramer, Judith" <judith.kramer@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Vorbereitung MSO-Tag 2027 – Moderation der AGs"),
           ("Thread-Topic", "Vorbereitung MSO-Tag 2027 – Moderation der AGs"),
           ("Thread-Index", "AdtuB0cE2g4I6k8M0o2Q4s6U8w0Y2A=="),
           ("Date", m.date),
           ("Message-ID", "<5a7c9e1b3d5f@EXCH01.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    html_text = outlook_head("utf-8") + mso_lines(KRAMER_TEXT) + "\n" + OUTLOOK_TAIL
    parts = [m.text(KRAMER_TEXT, charset="utf-8", cte="quoted-printable"),
             m.text(html_text, subtype="html", charset="utf-8", cte="quoted-printable"),
             m.text(KRAMER_ICS, subtype="calendar", charset="utf-8", cte="base64",
                    params={"method": "REQUEST"})]
    m.multi("alternative", parts, style="outlook")


# -- 042 ---------------------------------------------------------------------
# Gmail with a bullet list "Erstwunsch: AG 1" / "Zweitwunsch: AG 2" in bold
# labels and a link-heavy signature (website, Facebook, Instagram); alone.

BAH_PLAIN = """Hallo zusammen,

ich möchte mich gerne für den MSO-Tag am 13. März anmelden:

   - *Erstwunsch:* AG 1 (Bildungssystem)
   - *Zweitwunsch:* AG 2 (Zukunftsprozess)

Ich komme allein.

Viele Grüße
Mariama Bah

-- 
Mariama Bah | Projektkoordinatorin
Westafrikanischer Kulturverein Münster e.V.
Web <https://www.westafrika-ms.example> | Facebook
<https://facebook.example/westafrika.ms> | Instagram
<https://instagram.example/westafrika_ms>
Tel. 0251 / 98 76 54 32"""

BAH_HTML = """<div dir="ltr"><div>Hallo zusammen,</div><div><br></div><div>ich möchte mich gerne für den MSO-Tag am 13. März anmelden:</div><div><ul><li><b>Erstwunsch:</b> AG 1 (Bildungssystem)</li><li><b>Zweitwunsch:</b> AG 2 (Zukunftsprozess)</li></ul><div>Ich komme allein.</div><div><br></div><div>Viele Grüße</div><div>Mariama Bah</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><div><b>Mariama Bah</b> | Projektkoordinatorin</div><div>Westafrikanischer Kulturverein Münster e.V.</div><div><a href="https://www.westafrika-ms.example">Web</a> | <a href="https://facebook.example/westafrika.ms">Facebook</a> | <a href="https://instagram.example/westafrika_ms">Instagram</a></div><div>Tel. 0251 / 98 76 54 32</div></div></div></div></div>
"""


@mail("bah-gmail-first-second-wish-link-signature", "2027-03-01 13:07:22",
      E("registration", "mariama.bah@westafrika-ms.example", "Mariama Bah",
        "Westafrikanischer Kulturverein Münster e.V.", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mariama Bah <mariama.bah@westafrika-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF0hJ2kL4zX6cV8bN0mQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BAH_PLAIN, BAH_HTML, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252): the association's name has "&" (written
# "&amp;" in the HTML), the workgroup only by its full title in typographic
# quotes; alone.

HADDOU_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“ an. Ich komme allein.

Mit freundlichen Grüßen
Leila Haddou
Frauen & Familie International Münster e.V."""


@mail("haddou-outlook-ampersand-full-title", "2027-03-04 08:33:19",
      E("registration", "leila.haddou@ffi-muenster.example", "Leila Haddou",
        "Frauen & Familie International Münster e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Haddou, Leila" <leila.haddou@ffi-muenster.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Thread-Topic", "Anmeldung Tag der MSO"),
           ("Thread-Index", "AdtwC4eG6i8K0m2O4q6S8u0W2y4A6C=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR02MB4593B8D0F2A4C6E8B0D2F4A6C8E0@AM6PR02MB4593.eurprd02.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_head() + mso_lines(HADDOU_TEXT) + "\n" + OUTLOOK_TAIL, subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation in Turkish from Outlook for iOS, top-posted ("iOS için
# Outlook'u edinin"), Turkish header labels (Kimden/Gönderildi/Kime/Konu)
# above the quoted confirmation (AG 1).

POLAT_TEXT = """Merhaba,

maalesef 13 Mart'ta katılamayacağım, kaydımı iptal edebilir misiniz?

Teşekkürler
Emine Polat"""


@mail("polat-turkish-outlook-ios-cancellation", "2027-03-08 20:26:13",
      E("cancellation", "emine.polat@mail.example", "Emine Polat", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Polat <emine.polat@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "YNT: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbe3Fq2S4u6W8y0A2c4E6g8I0k2M4o6Q8s"),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0733C8E0A2B4D6F8A0C2E4B6D8F0@VI1P190MB0733.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270205120144.3f6d@muenster.example>"),
           ("References", "<mailbot.20270205120144.3f6d@muenster.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Polat", "AG1", 1)
    hdr = ("Kimden: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
           "Gönderildi: Friday, February 5, 2027 12:01:44 PM\n"
           "Kime: Emine Polat <emine.polat@mail.example>\n"
           f"Konu: {CONFIRMATION_SUBJECT}")
    plain = (f"{POLAT_TEXT}\n\niOS için Outlook'u edinin\n"
             f"________________________________\n{hdr}\n\n{conf}\n")
    html_text = (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
        + "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>\n" for line in POLAT_TEXT.split("\n"))
        + "<div dir=\"ltr\"><br></div>\n<div class=\"ms-outlook-ios-signature\" dir=\"ltr\">iOS için Outlook'u edinin</div>\n"
        "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
        "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
        + "<br>\n".join(f"<b>{esc(k)}:</b>{esc(v)}" for k, v in
                        (line.split(":", 1) for line in hdr.split("\n")))
        + "</font>\n<div>&nbsp;</div>\n</div>\n"
        + f"<div>{plain_html_lines(conf)}</div>\n</body>\n</html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="outlook")


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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def flat(s):
    """Text as a reader sees it: HTML tags dropped, entities decoded, spaces
    collapsed (for checking that a label is written in the mail)."""
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def check_labels(name, e, msg, text_lang):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if (not isinstance(wg, list) or len(set(wg)) != len(wg)
            or any(w not in ("AG1", "AG2", "AG3") for w in wg)):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                            or e["party_size"] < 1):
            problems.append("bad party_size for a change")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        for f in ("email", "name", "language"):
            if not e[f]:
                problems.append(f"{f} missing")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in {LANGS}")
        if e["language"] != text_lang:
            problems.append("label language differs from the text language")
        if e["email"] and e["email"] != e["email"].lower():
            problems.append("email not lower-case")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if k == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounced_recipient missing or not lower-case")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if person:
        # the labels must be written in the mail: headers, text parts (HTML
        # read as text), attachments that are text (vCards)
        texts = [f"{h}: {v}" for h, v in msg.items()]
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                texts.append(p.get_content())
        seen = flat("\n".join(texts))
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in heads and e["email"] not in seen.lower():
            problems.append(f"email {e['email']} not in the mail")
        for f in ("name", "organisation"):
            if e[f] and e[f] not in seen:
                problems.append(f"{f} {e[f]!r} not written in the mail")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for h, v in p.items():
            if getattr(v, "defects", None):
                for d in v.defects:
                    problems.append(f"header {h}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
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
        elif g.replace("\r\n", "\n").rstrip("\n") != w.replace("\r\n", "\n").rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    # Outlook's inline-image Content-IDs ("image001.png@01DB6A2F.3C5E1B70") name
    # no host; they are left out of the domain check
    text = re.sub(r"(?i)(cid:|content-id: <?)image\d+\.(png|jpg)@[0-9A-F.]+", " ", text)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        host = dom.lower().rstrip(".")
        if not EXAMPLE_DOMAIN.search(host) and host not in ALLOWED_URL_HOSTS \
                and "www." + host not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(name, expected, msg, text_lang)
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice."""
    problems = []
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, n in senders.items():
        if n > 1:
            problems.append(f"sender {s} appears {n} times")
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind × language of the text:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(13)] + langs))
    for k in KINDS:
        print(f"  {k:13} " + " ".join(f"{table[(k, l)]:>4}" for l in langs))
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (t, cs, cte), k in sorted(encs.items()):
        print(f"  {t:14} {cs:14} {cte:18} {k}")


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

    for (name, m, e, t), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, t):
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
