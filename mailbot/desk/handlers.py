"""The desk's part in a pass, registered with the core as plain functions (DeskHandlers).

The worker hands these to every stage in its PassContext: commands by mail,
the daily digest, retention purges and the deletion of erased mails on the
server. So the desk depends on the core, and the core never on the desk.
"""

from __future__ import annotations

import datetime as dt

from ..config import Config
from ..stages.context import DeskHandlers
from .commands import COMMANDS
from .copies import deletions_by_message_id_done, pending_deletions_by_message_id
from .digest import build_digest, digest_due
from .privacy import imap_deletions_done, pending_imap_deletions, purge_due, purge_personal_data


def due_digest(db, config: Config, now: dt.datetime) -> tuple[dt.date, dict] | None:
    """(day, digest data) when a digest is due now, else None."""
    day = digest_due(db, config, now)
    if day is None:
        return None
    return day, build_digest(db, config, day, now=now)


def purge(db, config: Config, now: dt.datetime):
    """[retention] days_after_event: erase personal data once the day has come; None before."""
    if not purge_due(config, now):
        return None
    return purge_personal_data(db, config, dry_run=False, now=now)


DESK = DeskHandlers(
    commands=COMMANDS, digest=due_digest, purge=purge,
    erased_in_folder=pending_imap_deletions, erased_in_folder_done=imap_deletions_done,
    erased_elsewhere=pending_deletions_by_message_id, erased_elsewhere_done=deletions_by_message_id_done,
)
