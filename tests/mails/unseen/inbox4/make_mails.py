#!/usr/bin/env python3
"""inbox4: 60 mails to the MSO-Tag 2027 coordinator, invitation (14 Jan) to the day before (12 Mar).

    python3 make_mails.py           write mails/ and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "mso-tag@muenster.example"
OURS_H = "Koordinierungsstelle MSO-Tag <mso-tag@muenster.example>"
INVITE_ID = "<einladung-2027@muenster.example>"
CET = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc

# ---------------------------------------------------------------------------
# our own outgoing texts, as they appear quoted in replies
# ---------------------------------------------------------------------------
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, dem 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der Tag der Migrantenselbstorganisationen
2027 statt. Wir freuen uns, Sie dazu einzuladen.

Nach dem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
parallelen Arbeitsgruppen:

  AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 an, indem Sie einfach auf
diese E-Mail antworten. Wir benötigen:

  1. Name(n) der Teilnehmenden:
  2. Verein / Organisation:
  3. Anzahl der Personen:
  4. Gewünschte Arbeitsgruppe (1, 2 oder 3):

Die Teilnahme ist kostenfrei, für Getränke und einen Mittagsimbiss ist
gesorgt. Die Plätze in den Arbeitsgruppen sind begrenzt.

Mit freundlichen Grüßen
Ihr Team der Koordinierungsstelle MSO-Tag
Amt für Migration und Interkulturelles, Stadt Münster
mso-tag@muenster.example"""

AGS = {1: "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
       2: "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
       3: "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement"}


def confirmation(salutation, persons, ag):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
2027 am 13. März 2027 im Stadtweinhaus Münster.

Wir haben folgende Angaben gespeichert:
  Personen: {persons}
  Arbeitsgruppe: {AGS[ag]}

Wenn sich etwas ändert, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Koordinierungsstelle MSO-Tag"""


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def outlook_block(lang, date, to, subject):
    if lang == "de":
        return (f"________________________________\nVon: {OURS_H}\nGesendet: {date}\n"
                f"An: {to}\nBetreff: {subject}\n")
    return (f"________________________________\nFrom: {OURS_H}\nSent: {date}\n"
            f"To: {to}\nSubject: {subject}\n")


INV_SUBJ = "Einladung zum Tag der Migrantenselbstorganisationen 2027"
CONF_SUBJ = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

# ---------------------------------------------------------------------------
# MIME building blocks (we serialise by hand to control charsets and encodings)
# ---------------------------------------------------------------------------


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    return {"t": "leaf", "ctype": f"text/{subtype}", "charset": charset, "cte": cte,
            "body": body, "params": params}


def html_of(body, outlook=False):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    if outlook:
        inner = "\n".join('<p class="MsoNormal">' + p.replace("\n", "<br>\n") + "</p>" for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="DE" link="#0563C1">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    inner = "\n".join("<div>" + p.replace("\n", "<br>\n") + "</div><div><br></div>" for p in paras)
    return '<html><head><meta charset="CHARSET"></head><body>\n' + inner + "\n</body></html>\n"


def html(body, charset="utf-8", cte="quoted-printable", outlook=False, raw=None):
    h = raw if raw is not None else html_of(body, outlook)
    return text(h.replace("CHARSET", charset), "html", charset, cte)


def alt(*parts):
    return {"t": "multi", "ctype": "multipart/alternative", "parts": list(parts)}


def mixed(*parts):
    return {"t": "multi", "ctype": "multipart/mixed", "parts": list(parts)}


def report(*parts, rtype="delivery-status"):
    return {"t": "multi", "ctype": f"multipart/report; report-type={rtype}", "parts": list(parts)}


def attachment(ctype, filename, data):
    return {"t": "attach", "ctype": ctype, "filename": filename, "data": data}


def raw_part(ctype, body, cte="7bit", extra=""):
    return {"t": "raw", "ctype": ctype, "body": body, "cte": cte, "extra": extra}


def fake_pdf(title):
    lines = ["%PDF-1.4", "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
             "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
             "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj",
             f"4 0 obj << /Length {len(title) + 30} >> stream",
             f"BT /F1 12 Tf 72 770 Td ({title}) Tj ET", "endstream endobj", "trailer << /Root 1 0 R >>", "%%EOF"]
    return ("\n".join(lines) + "\n").encode("latin-1")


def tiny_png():
    import struct
    import zlib

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([0, 100, 0] * 8) for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode("latin-1")  # 7bit / 8bit: bytes carried through unchanged


_counter = [0]


def boundary(n):
    _counter[0] += 1
    return f"----=_Part_{n:03d}_{_counter[0]:04d}_inbox4"


def serialise(node, n):
    """Return (header lines, body str) for a node; str carries raw bytes as latin-1."""
    if node["t"] == "leaf":
        src = node["body"]
        if node["cte"] == "base64":  # clients encode canonical CRLF line ends inside base64
            src = src.replace("\r\n", "\n").rstrip("\n").replace("\n", "\r\n") + "\r\n"
        data = src.encode(node["charset"], "strict")
        if node["cte"] == "7bit":
            data.decode("ascii")
        if not data.endswith(b"\n"):
            data += b"\n"
        ct = f'{node["ctype"]}; charset="{node["charset"]}"{node["params"]}'
        return [f"Content-Type: {ct}", f'Content-Transfer-Encoding: {node["cte"]}'], enc_body(data, node["cte"])
    if node["t"] == "attach":
        b64 = base64.encodebytes(node["data"]).decode("ascii")
        return [f'Content-Type: {node["ctype"]}; name="{node["filename"]}"',
                f'Content-Disposition: attachment; filename="{node["filename"]}"',
                "Content-Transfer-Encoding: base64"], b64
    if node["t"] == "raw":
        hdr = [f'Content-Type: {node["ctype"]}']
        if node["extra"]:
            hdr.append(node["extra"])
        if node["cte"]:
            hdr.append(f'Content-Transfer-Encoding: {node["cte"]}')
        body = node["body"]
        if isinstance(body, bytes):
            body = body.decode("latin-1")
        return hdr, body
    b = boundary(n)
    out = ["This is a multi-part message in MIME format.", ""]
    for p in node["parts"]:
        h, body = serialise(p, n)
        out.append(f"--{b}")
        out.extend(h)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{b}--")
    return [f'Content-Type: {node["ctype"]};\n boundary="{b}"'], "\n".join(out) + "\n"


def hdr_text(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f" <{address}>"


def build(m, n):
    h = []
    h.append(f"Return-Path: <{m['from_hdr'][1]}>" if m.get("return_path") is None else f"Return-Path: {m['return_path']}")
    h.append(f"Received: from mx1.muenster.example (mx1.muenster.example [192.0.2.10])\n"
             f"\tby imap.muenster.example with LMTP id inbox4-{n:03d}; {email.utils.format_datetime(m['date'])}")
    h.append(f"Date: {email.utils.format_datetime(m['date'])}")
    h.append(f"From: {addr(*m['from_hdr'], charset=m.get('hcharset', 'utf-8'))}")
    if m.get("reply_to"):
        h.append(f"Reply-To: {addr(*m['reply_to'])}")
    h.append(f"To: {m.get('to', OURS_H)}")
    h.append(f"Subject: {hdr_text(m['subject'], m.get('hcharset', 'utf-8'))}")
    h.append(f"Message-ID: <{m['mid']}>")
    if m.get("reply"):
        h.append(f"In-Reply-To: {m['reply']}")
        h.append(f"References: {m['reply']}")
    for extra in m.get("extra", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    ph, body = serialise(m["body"], n)
    text_ = "\n".join(h + ph) + "\n\n" + body
    data = text_.encode("latin-1")
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def d(month, day, hh, mm, tz=CET):
    return dt.datetime(2027, month, day, hh, mm, (month * 7 + day * 3 + mm) % 60, tzinfo=tz)


def rec(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def nobody(kind, bounced=None):
    return rec(kind, bounced=bounced)


MAILS = []


def mail(slug, **kw):
    kw["slug"] = slug
    MAILS.append(kw)


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 auto_reply: German out-of-office to the invitation, Auto-Submitted header, utf-8 QP
mail("demir-abwesenheit", date=d(1, 14, 8, 31),
     from_hdr=("Gülay Demir", "g.demir@bildungswerk-anatolia.example"),
     subject="Abwesenheitsnotiz: " + INV_SUBJ, reply=INVITE_ID,
     extra=["Auto-Submitted: auto-replied", "X-Mailer: Zimbra 9.0"],
     body=text("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Januar 2027
nicht im Büro und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird
nicht weitergeleitet. In dringenden Fällen erreichen Sie das Bildungswerk
unter info@bildungswerk-anatolia.example.

Freundliche Grüße
Gülay Demir"""),
     expect=nobody("auto_reply"))

# 002 bounce: multipart/report for the invitation, unknown user, original attached as message/rfc822
_inv_copy = ("Date: Thu, 14 Jan 2027 08:30:00 +0100\nFrom: " + OURS_H + "\n"
             "To: vorstand@afrika-forum-ms.example\nSubject: " + INV_SUBJ + "\n"
             "Message-ID: " + INVITE_ID + "\nMIME-Version: 1.0\n"
             'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
             + quopri.encodestring(INVITATION.encode("utf-8") + b"\n").decode("ascii"))
