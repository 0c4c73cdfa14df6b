"""The markup site generators and note-takers add to Markdown, drawn for a reader: Hugo
shortcodes and Liquid tags as dim tags, Obsidian's links as their text and its embeds as dim
tags, and GitHub's alerts as titled callouts.

Works on the parser's tokens, so code spans and code blocks keep their text as written.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

SHORTCODE_TAG = "h7"
"""The inline tag a shortcode is drawn with: Rich styles `markdown.h7` dim and italic, and no
Markdown heading goes that deep, so nothing else is drawn with it."""

_SHORTCODE = re.compile(
    r"\{\{[<%]-?\s*(?P<hugo>/?[\w./-]+(?:\s[^{}]*?)?)\s*-?[%>]\}\}"
    r"|\{%-?\s*(?P<liquid>[\w./-]+(?:\s[^{}%]*?)?)\s*-?%\}"
)
"""`{{< figure src="a.png" >}}`, `{{% notice %}}`, `{{< /tab >}}`, `{% highlight ruby %}`."""
_WIKI_LINK = re.compile(r"(?P<embed>!)?\[\[(?:[^\[\]|\n]*\|)?(?P<shown>[^\[\]|\n]+)\]\]")
"""Obsidian's `[[Note]]`, `[[Note|shown text]]` and embedded `![[picture.png]]`."""
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
            kept.extend(_split_shortcodes(child.content))
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
    kept: list[Token] = []
    for child in children:
        if child.type != "text" or "[[" not in child.content:
            kept.append(child)
            continue
        position = 0
        for match in _WIKI_LINK.finditer(child.content):
            before = child.content[position : match.start()]
            shown = match["shown"].strip()
            if match["embed"]:
                kept.extend([Token("text", "", 0, content=before)] if before else [])
                kept.append(Token("shortcode", SHORTCODE_TAG, 0, content=f"⟨{shown}⟩"))
            else:
                kept.append(Token("text", "", 0, content=before + shown))
            position = match.end()
        if position < len(child.content):
            kept.append(Token("text", "", 0, content=child.content[position:]))
    return kept


def _split_shortcodes(text: str) -> list[Token]:
    """Text tokens for the words of `text`, shortcode tokens for its shortcodes."""
    tokens: list[Token] = []
    position = 0
    for match in _SHORTCODE.finditer(text):
        if match.start() > position:
            tokens.append(Token("text", "", 0, content=text[position : match.start()]))
        name = " ".join((match["hugo"] or match["liquid"]).split())
        tokens.append(Token("shortcode", SHORTCODE_TAG, 0, content=f"⟨{name}⟩"))
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
