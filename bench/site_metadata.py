"""What the reader reads of the metadata of site generators' and note-takers' folders.

For each folder given (by default the convention folders in tests/fixtures/sites), loads
every article file as the reader does and prints how many loaded, were titled by their
front matter, dated, left undated because a date could not be read, and filed under
categories and tags, then each field it could not read. Point it at a real site's content
folder (`python bench/site_metadata.py ~/src/blog/content`) to see what it would show.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from reader.data import Article, find_article_files, load_article

SITES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "sites"
_UNTITLED = "no title; using "


def measure(folder: Path) -> None:
    """Print the figures of one folder."""
    results = [load_article(path) for path in find_article_files(folder)]
    articles = [result for result in results if isinstance(result, Article)]
    figures = Counter[str]()
    refused: list[str] = []
    for article in articles:
        figures["titled by front matter"] += not article.inferred and not any(
            problem.startswith(_UNTITLED) for problem in article.problems
        )
        figures["dated"] += article.published is not None
        figures["with categories"] += bool(article.categories)
        figures["with tags"] += bool(article.tags)
        figures["with people"] += bool(article.author)
        for problem in article.problems:
            if "date" in problem.split(" ", 1)[0].lower():
                figures["undated: date not read"] += 1
            refused.append(f"  {article.path.relative_to(folder)}: {problem}")
    loaded = len(articles)
    print(f"{folder}: {len(results)} files, {loaded} loaded")
    for name, count in figures.items():
        share = 100 * count / loaded if loaded else 0.0
        print(f"  {name:24} {count:4} ({share:5.1f}%)")
    for line in refused:
        print(line)


def main() -> int:
    """Measure each folder named on the command line, or every convention folder."""
    folders = [Path(arg) for arg in sys.argv[1:]] or sorted(SITES.iterdir())
    for folder in folders:
        measure(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
