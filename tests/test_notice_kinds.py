"""One table of notice kinds (model.NOTICE_TYPES): the mails and the rules follow it, kind by kind."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest

from mailbot.compose import compose
from mailbot.decide import Context, _Run
from mailbot.model import NOTICE_KINDS, NOTICE_TYPES, Notice, Parsed
from mailbot.notices import Renderer
from mailbot.places import MemoryState
from test_notices import make_config, registration

NOW = dt.datetime(2027, 1, 11, 9, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("kind", list(NOTICE_TYPES))
def test_each_mail_is_what_the_table_says(tmp_path, kind):
    config = make_config(tmp_path)
    what = NOTICE_TYPES[kind]
    reg = registration() if what.audience == "participant" else None
    to = "ayse@example.org" if reg else "koordination@muenster.example"
    notice = Notice(kind=kind, to=to, language="de", registration=reg, in_reply_to="<m@x>" if what.answers_mail
                    else None, key=kind, extra={"offset": "7d"} if kind == "reminder" else {})
    mail = compose(config, Renderer(config).render(notice), notice, now=NOW)
    message = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert message["Auto-Submitted"] == ("auto-generated" if what.auto_generated else "auto-replied")
    calendars = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert bool(calendars) == what.calendar
    assert (kind in NOTICE_KINDS) == (what.audience == "participant")


@pytest.mark.parametrize("kind", NOTICE_KINDS)
def test_the_rules_answer_the_mail_when_the_table_says_so(tmp_path, kind):
    parsed = Parsed(kind="registration", email="ayse@example.org", message_id="<m@x>", language="de")
    run = _Run(MemoryState(), Context(config=make_config(tmp_path), now=NOW), parsed)
    run.notice(kind, registration())
    assert (run.notices[0].in_reply_to == "<m@x>") == NOTICE_TYPES[kind].answers_mail
