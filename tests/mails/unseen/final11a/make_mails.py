#!/usr/bin/env python3
"""Build the evaluation set "final11a" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

MSO-Tag 2027 (config.toml is a copy of the dev config).  45 mails written
mostly on phones and in a hurry: lower case, no punctuation, abbreviations,
voice-dictation slips, emoji, WhatsApp brevity, and German mixed with Turkish,
Arabic, Russian, English or Kurmanji in the same mail.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
# what the mailbot sent earlier (quoted in replies, returned in the bounce)
# ---------------------------------------------------------------------------

CONF_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation text the mailbot sent; replies below quote it."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Wann: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Wo:   Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Wenn sich etwas ändert oder Sie absagen müssen, antworten Sie bitte einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen"""


class Conf:
    """One confirmation the mailbot sent at `when` (local time, CET)."""

    def __init__(self, when):
        self.dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
        stamp = self.dt.strftime("%Y%m%d%H%M%S")
        self.msgid = f"<mailbot.{stamp}.{_h(when, 'c')[:4]}@muenster.example>"

    # localized attribution lines, written as each client writes them
    def ios_de(self):
        return (f"Am {self.dt:%d.%m.%Y} um {self.dt:%H:%M} schrieb "
                f"Tag der Migrantenselbstorganisationen <{MSO}>:")

    def gmail_de(self):
        wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][self.dt.weekday()]
        mon = ["Jan.", "Feb.", "März"][self.dt.month - 1]
        return (f"Am {wd}, {self.dt.day}. {mon} {self.dt.year} um {self.dt:%H:%M} Uhr schrieb "
                f"Tag der Migrantenselbstorganisationen <{MSO}>:")

    def gmail_tr(self):
        wd = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"][self.dt.weekday()]
        mon = ["Oca", "Şub", "Mar"][self.dt.month - 1]
        return (f"Tag der Migrantenselbstorganisationen <{MSO}>, {self.dt.day} {mon} "
                f"{self.dt.year} {wd}, {self.dt:%H:%M} tarihinde şunu yazdı:")

    def gmail_fr(self):
        wd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][self.dt.weekday()]
        mon = ["janv.", "févr.", "mars"][self.dt.month - 1]
        return (f"Le {wd} {self.dt.day} {mon} {self.dt.year} à {self.dt:%H:%M}, "
                f"Tag der Migrantenselbstorganisationen <{MSO}> a écrit :")

    def gmail_ar(self):
        wd = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][self.dt.weekday()]
        mon = ["يناير", "فبراير", "مارس"][self.dt.month - 1]
        h = self.dt.hour % 12 or 12
        ampm = "ص" if self.dt.hour < 12 else "م"
        return (f"\u202bفي {wd}، {self.dt.day} {mon} {self.dt.year} في {h}:{self.dt:%M} {ampm} "
                f"كتب Tag der Migrantenselbstorganisationen <{MSO}>:\u202c")

    def gmail_pl(self):
        wd = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][self.dt.weekday()]
        return (f"W dniu {wd}, {self.dt:%d.%m.%Y} o {self.dt:%H:%M} "
                f"Tag der Migrantenselbstorganisationen <{MSO}> napisał(a):")

    def samsung_de(self):
        return f"{self.dt:%d.%m.%y}  {self.dt:%H:%M}  (GMT+01:00)"

    def outlook_ios_de(self):
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][self.dt.weekday()]
        mon = ["Januar", "Februar", "März"][self.dt.month - 1]
        h = self.dt.hour % 12 or 12
        ampm = "AM" if self.dt.hour < 12 else "PM"
        return f"{wd}, {mon} {self.dt.day}, {self.dt.year} {h}:{self.dt:%M}:11 {ampm}"


def ios_quote(attrib, text):
    """iOS Mail: the attribution line is quoted together with the text."""
    return gt_quote(f"{attrib}\n\n{text}")


def confirmation_message(to, salutation, ag, persons, conf, in_reply_to):
    """The confirmation as a whole message (its headers come back in the bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
    m["Date"] = format_datetime(conf.dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    m["Message-ID"] = conf.msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail / Samsung style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_plain(text, attrib, quoted):
    return f"{text}\n\n{attrib}\n\n{gt_quote(quoted)}\n"


def gmail_reply_html(text, attrib, quoted, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote\"><div{d} class=\"gmail_attr\">"
            f"{esc(attrib)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
            f"0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}<br></blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">" + inner + "</body></html>\n")


def outlook_mobile_html(text, signature, quote=None):
    """Outlook for iOS/Android: HTML with a mobile signature and an <hr> reply header."""
    body = "<br>".join(esc(line) for line in text.split("\n"))
    out = ["<html><head>",
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
           "</head><body>",
           "<div dir=\"auto\" style=\"font-family: Aptos, sans-serif; font-size: 12pt;\">" + body + "</div>",
           "<div id=\"ms-outlook-mobile-signature\"><div><br></div><div dir=\"ltr\">"
           + esc(signature) + "</div></div>"]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ["<div id=\"mail-editor-reference-message-container\"><br>",
                "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">",
                "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                "style=\"font-size:11pt\" color=\"#000000\">"
                f"<b>Von:</b> {esc(von)}<br><b>Gesendet:</b> {esc(gesendet)}<br>"
                f"<b>An:</b> {esc(an)}<br><b>Betreff:</b> {esc(betreff)}</font>"
                "<div>&nbsp;</div></div>",
                f"<div>{q}</div>", "</div>"]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def outlook_mobile_plain(text, signature, quote=None):
    out = f"{text}\n\n{signature}"
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out += (f"\n________________________________\nVon: {von}\nGesendet: {gesendet}\n"
                f"An: {an}\nBetreff: {betreff}\n\n{quoted}")
    return out


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, habits, builder)


def mail(slug, when, expected, text_lang, tz=1, habits=""):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, habits, fn))
        return fn
    return deco


def mid_gmail(slug):
    h = _h(slug, "gm")
    return f"<CA{h[:6].upper()}{h[6:40]}@mail.gmail.example>"


def mid_apple(slug, domain="mail.example"):
    h = _h(slug, "ap").upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_samsung(slug):
    h = _h(slug, "sm")
    return f"<{int(h[:8], 16)}.{h[8:14]}.samsung@mail.example>"


# -- 001 ---------------------------------------------------------------------
# iPhone, German carrying the sentences with Turkish insertions ("slm",
# "dernek", "herkes bana soruyor") and a Turkish iPhone signature.
# "meinem sohn Emre (17)" -> 2 persons; "fördermittel" next to "ag 3".

@mail("yildiz-tr-de-sohn-ag3", "2027-01-12 18:22:41",
      E("registration", "serkan.yildiz@mail.example", "Serkan Yıldız",
        "Türkisch-Deutscher Elternbund Münster", ["AG3"], 2, "de"), "de",
      habits="code-switch tr, iPhone, emoji, lower case")
def _(m):
    m.head(("From", "Serkan Yıldız <serkan.yildiz@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("yildiz")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""slm zusammen 👋

ich meld mich für ag 3 an (fördermittel usw), brauchen wir echt dringend, im dernek versteht keiner die anträge 😅 herkes bana soruyor 🙈

komme mit meinem sohn Emre (17), der macht bei uns die jugendarbeit. also 2 personen

lg
Serkan Yıldız
Türkisch-Deutscher Elternbund Münster

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Dictated on a Samsung phone: no punctuation, "em es o Tag", the word
# "Komma" written out, "Arbeitsgruppe eins Bildung", "zu zweit" = 2.
# Organisation only inside the run-on sentence ("vom Elternverein Raduga").

BECKER_TEXT = """Hallo ich möchte mich anmelden für den em es o Tag am 13. März Komma Arbeitsgruppe eins Bildung ich komme mit meinem Mann also zu zweit wir sind beide vom Elternverein Raduga mein Name ist Natalia Becker danke und schönen Abend noch



