"""Due: work that is due by the clock, not by a mail: reminders, the daily digest, retention purges.

Each is checked on every pass (run-once or serve) and is idempotent: the
outbox's unique keys make sure a reminder or a digest goes out exactly once,
however often the pass runs and however long mailbot was down. The digest and
the purge are the desk's (ctx.desk): without it they do not run.
"""

from __future__ import annotations

import logging

from .. import store
from ..model import Notice
from ..registry import reminder_notices
from .context import PassContext

log = logging.getLogger(__name__)


def run_due(ctx: PassContext, result) -> None:
    """Queue due reminders and the digest; purge personal data when retention says so."""
    queue_reminders(ctx, result)
    queue_digest(ctx, result)
    purge_if_due(ctx)
    ctx.queued()


def queue_reminders(ctx: PassContext, result) -> int:
    """Reminders at the configured offsets before the event, once per registration and offset."""
    config, db = ctx.config, ctx.db
    now = ctx.clock()
    if not config.event.reminders or now >= config.event.starts_utc:
        return 0
    queued = 0
    with store.transaction(db):
        for notice in reminder_notices(db, config, now):
            if ctx.outbox.queue(notice) is not None:
                queued += 1
    if queued:
        result.outcomes["reminders queued"] += queued
    return queued


def queue_digest(ctx: PassContext, result) -> bool:
    """The coordinator's daily digest, once per local day after [coordinator].digest_time."""
    config, db = ctx.config, ctx.db
    if not config.coordinator.emails or ctx.desk.digest is None:
        return False
    with store.transaction(db):
        due = ctx.desk.digest(db, config, ctx.clock())
        if due is None:
            return False
        day, data = due
        for address in config.coordinator.emails:
            notice = Notice(kind="digest", to=address, language=config.coordinator.language,
                            key=f"{day.isoformat()}:{address}", extra=data)
            ctx.outbox.queue(notice)
        store.set_meta(db, f"digest:{day.isoformat()}", store.iso(ctx.clock()))
    result.outcomes["digest queued"] += 1
    return True


def purge_if_due(ctx: PassContext) -> None:
    """[retention] days_after_event: erase personal data, keep anonymous counts."""
    if ctx.desk.purge is None:
        return
    summary = ctx.desk.purge(ctx.db, ctx.config, ctx.clock())
    if summary:
        log.info("retention: %s", summary)
