"""Quoted replies: the writer's own text is every unquoted line; the quote is never read.

Each case is a short reply written for these tests, over a quote in one client's
form and language. The quote always names other workgroups ("AG 7", "AG 8") and
the marker word QUOTED, so a leak into the own text is easy to see.
"""

from __future__ import annotations

import time

import pytest

from mailbot.parsing.quotes import split_text

NOTE = "> Ich habe mich für AG 7 angemeldet. QUOTED\n>\n> Gruß\n> Derya"
PLAIN_NOTE = "Ich habe mich für AG 7 angemeldet. QUOTED\n\nGruß\nDerya"
INVITATION = "AG 7: Bildung QUOTED\nAG 8: Zukunft\n\nBitte melden Sie sich bis zum 6. März an.\n\nMit freundlichen Grüßen\nIhr Team"


def _own(text: str) -> str:
    split = split_text(text)
    return f"{split.body}\n{split.signature}"


def _reply(sentence: str, quote: str, closing: str = "Viele Grüße\nAnna Berg") -> str:
    return f"Hallo,\n\n{sentence}\n\n{closing}\n\n{quote}"


# attribution lines above '>' quotes, in many languages (shape: colon or verb, address/time/date)
ATTRIBUTIONS = {
    "en-gmail": "On Mon, 1 Feb 2027 at 10:15, City Office <info@stadt.example> wrote:",
    "en-wrapped-gmail": "On Mon, 1 Feb 2027 at 10:15 AM, City Office <info@stadt.example\n>wrote:",
    "en-iphone-3-lines": "On Feb 1, 2027, at 10:15 AM, City Office\n<info@stadt.example>\nwrote:",
    "de-thunderbird-no-address": "Am 02.02.2027 um 09:30 schrieb Stadt Münster:",
    "de-name-address-only": "Stadt Münster <info@stadt.example> schrieb:",
    "fr-gmail": "Le mar. 2 févr. 2027 à 10:00, Ville <ville@stadt.example> a écrit :",
    "es": "El mar, 2 feb 2027 a las 10:00, Ciudad (<ciudad@stadt.example>) escribió:",
    "en-date-only": "On 02/02/2027, City wrote:",
    "it": "Il giorno mar 2 feb 2027 alle ore 10:00 Città <citta@stadt.example> ha scritto:",
    "pt": "Em ter., 2 de fev. de 2027 às 10:00, Cidade <cidade@stadt.example> escreveu:",
    "nl-apple": "Op 2 feb. 2027 om 10:00 heeft Gemeente <gemeente@stadt.example> het volgende geschreven:",
    "da-gmail-verb-inside": "Den tirs. 2. feb. 2027 kl. 10.00 skrev Byen <byen@stadt.example>:",
    "sv": "Den 2 februari 2027 10:00 skrev Staden (staden@stadt.example):",
    "no": "tir. 2. feb. 2027 kl. 10:00 skrev Byen <byen@stadt.example>:",
    "fi-wrapped": "ti 2. helmik. 2027 klo 10.00 Kaupunki\n<kaupunki@stadt.example> kirjoitti:",
    "pl-thunderbird": "W dniu 2.02.2027 o 10:00, Miasto pisze:",
    "pl-napisal": "Dnia 2 lutego 2027 10:00 Miasto <miasto@stadt.example> napisał(a):",
    "hu": "2027.02.02. 10:00 keltezéssel, \"Város\" írta:",
    "tr": "2 Şub 2027 Sal, 10:00 tarihinde Belediye <belediye@stadt.example> şunu yazdı:",
    "ru-gmail-narrow-space": "вт, 2 февр. 2027\u202fг. в 10:00, Город <gorod@stadt.example>:",
    "uk": "02.02.2027 10:00, Місто <misto@stadt.example> пише:",
    "ar": "في الثلاثاء، 2 فبراير 2027 10:00 ص كتب البلدية <baladiya@stadt.example>:",
    "fa": "در تاریخ 2027-02-02 10:00 شهرداری <shahrdari@stadt.example> نوشت:",
    "ja-gmail": "2027年2月2日(火) 10:00 市役所 <shiyakusho@stadt.example>:",
    "ja-iphone": "2027/02/02 10:00、市役所 <shiyakusho@stadt.example> のメッセージ:",
    "zh-iphone-fullwidth-colon": "在 2027年2月2日，上午10:00，市政府 <gov@stadt.example> 写道：",
    "ko-iphone": "2027. 2. 2. 오전 10:00 시청 <sicheong@stadt.example> 작성:",
    "vi": "Vào 10:00 2 tháng 2, 2027, Thành phố <tp@stadt.example> đã viết:",
    "no-colon": "On Tue, 2 Feb 2027 10:00:00 +0100 City <city@stadt.example> wrote",
    "zoho-dashes": "---- On Tue, 02 Feb 2027 10:00:00 +0100 city@stadt.example wrote ----",
    "dashes-glued": "------On 02/02/2027 10:00 AM, City wrote-----",
    "android-dashes-name-only": "---- Stadt Münster schrieb ----",
    "mailru-from": "Tuesday, 2 February 2027, 10:00 +01:00 from city@stadt.example <city@stadt.example>:",
    "time-first": "10:00 AM, February 2, 2027, \"City\" <city@stadt.example>:",
    "bom-zimbra": "\ufeff- Le 2027-02-02 10:00, Ville a écrit :",
}


