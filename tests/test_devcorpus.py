"""The development corpus (`data/dev/`) is well-formed, and extraction on it does not regress.

The structural checks read both splits by code only: the held-out split is never read by the
people tuning the extractor, so a malformed gold file there would otherwise go unnoticed and
silently distort the held-out score. The behavioural checks build each corpus once and hold
its scores above floors measured when they were set (see `data/dev/README.md`).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from rdflib import URIRef

from milcoop.build import assemble_corpus
from milcoop.dates import parse_iso
from milcoop.documents import read_document
from milcoop.evaluate import Evaluation, evaluate_corpus
from milcoop.extraction import extract
from milcoop.reference import Gazetteer, fold, load_gazetteer
from milcoop.validate import validate

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "dev"
SPLITS = ("train", "heldout")
SEED_DOCUMENTS = ROOT / "data" / "documents"
SEED_GOLD = Path(__file__).parent / "data" / "seed-gold"
SCORER = Path(__file__).parent / "data" / "reference_scorer.py"

# The gold format's vocabulary (tests/data/README.md and data/dev/README.md).
EVENT_TYPES = frozenset(
    (
        "exercise",
        "agreement",
        "arms_transfer",
        "procurement_contract",
        "joint_production",
        "training",
        "visit",
        "dialogue",
    )
)
STATUSES = frozenset(("completed", "ongoing", "planned", "cancelled"))
EVENT_KEYS = frozenset(
    ("type", "name", "participants", "start", "end", "location", "status", "roles", "evidence")
)
ENTITY_CATEGORIES = frozenset(("countries", "organizations", "persons", "places", "equipment"))

CORPORA: dict[str, tuple[Path, Path]] = {
    "seed": (SEED_GOLD, SEED_DOCUMENTS),
    "train": (DEV / "train" / "gold", DEV / "train" / "documents"),
    "heldout": (DEV / "heldout" / "gold", DEV / "heldout" / "documents"),
}
# The issue's targets for the seed documents.
SEED_TARGETS = {"event_f1": 0.95, "entity_f1": 0.90}
# Regression floors: event / entity F1 measured on 2026-11-24 (tenth round), minus 0.03,
# rounded down.
FLOORS: dict[str, dict[str, float]] = {
    "seed": {"event_f1": 0.99, "entity_f1": 0.90},  # measured 1.000 / 0.935
    "train": {"event_f1": 0.81, "entity_f1": 0.77},  # measured 0.878 / 0.791 (356 documents)
    "heldout": {"event_f1": 0.73, "entity_f1": 0.82},  # measured 0.774 / 0.862
}


@cache
def _gold(split: str) -> dict[str, dict]:
    folder = DEV / split / "gold"
    return {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        for p in sorted(folder.glob("*.yaml"))
    }


@cache
def _documents(split: str) -> dict[str, Path]:
    return {p.stem: p for p in sorted((DEV / split / "documents").iterdir()) if p.is_file()}


def _events(split: str) -> list[tuple[str, str, dict]]:
    """(stem, where, event): `where` names the file and the event's position in it."""
    return [
        (stem, f"{stem} event {i}", event)
        for stem, gold in _gold(split).items()
        for i, event in enumerate(gold["events"], 1)
    ]


def _shown(split: str, detail: object) -> str:
    """A failure detail, withheld for the held-out split so that nobody reads it by accident."""
    return "(withheld: held-out)" if split == "heldout" else repr(detail)


def _silent_documents() -> list[tuple[str, str]]:
    """(split, stem) of the documents whose gold says they report no cooperation event."""
    return [
        (split, stem)
        for split in SPLITS
        for stem, gold in _gold(split).items()
        if gold.get("events") == []
    ]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def states(gaz: Gazetteer) -> dict[str, URIRef]:
    """Every name of every state, folded. `gaz.by_name` prefers a city ("Singapore")."""
    return {
        fold(name): entity.iri
        for entity in gaz.entities.values()
        if entity.kind == "State"
        for name in entity.names
    }


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def evaluation() -> Callable[[str], Evaluation]:
    """Each corpus is built and scored at most once, and only if a test asks for it."""
    done: dict[str, Evaluation] = {}

    def get(name: str) -> Evaluation:
        if name not in done:
            done[name] = evaluate_corpus(*CORPORA[name])
        return done[name]

    return get


