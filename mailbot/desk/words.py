"""Everything the coordinator reads, in their language: one dict per language, looked up by key.

`[coordinator].language` picks the dict (de by default: the coordinator is city staff
in Münster). Participants' notices do not come from here; they keep each person's
own language (templates/<lang>/). A key missing in one language falls back to the
German text, so a half-translated line never becomes a KeyError in front of someone.
"""

from __future__ import annotations

LANGUAGES = ("de", "en")

_DE: dict[str, str] = {
    # status
    "col.workgroup": "AG", "col.title": "Titel", "col.confirmed": "Bestätigt", "col.waitlisted": "Warteliste",
    "col.free": "Frei", "col.review": "Prüfen", "total": "Gesamt", "no_workgroup": "(ohne AG)",
    "footer.review": "Zu prüfen: {n}", "footer.review_hint": "  (siehe: mailbot review)",
    "footer.outbox": "Postausgang: {pending} wartend, {failed} fehlgeschlagen",
    "footer.last_read": "Postfach zuletzt gelesen: {when}", "never": "noch nie",
    # review
    "review.none": "Nichts zu prüfen.", "review.count": "{n} Eintrag/Einträge zu prüfen.",
    "review.registration": "Anmeldung", "review.mail": "Mail", "review.since": "seit",
    "review.unknown_sender": "(Absender unbekannt)",
    "review.understood": "  Verstanden: ", "review.workgroup": "  AG:         ",
    "review.reasons": "  Gründe:     ", "review.subject": "  Betreff:    ", "review.resolve": "  Lösen:      ",
    "review.no_reasons": "(keine angegeben)", "review.no_text": "(kein Text)",
    "review.unreadable": "(der Mailtext ließ sich nicht lesen)",
    "understood.kind": "Art", "understood.workgroups": "AGs", "understood.party_size": "Personen",
    "understood.organisation": "Organisation", "understood.language": "Sprache",
    "hint.dismiss": "mailbot dismiss {id}  (keine Anmeldung; ggf. im Mailprogramm beantworten)",
    "hint.accept": "mailbot accept {id}  (echt: bearbeiten und antworten)",
    # resolutions
    "resolved": "Anmeldung {id}: {summary}; jetzt {status}{where}",
    "where": " in {wg}", "queued": "  in der Warteschlange: {what}",
    "dismissed": "Mail {id} abgelegt (keine Anmeldung).",
    "accepted": "Mail {id} angenommen: {summary}",
    "accepted.reg": "; Anmeldung {reg} ist jetzt {status}{where}",
    "accepted.queued": "; in der Warteschlange: {what} (geht beim nächsten Durchlauf raus)",
    "notice.to": "{kind} an {to}",
    "status.confirmed": "bestätigt", "status.waitlisted": "auf der Warteliste", "status.cancelled": "abgesagt",
    "status.needs_review": "zu prüfen",
    # export
    "export.written": "{n} Anmeldung(en) in {file} geschrieben",
    "export.xlsx_needs_file": "--format xlsx braucht eine Datei: -o DATEI.xlsx angeben",
    "head.id": "Nr.", "head.name": "Name", "head.email": "E-Mail", "head.organisation": "Organisation",
    "head.party_size": "Personen", "head.workgroup": "AG", "head.workgroup_title": "AG-Titel",
    "head.status": "Stand", "head.language": "Sprache",
    "head.registered_at": "Angemeldet am",
    # run-once
    "busy": "Ein anderer mailbot-Durchlauf arbeitet auf dieser Datenbank; nichts zu tun.",
    # progress bars
    "progress.pass": "Mails", "progress.export": "Export", "progress.purge": "Löschen",
    # check
    "check.ok": "OK", "check.failed": "FEHLER", "check.fix": "Abhilfe",
    "check.all_ok": "Alle {n} Prüfungen bestanden.", "check.some_failed": "{n} von {total} Prüfungen fehlgeschlagen.",
    # backup
    "backup.done": "Sicherung geschrieben: {dest} ({size} Bytes, Integritätsprüfung ok)",
    # browse
    "browse.open": "Datasette läuft. Öffnen Sie diese Adresse (nur auf diesem Rechner, Strg+C beendet):",
}

