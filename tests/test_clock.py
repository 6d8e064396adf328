"""One clock: a pass run with --now stores no time from the wall clock."""

from __future__ import annotations

import mailbox
import re
import sqlite3

from click.testing import CliRunner

from mailbot.cli import main
from test_end_to_end import registration

# The 7-day reminder and the digest are due, registration is still open: every kind of write happens.
NOW = "2027-03-06T12:00:00+01:00"
STORED_DAY = "2027-03-06T11:00"  # the same moment in UTC, as the database stores it
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def test_a_pass_with_now_stores_only_that_time(write_config, tmp_path):
    path = write_config(extra='[coordinator]\nemails = ["koordination@muenster.example"]\ndigest_time = "07:30"\n')
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(registration())
    box.add(registration(sender="Ali Demir <ali@verein-b.example>", msgid="<reg-2@verein-b.example>",
                         body="Guten Tag,\n\nich melde mich für AG 7 an.\n\nAli Demir\n"))
    box.close()

    result = CliRunner().invoke(main, ["run-once", "--config", str(path), "--now", NOW], catch_exceptions=False)
    assert result.exit_code == 0, result.output

    db = sqlite3.connect(tmp_path / "mailbot.db")
    stored: dict[str, set[str]] = {}
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
        for row in db.execute(f"SELECT * FROM {table}"):
            for column, value in zip(columns, row):
                if isinstance(value, str) and ISO.match(value):
                    stored.setdefault(f"{table}.{column}", set()).add(value[:16])
    db.close()
    # what a pass writes: the mails, the log, the answers, the poll, the digest mark, the registrations
    for where in ("messages.received_at", "messages.processed_at", "audit.at", "outbox.created_at",
                  "outbox.sent_at", "mailbox_state.polled_at", "registrations.created_at", "meta.value"):
        assert where in stored, where
    wrong = {where: times for where, times in stored.items() if times != {STORED_DAY}}
    assert not wrong, f"times from another clock: {wrong}"
