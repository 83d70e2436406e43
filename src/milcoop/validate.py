"""SHACL validation of a milcoop graph, and reports that people and CI tools can read.

pyshacl runs on one rdflib in-memory Graph: the union of the asserted graphs (never the inferred
one, whose triples are consequences, not claims) plus the ontology's rdfs:subClassOf axioms, which
SHACL needs so that `sh:targetClass mc:CooperationEvent` reaches every event subclass. Each result
about an extracted fact is traced back to the document and quote it came from.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from pathlib import Path

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from . import paths, store
from .namespaces import (
    BASE,
    GRAPH,
    INFERRED_GRAPH,
    MC,
    OA,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SCHEMA,
    SH,
    TIME,
    bind_prefixes,
    document_iri,
)

SHAPES_NS = Namespace(BASE + "shapes#")
SEVERITIES = ("Violation", "Warning", "Info")
_DOC_GRAPH = str(GRAPH["document/"])
# Links from an event to the nodes that hang off it: a result about such a node is traced to
# the event's evidence.
_OWNER_LINKS = (MC.value, MC.equipmentLot, TIME.hasTime, TIME.hasBeginning, TIME.hasEnd)


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, with IRIs as strings so it serialises as is."""

    focus: str
    path: str | None
    value: str | None
    severity: str  # Violation | Warning | Info
    message: str
    shape: str  # the named node shape that reported it
    constraint: str  # SHACL constraint component, e.g. "MinCountConstraintComponent"
    property_shape: str | None = None  # the named property shape, when it has an IRI
    document: str | None = None  # the document the offending fact was extracted from
    quote: str | None = None  # the passage of that document supporting the fact
    datatype: str | None = None  # the value's datatype, when it is a typed literal

    def sort_key(self) -> tuple:
        return (
            SEVERITIES.index(self.severity),
            self.shape,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
            self.constraint,
        )


@dataclass
class ValidationReport:
    conforms: bool  # no result of severity Violation
    results: list[ValidationResult] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)  # node shapes with targets that were run

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)


# ---------------------------------------------------------------------------------------------
# Loading


def load_shapes(shapes: Graph | Path | str | None = None) -> Graph:
    """The shapes graph: a Graph as is, or every *.ttl of a folder (default: the bundled shapes)."""
    if isinstance(shapes, Graph):
        return shapes
    where = Path(shapes) if shapes is not None else paths.SHAPES_DIR
    graph = Graph()
    bind_prefixes(graph)
    for path in sorted(where.glob("*.ttl")) if where.is_dir() else [where]:
        store.parse_into(graph, path, "turtle")
    return graph


def _ontology(ontology: Graph | Path | str | None, ds: Dataset | None) -> Graph:
    """The given ontology; by default the bundled one plus whatever the dataset's ontology graph
    adds (a dump may carry an excerpt or an extension, never less than the bundled hierarchy)."""
    if isinstance(ontology, Graph):
        return ontology
    if ontology is not None:
        return store.parse_graph(Path(ontology))
    bundled = store.parse_graph(paths.ONTOLOGY_FILE)
    if ds is not None:
        for triple in ds.graph(ONTOLOGY_GRAPH):
            bundled.add(triple)
    return bundled


class _PreparedQueryGraph(Graph):
    """A Graph that parses each SPARQL text once: pyshacl sends the same constraint query for
    every focus node, and rdflib would spend tens of milliseconds re-parsing it each time."""

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = store.prepare(query_object)
        return super().query(query_object, *args, **kwargs)


def _data_graph(ds: Dataset | Graph, ontology: Graph) -> Graph:
    """Union of the asserted graphs plus the class hierarchy, in a fresh in-memory Graph."""
    union = _PreparedQueryGraph()
    bind_prefixes(union)
    if isinstance(ds, Dataset):
        for context in ds.graphs():
            if context.identifier not in (INFERRED_GRAPH, ONTOLOGY_GRAPH):
                for triple in context:
                    union.add(triple)
    else:
        for triple in ds:
            union.add(triple)
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        union.add(triple)
    return union


# ---------------------------------------------------------------------------------------------
# Validation


def validate(
    data: Dataset | Graph | Path | str,
    shapes: Graph | Path | str | None = None,
    ontology: Graph | Path | str | None = None,
) -> ValidationReport:
    """Validate a Dataset, Graph or dump file against the milcoop shapes."""
    if isinstance(data, str | Path):
        data = store.load_dump(Path(data))
    ds = data if isinstance(data, Dataset) else None
    shapes_graph = load_shapes(shapes)
    union = _data_graph(data, _ontology(ontology, ds))
    _conforms, results_graph, _text = pyshacl.validate(
        union,
        shacl_graph=shapes_graph,
        inference="none",
        inplace=True,
        allow_infos=True,
        allow_warnings=True,
        abort_on_first=False,
    )
    return _report(results_graph, shapes_graph, union, ds)


