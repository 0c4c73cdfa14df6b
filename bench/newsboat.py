"""newsboat on the same articles: one local RSS file, timed through `newsboat -x reload`.

Used by index_speed.py when newsboat is installed, as the yardstick the issue names.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import frontmatter

from reader.data.load.coerce import coerce_datetime


def write_rss(folder: Path, feed: Path) -> int:
    """Write every article of `folder` as an item of one RSS 2.0 file; return how many.

    Item by item, so the benchmark's own memory (which it reports) stays the index's.
    """
    count = 0
    with feed.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>articles</title><link>file://{escape(str(folder))}</link>"
            "<description>benchmark</description>"
        )
        for path in sorted(folder.iterdir()):
            post = frontmatter.loads(path.read_text(encoding="utf-8", errors="replace"))
            meta = post.metadata
            published = coerce_datetime(meta.get("publishedAt"), "publishedAt", [])
            date = f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""
            out.write(
                f"<item><title>{escape(str(meta.get('title', path.stem)))}</title>"
                f"<link>{escape(str(meta.get('url', '')))}</link>"
                f'<guid isPermaLink="false">{escape(path.name)}</guid>{date}'
                f"<description>{escape(post.content)}</description></item>"
            )
            count += 1
        out.write("</channel></rss>")
    return count


def newsboat_reload_seconds(folder: Path) -> float | None:
    """Seconds `newsboat -x reload` takes to take in `folder` as one feed, into an empty
    cache; None when newsboat is not installed."""
    newsboat = shutil.which("newsboat")
    if newsboat is None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        feed = work / "feed.xml"
        write_rss(folder, feed)
        (work / "urls").write_text(f"file://{feed}\n", encoding="utf-8")
        (work / "config").write_text("", encoding="utf-8")
        command = [newsboat, "-u", str(work / "urls"), "-c", str(work / "cache.db")]
        command += ["-C", str(work / "config"), "-x", "reload"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=work)
        return time.perf_counter() - start