mail("mailer-daemon-unbekannt", date=d(1, 14, 8, 32),
     from_hdr=("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example"), return_path="<>",
     subject="Undelivered Mail Returned to Sender", reply=None,
     extra=["Auto-Submitted: auto-replied"],
     body=report(
         text("""This is the mail delivery agent at mx1.muenster.example.

Your message could not be handed over to the following address. The
remote server refused it permanently, so no further attempts will be
made:

  <vorstand@afrika-forum-ms.example>
      host mx.afrika-forum-ms.example[192.0.2.44] replied:
      550 5.1.1 <vorstand@afrika-forum-ms.example>: mailbox does not exist

The original message is attached below.""", charset="us-ascii", cte="7bit"),
         raw_part("message/delivery-status", """Reporting-MTA: dns; mx1.muenster.example
X-Queue-ID: 4Kx9T21mZ3zQ
Arrival-Date: Thu, 14 Jan 2027 08:30:02 +0100

Final-Recipient: rfc822; vorstand@afrika-forum-ms.example
Original-Recipient: rfc822; vorstand@afrika-forum-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.afrika-forum-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@afrika-forum-ms.example>: mailbox
    does not exist
""", cte=None, extra="Content-Description: Delivery report"),
         raw_part("message/rfc822", _inv_copy, cte=None, extra="Content-Description: Undelivered Message")),
     expect=nobody("bounce", "vorstand@afrika-forum-ms.example"))

# 003 registration de: Outlook top-post, invitation UNQUOTED below an Outlook header block (all three AGs there), "Arbeitsgruppe II", From display "Last, First", cp1252 QP alternative
_b = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den MSO-Tag am 13.03.2027 an. Ich würde gern an der Arbeitsgruppe II teilnehmen.

Mit freundlichen Grüßen

Nermin Schulte-Aydin
Vorsitzende
Deutsch-Türkischer Frauentreff Münster e.V.
Hammer Straße 112 | 48153 Münster
Tel. 0251 5550 1123

""" + outlook_block("de", "Donnerstag, 14. Januar 2027 08:30", "Schulte-Aydin, Nermin <n.schulte-aydin@dtf-muenster.example>", INV_SUBJ) + "\n" + INVITATION
mail("schulte-aydin-outlook-ag-ii", date=d(1, 14, 11, 42),
     from_hdr=("Schulte-Aydin, Nermin", "n.schulte-aydin@dtf-muenster.example"),
     subject="AW: " + INV_SUBJ, reply=INVITE_ID, hcharset="windows-1252",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + INV_SUBJ, "Content-Language: de-DE"],
     body=alt(text(_b, charset="windows-1252"), html(_b, charset="windows-1252", outlook=True)),
     expect=rec("registration", "n.schulte-aydin@dtf-muenster.example", "Nermin Schulte-Aydin",
                "Deutsch-Türkischer Frauentreff Münster e.V.", ["AG2"], 1, "de"))

# 004 registration tr: phone one-liner, "eşimle 2 kişi", "3. grup", iPhone quote of invitation, utf-8 base64
mail("yildiz-iphone-tr", date=d(1, 14, 19, 6),
     from_hdr=("Mehmet Yıldız", "mehmetyildiz1971@posta-tr.example"),
     subject="Re: " + INV_SUBJ, reply=INVITE_ID, extra=["X-Mailer: iPhone Mail (20D67)"],
     body=text("Merhaba, eşimle birlikte 2 kişi katılmak istiyoruz. 3. grup olursa seviniriz.\n"
               "Mehmet Yıldız\n\niPhone'umdan gönderildi\n\n"
               "> 14 Oca 2027 tarihinde 08:30 saatinde, Koordinierungsstelle MSO-Tag <mso-tag@muenster.example> şunları yazdı:\n>\n"
               + quote(INVITATION), cte="base64"),
     expect=rec("registration", "mehmetyildiz1971@posta-tr.example", "Mehmet Yıldız", None, ["AG3"], 2, "tr"))

# 005 registration de: answers typed INLINE between the invitation's numbered questions, delegation of 5, ISO-8859-1 8bit
_inv_lines = INVITATION.split("\n")
_i = _inv_lines.index("  1. Name(n) der Teilnehmenden:")
_answers = ["Hannelore Brüggemann, Samira Haddou, Ilir Berisha, Fatuma Abdi, Jörg Lenzen",
            "Kulturbrücke Kinderhaus e.V.", "5", "1 - am liebsten alle zusammen in einer Gruppe"]
_inline = quote("\n".join(_inv_lines[:_i]))
for k in range(4):
    _inline += "\n" + quote(_inv_lines[_i + k]) + "\n" + _answers[k] + "\n"
_inline += quote("\n".join(_inv_lines[_i + 4:]))
mail("brueggemann-inline-delegation", date=d(1, 15, 10, 3),
     from_hdr=("Hannelore Brüggemann", "h.brueggemann@kulturbruecke-kinderhaus.example"),
     subject="Re: " + INV_SUBJ, reply=INVITE_ID, hcharset="iso-8859-1",
     extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"],
     body=text("Hallo zusammen,\n\ngerne sind wir wieder dabei, meine Antworten stehen unten zwischen\n"
               "Ihren Fragen.\n\nViele Grüße\nHannelore Brüggemann\nGeschäftsführung\n\n"
               "Am 14.01.2027 um 08:30 schrieb Koordinierungsstelle MSO-Tag:\n" + _inline,
               charset="iso-8859-1", cte="8bit", params="; format=flowed"),
     expect=rec("registration", "h.brueggemann@kulturbruecke-kinderhaus.example", "Hannelore Brüggemann",
                "Kulturbrücke Kinderhaus e.V.", ["AG1"], 5, "de"))

# 006 registration ar: family (wife and son) = 3, "first workgroup" as Arabic ordinal word, Gmail alternative, utf-8 base64
_b = """السلام عليكم ورحمة الله،

أود أن أسجّل للمشاركة في يوم منظمات المهاجرين بتاريخ 13 آذار/مارس. سأحضر مع زوجتي وابني (عمره 15 سنة)، أي أننا ثلاثة أشخاص.
نرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن ابني في المدرسة وهذا الموضوع يهمنا كثيراً.

مع الشكر والتقدير
خالد الحموي
الجمعية السورية للثقافة والاندماج – مونستر"""
mail("alhamwi-familie-ar", date=d(1, 16, 21, 17),
     from_hdr=("خالد الحموي", "khaled.alhamwi@mail-box.example"),
     subject="تسجيل – يوم منظمات المهاجرين 2027",
     body=alt(text(_b, cte="base64"),
              html(None, cte="base64", raw='<div dir="rtl">' + _b.replace("\n", "<br>\n") + "</div>\n")),
     expect=rec("registration", "khaled.alhamwi@mail-box.example", "خالد الحموي",
                "الجمعية السورية للثقافة والاندماج – مونستر", ["AG1"], 3, "ar"))

# 007 registration de: everything in the subject line, body only an app footer, us-ascii 7bit
mail("berg-nur-betreff", date=d(1, 17, 19, 58),
     from_hdr=("Olga Berg", "olga.berg@webpost.example"),
     subject="Anmeldung MSO-Tag 13.3. - Olga Berg, 1 Person, AG 3",
     body=text("\n\n--\nGesendet mit der Webpost Mail App", charset="us-ascii", cte="7bit"),
     expect=rec("registration", "olga.berg@webpost.example", "Olga Berg", None, ["AG3"], 1, "de"))

# 008 question de: wheelchair access decides whether she comes; no registration yet
mail("stratmann-barrierefrei", date=d(1, 18, 9, 44),
     from_hdr=("Monika Stratmann", "m.stratmann@inklusion-nord.example"),
     subject="Frage zur Barrierefreiheit Stadtweinhaus",
     body=text("""Hallo,

ich sitze im Rollstuhl und wollte vorab fragen, ob der Saal im Stadtweinhaus
barrierefrei erreichbar ist (Aufzug? rollstuhlgerechte Toilette?). Davon hängt
ab, ob ich zum MSO-Tag komme. Gibt es in der Nähe auch Behindertenparkplätze?

Danke schon mal und viele Grüße
Monika Stratmann
Netzwerk Inklusion Münster-Nord""", cte="8bit"),
     expect=rec("question", "m.stratmann@inklusion-nord.example", "Monika Stratmann", "Netzwerk Inklusion Münster-Nord", [], None, "de"))

# 009 registration en (Ghana): HTML-only, "we are two", Workshop 2 first, 3 as fallback, utf-8 QP
mail("asante-boateng-html-gh", date=d(1, 19, 14, 51),
     from_hdr=("Kofi Asante-Boateng", "asanteboateng.k@mailbox-gh.example"),
     subject="Registration for MSO Day 2027",
     extra=["X-Mailer: WebService/1.1 YMailNorrin"],
     body=html(None, raw="""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Dear Sir/Madam,</div><div><br></div>
<div>Good day. I am writing on behalf of the Ghana Union M&uuml;nster to register for the MSO Day on 13th March. My colleague Mrs. Abena Owusu and I will be attending, so we are two persons in total.</div><div><br></div>
<div>We would prefer Workshop 2 (the future of M&uuml;nster). If it is already full, Workshop 3 is also fine for us.</div><div><br></div>
<div>Thank you and God bless.</div><div><br></div>
<div>Best regards,<br>Kofi Asante-Boateng<br>Secretary, Ghana Union M&uuml;nster e.V.</div>
</div></body></html>"""),
     expect=rec("registration", "asanteboateng.k@mailbox-gh.example", "Kofi Asante-Boateng",
                "Ghana Union Münster e.V.", ["AG2", "AG3"], 2, "en"))

# 010 registration ru: KOI8-R 8bit, "нас будет трое", "во вторую рабочую группу"
mail("klimova-koi8r", date=d(1, 20, 18, 12),
     from_hdr=("Татьяна Климова", "t.klimova@rus-dom.example"), hcharset="koi8-r",
     subject="Регистрация на День организаций мигрантов",
     body=text("""Здравствуйте!

Хочу зарегистрироваться на мероприятие 13 марта. Нас будет трое: я, моя
коллега Ирина Шульц и наш председатель Виктор Ланг, все из общества
"Русский дом Мюнстер".
Мы бы хотели попасть во вторую рабочую группу (про будущее Мюнстера).

