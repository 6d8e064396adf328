"""What both mailboxes share (IMAP in mailbox.py, a Maildir in maildir.py): the fetched mail,
the context-manager base, batching, and short texts for socket and TLS errors (also for SMTP).

Kept apart so that mailbox.py can pick a backend from maildir.py without the two importing each other.
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class FetchedMail:
    """One mail as fetched: the raw bytes plus what the server knows about it."""

    uid: int
    raw: bytes
    flags: tuple[str, ...] = ()
    internaldate: dt.datetime | None = None  # aware, UTC
    size: int = 0
    # the server answered BODY[] NIL (or nothing) twice, e.g. Dovecot after renumbering: raw
    # is empty and must not be stored as a mail; the next pass asks again
    body_missing: bool = False


class MailboxBase:
    """Context manager support and the stop event shared by both backends."""

    def __init__(self) -> None:
        # set from another thread (e.g. a SIGTERM handler) to end wait_for_news early
        self.stop = threading.Event()

    def open(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def is_open(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        if not self.is_open:
            self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def batches(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """A verifying TLS client context; with ca_file, trust that CA instead of the system's."""
    return ssl.create_default_context(cafile=ca_file)


def describe_oserror(exc: OSError) -> str:
    """A short reason for a socket/TLS error, for one-line messages."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return exc.strerror or str(exc) or exc.__class__.__name__
