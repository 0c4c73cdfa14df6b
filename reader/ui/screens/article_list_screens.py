"""The screens the article list opens over itself: an article, the problems list, and the
question before marking every listed article read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...data.article import Article
from ...data.state import Mark
from .confirm import ConfirmDialog
from .problems import ProblemsScreen

if TYPE_CHECKING:  # the list imports this module to open its screens
    from .article_list import ArticleListScreen


def open_chosen_article(screen: ArticleListScreen, article: Article, row: int) -> None:
    """Show `article`, at `row` of the list; n and p step through the list as it is when
    they are pressed, and the list's cursor goes to the article read last."""
    assert screen.index is not None  # the table has rows only once there is an index
    # Imported when an article is first opened: the article screen brings the Markdown
    # renderer and the link finder (0.04 s), which showing the list need not wait for.
    from ..reading_list import ReadingList
    from .article_detail import ArticleDetailScreen

    table = screen.table

    def return_to_article(article_id: str | None) -> None:
        if article_id is not None:
            table.select_article(article_id)

    reading = ReadingList(screen.index, lambda: table.article_ids)
    detail = ArticleDetailScreen(article, reading, row, screen.marking, screen.config)
    screen.app.push_screen(detail, return_to_article)


def show_problems(screen: ArticleListScreen) -> None:
    """List the files that could not be loaded, or say there are none (yet)."""
    index = screen.index
    if index is None:
        screen.notify("Still opening the index.")
    elif not index.problems:
        loading = bool(screen.load_status)
        screen.notify("No file has failed to load so far." if loading else "Every file loaded.")
    else:
        screen.app.push_screen(ProblemsScreen(index.problems, screen.articles_dir))


def confirm_mark_all_read(screen: ArticleListScreen) -> None:
    """Mark every article of the list read, once the user confirms."""
    ids = screen.table.article_ids
    if not ids:
        screen.notify("No articles are listed.")
        return

    def mark_if_confirmed(confirmed: bool | None) -> None:
        if confirmed:
            screen.notify(screen.marking.mark_all_read(ids))
            screen.show_marks()

    read = screen.marking.state.marked(Mark.READ)
    count = sum(article_id not in read for article_id in ids)
    if not count:
        screen.notify("Every article of this list is read already.")
        return
    question = f"Mark the {count:,} unread article{'s' * (count != 1)} of this list read?"
    screen.app.push_screen(ConfirmDialog(question), mark_if_confirmed)
