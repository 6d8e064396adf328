#!/usr/bin/env python3
"""MSO-Tag 2027, set final10g: the last three days before the registration deadline
(Thu 4 - Sat 6 March 2027). Writes mails/ and expected.json, then validates them.
  python3 make_mails.py          write + validate
  python3 make_mails.py --check  fail if files on disk differ
  python3 make_mails.py --stats  print counts
Standard library only, deterministic."""
import base64, json, quopri, re, sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "mso-tag@muenster.example"
CET = timezone(timedelta(hours=1))
MAILS = []


# ---------------------------------------------------------------- builders
def h(v):
    """encode a header value if it is not ASCII"""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a


def text(s, cs="utf-8", cte="8bit", sub="plain"):
    raw = s.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return [f"Content-Type: text/{sub}; charset=\"{cs}\"",
            f"Content-Transfer-Encoding: {cte}"], body


def multi(sub, parts, boundary, extra=""):
    out = b"This is a multi-part message in MIME format.\n"
    for ph, pb in parts:
        out += b"\n--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb.rstrip(b"\n") + b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    return [f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"{extra}"], out


def attach(ctype, fname, data):
    return [f"Content-Type: {ctype}; name=\"{fname}\"",
            f"Content-Disposition: attachment; filename=\"{fname}\"",
            "Content-Transfer-Encoding: base64"], base64.encodebytes(data)


def html(paras):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body>\n"
            + "\n".join(f"<p class=\"MsoNormal\">{p}</p>" for p in paras) + "\n</body></html>\n")


