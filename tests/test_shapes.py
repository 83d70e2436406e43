"""The SHACL shapes and `milcoop.validate`: every shape catches its broken example, the valid
example passes, results name their source document and quote, and the report formats parse."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from milcoop import paths, store
from milcoop.errors import MilcoopError
from milcoop.namespaces import (
    CODE,
    INFERRED_GRAPH,
    MC,
    OA,
    ONTOLOGY_GRAPH,
    SCHEMA,
    SH,
    document_graph,
    document_iri,
)
from milcoop.validate import (
    SHAPES_NS,
    ValidationReport,
    check_shapes,
    exit_code,
    load_shapes,
    report_json,
    report_junit,
    report_text,
    validate,
)

DATA = Path(__file__).parent / "data" / "shapes"
VALID = DATA / "valid.ttl"
BROKEN = sorted((DATA / "broken").glob("*.ttl"))
FIXTURE_STEM = "900_shapes_fixture"
NAVAL_EXERCISE = URIRef("https://w3id.org/milcoop/id/event/naval-exercise/f1x7")
BAKU = URIRef("https://w3id.org/milcoop/id/place/baku")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def targeted_shapes(shapes: Graph) -> set[str]:
    return {str(s) for s in shapes.subjects(SH.targetClass, None)}


def expected_severity(shapes: Graph, shape: URIRef) -> str:
    """Warning when the shape, or every property shape of it, is declared a warning."""
    if shapes.value(shape, SH.severity) == SH.Warning:
        return "Warning"
    props = list(shapes.objects(shape, SH.property))
    if props and all(shapes.value(p, SH.severity) == SH.Warning for p in props):
        return "Warning"
    return "Violation"


def test_shapes_are_valid_shacl() -> None:
    assert check_shapes() is None


def test_check_shapes_finds_a_broken_shape(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<urn:x:S> a sh:NodeShape ; sh:targetClass <urn:x:C> ;\n"
        '    sh:property [ sh:path <urn:x:p> ; sh:minCount "one" ] .\n',
        encoding="utf-8",
    )
    report = check_shapes(tmp_path)
    assert report is not None and not report.conforms
    assert any("minCount" in (r.path or "") for r in report.results)


def test_every_shape_has_a_broken_example(shapes: Graph) -> None:
    covered = {str(SHAPES_NS[p.name.split(".")[0]]) for p in BROKEN}
    assert targeted_shapes(shapes) <= covered
    assert covered <= targeted_shapes(shapes)  # no example for a shape that does not exist


def test_valid_example_conforms_without_warnings() -> None:
    report = validate(store.parse_graph(VALID))
    assert report.conforms
    assert report.results == [], report_text(report)
    assert exit_code(report) == 0


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_example_is_caught_by_its_shape(shapes: Graph, path: Path) -> None:
    shape = SHAPES_NS[path.name.split(".")[0]]
    report = validate(store.parse_graph(path))
    assert report.results, f"{path.name}: nothing reported"
    assert {r.shape for r in report.results} == {str(shape)}, report_text(report)
    severity = expected_severity(shapes, shape)
    assert {r.severity for r in report.results} == {severity}
    assert exit_code(report) == (1 if severity == "Violation" else 0)
    assert all(r.message and not r.message.startswith("Node ") for r in report.results)


def test_status_values_are_the_status_scheme(shapes: Graph) -> None:
    ontology = store.parse_graph(paths.ONTOLOGY_FILE)
    allowed = shapes.value(SHAPES_NS["EventShape-status"], SH["in"])
    assert set(shapes.items(allowed)) == set(ontology.subjects(SKOS.inScheme, CODE["status"]))


# --- validating datasets: graphs, provenance of results ------------------------------------


def fixture_dataset() -> tuple:
    ds = store.new_dataset()
    store.parse_into(ds.graph(ONTOLOGY_GRAPH), paths.ONTOLOGY_FILE)
    doc_graph = ds.graph(document_graph(FIXTURE_STEM))
    store.parse_into(doc_graph, VALID)
    return ds, doc_graph


def test_result_names_source_document_and_quote() -> None:
    ds, doc_graph = fixture_dataset()
    ngo = URIRef("https://w3id.org/milcoop/id/org/some-ngo")
    doc_graph.add((ngo, RDF.type, MC.ResearchOrganization))
    doc_graph.add((ngo, RDFS.label, Literal("Some NGO")))
    doc_graph.add((NAVAL_EXERCISE, MC.participant, ngo))  # not a state
    report = validate(ds)
    assert not report.conforms
    [result] = report.results
    assert result.focus == str(NAVAL_EXERCISE) and result.value == str(ngo)
    assert result.path == str(MC.participant)
    assert result.document == str(document_iri(FIXTURE_STEM))
    text = str(doc_graph.value(document_iri(FIXTURE_STEM), SCHEMA.text))
    assert result.quote and result.quote in text and "naval drill" in result.quote


def test_inferred_graph_is_not_validated() -> None:
    ds, _ = fixture_dataset()
    ds.graph(INFERRED_GRAPH).add((NAVAL_EXERCISE, MC.participant, Literal("not a state")))
    assert validate(ds).conforms


def test_validate_a_dump_file(tmp_path: Path) -> None:
    ds, doc_graph = fixture_dataset()
    doc_graph.add((NAVAL_EXERCISE, MC.endDate, Literal("2022-12-01", datatype=MC.bogus)))
    dump = tmp_path / "milcoop.trig"
    ds.serialize(dump, format="trig")
    report = validate(dump)
    assert [r.path for r in report.results] == [str(MC.endDate)] * len(report.results)
    assert exit_code(report) == 1


def test_missing_dump_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(MilcoopError, match="no such file"):
        validate(tmp_path / "absent.trig")


def test_bad_shapes_file_is_a_user_error(tmp_path: Path) -> None:
    bad = tmp_path / "shapes.ttl"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(MilcoopError) as caught:
        validate(store.parse_graph(VALID), shapes=bad)
    assert "shapes.ttl" in str(caught.value)


def quote_graph(
    text: str,
    quote: str,
    offset_shift: int = 0,
    stem: str = "920_codepoints",
    body: URIRef = BAKU,
) -> Graph:
    """A document quoting `quote` with offsets from Python indexing: an identifying annotation
    of a place, or, when `body` is an event, the event's evidence."""
    doc = document_iri(stem)
    start = text.index(quote) + offset_shift
    end = start + len(quote)
    ann = URIRef(f"https://w3id.org/milcoop/id/annotation/{stem}/{start}-{end}")
    target, sel_q, sel_p = (URIRef(f"{ann}/{part}") for part in ("target", "quote", "position"))
    g = Graph()
    if "/event/" in str(body):
        g.add((ann, OA.motivatedBy, OA.describing))
        g.add((body, MC.evidence, ann))
        g.add((body, PROV.wasDerivedFrom, doc))
    else:
        g.add((ann, OA.motivatedBy, OA.identifying))
        g.add((doc, SCHEMA.mentions, body))
        g.add((body, RDF.type, MC.Place))
        g.add((body, RDFS.label, Literal("Baku")))
    for triple in [
        (doc, RDF.type, SCHEMA.NewsArticle),
        (doc, RDF.type, PROV.Entity),
        (doc, SCHEMA.headline, Literal("Code points")),
        (doc, SCHEMA.text, Literal(text)),
        (doc, MC.sha256, Literal(hashlib.sha256(text.encode()).hexdigest())),
        (ann, RDF.type, OA.Annotation),
        (ann, OA.hasBody, body),
        (ann, OA.hasTarget, target),
        (target, RDF.type, OA.SpecificResource),
        (target, OA.hasSource, doc),
        (target, OA.hasSelector, sel_q),
        (target, OA.hasSelector, sel_p),
        (sel_q, RDF.type, OA.TextQuoteSelector),
        (sel_q, OA.exact, Literal(quote)),
        (sel_p, RDF.type, OA.TextPositionSelector),
        (sel_p, OA.start, Literal(start)),
        (sel_p, OA.end, Literal(end)),
    ]:
        g.add(triple)
    return g


