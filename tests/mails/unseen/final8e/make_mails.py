#!/usr/bin/env python3
"""Evaluation set "final8e" for the MSO-Tag 2027 (config: copy of dev/config.toml).

Theme: people acting for other people -- secretaries registering their chair,
social workers and integration guides registering clients, adult children
registering a parent, a parent registering an adult son, substitutes, association
delegations, "please add one more person", "may someone else come instead?" --
with ordinary self-registrations, auto-replies, a bounce and other mail in between.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ from what would be written
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; deterministic output.
"""

import base64
import hashlib
import json
import quopri
import re
import sys
from collections import Counter
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "mso-tag@muenster.example"
REG_TO = formataddr(("Tag der Migrantenselbstorganisationen", REG))
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WGS = ("AG1", "AG2", "AG3")

MAILS = []  # (filename, bytes, expected record)


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, payload):
        self.headers = headers      # list of header lines (str, ASCII)
        self.payload = payload      # bytes, '\n' line ends (converted to CRLF at the end)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params="", extra=()):
    body = body.replace("\r\n", "\n")
    raw = body.encode(charset)      # strict: every character must exist in the charset
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with 8-bit data"
        payload = raw
    elif cte == "8bit":
        payload = raw
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        raise ValueError(cte)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
               f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(headers, payload)


def attachment(filename, data, ctype):
    payload = base64.encodebytes(data)
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], payload)


def multi(subtype, parts, boundary, params="", preamble="This is a multi-part message in MIME format."):
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(("\n".join(p.headers) + "\n\n").encode("ascii"))
        pl = p.payload
        if not pl.endswith(b"\n"):
            pl += b"\n"
        out.append(pl)
    out.append(f"--{boundary}--\n".encode("ascii"))
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], b"".join(out))


def hdr(value, charset="utf-8"):
    """A header value, RFC 2047-encoded when it is not ASCII."""
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset)


def mid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def html_from_plain(plain, font="Arial"):
    import html as _h
    lines = [(_h.escape(l) or "<br>") for l in plain.strip("\n").split("\n")]
    inner = "\n".join(f"<div>{l}</div>" for l in lines)
    return f'<div dir="ltr"><div style="font-family:{font},sans-serif">\n{inner}\n</div></div>\n'


def mail(slug, exp, *, frm, date, subject, body, to=REG_TO, extra=(), scs="utf-8", domain=None):
    domain = domain or frm.rsplit("@", 1)[1].rstrip(">")
    heads = [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject, scs)}", f"Date: {date}",
             f"Message-ID: {mid(slug, domain)}"]
    heads += list(extra)
    heads.append("MIME-Version: 1.0")
    heads += body.headers
    raw = ("\n".join(heads) + "\n\n").encode("ascii") + body.payload
    if not raw.endswith(b"\n"):
        raw += b"\n"
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    num = len(MAILS) + 1
    MAILS.append((f"{num:03d}-{slug}.eml", raw, exp))


def R(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def machine(kind, bounced=None):
    return R(kind, bounced=bounced)


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"]

DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
    "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte "
    "Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.")


def outlook_html(paragraphs_html, lang="DE"):
    body = "\n".join(f'<p class=MsoNormal>{p}<o:p></o:p></p>' for p in paragraphs_html)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style></head>\n'
            f'<body lang={lang} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>\n' + body + '\n</div>\n</body>\n</html>\n')


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# Secretary registers her chair (Dr. Nilüfer Acar); HTML-only Outlook, windows-1252 QP;
# name = the chair, email = the secretary (she asks for the confirmation), long signature + disclaimer.
mail("vollmer-registers-chair-acar",
     R("registration", "k.vollmer@dtab-muenster.example", "Nilüfer Acar",
       "Deutsch-Türkischer Akademikerbund Münster", ["AG2"], 1, "de"),
     frm=addr("Vollmer, Kerstin", "k.vollmer@dtab-muenster.example"),
     date="Mon, 18 Jan 2027 09:12:44 +0100",
     subject="Anmeldung Frau Dr. Acar - Tag der Migrantenselbstorganisationen 13.03.2027",
     extra=OUTLOOK + ["Thread-Index: AdtpQ2c1bVx0K3p9Tq2W8h1kL0aZcw=="],
     body=text(outlook_html([
         "Sehr geehrte Damen und Herren,",
         "&nbsp;",
         "im Auftrag unserer Vorsitzenden, Frau Dr. Nil&uuml;fer Acar, melde ich sie hiermit verbindlich "
         "zum Tag der Migrantenselbstorganisationen am 13. M&auml;rz 2027 im Stadtweinhaus an.",
         "&nbsp;",
         "Frau Dr. Acar m&ouml;chte gerne an der Arbeitsgruppe II (&#8222;M&uuml;nsters Zukunftsprozess&#8220;) teilnehmen.",
         "&nbsp;",
         "Da ich ihre Termine koordiniere, bitte ich darum, die Anmeldebest&auml;tigung und alle weiteren "
         "Informationen an mich zu senden.",
         "&nbsp;",
         "Mit freundlichen Gr&uuml;&szlig;en",
         "i. A. Kerstin Vollmer",
         "&nbsp;",
         "<span style='font-size:9.0pt;color:gray'>Assistenz des Vorstands<br>"
         "Deutsch-T&uuml;rkischer Akademikerbund M&uuml;nster e.V.<br>Hafenweg 14 &#8211; 48155 M&uuml;nster<br>"
         "Tel. 0251 000 4471 &#8211; www.dtab-muenster.example</span>",
         "&nbsp;",
         "<span style='font-size:7.0pt;color:gray'>" + DISCLAIMER_DE.replace("ä", "&auml;").replace("ü", "&uuml;")
         + "</span>",
     ]), "windows-1252", "quoted-printable", "html"))

# Ordinary self-registration typed on a phone; UTF-8 8bit, emoji, "Von meinem iPhone gesendet";
# From display name is a nickname, the signature has the full name.
mail("petrovic-phone-self",
     R("registration", "dragan.p@kolo-ms.example", "Dragan Petrović",
       "Serbischer Kulturverein Kolo Münster", ["AG3"], 1, "de"),
     frm=addr("dragan p", "dragan.p@kolo-ms.example"),
     date="Mon, 18 Jan 2027 21:47:03 +0100",
     subject="Anmeldung",
     extra=["X-Mailer: iPhone Mail (20D67)"],
     body=text("Hallo \n"
               "ich möchte mich anmelden für den MSO tag am 13.3. , AG 3 Fördermittel weil wir "
               "dringend Geld für die Tanzgruppe brauchen 😅\n"
               "Gruß \nDragan Petrović\nSerbischer Kulturverein Kolo Münster\n\n"
               "Von meinem iPhone gesendet\n", "utf-8", "8bit"))

# Social worker registers a client who has no e-mail address; name = client, email = social worker,
# organisation = the client's association (not the writer's employer Caritas); PDF attached.
mail("caritas-registers-client-tesfay",
     R("registration", "a.schulte-baeumer@caritas-ms.example", "Yonas Tesfay",
       "Eritreische Gemeinde Münster", ["AG1"], 1, "de"),
     frm=addr("Anne Schulte-Bäumer", "a.schulte-baeumer@caritas-ms.example", "iso-8859-1"),
     date="Tue, 19 Jan 2027 10:05:19 +0100",
     subject="Anmeldung für einen Klienten (Herr Tesfay)",
     scs="iso-8859-1",
     extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.6.0"],
     body=multi("mixed", [
         text("Sehr geehrte Damen und Herren,\n\n"
              "ich schreibe Ihnen aus der Flüchtlingsberatung der Caritas. Ich möchte gern Herrn Yonas Tesfay\n"
              "für den Tag der Migrantenselbstorganisationen am 13. März anmelden. Herr Tesfay ist seit\n"
              "letztem Jahr im Vorstand der Eritreischen Gemeinde Münster und hat mich gebeten, das für\n"
              "ihn zu erledigen, da er keine eigene E-Mail-Adresse hat.\n\n"
              "Er interessiert sich besonders für die Arbeitsgruppe zum Bildungssystem (seine drei Kinder\n"
              "gehen in Münster zur Schule). Er kommt allein; er versteht Englisch gut und etwas Deutsch.\n\n"
              "Bitte schicken Sie die Bestätigung und alle weiteren Informationen an mich, ich gebe sie\n"
              "an ihn weiter. Seine Einverständniserklärung zur Weitergabe der Daten hängt an.\n\n"
              "Mit freundlichen Grüßen\n\n"
              "Anne Schulte-Bäumer\n"
              "Dipl.-Sozialarbeiterin\n"
              "Caritasverband für die Stadt Münster e.V.\n"
              "Flüchtlingsberatung | Josefstraße 2 | 48151 Münster\n"
              "Telefon 0251 000 2290\n", "iso-8859-1", "quoted-printable"),
         attachment("Einverstaendnis_Tesfay.pdf", FAKE_PDF, "application/pdf"),
     ], "------------8XfR3cT0ea1N2Zq7p4LkY0s9"))

# Adult son registers his mother who speaks little German; a friend comes along to translate
# (party 2), the son does not come; reply goes to the son; Gmail multipart/alternative.
_plain = ("Guten Abend,\n\n"
          "ich möchte gern meine Mutter, Fatma Yıldız, für den MSO-Tag am 13. März anmelden. Sie ist seit vielen\n"
          "Jahren im Türkischen Frauenverein Münster-Coerde aktiv und macht dort vor allem Elternarbeit,\n"
          "deshalb wäre die Arbeitsgruppe zum Thema Bildung für sie am besten.\n\n"
          "Meine Mutter spricht leider nur wenig Deutsch. Ich selbst muss an dem Samstag arbeiten, aber ihre\n"
          "Freundin Frau Gülsen Aydın aus dem Verein begleitet sie und übersetzt. Bitte also zwei Plätze.\n\n"
          "Die Bestätigung können Sie mir schicken, ich drucke sie für meine Mutter aus.\n\n"
          "Viele Grüße\n"
          "Serkan Yıldız\n")
