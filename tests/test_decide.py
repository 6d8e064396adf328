"""The lifecycle rules (issue 4), on plain values: MemoryState, Parsed, Config."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.config import Config, Event, Workgroup
from mailbot.decide import (REASON_DEADLINE, Context, MemoryState, assign, cancel, confirm, decide, free_places,
                            waitlist)
from mailbot.model import Parsed, Registration

NOW = dt.datetime(2027, 2, 1, 12, 0, tzinfo=dt.timezone.utc)


def make_config(*caps: int, event_capacity: int | None = None, deadline: dt.datetime | None = None) -> Config:
    event = Event(name="MSO-Tag", starts=dt.datetime(2027, 3, 13, 10), ends=dt.datetime(2027, 3, 13, 16),
                  timezone="Europe/Berlin", venue="Stadtweinhaus", registration_address="tag@example.org",
                  registration_deadline=deadline, capacity=event_capacity, reminders=("7d", "1d"))
    groups = tuple(Workgroup(id=f"AG{n}", title=f"Gruppe {n}", capacity=c, number=n) for n, c in enumerate(caps, 1))
    return Config(path=Path("config.toml"), event=event, workgroups=groups, database_path=Path("m.db"),
                  from_address="tag@example.org", from_name="MSO-Tag")


def mail(kind: str = "registration", email: str | None = "ana@example.org", *workgroups: str, n: int = 1,
         **fields) -> Parsed:
    fields.setdefault("party_size", 1 if kind == "registration" else None)
    fields.setdefault("name", email.split("@")[0].title() if email else None)
    return Parsed(kind=kind, email=email, workgroups=list(workgroups), language="de",
                  message_id=f"<m{n}@example.org>", references=["<x@example.org>"], **fields)


def reg(reg_id: int, wg: str | None, status: str = "confirmed", party: int = 1, **fields) -> Registration:
    fields.setdefault("email", f"p{reg_id}@example.org")
    fields.setdefault("name", f"Person {reg_id}")
    fields.setdefault("language", "de")
    return Registration(id=reg_id, workgroup=wg, status=status, party_size=party,
                        created_at=f"2027-01-{reg_id:02d}T10:00:00.000000Z", **fields)


def ctx(config: Config, now: dt.datetime = NOW, thread: Registration | None = None, actor: str = "mailbot"):
    return Context(config=config, now=now, thread_registration=thread, actor=actor)


def only(decision, kind: str):
    found = [n for n in decision.notices if n.kind == kind]
    assert len(found) == 1, [n.kind for n in decision.notices]
    return found[0]


def play(config: Config, state: MemoryState, *mails: Parsed, now: dt.datetime = NOW):
    """Decide and apply each mail in turn; the decisions."""
    decisions = []
    for i, parsed in enumerate(mails):
        decision = decide(state, parsed, ctx(config, now + dt.timedelta(minutes=i)))
        state.apply(decision)
        decisions.append(decision)
    return decisions


# --- 1. capacities in persons, and the event limit -------------------------------------------


@pytest.mark.parametrize("taken, party, expected", [
    (0, 3, "confirmed"),
    (1, 2, "confirmed"),
    (1, 3, "waitlisted"),
    (2, 2, "waitlisted"),
], ids=["party-of-3-fills-3-places", "2-of-2-free", "3-do-not-fit-in-2", "full"])
def test_capacity_counts_persons(taken, party, expected):
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", party=taken)] if taken else [])
    decision = decide(state, mail("registration", "ana@example.org", "AG1", party_size=party), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.party_size) == (expected, "AG1", party)
    assert decision.summary == {"confirmed": "registered", "waitlisted": "waitlisted"}[expected]


def test_event_capacity_limits_every_workgroup():
    config = make_config(10, 10, event_capacity=4)
    state = MemoryState([reg(1, "AG1", party=3)])
    decision = decide(state, mail("registration", "ana@example.org", "AG2", party_size=2), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup) == ("waitlisted", "AG2")
    assert free_places(state, config, "AG2") == 1


# --- 2. assignment --------------------------------------------------------------------------


@pytest.mark.parametrize("taken, choices, status, workgroup, full", [
    ({}, ["AG1", "AG2"], "confirmed", "AG1", []),
    ({"AG1": 2}, ["AG1", "AG2", "AG3"], "confirmed", "AG2", ["AG1"]),
    ({"AG1": 2, "AG2": 2}, ["AG1", "AG2", "AG3"], "confirmed", "AG3", ["AG1", "AG2"]),
    ({"AG1": 2, "AG2": 2}, ["AG2", "AG1"], "waitlisted", "AG2", ["AG2", "AG1"]),
], ids=["first-choice", "second-choice", "third-choice", "all-full-waits-for-first"])
def test_assignment_falls_back_through_the_choices(taken, choices, status, workgroup, full):
    config = make_config(2, 2, 2)
    state = MemoryState([reg(i, wg, party=n) for i, (wg, n) in enumerate(taken.items(), 1)])
    decision = decide(state, mail("registration", "ana@example.org", *choices), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.choices, new.assigned_by_default) == (status, workgroup, choices, False)
    if status == "confirmed":
        assert only(decision, "confirmation").extra["full"] == full
    else:
        assert only(decision, "waitlisted").extra == {"workgroup": workgroup, "party_size": 1, "position": 1}


@pytest.mark.parametrize("taken, expected", [
    ({"AG1": 2, "AG3": 1}, "AG2"),
    ({}, "AG1"),
    ({"AG1": 1}, "AG2"),
], ids=["most-free-places", "tie-takes-config-order", "tie-after-the-first"])
def test_no_choice_takes_the_workgroup_with_most_free_places(taken, expected):
    config = make_config(3, 3, 3)
    state = MemoryState([reg(i, wg, party=n) for i, (wg, n) in enumerate(taken.items(), 1)])
    decision = decide(state, mail("registration", "ana@example.org"), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.assigned_by_default) == ("confirmed", expected, True)
    assert only(decision, "confirmation").extra["assigned_by_default"] is True


def test_confirmation_answers_the_mail():
    decision = decide(MemoryState(), mail("registration", "ana@example.org", "AG1"), ctx(make_config(5)))
    notice = only(decision, "confirmation")
    assert notice.to == "ana@example.org"
    assert notice.in_reply_to == "<m1@example.org>"
    assert notice.references == ["<x@example.org>", "<m1@example.org>"]
    assert notice.registration is decision.changes[0].registration
    assert notice.extra == {"workgroup": "AG1", "party_size": 1, "assigned_by_default": False, "full": []}
    assert (decision.message_state, decision.changes[0].action) == ("processed", "registered")


@pytest.mark.parametrize("registered_in, mail_lang, expected", [
    ("tr", "de", "tr"), (None, "ar", "ar"), (None, None, "de"),
], ids=["registration-language", "mail-language", "default-language"])
def test_notice_language(registered_in, mail_lang, expected):
    state = MemoryState()
    if registered_in:
        state.registrations.append(reg(1, "AG1", email="ana@example.org", name="Ana"))
        state.registrations[0].language = registered_in
    parsed = mail("registration", "ana@example.org", "AG1")
    parsed.language = mail_lang
    assert decide(state, parsed, ctx(make_config(5))).notices[0].language == expected


# --- 3. the same person again ---------------------------------------------------------------


@pytest.mark.parametrize("choices, party, summary, notice", [
    ([], 1, "unchanged", "already_registered"),
    (["AG1"], 1, "unchanged", "already_registered"),
    (["AG2"], 1, "changed", "change_confirmed"),
    (["AG1"], 2, "changed", "change_confirmed"),
], ids=["nothing-new", "same-workgroup", "other-workgroup", "bigger-party"])
def test_second_registration_from_the_same_address_is_a_change(choices, party, summary, notice):
    config = make_config(3, 3)
    state = MemoryState([reg(1, "AG1", email="ana@example.org", name="Ana Silva")])
    decision = decide(state, mail("registration", "ana@example.org", *choices, name="Ana Silva", party_size=party),
                      ctx(config))
    assert decision.summary == summary
    assert [n.kind for n in decision.notices] == [notice]
    assert all(c.registration.id == 1 for c in decision.changes)


def test_other_name_from_a_shared_address_is_not_overwritten():
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", email="info@verein.example", name="Ahmet Yilmaz")])
    decision = decide(state, mail("registration", "info@verein.example", "AG1", name="Fatma Demir"), ctx(config))
    new = decision.changes[0].registration
    assert (new.id, new.status, new.name) == (None, "needs_review", "Fatma Demir")
    assert only(decision, "question").extra["ask"] == "details"
    assert decision.message_state == "review"


# --- 4. changes -------------------------------------------------------------------------------


def test_change_with_room_moves():
    config = make_config(2, 2)
    state = MemoryState([reg(1, "AG1", email="ana@example.org")])
    decision = decide(state, mail("change", "ana@example.org", "AG2"), ctx(config))
    moved = decision.changes[0].registration
    assert (moved.workgroup, moved.wanted, decision.changes[0].action) == ("AG2", None, "moved")
    assert only(decision, "change_confirmed").extra == {
        "previous": "AG1", "workgroup": "AG2", "party_size": 1, "previous_party_size": 1}


def test_change_without_room_keeps_the_place_and_waits():
    config = make_config(2, 2)
    state = MemoryState([reg(1, "AG1", email="ana@example.org"), reg(2, "AG2", party=2)])
    decision = decide(state, mail("change", "ana@example.org", "AG2"), ctx(config))
    kept = decision.changes[0].registration
    assert (kept.status, kept.workgroup, kept.wanted, decision.changes[0].action) == (
        "confirmed", "AG1", "AG2", "change_waitlisted")
    assert only(decision, "change_waitlisted").extra == {
        "current": "AG1", "wanted": "AG2", "party_size": 1, "wanted_party_size": 1, "position": 1}


def test_change_of_a_waitlisted_registration_takes_a_free_workgroup():
    config = make_config(1, 1)
    state = MemoryState([reg(1, "AG1"), reg(2, "AG1", "waitlisted", email="ana@example.org")])
    decision = decide(state, mail("change", "ana@example.org", "AG2"), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup) == ("confirmed", "AG2")
    assert only(decision, "change_confirmed").extra["previous_status"] == "waitlisted"


@pytest.mark.parametrize("party, status, size, wanted_size, notice", [
    (2, "confirmed", 2, None, "change_confirmed"),
    (3, "confirmed", 3, None, "change_confirmed"),
    (4, "confirmed", 1, 4, "change_waitlisted"),
], ids=["within-capacity", "exactly-full", "over-capacity-waits"])
def test_party_size_change_is_checked_against_capacity(party, status, size, wanted_size, notice):
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", email="ana@example.org")])
    decision = decide(state, mail("change", "ana@example.org", party_size=party), ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.party_size, new.wanted_party_size) == (status, "AG1", size, wanted_size)
    assert [n.kind for n in decision.notices] == [notice]


def test_larger_party_gets_its_places_when_they_free_up():
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", email="ana@example.org"), reg(2, "AG1", party=2, email="bo@example.org")])
    play(config, state, mail("change", "ana@example.org", party_size=2))
    [cancelled] = play(config, state, mail("cancellation", "bo@example.org", n=2))
    [ana] = state.by_email("ana@example.org")
    assert (ana.party_size, ana.wanted, ana.wanted_party_size) == (2, None, None)
    assert only(cancelled, "promoted").extra == {"workgroup": "AG1", "previous": "AG1", "party_size": 2}


def test_smaller_party_frees_places_for_the_waiting_list():
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", party=3, email="ana@example.org"), reg(2, "AG1", "waitlisted")])
    [decision] = play(config, state, mail("change", "ana@example.org", party_size=2))
    assert [(c.registration.id, c.action) for c in decision.changes] == [(1, "changed"), (2, "promoted")]


# --- 5. cancellation and promotion --------------------------------------------------------------


def test_cancellation_promotes_in_order_skipping_a_party_that_does_not_fit():
    config = make_config(3)
    state = MemoryState([
        reg(1, "AG1", party=2, email="ana@example.org"), reg(2, "AG1"),
        reg(3, "AG1", "waitlisted", party=3), reg(4, "AG1", "waitlisted"), reg(5, "AG1", "waitlisted"),
        reg(6, "AG1", "waitlisted"),
    ])
    decision = decide(state, mail("cancellation", "ana@example.org"), ctx(config))
    assert [(c.registration.id, c.action) for c in decision.changes] == [
        (1, "cancelled"), (4, "promoted"), (5, "promoted")]
    assert [(n.kind, n.to) for n in decision.notices] == [
        ("cancellation_confirmed", "ana@example.org"), ("promoted", "p4@example.org"), ("promoted", "p5@example.org")]
    promoted = decision.notices[1]
    assert (promoted.in_reply_to, promoted.references) == (None, [])  # not an answer to Ana's mail
    assert decision.summary == "cancelled"


def test_moving_out_lets_people_who_wait_to_move_in_and_their_places_go_on():
    config = make_config(1, 1)
    state = MemoryState([
        reg(1, "AG2", email="ana@example.org"),
        reg(2, "AG1", wanted="AG2"),  # has AG1, waits for AG2
        reg(3, "AG1", "waitlisted"),
    ])
    decision = decide(state, mail("cancellation", "ana@example.org"), ctx(config))
    assert [(c.registration.id, c.registration.workgroup, c.action) for c in decision.changes] == [
        (1, "AG2", "cancelled"), (2, "AG2", "promoted"), (3, "AG1", "promoted")]
    assert decision.notices[1].extra == {"workgroup": "AG2", "previous": "AG1", "party_size": 1}


def test_promotion_respects_the_event_capacity():
    config = make_config(5, 5, event_capacity=2)
    state = MemoryState([reg(1, "AG1", party=2, email="ana@example.org"), reg(2, "AG2", "waitlisted", party=3),
                         reg(3, "AG2", "waitlisted", party=2)])
    decision = decide(state, mail("cancellation", "ana@example.org"), ctx(config))
    assert [(c.registration.id, c.action) for c in decision.changes] == [(1, "cancelled"), (3, "promoted")]


def test_reply_in_our_thread_cancels_that_registration_from_another_address():
    config = make_config(3)
    ana = reg(1, "AG1", email="ana@example.org")
    state = MemoryState([ana, reg(2, "AG1", email="boss@example.org")])
    decision = decide(state, mail("cancellation", "assistant@example.org"), ctx(config, thread=ana))
    assert [(c.registration.id, c.registration.status) for c in decision.changes] == [(1, "cancelled")]
    assert only(decision, "cancellation_confirmed").to == "ana@example.org"
    assert "assistant@example.org" in decision.changes[0].detail


def test_cancellation_without_a_registration_goes_to_the_coordinator_silently():
    decision = decide(MemoryState(), mail("cancellation", "ghost@example.org"), ctx(make_config(3)))
    assert (decision.changes, decision.notices, decision.message_state) == ([], [], "review")


def test_unclear_cancellation_asks_instead_of_cancelling():
    state = MemoryState([reg(1, "AG1", email="ana@example.org")])
    decision = decide(state, mail("cancellation", "ana@example.org", needs_review=True, reasons=["maybe"]),
                      ctx(make_config(3)))
    assert decision.changes == []
    assert only(decision, "question").extra == {"ask": "details", "reasons": ["maybe"]}


# --- 6. deadline ----------------------------------------------------------------------------------


DEADLINE = dt.datetime(2027, 3, 6, 23, 59)  # Berlin time, 22:59 UTC


@pytest.mark.parametrize("now, status, notice, state", [
    (dt.datetime(2027, 3, 6, 22, 58, tzinfo=dt.timezone.utc), "confirmed", "confirmation", "processed"),
    (dt.datetime(2027, 3, 6, 23, 0, tzinfo=dt.timezone.utc), "needs_review", "registration_closed", "review"),
], ids=["before", "after"])
def test_registration_after_the_deadline_goes_to_review(now, status, notice, state):
    config = make_config(3, deadline=DEADLINE)
    decision = decide(MemoryState(), mail("registration", "ana@example.org", "AG1"), ctx(config, now))
    new = decision.changes[0].registration
    assert (new.status, decision.message_state, [n.kind for n in decision.notices]) == (status, state, [notice])
    if status == "needs_review":
        assert (new.workgroup, new.choices, new.reasons) == (None, ["AG1"], [REASON_DEADLINE])
        assert decision.notices[0].extra == {"reason": "deadline"}


@pytest.mark.parametrize("kind, summary", [("change", "changed"), ("cancellation", "cancelled")])
def test_existing_registrations_can_change_after_the_deadline(kind, summary):
    config = make_config(3, 3, deadline=DEADLINE)
    state = MemoryState([reg(1, "AG1", email="ana@example.org")])
    late = dt.datetime(2027, 3, 10, tzinfo=dt.timezone.utc)
    assert decide(state, mail(kind, "ana@example.org", "AG2"), ctx(config, late)).summary == summary


# --- 7. doubt: ask, then resolve ------------------------------------------------------------------


@pytest.mark.parametrize("reasons, ask", [
    (["workgroup unclear"], "workgroup"), (["no name found"], "name"), (["two dates mentioned"], "details"),
], ids=["workgroup", "name", "details"])
def test_unclear_registration_is_recorded_and_asks_one_question(reasons, ask):
    config = make_config(3, 3)
    parsed = mail("registration", "ana@example.org", "AG1", needs_review=True, reasons=reasons)
    decision = decide(MemoryState(), parsed, ctx(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.reasons, new.choices) == ("needs_review", None, reasons, ["AG1"])
    question = only(decision, "question")
    assert question.extra["ask"] == ask and question.extra["reasons"] == reasons
    assert question.extra.get("options") == (["AG1", "AG2"] if ask == "workgroup" else None)
    assert (decision.message_state, decision.summary) == ("review", "review")


@pytest.mark.parametrize("answer_from, by_thread", [
    ("ana@example.org", False), ("ana.private@example.org", True),
], ids=["same-address", "same-thread-other-address"])
def test_clear_reply_resolves_the_review(answer_from, by_thread):
    config = make_config(3, 3)
    state = MemoryState()
    [first] = play(config, state, mail("registration", "ana@example.org", needs_review=True, reasons=["workgroup?"],
                                       party_size=2))
    flagged = first.changes[0].registration
    answer = mail("registration", answer_from, "AG2", n=2)
    decision = decide(state, answer, ctx(config, thread=flagged if by_thread else None))
    new = decision.changes[0].registration
    assert (new.id, new.status, new.workgroup, new.reasons, new.party_size) == (
        flagged.id, "confirmed", "AG2", [], 2)
    assert only(decision, "confirmation").to == "ana@example.org"


def test_unclear_mail_about_a_standing_registration_changes_nothing_and_asks():
    state = MemoryState([reg(1, "AG1", email="ana@example.org")])
    parsed = mail("change", "ana@example.org", needs_review=True, reasons=["which workgroup?"])
    decision = decide(state, parsed, ctx(make_config(3)))
    assert decision.changes == [] and decision.message_state == "review"
    assert only(decision, "question").registration.id == 1


# --- 8. bounces -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status, kept", [("confirmed", "AG1"), ("waitlisted", None)])
def test_bounce_flags_the_registration_and_sends_nothing(status, kept):
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", status, email="ana@example.org")])
    parsed = mail("bounce", None, bounced_recipient="Ana@Example.org", reasons=["550 mailbox unknown"])
    decision = decide(state, parsed, ctx(config))
    [change] = decision.changes
    assert (change.registration.status, change.registration.workgroup, change.action) == ("needs_review", kept,
                                                                                           "flagged")
    assert change.registration.reasons[0].startswith("bounce: 550 mailbox unknown")
    assert (decision.notices, decision.summary) == ([], "bounce")
    state.apply(decision)
    assert state.held_persons("AG1") == (1 if kept else 0)  # a confirmed seat is not given away


def test_bounce_matched_by_thread():
    ana = reg(1, "AG1", email="ana@example.org")
    decision = decide(MemoryState([ana]), mail("bounce", None), ctx(make_config(3), thread=ana))
    assert decision.changes[0].registration.status == "needs_review"


def test_bounce_without_registration_is_ignored():
    decision = decide(MemoryState(), mail("bounce", None, bounced_recipient="x@example.org"), ctx(make_config(3)))
    assert (decision.changes, decision.notices, decision.message_state) == ([], [], "ignored")


# --- questions and machine mail --------------------------------------------------------------------


@pytest.mark.parametrize("kind, state, summary", [
    ("question", "review", "question"), ("auto_reply", "ignored", "ignored"), ("other", "ignored", "ignored"),
])
def test_no_change_and_no_answer(kind, state, summary):
    registered = MemoryState([reg(1, "AG1", email="ana@example.org")])
    decision = decide(registered, mail(kind, "ana@example.org", "AG2"), ctx(make_config(3, 3)))
    assert (decision.changes, decision.notices, decision.message_state, decision.summary) == ([], [], state, summary)


# --- coordinator actions ----------------------------------------------------------------------------


def coordinator(config):
    return ctx(config, actor="coordinator")


@pytest.mark.parametrize("force, status, workgroup, wanted", [
    (False, "confirmed", "AG1", "AG2"),
    (True, "confirmed", "AG2", None),
], ids=["full-waits", "forced-over-capacity"])
def test_coordinator_assign(force, status, workgroup, wanted):
    config = make_config(2, 1)
    ana = reg(1, "AG1", email="ana@example.org")
    state = MemoryState([ana, reg(2, "AG2")])
    decision = assign(state, ana, "AG2", coordinator(config), force=force)
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.wanted, decision.actor) == (status, workgroup, wanted, "coordinator")
    assert decision.notices[0].in_reply_to is None
    if force:
        assert "over capacity" in decision.changes[0].detail


def test_coordinator_confirms_a_review_into_its_first_choice():
    config = make_config(2, 2)
    flagged = reg(1, None, "needs_review", choices=["AG2"], reasons=[REASON_DEADLINE])
    decision = confirm(MemoryState([flagged]), flagged, coordinator(config))
    new = decision.changes[0].registration
    assert (new.status, new.workgroup, new.reasons) == ("confirmed", "AG2", [])
    assert only(decision, "confirmation").extra["workgroup"] == "AG2"


def test_coordinator_cancel_promotes_the_next_in_line():
    config = make_config(1)
    ana = reg(1, "AG1")
    decision = cancel(MemoryState([ana, reg(2, "AG1", "waitlisted")]), ana, coordinator(config))
    assert [(n.kind, n.to) for n in decision.notices] == [
        ("cancellation_confirmed", "p1@example.org"), ("promoted", "p2@example.org")]


def test_coordinator_waitlist_gives_the_place_to_the_next_not_back():
    config = make_config(1)
    ana = reg(1, "AG1")
    decision = waitlist(MemoryState([ana, reg(2, "AG1", "waitlisted")]), ana, coordinator(config))
    assert [(c.registration.id, c.registration.status) for c in decision.changes] == [
        (1, "waitlisted"), (2, "confirmed")]
    assert only(decision, "waitlisted").extra["position"] == 1


# --- determinism ------------------------------------------------------------------------------------


def test_same_inputs_give_the_same_decision():
    config = make_config(1, 1)

    def state():
        return MemoryState([reg(1, "AG1", email="ana@example.org"), reg(2, "AG1", "waitlisted"),
                            reg(3, "AG2", wanted="AG1")])

    parsed = mail("cancellation", "ana@example.org")
    assert decide(state(), parsed, ctx(config)) == decide(state(), parsed, ctx(config))


def test_decide_does_not_touch_the_state_it_reads():
    original = [reg(1, "AG1", email="ana@example.org"), reg(2, "AG1", "waitlisted")]
    state = MemoryState([Registration(**vars(r)) for r in original])
    decide(state, mail("cancellation", "ana@example.org"), ctx(make_config(1)))
    assert state.registrations == original


# --- more edges ---------------------------------------------------------------------------------------


def test_registering_again_after_cancelling_is_a_new_registration():
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", "cancelled", email="ana@example.org", name="Ana")])
    decision = decide(state, mail("registration", "ana@example.org", "AG1"), ctx(config))
    new = decision.changes[0].registration
    assert (new.id, new.status, decision.summary) == (None, "confirmed", "registered")


def test_a_party_brought_along_takes_its_places():
    config = make_config(3, 3)
    decision = decide(MemoryState(), mail("registration", "ana@example.org", "AG1", party_size=3), ctx(config))
    assert decision.changes[0].registration.party_size == 3
    assert free_places(MemoryState([decision.changes[0].registration]), config, "AG1") == 0


def test_late_registrant_writing_again_stays_with_the_coordinator():
    config = make_config(3, deadline=DEADLINE)
    late = dt.datetime(2027, 3, 8, tzinfo=dt.timezone.utc)
    state = MemoryState()
    play(config, state, mail("registration", "ana@example.org", "AG1"), now=late)
    decision = decide(state, mail("registration", "ana@example.org", "AG1", n=2), ctx(config, late))
    assert (decision.changes, decision.notices, decision.message_state) == ([], [], "review")


def test_change_without_a_registration_goes_to_the_coordinator_silently():
    decision = decide(MemoryState(), mail("change", "ghost@example.org", "AG1"), ctx(make_config(3)))
    assert (decision.changes, decision.notices, decision.message_state) == ([], [], "review")


def test_coordinator_confirm_of_a_full_workgroup_waitlists_unless_forced():
    config = make_config(1)
    flagged = reg(2, "AG1", "waitlisted")
    state = MemoryState([reg(1, "AG1"), flagged])
    assert confirm(state, flagged, coordinator(config)).changes[0].registration.status == "waitlisted"
    assert confirm(state, flagged, coordinator(config), force=True).changes[0].registration.status == "confirmed"


def test_notice_keys_are_unique_per_mail_and_kind():
    config = make_config(1)
    state = MemoryState([reg(1, "AG1", email="ana@example.org"), reg(2, "AG1", "waitlisted")])
    decision = decide(state, mail("cancellation", "ana@example.org", n=7), ctx(config))
    assert [n.key for n in decision.notices] == ["<m7@example.org>:cancellation_confirmed:0",
                                                 "<m7@example.org>:promoted:1"]


@pytest.mark.parametrize("signed, cancelled", [("Ahmet Yilmaz", 1), ("Fatma Demir", 2), (None, 2)],
                         ids=["first-name-matches", "second-name-matches", "unsigned-takes-the-latest"])
def test_shared_address_cancels_the_registration_the_mail_is_signed_with(signed, cancelled):
    config = make_config(3)
    state = MemoryState([reg(1, "AG1", email="info@verein.example", name="Ahmet Yilmaz"),
                         reg(2, "AG1", email="info@verein.example", name="Fatma Demir")])
    decision = decide(state, mail("cancellation", "info@verein.example", name=signed), ctx(config))
    assert [c.registration.id for c in decision.changes] == [cancelled]
