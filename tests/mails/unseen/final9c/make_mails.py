#!/usr/bin/env python3
"""Evaluation set "final9c": the last week before the registration deadline.

MSO-Tag 2027 (config.toml = a copy of dev's).  50 mails arriving between
Saturday 27 February and Monday 8 March 2027 (deadline: Saturday 6 March,
23:59): late registrations, association lists, replies to the office's
confirmation mail (change / add / remove / cancel), HTML-only mails,
out-of-office replies, bounces, on-behalf registrations and people writing
twice.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic output.
"""

import base64
import hashlib
import json
import quopri
import re
import struct
import sys
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

REG = "mso-tag@muenster.example"
OFFICE_NAME = "Tag der Migrantenselbstorganisationen"
SUBJ_CONF = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
WG_IDS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def enc_body(text, charset, cte):
    raw = text.encode(charset)                       # strict: fails on unmappable chars
    if cte == "7bit":
        assert max(raw, default=0) < 128, "7bit body with 8-bit bytes"
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="",
              extra_headers=""):
    """A complete text/* entity (headers, blank line, encoded body), "\\n" line ends."""
    if not text.endswith("\n"):
        text += "\n"
    head = (f'Content-Type: text/{subtype}; charset="{charset}"{params}\n'
            f"Content-Transfer-Encoding: {cte}\n{extra_headers}\n")
    body = enc_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def binary_part(data, ctype, filename=None, cid=None, inline=False):
    head = f"Content-Type: {ctype}"
    if filename:
        head += f'; name="{filename}"'
    head += "\nContent-Transfer-Encoding: base64\n"
    if cid:
        head += f"Content-ID: <{cid}>\n"
    if filename:
        disp = "inline" if inline else "attachment"
        head += f'Content-Disposition: {disp}; filename="{filename}"\n'
    return (head + "\n").encode("ascii") + base64.encodebytes(data)


def raw_part(head, body):
    """An entity given literally (for message/delivery-status and the like)."""
    if not body.endswith("\n"):
        body += "\n"
    return (head + "\n" + body).encode("ascii")


def multipart(subtype, boundary, parts, params="", preamble=True):
    out = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"\n\n'.encode("ascii")
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=charset)


def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode()