mail("son-registers-mother-yildiz",
     R("registration", "serkan.yildiz@posteo.example", "Fatma Yıldız",
       "Türkischer Frauenverein Münster-Coerde", ["AG1"], 2, "de"),
     frm=addr("Serkan Yıldız", "serkan.yildiz@posteo.example"),
     date="Wed, 20 Jan 2027 18:30:51 +0100",
     subject="Anmeldung für meine Mutter",
     body=multi("alternative", [text(_plain, "utf-8", "quoted-printable"),
                                text(html_from_plain(_plain), "utf-8", "quoted-printable", "html")],
                "000000000000a1b2c3d4e5f60718", preamble=None))

# Question: may the treasurer go instead of me if I cannot make it? Registers no one; English, us-ascii.
mail("raman-may-treasurer-come-instead",
     R("question", "priya.raman@ica-muenster.example", "Priya Raman",
       "Indian Cultural Association Münster", [], None, "en"),
     frm=addr("Priya Raman", "priya.raman@ica-muenster.example"),
     date="Thu, 21 Jan 2027 08:02:10 +0100",
     subject="Question re. MSO day - substitute possible?",
     body=text("Hello,\n\n"
               "quick question before I forget: I registered for the MSO day on 13 March last week. It now\n"
               "looks like our board meeting might be moved to that Saturday. In case I cannot make it, would\n"
               "it be fine for our treasurer to attend in my place, or are registrations personal and she would\n"
               "need to register separately? Nothing to change yet, I just want to know how it works.\n\n"
               "Thanks a lot,\nPriya\n\n--\nPriya Raman\nIndian Cultural Association Muenster\n",
               "us-ascii", "7bit"))

# Association registers a delegation of four, writer included, with a workgroup per person;
# workgroups = the distinct choices in order of mention (writer's first).
mail("afghan-association-delegation-four",
     R("registration", "mariam.sadat@akv-muenster.example", "Mariam Sadat",
       "Afghanischer Kulturverein Münster", ["AG2", "AG3", "AG1"], 4, "de"),
     frm=addr("Mariam Sadat", "mariam.sadat@akv-muenster.example"),
     date="Fri, 22 Jan 2027 19:55:37 +0100",
     subject="MSO-Tag 2027: Anmeldung Afghanischer Kulturverein (4 Personen)",
     extra=["User-Agent: Roundcube Webmail/1.6.5"],
     body=text("Liebe Organisatorinnen und Organisatoren,\n\n"
               "vielen Dank für die Einladung! Vom Afghanischen Kulturverein Münster e.V. kommen wir zu viert.\n"
               "Wir haben uns auf die Arbeitsgruppen aufgeteilt, damit wir überall etwas mitbekommen:\n\n"
               "  1. Mariam Sadat (ich, Vorsitzende)   - AG 2\n"
               "  2. Farid Ahmadi (Kassenwart)          - AG 3\n"
               "  3. Soraya Noori (Hausaufgabenhilfe)   - AG 1\n"
               "  4. Jawid Rahimi (Jugendgruppe)        - AG 3\n\n"
               "Falls eine AG schon voll ist, sind wir flexibel. Bitte schicken Sie alles an mich, ich leite es\n"
               "weiter.\n\n"
               "Herzliche Grüße\nMariam Sadat\n"
               "Afghanischer Kulturverein Münster e.V.\n", "utf-8", "quoted-printable"))

# Ordinary self-registration in Turkish, ISO-8859-9 8bit.
mail("ozturk-turkish-self",
     R("registration", "kemal.ozturk@alevi-ms.example", "Kemal Öztürk",
       "Münster Alevi Kültür Merkezi", ["AG3"], 1, "tr"),
     frm=addr("Kemal Ozturk", "kemal.ozturk@alevi-ms.example"),
     date="Sat, 23 Jan 2027 11:20:05 +0100",
     subject="MSO günü kayıt", scs="iso-8859-9",
     body=text("Merhaba,\n\n"
               "13 Mart'taki Göçmen Örgütleri Günü'ne katılmak istiyorum. Münster Alevi Kültür Merkezi'nin\n"
               "yönetim kurulundayım; dernek yönetimi ve destek imkânları bizim için çok önemli, bu yüzden\n"
               "3. çalışma grubunu seçiyorum.\n\n"
               "Saygılarımla\n"
               "Kemal Öztürk\n"
               "Münster Alevi Kültür Merkezi e.V.\n", "iso-8859-9", "8bit"))

# Mother registers her adult son in Russian (KOI8-R 8bit) and asks to confirm to the son's address:
# name = son (Latin, as in the passport), email = the son's address she gives.
mail("mother-registers-son-kovalchuk",
     R("registration", "artem.kovalchuk@dialog-ms.example", "Artem Kovalchuk",
       "Deutsch-Russischer Kulturverein Dialog", ["AG1"], 1, "ru"),
     frm=addr("Людмила Ковальчук", "l.kovalchuk@web-post.example", "koi8-r"),
     date="Mon, 25 Jan 2027 07:41:22 +0100",
     subject="Регистрация сына на MSO-Tag", scs="koi8-r",
     body=text("Здравствуйте!\n\n"
               "Пишу Вам по поводу Дня организаций мигрантов 13 марта. Мой сын хотел бы принять участие,\n"
               "он уже третий год ведёт молодёжную группу в нашем обществе \"Deutsch-Russischer Kulturverein\n"
               "Dialog\". Сам он очень занят на работе и попросил меня написать.\n\n"
               "Его данные: Artem Kovalchuk (так в паспорте), 24 года.\n"
               "Его интересует рабочая группа 1 (образование).\n"
               "Я сама не приду.\n\n"
               "Подтверждение, пожалуйста, отправьте прямо ему: artem.kovalchuk@dialog-ms.example\n\n"
               "С уважением,\nЛюдмила Ковальчук\n", "koi8-r", "8bit"))

# Ordinary self-registration, Outlook multipart/alternative windows-1252 QP, formal; first and
# second choice.
_plain = ("Sehr geehrte Damen und Herren,\n\n"
          "hiermit melde ich mich für den Tag der Migrantenselbstorganisationen 2027 an.\n"
          "Meine erste Wahl wäre die AG 1 (Bildungssystem), falls dort kein Platz mehr frei ist, gern AG 2.\n\n"
          "Mit freundlichen Grüßen\n\n"
          "Marco Bellini\n"
          "Circolo Italiano Münster e.V. – Kulturkreis der Italienerinnen und Italiener\n"
          "Mobil 0170 0000 318\n")
_html = outlook_html([
    "Sehr geehrte Damen und Herren,", "&nbsp;",
    "hiermit melde ich mich f&uuml;r den Tag der Migrantenselbstorganisationen 2027 an.",
    "Meine erste Wahl w&auml;re die AG 1 (Bildungssystem), falls dort kein Platz mehr frei ist, gern AG 2.",
    "&nbsp;", "Mit freundlichen Gr&uuml;&szlig;en", "&nbsp;", "Marco Bellini",
    "Circolo Italiano M&uuml;nster e.V. &#8211; Kulturkreis der Italienerinnen und Italiener",
    "Mobil 0170 0000 318"])
mail("bellini-outlook-self",
     R("registration", "m.bellini@circolo-ms.example", "Marco Bellini",
       "Circolo Italiano Münster", ["AG1", "AG2"], 1, "de"),
     frm=addr("Bellini, Marco", "m.bellini@circolo-ms.example"),
     date="Tue, 26 Jan 2027 14:10:48 +0100",
     subject="Anmeldung MSO-Tag",
     extra=OUTLOOK,
     body=multi("alternative", [text(_plain, "windows-1252", "quoted-printable"),
                                text(_html, "windows-1252", "quoted-printable", "html")],
                "----=_NextPart_000_0031_01DB6F2A.5C3E9B10"))

# Substitute, learner German: registered writer cannot come, colleague comes instead and wants AG 3;
# the writer asks to send everything to the colleague's address -> change, email = colleague.
mail("aslan-colleague-demir-instead",
     R("change", "leyla.demir@kurdischer-elternverein.example", "Leyla Demir",
       "Kurdischer Elternverein Münster", ["AG3"], None, "de"),
     frm=addr("Nurettin Aslan", "n.aslan@kurdischer-elternverein.example"),
     date="Wed, 27 Jan 2027 16:33:12 +0100",
     subject="Änderung Anmeldung - andere Person kommt",
     body=text("Sehr geehrte Damen und Herren,\n\n"
               "ich habe mich angemeldet für MSO Tag, Arbeitsgruppe 1. Leider ich habe an diese Tag eine\n"
               "Operation im Krankenhaus (nicht schlimm). Meine Kollegin von Verein, Frau Leyla Demir, kommt\n"
               "für mich. Sie möchte aber lieber in Arbeitsgruppe 3 gehen, weil sie macht bei uns die Kasse.\n\n"
               "Bitte schicken Sie alle Informationen an ihre Adresse: leyla.demir@kurdischer-elternverein.example\n\n"
               "Vielen Dank\nMit freundlichen Grüßen\nNurettin Aslan\nKurdischer Elternverein Münster\n",
               "utf-8", "quoted-printable"))