def R(kind, email=None, name=None, org=None, wg=(), ps=None, lang=None, br=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": ps, "language": lang, "bounced_recipient": br}


def add(slug, when, frm, subject, part, exp, to=OURS, extra=()):
    d, t = when.split()
    dt = datetime(2027, 3, int(d), int(t[:2]), int(t[3:5]), int(t[6:8]), tzinfo=CET)
    n = len(MAILS) + 1
    dom = frm[frm.rindex("@") + 1:].rstrip(">")
    hdrs = [f"From: {frm}", f"To: {to}", f"Subject: {h(subject)}",
            f"Date: {format_datetime(dt)}",
            f"Message-ID: <{dt:%Y%m%d%H%M%S}.{n:03d}.{slug[:12]}@{dom}>",
            *extra, "MIME-Version: 1.0", *part[0]]
    raw = "\n".join(hdrs).encode() + b"\n\n" + part[1]
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MAILS.append((f"{n:03d}-{slug}.eml", raw, exp))


CONFIRM_DE = """Guten Tag,

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.

Sie sind angemeldet für: {ag}
Personen: {n}

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen"""


def quote(s):
    return "\n".join(">" + (" " + l if l else "") for l in s.split("\n"))


# ---------------------------------------------------------------- the mails
# 001: phone-typed German registration, one line per fact, iPhone footer; AG named as "AG 2"
add("demir-iphone-ag2", "04 06:52:10", addr("Murat Demir", "murat.demir@posteo.example"),
    "MSO Tag Anmeldung",
    text("Hallo,\nich melde mich für den MSO-Tag am 13.3. an. AG 2 wäre gut\n\nMurat Demir\n"
         "Kulturverein Anatolien Münster\n\nVon meinem iPhone gesendet\n", "utf-8", "quoted-printable"),
    R("registration", "murat.demir@posteo.example", "Murat Demir", "Kulturverein Anatolien Münster",
      ["AG2"], 1, "de"))

# 002: association board, shared mailbox with Reply-To of the chair; registers herself + 3 members,
#      AG3 first, AG1 second; long signature with Vereinsregister and disclaimer (windows-1252 QP)
add("polonia-vorstand-vier", "04 08:15:44",
    addr("Vorstand Polonia Münster", "vorstand@polonia-muenster.example"),
    "Anmeldung MSO-Tag 2027 - Polnischer Kulturverein Polonia",
    text("""Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

im Namen des Vorstands melde ich folgende Personen unseres Vereins für den
Tag der Migrantenselbstorganisationen am 13. März 2027 an:

  - Joanna Nowak (Vorsitzende, ich selbst)
  - Piotr Zieliński (Kassenwart)
  - Agnieszka Wróbel
  - Tomasz Kaczmarek

Wir sind also insgesamt 4 Personen. Da wir dieses Jahr zum ersten Mal
Fördermittel beantragen wollen, interessiert uns die Arbeitsgruppe III
(Förderungsmöglichkeiten und Vereinsmanagement) am meisten. Falls diese voll
ist, wäre AG I (Bildungssystem) unsere zweite Wahl - wir betreiben eine
kleine Samstagsschule.

Bitte schicken Sie die Bestätigung an meine Adresse (siehe Reply-To), das
Vorstandspostfach wird nicht täglich gelesen.

Mit freundlichen Grüßen

Joanna Nowak
1. Vorsitzende
Polnischer Kulturverein Polonia Münster e.V.
Hammer Straße 112, 48153 Münster
Amtsgericht Münster VR 4711

--
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet.
""".replace("ń", "n").replace("ó", "o"), "windows-1252", "quoted-printable"),
    R("registration", "j.nowak@polonia-muenster.example", "Joanna Nowak",
      "Polnischer Kulturverein Polonia Münster e.V.", ["AG3", "AG1"], 4, "de"),
    extra=["Reply-To: Joanna Nowak <j.nowak@polonia-muenster.example>"])

# 003: English, Gmail multipart/alternative, writer plus one colleague, workgroup by number
g3 = ("Hi there,\n\nI'd like to register myself and my colleague Emeka Obi for the MSO day on "
      "13 March. We'd both like to join workgroup 1 (education system).\n\nThanks a lot,\n"
      "Grace Okafor\nSecretary, Nigerian Community Association Münster\n")
add("okafor-gmail-two-ag1", "04 09:03:27", addr("Grace Okafor", "grace.okafor@gmail.example"),
    "Registration MSO day",
    multi("alternative", [text(g3, "utf-8", "quoted-printable"),
                          text("<div dir=\"ltr\">" + g3.replace("\n", "<br>") + "</div>\n", "utf-8",
                               "quoted-printable", "html")], "000000000000a1b2c3d4e5f60003"),
    R("registration", "grace.okafor@gmail.example", "Grace Okafor",
      "Nigerian Community Association Münster", ["AG1"], 2, "en"))

# 004: Turkish from an Android phone, base64 UTF-8; workgroup by alias ("Eğitim" + AG1)
add("arslan-android-tr", "04 09:41:02", addr("Zeynep A.", "zeynep.arslan82@mail.example"),
    "MSO günü kayıt",
    text("Merhaba,\n13 Mart'taki MSO gününe katılmak istiyorum. Eğitim konusundaki çalışma grubuna "
         "(AG1) katılmak isterim. Türk-Alman Veliler Derneği adına geliyorum.\n\nSelamlar\n"
         "Zeynep Arslan\n\nSamsung Galaxy cihazımdan gönderildi\n", "utf-8", "base64"),
    R("registration", "zeynep.arslan82@mail.example", "Zeynep Arslan", "Türk-Alman Veliler Derneği",
      ["AG1"], 1, "tr"))

# 005: German Outlook HTML-only, windows-1252 QP; workgroup only by alias "Zukunftsprozess"
add("schaefer-outlook-html", "04 10:20:55",
    addr("Schäfer, Irina", "irina.schaefer@drk-kulturkreis.example"),
    "Anmeldung Tag der MSO",
    text(html(["Sehr geehrte Damen und Herren,", "&nbsp;",
               "hiermit melde ich mich verbindlich für den MSO-Tag am 13.03.2027 an. "
               "Ich möchte gern an der Arbeitsgruppe zum Thema <b>Zukunftsprozess</b> teilnehmen.",
               "&nbsp;", "Mit freundlichen Grüßen", "Irina Schäfer",
               "Deutsch-Russischer Kulturkreis Münster e.V.", "Tel. 0251 123456"]),
         "windows-1252", "quoted-printable", "html"),
    R("registration", "irina.schaefer@drk-kulturkreis.example", "Irina Schäfer",
      "Deutsch-Russischer Kulturkreis Münster e.V.", ["AG2"], 1, "de"),
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtQx2f1c9bQ0005"])

# 006: German out-of-office with Auto-Submitted header (answer to one of our mails)
add("brandt-abwesend", "04 10:58:13", addr("Stefanie Brandt", "s.brandt@caritas-ms.example"),
    "Abwesenheitsnotiz: Tag der Migrantenselbstorganisationen 2027",
    text("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Montag, 08.03.2027, nicht im "
         "Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
         "migrationsdienst@caritas-ms.example.\n\nMit freundlichen Grüßen\nStefanie Brandt\n",
         "iso-8859-1", "quoted-printable"),
    R("auto_reply"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# 007: Arabic, 8bit UTF-8, writer + colleague, AG3; Latin signature and German association name
add("alhassan-ar-zwei", "04 12:07:38", addr("Ahmad Al-Hassan", "ahmad.alhassan@web.example"),
    "تسجيل - يوم منظمات المهاجرين",
    text("السلام عليكم،\n\nأود التسجيل في يوم منظمات المهاجرين الذاتية يوم 13 مارس. سأحضر مع زميل "
         "من الجمعية، أي شخصان. نفضل مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات).\n\n"
         "مع الشكر والتحية\nAhmad Al-Hassan\nDeutsch-Arabischer Kulturverein Münster e.V.\n",
         "utf-8", "8bit"),
    R("registration", "ahmad.alhassan@web.example", "Ahmad Al-Hassan",
      "Deutsch-Arabischer Kulturverein Münster e.V.", ["AG3"], 2, "ar"))

# 008: Russian in KOI8-R 8bit, one person, "рабочая группа 1"
add("petrova-koi8", "04 13:30:19", addr("Ольга Петрова", "o.petrova@yandex.example"),
    "Регистрация на МСО-день",
    text("Здравствуйте!\n\nПрошу зарегистрировать меня на День организаций мигрантов 13 марта. "
         "Хотела бы участвовать в рабочей группе 1 (образование).\n\nС уважением,\nОльга Петрова\n"
         "Общество русскоязычных родителей \"Радуга\"\n", "koi8-r", "8bit"),
    R("registration", "o.petrova@yandex.example", "Ольга Петрова",
      "Общество русскоязычных родителей \"Радуга\"", ["AG1"], 1, "ru"))

# 009: German question only (walk-in? childcare?) - registers nobody yet
add("yildiz-frage-kinder", "04 15:12:40", addr("Kemal Yildiz", "kemal.yildiz@freenet.example"),
    "Frage zum MSO-Tag",
    text("Guten Tag,\n\nkann man am 13.3. auch spontan ohne Anmeldung kommen? Und gibt es eine "
         "Kinderbetreuung? Ich überlege noch, ob ich mit meinen zwei Kindern komme.\n\n"
         "MfG\nK. Yildiz\n", "utf-8", "8bit"),
    R("question", "kemal.yildiz@freenet.example", "Kemal Yildiz", None, [], None, "de"))

# 010: German change, top-posted over our quoted confirmation (which says AG1); new choice AG3
add("papadopoulos-umbuchen-ag3", "04 17:45:06",
    addr("Dimitrios Papadopoulos", "d.papadopoulos@griechische-gemeinde.example"),
    "AW: Bestätigung Ihrer Anmeldung - MSO-Tag 2027",
    text("Hallo Frau Meza Correa-Flock,\n\nkönnten Sie mich bitte von AG 1 in die AG 3 umbuchen? "
         "Wir haben gerade einen Förderantrag am Laufen, das Thema passt besser.\n\nDanke und Gruß\n"
         "Dimitrios Papadopoulos\nGriechische Gemeinde Münster\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Tag der Migrantenselbstorganisationen "
         "<mso-tag@muenster.example>\nGesendet: Dienstag, 2. März 2027 11:02\nAn: "
         "d.papadopoulos@griechische-gemeinde.example\nBetreff: Bestätigung Ihrer Anmeldung - "
         "MSO-Tag 2027\n\n" + CONFIRM_DE.format(ag="AG1 Menschen mit Migrationsvorgeschichte im "
                                                "Bildungssystem", n=1) + "\n",
         "iso-8859-1", "quoted-printable"),
    R("change", "d.papadopoulos@griechische-gemeinde.example", "Dimitrios Papadopoulos",
      "Griechische Gemeinde Münster", ["AG3"], None, "de"),
    extra=["In-Reply-To: <conf-0219@muenster.example>", "References: <conf-0219@muenster.example>"])

# 011: Farsi, UTF-8 QP, native digits, two preferences (۲ then ۱), Latin signature
add("rahimi-fa-ag2-ag1", "04 19:26:51", addr("Maryam Rahimi", "maryam.rahimi@gmx.example"),
    "ثبت نام روز سازمان‌های مهاجران",
    text("سلام و وقت بخیر،\n\nمن می‌خواهم از طرف انجمن فرهنگی ایرانیان مونستر برای روز "
         "سازمان‌های خودیار مهاجران در ۱۳ مارس ثبت نام کنم. اولویت اول من گروه کاری ۲ "
         "(فرآیند آینده مونستر) و اولویت دوم گروه کاری ۱ است.\n\nبا تشکر\nMaryam Rahimi\n",
         "utf-8", "quoted-printable"),
    R("registration", "maryam.rahimi@gmx.example", "Maryam Rahimi", "انجمن فرهنگی ایرانیان مونستر",
      ["AG2", "AG1"], 1, "fa"))

# 012: Albanian, phone-typed without most diacritics, ISO-8859-1 8bit, with a friend (2), AG3
add("krasniqi-sq-iphone", "04 21:03:33", addr("Arben Krasniqi", "arben.krasniqi@gmx.example"),
    "Regjistrim MSO dita",
    text("Pershendetje,\ndua te regjistrohem per diten e MSO me 13 mars. Grupi i punes 3 "
         "(financimi i shoqatave) me intereson. Do vij me nje mik, pra 2 persona.\n\n"
         "Arben Krasniqi\nShoqata Kulturore Shqiptare \"Iliria\" Münster\n\n"
         "Dërguar nga iPhone-i im\n", "iso-8859-1", "8bit"),
    R("registration", "arben.krasniqi@gmx.example", "Arben Krasniqi",
      "Shoqata Kulturore Shqiptare \"Iliria\" Münster", ["AG3"], 2, "sq"))

# 013: learner German from a phone, comes with his wife; AG by alias "Schule" plus "AG1"
add("haddad-lerner-frau", "05 07:11:09", addr("samir haddad", "samir.haddad@mail.example"),
    "anmeldung",
    text("hallo\nich will anmelden für MSO tag. ich komme mit meine frau, 2 person. wir interesiert "
         "für thema Schule (AG1)\ndanke\nSamir Haddad\nSyrischer Verein für Kultur und Bildung\n",
         "utf-8", "8bit"),
    R("registration", "samir.haddad@mail.example", "Samir Haddad",
      "Syrischer Verein für Kultur und Bildung", ["AG1"], 2, "de"))

# 014: association board, three members incl. the chair, AG III then AG I, member list as attachment
add("eritrea-vorstand-anhang", "05 08:34:57",
    addr("Eritreische Gemeinde Münster", "info@eritrea-ms.example"),
    "Anmeldung von 3 Mitgliedern zum MSO-Tag",
    multi("mixed", [text("""Sehr geehrte Damen und Herren,

hiermit melden wir folgende Mitglieder der Eritreischen Gemeinde Münster e.V.
zum Tag der Migrantenselbstorganisationen am 13.03.2027 an:

1. Yohannes Tesfay (1. Vorsitzender)
2. Senait Gebremedhin (Jugendarbeit)
3. Daniel Habte (Kassierer)

Wir interessieren uns vor allem für die AG III (Förderung / Vereinsmanagement),
hilfsweise für die AG I. Die Liste mit den Kontaktdaten hängt an.

Bitte senden Sie die Bestätigung an diese Adresse.

Mit freundlichen Grüßen
Yohannes Tesfay
1. Vorsitzender
Eritreische Gemeinde Münster e.V.
""", "windows-1252", "8bit"),
        attach("application/pdf", "Teilnehmerliste_MSO-Tag.pdf",
               b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
        "----=_NextPart_000_0014_01DB8E2A.5C7F3B10"),
    R("registration", "info@eritrea-ms.example", "Yohannes Tesfay", "Eritreische Gemeinde Münster e.V.",
      ["AG3", "AG1"], 3, "de"))

# 015: Romanian, ISO-8859-2 QP with cedilla letters, alone, AG2 described in words + number
add("popescu-ro-latin2", "05 09:50:21", addr("Ionela Popescu", "ionela.popescu@yahoo.example"),
    "Inscriere Ziua MSO 13 martie",
    text("Bună ziua,\n\naş dori să mă înscriu la Ziua organizaţiilor migranţilor din 13 martie. "
         "Mă interesează grupul de lucru 2, despre viitorul oraşului Münster. Vin singură.\n\n"
         "Cu stimă,\nIonela Popescu\nAsociaţia Românilor din Münster\n", "iso-8859-2",
         "quoted-printable"),
    R("registration", "ionela.popescu@yahoo.example", "Ionela Popescu", "Asociaţia Românilor din Münster",
      ["AG2"], 1, "ro"))

# 016: Spanish Gmail multipart/alternative, three people named, AG3 then AG2
g16 = ("Hola, buenas:\n\nQuisiera inscribirme para el Día de las Organizaciones de Migrantes del 13 de "
       "marzo. Nos interesa el grupo de trabajo 3 (financiación y gestión de asociaciones) y, si no hay "
       "plazas, el grupo 2. Seríamos 3 personas de la Asociación Latinoamericana Münster: yo, Lucía "
       "Torres y Andrés Ruiz.\n\nUn saludo,\nCarlos Medina\n")
add("medina-es-tres", "05 11:02:48", addr("Carlos Medina", "carlos.medina@gmail.example"),
    "Inscripción MSO-Tag",
    multi("alternative", [text(g16, "utf-8", "8bit"),
                          text("<div dir=\"ltr\">" + g16.replace("\n", "<br>\n") + "</div>\n",
                               "utf-8", "quoted-printable", "html")], "000000000000f9e8d7c6b5a40016"),
    R("registration", "carlos.medina@gmail.example", "Carlos Medina", "Asociación Latinoamericana Münster",
      ["AG3", "AG2"], 3, "es"))

# 017: German cancellation from a phone, reply with our confirmation quoted below
add("okonkwo-absage-krank", "05 12:19:30",
    addr("Sabine Okonkwo-Meier", "sabine.okonkwo@t-online.example"),
    "Re: Bestätigung Ihrer Anmeldung - MSO-Tag 2027",
    text("Hallo, ich muss leider absagen, mein Sohn ist krank geworden und ich hab am Samstag keine "
         "Betreuung. Tut mir echt leid!\nSabine Okonkwo-Meier\n\nGesendet mit der WEB.DE Mail App\n\n"
         "Am 01.03.2027 um 14:20 schrieb Tag der Migrantenselbstorganisationen "
         "<mso-tag@muenster.example>:\n" + quote(CONFIRM_DE.format(ag="AG2 Münsters Zukunftsprozess "
                                                                    "aus der Sicht der Menschen mit "
                                                                    "Migrationsvorgeschichte", n=1)) + "\n",
         "utf-8", "quoted-printable"),
    R("cancellation", "sabine.okonkwo@t-online.example", "Sabine Okonkwo-Meier", None, [], None, "de"),
    extra=["In-Reply-To: <conf-0187@muenster.example>"])

# 018: Kurmanji Kurdish, ISO-8859-9 QP (ê, î, ş, ç, ı), AG1, Kurdish organisation name
add("aydin-ku-latin5", "05 13:44:16", addr("Rojda Aydin", "rojda.aydin@mail.example"),
    "Qeydkirin - Roja MSO",
    text("Silav,\n\nez dixwazim xwe ji bo Roja Rêxistinên Koçberan a 13ê Adarê qeyd bikim. Ez bi koma "
         "xebatê ya 1ê (perwerde û dibistan) re eleqedar im.\n\nBi silav û rêz\nRojda Aydın\n"
         "Navenda Çandî ya Kurdî Münster\n", "iso-8859-9", "quoted-printable"),
    R("registration", "rojda.aydin@mail.example", "Rojda Aydın", "Navenda Çandî ya Kurdî Münster",
      ["AG1"], 1, "ku"))

# 019: English question (open to non-members? interpretation?) - undecided, registers no one
add("mwangi-question-en", "05 15:27:05", addr("Peter Mwangi", "p.mwangi@fluechtlingshilfe-kinderhaus.example"),
    "Question about the MSO day",
    text("Hello,\n\nI work as a volunteer coordinator in a refugee support project. Is the MSO day also "
         "open to people who are not members of a migrant organisation? And will there be any "
         "interpretation into English? I haven't decided yet whether I can come.\n\nBest regards,\n"
         "Peter Mwangi\nFlüchtlingshilfe Kinderhaus\n", "utf-8", "8bit"),
    R("question", "p.mwangi@fluechtlingshilfe-kinderhaus.example", "Peter Mwangi",
      "Flüchtlingshilfe Kinderhaus", [], None, "en"))

# 020: Turkish change of party size (2 -> 3), bottom-posted under our quoted confirmation, ISO-8859-9
add("celik-tr-uc-kisi", "05 17:58:42", addr("Hasan Çelik", "hasan.celik@ditib-hiltrup.example"),
    "Re: Bestätigung Ihrer Anmeldung - MSO-Tag 2027",
    text(quote(CONFIRM_DE.format(ag="AG2 Münsters Zukunftsprozess aus der Sicht der Menschen mit "
                                    "Migrationsvorgeschichte", n=2))
         + "\n\nMerhaba,\nkayıt için teşekkürler. Dernekten bir arkadaş daha gelmek istiyor, yani 2 "
           "değil 3 kişi olacağız. Mümkün mü?\n\nSaygılarımla\nHasan Çelik\n",
         "iso-8859-9", "8bit"),
    R("change", "hasan.celik@ditib-hiltrup.example", "Hasan Çelik", None, [], 3, "tr"),
    extra=["In-Reply-To: <conf-0201@muenster.example>"])

# 021: German, a colleague registers someone else and asks us to confirm to her address
add("berger-fuer-oeztuerk", "05 19:05:12",
    addr("Thomas Berger", "t.berger@stadtteilzentrum-coerde.example"),
    "Anmeldung für Frau Öztürk",
    text("Liebes MSO-Tag-Team,\n\nmeine Kollegin Fatma Öztürk vom Frauencafé Coerde möchte gern am "
         "MSO-Tag teilnehmen. Sie ist bis Montag im Urlaub und hat mich gebeten, sie anzumelden. "
         "Sie interessiert sich für die AG 1 (Bildung).\nBitte schicken Sie die Bestätigung direkt an "
         "sie: fatma.oeztuerk@frauencafe-coerde.example\n\nViele Grüße\nThomas Berger\n"
         "Stadtteilzentrum Coerde\n", "utf-8", "quoted-printable"),
    R("registration", "fatma.oeztuerk@frauencafe-coerde.example", "Fatma Öztürk", "Frauencafé Coerde",
      ["AG1"], 1, "de"))

# 022: Postfix bounce of one of our confirmations (multipart/report, delivery-status)
add("bounce-sahin", "05 19:40:03", addr("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example"),
    "Undelivered Mail Returned to Sender",
    multi("report", [
        text("This is the mail system at host mail.muenster.example.\n\nI'm sorry to have to inform you "
             "that your message could not\nbe delivered to one or more recipients.\n\n"
             "<m.sahin@kulturbruecke.example>: host mx.kulturbruecke.example[192.0.2.25] said:\n"
             "    550 5.1.1 <m.sahin@kulturbruecke.example>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table\n", "us-ascii", "7bit"),
        (["Content-Type: message/delivery-status"],
         b"Reporting-MTA: dns; mail.muenster.example\nArrival-Date: Fri, 5 Mar 2027 19:39:58 +0100\n\n"
         b"Final-Recipient: rfc822; m.sahin@kulturbruecke.example\nOriginal-Recipient: rfc822;"
         b"m.sahin@kulturbruecke.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; "
         b"mx.kulturbruecke.example\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"),
        (["Content-Type: text/rfc822-headers"],
         b"From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
         b"To: m.sahin@kulturbruecke.example\nSubject: Bestaetigung Ihrer Anmeldung - MSO-Tag 2027\n"
         b"Date: Fri, 05 Mar 2027 19:39:57 +0100\n")],
        "7A1C32012F.1741200003/mail.muenster.example", "; report-type=delivery-status"),
    R("bounce", br="m.sahin@kulturbruecke.example"), extra=["Auto-Submitted: auto-replied"])

# 023: long German board mail, Outlook multipart/alternative UTF-8, five persons, AG2 then AG3,
#      Vietnamese full name with diacritics in the signature beats the From display name
t23 = """Sehr geehrte Frau Meza Correa-Flock,

wir freuen uns sehr über die Einladung zum diesjährigen MSO-Tag. Nach unserer
Vorstandssitzung am Mittwoch kann ich Ihnen nun unsere Teilnehmenden nennen.
Vom Vietnamesischen Kultur- und Sportverein Münster kommen insgesamt
fünf Personen (mich eingeschlossen):

Nguyễn Thị Lan, Trần Văn Minh, Phạm Thu Hoa, Lê Quang Huy und Võ Thị Thu.

Wir möchten gern gemeinsam an der Arbeitsgruppe "Münsters Zukunftsprozess"
teilnehmen (AG 2), falls dort kein Platz mehr ist, gern auch AG 3.
Zwei von uns sprechen nicht so gut Deutsch - ist das ein Problem?

Vielen Dank und herzliche Grüße

Nguyễn Thị Lan
Schriftführerin
Vietnamesischer Kultur- und Sportverein Münster e.V.
www.vksv-muenster.example
"""
add("nguyen-vorstand-fuenf", "05 21:16:37", addr("Lan Nguyen", "lan.nguyen@vksv-muenster.example"),
    "Teilnahme MSO-Tag 13.03. – Vietnamesischer Kultur- und Sportverein",
    multi("alternative", [text(t23, "utf-8", "quoted-printable"),
                          text(html(t23.replace("www.vksv-muenster.example",
                                                "<a href=\"https://www.vksv-muenster.example/\">"
                                                "www.vksv-muenster.example</a>").split("\n\n")),
                               "utf-8", "quoted-printable", "html")],
          "_000_DB9PR0723MB5023A1F0B2C3D4E5F60023_"),
    R("registration", "lan.nguyen@vksv-muenster.example", "Nguyễn Thị Lan",
      "Vietnamesischer Kultur- und Sportverein Münster e.V.", ["AG2", "AG3"], 5, "de"),
    extra=["X-Mailer: Microsoft Outlook 16.0"])

# 024: Arabic cancellation, base64 windows-1256, Arabic signature
add("mansour-ar-absage", "06 07:48:25", addr("Layla Mansour", "layla.mansour@web.example"),
    "إلغاء التسجيل",
    text("مرحباً،\n\nللأسف لن أتمكن من حضور يوم منظمات المهاجرين في 13 مارس بسبب ظرف عائلي. "
         "أرجو إلغاء تسجيلي.\nشكراً لتفهمكم.\n\nليلى منصور\n", "windows-1256", "base64"),
    R("cancellation", "layla.mansour@web.example", "ليلى منصور", None, [], None, "ar"))

# 025: Russian change in UTF-8 QP, inline reply inside our quoted German confirmation -> AG2
add("smirnov-ru-inline-ag2", "06 09:31:14", addr("Алексей Смирнов", "a.smirnov@mail.example"),
    "Re: Bestätigung Ihrer Anmeldung - MSO-Tag 2027",
    text("Добрый день,\n\n> Sie sind angemeldet für: AG1 Menschen mit Migrationsvorgeschichte im "
         "Bildungssystem\n\nПожалуйста, перенесите меня в AG2 (Zukunftsprozess), если там ещё есть "
         "места. Спасибо!\n\n> Personen: 1\n\nВсё остальное без изменений.\n\n--\nАлексей Смирнов\n"
         "Русский культурный центр \"Мост\"\n", "utf-8", "quoted-printable"),
    R("change", "a.smirnov@mail.example", "Алексей Смирнов", "Русский культурный центр \"Мост\"",
      ["AG2"], None, "ru"),
    extra=["In-Reply-To: <conf-0176@muenster.example>"])

# 026: German newsletter of an education provider, HTML alternative, List-Unsubscribe -> other
n26 = ("Newsletter März 2027\n\nLiebe Leserinnen und Leser,\n\nunsere neuen Kurse für Ehrenamtliche "
       "sind online: Buchhaltung im Verein, Social Media für Vereine und Moderation von Sitzungen.\n"
       "Jetzt anmelden unter https://www.bildungswerk-ms.example/kurse\n\nAbmelden: "
       "https://www.bildungswerk-ms.example/abmelden\n")
add("newsletter-bildungswerk", "06 10:05:00",
    addr("Bildungswerk Münsterland", "newsletter@bildungswerk-ms.example"),
    "Newsletter März 2027: Neue Kurse für Vereine",
    multi("alternative", [text(n26, "utf-8", "quoted-printable"),
                          text(html(n26.split("\n\n")), "utf-8", "quoted-printable", "html")],
          "=_nl2027-03_0026"),
    R("other"), extra=["List-Unsubscribe: <https://www.bildungswerk-ms.example/abmelden>",
                       "Precedence: bulk"])

# 027: minimal German mail from Outlook for Android, just the facts in lines, AG1 or AG3
add("kaya-android-minimal", "06 12:33:51", addr("Aylin Kaya", "aylin.kaya@outlook.example"),
    "Anmeldung",
    text("Aylin Kaya\nInternationaler Frauentreff Münster\nAG 1 oder AG 3\n1 Person\n\n"
         "Holen Sie sich Outlook für Android\n", "utf-8", "base64"),
    R("registration", "aylin.kaya@outlook.example", "Aylin Kaya", "Internationaler Frauentreff Münster",
      ["AG1", "AG3"], 1, "de"))

# 028: English cancellation from an association mailbox for three members
add("somali-cancel-three", "06 14:20:09", addr("Somali Community Münster", "info@somali-ms.example"),
    "Cancellation - MSO day registration",
    text("Dear MSO day team,\n\nunfortunately we have to cancel the registration of our association "
         "(3 persons: Abdi Warsame, Hodan Ali, Faisal Nur). Our general assembly has been moved to the "
         "same Saturday. We hope to be there next year.\n\nKind regards\nAbdi Warsame\nChairperson, "
         "Somali Community Münster e.V.\n", "utf-8", "8bit"),
    R("cancellation", "info@somali-ms.example", "Abdi Warsame", "Somali Community Münster e.V.", [],
      None, "en"))

# 029: bilingual ticket receipt from a helpdesk (auto-ack) with X-Autoreply header
add("ticket-jmd-autoack", "06 16:02:44", addr("JMD Service", "service@jmd-muenster.example"),
    "[Ticket#2027030612000417] Ihre Anfrage ist eingegangen / Your request was received",
    text("Dies ist eine automatische Eingangsbestätigung. Ihre Nachricht wurde unter der Ticketnummer "
         "2027030612000417 erfasst. Bitte antworten Sie nicht auf diese E-Mail.\n\nThis is an automatic "
         "confirmation. Your message has been registered under ticket number 2027030612000417. "
         "Please do not reply to this e-mail.\n\nJugendmigrationsdienst Münster\n",
         "iso-8859-15", "quoted-printable"),
    R("auto_reply"), extra=["X-Autoreply: yes", "Auto-Submitted: auto-replied"])

# 030: German last-minute registration at 23:41 on deadline day, writer + colleague, AG3 by alias
add("benali-kurz-vor-schluss", "06 23:41:18", addr("Nadia Benali", "nadia.benali@t-online.example"),
    "Anmeldung MSO-Tag (hoffentlich noch rechtzeitig)",
    text("Guten Abend,\n\nsorry für die späte Mail, ich hoffe, es klappt noch! Ich würde gern mit meiner "
         "Kollegin Houda El Amrani zum MSO-Tag kommen, wir sind vom Marokkanischen Kulturverein Münster. "
         "Am liebsten Vereinsmanagement (AG 3).\n\nLiebe Grüße\nNadia Benali\n", "iso-8859-15", "8bit"),
    R("registration", "nadia.benali@t-online.example", "Nadia Benali", "Marokkanischer Kulturverein Münster",
      ["AG3"], 2, "de"))


# ---------------------------------------------------------------- validation
EX = re.compile(r"(^|\.)example$|^example\.(org|com|net)$")
LANGS = {"de", "en", "tr", "ar", "ru", "fa", "ku", "sq", "ro", "es"}
KINDS = {"registration", "change", "cancellation", "question", "auto_reply", "bounce", "other"}


def validate(name, raw, exp, last):
    assert raw.count(b"\n") == raw.count(b"\r\n") and raw.count(b"\r") == raw.count(b"\r\n"), name
    assert all(len(l) <= 998 for l in raw.split(b"\r\n")), name
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = [raw.decode("ascii", "replace")]
    for k, v in msg.items():
        assert not getattr(v, "defects", ()), (name, k, v.defects)
        texts.append(str(v))
    for part in msg.walk():
        assert not part.defects, (name, part.defects)
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        assert not part.defects, (name, part.defects)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset("us-ascii")
            texts.append(data.decode(cs, "strict"))
            if cte == "7bit":
                data.decode("ascii")
    date = parsedate_to_datetime(msg["Date"])
    assert last is None or date > last, name
    blob = "\n".join(texts)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob) + \
            re.findall(r"https?://([^/\s\"'<>]+)", blob) + re.findall(r"\bwww\.([\w.-]+\w)", blob):
        assert EX.search(dom.lower()), (name, dom)
    assert set(exp) == {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}, name
    k = exp["kind"]
    assert k in KINDS and all(w in ("AG1", "AG2", "AG3") for w in exp["workgroups"]), name
    if k in ("auto_reply", "bounce", "other"):
        assert exp["email"] is exp["name"] is exp["organisation"] is exp["language"] is None, name
        assert exp["workgroups"] == [] and exp["party_size"] is None, name
    else:
        assert exp["email"] == exp["email"].lower() and exp["language"] in LANGS, name
        assert EX.search(exp["email"].split("@")[1]), name
    assert (exp["bounced_recipient"] is not None) == (k == "bounce"), name
    assert (isinstance(exp["party_size"], int) and exp["party_size"] >= 1) if k == "registration" \
        else exp["party_size"] is None or k == "change", name
    return date


def build():
    files = {f"mails/{n}": raw for n, raw, _ in MAILS}
    exp = {n: e for n, _, e in MAILS}
    files["expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=1) + "\n").encode()
    last = None
    for n, raw, e in MAILS:
        last = validate(n, raw, e, last)
    return files, exp


def main():
    files, exp = build()
    if "--stats" in sys.argv:
        from collections import Counter
        print("mails:", len(exp))
        print("kinds:", dict(Counter(e["kind"] for e in exp.values())))
        print("languages:", dict(Counter(str(e["language"]) for e in exp.values())))
        return 0
    if "--check" in sys.argv:
        bad = [p for p, b in files.items() if not (HERE / p).exists() or (HERE / p).read_bytes() != b]
        extra = {p.name for p in (HERE / "mails").glob("*.eml")} - {n for n, _, _ in MAILS}
        if bad or extra:
            print("differs:", bad, sorted(extra))
            return 1
        print("ok: files match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if p.name not in exp:
            p.unlink()
    for p, b in files.items():
        (HERE / p).write_bytes(b)
    print(f"wrote {len(MAILS)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
