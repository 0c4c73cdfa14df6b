"""What a date says of itself: a moment (a time with its zone), a time written without a
zone, or a day alone. Only a moment is the same instant everywhere and is shown in local
time; the others are shown as written, or the reader would invent an offset (a day written
`2024-03-05` would show as `2024-03-04 19:00` in New York, `2024-03-05 01:00` in Prague).

The form travels with the datetime, in the name of its zone: every date stays one aware
datetime (sorted by the UTC reading of what was written), copied, pickled to and from the
loading processes and compared as before.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from enum import Enum


class DateForm(Enum):
    """What a date's writer gave."""

    MOMENT = "moment"
    """A time and its zone (or UTC said outright): shown in local time."""
    WALL_TIME = "wall time"
    """A time without a zone: shown as written."""
    DAY = "day"
    """A day without a time: shown as that day, with no time of day."""


_NO_ZONE = "written without a zone"
_DAY_ONLY = "a day without a time"
WALL_TIME_ZONE = timezone(timedelta(0), _NO_ZONE)
"""The zone of a time written without one: UTC to sort by, shown as written."""
DAY_ZONE = timezone(timedelta(0), _DAY_ONLY)
"""The zone of a day written without a time: its midnight UTC to sort by, shown as the day."""
_FORMS = {_NO_ZONE: DateForm.WALL_TIME, _DAY_ONLY: DateForm.DAY}
ZONE_MARGIN = 14 * 3600
"""The furthest, in seconds, a local time is from UTC: a date written without a zone (sorted
as UTC) lies at most this far outside the span of its local day."""


def date_form(moment: datetime) -> DateForm:
    """What `moment`'s writer gave (its zone's name says: zones compare by offset alone)."""
    return _FORMS.get(moment.tzname() or "", DateForm.MOMENT)


def written_date(moment: datetime) -> str:
    """`moment` in ISO 8601 as far as it was written: `2024-03-05` for a day,
    `2024-03-05T10:20:00` for a time without a zone, with its offset for a moment."""
    form = date_form(moment)
    if form is DateForm.DAY:
        return moment.date().isoformat()
    if form is DateForm.WALL_TIME:
        return moment.replace(tzinfo=None).isoformat()
    return moment.isoformat()


def read_written_date(text: str) -> datetime:
    """The datetime `written_date` wrote as `text`, its form included."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=DAY_ZONE if len(text) == len("2024-03-05") else WALL_TIME_ZONE)


def shown_time(moment: datetime) -> datetime:
    """`moment` as the reader shows it: a moment in local time; a date written without a
    zone as written, and so one at the ends of the calendar (year 1, 9999), where local time
    may not exist."""
    if date_form(moment) is not DateForm.MOMENT:
        return moment  # its own time: in local time it would gain an offset nobody wrote
    try:
        return moment.astimezone()
    except (OverflowError, ValueError):
        return moment


def shown_day(moment: datetime) -> date:
    """The day `moment` is shown on (`shown_time`): where the brief counts it."""
    return shown_time(moment).date()