# Ordinary self-registration in Arabic, windows-1256 base64; signature in Arabic script only,
# the organisation written in Latin letters inside the Arabic text.
mail("alhalabi-arabic-self",
     R("registration", "m.alhalabi@sdkv-ms.example", "محمد الحلبي",
       "Syrisch-Deutscher Kulturverein Münster", ["AG2"], 1, "ar"),
     frm=addr("M. Alhalabi", "m.alhalabi@sdkv-ms.example"),
     date="Thu, 28 Jan 2027 20:14:33 +0100",
     subject="التسجيل في يوم منظمات المهاجرين", scs="windows-1256",
     body=text("السلام عليكم ورحمة الله،\n\n"
               "أنا محمد الحلبي، عضو في الهيئة الإدارية لـ Syrisch-Deutscher Kulturverein Münster.\n"
               "أرغب بالتسجيل في يوم منظمات المهاجرين بتاريخ 13 آذار 2027.\n"
               "أفضّل مجموعة العمل الثانية (مستقبل مدينة مونستر).\n\n"
               "مع الشكر الجزيل،\nمحمد الحلبي\n", "windows-1256", "base64"))

# Question from an integration guide: interpreters? she might register three women later.
# Registers no one yet. Gmail multipart/alternative UTF-8.
_plain = ("Hallo zusammen,\n\n"
          "ich begleite als ehrenamtliche Integrationslotsin eine Gruppe von Frauen aus Syrien und dem Irak,\n"
          "die gerade einen eigenen Verein gründen wollen. Drei von ihnen hätten Interesse am MSO-Tag.\n\n"
          "Bevor ich sie anmelde: Gibt es an dem Tag eine Übersetzung ins Arabische oder sollen wir selbst\n"
          "jemanden mitbringen? Und ist die Veranstaltung auch für Menschen offen, deren Verein noch gar\n"
          "nicht eingetragen ist?\n\n"
          "Danke und liebe Grüße\nTanja Roggenkamp\n")
mail("roggenkamp-question-interpreters",
     R("question", "tanja.roggenkamp@gmail-post.example", "Tanja Roggenkamp", None, [], None, "de"),
     frm=addr("Tanja Roggenkamp", "tanja.roggenkamp@gmail-post.example"),
     date="Fri, 29 Jan 2027 09:48:00 +0100",
     subject="Frage: Dolmetscher am MSO-Tag?",
     body=multi("alternative", [text(_plain, "utf-8", "quoted-printable"),
                                text(html_from_plain(_plain), "utf-8", "quoted-printable", "html")],
                "0000000000004f8e2a05f1c3b7d2", preamble=None))

# Adult daughter (living in London) registers her father in English and comes along to translate:
# name = father, party 2, email = daughter; timezone +0000.
mail("daughter-registers-father-ahmed",
     R("registration", "nusrat.ahmed@uni-mail.example", "Kamal Uddin Ahmed",
       "Bangladesh Samity Münster", ["AG3"], 2, "en"),
     frm=addr("Nusrat Ahmed", "nusrat.ahmed@uni-mail.example"),
     date="Fri, 29 Jan 2027 23:38:14 +0000",
     subject="Registration for my father - MSO Day 13 March",
     body=text("Dear organisers,\n\n"
               "I'm writing on behalf of my father, Kamal Uddin Ahmed, who is the president of Bangladesh\n"
               "Samity Münster. He would very much like to attend the MSO day on 13 March. His German is\n"
               "quite limited (and his email skills even more so!), so I'm handling this for him.\n\n"
               "He's interested in workgroup 3 - funding and running an association - since the Samity is\n"
               "trying to apply for city funding for the first time.\n\n"
               "I don't think there will be Bengali interpretation, so I'll fly over and come along to\n"
               "translate for him. Please register two people. I'm Nusrat Ahmed (no organisation, just the\n"
               "daughter :) ).\n\n"
               "Please send the confirmation to me at this address, I'll print it out for him.\n\n"
               "Many thanks,\nNusrat\n", "utf-8", "quoted-printable"))

# Ordinary self-registration in Ukrainian, KOI8-U QP; organisation written in Latin in the signature
# with "ue" (KOI8-U has no u-umlaut), labelled as written.
mail("shevchuk-ukrainian-self",
     R("registration", "olena.shevchuk@ug-ms.example", "Олена Шевчук",
       "Ukrainische Gemeinde Muenster", ["AG1"], 1, "uk"),
     frm=addr("Olena Shevchuk", "olena.shevchuk@ug-ms.example"),
     date="Sun, 31 Jan 2027 13:02:41 +0100",
     subject="Реєстрація на MSO-Tag 13.03", scs="koi8-u",
     body=text("Доброго дня!\n\n"
               "Мене звати Олена Шевчук, я волонтерка в нашій громаді і допомагаю українським дітям з\n"
               "домашніми завданнями. Хочу зареєструватися на День організацій мігрантів 13 березня.\n"
               "Мене цікавить робоча група 1 - освіта.\n\n"
               "Дякую!\n\nОлена Шевчук\nUkrainische Gemeinde Muenster e.V.\n", "koi8-u", "quoted-printable"))

# Secretary of a district centre registers the head plus an intern; Reply-To (shared secretariat
# mailbox) differs from From and wins; ISO-8859-15 QP.
mail("brinkmann-registers-hoelscher-and-intern",
     R("registration", "sekretariat@stz-kinderhaus.example", "Bernd Hölscher",
       "Stadtteilzentrum Kinderhaus", ["AG2"], 2, "de"),
     frm=addr("Monika Brinkmann", "m.brinkmann@stz-kinderhaus.example", "iso-8859-15"),
     date="Mon, 01 Feb 2027 10:27:09 +0100",
     subject="Platzreservierung MSO-Tag für Herrn Hölscher", scs="iso-8859-15",
     extra=[f"Reply-To: {addr('Sekretariat Stadtteilzentrum Kinderhaus', 'sekretariat@stz-kinderhaus.example')}"],
     body=text("Guten Tag,\n\n"
               "für Herrn Bernd Hölscher (Leitung Stadtteilzentrum Kinderhaus) möchte ich zwei Plätze für den\n"
               "MSO-Tag am 13.03. reservieren: Herr Hölscher selbst und unsere Jahrespraktikantin Frau Jana\n"
               "Krüger, die ihn begleitet.\n\n"
               "Beide interessieren sich für die AG \"Münsters Zukunftsprozess\".\n\n"
               "Für Rückfragen erreichen Sie das Sekretariat über die Antwortadresse dieser Mail.\n\n"
               "Freundliche Grüße\n\nMonika Brinkmann\nSekretariat\n"
               "Stadtteilzentrum Kinderhaus\nIdenbrockplatz 8 · 48159 Münster\n", "iso-8859-15", "quoted-printable"))

# French: writer registers herself and her husband, first and second choice in Roman numerals.
mail("mbarga-french-with-husband",
     R("registration", "clarisse.mbarga@acam-ms.example", "Clarisse Mbarga",
       "Association des Camerounais de Münster", ["AG3", "AG1"], 2, "fr"),
     frm=addr("Clarisse Mbarga", "clarisse.mbarga@acam-ms.example"),
     date="Tue, 02 Feb 2027 17:45:26 +0100",
     subject="Inscription Journée des organisations de migrants", scs="iso-8859-1",
     body=text("Bonjour Madame, Monsieur,\n\n"
               "Je m'appelle Clarisse Mbarga, je suis trésorière de l'association des Camerounais. Je souhaite\n"
               "m'inscrire à la journée du 13 mars avec mon mari, Jean-Paul Mbarga, qui est aussi membre du\n"
               "bureau. Nous serons donc deux.\n\n"
               "Nous voudrions participer à l'atelier III (subventions et gestion associative), sinon à\n"
               "l'atelier I.\n\n"
               "Cordialement,\n\nClarisse Mbarga\nAssociation des Camerounais de Münster\n",
               "iso-8859-1", "8bit"))

# Change: add one more person to an existing registration (learner German, Vietnamese association);
# the added person goes to "the same group" -> workgroups []; party_size new total 3; the writer's
# own earlier mail is quoted below and names AG 3 (quoted text must not count).
mail("vu-add-colleague-to-registration",
     R("change", "vu.thanh.huong@vkv-ms.example", "Vũ Thanh Hương",
       "Vietnamesischer Kulturverein Münster", [], 3, "de"),
     frm=addr("Vũ Thanh Hương", "vu.thanh.huong@vkv-ms.example"),
     date="Wed, 03 Feb 2027 12:12:57 +0100",
     subject="AW: Anmeldung MSO-Tag Vietnamesischer Kulturverein",
     extra=["In-Reply-To: " + mid("vu-earlier", "vkv-ms.example"),
            "References: " + mid("vu-earlier", "vkv-ms.example")],
     body=text("Hallo,\n\n"
               "wir haben uns am 20.1. angemeldet, 2 Personen. Jetzt möchte auch meine Kollegin Frau Phạm Thu Hà\n"
               "mitkommen, sie ist neu in Vorstand. Geht das noch? Dann sind wir 3 Personen. Sie geht mit uns in\n"
               "die gleiche Gruppe.\n\n"
               "Danke schön\nVũ Thanh Hương\n\n"
               "-----Ursprüngliche Nachricht-----\n"
               "Von: Vũ Thanh Hương <vu.thanh.huong@vkv-ms.example>\n"
               "Gesendet: Mittwoch, 20. Januar 2027 19:02\n"
               "An: mso-tag@muenster.example\n"
               "Betreff: Anmeldung MSO-Tag Vietnamesischer Kulturverein\n\n"
               "Guten Tag, ich melde mich und mein Mann Lê Văn Dũng für den MSO-Tag an. Wir möchten\n"
               "in AG 3 Vereinsmanagement.\n"
               "Vũ Thanh Hương, Vietnamesischer Kulturverein Münster\n", "utf-8", "base64"))

