"""Tests for inferring an article from a text file without front matter."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.data.article import Source
from reader.data.load.infer import first_sentence, infer_article
from reader.data.load.reflow import reflow
from reader.data.load.sources import source_for_url

SEEDS = Path(__file__).parents[2] / "seeds"


def test_infer_rejoins_url_broken_across_lines() -> None:
    """A URL wrapped at the line end is joined with its continuation and taken as the url."""
    text = (
        "Vlada schvalila rozpocet.\n\n"
        "https://www.novinky.cz/clanek/domaci-vlada-schvalila-rozpo\n"
        "cet-na-pristi-rok-40500123\n"
    )
    article = infer_article(text, "fallback")
    assert article.url == (
        "https://www.novinky.cz/clanek/domaci-vlada-schvalila-rozpocet-na-pristi-rok-40500123"
    )
    assert "https://" not in article.body
    assert article.body == "Vlada schvalila rozpocet."
    assert any("joined" in problem for problem in article.problems)


def test_infer_chooses_last_url() -> None:
    """With several URLs in the text, the last one is the article's url."""
    text = (
        "Vice na https://www.idnes.cz/zpravy/prvni-clanek.A240101_1 a jinde.\n\n"
        "https://www.irozhlas.cz/zpravy-domov/povoden-zasahla-sever-zeme_2409151200_abc\n"
    )
    article = infer_article(text, "fallback")
    assert article.url.startswith("https://www.irozhlas.cz/zpravy-domov/povoden")
    assert article.source.id == "irozhlas"
    assert article.title == "Povodeň zasáhla sever země"
    assert "https://www.idnes.cz/zpravy/prvni-clanek.A240101_1" in article.body


def test_infer_title_from_slug_drops_numeric_id_and_restores_diacritics() -> None:
    """Slug words get their accents back, the id is dropped, the first word is capitalised."""
    article = infer_article(
        "Text clanku.\nhttps://mocr.mo.gov.cz/zpravodajstvi/namestek-jednal-se-svym-protejskem-1234\n",
        "fallback",
    )
    assert article.title == "Náměstek jednal se svým protějškem"
    assert article.title_rule == "url-slug"
    assert article.source == Source("ministerstvo-obrany-cr", "Ministerstvo obrany ČR", "🛡️")


def test_infer_slug_words_written_capitalised_in_text_keep_capitals() -> None:
    """A name or acronym the text always capitalises mid-sentence is capitalised in the title."""
    text = (
        "Ministr se sesel s velvyslancem NATO a s ministrem Novak.\n\n"
        "https://ceskenoviny.cz/zpravy/ministr-novak-a-nato/123"
    )
    article = infer_article(text, "fallback")
    assert article.title == "Ministr Novák a NATO"
    assert article.source.id == "ceske-noviny"


def test_infer_slug_word_takes_its_casing_only_from_whole_words() -> None:
    """A slug word inside longer words (`MEGAPRAHA`, `PRAHAMARKET`) says nothing of how the
    text writes it: only the word itself does (`Praha` mid-sentence)."""
    text = (
        "Mluvili o MEGAPRAHA a PRAHAMARKET, hlavne ale o tom, ze Praha roste.\n\n"
        "https://example.org/zpravy-z-praha"
    )
    assert infer_article(text, "fallback").title == "Zpravy z Praha"


def test_infer_unknown_host_names_the_source_after_the_host() -> None:
    """A host missing from the table becomes the source's id and name, without `www.`."""
    text = "Something happened today.\nhttps://www.example.org/news/prime-minister-resigns\n"
    article = infer_article(text, "fallback")
    assert article.source == Source("example.org", "example.org")
    # The Czech word model is not applied to a non-Czech host.
    assert article.title == "Prime minister resigns"


def test_source_for_subdomain_uses_parent_entry() -> None:
    """A subdomain of a known host gets the closest listed parent's source."""
    assert source_for_url("https://mocr.mo.gov.cz/x").id == "ministerstvo-obrany-cr"
    assert source_for_url("https://mo.gov.cz/x").id == "ministerstvo-obrany-cr"
    assert source_for_url("https://ct24.ceskatelevize.cz/x").id == "ct24"
    assert source_for_url("https://www.ceskatelevize.cz/x").id == "ceska-televize"


def test_infer_without_url_takes_first_sentence_as_title() -> None:
    """With no URL the title is the first sentence, and url and source stay empty."""
    text = "Praha dnes hostila summit. Delegace prijely rano.\nDalsi text.\n"
    article = infer_article(text, "fallback")
    assert article.title == "Praha dnes hostila summit"
    assert article.title_rule == "first-sentence"
    assert article.url == ""
    assert article.source == Source()


