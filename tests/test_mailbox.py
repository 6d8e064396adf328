"""mailbot.mailbox against a real Dovecot (IMAP) and a real Maildir."""

from __future__ import annotations

import mailbox as stdlib_mailbox
import threading
import time

import pytest

from mailbot.config import load_config
from mailbot.errors import LoginError, ServerError
from mailbot.mailbox import ImapMailbox, MaildirMailbox, open_mailbox, uid_sets
from servers import IMAP_OAUTH_USER, IMAP_UMLAUT_PASSWORD, IMAP_UMLAUT_USER, free_port


def mail(n: int) -> bytes:
    return (
        f"From: Person {n} <p{n}@example.org>\r\nTo: mso-tag@muenster.example\r\n"
        f"Subject: Anmeldung {n}\r\nMessage-ID: <m{n}@example.org>\r\n\r\nIch komme zu AG {n}.\r\n"
    ).encode()


@pytest.fixture
def imap_box(write_config, dovecot):
    """Return a factory: imap_box(**imap_extra) -> an open ImapMailbox, closed after the test."""
    boxes = []

    def make(**imap_extra) -> ImapMailbox:
        imap_extra.setdefault("poll_seconds", 0.2)  # where the server offers no IDLE (the Exchange-like one)
        config = load_config(write_config(dovecot, imap_extra=imap_extra))
        box = ImapMailbox(config.imap)
        boxes.append(box)
        box.open()
        return box

    yield make
    for box in boxes:
        box.close()


def fetch_all(box, after_uid=0, batch_size=100):
    return [m for batch in box.fetch_new(after_uid, batch_size) for m in batch]


# --- reading -------------------------------------------------------------------------


def test_fetch_new_returns_only_uids_after_the_given_one(dovecot, imap_box):
    uids = [dovecot.append(mail(n)) for n in range(3)]
    box = imap_box()
    assert [m.uid for m in fetch_all(box)] == uids
    assert [m.uid for m in fetch_all(box, after_uid=uids[0])] == uids[1:]
    # "UID n:*" always matches the last mail; it must not come back
    assert fetch_all(box, after_uid=uids[-1]) == []
    assert fetch_all(box, after_uid=uids[-1] + 50) == []


def test_fetched_mail_has_raw_bytes_flags_date_and_size(dovecot, imap_box):
    uid = dovecot.append(mail(1), flags=[b"\\Flagged"])
    (got,) = fetch_all(imap_box())
    assert got.uid == uid
    assert got.raw == mail(1)
    assert "\\Flagged" in got.flags
    assert got.size == len(mail(1))
    assert got.internaldate.utcoffset().total_seconds() == 0
    assert abs(time.time() - got.internaldate.timestamp()) < 60


def test_fetch_new_yields_batches(dovecot, imap_box):
    for n in range(5):
        dovecot.append(mail(n))
    sizes = [len(batch) for batch in imap_box().fetch_new(0, batch_size=2)]
    assert sizes == [2, 2, 1]


def test_fetch_keeps_mails_unread(dovecot, imap_box):
    uid = dovecot.append(mail(1))
    fetch_all(imap_box())
    assert "\\Seen" not in dovecot.flags(uid)


def test_uidvalidity_is_the_servers_and_changes_with_it(dovecot, imap_box):
    dovecot.append(mail(1))
    box = imap_box()
    assert box.uidvalidity() == dovecot.uidvalidity()
    box.close()
    new = dovecot.change_uidvalidity()
    box.open()
    assert box.uidvalidity() == new


# --- changing ------------------------------------------------------------------------


def test_mark_handled_sets_keyword_and_leaves_unread(dovecot, imap_box):
    handled, other = dovecot.append(mail(1)), dovecot.append(mail(2))
    imap_box().mark_handled([handled])
    assert dovecot.flags(handled) >= {"$MailbotHandled"}
    assert "\\Seen" not in dovecot.flags(handled)
    assert "$MailbotHandled" not in dovecot.flags(other)


def test_mark_handled_moves_to_folder_and_creates_it(dovecot, imap_box):
    handled, other = dovecot.append(mail(1)), dovecot.append(mail(2))
    imap_box(move_to="Erledigt").mark_handled([handled])
    assert dovecot.uids() == [other]
    (moved,) = dovecot.uids("Erledigt")
    assert "$MailbotHandled" in dovecot.flags(moved, "Erledigt")
    assert "\\Seen" not in dovecot.flags(moved, "Erledigt")


def test_uid_sets_are_ranges_in_bounded_commands():
    assert list(uid_sets([5, 3, 4, 9, 1, 10, 11, 4])) == ["1,3:5,9:11"]
    assert list(uid_sets(range(1, 8), per_command=3)) == ["1:3", "4:6", "7"]
    assert list(uid_sets([])) == []
    # 20,000 handled mails never make one over-long command line (Dovecot allows 64 kB)
    assert all(len(s) < 4000 for s in uid_sets(range(1, 40_000, 2)))