# Secretary cancels for her chair (illness); short, UTF-8 QP; organisation in the signature.
mail("sekretariat-cancels-for-yilmaz",
     R("cancellation", "sekretariat@tig-ms.example", "Mehmet Yılmaz",
       "Türkisch-Islamische Gemeinde Münster", [], None, "de"),
     frm=addr("Sekretariat TIG Münster", "sekretariat@tig-ms.example"),
     date="Thu, 04 Feb 2027 08:55:30 +0100",
     subject="Absage Herr Dr. Yılmaz",
     body=text("Sehr geehrtes Organisationsteam,\n\n"
               "leider muss Herr Dr. Mehmet Yılmaz seine Teilnahme am Tag der Migrantenselbstorganisationen\n"
               "aus gesundheitlichen Gründen absagen. Bitte streichen Sie ihn von der Teilnehmerliste.\n"
               "Er bedauert das sehr.\n\n"
               "Mit freundlichen Grüßen\ni. A. Hatice Korkmaz\n"
               "Sekretariat – Türkisch-Islamische Gemeinde Münster e.V.\n", "utf-8", "quoted-printable"))

# Ordinary self-registration in Tigrinya (Ge'ez script), UTF-8 base64; organisation in Latin,
# name signed in Latin letters.
mail("gebremedhin-tigrinya-self",
     R("registration", "semhar.g@eg-ms.example", "Semhar Gebremedhin",
       "Eritreische Gemeinde Münster", ["AG3"], 1, "ti"),
     frm=addr("Semhar G.", "semhar.g@eg-ms.example"),
     date="Thu, 04 Feb 2027 19:30:02 +0100",
     subject="ምዝገባ MSO-Tag 13.03.2027",
     body=text("ሰላም ንኹልኹም፡\n\n"
               "ኣነ ካብ Eritreische Gemeinde Münster እየ። ኣብ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag)\n"
               "ዕለት 13 መጋቢት 2027 ክሳተፍ እደሊ እየ።\n"
               "ኣብ ጉጅለ ስራሕ 3 (Förderung / Vereinsmanagement) ክኸውን እደሊ።\n"
               "ጀርመንኛ ቁሩብ ጥራይ እዛረብ፡ እንግሊዝኛ ግን ይኽእል እየ።\n\n"
               "የቐንየለይ\nSemhar Gebremedhin\n", "utf-8", "base64"))

# Out-of-office auto reply (Auto-Submitted header) from the social worker of mail 3, answering an
# information mail of ours.
mail("schulte-baeumer-out-of-office",
     machine("auto_reply"),
     frm=addr("Anne Schulte-Bäumer", "a.schulte-baeumer@caritas-ms.example", "iso-8859-1"),
     date="Fri, 05 Feb 2027 09:01:12 +0100",
     subject="Abwesend: Informationen zum MSO-Tag 2027 / Anreise und Programm",
     scs="iso-8859-1",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
            "In-Reply-To: <info-2027-02-05.0001@muenster.example>"],
     body=text("Vielen Dank für Ihre Nachricht.\n\n"
               "Ich bin vom 05.02. bis einschließlich 16.02.2027 nicht im Büro. Ihre E-Mail wird nicht\n"
               "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Zentrale der\n"
               "Flüchtlingsberatung unter 0251 000 2200.\n\n"
               "Mit freundlichen Grüßen\nAnne Schulte-Bäumer\n", "iso-8859-1", "quoted-printable"))

# Integration guide registers herself plus two women from her group (clients without e-mail):
# writer attends -> name = writer, party 3; windows-1252 8bit.
mail("hartkamp-guide-with-two-women",
     R("registration", "s.hartkamp@frauencafe-coerde.example", "Sabine Hartkamp",
       "Frauencafé International Coerde", ["AG1"], 3, "de"),
     frm=addr("Sabine Hartkamp", "s.hartkamp@frauencafe-coerde.example", "windows-1252"),
     date="Mon, 08 Feb 2027 11:11:40 +0100",
     subject="Anmeldung 3 Personen Frauencafé Coerde", scs="windows-1252",
     body=text("Hallo liebes MSO-Team,\n\n"
               "ich bin Integrationslotsin im Frauencafé International Coerde und würde gern mich und zwei\n"
               "Frauen aus unserer Gruppe anmelden:\n\n"
               "- Sabine Hartkamp (ich)\n- Amal Haddad\n- Rukhsana Begum\n\n"
               "Frau Haddad und Frau Begum haben keine eigene Mailadresse, bitte läuft alles über mich.\n"
               "Wir möchten alle drei in die AG Bildung – beide Frauen haben Kinder in der Grundschule und\n"
               "viele Fragen zum Übergang auf die weiterführende Schule.\n\n"
               "Danke schön und bis bald\nSabine Hartkamp\nFrauencafé International Coerde\n",
               "windows-1252", "8bit"))

# Ordinary self-registration in Polish, windows-1250 QP; organisation in the signature (nominative).
mail("wroblewska-polish-self",
     R("registration", "a.wroblewska@most-ms.example", "Agnieszka Wróblewska",
       "Polskie Stowarzyszenie Kulturalne „Most”", ["AG2"], 1, "pl"),
     frm=addr("Agnieszka Wróblewska", "a.wroblewska@most-ms.example", "windows-1250"),
     date="Tue, 09 Feb 2027 20:20:18 +0100",
     subject="Zgłoszenie – Dzień Organizacji Migranckich", scs="windows-1250",
     body=text("Dzień dobry,\n\n"
               "chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca w Münster.\n"
               "Interesuje mnie grupa robocza nr 2 – przyszłość Münsteru z perspektywy migrantów.\n\n"
               "Pozdrawiam serdecznie\nAgnieszka Wróblewska\nPolskie Stowarzyszenie Kulturalne „Most” e.V.\n",
               "windows-1250", "quoted-printable"))

# Question: if I fall ill, may my deputy come, must he register separately? No umlauts keyboard.
mail("rahimi-question-deputy",
     R("question", "h.rahimi@dari-verein.example", "Hamid Rahimi", None, [], None, "de"),
     frm=addr("Hamid Rahimi", "h.rahimi@dari-verein.example"),
     date="Wed, 10 Feb 2027 07:15:44 +0100",
     subject="Vertretung moeglich?",
     body=text("Guten Morgen,\n\n"
               "ich bin fuer den 13. Maerz angemeldet. Eine Frage: falls ich krank werde, darf dann unser\n"
               "stellvertretender Vorsitzender kommen? Muss er sich dafuer extra anmelden oder reicht es,\n"
               "wenn er am Eingang meinen Namen sagt?\n\n"
               "Gruss\nHamid Rahimi\n", "us-ascii", "7bit"))

# Ordinary self-registration in Kurdish (Kurmanji), ISO-8859-9 QP; first and second choice.
mail("aydin-kurdish-self",
     R("registration", "rojda.aydin@kjk-ms.example", "Rojda Aydın",
       "Komeleya Jinên Kurd a Münsterê", ["AG2", "AG1"], 1, "ku"),
     frm=addr("Rojda Aydın", "rojda.aydin@kjk-ms.example", "iso-8859-9"),
     date="Thu, 11 Feb 2027 18:40:29 +0100",
     subject="Tomarkirin - Roja Rêxistinên Koçberan", scs="iso-8859-9",
     body=text("Silav û rêz,\n\n"
               "Navê min Rojda Aydın e. Ez dixwazim di 13ê Adarê de beşdarî Roja Rêxistinên Koçberan\n"
               "(MSO-Tag) bibim.\n"
               "Ez dixwazim beşdarî koma xebatê ya 2yan bibim (paşeroja Münsterê). Heke li wir cih\n"
               "tune be, koma 1ê jî baş e.\n"
               "Ez ê bi tena serê xwe werim.\n\n"
               "Spas ji bo xebata we.\n\nBi silav,\nRojda Aydın\nKomeleya Jinên Kurd a Münsterê\n",
               "iso-8859-9", "quoted-printable"))

# Substitute without workgroup: registered writer cannot come, treasurer comes instead, nothing
# else changes -> change, email = writer, workgroups []; top-posted over our quoted confirmation
# (which names AG 2).
mail("bakr-treasurer-instead-top-posted",
     R("change", "samira.bakr@sudan-verein.example", "Samira Bakr",
       "Sudanesischer Verein Münster", [], None, "de"),
     frm=addr("Samira Bakr", "samira.bakr@sudan-verein.example"),
     date="Fri, 12 Feb 2027 12:30:15 +0100",
     subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
     extra=["In-Reply-To: <conf-7731@muenster.example>", "References: <conf-7731@muenster.example>"],
     body=text("Hallo,\n\n"
               "leider kann ich am 13.3. doch nicht. Statt mir kommt unser Kassenwart, Herr Osman Bakr.\n"
               "Sonst bleibt alles wie gehabt.\n\n"
               "Viele Grüße\nSamira Bakr\nSudanesischer Verein Münster\n\n"
               "Am 28.01.2027 um 10:14 schrieb Tag der Migrantenselbstorganisationen:\n"
               "> Guten Tag Samira Bakr,\n"
               "> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen am\n"
               "> 13. März 2027 (10-16 Uhr, Stadtweinhaus, Prinzipalmarkt 8).\n"
               "> Arbeitsgruppe: AG2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit\n"
               "> Migrationsvorgeschichte\n"
               "> Personen: 1\n"
               "> Mit freundlichen Grüßen\n"
               "> Ihr Organisationsteam\n", "utf-8", "8bit"))

