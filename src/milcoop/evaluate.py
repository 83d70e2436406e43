"""Scoring extracted events and entities against gold annotations.

The rules are those of the project's reference scorer (`shared/eval/score.py`): an event matches
a gold event of the same document when their categories are compatible, their participant
countries are the same set and their dates do not conflict at the coarser precision; matching
is one-to-one and greedy, and precision / recall / F1 are micro-averaged over documents.
Entities match by folded name, per document and category. The rows scored are those of the
`events` and `entities` named queries, so the evaluation also checks the query contract.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .dates import PartialDate, parse_iso
from .errors import MilcoopError

# Gold categories and the words of a class name that select them, in order of precedence.
EVENT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("exercise", r"exercise|drill|manoeuvre|maneuver|wargame"),
    ("procurement_contract", r"contract|procurement|purchase|\border\b"),
    ("arms_transfer", r"transfer|sale|delivery|supply|export|import"),
    ("joint_production", r"production|development|manufactur|industr|project|program"),
    ("training", r"training|education|exchange"),
    ("visit", r"visit|meeting"),
    ("dialogue", r"dialogue|consultat|mechanism|group|committee|council|forum"),
    ("agreement", r"agreement|treaty|memorand|mou|declaration|accord|pact|deal|alliance"),
)
ENTITY_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("persons", r"\bperson|\bpeople|\bofficial|\bleader|\bagent\b"),
    (
        "organizations",
        r"organi[sz]ation|agency|ministry|force|unit\b|company|corporation|"
        r"institut|army|navy|troop",
    ),
    (
        "equipment",
        r"equipment|weapon|aircraft|ship|vessel|corvette|drone|\buav|system|platform|"
        r"vehicle|materiel|model",
    ),
    (
        "places",
        r"place|city|region|\bsea\b|location|site|area|province|district|geo|feature|"
        r"settlement|waters",
    ),
    ("countries", r"\bstate\b|country|\bnation\b"),
)
# Pairs of categories that can describe one act from two angles.
COMPATIBLE = frozenset(
    frozenset(p)
    for p in (
        ("agreement", "procurement_contract"),
        ("procurement_contract", "arms_transfer"),
        ("agreement", "arms_transfer"),
        ("dialogue", "agreement"),
    )
)
SYNONYMS = {
    "turkiye": "turkey",
    "republic of turkey": "turkey",
    "republic of turkiye": "turkey",
    "islamic republic of pakistan": "pakistan",
    "republic of azerbaijan": "azerbaijan",
    "usa": "united states",
    "us": "united states",
    "united states of america": "united states",
    "u.s.": "united states",
    "uk": "united kingdom",
    "russian federation": "russia",
    "people's republic of china": "china",
    "prc": "china",
}


def normalise(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("ı", "i").replace("’", "'")
    plain = re.sub(r"[^\w' .&()-]", " ", plain)
    plain = " ".join(plain.split())
    return SYNONYMS.get(plain, plain)


def categorise(class_iri: str, table=EVENT_CATEGORIES, default: str = "other") -> str:
    local = re.split(r"[#/:]", str(class_iri).rstrip("/#"))[-1]
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", local).lower()
    return next((cat for cat, rx in table if re.search(rx, words)), default)


def date_parts(value: object) -> PartialDate | None:
    """The date a cell states, at its precision ('2022-12-19', '2021-02', '2021')."""
    match = re.match(r"\d{4}(?:-\d{2}){0,2}", str(value or ""))
    return parse_iso(match.group()) if match else None


def _clash(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and a.conflicts(b)


def _at_precision(pred: PartialDate | None, gold: PartialDate | None) -> bool:
    if gold is None:
        return pred is None
    return pred is not None and pred.parts()[: len(gold.parts())] == gold.parts()


def _split(value: object) -> list[str]:
    return [v.strip() for v in str(value or "").split("|") if v.strip()]


def _strip_brackets(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def same_name(gold: str, pred: str) -> bool:
    return (
        gold == pred
        or _strip_brackets(gold) == _strip_brackets(pred)
        or gold == _strip_brackets(pred)
        or pred == _strip_brackets(gold)
    )


@dataclass
class Score:
    tp: int
    predicted: int
    gold: int
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:22s} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} predicted={self.predicted} gold={self.gold})"
        )


def load_gold(directory: Path) -> dict[str, dict]:
    directory = Path(directory)
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise MilcoopError("no gold annotations (*.yaml) here", directory)
    gold = {}
    for path in files:
        try:
            gold[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise MilcoopError(f"broken gold YAML: {exc}", path) from None
    return gold


def _docs(sources: list[str], doc_ids) -> set[str]:
    return {d for d in doc_ids if any(d in s for s in sources)}


def score_events(gold: dict[str, dict], rows: list[dict]) -> tuple[Score, dict[str, str]]:
    preds = [
        {
            "iri": r.get("event"),
            "cat": categorise(r.get("type", "")),
            "parts": {normalise(p) for p in _split(r.get("participants"))},
            "start": date_parts(r.get("start")),
            "end": date_parts(r.get("end")),
            "place": normalise(r["location"]) if r.get("location") else None,
            "docs": _docs(_split(r.get("sources")), gold),
        }
        for r in rows
    ]
    total = Score(0, 0, 0)
    exact = {"start": 0, "end": 0, "location": 0}
    for doc_id, annotation in gold.items():
        golds = annotation.get("events") or []
        mine = [p for p in preds if doc_id in p["docs"]]
        total.gold += len(golds)
        total.predicted += len(mine)
        taken: set[int] = set()
        for g in golds:
            g_parts = {normalise(p) for p in g.get("participants") or []}
            g_start, g_end = date_parts(g.get("start")), date_parts(g.get("end"))
            hit = next(
                (
                    i
                    for i, p in enumerate(mine)
                    if i not in taken
                    and (p["cat"] == g["type"] or frozenset((p["cat"], g["type"])) in COMPATIBLE)
                    and p["parts"] == g_parts
                    and not _clash(p["start"], g_start)
                    and not _clash(p["end"], g_end)
                ),
                None,
            )
            if hit is None:
                total.notes.append(
                    f"missed {doc_id}: {g['type']} {sorted(g_parts)} {g.get('start')}"
                )
                continue
            taken.add(hit)
            total.tp += 1
            p = mine[hit]
            exact["start"] += _at_precision(p["start"], g_start)
            exact["end"] += _at_precision(p["end"], g_end)
            exact["location"] += p["place"] == (
                normalise(g["location"]) if g.get("location") else None
            )
        total.notes += [
            f"spurious {doc_id}: {p['cat']} {sorted(p['parts'])} <{p['iri']}>"
            for i, p in enumerate(mine)
            if i not in taken
        ]
    return total, {k: f"{v}/{total.tp}" for k, v in exact.items()}


def score_entities(gold: dict[str, dict], rows: list[dict]) -> dict[str, Score]:
    predicted: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        cat = categorise(r.get("type", ""), ENTITY_CATEGORIES, "organizations")
        name = normalise(r.get("label") or re.split(r"[#/:]", str(r.get("entity", "")))[-1])
        for doc in _docs(_split(r.get("sources")), gold):
            predicted.setdefault((doc, cat), set()).add(name)
    scores: dict[str, Score] = {}
    for doc_id, annotation in gold.items():
        for cat, names in (annotation.get("entities") or {}).items():
            wanted = {normalise(n) for n in names or []}
            mine = predicted.get((doc_id, cat), set())
            hits = sum(1 for g in wanted if any(same_name(g, p) for p in mine))
            s = scores.setdefault(cat, Score(0, 0, 0))
            s.tp, s.predicted, s.gold = s.tp + hits, s.predicted + len(mine), s.gold + len(wanted)
    for s in scores.values():
        s.tp = min(s.tp, s.predicted)
    scores["all"] = Score(
        sum(s.tp for s in scores.values()),
        sum(s.predicted for s in scores.values()),
        sum(s.gold for s in scores.values()),
    )
    return dict(sorted(scores.items()))


def rows_of(result) -> list[dict]:
    """Rows of a query result as {variable: lexical value}."""
    return [{str(k): str(v) for k, v in row.items() if v is not None} for row in result.records()]


@dataclass
class Evaluation:
    events: Score
    attributes: dict[str, str]
    entities: dict[str, Score]

    def text(self, verbose: bool = False) -> str:
        lines = []
        if verbose:
            lines += [f"  {note}" for note in self.events.notes]
        lines += [self.entities[k].line(f"entities {k}") for k in self.entities]
        lines.append(f"event attributes of matched: {self.attributes}")
        lines.append(self.events.line("events"))
        return "\n".join(lines)


def evaluate_corpus(gold_dir: Path, documents: Path, reference: Path | None = None) -> Evaluation:
    """Build the corpus without curation, run `events` and `entities`, score them."""
    from .build import assemble_corpus
    from .query import run_query

    gold = load_gold(gold_dir)
    ds = assemble_corpus(documents, None, reference).dataset
    events, attributes = score_events(gold, rows_of(run_query("events", ds)))
    entities = score_entities(gold, rows_of(run_query("entities", ds)))
    return Evaluation(events, attributes, entities)
