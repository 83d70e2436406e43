"""One event, several sources: claims of different documents about the same act share an IRI.

Claims are clustered when they are the same known event, or agree on class, participants and
a start date given to the day (to the year for agreements, whose signing years are rarely
shared by two different acts of the same pair). The IRI hashes the cluster's key, so it stays
the same from build to build while the facts do.
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from ..namespaces import ID, slug
from .model import EventClaim, Extraction


def identity_key(claim: EventClaim) -> str:
    parts = sorted(str(p).rsplit("/", 1)[-1] for p in claim.participants)
    start = claim.start.iso() if claim.start else ""
    return "|".join(
        [
            claim.cls,
            ",".join(parts),
            start,
            claim.name or "",
            str(claim.place or ""),
            ",".join(sorted(str(e) for e, _ in claim.lots)),
        ]
    )


def _linkable(a: EventClaim, b: EventClaim) -> bool:
    if a.known is not None or b.known is not None:
        return a.known == b.known
    if a.family != b.family or a.participants != b.participants or not a.start or not b.start:
        return False
    if a.name and b.name and a.name != b.name:
        return False
    precision = 1 if a.family == "Agreement" else 3
    if len(a.start.parts()) < precision or len(b.start.parts()) < precision:
        return False
    return a.start.parts()[:3] == b.start.parts()[:3]


def event_iri(claim: EventClaim) -> URIRef:
    """Hash of the claim as extracted: a curation patch does not move the event's IRI."""
    digest = hashlib.sha256((claim.key or identity_key(claim)).encode("utf-8")).hexdigest()[:12]
    return ID[f"event/{slug(claim.cls)}/{digest}"]


def merge_across(extractions: list[Extraction]) -> None:
    """Give every claim its event IRI; claims of one act in several documents share it."""
    clusters: list[list[EventClaim]] = []
    for extraction in extractions:
        for claim in extraction.events:
            for cluster in clusters:
                if any(_linkable(claim, other) for other in cluster) and all(
                    id(other) not in {id(c) for c in extraction.events} for other in cluster
                ):
                    cluster.append(claim)
                    break
            else:
                clusters.append([claim])
    for cluster in clusters:
        known = next((c.known for c in cluster if c.known is not None), None)
        iri = known or event_iri(cluster[0])
        for claim in cluster:
            claim.iri = iri
