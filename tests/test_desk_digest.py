"""The daily digest's data: due once per local day after digest_time; one day's window of what happened."""

from __future__ import annotations

import datetime as dt

from test_desk_support import add_message, add_registration, db, desk_config, in_german  # noqa: F401

from mailbot import store
from mailbot.desk.digest import build_digest, digest_due, digest_key, digest_window
from mailbot.notices import Renderer
from mailbot.model import Notice

UTC = dt.timezone.utc
DAY = dt.date(2027, 1, 11)  # window: 10.01. 07:30 → 11.01. 07:30 Berlin = 06:30Z → 06:30Z


def test_due_once_per_local_day_after_digest_time(desk_config, db):
    config = desk_config[1]
    assert digest_due(db, config, dt.datetime(2027, 1, 11, 6, 29, tzinfo=UTC)) is None  # 07:29 in Berlin
    assert digest_due(db, config, dt.datetime(2027, 1, 11, 6, 30, tzinfo=UTC)) == DAY
    store.set_meta(db, digest_key(DAY), "queued")
    assert digest_due(db, config, dt.datetime(2027, 1, 11, 22, 0, tzinfo=UTC)) is None
    assert digest_due(db, config, dt.datetime(2027, 1, 11, 23, 30, tzinfo=UTC)) is None  # 00:30 on the 12th
    assert digest_due(db, config, dt.datetime(2027, 1, 12, 6, 30, tzinfo=UTC)) == dt.date(2027, 1, 12)


def test_summer_time_is_local_too(desk_config, db):
    assert digest_due(db, desk_config[1], dt.datetime(2027, 7, 1, 5, 30, tzinfo=UTC)) == dt.date(2027, 7, 1)
    assert digest_window(desk_config[1], dt.date(2027, 7, 1)) == (
        "2027-06-30T05:30:00.000000Z", "2027-07-01T05:30:00.000000Z")


def test_no_coordinator_addresses_no_digest(write_config, tmp_path):
    from mailbot.config import load_config

    config = load_config(write_config())
    assert digest_due(store.open_db(tmp_path / "mailbot.db"), config, dt.datetime(2027, 1, 11, 12, tzinfo=UTC)) \
        is None


def seed_day(db):
    before, inside, after = "2027-01-10T06:00:00.000000Z", "2027-01-10T12:00:00.000000Z", "2027-01-11T07:00:00Z"
    add_registration(db, "old@example.org", "Olga Alt", "AG1", "confirmed", created=before)
    add_registration(db, "new@example.org", "Nora Neu", "AG1", "confirmed", created=inside, party_size=2,
                     organisation="Verein")
    add_registration(db, "late@example.org", "Lars Spät", "AG1", "confirmed", created=after)
    moved = add_registration(db, "move@example.org", "Mia Zieht", "AG2", "confirmed", created=before,
                             updated=inside)
    store.audit(db, "moved", "(the sentence is for reading only)", registration_id=moved, from_workgroup="AG1", to_workgroup="AG2",
                persons=1, at=dt.datetime(2027, 1, 10, 12, tzinfo=UTC))
    add_registration(db, "gone@example.org", "Gustav Weg", "AG3", "cancelled", created=before, updated=inside)
    up = add_registration(db, "up@example.org", "Ulla Auf", "AG3", "confirmed", created=before, updated=inside)
    store.audit(db, "promoted", "from the waiting list into AG3 (1 person(s))", registration_id=up,
                at=dt.datetime(2027, 1, 10, 12, tzinfo=UTC))
    add_registration(db, "wait@example.org", "Willi Warte", "AG2", "waitlisted", created=before)
    add_registration(db, "rev@example.org", "Rita Prüf", None, "needs_review", created=inside,
                     reasons=["unclear workgroup"])
    add_message(db, b"Subject: Undelivered\r\n\r\n550", sender="mailer-daemon@example.org", uid=9, kind="bounce",
                state="processed", subject="Undelivered Mail", error="550 user unknown",
                parsed={"bounced_recipient": "typo@example.org"}, received=inside)
    db.execute("INSERT INTO outbox (kind, dedupe_key, to_addr, message_id, raw, state, attempts, last_error, "
               "next_attempt_at, created_at) VALUES ('confirmation', 'k', 'typo@example.org', '<o@x>', x'00', "
               "'failed', 1, '550 user unknown', ?, ?)", [inside, inside])


