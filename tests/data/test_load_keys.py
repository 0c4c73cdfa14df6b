"""Front matter keys are found whatever their case, as Hugo finds them."""

from __future__ import annotations

from pathlib import Path

from loading import load_ok, write


def test_keys_are_found_whatever_their_case(tmp_path: Path) -> None:
    """`Title`, `Date` and `Tags` count as Hugo counts them; an exact key wins."""
    text = "---\nTitle: Velká písmena\nDate: 2024-02-01\nTags: [a]\ntags: [b]\n---\nText.\n"
    article = load_ok(write(tmp_path, "a.md", text))
    assert (article.title, article.tags) == ("Velká písmena", ("b",))
    assert article.published is not None and article.published.day == 1
