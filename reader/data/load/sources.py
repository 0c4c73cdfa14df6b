"""Which source an article comes from, told by its URL's host."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..article import Source

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


def host_of(url: str) -> str:
    """The URL's host in lower case without `www.`; "" when it cannot be parsed."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def source_for_url(url: str) -> Source:
    """Return the known source for the URL's host, else one named after the host."""
    host = host_of(url)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        known = KNOWN_SOURCES.get(".".join(labels[start:]))
        if known is not None:
            return known
    return Source(host, host) if host else Source()
