"""Notice templates: every kind in every language, real rendering, no mocks."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError
from mailbot.model import NOTICE_KINDS, Notice, Registration
from mailbot.notices import (
    COORDINATOR_KINDS,
    RenderError,
    Renderer,
    format_span,
    packaged_templates,
    slavic_plural,
)

CONFIG_TOML = """\
[event]
name = "Tag der Migrantenselbstorganisationen 2027"
starts = 2027-03-13T10:00:00
ends = 2027-03-13T16:00:00
timezone = "Europe/Berlin"
venue = "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"
registration_address = "mso-tag@muenster.example"
registration_deadline = 2027-03-06T23:59:00
reminders = ["7d", "1d"]

[[workgroups]]
id = "AG1"
label = "AG 1"
title = "Menschen mit Migrationsvorgeschichte im Bildungssystem"
capacity = 30

[[workgroups]]
id = "AG2"
label = "AG 2"
title = "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"
capacity = 30

[[workgroups]]
id = "AG3"
label = "AG 3"
title = "Förderungsmöglichkeiten und effektives Vereinsmanagement"
capacity = 30

[maildir]
path = "Maildir"

[outdir]
path = "outbox"
from_address = "mso-tag@muenster.example"
from_name = "Tag der Migrantenselbstorganisationen"
"""

LANGUAGES = ("de", "en", "tr", "ar", "ru", "uk")

# A phrase each language's notices use to say "just answer this mail" (the footer and questions).
REPLY_PHRASE = {
    "de": "Antworten Sie einfach auf diese E-Mail",
    "en": "Simply reply to this email",
    "tr": "Bu e-postayı yanıtlamanız",
    "ar": "ما عليكم سوى الرد على هذه الرسالة",
    "ru": "Просто ответьте на это письмо",
    "uk": "Просто дайте відповідь на цей лист",
}
# ... and the words for "change" and "cancel" in the usual footer.
CHANGE_CANCEL = {
    "de": ("ändern", "absagen"),
    "en": ("change", "cancel"),
    "tr": ("değiştirmek", "iptal"),
    "ar": ("تغيير", "إلغاء"),
    "ru": ("изменить", "отменить"),
    "uk": ("змінити", "скасувати"),
}
FULL_EXTRA = {
    "confirmation": {},
    "waitlisted": {"position": 3},
    "promoted": {"workgroup": "AG2"},
    "change_confirmed": {"previous": "AG1"},
    "change_waitlisted": {"current": "AG2", "wanted": "AG3"},
    "already_registered": {},
    "cancellation_confirmed": {},
    "registration_closed": {"reason": "deadline"},
    "question": {"ask": "workgroup", "reasons": ["no workgroup named"]},
    "reminder": {"offset": "7d"},
    "confirm_by_reply": {"request": "cancellation", "wanted": "AG2", "wanted_party_size": 2},
}
AG2_TITLE = "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"


def make_config(tmp_path: Path, extra: str = ""):
    """A valid config in tmp_path (Maildir + outdir, so no servers); `extra` is appended TOML."""
    path = tmp_path / "config.toml"
    path.write_text(CONFIG_TOML + extra, encoding="utf-8")
    return load_config(path)


def registration(**changes) -> Registration:
    values = dict(email="ayse@example.org", name="Ayşe Aksoy", party_size=2, language="de",
                  workgroup="AG2", status="confirmed", id=7)
    values.update(changes)
    return Registration(**values)


def notice(kind: str, language: str = "de", reg: Registration | None = None, **extra) -> Notice:
    return Notice(kind=kind, to="ayse@example.org", language=language,
                  registration=reg if reg is not None else registration(), extra=extra)


@pytest.fixture
def config(tmp_path):
    return make_config(tmp_path)


@pytest.fixture
def renderer(config):
    return Renderer(config)


# --- every notice, every language -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", NOTICE_KINDS)
def test_every_notice_renders_in_every_language(renderer, config, kind, lang):
    out = renderer.render(notice(kind, lang, **FULL_EXTRA[kind]))
    assert out.language == lang
    assert out.subject and "\n" not in out.subject and config.event.name in out.subject
    text = out.text
    own_words = kind == "confirm_by_reply"  # asks for a reply to confirm, not the usual footer
    for needed in (config.event.name, format_span(config.event.starts, config.event.ends, lang),
                   config.event.venue, AG2_TITLE, *([] if own_words else [REPLY_PHRASE[lang]])):
        assert needed in text, f"{lang}/{kind} lacks {needed!r}"
    if kind not in ("cancellation_confirmed", "registration_closed") and not own_words:
        change, cancel = CHANGE_CANCEL[lang]
        assert change in text and cancel in text
    assert "{{" not in text and "{%" not in text
    assert f'lang="{lang}"' in out.html and f'dir="{"rtl" if lang == "ar" else "ltr"}"' in out.html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", NOTICE_KINDS)
def test_missing_extra_keys_get_defaults(renderer, kind, lang):
    bare = registration(name=None, workgroup=None, party_size=1)
    out = renderer.render(notice(kind, lang, reg=bare))
    # confirm_by_reply asks for a reply to confirm, in its own words, not the usual footer
    assert kind == "confirm_by_reply" or REPLY_PHRASE[lang] in out.text


def test_available_languages(renderer):
    assert renderer.available_languages() == ["ar", "de", "en", "ru", "tr", "uk"]


@pytest.mark.parametrize("kind", COORDINATOR_KINDS)
def test_coordinator_mails_render_with_empty_extra(renderer, kind):
    out = renderer.render(Notice(kind=kind, to="koordination@muenster.example", language="de"))
    assert out.language == "de" and "Tag der Migrantenselbstorganisationen 2027" in out.text


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, expected", [
    ("de", "Samstag, 13. März 2027, 10:00–16:00 Uhr"),
    ("en", "Saturday, 13 March 2027, 10:00–16:00"),
    ("tr", "13 Mart 2027 Cumartesi, 10:00–16:00"),
    ("ar", "السبت، 13 مارس 2027، 10:00–16:00"),
    ("ru", "суббота, 13 марта 2027 г., 10:00–16:00"),
    ("uk", "субота, 13 березня 2027 р., 10:00–16:00"),
    ("pl", "13.03.2027, 10:00–16:00"),
], ids=lambda v: v if len(v) == 2 else None)
def test_event_date_per_language(lang, expected):
    assert format_span(dt.datetime(2027, 3, 13, 10), dt.datetime(2027, 3, 13, 16), lang) == expected


def test_event_over_two_days():
    text = format_span(dt.datetime(2027, 3, 13, 10), dt.datetime(2027, 3, 14, 13, 30), "de")
    assert text == "Samstag, 13. März 2027, 10:00 Uhr – Sonntag, 14. März 2027, 13:30 Uhr"


@pytest.mark.parametrize("n, word", [(1, "день"), (2, "дня"), (4, "дня"), (5, "дней"), (11, "дней"),
                                     (12, "дней"), (21, "день"), (22, "дня"), (0, "дней")])
def test_slavic_plural(n, word):
    assert slavic_plural(n, "день", "дня", "дней") == word


@pytest.mark.parametrize("lang, offset, phrase", [
    ("de", "1d", "morgen ist es so weit"),
    ("de", "7d", "in 7 Tagen ist es so weit"),
    ("de", "24h", "morgen ist es so weit"),
    ("en", "1d", "takes place tomorrow"),
    ("ru", "2d", "через 2 дня"),
    ("ru", "7d", "через 7 дней"),
    ("uk", "3d", "через 3 дні"),
    ("tr", "7d", "7 gün sonra"),
    ("ar", "1d", "غداً"),
])
def test_reminder_says_when(renderer, lang, offset, phrase):
    assert phrase in renderer.render(notice("reminder", lang, offset=offset)).text


# --- language choice ------------------------------------------------------------------------------


@pytest.mark.parametrize("asked, used", [("pl", "de"), ("fr", "de"), ("", "de"), (None, "de"),
                                         ("de-AT", "de"), ("EN", "en"), ("uk_UA", "uk")])
def test_language_choice_falls_back_to_german(renderer, asked, used):
    assert renderer.render(notice("confirmation", asked)).language == used


def test_default_language_from_config(tmp_path):
    renderer = Renderer(make_config(tmp_path, '\n[notices]\ndefault_language = "en"\n'))
    assert renderer.render(notice("confirmation", "pl")).language == "en"


def test_coordinator_mails_are_german_or_english(renderer):
    # [coordinator].language picks de or en; any other language falls back to German.
    assert renderer.render(Notice(kind="digest", to="k@muenster.example", language="tr")).language == "de"
    assert renderer.render(Notice(kind="digest", to="k@muenster.example", language="en")).language == "en"


# --- data from mails stays data -----------------------------------------------------------------


def test_html_escapes_a_name_from_a_mail(renderer):
    out = renderer.render(notice("confirmation", reg=registration(name="<script>x</script>")))
    assert "<script>" not in out.html and "&lt;script&gt;x&lt;/script&gt;" in out.html
    assert "<script>x</script>" in out.text  # plain text shows it as written


@pytest.mark.parametrize("name", ["{{ config }}", "{% for x in range(3) %}x{% endfor %}", "{{ 7*7 }}"])
def test_jinja_looking_name_is_printed_literally(renderer, name):
    out = renderer.render(notice("confirmation", reg=registration(name=name)))
    assert name in out.text and "49" not in out.text


def test_name_with_line_breaks_is_one_line(renderer):
    out = renderer.render(notice("confirmation", reg=registration(name="Eve\r\nBcc: victim@example.org")))
    assert "Guten Tag Eve Bcc: victim@example.org," in out.text


def test_neutral_greeting_without_name(renderer):
    assert renderer.render(notice("confirmation", reg=registration(name=None))).text.startswith("Guten Tag,\n")
    assert renderer.render(notice("confirmation", "en", reg=registration(name=None))).text.startswith("Hello,\n")


# --- per-kind details --------------------------------------------------------------------------------


def test_question_lists_workgroups_by_number(renderer, config):
    text = renderer.render(notice("question", ask="workgroup")).text
    for wg in config.workgroups:
        assert f"AG {wg.number}: {wg.title}" in text
    assert "„AG 3“" in text


def test_question_asks_for_name(renderer):
    assert "vollständigen Namen" in renderer.render(notice("question", ask="name")).text


def test_unknown_ask_means_details(renderer):
    text = renderer.render(notice("question", ask="shoe size")).text
    assert "mit wie vielen Personen" in text


def test_default_assignment_is_explained(renderer):
    text = renderer.render(notice("confirmation", reg=registration(assigned_by_default=True))).text
    assert "keine Wahl genannt" in text and "AG 1: Menschen mit" in text
    assert "keine Wahl genannt" not in renderer.render(notice("confirmation")).text


def test_waitlist_position(renderer):
    assert "(Platz 3)" in renderer.render(notice("waitlisted", position=3)).text
    assert "(Platz" not in renderer.render(notice("waitlisted", position="junk")).text


def test_change_names_previous_and_wanted(renderer):
    assert "(bisher AG 1)" in renderer.render(notice("change_confirmed", previous="AG1")).text
    text = renderer.render(notice("change_waitlisted", current="AG2", wanted="AG3")).text
    assert "Förderungsmöglichkeiten und effektives Vereinsmanagement" in text


def test_registration_closed_by_deadline(renderer):
    text = renderer.render(notice("registration_closed", reg=None, reason="deadline")).text
    assert "Anmeldefrist (Samstag, 6. März 2027) abgelaufen" in text


def test_party_size_shown(renderer):
    assert "Personen:       2" in renderer.render(notice("confirmation")).text


def test_html_can_be_switched_off(tmp_path):
    renderer = Renderer(make_config(tmp_path, "\n[notices]\nhtml = false\n"))
    assert renderer.render(notice("confirmation")).html is None


# --- coordinator mails --------------------------------------------------------------------------------


def test_digest_shows_status_and_sections(renderer):
    status = "AG   Titel    Bestätigt\nAG1  Bildung  12/30\n"
    extra = {
        "day": "2027-03-01", "status": status,
        "new": [{"name": "Ayşe Aksoy", "email": "ayse@example.org", "workgroup": "AG2", "party_size": 2,
                 "status": "confirmed"}],
        "cancellations": [{"name": "Ole", "email": "ole@example.org", "workgroup": "AG1"}],
        "review": [{"email": "q@example.org", "subject": "Frage", "reasons": ["unclear"]}],
        "failed": [{"to": "z@example.org", "kind": "confirmation", "error": "550 unknown user", "attempts": 1}],
    }
    out = renderer.render(Notice(kind="digest", to="k@muenster.example", language="de", extra=extra))
    text = out.text
    assert out.subject == "Tagesübersicht 2027-03-01: Tag der Migrantenselbstorganisationen 2027"
    assert text.index("AG1  Bildung  12/30") < text.index("Neue Anmeldungen: 1")
    assert "Ayşe Aksoy <ayse@example.org> – AG 2: Münsters" in text
    assert "Absagen: 1" in text and "Änderungen: keine" in text
    assert "„Frage“ – unclear" in text and "550 unknown user" in text


def test_status_rows_instead_of_text(renderer):
    rows = [{"id": "AG1", "title": "Bildung", "confirmed": 3, "capacity": 30, "waitlisted": 0, "review": 1}]
    text = renderer.render(Notice(kind="status_report", to="k@muenster.example", language="de",
                                  extra={"status": rows})).text
    assert "AG1" in text and "3/30" in text


def test_export_cover_text(renderer):
    text = renderer.render(Notice(kind="export", to="k@muenster.example", language="de",
                                  extra={"filename": "teilnehmende.xlsx", "rows": 42})).text
    assert "„teilnehmende.xlsx“ mit 42 Anmeldungen" in text


# --- templates on disk --------------------------------------------------------------------------------------


def test_override_folder_wins(tmp_path):
    override = tmp_path / "texte" / "de"
    override.mkdir(parents=True)
    (override / "confirmation.txt").write_text(
        'Subject: Eigener Betreff {{ event.name }}\n{% include "de/_greeting.txt" %}\n\nEigener Text.\n',
        encoding="utf-8")
    (override / "_footer.txt").write_text("Eigene Fußzeile\n", encoding="utf-8")
    renderer = Renderer(make_config(tmp_path, '\n[notices]\ntemplates = "texte"\n'))
    out = renderer.render(notice("confirmation"))
    assert out.subject == "Eigener Betreff Tag der Migrantenselbstorganisationen 2027"
    assert out.text == "Guten Tag Ayşe Aksoy,\n\nEigener Text.\n"
    assert "Eigene Fußzeile" in renderer.render(notice("waitlisted")).text  # packaged kind, own footer
    assert "Eigene Fußzeile" not in renderer.render(notice("waitlisted", "en")).text


def test_missing_override_folder_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=r"\[notices\].templates"):
        Renderer(make_config(tmp_path, '\n[notices]\ntemplates = "nirgends"\n'))


def test_broken_override_template_names_itself(tmp_path):
    (tmp_path / "texte" / "de").mkdir(parents=True)
    (tmp_path / "texte" / "de" / "waitlisted.txt").write_text("Subject: x\n{{ no_such_value }}\n", encoding="utf-8")
    renderer = Renderer(make_config(tmp_path, '\n[notices]\ntemplates = "texte"\n'))
    with pytest.raises(RenderError, match="de/waitlisted.txt.*no_such_value"):
        renderer.render(notice("waitlisted"))


def test_template_without_subject_line(tmp_path):
    (tmp_path / "texte" / "de").mkdir(parents=True)
    (tmp_path / "texte" / "de" / "waitlisted.txt").write_text("Hallo\n", encoding="utf-8")
    renderer = Renderer(make_config(tmp_path, '\n[notices]\ntemplates = "texte"\n'))
    with pytest.raises(RenderError, match="Subject"):
        renderer.render(notice("waitlisted"))


def test_templates_are_package_data():
    root = importlib.resources.files("mailbot.templates")
    assert root.joinpath("de", "confirmation.txt").is_file() and root.joinpath("base.html").is_file()
    files = [p for p in packaged_templates().rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    # pyproject's package-data globs are **/*.txt, **/*.html, **/*.j2: anything else would not be installed
    assert all(p.suffix in (".txt", ".html", ".j2", ".py") for p in files), files


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_every_kind(lang):
    for kind in NOTICE_KINDS:
        assert (packaged_templates() / lang / f"{kind}.txt").is_file(), f"{lang}/{kind}.txt"


# --- the extras decide sends ------------------------------------------------------------------------------


def test_full_first_choice_is_explained(renderer):
    text = renderer.render(notice("confirmation", reg=registration(workgroup="AG3"), full=["AG1", "AG2"])).text
    assert "Leider waren bei AG 1, AG 2 schon alle Plätze vergeben" in text
    assert "all places in AG 1 were already taken" in renderer.render(
        notice("confirmation", "en", reg=registration(workgroup="AG3"), full=["AG1", "nope"])).text
    arabic = renderer.render(notice("confirmation", "ar", reg=registration(workgroup="AG3"), full=["AG1", "AG2"]))
    assert "AG 1، AG 2" in arabic.text  # the Arabic comma in right-to-left text


def test_promotion_into_the_wanted_workgroup(renderer):
    text = renderer.render(notice("promoted", reg=registration(workgroup="AG3"), workgroup="AG3",
                                  previous="AG1")).text
    assert "von AG 1 zu AG 3" in text and "Förderungsmöglichkeiten" in text


def test_extra_workgroup_and_party_size_win(renderer):
    text = renderer.render(notice("cancellation_confirmed", reg=registration(workgroup=None), workgroup="AG1")).text
    assert "Menschen mit Migrationsvorgeschichte im Bildungssystem" in text
    assert "Personen:       4" in renderer.render(notice("confirmation", party_size=4)).text
    assert "Personen:       2" in renderer.render(notice("confirmation", party_size="viele")).text


def test_question_offers_only_the_options(renderer):
    text = renderer.render(notice("question", ask="workgroup", options=["AG1", "AG3"])).text
    assert "AG 1: Menschen" in text and "AG 3: Förderung" in text and "AG 2: Münsters" not in text


def test_digest_review_item_number_and_size_change(renderer):
    extra = {"review": [{"item": 12, "email": "q@example.org", "subject": "Frage", "reasons": []}],
             "changes": [{"name": "Ole", "email": "ole@example.org", "previous": "AG1", "workgroup": "AG1",
                          "party_size": 3, "note": "changed"}]}
    text = renderer.render(Notice(kind="digest", to="k@muenster.example", language="de", extra=extra)).text
    assert "Nr. 12: (ohne Namen) <q@example.org>" in text
    assert "Ole <ole@example.org>: AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem, 3 Pers." in text
