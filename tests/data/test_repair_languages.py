"""Repair in every language: what ftfy.fix_encoding repairs is repaired, lost bytes are
chosen by the text's own language, and correct text of any language is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.data import Article, load_article, repair_file_text

SOFT_HYPHEN = "\u00ad"


def read_as(text: str, code_page: str) -> str:
    """`text`'s UTF-8 bytes as `code_page` shows them, a byte it leaves undefined as the C1
    control Windows shows for it."""
    return "".join(
        bytes([byte]).decode(code_page, errors="ignore") or chr(byte)
        for byte in text.encode("utf-8")
    )


def read_as_lossily(text: str, code_page: str) -> str:
    """`text`'s UTF-8 bytes as `code_page` shows them, with the bytes it leaves undefined and
    the soft hyphen lost, as careless pipelines lose them."""
    return text.encode("utf-8").decode(code_page, errors="ignore").replace(SOFT_HYPHEN, "")


def repaired(text: str, restore: bool = False) -> str:
    """`text` as loading repairs it (`reader repair`, with `--diacritics` for `restore`)."""
    return repair_file_text(text, restore=restore).text


@pytest.mark.parametrize(
    ("code_page", "text"),
    [
        ("cp1252", "Le régime équilibré du médecin plaît à la française."),
        ("cp1252", "Die Straße führt über die Brücke nach Köln, sagt Jürgen."),
        ("cp1250", "Zażółć gęślą jaźń, powiedział wójt gminy."),
        ("cp1251", "Сегодня в городе прошёл большой праздник."),
        ("cp1251", "Le preguntó después si entendía por qué la gente podía votar así."),
        ("cp1254", "Öğrenciler çalışmalarını bitirdiğinde eve döndüler."),
        ("mac_roman", "Le château était entouré de forêts épaisses."),
        ("cp437", "правильное питание и здоровый образ жизни"),
        ("cp437", "“I don’t know,” she said – and that’s all we heard."),
        ("mac_roman", "Then González flew from Yucatán to Mérida."),
        ("latin-1", "Þetta var á miðjum áratugnum, sagði hún."),
    ],
)
def test_repair_undoes_a_wrong_code_page_in_any_language(code_page: str, text: str) -> None:
    """UTF-8 read as a code page of its language (or any other) is read back exactly."""
    assert repaired(read_as(text, code_page)) == text


@pytest.mark.parametrize(
    ("code_page", "text"),
    [
        ("cp1252", "Prechádzka historickým centrom poskytuje možnosť zoznámiť sa s mestom."),
        ("cp1254", "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl včera redaktor."),
        ("cp1252", "La réunion a eu lieu à Paris et à Lyon, à la demande du ministre."),
        ("cp1251", "Это Иван. История Эрмитажа интересна, и Ирина это знает."),
        ("cp1252", "Москва является столицей России, и это знают все люди в стране."),
        ("cp1254", "Это является важным событием для страны, и все люди это знают."),
        ("cp1250", "Řekl jen ‚ano‘ a odešel, protože ‚ne‘ neuměl říct."),
        ("cp1252", "”Tämä on hyvä päivä”, hän sanoi ja lähti kotiin tänään illalla."),
        ("cp1252", "Hann býr í Reykjavík og vinnur í stóru fyrirtæki í bænum."),
        ("cp1252", "Nazwa „Karaiby” pochodzi od Karaibów, którzy żyli na wyspach."),
        ("cp1250", "Við fórum heim í gær. Á morgun förum við aftur í skólann."),
        (
            "cp1250",
            "Vojna v rokoch 1939 ‐ 1945 zmenila život ľudí v celej krajine, ktorá sa potom"
            " ešte dlho spamätávala zo škôd, ktoré spôsobila ľuďom na západe aj východe.",
        ),
    ],
)
def test_repair_chooses_lost_bytes_by_the_texts_language(code_page: str, text: str) -> None:
    """Bytes the code page leaves undefined (Slovak `ň`, Czech `í`, `č`, Russian `И`, `Э`)
    and soft hyphens are lost; each is chosen by what makes a word of the text's language, a
    mark by the characters around it and the language (a closing quote `‘` after a word,
    Finnish opening `”`, a dash rather than a symbol), a lone letter's case by where it
    stands (`í` mid-sentence, `Á` starting one); the text is never run together (ftfy reads
    `”` and the space after it as `†`)."""
    assert repaired(read_as_lossily(text, code_page)) == text


def test_repair_reads_c1_controls_as_windows_punctuation() -> None:
    """C1 controls in Latin-1 text stand for Windows-1252 quotes and dashes."""
    assert repaired("\x84Handwerk hat goldenen Boden\x93, sagte er") == (
        "„Handwerk hat goldenen Boden“, sagte er"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The priceÂ\xa0list is here", "The price\xa0list is here"),
        ("Cena 10Â\xa0Kč za kus", "Cena 10\xa0Kč za kus"),
        ("TAKASHÂ\xa0YAMADA", "TAKASHÂ\xa0YAMADA"),
    ],
)
def test_a_letter_before_a_no_break_space_goes_only_where_words_are_left(
    text: str, expected: str
) -> None:
    """`Â` before a no-break space is Windows-1252 mojibake of the space where taking it
    away leaves a word or a number; in a name it makes no word of, it stays."""
    assert repaired(text) == expected


def test_repair_undoes_two_layers_of_mojibake() -> None:
    """Text read wrongly twice is read back twice."""
    text = "Já jsem tady, řekl muž."
    assert repaired(read_as(read_as(text, "cp1252"), "cp1252")) == text


@pytest.mark.parametrize(
    "text",
    [
        "Site",
        "Rust Release Announcements",
        "Returns the sine of the given radian number.",
        "Release date announced for the new model",
        "L’épisode 8 est trop fou, à mon avis.",
        "ESSE CARA AI QUEM É¿",
        "Die Bürgermeisterin eröffnet das Straßenfest am Montag.",
        "Vlada schvalila novy zakon o dani z prijmu, ktory bude platit od buduceho roka.",
        "Vláda schválila nový zákon o dani z príjmu, ktorý bude platiť od budúceho roka.",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "Рік тому Рівне отримало нові автобуси, а Сірко сказав: «Сім років — це багато».",
        "İstanbul'da hava bugün güneşli ve ılık olacak.",
        "Zażółć gęślą jaźń.",
    ],
)
def test_correct_text_of_any_language_is_left_alone(text: str) -> None:
    """Neither repair nor restoring diacritics changes correct text, in any language."""
    assert repaired(text) == text
    assert repaired(text, restore=True) == text


def test_czech_without_diacritics_is_restored() -> None:
    """Czech that lost its accents gets them back: the language step lets it through."""
    text = "Vlada schvalila novy zakon, ktery bude platit od pristiho roku."
    assert repaired(text, restore=True) == (
        "Vláda schválila nový zákon, který bude platit od příštího roku."
    )


def test_loading_and_repair_agree_on_a_file_without_front_matter(tmp_path: Path) -> None:
    """A file without front matter loads with the text `reader repair --diacritics` writes
    for it, and its restored words count as repairs."""
    text = (
        "Vlada schvalila novy zakon, ktery bude platit od pristiho roku. Ministr financi rekl, "
        "ze zakon pomuze malym firmam i obcim v regionech.\n"
    )
    path = tmp_path / "zprava.txt"
    path.write_text(text, encoding="utf-8")
    loaded = load_article(path)
    assert isinstance(loaded, Article)
    repaired_path = tmp_path / "opraveno.txt"
    repaired_path.write_text(repaired(text, restore=True), encoding="utf-8")
    again = load_article(repaired_path)
    assert isinstance(again, Article)
    assert (loaded.title, loaded.body) == (again.title, again.body)
    assert loaded.title.startswith("Vláda schválila nový zákon")
    assert loaded.repair_count == loaded.restored_words > 0


def test_front_matter_keys_and_addresses_are_no_evidence_of_the_language() -> None:
    """Front matter is full of English keys, addresses and slugs whatever the article's
    language: the Czech values alone choose the lost letters of `bezpečnost`."""
    text = (
        "---\n"
        "author: Jana Nováková\n"
        "category: kybernetická bezpečnost\n"
        "original_title: Football hired mine scary cafe exporters leslie sporadic suspects\n"
        "slug: football-hired-mine-scary-cafe-exporters-leslie\n"
        "url: https://www.example.com/news/football-hired-mine-scary-cafe-exporters/1.cms\n"
        "urlToImage: https://img.example.com/thumb/msid-719648434,width-1200/article.jpg\n"
        "layout: tech_news_article\n"
        "title: Rány na trati zdravý jazyku, pracovaly včera spolu\n"
        "---\n"
    )
    assert repaired(read_as_lossily(text, "cp1254")) == text
