"""[retention] delete_imap: a forgotten person's mails are deleted on the IMAP server too."""

from __future__ import annotations

import os
import subprocess
import sys

from mailbot.config import load_config
from mailbot.runner import run_once
from test_end_to_end import registration

RETENTION = """
[retention]
delete_imap = true
"""


def test_forget_deletes_the_persons_mails_on_the_server(dovecot, smtpd, write_config):
    path = write_config(dovecot, smtpd, extra=RETENTION)
    config = load_config(path)
    dovecot.append(registration())
    other = dovecot.append(registration(sender="Ivo Petrov <ivo.petrov@verein-b.example>",
                                        msgid="<reg-2@verein-b.example>",
                                        body="Hallo,\n\nich melde mich für AG 1 an.\n\nIvo Petrov\n"))
    run_once(config)

    done = subprocess.run([sys.executable, "-m", "mailbot", "forget", "--config", str(path),
                           "marta.lopes@verein-a.example"], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=60, input="y\n")
    assert done.returncode == 0, done.stderr
    run_once(config)

    assert dovecot.uids("INBOX") == [other]
