"""Diacritics restoration: stripped and OCR-misread Czech restored, everything else untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.data.article import Article
from reader.data.load.pipeline import load_article
from reader.data.text.diacritics import strip_diacritics
from reader.data.text.restore import restore_document, restore_text

# Sentences written for these tests, in plain news Czech.
CZECH = (
    "Ministerstvo obrany včera oznámilo, že česká armáda připravuje nákup nových vrtulníků. "
    "Podle mluvčího jde o jednu z nejdůležitějších zakázek posledních let, která má "
    "zlepšit bezpečnost země. Jedná se o dlouhodobý projekt, na kterém spolupracuje několik "
    "firem ze Slovenska a z Polska."
)
ENGLISH = (
    "The ministry said on Monday that the army will buy more helicopters. It is one of the "
    "most important contracts of recent years, and prime minister spoke of a vice of the "
    "old system."
)


def test_restore_brings_back_the_diacritics_of_stripped_czech() -> None:
    """Czech with every accent removed comes back as it was written."""
    assert restore_text(strip_diacritics(CZECH)).text == CZECH


def test_restore_counts_the_restored_words() -> None:
    """Each word given its accents back is one change."""
    stripped = strip_diacritics(CZECH)
    changed = sum(a != b for a, b in zip(stripped.split(), CZECH.split(), strict=True))
    assert restore_text(stripped).change_count == changed


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Mluvci rekl, ze vlada zakon schvali a prezident ho podepise.", "že"),
        ("Delegace prijela ze Slovenska a jednani zacalo v pondeli.", "ze"),
        ("Jedna se o nejvetsi zakazku ceske armady za posledni roky.", "Jedná"),
        ("Jedna z nejvetsich ceskych firem oznamila rekordni zisk.", "Jedna"),
        ("Zastupci peti statu podepsali dohodu o spolupraci v Praze.", "států"),
    ],
)
def test_restore_lets_neighbours_decide(context: str, expected: str) -> None:
    """`ze`/`že`, `jedna`/`jedná` and a genitive plural are chosen by the words around."""
    assert expected in restore_text(context).text.split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Rodina si po letech koupila novy byt v centru mesta a je spokojena.", "nový byt"),
        ("Za svuj byt zaplatili vice nez deset milionu korun a hypoteka je vysoka.", "svůj byt"),
        ("Zajemci o byt se mohou prihlasit na radnici do konce mesice brezna.", "o byt"),
        ("Ministr rekl, ze zakon musi byt schvalen jeste letos a vlada souhlasi.", "musí být"),
        ("Nova pravidla by mela byt prisnejsi nez ta dosavadni a plati od ledna.", "měla být"),
    ],
)
def test_restore_tells_a_flat_from_to_be(stripped: str, expected: str) -> None:
    """`byt` (a flat) after an adjective, a possessive or a preposition, which no infinitive
    follows; `být` (to be) elsewhere, as its frequency says."""
    assert expected in restore_text(stripped).text


@pytest.mark.parametrize(
    ("misread", "expected"),
    [
        ("Namestek ned4vno oznamil, ze vlada piijala novou strategii.", "nedávno"),
        ("Vlada piijala novou strategii a ministr ji ocenil.", "přijala"),
        ("Zastupci se sesli v Evropé a jednali o bezpecnosti regionu.", "Evropě"),
        ("Ministr rekl, ze lIze dosahnout dohody jeste letos.", "lze"),
        ("Firma nabidne sve sluzby pro ¢eské spolecnosti v regionu.", "české"),
        ("Strana kterd vyhrala volby, sestavi novou vladu.", "která"),
        ("Vlada schvalila zakon vCetné vsech pozmenovacich navrhu.", "včetně"),
        ("Na zasedani se rnluvilo o rozpoctu a o dalsich otazkach.", "mluvilo"),
        ("Firma se podili na ochrané jaderne elektrarny a vyvoji technologii.", "ochraně"),
    ],
)
def test_restore_fixes_ocr_confusions(misread: str, expected: str) -> None:
    """Letters an OCR misread (4 or d for á, ii for ř, é for ě, I for l, ¢ for Č, C for č,
    rn for m) are mapped to the word they came from."""
    assert expected in restore_text(misread).text.replace(",", "").split()


def test_restore_keeps_case() -> None:
    """A capitalised word stays capitalised, one in capitals stays in capitals."""
    restored = restore_text("CESKA VLADA schvalila zakon. Ceska vlada ho podepise.").text
    assert restored == "ČESKÁ VLÁDA schválila zákon. Česká vláda ho podepíše."


def test_restore_leaves_unknown_names_alone() -> None:
    """Names no word list knows keep their letters; no word is invented for them."""
    restored = restore_text(
        "Namestek Blazkovec jednal v Praze se zastupci firmy Zbrojovka Kvastrnak."
    )
    assert restored.text.split()[1] == "Blazkovec"
    assert restored.text.split()[-1] == "Kvastrnak."
    assert restored.text.startswith("Náměstek")


@pytest.mark.parametrize(
    "text",
    [
        CZECH,
        ENGLISH,
        "Ze zahraničí přijela delegace.",
        "",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    ],
    ids=["czech", "english", "short-czech", "empty", "pangram"],
)
def test_restore_leaves_clean_text_byte_identical(text: str) -> None:
    """Correct Czech and English come back exactly as they were, with no change listed."""
    restored = restore_text(text)
    assert restored.text == text
    assert restored.changes == ()


def test_restore_is_idempotent() -> None:
    """Restoring restored text changes nothing more."""
    once = restore_text(strip_diacritics(CZECH) + "\n\nVlada piijala ned4vno strategii.").text
    assert restore_text(once).text == once


def test_restore_keeps_links_and_addresses() -> None:
    """URLs, addresses and code keep every letter, even wrapped at a line's end."""
    text = (
        "Vlada schvalila zakon o spolupraci, rekl mluvci ministerstva.\n"
        "https://www.vlada.cz/cz/media-centrum/aktualne/vlada-schvalila-zak\n"
        "on-o-spolupraci-123456 a mluvci@vlada.cz odpovi."
    )
    restored = restore_text(text).text
    assert restored.startswith("Vláda schválila zákon o spolupráci, řekl mluvčí ministerstva.")
    assert restored.endswith(text[text.index("\n") :].replace(" odpovi.", " odpoví."))


