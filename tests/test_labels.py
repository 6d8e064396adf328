"""Any event's words: a workgroup's `label` names it in mails, calendar entries and lists; no group noun of ours."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from email.message import EmailMessage

import pytest
from icalendar import Calendar

from mailbot import store
from mailbot.config import load_config
from mailbot.model import NOTICE_KINDS, Notice, Registration
from mailbot.notices import Renderer
from mailbot.parsing import parse_message
from mailbot.worker import Worker

NOW = dt.datetime(2027, 5, 3, 9, 0, tzinfo=dt.timezone.utc)

# The vereinsforum event (as ../shared/corpus/vereinsforum/config.toml) with labels "Forum A" ... "Forum E".
FORUMS = [("F-A", "Ehrenamt gewinnen und halten", ["Ehrenamt", "Freiwillige"]),
          ("F-B", "Digitale Vereinsarbeit", ["Digitalisierung", "Social Media"]),
          ("F-C", "Geld für gute Ideen: Fördertöpfe und Anträge", ["Förderung", "Anträge"]),
          ("F-D", "Antidiskriminierung und Empowerment", ["Rassismus", "Empowerment"]),
          ("F-E", "Jugend in Migrantenorganisationen", ["Jugend", "junge Leute"])]


def vereinsforum(tmp_path, labels: bool = True) -> str:
    groups = "".join(
        f'\n[[workgroups]]\nid = "{wg}"\ntitle = "{title}"\ncapacity = 25\naliases = {aliases!r}\n'.replace("'", '"')
        + (f'label = "Forum {wg[-1]}"\n' if labels else "")
        for wg, title, aliases in FORUMS)
    return f"""\
[event]
name = "Vereinsforum Münster 2027 – Ehrenamt in der Einwanderungsgesellschaft"
starts = 2027-06-19T09:30:00
ends = 2027-06-19T15:30:00
timezone = "Europe/Berlin"
venue = "Begegnungszentrum Meerwiese, Meerwiese 25, 48157 Münster"
registration_address = "vereinsforum@muenster.example"
registration_deadline = 2027-06-12T23:59:00
capacity = 120
reminders = ["7d", "1d"]
{groups}
[maildir]
path = "{tmp_path / 'Maildir'}"

[outdir]
path = "{tmp_path / 'outbox'}"

[database]
path = "{tmp_path / 'mailbot.db'}"
"""


@pytest.fixture
def forum_config(tmp_path):
    path = tmp_path / "vereinsforum.toml"
    path.write_text(vereinsforum(tmp_path), encoding="utf-8")
    return load_config(path)


# Our old words for a workgroup, in every language the templates speak.
GROUP_NOUNS = re.compile(r"\bAG\b|Arbeitsgruppe|working group|рабоч|робоч|групп|груп|çalışma grub|"
                         r"grubu|مجموعة العمل|المجموعة", re.I)


def anmeldung(body: str, sender="Ana Costa <ana.costa@verein-a.example>", msgid="<f1@verein-a.example>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "vereinsforum@muenster.example"
    msg["Subject"] = "Anmeldung"
    msg["Message-ID"] = msgid
    msg["Date"] = "Mon, 03 May 2027 10:00:00 +0200"
    msg.set_content(f"Guten Tag,\n\n{body}\n\nViele Grüße\nAna Costa\n")
    return msg.as_bytes()


def test_a_confirmation_for_the_vereinsforum_names_forum_b_and_no_arbeitsgruppe(forum_config):
    worker = Worker(forum_config, clock=lambda: NOW)
    try:
        raw = anmeldung("ich melde mich für das Forum B an.")
        with store.transaction(worker.db):
            row = store.store_message(worker.db, folder="INBOX", uidvalidity=1, uid=1, raw=raw,
                                      message_id="<f1@verein-a.example>", sender=None, subject=None, received_at=NOW)
        worker.handle_one(row, raw)
        ((kind, mail),) = worker.db.execute("SELECT kind, raw FROM outbox").fetchall()
    finally:
        worker.db.close()
    assert kind == "confirmation"
    message = email.message_from_bytes(mail, policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()
    assert "Forum B" in text and "Digitale Vereinsarbeit" in text
    assert not GROUP_NOUNS.search(text), GROUP_NOUNS.search(text)
    (ics,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    event = Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]).endswith("Forum B: Digitale Vereinsarbeit")
    assert "Forum B: Digitale Vereinsarbeit" in str(event["DESCRIPTION"])
    assert not GROUP_NOUNS.search(str(event["SUMMARY"]) + str(event["DESCRIPTION"]))


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar", "ru", "uk"])
def test_no_participant_mail_says_a_group_noun_of_its_own(forum_config, language):
    renderer = Renderer(forum_config)
    reg = Registration(email="ana.costa@verein-a.example", name="Ana Costa", party_size=2, language=language,
                       workgroup="F-B", status="confirmed", id=3, wanted="F-D", assigned_by_default=True)
    extras = {"waitlisted": {"position": 2}, "promoted": {"previous": "F-A"}, "change_confirmed": {"previous": "F-A"},
              "change_waitlisted": {"current": "F-B", "wanted": "F-D"}, "confirmation": {"full": ["F-A", "F-C"]},
              "registration_closed": {"reason": "deadline"}, "reminder": {"offset": "7d"}}
    for kind in NOTICE_KINDS:
        for extra in (extras.get(kind, {}), {"ask": "workgroup"}, {"ask": "details"}) if kind == "question" else (
                extras.get(kind, {}),):
            rendered = renderer.render(Notice(kind=kind, to=reg.email, language=language, registration=reg,
                                              extra=extra))
            found = GROUP_NOUNS.search(rendered.subject + "\n" + rendered.text)
            assert found is None, f"{language}/{kind}: {found.group(0)!r} in {rendered.text}"
            assert "Forum B" in rendered.text or kind == "registration_closed", f"{language}/{kind}"


def test_the_label_is_a_name_the_parser_reads(tmp_path):
    path = tmp_path / "forum.toml"
    path.write_text(vereinsforum(tmp_path).replace('label = "Forum B"', 'label = "Raum Blau"'), encoding="utf-8")
    parsed = parse_message(anmeldung("ich melde mich für Raum Blau an."), load_config(path))
    assert parsed.workgroups == ["F-B"]
    assert load_config(path).workgroup("F-B").label == "Raum Blau"


def test_without_a_label_the_id_names_the_workgroup(tmp_path):
    path = tmp_path / "forum.toml"
    path.write_text(vereinsforum(tmp_path, labels=False), encoding="utf-8")
    config = load_config(path)
    assert [wg.label for wg in config.workgroups] == ["F-A", "F-B", "F-C", "F-D", "F-E"]
    assert config.workgroup("F-B").aliases == ("Digitalisierung", "Social Media")  # the id is no extra alias


def test_the_mso_tag_mails_read_as_today(tmp_path):
    """The project's own config labels its workgroups "AG 1" ... "AG 3": the mails still say "AG 2"."""
    from pathlib import Path

    source = (Path(__file__).parent.parent / "config.toml").read_text(encoding="utf-8")
    config_path = tmp_path / "config.toml"
    config_path.write_text(source, encoding="utf-8")
    config = load_config(config_path)
    assert [wg.label for wg in config.workgroups] == ["AG 1", "AG 2", "AG 3"]
    reg = Registration(email="a@example.org", name="Ana Costa", party_size=1, language="de", workgroup="AG2",
                       status="confirmed", id=1)
    text = Renderer(config).render(Notice(kind="confirmation", to=reg.email, language="de", registration=reg)).text
    assert "AG 2 „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“" in text
