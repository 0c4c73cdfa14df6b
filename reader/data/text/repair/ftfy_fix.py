"""Mojibake as ftfy.fix_encoding sees it, on the lines where it may find some.

ftfy knows more code pages than the reader's own repair (MacRoman, Windows-1251, cp437 and
others), mixes of them, and C1 controls standing for Windows-1252 punctuation; its
heuristics are tuned to leave correct text alone. It reads a whole text slowly, so it is
given only the lines where its measure of mojibake may match; mojibake never spans a line
break.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .choice import HAS_LETTER, bare_word, language_of
from .codepages import name_people_use
from .ftfy_badness import ftfy_may_act
from .lost_bytes import is_plausible
from .words import word_model

PROSE_PUNCTUATION = frozenset("\"'(),.:;!?„“”‚‘’«»–-")
COMMON_WORD_FREQUENCY = 1e-6
"""A word at least this frequent (one in a million words) is no chance reading."""


def has_suspects(text: str) -> bool:
    """Whether ftfy may find mojibake in `text`."""
    return not text.isascii() and ftfy_may_act().search(text) is not None


def fix_with_ftfy(text: str) -> tuple[str, list[str]]:
    """`ftfy.fix_encoding` of `text` where it may find mojibake: of the whole text (as ftfy
    is used, and one code page read wrongly is then undone in every line, also in lines
    that alone would not look damaged), then of each line still looking damaged (text of
    mixed damage, which the whole cannot be read back from).

    Returns:
        The text and the steps ftfy took, in words; the text unchanged and no steps when it
        found nothing.
    """
    if not has_suspects(text):
        return text, []
    # Imported here: ftfy takes a twentieth of a second to import, which every start of the
    # reader (and every loading worker) would pay though this kind of damage is rare.
    import ftfy

    steps: dict[str, None] = {}
    fixed, explanation = ftfy.fix_encoding_and_explain(text)
    fixed = vetted_lines(text, fixed)
    if fixed != text:
        steps[in_words(explanation or [])] = None
    pieces: list[str] = []
    done = 0
    may_act = ftfy_may_act()
    while (suspect := may_act.search(fixed, done)) is not None:
        start = fixed.rfind("\n", 0, suspect.start()) + 1
        end = fixed.find("\n", suspect.end())
        end = len(fixed) if end < 0 else end
        line = fixed[start:end]
        fixed_line, explanation = ftfy.fix_encoding_and_explain(line)
        if fixed_line != line and keeps_words(line, fixed_line):
            steps[in_words(explanation or [])] = None
        else:
            fixed_line = line
        pieces += [fixed[done:start], fixed_line]
        done = end
    pieces.append(fixed[done:])
    return "".join(pieces), list(steps)


def in_words(explanation: Sequence[tuple[str, str]]) -> str:
    """ftfy's steps of one repair, said as the reader says its own (`[("encode",
    "sloppy-windows-1252"), ("decode", "utf-8")]` is UTF-8 text read as Windows-1252)."""
    encodings = [argument for action, argument in explanation if action == "encode"]
    decoded_as_utf8 = any(
        action == "decode" and argument.startswith("utf-8") for action, argument in explanation
    )
    if decoded_as_utf8 and encodings:
        return f"UTF-8 text read as {name_people_use(encodings[0])} was decoded again (ftfy)"
    if encodings == ["latin-1"] or ("transcode", "fix_c1_controls") in explanation:
        return "control characters read as Windows-1252 punctuation (ftfy)"
    if ("apply", "decode_inconsistent_utf8") in explanation:
        return "UTF-8 sequences read as Windows-1252 in mixed text were decoded again (ftfy)"
    return "mojibake repaired: " + ", ".join(" ".join(step) for step in explanation) + " (ftfy)"


def vetted_lines(text: str, fixed: str) -> str:
    """`fixed`, ftfy's repair of `text`, with each line ftfy may not stand for given back
    as it was (`keeps_words`)."""
    lines, fixed_lines = text.split("\n"), fixed.split("\n")
    if len(lines) != len(fixed_lines):
        return fixed if keeps_words(text, fixed) else text
    return "\n".join(
        new if new == old or keeps_words(old, new) else old
        for old, new in zip(lines, fixed_lines, strict=True)
    )


def is_prose(word: str) -> bool:
    """Whether `word` holds nothing but letters and common punctuation."""
    return all(char.isalpha() or char in PROSE_PUNCTUATION for char in word)


def is_of_one_script(word: str) -> bool:
    """Whether the letters of `word`, and the marks made for one script, are all of one
    script (`LATIN`, `GREEK`, `CYRILLIC`, ...)."""
    return len({script for char in word if (script := script_of(char))}) <= 1


def scripts_of(words: set[str]) -> set[str]:
    """The scripts the letters of `words` are of."""
    return {script for word in words for char in word if (script := script_of(char))}


def script_of(char: str) -> str:
    """The script a letter is of, or a combining mark made for one (`COMBINING CYRILLIC
    PALATALIZATION`); "" for anything else, accents for any letter included."""
    name = unicodedata.name(char, "")
    if char.isalpha():
        return name.partition(" ")[0]
    if unicodedata.category(char).startswith("M") and not 0x0300 <= ord(char) <= 0x036F:
        return name.removeprefix("COMBINING ").partition(" ")[0]
    return ""


def keeps_words(line: str, fixed: str) -> bool:
    """Whether ftfy's `fixed` may stand for `line`.

    Mojibake nearly always holds a symbol (`Ã©`, `×‘`, `æ—¥`); where ftfy changed only
    letters and common punctuation, it must have made words of likely characters of one
    script (Latin, Greek, Cyrillic: `РґРѕСЂРѕРіРµ` is `дороге`) or common words: a few
    letters and quotes can read as UTF-8 by chance (`á“Š` in Windows-1250 is the bytes of
    `ᓊ`, Czech `aĎ“` of a Latin `a` beside a Greek `ϓ`, `ŇšŇŽ` of Cyrillic `ҚҎ`): letters
    of a script the replaced words were not written in must make common words. Where it only
    took letters away (`MISUTÂ AJIKKO`, a name in romaji, is no no-break space read as
    Windows-1252), what is left must be common words.
    """
    old_words, new_words = set(line.split()), set(fixed.split())
    if not all(is_prose(word) for word in old_words - new_words):
        return True
    made = set(fixed) - set(line)
    if (
        made
        and all(map(is_plausible, made))
        and all(map(is_of_one_script, new_words - old_words))
        and scripts_of(new_words - old_words) <= scripts_of(old_words - new_words)
    ):
        return True
    words = [word for word in new_words - old_words if HAS_LETTER.search(word)]
    language = language_of(" ".join(words))
    if language is None or not words:
        return False
    frequency = word_model(language).frequency
    return all(frequency(bare_word(word)) >= COMMON_WORD_FREQUENCY for word in words)