def test_restore_keeps_an_address_glued_to_other_text() -> None:
    """A run of non-spaces holding an @ is an address, whatever stands before it."""
    text = "Vlada schvalila zakon o spolupraci, napiste na kontakt:mluvci@vlada.cz dnes."
    assert "kontakt:mluvci@vlada.cz" in restore_text(text).text


def test_restore_leaves_runs_too_long_to_be_words() -> None:
    """Hundreds of letters without a space, or brackets, are no words: kept as written."""
    long_run = "Vlada schvalila zakon o spolupraci. " + "x" * 500 + " " + "[" * 300 + "]" * 300
    restored = restore_text(long_run).text
    assert restored.endswith(long_run[long_run.index(" x") :])
    assert restored.startswith("Vláda schválila zákon o spolupráci.")


def test_restore_document_restores_prose_fields_and_body_only() -> None:
    """In a file, the title and body are restored; slug, url and category stay as written."""
    text = (
        "---\ntitle: Vlada schvalila novy zakon o spolupraci\nslug: vlada-schvalila-zakon\n"
        "category: politika\nurl: https://example.cz/vlada-schvalila\n---\n\n"
        f"{strip_diacritics(CZECH)}\n"
    )
    restored = restore_document(text).text
    assert "title: Vláda schválila nový zákon o spolupráci\n" in restored
    assert "slug: vlada-schvalila-zakon\n" in restored
    assert "url: https://example.cz/vlada-schvalila\n" in restored
    assert restored.endswith(f"{CZECH}\n")


def test_load_records_restored_words(tmp_path: Path) -> None:
    """A loaded article without diacritics is restored, counts its words and says so."""
    path = tmp_path / "clanek.md"
    path.write_text(
        f"---\ntitle: Vlada schvalila novy zakon\n---\n\n{strip_diacritics(CZECH)}\n", "utf-8"
    )
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "Vláda schválila nový zákon"
    assert article.body == CZECH
    assert article.restored_words > 20
    assert any("restored diacritics" in note for note in article.repairs)


