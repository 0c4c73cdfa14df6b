"""Tests for parse_key_points: the bullets of a key-points section, else a summary."""

from __future__ import annotations

import pytest

from reader.data.load.key_points import (
    MAX_POINT_CHARS,
    MAX_POINTS,
    MAX_SUMMARY_CHARS,
    KeyPoints,
    parse_key_points,
)

CZECH = """## Souhrn
Vláda schválila rozpočet.

## Klíčové body
- Schodek klesne pod dvě procenta.
- Daně se nemění.

## Podrobnosti
- Tohle už klíčový bod není.
"""


def test_czech_key_points_are_the_bullets_of_their_section() -> None:
    """The bullets under `## Klíčové body` are the key points, not those of later sections."""
    assert parse_key_points(CZECH, "Popis.") == KeyPoints(
        points=("Schodek klesne pod dvě procenta.", "Daně se nemění.")
    )


@pytest.mark.parametrize(
    "heading",
    ["## Key points", "### Highlights", "## KEY TAKEAWAYS:", "## Klicove body", "# Hlavní body"],
)
def test_key_points_headings_are_found_in_any_case_and_accents(heading: str) -> None:
    """English and Czech headings count, at any level, in any case, with or without accents."""
    body = f"Intro.\n\n{heading}\n\n* First point\n* Second point\n"
    assert parse_key_points(body, "").points == ("First point", "Second point")


def test_numbered_items_and_continuation_lines_make_one_point_each() -> None:
    """A numbered list counts too, and a line continuing an item joins it."""
    body = "## Key points\n1. The budget\n   was approved.\n2) Taxes stay.\n"
    assert parse_key_points(body, "").points == ("The budget was approved.", "Taxes stay.")


def test_summary_is_used_without_key_points() -> None:
    """Without a key-points section, the summary section is shown, as one line."""
    body = "## Souhrn\nPrvní věta.\nDruhá věta.\n\n## Podrobnosti\nText."
    assert parse_key_points(body, "Popis.") == KeyPoints(summary="První věta. Druhá věta.")


def test_description_is_used_without_key_points_or_summary() -> None:
    """An article with neither section shows its description."""
    assert parse_key_points("Jen text.", "Krátký   popis.") == KeyPoints(summary="Krátký popis.")


def test_key_points_section_without_bullets_falls_back_to_the_summary() -> None:
    """A key-points heading over a paragraph has no points: the summary is used."""
    body = "## Summary\nShort.\n\n## Key points\nNo list here.\n"
    assert parse_key_points(body, "") == KeyPoints(summary="Short.")


def test_long_values_are_cut_at_a_word_with_an_ellipsis() -> None:
    """Points and summaries are cut to a few lines, at a word, and only so many points kept."""
    long = " ".join(["slovo"] * 200)
    body = "## Key points\n" + "".join(f"- {long}\n" for _ in range(MAX_POINTS + 3))
    points = parse_key_points(body, "").points
    assert len(points) == MAX_POINTS
    assert all(len(point) <= MAX_POINT_CHARS and point.endswith("slovo…") for point in points)
    summary = parse_key_points("", long).summary
    assert len(summary) <= MAX_SUMMARY_CHARS and summary.endswith("…")


def test_nothing_to_show_gives_empty_key_points() -> None:
    """An article without body sections or description has nothing to show."""
    assert parse_key_points("", "") == KeyPoints()


def test_summary_is_its_first_paragraph_without_markdown_marks() -> None:
    """The summary is the section's first paragraph, its emphasis and links as plain text."""
    body = "## Souhrn\n\nVláda schválila **rozpočet** a [zákon](https://x.cz).\n\n- Bod\n"
    assert parse_key_points(body, "") == KeyPoints(summary="Vláda schválila rozpočet a zákon.")


def test_points_keep_marks_inside_words() -> None:
    """Only emphasis marks go: an asterisk or underscore inside a word stays."""
    body = "## Highlights\n- *Výnos* 2*3 v `snake_case` _dnes_\n"
    assert parse_key_points(body, "").points == ("Výnos 2*3 v snake_case dnes",)