# General secretary registers a delegation of three and does not attend herself; the head of
# delegation is named -> name = head of delegation; email = writer; per-person workgroups;
# Gmail multipart/alternative plus a .txt attachment with the same list.
_plain = ("Dear MSO Day team,\n\n"
          "On behalf of the Nigerian Community Münster e.V., I would like to register our delegation for\n"
          "13 March:\n\n"
          "1. Mr. Chukwuemeka Obi (President, head of delegation) - workgroup 2\n"
          "2. Mrs. Ngozi Eze (Women's wing) - workgroup 1\n"
          "3. Mr. Tunde Bakare (Youth) - workgroup 2\n\n"
          "I will not be attending myself, but please send all correspondence to me as I handle the\n"
          "Community's mail.\n\n"
          "Kind regards,\nBlessing Okafor\nGeneral Secretary\nNigerian Community Münster e.V.\n")
mail("okafor-nigerian-delegation",
     R("registration", "secretary@ncm-muenster.example", "Chukwuemeka Obi",
       "Nigerian Community Münster", ["AG2", "AG1"], 3, "en"),
     frm=addr("Blessing Okafor", "secretary@ncm-muenster.example"),
     date="Sat, 13 Feb 2027 15:05:50 +0100",
     subject="Delegation registration - Nigerian Community Münster",
     body=multi("mixed", [
         multi("alternative", [text(_plain, "utf-8", "quoted-printable"),
                               text(html_from_plain(_plain, "Verdana"), "utf-8", "quoted-printable", "html")],
               "000000000000c7d8e9f0a1b2c3d4", preamble=None),
         Part(['Content-Type: text/plain; charset="utf-8"; name="delegation.txt"',
               'Content-Disposition: attachment; filename="delegation.txt"',
               "Content-Transfer-Encoding: base64"],
              base64.encodebytes("Chukwuemeka Obi;AG2\r\nNgozi Eze;AG1\r\nTunde Bakare;AG2\r\n".encode())),
     ], "000000000000c7d8e9f0a1b2c3d5", preamble=None))

# Arabic dialect from a phone: writer and his brother (party 2), Arabic-Indic digits, UTF-8 base64.
mail("aljubouri-arabic-with-brother",
     R("registration", "ali.aljubouri@mailbox.example", "علي الجبوري",
       "جمعية الجالية العراقية في مونستر", ["AG3"], 2, "ar"),
     frm=addr("Ali Aljubouri", "ali.aljubouri@mailbox.example"),
     date="Sun, 14 Feb 2027 22:51:07 +0100",
     subject="تسجيل",
     extra=["X-Mailer: Android Mail 2027.01"],
     body=text("مرحبا\n"
               "بدي سجل انا واخي بيوم الجمعيات ١٣ آذار. احنا من جمعية الجالية العراقية في مونستر\n"
               "ورشة العمل رقم ٣ إذا ممكن\n"
               "تحياتي\nعلي الجبوري\n", "utf-8", "base64"))

# Shared association mailbox: From is info@, Reply-To is the secretary; learner German;
# French-named organisation in the signature.
mail("ilunga-shared-mailbox-replyto",
     R("registration", "p.ilunga@acm-muenster.example", "Patrick Ilunga",
       "Association Congolaise de Münster", ["AG2", "AG3"], 1, "de"),
     frm=addr("ACM Münster Info", "info@acm-muenster.example"),
     date="Mon, 15 Feb 2027 10:10:10 +0100",
     subject="anmeldung mso tag",
     extra=[f"Reply-To: {addr('Patrick Ilunga', 'p.ilunga@acm-muenster.example')}"],
     body=text("Guten Tag,\n\n"
               "Ich melde mich an für den MSO tag. Ich bin Sekretär von unsere Verein. Ich möchte AG 2 oder\n"
               "AG 3, am liebsten AG 2. Bitte antworten Sie an meine Adresse, nicht an info, weil info lesen\n"
               "viele Leute.\n\n"
               "Merci et bonne journée\n"
               "Patrick Ilunga\nSecrétaire\nAssociation Congolaise de Münster e.V.\n",
               "utf-8", "quoted-printable"))

# Spanish: writer and a colleague (party 2), taller 2 else taller 3, plus a question (still a
# registration); ISO-8859-1 QP.
mail("fernandez-spanish-with-colleague",
     R("registration", "lucia.fernandez@puente-ms.example", "Lucía Fernández Ortega",
       "Asociación Latinoamericana Puente", ["AG2", "AG3"], 2, "es"),
     frm=addr("Lucía Fernández", "lucia.fernandez@puente-ms.example", "iso-8859-1"),
     date="Tue, 16 Feb 2027 19:19:19 +0100",
     subject="Inscripción Día de las Organizaciones de Migrantes", scs="iso-8859-1",
     body=text("Hola:\n\n"
               "Me llamo Lucía Fernández Ortega y soy la coordinadora de la asociación latinoamericana\n"
               "«Puente» de Münster. Quisiera inscribirme al día del 13 de marzo junto con mi compañera\n"
               "Valentina Ríos. Seríamos dos personas.\n\n"
               "Nos interesa el taller 2 (el futuro de Münster); si está lleno, el taller 3.\n"
               "¿Hay que llevar algo?\n\n"
               "Muchas gracias y un saludo cordial,\n\nLucía Fernández Ortega\n"
               "Asociación Latinoamericana Puente e.V.\n", "iso-8859-1", "quoted-printable"))

# Secretary changes her chair's workgroup (AG 2 -> AG 3); HTML-only Outlook, UTF-8 base64.
mail("sekretariat-bashir-switch-ag",
     R("change", "buero@afrikanisches-forum.example", "Abdirahman Bashir",
       "Afrikanisches Forum Münster", ["AG3"], None, "de"),
     frm=addr("Büro Afrikanisches Forum", "buero@afrikanisches-forum.example"),
     date="Wed, 17 Feb 2027 09:30:38 +0100",
     subject="Änderung Arbeitsgruppe - Prof. Bashir",
     extra=OUTLOOK,
     body=text(outlook_html([
         "Guten Morgen,", "&nbsp;",
         "Herr Prof. Dr. Abdirahman Bashir ist f&uuml;r den MSO-Tag in der AG 2 angemeldet. Er m&ouml;chte "
         "nun doch lieber in die AG 3 (F&ouml;rderung und Vereinsmanagement) wechseln, da er dort einen "
         "kurzen Beitrag zu Stiftungsmitteln einbringen k&ouml;nnte.",
         "&nbsp;", "Vielen Dank f&uuml;r Ihre M&uuml;he!", "&nbsp;",
         "Beste Gr&uuml;&szlig;e", "Dorothea Kamau", "B&uuml;ro Afrikanisches Forum M&uuml;nster",
     ]), "utf-8", "base64", "html"))

# Ordinary self-registration in Vietnamese, UTF-8 QP; organisation name in Vietnamese.
mail("tran-vietnamese-self",
     R("registration", "tranvanminh@hnv-ms.example", "Trần Văn Minh",
       "Hội Người Việt Münster", ["AG1"], 1, "vi"),
     frm=addr("Minh Tran", "tranvanminh@hnv-ms.example"),
     date="Thu, 18 Feb 2027 21:00:45 +0100",
     subject="Đăng ký tham dự MSO-Tag 2027",
     body=text("Kính gửi Ban tổ chức,\n\n"
               "Tôi tên là Trần Văn Minh, hiện là phó chủ tịch Hội Người Việt Münster. Tôi xin đăng ký tham\n"
               "dự Ngày các Tổ chức của Người Di cư vào ngày 13/3/2027.\n"
               "Tôi muốn tham gia nhóm làm việc số 1 (giáo dục), vì hội chúng tôi có lớp dạy tiếng Việt cho\n"
               "trẻ em vào cuối tuần.\n\n"
               "Xin chân thành cảm ơn.\nTrân trọng,\nTrần Văn Minh\n", "utf-8", "quoted-printable"))

# Social worker registers a client who comes as a private person and asks to confirm directly to
# the client's address (mixed case, client in Cc) -> email = client; organisation null.
mail("diakonie-registers-client-haidari",
     R("registration", "a.haidari@mailbox.example", "Ali Haidari", None, ["AG3"], 1, "de"),
     frm=addr("Jörg Wessel", "j.wessel@diakonie-mbe.example"),
     date="Fri, 19 Feb 2027 11:45:02 +0100",
     subject="Anmeldung Herr Ali Haidari",
     to=REG_TO,
     extra=["Cc: A.Haidari@mailbox.example"],
     body=text("Sehr geehrte Damen und Herren,\n\n"
               "ich melde hiermit meinen Klienten Herrn Ali Haidari zum MSO-Tag am 13. März an. Herr Haidari\n"
               "ist (noch) in keinem Verein und kommt als Privatperson, er überlegt aber, mit anderen jungen\n"
               "Männern einen afghanischen Sportverein zu gründen. Deshalb wäre die Arbeitsgruppe 3 zu\n"
               "Fördermöglichkeiten und Vereinsmanagement genau richtig.\n\n"
               "Bitte senden Sie die Bestätigung direkt an Herrn Haidari: A.Haidari@mailbox.example\n"
               "(ich habe ihn in Kopie gesetzt).\n\n"
               "Mit freundlichen Grüßen\n"
               "Jörg Wessel\nMigrationsberatung für erwachsene Zuwanderer (MBE)\n"
               "Diakonie Münster\n", "utf-8", "quoted-printable"))

