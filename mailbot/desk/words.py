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
    "kind.registration": "Anmeldung", "kind.change": "Änderung", "kind.cancellation": "Absage",
    "kind.question": "Frage", "kind.auto_reply": "automatische Antwort", "kind.bounce": "Unzustellbar",
    "kind.other": "Sonstiges",
    # decide's one-word summaries (decide.py run.done)
    "summary.registered": "angemeldet", "summary.waitlisted": "auf die Warteliste gesetzt",
    "summary.changed": "geändert", "summary.unchanged": "unverändert", "summary.cancelled": "abgesagt",
    "summary.review": "bleibt zu prüfen", "summary.ignored": "ignoriert", "summary.question": "Frage",
    "summary.bounce": "Unzustellbarkeitsmeldung", "summary.command": "Befehl beantwortet",
    "hint.dismiss": "mailbot dismiss {id}  (keine Anmeldung; ggf. im Mailprogramm beantworten)",
    "hint.accept": "mailbot accept {id}  (echt: bearbeiten und antworten)",
    "hint.answer": "schon bearbeitet und beantwortet; die Frage im Mailprogramm beantworten, dann mailbot dismiss {id}",
    "err.answered": "Mail {id} ist schon bearbeitet und beantwortet, nur ihre Frage ist offen: im Mailprogramm beantworten, dann mailbot dismiss {id}",
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
    # errors of the coordinator's commands (after "Error: ")
    "err.no_mail": "keine Mail {id} (siehe: mailbot review)",
    "err.no_registration": "keine Anmeldung {id} (siehe: mailbot review oder mailbot export)",
    "err.unknown_workgroup": "unbekannte AG {wg!r} (bekannt: {known})",
    "err.not_waiting": "Mail {id} wartet nicht auf Prüfung (Zustand {state}); siehe: mailbot review",
    "err.erased": "von Mail {id} ist kein Text mehr gespeichert (gelöscht)",
    "err.question": "Mail {id} ist eine Frage: im Mailprogramm beantworten, dann mailbot dismiss {id}",
    "err.nobody": "Mail {id} ist {kind} und hat niemanden zum Antworten: ablegen (mailbot dismiss {id})",
    # export
    "export.written": "{n} Anmeldung(en) in {file} geschrieben",
    "export.xlsx_needs_file": "--format xlsx braucht eine Datei: -o DATEI.xlsx angeben",
    "head.id": "Nr.", "head.name": "Name", "head.email": "E-Mail", "head.organisation": "Organisation",
    "head.party_size": "Personen", "head.workgroup": "AG", "head.workgroup_title": "AG-Titel",
    "head.status": "Stand", "head.language": "Sprache",
    "head.registered_at": "Angemeldet am",
    # progress bars
    "progress.pass": "Mails", "progress.export": "Export", "progress.purge": "Löschen",
    # check
    "check.ok": "OK", "check.failed": "FEHLER", "check.fix": "Abhilfe",
    "check.all_ok": "Alle {n} Prüfungen bestanden.", "check.some_failed": "{n} von {total} Prüfungen fehlgeschlagen.",
    "check.config": "Konfiguration", "check.config_fix": "die Datei korrigieren (siehe docs/operations.md)",
    "check.passwords": "Passwörter", "check.passwords_ok": "lesbar (nicht angezeigt)",
    "check.passwords_fix": "die Umgebungsvariable setzen oder die Datei für den mailbot-Benutzer lesbar machen",
    "check.logged_in": "angemeldet als {user}", "check.connected": "verbunden",
    "check.login_fix": ("[{section}].username und das Passwort prüfen (password_env / password_file); "
                        "am besten in einem Mailprogramm ausprobieren"),
    "check.reach_fix": ("[{section}].host, port, security und ca_file prüfen; ist der Server von diesem "
                        "Rechner aus erreichbar (Firewall)?"),
    "check.ca_fix": ("das Zertifikat des Servers wird nicht anerkannt: [{section}].ca_file auf die Datei Ihrer "
                     "Zertifizierungsstelle setzen (sie ersetzt die System-CAs) oder die Zertifikatskette "
                     "des Servers reparieren"),
    "check.folder": "IMAP-Ordner {folder!r}", "check.folder_ok": "vorhanden{count}", "check.mails": ", {n} Mail(s)",
    "check.folder_fix": "den Ordner auf dem Server anlegen oder [imap].folder auf einen vorhandenen setzen",
    "check.maildir_ok": "{path} lesbar",
    "check.maildir_fix": "das Maildir (new/, cur/, tmp/) anlegen oder [maildir].path und den Eigentümer korrigieren",
    "check.outdir": "Ausgabeordner {path}", "check.writable": "beschreibbar",
    "check.outdir_fix": "den Ordner anlegen und dem mailbot-Benutzer Schreibrecht geben",
    "check.database": "Datenbank {path}", "check.no_folder": "Ordner {folder} gibt es nicht",
    "check.no_folder_fix": "für den mailbot-Benutzer anlegen: install -d -m 700 {folder}",
    "check.cannot_write": "kann in {folder} nicht schreiben: {why}",
    "check.db_folder_fix": ("dem mailbot-Benutzer Schreibrecht auf {folder} geben (SQLite legt dort seine "
                            "-wal- und -shm-Dateien an), z. B. chown mailbot {folder}"),
    "check.db_access": "{path} ist nicht les- und schreibbar", "check.db_access_fix": "chown mailbot {path}; chmod 600 {path}",
    "check.db_mode": "{path} hat die Rechte {mode}: andere können personenbezogene Daten lesen",
    "check.db_mode_fix": "chmod 600 {path}", "check.db_ok": "beschreibbar, Rechte 600",
    "check.db_new": "Ordner beschreibbar (die Datei entsteht beim ersten Durchlauf)",
    "check.clock": "Uhr", "check.clock_ok": "{local} {zone} (UTC{offset}), Zeitzone des Rechners {machine}",
    "check.clock_unset": "die Uhr zeigt {day}: sie ist nicht gestellt",
    "check.clock_fix": "die Uhr stellen und synchron halten (systemd-timesyncd oder chrony)",
    # data protection: forget, purge, export-person (the JSON keys stay English: they are a file format)
    "err.nothing_stored": "zu {address} ist nichts gespeichert",
    "erased": ("{registrations} Anmeldung(en), {messages} Mail(s), {outbox} ausgehende Mail(s) gelöscht; "
               "{audit} Protokolldetail(s) geleert."),
    "erased.dry_run": ("Würde {registrations} Anmeldung(en), {messages} Mail(s), {outbox} ausgehende Mail(s) "
                       "löschen; {audit} Protokolldetail(s) würden geleert."),
    "row.registration": "Anmeldung {id}: {name} <{email}>, {wg}, {status}", "row.no_name": "(ohne Namen)",
    "row.mail": "Mail {id}: {day} von {sender}: {subject}",
    "row.outgoing": "ausgehend {id}: {day} {kind} an {to}: {subject}",
    "forget.name_matches": "{n} weitere Mail(s) nennen nur den Namen der Person (eine Namensgleiche?); ",
    "forget.name_matches_listed": "hier aufgelistet, gelöscht nur mit --with-name-matches:",
    "forget.name_matches_kept": "behalten: siehe --dry-run, löschen mit --with-name-matches.",
    "forget.journal": ("Hinweis: ein anderer mailbot-Prozess hat die Datenbank offen; die gelöschten Daten "
                       "verlassen die Journaldatei (-wal) erst, wenn dieser Prozess endet oder das nächste Mal "
                       "abgleicht."),
    "forget.files": "{n} Antwortdatei(en) im Ausgabeordner {folder} gelöscht.",
    "forget.files_dry": "{n} Antwortdatei(en) im Ausgabeordner {folder} würden gelöscht.",
    "forget.imap_will": "{n} Mail(s) werden beim nächsten Durchlauf im Postfach gelöscht.",
    "forget.imap_would": "{n} Mail(s) würden beim nächsten Durchlauf im Postfach gelöscht.",
    "forget.elsewhere_will": "Beim nächsten Durchlauf ebenfalls gelöscht, gefunden über die Message-ID: {where}.",
    "forget.elsewhere_would": ("Würden beim nächsten Durchlauf ebenfalls gelöscht, gefunden über die "
                               "Message-ID: {where}."),
    "forget.imap_kept": ("{n} Mail(s) liegen noch im Postfach: dort löschen "
                         "(oder [retention] delete_imap = true setzen)."),
    "forget.elsewhere_kept": "Kopien liegen auch noch auf dem Server: {where}.",
    "forget.in_folder": "{n} in {folder!r}",
    "purge.due": "Löschung fällig: {when}",
    "purge.never": "nie ([retention] days_after_event ist nicht gesetzt)",
    "purge.not_due": ("noch nicht fällig ({when}); --dry-run zeigt, was ginge, --now löscht sofort"),
    "purge.kept": "  behalten: {wg} {status}: {registrations} Anmeldung(en), {persons} Person(en)",
    # run-once and serve: one line per pass
    "pass.new": "{n} neue Mail", "pass.new_many": "{n} neue Mails", "pass.sent": "{n} verschickt",
    "pass.deferred": "{n} für einen neuen Versuch vorgemerkt", "pass.failed": "{n} fehlgeschlagen",
    # outcomes counted in that line where the one-word summary (summary.*) does not read well after a number
    "pass.outcome.review": "zu prüfen", "pass.outcome.question": "Frage(n)",
    "pass.outcome.bounce": "Unzustellbarkeitsmeldung(en)", "pass.outcome.command": "Befehl(e) beantwortet",
    "pass.busy": "Ein anderer mailbot-Durchlauf arbeitet gerade mit dieser Datenbank; nichts zu tun.",
    "summary.duplicate": "doppelt", "summary.reminders queued": "Erinnerungen eingereiht",
    "summary.digest queued": "Übersicht eingereiht",
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
    "kind.registration": "registration", "kind.change": "change", "kind.cancellation": "cancellation",
    "kind.question": "question", "kind.auto_reply": "auto_reply", "kind.bounce": "bounce",
    "kind.other": "other",
    "summary.registered": "registered", "summary.waitlisted": "waitlisted", "summary.changed": "changed",
    "summary.unchanged": "unchanged", "summary.cancelled": "cancelled", "summary.review": "review",
    "summary.ignored": "ignored", "summary.question": "question", "summary.bounce": "bounce",
    "summary.command": "command",
    "hint.dismiss": "mailbot dismiss {id}  (not a registration; answer it in your mail program if needed)",
    "hint.accept": "mailbot accept {id}  (it is genuine: handle it and answer)",
    "hint.answer": "handled and answered already; answer the question in your mail program, then mailbot dismiss {id}",
    "err.answered": "mail {id} is handled and answered already, only its question is open: answer it in your mail program, then mailbot dismiss {id}",
    "resolved": "Registration {id}: {summary}; now {status}{where}",
    "where": " in {wg}", "queued": "  queued: {what}",
    "dismissed": "Mail {id} dismissed.",
    "accepted": "Mail {id} accepted: {summary}",
    "accepted.reg": "; registration {reg} is now {status}{where}",
    "accepted.queued": "; queued: {what} (sent at the next pass)",
    "notice.to": "{kind} to {to}",
    "status.confirmed": "confirmed", "status.waitlisted": "waitlisted", "status.cancelled": "cancelled",
    "status.needs_review": "needs_review",
    "err.no_mail": "no mail {id} (see: mailbot review)",
    "err.no_registration": "no registration {id} (see: mailbot review or mailbot export)",
    "err.unknown_workgroup": "unknown workgroup {wg!r} (known: {known})",
    "err.not_waiting": "mail {id} is not waiting for review (state {state}); see: mailbot review",
    "err.erased": "mail {id} has no stored text any more (erased)",
    "err.question": "mail {id} is a question: answer it in your mail program, then mailbot dismiss {id}",
    "err.nobody": "mail {id} reads as {kind} with no one to answer: dismiss it (mailbot dismiss {id})",
    "export.written": "{n} registration(s) written to {file}",
    "export.xlsx_needs_file": "--format xlsx needs a file: add -o FILE.xlsx",
    "head.id": "id", "head.name": "name", "head.email": "email", "head.organisation": "organisation",
    "head.party_size": "party_size", "head.workgroup": "workgroup", "head.workgroup_title": "workgroup_title",
    "head.status": "status", "head.language": "language",
    "head.registered_at": "registered_at",
    "progress.pass": "Mails", "progress.export": "Export", "progress.purge": "Purge",
    "check.ok": "OK", "check.failed": "FAILED", "check.fix": "fix",
    "check.all_ok": "All {n} checks passed.", "check.some_failed": "{n} of {total} checks failed.",
    "check.config": "config", "check.config_fix": "correct the file (see docs/operations.md)",
    "check.passwords": "passwords", "check.passwords_ok": "readable (not shown)",
    "check.passwords_fix": "set the environment variable or make the file readable for the mailbot user",
    "check.logged_in": "logged in as {user}", "check.connected": "connected",
    "check.login_fix": ("check [{section}].username and the password (password_env / password_file); "
                        "test them in a mail program"),
    "check.reach_fix": ("check [{section}].host, port, security and ca_file; is the server reachable from "
                        "this machine (firewall)?"),
    "check.ca_fix": ("the server's certificate is not trusted: set [{section}].ca_file to your CA's file (it "
                     "replaces the system CAs) or fix the server's certificate chain"),
    "check.folder": "IMAP folder {folder!r}", "check.folder_ok": "exists{count}", "check.mails": ", {n} mail(s)",
    "check.folder_fix": "create the folder on the server or set [imap].folder to an existing one",
    "check.maildir_ok": "{path} readable",
    "check.maildir_fix": "create the Maildir (new/, cur/, tmp/) or fix [maildir].path and its owner",
    "check.outdir": "outdir {path}", "check.writable": "writable",
    "check.outdir_fix": "create the folder and give the mailbot user write access",
    "check.database": "database {path}", "check.no_folder": "folder {folder} does not exist",
    "check.no_folder_fix": "create it for the mailbot user: install -d -m 700 {folder}",
    "check.cannot_write": "cannot write in {folder}: {why}",
    "check.db_folder_fix": ("give the mailbot user write access to {folder} (SQLite writes its -wal and -shm "
                            "files there), e.g. chown mailbot {folder}"),
    "check.db_access": "{path} is not readable and writable", "check.db_access_fix": "chown mailbot {path}; chmod 600 {path}",
    "check.db_mode": "{path} has mode {mode}: others can read personal data",
    "check.db_mode_fix": "chmod 600 {path}", "check.db_ok": "writable, mode 600",
    "check.db_new": "folder writable (the file is made at the first pass)",
    "check.clock": "clock", "check.clock_ok": "{local} {zone} (UTC{offset}), machine zone {machine}",
    "check.clock_unset": "the clock says {day}: it is not set",
    "check.clock_fix": "set the clock and keep it in sync (systemd-timesyncd or chrony)",
    "err.nothing_stored": "nothing stored about {address}",
    "erased": ("Erased {registrations} registration(s), {messages} mail(s), {outbox} outgoing mail(s); "
               "{audit} log detail(s) blanked."),
    "erased.dry_run": ("Would erase {registrations} registration(s), {messages} mail(s), {outbox} outgoing "
                       "mail(s); {audit} log detail(s) would be blanked."),
    "row.registration": "registration {id}: {name} <{email}>, {wg}, {status}", "row.no_name": "(no name)",
    "row.mail": "mail {id}: {day} from {sender}: {subject}",
    "row.outgoing": "outgoing {id}: {day} {kind} to {to}: {subject}",
    "forget.name_matches": "{n} more mail(s) only name the person's name (a namesake's?); ",
    "forget.name_matches_listed": "listed here, erased only with --with-name-matches:",
    "forget.name_matches_kept": "kept: see --dry-run, erase them with --with-name-matches.",
    "forget.journal": ("Note: another mailbot process has the database open; the erased data leaves the "
                       "journal file (-wal) only when that process stops or next checkpoints."),
    "forget.files": "{n} answer file(s) were deleted from the output folder {folder}.",
    "forget.files_dry": "{n} answer file(s) would be deleted from the output folder {folder}.",
    "forget.imap_will": "{n} mail(s) will be deleted from the mailbox at the next run.",
    "forget.imap_would": "{n} mail(s) would be deleted from the mailbox at the next run.",
    "forget.elsewhere_will": "Also deleted at the next run, found by Message-ID: {where}.",
    "forget.elsewhere_would": "Would also be deleted at the next run, found by Message-ID: {where}.",
    "forget.imap_kept": ("{n} mail(s) are still in the mailbox: delete them there "
                         "(or set [retention] delete_imap = true)."),
    "forget.elsewhere_kept": "Copies are still on the server too: {where}.",
    "forget.in_folder": "{n} in {folder!r}",
    "purge.due": "Purge due: {when}",
    "purge.never": "never ([retention] days_after_event is not set)",
    "purge.not_due": "not due yet ({when}); use --dry-run to see what would go, or --now",
    "purge.kept": "  kept: {wg} {status}: {registrations} registration(s), {persons} person(s)",
    "pass.new": "{n} new mail", "pass.new_many": "{n} new mails", "pass.sent": "{n} sent",
    "pass.deferred": "{n} waiting for retry", "pass.failed": "{n} failed",
    "pass.outcome.review": "review", "pass.outcome.question": "question",
    "pass.outcome.bounce": "bounce", "pass.outcome.command": "command",
    "pass.busy": "Another mailbot pass is running on this database; nothing to do.",
    "summary.duplicate": "duplicate", "summary.reminders queued": "reminders queued",
    "summary.digest queued": "digest queued",
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
