"""Restore a whole article file's text: its body and the prose of its front matter."""

from __future__ import annotations

import re

from ..repair.changes import RepairedText
from .text import RESTORED, restore_texts

# Front matter as the loader reads it: a `---` line first, the next `---` line closing it.
FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)^---[ \t]*$", re.DOTALL | re.MULTILINE)
# The prose values of front matter, with the indented lines that continue them. Keys such
# as `slug`, `url` or `category` are names, not prose, and stay as they are.
PROSE_FIELD = re.compile(
    r"^(?:title|original_title|description):[ \t]*(.*(?:\r?\n[ \t]+\S.*)*)", re.MULTILINE
)


def restore_document(text: str) -> RepairedText:
    """Restore an article file's text when its Czech lacks diacritics or was misread.

    The body and the title, original title and description in the front matter are judged
    together, as when the article is loaded; everything else is kept byte for byte.

    Args:
        text: The file's text, front matter and all.

    Returns:
        The restored text; `changes` lists the words restored.
    """
    spans = []
    front_matter = FRONT_MATTER.match(text)
    if front_matter:
        fields = PROSE_FIELD.finditer(text, front_matter.start(1), front_matter.end(1))
        spans = [field.span(1) for field in fields]
    spans.append((front_matter.end() if front_matter else 0, len(text)))
    restored = restore_texts([text[start:end] for start, end in spans])
    pieces, position = [], 0
    for (start, end), piece in zip(spans, restored, strict=True):
        pieces += [text[position:start], piece.text]
        position = end
    result = "".join(pieces) + text[position:]
    return RepairedText(result, text, RESTORED if result != text else "")
