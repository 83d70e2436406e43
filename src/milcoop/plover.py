"""PLOVER event records: `milcoop export --format plover` writes a built dump as JSON Lines.

Event-data tools (PLOVER, POLECAT and the scripts around them) read one JSON object per event
with the fields `id, date, enddate, actor, recipient, event, mode, context, event_text`; this
module writes exactly those, in that order, followed by milcoop's own (`cameo`, `status`,
`participants`, `location`, `sources`, `iri`). The codes are read from the graph (`mc:cameoCode`,
`mc:ploverType`, `mc:ploverMode`, written at build time by `coding.py`), not recomputed, so the
export says what the published graph says.

Choices (see docs/model.md, "PLOVER records"):
- one record per event that at least one document reports; the reference data's known events
  that no document mentions are background knowledge with no text to quote, and are left out;
- `id` is the event IRI without its `mcid:event/` prefix (stable across builds, like the IRI);
- `date` / `enddate` are the ISO dates at the precision the graph states ("2022-12-19",
  "2022-12", "2022"), or null;
- `actor` / `recipient` are sorted lists of ISO 3166-1 alpha-3 codes (PLOVER codes compound
  actors as lists), split by `coding.sides`: supplier → recipient, visitor → host, guests →
  host; reciprocal events list every state as actor and none as recipient;
- `event_text` is the evidence quote of the first source (smallest document IRI, then the
  earliest quote in it), or null;
- records are sorted by date (undated last), then id, so the same dump gives the same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import Dataset

from . import store
from .coding import CONTEXT, sides
from .errors import MilcoopError
from .namespaces import CODE, ID

FIELDS = ("id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_text")
EXTRA_FIELDS = ("cameo", "status", "participants", "location", "sources", "iri")

# Events some document reports, with everything single-valued about them; several values of
# one field (which the shapes forbid for codes and dates) come out as several rows, and the
# smallest value wins below.
_EVENTS = """
SELECT ?event ?cameo ?type ?mode ?status ?start ?end ?place ?doc WHERE {
  ?event prov:wasDerivedFrom ?doc .
  ?doc a schema:NewsArticle .
  OPTIONAL { ?event mc:cameoCode ?cameo }
  OPTIONAL { ?event mc:ploverType ?type }
  OPTIONAL { ?event mc:ploverMode ?mode }
  OPTIONAL { ?event mc:status ?status }
  OPTIONAL { ?event mc:startDate ?start }
  OPTIONAL { ?event mc:endDate ?end }
  OPTIONAL {
    ?event mc:place/rdfs:label ?place .
    FILTER (LANG(?place) = "" || LANGMATCHES(LANG(?place), "en"))
  }
}
"""

_STATES = """
SELECT ?event ?property ?code WHERE {
  VALUES ?property { mc:participant mc:host mc:supplier mc:recipient mc:signatory mc:visitor }
  ?event ?property ?state .
  OPTIONAL { ?state mc:iso3166Alpha3 ?iso }
  BIND (COALESCE(STR(?iso), UCASE(STRAFTER(STR(?state), "/state/"))) AS ?code)
}
"""

_QUOTES = """
SELECT ?event ?doc ?start ?exact WHERE {
  ?event mc:evidence/oa:hasTarget ?target .
  ?target oa:hasSource ?doc ;
          oa:hasSelector ?quote, ?position .
  ?doc a schema:NewsArticle .
  ?quote oa:exact ?exact .
  ?position oa:start ?start .
}
"""

_EVENT_PREFIX = str(ID["event/"])


def _notation(concept: object, scheme: str) -> str | None:
    """The code of one of milcoop's concepts: the last segment, as AID of mccode:plover/AID."""
    prefix = str(CODE[f"{scheme}/"])
    return str(concept)[len(prefix) :] if str(concept).startswith(prefix) else None


def _first(values: set[str]) -> str | None:
    return min(values) if values else None


def records(ds: Dataset, source: str | Path | None = None) -> list[dict[str, Any]]:
    """The PLOVER records of a dataset, sorted; `source` names the dump in error messages."""
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.query(ds, _EVENTS):
        values = fields[str(row.event)]
        values["doc"].add(str(row.doc))
        for name, scheme in (("cameo", "cameo"), ("type", "plover"), ("mode", "plover-mode")):
            code = _notation(row[name], scheme) if row[name] is not None else None
            if code:
                values[name].add(code)
        if row.status is not None:
            values["status"].add(_notation(row.status, "status") or str(row.status))
        for name in ("start", "end", "place"):
            if row[name] is not None:
                values[name].add(str(row[name]))

    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.query(ds, _STATES):
        if str(row.event) in fields:
            roles[str(row.event)][str(row.property).rsplit("#", 1)[-1]].add(str(row.code))

    quotes: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for row in store.query(ds, _QUOTES):
        if str(row.event) in fields:
            quotes[str(row.event)].append((str(row.doc), int(row.start), str(row.exact)))

    out = []
    for iri, values in fields.items():
        if not values["type"] or not values["cameo"]:
            raise MilcoopError(
                f"event {iri} has no CAMEO/PLOVER codes; rebuild the dump with this milcoop",
                source,
            )
        event_roles = roles[iri]
        participants = event_roles.pop("participant", set())
        actor, recipient = sides(event_roles, participants)
        record: dict[str, Any] = {
            "id": iri[len(_EVENT_PREFIX) :] if iri.startswith(_EVENT_PREFIX) else iri,
            "date": _first(values["start"]),
            "enddate": _first(values["end"]),
            "actor": actor,
            "recipient": recipient,
            "event": _first(values["type"]),
            "mode": _first(values["mode"]) or "",
            "context": CONTEXT,
            "event_text": min(quotes[iri])[2] if quotes[iri] else None,
            "cameo": _first(values["cameo"]),
            "status": _first(values["status"]),
            "participants": sorted(participants.union(*event_roles.values())),
            "location": _first(values["place"]),
            "sources": sorted(values["doc"]),
            "iri": iri,
        }
        out.append(record)
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
    return out


def to_jsonl(recs: list[dict[str, Any]]) -> bytes:
    """One JSON object per line, keys in PLOVER's order, UTF-8 (no \\u escapes for names)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def serialize_plover(ds: Dataset, source: str | Path | None = None) -> bytes:
    """The PLOVER JSON Lines of a built dump, for `milcoop export --format plover`."""
    return to_jsonl(records(ds, source))
