"""Tests for the coercion helpers that type untyped YAML values."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
import yaml

from reader.data.article import Source
from reader.data.date_forms import DateForm, date_form
from reader.data.load.coerce import (
    coerce_datetime,
    coerce_flag,
    coerce_importance,
    coerce_text,
    slugify,
)
from reader.data.load.coerce_names import coerce_facets, coerce_people
from reader.data.load.sources import coerce_source


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Titulek  ", "Titulek"),
        (2025, "2025"),
        (3.5, "3.5"),
        (True, "true"),
        (date(2025, 12, 6), "2025-12-06"),
        (["Věda", "Obrana", 3], "Věda, Obrana, 3"),
        ([], ""),
        (None, ""),
    ],
)
def test_coerce_text_accepts_scalars_and_lists(value: object, expected: str) -> None:
    """Text, numbers, dates and lists of them become text without a problem."""
    problems: list[str] = []
    assert coerce_text(value, "title", problems) == expected
    assert problems == []


@pytest.mark.parametrize("value", [{"a": 1}, [{"a": 1}], [["nested"]], {1, 2}, b"bytes"])
def test_coerce_text_drops_structures_with_a_problem(value: object) -> None:
    """Mappings, nested lists and other types become "" and name the field in a problem."""
    problems: list[str] = []
    assert coerce_text(value, "title", problems) == ""
    assert len(problems) == 1
    assert problems[0].startswith("title ")


@pytest.mark.parametrize(
    ("value", "expected"), [(1, 1), (3, 3), (5, 5), ("3", 3), (" 4 ", 4), (3.0, 3)]
)
def test_coerce_importance_accepts_whole_numbers_1_to_5(value: object, expected: int) -> None:
    """Whole numbers from 1 to 5 are accepted, also as a float or a string."""
    problems: list[str] = []
    assert coerce_importance(value, "importance", problems) == expected
    assert problems == []


@pytest.mark.parametrize(
    "value",
    [
        3.7,
        0,
        -1,
        99,
        "high",
        "3.0",
        "",
        True,
        False,
        [3],
        float("nan"),
        pytest.param(16**5000, id="huge"),
    ],
)
def test_coerce_importance_rejects_other_values_with_a_problem(value: object) -> None:
    """Out-of-range, fractional, boolean and non-numeric values give None and a problem."""
    problems: list[str] = []
    assert coerce_importance(value, "importance", problems) is None
    assert len(problems) == 1
    assert "not a whole number from 1 to 5" in problems[0]


def test_a_yes_or_no_value_is_named_as_written() -> None:
    """A boolean is named as YAML writes it (`true`), not as Python does (`True`)."""
    problems: list[str] = []
    coerce_importance(True, "importance", problems)
    assert problems == ["importance true is not a whole number from 1 to 5; ignored"]


def test_coerce_importance_missing_is_not_a_problem() -> None:
    """A missing importance is None and not reported."""
    problems: list[str] = []
    assert coerce_importance(None, "importance", problems) is None
    assert problems == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-06T11:22:03+00:00", datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)),
        ("2025-12-06T11:22:03Z", datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)),
        ("2025-12-06 11:22:03", datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)),
        ("2025-12-06", datetime(2025, 12, 6, tzinfo=UTC)),
        (
            "2025-12-06T12:22:03+01:00",
            datetime(2025, 12, 6, 12, 22, 3, tzinfo=timezone(timedelta(hours=1))),
        ),
        (date(2025, 12, 6), datetime(2025, 12, 6, tzinfo=UTC)),
        (datetime(2025, 12, 6, 11, 22, 3), datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)),
        ("2019-12-17-19-20", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        ("Tue, 17 Dec 2019 19:20:00 +0000", datetime(2019, 12, 17, 19, 20, tzinfo=UTC)),
        (20191217, datetime(2019, 12, 17, tzinfo=UTC)),
    ],
)
def test_coerce_datetime_gives_aware_datetimes(value: object, expected: datetime) -> None:
    """ISO strings, dates and datetimes become aware datetimes; naive ones are taken as UTC."""
    problems: list[str] = []
    result = coerce_datetime(value, "publishedAt", problems)
    assert result == expected
    assert result is not None and result.tzinfo is not None
    assert problems == []


@pytest.mark.parametrize(
    ("value", "form"),
    [
        (date(2025, 12, 6), DateForm.DAY),
        (datetime(2025, 12, 6, 11, 22, 3), DateForm.WALL_TIME),
        (datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC), DateForm.MOMENT),
    ],
)
def test_coerce_datetime_keeps_what_yaml_and_toml_dates_leave_out(
    value: object, form: DateForm
) -> None:
    """An unquoted YAML or TOML day stays a day, a local time a time without a zone."""
    result = coerce_datetime(value, "date", [])
    assert result is not None and date_form(result) is form


@pytest.mark.parametrize(
    "value",
    ["2025-02-30", "2025-13-01T00:00:00", "včera", 1733480523, 20191317, [1], time(19, 20)],
)
def test_coerce_datetime_rejects_impossible_dates_with_a_problem(value: object) -> None:
    """Impossible dates and non-dates give None and a problem naming the field."""
    problems: list[str] = []
    assert coerce_datetime(value, "publishedAt", problems) is None
    assert len(problems) == 1
    assert problems[0].startswith("publishedAt ")
    assert problems[0].endswith("not a valid date; ignored")


def test_coerce_datetime_reports_an_ambiguous_date() -> None:
    """A date either order could read is reported as such, not guessed."""
    problems: list[str] = []
    assert coerce_datetime("03/04/2020", "date", problems) is None
    assert problems == ["date '03/04/2020' could be day/month or month/day; ignored"]


def test_go_zero_time_is_no_date() -> None:
    """`0001-01-01T00:00:00Z`, which Hugo and other Go programs write for a date not set,
    is reported as such (it dated the article to the first day of the calendar); the day
    alone, written so, is that day."""
    problems: list[str] = []
    zero = datetime(1, 1, 1, tzinfo=UTC)
    assert coerce_datetime(zero, "date", problems) is None
    assert coerce_datetime("0001-01-01T00:00:00Z", "date", problems) is None
    assert problems == [
        "date '0001-01-01T00:00:00+00:00' is Go's zero time, no date; ignored",
        "date '0001-01-01T00:00:00Z' is Go's zero time, no date; ignored",
    ]
    assert coerce_datetime("0001-01-01", "date", problems) == zero


@pytest.mark.parametrize("value", [None, "", "   "])
def test_coerce_datetime_missing_is_not_a_problem(value: object) -> None:
    """A missing or empty date is None and not reported."""
    problems: list[str] = []
    assert coerce_datetime(value, "date", problems) is None
    assert problems == []


def test_coerce_source_reads_a_mapping() -> None:
    """A mapping gives its id, name and emoji."""
    problems: list[str] = []
    value = {"id": "the-times-of-india", "name": "The Times of India", "emoji": "📰"}
    assert coerce_source(value, "source", problems) == Source(
        "the-times-of-india", "The Times of India", "📰"
    )
    assert problems == []


def test_coerce_source_makes_an_id_from_a_name() -> None:
    """A plain name, or a mapping without an id, gets a slugified id."""
    problems: list[str] = []
    assert coerce_source("Česká televize", "source", problems) == Source(
        "ceska-televize", "Česká televize"
    )
    assert coerce_source({"name": "ČT24"}, "source", problems) == Source("ct24", "ČT24")
    assert problems == []


@pytest.mark.parametrize("value", [["a", "b"], 5, True])
def test_coerce_source_drops_other_values_with_a_problem(value: object) -> None:
    """Anything but a mapping or a name gives an empty Source and a problem."""
    problems: list[str] = []
    assert coerce_source(value, "source", problems) == Source()
    assert problems == [problems[0]]
    assert problems[0].startswith("source is ")


def test_coerce_source_reports_a_bad_sub_field() -> None:
    """A mapping value that is not text is dropped and named by its dotted key."""
    problems: list[str] = []
    assert coerce_source({"id": "x", "name": {"a": 1}}, "source", problems) == Source("x")
    assert len(problems) == 1
    assert problems[0].startswith("source.name ")


def test_coerce_source_missing_is_not_a_problem() -> None:
    """A missing source is `Source()` and not reported."""
    problems: list[str] = []
    assert coerce_source(None, "source", problems) == Source()
    assert problems == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Times of India", "the-times-of-india"),
        ("Ministerstvo obrany ČR", "ministerstvo-obrany-cr"),
        ("  --Hello__World!!  ", "hello-world"),
        ("!!!", ""),
    ],
)
def test_slugify_makes_plain_hyphenated_ids(name: str, expected: str) -> None:
    """Names become lower-case ids without accents, joined by single hyphens."""
    assert slugify(name) == expected


def test_a_source_given_as_a_name_loses_control_characters() -> None:
    """`source: "\\e[31mČT"` is a name like any other text: cleaned, never passed through."""
    problems: list[str] = []
    source = coerce_source("\x1b[31mČT24\x07", "source", problems)
    assert "\x1b" not in source.name and "\x07" not in source.name
    assert "ČT24" in source.name and source.id == slugify(source.name)


def test_a_number_too_long_to_write_in_digits_is_text_in_hexadecimal() -> None:
    """`title: 0xfff…` of thousands of digits is a number Python will not write in decimal:
    it reads as the hexadecimal it was written in, not as an error that stops the folder."""
    huge = 16**5000 - 1
    problems: list[str] = []
    assert coerce_text(huge, "title", problems) == hex(huge)
    assert problems == []


@pytest.mark.parametrize(
    ("value", "split", "expected"),
    [
        ("Jana Nováková", False, ["Jana Nováková"]),
        ("Doe, John", False, ["Doe, John"]),
        ("Jana Nováková, Petr Svoboda", True, ["Jana Nováková", "Petr Svoboda"]),
        (["The Rust Release Team"], True, ["The Rust Release Team"]),
        ([{"name": "Jana", "email": "jana@example.cz"}, "Petr"], True, ["Jana", "Petr"]),
        (None, True, []),
    ],
)
def test_coerce_people_reads_names_and_lists_of_names(
    value: object, split: bool, expected: list[str]
) -> None:
    """A name, a list, Hugo's name mappings and Pelican's comma list all give names."""
    problems: list[str] = []
    assert coerce_people(value, "authors", problems, split) == expected
    assert problems == []


def test_coerce_people_says_a_number_is_not_a_name() -> None:
    """A site's numeric author id is reported, not shown as a name."""
    problems: list[str] = []
    assert coerce_people(1, "author", problems, split=False) == []
    assert problems == ["author 1 is a number, not a name; ignored"]