def test_many_mails_are_marked_and_moved_in_several_commands(dovecot, imap_box, monkeypatch):
    import mailbot.mailbox as mailbox_module

    monkeypatch.setattr(mailbox_module, "UIDS_PER_COMMAND", 3)
    uids = [dovecot.append(mail(n)) for n in range(8)]
    handled = uids[:3] + uids[4:]  # a gap: one mail is left alone
    imap_box(move_to="Erledigt").mark_handled(handled)
    assert dovecot.uids() == [uids[3]]
    moved = dovecot.uids("Erledigt")
    assert len(moved) == 7 and all("$MailbotHandled" in dovecot.flags(u, "Erledigt") for u in moved)


def test_delete_removes_only_the_given_mails(dovecot, imap_box):
    gone, kept = dovecot.append(mail(1)), dovecot.append(mail(2))
    imap_box().delete([gone])
    assert dovecot.uids() == [kept]


def test_append_sent_puts_a_read_copy_in_the_sent_folder(dovecot, imap_box):
    assert imap_box().append_sent(mail(9)) is False  # no sent_folder configured
    assert imap_box(sent_folder="Gesendet").append_sent(mail(9)) is True
    (uid,) = dovecot.uids("Gesendet")
    assert "\\Seen" in dovecot.flags(uid, "Gesendet")


# --- IDLE (or polling, on the Exchange-like server without IDLE) -----------------------

WITH_AND_WITHOUT_IDLE = pytest.mark.parametrize("dovecot", ["standard", "exchange"], indirect=True)


@WITH_AND_WITHOUT_IDLE
def test_idle_wakes_up_when_mail_arrives(dovecot, imap_box):
    box = imap_box()
    timer = threading.Timer(0.3, dovecot.append, [mail(1)])
    timer.start()
    started = time.monotonic()
    try:
        assert box.wait_for_news(timeout=15) is True
    finally:
        timer.join()
    assert time.monotonic() - started < 5
    assert len(fetch_all(box)) == 1  # the connection is usable after IDLE


@WITH_AND_WITHOUT_IDLE
def test_idle_returns_false_on_timeout(dovecot, imap_box):
    box = imap_box()
    started = time.monotonic()
    assert box.wait_for_news(timeout=1.0) is False
    assert 0.9 < time.monotonic() - started < 3


@WITH_AND_WITHOUT_IDLE
def test_idle_stops_within_a_second_when_asked(dovecot, imap_box):
    box = imap_box()
    timer = threading.Timer(0.2, box.stop.set)
    timer.start()
    started = time.monotonic()
    assert box.wait_for_news(timeout=60) is False
    timer.join()
    assert time.monotonic() - started < 1.5


@WITH_AND_WITHOUT_IDLE
def test_idle_reports_a_dropped_connection(dovecot, imap_box):
    box = imap_box()
    timer = threading.Timer(0.3, dovecot.stop)
    timer.start()
    with pytest.raises(ServerError, match=f"127.0.0.1:{dovecot.port}"):
        box.wait_for_news(timeout=20)
    timer.join()
    box.close()  # safe after the drop
    box.close()


# --- connecting ----------------------------------------------------------------------


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_with_the_test_ca(dovecot, imap_box, test_ca, security):
    dovecot.append(mail(1))
    port = dovecot.tls_port if security == "ssl" else dovecot.port
    box = imap_box(security=security, port=port, ca_file=str(test_ca.ca_file))
    assert len(fetch_all(box)) == 1


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_without_the_ca_fails_verification(dovecot, imap_box, security):
    port = dovecot.tls_port if security == "ssl" else dovecot.port
    with pytest.raises(ServerError, match=f"127.0.0.1:{port}: .*certificate verification failed"):
        imap_box(security=security, port=port)


def test_wrong_password_is_a_login_error_without_the_password(dovecot, imap_box, monkeypatch):
    monkeypatch.setenv("WRONG_PASSWORD", "wrong-secret-123")
    with pytest.raises(LoginError) as info:
        imap_box(password_env="WRONG_PASSWORD")
    message = str(info.value)
    assert f"127.0.0.1:{dovecot.port}" in message and "'mso-tag'" in message
    assert "wrong-secret-123" not in message


def test_non_ascii_password_logs_in(imap_box, monkeypatch):
    monkeypatch.setenv("UMLAUT_PASSWORD", IMAP_UMLAUT_PASSWORD)
    imap_box(username=IMAP_UMLAUT_USER, password_env="UMLAUT_PASSWORD")


def test_xoauth2_login_with_token_command(dovecot, imap_box):
    uid = dovecot.append(mail(1), user=IMAP_OAUTH_USER)
    box = imap_box(auth="xoauth2", username=IMAP_OAUTH_USER, token_command="echo ya29.test-token")
    assert [m.uid for m in fetch_all(box)] == [uid]


