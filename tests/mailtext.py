"""A person's plain-text mail to the MSO-Tag address, for the tests that parse whole mails (plain values)."""

from __future__ import annotations

CLOSING = "\n\nViele Grüße\nAnna Beispiel\n"
SENDER = "Anna Beispiel <anna@beispiel.example>"


def mail(body: str, subject: str = "Anmeldung", closing: str = CLOSING, sender: str = SENDER,
         headers: str = "") -> bytes:
    """`headers`: more header lines, each ending in a line break ("In-Reply-To: <…>\\n")."""
    return (
        f"From: {sender}\nTo: mso-tag@muenster.example\nSubject: {subject}\n"
        f"Message-ID: <test@beispiel.example>\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}{closing}"
    ).encode()
