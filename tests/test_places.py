"""One definition of places: the Python predicates and their SQL spelling agree; status, views and digest too."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from test_desk_support import add_registration, db, desk_config, run  # noqa: F401

from mailbot import places, store
from mailbot.desk.digest import build_digest
from mailbot.desk.status import status_summary
from mailbot.desk.views import sync_workgroups
from mailbot.model import Registration


def every_row_shape() -> list[Registration]:
    """Every combination of the columns the rules look at, in a scrambled registration order."""
    shapes = itertools.product(("confirmed", "waitlisted", "cancelled", "needs_review"), (None, "AG1", "AG2"),
                               (None, "AG1", "AG2"), (None, 0, 3), (1, 2))
    regs = []
    for i, (status, wg, wanted, wanted_size, size) in enumerate(shapes, start=1):
        created = f"2027-01-{(i * 7) % 28 + 1:02d}T09:00:00.000000Z"  # ties too: then the id decides
        regs.append(Registration(id=i, email=f"p{i}@example.org", status=status, workgroup=wg, wanted=wanted,
                                 wanted_party_size=wanted_size, party_size=size, created_at=created,
                                 updated_at=created))
    return regs


def test_the_sql_spelling_of_each_predicate_is_the_python_one(tmp_path):
    regs = every_row_shape()
    con = store.open_db(tmp_path / "places.db")
    con.conn.executemany(
        "INSERT INTO registrations (id, status, workgroup, wanted, wanted_party_size, party_size, created_at, "
        "updated_at, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.id, r.status, r.workgroup, r.wanted, r.wanted_party_size, r.party_size, r.created_at, r.created_at,
          r.email) for r in regs])
    by_id = {r.id: r for r in regs}
    for name, python in (("holds_place", places.holds_place), ("is_waiting", places.is_waiting),
                         ("waits_for", places.waits_for), ("wanted_size", places.wanted_size)):
        sql = dict(con.execute(f"SELECT r.id, {places.SQL[name]} FROM registrations r"))
        assert {i: (bool(v) if name in ("holds_place", "is_waiting") else v) for i, v in sql.items()} == {
            i: python(r) for i, r in by_id.items()}, name
    # Waiting lists and positions: the SQL of the views is the Python standing().
    standing = places.standing(regs)
    rows = con.execute(f"SELECT workgroup, position, id FROM ({places.WAITING_SQL}) ORDER BY workgroup, position")
    lines = sorted((wg, line) for wg, line in standing.items() if wg is not None)
    assert [tuple(r) for r in rows] == [(wg, pos, r.id) for wg, line in lines
                                        for pos, r in enumerate(line.waiting, start=1)]
    counts = {row[0]: row[1:5] for row in con.execute(places.PLACES_SQL)}
    for wg, line in standing.items():
        assert counts[wg] == (line.confirmed, line.kept, line.review, line.waiting_persons), wg
    from mailbot.registry import StoreState  # the rules' own queries over the same rows
    state = StoreState(con)
    assert [r.id for r in state.waiting("AG2")] == [r.id for r in standing["AG2"].waiting]
    assert state.held_persons("AG1") == standing["AG1"].held


def test_issue_16_review_holding_two_places_and_a_switcher_read_the_same_everywhere(desk_config, db):
    """Issue 16, point 1: status said AG1 free 2 / AG2 waitlisted 1, the views free 4 / waiting 0."""
    path, config = desk_config
    add_registration(db, "kept@example.org", "Kerem Öz", "AG1", "needs_review", party_size=2,
                     reasons=["bounce: mailbox full"], created="2027-01-10T08:00:00.000000Z")
    add_registration(db, "waits@example.org", "Wera Adam", "AG2", "waitlisted", created="2027-01-10T08:30:00.000000Z")
    add_registration(db, "switch@example.org", "Sami Nour", "AG1", "confirmed", wanted="AG2",
                     created="2027-01-10T09:00:00.000000Z")
    add_registration(db, "late@example.org", "Lea Berg", "AG2", "waitlisted", created="2027-01-10T10:00:00.000000Z")
    sync_workgroups(db, config)

    status = json.loads(run(path, "status", "--json").stdout)
    by_id = {g["id"]: g for g in status["groups"]}
    assert (by_id["AG1"]["confirmed"], by_id["AG1"]["free"]) == (1, 30 - 1 - 2)
    assert by_id["AG2"]["waitlisted"] == 3  # Wera, Sami (waiting to switch), Lea

    view = {r[0]: r[1:] for r in db.execute(
        "SELECT workgroup, confirmed_persons, free_places, waitlisted_persons FROM participants_per_workgroup")}
    assert view["AG1"] == (1, by_id["AG1"]["free"], 0)
    assert view["AG2"] == (0, by_id["AG2"]["free"], by_id["AG2"]["waitlisted"])
    assert status_summary(db, config).groups[0].free == view["AG1"][1]

    in_view = [tuple(r) for r in db.execute("SELECT workgroup, position, email FROM waiting_lists")]
    assert in_view == [("AG2", 1, "waits@example.org"), ("AG2", 2, "switch@example.org"),
                       ("AG2", 3, "late@example.org")]
    digest = build_digest(db, config, dt.date(2027, 1, 11), now=dt.datetime(2027, 1, 11, 7, 0, tzinfo=dt.timezone.utc))
    assert [(w["workgroup"], w["position"], w["email"]) for w in digest["waiting"]] == in_view
    assert digest["totals"]["waiting"] == 3
    # and the position a new waiting person is told (decide's notice) is the next one on that list:
    # fill AG2 (Kerem now confirmed there with 30 persons), then Nia asks for it
    from mailbot.decide import Context, decide
    from mailbot.model import Parsed
    from mailbot.registry import StoreState

    db.execute("UPDATE registrations SET status = 'confirmed', workgroup = 'AG2', party_size = 30 "
               "WHERE email = 'kept@example.org'")
    parsed = Parsed(kind="registration", email="new@example.org", name="Nia Neu", workgroups=["AG2"],
                    party_size=1, language="de", message_id="<n@x>")
    now = dt.datetime(2027, 1, 11, tzinfo=dt.timezone.utc)
    decision = decide(StoreState(db), parsed, Context(config=config, now=now))
    (notice,) = decision.notices
    assert notice.kind == "waitlisted" and notice.extra["position"] == 4  # after Wera, Sami and Lea