@pytest.mark.parametrize("attribution", ATTRIBUTIONS.values(), ids=ATTRIBUTIONS.keys())
def test_attribution_over_quote_is_cut(attribution):
    own = _own(_reply("ich melde mich für die AG 2 an.", f"{attribution}\n{NOTE}"))
    assert "AG 2" in own and "Anna Berg" in own
    assert "QUOTED" not in own and "AG 7" not in own
    assert attribution.splitlines()[-1].strip(" -\ufeff") not in own  # the attribution is no signature line


@pytest.mark.parametrize("attribution", ATTRIBUTIONS.values(), ids=ATTRIBUTIONS.keys())
def test_attribution_over_unquoted_text_cuts_the_rest(attribution):
    # Outlook-style clients and HTML turned to text quote without '>'
    own = _own(_reply("ich melde mich für die AG 2 an.", f"{attribution}\n\n{INVITATION}"))
    assert "AG 2" in own and "Anna Berg" in own
    assert "QUOTED" not in own and "AG 8" not in own


HEADER_BLOCKS = {
    "en-outlook": "From: City Office <info@stadt.example>\nSent: Tuesday, February 2, 2027 10:00 AM\nTo: Anna Berg\nSubject: Invitation",
    "de-outlook": "Von: Stadt Münster <info@stadt.example>\nGesendet: Dienstag, 2. Februar 2027 10:00\nAn: Anna Berg\nBetreff: Einladung",
    "fr-spaced-colons": "De : Ville <ville@stadt.example>\nEnvoyé : mardi 2 février 2027 10:00\nÀ : Anna Berg\nObjet : Invitation",
    "nl-bold": "*Van:* Gemeente <gemeente@stadt.example>\n*Verzonden:* dinsdag 2 februari 2027 10:00\n*Aan:* Anna Berg\n*Onderwerp:* Uitnodiging",
    "sv": "Från: Staden [mailto:staden@stadt.example]\nSkickat: den 2 februari 2027 10:00\nTill: Anna Berg\nÄmne: Inbjudan",
    "da": "Fra: Byen\nSendt: 2. februar 2027 10:00\nTil: Anna Berg\nEmne: Invitation",
    "fi": "Lähettäjä: Kaupunki <kaupunki@stadt.example>\nLähetetty: tiistai 2. helmikuuta 2027 10.00\nVastaanottaja: Anna Berg\nAihe: Kutsu",
    "pl": "Od: Miasto <miasto@stadt.example>\nWysłano: wtorek, 2 lutego 2027 10:00\nDo: Anna Berg\nTemat: Zaproszenie",
    "tr": "Kimden: Belediye <belediye@stadt.example>\nGönderildi: 2 Şubat 2027 Salı 10:00\nKime: Anna Berg\nKonu: Davet",
    "ru": "От: Город <gorod@stadt.example>\nОтправлено: 2 февраля 2027 г. 10:00\nКому: Anna Berg\nТема: Приглашение",
    "zh": "发件人: 市政府 <gov@stadt.example>\n发送时间: 2027年2月2日 10:00\n收件人: Anna Berg\n主题: 邀请",
    "ja": "差出人: 市役所 <shiyakusho@stadt.example>\n送信日時: 2027年2月2日 10:00\n宛先: Anna Berg\n件名: 招待",
    "without-from": "To: anna@berg.example\nSent: Tuesday, February 2, 2027 10:00 AM\nSubject: Invitation",
}


@pytest.mark.parametrize("block", HEADER_BLOCKS.values(), ids=HEADER_BLOCKS.keys())
def test_header_block_starts_the_quote(block):
    own = _own(_reply("ich melde mich für die AG 2 an.", f"{block}\n\n{INVITATION}"))
    assert "AG 2" in own and "Anna Berg" in own
    assert "QUOTED" not in own and "Einladung" not in own


