"""`milcoop.reason`: OWL RL consequences land in the inferred graph only, without junk."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef, namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from milcoop import paths, store
from milcoop.namespaces import (
    CURATION_GRAPH,
    INFERRED_GRAPH,
    MC,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    SCHEMA,
    SEM,
    document_graph,
)
from milcoop.reason import BUILT_IN, is_junk, reason, relevant

VALID = Path(__file__).parent / "data" / "shapes" / "valid.ttl"
EXERCISE = URIRef("https://w3id.org/milcoop/id/event/naval-exercise/f1x7")
TRANSFER = URIRef("https://w3id.org/milcoop/id/event/arms-transfer/r1")
TUR = URIRef("https://w3id.org/milcoop/id/state/tur")
PAK = URIRef("https://w3id.org/milcoop/id/state/pak")


def build(with_ontology: bool = True) -> Dataset:
    ds = store.new_dataset()
    if with_ontology:
        store.parse_into(ds.graph(ONTOLOGY_GRAPH), paths.ONTOLOGY_FILE)
    store.parse_into(ds.graph(document_graph("900_shapes_fixture")), VALID)
    reference = ds.graph(REFERENCE_GRAPH)
    reference.add((TRANSFER, RDF.type, MC.ArmsTransfer))
    reference.add((TRANSFER, MC.supplier, TUR))  # a role without the participant statement
    reference.add((TRANSFER, MC.recipient, PAK))
    return ds


@pytest.fixture(scope="module")
def reasoned() -> tuple[Dataset, int]:
    ds = build()
    return ds, reason(ds)


def asserted(ds: Dataset) -> set[tuple]:
    return {t for g in ds.graphs() if g.identifier != INFERRED_GRAPH for t in g}


def test_count_is_what_was_written(reasoned: tuple[Dataset, int]) -> None:
    ds, count = reasoned
    assert count == len(ds.graph(INFERRED_GRAPH)) > 0


def test_super_property_and_super_class_inferred(reasoned: tuple[Dataset, int]) -> None:
    ds, _ = reasoned
    inferred = ds.graph(INFERRED_GRAPH)
    assert (TRANSFER, MC.participant, TUR) in inferred
    assert (TRANSFER, MC.participant, PAK) in inferred
    assert (TRANSFER, SEM.hasActor, TUR) in inferred
    for cls in (MC.JointExercise, MC.CooperationEvent, SEM.Event, SCHEMA.Event):
        assert (EXERCISE, RDF.type, cls) in inferred
    assert (TUR, RDF.type, SEM.Actor) in inferred
    assert (MC.host, RDFS.subPropertyOf, SEM.hasActor) in inferred  # transitive hierarchy


def test_only_the_inferred_graph_changes(reasoned: tuple[Dataset, int]) -> None:
    ds, _ = reasoned
    fresh = build()
    for g in fresh.graphs():
        if g.identifier != INFERRED_GRAPH:
            assert set(ds.graph(g.identifier)) == set(g), g.identifier
    assert (EXERCISE, RDF.type, SEM.Event) not in asserted(ds)


def test_no_junk(reasoned: tuple[Dataset, int]) -> None:
    ds, _ = reasoned
    inferred = set(ds.graph(INFERRED_GRAPH))
    assert not inferred & asserted(ds)
    for s, p, o in inferred:
        assert isinstance(s, URIRef), s
        assert not str(s).startswith(BUILT_IN), s
        assert not (p == OWL.sameAs and s == o)
        assert not (p == RDF.type and o in (OWL.Thing, RDFS.Resource))
        assert not (p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass) and s == o)


@pytest.mark.parametrize(
    "triple",
    [
        (Literal("x"), RDF.type, RDFS.Literal),
        (BNode(), RDF.type, OWL.Class),
        (OWL.Thing, RDF.type, OWL.Class),
        (namespace.XSD.string, RDF.type, RDFS.Datatype),  # XSD is not a module global:
        # pytest would probe it for fixtures and the closed namespace would warn
        (SKOS.Concept, RDFS.subClassOf, SKOS.Concept),
        (TUR, OWL.sameAs, TUR),
        (TUR, RDF.type, OWL.Thing),
        (TUR, RDF.type, RDFS.Resource),
        (MC.State, RDFS.subClassOf, MC.State),
        (MC.State, RDFS.subClassOf, OWL.Thing),
        (MC.place, RDFS.range, OWL.Thing),
    ],
)
def test_is_junk(triple: tuple) -> None:
    assert is_junk(triple)


def test_useful_triples_are_not_junk() -> None:
    assert not is_junk((TUR, RDF.type, SEM.Actor))
    assert not is_junk((MC.State, RDFS.subClassOf, SEM.Actor))
    assert not is_junk((TRANSFER, MC.participant, TUR))


def test_rerun_replaces_the_inferred_graph() -> None:
    ds = build()
    stale = (TUR, RDFS.label, Literal("stale"))
    ds.graph(INFERRED_GRAPH).add(stale)
    first = reason(ds)
    snapshot = set(ds.graph(INFERRED_GRAPH))
    assert stale not in snapshot
    assert reason(ds) == first and set(ds.graph(INFERRED_GRAPH)) == snapshot


def test_deterministic() -> None:
    one, two = build(), build()
    reason(one)
    reason(two)
    dump = [
        sorted(ds.graph(INFERRED_GRAPH).serialize(format="nt").splitlines()) for ds in (one, two)
    ]
    assert dump[0] == dump[1]
    assert list(one.graph(INFERRED_GRAPH)) == list(two.graph(INFERRED_GRAPH))  # same order too


def test_asserted_elsewhere_is_not_new() -> None:
    ds = build()
    ds.graph(CURATION_GRAPH).add((TRANSFER, MC.participant, TUR))
    reason(ds)
    assert (TRANSFER, MC.participant, TUR) not in ds.graph(INFERRED_GRAPH)
    assert (TRANSFER, MC.participant, PAK) in ds.graph(INFERRED_GRAPH)


def test_bundled_ontology_used_when_dataset_has_none() -> None:
    ds = build(with_ontology=False)
    reason(ds)
    assert (EXERCISE, RDF.type, SEM.Event) in ds.graph(INFERRED_GRAPH)


def test_pruning_gives_the_full_closure() -> None:
    """`relevant` drops triples no rule can use: the closure must be the same without it."""
    ds = build()
    triples = [t for g in ds.graphs() if g.identifier != INFERRED_GRAPH for t in g]
    closures = []
    for subset in (triples, relevant(triples)):
        g = Graph()
        for t in subset:
            g.add(t)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
        closures.append({t for t in g if not is_junk(t)} - set(triples))
    assert closures[0] == closures[1]
    assert len(relevant(triples)) < len(triples) / 2


def test_same_as_disables_pruning() -> None:
    triples = [
        (TUR, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q43")),
        (TUR, RDFS.label, Literal("Türkiye")),
    ]
    assert relevant(triples) == triples


def test_ontology_and_fixture_are_consistent(caplog: pytest.LogCaptureFixture) -> None:
    """owlrl reports inconsistencies (e.g. a literal outside a declared range) as errors."""
    with caplog.at_level("WARNING", logger="milcoop.reason"):
        reason(build())
    assert not caplog.records


def test_inconsistency_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    ds = build()
    ds.graph(REFERENCE_GRAPH).add((TUR, OWL.differentFrom, TUR))
    with caplog.at_level("WARNING", logger="milcoop.reason"):
        reason(ds)
    assert any("OWL RL reasoner" in r.getMessage() for r in caplog.records)
