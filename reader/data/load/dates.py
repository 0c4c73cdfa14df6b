"""Dates as people write them in front matter, file names and addresses: read exactly, or not
at all.

One grammar of our own covers ISO 8601 and its everyday relatives (`2019-12-17 19:20`,
`2019-12-17-19-20`, `2019-1-5T9:05Z`, `2019/12/17`, Europe's zone names: `19:20 CET`), the
day-first dotted form (`17. 12. 2019 19:20`, `17.12.2019.`) and the Hungarian year-first one
(`2019. 12. 17.`), month names in English, German, French, Spanish, Italian, Portuguese,
Dutch, Czech, Slovak, Polish, Hungarian, Russian and Ukrainian (`Dec 17, 2019 7:20 PM`, `17.
prosince 2019`, `17 de diciembre de 2019`, `17-Dec-2019`, `2019. december 17.`), the C
library's and git's (`Tue Dec 17 19:20:00 2019 +0100`), East Asia's (`2019年12月17日`), and
slashed dates whose order the numbers prove; the standard library reads RFC 2822 (`Tue, 17
Dec 2019 19:20:00 +0100`). A lenient parser was measured and not used: it reads
`2019-12-17-19-20` as a −20 hour offset (as `datetime.fromisoformat` does) and `03/04/2020`
as March, where nothing says which. Anything else is refused with the reason, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import PurePath

from ..date_forms import DAY_ZONE, WALL_TIME_ZONE
from .date_names import MONTHS, WEEKDAYS, ZONE_HOURS

_ZONE = (
    rf"(?P<zone>{'|'.join(sorted(ZONE_HOURS, key=len, reverse=True))}|[+-]\d{{2}}(?::?\d{{2}})?)"
)
_TIME = (
    r"(?P<hour>\d{1,2})[:h-](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?"
)
_YEAR_FIRST = re.compile(
    rf"(?P<year>\d{{4}})(?P<separator>[-/.])(?P<month>\d{{1,2}})(?P=separator)(?P<day>\d{{1,2}})"
    rf"(?:(?:[Tt]|[ _-]|\s+)(?:{_TIME})?\s*(?:{_ZONE}(?:\[[\w/+-]+\])?)?)?",
)
"""`2019-12-17`, `2019-12-17T19:20:00.5+01:00`, `2019-12-17 19:20 UTC`, `2019-12-17-19-20`,
`2019/12/17`, and RFC 9557's zone name after an offset (`...+01:00[Europe/Prague]`)."""
_COMPACT = re.compile(
    rf"(?P<year>\d{{4}})(?P<month>\d{{2}})(?P<day>\d{{2}})"
    rf"(?:T(?P<hour>\d{{2}})(?P<minute>\d{{2}})(?P<second>\d{{2}})?{_ZONE}?)?"
)
"""ISO 8601's basic format: `20191217`, `20191217T192000Z`."""
_WEEKDAY = r"(?:(?P<weekday>[^\W\d_]{2,12}(?:-feira)?)\.?,?\s+)?"
"""A weekday before a date (`Tuesday, `, `úterý `, `Di., `, `terça-feira, `): checked
against the date."""
_DAY_FIRST = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})\.\s*(?P<month>\d{{1,2}})\.\s*(?P<year>\d{{4}})\.?"
    rf"(?:,?\s+{_TIME})?\s*{_ZONE}?"
)
"""The Czech order, with dots: `17. 12. 2019`, `17.12.2019 19:20`, `út 17. 12. 2019`, and
with the dot after the year that Croatian, Serbian and Hungarian write (`17.12.2019.`)."""
_YEAR_FIRST_DOTTED = re.compile(
    rf"(?P<year>\d{{4}})\.\s*(?P<month>\d{{1,2}})\.\s*(?P<day>\d{{1,2}})\.?"
    rf"(?:,?\s+{_TIME})?\s*{_ZONE}?"
)
"""Hungarian's order: `2019. 12. 17.`, `2019. 12. 17. 19:20`."""
_EAST_ASIAN = re.compile(
    rf"(?P<year>\d{{4}})\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"
    rf"(?:\s*{_TIME})?\s*{_ZONE}?"
)
"""Chinese, Japanese and Korean: `2019年12月17日`, `2019년 12월 17일 19:20`."""
_SLASHED = re.compile(
    rf"(?P<first>\d{{1,2}})/(?P<second_part>\d{{1,2}})/(?P<year>\d{{4}})(?:,?\s+{_TIME})?"
    rf"\s*{_ZONE}?"
)
"""`25/12/2019` or `12/25/2019`: which number is the day only shows when one exceeds 12."""
_NAME = r"[^\W\d_]{3,12}"
"""A month's name or its short form."""
_NAME_APART = r"(?:\s+de\s+|\s+|-)"
"""What stands between a day, a month's name and a year: `17 de diciembre de 2019` in
Spanish and Portuguese, `17-Dec-2019` in logs and databases."""
_MONTH_NAMED = re.compile(
    rf"{_WEEKDAY}"
    rf"(?:(?P<day_before>\d{{1,2}})(?:\.|er)?{_NAME_APART}(?P<name_after>{_NAME})\.?{_NAME_APART}"
    rf"|(?P<name_before>{_NAME})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)"
    rf"(?P<year>\d{{4}})(?:\s*г\.|\s+года|\s+р\.)?(?:,?\s+(?:at\s+)?{_TIME})?\s*{_ZONE}?"
)
"""Month names: `17 December 2019`, `Tuesday, Dec 17, 2019 7:20 PM`, `17. prosince 2019`,
`1er décembre 2019`, `17. Dezember 2019`, `17 декабря 2019 г.`, `17 de diciembre de 2019`,
`17-Dec-2019`."""
_YEAR_FIRST_NAMED = re.compile(
    rf"(?P<year>\d{{4}})\.\s+(?P<name_before>{_NAME})\.?\s+(?P<day_after>\d{{1,2}})\.?"
    rf"(?:,?\s+{_TIME})?\s*{_ZONE}?"
)
"""Hungarian's order with a month's name: `2019. december 17.`."""
_C_LIBRARY = re.compile(
    rf"{_WEEKDAY}(?P<name_before>{_NAME})\s+(?P<day_after>\d{{1,2}})\s+{_TIME}"
    rf"\s+(?P<year>\d{{4}})(?:\s+{_ZONE})?"
)
"""The C library's `Tue Dec 17 19:20:00 2019` (`ctime`), and git's, with the offset after the
year (`Tue Dec 17 19:20:00 2019 +0100`)."""
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")
_MAX_ZONE_HOURS = 14
"""The furthest any real time zone is from UTC."""

