"""Print what the demo did: the registrations, the log of each mail, and the answers sent."""

import sqlite3
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

from mailbot.config import load_config


def main(config_path: str) -> None:
    config = load_config(config_path)
    db = sqlite3.connect(config.database_path)
    print("Registrations (table `registrations`):")
    rows = db.execute("SELECT id, name, organisation, workgroup, party_size, status, language "
                      "FROM registrations ORDER BY id").fetchall()
    for rid, name, org, workgroup, size, status, lang in rows:
        org = f" ({org})" if org else ""
        print(f"  #{rid} {name}{org} -> {workgroup or 'no workgroup yet'}, {size} person(s), {status}, "
              f"answers in {lang}")
    print("\nEvery mail in the mailbox (table `messages`):")
    for sender, subject, kind, state, error in db.execute(
            "SELECT sender, subject, kind, state, error FROM messages ORDER BY id"):
        print(f"  {sender}: {subject!r} -> {kind}, {state}" + (f" ({error})" if error else ""))
    print("\nMails read from an attached form, Word file or business card (table `audit`):")
    for detail, in db.execute("SELECT detail FROM audit WHERE action = 'parsed' AND detail LIKE '%read from attachment%' "
                              "ORDER BY id"):
        print(f"  {detail}")
    sent = sorted(Path(config.outdir).glob("*.eml")) if config.outdir else []
    print(f"\n{len(sent)} answers written to {config.outdir}/:")
    for path in sent:
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        body = msg.get_body(preferencelist=("plain",))
        print("\n" + "=" * 72)
        print(f"To: {msg['To']}\nSubject: {msg['Subject']}\n")
        print(body.get_content().strip() if body else "(no text part)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo/config.toml")
