"""`milcoop export --format plover`: PLOVER JSON Lines from a real build of the seed corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from milcoop import store
from milcoop.cli import main
from milcoop.errors import MilcoopError
from milcoop.namespaces import MC
from milcoop.plover import FIELDS, records, serialize_plover
from milcoop.query import run_query

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EXTRA = ("cameo", "status", "participants", "location", "sources", "iri")

# A small JSON-schema-like description of a record: key -> check of its value.
SCHEMA: dict[str, Any] = {
    "id": lambda v: isinstance(v, str) and v != "",
    "date": lambda v: v is None or bool(DATE.match(v)),
    "enddate": lambda v: v is None or bool(DATE.match(v)),
    "actor": lambda v: isinstance(v, list) and all(ISO3.match(c) for c in v) and v == sorted(v),
    "recipient": lambda v: isinstance(v, list) and all(ISO3.match(c) for c in v),
    "event": lambda v: v in {"COOPERATE", "AGREE", "SUPPORT", "CONSULT", "AID"},
    "mode": lambda v: v in {"", "historical", "future", "hypothetical", "negated", "visit"},
    "context": lambda v: v == "military",
    "event_text": lambda v: isinstance(v, str) and v.strip() != "",
    "cameo": lambda v: v in {"062", "0312", "057", "042", "043", "072"},
    "status": lambda v: v in {None, "planned", "ongoing", "completed", "cancelled"},
    "participants": lambda v: isinstance(v, list) and v == sorted(set(v)) and len(v) >= 1,
    "location": lambda v: v is None or isinstance(v, str),
    "sources": lambda v: isinstance(v, list) and len(v) >= 1 and v == sorted(v),
    "iri": lambda v: isinstance(v, str) and v.startswith("https://w3id.org/milcoop/id/event/"),
}


def schema_errors(record: dict[str, Any]) -> list[str]:
    errors = [f"missing {k}" for k in SCHEMA if k not in record]
    errors += [
        f"bad {k}: {record[k]!r}" for k, ok in SCHEMA.items() if k in record and not ok(record[k])
    ]
    return errors


def body(stem: str) -> str:
    return (DOCUMENTS / f"{stem}.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def exported(seed_dist: Path, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("plover") / "events.jsonl"
    assert main(["export", "--data", str(seed_dist), "--format", "plover", "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def recs(exported: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in exported.decode("utf-8").splitlines()]


def by_quote(recs: list[dict[str, Any]], words: str) -> dict[str, Any]:
    [record] = [r for r in recs if words in r["event_text"]]
    return record


def test_every_line_is_a_record_of_the_right_shape(exported: bytes, recs) -> None:
    assert exported.endswith(b"\n") and len(recs) == exported.count(b"\n") >= 20
    for record in recs:
        assert tuple(record)[: len(FIELDS)] == FIELDS  # PLOVER's keys first, in order
        assert set(record) == set(FIELDS) | set(EXTRA)
        assert schema_errors(record) == [], record
    assert schema_errors({"id": "x", "date": "Dec 2022"})  # the check itself can fail


def test_one_record_per_reported_event(seed_dist: Path, recs) -> None:
    """The events query lists every event; those some document supports are exported."""
    result = run_query("events", seed_dist, {})
    reported = {str(r["event"]) for r in result.records() if str(r.get("sources", ""))}
    assert {r["iri"] for r in recs} == reported
    assert len({r["id"] for r in recs}) == len(recs)
    for record in recs:
        assert record["iri"].endswith("/event/" + record["id"])  # stable: the IRI's own key


def test_quotes_come_from_the_first_source(recs) -> None:
    for record in recs:
        first = record["sources"][0].rsplit("/", 1)[1]
        assert record["event_text"] in body(first), record["id"]


def test_arms_transfers_run_from_supplier_to_recipient(recs) -> None:
    """Read off the seed texts (001, 000): who gives, who receives."""
    expected = {
        "T-37": (["TUR"], ["PAK"]),  # Turkey was to provide T-37 training aircraft to Pakistan
        "arms transfer to Pakistan from Turkey": (["TUR"], ["PAK"]),
        "drone components to Turkish Aerospace": (["PAK"], ["TUR"]),  # PAC supplies TAI
        "KALKA": (["TUR"], ["PAK"]),  # Pakistan is expected to receive it from Turkey
        "to purchase 52 Super Mushshak": (["PAK"], ["TUR"]),  # Turkey buys from PAC
        "MILGEM corvettes": (["TUR"], ["PAK"]),  # Pakistan's navy buys from ASFAT
    }
    for words, (actor, recipient) in expected.items():
        record = by_quote(recs, words)
        assert (record["actor"], record["recipient"]) == (actor, recipient), words
    assert by_quote(recs, "T-37")["event"] == "AID"
    assert by_quote(recs, "Super Mushshak")["event"] == "COOPERATE"  # a sale, not aid


def test_visit_runs_from_visitor_to_host(recs) -> None:
    # "During Erdoğan’s visit to Pakistan in February 2020, the two countries signed ..." (000)
    quote = "Erdoğan’s visit to Pakistan in February 2020"
    [visit] = [r for r in recs if r["event"] == "CONSULT" and quote in r["event_text"]]
    assert (visit["actor"], visit["recipient"]) == (["TUR"], ["PAK"])
    assert (visit["mode"], visit["cameo"]) == ("visit", "042")


def test_planned_event_has_mode_future(recs) -> None:
    planned = [r for r in recs if r["status"] == "planned"]
    assert planned and by_quote(recs, "KALKA") in planned
    assert all((r["mode"], r["event"], r["cameo"]) == ("future", "AGREE", "0312") for r in planned)
    assert all(r["mode"] != "future" for r in recs if r["status"] != "planned")


def test_symmetric_events_list_every_state_as_actor(recs) -> None:
    exercise = by_quote(recs, "the two countries held their first-ever joint exercises")
    # "... with the Azerbaijani military in Baku": Azerbaijan hosts Turkey and Pakistan
    assert (exercise["actor"], exercise["recipient"]) == (["PAK", "TUR"], ["AZE"])
    agreement = by_quote(recs, "Aerospace Industries has [signed](#) a MoU")
    assert agreement["recipient"] == [] and agreement["actor"] == agreement["participants"]


def test_dates_keep_their_precision(recs) -> None:
    drill = by_quote(recs, "weeklong joint exercise in Pakistan's southern port city Karachi")
    assert (drill["date"], drill["enddate"]) == ("2022-12-19", "2022-12-25")
    assert by_quote(recs, "In July 2018")["date"] == "2018-07"
    dated = [r["date"] for r in recs if r["date"] is not None]
    assert dated == sorted(dated) and recs[-1]["date"] is None  # undated records last


def test_export_is_deterministic(seed_dist: Path, exported: bytes, capsysbinary) -> None:
    assert serialize_plover(store.load_dump(seed_dist)) == exported
    assert main(["export", "--data", str(seed_dist), "--format", "plover"]) == 0
    assert capsysbinary.readouterr().out == exported


def test_output_file_is_replaced_atomically(
    seed_dist: Path, exported: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "events.jsonl"
    out.write_bytes(b"old\n")
    assert main(["export", "--data", str(seed_dist), "--format", "plover", "-o", str(out)]) == 0
    assert out.read_bytes() == exported
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]  # no temp file left


def test_bad_data_is_one_line_and_leaves_the_output(tmp_path: Path, capsys) -> None:
    out = tmp_path / "events.jsonl"
    out.write_bytes(b"old\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    for data in (empty, tmp_path / "absent.trig"):
        code = main(["export", "--data", str(data), "--format", "plover", "-o", str(out)])
        err = capsys.readouterr().err
        assert code == 2
        assert err.count("\n") == 1 and err.startswith("milcoop: error:") and str(data) in err
    assert out.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "events.jsonl"]


def test_dump_without_codes_is_refused(seed_dist: Path) -> None:
    ds = store.load_dump(seed_dist)
    for graph in ds.graphs():
        graph.remove((None, MC.ploverType, None))
    with pytest.raises(MilcoopError, match="no CAMEO/PLOVER codes"):
        records(ds, seed_dist)
