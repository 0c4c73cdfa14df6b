"""What a repair changed, word by word, for people to read."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from typing import NamedTuple

WORD = re.compile(r"[^ \t\n\r]+")


class TextChange(NamedTuple):
    """One distinct change a repair made, and how often it made it.

    A named tuple: a damaged article makes hundreds, and tuples are made three times faster
    than frozen dataclasses.
    """

    before: str
    """The damaged word as found, e.g. `spoleÄný`."""
    after: str
    """What it became, e.g. `společný`."""
    reason: str
    """Why, in words a user understands."""
    times: int = 1
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
        return sum(change.times for change in self.changes)


def list_changes(before: str, after: str, reason: str) -> tuple[TextChange, ...]:
    """The distinct word changes between `before` and `after`, in order of first appearance."""
    pairs: Counter[tuple[str, str]] = Counter()
    old_lines, new_lines = before.split("\n"), after.split("\n")
    if len(old_lines) == len(new_lines):
        # Repairs keep lines: only the lines that differ are split into words.
        for old_line, new_line in zip(old_lines, new_lines, strict=True):
            if old_line != new_line:
                count_word_changes(old_line, new_line, pairs)
    else:
        count_word_changes(before, after, pairs)
    return tuple(TextChange(old, new, reason, times) for (old, new), times in pairs.items())


def count_word_changes(before: str, after: str, pairs: Counter[tuple[str, str]]) -> None:
    """Count in `pairs` each changed word (or run of words) of `before` with what it became."""
    old_words, new_words = WORD.findall(before), WORD.findall(after)
    if len(old_words) == len(new_words):
        pairs.update(
            [pair for pair in zip(old_words, new_words, strict=True) if pair[0] != pair[1]]
        )
        return
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            pairs[(" ".join(old_words[i1:i2]), " ".join(new_words[j1:j2]))] += 1
