"""Which reminders are due (rule 9): once per registration and offset, only the latest, never after the start."""

from __future__ import annotations

import datetime as dt

import pytest

from mailbot.reminders import due_reminders, latest_due_offset

from test_decide import make_config, reg

EVENT = make_config(5).event  # starts 2027-03-13 10:00 Berlin = 09:00 UTC, reminders 7d and 1d
STARTS = EVENT.starts_utc


@pytest.mark.parametrize("before_start, expected", [
    (dt.timedelta(days=8), None),
    (dt.timedelta(days=7), "7d"),
    (dt.timedelta(days=3), "7d"),
    (dt.timedelta(days=1), "1d"),
    (dt.timedelta(hours=2), "1d"),
    (dt.timedelta(0), None),
    (-dt.timedelta(hours=1), None),
], ids=["too-early", "7d-due", "7d-late", "1d-due", "1d-late", "at-start", "after-start"])
def test_latest_due_offset(before_start, expected):
    assert latest_due_offset(EVENT, STARTS - before_start) == expected


def test_reminder_notice_for_each_confirmed_registration():
    regs = [reg(1, "AG1", language="tr"), reg(2, "AG2", "waitlisted"), reg(3, "AG1", "cancelled"),
            reg(4, None, "needs_review"), reg(5, "AG2")]
    notices = due_reminders(regs, set(), EVENT, STARTS - dt.timedelta(days=6))
    assert [(n.to, n.key, n.language, n.extra) for n in notices] == [
        ("p1@example.org", "1:7d", "tr", {"offset": "7d", "workgroup": "AG1"}),
        ("p5@example.org", "5:7d", "de", {"offset": "7d", "workgroup": "AG2"}),
    ]
    assert all(n.kind == "reminder" and n.in_reply_to is None for n in notices)


@pytest.mark.parametrize("sent, now_before_start, expected", [
    (set(), dt.timedelta(days=6), ["7d"]),
    ({(1, "7d")}, dt.timedelta(days=6), []),
    ({(1, "7d")}, dt.timedelta(hours=20), ["1d"]),
    (set(), dt.timedelta(hours=20), ["1d"]),
    ({(1, "1d")}, dt.timedelta(hours=20), []),
    (set(), dt.timedelta(minutes=-5), []),
], ids=["first", "exactly-once", "next-offset", "down-for-a-week-only-latest", "latest-already-sent",
        "missed-but-event-started"])
def test_each_reminder_once_and_only_the_latest(sent, now_before_start, expected):
    notices = due_reminders([reg(1, "AG1")], sent, EVENT, STARTS - now_before_start)
    assert [n.extra["offset"] for n in notices] == expected