# Bounce: the confirmation to the client's address from the previous mail could not be delivered;
# multipart/report with delivery-status.
_bounce_text = ("This is the mail system at host mail.muenster.example.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "                   The mail system\n\n"
                "<a.haidari@mailbox.example>: host mx.mailbox.example[192.0.2.41] said: 550 5.1.1\n"
                "    <a.haidari@mailbox.example>: Recipient address rejected: User unknown in\n"
                "    virtual mailbox table (in reply to RCPT TO command)\n")
_dsn = ("Reporting-MTA: dns; mail.muenster.example\n"
        "X-Postfix-Queue-ID: 4Ln2Xq0c3Vz9sWk\n"
        "Arrival-Date: Fri, 19 Feb 2027 11:47:31 +0100 (CET)\n\n"
        "Final-Recipient: rfc822; a.haidari@mailbox.example\n"
        "Original-Recipient: rfc822;a.haidari@mailbox.example\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mx.mailbox.example\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <a.haidari@mailbox.example>: Recipient address\n"
        "    rejected: User unknown in virtual mailbox table\n")
_orig = ("From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
         "To: a.haidari@mailbox.example\n"
         "Subject: =?utf-8?q?Ihre_Anmeldung_zum_Tag_der_Migrantenselbstorganisationen_2027?=\n"
         "Date: Fri, 19 Feb 2027 11:47:30 +0100\n"
         "Message-ID: <conf-8120@muenster.example>\n"
         "Auto-Submitted: auto-replied\n")
mail("bounce-haidari-confirmation",
     machine("bounce", "a.haidari@mailbox.example"),
     frm=addr("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example"),
     to="mso-tag@muenster.example",
     date="Fri, 19 Feb 2027 11:47:33 +0100",
     subject="Undelivered Mail Returned to Sender",
     extra=["Auto-Submitted: auto-replied"],
     body=multi("report", [
         Part(['Content-Description: Notification', 'Content-Type: text/plain; charset="us-ascii"'],
              _bounce_text.encode("ascii")),
         Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
              _dsn.encode("ascii")),
         Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
              _orig.encode("ascii")),
     ], "4Ln2Xq0c3Vz9sWk.1803364053/mail.muenster.example", params='; report-type=delivery-status',
        preamble="This is a MIME-encapsulated message."))

# Albanian: writer and his wife (party 2), workgroup 3; windows-1252 8bit.
mail("krasniqi-albanian-with-wife",
     R("registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
       "Shoqata Kulturore Shqiptare \"Iliria\"", ["AG3"], 2, "sq"),
     frm=addr("Arben Krasniqi", "arben.krasniqi@iliria-ms.example"),
     date="Sat, 20 Feb 2027 16:16:16 +0100",
     subject="Regjistrim për Ditën e Organizatave", scs="windows-1252",
     body=text("Përshëndetje,\n\n"
               "Unë jam Arben Krasniqi nga Shoqata Kulturore Shqiptare \"Iliria\" në Münster. Dua të regjistrohem\n"
               "për Ditën e Organizatave të Migrantëve më 13 mars. Do të vij bashkë me gruan time, Vjollca\n"
               "Krasniqi, kështu që jemi dy persona.\n\n"
               "Ne jemi të interesuar për grupin e punës 3 (financimi dhe menaxhimi i shoqatës).\n\n"
               "Faleminderit dhe përshëndetje të përzemërta,\nArben Krasniqi\n", "windows-1252", "8bit"))

# Ticket-system receipt (auto reply) from an umbrella association's helpdesk, answering a mail of
# ours; Auto-Submitted + X-Autoreply + Precedence.
mail("ticket-receipt-dachverband",
     machine("auto_reply"),
     frm=addr("Dachverband MSO NRW - Service", "service@mso-dachverband.example"),
     date="Sun, 21 Feb 2027 08:00:04 +0100",
     subject="[Ticket#2027022110000123] Eingangsbestätigung: AW: Anfrage Referentin AG 3",
     extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk",
            "X-Loop: service@mso-dachverband.example",
            "In-Reply-To: <req-ag3-speaker@muenster.example>"],
     body=text("Guten Tag,\n\n"
               "vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer\n"
               "2027022110000123 erfasst. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an.\n\n"
               "Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von fünf\n"
               "Werktagen.\n\n"
               "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
               "Ihr Service-Team\nDachverband der Migrantenselbstorganisationen NRW\n"
               "https://service.mso-dachverband.example\n", "utf-8", "quoted-printable"))

# Mother (of mail 8) cancels for her son, in Russian, UTF-8 QP (mail.ru style), quoting our confirmation;
# email = the mother (she writes, no other address asked for).
mail("mother-cancels-for-son-kovalchuk",
     R("cancellation", "l.kovalchuk@web-post.example", "Artem Kovalchuk",
       "Deutsch-Russischer Kulturverein Dialog", [], None, "ru"),
     frm=addr("Людмила Ковальчук", "l.kovalchuk@web-post.example"),
     date="Mon, 22 Feb 2027 07:50:21 +0100",
     subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
     extra=["In-Reply-To: <conf-7802@muenster.example>"],
     body=text("Добрый день!\n\n"
               "К сожалению, Артём не сможет прийти 13 марта – его отправляют в командировку. Пожалуйста,\n"
               "отмените его регистрацию. Он очень извиняется.\n\n"
               "С уважением,\nЛюдмила Ковальчук\n\n"
               "Понедельник, 25 января 2027, 8:02 +01:00 от Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:\n"
               "> Guten Tag Artem Kovalchuk,\n"
               "> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen.\n"
               "> Arbeitsgruppe: AG1\n", "utf-8", "quoted-printable"))

# Delegation as an HTML table (Outlook, HTML-only, windows-1252 QP); writer attends and is in the
# table; workgroups per person -> distinct in order; party 3.
_rows = [("Sivakumar Rajendran", "Vorsitzender", "AG 2"), ("Tharshini Yogarajah", "Tamilschule", "AG 1"),
         ("Kumaran Selvam", "Jugend", "AG 1")]
_table = ("<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
          "<tr><td><b>Name</b></td><td><b>Funktion</b></td><td><b>Arbeitsgruppe</b></td></tr>"
          + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in _rows) + "</table>")
mail("rajendran-tamil-delegation-table",
     R("registration", "s.rajendran@tamil-kv-ms.example", "Sivakumar Rajendran",
       "Tamilischer Kulturverein Münster", ["AG2", "AG1"], 3, "de"),
     frm=addr("Sivakumar Rajendran", "s.rajendran@tamil-kv-ms.example"),
     date="Mon, 22 Feb 2027 18:05:55 +0100",
     subject="Anmeldung Tamilischer Kulturverein",
     extra=OUTLOOK,
     body=text(outlook_html([
         "Sehr geehrte Damen und Herren,", "&nbsp;",
         "f&uuml;r den Tamilischen Kulturverein M&uuml;nster e.V. melden wir folgende Personen an:", "&nbsp;",
         _table, "&nbsp;",
         "Ich bin Ansprechpartner f&uuml;r alle drei.", "&nbsp;",
         "Mit freundlichen Gr&uuml;&szlig;en", "Sivakumar Rajendran", "Tamilischer Kulturverein M&uuml;nster e.V.",
     ]), "windows-1252", "quoted-printable", "html"))