Gesendet von meinem Galaxy"""


@mail("becker-diktiert-zu-zweit", "2027-01-12 21:47:05",
      E("registration", "natalia.becker1978@mail.example", "Natalia Becker",
        "Elternverein Raduga", ["AG1"], 2, "de"), "de",
      habits="voice dictation, no punctuation, Samsung")
def _(m):
    m.head(("From", "Natalia Becker <natalia.becker1978@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", mid_samsung("becker")),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_TEXT, div_html(BECKER_TEXT, "font-family: sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish typed on a German keyboard (no ı, ş, ğ, ç), with German words
# ("MSO-Tag", "AG 2", "Zukunftsprozess").  Gmail app, base64.  "esim de
# gelecek, yani 2 kisi" = my husband comes too, so 2 persons.

KORKMAZ_TEXT = """merhaba,
13 marttaki MSO-Tag icin kaydimi yapabilir misiniz? AG 2 ye katilmak istiyorum (Zukunftsprozess). esim de gelecek, yani 2 kisi.
tesekkurler, iyi calismalar

Hatice Korkmaz
Frauenverein Gül e.V."""


@mail("korkmaz-turkish-no-diacritics", "2027-01-13 07:58:12",
      E("registration", "hatice.korkmaz@mail.example", "Hatice Korkmaz",
        "Frauenverein Gül e.V.", ["AG2"], 2, "tr"), "tr",
      habits="Turkish without Turkish letters, German insertions")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag kayit"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("korkmaz")),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# English from the phone with German words ("Bildung", "Masterarbeit");
# "just me, no plus one" = 1.  The university is not named; the association is.

NAIR_TEXT = """hi there,

pls register me for the MSO-Tag on 13.3. – AG 1 (Bildung) would be great, I'm writing my Masterarbeit on pretty much exactly that topic lol

just me, no plus one 🙂

thx!
Priya Nair
Indian Cultural Association Münster

sent from my phone, sorry for typos"""


@mail("nair-english-just-me", "2027-01-13 12:10:33",
      E("registration", "priya.nair@mail.example", "Priya Nair",
        "Indian Cultural Association Münster", ["AG1"], 1, "en"), "en",
      habits="abbreviations, emoji, English with German words")
def _(m):
    m.head(("From", "Priya Nair <priya.nair@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag registration"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("nair")),
           ("MIME-Version", "1.0"))
    m.alternative(NAIR_TEXT, gmail_html(NAIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# German with Arabic insertions (salam, إن شاء الله in Arabic script), emoji
# in the subject.  "ich und meine frau + unsere 3 kinder" = 5; the question
# about a play corner does not make it a question.  "die kleinen sind 4 und 6"
# are ages, not sizes or workgroups.

@mail("almasri-familie-fuenf-ag1", "2027-01-13 19:33:50",
      E("registration", "ahmad.almasri@mail.example", "Ahmad Al-Masri",
        "Syrischer Familienverein Münster", ["AG1"], 5, "de"), "de",
      habits="code-switch ar, WhatsApp brevity, family with kids, emoji subject")
def _(m):
    m.head(("From", "Ahmad Al-Masri <ahmad.almasri@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 🙂"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("almasri")),
           ("MIME-Version", "1.0"))
    m.single("""salam 👋
ich und meine frau + unsere 3 kinder wollen kommen, ag1 bitte (wegen schule und so, die große kommt jetzt aufs gymnasium)
gibts da eine kinderecke oder so? die kleinen sind 4 und 6
إن شاء الله bis dann 🤲

Ahmad Al-Masri
Syrischer Familienverein Münster
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Question (German with a Russian filler word "короче"): she will register
# only if coming for the morning alone is fine.

@mail("wagner-nur-vormittags-frage", "2027-01-14 09:05:18",
      E("question", "olga.wagner.ms@mail.example", "Olga Wagner", None, [], None, "de"), "de",
      habits="code-switch ru, lower case, conditional intent")
