"""App-wide messages: what the loading worker and the folder watcher report to the app, and
changes of the reading state that screens redraw for."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ..data import ArticleIndex, RefreshProgress, TextCoverage


@dataclass
class IndexOpened(Message):
    """The folder's index is open; it holds what an earlier run stored, and fills as files load."""

    index: ArticleIndex
    """The index, safe to query while it is being refreshed."""


@dataclass
class IndexProgress(Message):
    """Another batch of new or changed files is in the index."""

    progress: RefreshProgress
    """How many files have been read, of how many."""
    building_word_models: bool = False
    """Whether the first files wait for the word models repair reads to be built (once)."""


@dataclass
class IndexRefreshed(Message):
    """The list is up to date with the folder; the texts are read behind it."""

    problems: int
    """How many files could not be loaded: counted by the loading thread, as the screen's
    own look would wait for the index, which that thread reads next (0.1-0.2 s at 100,000
    articles)."""


@dataclass
class TextsProgress(Message):
    """More articles' whole texts are read, repaired and searchable."""

    coverage: TextCoverage
    """How many articles the text search covers, of how many."""
    list_changed: bool = False
    """Whether a whole text changed what the list shows (a title's diacritics judged on all
    of it) since the texts' pass began: said when it is complete."""


@dataclass
class LoadFailed(Message):
    """The folder could not be read at all."""

    reason: str
    """Why, in words for the user."""


class FolderChanged(Message):
    """Articles were added, changed or deleted in the folder."""


@dataclass
class WatchFailed(Message):
    """The folder can no longer be watched for changes."""

    reason: str
    """Why, in words for the user."""


class MarksChanged(Message):
    """Read or starred marks changed: the screen shows them anew."""


class ArticlesChanged(Message):
    """The index took in files added, changed or deleted: an open article shows its file as
    it is now."""
