"""Data protection: export-person (access), forget (erasure, checked in the file's bytes), retention purge."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest

from test_desk_support import DESK_EXTRA, add_message, add_registration, db, desk_config, mail, run  # noqa: F401

from mailbot import store
from mailbot.desk.privacy import pending_imap_deletions, purge_due, purge_personal_data

ADDRESS = "ayse.yilmaz@example.org"
NAME = "Ayşe Yılmaz"


def outbox_row(db, key, to, raw, registration_id=None, message_row=None, kind="confirmation"):
    store.enqueue(db, kind=kind, dedupe_key=key, to_addr=to, subject="Anmeldung", message_id=f"<{key}@x>",
                  raw=raw, registration_id=registration_id, message_row=message_row)


@pytest.fixture
def person(db):
    """Ayşe's registration, her mail, our answer (base64 body), a digest naming her; and Boris, who stays."""
    raw = mail(ADDRESS, NAME, f"Ich melde mich an. {NAME}, Elternverein")
    row = store.store_message(db, folder="INBOX", uidvalidity=7, uid=11, raw=raw, message_id="<a1@example.org>",
                              sender=ADDRESS, subject="Anmeldung")
    reg = add_registration(db, ADDRESS, NAME, "AG1", "confirmed", message_row=row, organisation="Elternverein")
    store.finish_message(db, row, state="processed", kind="registration", registration_id=reg,
                         parsed={"email": ADDRESS, "name": NAME, "text": f"Ich melde mich an. {NAME}"})
    store.audit(db, "registered", f"{NAME} <{ADDRESS}> in AG1", registration_id=reg, message_row=row)
    body = base64.b64encode(f"Liebe {NAME}, Sie sind angemeldet.".encode()).decode()
    answer = (f"To: {ADDRESS}\r\nSubject: =?utf-8?b?{base64.b64encode(NAME.encode()).decode()}?=\r\n"
              f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{body}\r\n")
    outbox_row(db, "c1", ADDRESS, answer.encode(), registration_id=reg, message_row=row)
    digest = ("To: koordination@muenster.example\r\nContent-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: quoted-printable\r\n\r\nNeu: Ay=C5=9Fe Y=C4=B1lmaz <ayse.yilmaz@ex=\r\nample.org> (AG1)\r\n")
    outbox_row(db, "digest:2027-01-11:k", "koordination@muenster.example", digest.encode(), kind="digest")
    other_raw = mail("boris@example.org", "Борис Петров", "Регистрация")
    other = store.store_message(db, folder="INBOX", uidvalidity=7, uid=12, raw=other_raw, message_id="<b1@x>",
                                sender="boris@example.org", subject="Anmeldung")
    add_registration(db, "boris@example.org", "Борис Петров", "AG2", "confirmed", message_row=other)
    return reg


@pytest.fixture
def german(write_config, desk_config):
    """A second config on the same database with the coordinator's language at its default, German."""
    return write_config(extra="\n".join(line for line in DESK_EXTRA.splitlines() if "language" not in line))


def config_in(language, desk_config, german):
    return german if language == "de" else desk_config[0]


def file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_export_person_prints_everything_stored_as_json(desk_config, person):
    result = run(desk_config[0], "export-person", ADDRESS.upper())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["email"] == ADDRESS
    assert [(r["id"], r["name"], r["workgroup"], r["status"]) for r in data["registrations"]] == [
        (person, NAME, "AG1", "confirmed")]
    assert [m["uid"] for m in data["messages"]] == [11]
    assert f"Ich melde mich an. {NAME}" in data["messages"][0]["raw"]
    assert data["messages"][0]["parsed"]["name"] == NAME
    # the digest names her too, but lists others as well: not her data, and it would disclose them
    assert sorted(o["kind"] for o in data["outbox"]) == ["confirmation"]
    assert data["also_named_in"] == {"other_mails": 0, "mails_to_the_coordinator": 1}
    assert {a["action"] for a in data["audit"]} >= {"received", "registered", "queued"}


def test_forget_leaves_neither_address_nor_name_in_the_file(desk_config, german, db, person):
    path = desk_config[1].database_path
    assert ADDRESS.encode() in file_bytes(path) and NAME.encode() in file_bytes(path)
    db.conn.close()  # the CLI is its own process-like session; a reader open here would pin the WAL
    result = run(german, "forget", ADDRESS)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "1 Anmeldung(en), 1 Mail(s), 2 ausgehende Mail(s) gelöscht; 3 Protokolldetail(s) geleert.",
        "1 Mail(s) liegen noch im Postfach: dort löschen (oder [retention] delete_imap = true setzen).",
    ]
    content = file_bytes(path)
    for needle in (ADDRESS, NAME, "Yılmaz", "ayse.yilmaz"):
        assert needle.encode() not in content, needle
    again = store.open_db(path)
    assert [r[0] for r in again.execute("SELECT email FROM registrations")] == ["boris@example.org"]
    assert again.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    last = again.execute("SELECT actor, action, detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(last) == ("coordinator", "forgotten", "by coordinator: a person's data was erased "
                           "(erased 1 registration(s), 1 mail(s), 2 outgoing mail(s); 3 log detail(s) blanked)")
    again.conn.close()


