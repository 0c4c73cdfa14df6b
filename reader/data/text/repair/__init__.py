"""Encoding repair: one module per kind of damage, and the word model they share."""

from __future__ import annotations

from .changes import RepairedText, TextChange
from .codepages import CODE_PAGES
from .detect import detect_code_page, find_sequences, has_lone_lead, proves_nothing
from .mojibake import undo_mojibake
from .other_mojibake import undo_other_mojibake
from .word_choice import makes_known_words

__all__ = ["RepairedText", "TextChange", "repair_text"]

# Text decoded wrongly twice over is undone layer by layer; more layers than this is noise.
MAX_LAYERS = 3


def repair_text(text: str) -> RepairedText:
    """Repair mojibake in `text`, reporting what was done.

    Clean text comes back unchanged, and repairing repaired text changes nothing more.
    """
    repaired, reasons = text, []
    for _ in range(MAX_LAYERS):
        undone, reason = undo_one_layer(repaired)
        if undone == repaired:
            break
        repaired = undone
        reasons.append(reason)
    return RepairedText(repaired, text, "; ".join(reasons))


def undo_one_layer(text: str) -> tuple[str, str]:
    """Undo one wrong decoding of `text`; return the text and the reason, or `text` unchanged."""
    sequences = find_sequences(text)
    code_page = detect_code_page(sequences) if sequences else None
    if code_page is not None:
        return undo_mojibake(text, code_page), read_as(code_page.name)
    if has_lone_lead(text):
        # Short text can hold nothing but lost bytes (`vÃce`); it counts as damaged only
        # when every word restoring them makes is a real word.
        for page in CODE_PAGES:
            undone = undo_mojibake(text, page)
            if undone != text and makes_known_words(text, undone):
                return undone, read_as(page.name)
    sequences = [match for match in sequences if not proves_nothing(match.group())]
    if sequences:
        undone, steps = undo_other_mojibake(text, sequences)
        return undone, "mojibake was decoded again (" + ", ".join(steps) + ")"
    return text, ""


def read_as(code_page: str) -> str:
    """The reason given for undoing a wrong decoding with `code_page`."""
    return f"UTF-8 text read as {code_page} was decoded again"
