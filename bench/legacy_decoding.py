"""Files saved in a legacy code page: how often the reader reads them back exactly.

Each document of ../shared/data/multilingual-dev (13 languages) and ../shared/data/czech-dev
is written, as an article with front matter, in every legacy code page its language was
written in that can hold it (Czech and Slovak: Windows-1250, ISO-8859-2; Polish: the same;
French, German, Spanish, Italian, Portuguese, Finnish, Swedish, Icelandic, English:
Windows-1252, Latin-1; Russian: Windows-1251, KOI8-R; Turkish: Windows-1254), then decoded
as the reader decodes a file. Beside it, charset-normalizer's best guess of the same bytes.
A document is exact when the whole text comes back.

    python bench/legacy_decoding.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from charset_normalizer import from_bytes

from reader.data.load.decode import ArticleText, decode_article_bytes

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CODE_PAGES = {
    "cs": ("cp1250", "iso8859_2"),
    "sk": ("cp1250", "iso8859_2"),
    "pl": ("cp1250", "iso8859_2"),
    "ru": ("cp1251", "koi8_r"),
    "tr": ("cp1254",),
}
WESTERN = ("cp1252", "latin_1")
"""The pages of every other language of the sets."""


def documents() -> list[tuple[str, str, str]]:
    """Each document's language, name and text."""
    found = []
    for path in sorted((SHARED / "multilingual-dev").glob("*_*.txt")):
        found.append((path.name.split("_")[0], path.name, path.read_text(encoding="utf-8")))
    for path in sorted((SHARED / "czech-dev").glob("*.txt")):
        found.append(("cs", path.name, path.read_text(encoding="utf-8")))
    return found


def main() -> None:
    """Decode every document in every code page it fits, and print the shares."""
    exact: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    failures: list[str] = []
    start = time.perf_counter()
    for language, name, text in documents():
        article = f'---\ntitle: "{name}"\n---\n{text}'
        for page in CODE_PAGES.get(language, WESTERN):
            try:
                data = article.encode(page)
            except UnicodeEncodeError:
                continue  # a letter the page has not: no file was ever written so
            if data.isascii():
                continue  # nothing to tell the pages apart by
            key = f"{language} {page}"
            tried[key] += 1
            decoded = decode_article_bytes(data)
            if isinstance(decoded, ArticleText) and decoded.text == article:
                exact[key] += 1
            else:
                note = decoded.encoding_note if isinstance(decoded, ArticleText) else decoded
                failures.append(f"{key} {name}: {note}")
            best = from_bytes(data).best()
            guessed[key] += best is not None and str(best) == article
    seconds = time.perf_counter() - start
    print(f"{'language, page':<18} {'files':>5} {'reader exact':>13} {'charset-normalizer':>19}")
    for key in sorted(tried):
        print(f"{key:<18} {tried[key]:>5} {exact[key]:>13} {guessed[key]:>19}")
    total = sum(tried.values())
    print(
        f"{'all':<18} {total:>5} {sum(exact.values()):>13} {sum(guessed.values()):>19}"
        f"   ({seconds:.1f} s with both)"
    )
    for failure in failures[:20]:
        print("  not exact:", failure, file=sys.stderr)


if __name__ == "__main__":
    main()
