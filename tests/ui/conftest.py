"""UI test fixtures: small Czech article folders with fixed dates, shown in UTC."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.pilot import Pilot
from textual.widgets import Input

from reader.ui.widgets.search_box import SearchBox

ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "rozpocet",
        "title": "Vláda schválila rozpočet na příští rok",
        "description": "Schodek má klesnout pod dvě procenta HDP.",
        "category": "politika",
        "importance": 5,
        "publishedAt": "2025-12-08T09:00:00+00:00",
        "author": "Jana Nováková",
        "source": {"id": "ctk", "name": "ČTK", "emoji": "📰"},
        "url": "https://example.cz/rozpocet",
        "body": "## Souhrn\n\nVláda schválila **rozpočet**.\n\n- Schodek klesá\n- Daně se nemění\n",
    },
    {
        "slug": "drony",
        "title": "Armáda testuje nové drony",
        "description": "Zkoušky probíhají ve vojenském újezdu Libavá.",
        "category": "obranné technologie",
        "importance": 4,
        "publishedAt": "2025-12-07T14:30:00+00:00",
        "author": "Petr Svoboda",
        "source": {"id": "novinky", "name": "Novinky", "emoji": "🛰"},
        "url": "https://example.cz/drony",
        "body": "Armáda zkouší drony pro průzkum.",
    },
    {
        "slug": "indie",
        "title": "Indie a Česko posilují spolupráci v obraně",
        "original_title": "India and Czechia strengthen defence cooperation",
        "description": "Obě země chtějí společně vyvíjet a vyrábět techniku.",
        "category": "obranné technologie",
        "importance": 3,
        "publishedAt": "2025-12-06T11:22:03+00:00",
        "author": "Marisa Aigen",
        "source": {"id": "the-times-of-india", "name": "The Times of India", "emoji": "📰"},
        "url": "https://example.com/india-czechia",
        "body": "## Podrobnosti\n\nSpolupráce se týká výroby munice.",
    },
    {
        "slug": "most",
        "title": "Praha otevřela nový most přes Vltavu",
        "description": "Most spojuje Holešovice a Karlín.",
        "category": "doprava",
        "importance": 2,
        "publishedAt": "2025-12-05T08:15:00+00:00",
        "author": "Eva Dvořáková",
        "source": {"id": "idnes", "name": "iDNES", "emoji": "🚋"},
        "url": "https://example.cz/most",
        "body": "Nový most je určen chodcům a cyklistům.",
    },
    {
        "slug": "maslo",
        "title": "Zdražuje se máslo",
        "description": "Cena másla vzrostla o deset procent.",
        "category": "ekonomika",
        "importance": 1,
        "publishedAt": "2025-12-04T07:00:00+00:00",
        "author": "Karel Malý",
        "source": {"id": "ihned", "name": "Hospodářské noviny", "emoji": "💶"},
        "url": "javascript:alert(1)",
        "body": "Máslo je dražší.",
    },
    {
        "slug": "planeta",
        "title": "Vědci objevili novou planetu",
        "description": "Planeta obíhá hvězdu v souhvězdí Labutě.",
        "category": "věda",
        "publishedAt": "2025-12-03T20:45:00+00:00",
        "author": "Tomáš Černý",
        "source": {"id": "vesmir", "name": "Vesmír", "emoji": "🔭"},
        "url": "https://example.cz/planeta",
        "body": "Objev oznámila Akademie věd.",
    },
    {
        "slug": "ekonomika",
        "title": "Ekonomika roste rychleji, než se čekalo",
        "description": "HDP vzrostl o tři procenta.",
        "category": "ekonomika",
        "importance": 3,
        "publishedAt": "2025-12-02T10:00:00+00:00",
        "author": "Karel Malý",
        "source": {"id": "ihned", "name": "Hospodářské noviny", "emoji": "💶"},
        "url": "https://example.cz/hdp",
        "body": "Růst táhne export.",
    },
    {
        "slug": "univerzity",
        "title": "Spolupráce univerzit v Brně",
        "description": "Tři brněnské univerzity sdílejí laboratoře.",
        "category": "věda",
        "importance": 2,
        "publishedAt": "2025-12-01T12:30:00+00:00",
        "author": "Lucie Horáková",
        "source": {"id": "brnensky-denik", "name": "Brněnský deník", "emoji": "🎓"},
        "url": "https://example.cz/brno",
        "body": "Univerzity budou sdílet drahé přístroje.",
    },
]
"""The standard folder, newest first: ids rozpocet, drony, indie, most, maslo, planeta, ..."""

NEWEST_FIRST = [article["slug"] for article in ARTICLES]
"""The ids in the default order."""

HOSTILE_ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "markup",
        "title": "[bold]x[/] and [/b] and [@click=app.quit]quit[/]",
        "original_title": "[red]original[/red]",
        "description": "[link=https://evil.example]lead[/link]",
        "category": "[b]kat[/b]",
        "importance": 4,
        "publishedAt": "2025-12-08T09:00:00+00:00",
        "author": "[i]author",
        "source": {"id": "x", "name": "[/]source", "emoji": "📰"},
        "url": "https://example.cz/[x]",
        "body": "Body with [bold]markup[/bold] and [/] stray tags.",
    },
    {
        "slug": "controls",
        "title": "Red \x1b[31malert\x07 title",
        "description": "Lead\x1b[2J cleared",
        "category": "kontroly",
        "importance": 2,
        "publishedAt": "2025-12-07T09:00:00+00:00",
        "source": {"id": "y", "name": "Zdroj", "emoji": ""},
        "url": "https://example.cz/controls",
        "body": "Body \x1b[1mbold\x1b[0m text.",
    },
]
"""Article text that would be markup or terminal control codes if it were not treated as data."""


def write_article(folder: Path, fields: dict[str, Any]) -> Path:
    """Write one article file with YAML front matter and a Markdown body."""
    meta = {key: value for key, value in fields.items() if key != "body"}
    # Double-quoted YAML spells ESC as \e, so control characters reach the loaded text.
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, default_style=None)
    path = folder / f"{fields['slug']}.md"
    path.write_text(f"---\n{front}---\n\n{fields['body']}\n", encoding="utf-8")
    return path


def write_folder(folder: Path, articles: list[dict[str, Any]]) -> Path:
    """Write `articles` into `folder`, creating it."""
    folder.mkdir(parents=True, exist_ok=True)
    for fields in articles:
        write_article(folder, fields)
    return folder


class RecordingBrowser(webbrowser.BaseBrowser):
    """A web browser that only notes the addresses it is asked to open."""

    def __init__(self) -> None:
        super().__init__("recording")
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture(autouse=True)
def browser(monkeypatch: pytest.MonkeyPatch) -> RecordingBrowser:
    """The browser the reader finds: records addresses, so no test starts a real one."""
    recording = RecordingBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: recording)
    return recording


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """A folder of eight Czech articles, five categories, importances 1-5 and one without."""
    return write_folder(tmp_path / "articles", ARTICLES)


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    """The standard articles plus two files that cannot be loaded."""
    folder = write_folder(tmp_path / "broken", ARTICLES)
    (folder / "spatny-yaml.md").write_text("---\n[unclosed\n---\nText\n", encoding="utf-8")
    (folder / "prazdny.md").write_text("\n\n", encoding="utf-8")
    return folder


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    """Articles whose text looks like markup and holds terminal control codes."""
    return write_folder(tmp_path / "hostile", HOSTILE_ARTICLES)


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    """A folder without articles."""
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


async def settle(pilot: Pilot[None]) -> None:
    """Wait until loading has finished and the screen has redrawn; stop cursors blinking."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for search in pilot.app.screen.query(Input):
        search.cursor_blink = False
    await pilot.pause()


async def searched(pilot: Pilot[None]) -> None:
    """Wait until the search typed so far has run, however busy the machine is."""
    box = pilot.app.screen.query_one(SearchBox)
    await pilot.pause()
    while box.waiting:
        await pilot.pause(0.05)
    await pilot.pause()
