"""How a document names states and bodies beyond the reference data's own strings: each part
of a hyphenated compound ("India-US drill"), and the acronyms it defines ("the Philippine Air
Force (PAF)")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..reference import Gazetteer
from . import lexicon as L
from .model import Candidate, Mention


def compounds(gaz: Gazetteer, view: str) -> Iterator[list[Candidate]]:
    """The states of "India-US" and "Sino-Russian": the gazetteer pattern never starts a name
    after a hyphen, so that models stay whole, and here every part must name a state."""
    for match in L.STATE_COMPOUND.finditer(view):
        parts, at, found = match.group().split("-"), match.start(), []
        for part in parts:
            hit = gaz.lookup(L.COMBINING.get(part, part))
            state = gaz.state_of(hit[0]) if hit else None
            if hit is None or state is None or (hit[1] == "name" and hit[0] != state):
                break
            found.append(Mention(at, at + len(part), part, state, "State", "demonym", (state,)))
            at += len(part) + 1
        else:
            if len(set(m.iri for m in found)) == len(found):
                yield [Candidate(m.start, m.end, 0, m) for m in found]


def as_defined(view: str, mentions: list[Mention]) -> list[Mention]:
    """'The Philippine Air Force (PAF)': from there on PAF is that force, whatever the letters
    stand for in the reference data (the Pakistan Air Force)."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        acronym = L.DEFINED_ACRONYM.match(view, m.end)
        if acronym and m.how != "inside":
            defined.setdefault(acronym.group(1), m)
    out = []
    for m in mentions:
        meant = defined.get(m.text)
        if meant is not None and m.iri != meant.iri and m.start > meant.start:
            m = replace(m, iri=meant.iri, kind=meant.kind, how=meant.how, states=meant.states)
        out.append(m)
    return out