def msgid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def build(slug, date, frm, subject, entity, *, to=None, cc=None, reply_to=None,
          domain=None, in_reply_to=None, extra=(), subject_charset="utf-8", mime=True):
    """Assemble a complete message; returns bytes with CRLF line ends."""
    if domain is None:
        domain = re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    to = to if to is not None else addr(OFFICE_NAME, REG)
    lines = [
        f"Received: from {domain} ([198.51.100.{sum(slug.encode()) % 250 + 1}])\n"
        f"\tby mx01.muenster.example (Postfix) with ESMTPS\n"
        f"\tfor <{REG}>; {date}",
        f"Date: {date}",
        f"From: {frm}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"Subject: {hdr(subject, subject_charset)}")
    lines.append(f"Message-ID: {msgid(slug, domain)}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append(f"References: {in_reply_to}")
    lines.extend(extra)
    if mime:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + entity
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


def conf_id(n):
    return f"<bestaetigung-{n}@muenster.example>"


AG_LINE = {
    "AG1": "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    """The office's confirmation mail as people quote it back."""
    greeting = f"Guten Tag {anrede},\n" if anrede else "Guten Tag,\n"
    return (
        greeting
        + "\n"
        "vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.\n"
        "Ihre Anmeldung ist hiermit bestätigt.\n"
        "\n"
        "Datum: Samstag, 13. März 2027, 10:00 - 16:00 Uhr\n"
        "Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster\n"
        f"Arbeitsgruppe: {AG_LINE[ag]}\n"
        f"Angemeldete Personen: {persons}\n"
        "\n"
        "Sie möchten etwas ändern oder können doch nicht kommen? Dann antworten Sie\n"
        "einfach auf diese E-Mail.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Ihr Organisationsteam\n"
        "Tag der Migrantenselbstorganisationen\n"
        "Stadt Münster\n"
    )


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


def outlook_html(inner, charset, lang="DE"):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        "<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "/* Font Definitions */\n"
        "@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
        "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "/* Style Definitions */\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\t"
        "mso-fareast-language:EN-US;}\n"
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\t"
        "text-decoration:underline;}\n"
        "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\t"
        "font-family:\"Calibri\",sans-serif;\n\tcolor:windowtext;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n"
        "</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{inner}"
        "</div>\n"
        "</body>\n"
        "</html>\n"
    )


def mso_paras(text):
    """Plain text -> Outlook paragraphs (one <p class=MsoNormal> per line)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line:
            out.append(f'<p class="MsoNormal">{line}<o:p></o:p></p>\n')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    return "".join(out)


def tiny_png(rgb=(0xC0, 0x20, 0x30), size=8):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


def tiny_pdf(lines):
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        f"({ln}) '\n" for ln in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------

def rec(kind, email=None, name=None, org=None, wgs=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def reg(email, name, org, wgs, party, lang):
    return rec("registration", email, name, org, wgs, party, lang)


def chg(email, name, org, wgs, party, lang):
    return rec("change", email, name, org, wgs, party, lang)


def cancel(email, name, org, lang):
    return rec("cancellation", email, name, org, (), None, lang)


def question(email, name, org, lang):
    return rec("question", email, name, org, (), None, lang)


def auto():
    return rec("auto_reply")


def bounce(addr_):
    return rec("bounce", bounced=addr_.lower())


def other():
    return rec("other")


MAILS = []


def mail(slug, expected):
    def deco(fn):
        MAILS.append((slug, fn, expected))
        return fn
    return deco


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 Ordinary formal single registration, plain UTF-8 quoted-printable; AG named
#     by roman numeral and title in German quotation marks.
@mail("okonkwo-formal-single", reg("c.okonkwo@afrika-kulturverein.example", "Chiamaka Okonkwo",
      "Afrikanischer Kulturverein Münster e.V.", ["AG1"], 1, "de"))
def m001(slug):
    text = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zum Tag der Migrantenselbstorganisationen
am 13. März 2027 im Stadtweinhaus an.

Gerne würde ich an der Arbeitsgruppe I „Menschen mit Migrationsvorgeschichte
im Bildungssystem“ teilnehmen. In unserem Verein betreuen wir seit drei Jahren
eine Hausaufgabenhilfe für Kinder aus afrikanischen Familien, das Thema liegt
uns daher sehr am Herzen.

Mit freundlichen Grüßen

Chiamaka Okonkwo
1. Vorsitzende
Afrikanischer Kulturverein Münster e.V.
Hammer Straße 112
48153 Münster
Tel. 0251 / 98 76 54 3
"""
    return build(slug, "Sat, 27 Feb 2027 09:14:22 +0100",
                 addr("Chiamaka Okonkwo", "c.okonkwo@afrika-kulturverein.example"),
                 "Anmeldung Tag der Migrantenselbstorganisationen 2027",
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 extra=["User-Agent: Mozilla Thunderbird"])


# 002 Turkish association list: three members in a dash list, writer is the first;
#     party size only implicit in the list ("Üçümüz" = the three of us); ISO-8859-9 QP.
@mail("demir-tr-veliler-list", reg("aysedemir@veliler-dernegi.example", "Ayşe Demir",
      "Münster Türk Veliler Derneği e.V.", ["AG1"], 3, "tr"))
def m002(slug):
    text = """Merhaba,

Derneğimiz adına 13 Mart'taki Göçmen Öz Örgütleri Günü'ne (MSO-Tag) katılmak
istiyoruz. Bizden gelecek kişiler:

- Ayşe Demir (dernek başkanı)
- Emre Koç (yönetim kurulu üyesi)
- Zeynep Aydın (veli temsilcisi)

Üçümüz de 1. çalışma grubuna, yani eğitim sistemi konusuna katılmak istiyoruz.
Okullarda velilerle yaptığımız çalışmaları orada paylaşmak isteriz.

Almanca yazamadığım için kusura bakmayın, kızım bugün yardım edemedi :)

Saygılarımla,
Ayşe Demir
Başkan / Vorsitzende
Münster Türk Veliler Derneği e.V.
"""
    return build(slug, "Sat, 27 Feb 2027 11:40:05 +0100",
                 addr("Ayşe Demir", "aysedemir@veliler-dernegi.example", "iso-8859-9"),
                 "MSO Günü 2027 - Kayıt (Türk Veliler Derneği)",
                 text_part(text, charset="iso-8859-9", cte="quoted-printable"),
                 subject_charset="iso-8859-9")


# 003 Outlook out-of-office answering the office's invitation circular, with
#     Auto-Submitted and X-Auto-Response-Suppress; multipart/alternative.
@mail("terhorst-outlook-abwesenheit", auto())
def m003(slug):
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 05.03.2027, nicht im Büro und habe in dieser
Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat des
Stadtteilzentrums unter 0251 / 12 34 56 oder sekretariat@stz-hiltrup.example.

Mit freundlichen Grüßen
Reinhold Terhorst
Stadtteilzentrum Hiltrup
"""
    html = outlook_html(mso_paras(text.replace("\u00fc", "&uuml;")), "utf-8")
    ent = multipart("alternative", "_000_AM6PR0102MB3310TERHORST_", [
        text_part(text, charset="utf-8", cte="quoted-printable"),
        text_part(html, subtype="html", charset="utf-8", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Sat, 27 Feb 2027 14:02:41 +0100",
                 addr("Terhorst, Reinhold", "r.terhorst@stz-hiltrup.example"),
                 "Automatische Antwort: Einladung: Tag der Migrantenselbstorganisationen am 13. März 2027",
                 ent, in_reply_to="<einladung-mso-2027@muenster.example>",
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                        "Thread-Topic: Einladung: Tag der Migrantenselbstorganisationen",
                        "X-MS-Exchange-Inbox-Rules-Loop: r.terhorst@stz-hiltrup.example"])


# 004 Secretary registers her board colleague (treasurer) and asks that the
#     confirmation go to his address (also in Cc); she herself does not come.
#     Outlook multipart/alternative, windows-1252 QP, long disclaimer.
@mail("kettelhack-for-kassenwart", reg("farid.sultani@dafi-muenster.example", "Farid Sultani",
      "Deutsch-Afghanische Freundschaftsinitiative Münster e.V.", ["AG3"], 1, "de"))
def m004(slug):
    text = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

im Auftrag unseres Vorstands möchte ich unseren Kassenwart, Herrn Farid Sultani,
für den Tag der Migrantenselbstorganisationen am 13.03.2027 anmelden.

Herr Sultani möchte gerne an der Arbeitsgruppe 3 (Förderungsmöglichkeiten und
effektives Vereinsmanagement) teilnehmen, da er sich bei uns um die Anträge
und Verwendungsnachweise kümmert.

Bitte senden Sie die Anmeldebestätigung direkt an ihn:
farid.sultani@dafi-muenster.example (ich habe ihn in CC gesetzt).

Ich selbst bin an dem Tag leider beruflich verhindert.

Mit freundlichen Grüßen
i. A. Sabine Kettelhack
Schriftführerin

Deutsch-Afghanische Freundschaftsinitiative Münster e.V.
Geschäftsstelle: Wolbecker Straße 21, 48155 Münster
Vereinsregister: Amtsgericht Münster VR 4711
www.dafi-muenster.example

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten
haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht
gestattet.
"""
    html = outlook_html(mso_paras(text), "windows-1252")
    ent = multipart("alternative", "_000_VI1PR07MB5EDKETTELHACK_", [
        text_part(text, charset="windows-1252", cte="quoted-printable"),
        text_part(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Sat, 27 Feb 2027 18:25:13 +0100",
                 addr("Sabine Kettelhack", "kettelhack@dafi-muenster.example"),
                 "Anmeldung MSO-Tag – Herr Sultani (DAFI)", ent,
                 cc=addr("Farid Sultani", "farid.sultani@dafi-muenster.example"),
                 extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"])


# 005 HTML-only Outlook mail (multipart/related with an inline logo): association
#     table of four members, two in AG 2 and two in AG 3; the writer is the first row.
@mail("nguyen-html-table-four", reg("nguyen.thilan@vkv-muenster.example", "Thi Lan Nguyen",
      "Vietnamesischer Kultur- und Sportverein Münster e.V.", ["AG2", "AG3"], 4, "de"))
def m005(slug):
    rows = [("Thi Lan Nguyen", "Vorsitzende", "AG 2 Zukunftsprozess"),
            ("Van Minh Tran", "Kassenwart", "AG 3 Förderung"),
            ("Hoa Pham", "Jugendwartin", "AG 2 Zukunftsprozess"),
            ("Duc Anh Le", "Beisitzer", "AG 3 Förderung")]
    td = '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tr>\n'
             + "".join(f'{td}<p class="MsoNormal"><b>{h}</b><o:p></o:p></p></td>\n'
                       for h in ("Name", "Funktion im Verein", "Arbeitsgruppe"))
             + "</tr>\n"
             + "".join("<tr>\n" + "".join(f'{td}<p class="MsoNormal">{c}<o:p></o:p></p></td>\n'
                                           for c in r) + "</tr>\n" for r in rows)
             + "</table>\n")
    inner = (mso_paras("Sehr geehrte Damen und Herren,\n\n"
                       "der Vietnamesische Kultur- und Sportverein Münster e.V. meldet folgende "
                       "Mitglieder zum Tag der Migrantenselbstorganisationen am 13. März an:\n")
             + table
             + mso_paras("\nWir haben die Arbeitsgruppen untereinander aufgeteilt, damit wir "
                         "in beiden Themen vertreten sind.\n"
                         "Bitte schicken Sie die Bestätigungen gesammelt an mich.\n\n"
                         "Vielen Dank und freundliche Grüße\n\nThi Lan Nguyen\nVorsitzende\n"
                         "Vietnamesischer Kultur- und Sportverein Münster e.V.\n"
                         "Tel. 0251 / 27 27 27")
             + '<p class="MsoNormal"><img width="48" height="48" id="Grafik_x0020_1" '
               'src="cid:image001.png@01DB6A1F.vksv.example" alt="VKSV Logo"><o:p></o:p></p>\n')
    html = outlook_html(inner, "utf-8")
    ent = multipart("related", "_004_DB9PR02MB7FNGUYEN_", [
        text_part(html, subtype="html", charset="utf-8", cte="quoted-printable"),
        binary_part(tiny_png(), "image/png", "image001.png",
                    cid="image001.png@01DB6A1F.vksv.example", inline=True),
    ], params=' type="text/html";', preamble=False)
    return build(slug, "Sun, 28 Feb 2027 10:05:57 +0100",
                 addr("Thi Lan Nguyen", "nguyen.thilan@vkv-muenster.example"),
                 "Anmeldung VKSV Münster zum MSO-Tag", ent,
                 extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtZ1x8fN2qkVKSV"])


# 006 English single from Gmail (multipart/alternative), casual; "Workshop 2"
#     plus a paraphrase of the title; Date in UTC.
@mail("nwosu-en-gmail-single", reg("emeka.nwosu@mail.example", "Emeka Nwosu",
      "Nigerian Community Münster e.V.", ["AG2"], 1, "en"))
def m006(slug):
    text = """Hi there,

I'd like to register for the MSO Day on 13 March at the Stadtweinhaus. I saw the
invitation on the Integration Council's Facebook page (hope English is ok!).

Workshop 2 - Münster's future process - sounds the most relevant for us, since
we've been trying to get involved in city planning for a while now.

Cheers,
Emeka

--
Emeka Nwosu
General Secretary
Nigerian Community Münster e.V.
+49 176 0000 0000
"""
    html = ('<div dir="ltr"><div>Hi there,</div><div><br></div><div>I&#39;d like to register '
            'for the MSO Day on 13 March at the Stadtweinhaus. I saw the invitation on the '
            'Integration Council&#39;s Facebook page (hope English is ok!).</div><div><br></div>'
            '<div>Workshop 2 - Münster&#39;s future process - sounds the most relevant for us, '
            'since we&#39;ve been trying to get involved in city planning for a while now.</div>'
            '<div><br></div><div>Cheers,</div><div>Emeka</div><div><br></div>-- <br>'
            '<div dir="ltr" class="gmail_signature"><div dir="ltr">Emeka Nwosu<div>General '
            'Secretary</div><div>Nigerian Community Münster e.V.</div><div>+49 176 0000 0000'
            '</div></div></div></div>\n')
    ent = multipart("alternative", "000000000000a1b2c3d4e5f60617", [
        text_part(text, charset="UTF-8", cte="quoted-printable"),
        text_part(html, subtype="html", charset="UTF-8", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Sun, 28 Feb 2027 15:31:12 +0000",
                 addr("Emeka Nwosu", "emeka.nwosu@mail.example"),
                 "Registration MSO Day", ent)


# 007 Arabic single, base64 UTF-8; "the second workgroup" in words; the name in
#     the signature (Arabic script) beats the Latin From display name.
@mail("alhassan-ar-single", reg("rana.hassan@mail.example", "رنا الحسن",
      "الجمعية السورية للثقافة والاندماج في مونستر", ["AG2"], 1, "ar"))
def m007(slug):
    text = """السلام عليكم ورحمة الله،

أود التسجيل في يوم منظمات المهاجرين الذاتية (MSO-Tag) الذي سيقام يوم السبت 13 مارس 2027 في مونستر.

أرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر من منظور المهاجرين، لأننا نعمل منذ سنتين على مشاريع في الأحياء.

مع الشكر الجزيل،
رنا الحسن
عضوة الهيئة الإدارية
الجمعية السورية للثقافة والاندماج في مونستر
"""
    return build(slug, "Mon, 01 Mar 2027 08:47:30 +0100",
                 addr("Rana Al-Hassan", "rana.hassan@mail.example"),
                 "التسجيل - يوم منظمات المهاجرين 2027",
                 text_part(text, charset="utf-8", cte="base64"))


# 008 Same person twice (1/2): short phone mail, AG 2, 8bit UTF-8.
@mail("kowalczyk-first-ag2", reg("marta.kowalczyk@polonia-ms.example", "Marta Kowalczyk",
      "Polonia Münster e.V.", ["AG2"], 1, "de"))
def m008(slug):
    text = """Hallo,
hiermit melde ich mich für den MSO Tag am 13.3. an, AG 2.
Viele Grüße
Marta Kowalczyk
Polonia Münster e.V.

Von meinem iPhone gesendet
"""
    return build(slug, "Mon, 01 Mar 2027 12:03:09 +0100",
                 addr("Marta Kowalczyk", "marta.kowalczyk@polonia-ms.example"),
                 "Anmeldung MSO Tag",
                 text_part(text, charset="utf-8", cte="8bit"),
                 extra=["X-Mailer: iPhone Mail (20D67)"])


# 009 Same person twice (2/2): corrects her own mail 40 minutes later - AG 3 instead
#     of AG 2 and a colleague comes along (2 persons). Her first mail (AG 2) is quoted.
@mail("kowalczyk-correction-ag3", chg("marta.kowalczyk@polonia-ms.example", "Marta Kowalczyk",
      "Polonia Münster e.V.", ["AG3"], 2, "de"))
def m009(slug):
    first = """Hallo,
hiermit melde ich mich für den MSO Tag am 13.3. an, AG 2.
Viele Grüße
Marta Kowalczyk
Polonia Münster e.V.

Von meinem iPhone gesendet
"""
    text = ("Sorry, Korrektur!! Ich meinte natürlich AG 3 (Förderung / Vereinsmanagement), "
            "nicht AG 2. Hab mich vertippt.\n\n"
            "Und meine Kollegin Agnieszka Nowak kommt auch mit, also bitte 2 Personen.\n\n"
            "Danke und sorry für das Durcheinander\nMarta\n\nVon meinem iPhone gesendet\n\n"
            "> Am 01.03.2027 um 12:03 schrieb Marta Kowalczyk "
            "<marta.kowalczyk@polonia-ms.example>:\n>\n" + quote(first))
    return build(slug, "Mon, 01 Mar 2027 12:41:55 +0100",
                 addr("Marta Kowalczyk", "marta.kowalczyk@polonia-ms.example"),
                 "Re: Anmeldung MSO Tag",
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=msgid("kowalczyk-first-ag2", "polonia-ms.example"),
                 extra=["X-Mailer: iPhone Mail (20D67)"])


# 010 Russian single in KOI8-R, 8bit; first choice group 3, fallback group 1.
@mail("smirnova-ru-koi8-fallback", reg("olga.smirnova@dialog-ev.example", "Ольга Смирнова",
      'Культурный центр "Диалог" e.V.', ["AG3", "AG1"], 1, "ru"))
def m010(slug):
    text = """Здравствуйте!

Хочу зарегистрироваться на День организаций мигрантов 13 марта в Штадтвайнхаусе.
Больше всего меня интересует рабочая группа 3 (возможности финансирования и
управление объединением). Если там уже не будет мест, то запишите меня, пожалуйста,
в группу 1.

Извините, что пишу по-русски, по-немецки мне пока сложно писать официальные письма.

С уважением,
Ольга Смирнова
Культурный центр "Диалог" e.V.
Мюнстер
"""
    return build(slug, "Mon, 01 Mar 2027 19:20:44 +0100",
                 addr("Ольга Смирнова", "olga.smirnova@dialog-ev.example", "koi8-r"),
                 "Регистрация на MSO-Tag",
                 text_part(text, charset="koi8-r", cte="8bit"),
                 subject_charset="koi8-r")


# 011 Change of workgroup, Outlook top-posted reply: the confirmation (AG 1) follows
#     an "-----Ursprüngliche Nachricht-----" block without ">" markers. New: AG 2,
#     named only as "Arbeitsgruppe zum Zukunftsprozess". windows-1252 QP.
@mail("ruiz-outlook-umbuchen-ag2", chg("daniela.ruiz@latinoamerica-ms.example", "Daniela Ruiz",
      "Casa Latinoamericana Münster e.V.", ["AG2"], None, "de"))
def m011(slug):
    text = ("Guten Morgen,\n\n"
            "könnten Sie mich bitte in die Arbeitsgruppe zum Zukunftsprozess umbuchen?\n"
            "Das Thema Bildung ist bei uns inzwischen durch eine andere Kollegin abgedeckt.\n\n"
            "Danke und Gruß\n"
            "Daniela Ruiz\n"
            "Casa Latinoamericana Münster e.V.\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> \n"
            "Gesendet: Montag, 22. Februar 2027 14:03\n"
            "An: Ruiz, Daniela <daniela.ruiz@latinoamerica-ms.example>\n"
            f"Betreff: {SUBJ_CONF}\n\n"
            + confirmation("Frau Ruiz", "AG1", 1))
    return build(slug, "Tue, 02 Mar 2027 09:10:03 +0100",
                 addr("Ruiz, Daniela", "daniela.ruiz@latinoamerica-ms.example"),
                 "AW: " + SUBJ_CONF,
                 text_part(text, charset="windows-1252", cte="quoted-printable"),
                 in_reply_to=conf_id(1011),
                 extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + hdr(SUBJ_CONF)])


# 012 Greek single with his wife (party 2), ISO-8859-7 QP; "the second working group".
@mail("athanasiou-el-with-wife", reg("g.athanasiou@elliniki-koinotita.example", "Γεώργιος Αθανασίου",
      "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 2, "el"))
def m012(slug):
    text = """Καλημέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών (MSO-Tag) στις
13 Μαρτίου, μαζί με τη σύζυγό μου Ελένη. Είμαστε δηλαδή δύο άτομα.

Μας ενδιαφέρει η δεύτερη ομάδα εργασίας, για το «Zukunftsprozess» της πόλης.

Με εκτίμηση,
Γεώργιος Αθανασίου
Ταμίας
Ελληνική Κοινότητα Μύνστερ
"""
    return build(slug, "Tue, 02 Mar 2027 13:30:18 +0100",
                 addr("Γεώργιος Αθανασίου", "g.athanasiou@elliniki-koinotita.example", "iso-8859-7"),
                 "Δήλωση συμμετοχής MSO-Tag 13/3",
                 text_part(text, charset="iso-8859-7", cte="quoted-printable"),
                 subject_charset="iso-8859-7")


# 013 Bounce: German Postfix DSN (multipart/report with message/delivery-status and
#     text/rfc822-headers) for a confirmation sent to a mistyped address.
@mail("bounce-postfix-dsn-de", bounce("rezaei.h@web-post.example"))
def m013(slug):
    text = """Dies ist eine automatisch erzeugte Nachricht des Mailservers
mx01.muenster.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Der Fehler ist dauerhaft, es werden keine weiteren
Zustellversuche unternommen.

Bei Fragen wenden Sie sich bitte an <postmaster@muenster.example>.

                   Das Mailsystem

<rezaei.h@web-post.example>: host mx.web-post.example[192.0.2.25] said: 550
    5.1.1 <rezaei.h@web-post.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx01.muenster.example
X-Postfix-Queue-ID: 4F2A81C0B3
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Tue,  2 Mar 2027 15:04:51 +0100

Final-Recipient: rfc822; rezaei.h@web-post.example
Original-Recipient: rfc822;rezaei.h@web-post.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.web-post.example
Diagnostic-Code: smtp; 550 5.1.1 <rezaei.h@web-post.example>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    headers = f"""Return-Path: <mso-tag@muenster.example>
Received: by mx01.muenster.example (Postfix, from userid 1002)
\tid 4F2A81C0B3; Tue,  2 Mar 2027 15:04:51 +0100 (CET)
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Hamid Rezaei <rezaei.h@web-post.example>
Subject: {hdr(SUBJ_CONF)}
Message-ID: <bestaetigung-1013@muenster.example>
Auto-Submitted: auto-replied
Date: Tue, 02 Mar 2027 15:04:50 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
    ent = multipart("report", "4F2A81C0B3.1740924291/mx01.muenster.example", [
        text_part(text, charset="utf-8", cte="quoted-printable",
                  extra_headers="Content-Description: Notification\n"),
        raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n",
                 status),
        raw_part("Content-Description: Undelivered Message Headers\n"
                 "Content-Type: text/rfc822-headers\n", headers),
    ], params=" report-type=delivery-status;")
    return build(slug, "Tue, 02 Mar 2027 15:05:02 +0100",
                 addr("Mail Delivery System", "MAILER-DAEMON@mx01.muenster.example"),
                 "Unzustellbar: " + SUBJ_CONF, ent, to=REG,
                 extra=["Auto-Submitted: auto-replied"])


# 014 Pure ASCII 7bit single: umlauts written as oe/ue, "AG III", organisation
#     name spelled "Muenster".
@mail("noori-ascii-ag-iii", reg("noori.ahmad@mail.example", "Ahmad Noori",
      "Afghanischer Kulturverein Muenster e.V.", ["AG3"], 1, "de"))
def m014(slug):
    text = """Sehr geehrte Frau Meza Correa-Flock,

ich moechte mich fuer den MSO-Tag am 13. Maerz anmelden.

Arbeitsgruppe: Foerderungsmoeglichkeiten (AG III)
Verein: Afghanischer Kulturverein Muenster e.V.

Mit freundlichen Gruessen
Ahmad Noori
Kassenwart
"""
    return build(slug, "Tue, 02 Mar 2027 20:48:36 +0100",
                 addr("Ahmad Noori", "noori.ahmad@mail.example"),
                 "Anmeldung MSO-Tag",
                 text_part(text, charset="us-ascii", cte="7bit"))


# 015 Newsletter of a regional network (List-Id, Precedence: bulk) that mentions
#     the MSO-Tag, its deadline, the registration address and all three AGs.
@mail("rundbrief-netzwerk-newsletter", other())
def m015(slug):
    text = """Rundbrief März 2027 - Netzwerk Migrantenorganisationen NRW
=========================================================

Liebe Mitgliedsorganisationen, liebe Freundinnen und Freunde,

1) TERMINE IM MÄRZ

* 13.03.2027, Münster: Tag der Migrantenselbstorganisationen im Stadtweinhaus.
  Drei Arbeitsgruppen: Bildung, Münsters Zukunftsprozess, Förderung und
  Vereinsmanagement. Anmeldung bis 06.03. an mso-tag@muenster.example.

* 20.03.2027, Dortmund: Fachtag "Ehrenamt stärken" (Anmeldung über unsere
  Website).

2) FÖRDERPROGRAMME

Das Landesprogramm "Vielfalt vor Ort" nimmt wieder Anträge an, Frist ist der
30. April 2027. Eine Infoveranstaltung findet online statt.

3) AUS DEN MITGLIEDSVEREINEN

Der Kongolesische Kulturverein Bielefeld feiert sein 25-jähriges Bestehen.
Herzlichen Glückwunsch!

--
Netzwerk Migrantenorganisationen NRW e.V.
https://www.mso-netzwerk-nrw.example
Sie erhalten diesen Rundbrief, weil Sie sich dafür angemeldet haben.
Abmelden: https://www.mso-netzwerk-nrw.example/rundbrief/abmelden
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif\">\n"
            "<h2>Rundbrief März 2027</h2>\n"
            "<p>Liebe Mitgliedsorganisationen, liebe Freundinnen und Freunde,</p>\n"
            "<h3>1) Termine im März</h3>\n<ul>\n"
            "<li><b>13.03.2027, Münster:</b> Tag der Migrantenselbstorganisationen im "
            "Stadtweinhaus. Drei Arbeitsgruppen: Bildung, Münsters Zukunftsprozess, Förderung "
            "und Vereinsmanagement. Anmeldung bis 06.03. an "
            "<a href=\"mailto:mso-tag@muenster.example\">mso-tag@muenster.example</a>.</li>\n"
            "<li><b>20.03.2027, Dortmund:</b> Fachtag &bdquo;Ehrenamt stärken&ldquo;</li>\n"
            "</ul>\n<h3>2) Förderprogramme</h3>\n"
            "<p>Das Landesprogramm &bdquo;Vielfalt vor Ort&ldquo; nimmt wieder Anträge an, Frist "
            "ist der 30. April 2027.</p>\n"
            "<h3>3) Aus den Mitgliedsvereinen</h3>\n"
            "<p>Der Kongolesische Kulturverein Bielefeld feiert sein 25-jähriges Bestehen.</p>\n"
            "<hr><p style=\"font-size:small\">Netzwerk Migrantenorganisationen NRW e.V. &middot; "
            "<a href=\"https://www.mso-netzwerk-nrw.example/rundbrief/abmelden\">Abmelden</a>"
            "</p>\n</body></html>\n")
    ent = multipart("alternative", "==nl-2027-03-7f3a==", [
        text_part(text, charset="utf-8", cte="quoted-printable"),
        text_part(html, subtype="html", charset="utf-8", cte="quoted-printable"),
    ])
    return build(slug, "Wed, 03 Mar 2027 07:00:00 +0100",
                 addr("Netzwerk Migrantenorganisationen NRW", "rundbrief@mso-netzwerk-nrw.example"),
                 "Rundbrief März 2027: Termine, Förderprogramme, Neues aus den Vereinen", ent,
                 to="rundbrief-empfaenger@mso-netzwerk-nrw.example",
                 extra=["List-Id: Rundbrief <rundbrief.mso-netzwerk-nrw.example>",
                        "List-Unsubscribe: <https://www.mso-netzwerk-nrw.example/rundbrief/abmelden>",
                        "Precedence: bulk"])


# 016 Italian single, ISO-8859-1 QP; "il primo" workgroup plus its German title.
@mail("ferraro-it-scuola", reg("giulia.ferraro@circolo-italiano.example", "Giulia Ferraro",
      "Circolo Culturale Italiano di Münster", ["AG1"], 1, "it"))
def m016(slug):
    text = """Buongiorno,

mi chiamo Giulia Ferraro e lavoro come insegnante di italiano (corsi di lingua
d'origine) per il Circolo Culturale Italiano di Münster. Vorrei iscrivermi alla
giornata delle organizzazioni dei migranti del 13 marzo.

Mi interesserebbe il gruppo di lavoro sulla scuola, cioè il primo ("Menschen mit
Migrationsvorgeschichte im Bildungssystem").

Scusate se scrivo in italiano, il mio tedesco scritto non è ancora perfetto.
Però capisco bene, quindi la lingua del convegno non è un problema.

Cordiali saluti
Giulia Ferraro
Circolo Culturale Italiano di Münster
"""
    return build(slug, "Wed, 03 Mar 2027 10:15:47 +0100",
                 addr("Giulia Ferraro", "giulia.ferraro@circolo-italiano.example"),
                 "Iscrizione giornata MSO 13 marzo",
                 text_part(text, charset="iso-8859-1", cte="quoted-printable"),
                 extra=["User-Agent: Roundcube Webmail/1.6.5"])


# 017 Association list in learner German: five members as a bullet list, writer
#     first; everyone AG 2; asks whether leaving early is fine (still a registration).
@mail("tesfamariam-eritrea-five", reg("yonas.t@eritreische-gemeinde.example", "Yonas Tesfamariam",
      "Eritreische Gemeinde Münster e.V.", ["AG2"], 5, "de"))
def m017(slug):
    text = """Sehr geehrtes Team vom MSO-Tag,

wir als Eritreische Gemeinde Münster möchten gerne teilnehmen mit folgende Personen:

  * Yonas Tesfamariam (Vorsitzender)
  * Senait Ghebremedhin (Frauenbeauftragte)
  * Abraham Kidane (Kassierer)
  * Luwam Habte
  * Mehari Tesfay

Alle möchten zu die AG 2 Zukunftsprozess, weil wir wollen über ein Raum für die
Gemeinde sprechen. Herr Kidane muss leider schon um 14 Uhr gehen, ist das ok?

Mit freundliche Grüße
Yonas Tesfamariam
Vorsitzender Eritreische Gemeinde Münster e.V.
"""
    return build(slug, "Wed, 03 Mar 2027 13:02:19 +0100",
                 addr("Yonas Tesfamariam", "yonas.t@eritreische-gemeinde.example"),
                 "Anmeldung Eritreische Gemeinde",
                 text_part(text, charset="utf-8", cte="8bit"))


# 018 Question from a shared association mailbox: is registering after 6 March
#     possible, numbers unknown until the board meets; registers no one.
@mail("anatolien-frage-nach-frist", question("info@anatolien-kultur.example", "Mustafa Güneş",
      "Kulturverein Anatolien Münster e.V.", "de"))
def m018(slug):
    text = """Guten Tag,

wir haben leider erst jetzt von Ihrer Veranstaltung am 13. März erfahren.
Kann man sich auch noch nach dem 6.3. anmelden? Unser Vorstand trifft sich
erst am 9. März und entscheidet dann, wer von uns hingeht.

Und noch eine Frage: Ist die Teilnahme kostenlos?

Vielen Dank im Voraus
Mustafa Güneş
Kulturverein Anatolien Münster e.V.
"""
    return build(slug, "Wed, 03 Mar 2027 16:44:02 +0100",
                 addr("Kulturverein Anatolien", "info@anatolien-kultur.example"),
                 "Frage zur Anmeldung",
                 text_part(text, charset="utf-8", cte="quoted-printable"))


# 019 Croatian single, windows-1250 QP ("ožujka" marks Croatian); third group.
@mail("maric-hr-cp1250", reg("ivana.maric@hrvatska-zajednica.example", "Ivana Marić",
      "Hrvatska zajednica Münster e.V.", ["AG3"], 1, "hr"))
def m019(slug):
    text = """Poštovani,

ovim putem prijavljujem svoje sudjelovanje na Danu migrantskih organizacija
13. ožujka 2027. u Münsteru.

Zanima me treća radna skupina – mogućnosti financiranja i učinkovito upravljanje
udrugom. Naša udruga osnovana je tek prošle godine pa nam je to trenutačno
najvažnija tema.

Lijep pozdrav,

Ivana Marić
tajnica
Hrvatska zajednica Münster e.V.
"""
    return build(slug, "Wed, 03 Mar 2027 21:10:31 +0100",
                 addr("Ivana Marić", "ivana.maric@hrvatska-zajednica.example", "windows-1250"),
                 "Prijava - Dan migrantskih organizacija",
                 text_part(text, charset="windows-1250", cte="quoted-printable"))


# 020 English out-of-office without any Auto-Submitted / X-Autoreply header.
@mail("okafor-ooo-no-headers", auto())
def m020(slug):
    text = """Thank you for your email.

I am currently travelling and will be back in the office on Monday, 15 March 2027.
During this time I will have only limited access to my emails.

For urgent matters regarding our youth projects, please contact
projects@intercultural-ms.example.

Best regards,
Hannah Okafor
Intercultural Youth Network Münster
"""
    return build(slug, "Thu, 04 Mar 2027 07:02:10 +0100",
                 addr("Hannah Okafor", "h.okafor@intercultural-ms.example"),
                 "Out of Office: " + SUBJ_CONF,
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=conf_id(1020))


# 021 Somali registration for herself and her sister (party 2), UTF-8 8bit;
#     "kooxda shaqada ee koowaad" = the first workgroup.
@mail("faadumo-so-with-sister", reg("faadumo.cali@mail.example", "Faadumo Cali Xasan",
      "Ururka Haweenka Soomaaliyeed ee Münster", ["AG1"], 2, "so"))
def m021(slug):
    text = """Asc,

Waxaan jeclaan lahaa inaan iska diiwaangeliyo Maalinta Ururada Muhaajiriinta
(MSO-Tag) ee dhacaysa 13-ka Maarso 2027.
Waxaa ila imanaysa walaashay Hodan Cali, sidaas darteed waxaan nahay laba qof.

Labadeenuba waxaan doonaynaa kooxda shaqada ee koowaad (waxbarashada,
"Bildungssystem").

Mahadsanid,
Faadumo Cali Xasan
Guddoomiyaha
Ururka Haweenka Soomaaliyeed ee Münster
"""
    return build(slug, "Thu, 04 Mar 2027 09:33:40 +0100",
                 addr("Faadumo Cali", "faadumo.cali@mail.example"),
                 "Diiwaangelin MSO-Tag",
                 text_part(text, charset="utf-8", cte="8bit"))


# 022 Add a person: bottom-posted Thunderbird reply (format=flowed) to the
#     confirmation (AG 2, 1 person); board colleague joins "same AG" -> party 2,
#     no workgroup named in the new text.
@mail("hagedorn-nachtragen-kollegin", chg("p.hagedorn@dt-freundeskreis.example", "Peter Hagedorn",
      "Deutsch-Türkischer Freundeskreis Münster", [], 2, "de"))
def m022(slug):
    text = ("Am 24.02.2027 um 10:12 schrieb Tag der Migrantenselbstorganisationen:\n"
            + quote(confirmation("Herr Hagedorn", "AG2", 1))
            + "\nHallo zusammen,\n\n"
            "danke für die Bestätigung. Meine Vorstandskollegin Frau Elif Yılmaz würde \n"
            "gern auch mitkommen - könnten Sie sie bitte noch nachtragen? Gleiche AG \n"
            "wie ich.\n\n"
            "Viele Grüße\n"
            "Peter Hagedorn\n\n"
            "-- \n"
            "Deutsch-Türkischer Freundeskreis Münster\n"
            "Schatzmeister\n")
    return build(slug, "Thu, 04 Mar 2027 11:15:22 +0100",
                 addr("Peter Hagedorn", "p.hagedorn@dt-freundeskreis.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="UTF-8", cte="8bit", params="; format=flowed"),
                 in_reply_to=conf_id(1022),
                 extra=["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"])


# 023 Amharic single, base64 UTF-8; body in Amharic, signature in Latin letters
#     with the German association name.
@mail("tesfaye-am-single", reg("selam.tesfaye@mail.example", "Selamawit Tesfaye",
      "Äthiopischer Gemeinschaftsverein Münster e.V.", ["AG2"], 1, "am"))
def m023(slug):
    text = """ጤና ይስጥልኝ፣

ማርች 13 ቀን 2027 በሙንስተር ከተማ በሚካሄደው የስደተኛ ማህበራት ቀን (MSO-Tag) ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ።

በሁለተኛው የስራ ቡድን (AG 2 – የሙንስተር የወደፊት ሂደት) ውስጥ መሳተፍ እፈልጋለሁ።

እናመሰግናለን።

Selamawit Tesfaye
Vorstandsmitglied
Äthiopischer Gemeinschaftsverein Münster e.V.
"""
    return build(slug, "Thu, 04 Mar 2027 14:20:09 +0100",
                 addr("Selamawit Tesfaye", "selam.tesfaye@mail.example"),
                 "ምዝገባ MSO-Tag 2027",
                 text_part(text, charset="utf-8", cte="base64"))


# 024 Turkish cancellation, top-posted reply; Turkish Outlook header block
#     (Kimden/Gönderildi/Kime/Konu) above the unquoted German confirmation.
@mail("celik-tr-iptal", cancel("hasan.celik@mail.example", "Hasan Çelik",
      "Münster Türk Toplumu Derneği", "tr"))
def m024(slug):
    text = ("Merhaba,\n\n"
            "maalesef 13 Mart'ta iş yerinde nöbetim çıktı, etkinliğe katılamayacağım.\n"
            "Kaydımı iptal edebilir misiniz? Yerime belki derneğimizden başka bir arkadaş\n"
            "gelir, o zaman kendisi size ayrıca yazacak.\n\n"
            "Anlayışınız için teşekkürler,\n"
            "Hasan Çelik\n"
            "Münster Türk Toplumu Derneği\n\n"
            "________________________________\n"
            "Kimden: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
            "Gönderildi: 22 Şubat 2027 Pazartesi 10:47\n"
            "Kime: Hasan Çelik <hasan.celik@mail.example>\n"
            f"Konu: {SUBJ_CONF}\n\n"
            + confirmation("Herr Çelik", "AG3", 1))
    return build(slug, "Thu, 04 Mar 2027 17:55:51 +0100",
                 addr("Hasan Çelik", "hasan.celik@mail.example"),
                 "YNT: " + SUBJ_CONF,
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=conf_id(1024))


# 025 Phone-typed learner German, all lower case, Android; "gruppe schule" =
#     alias of AG 1; organisation misspelled as written.
@mail("haddad-handy-kleinschreibung", reg("nadia.haddad@mail.example", "Nadia Haddad",
      "Marokanische Frauenverein Tiwizi", ["AG1"], 1, "de"))
def m025(slug):
    text = """hallo

ich heisse nadia haddad, ich bin vom marokanische frauenverein tiwizi in münster. ich möchte gern teilnehmen am 13.3., bitte gruppe schule (bildung)
ist es noch möglich??

danke schön und schönen abend
Nadia

Von meinem Samsung Galaxy Smartphone gesendet.
"""
    return build(slug, "Thu, 04 Mar 2027 20:30:14 +0100",
                 addr("nadia haddad", "nadia.haddad@mail.example"),
                 "anmeldung",
                 text_part(text, charset="UTF-8", cte="8bit"))


# 026 HTML-only webmail mail (no text part), ISO-8859-1 QP, entities and raw
#     umlauts mixed; professional (Caritas), "AG zu Münsters Zukunft".
@mail("albers-webmail-html-only", reg("jonas.albers@webpost.example", "Jonas Albers",
      "Caritasverband für die Stadt Münster e.V.", ["AG2"], 1, "de"))
def m026(slug):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=iso-8859-1\"></head><body><div style=\"font-family: Verdana;font-size: "
            "12.0px;\"><div>Guten Tag,</div>\n<div>&nbsp;</div>\n"
            "<div>hiermit melde ich mich f&uuml;r den Tag der Migrantenselbstorganisationen am "
            "13.03. an. Ich begleite in unserem Fachdienst mehrere junge Vereine und w&uuml;rde "
            "gern in die AG zu Münsters Zukunft gehen.</div>\n<div>&nbsp;</div>\n"
            "<div>Vielen Dank und viele Grüße</div>\n<div>&nbsp;</div>\n"
            "<div>Jonas Albers<br>Sozialarbeiter (B.A.) | Fachdienst Integration und Migration"
            "<br>Caritasverband f&uuml;r die Stadt Münster e.V.<br>Tel. 0251 / 000 00-00</div>"
            "</div></body></html>\n")
    return build(slug, "Fri, 05 Mar 2027 08:05:33 +0100",
                 addr("Jonas Albers", "jonas.albers@webpost.example"),
                 "Anmeldung MSO-Tag 2027",
                 text_part(html, subtype="html", charset="iso-8859-1", cte="quoted-printable"),
                 extra=["X-Priority: 3", "X-Mailer: Webpost Freemail 7.2"])


# 027 English, shared association mailbox writes on behalf of the chairman and asks
#     to confirm to his own address (also in Cc); a possible second person is
#     explicitly undecided, so party stays 1.
@mail("ghana-union-for-chairman", reg("kwame.asante@ghana-union.example", "Kwame Asante",
      "Ghana Union Münster e.V.", ["AG3"], 1, "en"))
def m027(slug):
    text = """Dear Sir or Madam,

I am writing on behalf of our chairman, Mr Kwame Asante, who would like to attend
the MSO Day on 13 March. He would like to join Workgroup III (funding and
association management).

Please send the confirmation directly to him at kwame.asante@ghana-union.example
(copied in).

He may bring our treasurer along as well, but that has not been decided yet - we
will let you know separately.

Kind regards,
Abena Owusu
Secretary
Ghana Union Münster e.V.
"""
    html = ("<div dir=\"ltr\">" + "".join(
        f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in text.rstrip("\n").split("\n"))
        + "</div>\n")
    ent = multipart("alternative", "000000000000ghana0union0mail", [
        text_part(text, charset="UTF-8", cte="quoted-printable"),
        text_part(html, subtype="html", charset="UTF-8", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Fri, 05 Mar 2027 09:40:26 +0100",
                 addr("Ghana Union Münster", "info@ghana-union.example"),
                 "Registration for MSO Day - Mr Kwame Asante", ent,
                 cc=addr("Kwame Asante", "kwame.asante@ghana-union.example"))


# 028 Russian change of workgroup, base64 UTF-8, Gmail-style Russian quote header;
#     the new text names both the old (3rd) and the new (1st) group.
@mail("kovalenko-ru-change-ag1", chg("d.kovalenko@integration-ev.example", "Дмитрий Коваленко",
      "Integration e.V. Münster", ["AG1"], None, "ru"))
def m028(slug):
    text = ("Добрый день!\n\n"
            "Прошу перевести меня из третьей рабочей группы в первую (Bildung / образование).\n"
            "В третьей группе от нашего объединения уже будет коллега.\n\n"
            "Заранее спасибо!\n"
            "Дмитрий Коваленко\n"
            "Integration e.V. Münster\n\n"
            "пн, 22 февр. 2027 г. в 16:20, Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example>:\n\n"
            + quote(confirmation("Herr Kovalenko", "AG3", 1)))
    return build(slug, "Fri, 05 Mar 2027 11:20:48 +0100",
                 addr("Дмитрий Коваленко", "d.kovalenko@integration-ev.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="UTF-8", cte="base64"),
                 in_reply_to=conf_id(1028))


# 029 Single registration with an accessibility question (still a registration);
#     windows-1252 8bit text plus a vCard attachment.
@mail("karimi-rollstuhl-vcard", reg("leyla.karimi@dik-muenster.example", "Leyla Karimi",
      "Deutsch-Iranischer Kulturverein Münster e.V.", ["AG3"], 1, "de"))
def m029(slug):
    text = """Hallo Frau Meza Correa-Flock,

ich möchte mich gern zum MSO-Tag am 13. März anmelden, am liebsten für die AG 3.

Ich sitze im Rollstuhl - ist das Stadtweinhaus barrierefrei zugänglich bzw. gibt
es einen Aufzug zu den Räumen der Arbeitsgruppen? Dann weiß ich, ob ich jemanden
zur Unterstützung mitbringen muss.

Danke und viele Grüße
Leyla Karimi
Deutsch-Iranischer Kulturverein Münster e.V.
"""
    vcard = """BEGIN:VCARD
VERSION:3.0
N:Karimi;Leyla;;;
FN:Leyla Karimi
ORG:Deutsch-Iranischer Kulturverein Münster e.V.
EMAIL;TYPE=INTERNET:leyla.karimi@dik-muenster.example
URL:https://www.dik-muenster.example
END:VCARD
"""
    ent = multipart("mixed", "------------Ae7dK3xS9q2Lm0Rt5Vw8Zy", [
        text_part(text, charset="windows-1252", cte="8bit"),
        text_part(vcard, subtype="vcard", charset="utf-8", cte="quoted-printable",
                  params='; name="Leyla Karimi.vcf"',
                  extra_headers='Content-Disposition: attachment; filename="Leyla Karimi.vcf"\n'),
    ])
    return build(slug, "Fri, 05 Mar 2027 13:05:55 +0100",
                 addr("Leyla Karimi", "leyla.karimi@dik-muenster.example"),
                 "Anmeldung + Frage Barrierefreiheit", ent,
                 extra=["User-Agent: Mozilla Thunderbird"])


# 030 Shared association mailbox with Reply-To to the board member; three members
#     in an ASCII table, all AG 1; the writer is the first row.
@mail("aslan-kurdisch-replyto-table", reg("rojda.aslan@kurdisches-zentrum.example", "Rojda Aslan",
      "Kurdisches Kulturzentrum Münster e.V.", ["AG1"], 3, "de"))
def m030(slug):
    text = """Liebe Organisator*innen,

anbei bzw. unten unsere Anmeldung für den MSO-Tag am 13.03.:

Name           | Funktion        | AG
---------------+-----------------+----
Rojda Aslan    | Vorstand        | 1
Berfin Doğan   | Elternarbeit    | 1
Serhat Kaya    | Jugendgruppe    | 1

Rückfragen bitte direkt an mich, Antworten auf diese Mail landen automatisch
bei mir.

Herzliche Grüße
Rojda Aslan
für den Vorstand
Kurdisches Kulturzentrum Münster e.V.
"""
    return build(slug, "Fri, 05 Mar 2027 15:30:12 +0100",
                 addr("Kurdisches Kulturzentrum Münster", "info@kurdisches-zentrum.example"),
                 "Anmeldung MSO-Tag (3 Personen)",
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 reply_to=addr("Rojda Aslan", "rojda.aslan@kurdisches-zentrum.example"))


# 031 English question: childcare and interpretation; "would probably register
#     4-5 people for workgroup 1" is conditional, so nobody is registered yet.
@mail("raman-en-question-childcare", question("priya.raman@tamil-sangam.example", "Priya Raman",
      "Tamil Sangam Münster e.V.", "en"))
def m031(slug):
    text = """Hello,

a quick question before we send our registration: will there be any childcare
on the 13th? Several of our members are young mothers and could only come if
the kids are looked after. Also, will the workgroups be held in German only, or
is there some kind of interpretation?

If both are possible, we would probably register 4-5 people for workgroup 1.

Kind regards,
Priya Raman
Tamil Sangam Münster e.V. - Women's Wing
"""
    return build(slug, "Fri, 05 Mar 2027 17:45:00 +0100",
                 addr("Priya Raman", "priya.raman@tamil-sangam.example"),
                 "Question about childcare / language",
                 text_part(text, charset="utf-8", cte="quoted-printable"))


# 032 Arabic association list, numbered, three names, writer first; all "the third
#     workgroup"; organisation only in German in the signature. UTF-8 QP.
@mail("saleh-ar-list-three", reg("m.saleh@irak-kulturverein.example", "محمود صالح",
      "Irakischer Kulturverein Münster e.V.", ["AG3"], 3, "ar"))
def m032(slug):
    text = """تحية طيبة وبعد،

يسرّنا أن نسجّل مشاركة جمعيتنا في يوم منظمات المهاجرين الذاتية بتاريخ ١٣/٣/٢٠٢٧. أسماء المشاركين:

1. محمود صالح
2. زينب الجبوري
3. علي حسين

نرغب جميعاً في المشاركة في مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات بفعالية).

نرجو إرسال التأكيد إلى هذا العنوان.

مع خالص الشكر والتقدير،
محمود صالح
رئيس الجمعية
Irakischer Kulturverein Münster e.V.
"""
    return build(slug, "Fri, 05 Mar 2027 20:10:38 +0100",
                 addr("Mahmoud Saleh", "m.saleh@irak-kulturverein.example"),
                 "تسجيل المشاركة - MSO-Tag",
                 text_part(text, charset="utf-8", cte="quoted-printable"))


# 033 Integration council member (not an MSO), ISO-8859-1 8bit; first choice
#     Zukunftsprozess, fallback Bildung; "Dr." in the signature.
@mail("nikolaidis-integrationsrat", reg("a.nikolaidis@integrationsrat-ms.example",
      "Alexandros Nikolaidis", "Integrationsrat der Stadt Münster", ["AG2", "AG1"], 1, "de"))
def m033(slug):
    text = """Sehr geehrte Frau Meza Correa-Flock,

als Mitglied des Integrationsrates der Stadt Münster melde ich mich für den
MSO-Tag an. Mich interessiert besonders die Arbeitsgruppe zu Münsters
Zukunftsprozess; falls diese voll ist, nehme ich auch gern an der AG Bildung teil.

Viele Grüße
Dr. Alexandros Nikolaidis
Integrationsrat der Stadt Münster
(Internationale Liste)
"""
    return build(slug, "Fri, 05 Mar 2027 22:30:27 +0100",
                 addr("Alexandros Nikolaidis", "a.nikolaidis@integrationsrat-ms.example"),
                 "Anmeldung",
                 text_part(text, charset="iso-8859-1", cte="8bit"))


# 034 Bilingual German/Turkish vacation reply to the office's 7-day reminder;
#     X-Autoreply and Auto-Submitted headers.
@mail("kilic-urlaub-de-tr", auto())
def m034(slug):
    text = """Sehr geehrte Damen und Herren,

ich bin vom 01.03. bis einschließlich 12.03.2027 im Urlaub. Ihre E-Mail wird
nicht weitergeleitet. Ab dem 15.03. bin ich wieder für Sie erreichbar.

Sayın ilgili,

01.03. - 12.03.2027 tarihleri arasında yıllık izindeyim. E-postanız
yönlendirilmeyecektir. 15.03. tarihinden itibaren tekrar ulaşılabilirim.

Derya Kılıç
Türkischer Frauenverein Münster e.V.
"""
    return build(slug, "Sat, 06 Mar 2027 08:00:41 +0100",
                 addr("Derya Kılıç", "d.kilic@tuerkischer-frauenverein.example"),
                 "Abwesend: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027",
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to="<erinnerung-7d-1034@muenster.example>",
                 extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes",
                        "Precedence: auto_reply"])


# 035 Same person twice (1/2): learner German, AG 2, single.
@mail("souza-first-ag2", reg("anapaula.souza@mail.example", "Ana Paula Souza",
      "Casa do Brasil Münster", ["AG2"], 1, "de"))
def m035(slug):
    text = """Hallo,

ich heisse Ana Paula Souza und ich bin von Verein Casa do Brasil Münster. Ich will gerne teilnehmen an die MSO Tag. Ich möchte die Gruppe 2, Zukunftsprozess.

Vielen dank!!
Ana
"""
    return build(slug, "Sat, 06 Mar 2027 09:30:15 +0100",
                 addr("Ana Paula Souza", "anapaula.souza@mail.example"),
                 "MSO Tag",
                 text_part(text, charset="utf-8", cte="8bit"))


# 036 Same person twice (2/2): "forget my first mail", full registration again
#     with another group (1) and her daughter (2 persons). Not a reply, no quote.
@mail("souza-second-full-again", reg("anapaula.souza@mail.example", "Ana Paula Souza",
      "Casa do Brasil Münster e.V.", ["AG1"], 2, "de"))
def m036(slug):
    text = """Hallo nochmal,

bitte vergessen Sie meine erste Mail!! Ich habe falsch geschrieben. Richtig ist:

Name: Ana Paula Souza
Verein: Casa do Brasil Münster e.V.
Arbeitsgruppe: 1 (Bildung)
Personen: 2 (ich und meine Tochter Larissa, 17 Jahre)

Entschuldigung und danke!
Ana Paula Souza
"""
    return build(slug, "Sat, 06 Mar 2027 10:02:44 +0100",
                 addr("Ana Paula Souza", "anapaula.souza@mail.example"),
                 "MSO Tag - Korrektur!!",
                 text_part(text, charset="utf-8", cte="quoted-printable"))


# 037 Greek reply (bottom-posted under a Greek Gmail quote header) to the
#     confirmation for 2 persons: his wife cannot come -> 1 person; UTF-8 base64.
@mail("athanasiou-el-wife-cannot", chg("g.athanasiou@elliniki-koinotita.example",
      "Γεώργιος Αθανασίου", "Ελληνική Κοινότητα Μύνστερ", [], 1, "el"))
def m037(slug):
    text = ("Στις Τετ 3 Μαρ 2027 στις 10:15, ο χρήστης Tag der Migrantenselbstorganisationen "
            "<mso-tag@muenster.example> έγραψε:\n\n"
            + quote(confirmation("Herr Athanasiou", "AG2", 2))
            + "\nΚαλησπέρα σας,\n\n"
            "δυστυχώς η σύζυγός μου η Ελένη δεν θα μπορέσει τελικά να έρθει, γιατί έχει\n"
            "βάρδια στο νοσοκομείο. Παρακαλώ διορθώστε τη δήλωση σε 1 άτομο. Εγώ θα έρθω\n"
            "κανονικά.\n\n"
            "Ευχαριστώ πολύ,\n"
            "Γεώργιος Αθανασίου\n")
    return build(slug, "Sat, 06 Mar 2027 11:40:19 +0100",
                 addr("Γεώργιος Αθανασίου", "g.athanasiou@elliniki-koinotita.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="UTF-8", cte="base64"),
                 in_reply_to=conf_id(1037))


# 038 Single registration with the filled-in registration form attached as PDF;
#     body summarises: alone, AG 2. multipart/mixed.
@mail("oeztuerk-pdf-formular", reg("sevgi.oeztuerk@mail.example", "Sevgi Öztürk",
      "Elternnetzwerk NRW – Regionalgruppe Münster", ["AG2"], 1, "de"))
def m038(slug):
    text = """Guten Tag,

anbei sende ich Ihnen das ausgefüllte Anmeldeformular für den MSO-Tag.
Kurz zusammengefasst: ich komme allein und möchte in die AG 2.

Liebe Grüße
Sevgi Öztürk
Elternnetzwerk NRW – Regionalgruppe Münster
"""
    pdf = tiny_pdf(["Anmeldeformular Tag der Migrantenselbstorganisationen 2027",
                    "Name: Sevgi Oeztuerk",
                    "Organisation: Elternnetzwerk NRW - Regionalgruppe Muenster",
                    "Arbeitsgruppe: [ ] 1   [X] 2   [ ] 3",
                    "Anzahl Personen: 1"])
    ent = multipart("mixed", "Apple-Mail=_5C1E2F3A-77B4-4D0E-9A61-OEZTUERK", [
        text_part(text, charset="utf-8", cte="quoted-printable"),
        binary_part(pdf, "application/pdf", "Anmeldeformular_MSO-Tag_2027.pdf"),
    ], preamble=False)
    return build(slug, "Sat, 06 Mar 2027 12:20:07 +0100",
                 addr("Sevgi Öztürk", "sevgi.oeztuerk@mail.example"),
                 "Anmeldeformular MSO-Tag", ent,
                 extra=["X-Mailer: Apple Mail (2.3774.300.61.1.2)"])


# 039 Serbian Cyrillic association list (windows-1251, base64): three members in an
#     en-dash list, writer first, all in "the second working group".
@mail("jovanovic-sr-cyrillic-list", reg("milan.jovanovic@skud-vuk.example", "Милан Јовановић",
      "СКУД „Вук Караџић“ Минстер e.V.", ["AG2"], 3, "sr"))
def m039(slug):
    text = """Поштовани,

у име нашег друштва пријављујемо следеће чланове за Дан организација миграната
13. марта 2027:

– Милан Јовановић (председник)
– Драгана Петровић (секретар)
– Никола Стојановић (омладинска секција)

Сви бисмо желели да учествујемо у другој радној групи (будућност Минстера).

Срдачан поздрав,
Милан Јовановић
председник
СКУД „Вук Караџић“ Минстер e.V.
"""
    return build(slug, "Sat, 06 Mar 2027 13:15:33 +0100",
                 addr("Милан Јовановић", "milan.jovanovic@skud-vuk.example", "windows-1251"),
                 "Пријава - Дан организација миграната",
                 text_part(text, charset="windows-1251", cte="base64"),
                 subject_charset="windows-1251")


# 040 Somali cancellation, top-posted over a German-UI Gmail quote of the
#     confirmation; UTF-8 8bit.
@mail("cabdullaahi-so-cancel", cancel("maxamed.c@somali-bulsho.example", "Maxamed Cabdullaahi",
      "Somali Bulsho Münster e.V.", "so"))
def m040(slug):
    text = ("Salaan walaal,\n\n"
            "Waan ka xumahay, laakiin ma iman karo 13-ka Maarso sababtoo ah waxaan u\n"
            "safrayaa Ingiriiska, hooyada xaaskayga ayaa xanuunsan. Fadlan magacayga ka\n"
            "saar liiska.\n\n"
            "Mahadsanid, guul ayaan idiin rajaynayaa.\n"
            "Maxamed Cabdullaahi\n"
            "Somali Bulsho Münster e.V.\n\n"
            "Am Mi., 24. Feb. 2027 um 11:02 Uhr schrieb Tag der Migrantenselbstorganisationen <\n"
            "mso-tag@muenster.example>:\n\n"
            + quote(confirmation("Herr Cabdullaahi", "AG2", 1)))
    return build(slug, "Sat, 06 Mar 2027 14:50:26 +0100",
                 addr("Maxamed Cabdullaahi", "maxamed.c@somali-bulsho.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="UTF-8", cte="8bit"),
                 in_reply_to=conf_id(1040))


# 041 Amharic question on deadline day: is registration still open, is there
#     interpretation? Registers no one. UTF-8 QP.
@mail("bekele-am-question", question("dawit.bekele@mail.example", "ዳዊት በቀለ", None, "am"))
def m041(slug):
    text = """ሰላም ጤና ይስጥልኝ፣

ስለ ማርች 13 ዝግጅት ጥያቄ አለኝ። ምዝገባው አሁንም ክፍት ነው? የመመዝገቢያው ጊዜ ዛሬ እንደሚያልቅ አይቻለሁ።
እንዲሁም ዝግጅቱ በጀርመንኛ ብቻ ነው ወይስ ትርጉም ይኖራል? የጀርመንኛ ቋንቋዬ ገና ጥሩ አይደለም።

አመሰግናለሁ
ዳዊት በቀለ
"""
    return build(slug, "Sat, 06 Mar 2027 16:20:50 +0100",
                 addr("Dawit Bekele", "dawit.bekele@mail.example"),
                 "ጥያቄ - MSO-Tag",
                 text_part(text, charset="utf-8", cte="quoted-printable"))


# 042 Italian add-a-person, top-posted over an Italian Outlook header block and
#     the unquoted confirmation (AG 3); mentions the colleague's address, but the
#     reply still goes to the writer. ISO-8859-15 QP.
@mail("esposito-it-add-collega", chg("r.esposito@patronato-ms.example", "Roberto Esposito",
      "Patronato INCA-CGIL Münster", [], 2, "it"))
def m042(slug):
    text = ("Buonasera,\n\n"
            "vorrei aggiungere alla mia iscrizione il collega Marco Bellini, che segue con me\n"
            "lo sportello per i connazionali. Stesso gruppo di lavoro, quindi saremmo in due.\n"
            "Se vi serve il suo indirizzo: marco.bellini@patronato-ms.example\n\n"
            "Grazie mille e buona serata\n"
            "Roberto Esposito\n"
            "Patronato INCA-CGIL Münster\n"
            "Tel. 0251 000000\n\n"
            "________________________________\n"
            "Da: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
            "Inviato: martedì 23 febbraio 2027 15:12\n"
            "A: Roberto Esposito <r.esposito@patronato-ms.example>\n"
            f"Oggetto: {SUBJ_CONF}\n\n"
            + confirmation("Herr Esposito", "AG3", 1))
    return build(slug, "Sat, 06 Mar 2027 18:05:12 +0100",
                 addr("Roberto Esposito", "r.esposito@patronato-ms.example"),
                 "R: " + SUBJ_CONF,
                 text_part(text, charset="iso-8859-15", cte="quoted-printable"),
                 in_reply_to=conf_id(1042),
                 extra=["X-Mailer: Microsoft Outlook 16.0"])


# 043 Bounce: qmail-style plain-text failure notice without MIME structure; the
#     copy of the original message (to the office's own address list) follows,
#     its body still quoted-printable.
@mail("bounce-qmail-failure-notice", bounce("info@kongo-kulturverein.example"))
def m043(slug):
    orig_body = quopri.encodestring(confirmation(None, "AG1", 2)
                                    .encode("utf-8")).decode("ascii")
    text = f"""Hi. This is the qmail-send program at mail.vereinshosting.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@kongo-kulturverein.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <mso-tag@muenster.example>
Received: (qmail 28761 invoked from network); 6 Mar 2027 18:29:55 -0000
Received: from mx01.muenster.example (198.51.100.20)
  by mail.vereinshosting.example with ESMTPS; 6 Mar 2027 18:29:55 -0000
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: info@kongo-kulturverein.example
Subject: {hdr(SUBJ_CONF)}
Date: Sat, 06 Mar 2027 19:29:54 +0100
Message-ID: <bestaetigung-1043@muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{orig_body}"""
    return build(slug, "Sat, 06 Mar 2027 19:30:01 +0100",
                 "MAILER-DAEMON@mail.vereinshosting.example",
                 "failure notice", b"\n" + text.encode("ascii"), to=REG, mime=False,
                 domain="mail.vereinshosting.example")


# 044 Remove a person: inline reply interleaving answers with the quoted
#     confirmation (AG 3, 4 persons): "Passt" under the AG line, "nur noch zu
#     dritt" under the persons line -> party 3, workgroup unchanged ([]).
@mail("hosseini-inline-eine-weniger", chg("p.hosseini@frauen-bruecke.example", "Parwin Hosseini",
      "Frauennetzwerk Brücke e.V.", [], 3, "de"))
def m044(slug):
    conf = confirmation("Frau Hosseini", "AG3", 4).split("\n")
    i_ag = next(i for i, ln in enumerate(conf) if ln.startswith("Arbeitsgruppe:"))
    i_p = next(i for i, ln in enumerate(conf) if ln.startswith("Angemeldete Personen:"))
    text = ("Liebes Orga-Team,\n\n"
            "kurze Rückmeldung zu Ihrer Bestätigung, siehe unten.\n\n"
            "Am 25.02.2027 um 09:41 schrieb Tag der Migrantenselbstorganisationen:\n"
            + quote("\n".join(conf[:i_ag + 1]))
            + "\nPasst, dabei bleibt es.\n\n"
            + quote(conf[i_p])
            + "\nLeider sind wir nur noch zu dritt: Frau Sediqi ist krank geworden und kann\n"
            "nicht kommen. Bitte streichen Sie sie von der Liste. Die anderen (Frau Azizi,\n"
            "Frau Karimzada und ich) kommen wie geplant.\n\n"
            + quote("\n".join(conf[i_p + 2:]))
            + "\nHerzliche Grüße\n"
            "Parwin Hosseini\n"
            "Frauennetzwerk Brücke e.V. – Afghanische Frauen in Münster\n")
    return build(slug, "Sat, 06 Mar 2027 20:40:38 +0100",
                 addr("Parwin Hosseini", "p.hosseini@frauen-bruecke.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=conf_id(1044),
                 extra=["User-Agent: Mozilla Thunderbird"])


# 045 Whole-group cancellation, HTML-only Outlook reply (windows-1252 QP) with the
#     confirmation (AG 1, 3 persons) quoted in HTML below the divider.
@mail("arslan-html-absage-gruppe", cancel("g.arslan@alevi-kulturzentrum.example", "Gülsen Arslan",
      "Alevitisches Kulturzentrum Münster e.V.", "de"))
def m045(slug):
    new = mso_paras("Sehr geehrte Damen und Herren,\n\n"
                    "leider müssen wir unsere Anmeldung (3 Personen) für den 13.03. komplett "
                    "zurückziehen. Unsere Jahreshauptversammlung wurde kurzfristig auf diesen "
                    "Samstag gelegt, und der gesamte Vorstand muss dort anwesend sein.\n\n"
                    "Wir bedauern das sehr und hoffen, beim nächsten Mal dabei zu sein.\n\n"
                    "Mit freundlichen Grüßen\n\nGülsen Arslan\n2. Vorsitzende\n"
                    "Alevitisches Kulturzentrum Münster e.V.\n")
    divider = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
               '<p class="MsoNormal"><b>Von:</b> Tag der Migrantenselbstorganisationen '
               '&lt;mso-tag@muenster.example&gt; <br>\n<b>Gesendet:</b> Mittwoch, 24. Februar '
               '2027 16:30<br>\n<b>An:</b> Arslan, Gülsen &lt;g.arslan@alevi-kulturzentrum.example'
               f'&gt;<br>\n<b>Betreff:</b> {SUBJ_CONF}<o:p></o:p></p>\n</div>\n')
    old = mso_paras(confirmation("Frau Arslan", "AG1", 3))
    html = outlook_html(new + divider + old, "windows-1252")
    return build(slug, "Sat, 06 Mar 2027 21:30:09 +0100",
                 addr("Arslan, Gülsen", "g.arslan@alevi-kulturzentrum.example"),
                 "AW: " + SUBJ_CONF,
                 text_part(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
                 in_reply_to=conf_id(1045),
                 extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"])


# 046 Deadline evening, 22:47: hopes it is still in time; first choice AG 3 by
#     full title, fallback Zukunftsprozess. windows-1250 8bit (Bosnian writer in German).
@mail("hodzic-fristende-praeferenz", reg("mirela.hodzic@behar-ms.example", "Mirela Hodžić",
      'Bosnisch-herzegowinischer Kulturverein "Behar" Münster e.V.', ["AG3", "AG2"], 1, "de"))
def m046(slug):
    text = """Guten Abend,

ich hoffe, ich bin noch rechtzeitig – ich habe erst heute gesehen, dass heute
Anmeldeschluss ist!

Ich möchte mich gerne für den MSO-Tag anmelden. Am liebsten wäre mir die AG
"Förderungsmöglichkeiten und effektives Vereinsmanagement"; falls dort kein
Platz mehr ist, dann die AG zum Zukunftsprozess.

Mit freundlichen Grüßen
Mirela Hodžić
Kassiererin
Bosnisch-herzegowinischer Kulturverein "Behar" Münster e.V.
"""
    return build(slug, "Sat, 06 Mar 2027 22:47:58 +0100",
                 addr("Mirela Hodžić", "mirela.hodzic@behar-ms.example", "windows-1250"),
                 "Anmeldung MSO-Tag - hoffentlich noch rechtzeitig",
                 text_part(text, charset="windows-1250", cte="8bit"))


# 047 Thank-you reply to the confirmation for five persons: no change, no question.
@mail("tesfamariam-danke", other())
def m047(slug):
    text = ("Vielen Dank für die schnelle Bestätigung für unsere 5 Personen! Wir freuen uns\n"
            "sehr auf den 13. März.\n\n"
            "Gruß\nYonas Tesfamariam\n\n"
            "Am 04.03.2027 um 08:15 schrieb Tag der Migrantenselbstorganisationen:\n"
            + quote(confirmation("Herr Tesfamariam", "AG2", 5)))
    return build(slug, "Sun, 07 Mar 2027 09:15:40 +0100",
                 addr("Yonas Tesfamariam", "yonas.t@eritreische-gemeinde.example"),
                 "Re: " + SUBJ_CONF,
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=conf_id(1047))


# 048 The day after the deadline: registers anyway ("verbindlich anmelden"),
#     AG named by the aliases "Stadtentwicklung / Zukunftsprozess". Gmail alternative.
@mail("mansour-nach-frist", reg("khaled.mansour@mail.example", "Khaled Mansour",
      "Palästinensische Gemeinde Münster e.V.", ["AG2"], 1, "de"))
def m048(slug):
    text = """Hallo liebes MSO-Team,

ich weiß, die Anmeldefrist war gestern – trotzdem die Bitte: Kann ich noch
mitmachen? Ich würde mich hiermit gerne verbindlich anmelden, Arbeitsgruppe
Stadtentwicklung / Zukunftsprozess.

Falls es gar nicht mehr geht, ist das natürlich auch okay.

Beste Grüße
Khaled Mansour
Palästinensische Gemeinde Münster e.V.
– Jugendreferent –
"""
    html = ('<div dir="ltr">' + "".join(
        f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in text.rstrip("\n").split("\n"))
        + "</div>\n")
    ent = multipart("alternative", "0000000000007e5f2b05mansour", [
        text_part(text, charset="UTF-8", cte="8bit"),
        text_part(html, subtype="html", charset="UTF-8", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Sun, 07 Mar 2027 11:30:22 +0100",
                 addr("Khaled Mansour", "khaled.mansour@mail.example"),
                 "Nachmeldung MSO-Tag", ent)


# 049 Change of workgroup, top-posted Outlook reply: "statt AG 1 ... lieber AG 3"
#     (both numbers in the new text; the quoted confirmation says AG 1).
@mail("reinholz-amadi-ag1-zu-ag3", chg("c.reinholz-amadi@frauentreff-ms.example",
      "Claudia Reinholz-Amadi", "Internationaler Frauentreff Münster e.V.", ["AG3"], None, "de"))
def m049(slug):
    text = ("Hallo,\n\n"
            "bitte ändern Sie meine Anmeldung: statt AG 1 möchte ich lieber in die AG 3\n"
            "(Förderung). Unsere Kassiererin ist kurzfristig ausgefallen und ich muss mich\n"
            "jetzt um die Anträge kümmern.\n\n"
            "Danke!\n"
            "Claudia Reinholz-Amadi\n"
            "Internationaler Frauentreff Münster e.V.\n"
            "- Vorstand -\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
            "Gesendet: Freitag, 26. Februar 2027 11:20\n"
            "An: c.reinholz-amadi@frauentreff-ms.example\n"
            f"Betreff: {SUBJ_CONF}\n\n"
            + confirmation("Frau Reinholz-Amadi", "AG1", 1))
    return build(slug, "Sun, 07 Mar 2027 14:10:05 +0100",
                 addr("Reinholz-Amadi, Claudia", "c.reinholz-amadi@frauentreff-ms.example"),
                 "AW: " + SUBJ_CONF,
                 text_part(text, charset="utf-8", cte="quoted-printable"),
                 in_reply_to=conf_id(1049),
                 extra=["X-Mailer: Microsoft Outlook 16.0"])


# 050 After the deadline, the office of a mosque association registers two board
#     members (the writer does not attend); replies to the shared address.
#     Outlook multipart/alternative windows-1252.
@mail("iz-sekretariat-zwei-vorstand", reg("sekretariat@iz-muenster.example", "Bilal Karaca",
      "Islamisches Zentrum Münster e.V.", ["AG3"], 2, "de"))
def m050(slug):
    text = """Sehr geehrte Damen und Herren,

im Auftrag des Vorstands des Islamischen Zentrums Münster melde ich folgende
zwei Personen zum Tag der Migrantenselbstorganisationen an:

1) Herr Bilal Karaca, 2. Vorsitzender
2) Frau Hatice Yaman, Frauenbeauftragte

Beide möchten gerne in die Arbeitsgruppe Vereinsmanagement / Förderung.

Uns ist bewusst, dass die Anmeldefrist am Samstag abgelaufen ist. Wir bitten
dennoch um Berücksichtigung, da die Vorstandssitzung erst gestern Abend
stattgefunden hat.

Bitte senden Sie Ihre Rückmeldung an diese Adresse.

Mit freundlichen Grüßen
i. A. Fatima Demirel
Sekretariat

Islamisches Zentrum Münster e.V.
Sekretariat: Mo-Fr 9-13 Uhr
"""
    html = outlook_html(mso_paras(text), "windows-1252")
    ent = multipart("alternative", "_000_FR2P281MB1234IZSEKRETARIAT_", [
        text_part(text, charset="windows-1252", cte="quoted-printable"),
        text_part(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
    ], preamble=False)
    return build(slug, "Mon, 08 Mar 2027 08:20:31 +0100",
                 addr("Sekretariat IZ Münster", "sekretariat@iz-muenster.example"),
                 "Nachmeldung MSO-Tag: 2 Personen (Vorstand)", ent,
                 extra=["X-Mailer: Microsoft Outlook 16.0"])


# ===========================================================================
# generation and validation
# ===========================================================================

EXAMPLE_HOST = re.compile(r"(^|\.)example$|^(example\.(org|com|net))$|\.example\.(org|com|net)$")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([^/\s\"'<>]+)", re.I)
WWW_RE = re.compile(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", re.I)


def generate():
    files = {}
    expected = {}
    for i, (slug, fn, exp) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = fn(slug)
        expected[name] = exp
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, exp_text, expected


def validate(files, expected):
    errors = []
    last_date = None
    for name, raw in files.items():
        def err(msg):
            errors.append(f"{name}: {msg}")
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err("line ends are not all CRLF")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err("line longer than 998 octets")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = [raw.replace(b"=\r\n", b"").decode("latin-1")]
        for k, v in msg.items():
            if getattr(v, "defects", None):
                err(f"header {k} defects: {v.defects}")
            texts.append(str(v))
        if msg.defects:
            err(f"message defects: {msg.defects}")
        d = parsedate_to_datetime(msg["Date"])
        if last_date is not None and d <= last_date:
            err("Date does not rise")
        last_date = d
        for part in msg.walk():
            if part.is_multipart():
                if part.defects:
                    err(f"part defects: {part.defects}")
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                err(f"part defects ({part.get_content_type()}): {part.defects}")
            if part.get_content_maintype() == "text" and payload is not None:
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"text part does not decode as {cs}: {e}")
            elif payload:
                texts.append(payload.decode("latin-1"))
        blob = "\n".join(texts)
        for host in EMAIL_RE.findall(blob) + URL_RE.findall(blob) + WWW_RE.findall(blob):
            h = host.lower().rstrip(".").split(":")[0]
            if not EXAMPLE_HOST.search(h):
                err(f"non-example host {h}")
        # records
        r = expected.get(name)
        if r is None or set(r) != set(KEYS):
            err("record keys wrong")
            continue
        if r["kind"] not in KINDS:
            err("bad kind")
        if not isinstance(r["workgroups"], list) or any(w not in WG_IDS for w in r["workgroups"]):
            err("bad workgroups")
        if len(set(r["workgroups"])) != len(r["workgroups"]):
            err("duplicate workgroups")
        machine = r["kind"] in ("auto_reply", "bounce", "other")
        if machine:
            if any(r[k] is not None for k in ("email", "name", "organisation", "language",
                                               "party_size")) or r["workgroups"]:
                err("machine/other record with person fields")
        else:
            if not (isinstance(r["email"], str) and r["email"] == r["email"].lower()
                    and EMAIL_RE.fullmatch(r["email"])):
                err("bad email")
            if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2}", r["language"])):
                err("bad language")
            if not isinstance(r["name"], str) or not r["name"]:
                err("bad name")
            if r["email"] and r["email"] not in blob.lower():
                err("expected email not in the mail")
        if r["kind"] == "registration":
            if not (isinstance(r["party_size"], int) and r["party_size"] >= 1):
                err("registration needs party_size >= 1")
        elif r["kind"] == "change":
            if r["party_size"] is not None and not (isinstance(r["party_size"], int)
                                                    and r["party_size"] >= 1):
                err("bad change party_size")
        elif r["party_size"] is not None:
            err("party_size must be null")
        if r["kind"] in ("cancellation", "question") and r["workgroups"]:
            err("workgroups must be empty")
        if r["kind"] == "bounce":
            b = r["bounced_recipient"]
            if not (isinstance(b, str) and b == b.lower() and b in blob.lower()):
                err("bad bounced_recipient")
        elif r["bounced_recipient"] is not None:
            err("bounced_recipient must be null")
    return errors


def stats(expected):
    kinds, langs = {}, {}
    for r in expected.values():
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        langs[str(r["language"])] = langs.get(str(r["language"]), 0) + 1
    print(f"{len(expected)} mails")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if k in kinds))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))


def main(argv):
    files, exp_text, expected = generate()
    errors = validate(files, expected)
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.exists() else set()
        for n in sorted(on_disk ^ set(files)):
            bad.append(f"{n}: present on only one side")
        for n, raw in files.items():
            p = MAILS_DIR / n
            if p.exists() and p.read_bytes() != raw:
                bad.append(f"{n}: differs")
        if not EXPECTED.exists() or EXPECTED.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json differs")
        for e in errors + bad:
            print(e, file=sys.stderr)
        if errors or bad:
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (MAILS_DIR / n).write_bytes(raw)
    EXPECTED.write_text(exp_text, encoding="utf-8")
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
