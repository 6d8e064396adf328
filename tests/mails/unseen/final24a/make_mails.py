#!/usr/bin/env python3
"""Build the "final24a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Rundbrief 1/2027 of the Kommunales Integrationszentrum Münster.
The circular announces the Tag der Migrantenselbstorganisationen (item 3) next
to five other items with their own dates, times, addresses, phone numbers,
deadlines and a numbered agenda.  Its Reply-To is mso-tag@muenster.example, so
most mails here are answers to it: above, below or between the quoted items.

Every mail text below is written by hand.  This script wraps the texts in MIME
with the standard `email` package, writes the files, then reads every file
back with email.policy.default and checks it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind and language

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Standard library only.
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
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
KI = "ki-rundmail@muenster.example"
KI_FROM = f"Kommunales Integrationszentrum Münster <{KI}>"
NETZ = "Netzwerk MSO Münster <mso-netzwerk@muenster.example>"
NL_ID = "<rundbrief-2027-01.4f7a2c91@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "uk", "fa")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the display name RFC 2047-encoded when not ASCII."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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
    return hashlib.sha256(f"final24a/{slug}/{n}".encode()).hexdigest()


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
        non-ASCII values go through the policy (UTF-8 encoded words)."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "muenster.example"
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

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
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
            return f"_00{self._nboundary}_AM0PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:15], 16)}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{int(h[16:29], 16)}"
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


# ---------------------------------------------------------------------------
# the circular (MSO-Rundbrief 1/2027) that most mails answer
# ---------------------------------------------------------------------------

NL_SUBJECT = ("MSO-Rundbrief 1/2027: Förder-Infoabend, Integrationsrat, "
              "Tag der MSO am 13. März und mehr")

NL_HEAD = """MSO-Rundbrief 1/2027
Kommunales Integrationszentrum Münster – Netzwerk der Migrantenselbstorganisationen

Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Kooperationspartnerinnen und Kooperationspartner,

zum Jahresbeginn informieren wir Sie über die folgenden Termine und Angebote:

1. Infoabend „Förderprogramme für Vereine 2027“ (9. Februar)
2. Öffentliche Sitzung des Integrationsrats (24. Februar)
3. Tag der Migrantenselbstorganisationen 2027 (13. März)
4. Workshop „Social Media für Vereine“ (20. Februar)
5. Interkulturelle Woche 2027: Beiträge gesucht
6. Neue Sprechzeiten der Vereinsberatung"""

NL_ITEM = {
    1: """1. Infoabend „Förderprogramme für Vereine 2027“
Dienstag, 9. Februar 2027, 18:00 bis 20:00 Uhr
Stadthaus 1, Klemensstraße 10, 48143 Münster, Raum 312

Wir stellen die kommunale Integrationsförderung und das Landesprogramm
KOMM-AN NRW vor und beantworten Ihre Fragen zur Antragstellung. Anträge
für 2027 können bis zum 31. März 2027 eingereicht werden.
Anmeldung bis 5. Februar bei Herrn Jonas Terhorst, Tel. 0251 492-7063,
foerderung-ki@muenster.example""",
    2: """2. Öffentliche Sitzung des Integrationsrats
Mittwoch, 24. Februar 2027, 17:00 Uhr
Rathaus, Festsaal, Prinzipalmarkt 10, 48143 Münster

Tagesordnung (Auszug):
TOP 1  Eröffnung und Genehmigung der Niederschrift
TOP 2  Bericht der Verwaltung zur Unterbringung Geflüchteter
TOP 3  Haus der Kulturen – Sachstand
TOP 4  Mittel für Migrantenselbstorganisationen im Haushalt 2027
TOP 5  Verschiedenes

Gäste sind herzlich willkommen, eine Anmeldung ist nicht nötig. Fragen
für die Einwohnerfragestunde senden Sie bitte bis zum 17. Februar an
integrationsrat@muenster.example.""",
    3: """3. Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Der MSO-Tag bietet Vereinen und Initiativen Raum für Begegnung, Austausch
und Weiterbildung. Nach dem gemeinsamen Auftakt arbeiten wir am Nachmittag
in drei parallelen Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis zum 6. März 2027: Antworten Sie einfach auf diese E-Mail
(die Antwort geht an mso-tag@muenster.example). Bitte nennen Sie Ihren
Namen, Ihre Organisation, die gewünschte Arbeitsgruppe (gern mit
Zweitwunsch) und die Zahl der Personen. Die Teilnahme ist kostenlos, für
Getränke und einen Imbiss ist gesorgt.""",
    4: """4. Workshop „Social Media für Vereine“
Samstag, 20. Februar 2027, 10:00 bis 14:00 Uhr
Begegnungszentrum Meerwiese, Meerwiese 25, 48157 Münster

Wie erreicht unser Verein junge Leute auf Instagram, Facebook und
WhatsApp? Referentin: Dilara Kurt, Medienpädagogin. Höchstens 15 Plätze,
bitte eine Person pro Verein. Anmeldung bis 12. Februar ebenfalls per
Antwort auf diese Rundmail, bitte mit dem Stichwort „Workshop“.""",
    5: """5. Interkulturelle Woche 2027: Beiträge gesucht
Die Interkulturelle Woche findet vom 26. September bis 3. Oktober 2027
statt. Vereine, die sich mit einer eigenen Veranstaltung beteiligen
möchten, melden sich bitte bis zum 30. April bei Frau Aylin Korkmaz,
Tel. 0251 492-7065.""",
    6: """6. Neue Sprechzeiten der Vereinsberatung
Ab dem 1. Februar beraten wir dienstags von 10 bis 12 Uhr und donnerstags
von 15 bis 17 Uhr im Stadthaus 1, Raum 305, oder nach Vereinbarung
unter Tel. 0251 492-7058.""",
}

NL_FOOT = """Mit freundlichen Grüßen

i. A. Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster
Klemensstraße 10, 48143 Münster
Tel. 0251 492-7058

Sie erhalten diesen Rundbrief als Kontakt im Netzwerk der
Migrantenselbstorganisationen Münster. Wenn Sie ihn nicht mehr erhalten
möchten, antworten Sie bitte mit „Abmelden“."""

NL_TEXT = (NL_HEAD + "\n\n" + "\n\n".join(NL_ITEM[i] for i in range(1, 7))
           + "\n\n" + NL_FOOT)


def nl_html():
    """The HTML part of the circular."""
    def para(block):
        return "<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>"
    out = ['<!DOCTYPE html>',
           '<html lang="de"><head><meta charset="utf-8"><title>MSO-Rundbrief 1/2027</title></head>',
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;">',
           '<table width="640" cellpadding="16" cellspacing="0" role="presentation" align="center">',
           '<tr><td style="background:#00579c;color:#ffffff;"><b style="font-size:20px;">MSO-Rundbrief 1/2027</b><br>',
           'Kommunales Integrationszentrum Münster – Netzwerk der Migrantenselbstorganisationen</td></tr>',
           '<tr><td>']
    head_rest = NL_HEAD.split("\n\n", 1)[1]
    for block in head_rest.split("\n\n"):
        out.append(para(block))
    for i in range(1, 7):
        title, rest = NL_ITEM[i].split("\n", 1)
        out.append(f'<h2 style="font-size:16px;color:#00579c;">{esc(title)}</h2>')
        for block in rest.split("\n\n"):
            out.append(para(block))
    for block in NL_FOOT.split("\n\n"):
        out.append(para(block))
    out += ['</td></tr></table>', '</body></html>', '']
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the confirmation mailbot sends (quoted by changes and cancellations)
# ---------------------------------------------------------------------------

CONF_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Wenn Sie die Arbeitsgruppe wechseln, die Zahl der Personen ändern oder
absagen möchten, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
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
# how the mail clients quote
# ---------------------------------------------------------------------------

def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, style=None):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if style:
        return f"<p class=MsoNormal><b><span style='{style}'>{esc(line)}</span></b><o:p></o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def outlook_html(text, quote=None, charset="windows-1252", labels="de", marked=None):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text).
    Lines of the quoted text that start with `marked` are the writer's inline
    answers and are shown in bold blue, as Outlook users do."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, sent, an, subj, quoted = quote
        lv, ls, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lv}:</b> {esc(von)}<br>\n"
                   f"<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        for line in quoted.split("\n"):
            if marked and line.startswith(marked):
                out.append(mso_p(line, "color:#0070C0"))
            else:
                out.append(mso_p(line))
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    von, sent, an, subj, quoted = quote
    lv, ls, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv}: {von}\n{ls}: {sent}\n{la}: {an}\n"
            f"{lb}: {subj}\n\n{quoted}")


def divs(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "".join(f"<div{d}>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))


def gmail_plain(text, attr, quoted):
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"


def gmail_html(text, attr, quoted, rtl=False):
    d = "rtl" if rtl else "ltr"
    q = "<br>\n".join(esc(l) for l in quoted.split("\n"))
    return (f'<div dir="{d}">{divs(text, rtl)}</div><br>'
            f'<div class="gmail_quote gmail_quote_container"><div dir="{d}" class="gmail_attr">'
            f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


def apple_plain(text, attr, quoted):
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"


def apple_html(text, attr, quoted):
    q = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in quoted.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{divs(text)}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
            f'{q}</blockquote></div></body></html>\n')


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


def reply_nl(m, from_, subject="Re: " + NL_SUBJECT, extra=(), msgid=None, to=TO_MSO):
    """Headers of a reply to the circular."""
    m.head(("From", from_), *([("To", to)] if to else []), *extra,
           ("Subject", subject),
           ("Date", m.date),
           ("Message-ID", msgid),
           ("In-Reply-To", NL_ID),
           ("References", NL_ID),
           ("MIME-Version", "1.0"))


def reply_conf(m, from_, conf_id, subject="Re: " + CONF_SUBJECT, extra=(), msgid=None):
    """Headers of a reply to a confirmation."""
    m.head(("From", from_), ("To", TO_MSO), *extra,
           ("Subject", subject),
           ("Date", m.date),
           ("Message-ID", msgid),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))


TB_ATTR = "Am 28.01.2027 um 09:15 schrieb Kommunales Integrationszentrum Münster:"
GMAIL_DE_ATTR = f"Am Do., 28. Jan. 2027 um 09:15 Uhr schrieb Kommunales Integrationszentrum Münster <{KI}>:"
APPLE_DE_ATTR = f"Am 28.01.2027 um 09:15 schrieb Kommunales Integrationszentrum Münster <{KI}>:"
OUTLOOK_NL = (KI_FROM, "Donnerstag, 28. Januar 2027 09:15", NETZ, NL_SUBJECT, NL_TEXT)


# -- 001 ---------------------------------------------------------------------
# The circular itself (other): the mso-tag mailbox is on the network list, so a
# copy arrives.  It invites registration ("Anmeldung", AG 1-3, deadlines) but
# registers no one.  multipart/alternative, UTF-8 quoted-printable.

@mail("rundbrief-copy-on-list", "2027-01-28 09:15:02", E("other"), "de")
def _(m):
    m.head(("From", KI_FROM),
           ("Reply-To", TO_MSO),
           ("To", NETZ),
           ("Subject", NL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", NL_ID),
           ("List-Id", "Netzwerk MSO Muenster <mso-netzwerk.muenster.example>"),
           ("List-Unsubscribe", "<mailto:mso-netzwerk-leave@muenster.example>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"),
           envelope="mso-netzwerk-bounces@muenster.example")
    m.alternative(NL_TEXT, nl_html(), charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office answering the circular (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress); it has its own dates, a phone number and an address.

ESCH_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 5. Februar 2027, nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Sabine Weßling, Tel. 0251 53009-214, s.wessling@caritas-ms.example.

Mit freundlichen Grüßen
Reinhard Esch
Migrationsdienst"""


