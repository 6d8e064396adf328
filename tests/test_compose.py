"""Composed mails: the contract's headers, MIME structure, and no way to inject headers."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest
from icalendar import Calendar

from mailbot.compose import (
    MAX_REFERENCES,
    InvalidRecipient,
    clean_msgid,
    clean_text,
    compose,
    references,
    valid_address,
)
from mailbot.model import Notice
from mailbot.notices import Rendered, Renderer
from test_notices import make_config, registration

NOW = dt.datetime(2027, 2, 1, 12, 0, tzinfo=dt.timezone.utc)
ANSWERED = "<CAF1234@mail.example.org>"
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "auto-submitted", "x-auto-response-suppress",
               "x-mailbot-loop", "content-language", "mime-version", "content-type", "content-transfer-encoding"}


@pytest.fixture
def config(tmp_path):
    return make_config(tmp_path)


@pytest.fixture
def renderer(config):
    return Renderer(config)


def make_notice(kind="confirmation", **changes) -> Notice:
    values = dict(kind=kind, to="ayse@example.org", language="de", registration=registration(),
                  in_reply_to=ANSWERED, references=["<older@mail.example.org>", ANSWERED])
    values.update(changes)
    return Notice(**values)


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def build(config, renderer, notice=None, **kwargs):
    notice = notice or make_notice()
    composed = compose(config, renderer.render(notice), notice, now=NOW, **kwargs)
    return composed, parse(composed.raw)


# --- the contract's headers ------------------------------------------------------------------


def test_answer_headers(config, renderer):
    composed, msg = build(config, renderer)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == ANSWERED
    assert msg["References"] == f"<older@mail.example.org> {ANSWERED}"
    assert msg["Message-ID"] == composed.message_id and composed.message_id.endswith("@muenster.example>")
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Mailbot-Loop"] == "mso-tag@muenster.example"
    assert msg["Content-Language"] == "de"
    assert msg["Precedence"] is None  # RFC 3834: not for automatic answers
    assert msg["Date"].datetime == NOW
    assert msg["From"].addresses[0].display_name == "Tag der Migrantenselbstorganisationen"
    assert msg["From"].addresses[0].addr_spec == "mso-tag@muenster.example"
    assert composed.to == "ayse@example.org" and msg["To"] == "ayse@example.org"
    assert composed.subject == msg["Subject"] == "Anmeldung bestätigt: Tag der Migrantenselbstorganisationen 2027"
    multipart_headers = OUR_HEADERS - {"content-transfer-encoding"}
    assert set(k.lower() for k in msg.keys()) == multipart_headers | {"in-reply-to", "references"}


@pytest.mark.parametrize("kind", ["reminder", "digest"])
def test_generated_mails_say_so(config, renderer, kind):
    notice = make_notice(kind, in_reply_to=None, references=[], extra={"offset": "7d"} if kind == "reminder" else {})
    _, msg = build(config, renderer, notice)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_message_id_can_be_given(config, renderer):
    composed, msg = build(config, renderer, message_id="<fixed.1@muenster.example>")
    assert composed.message_id == msg["Message-ID"] == "<fixed.1@muenster.example>"


def test_message_ids_are_unique(config, renderer):
    assert build(config, renderer)[0].message_id != build(config, renderer)[0].message_id


def test_language_header_follows_the_rendered_language(config, renderer):
    _, msg = build(config, renderer, make_notice(language="uk"))
    assert msg["Content-Language"] == "uk"


# --- MIME structure --------------------------------------------------------------------------------


def test_confirmation_has_text_html_and_calendar(config, renderer):
    notice = make_notice()
    composed, msg = build(config, renderer, notice)
    assert msg.get_content_type() == "multipart/mixed"
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar"]
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == renderer.render(notice).text
    part = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0]
    assert part.get_param("method") == "PUBLISH" and part.get_filename() == "event.ics"
    event = Calendar.from_ical(part.get_content()).walk("VEVENT")[0]
    assert event.start == dt.datetime(2027, 3, 13, 9, 0, tzinfo=dt.timezone.utc)


def test_waitlisted_without_html_is_one_text_part(tmp_path):
    config = make_config(tmp_path, "\n[notices]\nhtml = false\n")
    _, msg = build(config, Renderer(config), make_notice("waitlisted"))
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert "Warteliste" in msg.get_content()


def test_no_calendar_for_kinds_that_do_not_carry_it(config, renderer):
    _, msg = build(config, renderer, make_notice("cancellation_confirmed"))
    assert msg.get_content_type() == "multipart/alternative"
    assert "text/calendar" not in [p.get_content_type() for p in msg.walk()]


def test_extra_attachment(config, renderer):
    notice = make_notice("export", language="de", registration=None, to="koordination@muenster.example")
    data = b"PK\x03\x04 not really a workbook"
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    _, msg = build(config, renderer, notice, attachments=[("teilnehmende.xlsx", data, xlsx)])
    (part,) = [p for p in msg.iter_attachments()]
    assert part.get_filename() == "teilnehmende.xlsx" and part.get_content() == data


def test_non_ascii_everywhere_round_trips(config, renderer):
    _, msg = build(config, renderer, make_notice(language="ar"))
    assert msg["Subject"].startswith("تأكيد التسجيل")
    assert "مرحباً Ayşe Aksoy،" in msg.get_body(("plain",)).get_content()
    assert 'dir="rtl"' in msg.get_body(("html",)).get_content()


# --- header injection ----------------------------------------------------------------------------------

HOSTILE = [
    "Eve\r\nBcc: victim@example.org",
    "Eve\nBcc: victim@example.org",
    "Eve\rBcc: victim@example.org",
    "=?utf-8?q?a=0D=0ABcc:_x@example.org?=",
    "=?utf-8?b?YQ0KQmNjOiB4QGV4YW1wbGUub3Jn?=",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3Fa=3D0D=3D0ABcc:_x@example.org=3F=3D?=",  # nested encoded word
    "Eve\u2028Bcc: victim@example.org",
    "Eve\x00\x0bBcc: victim@example.org",
]


def assert_clean(raw: bytes, to: str = "ayse@example.org"):
    msg = parse(raw)
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == [to]
    assert set(k.lower() for k in msg.keys()) <= OUR_HEADERS | {"in-reply-to", "references"}
    assert b"\nBcc" not in raw and b"\nbcc" not in raw.lower()
    for name, value in msg.items():
        assert "\r" not in str(value) and "\n" not in str(value), name


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_name(config, renderer, hostile):
    notice = make_notice(registration=registration(name=hostile))
    assert_clean(build(config, renderer, notice)[0].raw)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_subject(config, hostile):
    notice = make_notice("waitlisted")
    rendered = Rendered(subject=f"Re: {hostile}", text="Hallo\n", html=None, language="de")
    composed = compose(config, rendered, notice, now=NOW)
    assert_clean(composed.raw)
    assert "\n" not in composed.subject and "\r" not in composed.subject


@pytest.mark.parametrize("hostile", [h for h in HOSTILE if "\r" not in h and "\n" not in h])  # config refuses those
def test_hostile_sender_name_in_config(tmp_path, hostile):
    make_config(tmp_path)
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")
    toml_value = "".join(f"\\u{ord(c):04x}" if ord(c) < 32 or ord(c) > 126 or c in '"\\' else c for c in hostile)
    (tmp_path / "config.toml").write_text(
        text.replace('from_name = "Tag der Migrantenselbstorganisationen"', f'from_name = "{toml_value}"'),
        encoding="utf-8")
    from mailbot.config import load_config

    config = load_config(tmp_path / "config.toml")
    notice = make_notice("waitlisted")
    composed = compose(config, Renderer(config).render(notice), notice, now=NOW)
    assert_clean(composed.raw)
    assert parse(composed.raw)["From"].addresses[0].addr_spec == "mso-tag@muenster.example"


@pytest.mark.parametrize("hostile", [
    "<a@b.org>\r\nBcc: victim@example.org",
    "<a@b.org>\nBcc: victim@example.org",
    "=?utf-8?q?=0D=0ABcc:_x@example.org?=",
    "garbage without brackets",
])
def test_hostile_message_ids(config, renderer, hostile):
    notice = make_notice(in_reply_to=hostile, references=[hostile, "<ok@example.org>"])
    raw = build(config, renderer, notice)[0].raw
    assert_clean(raw)
    msg = parse(raw)
    assert msg["In-Reply-To"] in (None, "<a@b.org>")


@pytest.mark.parametrize("address", [
    "ayse@example.org, victim@example.org",
    "ayse@example.org;victim@example.org",
    "Eve <ayse@example.org>",
    "ayse@example.org\r\nBcc: victim@example.org",
    "ayse@example.org\n",
    "=?utf-8?q?ayse@example.org=0D=0ABcc:_x@example.org?=",
    "undisclosed-recipients:;",
    "",
    "no-at-sign",
    "ayse@localhost",
    "ay se@example.org",
    '"ayse"@example.org',
    "ayse@@example.org",
    "ayse@exa_mple.org",
])
def test_bad_recipient_is_refused(config, renderer, address):
    notice = make_notice(to=address)
    with pytest.raises(InvalidRecipient):
        compose(config, renderer.render(notice), notice, now=NOW)
    assert issubclass(InvalidRecipient, ValueError)


def test_recipient_domain_is_lower_cased():
    assert valid_address("  Ayse.Aksoy+mso@Example.ORG ") == "Ayse.Aksoy+mso@example.org"


# --- the cleaning helpers -----------------------------------------------------------------------------------


def test_clean_text_decodes_then_strips():
    assert clean_text("=?utf-8?q?a=0D=0ABcc:_x@example.org?=") == "a Bcc: x@example.org"
    assert clean_text("=?utf-8?q?M=C3=BCnster?=") == "Münster"
    assert clean_text("=?utf-8?q?=3D=3Futf-8=3Fq=3Fa=3F=3D?=") == "a"  # nested: decoded to the end
    assert clean_text("Anmeldung =?utf-8?q?M=C3=BCnster?= ok") == "Anmeldung Münster ok"
    assert clean_text("=?x-unknown?q?abc?=") == "= ?x-unknown?q?abc?="  # undecodable: defused


def test_clean_msgid():
    assert clean_msgid("  <a.b@c.d>  ") == "<a.b@c.d>"
    assert clean_msgid("<a@b>\r\nBcc: x") == "<a@b>"
    assert clean_msgid("no id here") is None
    assert clean_msgid("<a b@c>") is None
    assert clean_msgid(None) is None


def test_references_are_capped_and_end_with_the_answered_mail():
    refs = [f"<{i}@example.org>" for i in range(25)] + ["junk", "<3@example.org>"]
    out = references(refs, "<answered@example.org>")
    assert len(out) == MAX_REFERENCES and out[-1] == "<answered@example.org>"
    assert out[-2] == "<3@example.org>" and len(set(out)) == len(out)