def test_infer_slug_that_is_only_an_id_falls_back_to_first_sentence() -> None:
    """A URL whose last segment holds no words does not give a title."""
    article = infer_article("Kratka zprava o pocasi.\nhttps://example.cz/clanek/123456\n", "f")
    assert article.title == "Kratka zprava o pocasi"
    assert article.title_rule == "first-sentence"
    assert article.url == "https://example.cz/clanek/123456"


def test_first_sentence_skips_abbreviations_and_trims_long_text() -> None:
    """Initials and dates do not end the sentence; a long one is cut at a word with an ellipsis."""
    assert first_sentence("Dne 1. ledna prijel J. Novak do Brna. Pak odjel.") == (
        "Dne 1. ledna prijel J. Novak do Brna"
    )
    long_title = first_sentence("slovo " * 100)
    assert len(long_title) <= 101
    assert long_title.endswith("slovo…")


def test_reflow_joins_hyphenated_words() -> None:
    """A hyphen at a line end before a lowercase letter joins the word without the hyphen."""
    assert reflow("Obranna spolu-\nprace je dulezita.", czech=True) == (
        "Obranna spoluprace je dulezita."
    )
    assert reflow("Zeme EU-\nNATO jednaji.", czech=True) == "Zeme EU- NATO jednaji."


def test_reflow_joins_wrapped_lines_and_separates_paragraphs() -> None:
    """Lines of a paragraph are joined with a space and paragraphs split by one blank line."""
    text = "  Prvni radek\ndruhy radek.\n\n\n\nDalsi odstavec\n  pokracuje.\n"
    assert reflow(text) == "Prvni radek druhy radek.\n\nDalsi odstavec pokracuje."


def test_reflow_makes_ocr_quotes_czech() -> None:
    """A comma or straight quote glued to a word after a space opens „; a closing mark becomes “."""
    text = 'Rekl: ,Dobry den,” a odesel. Pak "Nashledanou" zaznelo.'
    assert reflow(text, czech=True) == "Rekl: „Dobry den,“ a odesel. Pak „Nashledanou“ zaznelo."


def test_reflow_leaves_real_commas_alone() -> None:
    """Commas after a word, before a space, or with no closing quote later are not quotes."""
    text = "Praha, Brno a Ostrava , Plzen 1,5 procenta a ,Olomouc bez uvozovek."
    assert reflow(text, czech=True) == text


def test_reflow_removes_leading_noise_but_keeps_markdown() -> None:
    """Symbols glued to a paragraph's first word go; list items, emphasis and headings stay."""
    assert reflow("~Text zacina.") == "Text zacina."
    assert reflow("•|Druhy odstavec.") == "Druhy odstavec."
    markdown = "# Nadpis\n\n- prvni bod\n- druhy bod\n\n*Dulezite* upozorneni."
    assert reflow(markdown) == markdown


def test_reflow_leaves_markdown_structure_and_code_as_written() -> None:
    """Nested lists, fenced and indented code, tables, quotes and HTML keep their lines and
    indents; a blank line inside a fence does not end it."""
    markdown = (
        "- top\n  - nested\n    - deeper\n\n"
        '```python\ndef main():\n\n    print("hello")\n```\n\n'
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "> quoted\n> twice\n\n"
        "    indented code\n    more\n\n"
        "<div>\nblock\n</div>"
    )
    for czech in (True, False):
        assert reflow(markdown, czech) == markdown


def test_reflow_leaves_quotes_and_hyphens_of_other_languages_right() -> None:
    """Outside Czech and Slovak text, straight quotes are right as they are, and a hyphen at
    a line end is kept (`well-known`), the word joined."""
    text = "A \"quoted\" word,\nwell-\nknown and 'single' too."
    assert reflow(text) == "A \"quoted\" word, well-known and 'single' too."


def test_reflow_turns_noise_before_unopened_quote_into_opening_quote() -> None:
    """A leading symbol before a quote that closes but never opens was the lost „."""
    assert reflow("~Jsme pripraveni,” rekl ministr.", czech=True) == (
        "„Jsme pripraveni,“ rekl ministr."
    )


def test_reflow_is_idempotent() -> None:
    """Reflowing text that was already reflowed changes nothing."""
    text = (
        ' ~Prvni "citace,”\nrekl. Spolu-\nprace ,Dalsi\ncitace” konci.\n\n'
        "- bod\n- bod dva\n\nKonec."
    )
    once = reflow(text, czech=True)
    assert reflow(once, czech=True) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('aAbČ ,."“”„~-\n*#|1`> ')), max_size=80))
