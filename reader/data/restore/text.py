"""Restore the diacritics of Czech text that lost them, and the words OCR misread."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..repair.changes import RepairedText
from ..repair.word_choice import ADJECTIVE_ENDING, SENTENCE_START
from .adjectives import is_adjective
from .candidates import NOT_A_WORD, Reading, read_word
from .context import weigh_in_context
from .detect import SLOVAK_WORDS, Tally
from .neighbours import CLAUSE_END, Neighbours
from .ocr import strip_form
from .wordclasses import PREPOSITIONS, REFLEXIVES

RESTORED = "Czech text without its diacritics (or misread by OCR) was restored word by word"
"""The reason a restored text gives."""

MIN_ACCENTED_LETTER_SHARE = 0.02
"""Above this share of accented letters (é aside), text has its diacritics: Czech news has
4% or more (12% on average), text that lost them 0%."""
CZECH_ACCENTED_LETTER = re.compile("[áčďěíňóřšťúůýžÁČĎĚÍŇÓŘŠŤÚŮÝŽ]")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Runs of letters and digits (`¢` is the OCR's Č), except those glued to a dot, @ or #,
# which are parts of names such as `mo.gov.cz` or `@user`.
TOKEN = re.compile(r"(?<![\w¢.@#\\])[\w¢]+(?![\w¢@\\]|\.\w)")
# Text no word of which is prose: links, addresses, code, Markdown link targets.
# A URL wrapped at the line's end goes on at the next line's start (`-protejskem-254369`);
# one cut after its scheme (`http: //images…`) still starts with `//`.
PROTECTED = re.compile(
    r"(?:https?://|www\.|//)\S+(?:\n[\w\-./?=&%#]*[\-/_?=&%#\d][\w\-./?=&%#]*(?!\S))?"
    r"|\S+@\S+|`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>"
)
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
MAX_ADJECTIVES_BETWEEN = 2
"""A preposition governs a word across this many adjectives: `v nové české vládě`."""
COORDINATING = frozenset({"a", "i", "nebo", "či"})
"""Conjunctions that join words in the same case: `úniků a krádeží`."""
# Letters, with OCR's `¢`, and `4` only between letters (`ned4vno`, not `IP4`).
RESTORABLE = re.compile(r"[^\W\d_¢]*(?:[^\W\d_]|¢)(?:[^\W\d_]|¢|4(?=[^\W\d_]))*")


@dataclass(frozen=True)
class Paragraph:
    """The runs of letters or digits in one paragraph, and what each may stand for."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    readings: list[Reading]
    """NOT_A_WORD for numbers and tokens that are part of a link or address."""


def restore_texts(texts: Sequence[str]) -> tuple[RepairedText, ...]:
    """Restore Czech that lacks diacritics in the texts of one article.

    The texts (title, lead, body) are judged together: only when the article as a whole is
    Czech that lacks accents, or was misread by OCR, is each of its paragraphs that lacks
    them restored. Correct Czech, other languages and unknown names are left as they are.

    Args:
        texts: The article's texts.

    Returns:
        One result per text, its `changes` the words restored.
    """
    if has_diacritics(texts):
        return tuple(RepairedText(text, text) for text in texts)
    paragraphs = [[tokenize(text, span) for span in paragraph_spans(text)] for text in texts]
    tallies = [[tally(tokens) for tokens in text] for text in paragraphs]
    article = Tally()
    for text_tallies in tallies:
        for paragraph_tally in text_tallies:
            article += paragraph_tally
    results = []
    for text, text_paragraphs, text_tallies in zip(texts, paragraphs, tallies, strict=True):
        pieces, position = [], 0
        for tokens, paragraph_tally in zip(text_paragraphs, text_tallies, strict=True):
            if not paragraph_tally.needs_restoring(article):
                continue
            for start, end, word in restore_paragraph(text, tokens):
                pieces += [text[position:start], word]
                position = end
        restored = "".join(pieces) + text[position:]
        results.append(RepairedText(restored, text, RESTORED if restored != text else ""))
    return tuple(results)


def restore_text(text: str) -> RepairedText:
    """Restore `text` on its own: `restore_texts` of one text."""
    return restore_texts([text])[0]


def has_diacritics(texts: Sequence[str]) -> bool:
    """A quick look that settles most correct Czech before any word is read: a share of
    letters with Czech accents other than é (which OCR writes for ě, á and č)."""
    accented = sum(len(CZECH_ACCENTED_LETTER.findall(text)) for text in texts)
    # A text has no more letters than characters, so the share of characters settles most
    # Czech without counting its letters, which costs more than all the rest of this look.
    if accented > MIN_ACCENTED_LETTER_SHARE * sum(len(text) for text in texts):
        return True
    letters = sum(sum(map(str.isalpha, text)) for text in texts)  # in C: no list of letters
    return accented > MIN_ACCENTED_LETTER_SHARE * letters


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of `text` starts and ends."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def tokenize(text: str, span: tuple[int, int]) -> Paragraph:
    """The tokens of one paragraph, each read unless it cannot be prose."""
    start, end = span
    matches = list(TOKEN.finditer(text, start, end))
    words = [match.group() for match in matches]
    readings = [read_token(word) for word in words]
    starts = [match.start() for match in matches]
    for match in PROTECTED.finditer(text, start, end):
        low, high = match.span()
        for index in range(bisect_left(starts, low), bisect_left(starts, high)):
            readings[index] = NOT_A_WORD
    return Paragraph(starts, [match.end() for match in matches], words, readings)


@lru_cache(maxsize=262144)
def read_token(token: str) -> Reading:
    """`read_word` for a run of letters; NOT_A_WORD for numbers and the like (`IP4`)."""
    return read_word(token) if RESTORABLE.fullmatch(token) else NOT_A_WORD


