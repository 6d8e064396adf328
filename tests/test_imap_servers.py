"""Every mail server a city runs (issue #14): Dovecot set up like Exchange, like Courier
(namespace "INBOX."), without MOVE; plus the pure rules that decide how mailbot works with each.

The servers are real Dovecots (tests/servers.py, FLAVOURS); nothing is mocked.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time

import pytest

from mailbot import store
from mailbot.config import load_config
from mailbot.fingerprint import fingerprint
from mailbot.mailbox import (
    FetchedMail, ImapMailbox, _fetched, choose_methods, server_folder_name, server_report, size_batches,
)
from mailbot.runner import RECONNECT_MAX, Server, reconnect_delay, run_once
from mailbot.stages.record import Recorder, stored_up_to
from test_end_to_end import MAILBOT, registration, rows

KEYWORD = "$MailbotHandled"


def without_message_id(raw: bytes) -> bytes:
    head, _, body = raw.partition(b"\n\n")
    kept = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
    return b"\n".join(kept) + b"\n\n" + body


def person_mail(n: int = 1) -> bytes:
    """Not a registration: a question a person keeps in the inbox."""
    return (f"From: Jana Roth <jana{n}@stadt.example>\r\nTo: mso-tag@muenster.example\r\n"
            f"Subject: Raumplanung {n}\r\nMessage-ID: <raum{n}@stadt.example>\r\n\r\n"
            "Liebe Kolleginnen, bitte den Saal fuer Freitag vormerken.\r\n").encode()


def wait_until(condition, timeout=15.0, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# --- pure rules ------------------------------------------------------------------------------


def test_capabilities_decide_move_keyword_and_waiting():
    full = choose_methods(["IMAP4rev1", "IDLE", "MOVE", "UIDPLUS"], ["\\Seen", "\\*"], keyword=KEYWORD,
                          move_to="Erledigt")
    assert (full.move, full.keyword, full.wait, full.expunge, full.notes) == ("MOVE", True, "IDLE", True, ())
    uidplus = choose_methods(["IMAP4rev1", "UIDPLUS"], ["\\*"], keyword=KEYWORD, move_to="Erledigt")
    assert (uidplus.move, uidplus.wait) == ("UIDPLUS", "poll")
    exchange = choose_methods(["IMAP4rev1", "NAMESPACE"], ["\\Deleted", "\\Seen"], keyword=KEYWORD,
                              move_to="Erledigt")
    assert (exchange.move, exchange.keyword, exchange.expunge) == ("keep", False, False)
    assert any("neither MOVE nor UIDPLUS" in note for note in exchange.notes)
    assert any("keeps no keywords" in note for note in exchange.notes)
    # a keyword listed by name is permanent too; without move_to nothing needs saying about moving
    named = choose_methods([], ["\\Seen", KEYWORD], keyword=KEYWORD, move_to=None)
    assert named.keyword and named.notes == ()


def test_folder_names_go_through_the_namespace():
    assert server_folder_name("Erledigt", "INBOX.", ".") == "INBOX.Erledigt"
    assert server_folder_name("INBOX.Erledigt", "INBOX.", ".") == "INBOX.Erledigt"
    assert server_folder_name("inbox.Erledigt", "INBOX.", ".") == "INBOX.Erledigt"
    assert server_folder_name("Archiv/2027", "INBOX.", ".") == "INBOX.Archiv.2027"
    assert server_folder_name("INBOX", "INBOX.", ".") == "INBOX"
    assert server_folder_name("Erledigt", "", "/") == "Erledigt"
    assert server_folder_name("Archiv/2027", "", "/") == "Archiv/2027"


def test_fetch_batches_hold_a_byte_budget_and_a_big_mail_comes_alone():
    mb = 1024 * 1024
    sizes = [(1, 8 * mb), (2, 8 * mb), (3, 8 * mb), (4, 50 * mb), (5, 1 * mb), (6, 1 * mb)]
    assert list(size_batches(sizes, max_count=100, max_bytes=20 * mb)) == [[1, 2], [3], [4], [5, 6]]
    assert list(size_batches(sizes, max_count=1, max_bytes=20 * mb)) == [[1], [2], [3], [4], [5], [6]]
    assert list(size_batches([], max_count=10)) == []


def test_reconnects_back_off_exponentially_with_jitter_up_to_a_few_minutes():
    assert reconnect_delay(1, rand=0) == 2.0
    assert reconnect_delay(2, rand=0) == 4.0
    assert reconnect_delay(3, rand=0.999) > 8.0
    assert reconnect_delay(50, rand=0) == RECONNECT_MAX
    assert 180 <= reconnect_delay(50, rand=0.999) <= 300  # a few minutes, never more than five
    assert len({round(reconnect_delay(6), 6) for _ in range(20)}) > 1  # jitter: not all alike


def test_fingerprint_is_stable_across_servers_and_differs_by_content():
    raw = without_message_id(registration())
    assert fingerprint(raw) == fingerprint(raw.replace(b"\n", b"\r\n"))  # CRLF on one server, LF on another
    assert fingerprint(raw) != fingerprint(raw.replace(b"Arbeitsgruppe 2", b"Arbeitsgruppe 3"))
    assert fingerprint(raw) != fingerprint(raw.replace(b"09:00:00", b"09:00:01"))
    assert fingerprint(b"") == fingerprint(b"")  # never raises on odd input


def test_a_nil_body_is_no_mail_and_the_folder_is_read_again_from_it():
    item = {b"BODY[]": None, b"FLAGS": (), b"RFC822.SIZE": 1200}
    assert _fetched(7, item).body_missing
    assert not _fetched(7, {**item, b"BODY[]": b"Subject: x\r\n\r\nok"}).body_missing
    batch = [FetchedMail(5, b"a"), FetchedMail(6, b"", body_missing=True), FetchedMail(7, b"b")]
    assert stored_up_to(batch) == 5
    assert stored_up_to(batch[:1] + batch[2:]) == 7


def test_a_nil_body_is_not_stored_as_a_mail(dovecot, smtpd, config_file):
    from mailbot.worker import PassResult, Worker

    config = load_config(config_file)
    worker = Worker(config)
    try:
        result = PassResult()
        Recorder(worker.context(), "INBOX", 1).store([FetchedMail(1, b"", body_missing=True),
                                                      FetchedMail(2, registration())], result)
        assert result.new == 1
        assert rows(config, "SELECT uid FROM messages") == [(2,)]
        assert store.last_uid(worker.db, "INBOX", 1) == 0  # UID 1 is asked for again next pass
    finally:
        worker.db.close()


def test_a_mail_that_vanishes_under_the_server_is_not_stored_empty(dovecot, smtpd, config_file):
    # Dovecot answers BODY[] NIL for a mail whose file went away after the folder was selected
    from pathlib import Path

    from mailbot.worker import PassResult, Worker

    first = dovecot.append(registration(msgid="<v1@verein-a.example>"))
    gone = dovecot.append(person_mail(7))
    last = dovecot.append(registration(sender="Ali Demir <ali@verein-b.example>", msgid="<v3@verein-a.example>"))
    config = load_config(config_file)
    worker = Worker(config)
    box = ImapMailbox(config.imap)
    box.open()
    try:
        (file,) = [f for f in (dovecot.run_dir / "mail" / dovecot.user).glob("*/*")
                   if b"Raumplanung 7" in Path(f).read_bytes()]
        Path(file).unlink()
        result = PassResult()
        worker.fetch_and_handle(box, result)
    finally:
        box.close()
        worker.db.close()
    assert result.new == 2
    assert rows(config, "SELECT uid FROM messages ORDER BY uid") == [(first,), (last,)]
    assert rows(config, "SELECT min(size) FROM messages") > [(0,)]
    assert rows(config, "SELECT max(last_uid) FROM mailbox_state") == [(gone - 1,)]  # read again from there
    again = run_once(config)  # the server has noticed the loss: nothing new, nothing twice
    assert again.new == 0 and again.errors == []
    assert rows(config, "SELECT max(last_uid) FROM mailbox_state") == [(last,)]


# --- moving: never a plain EXPUNGE ----------------------------------------------------------


@pytest.mark.parametrize("dovecot", ["standard", "nomove", "exchange"], indirect=True)
def test_move_to_never_removes_a_mail_mailbot_did_not_handle(dovecot, smtpd, write_config):
    # a person flagged their own mail \Deleted (e.g. Outlook without "purge on delete"): it stays
    theirs = dovecot.append(person_mail(), flags=[b"\\Deleted"])
    ours = dovecot.append(registration())
    config = load_config(write_config(dovecot, smtpd, imap_extra={"move_to": "Erledigt"}))

    result = run_once(config)
    again = run_once(config)

    assert result.errors == [] and again.errors == []
    assert theirs in dovecot.uids("INBOX")
    assert "\\Deleted" in dovecot.flags(theirs)
    if dovecot.flavour == "exchange":  # neither MOVE nor UIDPLUS: the handled mail stays where it is
        assert dovecot.uids("INBOX") == [theirs, ours]
        assert dovecot.uids("Erledigt") == []
        # said once (two passes), in the coordinator's log too
        notes = rows(config, "SELECT detail FROM audit WHERE action = 'imap' ORDER BY id")
        assert len(notes) == 2 and "neither MOVE nor UIDPLUS" in notes[0][0] and "keeps no keywords" in notes[1][0]
    else:
        assert dovecot.uids("INBOX") == [theirs]
        (moved,) = dovecot.uids("Erledigt")
        assert KEYWORD in dovecot.flags(moved, "Erledigt")
    assert len(smtpd.received) == 1  # no answer twice


@pytest.mark.parametrize("dovecot", ["exchange"], indirect=True)
def test_delete_without_uidplus_flags_and_never_expunges(dovecot, write_config):
    theirs = dovecot.append(person_mail(), flags=[b"\\Deleted"])
    erased = dovecot.append(registration())
    box = ImapMailbox(load_config(write_config(dovecot)).imap)
    box.open()
    try:
        box.delete([erased])
    finally:
        box.close()
    assert dovecot.uids("INBOX") == [theirs, erased]
    assert "\\Deleted" in dovecot.flags(erased)


# --- folders through the namespace ----------------------------------------------------------


@pytest.mark.parametrize("dovecot", ["namespace"], indirect=True)
def test_move_to_and_sent_folder_work_on_an_inbox_namespace(dovecot, smtpd, write_config):
    other = dovecot.append(person_mail())
    dovecot.append(registration())
    config = load_config(write_config(dovecot, smtpd, imap_extra={"move_to": "Erledigt",
                                                                   "sent_folder": "Gesendet"}))
    result = run_once(config)
    # copies trail delivery by up to one pass (stages/mark.copy_sent: on a loaded machine the delivery thread
    # may still be sending when the pass copies); the next pass copies what is left, and sends nothing again
    assert run_once(config).errors == []

    assert result.errors == []
    assert dovecot.uids("INBOX") == [other]
    assert len(dovecot.uids("INBOX.Erledigt")) == 1
    assert len(dovecot.uids("INBOX.Gesendet")) == 1
    assert len(smtpd.received) == 1


@pytest.mark.parametrize("dovecot", ["namespace"], indirect=True)
def test_server_report_names_namespace_folders_and_methods(dovecot, write_config):
    config = load_config(write_config(dovecot, imap_extra={"move_to": "Erledigt"}))
    report = server_report(config.imap)
    assert report["namespace"] == {"prefix": "INBOX.", "separator": "."}
    assert report["folders"]["move_to"] == {"configured": "Erledigt", "server": "INBOX.Erledigt", "exists": False}
    assert report["methods"] == {"move": "MOVE", "keyword": True, "wait": "IDLE", "expunge": True}
    assert report["errors"] == [] and report["warnings"] == []
    assert dovecot.uids("INBOX.Erledigt") == []  # looking creates nothing
    assert server_report(config.imap, create=True)["folders"]["move_to"]["exists"]


@pytest.mark.parametrize("dovecot", ["exchange"], indirect=True)
def test_server_report_warns_what_an_exchange_like_server_lacks(dovecot, write_config):
    config = load_config(write_config(dovecot, imap_extra={"move_to": "Erledigt", "poll_seconds": 30}))
    report = server_report(config.imap)
    assert "IDLE" not in report["capabilities"] and "MOVE" not in report["capabilities"]
    assert report["methods"] == {"move": "keep", "keyword": False, "wait": "poll", "expunge": False}
    text = " ".join(report["warnings"])
    for fact in ("neither MOVE nor UIDPLUS", "keeps no keywords", "no IDLE", "every 30 s", "no UIDPLUS"):
        assert fact in text


def test_a_folder_that_cannot_be_made_fails_the_pass_with_one_line(dovecot, smtpd, write_config):
    dovecot.append(registration())
    path = write_config(dovecot, smtpd, imap_extra={"move_to": "~Erledigt"})  # Dovecot refuses a leading "~"
    done = subprocess.run([*MAILBOT, "run-once", "--config", str(path)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "'~Erledigt'" in lines[0]
    assert "cannot be created" in lines[0]
    report = server_report(load_config(path).imap, create=True)
    assert report["errors"] and "~Erledigt" in report["errors"][0]


# --- idempotence without Message-ID -----------------------------------------------------------


@pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)
def test_new_uidvalidity_with_a_mail_without_message_id_sends_nothing_twice(dovecot, smtpd, config_file):
    dovecot.append(without_message_id(registration()))
    config = load_config(config_file)
    first = run_once(config)
    assert first.sent == 1
    dovecot.change_uidvalidity()  # the inbox recreated: every mail comes again under a new UID

    second = run_once(config)
    third = run_once(config)

    assert second.new == 1 and second.outcomes["duplicate"] == 1
    assert third.new == 0
    assert len(smtpd.received) == 1
    assert rows(config, "SELECT count(*) FROM registrations") == [(1,)]
    if dovecot.flavour == "standard":  # the keyword is set again on the mail under its new UID
        (uid,) = dovecot.uids()
        assert KEYWORD in dovecot.flags(uid)


def test_a_recreated_inbox_with_a_mail_without_message_id_sends_nothing_twice(dovecot, smtpd, config_file):
    raw = without_message_id(registration())
    dovecot.append(raw)
    config = load_config(config_file)
    assert run_once(config).sent == 1
    with dovecot.client() as c:  # the mailbox rebuilt by hand: mail removed, then put back (as CRLF)
        c.select_folder("INBOX")
        c.delete_messages(c.search("ALL"))
        c.expunge()
    dovecot.change_uidvalidity()
    dovecot.append(raw.replace(b"\n", b"\r\n"))

    again = run_once(config)

    assert again.new == 1 and again.outcomes["duplicate"] == 1
    assert len(smtpd.received) == 1


def test_keyword_is_set_again_after_a_uidvalidity_change(dovecot, smtpd, config_file):
    dovecot.append(registration())
    ignored = dovecot.append(person_mail())
    config = load_config(config_file)
    run_once(config)
    dovecot.change_uidvalidity()
    with dovecot.client() as c:  # as on a new server: the keyword did not come along
        c.select_folder("INBOX")
        c.remove_flags(c.search("ALL"), [KEYWORD])

    run_once(config)

    registered = [uid for uid in dovecot.uids() if uid != ignored]
    assert all(KEYWORD in dovecot.flags(uid) for uid in registered) and registered
    assert KEYWORD not in dovecot.flags(ignored)
    assert len(smtpd.received) == 1


# --- fetching in byte-bounded batches ---------------------------------------------------------


def test_fetch_new_keeps_each_fetch_within_the_byte_budget(dovecot, write_config):
    filler = b"x" * 300_000
    for n in range(4):
        dovecot.append(person_mail(n).replace(b"vormerken.", b"vormerken. " + filler))
    dovecot.append(person_mail(9).replace(b"vormerken.", b"vormerken. " + b"y" * 900_000))
    box = ImapMailbox(load_config(write_config(dovecot)).imap)
    box.open()
    try:
        batches = [[len(m.raw) > 800_000 for m in batch] for batch in box.fetch_new(0, 100, max_bytes=700_000)]
    finally:
        box.close()
    assert batches == [[False, False], [False, False], [True]]


# --- serve without IDLE -----------------------------------------------------------------------


class Serving:
    def __init__(self, config):
        self.stop = threading.Event()
        self.server = Server(config, self.stop)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()


@pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)
def test_serve_logs_in_once_and_waits_without_a_storm(dovecot, smtpd, write_config, caplog):
    caplog.set_level(logging.INFO)
    config = load_config(write_config(dovecot, smtpd, imap_extra={"poll_seconds": 1}))
    with Serving(config) as serving:
        # the first passes ran; the watcher waits (IDLE, or polls every second)
        wait_until(lambda: dovecot.logins() >= 2 and not serving.server._running, what="the first pass")
        time.sleep(0.5)
        settled = dovecot.logins()
        time.sleep(10)  # ten polls on the Exchange-like server
        quiet = dovecot.logins() - settled
        dovecot.append(registration())
        wait_until(lambda: len(smtpd.received) == 1, what="the answer")
        time.sleep(2)
    assert settled <= 3  # the watcher, the first pass and one more for mail that came meanwhile
    assert quiet == 0
    assert dovecot.logins() - settled <= 2  # the test's own APPEND and one pass for the new mail
    assert len(smtpd.received) == 1
    text = caplog.text
    assert "mailbox connection lost" not in text and "refused" not in text
    assert "maximum number of running instances" not in text
    if dovecot.flavour == "exchange":
        assert text.count("offers no IDLE") == 1


def test_serve_treats_a_refusal_as_a_refusal_and_backs_off(dovecot, smtpd, write_config, caplog):
    caplog.set_level(logging.INFO)
    config = load_config(write_config(dovecot, smtpd, imap_extra={"folder": "Anmeldungen"}))  # no such folder
    with Serving(config):
        time.sleep(7)
    lines = [r.getMessage() for r in caplog.records if "reconnecting in" in r.getMessage()]
    assert lines and all("refused us" in line for line in lines)
    assert "mailbox connection lost" not in caplog.text
    assert 1 <= len(lines) <= 3  # after 2-2.5 s, then 4-5 s more: no storm


def test_a_server_that_lets_us_in_and_then_refuses_is_not_knocked_on_every_2_s(
        dovecot, smtpd, write_config, caplog, monkeypatch):
    # the storm: login fine, then the wait refused at once (IDLE on Exchange). The backoff
    # must keep growing, because a connection that did not hold does not count as restored.
    from mailbot.errors import RefusedError

    def refuse(self, timeout, stop=None):
        raise RefusedError(f"{self.where}: IDLE failed: Unknown command")

    monkeypatch.setattr(ImapMailbox, "wait_for_news", refuse)
    caplog.set_level(logging.INFO)
    config = load_config(write_config(dovecot, smtpd))
    with Serving(config):
        time.sleep(12)
    waits = [r.getMessage() for r in caplog.records if "reconnecting in" in r.getMessage()]
    assert 2 <= len(waits) <= 4  # 2 s, 4 s, 8 s ...; resetting after each login would be 6
    delays = [int(w.rsplit(" ", 2)[-2]) for w in waits]
    assert all(later > earlier for earlier, later in zip(delays, delays[1:])), delays
    assert all("refused us" in w for w in waits)


# --- delivery summary -------------------------------------------------------------------------


def test_after_a_tls_failure_every_waiting_answer_is_counted(dovecot, smtpd_factory, write_config):
    tls = smtpd_factory(mode="starttls")
    for n in range(5):
        dovecot.append(registration(sender=f"Person {n} <p{n}@verein-a.example>", msgid=f"<t{n}@verein-a.example>"))
    config = load_config(write_config(dovecot, tls, smtp_extra={"security": "starttls"}))  # CA not trusted
    result = run_once(config)
    assert result.sent == 0 and "TLS certificate verification failed" in result.errors[0]
    assert result.summary() == "5 neue Mails: 5 angemeldet; 0 verschickt, 5 für einen neuen Versuch vorgemerkt"
    assert rows(config, "SELECT count(*) FROM outbox WHERE state = 'pending'") == [(5,)]


# --- [imap] poll_seconds ----------------------------------------------------------------------


def test_poll_seconds_defaults_to_a_minute_and_must_be_positive(write_config):
    from types import SimpleNamespace

    from mailbot.errors import ConfigError

    fake = SimpleNamespace(host="127.0.0.1", port=1143, user="mso-tag", password="imap-secret")
    assert load_config(write_config(fake)).imap.poll_seconds == 60.0
    assert load_config(write_config(fake, imap_extra={"poll_seconds": 15})).imap.poll_seconds == 15.0
    with pytest.raises(ConfigError) as info:
        load_config(write_config(fake, imap_extra={"poll_seconds": 0}))
    assert "[imap].poll_seconds: expected a positive number of seconds, got 0" in str(info.value)
    assert "\n" not in str(info.value)


# --- a real Courier-IMAP (skipped where .ci/run could not unpack it) ---------------------------


def test_courier_moves_by_uid_copy_and_expunge_into_its_inbox_namespace(courier, smtpd, write_config):
    theirs = courier.append(person_mail(), flags=[b"\\Deleted"])
    courier.append(registration())
    config = load_config(write_config(courier, smtpd, imap_extra={"move_to": "Erledigt",
                                                                   "sent_folder": "Gesendet"}))
    result = run_once(config)
    again = run_once(config)

    assert result.errors == [] and again.errors == [] and again.new == 0
    assert courier.uids("INBOX") == [theirs]  # the person's \Deleted mail is still there
    (moved,) = courier.uids("INBOX.Erledigt")
    assert KEYWORD in courier.flags(moved, "INBOX.Erledigt")
    assert len(courier.uids("INBOX.Gesendet")) == 1
    assert len(smtpd.received) == 1


def test_serve_answers_at_once_on_courier_idle(courier, smtpd, write_config):
    config = load_config(write_config(courier, smtpd))  # poll_seconds 60: only IDLE can be this quick
    with Serving(config) as serving:
        wait_until(lambda: not serving.server._running, what="the first pass")
        time.sleep(1.5)
        started = time.monotonic()
        courier.append(registration())
        wait_until(lambda: len(smtpd.received) == 1, what="the answer")
        assert time.monotonic() - started < 10
