#!/usr/bin/env python3
"""Build the "final20c" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is the dev config), mails typed on phones.
Very short mails, autocorrect slips, missing punctuation, emoji, "Von meinem
iPhone gesendet" / "Von meinem Samsung Galaxy Smartphone gesendet." footers,
dictated run-on sentences, top-posted replies to the organiser's
confirmation and German written as a second language.

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, and reads every file back with email.policy.default to check it: no
MIME defects, each body part decodes to exactly the text written here, labels
well formed, every key present, no sender twice, only example domains.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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
        if style == "iphone":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:14], 16)}"
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



REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"
WORKGROUP_IDS = ("AG1", "AG2", "AG3")

IPHONE_DE = "Von meinem iPhone gesendet"
IPAD_DE = "Von meinem iPad gesendet"
SAMSUNG_DE = "Von meinem Samsung Galaxy Smartphone gesendet."


def conf_id(stamp):
    """Message-ID of the confirmation mailbot sent at `stamp` (YYYYMMDDhhmmss)."""
    return f"<mailbot.{stamp}.{hashlib.sha256(stamp.encode()).hexdigest()[:4]}@muenster.example>"


# ---------------------------------------------------------------------------
# how phone mail programs write replies and HTML
# ---------------------------------------------------------------------------

def iphone_quote(header, text):
    """iOS Mail: the attribution line and every quoted line get '> '; the
    quoted text starts with a U+FEFF (a quirk of iOS Mail)."""
    out = [f"> {header}", "> "]
    for i, line in enumerate(text.split("\n")):
        out.append("> " + ("\ufeff" if i == 0 else "") + line)
    return "\n".join(out)


def iphone_plain(new, footer, header=None, quoted=None):
    text = f"{new}\n\n{footer}"
    if header:
        text += "\n\n" + iphone_quote(header, quoted)
    return text + "\n"


def iphone_html(new, footer, header=None, quoted=None):
    body = "<br>".join(esc(line) for line in new.split("\n"))
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">',
           f'<div dir="ltr">{body}</div>',
           f'<div dir="ltr"><br><div dir="ltr">{esc(footer)}</div>']
    if header:
        out.append(f'<div dir="ltr"><br><blockquote type="cite">{esc(header)}<br><br></blockquote></div>')
        spans = "<br>".join(f"<span>{esc(line)}</span>" for line in quoted.split("\n"))
        out.append(f'<blockquote type="cite"><div dir="ltr">\ufeff{spans}</div></blockquote>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def samsung_plain(new, footer=SAMSUNG_DE, quote=None):
    """Samsung Email: signature after three empty lines; the original below a
    dashed line, not indented."""
    text = f"{new}\n\n\n\n{footer}\n"
    if quote:
        von, datum, an, betreff, quoted = quote
        text += (f"\n-------- Ursprüngliche Nachricht --------\nVon: {von} \nDatum: {datum} \n"
                 f"An: {an} \nBetreff: {betreff} \n\n{quoted}\n")
    return text


def samsung_html(new, footer=SAMSUNG_DE, quote=None):
    divs = "".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>' for line in new.split("\n"))
    out = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           + divs + '<div dir="auto"><br></div><div dir="auto"><br></div>'
           '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
           + esc(footer) + '</div></div>')
    if quote:
        von, datum, an, betreff, quoted = quote
        out += ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                '<div>-------- Ursprüngliche Nachricht --------</div>'
                f'<div>Von: {esc(von)} </div><div>Datum: {esc(datum)} </div>'
                f'<div>An: {esc(an)} </div><div>Betreff: {esc(betreff)} </div><div><br></div></div>'
                + "<br>".join(esc(line) for line in quoted.split("\n")))
    return out + "</body></html>\n"


def gmail_mobile_plain(new, header=None, quoted=None):
    text = new + "\n"
    if header:
        text += f"\n{header}\n\n{gt_quote(quoted)}\n"
    return text


def gmail_mobile_html(new, header=None, quoted=None):
    divs = "".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>' for line in new.split("\n"))
    out = f'<div dir="auto">{divs}</div>'
    if header:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(header.replace("<\n", "<")) + '<br></div><blockquote class="gmail_quote" '
                'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + "<br>".join(esc(line) for line in quoted.split("\n")) + "</blockquote></div>")
    return out + "\n"


def outlook_mobile_plain(new, footer, quote=None):
    text = f"{new}\n\n{footer}\n"
    if quote:
        frm, sent, to, subject, quoted = quote
        text += (f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
                 f"Subject: {subject}\n\n{quoted}\n")
    return text


def outlook_mobile_html(new, footer, quote=None):
    divs = "".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>' for line in new.split("\n"))
    out = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           f'<body><div dir="ltr">{divs}<div dir="auto"><br></div>'
           f'<div class="ms-outlook-mobile-signature"><div dir="auto">{esc(footer)}</div></div></div>')
    if quote:
        frm, sent, to, subject, quoted = quote
        out += ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> {esc(frm)}<br>'
                f'<b>Sent:</b> {esc(sent)}<br><b>To:</b> {esc(to)}<br><b>Subject:</b> {esc(subject)}</font>'
                '<div>&nbsp;</div></div><div>'
                + "<br>".join(esc(line) for line in quoted.split("\n")) + "</div>")
    return out + "</body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


def iphone_head(m, frm, subject, msgid, *extra, device="iPhone"):
    """Headers as iOS Mail writes them; a reply goes to the display name it answers."""
    m.head(("From", frm),
           ("To", TO_MSO if extra else MSO),
           ("Subject", subject),
           ("Date", m.date),
           ("Message-ID", msgid),
           *extra,
           ("X-Mailer", f"{device} Mail (21D61)"),
           ("Mime-Version", "1.0 (1.0)"))


# -- 001 ---------------------------------------------------------------------
# iPhone, top-posted on the whole invitation (all three AGs in the quote); the
# new text is four short lines, "AG 2", signed with the first name only.

@mail("nasser-iphone-top-post-invitation", "2027-01-12 14:31:07",
      E("registration", "tarek.nasser@mail.example", "Tarek Nasser", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    iphone_head(m, "Tarek Nasser <tarek.nasser@mail.example>", "Re: " + INVITATION_SUBJECT,
                "<0B6E2F4A-7C19-4D3B-A8E5-91F2C6D07B34@mail.example>",
                ("In-Reply-To", INVITATION_ID), ("References", INVITATION_ID))
    m.single(iphone_plain("""Hallo,
