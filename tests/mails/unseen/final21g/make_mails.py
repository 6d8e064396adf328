#!/usr/bin/env python3
"""Build the "final21g" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config).
Most mails answer one of the organiser's own automatic mails: a confirmation
("Ihre Anmeldung für AG 2 ist bestätigt"), a waiting-list notice ("Sie stehen
auf der Warteliste für AG 1") or a reminder ("Erinnerung: der MSO-Tag ist in
einer Woche" / "morgen ist der MSO-Tag").  The organiser mails are generated
once below, by the templates the organiser's system uses, and quoted by the
replies as each mail client quotes.

Every mail text is written by hand below.  This script only wraps the texts in
MIME with the standard `email` package, writes the files, then reads every
file back with email.policy.default and checks it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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

POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"
CET = datetime.timezone(datetime.timedelta(hours=1))

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "fa", "es")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset` when
    given (otherwise the policy encodes it as UTF-8)."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before each line (Gmail, Thunderbird, Apple)."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
    return hashlib.sha256(f"final21g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def dt(s):
    """'2027-01-14 16:05:12' in Central European Time."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CET)


# ---------------------------------------------------------------------------
# date lines as the mail clients write them (weekdays computed, not typed)
# ---------------------------------------------------------------------------

DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_WD_S = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_MON_S = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
            "Okt.", "Nov.", "Dez."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
          "окт.", "нояб.", "дек."]
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_MON = ["ژانویهٔ", "فوریهٔ", "مارس", "آوریل", "مهٔ", "ژوئن", "ژوئیهٔ", "اوت",
          "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
ES_WD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie"]


def fa_digits(s):
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def who(o):
    return f"{MSO_NAME} <{MSO}>"


def attr_gmail_de(o):
    d = o.dt
    return (f"Am {DE_WD_S[d.weekday()]}, {d.day}. {DE_MON_S[d.month - 1]} {d.year} "
            f"um {d:%H:%M} Uhr schrieb {who(o)}:")


def attr_iphone_de(o):
    return f"Am {o.dt:%d.%m.%Y} um {o.dt:%H:%M} schrieb {who(o)}:"


def attr_thunderbird_de(o):
    return f"Am {o.dt:%d.%m.%y} um {o.dt:%H:%M} schrieb {MSO_NAME}:"


def outlook_de_date(d):
    return f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} {d:%H:%M}"


def webde_date(d):
    return f"{DE_WD[d.weekday()]}, {d:%d}. {DE_MON[d.month - 1]} {d.year} um {d:%H:%M} Uhr"


def gmail_en_date(d):
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {hour}:{d:%M} {ampm}"


def attr_gmail_en_us(d, sender):
    return f"On {gmail_en_date(d)} {sender} wrote:"


def attr_apple_en(o):
    return f"On {o.dt.day} {EN_MON[o.dt.month - 1][:3]} {o.dt.year}, at {o.dt:%H:%M}, {who(o)} wrote:"


def attr_gmail_ru(o):
    d = o.dt
    return f"{RU_WD[d.weekday()]}, {d.day} {RU_MON[d.month - 1]} {d.year} г. в {d:%H:%M}, {who(o)}:"


def attr_gmail_ar(o):
    d = o.dt
    hour = d.hour % 12 or 12
    ampm = "ص" if d.hour < 12 else "م"
    return (f"في {AR_WD[d.weekday()]}، {d.day} {AR_MON[d.month - 1]} {d.year} في "
            f"{hour}:{d:%M} {ampm} تمت كتابة ما يلي بواسطة {who(o)}:")


def outlook_ar_date(d):
    hour = d.hour % 12 or 12
    ampm = "ص" if d.hour < 12 else "م"
    return f"{AR_WD[d.weekday()]}، {d.day} {AR_MON[d.month - 1]}، {d.year} {hour}:{d:%M} {ampm}"


def attr_gmail_fa(o):
    d = o.dt
    date = fa_digits(f"{d.day} ") + FA_MON[d.month - 1] + fa_digits(f" {d.year}")
    return f"‫{who(o)}‏ در تاریخ {FA_WD[d.weekday()]} {date} ساعت {fa_digits(f'{d:%H:%M}')} نوشت:‬"


def attr_gmail_es(o):
    d = o.dt
    return (f"El {ES_WD[d.weekday()]}, {d.day} {ES_MON[d.month - 1]} {d.year} a las "
            f"{d.hour}:{d:%M}, {MSO_NAME} (<{MSO}>) escribió:")


def attr_yahoo_ro(o):
    d = o.dt
    return (f"Pe {RO_WD[d.weekday()]}, {d.day} {RO_MON[d.month - 1]} {d.year}, {d:%H:%M:%S} CET, "
            f"{who(o)} a scris:")


def attr_thunderbird_tr(o):
    return f"{o.dt:%d.%m.%Y} {o.dt:%H:%M} tarihinde {MSO_NAME} yazdı:"


def attr_thunderbird_pl(o):
    return f"W dniu {o.dt:%d.%m.%Y} o {o.dt:%H:%M}, {MSO_NAME} pisze:"


def attr_thunderbird_uk(o):
    return f"{o.dt:%d.%m.%y} {o.dt:%H:%M}, {MSO_NAME} пише:"


# ---------------------------------------------------------------------------
# the organiser's automatic mails (what the replies quote)
# ---------------------------------------------------------------------------

