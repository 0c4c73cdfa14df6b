"""Tell Czech that lacks its diacritics (or was misread by OCR) from correct Czech and from
other languages, by what its words say."""

from __future__ import annotations

from dataclasses import dataclass

from .candidates import Evidence

MIN_LACKING_SHARE = 0.15
"""At least this share of all words must lack accents (or be misread) for text to be taken
for Czech without them: in such text it is a third or more, in English a few per cent
(`more` could be `moře`, `vice` could be `více`)."""
MIN_STRIPPED_SHARE = 0.75
"""Of the words that say whether text has accents, at least this share must say it lacks
them. Correct Czech stays far below: its few such words are `ze` and the like."""
MIN_WORDS_FOR_LANGUAGE = 8
"""A paragraph shorter than this is judged by its article's language alone."""


@dataclass
class Tally:
    """What the words of a stretch of text say about it."""

    words: int = 0
    accented: int = 0
    """Known words written with their accents."""
    lacking: int = 0
    """Words far more frequent with accents than without, or misread by OCR."""

    def add(self, evidence: Evidence) -> None:
        """Count one word."""
        self.words += 1
        if evidence is Evidence.ACCENTED:
            self.accented += 1
        elif evidence is not Evidence.NONE:
            self.lacking += 1

    def __iadd__(self, other: Tally) -> Tally:
        self.words += other.words
        self.accented += other.accented
        self.lacking += other.lacking
        return self

    def lacks_diacritics(self) -> bool:
        """Whether most words that could show accents show none, or show OCR damage."""
        judged = self.lacking + self.accented
        return self.lacking > 0 and self.lacking >= MIN_STRIPPED_SHARE * judged

    def reads_as_czech(self) -> bool:
        """Whether enough of all words are Czech words that lack their accents."""
        return self.lacking >= MIN_LACKING_SHARE * self.words > 0

    def needs_restoring(self, article: Tally) -> bool:
        """Whether this paragraph of `article` is to be restored.

        The article must be Czech that lacks accents; the paragraph must lack them too, and
        be Czech itself unless it is too short to tell.
        """
        if not (article.lacks_diacritics() and article.reads_as_czech()):
            return False
        is_short = self.words < MIN_WORDS_FOR_LANGUAGE
        return self.lacks_diacritics() and (is_short or self.reads_as_czech())
