"""Tests for `reader brief`: one day's articles as Markdown, by importance and category."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.__main__ import main


def test_brief_of_the_seeds_lists_the_indian_kazakh_article_with_its_first_key_point(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample article of 6 December is under its category with its first key point."""
    assert main(["brief", str(seeds_dir), "--day", "2025-12-06"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert out.startswith("# Brief of Saturday 6 December 2025\n")
    category = out.index("## obranné technologie")
    title = out.index("### Indie zkoumá společný rozvoj obrany")
    point = out.index("- Účast 18 zástupců z 12 indických firem")
    assert category < title < point
    assert "●●●○○ · 📰 The Times of India · 11:22 · unread" in out
    assert "Articles per day: `" in out


def test_brief_defaults_to_the_newest_day_and_filters_by_importance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --day the newest day is shown; --min-importance leaves out the rest."""
    for name, importance, day in (("a", 5, 7), ("b", 1, 7), ("c", 4, 6)):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Článek {name}\nimportance: {importance}\n"
            f"publishedAt: '2025-12-0{day}T08:00:00Z'\ndescription: Popis {name}.\n---\nText.\n",
            encoding="utf-8",
        )
    assert main(["brief", str(tmp_path), "--min-importance", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Brief of Sunday 7 December 2025\n")
    assert "### Článek a" in out and "Článek b" not in out and "Článek c" not in out
    assert "## No category" in out
    assert "Popis a." in out


def test_brief_shows_article_text_as_written_never_as_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Markdown and control characters in article text are escaped or dropped."""
    (tmp_path / "x.md").write_text(
        "---\ntitle: '*tučně* [odkaz](javascript:alert(1)) \x1b[31m'\n"
        "publishedAt: '2025-12-07T08:00:00Z'\n---\n## Key points\n- <b>bod</b>\n",
        encoding="utf-8",
    )
    assert main(["brief", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert r"### \*tučně\* \[odkaz\](javascript:alert(1))" in out
    assert r"- \<b\>bod\</b\>" in out


def test_brief_of_a_bad_day_is_a_usage_error(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A day that is no date is refused in the reader's words, with exit status 2: one of
    another form as such, one of the form that names no day as no such day (it was called
    of another form), and ISO's week dates too (taken for their Monday)."""
    for day, why in (
        ("6.12.2025", "not a day as YYYY-MM-DD: '6.12.2025'"),
        ("2024-W18", "not a day as YYYY-MM-DD: '2024-W18'"),
        ("2024-02-30", "no such day: '2024-02-30'"),
    ):
        assert main(["brief", str(seeds_dir), "--day", day]) == 2
        assert why in capsys.readouterr().err


def test_the_glance_names_the_count_of_articles_without_an_importance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The count of articles without an importance says what it counts, as the one of those
    without a category does: not a bare `none`."""
    (tmp_path / "a.md").write_text(
        "---\ntitle: Bez důležitosti\npublishedAt: '2025-12-07T08:00:00Z'\n---\nText.\n",
        encoding="utf-8",
    )
    assert main(["brief", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "- No importance: 1" in out and "- none" not in out


def test_a_brief_without_dated_articles_names_filters_only_when_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty folder's brief says no article has a date; with filters, none of theirs
    (it blamed filters that were never given)."""
    assert main(["brief", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "# Brief\n\nNo article has a date.\n"
    assert main(["brief", str(tmp_path), "--category", "sport"]) == 0
    assert capsys.readouterr().out == "# Brief\n\nNo article of these filters has a date.\n"
