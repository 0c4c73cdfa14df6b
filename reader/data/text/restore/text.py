"""Restore the diacritics of Czech text that lost them, and the words OCR misread."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..czech import ACCENTED_LETTERS
from ..language import reads_as_czech
from ..repair.changes import RepairedText
from ..repair.letter_case import expects_capital
from .context import weigh_in_context
from .detect import Tally
from .paragraph import Paragraph, fenced_spans, tally, tokenize
from .surroundings import neighbours, starts_sentence

RESTORED = "Czech text without its diacritics (or misread by OCR) was restored word by word"
"""The reason a restored text gives."""

MIN_ACCENTED_LETTER_SHARE = 0.02
"""Above this share of accented letters (é aside), text has its diacritics: Czech news has
4% or more (12% on average), text that lost them 0%."""
CZECH_ACCENTED_LETTER = re.compile(f"[{ACCENTED_LETTERS.replace('é', '').replace('É', '')}]")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def restore_texts(texts: Sequence[str]) -> tuple[RepairedText, ...]:
    """Restore Czech that lacks diacritics in the texts of one article.

    The texts (title, lead, body) are judged together: only when the article as a whole is
    Czech that lacks accents, or was misread by OCR, and no English, is each of its
    paragraphs that lacks them restored. Correct Czech, other languages and unknown names
    are left as they are.

    Args:
        texts: The article's texts.

    Returns:
        One result per text, its `changes` the words restored.
    """
    if has_diacritics(texts):
        return tuple(RepairedText(text, text) for text in texts)
    paragraphs = [
        [tokenize(text, span, code) for span in paragraph_spans(text)]
        for text, code in zip(texts, map(fenced_spans, texts), strict=True)
    ]
    tallies = [[tally(tokens) for tokens in text] for text in paragraphs]
    article = Tally()
    for text_tallies in tallies:
        for paragraph_tally in text_tallies:
            article += paragraph_tally
    restoring = any(
        paragraph_tally.needs_restoring(article)
        for text_tallies in tallies
        for paragraph_tally in text_tallies
    )
    words = (word for text in paragraphs for paragraph in text for word in paragraph.words)
    if not restoring or not reads_as_czech(words):
        return tuple(RepairedText(text, text) for text in texts)
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
            near = neighbours(text, paragraph, restored, index, readings[index])
            options = weigh_in_context(options, near)
        best = options[0][0]
        if best == written.lower():
            continue  # a word left as written keeps its case (`iPhone`)
        at_start = written[0] == "¢" and starts_sentence(text, paragraph, index)
        chosen = apply_case(written, best, readings[index].exact_case, at_start)
        if chosen != written:
            restored[index] = chosen
    return [(starts[index], ends[index], word) for index, word in restored.items()]


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
        return (word[0].upper() if expects_capital(word, starts_sentence) else word[0]) + word[1:]
    if exact_case and not any(char.isupper() for char in written[1:]):
        return "".join(
            new.upper() if old.isupper() else new for old, new in zip(written, word, strict=True)
        )
    return (word[0].upper() if written[0].isupper() else word[0]) + word[1:]