# Farsi: writer registers herself and her mother who speaks no German (writer translates);
# UTF-8 QP, Persian digits.
mail("rezaei-farsi-with-mother",
     R("registration", "maryam.rezaei@ifv-ms.example", "مریم رضایی",
       "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 2, "fa"),
     frm=addr("Maryam Rezaei", "maryam.rezaei@ifv-ms.example"),
     date="Tue, 23 Feb 2027 20:30:12 +0100",
     subject="ثبت‌نام برای روز سازمان‌های مهاجران",
     body=text("سلام و وقت بخیر،\n\n"
               "من مریم رضایی هستم، عضو انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای روز سازمان‌های\n"
               "مهاجران (۱۳ مارس) ثبت‌نام کنم. مادرم هم با من می‌آید؛ او آلمانی بلد نیست و من برایش\n"
               "ترجمه می‌کنم. پس ما دو نفر هستیم.\n"
               "ما به گروه کاری ۱ (آموزش) علاقه داریم.\n\n"
               "با تشکر\nمریم رضایی\n", "utf-8", "quoted-printable"))

# Question from a social worker: may a client who belongs to no association come, is it free,
# is there childcare? No registration yet.
mail("jobcenter-question-client-eligible",
     R("question", "fallmanagement.team3@jobcenter-ms.example", "Christian Brüggemann",
       "Jobcenter Münster", [], None, "de"),
     frm=addr("Brüggemann, Christian", "fallmanagement.team3@jobcenter-ms.example"),
     date="Wed, 24 Feb 2027 10:00:33 +0100",
     subject="Rückfrage Teilnahme MSO-Tag",
     extra=OUTLOOK,
     body=text("Guten Tag,\n\n"
               "eine Kundin von mir, alleinerziehend, sehr engagiert in ihrer Nachbarschaft, würde gern am\n"
               "MSO-Tag teilnehmen. Sie ist aber in keinem Verein Mitglied. Darf sie trotzdem kommen?\n"
               "Ist die Teilnahme kostenlos, und gibt es eventuell eine Kinderbetreuung vor Ort?\n\n"
               "Wenn ja, würde ich sie in den nächsten Tagen anmelden bzw. ihr Ihre Adresse geben.\n\n"
               "Mit freundlichen Grüßen\nIm Auftrag\nChristian Brüggemann\n"
               "Jobcenter Münster – Fallmanagement Team 3\n\n" + DISCLAIMER_DE + "\n",
               "utf-8", "quoted-printable"))

# Change in Russian: registered woman adds her husband and both want AG 2 instead of AG 1;
# inline reply to our confirmation (answers under the quoted lines); windows-1251 base64.
mail("bekker-russian-add-husband-switch",
     R("change", "irina.bekker@mailbox.example", "Ирина Беккер",
       None, ["AG2"], 2, "ru"),
     frm=addr("Ирина Беккер", "irina.bekker@mailbox.example", "windows-1251"),
     date="Thu, 25 Feb 2027 13:13:13 +0100",
     subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027", scs="windows-1251",
     extra=["In-Reply-To: <conf-7655@muenster.example>"],
     body=text("> Arbeitsgruppe: AG1 - Menschen mit Migrationsvorgeschichte im Bildungssystem\n\n"
               "Мы с мужем хотели бы оба пойти в AG2 (будущее Мюнстера), если это ещё возможно.\n\n"
               "> Personen: 1\n\n"
               "Пожалуйста, добавьте моего мужа, Андрея Беккера. Тогда нас будет двое.\n\n"
               "Спасибо!\nИрина Беккер\n", "windows-1251", "base64"))

# Newsletter of a network that mentions the MSO-Tag, its address and the workgroups -> other.
_plain = ("Netzwerk Migrantenorganisationen Münster - Newsletter Februar 2027\n\n"
          "1) Tag der Migrantenselbstorganisationen am 13. März 2027\n"
          "Die Stadt lädt wieder ins Stadtweinhaus ein. Drei Arbeitsgruppen: AG 1 Bildung, AG 2 Münsters\n"
          "Zukunftsprozess, AG 3 Förderung und Vereinsmanagement. Anmeldung bis 6. März an\n"
          "mso-tag@muenster.example.\n\n"
          "2) Fortbildung Buchhaltung für Vereine - 4 freie Plätze\n\n"
          "3) Ramadan-Kalender der Stadtteilzentren\n\n"
          "Abmelden: https://netzwerk-mso.example/newsletter/abmelden\n")
mail("newsletter-netzwerk-february",
     machine("other"),
     frm=addr("Netzwerk Migrantenorganisationen Münster", "newsletter@netzwerk-mso.example"),
     date="Thu, 25 Feb 2027 17:00:00 +0100",
     subject="Newsletter Februar: MSO-Tag, Fortbildungen, Termine",
     extra=["List-Id: Newsletter <newsletter.netzwerk-mso.example>",
            "List-Unsubscribe: <https://netzwerk-mso.example/newsletter/abmelden>",
            "Precedence: bulk"],
     body=multi("alternative", [text(_plain, "utf-8", "quoted-printable"),
                                text("<html><body><table width=600><tr><td>"
                                     + _plain.replace("\n\n", "</p><p>").replace("\n", " ")
                                     + "</td></tr></table></body></html>\n", "utf-8", "quoted-printable", "html")],
                "=_nl_2027_02_b7a1"))

# Writer was invited but is NOT registered; he sends the youth officer instead and asks to
# confirm to her -> registration of the substitute; windows-1252 base64.
mail("gueler-sends-youth-officer-koc",
     R("registration", "derya.koc@tskv-gievenbeck.example", "Derya Koç",
       "Türkischer Sport- und Kulturverein Gievenbeck", ["AG1"], 1, "de"),
     frm=addr("Ramazan Güler", "r.gueler@tskv-gievenbeck.example", "windows-1252"),
     date="Fri, 26 Feb 2027 09:09:09 +0100",
     subject="MSO-Tag: Teilnahme für unseren Verein", scs="windows-1252",
     body=text("Sehr geehrte Damen und Herren,\n\n"
               "vielen Dank für die Einladung zum MSO-Tag. Ich selbst kann am 13. März leider nicht, aber für\n"
               "unseren Verein kommt unsere Jugendreferentin, Frau Derya Koç. Bitte melden Sie sie für die\n"
               "AG 1 an, sie betreut bei uns die Nachhilfe.\n\n"
               "Die Bestätigung bitte direkt an sie: derya.koc@tskv-gievenbeck.example\n\n"
               "Mit freundlichen Grüßen\nRamazan Güler\n1. Vorsitzender\n"
               "Türkischer Sport- und Kulturverein Gievenbeck e.V.\n", "windows-1252", "base64"))

# Ukrainian cancellation for the writer and her mother; windows-1251 8bit.
mail("melnyk-ukrainian-cancel-with-mother",
     R("cancellation", "n.melnyk@mailbox.example", "Наталія Мельник", None, [], None, "uk"),
     frm=addr("Nataliia Melnyk", "n.melnyk@mailbox.example"),
     date="Sat, 27 Feb 2027 15:40:48 +0100",
     subject="Скасування реєстрації", scs="windows-1251",
     body=text("Добрий день!\n\n"
               "На жаль, ми з мамою не зможемо прийти 13 березня. Прошу скасувати реєстрацію для нас обох\n"
               "(Наталія та Галина Мельник).\n\nДякую і вибачте!\nНаталія Мельник\n", "windows-1251", "8bit"))

# Learner German self-registration with a friend, no workgroup, no organisation; UTF-8 8bit.
mail("yusuf-learner-with-friend",
     R("registration", "abdirahman.yusuf@mailbox.example", "Abdirahman Yusuf", None, [], 2, "de"),
     frm=addr("", "abdirahman.yusuf@mailbox.example"),
     date="Sun, 28 Feb 2027 12:00:27 +0100",
     subject="tag von vereine",
     body=text("hallo ich heiße Abdirahman Yusuf, ich möchte anmelden mich und mein Freund fur die Tag von\n"
               "Vereine am 13 März. Wir sind neu in Münster und wollen Leute kennen lernen. Danke\n",
               "utf-8", "8bit"))

# Secretary of mail 1 adds the chair's adviser to the existing registration; top-posted Outlook
# reply over our confirmation (which names AG2) -> change, party 2, workgroups [].
_plain = ("Guten Tag,\n\n"
          "bitte ergänzen Sie die Anmeldung von Frau Dr. Acar um ihren Referenten, Herrn Tobias Lange.\n"
          "Es kommen dann zwei Personen.\n\n"
          "Mit freundlichen Grüßen\ni. A. Kerstin Vollmer\nAssistenz des Vorstands\n"
          "Deutsch-Türkischer Akademikerbund Münster e.V.\n\n"
          "Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
          "Gesendet: Montag, 18. Januar 2027 09:20\n"
          "An: Vollmer, Kerstin <k.vollmer@dtab-muenster.example>\n"
          "Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027\n\n"
          "Guten Tag Nilüfer Acar,\n"
          "vielen Dank für Ihre Anmeldung. Arbeitsgruppe: AG2. Personen: 1.\n")
mail("vollmer-adds-adviser-lange",
     R("change", "k.vollmer@dtab-muenster.example", "Nilüfer Acar",
       "Deutsch-Türkischer Akademikerbund Münster", [], 2, "de"),
     frm=addr("Vollmer, Kerstin", "k.vollmer@dtab-muenster.example"),
     date="Mon, 01 Mar 2027 09:20:40 +0100",
     subject="AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
     extra=OUTLOOK + ["In-Reply-To: <conf-7512@muenster.example>", "References: <conf-7512@muenster.example>"],
     body=multi("alternative", [
         text(_plain, "windows-1252", "quoted-printable"),
         text(outlook_html([__import__("html").escape(l) or "&nbsp;"
                            for l in _plain.split("\n")]), "windows-1252", "quoted-printable", "html")],
         "----=_NextPart_000_0120_01DB8A11.0C4F2E70"))

# Turkish question: the registered father asks whether his son may come in his place and whether
# a new registration is needed -> question; windows-1254 8bit.
mail("celik-turkish-may-son-come",
     R("question", "hasan.celik@mailbox.example", "Hasan Çelik", None, [], None, "tr"),
     frm=addr("Hasan Çelik", "hasan.celik@mailbox.example", "windows-1254"),
     date="Tue, 02 Mar 2027 19:45:03 +0100",
     subject="Oğlum benim yerime gelebilir mi?", scs="windows-1254",
     body=text("Merhaba,\n\n"
               "13 Mart için kayıt olmuştum ama o gün işim çıktı. Oğlum Emre benim yerime gelebilir mi? O da\n"
               "dernekte aktif, 22 yaşında. Tekrar kayıt olması gerekiyor mu, yoksa sadece ismini mi\n"
               "bildirelim?\n\nSelamlar\nHasan Çelik\n", "windows-1254", "8bit"))

# English cancellation on behalf of the chair (HTML-only Outlook); perhaps someone else later ->
# still a cancellation; email = the assistant who writes.
mail("mensah-cancels-for-owusu",
     R("cancellation", "efua.mensah@ghana-union-ms.example", "Samuel Owusu",
       "Ghana Union Münster", [], None, "en"),
     frm=addr("Efua Mensah", "efua.mensah@ghana-union-ms.example"),
     date="Wed, 03 Mar 2027 11:30:17 +0100",
     subject="Cancellation - Dr. Samuel Owusu",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"],
     body=text(outlook_html([
         "Dear Sir or Madam,", "&nbsp;",
         "I am writing on behalf of Dr. Samuel Owusu, Chairman of the Ghana Union M&uuml;nster, who registered "
         "for the MSO Day on 13 March.",
         "Unfortunately he has to travel to Accra at short notice and will not be able to attend. Kindly cancel "
         "his registration.",
         "We will let you know if another board member can take his place.", "&nbsp;",
         "Kind regards,", "Efua Mensah", "Assistant to the Chairman", "Ghana Union M&uuml;nster e.V.",
     ], "EN-GB"), "windows-1252", "quoted-printable", "html"))

# Forward: the chair forwarded the invitation to his deputy ("Ich würde AG 3 nehmen"); the deputy
# forwards it to us and registers herself instead, for AG 2 -> only the new text counts.
mail("vasileiou-forward-deputy-registers",
     R("registration", "eleni.vasileiou@gev-ms.example", "Eleni Vasileiou",
       "Griechischer Elternverein Münster", ["AG2"], 1, "de"),
     frm=addr("Eleni Vasileiou", "eleni.vasileiou@gev-ms.example"),
     date="Fri, 05 Mar 2027 22:14:36 +0100",
     subject="WG: Einladung Tag der Migrantenselbstorganisationen 2027",
     body=text("Hallo,\n\n"
               "ich melde mich hiermit für unseren Verein an, statt unseres Vorsitzenden Dimitrios\n"
               "Kalogeropoulos, der leider verhindert ist. Ich nehme aber die AG 2, nicht die 3.\n"
               "Hoffentlich klappt das noch so kurz vor Schluss!\n\n"
               "Eleni Vasileiou\nstellv. Vorsitzende, Griechischer Elternverein Münster\n\n"
               "---------- Forwarded message ---------\n"
               "Von: Dimitrios Kalogeropoulos <d.kalogeropoulos@gev-ms.example>\n"
               "Date: Mo., 1. März 2027 um 08:03\n"
               "Subject: WG: Einladung Tag der Migrantenselbstorganisationen 2027\n"
               "To: Eleni Vasileiou <eleni.vasileiou@gev-ms.example>\n\n"
               "Eleni, kannst du hingehen? Ich schaffe es nicht. Ich würde AG 3 nehmen, wegen der\n"
               "Fördergelder.\nD.\n\n"
               "---------- Forwarded message ---------\n"
               "Von: Stadt Münster - Zuwanderung <mso-tag@muenster.example>\n"
               "Subject: Einladung Tag der Migrantenselbstorganisationen 2027\n\n"
               "Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,\n"
               "am 13. März 2027 findet im Stadtweinhaus der Tag der Migrantenselbstorganisationen statt.\n"
               "Bitte melden Sie sich bis zum 6. März an und nennen Sie die gewünschte Arbeitsgruppe\n"
               "(AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Förderung).\n", "utf-8", "quoted-printable"))

# Vacation auto reply WITHOUT any auto-reply header, trilingual (German/Arabic/English), in answer
# to our 7-day reminder.
mail("moschee-vacation-no-headers",
     machine("auto_reply"),
     frm=addr("Islamisches Zentrum Münster", "info@iz-muenster.example"),
     date="Sat, 06 Mar 2027 10:02:11 +0100",
     subject="Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
     extra=["In-Reply-To: <reminder-7d-0044@muenster.example>"],
     body=text("Vielen Dank für Ihre E-Mail. Unser Büro ist bis zum 15.03.2027 nicht besetzt.\n"
               "Ihre Nachricht wird nach unserer Rückkehr bearbeitet.\n\n"
               "شكراً لرسالتكم. مكتبنا مغلق حتى 15.03.2027، وسنرد عليكم بعد عودتنا.\n\n"
               "Thank you for your email. Our office is closed until 15 March 2027. We will reply after\n"
               "our return.\n\nIslamisches Zentrum Münster e.V.\n", "utf-8", "base64"))

# Offer from a caterer, unrelated to registering -> other.
mail("catering-offer",
     machine("other"),
     frm=addr("Bistro Anatolia Catering", "kontakt@anatolia-catering.example"),
     date="Mon, 08 Mar 2027 14:25:00 +0100",
     subject="Catering-Angebot für Ihre Veranstaltung am 13. März",
     body=text("Sehr geehrte Damen und Herren,\n\n"
               "wir haben von Ihrer Veranstaltung im Stadtweinhaus gehört und möchten Ihnen unser Catering\n"
               "anbieten: türkisch-syrisches Fingerfood, vegetarisch und halal, ab 9,50 Euro pro Person.\n"
               "Unsere Speisekarte finden Sie unter https://www.anatolia-catering.example/karte\n\n"
               "Wir freuen uns auf Ihre Anfrage!\nIhr Team vom Bistro Anatolia\n", "utf-8", "quoted-printable"))


# ===========================================================================
# validation, writing, --check, --stats
# ===========================================================================

ALLOWED_HOST = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)


