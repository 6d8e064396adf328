"""Work that is due by the clock, not by a mail: reminders, the daily digest, retention purges.

Each is checked on every pass (run-once or serve) and is idempotent: the
outbox's unique keys make sure a reminder or a digest goes out exactly once,
however often the pass runs and however long mailbot was down.
"""

from __future__ import annotations

import logging

from . import store

log = logging.getLogger(__name__)


def run_scheduled(worker, result) -> None:
    """Queue due reminders and the digest; purge personal data when retention says so."""
    queue_reminders(worker, result)
    queue_digest(worker, result)
    purge_if_due(worker, result)


def queue_reminders(worker, result) -> int:
    """Reminders at the configured offsets before the event, once per registration and offset."""
    from .registry import reminder_notices

    config, db = worker.config, worker.db
    now = worker.clock()
    if not config.event.reminders or now >= config.event.starts_utc:
        return 0
    queued = 0
    with store.transaction(db):
        for notice in reminder_notices(db, config, now):
            if worker.outbox.queue(notice) is not None:
                queued += 1
    if queued:
        result.outcomes["reminders queued"] += queued
    return queued


def queue_digest(worker, result) -> bool:
    """The coordinator's daily digest, once per local day after [coordinator].digest_time."""
    from .desk.digest import build_digest, digest_due
    from .model import Notice

    config, db = worker.config, worker.db
    if not config.coordinator.emails:
        return False
    day = digest_due(db, config, worker.clock())
    if day is None:
        return False
    with store.transaction(db):
        data = build_digest(db, config, day, now=worker.clock())
        for address in config.coordinator.emails:
            notice = Notice(kind="digest", to=address, language=config.coordinator.language,
                            key=f"{day.isoformat()}:{address}",
                            extra=data)
            worker.outbox.queue(notice)
        store.set_meta(db, f"digest:{day.isoformat()}", store.iso(worker.clock()))
    result.outcomes["digest queued"] += 1
    return True


def purge_if_due(worker, result) -> None:
    """[retention] days_after_event: erase personal data, keep anonymous counts."""
    from .desk.privacy import purge_due, purge_personal_data

    config = worker.config
    if not purge_due(config, worker.clock()):
        return
    summary = purge_personal_data(worker.db, config, dry_run=False, now=worker.clock())
    if summary:
        log.info("retention: %s", summary)
