"""Event coding (`milcoop.coding`): the CAMEO / PLOVER table against the ontology's alignment,
the status and role rules, the SHACL shape's code lists, and the codes of a real seed build."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from milcoop import paths, store
from milcoop.coding import ACTS, DEPTH, EventCoding, code_event, graph_events, sides
from milcoop.namespaces import CODE, MC, REFERENCE_GRAPH
from milcoop.validate import SHAPES_NS, load_shapes

STATUSES = (None, "completed", "ongoing", "planned", "cancelled")
SH_IN = URIRef("http://www.w3.org/ns/shacl#in")


@pytest.fixture(scope="module")
def ont() -> Graph:
    return store.parse_graph(paths.ONTOLOGY_FILE)


def event_classes() -> list[str]:
    ont = store.parse_graph(paths.ONTOLOGY_FILE)
    rows = store.query(ont, "SELECT ?c WHERE { ?c rdfs:subClassOf* mc:CooperationEvent }")
    return sorted(str(row.c).rsplit("#", 1)[1] for row in rows)


def close_match(ont: Graph, cls: str, scheme: str) -> str:
    """The notation of the class's skos:closeMatch in `scheme`: the ontology's own alignment."""
    [concept] = [
        c for c in ont.objects(MC[cls], SKOS.closeMatch) if (c, SKOS.inScheme, CODE[scheme]) in ont
    ]
    return str(ont.value(concept, SKOS.notation))


def test_table_covers_exactly_the_event_classes() -> None:
    assert sorted(ACTS) == event_classes()


def test_depth_is_the_ontology_hierarchy(ont: Graph) -> None:
    for cls in ACTS:
        rows = store.query(
            ont,
            "SELECT (COUNT(DISTINCT ?up) AS ?n) WHERE {"
            " ?c rdfs:subClassOf+ ?up . ?up rdfs:subClassOf* mc:CooperationEvent }",
            {"c": MC[cls]},
        )
        assert DEPTH[cls] == int(next(iter(rows)).n), cls


def test_graph_with_inferred_supertypes_is_coded_by_the_specific_class() -> None:
    event = URIRef("https://w3id.org/milcoop/id/event/treaty/x1")
    g = Graph()
    for cls in ("CooperationEvent", "Agreement", "Treaty"):
        g.add((event, RDF.type, MC[cls]))
    g.add((event, MC.status, CODE["status/cancelled"]))
    assert dict(graph_events(g)) == {event: EventCoding("057", "SUPPORT", "negated")}
    g.remove((event, RDF.type, MC.Treaty))
    g.add((event, RDF.type, MC.OfficialVisit))  # two unrelated classes: the first by name wins
    assert dict(graph_events(g))[event].plover == "SUPPORT"


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("cls", event_classes())
def test_coding_of_each_class_and_status(ont: Graph, cls: str, status: str | None) -> None:
    coding = code_event(cls, status)
    if status == "planned":  # every planned act is an intent, whatever it would have been
        assert coding == EventCoding("0312", "AGREE", "future")
        return
    # what happened (or was called off) is coded as the ontology aligns the class
    assert coding.cameo == close_match(ont, cls, "cameo")
    assert coding.plover == close_match(ont, cls, "plover")
    assert coding.mode == ("negated" if status == "cancelled" else "")


@pytest.mark.parametrize(
    "cls, cameo, plover",
    [
        ("NavalExercise", "062", "COOPERATE"),
        ("TrainingExchange", "062", "COOPERATE"),
        ("JointProductionProject", "062", "COOPERATE"),
        ("ProcurementContract", "062", "COOPERATE"),
        ("MemorandumOfUnderstanding", "057", "SUPPORT"),
        ("ArmsTransfer", "072", "AID"),
        ("OfficialVisit", "042", "CONSULT"),
    ],
)
def test_the_field_notes_codes(cls: str, cameo: str, plover: str) -> None:
    assert code_event(cls, "completed") == EventCoding(cameo, plover, "")


TUR, PAK, AZE = "TUR", "PAK", "AZE"


@pytest.mark.parametrize(
    "roles, participants, expected",
    [
        ({"visitor": {TUR}, "host": {PAK}}, {TUR, PAK}, ("042", "visit")),
        ({"host": {PAK}}, {TUR, PAK}, ("042", "visit")),  # the other state is the visitor
        ({"visitor": {TUR}}, {TUR, PAK}, ("042", "visit")),
        ({"host": {PAK}}, {PAK}, ("043", "")),  # only the host is known: it hosts
        ({"visitor": {TUR}}, {TUR}, ("042", "")),  # a visitor and nobody to visit
        ({}, {TUR, PAK}, ("042", "")),  # no roles: no host/visit distinction
    ],
)
def test_visits_are_coded_from_the_visitor(roles, participants, expected) -> None:
    coding = code_event("OfficialVisit", "completed", roles, participants)
    assert (coding.cameo, coding.plover, coding.mode) == (*expected[:1], "CONSULT", expected[1])


def test_status_mode_wins_over_visit_mode() -> None:
    roles = {"visitor": {TUR}, "host": {PAK}}
    assert code_event("OfficialVisit", "cancelled", roles, {TUR, PAK}).mode == "negated"
    assert code_event("OfficialVisit", "planned", roles, {TUR, PAK}).mode == "future"
    assert code_event("OfficialVisit", "ongoing", roles, {TUR, PAK}).mode == "visit"


def test_roles_do_not_change_other_classes() -> None:
    roles = {"supplier": {TUR}, "recipient": {PAK}, "host": {PAK}}
    assert code_event("ArmsTransfer", "completed", roles, {TUR, PAK}) == EventCoding(
        "072", "AID", ""
    )


@pytest.mark.parametrize("cls, status", [("Exercise", None), ("JointExercise", "done")])
def test_unknown_class_or_status_is_refused(cls: str, status: str | None) -> None:
    with pytest.raises(ValueError):
        code_event(cls, status)


@pytest.mark.parametrize(
    "roles, participants, actor, recipient",
    [
        ({"supplier": {TUR}, "recipient": {PAK}}, {TUR, PAK}, [TUR], [PAK]),
        ({"recipient": {PAK}}, {TUR, PAK}, [TUR], [PAK]),  # the other participant supplies
        ({"recipient": {PAK}}, {PAK}, [], [PAK]),  # no supplier is invented
        ({"visitor": {TUR}, "host": {AZE}}, {TUR, AZE}, [TUR], [AZE]),
        ({"host": {AZE}}, {AZE, PAK, TUR}, [PAK, TUR], [AZE]),  # guests act, the host receives
        ({"signatory": {AZE, TUR}}, {AZE, TUR}, [AZE, TUR], []),  # reciprocal
        ({}, {TUR, PAK, AZE}, [AZE, PAK, TUR], []),
    ],
)
def test_sides(roles, participants, actor, recipient) -> None:
    assert sides(roles, participants) == (actor, recipient)


def test_concepts_are_in_the_ontology_schemes(ont: Graph) -> None:
    codings = {code_event(c, s, {"visitor": {TUR}}, {TUR, PAK}) for c in ACTS for s in STATUSES}
    codings.add(code_event("OfficialVisit", None, {"host": {PAK}}, {PAK}))
    scheme = {MC.cameoCode: "cameo", MC.ploverType: "plover", MC.ploverMode: "plover-mode"}
    seen = set()
    for coding in codings:
        concepts = coding.concepts
        assert (MC.ploverMode in concepts) == bool(coding.mode)  # no triple for an empty mode
        for prop, concept in concepts.items():
            assert (concept, SKOS.inScheme, CODE[scheme[prop]]) in ont, concept
            seen.add(concept)
    # every CAMEO code and PLOVER type of the schemes is reachable from the table
    for name in ("cameo", "plover"):
        assert set(ont.subjects(SKOS.inScheme, CODE[name])) <= seen, name


@pytest.mark.parametrize(
    "shape, scheme",
    [("cameo", "cameo"), ("plover", "plover"), ("mode", "plover-mode")],
)
def test_shape_lists_are_the_schemes(ont: Graph, shape: str, scheme: str) -> None:
    shapes = load_shapes()
    allowed = shapes.value(SHAPES_NS[f"EventCodingShape-{shape}"], SH_IN)
    assert set(shapes.items(allowed)) == set(ont.subjects(SKOS.inScheme, CODE[scheme]))


def test_reference_events_are_coded_from_their_description() -> None:
    g = Graph()
    for path in sorted(paths.REFERENCE_DIR.glob("*.ttl")):
        store.parse_into(g, path)
    coded = dict(graph_events(g))
    typed = {s for cls in ACTS for s in g.subjects(RDF.type, MC[cls])}
    assert set(coded) == typed and len(coded) >= 5
    aukus = URIRef("https://w3id.org/milcoop/id/event/known/aukus")
    assert coded[aukus] == EventCoding("057", "SUPPORT", "")


# --- a real build --------------------------------------------------------------------------


def test_every_event_of_the_seed_build_has_its_codes(seed_build) -> None:
    result, _ = seed_build
    ds = result.dataset
    rows = store.query(
        ds,
        """SELECT ?e (COUNT(DISTINCT ?c) AS ?cameo) (COUNT(DISTINCT ?t) AS ?types)
                      (COUNT(DISTINCT ?m) AS ?modes) WHERE {
             ?e a ?cls . ?cls rdfs:subClassOf* mc:CooperationEvent .
             OPTIONAL { ?e mc:cameoCode ?c } OPTIONAL { ?e mc:ploverType ?t }
             OPTIONAL { ?e mc:ploverMode ?m }
           } GROUP BY ?e""",
    )
    counts = {row.e: (int(row.cameo), int(row.types), int(row.modes)) for row in rows}
    assert len(counts) >= 20
    assert all(c[:2] == (1, 1) and c[2] <= 1 for c in counts.values()), counts


def test_unreported_reference_events_are_coded_in_the_reference_graph(seed_build) -> None:
    ds = seed_build[0].dataset
    anzus = URIRef("https://w3id.org/milcoop/id/event/known/anzus-treaty")  # in no seed text
    graphs = {g.identifier for g in ds.graphs() if (anzus, MC.cameoCode, None) in g}
    assert graphs == {REFERENCE_GRAPH}


def test_seed_codes_follow_status_and_roles(seed_build) -> None:
    ds = seed_build[0].dataset
    rows = store.query(
        ds,
        """SELECT ?e ?status ?cameo ?type ?mode WHERE {
             ?e mc:status ?status ; mc:cameoCode ?cameo ; mc:ploverType ?type .
             OPTIONAL { ?e mc:ploverMode ?mode } }""",
    )
    by_status: dict[str, set] = {}
    for row in rows:
        status = str(row.status).rsplit("/", 1)[1]
        by_status.setdefault(status, set()).add((row.cameo, row.type, row.mode))
    # "Pakistan is also expected to receive the KALKA ... system from Turkey"
    assert by_status["planned"] == {
        (CODE["cameo/0312"], CODE["plover/AGREE"], CODE["plover-mode/future"])
    }
    visits = store.query(
        ds,
        "SELECT ?e ?m WHERE { ?e a mc:OfficialVisit ; mc:visitor ?v ; mc:host ?h ."
        " OPTIONAL { ?e mc:ploverMode ?m } }",
    )
    modes = {row.m for row in visits}
    assert modes == {CODE["plover-mode/visit"]}
