"""VoID + DCAT description of a release: what is in it, and which files carry it.

Harvesters (and people) decide whether to fetch a dump from its statistics, sizes and checksums;
the checksums also let a user verify a download. Everything is computed from the data and the
file bytes, never from the clock, so the description is as reproducible as the dump itself.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, VOID, XSD

from .namespaces import BASE, ID, INFERRED_GRAPH, MC, ONTOLOGY_IRI, PREFIXES, SCHEMA, SPDX

DATASET = URIRef(BASE + "dataset")
TITLE = "milcoop: a knowledge graph of military cooperation between states"
_IANA = "https://www.iana.org/assignments/media-types/"
_MEDIA_TYPES = {  # longest suffix first
    ".nq.gz": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".ttl": "text/turtle",
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".nt": "application/n-triples",
}
_RDF_DUMP = re.compile(r"milcoop\.")  # the data files (not the context or this description)
_LOCAL = re.compile(r"[A-Za-z0-9_-]+")


def distribution_iri(name: str) -> URIRef:
    """A file of the release: the dataset IRI plus "/" plus the file name."""
    return URIRef(f"{DATASET}/{name}")


def _partition_iri(cls: URIRef) -> URIRef:
    """Readable and collision-free: `mc-State` for prefixable names, a hash otherwise."""
    for prefix, ns in sorted(((p, str(n)) for p, n in PREFIXES.items()), key=lambda i: -len(i[1])):
        local = cls[len(ns) :]
        if cls.startswith(ns) and _LOCAL.fullmatch(local):
            return URIRef(f"{DATASET}/class/{prefix}-{local}")
    digest = hashlib.sha256(cls.encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{DATASET}/class/iri-{digest}")


def _media_type(name: str) -> tuple[str, str | None]:
    for suffix, media in _MEDIA_TYPES.items():
        if name.endswith(suffix):
            return media, "application/gzip" if suffix.endswith(".gz") else None
    return "application/octet-stream", None


def _instant(lit: Literal) -> datetime | None:
    value = lit.toPython()
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _modified(quads: list[tuple]) -> Literal | None:
    """The release's date: newest extraction end, else newest publication date in the data."""
    ended = [o for _, p, o, _ in quads if p == PROV.endedAtTime and isinstance(o, Literal)]
    timed = [(t, str(lit), lit) for lit in ended if (t := _instant(lit)) is not None]
    if timed:
        return max(timed, key=lambda item: item[:2])[2]
    published = [o for _, p, o, _ in quads if p == SCHEMA.datePublished and isinstance(o, Literal)]
    # date, gYearMonth and gYear lexical forms ("2022", "2022-12", "2022-12-19") sort by time.
    return max(published, key=lambda lit: (str(lit), str(lit.datatype))) if published else None


def _dataset_quads(ds: Dataset, include_inferred: bool) -> list[tuple]:
    quads = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        if name == INFERRED_GRAPH and not include_inferred:
            continue
        quads.append((s, p, o, None if name == DATASET_DEFAULT_GRAPH_ID else name))
    return quads


def _statistics(g: Graph, quads: Iterable[tuple]) -> None:
    triples: set[tuple] = set()
    per_graph: dict[URIRef, int] = defaultdict(int)
    members: dict[URIRef, set] = defaultdict(set)
    for s, p, o, name in quads:
        triples.add((s, p, o))
        if name is not None:
            per_graph[name] += 1
        if p == RDF.type and isinstance(o, URIRef):
            members[o].add(s)
    subjects = {s for s, _, _ in triples}
    mc_classes = [found for cls, found in members.items() if cls.startswith(str(MC))]
    entities = {s for found in mc_classes for s in found if isinstance(s, URIRef)}

    def count(n: int) -> Literal:
        return Literal(n, datatype=XSD.integer)

    g.add((DATASET, VOID.triples, count(len(triples))))
    g.add((DATASET, VOID.entities, count(len(entities))))
    g.add((DATASET, VOID.classes, count(len(members))))
    g.add((DATASET, VOID.properties, count(len({p for _, p, _ in triples}))))
    g.add((DATASET, VOID.distinctSubjects, count(len(subjects))))
    g.add((DATASET, VOID.distinctObjects, count(len({o for _, _, o in triples}))))
    for cls, found in members.items():
        partition = _partition_iri(cls)
        g.add((DATASET, VOID.classPartition, partition))
        g.add((partition, VOID["class"], cls))
        g.add((partition, VOID.entities, count(sum(isinstance(s, URIRef) for s in found))))
    for name, n in per_graph.items():
        g.add((DATASET, VOID.subset, name))
        g.add((name, RDF.type, VOID.Dataset))
        g.add((name, VOID.triples, count(n)))


def _distribution(g: Graph, name: str, data: bytes) -> None:
    dist = distribution_iri(name)
    checksum = URIRef(f"{dist}#sha256")
    media, compression = _media_type(name)
    g.add((DATASET, DCAT.distribution, dist))
    if _RDF_DUMP.match(name):
        g.add((DATASET, VOID.dataDump, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCTERMS.title, Literal(name)))
    g.add((dist, DCAT.downloadURL, dist))
    g.add((dist, DCAT.mediaType, URIRef(_IANA + media)))
    if compression:
        g.add((dist, DCAT.compressFormat, URIRef(_IANA + compression)))
    g.add((dist, DCAT.byteSize, Literal(len(data), datatype=XSD.nonNegativeInteger)))
    g.add((dist, SPDX.checksum, checksum))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    digest = hashlib.sha256(data).hexdigest()
    g.add((checksum, SPDX.checksumValue, Literal(digest, datatype=XSD.hexBinary)))


def describe(
    ds: Dataset,
    files: Mapping[str, bytes],
    *,
    include_inferred: bool = True,
    quads: Iterable[tuple] | None = None,
) -> Graph:
    """The VoID/DCAT graph for a release of `ds` made of `files` (name -> bytes).

    `quads` (s, p, o, graph or None), when given, are exactly the statements the files hold;
    export passes them so that counts match the dump even after blank nodes were skolemized.
    """
    quads = list(quads) if quads is not None else _dataset_quads(ds, include_inferred)
    g = Graph()
    g.add((DATASET, RDF.type, VOID.Dataset))
    g.add((DATASET, RDF.type, DCAT.Dataset))
    g.add((DATASET, DCTERMS.title, Literal(TITLE, lang="en")))
    g.add((DATASET, VOID.uriSpace, Literal(str(ID))))
    g.add((DATASET, VOID.vocabulary, ONTOLOGY_IRI))
    modified = _modified(quads)
    if modified is not None:
        g.add((DATASET, DCTERMS.modified, modified))
    _statistics(g, quads)
    for name in sorted(files):
        _distribution(g, name, files[name])
    return g
