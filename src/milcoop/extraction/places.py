"""Places the reference data lacks: named seas, bays and bases, cities linked through the
offline GeoNames extract, ISO 3166-2 regions (only when their state is named), and datelines.
Each recognizer yields Candidates for `EntityFinder.find` to settle."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rdflib import URIRef

from .. import geonames, regions
from ..namespaces import resource
from ..text import dateline, datelines
from . import lexicon as L
from .model import Candidate, Mention, MintedEntity

if TYPE_CHECKING:
    from .entities import EntityFinder

_CAPITAL_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]*")
_WORD = re.compile(r"[\w’'-]+")


# the IRI `resource("place", region.code)` mints for an ISO 3166-2 region: "place/au-wa"
_REGION_IRI = re.compile(r"/place/[a-z]{2}-[a-z0-9]+$")


def is_region(iri: URIRef) -> bool:
    """A place minted from an ISO 3166-2 region ("Western Australia"), not a GeoNames city."""
    return bool(_REGION_IRI.search(str(iri)))


def features(finder: EntityFinder, view: str):
    """Seas, bays, straits, bases: places GeoNames' city list does not hold."""
    for match in L.FEATURE.finditer(view):
        name = " ".join(match.group("name").split())
        if name.split()[0] in L.STOP or finder.gaz.by_name(name):
            continue
        start, end = match.start("name"), match.end("name")
        minted = finder.mint("Place", name, name)
        mention = Mention(start, end, view[start:end], minted.iri, "Place", "minted", (), True)
        yield Candidate(start, end, 3, mention, minted)


_REGION_WORD = re.compile(r" (?:State|Province|Region|Prefecture|Governorate|Oblast)\b")
_NAME_GOES_ON = re.compile(r" [A-Z]\w")


def linked(finder: EntityFinder, view: str, states: set[URIRef]):
    """Cities the reference data lacks, linked through the offline GeoNames extract, and
    provinces or states (ISO 3166-2); the states the document names decide between
    namesakes ("Hyderabad") and are required for regions."""
    context = {finder.gaz.iso3_of(s).upper() for s in states}
    city_heads, region_heads = geonames.first_words(), regions.first_words()
    for match in _CAPITAL_WORD.finditer(view):
        key = geonames.fold(match.group())
        longest = max(city_heads.get(key, 0), region_heads.get(key, 0))
        if not longest:
            continue
        ends, pos = [], match.start()
        for word in _WORD.finditer(view, pos, min(len(view), pos + 24 * longest)):
            if len(ends) == longest or view[pos : word.start()] not in ("", " "):
                break
            ends.append(word.end())
            pos = word.end()
        for n in range(len(ends), 0, -1):
            start, end = match.start(), ends[n - 1]
            found = _entity(finder, view[start:end], context, bool(_NAME_GOES_ON.match(view, end)))
            if found is None:
                continue
            iri, minted = found
            if is_region(iri) and (word := _REGION_WORD.match(view, end)):
                end = word.end()  # "Niger State": the Nigerian state, not the state of Niger
            locative = finder.is_locative(view, start)
            mention = Mention(start, end, view[start:end], iri, "Place", "name", (), locative)
            yield Candidate(start, end, 4, mention, minted)
            break


def _entity(
    finder: EntityFinder, surface: str, context: set[str], goes_on: bool = False
) -> tuple[URIRef, MintedEntity | None] | None:
    place = geonames.lookup(surface, context)
    same = place is not None and geonames.fold(surface) == geonames.fold(place.name)
    if place is not None and goes_on and not same:
        return None  # "Bratislav Gašić": another form of a city's name inside a longer name
    if place is not None:
        iri = resource("place", place.geonames_id)
        if iri in finder.gaz.entities:
            return iri, None
        # the name as written when the text uses another form ("Bombay")
        minted = MintedEntity(
            iri, "Place", place.name if same else surface, geonames=place.geonames_id
        )
        minted.state = _state_of_iso3(finder, place.state_iso3)
        return iri, minted
    region = regions.lookup(surface, context)
    if region is not None:
        iri = resource("place", region.code)
        return iri, MintedEntity(iri, "Place", surface, _state_of_iso3(finder, region.state_iso3))
    return None


def _state_of_iso3(finder: EntityFinder, iso3: str) -> URIRef | None:
    iri = resource("state", iso3.lower())
    return iri if iri in finder.gaz.entities else None


def dateline_place(finder: EntityFinder, view: str):
    """'ISLAMABAD, Sept 11 –' names a place (where the report was filed) and nothing else:
    everything in the dateline is marked so that events ignore it."""
    first = dateline(view)
    for line in datelines(view):
        if first is not None and line.start < first.start:
            continue  # a line before the first dateline (a byline's) is no dateline
        name = " ".join(w.capitalize() for w in line.city.split())
        found = finder.gaz.lookup(name)
        if found is not None and finder.gaz.entities[found[0]].kind == "Place":
            iri, minted = found[0], None
        else:
            minted = finder.mint("Place", name, name)
            iri = minted.iri
        mention = Mention(line.start, line.city_end, line.city, iri, "Place", "dateline")
        yield Candidate(line.start, line.end, -1, mention, minted)
