"""Named SPARQL queries: the `.rq` files shipped in `milcoop/queries/`, their parameters, running.

A query file starts with a grlc-style `#+` header (YAML: summary, description, params), so the
same file documents itself, runs unchanged in other stores and drives `milcoop query`. Parameter
values are converted to RDF terms and bound with initBindings: a query text is never edited.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Variable

from . import store
from .errors import MilcoopError
from .namespaces import PREFIXES
from .paths import QUERIES_DIR

PARAM_TYPES = ("state", "iri", "string", "integer", "year", "date")
DEFAULT_DUMP = Path("dist")
_HEADER_KEYS = {"summary", "description", "params"}
_PARAM_KEYS = {"name", "type", "description", "default", "example"}
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")

# Resolves a state parameter; ?iri or ?key is bound, the other stays unbound (an error: false).
_STATE_LOOKUP = """
PREFIX mc: <https://w3id.org/milcoop/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?state WHERE {
  ?state a mc:State .
  OPTIONAL { ?state rdfs:label|skos:altLabel|mc:iso3166Alpha3|mc:iso3166Alpha2 ?name }
  FILTER(?state = ?iri || LCASE(STR(?name)) = ?key)
}
ORDER BY ?state
"""
_STATE_NAMES = """
PREFIX mc: <https://w3id.org/milcoop/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE { ?state a mc:State ; rdfs:label ?name }
ORDER BY ?name
"""


@dataclass(frozen=True)
class Param:
    """One declared parameter; `required` is False when the header gives a `default`."""

    name: str
    type: str
    description: str = ""
    required: bool = True
    default: object = None
    example: object = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    path: Path
    sparql: str

    def example_params(self) -> dict[str, object]:
        """The header's example values: lets a test run every query without knowing it."""
        return {p.name: p.example for p in self.params if p.example is not None}


@dataclass(frozen=True)
class QueryResult:
    """Materialised SELECT (or ASK) answer: variable names and rows of terms (None = unbound)."""

    vars: tuple[str, ...]
    rows: tuple[tuple[Identifier | None, ...], ...]
    ask: bool | None = None

    def records(self) -> list[dict[str, Identifier]]:
        """Rows as dicts without the unbound variables (what SPARQL JSON shows)."""
        return [
            {v: t for v, t in zip(self.vars, row, strict=True) if t is not None}
            for row in self.rows
        ]

    def column(self, name: str) -> list[Identifier | None]:
        index = self.vars.index(name)
        return [row[index] for row in self.rows]


def _parse_header(path: Path, text: str) -> dict:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#+"):
            break
        body = line[2:]
        lines.append(body[1:] if body.startswith(" ") else body)
    if not lines:
        raise MilcoopError("missing '#+' header (summary, description, params)", path, 1)
    try:
        header = yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise MilcoopError(f"bad '#+' header: {str(exc).splitlines()[0]}", path, line) from None
    if not isinstance(header, dict):
        raise MilcoopError("the '#+' header must be a YAML mapping", path, 1)
    unknown = sorted(set(header) - _HEADER_KEYS)
    if unknown:
        raise MilcoopError(f"unknown header field {unknown[0]!r}", path)
    if not isinstance(header.get("summary"), str) or not header["summary"].strip():
        raise MilcoopError("the header has no summary", path)
    return header


def _parse_param(path: Path, raw: object) -> Param:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise MilcoopError(f"a parameter needs at least a name: {raw!r}", path)
    name = raw["name"]
    unknown = sorted(set(raw) - _PARAM_KEYS)
    if unknown:
        raise MilcoopError(f"parameter {name!r}: unknown field {unknown[0]!r}", path)
    if not _VAR_NAME.match(name):
        raise MilcoopError(f"parameter {name!r}: not a SPARQL variable name", path)
    if raw.get("type") not in PARAM_TYPES:
        choices = ", ".join(PARAM_TYPES)
        raise MilcoopError(f"parameter {name!r}: type must be one of {choices}", path)
    return Param(
        name=name,
        type=raw["type"],
        description=str(raw.get("description") or ""),
        required="default" not in raw,
        default=raw.get("default"),
        example=raw.get("example"),
    )


def load_query(path: Path) -> NamedQuery:
    """Read one `.rq` file and its header (errors name the file)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MilcoopError(f"cannot read query: {exc.strerror}", path) from None
    header = _parse_header(path, text)
    raw_params = header.get("params") or []
    if not isinstance(raw_params, list):
        raise MilcoopError("'params' must be a list", path)
    params = tuple(_parse_param(path, raw) for raw in raw_params)
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise MilcoopError("a parameter is declared twice", path)
    return NamedQuery(
        name=path.stem,
        summary=header["summary"].strip(),
        description=str(header.get("description") or "").strip(),
        params=params,
        path=path,
        sparql=text,
    )


def list_queries(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every named query shipped with milcoop, sorted by name."""
    return [load_query(path) for path in sorted(Path(directory).glob("*.rq"))]


