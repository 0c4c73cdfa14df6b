"""Encoding repair: one module per kind of damage, and the word model they share."""

from __future__ import annotations

from typing import NamedTuple

from .changes import RepairedText, TextChange
from .choice import is_better_repair, language_of
from .codepages import CODE_PAGES
from .detect import detect_code_page, find_sequences, has_lone_lead
from .ftfy_fix import fix_with_ftfy, has_suspects
from .mojibake import undo_mojibake
from .word_choice import makes_known_words

__all__ = ["RepairedText", "TextChange", "repair_text"]

MANY_SEQUENCES = 20
"""Complete UTF-8 sequences that make text plainly mojibake: a damaged article holds
hundreds, correct text in a code page hardly ever one."""
# Text decoded wrongly twice over is undone layer by layer; more layers than this is noise.
MAX_LAYERS = 3


def repair_text(text: str) -> RepairedText:
    """Repair mojibake in `text`, reporting what was done.

    Two repairs are weighed: ftfy's `fix_encoding`, and the reader's own, which also
    brings back bytes the damage lost, choosing them by the words of the text's language.
    ftfy's is taken unless the reader's restored lost bytes and leaves the text clearly
    better (fewer signs of mojibake, more known words): so whatever ftfy repairs is
    repaired, and what it leaves alone is changed only to bring lost bytes back. Clean text
    comes back unchanged, and repairing repaired text changes nothing more.
    """
    repaired, reasons = text, []
    for _ in range(MAX_LAYERS):
        undone, reason = repair_once(repaired)
        if undone == repaired:
            break
        repaired = undone
        reasons.append(reason)
    return RepairedText(repaired, text, "; ".join(reasons))


def repair_once(text: str) -> tuple[str, str]:
    """One round of repair: the better of ftfy's and the reader's own, and the reason; or
    `text` unchanged. Rounds go on until one changes nothing, so a repair is final."""
    if text.isascii():
        return text, ""
    ours, reasons, language = undo_layers(text)
    if language and is_plain_mojibake(text, ours):
        return ours, "; ".join(reasons)
    theirs, steps = fix_with_ftfy(text)
    if ours not in (text, theirs):
        language = language or language_of(ours)
        if language and is_better_repair(ours, theirs, language):
            return ours, "; ".join(reasons)
    if theirs == text:
        return text, ""
    return theirs, "mojibake was decoded again (" + ", ".join(steps) + ")"


def is_plain_mojibake(text: str, ours: str) -> bool:
    """Whether `text` is so plainly mojibake of one code page, and `ours` so plainly its
    repair, that ftfy need not be asked (it reads long texts slowly): the text holds many
    UTF-8 sequences, and nothing ftfy would look at is left."""
    return len(find_sequences(text, MANY_SEQUENCES)) == MANY_SEQUENCES and not has_suspects(ours)


def undo_layers(text: str) -> tuple[str, list[str], str | None]:
    """The reader's own repair, layer by layer.

    Returns:
        The text, the reason for each layer undone, and the language whose words chose the
        lost characters (None when none were chosen).
    """
    repaired, reasons, language = text, [], None
    for _ in range(MAX_LAYERS):
        undone = undo_one_layer(repaired)
        if undone.text == repaired:
            break
        repaired = undone.text
        reasons.append(undone.reason)
        language = language or (undone.language if undone.chosen else None)
    return repaired, reasons, language


class UndoneLayer(NamedTuple):
    """One wrong decoding undone."""

    text: str
    reason: str
    chosen: int
    """How many lost characters the words of `language` chose."""
    language: str | None


def undo_one_layer(text: str) -> UndoneLayer:
    """Undo one wrong decoding of `text`, or give it back unchanged."""
    sequences = find_sequences(text)
    code_page = detect_code_page(sequences) if sequences else None
    if code_page is not None:
        undone = undo_mojibake(text, code_page)
        return UndoneLayer(undone.text, read_as(code_page.name), *undone[1:])
    if has_lone_lead(text):
        # Short text can hold nothing but lost bytes (`vÃce`); it counts as damaged only
        # when every word restoring them makes is a real word of the text's language.
        for page in CODE_PAGES:
            undone = undo_mojibake(text, page)
            language = undone.language
            if language and undone.chosen and makes_known_words(text, undone.text, language):
                return UndoneLayer(undone.text, read_as(page.name), *undone[1:])
    return UndoneLayer(text, "", 0, None)


def read_as(code_page: str) -> str:
    """The reason given for undoing a wrong decoding with `code_page`."""
    return f"UTF-8 text read as {code_page} was decoded again"
