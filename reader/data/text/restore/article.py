"""Restore an article's title, lead and body when its Czech lacks diacritics."""

from __future__ import annotations

from dataclasses import replace

from ...article import Article
from ..repair.changes import RepairedText
from .text import restore_texts

MAX_LISTED_WORDS = 10
"""The repair note lists this many restored words as examples."""


def restore_article(article: Article) -> Article:
    """Restore the article's prose fields if they are Czech without diacritics or misread.

    The title, original title, lead and body are judged together and restored alike; the
    article records how many words changed (`restored_words`) and a note in `repairs`.
    Articles in correct Czech or in other languages come back as they were.

    Args:
        article: A loaded article.

    Returns:
        The article, restored or not.
    """
    fields = (article.title, article.original_title, article.description, article.body)
    title, original_title, description, body = restore_texts(fields)
    restored = replace(
        article,
        title=title.text,
        original_title=original_title.text,
        description=description.text,
        body=body.text,
    )
    return record_restoration(restored, [title, original_title, description, body])


def record_restoration(article: Article, texts: list[RepairedText]) -> Article:
    """`article`, whose text `texts` restored, with how many words they changed
    (`restored_words`) and a note in `repairs`; as it is when they changed none."""
    count = sum(text.change_count for text in texts)
    if not count:
        return article
    return replace(
        article,
        repairs=(*article.repairs, describe_restoration(texts, count)),
        repair_count=article.repair_count + count,
        restored_words=count,
    )


def describe_restoration(texts: list[RepairedText], count: int) -> str:
    """One sentence saying how many words were restored, with the first few as examples."""
    examples = [
        f"'{change.before}' → '{change.after}'"
        for text in texts
        for change in text.first_changes(MAX_LISTED_WORDS)
    ][:MAX_LISTED_WORDS]
    more = ", …" if count > len(examples) else ""
    word = "word" if count == 1 else "words"
    return (
        f"restored diacritics or OCR-misread letters in {count} {word}: {', '.join(examples)}{more}"
    )
