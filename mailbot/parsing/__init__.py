"""Mail bytes + config → Parsed. Pure: no I/O, no clock, no database."""

from __future__ import annotations

import email
import email.policy
import email.utils

from ..config import Config
from ..model import Parsed


def parse_message(raw: bytes, config: Config) -> Parsed:
    """Read one RFC 5322 message; never raises (a broken mail comes back flagged)."""
    # Placeholder until the full parser lands: headers only.
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sender = email.utils.parseaddr(str(msg.get("From", "")))[1].lower() or None
        return Parsed(
            kind="registration",
            email=sender,
            name=email.utils.parseaddr(str(msg.get("From", "")))[0] or None,
            party_size=1,
            language="de",
            message_id=str(msg.get("Message-ID", "")).strip() or None,
            subject=str(msg.get("Subject", "")),
            sender=sender,
        )
    except Exception as exc:  # noqa: BLE001 - a broken mail is a case, not a crash
        return Parsed(kind="other", needs_review=True, reasons=[f"unreadable mail: {exc.__class__.__name__}"])
