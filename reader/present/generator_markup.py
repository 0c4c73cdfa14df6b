"""The markup site generators and note-takers add to Markdown, drawn for a reader: Hugo's
and Zola's shortcodes and Liquid tags as dim tags, their blocks of highlighted code as code,
Obsidian's links as their text and its embeds as dim tags, and GitHub's alerts and
Obsidian's callouts as titled callouts.

Works on the parser's tokens, so code spans and code blocks keep their text as written; only
the blocks of highlighted code are found in the text, before it is parsed (as a paragraph,
their lines would lose their indentation).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from markdown_it.token import Token

from ..data import CODE_FENCE, WIKI_LINK, closes_fence

SHORTCODE_TAG = "h7"
"""The inline tag a shortcode is drawn with: Rich styles `markdown.h7` dim and italic, and no
Markdown heading goes that deep, so nothing else is drawn with it."""

_SHORTCODE = re.compile(
    r"\[(?P<linked>[^\[\]\n]*)\]\(\{\{[<%]-?\s*(?P<ref>(?:rel)?ref\s[^{}]*?)\s*-?[%>]\}\}\)"
    r"|\{\{[<%]-?\s*(?P<hugo>/?[\w./-]+(?:\s[^{}]*?)?)\s*-?[%>]\}\}"
    r"|\{%-?\s*(?P<liquid>[\w./-]+(?:\([^{}%]*\)|\s[^{}%]*?)?)\s*-?%\}"
    r"|\{\{\s*(?P<zola>\w+\([^{}]*\))\s*\}\}"
)
"""`{{< figure src="a.png" >}}`, `{{% notice %}}`, `{{< /tab >}}`, `{% highlight ruby %}`, and
Zola's `{{ youtube(id="x") }}` and `{% note(kind="tip") %}`; and a link to another page of
the site, `[text]({{< ref "page.md" >}})`, which Markdown reads as no link (its target has
spaces)."""
_HIGHLIGHT_OPEN = re.compile(
    r"[ ]{0,3}(?:\{\{[<%]-?\s*highlight(?:\s+\"?(?P<hugo>[\w+#.-]+)\"?)?[^{}]*?-?[>%]\}\}"
    r"|\{%-?\s*highlight(?:\s+(?P<liquid>[\w+#.-]+))?[^{}%]*?-?%\})\s*"
)
"""A line opening a block of highlighted code, with its language: Hugo's `{{< highlight go
"linenos=table" >}}`, Liquid's `{% highlight ruby %}`."""
_HIGHLIGHT_CLOSE = re.compile(
    r"[ ]{0,3}(?:\{\{[<%]-?\s*/highlight\s*-?[>%]\}\}|\{%-?\s*endhighlight\s*-?%\})\s*"
)
"""The line closing it: `{{< /highlight >}}`, `{% endhighlight %}`."""
_ALERT = re.compile(r"\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?(?:[ \t]+(?P<title>.*?))?[ \t]*")
"""The first line of a GitHub alert's quote (`[!WARNING]`), or an Obsidian callout's, which
may be of any kind, fold (`+`, `-`) and have a title of its own (`[!note]- Poznámka`)."""


def highlights_as_code(markdown: str) -> str:
    """`markdown` with each block of highlighted code a shortcode or Liquid tag marks off
    written as a fenced block of code in its language, its lines as they are; one never
    closed, or inside a fenced block, stays as written."""
    if "highlight" not in markdown:
        return markdown
    lines = markdown.split("\n")
    closing = [n for n, line in enumerate(lines) if _HIGHLIGHT_CLOSE.fullmatch(line)]
    out: list[str] = []
    fence = ""
    position = 0
    while position < len(lines):
        line = lines[position]
        opened = None if fence else _HIGHLIGHT_OPEN.fullmatch(line)
        later = bisect.bisect_right(closing, position)
        if opened is not None and later < len(closing):
            language = opened["hugo"] or opened["liquid"] or ""
            out += _fenced(lines[position + 1 : closing[later]], language)
            position = closing[later] + 1
            continue
        opening = CODE_FENCE.match(line)
        if fence and closes_fence(line, fence):
            fence = ""
        elif not fence and opening is not None:
            fence = opening.group(1)
        out.append(line)
        position += 1
    return "\n".join(out)


def _fenced(code: list[str], language: str) -> list[str]:
    """`code` as the lines of a fenced block in `language`, its fence longer than any run
    of backticks in it."""
    longest = max((len(run) for line in code for run in re.findall("`+", line)), default=0)
    marks = "`" * max(3, longest + 1)
    return [marks + language, *code, marks]


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


def _shortcode_tag(match: re.Match[str]) -> list[Token]:
    """A shortcode or Liquid tag as a dim `⟨name args⟩`; a link to another page of the site
    as its text and such a tag of where it leads."""
    if match["ref"] is not None:
        linked = [Token("text", "", 0, content=f"{match['linked']} ")] if match["linked"] else []
        return [*linked, _tag(" ".join(match["ref"].split()))]
    return [_tag(" ".join((match["hugo"] or match["liquid"] or match["zola"]).split()))]


def _link_text(match: re.Match[str]) -> list[Token]:
    """An Obsidian link as its text, an embed as a dim `⟨picture.png⟩`."""
    shown = match["shown"].strip()
    return [_tag(shown) if match["embed"] else Token("text", "", 0, content=shown)]


def _tag(name: str) -> Token:
    """A dim `⟨name⟩`, apart from the article's words."""
    return Token("shortcode", SHORTCODE_TAG, 0, content=f"⟨{name}⟩")


def _split(
    text: str, pattern: re.Pattern[str], tokens_for: Callable[[re.Match[str]], list[Token]]
) -> list[Token]:
    """Text tokens for the words of `text`, and `tokens_for` each match of `pattern` in it."""
    tokens: list[Token] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            tokens.append(Token("text", "", 0, content=text[position : match.start()]))
        tokens.extend(tokens_for(match))
        position = match.end()
    if position < len(text):
        tokens.append(Token("text", "", 0, content=text[position:]))
    return tokens


def alerts_as_callouts(tokens: list[Token]) -> None:
    """Give each GitHub alert (`> [!NOTE]` and the quote's next lines) or Obsidian callout a
    bold title line in place of its marker: its own title, else its kind (`Note`); changes
    the inline tokens in place.

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
        line_end = next(
            (n for n, child in enumerate(children) if child.type == "softbreak"), len(children)
        )
        # The title may go on past the marker's text: `[!note] **Pozor** na to`.
        heading = children[1:line_end]
        if marker["title"]:
            heading = [Token("text", "", 0, content=marker["title"] + " " * bool(heading))]
            heading += children[1:line_end]
        elif not heading:
            kind = marker["kind"].replace("-", " ").capitalize()
            heading = [Token("text", "", 0, content=kind)]
        title = [Token("strong_open", "strong", 1), *heading, Token("strong_close", "strong", -1)]
        rest = children[line_end + 1 :]
        inline.children = title + ([Token("hardbreak", "br", 0), *rest] if rest else [])