# --- structure ----------------------------------------------------------------------------


@pytest.mark.parametrize("split", SPLITS)
def test_every_gold_file_has_its_document_and_vice_versa(split: str) -> None:
    gold, docs = set(_gold(split)), set(_documents(split))
    assert gold, f"no gold in {split}"
    assert gold - docs == set(), f"{split}: gold without a document"
    assert docs - gold == set(), f"{split}: documents without gold"
    assert all(p.suffix == ".md" for p in _documents(split).values())


def test_stems_are_unique_across_the_splits_and_the_seed_corpus() -> None:
    seen: dict[str, str] = {}
    clashes = []
    folders = {"seed": SEED_DOCUMENTS, **{s: DEV / s / "documents" for s in SPLITS}}
    for name, folder in folders.items():
        for path in sorted(folder.iterdir()):
            if path.stem in seen:
                clashes.append(f"{path.stem} in {seen[path.stem]} and {name}")
            seen[path.stem] = name
    assert clashes == []


@pytest.mark.parametrize("split", SPLITS)
def test_every_evidence_quote_occurs_in_the_document_body(split: str) -> None:
    bodies = {stem: read_document(path).text for stem, path in _documents(split).items()}
    missing = [
        f"{where}: {_shown(split, event.get('evidence'))}"
        for stem, where, event in _events(split)
        if not event.get("evidence") or event["evidence"] not in bodies.get(stem, "")
    ]
    assert missing == []


@pytest.mark.parametrize("split", SPLITS)
def test_events_use_the_gold_vocabulary(split: str) -> None:
    problems = []
    for _, where, event in _events(split):
        if not set(event) <= EVENT_KEYS:
            problems.append(f"{where}: unknown keys {sorted(set(event) - EVENT_KEYS)}")
        if event.get("type") not in EVENT_TYPES:
            problems.append(f"{where}: type {event.get('type')!r}")
        if event.get("status") not in STATUSES:
            problems.append(f"{where}: status {event.get('status')!r}")
        for key in ("start", "end"):
            value = event.get(key)
            if value is not None and parse_iso(str(value)) is None:
                problems.append(f"{where}: {key} {_shown(split, value)} is not YYYY[-MM[-DD]]")
    assert problems == []


@pytest.mark.parametrize("split", SPLITS)
def test_participants_are_two_or_more_known_states(
    split: str, gaz: Gazetteer, states: dict[str, URIRef], scorer: ModuleType
) -> None:
    problems = []
    for _, where, event in _events(split):
        names = [str(name) for name in event.get("participants") or []]
        iris = [states.get(fold(name)) for name in names]
        if None in iris:
            problems.append(f"{where}: a participant the gazetteer does not know as a state")
            problems[-1] += f" {_shown(split, names)}"
            continue
        if len(set(iris)) < 2:
            problems.append(f"{where}: fewer than two distinct states {_shown(split, names)}")
        # the scorer compares participants by folded name with the labels milcoop reports
        for name, iri in zip(names, iris, strict=True):
            if scorer.fold(name) != scorer.fold(gaz.label(iri)):
                problems.append(f"{where}: a participant name the scorer cannot match to ")
                problems[-1] += _shown(split, (name, gaz.label(iri)))
        for role, value in (event.get("roles") or {}).items():
            if any(name not in names for name in (value if isinstance(value, list) else [value])):
                problems.append(f"{where}: role {role} holds a non-participant")
    assert problems == []


