"""IRIs milcoop speaks: its own ontology, its resource and graph IRIs, and the reused vocabularies.

Everything that mints or reads an IRI imports it from here, so an IRI scheme change is one edit.
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD

BASE = "https://w3id.org/milcoop/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")

MC = Namespace(BASE + "ontology#")  # classes and properties
ID = Namespace(BASE + "id/")  # stable resource IRIs: id/{kind}/{slug}
CODE = Namespace(BASE + "code/")  # SKOS concepts: CAMEO, PLOVER, status
GRAPH = Namespace(BASE + "graph/")  # named graphs

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
GN = Namespace("https://sws.geonames.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SPDX = Namespace("http://spdx.org/rdf/terms#")

ONTOLOGY_GRAPH = GRAPH["ontology"]
REFERENCE_GRAPH = GRAPH["reference"]
INFERRED_GRAPH = GRAPH["inferred"]
CURATION_GRAPH = GRAPH["curation"]

PREFIXES: dict[str, Namespace] = {
    "mc": MC,
    "mcid": ID,
    "mccode": CODE,
    "mcgraph": GRAPH,
    "sem": SEM,
    "schema": SCHEMA,
    "org": ORG,
    "oa": OA,
    "prov": PROV,
    "time": TIME,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "dcat": DCAT,
    "void": VOID,
    "spdx": SPDX,
    "wd": WD,
    "gn": GN,
    "sh": SH,
}


def slug(text: str) -> str:
    """Lower-case ASCII slug: the stable, readable part of a minted IRI."""
    text = unicodedata.normalize("NFKD", text).replace("ı", "i")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def resource(kind: str, key: str) -> URIRef:
    """IRI of a resource of `kind` (state, org, person, place, equipment, event, ...)."""
    return ID[f"{kind}/{slug(key)}"]


def document_iri(stem: str) -> URIRef:
    """A document's IRI keeps its file stem verbatim: the scorer matches sources by it."""
    return ID[f"document/{stem}"]


def document_graph(stem: str) -> URIRef:
    return GRAPH[f"document/{stem}"]


def bind_prefixes(graph) -> None:
    """Bind milcoop's prefixes (replacing rdflib's defaults) on a Graph or Dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
