"""Czech text that lost its diacritics, or was misread by OCR, restored word by word."""

from __future__ import annotations

from .text import RESTORED, restore_text, restore_texts

__all__ = ["RESTORED", "restore_text", "restore_texts"]
