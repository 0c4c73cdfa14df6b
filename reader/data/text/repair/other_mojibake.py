"""Mojibake of kinds other than one single-byte code page, left to ftfy."""

from __future__ import annotations

import re
from typing import Any

from .lost_bytes import is_greek_or_cyrillic, is_plausible

ENCODING_FIXES_ONLY: dict[str, Any] = {
    "unescape_html": False,
    "remove_terminal_escapes": False,
    "fix_encoding": True,
    "restore_byte_a0": True,
    "replace_lossy_sequences": False,
    "decode_inconsistent_utf8": True,
    "fix_c1_controls": False,
    "fix_latin_ligatures": False,
    "fix_character_width": False,
    "uncurl_quotes": False,
    "fix_line_breaks": False,
    "fix_surrogates": False,
    "remove_control_chars": False,
    "normalization": None,
    "explain": True,
}
"""ftfy's settings for its encoding fixes alone: everything else it can do would change
clean text (it would straighten Czech „ “ quotes, normalise, rewrite line breaks or drop
characters)."""


def is_latin_or_symbol(char: str) -> bool:
    """True for a plausible character that is not Greek or Cyrillic."""
    return is_plausible(char) and not is_greek_or_cyrillic(char)


def undo_other_mojibake(text: str, suspects: list[re.Match[str]]) -> tuple[str, list[str]]:
    """Let ftfy decode what it recognises on the lines holding `suspects`.

    Only those lines: ftfy reads a whole text slowly, and mojibake never spans a line break.

    Returns:
        The text and the steps ftfy took, in words.
    """
    # Imported here: ftfy takes a twentieth of a second to import, which every start of the
    # reader (and every loading worker) would pay though this kind of damage is rare.
    import ftfy

    steps: dict[str, None] = {}
    pieces: list[str] = []
    done = 0
    for suspect in suspects:
        if suspect.start() < done:
            continue
        start = text.rfind("\n", 0, suspect.start()) + 1
        end = text.find("\n", suspect.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed, explanation = ftfy.fix_and_explain(line, **ENCODING_FIXES_ONLY)
        if not all(is_latin_or_symbol(char) for char in set(fixed) - set(line)):
            # ftfy guessed: read as mojibake, a short line of plain letters can decode to
            # Greek or CJK; what the code pages did not explain must at least end up Latin
            fixed, explanation = line, None
        steps.update((f"{action} {argument}", None) for action, argument in explanation or ())
        pieces += [text[done:start], fixed]
        done = end
    pieces.append(text[done:])
    return "".join(pieces), list(steps)
