"""Plain tests of how article values and queries are put into words and cells."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.style import Style

from reader.data import is_web_link
from reader.data.article import Article, Source
from reader.data.date_forms import DAY_ZONE, WALL_TIME_ZONE
from reader.data.query import ArticleQuery, SortKey
from reader.present.article_text import (
    clean_block,
    clean_line,
    day_format,
    importance_meter,
    short_date,
    short_day,
    show_controls,
    source_label,
)
from reader.present.cells import fit
from reader.ui.link_actions import SHOWN_URL_CELLS, shortened
from reader.ui.query_text import empty_advice, filter_line
from reader.ui.widgets.table_columns import Column, fit_at_word, layout_columns


def test_clean_line_drops_controls_and_joins_lines() -> None:
    """Escape sequences, bells and newlines cannot reach the terminal from a title."""
    assert clean_line("Red \x1b[31malert\x07\n title\u202e") == "Red [31malert title"


def test_clean_line_keeps_clean_czech_text() -> None:
    """Clean text comes back unchanged."""
    assert clean_line("Příliš žluťoučký kůň") == "Příliš žluťoučký kůň"


def test_clean_block_keeps_newlines() -> None:
    """A body keeps its lines but loses its control characters."""
    assert clean_block("a\x1b[1m\nb\x00") == "a[1m\nb"


def test_show_controls_makes_controls_visible() -> None:
    """ESC, BEL, DEL and C1 controls get visible stand-ins; newlines stay."""
    shown = show_controls("a\x1bb\x07\n\x7f\x81", Style(bold=True))
    assert shown.plain == "a␛b␇\n␡⟨U+0081⟩"
    assert len(shown.spans) == 4


@pytest.mark.parametrize(
    ("importance", "meter"), [(1, "●○○○○"), (3, "●●●○○"), (5, "●●●●●"), (None, "·····")]
)
def test_importance_meter(importance: int | None, meter: str) -> None:
    """The meter has one filled dot per level, and dots only when there is no importance."""
    assert importance_meter(importance) == meter


def test_short_date_is_local_time() -> None:
    """Dates show in the local zone (UTC in tests), to the minute."""
    prague = timezone(timedelta(hours=1))
    assert short_date(datetime(2025, 12, 6, 12, 22, 3, tzinfo=prague)) == "2025-12-06 11:22"
    assert short_date(datetime(2025, 12, 6, 11, 22, tzinfo=UTC)) == "2025-12-06 11:22"
    assert short_date(None) == ""


def test_short_date_at_the_ends_of_the_calendar_shows_the_date_as_written() -> None:
    """A date whose local time would fall outside years 1 to 9999 is shown in its own zone."""
    east, west = timezone(timedelta(hours=5)), timezone(timedelta(hours=-5))
    assert short_date(datetime(1, 1, 1, tzinfo=east)) == datetime(1, 1, 1).strftime(
        "%Y-%m-%d %H:%M"
    )
    assert short_date(datetime(9999, 12, 31, 23, 0, tzinfo=west)) == "9999-12-31 23:00"


def test_a_date_written_without_a_zone_shows_as_written_in_any_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five hours west of UTC a moment moves to local time, but a day stays its day, with no
    time of day, and a time written without a zone stays that time: no offset is invented."""
    monkeypatch.setenv("TZ", "EST+5")  # a POSIX zone: no time zone database needed
    time.tzset()
    day = datetime(2024, 3, 5, tzinfo=DAY_ZONE)
    wall_time = datetime(2024, 3, 5, 10, 20, tzinfo=WALL_TIME_ZONE)
    assert short_date(datetime(2024, 3, 5, 10, 20, tzinfo=UTC)) == "2024-03-05 05:20"
    assert short_date(wall_time) == "2024-03-05 10:20"
    assert short_date(day) == "2024-03-05"
    assert short_date(day, "%d.%m.%Y %H:%M") == "05.03.2024"
    assert short_date(day, "%H:%M") == ""
    assert short_day(day) == short_day(wall_time) == "2024-03-05"