def test_load_leaves_correct_czech_unrestored(tmp_path: Path) -> None:
    """An article in correct Czech records no restoration."""
    path = tmp_path / "clanek.md"
    path.write_text(f"---\ntitle: Vláda schválila nový zákon\n---\n\n{CZECH}\n", "utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.restored_words == 0
    assert article.body == CZECH


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Ministr verejne oznamil, ze vlada zvysi celkove naklady na obranu.", "veřejně"),
        ("Ministr verejne oznamil, ze vlada zvysi celkove naklady na obranu.", "celkové"),
        ("Podle analytiku je situace vazne ohrozena a dalsi vyvoj je nejisty.", "vážně"),
        ("Strana ma noveho predsedu a v cele strany stoji byvaly ministr.", "čele"),
        ("Mezi Ruskem a Nemeckem se vztahy v poslednich letech zhorsily.", "Německem"),
        ("Z Ceska odjeli zastupci firmy do Vidne a jednali s rakouskou spolecnosti.", "Česka"),
        (
            "Z Ceska odjeli zastupci firmy do Vidne a jednali s rakouskou spolecnosti.",
            "společností",
        ),
        ("Spolecnost vede prezidentka firmy Jana Novakova, ktera nastoupila loni.", "Nováková"),
        ("Nakup schvalila cela rada poslancu a vlada ho podporila.", "řada"),
        (
            "Firma zaplatila za reklamu ve vyhledavaci. Inzerent plati za kazde kliknuti.",
            "vyhledávači",
        ),
    ],
)
def test_restore_lets_agreement_decide(stripped: str, expected: str) -> None:
    """An adjective agrees with its noun, an adverb stands before a verb or an adjective,
    a preposition governs its case, a surname follows a first name, `rád` never follows an
    adjective, and no adjective ends a phrase right after a preposition."""
    assert expected in restore_text(stripped).text.replace(",", "").replace(".", "").split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Firma loni prodala 52.810 vozu a letos chce prodat jeste vice aut.", "vozů"),
        ("Festival se kona ze 7. na 8. cervna a navstevnici se na ne tesi.", "ze"),
        ("Festival se kona ze 7. na 8. cervna a navstevnici se na ne tesi.", "ně"),
        ("Zastupci obou zemi se sesli v Praze a jednali o spolupraci obou firem.", "zemí"),
    ],
)
def test_restore_reads_numbers_and_pronouns(stripped: str, expected: str) -> None:
    """A number with its thousands grouped counts its noun, `ze` before a date is the
    preposition, the pronoun `ně` follows a preposition, `obou` takes the genitive."""
    assert expected in restore_text(stripped).text.replace(".", "").split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Ministr prisel na jednani s nasledujici novou koncepci obrany.", "koncepcí"),
        ("Ministr vyslovil duveru puvodni koncepci obrany a vlada ji podporila.", "koncepci"),
        ("Mluvci dnes odmitl puvodni informaci serveru o odvolani reditele.", "informaci"),
        ("Podle ministra je na prilozene fotografii videt poskozena budova skoly.", "fotografii"),
        ("Dovoz ze zemi mimo Evropskou unii loni vyrazne vzrostl.", "zemí"),
        ("Asociace muzei a galerii vydala zpravu o navstevnosti.", "galerií"),
        (
            "Ministr se nakonec omluvil. Omluvil se verejnosti za chybu a slibil napravu.",
            "veřejnosti",
        ),
        ("Ministr se sesel se spolecnosti Skoda a jednal o investicich.", "společností"),
    ],
)
def test_restore_lets_the_phrase_decide_the_case(stripped: str, expected: str) -> None:
    """A preposition governs its noun across the adjectives between them, a noun after an
    adjective in -é or -í is no genitive plural, a noun whose nominative ends in -e has
    its genitive in -í, words joined by `a` share their case, and `se` governs the
    instrumental only where it is the preposition (before s, z, š, ž)."""
    assert expected in restore_text(stripped).text.replace(".", "").split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Byvala reditelka byla obzalovana z podvodu a soud ji poslal do vezeni.", "obžalována"),
        ("Vlada je ochotna jednat o nove dohode, rekl ministr.", "ochotna"),
        ("Novy poslanec se loni stal predsedou vyboru pro obranu.", "stal"),
        ("U zrodu firmy stal jeji zakladatel, ktery ji vedl dvacet let.", "stál"),
        ("Telo nezbytne potrebuje vodu a lekari doporucili pit vic.", "nezbytně"),
        ("Proti navrhu zaznela rada dalsich namitek a vlada ho stahla.", "řada"),
    ],
)
def test_restore_lets_the_verb_decide(stripped: str, expected: str) -> None:
    """The short participle follows `být`, the short adjective stands before an infinitive,
    `stal` has its `se` and `stál` has none, an adverb stands before a verb, and `rád`
    never stands before a genitive plural."""
    assert expected in restore_text(stripped).text.replace(",", "").split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Obe posadky to za problem nepovazuji a mluvci to potvrdil.", "nepovažují"),
        ("„Novemu prezidentovi gratuluji a preji mu hodne uspechu,“ uvedl premier.", "gratuluji"),
    ],
)
def test_restore_tells_the_person_by_quotation(stripped: str, expected: str) -> None:
    """Outside a quotation a verb in -ují is the third person plural; inside one the
    speaker's first person `-uji` stays possible."""
    assert expected in restore_text(stripped).text.split()


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("Letoun nebyl vybaven katapultovacim zarizenim a posadka nemela sanci.", "katapultovacím"),
        (
            "Mestem projela kolona osmnactitunovych nakladnich aut a policie ji doprovodila.",
            "osmnáctitunových",
        ),
        ("Koryto se tri roky necistilo a obce si na to stezuji.", "nečistilo"),
    ],
)
def test_restore_reads_words_the_list_lacks(stripped: str, expected: str) -> None:
    """A form the word list lacks takes its accents from another form of its stem, and a
    compound from the two words it is made of."""
    assert expected in restore_text(stripped).text.split()


