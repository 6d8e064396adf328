"""`mailbot review` and the coordinator's resolutions: same rules and notices as a mail, logged "by coordinator"."""

from __future__ import annotations

import json

import pytest

from test_desk_support import add_message, add_registration, db, desk_config, mail, run  # noqa: F401

from mailbot import store


@pytest.fixture
def queue(db):
    """Emil in review (two workgroups named), a question mail, a full AG3 with one person waiting."""
    raw = mail("emil@example.org", "Emil Klein", "Ich komme zu AG1 oder AG2, mit meiner Frau.")
    row = add_message(db, raw, sender="emil@example.org", uid=1, state="review",
                      parsed={"kind": "registration", "email": "emil@example.org", "name": "Emil Klein",
                              "workgroups": ["AG1", "AG2"], "party_size": 2, "language": "de",
                              "reasons": ["two workgroups"], "text": "Ich komme zu AG1 oder AG2, mit meiner Frau."},
                      received="2027-01-10T08:00:00.000000Z")
    emil = add_registration(db, "emil@example.org", "Emil Klein", None, "needs_review", party_size=2,
                            choices=["AG1", "AG2"], reasons=["two workgroups"], message_row=row,
                            created="2027-01-10T08:00:00.000000Z")
    db.execute("UPDATE messages SET registration_id = ? WHERE id = ?", [emil, row])
    add_message(db, mail("q@example.org", "Quinn", "Gibt es Parkplätze?", subject="Frage"), sender="q@example.org",
                uid=2, state="review", kind="question", subject="Frage", error="a question for a person",
                parsed={"kind": "question", "email": "q@example.org", "reasons": [], "text": "Gibt es Parkplätze?"},
                received="2027-01-10T09:00:00.000000Z")
    full = add_registration(db, "full@example.org", "Frieda Voll", "AG3", "confirmed", party_size=30,
                            created="2027-01-09T08:00:00.000000Z")
    waiting = add_registration(db, "wait@example.org", "Wanda Warte", "AG3", "waitlisted",
                               created="2027-01-09T09:00:00.000000Z")
    return {"emil": emil, "full": full, "waiting": waiting}


def test_review_lists_who_what_why_and_the_text(desk_config, queue):
    result = run(desk_config[0], "review")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "2 item(s) to review.",
        "",
        "Registration 1: Emil Klein <emil@example.org>, since 10.01.2027 09:00",
        "  Understood: kind registration, workgroups AG1, AG2, party size 2, language de",
        "  Reasons:    two workgroups",
        "  Subject:    Anmeldung",
        "  | Ich komme zu AG1 oder AG2, mit meiner Frau.",
        "  Resolve:    mailbot assign 1 AG1 | mailbot confirm 1 | mailbot waitlist 1 | mailbot cancel 1",
        "",
        "Mail 2: <q@example.org>, since 10.01.2027 10:00",
        "  Understood: kind question",
        "  Reasons:    a question for a person",
        "  Subject:    Frage",
        "  | Gibt es Parkplätze?",
        "  Resolve:    mailbot dismiss 2  (not a registration; answer it in your mail program if needed)",
    ]


def test_review_json(desk_config, queue):
    items = json.loads(run(desk_config[0], "review", "--json").stdout)
    assert [(i["item"], i["id"]) for i in items] == [("registration", 1), ("mail", 2)]


def test_assign_goes_through_the_rules_tells_the_person_and_logs_by_coordinator(desk_config, db, queue):
    result = run(desk_config[0], "assign", str(queue["emil"]), "AG2")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"Registration {queue['emil']}: registered; now confirmed in AG2",
                                          "  queued: confirmation to emil@example.org"]
    row = db.execute("SELECT status, workgroup FROM registrations WHERE id = ?", [queue["emil"]]).fetchone()
    assert tuple(row) == ("confirmed", "AG2")
    log = db.execute("SELECT actor, action, detail FROM audit WHERE registration_id = ? AND action LIKE "
                     "'coordinator%'", [queue["emil"]]).fetchone()
    assert (log[0], log[1]) == ("coordinator", "coordinator assign")
    assert log[2].startswith(f"by coordinator: assign registration {queue['emil']} to AG2")
    assert db.execute("SELECT to_addr FROM outbox WHERE kind = 'confirmation'").fetchall()[0][0] == "emil@example.org"


def test_cancel_promotes_the_next_in_line_and_tells_both(desk_config, db, queue):
    result = run(desk_config[0], "cancel", str(queue["full"]))
    assert result.stdout.splitlines() == [f"Registration {queue['full']}: cancelled; now cancelled in AG3",
                                          "  queued: cancellation_confirmed to full@example.org",
                                          "  queued: promoted to wait@example.org"]
    statuses = dict(db.execute("SELECT email, status FROM registrations").fetchall())
    assert statuses["full@example.org"] == "cancelled"
    assert statuses["wait@example.org"] == "confirmed"
    sent = sorted(tuple(r) for r in db.execute("SELECT kind, to_addr FROM outbox"))
    assert sent == [("cancellation_confirmed", "full@example.org"), ("promoted", "wait@example.org")]
    assert db.execute("SELECT actor FROM audit WHERE action = 'promoted'").fetchone()[0] == "coordinator"


def test_dismiss_takes_a_mail_off_the_queue(desk_config, db, queue):
    result = run(desk_config[0], "dismiss", "2")
    assert (result.exit_code, result.stdout) == (0, "Mail 2 dismissed.\n")
    assert db.execute("SELECT state FROM messages WHERE id = 2").fetchone()[0] == "dismissed"
    assert tuple(db.execute("SELECT actor, action FROM audit WHERE message_row = 2").fetchone()) == (
        "coordinator", "dismissed")
    assert run(desk_config[0], "review").stdout.splitlines()[0] == "1 item(s) to review."


@pytest.mark.parametrize("args, message", [
    (["confirm", "99"], "Error: no registration 99 (see: mailbot review or mailbot export)"),
    (["assign", "1", "AG9"], "Error: unknown workgroup 'AG9' (known: AG1, AG2, AG3)"),
    (["dismiss", "99"], "Error: no mail 99 (see: mailbot review)"),
], ids=["unknown-reg", "unknown-workgroup", "unknown-mail"])
def test_unknown_ids_are_one_error_line(desk_config, queue, args, message):
    result = run(desk_config[0], *args)
    assert result.exit_code == 1
    assert result.stderr == message + "\n"


def test_nothing_to_review(desk_config):
    assert run(desk_config[0], "review").stdout == "Nothing to review.\n"
