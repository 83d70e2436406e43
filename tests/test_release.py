"""The seed release as users get it: parsed by independent tools, provenance exact, every
named query answering."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess

import pytest
from pyld import jsonld
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from milcoop import store
from milcoop.namespaces import OA, SCHEMA
from milcoop.query import list_queries, run_query
from milcoop.validate import validate

RAPPER = shutil.which("rapper")


def _need_rapper():
    if RAPPER is None:
        if os.environ.get("MILCOOP_REQUIRE_RAPPER") == "1":
            pytest.fail("rapper (Debian raptor2-utils) is required but not installed")
        pytest.skip("rapper not installed (apt-get install raptor2-utils)")


def _rapper_count(path, syntax: str) -> int:
    run = subprocess.run(
        [RAPPER, "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=True
    )
    return int(next(w for w in run.stderr.split() if w.isdigit()))


def test_rapper_parses_turtle(seed_dist):
    _need_rapper()
    expected = len(Graph().parse(seed_dist / "milcoop.ttl", format="turtle"))
    assert _rapper_count(seed_dist / "milcoop.ttl", "turtle") == expected > 10_000


def test_rapper_parses_nquads(seed_dist, tmp_path):
    _need_rapper()
    plain = tmp_path / "milcoop.nq"
    plain.write_bytes(gzip.decompress((seed_dist / "milcoop.nq.gz").read_bytes()))
    ds = Dataset()
    ds.parse(plain, format="nquads")
    assert _rapper_count(plain, "nquads") == sum(len(g) for g in ds.graphs()) > 10_000


def test_jsonld_expands_to_the_turtle_graph(seed_dist):
    """PyLD, a processor independent of rdflib, reads the JSON-LD to the same graph."""
    doc = json.loads((seed_dist / "milcoop.jsonld").read_text(encoding="utf-8"))
    quads = Dataset()
    quads.parse(data=jsonld.to_rdf(doc, {"format": "application/n-quads"}), format="nquads")
    from_jsonld = Graph()
    for s, p, o, _g in quads.quads():
        from_jsonld.add((s, p, o))
    turtle = Graph().parse(seed_dist / "milcoop.ttl", format="turtle")
    assert len(turtle) > 10_000
    assert isomorphic(from_jsonld, turtle)


def test_every_selector_quotes_its_document_exactly(seed_dist):
    ds = store.load_dump(seed_dist)
    texts = {doc: str(text) for doc, text in ds.subject_objects(SCHEMA.text)}
    rows = list(
        ds.query(
            """
        SELECT ?doc ?exact ?start ?end WHERE {
          ?target oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
          ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . }""",
            initNs={"oa": OA},
        )
    )
    assert len(rows) > 200
    for doc, exact, start, end in rows:
        assert texts[doc][int(start) : int(end)] == str(exact)


def test_dump_conforms_to_the_shapes(seed_dist):
    report = validate(seed_dist)
    assert report.conforms, [r.message for r in report.results][:5]


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_named_query_answers_on_the_seed_build(query, seed_build):
    result = run_query(query, seed_build[0].dataset, query.example_params())
    assert result.rows, f"{query.name} returned no rows on the seed build"
    assert all(any(v is not None for v in row) for row in result.rows)