@pytest.mark.parametrize(
    ("date_format", "days"),
    [
        ("%Y-%m-%d %H:%M", "%Y-%m-%d"),
        ("%d.%m. %H:%M", "%d.%m."),
        ("%H:%M %d.%m.%Y", "%d.%m.%Y"),
        ("%a %d %b %Y, %I:%M %p", "%a %d %b %Y"),
        ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"),
        ("%c", "%x"),
        ("%H:%M", ""),
    ],
)
def test_day_format_leaves_out_the_time_of_day(date_format: str, days: str) -> None:
    """The time directives go, with what joins them; the day's stay as they were."""
    assert day_format(date_format) == days


@pytest.mark.parametrize(
    "published",
    [
        datetime(2025, 12, 6, 23, 30, tzinfo=timezone(timedelta(hours=-2))),
        datetime(2025, 12, 7, 0, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
        datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
        None,
    ],
)
def test_short_day_is_the_day_of_short_date(published: datetime | None) -> None:
    """A list's day is `short_date`'s in `%Y-%m-%d`: local, or as written at the calendar's
    ends, the same again when the day is seen a second time."""
    expected = short_date(published, "%Y-%m-%d")
    assert short_day(published) == short_day(published) == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("  Dvě  mezery   uvnitř ", "Dvě mezery uvnitř"),
        ("nezlomitelná\u00a0mezera\u2003a\ttab", "nezlomitelná mezera a tab"),
        ("Výstraha ⚠️ a palec 👍🏽", "Výstraha ⚠ a palec 👍"),
        ("skrytý\u200bznak", "skrytý\u200bznak"),
    ],
)
def test_clean_line_collapses_spaces_and_uneven_emoji_in_any_text(text: str, line: str) -> None:
    """Runs of spaces (of any kind) become one, none at the ends, and emoji parts terminals
    disagree on go, whether the text has other controls or not."""
    assert clean_line(text) == line


def test_source_label() -> None:
    """A source reads as its emoji and name."""
    assert source_label(Source("x", "ČTK", "📰")) == "📰 ČTK"
    assert source_label(Source("x", "ČTK", "")) == "ČTK"


def test_filter_line_names_every_filter() -> None:
    """The line above the list counts the articles and says which filters are on."""
    query = ArticleQuery(
        categories=("obranné technologie",),
        tags=("drony", ""),
        min_importance=3,
        search="spoluprace",
        sort=SortKey.IMPORTANCE,
    )
    assert filter_line(query, 2, 8).plain == (
        "2 of 8 articles · category: obranné technologie · tag: drony or (none)"
        ' · importance ≥ 3 · search: "spoluprace" · sorted by importance, most important first'
    )
    short = filter_line(ArticleQuery(search="U.S."), 8, 8)
    assert 'search: "U.S." (words too short to search)' in short.plain
    loading = filter_line(ArticleQuery(), 550, 550, "reading files: 550 of 2,000")
    assert loading.plain == (
        "550 of 550 articles · no filters · reading files: 550 of 2,000"
        " · sorted by date, newest first"
    )


def test_empty_advice_names_each_way_to_widen() -> None:
    """An empty result says which keys widen it."""
    query = ArticleQuery(categories=("věda",), min_importance=5, search="xyz")
    assert empty_advice(query, 8, 0).plain == (
        "No articles match. Press 0 for all importances, Esc to clear the search,"
        " or c to pick All categories or All tags."
    )
    assert empty_advice(ArticleQuery(min_importance=5), 8, 0).plain == (
        "No articles match. Press 0 for all importances."
    )
    marks = ArticleQuery(unread_only=True, starred_only=True)
    assert empty_advice(marks, 8, 0).plain == (
        "No articles match. Press u to show read articles, or F to show unstarred articles."
    )


def test_empty_advice_for_an_empty_folder_points_at_problems() -> None:
    """A folder whose files all failed says so and how to see why, in good English for one."""
    assert empty_advice(ArticleQuery(), 0, 2).plain == (
        "This folder has no articles. 2 files could not be loaded: press ! to see why."
    )
    assert "1 file could not be loaded" in empty_advice(ArticleQuery(), 0, 1).plain


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://example.cz/a", True),
        ("HTTP://example.cz", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("http://[bad", False),
        ("", False),
    ],
)
def test_only_web_links_open(url: str, allowed: bool) -> None:
    """Only http and https links with a host go to the browser."""
    assert is_web_link(url) is allowed


