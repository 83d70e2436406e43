"""Reviewed corrections applied after extraction: add, drop or patch a claim, with a reason.

`data/curation/{document stem}.yaml` holds a list of entries. Extraction quality is always
measured without them; they exist so that a published graph can carry a reviewer's fixes
without hiding what the extractor did on its own (each applied entry is recorded in the graph).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from rdflib import URIRef

from .dates import parse_iso
from .errors import MilcoopError
from .extraction.model import EventClaim, Extraction
from .reference import Gazetteer

ACTIONS = ("add", "drop", "patch")
_FIELDS = ("type", "participants", "start", "end", "place", "name", "status", "evidence")


@dataclass(frozen=True)
class Entry:
    action: str
    reason: str
    match: dict
    values: dict
    path: Path
    index: int


def load(path: Path) -> list[Entry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise MilcoopError(
            f"broken curation YAML: {getattr(exc, 'problem', exc)}",
            path,
            mark.line + 1 if mark else None,
        ) from None
    except UnicodeDecodeError:
        raise MilcoopError("not UTF-8", path) from None
    if not isinstance(data, list):
        raise MilcoopError("a curation file is a list of entries", path, 1)
    entries = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict) or item.get("action") not in ACTIONS:
            raise MilcoopError(f"entry {i}: 'action' must be one of {', '.join(ACTIONS)}", path)
        if not str(item.get("reason") or "").strip():
            raise MilcoopError(f"entry {i}: every correction needs a 'reason'", path)
        values = item.get("set") or item.get("event") or {}
        unknown = set(values) - set(_FIELDS)
        if unknown:
            raise MilcoopError(f"entry {i}: unknown field(s) {sorted(unknown)}", path)
        entries.append(
            Entry(
                item["action"],
                str(item["reason"]).strip(),
                item.get("match") or {},
                values,
                path,
                i,
            )
        )
    return entries


def _states(names: list, gaz: Gazetteer, entry: Entry) -> set[URIRef]:
    out = set()
    for name in names or []:
        iri = gaz.by_name(str(name)) or gaz.iso3.get(str(name).upper())
        if iri is None or gaz.entities[iri].kind != "State":
            raise MilcoopError(f"entry {entry.index}: unknown state {name!r}", entry.path)
        out.add(iri)
    return out


def _date(value, entry: Entry):
    if value in (None, ""):
        return None
    date = parse_iso(str(value))
    if date is None:
        raise MilcoopError(f"entry {entry.index}: bad date {value!r}", entry.path)
    return date


def _matches(claim: EventClaim, match: dict, gaz: Gazetteer, entry: Entry) -> bool:
    if "type" in match and claim.cls != match["type"] and claim.family != match["type"]:
        return False
    if "participants" in match and claim.participants != _states(match["participants"], gaz, entry):
        return False
    wanted = match.get("start")
    found = claim.start.iso() if claim.start else None
    return "start" not in match or found == (str(wanted) if wanted is not None else None)


def _apply_values(claim: EventClaim, values: dict, gaz: Gazetteer, entry: Entry) -> None:
    if "type" in values:
        claim.cls = str(values["type"])
    if "participants" in values:
        claim.participants = _states(values["participants"], gaz, entry)
    for key in ("start", "end"):
        if key in values:
            setattr(claim, key, _date(values[key], entry))
    if "place" in values:
        place = gaz.by_name(str(values["place"]))
        if place is None:
            raise MilcoopError(
                f"entry {entry.index}: unknown place {values['place']!r}", entry.path
            )
        claim.place = place
    for key in ("name", "status"):
        if key in values:
            setattr(claim, key, values[key])


def apply(extraction: Extraction, entries: list[Entry], gaz: Gazetteer) -> list[Entry]:
    """Apply the entries to one document's claims; every entry must take effect.

    Each applied entry is kept on the extraction with the claims it added or changed, so the
    graph records it (and its reason) next to the events it influenced."""
    text = extraction.document.text
    for entry in entries:
        if entry.action == "add":
            quote = str(entry.values.get("evidence") or "")
            start = text.find(quote) if quote else -1
            if start < 0:
                raise MilcoopError(
                    f"entry {entry.index}: evidence quote not found in "
                    f"{extraction.document.path.name}",
                    entry.path,
                )
            claim = EventClaim(
                str(entry.values.get("type", "")), set(), [(start, start + len(quote))]
            )
            _apply_values(claim, entry.values, gaz, entry)
            extraction.events.append(claim)
            extraction.curation.append((entry, [claim]))
            continue
        hits = [c for c in extraction.events if _matches(c, entry.match, gaz, entry)]
        if not hits:
            raise MilcoopError(
                f"entry {entry.index}: matches no extracted event (the "
                "extractor may have changed; review the entry)",
                entry.path,
            )
        for claim in hits:
            if entry.action == "drop":
                extraction.events.remove(claim)
            else:
                _apply_values(claim, entry.values, gaz, entry)
        extraction.curation.append((entry, [] if entry.action == "drop" else hits))
    return entries


def curation_file(directory: Path | None, stem: str) -> Path | None:
    if directory is None:
        return None
    path = Path(directory) / f"{stem}.yaml"
    return path if path.exists() else None
