"""Which field, file name or address dates an article, and that a bad one dates nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from loading import load_ok, write

from reader.data.load.fields import DATE_FIELDS


@pytest.mark.parametrize("key", DATE_FIELDS)
def test_load_reads_each_date_field(tmp_path: Path, key: str) -> None:
    """Every date field people use dates the article."""
    path = write(tmp_path, "a.md", f"---\ntitle: T\n{key}: 2019-12-17 19:20\n---\nText.\n")
    assert load_ok(path).published == datetime(2019, 12, 17, 19, 20, tzinfo=UTC)


def test_load_dates_by_the_file_name_when_no_field_does(tmp_path: Path) -> None:
    """Jekyll's dated file name dates a post whose front matter has no date."""
    path = write(tmp_path, "2016-03-03-vitejte.md", "---\ntitle: Vítejte\n---\nText.\n")
    assert load_ok(path).published == datetime(2016, 3, 3, tzinfo=UTC)


def test_load_dates_a_note_without_front_matter_by_its_name(tmp_path: Path) -> None:
    """A note without front matter named `2024-01-05 Porada` is dated that day."""
    path = write(tmp_path, "2024-01-05 Porada.md", "# Porada\n\nZápis z porady.\n")
    assert load_ok(path).published == datetime(2024, 1, 5, tzinfo=UTC)


def test_load_dates_by_the_path_field(tmp_path: Path) -> None:
    """Zola's `path = "2025/06/26/..."` dates an article with no date field."""
    text = '+++\ntitle = "Rust 1.88"\npath = "2025/06/26/Rust-1.88.0"\n+++\nText.\n'
    assert load_ok(write(tmp_path, "a.md", text)).published == datetime(2025, 6, 26, tzinfo=UTC)


def test_load_prefers_the_date_field_to_the_file_name(tmp_path: Path) -> None:
    """The declared minute wins over the day the file name gives."""
    path = write(tmp_path, "2016-03-03-a.md", "---\ntitle: T\ndate: 2016-03-04 08:15\n---\n")
    assert load_ok(path).published == datetime(2016, 3, 4, 8, 15, tzinfo=UTC)


def test_load_leaves_an_unreadable_date_undated_and_says_why(tmp_path: Path) -> None:
    """A date that cannot be read is a problem on the article, never replaced by a guess."""
    path = write(tmp_path, "2016-03-03-a.md", "---\ntitle: T\ndate: 03/04/2016\n---\n")
    article = load_ok(path)
    assert article.published is None
    assert article.problems == ("date '03/04/2016' could be day/month or month/day; ignored",)


def test_load_reads_a_toml_offset_datetime(tmp_path: Path) -> None:
    """TOML's own datetime keeps its offset."""
    path = write(tmp_path, "a.md", '+++\ntitle = "T"\ndate = 2019-12-17T19:20:00+01:00\n+++\n')
    published = load_ok(path).published
    assert published is not None and published.isoformat() == "2019-12-17T19:20:00+01:00"


def test_load_dates_by_the_file_name_when_the_date_is_empty(tmp_path: Path) -> None:
    """An empty `date:` declares nothing: the file name's day is used, with no problem."""
    path = write(tmp_path, "2016-03-03-a.md", "---\ntitle: T\ndate: ''\n---\n")
    article = load_ok(path)
    assert article.published == datetime(2016, 3, 3, tzinfo=UTC)
    assert article.problems == ()


def test_load_prefers_when_an_article_was_published_to_when_it_was_saved(tmp_path: Path) -> None:
    """A read-later export's `date_saved` dates an article only without a publication date."""
    text = "---\ntitle: T\ndate_saved: 2024-03-09\ndate_published: 2024-03-05\n---\nText.\n"
    published = load_ok(write(tmp_path, "a.md", text)).published
    assert published is not None and published.day == 5


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("12:30", "date '12:30' is not a valid date; ignored"),
        ("[2024-03-05]", "date is a list, not a valid date; ignored"),
        ("{day: 5}", "date is a mapping, not a valid date; ignored"),
    ],
)
def test_a_date_that_does_not_read_is_quoted_as_written(
    tmp_path: Path, value: str, problem: str
) -> None:
    """The problem with a date quotes it as written: YAML 1.1 reads an unquoted `12:30` as
    750 (seconds), which nobody wrote, and a list or mapping is named, not printed."""
    article = load_ok(write(tmp_path, "a.md", f"---\ntitle: T\ndate: {value}\n---\nText.\n"))
    assert (article.published, article.problems) == (None, (problem,))


def test_a_page_is_dated_by_its_last_change_only_when_nothing_else_dates_it(
    tmp_path: Path,
) -> None:
    """Hugo's `lastmod` dates a page without a `date`, as Hugo does; a `date` wins."""
    both = "---\ntitle: T\ndate: 2024-03-05\nlastmod: 2024-06-01\n---\nText.\n"
    alone = "---\ntitle: T\nlastmod: 2024-06-01\n---\nText.\n"
    assert load_ok(write(tmp_path, "a.md", both)).published == datetime(2024, 3, 5, tzinfo=UTC)
    assert load_ok(write(tmp_path, "b.md", alone)).published == datetime(2024, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("012", "012"), ("0x1F", "0x1F"), ("+1", "+1"), (".5", ".5"), ("1.0e+3", "1.0e+3"),
     ("Yes", "Yes"), ("off", "off"), ("1:20", "1:20"), ("3", "3")],
)  # fmt: skip
def test_text_fields_show_numbers_and_words_as_written(
    tmp_path: Path, value: str, shown: str
) -> None:
    """YAML 1.1 reads `012` as 10, `.5` as 0.5 and `Yes` as true: a title, category or slug
    shows them as written all the same, and a yes-or-no field still reads the words."""
    text = f"---\ntitle: {value}\ncategory: {value}\nslug: {value}\ndraft: yes\n---\nText.\n"
    article = load_ok(write(tmp_path, "a.md", text))
    assert (article.title, article.categories, article.id) == (shown, (shown,), shown)
    assert article.draft and article.problems == ()


def test_jekylls_published_flag_reads_as_yaml_1_1_words_too(tmp_path: Path) -> None:
    """`published: no` keeps a post a draft as `false` does, and dates nothing."""
    text = "---\ntitle: T\npublished: no\n---\nText.\n"
    article = load_ok(write(tmp_path, "2024-03-05-t.md", text))
    assert article.draft and article.problems == ()
    assert article.published == datetime(2024, 3, 5, tzinfo=UTC)