def check_shapes(shapes: Graph | Path | str | None = None) -> ValidationReport | None:
    """Check that the shapes are valid SHACL (against SHACL-SHACL): None when they are."""
    shapes_graph = load_shapes(shapes)
    meta = Graph()
    meta.parse(
        data=(files("pyshacl") / "assets" / "shacl-shacl.ttl").read_text("utf-8"), format="turtle"
    )
    conforms, results_graph, _text = pyshacl.validate(
        shapes_graph, shacl_graph=meta, inference="none", abort_on_first=False
    )
    if conforms:
        return None
    return _report(results_graph, meta, shapes_graph, None)


def _owner_shapes(shapes: Graph) -> dict[Node, Node]:
    owners: dict[Node, Node] = {}
    for node_shape, prop in shapes.subject_objects(SH.property):
        owners.setdefault(prop, node_shape)
    return owners


def _targeted_shapes(shapes: Graph) -> list[str]:
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    found = {s for t in targets for s in shapes.subjects(t, None) if isinstance(s, URIRef)}
    return sorted(str(s) for s in found)


def _term(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return "[blank node]"  # blank node labels change from run to run
    return str(node)


def _path(results: Graph, node: Node | None) -> str | None:
    """A property path as text: IRI, ^inverse, a/b sequence or a|b alternatives."""
    if node is None or isinstance(node, URIRef | Literal):
        return _term(node)
    alternatives = results.value(node, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_path(results, p) or "" for p in results.items(alternatives))
    inverse = results.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + (_path(results, inverse) or "")
    if results.value(node, RDF.first) is not None:
        return "/".join(_path(results, p) or "" for p in results.items(node))
    return _term(node)


def _message(results: Graph, result: Node) -> str:
    messages = sorted(
        results.objects(result, SH.resultMessage),
        key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)),
    )
    return str(messages[0]) if messages else "constraint not met"


def _report(results: Graph, shapes: Graph, data: Graph, ds: Dataset | None) -> ValidationReport:
    owners = _owner_shapes(shapes)
    out: list[ValidationResult] = []
    # Only the top-level results: nested ones (sh:detail) repeat them in the words of helpers.
    for result in results.objects(None, SH.result):
        source = results.value(result, SH.sourceShape)
        owner = owners.get(source, source)
        focus = results.value(result, SH.focusNode)
        path_node = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        component = results.value(result, SH.sourceConstraintComponent)
        document, quote = _provenance(data, ds, focus, path_node, value)
        named_property_shape = owner != source and isinstance(source, URIRef)
        out.append(
            ValidationResult(
                focus=_term(focus) or "",
                path=_path(results, path_node),
                value=_term(value),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                message=_message(results, result),
                shape=_term(owner) or "",
                constraint=str(component).rsplit("#", 1)[-1] if component is not None else "",
                property_shape=str(source) if named_property_shape else None,
                document=document,
                quote=quote,
                datatype=str(value.datatype)
                if isinstance(value, Literal) and value.datatype is not None
                else None,
            )
        )
    out = sorted(set(out), key=ValidationResult.sort_key)
    return ValidationReport(
        conforms=not any(r.severity == "Violation" for r in out),
        results=out,
        shapes=_targeted_shapes(shapes),
    )


# ---------------------------------------------------------------------------------------------
# Tracing a result to its source document and quote


def _annotations(g: Graph, focus: Node) -> list[Node]:
    """The annotations that anchor `focus` (an annotation, its target, a selector or a body)."""
    if (focus, RDF.type, OA.Annotation) in g:
        return [focus]
    targets = [focus, *g.subjects(OA.hasSelector, focus)]
    found = [a for t in targets for a in g.subjects(OA.hasTarget, t)]
    if found:
        return found
    found = [*g.subjects(OA.hasBody, focus), *g.objects(focus, MC.evidence)]
    if found:
        return found
    owners = [s for link in _OWNER_LINKS for s in g.subjects(link, focus)]
    return [a for owner in owners for a in _annotations(g, owner)]


def _anchor(g: Graph, annotation: Node) -> tuple[str, int, str | None] | None:
    target = g.value(annotation, OA.hasTarget)
    document = g.value(target, OA.hasSource) if target is not None else None
    if document is None:
        return None
    exact, start = None, -1
    for selector in g.objects(target, OA.hasSelector):
        exact = g.value(selector, OA.exact) or exact
        start_lit = g.value(selector, OA.start)
        if isinstance(start_lit, Literal) and isinstance(start_lit.toPython(), int):
            start = start_lit.toPython()
    return str(document), start, str(exact) if exact is not None else None