def _(m):
    m.head(("From", "Olga Wagner <olga.wagner.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "frage"),
           ("Date", m.date),
           ("Message-ID", mid_apple("wagner")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo 🙈 kurze frage, kann man auch nur vormittags kommen? nachmittags hab ich schicht, короче, dann schaff ich die ag gar nicht. wenn das trotzdem ok ist meld ich mich an 😊
lg olga

Отправлено с iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian with German words; From is a Latin nickname, the signature gives the
# full name in Cyrillic.  "Нас будет трое: я, муж и дочка" = 3.

@mail("kuznetsova-russian-trio", "2027-01-14 20:16:27",
      E("registration", "irina.k77@mail.example", "Ирина Кузнецова",
        "Deutsch-Russisches Kulturzentrum Mosaik", ["AG3"], 3, "ru"), "ru",
      habits="Russian with German words, family")
def _(m):
    m.head(("From", "Irina K. <irina.k77@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag запись"),
           ("Date", m.date),
           ("Message-ID", mid_apple("kuznetsova")),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!
Хочу записаться на MSO-Tag 13 марта, AG 3 (Förderung) 👍
Нас будет трое: я, муж и дочка (ей 12, ей тоже интересно)
Спасибо!

Ирина Кузнецова
Deutsch-Russisches Kulturzentrum Mosaik

Отправлено с iPhone
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Other: a neighbourhood centre's programme newsletter.  It asks for
# "Anmeldung", names a "Workshop 2" and "Fördermittel", but registers nobody.

STH_TEXT = """Stadtteilhaus Kinderhaus – Programm Februar 2027

Hallo liebe Nachbarinnen und Nachbarn,

hier ist unser Programm für Februar:

• Mo 1.2., 9:30 Uhr: Internationales Frauenfrühstück – Anmeldung bis 29.1.
• Mi 10.2., 16 Uhr: Hausaufgabenhilfe startet wieder (Workshop 2 der Reihe „Lernen mit Kindern“)
• Sa 20.2., 15 Uhr: Nähcafé, Maschinen sind da
• Sa 27.2., 11 Uhr: Infovormittag „Fördermittel für kleine Initiativen“

Anmeldungen wie immer per Mail an programm@stadtteilhaus-kinderhaus.example oder telefonisch unter 0251 21 33 40.

Herzliche Grüße
Euer Team vom Stadtteilhaus Kinderhaus

Newsletter abbestellen: https://stadtteilhaus-kinderhaus.example/newsletter/abmelden?u=4417"""

STH_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Programm Februar 2027</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#fafafa;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:18px;">
<h2 style="color:#3a7d44;margin-top:0;">Stadtteilhaus Kinderhaus – Programm Februar 2027</h2>
<p>Hallo liebe Nachbarinnen und Nachbarn,</p>
<p>hier ist unser Programm für Februar:</p>
<ul>
<li><b>Mo 1.2., 9:30 Uhr:</b> Internationales Frauenfrühstück – Anmeldung bis 29.1.</li>
<li><b>Mi 10.2., 16 Uhr:</b> Hausaufgabenhilfe startet wieder (Workshop 2 der Reihe „Lernen mit Kindern“)</li>
<li><b>Sa 20.2., 15 Uhr:</b> Nähcafé, Maschinen sind da</li>
<li><b>Sa 27.2., 11 Uhr:</b> Infovormittag „Fördermittel für kleine Initiativen“</li>
</ul>
<p>Anmeldungen wie immer per Mail an <a href="mailto:programm@stadtteilhaus-kinderhaus.example">programm@stadtteilhaus-kinderhaus.example</a> oder telefonisch unter 0251 21 33 40.</p>
<p>Herzliche Grüße<br>Euer Team vom Stadtteilhaus Kinderhaus</p>
<p style="font-size:11px;color:#888;"><a href="https://stadtteilhaus-kinderhaus.example/newsletter/abmelden?u=4417">Newsletter abbestellen</a></p>
</div></body></html>
"""


@mail("stadtteilhaus-programm-newsletter", "2027-01-15 10:02:00",
      E("other"), "de", habits="newsletter")
def _(m):
    m.head(("From", "Stadtteilhaus Kinderhaus <programm@stadtteilhaus-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Programm Februar: Frauenfrühstück, Hausaufgabenhilfe, Nähcafé"),
           ("Date", m.date),
           ("Message-ID", "<nl.2027-02.4417.a1c9@stadtteilhaus-kinderhaus.example>"),
           ("List-Id", "Programm Stadtteilhaus <programm.stadtteilhaus-kinderhaus.example>"),
           ("List-Unsubscribe", "<https://stadtteilhaus-kinderhaus.example/newsletter/abmelden?u=4417>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(STH_TEXT, STH_HTML, charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# German carrying the sentences, English sprinkled in ("interesting",
# "cheers & see you there", English iPhone signature).  "meine freundin
# Sarah kommt auch mit" -> 2 (written as "→ 2 personen").

@mail("adeyemi-en-de-freundin-ag2", "2027-01-15 22:40:09",
      E("registration", "tobi.adeyemi@mail.example", "Tobi Adeyemi",
        "Afro Youth Münster e.V.", ["AG2"], 2, "de"), "de",
      habits="code-switch en, lower case, emoji with skin tone")
def _(m):
    m.head(("From", "Tobi A. <tobi.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag 👊🏾"),
           ("Date", m.date),
           ("Message-ID", mid_apple("adeyemi")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""hi leute,

ich meld mich an für die AG 2, dieses zukunftsprozess-ding klingt echt interesting. meine freundin Sarah kommt auch mit, sie ist auch im verein → 2 personen

cheers & see you there
Tobi Adeyemi
Afro Youth Münster e.V.

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Polish typed without Polish letters (the signature has them from the
# contact card); iso-8859-2 quoted-printable.  "grupa robocza 2", "bede sama".

@mail("wrobel-polish-grupa-2", "2027-01-16 11:11:52",
      E("registration", "a.wrobel@mail.example", "Agnieszka Wróbel",
        "Polski Klub Münster e.V.", ["AG2"], 1, "pl"), "pl",
      habits="Polish without diacritics")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "a.wrobel@mail.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", "zapis MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_samsung("wrobel")),
           ("MIME-Version", "1.0"))
    m.single("""dzien dobry,
chcialabym sie zapisac na MSO-Tag 13.03, grupa robocza 2 (przyszlosc Münster / Zukunftsprozess). bede sama.
pozdrawiam
Agnieszka Wróbel
Polski Klub Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Question in English: accessibility and food before registering a group
# ("prob 4-5 ppl" is not a registration).

@mail("siddiqui-english-question-wheelchair", "2027-01-17 09:30:44",
      E("question", "farah.siddiqui@mail.example", "Farah Siddiqui",
        "Pakistani Community Münsterland", [], None, "en"), "en",
      habits="abbreviations")
def _(m):
    m.head(("From", "Farah Siddiqui <farah.siddiqui@mail.example>"),
           ("To", MSO),
           ("Subject", "question re MSO day"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("siddiqui")),
           ("MIME-Version", "1.0"))
    m.single("""Hi,
before I register our group (prob 4-5 ppl) – is the Stadtweinhaus accessible with a wheelchair? one of our members uses one. and will the food be halal or at least veg?
thanks a lot
Farah Siddiqui
Pakistani Community Münsterland
""", charset="utf-8", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# All lower case, emoji, a Kurmanji sign-off ("spas û silav").  "ich und
# meine 2 kinder (8 und 11)" = 3.  No organisation.  The display name is
# shortened; the signature gives the full name in lower case.

@mail("demir-zwei-kinder-kleinschreibung", "2027-01-17 21:05:16",
      E("registration", "leyla.d93@mail.example", "leyla demir", None,
        ["AG1"], 3, "de"), "de",
      habits="lower case, emoji, code-switch ku, kids")
def _(m):
    m.head(("From", "Leyla D. <leyla.d93@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO tag 🌸"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("demir")),
           ("MIME-Version", "1.0"))
    m.single("""hallöchen 🌸
ich und meine 2 kinder (8 und 11) würden gern kommen 😍 ag 1 wär super, meine große hat grad echt stress in der schule
geht das überhaupt mit kids? 🙈
spas û silav
leyla demir
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Levantine Arabic from the phone with German words ("MSO-Tag", "AG 2",
# "Zukunftsprozess"); "أنا وأخي، يعني شخصين" = me and my brother, 2 persons.

ALHASSAN_TEXT = """مرحبا 🌹
بدي سجّل حالي بـ MSO-Tag يوم 13 آذار، بـ AG 2 (Zukunftsprozess) لو سمحتو
رح اجي أنا وأخي، يعني شخصين
شكراً كتير

Khaled Alhassan
Deutsch-Arabischer Kulturclub Münster"""


@mail("alhassan-arabic-dialect-brother", "2027-01-18 13:14:38",
      E("registration", "khaled.alhassan@mail.example", "Khaled Alhassan",
        "Deutsch-Arabischer Kulturclub Münster", ["AG2"], 2, "ar"), "ar",
      habits="colloquial Arabic with German words")
def _(m):
    m.head(("From", "Khaled Alhassan <khaled.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("alhassan")),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Bounce: our confirmation to a mistyped address (yusuff) was rejected by the
# remote server.  Postfix DSN with the returned headers only.

YUSUF_RCPT = "mariam.yusuff@mail.example"
YUSUF_CONF = Conf("2027-01-19 08:49")


@mail("postfix-bounce-unknown-user", "2027-01-19 08:50:07",
      E("bounce", bounced=YUSUF_RCPT), "en", habits="machine")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270119075007.C41E22A0B7@mail.muenster.example>"),
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

<{YUSUF_RCPT}>: host mx.mail.example[192.0.2.45] said: 550 5.1.1
    <{YUSUF_RCPT}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "C41E22A0B7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 19 Jan 2027 08:49:02 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {YUSUF_RCPT}"),
         ("Original-Recipient", f"rfc822;{YUSUF_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{YUSUF_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    orig = confirmation_message(f"Mariam Yusuf <{YUSUF_RCPT}>", "Frau Yusuf", "AG1", 1,
                                YUSUF_CONF, "<" + _h("yusuf", "x")[:24] + "@mail.example>")
    hdrs = "".join(f"{k}: {v}\n" for k, v in orig.items()
                   if k.lower() not in ("content-type", "content-transfer-encoding"))
    headers = m.text(hdrs, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# A WhatsApp group chat pasted into the mail.  The chat has a member asking
# for AG 1 ("AG 1 olmaz mı?"); the writer settles on AG 3 for all:
# "mich + die drei = 4 Personen".

@mail("aktas-whatsapp-chat-eingefuegt", "2027-01-19 18:27:30",
      E("registration", "goenul.aktas@mail.example", "Gönül Aktaş",
        "Deutsch-Türkischer Nachbarschaftstreff Kinderhaus", ["AG3"], 4, "de"), "de",
      habits="WhatsApp chat pasted, code-switch tr, emoji")
def _(m):
    m.head(("From", "Gönül Aktaş <goenul.aktas@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für unsere Gruppe"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("aktas")),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO Team,

ich hab unten mal aus unserer WhatsApp-Gruppe reinkopiert wer mitkommt. Wir haben uns auf AG 3 geeinigt, bitte also mich + die drei = 4 Personen für AG 3 😊

[18.01.27, 21:14] Dilek: bin dabei 👍
[18.01.27, 21:15] Murat Abi: ben de geliyorum ama sadece yemek varsa 😂
[18.01.27, 21:19] Sevgi: ich auch! AG 1 olmaz mı?
[18.01.27, 21:22] Gönül: AG 3 lazım bize, Fördergeld kızlar 💸
[18.01.27, 21:23] Sevgi: tamam tamam 😅

Liebe Grüße
Gönül Aktaş
Deutsch-Türkischer Nachbarschaftstreff Kinderhaus
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Ukrainian; "Буду з донькою, їй 15" = with my daughter (15) -> 2.  No
# organisation.  Name in Cyrillic in both display name and signature.

@mail("melnyk-ukrainian-donka", "2027-01-20 07:12:03",
      E("registration", "t.melnyk@mail.example", "Тетяна Мельник", None,
        ["AG1"], 2, "uk"), "uk",
      habits="kids")
def _(m):
    m.head(("From", "Тетяна Мельник <t.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("melnyk")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!
Запишіть мене, будь ласка, на MSO-Tag, робоча група 1 (школа).
Буду з донькою, їй 15, вона теж дуже хоче піти 🙂
Дякую!
Тетяна Мельник

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# Change AG 1 -> AG 2, iPhone reply in German with Russian ("ой",
# "спасибо большое"); the quoted confirmation (iOS style, attribution
# quoted too) names AG 1.

HOFFMANN_CONF = Conf("2027-01-16 10:42")


@mail("hoffmann-ups-ag2-statt-ag1", "2027-01-20 16:45:55",
      E("change", "swetlana.hoffmann@mail.example", "Swetlana Hoffmann", None,
        ["AG2"], None, "de"), "de",
      habits="code-switch ru, iPhone reply, emoji")
def _(m):
    m.head(("From", "Swetlana Hoffmann <swetlana.hoffmann@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_apple("hoffmann")),
           ("In-Reply-To", HOFFMANN_CONF.msgid),
           ("References", HOFFMANN_CONF.msgid),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single(f"""ой sorry 🙈 ich hab ag 1 geschrieben aber eigentlich meinte ich ag 2, zukunft von münster. könnt ihr mich bitte umtragen? спасибо большое!!

lg Swetlana

Von meinem iPhone gesendet

{ios_quote(HOFFMANN_CONF.ios_de(), confirmation("Frau Hoffmann", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Outlook for Android, multipart/alternative.  First choice AG 2, fallback
# AG 1; "Komme allein" = 1.  A counsellor of a migration service (the
# audience includes "Fachkräfte aus der Migrationsarbeit").

POHLMANN_TEXT = """Moin,
melde mich hiermit an: AG 2, falls die voll ist gern AG 1. Komme allein.
mfg
Jens Pohlmann
Jugendmigrationsdienst Münster"""


@mail("pohlmann-outlook-android-zweitwunsch", "2027-01-21 10:03:21",
      E("registration", "j.pohlmann@jmd-muenster.example", "Jens Pohlmann",
        "Jugendmigrationsdienst Münster", ["AG2", "AG1"], 1, "de"), "de",
      habits="Outlook mobile, terse")
def _(m):
    m.head(("From", "Jens Pohlmann <j.pohlmann@jmd-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<" + "GV1P195MB" + _h("pohlmann", "o")[:20].upper()
            + "@GV1P195MB2021.EURP195.PROD.OUTLOOK.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    sig = "Outlook für Android herunterladen"
    m.alternative(outlook_mobile_plain(POHLMANN_TEXT, sig),
                  outlook_mobile_html(POHLMANN_TEXT, sig),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Farsi with Persian digits (۳, ۲) and a German word in brackets.
# "با خانمم میام، یعنی ۲ نفر" = I come with my wife, i.e. 2 persons.

AHMADI_TEXT = """سلام وقت بخیر
لطفا منو برای MSO-Tag ثبت نام کنید، گروه کاری ۳ (Vereinsmanagement) 🙏
با خانمم میام، یعنی ۲ نفر
ممنون
Reza Ahmadi
Iranischer Kulturverein Münster"""


@mail("ahmadi-farsi-persian-digits", "2027-01-21 22:58:40",
      E("registration", "reza.ahmadi.ms@mail.example", "Reza Ahmadi",
        "Iranischer Kulturverein Münster", ["AG3"], 2, "fa"), "fa",
      habits="native digits, colloquial Farsi")
def _(m):
    m.head(("From", "reza ahmadi <reza.ahmadi.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("ahmadi")),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI_TEXT, gmail_html(AHMADI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Out-of-office in German and Turkish without any Auto-Submitted header,
# answering a confirmation.

SAHIN_CONF = Conf("2027-01-22 09:19")


@mail("sahin-abwesend-de-tr-no-header", "2027-01-22 09:20:03",
      E("auto_reply"), "de", habits="machine, bilingual de/tr, no auto header")
def _(m):
    m.head(("From", "Mehmet Şahin <mehmet.sahin@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply." + _h("sahin", "a")[:16] + "@mail.example>"),
           ("In-Reply-To", SAHIN_CONF.msgid),
           ("References", SAHIN_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
ich bin bis einschließlich 31.01. im Urlaub und lese meine Mails nicht. Ab dem 01.02. bin ich wieder erreichbar.

Merhaba,
31 Ocak'a kadar izindeyim ve e-postalarıma bakamıyorum. 1 Şubat'tan itibaren tekrar ulaşılabilirim.

Mehmet Şahin
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# A daughter writes from the family mailbox for her mother, who is the one
# registered; the daughter comes along to interpret -> 2.  Reply to this
# address (asked for).  Arabic sign-off "shukran".

@mail("nasser-tochter-schreibt-fuer-mama", "2027-01-22 19:44:12",
      E("registration", "familie.nasser@mail.example", "Samira Nasser", None,
        ["AG1"], 2, "de"), "de",
      habits="family mailbox, writes for someone else, code-switch ar")
def _(m):
    m.head(("From", "Familie Nasser <familie.nasser@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung für meine mama"),
           ("Date", m.date),
           ("Message-ID", mid_samsung("nasser")),
           ("MIME-Version", "1.0"))
    m.single("""hallo,
hier ist Rana, ich schreib für meine mama weil sie nicht so gut deutsch schreiben kann. sie heißt Samira Nasser und möchte gern zur ag 1 (bildung), wegen meinen geschwistern und der schule. ich komm mit und übersetze für sie, also 2 personen.
bitte einfach an diese adresse antworten, ich les ihr das dann vor 😊
shukran ❤️
Rana

Gesendet von meinem Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Spanish; registers two people but chooses no workgroup yet ("lo decido
# allí") -> [].  "los tres suenan interesantes" is not a choice.

@mail("fernandez-spanish-sin-grupo", "2027-01-23 12:00:47",
      E("registration", "lucia.fdez@mail.example", "Lucía Fernández",
        "Círculo Latinoamericano Münster", [], 2, "es"), "es",
      habits="no workgroup, emoji")
def _(m):
    m.head(("From", "Lucía Fernández <lucia.fdez@mail.example>"),
           ("To", MSO),
           ("Subject", "inscripción MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("fernandez")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    text = """hola!! 😊
quiero inscribirme para el MSO-Tag del 13 de marzo. todavía no sé qué grupo, los tres suenan interesantes, lo decido allí si se puede
voy con mi pareja, o sea 2 personas
gracias!!
Lucía Fernández
Círculo Latinoamericano Münster

Enviado desde mi iPhone"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 023 ---------------------------------------------------------------------
# Question (cost, deadline), German with a Turkish greeting and thanks;
# iso-8859-9 body and display name.

@mail("koc-frage-kosten-frist", "2027-01-24 15:30:26",
      E("question", "b.koc@mail.example", "Bülent Koç", None, [], None, "de"), "de",
      habits="code-switch tr, lower case, iso-8859-9")
def _(m):
    m.head(("From", addr("Bülent Koç", "b.koc@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", "Frage"),
           ("Date", m.date),
           ("Message-ID", "<" + _h("koc", "w")[:12] + ".1769265026@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""kolay gelsin,
kurze frage: kostet das was? und bis wann muss man sich spätestens anmelden?
sağolun
Bülent Koç
""", charset="iso-8859-9", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Siri dictation: one run-on sentence, split compounds ("Förder
# Möglichkeiten", "Vereins Management"), "Punkt" written out, the colleague's
# name misheard ("Frau oh sei" for Frau Osei).  "wir sind drei Personen" and
# two colleagues named -> 3.

@mail("owusu-siri-foerder-moeglichkeiten", "2027-01-25 08:15:34",
      E("registration", "abena.owusu@mail.example", "Abena Owusu",
        "Ghanaischer Frauenverein Münster", ["AG3"], 3, "de"), "de",
      habits="voice dictation, split compounds")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("owusu")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo hiermit melde ich mich für den MSO Tag an ich möchte gerne in die Arbeitsgruppe Förder Möglichkeiten und Vereins Management wir sind drei Personen meine Kollegin Frau oh sei und Herr Boateng kommen auch mit Punkt Mit freundlichen Grüßen Abena Owusu Ghanaischer Frauenverein Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of party size only, in Turkish (2 -> 3, husband comes too); no
# workgroup named in the new text.  Gmail Turkish interface quote.

GUNES_CONF = Conf("2027-01-19 14:05")


@mail("gunes-turkish-drei-statt-zwei", "2027-01-26 10:40:15",
      E("change", "fatma.gunes@mail.example", "Fatma Güneş", None, [], 3, "tr"), "tr",
      habits="reply with Gmail tr quote")
def _(m):
    text = """Merhaba,
kaydımızda 2 kişi yazıyor ama eşim de gelebilecek artık, yani 3 kişi olacağız. Mümkünse düzeltir misiniz? 🙏
Teşekkürler
Fatma Güneş"""
    quoted = confirmation("Frau Güneş", "AG3", 2)
    m.head(("From", "Fatma Güneş <fatma.gunes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_gmail("gunes")),
           ("In-Reply-To", GUNES_CONF.msgid),
           ("References", GUNES_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(text, GUNES_CONF.gmail_tr(), quoted),
                  gmail_reply_html(text, GUNES_CONF.gmail_tr(), quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Cancellation dictated on the iPhone (no punctuation), replying to the
# confirmation (AG 2).

KILINC_CONF = Conf("2027-01-21 18:30")


@mail("kilinc-absage-diktiert", "2027-01-27 20:31:48",
      E("cancellation", "hasan.kilinc@mail.example", "Hasan Kılınç", None,
        [], None, "de"), "de",
      habits="voice dictation, iPhone reply")
def _(m):
    m.head(("From", "Hasan Kılınç <hasan.kilinc@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_apple("kilinc")),
           ("In-Reply-To", KILINC_CONF.msgid),
           ("References", KILINC_CONF.msgid),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo leider kann ich am 13. März doch nicht kommen wir haben an dem Tag eine Hochzeit in der Familie in Hamm das wurde jetzt erst festgelegt ich muss leider absagen tut mir leid viele Grüße Hasan Kılınç

Von meinem iPhone gesendet

{ios_quote(KILINC_CONF.ios_de(), confirmation("Herr Kılınç", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Romanian without diacritics in the text (the signature has them);
# workgroup by ordinal ("a treia grupa de lucru") and topic.

@mail("popa-romanian-a-treia-grupa", "2027-01-28 09:09:09",
      E("registration", "andrei.popa@mail.example", "Andrei Popa",
        "Asociația Culturală Română Münster", ["AG3"], 1, "ro"), "ro",
      habits="ordinal, no diacritics")
def _(m):
    m.head(("From", "Andrei Popa <andrei.popa@mail.example>"),
           ("To", MSO),
           ("Subject", "inscriere MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("popa")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""buna ziua,
as vrea sa ma inscriu la MSO-Tag din 13 martie, la a treia grupa de lucru (finantari si managementul asociatiei).
vin singur.
multumesc,
Andrei Popa
Asociația Culturală Română Münster

Trimis de pe iPhone
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# German with Russian clauses; she registers herself and her mother (2) and
# asks about interpreting (still a registration).

@mail("lebedew-mit-mama-ru-de", "2027-01-29 11:50:31",
      E("registration", "anna.lebedew@mail.example", "Anna Lebedew",
        "Elternverein Zhuravli e.V.", ["AG1"], 2, "de"), "de",
      habits="code-switch ru, abbreviations (vllt, lg)")
def _(m):
    m.head(("From", "Anna Lebedew <anna.lebedew@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + mama"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("lebedew")),
           ("MIME-Version", "1.0"))
    text = """добрый день 🙂
ich möchte mich und meine mama anmelden, ag 1 bitte. mama spricht nur wenig deutsch, gibts vllt jemand der übersetzt? если нет – ничего страшного, dann übersetz ich halt 😅
lg Anna Lebedew
Elternverein Zhuravli e.V."""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Other: phishing in English, HTML only.

@mail("phishing-whatsapp-business", "2027-01-30 14:02:19",
      E("other"), "en", tz=-5, habits="machine, phishing")
def _(m):
    m.head(("From", "WhatsApp Business Support <no-reply@wa-business-verify.example>"),
           ("To", MSO),
           ("Subject", "Urgent: your WhatsApp Business account will be suspended in 24h"),
           ("Date", m.date),
           ("Message-ID", "<20270130140219.88AF1E@wa-business-verify.example>"),
           ("X-Priority", "1"),
           ("MIME-Version", "1.0"))
    m.single("""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Dear customer,</p>
<p>We detected unusual activity on the WhatsApp Business account linked to
<b>mso-tag@muenster.example</b>. To keep your business profile and your group
chats, you must verify your account within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://wa-business-verify.example/verify?acc=mso-tag"
style="background:#25d366;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">VERIFY NOW</a></p>
<p>If you do not verify, your account and all messages will be permanently deleted.</p>
<p>WhatsApp Business Team</p>
</body></html>
""", subtype="html", charset="us-ascii", cte="7bit")


# -- 030 ---------------------------------------------------------------------
# Italian; husband and son (10) -> 3, written "→ 3 persone".

@mail("russo-italian-famiglia", "2027-02-01 08:33:02",
      E("registration", "giulia.russo@mail.example", "Giulia Russo",
        "Comitato Genitori Italiani Münster", ["AG1"], 3, "it"), "it",
      habits="family with kid, emoji")
def _(m):
    m.head(("From", "Giulia Russo <giulia.russo@mail.example>"),
           ("To", MSO),
           ("Subject", "iscrizione MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_apple("russo")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""ciao!
mi iscrivo al MSO-Tag, gruppo 1 (scuola) per favore 🙏
vengo con mio marito e nostro figlio Matteo (10 anni) → 3 persone
grazie mille!!
Giulia Russo
Comitato Genitori Italiani Münster

Inviato da iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change AG 1 -> AG 3 with a fallback to staying in AG 1; Samsung reply with
# "-------- Ursprüngliche Nachricht --------" and the unprefixed quote.

MARKOVIC_CONF = Conf("2027-01-25 17:03")


@mail("markovic-lieber-ag3-sonst-bleiben", "2027-02-02 18:18:44",
      E("change", "vesna.markovic@mail.example", "Vesna Marković", None,
        ["AG3", "AG1"], None, "de"), "de",
      habits="lower case, Samsung reply, fallback")
def _(m):
    m.head(("From", "Vesna Marković <vesna.markovic@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_samsung("markovic")),
           ("In-Reply-To", MARKOVIC_CONF.msgid),
           ("References", MARKOVIC_CONF.msgid),
           ("MIME-Version", "1.0"))
    text = f"""hi nochmal 🙂 können wir doch lieber in die ag 3? die 1 passt für uns doch nicht so. wenn die 3 schon voll ist bleiben wir halt in der 1. danke!!
lg vesna



Gesendet von meinem Galaxy


-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Datum: {MARKOVIC_CONF.samsung_de()}
An: vesna.markovic@mail.example
Betreff: {CONF_SUBJECT}

{confirmation("Frau Marković", "AG1", 2)}"""
    m.alternative(text, div_html(text, "font-family: sans-serif;"), charset="utf-8",
                  cte="base64")


# -- 032 ---------------------------------------------------------------------
# Everything in the subject ("AG2 2 Pers."); the body says only who.
# The signature is the first name in lower case; the display name is full.

@mail("sen-alles-im-betreff", "2027-02-03 07:45:10",
      E("registration", "elif.sen@mail.example", "Elif Şen", None,
        ["AG2"], 2, "de"), "de",
      habits="WhatsApp brevity, subject carries the data")
def _(m):
    m.head(("From", "Elif Şen <elif.sen@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag AG2 2 Pers."),
           ("Date", m.date),
           ("Message-ID", mid_apple("sen")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""ich + mein mann
gruß elif

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# English, Outlook for Android; "1st choice workshop 3 (funding), 2nd choice
# the education one"; "I'll bring one colleague" -> 2.

WARSAME_TEXT = """Hi team,
registering for 13 March. 1st choice workshop 3 (funding), 2nd choice the education one. I'll bring one colleague.
Thanks
Abdi Warsame
Somali Community Association Münster"""


@mail("warsame-english-first-second-choice", "2027-02-04 12:25:57",
      E("registration", "abdi.warsame@mail.example", "Abdi Warsame",
        "Somali Community Association Münster", ["AG3", "AG1"], 2, "en"), "en",
      habits="Outlook mobile, terse")
def _(m):
    m.head(("From", "Abdi Warsame <abdi.warsame@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13/3 registration"),
           ("Date", m.date),
           ("Message-ID", "<" + "AS8P251MB" + _h("warsame", "o")[:20].upper()
            + "@AS8P251MB0743.EURP251.PROD.OUTLOOK.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    sig = "Get Outlook for Android"
    m.alternative(outlook_mobile_plain(WARSAME_TEXT, sig),
                  outlook_mobile_html(WARSAME_TEXT, sig),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Cancellation in colloquial Arabic, Gmail reply with the Arabic attribution
# line (RTL embedding marks); the quote names AG 1 and 3 persons.

KASSEM_CONF = Conf("2027-01-21 21:40")


@mail("kassem-arabic-cancel", "2027-02-05 21:12:36",
      E("cancellation", "nour.kassem@mail.example", "نور قاسم", None,
        [], None, "ar"), "ar",
      habits="Gmail ar reply")
def _(m):
    text = """السلام عليكم
للأسف ما رح نقدر نحضر يوم 13 آذار، ابني عنده عملية بنفس الأسبوع 😔
الرجاء إلغاء تسجيلنا. شكراً لتفهمكم
نور قاسم"""
    quoted = confirmation("Frau Kassem", "AG1", 3)
    m.head(("From", "Nour Kassem <nour.kassem@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_gmail("kassem")),
           ("In-Reply-To", KASSEM_CONF.msgid),
           ("References", KASSEM_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(text, KASSEM_CONF.gmail_ar(), quoted),
                  gmail_reply_html(text, KASSEM_CONF.gmail_ar(), quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Question from someone already registered ("bin schon angemeldet (ag 2)"):
# a certificate of attendance.  Not a change, no workgroup choice.

@mail("yilmaz-teilnahmebescheinigung-frage", "2027-02-07 10:10:05",
      E("question", "kader.yilmaz@mail.example", "Kader Yılmaz", None, [], None, "de"), "de",
      habits="code-switch tr, lower case")
def _(m):
    m.head(("From", "Kader Yılmaz <kader.yilmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "teilnahmebescheinigung?"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("yilmaz")),
           ("MIME-Version", "1.0"))
    m.single("""merhaba,
bin schon angemeldet (ag 2), aber kriegt man eigentlich ne teilnahmebescheinigung? brauch ich für meinen arbeitgeber
sağ olun 🙏
Kader
""", charset="utf-8", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# Change in French: 2 -> 3 persons and AG 3 -> AG 1 ("le groupe 1 (école)
# plutôt que le 3").  Gmail French attribution.

TRAORE_CONF = Conf("2027-01-27 11:20")


@mail("traore-french-modif-groupe-et-nombre", "2027-02-09 17:40:22",
      E("change", "awa.traore@mail.example", "Awa Traoré", None, ["AG1"], 3, "fr"), "fr",
      habits="Gmail fr reply, abbreviations (svp, modif)")
def _(m):
    text = """Bonjour,
petite modif svp : on sera 3 au lieu de 2, ma fille vient aussi 😊 et si possible le groupe 1 (école) plutôt que le 3.
Merci beaucoup !
Awa Traoré"""
    quoted = confirmation("Frau Traoré", "AG3", 2)
    m.head(("From", "Awa Traoré <awa.traore@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_gmail("traore")),
           ("In-Reply-To", TRAORE_CONF.msgid),
           ("References", TRAORE_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(text, TRAORE_CONF.gmail_fr(), quoted),
                  gmail_reply_html(text, TRAORE_CONF.gmail_fr(), quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# An association mailbox's autoresponder, German and English, with
# Auto-Submitted and X-Autoreply headers.

YEKDIL_CONF = Conf("2027-02-10 09:00")


@mail("yekdil-verein-autoresponder", "2027-02-10 09:01:14",
      E("auto_reply"), "de", habits="machine, bilingual de/en")
def _(m):
    m.head(("From", "Kulturverein Yek Dil <info@yekdil-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<auto." + _h("yekdil", "a")[:18] + "@yekdil-muenster.example>"),
           ("In-Reply-To", YEKDIL_CONF.msgid),
           ("References", YEKDIL_CONF.msgid),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Danke für deine Nachricht! 💛
Wir sind ein ehrenamtlicher Verein und schauen nur unregelmäßig in dieses Postfach. Wir melden uns so schnell wie möglich, meistens innerhalb einer Woche.

Thanks for your message! We are a volunteer-run association and check this inbox irregularly. We'll get back to you as soon as we can, usually within a week.

Kulturverein Yek Dil Münster
(Dies ist eine automatische Antwort / this is an automatic reply)
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# German with Turkish greeting and farewell; Apple Mail multipart/alternative.
# "mich und meinen mann ... also 2 personen", the kids stay with grandma.

DOGAN_TEXT = """selamlar 🌷
ich möchte mich und meinen mann für die ag3 anmelden, also 2 personen. die kinder bleiben an dem tag bei der oma 😄
çok teşekkürler, görüşmek üzere!

Özlem Doğan
Anadolu Frauenverein Münster

Von meinem iPhone gesendet"""


@mail("dogan-kinder-bei-oma", "2027-02-11 19:55:41",
      E("registration", "oezlem.dogan@mail.example", "Özlem Doğan",
        "Anadolu Frauenverein Münster", ["AG3"], 2, "de"), "de",
      habits="code-switch tr, kids not coming")
def _(m):
    m.head(("From", "Özlem Doğan <oezlem.dogan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung AG3"),
           ("Date", m.date),
           ("Message-ID", mid_apple("dogan")),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.alternative(DOGAN_TEXT, apple_html(DOGAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Cancellation in Polish, Gmail Polish attribution.

NOWICKA_CONF = Conf("2027-01-29 10:15")


@mail("nowicka-polish-odwolanie", "2027-02-15 13:37:08",
      E("cancellation", "k.nowicka@mail.example", "Katarzyna Nowicka", None,
        [], None, "pl"), "pl",
      habits="Gmail pl reply")
def _(m):
    text = """Dzień dobry,
niestety muszę odwołać swój udział w MSO-Tag, mąż miał wypadek i muszę z nim zostać. Przepraszam za kłopot.
Pozdrawiam
Katarzyna Nowicka

Wysłane z iPhone'a"""
    m.head(("From", "Katarzyna Nowicka <k.nowicka@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_gmail("nowicka")),
           ("In-Reply-To", NOWICKA_CONF.msgid),
           ("References", NOWICKA_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.single(gmail_reply_plain(text, NOWICKA_CONF.gmail_pl(),
                               confirmation("Frau Nowicka", "AG2", 1)),
             charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Part of a pair drops out: a change of party size (2 -> 1), "AG bleibt
# gleich".  Outlook for iOS, HTML only, German with English phrases.

ASANTE_CONF = Conf("2027-02-01 15:05")


@mail("asante-kollegin-faellt-aus-outlook-ios", "2027-02-19 11:20:37",
      E("change", "kofi.asante@mail.example", "Kofi Asante", None, [], 1, "de"), "de",
      habits="code-switch en, Outlook iOS HTML only")
def _(m):
    text = """hi, kurzes update: meine kollegin Ama kann leider doch nicht, also nur noch ich, 1 person. AG bleibt gleich. sorry for the hassle & thx!
Kofi"""
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             ASANTE_CONF.outlook_ios_de(),
             "kofi.asante@mail.example <kofi.asante@mail.example>",
             CONF_SUBJECT, confirmation("Herr Asante", "AG2", 2))
    m.head(("From", "Kofi Asante <kofi.asante@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<" + "PAXP193MB" + _h("asante", "o")[:20].upper()
            + "@PAXP193MB1688.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", ASANTE_CONF.msgid),
           ("References", ASANTE_CONF.msgid),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_mobile_html(text, "Outlook für iOS besorgen", quote),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation, German with a Turkish exclamation; Gmail German reply.

AYDEMIR_CONF = Conf("2027-02-03 09:12")


@mail("aydemir-schicht-absage", "2027-02-24 08:05:50",
      E("cancellation", "tuba.aydemir@mail.example", "Tuba Aydemir", None,
        [], None, "de"), "de",
      habits="code-switch tr, emoji, Gmail de reply")
def _(m):
    text = """hallo,
muss leider doch absagen 😕 hab am 13. schicht bekommen und kann nicht tauschen. çok yazık, hatte mich echt gefreut!!
lg Tuba"""
    quoted = confirmation("Frau Aydemir", "AG1", 1)
    m.head(("From", "Tuba Aydemir <tuba.aydemir@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid_gmail("aydemir")),
           ("In-Reply-To", AYDEMIR_CONF.msgid),
           ("References", AYDEMIR_CONF.msgid),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(text, AYDEMIR_CONF.gmail_de(), quoted),
                  gmail_reply_html(text, AYDEMIR_CONF.gmail_de(), quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Question in Russian: can one still register, will there be interpreting?

@mail("orlova-russian-question-perevod", "2027-02-26 14:44:02",
      E("question", "l.orlova@mail.example", "Людмила Орлова", None, [], None, "ru"), "ru",
      habits="short")
def _(m):
    m.head(("From", "Людмила Орлова <l.orlova@mail.example>"),
           ("To", MSO),
           ("Subject", "вопрос MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", mid_samsung("orlova")),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте,
ещё можно зарегистрироваться на 13 марта? И будет ли там перевод на русский, мой немецкий не очень 🙈
Спасибо
Людмила
""", charset="utf-8", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Change dictated on a Samsung phone, as a new mail (no quote): from AG 2 to
# "die dritte ... also Förderung und Vereins Management".  CRLF line ends.

@mail("braun-diktiert-wechsel-in-die-dritte", "2027-03-01 09:30:19",
      E("change", "nikolai.braun@mail.example", "Nikolai Braun", None,
        ["AG3"], None, "de"), "de",
      habits="voice dictation, ordinal, CRLF")
def _(m):
    m.head(("From", "Nikolai Braun <nikolai.braun@mail.example>"),
           ("To", MSO),
           ("Subject", "Änderung Arbeitsgruppe"),
           ("Date", m.date),
           ("Message-ID", mid_samsung("braun")),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Hallo ich hatte mich für die Arbeitsgruppe 2 angemeldet ich möchte bitte in die dritte wechseln also Förderung und Vereins Management wenn das noch geht danke Nikolai Braun

Gesendet von meinem Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Late but before the deadline: "ist noch platz? wenn ja dann bitte ag 2 für
# mich, nur ich" -> a registration (choice and size given).

@mail("hamdan-noch-platz-ag2", "2027-03-03 17:17:17",
      E("registration", "yusuf.hamdan@mail.example", "Yusuf Hamdan",
        "Palästinensische Gemeinde Münster", ["AG2"], 1, "de"), "de",
      habits="code-switch ar (salam, yalla), WhatsApp brevity")
def _(m):
    m.head(("From", "Yusuf Hamdan <yusuf.hamdan@mail.example>"),
           ("To", MSO),
           ("Subject", "noch platz?"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("hamdan")),
           ("MIME-Version", "1.0"))
    m.single("""salam 🙂 ist noch platz? wenn ja dann bitte ag 2 für mich, nur ich. yalla danke!
Yusuf Hamdan
Palästinensische Gemeinde Münster
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation as a new mail, WhatsApp style ("bitte uns beide abmelden"),
# Arabizi sign-off "ma3a salama".

@mail("saleh-auto-kaputt-abmelden", "2027-03-07 07:12:25",
      E("cancellation", "karim.saleh@mail.example", "Karim Saleh", None,
        [], None, "de"), "de",
      habits="code-switch ar (Arabizi), WhatsApp brevity")
def _(m):
    m.head(("From", "Karim Saleh <karim.saleh@mail.example>"),
           ("To", MSO),
           ("Subject", "absage"),
           ("Date", m.date),
           ("Message-ID", mid_gmail("saleh")),
           ("MIME-Version", "1.0"))
    m.single("""sorry leute 😔 wir schaffen es am samstag nicht, auto ist kaputt und mit dem bus aus greven dauert das ewig. bitte uns beide abmelden
ma3a salama
Karim
""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, habits, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, habits))
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

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUPS = ("AG1", "AG2", "AG3")


def mail_text(msg):
    """All decoded headers and text of a mail (nested parts included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(msg, e):
    """The record is well formed and agrees with what the mail says."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    if any(w not in WORKGROUPS for w in e["workgroups"]) or \
            len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroup list")
    if kind not in ("registration", "change") and e["workgroups"]:
        problems.append("workgroups given for a kind that has none")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs a party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                            or e["party_size"] < 1):
            problems.append("bad party_size for a change")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only and always for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower case")
    text = mail_text(msg).casefold()
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text:
            problems.append("email does not occur in the mail")
        if not e["name"] or e["name"].casefold() not in text:
            problems.append("name does not occur in the mail")
        if e["organisation"] is not None and e["organisation"].casefold() not in text:
            problems.append("organisation does not occur in the mail")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            problems.append("language must be an ISO 639-1 code")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


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
    for line in data.split(b"\n"):
        if len(line.rstrip(b"\r")) > 998:
            problems.append("line longer than 998 octets")
            break
    if m.crlf and data.count(b"\n") != data.count(b"\r\n"):
        problems.append("CRLF mail has bare LF")
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
    # every text part must also decode strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            try:
                raw.decode(p.get_content_charset() or "us-ascii", errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode: {exc}")
    # every address-like string and URL must use an example domain
    text = mail_text(msg)
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
    problems += check_labels(msg, expected)
    return problems


def check_corpus(built, datas):
    """Checks across mails: every sender once."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else str(msg["From"])
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t, _ in built)
    langs = sorted({t for _, _, _, t, _ in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(12)] + langs))
    for k in KINDS:
        print("  " + k.ljust(12) + " " + " ".join(f"{table[(k, l)] or '':>4}" for l in langs))
    types = collections.Counter()
    encs = collections.Counter()
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
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _, _ in built]
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

    for (name, m, e, _, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
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
