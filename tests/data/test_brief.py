"""Tests for read_brief: a day's articles from the index, by importance and category, with
the folder's counts; marks read, never written."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from test_index import refreshed, write_article

from reader.data import ArticleQuery, Mark, ReadingState, group_by_category, read_brief
from reader.present.brief_text import entry_title


def folder_of_days(folder: Path) -> Path:
    """Five articles over three days (6, 8 and 9 December), one without a date."""
    write_article(folder, "a.md", title="A", category="Věda", importance=2, day=8,
                  body="## Klíčové body\n- První bod\n- Druhý bod\n")  # fmt: skip
    write_article(folder, "b.md", title="B", category="politika", importance=5, day=8)
    write_article(folder, "c.md", title="C", category="věda", importance=4, day=8,
                  description="Popis C.")  # fmt: skip
    write_article(folder, "d.md", title="D", category="", importance=1, day=6)
    write_article(folder, "e.md", title="E", category="sport", importance=3, day=9)
    write_article(folder, "f.md", title="F bez data")
    return folder


def test_brief_shows_the_newest_day_by_importance(tmp_path: Path) -> None:
    """Without a day, the newest day with articles is shown, most important first."""
    index = refreshed(folder_of_days(tmp_path), cached=False)
    brief = read_brief(index, ReadingState.open(tmp_path / "state"), ArticleQuery())
    assert brief.day == date(2025, 12, 9)
    assert [entry.title for entry in brief.entries] == ["E"]
    assert (brief.previous_day, brief.next_day) == (date(2025, 12, 8), None)


def test_brief_groups_by_category_with_key_points(tmp_path: Path) -> None:
    """A day's articles are grouped by category (case and accents ignored), most important
    group first; each carries its key points, or its summary."""
    index = refreshed(folder_of_days(tmp_path), cached=False)
    state = ReadingState.open(tmp_path / "state")
    brief = read_brief(index, state, ArticleQuery(), date(2025, 12, 8))
    groups = [(name, [entry.title for entry in entries]) for name, entries in
              group_by_category(brief.entries)]  # fmt: skip
    assert groups == [("politika", ["B"]), ("Věda", ["C", "A"])]
    by_title = {entry.title: entry for entry in brief.entries}
    assert by_title["A"].key_points == ("První bod", "Druhý bod")
    assert (by_title["C"].key_points, by_title["C"].summary) == ((), "Popis C.")
    assert (brief.previous_day, brief.next_day) == (date(2025, 12, 6), date(2025, 12, 9))


def test_brief_counts_follow_the_filters_and_marks(tmp_path: Path) -> None:
    """The counts per day, category and importance follow the filters, and unread articles
    are counted from the marks, which reading the brief leaves as they were."""
    index = refreshed(folder_of_days(tmp_path), cached=False)
    state = ReadingState.open(tmp_path / "state")
    state.set(["a", "e"], Mark.READ, on=True)
    brief = read_brief(index, state, ArticleQuery(min_importance=2), date(2025, 12, 9))
    assert [(count.day.day, count.articles) for count in brief.per_day[-4:]] == [
        (6, 0), (7, 0), (8, 3), (9, 1)
    ]  # fmt: skip
    assert brief.per_category == (("Věda", 2), ("politika", 1), ("sport", 1))
    assert brief.per_importance == ((5, 1), (4, 1), (3, 1), (2, 1))
    assert (brief.unread, brief.unread_of_day) == (2, 0)
    assert state.marked(Mark.READ) == {"a", "e"}


def test_brief_of_unread_only_skips_days_read_through(tmp_path: Path) -> None:
    """With only unread articles shown, a day whose articles are all read is stepped over."""
    index = refreshed(folder_of_days(tmp_path), cached=False)
    state = ReadingState.open(tmp_path / "state")
    state.set(["e"], Mark.READ, on=True)
    brief = read_brief(index, state, ArticleQuery(unread_only=True))
    assert brief.day == date(2025, 12, 8)
    assert brief.next_day is None


def test_brief_of_an_undated_folder_is_empty(tmp_path: Path) -> None:
    """A folder without dated articles has no day to show."""
    write_article(tmp_path, "x.md", title="X")
    index = refreshed(tmp_path, cached=False)
    brief = read_brief(index, ReadingState.open(tmp_path / "state"), ArticleQuery())
    assert (brief.day, brief.entries, brief.per_day) == (None, (), ())


def test_brief_counts_a_date_written_without_a_zone_on_its_own_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five hours west of UTC, a day alone and a time written without a zone are on the day
    written, as the list shows them; a moment on its local day. The days around follow."""
    monkeypatch.setenv("TZ", "EST+5")
    time.tzset()
    for name, written in [
        ("day", "2024-03-05"),  # midnight UTC: 19:00 the day before here
        ("moment", "2024-03-05T02:00:00Z"),  # 21:00 on 4 March here
        ("late", "2024-03-06 23:30"),  # 04:30 UTC on 7 March once moved here
        ("early", "2024-03-08 01:00"),  # 20:00 on 7 March once moved here
    ]:
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: {written}\n---\nx\n")
    index = refreshed(tmp_path, cached=False)
    state = ReadingState.open(tmp_path / "state")

    newest = read_brief(index, state, ArticleQuery())
    fifth = read_brief(index, state, ArticleQuery(), date(2024, 3, 5))

    assert (newest.day, [entry.title for entry in newest.entries]) == (date(2024, 3, 8), ["early"])
    assert newest.previous_day == date(2024, 3, 6)
    assert [entry.title for entry in fifth.entries] == ["day"]
    assert (fifth.previous_day, fifth.next_day) == (date(2024, 3, 4), date(2024, 3, 6))
    assert [count.articles for count in fifth.per_day[-2:]] == [1, 1]


