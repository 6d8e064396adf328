"""The pieces that make a big backlog fast: prefetching batches, and sums read from an index."""

from __future__ import annotations

import threading

import pytest

from mailbot import store
from mailbot.errors import ServerError
from mailbot.registry import StoreState
from mailbot.worker import Prefetch


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
