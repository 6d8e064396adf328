"""Data protection that touches only the person (issue #12, points 6, 7 and 12).

Two people with the same full name register through the real pipeline (Maildir
and the output folder; Dovecot and aiosmtpd where the IMAP folders matter).
export-person and forget must select by address and registration, never by the
name alone; name spellings are offered for confirmation; copies in move_to, the
Sent folder and the output folder are erased too, and forget says so.
"""

from __future__ import annotations

import json
import mailbox
import sqlite3
from pathlib import Path

from test_desk_support import run
from test_end_to_end import registration

from mailbot.config import load_config
from mailbot.runner import run_once

ALI_A = "ali.kaya@verein-a.example"
ALI_B = "ali.kaya@verein-b.example"


def rows(config, sql, params=()):
    db = sqlite3.connect(config.database_path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def file_bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def two_namesakes(config):
    box = mailbox.Maildir(config.maildir)
    box.add(registration(sender=f"Ali Kaya <{ALI_A}>", msgid="<a@verein-a.example>",
                         body="Hallo,\n\nich melde mich für AG 1 an.\n\nAli Kaya\nVerein A\n"))
    box.add(registration(sender=f"Ali Kaya <{ALI_B}>", msgid="<b@verein-b.example>",
                         body="Hallo,\n\nich melde mich für AG 2 an.\n\nAli Kaya\nVerein B\n"))
    result = run_once(config)
    assert result.errors == [] and result.sent == 2


def test_export_person_shows_one_namesake_nothing_of_the_other(maildir_config_file):
    config = load_config(maildir_config_file)
    two_namesakes(config)
    result = run(maildir_config_file, "export-person", ALI_A)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(r["email"], r["workgroup"]) for r in data["registrations"]] == [(ALI_A, "AG1")]
    assert [m["sender"] for m in data["messages"]] == [ALI_A]
    assert [o["to_addr"] for o in data["outbox"]] == [ALI_A]
    assert "verein-b" not in result.stdout and "Verein B" not in result.stdout


def test_forget_erases_one_namesake_and_keeps_the_other(maildir_config_file):
    config = load_config(maildir_config_file)
    two_namesakes(config)
    outdir = Path(config.outdir)
    b_log = rows(config, "SELECT id, detail FROM audit WHERE registration_id IN "
                         "(SELECT id FROM registrations WHERE email = ?) ORDER BY id", [ALI_B])
    assert len(list(outdir.glob("*.eml"))) == 2

    result = run(maildir_config_file, "forget", ALI_A)

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == f"1 Antwortdatei(en) im Ausgabeordner {outdir} gelöscht."
    assert rows(config, "SELECT email, workgroup FROM registrations") == [(ALI_B, "AG2")]
    assert rows(config, "SELECT sender FROM messages") == [(ALI_B,)]
    assert rows(config, "SELECT to_addr FROM outbox") == [(ALI_B,)]
    assert rows(config, "SELECT id, detail FROM audit WHERE registration_id IN "
                        "(SELECT id FROM registrations WHERE email = ?) ORDER BY id", [ALI_B]) == b_log
    (left,) = outdir.glob("*.eml")
    assert b"Delivered-To: " + ALI_B.encode() in left.read_bytes()
    assert b"verein-a" not in file_bytes(Path(config.database_path))


