"""Metadata for article files without front matter: title, url, source, and a reflowed body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ..article import Source
from ..text.diacritics import strip_diacritics
from ..text.repair.choice import language_of
from ..text.repair.words import czech_words
from .addresses import host_of
from .markdown_syntax import THEMATIC_BREAK, inline_text
from .reflow import reflow
from .sources import source_for_url

# Longest first-sentence title before it is cut at a word boundary and given an ellipsis.
MAX_TITLE_LENGTH = 100
# A slug shorter than this many words ("clanek", "index") says nothing about the article.
MIN_SLUG_WORDS = 2

_URL = re.compile(r"https?://[^\s<>\[\]{}\"„“”|\\^`]+")
_URL_PIECE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
# A wrapped-off URL tail looks like a path or query, which tells it apart from a lone word.
_URL_PIECE_HINT = re.compile(r"[-/_?=&%#0-9]")
_URL_TRAILING_PUNCTUATION = ".,;:!?'"
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_GAP_BEFORE = re.compile(r"[\W\d_]*$")
_SENTENCE_END = re.compile(r"[.!?…]+[“\"”)]*(?=\s|$)")
_TITLE_MARKER = re.compile(r"^(?:#{1,6}|[-*+>]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"#{1,6}\s")


@dataclass(frozen=True)
class InferredArticle:
    """What could be told about an article from its text alone."""

    title: str
    title_rule: str
    """Which rule gave the title: `url-slug`, `first-heading`, `first-sentence` or
    `file-name`."""
    url: str
    """The last http(s) URL in the text, rejoined if it was wrapped; empty when none."""
    source: Source
    """From the URL's host; `Source()` when there is no URL."""
    body: str
    """The text as Markdown: paragraphs reflowed (OCR quotes made Czech in Czech or Slovak
    text), the URL line removed."""
    problems: tuple[str, ...]
    """Short sentences telling the user what was guessed."""


def infer_article(text: str, fallback_title: str) -> InferredArticle:
    """Infer title, url, source and body from text that has no front matter.

    Args:
        text: The whole file, already decoded; anything at all, including "".
        fallback_title: The title to use when the text gives none, usually the file name.

    Returns:
        The inferred article. Never raises for any `str`.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    lines, rejoined = _rejoin_urls(lines)
    url, url_line = _last_url(lines)
    if url_line is not None:
        del lines[url_line]
    body = reflow("\n".join(lines), czech=writes_czech_quotes(text))
    source = source_for_url(url) if url else Source()

    # The address on a line of its own ends a press release; one inside a sentence, or
    # after the writer's own heading, is not what names the text.
    opening = without_leading_rules(body)  # a horizontal rule above the text names nothing
    heading = _HEADING.match(opening) is not None
    title, rule = "", ""
    if url_line is not None and not heading:
        title, rule = title_from_slug(url, opening), "url-slug"
    if not title:
        title, rule = first_sentence(opening), "first-heading" if heading else "first-sentence"
    if not title:
        title, rule = fallback_title, "file-name"

    problems: list[str] = []
    how = {"url-slug": "the URL slug", "first-heading": "the first heading"}.get(
        rule, "the first sentence"
    )
    if rule == "file-name":
        problems.append("no front matter and no text to take a title from: the file name is used")
    elif url:
        problems.append(f"no front matter: title, url and source were inferred (title from {how})")
    else:  # a note without front matter has no address to miss: not said
        problems.append(f"no front matter: the title was taken from {how}")
    if rejoined:
        problems.append("a URL broken across lines was joined back together")
    return InferredArticle(title, rule, url, source, body, tuple(problems))


LANGUAGE_SAMPLE_CHARS = 65536
"""The start of a text its language is told by: a few hundred words are plenty, and a
megabyte's words took a fifth of a second to list."""
CZECH_QUOTING = frozenset({"cs", "sk"})
"""The languages whose quotes are „…“: OCR'd quote marks are made so only in their text."""


def writes_czech_quotes(text: str) -> bool:
    """Whether `text` reads as Czech or Slovak, whose OCR'd quotes are made „…“: in English
    or French text the same marks are right as they are."""
    return language_of(text[:LANGUAGE_SAMPLE_CHARS]) in CZECH_QUOTING


def _rejoin_urls(lines: list[str]) -> tuple[list[str], bool]:
    """Join lines that continue a URL wrapped at the end of the line before."""
    out: list[str] = []
    rejoined = False
    for line in lines:
        previous = out[-1] if out else ""
        last_token = previous.rsplit(None, 1)[-1] if previous.strip() else ""
        if (
            last_token.startswith(("http://", "https://"))
            and not previous[-1].isspace()
            and not line.startswith(("http://", "https://"))
            and _URL_PIECE.fullmatch(line)
            and _URL_PIECE_HINT.search(line)
        ):
            out[-1] = previous + line
            rejoined = True
        else:
            out.append(line)
    return out, rejoined


def _clean_url(candidate: str) -> str:
    """Drop punctuation that ends the sentence rather than the URL; "" if it has no host."""
    url = candidate.rstrip(_URL_TRAILING_PUNCTUATION)
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(_URL_TRAILING_PUNCTUATION)
    try:
        return url if urlsplit(url).hostname else ""
    except ValueError:  # a malformed IPv6 host such as `http://[x`
        return ""


