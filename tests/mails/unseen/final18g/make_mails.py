#!/usr/bin/env python3
"""Build the "final18g" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: answers written INSIDE a quoted mail.  Forty mails to the MSO-Tag 2027
(mso-tag@muenster.example) reply to the invitation, to the February reminder or
to a confirmation, and put their answer between the quoted lines: typed under
a quoted "Name:" or "Anzahl der Personen:" line, as an "x" / "[X]" put into a
quoted workgroup line, as coloured Outlook comments, in CAPITALS, after ">>",
or by deleting all quoted workgroups but one.  A few answers are bottom-posted
under the full quote and a few are top-posted for contrast.

The quoted invitation lists all three workgroups and an empty form.  The
quoted text never counts as the writer's choice; only what the writer typed or
marked does.

Every mail's text is written by hand below.  This script only wraps the texts
in MIME with the standard `email` package, writes the files and reads every
file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Python 3.11, standard library only.
"""

import argparse
import collections
import datetime
import email
import email.header
import email.policy
import hashlib
import html
import json
import re
import sys
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def named(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def fold(name, value, width=78):
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


def esc(s):
    return html.escape(s, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final18g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def quote(text, prefix="> ", blank=">", after=None, edit=None, drop=None,
          start=None, stop=None):
    """Quote `text` line by line the way a mail client does, then apply what the
    writer did inside the quote:

    after: {anchor: [lines]}  unquoted lines the writer typed after the quoted
                              line that starts with `anchor`
    edit:  {anchor: new}      the quoted line starting with `anchor` was edited
                              by the writer (it stays quoted)
    drop:  {anchor, ...}      quoted lines the writer deleted
    start/stop:               keep only the lines from the one starting with
                              `start` to the one starting with `stop` (inclusive)
    Anchors are matched against the stripped original line; each must match.
    """
    after = dict(after or {})
    edit = dict(edit or {})
    drop = set(drop or ())
    lines = text.split("\n")
    if start is not None:
        i0 = next(i for i, ln in enumerate(lines) if ln.strip().startswith(start))
        lines = lines[i0:]
    if stop is not None:
        i1 = next(i for i, ln in enumerate(lines) if ln.strip().startswith(stop))
        lines = lines[:i1 + 1]
    used = set()
    out = []
    for ln in lines:
        key = ln.strip()
        hit_drop = [a for a in drop if key.startswith(a)]
        if hit_drop:
            used.update(hit_drop)
            continue
        hit_edit = [a for a in edit if key.startswith(a) and a not in used]
        if hit_edit:
            used.add(hit_edit[0])
            ln = edit[hit_edit[0]]
        out.append(prefix + ln if ln else blank)
        hit_after = [a for a in after if key.startswith(a) and a not in used]
        if hit_after:
            used.add(hit_after[0])
            out.extend(after[hit_after[0]])
    missing = (set(after) | set(edit) | drop) - used
    if missing:
        raise SystemExit(f"quote(): anchors not found: {sorted(missing)}")
    return "\n".join(out)


def quoted_html(text, style="gmail", rtl_new=False):
    """HTML for a plain reply in which lines starting with '>' are quoted:
    runs of quoted lines become blockquotes, other lines are divs."""
    if style == "gmail":
        bq = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
    else:
        bq = '<blockquote type="cite">'
    out, lines, i = [], text.split("\n"), 0
    d = ' dir="rtl"' if rtl_new else ""
    while i < len(lines):
        if lines[i].startswith(">"):
            out.append(bq)
            while i < len(lines) and lines[i].startswith(">"):
                c = lines[i][2:] if lines[i].startswith("> ") else lines[i][1:]
                out.append(f'<div dir="ltr">{esc(c)}</div>' if c.strip() else "<div><br></div>")
                i += 1
            out.append("</blockquote>")
        else:
            c = lines[i]
            out.append(f"<div{d}>{esc(c)}</div>" if c.strip() else "<div><br></div>")
            i += 1
    body = "\n".join(out)
    if style == "gmail":
        return f'<div dir="{"rtl" if rtl_new else "ltr"}">\n{body}\n</div>\n'
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">\n{body}\n</body></html>\n')


def div_html(text):
    return "<div>" + "".join(
        f"<div>{esc(ln) if ln.strip() else '<br>'}</div>" for ln in text.split("\n")) + "</div>\n"


# ---------------------------------------------------------------------------
# Outlook: replies with comments typed into the quoted original
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage20
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


def mso_p(inner_html, style=""):
    st = f" style='{style}'" if style else ""
    if not inner_html:
        return f"<p class=MsoNormal{st}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{st}>{inner_html}<o:p></o:p></p>"


def outlook_inline(top, header, items, color="#0070C0", marker=None,
                   charset="windows-1252", indent=False, header_lang="de"):
    """(html, plain) of an Outlook reply.  `items` is the quoted original with
    the writer's comments in it:
        ("q", line)            an original line
        ("qa", line, comment)  an original line with a comment typed behind it
        ("a", comment)         a comment on its own line
    Comments are coloured; with `marker` (Outlook's "mark my comments with")
    each starts with "[marker] " in bold italics."""
    von, gesendet, an, betreff = header
    labels = (("Von:", "Gesendet:", "An:", "Betreff:") if header_lang == "de"
              else ("From:", "Date:", "To:", "Subject:"))

    def comment_html(c):
        span = f"<span style='color:{color}'>{esc(c)}</span>"
        if marker:
            span = (f"<b><i><span style='color:{color}'>[{esc(marker)}] </span></i></b>"
                    + span)
        return span

    def comment_plain(c):
        return f"[{marker}] {c}" if marker else c

    qstyle = "margin-left:35.4pt" if indent else ""
    out_html = [mso_p(esc(ln)) if ln.strip() else mso_p("") for ln in top.split("\n")]
    out_html.append(mso_p(""))
    out_html.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
    out_html.append(
        f"<p class=MsoNormal><b>{labels[0]}</b> {esc(von)} <br>\n"
        f"<b>{labels[1]}</b> {esc(gesendet)}<br>\n"
        f"<b>{labels[2]}</b> {esc(an)}<br>\n"
        f"<b>{labels[3]}</b> {esc(betreff)}<o:p></o:p></p>")
    out_html.append("</div>")
    out_html.append(mso_p(""))
    plain = [top, "", f"{labels[0]} {von} ", f"{labels[1]} {gesendet}",
             f"{labels[2]} {an}", f"{labels[3]} {betreff}", ""]
    for it in items:
        if it[0] == "q":
            out_html.append(mso_p(esc(it[1]), qstyle) if it[1].strip() else mso_p("", qstyle))
            plain.append(it[1])
        elif it[0] == "qa":
            out_html.append(mso_p(esc(it[1]) + " " + comment_html(it[2]), qstyle))
            plain.append(f"{it[1]} {comment_plain(it[2])}")
        elif it[0] == "a":
            out_html.append(mso_p(comment_html(it[1]), qstyle))
            plain.append(comment_plain(it[1]))
        else:
            raise ValueError(it)
    html_text = (OUTLOOK_HEAD.format(charset=charset) + "\n".join(out_html)
                 + "\n</div>\n</body>\n</html>\n")
    return html_text, "\n".join(plain)


def outlook_quote(top, header, quoted, charset="windows-1252"):
    """Outlook top-posting: own text, header block, original below (no comments)."""
    return outlook_inline(top, header, [("q", ln) for ln in quoted.split("\n")],
                          charset=charset)


def qitems(text, after=None, behind=None, edit=None):
    """Outlook items for `text`: after = {anchor: [comments on own lines]},
    behind = {anchor: comment typed at the end of that line}."""
    after, behind, edit = dict(after or {}), dict(behind or {}), dict(edit or {})
    used, items = set(), []
    for ln in text.split("\n"):
        key = ln.strip()
        b = [a for a in behind if key.startswith(a) and a not in used]
        if b:
            used.add(b[0])
            items.append(("qa", ln, behind[b[0]]))
        else:
            items.append(("q", ln))
        a = [x for x in after if key.startswith(x) and x not in used]
        if a:
            used.add(a[0])
            items.extend(("a", c) for c in after[a[0]])
    missing = (set(after) | set(behind)) - used
    if missing:
        raise SystemExit(f"qitems(): anchors not found: {sorted(missing)}")
    return items


# ---------------------------------------------------------------------------
# one message under construction
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
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
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(
                datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if name == "Subject":
                self.subject = str(email.header.make_header(
                    email.header.decode_header(value.replace("\n ", " "))))
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name == "Subject":
                # hand-encoded: the policy's own folding can double a space
                msg.set_raw(name, ew(value, "utf-8", "q"))
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

    def boundary(self, style):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        return f"------------{h[:24]}"

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
                    style="std", top=True, html_charset=None):
        parts = [self.text(plain, "plain", charset, cte),
                 self.text(html_text, "html", html_charset or charset, cte)]
        return self.multi("alternative", parts, style=style, top=top)

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


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
# the mails people answer inside: invitation, reminder, confirmation
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung-mso2027.20270111093000.7c41@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITATION_SENT_DE = "Montag, 11. Januar 2027 09:30"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027
ein. In diesem Jahr wollen wir gemeinsam besprechen, wie Stadt und
Vereine verbindlicher zusammenarbeiten können.

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr (Einlass ab 9:30 Uhr)
Ort:    Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ablauf
10:00 Uhr  Begrüßung
10:30 Uhr  Impuls und Gespräch im Plenum
12:00 Uhr  Mittagsimbiss
13:00 Uhr  Arbeitsgruppen (parallel)
15:15 Uhr  Ergebnisse aus den Arbeitsgruppen, Ausklang

Die drei Arbeitsgruppen:

AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat bis zu 30 Plätze; sie werden in der Reihenfolge
der Anmeldungen vergeben.

Anmeldung bis zum 6. März 2027: Antworten Sie einfach auf diese E-Mail
und ergänzen Sie die folgenden Angaben.

Name:
Organisation:
Arbeitsgruppe (Erst- und ggf. Zweitwunsch):
Anzahl der Personen:

Die Teilnahme ist kostenlos. Das Stadtweinhaus ist barrierefrei
zugänglich. Bei Fragen erreichen Sie uns telefonisch unter
0251 492-1234.

Mit freundlichen Grüßen
i. A. Jana Hölscher
Kommunales Integrationszentrum Münster"""

REMINDER_ID = "<erinnerung-mso2027.20270215100000.2b9e@muenster.example>"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März – noch Plätze frei"

REMINDER = """Liebe Kolleginnen und Kollegen,

für den Tag der Migrantenselbstorganisationen am Samstag, 13. März 2027
(10 bis 16 Uhr, Stadtweinhaus am Prinzipalmarkt) sind noch Plätze frei.

Wer noch nicht angemeldet ist, kann einfach auf diese E-Mail antworten
und ankreuzen:

[ ] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
[ ] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit
           Migrationsvorgeschichte
[ ] AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Name:
Verein / Organisation:
Anzahl der Personen:

Anmeldeschluss ist Samstag, der 6. März 2027.
Wer sich schon angemeldet hat, braucht nichts weiter zu tun.

Viele Grüße
Ihr Team vom Kommunalen Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    """What mailbot sent back after a registration (quoted in changes/cancellations)."""
    return f"""Guten Tag {anrede},

vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
2027 ist eingegangen.

Termin:        Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen:      {persons}

Wenn sich etwas ändert oder Sie absagen müssen, antworten Sie bitte
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster

Diese Nachricht wurde automatisch erstellt."""


def confirmation_message(to, anrede, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(anrede, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird, format=flowed, 8bit.  The whole invitation is quoted; she typed
# each answer on its own line under the quoted form line.  First and second
# choice inside the form; the full name only in the form, signed "Dilan".

@mail("sahin-thunderbird-form-lines", "2027-01-11 10:12:37",
      E("registration", "dilan.sahin@hevi-frauenverein.example", "Dilan Şahin",
        "Kurdischer Frauenverein Hêvî e.V.", ["AG1", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dilan Şahin <dilan.sahin@hevi-frauenverein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f0d9b6e-51a2-4c8e-9d17-b2e4a6c80f15@hevi-frauenverein.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    q = quote(INVITATION, after={
        "Name:": ["Dilan Şahin"],
        "Organisation:": ["Kurdischer Frauenverein Hêvî e.V."],
        "Arbeitsgruppe (Erst-": ["AG 1, falls die voll ist gerne AG 3"],
        "Anzahl der Personen:": ["1"],
    })
    m.single(f"""Liebe Frau Hölscher,

danke für die Einladung! Ich habe meine Angaben unten direkt in Ihr
Formular geschrieben.

Am 11.01.27 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
{q}

Herzliche Grüße
Dilan
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation, German and English, HTML and
# plain, base64, CRLF.  Auto-Submitted: auto-generated.

LAMPRECHT_TEXT = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 22. Januar 2027, nicht im Büro und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0251 3 87 21-0.

Thank you for your message. I am out of the office until Friday, 22 January 2027, and will not be reading e-mail. In urgent cases please call our office.

Sabine Lamprecht
Fachdienst Migration
Caritasverband Münster-Süd"""


@mail("lamprecht-exchange-out-of-office", "2027-01-11 11:03:02",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Lamprecht, Sabine" <s.lamprecht@caritas-ms-sued.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a6e1b0c4d9f2478ab3c5e7d90f1a2b3c@EXMB04.caritas-ms-sued.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.lamprecht@caritas-ms-sued.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
                 + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>"
                           for p in LAMPRECHT_TEXT.split("\n\n"))
                 + "</div></body></html>\n")
    m.alternative(LAMPRECHT_TEXT, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Outlook 365, multipart/alternative, windows-1252 quoted-printable.  The
# answers are typed in blue behind the quoted form fields of the invitation
# (in the plain part they simply follow the field names).  First and second
# choice, three persons.

OTTEN_TOP = """Liebe Frau Hölscher,

vielen Dank für die Einladung. Ich habe Ihnen meine Angaben unten in Blau eingetragen.

Beste Grüße
Brigitte Otten-Demir

Deutsch-Türkischer Elternbund Münster e.V.
Geschäftsstelle · Hammer Straße 214 · 48153 Münster
Tel. 0251 / 7 61 20 44"""


@mail("otten-demir-outlook-blue-inline", "2027-01-11 14:40:19",
      E("registration", "b.otten-demir@dt-elternbund-ms.example", "Brigitte Otten-Demir",
        "Deutsch-Türkischer Elternbund Münster e.V.", ["AG2", "AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Otten-Demir, Brigitte" <b.otten-demir@dt-elternbund-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZDe1x9Kq3m0pTQuW2sB4nYc7Ag=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841C2A7E45F1B0D93E6A1F4C8B2@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    items = qitems(INVITATION, behind={
        "Name:": "Brigitte Otten-Demir",
        "Organisation:": "Deutsch-Türkischer Elternbund Münster e.V.",
        "Arbeitsgruppe (Erst-": "AG 2, Zweitwunsch AG 1",
        "Anzahl der Personen:": "3 (ich und zwei Kolleginnen aus dem Vorstand)",
    })
    h, p = outlook_inline(OTTEN_TOP, (TO_MSO, INVITATION_SENT_DE, TO_MSO, INVITATION_SUBJECT),
                          items, color="#0070C0")
    m.alternative(p, h, charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Gmail, bottom-posted under the complete quoted invitation (the empty form
# included).  She and her husband: 2.  Organisation in the signature.

IONESCU_PLAIN = f"""Am Mo., 11. Jan. 2027 um 09:30 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(INVITATION)}

Guten Abend Frau Hölscher,

ich möchte mich gerne anmelden, und zwar für die AG 2. Mein Mann Radu kommt
auch mit, wir sind also zu zweit.

Liebe Grüße
Ana-Maria Ionescu
Rumänische Gemeinde Münster e.V.
"""


@mail("ionescu-gmail-bottom-post", "2027-01-11 20:17:55",
      E("registration", "anamaria.ionescu@mail.example", "Ana-Maria Ionescu",
        "Rumänische Gemeinde Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ana-Maria Ionescu <anamaria.ionescu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq0Yb7Rz1dN8xJ2mW5pT9cV4hL6sE0aG3uQ7oK1iB8nZ2wA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(IONESCU_PLAIN, quoted_html(IONESCU_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# English, Gmail.  He answers the German form in English under each quoted
# field and deletes the rest of the quote.  "only me" = 1.

OKONKWO_PLAIN = f"""Hello,

my German is not yet good enough for writing, so I answered between the
lines below. I hope that is ok.

Best,
Chidi

On Mon, 11 Jan 2027 at 09:30, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{quote(INVITATION, start="Anmeldung bis zum", stop="Anzahl der Personen:", after={
    "Name:": ["Chidi Okonkwo"],
    "Organisation:": ["Igbo Cultural Association Münster"],
    "Arbeitsgruppe (Erst-": ["Workshop 3 please, second choice workshop 2"],
    "Anzahl der Personen:": ["only me"],
})}
"""


@mail("okonkwo-english-answers-between-lines", "2027-01-12 07:48:10",
      E("registration", "chidi.okonkwo@mail.example", "Chidi Okonkwo",
        "Igbo Cultural Association Münster", ["AG3", "AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chidi Okonkwo <chidi.okonkwo@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH9v2NpQ4wX8e1Lk7Rb3TzM6yD0sF5gJ2cU9aO4iE7nW1qVx3k@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_PLAIN, quoted_html(OKONKWO_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Question: asks between the quoted lines (parking, food, switching groups)
# and says the association will register later.  The quoted AG list is
# followed by a question that names no choice.

BEGIC_TEXT = f"""Hallo Frau Hölscher,

bevor wir uns anmelden, hätte ich ein paar Fragen – ich habe sie zwischen
Ihre Zeilen geschrieben.

Am 11.01.2027 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
{quote(INVITATION, start="Termin:", stop="Ort:")}

Gibt es in der Nähe Parkplätze? Zwei von uns kommen mit dem Auto aus
Roxel, eine Kollegin ist gehbehindert.

{quote(INVITATION, start="12:00 Uhr", stop="12:00 Uhr")}

Wird das Essen auch halal oder vegetarisch sein?

{quote(INVITATION, start="Die drei Arbeitsgruppen:", stop="AG 3  Förderungs")}

Kann man am Nachmittag auch zwischen zwei Arbeitsgruppen wechseln, oder
bleibt man die ganze Zeit in einer?

Wenn ich das weiß, bespreche ich es mit unserem Vorstand und wir melden
uns dann an.

Viele Grüße
Nermin Begić
Bosnisch-Herzegowinischer Kulturverein "Most" Münster e.V.
"""


@mail("begic-questions-between-lines", "2027-01-12 12:30:44",
      E("question", "nermin.begic@most-muenster.example", "Nermin Begić",
        'Bosnisch-Herzegowinischer Kulturverein "Most" Münster e.V.', [], None, "de"), "de")
def _(m):
    m.head(("From", "Nermin Begić <nermin.begic@most-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9c1e7a52-0b3d-4f86-a2e9-5d4c8b1f7e30@most-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 115.18.0"),
           ("MIME-Version", "1.0"))
    m.single(BEGIC_TEXT, charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# iPhone Mail, plain + HTML.  He tapped into the quoted workgroup list and
# typed "X " in front of "AG 3" - the mark sits inside a quoted line.
# Alone (said on top).  No organisation.

AYDOGAN_PLAIN = f"""Hallo, hab unten angekreuzt 👍 Komme alleine.

Gruß Murat Aydoğan

Von meinem iPhone gesendet

> Am 11.01.2027 um 09:30 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{quote(INVITATION, blank="> ", edit={
    "AG 3  Förderungs": "X AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement"})}
"""


@mail("aydogan-iphone-x-in-quoted-line", "2027-01-12 19:22:08",
      E("registration", "murat.aydogan@mail.example", "Murat Aydoğan", None,
        ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Murat Aydoğan <murat.aydogan@mail.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Message-Id", "<E4B1C7A9-2D6F-4E83-9B05-7A1C3F8D2E64@mail.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(AYDOGAN_PLAIN, quoted_html(AYDOGAN_PLAIN, style="apple"),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 008 ---------------------------------------------------------------------
# Outlook in plain-text mode, iso-8859-1 QP: the original is below
# "-----Ursprüngliche Nachricht-----" without '>' prefixes, and she marks her
# answers with ">>" on the line under each form field.

NGUYEN_TEXT = f"""Hallo,

ich melde mich an, meine Antworten stehen unten mit >>.

Thu Ha Nguyen

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}> 
Gesendet: Montag, 11. Januar 2027 09:30
An: Tag der Migrantenselbstorganisationen <{MSO}>
Betreff: {INVITATION_SUBJECT}

{quote(INVITATION, prefix="", blank="", after={
    "Name:": [">> Thu Ha Nguyen"],
    "Organisation:": [">> Vietnamesischer Kulturverein Münster e.V."],
    "Arbeitsgruppe (Erst-": [">> 1. AG 1   2. AG 2"],
    "Anzahl der Personen:": [">> 2 Personen, ich und meine Tochter (sie ist Lehrerin)"],
})}
"""


@mail("nguyen-outlook-plain-double-arrows", "2027-01-13 09:10:27",
      E("registration", "thuha.nguyen@vkv-muenster.example", "Thu Ha Nguyen",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Thu Ha Nguyen <thuha.nguyen@vkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + ew(INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<001b01db65a1$8c3e2f40$a4ba8dc0$@vkv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQGx3Qk0cH8uZyV1o2aUq9wE5mT4Lw=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(NGUYEN_TEXT, charset="iso-8859-1", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Turkish, iso-8859-9 QP, Thunderbird with a Turkish attribution line.
# Answers in Turkish under the German form lines: "2. grup", "3 kişi".

KILIC_TEXT = f"""Merhaba,

formu aşağıda doldurdum. Almancam çok iyi değil, kusura bakmayın.

11.01.2027 09:30 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{quote(INVITATION, after={
    "Name:": ["Emine Kılıç"],
    "Organisation:": ["Türk-Alman Kadın Derneği Münster"],
    "Arbeitsgruppe (Erst-": ["2. grup (Münster'in geleceği)"],
    "Anzahl der Personen:": ["3 kişi (ben ve iki arkadaşım)"],
})}

Saygılarımla
Emine Kılıç
"""


@mail("kilic-turkish-under-form-lines", "2027-01-13 16:55:31",
      E("registration", "emine.kilic@tak-dernek.example", "Emine Kılıç",
        "Türk-Alman Kadın Derneği Münster", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", named("Emine Kılıç", "emine.kilic@tak-dernek.example", "iso-8859-9", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(INVITATION_SUBJECT, "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<6d2f8a41-c7e0-4b95-8e13-0a9b5c2d7f68@tak-dernek.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(KILIC_TEXT, charset="iso-8859-9", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Other: an umbrella association forwards the invitation to its member
# associations and puts the city in CC.  The forwarded form is empty; nobody
# registers or asks anything.

BOATENG_TEXT = f"""Liebe Mitgliedsvereine,

zur Info leite ich euch die Einladung der Stadt zum MSO-Tag weiter. Wer
teilnehmen möchte, meldet sich bitte selbst direkt bei der Stadt an
(einfach auf die Mail antworten, siehe unten). Ich habe die Stadt in CC
gesetzt, damit sie weiß, dass die Einladung bei uns angekommen ist.

Beste Grüße
Kofi Boateng
Afrikanischer Dachverband Münsterland e.V.


-------- Weitergeleitete Nachricht --------
Betreff: \t{INVITATION_SUBJECT}
Datum: \tMon, 11 Jan 2027 09:30:00 +0100
Von: \tTag der Migrantenselbstorganisationen <{MSO}>
An: \tTag der Migrantenselbstorganisationen <{MSO}>



{INVITATION}
"""


@mail("boateng-forward-to-members-cc", "2027-01-14 10:02:16",
      E("other"), "de")
def _(m):
    m.head(("From", "Kofi Boateng <vorstand@afrika-dachverband-ms.example>"),
           ("To", "Mitgliedsvereine <mitglieder@afrika-dachverband-ms.example>"),
           ("Cc", TO_MSO),
           ("Subject", "Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2c4e6f8-1a3c-4e5d-8f70-92a4c6e8d0b1@afrika-dachverband-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(BOATENG_TEXT, charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Answers in CAPITALS between the quoted lines (T-Online webmail, plain).
# "DIESE AG BITTE" stands under the two quoted AG 2 lines; the form says
# "SIEHE OBEN" and "WIR SIND ZU DRITT".

PIEPER_TEXT = f"""GUTEN TAG,

MEINE ANTWORTEN STEHEN UNTEN IN GROSSBUCHSTABEN.

MFG
R. PIEPER


Tag der Migrantenselbstorganisationen <{MSO}> schrieb am 11.01.2027 09:30:
{quote(INVITATION, after={
    "Migrationsvorgeschichte": ["DIESE AG BITTE"],
    "Name:": ["REINHOLD PIEPER"],
    "Organisation:": ["FREUNDESKREIS FLÜCHTLINGE GIEVENBECK"],
    "Arbeitsgruppe (Erst-": ["SIEHE OBEN"],
    "Anzahl der Personen:": ["WIR SIND ZU DRITT"],
})}
"""


@mail("pieper-capitals-between-lines", "2027-01-14 21:40:03",
      E("registration", "r.pieper@t-online-mail.example", "Reinhold Pieper",
        "Freundeskreis Flüchtlinge Gievenbeck", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "r.pieper@t-online-mail.example"),
           ("To", MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1768423203118.4471.52c0@webmail.t-online-mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "T-Online eMail 6.18.2"),
           ("MIME-Version", "1.0"))
    m.single(PIEPER_TEXT, charset="iso-8859-15", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Arabic, top-posted above the quoted invitation (Gmail for Android,
# base64).  First workgroup (education), with his wife: 2.  Arabic signature.

ALHASSAN_TOP = """السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين الذاتية يوم ١٣ آذار. أرغب في المشاركة في مجموعة العمل الأولى (التعليم)، وستحضر زوجتي معي، أي أننا شخصان.

مع الشكر والتقدير
عمر الحسن"""

ALHASSAN_PLAIN = f"""{ALHASSAN_TOP}

في الاثنين، ١١ يناير ٢٠٢٧ ٩:٣٠ ص كتب Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(INVITATION)}
"""


@mail("alhassan-arabic-top-post", "2027-01-15 08:15:49",
      E("registration", "omar.alhassan@mail.example", "عمر الحسن", None,
        ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Alhassan <omar.alhassan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ5rT8xN2bQ0vL7mK4wE9pY1zH6cD3sF8gU5aO2iR7nW0qXy4m@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_PLAIN, quoted_html(ALHASSAN_PLAIN, rtl_new=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 013 ---------------------------------------------------------------------
# FairEmail on Android: she deleted every quoted workgroup but AG 3 and wrote
# "Das hier bitte" under it.  Two persons (she and a colleague).

EL_AMRANI_PLAIN = f"""Hallo,

Tag der Migrantenselbstorganisationen schrieb am 11.01.2027 um 09:30:
{quote(INVITATION, start="Die drei Arbeitsgruppen:", stop="AG 3  Förderungs",
       drop={"AG 1  Menschen", "AG 2  Münsters", "Migrationsvorgeschichte"})}

Das hier bitte, für 2 Personen (meine Kollegin Nadia Bouzid und ich).

Danke!
Samira El Amrani
Marokkanisch-Deutscher Kulturverein Münster e.V.

--
Gesendet mit FairEmail
"""


@mail("el-amrani-fairemail-one-line-left", "2027-01-16 11:11:38",
      E("registration", "samira.elamrani@mdkv-muenster.example", "Samira El Amrani",
        "Marokkanisch-Deutscher Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Samira El Amrani <samira.elamrani@mdkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8a3c6e1f-4b2d-4c9a-b7e5-d10f2a4c6e83@mdkv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "FairEmail 1.2255"),
           ("MIME-Version", "1.0"))
    m.alternative(EL_AMRANI_PLAIN, quoted_html(EL_AMRANI_PLAIN, style="gmail"),
                  charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Top-posted for contrast: Outlook, HTML only, windows-1252 QP; the quoted
# invitation sits untouched below the header block.  She and a colleague,
# workgroup named by its topic.

BOIKO_TOP = """Sehr geehrte Frau Hölscher,

hiermit melde ich mich und meine Kollegin Olena Savchuk zum MSO-Tag an. Wir möchten beide in die Arbeitsgruppe zu Förderung und Vereinsmanagement, weil wir unseren Verein gerade neu aufbauen und noch viel lernen müssen.

Mit freundlichen Grüßen

Kateryna Boiko
Ukrainische Initiative Münster e.V.
- Vorstand -"""


@mail("boiko-outlook-top-post-html", "2027-01-18 09:30:12",
      E("registration", "k.boiko@ukr-initiative-ms.example", "Kateryna Boiko",
        "Ukrainische Initiative Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kateryna Boiko <k.boiko@ukr-initiative-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZVq7m1xK0fTqS8ee3Wb2yJ4cLg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR02MB6690E1F4A3C2B0D8F7E6A5B4C3D2@VI1PR02MB6690.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    h, _p = outlook_quote(BOIKO_TOP, (TO_MSO, INVITATION_SENT_DE, TO_MSO, INVITATION_SUBJECT),
                          INVITATION)
    m.single(h, subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Change, Thunderbird: he answers inside the quoted confirmation, right under
# the quoted "Arbeitsgruppe: AG 1" line (AG 1 -> AG 2), and confirms under
# "Personen: 1" that this stays.

MENDES_CONF_ID = "<mailbot.20270118160211.a41c@muenster.example>"

MENDES_TEXT = f"""Guten Tag,

Am 18.01.27 um 16:02 schrieb Tag der Migrantenselbstorganisationen:
{quote(confirmation("Herr Mendes", "AG1", 1), after={
    "Arbeitsgruppe:": ["", "Hier bitte ändern: Ich würde lieber in die AG 2 gehen. Unser Vorstand",
                       "hat gestern beschlossen, dass eine Kollegin die Bildungs-AG übernimmt.", ""],
    "Personen:": ["", "Das bleibt so.", ""],
})}

Danke und Grüße
Gabriel Mendes
"""


@mail("mendes-change-under-quoted-ag-line", "2027-01-19 13:05:50",
      E("change", "gabriel.mendes@mail.example", "Gabriel Mendes", None,
        ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Gabriel Mendes <gabriel.mendes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b7d9f1a-3c5e-4a70-9b12-e4f6a8c0d2b4@mail.example>"),
           ("In-Reply-To", MENDES_CONF_ID),
           ("References", f"{INVITATION_ID} {MENDES_CONF_ID}"),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(MENDES_TEXT, charset="utf-8", cte="quoted-printable",
             params={"format": "flowed"})


# -- 016 ---------------------------------------------------------------------
# English, Apple Mail on a Mac, bottom-posted under the full quote.  Three
# persons named; workgroup 1 "on education".

RAHMAN_PLAIN = f"""On 11 Jan 2027, at 09:30, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{quote(INVITATION, blank="> ")}

Dear team,

Three of us from the Bangladesh Welfare Association Münster would like to come:
Farhana Rahman (me), Abdul Karim and Sumaiya Akter. We would all like to join
workgroup 1 on education, as most of our members are parents.

Many thanks and best wishes,
Farhana Rahman
"""


@mail("rahman-apple-mail-bottom-english", "2027-01-20 18:45:27",
      E("registration", "farhana.rahman@bwa-muenster.example", "Farhana Rahman",
        "Bangladesh Welfare Association Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Farhana Rahman <farhana.rahman@bwa-muenster.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Message-Id", "<7F3A9C21-B84E-4D16-A05C-2E9D7B1F6A38@bwa-muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(RAHMAN_PLAIN, quoted_html(RAHMAN_PLAIN, style="apple"),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# K-9 Mail: quote trimmed to the form (">" without a space), lower-case
# answers under each line.  "keine, komme privat" is no organisation;
# "zukunftsprozess" is AG 2.

MANSOUR_TEXT = f"""hallo, hier meine angaben

Am 11. Januar 2027 09:30:00 MEZ schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
{quote(INVITATION, prefix=">", start="Name:", stop="Anzahl der Personen:", after={
    "Name:": ["Tariq Mansour"],
    "Organisation:": ["keine, komme privat"],
    "Arbeitsgruppe (Erst-": ["zukunftsprozess"],
    "Anzahl der Personen:": ["1"],
})}

gruß tariq
--
Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.
"""


@mail("mansour-k9-lowercase-answers", "2027-01-21 22:10:41",
      E("registration", "tariq.mansour@mail.example", "Tariq Mansour", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tariq Mansour <tariq.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7E2B0C94-8A1D-4F35-B6C7-D93E5F1A2B80@mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single(MANSOUR_TEXT, charset="utf-8", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Outlook, red answers typed behind the quoted form fields, UTF-8.  An
# office worker registers a colleague who comes alone; she asks to send the
# confirmation to his own address.

KORTMANN_TOP = """Hallo Frau Hölscher,

ich melde unseren Kollegen Herrn Okumuş an, er hat gerade keinen Zugriff auf sein Postfach. Die Angaben stehen unten in Rot. Die Bestätigung schicken Sie bitte direkt an ihn: y.okumus@familienzentrum-ms.example

Viele Grüße
Svenja Kortmann
Verwaltung
Internationales Familienzentrum Münster e.V."""


@mail("kortmann-outlook-red-registers-colleague", "2027-01-22 10:40:06",
      E("registration", "y.okumus@familienzentrum-ms.example", "Yusuf Okumuş",
        "Internationales Familienzentrum Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kortmann, Svenja" <s.kortmann@familienzentrum-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbbEx4pV9r2TqGk0y8cW1mZ3uN5A=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR05MB9123B7C6D5E4F3A2B1C0D9E8F7A6@AS8PR05MB9123.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    items = qitems(INVITATION, behind={
        "Name:": "Yusuf Okumuş",
        "Organisation:": "Internationales Familienzentrum Münster e.V.",
        "Arbeitsgruppe (Erst-": "AG 3",
        "Anzahl der Personen:": "1 – nur Herr Okumuş, ich selbst komme nicht",
    })
    h, p = outlook_inline(KORTMANN_TOP, (TO_MSO, INVITATION_SENT_DE, TO_MSO, INVITATION_SUBJECT),
                          items, color="#C00000", charset="utf-8")
    m.alternative(p, h, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Question in English, asked between the quoted lines (time, places left,
# interpretation).  Asks whether AG 2 still has places but registers nobody.

HERRERA_PLAIN = f"""Hi,

a few questions before I sign up, inline below.

On Mon, 11 Jan 2027 at 09:30, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{quote(INVITATION, start="Termin:", stop="Termin:")}

Is it possible to come only for the afternoon workgroups? I work on
Saturday mornings until 12.

{quote(INVITATION, start="Jede Arbeitsgruppe", stop="der Anmeldungen vergeben.")}

Are there still places in AG 2? And will there be any interpretation
into English or Spanish? My German is ok for listening but not for
discussing.

Thanks a lot,
Tomás Herrera
Círculo Latinoamericano Münster
"""


@mail("herrera-english-questions-inline", "2027-01-25 15:20:33",
      E("question", "tomas.herrera@mail.example", "Tomás Herrera",
        "Círculo Latinoamericano Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Tomás Herrera <tomas.herrera@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8wR3nZ6yQ1tB4mL9pX2kV7sD0fG5hJ3cU8aO1iN6eW4qTz7b@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(HERRERA_PLAIN, quoted_html(HERRERA_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Roundcube, plain text, reply above the quote: "habe die AG unten markiert".
# The mark "<== das" is typed at the end of the quoted AG 1 line.

KRASNIQI_TEXT = f"""Guten Tag,

ich nehme gerne teil und habe die AG unten markiert. Ich komme allein.

Mit freundlichen Grüßen
Gjergj Krasniqi
Shoqata Shqiptare Münster e.V.

Am 2027-01-11 09:30, schrieb Tag der Migrantenselbstorganisationen:
{quote(INVITATION, edit={
    "AG 1  Menschen": "AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem   <== das"})}
"""


@mail("krasniqi-roundcube-arrow-on-quoted-line", "2027-01-26 09:05:14",
      E("registration", "g.krasniqi@shoqata-ms.example", "Gjergj Krasniqi",
        "Shoqata Shqiptare Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gjergj Krasniqi <g.krasniqi@shoqata-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e41b7c9d0a2f3e5b8c6d1f4a7b9e2c05@shoqata-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(KRASNIQI_TEXT, charset="utf-8", cte="quoted-printable",
             params={"format": "flowed"})


# -- 021 ---------------------------------------------------------------------
# Russian, Thunderbird with a Russian attribution, answers in Russian under
# the German form lines: "Вторая ..., если там не будет мест — третья" =
# AG 2, else AG 3; "1, только я".

VOLKOVA_TEXT = f"""Добрый день!

Заполнила анкету прямо в письме, ответы ниже.

11.01.2027 09:30, Tag der Migrantenselbstorganisationen пишет:
{quote(INVITATION, after={
    "Name:": ["Ирина Волкова"],
    "Organisation:": ["Культурный центр «Радуга» Мюнстер"],
    "Arbeitsgruppe (Erst-": ["Вторая (Zukunftsprozess), если там не будет мест — третья"],
    "Anzahl der Personen:": ["1, только я"],
})}

С уважением,
Ирина Волкова
"""


@mail("volkova-russian-under-form-lines", "2027-01-27 17:33:22",
      E("registration", "irina.volkova@raduga-ms.example", "Ирина Волкова",
        "Культурный центр «Радуга» Мюнстер", ["AG2", "AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", named("Ирина Волкова", "irina.volkova@raduga-ms.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c8e2a4f-6b1d-4d3e-a9f7-35b7d9e1c2a6@raduga-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 115.18.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(VOLKOVA_TEXT, charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Change in English (Gmail), typed under the quoted "Arbeitsgruppe: AG 1"
# of her confirmation: AG 3, and if full she stays in AG 1.

BELLO_CONF_ID = "<mailbot.20270114092233.6e02@muenster.example>"

BELLO_PLAIN = f"""Hello,

On Thu, 14 Jan 2027 at 09:22, Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{quote(confirmation("Frau Bello", "AG1", 1), start="Termin:", stop="Personen:", after={
    "Arbeitsgruppe:": ["", "Could you please move me to AG 3 instead? Our association is applying",
                       "for funding this spring and that workshop fits better now. If AG 3 is",
                       "already full, just leave me in AG 1.", ""],
})}

Thank you!
Aisha Bello
"""


@mail("bello-english-change-inline", "2027-01-29 12:12:57",
      E("change", "aisha.bello@mail.example", "Aisha Bello", None,
        ["AG3", "AG1"], None, "en"), "en")
def _(m):
    m.head(("From", "Aisha Bello <aisha.bello@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB2mP7vT0xY5wN3kQ8rL1zH4cF9sD6gJ0aU2eO7iR5nW3qVy1p@mail.gmail.example>"),
           ("In-Reply-To", BELLO_CONF_ID),
           ("References", BELLO_CONF_ID),
           ("MIME-Version", "1.0"))
    m.alternative(BELLO_PLAIN, quoted_html(BELLO_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# English, Outlook for Mac: answers in blue behind the quoted German form,
# quote indented.  AG 2 with AG 1 as second choice; she and her daughter.

OWUSU_TOP = """Dear Ms Hölscher,

Thank you for the invitation. Please find my answers below in blue.

Kind regards,
Abena Owusu
Ghanaian Women's Forum Münster"""


@mail("owusu-outlook-mac-blue-english", "2027-02-01 08:58:36",
      E("registration", "abena.owusu@gwf-muenster.example", "Abena Owusu",
        "Ghanaian Women's Forum Münster", ["AG2", "AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@gwf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbdKd2s8Vn1XqP0e6rT4yLm9wB7g=="),
           ("Date", m.date),
           ("Message-ID", "<PAXPR01MB7742F0E1D2C3B4A5968778695A4B@PAXPR01MB7742.eurprd01.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    items = qitems(INVITATION, behind={
        "Name:": "Abena Owusu",
        "Organisation:": "Ghanaian Women's Forum Münster",
        "Arbeitsgruppe (Erst-": "AG 2 – and AG 1 as second choice",
        "Anzahl der Personen:": "2 (my daughter Ama, 17, would like to come along)",
    })
    h, p = outlook_inline(OWUSU_TOP, (TO_MSO, "Monday, 11 January 2027 at 09:30", TO_MSO,
                                      INVITATION_SUBJECT),
                          items, color="#2F5597", charset="utf-8", indent=True,
                          header_lang="en")
    m.alternative(p, h, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Gmail forward of a forward: her chairwoman passed the invitation on; she
# sends it to the city with "<-- ich" typed behind the AG 1 line of the
# forwarded (unquoted) invitation.

WISNIEWSKA_PLAIN = f"""Guten Tag,

unsere Vorsitzende hat mir Ihre Einladung weitergeleitet. Ich möchte gerne
teilnehmen und habe mein Kreuzchen unten gemacht.

Viele Grüße
Paulina Wiśniewska
Deutsch-Polnische Gesellschaft Münster e.V.

---------- Forwarded message ---------
Von: Marta Zielińska <m.zielinska@dpg-muenster.example>
Date: Fr., 29. Jan. 2027 um 18:04 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: <vorstand-liste@dpg-muenster.example>


Liebe alle,

vielleicht hat jemand von euch Lust? Anmeldung direkt bei der Stadt.

Marta

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Date: Mo., 11. Jan. 2027 um 09:30 Uhr
Subject: {INVITATION_SUBJECT}
To: Tag der Migrantenselbstorganisationen <{MSO}>


{quote(INVITATION, prefix="", blank="", edit={
    "AG 1  Menschen": "AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem  <-- ich"})}
"""


@mail("wisniewska-forwarded-invitation-marked", "2027-02-02 19:47:09",
      E("registration", "paulina.wisniewska@mail.example", "Paulina Wiśniewska",
        "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Paulina Wiśniewska <paulina.wisniewska@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL4nV9qR2xT7yK0mB5wP8zH1cE3sF6gD9aU4iO0eN2jW7qXt5r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(WISNIEWSKA_PLAIN, div_html(WISNIEWSKA_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Cancellation bottom-posted under the whole quoted confirmation
# (Thunderbird).  She and her sister both withdraw.

DOGAN_CONF_ID = "<mailbot.20270120111405.c93d@muenster.example>"

DOGAN_TEXT = f"""Am 20.01.27 um 11:14 schrieb Tag der Migrantenselbstorganisationen:
{quote(confirmation("Frau Doğan", "AG3", 2))}

Hallo,

leider müssen meine Schwester und ich absagen, wir fliegen Anfang März zu
unserer Familie nach Izmir. Bitte streichen Sie uns beide von der Liste.

Trotzdem viel Erfolg für den Tag!
Elif Doğan
"""


@mail("dogan-cancel-bottom-post", "2027-02-04 11:26:45",
      E("cancellation", "elif.dogan@mail.example", "Elif Doğan", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Elif Doğan <elif.dogan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f19a3c5e-7b2d-4e80-8c46-a1d3e5f7b902@mail.example>"),
           ("In-Reply-To", DOGAN_CONF_ID),
           ("References", DOGAN_CONF_ID),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("MIME-Version", "1.0"))
    m.single(DOGAN_TEXT, charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Turkish question, top-posted from an iPhone (Turkish interface): is it in
# German, is there Turkish interpretation, how many members may come.

ATES_PLAIN = f"""Merhaba,

Davetiniz için çok teşekkürler. Birkaç sorum olacak: Etkinlik tamamen
Almanca mı olacak? Türkçe tercüme var mı? Almancam toplantılar için
yeterli değil. Bir de derneğimizden en fazla kaç kişi gelebilir?

Cevabınıza göre kayıt olacağız.

Selamlar
Zehra Ateş
Münster Türk Kültür Ocağı

iPhone'umdan gönderildi

> 11 Oca 2027 tarihinde 09:30 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunları yazdı:
> 
{quote(INVITATION, blank="> ")}
"""


@mail("ates-turkish-question-top-post", "2027-02-05 14:02:18",
      E("question", "zehra.ates@mail.example", "Zehra Ateş",
        "Münster Türk Kültür Ocağı", [], None, "tr"), "tr")
def _(m):
    m.head(("From", named("Zehra Ateş", "zehra.ates@mail.example", "utf-8", "b")),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Message-Id", "<C1D3E5F7-A9B2-4C6D-8E0F-13579BDF2468@mail.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(ATES_PLAIN, charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Gmail: she typed her answers into the quoted form lines themselves
# ("> Name: Meryem Yıldız", "> Anzahl der Personen: 5"); the top only says
# the form is filled in below.

YILDIZ_PLAIN = f"""Sehr geehrtes Team,

ich habe Ihr Formular unten ausgefüllt. Wir kommen mit unserer Frauengruppe.

Freundliche Grüße
Meryem Yıldız

Am Mo., 11. Jan. 2027 um 09:30 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(INVITATION, edit={
    "Name:": "Name: Meryem Yıldız",
    "Organisation:": "Organisation: Türkisch-Islamischer Kulturverein Coerde e.V.",
    "Arbeitsgruppe (Erst-": "Arbeitsgruppe (Erst- und ggf. Zweitwunsch): AG 1",
    "Anzahl der Personen:": "Anzahl der Personen: 5",
})}
"""


@mail("yildiz-gmail-typed-into-quoted-form", "2027-02-08 10:19:40",
      E("registration", "meryem.yildiz@tikv-coerde.example", "Meryem Yıldız",
        "Türkisch-Islamischer Kulturverein Coerde e.V.", ["AG1"], 5, "de"), "de")
def _(m):
    m.head(("From", "Meryem Yıldız <meryem.yildiz@tikv-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG7xK2pW5vN0tR8mQ3zL6yB9cH1sD4fJ7aU0eO5iT2nE8qVw6s@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(YILDIZ_PLAIN, quoted_html(YILDIZ_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Change of party size only, Outlook HTML + plain, windows-1252: a red
# comment behind the quoted "Personen: 2" of her confirmation (now 3); the
# workgroup stays.

BERISHA_CONF_ID = "<mailbot.20270125183047.19bf@muenster.example>"

BERISHA_TOP = """Hallo,

eine kleine Änderung, siehe unten in Rot.

Viele Grüße
Fatmire Berisha"""


@mail("berisha-outlook-red-party-change", "2027-02-09 16:40:23",
      E("change", "fatmire.berisha@kosova-frauen-ms.example", "Fatmire Berisha", None,
        [], 3, "de"), "de")
def _(m):
    m.head(("From", '"Berisha, Fatmire" <fatmire.berisha@kosova-frauen-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdz9Q1rPw4e0Ks7mT2vY8nX3cBg=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR04MB9876A0B1C2D3E4F5A6B7C8D9E0F1@GV1PR04MB9876.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", BERISHA_CONF_ID),
           ("References", BERISHA_CONF_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    items = qitems(confirmation("Frau Berisha", "AG2", 2), behind={
        "Personen:": "jetzt 3 – meine Nichte Arta möchte auch mitkommen. Die AG bleibt gleich.",
    })
    h, p = outlook_inline(BERISHA_TOP, (TO_MSO, "Montag, 25. Januar 2027 18:30",
                                        "Berisha, Fatmire", CONFIRMATION_SUBJECT),
                          items, color="#FF0000")
    m.alternative(p, h, charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: the recipient's
# mailbox does not exist.  The returned confirmation names AG 2.

OEZKAN = "kerem.oezkan@kulturbruecke-ms.example"


@mail("postfix-bounce-user-unknown", "2027-02-11 09:12:05",
      E("bounce", bounced=OEZKAN), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211081205.3C7E2A1F04@mx.muenster.example>"),
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

<{OEZKAN}>: host mx.kulturbruecke-ms.example[198.51.100.47]
    said: 550 5.1.1 <{OEZKAN}>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E2A1F04"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 09:12:03 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {OEZKAN}"),
         ("Original-Recipient", f"rfc822;{OEZKAN}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.kulturbruecke-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{OEZKAN}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Kerem Özkan <{OEZKAN}>", "Herr Özkan", "AG2", 1,
        "Thu, 11 Feb 2027 09:12:03 +0100", "<mailbot.20270211091203.77d5@muenster.example>",
        "<4e6a8c0b-2d4f-4a61-93b5-c7e9f1a3b5d7@kulturbruecke-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 030 ---------------------------------------------------------------------
# Auto-reply to the reminder that quotes the whole reminder, empty checkboxes
# and "Anzahl der Personen:" included.  X-Autoreply and Auto-Submitted.

TAMIL_TEXT = f"""Vielen Dank für Ihre E-Mail!

Das Büro des Tamilischen Kulturvereins ist vom 15. bis 26. Februar 2027
nicht besetzt. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Tamilischer Kulturverein Münster e.V.

---- Ihre Nachricht vom 15.02.2027 10:00 ----
{quote(REMINDER)}
"""


@mail("tamil-kv-autoreply-quotes-reminder", "2027-02-15 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Tamilischer Kulturverein Münster <info@tamil-kv-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270215100041.5518@tamil-kv-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("X-Autoreply", "yes"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single(TAMIL_TEXT, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Outlook with "mark my comments with [Kaya, Aylin]": each comment in the
# quoted reminder starts with that marker (bold italic, red).  AG 3, else
# AG 1; four persons.

KAYA_TOP = """Liebes Team,

meine Antworten stehen unten im Text. Wir kommen mit vier Frauen aus unserer Frauengruppe.

Viele Grüße
Aylin Kaya"""


@mail("kaya-outlook-marked-comments-reminder", "2027-02-15 13:37:52",
      E("registration", "aylin.kaya@alevi-ms.example", "Aylin Kaya",
        "Alevitische Gemeinde Münster e.V.", ["AG3", "AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Kaya, Aylin" <aylin.kaya@alevi-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbf6w3Vt2sX0yN8qK5mP1eR4zLcA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7210C4D5E6F7A8B9C0D1E2F3A4B5@DU2PR08MB7210.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    items = qitems(REMINDER, after={
        "[ ] AG 3": ["AG 3 bitte, ersatzweise AG 1"],
        "Name:": ["Aylin Kaya"],
        "Verein / Organisation:": ["Alevitische Gemeinde Münster e.V."],
        "Anzahl der Personen:": ["4"],
    })
    h, p = outlook_inline(KAYA_TOP, (TO_MSO, "Montag, 15. Februar 2027 10:00", TO_MSO,
                                     REMINDER_SUBJECT),
                          items, color="#C00000", marker="Kaya, Aylin")
    m.alternative(p, h, charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Russian, reply to the reminder: she deleted the AG 2 and AG 3 checkbox
# lines, put an "x" into the one left, and filled the form lines inside the
# quote.  "Нас будет двое" = 2.

SCHMIDT_TEXT = f"""Здравствуйте!

Отметила нужную группу крестиком. Нас будет двое — я и моя соседка
Валентина, она тоже ходит в наш клуб.

15.02.2027, 10:00, "Tag der Migrantenselbstorganisationen" <{MSO}>:
{quote(REMINDER, start="Wer noch nicht angemeldet", stop="Anzahl der Personen:",
       drop={"[ ] AG 2", "Migrationsvorgeschichte", "[ ] AG 3"},
       edit={"[ ] AG 1": "[x] AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
             "Name:": "Name: Людмила Шмидт",
             "Verein / Organisation:": "Verein / Organisation: Клуб «Встреча» Мюнстер",
             "Anzahl der Personen:": "Anzahl der Personen: 2"})}

--
Людмила Шмидт
"""


@mail("schmidt-russian-x-in-trimmed-reminder", "2027-02-16 08:22:30",
      E("registration", "ljudmila.schmidt@mail.example", "Людмила Шмидт",
        "Клуб «Встреча» Мюнстер", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Ljudmila Schmidt <ljudmila.schmidt@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771226550.918273645@webmail.mail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("X-Mailer", "Webmail 24.6"),
           ("MIME-Version", "1.0"))
    m.single(SCHMIDT_TEXT, charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Arabic, Gmail (rtl), base64: "[X]" put into the quoted AG 2 checkbox of the
# reminder, the form answered in Arabic under the quoted lines, the number as
# an Arabic-Indic digit ٣.

KHALIL_PLAIN = f"""مرحباً،

وضعت علامة X على مجموعة العمل التي أريدها، وكتبت بياناتي تحت الأسطر.

في الاثنين، ١٥ فبراير ٢٠٢٧ ١٠:٠٠ ص كتب Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(REMINDER, start="[ ] AG 1", stop="Anzahl der Personen:",
       edit={"[ ] AG 2": "[X] AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit"},
       after={"Name:": ["رشا خليل"],
              "Verein / Organisation:": ["جمعية المرأة السورية في مونستر"],
              "Anzahl der Personen:": ["٣ (أنا وأختي وابنتي)"]})}

شكراً جزيلاً
رشا خليل
"""


@mail("khalil-arabic-x-in-reminder-checkbox", "2027-02-17 20:05:11",
      E("registration", "rasha.khalil@mail.example", "رشا خليل",
        "جمعية المرأة السورية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Khalil <rasha.khalil@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM8pW1zT4yR7vN0kX3qB6mL9cJ2sD5fH8aU1eO6iG3nE0qVr9t@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(KHALIL_PLAIN, quoted_html(KHALIL_PLAIN, rtl_new=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Turkish, Gmail, bottom-posted under the complete quoted reminder (with
# its empty checkboxes): "1. çalışma grubuna", "Tek başıma" = alone.

ARIKAN_PLAIN = f"""Tag der Migrantenselbstorganisationen <{MSO}>, 15 Şub 2027 Pzt, 10:00 tarihinde şunu yazdı:

{quote(REMINDER)}

Merhaba,

1. çalışma grubuna (Bildungssystem) katılmak istiyorum. Tek başıma geleceğim.

İyi çalışmalar
Serkan Arıkan
Münster Türk Veliler Derneği
"""


@mail("arikan-turkish-bottom-post-reminder", "2027-02-19 11:48:02",
      E("registration", "serkan.arikan@mail.example", "Serkan Arıkan",
        "Münster Türk Veliler Derneği", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Serkan Arıkan <serkan.arikan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD1qX6tN9wR2yV5mK8pB3zL0cH7sF4gJ1aU6eO9iT4nE2qWx8u@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.alternative(ARIKAN_PLAIN, quoted_html(ARIKAN_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Turkish change, windows-1254 QP, typed under the quoted "Arbeitsgruppe:
# AG 3" of her confirmation: "1. gruba ... değiştirin" = AG 1.

TEKIN_CONF_ID = "<mailbot.20270203141908.4a7e@muenster.example>"

TEKIN_TEXT = f"""Merhaba,

03.02.2027 14:19 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{quote(confirmation("Frau Tekin", "AG3", 1), stop="Personen:", after={
    "Arbeitsgruppe:": ["", "Lütfen bunu 1. gruba (Bildungssystem) değiştirin. Oğlumun okulunda veli",
                       "temsilcisi oldum, eğitim konusu artık benim için daha önemli.", ""],
})}

Teşekkürler
Gülsüm Tekin
"""


@mail("tekin-turkish-change-inline", "2027-02-22 09:31:16",
      E("change", "gulsum.tekin@mail.example", "Gülsüm Tekin", None,
        ["AG1"], None, "tr"), "tr")
def _(m):
    m.head(("From", named("Gülsüm Tekin", "gulsum.tekin@mail.example", "windows-1254", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT, "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<2a4c6e8f-0b1d-4f3a-85c7-e9a1b3d5f7c9@mail.example>"),
           ("In-Reply-To", TEKIN_CONF_ID),
           ("References", TEKIN_CONF_ID),
           ("User-Agent", "Mozilla Thunderbird 128.7.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(TEKIN_TEXT, charset="windows-1254", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Question typed under the quoted AG 3 line: what is covered there; he will
# decide between AG 2 and AG 3 later.  Names workgroups, registers nobody.

TOURE_PLAIN = f"""Guten Tag,

ich habe eine Frage zu den Arbeitsgruppen, siehe unten.

Am Mo., 11. Jan. 2027 um 09:30 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(INVITATION, start="Die drei Arbeitsgruppen:", stop="der Anmeldungen vergeben.", after={
    "AG 3  Förderungs": ["", "Was wird in AG 3 genau behandelt? Geht es auch um Landesmittel, zum",
                         "Beispiel vom Land NRW, oder nur um städtische Förderung? Und bekommt",
                         "man die Präsentation danach zugeschickt?", ""],
})}

Ich entscheide mich dann zwischen AG 2 und AG 3 und melde mich nochmal.

Mit freundlichen Grüßen
Ibrahim Touré
Verein der Westafrikaner in Münster e.V.
"""


@mail("toure-question-under-ag3-line", "2027-02-24 14:14:29",
      E("question", "ibrahim.toure@mail.example", "Ibrahim Touré",
        "Verein der Westafrikaner in Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ibrahim Touré <ibrahim.toure@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK3tY8wQ1zN6vR9mB2pX5kL8cF0sD3gH6aU9eO2iJ7nE4qTv0w@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(TOURE_PLAIN, quoted_html(TOURE_PLAIN), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Party-size change in CAPITALS under the quoted "Personen: 4" (web.de
# webmail, plain).  The workgroup stays.

MARKOVIC_CONF_ID = "<mailbot.20270128201544.e8c1@muenster.example>"

MARKOVIC_TEXT = f"""Guten Abend,

Am 28.01.2027 um 20:15 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
{quote(confirmation("Frau Marković", "AG2", 4), after={
    "Personen:": ["NUR NOCH 2 PERSONEN, ZWEI SIND KRANK GEWORDEN. AG BLEIBT."],
})}

Gruß Ljubica Marković
"""


@mail("markovic-capitals-party-change", "2027-03-01 18:20:50",
      E("change", "ljubica.markovic@web-mail.example", "Ljubica Marković", None,
        [], 2, "de"), "de")
def _(m):
    m.head(("From", "Ljubica Marković <ljubica.markovic@web-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-4f7a2c91-8e3b-4d06-b5a1-c2e9f0d7b348-1772385650117@3c-app-webde-bap44>"),
           ("In-Reply-To", MARKOVIC_CONF_ID),
           ("References", MARKOVIC_CONF_ID),
           ("MIME-Version", "1.0"))
    m.single(MARKOVIC_TEXT, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Russian cancellation typed under the quoted "... oder Sie absagen müssen"
# sentence of his confirmation.

ORLOV_CONF_ID = "<mailbot.20270201075512.b02f@muenster.example>"

ORLOV_TEXT = f"""Здравствуйте,

01.02.2027 07:55, Tag der Migrantenselbstorganisationen пишет:
{quote(confirmation("Herr Orlov", "AG3", 1), stop="einfach auf diese E-Mail.", after={
    "einfach auf diese E-Mail.": ["", "Вынужден отказаться: в этот день меня поставили на смену на работе.",
                                  "Пожалуйста, вычеркните меня из списка. Извините!"],
})}

Дмитрий Орлов
"""


@mail("orlov-russian-cancel-inline", "2027-03-03 07:55:37",
      E("cancellation", "d.orlov@mail.example", "Дмитрий Орлов", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Dmitri Orlov <d.orlov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b7d9f1a3-c5e7-4092-a4b6-d8f0a2c4e6b8@mail.example>"),
           ("In-Reply-To", ORLOV_CONF_ID),
           ("References", ORLOV_CONF_ID),
           ("User-Agent", "Mozilla Thunderbird 128.7.1"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(ORLOV_TEXT, charset="utf-8", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Arabic cancellation, top-posted above the quoted confirmation (Gmail, rtl,
# base64).  He and his wife withdraw.

MAHMOUD_PLAIN = f"""مرحباً،

للأسف لن نتمكن أنا وزوجتي من الحضور يوم ١٣ آذار بسبب ظرف عائلي طارئ. أرجو إلغاء تسجيلنا.

شكراً لكم ونعتذر عن ذلك.
حسين محمود

في الجمعة، ٥ فبراير ٢٠٢٧ ٦:٤٠ م كتب Tag der Migrantenselbstorganisationen <{MSO}>:

{quote(confirmation("Herr Mahmoud", "AG1", 2))}
"""


@mail("mahmoud-arabic-cancel-top-post", "2027-03-08 12:40:26",
      E("cancellation", "hussein.mahmoud@mail.example", "حسين محمود", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Hussein Mahmoud <hussein.mahmoud@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN6sV0yR3wT8xQ1kM4pB7zL2cG5sD8fH1aU4eO7iK0nE6qYt3v@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270205184012.2d6a@muenster.example>"),
           ("References", "<mailbot.20270205184012.2d6a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MAHMOUD_PLAIN, quoted_html(MAHMOUD_PLAIN, rtl_new=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Short cancellation from K-9 Mail, top-posted above the confirmation,
# signed only with the first name (full name in From).

KORKMAZ_TEXT = f"""Hallo, bitte streichen Sie mich, ich schaffe es am Samstag doch nicht. Sorry für die kurzfristige Absage!
Yasemin

Am 2. Februar 2027 14:21:07 MEZ schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
{quote(confirmation("Frau Korkmaz", "AG2", 1), prefix=">")}
"""


@mail("korkmaz-k9-short-cancel-top", "2027-03-11 21:03:55",
      E("cancellation", "yasemin.korkmaz@mail.example", "Yasemin Korkmaz", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Yasemin Korkmaz <yasemin.korkmaz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9D2F4B6A-1C3E-4A58-B7D9-E0F2A4C6B8D1@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202142107.f5b3@muenster.example>"),
           ("References", "<mailbot.20270202142107.f5b3@muenster.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single(KORKMAZ_TEXT, charset="utf-8", cte="8bit")


# ---------------------------------------------------------------------------
# build, check, write
# ---------------------------------------------------------------------------

def build_all():
    built, last = [], None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
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


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).casefold()).strip()


def check(name, data, m, e):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if data.count(b"\r\n") and data.count(b"\r\n") != data.count(b"\n"):
        problems.append("mixed line endings")
    if str(msg["Subject"]) != m.subject:
        problems.append(f"Subject decodes to {str(msg['Subject'])!r}, written {m.subject!r}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 11, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 11 Jan - 12 Mar 2027")
    got = list(leaves(msg))
    if len(got) != len(m.intended):
        problems.append(f"{len(got)} leaf parts, built {len(m.intended)}")
    for i, (p, w) in enumerate(zip(got, m.intended)):
        cs = p.get_content_charset() or "us-ascii"
        try:
            p.get_payload(decode=True).decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode in {cs}: {exc}")
            continue
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
    # labels
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys")
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and e["party_size"] is not None and e["party_size"] < 1:
        problems.append("bad party_size for change")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if k in ("auto_reply", "bounce", "other"):
        if any(e[f] is not None for f in ("email", "name", "organisation", "language")):
            problems.append("machine/other mail must have null email/name/org/language")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        else:
            hdr = " ".join(a for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])).lower()
            if e["email"] not in hdr and e["email"] not in text.lower():
                problems.append("email neither in From/Reply-To nor in the text")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("person mail needs an ISO 639-1 language")
        for f in ("name", "organisation"):
            if e[f] is not None and norm(e[f]) not in norm(text):
                problems.append(f"{f} {e[f]!r} does not occur in the mail")
        if not e["name"]:
            problems.append("person mail needs a name")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(13)] + langs))
    for k in KINDS:
        print("  " + k.ljust(13) + " " + " ".join(f"{table[(k, t)]:>4}" for t in langs))
    types, encs = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), n in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; fail if the files on disk differ")
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
    senders = collections.Counter()
    for _, m, _, _ in built:
        frm = getaddresses([str(m.msg["From"])])[0][1].lower()
        senders[frm] += 1
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
            bad += 1

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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
