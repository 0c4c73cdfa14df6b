"""Dates read exactly as written, or refused with the reason: never a guessed offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import PurePath

import pytest

from reader.data.date_forms import DateForm, date_form
from reader.data.load.dates import (
    DateRefusal,
    date_in_address,
    date_in_file_name,
    parse_date_text,
)

PRAGUE_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-12-17T19:20:00+01:00", datetime(2019, 12, 17, 19, 20, tzinfo=PRAGUE_WINTER)),
        ("2019-12-17T19:20:00.250Z", datetime(2019, 12, 17, 19, 20, 0, 250000, tzinfo=UTC)),
        ("2019-12-17 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019-12-17 19:20:05 +0100", datetime(2019, 12, 17, 19, 20, 5, tzinfo=PRAGUE_WINTER)),
        ("2019-12-17 19:20 UTC", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019-12-17-19-20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019-12-17-19-59", datetime(2019, 12, 17, 19, 59, tzinfo=UTC)),
        ("2019-1-5 9:05", datetime(2019, 1, 5, 9, 5, tzinfo=UTC)),
        ("2019-12-17", datetime(2019, 12, 17, tzinfo=UTC)),
        ("20191217T192000Z", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("17. 12. 2019 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("17.12.2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("25/12/2019", datetime(2019, 12, 25, tzinfo=UTC)),
        ("12/25/2019", datetime(2019, 12, 25, tzinfo=UTC)),
        ("Tue, 17 Dec 2019 19:20:00 +0100", datetime(2019, 12, 17, 19, 20, tzinfo=PRAGUE_WINTER)),
        ("Tue, 17 Dec 2019 19:20:00 -0000", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("Dec 17, 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("December 17th, 2019 at 9:05", datetime(2019, 12, 17, 9, 5, tzinfo=UTC)),
        ("17 December 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("Tuesday, Dec 17, 2019 7:20 PM", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("Dec 17, 2019 12:05 a.m.", datetime(2019, 12, 17, 0, 5, tzinfo=UTC)),
        ("2019/12/17 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019.12.17", datetime(2019, 12, 17, tzinfo=UTC)),
        (
            "2019-12-17T19:20:00+01:00[Europe/Prague]",
            datetime(2019, 12, 17, 19, 20, tzinfo=PRAGUE_WINTER),
        ),
        ("17. prosince 2019 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("5. května 2019", datetime(2019, 5, 5, tzinfo=UTC)),
        ("17. decembra 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("17. Dezember 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("1er décembre 2019", datetime(2019, 12, 1, tzinfo=UTC)),
        ("17 декабря 2019 г.", datetime(2019, 12, 17, tzinfo=UTC)),
        ("úterý 17. prosince 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("Út 17. 12. 2019 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("mardi 17 décembre 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("вторник, 17 декабря 2019 г.", datetime(2019, 12, 17, tzinfo=UTC)),
        ("17.12.2019.", datetime(2019, 12, 17, tzinfo=UTC)),
        ("2019. 12. 17. 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019. december 17.", datetime(2019, 12, 17, tzinfo=UTC)),
        ("martes, 17 de diciembre de 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("terça-feira, 17 de dezembro de 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("17 dicembre 2019 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("dinsdag 17 december 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("wtorek, 17 grudnia 2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("17 грудня 2019 р.", datetime(2019, 12, 17, tzinfo=UTC)),
        ("17-Dec-2019", datetime(2019, 12, 17, tzinfo=UTC)),
        ("Tue Dec 17 19:20:00 2019", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("Tue Dec 17 19:20:00 2019 +0100", datetime(2019, 12, 17, 19, 20, tzinfo=PRAGUE_WINTER)),
        ("2019-12-17 19:20 CET", datetime(2019, 12, 17, 19, 20, tzinfo=PRAGUE_WINTER)),
        ("2019-12-17t19:20:00z", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("2019年12月17日", datetime(2019, 12, 17, tzinfo=UTC)),
        ("2019년 12월 17일 19:20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
    ],
)
def test_parse_date_text_reads_the_forms_people_write(text: str, expected: datetime) -> None:
    """Each everyday form gives its minute and zone exactly; no zone is UTC."""
    result = parse_date_text(text)
    assert result == expected
    assert isinstance(result, datetime) and result.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("03/04/2020", "could be day/month or month/day"),
        ("2025-02-30", "is not a valid date"),
        ("2019-12-17T24:00", "is not a valid date"),
        ("2019-12-17 19:20 +20:00", "is not a valid date (no place is +20:00 from UTC)"),
        ("včera odpoledne", "is not a valid date"),
        ("Foo 17, 2019", "is not a valid date"),
        ("2019-12-17x19:20", "is not a valid date"),
        ("Monday, Dec 17, 2019", "is not a valid date (Monday is another day)"),
        ("pondělí 17. 12. 2019", "is not a valid date (pondělí is another day)"),
        ("Foo 17. 12. 2019", "is not a valid date"),
        ("Dec 17, 2019 13:20 PM", "is not a valid date"),
        ("2019-12-17T19:20[Europe/Prague]", "is not a valid date"),
        ("2019/12-17", "is not a valid date"),
        ("17. prosinec 2019x", "is not a valid date"),
        ("miércoles, 17 de diciembre de 2019", "is not a valid date (miércoles is another day)"),
        ("17-Foo-2019", "is not a valid date"),
        ("Tue Dec 17 19:20:00 CET 2019", "is not a valid date"),
        ("2019-12-17 19:20 CST", "is not a valid date"),
    ],
)
def test_parse_date_text_refuses_what_it_would_have_to_guess(text: str, reason: str) -> None:
    """Ambiguous, impossible and unknown values are refused with the reason."""
    assert parse_date_text(text) == DateRefusal(reason)


MONTHS_IN_LANGUAGES = [
    "January enero gennaio janeiro januari ledna stycznia január января січня",
    "February febrero febbraio fevereiro februari února lutego február февраля лютого",
    "March marzo março maart března marca március марта березня",
    "April abril aprile abril april dubna kwietnia április апреля квітня",
    "May mayo maggio maio mei května maja május мая травня",
    "June junio giugno junho juni června czerwca június июня червня",
    "July julio luglio julho juli července lipca július июля липня",
    "August agosto agosto agosto augustus srpna sierpnia augusztus августа серпня",
    "September septiembre settembre setembro september září września szeptember сентября вересня",
    "October octubre ottobre outubro oktober října października október октября жовтня",
    "November noviembre novembre novembro november listopadu listopada november ноября листопада",
    "December diciembre dicembre dezembro december prosince grudnia december декабря грудня",
]


@pytest.mark.parametrize(("month", "names"), list(enumerate(MONTHS_IN_LANGUAGES, start=1)))
def test_each_language_names_each_month_as_that_month(month: int, names: str) -> None:
    """A month's name in any of the languages read, as a date takes it, is that month."""
    for name in names.split():
        assert parse_date_text(f"7 {name} 2024") == datetime(2024, month, 7, tzinfo=UTC), name


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("_posts/2016-03-03-welcome.md", datetime(2016, 3, 3, tzinfo=UTC)),
        ("notes/2016-03-03_porada.md", datetime(2016, 3, 3, tzinfo=UTC)),
        ("notes/2016-03-03 Porada.md", datetime(2016, 3, 3, tzinfo=UTC)),
        ("daily/2016-03-03.md", datetime(2016, 3, 3, tzinfo=UTC)),
        ("posts/2016-03-03-bundle/index.md", datetime(2016, 3, 3, tzinfo=UTC)),
        ("posts/2016-02-30-no-such-day.md", None),
        ("posts/20160303-title.md", None),
        ("posts/release-2016-03-03.md", None),
    ],
)
def test_date_in_file_name_reads_the_leading_day(path: str, expected: datetime | None) -> None:
    """A leading YYYY-MM-DD (or a page bundle's folder's) dates the file; nothing else does."""
    assert date_in_file_name(PurePath(path), []) == expected


