"""A seeded generator of synthetic news-style documents about military cooperation.

The seed corpus has five documents, too few to show how the pipeline scales. This module writes
any number of short articles from sentence templates over the reference data (states,
demonyms, capitals, places, equipment, companies, persons, news organisations), so the
benchmark exercises the same extractor paths as real news: exercises with named places and date
ranges, signed agreements, deliveries ("X delivered N <equipment> to Y"), procurement contracts
with money, visits, training, relative dates ("on Tuesday", "on March 3") resolved against the
publication date, re-reports of earlier events (cross-document merging) and distractor
sentences (hypothetical, habitual, unrelated). Same seed and count: byte-identical files.

    python bench/synth.py OUT_DIR [--docs N] [--seed S]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from milcoop.errors import MilcoopError
from milcoop.reference import Gazetteer, load_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth_text as T  # noqa: E402  (bench/ is a folder of scripts, not a package)

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = "synth-manifest.json"  # not a document suffix: the pipeline ignores it
FIRST_DAY = dt.date(2016, 1, 1)
SPAN_DAYS = 9 * 365


@dataclass(frozen=True)
class State:
    name: str
    demonym: str
    capital: str | None
    places: tuple[str, ...]
    equipment: tuple[str, ...]
    companies: tuple[str, ...]
    persons: tuple[str, ...]


@dataclass
class Event:
    kind: str
    a: State  # host, supplier, visitor, instructor or first signatory
    b: State
    date: dt.date
    end: dt.date | None = None
    place: str | None = None
    name: str | None = None
    equipment: str | None = None
    quantity: int = 0
    money: str | None = None
    extra: dict = field(default_factory=dict)


def world(gaz: Gazetteer) -> tuple[list[State], list[str]]:
    """States with what the templates need, and the news organisations to publish under."""
    by_state: dict = {}
    for entity in gaz.entities.values():
        if entity.state is not None and entity.kind != "State":
            by_state.setdefault((entity.state, entity.kind), []).append(entity.label)
    states = []
    for iri, demonym in sorted(gaz.state_demonym.items()):
        capital = next((gaz.label(p) for p, s in gaz.capitals.items() if s == iri), None)

        def of(kind: str, iri=iri) -> tuple[str, ...]:
            return tuple(sorted(by_state.get((iri, kind), [])))

        places = tuple(p for p in of("Place") if p != capital)
        states.append(
            State(
                gaz.label(iri),
                demonym,
                capital,
                places,
                of("EquipmentModel"),
                of("DefenceCompany"),
                of("Person"),
            )
        )
    publishers = sorted(e.label for e in gaz.entities.values() if e.kind == "NewsOrganization")
    return states, publishers


def _pick(rng: random.Random, states: list[State]) -> State:
    """States with armed forces data (equipment, office holders) are in the news more often."""
    return rng.choices(states, [4 if s.equipment or s.persons else 1 for s in states])[0]


def new_event(
    rng: random.Random, states: list[State], pub: dt.date, partner: State | None = None
) -> Event:
    """A fresh event a few days to a few months before the publication date; `partner`, when
    given, usually takes part (articles tend to stay with one relationship)."""
    kind = rng.choice(
        ("exercise", "exercise", "agreement", "transfer", "procurement", "visit", "training")
    )
    date = pub - dt.timedelta(days=rng.choice((1, 2, 3, 5, 9, 20, 45, 80)))
    a = _pick(
        rng, [s for s in states if s.equipment] if kind in ("transfer", "procurement") else states
    )
    b = partner if partner is not None and partner is not a and rng.random() < 0.7 else None
    b = b or _pick(rng, [s for s in states if s is not a])
    event = Event(kind, a, b, date)
    if kind == "exercise":
        event.end = date + dt.timedelta(days=rng.choice((3, 5, 6, 10)))
        if event.end >= pub:
            event.date, event.end = date - dt.timedelta(days=12), date - dt.timedelta(days=2)
        event.place = rng.choice(a.places or (a.capital or a.name,))
        event.name = f"{rng.choice(T.NAME_A)} {rng.choice(T.NAME_B)}-{event.date.year}"
        event.extra["kind"] = rng.choice(T.EX_KIND)
    elif kind in ("transfer", "procurement"):
        event.equipment = rng.choice(a.equipment)
        event.quantity = rng.choice((2, 3, 4, 6, 8, 12, 20, 24, 36))
        if kind == "procurement":
            event.money = T.money(rng)
            event.extra["company"] = rng.choice(a.companies) if a.companies else None
    elif kind == "agreement":
        event.extra["what"] = rng.choice(T.AGREEMENT)
        event.place = rng.choice((a.capital, b.capital))
    elif kind == "visit":
        event.extra["who"] = rng.choice(a.persons) if a.persons else None
    else:
        event.quantity = rng.choice((12, 20, 30, 45, 60))
        event.extra["who"] = rng.choice(T.TRAINEES)
        event.place = rng.choice(a.places) if a.places else None
    return event


def document(
    rng: random.Random, states: list[State], publishers: list[str], pool: list[Event]
) -> tuple[dict, str, list[Event]]:
    """Front matter, body and the events one article reports."""
    pub = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    main = new_event(rng, states, pub)
    events, fresh = [main], [main]
    for _ in range(rng.choice((0, 1, 1, 2))):
        older = [e for e in pool if e.date < pub - dt.timedelta(days=30)]
        if older and rng.random() < 0.5:
            events.append(rng.choice(older))  # a re-report: merging across documents
        else:
            fresh.append(new_event(rng, states, pub, rng.choice((main.a, main.b))))
            events.append(fresh[-1])
    paragraphs = []
    for i, event in enumerate(events):
        lines = [T.report(rng, event, pub)]
        lines += T.distractors(rng, event.a, event.b, pub, rng.choice((1, 2, 3)))
        if i == 0:
            lines.insert(0, f"{event.a.name} and {event.b.name} have stepped up defence ties.")
        paragraphs.append(" ".join(lines))
    title = (
        f"{main.a.demonym} and {main.b.demonym} {T.TITLES[main.kind]}, "
        f"{calendar.month_name[pub.month]} {pub.year}"
    )
    meta = {
        "title": title,
        "publisher": rng.choice(publishers),
        "published": pub.isoformat(),
        "language": "en",
    }
    pool.extend(fresh)
    return meta, "\n\n".join(paragraphs) + "\n", events


def render(meta: dict, body: str) -> str:
    lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()]
    return "\n".join(lines) + "\n---\n" + body


def check_target(out: Path) -> Path:
    """Refuse the project's own data folder and folders that hold anything but a corpus of ours."""
    out = Path(out).resolve()
    data = (ROOT / "data").resolve()
    if out == data or data in out.parents:
        raise MilcoopError("synthetic documents never go under data/", out)
    if out.exists() and (
        not out.is_dir() or (any(out.iterdir()) and not (out / MANIFEST).is_file())
    ):
        raise MilcoopError("not empty and not a synthetic corpus: refusing to overwrite", out)
    return out


def generate(out: Path, docs: int = 1000, seed: int = 1, gaz: Gazetteer | None = None) -> Path:
    """Write `docs` articles into `out` (replaced as a whole); return the folder."""
    if docs < 1:
        raise MilcoopError(f"--docs must be at least 1, not {docs}")
    out = check_target(out)
    states, publishers = world(gaz or load_gazetteer())
    rng = random.Random(seed)
    pool: list[Event] = []
    counts: dict[str, int] = {}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for i in range(docs):
            meta, body, events = document(rng, states, publishers, pool)
            for event in events:
                counts[event.kind] = counts.get(event.kind, 0) + 1
            digest = hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:12]
            path = tmp / f"syn{i:05d}_{digest}.md"
            path.write_text(render(meta, body), encoding="utf-8")
        manifest = {
            "generator": "bench/synth.py",
            "docs": docs,
            "seed": seed,
            "events_reported": dict(sorted(counts.items())),
            "distinct_events": len(pool),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--docs", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    try:
        out = generate(args.out, args.docs, args.seed)
    except MilcoopError as exc:
        print(f"synth: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.docs} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