def test_build_digest_reports_one_window(desk_config, db):
    seed_day(db)
    data = build_digest(db, in_german(desk_config[1]), DAY, now=dt.datetime(2027, 1, 11, 6, 31, tzinfo=UTC))
    assert data["day"] == "11.01.2027"
    assert data["generated_at"] == "11.01.2027 07:31"
    assert data["status"].splitlines()[0].startswith("AG      Titel")
    assert [(r["email"], r["workgroup"], r["party_size"], r["organisation"]) for r in data["new"]] == [
        ("new@example.org", "AG1", 2, "Verein"), ("rev@example.org", "", 1, "")]
    assert [(r["email"], r["previous"], r["workgroup"], r["note"]) for r in data["changes"]] == [
        ("move@example.org", "AG1", "AG2", "moved")]
    assert [r["email"] for r in data["cancellations"]] == ["gone@example.org"]
    assert [r["email"] for r in data["promotions"]] == ["up@example.org"]
    assert [(r["email"], r["workgroup"], r["position"]) for r in data["waiting"]] == [("wait@example.org", "AG2", 1)]
    assert [(r["email"], r["reasons"]) for r in data["review"]] == [("rev@example.org", ["unclear workgroup"])]
    assert data["bounces"] == [{"email": "typo@example.org", "reason": "550 user unknown",
                                "received": "10.01.2027 13:00"}]
    assert data["failed"] == [{"to": "typo@example.org", "kind": "confirmation", "error": "550 user unknown",
                               "attempts": 1}]
    assert data["empty"] is False


def test_the_german_digest_template_renders_the_data(desk_config, db):
    seed_day(db)
    config = in_german(desk_config[1])
    notice = Notice(kind="digest", to="koordination@muenster.example", language="de", key="2027-01-11",
                    extra=build_digest(db, config, DAY))
    text = Renderer(config).render(notice).text
    assert "Nora Neu <new@example.org>" in text
    assert "Mia Zieht <move@example.org>" in text
    assert "typo@example.org: 550 user unknown" in text
    assert "Rita Prüf <rev@example.org>" in text
    assert "Gesamt" in text  # the status table at the top


def test_no_digest_after_the_retention_purge(desk_config, db):
    store.set_meta(db, "purged_at", "2027-06-11T15:00:00.000000Z")
    assert digest_due(db, desk_config[1], dt.datetime(2027, 6, 12, 8, tzinfo=UTC)) is None


def test_long_sections_show_true_totals_and_the_first_rows(desk_config, db, monkeypatch):
    # After a backlog the digest must say how many there really are, not how many it lists.
    import mailbot.desk.digest as digest

    monkeypatch.setattr(digest, "SECTION_LIMIT", 3)
    inside = "2027-01-10T12:00:00.000000Z"
    for n in range(7):
        add_registration(db, f"p{n}@example.org", f"Person {n}", "AG1", "confirmed", created=inside)
    for n in range(5):
        add_registration(db, f"r{n}@example.org", f"Prüf {n}", None, "needs_review", created=inside,
                         reasons=["unclear workgroup"])
    config = desk_config[1]
    data = build_digest(db, config, DAY)
    assert len(data["new"]) == 3 and data["totals"]["new"] == 12
    assert len(data["review"]) == 3 and data["totals"]["review"] == 5
    assert all(item["reasons"] == ["unclear workgroup"] for item in data["review"])
    text = Renderer(config).render(Notice(kind="digest", to="koordination@muenster.example", language="de",
                                          key="2027-01-11", extra=data)).text
    assert "Neue Anmeldungen: 12" in text
    assert "… und 9 weitere (alle: mailbot export)" in text
    assert "Zu prüfen (bitte im Postfach ansehen): 5" in text
    assert "… und 2 weitere (alle: mailbot review)" in text
    assert "Absagen: keine" in text and "weitere" not in text.split("Absagen")[1].split("Nachgerückt")[0]