_EN: dict[str, str] = {
    "col.workgroup": "WG", "col.title": "Title", "col.confirmed": "Confirmed", "col.waitlisted": "Waitlisted",
    "col.free": "Free", "col.review": "Review", "total": "Total", "no_workgroup": "(no workgroup)",
    "footer.review": "Waiting for review: {n}", "footer.review_hint": "  (see: mailbot review)",
    "footer.outbox": "Outbox: {pending} waiting to be sent, {failed} failed",
    "footer.last_read": "Mailbox last read: {when}", "never": "never",
    "review.none": "Nothing to review.", "review.count": "{n} item(s) to review.",
    "review.registration": "Registration", "review.mail": "Mail", "review.since": "since",
    "review.unknown_sender": "(unknown sender)",
    "review.understood": "  Understood: ", "review.workgroup": "  Workgroup:  ",
    "review.reasons": "  Reasons:    ", "review.subject": "  Subject:    ", "review.resolve": "  Resolve:    ",
    "review.no_reasons": "(none given)", "review.no_text": "(no text)",
    "review.unreadable": "(the mail text could not be read)",
    "understood.kind": "kind", "understood.workgroups": "workgroups", "understood.party_size": "party size",
    "understood.organisation": "organisation", "understood.language": "language",
    "hint.dismiss": "mailbot dismiss {id}  (not a registration; answer it in your mail program if needed)",
    "hint.accept": "mailbot accept {id}  (it is genuine: handle it and answer)",
    "resolved": "Registration {id}: {summary}; now {status}{where}",
    "where": " in {wg}", "queued": "  queued: {what}",
    "dismissed": "Mail {id} dismissed.",
    "accepted": "Mail {id} accepted: {summary}",
    "accepted.reg": "; registration {reg} is now {status}{where}",
    "accepted.queued": "; queued: {what} (sent at the next pass)",
    "notice.to": "{kind} to {to}",
    "status.confirmed": "confirmed", "status.waitlisted": "waitlisted", "status.cancelled": "cancelled",
    "status.needs_review": "needs_review",
    "export.written": "{n} registration(s) written to {file}",
    "export.xlsx_needs_file": "--format xlsx needs a file: add -o FILE.xlsx",
    "head.id": "id", "head.name": "name", "head.email": "email", "head.organisation": "organisation",
    "head.party_size": "party_size", "head.workgroup": "workgroup", "head.workgroup_title": "workgroup_title",
    "head.status": "status", "head.language": "language",
    "head.registered_at": "registered_at",
    "busy": "Another mailbot pass is running on this database; nothing to do.",
    "progress.pass": "Mails", "progress.export": "Export", "progress.purge": "Purge",
    "check.ok": "OK", "check.failed": "FAILED", "check.fix": "fix",
    "check.all_ok": "All {n} checks passed.", "check.some_failed": "{n} of {total} checks failed.",
    "backup.done": "Backup written: {dest} ({size} bytes, integrity check ok)",
    "browse.open": "Datasette is running. Open this address (on this computer only; Ctrl+C stops it):",
}

CATALOGUE: dict[str, dict[str, str]] = {"de": _DE, "en": _EN}


def say(language: str, key: str, **values) -> str:
    """The text for `key` in `language` (German when the language or the key is unknown), filled in."""
    table = CATALOGUE.get(language, _DE)
    return table.get(key, _DE[key]).format(**values)


def words_for(config):
    """A `say` bound to the coordinator's language from the config."""
    language = getattr(getattr(config, "coordinator", None), "language", "de")
    return lambda key, **values: say(language, key, **values)