def test_result_names_the_document_that_states_the_fact() -> None:
    """An event two documents support: the bad statement comes from the second one only."""
    ds, _ = fixture_dataset()
    second = ds.graph(document_graph("930_second"))
    text = "A later report: the Turgutreis drill also involved a research body."
    for triple in quote_graph(text, "the Turgutreis drill", stem="930_second", body=NAVAL_EXERCISE):
        second.add(triple)
    ngo = URIRef("https://w3id.org/milcoop/id/org/some-ngo")
    second.add((ngo, RDF.type, MC.ResearchOrganization))
    second.add((ngo, RDFS.label, Literal("Some NGO")))
    second.add((NAVAL_EXERCISE, MC.participant, ngo))
    report = validate(ds)
    [result] = report.results
    assert result.document == str(document_iri("930_second"))
    assert result.quote == "the Turgutreis drill"


def test_offsets_count_code_points() -> None:
    """Characters outside the BMP count once (Python str indices), not twice (UTF-16)."""
    text = "Flags 🇹🇷🇦🇿 and 𝐁𝐨𝐥𝐝 words before Baku, then more."
    assert validate(quote_graph(text, "Baku")).results == []
    shifted = validate(quote_graph(text, "Baku", offset_shift=6))  # what UTF-16 counting gives
    assert {r.shape for r in shifted.results} == {str(SHAPES_NS["QuoteMatchesTextShape"])}
    assert shifted.results[0].document == str(document_iri("920_codepoints"))
    assert shifted.results[0].quote == "Baku"