_FILE_NAME_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[-_. ]|$)")
"""Jekyll's `2016-03-03-title`, and `2016-03-03_title` or `2016-03-03 title` of note-takers."""
_ADDRESS_DATE = re.compile(r"(?:^|/)(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})(?:/|$)")
"""`/2025/06/26/` in a path, url or permalink."""
SECTION_PAGES = frozenset({"index", "_index"})
"""The stems of Hugo's section and page-bundle files, which take their folder's name, date
and all."""


@dataclass(frozen=True)
class DateRefusal:
    """Why a value is not read as a date."""

    reason: str
    """The end of a sentence that starts with the field and its value, e.g. "is not a valid
    date"."""


def parse_date_text(text: str) -> datetime | DateRefusal:
    """Read a date as people write it; a value without a zone is read as UTC, its zone
    saying it was written without one (`date_forms`), so it is shown as written.

    Args:
        text: One of the forms the module docstring lists.

    Returns:
        An aware datetime, or why the text is not read: an impossible or unknown form, or
        one that could be read two ways.
    """
    text = text.strip()
    for pattern in (_YEAR_FIRST, _COMPACT):
        match = pattern.fullmatch(text)
        if match is not None:
            return _from_parts(match, match["year"], match["month"], match["day"])
    day_first = _DAY_FIRST.fullmatch(text)
    if day_first is not None:
        moment = _from_parts(day_first, day_first["year"], day_first["month"], day_first["day"])
        return _on_its_weekday(day_first, moment)
    for pattern in (_YEAR_FIRST_DOTTED, _EAST_ASIAN):
        match = pattern.fullmatch(text)
        if match is not None:
            return _from_parts(match, match["year"], match["month"], match["day"])
    slashed = _SLASHED.fullmatch(text)
    if slashed is not None:
        return _from_slashed(slashed)
    if _RFC_2822.match(text):
        return _from_rfc_2822(text)
    for pattern in (_MONTH_NAMED, _YEAR_FIRST_NAMED, _C_LIBRARY):
        named = pattern.fullmatch(text)
        if named is not None:
            return _from_month_name(named)
    return DateRefusal("is not a valid date")


