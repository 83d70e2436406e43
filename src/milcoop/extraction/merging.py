"""When two claims are one event, and how their facts combine.

Used within a document (a later sentence adds to an earlier claim) and by assembly (one
description per event IRI). Conservative on purpose: distinct events that merely share
participants (two transfers of different equipment, a planned and a completed delivery, two
exercises in different places) stay apart.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..dates import PartialDate
from ..reference import Gazetteer
from .model import EventClaim
from .places import is_region


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or not a.conflicts(b)


_EDITION = re.compile(r"[\s-]+(?:\d{4}|\d{1,2}|[IVXL]+)$")


def series(name: str) -> str:
    """A drill's series without its edition: "Shaheen-XI", "Varuna 2025" -> "Shaheen", "Varuna"."""
    return _EDITION.sub("", name).casefold()


def same_name(a: str | None, b: str | None) -> bool:
    """One name, or one the edition of the other ("Talisman Sabre 2025", "Talisman Sabre"); not
    two editions ("Shaheen-X", "Shaheen-XI")."""
    if not (a and b):
        return False
    short, long = sorted((a, b), key=len)
    return long == short or (long.startswith(short) and series(long) == short.casefold())


def _same_trip(a: EventClaim, b: EventClaim, gaz: Gazetteer) -> bool:
    """Two stops of one trip: days within a week (or one undated), places in one host state."""
    if a.start and b.start:
        if not (a.start.day and b.start.day):
            return False
        if abs((a.start.first_day() - b.start.first_day()).days) > 6:
            return False
        if a.start != b.start and bool(a.lots) != bool(b.lots):
            return False  # warships docking on Monday, a general arriving on Tuesday: two calls
    # (a base the reference data does not know, "Salamis Naval Base", says no other host)
    hosts = {
        gaz.state_of(p) or p
        for p in (a.place, b.place)
        if p is not None and (gaz.state_of(p) or p in gaz.entities)
    }
    return len(hosts) <= 1


def edition_year(name: str | None) -> int | None:
    """The year a name ends with: "Talisman Sabre 2025" -> 2025."""
    year = re.search(r"\b(?:19|20)\d\d$", name or "")
    return int(year.group()) if year else None


def edition_year_clash(a: EventClaim, b: EventClaim) -> bool:
    year = edition_year(a.name)
    return bool(year and b.start and b.start.year != year)


def inside_span(outer: EventClaim, inner: EventClaim) -> bool:
    """`inner` is dated by one day inside `outer`'s stated span: "On 10 October, the delegation
    observed the final stage of the exercise ... The exercise, held from 6 to 10 October"."""
    return bool(
        outer.start
        and outer.end
        and inner.start
        and inner.start.day
        and inner.end is None
        and outer.start.first_day() <= inner.start.first_day() <= outer.end.last_day()
    )


def _one_body(a: EventClaim, b: EventClaim) -> bool:
    """ "the Brazil–South Africa Joint Defence Committee" and "the Joint Defence Committee"."""
    short, long = sorted((a.name or "", b.name or ""), key=len)
    return a.family == "DialogueMechanism" and long.endswith(" " + short)


def _reported_apart(a: EventClaim, b: EventClaim) -> bool:
    """An undated act whose report is of another year than the dated one."""
    return bool(a.start is None and a.said_on and b.start and a.said_on.year != b.start.year)


def _places_clash(a: URIRef, b: URIRef, gaz: Gazetteer) -> bool:
    """Two places that cannot be where one act happened: not one inside the other's state,
    nor a city and a region of one state ("Western Australia" and "Perth": the extract does
    not say which region a city is in, so any region of its state may hold it)."""
    if a == b or gaz.state_of(a) == b or gaz.state_of(b) == a:
        return False
    region = is_region(a) or is_region(b)
    return not (region and gaz.state_of(a) is not None and gaz.state_of(a) == gaz.state_of(b))


