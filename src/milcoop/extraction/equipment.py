"""Equipment models the reference data lacks, named by what they are ("26 Rafale M jets",
"Gowind-class corvettes") or by a ship prefix ("INS Vikrant"); a variant of a known model is a
model of its own linked to it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from ..amounts import NUMBER_WORDS
from ..reference import fold
from . import lexicon as L
from .model import Candidate, Mention

if TYPE_CHECKING:
    from .entities import EntityFinder


def _is_state(finder: EntityFinder, word: str) -> bool:
    found = finder.gaz.lookup(word)
    return found is not None and finder.gaz.entities[found[0]].kind == "State"


def _is_actor(finder: EntityFinder, word: str) -> bool:
    found = finder.gaz.lookup(word)
    return found is not None and finder.gaz.entities[found[0]].kind in (
        "ArmedForces",
        "MilitaryUnit",
        "GovernmentAgency",
        "Ministry",
    )


def equipment(finder: EntityFinder, view: str):
    """Models named by what they are ("26 Rafale M jets", "Gowind-class corvettes") and
    ships by their prefix ("INS Vikrant"); a variant of a known model ("Rafale M") is a
    model of its own, linked to the known one."""
    for rx in (L.SHIP, L.SHIP_CLASS, L.EQUIPMENT, L.DESIGNATION):
        for match in rx.finditer(view):
            name = " ".join(match.group("name").split())
            # "Chinese-made J-10C": the maker's nationality is not part of the name
            name = re.sub(r"^\S+-(?:made|built|designed|developed|origin)\s+", "", name)
            words = name.split()
            while len(words) > 1 and (
                words[0].lower() in NUMBER_WORDS
                or _is_state(finder, words[0])
                or _is_actor(finder, words[0])
            ):  # "Forty F-16 fighters", "Chinese J-35 fighters", "RAAF KC-30A tanker": a count,
                # an origin or an owner first
                words = words[1:]
            name = " ".join(words)
            if not words or re.search(r"-(?:made|built|designed|developed|origin)$|['’]s$", name):
                continue
            if words[0] in L.NOT_MODEL or words[-1] in ("Navy", "Army"):
                continue
            if rx is L.SHIP_CLASS:
                name = f"{name} {match.group('noun')}"
            elif (
                rx is L.EQUIPMENT
                and not re.search(r"\d|[A-Z]{2}|[a-z][A-Z]", name)
                and (len(words) > 2)
            ):
                continue  # three plain capitalised words: a name of something else
            known = [finder.gaz.lookup(w) for w in (name, words[0])]
            kinds = {finder.gaz.entities[k[0]].kind for k in known if k}
            if kinds - {"EquipmentModel"}:
                continue  # "Indian", "Turkish Navy": an actor, not a model
            parent = known_model(finder, name)
            if parent is not None and finder.gaz.by_name(name) == parent:
                continue  # the known model itself: the gazetteer has it
            start = match.start("name") + match.group("name").index(words[0])
            end = start + len(" ".join(words)) if rx is not L.SHIP_CLASS else match.end()
            minted = finder.mint("EquipmentModel", name, name, parent=parent)
            navy = finder.gaz.iso3.get(L.SHIP_PREFIX.get(words[0], "")) if rx is L.SHIP else None
            states = (navy,) if navy else ()  # "HMS Somerset" sails for the United Kingdom
            mention = Mention(
                start, end, view[start:end], minted.iri, "EquipmentModel", "minted", states
            )
            # a ship's prefix is unambiguous: "HMAS Brisbane" is no city
            yield Candidate(start, end, 2 if parent or rx is L.SHIP else 3, mention, minted)


def known_model(finder: EntityFinder, name: str) -> URIRef | None:
    for hit in finder.gaz.pattern.finditer(name):
        found = finder.gaz.lookup(hit.group())
        if found and finder.gaz.entities[found[0]].kind == "EquipmentModel":
            return found[0]
    return None


_WHAT_IT_IS = re.compile(rf"(?:\s+{L.EQUIPMENT_MOD})*\s+{L.EQUIPMENT_NOUN}$")


def as_named(finder: EntityFinder, mention: Mention) -> Mention:
    """The mention narrowed to the model's name as written: "K2" in "K2 main battle tanks",
    "Anzac-class" in "Anzac-class frigates", "F-16" in "F-16s", but "MILGEM corvette" where
    that is the model's own label. Annotations then quote the name, and the `entities` query
    reads it as the name the document uses."""
    text = _singular(finder, mention.text)
    known = finder.gaz.entities.get(mention.iri)
    if known is None or fold(known.label) != fold(text):
        bare = _WHAT_IT_IS.sub("", mention.text)
        if bare != mention.text and re.search(r"[A-Z0-9]", bare):
            text = _singular(finder, bare)
    if text == mention.text:
        return mention
    return replace(mention, end=mention.start + len(text), text=text)


def _singular(finder: EntityFinder, text: str) -> str:
    if text.endswith("s") and (
        re.search(r"[A-Z0-9]s$", text)
        or (finder.gaz.by_name(text) is None and finder.gaz.by_name(text[:-1]) is not None)
    ):
        return text[:-1]
    return text
