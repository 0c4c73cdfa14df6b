"""The tokens of a paragraph, what each may stand for, and what they say about its text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..czech import MAX_WORD_LENGTH
from ..repair.words import czech_words
from .candidates import NOT_A_WORD, Evidence, Reading, read_word
from .detect import SLOVAK_WORDS, Tally
from .ocr import strip_form

# Runs of letters and digits (`¢` is the OCR's Č), except those glued to a dot, @ or #,
# which are parts of names such as `mo.gov.cz` or `@user`.
TOKEN = re.compile(r"(?<![\w¢.@#\\])[\w¢]+(?![\w¢@\\]|\.\w)")
# Text no word of which is prose: links, addresses, code, Markdown link targets.
# A URL wrapped at the line's end goes on at the next line's start (`-protejskem-254369`);
# one cut after its scheme (`http: //images…`) still starts with `//`. An address is the
# whole run of non-spaces holding an @, looked for from the run's start only; link targets
# and <…> have a length limit. Else each `@`, `](` or `<` of a long line would be looked at
# to the line's end: time growing with the square of the line (80 s for a 400 kB line).
PROTECTED = re.compile(
    r"(?:https?://|www\.|//)\S+(?:\n[\w\-./?=&%#]*[\-/_?=&%#\d][\w\-./?=&%#]*(?!\S))?"
    r"|(?<!\S)\S+@\S+|`[^`\n]*`|\]\([^)\n]{0,2048}\)|<[^>\n]{0,2048}>"
)
# Letters, with OCR's `¢`, and `4` only between letters (`ned4vno`, not `IP4`).
RESTORABLE = re.compile(r"[^\W\d_¢]*(?:[^\W\d_]|¢)(?:[^\W\d_]|¢|4(?=[^\W\d_]))*")


@dataclass(frozen=True)
class Paragraph:
    """The runs of letters or digits in one paragraph, and what each may stand for."""

    start: int
    """Where the paragraph starts in its text."""
    starts: list[int]
    ends: list[int]
    words: list[str]
    readings: list[Reading]
    """NOT_A_WORD for numbers and tokens that are part of a link or address."""


FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)
"""A line that opens or closes a fenced code block."""


def fenced_spans(text: str) -> list[tuple[int, int]]:
    """Where the fenced code blocks of `text` are (from the opening fence to the end of the
    closing one, or of the text): code, whose words are no prose. One pass over the fences."""
    spans: list[tuple[int, int]] = []
    opened: re.Match[str] | None = None
    for fence in FENCE.finditer(text):
        if opened is None:
            opened = fence
        elif fence.group(1)[0] == opened.group(1)[0] and len(fence.group(1)) >= len(
            opened.group(1)
        ):
            spans.append((opened.start(), fence.end()))
            opened = None
    if opened is not None:
        spans.append((opened.start(), len(text)))
    return spans


def tokenize(text: str, span: tuple[int, int], code: Sequence[tuple[int, int]] = ()) -> Paragraph:
    """The tokens of one paragraph, each read unless it cannot be prose (a link, an address,
    inline code, or a token within the `code` spans of the text)."""
    start, end = span
    matches = list(TOKEN.finditer(text, start, end))
    # map() over the unbound methods runs in C: a paragraph has hundreds of tokens.
    words = list(map(re.Match.group, matches))
    czech_words().read_ahead(map(strip_form, words))
    readings = list(map(read_token, words))
    starts = list(map(re.Match.start, matches))
    protected = [match.span() for match in PROTECTED.finditer(text, start, end)]
    for low, high in [*protected, *(part for part in code if part[0] < end and part[1] > start)]:
        for index in range(bisect_left(starts, low), bisect_left(starts, high)):
            readings[index] = NOT_A_WORD
    return Paragraph(start, starts, list(map(re.Match.end, matches)), words, readings)


@lru_cache(maxsize=65536)  # 262,144 would hold about 30 MB more in a worker of 50,000 texts
def read_token(token: str) -> Reading:
    """`read_word` for a run of letters; NOT_A_WORD for numbers and the like (`IP4`), and
    for runs too long to be a word."""
    if len(token) > MAX_WORD_LENGTH or not RESTORABLE.fullmatch(token):
        return NOT_A_WORD
    return read_word(token)


def tally(paragraph: Paragraph) -> Tally:
    """What the words of a paragraph say about it."""
    # Counted in C: list.count compares the enum members by identity.
    evidence = [reading.evidence for reading in paragraph.readings]
    return Tally(
        words=len(evidence) - evidence.count(Evidence.NOT_A_WORD),
        accented=evidence.count(Evidence.ACCENTED),
        lacking=evidence.count(Evidence.STRIPPED) + evidence.count(Evidence.MISREAD),
        slovak=sum(map(SLOVAK_WORDS.__contains__, map(str.lower, paragraph.words))),
    )
