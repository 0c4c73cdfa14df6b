"""ArticleBody: long or costly texts are laid out off the UI thread, with bounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLES, settle, write_folder
from rich.console import Console
from rich.markdown import Markdown
from rich.style import Style
from rich.text import Text

from reader.present.article_markdown import MAX_SHOWN_CHARS, markdown_or_plain, raw_text, why_plain
from reader.present.links import WebLinksOnly, find_links
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.widgets.article_body import INLINE_CHARS, ArticleBody


def table(columns: int) -> str:
    """A Markdown table with `columns` columns and two rows."""
    row = "|" + "|".join(f"c{n}" for n in range(columns)) + "|\n"
    return row + "|" + "|".join("---" for _ in range(columns)) + "|\n" + row


def test_why_plain_refuses_only_costly_markdown() -> None:
    """Very long Markdown and very wide tables are shown plain; ordinary Markdown is not."""
    assert why_plain("## Nadpis\n\n" + table(20) + "\n- a\n  - b\n") == ""
    assert why_plain(table(500)) == "This article has a table of 500 columns, too wide to format"
    assert why_plain("x" * 300_000).startswith("This article is too long to format (300,000")
    assert why_plain("a\n" * 6000) == "This article is too long to format (6,001 lines)"


def test_plain_text_is_cut_with_a_notice() -> None:
    """Past MAX_SHOWN_CHARS the plain text stops, and the notice says so, above it and
    where it stops (it ended mid-word, with nothing to say it was cut)."""
    shown = markdown_or_plain("slovo " * 200_000)
    assert isinstance(shown, Text)
    assert shown.plain.startswith("This article is too long to format (1,200,000 characters);")
    assert "Only the first 200,000 characters are shown." in shown.plain[:200]
    assert shown.plain.endswith("…\n\nOnly the first 200,000 characters are shown.")
    assert len(shown.plain) < MAX_SHOWN_CHARS + 300


def test_only_web_links_stay_links() -> None:
    """A file:, javascript: or data: link in the body is drawn as text, never as a link."""
    markdown = "[a](https://example.cz) [b](file:///etc/passwd) [c](javascript:alert(1))"
    console = Console(width=80)
    renderable = markdown_or_plain(markdown)
    assert isinstance(renderable, WebLinksOnly) and isinstance(renderable.renderable, Markdown)
    links = {s.style.link for s in console.render(renderable) if s.style and s.style.link}
    assert links == {"https://example.cz"}


def test_images_stay_in_their_paragraph_and_html_blocks_show_their_text() -> None:
    """An image is a link to it where it stands (Rich drew it before the paragraph), and a
    block of HTML shows its text without tags (Rich left it out)."""
    markdown = "Obrázek: ![Most přes řeku](https://example.cz/most.jpg) a text dál.\n\n"
    markdown += "<div>\nBlokové <b>HTML</b>\n</div>\n\n<!-- poznámka -->\n\nKonec."
    console = Console(width=80)
    renderable = markdown_or_plain(markdown)
    with console.capture() as captured:
        console.print(renderable)
    lines = [line.strip() for line in captured.get().splitlines() if line.strip()]
    assert lines == ["Obrázek: 🌆 Most přes řeku a text dál.", "Blokové HTML", "Konec."]
    links = {s.style.link for s in console.render(renderable) if s.style and s.style.link}
    assert links == {"https://example.cz/most.jpg"}


def test_an_html_block_shows_what_a_browser_would() -> None:
    """Scripts, styles and comments are not text (a comment may hold `>`); a character
    reference is its character."""
    markdown = "<p>Caf&eacute; <b>u&nbsp;řeky</b></p>\n\n<script>\nalert('x')\n</script>\n\n"
    markdown += "<style>p { color: red }</style>\n\n<!-- a > b -->\n\nKonec."
    console = Console(width=80)
    with console.capture() as captured:
        console.print(markdown_or_plain(markdown))
    lines = [line.strip() for line in captured.get().splitlines() if line.strip()]
    assert lines == ["Café u řeky", "Konec."]


def test_a_picture_in_an_html_block_is_a_link_to_it_where_it_stands() -> None:
    """`<img>` in a block of HTML shows as a Markdown image does: its description (its `alt`,
    references read) as a link to its address, between the words around it."""
    markdown = '<p>Před <img src="https://example.cz/most.jpg" alt="Most &amp; řeka"> po.</p>'
    console = Console(width=80)
    renderable = markdown_or_plain(markdown)
    with console.capture() as captured:
        console.print(renderable)
    assert captured.get().strip() == "Před 🌆 Most & řeka po."
    links = {s.style.link for s in console.render(renderable) if s.style and s.style.link}
    assert links == {"https://example.cz/most.jpg"}


def test_in_plain_output_a_link_is_written_once() -> None:
    """Without terminal links an address is written after its text, but not after itself
    (`<https://…>`), and a link without an address is just its text."""
    markdown = "Viz <https://example.cz/a>, [prázdný]() a [zprávu](https://example.cz/b)."
    console = Console(width=120)
    with console.capture() as captured:
        console.print(markdown_or_plain(markdown, hyperlinks=False))
    assert captured.get().strip() == (
        "Viz https://example.cz/a, prázdný a zprávu (https://example.cz/b)."
    )


def test_in_plain_output_an_address_is_written_as_it_reads() -> None:
    """An address with letters beyond ASCII is written with those letters, not the escapes
    a browser is given (`T%C5%99ebo%C5%88`), and an autolink of one still once; an escape
    that would write a control character stays an escape."""
    markdown = (
        "Viz [Třeboň](https://cs.wikipedia.org/wiki/Třeboň), <https://example.cz/ñandú>"
        " a [pozor](https://example.cz/%1B[31m)."
    )
    console = Console(width=200)
    with console.capture() as captured:
        console.print(markdown_or_plain(markdown, hyperlinks=False))
    assert captured.get().strip() == (
        "Viz Třeboň (https://cs.wikipedia.org/wiki/Třeboň), https://example.cz/ñandú"
        " a pozor (https://example.cz/%1B%5B31m)."
    )


def test_links_open_their_escaped_address_and_show_it_as_it_reads() -> None:
    """A link's address is opened as the parser escaped it, and shown as written."""
    (link,) = find_links("[Třeboň](https://cs.wikipedia.org/wiki/Třeboň)")
    assert link.url == "https://cs.wikipedia.org/wiki/T%C5%99ebo%C5%88"
    assert link.shown_url == "https://cs.wikipedia.org/wiki/Třeboň"


