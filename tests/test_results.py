"""Result formats: each one read back by an independent parser (csv, json, rdflib's XML/JSON)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Literal
from rdflib.namespace import XSD
from rdflib.query import Result

from milcoop import store
from milcoop.errors import MilcoopError
from milcoop.namespaces import ID, MC
from milcoop.query import QueryResult, run_query
from milcoop.results import FORMATS, TABLE_WIDTH, format_result

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
# what eval/score.py reads from the `events` query
EVENT_COLUMNS = ("event", "type", "label", "participants", "start", "end", "location", "sources")
NODE = BNode()
LONG = "word " * 40
RESULT = QueryResult(
    vars=("thing", "name", "count", "note"),
    rows=(
        (ID["state/tur"], Literal("Turkey", lang="en"), Literal(9), Literal('tab\there "quoted"')),
        (NODE, Literal("2022-12-19", datatype=XSD.date), Literal(12), None),
        (MC.NavalExercise, Literal(LONG), None, Literal("line\nbreak")),
        (NODE, Literal("x"), Literal("1.5", datatype=XSD.decimal), None),
    ),
)


def test_table_is_aligned_and_shortened():
    lines = format_result(RESULT, "table").splitlines()
    assert lines[0].split() == list(RESULT.vars)
    assert lines[-1] == "(4 rows)"
    starts = [lines[1].index("-")] + [
        i + 2 for i in range(len(lines[1])) if lines[1][i : i + 3] == "  -"
    ]
    assert len(starts) == len(RESULT.vars)
    for line in lines[:-1]:  # every cell is padded to its column: two spaces before each column
        for start in starts[1:]:
            assert len(line) < start or line[start - 2 : start] == "  ", line
    assert "mcid:state/tur" in lines[2] and "mc:NavalExercise" in lines[4]
    assert "_:b0" in lines[3] and "_:b0" in lines[5]  # the same blank node, the same name
    cut = lines[4][starts[1] : starts[2]].strip()
    assert cut.endswith("…") and len(cut) == TABLE_WIDTH
    assert lines[4].endswith("line break")  # no raw newline inside a row
    assert all(line == line.rstrip() for line in lines)


def test_table_right_aligns_numbers():
    lines = format_result(RESULT, "table").splitlines()
    column = lines[0].index("count")
    cells = [line[column : column + len("count")] for line in lines[2:-1]]
    assert cells == ["    9", "   12", "     ", "  1.5"]


def test_csv_reads_back():
    text = format_result(RESULT, "csv")
    assert text.endswith("\r\n")
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table[0] == list(RESULT.vars)
    assert table[1] == [str(ID["state/tur"]), "Turkey", "9", 'tab\there "quoted"']
    assert table[2] == ["_:b0", "2022-12-19", "12", ""]
    assert table[3][3] == "line\nbreak" and table[4][0] == "_:b0"


def test_tsv_uses_sparql_term_syntax():
    lines = format_result(RESULT, "tsv").split("\n")
    assert lines[0] == "?thing\t?name\t?count\t?note"
    first = lines[1].split("\t")
    assert first == [f"<{ID['state/tur']}>", '"Turkey"@en', "9", '"tab\\there \\"quoted\\""']
    second = lines[2].split("\t")
    assert second == ["_:b0", f'"2022-12-19"^^<{XSD.date}>', "12", ""]
    assert lines[3].split("\t")[3] == '"line\\nbreak"'
    assert len(lines) == 6 and lines[-1] == ""  # four rows, newline-terminated


def test_json_is_sparql_results_json_and_reads_back():
    text = format_result(RESULT, "json")
    doc = json.loads(text)
    assert doc["head"]["vars"] == list(RESULT.vars)
    first, second = doc["results"]["bindings"][:2]
    assert first["name"] == {"type": "literal", "value": "Turkey", "xml:lang": "en"}
    assert first["count"]["datatype"] == str(XSD.integer)
    assert second["thing"] == {"type": "bnode", "value": "b0"}
    assert "note" not in second  # unbound: left out
    parsed = Result.parse(io.StringIO(text), format="json")
    assert [str(v) for v in parsed.vars] == list(RESULT.vars)
    rows = [{str(k): v for k, v in b.items()} for b in parsed.bindings]
    assert rows[0]["name"] == Literal("Turkey", lang="en") and rows[0]["count"] == Literal(9)
    assert rows[2]["thing"] == MC.NavalExercise and "count" not in rows[2]


def test_xml_reads_back_with_rdflib():
    text = format_result(RESULT, "xml")
    parsed = Result.parse(io.BytesIO(text.encode("utf-8")), format="xml")
    assert [str(v) for v in parsed.vars] == list(RESULT.vars)
    rows = [{str(k): v for k, v in b.items()} for b in parsed.bindings]
    assert rows[0]["thing"] == ID["state/tur"] and rows[0]["name"] == Literal("Turkey", lang="en")
    assert rows[0]["note"] == Literal('tab\there "quoted"')
    assert rows[1]["name"] == Literal("2022-12-19", datatype=XSD.date)
    assert "note" not in rows[1]
    assert isinstance(rows[3]["thing"], BNode)


def test_ask_results():
    yes = QueryResult(vars=(), rows=(), ask=True)
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    assert Result.parse(io.BytesIO(format_result(yes, "xml").encode()), format="xml").askAnswer
    assert format_result(yes, "table") == "yes\n"


def test_empty_result_still_has_a_header():
    empty = QueryResult(vars=("a", "b"), rows=())
    assert format_result(empty, "table").splitlines()[0] == "a  b"
    assert format_result(empty, "csv") == "a,b\r\n"
    assert json.loads(format_result(empty, "json"))["results"]["bindings"] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_does_not_depend_on_blank_node_ids(fmt):
    renamed = {NODE: BNode("some-other-id")}
    same = QueryResult(
        vars=RESULT.vars,
        rows=tuple(tuple(renamed.get(t, t) for t in row) for row in RESULT.rows),
    )
    assert format_result(same, fmt) == format_result(RESULT, fmt)


def test_events_json_is_what_the_scorer_reads():
    ds = store.load_dump(SAMPLE)
    doc = json.loads(format_result(run_query("events", ds), "json"))
    assert tuple(doc["head"]["vars"]) == EVENT_COLUMNS
    for binding in doc["results"]["bindings"]:
        assert binding["event"]["type"] == "uri" and binding["type"]["type"] == "uri"
        assert binding["participants"]["type"] == binding["sources"]["type"] == "literal"
        assert binding["participants"]["value"].count("|") >= 1  # every event has two states


def test_bad_format():
    with pytest.raises(MilcoopError, match="unknown result format 'yaml'"):
        format_result(RESULT, "yaml")


def test_uri_values_are_not_shortened_outside_the_table():
    for fmt in ("csv", "tsv", "json", "xml"):
        assert "mcid:" not in format_result(RESULT, fmt)
        assert str(ID["state/tur"]) in format_result(RESULT, fmt)


def test_query_output_is_identical_across_hash_seeds():
    """Set and dict order must not leak into the rows (GROUP_CONCAT lists included)."""
    script = (
        "from milcoop.query import list_queries, run_query\n"
        "from milcoop.results import format_result\n"
        "from milcoop import store\n"
        f"ds = store.load_dump({str(SAMPLE)!r})\n"
        "for q in list_queries():\n"
        "    print(format_result(run_query(q, ds, q.example_params()), 'json'))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