SEPARATORS = {
    "en": "-----Original Message-----",
    "en-spaced-no-fields": "----- Original Message -----",
    "de": "-----Ursprüngliche Nachricht-----",
    "da": "-------- Oprindelig besked --------",
    "cs": "-------- Původní zpráva --------",
    "hr": "-----Izvorna poruka-----",
    "equals-then-fields": "========================================\nMessage du : 02/02/2027 10:00\nDe : ville@stadt.example\nSujet : Invitation",
}


@pytest.mark.parametrize("separator", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_original_message_separator(separator):
    own = _own(_reply("ich melde mich für die AG 2 an.", f"{separator}\n{PLAIN_NOTE}"))
    assert "AG 2" in own and "Anna Berg" in own
    assert "QUOTED" not in own


def test_glued_header_block_keeps_the_name_above():
    # Zimbra HTML: a rule and a bold From: on the signature's line once turned into text
    text = "Please sign me up for AG 2.\n\nThanks,\nEmily Carter From: info@stadt.example\nTo: emily@x.example\n"
    text += "Sent: Tuesday, February 2, 2027 10:00:00 AM\nSubject: Invitation\n\n" + PLAIN_NOTE
    split = split_text(text)
    assert split.signature.endswith("Emily Carter")
    assert "QUOTED" not in split.body + split.signature


def test_client_lines_under_the_reply_are_dropped():
    for line in ("Sent from my phone", "Von meinem iPhone gesendet", "Envoyé à partir de Outlook pour iOS", "Sent with Sparrow"):
        own = _own(f"Ich melde mich für AG 2 an.\n\nGrüße\nAnna Berg\n{line}\n\nAm 02.02.2027 um 09:30 schrieb Stadt:\n{NOTE}")
        assert line not in own and "Anna Berg" in own


def test_bottom_posted_reply_is_read():
    text = f"Am 02.02.2027 um 09:30 schrieb Derya <derya@verein.example>:\n{NOTE}\n\nHallo,\n\nbitte melden Sie mich für AG 2 an.\n\nViele Grüße\nAnna Berg\n"
    split = split_text(text)
    assert "AG 2" in split.body and "QUOTED" not in split.body
    assert split.signature == "Viele Grüße\nAnna Berg"


def test_answers_between_quoted_lines_are_read():
    text = (
        "On Tue, Feb 2, 2027 at 10:00 AM, City <city@stadt.example> wrote:\n"
        "> Which workgroup would you like to join, AG 7 or AG 8? QUOTED\n\n"
        "AG 2 please.\n\n"
        "> How many people will come?\n"
        "We are two.\n"
        "> Please reply by 6 March.\n\n"
        "Best regards,\nAnna Berg\n"
    )
    split = split_text(text)
    assert "AG 2 please." in split.body and "We are two." in split.body
    assert "QUOTED" not in split.body and "How many" not in split.body
    assert "Which workgroup" in split.quoted


def test_wrapped_quoted_line_without_its_marker_stays_quoted():
    text = (
        "I register for AG 2.\n\nOn Tue, Feb 2, 2027 at 10:00 AM, City <city@stadt.example> wrote:\n"
        "> AG 7: People with a migration background in the education system and\n"
        "beyond QUOTED\n"
        "> AG 8: Funding\n"
    )
    assert "QUOTED" not in split_text(text).body


def test_quoted_attribution_inside_a_quote_does_not_cut_own_text_below():
    text = (
        "On Tue, Feb 2, 2027 at 10:00 AM, Derya <derya@verein.example> wrote:\n"
        "> QUOTED\n> On Mon, Feb 1, 2027 at 9:00 AM, City <city@stadt.example> wrote:\n> > AG 7\n\n"
        "Please register me for AG 2.\n\nBest,\nAnna Berg\n"
    )
    assert "register me for AG 2" in split_text(text).body


@pytest.mark.parametrize(
    "text",
    [
        # a time and a colon in the writer's own sentence: no address, no verb, nothing quoted below
        "Am 13. März um 10:00 Uhr kommen wir zu dritt:\nAnna Berg\nOmar Said\n\nAG 2 bitte.",
        # a registration form is not a header block: no sender field
        "Name: Anna Berg\nVerein: Kulturverein\nE-Mail: anna@berg.example\nArbeitsgruppe: AG 2",
        # a date in a sentence that ends with a colon, but no attribution verb or address
        "Wie am 02.02.2027 besprochen, hier unsere Wünsche:\nAG 2 und danach AG 1.",
        # the writer's sentence ends with "schrieb" and names a date, but starts like a sentence
        "Hallo,\n\nich bleibe bei AG 2, wie ich Ihnen am 02.02.2027 schrieb\n\nDanach kommt unser Kassenwart mit.",
    ],
    ids=["time-and-colon", "form-lines", "date-and-colon", "own-sentence-ending-in-verb"],
)
def test_own_text_that_only_looks_like_a_quote_is_kept(text):
    assert "AG 2" in split_text(text).body


def test_forward_marker_gives_the_forwarded_mail():
    text = "FYI\n\n---------- Forwarded message ---------\nFrom: Omar Said <omar@verein.example>\nDate: Tue, Feb 2, 2027\nSubject: Anmeldung\n\nIch melde mich für AG 2 an."
    split = split_text(text)
    assert split.forward_headers["from"].startswith("Omar Said")
    assert "AG 2" in split.forwarded and "AG 2" not in split.body


def test_splitting_is_linear_in_the_text_length():
    def timed(n: int) -> float:
        # every line is a near miss: checked against the rules, none of them starts a quote
        block = "\n".join(
            [
                "> " + "Workgroup 7 and 8 are open; reply by 12:00 on 2027-03-06 to city@stadt.example " * 4,
                "12:00 2027-03-06 wrote " * 15 + "x:",  # time, date, verb, colon: too long for an attribution
                "12:00 2027-03-06 " * 20 + ":",  # time and date, but no address or verb
                "From: 12:00" + " x" * 150,  # one field line is no header block
                "> > " + "wrote " * 60,
                "AG 2 wrote",
            ]
        )
        text = "Ich melde mich für AG 2 an.\n\n" + "\n".join(block for _ in range(n))
        start = time.perf_counter()
        split_text(text)
        return time.perf_counter() - start

    small, large = timed(200), timed(800)
    assert large < 2.0
    assert large < 8 * small + 0.05  # four times the text, not sixteen times the time


def test_an_ip_address_is_no_date():
    # an Exim report: a host line with an IP address above "… RCPT TO:<addr>:" is no attribution
    text = "The following address failed:\n\nanna@verein.example\nhost mx.verein.example [192.0.2.7]\nSMTP error after RCPT TO:<anna@verein.example>:\n550 5.1.1 mailbox unavailable"
    assert "550 5.1.1" in split_text(text).body


@pytest.mark.parametrize(
    "closing",
    ["Med venlig hilsen", "Mvh", "Med vänliga hälsningar", "Met vriendelijke groet", "Ystävällisin terveisin",
     "Üdvözlettel:", "Salutacions,", "S pozdravem", "よろしくお願いいたします。", "祝好", "감사합니다."],
)
def test_closings_of_the_reply_clients_languages_start_the_signature(closing):
    split = split_text(f"Ich melde mich für AG 2 an.\n\n{closing}\nAnna Berg\n\nAm 02.02.2027 um 09:30 schrieb Stadt:\n{NOTE}")
    assert split.body == "Ich melde mich für AG 2 an."
    assert split.signature == f"{closing}\nAnna Berg"


def test_a_sentence_that_starts_like_a_client_line_is_kept():
    split = split_text("Von meinem Verein kommen drei Personen in AG 2.\n\nViele Grüße\nAnna Berg")
    assert split.body == "Von meinem Verein kommen drei Personen in AG 2."


def test_the_verb_ending_precheck_never_hides_an_attribution_line():
    # quotes._may_end_attribution runs _VERB_END_RE only on lines that end with a verb (speed):
    # on every line of the test mails it must answer as the pattern alone would
    from pathlib import Path

    from mailbot.parsing import quotes
    from mailbot.parsing.mime import read_mail

    lines = ["Le 3 mars 2027, Jean Dupont <jean@x.fr> A ÉCRIT", "On Tue, 2 Feb 2027 at 10:15, John Smith WROTE",
             "Am 02.02.2027 um 10:15 schrieb Anna Muster", "On Tue, John wrote :", "--- John wrote ---"]
    for path in sorted((Path(__file__).parent / "mails").rglob("*.eml")):
        lines += read_mail(path.read_bytes(), 10_000_000).text.split("\n")
    verbs = 0
    for line in lines:
        bare = quotes._bare(line)
        expected = bare.endswith(":") or bool(quotes._VERB_END_RE.search(bare[-40:]))
        assert quotes._may_end_attribution(line) == expected, line
        verbs += expected and not bare.endswith(":")
    assert verbs >= 3