def tally(paragraph: Paragraph) -> Tally:
    """What the words of a paragraph say about it."""
    counted = Tally(slovak=sum(map(SLOVAK_WORDS.__contains__, map(str.lower, paragraph.words))))
    for reading in paragraph.readings:
        if reading is not NOT_A_WORD:
            counted.add(reading.evidence)
    return counted


def restore_paragraph(text: str, paragraph: Paragraph) -> list[tuple[int, int, str]]:
    """Where the words to replace in a paragraph start and end, with what replaces them."""
    starts, ends, words, readings = (
        paragraph.starts,
        paragraph.ends,
        paragraph.words,
        paragraph.readings,
    )
    restored: dict[int, str] = {}
    for index in [index for index, reading in enumerate(readings) if reading.options]:
        written, options = words[index], readings[index].options
        if readings[index].contested:
            near = neighbours(text, paragraph, restored, index, readings[index].reflexive)
            options = weigh_in_context(options, near)
        best = options[0][0]
        if best == written.lower():
            continue  # a word left as written keeps its case (`iPhone`)
        starts_sentence = written[0] == "¢" and bool(
            SENTENCE_START.search(text, max(0, starts[index] - 40), starts[index])
        )
        chosen = apply_case(written, best, readings[index].exact_case, starts_sentence)
        if chosen != written:
            restored[index] = chosen
    return [(starts[index], ends[index], word) for index, word in restored.items()]


def neighbours(
    text: str, paragraph: Paragraph, restored: dict[int, str], index: int, reflexive: bool
) -> Neighbours:
    """The words around the token at `index`, those before it as restored; whether `se`
    stands near is looked up only when `reflexive` asks for it."""
    starts, ends, words = paragraph.starts, paragraph.ends, paragraph.words
    last = len(words) - 1
    after = words[index + 1].lower() if index < last else ""
    gap_after = text[ends[index] : starts[index + 1]] if index < last else ""
    likely = paragraph.readings[index + 1].options if index < last else ()
    before, gap = word_before(text, paragraph, restored, index)
    coordinated = ""
    if index > 1 and before.lower() in COORDINATING and not gap.strip():
        coordinated = restored.get(index - 2, words[index - 2]).lower()
    follows_name = (
        index > 0
        and words[index][0].isupper()
        and words[index - 1][0].isupper()
        and not gap.strip()
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
        reflexive and has_reflexive_near(text, paragraph, index),
        governing_preposition(text, paragraph, restored, index),
    )


def starts_sentence(text: str, paragraph: Paragraph, index: int) -> bool:
    """Whether the token at `index` is the first of its sentence."""
    start = paragraph.starts[index]
    if index and text[paragraph.ends[index - 1] : start] in WORD_GAPS:
        return False  # the usual case, settled without the regex
    return bool(SENTENCE_START.search(text, max(0, start - 40), start))


def has_reflexive_near(text: str, paragraph: Paragraph, index: int) -> bool:
    """Whether `se` stands before the token at `index` in its clause, or after it behind
    at most a clitic: `se stal`, `se tak stal`, `stal se`, `stal by se`."""
    starts, ends, words = paragraph.starts, paragraph.ends, paragraph.words
    for position in range(index + 1, min(len(words), index + 1 + MAX_CLITICS_AFTER + 1)):
        if text[ends[position - 1] : starts[position]].strip():
            break
        if words[position].lower() == REFLEXIVE:
            return True
    for position in range(index - 1, max(-1, index - 1 - MAX_CLAUSE_REACH), -1):
        if not CLAUSE_END.isdisjoint(text[ends[position] : starts[position + 1]]):
            return False
        if words[position].lower() == REFLEXIVE:
            return True
    return False


def governing_preposition(
    text: str, paragraph: Paragraph, restored: dict[int, str], index: int
) -> str:
    """The preposition (without accents) that the adjectives right before the token at
    `index` follow, and that governs its case too: `s` in `s následnou projekcí`; or ""."""
    starts, ends = paragraph.starts, paragraph.ends
    for position in range(index - 1, max(-1, index - 1 - MAX_ADJECTIVES_BETWEEN - 1), -1):
        word = restored.get(position, paragraph.words[position]).lower()
        if position < index - 1 and strip_form(word) in PREPOSITIONS:
            if text[ends[position] : starts[position + 1]].strip():
                return ""  # punctuation ends the phrase
            # `se` before an adjective is as a rule the reflexive: `vyznačuje se symetrickou`
            return "" if word in REFLEXIVES else strip_form(word)
        if not is_adjective(word) or text[ends[position] : starts[position + 1]].strip():
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
    return before, text[paragraph.ends[index - 1] : start]


@lru_cache(maxsize=65536)
def apply_case(written: str, word: str, exact_case: bool, starts_sentence: bool) -> str:
    """Write `word` (lower case) in the case of `written`.

    Letter by letter when both are as long; otherwise all capitals, a capital first, or
    all small. The OCR's `¢` is a capital only where a capital belongs: at a sentence's
    start, or on a word that is no adjective (`¢eské` is `české`).
    """
    if written.isupper() and len(written) > 1:
        return word.upper()
    if written[0] == "¢":
        capital = starts_sentence or not ADJECTIVE_ENDING.search(word)
        return (word[0].upper() if capital else word[0]) + word[1:]
    if exact_case and not any(char.isupper() for char in written[1:]):
        return "".join(
            new.upper() if old.isupper() else new for old, new in zip(written, word, strict=True)
        )
    return (word[0].upper() if written[0].isupper() else word[0]) + word[1:]
