"""Save the README's screenshots: the list, the detail view and the brief of the sample
articles, as SVG.

    TZ=UTC .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from reader.ui.app import ReaderApp

DOCS = Path(__file__).resolve().parent
SEEDS = DOCS.parent / "seeds"
SIZE = (80, 24)
"""The size of a terminal as it opens: what most readers will see."""


async def main() -> None:
    """Run the app headless on the seeds and save three screens."""
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["READER_CACHE_DIR"] = str(Path(scratch, "cache"))
        os.environ["READER_STATE_DIR"] = str(Path(scratch, "state"))
        os.environ["READER_CONFIG_DIR"] = str(Path(scratch, "config"))
        app = ReaderApp(articles_dir=SEEDS)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("j", "f", "k")  # a starred article beside the unread ones
            await pilot.pause()
            app.save_screenshot("list.svg", path=str(DOCS))
            await pilot.press("b")  # before an article is opened: the brief's are unread
            await pilot.pause(0.5)
            app.save_screenshot("brief.svg", path=str(DOCS))
            await pilot.press("escape", "enter")
            await pilot.pause(0.5)
            app.save_screenshot("detail.svg", path=str(DOCS))


if __name__ == "__main__":
    asyncio.run(main())
