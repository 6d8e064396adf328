"""The pieces that make a big backlog fast: prefetching batches, and sums read from an index."""

from __future__ import annotations

import threading

import pytest

from mailbot import store
from mailbot.errors import ServerError
from mailbot.registry import StoreState
from mailbot.stages.fetch import Prefetch


def test_prefetch_yields_every_batch_in_order():
    with Prefetch(iter([[1, 2], [3], [4, 5]])) as batches:
        assert list(batches) == [[1, 2], [3], [4, 5]]


def test_prefetch_raises_the_fetch_error_in_the_caller():
    def fetch():
        yield [1]
        raise ServerError("IMAP server 127.0.0.1:143: fetch failed: connection reset")

    with Prefetch(fetch()) as batches:
        got = iter(batches)
        assert next(got) == [1]
        with pytest.raises(ServerError, match="connection reset"):
            next(got)


def test_leaving_early_stops_the_fetching_thread():
    fetched = []

    def fetch():
        for n in range(1000):
            fetched.append(n)
            yield [n]

    with Prefetch(fetch()) as batches:
        for batch in batches:
            if batch == [2]:
                break
    assert len(fetched) <= 5  # one batch ahead, not the whole mailbox
    assert not any(t.name == "mailbot-prefetch" for t in threading.enumerate())


def test_places_held_are_summed_from_the_covering_index(tmp_path):
    db = store.open_db(tmp_path / "mailbot.db")
    plan = db.execute("EXPLAIN QUERY PLAN SELECT coalesce(sum(party_size), 0) FROM registrations "
                      "WHERE status IN ('confirmed', 'needs_review') AND workgroup IS NOT NULL "
                      "AND workgroup = ?", ["AG1"]).fetchall()
    assert "COVERING INDEX registrations_holding" in " ".join(str(row[-1]) for row in plan)


def test_one_decision_reads_each_sum_once(tmp_path):
    db = store.open_db(tmp_path / "mailbot.db")
    db.execute("INSERT INTO registrations (email, party_size, workgroup, status, created_at, updated_at) "
               "VALUES ('a@example.org', 2, 'AG1', 'confirmed', '2027-01-10T10:00:00Z', '2027-01-10T10:00:00Z')")
    state = StoreState(db)
    assert state.held_persons("AG1") == 2 and state.event_persons() == 2
    statements = []
    db.conn.set_trace_callback(statements.append)
    for _ in range(50):  # decide walking a long waiting list asks again and again
        state.held_persons("AG1"), state.event_persons(), state.waiting("AG1")
    assert len(statements) == 1  # the waiting list, once; the sums were read before


GROWING_TABLES = ("messages", "registrations", "outbox", "audit")


def test_no_statement_of_a_pass_scans_a_growing_table(write_config, tmp_path, monkeypatch):
    # "Nothing quadratic": every lookup a pass makes per mail must use an index, or a
    # backlog gets slower with every mail stored. Changes and cancellations included.
    import mailbox
    import re
    import sqlite3

    from mailbot.config import load_config
    from mailbot.worker import Worker

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for n in range(12):
        body = ["Ich melde mich für AG 1 an.", "Ich möchte doch lieber in AG 2.",
                "Leider muss ich meine Anmeldung absagen."][n % 3]
        box.add(f"From: Person {n % 4} <p{n % 4}@verein.example>\r\nTo: mso-tag@muenster.example\r\n"
                f"Subject: Anmeldung\r\nMessage-ID: <scan-{n}@verein.example>\r\n\r\n{body}\r\n"
                f"Person {n % 4}\r\n".encode())
    box.close()
    config = load_config(write_config(maildir=tmp_path / "Maildir", extra="[worker]\nparse_process = false\n"))
    statements: set[str] = set()
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(statements.add)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    worker = Worker(config)
    assert worker.run_pass().new == 12
    worker.db.close()
    monkeypatch.setattr(sqlite3, "connect", connect)

    db = connect(config.database_path)
    scans = []
    for sql in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
            continue
        for *_ids, detail in db.execute("EXPLAIN QUERY PLAN " + sql):
            table = re.match(r"SCAN (\w+)", detail)
            if table and table.group(1) in GROWING_TABLES and "USING" not in detail:
                scans.append(f"{detail}: {sql}")
    db.close()
    assert len(statements) > 20
    assert scans == []
