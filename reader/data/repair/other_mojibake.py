"""Mojibake of kinds other than one single-byte code page, left to ftfy."""

from __future__ import annotations

import ftfy

# Only ftfy's encoding fixes: everything else it can do would change clean text (it would
# straighten Czech „ “ quotes, normalise, rewrite line breaks or drop characters).
ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


def undo_other_mojibake(text: str) -> tuple[str, list[str]]:
    """Let ftfy decode what it recognises; return the text and the steps it took, in words."""
    fixed, explanation = ftfy.fix_and_explain(text, config=ENCODING_ONLY)
    steps = [f"{action} {argument}" for action, argument in explanation or ()]
    return fixed, steps
