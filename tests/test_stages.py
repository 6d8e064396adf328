"""The pass's stages: one small context instead of the worker, the desk reached through its handlers,
and a delivery thread that only records (a failure for good is applied by the pass)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from pathlib import Path

from mailbot import store
from mailbot.config import load_config
from mailbot.model import Parsed
from mailbot.stages import apply
from mailbot.stages.context import DeskHandlers, PassContext
from mailbot.stages.deliver import DeliveryThread
from mailbot.worker import PassResult, Worker
from test_end_to_end import registration

NOW = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)
ROOT = Path(__file__).parent.parent
STAGES = ("fetch", "record", "parse", "guard", "decide", "apply", "deliver", "mark", "due")


def stored(worker: Worker, uid: int, raw: bytes) -> int:
    with store.transaction(worker.db):
        return store.store_message(worker.db, folder="INBOX", uidvalidity=1, uid=uid, raw=raw, message_id=None,
                                   sender=None, subject=None, received_at=NOW)


def registration_state(worker: Worker) -> tuple[str, str]:
    return worker.db.execute("SELECT status, reasons FROM registrations").fetchone()


def test_a_failure_for_good_is_recorded_by_the_delivery_thread_and_applied_by_the_next_pass(
        write_config, smtpd):
    worker = Worker(load_config(write_config(smtp=smtpd)), clock=lambda: NOW)
    try:
        row = stored(worker, 1, registration())
        assert worker.handle_one(row, registration()) == "registered"
        smtpd.fail_next(1, 550, "no such user")
        result = PassResult()
        delivery = DeliveryThread(worker.config, result, threading.Event(), clock=worker.clock,
                                  database_path=store.database_file(worker.db))
        delivery.start()
        delivery.notify()
        delivery.finish()
        # the delivery thread recorded the failure and ran no rule: the registration is as it was
        assert result.failed == 1 and smtpd.received == []
        assert worker.db.execute("SELECT state, failure_applied FROM outbox").fetchall() == [("failed", 0)]
        assert registration_state(worker)[0] == "confirmed"

        again = worker.run_pass()  # nothing new in the folder: the pass applies the recorded failure
        status, reasons = registration_state(worker)
        assert again.new == 0 and status == "needs_review" and "550 no such user" in reasons
        assert worker.db.execute("SELECT failure_applied FROM outbox").fetchall() == [(1,)]
        flagged = "SELECT count(*) FROM audit WHERE action = 'flagged'"
        before = worker.db.execute(flagged).fetchone()[0]
        worker.run_pass()  # applied once, never again
        assert worker.db.execute(flagged).fetchone()[0] == before
    finally:
        worker.db.close()


def test_a_failure_of_an_older_version_is_not_applied_twice_after_the_upgrade(tmp_path):
    db = store.open_db(tmp_path / "old.db")  # every migration runs, the last one on an empty outbox
    try:
        assert db.execute("SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'failure_applied'"
                          ).fetchone() == (1,)
        assert "UPDATE outbox SET failure_applied = 1 WHERE state = 'failed'" in store.MIGRATIONS[-1]
    finally:
        db.close()


def command_mail(worker: Worker) -> tuple[int, Parsed]:
    row = stored(worker, 1, b"Subject: STATUS\r\n\r\n")
    return row, Parsed(kind="other", coordinator_command="STATUS", sender="koordination@muenster.example",
                       message_id="<status-1@muenster.example>")


def test_a_command_by_mail_reaches_the_desk_through_its_registered_handler(write_config):
    worker = Worker(load_config(write_config()), clock=lambda: NOW)
    asked = []

    def status(db, config):
        asked.append(config.event.name)
        return {"status": "AG1: 3 frei"}, []

    try:
        row, parsed = command_mail(worker)
        ctx = PassContext.over(worker.config, worker.db, worker.clock, desk=DeskHandlers(commands={"STATUS": status}))
        with store.transaction(worker.db):
            assert apply.run_command(ctx, row, parsed) == "command"
        assert asked == [worker.config.event.name]
        assert worker.db.execute("SELECT kind, to_addr FROM outbox").fetchall() == [
            ("status_report", "koordination@muenster.example")]
    finally:
        worker.db.close()


def test_without_a_registered_handler_a_command_waits_for_a_person(write_config):
    worker = Worker(load_config(write_config()), clock=lambda: NOW, desk=DeskHandlers())
    try:
        row, parsed = command_mail(worker)
        with store.transaction(worker.db):
            assert apply.run_command(worker.context(), row, parsed) == "review"
        assert worker.db.execute("SELECT state, error FROM messages").fetchone() == (
            "review", "held for review: no handler for the command STATUS")
        assert worker.db.execute("SELECT count(*) FROM outbox").fetchone() == (0,)
    finally:
        worker.db.close()


def test_the_context_is_small_and_frozen(write_config):
    worker = Worker(load_config(write_config()), clock=lambda: NOW)
    try:
        ctx = worker.context()
        assert {f for f in ctx.__dataclass_fields__} == {"config", "db", "clock", "outbox", "desk", "stop", "queued"}
        try:
            ctx.db = None
        except AttributeError:
            pass
        else:
            raise AssertionError("PassContext must be frozen")
    finally:
        worker.db.close()


def test_each_stage_has_its_module_and_the_readme_names_it():
    folder = ROOT / "mailbot" / "stages"
    assert {p.stem for p in folder.glob("*.py")} >= set(STAGES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    how = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    for stage in STAGES:
        assert f"stages/{stage}.py" in how, stage
    # the diagram shows the stages in the order the pass runs them
    order = [m.group(1) for m in re.finditer(r"\b(" + "|".join(STAGES) + r")\b", how.split("```")[1])]
    firsts = list(dict.fromkeys(order))
    assert firsts == list(STAGES), firsts


def test_parsed_to_dict_is_asdict():
    """to_dict copies plain values and lists of strings itself (asdict's deep copy cost 0.1 ms a mail)."""
    samples = [Parsed(), Parsed(kind="registration", email="a@b.example", workgroups=["AG1", "AG2"], party_size=2,
                                needs_review=True, reasons=["x"], references=["<1@x>"], text="Hallo\n")]
    samples.append(Parsed(reasons=[("odd", 1)]))  # not a list of strings: asdict's way
    for parsed in samples:
        data = parsed.to_dict()
        assert data == dataclasses.asdict(parsed) and list(data) == list(dataclasses.asdict(parsed))
        assert data["workgroups"] is not parsed.workgroups  # a copy, as asdict gives
