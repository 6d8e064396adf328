"""`mailbot status`, status_text for the STATUS mail, and the SQL views."""

from __future__ import annotations

import json

from test_desk_support import add_message, add_registration, db, desk_config, in_german, run  # noqa: F401

from mailbot import store
from mailbot.desk.status import status_summary, status_text
from mailbot.desk.views import sync_workgroups


def seed(db):
    add_registration(db, "a@example.org", "Ayşe Yılmaz", "AG1", "confirmed", party_size=2)
    add_registration(db, "b@example.org", "Борис Петров", "AG1", "confirmed")
    add_registration(db, "c@example.org", "محمد علي", "AG2", "waitlisted", party_size=3)
    add_registration(db, "d@example.org", "Dana Weiß", "AG3", "confirmed", wanted="AG2")
    add_registration(db, "e@example.org", "Emil Klein", None, "needs_review", reasons=["two workgroups"])
    add_registration(db, "f@example.org", "Fatma Kaya", "AG3", "cancelled")
    add_message(db, b"Subject: Frage\r\n\r\nWo ist der Saal?", sender="q@example.org", uid=1, state="review",
                kind="question")
    db.execute("INSERT INTO outbox (kind, dedupe_key, to_addr, message_id, raw, state, next_attempt_at, created_at) "
               "VALUES ('confirmation', 'k1', 'x@example.org', '<o1@x>', x'00', 'failed', '2027-01-10', '2027-01-10')")
    store.set_last_uid(db, "INBOX", 7, 1)
    db.execute("UPDATE mailbox_state SET polled_at = '2027-01-10T06:31:00.000000Z'")


def test_status_table_shows_places_waiting_review_outbox_and_last_read(desk_config, db):
    seed(db)
    result = run(desk_config[0], "status")
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "Tag der Migrantenselbstorganisationen 2027"
    assert lines[2].split() == ["WG", "Title", "Confirmed", "Waitlisted", "Free", "Review"]
    assert lines[4:10] == [
        "  AG 1    Menschen mit Migrationsvorgeschichte im Bildung…      3 / 30            0     27        0",
        "  AG 2    Münsters Zukunftsprozess aus der Sicht der Mens…      0 / 30            4     30        0",
        "  AG 3    Förderungsmöglichkeiten und effektives Vereinsm…      1 / 30            0     29        0",
        "  -       (no workgroup)                                             0            0               1",
        "",
        "  Total                                                         4 / 90            4     86        1",
    ]
    assert lines[-3:] == [
        "Waiting for review: 2  (see: mailbot review)",
        "Outbox: 0 waiting to be sent, 1 failed",
        "Mailbox last read: 10.01.2027 07:31",
    ]


def test_status_json_has_the_same_numbers(desk_config, db):
    seed(db)
    result = run(desk_config[0], "status", "--json")
    data = json.loads(result.stdout)
    assert [(g["id"], g["confirmed"], g["capacity"], g["waitlisted"], g["free"]) for g in data["groups"]] == [
        ("AG1", 3, 30, 0, 27), ("AG2", 0, 30, 4, 30), ("AG3", 1, 30, 0, 29), (None, 0, None, 0, None)]
    assert (data["total"]["confirmed"], data["total"]["capacity"], data["total"]["free"]) == (4, 90, 86)
    assert (data["review"], data["outbox_failed"], data["cancelled"]) == (2, 1, 1)


def test_status_on_an_empty_database_says_never_read(desk_config):
    result = run(desk_config[0], "status")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-3:] == [
        "Waiting for review: 0", "Outbox: 0 waiting to be sent, 0 failed", "Mailbox last read: never"]


def test_status_text_is_a_german_plain_table(desk_config, db):
    seed(db)
    text = status_text(db, in_german(desk_config[1]))
    assert text.splitlines() == [
        "AG      Titel                                     Bestätigt  Warteliste  Frei  Prüfen",
        "------  ----------------------------------------  ---------  ----------  ----  ------",
        "AG 1    Menschen mit Migrationsvorgeschichte im…     3 / 30           0    27       0",
        "AG 2    Münsters Zukunftsprozess aus der Sicht…      0 / 30           4    30       0",
        "AG 3    Förderungsmöglichkeiten und effektives…      1 / 30           0    29       0",
        "-       (ohne AG)                                         0           0             1",
        "------  ----------------------------------------  ---------  ----------  ----  ------",
        "Gesamt                                               4 / 90           4    86       1",
        "",
        "Zu prüfen: 2",
        "Postausgang: 0 wartend, 1 fehlgeschlagen",
        "Postfach zuletzt gelesen: 10.01.2027 07:31",
    ]


def test_views_answer_in_db_browser(desk_config, db):
    seed(db)
    sync_workgroups(db, desk_config[1])
    per_group = db.execute("SELECT workgroup, confirmed_persons, waitlisted_persons, needs_review, free_places "
                           "FROM participants_per_workgroup").fetchall()
    # Dana (confirmed in AG3, waiting to switch to AG2) is on AG2's list, as in mailbot status
    assert [tuple(r) for r in per_group] == [("AG1", 3, 0, 0, 27), ("AG2", 0, 4, 0, 30), ("AG3", 1, 0, 0, 29)]
    assert [tuple(r) for r in db.execute("SELECT item, email FROM needs_review ORDER BY item")] == [
        ("mail", "q@example.org"), ("registration", "e@example.org")]
    assert [tuple(r) for r in db.execute("SELECT workgroup, position, name FROM waiting_lists")] == [
        ("AG2", 1, "محمد علي"), ("AG2", 2, "Dana Weiß")]
    assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 5  # not the cancelled one
    assert db.execute("SELECT count(*) FROM failed_deliveries").fetchone()[0] == 1
    store.audit(db, "received", "test")
    assert db.execute("SELECT action FROM todays_activity").fetchall()[-1][0] == "received"
    assert db.execute("SELECT count(*) FROM mail_log").fetchone()[0] == 1


def test_summary_counts_fifty_thousand_quickly(desk_config, db):
    # Correctness at scale; timing is in bench/bench_desk.py.
    db.conn.executemany("INSERT INTO registrations (email, party_size, workgroup, status, created_at, updated_at) "
                   "VALUES (?, 1, ?, ?, '2027-01-01', '2027-01-01')",
                   [(f"p{i}@example.org", f"AG{i % 3 + 1}", "confirmed" if i % 2 else "waitlisted")
                    for i in range(50_000)])
    status = status_summary(db, desk_config[1])
    assert status.total.confirmed == 25_000 and status.total.waitlisted == 25_000
