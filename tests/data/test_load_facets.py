"""Categories and tags as each generator writes them, one list of each on the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from loading import load_ok, write

CASES = {
    "hugo-yaml.md": (
        "---\ntitle: Nová verze\ncategories: [Vydání, Novinky]\ntags:\n  - hugo\n  - web\n"
        "keywords: [statické weby]\n---\nText.\n",
        ("Vydání", "Novinky"),
        ("hugo", "web", "statické weby"),
    ),
    "hugo-toml.md": (
        '+++\ntitle = "Release"\ncategories = ["Releases"]\ntags = ["rust", "Rust"]\n+++\n',
        ("Releases",),
        ("rust",),
    ),
    "_posts/2016-03-03-jekyll.md": (
        "---\ntitle: Welcome\ncategories: jekyll update\ntags: blog\n---\nText.\n",
        ("jekyll", "update"),
        ("blog",),
    ),
    "pelican.md": (
        "Title: Zálohy\nCategory: Tipy a triky\nTags: linux, zálohy\n\nText.\n",
        ("Tipy a triky",),
        ("linux", "zálohy"),
    ),
    "hugo-string.md": (
        "---\ntitle: ML\ncategories: Machine Learning\ntags: deep learning\n---\nText.\n",
        ("Machine Learning",),
        ("deep learning",),
    ),
    "json.md": (
        '{\n"title": "JSON", "category": "Věda", "tags": ["AI"]\n}\nText.\n',
        ("Věda",),
        ("AI",),
    ),
    "obsidian.md": (
        '---\ntags:\n  - "#projekt"\n  - čtení\n---\n# Poznámka\n',
        (),
        ("projekt", "čtení"),
    ),
}


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_load_reads_categories_and_tags(tmp_path: Path, name: str) -> None:
    """Each convention's categories and tags become lists, each name once; a text of names
    between spaces is several names in a Jekyll folder only."""
    text, categories, tags = CASES[name]
    (tmp_path / name).parent.mkdir(exist_ok=True)
    article = load_ok(write(tmp_path, name, text))
    assert (article.categories, article.tags) == (categories, tags)
    assert article.category == (categories[0] if categories else "")
