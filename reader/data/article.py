"""The article model: clean, typed values with no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Source:
    """Where an article comes from."""

    id: str = ""
    """Stable machine name, e.g. `the-times-of-india`."""
    name: str = ""
    """Name shown to people."""
    emoji: str = ""
    """A single emoji shown before the name; may be empty."""


@dataclass(frozen=True)
class Article:
    """One article, repaired and typed: nothing past the loader sees raw YAML."""

    id: str
    """Stable identity: the slug, else the file name without its suffix."""
    path: Path
    title: str
    description: str = ""
    category: str = ""
    """The first of `categories`, for code that shows one; "" when there is none."""
    categories: tuple[str, ...] = ()
    """Every category, each once (compared folded), as first written."""
    tags: tuple[str, ...] = ()
    """Every tag and keyword, each once (compared folded), as first written."""
    importance: int | None = None
    """1 (least) to 5 (most); None when missing or invalid."""
    published: datetime | None = None
    """Timezone-aware; from `publishedAt`, else `date`."""
    author: str = ""
    source: Source = field(default_factory=Source)
    url: str = ""
    image_url: str = ""
    original_title: str = ""
    body: str = ""
    """Markdown."""
    repairs: tuple[str, ...] = ()
    """What was changed to make the text readable, in words a user understands."""
    repair_count: int = 0
    """How many changes repair made in all (`repairs` may list only the first ones),
    restored words included."""
    repair_reason: str = ""
    """The damage the encoding repair found, in words (`UTF-8 text read as cp1254 was
    decoded again, its lost letters chosen by Czech words`); empty when it found none."""
    problems: tuple[str, ...] = ()
    """Warnings about this file that did not stop it loading."""
    draft: bool = False
    """True when the front matter marks the page a draft (`draft: true`, Pelican's
    `Status: draft`): written, not published."""
    inferred: bool = False
    """True when the file had no front matter and its metadata was inferred."""
    restored_words: int = 0
    """How many words got their diacritics back, or lost an OCR misreading (0 for text in
    correct Czech or another language)."""

    def __post_init__(self) -> None:
        """Keep `category` and `categories` in step when only one of them is given."""
        if self.categories and not self.category:
            object.__setattr__(self, "category", self.categories[0])
        elif self.category and not self.categories:
            object.__setattr__(self, "categories", (self.category,))


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be loaded, and why."""

    path: Path
    reason: str
