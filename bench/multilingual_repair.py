"""Repair of real sentences in 13 languages, damaged by the code pages found in the wild.

Uses the documents beside the repository (../shared/data/multilingual-dev). Each document is
encoded as UTF-8 and decoded with a code page, either whole (bytes the code page leaves
undefined kept as C1 controls, as Windows decodes them) or lossy (those bytes and the soft
hyphen dropped, as ../shared/tools/corrupt.py does). The reader repairs as `reader repair`
does; ftfy.fix_encoding is shown beside it. score.py (../shared/tools) aligns the words.
The clean documents go through the same repairs, with `--diacritics` too, and must come back
byte-identical. Target: no clean document changed.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import ftfy

from reader.data import repair_file_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_SET = SHARED / "data" / "multilingual-dev"
sys.path.insert(0, str(SHARED / "tools"))
from score import Counts, score_pair  # noqa: E402

CODE_PAGES = ("cp1250", "cp1251", "cp1252", "cp1254", "latin-1", "mac_roman", "cp437")
SOFT_HYPHEN = "\u00ad"


def damage_whole(text: str, code_page: str) -> str:
    """`text`'s UTF-8 bytes decoded with `code_page`, undefined bytes as C1 controls."""
    data = text.encode("utf-8")
    return "".join(decode_byte(byte, code_page) for byte in data)


def damage_lossy(text: str, code_page: str) -> str:
    """`text`'s UTF-8 bytes decoded with `code_page`, undefined bytes and soft hyphens lost."""
    decoded = text.encode("utf-8").decode(code_page, errors="ignore")
    return decoded.replace(SOFT_HYPHEN, "")


def decode_byte(byte: int, code_page: str) -> str:
    """One byte as Windows decodes it: a C1 control where the code page defines nothing."""
    try:
        return bytes([byte]).decode(code_page)
    except UnicodeDecodeError:
        return chr(byte)


def has_lossy_variant(code_page: str) -> bool:
    """Whether dropping undefined bytes or soft hyphens changes anything in `code_page`."""
    return any(
        damage_whole(chr(code), code_page) != damage_lossy(chr(code), code_page)
        for code in range(0x80, 0x800)
    )


def repairs() -> dict[str, Callable[[str], str]]:
    """The repairs compared, by name."""
    return {
        "reader": lambda text: repair_file_text(text, restore=False).text,
        "ftfy": ftfy.fix_encoding,
    }


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as a percentage with two decimals."""
    return f"{100 * part / whole:.2f}%" if whole else "-"


def main() -> int:
    """Print the tables; exit 1 when a clean document is changed."""
    if not DEV_SET.is_dir():
        print(f"no documents at {DEV_SET}: nothing to measure")
        return 1
    documents = {
        path.stem: path.read_text(encoding="utf-8") for path in sorted(DEV_SET.glob("*.txt"))
    }
    language_of = {name: name.split("_")[0] for name in documents}
    languages = sorted(set(language_of.values()))
    damages: dict[str, Callable[[str], str]] = {}
    for page in CODE_PAGES:
        damages[f"{page} whole"] = lambda text, page=page: damage_whole(text, page)
        if has_lossy_variant(page):
            damages[f"{page} lossy"] = lambda text, page=page: damage_lossy(text, page)
    by_damage: dict[tuple[str, str], Counts] = defaultdict(Counts)
    by_language: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for damage_name, damage in damages.items():
        for name, text in documents.items():
            damaged = damage(text)
            for repair_name, repair in repairs().items():
                counts = score_pair(text, repair(damaged), keep_errors=False)
                by_damage[(damage_name, repair_name)] += counts
                by_language[(language_of[name], repair_name)] += counts
    print("Damaged documents, by damage (all languages): words right, documents exact")
    print("| damage | reader words | reader docs | ftfy words | ftfy docs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for damage_name in damages:
        row = [by_damage[(damage_name, repair)] for repair in ("reader", "ftfy")]
        cells = " | ".join(f"{percent(c.words_ok, c.words)} | {c.docs_exact}/{c.docs}" for c in row)
        print(f"| {damage_name} | {cells} |")
    clean_changed: dict[tuple[str, str], int] = defaultdict(int)
    clean_repairs = {
        **repairs(),
        "reader --diacritics": lambda text: repair_file_text(text, True).text,
    }
    for name, text in documents.items():
        for repair_name, repair in clean_repairs.items():
            clean_changed[(language_of[name], repair_name)] += repair(text) != text
    print()
    print("By language (all damages): words right, documents exact; clean documents changed")
    print(
        "| language | reader words | reader docs | ftfy words | ftfy docs "
        "| clean changed: reader / --diacritics / ftfy |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for language in languages:
        row = [by_language[(language, repair)] for repair in ("reader", "ftfy")]
        cells = " | ".join(f"{percent(c.words_ok, c.words)} | {c.docs_exact}/{c.docs}" for c in row)
        changed = " / ".join(
            str(clean_changed[(language, repair)])
            for repair in ("reader", "reader --diacritics", "ftfy")
        )
        print(f"| {language} | {cells} | {changed} |")
    total = {
        repair: sum(clean_changed[(lang, repair)] for lang in languages) for repair in clean_repairs
    }
    print(
        f"clean documents changed (of {len(documents)}): "
        + ", ".join(f"{repair} {count}" for repair, count in total.items())
    )
    return 0 if not total["reader"] and not total["reader --diacritics"] else 1


if __name__ == "__main__":
    sys.exit(main())
