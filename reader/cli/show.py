"""`reader show`: one article rendered with Rich, or as plain text when piped."""

from __future__ import annotations

import argparse

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text

from ..data import Article, ArticleIndex, is_web_link
from ..present.article_export import details
from ..present.article_text import body_under_title, clean_line
from .arguments import text_argument
from .errors import ArgumentParser, CommandError
from .folder import add_folder_arguments, load_index
from .output import stdout_console
from .settings import load_settings


def add_show_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader show`.

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "show",
        help="show one article",
        description="Show one article: title, details, description, body and link.",
    )
    parser.add_argument(
        "id",
        type=text_argument,
        metavar="ID",
        help="article id, as in the last column of 'list' (its start, when only one starts so)",
    )
    add_folder_arguments(parser)
    parser.set_defaults(run=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Print one article.

    Args:
        args: Parsed `reader show` arguments.

    Returns:
        The exit status: 0.

    Raises:
        CommandError: When the folder cannot be read or has no article with this id.
    """
    settings = load_settings(args, report=True)
    with load_index(args, settings) as index:
        article = index.get(named_id(index, args.id))
    console = stdout_console()
    # On a terminal links are clickable; in a pipe Markdown writes each URL out in full.
    view = article_view(article, settings.config.date_format, hyperlinks=console.is_terminal)
    if console.is_terminal:
        console.print(view)
        return 0
    # Rich pads every line to the full width; text for a pipe or file should not carry that.
    with console.capture() as captured:
        console.print(view)
    print("\n".join(line.rstrip() for line in captured.get().splitlines()))
    return 0


MAX_NAMED_IDS = 3
"""Ids named when the start given is the start of several."""


def named_id(index: ArticleIndex, given: str) -> str:
    """The id of the article `given` names: its id, or the start of only one (a list cuts a
    long id short, `india-explo…`, on a narrow terminal; a `…` copied with it is left out).

    Raises:
        CommandError: When no id is or starts with `given`, or several start with it.
    """
    if given in index:
        return given
    start = given.removesuffix("…")
    starting = index.ids_starting_with(start, MAX_NAMED_IDS + 1) if start else []
    if len(starting) == 1:
        return starting[0]
    if not starting:
        raise CommandError(f"no article with id {given!r} (see 'reader list')")
    named = ", ".join(starting[:MAX_NAMED_IDS]) + ("…" if len(starting) > MAX_NAMED_IDS else "")
    raise CommandError(f"several ids start with {start!r}: {named}; give more of one")


def article_view(article: Article, date_format: str, *, hyperlinks: bool) -> RenderableType:
    """Build the renderable for one article.

    Args:
        article: The article.
        date_format: How its date is written.
        hyperlinks: Whether links in the body may be terminal hyperlinks.

    Returns:
        Title, original title, details, description, body and url, with blank lines between.
    """
    # Text, not str: article text is data, never Rich markup.
    # One safe line each, as the list shows them: no control or bidi character reaches the
    # terminal (loading removes controls; a bidi mark would turn the line round).
    parts: list[RenderableType] = [Text(clean_line(article.title), style="bold")]
    if article.original_title and article.original_title != article.title:
        parts.append(Text(clean_line(article.original_title), style="italic dim"))
    if line := details(article, date_format):
        parts.append(Text(line, style="dim"))
    # What the file says but was not read, as the article's header in the reader shows it.
    parts.extend(Text(f"⚠ {clean_line(problem)}") for problem in article.problems)
    if article.description:
        parts.extend([Text(), Text(clean_line(article.description), style="italic")])
    if body := body_under_title(article):
        # Imported here: every command's start, and every loading worker's, imports this
        # module, and the Markdown renderer would add 0.04 s to each.
        from ..present.article_markdown import markdown_or_plain

        parts.extend([Text(), markdown_or_plain(body, hyperlinks=hyperlinks)])
    if article.url:
        # Only a web address becomes a terminal link: a `javascript:` one stays text.
        link = Style(link=article.url) if is_web_link(article.url) else Style()
        parts.extend([Text(), Text(clean_line(article.url), style=link)])
    return Group(*parts)
