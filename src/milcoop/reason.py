"""OWL 2 RL reasoning: what the ontology implies about the data, kept apart from what was said.

owlrl computes the closure of ontology + reference + document graphs in a scratch Graph; only the
new and useful triples go into `mcgraph:inferred`, so a query can ask for asserted facts alone
(or for the union) and the dump shows which triples are consequences.
"""

from __future__ import annotations

import logging

import owlrl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from . import paths, store
from .namespaces import GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

log = logging.getLogger(__name__)

# Subjects in these namespaces are built-in vocabulary: what owlrl says about them is axiom
# boilerplate (owl:Thing a owl:Class, xsd:string a rdfs:Datatype, ...), not knowledge.
BUILT_IN = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD, SKOS))
# Types every resource has; stating them adds nothing a query can use.
TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource}
# Properties that relate every class or property to itself; the reflexive cases are noise.
REFLEXIVE = {
    OWL.sameAs,
    RDFS.subClassOf,
    OWL.equivalentClass,
    RDFS.subPropertyOf,
    OWL.equivalentProperty,
}
_ERROR_NS = "http://www.daml.org/2002/03/agents/agent-ont#"  # where owlrl reports inconsistencies
_DOC_GRAPH = str(GRAPH["document/"])


def _sources(ds: Dataset) -> list[Graph]:
    """The graphs reasoned over: ontology, reference and every document graph, in name order."""
    docs = sorted(
        (g for g in ds.graphs() if str(g.identifier).startswith(_DOC_GRAPH)),
        key=lambda g: str(g.identifier),
    )
    ontology = ds.graph(ONTOLOGY_GRAPH)
    if len(ontology) == 0:  # a dataset built without its ontology still gets the ontology's rules
        ontology = store.parse_graph(paths.ONTOLOGY_FILE)
    return [ontology, ds.graph(REFERENCE_GRAPH), *docs]


def is_junk(triple: tuple) -> bool:
    """True for closure triples that carry no information worth storing."""
    s, p, o = triple
    if isinstance(s, Literal | BNode) or str(s).startswith(BUILT_IN):
        return True
    if p == RDF.type and o in TRIVIAL_TYPES:
        return True
    if p in REFLEXIVE and s == o:
        return True
    return p in (RDFS.subClassOf, RDFS.domain, RDFS.range) and o == OWL.Thing


# Constructs that let OWL RL equate individuals (owl:sameAs) and so join any two data triples;
# with none of them in sight, a data triple can only take part in a rule through its predicate
# or its class, which is what `relevant` keeps.
SAME_AS_SOURCES = {
    OWL.sameAs,
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.hasKey,
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
    OWL.cardinality,
    OWL.qualifiedCardinality,
}
_VOCAB = (str(RDFS), str(OWL))


def _is_schema(triple: tuple) -> bool:
    _s, p, o = triple
    if p in (RDF.first, RDF.rest):
        return True
    if p == RDF.type:
        return str(o).startswith(_VOCAB)
    return str(p).startswith(_VOCAB) and p not in (RDFS.label, RDFS.comment, RDFS.seeAlso)


def relevant(triples: list[tuple]) -> list[tuple]:
    """The triples an OWL RL rule can use: schema triples, and data triples whose predicate or
    class the schema mentions. Everything else (labels, quotes, offsets, body text) cannot fire
    or join a rule, so leaving it out gives the same closure in a fraction of the time. When
    the data could derive owl:sameAs, every triple may matter and all are kept."""
    schema = [t for t in triples if _is_schema(t)]
    terms = {term for t in schema for term in (t[0], t[2]) if isinstance(term, URIRef)}
    if terms & SAME_AS_SOURCES or any(t[1] == OWL.sameAs for t in triples):
        return triples
    return [
        t for t in triples if t[1] in terms or (t[1] == RDF.type and t[2] in terms) or _is_schema(t)
    ]


def reason(ds: Dataset) -> int:
    """Replace `mcgraph:inferred` with the OWL RL consequences of the data; return their count."""
    inferred = ds.graph(INFERRED_GRAPH)
    inferred.remove((None, None, None))
    asserted: set[tuple] = set()
    for graph in _sources(ds):
        asserted.update(graph)
    work = Graph()
    for triple in relevant(list(asserted)):
        work.add(triple)
    for context in ds.graphs():  # facts stated anywhere else (e.g. curation) are not new either
        if context.identifier != INFERRED_GRAPH:
            asserted.update(context)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(work)
    for message in sorted(str(m) for m in work.objects(None, URIRef(_ERROR_NS + "error"))):
        log.warning("OWL RL reasoner: %s", message)
    new = sorted(t for t in work if t not in asserted and not is_junk(t))
    for triple in new:
        inferred.add(triple)
    return len(new)
