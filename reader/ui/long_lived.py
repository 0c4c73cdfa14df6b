"""Python's cycle collector kept off the objects the app keeps for long: the index's lists
for queries (a dozen of 100,000 items at 100,000 articles), the screens and their widgets."""

from __future__ import annotations

import gc


def set_long_lived_apart() -> None:
    """Collect every cycle once, then leave every object alive now out of later
    collections: each full collection walked them all, 40-70 ms at 100,000 articles, now and
    then among keys (a key that met one took that much longer); now it walks what was made
    since (5 ms).

    Called again (the folder changed and was read), objects set apart before are collected
    once more first: one of them that became garbage since is freed then.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
