"""Folders written in each generator's and note-taker's conventions (Hugo YAML and TOML,
Jekyll, Pelican and MultiMarkdown, Zola, Obsidian), in Czech and English: every file loads
with the title, date, people, categories and tags it declares, and nothing invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.data.article import Article
from reader.data.load.pipeline import load_article

SITES = Path(__file__).parent.parent / "fixtures" / "sites"

EXPECTED: dict[str, tuple[str, str | None, str, tuple[str, ...], tuple[str, ...]]] = {
    # file: (title, published, people, categories, tags)
    "hugo-yaml/content/posts/nova-verze.md": (
        "Vyšla nová verze čtečky",
        "2024-03-15T09:30:00+01:00",
        "Jana Nováková",
        ("Vydání", "Novinky"),
        ("čtečka", "terminál"),
    ),
    "hugo-yaml/content/posts/roadmap.md": (
        "Roadmap for 2025",
        "2024-12-20T00:00:00+00:00",
        "Petr Svoboda, Eva Malá",
        ("Planning",),
        ("roadmap", "community", "plans"),
    ),
    "hugo-yaml/content/docs/_index.md": ("Dokumentace", None, "", (), ()),
    "hugo-yaml/content/docs/instalace/index.md": (
        "Instalace",
        "2024-02-01T14:05:00+00:00",
        "",
        ("Dokumentace",),
        ("návod",),
    ),
    "hugo-toml/content/blog/2023-11-05-rust-release.md": (
        "Announcing Rust 1.74.0",
        "2023-11-16T00:00:00+00:00",
        "The Rust Release Team",
        ("Releases",),
        ("rust", "release"),
    ),
    "hugo-toml/content/blog/podzimni-setkani.md": (
        "Podzimní setkání komunity",
        "2023-10-21T18:00:00+02:00",
        "Tomáš Dvořák",
        ("Komunita",),
        ("setkání", "Brno"),
    ),
    "hugo-toml/content/blog/bez-data.md": ("O projektu", None, "", (), ()),
    "jekyll/_posts/2016-03-03-welcome-to-jekyll.md": (
        "Welcome to Jekyll!",
        "2016-03-03T00:00:00+00:00",
        "",
        ("jekyll", "update"),
        (),
    ),
    "jekyll/_posts/2019-12-17-vanocni-nadilka.md": (
        "Vánoční nadílka",
        "2019-12-17T19:20:00+00:00",
        "",
        ("blog",),
        ("vánoce", "dárky"),
    ),
    "jekyll/_posts/2020-04-05_jarni-uklid.md": (
        "Jarní úklid v kódu",
        "2020-04-05T08:45:00+02:00",
        "",
        (),
        ("refaktoring", "údržba"),
    ),
    "jekyll/_posts/2021-01-10-nejasne-datum.md": ("Nejasné datum", None, "", (), ()),
    "pelican/content/zalohy.md": (
        "Jak zálohovat domácí server",
        "2019-12-17T19:20:00+00:00",
        "Jana Nováková, Petr Svoboda",
        ("Tipy a triky",),
        ("linux", "zálohy", "rsync"),
    ),
    "pelican/content/first-post.md": (
        "My First Pelican Post",
        "2021-06-01T12:00:00+02:00",
        "John Doe",
        ("Python",),
        ("pelican", "publishing"),
    ),
    "pelican/content/mmd-poznamka.md": (
        "Poznámky z konference",
        "2022-05-17T09:30:00+00:00",
        "Eva Malá",
        (),
        ("konference", "přednášky", "workshop"),
    ),
    "zola/content/blog/rust-1.88.md": (
        "Announcing Rust 1.88.0",
        "2025-06-26T00:00:00+00:00",
        "The Rust Release Team",
        (),
        (),
    ),
    "zola/content/blog/zimni-zpravy.md": (
        "Zimní zprávy z vývoje",
        "2024-01-08T00:00:00+00:00",
        "",
        ("Vývoj",),
        ("zima", "novinky"),
    ),
    "obsidian/denik/2024-01-05 Porada.md": (
        "Porada týmu",
        "2024-01-05T10:15:00+00:00",
        "",
        (),
        ("práce", "porada"),
    ),
    "obsidian/denik/2024-01-06.md": ("Sobota", "2024-01-06T00:00:00+00:00", "", (), ()),
    "obsidian/projekty/Reader.md": ("Reader", None, "", (), ("projekt", "python")),
    "obsidian/projekty/Ideas.md": ("Ideas", "2023-09-12T21:40:00+00:00", "", (), ("idea",)),
}
"""What each file declares, as a reader of the file would tell it."""


def test_every_site_file_is_listed() -> None:
    """The expectations cover every file of the folders, so none goes unchecked."""
    files = {path.relative_to(SITES).as_posix() for path in SITES.rglob("*.md")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED), ids=list(EXPECTED))
def test_site_file_loads_with_what_it_declares(name: str) -> None:
    """Title, date (minute and zone), people, categories and tags are those declared."""
    article = load_article(SITES / name)
    assert isinstance(article, Article), article
    published = None if article.published is None else article.published.isoformat()
    found = (article.title, published, article.author, article.categories, article.tags)
    assert found == EXPECTED[name]
    assert article.source.name == ""  # never a domain picked from a link in the text


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (
            "jekyll/_posts/2021-01-10-nejasne-datum.md",
            "date '03/04/2021' could be day/month or month/day; ignored",
        ),
        (
            "jekyll/_posts/2019-12-17-vanocni-nadilka.md",
            "author 1 is a number, not a name; ignored",
        ),
    ],
)
def test_site_file_names_what_it_could_not_read(name: str, problem: str) -> None:
    """A value that was not read is a problem on the article, not a guess."""
    article = load_article(SITES / name)
    assert isinstance(article, Article)
    assert problem in article.problems
