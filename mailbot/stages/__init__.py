"""The stages of a pass, each in a module named after it, in the order a pass runs them.

    fetch → record → parse → guard → decide → apply → deliver → mark → due

fetch.py    new mails from the folder (IMAP or Maildir), one batch ahead in a thread
record.py   each fetched mail stored raw, in one transaction per batch, before anything else
parse.py    stored bytes → Parsed: here, or in a second process when many mails wait
guard.py    mails that must not be answered or acted on are held for review or ignored
decide.py   the lifecycle rules (mailbot/decide.py), then confirm-first and the flood limits
apply.py    the decision written, its notices queued, the mail finished; commands by mail;
            permanent delivery failures turned into registration changes
deliver.py  the outbox sent by a thread of its own while the pass goes on
mark.py     handled mails marked (and moved) on the server, erased ones deleted, Sent copies
due.py      what is due by the clock: reminders, the coordinator's digest, retention purges

worker.py (Worker.run_pass) calls them in this order; this package imports nothing above
it. Every stage gets one small value, context.PassContext (config, database, clock,
outbox, the desk's handlers, the stop event), never the worker.
"""
