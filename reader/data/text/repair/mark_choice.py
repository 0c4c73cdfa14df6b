"""Choose what a lost sequence that can only be punctuation, a space or a symbol was: by the
characters around it."""

from __future__ import annotations

import unicodedata

OPENING_CONTEXT = frozenset(" \t\n([{\"'")
QUOTE_OPEN, RIGHT_QUOTE = "„", "”"
CLOSING_QUOTES = (RIGHT_QUOTE, "‘")
"""Closing quotes whose last byte some code pages leave undefined: `”` (0x9D: Windows-1252
and 1254) and `‘` (0x98: Windows-1250 and 1251), which closes Czech `‚single‘` quotes and
stands for an apostrophe too."""
OPENING_WITH_CLOSING_QUOTE = frozenset({"fi", "sv"})
"""Languages that open a quote with `”` too (`”Hei”, hän sanoi`), not with `„`."""
COMMON_PUNCTUATION = frozenset(
    char for char in map(chr, range(0x2010, 0x203B)) if unicodedata.category(char)[0] == "P"
)
"""Dashes, quotes, daggers, bullets, the ellipsis and the like (`‐`, `†`, `•`, `…`): written far
more often than any symbol a lost byte may also have been part of (`␀`, `⍀`)."""
SOFT_HYPHEN, NO_BREAK_SPACE, ZERO_WIDTH_JOINER = "\u00ad", "\u00a0", "\u200d"


def choose_mark(
    options: tuple[str, ...], before: str, after: str, language: str | None = None
) -> str:
    """The punctuation, space or symbol a lost sequence most likely was, from its neighbours
    and the text's `language` (wordfreq's code), when told."""
    opens = before == "" or before in OPENING_CONTEXT
    if opens and after not in ("", " ", "\n"):
        if language in OPENING_WITH_CLOSING_QUOTE and RIGHT_QUOTE in options:
            return RIGHT_QUOTE
        if QUOTE_OPEN in options:
            return QUOTE_OPEN
    closing = [quote for quote in CLOSING_QUOTES if quote in options]
    if closing and not opens:
        return closing[0]
    if SOFT_HYPHEN in options and before.isalpha() and after.isalpha():
        return SOFT_HYPHEN
    if NO_BREAK_SPACE in options:
        return NO_BREAK_SPACE
    if ZERO_WIDTH_JOINER in options and is_symbol(before) and is_symbol(after):
        return ZERO_WIDTH_JOINER
    punctuation = [char for char in options if char in COMMON_PUNCTUATION]
    symbols = [char for char in options if is_symbol(char)]
    return (punctuation or symbols or list(options))[0]


def is_symbol(char: str) -> bool:
    """True for a symbol such as an emoji."""
    return bool(char) and unicodedata.category(char) == "So"