def test_html_links_are_links_of_the_article() -> None:
    """A link written in HTML, in a paragraph or a block, is among the article's links with
    the text a browser shows of it (the links dialog listed none); an anchor without an
    address is no link."""
    markdown = (
        'Viz <a href="https://example.cz/a?b=1&amp;c=2">zprávu <b>ČTK</b></a> a [web](https://web.cz).'
        "\n\n<div>\n<a href='https://example.cz/blok'>Blok</a> <a name=kotva>kotva</a>\n</div>\n"
    )
    assert [(link.text, link.url) for link in find_links(markdown)] == [
        ("web", "https://web.cz"),
        ("zprávu ČTK", "https://example.cz/a?b=1&c=2"),
        ("Blok", "https://example.cz/blok"),
    ]


def test_a_tables_long_cells_wrap_instead_of_being_cut() -> None:
    """A cell too long for its column goes on on the next line: nothing ends in `…`."""
    address = "https://example.cz/velmi/dlouha/adresa/stranky"
    markdown = f"| Sloupec | Adresa |\n|---|---|\n| hodnota {'y' * 30} | {address} |\n"
    console = Console(width=50)
    with console.capture() as captured:
        console.print(markdown_or_plain(markdown))
    lines = captured.get().splitlines()
    assert not any("…" in line for line in lines)
    column = next(line for line in lines if "Adresa" in line).index("Adresa")
    assert address in "".join(line[column:].strip() for line in lines)