@pytest.mark.parametrize("command", ["forget", "export-person"])
@pytest.mark.parametrize(("language", "message"), [
    ("de", "Error: zu nobody@example.org ist nichts gespeichert\n"),
    ("en", "Error: nothing stored about nobody@example.org\n"),
])
def test_an_unknown_address_is_one_error_line(desk_config, german, person, command, language, message):
    result = run(config_in(language, desk_config, german), command, "nobody@example.org")
    assert result.exit_code == 1
    assert result.stderr == message


def test_forget_with_delete_imap_queues_the_server_copies(write_config, tmp_path):
    path = write_config(extra="[retention]\ndays_after_event = 30\ndelete_imap = true\n")
    db = store.open_db(tmp_path / "mailbot.db")
    row = store.store_message(db, folder="INBOX", uidvalidity=7, uid=11, raw=mail(ADDRESS, NAME, "Hallo"),
                              message_id="<a@x>", sender=ADDRESS, subject="Anmeldung")
    add_registration(db, ADDRESS, NAME, "AG1", "confirmed", message_row=row)
    result = run(path, "forget", ADDRESS)
    assert result.stdout.splitlines()[-1] == "1 Mail(s) werden beim nächsten Durchlauf im Postfach gelöscht."
    assert pending_imap_deletions(db) == [("INBOX", 7, 11)]