AG_TITLE = {
    "AG1": "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}
AG_TITLE_EN = {
    "AG1": "People with a migration background in the education system",
    "AG2": "Münster's future process from the perspective of people with a migration background",
    "AG3": "Funding opportunities and effective association management",
}
AG_SHORT = {"AG1": "AG 1 (Bildungssystem)", "AG2": "AG 2 (Münsters Zukunftsprozess)",
            "AG3": "AG 3 (Förderung und Vereinsmanagement)"}

SIGN_DE = """Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster

Diese Nachricht wurde automatisch erstellt."""

SIGN_EN = """Kind regards
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster

This message was generated automatically."""


def n(ag):
    return ag[-1]


def personen(k):
    return "1 Person" if k == 1 else f"{k} Personen"


def conf_de(name, org, ag, k):
    return f"""Guten Tag {name},

Ihre Anmeldung für AG {n(ag)} ist bestätigt.

Veranstaltung:  Tag der Migrantenselbstorganisationen 2027
Datum:          Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Name:           {name}
Organisation:   {org or "–"}
Arbeitsgruppe:  AG {n(ag)} – {AG_TITLE[ag]}
Personen:       {k}

Möchten Sie die Arbeitsgruppe oder die Zahl der Personen ändern oder
absagen? Antworten Sie einfach auf diese E-Mail.

{SIGN_DE}"""


def conf_en(name, org, ag, k):
    return f"""Hello {name},

your registration for AG {n(ag)} is confirmed.

Event:         Tag der Migrantenselbstorganisationen 2027 (MSO Day)
Date:          Saturday, 13 March 2027, 10:00–16:00
Venue:         Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Name:          {name}
Organisation:  {org or "–"}
Workgroup:     AG {n(ag)} – {AG_TITLE_EN[ag]}
Persons:       {k}

Would you like to change the workgroup or the number of persons, or cancel?
Simply reply to this email.

{SIGN_EN}"""


def wait_de(name, ag, pos, k, free):
    frei = "\n".join("  " + AG_SHORT[f] for f in free)
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
2027. Die AG {n(ag)} ist leider schon ausgebucht.

Sie stehen auf der Warteliste für AG {n(ag)} – {AG_TITLE[ag]}
Platz auf der Warteliste: {pos}
Personen: {k}

Sobald in der AG {n(ag)} ein Platz frei wird, rücken Sie automatisch nach und
erhalten eine Bestätigung per E-Mail.

Sie möchten lieber in eine andere Arbeitsgruppe? Freie Plätze gibt es
zurzeit noch in:
{frei}
Antworten Sie dazu einfach auf diese E-Mail.

{SIGN_DE}"""


def rem7_de(name, ag, k):
    return f"""Guten Tag {name},

Erinnerung: der MSO-Tag ist in einer Woche.

Tag der Migrantenselbstorganisationen 2027
Samstag, 13. März 2027, 10:00–16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Anmeldung: AG {n(ag)} – {AG_TITLE[ag]}, {personen(k)}

Ablauf:
10:00  Ankommen und Begrüßung
10:30  Impulsvortrag und Gespräch
12:00  Mittagsimbiss
13:00  Arbeitsgruppen (AG 1, AG 2, AG 3)
15:30  Ergebnisse im Plenum
16:00  Ende

Sie können doch nicht kommen? Bitte sagen Sie kurz ab, indem Sie auf diese
E-Mail antworten – dann kann jemand von der Warteliste nachrücken.

{SIGN_DE}"""


def rem7_en(name, ag, k):
    return f"""Hello {name},

Reminder: the MSO Day is in one week.

Tag der Migrantenselbstorganisationen 2027
Saturday, 13 March 2027, 10:00–16:00
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Your registration: AG {n(ag)} – {AG_TITLE_EN[ag]}, {k} {"person" if k == 1 else "persons"}

Programme:
10:00  Arrival and welcome
10:30  Keynote and discussion
12:00  Lunch snack
13:00  Workgroups (AG 1, AG 2, AG 3)
15:30  Results in the plenary
16:00  End

Can't make it after all? Please let us know by replying to this email, so
that someone from the waiting list can take your place.

{SIGN_EN}"""


def rem1_de(name, ag, k):
    return f"""Guten Tag {name},

Erinnerung: morgen ist der MSO-Tag.

Samstag, 13. März 2027, 10:00–16:00 Uhr (Einlass ab 9:30 Uhr)
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Anmeldung: AG {n(ag)} – {AG_TITLE[ag]}, {personen(k)}

Sie können doch nicht kommen? Bitte sagen Sie ab – antworten Sie dazu einfach
auf diese E-Mail.

Wir freuen uns auf Sie!

{SIGN_DE}"""


SUBJ = {
    "conf_de": lambda ag: f"Anmeldung bestätigt: AG {n(ag)} – Tag der Migrantenselbstorganisationen 2027",
    "conf_en": lambda ag: f"Registration confirmed: AG {n(ag)} – Tag der Migrantenselbstorganisationen 2027",
    "wait_de": lambda ag: f"Warteliste AG {n(ag)} – Tag der Migrantenselbstorganisationen 2027",
    "rem7_de": lambda ag: "Erinnerung: MSO-Tag am 13. März 2027",
    "rem7_en": lambda ag: "Reminder: MSO Day on 13 March 2027",
    "rem1_de": lambda ag: "Erinnerung: morgen ist MSO-Tag (13. März 2027)",
}


class Org:
    """One automatic mail the organiser's system sent to one person."""

    def __init__(self, kind, when, to_name, to_addr, ag, k, org=None, pos=None, free=()):
        self.kind = kind
        self.dt = dt(when)
        self.to_name, self.to_addr, self.ag, self.k = to_name, to_addr, ag, k
        if kind == "conf_de":
            self.text = conf_de(to_name, org, ag, k)
        elif kind == "conf_en":
            self.text = conf_en(to_name, org, ag, k)
        elif kind == "wait_de":
            self.text = wait_de(to_name, ag, pos, k, free)
        elif kind == "rem7_de":
            self.text = rem7_de(to_name, ag, k)
        elif kind == "rem7_en":
            self.text = rem7_en(to_name, ag, k)
        elif kind == "rem1_de":
            self.text = rem1_de(to_name, ag, k)
        else:
            raise ValueError(kind)
        self.subject = SUBJ[kind](ag)
        self.msgid = (f"<mailbot.{self.dt:%Y%m%d%H%M%S}."
                      f"{hashlib.sha256(to_addr.encode()).hexdigest()[:4]}@muenster.example>")
        self.date = format_datetime(self.dt)

    def lines(self):
        return self.text.split("\n")


def inline(org, *pieces):
    """An inline answer: pieces are ('q', [quoted lines]) or plain strings.
    Every quoted line must be a line of the organiser's mail."""
    src = set(org.lines())
    out = []
    for p in pieces:
        if isinstance(p, tuple):
            for line in p[1]:
                assert line in src, f"not in the quoted mail: {line!r}"
            out.append(gt_quote("\n".join(p[1])))
        else:
            out.append(p)
    return "\n\n".join(out)


def organiser_message(o):
    """The organiser mail as a whole message (returned inside a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = o.to_addr
    m["Subject"] = o.subject
    m["Date"] = o.date
    m["Message-ID"] = o.msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(o.text, charset="utf-8", cte="quoted-printable")
    return m


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
        self.crlf = False
        self._nboundary = 0
        self.answers = None     # the organiser mail this one answers or forwards

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
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=3)).astimezone(CET))
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

    def reply_to(self, o, refs=None):
        """In-Reply-To/References pairs for an answer to organiser mail o."""
        self.answers = o
        return [("In-Reply-To", o.msgid), ("References", refs or o.msgid)]

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, disposition=None, filename=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1773000000000 + int(h[16:22], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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
# HTML as the clients write it
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
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
	font-size:11.0pt;
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
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None):
    """Outlook HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
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
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def gmail_html(text, attr=None, quoted=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    body = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{body}</div>"
    if attr is not None:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="{"rtl" if rtl else "ltr"}" class="gmail_attr">{esc(attr)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(text, attr, quoted):
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, attr=None, quoted=None):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = ("<html><head></head><body><div class=\"ydp3f6c1e2ayahoo-style-wrap\" "
           "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
           f"{inner}</div>")
    if attr is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        out += ("<div id=\"ydp9a1b2c3dyahoo_quoted_4417093022\" class=\"ydp9a1b2c3dyahoo_quoted\">"
                "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;"
                f"font-size:13px;color:#26282a;\"><div>{esc(attr)}</div><div><br></div>"
                f"<div><div dir=\"ltr\">{q}</div></div></div></div>")
    return out + "</body></html>\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def mailru_html(text):
    inner = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<HTML><BODY><div class=\"js-helper js-readmsg-msg\"><div>{inner}</div></div></BODY></HTML>\n"


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
# Fresh registration, Outlook multipart/alternative in windows-1252 QP; the
# colleague in Cc comes too (2); the workgroup title in typographic quotes.

OEZKAN_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an. Meine Kollegin Birgül Tan (in Kopie) kommt mit, wir sind also zu zweit.

Wir möchten beide an der AG 2 „Münsters Zukunftsprozess“ teilnehmen.

Mit freundlichen Grüßen

Leyla Özkan
Projektkoordination
Interkultureller Frauentreff Kinderhaus e.V.
Idenbrockplatz 8 · 48159 Münster
Tel. 0251 / 21 47 36"""


@mail("oezkan-outlook-zu-zweit", "2027-01-13 08:50:14",
      E("registration", "l.oezkan@frauentreff-kinderhaus.example", "Leyla Özkan",
        "Interkultureller Frauentreff Kinderhaus e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Özkan, Leyla", "l.oezkan@frauentreff-kinderhaus.example", "windows-1252")),
           ("To", TO_MSO),
           ("Cc", addr("Birgül Tan", "b.tan@frauentreff-kinderhaus.example", "windows-1252")),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtlhQ3Wm0h7Lq2ZTfKx9b1c0Re4Aw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7741C2A09F3E5B61D04A8E27C1B52@DB9PR03MB7741.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(OEZKAN_TEXT, outlook_html(OEZKAN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Fresh registration in Turkish, iso-8859-9 8bit; "iki arkadaşımla birlikte,
# yani toplam üç kişi" = 3; the workgroup by number and German title.

@mail("korkmaz-turkce-uc-kisi", "2027-01-13 19:40:02",
      E("registration", "m.korkmaz@veliler-birligi.example", "Mustafa Korkmaz",
        "Münster Türk Veliler Birliği e.V.", ["AG3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Korkmaz <m.korkmaz@veliler-birligi.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag'a kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270113184002.4f21c@veliler-birligi.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart'taki Tag der Migrantenselbstorganisationen'a katılmak istiyoruz.
Yönetim kurulundan iki arkadaşımla birlikte, yani toplam üç kişi olarak
geleceğiz.

Bizi 3. çalışma grubuna (Förderungsmöglichkeiten und effektives
Vereinsmanagement) yazabilir misiniz? Derneğimiz için proje desteği konusu
şu an çok önemli.

Saygılarımla,
Mustafa Korkmaz
Başkan
Münster Türk Veliler Birliği e.V.
""", charset="iso-8859-9", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# Reply (Gmail, top-posted) to his own confirmation for AG 2: he registers a
# colleague for AG 1 and asks to confirm to her address.  His own AG 2 is
# only mentioned; the registration is hers.

MARKOVIC_CONF = Org("conf_de", "2027-01-14 16:05:12", "Dragan Marković",
                    "dragan.markovic@kolo-muenster.example", "AG2", 1,
                    org="Serbischer Kulturverein Kolo Münster e.V.")

MARKOVIC_TEXT = """Guten Tag,

danke für die schnelle Bestätigung!

Meine Kollegin aus dem Vorstand, Jelena Ristić, möchte sich ebenfalls anmelden – sie interessiert sich aber mehr für das Thema Bildung, also bitte für die AG 1. Sie kommt alleine. Können Sie die Bestätigung bitte direkt an sie schicken: jelena.ristic@kolo-muenster.example

Ich selbst bleibe wie angemeldet in der AG 2.

Viele Grüße
Dragan Marković
Serbischer Kulturverein Kolo Münster e.V."""


@mail("markovic-registers-colleague-reply-to-confirmation", "2027-01-15 10:20:47",
      E("registration", "jelena.ristic@kolo-muenster.example", "Jelena Ristić",
        "Serbischer Kulturverein Kolo Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    o = MARKOVIC_CONF
    m.head(("From", "Dragan Marković <dragan.markovic@kolo-muenster.example>"),
           ("To", TO_MSO),
           ("Cc", "Jelena Ristić <jelena.ristic@kolo-muenster.example>"),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<CAJm8kQ3x7vR2pT0bN5wY1zL4sH9dF6gK2eU8oA3cB7nM1qWx5A@mail.gmail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_de(o)
    m.alternative(gmail_plain(MARKOVIC_TEXT, attr, o.text), gmail_html(MARKOVIC_TEXT, attr, o.text),
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Plain thanks for the confirmation (other), iPhone, quote below the text.

AKSU_CONF = Org("conf_de", "2027-01-18 10:41:03", "Semra Aksu", "semra.aksu@mail.example",
                "AG3", 2, org="Elternnetzwerk Coerde")


@mail("aksu-thanks-iphone", "2027-01-18 11:05:39", E("other"), "de")
def _(m):
    o = AKSU_CONF
    m.head(("From", "Semra Aksu <semra.aksu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<6F1B2D3C-8E4A-4B7F-9C21-0D5E7A3F8B64@mail.example>"),
           *m.reply_to(o),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Vielen Dank für die Bestätigung, wir freuen uns schon sehr auf den 13. März! 😊

Liebe Grüße
Semra Aksu

Von meinem iPhone gesendet

> {attr_iphone_de(o)}
>
{gt_quote(o.text)}
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Fresh registration in Arabic, Outlook text/plain in windows-1256 QP; "the
# first workgroup on education", "سأحضر وحدي" = I come alone.

@mail("alhalabi-arabic-windows-1256", "2027-01-19 14:30:26",
      E("registration", "samar.alhalabi@mail.example", "Samar Al-Halabi",
        "Syrisch-Deutscher Familienverein Münster e.V.", ["AG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Samar Al-Halabi <samar.alhalabi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل في يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601db6a55$3c9e1f20$b6da5d60$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في التسجيل للمشاركة في يوم منظمات المهاجرين الذاتية (MSO-Tag) يوم السبت 13 آذار في مونستر.

أود الانضمام إلى مجموعة العمل الأولى حول التعليم، لأنني أعمل مع أمهات وآباء من سوريا ولديهم أسئلة كثيرة عن المدارس هنا. سأحضر وحدي.

مع الشكر والتقدير
Samar Al-Halabi
Syrisch-Deutscher Familienverein Münster e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Change: correction of name and organisation on the confirmation (which says
# "Elif Kaya", "Kurdischer Elternverein", AG 1, 1).  No new workgroup.
# Outlook alternative, windows-1252, "Von:/Gesendet:" block.

KAYA_CONF = Org("conf_de", "2027-01-19 17:30:41", "Elif Kaya", "elif.kaya@kurd-elternverein.example",
                "AG1", 1, org="Kurdischer Elternverein")

KAYA_TEXT = """Guten Tag,

vielen Dank für die Bestätigung. Für die Teilnehmerliste und das Namensschild bitte zwei Korrekturen:

- Mein Name ist Elif Kaya-Berisha (mit Bindestrich, mein Mailprogramm zeigt leider nur den ersten Teil an).
- Unser Verein heißt richtig Kurdisch-Deutscher Elternverein Münster e.V., nicht „Kurdischer Elternverein“.

Arbeitsgruppe und Personenzahl stimmen so.

Freundliche Grüße
Elif Kaya-Berisha"""


@mail("kaya-berisha-name-and-org-correction", "2027-01-20 08:55:18",
      E("change", "elif.kaya@kurd-elternverein.example", "Elif Kaya-Berisha",
        "Kurdisch-Deutscher Elternverein Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    o = KAYA_CONF
    m.head(("From", "Elif Kaya <elif.kaya@kurd-elternverein.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + o.subject),
           ("Thread-Topic", o.subject),
           ("Thread-Index", "AQHbapNn2Vq7d0sK6E2h1y3M4Rb9nAABx7Qw"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9207E61B3A4C5D2F8E90A1B6C7D3@AS8PR02MB9207.eurprd02.prod.outlook.example>"),
           *m.reply_to(o),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_MSO, outlook_de_date(o.dt), "Elif Kaya <elif.kaya@kurd-elternverein.example>",
             o.subject, o.text)
    m.alternative(outlook_plain(KAYA_TEXT, quote), outlook_html(KAYA_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Fresh registration in Russian, windows-1251 QP, display name RFC 2047 B in
# windows-1251; first choice group 2, second choice "третья группа".

@mail("volkova-russian-first-second-choice", "2027-01-21 19:15:33",
      E("registration", "irina.volkova@mail.example", "Ирина Волкова", "Raduga e.V.",
        ["AG2", "AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Волкова", "irina.volkova@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13.03", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768000533.482913710@f512.i.mail.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я хотела бы зарегистрироваться на День организаций мигрантов 13 марта.
Больше всего меня интересует рабочая группа 2 – о будущем Мюнстера, а
если там уже не будет мест, то третья группа.

Приду одна.

С уважением,
Ирина Волкова
Raduga e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Fresh registration in English, Gmail alternative; "four people" = 4;
# "Chairman," on the organisation's line is an office, not the name.

EZE_TEXT = """Dear organisers,

I would like to register four people from our association for the MSO Day on 13 March: myself, our secretary and two of our youth members.

We would all like to join workgroup 2 (Münster's future process). Our young members have a lot to say about how the city should develop.

Please let me know if you need the names of the others.

Best regards,
Chinedu Eze
Chairman, Nigerian Community Münster e.V."""


@mail("eze-english-four-people", "2027-01-22 12:40:08",
      E("registration", "chinedu.eze@mail.example", "Chinedu Eze",
        "Nigerian Community Münster e.V.", ["AG2"], 4, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Eze <chinedu.eze@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day, 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAE4rT9pW2xN8vB5mQ1kL7sJ3hD6gF0yU4iO2aZ8cX5nV7bM9eR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, gmail_html(EZE_TEXT), style="gmail")


# -- 009 ---------------------------------------------------------------------
# Change in Farsi (Gmail, top-posted, Persian attribution line with Persian
# digits): organisation corrected, and AG 1, else stay in AG 2 (the quoted
# confirmation names AG 2).  The list numbers ۱. and ۲. are not workgroups.

JAFARI_CONF = Org("conf_de", "2027-01-24 20:10:37", "Farhad Jafari", "farhad.jafari@mail.example",
                  "AG2", 1, org="Iranischer Verein Münster")

JAFARI_TEXT = """سلام،

از تأیید ثبت‌نام متشکرم. دو نکته:

۱. نام انجمن ما اشتباه نوشته شده است. نام درست: Deutsch-Iranische Kulturgesellschaft Münster e.V.

۲. اگر امکان دارد، مرا به گروه کاری ۱ (آموزش) منتقل کنید. اگر در آن گروه جا نیست، در همان گروه ۲ می‌مانم.

با سپاس
فرهاد جعفری"""


@mail("jafari-farsi-org-fix-and-ag1-else-ag2", "2027-01-25 09:20:51",
      E("change", "farhad.jafari@mail.example", "فرهاد جعفری",
        "Deutsch-Iranische Kulturgesellschaft Münster e.V.", ["AG1", "AG2"], None, "fa"), "fa")
def _(m):
    o = JAFARI_CONF
    m.head(("From", "Farhad Jafari <farhad.jafari@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<CAN2fH6tR9wE3qY7uI1oP5aS8dG4jK0lZ6xC2vB9nM3bQ7wE1rT@mail.gmail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_fa(o)
    m.alternative(gmail_plain(JAFARI_TEXT, attr, o.text),
                  gmail_html(JAFARI_TEXT, attr, o.text, rtl=True), cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Fresh registration, Outlook HTML only (windows-1252 QP); alias
# "Bildungssystem"; "von 12 bis 27 Jahren" and the phone number are no counts;
# a legal footer.

BOECKENHOLT_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

gern nehme ich am Tag der Migrantenselbstorganisationen teil und melde mich hiermit für die Arbeitsgruppe „Bildungssystem“ an. Aus unserem Team komme nur ich.

Mit freundlichen Grüßen
i. A. Jens Böckenholt

Jugendmigrationsdienst Münster
Beratung für junge Zugewanderte von 12 bis 27 Jahren
Hafenstraße 34 · 48153 Münster
Tel.: 0251 / 6 09 33-12

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""


@mail("boeckenholt-outlook-html-only", "2027-01-26 10:05:44",
      E("registration", "jens.boeckenholt@jmd-muenster.example", "Jens Böckenholt",
        "Jugendmigrationsdienst Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Böckenholt, Jens" <jens.boeckenholt@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Thread-Topic", "Anmeldung Tag der MSO"),
           ("Thread-Index", "AdtvzN0d8kS2m1XqRb6h3Jp0yT5uLg=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR09MB5519A7D2E8C4F1B03969E2D1A5C0@PR3PR09MB5519.eurprd09.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BOECKENHOLT_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Fresh registration in Polish, Thunderbird, iso-8859-2 QP, format=flowed;
# "we dwoje" = 2; "grupa robocza nr 1".

@mail("nowicka-polish-we-dwoje", "2027-01-27 20:30:19",
      E("registration", "agnieszka.nowicka@polonia-muenster.example", "Agnieszka Nowicka",
        "Stowarzyszenie Polonia Münster e.V.", ["AG1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Nowicka", "agnieszka.nowicka@polonia-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag 13 marca", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<b3e7f1a2-5c84-4d19-a6e2-9f0c3d8b7e15@polonia-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migrantów (MSO-Tag) 13 marca.
Będziemy we dwoje: ja i mój mąż Tomasz.

Interesuje nas grupa robocza nr 1 (edukacja), bo nasze dzieci chodzą do
szkoły w Münster i chcielibyśmy się więcej dowiedzieć.

Pozdrawiam serdecznie
Agnieszka Nowicka
Stowarzyszenie Polonia Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable", params={"format": "flowed"})


# -- 012 ---------------------------------------------------------------------
# Change in Turkish, Thunderbird bottom-posted: "I never registered myself,
# our chairman did; fine, I'll come, but group 2 instead" (the quote says
# AG 3, the "Fördermittel" word in the new text is what he does not want).

YUCEL_CONF = Org("conf_de", "2027-01-27 21:14:09", "Hakan Yücel", "hakan.yucel@mail.example",
                 "AG3", 1, org="Türkisch-Deutscher Kulturverein Münster e.V.")


@mail("yucel-never-registered-himself-wants-ag2", "2027-01-28 18:10:27",
      E("change", "hakan.yucel@mail.example", "Hakan Yücel",
        "Türkisch-Deutscher Kulturverein Münster e.V.", ["AG2"], None, "tr"), "tr")
def _(m):
    o = YUCEL_CONF
    m.head(("From", "Hakan Yücel <hakan.yucel@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<7a2c9e41-0f3b-4d8e-b615-c2e9a7d40f83@mail.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""{attr_thunderbird_tr(o)}
{gt_quote(o.text)}

Merhaba,

aslında ben kendim kayıt olmadım, sanırım derneğimizin başkanı Ali Bey beni
kaydetmiş. Sorun değil, geleceğim.

Yalnız Fördermittel konusu benim alanım değil. Mümkünse beni 2. çalışma
grubuna (Münster'in geleceği / Zukunftsprozess) alabilir misiniz?

Teşekkürler,
Hakan Yücel
Türkisch-Deutscher Kulturverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Fresh registration in Farsi, UTF-8 base64; workgroup as Persian digit ۳;
# "همسرم نیز همراه من خواهد آمد" = my husband comes with me -> 2; the date
# "۱۳ مارس" is not a workgroup.

@mail("moradi-farsi-persian-digit", "2027-01-29 21:45:10",
      E("registration", "f.moradi@mail.example", "فرزانه مرادی", "انجمن زنان ایرانی مونستر",
        ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Farzaneh Moradi <f.moradi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام روز سازمان‌های مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<CAB7yU3iO5pA9sD1fG3hJ5kL7zX9cV1bN3mQ5wE7rT9yU1iO3pA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام و احترام

اینجانب فرزانه مرادی، عضو هیئت مدیره انجمن زنان ایرانی مونستر، مایلم برای روز سازمان‌های خودگردان مهاجران در ۱۳ مارس ثبت‌نام کنم. همسرم نیز همراه من خواهد آمد.

ما هر دو به گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) علاقه‌مند هستیم.

با تشکر
فرزانه مرادی
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Fresh registration in Ukrainian from an iPhone, UTF-8 base64; "Нас буде
# троє" = 3; signature only the first name, so the display name is the name;
# the organisation inflected in the text, nominative in the signature.

@mail("bondar-ukrainian-iphone-troie", "2027-02-03 17:20:45",
      E("registration", "olena.bondar@mail.example", "Olena Bondar",
        "Українська суботня школа Мюнстер", ["AG1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Bondar <olena.bondar@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація"),
           ("Date", m.date),
           ("Message-ID", "<9C4E2A71-B3D8-4F05-8E16-27A9C0D5F3B8@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Добрий день!

Хочу зареєструватися на MSO-Tag 13 березня. Нас буде троє: я і дві мої колеги з суботньої школи. Цікавить робоча група про освіту (AG 1).

Дякую!
Олена
Українська суботня школа Мюнстер

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 015 ---------------------------------------------------------------------
# Fresh registration without a workgroup choice yet (2 persons), Apple Mail
# alternative; "vom Afrikanischen Kulturzentrum" inflected, signature base form.

BOATENG_TEXT = """Hallo liebes MSO-Team,

wir vom Afrikanischen Kulturzentrum Münster e.V. möchten gern dabei sein! Ich melde mich und unsere Kassiererin Abena Owusu an, also 2 Personen.

Für welche Arbeitsgruppe wir uns entscheiden, besprechen wir noch im Vorstand. Kann ich Ihnen das nächste Woche nachreichen?

Herzliche Grüße
Kofi Boateng
Afrikanisches Kulturzentrum Münster e.V."""


@mail("boateng-no-workgroup-yet-apple", "2027-02-05 11:00:36",
      E("registration", "kofi.boateng@afrika-kulturzentrum.example", "Kofi Boateng",
        "Afrikanisches Kulturzentrum Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Kofi Boateng <kofi.boateng@afrika-kulturzentrum.example>"),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Message-Id", "<E2D4F6A8-1B3C-4D5E-8F70-A1B2C3D4E5F6@afrika-kulturzentrum.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(BOATENG_TEXT, apple_html(BOATENG_TEXT), style="apple")


# -- 016 ---------------------------------------------------------------------
# Fresh registration in Romanian, Yahoo alternative UTF-8 QP; "vom fi două
# persoane" = 2; organisation inflected in the text ("Asociației"),
# base form in the signature.

POPA_TEXT = """Bună ziua,

vă scriu pentru a mă înscrie la Ziua organizațiilor de migranți din 13 martie, din partea Asociației Culturale Româno-Germane din Münster. Voi veni împreună cu o colegă, deci vom fi două persoane.

Ne interesează grupa de lucru 2, despre procesul de viitor al orașului Münster.

Cu stimă,
Mihaela Popa
Asociația Culturală Româno-Germană din Münster"""


@mail("popa-romanian-yahoo", "2027-02-08 09:35:22",
      E("registration", "mihaela.popa@yahoo.example", "Mihaela Popa",
        "Asociația Culturală Româno-Germană din Münster", ["AG2"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Popa <mihaela.popa@yahoo.example>"),
           ("To", f"{MSO_NAME} <{MSO}>"),
           ("Subject", "Înscriere Ziua MSO – 13 martie"),
           ("Date", m.date),
           ("Message-ID", "<1462837190.2214507.1770539722391@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(POPA_TEXT, yahoo_html(POPA_TEXT), style="yahoo")


# -- 017 ---------------------------------------------------------------------
# Fresh registration in Spanish, iso-8859-1 QP (display name in Q-encoded
# iso-8859-1); first choice group 1, else group 2; comes alone ("Iré sola").

@mail("fernandez-spanish-latin1", "2027-02-10 16:50:04",
      E("registration", "lucia.fernandez@correo.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster e.V.", ["AG1", "AG2"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández", "lucia.fernandez@correo.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", ew("Inscripción MSO-Tag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<5e0c7a93d2b1f48e@correo.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Me gustaría inscribirme en la jornada de las organizaciones de migrantes del
13 de marzo. Iré sola.

Mi primera opción es el grupo de trabajo 1 (educación); si ya no hay plazas,
me apunto al grupo 2.

Un saludo cordial,
Lucía Fernández Ortega
Asociación Latinoamericana de Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Registration from a shared family address, answering the husband's
# confirmation (AG 3, 1): the wife registers herself, privately, AG 1 else
# AG 2.  web.de style quote block ("Gesendet:/Von:/An:/Betreff:").

RAHIMI_CONF = Org("conf_de", "2027-02-09 20:02:55", "Jawad Rahimi", "familie.rahimi@mail.example",
                  "AG3", 1, org="Afghanischer Kulturverein Münster e.V.")


@mail("rahimi-wife-registers-from-family-address", "2027-02-11 20:15:31",
      E("registration", "familie.rahimi@mail.example", "Soraya Rahimi", None,
        ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    o = RAHIMI_CONF
    m.head(("From", "Familie Rahimi <familie.rahimi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e7a1c08-93b2-4f5d-a8e6-1d0c2b9f7e35-1770837331266@3c-app-webde-bap51>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich bin die Frau von Jawad Rahimi und schreibe von unserer gemeinsamen E-Mail-Adresse. Ich möchte auch gerne zum MSO-Tag kommen, aber nicht für den Verein, sondern privat als Mutter.

Mich interessiert die AG 1 (Bildung), weil unsere Kinder hier zur Schule gehen. Wenn da kein Platz mehr ist, dann AG 2.

Mein Mann bleibt in der AG 3, wie bestätigt.

Vielen Dank
Soraya Rahimi
 
 

Gesendet: {webde_date(o.dt)}
Von: "{MSO_NAME}" <{MSO}>
An: {o.to_addr}
Betreff: {o.subject}
{gt_quote(o.text)}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Fresh registration in Russian with German association words ("Arbeitsgruppe
# 3", "Fördermittel", "ферайн"); Cyrillic display name, Latin signature
# (the signature wins); Mail.ru-style alternative, UTF-8 base64.

KUSNEZOW_TEXT = """Добрый день,

хочу записаться на MSO-Tag 13 марта. Я в нашем ферайне отвечаю за финансы, поэтому мне интересна Arbeitsgruppe 3 (Fördermittel, Vereinsmanagement). Приду один.

Заранее спасибо!

--
Alexej Kusnezow
Kassenwart
Integrationsverein Heimat e.V."""


@mail("kusnezow-russian-german-words", "2027-02-12 10:25:17",
      E("registration", "a.kusnezow@mail.example", "Alexej Kusnezow",
        "Integrationsverein Heimat e.V.", ["AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Алексей Кузнецов", "a.kusnezow@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Anmeldung / регистрация", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770888317.719204166@f403.i.mail.example>"),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("MIME-Version", "1.0"))
    m.alternative(KUSNEZOW_TEXT, mailru_html(KUSNEZOW_TEXT), cte="base64")


# -- 020 ---------------------------------------------------------------------
# Change after a waiting-list notice for AG 1 (Platz 3, 2 persons): both into
# AG 2, and explicitly not back to AG 1.  Outlook plain text,
# "-----Ursprüngliche Nachricht-----", UTF-8 QP.

AYDOGAN_WAIT = Org("wait_de", "2027-02-14 09:31:20", "Serkan Aydoğan", "s.aydogan@elternbund-ms.example",
                   "AG1", 2, pos=3, free=("AG2", "AG3"))


@mail("aydogan-waitlist-ag1-moves-to-ag2", "2027-02-15 08:40:03",
      E("change", "s.aydogan@elternbund-ms.example", "Serkan Aydoğan",
        "Deutsch-Türkischer Elternbund Münster e.V.", ["AG2"], None, "de"), "de")
def _(m):
    o = AYDOGAN_WAIT
    m.head(("From", "Serkan Aydoğan <s.aydogan@elternbund-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<001b01db7f6e$8a2c4d10$9e84e730$@elternbund-ms.example>"),
           *m.reply_to(o),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQGm3f0x7Kq1Lw9RZb2N4c8dT5yUoQ=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

schade, dass die AG 1 schon voll ist. Dann nehmen Sie uns bitte beide in die AG 2 auf. Wenn in der AG 1 doch noch etwas frei wird, müssen Sie uns nicht mehr Bescheid geben, wir bleiben dann in der AG 2.

Mit freundlichen Grüßen
Serkan Aydoğan
Deutsch-Türkischer Elternbund Münster e.V.

-----Ursprüngliche Nachricht-----
Von: {TO_MSO} 
Gesendet: {outlook_de_date(o.dt)}
An: Serkan Aydoğan <{o.to_addr}>
Betreff: {o.subject}

{o.text}
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Question in Arabic about the waiting list (AG 1, Platz 5): what are the
# chances, when will I know?  Outlook with Arabic header labels; UTF-8 QP.

SALEH_WAIT = Org("wait_de", "2027-02-15 22:47:06", "Mahmoud Saleh", "mahmoud.saleh@mail.example",
                 "AG1", 1, pos=5, free=("AG2", "AG3"))


@mail("saleh-arabic-waitlist-question", "2027-02-16 07:55:42",
      E("question", "mahmoud.saleh@mail.example", "محمود صالح", None, [], None, "ar"), "ar")
def _(m):
    o = SALEH_WAIT
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<000c01db8022$5e7a1b40$1b6e51c0$@mail.example>"),
           *m.reply_to(o),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-eg"),
           ("MIME-Version", "1.0"))
    m.single(f"""مرحباً،

شكراً على رسالتكم. فهمت أنني على قائمة الانتظار لمجموعة العمل الأولى، في المركز الخامس.

هل هناك فرصة حقيقية أن أحصل على مكان؟ ومتى سأعرف ذلك بشكل مؤكد؟ أحتاج أن أطلب إجازة من عملي يوم السبت، لذلك يجب أن أعرف قبل أسبوع على الأقل.

مع التحية
محمود صالح

________________________________
من: {TO_MSO}
تم الإرسال: {outlook_ar_date(o.dt)}
إلى: {o.to_addr}
الموضوع: {o.subject}

{o.text}
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Registration in English by a colleague who got the (English) confirmation
# for AG 2 forwarded; she answers the forward to us (Cc the colleague) and
# registers herself for workgroup 3.  Gmail alternative.

KUMAR_CONF = Org("conf_en", "2027-02-16 12:03:27", "Rajesh Kumar", "rajesh.kumar@ica-muenster.example",
                 "AG2", 1, org="Indian Cultural Association Münster e.V.")
KUMAR_FWD_AT = dt("2027-02-16 19:20:44")

KUMAR_FWD = f"""Hi Sunita,
here is the confirmation from the city - maybe you want to register too?
Rajesh

---------- Forwarded message ---------
From: {TO_MSO}
Date: {gmail_en_date(KUMAR_CONF.dt)}
Subject: {KUMAR_CONF.subject}
To: <{KUMAR_CONF.to_addr}>


{KUMAR_CONF.text}"""

VERMA_TEXT = """Dear MSO team,

my colleague Rajesh forwarded me his confirmation below. I would also like to attend, but in workgroup 3 (funding and association management) rather than his group, since I look after our grant applications. It will be just me.

Thank you!
Sunita Verma
Indian Cultural Association Münster e.V."""


@mail("verma-english-registers-after-forwarded-confirmation", "2027-02-17 13:10:58",
      E("registration", "sunita.verma@mail.example", "Sunita Verma",
        "Indian Cultural Association Münster e.V.", ["AG3"], 1, "en"), "en")
def _(m):
    m.answers = KUMAR_CONF
    fwd_id = "<CAH1kS8dF3gH5jK7lZ9xC1vB3nM5qW7eR9tY1uI3oP5aS7dF9gH@mail.gmail.example>"
    m.head(("From", "Sunita Verma <sunita.verma@mail.example>"),
           ("To", TO_MSO),
           ("Cc", "Rajesh Kumar <rajesh.kumar@ica-muenster.example>"),
           ("Subject", "Re: Fwd: " + KUMAR_CONF.subject),
           ("Date", m.date),
           ("Message-ID", "<CAM3nB5vC7xZ9lK1jH3gF5dS7aP9oI1uY3tR5eW7qM9nB1vC3xZ@mail.gmail.example>"),
           ("In-Reply-To", fwd_id),
           ("References", fwd_id),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_en_us(KUMAR_FWD_AT, "Rajesh Kumar <rajesh.kumar@ica-muenster.example>")
    m.alternative(gmail_plain(VERMA_TEXT, attr, KUMAR_FWD), gmail_html(VERMA_TEXT, attr, KUMAR_FWD),
                  style="gmail")


# -- 023 ---------------------------------------------------------------------
# Fresh registration in learner German, lower-case display name; "mit meine
# Bruder" = 2; "Gruppe Zukunft von Münster" = AG 2 (paraphrased alias).

@mail("yusuf-learner-german-bruder", "2027-02-18 22:05:13",
      E("registration", "abdirahman.yusuf@mail.example", "Abdirahman Yusuf",
        "Somalischer Verein Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "abdirahman yusuf <abdirahman.yusuf@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAF9xZ2cV4bN6mQ8wE0rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich heise Abdirahman Yusuf ich bin von Somalischer Verein Münster. Ich möchte kommen zu MSO tag am 13 März mit meine Bruder Abdullahi. Wir wollen gehen in Gruppe Zukunft von Münster, weil wir wollen sagen was wir denken für die Stadt.

danke
Abdirahman
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Change in Russian: party size 1 -> 2 ("нас будет двое"), same workgroup.
# Gmail alternative, Russian attribution line, top-posted, UTF-8 base64.

BECKER_CONF = Org("conf_de", "2027-02-03 11:40:18", "Татьяна Беккер", "t.becker@mail.example",
                  "AG2", 1)

BECKER_TEXT = """Здравствуйте!

Спасибо за подтверждение. Мой муж тоже хотел бы пойти, так что нас будет двое. Рабочая группа остаётся та же.

С уважением,
Татьяна Беккер"""


@mail("becker-russian-party-size-two", "2027-02-19 12:30:24",
      E("change", "t.becker@mail.example", "Татьяна Беккер", None, [], 2, "ru"), "ru")
def _(m):
    o = BECKER_CONF
    m.head(("From", "Татьяна Беккер <t.becker@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<CAD2wQ4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0eR2tY@mail.gmail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_ru(o)
    m.alternative(gmail_plain(BECKER_TEXT, attr, o.text), gmail_html(BECKER_TEXT, attr, o.text),
                  cte="base64", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Registration in Polish for a colleague, answering his own confirmation
# (AG 2, 2 persons) top-posted in Thunderbird: she comes alone, group 3,
# confirmation to her address (in Cc).  "(2 osoby, AG 2)" is his own, unchanged.

WISNIEWSKI_CONF = Org("conf_de", "2027-02-20 14:03:50", "Krzysztof Wiśniewski",
                      "k.wisniewski@srp-muenster.example", "AG2", 2,
                      org="Stowarzyszenie Rodzin Polskich w Münster")


@mail("wisniewski-polish-registers-colleague", "2027-02-22 09:15:07",
      E("registration", "ewa.kaminska@poczta.example", "Ewa Kamińska",
        "Stowarzyszenie Rodzin Polskich w Münster", ["AG3"], 1, "pl"), "pl")
def _(m):
    o = WISNIEWSKI_CONF
    m.head(("From", "Krzysztof Wiśniewski <k.wisniewski@srp-muenster.example>"),
           ("To", TO_MSO),
           ("Cc", "Ewa Kamińska <ewa.kaminska@poczta.example>"),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<4d1f8b62-a7c3-4e90-b258-6e3a0c9d1f74@srp-muenster.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie. Koleżanka z naszego stowarzyszenia, Ewa Kamińska,
też chciałaby wziąć udział, ale osobno i w innej grupie: w grupie roboczej 3
(finansowanie i zarządzanie stowarzyszeniem). Przyjdzie sama.

Proszę wysłać potwierdzenie bezpośrednio do niej: ewa.kaminska@poczta.example
(jest w kopii).

Nasze zgłoszenie (2 osoby, AG 2) pozostaje bez zmian.

Z poważaniem
Krzysztof Wiśniewski
Stowarzyszenie Rodzin Polskich w Münster

{attr_thunderbird_pl(o)}
{gt_quote(o.text)}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change in Ukrainian answering inline a waiting-list notice for AG 3
# (Platz 2, 1 person): into AG 2 instead, and now 2 persons.  Thunderbird.

MELNYK_WAIT = Org("wait_de", "2027-02-23 18:40:12", "Oksana Melnyk", "oksana.melnyk@mail.example",
                  "AG3", 1, pos=2, free=("AG2",))


@mail("melnyk-ukrainian-inline-waitlist-to-ag2", "2027-02-24 08:30:49",
      E("change", "oksana.melnyk@mail.example", "Оксана Мельник", "Товариство «Калина» Мюнстер",
        ["AG2"], 2, "uk"), "uk")
def _(m):
    o = MELNYK_WAIT
    L = o.lines()
    body = inline(
        o,
        "Добрий день, відповідаю прямо в тексті.",
        attr_thunderbird_uk(o) + "\n" + gt_quote("\n".join(L[0:8])),
        "Шкода. Чекати не хочу, тож запишіть мене, будь ласка, краще до AG 2.\n\n"
        "І ще: зі мною піде колега з нашого товариства, тож нас буде двоє.",
        ("q", L[12:16]),
        "Так, AG 2 нам підходить.",
        "Дякую!\nОксана Мельник\nТовариство «Калина» Мюнстер\n")
    m.head(("From", "Oksana Melnyk <oksana.melnyk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<e5b2c7d9-41f6-4a38-9d0e-7c1a3b5f8e26@mail.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single(body, charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Fresh registration in Romanian typed without diacritics (the signature has
# them); group 3 first, else group 2; "Vin singur" = 1.

@mail("ionescu-romanian-no-diacritics", "2027-02-25 19:00:31",
      E("registration", "andrei.ionescu@mail.example", "Andrei Ionescu", "Clubul Românesc Münster",
        ["AG3", "AG2"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Andrei Ionescu <andrei.ionescu@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscriere MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8sD0fG2hJ4kL6zX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buna ziua,

As dori sa ma inscriu la MSO-Tag din 13 martie. Ma intereseaza in primul rand grupa 3 (Fördermittel si managementul asociatiei), iar daca acolo nu mai sunt locuri, grupa 2. Vin singur.

Multumesc frumos,
Andrei Ionescu
Clubul Românesc Münster
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Fresh registration in Turkish from a phone, without Turkish letters;
# "Iki kisi" = 2, "(19 yasinda)" is an age; signed only "Zeynep", so the
# display name gives the full name.

@mail("koc-turkish-phone-no-diacritics", "2027-02-26 21:20:56",
      E("registration", "zeynepkoc87@mail.example", "Zeynep Koç", "Alevi Kültür Merkezi Münster",
        ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Koç <zeynepkoc87@mail.example>"),
           ("To", MSO),
           ("Subject", "Kayit"),
           ("Date", m.date),
           ("Message-ID", "<m3k9w2.1772137256.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba, MSO gunu icin kayit olmak istiyorum. 2. calisma grubu (Münster'in gelecegi) olursa cok iyi olur. Iki kisi gelecegiz, ben ve kizim (19 yasinda).

Alevi Kültür Merkezi Münster adina katiliyoruz.

Tesekkurler
Zeynep

Samsung Galaxy cihazımdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Fresh registration in Ukrainian naming AG 2 by its German title inside the
# Ukrainian text; UTF-8 8bit.

@mail("tkachenko-ukrainian-german-title", "2027-03-01 11:45:38",
      E("registration", "andrij.tkachenko@mail.example", "Андрій Ткаченко",
        "Спілка українців у Мюнстері", ["AG2"], 1, "uk"), "uk")
def _(m):
    m.head(("From", addr("Андрій Ткаченко", "andrij.tkachenko@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Реєстрація на MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<0f6d3a8e-2b91-47c5-8e14-d9a7c2b0e563@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня,

прошу зареєструвати мене на День мігрантських організацій 13 березня.
Хотів би взяти участь у робочій групі "Münsters Zukunftsprozess". Буду сам.

З повагою
Андрій Ткаченко
Спілка українців у Мюнстері
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Question answering a waiting-list notice for AG 3 (Platz 1, 2 persons)
# inline: when will we know?  AG 2 is explicitly no alternative (no change).

NWOSU_WAIT = Org("wait_de", "2027-02-23 10:12:40", "Claudia Nwosu", "claudia.nwosu@afro-eltern.example",
                 "AG3", 2, pos=1, free=("AG2",))


@mail("nwosu-waitlist-question-inline", "2027-03-02 09:05:27",
      E("question", "claudia.nwosu@afro-eltern.example", "Claudia Nwosu",
        "Afro-Deutscher Elternverein Münster e.V.", [], None, "de"), "de")
def _(m):
    o = NWOSU_WAIT
    L = o.lines()
    body = inline(
        o,
        "Hallo,",
        attr_thunderbird_de(o) + "\n" + gt_quote("\n".join(L[5:8])),
        "Heißt Platz 1, dass wir als Nächste nachrücken? Und bis wann erfahren wir, ob es klappt? "
        "Wir müssten für den Samstag nämlich eine Kinderbetreuung organisieren.",
        ("q", L[12:16]),
        "Die AG 2 ist für uns keine Alternative, wir warten lieber auf einen Platz in der AG 3.",
        "Viele Grüße\nClaudia Nwosu\nAfro-Deutscher Elternverein Münster e.V.\n")
    m.head(("From", "Claudia Nwosu <claudia.nwosu@afro-eltern.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<c81e4a27-9d3f-4b06-a5e1-2f7b9c0d4e68@afro-eltern.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(body, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Fresh registration from the association's info mailbox with a personal
# Reply-To (which wins); three named persons; webmailer alternative in
# iso-8859-1 QP.

GRABOWSKI_TEXT = """Guten Tag,

für den Tag der Migrantenselbstorganisationen melde ich uns zu dritt an: Monika Grabowski (ich), Jan Sobczak und Renata Lis. Wir möchten alle in die Arbeitsgruppe 3 (Förderung / Vereinsmanagement).

Antworten bitte an meine persönliche Adresse, das Info-Postfach lesen wir nur unregelmäßig.

Mit freundlichen Grüßen
Monika Grabowski
Deutsch-Polnische Gesellschaft Münster e.V."""


@mail("grabowski-info-mailbox-reply-to", "2027-03-02 14:40:05",
      E("registration", "m.grabowski@dpg-muenster.example", "Monika Grabowski",
        "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Deutsch-Polnische Gesellschaft Münster <info@dpg-muenster.example>"),
           ("Reply-To", "Monika Grabowski <m.grabowski@dpg-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (3 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<20270302134005.Horde.Xk3rT0pQvB2mN7yL@webmail.dpg-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.alternative(GRABOWSKI_TEXT, div_html(GRABOWSKI_TEXT), charset="iso-8859-1",
                  cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Fresh registration with a vCard attached (multipart/mixed); AG 2 by alias
# "Zukunftsprozess"; "Ich komme allein" = 1.

OVERBECK_VCF = """BEGIN:VCARD
VERSION:3.0
N:Overbeck;Bernd;;;
FN:Bernd Overbeck
ORG:Flüchtlingshilfe Gievenbeck e.V.
TEL;TYPE=CELL:+49 171 5558209
EMAIL;TYPE=INTERNET:bernd.overbeck@fluechtlingshilfe-gievenbeck.example
END:VCARD
"""


@mail("overbeck-vcard-attached", "2027-03-03 16:15:42",
      E("registration", "bernd.overbeck@fluechtlingshilfe-gievenbeck.example", "Bernd Overbeck",
        "Flüchtlingshilfe Gievenbeck e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bernd Overbeck <bernd.overbeck@fluechtlingshilfe-gievenbeck.example>"),
           ("To", MSO),
           ("Subject", "Teilnahme MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<3a9f7c21-6e04-4b8d-91c5-f2d7e0a8b614@fluechtlingshilfe-gievenbeck.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hallo zusammen,

ich würde gern am MSO-Tag teilnehmen, am liebsten in der AG 2 zum
Zukunftsprozess. Ich komme allein.

Meine Kontaktdaten hänge ich als Visitenkarte an.

Viele Grüße
Bernd Overbeck
Flüchtlingshilfe Gievenbeck e.V.
""", charset="utf-8", cte="quoted-printable")
    vcf = m.text(OVERBECK_VCF, subtype="vcard", charset="utf-8", cte="quoted-printable",
                 disposition="attachment", filename="Bernd Overbeck.vcf")
    m.multi("mixed", [text, vcf])


# -- 033 ---------------------------------------------------------------------
# Exchange out-of-office to the 7-day reminder (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress); CRLF line ends.

LINDEMANN_REM = Org("rem7_de", "2027-03-06 08:00:05", "Karin Lindemann",
                    "karin.lindemann@stadt-muenster.example", "AG2", 1)

LINDEMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. März 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Büro für Bürgerbeteiligung, Tel. 0251 / 492-1120.

Mit freundlichen Grüßen
Karin Lindemann"""


@mail("lindemann-exchange-ooo-to-reminder", "2027-03-06 07:00:52", E("auto_reply"), "de", tz=0)
def _(m):
    o = LINDEMANN_REM
    m.head(("From", '"Lindemann, Karin" <karin.lindemann@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + o.subject),
           ("Thread-Topic", o.subject),
           ("Thread-Index", "AQHbjm7ZkR4x2Wq9TbE1n0v3yP8sLQ=="),
           ("Date", m.date),
           ("Message-ID", "<5b3e9d0c7f1a4e82@EXCH02.stadt-muenster.example>"),
           *m.reply_to(o),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(LINDEMANN_OOF, outlook_html(LINDEMANN_OOF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Turkish out-of-office to the 7-day reminder, marked only by X-Autoreply;
# iso-8859-9 QP; a phone number and a date in it.

POLAT_REM = Org("rem7_de", "2027-03-06 08:00:17", "Ercan Polat", "ercan.polat@mail.example", "AG3", 2)


@mail("polat-turkish-x-autoreply", "2027-03-06 08:01:30", E("auto_reply"), "tr")
def _(m):
    o = POLAT_REM
    m.head(("From", "Ercan Polat <ercan.polat@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Otomatik yanıt: " + o.subject, "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772780490.20417@mail.example>"),
           ("In-Reply-To", o.msgid),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.answers = o
    m.single("""Merhaba,

8 Mart'a kadar yıllık izindeyim ve e-postalarımı kontrol edemiyorum.
Döndüğümde size en kısa sürede cevap vereceğim.

Acil durumlarda lütfen derneğimizi arayın: 0251 62 48 90.

Saygılarımla
Ercan Polat
""", charset="iso-8859-9", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Gmail vacation responder (Auto-Submitted: auto-replied) to the English
# 7-day reminder; its own subject.

AMINA_REM = Org("rem7_en", "2027-03-06 08:00:29", "Amina Yusuf", "amina.yusuf@mail.example", "AG1", 1)


@mail("amina-yusuf-gmail-vacation", "2027-03-06 08:03:10", E("auto_reply"), "en")
def _(m):
    o = AMINA_REM
    m.head(("From", "Amina Yusuf <amina.yusuf@mail.example>"),
           ("To", MSO),
           ("Subject", "Out of office until 12 March"),
           ("Date", m.date),
           ("Message-ID", "<CAPv7Rq0vacation.5f2e8d1c@mail.gmail.example>"),
           *m.reply_to(o),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

Thank you for your email. I am away until 12 March with limited access to
email. I will reply as soon as I can after my return.

Kind regards,
Amina Yusuf
""", charset="us-ascii", cte="7bit")


# -- 036 ---------------------------------------------------------------------
# Change in English answering the English 7-day reminder inline (Apple Mail):
# 5 persons -> 3, same workgroup.

MAHMOOD_REM = Org("rem7_en", "2027-03-06 08:00:41", "Tariq Mahmood", "tariq.mahmood@pca-muenster.example",
                  "AG2", 5)


@mail("mahmood-english-inline-five-to-three", "2027-03-06 09:40:16",
      E("change", "tariq.mahmood@pca-muenster.example", "Tariq Mahmood",
        "Pakistani Community Association Münster", [], 3, "en"), "en")
def _(m):
    o = MAHMOOD_REM
    L = o.lines()
    body = inline(
        o,
        "Dear MSO team,\n\nthanks for the reminder - my answers are below.",
        attr_apple_en(o),
        ("q", L[0:9]),
        "Unfortunately two of our members have to work that Saturday after all, so we will "
        "only be 3 people. Same workgroup, please.",
        ("q", L[18:20]),
        "So the two free places can go to people on the waiting list.",
        "Best wishes,\nTariq Mahmood\nPakistani Community Association Münster\n")
    m.head(("From", "Tariq Mahmood <tariq.mahmood@pca-muenster.example>"),
           ("Subject", "Re: " + o.subject),
           ("Message-Id", "<A7C3E1F9-5B2D-4E80-9F16-3D8B0A2C7E45@pca-muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           *m.reply_to(o),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.single(body, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Registration in Turkish: the association's chairwoman forwarded her own
# 7-day reminder (AG 3, 2 persons) to a member, who forwards it on to us and
# registers herself for group 2, alone.  Thunderbird forward, UTF-8 8bit.
# The chairwoman's note is part of the forwarded block, not new text.

CELIK_REM = Org("rem7_de", "2027-03-06 08:00:53", "Nuran Çelik", "nuran.celik@mail.example", "AG3", 2)


@mail("aslan-turkish-forwards-chairs-reminder", "2027-03-06 10:15:09",
      E("registration", "fatma.aslan@mail.example", "Fatma Aslan", "Münster Türk Kadınlar Derneği",
        ["AG2"], 1, "tr"), "tr")
def _(m):
    o = CELIK_REM
    m.answers = o
    m.head(("From", "Fatma Aslan <fatma.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<8e4b1d7a-3c96-4f2e-b05a-9d1c6e7f2a38@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

derneğimizin başkanı Nuran Hanım bu hatırlatmayı bana iletti. Ben henüz
kayıt olmadım ama ben de katılmak istiyorum. Mümkünse 2. çalışma grubuna
(Münster'in geleceği) yazılmak istiyorum, tek kişi geleceğim.

Kayıt bugün bitiyormuş, umarım hâlâ yer vardır.

Teşekkürler,
Fatma Aslan
Münster Türk Kadınlar Derneği


-------- İletilen Mesaj --------
Konu: \tFwd: {o.subject}
Tarih: \tSat, 6 Mar 2027 09:02:11 +0100
Kimden: \tNuran Çelik <nuran.celik@mail.example>
Kime: \tFatma Aslan <fatma.aslan@mail.example>



Fatma, bak, belki sen de gelmek istersin. Kayıt bugün bitiyor.
Nuran


-------- İletilen Mesaj --------
Konu: \t{o.subject}
Tarih: \t{o.date}
Kimden: \t{TO_MSO}
Kime: \t{o.to_addr}



{o.text}
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Registration in Arabic for a colleague, answering the writer's own 7-day
# reminder (AG 2, 1): the colleague wants workgroup 3, comes alone,
# confirmation to his address (in Cc).  Gmail alternative, RTL, base64.

MANSOUR_REM = Org("rem7_de", "2027-03-06 08:01:05", "Khaled Mansour", "khaled.mansour@mail.example",
                  "AG2", 1)

MANSOUR_TEXT = """مرحباً،

شكراً على التذكير، سأحضر إن شاء الله كما هو مسجّل.

زميلي في الجمعية يوسف عمر يريد أيضاً المشاركة، ولكن في مجموعة العمل الثالثة (التمويل وإدارة الجمعيات). سيأتي وحده. أرجو إرسال التأكيد إلى بريده مباشرة: yousef.omar@mail.example

مع الشكر
خالد منصور
الجمعية الفلسطينية في مونستر"""


@mail("mansour-arabic-registers-colleague-reply-to-reminder", "2027-03-06 11:30:44",
      E("registration", "yousef.omar@mail.example", "يوسف عمر", "الجمعية الفلسطينية في مونستر",
        ["AG3"], 1, "ar"), "ar")
def _(m):
    o = MANSOUR_REM
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Cc", "yousef.omar@mail.example"),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<CAK0lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0vB@mail.gmail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_ar(o)
    m.alternative(gmail_plain(MANSOUR_TEXT, attr, o.text),
                  gmail_html(MANSOUR_TEXT, attr, o.text, rtl=True), cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Cancellation in Polish, bottom-posted under the whole 7-day reminder
# (AG 1, 2 persons); Thunderbird, UTF-8 8bit (the quote's dash does not fit
# iso-8859-2).

DABROWSKI_REM = Org("rem7_de", "2027-03-06 08:01:17", "Paweł Dąbrowski", "pawel.dabrowski@mail.example",
                    "AG1", 2)


@mail("dabrowski-polish-cancel-bottom-posted", "2027-03-06 16:20:35",
      E("cancellation", "pawel.dabrowski@mail.example", "Paweł Dąbrowski", None, [], None, "pl"), "pl")
def _(m):
    o = DABROWSKI_REM
    m.head(("From", "Paweł Dąbrowski <pawel.dabrowski@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<2b7e0c94-d1a6-4f38-8c52-e9f04a1b3d76@mail.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""{attr_thunderbird_pl(o)}
{gt_quote(o.text)}

Dzień dobry,

niestety musimy odwołać nasz udział. Żona jest chora, a ja nie mogę przyjść
sam, bo zostaję z dziećmi. Proszę przekazać nasze dwa miejsca osobom z listy
oczekujących.

Pozdrawiam
Paweł Dąbrowski
""", charset="utf-8", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# "Wrong person": a woman in Seville gets the 7-day reminder meant for a
# namesake (a mistyped address); she never registered and asks to be removed
# -> cancellation of what is registered under her address.  Gmail, Spanish.

GUTIERREZ_REM = Org("rem7_de", "2027-03-06 08:01:29", "María Gutiérrez", "mjgutierrez@correo.example",
                    "AG1", 1)

GUTIERREZ_TEXT = """Hola:

Creo que me han escrito por error. No entiendo bien el alemán, pero por lo que veo es un recordatorio para un evento en Münster. Yo no me he inscrito a nada, vivo en Sevilla y no conozco su organización. Ya en enero recibí otro correo suyo.

Seguramente alguien ha escrito mal su dirección de correo. Por favor, borren la mía de su lista.

Un saludo,
María José Gutiérrez Soto"""


@mail("gutierrez-spanish-wrong-person", "2027-03-07 09:10:22",
      E("cancellation", "mjgutierrez@correo.example", "María José Gutiérrez Soto", None, [], None, "es"), "es")
def _(m):
    o = GUTIERREZ_REM
    m.head(("From", "María José Gutiérrez <mjgutierrez@correo.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<CAJ5kL7zX9cV1bN3mQ5wE7rT9yU1iO3pA5sD7fG9hJ1kL3zX5cV@mail.gmail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    attr = attr_gmail_es(o)
    m.alternative(gmail_plain(GUTIERREZ_TEXT, attr, o.text), gmail_html(GUTIERREZ_TEXT, attr, o.text),
                  style="gmail")


# -- 041 ---------------------------------------------------------------------
# Question in Farsi answering the 7-day reminder (AG 1, 2 persons): may I
# bring my eight-year-old daughter, is there childcare?  Outlook for iOS,
# English header block, UTF-8 base64.

ROSTAMI_REM = Org("rem7_de", "2027-03-06 08:01:41", "Shirin Rostami", "shirin.rostami@mail.example",
                  "AG1", 2)


@mail("rostami-farsi-question-child-outlook-ios", "2027-03-08 19:30:57",
      E("question", "shirin.rostami@mail.example", "شیرین رستمی", None, [], None, "fa"), "fa")
def _(m):
    o = ROSTAMI_REM
    d = o.dt
    sent = (f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} "
            f"{d.hour % 12 or 12}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}")
    m.head(("From", "Shirin Rostami <shirin.rostami@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<SJ0PR11MB5678D3E4F5A6B7C8D9E0F1A2B3C4@SJ0PR11MB5678.namprd11.prod.outlook.example>"),
           *m.reply_to(o),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""سلام و وقت بخیر،

ممنون از یادآوری. یک سؤال داشتم: آیا می‌توانم دختر هشت‌ساله‌ام را هم با خودم بیاورم؟ شنبه کسی را نداریم که از او نگهداری کند. آیا در محل برنامه‌ای برای کودکان هست؟

با سپاس
شیرین رستمی

Get Outlook for iOS
________________________________
From: {TO_MSO}
Sent: {sent}
To: {o.to_addr} <{o.to_addr}>
Subject: {o.subject}

{o.text}
""", charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# "See you" answer to the 7-day reminder (other), Ukrainian in koi8-u 8bit,
# the quote deleted; display name RFC 2047 B in koi8-u.

SAVCHUK_REM = Org("rem7_de", "2027-03-06 08:01:53", "Iryna Savchuk", "iryna.savchuk@mail.example",
                  "AG2", 1)


@mail("savchuk-ukrainian-see-you-koi8u", "2027-03-09 12:00:18", E("other"), "uk")
def _(m):
    o = SAVCHUK_REM
    m.head(("From", addr("Ірина Савчук", "iryna.savchuk@mail.example", "koi8-u", "b")),
           ("To", MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<d4a17e3b-8c02-4f69-b1e5-0a9c7d2f6b81@mail.example>"),
           *m.reply_to(o),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Дякую за нагадування! До зустрічі в суботу.

Ірина Савчук
""", charset="koi8-u", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Bounce of the 1-day reminder: the remote server refused it, mailbox full
# (552 5.2.2); multipart/report from our Postfix with the returned reminder
# (which names AG 3 and 1 person).

GHARBI_REM = Org("rem1_de", "2027-03-12 08:00:09", "Hamid Gharbi", "hamid.gharbi@webpost.example",
                 "AG3", 1)


@mail("postfix-bounce-mailbox-full-reminder", "2027-03-12 08:01:02",
      E("bounce", bounced="hamid.gharbi@webpost.example"), "en")
def _(m):
    o = GHARBI_REM
    rcpt = o.to_addr
    m.answers = o
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270312070102.3C81A2E019@mail.muenster.example>"),
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

<{rcpt}>: host mx.webpost.example[198.51.100.77] said: 552 5.2.2
    <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C81A2E019"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri, 12 Mar 2027 08:00:09 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota\n"
                             "    exceeded")])
    m.multi("report", [note, dsn, rfc822_part(organiser_message(o))], style="postfix",
            params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# Cancellation from a Samsung phone answering the 1-day reminder (AG 2,
# 3 persons), top-posted; the whole group stays away.

TEKIN_REM = Org("rem1_de", "2027-03-12 08:00:21", "Gökhan Tekin", "goekhan.tekin@mail.example", "AG2", 3)


@mail("tekin-cancel-samsung-reply-to-1d-reminder", "2027-03-12 09:30:40",
      E("cancellation", "goekhan.tekin@mail.example", "Gökhan Tekin", None, [], None, "de"), "de")
def _(m):
    o = TEKIN_REM
    m.head(("From", "Gökhan Tekin <goekhan.tekin@mail.example>"),
           ("To", MSO),
           ("Subject", "AW: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<k2v8p1.1773304240.samsung@mail.example>"),
           *m.reply_to(o),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

leider müssen wir für morgen absagen. Ich liege mit Fieber im Bett und meine beiden Vereinskollegen wollen ohne mich nicht hinfahren. Sehr schade, wir hatten uns gefreut.

Viele Grüße
Gökhan Tekin



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: {TO_MSO} 
Datum: {o.dt:%d.%m.%y  %H:%M}  (GMT+01:00) 
An: {o.to_addr} 
Betreff: {o.subject} 

{o.text}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation in Romanian the evening before, Yahoo alternative answering
# the 1-day reminder (AG 1, 1 person); Yahoo quotes without '>'.

MUNTEANU_REM = Org("rem1_de", "2027-03-12 08:00:33", "Cristina Munteanu", "cristina.munteanu@yahoo.example",
                   "AG1", 1)

MUNTEANU_TEXT = """Bună seara,

Din păcate nu mai pot veni mâine la MSO-Tag, am avut o urgență în familie și trebuie să plec în România. Vă rog să anulați înscrierea mea.

Îmi pare rău și vă mulțumesc pentru înțelegere.
Cristina Munteanu"""


@mail("munteanu-romanian-cancel-yahoo", "2027-03-12 19:45:12",
      E("cancellation", "cristina.munteanu@yahoo.example", "Cristina Munteanu", None, [], None, "ro"), "ro")
def _(m):
    o = MUNTEANU_REM
    attr = attr_yahoo_ro(o)
    m.head(("From", "Cristina Munteanu <cristina.munteanu@yahoo.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + o.subject),
           ("Date", m.date),
           ("Message-ID", "<2091736458.3318804.1773341112907@mail.yahoo.example>"),
           *m.reply_to(o),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    plain = f"{MUNTEANU_TEXT}\n\n{attr}\n\n{o.text}\n"
    m.alternative(plain, yahoo_html(MUNTEANU_TEXT, attr, o.text), style="yahoo")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for num, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        if m.answers is not None and m.answers.dt >= m.when:
            raise SystemExit(f"{slug}: answers an organiser mail sent later")
        name = f"{num:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang))
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def decoded_text(msg):
    """Every header and every text part of the mail (nested messages included), decoded."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            chunks.append(decoded_text(inner))
    return "\n".join(chunks)


def new_text(msg):
    """The first text/plain part (or the HTML) — used for the quoting check."""
    for p in leaves(msg):
        if p.get_content_type() == "text/plain":
            return p.get_content()
    for p in leaves(msg):
        if p.get_content_type() == "text/html":
            return p.get_content()
    return ""


def check_label(e, msg, m, text):
    problems = []
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
        return problems
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or len(set(wg)) != len(wg) or any(w not in ("AG1", "AG2", "AG3") for w in wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups only for registration/change")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null")
    if k in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        elif em not in text.lower():
            problems.append(f"email {em} does not occur in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} does not occur in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if k == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if k in ("change", "cancellation"):
        # every change and cancellation answers (and quotes) an organiser mail
        o = m.answers
        if o is None or str(msg.get("In-Reply-To", "")) != o.msgid:
            problems.append("change/cancellation must answer an organiser mail")
        else:
            # the organiser mail's line naming the old workgroup must be quoted
            key = next(line for line in o.lines() if f"AG {o.ag[-1]}" in line)
            unquoted = "\n".join(re.sub(r"^(> ?)+", "", line)
                                 for line in new_text(msg).replace("\r\n", "\n").split("\n"))
            if key not in unquoted:
                problems.append("change/cancellation does not quote the organiser mail")
    return problems


def check(name, data, m, expected):
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:from|by) ([\w-]+(?:\.[\w-]+)+)", str(msg.get("Received", ""))):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, msg, m, text)
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language of the text:")
    print("  " + " ".join(f"{lg:>3}" for lg in LANGS) + "  all")
    for k in KINDS:
        row = [table[(k, lg)] for lg in LANGS]
        print("  " + " ".join(f"{c:>3}" for c in row) + f"  {sum(row):>3}  {k}")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), c in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {c}")


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
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, c in senders.items():
        if c > 1:
            print(f"sender {s} appears {c} times")
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
