"""JSON Lines feeds: one article per line, bad lines reported with their line and skipped.

The fixture `data/feeds/feed.jsonl` holds three good records and one bad line of each kind
(see `data/README.md`); the expected line numbers below are where those lines sit in it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from milcoop.build import extract_corpus
from milcoop.cli import main
from milcoop.documents import CorpusError, load_corpus, publication_date, read_documents
from milcoop.errors import MilcoopError
from milcoop.feeds import read_feed, record_stem
from milcoop.namespaces import GRAPH, OA, SCHEMA, document_iri
from milcoop.store import load_dump

pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]
FEEDS = Path(__file__).parent / "data" / "feeds"
FEED = FEEDS / "feed.jsonl"
SEEDS = Path(__file__).resolve().parents[1] / "data" / "documents"
GOOD_LINES = (1, 4, 12)
# line -> a word the reason must contain
BAD_LINES = {
    3: "JSON",
    5: "object",
    6: "id",
    7: "id",
    8: "text",
    9: "text",
    10: "text",
    11: "2025-02-30",
    13: "duplicate",
}
FEED_MTIME = 4102444800  # 2100-01-01T00:00:00Z: newer than any other input of the build


def feed_records() -> dict[int, dict]:
    """The good records as JSON decodes them, by line: what milcoop must keep, untouched."""
    lines = FEED.read_text(encoding="utf-8").split("\n")
    return {n: json.loads(lines[n - 1]) for n in GOOD_LINES}


def _write(tmp_path: Path, name: str, lines: list[object]) -> Path:
    path = tmp_path / name
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


# -- reading ------------------------------------------------------------------------------------


def test_good_records_become_documents():
    docs, skipped = read_feed(FEED)
    records = feed_records()
    assert [d.body_line for d in docs] == list(GOOD_LINES)
    for doc in docs:
        record = records[doc.body_line]
        assert doc.text == record["text"]  # exactly: leading spaces, CRLF, U+2028 kept
        assert doc.record_id == str(record["id"])
        assert doc.title == record["title"]
        assert doc.publisher == record["publisher"]
        assert doc.path == FEED
    first, second, third = docs
    assert first.stem == "wire-2025-0001"
    assert "\u2028" in first.text  # a line separator inside a JSON string is not a new line
    assert first.url == "https://wire.example.org/2025/03/17/sea-wolf"
    assert first.published.iso() == "2025-03-17" and first.published.precision == "day"
    assert first.authors == ("Ayla Demir", "Omar Qureshi")
    assert second.stem == "20250318"  # an integer id
    assert "\r\n" in second.text
    assert second.authors == ("Leyla Aliyeva",)
    assert third.text.startswith("  Azerbaijan")
    assert third.published.iso() == "2025-03" and third.published.precision == "month"
    assert third.extra == {"section": "defence"}
    assert len(skipped) == len(BAD_LINES)


def test_every_bad_line_is_reported_with_its_line():
    _, skipped = read_feed(FEED)
    assert [bad.line for bad in skipped] == sorted(BAD_LINES)
    for bad in skipped:
        assert bad.path == str(FEED)
        assert BAD_LINES[bad.line] in bad.message, bad.message
        assert "\n" not in str(bad)
    duplicate = skipped[-1]
    assert "feed.jsonl:1" in duplicate.message  # where the id was first seen


def test_unsafe_ids_get_a_safe_deterministic_stem():
    stem = record_stem("wire/2025/0003")
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", stem)
    assert stem.startswith("wire_2025_0003_")
    assert stem == record_stem("wire/2025/0003")
    assert record_stem("wire_2025_0003") == "wire_2025_0003"  # already safe: unchanged
    assert record_stem("wire 2025 0003") != stem  # both map to the same safe text
    assert record_stem("..") not in (".", "..")  # never an IRI dot-segment
    assert [d.stem for d in read_feed(FEED)[0]][2] == stem


def test_ids_that_only_collide_after_escaping_stay_two_documents(tmp_path):
    path = _write(
        tmp_path,
        "f.jsonl",
        [{"id": "a/b", "text": "One."}, {"id": "a_b", "text": "Two."}],
    )
    docs, skipped = read_feed(path)
    assert not skipped
    assert len({d.stem for d in docs}) == 2


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-03-17T08:15:00Z", "2025-03-17"),
        ("2025-03-17T23:30:00-05:00", "2025-03-17"),  # the date as written, not UTC's
        ("2025-03-17 08:15", "2025-03-17"),
        ("2025-03-17", "2025-03-17"),
        ("2025-03", "2025-03"),
        (2021, "2021"),
    ],
)
def test_publication_dates(value, iso):
    assert publication_date(value, FEED, 1).iso() == iso


@pytest.mark.parametrize("value", ["2025-03-17T25:00:00Z", "2025-13", "17 March 2025", "2025-3-x"])
def test_bad_publication_dates(value):
    with pytest.raises(MilcoopError) as info:
        publication_date(value, FEED, 7)
    assert info.value.line == 7 and value in info.value.message


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ({"id": "x", "text": "T.", "published": "2025-02-30T10:00:00Z"}, "2025-02-30"),
        ({"id": "x", "text": "T.", "published": ["2025"]}, "published"),
        ({"id": "x", "text": "T.", "published": True}, "published"),
        ({"id": 1.5, "text": "T."}, "id"),
        ({"id": True, "text": "T."}, "id"),
        ({"id": "   ", "text": "T."}, "id"),
        ({"id": "x", "text": "  \n "}, "text"),
        ({"id": "x", "text": "T.", "title": 7}, "title"),
        ({"id": "x", "text": "T.", "authors": ["A", 3]}, "authors"),
        ({"id": "x", "text": "T.", "url": "not a url"}, "url"),
        ('{"id": "x", "text": "half a pair \\ud800 here"}', "surrogate"),
        ('{"id": "x", "text": "T.", "text": "U."}', "twice"),
        ("[[[[" * 10000, "JSON"),
        ('"just a string"', "object"),
    ],
)
def test_each_kind_of_bad_record_is_skipped_not_fatal(tmp_path, line, word):
    good = {"id": "good", "text": "Turkey and Pakistan held talks."}
    path = _write(tmp_path, "f.jsonl", [good, line, good | {"id": "good-2"}])
    docs, skipped = read_feed(path)
    assert [d.stem for d in docs] == ["good", "good-2"]
    assert [bad.line for bad in skipped] == [2]
    assert word in skipped[0].message, skipped[0].message


def test_blank_lines_are_not_records(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text('\n  \n{"id": "a", "text": "T."}\r\n\r\n\n', encoding="utf-8")
    docs, skipped = read_feed(path)
    assert [(d.stem, d.body_line) for d in docs] == [("a", 3)]
    assert skipped == []


def test_not_utf8_is_a_file_error_with_its_line():
    with pytest.raises(MilcoopError) as info:
        read_feed(FEEDS / "not_utf8.jsonl")
    raw = (FEEDS / "not_utf8.jsonl").read_bytes()
    assert info.value.line == raw[: raw.index(b"\xe9")].count(b"\n") + 1 == 2
    assert "UTF-8" in info.value.message and "not_utf8.jsonl:2" in str(info.value)


# -- corpora ------------------------------------------------------------------------------------


def test_a_folder_mixes_markdown_and_feeds(tmp_path):
    shutil.copy(SEEDS / "000_4d461cc16153db6a.md", tmp_path)
    shutil.copy(FEED, tmp_path)
    corpus = load_corpus(tmp_path)
    stems = [d.stem for d in corpus.documents]
    assert stems[0] == "000_4d461cc16153db6a"  # file-name order, feed records in line order
    assert stems[1:] == [d.stem for d in read_feed(FEED)[0]]
    assert [bad.line for bad in corpus.skipped] == sorted(BAD_LINES)


def test_a_feed_record_never_takes_a_markdown_stem(tmp_path):
    shutil.copy(SEEDS / "000_4d461cc16153db6a.md", tmp_path)
    _write(tmp_path, "a.jsonl", [{"id": "000_4d461cc16153db6a", "text": "A copy."}])
    corpus = load_corpus(tmp_path)
    assert [d.path.suffix for d in corpus.documents] == [".md"]
    (bad,) = corpus.skipped
    assert bad.line == 1 and "000_4d461cc16153db6a.md" in bad.message


def test_one_feed_file_is_a_corpus():
    corpus = load_corpus(FEED)
    assert len(corpus.documents) == len(GOOD_LINES)
    assert corpus.source == FEED


def test_strict_reading_refuses_bad_lines(tmp_path):
    shutil.copy(FEED, tmp_path)
    with pytest.raises(CorpusError) as info:
        read_documents(tmp_path)
    assert [bad.line for bad in info.value.problems] == sorted(BAD_LINES)
    assert "feed.jsonl:3" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(CorpusError):
        extract_corpus(tmp_path)  # a path is read strictly: nothing is dropped unseen
    extractions, _, _ = extract_corpus(load_corpus(tmp_path))  # a Corpus keeps them as data
    assert len(extractions) == len(GOOD_LINES)


def test_a_feed_of_only_bad_lines_is_no_corpus(tmp_path):
    _write(tmp_path, "f.jsonl", ["{", {"id": "x"}])
    corpus = load_corpus(tmp_path)
    assert corpus.documents == [] and len(corpus.skipped) == 2
    with pytest.raises(MilcoopError) as info:
        corpus.require()
    assert "no documents" in str(info.value)


# -- the command line ---------------------------------------------------------------------------


def _run(argv: list[str], base: Path) -> tuple[int, str, str]:
    """main() with stdout/stderr captured by hand (capsys is function-scoped)."""
    out, err = base / "stdout.txt", base / "stderr.txt"
    saved = sys.stdout, sys.stderr
    with out.open("w", encoding="utf-8") as o, err.open("w", encoding="utf-8") as e:
        sys.stdout, sys.stderr = o, e
        try:
            code = main(argv)
        finally:
            sys.stdout, sys.stderr = saved
    return code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def feed_build(tmp_path_factory):
    """`milcoop build` of a folder holding only the fixture feed: (folder, dist, out, err)."""
    base = tmp_path_factory.mktemp("feedbuild")
    documents = base / "documents"
    documents.mkdir()
    shutil.copy(FEED, documents)
    os.utime(documents / FEED.name, (FEED_MTIME, FEED_MTIME))
    dist = base / "dist"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
        code, out, err = _run(
            ["build", "--documents", str(documents), "--out", str(dist), "--no-curation"], base
        )
    assert code == 0, err
    return documents, dist, out, err


def test_build_skips_bad_lines_with_one_warning_each(feed_build):
    documents, _, out, err = feed_build
    lines = err.strip().split("\n")
    pattern = re.compile(r"milcoop: warning: (.+):(\d+): skipped: (.+)")
    matches = [pattern.fullmatch(line) for line in lines]
    assert all(matches), lines
    assert [int(m.group(2)) for m in matches] == sorted(BAD_LINES)
    assert {m.group(1) for m in matches} == {str(documents / FEED.name)}
    assert out.startswith(f"built {len(GOOD_LINES)} documents:")
    assert f"{len(BAD_LINES)} bad feed lines skipped" in out.split("\n")[0]


def test_the_dump_holds_one_graph_per_good_record(feed_build):
    _, dist, _, _ = feed_build
    ds = load_dump(dist)
    stems = {d.stem for d in read_feed(FEED)[0]}
    graphs = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith(GRAPH)}
    documents = {g for g in graphs if g.startswith(str(GRAPH["document/"]))}
    assert documents == {str(GRAPH[f"document/{stem}"]) for stem in stems}
    records = {str(r["id"]): r for r in feed_records().values()}
    for doc in read_feed(FEED)[0]:
        g = ds.graph(GRAPH[f"document/{doc.stem}"])
        iri = document_iri(doc.stem)
        assert (iri, RDF.type, SCHEMA.NewsArticle) in g
        assert str(g.value(iri, SCHEMA.text)) == records[doc.record_id]["text"]
        url = records[doc.record_id].get("url")
        assert g.value(iri, SCHEMA.url) == (URIRef(url) if url else None)


def test_evidence_offsets_index_the_record_text(feed_build):
    """In the exported Turtle: every quote of a feed document is text[start:end] of the text
    the feed gave (code points, so the 'ü', '—' and U+2028 count one each)."""
    _, dist, _, _ = feed_build
    g = Graph().parse(dist / "milcoop.ttl", format="turtle")
    texts = {document_iri(record_stem(str(r["id"]))): r["text"] for r in feed_records().values()}
    checked = {doc: 0 for doc in texts}
    for target in g.subjects(RDF.type, OA.SpecificResource):
        source = g.value(target, OA.hasSource)
        if source not in texts:
            continue
        selectors = list(g.objects(target, OA.hasSelector))
        (position,) = (s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        (quote,) = (s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))
        assert texts[source][start:end] == str(g.value(quote, OA.exact))
        checked[source] += 1
    assert all(checked.values()), checked  # every feed document has evidence


def test_a_feed_contributes_its_mtime_to_the_build_time(feed_build):
    _, dist, _, _ = feed_build
    ds = load_dump(dist)
    ended = {str(o) for o in ds.objects(None, URIRef("http://www.w3.org/ns/prov#endedAtTime"))}
    assert ended == {dt.datetime.fromtimestamp(FEED_MTIME, tz=dt.UTC).isoformat()}


def test_strict_build_writes_nothing(feed_build, tmp_path):
    documents, dist, _, _ = feed_build
    out = tmp_path / "dist"
    shutil.copytree(dist, out)
    before = snapshot(out)
    code, stdout, err = _run(
        ["build", "--documents", str(documents), "--out", str(out), "--strict"], tmp_path
    )
    assert code == 2
    assert stdout == ""
    lines = err.strip().split("\n")
    assert [int(re.search(r"feed\.jsonl:(\d+): ", x).group(1)) for x in lines[:-1]] == sorted(
        BAD_LINES
    )
    assert all(x.startswith("milcoop: error: ") for x in lines)
    assert "--strict" in lines[-1]
    assert snapshot(out) == before


def test_build_of_a_not_utf8_feed_fails_on_one_line(tmp_path, capsys):
    out = tmp_path / "dist"
    code = main(["build", "--documents", str(FEEDS / "not_utf8.jsonl"), "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "\n" not in err and "not_utf8.jsonl:2" in err
    assert not out.exists()


def test_build_of_only_bad_lines_reports_them_then_fails(tmp_path, capsys):
    feed = _write(tmp_path, "f.jsonl", ["{", {"id": "x"}])
    code = main(["build", "--documents", str(feed), "--out", str(tmp_path / "dist")])
    lines = capsys.readouterr().err.strip().split("\n")
    assert code == 2
    assert [re.search(r"f\.jsonl:(\d+): skipped", x).group(1) for x in lines[:2]] == ["1", "2"]
    assert lines[2].startswith("milcoop: error: ") and "no documents" in lines[2]


def test_extract_shows_every_record(capsys):
    assert main(["extract", str(FEED)]) == 0
    captured = capsys.readouterr()
    records = feed_records()
    heads = re.findall(r"^record '(.+)' \(line (\d+)\)$", captured.out, re.M)
    assert [int(line) for _, line in heads] == list(GOOD_LINES)
    assert [rid for rid, _ in heads] == [str(records[n]["id"]) for n in GOOD_LINES]
    assert len(captured.err.strip().split("\n")) == len(BAD_LINES)
    # each record's evidence is a slice of that record's text
    views = re.split(r"^record '.+' \(line \d+\)$", captured.out, flags=re.M)[1:]
    for view, line in zip(views, GOOD_LINES, strict=True):
        quotes = re.findall(r"evidence \[(\d+):(\d+)\]: »(.*)«", view)
        assert quotes
        text = records[line]["text"]
        for start, end, quote in quotes:
            assert quote.replace("[[", "").replace("]]", "") == " ".join(
                text[int(start) : int(end)].split()
            )


@pytest.mark.parametrize("record_id", ["wire/2025/0003", "20250318"])
def test_extract_one_record(capsys, record_id):
    assert main(["extract", str(FEED), "--id", record_id]) == 0
    heads = re.findall(r"^record '(.+)' \(line", capsys.readouterr().out, re.M)
    assert heads == [record_id]


@pytest.mark.parametrize(
    ("path", "record_id", "word"),
    [(FEED, "no-such-id", "no-such-id"), (SEEDS / "000_4d461cc16153db6a.md", "x", "--id")],
)
def test_extract_with_a_wrong_id(capsys, path, record_id, word):
    assert main(["extract", str(path), "--id", record_id]) == 2
    err = capsys.readouterr().err.strip().split("\n")[-1]
    assert err.startswith("milcoop: error: ") and path.name in err and word in err
