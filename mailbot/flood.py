"""Flood limits: how much mailbot does for all senders together, per hour and per sender per day.

The per-address cap ([safety] answers_per_sender_per_day) stops a loop with
one address. A flood uses many: 200 mails with 200 Reply-To addresses, or
200 forged From addresses. These limits count what mailbot already did,
over all mail, and hold further mail for review once one is reached:

- new_registrations_per_hour: registrations created from mail;
- answers_per_hour: mails queued in answer to a mail (reminders and the
  coordinator's digest do not count);
- recipients_per_sender_per_day: distinct addresses answered for one From.

The coordinator is told once per limit and window (one mail), not per mail.
Reads the outbox, registrations and messages tables; writes nothing itself.
"""

from __future__ import annotations

import datetime as dt

from . import store

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def over_limit(db, safety, now: dt.datetime, *, sender: str | None, recipients: list[str],
               new_registrations: int, answers: int | None = None) -> tuple[str, str] | None:
    """(limit name, why) when handling this mail would pass a flood limit; None when it may go on.

    `recipients` are the addresses the mail's answers would go to on the sender's behalf,
    `answers` how many mails it would queue in all (promotions included; default: one per
    recipient), `new_registrations` how many registrations it would create.
    """
    answers = len(recipients) if answers is None else answers
    if answers:
        answered = answers_since(db, now - HOUR)
        if answered + answers > safety.answers_per_hour:
            return ("answers_per_hour",
                    f"held for review: {answered} answers in the last hour, the limit is "
                    f"[safety] answers_per_hour = {safety.answers_per_hour}")
    if new_registrations:
        created = registrations_since(db, now - HOUR)
        if created + new_registrations > safety.new_registrations_per_hour:
            return ("new_registrations_per_hour",
                    f"held for review: {created} new registrations in the last hour, the limit is "
                    f"[safety] new_registrations_per_hour = {safety.new_registrations_per_hour}")
    if sender and recipients:
        known = recipients_for_sender(db, sender, now - DAY)
        fresh = set(recipients) - known
        if fresh and len(known | fresh) > safety.recipients_per_sender_per_day:
            return ("recipients_per_sender_per_day",
                    f"held for review: mail from {sender} was answered at {len(known)} addresses today, the limit is "
                    f"[safety] recipients_per_sender_per_day = {safety.recipients_per_sender_per_day}")
        sent = answers_for_sender(db, sender, now - DAY)
        if sent >= safety.answers_per_sender_per_day:
            return ("answers_per_sender_per_day",
                    f"held for review: already {sent} answers to mail from {sender} today")
    return None


def answers_since(db, since: dt.datetime) -> int:
    """Mails queued in answer to a mail since `since` (reminders and digests have no mail)."""
    return db.execute("SELECT count(*) FROM outbox WHERE message_row IS NOT NULL AND created_at >= ?",
                      [store.iso(since)]).fetchone()[0]


def registrations_since(db, since: dt.datetime) -> int:
    return db.execute("SELECT count(*) FROM registrations WHERE created_at >= ?", [store.iso(since)]).fetchone()[0]


def recipients_for_sender(db, sender: str, since: dt.datetime) -> set[str]:
    """The addresses answered for mail whose From was `sender`."""
    rows = db.execute("SELECT DISTINCT o.to_addr FROM messages m JOIN outbox o ON o.message_row = m.id "
                      "WHERE m.sender = ? AND o.created_at >= ?", [sender, store.iso(since)])
    return {addr for (addr,) in rows}


def answers_for_sender(db, sender: str, since: dt.datetime) -> int:
    """Answers to mail whose From was `sender`, wherever they went (the cap counts senders too)."""
    return db.execute("SELECT count(*) FROM messages m JOIN outbox o ON o.message_row = m.id "
                      "WHERE m.sender = ? AND o.created_at >= ?", [sender, store.iso(since)]).fetchone()[0]


def window_key(limit: str, now: dt.datetime) -> str:
    """One alert per limit and window: the hour (or day) in which it was reached."""
    fmt = "%Y-%m-%d" if limit.endswith("_per_day") else "%Y-%m-%dT%H"
    return f"flood:{limit}:{now.astimezone(dt.timezone.utc).strftime(fmt)}"