def test_unreachable_port_is_a_server_error(imap_box):
    port = free_port()
    with pytest.raises(ServerError, match=f"^IMAP server 127.0.0.1:{port}: cannot connect"):
        imap_box(port=port)


def test_connections_are_closed(dovecot, write_config):
    # Dovecot allows 10 connections per user and IP: a leak fails by the 11th open
    config = load_config(write_config(dovecot))
    for _ in range(15):
        with open_mailbox(config) as box:
            assert box.uidvalidity() > 0


# --- Maildir -------------------------------------------------------------------------


@pytest.fixture
def maildir(tmp_path):
    box = stdlib_mailbox.Maildir(tmp_path / "Maildir", create=True)
    yield box
    box.close()


def test_maildir_fetches_new_mails_in_delivery_order(maildir, tmp_path):
    keys = [maildir.add(mail(n)) for n in range(3)]
    with MaildirMailbox(tmp_path / "Maildir") as box:
        got = fetch_all(box)
        assert [m.raw for m in got] == [mail(n) for n in range(3)]
        assert [m.uid for m in got] == [1, 2, 3]
        assert fetch_all(box, after_uid=3) == []
        validity = box.uidvalidity()
    maildir.remove(keys[0])
    maildir.add(mail(3))
    with MaildirMailbox(tmp_path / "Maildir") as box:  # stable across runs
        assert box.uidvalidity() == validity
        assert [m.uid for m in fetch_all(box)] == [2, 3, 4]
        assert [m.uid for m in fetch_all(box, after_uid=3)] == [4]


def test_maildir_mark_handled_moves_to_cur_unread(maildir, tmp_path):
    key = maildir.add(mail(1))
    with MaildirMailbox(tmp_path / "Maildir") as box:
        (got,) = fetch_all(box)
        box.mark_handled([got.uid])
        assert [m.uid for m in fetch_all(box)] == [got.uid]  # same uid after the move
    maildir._refresh()
    message = maildir.get_message(key)
    assert message.get_subdir() == "cur"
    assert "S" not in message.get_flags()


def test_maildir_delete(maildir, tmp_path):
    maildir.add(mail(1))
    maildir.add(mail(2))
    with MaildirMailbox(tmp_path / "Maildir") as box:
        box.delete([1])
        assert [m.raw for m in fetch_all(box)] == [mail(2)]
        assert box.append_sent(mail(3)) is False


def test_maildir_wait_for_news(maildir, tmp_path):
    with MaildirMailbox(tmp_path / "Maildir", poll_interval=0.1) as box:
        assert box.wait_for_news(timeout=0.3) is False
        timer = threading.Timer(0.2, maildir.add, [mail(1)])
        timer.start()
        assert box.wait_for_news(timeout=10) is True
        timer.join()
        fetch_all(box)
        assert box.wait_for_news(timeout=0.2) is False  # known mails are no news


def test_open_mailbox_picks_the_backend(maildir_config_file, config_file):
    with open_mailbox(load_config(maildir_config_file)) as box:
        assert isinstance(box, MaildirMailbox)
    with open_mailbox(load_config(config_file)) as box:
        assert isinstance(box, ImapMailbox)


@WITH_AND_WITHOUT_IDLE
def test_idle_reports_mail_that_came_after_the_last_fetch(dovecot, imap_box):
    box = imap_box()
    dovecot.append(mail(1))
    fetch_all(box)
    dovecot.append(mail(2))  # lands between the fetch and the IDLE
    box.mark_handled([1])    # another command in between, as in a real pass
    started = time.monotonic()
    assert box.wait_for_news(timeout=5) is True
    assert time.monotonic() - started < 1


@WITH_AND_WITHOUT_IDLE
def test_a_watching_connection_reports_each_mail_once(dovecot, imap_box):
    watcher = imap_box()  # like serve: IDLE on a connection that never fetches
    timer = threading.Timer(0.2, dovecot.append, [mail(1)])
    timer.start()
    assert watcher.wait_for_news(timeout=10) is True
    timer.join()
    assert watcher.wait_for_news(timeout=1) is False
    dovecot.append(mail(2))
    assert watcher.wait_for_news(timeout=10) is True
    assert watcher.wait_for_news(timeout=1) is False


def test_maildir_watcher_and_worker_agree_on_uids(maildir, tmp_path):
    with MaildirMailbox(tmp_path / "Maildir", poll_interval=0.05) as watcher, \
            MaildirMailbox(tmp_path / "Maildir") as worker:
        maildir.add(mail(1))
        assert watcher.wait_for_news(timeout=5) is True
        assert watcher.wait_for_news(timeout=0.2) is False  # each mail is news once
        maildir.add(mail(2))
        assert [(m.uid, m.raw) for m in fetch_all(worker)] == [(1, mail(1)), (2, mail(2))]
        assert watcher.wait_for_news(timeout=0.2) is False  # the worker has it already
