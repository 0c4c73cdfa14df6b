"""The Czech word model the repairs share: word frequencies and letter priors from wordfreq."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from wordfreq import get_frequency_dict

LANGUAGE = "cs"
# Chars of the word list that never appear in it get this share, so unseen letters stay possible.
UNSEEN_LETTER_SHARE = 1e-9


def strip_diacritics(text: str) -> str:
    """Return `text` with combining accents removed (`spolupráce` -> `spoluprace`)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


@dataclass
class CzechWords:
    """Frequencies of Czech words (lower case) and of the letters they are made of."""

    frequencies: dict[str, float]
    _letter_shares: dict[str, float] = field(default_factory=dict)
    _accented: dict[str, str] = field(default_factory=dict)

    def frequency(self, word: str) -> float:
        """Share of running text that is `word`, ignoring case; 0.0 for unknown words."""
        return self.frequencies.get(word.lower(), 0.0)

    def letter_share(self, letter: str) -> float:
        """Share of letters in running Czech text that are `letter`, ignoring case."""
        if not self._letter_shares:
            counts: Counter[str] = Counter()
            for word, frequency in self.frequencies.items():
                for ch in word:
                    counts[ch] += frequency
            total = sum(counts.values())
            self._letter_shares = {ch: count / total for ch, count in counts.items()}
        return self._letter_shares.get(letter.lower(), UNSEEN_LETTER_SHARE)

    def restore_diacritics(self, word: str) -> str:
        """Return the most frequent Czech word that `word` is with accents stripped.

        The case of `word` is kept letter by letter; a word with no better-known
        accented form comes back unchanged.
        """
        if not self._accented:
            best: dict[str, tuple[float, str]] = {}
            for known, frequency in self.frequencies.items():
                key = strip_diacritics(known)
                if key not in best or frequency > best[key][0]:
                    best[key] = (frequency, known)
            self._accented = {key: known for key, (_, known) in best.items()}
        accented = self._accented.get(word.lower())
        if accented is None or len(accented) != len(word):
            return word
        return "".join(
            new.upper() if old.isupper() else new for old, new in zip(word, accented, strict=True)
        )


@cache
def czech_words() -> CzechWords:
    """The shared word model, loaded on first use (about half a second)."""
    return CzechWords(get_frequency_dict(LANGUAGE, wordlist="large"))
