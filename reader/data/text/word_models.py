"""Whether the word models that repair reads are in the cache directory yet: the first start
builds them, for several seconds, before the first file is read; later ones read them."""

from __future__ import annotations

BUILDING_WORD_MODELS = "building word lists (first start only)"
"""Said while the first files wait for the models to be built."""


def word_models_built() -> bool:
    """Whether both models are kept in the cache directory, so none is built on the way."""
    # Imported here: the repair package takes 70 ms to import, and a later open reads no file.
    from .language_lists import language_lists_file
    from .repair.words import czech_model_file

    return czech_model_file().is_file() and language_lists_file().is_file()
