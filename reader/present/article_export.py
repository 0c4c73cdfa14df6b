"""An article written out as Markdown: what `s` in the reader saves."""

from __future__ import annotations

from ..data import Article
from .article_text import DRAFT_MARK, clean_block, clean_line, short_date


def details(article: Article, date_format: str) -> str:
    """Return the metadata line: draft, importance, date, categories, tags, source and author.

    Args:
        article: The article.
        date_format: How the date is written (in local time, as the reader shows it).

    Returns:
        The known details joined by middle dots.
    """
    parts = [DRAFT_MARK] if article.draft else []
    if article.importance is not None:
        parts.append(f"importance {article.importance}/5")
    if article.published is not None:
        parts.append(short_date(article.published, date_format))
    source = " ".join(part for part in (article.source.emoji, article.source.name) if part)
    categories = ", ".join(article.categories)
    tags = " ".join(f"#{tag}" for tag in article.tags)
    parts.extend(part for part in (categories, tags, source, article.author) if part)
    return " · ".join(parts)


def article_as_markdown(article: Article, date_format: str) -> str:
    """The article as a Markdown document of its own: its title as a heading, its details,
    its lead, its body (repaired, as the reader shows it) and its address.

    Args:
        article: The article.
        date_format: How the date is written.

    Returns:
        The text, ending in a newline.
    """
    parts = [f"# {clean_line(article.title)}"]
    if article.original_title and article.original_title != article.title:
        parts.append(f"*{clean_line(article.original_title)}*")
    if line := details(article, date_format):
        parts.append(line)
    if article.description.strip():
        parts.append("> " + "\n> ".join(clean_block(article.description).strip().splitlines()))
    if article.body.strip():
        parts.append(clean_block(article.body).strip())
    if article.url.strip():
        parts.append(f"<{clean_line(article.url)}>")
    return "\n\n".join(parts) + "\n"