def get_query(name: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    """The named query `name` (with or without `.rq`); an unknown name suggests close ones."""
    stem = name[:-3] if name.endswith(".rq") else name
    path = Path(directory) / f"{stem}.rq"
    if _VAR_NAME.match(stem.replace("-", "_")) and path.is_file():
        return load_query(path)
    names = [q.stem for q in sorted(Path(directory).glob("*.rq"))]
    close = difflib.get_close_matches(stem, names, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(names)}"
    raise MilcoopError(f"unknown query {name!r}; {hint}")


def _dataset(data: Graph | str | Path | None) -> Graph:
    if isinstance(data, Graph):
        return data
    path = Path(data) if data is not None else DEFAULT_DUMP
    if not path.exists():
        hint = " (run `milcoop build` first)" if data is None else ""
        raise MilcoopError(f"no such file or folder{hint}", path)
    return store.load_dump(path)


def _fail(query: NamedQuery, param: Param, message: str) -> MilcoopError:
    return MilcoopError(f"parameter {param.name!r}: {message}", query.path)


def _to_iri(value: object) -> URIRef | None:
    """An IRI or a CURIE with one of milcoop's prefixes; None when `value` is neither."""
    if isinstance(value, URIRef):
        return value
    text = str(value).strip()
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        text = str(PREFIXES[prefix]) + local
    if _IRI.match(text) and ("://" in text or text.startswith("urn:")):
        return URIRef(text)
    return None


def _resolve_state(query: NamedQuery, param: Param, value: object, source: Graph) -> URIRef:
    text = str(value).strip()
    iri = _to_iri(value) if ":" in text else None  # names and ISO codes have no colon
    bindings = {"iri": iri} if iri is not None else {"key": Literal(text.lower())}
    found = [row[0] for row in store.query(source, _STATE_LOOKUP, bindings)]
    if len(found) == 1:
        return found[0]
    if found:
        matches = ", ".join(str(s) for s in found)
        raise _fail(query, param, f"{text!r} names several states: {matches}")
    names = [str(row[0]) for row in store.query(source, _STATE_NAMES)]
    close = difflib.get_close_matches(text, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise _fail(query, param, f"unknown state {text!r}{hint}")


def _convert(query: NamedQuery, param: Param, value: object, source: Graph) -> Identifier:
    kind = param.type
    if kind == "state":
        return _resolve_state(query, param, value, source)
    if kind == "iri":
        iri = _to_iri(value)
        if iri is None:
            raise _fail(
                query, param, f"{value!r} is not an IRI (or a CURIE such as mcid:state/tur)"
            )
        return iri
    if kind == "string":
        return Literal(str(value))
    if kind in ("integer", "year"):
        text = str(value).strip()
        pattern = r"\d{4}" if kind == "year" else r"[+-]?\d+"
        if isinstance(value, bool) or not re.fullmatch(pattern, text):
            expected = "a four-digit year such as 2022" if kind == "year" else "an integer"
            raise _fail(query, param, f"{value!r} is not {expected}")
        return Literal(int(text))
    # kind == "date": xsd:date only, checked for a real calendar day
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return Literal(value)
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise _fail(query, param, f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return Literal(dt.date.fromisoformat(text))
    except ValueError as exc:
        raise _fail(query, param, f"{text!r} is not a valid date ({exc})") from None


def bind_params(
    query: NamedQuery, values: Mapping[str, object] | None, source: Graph
) -> dict[str, Identifier]:
    """Check `values` against the header and turn them into initBindings (unset optional: none)."""
    values = dict(values or {})
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise MilcoopError(f"unknown parameter {unknown[0]!r} (parameters: {known})", query.path)
    bindings: dict[str, Identifier] = {}
    for param in query.params:
        value = values.get(param.name)
        if value is None:
            value = param.default
        if value is None:
            if param.required:
                what = f" ({param.description})" if param.description else ""
                raise _fail(query, param, f"missing required {param.type} value{what}")
            continue
        bindings[param.name] = _convert(query, param, value, source)
    return bindings


def _collect(result: Result, where: Path | None) -> QueryResult:
    try:
        if result.type == "ASK":
            return QueryResult(vars=(), rows=(), ask=bool(result.askAnswer))
        if result.type != "SELECT":
            raise MilcoopError(f"only SELECT and ASK queries are supported, not {result.type}")
        names = tuple(str(v) for v in (result.vars or []))
        variables = [Variable(n) for n in names]
        rows = tuple(tuple(row.get(v) for v in variables) for row in result.bindings)
    except MilcoopError as exc:
        raise MilcoopError(exc.message, where) from None
    except Exception as exc:  # rdflib reports evaluation errors with many types
        raise MilcoopError(f"query failed: {type(exc).__name__}: {exc}", where) from None
    return QueryResult(vars=names, rows=rows)


def run_query(
    query: str | NamedQuery,
    data: Graph | str | Path | None = None,
    params: Mapping[str, object] | None = None,
) -> QueryResult:
    """Run a named query over `data` (a Dataset/Graph or a dump path, default `dist/`)."""
    named = query if isinstance(query, NamedQuery) else get_query(query)
    source = _dataset(data)
    bindings = bind_params(named, params, source)
    try:
        result = store.query(source, named.sparql, bindings)
    except MilcoopError as exc:
        raise MilcoopError(exc.message, named.path) from None
    collected = _collect(result, named.path)
    # rdflib answers a GROUP BY over no solutions with one all-unbound row (SPARQL: no rows);
    # every named query binds something in each real row, so such a row is that artefact
    rows = tuple(row for row in collected.rows if any(term is not None for term in row))
    return QueryResult(vars=collected.vars, rows=rows, ask=collected.ask)


def run_sparql(sparql: str, data: Graph | str | Path | None = None) -> QueryResult:
    """Run an ad-hoc SELECT or ASK query (no parameters) over `data`."""
    return _collect(store.query(_dataset(data), sparql), None)