def check_hosts(where, s):
    for m in ADDR_RE.finditer(s):
        host = m.group(1).lower()
        if not ALLOWED_HOST.search(host):
            raise SystemExit(f"{where}: address host not an example domain: {m.group(0)}")
    for m in URL_RE.finditer(s):
        host = m.group(1).lower().rstrip(".")
        if not ALLOWED_HOST.search(host):
            raise SystemExit(f"{where}: URL host not an example domain: {host}")


def validate(name, raw, exp):
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        raise SystemExit(f"{name}: not pure CRLF line ends")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            raise SystemExit(f"{name}: line longer than 998 octets")
    msg = message_from_bytes(raw, policy=policy.default)
    for k, v in msg.items():
        if getattr(v, "defects", None):
            raise SystemExit(f"{name}: header {k} defects {v.defects}")
        check_hosts(f"{name} header {k}", str(v))
    for part in msg.walk():
        if part.is_multipart():
            if part.defects:
                raise SystemExit(f"{name}: defects {part.defects}")
            continue
        payload = part.get_payload(decode=True)
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                s = payload.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                raise SystemExit(f"{name}: {ctype} does not decode as {cs}: {e}")
            check_hosts(f"{name} {ctype}", s)
        elif ctype == "message/delivery-status":
            check_hosts(f"{name} {ctype}", str(part))
    if set(exp) != {"kind", "email", "name", "organisation", "workgroups", "party_size", "language",
                    "bounced_recipient"}:
        raise SystemExit(f"{name}: expected record keys wrong")
    k = exp["kind"]
    if k not in KINDS:
        raise SystemExit(f"{name}: bad kind {k}")
    if not isinstance(exp["workgroups"], list) or any(w not in WGS for w in exp["workgroups"]) \
            or len(set(exp["workgroups"])) != len(exp["workgroups"]):
        raise SystemExit(f"{name}: bad workgroups")
    if k in ("auto_reply", "bounce", "other"):
        if any(exp[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                or exp["workgroups"]:
            raise SystemExit(f"{name}: machine/other record must have null person fields")
    else:
        if not exp["email"] or exp["email"] != exp["email"].lower() or not ADDR_RE.fullmatch(exp["email"]):
            raise SystemExit(f"{name}: bad email {exp['email']}")
        if exp["email"] not in raw.decode("ascii", "replace").lower() and exp["email"] not in \
                "".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text").lower():
            raise SystemExit(f"{name}: expected email does not occur in the mail")
        if not (isinstance(exp["language"], str) and re.fullmatch(r"[a-z]{2}", exp["language"])):
            raise SystemExit(f"{name}: bad language")
        if not exp["name"]:
            raise SystemExit(f"{name}: person mail without name")
    if k == "registration":
        if not isinstance(exp["party_size"], int) or exp["party_size"] < 1:
            raise SystemExit(f"{name}: registration needs party_size >= 1")
    elif k == "change":
        if exp["party_size"] is not None and (not isinstance(exp["party_size"], int) or exp["party_size"] < 1):
            raise SystemExit(f"{name}: bad change party_size")
    elif exp["party_size"] is not None:
        raise SystemExit(f"{name}: party_size must be null for {k}")
    if k == "bounce":
        br = exp["bounced_recipient"]
        if not br or br != br.lower():
            raise SystemExit(f"{name}: bounce needs a lower-case bounced_recipient")
    elif exp["bounced_recipient"] is not None:
        raise SystemExit(f"{name}: bounced_recipient must be null")
    return parsedate_to_datetime(msg["Date"])


def build():
    files = {name: raw for name, raw, _ in MAILS}
    expected = {name: exp for name, _, exp in MAILS}
    last = None
    for name, raw, exp in MAILS:
        d = validate(name, raw, exp)
        if last is not None and not d > last:
            raise SystemExit(f"{name}: Date does not rise")
        last = d
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, exp_text.encode("utf-8")


def stats():
    kinds = Counter(e["kind"] for _, _, e in MAILS)
    langs = Counter(e["language"] or "-" for _, _, e in MAILS)
    cs, cte = Counter(), Counter()
    for _, raw, _ in MAILS:
        msg = message_from_bytes(raw, policy=policy.default)
        for p in msg.walk():
            if not p.is_multipart() and p.get_content_maintype() == "text":
                cs[p.get_content_charset() or "us-ascii"] += 1
                cte[(p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    for title, c in (("kinds", kinds), ("languages", langs), ("charsets (text parts)", cs),
                     ("transfer encodings (text parts)", cte)):
        print(title + ": " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    files, exp_bytes = build()
    mdir = HERE / "mails"
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mdir.glob("*.eml")} if mdir.exists() else set()
        if on_disk != set(files):
            bad.append("mail file names differ")
        for n, raw in files.items():
            p = mdir / n
            if not p.exists() or p.read_bytes() != raw:
                bad.append(n)
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_bytes() != exp_bytes:
            bad.append("expected.json")
        if bad:
            print("differs: " + ", ".join(bad[:10]))
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mdir.mkdir(exist_ok=True)
    for p in mdir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (mdir / n).write_bytes(raw)
    (HERE / "expected.json").write_bytes(exp_bytes)
    # re-read what was written
    for n, raw in files.items():
        assert (mdir / n).read_bytes() == raw
    print(f"wrote {len(files)} mails and expected.json; all validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
