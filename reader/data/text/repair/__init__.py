"""Encoding repair: one module per kind of damage, and the word model they share."""

from __future__ import annotations

from typing import NamedTuple

from ..language_lists import language_name
from .changes import RepairedText, TextChange
from .choice import is_better_repair, language_of
from .codepages import LONE_LEAD_CODE_PAGES, name_people_use
from .detect import detect_code_page, has_lone_lead
from .ftfy_fix import fix_with_ftfy, has_suspects
from .mojibake import undo_mojibake
from .word_choice import FilledText, makes_known_words

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
        round_ = repair_once(repaired)
        if round_.text == repaired:
            break
        repaired = round_.text
        reasons.append(round_.reason)
        if round_.final:
            break
    return RepairedText(repaired, text, "; ".join(reasons))


class Round(NamedTuple):
    """One round of repair."""

    text: str
    reason: str
    final: bool = False
    """Whether another round is known to change nothing."""


def repair_once(text: str) -> Round:
    """One round of repair: the better of ftfy's and the reader's own, or `text` unchanged.
    Rounds go on until one changes nothing (or is final), so a repair is final."""
    if text.isascii():
        return Round(text, "")
    ours = undo_layers(text)
    if ours.language and is_plain_mojibake(ours):
        # Our layers went on until one changed nothing, and ftfy finds nothing to do.
        return Round(ours.text, "; ".join(ours.reasons), final=True)
    theirs, steps = fix_with_ftfy(text)
    if ours.text != text and (ours.text == theirs or is_better_own_repair(ours, theirs)):
        return Round(ours.text, "; ".join(ours.reasons))
    if theirs == text:
        return Round(text, "")
    return Round(theirs, "; ".join(steps))


def is_better_own_repair(ours: OwnRepair, theirs: str) -> bool:
    """Whether the reader's own repair reads better than ftfy's, in the language of its
    words."""
    language = ours.language or language_of(ours.text)
    return language is not None and is_better_repair(ours.text, theirs, language)


class OwnRepair(NamedTuple):
    """The reader's own repair of a text, layer by layer."""

    text: str
    reasons: list[str]
    """The reason for each layer undone."""
    language: str | None
    """The language whose words chose the lost characters; None when none were chosen."""
    evidence: int
    """The complete UTF-8 sequences the first layer was found by (up to EVIDENCE_SAMPLE)."""


def is_plain_mojibake(ours: OwnRepair) -> bool:
    """Whether the text was so plainly mojibake of one code page, and `ours` so plainly its
    repair, that ftfy need not be asked (it reads long texts slowly): the text held many
    UTF-8 sequences, and nothing ftfy would look at is left."""
    return ours.evidence >= MANY_SEQUENCES and not has_suspects(ours.text)


def undo_layers(text: str) -> OwnRepair:
    """The reader's own repair of `text`, layer by layer."""
    repaired, reasons, language, evidence = text, [], None, 0
    for _ in range(MAX_LAYERS):
        undone = undo_one_layer(repaired)
        evidence = evidence or undone.evidence
        if undone.text == repaired:
            break
        repaired = undone.text
        reasons.append(undone.reason)
        language = language or (undone.language if undone.chosen else None)
    return OwnRepair(repaired, reasons, language, evidence)


class UndoneLayer(NamedTuple):
    """One wrong decoding undone."""

    text: str
    reason: str
    chosen: int
    """How many lost characters the words of `language` chose."""
    language: str | None
    evidence: int = 0
    """The complete UTF-8 sequences that told the code page."""


def undo_one_layer(text: str) -> UndoneLayer:
    """Undo one wrong decoding of `text`, or give it back unchanged."""
    code_page, evidence = detect_code_page(text)
    if code_page is not None:
        undone = undo_mojibake(text, code_page)
        reason = read_as(code_page.name, undone)
        return UndoneLayer(undone.text, reason, undone.chosen, undone.language, evidence)
    if has_lone_lead(text):
        # Short text can hold nothing but lost bytes (`vÃce`); it counts as damaged only
        # when every word restoring them makes is a real word of the text's language.
        for page in LONE_LEAD_CODE_PAGES:
            undone = undo_mojibake(text, page)
            language = undone.language
            if language and undone.chosen and makes_known_words(text, undone.text, language):
                reason = read_as(page.name, undone)
                return UndoneLayer(undone.text, reason, undone.chosen, undone.language)
    return UndoneLayer(text, "", 0, None)


def read_as(code_page: str, undone: FilledText) -> str:
    """The reason given for undoing a wrong decoding with `code_page`, and which language
    chose the letters of lost bytes."""
    reason = f"UTF-8 text read as {name_people_use(code_page)} was decoded again"
    if undone.chosen and undone.language:
        return f"{reason}, its lost letters chosen by {language_name(undone.language)} words"
    return reason