def test_brief_marks_a_draft_as_the_list_does(tmp_path: Path) -> None:
    """A draft in the brief is marked `(draft)` before its title, as in the list."""
    write_article(tmp_path, "a.md", title="Hotovo", day=8)
    (tmp_path / "b.md").write_text(
        "---\ntitle: Rozepsáno\ndraft: true\npublishedAt: '2025-12-08T09:00:00+00:00'\n---\nx\n",
        encoding="utf-8",
    )
    index = refreshed(tmp_path, cached=False)
    brief = read_brief(index, ReadingState.open(tmp_path / "state"), ArticleQuery())
    assert sorted(entry_title(entry) for entry in brief.entries) == ["(draft) Rozepsáno", "Hotovo"]


def test_brief_of_the_calendars_first_and_last_days(tmp_path: Path) -> None:
    """Articles dated the first and the last day of the calendar have a brief, and the days
    around reach them: no day past the calendar is asked for."""
    for name, day in (
        ("first.md", "0001-01-01"),
        ("mid.md", "2024-03-05"),
        ("last.md", "9999-12-31"),
    ):
        (tmp_path / name).write_text(
            f"---\ntitle: {name}\npublishedAt: {day}\n---\nx\n", encoding="utf-8"
        )
    index = refreshed(tmp_path, cached=False)
    state = ReadingState.open(tmp_path / "state")
    last = read_brief(index, state, ArticleQuery())
    assert (last.day, last.previous_day, last.next_day) == (date.max, date(2024, 3, 5), None)
    first = read_brief(index, state, ArticleQuery(), date.min)
    assert [entry.title for entry in first.entries] == ["first.md"]
    assert (first.previous_day, first.next_day) == (None, date(2024, 3, 5))
    assert first.per_day[0].day == date.min and first.per_day[-1].day == date.min


def test_brief_files_an_article_under_the_category_the_filter_keeps(tmp_path: Path) -> None:
    """Filtered by one of an article's categories, the brief groups and counts it under
    that one, not under its first (`--category svět` showed it under `Ekonomika`)."""
    write_article(tmp_path, "a.md", title="A", category="[Ekonomika, Svět]", day=8)
    index = refreshed(tmp_path, cached=False)
    state = ReadingState.open(tmp_path / "state")
    brief = read_brief(index, state, ArticleQuery(categories=("svět",)), date(2025, 12, 8))
    assert [name for name, _ in group_by_category(brief.entries)] == ["Svět"]
    assert brief.per_category == (("Svět", 1),)
    everything = read_brief(index, state, ArticleQuery(), date(2025, 12, 8))
    assert [name for name, _ in group_by_category(everything.entries)] == ["Ekonomika"]
