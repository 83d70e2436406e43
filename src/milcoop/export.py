"""Release files: Turtle, TriG, N-Quads, JSON-LD, the JSON-LD context and the VoID description.

milcoop writes RDF text itself instead of calling rdflib's serializers: rdflib's Turtle writer
invents `ns1:` prefixes, does not sort everything and is slow on large graphs, and its JSON-LD
order is not stable. The writers here sort subjects, predicates and objects, declare only
prefixes they use, and so give byte-identical files for the same Dataset.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from . import void
from .context import Quad, build_context, context_document, to_jsonld
from .errors import MilcoopError
from .fsutil import publish_dir
from .namespaces import BASE, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES

GENID = BASE + ".well-known/genid/"  # skolem IRIs for blank nodes (RDF 1.1 section 3.5)

FILE_NAMES = {
    "turtle": "milcoop.ttl",
    "json-ld": "milcoop.jsonld",
    "trig": "milcoop.trig",
    "nquads": "milcoop.nq.gz",
}
_ALIASES = {
    "ttl": "turtle",
    "jsonld": "json-ld",
    "nq": "nquads",
    "n-quads": "nquads",
    "nt": "ntriples",
    "n-triples": "ntriples",
}

# Conservative PN_LOCAL: anything else (e.g. "state/tur") is written as a full <IRI>, which every
# Turtle parser reads, rather than with backslash escapes that older parsers reject.
_PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_UNSAFE = re.compile(r'[\x00-\x1f"\\\x7f]')
_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _uchar(match: re.Match) -> str:
    char = match.group()
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def _quoted(text: str) -> str:
    return '"' + _STRING_UNSAFE.sub(_uchar, text) + '"'


def nt_term(term: URIRef | Literal | BNode) -> str:
    """N-Triples form of one term (also valid Turtle)."""
    if isinstance(term, Literal):
        if term.language:
            return f"{_quoted(str(term))}@{term.language}"
        if term.datatype is not None:
            return f"{_quoted(str(term))}^^{nt_term(term.datatype)}"
        return _quoted(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}", str(term)) + ">"


# --- collecting the quads -------------------------------------------------------------------


def _skolemize(quads: set[Quad]) -> set[Quad]:
    """Replace blank nodes by IRIs derived from their canonical (structure-based) labels.

    rdflib canonicalizes triples, not quads, so each (predicate, graph) pair is encoded as one
    stand-in predicate; blank nodes shared between graphs stay one node.
    """
    with_blanks = {q for q in quads if isinstance(q[0], BNode) or isinstance(q[2], BNode)}
    arcs = sorted({(p, g) for _, p, _, g in with_blanks}, key=lambda a: (a[0], a[1] or ""))
    code = {arc: URIRef(f"urn:x-milcoop:arc:{i}") for i, arc in enumerate(arcs)}
    arc_of = {stand_in: arc for arc, stand_in in code.items()}
    merged = Graph()
    for s, p, o, g in with_blanks:
        merged.add((s, code[(p, g)], o))

    canonical = []
    for s, stand_in, o in to_canonical_graph(merged):
        p, g = arc_of[stand_in]
        canonical.append((s, p, o, g))
    # Canonical labels are only unique within this dataset ("cb0" recurs everywhere); mixing in
    # a digest of the whole blank-node part keeps skolem IRIs of different releases apart.
    lines = sorted(to_nquads_lines(canonical))
    digest = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()

    def skolem(term):
        if not isinstance(term, BNode):
            return term
        return URIRef(GENID + hashlib.sha256(f"{digest} {term}".encode()).hexdigest()[:32])

    result = quads - with_blanks
    result.update((skolem(s), p, skolem(o), g) for s, p, o, g in canonical)
    return result


def collect_quads(ds: Dataset, include_inferred: bool = True) -> list[Quad]:
    """The quads to publish: default graph as None, simple literals for xsd:string, no bnodes.

    RDF 1.1 makes "x" and "x"^^xsd:string the same literal, but rdflib keeps them apart; one
    form keeps outputs comparable with other processors (PyLD writes the short form).
    """
    quads: set[Quad] = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        if name == INFERRED_GRAPH and not include_inferred:
            continue
        if name == DATASET_DEFAULT_GRAPH_ID:
            name = None
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        quads.add((s, p, o, name))
    if any(isinstance(g, BNode) for _, _, _, g in quads):
        raise MilcoopError("a named graph has a blank-node name; name every graph with an IRI")
    if any(isinstance(s, BNode) or isinstance(o, BNode) for s, _, o, _ in quads):
        quads = _skolemize(quads)
    return list(quads)


# --- Turtle / TriG / N-Quads ----------------------------------------------------------------


class _TurtleTerms:
    """Turtle term formatting that records which prefixes it used."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._namespaces = sorted(
            ((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda n: -len(n[0])
        )
        self._cache: dict[URIRef, tuple[str, str | None]] = {}

    def iri(self, iri: URIRef) -> str:
        cached = self._cache.get(iri)
        if cached is None:
            cached = (nt_term(iri), None)
            for namespace, prefix in self._namespaces:
                if iri.startswith(namespace) and _PN_LOCAL.fullmatch(iri[len(namespace) :]):
                    cached = (f"{prefix}:{iri[len(namespace) :]}", prefix)
                    break
            self._cache[iri] = cached
        if cached[1] is not None:
            self.used.add(cached[1])
        return cached[0]

    def term(self, term: URIRef | Literal) -> str:
        if isinstance(term, Literal):
            if term.datatype is not None and not term.language:
                return f"{_quoted(str(term))}^^{self.iri(term.datatype)}"
            return nt_term(term)
        return self.iri(term)

    def header(self) -> str:
        lines = [f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(self.used)]
        return "".join(lines) + ("\n" if lines else "")

    def blocks(self, triples: Iterable[tuple], indent: str = "") -> str:
        """Subject blocks, sorted: subjects, then `a` first and other predicates, then objects."""
        by_subject: dict = defaultdict(lambda: defaultdict(set))
        for s, p, o in triples:
            by_subject[s][p].add(o)
        out = []
        sep_pred, sep_obj = f" ;\n{indent}    ", f",\n{indent}        "
        for s in sorted(by_subject, key=nt_term):
            predicates = by_subject[s]
            parts = []
            for p in sorted(predicates, key=lambda p: (p != RDF.type, str(p))):
                verb = "a" if p == RDF.type else self.iri(p)
                objects = sorted(predicates[p], key=nt_term)
                parts.append(f"{verb} " + sep_obj.join(self.term(o) for o in objects))
            out.append(f"{indent}{self.iri(s)} " + sep_pred.join(parts) + " .\n")
        return "\n".join(out)


def to_turtle(triples: Iterable[tuple]) -> bytes:
    """Sorted, prefix-clean Turtle of a set of triples."""
    terms = _TurtleTerms()
    body = terms.blocks(set(triples))
    return (terms.header() + body).encode("utf-8")


def to_trig(quads: Iterable[Quad]) -> bytes:
    """TriG, one block per graph, default graph first, then graphs by IRI."""
    graphs: dict = defaultdict(list)
    for s, p, o, g in quads:
        graphs[g].append((s, p, o))
    terms = _TurtleTerms()
    blocks = []
    for name in sorted(graphs, key=lambda g: "" if g is None else nt_term(g)):
        label = "" if name is None else terms.iri(name) + " "
        blocks.append(f"{label}{{\n{terms.blocks(graphs[name], '    ')}}}\n")
    return (terms.header() + "\n".join(blocks)).encode("utf-8")


def to_nquads_lines(quads: Iterable[Quad]) -> set[str]:
    lines = set()
    for s, p, o, g in quads:
        graph = "" if g is None else " " + nt_term(g)
        lines.add(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{graph} .\n")
    return lines


def to_nquads(quads: Iterable[Quad]) -> bytes:
    """N-Quads, one statement per line, lines sorted (byte order of UTF-8 = code point order)."""
    return "".join(sorted(to_nquads_lines(quads))).encode("utf-8")


def to_ntriples(triples: Iterable[tuple]) -> bytes:
    lines = {f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in triples}
    return "".join(sorted(lines)).encode("utf-8")


def gzip_stable(data: bytes) -> bytes:
    """gzip with mtime 0 and no file name in the header, so equal input gives equal bytes."""
    return gzip.compress(data, compresslevel=9, mtime=0)


# --- entry points ---------------------------------------------------------------------------


def _context_for(quads: list[Quad]) -> dict[str, object]:
    onto = Graph()
    for s, p, o, g in quads:
        if g == ONTOLOGY_GRAPH:
            onto.add((s, p, o))
    return build_context(onto)


def _triples(quads: list[Quad]) -> set[tuple]:
    return {(s, p, o) for s, p, o, _ in quads}


_WRITERS: dict[str, Callable[[list[Quad]], bytes]] = {
    "turtle": lambda q: to_turtle(_triples(q)),
    "trig": to_trig,
    "nquads": to_nquads,
    "ntriples": lambda q: to_ntriples(_triples(q)),
    "json-ld": lambda q: to_jsonld(q, _context_for(q)),
}


def serialize(ds: Dataset, fmt: str, include_inferred: bool = True) -> bytes:
    """One format as bytes (N-Quads uncompressed), for `milcoop export --format` to stdout."""
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    writer = _WRITERS.get(name)
    if writer is None:
        known = ", ".join(sorted(_WRITERS))
        raise MilcoopError(f"unknown export format {fmt!r} (known: {known})")
    return writer(collect_quads(ds, include_inferred))


def render(ds: Dataset, include_inferred: bool = True) -> dict[str, bytes]:
    """Every release file as bytes, in memory: nothing is written if any writer fails."""
    quads = collect_quads(ds, include_inferred)
    context = _context_for(quads)
    files = {
        FILE_NAMES["turtle"]: _WRITERS["turtle"](quads),
        FILE_NAMES["trig"]: _WRITERS["trig"](quads),
        FILE_NAMES["nquads"]: gzip_stable(_WRITERS["nquads"](quads)),
        FILE_NAMES["json-ld"]: to_jsonld(quads, context),
        "context.jsonld": context_document(context),
    }
    description = void.describe(ds, files, quads=quads)
    files["void.ttl"] = to_turtle(description)
    return files


def export(
    ds: Dataset, out_dir: str | Path = "dist", include_inferred: bool = True
) -> dict[str, Path]:
    """Write the release into `out_dir`; it ends either with all new files or untouched."""
    files = render(ds, include_inferred)
    try:
        return publish_dir(files, out_dir)
    except OSError as exc:
        raise MilcoopError(f"cannot write the export: {exc.strerror or exc}", out_dir) from None
