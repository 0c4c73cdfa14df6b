"""Tell Czech that lacks its diacritics (or was misread by OCR) from correct Czech and from
other languages, by what its words say."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LACKING_SHARE = 0.15
"""At least this share of all words must lack accents (or be misread) for text to be taken
for Czech without them: in such text it is a third or more, in English a few per cent
(`more` could be `moře`, `vice` could be `více`)."""
MIN_STRIPPED_SHARE = 0.75
"""Of the words that say whether text has accents, at least this share must say it lacks
them. Correct Czech stays far below: its few such words are `ze` and the like."""
MAX_SLOVAK_SHARE = 0.05
"""Text with more than this share of Slovak function words is Slovak, not Czech: Czech
without accents has none of them (but for a quoted Slovak title), Slovak news has one in
ten or more."""
MIN_SLOVAK_WORDS = 2
"""One Slovak word makes no Slovak text: a Czech article may quote a Slovak song."""
SLOVAK_WORDS = frozenset(
    "sa ako aj ktory ktora ktore ktori ktoreho ktorych ktorym ktoru alebo bol bola bolo "
    "boli som sme ste pre medzi tohto vo zo ked iba nie podla tiez este".split()
)
"""Frequent Slovak words, without accents, that Czech does not have (`sa` for `se`, `ako`
for `jako`, `ktorý` for `který`)."""
MIN_WORDS_FOR_LANGUAGE = 8
"""A paragraph shorter than this is judged by its article's language alone."""
MIN_ARTICLE_WORDS = 5
"""An article of fewer words is never restored: a few words say too little of their
language (the English title `Inf date` is no Czech `Inf dáte`, nor `CR only` `ČR only`)."""


@dataclass
class Tally:
    """What the words of a stretch of text say about it."""

    words: int = 0
    accented: int = 0
    """Known words written with their accents."""
    lacking: int = 0
    """Words far more frequent with accents than without, or misread by OCR."""
    slovak: int = 0
    """Slovak words that Czech does not have."""

    def __iadd__(self, other: Tally) -> Tally:
        self.words += other.words
        self.accented += other.accented
        self.lacking += other.lacking
        self.slovak += other.slovak
        return self

    def lacks_diacritics(self) -> bool:
        """Whether most words that could show accents show none, or show OCR damage."""
        judged = self.lacking + self.accented
        return self.lacking > 0 and self.lacking >= MIN_STRIPPED_SHARE * judged

    def reads_as_czech(self) -> bool:
        """Whether enough of all words are Czech words that lack their accents, and the
        text is no Slovak."""
        is_slovak = self.slovak >= MIN_SLOVAK_WORDS and self.slovak > MAX_SLOVAK_SHARE * self.words
        return not is_slovak and self.lacking >= MIN_LACKING_SHARE * self.words > 0

    def needs_restoring(self, article: Tally) -> bool:
        """Whether this paragraph of `article` is to be restored.

        The article must be Czech that lacks accents; the paragraph must lack them too, and
        be Czech itself unless it is too short to tell.
        """
        if article.words < MIN_ARTICLE_WORDS:
            return False
        if not (article.lacks_diacritics() and article.reads_as_czech()):
            return False
        is_short = self.words < MIN_WORDS_FOR_LANGUAGE
        return self.lacks_diacritics() and (is_short or self.reads_as_czech())
