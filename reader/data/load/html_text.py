"""HTML in places that show text: a field a feed wrote as HTML, a block of HTML in a body."""

from __future__ import annotations

import html
import re
from typing import NamedTuple

CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
"""HTML's character references, written whole (with the semicolon): `&amp;`, `&#8211;`."""
_UNSHOWN_START = re.compile(r"<(script|style|template)\b|<!--", re.IGNORECASE)
"""Where a part of HTML a browser does not show starts: a script, style, template or comment."""
_UNSHOWN_END = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "template")
} | {"": re.compile("-->")}
"""Where each ends."""
ANY_TAG = re.compile(r"<(/?[A-Za-z][\w-]*)?[^<>]{0,2048}>")
"""Any tag (in a block Markdown reads as HTML, everything between `<` and `>` is one)."""
KNOWN_TAG = re.compile(
    r"<(/?(?:a|abbr|b|big|blockquote|br|cite|code|div|em|figcaption|figure|font|h[1-6]|hr|i"
    r"|img|li|mark|ol|p|pre|q|s|script|small|span|strike|strong|style|sub|sup|table|tbody|td"
    r"|th|thead|tr|u|ul))\b[^<>]{0,2048}>",
    re.IGNORECASE,
)
"""A tag of the HTML feeds write in titles and summaries: only these make a field HTML, so
`x <y and y> z` stays as it is."""
_BLOCK_TAGS = frozenset(
    "blockquote br div figcaption figure h1 h2 h3 h4 h5 h6 hr li ol p pre table tbody td th"
    " thead tr ul".split()
)
"""Tags that part the text around them, as a browser shows it: the rest join it."""


def decode_references(text: str) -> str:
    """HTML's character references in `text` as the characters they stand for; one that
    stands for none (`&bogus;`), or for a control character (`&#27;`, which HTML decodes to
    nothing), as written: the sanitizer removes and reports that."""
    if "&" not in text:
        return text
    return CHARACTER_REFERENCE.sub(
        lambda match: html.unescape(match.group()) or match.group(), text
    )


def html_as_text(fragment: str, tag: re.Pattern[str] = ANY_TAG) -> str:
    """The text a browser shows of an HTML fragment, on one line: no scripts, styles or
    comments, each `tag` gone (a block's parting the words around it), references read."""
    return _tags_as_text(_without_unshown(fragment), tag)


def _tags_as_text(shown: str, tag: re.Pattern[str] = ANY_TAG) -> str:
    """`html_as_text` of HTML whose unshown parts are gone already."""

    def space(match: re.Match[str]) -> str:
        name = (match.group(1) or "").lstrip("/").lower()
        return " " if name in _BLOCK_TAGS or not name else ""

    return " ".join(decode_references(tag.sub(space, shown)).split())


def _without_unshown(fragment: str) -> str:
    """`fragment` without its scripts, styles, templates and comments, each a space; one
    never closed hides the rest, as in a browser. Each end is looked for once from its start
    (one pattern spanning start to end took 25 s on a title of 30,000 unclosed `<script>`)."""
    pieces: list[str] = []
    position = 0
    while (start := _UNSHOWN_START.search(fragment, position)) is not None:
        pieces.append(fragment[position : start.start()])
        end = _UNSHOWN_END[(start.group(1) or "").lower()].search(fragment, start.end())
        if end is None:
            return "".join(pieces)
        pieces.append(" ")
        position = end.end()
    pieces.append(fragment[position:])
    return "".join(pieces)


_IMAGE = re.compile(r"<img\b([^<>]{0,2048})>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"""\b(src|alt|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.IGNORECASE
)
_ANCHOR_TAG = re.compile(r"<a\b([^<>]{0,2048})>|</a\s*>", re.IGNORECASE)
"""The opening tag of an HTML link, its attributes in group 1, or its closing tag."""


class HtmlImage(NamedTuple):
    """A picture in HTML, as a browser would show it."""

    source: str
    """Its address (`src`)."""
    description: str
    """Its `alt` text; "" when it has none."""


def _attributes(tag: str) -> dict[str, str]:
    """The `src`, `alt` and `href` of a tag's attributes, by lower-case name, references read."""
    return {
        name.lower(): decode_references(quoted or single or bare)
        for name, quoted, single, bare in _ATTRIBUTE.findall(tag)
    }


def html_links(fragment: str) -> list[tuple[str, str]]:
    """The links of an HTML fragment (`<a href="…">text</a>`), each as its text (what a
    browser shows of it) and its address, in order; an anchor without an address is none."""
    shown = _without_unshown(fragment)
    links = []
    opened: re.Match[str] | None = None  # links do not nest: a new one ends the last
    for tag in _ANCHOR_TAG.finditer(shown):
        if tag.group(1) is not None:
            opened = tag
            continue
        if opened is not None:
            address = _attributes(opened.group(1)).get("href", "").strip()
            if address:
                links.append((_tags_as_text(shown[opened.end() : tag.start()]), address))
            opened = None
    return links


def html_text_and_images(fragment: str) -> list[str | HtmlImage]:
    """The text a browser shows of an HTML fragment (`html_as_text`), and its pictures
    where they stand: text, then a picture, then text on."""
    shown = _without_unshown(fragment)
    parts: list[str | HtmlImage] = []
    position = 0
    for image in _IMAGE.finditer(shown):
        attributes = _attributes(image.group(1))
        if not attributes.get("src"):
            continue  # no picture to show: its tag goes with the text around it
        parts.append(_tags_as_text(shown[position : image.start()]))
        parts.append(HtmlImage(attributes["src"], attributes.get("alt", "")))
        position = image.end()
    parts.append(_tags_as_text(shown[position:]))
    return [part for part in parts if part]


def looks_like_html(text: str) -> bool:
    """Whether `text` holds a tag of the HTML feeds write (`KNOWN_TAG`)."""
    return "<" in text and KNOWN_TAG.search(text) is not None