@pytest.mark.parametrize(
    ("value", "split", "expected"),
    [
        (["Věda", "Vesmír"], True, ["Věda", "Vesmír"]),
        ("linux, zálohy", True, ["linux", "zálohy"]),
        ("Machine Learning", True, ["Machine Learning"]),
        ("Tipy a triky", False, ["Tipy a triky"]),
        (["#projekt", "#čtení"], True, ["projekt", "čtení"]),
        ("#varenie #domov", True, ["varenie", "domov"]),
        ("#strojové učení", True, ["strojové učení"]),
        ([{"name": "Produkt", "slug": "produkt"}, {"name": "Zprávy"}], True, ["Produkt", "Zprávy"]),
        ([2020, "rok"], True, ["2020", "rok"]),
        (None, True, []),
    ],
)
def test_coerce_facets_reads_lists_and_the_strings_generators_write(
    value: object, split: bool, expected: list[str]
) -> None:
    """Lists, Pelican's comma lists, Obsidian's #tags (in a list or one text) and Ghost's
    mappings with a name give names."""
    problems: list[str] = []
    assert coerce_facets(value, "tags", problems, split) == expected
    assert problems == []


def test_coerce_facets_splits_at_spaces_as_jekyll_does() -> None:
    """Jekyll's `categories: news tech` is two categories."""
    problems: list[str] = []
    assert coerce_facets("news tech", "categories", problems, True, by_spaces=True) == [
        "news",
        "tech",
    ]


