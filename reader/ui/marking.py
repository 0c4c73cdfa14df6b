"""Marking: the read and starred changes the screens make, and the sentence each one shows."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import ParamSpec

from ..data import Mark, MarkChange, MarksNotSaved, ReadingState
from ..present.article_text import plural

P = ParamSpec("P")
"""The arguments of a change of marks."""
MARK_WORDS = {
    Mark.READ: ("read", "unread"),
    Mark.STARRED: ("starred", "unstarred"),
}
"""How an article with and without each mark is described."""


def reported(change: Callable[P, str]) -> Callable[P, str]:
    """A change of marks that, when it cannot be saved (the database locked, the disk full),
    says so as its sentence instead of raising: the marks stay as they were."""

    @functools.wraps(change)
    def run(*args: P.args, **kwargs: P.kwargs) -> str:
        try:
            return change(*args, **kwargs)
        except MarksNotSaved as error:
            return f"The change could not be saved ({error}); the marks are as they were."

    return run


class Marking:
    """Changes to the reading state, shared by the list and the article screens."""

    def __init__(self, state: ReadingState, mark_read_on_open: bool) -> None:
        """Change `state`; opening an article marks it read when `mark_read_on_open`."""
        self.state = state
        self.mark_read_on_open = mark_read_on_open

    def has(self, article_id: str, mark: Mark) -> bool:
        """Whether the article has `mark`."""
        return self.state.has(article_id, mark)

    @reported
    def opened(self, article_id: str) -> str:
        """Note that the article was opened: it becomes read, unless configured otherwise.
        Returns "", or why the mark could not be saved."""
        if self.mark_read_on_open:
            self.state.set([article_id], Mark.READ, True)
        return ""

    @reported
    def mark_read(self, article_id: str) -> str:
        """Mark one article read (whatever the settings say of opening); returns "", or why
        the mark could not be saved."""
        self.state.set([article_id], Mark.READ, True)
        return ""

    @reported
    def toggle(self, article_id: str, mark: Mark) -> str:
        """Flip `mark` on one article; return what it is now, as a sentence."""
        on = self.state.toggle(article_id, mark)
        return f"Marked {MARK_WORDS[mark][0 if on else 1]}."

    @reported
    def mark_all_read(self, article_ids: Sequence[str]) -> str:
        """Mark every article of `article_ids` read; return how many changed, as a sentence."""
        change = self.state.set(article_ids, Mark.READ, True)
        count = len(change.added)
        return f"Marked {plural(count, 'article')} read. Ctrl+Z takes it back."

    @reported
    def undo(self) -> str:
        """Take back the last change; return what was undone, as a sentence."""
        change = self.state.undo()
        if change is None:
            return "Nothing to undo."
        return f"Undone: {describe_change(change)}."


def describe_change(change: MarkChange) -> str:
    """Return a change in words, like `marking 2 articles read`."""
    with_mark, without_mark = MARK_WORDS[change.mark]
    count = len(change.added or change.removed)
    state = with_mark if change.added else without_mark
    return f"marking {plural(count, 'article')} {state}"
