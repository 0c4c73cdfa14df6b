"""The fast pattern for where ftfy may act matches wherever ftfy's own measure does."""

from __future__ import annotations

import pytest
from ftfy.badness import BADNESS_RE

from reader.data.text.repair.ftfy_badness import ftfy_may_act

# One text for each kind of context ftfy's alternatives start with.
DAMAGED = [
    "Prices in Â£ rose",  # Windows-1252 mojibake of £
    "the rÃ©sumÃ© of it",  # é after an ASCII letter
    "a Ã la carte",  # a lead and a space after a letter
    "Ã nos jours",  # a lead and a space at the very start
    "so Â ”quoted”",  # a lone lead between spaces
    "word\x93quoted\x94",  # C1 controls
    "pÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ\x8dkÃ½",  # Czech read as Windows-1252
    "Ð´Ð¾Ñ€Ð¾Ð³Ðµ",  # Russian read as Windows-1252
]
CLEAN = [
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Élève, naïve, cœur, façade: « bien sûr ».",
    "Съешь же ещё этих мягких французских булок.",
    "plain ASCII text",
]


@pytest.mark.parametrize("text", DAMAGED)
def test_matches_wherever_ftfy_may_find_mojibake(text: str) -> None:
    """Where ftfy's measure matches, the fast pattern does too (it may match a little more)."""
    assert BADNESS_RE.search(text)
    assert ftfy_may_act().search(text)


@pytest.mark.parametrize("text", CLEAN)
def test_leaves_clean_prose_alone(text: str) -> None:
    """Correct Czech, French and Russian prose gives ftfy nothing to look at."""
    assert not ftfy_may_act().search(text)
