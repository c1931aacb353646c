"""Working days in Flanders and the Netherlands, and when parent mail may leave."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.calendar import SendWindow, WorkCalendar, holiday_subdivision
from mailbot.errors import ConfigError

BRU = ZoneInfo("Europe/Brussels")
AMS = ZoneInfo("Europe/Amsterdam")
FLANDERS = WorkCalendar("BE", "Flemish", BRU)


def test_weekends_public_and_school_holidays_are_not_working_days_in_flanders():
    assert FLANDERS.is_working_day(date(2025, 3, 14))          # an ordinary Friday
    assert not FLANDERS.is_working_day(date(2025, 3, 15))      # Saturday
    assert not FLANDERS.is_working_day(date(2025, 11, 11))     # Armistice Day
    assert not FLANDERS.is_working_day(date(2025, 3, 4))      # carnival break (Flemish school holiday)


def test_a_deadline_skips_the_easter_break():
    sent = datetime(2025, 4, 4, 10, 0, tzinfo=BRU)             # Friday before the Easter break
    assert FLANDERS.add_working_days(sent, 1) == datetime(2025, 4, 22, 10, 0, tzinfo=BRU)


def test_five_working_days_over_a_weekend_keep_the_time_of_day():
    start = datetime(2025, 3, 12, 9, 15, tzinfo=BRU)           # Wednesday
    assert FLANDERS.add_working_days(start, 5) == datetime(2025, 3, 19, 9, 15, tzinfo=BRU)
    assert FLANDERS.working_days_between(start, datetime(2025, 3, 19, 8, 0, tzinfo=BRU)) == 5


def test_dutch_school_regions_differ():
    noord = WorkCalendar("NL", "Noord", AMS)
    zuid = WorkCalendar("NL", "Zuid", AMS)
    day = date(2025, 2, 17)                                    # spring break in Noord, not in Zuid
    assert not noord.is_working_day(day) and zuid.is_working_day(day)
    assert not noord.is_working_day(date(2025, 4, 28))         # May break, all regions
    assert WorkCalendar("NL", None, AMS).is_working_day(day)   # no region: public holidays only


@pytest.mark.parametrize("country,value,expected", [("BE", "VLG", "Flemish"), ("BE", "Vlaanderen", "Flemish"),
                                                    ("NL", "noord", "Noord"), ("NL", None, None)])
def test_our_region_names_map_to_the_holidays_library(country, value, expected):
    assert holiday_subdivision(country, value) == expected


def test_an_unknown_region_is_a_config_error_naming_the_choices():
    with pytest.raises(ConfigError, match="Flemish"):
        holiday_subdivision("BE", "Brabant")


WINDOW = SendWindow.parse("07:30-20:00", ["mon", "tue", "wed", "thu", "fri", "sat"], BRU)


def test_inside_the_window_mail_leaves_at_once():
    assert WINDOW.next_allowed(datetime(2025, 3, 12, 7, 30, tzinfo=BRU)) is None
    assert WINDOW.hold(datetime(2025, 3, 12, 12, 0, tzinfo=BRU), False, "parent") is None


def test_late_evening_mail_waits_for_the_morning_and_saturday_night_for_monday():
    assert WINDOW.next_allowed(datetime(2025, 3, 12, 22, 0, tzinfo=BRU)) == datetime(2025, 3, 13, 7, 30, tzinfo=BRU)
    assert WINDOW.next_allowed(datetime(2025, 3, 15, 20, 0, tzinfo=BRU)) == datetime(2025, 3, 17, 7, 30, tzinfo=BRU)
    assert WINDOW.next_allowed(datetime(2025, 3, 16, 6, 0, tzinfo=BRU)) == datetime(2025, 3, 17, 7, 30, tzinfo=BRU)


def test_director_mail_is_never_held_by_the_window():
    assert WINDOW.hold(datetime(2025, 3, 16, 3, 0, tzinfo=BRU), True, "director") is None


@pytest.mark.parametrize("window,days", [("20:00-07:30", ["mon"]), ("7u30-20u", ["mon"]), ("07:30-20:00", ["zon"]),
                                         ("07:30-20:00", [])])
def test_a_bad_window_names_the_key(window, days):
    with pytest.raises(ConfigError, match="send_"):
        SendWindow.parse(window, days, BRU)


def _raw(**bot):
    return {"imap": {"host": "h", "user": "u", "folder": "INBOX"}, "smtp": {"host": "h", "from_address": "k@s.example"},
            "database": {"url": "sqlite:///x.db"}, "procedure": {"name": "divergent"},
            "director": {"name": "D", "address": "d@s.example"}, "bot": bot}


def test_the_config_checks_the_window_and_the_digest_time_at_start_up():
    from mailbot.config import from_dict
    ok = from_dict(_raw(send_window="07:30-20:00", send_days=["mon", "sat"], digest_time="07:00"), env={})
    assert ok.bot.send_days == ("mon", "sat") and ok.bot.approval_required
    with pytest.raises(ConfigError, match=r"\[bot\] send_window"):
        from_dict(_raw(send_window="7-20"), env={})
    with pytest.raises(ConfigError, match=r"\[bot\] digest_time"):
        from_dict(_raw(digest_time="7u"), env={})