# --- report formats ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_report() -> ValidationReport:
    """Violations and warnings from two broken examples together."""
    g = Graph()
    for name in ("EventShape.participant-not-state", "OfficialVisitShape.no-roles"):
        store.parse_into(g, DATA / "broken" / f"{name}.ttl")
    return validate(g)


def test_report_text(mixed_report: ValidationReport) -> None:
    text = report_text(mixed_report)
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(mixed_report.results) + 1  # one per result, then the summary
    assert blocks[0].startswith("Violation:") and blocks[-2].startswith("Warning:")
    assert "mcsh:EventShape" in text and "focus:    mcid:event/" in text
    assert blocks[-1].startswith("Does not conform")


def test_report_json(mixed_report: ValidationReport) -> None:
    body = json.loads(report_json(mixed_report))
    assert body["conforms"] is False
    assert body["counts"]["violation"] == mixed_report.count("Violation") > 0
    assert body["counts"]["warning"] == 2
    assert len(body["results"]) == len(mixed_report.results)
    assert {"focus", "path", "value", "severity", "message", "shape", "document", "quote"} <= set(
        body["results"][0]
    )


def test_report_junit(mixed_report: ValidationReport) -> None:
    root = ET.fromstring(report_junit(mixed_report))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    failures = suite.findall("testcase/failure")
    assert len(failures) == mixed_report.count("Violation") == int(suite.get("failures", "-1"))
    assert int(suite.get("tests", "-1")) == len(cases)
    names = {c.get("name") for c in cases}
    assert "mcsh:StateShape" in names  # clean shapes are passing testcases
    assert any(
        "OfficialVisitShape" in (c.get("name") or "") and c.find("system-out") is not None
        for c in cases
    )  # warnings are shown, not failed


def test_reports_are_deterministic() -> None:
    def run() -> tuple[str, str, str]:
        g = Graph()
        for path in BROKEN[:6]:
            store.parse_into(g, path)
        report = validate(g)
        return report_text(report), report_json(report), report_junit(report)

    assert run() == run()
