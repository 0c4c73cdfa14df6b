"""Hard-wrapped OCR text into Markdown paragraphs, with no noise symbols, and for Czech and
Slovak text their quotes; what Markdown reads as more than prose is left as written."""

from __future__ import annotations

import re

from .markdown_syntax import CODE_FENCE, TABLE_DELIMITER_ROW, THEMATIC_BREAK, closes_fence

# OCR noise glued to the first word of a paragraph. `*`, `-`, `+` and `#` are not noise
# because they are Markdown (emphasis, list items, headings).
_LEADING_NOISE = re.compile(r"^[~•|·¦■▪►^]+(?=[^\W\d_]|[„\"“,])")
_NOISE_ONLY = re.compile(r"[~•|·¦■▪►^\s]+")
_OPENS_STRUCTURE = re.compile(
    r"[ \t]{0,3}(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|<[A-Za-z!/?])"
    r"|[ \t]{4}|\t"
)
"""A first line Markdown reads as more than prose: a list item, a heading, a quote, HTML, or
indented code; a horizontal rule (`THEMATIC_BREAK`) too."""
_BREAKS_PROSE = re.compile(
    r"[ \t]*(?:[-*+]|1[.)])(?:[ \t]|$)|[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|>|<[A-Za-z!/?])"
)
"""A later line that ends a paragraph of prose in Markdown: a list item (an ordered one only
from 1, as `24.` at a wrapped line's start is none), a heading, a quote, or HTML; a table's
delimiter row (`TABLE_DELIMITER_ROW`) does too."""
_OPEN_QUOTE = re.compile(r"(?:^|(?<=\s))[„\"“](?=[^\W\d_])")
_OPEN_QUOTE_COMMA = re.compile(r"(?:^|(?<=\s)),(?=[^\W\d_])")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.,!?…:;)])[”\"“]")
_CLOSERS = '”"“'


def reflow(text: str, czech: bool = False) -> str:
    """Turn hard-wrapped OCR text into Markdown paragraphs separated by one blank line.

    Lines of a paragraph of prose are joined with a space, or without the space when a word
    was split at the line end (and without the hyphen in `czech` text, Czech or Slovak,
    where OCR splits words at syllables; elsewhere `well-known` keeps it). Noise symbols
    glued to the start of a paragraph are removed, and in `czech` text OCR quote marks
    become „…“. A block with more than prose (a list, heading, quote, table, HTML or
    code, fenced or indented) is left as written: Markdown reads its lines. Reflowing
    reflowed text changes nothing.
    """
    blocks: list[str] = []
    lines: list[str] = []
    fence = ""
    for raw in text.split("\n") + [""]:
        if fence:  # inside fenced code: every line as it is, blank ones too
            lines.append(raw.rstrip())
            if closes_fence(raw, fence):
                blocks.append("\n".join(lines))
                lines, fence = [], ""
            continue
        opening = CODE_FENCE.match(raw)
        if opening is not None or not raw.strip():
            if lines:
                blocks.append(_reflow_block(lines, czech))
            lines = [raw.rstrip()] if opening is not None else []
            fence = opening.group(1) if opening is not None else ""
        else:
            lines.append(raw)
    if fence:  # a fence never closed: its lines as they are
        blocks.append("\n".join(lines).rstrip())
    return "\n\n".join(block for block in blocks if block)


def _reflow_block(lines: list[str], czech: bool) -> str:
    """One block between blank lines: prose reflowed, anything more as written."""
    if (
        _OPENS_STRUCTURE.match(lines[0])
        or THEMATIC_BREAK.fullmatch(lines[0])
        or any(
            _BREAKS_PROSE.match(line)
            or TABLE_DELIMITER_ROW.match(line)
            or THEMATIC_BREAK.fullmatch(line)
            for line in lines[1:]
        )
    ):
        return "\n".join(line.rstrip() for line in lines)
    return _reflow_paragraph([line.strip() for line in lines], czech)


def _reflow_paragraph(lines: list[str], czech: bool) -> str:
    """Join one paragraph's lines and clean its leading noise, and its quotes if `czech`."""
    while lines and _NOISE_ONLY.fullmatch(lines[0]):
        lines = lines[1:]
    if not lines:
        return ""
    paragraph, noise_removed = _LEADING_NOISE.subn("", lines[0])
    for line in lines[1:]:
        if paragraph.endswith("-") and paragraph[-2:-1].isalpha() and line[0].islower():
            paragraph = (paragraph[:-1] if czech else paragraph) + line
        else:
            paragraph += " " + line
    if not czech:
        return paragraph
    paragraph = _fix_quotes(paragraph)
    # A noise symbol before a quote that is closed but never opened was the lost „.
    if noise_removed and paragraph.count("“") > paragraph.count("„"):
        paragraph = "„" + paragraph
    return paragraph


def _fix_quotes(paragraph: str) -> str:
    """Make OCR'd quote marks Czech: an opening „ and a closing “.

    A comma opens a quote only when it follows whitespace (or starts the paragraph), is
    glued to a letter, and a closing mark follows later: a real comma is followed by a space.
    """
    last_closer = max(paragraph.rfind(mark) for mark in _CLOSERS)
    if last_closer == -1:
        # No mark closes a quote, so a comma opens none, and an opening „ stays as it is:
        # most paragraphs, which the three patterns below took 0.05 ms each to walk.
        return paragraph
    paragraph = _OPEN_QUOTE_COMMA.sub(
        lambda match: "„" if match.start() < last_closer else ",", paragraph
    )
    paragraph = _OPEN_QUOTE.sub("„", paragraph)
    return _CLOSE_QUOTE.sub("“", paragraph)
