"""milcoop's scorer agrees with the project's reference scorer, and extraction meets its targets.

`tests/data/reference_scorer.py` is a verbatim copy of the reference scorer; it is fed the same
rows as milcoop's, as SPARQL JSON (what `milcoop query events --format json` prints).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from milcoop import evaluate
from milcoop.build import assemble_corpus
from milcoop.cli import main
from milcoop.errors import MilcoopError
from milcoop.query import run_query
from milcoop.results import format_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "documents"
GOLD = Path(__file__).parent / "data" / "seed-gold"
SCORER = Path(__file__).parent / "data" / "reference_scorer.py"

# rdflib's Dataset warns about its own use of a deprecated attribute on every union lookup
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


@pytest.fixture(scope="module")
def reference():
    spec = importlib.util.spec_from_file_location("reference_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results():
    """The `events` and `entities` answers on the seed corpus, built without curation."""
    ds = assemble_corpus(SEEDS, None).dataset
    return run_query("events", ds), run_query("entities", ds)


@pytest.fixture(scope="module")
def gold():
    return evaluate.load_gold(GOLD)


def as_json_rows(reference, result) -> list[dict]:
    return reference.rows(json.loads(format_json(result)))


def same_prf(score: evaluate.Score, ref: dict) -> None:
    assert (score.tp, score.predicted, score.gold) == (ref["tp"], ref["predicted"], ref["gold"])
    assert round(score.precision, 3) == ref["precision"]
    assert round(score.recall, 3) == ref["recall"]
    assert round(score.f1, 3) == ref["f1"]


def test_gold_files_are_a_copy_of_the_shared_ones(reference, gold):
    assert gold == reference.load_gold(GOLD)
    assert len(gold) == len(list(SEEDS.glob("*.md")))
    assert all(gold[stem]["events"] for stem in gold)


def test_event_scores_equal_the_reference(reference, results, gold):
    events, _ = results
    rows = as_json_rows(reference, events)
    ref = reference.score_events(reference.load_gold(GOLD), rows)
    mine, attributes = evaluate.score_events(gold, evaluate.rows_of(events))
    same_prf(mine, ref)
    expected = {k.removesuffix("_exact"): v for k, v in ref["attributes_of_matched"].items()}
    assert attributes == expected


def test_entity_scores_equal_the_reference(reference, results, gold):
    _, entities = results
    ref = reference.score_entities(reference.load_gold(GOLD), as_json_rows(reference, entities))
    mine = evaluate.score_entities(gold, evaluate.rows_of(entities))
    assert set(mine) == set(ref)
    for category, score in mine.items():
        same_prf(score, ref[category])


def _mutations(rows: list[dict]) -> list[list[dict]]:
    """Row lists that differ from the real answer the ways extraction errors do."""
    out = [rows[1:], rows[:-1], rows + rows[:1], []]
    for i, row in enumerate(rows[:8]):
        for key, value in (
            ("participants", row.get("participants", "").split("|")[0]),
            ("start", "1900"),
            ("start", (row.get("start") or "2022")[:4]),
            ("type", "https://w3id.org/milcoop/ontology#TrainingExchange"),
            ("type", "https://w3id.org/milcoop/ontology#Agreement"),
            ("location", "Somewhere"),
            ("end", None),
        ):
            changed = dict(row)
            if value is None:
                changed.pop(key, None)
            else:
                changed[key] = value
            out.append(rows[:i] + [changed] + rows[i + 1 :])
    return out


def test_scorers_agree_on_wrong_answers_too(reference, results, gold):
    """The seed answers are nearly perfect, so agreement there says little; mutated ones differ."""
    events, _ = results
    rows = as_json_rows(reference, events)
    ref_gold = reference.load_gold(GOLD)
    f1s = set()
    for mutated in _mutations(rows):
        ref = reference.score_events(ref_gold, mutated)
        mine, _ = evaluate.score_events(gold, mutated)
        same_prf(mine, ref)
        f1s.add(ref["f1"])
    assert len(f1s) > 3  # the mutations did change the scores


def test_scorers_agree_on_mutated_entities(reference, results, gold):
    _, entities = results
    rows = as_json_rows(reference, entities)
    ref_gold = reference.load_gold(GOLD)
    variants = [rows[1:], rows[: len(rows) // 2], []]
    for i in range(0, len(rows), 7):
        renamed = dict(rows[i], label=rows[i].get("label", "") + " (X)")
        retyped = dict(rows[i], type="https://w3id.org/milcoop/ontology#Place")
        variants += [rows[:i] + [renamed] + rows[i + 1 :], rows[:i] + [retyped] + rows[i + 1 :]]
    for variant in variants:
        ref = reference.score_entities(ref_gold, variant)
        mine = evaluate.score_entities(gold, variant)
        for category in ref:
            same_prf(mine[category], ref[category])


def test_acceptance_thresholds_without_curation(results, gold):
    events, entities = results
    event_score, _ = evaluate.score_events(gold, evaluate.rows_of(events))
    entity_scores = evaluate.score_entities(gold, evaluate.rows_of(entities))
    assert event_score.f1 >= 0.90, "\n".join(event_score.notes)
    assert entity_scores["all"].f1 >= 0.85, {k: round(s.f1, 3) for k, s in entity_scores.items()}


def test_evaluate_corpus_and_cli_report_the_same_numbers(reference, results, capsys):
    report = evaluate.evaluate_corpus(GOLD, SEEDS)
    ref = reference.score_events(reference.load_gold(GOLD), as_json_rows(reference, results[0]))
    same_prf(report.events, ref)
    assert main(["evaluate", "--gold", str(GOLD), "--documents", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    events_line = next(line for line in out.splitlines() if line.startswith("events "))
    assert f"F1={ref['f1']:.3f}" in events_line


def test_missing_gold_folder_is_a_user_error(tmp_path):
    with pytest.raises(MilcoopError) as info:
        evaluate.load_gold(tmp_path)
    assert str(tmp_path) in str(info.value)
