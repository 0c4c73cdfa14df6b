"""Hard-wrapped OCR text into Markdown paragraphs, with Czech quotes and no noise symbols."""

from __future__ import annotations

import re

# OCR noise glued to the first word of a paragraph. `*`, `-`, `+` and `#` are not noise
# because they are Markdown (emphasis, list items, headings).
_LEADING_NOISE = re.compile(r"^[~•|·¦■▪►^]+(?=[^\W\d_]|[„\"“,])")
_NOISE_ONLY = re.compile(r"[~•|·¦■▪►^\s]+")
_BLOCK_START = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s|#{1,6}\s|>")
_OPEN_QUOTE = re.compile(r"(?:^|(?<=\s))[„\"“](?=[^\W\d_])")
_OPEN_QUOTE_COMMA = re.compile(r"(?:^|(?<=\s)),(?=[^\W\d_])")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.,!?…:;)])[”\"“]")
_CLOSERS = '”"“'


def reflow(text: str) -> str:
    """Turn hard-wrapped OCR text into Markdown paragraphs separated by one blank line.

    Lines of a paragraph are joined with a space, or without the hyphen when a word was
    split at the line end. Lines starting a Markdown list item, heading or quote stay on
    their own line. OCR quote marks become Czech „…“, and noise symbols glued to the
    start of a paragraph are removed. Reflowing reflowed text changes nothing.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.split("\n") + [""]:
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            paragraph = _reflow_paragraph(current)
            if paragraph:
                paragraphs.append(paragraph)
            current = []
    return "\n\n".join(paragraphs)


def _reflow_paragraph(lines: list[str]) -> str:
    """Join one paragraph's lines and clean its quotes and leading noise."""
    while lines and _NOISE_ONLY.fullmatch(lines[0]):
        lines = lines[1:]
    if not lines:
        return ""
    first, noise_removed = _LEADING_NOISE.subn("", lines[0])
    joined = [first]
    for line in lines[1:]:
        previous = joined[-1]
        if _BLOCK_START.match(line) or previous.startswith("#"):
            joined.append(line)
        elif previous.endswith("-") and previous[-2:-1].isalpha() and line[0].islower():
            joined[-1] = previous[:-1] + line
        else:
            joined[-1] = previous + " " + line
    paragraph = _fix_quotes("\n".join(joined))
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