def test_restore_keeps_a_link_cut_after_its_scheme() -> None:
    """A link whose `//` was parted from `http:` keeps every letter."""
    text = "Vlada zverejnila fotografie (http: //images.example.cz/attachement/foto.jpg) dnes."
    restored = restore_text(text).text
    assert restored.startswith("Vláda zveřejnila fotografie")
    assert "//images.example.cz/attachement/foto.jpg)" in restored


def test_restore_of_restored_sentences_changes_nothing() -> None:
    """Restoring what the context rules restored changes nothing more."""
    once = restore_text(
        "Ministr prisel s nasledujici novou koncepci obrany. Vlada je ochotna jednat. "
        "U zrodu firmy stal jeji zakladatel a mestem projela kolona osmnactitunovych aut."
    ).text
    assert restore_text(once).text == once


SLOVAK = (
    "Slovenská vláda v pondelok schválila návrh zákona o podpore regionálneho rozvoja. "
    "Podľa ministra ide o jeden z najdôležitejších krokov tohto roka, ktorý má pomôcť aj "
    "menším obciam na východe krajiny. Opozícia však tvrdí, že peniaze nebudú stačiť."
)


@pytest.mark.parametrize(
    "text",
    [SLOVAK, strip_diacritics(SLOVAK), strip_diacritics(ENGLISH)],
    ids=["slovak", "slovak-stripped", "english"],
)
def test_restore_leaves_other_languages_alone(text: str) -> None:
    """Slovak, with its accents or without them, and English are no Czech to restore."""
    assert restore_text(text).changes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Returns the sine of the given radian number, or the cosine when asked to.",
        "Rust Release Announcements: the date of the next release is announced here.",
        "Site\n\nThe site lists the methods of the package, with a page for each.",
    ],
)
def test_restore_leaves_english_that_could_read_as_stripped_czech_alone(text: str) -> None:
    """English whose words could be Czech without accents (`site`, `date`, `rust`, `radian`)
    is English: nothing is restored."""
    assert restore_text(text).changes == ()


@pytest.mark.parametrize("text", ["Inf date", "CR only", "Site", "Release date announced"])
def test_restore_leaves_a_few_words_alone(text: str) -> None:
    """A text of a few words says too little of its language: `Inf date` stays, though
    `dáte` and `ČR` are Czech."""
    assert restore_text(text).changes == ()


def test_load_leaves_a_short_article_unrestored(tmp_path: Path) -> None:
    """An article of a title and a line is not restored, whatever its words could be."""
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Inf date\n---\nCR only.\n", encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert (article.title, article.body, article.restored_words) == ("Inf date", "CR only.", 0)


def test_restore_leaves_code_blocks_and_link_targets_alone() -> None:
    """Czech prose without accents is restored around a fenced code block, inline code and a
    link, whose words stay as written, even an unclosed block to the text's end."""
    text = (
        "Vlada schvalila zakon o spolupraci a [stranka](/methods/site/) to popsala.\n\n"
        "```\nvlada = zakon(site)\n```\n\n"
        "Ministr rekl, ze `site` je spravne.\n\n~~~\nvlada a zakon"
    )
    restored = restore_text(text).text
    assert restored.startswith("Vláda schválila zákon o spolupráci")
    assert "(/methods/site/)" in restored
    assert "```\nvlada = zakon(site)\n```" in restored
    assert "`site`" in restored and "řekl, že" in restored
    assert restored.endswith("~~~\nvlada a zakon")


def test_restore_leaves_czech_with_a_few_missing_accents_alone() -> None:
    """Correct Czech with a slip or two (`vlada`, `zakon`) is no text without diacritics."""
    text = CZECH.replace("země", "zeme").replace("nákup", "nakup")
    assert restore_text(text).text == text


def test_restore_of_clean_text_does_not_load_the_word_model() -> None:
    """Text that plainly has its diacritics is settled without the word model, which takes
    a second to load: opening many articles stays fast."""
    script = (
        "from reader.data.text.repair.words import word_model\n"
        "from reader.data.text.restore import restore_text\n"
        f"restore_text({CZECH!r})\n"
        "print(word_model.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    assert result.stdout.strip() == "0"
