"""`reader list` reads only what the list shows; `--search` reads the whole texts first."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.__main__ import main
from reader.data import ArticleIndex, TextCoverage


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two articles, each with a word only its body has."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, title, body in (
        ("a.md", "Rozpočet schválen", "Poslanci jednali o zbraních."),
        ("b.md", "Nová knihovna", "Čtenáři si půjčují mikroskopy."),
    ):
        (folder / name).write_text(f"---\ntitle: {title}\n---\n{body}\n", encoding="utf-8")
    return folder


def coverage_of(folder: Path) -> TextCoverage:
    """How much of `folder`'s kept index the text search covers."""
    with ArticleIndex.open(folder) as index:
        return index.text_coverage()


def test_list_without_search_reads_only_the_list(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Listing a folder never opened lists every article and leaves the texts to be read."""
    assert main(["list", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Nová knihovna" in out and "2 of 2 articles" in out
    assert coverage_of(folder) == TextCoverage(0, 2)


def test_list_search_reads_the_texts_first(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A search finds a word only a body has, on a folder never opened and on one whose
    texts an earlier listing left waiting."""
    assert main(["list", "--search", "mikroskopy", str(folder)]) == 0
    assert "1 of 2 articles" in capsys.readouterr().out
    assert coverage_of(folder) == TextCoverage(2, 2)
    (folder / "c.md").write_text("---\ntitle: Třetí\n---\nDalekohledy.\n", encoding="utf-8")
    assert main(["list", str(folder)]) == 0
    assert coverage_of(folder) == TextCoverage(2, 3)
    capsys.readouterr()
    assert main(["list", "--search", "dalekohledy", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Třetí" in out and "1 of 3 articles" in out