def _graph_documents(ds: Dataset | None, pattern: tuple) -> set[str]:
    """Documents whose graph asserts a triple matching `pattern`: the fact's extraction sources."""
    if ds is None:
        return set()
    names = {str(quad[3]) for quad in ds.quads((*pattern, None)) if quad[3] is not None}
    return {
        str(document_iri(name[len(_DOC_GRAPH) :])) for name in names if name.startswith(_DOC_GRAPH)
    }


def _provenance(
    g: Graph, ds: Dataset | None, focus: Node | None, path: Node | None, value: Node | None
) -> tuple[str | None, str | None]:
    if focus is None:
        return None, None
    if (focus, RDF.type, SCHEMA.NewsArticle) in g:
        return str(focus), None
    preferred: set[str] = set()
    if isinstance(path, URIRef) and value is not None:
        preferred = _graph_documents(ds, (focus, path, value))
    if not preferred:
        preferred = _graph_documents(ds, (focus, None, None))
    anchors = sorted(
        filter(None, (_anchor(g, a) for a in set(_annotations(g, focus)))),
        key=lambda a: (a[0] not in preferred, a[0], a[1], a[2] or ""),
    )
    if anchors:
        return anchors[0][0], anchors[0][2]
    return (min(preferred), None) if preferred else (None, None)


# ---------------------------------------------------------------------------------------------
# Formats


def _short(iri: str | None) -> str:
    if iri is None:
        return ""
    spaces = sorted([*PREFIXES.items(), ("mcsh", SHAPES_NS)], key=lambda p: -len(str(p[1])))
    for prefix, ns in spaces:
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return iri


def _block(r: ValidationResult) -> str:
    lines = [
        f"{r.severity}: {r.message}",
        f"  shape:    {_short(r.shape)} ({r.constraint})",
        f"  focus:    {_short(r.focus)}",
    ]
    if r.path:
        lines.append(f"  path:     {'|'.join(_short(p) for p in r.path.split('|'))}")
    if r.value is not None:
        kind = f" ({_short(r.datatype)})" if r.datatype else ""
        lines.append(f"  value:    {_short(r.value)}{kind}")
    if r.document:
        lines.append(f"  document: {_short(r.document)}")
    if r.quote:
        lines.append(f'  quote:    "{r.quote}"')
    return "\n".join(lines)


def _summary(report: ValidationReport) -> str:
    counts = ", ".join(f"{report.count(s)} {s.lower()}(s)" for s in SEVERITIES)
    return f"{'Conforms' if report.conforms else 'Does not conform'}: {counts}."


def report_text(report: ValidationReport) -> str:
    """One block per result, most severe first, then a one-line summary."""
    blocks = [_block(r) for r in sorted(report.results, key=ValidationResult.sort_key)]
    return "\n\n".join([*blocks, _summary(report)]) + "\n"


def report_json(report: ValidationReport) -> str:
    body = {
        "conforms": report.conforms,
        "counts": {s.lower(): report.count(s) for s in SEVERITIES},
        "shapes": report.shapes,
        "results": [asdict(r) for r in sorted(report.results, key=ValidationResult.sort_key)],
    }
    return json.dumps(body, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def report_junit(report: ValidationReport) -> str:
    """JUnit XML: a passing testcase per clean shape, a failing one per violation."""
    results = sorted(report.results, key=ValidationResult.sort_key)
    violations = [r for r in results if r.severity == "Violation"]
    suite = ET.Element(
        "testsuite", name="milcoop.shacl", errors="0", skipped="0", failures=str(len(violations))
    )
    shapes = sorted(set(report.shapes) | {r.shape for r in results})
    for shape in shapes:
        name = _short(shape)
        failing = [r for r in violations if r.shape == shape]
        for r in failing:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"milcoop.shacl.{name.rsplit(':', 1)[-1]}",
                name=f"{name} {_short(r.focus)}",
            )
            failure = ET.SubElement(case, "failure", type=r.constraint, message=r.message)
            failure.text = _block(r)
        if not failing:
            case = ET.SubElement(suite, "testcase", classname="milcoop.shacl", name=name)
            notes = [_block(r) for r in results if r.shape == shape]
            if notes:
                ET.SubElement(case, "system-out").text = "\n\n".join(notes)
    suite.set("tests", str(len(suite)))
    root = ET.Element(
        "testsuites",
        name="milcoop validate",
        tests=suite.get("tests", "0"),
        failures=str(len(violations)),
        errors="0",
    )
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def exit_code(report: ValidationReport) -> int:
    """0 when the data conforms (warnings allowed), 1 when there is any violation."""
    return 0 if report.conforms else 1