bin dabei 👍 AG 2 bitte. Komme allein

LG Tarek""", IPHONE_DE,
        "Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        INVITATION), charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Samsung Email (alternative, base64), German as a second language: "mit meine
# Frau und meine Tochter" = 3, "sie ist 16" is an age; "Gruppe Schule" is the
# alias of AG 1.

ABDULRAHMAN_TEXT = """Sehr geehrte Damen und Herren 
Ich möchte anmelden für den Tag von Migranten Organisation am 13 März. Ich komme mit meine Frau und meine Tochter sie ist 16. Wir möchten gerne in Gruppe Schule weil unsere Kinder gehen in Schule hier und wir haben viele Fragen 

Mit freundlichen Grüßen 
Abdulrahman Haji"""


@mail("haji-samsung-gruppe-schule", "2027-01-12 19:05:44",
      E("registration", "abdulrahman.haji@mail.example", "Abdulrahman Haji", None,
        ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Abdulrahman Haji <abdulrahman.haji@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<6kq1f0z3wz8b2n1c7u5e4d9r.1768241144512@email.android.example>"),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(ABDULRAHMAN_TEXT), samsung_html(ABDULRAHMAN_TEXT),
                  cte="base64", style="samsung")


# -- 003 ---------------------------------------------------------------------
# English from an iPhone, all lower case, no apostrophes ("id like"), "pls",
# "just me"; workshop 1 with the topic in brackets.

@mail("owusu-english-lowercase-iphone", "2027-01-13 07:48:19",
      E("registration", "kevin.owusu@mail.example", "Kevin Owusu",
        "Ghana Students Association Münster", ["AG1"], 1, "en"), "en")
def _(m):
    iphone_head(m, "Kevin Owusu <kevin.owusu@mail.example>", "registration",
                "<D41A8C2E-3F60-4B7D-9E12-5C8A0F6B2D91@mail.example>")
    m.single("""hi there
id like to register for the MSO day on march 13, workshop 1 (education) pls. just me
thx
Kevin Owusu
Ghana Students Association Münster

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Dictated on an iPhone: one run-on sentence without punctuation, the event
# name split ("Migranten Selbstorganisationen"), "Arbeitsgruppe zwei Zukunft
# Prozess", "zu zweit"; the organisation is said in the middle of the sentence.

@mail("santos-dictated-run-on", "2027-01-13 12:20:52",
      E("registration", "maria.santos@mail.example", "Maria Santos",
        "Casa do Brasil Münster", ["AG2"], 2, "de"), "de")
