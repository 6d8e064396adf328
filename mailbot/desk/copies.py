"""Copies of a person's mails outside the database, for forget and purge.

A handled mail moved to `[imap] move_to` has a new UID there, and the Sent
folder's copies of our answers ([imap] sent_folder) were appended without
one: both are found again by Message-ID (the worker deletes them at its next
pass). Answers written to the output folder ([outdir]) are files named by a
hash of their Message-ID, deleted at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from .. import store
from ..config import Config


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def by_message_id(db, config: Config, messages: list[int], outbox: list[int]) -> list[tuple[str, str]]:
    """(folder, Message-ID) of copies that UIDs cannot find: moved mails, Sent copies of answers."""
    if config.imap is None:
        return []
    out = []
    if config.imap.move_to:
        for chunk in _chunks(messages):
            out += [(config.imap.move_to, mid) for (mid,) in db.execute(
                f"SELECT message_id FROM messages WHERE id IN ({','.join('?' * len(chunk))}) AND state != 'new' "
                "AND message_id IS NOT NULL ORDER BY id", chunk)]
    if config.imap.sent_folder:
        for chunk in _chunks(outbox):
            out += [(config.imap.sent_folder, mid) for (mid,) in db.execute(
                f"SELECT message_id FROM outbox WHERE id IN ({','.join('?' * len(chunk))}) AND copied = 1 "
                "ORDER BY id", chunk)]
    return out


_BY_ID_KEY = "imap_deletions_by_message_id"  # meta: JSON [[folder, Message-ID], ...] (our ids and folders only)


def queue_deletions_by_message_id(db, items: list[tuple[str, str]]) -> None:
    """Note copies to delete by Message-ID (in move_to and the Sent folder); the worker does it."""
    if items:
        pending = pending_deletions_by_message_id(db)
        pending += [item for item in items if item not in pending]
        store.set_meta(db, _BY_ID_KEY, json.dumps(pending))


def pending_deletions_by_message_id(db) -> list[tuple[str, str]]:
    return [tuple(item) for item in json.loads(store.get_meta(db, _BY_ID_KEY) or "[]")]


def deletions_by_message_id_done(db, items) -> None:
    done = {tuple(i) for i in items}
    store.set_meta(db, _BY_ID_KEY, json.dumps([i for i in pending_deletions_by_message_id(db) if i not in done]))


def answer_files(db, config: Config, outbox: list[int]) -> list[Path]:
    """Our answers to this person as written to the output folder (named by their Message-ID's hash)."""
    if config.outdir is None or not Path(config.outdir).is_dir():
        return []
    digests = set()
    for chunk in _chunks(outbox):
        digests |= {hashlib.sha256(mid.encode()).hexdigest()[:12] for (mid,) in db.execute(
            f"SELECT message_id FROM outbox WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
    return sorted(p for p in Path(config.outdir).glob("*.eml")
                  if len(p.stem.split("-")) >= 2 and p.stem.split("-")[1] in digests)


def delete_answer_files(db, config: Config, outbox: list[int]) -> list[str]:
    """Delete those answer files; their names."""
    gone = []
    for path in answer_files(db, config, outbox):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            gone.append(path.name)
    return gone
