"""Key points: what the brief shows of an article, found in its body when it is loaded.

News pipelines write a `## Klíčové body` (key points) section of bullets and a `## Souhrn`
(summary) paragraph; feeds have a description. The brief shows the bullets, else the summary,
else the description, cut to a few lines, so the index keeps them and the brief never reads
the body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..query import fold

KEY_POINT_HEADINGS = frozenset(
    {
        "klicove body",
        "hlavni body",
        "klicove informace",
        "v kostce",
        "key points",
        "key takeaways",
        "takeaways",
        "highlights",
        "main points",
    }
)
"""Headings of a key-points section, folded (case and accents ignored)."""
SUMMARY_HEADINGS = frozenset({"souhrn", "shrnuti", "summary", "tl;dr", "tldr", "in brief"})
"""Headings of a summary section, folded."""
MAX_POINTS = 5
"""No more bullets are kept: the brief shows a few lines per article."""
MAX_POINT_CHARS = 240
"""A longer bullet is cut at a word, with an ellipsis."""
MAX_SUMMARY_CHARS = 320
"""A summary or description is cut to about four lines of 80 columns."""

_HEADING = re.compile(r" {0,3}#{1,6}[ \t]++(.*)")
"""A heading's line, and its text with the closing `#`s still on (stripped after: a pattern
that left them out took seconds on a line of thousands of spaces)."""
_BULLET = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
_SPACES = re.compile(r"\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Emphasis and code marks: doubled ones anywhere, single ones only at a word's edge, so
# `2*3` and `snake_case` keep theirs.
_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


class KeyPoints(NamedTuple):
    """What the brief shows under an article's title: its key points, else a summary."""

    points: tuple[str, ...] = ()
    """The bullets of a key-points section, each one line."""
    summary: str = ""
    """Without key points: the summary section or the description, cut to a few lines."""


def parse_key_points(body: str, description: str) -> KeyPoints:
    """Find what the brief shows of an article.

    Args:
        body: The article's Markdown, repaired.
        description: The article's description, repaired.

    Returns:
        The bullets of the first key-points section (`## Klíčové body`, `## Key points`,
        `## Highlights`…); without any, the first summary section (`## Souhrn`, `## Summary`)
        or else the description, as one line cut to a few lines' length.
    """
    sections = parse_sections(body)
    for heading, lines in sections:
        if heading in KEY_POINT_HEADINGS:
            points = bullets(lines)
            if points:
                return KeyPoints(points=tuple(cut(point, MAX_POINT_CHARS) for point in points))
    for heading, lines in sections:
        if heading in SUMMARY_HEADINGS:
            summary = first_paragraph(lines)
            if summary:
                return KeyPoints(summary=cut(summary, MAX_SUMMARY_CHARS))
    return KeyPoints(summary=cut(one_line(description), MAX_SUMMARY_CHARS))


def parse_sections(body: str) -> list[tuple[str, list[str]]]:
    """Split Markdown at its headings.

    Returns:
        Each heading's text, folded and without a closing colon, with the lines below it up
        to the next heading.
    """
    sections: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        heading = _HEADING.fullmatch(line)
        if heading:
            sections.append((fold(heading.group(1).rstrip(" \t#")).rstrip(" :"), []))
        elif sections:
            sections[-1][1].append(line)
    return sections


def bullets(lines: list[str]) -> list[str]:
    """The items of the first list in `lines`, each as one line; lines that continue an item
    (indented or not) join it, and a blank line after the list ends it."""
    items: list[str] = []
    in_list = False
    for line in lines:
        item = _BULLET.match(line)
        if item:
            items.append(item.group(1))
            in_list = True
        elif not line.strip():
            if in_list and items and items[-1]:
                in_list = False  # a blank line: the next bullet may still follow
        elif items and in_list:
            items[-1] += " " + line.strip()
        elif items:
            break  # a paragraph after the list
        if len(items) > MAX_POINTS:
            break
    points = [one_line(item) for item in items[:MAX_POINTS]]
    return [point for point in points if point]


def first_paragraph(lines: list[str]) -> str:
    """The first paragraph of `lines` as one line: up to a blank line or a list."""
    paragraph: list[str] = []
    for line in lines:
        if _BULLET.match(line) or not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line)
    return one_line(" ".join(paragraph))


def one_line(text: str) -> str:
    """`text` as plain words on one line: Markdown's emphasis, code marks and link addresses
    dropped (the brief shows text, not Markdown), every run of whitespace one space."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def cut(text: str, limit: int) -> str:
    """`text` cut at the last space before `limit` characters, with an ellipsis; as it is
    when it is short enough."""
    if len(text) <= limit:
        return text
    shortened = text[: limit - 1]
    space = shortened.rfind(" ")
    if space > limit // 2:
        shortened = shortened[:space]
    return shortened.rstrip(" ,;:–-") + "…"
