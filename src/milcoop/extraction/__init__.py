"""Extraction: one document in, its mentions, minted entities and event claims out.

Offline and rule-based: gazetteer names from the reference data, patterns for what it lacks,
and trigger rules for events. Cross-document merging (one event, several sources) is in
`crossdoc`.
"""

from __future__ import annotations

from ..datefinding import DateResolver
from ..documents import Document
from ..reference import Gazetteer
from ..text import clean_view, sentences
from . import bodies
from .crossdoc import identity_key, merge_across
from .entities import EntityFinder
from .events import EventFinder
from .model import EventClaim, Extraction, Mention, MintedEntity

__all__ = ["extract", "merge_across", "Extraction", "EventClaim", "Mention", "MintedEntity"]


def extract(doc: Document, gaz: Gazetteer) -> Extraction:
    """Extract the cooperation facts one document states."""
    view = clean_view(doc.text)
    publisher = gaz.by_name(doc.publisher) if doc.publisher else None
    finder = EntityFinder(gaz, gaz.state_of(publisher))
    mentions, minted = finder.find(view)
    if doc.publisher and publisher is None:  # a news outlet the reference data does not know
        outlet = finder.mint("NewsOrganization", doc.publisher, doc.publisher)
        minted.setdefault(outlet.iri, outlet)
        publisher = outlet.iri
    authors = []
    for name in doc.authors:
        iri = gaz.by_name(name)
        if iri is None:
            entity = finder.mint("Person", name, name)
            minted.setdefault(entity.iri, entity)
            iri = entity.iri
        authors.append(iri)
    known_states = {iri for iri, e in gaz.entities.items() if e.kind == "State"}
    gaz = gaz.with_places({i: e.state for i, e in minted.items() if e.kind == "Place" and e.state})
    parts = sentences(view)
    events = EventFinder(
        gaz, doc.text, view, mentions, DateResolver(doc.published), known_states
    ).run(parts)
    mentions = bodies.settle(gaz, minted, mentions, events, parts)
    for claim in events:
        claim.key = identity_key(claim)
    return Extraction(doc, mentions, minted, events, publisher, authors)
