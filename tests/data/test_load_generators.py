"""What site generators add to front matter: drafts, and the lead under other names."""

from __future__ import annotations

from pathlib import Path

import pytest
from loading import load_ok, write


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("hugo.md", "---\ntitle: Koncept\ndraft: true\n---\nText.\n"),
        ("pelican.md", "Title: Koncept\nStatus: draft\n\nText.\n"),
        ("2024-03-05-koncept.md", "---\ntitle: Koncept\npublished: false\n---\nText.\n"),
    ],
)
def test_load_marks_drafts(tmp_path: Path, name: str, text: str) -> None:
    """Hugo's `draft: true`, Pelican's `Status: draft` and Jekyll's `published: false` mark
    the article a draft."""
    assert load_ok(write(tmp_path, name, text)).draft


def test_load_marks_the_posts_of_jekylls_drafts_folder_drafts(tmp_path: Path) -> None:
    """A post in Jekyll's `_drafts` is a draft; one in `_posts` is not."""
    for folder in ("_drafts", "_posts"):
        (tmp_path / folder).mkdir()
    text = "---\ntitle: Nápad\n---\nText.\n"
    assert load_ok(write(tmp_path / "_drafts", "napad.md", text)).draft
    assert not load_ok(write(tmp_path / "_posts", "2024-03-05-napad.md", text)).draft


@pytest.mark.parametrize("flag", ["true", "false"])
def test_jekylls_published_flag_is_not_a_date(tmp_path: Path, flag: str) -> None:
    """Jekyll's `published: true` (or `false`) says whether a post is out, not when: the
    date comes from the file name, and nothing is reported."""
    text = f"---\ntitle: Jízdní pruhy\npublished: {flag}\n---\nText.\n"
    article = load_ok(write(tmp_path, "2024-03-05-pruhy.md", text))
    assert article.published is not None and article.published.date().isoformat() == "2024-03-05"
    assert article.problems == ()


def test_load_leaves_published_pages_undrafted(tmp_path: Path) -> None:
    """`draft: false` and no draft key alike are published."""
    assert not load_ok(write(tmp_path, "a.md", "---\ntitle: A\ndraft: false\n---\n")).draft
    assert not load_ok(write(tmp_path, "b.md", "---\ntitle: B\n---\n")).draft


@pytest.mark.parametrize("key", ["description", "summary", "perex", "excerpt"])
def test_load_takes_the_lead_from_any_of_its_names(tmp_path: Path, key: str) -> None:
    """`summary` (Hugo, Pelican), `perex` (Czech sites) and `excerpt` (Jekyll, WordPress
    exports) are the lead as `description` is."""
    text = f"---\ntitle: T\n{key}: Krátké shrnutí článku.\n---\nText.\n"
    assert load_ok(write(tmp_path, "a.md", text)).description == "Krátké shrnutí článku."


def test_load_takes_a_headline_for_the_title(tmp_path: Path) -> None:
    """A news export's `headline` (schema.org's name) is the title where `title` is not."""
    article = load_ok(write(tmp_path, "a.md", "---\nheadline: Vláda schválila rozpočet\n---\nx\n"))
    assert (article.title, article.problems) == ("Vláda schválila rozpočet", ())
