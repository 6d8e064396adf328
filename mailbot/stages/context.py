"""What the stages of a pass are handed: one small frozen value instead of the worker object."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from ..config import Config
from ..outbox import Outbox


def _nothing() -> None:
    """The default for PassContext.queued: no delivery thread to wake."""


@dataclass(frozen=True)
class DeskHandlers:
    """What a pass asks of the coordinator's desk (mailbot/desk), handed in from above.

    The core never imports the desk: the worker registers the desk's functions here
    (mailbot/desk/handlers.py builds them). Empty, a pass answers no command by mail,
    sends no digest and purges nothing; nothing else changes.
    """

    # "STATUS" → handler(db, config) → (the notice's extra data, attachments as (name, bytes, type))
    commands: Mapping[str, Callable[[Any, Config], tuple[dict, list]]] = field(default_factory=dict)
    digest: Callable | None = None  # (db, config, now) → (day, digest data) when a digest is due, else None
    purge: Callable | None = None  # (db, config, now) → a summary when retention erased something, else None
    erased_in_folder: Callable | None = None  # db → [(folder, uidvalidity, uid)] of erased mails to delete
    erased_in_folder_done: Callable | None = None  # (db, those items): they are gone
    erased_elsewhere: Callable | None = None  # db → [(folder, Message-ID)] in move_to and the Sent folder
    erased_elsewhere_done: Callable | None = None  # (db, those items)


@dataclass(frozen=True)
class PassContext:
    """Config, database, clock, outbox and the desk's handlers: all a stage may use."""

    config: Config
    db: Any  # sqlite_utils.Database, opened by the worker
    clock: Callable[[], dt.datetime]  # the injected clock (--now); never the wall clock
    outbox: Outbox
    desk: DeskHandlers = field(default_factory=DeskHandlers)
    stop: threading.Event = field(default_factory=threading.Event)  # set: end the pass between two mails
    queued: Callable[[], None] = _nothing  # called after a commit that may have queued mail (wakes delivery)

    @classmethod
    def over(cls, config: Config, db, clock: Callable[[], dt.datetime], **more) -> PassContext:
        """A context with its own outbox on `db`, e.g. for a coordinator's command outside a pass."""
        return cls(config=config, db=db, clock=clock, outbox=Outbox(config, db, clock=clock), **more)
