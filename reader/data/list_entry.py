"""ListEntry: one article as a list shows it, read from the index without its text."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class ListEntry(NamedTuple):
    """The fields of one article a list shows: a tuple, as cheap to make as the row it comes
    from, so a list of 100,000 articles builds no Article (nor its body) for any of them."""

    id: str
    title: str
    draft: bool
    """Written, not published (see `Article.draft`)."""
    importance: int | None
    """1 (least) to 5 (most); None when missing."""
    published: datetime | None
    category: str
    """The first of its categories; "" when it has none."""
    source_name: str
