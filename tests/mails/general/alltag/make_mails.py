#!/usr/bin/env python3
"""Write the held-out mails of round 8 ("alltag": how many participants really write) for the
MSO-Tag config (AG1 Bildungssystem, AG2 Zukunftsprozess, AG3 Förderung/Vereinsmanagement).

    python3 tests/mails/general/alltag/make_mails.py

Every person, association and sentence is invented for these tests. The mails are written as
second-language writers, phone typists and dictation software write: learner German, no
diacritics (ae/oe/ue, Turkish without ı/ş/ğ/ç), Russian, Arabic and Farsi in Latin letters,
Denglisch, no punctuation, very short mails. The expected language is the one a coordinator
would answer in: transliterated Russian is ru, Arabizi ar, learner German de.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet  # noqa: E402

US = "mso-tag@muenster.example"
S = MailSet(f"Tag der Migrantenselbstorganisationen <{US}>", "Tue, 9 Feb 2027 19:40:00 +0100")


def reg(slug, frm, subject, text, email, name, wgs, party=1, lang="de", org=None, **kw):
    """A registration (the usual case here)."""
    S.add(slug, S.plain(frm, subject, text), kind="registration", email=email, name=name, organisation=org,
          workgroups=wgs, party_size=party, language=lang, **kw)


# --- learner German -------------------------------------------------------------------------
reg("de-learner-ag-zwei-mit-frau", "Ahmad Rahimi <ahmad.rahimi@mail.example>", "anmeldung",
    """Hallo Frau,

ich will anmelden für AG zwei mit meine Frau. Wir kommen zusammen.

Danke
Ahmad Rahimi""", "ahmad.rahimi@mail.example", "Ahmad Rahimi", ["AG2"], party=2)

reg("de-learner-teil-nehmen-arbeitsgrupe", "Samira Haddad <samira.h@mail.example>", "MSO Tag",
    """Hallo

Ich moechte teil nehmen Arbeitsgrupe 3 .

Samira Haddad""", "samira.h@mail.example", "Samira Haddad", ["AG3"])

reg("de-phonetic-arbaitsgruppe-bite", "Dawit Tesfaye <dawit.t@mail.example>", "anmeldung bite",
    """hallo herr

anmeldung bite fur Arbaitsgruppe eins. ich bin von Eritreische Gemeinde Münster

dawit tesfaye""", "dawit.t@mail.example", "Dawit Tesfaye", ["AG1"], org="Eritreische Gemeinde Münster")

reg("de-lowercase-no-punctuation", "Irina Bondar <irina.bondar@mail.example>", "mso tag",
    """guten tag ich möchte mich anmelden für die ag 1 bildung weil ich habe zwei kinder in schule und ich will wissen mehr danke irina bondar""",
    "irina.bondar@mail.example", "Irina Bondar", ["AG1"])

reg("de-emoji-ag3", "Kemal Arslan <kemal.arslan@mail.example>", "Anmeldung 🙂",
    """Hallo 👋

Ich komme gerne zu AG 3 👍 für unsere Verein brauchen wir Geld 😅

LG Kemal Arslan""", "kemal.arslan@mail.example", "Kemal Arslan", ["AG3"])

reg("de-wrong-cases-two-persons", "Nadia Karimi <nadia.karimi@mail.example>", "Teilnahme",
    """Sehr geehrte Herr,

ich und mein Kollege wir möchten teilnehmen an der Tag. Wir interessiert für Arbeitsgruppe 2 Zukunft von Münster.

Mit freundliche Grüße
Nadia Karimi
Afghanischer Kulturverein Münster""", "nadia.karimi@mail.example", "Nadia Karimi", ["AG2"], party=2,
    org="Afghanischer Kulturverein Münster")

reg("de-very-short-ag2-bitte", "Mehmet Kaya <mehmet.kaya@mail.example>", "AG",
    """AG 2 bitte. Mehmet""", "mehmet.kaya@mail.example", "Mehmet Kaya", ["AG2"])

reg("de-short-ich-komme-ag1", "Fatou Diallo <fatou.diallo@mail.example>", "Re: MSO-Tag",
    """ich komme. ag1
fatou""", "fatou.diallo@mail.example", "Fatou Diallo", ["AG1"])

# --- German without diacritics --------------------------------------------------------------
reg("de-ae-oe-ue-foerderung", "Hassan Omar <hassan.omar@mail.example>", "Anmeldung MSO-Tag",
    """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die AG Foerderung und Vereinsmanagement an.

Mit freundlichen Gruessen
Hassan Omar
Somalischer Verein Muenster e.V.""", "hassan.omar@mail.example", "Hassan Omar", ["AG3"],
    org="Somalischer Verein Muenster e.V.")

reg("de-muensters-zukunft-no-umlaut", "Elena Popescu <elena.popescu@mail.example>", "Teilnahme",
    """Hallo,

