"""The markup site generators and note-takers add to Markdown, drawn for a reader: Hugo
shortcodes and Liquid tags as dim tags, Obsidian's links as their text and its embeds as dim
tags, and GitHub's alerts as titled callouts.

Works on the parser's tokens, so code spans and code blocks keep their text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.token import Token

from ..data import WIKI_LINK

SHORTCODE_TAG = "h7"
"""The inline tag a shortcode is drawn with: Rich styles `markdown.h7` dim and italic, and no
Markdown heading goes that deep, so nothing else is drawn with it."""

_SHORTCODE = re.compile(
    r"\{\{[<%]-?\s*(?P<hugo>/?[\w./-]+(?:\s[^{}]*?)?)\s*-?[%>]\}\}"
    r"|\{%-?\s*(?P<liquid>[\w./-]+(?:\s[^{}%]*?)?)\s*-?%\}"
)
"""`{{< figure src="a.png" >}}`, `{{% notice %}}`, `{{< /tab >}}`, `{% highlight ruby %}`."""
_ALERT = re.compile(r"\[!(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*", re.IGNORECASE)
"""The first line of a GitHub alert's quote."""


def shortcodes_as_tags(children: list[Token]) -> list[Token]:
    """An inline token's children with each shortcode or Liquid tag in their text as a dim
    `⟨name args⟩`; where there are any, each line stays a line (a block shortcode's content
    would otherwise run into one line).

    Args:
        children: The children of an `inline` token.

    Returns:
        The same children when there is no shortcode, else new ones.
    """
    if not any(child.type == "text" and _SHORTCODE.search(child.content) for child in children):
        return children
    kept: list[Token] = []
    for child in children:
        if child.type == "softbreak":
            kept.append(Token("hardbreak", "br", 0))
        elif child.type == "text":
            kept.extend(_split(child.content, _SHORTCODE, _shortcode_tag))
        else:
            kept.append(child)
    return kept


def wiki_links_as_text(children: list[Token]) -> list[Token]:
    """An inline token's children with each Obsidian link in their text as its text (the
    note's name, or the text given after `|`), and each embed as a dim `⟨picture.png⟩`.

    Args:
        children: The children of an `inline` token.

    Returns:
        The same children when there is no link, else new ones.
    """
    if not any(child.type == "text" and "[[" in child.content for child in children):
        return children
    return [
        part
        for child in children
        for part in (
            _split(child.content, WIKI_LINK, _link_text)
            if child.type == "text" and "[[" in child.content
            else [child]
        )
    ]


def _shortcode_tag(match: re.Match[str]) -> Token:
    """A shortcode or Liquid tag as a dim `⟨name args⟩`."""
    return _tag(" ".join((match["hugo"] or match["liquid"]).split()))


def _link_text(match: re.Match[str]) -> Token:
    """An Obsidian link as its text, an embed as a dim `⟨picture.png⟩`."""
    shown = match["shown"].strip()
    return _tag(shown) if match["embed"] else Token("text", "", 0, content=shown)


def _tag(name: str) -> Token:
    """A dim `⟨name⟩`, apart from the article's words."""
    return Token("shortcode", SHORTCODE_TAG, 0, content=f"⟨{name}⟩")


def _split(
    text: str, pattern: re.Pattern[str], token_for: Callable[[re.Match[str]], Token]
) -> list[Token]:
    """Text tokens for the words of `text`, and `token_for` each match of `pattern` in it."""
    tokens: list[Token] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            tokens.append(Token("text", "", 0, content=text[position : match.start()]))
        tokens.append(token_for(match))
        position = match.end()
    if position < len(text):
        tokens.append(Token("text", "", 0, content=text[position:]))
    return tokens


def alerts_as_callouts(tokens: list[Token]) -> None:
    """Give each GitHub alert (`> [!NOTE]` and the quote's next lines) a title line in place
    of its marker, such as a bold `Note`; changes the inline tokens in place.

    Args:
        tokens: A parsed document's block tokens.
    """
    for position, token in enumerate(tokens[:-2]):
        if token.type != "blockquote_open" or tokens[position + 1].type != "paragraph_open":
            continue
        inline = tokens[position + 2]
        children = inline.children or []
        first = children[0] if children else None
        marker = _ALERT.fullmatch(first.content) if first and first.type == "text" else None
        if marker is None:
            continue
        title = [
            Token("strong_open", "strong", 1),
            Token("text", "", 0, content=marker["kind"].capitalize()),
            Token("strong_close", "strong", -1),
        ]
        rest = children[2:] if len(children) > 1 and children[1].type == "softbreak" else []
        inline.children = title + ([Token("hardbreak", "br", 0), *rest] if rest else [])
