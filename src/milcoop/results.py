"""Query results as text: an aligned table for the terminal and the SPARQL 1.1 result formats.

The serialisations are written here rather than by rdflib so that the bytes depend on the rows
alone: variables in header order, fixed key order, blank nodes renamed b0, b1, ... in order of
appearance (rdflib's random blank node ids would change every run).
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from .errors import MilcoopError
from .namespaces import PREFIXES
from .query import QueryResult

FORMATS = ("table", "csv", "tsv", "json", "xml")
TABLE_WIDTH = 60  # longest cell in a table; longer values end in an ellipsis
_NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}
_SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
# Longest namespace first, so that mcid: wins over a shorter prefix of the same IRI.
_NAMESPACES = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


class _BlankNames:
    """Stable blank node labels: b0, b1, ... in order of first appearance."""

    def __init__(self) -> None:
        self._names: dict[BNode, str] = {}

    def __call__(self, node: BNode) -> str:
        return self._names.setdefault(node, f"b{len(self._names)}")


def _compact(iri: str) -> str:
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _table_cell(term: Identifier | None, blank: _BlankNames, width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = _compact(str(term))
    elif isinstance(term, BNode):
        text = "_:" + blank(term)
    else:
        text = re.sub(r"\s+", " ", str(term)).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _is_number(term: Identifier | None) -> bool:
    return isinstance(term, Literal) and term.datatype in _NUMERIC


def format_table(result: QueryResult, width: int = TABLE_WIDTH) -> str:
    """Aligned plain-text columns; numbers right-aligned, IRIs shortened with milcoop's prefixes."""
    if result.ask is not None:
        return ("yes" if result.ask else "no") + "\n"
    blank = _BlankNames()
    cells = [[_table_cell(t, blank, width) for t in row] for row in result.rows]
    widths = [len(v) for v in result.vars]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    numeric = [
        bool(result.rows) and all(r[i] is None or _is_number(r[i]) for r in result.rows)
        for i in range(len(result.vars))
    ]

    def line(values: list[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(list(result.vars)), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    count = len(result.rows)
    out.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(out) + "\n"


def _plain(term: Identifier | None, blank: _BlankNames) -> str:
    if term is None:
        return ""
    return "_:" + blank(term) if isinstance(term, BNode) else str(term)


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: lexical values only, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.ask is not None:
        writer.writerows([["boolean"], ["true" if result.ask else "false"]])
        return buffer.getvalue()
    blank = _BlankNames()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_plain(t, blank) for t in row])
    return buffer.getvalue()


def _escape_literal(text: str) -> str:
    table = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(table.get(c, c) for c in text)


def _term_syntax(term: Identifier | None, blank: _BlankNames) -> str:
    """A term in SPARQL/Turtle syntax, as the TSV format asks (integers unquoted)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return "_:" + blank(term)
    assert isinstance(term, Literal)
    if term.datatype == XSD.integer and re.fullmatch(r"[+-]?\d+", str(term)):
        return str(term)
    text = f'"{_escape_literal(str(term))}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: `?var` headers, terms in SPARQL syntax."""
    if result.ask is not None:
        return "?boolean\n" + ("true" if result.ask else "false") + "\n"
    blank = _BlankNames()
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines.extend("\t".join(_term_syntax(t, blank) for t in row) for row in result.rows)
    return "\n".join(lines) + "\n"


def _json_term(term: Identifier, blank: _BlankNames) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": blank(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (what eval/score.py reads)."""
    if result.ask is not None:
        doc: dict[str, object] = {"head": {}, "boolean": result.ask}
    else:
        blank = _BlankNames()
        bindings = [
            {
                v: _json_term(t, blank)
                for v, t in zip(result.vars, row, strict=True)
                if t is not None
            }
            for row in result.rows
        ]
        doc = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _xml_term(term: Identifier, blank: _BlankNames) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{blank(term)}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD.string:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    else:
        attr = ""
    return f"<literal{attr}>{escape(str(term))}</literal>"


def format_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<sparql xmlns="{_SPARQL_RESULTS_NS}">']
    if result.ask is not None:
        out += ["  <head/>", f"  <boolean>{'true' if result.ask else 'false'}</boolean>"]
        return "\n".join([*out, "</sparql>"]) + "\n"
    blank = _BlankNames()
    out.append("  <head>")
    out.extend(f"    <variable name={quoteattr(v)}/>" for v in result.vars)
    out += ["  </head>", "  <results>"]
    for row in result.rows:
        out.append("    <result>")
        for var, term in zip(result.vars, row, strict=True):
            if term is not None:
                value = _xml_term(term, blank)
                out.append(f"      <binding name={quoteattr(var)}>{value}</binding>")
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


_FORMATTERS = {
    "table": format_table,
    "csv": format_csv,
    "tsv": format_tsv,
    "json": format_json,
    "xml": format_xml,
}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """`result` as text in `fmt` (one of FORMATS)."""
    try:
        formatter = _FORMATTERS[fmt]
    except KeyError:
        raise MilcoopError(f"unknown result format {fmt!r} (use {', '.join(FORMATS)})") from None
    return formatter(result)