ich wuerde gerne an der Arbeitsgruppe zu Muensters Zukunftsprozess teilnehmen.

Gruss
Elena Popescu""", "elena.popescu@mail.example", "Elena Popescu", ["AG2"])

reg("de-foerdermittel-zu-zweit", "Tran Van Minh <tran.minh@mail.example>", "Anmeldung",
    """Guten Tag,

wir moechten uns zu zweit anmelden, Thema Foerdermittel. Koennen Sie bestaetigen?

Viele Gruesse
Tran Van Minh""", "tran.minh@mail.example", "Tran Van Minh", ["AG3"], party=2)

# --- Turkish without ı/ş/ğ/ç ----------------------------------------------------------------
reg("tr-egitim-grubuna-no-diacritics", "Ayse Demir <ayse.demir@mail.example>", "MSO Tag kayit",
    """Merhaba,

MSO gunune katilmak istiyorum, egitim grubuna. Tesekkurler.

Ayse Demir""", "ayse.demir@mail.example", "Ayse Demir", ["AG1"], lang="tr")

reg("tr-esimle-beraber-ag2", "Huseyin Cetin <huseyin.cetin@mail.example>", "kayit",
    """Selam

esimle beraber gelecegiz, AG 2 ye yazdirin lutfen

Huseyin Cetin""", "huseyin.cetin@mail.example", "Huseyin Cetin", ["AG2"], party=2, lang="tr")

reg("tr-dernek-destek-ag3", "Zeynep Sahin <zeynep.sahin@mail.example>", "Basvuru",
    """Iyi gunler,

Dernegimiz adina kayit olmak istiyorum. AG 3 (dernek yonetimi ve destek) ilgimi cekiyor.

Saygilarimla
Zeynep Sahin
Munster Turk Kadinlar Dernegi""", "zeynep.sahin@mail.example", "Zeynep Sahin", ["AG3"], lang="tr",
    org="Munster Turk Kadinlar Dernegi")

# --- French without accents -----------------------------------------------------------------
reg("fr-no-accents-ag1", "Moussa Traore <moussa.traore@mail.example>", "inscription",
    """Bonjour,

je voudrais m inscrire a la journee, groupe de travail 1 sur l education. Merci beaucoup

Moussa Traore""", "moussa.traore@mail.example", "Moussa Traore", ["AG1"], lang="fr")

reg("fr-avec-ma-femme-ag3", "Aline Mukendi <aline.mukendi@mail.example>", "participation",
    """bonjour madame monsieur
nous serons deux moi et mon mari pour l atelier 3 financement des associations
cordialement
Aline Mukendi""", "aline.mukendi@mail.example", "Aline Mukendi", ["AG3"], party=2, lang="fr")

# --- Russian / Ukrainian in Latin letters ---------------------------------------------------
reg("ru-translit-zaregistrirovatsya-ag1", "Sergei Volkov <sergei.volkov@mail.example>", "registraciya",
    """Zdravstvuyte,

hochu zaregistrirovatsya na AG 1. Spasibo

Sergei Volkov""", "sergei.volkov@mail.example", "Sergei Volkov", ["AG1"], lang="ru")

reg("ru-translit-s-zhenoy-ag2", "Dmitri Orlov <d.orlov@mail.example>", "MSO Tag",
    """Privet, ya pridu s zhenoy, nas budet dvoe. Gruppa 2 pozhaluysta.
Dmitri Orlov""", "d.orlov@mail.example", "Dmitri Orlov", ["AG2"], party=2, lang="ru")

reg("uk-translit-ag3", "Oksana Kovalenko <oksana.k@mail.example>", "reyestratsiya",
    """Dobryi den,

ya khochu zareiestruvatysia na AG 3, diakuiu.

Oksana Kovalenko""", "oksana.k@mail.example", "Oksana Kovalenko", ["AG3"], lang="uk")

# --- Arabic in Latin letters (Arabizi) ------------------------------------------------------
reg("ar-arabizi-3ayez-asajel-ag2", "Karim Mansour <karim.mansour@mail.example>", "tasjeel",
    """salam 3alaykum
ana 3ayez asajel fi AG 2 law sama7t
shokran
Karim Mansour""", "karim.mansour@mail.example", "Karim Mansour", ["AG2"], lang="ar")

reg("ar-arabizi-ma3-sa7bi-ag1", "Yousef Khalil <yousef.khalil@mail.example>", "MSO",
    """marhaba, bidi sajjel ana w sa7bi b AG 1. nehna 2
