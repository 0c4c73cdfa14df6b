"""Restore the diacritics of Czech text that lost them, and the words OCR misread."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..repair.changes import RepairedText
from ..repair.word_choice import ADJECTIVE_ENDING, SENTENCE_START
from .candidates import KEEP, Reading, read_word
from .context import Neighbours, weigh_in_context
from .detect import Tally

RESTORED = "Czech text without its diacritics (or misread by OCR) was restored word by word"
"""The reason a restored text gives."""

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Runs of letters and digits; `¢` is the OCR's Č.
TOKEN = re.compile(r"[\w¢]+")
# Text no word of which is prose: links, addresses, code, Markdown link targets.
# A URL wrapped at the line's end goes on at the next line's start (`-protejskem-254369`).
PROTECTED = re.compile(
    r"(?:https?://|www\.)\S+(?:\n[\w\-./?=&%#]*[\-/_?=&%#\d][\w\-./?=&%#]*(?!\S))?"
    r"|\S+@\S+|`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>"
)
# A token glued to a dot, @ or # is part of a name such as `mo.gov.cz` or `@user`.
NAME_GLUE_BEFORE = frozenset(".@#\\_")
NAME_GLUE_AFTER = frozenset("@\\_")
# Letters, with OCR's `¢`, and `4` only between letters (`ned4vno`, not `IP4`).
RESTORABLE = re.compile(r"[^\W\d_¢]*(?:[^\W\d_]|¢)(?:[^\W\d_]|¢|4(?=[^\W\d_]))*")


@dataclass(frozen=True)
class Token:
    """One run of letters or digits in a paragraph."""

    start: int
    end: int
    text: str
    reading: Reading
    """KEEP for numbers and tokens that are part of a name or link."""


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
            for token, word in restore_paragraph(text, tokens):
                pieces += [text[position : token.start], word]
                position = token.end
        restored = "".join(pieces) + text[position:]
        results.append(RepairedText(restored, text, RESTORED if restored != text else ""))
    return tuple(results)


def restore_text(text: str) -> RepairedText:
    """Restore `text` on its own: `restore_texts` of one text."""
    return restore_texts([text])[0]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of `text` starts and ends."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def tokenize(text: str, span: tuple[int, int]) -> list[Token]:
    """The tokens of one paragraph, each read unless it cannot be prose."""
    start, end = span
    protected = [match.span() for match in PROTECTED.finditer(text, start, end)]
    tokens = []
    for match in TOKEN.finditer(text, start, end):
        word, first, last = match.group(), match.start(), match.end()
        is_glued = (
            text[first - 1 : first] in NAME_GLUE_BEFORE
            or text[last : last + 1] in NAME_GLUE_AFTER
            or (text[last : last + 1] == "." and text[last + 1 : last + 2].isalnum())
        )
        inside = any(low <= first < high for low, high in protected)
        readable = not (is_glued or inside) and RESTORABLE.fullmatch(word)
        tokens.append(Token(first, last, word, read_word(word) if readable else KEEP))
    return tokens


def tally(tokens: Sequence[Token]) -> Tally:
    """What the tokens of a paragraph say about it."""
    counted = Tally()
    for token in tokens:
        if token.reading is not KEEP or RESTORABLE.fullmatch(token.text):
            counted.add(token.reading.evidence)
    return counted


def restore_paragraph(text: str, tokens: Sequence[Token]) -> list[tuple[Token, str]]:
    """The tokens of a paragraph to replace, with what replaces them."""
    replaced = []
    before = ""
    previous_end = tokens[0].start if tokens else 0
    for index, token in enumerate(tokens):
        chosen = token.text
        if token.reading.options:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            after = following.text.lower() if following else ""
            gap_after = text[token.end : following.start] if following else ""
            near = Neighbours(before.lower(), text[previous_end : token.start], after, gap_after)
            best = weigh_in_context(token.reading.options, near)[0][0]
            # A word left as written keeps its case (`iPhone`).
            if best != token.text.lower():
                starts_sentence = bool(
                    SENTENCE_START.search(text, max(0, token.start - 40), token.start)
                )
                chosen = apply_case(token.text, best, token.reading.exact_case, starts_sentence)
                if chosen != token.text:
                    replaced.append((token, chosen))
        gap = text[previous_end : token.start]
        is_decimal = token.text.isdigit() and before.isdigit() and gap in (",", ".")
        # `1,5 milionu` is no number from five up: the decimal is kept whole.
        before = before + gap + chosen if is_decimal else chosen
        previous_end = token.end
    return replaced


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
