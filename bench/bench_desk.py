"""Timing of the coordinator's commands on a large database (50,000 registrations).

Run: .venv/bin/python bench/bench_desk.py   (not a test: timings depend on the machine)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from mailbot import store
from mailbot.config import load_config
from mailbot.desk.digest import build_digest
from mailbot.desk.export import csv_text, export_rows, export_xlsx_bytes
from mailbot.desk.review import review_items
from mailbot.desk.status import status_summary, status_text

CONFIG = """\
[event]
name = "Bench"
starts = 2027-03-13T10:00:00
ends = 2027-03-13T16:00:00
venue = "Münster"
registration_address = "mso-tag@muenster.example"
[[workgroups]]
id = "AG1"
title = "Bildung"
capacity = 20000
[[workgroups]]
id = "AG2"
title = "Zukunft"
capacity = 20000
[[workgroups]]
id = "AG3"
title = "Förderung"
capacity = 20000
[maildir]
path = "Maildir"
[outdir]
path = "out"
[coordinator]
emails = ["k@muenster.example"]
"""
NAMES = ["Ayşe Yılmaz", "Борис Петров", "محمد علي", "Jürgen Müller", "Olena Шевченко"]


def seed(db, n: int) -> None:
    rnd = random.Random(1)
    statuses = ["confirmed"] * 6 + ["waitlisted"] * 2 + ["cancelled", "needs_review"]
    rows = [(f"p{i}@example.org", f"{rnd.choice(NAMES)} {i}", "Verein e.V.", rnd.randint(1, 3), "de",
             f"AG{rnd.randint(1, 3)}", rnd.choice(statuses), f"2027-01-{1 + i % 28:02d}T10:00:{i % 60:02d}.000000Z")
            for i in range(n)]
    with store.transaction(db):
        db.conn.executemany(
            "INSERT INTO registrations (email, name, organisation, party_size, language, workgroup, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?8)", rows)


def timed(label: str, call) -> None:
    start = time.perf_counter()
    call()
    print(f"{label:<28} {time.perf_counter() - start:7.3f} s")


def main(n: int = 50_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        (Path(folder) / "Maildir").mkdir()
        path.write_text(CONFIG, encoding="utf-8")
        config = load_config(path)
        db = store.open_db(config.database_path)
        seed(db, n)
        print(f"{n} registrations")
        timed("status (summary)", lambda: status_summary(db, config))
        timed("status_text (mail)", lambda: status_text(db, config))
        timed("review queue", lambda: review_items(db))
        timed("export rows", lambda: export_rows(db, config))
        timed("export csv", lambda: csv_text(db, config))
        timed("export xlsx (all + per AG)", lambda: export_xlsx_bytes(db, config))
        timed("digest data", lambda: build_digest(db, config, __import__("datetime").date(2027, 1, 10)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
