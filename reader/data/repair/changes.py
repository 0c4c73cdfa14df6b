"""What a repair changed, word by word, for people to read."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

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
    """Text after repair, with every change that was made."""

    text: str
    changes: tuple[TextChange, ...] = ()

    @property
    def change_count(self) -> int:
        """How many words were changed in all."""
        return sum(change.count for change in self.changes)


def list_changes(before: str, after: str, reason: str) -> tuple[TextChange, ...]:
    """The distinct word changes between `before` and `after`, in order of first appearance."""
    old_words, new_words = WORD.findall(before), WORD.findall(after)
    pairs: Counter[tuple[str, str]] = Counter()
    if len(old_words) == len(new_words):
        pairs.update((old, new) for old, new in zip(old_words, new_words, strict=True) if old != new)
    else:
        matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                pairs[(" ".join(old_words[i1:i2]), " ".join(new_words[j1:j2]))] += 1
    return tuple(TextChange(old, new, reason, count) for (old, new), count in pairs.items())