@pytest.mark.parametrize("columns", [20, 30, 50])
def test_a_table_of_more_columns_than_fit_is_drawn_a_row_a_line(columns: int) -> None:
    """Every cell of a table too wide for the screen is shown, a row a line (Rich drew a
    30-column table at 80 columns a character or two a cell, and one of 50 as a bare rule);
    a table that fits is drawn as a table."""
    console = Console(width=80)
    with console.capture() as captured:
        console.print(markdown_or_plain(table(columns)))
    cells = " │ ".join(f"c{n}" for n in range(columns))
    assert " ".join(captured.get().split()).count(cells) == 2
    with console.capture() as captured:
        console.print(markdown_or_plain(table(8)))
    assert " │ " not in captured.get()
    assert "c7" in captured.get()


@pytest.mark.parametrize(
    ("markdown", "last"),
    [
        ("\n".join("  " * level + f"- úroveň {level}" for level in range(12)), "úroveň 11"),
        (">" * 40 + " hluboko", "hluboko"),
    ],
    ids=["lists", "quotes"],
)
def test_markdown_nested_too_deep_is_shown_whole_as_plain_text(markdown: str, last: str) -> None:
    """Rich's parser dropped the rest of a text past 20 levels of lists or quotes; such a
    text is shown as plain text, with a notice, nothing left out."""
    shown = markdown_or_plain(markdown + "\n\nZávěr.\n")
    assert isinstance(shown, Text)
    assert shown.plain.startswith("This article nests lists or quotes too deep to format")
    assert last in shown.plain and shown.plain.rstrip().endswith("Závěr.")
    assert isinstance(markdown_or_plain("- a\n  - b\n    - c\n"), WebLinksOnly)


async def open_body(tmp_path: Path, body: str, size: tuple[int, int] = (100, 30)) -> ReaderApp:
    """Write one article with `body` (not run yet); the caller opens it."""
    write_folder(tmp_path / "a", [{**ARTICLES[0], "body": body}])
    return ReaderApp(articles_dir=tmp_path / "a")


async def test_a_long_body_is_laid_out_in_a_worker(tmp_path: Path) -> None:
    """Above INLINE_CHARS the body shows a notice at once, then the lines laid out in a thread,
    and is laid out again when the width changes."""
    long_body = "\n\n".join(f"Odstavec {n} s textem o rozpočtu." for n in range(1000))
    assert len(long_body) > INLINE_CHARS
    app = await open_body(tmp_path, long_body)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.query_one(ArticleBody)
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = body.laid_out_lines
        assert lines is not None
        assert "Odstavec 0 s textem" in "".join(s.text for s in lines[0])
        assert "Odstavec 0 s textem" in body.render_line(0).text
        assert body.size.height == len(lines)
        width = max(sum(len(s.text) for s in line) for line in lines)
        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        narrower = body.laid_out_lines
        assert narrower is not None and narrower is not lines
        assert max(sum(len(s.text) for s in line) for line in narrower) < width


async def test_a_wide_table_is_shown_as_plain_text(tmp_path: Path) -> None:
    """A 500-column table does not reach Rich's table layout; the notice says why."""
    app = await open_body(tmp_path, table(500) * 10)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)
        lines = app.screen.query_one(ArticleBody).laid_out_lines
        assert lines is not None
        first = "".join(segment.text for segment in lines[0])
        assert first.startswith("This article has a table of 500 columns, too wide to format")


def test_plain_text_is_cut_after_many_lines() -> None:
    """A text of very many short lines is cut at MAX_SHOWN_LINES, with a notice."""
    shown = markdown_or_plain("x = 1\n" * 50_000)
    assert isinstance(shown, Text)
    assert "Only the first 10,000 lines are shown." in shown.plain
    assert shown.plain.count("\n") < 10_010


def test_raw_text_of_a_long_file_is_cut_with_a_notice() -> None:
    """The raw view shows at most MAX_SHOWN_CHARS, and says so."""
    shown = raw_text("\x1b" + "x" * 600_000, Style(bold=True))
    assert shown.plain.startswith("The file is long. Only the first 200,000 characters")
    assert shown.plain.endswith("x…\n\nOnly the first 200,000 characters are shown.")
    assert "␛x" in shown.plain