С уважением,
Татьяна Климова
Русский дом Мюнстер e.V.""", charset="koi8-r", cte="8bit"),
     expect=rec("registration", "t.klimova@rus-dom.example", "Татьяна Климова",
                "Русский дом Мюнстер e.V.", ["AG2"], 3, "ru"))

# 011 other: foundation newsletter about funding programmes ("Jetzt anmelden"), List-Unsubscribe, Precedence bulk
_b = """Newsletter Februar 2027

Liebe Engagierte in Vereinen und Initiativen,

das neue Förderjahr hat begonnen! In dieser Ausgabe:

* Förderprogramm "Engagiert vor Ort": Anträge bis 31. März 2027
* Online-Seminar "Fördermittel richtig beantragen" am 9. Februar -
  jetzt anmelden unter https://buergerstiftung-nrw.example/seminare
* Praxistipp: Vereinsbuchhaltung ohne Kopfschmerzen

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website
eingetragen haben. Abmelden: https://buergerstiftung-nrw.example/abmelden

Stiftung Bürgerengagement NRW"""
mail("newsletter-stiftung", date=d(1, 21, 6, 0, UTC),
     from_hdr=("Stiftung Bürgerengagement NRW", "newsletter@buergerstiftung-nrw.example"),
     subject="Newsletter Februar 2027: Neue Förderprogramme für Vereine",
     extra=["List-Id: Newsletter <newsletter.buergerstiftung-nrw.example>",
            "List-Unsubscribe: <https://buergerstiftung-nrw.example/abmelden>",
            "Precedence: bulk"],
     body=alt(text(_b), html(_b)),
     expect=nobody("other"))

# 012 registration de: secretary registers the four board members, does NOT attend herself, confirmation to her; PDF attached
mail("reckmann-sekretariat-vorstand", date=d(1, 22, 10, 25),
     from_hdr=("Sekretariat IEV Münster", "sekretariat@elternverband-ms.example"),
     subject="Anmeldung Vorstand - Tag der Migrantenselbstorganisationen",
     body=mixed(text("""Sehr geehrte Damen und Herren,

im Auftrag unseres Vorstands melde ich folgende Personen zum Tag der
Migrantenselbstorganisationen am 13. März 2027 an:

- Dr. Leyla Karaca-Brandt (1. Vorsitzende)
- Murat Çelik (2. Vorsitzender)
- Ana Pereira (Kassiererin)
- Tomasz Nowicki (Schriftführer)

Ich selbst werde nicht teilnehmen. Alle vier möchten gerne in die
Arbeitsgruppe zu Fördermitteln und Vereinsmanagement. Die Bestätigung
senden Sie bitte an mich, ich leite sie an den Vorstand weiter. Die Liste
hänge ich Ihnen zusätzlich als PDF an.

Mit freundlichen Grüßen
i. A. Sabine Reckmann
Sekretariat

Interkultureller Elternverband Münster e.V.
Wolbecker Straße 45, 48155 Münster
Vereinsregister Amtsgericht Münster VR 0000"""),
                attachment("application/pdf", "Vorstand_Anmeldung_MSO-Tag.pdf", fake_pdf("Vorstand IEV Muenster"))),
     expect=rec("registration", "sekretariat@elternverband-ms.example", "Dr. Leyla Karaca-Brandt",
                "Interkultureller Elternverband Münster e.V.", ["AG3"], 4, "de"))

# 013 registration fa: "me and my wife (۲ نفر)", "گروه کاری ۲" in Persian digits, ZWNJ, utf-8 base64 alternative
_b = """سلام و وقت بخیر،

من و همسرم مایلیم در روز سازمان‌های مهاجران در تاریخ ۱۳ مارس شرکت کنیم (۲ نفر).
اگر امکان دارد ما را در گروه کاری ۲ (آینده شهر مونستر از نگاه مهاجران) ثبت‌نام کنید.

با سپاس فراوان
رضا توکلی
انجمن فرهنگی ایرانیان مونستر"""
mail("tavakoli-fa", date=d(1, 24, 20, 40),
     from_hdr=("رضا توکلی", "reza.tavakoli@parsmail.example"),
     subject="ثبت نام برای روز سازمان‌های مهاجران",
     body=alt(text(_b, cte="base64"),
              html(None, cte="base64", raw='<div dir="rtl">' + _b.replace("\n", "<br>\n") + "</div>\n")),
     expect=rec("registration", "reza.tavakoli@parsmail.example", "رضا توکلی",
                "انجمن فرهنگی ایرانیان مونستر", ["AG2"], 2, "fa"))

# 014 auto_reply en: vacation responder (Auto-Submitted), no quote, subject not "Re:"
mail("okeke-vacation-en", date=d(1, 25, 7, 3, UTC),
     from_hdr=("Chidi Okeke", "chidi.okeke@igbo-union.example"),
     subject="Away until 1 February", reply=INVITE_ID,
     extra=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body=text("""Hello,

Thank you for your email. I am currently travelling with limited internet
access and will be back on 1 February 2027. I will reply as soon as I can
after my return.

Regards,
Chidi""", charset="us-ascii", cte="7bit"),
     expect=nobody("auto_reply"))

# 015 registration pl: ISO-8859-2 QP, "w trzy osoby", "grupa robocza nr 1"
mail("wrobel-pl", date=d(1, 26, 13, 55),
     from_hdr=("Agnieszka Wróbel", "agnieszka.wrobel@polonia-ms.example"), hcharset="iso-8859-2",
     subject="Zgłoszenie - Dzień Organizacji Migranckich 13.03",
     body=text("""Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migranckich 13 marca. Będziemy
w trzy osoby: ja oraz dwie koleżanki ze stowarzyszenia (Marta Nowak i Ewa
Kamińska).
Interesuje nas grupa robocza nr 1, czyli edukacja.

Pozdrawiam serdecznie
Agnieszka Wróbel
Stowarzyszenie Polonia Münster e.V.""", charset="iso-8859-2"),
     expect=rec("registration", "agnieszka.wrobel@polonia-ms.example", "Agnieszka Wróbel",
                "Stowarzyszenie Polonia Münster e.V.", ["AG1"], 3, "pl"))

# 016 registration de: chatty volunteer, lower case, no umlauts, came last year, daughter comes too, "AG mit schule", asks about cake; nickname in From
mail("hallmann-chatty-letztes-jahr", date=d(1, 27, 17, 22),
     from_hdr=("biggi", "biggi.hallmann@t-net.example"),
     subject="mso tag",
     body=text("""hallo ihr lieben,

na klar bin ich wieder dabei!! letztes jahr war echt super, vorallem das essen :-)
ich bring diesmal meine tochter mit, die macht grad ein praktikum bei uns im treff,
also sind wir zu zweit.
wir wuerden gern in die AG mit schule, das ist fuer uns grad das wichtigste thema.
gibts eigentlich wieder den leckeren kuchen vom letzten mal?

lg
Birgit Hallmann
Nachbarschaftstreff Coerde""", charset="us-ascii", cte="7bit"),
     expect=rec("registration", "biggi.hallmann@t-net.example", "Birgit Hallmann",
                "Nachbarschaftstreff Coerde", ["AG1"], 2, "de"))

# 017 registration uk: windows-1251 8bit, "нас буде четверо", first choice the first group, else the third
mail("melnyk-uk-cp1251", date=d(1, 28, 9, 8),
     from_hdr=("Оксана Мельник", "oksana.melnyk@ukr-hromada.example"), hcharset="windows-1251",
     subject="Реєстрація на 13 березня",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=text("""Доброго дня!

Від імені Української громади Мюнстера реєструю нашу групу на 13 березня.
Нас буде четверо: я, Андрій Бондаренко, Наталія Коваль та Юрій Ткачук.
Ми хотіли б потрапити до першої робочої групи (освіта). Якщо там уже немає
місць, то до третьої.

З повагою,
Оксана Мельник
Українська громада Мюнстера e.V.""", charset="windows-1251", cte="8bit"),
     expect=rec("registration", "oksana.melnyk@ukr-hromada.example", "Оксана Мельник",
                "Українська громада Мюнстера e.V.", ["AG1", "AG3"], 4, "uk"))

# 018 question en (India): fee, eligibility of a non-registered group, language of the workshops; registers no one
mail("raghavan-queries-en", date=d(1, 29, 12, 30),
     from_hdr=("Priya Raghavan", "priya.raghavan@indo-ms.example"),
     subject="Queries regarding MSO Day",
     body=text("""Hello,

I came across your invitation for the MSO Day through a friend. I have a few
queries before registering:

1) Is there any fee for attending?
2) Our group (Indian Cultural Circle Münster, about 15 members) is not a
   registered e.V. yet. Are we still eligible?
3) Will the workshops be only in German? My German is at B1 level.

Kindly revert at the earliest.

Thanks & Regards,
Priya Raghavan"""),
     expect=rec("question", "priya.raghavan@indo-ms.example", "Priya Raghavan", "Indian Cultural Circle Münster", [], None, "en"))

# 019 registration ro: secretary registers the president, asks to send the confirmation to HER address; workgroup as topic in own words
mail("dobre-presedinta-ro", date=d(2, 1, 11, 5),
     from_hdr=("Cristina Dobre", "secretariat@asoc-romana-ms.example"),
     subject="Înscriere Ziua Organizațiilor de Migranți",
     body=text("""Bună ziua,

Vă scriu din partea Asociației Culturale Româno-Germane Münster. Vă rog să o
înscrieți la Ziua Organizațiilor de Migranți din 13 martie pe președinta
noastră, doamna Elena Munteanu. Va veni singură.
Dânsa ar dori să participe la grupul de lucru despre educație și școală.

Vă rog să trimiteți confirmarea direct pe adresa ei:
elena.munteanu@asoc-romana-ms.example

