"""Release export: files, byte stability, round trips through independent parsers, atomicity."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pyld import jsonld
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from milcoop import export, fsutil, store
from milcoop.context import build_context
from milcoop.errors import MilcoopError
from milcoop.namespaces import GRAPH, ID, INFERRED_GRAPH, MC, ONTOLOGY_GRAPH, SPDX
from milcoop.void import DATASET, distribution_iri

SAMPLE = Path(__file__).parent / "data" / "export" / "sample.trig"
FILES = {
    "milcoop.ttl",
    "milcoop.jsonld",
    "context.jsonld",
    "milcoop.trig",
    "milcoop.nq.gz",
    "void.ttl",
}


def load_sample() -> Dataset:
    ds = store.new_dataset()
    store.parse_into(ds, SAMPLE, "trig")
    return ds


@pytest.fixture
def ds() -> Dataset:
    return load_sample()


@pytest.fixture
def out(ds: Dataset, tmp_path: Path) -> Path:
    export.export(ds, tmp_path / "dist")
    return tmp_path / "dist"


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def deskolemize(graph) -> Graph:
    """Turn our skolem IRIs back into blank nodes so graphs compare with the source."""

    def back(term):
        if isinstance(term, URIRef) and term.startswith(export.GENID):
            return BNode(term[len(export.GENID) :])
        return term

    result = Graph()
    for s, p, o in graph:
        result.add((back(s), p, back(o)))
    return result


def union(ds: Dataset, skip: tuple = ()) -> Graph:
    g = Graph()
    for s, p, o, c in ds.quads((None, None, None, None)):
        if c not in skip:
            g.add((s, p, o))
    return g


def per_graph(ds: Dataset) -> dict[URIRef, set]:
    """Triples by graph name; graphs without triples do not appear."""
    graphs: dict[URIRef, set] = {}
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = c.identifier if isinstance(c, Graph) else c
        graphs.setdefault(name, set()).add((s, p, o))
    return graphs


def parse_turtle(path: Path) -> Graph:
    return Graph().parse(data=path.read_text("utf-8"), format="turtle")


# --- files and determinism ------------------------------------------------------------------


def test_all_files_written_and_nothing_else(ds: Dataset, tmp_path: Path) -> None:
    written = export.export(ds, tmp_path / "dist")
    assert set(written) == FILES
    assert {p.name for p in (tmp_path / "dist").iterdir()} == FILES  # no temp/staging left
    for path in written.values():
        assert path.stat().st_size > 0


def test_second_export_is_byte_identical(out: Path, tmp_path: Path) -> None:
    # A fresh parse gets fresh blank-node ids (the ontology has an owl:unionOf list).
    again = export.export(load_sample(), tmp_path / "again")
    assert snapshot(tmp_path / "again") == snapshot(out)
    export.export(load_sample(), out)  # over an existing release
    assert snapshot(out) == snapshot(tmp_path / "again")
    assert set(again) == FILES


def test_blank_nodes_are_skolemized_consistently(out: Path, ds: Dataset) -> None:
    text = (out / "milcoop.ttl").read_text("utf-8")
    assert "_:" not in text and export.GENID in text
    assert isomorphic(deskolemize(parse_turtle(out / "milcoop.ttl")), union(ds))


def test_blank_node_graph_name_is_refused() -> None:
    ds = store.new_dataset()
    ds.graph(BNode()).add((ID["x"], RDF.type, MC.State))
    with pytest.raises(MilcoopError, match="blank-node name"):
        export.serialize(ds, "trig")


def test_default_graph_triples_stay_in_the_default_graph() -> None:
    ds = store.new_dataset()
    ds.default_graph.add((ID["state/tur"], RDF.type, MC.State))
    ds.graph(GRAPH["reference"]).add((ID["state/pak"], RDF.type, MC.State))
    trig = Dataset().parse(data=export.serialize(ds, "trig"), format="trig")
    nquads = Dataset().parse(data=export.serialize(ds, "nquads"), format="nquads")
    expanded = pyld_dataset(json.loads(export.serialize(ds, "json-ld")))
    for parsed in (trig, nquads, expanded):
        assert per_graph(parsed) == per_graph(ds)


def test_exclude_inferred_drops_exactly_the_inferred_triples(
    ds: Dataset, out: Path, tmp_path: Path
) -> None:
    export.export(ds, tmp_path / "asserted", include_inferred=False)
    full = set(parse_turtle(out / "milcoop.ttl"))
    asserted = set(parse_turtle(tmp_path / "asserted" / "milcoop.ttl"))
    inferred_only = set(ds.graph(INFERRED_GRAPH)) - set(union(ds, skip=(INFERRED_GRAPH,)))
    assert inferred_only  # the fixture must have something to drop
    assert asserted <= full
    assert full - asserted == inferred_only
    trig = Dataset().parse(tmp_path / "asserted" / "milcoop.trig", format="trig")
    assert INFERRED_GRAPH not in {g.identifier for g in trig.graphs() if len(g)}


# --- Turtle ---------------------------------------------------------------------------------


def test_turtle_declares_only_used_prefixes_and_round_trips(out: Path, ds: Dataset) -> None:
    text = (out / "milcoop.ttl").read_text("utf-8")
    declared = re.findall(r"^@prefix (\w+): ", text, flags=re.MULTILINE)
    body = text.split("\n\n", 1)[1]
    assert declared == sorted(declared)
    for prefix in declared:
        assert re.search(rf"(^|[\s(,]){prefix}:", body, flags=re.MULTILINE), prefix
    assert "ns1:" not in text
    graph = parse_turtle(out / "milcoop.ttl")
    assert isomorphic(deskolemize(graph), union(ds))
    # Unused vocabularies of namespaces.PREFIXES must not be declared.
    assert "gn" not in declared and "dcat" not in declared


def test_literals_survive_escaping(out: Path) -> None:
    graph = parse_turtle(out / "milcoop.ttl")
    texts = {str(o) for o in graph.objects(None, URIRef("https://schema.org/text"))}
    assert "Line one\nline two\twith a tab, a backslash \\ and ünïcödé." in texts
    headline = 'Turkish and "Pakistani" navies drill'
    assert headline in {str(o) for o in graph.objects(None, URIRef("https://schema.org/headline"))}


# --- JSON-LD --------------------------------------------------------------------------------


def _no_loader(url, options=None):
    raise AssertionError(f"JSON-LD processing tried to fetch {url}")


def pyld_dataset(doc: object) -> Dataset:
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": _no_loader})
    return Dataset().parse(data=nquads, format="nquads")


def test_jsonld_expands_offline_to_the_turtle_graph(out: Path) -> None:
    doc = json.loads((out / "milcoop.jsonld").read_text("utf-8"))
    expanded = pyld_dataset(doc)
    assert isomorphic(union(expanded), parse_turtle(out / "milcoop.ttl"))
    trig = Dataset().parse(out / "milcoop.trig", format="trig")
    assert per_graph(expanded) == per_graph(trig)


def test_rdflib_reads_the_jsonld_and_the_dump(out: Path) -> None:
    trig = per_graph(Dataset().parse(out / "milcoop.trig", format="trig"))
    from_jsonld = Dataset().parse(out / "milcoop.jsonld", format="json-ld")
    assert per_graph(from_jsonld) == trig
    assert per_graph(store.load_dump(out)) == trig


def test_jsonld_uses_the_generated_terms(out: Path) -> None:
    doc = json.loads((out / "milcoop.jsonld").read_text("utf-8"))
    standalone = json.loads((out / "context.jsonld").read_text("utf-8"))
    assert doc["@context"] == standalone["@context"]
    nodes = [n for entry in doc["@graph"] for n in entry.get("@graph", [])]
    events = [n for n in nodes if n.get("@type") == "JointExercise"]
    assert events and all("participant" in n and "mc:participant" not in n for n in events)
    assert any(n.get("quantity") == "12" for n in events)  # coerced to xsd:integer by the term


def test_jsonld_values_that_do_not_fit_a_term_keep_their_meaning() -> None:
    ds = load_sample()
    doc_graph = ds.graph(GRAPH["document/odd"])
    event = ID["event/odd/1"]
    doc_graph.add((event, MC.participant, Literal("some state")))  # object property, literal
    doc_graph.add((event, MC.quantity, Literal("3", datatype=XSD.decimal)))  # not xsd:integer
    doc_graph.add((event, MC.quantity, ID["quantity/3"]))  # an IRI where a number is expected
    doc_graph.add((event, MC.name, Literal("Name", lang="en")))
    data = json.loads(export.serialize(ds, "json-ld"))
    expanded = pyld_dataset(data)
    turtle = Graph().parse(data=export.serialize(ds, "turtle"), format="turtle")
    assert isomorphic(union(expanded), turtle)
    assert set(expanded.graph(GRAPH["document/odd"])) == set(doc_graph)


def test_build_context_terms(ds: Dataset) -> None:
    context = build_context(ds.graph(ONTOLOGY_GRAPH))
    assert context["@version"] == 1.1
    assert context["mc"] == str(MC) and context["mcid"] == str(ID)
    assert context["State"] == "mc:State"
    assert context["participant"] == {"@id": "mc:participant", "@type": "@id"}
    assert context["quantity"] == {"@id": "mc:quantity", "@type": "xsd:integer"}
    assert context["name"] == {"@id": "mc:name"}  # xsd:string: a plain string already is one
    assert context["startDate"] == {"@id": "mc:startDate"}  # union range: no single datatype
    assert list(context) == list(build_context(ds.graph(ONTOLOGY_GRAPH)))
    clash = Graph()
    clash.add((MC.time, RDF.type, RDF.Property))  # "time" is also a prefix
    assert build_context(clash)["time"] == "http://www.w3.org/2006/time#"


# --- TriG / N-Quads -------------------------------------------------------------------------


def test_trig_and_nquads_round_trip_named_graphs(out: Path, ds: Dataset) -> None:
    trig = Dataset().parse(out / "milcoop.trig", format="trig")
    raw = gzip.decompress((out / "milcoop.nq.gz").read_bytes())
    nquads = Dataset().parse(data=raw.decode("utf-8"), format="nquads")
    source, written = per_graph(ds), per_graph(trig)
    assert set(written) == set(source)
    for name, triples in source.items():
        assert isomorphic(deskolemize(written[name]), deskolemize(triples)), name
    assert per_graph(nquads) == written


def test_nquads_gzip_is_sorted_and_stable(out: Path) -> None:
    data = (out / "milcoop.nq.gz").read_bytes()
    assert data[4:8] == b"\0\0\0\0"  # mtime 0
    assert not data[3] & 0x08  # no file name field
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_serialize_matches_exported_files(ds: Dataset, out: Path) -> None:
    assert export.serialize(ds, "turtle") == (out / "milcoop.ttl").read_bytes()
    assert export.serialize(ds, "ttl") == (out / "milcoop.ttl").read_bytes()
    assert export.serialize(ds, "trig") == (out / "milcoop.trig").read_bytes()
    assert export.serialize(ds, "jsonld") == (out / "milcoop.jsonld").read_bytes()
    nq = gzip.decompress((out / "milcoop.nq.gz").read_bytes())
    assert export.serialize(ds, "nquads") == nq
    nt = export.serialize(ds, "nt").decode("utf-8")
    assert len(nt.splitlines()) == len(parse_turtle(out / "milcoop.ttl"))
    with pytest.raises(MilcoopError, match="unknown export format"):
        export.serialize(ds, "rdfxml")


# --- raptor ---------------------------------------------------------------------------------


def rapper_path() -> str:
    found = shutil.which("rapper")
    if found:
        return found
    if os.environ.get("MILCOOP_REQUIRE_RAPPER") == "1":
        pytest.fail("MILCOOP_REQUIRE_RAPPER=1 but `rapper` (raptor2-utils) is not installed")
    pytest.skip("`rapper` (Debian package raptor2-utils) is not installed")


def rapper_count(path: Path, syntax: str) -> int:
    done = subprocess.run(
        [rapper_path(), "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    match = re.search(r"returned (\d+) triples", done.stderr)
    assert match, done.stderr
    return int(match.group(1))


def test_rapper_parses_turtle(out: Path) -> None:
    assert rapper_count(out / "milcoop.ttl", "turtle") == len(parse_turtle(out / "milcoop.ttl"))
    assert rapper_count(out / "void.ttl", "turtle") == len(parse_turtle(out / "void.ttl"))


def test_rapper_parses_nquads_and_trig(out: Path, tmp_path: Path) -> None:
    plain = tmp_path / "milcoop.nq"
    plain.write_bytes(gzip.decompress((out / "milcoop.nq.gz").read_bytes()))
    lines = len(plain.read_text("utf-8").splitlines())
    assert rapper_count(plain, "nquads") == lines
    assert rapper_count(out / "milcoop.trig", "trig") == lines


# --- atomicity ------------------------------------------------------------------------------


def test_failing_serializer_leaves_previous_release_untouched(
    out: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    ds.graph(GRAPH["document/new"]).add((ID["state/fra"], RDF.type, MC.State))

    def broken(*args, **kwargs):
        raise RuntimeError("serializer exploded")

    monkeypatch.setattr(export, "to_jsonld", broken)
    with pytest.raises(RuntimeError, match="exploded"):
        export.export(ds, out)
    assert snapshot(out) == before


def test_failing_rename_rolls_back(out: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(out)
    ds.graph(GRAPH["document/new"]).add((ID["state/fra"], RDF.type, MC.State))
    real_replace, calls = os.replace, []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 4:  # three files already replaced by now
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(MilcoopError, match="No space left"):
        export.export(ds, out)
    monkeypatch.undo()
    assert snapshot(out) == before


def test_failed_publish_into_new_dir_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", no_fsync)
    with pytest.raises(OSError):
        fsutil.publish_dir({"a.txt": b"a", "b.txt": b"b"}, tmp_path / "fresh")
    assert not (tmp_path / "fresh").exists()


def test_atomic_write_keeps_old_file_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.txt"
    fsutil.atomic_write(target, b"old")
    assert target.read_bytes() == b"old"

    def no_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", no_fsync)
    with pytest.raises(OSError):
        fsutil.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]
    monkeypatch.undo()
    fsutil.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"


def test_publish_dir_refuses_paths(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        fsutil.publish_dir({"../escape.txt": b"x"}, tmp_path / "d")


def test_export_into_a_file_is_a_user_error(ds: Dataset, tmp_path: Path) -> None:
    blocker = tmp_path / "dist"
    blocker.write_text("not a folder")
    with pytest.raises(MilcoopError, match="cannot write the export") as raised:
        export.export(ds, blocker)
    assert str(blocker) in str(raised.value)
    assert blocker.read_text() == "not a folder"


# --- VoID / DCAT ----------------------------------------------------------------------------


def test_void_sizes_and_checksums_match_the_files(out: Path) -> None:
    void = parse_turtle(out / "void.ttl")
    described = set(void.objects(DATASET, DCAT.distribution))
    assert described == {distribution_iri(n) for n in FILES - {"void.ttl"}}
    for name in FILES - {"void.ttl"}:
        dist = distribution_iri(name)
        data = (out / name).read_bytes()
        size = void.value(dist, DCAT.byteSize)
        assert size.datatype == XSD.nonNegativeInteger and int(size) == len(data)
        checksum = void.value(dist, SPDX.checksum)
        assert isinstance(checksum, URIRef)
        assert void.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(void.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert void.value(dist, DCAT.downloadURL) is not None
        assert void.value(dist, DCAT.mediaType) is not None


def test_void_statistics_agree_with_the_dump(out: Path) -> None:
    void = parse_turtle(out / "void.ttl")
    data = parse_turtle(out / "milcoop.ttl")
    assert not any(isinstance(n, BNode) for t in void for n in t)

    def number(s, p) -> int:
        return int(void.value(s, p))

    assert number(DATASET, VOID.triples) == len(data)
    assert number(DATASET, VOID.distinctSubjects) == len(set(data.subjects()))
    assert number(DATASET, VOID.properties) == len(set(data.predicates()))
    assert number(DATASET, VOID.classes) == len(set(data.objects(None, RDF.type)))
    row = next(
        iter(
            store.query(
                data,
                """
        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
            ?s a ?c FILTER(isIRI(?s) && STRSTARTS(STR(?c), STR(mc:)))
        }""",
            )
        )
    )
    assert number(DATASET, VOID.entities) == int(row[0])
    partitions = {
        void.value(p, VOID["class"]): p for p in void.objects(DATASET, VOID.classPartition)
    }
    assert number(partitions[MC.State], VOID.entities) == 2
    assert set(partitions) == set(data.objects(None, RDF.type))
    trig = per_graph(Dataset().parse(out / "milcoop.trig", format="trig"))
    subsets = set(void.objects(DATASET, VOID.subset))
    assert subsets == set(trig)
    for name in subsets:
        assert number(name, VOID.triples) == len(trig[name])
    # Newest prov:endedAtTime of the two documents (document 001 was published later).
    assert void.value(DATASET, DCTERMS.modified) == Literal(
        "2024-05-01T10:00:00+00:00", datatype=XSD.dateTime
    )
