"""What a repair changed, word by word, for people to read."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from itertools import islice
from typing import NamedTuple

WORD = re.compile(r"[^ \t\n\r]+")


class TextChange(NamedTuple):
    """One distinct change a repair made, and how often it made it.

    A named tuple: tuples are made three times faster than frozen dataclasses.
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
    def word_changes(self) -> Counter[tuple[str, str]]:
        """How often each word (or run of words) became what, in order of first appearance."""
        return count_changes(self.original, self.text) if self.reason else Counter()

    @cached_property
    def changes(self) -> tuple[TextChange, ...]:
        """Every distinct word change, in order of first appearance."""
        return self.first_changes(len(self.word_changes))

    def first_changes(self, limit: int) -> tuple[TextChange, ...]:
        """The first `limit` distinct word changes: an article lists a few of hundreds."""
        pairs = islice(self.word_changes.items(), limit)
        return tuple(TextChange(old, new, self.reason, times) for (old, new), times in pairs)

    @property
    def change_count(self) -> int:
        """How many words were changed in all."""
        return sum(self.word_changes.values())


def count_changes(before: str, after: str) -> Counter[tuple[str, str]]:
    """How often each word of `before` became what in `after`, in order of first appearance."""
    pairs: Counter[tuple[str, str]] = Counter()
    old_lines, new_lines = before.split("\n"), after.split("\n")
    if len(old_lines) == len(new_lines):
        # Repairs keep lines: only the lines that differ are split into words.
        for old_line, new_line in zip(old_lines, new_lines, strict=True):
            if old_line != new_line:
                count_word_changes(old_line, new_line, pairs)
    else:
        count_word_changes(before, after, pairs)
    return pairs


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