@pytest.mark.parametrize("split", SPLITS)
def test_gold_document_block_matches_the_front_matter(split: str) -> None:
    problems = []
    for stem, gold in _gold(split).items():
        if stem not in _documents(split):
            continue  # reported by the pairing test
        doc = read_document(_documents(split)[stem])
        block = gold.get("document") or {}
        if block.get("publisher") != doc.publisher:
            problems.append(f"{stem}: publisher {_shown(split, block.get('publisher'))}")
        published = doc.published.iso() if doc.published else None
        if str(block.get("date")) != str(published):
            problems.append(f"{stem}: date {_shown(split, block.get('date'))} vs {published}")
        if not set(gold.get("entities") or {}) <= ENTITY_CATEGORIES:
            problems.append(f"{stem}: entity categories {sorted(gold['entities'])}")
    assert problems == []


def test_the_corpus_is_large_and_varied_enough(states: dict[str, URIRef]) -> None:
    documents = sum(len(_documents(split)) for split in SPLITS)
    participants = {
        states[fold(str(name))]
        for split in SPLITS
        for _, _, event in _events(split)
        for name in event["participants"]
    }
    assert documents >= 40
    assert len(participants) >= 20


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_covers_every_type_and_has_silent_documents(split: str) -> None:
    assert {event["type"] for _, _, event in _events(split)} == EVENT_TYPES
    assert sum(1 for s, _ in _silent_documents() if s == split) >= 2


# --- behaviour ----------------------------------------------------------------------------


# Known misses on held-out documents without cooperation, measured and not inspected (the split
# is not read while tuning): h07 still yields 1 event (it yielded 3 before the fixes for
# one-state bodies, home purchases and combat operations that probes written in the project
# reproduced). A floor, not a pass: any further event fails.
HELDOUT_SILENCE_BUDGET = {"h07_dac_domestic_approvals": 1}


@pytest.mark.parametrize(
    ("split", "stem"), _silent_documents(), ids=[stem for _, stem in _silent_documents()]
)
def test_non_cooperation_news_yields_no_event(split: str, stem: str, gaz: Gazetteer) -> None:
    found = [claim.cls for claim in extract(read_document(_documents(split)[stem]), gaz).events]
    count = len(found)  # compared alone, so pytest's diff cannot show held-out claims
    allowed = HELDOUT_SILENCE_BUDGET.get(stem, 0) if split == "heldout" else 0
    assert count <= allowed, f"{stem}: {count} event(s) from a document without cooperation " + (
        _shown(split, found)
    )


def test_seed_meets_the_issue_targets(evaluation: Callable[[str], Evaluation]) -> None:
    report = evaluation("seed")
    assert report.events.f1 >= SEED_TARGETS["event_f1"], report.text(verbose=True)
    assert report.entities["all"].f1 >= SEED_TARGETS["entity_f1"], report.text()


@pytest.mark.parametrize("corpus", list(FLOORS))
def test_scores_stay_above_their_floors(
    corpus: str, evaluation: Callable[[str], Evaluation]
) -> None:
    report = evaluation(corpus)
    floor = FLOORS[corpus]
    # held-out notes would quote held-out gold; report only the totals there
    detail = report.text(verbose=corpus != "heldout")
    assert report.events.f1 >= floor["event_f1"], f"{corpus} events\n{detail}"
    assert report.entities["all"].f1 >= floor["entity_f1"], f"{corpus} entities\n{detail}"


@pytest.mark.parametrize("corpus", ["heldout", "seed"])
def test_a_build_without_curation_conforms_to_the_shapes(corpus: str) -> None:
    """Unreviewed news must still give a valid graph: curation corrects facts, not shapes."""
    report = validate(assemble_corpus(CORPORA[corpus][1], None).dataset)
    # counts only: a held-out finding would quote held-out text
    assert report.conforms, f"{corpus}: {report.count('Violation')} violation(s)"
