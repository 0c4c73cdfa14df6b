"""Names from front matter: the people an article is by, and its categories and tags, each
given as a name, a list of them, one text holding several, or mappings with a `name`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .coerce import coerce_text
from .markdown_syntax import WIKI_LINK
from .scalar_values import kind_of, quote, scalar_text


def coerce_people(value: object, field: str, problems: list[str], split: bool) -> list[str]:
    """Turn a front matter value into the names of people.

    Args:
        value: A name, a list of names, or mappings with a `name` (Hugo's `{name: …,
            email: …}`), or None; an Obsidian link (`[[Jane Doe]]`, quoted or not) is its
            text.
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended for a value that is no name, such as the number
            a site uses as an author's id.
        split: Whether a single text holds several names between commas (Pelican's
            `Authors: A, B`); a singular `author: Doe, John` is one name.

    Returns:
        The names in order, each one line; empty when missing or unusable.
    """
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        item = _written_link(item)
        if isinstance(item, Mapping):
            item = item.get("name")
        if isinstance(item, int | float) and not isinstance(item, bool):
            problems.append(f"{field} {quote(item)} is a number, not a name; ignored")
            continue
        if not isinstance(item, str):
            problems.append(f"{field} is {kind_of(item)}, not a name; ignored")
            continue
        text = coerce_text(item, field, problems)
        parts = text.split(",") if split and not isinstance(value, list) else [text]
        names.extend(_unlinked(part.strip()) for part in parts if part.strip())
    return names


def _written_link(item: object) -> object:
    """`item` as written when it is an Obsidian link YAML read as a list in a list (`tags:
    [[Note]]` unquoted is `[["Note"]]`): `[[Note]]`; else as it is."""
    if isinstance(item, list) and len(item) == 1 and isinstance(item[0], str):
        return f"[[{item[0]}]]"
    return item


def _unlinked(name: str) -> str:
    """`name` without the Obsidian link it is written as (`[[Jane Doe]]`, as the web
    clipper writes authors): the link's text."""
    link = WIKI_LINK.fullmatch(name)
    return name if link is None else link["shown"].strip() or name


_HASHTAGS = re.compile(r"\s*#\S+(?:\s+#\S+)+\s*")
"""Two or more `#tags` between spaces, as one text."""


def coerce_facets(
    value: object, field: str, problems: list[str], split: bool, by_spaces: bool = False
) -> list[str]:
    """Turn a front matter value into categories or tags.

    Args:
        value: A name, a list of names or of mappings with a `name` (Ghost's and
            WordPress's exports), or None. Obsidian's `#` before a tag is dropped, and a
            link (`[[Note]]`, quoted or not) is its text.
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended for an item that is no name (a list, a mapping
            without a name).
        split: Whether one text holds several (a plural key), between commas (Pelican's
            `Tags: a, b`), or between spaces when each starts with `#` (Obsidian's
            `tags: "#a #b"`).
        by_spaces: Whether such a text without commas holds several between spaces, as
            Jekyll reads `categories: news tech` (Hugo reads it as one name).

    Returns:
        The names in order, each one line.
    """
    if value is None:
        return []
    if (
        isinstance(value, str)
        and split
        and ("," in value or by_spaces or _HASHTAGS.fullmatch(value))
    ):
        items: list[object] = list(value.split(",") if "," in value else value.split())
    else:
        items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        item = _written_link(item)
        if isinstance(item, Mapping) and "name" in item:
            item = item["name"]
        if scalar_text(item) is None:
            verb = "has" if isinstance(value, list) else "is"
            problems.append(f"{field} {verb} {kind_of(item)}, not a name; ignored")
            continue
        name = _unlinked(coerce_text(item, field, problems).lstrip("#").strip())
        if name:
            names.append(name)
    return names
