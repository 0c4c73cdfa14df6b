"""Key-value headers (Pelican, MultiMarkdown): `Title: …`, `Date: …`, `Tags: …` lines at the
top of a file, up to the first blank line, with no delimiters around them; and Logseq's page
properties, `title:: …` lines up to the first line that is none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markdown_syntax import WIKI_LINK

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
_PROPERTY_LINE = re.compile(r"(?P<key>[A-Za-z][\w-]{0,40})::(?:[ \t]+(?P<value>.*)|[ \t]*$)")
"""A Logseq page property: `tags:: reading, news`."""


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
    text = text.replace("\r\n", "\n")
    if _PROPERTY_LINE.match(text):
        return _split_properties(text)
    head, blank, body = text.partition("\n\n")
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
    if not is_enough(values):
        return None
    return Headers(values, body) if blank or body == "" else None


def _split_properties(text: str) -> Headers | None:
    """Logseq's page properties at the top of `text`, when one is of a known key (most pages
    have no `title::`), the body being every line after the last of them; page links in
    their values read as the pages' names."""
    lines = text.split("\n")
    values: dict[str, str] = {}
    taken = 0
    for line in lines:
        found = _PROPERTY_LINE.fullmatch(line.rstrip())
        if found is None:
            break
        # Logseq writes a value that names a page as a link to it: `date:: [[Mar 5th, 2024]]`.
        value = WIKI_LINK.sub(lambda link: link["shown"], found["value"] or "")
        values[found["key"].lower()] = value.strip()
        taken += 1
    body = "\n".join(lines[taken:])
    # Unlike `Key: value`, a `key:: value` line is hardly prose: one known key is enough.
    known = any(key in KNOWN_KEYS or key in LOGSEQ_KEYS for key in values)
    return Headers(values, body.lstrip("\n")) if known else None


LOGSEQ_KEYS = frozenset({"alias", "aliases", "type", "icon", "public", "source", "link"})
"""Logseq's own page properties, beside the keys headers share (`KNOWN_KEYS`)."""


PELICAN_STATUSES = frozenset({"draft", "published", "hidden"})
"""What Pelican's `Status:` says; another status (`Status: waiting for the contract`) is a
note's line, not a header."""


def is_enough(values: dict[str, str]) -> bool:
    """Whether headers say enough to be taken as such: a title, or two known keys. One header
    of another key than the title (`URL: …` over a pasted article) is too little to take
    the text for a page with headers, and a status Pelican does not write is no header."""
    known = sum(
        key in KNOWN_KEYS and (key != "status" or value.lower() in PELICAN_STATUSES)
        for key, value in values.items()
    )
    return "title" in values or known >= MIN_KNOWN_KEYS