def test_reflow_is_idempotent_for_any_text(text: str) -> None:
    """Reflowing is idempotent for text made of the characters the rules care about."""
    for czech in (True, False):
        once = reflow(text, czech)
        assert reflow(once, czech) == once


def test_a_note_titled_by_its_heading_says_so_and_misses_no_address() -> None:
    """A note's title from its first heading is named so; a note without an address has
    none to miss, and no notice says it lacks one."""
    article = infer_article("# Porada týmu\n\nProbrali jsme plán.\n", "porada")
    assert (article.title, article.title_rule) == ("Porada týmu", "first-heading")
    assert article.problems == ("no front matter: the title was taken from the first heading",)


def test_a_note_is_titled_by_its_own_words_not_by_an_address_in_them() -> None:
    """An address inside a sentence, or after the note's own heading, names another page:
    the title is the note's first line or heading, not that page's slug."""
    inline = "Nakup na vikend\n\n- mleko\n- chleba\n\nRecept: https://example.com/recipes/easy-pancakes\n"
    headed = "# Porada týmu\n\nZápis.\n\nhttps://www.example.cz/zpravy/vlada-schvalila-rozpocet\n"
    for text, title in ((inline, "Nakup na vikend"), (headed, "Porada týmu")):
        article = infer_article(text, "poznamka")
        assert article.title == title
        assert article.title_rule != "url-slug"


def test_infer_reads_a_markdown_note_without_changing_it() -> None:
    """An English note without front matter keeps its quotes and code, and a link in it
    names another page, not the note's address."""
    text = (
        '# Notes\n\nSee [the docs](https://example.com/docs) for "details".\n\n'
        '```\nprint("hello")\n```\n'
    )
    article = infer_article(text, "notes")
    assert article.body == text.rstrip("\n")
    assert (article.url, article.source) == ("", Source())


def test_infer_makes_ocr_quotes_czech_in_czech_text() -> None:
    """OCR'd quotes become „…“ in Czech text, as the press releases are written."""
    text = 'Ministr rekl, ze ,spoluprace je dulezita” a ze "vlada" jedna se svymi partnery.\n'
    assert infer_article(text, "zprava").body == (
        "Ministr rekl, ze „spoluprace je dulezita“ a ze „vlada“ jedna se svymi partnery."
    )


def test_infer_empty_text_uses_fallback_title() -> None:
    """Empty or blank text gives the fallback title, no url, no source and an empty body."""
    for text in ("", "   \n\t\n  ", "~\n"):
        article = infer_article(text, "002_clanek")
        assert article.title == "002_clanek"
        assert article.title_rule == "file-name"
        assert article.url == ""
        assert article.source == Source()
        assert article.body == ""
        assert article.problems


def test_infer_huge_single_line_is_fast() -> None:
    """A megabyte on one line with no URL is handled quickly and gets a trimmed title."""
    text = "slovo, " * 150_000
    started = time.perf_counter()
    article = infer_article(text, "fallback")
    assert time.perf_counter() - started < 5
    assert article.title_rule == "first-sentence"
    assert len(article.title) <= 101


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_infer_never_raises(text: str) -> None:
    """Any string gives an inferred article with a non-empty title rule."""
    article = infer_article(text, "fallback")
    assert article.title_rule in ("url-slug", "first-sentence", "file-name")


def test_infer_seed_without_front_matter() -> None:
    """Seed 002 gives its title from the slug, the rejoined URL, the ministry and a clean body."""
    text = (SEEDS / "002_661a5029fdf11cd6.txt").read_text(encoding="utf-8")
    article = infer_article(text, "002_661a5029fdf11cd6")
    assert article.title == "Náměstek Blazkovec jednal se svým jihokorejským protějškem"
    assert article.title_rule == "url-slug"
    assert article.url == (
        "https://mocr.mo.gov.cz/informacni-servis/zpravodajstvi/"
        "namestek-blazkovec-jednal-se-svym-jihokorejskym-protejskem-254369"
    )
    assert article.source.id == "ministerstvo-obrany-cr"
    assert article.body.startswith(("„Korejska", "„Korejská"))
    assert "~" not in article.body
    assert "„Zpravy" in article.body or "„Zprávy" in article.body
    assert "http" not in article.body
    for paragraph in article.body.split("\n\n"):
        assert "\n" not in paragraph
