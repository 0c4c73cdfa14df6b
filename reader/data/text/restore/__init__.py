"""Czech text that lost its diacritics, or was misread by OCR, restored word by word."""

from __future__ import annotations

from .article import restore_article
from .document import restore_document
from .text import RESTORED, restore_text, restore_texts

__all__ = [
    "RESTORED",
    "restore_article",
    "restore_document",
    "restore_text",
    "restore_texts",
]