def date_in_file_name(path: PurePath, problems: list[str]) -> datetime | None:
    """The date a file's name starts with (`2016-03-03-title.md`); for a section page
    (`index.md`, `_index.md`) the date its folder's name starts with.

    Args:
        path: The file.
        problems: Gets a sentence appended when the name starts with a day that does not
            exist (`2024-13-01-…`).

    Returns:
        Midnight UTC of that day (a day alone: `DAY_ZONE`), or None when the name has no
        valid date.
    """
    name = path.parent.name if path.stem in SECTION_PAGES else path.stem
    match = _FILE_NAME_DATE.match(name)
    if match is None:
        return None
    day = _day(match)
    if day is None:
        written = f"{match['year']}-{match['month']}-{match['day']}"
        problems.append(f"the file name's date {written} is not a valid date; ignored")
    return day


def date_in_address(address: str) -> datetime | None:
    """The day a path or url names as `/YYYY/MM/DD/` (`/2025/06/26/release/`).

    Returns:
        Midnight UTC of that day (a day alone: `DAY_ZONE`), or None when the address names
        none.
    """
    match = _ADDRESS_DATE.search(address)
    return _day(match) if match is not None else None


def _day(match: re.Match[str]) -> datetime | None:
    """Midnight UTC of a matched year, month and day; None when the day does not exist."""
    try:
        return datetime(int(match["year"]), int(match["month"]), int(match["day"]), tzinfo=DAY_ZONE)
    except ValueError:
        return None


def _from_slashed(match: re.Match[str]) -> datetime | DateRefusal:
    """A slashed date whose order the numbers prove; refused when either order could be."""
    first, second = int(match["first"]), int(match["second_part"])
    if first <= 12 and second <= 12 and first != second:
        return DateRefusal("could be day/month or month/day")
    day, month = (first, second) if first > 12 else (second, first)
    return _from_parts(match, match["year"], str(month), str(day))


def _from_parts(match: re.Match[str], year: str, month: str, day: str) -> datetime | DateRefusal:
    """Build the datetime of a grammar match, refusing impossible days, times and zones."""
    groups = match.groupdict()
    zone = _zone(groups.get("zone"), has_time=groups.get("hour") is not None)
    if isinstance(zone, DateRefusal):
        return zone
    fraction = (groups.get("fraction") or "").ljust(6, "0")[:6]
    hour = int(groups.get("hour") or 0)
    half = (groups.get("half") or "").lower()
    if half:  # `7:20 PM`: hours 1 to 12 only, `12 AM` being midnight
        hour = hour % 12 + (12 if half == "p" else 0) if 1 <= hour <= 12 else 24
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            hour,
            int(groups.get("minute") or 0),
            int(groups.get("second") or 0),
            int(fraction or 0),
            tzinfo=zone,
        )
    except ValueError:
        return DateRefusal("is not a valid date")


def _from_month_name(match: re.Match[str]) -> datetime | DateRefusal:
    """A date with a month name; refused when the name is no month, or the weekday before it
    is no weekday or not the date's."""
    groups = match.groupdict()  # each form names its own groups
    name = (groups.get("name_before") or groups["name_after"]).lower()
    month = MONTHS.get(name)
    if month is None:
        return DateRefusal("is not a valid date")
    day = groups.get("day_before") or groups["day_after"]
    return _on_its_weekday(match, _from_parts(match, match["year"], str(month), day))


def _on_its_weekday(match: re.Match[str], moment: datetime | DateRefusal) -> datetime | DateRefusal:
    """`moment`, unless the weekday written before it is no weekday or another day's."""
    written = match.groupdict().get("weekday")
    if written is None or isinstance(moment, DateRefusal):
        return moment
    weekday = WEEKDAYS.get(written.lower())
    if weekday is None:
        return DateRefusal("is not a valid date")
    if moment.weekday() != weekday:
        return DateRefusal(f"is not a valid date ({written} is another day)")
    return moment


def _zone(text: str | None, has_time: bool) -> timezone | DateRefusal:
    """The zone of `Z`, `UTC`, `CET` (`ZONE_HOURS`), `+01`, `+0100` or `+01:00`; when none
    is given, UTC
    named for a time written without a zone, or for a day alone."""
    if text is None:
        return WALL_TIME_ZONE if has_time else DAY_ZONE
    if text in ZONE_HOURS:
        return timezone(timedelta(hours=ZONE_HOURS[text])) if ZONE_HOURS[text] else UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > _MAX_ZONE_HOURS or minutes >= 60:
        return DateRefusal(f"is not a valid date (no place is {text} from UTC)")
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if text[0] == "-" else offset)


def _from_rfc_2822(text: str) -> datetime | DateRefusal:
    """Read an e-mail style date (RSS's `pubDate`)."""
    try:
        moment = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return DateRefusal("is not a valid date")
    # `-0000` says the zone is unknown: a time written without one.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=WALL_TIME_ZONE)
