"""The words around each token of a paragraph, gathered as the context rules see them."""

from __future__ import annotations

import re

from ..repair.letter_case import starts_sentence_at
from .adjectives import is_adjective
from .candidates import Reading
from .neighbours import CLAUSE_END, Neighbours
from .ocr import strip_form
from .paragraph import Paragraph
from .wordclasses import PREPOSITIONS, REFLEXIVES

# A number right before a word, with its decimal comma or its thousands grouped by dots,
# and the spaces after it.
NUMBER_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)*)([ \t\u00a0]*)$")
NUMBER_GAP = " \t\u00a0"
WORD_GAPS = frozenset({" ", "\u00a0"})
"""What most often stands between two words of a sentence."""
MAX_NUMBER_LENGTH = 24
REFLEXIVE = "se"
MAX_CLAUSE_REACH = 4
"""The reflexive of a verb stands at most this many words before it: `se již tehdy stal`."""
MAX_CLITICS_AFTER = 1
"""Words that may stand between a verb and its `se` after it: `stal by se`."""
OPENING_QUOTES = ("„", "«")
CLOSING_QUOTES = ("“", "”", "»")
"""Czech quotes open low (`„`) and close high (`“`); OCR often closes with `”`."""
MAX_ADJECTIVES_BETWEEN = 2
"""A preposition governs a word across this many adjectives: `v nové české vládě`."""
COORDINATING = frozenset({"a", "i", "nebo", "či"})
"""Conjunctions that join words in the same case: `úniků a krádeží`."""


def neighbours(
    text: str,
    paragraph: Paragraph,
    restored: dict[int, str],
    index: int,
    reading: Reading,
) -> Neighbours:
    """The words around the token at `index`, those before it as restored; whether `se`
    stands near, or the word stands in a quotation, is looked up only when its `reading`
    asks for it."""
    words = paragraph.words
    last = len(words) - 1
    after = words[index + 1].lower() if index < last else ""
    gap_after = gap_behind(text, paragraph, index).strip() if index < last else ""
    likely = paragraph.readings[index + 1].options if index < last else ()
    before, spaced_gap = word_before(text, paragraph, restored, index)
    gap = spaced_gap.strip()
    coordinated = ""
    if index > 1 and before.lower() in COORDINATING and not gap:
        coordinated = restored.get(index - 2, words[index - 2]).lower()
    follows_name = (
        index > 0
        and words[index][0].isupper()
        and words[index - 1][0].isupper()
        and not gap
        and not starts_sentence(text, paragraph, index - 1)
    )
    return Neighbours(
        before.lower(),
        gap,
        after,
        gap_after,
        likely[0][0] if likely else "",
        coordinated,
        follows_name,
        starts_sentence(text, paragraph, index),
        reading.reflexive and has_reflexive_near(text, paragraph, index),
        reading.quotation and in_quotation(text, paragraph, index),
        governing_preposition(text, paragraph, restored, index),
    )


def gap_behind(text: str, paragraph: Paragraph, index: int) -> str:
    """The text between the token at `index` and the next one: spaces, punctuation."""
    return text[paragraph.ends[index] : paragraph.starts[index + 1]]


def starts_sentence(text: str, paragraph: Paragraph, index: int) -> bool:
    """Whether the token at `index` is the first of its sentence."""
    start = paragraph.starts[index]
    if index and gap_behind(text, paragraph, index - 1) in WORD_GAPS:
        return False  # the usual case, settled without the regex
    return starts_sentence_at(text, start)


def in_quotation(text: str, paragraph: Paragraph, index: int) -> bool:
    """Whether the token at `index` stands in a quotation: after more opening quotes than
    closing ones in its paragraph, or after an odd number of straight ones."""
    start, end = paragraph.start, paragraph.starts[index]
    opened = sum(text.count(mark, start, end) for mark in OPENING_QUOTES)
    closed = sum(text.count(mark, start, end) for mark in CLOSING_QUOTES)
    return opened > closed or text.count('"', start, end) % 2 == 1


def has_reflexive_near(text: str, paragraph: Paragraph, index: int) -> bool:
    """Whether `se` stands before the token at `index` in its clause, or after it behind
    at most a clitic: `se stal`, `se tak stal`, `stal se`, `stal by se`."""
    words = paragraph.words
    for position in range(index + 1, min(len(words), index + 1 + MAX_CLITICS_AFTER + 1)):
        if gap_behind(text, paragraph, position - 1).strip():
            break
        if words[position].lower() == REFLEXIVE:
            return True
    for position in range(index - 1, max(-1, index - 1 - MAX_CLAUSE_REACH), -1):
        if not CLAUSE_END.isdisjoint(gap_behind(text, paragraph, position)):
            return False
        if words[position].lower() == REFLEXIVE:
            return True
    return False


def governing_preposition(
    text: str, paragraph: Paragraph, restored: dict[int, str], index: int
) -> str:
    """The preposition (without accents) that the adjectives right before the token at
    `index` follow, and that governs its case too: `s` in `s následnou projekcí`; or ""."""
    for position in range(index - 1, max(-1, index - 1 - MAX_ADJECTIVES_BETWEEN - 1), -1):
        word = restored.get(position, paragraph.words[position]).lower()
        if position < index - 1 and strip_form(word) in PREPOSITIONS:
            if gap_behind(text, paragraph, position).strip():
                return ""  # punctuation ends the phrase
            # `se` before an adjective is as a rule the reflexive: `vyznačuje se symetrickou`
            return "" if word in REFLEXIVES else strip_form(word)
        if not is_adjective(word) or gap_behind(text, paragraph, position).strip():
            return ""
    return ""


def word_before(
    text: str, paragraph: Paragraph, restored: dict[int, str], index: int
) -> tuple[str, str]:
    """The token before `index` as restored, and the text between the two.

    A number comes whole, though it is no token: `1,5` before `milionu` is no number from
    five up, and `52.810` (thousands grouped) is one.
    """
    start = paragraph.starts[index]
    if text[max(0, start - MAX_NUMBER_LENGTH) : start].rstrip(NUMBER_GAP)[-1:].isdigit():
        number = NUMBER_BEFORE.search(text, max(0, start - MAX_NUMBER_LENGTH), start)
        if number:
            return number[1], number[2]
    if index == 0:
        return "", ""
    before = restored.get(index - 1, paragraph.words[index - 1])
    return before, gap_behind(text, paragraph, index - 1)
