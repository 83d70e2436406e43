"""Dialogue bodies a document names, settled once its events are known.

A standing body ("the Qatar-Türkiye Supreme Strategic Committee") is itself the dialogue
event, so a minted body must end up as an event with its member states, or else as an
organisation: a body with no event and no partners ("the Defence Acquisition Council",
"Japan's National Security Council") is a domestic or international organ, not cooperation.
A body whose name carries no states ("the High-Level Military Dialogue Group") takes them
from the events that describe it, so the Azerbaijan-Pakistan group and the Pakistan-Türkiye
group of the same name stay two events across documents.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef

from ..namespaces import resource
from ..reference import Gazetteer
from ..text import Sentence
from .model import EventClaim, Mention, MintedEntity


def settle(
    gaz: Gazetteer,
    minted: dict[URIRef, MintedEntity],
    mentions: list[Mention],
    events: list[EventClaim],
    sentences: list[Sentence],
) -> list[Mention]:
    """Resolve every minted dialogue body; returns the mentions with their new IRIs (the
    entity table and the claims are updated in place)."""
    moved: dict[URIRef, MintedEntity] = {}
    for iri, body in sorted(minted.items()):
        if body.kind != "DialogueMechanism":
            continue
        claims = [c for c in events if c.known == iri]
        if claims and not body.members:
            states = tuple(sorted(set().union(*(c.participants for c in claims))))
            codes = " ".join(gaz.iso3_of(s) for s in states)
            moved[iri] = replace(
                body, iri=resource("event/dialogue", f"{body.label} {codes}"), members=states
            )
        elif not claims and len(body.members) >= 2:
            named = [m for m in mentions if m.iri == iri]
            if not named:
                continue  # minted for a span another name won: nothing in the text to quote
            first = min(named, key=lambda m: m.start)
            s = next(s for s in sentences if s.start <= first.start < s.end)
            claim = EventClaim(
                "DialogueMechanism",
                set(body.members),
                [(s.start, s.end)],
                name=body.label,
                known=iri,
                named=set(body.members),
                anchors=[(first.start, first.end)],
            )
            at = next((i for i, c in enumerate(events) if c.evidence[0] > claim.evidence[0]), None)
            events.insert(len(events) if at is None else at, claim)
        elif not claims:
            kind = "GovernmentAgency" if body.state else "Organization"
            moved[iri] = replace(body, iri=resource("org", body.label), kind=kind)
    for old, body in moved.items():
        del minted[old]
        minted.setdefault(body.iri, body)
    renamed = {old: body.iri for old, body in moved.items()}
    for claim in events:
        claim.known = renamed.get(claim.known, claim.known)  # type: ignore[arg-type]
        claim.involves = {renamed.get(i, i) for i in claim.involves}
    for entity in minted.values():
        entity.parent = renamed.get(entity.parent, entity.parent)  # type: ignore[arg-type]
    return [
        replace(m, iri=moved[m.iri].iri, kind=moved[m.iri].kind) if m.iri in moved else m
        for m in mentions
    ]
