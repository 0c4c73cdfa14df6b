"""Saved pages and feed items: the page's address and people as the tools that save them
write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from loading import load_ok, write

from reader.data.load.coerce_names import coerce_people
from reader.data.load.sources import coerce_source


def test_a_web_clipper_note_gives_its_address_site_and_author(tmp_path: Path) -> None:
    """Obsidian's web clipper keeps the page's address in `source` and links its authors:
    the address is the article's, the site its source, the link's text the author."""
    text = (
        "---\ntitle: Clipped\nsource: https://www.example.com/2024/03/05/clipped\n"
        'author:\n  - "[[Jane Doe]]"\n  - "[[people/John Roe|John]]"\npublished: 2024-03-05\n'
        "tags: [clippings]\n---\nText.\n"
    )
    article = load_ok(write(tmp_path, "clip.md", text))
    assert article.url == "https://www.example.com/2024/03/05/clipped"
    assert article.source.name == "example.com"
    assert article.author == "Jane Doe, John"


def test_a_feed_item_gives_its_link_as_the_address(tmp_path: Path) -> None:
    """A feed item saved as Markdown names its page `link`; `url` wins where both are."""
    item = load_ok(write(tmp_path, "item.md", "---\ntitle: I\nlink: https://a.example/1\n---\nx\n"))
    both = "---\ntitle: B\nurl: https://a.example/u\nlink: https://a.example/l\n---\nx\n"
    assert item.url == "https://a.example/1"
    assert load_ok(write(tmp_path, "both.md", both)).url == "https://a.example/u"


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("ČT24", "ČT24"),
        ("https://www.irozhlas.cz/zpravy", "iROZHLAS"),
        ("http://example.org", "example.org"),
        ("https://not an address", "https://not an address"),
        ("ftp://example.org/file", "ftp://example.org/file"),
    ],
)
def test_a_source_that_is_a_web_address_is_named_by_its_site(value: str, name: str) -> None:
    """Only an http or https address is read as a site (a known one by its name, as a URL
    found in a text is); any other text is the name."""
    assert coerce_source(value, "source", []).name == name


def test_only_a_whole_link_around_a_name_is_taken_off() -> None:
    """`[[…]]` around a whole name is a link; brackets inside a name are the name's."""
    names = coerce_people(["[[Jane Doe]]", "Jane [[Doe]]", "[[]]"], "author", [], split=False)
    assert names == ["Jane Doe", "Jane [[Doe]]", "[[]]"]
