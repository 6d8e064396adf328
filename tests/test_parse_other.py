"""A person's mail that fits no kind is "other" and is never answered: it must not hide a registration.

"Other" mails land among the ignored ones. When such a mail still shows it is about the event
(a workgroup or a number of persons the reader understood, a subject asking to register) or is
written in a language whose words mailbot does not have, it goes to review with a reason; a
plain thank-you or a mail about something else stays "other" without review.
"""

from __future__ import annotations

from pathlib import Path

from mailbot.config import load_config
from mailbot.parsing import parse_message

MSO = load_config(Path(__file__).parent.parent / "config.toml")


def mail(body: str, subject: str = "Hallo", sender: str = "Anna Beispiel <anna@beispiel.example>") -> bytes:
    return (
        f"From: {sender}\nTo: mso-tag@muenster.example\nSubject: {subject}\nMessage-ID: <o@beispiel.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def test_a_workgroup_in_a_mail_of_no_kind_goes_to_review_naming_it():
    p = parse_message(mail("Hallo,\n\ndie AG 2 fanden wir letztes Jahr schon spannend.\n\nGruß\nAnna Berg"), MSO)
    assert p.kind == "other" and p.needs_review
    assert any("names AG2" in r for r in p.reasons)


def test_a_subject_asking_to_register_over_a_text_not_understood_goes_to_review():
    p = parse_message(mail("Moin,\n\nwir sind wieder am Start, dat wird jovel.\n\nEnzo", subject="Tag der MSO anmelden"), MSO)
    assert p.kind == "other" and p.needs_review
    assert any("subject speaks of registering" in r for r in p.reasons)


def test_a_reply_to_our_confirmation_saying_thanks_stays_other_without_review():
    p = parse_message(mail("Vielen Dank, alles klar!\n\nAnna", subject="Re: Ihre Anmeldung zum MSO-Tag"), MSO)
    assert p.kind == "other" and not p.needs_review


def test_a_mail_in_a_language_without_vocabulary_goes_to_review_naming_the_language():
    # Tamil: a script that names its language; mailbot has no Tamil words, so it cannot tell
    # a registration from anything else and must not drop the mail among the ignored ones
    body = "வணக்கம்,\n\nநாங்கள் மூன்று பேர் கலந்து கொள்ள விரும்புகிறோம். நன்றி.\n\nகலா"
    p = parse_message(mail(body, subject="MSO"), MSO)
    assert p.kind in ("other", "registration") and p.needs_review
    assert any("'ta'" in r for r in p.reasons)


def test_an_unrelated_mail_in_a_covered_language_stays_other_without_review():
    body = "Hallo zusammen,\n\nder Hof wird am Samstag gefegt, bitte die Fahrräder wegstellen.\n\nHausverwaltung"
    p = parse_message(mail(body, subject="Hof"), MSO)
    assert p.kind == "other" and not p.needs_review
