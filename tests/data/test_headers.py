"""Pelican and MultiMarkdown key-value headers are front matter; ordinary text is not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from loading import load_ok, write

from reader.data.load.headers import Headers, split_headers

PELICAN = """Title: Jak jsme stěhovali server
Date: 2019-12-17 19:20
Category: Provoz
Tags: linux, zálohy
Lang: cs
Summary: Krátký příběh o jednom
    dlouhém víkendu.

Server jsme stěhovali celý víkend.
"""


def test_split_headers_reads_keys_values_and_continuations() -> None:
    """Keys are lower-cased, an indented line continues the value, the body follows."""
    headers = split_headers(PELICAN)
    assert headers == Headers(
        {
            "title": "Jak jsme stěhovali server",
            "date": "2019-12-17 19:20",
            "category": "Provoz",
            "tags": "linux, zálohy",
            "lang": "cs",
            "summary": "Krátký příběh o jednom dlouhém víkendu.",
        },
        "Server jsme stěhovali celý víkend.\n",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Poznámka: tohle je jen text.\n\nDalší odstavec.\n",
        "Title: Nadpis\nA tohle už je věta textu.\n\nDalší odstavec.\n",
        "https://example.com/clanek\n\nText.\n",
        "URL: https://example.com/clanek\n\nText zprávy.\n",
        "Jen text bez hlavičky.\n",
        "Summary: cenu jsme dohodli.\nStatus: čekáme na smlouvu\n\nDalší krok: banka.\n",
    ],
)
def test_split_headers_leaves_ordinary_text_alone(text: str) -> None:
    """A first line of no known key, or a block with a line that is no header, is body; so
    is a note whose `Status:` is none Pelican writes, its summary the one known key left."""
    assert split_headers(text) is None


def test_load_reads_pelican_headers_as_front_matter(tmp_path: Path) -> None:
    """The headers give title and date, and are not shown as the body."""
    article = load_ok(write(tmp_path, "stehovani.md", PELICAN))
    assert article.title == "Jak jsme stěhovali server"
    assert article.published == datetime(2019, 12, 17, 19, 20, tzinfo=UTC)
    assert article.body == "Server jsme stěhovali celý víkend."
    assert not article.inferred
    assert article.source.name == ""


def test_load_reads_multimarkdown_headers_with_windows_line_ends(tmp_path: Path) -> None:
    """MultiMarkdown metadata saved with CRLF line ends is read the same."""
    text = "Title: Release notes\r\nAuthor: Jane Doe\r\n\r\nWe shipped it.\r\n"
    article = load_ok(write(tmp_path, "notes.md", text))
    assert (article.title, article.author) == ("Release notes", "Jane Doe")


LOGSEQ = """title:: Porada o rozpočtu
tags:: [[práce]], rozpočet
date:: [[Dec 17th, 2019]]
- první blok
  - odrážka pod ním
"""


def test_logseq_page_properties_are_front_matter(tmp_path: Path) -> None:
    """`key:: value` lines up to the first other line give title, tags and date, page links
    read as the pages' names; the blocks after them are the body."""
    assert split_headers(LOGSEQ) == Headers(
        {"title": "Porada o rozpočtu", "tags": "práce, rozpočet", "date": "Dec 17th, 2019"},
        "- první blok\n  - odrážka pod ním\n",
    )
    article = load_ok(write(tmp_path, "porada.md", LOGSEQ))
    assert (article.title, article.tags) == ("Porada o rozpočtu", ("práce", "rozpočet"))
    assert article.published == datetime(2019, 12, 17, tzinfo=UTC)
    assert article.body.startswith("- první blok")


def test_one_property_of_an_unknown_key_is_body() -> None:
    """As with headers, a lone `key:: value` of no known key says too little."""
    assert split_headers("poznamka:: jen text\n- blok\n") is None


def test_a_page_of_properties_without_a_title_takes_its_file_name(tmp_path: Path) -> None:
    """Most Logseq pages have no `title::`: one property of a known key makes the lines page
    properties, and the page is named by its file (it was titled `tags:: práce, rozpočet`)."""
    article = load_ok(write(tmp_path, "porada.md", "tags:: práce, rozpočet\n\n- první blok\n"))
    assert (article.title, article.tags) == ("porada", ("práce", "rozpočet"))
    assert article.body == "- první blok"
