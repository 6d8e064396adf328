"""Random histories through the real pipeline: every place in mailbot tells the same places and lists.

Each history is a few mails (registrations, changes, cancellations, unclear mails,
bounces) stored and handled as the fetch stage would (Worker.handle_one: parse →
guards → decide → apply → render → outbox) and coordinator decisions
(desk.review.resolve, as `mailbot assign/confirm/cancel/waitlist`), on a small event
so workgroups fill and waiting lists form. Nothing is mocked: a Maildir/outdir
config and a real SQLite file.

After every step the position a `waitlisted` mail told is the person's position on
the list (places.standing). After every history, `mailbot status --json`, the views
participants_per_workgroup and waiting_lists, the digest, the export and the last
mail each registration got all agree with places.standing over the registrations.

The default run tries 500 histories; `pytest -m slow` runs 3,000.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import itertools
import json
import re
from email.message import EmailMessage

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot import places, store
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.desk.digest import SECTION_LIMIT, build_digest
from mailbot.desk.export import export_rows
from mailbot.desk.review import resolve
from mailbot.errors import MailbotError
from mailbot.registry import _SELECT, _from_row
from mailbot.worker import Worker

START = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)  # before the registration deadline
SMALL = {"AG1": 3, "AG2": 2, "AG3": 3}  # persons; the event takes 7
PEOPLE = [("Ana Costa", "ana.costa@verein-a.example"), ("Bilal Yusuf", "bilal.yusuf@verein-b.example"),
          ("Chen Li", "chen.li@verein-c.example"), ("Dana Weiß", "dana.weiss@verein-d.example"),
          ("Emre Kaya", "emre.kaya@verein-e.example"), ("Fatma Öz", "fatma.oez@verein-f.example")]
WG = ["AG1", "AG2", "AG3"]
PLACE_KINDS = ("confirmation", "promoted", "change_confirmed", "waitlisted", "change_waitlisted",
               "cancellation_confirmed", "already_registered")
HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

person = st.integers(0, len(PEOPLE) - 1)
group = st.integers(1, 3)
register = st.tuples(st.just("register"), person, st.lists(group, min_size=0, max_size=2, unique=True),
                     st.sampled_from([1, 1, 1, 2, 3]))
change = st.tuples(st.just("change"), person, group)
coordinator = st.tuples(st.just("coordinator"), person, st.sampled_from(["assign", "confirm", "cancel", "waitlist"]),
                        st.sampled_from(WG), st.booleans())
# registrations weigh more: later steps need someone to act on
STEPS = [register, register, register, change, change, coordinator, coordinator,
         st.tuples(st.just("cancel"), person), st.tuples(st.just("unclear"), person),
         st.tuples(st.just("bounce"), person)]
step = st.integers(0, len(STEPS) - 1).flatmap(lambda i: STEPS[i])
history = st.lists(step, min_size=2, max_size=20)


# --- the mails ---------------------------------------------------------------------------------

_ids = itertools.count(1)
_SIZE = {1: "", 2: " mit 2 Personen", 3: " zu dritt"}  # ("zu zweit" reads as "the second")


def mail(who: int, subject: str, body: str) -> bytes:
    name, address = PEOPLE[who]
    msg = EmailMessage()
    msg["From"] = f"{name} <{address}>"
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<h{next(_ids)}@{address.split('@')[1]}>"
    msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    msg.set_content(f"Guten Tag,\n\n{body}\n\nViele Grüße\n{name}\n")
    return msg.as_bytes()


def bounce(who: int) -> bytes:
    address = PEOPLE[who][1]
    return (f"From: MAILER-DAEMON@mx.muenster.example (Mail Delivery System)\r\n"
            f"To: mso-tag@muenster.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            f"Date: Mon, 11 Jan 2027 09:00:00 +0100\r\nMessage-ID: <dsn{next(_ids)}@mx.muenster.example>\r\n"
            "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b0\"\r\n\r\n"
            "--b0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe mail system\r\n\r\n"
            f"<{address}>: user unknown\r\n\r\n--b0\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.muenster.example\r\n\r\n"
            f"Final-Recipient: rfc822; {address}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b0--\r\n").encode()


def step_mail(action: tuple) -> bytes:
    kind, who = action[0], action[1]
    if kind == "register":
        choices, size = action[2], action[3]
        if not choices:
            return mail(who, "Anmeldung", f"wir melden uns{_SIZE[size]} an.")
        named = f"AG {choices[0]}" + (f", falls voll gerne AG {choices[1]}" if len(choices) > 1 else "")
        body = f"wir melden uns{_SIZE[size]} für die {named} an."
        return mail(who, "Anmeldung", body)
    if kind == "change":
        # (a new party size comes as a repeated registration: the parser reads sizes there)
        return mail(who, "Änderung meiner Anmeldung",
                    f"bitte ändern Sie meine Anmeldung: ich möchte lieber in die AG {action[2]} wechseln.")
    if kind == "cancel":
        return mail(who, "Absage", "ich kann leider nicht kommen, bitte stornieren Sie meine Anmeldung.")
    if kind == "unclear":
        return mail(who, "Anmeldung", "ich möchte mich für die AG 7 anmelden.")
    return bounce(who)


# --- running a history ---------------------------------------------------------------------------


class History:
    """One event's database, reset between histories; the clock moves 20 seconds per step."""

    def __init__(self, config_path):
        self.path = config_path
        self.config = load_config(config_path)
        self.now = START
        self.worker = Worker(self.config, clock=lambda: self.now)
        self.db = self.worker.db
        self.uid = itertools.count(1)

    def reset(self) -> None:
        with store.transaction(self.db):
            for table in ("registrations", "messages", "outbox", "audit", "meta"):
                self.db.execute(f"DELETE FROM {table}")
        self.now = START

    def run(self, action: tuple) -> None:
        self.now += dt.timedelta(seconds=20)  # three steps a minute: the export shows minutes
        if action[0] == "coordinator":
            reg_id = self.latest_registration(PEOPLE[action[1]][1])
            if reg_id is None:
                return
            try:
                resolve(self.db, self.config, action[2], reg_id, action[3] if action[2] == "assign" else None,
                        force=action[4], now=self.now)
            except MailbotError:
                return
            return
        raw = step_mail(action)
        with store.transaction(self.db):
            row = store.store_message(self.db, folder="INBOX", uidvalidity=1, uid=next(self.uid), raw=raw,
                                      message_id=None, sender=None, subject=None, received_at=self.now)
        assert self.worker.handle_one(row, raw) != "error"

    def latest_registration(self, address: str) -> int | None:
        row = self.db.execute("SELECT max(id) FROM registrations WHERE email = ?", [address]).fetchone()
        return row[0]

    def registrations(self):
        return [_from_row(r) for r in self.db.execute(f"{_SELECT} ORDER BY id")]

    def outbox_after(self, last: int) -> list[tuple]:
        return self.db.execute("SELECT id, kind, registration_id, raw FROM outbox WHERE id > ? ORDER BY id",
                               [last]).fetchall()


