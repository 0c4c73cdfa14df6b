"""Markdown syntax that loading and the article screen both read: a table's delimiter row,
a horizontal rule, a code fence, a heading opening a text, and the links of note-takers
(Obsidian)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from markdown_it import MarkdownIt

TABLE_DELIMITER_ROW = re.compile(
    r"^[ \t]*+\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)++\|?[ \t]*+$", re.MULTILINE
)
"""A table's delimiter row, `| --- | :-: |`: it makes the line before a table's header, and
says how many columns the table has. Its runs never give back what they took: a line of
tens of thousands of spaces would otherwise be tried split every way (seconds a line)."""
WIKI_LINK = re.compile(r"(?P<embed>!)?\[\[(?:[^\[\]|\n]*\|)?(?P<shown>[^\[\]|\n]+)\]\]")
"""Obsidian's `[[Note]]`, `[[folder/Note|shown text]]` and embedded `![[picture.png]]`: the
link shows its `shown` text."""
THEMATIC_BREAK = re.compile(
    r"[ ]{0,3}+(?:-(?:[ \t]*+-){2,}+|\*(?:[ \t]*+\*){2,}+|_(?:[ \t]*+_){2,}+)[ \t]*+"
)
"""A line that is a horizontal rule (`---`, `* * *`, `___`), matched whole."""
CODE_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
"""The line opening (or closing) a fenced block of code, and its fence."""


def closes_fence(line: str, fence: str) -> bool:
    """Whether `line` closes the fenced block of code `fence` opened: as many of its marks
    or more, and nothing else."""
    stripped = line.strip()
    return stripped.startswith(fence) and not stripped.strip(fence[0])


_OPENING_HEADING = re.compile(r"\s*+#[ \t]++([^\n]*)\n?")
"""A level-one heading opening a text, with its closing `#`s still on (stripped after: a
pattern that left them out took seconds on a line of thousands of spaces)."""


class OpeningHeading(NamedTuple):
    """A level-one heading that opens a text."""

    text: str
    """Its words, without the closing `#`s."""
    end: int
    """Where the text goes on after its line."""

    @property
    def shown(self) -> str:
        """Its words as Markdown shows them (`inline_text`): a title's."""
        return inline_text(self.text)


_INLINE_MARKUP = re.compile(r"[\[*_`&<\\]")
"""A character that may start inline markup, a character reference or an escape."""


@cache
def _inline_parser() -> MarkdownIt:
    """Markdown's own parser, for its inline markup."""
    return MarkdownIt("commonmark")


def inline_text(markdown: str) -> str:
    """The words Markdown's inline markup shows of `markdown`: a link's and emphasis's words,
    code as written, HTML's tags left out and its character references read, an Obsidian
    link as its text (`[Titulek](https://…)` as `Titulek`, `AT&amp;T` as `AT&T`)."""
    if _INLINE_MARKUP.search(markdown) is None:  # most titles: nothing to read
        return markdown
    linked = WIKI_LINK.sub(lambda link: link["shown"], markdown)
    tokens = _inline_parser().parseInline(linked)
    children = tokens[0].children if tokens else None
    if not children:
        return markdown
    words = [
        " " if child.type.endswith("break") else child.content
        for child in children
        if child.type in ("text", "code_inline", "softbreak", "hardbreak")
    ]
    return "".join(words).strip() or markdown


def opening_heading(text: str) -> OpeningHeading | None:
    """The level-one heading `text` opens with, after blank lines (an Obsidian note's title),
    or None."""
    found = _OPENING_HEADING.match(text)
    return None if found is None else OpeningHeading(found[1].rstrip(" \t#"), found.end())
