"""Where ftfy may find mojibake, found fast enough to ask for every article.

ftfy changes text only where its measure of mojibake (`ftfy.badness.BADNESS_RE`) matches.
That pattern tries its forty-odd alternatives at every character, 5 MB/s on Czech text.
The pattern built here matches wherever ftfy's does (and a little more): each alternative
loses the ASCII context it starts with (a letter or a space before the first character
that is not ASCII), so all of them start with characters that are not ASCII, and one
character class in front lets the regex engine skip everything else in C. An alternative
that can only go on with a character that is not ASCII is tried only there, which rules
out most accented letters at once. Built from ftfy's own pattern, it follows ftfy's version;
a pattern it cannot read is used as it is.
"""

from __future__ import annotations

import re
from functools import cache

ATOM = re.compile(r"\s*(\[(?:\\.|[^\]])*\]|\\.|[^\s])")
"""One character class, escape or character of a verbose pattern, after optional spaces."""
QUANTIFIERS = frozenset("?*+")


@cache
def ftfy_may_act() -> re.Pattern[str]:
    """A pattern that matches wherever `ftfy.badness.BADNESS_RE` matches."""
    from ftfy.badness import BADNESS_RE

    try:
        return re.compile(fast_form(BADNESS_RE.pattern), re.VERBOSE)
    except (re.error, ValueError):
        return BADNESS_RE


def fast_form(pattern: str) -> str:
    """`pattern`'s alternatives without their leading ASCII context, behind one class of
    their first characters."""
    firsts, only_before_non_ascii, alternatives = [], [], []
    for alternative in alternatives_of(pattern):
        alternative = without_ascii_context(alternative)
        first = ATOM.match(alternative)
        if first is None:
            raise ValueError(f"no first character in {alternative!r}")
        atom, rest = first.group(1), alternative[first.end() :]
        firsts.append(class_body(atom))
        second = ATOM.match(rest)
        if second is None or second.group(1) in QUANTIFIERS or matches_ascii(second.group(1)):
            only_before_non_ascii.append(class_body(atom))
        alternatives.append(f"(?<={atom}){rest}")
    tried = "\n|\n".join(alternatives)
    return (
        f"[{''.join(firsts)}]"
        f"(?:(?<=[{''.join(only_before_non_ascii)}])(?:{tried})|(?=[^\\x00-\\x7f])(?:{tried}))"
    )


def alternatives_of(pattern: str) -> list[str]:
    """The top-level alternatives of ftfy's verbose pattern: it puts each `|` on a line of
    its own, and comments on lines of their own."""
    alternatives: list[str] = []
    lines: list[str] = []
    for line in pattern.split("\n"):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if stripped == "|":
            alternatives.append("\n".join(lines))
            lines = []
        else:
            lines.append(line)
    alternatives.append("\n".join(lines))
    return [alternative for alternative in alternatives if alternative.strip()]


def without_ascii_context(alternative: str) -> str:
    """`alternative` from its first atom that cannot match ASCII (with what follows)."""
    position = 0
    while (atom := ATOM.match(alternative, position)) is not None:
        text = atom.group(1)
        if text not in QUANTIFIERS and text != "^" and not matches_ascii(text):
            return alternative[atom.start(1) :]
        position = atom.end()
    raise ValueError(f"only ASCII in {alternative!r}")


def matches_ascii(atom: str) -> bool:
    """Whether the pattern atom `atom` matches any ASCII character."""
    compiled = re.compile(atom)
    return any(compiled.fullmatch(chr(code)) for code in range(128))


def class_body(atom: str) -> str:
    """What `atom` contributes to a character class: a class's content, or the atom."""
    if atom.startswith("[^"):
        raise ValueError(f"a negated class starts {atom!r}")
    return atom[1:-1] if atom.startswith("[") else atom
