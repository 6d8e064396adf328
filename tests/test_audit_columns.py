"""The log's columns say what a line is about; the sentence is for reading only."""

from __future__ import annotations

import datetime as dt

from mailbot import store
from mailbot.config import load_config
from mailbot.worker import Worker
from test_end_to_end import registration

NOW = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)


def handle(worker: Worker, uid: int, raw: bytes) -> None:
    with store.transaction(worker.db):
        row = store.store_message(worker.db, folder="INBOX", uidvalidity=1, uid=uid, raw=raw, message_id=None,
                                  sender=None, subject=None, received_at=NOW)
    worker.handle_one(row, raw)


def test_a_registration_and_a_move_are_logged_with_from_to_persons_mail_and_actor(write_config):
    worker = Worker(load_config(write_config()), clock=lambda: NOW)
    try:
        handle(worker, 1, registration(body="Guten Tag,\n\nich melde mich mit 2 Personen für AG 1 an.\n\n"
                                            "Marta Lopes\n"))
        # in reply to our confirmation: a change that answers one of our mails is applied at once
        (answer,) = worker.db.execute("SELECT message_id FROM outbox WHERE kind = 'confirmation'").fetchone()
        handle(worker, 2, registration(subject="Re: Anmeldung bestätigt", msgid="<reg-2@verein-a.example>",
                                       body="Guten Tag,\n\nbitte ändern Sie meine Anmeldung auf AG 3.\n\n"
                                            "Marta Lopes\n", In_Reply_To=answer))
        rows = worker.db.execute(
            "SELECT action, registration_id, from_workgroup, to_workgroup, persons, message_row, actor FROM audit "
            "WHERE action IN ('registered', 'moved') ORDER BY id").fetchall()
    finally:
        worker.db.close()
    assert rows == [("registered", 1, None, "AG1", 2, 1, "mailbot"), ("moved", 1, "AG1", "AG3", 2, 2, "mailbot")]
