"""A person's plain-text mail to the MSO-Tag address, for the tests that parse whole mails (plain values)."""

from __future__ import annotations

from pathlib import Path

from mailbot.config import Config, load_config

CLOSING = "\n\nViele Grüße\nAnna Beispiel\n"
SENDER = "Anna Beispiel <anna@beispiel.example>"


def mail(body: str, subject: str = "Anmeldung", closing: str = CLOSING, sender: str = SENDER,
         headers: str = "") -> bytes:
    """`headers`: more header lines, each ending in a line break ("In-Reply-To: <…>\\n")."""
    return (
        f"From: {sender}\nTo: mso-tag@muenster.example\nSubject: {subject}\n"
        f"Message-ID: <test@beispiel.example>\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}{closing}"
    ).encode()


def workgroup_rows(rows, label: str = "Forum {n}") -> str:
    """[[workgroups]] tables for (id, title, aliases as TOML list items) rows; `label` may use {n} and {id}."""
    return "".join(
        f'\n[[workgroups]]\nid = "{i}"\ntitle = "{t}"\ncapacity = 20\naliases = [{a}]\n'
        f'label = "{label.format(n=n, id=i)}"\n'
        for n, (i, t, a) in enumerate(rows, start=1))


def event_config(tmp: Path, workgroups: str, name: str = "Fachtag Arbeit 2027") -> Config:
    """A one-day event's config in `tmp` with these workgroup tables (see workgroup_rows)."""
    path = tmp / "config.toml"
    path.write_text(f"""\
[event]
name = "{name}"
starts = 2027-05-08T10:00:00
ends = 2027-05-08T16:00:00
timezone = "Europe/Berlin"
venue = "Rathaus"
registration_address = "fachtag@stadt.example"
registration_deadline = 2027-05-01T23:59:00
capacity = 100
reminders = ["1d"]
{workgroups}
[maildir]
path = "{tmp / 'Maildir'}"

[outdir]
path = "{tmp / 'out'}"

[database]
path = "{tmp / 'mailbot.db'}"
""", encoding="utf-8")
    return load_config(path)
