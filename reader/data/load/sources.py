"""Which source an article comes from: as its front matter names it, or told by a URL's host."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ..article import Source
from .addresses import host_of, is_web_address
from .coerce import coerce_text, slugify
from .scalar_values import kind_of

KNOWN_SOURCES: dict[str, Source] = {
    "mo.gov.cz": Source("ministerstvo-obrany-cr", "Ministerstvo obrany ČR", "🛡️"),
    "ct24.ceskatelevize.cz": Source("ct24", "ČT24", "📺"),
    "ceskatelevize.cz": Source("ceska-televize", "Česká televize", "📺"),
    "irozhlas.cz": Source("irozhlas", "iROZHLAS", "📻"),
    "rozhlas.cz": Source("cesky-rozhlas", "Český rozhlas", "📻"),
    "novinky.cz": Source("novinky", "Novinky.cz", "📰"),
    "idnes.cz": Source("idnes", "iDNES.cz", "📰"),
    "seznamzpravy.cz": Source("seznam-zpravy", "Seznam Zprávy", "📰"),
    "aktualne.cz": Source("aktualne", "Aktuálně.cz", "📰"),
    "denik.cz": Source("denik", "Deník.cz", "📰"),
    "ceskenoviny.cz": Source("ceske-noviny", "České noviny (ČTK)", "🗞️"),
    "ihned.cz": Source("hospodarske-noviny", "Hospodářské noviny", "📈"),
    "lidovky.cz": Source("lidovky", "Lidovky.cz", "📰"),
}
"""Sources by host; a subdomain (`mocr.mo.gov.cz`) gets its closest listed parent's entry."""


def source_for_url(url: str) -> Source:
    """Return the known source for the URL's host, else one named after the host."""
    host = host_of(url)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        known = KNOWN_SOURCES.get(".".join(labels[start:]))
        if known is not None:
            return known
    return Source(host, host) if host else Source()


def source_named(name: str) -> Source:
    """The source a text field names (already cleaned as every text value is): a name such
    as "ČT24", or a web address, told by its host."""
    return source_for_url(name) if is_web_address(name) else Source(slugify(name), name)


def coerce_source(value: object, field: str, problems: list[str]) -> Source:
    """Turn a YAML value into a Source.

    Args:
        value: A mapping with `id`, `name` and `emoji`, or just a name such as "ČT24", or a
            web address (Obsidian's web clipper keeps the page's there), told by its host.
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended when the value is neither.

    Returns:
        The source; `Source()` when missing or unusable. A missing id is made from the name.
    """
    if value is None:
        return Source()
    if isinstance(value, str):
        return source_named(coerce_text(value, field, problems))
    if isinstance(value, Mapping):
        source_id = coerce_text(value.get("id"), f"{field}.id", problems)
        name = coerce_text(value.get("name"), f"{field}.name", problems)
        emoji = coerce_text(value.get("emoji"), f"{field}.emoji", problems)
        return Source(id=source_id or slugify(name), name=name, emoji=emoji)
    problems.append(f"{field} is {kind_of(value)}, not a mapping or a name; ignored")
    return Source()


class SourceField(NamedTuple):
    """What a `source` field says."""

    source: Source
    address: str
    """The page's web address when the field is one (Obsidian's web clipper keeps it
    there), else ""."""


def read_source_field(value: object, problems: list[str]) -> SourceField:
    """The Source of a `source` field's `value`, and the address it is, if it is one: its
    text read once for both."""
    if not isinstance(value, str):
        return SourceField(coerce_source(value, "source", problems), "")
    text = coerce_text(value, "source", problems)
    return SourceField(source_named(text), text if is_web_address(text) else "")
