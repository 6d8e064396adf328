"""mailbot.deliver against a real aiosmtpd server and a real folder."""

from __future__ import annotations

import pytest

from mailbot.config import load_config
from mailbot.deliver import FolderTransport, PermanentFailure, SmtpTransport, TemporaryFailure, open_transport
from mailbot.errors import LoginError
from servers import SMTP_OAUTH_TOKEN, free_port

SENDER = "mso-tag@muenster.example"


def mail(n: int = 1, extra_headers: str = "") -> bytes:
    return (
        f"From: MSO-Tag <{SENDER}>\r\nTo: person{n}@example.org\r\n{extra_headers}"
        f"Subject: =?utf-8?q?Best=C3=A4tigung?= {n}\r\nMessage-ID: <out{n}@muenster.example>\r\n"
        f"Auto-Submitted: auto-replied\r\n\r\nSie sind angemeldet.\r\n"
    ).encode()


@pytest.fixture
def transport(write_config):
    """Return a factory: transport(server, **smtp_extra) -> SmtpTransport, closed after the test."""
    made = []

    def make(server, **smtp_extra) -> SmtpTransport:
        config = load_config(write_config(smtp=server, smtp_extra=smtp_extra))
        made.append(SmtpTransport(config.smtp))
        return made[-1]

    yield make
    for t in made:
        t.close()


def test_send_delivers_to_exactly_the_given_recipient(smtpd, transport):
    hostile = "Cc: victim@example.net\r\nBcc: other@example.net, third@example.net\r\n"
    reply = transport(smtpd).send(SENDER, "person1@example.org", mail(1, hostile))
    assert reply.startswith("250 ")
    (got,) = smtpd.received
    assert got.mail_from == SENDER
    assert got.rcpt_tos == ["person1@example.org"]
    assert got.data.replace(b"\r\n", b"\n") == mail(1, hostile).replace(b"\r\n", b"\n")
    assert got.login == "mso-tag"


@pytest.mark.parametrize("recipient", [
    "a@example.org, b@example.org", "a@example.org\r\nRCPT TO:<b@example.org>", "Name <a@example.org>", "", "no-at-sign",
], ids=["two", "crlf", "display-name", "empty", "no-at"])
def test_anything_but_one_bare_address_is_refused(smtpd, transport, recipient):
    with pytest.raises(PermanentFailure, match="not a single email address"):
        transport(smtpd).send(SENDER, recipient, mail())
    assert smtpd.received == []


def test_one_connection_for_many_mails(smtpd, transport):
    t = transport(smtpd)
    for n in range(3):
        t.send(SENDER, f"person{n}@example.org", mail(n))
    assert len({r.peer for r in smtpd.received}) == 1
    assert [r.rcpt_tos for r in smtpd.received] == [[f"person{n}@example.org"] for n in range(3)]


@pytest.mark.parametrize(("code", "stage", "failure"), [
    (450, "data", TemporaryFailure), (450, "rcpt", TemporaryFailure), (421, "data", TemporaryFailure),
    (550, "data", PermanentFailure), (550, "rcpt", PermanentFailure),
], ids=["450-data", "450-rcpt", "421-data", "550-data", "550-rcpt"])
def test_refusals_carry_code_and_text_and_the_connection_recovers(smtpd, transport, code, stage, failure):
    t = transport(smtpd)
    smtpd.fail_next(1, code, "the server says no", stage=stage)
    with pytest.raises(failure) as info:
        t.send(SENDER, "person1@example.org", mail(1))
    assert info.value.code == code
    assert "the server says no" in info.value.text
    assert f"127.0.0.1:{smtpd.port}" in str(info.value)
    assert t.send(SENDER, "person2@example.org", mail(2)).startswith("250")  # next mail goes through
    assert [r.rcpt_tos for r in smtpd.received] == [["person2@example.org"]]


def test_server_down_is_a_temporary_failure(write_config, smtpd):
    config = load_config(write_config(smtp=smtpd, smtp_extra={"port": free_port()}))
    t = SmtpTransport(config.smtp)
    with pytest.raises(TemporaryFailure, match=f"127.0.0.1:{config.smtp.port}: cannot connect") as info:
        t.send(SENDER, "person1@example.org", mail())
    assert info.value.code is None
    t.close()


def test_wrong_password_is_a_login_error_without_the_password(smtpd, transport, monkeypatch):
    monkeypatch.setenv("WRONG_SMTP_PASSWORD", "wrong-secret-77")
    with pytest.raises(LoginError) as info:
        transport(smtpd, password_env="WRONG_SMTP_PASSWORD").send(SENDER, "person1@example.org", mail())
    assert "535" in str(info.value) and "wrong-secret-77" not in str(info.value)
    assert smtpd.received == []


def test_xoauth2(smtpd, transport):
    t = transport(smtpd, auth="xoauth2", token_command=f"echo {SMTP_OAUTH_TOKEN}")
    t.send(SENDER, "person1@example.org", mail())
    assert smtpd.received[0].login == "mso-tag"


def test_xoauth2_bad_token_is_a_login_error(smtpd, transport):
    with pytest.raises(LoginError, match="535"):
        transport(smtpd, auth="xoauth2", token_command="echo expired").send(SENDER, "p@example.org", mail())


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_verified_with_the_test_ca(smtpd_factory, transport, test_ca, security):
    server = smtpd_factory(mode=security)
    transport(server, security=security, ca_file=str(test_ca.ca_file)).send(SENDER, "p@example.org", mail())
    assert len(server.received) == 1


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_without_the_ca_fails_verification(smtpd_factory, transport, security):
    server = smtpd_factory(mode=security)
    with pytest.raises(TemporaryFailure, match="certificate verification failed"):
        transport(server, security=security).send(SENDER, "p@example.org", mail())
    assert server.received == []


def test_non_ascii_mail_is_sent_8bit(smtpd, transport):
    raw = mail().replace(b"Sie sind angemeldet.", "Sie sind angemeldet, Frau Öztürk.".encode())
    transport(smtpd).send(SENDER, "p@example.org", raw)
    assert "Öztürk".encode() in smtpd.received[0].data


# --- folder --------------------------------------------------------------------------


def test_folder_transport_writes_one_eml_per_mail(tmp_path):
    out = tmp_path / "outbox"
    t = FolderTransport(out)
    hostile = "Bcc: other@example.net\r\n"
    reply = t.send(SENDER, "person1@example.org", mail(1, hostile))
    t.send(SENDER, "person1@example.org", mail(1, hostile))  # the same mail twice: two files
    files = sorted(out.iterdir())
    assert [f.suffix for f in files] == [".eml", ".eml"]
    assert reply == f"250 {files[0].name}"
    content = files[0].read_bytes()
    assert content.startswith(f"Return-Path: <{SENDER}>\r\nDelivered-To: person1@example.org\r\n".encode())
    assert content.endswith(mail(1, hostile))
    with pytest.raises(PermanentFailure):
        t.send(SENDER, "a@example.org, b@example.org", mail())
    assert len(list(out.iterdir())) == 2  # no temp files left over


def test_open_transport_picks_smtp_or_folder(write_config, smtpd, tmp_path):
    assert isinstance(open_transport(load_config(write_config(smtp=smtpd))), SmtpTransport)
    folder = open_transport(load_config(write_config(outdir=tmp_path / "out")))
    assert isinstance(folder, FolderTransport) and folder.path == tmp_path / "out"