def _last_url(lines: list[str]) -> tuple[str, int | None]:
    """The last usable URL (not a Markdown link's target), and the index of its line when that
    line holds nothing else."""
    for index in range(len(lines) - 1, -1, -1):
        found = _URL.finditer(lines[index])
        # A link's or picture's target in Markdown (`[text](https://…)`) names another page.
        targets = [m.group() for m in found if not lines[index].endswith("](", 0, m.start())]
        for candidate in reversed(targets):
            url = _clean_url(candidate)
            if url:
                alone = lines[index].strip().strip("<>") in (url, candidate)
                return url, index if alone else None
    return "", None


def title_from_slug(url: str, body: str = "") -> str:
    """Read the URL's last path segment as a title; "" when it is not a slug of words.

    A trailing numeric id is dropped, and on Czech hosts the words get their accents
    back from the word model. Words that `body` always writes capitalised mid-sentence
    (names, `NATO`) are capitalised the same way.
    """
    if not url:
        return ""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    # Some sites put the id in a segment of its own after the slug (`/nazev-clanku/123456`).
    segments = [segment for segment in path.split("/") if any(ch.isalpha() for ch in segment)]
    if not segments:
        return ""
    # Sites append ids after `_` (irozhlas) or `.` (idnes), and `.html` is an extension.
    slug = unquote(segments[-1]).split("_")[0].split(".")[0]
    words = [word for word in slug.split("-") if word]
    while words and any(ch.isdigit() for ch in words[-1]):
        words.pop()
    if len(words) < MIN_SLUG_WORDS or not all(_WORD.fullmatch(word) for word in words):
        return ""
    # The word model is Czech: on other hosts it would turn English `prime` into `přímé`.
    if host_of(url).endswith(".cz"):
        model = czech_words()
        words = [model.restore_diacritics(word) if word.isascii() else word for word in words]
    casing = _casing_in_text(body, {strip_diacritics(word).lower() for word in words})
    words = [_apply_casing(word, casing.get(strip_diacritics(word).lower(), "")) for word in words]
    return words[0][:1].upper() + words[0][1:] + "".join(" " + word for word in words[1:])


def _casing_in_text(text: str, keys: set[str]) -> dict[str, str]:
    """How `text` writes each word of `keys` mid-sentence: `upper`, `title`, or `lower`.

    `keys` are words of letters, without accents and in lower case; the text's words are
    compared with them without accents.
    """
    if not keys:
        return {}
    plain = strip_diacritics(text)
    seen: dict[str, set[str]] = {}
    for start, word in _whole_words(plain, keys):
        gap = _GAP_BEFORE.search(plain, max(0, start - 200), start)
        before = gap.group() if gap else ""
        starts_sentence = (
            start == 0 or "\n\n" in before or (before.strip()[-1:] or "x") in '.!?…„"“:'
        )
        if starts_sentence and not word.isupper():
            continue
        upper = word.isupper() and len(word) > 1
        kind = "upper" if upper else "title" if word[0].isupper() else "lower"
        seen.setdefault(word.lower(), set()).add(kind)
    return {key: kinds.pop() for key, kinds in seen.items() if len(kinds) == 1}


def _whole_words(plain: str, keys: set[str]) -> Iterator[tuple[int, str]]:
    """Where each of `keys` (lower case) stands in `plain` as a whole word, and as what.

    Found by the string's own search for each key, not by walking every word of the text (a
    thousand words for a slug's five: an OCR'd article's list fields took a tenth longer; a
    pattern of the keys cost more to compile than the walk). Lower case keeps the length of
    text without accents (only `İ` grows, and it has an accent), so positions are the same.
    """
    lower = plain.lower()
    for key in keys:
        start = lower.find(key)
        while start != -1:
            end = start + len(key)
            if not _LETTER.match(plain, end) and not (start and _LETTER.match(plain, start - 1)):
                yield start, plain[start:end]
            start = lower.find(key, end)


def _apply_casing(word: str, kind: str) -> str:
    """Write `word` in the casing `kind` names; unchanged for `lower` or unknown."""
    if kind == "upper":
        return word.upper()
    if kind == "title":
        return word[:1].upper() + word[1:]
    return word


def without_leading_rules(text: str) -> str:
    """`text` from its first line that is neither blank nor a horizontal rule."""
    rest = text
    while True:
        line, newline, after = rest.partition("\n")
        if line.strip() and not THEMATIC_BREAK.fullmatch(line):
            return rest
        if not newline:
            return ""
        rest = after


def first_sentence(body: str) -> str:
    """The first sentence of the body's first paragraph, fit for a title (its words as
    Markdown shows them: `inline_text`); "" when none."""
    paragraph = body.strip().split("\n\n", 1)[0].split("\n", 1)[0]
    paragraph = inline_text(_TITLE_MARKER.sub("", paragraph[: MAX_TITLE_LENGTH * 10]).strip())
    sentence = paragraph
    for match in _SENTENCE_END.finditer(paragraph):
        words_before = paragraph[: match.start()].split()
        before = words_before[-1].lstrip('(„"“') if words_before else ""
        after = paragraph[match.end() :].lstrip()[:1]
        # `J. Novák`, `1. ledna` and `např. v Praze` do not end a sentence.
        if len(before) < 2 or after.islower():
            continue
        sentence = paragraph[: match.end()]
        break
    sentence = sentence.rstrip().removesuffix(".")
    if sentence.startswith("„") and "“" not in sentence:
        sentence = sentence[1:]
    if len(sentence) > MAX_TITLE_LENGTH:
        cut = sentence[:MAX_TITLE_LENGTH].rsplit(None, 1)[0]
        sentence = cut.rstrip(",;:–-") + "…"
    return sentence.strip()
