"""Small helpers shared by the generators of the held-out mail sets (standard library only)."""

from __future__ import annotations

import json
import zlib
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

POLICY = default.clone(refold_source="none")
FIELDS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


class MailSet:
    """Collects (file name → message, expected record) and writes mails/ and expected.json."""

    def __init__(self, us: str, date: str):
        self.us, self.date = us, date
        self.items: dict[str, tuple[object, dict]] = {}

    def message(self, frm, subject, headers=(), to=None):
        m = EmailMessage(policy=POLICY)
        m["From"] = frm
        m["To"] = to or self.us
        m["Subject"] = subject
        m["Date"] = self.date
        m["Message-ID"] = f"<{zlib.crc32((frm + subject).encode())}@general.example>"
        for k, v in headers:
            m[k] = v
        return m

    def plain(self, frm, subject, text, headers=(), charset="utf-8", cte="quoted-printable"):
        m = self.message(frm, subject, headers)
        m.set_content(text, charset=charset, cte=cte)
        return m

    def html(self, frm, subject, html, headers=()):
        m = self.message(frm, subject, headers)
        m.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        return m

    def both(self, frm, subject, text, headers=()):
        """multipart/alternative as Gmail sends it."""
        m = self.message(frm, subject, headers)
        m.set_content(text)
        m.add_alternative("<div dir=\"ltr\">" + text.replace("\n", "<br>\n") + "</div>", subtype="html")
        m.set_boundary(f"alt-{zlib.crc32(text.encode()):08x}")  # deterministic output
        return m

    def add(self, file_slug, msg, **expected):
        record = dict.fromkeys(FIELDS)
        record["workgroups"] = []
        record.update(expected)
        self.items[file_slug] = (msg, record)

    def write(self, folder: Path) -> None:
        mails = folder / "mails"
        mails.mkdir(parents=True, exist_ok=True)
        for old in mails.glob("*.eml"):
            old.unlink()
        expected = {}
        for i, (name, (msg, record)) in enumerate(self.items.items(), start=1):
            file = f"{i:03d}-{name}.eml"
            data = msg if isinstance(msg, bytes) else msg.as_bytes(policy=POLICY)
            (mails / file).write_bytes(data)
            expected[file] = record
        lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in expected.items()]
        (folder / "expected.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