def test_coerce_facets_reports_an_item_that_is_no_name() -> None:
    """A mapping among the tags is left out and reported."""
    problems: list[str] = []
    assert coerce_facets(["a", {"b": 1}], "tags", problems, split=True) == ["a"]
    assert problems == ["tags has a mapping, not a name; ignored"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), (False, False), (None, False), ("true", True), ("No", False), ("yes", True)],
)
def test_coerce_flag_reads_booleans_and_their_words(value: object, expected: bool) -> None:
    """YAML's booleans and the words headers write for them are yes or no."""
    problems: list[str] = []
    assert coerce_flag(value, "draft", problems) is expected
    assert problems == []


def test_coerce_flag_reports_a_value_that_is_neither() -> None:
    """A flag that says neither yes nor no is no, and reported."""
    problems: list[str] = []
    assert coerce_flag("maybe", "draft", problems) is False
    assert problems == ["draft 'maybe' is not true or false; ignored"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("AT&amp;T &#8211; Q&amp;A &quot;now&quot;", 'AT&T – Q&A "now"'),
        ("Caf&eacute; &#x263A;", "Café ☺"),
        (
            "R&D and &bogus; and &amp without its semicolon",
            "R&D and &bogus; and &amp without its semicolon",
        ),
    ],
)
def test_coerce_text_writes_html_references_as_their_characters(value: str, text: str) -> None:
    """Feeds escape titles as HTML; a field is shown as text. What is no whole reference
    stays as written."""
    problems: list[str] = []
    assert coerce_text(value, "title", problems) == text
    assert problems == []


