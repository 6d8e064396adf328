"""The registrations table on a real SQLite file: queries, applying decisions, reminder keys."""

from __future__ import annotations

import datetime as dt

import pytest

from mailbot import store
from mailbot.decide import Context, MemoryState, decide
from mailbot.model import Registration
from mailbot.registry import (StoreState, _update, apply_changes, confirmed_registrations, registration_row,
                              reminder_notices, sent_reminders)

from test_decide import NOW, make_config, mail, reg


@pytest.fixture
def db(tmp_path):
    db = store.open_db(tmp_path / "mailbot.db")
    yield db
    db.conn.close()


def insert(db, *regs: Registration) -> None:
    """Store registrations as they are (ids kept), through the same code the worker uses."""
    for r in regs:
        with store.transaction(db):
            db.execute("INSERT INTO registrations (id, email, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                       [r.id, r.email, r.status, r.created_at, r.created_at])
            _update(db, r)


def message(db, n: int = 1) -> int:
    return store.store_message(db, folder="INBOX", uidvalidity=1, uid=n, raw=b"x", message_id=f"<m{n}@example.org>",
                               sender="ana@example.org", subject="Anmeldung")


SAMPLE = [
    reg(1, "AG1", party=2, email="ana@example.org"),
    reg(2, "AG1", "cancelled", email="bo@example.org"),
    reg(3, "AG2", "needs_review", reasons=["bounce: 550"]),
    reg(4, "AG1", "waitlisted", party=3),
    reg(5, "AG2", wanted="AG1", wanted_party_size=2, choices=["AG1", "AG2"]),
    reg(6, None, "needs_review", reasons=["unclear"]),
    reg(7, "AG2", "waitlisted", email="ana@example.org"),
]


def test_round_trip_keeps_every_field(db):
    insert(db, *SAMPLE)
    assert [registration_row(db, r.id) for r in SAMPLE] == SAMPLE
    assert registration_row(db, 99) is None


@pytest.mark.parametrize("query, args", [
    ("held_persons", ("AG1",)), ("held_persons", ("AG2",)), ("held_persons", ("AG3",)), ("event_persons", ()),
    ("waiting", ()), ("waiting", ("AG1",)), ("waiting", ("AG2",)),
    ("by_email", ("ana@example.org",)), ("by_email", ("bo@example.org",)), ("by_id", (2,)),
])
def test_store_state_answers_like_memory_state(db, query, args):
    insert(db, *SAMPLE)
    assert getattr(StoreState(db), query)(*args) == getattr(MemoryState(SAMPLE), query)(*args)


def test_apply_changes_inserts_fills_ids_and_audits(db):
    config = make_config(3, 3)
    row = message(db)
    decision = decide(StoreState(db), mail("registration", "ana@example.org", "AG1"), Context(config, NOW))
    apply_changes(db, decision, row)
    new = decision.changes[0].registration
    assert new.id is not None and decision.notices[0].registration.id == new.id
    assert registration_row(db, new.id) == new
    audit = db.execute("SELECT action, actor, registration_id, message_row FROM audit WHERE action != 'received'")
    assert audit.fetchall() == [("registered", "mailbot", new.id, row)]
    assert db.execute("SELECT registration_id FROM messages WHERE id = ?", [row]).fetchone()[0] == new.id
    assert db.execute("SELECT message_row FROM registrations WHERE id = ?", [new.id]).fetchone()[0] == row


def test_a_sequence_on_sqlite_matches_the_same_in_memory(db):
    config = make_config(2)
    memory = MemoryState()
    mails = [mail("registration", f"p{n}@example.org", "AG1", n=n) for n in range(1, 5)]
    mails += [mail("cancellation", "p1@example.org", n=5), mail("change", "p3@example.org", party_size=2, n=6)]
    for i, parsed in enumerate(mails):
        now = NOW + dt.timedelta(minutes=i)
        on_disk = decide(StoreState(db), parsed, Context(config, now))
        in_memory = decide(memory, parsed, Context(config, now))
        assert on_disk == in_memory
        apply_changes(db, on_disk, message(db, i + 1))
        memory.apply(in_memory)
    stored = sorted((registration_row(db, r.id) for r in memory.registrations), key=lambda r: r.id)
    assert stored == sorted(memory.registrations, key=lambda r: r.id)
    # p1 cancels: p3 is promoted; p3 then asks for 2 places in a full group and waits for them
    assert [(r.id, r.status, r.wanted_party_size) for r in stored] == [
        (1, "cancelled", None), (2, "confirmed", None), (3, "confirmed", 2), (4, "waitlisted", None)]


def test_apply_changes_rolls_back_with_the_callers_transaction(db):
    config = make_config(3)
    decision = decide(StoreState(db), mail("registration", "ana@example.org", "AG1"), Context(config, NOW))
    with pytest.raises(RuntimeError):
        with store.transaction(db):
            apply_changes(db, decision, None)
            raise RuntimeError("crash before the commit")
    assert db.execute("SELECT count(*) FROM registrations").fetchone()[0] == 0


# --- reminders ---------------------------------------------------------------------------------


def test_sent_reminders_reads_the_outbox_columns(db):
    for key, reg, offset in (("reminder:1:7d", 1, "7d"), ("reminder:2:1d", 2, "1d"),
                             ("confirmation:m1:<a>:confirmation:0", 3, None), ("reminder:x:7d", None, "7d")):
        store.enqueue(db, kind=key.split(":")[0], dedupe_key=key, to_addr="a@example.org", subject="s",
                      message_id=f"<{key}@example.org>", raw=b"x", registration_id=reg, reminder_offset=offset)
    assert sent_reminders(db) == {(1, "7d"), (2, "1d")}


def test_the_upgrade_gives_earlier_reminders_their_offset_column(tmp_path):
    import sqlite3

    import sqlite_utils

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    for script in store.MIGRATIONS[:7]:  # as schema version 7 left it: the offset only in the key
        for statement in store._split_sql(script):
            old.execute(statement)
    old.execute("PRAGMA user_version = 7")
    for key, reg in (("reminder:1:7d", 1), ("reminder:12:1d", 12), ("confirmation:m1:<a>:confirmation:0", 1)):
        old.execute("INSERT INTO outbox (kind, dedupe_key, registration_id, to_addr, message_id, raw, "
                    "next_attempt_at, created_at) VALUES (?, ?, ?, 'a@example.org', ?, x'00', 'x', 'x')",
                    [key.split(":")[0], key, reg, f"<{key}>"])
    old.execute("INSERT INTO audit (at, action, detail) VALUES ('x', 'moved', 'AG1 (1) → AG2 (1)')")
    old.conn.close()
    db = store.open_db(path)
    assert sent_reminders(db) == {(1, "7d"), (12, "1d")}
    # an old log line keeps its sentence and reads with empty columns
    assert db.execute("SELECT detail, from_workgroup, persons FROM audit").fetchall() == [
        ("AG1 (1) → AG2 (1)", None, None)]
    db.conn.close()


def test_reminders_are_read_in_batches_and_none_is_lost(db, monkeypatch):
    import mailbot.registry as registry

    monkeypatch.setattr(registry, "REMINDER_BATCH", 2)
    config = make_config(50)
    insert(db, *[reg(n, "AG1") for n in range(1, 6)], reg(6, "AG1", "waitlisted"))
    now = config.event.starts_utc - dt.timedelta(days=6)
    assert sorted(n.registration.id for n in reminder_notices(db, config, now)) == [1, 2, 3, 4, 5]
    # before the first reminder is due nothing is read at all
    assert list(reminder_notices(db, config, config.event.starts_utc - dt.timedelta(days=30))) == []


def test_reminders_are_queued_once_even_when_run_every_minute(db):
    config = make_config(5)
    insert(db, reg(1, "AG1"), reg(2, "AG1", "waitlisted"), reg(3, "AG1", "cancelled"))
    assert [r.id for r in confirmed_registrations(db)] == [1]
    now = config.event.starts_utc - dt.timedelta(days=6)
    for minute in range(3):
        for notice in reminder_notices(db, config, now + dt.timedelta(minutes=minute)):
            # as outbox.Outbox.queue stores it: "<kind>:<key>"
            store.enqueue(db, kind=notice.kind, dedupe_key=f"{notice.kind}:{notice.key}", to_addr=notice.to,
                          subject="Erinnerung", message_id=f"<r{minute}@example.org>", raw=b"x",
                          registration_id=notice.registration.id)
    assert db.execute("SELECT dedupe_key FROM outbox").fetchall() == [("reminder:1:7d",)]