def text_of(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()


_TOLD = re.compile(r"Warteliste gesetzt \(Platz (\d+)\)")


def check_told_positions(h: History, queued: list[tuple]) -> None:
    """A waitlisted mail queued in this step names the position the rules now give the person."""
    regs = h.registrations()
    by_id = {r.id: r for r in regs}
    for _row, kind, reg_id, raw in queued:
        if kind != "waitlisted" or reg_id not in by_id or not places.is_waiting(by_id[reg_id]):
            continue
        told = _TOLD.search(text_of(raw))
        assert told, f"waitlisted mail without a position for registration {reg_id}"
        assert int(told.group(1)) == places.position(regs, by_id[reg_id]), f"registration {reg_id}"


def check_everything_agrees(h: History) -> None:
    regs = h.registrations()
    standing = places.standing(regs)
    line = lambda wg: standing.get(wg, places.GroupPlaces())  # noqa: E731

    # mailbot status --json, as the coordinator (or a script) runs it
    result = CliRunner().invoke(main, ["status", "--config", str(h.path), "--json"], catch_exceptions=False)
    status = {g["id"]: g for g in json.loads(result.stdout)["groups"]}
    for wg in WG:
        got = status[wg]
        assert (got["confirmed"], got["waitlisted"], got["review"], got["free"]) == (
            line(wg).confirmed, line(wg).waiting_persons, line(wg).review, SMALL[wg] - line(wg).held), wg

    # the views the coordinator opens in DB Browser
    view = {r[0]: tuple(r[1:]) for r in h.db.execute(
        "SELECT workgroup, confirmed_persons, waitlisted_persons, needs_review, free_places "
        "FROM participants_per_workgroup")}
    for wg in WG:
        assert view[wg] == (status[wg]["confirmed"], status[wg]["waitlisted"], status[wg]["review"],
                            status[wg]["free"]), wg
    lists = [(wg, pos, r.id) for wg in WG for pos, r in enumerate(line(wg).waiting, start=1)]
    assert [tuple(r) for r in h.db.execute("SELECT workgroup, position, id FROM waiting_lists")] == lists

    # the digest
    digest = build_digest(h.db, h.config, (h.now + dt.timedelta(days=1)).date(), now=h.now)
    assert [(w["workgroup"], w["position"], w["id"]) for w in digest["waiting"]] == lists[:SECTION_LIMIT]
    assert digest["totals"]["waiting"] == len(lists)

    # the export: confirmed persons per workgroup, and each waiting list's order among the waitlisted
    rows = export_rows(h.db, h.config)
    for wg in WG:
        assert sum(r[6] for r in rows if r[4] == wg and r[7] == "confirmed") == line(wg).confirmed, wg
        waitlisted = [r.id for r in line(wg).waiting if r.status == "waitlisted"]
        assert [r[0] for r in rows if r[4] == wg and r[7] == "waitlisted"] == waitlisted, wg

    # the last mail about its place each registration got says where it stands
    titles = {wg.id: wg.title for wg in h.config.workgroups}
    for reg in regs:
        last = h.db.execute(
            f"SELECT kind, raw FROM outbox WHERE registration_id = ? AND kind IN ({','.join('?' * len(PLACE_KINDS))}) "
            "ORDER BY id DESC LIMIT 1", [reg.id, *PLACE_KINDS]).fetchone()
        if reg.status == places.NEEDS_REVIEW or last is None:
            continue  # flagged (a bounce, a doubt): the person is asked or not written to at all
        kind, text = last[0], " ".join(text_of(last[1]).split())
        if kind == "already_registered":
            continue  # says "as before": the mail before it is checked when it came
        if reg.status == places.CONFIRMED and reg.wanted is None:
            assert kind in ("confirmation", "promoted", "change_confirmed"), (reg.id, kind)
            assert titles[reg.workgroup] in text, (reg.id, kind)
        elif reg.status == places.CONFIRMED:
            assert kind == "change_waitlisted" and titles[reg.wanted] in text, (reg.id, kind)
        elif reg.status == places.WAITLISTED:
            assert kind == "waitlisted" and titles[reg.workgroup] in text, (reg.id, kind)
        else:
            assert kind == "cancellation_confirmed", (reg.id, kind)


def histories(cases: int):
    @settings(max_examples=cases, deadline=None, suppress_health_check=HEALTH, derandomize=cases <= 500)
    @given(steps=history)
    def prop(h: History, steps):
        h.reset()
        last = 0
        for action in steps:
            h.run(action)
            queued = h.outbox_after(last)
            check_told_positions(h, queued)
            last = queued[-1][0] if queued else last
        check_everything_agrees(h)

    return prop


@pytest.fixture
def small_event(write_config):
    path = write_config(extra='[safety]\nanswers_per_sender_per_day = 1000\n')
    text = path.read_text(encoding="utf-8").replace("capacity = 90", "capacity = 7")
    for wg, capacity in SMALL.items():
        text = re.sub(rf'(id = "{wg}"\ntitle = "[^"]*"\ncapacity = )30', rf"\g<1>{capacity}", text)
    path.write_text(text, encoding="utf-8")
    h = History(path)
    yield h
    h.db.close()


def test_status_views_digest_export_and_notices_agree_on_500_histories(small_event):
    histories(500)(small_event)


@pytest.mark.slow
def test_status_views_digest_export_and_notices_agree_on_3000_histories(small_event):
    histories(3000)(small_event)
