"""The ontology: parses, covers docs/model.md, documents every term, and stays inside OWL 2 RL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

import milcoop
from milcoop import paths, store
from milcoop.namespaces import CODE, MC, ONTOLOGY_IRI, SEM

MODEL = Path(__file__).resolve().parents[1] / "docs" / "model.md"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
# Properties the project brief asks for on top of those docs/model.md names.
BRIEF_PROPERTIES = [
    *("iso3166Alpha2", "iso3166Alpha3", "demonym", "geonamesId", "sha256", "quantity", "name"),
    *("startDate", "endDate", "dateText", "capital", "state", "manufacturer", "status", "value"),
    *("equipmentLot", "equipment", "evidence", "involves", "place", "participant", "host"),
    *("supplier", "recipient", "signatory", "visitor"),
]


@pytest.fixture(scope="module")
def ont() -> Graph:
    return store.parse_graph(paths.ONTOLOGY_FILE)


def ask(graph: Graph, sparql: str) -> bool:
    return bool(store.query(graph, sparql).askAnswer)


def mc_terms(graph: Graph) -> set[URIRef]:
    return {
        s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(str(MC))
    }


def model_classes() -> set[str]:
    """Class names from the "Classes (all `mc:`)" section of docs/model.md."""
    text = MODEL.read_text(encoding="utf-8")
    section = text.split("## Classes", 1)[1].split("\n## ", 1)[0]
    section = section.split("Other:", 1)[0]  # the "Other" line lists classes of other vocabularies
    names = set(re.findall(r"`([A-Z][A-Za-z]+)`", section))
    return names | {"EquipmentLot"}  # listed under "Other" as an mc: class


def test_header(ont: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ont
    assert ont.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(milcoop.__version__)
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert ont.value(ONTOLOGY_IRI, prop) is not None, prop


def test_every_model_class_is_declared(ont: Graph) -> None:
    names = model_classes()
    assert len(names) >= 30, names  # the section parser found the list
    missing = {n for n in names if (MC[n], RDF.type, OWL.Class) not in ont}
    assert not missing


def test_every_model_property_is_declared(ont: Graph) -> None:
    used = set(re.findall(r"`mc:([a-z][A-Za-z0-9]+)`", MODEL.read_text(encoding="utf-8")))
    used |= set(BRIEF_PROPERTIES)
    declared = {t for t in mc_terms(ont)}
    missing = {p for p in used if MC[p] not in declared}
    assert not missing


def test_every_term_has_label_and_definition(ont: Graph) -> None:
    terms = mc_terms(ont)
    assert len(terms) > 50
    for term in sorted(terms):
        labels = [lab for lab in ont.objects(term, RDFS.label) if lab.language == "en"]
        definitions = [d for d in ont.objects(term, SKOS.definition) if d.language == "en"]
        assert len(labels) == 1, term
        assert len(definitions) == 1 and len(str(definitions[0])) > 20, term


def test_no_undeclared_mc_iris(ont: Graph) -> None:
    """A typo in an mc: IRI would silently mint a new term."""
    mentioned = {t for triple in ont for t in triple if isinstance(t, URIRef)}
    mentioned = {t for t in mentioned if str(t).startswith(str(MC))}
    assert mentioned <= mc_terms(ont)


@pytest.mark.parametrize(
    "construct",
    [
        "owl:someValuesFrom",
        "owl:unionOf",
        "owl:complementOf",
        "owl:minCardinality",
        "owl:minQualifiedCardinality",
        "owl:hasSelf",
        "owl:oneOf",
        "owl:disjointUnionOf",
        "owl:ReflexiveProperty",
    ],
)
def test_no_construct_outside_owl2_rl(ont: Graph, construct: str) -> None:
    """Constructs OWL 2 RL forbids, at least in superclass position (milcoop uses none at all)."""
    assert not ask(ont, f"ASK {{ {{ ?s {construct} ?o }} UNION {{ ?s a {construct} }} }}")


def test_axioms_use_named_classes_only(ont: Graph) -> None:
    assert not ask(
        ont,
        """ASK {
        ?s rdfs:subClassOf|owl:equivalentClass|rdfs:domain|rdfs:range|rdfs:subPropertyOf ?o .
        FILTER (isBlank(?s) || isBlank(?o)) }""",
    )


def test_roles_refine_participant(ont: Graph) -> None:
    for role in ("host", "supplier", "recipient", "signatory", "visitor"):
        assert (MC[role], RDFS.subPropertyOf, MC.participant) in ont
    assert (MC.participant, RDFS.subPropertyOf, SEM.hasActor) in ont


def event_classes(ont: Graph) -> set[URIRef]:
    rows = store.query(ont, "SELECT ?c WHERE { ?c rdfs:subClassOf* mc:CooperationEvent }")
    return {row.c for row in rows}


def test_event_classes_are_those_of_the_model(ont: Graph) -> None:
    text = MODEL.read_text(encoding="utf-8")
    paragraph = text.split("\nEvents:", 1)[1].split("Each event class", 1)[0]
    names = set(re.findall(r"`([A-Z][A-Za-z]+)`", paragraph))
    assert {MC[n] for n in names} == event_classes(ont)


def test_every_event_class_maps_to_cameo_and_plover(ont: Graph) -> None:
    classes = event_classes(ont)
    assert len(classes) > 10
    for cls in classes:
        schemes = {
            ont.value(concept, SKOS.inScheme) for concept in ont.objects(cls, SKOS.closeMatch)
        }
        assert {CODE["cameo"], CODE["plover"]} <= schemes, cls


@pytest.mark.parametrize(
    "cls, cameo, plover",
    [
        ("NavalExercise", "062", "COOPERATE"),
        ("TrainingExchange", "062", "COOPERATE"),
        ("JointProductionProject", "062", "COOPERATE"),
        ("Treaty", "057", "SUPPORT"),
        ("OfficialVisit", "042", "CONSULT"),
        ("ArmsTransfer", "072", "AID"),
        ("ProcurementContract", "062", "COOPERATE"),
        ("DialogueMechanism", "062", "CONSULT"),
    ],
)
def test_coding_alignment(ont: Graph, cls: str, cameo: str, plover: str) -> None:
    matches = set(ont.objects(MC[cls], SKOS.closeMatch))
    assert matches == {CODE[f"cameo/{cameo}"], CODE[f"plover/{plover}"]}


def test_code_lists(ont: Graph) -> None:
    for scheme, codes in {
        "cameo": {"062", "0312", "057", "042", "043", "072"},
        "plover": {"COOPERATE", "AGREE", "SUPPORT", "CONSULT", "AID"},
        "status": {"planned", "ongoing", "completed", "cancelled"},
    }.items():
        assert (CODE[scheme], RDF.type, SKOS.ConceptScheme) in ont
        members = set(ont.subjects(SKOS.inScheme, CODE[scheme]))
        assert members == {CODE[f"{scheme}/{c}"] for c in codes}
        for concept in members:
            assert (concept, RDF.type, SKOS.Concept) in ont
            assert ont.value(concept, SKOS.prefLabel) is not None
            assert str(ont.value(concept, SKOS.notation)) == str(concept).rsplit("/", 1)[1]
    assert str(ont.value(CODE["cameo/057"], SKOS.prefLabel)) == "Sign formal agreement"
