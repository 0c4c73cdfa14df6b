"""Who wrote an article: `author`, `authors` and `creator`, each name once."""

from __future__ import annotations

from pathlib import Path

from loading import load_ok, write


def test_load_joins_the_people_of_every_field(tmp_path: Path) -> None:
    """Names from `authors` and `creator` follow `author`'s, each once."""
    text = '+++\ntitle = "T"\nauthor = "Jana"\nauthors = ["Jana", "Petr"]\ncreator = "Eva"\n+++\n'
    assert load_ok(write(tmp_path, "a.md", text)).author == "Jana, Petr, Eva"


def test_load_reads_a_list_of_authors(tmp_path: Path) -> None:
    """Zola's `authors = [...]` names the article's people."""
    text = '+++\ntitle = "Rust 1.88"\nauthors = ["The Rust Release Team"]\n+++\n'
    assert load_ok(write(tmp_path, "a.md", text)).author == "The Rust Release Team"


def test_load_does_not_show_a_numeric_author(tmp_path: Path) -> None:
    """`author: 1` is an id: no author, and a problem saying so."""
    article = load_ok(write(tmp_path, "a.md", "---\ntitle: T\nauthor: 1\n---\n"))
    assert article.author == ""
    assert article.problems == ("author 1 is a number, not a name; ignored",)
