"""Key-value headers (Pelican, MultiMarkdown): `Title: …`, `Date: …`, `Tags: …` lines at the
top of a file, up to the first blank line, with no delimiters around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

KNOWN_KEYS = frozenset(
    {
        "title",
        "subtitle",
        "date",
        "modified",
        "pubdate",
        "published",
        "created",
        "author",
        "authors",
        "creator",
        "category",
        "categories",
        "tags",
        "keywords",
        "section",
        "slug",
        "lang",
        "language",
        "summary",
        "description",
        "status",
        "url",
        "save_as",
        "template",
        "translation",
        "copyright",
        "base header level",
    }
)
"""Keys Pelican and MultiMarkdown define; a header block must start with one of them."""

MIN_KNOWN_KEYS = 2
"""Headers without a title need this many known keys."""
_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_ -]{0,40}?)[ \t]*:(?:[ \t]+(?P<value>.*)|$)")
_CONTINUATION = re.compile(r"[ \t]+\S.*")
"""MultiMarkdown lets a long value go on in indented lines."""


@dataclass(frozen=True)
class Headers:
    """Key-value headers split from the body of a file."""

    values: dict[str, str]
    """Each key, lower-cased, and its value; a repeated key keeps its last value."""
    body: str
    """The rest of the file, after the blank line that ends the headers."""


def split_headers(text: str) -> Headers | None:
    """Read the key-value headers at the top of a file.

    Args:
        text: The file's text, without leading blank lines.

    Returns:
        The headers and the body, or None when the first line is not a header of a known
        key, a line before the first blank one is not a header, or the block has neither a
        title nor two known keys (then it is all body).
    """
    head, blank, body = text.replace("\r\n", "\n").partition("\n\n")
    values: dict[str, str] = {}
    key = ""
    for line in head.split("\n"):
        line = line.rstrip()
        header = _HEADER_LINE.fullmatch(line)
        if header is not None:
            key = header["key"].strip().lower()
            if not values and key not in KNOWN_KEYS:
                return None
            values[key] = (header["value"] or "").strip()
        elif key and _CONTINUATION.fullmatch(line):
            values[key] = f"{values[key]} {line.strip()}".strip()
        else:
            return None
    # One header of another key than the title (`URL: …` over a pasted article) is too little
    # to take the text for a page with headers.
    known = sum(key in KNOWN_KEYS for key in values)
    if "title" not in values and known < MIN_KNOWN_KEYS:
        return None
    return Headers(values, body) if blank or body == "" else None
