"""What a person browsing the database sees: the workgroups table, descriptions, saved queries.

The SQL views themselves are schema (store.MIGRATIONS entry 2); this module keeps
the `workgroups` table in step with config.toml, so the views can show titles and
capacities, and describes every table and column for Datasette.
"""

from __future__ import annotations

from .. import store
from ..config import Config
from ..registry import install_views


def sync_workgroups(db, config: Config) -> None:
    """Copy the configured workgroups into the `workgroups` table (the views join it); install the views."""
    install_views(db)
    rows = [(wg.id, wg.number, wg.label, wg.title, wg.capacity) for wg in config.workgroups]
    current = db.execute("SELECT id, number, label, title, capacity FROM workgroups ORDER BY number").fetchall()
    if [tuple(r) for r in current] == rows:
        return  # nothing changed: no write, so read-only commands stay read-only
    with store.transaction(db):
        db.execute("DELETE FROM workgroups")
        db.conn.executemany("INSERT INTO workgroups (id, number, label, title, capacity) VALUES (?, ?, ?, ?, ?)",
                            rows)


# German: the person browsing is the coordinator (city staff in Münster).
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "registrations": ("Eine Zeile pro Anmeldung: wer kommt, in welche AG, in welchem Stand.", {
        "id": "Anmeldungsnummer (REG in mailbot assign/confirm/cancel/waitlist).",
        "email": "Wohin Antworten gehen (kleingeschrieben).",
        "name": "Voller Name wie geschrieben, ohne Frau/Herr.",
        "organisation": "Organisation oder Verein, falls genannt.",
        "party_size": "Personen dieser Anmeldung, die schreibende Person eingeschlossen.",
        "language": "Sprache der Mail (ISO 639-1); Antworten gehen in dieser Sprache.",
        "workgroup": "Zugeteilte AG (bei Warteliste: die AG, auf die gewartet wird).",
        "status": "confirmed (bestätigt), waitlisted (Warteliste), cancelled (abgesagt), needs_review (zu prüfen).",
        "choices": "AGs wie angegeben, Erstwunsch zuerst (JSON).",
        "wanted": "AG, auf die jemand wartet und dabei den jetzigen Platz behält.",
        "wanted_party_size": "Gewünschte Personenzahl, wenn mehr Plätze erbeten wurden als frei waren.",
        "reasons": "Warum zu prüfen (JSON-Liste).",
        "assigned_by_default": "1, wenn kein Wunsch genannt war und mailbot die leerste AG gewählt hat.",
        "message_row": "Die Mail (messages.id), aus der die Anmeldung stammt.",
        "created_at": "Angemeldet am (UTC); bestimmt die Reihenfolge der Warteliste.",
        "updated_at": "Zuletzt geändert (UTC).",
    }),
    "messages": ("Jede eingegangene Mail, im Original, mit dem, was mailbot darin gelesen hat. "
                 "Der Originaltext (raw) ist ausgeblendet; Ansicht mail_log zeigt alles ohne ihn.", {
        "id": "Mailnummer (MAIL in mailbot dismiss/accept).",
        "folder": "IMAP-Ordner, aus dem sie gelesen wurde.", "uidvalidity": "IMAP-UIDVALIDITY des Ordners.",
        "uid": "IMAP-UID im Ordner.", "message_id": "Der Message-ID-Header.",
        "received_at": "Wann mailbot sie gespeichert hat (UTC).", "sender": "Absenderadresse (kleingeschrieben).",
        "subject": "Betreff.", "size": "Größe in Bytes.", "raw": "Die Mail genau wie empfangen.",
        "kind": "Was gelesen wurde: registration, change, cancellation, question, auto_reply, bounce, other.",
        "parsed": "Alles, was mailbot gelesen hat (JSON).",
        "state": "new, processed, review, dismissed, duplicate, ignored, error ...",
        "error": "Warum ein Mensch schauen muss, oder was schiefging.",
        "registration_id": "Die zugehörige Anmeldung.", "processed_at": "Wann bearbeitet (UTC).",
        "marked": "1, wenn die Mail auf dem IMAP-Server als bearbeitet markiert ist.",
        "fingerprint": "Prüfsumme aus Datum, Absender, Betreff, Größe und Text: erkennt eine Mail ohne Message-ID "
                       "wieder, die nach einem Serverumzug erneut auftaucht.",
    }),
    "outbox": ("Jede Mail, die mailbot verschickt oder verschickt hat.", {
        "id": "Laufende Nummer.", "kind": "Welche Nachricht: confirmation, waitlisted, promoted, digest, ...",
        "dedupe_key": "Sorgt dafür, dass dieselbe Nachricht nie zweimal rausgeht.",
        "registration_id": "Die Anmeldung, um die es geht.", "message_row": "Die Mail, die beantwortet wird.",
        "to_addr": "Empfänger.", "subject": "Betreff.", "message_id": "Ihre Message-ID.",
        "in_reply_to": "Message-ID der beantworteten Mail.", "raw": "Die Mail wie verschickt.",
        "state": "pending (wartet), sent (verschickt) oder failed (fehlgeschlagen).",
        "attempts": "Wie oft das Senden versucht wurde.",
        "next_attempt_at": "Nächster Versuch (UTC).", "last_error": "Die letzte Antwort des Servers.",
        "created_at": "In die Warteschlange gestellt (UTC).", "sent_at": "Vom Server angenommen (UTC).",
        "copied": "1, sobald eine Kopie im IMAP-Ordner Gesendet liegt ([imap] sent_folder).",
        "reminder_offset": "Bei einer Erinnerung: welche (7d, 1d, ...).",
        "failure_applied": "1, sobald ein endgültiger Zustellfehler die Anmeldung zur Prüfung markiert hat.",
    }),
    "audit": ("Das Protokoll: alles, was mailbot und die Koordination getan haben, und warum.", {
        "id": "Laufende Nummer.", "at": "Wann (UTC).", "actor": "mailbot oder coordinator.",
        "action": "Was getan wurde.", "message_row": "Die betroffene Mail.",
        "registration_id": "Die betroffene Anmeldung.", "detail": "Einzelheiten und Gründe.",
        "from_workgroup": "Wo die Anmeldung direkt vor dieser Änderung war.",
        "to_workgroup": "Wo sie danach ist (oder worauf sie wartet).",
        "persons": "Ihre Personenzahl nach der Änderung.",
    }),
    "mailbox_state": ("Wie weit mailbot jeden Postfachordner gelesen hat.", {
        "folder": "IMAP-Ordner.", "uidvalidity": "IMAP-UIDVALIDITY.",
        "last_uid": "Höchste gelesene UID.", "polled_at": "Zuletzt gelesen (UTC).",
    }),
    "meta": ("Kleine Zustandswerte: Schema, verschickte Tagesübersichten, Löschung.",
             {"key": "Name.", "value": "Wert."}),
    "workgroups": ("Die AGs wie in config.toml eingetragen.", {
        "id": "AG-Kennung.", "number": "Ihre Nummer (1, 2, ... in der Reihenfolge der Konfiguration).",
        "label": "Wie Mails und Listen sie nennen ([[workgroups]] label, sonst die Kennung).", "title": "Titel.",
        "capacity": "Plätze (Personen).",
    }),
    "retained_counts": ("Anonyme Zahlen, die nach dem Löschen der personenbezogenen Daten bleiben.", {
        "workgroup": "AG-Kennung ('' für keine).", "status": "Stand der Anmeldungen.",
        "registrations": "Wie viele Anmeldungen.", "persons": "Wie viele Personen.",
        "purged_at": "Wann die personenbezogenen Daten gelöscht wurden (UTC).",
    }),
    "imap_deletions": ("Mails, die nach forget/purge auf dem IMAP-Server zu löschen sind ([retention] delete_imap).", {
        "folder": "IMAP-Ordner.", "uidvalidity": "IMAP-UIDVALIDITY.", "uid": "IMAP-UID.",
        "reason": "forget oder purge.", "queued_at": "Wann vorgemerkt (UTC).",
    }),
    "participants": ("Ansicht: alle, die nicht abgesagt haben, mit AG-Titel.", {}),
    "participants_per_workgroup": ("Ansicht: bestätigte, gehaltene (zu prüfende) und wartende Personen und freie "
                                   "Plätze je AG, gezählt nach denselben Regeln wie mailbot status.", {}),
    "waiting_lists": ("Ansicht: die Warteliste jeder AG in Reihenfolge, einschließlich derer, die wechseln "
                      "möchten; position ist der Platz, der der Person mitgeteilt wurde.", {}),
    "needs_review": ("Ansicht: Anmeldungen und Mails, die auf die Koordination warten.", {}),
    "todays_activity": ("Ansicht: das Protokoll von heute.", {}),
    "mail_log": ("Ansicht: jede eingegangene Mail, ohne den Originaltext.", {}),
    "failed_deliveries": ("Ansicht: Mails, die nicht zugestellt werden konnten.", {}),
}

