#!/usr/bin/env python3
"""The worker's own cost in a backlog, without the parser: record → guard → decide → apply → deliver.

    .venv/bin/python bench/bench_worker.py                 # 2,000 real-length registrations (bench/longmail.py)
    .venv/bin/python bench/bench_worker.py --mails 500 --dump out.txt   # and write what it stored
    .venv/bin/python bench/bench_worker.py --root /tmp/main-export      # another tree's mailbot, same mails

The mails are parsed once first; then the worker stores them batch by batch (the record
stage), is handed each mail's Parsed (its parse stage replaced by a lookup) and guards,
decides, renders, composes, commits and delivers to an aiosmtpd in a process of its own
through its delivery thread, as in a pass. Prints wall and CPU time a mail. `--dump` writes
the messages, registrations, outbox rows (their bytes hashed, Message-IDs and MIME boundaries
masked) and audit lines, so two trees can be compared: the clock is fixed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOCK = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.timezone.utc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mails", type=int, default=2000)
    ap.add_argument("--root", type=Path, help="import mailbot from this tree (default: this one)")
    ap.add_argument("--dump", type=Path, help="write what the worker stored, for comparing two trees")
    ap.add_argument("--profile", type=Path, help="cProfile the worker's thread into this file")
    args = ap.parse_args()
    root = (args.root or HERE.parent).resolve()
    sys.path[:0] = [str(root), str(HERE), str(HERE.parent / "tests")]

    import bench  # the benchmark's config, mails and SMTP server process
    from mailbot import store
    from mailbot.config import load_config
    from mailbot.parallel import parse_within
    from mailbot.stages.deliver import DeliveryThread
    from mailbot.stages.record import Recorder
    from mailbot.worker import PassResult, Worker

    raws = list(bench.long_mails(args.mails, seed=11))
    thread_cpu: list[float] = []
    run = DeliveryThread.run

    def timed_run(self):  # the delivery thread's own CPU time
        try:
            run(self)
        finally:
            thread_cpu.append(time.thread_time())

    DeliveryThread.run = timed_run
    sink = bench.Sink()
    try:
        with tempfile.TemporaryDirectory(prefix="mailbot-bench-worker-") as tmp:
            config = load_config(bench.write_config(Path(tmp), _NoImap(), "backlog", sink, args.mails))
            parsed = [parse_within(raw, config) for raw in raws]
            worker = Worker(config, clock=lambda: CLOCK)
            by_row: dict[int, object] = {}
            worker._parsing = _Given(by_row)  # noqa: SLF001 - the parse stage is what is left out
            if args.profile:
                import cProfile
                profile = cProfile.Profile()
                profile.enable()
            wall, cpu = time.perf_counter(), time.process_time()
            result, ctx = PassResult(), worker.context()
            worker.delivery = DeliveryThread(config, result, worker.stop, clock=worker.clock,
                                             database_path=store.database_file(worker.db))
            worker.delivery.start()
            recorder = Recorder(ctx, "INBOX", 1)
            for start in range(0, len(raws), 100):
                recorder.store([_Fetched(uid, raws[uid - 1]) for uid in range(start + 1, min(len(raws), start + 100) + 1)],
                               result)
                for row, uid in worker.db.execute("SELECT id, uid FROM messages WHERE uid > ? AND uid <= ?",
                                                  [start, start + 100]):
                    by_row[row] = parsed[uid - 1]
                worker.handle_stored(result, ctx)
            worker.delivery.finish()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if args.profile:
                profile.disable()
                profile.dump_stats(args.profile)
            n = len(raws)
            print(f"{n} mails: wall {wall:.2f} s ({wall / n * 1000:.2f} ms a mail), CPU {cpu:.2f} s "
                  f"({cpu / n * 1000:.2f} ms a mail; the delivery thread {thread_cpu[0]:.2f} s); "
                  f"{result.sent} sent; {dict(result.outcomes)}")
            if args.dump:
                dump(worker.db, args.dump)
    finally:
        sink.stop()
    return 0


class _NoImap:
    """write_config wants an IMAP server; this pass never opens one."""

    host, port = "127.0.0.1", 1


class _Fetched:
    def __init__(self, uid: int, raw: bytes):
        self.uid, self.raw = uid, raw


class _Given:
    """The parse stage, answered from the Parsed computed beforehand."""

    peak_kib = None

    def __init__(self, by_row: dict):
        self.by_row = by_row

    def parsed(self, pending, stop, **_how):
        for item in pending:
            if stop.is_set():
                return
            yield item, self.by_row[item["id"]]

    def close(self) -> None:
        pass


_RANDOM_RE = re.compile(rb"<[0-9a-f]{32}@|={15}[0-9a-f]{24}==")  # Message-IDs and MIME boundaries


def dump(db, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for row in db.execute("SELECT id, state, kind, parsed, registration_id, error, sender, subject, message_id "
                              "FROM messages ORDER BY id"):
            out.write(f"{row!r}\n")
        for row in db.execute("SELECT id, email, name, organisation, party_size, language, workgroup, status, choices, "
                              "wanted, reasons FROM registrations ORDER BY id"):
            out.write(f"{row!r}\n")
        for row in db.execute("SELECT id, kind, dedupe_key, registration_id, message_row, to_addr, subject, "
                              "in_reply_to, state, raw FROM outbox ORDER BY id"):
            out.write(f"{row[:-1]!r} {hashlib.sha256(_RANDOM_RE.sub(b'X', row[-1])).hexdigest()}\n")
        # the delivery thread's lines interleave with the worker's as timing has it: sorted
        for row in db.execute("SELECT actor, action, message_row, registration_id, detail, from_workgroup, to_workgroup, "
                              "persons FROM audit ORDER BY message_row, registration_id, action, detail"):
            out.write(f"{row!r}\n")


if __name__ == "__main__":
    sys.exit(main())
