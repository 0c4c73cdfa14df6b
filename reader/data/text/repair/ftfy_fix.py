"""Mojibake as ftfy.fix_encoding sees it, on the lines where it may find some.

ftfy knows more code pages than the reader's own repair (MacRoman, Windows-1251, cp437 and
others), mixes of them, and C1 controls standing for Windows-1252 punctuation; its
heuristics are tuned to leave correct text alone. It reads a whole text slowly, so it is
given only the lines where its measure of mojibake may match; mojibake never spans a line
break.
"""

from __future__ import annotations

from .choice import HAS_LETTER, bare_word, language_of
from .ftfy_badness import ftfy_may_act
from .lost_bytes import is_plausible
from .words import word_model

PROSE_PUNCTUATION = frozenset("\"'(),.:;!?„“”‚‘’«»–-")
COMMON_WORD_FREQUENCY = 1e-6
"""A word at least this frequent (one in a million words) is no chance reading."""


def has_suspects(text: str) -> bool:
    """Whether ftfy may find mojibake in `text`."""
    return not text.isascii() and ftfy_may_act().search(text) is not None


def fix_with_ftfy(text: str) -> tuple[str, list[str]]:
    """`ftfy.fix_encoding` of each line of `text` where it may find mojibake.

    Returns:
        The text and the steps ftfy took, in words; the text unchanged and no steps when it
        found nothing.
    """
    if text.isascii():
        return text, []
    # Imported here: ftfy takes a twentieth of a second to import, which every start of the
    # reader (and every loading worker) would pay though this kind of damage is rare.
    import ftfy

    steps: dict[str, None] = {}
    pieces: list[str] = []
    done = 0
    may_act = ftfy_may_act()
    while (suspect := may_act.search(text, done)) is not None:
        start = text.rfind("\n", 0, suspect.start()) + 1
        end = text.find("\n", suspect.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed, explanation = ftfy.fix_encoding_and_explain(line)
        if fixed != line and not keeps_words(line, fixed):
            fixed, explanation = line, []
        steps.update((f"{action} {argument}", None) for action, argument in explanation or ())
        pieces += [text[done:start], fixed]
        done = end
    pieces.append(text[done:])
    return "".join(pieces), list(steps)


def is_prose(word: str) -> bool:
    """Whether `word` holds nothing but letters and common punctuation."""
    return all(char.isalpha() or char in PROSE_PUNCTUATION for char in word)


def keeps_words(line: str, fixed: str) -> bool:
    """Whether ftfy's `fixed` may stand for `line`.

    Mojibake nearly always holds a symbol (`Ã©`, `×‘`, `æ—¥`); where ftfy changed only
    letters and common punctuation, it must have made likely characters (Latin, Greek,
    Cyrillic: `РґРѕСЂРѕРіРµ` is `дороге`) or common words: a few letters and quotes can
    read as UTF-8 by chance (`á“Š` in Windows-1250 is the bytes of `ᓊ`).
    """
    old_words, new_words = set(line.split()), set(fixed.split())
    if not all(is_prose(word) for word in old_words - new_words):
        return True
    if all(is_plausible(char) for char in set(fixed) - set(line)):
        return True
    words = [word for word in new_words - old_words if HAS_LETTER.search(word)]
    language = language_of(" ".join(words))
    if language is None or not words:
        return False
    frequency = word_model(language).frequency
    return all(frequency(bare_word(word)) >= COMMON_WORD_FREQUENCY for word in words)
