"""Organisations the reference data lacks, minted from how news names them: units of a
force ("38th Separate Guards Air Assault Brigade") and a company's arm in another state
("Rheinmetall Defence Australia"); and the short form a story uses for a company it has named
in full ("Diehl Defence ... signed a contract with Diehl"). Each recognizer yields Candidates
for `EntityFinder.find`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rdflib import URIRef

from .. import geonames
from . import lexicon as L
from .model import Candidate, Mention

if TYPE_CHECKING:
    from .entities import EntityFinder

_SUBSIDIARY = re.compile(
    r"(?:\s+(?:Defence|Defense|Systems|Land|Maritime|Aerospace|Group))?\s+"
    r"(?P<state>[A-Z][\w]+(?:\s+[A-Z][\w]+)?)\b(?!\s+[A-Z])"
)

_UNIT = re.compile(
    rf"(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?(?:{L.LEAD}\s+){{0,3}}{L.LEAD}"
    rf"(?:\s+and\s+{L.LEAD})?\s+"
    rf"{L.UNIT_HEAD})\b"
)


def subsidiaries(finder: EntityFinder, view: str, base: list[Candidate]):
    """A company's arm in a state ("Rheinmetall Defence Australia", "Lockheed Martin
    Australia") makes and sells from there: a sale by it is an export of that state."""
    for c in base:
        if c.mention.kind != "DefenceCompany":
            continue
        tail = _SUBSIDIARY.match(view, c.end)
        found = tail and finder.gaz.lookup(tail.group("state"))
        if not found or found[1] != "name" or finder.gaz.entities[found[0]].kind != "State":
            continue
        name = view[c.start : tail.end()]
        minted = finder.mint("DefenceCompany", name, name, found[0], parent=c.mention.iri)
        mention = Mention(
            c.start, tail.end(), name, minted.iri, "DefenceCompany", "minted", (found[0],)
        )
        yield Candidate(c.start, tail.end(), 1, mention, minted)


def units(finder: EntityFinder, view: str):
    """Units named by rank words and a head noun, keyed by the force they belong to."""
    for match in _UNIT.finditer(view):
        name = re.sub(r"\s+", " ", match.group("name"))
        parent = _parent_after(finder, view, match.end())
        state = finder.gaz.state_of(parent) if parent in finder.gaz.entities else None
        head = finder.gaz.lookup(name.split()[0])
        if state is None and head and finder.gaz.entities[head[0]].kind == "State":
            state = head[0]  # "Maldives National Defence Force": that state's force
        key = f"{finder.gaz.label(parent)} {name}" if parent in finder.gaz.entities else name
        if parent is not None and finder.gaz.entities[parent].kind in ("State", "Place"):
            parent = None  # "the Armed Forces of the Islamic Republic of Iran": its state's
        minted = finder.mint("MilitaryUnit", key, name, state, parent=parent)
        mention = Mention(
            match.start(),
            match.end(),
            match.group(),
            minted.iri,
            "MilitaryUnit",
            "minted",
            (state,) if state else (),
        )
        yield Candidate(match.start(), match.end(), 3, mention, minted)


def _parent_after(finder: EntityFinder, view: str, end: int) -> URIRef | None:
    """'the Land Forces, the Air Force, ... of the Azerbaijan Army': the army they belong to."""
    tail = re.match(
        rf"(?:(?:,\s*|\s+and\s+)(?:the\s+)?{L.CAPSEQ})*\s+(?:of|from)\s+the\s+",
        view[end : end + 300],
    )
    if not tail:
        return None
    found = finder.gaz.pattern.match(view, end + tail.end())
    if found and (hit := finder.gaz.lookup(found.group())):
        return hit[0]
    return None


# first words of company names that are ordinary words or titles, never a short form
_NOT_SHORT = re.compile(
    r"(?:General|Naval|Heavy|Electric|Global|Space|Tactical|United|Mechanical|Aviation|Garden|"
    r"Arab|Advanced|Defen[cs]e|National|Royal|State|Air|Land|Marine|Military)$"
)
_SHORT_WORD = re.compile(r"[A-Z][A-Za-z]{3,}(?:-[A-Z][A-Za-z]+)?$")


def short_forms(finder: EntityFinder, view: str, base: list[Candidate]):
    """A company named in full, then by its first word alone ("Diehl", "Lockheed") later in
    the story; a first word that names something else, or is an ordinary word, is left."""
    seen: dict[str, Candidate] = {}
    for c in base:
        words = c.mention.text.split()
        if c.mention.kind != "DefenceCompany" or c.mention.how != "name" or len(words) < 2:
            continue
        head = words[0]
        if (
            _SHORT_WORD.match(head)
            and not _NOT_SHORT.match(head)
            and finder.gaz.lookup(head) is None
            and head not in finder.gaz.state_words
            and geonames.lookup(head) is None
            and head not in seen
        ):
            seen[head] = c
    for head, full in seen.items():
        for match in re.finditer(rf"\b{re.escape(head)}\b(?!\s+[A-Z&])", view[full.end :]):
            start, end = full.end + match.start(), full.end + match.end()
            m = full.mention
            mention = Mention(start, end, head, m.iri, m.kind, "name", m.states, m.locative)
            yield Candidate(start, end, 2, mention)
