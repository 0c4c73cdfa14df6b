"""A date keeps how much of it was written: through the index and the loading processes."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest

from reader.data.date_forms import (
    DAY_ZONE,
    WALL_TIME_ZONE,
    DateForm,
    date_form,
    read_written_date,
    written_date,
)


@pytest.mark.parametrize(
    ("moment", "text", "form"),
    [
        (datetime(2024, 3, 5, tzinfo=DAY_ZONE), "2024-03-05", DateForm.DAY),
        (
            datetime(2024, 3, 5, 10, 20, tzinfo=WALL_TIME_ZONE),
            "2024-03-05T10:20:00",
            DateForm.WALL_TIME,
        ),
        (datetime(2024, 3, 5, tzinfo=WALL_TIME_ZONE), "2024-03-05T00:00:00", DateForm.WALL_TIME),
        (datetime(2024, 3, 5, 10, 20, tzinfo=UTC), "2024-03-05T10:20:00+00:00", DateForm.MOMENT),
        (
            datetime(2024, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=1))),
            "2024-03-05T10:20:00+01:00",
            DateForm.MOMENT,
        ),
    ],
)
def test_a_date_is_written_as_far_as_it_was_given_and_read_back_whole(
    moment: datetime, text: str, form: DateForm
) -> None:
    """The index keeps `2024-03-05` for a day and no offset for a wall time, and reads back
    the same instant and form; a pickled date (to and from a loading process) keeps it too."""
    assert written_date(moment) == text
    for again in (read_written_date(text), pickle.loads(pickle.dumps(moment))):
        assert again == moment and again.utcoffset() == moment.utcoffset()
        assert date_form(again) is form