def listed(title: str, **fields: object) -> Article:
    """An article as the table shows it, with `title` and the `fields` given."""
    values: dict[str, object] = {
        "importance": 3,
        "published": datetime(2025, 12, 6, 11, 22, tzinfo=UTC),
        "category": "obranné technologie",
        "source": Source("x", "The Times of India", "📰"),
        **fields,
    }
    return Article(id=title, path=Path(title), title=title, **values)  # type: ignore[arg-type]


def keys(columns: list[Column]) -> list[str]:
    """The keys of `columns`, left to right."""
    return [column.key for column in columns]


def test_layout_gives_the_title_room_first() -> None:
    """A 60-character title is whole at 80 columns, the other columns added (date,
    importance, source, category) only while it stays whole; short titles leave room for
    all of them."""
    long = [listed("Indie zkoumá společný rozvoj obrany a výrobu s Kazachstánem.")]
    assert cell_len(long[0].title) == 60
    *_, title = narrow = layout_columns(80, long)
    assert keys(narrow) == ["marks", "importance", "title"] and title.width >= 60
    assert keys(layout_columns(100, long)) == ["marks", "importance", "date", "title"]
    assert keys(layout_columns(200, long)) == [
        "marks",
        "importance",
        "date",
        "category",
        "source",
        "title",
    ]
    short = [listed("Krátký titulek")]
    assert keys(layout_columns(100, short)) == [
        "marks",
        "importance",
        "date",
        "category",
        "source",
        "title",
    ]


def test_layout_never_shows_an_empty_column_and_sizes_by_content() -> None:
    """A column no article on screen has a value for is left out; source and category are as
    wide as their widest value on screen; a column asked to be left out is."""
    bare = [listed("Titulek", importance=None, published=None, category="", source=Source())]
    assert keys(layout_columns(200, bare)) == ["marks", "title"]
    columns = {column.key: column for column in layout_columns(200, [listed("Titulek")])}
    assert columns["category"].width == cell_len("obranné technologie")
    assert columns["source"].width == cell_len("📰 The Times of India")
    without = layout_columns(200, [listed("Titulek")], without=frozenset({"category"}))
    assert "category" not in keys(without)


def test_source_is_cut_at_a_word() -> None:
    """A source too long for its column ends at a whole word, then …."""
    assert fit_at_word("📰 The Times of India", 14) == "📰 The Times… "
    assert fit_at_word("📰 ČTK", 8) == "📰 ČTK  "


def test_fit_cuts_with_an_ellipsis_and_counts_wide_characters() -> None:
    """Cells are padded or cut to their width in terminal cells."""
    assert fit("abc", 5) == "abc  "
    assert fit("abcdef", 4) == "abc…"
    assert fit("📰 ČTK", 6) == "📰 ČTK"


def test_clean_line_keeps_emoji_to_the_width_every_terminal_draws() -> None:
    """Emoji selectors, skin tones and joiners between emoji go, so a title takes the cells
    it is counted in on any terminal; a joiner inside other scripts stays."""
    assert clean_line("⚠️ Bouře 👨‍👩‍👧 🛡️ 👍🏽") == "⚠ Bouře 👨👩👧 🛡 👍"
    assert clean_line("क्\u200dष") == "क्\u200dष"
    assert cell_len(clean_line("🗞️ ČTK")) == cell_len("🗞") + len(" ČTK")


def test_messages_cut_long_addresses_with_an_ellipsis() -> None:
    """A long address in a message ends in … at SHOWN_URL_CELLS; a short one is whole."""
    long = "https://example.cz/" + "clanek-" * 20
    assert shortened(long) == long[: SHOWN_URL_CELLS - 1] + "…"
    assert shortened(" https://example.cz/a\n") == "https://example.cz/a"