def test_a_reference_to_a_control_character_is_removed_and_said() -> None:
    """`&#27;` in a field stands for an escape character: removed, and said."""
    problems: list[str] = []
    assert coerce_text("Red &#27;[31malert", "title", problems) == "Red [31malert"
    assert problems == ["title: control characters or escape sequences removed: 1"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            '<p>The lead with <b>bold</b> and a <a href="https://x.example">link</a>.</p>',
            "The lead with bold and a link.",
        ),
        ("First<br>second<BR/>third", "First second third"),
        ("<script>alert(1)</script>Title <!-- a > b --> here", "Title here"),
        ("Caf&eacute; <em>&amp;</em> bar", "Café & bar"),
        ("if x <y and y> z, 3 < 4", "if x <y and y> z, 3 < 4"),
    ],
)
def test_coerce_text_shows_a_field_written_as_html_as_its_text(value: str, text: str) -> None:
    """A feed's summary in HTML shows what a browser would: tags gone (a block's parting
    words, an inline one's not), no script or comment. Text with no tag feeds write stays."""
    assert coerce_text(value, "summary", []) == text


def test_html_never_closed_hides_the_rest_as_a_browser_does() -> None:
    """An unclosed script or comment hides everything after it, however many there are."""
    assert coerce_text("<p>Title</p><script>x" + "<script>" * 1000, "title", []) == "Title"
    assert coerce_text("<b>Lead</b> <!-- a" + "<!--" * 1000, "summary", []) == "Lead"


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("tags: [[Zprávy]]", ["Zprávy"]),
        ("tags: [[Zprávy], [Praha]]", ["Zprávy", "Praha"]),
        ('tags: "[[Zprávy]]"', ["Zprávy"]),
        ("tags: [[Poznámky/Zprávy|Zprávy]]", ["Zprávy"]),
    ],
)
def test_obsidian_links_are_names_quoted_or_not(written: str, names: list[str]) -> None:
    """An Obsidian link, which YAML reads as a list in a list when unquoted, is its text
    (it was reported as a list and left out; quoted, it kept its brackets)."""
    problems: list[str] = []
    value = yaml.safe_load(written)["tags"]
    assert coerce_facets(value, "tags", problems, split=True) == names
    author = yaml.safe_load("author: [[Jan Novák]]")["author"]
    assert coerce_people(author, "author", problems, split=False) == ["Jan Novák"]
    assert problems == []