def _(m):
    iphone_head(m, "Maria Santos <maria.santos@mail.example>",
                "Anmeldung Tag der Migranten Selbstorganisationen",
                "<7F3D9B21-0E4C-4A86-B5D2-C1E8F9A03B47@mail.example>")
    m.single("""Hallo hier ist Maria Santos von Casa do Brasil Münster ich wollte uns anmelden für den Tag der Migranten Selbstorganisationen am 13. März und zwar für die Arbeitsgruppe zwei Zukunft Prozess wir kommen zu zweit also ich und meine Kollegin Juliana ich hoffe das klappt noch vielen Dank und einen schönen Tag noch

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Turkish from an iPhone (base64): "2. çalışma grubu" = workgroup 2, "eşimle
# birlikte" = with my husband -> 2; Turkish iOS footer.

@mail("aydogan-turkish-iphone", "2027-01-13 18:42:05",
      E("registration", "emine.aydogan@mail.example", "Emine Aydoğan",
        "Münster Türk Kadınlar Derneği", ["AG2"], 2, "tr"), "tr")
def _(m):
    iphone_head(m, "Emine Aydoğan <emine.aydogan@mail.example>", "Kayıt - MSO Tag",
                "<A9C04E7B-2D15-4F83-8B6A-E0D3F71C5A28@mail.example>")
    m.single("""Merhaba,
13 Mart'taki MSO gününe kayıt olmak istiyorum. 2. çalışma grubuna katılmak istiyoruz, eşimle birlikte geleceğim.
Teşekkürler
Emine Aydoğan
Münster Türk Kadınlar Derneği

iPhone'umdan gönderildi
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Emoji everywhere, the workgroup as a keycap emoji "1️⃣" after "AG"; "zu zweit,
# meine Schwester und ich" = 2; emoji in the Subject.  Gmail app (alternative).

SIMSEK_TEXT = """Hallo 👋
wir sind dabei 🎉🎉 zu zweit, meine Schwester und ich 👭 AG 1️⃣ bitte 📚
freu mich schon!!
LG Elif 😊"""


@mail("simsek-emoji-keycap", "2027-01-14 09:15:33",
      E("registration", "elifsimsek93@mail.example", "Elif Şimşek", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elif Şimşek <elifsimsek93@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag 🎉"),
           ("Date", m.date),
           ("Message-ID", "<CAH8x2qT5mVnR0bW3kLpJ7yF1dZs9gQe4uXcA6oN2iE8rB5tYw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(SIMSEK_TEXT), gmail_mobile_html(SIMSEK_TEXT),
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# German as a second language without umlauts ("mochte", "fur", "Munster"):
# "mit zwei Freund" = 3, "interesse fur Bildung" = AG 1.  Vietnamese name
# order as written.  Huawei footer.

@mail("nguyen-no-umlauts-huawei", "2027-01-14 21:37:12",
      E("registration", "minh.nguyen.van@mail.example", "Nguyen Van Minh",
        "Vietnamesische Gemeinde Munster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Minh Nguyen <minh.nguyen.van@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung fur MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<e3b1c9d27a4f4e0b8c6d5a2f1e7b9c30@mail.example>"),
           ("X-Mailer", "Huawei Email"),
           ("MIME-Version", "1.0"))
    m.single("""Guten tag
ich bin Nguyen Van Minh von Vietnamesische Gemeinde Munster. ich mochte kommen zu Treffen am 13.3 mit zwei Freund von Gemeinde. wir haben interesse fur Bildung weil unsere Kinder.
Danke sehr

Von meinem Huawei-Mobiltelefon gesendet
""", charset="utf-8", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Question (Samsung): may children come, is there childcare?  She will register
# only if so ("Wenn ja dann melde ich mich gerne an").

HANNA_TEXT = """Hallo 
kann man zu dem Tag am 13.3 Kinder mitbringen? Meine sind 4 und 7 Jahre. Gibt es da Betreuung oder so? Wenn ja dann melde ich mich gerne an 😊
Danke 
Hanna"""


@mail("tesfay-question-children", "2027-01-15 10:02:40",
      E("question", "hanna.tesfay@mail.example", "Hanna Tesfay", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Hanna Tesfay <hanna.tesfay@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Kinder"),
           ("Date", m.date),
           ("Message-ID", "<p0x7c2mh4r9sk3a1e6vq8w5n.1768467760083@email.android.example>"),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(HANNA_TEXT), samsung_html(HANNA_TEXT),
                  cte="quoted-printable", style="samsung")


# -- 009 ---------------------------------------------------------------------
# Arabic from a Samsung phone (base64): "مجموعة العمل الثالثة" = the third
# workgroup, "سأحضر وحدي" = I come alone; Arabic signature and organisation,
# Latin display name; Arabic Samsung footer.

KHALED_TEXT = """السلام عليكم،
أرغب في التسجيل في يوم منظمات المهاجرين يوم 13 مارس. أختار مجموعة العمل الثالثة (التمويل وإدارة الجمعيات). سأحضر وحدي.
شكراً
خالد العمر
جمعية الجالية السورية في مونستر"""

KHALED_FOOTER = "تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي."


@mail("alomar-arabic-samsung", "2027-01-15 16:55:21",
      E("registration", "khaled.alomar@mail.example", "خالد العمر",
        "جمعية الجالية السورية في مونستر", ["AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Omar <khaled.alomar@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل - يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<t4n8d1k6zq0wm2y7c5b3j9xf.1768492521377@email.android.example>"),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(KHALED_TEXT, KHALED_FOOTER), samsung_html(KHALED_TEXT, KHALED_FOOTER),
                  cte="base64", style="samsung")


# -- 010 ---------------------------------------------------------------------
# iPad autocorrect: "Ag 3", "Forderungsmöglichkeiten" (umlaut lost), "Vereins
# Management", "Migranten Selbstorganisation"; "ich und mein Kollege" = 2.

@mail("jovanovic-ipad-autocorrect", "2027-01-16 08:10:26",
      E("registration", "dragan.jovanovic@skv-muenster.example", "Dragan Jovanović",
        "Serbischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    iphone_head(m, "Dragan Jovanović <dragan.jovanovic@skv-muenster.example>", "Anmeldung Mso Tag",
                "<5C2E8A17-B94D-4F30-A6E1-0D7B3C9F8E52@skv-muenster.example>", device="iPad")
    m.single("""Guten Morgen,
hiermit melde ich mich und mein Kollege Milan für die Ag 3 Forderungsmöglichkeiten und Vereins Management an. Wir freuen uns auf den Tag der Migranten Selbstorganisation!
Viele Grüße
Dragan Jovanović
Serbischer Kulturverein Münster e.V.

Von meinem iPad gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Out-of-office to a confirmation (Auto-Submitted), which says she reads mail
# only now and then on her phone.

@mail("kuhlmann-out-of-office", "2027-01-16 10:40:09",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("20270116104007")
    m.head(("From", "Petra Kuhlmann <p.kuhlmann@nachbarschaftshaus-kinderhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1768556409.4411@nachbarschaftshaus-kinderhaus.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bis zum 29. Januar im Urlaub und lese meine E-Mails nur
gelegentlich auf dem Handy. Ab dem 1. Februar bin ich wieder im Büro.

In dringenden Fällen erreichen Sie das Nachbarschaftshaus unter
0251 21 44 70.

Viele Grüße
Petra Kuhlmann
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Russian from an iPhone: "Рабочая группа 1" = workgroup 1, "Нас будет трое"
# = we will be three.  Signed with the first name only (Cyrillic), so the
# Latin display name is the fullest form.

@mail("morozova-russian-iphone", "2027-01-17 13:28:50",
      E("registration", "irina.morozova@mail.example", "Irina Morozova", None,
        ["AG1"], 3, "ru"), "ru")
def _(m):
    iphone_head(m, "Irina Morozova <irina.morozova@mail.example>", "Регистрация 13.03",
                "<E27B5D90-41C8-4E6A-9F03-B8A6D2C17E45@mail.example>")
    m.single("""Здравствуйте!
Хочу зарегистрироваться на день мигрантских организаций 13 марта. Рабочая группа 1 (образование). Нас будет трое – я и две подруги из нашего клуба.
Спасибо!
Ирина

Отправлено с iPhone
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Everything is in the Subject ("AG3 2 Pers."); the body is only the English
# iPhone footer.

@mail("karaca-subject-only-footer", "2027-01-18 19:44:03",
      E("registration", "yusuf.karaca@mail.example", "Yusuf Karaca", None,
        ["AG3"], 2, "de"), "de")
def _(m):
    iphone_head(m, "Yusuf Karaca <yusuf.karaca@mail.example>", "Anmeldung AG3 2 Pers.",
                "<1E9F4C62-8A3B-47D5-B0C9-6F2E5A8D3C17@mail.example>")
    m.single("""

Sent from my iPhone
""", charset="us-ascii", cte="7bit")


# -- 014 ---------------------------------------------------------------------
# Gmail app reply quoting the invitation ('>' quote under a wrapped Gmail
# attribution line), second-language German: "Gruppe 3 ... und wenn voll dann
# Gruppe 1" = first and second choice; alone.

AMADOU_TEXT = """Hallo 
ich will mitmachen bei Gruppe 3 Vereinsmanagement und wenn voll dann Gruppe 1. Ich komme alleine.
Amadou Bah
Guinea Verein Münster e.V."""

GMAIL_INVITATION_HEADER = ("Tag der Migrantenselbstorganisationen <\n"
                           "mso-tag@muenster.example> schrieb am Di., 12. Jan. 2027, 14:03:")


@mail("bah-gmail-app-first-second-choice", "2027-01-19 07:15:36",
      E("registration", "amadou.bah@mail.example", "Amadou Bah", "Guinea Verein Münster e.V.",
        ["AG3", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Amadou Bah <amadou.bah@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ3nR8wYp1tK5vQ0mXb7zLd2sHf9gUe6cA4oW1iN3rT8yBq5E@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(AMADOU_TEXT, GMAIL_INVITATION_HEADER, INVITATION),
                  gmail_mobile_html(AMADOU_TEXT, GMAIL_INVITATION_HEADER, INVITATION),
                  cte="quoted-printable", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Ukrainian from an iPhone, Cyrillic display name: "Робоча група 3, якщо там
# немає місць – тоді 2" = 3, else 2; "Буду сама" = I come alone.

@mail("kravchuk-ukrainian-iphone", "2027-01-20 22:03:58",
      E("registration", "n.kravchuk@mail.example", "Наталія Кравчук", None,
        ["AG3", "AG2"], 1, "uk"), "uk")
def _(m):
    iphone_head(m, "Наталія Кравчук <n.kravchuk@mail.example>", "Реєстрація MSO-Tag",
                "<93D6A1E8-5B07-4C2F-8E94-A3C7B0D16F28@mail.example>")
    m.single("""Добрий день!
Реєструюсь на 13 березня. Робоча група 3, якщо там немає місць – тоді 2. Буду сама.
Дякую!
Наталія Кравчук

Надіслано з iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Change, top-posted iPhone reply to the confirmation (AG 3, 2 persons),
# multipart/alternative with an HTML blockquote: "doch in die AG 1 statt 3".

GUNES_NEW = """Hallo, können wir doch in die AG 1 statt 3? Meine Kollegin und ich haben uns umentschieden 🙈 Danke!!
Serpil"""
GUNES_HEADER = ("Am 14.01.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen "
                "<mso-tag@muenster.example>:")


@mail("gunes-change-iphone-top-post", "2027-01-21 11:30:14",
      E("change", "serpil.gunes@mail.example", "Serpil Güneş", None, ["AG1"], None, "de"), "de")
def _(m):
    cid = conf_id("20270114100211")
    iphone_head(m, "Serpil Güneş <serpil.gunes@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<4B8E0F3C-D27A-4961-B5E8-7C1A9D2F60B3@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    quoted = confirmation("Frau Güneş", "AG3", 2)
    m.alternative(iphone_plain(GUNES_NEW, IPHONE_DE, GUNES_HEADER, quoted),
                  iphone_html(GUNES_NEW, IPHONE_DE, GUNES_HEADER, quoted),
                  cte="quoted-printable", style="iphone")


# -- 017 ---------------------------------------------------------------------
# Farsi from an iPhone with Persian digits: "گروه کاری ۱" = workgroup 1, "با
# همسرم ... دو نفر" = with my wife, two persons; Latin signature.

@mail("rostami-farsi-iphone", "2027-01-22 17:12:45",
      E("registration", "farzaneh.rostami@mail.example", "Farzaneh Rostami", None,
        ["AG1"], 2, "fa"), "fa")
def _(m):
    iphone_head(m, "Farzaneh Rostami <farzaneh.rostami@mail.example>", "ثبت نام",
                "<C5F21B7D-9E3A-4D08-A6B4-2E8F0C7D1A93@mail.example>")
    m.single("""سلام
برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت نام می‌کنم. گروه کاری ۱ (آموزش). با همسرم می‌آیم، یعنی دو نفر.
ممنون
Farzaneh Rostami

ارسال شده از iPhone من
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# She registers a colleague who has no e-mail of her own and asks for the
# confirmation to come to her: the attendee is Sevda Korkmaz, alone.

@mail("aslan-registers-colleague-iphone", "2027-01-23 09:41:17",
      E("registration", "derya.aslan@frauentreff-kinderhaus.example", "Sevda Korkmaz",
        "Frauentreff Kinderhaus", ["AG1"], 1, "de"), "de")
def _(m):
    iphone_head(m, "Derya Aslan <derya.aslan@frauentreff-kinderhaus.example>",
                "Anmeldung für meine Kollegin",
                "<2D7C9E41-A6F3-4B85-9C10-E5B8D3F72A06@frauentreff-kinderhaus.example>")
    m.single("""Hi, 
bitte meine Kollegin Sevda Korkmaz für die AG 1 anmelden. Sie hat keine eigene Mail, bitte Bestätigung an mich schicken. Sie kommt allein
Danke! 
Derya
Frauentreff Kinderhaus

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# "Danke 👍" top-posted on the confirmation (AG 2, 1 person): nothing to do (other).

@mail("erdem-thanks-thumbs-up", "2027-01-24 20:15:02",
      E("other"), "de")
def _(m):
    cid = conf_id("20270124201033")
    iphone_head(m, "Mustafa Erdem <mustafa.erdem@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<8A1F6D3B-C04E-4927-B3D5-F9E2A7C610B8@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("Danke 👍", IPHONE_DE,
        "Am 24.01.2027 um 20:10 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        confirmation("Herr Erdem", "AG2", 1)), charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# French from an iPhone: "atelier 2", "On sera 2 personnes".

@mail("ndiaye-french-iphone", "2027-01-26 12:05:29",
      E("registration", "aissatou.ndiaye@mail.example", "Aïssatou Ndiaye",
        "Association Teranga Münster", ["AG2"], 2, "fr"), "fr")
def _(m):
    iphone_head(m, "Aïssatou Ndiaye <aissatou.ndiaye@mail.example>", "Inscription 13 mars",
                "<F0A3C8E6-1B92-4D57-8E2F-64D9B7A1C305@mail.example>")
    m.single("""Bonjour,
Inscription pour le samedi 13 mars svp, atelier 2 (avenir de Münster). On sera 2 personnes.
Merci !
Aïssatou Ndiaye
Association Teranga Münster

Envoyé de mon iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Dictated with Gboard, corrects herself mid-sentence: "Arbeitsgruppe eins
# ach nein Quatsch die mit der Zukunft von Münster also die zwei" = AG 2.

HAKOBYAN_TEXT = """hallo ich melde mich an für den MSO Tag Arbeitsgruppe eins ach nein Quatsch die mit der Zukunft von Münster also die zwei ich komme alleine 
Roza Hakobyan
Armenische Gemeinde Münster"""


@mail("hakobyan-dictated-self-correction", "2027-01-27 18:30:41",
      E("registration", "roza.hakobyan@mail.example", "Roza Hakobyan",
        "Armenische Gemeinde Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Roza Hakobyan <roza.hakobyan@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF5kW2pYr8uM1xB4nQd7tJc0vLg3sHe9zA6oR2iT5wE8yNb1K@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(HAKOBYAN_TEXT), gmail_mobile_html(HAKOBYAN_TEXT),
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Bounce (Postfix, multipart/report): the confirmation could not be delivered
# because the mobile mailbox is full (552 5.2.2).  The returned confirmation
# names AG 3.

@mail("postfix-bounce-mailbox-full", "2027-01-28 08:55:47",
      E("bounce", bounced="baraka.otieno@mobilmail.example"), "en")
def _(m):
    rcpt = "baraka.otieno@mobilmail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270128075547.3C81A1C0F4@mail.muenster.example>"),
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

<{rcpt}>: host mx01.mobilmail.example[198.51.100.73] said: 552
    5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C81A1C0F4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 28 Jan 2027 08:55:44 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.mobilmail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Baraka Otieno <{rcpt}>", "Herr Otieno", "AG3", 1,
        "Thu, 28 Jan 2027 08:55:44 +0100", conf_id("20270128085544"),
        "<B7E4A2D9-60C1-4F38-9A5E-D3C8F1B07E26@mobilmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# Registration without a workgroup ("Welche Gruppe entscheiden wir spontan vor
# Ort"); "zu dritt" = 3; the organisation in brackets.  Yahoo app footer.

@mail("mukendi-no-workgroup-yahoo", "2027-01-29 21:48:10",
      E("registration", "jp.mukendi@yahoo.example", "Jean-Pierre Mukendi",
        "Kulturverein Kongo Münster", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Jean-Pierre Mukendi <jp.mukendi@yahoo.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1169403582.2204917.1769719690112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22045 YahooMailAndroidMobile"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
wir kommen zu dritt (Kulturverein Kongo Münster). Welche Gruppe entscheiden wir spontan vor Ort 😊
Grüße
Jean-Pierre Mukendi

Von Yahoo Mail auf Android gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change, English iPhone reply to the confirmation (AG 2): "switch me to the
# funding one (workshop 3)"; the old group is named too ("the Zukunftsprozess
# one").  English iOS attribution line.

@mail("wanjiru-change-english-iphone", "2027-02-01 10:14:55",
      E("change", "lucy.wanjiru@mail.example", "Lucy Wanjiru", None, ["AG3"], None, "en"), "en")
def _(m):
    cid = conf_id("20270120164012")
    iphone_head(m, "Lucy Wanjiru <lucy.wanjiru@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<6E0B3A9F-2C74-4D1E-B8A5-C9F7D4E20B61@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""Hi sorry, can you switch me from the Zukunftsprozess one to the funding one (workshop 3)? turns out thats more relevant for our group
thx Lucy""", "Sent from my iPhone",
        "On 20. Jan 2027, at 16:40, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:",
        confirmation("Frau Wanjiru", "AG2", 1)), charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Polish from an iPhone: "grupa robocza 1 (edukacja)", "Przyjdę sama" = alone.

@mail("nowak-polish-iphone", "2027-02-02 19:33:08",
      E("registration", "katarzyna.nowak@mail.example", "Katarzyna Nowak",
        "Polski Klub Kulturalny Münster", ["AG1"], 1, "pl"), "pl")
def _(m):
    iphone_head(m, "Katarzyna Nowak <katarzyna.nowak@mail.example>", "Zapis 13.03",
                "<A2D8F5C1-7E39-4B60-9D4A-0F6C3E8B7D12@mail.example>")
    m.single("""Dzień dobry,
chciałabym się zapisać na 13 marca, grupa robocza 1 (edukacja). Przyjdę sama.
Pozdrawiam
Katarzyna Nowak
Polski Klub Kulturalny Münster

Wysłane z iPhone'a
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Outlook for Android (alternative): "die zweite Arbeitsgruppe", "1 Person".

DOGAN_TEXT = """Hallo,
ich melde mich für die zweite Arbeitsgruppe an. 1 Person.
Gruß
Mehmet Ali Doğan
Moscheegemeinde Hiltrup e.V."""
OUTLOOK_ANDROID_DE = "Von Outlook für Android gesendet"


@mail("dogan-outlook-android-zweite", "2027-02-03 07:22:39",
      E("registration", "mehmetali.dogan@mail.example", "Mehmet Ali Doğan",
        "Moscheegemeinde Hiltrup e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mehmet Ali Doğan <mehmetali.dogan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412C7E5A1F3B9D2E6A0C4B1F8D7@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_mobile_plain(DOGAN_TEXT, OUTLOOK_ANDROID_DE),
                  outlook_mobile_html(DOGAN_TEXT, OUTLOOK_ANDROID_DE),
                  cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Change of party size only, Gmail app reply to the confirmation (AG 1,
# 1 person): "Meine Frau kommt auch mit 😊 geht das?" -> 2.

SADEGHI_TEXT = """Meine Frau kommt auch mit 😊 geht das?
Hamid"""
SADEGHI_HEADER = ("Tag der Migrantenselbstorganisationen <\n"
                  "mso-tag@muenster.example> schrieb am Mo., 25. Jan. 2027, 11:20:")


@mail("sadeghi-change-wife-comes-too", "2027-02-04 15:47:21",
      E("change", "hamid.sadeghi@mail.example", "Hamid Sadeghi", None, [], 2, "de"), "de")
def _(m):
    cid = conf_id("20270125112004")
    m.head(("From", "Hamid Sadeghi <hamid.sadeghi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL9bT4rWn2yP6xK1mQc8vJd3sGf0hUa5zE7oN2iB4tY9wRe6M@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Sadeghi", "AG1", 1)
    m.alternative(gmail_mobile_plain(SADEGHI_TEXT, SADEGHI_HEADER, quoted),
                  gmail_mobile_html(SADEGHI_TEXT, SADEGHI_HEADER, quoted),
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Family mailbox on an iPad: the display name is "Familie Demir", she signs
# "Leyla Demir"; "Zukunftsprozess Gruppe"; "Nur ich, mein Mann muss arbeiten" = 1.

@mail("demir-family-ipad", "2027-02-05 20:10:57",
      E("registration", "familie.demir@mail.example", "Leyla Demir", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    iphone_head(m, "Familie Demir <familie.demir@mail.example>", "MSO Tag Anmeldung",
                "<0F7D2B94-E61C-4A38-85B7-3D9A6C1E4F80@mail.example>", device="iPad")
    m.single("""Hallo ich möchte mich gerne zum MSO Tag anmelden, Zukunftsprozess Gruppe. Nur ich, mein Mann muss arbeiten.
Liebe Grüße Leyla Demir

Von meinem iPad gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English, Gmail app: "me and my wife for workgroup 2, or 3 if 2 is full".

CHINEDU_TEXT = """Good day,
Pls register me and my wife for workgroup 2, or 3 if 2 is full.
God bless
Chinedu Eze
Igbo Union Münster"""


@mail("eze-english-gmail-app", "2027-02-08 12:36:14",
      E("registration", "chinedu.eze@mail.example", "Chinedu Eze", "Igbo Union Münster",
        ["AG2", "AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Eze <chinedu.eze@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO day"),
           ("Date", m.date),
           ("Message-ID", "<CAM2hX7sVq9oL4nB1yKd6wRc3tJf8pZe0uA5iT2mN7rG4bEw9S@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(CHINEDU_TEXT), gmail_mobile_html(CHINEDU_TEXT),
                  cte="8bit", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Question: registered two weeks ago, no confirmation received, "bin ich drin?"
# (it names the workgroup it chose, but asks; no new registration).

@mail("khoury-question-am-i-registered", "2027-02-09 09:03:30",
      E("question", "rami.khoury@mail.example", "Rami Khoury", None, [], None, "de"), "de")
def _(m):
    iphone_head(m, "Rami Khoury <rami.khoury@mail.example>", "Anmeldung?",
                "<7B3E9C05-F41A-4D62-A8B9-E2C6D0F15A74@mail.example>")
    m.single("""Hallo, hab mich vor 2 wochen angemeldet aber keine bestätigung bekommen? bin ich drin? war AG 2
Rami

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change from a Samsung phone, second-language German, quoting the confirmation
# (AG 3, 2 persons) below Samsung's dashed line: "wechseln in Gruppe 2" and the
# colleague drops out -> 1.

YASIN_TEXT = """Hallo ich möchte wechseln in Gruppe 2 bitte. Meine Kollegin kann nicht mehr kommen, nur ich komme.
Danke
Mohammed Yasin"""


@mail("yasin-change-samsung-quote", "2027-02-10 18:20:06",
      E("change", "mohammed.yasin@mail.example", "Mohammed Yasin", None, ["AG2"], 1, "de"), "de")
def _(m):
    cid = conf_id("20270128091402")
    m.head(("From", "Mohammed Yasin <mohammed.yasin@mail.example>"),
           ("To", MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<w2k9m4c7hq1zx5t8b0n3r6fd.1770744006215@email.android.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "28.01.27  09:14  (GMT+01:00)", "mohammed.yasin@mail.example",
             CONFIRMATION_SUBJECT, confirmation("Herr Yasin", "AG3", 2))
    m.alternative(samsung_plain(YASIN_TEXT, quote=quote), samsung_html(YASIN_TEXT, quote=quote),
                  cte="base64", style="samsung")


# -- 032 ---------------------------------------------------------------------
# Vacation reply to the reminder, marked by X-Autoreply and Auto-Submitted.

@mail("osei-vacation-reply-reminder", "2027-02-11 10:06:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Abena Osei <abena.osei@yahoo.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1770800791.884213@mail.yahoo.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin bis 22. Februar in Ghana und habe nur selten Internet. Ich
antworte nach meiner Rückkehr.

Abena Osei
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# WEB.DE app, iso-8859-1 8bit, second-language German: "Arbeit Gruppe II"
# (roman numeral), "Ich komme alleine"; the organisation as she writes it.

@mail("gebremedhin-webde-app-roman", "2027-02-12 14:44:19",
      E("registration", "senait.g@web.example", "Senait Gebremedhin",
        "Eritreische Frauen Verein Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Senait Gebremedhin <senait.g@web.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<a81f3c2e-94d7-4b05-bc6e-2f0d8e71a93c@email.webde.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo.
Ich heisse Senait Gebremedhin. Ich möchte kommen zu MSO Tag am 13 März. Ich bin in Eritreische Frauen Verein Münster. Arbeit Gruppe II bitte. Ich komme alleine.
Danke schön

Diese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet.
""", charset="iso-8859-1", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Dictated with Gboard: all lower case, no punctuation, "wir sind vier leute",
# "bildung gruppe" (and later "schule", the same AG); "vorsitzender von" is an
# office, not part of the organisation (written as dictated, in lower case).

REZAEI_TEXT = """hallo hier ist ali rezaei ich bin vorsitzender von kulturverein afghanistan münster wir sind vier leute wir wollen gerne zu der bildung gruppe weil wir viele eltern haben im verein die fragen über schule haben danke schön bis dann"""


@mail("rezaei-dictated-lowercase", "2027-02-15 21:12:48",
      E("registration", "ali.rezaei@mail.example", "Ali Rezaei",
        "kulturverein afghanistan münster", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Ali Rezaei <ali.rezaei@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAN7qB3vXk5rT0yM8wLd1pJc6sHf2gUe9zA4oQ1iR7nE3tWb8P@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(REZAEI_TEXT), gmail_mobile_html(REZAEI_TEXT),
                  cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Change in Turkish, iPhone alternative reply to the confirmation (AG 2,
# 3 persons): "2. çalışma grubundan 1. gruba geçebilir miyiz?" = can we move
# from group 2 to group 1?  "Üçümüz de" = all three of us (size unchanged).

KOC_NEW = """Merhaba,
2. çalışma grubundan 1. gruba geçebilir miyiz? Üçümüz de eğitim konusuyla daha çok ilgileniyoruz.
Teşekkürler
Hatice Koç"""
KOC_HEADER = ("2 Şub 2027 tarihinde 15:22 saatinde, Tag der Migrantenselbstorganisationen "
              "<mso-tag@muenster.example> şunu yazdı:")


@mail("koc-change-turkish-iphone", "2027-02-17 16:25:03",
      E("change", "hatice.koc@mail.example", "Hatice Koç", None, ["AG1"], None, "tr"), "tr")
def _(m):
    cid = conf_id("20270202152209")
    iphone_head(m, "Hatice Koç <hatice.koc@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<D9A4E1C7-3B58-4F02-96CD-8E1F5A2B7C40@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    quoted = confirmation("Frau Koç", "AG2", 3)
    m.alternative(iphone_plain(KOC_NEW, "iPhone'umdan gönderildi", KOC_HEADER, quoted),
                  iphone_html(KOC_NEW, "iPhone'umdan gönderildi", KOC_HEADER, quoted),
                  cte="base64", style="iphone")


# -- 036 ---------------------------------------------------------------------
# Cancellation in Russian, iPhone reply to the confirmation; Cyrillic display
# name, signed with the first name only.

@mail("smirnov-cancel-russian-iphone", "2027-02-19 08:38:22",
      E("cancellation", "oleg.smirnov@mail.example", "Олег Смирнов", None, [], None, "ru"), "ru")
def _(m):
    cid = conf_id("20270203190517")
    iphone_head(m, "Олег Смирнов <oleg.smirnov@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<5F8C2A6D-0E93-4B17-A4D8-B6E3C9F01D25@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""Извините, мы не сможем прийти в субботу 13-го. Отмените, пожалуйста, нашу регистрацию.
Олег""", "Отправлено с iPhone",
        "3 февр. 2027 г., в 19:05, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> написал(а):",
        confirmation("Herr Smirnov", "AG1", 2)), charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Question top-posted on his confirmation (AG 3): where to park.

@mail("russo-question-parking-top-post", "2027-02-22 13:13:50",
      E("question", "giovanni.russo@mail.example", "Giovanni Russo", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270222130512")
    iphone_head(m, "Giovanni Russo <giovanni.russo@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<3A6D0F8B-C25E-4791-B0A3-F4E7D9C82B16@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""Danke! Kann man da in der Nähe irgendwo parken? 🚗
Giovanni""", IPHONE_DE,
        "Am 22.02.2027 um 13:05 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        confirmation("Herr Russo", "AG3", 1)), charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Sent to the wrong address (the phone completed the wrong contact): a
# shopping note for her husband (other).

@mail("ates-wrong-recipient-shopping", "2027-02-24 19:57:34",
      E("other"), "de")
def _(m):
    iphone_head(m, "Sibel Ateş <sibel.ates@mail.example>", "Einkauf",
                "<E4B1D7A2-95F3-4C08-8B6E-1A0C3F9D5E72@mail.example>")
    m.single("""Schatz kannst du auf dem Rückweg noch Brot und Milch mitbringen? Und die Kinder um 4 vom Training abholen nicht vergessen ❤️

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Pocket mail: empty Subject, the body is only the Samsung footer (other).

@mail("oz-pocket-mail-samsung", "2027-02-26 11:11:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Hakan Öz <hakan.oz@mail.example>"),
           ("To", MSO),
           ("Subject", ""),
           ("Date", m.date),
           ("Message-ID", "<j5r0x8b3mf6qk1w9c4z7t2dn.1772100665904@email.android.example>"),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    m.alternative(samsung_plain(""), samsung_html(""), cte="base64", style="samsung")


# -- 040 ---------------------------------------------------------------------
# Change dictated on an iPhone, top-posted on the confirmation (AG 3, 2):
# "lieber in die Gruppe Bildung ... und wenn die schon voll ist dann bleiben
# wir halt in der drei" = AG 1, else stay in AG 3.

@mail("markovic-change-dictated-fallback", "2027-03-01 17:45:11",
      E("change", "jelena.markovic@mail.example", "Jelena Marković", None,
        ["AG1", "AG3"], None, "de"), "de")
def _(m):
    cid = conf_id("20270209124106")
    iphone_head(m, "Jelena Marković <jelena.markovic@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<B0E5C3A8-6D21-4F97-9A4B-72D8E1F6C053@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""Ja hallo nochmal wegen unserer Anmeldung wir würden doch lieber in die Gruppe Bildung gehen wenn das noch geht und wenn die schon voll ist dann bleiben wir halt in der drei ist auch kein Problem danke Jelena Marković""", IPHONE_DE,
        "Am 09.02.2027 um 12:41 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        confirmation("Frau Marković", "AG3", 2)), charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Arabic, iPhone reply to the confirmation (base64); signed
# with the first name in Arabic, Latin display name.

@mail("hassan-cancel-arabic-iphone", "2027-03-04 07:30:44",
      E("cancellation", "salma.hassan@mail.example", "Salma Hassan", None, [], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270216103015")
    iphone_head(m, "Salma Hassan <salma.hassan@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<9C2F7E4B-18D6-4A35-B7E0-5D3A9C1F8B64@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""مرحبا، للأسف لن أتمكن من الحضور يوم السبت بسبب ظرف عائلي. أرجو إلغاء تسجيلي. شكراً لكم
سلمى""", "أُرسلت من الـ iPhone",
        "في 16 فبراير 2027، الساعة 10:30 ص، كتب Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        confirmation("Frau Hassan", "AG2", 1)), charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# Late registration (the day after the deadline), Gmail app: "falls noch
# Platz ist melde ich mich für AG 3 an, ich komme allein".

SOW_TEXT = """Hallo, ich weiß Anmeldeschluss war gestern 🙈 aber falls noch Platz ist melde ich mich für AG 3 an, ich komme allein. Danke 🙏
Lamine Sow
Senegalesischer Verein Münster"""


@mail("sow-late-registration-gmail-app", "2027-03-07 22:18:27",
      E("registration", "lamine.sow@mail.example", "Lamine Sow",
        "Senegalesischer Verein Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lamine Sow <lamine.sow@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<CAP4mY9tRw3xN6zK2bLd8vQc1sJf5hUe7oA0iT3nG9rE6yBw2H@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_mobile_plain(SOW_TEXT), gmail_mobile_html(SOW_TEXT),
                  cte="quoted-printable", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Cancellation from a Samsung phone, second-language German ("komen", "weil
# ich muss arbeiten", "Bitte löschen meine Anmeldung"), quoting the
# confirmation below Samsung's dashed line.

BASHIR_TEXT = """Hallo ich kann nicht komen am Samstag weil ich muss arbeiten. Bitte löschen meine Anmeldung. Entschuldigung
Bashir"""


@mail("ahmadzai-cancel-samsung", "2027-03-10 18:02:15",
      E("cancellation", "bashir.ahmadzai@mail.example", "Bashir Ahmadzai", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270206145008")
    m.head(("From", "Bashir Ahmadzai <bashir.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c8n1v5q2xk7mz0w4b9t3r6hj.1773162135770@email.android.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Priority", "3"),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "06.02.27  14:50  (GMT+01:00)", "bashir.ahmadzai@mail.example",
             CONFIRMATION_SUBJECT, confirmation("Herr Ahmadzai", "AG1", 1))
    m.alternative(samsung_plain(BASHIR_TEXT, quote=quote), samsung_html(BASHIR_TEXT, quote=quote),
                  cte="base64", style="samsung")


# -- 044 ---------------------------------------------------------------------
# Cancellation, one line with an emoji, iPhone top-post on the confirmation
# (AG 1, 3 persons): "Müssen leider absagen, die Kleine ist krank 🤒".

@mail("chraibi-cancel-child-sick", "2027-03-12 06:48:59",
      E("cancellation", "nadia.chraibi@mail.example", "Nadia Chraibi", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270122180321")
    iphone_head(m, "Nadia Chraibi <nadia.chraibi@mail.example>", "Re: " + CONFIRMATION_SUBJECT,
                "<1D4A8F6C-E07B-4935-A2C1-9B5E3D7F0A86@mail.example>",
                ("In-Reply-To", cid), ("References", cid))
    m.single(iphone_plain("""Müssen leider absagen, die Kleine ist krank 🤒 sorry!!
LG Nadia""", IPHONE_DE,
        "Am 22.01.2027 um 18:03 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:",
        confirmation("Frau Chraibi", "AG1", 3)), charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation the evening before, English, Outlook for iOS (alternative)
# quoting the confirmation below a line of underscores: "cant make it tmrw".

AMA_TEXT = """cant make it tmrw sorry 😞 pls cancel me
Ama"""


@mail("boateng-cancel-outlook-ios", "2027-03-12 21:30:02",
      E("cancellation", "ama.boateng@mail.example", "Ama Boateng", None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270220091233")
    m.head(("From", "Ama Boateng <ama.boateng@mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3297E1B5C8D4A2F6E9B0C7D3A1F5@AM0PR10MB3297.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, "Saturday, February 20, 2027 9:12:33 AM",
             "ama.boateng@mail.example <ama.boateng@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Boateng", "AG3", 1))
    m.alternative(outlook_mobile_plain(AMA_TEXT, "Get Outlook for iOS", quote),
                  outlook_mobile_html(AMA_TEXT, "Get Outlook for iOS", quote),
                  cte="quoted-printable", style="outlook")
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
    problems += label_problems(expected)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")


def label_problems(e):
    """Is one expected record well formed?"""
    out = []
    if list(e) != list(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        out.append(f"unknown kind {kind}")
    person = kind in ("registration", "change", "cancellation", "question")
    if person:
        if not (isinstance(e["email"], str) and e["email"] == e["email"].lower()
                and re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.example", e["email"])):
            out.append(f"bad email {e['email']!r}")
        if not (isinstance(e["name"], str) and e["name"].strip() == e["name"] and e["name"]):
            out.append(f"bad name {e['name']!r}")
        if e["organisation"] is not None and not (isinstance(e["organisation"], str)
                                                  and e["organisation"].strip()):
            out.append("bad organisation")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            out.append(f"bad language {e['language']!r}")
    else:
        for k in ("email", "name", "organisation", "language", "party_size"):
            if e[k] is not None:
                out.append(f"{k} must be null for {kind}")
    wg = e["workgroups"]
    if not (isinstance(wg, list) and all(w in WORKGROUP_IDS for w in wg) and len(set(wg)) == len(wg)):
        out.append(f"bad workgroups {wg!r}")
    if kind in ("cancellation", "question", "auto_reply", "bounce", "other") and wg:
        out.append(f"workgroups must be empty for {kind}")
    if kind == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            out.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            out.append("bad party_size for change")
        if not wg and e["party_size"] is None:
            out.append("change changes nothing")
    elif e["party_size"] is not None:
        out.append(f"party_size must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not (isinstance(b, str) and b == b.lower() and "@" in b):
            out.append("bad bounced_recipient")
    elif e["bounced_recipient"] is not None:
        out.append("bounced_recipient only for bounces")
    return out


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

    seen = {}
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = msg["From"].addresses[0].addr_spec.lower()
        if sender in seen:
            print(f"{name}: sender {sender} already sent {seen[sender]}")
            bad += 1
        seen.setdefault(sender, name)
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails: the set must hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