Cu stimă,
Cristina Dobre
Secretariat
Asociația Culturală Româno-Germană Münster"""),
     expect=rec("registration", "elena.munteanu@asoc-romana-ms.example", "Elena Munteanu",
                "Asociația Culturală Româno-Germană Münster", ["AG1"], 1, "ro"))

# 020 registration de: HTML-only Outlook, delegation of 8 in a table, split four to AG 1 and four to AG 3 (ambiguous), cp1252 QP
_rows = [("Hartmut Engels", "AG 1"), ("Aminata Diallo", "AG 1"), ("Joseph Nkemelu", "AG 1"), ("Fatou Sow", "AG 1"),
         ("Grace Achieng", "AG 3"), ("Emmanuel Tchouaté", "AG 3"), ("Mariam Keita", "AG 3"), ("Samuel Boateng", "AG 3")]
_table = "\n".join(f'<tr><td style="border:solid #999 1px;padding:2px 6px">{i}</td>'
                   f'<td style="border:solid #999 1px;padding:2px 6px">{n}</td>'
                   f'<td style="border:solid #999 1px;padding:2px 6px">{a}</td></tr>'
                   for i, (n, a) in enumerate(_rows, 1))
mail("engels-html-delegation-acht", date=d(2, 2, 15, 48),
     from_hdr=("Engels, Hartmut", "h.engels@afrika-netzwerk-ms.example"), hcharset="windows-1252",
     subject="Anmeldung Afrika-Netzwerk zum MSO-Tag", extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=html(None, charset="windows-1252", raw="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">
</head><body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">anbei unsere Anmeldung f&uuml;r den Tag der Migrantenselbstorganisationen. Wir kommen mit insgesamt 8 Personen (siehe Tabelle). Wir m&ouml;chten uns gerne auf zwei Arbeitsgruppen aufteilen: vier Personen in die AG 1, vier in die AG 3.</p>
<p class="MsoNormal">&nbsp;</p>
<table style="border-collapse:collapse">
<tr><td><b>Nr.</b></td><td><b>Name</b></td><td><b>AG</b></td></tr>
""" + _table + """
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en</p>
<p class="MsoNormal">Hartmut Engels<br>Koordination Ehrenamt<br>Afrika-Netzwerk M&uuml;nster e.V.</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Diese E-Mail enth&auml;lt vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und l&ouml;schen Sie diese Mail.</span></p>
</div></body></html>"""),
     expect=rec("registration", "h.engels@afrika-netzwerk-ms.example", "Hartmut Engels",
                "Afrika-Netzwerk Münster e.V.", ["AG1", "AG3"], 8, "de"))

# 021 change de: Outlook top-post, "statt Arbeitsgruppe II lieber III", quoted confirmation says AG 2, cp1252 QP plain
mail("schulte-aydin-wechsel-iii", date=d(2, 3, 9, 15),
     from_hdr=("Schulte-Aydin, Nermin", "n.schulte-aydin@dtf-muenster.example"), hcharset="windows-1252",
     subject="AW: " + CONF_SUBJ, reply="<bestaetigung-003@muenster.example>",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=text("""Sehr geehrte Damen und Herren,

ich möchte meine Anmeldung gern ändern: Statt Arbeitsgruppe II würde ich lieber an der Arbeitsgruppe III teilnehmen, da unser Verein gerade einen Förderantrag vorbereitet.

Mit freundlichen Grüßen

Nermin Schulte-Aydin
Vorsitzende
Deutsch-Türkischer Frauentreff Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Koordinierungsstelle MSO-Tag <mso-tag@muenster.example>
Gesendet: Donnerstag, 14. Januar 2027 11:50
An: Schulte-Aydin, Nermin <n.schulte-aydin@dtf-muenster.example>
Betreff: """ + CONF_SUBJ + "\n\n" + confirmation("Frau Schulte-Aydin", 1, 2), charset="windows-1252"),
     expect=rec("change", "n.schulte-aydin@dtf-muenster.example", "Nermin Schulte-Aydin", "Deutsch-Türkischer Frauentreff Münster e.V.", ["AG3"], None, "de"))

# 022 registration es: ISO-8859-1 QP, family of four, "nos da igual el grupo" -> [], longer name in signature than in From
mail("castillo-familia-es", date=d(2, 4, 16, 33),
     from_hdr=("María José Castillo", "mj.castillo@latinoamerica-ms.example"), hcharset="iso-8859-1",
     subject="Inscripción Día de las Organizaciones de Migrantes",
     body=text("""Hola, buenas tardes:

Le escribo para inscribirnos en el Día de las Organizaciones de Migrantes del
13 de marzo. Vamos en familia: mi esposo, nuestros dos hijos y yo, o sea cuatro
personas.
En cuanto al grupo de trabajo, nos da igual, lo que ustedes vean mejor.

Un saludo cordial,
María José Castillo Pérez
Asociación Latinoamericana de Münster""", charset="iso-8859-1"),
     expect=rec("registration", "mj.castillo@latinoamerica-ms.example", "María José Castillo Pérez",
                "Asociación Latinoamericana de Münster", [], 4, "es"))

# 023 registration vi: sent from the association's shared mailbox with Reply-To to the person; "ba người", "nhóm làm việc số 1", utf-8 base64
mail("tran-reply-to-vi", date=d(2, 5, 8, 41),
     from_hdr=("Hội Người Việt Münster", "info@hoiviet-ms.example"),
     reply_to=("Trần Thị Lan", "Lan.Tran@viet-post.example"),
     subject="Đăng ký tham dự ngày 13/3/2027",
     body=text("""Kính gửi Ban tổ chức,

Tôi tên là Trần Thị Lan, thành viên ban điều hành Hội Người Việt Münster. Tôi
xin đăng ký tham dự Ngày các Tổ chức Người Di cư vào ngày 13/3/2027. Chúng tôi
sẽ đi ba người: tôi và hai thành viên khác của hội.
Chúng tôi muốn tham gia nhóm làm việc số 1 về giáo dục.

Xin vui lòng gửi xác nhận về địa chỉ email cá nhân của tôi.

Trân trọng,
Trần Thị Lan
Hội Người Việt Münster""", cte="base64"),
     expect=rec("registration", "lan.tran@viet-post.example", "Trần Thị Lan",
                "Hội Người Việt Münster", ["AG1"], 3, "vi"))

# 024 bounce: German Exchange-style NDR, mailbox full, text/rfc822-headers of our confirmation
mail("postmaster-postfach-voll", date=d(2, 5, 9, 2),
     from_hdr=("Postmaster", "postmaster@latinoamerica-ms.example"), return_path="<>",
     subject="Unzustellbar: " + CONF_SUBJ,
     extra=["Auto-Submitted: auto-replied"],
     body=report(
         text("""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

mj.castillo@latinoamerica-ms.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten
annehmen. Versuchen Sie es später erneut oder wenden Sie sich direkt an den
Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: mail.latinoamerica-ms.example
mj.castillo@latinoamerica-ms.example
Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'"""),
         raw_part("message/delivery-status", """Reporting-MTA: dns; mail.latinoamerica-ms.example
Arrival-Date: Fri, 5 Feb 2027 09:01:40 +0100

Final-Recipient: rfc822; mj.castillo@latinoamerica-ms.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full; quota exceeded
""", cte=None),
         raw_part("text/rfc822-headers", """Date: Fri, 5 Feb 2027 09:01:33 +0100
From: Koordinierungsstelle MSO-Tag <mso-tag@muenster.example>
To: mj.castillo@latinoamerica-ms.example
Subject: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
Message-ID: <bestaetigung-022@muenster.example>
Auto-Submitted: auto-replied
""", cte=None)),
     expect=nobody("bounce", "mj.castillo@latinoamerica-ms.example"))

# 025 registration sq: Albanian answers typed inline under the GERMAN questions of the invitation; "tre veta", "grupi i dytë"
_inline = quote("\n".join(_inv_lines[:_i]))
for k, ans in enumerate(["Arta Krasniqi, Blerim Hoxha, Valbona Gashi", "Shoqata Kulturore Iliria Münster",
                         "tre veta", "grupi i dytë (e ardhmja e qytetit)"]):
    _inline += "\n" + quote(_inv_lines[_i + k]) + "\n" + ans + "\n"
_inline += quote("\n".join(_inv_lines[_i + 4:]))
mail("krasniqi-inline-sq", date=d(2, 6, 12, 19),
     from_hdr=("Arta Krasniqi", "arta.krasniqi@shoqata-iliria.example"),
     subject="Re: " + INV_SUBJ, reply=INVITE_ID,
     body=text("Përshëndetje,\n\npërgjigjet i kam shkruar poshtë, te pyetjet tuaja.\n\nMe respekt,\nArta\n\n"
               "Më 14.01.2027 në 08:30, Koordinierungsstelle MSO-Tag shkroi:\n" + _inline, cte="8bit"),
     expect=rec("registration", "arta.krasniqi@shoqata-iliria.example", "Arta Krasniqi",
                "Shoqata Kulturore Iliria Münster", ["AG2"], 3, "sq"))

# 026 registration de: double forward of the invitation (chair -> member -> us), registration on top, "Arbeitsgruppe zum Zukunftsprozess"
mail("brandhorst-weiterleitung", date=d(2, 8, 22, 4),
     from_hdr=("Lukas Brandhorst", "l.brandhorst@aufbruch-ms.example"),
     subject="Fwd: Fwd: " + INV_SUBJ,
     body=text("""Guten Tag,

unser Vorsitzender hat mir Ihre Einladung weitergeleitet (s. unten). Ich würde
gerne für den Jugendmigrationsverein Aufbruch e.V. teilnehmen, allein, und zwar
in der Arbeitsgruppe zum Zukunftsprozess.

Beste Grüße
Lukas Brandhorst

---------- Forwarded message ---------
Von: Yusuf Karim <vorsitz@aufbruch-ms.example>
Date: Mo., 8. Feb. 2027 um 21:14 Uhr
Subject: Fwd: """ + INV_SUBJ + """
To: Lukas Brandhorst <l.brandhorst@aufbruch-ms.example>


Lukas, magst du da hingehen? Ich hab an dem Tag keine Zeit.
Yusuf

---------- Forwarded message ---------
Von: Koordinierungsstelle MSO-Tag <mso-tag@muenster.example>
Date: Do., 14. Jan. 2027 um 08:30 Uhr
Subject: """ + INV_SUBJ + """
To: <vorsitz@aufbruch-ms.example>


""" + INVITATION),
     expect=rec("registration", "l.brandhorst@aufbruch-ms.example", "Lukas Brandhorst",
                "Jugendmigrationsverein Aufbruch e.V.", ["AG2"], 1, "de"))

