"""What a repair changed, word by word, for people to read."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

WORD = re.compile(r"[^ \t\n\r]+")


@dataclass(frozen=True)
class TextChange:
    """One distinct change a repair made, and how often it made it."""

    before: str
    """The damaged word as found, e.g. `spoleÄný`."""
    after: str
    """What it became, e.g. `společný`."""
    reason: str
    """Why, in words a user understands."""
    count: int = 1
    """How many times the text had this same damage."""


@dataclass(frozen=True)
class RepairedText:
    """Text after repair, and what changed (worked out only when asked for)."""

    text: str
    original: str = field(default="", repr=False)
    """The text before repair; the same as `text` when nothing was changed."""
    reason: str = ""
    """Why it was changed, in words a user understands."""

    @cached_property
    def changes(self) -> tuple[TextChange, ...]:
        """Every distinct word change, in order of first appearance."""
        if not self.reason:
            return ()
        return list_changes(self.original, self.text, self.reason)

    @property
    def change_count(self) -> int:
        """How many words were changed in all."""
        return sum(change.count for change in self.changes)


def list_changes(before: str, after: str, reason: str) -> tuple[TextChange, ...]:
    """The distinct word changes between `before` and `after`, in order of first appearance."""
    old_words, new_words = WORD.findall(before), WORD.findall(after)
    pairs: Counter[tuple[str, str]] = Counter()
    if len(old_words) == len(new_words):
        pairs.update(pair for pair in zip(old_words, new_words, strict=True) if pair[0] != pair[1])
    else:
        matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                pairs[(" ".join(old_words[i1:i2]), " ".join(new_words[j1:j2]))] += 1
    return tuple(TextChange(old, new, reason, count) for (old, new), count in pairs.items())
