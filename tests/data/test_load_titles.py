"""The title of an article whose front matter declares none: its first heading, a section
page's folder, else its file name, with a note saying which."""

from __future__ import annotations

from pathlib import Path

from loading import load_ok, write

from reader.present.article_text import body_under_title


def test_untitled_note_takes_its_first_heading(tmp_path: Path) -> None:
    """An Obsidian note with tags but no title is titled by its `# heading`, as note-takers
    write a note's title: nothing to warn of."""
    article = load_ok(write(tmp_path, "porada.md", "---\ntags: [práce]\n---\n# Porada týmu\n"))
    assert article.title == "Porada týmu"
    assert article.problems == ()


def test_untitled_section_page_takes_its_folder_name(tmp_path: Path) -> None:
    """A Hugo section's `_index.md` without a title is named after its folder."""
    (tmp_path / "guides").mkdir()
    article = load_ok(write(tmp_path / "guides", "_index.md", "---\nweight: 1\n---\nText.\n"))
    assert article.title == "guides"
    assert article.problems == ("no title; using the folder's name",)


def test_untitled_page_with_prose_first_takes_its_file_name(tmp_path: Path) -> None:
    """A heading further down is no title: the file name is used."""
    text = "---\nweight: 1\n---\nÚvod.\n\n# Kapitola\n"
    assert load_ok(write(tmp_path, "stranka.md", text)).title == "stranka"


def test_section_pages_and_page_bundles_go_by_their_folders_names(tmp_path: Path) -> None:
    """Hugo's `_index.md` and a bundle's `index.md` are known by their folder's name, as Hugo
    knows them, not all by `_index` and `index` (every one after the first renamed, with a
    note of the clash)."""
    for folder in ("guides", "prvni-den"):
        (tmp_path / folder).mkdir()
    section = load_ok(write(tmp_path / "guides", "_index.md", "---\ntitle: Návody\n---\nx\n"))
    bundle = load_ok(write(tmp_path / "prvni-den", "index.md", "---\ntitle: První den\n---\nx\n"))
    assert (section.id, bundle.id) == ("guides", "prvni-den")


def test_a_title_from_a_heading_reads_as_markdown_shows_it(tmp_path: Path) -> None:
    """A heading's link, emphasis, code, Obsidian link or character reference is shown in
    the title as Markdown shows it (the title was `[Porada](https://…)`), with or without
    front matter; the heading is still left out under the title it gives."""
    heading = "# [Porada](https://example.cz) **týmu** `dev` &amp; [[B|vedení]]\n"
    front = "---\ntags: [práce]\n---\n" + heading
    article = load_ok(write(tmp_path, "a.md", front + "\nText.\n"))
    assert article.title == "Porada týmu dev & vedení"
    assert body_under_title(article) == "Text."
    note = load_ok(write(tmp_path, "b.md", "# Zápis: [Porada](https://example.cz)\n\nText.\n"))
    assert note.title == "Zápis: Porada"