def test_forget_dry_run_lists_name_spellings_and_erases_them_only_when_confirmed(maildir_config_file):
    config = load_config(maildir_config_file)
    box = mailbox.Maildir(config.maildir)
    box.add(registration(sender="Jürgen Müller <jm@verein-a.example>", msgid="<j@verein-a.example>",
                         body="Hallo,\n\nich melde mich für AG 1 an.\n\nJürgen Müller\n"))
    # an old mailer: the name in a raw 8-bit Latin-1 header, and "Surname, First" typed without umlauts
    box.add(b"From: Kulturverein <info@kv.example>\r\nTo: mso-tag@muenster.example\r\n"
            b"Subject: Teilnehmer J\xfcrgen M\xfcller\r\nMessage-ID: <kv1@kv.example>\r\n"
            b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nWer kommt: Muller, Jurgen\r\n")
    box.add(b"From: Kulturverein <info@kv.example>\r\nTo: mso-tag@muenster.example\r\n"
            b"Subject: Frage\r\nMessage-ID: <kv2@kv.example>\r\n\r\nWann beginnt der Tag?\r\n")
    run_once(config)
    before = rows(config, "SELECT count(*) FROM messages")

    dry = run(maildir_config_file, "forget", "--dry-run", "jm@verein-a.example")

    assert dry.exit_code == 0, dry.output
    lines = dry.stdout.splitlines()
    assert lines[0] == ("Würde 1 Anmeldung(en), 1 Mail(s), 1 ausgehende Mail(s) löschen; "
                        "5 Protokolldetail(s) würden geleert.")
    assert lines[1] == "  Anmeldung 1: Jürgen Müller <jm@verein-a.example>, AG1, bestätigt"
    assert lines[2].startswith("  Mail 1: ") and lines[2].endswith(" von jm@verein-a.example: Anmeldung")
    assert lines[-2] == ("1 weitere Mail(s) nennen nur den Namen der Person (eine Namensgleiche?); hier "
                         "aufgelistet, gelöscht nur mit --with-name-matches:")
    assert lines[-1].startswith("  Mail 2: ") and "von info@kv.example" in lines[-1]
    assert rows(config, "SELECT count(*) FROM messages") == before  # a dry run erases nothing

    done = run(maildir_config_file, "forget", "--with-name-matches", "jm@verein-a.example")

    assert done.stdout.splitlines()[0].startswith("1 Anmeldung(en), 2 Mail(s), ")
    assert rows(config, "SELECT sender, subject FROM messages") == [("info@kv.example", "Frage")]
    content = file_bytes(Path(config.database_path))
    for needle in (b"M\xfcller", "Müller".encode(), b"Muller, Jurgen", b"jm@verein-a"):
        assert needle not in content, needle


def test_forget_with_move_to_deletes_in_move_to_and_the_sent_folder(dovecot, smtpd, write_config):
    path = write_config(dovecot, smtpd, imap_extra={"move_to": "Erledigt", "sent_folder": "Sent"},
                        extra="[retention]\ndelete_imap = true\n")
    config = load_config(path)
    dovecot.append(registration(sender=f"Ali Kaya <{ALI_A}>", msgid="<a@verein-a.example>"))
    dovecot.append(registration(sender=f"Ali Kaya <{ALI_B}>", msgid="<b@verein-b.example>"))
    run_once(config)
    run_once(config)  # Sent copies trail delivery by a pass
    assert len(dovecot.uids("Erledigt")) == 2 and len(dovecot.uids("Sent")) == 2

    result = run(path, "forget", ALI_A)

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "1 Mail(s) werden beim nächsten Durchlauf im Postfach gelöscht.",
        "Beim nächsten Durchlauf ebenfalls gelöscht, gefunden über die Message-ID: 1 in 'Erledigt', 1 in 'Sent'.",
    ]
    run_once(config)
    assert recipients_and_senders(dovecot, "Erledigt") == [f"Ali Kaya <{ALI_B}>"]
    assert recipients_and_senders(dovecot, "Sent") == [ALI_B]
    assert ("deleted on server", "1 of 1 erased mail(s) found in 'Erledigt'") in rows(
        config, "SELECT action, detail FROM audit")


def recipients_and_senders(dovecot, folder: str) -> list[str]:
    """From of the mails in move_to, To of the copies in Sent."""
    field = b"TO" if folder == "Sent" else b"FROM"
    with dovecot.client() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (" + field + b")]"]) if uids else {}
    return sorted(v[next(k for k in v if k.startswith(b"BODY"))].decode().split(":", 1)[1].strip()
                  for v in data.values())