# Tables holding whole raw mails: left off the start page (the views show them without
# the raw text), and their pages open without the raw column (browse_guard adds _nocol).
RAW_MAIL_TABLES = {"messages": "raw", "outbox": "raw"}
FACETS = {"registrations": ["workgroup", "status"], "participants": ["workgroup", "status"]}

# The coordinator's questions, as Datasette canned queries (read-only; :email is a form field).
QUERIES: dict[str, dict[str, str]] = {
    "teilnehmende_je_arbeitsgruppe": {
        "title": "Teilnehmende je Arbeitsgruppe",
        "description": "Alle Bestätigten, nach AG und Name, mit Organisation und Personenzahl.",
        "sql": "SELECT w.number AS Nr, r.workgroup AS AG, w.title AS Titel, r.name AS Name, "
               "r.organisation AS Organisation, r.party_size AS Personen, r.email AS \"E-Mail\", r.id AS Anmeldung "
               "FROM registrations r LEFT JOIN workgroups w ON w.id = r.workgroup "
               "WHERE r.status = 'confirmed' ORDER BY w.number, r.name COLLATE NOCASE",
    },
    "wartelisten": {
        "title": "Wartelisten",
        "description": "Wer auf welchen Platz wartet, in der Reihenfolge, in der nachgerückt wird.",
        "sql": "SELECT workgroup AS AG, position AS Platz, name AS Name, organisation AS Organisation, "
               "party_size AS Personen, email AS \"E-Mail\", id AS Anmeldung, registered_at AS \"Angemeldet (UTC)\" "
               "FROM waiting_lists ORDER BY workgroup, position",
    },
    "zu_pruefen": {
        "title": "Zu prüfen",
        "description": "Was auf eine Entscheidung wartet (Befehle dazu: mailbot review).",
        "sql": "SELECT item AS Art, id AS Nummer, name AS Name, email AS \"E-Mail\", reasons AS Gründe, "
               "since AS \"Seit (UTC)\" FROM needs_review ORDER BY since",
    },
    "zustellfehler": {
        "title": "Zustellfehler",
        "description": "Mails von mailbot, die nicht zugestellt wurden, und Unzustellbarkeitsmeldungen (Bounces).",
        "sql": "SELECT 'nicht zugestellt' AS Art, to_addr AS Adresse, kind AS Nachricht, last_error AS Grund, "
               "created_at AS \"Zeit (UTC)\" FROM outbox WHERE state = 'failed' "
               "UNION ALL SELECT 'Bounce', coalesce(json_extract(parsed, '$.bounced_recipient'), sender), "
               "subject, error, received_at FROM messages WHERE kind = 'bounce' ORDER BY 5 DESC",
    },
    "alle_mails_einer_person": {
        "title": "Alle Mails einer Person",
        "description": "Anmeldungen, eingegangene und verschickte Mails einer E-Mail-Adresse (ohne Originaltext).",
        "sql": "SELECT 'Anmeldung' AS Art, id AS Nummer, status AS Stand, workgroup AS Betreff, "
               "created_at AS \"Zeit (UTC)\" FROM registrations WHERE lower(email) = lower(:email) "
               "UNION ALL SELECT 'Mail erhalten', id, state, subject, received_at FROM messages "
               "WHERE lower(sender) = lower(:email) "
               "UNION ALL SELECT 'Mail verschickt', id, state, subject, created_at FROM outbox "
               "WHERE lower(to_addr) = lower(:email) ORDER BY 5",
    },
    "einlassliste": {
        "title": "Einlassliste",
        "description": "Alle Bestätigten nach Name, mit AG und Personenzahl.",
        "sql": "SELECT name AS Name, organisation AS Organisation, workgroup AS AG, party_size AS Personen "
               "FROM registrations WHERE status = 'confirmed' ORDER BY name COLLATE NOCASE",
    },
    "mails_pro_tag": {
        "title": "Mails pro Tag",
        "description": "Wie viele Mails an jedem Tag kamen, nach Art.",
        "sql": "SELECT substr(received_at, 1, 10) AS Tag, kind AS Art, count(*) AS Mails FROM messages "
               "GROUP BY Tag, Art ORDER BY Tag DESC, Mails DESC",
    },
}


def datasette_metadata(config: Config, database_name: str) -> dict:
    """Datasette metadata in German: titles, every table and column described, the canned queries,
    facets on workgroup and status, the raw-mail tables off the start page."""
    tables = {}
    for name, (description, columns) in TABLES.items():
        tables[name] = {"description": description}
        if columns:
            tables[name]["columns"] = columns
        if name in FACETS:
            tables[name]["facets"] = FACETS[name]
        if name in RAW_MAIL_TABLES:
            tables[name]["hidden"] = True
    title = f"Anmeldungen: {config.event.name}"
    description = ("Anmeldungen, Mails und Protokoll von mailbot, nur zum Lesen. Die häufigsten Fragen "
                   "stehen unten als gespeicherte Abfragen. Ändern Sie Anmeldungen mit den mailbot-Befehlen "
                   "(assign, confirm, cancel, waitlist); siehe docs/koordination.md.")
    return {
        "title": title,
        "description": description,
        "databases": {database_name: {"title": title, "description": description, "tables": tables,
                                      "queries": QUERIES}},
    }
