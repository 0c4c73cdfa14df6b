"""Markdown syntax that loading and the article screen both read: a table's delimiter row,
a code fence, and the links of note-takers (Obsidian)."""

from __future__ import annotations

import re

TABLE_DELIMITER_ROW = re.compile(
    r"^[ \t]*+\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)++\|?[ \t]*+$", re.MULTILINE
)
"""A table's delimiter row, `| --- | :-: |`: it makes the line before a table's header, and
says how many columns the table has. Its runs never give back what they took: a line of
tens of thousands of spaces would otherwise be tried split every way (seconds a line)."""
WIKI_LINK = re.compile(r"(?P<embed>!)?\[\[(?:[^\[\]|\n]*\|)?(?P<shown>[^\[\]|\n]+)\]\]")
"""Obsidian's `[[Note]]`, `[[folder/Note|shown text]]` and embedded `![[picture.png]]`: the
link shows its `shown` text."""
CODE_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
"""The line opening (or closing) a fenced block of code, and its fence."""


def closes_fence(line: str, fence: str) -> bool:
    """Whether `line` closes the fenced block of code `fence` opened: as many of its marks
    or more, and nothing else."""
    stripped = line.strip()
    return stripped.startswith(fence) and not stripped.strip(fence[0])