@mail("esch-exchange-out-of-office", "2027-01-28 09:15:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Esch, Reinhard <r.esch@caritas-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + NL_SUBJECT),
           ("Thread-Topic", NL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b7f3e1c9a2d4e58b6f10c2a7d9e4b31@EX01.caritas-ms.example>"),
           ("In-Reply-To", NL_ID),
           ("References", NL_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.esch@caritas-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                 + "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in ESCH_OOO.split("\n\n"))
                 + "</div></body></html>\n")
    m.alternative(ESCH_OOO, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Thunderbird, top-posted above the whole quoted circular; AG 3 for herself and
# a named colleague -> 2.  The quote carries every other date and number.

@mail("markovic-thunderbird-top-post", "2027-01-28 10:02:37",
      E("registration", "l.markovic@bhkv-muenster.example", "Ljiljana Marković",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    reply_nl(m, "Ljiljana Marković <l.markovic@bhkv-muenster.example>",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                   "Gecko/20100101 Thunderbird/128.6.0"),
                    ("Content-Language", "de-DE")],
             msgid="<6f2d0a4e-1b93-4c7e-a8d5-3e9f71c2b6a0@bhkv-muenster.example>")
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für den Rundbrief! Für den Tag der Migrantenselbstorganisationen am
13. März melde ich mich gerne an, und zwar für die AG 3. Meine Kollegin
Amra Hodžić kommt auch mit, sie möchte ebenfalls in die AG 3.

Herzliche Grüße
Ljiljana Marković

-- 
Bosnisch-Herzegowinischer Kulturverein Münster e.V.
Schriftführerin
Tel. 0251 98 76 214

{TB_ATTR}
{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Registration for item 1 only (the Förder-Infoabend, 2 persons), sent as a
# reply to the circular: other.  "Förderprogramme" resembles the AG 3 aliases.
# Outlook multipart/alternative, windows-1252 quoted-printable.

HOANG_TEXT = """Sehr geehrter Herr Terhorst,
sehr geehrte Damen und Herren,

zum Infoabend „Förderprogramme für Vereine 2027“ am 9. Februar melden wir uns mit zwei Personen an: unsere Kassiererin Frau Mai Tran und ich.

Wir möchten im Frühjahr einen Antrag für unser Sprachcafé stellen und würden dazu am Abend gern kurz mit Ihnen sprechen.

Mit freundlichen Grüßen

Peter Hoang
Vorsitzender
Deutsch-Vietnamesischer Freundeskreis Münster e.V.
Tel. 0251 61 82 340"""


@mail("hoang-infoabend-only", "2027-01-28 11:37:12", E("other"), "de")
def _(m):
    reply_nl(m, '"Hoang, Peter" <p.hoang@dvf-muenster.example>', subject="AW: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbcU2k7wq1Zf8sT0yA3vB6nLr5Cw=="),
                    ("Accept-Language", "de-DE, en-US"),
                    ("Content-Language", "de-DE")],
             msgid="<AM0PR04MB6211C3E5A9F0D2B47E81@AM0PR04MB6211.eurprd04.prod.outlook.example>")
    m.alternative(outlook_plain(HOANG_TEXT, OUTLOOK_NL),
                  outlook_html(HOANG_TEXT, OUTLOOK_NL), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Turkish above the quoted circular (Gmail, Turkish interface).  "3. madde" is
# item 3 of the circular, "2. çalışma grubu" is AG 2; "toplam 4 kişi" = 4.
# UTF-8 base64.

KOC_TEXT = """Merhaba Meza Correa-Flock Hanım,

Rundbrief için çok teşekkürler. 3. maddedeki Tag der Migrantenselbstorganisationen'e (13 Mart) derneğimiz adına kayıt olmak istiyoruz. 2. çalışma grubuna (Münsters Zukunftsprozess) katılmak istiyoruz, toplam 4 kişi geleceğiz.

Selamlar,
Hatice Koç
Münster Türk Kadınlar Derneği e.V.
0176 2210 4478"""

KOC_ATTR = f"Kommunales Integrationszentrum Münster <{KI}>, 28 Oca 2027 Per, 09:15 tarihinde şunu yazdı:"


@mail("koc-turkish-gmail-item3-ag2", "2027-01-28 20:14:55",
      E("registration", "hatice.koc@tkd-muenster.example", "Hatice Koç",
        "Münster Türk Kadınlar Derneği e.V.", ["AG2"], 4, "tr"), "tr")
def _(m):
    reply_nl(m, "Hatice Koç <hatice.koc@tkd-muenster.example>",
             msgid="<CAHk7s0Yq2dR9wLx4nVb1mZf3Tj8pEo6uK5cA0iG2hN7rB9xWsQ@mail.gmail.example>")
    m.alternative(gmail_plain(KOC_TEXT, KOC_ATTR, NL_TEXT),
                  gmail_html(KOC_TEXT, KOC_ATTR, NL_TEXT),
                  charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Answers written between the quoted items (Thunderbird, plain).  Under item 3:
# AG 1, else AG 3, two persons.  Under items 1 and 4 other answers; the quote is
# trimmed after item 4.  UTF-8 quoted-printable.

@mail("mutombo-inline-between-items", "2027-01-29 08:51:20",
      E("registration", "c.mutombo@kongo-kulturverein.example", "Célestin Mutombo",
        "Kongolesischer Kulturverein Münster e.V.", ["AG1", "AG3"], 2, "de"), "de")
def _(m):
    reply_nl(m, "Célestin Mutombo <c.mutombo@kongo-kulturverein.example>",
             extra=[("User-Agent", "Mozilla Thunderbird")],
             msgid="<a81c5f27-3d0e-4b96-9f42-e7d1b08c65a3@kongo-kulturverein.example>")
    m.single(f"""Hallo Frau Meza Correa-Flock,

meine Antworten stehen unten zwischen Ihren Punkten.

{TB_ATTR}
{gt_quote(NL_HEAD)}
>
{gt_quote(NL_ITEM[1])}

Da können wir leider nicht, dienstags ist immer unsere Chorprobe.

{gt_quote(NL_ITEM[2])}
>
{gt_quote(NL_ITEM[3])}

Wir sind dabei! Wir kommen zu zweit, mein Stellvertreter Patrick Ilunga
und ich. Am liebsten AG 1, wenn die voll ist, dann AG 3.

{gt_quote(NL_ITEM[4])}

Das wäre gut für unsere Jugendgruppe, ich gebe es an Grace weiter.

Viele Grüße
Célestin Mutombo
Kongolesischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Arabic above the quoted circular (Gmail, Arabic interface, right-to-left HTML).
# "البند 3" = item 3; "مجموعة العمل الأولى" = the first workgroup (AG 1);
# "ثلاثة أشخاص" = three persons.  Arabic signature, Latin display name.

ALHUSSEIN_TEXT = """السلام عليكم،

شكراً جزيلاً على الرسالة. نرغب في التسجيل في يوم منظمات المهاجرين الذاتية (البند 3) يوم السبت 13 آذار 2027.
نود المشاركة في مجموعة العمل الأولى حول التعليم والمدرسة.
سنحضر ثلاثة أشخاص من جمعيتنا.

مع التحية،
نور الحسين
Syrisch-Arabischer Familienverein Münster e.V."""

ALHUSSEIN_ATTR = f"في الخميس، 28 يناير 2027 في 9:15 ص، كتب Kommunales Integrationszentrum Münster <{KI}>:"


@mail("alhussein-arabic-gmail-rtl", "2027-01-29 13:26:03",
      E("registration", "nour.alhussein@safv-muenster.example", "نور الحسين",
        "Syrisch-Arabischer Familienverein Münster e.V.", ["AG1"], 3, "ar"), "ar")
def _(m):
    reply_nl(m, "Nour Al-Hussein <nour.alhussein@safv-muenster.example>",
             msgid="<CAPz3n8Lw1cQ7fYt0rMa5kJd9Xv2hGs6oE4bN1uR8iTq3WmD0yA@mail.gmail.example>")
    m.alternative(gmail_plain(ALHUSSEIN_TEXT, ALHUSSEIN_ATTR, NL_TEXT),
                  gmail_html(ALHUSSEIN_TEXT, ALHUSSEIN_ATTR, NL_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Question only (she will register later); her numbered questions "1." and
# "2." are not workgroups, "6" is an age.  web.de style header block with '>'.

@mail("sari-question-afternoon-childcare", "2027-01-29 17:03:48",
      E("question", "emine.sari@elternnetz-coerde.example", "Emine Sarı",
        "Elternnetzwerk Coerde", [], None, "de"), "de")
def _(m):
    reply_nl(m, "Emine Sarı <emine.sari@elternnetz-coerde.example>",
             msgid="<trinity-2c7e4b19-8f0a-4d63-b5e1-90a3c6d8f2e4-1769702628117@3c-app-webde-bap41>")
    m.single(f"""Guten Tag,

zum MSO-Tag hätte ich zwei Fragen, bevor ich mich anmelde:

1. Kann man auch nur am Nachmittag zu den Arbeitsgruppen kommen? Samstags
arbeite ich vormittags bis 12 Uhr.
2. Gibt es eine Kinderbetreuung? Meine Tochter ist 6.

Danke und viele Grüße
Emine Sarı
Elternnetzwerk Coerde


Gesendet: Donnerstag, 28. Januar 2027 um 09:15 Uhr
Von: "Kommunales Integrationszentrum Münster" <{KI}>
An: "Netzwerk MSO Münster" <mso-netzwerk@muenster.example>
Betreff: {NL_SUBJECT}
{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP), quoted circular below a Von:/Gesendet:
# block.  Two named persons, AG by title only ("Münsters Zukunftsprozess");
# declines item 1; long signature with address, mobile number and disclaimer.

CHARALAMBOUS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für den Rundbrief. Hiermit melden wir uns verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an:

- Dr. Eleni Charalambous (Vorsitzende)
- Nikos Papadakis (Beisitzer)

Wir möchten beide an der Arbeitsgruppe „Münsters Zukunftsprozess“ teilnehmen.

Zum Infoabend am 9. Februar schaffen wir es leider nicht.

Mit freundlichen Grüßen

Dr. Eleni Charalambous
Vorsitzende
Deutsch-Griechischer Elternverein Münster e.V.
Von-Esmarch-Straße 27 · 48149 Münster
Mobil: 0171 / 4 56 78 90

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("charalambous-outlook-html-only", "2027-02-01 09:12:26",
      E("registration", "e.charalambous@dgev-muenster.example", "Eleni Charalambous",
        "Deutsch-Griechischer Elternverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    reply_nl(m, '"Charalambous, Eleni" <e.charalambous@dgev-muenster.example>',
             subject="AW: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbcXp3Wm0c8kG5R2y9qTn4dEaL1g=="),
                    ("Accept-Language", "de-DE"),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", "")],
             msgid="<DB9PR02MB7340E8A1F5C6D29B04A3@DB9PR02MB7340.eurprd02.prod.outlook.example>")
    m.single(outlook_html(CHARALAMBOUS_TEXT, OUTLOOK_NL), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ukrainian from an iPhone above the quoted circular; "Робоча група 1" = AG 1,
# "Буду сама" = alone.  Cyrillic signature and organisation, Latin display name.

@mail("shevchuk-ukrainian-iphone", "2027-02-01 21:48:09",
      E("registration", "olena.shevchuk@mail.example", "Олена Шевчук",
        "Українська громада Мюнстера", ["AG1"], 1, "uk"), "uk")
def _(m):
    reply_nl(m, "Olena Shevchuk <olena.shevchuk@mail.example>",
             extra=[("X-Mailer", "iPhone Mail (22D82)")],
             msgid="<7C1E9A42-5D3B-4F80-A6E2-1B8D04C7F953@mail.example>")
    m.single(f"""Добрий день!

Хочу зареєструватися на День організацій мігрантів 13 березня. Робоча група 1 (освіта). Буду сама.

З повагою,
Олена Шевчук
Українська громада Мюнстера

Надіслано з iPhone

28 січ. 2027 р. о 09:15 Kommunales Integrationszentrum Münster <{KI}> написав(-ла):

{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# English sign-up for item 4 only (the social-media workshop): other.  The
# subject starts with the keyword "Workshop" as the circular asks.

ASANTE_TEXT = """Hello,

I would like to sign up for the workshop "Social Media für Vereine" on 20 February (item 4). I look after the Facebook and Instagram pages of the Ghanaian Union Münster, so this would be really useful for us.

Thanks a lot,
Kwame Asante"""


@mail("asante-english-workshop-only", "2027-02-02 12:05:44", E("other"), "en")
def _(m):
    reply_nl(m, "Kwame Asante <kwame.asante@mail.example>",
             subject="Workshop - Re: " + NL_SUBJECT,
             msgid="<CAM2xP9fKq4Vn7Ld1oHs3Yr8Tb0cWj5gEu6Na2iZ1mQ8kRt4pXg@mail.gmail.example>")
    m.alternative(gmail_plain(ASANTE_TEXT, GMAIL_DE_ATTR, NL_TEXT),
                  gmail_html(ASANTE_TEXT, GMAIL_DE_ATTR, NL_TEXT),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Bottom-posted under a quote trimmed to item 3 (KMail); first choice AG 2,
# second AG 1, alone.  iso-8859-15, 8bit.

@mail("grigoryan-kmail-bottom-post", "2027-02-02 19:30:17",
      E("registration", "vahe.grigoryan@armenische-gemeinde.example", "Vahe Grigoryan",
        "Armenische Gemeinde Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    reply_nl(m, "Vahe Grigoryan <vahe.grigoryan@armenische-gemeinde.example>",
             subject="Re: MSO-Rundbrief 1/2027",
             extra=[("User-Agent", "KMail/6.2.3 (Linux/6.8.0-51-generic; KDE/6.9.0)")],
             msgid="<3318452.aeNJFYEL58@vahe-laptop>")
    m.single(f"""Am Donnerstag, 28. Januar 2027, 09:15:02 CET schrieb Kommunales Integrationszentrum Münster:
{gt_quote(NL_ITEM[3])}

Hallo,

hiermit melde ich mich an. Erstwunsch AG 2, Zweitwunsch AG 1. Ich komme
allein.

Gruß
Vahe Grigoryan
Armenische Gemeinde Münster e.V.
""", charset="iso-8859-15", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# English question; she would register "with two friends" only after an
# answer, so it is a question.  No association yet (organisation null).

ODHIAMBO_TEXT = """Dear Ms Meza Correa-Flock,

thank you for the newsletter, a friend passed it on to me. I have two questions about the MSO Day on 13 March:

Is it also open to people who are not (yet) part of an association? We are a small group of Kenyan students in Münster and are thinking about founding one.

And will the workgroups be in German only, or will there be some support in English?

If it is possible, I would register together with two friends.

Best wishes,
Amani Odhiambo"""


@mail("odhiambo-english-question", "2027-02-03 10:44:31",
      E("question", "amani.odhiambo@mail.example", "Amani Odhiambo", None,
        [], None, "en"), "en")
def _(m):
    reply_nl(m, "Amani Odhiambo <amani.odhiambo@mail.example>",
             msgid="<CAGr5kT2vN8mQ0hLb7Yx3sWd1Fc9pJo4eU6aZ2iR0nK5tH8yMvw@mail.gmail.example>")
    attr = f"On Thu, 28 Jan 2027 at 09:15, Kommunales Integrationszentrum Münster <{KI}> wrote:"
    m.alternative(gmail_plain(ODHIAMBO_TEXT, attr, NL_TEXT),
                  gmail_html(ODHIAMBO_TEXT, attr, NL_TEXT),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Farsi (Gmail, Persian interface; the attribution line has Persian digits).
# "گروه کاری ۱" = workgroup 1 with a Persian digit; "دو نفر" = two persons.
# Persian signature, Latin display name, German organisation name.

RAHIMI_TEXT = """سلام و وقت بخیر،

از خبرنامه‌تان ممنونم. می‌خواهم برای روز سازمان‌های مهاجران (Tag der Migrantenselbstorganisationen) در ۱۳ مارس ثبت‌نام کنم.
گروه کاری ۱ (آموزش و مدرسه) را انتخاب می‌کنم. با همسرم می‌آیم، یعنی دو نفر.

با سپاس،
مهسا رحیمی
Deutsch-Iranischer Kulturverein Münster e.V."""

RAHIMI_ATTR = f"در تاریخ پنجشنبه ۲۸ ژانویه ۲۰۲۷ ساعت ۹:۱۵ Kommunales Integrationszentrum Münster <{KI}> نوشت:"


@mail("rahimi-farsi-persian-digit", "2027-02-03 22:10:52",
      E("registration", "mahsa.rahimi@mail.example", "مهسا رحیمی",
        "Deutsch-Iranischer Kulturverein Münster e.V.", ["AG1"], 2, "fa"), "fa")
def _(m):
    reply_nl(m, "Mahsa Rahimi <mahsa.rahimi@mail.example>",
             msgid="<CAEw1dQ6rF3mK9tLp0Zb8Vn2Yc5sHj7gOu4aX1iT6kN3qW9eRsg@mail.gmail.example>")
    m.alternative(gmail_plain(RAHIMI_TEXT, RAHIMI_ATTR, NL_TEXT),
                  gmail_html(RAHIMI_TEXT, RAHIMI_ATTR, NL_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Two sign-ups in one mail: "zu 1." Infoabend alone, "zu 3." MSO-Tag three
# persons, AG 3.  The MSO-Tag part decides: AG 3, 3.  Apple Mail alternative.

FARAH_TEXT = """Liebe Frau Meza Correa-Flock,

gleich zwei Anmeldungen von uns:

zu 1. Infoabend am 9.2.: da komme ich alleine.
zu 3. MSO-Tag am 13.3.: wir kommen zu dritt und möchten in die AG 3 (Förderung / Vereinsmanagement).

Liebe Grüße
Hodan Farah
Somalischer Frauenverein Münster e.V."""


@mail("farah-two-items-apple", "2027-02-04 07:58:14",
      E("registration", "hodan.farah@somali-frauen-ms.example", "Hodan Farah",
        "Somalischer Frauenverein Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    reply_nl(m, "Hodan Farah <hodan.farah@somali-frauen-ms.example>",
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
             msgid="<B2E47D19-8C0A-4F6E-9D31-5A7C2E0B4F86@somali-frauen-ms.example>")
    m.alternative(apple_plain(FARAH_TEXT, APPLE_DE_ATTR, NL_TEXT),
                  apple_html(FARAH_TEXT, APPLE_DE_ATTR, NL_TEXT),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# Turkish and German out-of-office to a confirmation (Auto-Submitted and
# X-Autoreply), windows-1254 8bit; it has a date, an address and a phone number.

@mail("aydemir-ooo-turkish-german", "2027-02-05 11:20:06", E("auto_reply"), "tr")
def _(m):
    conf_id = "<mailbot.20270205111958.6b0e@muenster.example>"
    m.head(("From", "Serkan Aydemir <s.aydemir@dtj-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Otomatik yanıt / Automatische Antwort: " + CONF_SUBJECT,
                          "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270205112006.41c2@dtj-muenster.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

15 Şubat 2027'ye kadar izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda lütfen info@dtj-muenster.example adresine yazın veya 0251 1 23 45 67 numarasını arayın.

Guten Tag,

ich bin bis zum 15. Februar 2027 im Urlaub und lese meine E-Mails nicht. In dringenden Fällen schreiben Sie bitte an info@dtj-muenster.example oder rufen Sie 0251 1 23 45 67 an.

Serkan Aydemir
Deutsch-Türkischer Jugendverein Münster
""", charset="windows-1254", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# New mail (no quote) in learner German: "Arbeitgruppe 2", "2 Person";
# organisation only in a sentence ("Ich bin von ...").  iso-8859-1, 8bit.

@mail("haidari-learner-german-new-mail", "2027-02-05 16:33:40",
      E("registration", "a.haidari@gmx.example", "Abdulrahman Haidari",
        "Afghanischer Kulturverein Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Abdulrahman Haidari <a.haidari@gmx.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-e4a19c07-3b5d-4f28-9e61-c0d7b2a8f514-1770305620331@3c-app-gmx-bs55>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe die Rundbrief bekommen und ich möchte anmelden für Tag der Migrantenselbstorganisationen am 13 März. Ich möchte in Arbeitgruppe 2 (Zukunft von Münster). Wir sind 2 Person, ich und mein Freund Hamid.

Ich bin von Afghanischer Kulturverein Münster.

Vielen Dank
Mit freundlichen Grüßen
Abdulrahman Haidari
""", charset="iso-8859-1", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# English, Outlook multipart/alternative with English header labels above the
# German circular; "workgroup 3 ... second choice workgroup 1", two persons.

NGUM_TEXT = """Dear Ms Meza Correa-Flock,

Thank you for the newsletter. I would like to register two people from our association for the MSO Day on 13 March: myself and our treasurer, Mr Emmanuel Tabi.

We would both like to join workgroup 3 (funding and association management); our second choice would be workgroup 1.

Kind regards,
Brenda Ngum
Secretary General
Cameroonian Students and Workers Association Münster (CASWA)"""

OUTLOOK_NL_EN = (KI_FROM, "Thursday, January 28, 2027 9:15 AM", NETZ, NL_SUBJECT, NL_TEXT)


@mail("ngum-english-outlook", "2027-02-06 10:15:22",
      E("registration", "brenda.ngum@caswa-muenster.example", "Brenda Ngum",
        "Cameroonian Students and Workers Association Münster (CASWA)", ["AG3", "AG1"], 2, "en"),
      "en")
def _(m):
    reply_nl(m, '"Ngum, Brenda" <brenda.ngum@caswa-muenster.example>', subject="RE: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbeB0nT4k2VgH8cR3m5yXq0sL7Pw=="),
                    ("Accept-Language", "en-GB, de-DE"),
                    ("Content-Language", "en-GB")],
             msgid="<PAXPR09MB5528A7D3E1F04C96B2E5@PAXPR09MB5528.eurprd09.prod.outlook.example>")
    m.alternative(outlook_plain(NGUM_TEXT, OUTLOOK_NL_EN, labels="en"),
                  outlook_html(NGUM_TEXT, OUTLOOK_NL_EN, charset="utf-8", labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Change AG 1 -> AG 2, asked as a question ("Geht das noch?"); Gmail reply to
# the confirmation, which names AG 1 and 1 person.

YILDIZ_TEXT = """Hallo,

ich hatte mich für die AG 1 angemeldet, würde aber doch lieber in die AG 2 gehen, weil unsere Jugendlichen gerade beim Zukunftsprozess mitmachen. Geht das noch?

Viele Grüße
Fatma Yıldız
Alevitische Jugend Münster"""

YILDIZ_ATTR = f"Am Mo., 1. Feb. 2027 um 18:22 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("yildiz-change-ag1-to-ag2", "2027-02-08 09:40:57",
      E("change", "fatma.yildiz@alevi-jugend-ms.example", "Fatma Yıldız",
        "Alevitische Jugend Münster", ["AG2"], None, "de"), "de")
def _(m):
    reply_conf(m, "Fatma Yıldız <fatma.yildiz@alevi-jugend-ms.example>",
               "<mailbot.20270201182205.9d1f@muenster.example>",
               msgid="<CAJq8rW3mT6nB1xLd9Ys4Vf0Gc7kHp2oEa5uN8iZ3sR6wQ1tKjA@mail.gmail.example>")
    conf = confirmation("Frau Yıldız", "AG1", 1)
    m.alternative(gmail_plain(YILDIZ_TEXT, YILDIZ_ATTR, conf),
                  gmail_html(YILDIZ_TEXT, YILDIZ_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Outlook, answers typed into the quoted circular and marked ">>>" (bold blue
# in the HTML).  Under item 2 "TOP 4", under item 3 the registration (two
# persons, AG 3, else AG 2), under item 5 another answer.  windows-1252 QP.

NOWICKI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

unsere Rückmeldungen habe ich unten direkt in Ihren Rundbrief geschrieben (mit >>> markiert).

Mit freundlichen Grüßen
Bogdan Nowicki
Polnischer Kulturverein Mazury Münster e.V."""

NOWICKI_QUOTED = (NL_HEAD + "\n\n" + NL_ITEM[1] + "\n\n" + NL_ITEM[2]
                  + "\n\n>>> Zur Sitzung kommen wir, TOP 4 ist für uns sehr wichtig.\n\n"
                  + NL_ITEM[3]
                  + "\n\n>>> ANMELDUNG: Bogdan Nowicki und Ewa Nowicka, beide AG 3, falls voll AG 2.\n\n"
                  + NL_ITEM[4] + "\n\n" + NL_ITEM[5]
                  + "\n\n>>> Wir sind wieder mit unserem Polnischen Abend dabei, ich rufe Frau Korkmaz an.\n\n"
                  + NL_ITEM[6] + "\n\n" + NL_FOOT)


@mail("nowicki-outlook-inline-marked", "2027-02-08 14:02:33",
      E("registration", "b.nowicki@mazury-muenster.example", "Bogdan Nowicki",
        "Polnischer Kulturverein Mazury Münster e.V.", ["AG3", "AG2"], 2, "de"), "de")
def _(m):
    quote = (KI_FROM, "Donnerstag, 28. Januar 2027 09:15", NETZ, NL_SUBJECT, NOWICKI_QUOTED)
    reply_nl(m, "Bogdan Nowicki <b.nowicki@mazury-muenster.example>", subject="AW: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbeN5d0Kq3Rj7mW2p9sYx4cVb1Tg=="),
                    ("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Content-Language", "de")],
             msgid="<001201db7a1c$5e3f8a20$1a7e9e60$@mazury-muenster.example>")
    m.alternative(outlook_plain(NOWICKI_TEXT, quote),
                  outlook_html(NOWICKI_TEXT, quote, marked=">>>"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Arabic new mail in windows-1256 quoted-printable (no quote); "مجموعة العمل
# الثانية" = AG 2, "أنا وزميلتي" = my colleague and I -> 2; a phone number.
# Latin signature, organisation only in Arabic.

@mail("alahmad-arabic-windows-1256", "2027-02-09 11:25:18",
      E("registration", "samar.alahmad@mail.example", "Samar Alahmad",
        "جمعية المرأة العربية في مونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Samar Alahmad <samar.alahmad@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 13.03.2027", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000b01db7ad2$71c4e0a0$5549a1e0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

وصلتني رسالتكم الدورية (Rundbrief) من خلال جمعيتنا. أرغب بالتسجيل في يوم منظمات المهاجرين يوم 13 آذار.
أنا وزميلتي نرغب بالمشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر – Zukunftsprozess).
رقم هاتفي للتواصل: 0157 3921 4406

مع الشكر،
Samar Alahmad
جمعية المرأة العربية في مونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Turkish question about item 2 (the Integrationsrat session, "TOP 4", the
# 17 February deadline) sent as a reply without the quote; no one registers.
# iso-8859-9 quoted-printable.

@mail("demir-turkish-question-integrationsrat", "2027-02-10 18:40:29",
      E("question", "murat.demir@dtkv-muenster.example", "Murat Demir",
        "Deutsch-Türkischer Kulturverein Münster", [], None, "tr"), "tr")
def _(m):
    reply_nl(m, "Murat Demir <murat.demir@dtkv-muenster.example>",
             subject="YNT: MSO-Rundbrief 1/2027",
             msgid="<000c01db7bb7$2a90f5d0$7fb4e170$@dtkv-muenster.example>")
    m.single("""Merhaba,

Rundbrief'teki 2. madde ile ilgili bir sorum var: 24 Şubat'taki Integrationsrat oturumunda TOP 4 (Haushalt 2027'de MSO'lar için ödenek) konuşulacak. Derneğimiz adına Einwohnerfragestunde'de bir soru sormak istiyoruz.

Soruyu Türkçe gönderebilir miyiz, yoksa Almanca mı olmalı? Ve soruyu 17 Şubat'a kadar size mi, yoksa integrationsrat@muenster.example adresine mi göndermeliyiz?

Teşekkürler,
Murat Demir
Deutsch-Türkischer Kulturverein Münster
""", charset="iso-8859-9", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# iPhone "reply all" (the network list in Cc): he comes on 13.3. and leaves
# the workgroup to the organisers ("egal") -> no choice.  Signed with his first
# name only; the display name gives the full name.

@mail("celik-iphone-no-workgroup-reply-all", "2027-02-11 07:12:45",
      E("registration", "ahmet.celik@mail.example", "Ahmet Çelik", None, [], 1, "de"), "de")
def _(m):
    reply_nl(m, "Ahmet Çelik <ahmet.celik@mail.example>",
             extra=[("Cc", NETZ), ("X-Mailer", "iPhone Mail (22D82)")],
             msgid="<F0A3C8E1-2B7D-4965-8E4A-D1C5B9F27063@mail.example>")
    m.single(f"""Am 13.3. bin ich dabei! Welche AG ist mir eigentlich egal, teilen Sie mich einfach ein.

Gruß Ahmet

Von meinem iPhone gesendet

> Am 28.01.2027 um 09:15 schrieb Kommunales Integrationszentrum Münster <{KI}>:
>
{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Ukrainian new mail in windows-1251 (so "Foerderung", "Muenster"); "Нас буде
# троє" = 3; group 3, if full group 1.  Cyrillic display name (B-encoded in
# windows-1251) and signature.

@mail("bondar-ukrainian-windows-1251", "2027-02-12 20:05:11",
      E("registration", "iryna.bondar@nadija-verein.example", "Ірина Бондар",
        "Ukrainischer Verein Nadija Muenster e.V.", ["AG3", "AG1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Ірина Бондар", "iryna.bondar@nadija-verein.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація на MSO-Tag 13.03.2027", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770923111.504218.3377@nadija-verein.example>"),
           ("X-Mailer", "The Bat! (v11.2.1) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Зареєструйте, будь ласка, нашу організацію на День організацій мігрантів 13 березня 2027 р.
Нас буде троє.
Хочемо до робочої групи 3 (Foerderung / Vereinsmanagement), якщо там не буде місць – тоді група 1.

З повагою,
Ірина Бондар
голова правління
Ukrainischer Verein Nadija Muenster e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Postfix bounce of a confirmation: the remote server rejects the mailbox
# (550 5.1.1).  The returned confirmation names AG 2 and 1 person.

@mail("postfix-bounce-user-unknown", "2027-02-13 10:03:27",
      E("bounce", bounced="mehari.tesfay@eritrea-ms.example"), "en")
def _(m):
    rcpt = "mehari.tesfay@eritrea-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270213090327.5C2E81A04F@mail.muenster.example>"),
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

<{rcpt}>: host mx.eritrea-ms.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "5C2E81A04F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat, 13 Feb 2027 10:03:24 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.eritrea-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Mehari Tesfay <{rcpt}>", "Herr Tesfay", "AG2", 1,
        "Sat, 13 Feb 2027 10:03:24 +0100", "<mailbot.20270213100324.77aa@muenster.example>",
        "<6a0f2d91-c3e8-4b57-90d4-e21b7f8a5c36@eritrea-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# She forwards the circular as her chairman forwarded it to the members.  In
# the forwarded part the chairman suggests AG 3; her own choice is AG 1, alone.
# Thunderbird inline forward, UTF-8 quoted-printable.

@mail("bouzid-forward-chain-chair-suggests-ag3", "2027-02-15 08:47:03",
      E("registration", "nadia.bouzid@mail.example", "Nadia Bouzid",
        "Marokkanischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadia Bouzid <nadia.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: WG: " + NL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<d4b6e0a2-7c19-4f3e-8a25-91f0c3e7b648@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

unser Vorsitzender hat uns Ihren Rundbrief weitergeleitet. Ich möchte mich gern für den MSO-Tag anmelden, und zwar für die AG 1 (Bildung), weil ich als Lehrerin arbeite. Ich komme allein.

Viele Grüße
Nadia Bouzid
Marokkanischer Kulturverein Münster e.V.


-------- Weitergeleitete Nachricht --------
Betreff: \tWG: {NL_SUBJECT}
Datum: \tThu, 28 Jan 2027 12:40:11 +0100
Von: \tYoussef El Amrani <vorstand@mkv-muenster.example>
An: \tmitglieder@mkv-muenster.example



Liebe Mitglieder,

bitte schaut euch den Rundbrief an. Beim MSO-Tag wäre es toll, wenn zwei oder drei von uns hingehen, am besten in die AG 3 wegen unserer Fördermittel. Meldet euch direkt dort an!

Youssef

Von: {KI_FROM}
Gesendet: Donnerstag, 28. Januar 2027 09:15
An: {NETZ}
Betreff: {NL_SUBJECT}

{NL_TEXT}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Turkish change of party size only (2 -> 3), workgroup unchanged ("aynı
# kalsın", no number given); Thunderbird, Turkish attribution, windows-1254 QP.

@mail("aslan-turkish-change-party-size", "2027-02-16 14:20:38",
      E("change", "k.aslan@tko-muenster.example", "Kübra Aslan",
        "Türk Kültür Ocağı Münster e.V.", [], 3, "tr"), "tr")
def _(m):
    reply_conf(m, "Kübra Aslan <k.aslan@tko-muenster.example>",
               "<mailbot.20270208140512.3c7d@muenster.example>",
               extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "tr")],
               msgid="<5e9a1c37-0d4b-4f82-b6e3-a7c21f9d0e58@tko-muenster.example>")
    m.single(f"""Merhaba,

kaydımızı 2 kişi olarak yapmıştık. Bir arkadaşımız daha gelmek istiyor, yani toplam 3 kişi olacağız. Çalışma grubu aynı kalsın.

Teşekkürler,
Kübra Aslan
Türk Kültür Ocağı Münster e.V.

8.02.2027 14:05 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Frau Aslan", "AG3", 2))}
""", charset="windows-1254", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# She registers the association's youth officer, does not come herself, and asks
# to confirm to his address.  Outlook alternative, windows-1252 QP.

QASIM_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für den MSO-Tag am 13. März möchte ich unseren Jugendreferenten Herrn Dilshad Murad anmelden. Er interessiert sich für die AG 1 (Bildungssystem). Ich selbst bin an dem Wochenende leider verreist.

Bitte schicken Sie die Bestätigung direkt an ihn: dilshad.murad@ezidisches-forum.example

Freundliche Grüße
Roza Qasim
Vorstand
Ezidisches Forum Münster e.V."""


@mail("qasim-registers-youth-officer", "2027-02-17 11:02:50",
      E("registration", "dilshad.murad@ezidisches-forum.example", "Dilshad Murad",
        "Ezidisches Forum Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    reply_nl(m, "Roza Qasim <roza.qasim@ezidisches-forum.example>", subject="AW: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbgS4fLm8pYz2dK6wR0tVj3Nc9Hg=="),
                    ("Content-Language", "de-DE")],
             msgid="<FR4P281MB3472B90C1D7E5A26F8E3@FR4P281MB3472.DEUP281.PROD.OUTLOOK.example>")
    m.alternative(outlook_plain(QASIM_TEXT, OUTLOOK_NL),
                  outlook_html(QASIM_TEXT, OUTLOOK_NL), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# "Abmelden" from the circular's mailing list (other): it names a successor
# and her address; Outlook plain-text quote ("-----Ursprüngliche Nachricht-----").

@mail("karaca-unsubscribe-list", "2027-02-18 09:30:14", E("other"), "de")
def _(m):
    reply_nl(m, "Mustafa Karaca <m.karaca@mail.example>", subject="AW: " + NL_SUBJECT,
             extra=[("X-Mailer", "Microsoft Outlook 16.0")],
             msgid="<000301db81d4$0c6f2b10$25ad8130$@mail.example>")
    m.single(f"""Abmelden

Sehr geehrte Damen und Herren,

bitte nehmen Sie mich aus dem Verteiler des MSO-Rundbriefs. Ich bin seit Dezember nicht mehr im Vorstand des Türkischen Elternvereins. Die neue Ansprechpartnerin ist Frau Selin Öztürk, selin.oeztuerk@tev-ms.example.

Mit freundlichen Grüßen
Mustafa Karaca

-----Ursprüngliche Nachricht-----
Von: {KI_FROM}
Gesendet: Donnerstag, 28. Januar 2027 09:15
An: {NETZ}
Betreff: {NL_SUBJECT}

{NL_TEXT}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Dari (fa) above an Outlook "-----Original Message-----" quote; "من و دو نفر
# از همکارانم" = me and two colleagues -> 3; "گروه کاری دوم" = AG 2, else the
# third.  Latin signature.  UTF-8 base64.

@mail("sadat-dari-outlook-original-message", "2027-02-19 20:15:36",
      E("registration", "f.sadat@hamdel-verein.example", "Fereshteh Sadat",
        "Verein afghanischer Frauen Hamdel e.V.", ["AG2", "AG3"], 3, "fa"), "fa")
def _(m):
    reply_nl(m, "Fereshteh Sadat <f.sadat@hamdel-verein.example>", subject="RE: " + NL_SUBJECT,
             extra=[("X-Mailer", "Microsoft Outlook 16.0")],
             msgid="<000d01db8318$3f5e7a90$be1b6fb0$@hamdel-verein.example>")
    m.single(f"""با سلام،

من و دو نفر از همکارانم در روز سازمان‌های مهاجرین (۱۳ مارچ) شرکت می‌کنیم. لطفاً ما را در گروه کاری دوم (آینده شهر مونستر) ثبت نام کنید. اگر جای خالی نبود، گروه سوم هم خوب است.

تشکر،
Fereshteh Sadat
Verein afghanischer Frauen Hamdel e.V.

-----Original Message-----
From: {KI_FROM}
Sent: Thursday, January 28, 2027 9:15 AM
To: {NETZ}
Subject: {NL_SUBJECT}

{NL_TEXT}
""", charset="utf-8", cte="base64")


# -- 031 ---------------------------------------------------------------------
# Sent from a shared office mailbox with a personal Reply-To.  "TOP 3" and
# "24.2." belong to item 2; the registration is AG 2, alone.  Signature gives
# the full Vietnamese name (Reply-To display name is shorter).

@mail("pham-shared-mailbox-reply-to", "2027-02-20 10:40:09",
      E("registration", "lan.pham@vkz-muenster.example", "Phạm Thị Lan",
        "Vietnamesisches Kulturzentrum Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    reply_nl(m, "Vietnamesisches Kulturzentrum Münster <buero@vkz-muenster.example>",
             extra=[("Reply-To", "Lan Phạm <lan.pham@vkz-muenster.example>"),
                    ("User-Agent", "Mozilla Thunderbird")],
             msgid="<0f3b7d52-a61e-4c98-b2d7-58e9c1a40f63@vkz-muenster.example>")
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

ich bin erst jetzt dazu gekommen, Ihren Rundbrief zu lesen. Zum Integrationsrat
am 24.2. komme ich sowieso, den TOP 3 verfolgen wir schon länger. Für den
MSO-Tag melde ich mich hiermit an: AG 2, ich komme allein.

Bitte antworten Sie an meine persönliche Adresse, das Büropostfach wird nur
selten gelesen.

Mit freundlichen Grüßen
Phạm Thị Lan
Vietnamesisches Kulturzentrum Münster e.V.

{TB_ATTR}
{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Registration with a question (still a registration): four persons, all AG 1;
# Spanish greeting and sign-off around German text (language de); "5 Minuten"
# is not a number of persons.  Apple Mail alternative.

MENDEZ_TEXT = """Hola liebe Frau Meza Correa-Flock,

wir melden uns zum MSO-Tag an: Wir sind zu viert (zwei aus dem Vorstand und zwei Jugendliche aus unserer Tanzgruppe) und möchten alle in die AG 1.

Eine Frage noch: Dürften unsere Jugendlichen in der Mittagspause einen kurzen Tanz aufführen, ca. 5 Minuten? Wir bräuchten nur eine Steckdose für die Musik.

Saludos y hasta pronto
Carolina Méndez
Casa Latinoamericana Münster e.V."""


@mail("mendez-registration-plus-question", "2027-02-22 16:12:58",
      E("registration", "c.mendez@casa-latina-ms.example", "Carolina Méndez",
        "Casa Latinoamericana Münster e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    reply_nl(m, "Carolina Méndez <c.mendez@casa-latina-ms.example>",
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
             msgid="<91D4F2A7-0B6C-4E38-A5D9-7C3E1B8F0264@casa-latina-ms.example>")
    m.alternative(apple_plain(MENDEZ_TEXT, APPLE_DE_ATTR, NL_TEXT),
                  apple_html(MENDEZ_TEXT, APPLE_DE_ATTR, NL_TEXT),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 033 ---------------------------------------------------------------------
# Cancellation of two places; mentions the workshop of item 4 in passing.
# Outlook plain text, "-----Ursprüngliche Nachricht-----" quote of the
# confirmation (AG 3, 2 persons), windows-1252 QP.

@mail("hoffmann-cancellation-outlook-plain", "2027-02-23 08:05:44",
      E("cancellation", "i.hoffmann@lmdr-muenster.example", "Irina Hoffmann",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"), "de")
def _(m):
    reply_conf(m, "Irina Hoffmann <i.hoffmann@lmdr-muenster.example>",
               "<mailbot.20270202103109.e41a@muenster.example>", subject="AW: " + CONF_SUBJECT,
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")],
               msgid="<000a01db85b1$4d2c7e80$e7857b80$@lmdr-muenster.example>")
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den 13. März zurückziehen – an dem Tag ist unsere Jahreshauptversammlung, das hatten wir übersehen. Bitte geben Sie die beiden Plätze an andere weiter.

Den Workshop am 20. Februar hat unsere Kollegin übrigens sehr gern besucht, vielen Dank dafür!

Mit freundlichen Grüßen
Irina Hoffmann
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster

-----Ursprüngliche Nachricht-----
Von: {TO_MSO}
Gesendet: Dienstag, 2. Februar 2027 10:31
An: Irina Hoffmann <i.hoffmann@lmdr-muenster.example>
Betreff: {CONF_SUBJECT}

{confirmation("Frau Hoffmann", "AG3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# English from Yahoo: "item 3" is the circular's item, "workgroup 2" the
# choice; Yahoo quotes the circular without any '>' prefix.

GEBREMEDHIN_TEXT = """Hello,

Please register me for item 3, the MSO Day on 13 March. I would like to take part in workgroup 2. It will be just me.

Many thanks,
Yonas Gebremedhin
Eritrean Community Münster"""

YAHOO_ATTR = (f"On Thursday, January 28, 2027 at 09:15:02 AM GMT+1, "
              f"Kommunales Integrationszentrum Münster <{KI}> wrote:")


@mail("gebremedhin-english-yahoo-unprefixed-quote", "2027-02-24 21:33:07",
      E("registration", "yonas.gebremedhin@yahoo.example", "Yonas Gebremedhin",
        "Eritrean Community Münster", ["AG2"], 1, "en"), "en")
def _(m):
    reply_nl(m, "Yonas Gebremedhin <yonas.gebremedhin@yahoo.example>",
             extra=[("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
             msgid="<1470218355.2211904.1771965187044@mail.yahoo.example>")
    plain = f"{GEBREMEDHIN_TEXT}\n\n\n{YAHOO_ATTR}\n\n\n{NL_TEXT}\n"
    quoted = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in NL_TEXT.split("\n"))
    html_text = ('<html><head></head><body><div class="ydp4f2a9c1yahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 f'{divs(GEBREMEDHIN_TEXT)}</div><div><br></div><div><br></div>'
                 '<div id="yahoo_quoted_8123456789" class="yahoo_quoted">'
                 '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{esc(YAHOO_ATTR)}</div><div><br></div><div><br></div>'
                 f'<div>{quoted}</div></div></div></body></html>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="yahoo")


# -- 035 ---------------------------------------------------------------------
# Turkish with German association words ("Arbeitsgruppe Bildung", "Elternarbeit")
# in Outlook with Turkish header labels (Kimden/Gönderildi/Kime/Konu); two
# persons, one named.  windows-1254 quoted-printable, multipart/alternative.

KILINC_TEXT = """Sayın Meza Correa-Flock,

Rundbrief için teşekkür ederiz. MSO-Tag'e iki kişi olarak katılmak istiyoruz: ben ve yönetim kurulu üyemiz Zeynep Tekin. Arbeitsgruppe Bildung bizim için en önemlisi, orada Elternarbeit konusunu konuşmak istiyoruz.

Saygılarımla
Yusuf Kılınç
Türk Veliler Birliği Münster e.V.
Tel: 0251 2 77 81 90"""

OUTLOOK_NL_TR = (KI_FROM, "28 Ocak 2027 Perşembe 09:15", NETZ, NL_SUBJECT, NL_TEXT)


@mail("kilinc-turkish-outlook-windows-1254", "2027-02-25 12:18:21",
      E("registration", "y.kilinc@tvb-muenster.example", "Yusuf Kılınç",
        "Türk Veliler Birliği Münster e.V.", ["AG1"], 2, "tr"), "tr")
def _(m):
    reply_nl(m, "Yusuf Kılınç <y.kilinc@tvb-muenster.example>", subject="YNT: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbh2m1cQ9rXe4tJ0pL6zWv8Ks3Dg=="),
                    ("Content-Language", "tr-TR")],
             msgid="<VI1PR06MB4419D5C2E8F13A07B6D9@VI1PR06MB4419.eurprd06.prod.outlook.example>")
    m.alternative(outlook_plain(KILINC_TEXT, OUTLOOK_NL_TR, labels="tr"),
                  outlook_html(KILINC_TEXT, OUTLOOK_NL_TR, charset="windows-1254", labels="tr"),
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Arabic question (Gmail, RTL): may non-members come, is there Arabic
# interpreting?  He would register with his brother only if so -> question.

IBRAHIM_TEXT = """مرحباً،

قرأت في الرسالة عن يوم منظمات المهاجرين في 13 آذار. لدي سؤالان:
هل يمكنني المشاركة إذا لم أكن عضواً في أي جمعية؟
وهل ستكون هناك ترجمة إلى اللغة العربية في مجموعات العمل؟

إذا كان ذلك ممكناً، سأسجل أنا وأخي.

شكراً لكم،
حسين إبراهيم"""


@mail("ibrahim-arabic-question", "2027-02-26 19:02:16",
      E("question", "hussein.ibrahim@mail.example", "حسين إبراهيم", None, [], None, "ar"), "ar")
def _(m):
    reply_nl(m, "Hussein Ibrahim <hussein.ibrahim@mail.example>",
             msgid="<CAKd4sY7nW2qT9bLm0Xc6Vr3Fh8pZj1gOe5uA7iN4kR2tQ6yHwg@mail.gmail.example>")
    m.alternative(gmail_plain(IBRAHIM_TEXT, ALHUSSEIN_ATTR, NL_TEXT),
                  gmail_html(IBRAHIM_TEXT, ALHUSSEIN_ATTR, NL_TEXT, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# All lower case from a Samsung phone; "ag bildung" = AG 1; "mit meiner frau
# ... 2 personen".  Samsung quote block, UTF-8 base64.

PETROVIC_TEXT = """hallo frau meza correa flock
ich wollt mich für den mso tag am 13.3 anmelden, bin mit meiner frau da also 2 personen. ag bildung bitte
gruß dragan petrović
serbischer kulturverein sveti sava münster"""

SAMSUNG_HEAD = f"""-------- Ursprüngliche Nachricht --------
Von: {KI_FROM}
Datum: 28.01.27 09:15 (GMT+01:00)
An: {NETZ}
Betreff: {NL_SUBJECT}"""


@mail("petrovic-lowercase-samsung", "2027-02-28 13:45:52",
      E("registration", "dragan.petrovic@mail.example", "Dragan Petrović",
        "serbischer kulturverein sveti sava münster", ["AG1"], 2, "de"), "de")
def _(m):
    reply_nl(m, "Dragan Petrović <dragan.petrovic@mail.example>",
             msgid="<8q7r2b1wzk5m3nfx0yj4htc6.1772282752311@email.android.example>")
    sig = "Von meinem Samsung Galaxy Smartphone gesendet."
    plain = f"{PETROVIC_TEXT}\n\n\n\n{sig}\n\n{SAMSUNG_HEAD}\n\n{NL_TEXT}\n"
    html_text = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                 f'<body><div dir="auto">{divs(PETROVIC_TEXT)}</div><div dir="auto"><br></div>'
                 f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
                 f'{esc(sig)}</div></div><div dir="auto"><br></div>'
                 f'<div align="left" dir="auto" style="font-size:100%;color:#000000">{divs(SAMSUNG_HEAD)}</div>'
                 f'<div dir="auto">{divs(NL_TEXT)}</div></body></html>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="samsung")


# -- 038 ---------------------------------------------------------------------
# Ukrainian change AG 2 -> AG 3 asked as a question, Gmail with Ukrainian
# attribution above the quoted confirmation (AG 2, 1 person).  Cyrillic
# signature, Latin display name.  UTF-8 base64.

TKACHUK_TEXT = """Доброго дня!

Чи можна перевести мене з робочої групи 2 до групи 3? Тема фінансування зараз для нашої громади важливіша.

Дякую!
Мирослава Ткачук
Deutsch-Ukrainische Gesellschaft Münster e.V."""

TKACHUK_ATTR = f"пн, 15 лют. 2027 р. о 10:12 Tag der Migrantenselbstorganisationen <{MSO}> пише:"


@mail("tkachuk-ukrainian-change-ag2-to-ag3", "2027-03-01 10:12:40",
      E("change", "myroslava.tkachuk@mail.example", "Мирослава Ткачук",
        "Deutsch-Ukrainische Gesellschaft Münster e.V.", ["AG3"], None, "uk"), "uk")
def _(m):
    reply_conf(m, "Myroslava Tkachuk <myroslava.tkachuk@mail.example>",
               "<mailbot.20270215101158.0a5c@muenster.example>",
               msgid="<CAFt2hR8wK5nY1qLc7Vm4Zs0Dj3pXb9gEo6uT2iW5aN8rM1kQvg@mail.gmail.example>")
    conf = confirmation("Frau Tkachuk", "AG2", 1)
    m.alternative(gmail_plain(TKACHUK_TEXT, TKACHUK_ATTR, conf),
                  gmail_html(TKACHUK_TEXT, TKACHUK_ATTR, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Workgroups only paraphrased ("Schule" topic of the first group, else the
# group on "Fördermöglichkeiten"); "fünf Leute" = 5.  Outlook on the web:
# alternative with the "____" line and Von:/Gesendet: block.

HASSAN_TEXT = """Guten Tag,

etwas spät, aber noch vor der Frist: Wir möchten uns zum Tag der Migrantenselbstorganisationen anmelden. Wir sind fünf Leute aus dem Elternverein.

Uns interessiert vor allem, wie Kinder aus Einwandererfamilien in der Schule besser unterstützt werden können – das ist ja das Thema der ersten Arbeitsgruppe, oder? Falls es dort zu voll wird, gehen wir auch in die Gruppe zu den Fördermöglichkeiten.

Viele Grüße
Leyla Hassan
Kurdischer Elternverein Münster e.V."""

OWA_HEAD = f"""Von: {KI_FROM}
Gesendet: Donnerstag, 28. Januar 2027 09:15
An: {NETZ}
Betreff: {NL_SUBJECT}"""


@mail("hassan-paraphrase-five-persons-owa", "2027-03-02 17:55:03",
      E("registration", "leyla.hassan@kurdischer-elternverein.example", "Leyla Hassan",
        "Kurdischer Elternverein Münster e.V.", ["AG1", "AG3"], 5, "de"), "de")
def _(m):
    reply_nl(m, "Leyla Hassan <leyla.hassan@kurdischer-elternverein.example>",
             subject="AW: " + NL_SUBJECT,
             extra=[("Thread-Topic", NL_SUBJECT),
                    ("Thread-Index", "AQHbi3c2Lw7eYq0vR5tN1sPz9Gm4Bg=="),
                    ("Content-Language", "de-DE")],
             msgid="<AS8PR10MB6845F2A0B7C91E3D54C8@AS8PR10MB6845.EURPRD10.PROD.OUTLOOK.example>")
    plain = f"{HASSAN_TEXT}\n\n________________________________\n{OWA_HEAD}\n\n{NL_TEXT}\n"
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                 '</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, '
                 'Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                 f'{divs(HASSAN_TEXT)}</div><div id="appendonsend"></div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                 + "<br>".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}"
                               for l in OWA_HEAD.split("\n"))
                 + f'</font><div>&nbsp;</div></div><div>{divs(NL_TEXT)}</div></body></html>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Arabic cancellation (Gmail, Arabic attribution), quoting the confirmation
# (AG 1, 1 person).  Arabic signature only.  UTF-8 base64.

SALEH_TEXT = """مرحباً،

للأسف لن أتمكن من الحضور يوم السبت 13 آذار بسبب موعد طبي لا يمكن تأجيله. أرجو إلغاء تسجيلي.

شكراً لكم وبالتوفيق،
محمود صالح"""

SALEH_ATTR = f"في الأربعاء، 10 فبراير 2027 في 4:47 م، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("saleh-arabic-cancellation", "2027-03-03 08:30:19",
      E("cancellation", "mahmoud.saleh@mail.example", "محمود صالح", None, [], None, "ar"), "ar")
def _(m):
    reply_conf(m, "Mahmoud Saleh <mahmoud.saleh@mail.example>",
               "<mailbot.20270210164702.b3d8@muenster.example>",
               msgid="<CAB1mV6tR9wQ3nKz0Lc8Yf5Dh2sXp7gJo4uE1iT9aN6kW3rPmsA@mail.gmail.example>")
    conf = confirmation("Herr Saleh", "AG1", 1)
    m.alternative(gmail_plain(SALEH_TEXT, SALEH_ATTR, conf),
                  gmail_html(SALEH_TEXT, SALEH_ATTR, conf, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 041 ---------------------------------------------------------------------
# English change of both: a third person (2 -> 3) and workgroup 2 -> 1.
# Outlook alternative with English labels, quoting the confirmation.

MENON_TEXT = """Dear MSO team,

A quick update to our registration: a third member of our board, Ms Anjali Rao, would like to join us, so we will be three people. Could you also move all of us from workgroup 2 to workgroup 1? The school topic fits our work better.

Best regards,
Sanjay Menon
Indian Cultural Association Münster e.V."""


@mail("menon-english-change-size-and-group", "2027-03-05 09:05:48",
      E("change", "sanjay.menon@ica-muenster.example", "Sanjay Menon",
        "Indian Cultural Association Münster e.V.", ["AG1"], 3, "en"), "en")
def _(m):
    quote = (TO_MSO, "Wednesday, February 3, 2027 4:12 PM",
             "Sanjay Menon <sanjay.menon@ica-muenster.example>", CONF_SUBJECT,
             confirmation("Herr Menon", "AG2", 2))
    reply_conf(m, "Sanjay Menon <sanjay.menon@ica-muenster.example>",
               "<mailbot.20270203161207.5f90@muenster.example>", subject="RE: " + CONF_SUBJECT,
               extra=[("Thread-Topic", CONF_SUBJECT),
                      ("Thread-Index", "AQHbdh5tWq3kLr8vE0cYz2Nj6Pd1Sg=="),
                      ("Content-Language", "en-US")],
               msgid="<BE1P281MB2210C7A4F09D3E15B6A2@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>")
    m.alternative(outlook_plain(MENON_TEXT, quote, labels="en"),
                  outlook_html(MENON_TEXT, quote, charset="utf-8", labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Question from someone already registered; it names "AG 2, drei Personen" but
# changes nothing; numbered questions.  New mail, Outlook HTML only, UTF-8 QP.

JOVANOVIC_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wir sind für den 13. März angemeldet (AG 2, drei Personen). Zwei Fragen dazu:

1. Dürfen wir ein Roll-up-Banner unseres Netzwerks mitbringen und im Foyer aufstellen?
2. Eine unserer Teilnehmerinnen sitzt im Rollstuhl. Gibt es am Stadtweinhaus einen barrierefreien Eingang, und wo kann man in der Nähe parken?

Vielen Dank und freundliche Grüße
Aleksandra Jovanović
Balkan-Frauennetzwerk Münster"""


@mail("jovanovic-question-banner-wheelchair", "2027-03-05 15:40:27",
      E("question", "a.jovanovic@balkan-frauen.example", "Aleksandra Jovanović",
        "Balkan-Frauennetzwerk Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Aleksandra Jovanović <a.jovanovic@balkan-frauen.example>"),
           ("To", MSO),
           ("Subject", "Fragen zum MSO-Tag am 13.03."),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0913A2E6D1C84F7B09E5@GV0P278MB0913.CHEP278.PROD.OUTLOOK.example>"),
           ("Thread-Topic", "Fragen zum MSO-Tag am 13.03."),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(JOVANOVIC_TEXT, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone, asked as a question ("iptal eder
# misiniz"), above the quoted confirmation (AG 3, 1 person).  UTF-8 8bit.

@mail("erdogan-turkish-iphone-cancellation", "2027-03-08 07:50:33",
      E("cancellation", "cem.erdogan@mail.example", "Cem Erdoğan", None, [], None, "tr"), "tr")
def _(m):
    reply_conf(m, "Cem Erdoğan <cem.erdogan@mail.example>",
               "<mailbot.20270204193104.2e6b@muenster.example>",
               extra=[("X-Mailer", "iPhone Mail (22D82)")],
               msgid="<4D8B2F60-E13A-4C7D-9B05-A6F1C8E3D294@mail.example>")
    m.single(f"""Merhaba,

13 Mart'a maalesef iş yüzünden gelemiyorum. Kaydımı iptal eder misiniz lütfen?

İyi çalışmalar
Cem Erdoğan

iPhone'umdan gönderildi

4 Şub 2027 tarihinde 19:31 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:

{gt_quote(confirmation("Herr Erdoğan", "AG3", 1))}
""", charset="utf-8", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Late registration after the 6 March deadline ("falls noch ein Platz frei
# ist"): still a registration, AG 2, one person.  Thunderbird over the quote.

@mail("alemu-late-registration", "2027-03-09 12:10:05",
      E("registration", "tigist.alemu@mail.example", "Tigist Alemu",
        "Äthiopischer Frauenverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    reply_nl(m, "Tigist Alemu <tigist.alemu@mail.example>",
             extra=[("User-Agent", "Mozilla Thunderbird")],
             msgid="<c27e9b04-5f1d-4a83-9e6c-0b4d8a1f7e25@mail.example>")
    m.single(f"""Liebe Frau Meza Correa-Flock,

ich weiß, die Anmeldefrist war der 6. März, und ich bin leider spät dran.
Falls noch ein Platz frei ist, würde ich am Samstag gern in die AG 2
kommen. Nur ich, eine Person.

Herzliche Grüße
Tigist Alemu
Äthiopischer Frauenverein Münster e.V.

{TB_ATTR}
{gt_quote(NL_TEXT)}
""", charset="utf-8", cte="8bit")


# -- 045 ---------------------------------------------------------------------
# Farsi cancellation for him and his wife (Gmail, Persian digits in the text
# and the attribution), quoting the confirmation (AG 1, 2 persons).

KARIMI_TEXT = """سلام،

متأسفانه به دلیل بیماری نمی‌توانم روز شنبه ۱۳ مارس بیایم. لطفاً ثبت‌نام من و همسرم را لغو کنید.

با تشکر،
رضا کریمی"""

KARIMI_ATTR = f"در تاریخ سه‌شنبه ۹ فوریه ۲۰۲۷ ساعت ۱۱:۴۰ Tag der Migrantenselbstorganisationen <{MSO}> نوشت:"


@mail("karimi-farsi-cancellation", "2027-03-11 18:25:41",
      E("cancellation", "reza.karimi@mail.example", "رضا کریمی", None, [], None, "fa"), "fa")
def _(m):
    reply_conf(m, "Reza Karimi <reza.karimi@mail.example>",
               "<mailbot.20270209114003.c7f1@muenster.example>",
               msgid="<CAH9pL2sQ5vT8nYx1Km4Wc7Rf0dZj3gBo6uE9iN2aT5kX8rMwLg@mail.gmail.example>")
    conf = confirmation("Herr Karimi", "AG1", 2)
    m.alternative(gmail_plain(KARIMI_TEXT, KARIMI_ATTR, conf),
                  gmail_html(KARIMI_TEXT, KARIMI_ATTR, conf, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


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
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
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


def check_labels(e, text_lang):
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and not (ps is None or (isinstance(ps, int) and ps >= 1)):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if e["organisation"] == "":
            problems.append("organisation must be null, not empty")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
    if text_lang not in LANGS:
        problems.append(f"bad text language {text_lang}")
    if kind in PERSON_KINDS and text_lang != e["language"]:
        problems.append("text language differs from the expected language")
    return problems


def check(name, data, m, e, text_lang):
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
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(e, text_lang)
    kind = e["kind"]
    if kind in PERSON_KINDS:
        heads = [a.lower() for h in ("From", "Reply-To")
                 for _, a in getaddresses([str(v) for v in msg.get_all(h, [])])]
        if e["email"] not in heads and e["email"] not in text.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if msg["Reply-To"] is not None:
            frm = getaddresses([str(msg["From"])])[0][1].lower()
            if e["email"] == frm:
                problems.append("Reply-To should beat From")
        for k in ("name", "organisation"):
            if e[k] and e[k] not in text:
                problems.append(f"{k} {e[k]!r} does not occur in the mail")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("changes and cancellations answer and quote the confirmation")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[e["kind"]][t] += 1
    print("kind          " + " ".join(f"{l:>3}" for l in LANGS) + "  all")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:13} " + " ".join(f"{row[l] or '-':>3}" for l in LANGS)
              + f"  {sum(row.values()):>3}")
    col = collections.Counter(t for _, _, _, t in built)
    print("all           " + " ".join(f"{col[l]:>3}" for l in LANGS) + f"  {len(built):>3}")
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.is_dir() else []
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

    # re-read what is on disk (or, with --check, what would be written)
    for (name, m, e, t), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if list(reread) != list(expected) or any(tuple(r) != FIELDS for r in reread.values()):
            print("expected.json does not re-read to the same records")
            bad += 1
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
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