# 027 registration it: ISO-8859-15 QP, "saremo in due", "il primo gruppo di lavoro"
mail("russo-it", date=d(2, 9, 10, 37),
     from_hdr=("Giuseppe Russo", "g.russo@circolo-italiano-ms.example"), hcharset="iso-8859-15",
     subject="Iscrizione Giornata delle organizzazioni dei migranti",
     body=text("""Buongiorno,

con la presente vorrei iscrivere me e mia moglie Antonella alla Giornata delle
organizzazioni dei migranti del 13 marzo. Saremo quindi in due.
Ci interesserebbe il primo gruppo di lavoro, quello sulla scuola e
l'istruzione.

Cordiali saluti
Giuseppe Russo
Circolo Culturale Italiano Münster""", charset="iso-8859-15"),
     expect=rec("registration", "g.russo@circolo-italiano-ms.example", "Giuseppe Russo",
                "Circolo Culturale Italiano Münster", ["AG1"], 2, "it"))

# 028 cancellation de: reply above quoted confirmation (which names AG 3), ISO-8859-1 QP
mail("berg-absage", date=d(2, 10, 7, 50),
     from_hdr=("Olga Berg", "olga.berg@webpost.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-007@muenster.example>",
     body=text("Hallo,\n\nich muss leider absagen, ich bin an dem Wochenende doch nicht in Münster.\n"
               "Bitte streichen Sie mich von der Liste.\n\nDanke und viele Grüße\nOlga Berg\n\n"
               "Am 17.01.2027 um 20:02 schrieb Koordinierungsstelle MSO-Tag:\n"
               + quote(confirmation("Frau Berg", 1, 3)), charset="iso-8859-1"),
     expect=rec("cancellation", "olga.berg@webpost.example", "Olga Berg", None, [], None, "de"))

# 029 registration ku (Kurmanji): "du kes", "koma xebatê ya sêyemîn", utf-8 QP
mail("aslan-kurmanji", date=d(2, 11, 18, 26),
     from_hdr=("Rojda Aslan", "rojda.aslan@navenda-kurdi.example"),
     subject="Qeydkirin - Roja Rêxistinên Koçberan",
     body=text("""Silav û rêz,

Ez dixwazim xwe ji bo Roja Rêxistinên Koçberan a 13ê Adarê qeyd bikim. Em ê
du kes bên: ez û hevalê min Baran Şêxo.
Em dixwazin beşdarî koma xebatê ya sêyemîn bibin (piştgirî û rêveberiya
komeleyan).

Bi silav
Rojda Aslan
Navenda Çanda Kurdî Münster"""),
     expect=rec("registration", "rojda.aslan@navenda-kurdi.example", "Rojda Aslan",
                "Navenda Çanda Kurdî Münster", ["AG3"], 2, "ku"))

# 030 auto_reply: ticket-system receipt (Auto-Submitted auto-generated), quotes our subject
mail("ticket-eingang", date=d(2, 12, 10, 0),
     from_hdr=("Servicedesk Integrationsrat", "servicedesk@integrationsrat-ms.example"),
     subject="[Ticket#2027021210000347] Eingangsbestätigung: " + INV_SUBJ,
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Loop: servicedesk@integrationsrat-ms.example"],
     body=text("""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer
2027021210000347 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres
Eingangs und melden uns so bald wie möglich.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

Ihr Servicedesk der Geschäftsstelle des Integrationsrats"""),
     expect=nobody("auto_reply"))

# 031 registration el: ISO-8859-7 base64, "τρία άτομα", first choice 2nd group, second choice 3rd
mail("papadopoulos-el", date=d(2, 13, 19, 14),
     from_hdr=("Δημήτρης Παπαδόπουλος", "d.papadopoulos@elliniki-koinotita.example"), hcharset="iso-8859-7",
     subject="Δήλωση συμμετοχής 13 Μαρτίου",
     body=text("""Καλησπέρα σας,

θα θέλαμε να δηλώσουμε συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών στις
13 Μαρτίου. Θα έρθουμε τρία άτομα από την Ελληνική Κοινότητα Μύνστερ.
Πρώτη επιλογή: η 2η ομάδα εργασίας (το μέλλον της πόλης). Δεύτερη επιλογή: η 3η.

Με εκτίμηση,
Δημήτρης Παπαδόπουλος
Ελληνική Κοινότητα Μύνστερ""", charset="iso-8859-7", cte="base64"),
     expect=rec("registration", "d.papadopoulos@elliniki-koinotita.example", "Δημήτρης Παπαδόπουλος",
                "Ελληνική Κοινότητα Μύνστερ", ["AG2", "AG3"], 3, "el"))

# 032 question de: childcare and preparation; "wir melden uns dann verbindlich an" = not yet registered
mail("wessels-kinderbetreuung", date=d(2, 15, 13, 2),
     from_hdr=("Sandra Wessels", "sandra.wessels@familienzentrum-bergfidel.example"),
     subject="Kinderbetreuung beim MSO-Tag?",
     body=text("""Guten Tag,

ich überlege, mit zwei Kolleginnen zum MSO-Tag zu kommen. Zwei von uns haben
kleine Kinder - gibt es an dem Tag eine Kinderbetreuung vor Ort? Und muss man
für die Arbeitsgruppen vorher etwas vorbereiten?
Wenn das geklärt ist, melden wir uns verbindlich an.

Viele Grüße
Sandra Wessels
Familienzentrum Berg Fidel"""),
     expect=rec("question", "sandra.wessels@familienzentrum-bergfidel.example", "Sandra Wessels", "Familienzentrum Berg Fidel", [], None, "de"))

# 033 registration en (Nigeria): formal, lists 3 members and "I shall personally lead the delegation" (=4, ambiguous), Workshop III, disclaimer, logo attached
_b = """Dear Organisers,

Warm greetings from the Nigerian Community Association Münster (NCAM). On behalf of the association, I wish to register the following members for the MSO Day holding on Saturday, 13th March 2027:

1. Mrs. Ngozi Eze - Women's Wing Leader
2. Mr. Tunde Bakare - Youth Coordinator
3. Miss Blessing Adeyemi - Welfare Officer

I shall personally lead the delegation. We are interested in the workshop on funding opportunities and running an association effectively (Workshop III).

Looking forward to your kind confirmation.

Yours faithfully,
Emeka Okafor
President
Nigerian Community Association Münster

CONFIDENTIALITY NOTICE: This e-mail and any attachment are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it."""
mail("okafor-delegation-ng", date=d(2, 16, 11, 11),
     from_hdr=("Emeka Okafor", "e.okafor@ncam-ms.example"),
     subject="REGISTRATION OF DELEGATES - MSO DAY 2027",
     body=mixed(alt(text(_b), html(_b)), attachment("image/png", "ncam-logo.png", tiny_png())),
     expect=rec("registration", "e.okafor@ncam-ms.example", "Emeka Okafor",
                "Nigerian Community Association Münster", ["AG3"], 4, "en"))

# 034 change tr: wife cannot come, now 1 person, group unchanged; top-post over quoted confirmation (2 persons, AG 3)
mail("yildiz-aenderung-tr", date=d(2, 17, 20, 45),
     from_hdr=("Mehmet Yıldız", "mehmetyildiz1971@posta-tr.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-004@muenster.example>",
     extra=["X-Mailer: iPhone Mail (20D67)"],
     body=text("Merhaba,\neşim o gün çalışmak zorunda, maalesef gelemiyor. Ben yalnız geleceğim, yani 1 kişi. "
               "Grup aynı kalsın.\nSaygılarımla\nMehmet Yıldız\n\niPhone'umdan gönderildi\n\n"
               "> 15 Oca 2027 tarihinde 09:10 saatinde, Koordinierungsstelle MSO-Tag <mso-tag@muenster.example> şunları yazdı:\n>\n"
               + quote(confirmation("Herr Yıldız", 2, 3))),
     expect=rec("change", "mehmetyildiz1971@posta-tr.example", "Mehmet Yıldız", None, [], 1, "tr"))

# 035 registration so: us-ascii 7bit, "shan qof" (five), "kooxda shaqada ee 1aad"; mixed-case address
mail("warsame-so", date=d(2, 18, 15, 9),
     from_hdr=("Hodan Warsame", "Hodan.Warsame@Somali-Haween.example"),
     subject="Diiwaangelin - 13 March",
     body=text("""Asc,

Waxaan rabnaa inaan iska diiwaangelinno maalinta ururada soo-galootiga ee
13-ka March. Waxaan nahay shan qof oo ka socda Ururka Haweenka Soomaaliyeed
ee Munster.
Kooxda shaqada ee 1aad (waxbarashada) ayaan dooraneynaa.

Mahadsanid
Hodan Warsame
Ururka Haweenka Soomaaliyeed Munster""", charset="us-ascii", cte="7bit"),
     expect=rec("registration", "hodan.warsame@somali-haween.example", "Hodan Warsame",
                "Ururka Haweenka Soomaaliyeed Munster", ["AG1"], 5, "so"))

# 036 other: catering sales pitch naming the event, 90 guests, "Anmeldung zur Verkostung"; HTML-only utf-8 QP
mail("catering-angebot", date=d(2, 19, 6, 30, UTC),
     from_hdr=("Gourmet Events Westfalen", "angebote@gourmet-events-wf.example"),
     subject="Ihr MSO-Tag 2027: Catering-Angebot mit 15 % Frühbucherrabatt",
     extra=["List-Unsubscribe: <mailto:abmelden@gourmet-events-wf.example>"],
     body=html("""Sehr geehrte Veranstalterin, sehr geehrter Veranstalter,

wir haben gelesen, dass Sie am 13. März 2027 den Tag der Migrantenselbstorganisationen ausrichten. Für bis zu 90 Gäste bieten wir Ihnen ein internationales Mittagsbuffet ab 18,50 EUR pro Person an - bei Buchung bis 28. Februar mit 15 % Frühbucherrabatt.

Gerne laden wir Sie zu einer kostenlosen Verkostung ein. Zur Anmeldung antworten Sie einfach auf diese E-Mail.

Ihr Team von Gourmet Events Westfalen
Sie möchten keine Angebote mehr erhalten? Abmelden: abmelden@gourmet-events-wf.example"""),
     expect=nobody("other"))

# 037 registration ti (Tigrinya): "ክልተና" (the two of us), "ጉጅለ ስራሕ 2", name in Latin, organisation in Ge'ez; utf-8 base64
mail("tesfay-tigrinya", date=d(2, 20, 17, 52),
     from_hdr=("Yonas Tesfay", "yonas.tesfay@eritrea-ms.example"),
     subject="ምዝገባ - 13 መጋቢት",
     body=text("""ሰላም ንኹልኹም፣

ኣብ መዓልቲ ውድባት ስደተኛታት (13 መጋቢት) ክሳተፍ ደስ ይብለኒ። ምስ በዓልቲ ቤተይ ክልተና ክንመጽእ ኢና።
ኣብ ጉጅለ ስራሕ 2 (መጻኢ ከተማ ሙንስተር) ክንሳተፍ ንደሊ።

ምስ ሰላምታ
Yonas Tesfay
ማሕበር ኤርትራውያን ሙንስተር""", cte="base64"),
     expect=rec("registration", "yonas.tesfay@eritrea-ms.example", "Yonas Tesfay",
                "ማሕበር ኤርትራውያን ሙንስተር", ["AG2"], 2, "ti"))

# 038 registration de: HTML-only web mailer, came last year, "Bildungs-AG", From display with "Dr.", project line in signature
mail("feldkamp-html-wieder-dabei", date=d(2, 21, 9, 33),
     from_hdr=("Dr. Anke Feldkamp", "anke.feldkamp@ibz-hiltrup.example"),
     subject="Anmeldung MSO-Tag 2027",
     body=html("""Liebes Orga-Team,

wie im letzten Jahr möchte ich auch 2027 gerne beim MSO-Tag dabei sein - damals war der Austausch mit den Elternvereinen für mich sehr wertvoll. Diesmal würde ich gerne in die Bildungs-AG gehen.

Herzliche Grüße
Anke Feldkamp
Projektleitung "Brücken bauen"
Interkulturelles Bildungszentrum Hiltrup e.V."""),
     expect=rec("registration", "anke.feldkamp@ibz-hiltrup.example", "Anke Feldkamp",
                "Interkulturelles Bildungszentrum Hiltrup e.V.", ["AG1"], 1, "de"))

# 039 change de: inline reply between quoted confirmation lines, "jetzt zu viert", group "bleibt so" -> [] and party 4
mail("hallmann-jetzt-zu-viert", date=d(2, 22, 21, 8),
     from_hdr=("biggi", "biggi.hallmann@t-net.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-016@muenster.example>",
     body=text("""hallo nochmal,

Am 27.01.2027 um 18:40 schrieb Koordinierungsstelle MSO-Tag:
> Guten Tag Frau Hallmann,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
> 2027 am 13. März 2027 im Stadtweinhaus Münster.
>
> Wir haben folgende Angaben gespeichert:
>   Personen: 2

da muss ich was aendern, meine kollegin sevgi und ihr mann wollen auch mit,
also sind wir jetzt zu viert. geht das noch?

>   Arbeitsgruppe: """ + AGS[1] + """

das bleibt so.

lg birgit
""", cte="8bit"),
     expect=rec("change", "biggi.hallmann@t-net.example", "Birgit", None, [], 4, "de"))

# 040 registration ur: "me and my two colleagues" = 3, "ورکنگ گروپ نمبر 3", signature in Latin; utf-8 base64 alternative
_b = """السلام علیکم،

میں ۱۳ مارچ کو ہونے والے مہاجر تنظیموں کے دن میں شرکت کے لیے اندراج کروانا چاہتا ہوں۔ میرے ساتھ میرے دو ساتھی بھی آئیں گے۔
ہم ورکنگ گروپ نمبر 3 (فنڈنگ اور تنظیم کا انتظام) میں شامل ہونا چاہتے ہیں۔

شکریہ
Imran Qureshi
Pakistani Community Münster e.V."""
mail("qureshi-urdu", date=d(2, 23, 12, 57),
     from_hdr=("Imran Qureshi", "imran.qureshi@pak-community.example"),
     subject="Registration / اندراج",
     body=alt(text(_b, cte="base64"),
              html(None, cte="base64", raw='<div dir="rtl">' + _b.replace("\n", "<br>\n") + "</div>\n")),
     expect=rec("registration", "imran.qureshi@pak-community.example", "Imran Qureshi",
                "Pakistani Community Münster e.V.", ["AG3"], 3, "ur"))

# 041 question fa (Dari): asks about interpreting; would come with her sister to the first group IF there is translation (conditional; ambiguous)
mail("ahmadi-dari-frage", date=d(2, 24, 19, 36),
     from_hdr=("مریم احمدی", "mariam.ahmadi@afghan-women-ms.example"),
     subject="سوال در باره ترجمه",
     body=text("""سلام علیکم،

من از طریق انجمن زنان افغان در مونستر در باره این برنامه شنیدم. آیا در روز برنامه ترجمه به زبان دری هم موجود است؟ زبان آلمانی من هنوز خوب نیست.
اگر ترجمه باشد، من با خواهرم می‌آییم، یعنی دو نفر، و گروپ کاری اول برای ما جالب است.

تشکر
مریم احمدی"""),
     expect=rec("question", "mariam.ahmadi@afghan-women-ms.example", "مریم احمدی", None, [], None, "fa"))

# 042 cancellation ar: windows-1256 base64 (Outlook Arabic), son ill, whole family (3) withdraws; fresh mail, no quote
mail("alhamwi-absage-cp1256", date=d(2, 25, 8, 12),
     from_hdr=("خالد الحموي", "khaled.alhamwi@mail-box.example"), hcharset="windows-1256",
     subject="إلغاء التسجيل - يوم منظمات المهاجرين",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=text("""السادة المنظمون المحترمون،

نعتذر عن عدم تمكننا من الحضور يوم 13 آذار، لأن ابني مريض ويحتاج إلى عملية جراحية. أرجو إلغاء تسجيلنا (3 أشخاص).
شكراً لتفهمكم، ونتمنى لكم يوماً ناجحاً.

خالد الحموي""", charset="windows-1256", cte="base64"),
     expect=rec("cancellation", "khaled.alhamwi@mail-box.example", "خالد الحموي", None, [], None, "ar"))

# 043 other: a plain thank-you for the confirmation, quoting it (5 persons, AG 1); nothing to do
mail("brueggemann-danke", date=d(2, 25, 10, 40),
     from_hdr=("Hannelore Brüggemann", "h.brueggemann@kulturbruecke-kinderhaus.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-005@muenster.example>",
     body=text("Vielen Dank für die Bestätigung, wir freuen uns schon sehr!\n\nHerzliche Grüße\nHannelore Brüggemann\n\n"
               "Am 16.01.2027 um 10:05 schrieb Koordinierungsstelle MSO-Tag:\n"
               + quote(confirmation("Frau Brüggemann", 5, 1)), cte="8bit", params="; format=flowed"),
     expect=nobody("other"))

# 044 registration fr (Côte d'Ivoire): formal, "nous serons quatre", workshop described by topic (funding), plus a question about an attestation
_b = """Bonjour Madame, Monsieur,

Je viens par la présente vous signifier l'inscription de notre association, l'Association des Ressortissants Ivoiriens de Münster, à la Journée des organisations de migrants du 13 mars 2027. Nous serons quatre : le président, la trésorière, notre chargé de la jeunesse et moi-même.

Nous souhaiterions participer à l'atelier sur les possibilités de financement et la bonne gestion des associations.

Par ailleurs, est-il possible d'obtenir une attestation de participation ?

Dans l'attente de votre confirmation, veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Adama Konaté
Secrétaire général
Association des Ressortissants Ivoiriens de Münster"""
mail("konate-fr", date=d(2, 26, 14, 3),
     from_hdr=("Adama Konaté", "adama.konate@ivoiriens-ms.example"),
     subject="Inscription - Journée des organisations de migrants",
     body=alt(text(_b), html(_b)),
     expect=rec("registration", "adama.konate@ivoiriens-ms.example", "Adama Konaté",
                "Association des Ressortissants Ivoiriens de Münster", ["AG3"], 4, "fr"))

# 045 change ru: from the second group to the first; count restated but unchanged (null); utf-8 base64, quote of confirmation
mail("klimova-wechsel-ru", date=d(2, 27, 11, 21),
     from_hdr=("Татьяна Климова", "t.klimova@rus-dom.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-010@muenster.example>",
     body=text("""Добрый день!

Извините, мы передумали: хотели бы перейти из второй группы в первую
(образование). Количество участников не меняется, нас по-прежнему трое.

Спасибо!
Татьяна Климова

21.01.2027, 09:02, "Koordinierungsstelle MSO-Tag" <mso-tag@muenster.example>:
""" + quote(confirmation("Frau Klimova", 3, 2)), cte="base64"),
     expect=rec("change", "t.klimova@rus-dom.example", "Татьяна Климова", None, ["AG1"], None, "ru"))

# 046 registration bg: windows-1251 QP, "двама души" (me and my husband), "работна група 3"
mail("ivanova-bg", date=d(2, 28, 16, 16),
     from_hdr=("Петя Иванова", "petya.ivanova@bg-druzhestvo.example"), hcharset="windows-1251",
     subject="Регистрация за 13 март",
     body=text("""Здравейте,

Бих искала да се регистрирам за Деня на организациите на мигрантите на 13 март.
Ще дойдем двама души – аз и съпругът ми Георги.
Предпочитаме работна група 3 (финансиране и управление на сдружения).

Поздрави,
Петя Иванова
Българско културно дружество „Родина“ Мюнстер""", charset="windows-1251"),
     expect=rec("registration", "petya.ivanova@bg-druzhestvo.example", "Петя Иванова",
                "Българско културно дружество „Родина“ Мюнстер", ["AG3"], 2, "bg"))

# 047 cancellation pt (Brazil): registered by phone earlier (not in this inbox), cancels; ISO-8859-1 QP
mail("ferreira-cancelamento-br", date=d(3, 1, 9, 47),
     from_hdr=("Juliana Ferreira", "juliana.ferreira@brasil-ms.example"), hcharset="iso-8859-1",
     subject="Cancelamento inscrição 13/03",
     body=text("""Olá, tudo bem?

Eu tinha feito minha inscrição por telefone com a Sra. Meier há algumas
semanas, mas infelizmente não vou poder ir no dia 13 de março, vou estar
viajando a trabalho. Por favor, cancelem minha inscrição.

Obrigada e desculpem o transtorno!
Abraços,
Juliana Ferreira
Associação Cultural Brasil-Münster""", charset="iso-8859-1"),
     expect=rec("cancellation", "juliana.ferreira@brasil-ms.example", "Juliana Ferreira", "Associação Cultural Brasil-Münster", [], None, "pt"))

# 048 question sr (Latin script): already registered via her association, asks whether her husband must be registered separately (ambiguous vs change)
mail("jovanovic-pitanje-sr", date=d(3, 2, 8, 5),
     from_hdr=("Milica Jovanović", "milica.jovanovic@srpsko-udruzenje.example"),
     subject="Pitanje u vezi prijave",
     body=text("""Poštovani,

ja sam već prijavljena preko našeg udruženja za Dan migrantskih organizacija.
Moj suprug bi želeo da dođe sa mnom, ali on nije član nijednog udruženja.
Da li sme da učestvuje i da li treba posebno da ga prijavim, ili je dovoljno
da samo dođe sa mnom?

Hvala unapred,
Milica Jovanović""", cte="8bit"),
     expect=rec("question", "milica.jovanovic@srpsko-udruzenje.example", "Milica Jovanović", None, [], None, "sr"))

# 049 cancellation en (Ghana): top-post over Yahoo-style quote of the confirmation, both persons withdraw
mail("asante-boateng-cancel", date=d(3, 2, 13, 28),
     from_hdr=("Kofi Asante-Boateng", "asanteboateng.k@mailbox-gh.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-009@muenster.example>",
     body=text("""Dear Sir/Madam,

Sorry to inform you that my colleague Mrs. Owusu and I will no longer be able to attend the MSO Day due to a family emergency back home. Kindly cancel our registration.

We hope to join next year.

Best regards,
Kofi Asante-Boateng
Secretary, Ghana Union Münster e.V.

Sent from Yahoo Mail on Android

  On Tue, 19 Jan 2027 at 15:20, Koordinierungsstelle MSO-Tag<mso-tag@muenster.example> wrote:
""" + quote(confirmation("Herr Asante-Boateng", 2, 2))),
     expect=rec("cancellation", "asanteboateng.k@mailbox-gh.example", "Kofi Asante-Boateng", "Ghana Union Münster e.V.", [], None, "en"))

# 050 registration pt (Angola): formal European-style Portuguese, "seremos três", "Grupo de Trabalho III", PDF form attached
mail("kiala-angola-pt", date=d(3, 3, 10, 10),
     from_hdr=("Domingos Kiala", "domingos.kiala@angola-ms.example"),
     subject="Inscrição no Dia das Organizações de Migrantes",
     body=mixed(text("""Exmos. Senhores,

Venho por este meio proceder à inscrição da Associação da Comunidade Angolana
em Münster no Dia das Organizações de Migrantes, a realizar-se no dia 13 de
Março de 2027. Seremos três pessoas: eu próprio e mais dois membros da
direcção.
Manifestamos interesse no Grupo de Trabalho III.

Segue em anexo a ficha com os nomes dos participantes.

Sem outro assunto de momento, subscrevo-me com os melhores cumprimentos,

Domingos Kiala
Presidente da Direcção
Associação da Comunidade Angolana em Münster"""),
                attachment("application/pdf", "ficha_inscricao_ACAM.pdf", fake_pdf("Ficha de inscricao ACAM"))),
     expect=rec("registration", "domingos.kiala@angola-ms.example", "Domingos Kiala",
                "Associação da Comunidade Angolana em Münster", ["AG3"], 3, "pt"))

# 051 change de: fresh mail (no quote), from AG 1 (Bildung) to AG 2 (Zukunftsprozess) "falls noch ein Platz frei"
mail("feldkamp-wechsel-ag2", date=d(3, 4, 8, 58),
     from_hdr=("Dr. Anke Feldkamp", "anke.feldkamp@ibz-hiltrup.example"),
     subject="Wechsel der Arbeitsgruppe - Feldkamp",
     body=text("""Liebes Orga-Team,

ich hatte mich im Februar für die AG 1 (Bildung) angemeldet. Nach Rücksprache
mit meinem Team wäre es sinnvoller, wenn ich in die AG 2 zum Zukunftsprozess
gehe, falls dort noch ein Platz frei ist.

Herzliche Grüße
Anke Feldkamp
Interkulturelles Bildungszentrum Hiltrup e.V.""", cte="8bit"),
     expect=rec("change", "anke.feldkamp@ibz-hiltrup.example", "Anke Feldkamp", "Interkulturelles Bildungszentrum Hiltrup e.V.", ["AG2"], None, "de"))

# 052 auto_reply de: Outlook "Automatische Antwort", only X-Auto-Response-Suppress (no Auto-Submitted), alternative
_b = """Vielen Dank für Ihre Nachricht.

Ich bin vom 01.03. bis 12.03.2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yilmaz (yilmaz@caritas-ms.example).

Mit freundlichen Grüßen
Ingrid Möllers"""
mail("moellers-automatische-antwort", date=d(3, 4, 9, 1),
     from_hdr=("Möllers, Ingrid", "i.moellers@caritas-ms.example"),
     subject="Automatische Antwort: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
     extra=["X-Auto-Response-Suppress: All", "Thread-Topic: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
            "X-Mailer: Microsoft Outlook 16.0"],
     body=alt(text(_b), html(_b, outlook=True)),
     expect=nobody("auto_reply"))

# 053 registration de: phone one-liner "Bin dabei, AG2. Gruß Tarek" over an unquoted Samsung-style copy of the invitation; full name only in From
mail("haddad-handy-einzeiler", date=d(3, 5, 7, 14),
     from_hdr=("Tarek Haddad", "tarek.haddad@mobil-mail.example"),
     subject="AW: " + INV_SUBJ, reply=INVITE_ID,
     body=text("Bin dabei, AG2. Gruß Tarek\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n\n"
               "-------- Ursprüngliche Nachricht --------\nVon: Koordinierungsstelle MSO-Tag <mso-tag@muenster.example>\n"
               "Datum: 14.01.27 08:30 (GMT+01:00)\nAn: tarek.haddad@mobil-mail.example\nBetreff: " + INV_SUBJ + "\n\n"
               + INVITATION, cte="base64"),
     expect=rec("registration", "tarek.haddad@mobil-mail.example", "Tarek Haddad", None, ["AG2"], 1, "de"))

# 054 change de: bottom-posted under the quoted confirmation (5 persons, AG 1): two ill, "nur zu dritt", group unchanged; ISO-8859-1 QP
mail("brueggemann-nur-zu-dritt", date=d(3, 5, 18, 30),
     from_hdr=("Hannelore Brüggemann", "h.brueggemann@kulturbruecke-kinderhaus.example"), hcharset="iso-8859-1",
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-005@muenster.example>",
     body=text("Am 16.01.2027 um 10:05 schrieb Koordinierungsstelle MSO-Tag:\n" + quote(confirmation("Frau Brüggemann", 5, 1))
               + """

Liebes Team,

leider hat es uns erwischt: Frau Abdi und Herr Lenzen liegen mit Grippe flach.
Wir kommen daher nur zu dritt. Die Arbeitsgruppe bleibt gleich.

Viele Grüße
Hannelore Brüggemann
Kulturbrücke Kinderhaus e.V.""", charset="iso-8859-1"),
     expect=rec("change", "h.brueggemann@kulturbruecke-kinderhaus.example", "Hannelore Brüggemann", "Kulturbrücke Kinderhaus e.V.", [], 3, "de"))

# 055 change de: Outlook alternative cp1252, delegation shrinks 8 -> 6 ("sechs") and all now go to AG 3; quotes own first mail (AG 1/AG 3)
_b = """Sehr geehrte Damen und Herren,

bei unserer Delegation gibt es Änderungen: Frau Sow und Herr Nkemelu können leider nicht teilnehmen, wir sind also nur noch sechs Personen. Außerdem haben wir beschlossen, dass alle gemeinsam in die AG 3 gehen.

Mit freundlichen Grüßen
Hartmut Engels
Koordination Ehrenamt
Afrika-Netzwerk Münster e.V.

Von: Engels, Hartmut
Gesendet: Dienstag, 2. Februar 2027 15:48
An: mso-tag@muenster.example
Betreff: Anmeldung Afrika-Netzwerk zum MSO-Tag

Sehr geehrte Damen und Herren,

anbei unsere Anmeldung für den Tag der Migrantenselbstorganisationen. Wir kommen mit insgesamt 8 Personen (siehe Tabelle). Wir möchten uns gerne auf zwei Arbeitsgruppen aufteilen: vier Personen in die AG 1, vier in die AG 3."""
mail("engels-aenderung-sechs", date=d(3, 6, 11, 44),
     from_hdr=("Engels, Hartmut", "h.engels@afrika-netzwerk-ms.example"), hcharset="windows-1252",
     subject="AW: Anmeldung Afrika-Netzwerk zum MSO-Tag",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=alt(text(_b, charset="windows-1252"), html(_b, charset="windows-1252", outlook=True)),
     expect=rec("change", "h.engels@afrika-netzwerk-ms.example", "Hartmut Engels", "Afrika-Netzwerk Münster e.V.", ["AG3"], 6, "de"))

# 056 change pl: one friend drops out ("we dwie" = two women) and switch from the first to the third group; utf-8 QP, quote below
mail("wrobel-zmiana-pl", date=d(3, 7, 10, 6),
     from_hdr=("Agnieszka Wróbel", "agnieszka.wrobel@polonia-ms.example"),
     subject="Re: " + CONF_SUBJ, reply="<bestaetigung-015@muenster.example>",
     body=text("""Dzień dobry,

mała zmiana w naszym zgłoszeniu: Ewa niestety nie może przyjść, więc będziemy
we dwie. Chciałybyśmy też zmienić grupę – zamiast pierwszej wolimy trzecią
(finansowanie).

Pozdrawiam
Agnieszka Wróbel

W dniu 26.01.2027 o 14:12, Koordinierungsstelle MSO-Tag pisze:
""" + quote(confirmation("Frau Wróbel", 3, 1))),
     expect=rec("change", "agnieszka.wrobel@polonia-ms.example", "Agnieszka Wróbel", None, ["AG3"], 2, "pl"))

# 057 cancellation de: secretary forwards the chair's note as a message/rfc822 attachment, whole board (4) withdraws
_inner = ("Date: Sun, 7 Mar 2027 19:22:10 +0100\nFrom: Leyla Karaca-Brandt <vorsitz@elternverband-ms.example>\n"
          "To: Sekretariat IEV <sekretariat@elternverband-ms.example>\nSubject: MSO-Tag absagen\n"
          "Message-ID: <a81c2e@elternverband-ms.example>\nMIME-Version: 1.0\n"
          'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
          + quopri.encodestring("""Liebe Sabine,

wegen der außerordentlichen Mitgliederversammlung am 13.3. können wir vom
Vorstand leider alle nicht zum MSO-Tag. Sagst du bitte für uns ab?

Danke dir!
Leyla
""".encode("utf-8")).decode("ascii"))
mail("reckmann-absage-vorstand-rfc822", date=d(3, 8, 9, 12),
     from_hdr=("Sekretariat IEV Münster", "sekretariat@elternverband-ms.example"),
     subject="WG: MSO-Tag absagen",
     body=mixed(text("""Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Nachricht unserer Vorsitzenden weiter. Bitte
streichen Sie die Anmeldung unseres Vorstands (4 Personen) für den 13. März.

Mit freundlichen Grüßen
i. A. Sabine Reckmann
Sekretariat
Interkultureller Elternverband Münster e.V."""),
                raw_part("message/rfc822", _inner, cte=None, extra="Content-Disposition: attachment")),
     expect=rec("cancellation", "sekretariat@elternverband-ms.example", "Dr. Leyla Karaca-Brandt", "Interkultureller Elternverband Münster e.V.", [], None, "de"))

# 058 question de: already registered, asks which entrance and when doors open, bike parking; no change
mail("brandhorst-eingang-frage", date=d(3, 10, 16, 51),
     from_hdr=("Lukas Brandhorst", "l.brandhorst@aufbruch-ms.example"),
     subject="Frage zu Samstag",
     body=text("""Hallo,

kurze Frage für Samstag: Welcher Eingang vom Stadtweinhaus ist es, und ab
wann ist Einlass? Ich komme mit dem Rad - kann man das irgendwo abstellen?

Danke!
Lukas Brandhorst"""),
     expect=rec("question", "l.brandhorst@aufbruch-ms.example", "Lukas Brandhorst", None, [], None, "de"))

# 059 other: phishing "mailbox 98 % full", HTML-only utf-8 base64
mail("phishing-postfach", date=d(3, 11, 3, 17, UTC),
     from_hdr=("Postmaster Team", "security-alert@mailbox-verify.example"),
     subject="Ihr Postfach mso-tag@muenster.example ist zu 98 % voll",
     body=html(None, cte="base64", raw="""<html><body>
<p>Sehr geehrter Nutzer,</p>
<p>Ihr Postfach <b>mso-tag@muenster.example</b> hat 98 % des Speicherplatzes erreicht. Eingehende Nachrichten werden ab morgen abgewiesen.</p>
<p><a href="http://mailbox-verify.example/login?u=mso-tag">Jetzt Speicher kostenlos erweitern</a></p>
<p>Ihr Postmaster Team</p>
</body></html>"""),
     expect=nobody("other"))

# 060 cancellation de: the day before, from the phone, "kann morgen leider nicht", no quote, us-ascii 7bit
mail("haddad-morgen-krank", date=d(3, 12, 20, 3),
     from_hdr=("Tarek Haddad", "tarek.haddad@mobil-mail.example"),
     subject="morgen",
     body=text("Hi, kann morgen leider nicht kommen, liege mit Fieber im Bett. Sorry!\nTarek\n\n\n\n"
               "Von meinem Samsung Galaxy Smartphone gesendet.", charset="us-ascii", cte="7bit"),
     expect=rec("cancellation", "tarek.haddad@mobil-mail.example", "Tarek Haddad", None, [], None, "de"))


# ===========================================================================
# generation, validation, --check, --stats
# ===========================================================================
FIELDS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
ALLOWED = ("example.org", "example.com", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    return dom.endswith(".example") or dom in ALLOWED or any(dom.endswith("." + a) for a in ALLOWED)


def generate():
    files, expected = {}, {}
    for n, m in enumerate(MAILS, 1):
        name = f"{n:03d}-{m['slug']}.eml"
        m.setdefault("mid", f"{m['date'].strftime('%Y%m%d%H%M%S')}.{n:03d}.{m['slug'][:12]}@{m['from_hdr'][1].split('@')[1].lower()}")
        files[name] = build(m, n)
        expected[name] = {k: m["expect"][k] for k in FIELDS}
    return files, expected


def expected_bytes(expected):
    return (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def validate(files, expected):
    errors = []
    last = None
    for name, data in files.items():
        def err(msg):
            errors.append(f"{name}: {msg}")
        for i, line in enumerate(data.split(b"\r\n"), 1):
            if len(line) > 998:
                err(f"line {i} longer than 998 octets")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts = []
        for key in msg.keys():
            for value in msg.get_all(key):
                if getattr(value, "defects", None):
                    err(f"header {key}: {value.defects}")
                texts.append(str(value))
        for part in msg.walk():
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_multipart():
                charset = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    texts.append(payload.decode(charset, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"{ctype} does not decode as {charset}: {e}")
            elif part.get_content_maintype() not in ("multipart", "message") and part.get_payload() and not part.is_multipart():
                part.get_payload(decode=True)
            if part.defects:
                err(f"{ctype}: defects {part.defects}")
            raw = part.get_payload()
            if (str(part.get("content-transfer-encoding", "7bit")).lower() == "7bit" and isinstance(raw, str)
                    and not raw.isascii()):
                err(f"{ctype}: declared 7bit but carries 8-bit octets")
        if msg.defects:
            err(f"defects {msg.defects}")
        for t in texts:
            for dom in ADDR_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(dom):
                    err(f"non-example domain {dom}")
        date = email.utils.parsedate_to_datetime(str(msg["date"]))
        if last is not None and date <= last:
            err("Date does not rise")
        last = date
        rec_ = expected[name]
        if tuple(rec_) != FIELDS:
            err("record lacks keys")
        if rec_["kind"] not in KINDS:
            err("bad kind")
        if rec_["kind"] in ("auto_reply", "bounce", "other"):
            if any(rec_[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
                err("machine/other mail must have null person fields")
        else:
            if not rec_["email"] or rec_["email"] != rec_["email"].lower() or not rec_["language"]:
                err("person mail needs lower-case email and language")
        if (rec_["kind"] == "bounce") != (rec_["bounced_recipient"] is not None):
            err("bounced_recipient only and always for bounces")
        if rec_["kind"] == "registration" and not isinstance(rec_["party_size"], int):
            err("registration needs party_size")
        if rec_["kind"] in ("question", "cancellation") and rec_["party_size"] is not None:
            err("party_size must be null")
        if not isinstance(rec_["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in rec_["workgroups"]):
            err("bad workgroups")
    return errors


def stats(expected):
    kinds, langs = {}, {}
    for r in expected.values():
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        if r["language"]:
            langs[r["language"]] = langs.get(r["language"], 0) + 1
    print(f"mails: {len(expected)}")
    print("kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if k in kinds))
    print("languages (person mails): " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))


def main(argv):
    files, expected = generate()
    errors = validate(files, expected)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        diff = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        diff += [f"missing or extra: {n}" for n in sorted(on_disk ^ set(files))]
        diff += [f"differs: {n}" for n in sorted(set(files) & on_disk) if (mails_dir / n).read_bytes() != files[n]]
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_bytes() != expected_bytes(expected):
            diff.append("differs: expected.json")
        if diff:
            print("\n".join(diff), file=sys.stderr)
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, data in files.items():
        (mails_dir / n).write_bytes(data)
    (HERE / "expected.json").write_bytes(expected_bytes(expected))
    # re-read what is on disk and validate it again
    disk = {n: (mails_dir / n).read_bytes() for n in files}
    errors = validate(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