def same_event(a: EventClaim, b: EventClaim, gaz: Gazetteer) -> bool:
    """Two claims of one document (or of two) that describe one act."""
    if a.known is not None and a.known == b.known:
        return True
    if edition_year_clash(a, b) or edition_year_clash(b, a):
        return False  # "Spring Storm 2026" is not the Spring Storm held last May
    if (
        a.family == b.family == "JointExercise"
        and same_name(a.name, b.name)
        and (a.participants <= b.participants or b.participants <= a.participants)
        and (_dates_agree(a.start, b.start) or inside_span(a, b) or inside_span(b, a))
    ):
        return True  # "Talisman Sabre 2025" with its 19 nations, and "Talisman Sabre" later
    if a.family != b.family or a.participants != b.participants:
        return False
    if a.family == "OfficialVisit" and _same_trip(a, b, gaz):
        return True  # arrived on Sunday, talks on Monday, a base on Tuesday: one visit
    if (
        a.family == "Agreement"
        and a.cls != b.cls
        and not (a.start and b.start and (a.known or b.known))
    ):
        return False
    if a.name and b.name and not same_name(a.name, b.name) and not _one_body(a, b):
        return False  # "Crescent and Star" and "Crescent and Star-2022" may be one drill
    lenient = (
        (a.year_inferred or b.year_inferred)
        and a.start
        and b.start
        and a.start.parts()[1:] == b.start.parts()[1:]
    )
    if not lenient and not (_dates_agree(a.start, b.start) and _dates_agree(a.end, b.end)):
        return False
    if _reported_apart(a, b) or _reported_apart(b, a):
        return False  # "said on Monday it had signed a contract" is not the 2021 contract
    if a.place and b.place and _places_clash(a.place, b.place, gaz):
        return False
    eq_a, eq_b = {e for e, _ in a.lots}, {e for e, _ in b.lots}
    if eq_a and eq_b and not eq_a & eq_b:
        return False
    for role in ("supplier", "recipient", "visitor"):
        if a.roles.get(role) and b.roles.get(role) and a.roles[role] != b.roles[role]:
            return False
    return {a.status, b.status} != {"planned", "completed"}


_OPPOSITE = {"supplier": "recipient", "recipient": "supplier", "visitor": "host", "host": "visitor"}


def refines(new: PartialDate | None, old: PartialDate | None) -> bool:
    """`new` says the same date as `old` more precisely ("June 2025", then "June 23")."""
    return (
        new is not None
        and old is not None
        and not old.conflicts(new)
        and len(new.parts()) > len(old.parts())
    )


def finer_place(new: URIRef, old: URIRef, gaz: Gazetteer | None, known_states: set[URIRef]) -> bool:
    """A city inside the state already recorded is a finer place."""
    return gaz is not None and old in known_states and gaz.state_of(new) == old


def merge_into(
    a: EventClaim, b: EventClaim, gaz: Gazetteer | None, known_states: set[URIRef]
) -> None:
    """Complete `a` with `b`; a city replaces a state as place only when `gaz` can tell."""
    a.evidence += [e for e in b.evidence if e not in a.evidence]
    a.anchors += [x for x in b.anchors if x not in a.anchors]
    if b.known is not None and a.known is None:
        a.known, a.start, a.cls = b.known, b.start or a.start, b.cls
    if (
        a.start is None
        or (  # "On June 15" corrected by "June 15, 2025"
            a.year_inferred
            and b.start
            and not b.year_inferred
            and a.start.parts()[1:] == b.start.parts()[1:]
        )
    ):
        a.start, a.year_inferred = (
            b.start or a.start,
            b.year_inferred if b.start else a.year_inferred,
        )
    elif refines(b.start, a.start):
        a.start = b.start
    if (
        a.family == "OfficialVisit"
        and a.start
        and b.start
        and b.start.day
        and a.start.day
        and b.start.first_day() < a.start.first_day()
    ):
        a.start = b.start  # a trip starts on its first day: "the visit began on Sunday"
    a.end = a.end or b.end
    if b.place is not None and (
        a.place is None or finer_place(b.place, a.place, gaz, known_states)
    ):
        a.place = b.place
    a.name = max((n for n in (a.name, b.name) if n), key=len, default=None)
    for role, states in b.roles.items():
        # a state already on the other side keeps its side: no supplier is its own recipient
        taken = a.roles.get(_OPPOSITE.get(role, ""), set())
        if states - taken:
            a.roles.setdefault(role, set()).update(states - taken)
    a.involves |= b.involves
    a.lots += [lot for lot in b.lots if lot not in a.lots]
    a.value = a.value or b.value
    a.status = a.status or b.status
    a.date_text = a.date_text or b.date_text
    a.said_on = a.said_on or b.said_on