yousef khalil""", "yousef.khalil@mail.example", "Yousef Khalil", ["AG1"], party=2, lang="ar")

# --- Farsi in Latin letters (Finglish) ------------------------------------------------------
reg("fa-finglish-sabtenam-ag3", "Reza Ahmadi <reza.ahmadi@mail.example>", "sabtenam",
    """salam
man mikham sabtenam konam baraye AG 3. merci
Reza Ahmadi""", "reza.ahmadi@mail.example", "Reza Ahmadi", ["AG3"], lang="fa")

# --- Denglisch and mixed language -----------------------------------------------------------
reg("en-denglisch-ag1", "Priya Nair <priya.nair@mail.example>", "Anmeldung",
    """Hi,

I want to anmelden for the AG 1 Bildung. Is that possible? Thanks a lot!

Priya Nair""", "priya.nair@mail.example", "Priya Nair", ["AG1"], lang="en")

reg("en-learner-english-wife", "Abdi Hussein <abdi.hussein@mail.example>", "registration",
    """hello sir

i want register me and my wife for workgroup number two please

abdi hussein""", "abdi.hussein@mail.example", "Abdi Hussein", ["AG2"], party=2, lang="en")

reg("de-mixed-turkish-greeting", "Emre Yildiz <emre.yildiz@mail.example>", "Anmeldung",
    """Merhaba,

ich melde mich an für AG 3. Selamlar

Emre Yildiz
Türkischer Jugendverein Münster""", "emre.yildiz@mail.example", "Emre Yildiz", ["AG3"],
    org="Türkischer Jugendverein Münster")

# --- voice-dictated, no punctuation ---------------------------------------------------------
reg("de-dictated-no-punctuation", "Olena Shevchenko <olena.shevchenko@mail.example>", "Anmeldung",
    """hallo ich möchte mich gerne anmelden zum tag der migrantenselbstorganisationen arbeitsgruppe eins bildungssystem mit freundlichen grüßen olena shevchenko

Von meinem iPhone gesendet""", "olena.shevchenko@mail.example", "Olena Shevchenko", ["AG1"])

reg("en-dictated-no-punctuation", "Joseph Mensah <joseph.mensah@mail.example>", "signup",
    """hello i would like to sign up for working group three funding thank you joseph mensah

Sent from my Android""", "joseph.mensah@mail.example", "Joseph Mensah", ["AG3"], lang="en")

# --- other kinds, written the same way ------------------------------------------------------
S.add("de-learner-cancellation", S.plain(
    "Ali Reza Moradi <ali.moradi@mail.example>", "absage",
    """Hallo,

ich kann nicht kommen leider, bitte loeschen meine anmeldung. Entschuldigung

Ali Reza Moradi"""), kind="cancellation", email="ali.moradi@mail.example")

S.add("tr-no-diacritics-cancellation", S.plain(
    "Fatma Gunes <fatma.gunes@mail.example>", "iptal",
    """Merhaba, maalesef gelemiyorum, kaydimi iptal edin lutfen.
Fatma Gunes"""), kind="cancellation", email="fatma.gunes@mail.example")

S.add("de-learner-change", S.plain(
    "Samuel Bekele <samuel.bekele@mail.example>", "aenderung",
    """Hallo,

ich bin angemeldet fuer AG 1 aber ich will wechseln zu AG 2 bitte.

Samuel Bekele"""), kind="change", email="samuel.bekele@mail.example", workgroups=["AG2"])

S.add("de-learner-question-parking", S.plain(
    "Lina Haddad <lina.haddad@mail.example>", "frage",
    """hallo gibt es parkplatz bei stadtweinhaus? und kann ich mit kinderwagen kommen? danke lina"""),
    kind="question", email="lina.haddad@mail.example")

S.add("ru-translit-question", S.plain(
    "Pavel Sidorov <pavel.sidorov@mail.example>", "vopros",
    """Zdravstvuyte, skazhite pozhaluysta, est li perevod na russkiy? Pavel"""),
    kind="question", email="pavel.sidorov@mail.example")

reg("ar-arabizi-reply-with-org", "Mona Saleh <mona.saleh@mail.example>", "Re: Einladung",
    """ahlan, ana w zawgi 7anegi, AG 3 law momken. shokran
Mona Saleh
Jam3iyat al Jalia al Masria Münster""", "mona.saleh@mail.example", "Mona Saleh", ["AG3"], party=2, lang="ar",
    org="Jam3iyat al Jalia al Masria Münster")

reg("de-learner-kinder-nicht", "Aziz Noori <aziz.noori@mail.example>", "Anmeldung",
    """Hallo Herr,

Ich will kommen in AG 1. Meine Kinder nicht kommen, nur ich.

Aziz Noori""", "aziz.noori@mail.example", "Aziz Noori", ["AG1"])

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
