"""The JSON-LD context generated from the ontology, and a compact JSON-LD writer that uses it.

The context is derived from the ontology rather than written by hand so that a new class or
property gets its short term without a second edit. The writer builds the compacted form
directly from the quads (instead of rdflib's JSON-LD serializer) so that the output is sorted,
byte-stable and uses a term only where the term's type coercion fits the value; values that do
not fit are written under the compact IRI, which carries no coercion.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .namespaces import MC, PREFIXES

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef | None]  # graph None: default graph

_TERM = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_CLASS_TYPES = {OWL.Class, RDFS.Class}
_OBJECT_TYPES = {
    OWL.ObjectProperty,
    OWL.TransitiveProperty,
    OWL.SymmetricProperty,
    OWL.AsymmetricProperty,
    OWL.ReflexiveProperty,
    OWL.IrreflexiveProperty,
    OWL.InverseFunctionalProperty,
}
_PROPERTY_TYPES = _OBJECT_TYPES | {
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.FunctionalProperty,
    RDF.Property,
}
# A plain JSON string already means xsd:string; coercing to it would only hide plain values.
_NO_COERCION = {XSD.string, RDF.langString, RDFS.Literal}
_XSD = str(XSD)


def _term_definition(onto: Graph, prop: URIRef, types: set) -> str | dict[str, str]:
    compact = "mc:" + prop[len(MC) :]
    if types & _OBJECT_TYPES:
        return {"@id": compact, "@type": "@id"}
    ranges = set(onto.objects(prop, RDFS.range))
    if len(ranges) == 1:
        (rng,) = ranges
        if isinstance(rng, URIRef) and rng.startswith(_XSD) and rng not in _NO_COERCION:
            return {"@id": compact, "@type": "xsd:" + rng[len(_XSD) :]}
    return {"@id": compact}


def build_context(ontology_graph: Graph) -> dict[str, object]:
    """A JSON-LD 1.1 context: milcoop's prefixes plus one short term per mc: class/property.

    Object properties coerce values to IRIs; datatype properties with a single XSD range coerce
    to that datatype. A local name that clashes with a prefix keeps its compact IRI only.
    """
    context: dict[str, object] = {"@version": 1.1}
    for prefix in sorted(PREFIXES):
        context[prefix] = str(PREFIXES[prefix])
    terms: dict[str, object] = {}
    for subject in set(ontology_graph.subjects(RDF.type, None)):
        if not isinstance(subject, URIRef) or not subject.startswith(str(MC)):
            continue
        local = subject[len(MC) :]
        if not _TERM.fullmatch(local) or local in PREFIXES:
            continue
        types = set(ontology_graph.objects(subject, RDF.type))
        if types & _PROPERTY_TYPES:
            terms[local] = _term_definition(ontology_graph, subject, types)
        elif types & _CLASS_TYPES:
            terms[local] = "mc:" + local
    for term in sorted(terms):
        context[term] = terms[term]
    return context


class _Compactor:
    """IRI compaction against one context: term for vocabulary IRIs, else prefix:suffix."""

    def __init__(self, context: Mapping[str, object]) -> None:
        self.prefixes: list[tuple[str, str]] = []
        self.class_terms: dict[str, str] = {}
        self.property_terms: dict[str, tuple[str, str | None]] = {}
        plain = {k: v for k, v in context.items() if not k.startswith("@")}
        for key, value in plain.items():
            if isinstance(value, str) and value.endswith(_GEN_DELIMS) and ":" not in key:
                self.prefixes.append((value, key))
        self.prefixes.sort(key=lambda item: (-len(item[0]), item[1]))  # longest namespace wins
        for key, value in plain.items():
            if isinstance(value, str) and not value.endswith(_GEN_DELIMS):
                self.class_terms[self.expand(value)] = key
            elif isinstance(value, dict) and "@id" in value:
                coercion = value.get("@type")
                if coercion is not None and coercion != "@id":
                    coercion = self.expand(coercion)
                self.property_terms[self.expand(value["@id"])] = (key, coercion)

    def expand(self, value: str) -> str:
        prefix, sep, suffix = value.partition(":")
        if sep and not suffix.startswith("//"):
            for namespace, name in self.prefixes:
                if name == prefix:
                    return namespace + suffix
        return value

    def iri(self, iri: str, vocab: bool = False) -> str:
        """Compact `iri`; `vocab` allows class terms (keys, @type values)."""
        iri = str(iri)  # rdflib terms never compare equal to plain str keys
        if vocab and iri in self.class_terms:
            return self.class_terms[iri]
        for namespace, name in self.prefixes:
            if iri.startswith(namespace):
                suffix = iri[len(namespace) :]
                if suffix and not suffix.startswith("//"):
                    return f"{name}:{suffix}"
        return iri

    def value(self, obj: URIRef | Literal) -> object:
        """A value with no coercion in effect (key is a compact IRI or an uncoerced term)."""
        if isinstance(obj, Literal):
            if obj.language:
                return {"@language": obj.language, "@value": str(obj)}
            if obj.datatype is not None:
                return {"@type": self.iri(obj.datatype, vocab=True), "@value": str(obj)}
            return str(obj)
        return {"@id": self.iri(obj)}


def _sort_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _fits(obj: URIRef | Literal, coercion: str | None) -> bool:
    if coercion == "@id":
        return isinstance(obj, URIRef)
    return isinstance(obj, Literal) and not obj.language and obj.datatype == URIRef(coercion)


def _node(compactor: _Compactor, subject: URIRef, arcs: list[tuple[URIRef, object]]) -> dict:
    node: dict[str, object] = {"@id": compactor.iri(subject)}
    by_key: dict[str, list[object]] = defaultdict(list)
    for predicate, obj in arcs:
        if predicate == RDF.type and isinstance(obj, URIRef):
            by_key["@type"].append(compactor.iri(obj, vocab=True))
            continue
        term = compactor.property_terms.get(str(predicate))
        if term is not None:
            name, coercion = term
            if coercion is None:
                by_key[name].append(compactor.value(obj))
                continue
            if _fits(obj, coercion):
                by_key[name].append(compactor.iri(obj) if coercion == "@id" else str(obj))
                continue
        # The compact IRI is not a term, so no coercion applies to what is written under it.
        fallback = compactor.iri(predicate)
        by_key[fallback].append(compactor.value(obj))
    # "@id", "@type", then properties: key order is part of the byte-stable output.
    for key in sorted(by_key, key=lambda k: (k != "@type", k)):
        decoded = [json.loads(v) for v in sorted(set(map(_sort_key, by_key[key])))]
        node[key] = decoded[0] if len(decoded) == 1 else decoded
    return node


def _nodes(compactor: _Compactor, triples: Iterable[tuple]) -> list[dict]:
    by_subject: dict[URIRef, list] = defaultdict(list)
    for s, p, o in triples:
        by_subject[s].append((p, o))
    return [_node(compactor, s, by_subject[s]) for s in sorted(by_subject)]


def to_jsonld(quads: Iterable[Quad], context: Mapping[str, object]) -> bytes:
    """Compacted JSON-LD of `quads` with `context` embedded (expandable without a loader).

    Named graphs become `{"@id": g, "@graph": [...]}` entries; default-graph nodes sit at the
    top level. Everything is sorted, so equal quads give equal bytes.
    """
    compactor = _Compactor(context)
    graphs: dict[URIRef | None, list] = defaultdict(list)
    for s, p, o, g in quads:
        graphs[g].append((s, p, o))
    top: dict[str, dict] = {}
    for node in _nodes(compactor, graphs.pop(None, [])):
        top[node["@id"]] = node
    for name in sorted(graphs):
        holder = top.setdefault(compactor.iri(name), {"@id": compactor.iri(name)})
        holder["@graph"] = _nodes(compactor, graphs[name])
    ordered = [top[key] for key in sorted(top, key=compactor.expand)]
    document = {"@context": dict(context), "@graph": ordered}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def context_document(context: Mapping[str, object]) -> bytes:
    """`context.jsonld`: the context on its own, for users who reference it remotely."""
    text = json.dumps({"@context": dict(context)}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
