"""Encoding repair: one module per kind of damage, and the word model they share."""

from __future__ import annotations

from .changes import RepairedText, TextChange
from .detect import detect_code_page, find_complete_sequences
from .mojibake import undo_mojibake
from .other_mojibake import undo_other_mojibake

__all__ = ["RepairedText", "TextChange", "repair_text"]

SINGLE_BYTE_REASON = "text decoded with the wrong code page ({code_page}) was restored"
OTHER_REASON = "mojibake was decoded again ({steps})"


def repair_text(text: str) -> RepairedText:
    """Repair mojibake in `text`, reporting each change.

    Clean text comes back unchanged, and repairing repaired text changes nothing more.
    """
    sequences = find_complete_sequences(text)
    if not sequences:
        return RepairedText(text, text)
    code_page = detect_code_page(sequences)
    if code_page is not None:
        repaired = undo_mojibake(text, code_page)
        reason = SINGLE_BYTE_REASON.format(code_page=code_page.name)
    else:
        repaired, steps = undo_other_mojibake(text, sequences)
        reason = OTHER_REASON.format(steps=", ".join(steps))
    if repaired == text:
        return RepairedText(text, text)
    return RepairedText(repaired, text, reason)