def test_a_file_names_day_that_does_not_exist_is_reported() -> None:
    """`2024-13-01-…` is no day: the file is undated, and that is said, not passed over."""
    problems: list[str] = []
    assert date_in_file_name(PurePath("_posts/2024-13-01-pruhy.md"), problems) is None
    assert problems == ["the file name's date 2024-13-01 is not a valid date; ignored"]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("2025/06/26/rust-1.88.0", datetime(2025, 6, 26, tzinfo=UTC)),
        ("https://blog.example/2025/06/26/release/", datetime(2025, 6, 26, tzinfo=UTC)),
        ("/blog/2025/06/", None),
        ("/releases/12025/06/26/", None),
    ],
)
def test_date_in_address_reads_year_month_day(address: str, expected: datetime | None) -> None:
    """Only a whole /YYYY/MM/DD/ in a path or url is a date."""
    assert date_in_address(address) == expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("2019-12-17T19:20:00+01:00", DateForm.MOMENT),
        ("2019-12-17T19:20:00Z", DateForm.MOMENT),
        ("2019-12-17 19:20 UTC", DateForm.MOMENT),
        ("Tue, 17 Dec 2019 19:20:00 +0100", DateForm.MOMENT),
        ("2019-12-17 19:20", DateForm.WALL_TIME),
        ("17. prosince 2019 19:20", DateForm.WALL_TIME),
        ("Tue, 17 Dec 2019 19:20:00 -0000", DateForm.WALL_TIME),
        ("2019-12-17", DateForm.DAY),
        ("17. 12. 2019", DateForm.DAY),
        ("Dec 17, 2019", DateForm.DAY),
        ("20191217", DateForm.DAY),
    ],
)
def test_parse_date_text_says_how_much_was_written(text: str, form: DateForm) -> None:
    """A zone (UTC said outright too) makes a moment; a time without one is a wall time, a
    day without a time a day: they are shown as written, not moved to local time."""
    result = parse_date_text(text)
    assert isinstance(result, datetime) and date_form(result) is form


def test_dates_in_names_and_addresses_are_days() -> None:
    """A day a file name or an address gives has no time of day."""
    in_name = date_in_file_name(PurePath("_posts/2016-03-03-welcome.md"), [])
    in_address = date_in_address("https://blog.example/2025/06/26/release/")
    assert in_name is not None and date_form(in_name) is DateForm.DAY
    assert in_address is not None and date_form(in_address) is DateForm.DAY
