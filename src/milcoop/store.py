"""The one seam for graph storage and querying.

Every stage gets its Dataset, parses RDF and runs SPARQL through this module, so a faster store
(for example pyoxigraph behind oxrdflib) can replace rdflib's in-memory store here alone.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from .errors import MilcoopError
from .namespaces import PREFIXES, bind_prefixes

FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


def new_dataset() -> Dataset:
    """An empty Dataset whose default graph is the union of its named graphs."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


def graph(ds: Dataset, name: URIRef) -> Graph:
    """The named graph `name` of `ds` (created when missing)."""
    return ds.graph(name)


def rdf_format(path: Path) -> str:
    suffixes = path.suffixes
    ext = suffixes[-2] if suffixes and suffixes[-1] == ".gz" and len(suffixes) > 1 else path.suffix
    try:
        return FORMATS[ext]
    except KeyError:
        raise MilcoopError(f"unknown RDF file type {ext!r}", path) from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        return data.decode("utf-8")
    except FileNotFoundError:
        raise MilcoopError("no such file", path) from None
    except UnicodeDecodeError as exc:
        raise MilcoopError(f"not UTF-8 (byte {exc.start})", path) from None
    except (OSError, EOFError) as exc:
        raise MilcoopError(f"cannot read: {exc}", path) from None


def _position(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def parse_into(target: Graph | Dataset, path: Path, fmt: str | None = None) -> None:
    """Parse one RDF file into `target`; a syntax error becomes a one-line MilcoopError."""
    fmt = fmt or rdf_format(path)
    text = _read_text(path)
    try:
        target.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib raises many parser-specific types
        lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
        detail = next((ln for ln in lines if not ln.startswith("at line")), None)
        detail = re.sub(r"\s+at \^ in:$", "", detail or type(exc).__name__)
        raise MilcoopError(f"invalid {fmt}: {detail}", path, _position(str(exc))) from None


def parse_graph(path: Path, fmt: str | None = None) -> Graph:
    g = Graph()
    bind_prefixes(g)
    parse_into(g, path, fmt)
    return g


def load_dump(path: Path) -> Dataset:
    """Load a built dump: a `dist/` folder (its TriG) or one RDF file (quads or triples)."""
    path = Path(path)
    if path.is_dir():
        for name in ("milcoop.trig", "milcoop.nq.gz", "milcoop.ttl"):
            if (path / name).exists():
                path = path / name
                break
        else:
            raise MilcoopError("no milcoop dump here (run `milcoop build` first)", path)
    ds = new_dataset()
    fmt = rdf_format(path)
    if fmt in ("trig", "nquads"):
        parse_into(ds, path, fmt)
    else:
        parse_into(ds.default_graph, path, fmt)
    return ds


@lru_cache(maxsize=256)
def prepare(sparql: str):
    """Parse a SPARQL query once (rdflib spends tens of ms per parse)."""
    return prepareQuery(sparql, initNs=dict(PREFIXES))


def query(
    source: Graph | Dataset, sparql: str, bindings: Mapping[str, object] | None = None
) -> Result:
    """Run SPARQL over `source`; parameters are bound with initBindings, never spliced in."""
    try:
        prepared = prepare(sparql)
    except Exception as exc:
        raise MilcoopError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    return source.query(prepared, initBindings=dict(bindings or {}))


def triples_count(graphs: Iterable[Graph]) -> int:
    return sum(len(g) for g in graphs)
