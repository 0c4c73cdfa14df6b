"""The reader's Markdown parser, shared by the article's rendering and its list of links."""

from __future__ import annotations

from markdown_it import MarkdownIt

MAX_DEPTH = 20
"""Deeper Markdown (10 nested lists, or 20 quotes) is shown as plain text: Rich leaves the
text of deeper quotes out, and indented further a list's is squeezed out of the width."""
PARSER = MarkdownIt("commonmark", {"maxNesting": 4 * MAX_DEPTH}).enable(["strikethrough", "table"])
"""Rich's Markdown parser (CommonMark, with tables and strikethrough), but one that nests
deep enough to tell when to give up: Rich's stops at 20 levels and drops the rest unsaid."""
