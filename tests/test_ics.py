"""The calendar entry: parsed back with icalendar, times checked in UTC."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from mailbot.ics import ICS_KINDS, build_ics, event_slug, event_uid, sequence_at
from test_notices import CONFIG_TOML, make_config, registration

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 2, 1, 12, 0, tzinfo=UTC)


def vevent(config, reg, now=NOW):
    calendar = Calendar.from_ical(build_ics(config, reg, now=now))
    assert calendar["METHOD"] == "PUBLISH" and calendar["VERSION"] == "2.0"
    (event,) = calendar.walk("VEVENT")
    return event


@pytest.fixture
def config(tmp_path):
    return make_config(tmp_path)


def test_start_and_end_in_utc(config):
    event = vevent(config, registration())
    # 10:00 in Münster in March (CET, UTC+1) is 09:00 UTC; 16:00 is 15:00 UTC
    assert event.start == dt.datetime(2027, 3, 13, 9, 0, tzinfo=UTC)
    assert event.end == dt.datetime(2027, 3, 13, 15, 0, tzinfo=UTC)
    assert b"DTSTART:20270313T090000Z" in build_ics(config, registration(), now=NOW)


@pytest.mark.parametrize("zone, starts, utc_hour", [
    ("Europe/Berlin", "2027-07-10T10:00:00", 8),  # summer time, UTC+2
    ("Europe/Istanbul", "2027-03-13T10:00:00", 7),  # UTC+3 all year
    ("America/New_York", "2027-03-13T10:00:00", 15),  # EST, the day before the switch
    ("America/New_York", "2027-03-15T10:00:00", 14),  # EDT
])
def test_other_zones_and_seasons(tmp_path, zone, starts, utc_hour):
    day = starts[:10]
    toml = (CONFIG_TOML.replace('timezone = "Europe/Berlin"', f'timezone = "{zone}"')
            .replace("starts = 2027-03-13T10:00:00", f"starts = {starts}")
            .replace("ends = 2027-03-13T16:00:00", f"ends = {day}T16:00:00")
            .replace("registration_deadline = 2027-03-06T23:59:00\n", ""))
    (tmp_path / "config.toml").write_text(toml, encoding="utf-8")
    from mailbot.config import load_config

    event = vevent(load_config(tmp_path / "config.toml"), registration())
    assert event.start.utcoffset() == dt.timedelta(0) and event.start.hour == utc_hour


def test_summary_location_description(config):
    event = vevent(config, registration(workgroup="AG2", party_size=3))
    assert event["SUMMARY"] == ("Tag der Migrantenselbstorganisationen 2027 – AG 2: Münsters Zukunftsprozess "
                                "aus der Sicht der Menschen mit Migrationsvorgeschichte")
    assert event["LOCATION"] == "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster"
    assert "Personen: 3" in event["DESCRIPTION"] and "mso-tag@muenster.example" in event["DESCRIPTION"]
    assert event["STATUS"] == "CONFIRMED"


def test_room_is_part_of_location(tmp_path):
    toml = CONFIG_TOML.replace('title = "Menschen mit Migrationsvorgeschichte im Bildungssystem"\n',
                               'title = "Menschen mit Migrationsvorgeschichte im Bildungssystem"\nroom = "Saal 1"\n')
    (tmp_path / "config.toml").write_text(toml, encoding="utf-8")
    from mailbot.config import load_config

    event = vevent(load_config(tmp_path / "config.toml"), registration(workgroup="AG1"))
    assert event["LOCATION"] == "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster, Saal 1"


def test_without_workgroup_the_summary_is_the_event(config):
    assert vevent(config, registration(workgroup=None))["SUMMARY"] == "Tag der Migrantenselbstorganisationen 2027"
    assert vevent(config, None)["SUMMARY"] == "Tag der Migrantenselbstorganisationen 2027"


def test_uid_is_stable_per_registration(config):
    first = vevent(config, registration(id=7, workgroup="AG1"), now=NOW)
    later = vevent(config, registration(id=7, workgroup="AG3"), now=NOW + dt.timedelta(days=3))
    other = vevent(config, registration(id=8))
    assert first["UID"] == later["UID"] == "mailbot-7-tag-der-migrantenselbstorganisationen-2027@muenster.example"
    assert other["UID"] != first["UID"]
    assert later["SEQUENCE"] > first["SEQUENCE"]  # the newer version replaces the older one


def test_uid_before_the_registration_is_stored_hides_the_address(config):
    uid = event_uid(config, registration(id=None, email="ayse@example.org"))
    assert "ayse" not in uid and uid == event_uid(config, registration(id=None, email="AYSE@example.org"))


def test_dtstamp_is_now(config):
    assert vevent(config, registration())["DTSTAMP"].dt == NOW


def test_slug_and_sequence():
    assert event_slug("MSO-Tag 2027: Münster!") == "mso-tag-2027-munster"
    assert sequence_at(dt.datetime(2024, 1, 1, 1, 0, tzinfo=UTC)) == 60
    assert sequence_at(dt.datetime(2030, 1, 1)) < 2**31


def test_kinds_that_carry_it():
    assert ICS_KINDS == {"confirmation", "promoted", "change_confirmed", "reminder"}


@pytest.mark.parametrize("reg_id, workgroup, party", [(1, "AG1", 1), (7, "AG2", 3), (123456789012, None, 2), (None, "AG3", 1)])
def test_cached_calendar_is_byte_for_byte_a_whole_build(config, reg_id, workgroup, party):
    """Filling UID, DTSTAMP and SEQUENCE into the cached calendar equals building it whole (long UIDs fold)."""
    from mailbot import ics

    reg = registration(id=reg_id, workgroup=workgroup, party_size=party)
    for now in (NOW, NOW + dt.timedelta(days=40, seconds=7), NOW + dt.timedelta(seconds=59, microseconds=999_999)):
        cached = build_ics(config, reg, now=now)
        wg = config.workgroup(workgroup) if workgroup else None
        fixed = dict(dtstart=config.event.starts_utc, dtend=config.event.ends_utc, summary=ics.summary_for(config, wg),
                     location=ics._location(config.event.venue, wg),
                     description=ics._description(config, reg, wg), url=config.event.url)
        whole = ics._calendar(tuple(fixed.items()), event_uid(config, reg), now, sequence_at(now)).to_ical()
        assert cached == whole