def test_purge_is_due_days_after_the_event(desk_config):
    config = desk_config[1]  # ends 2027-03-13 16:00 Berlin; 90 days later
    assert not purge_due(config, dt.datetime(2027, 6, 11, 14, 59, tzinfo=dt.timezone.utc))
    assert purge_due(config, dt.datetime(2027, 6, 11, 15, 0, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("language", "lines"), [
    ("de", ["Löschung fällig: 11.06.2027 17:00",
            "Würde 2 Anmeldung(en), 2 Mail(s), 2 ausgehende Mail(s) löschen; 5 Protokolldetail(s) würden geleert.",
            "  behalten: AG1 bestätigt: 1 Anmeldung(en), 1 Person(en)",
            "  behalten: AG2 bestätigt: 1 Anmeldung(en), 1 Person(en)",
            "2 Mail(s) liegen noch im Postfach: dort löschen (oder [retention] delete_imap = true setzen)."]),
    ("en", ["Purge due: 11.06.2027 17:00",
            "Would erase 2 registration(s), 2 mail(s), 2 outgoing mail(s); 5 log detail(s) would be blanked.",
            "  kept: AG1 confirmed: 1 registration(s), 1 person(s)",
            "  kept: AG2 confirmed: 1 registration(s), 1 person(s)",
            "2 mail(s) are still in the mailbox: delete them there (or set [retention] delete_imap = true)."]),
])
def test_purge_dry_run_shows_and_keeps_everything(desk_config, german, db, person, language, lines):
    result = run(config_in(language, desk_config, german), "purge", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == lines
    assert db.execute("SELECT count(*) FROM registrations").fetchone()[0] == 2


@pytest.mark.parametrize(("language", "message"), [
    ("de", "Error: noch nicht fällig (11.06.2027 17:00); --dry-run zeigt, was ginge, --now löscht sofort\n"),
    ("en", "Error: not due yet (11.06.2027 17:00); use --dry-run to see what would go, or --now\n"),
])
def test_purge_before_it_is_due_needs_now(desk_config, german, person, language, message):
    result = run(config_in(language, desk_config, german), "purge")
    assert result.exit_code == 1
    assert result.stderr == message


def test_purge_without_retention_is_never_due(write_config):
    result = run(write_config(), "purge", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Löschung fällig: nie ([retention] days_after_event ist nicht gesetzt)",
        "Würde 0 Anmeldung(en), 0 Mail(s), 0 ausgehende Mail(s) löschen; 0 Protokolldetail(s) würden geleert."]
    refused = run(write_config(), "purge")
    assert refused.stderr == ("Error: noch nicht fällig (nie ([retention] days_after_event ist nicht gesetzt)); "
                              "--dry-run zeigt, was ginge, --now löscht sofort\n")


def test_forget_dry_run_lists_the_rows_in_english(desk_config, db, person):
    result = run(desk_config[0], "forget", "--dry-run", ADDRESS)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("Would erase 1 registration(s), 1 mail(s), 2 outgoing mail(s); "
                        "3 log detail(s) would be blanked.")
    assert lines[1] == f"  registration {person}: {NAME} <{ADDRESS}>, AG1, confirmed"
    assert lines[2].startswith("  mail 1: ") and lines[2].endswith(f" from {ADDRESS}: Anmeldung")
    assert lines[3].startswith("  outgoing 1: ") and f" confirmation to {ADDRESS}: Anmeldung" in lines[3]
    assert lines[4].startswith("  outgoing 2: ")
    assert lines[4].endswith(" digest to koordination@muenster.example: Anmeldung")
    assert lines[5:] == [
        "1 mail(s) are still in the mailbox: delete them there (or set [retention] delete_imap = true)."]


def test_purge_keeps_only_anonymous_counts(desk_config, db, person):
    summary = purge_personal_data(db, desk_config[1], dry_run=False)
    assert str(summary) == ("erased 2 registration(s), 2 mail(s), 2 outgoing mail(s); "
                            "5 log detail(s) blanked")
    assert [tuple(r) for r in db.execute("SELECT workgroup, status, registrations, persons FROM retained_counts")] \
        == [("AG1", "confirmed", 1, 1), ("AG2", "confirmed", 1, 1)]
    for table in ("registrations", "messages", "outbox"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    content = file_bytes(desk_config[1].database_path)
    for needle in (ADDRESS, NAME, "boris@example.org", "Борис"):
        assert needle.encode() not in content, needle
    assert not purge_personal_data(db, desk_config[1])  # nothing left: cheap and falsy


def test_forget_keeps_other_mails_that_only_share_part_of_a_name(desk_config, db):
    """A registration as "Ali Kaya" must not take "Alina Kayali"'s mail with it."""
    add_registration(db, "ali@example.org", "Ali Kaya", "AG1", "confirmed")
    store.store_message(db, folder="INBOX", uidvalidity=7, uid=21, raw=mail("alina@example.org", "Alina Kayali",
                        "Anmeldung Alina Kayali aus Italien"), message_id="<x@y>", sender="alina@example.org",
                        subject="Anmeldung")
    store.store_message(db, folder="INBOX", uidvalidity=7, uid=22, raw=mail("verein@example.org", "Verein",
                        "Wir melden an: ALI  KAYA und Frau Demir"), message_id="<z@y>", sender="verein@example.org",
                        subject="Anmeldung")
    erased = run(desk_config[0], "forget", "ali@example.org")
    assert erased.stdout.splitlines() == [  # a mail naming the name only may be a namesake's: kept
        "Erased 1 registration(s), 0 mail(s), 0 outgoing mail(s); 0 log detail(s) blanked.",
        "1 more mail(s) only name the person's name (a namesake's?); kept: see --dry-run, erase them with "
        "--with-name-matches."]
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    add_registration(db, "ali@example.org", "Ali Kaya", "AG1", "confirmed")
    erased = run(desk_config[0], "forget", "--with-name-matches", "ali@example.org")
    assert erased.stdout.splitlines()[0].startswith("Erased 1 registration(s), 1 mail(s)")
    assert [r[0] for r in db.execute("SELECT sender FROM messages")] == ["alina@example.org"]
