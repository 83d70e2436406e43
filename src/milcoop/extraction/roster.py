"""Who takes part in a drill beyond the sentence that reports it: a roster sentence after it
("Among the visiting contingents are ..."), or partners joining in another clause of a sentence
that recalls it. Observers are never partners."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from rdflib import URIRef

from ..text import Sentence
from . import cues as C
from . import triggers as T
from .merging import series
from .model import EventClaim, Mention

# A sentence that lists who else takes part in the exercise just reported.
ROSTER = T.rx(
    r"\b(?:contingents?|roster|participants?|participat\w*|taking\s+part|took\s+part|"
    r"joined|joining|alongside|(?:also|is|are)\s+sending|sent|deployed|deploying|"
    r"among\s+the|includes?|including|included|featur\w+|supporting|line-up|brought|"
    r"flew\s+in|contributed|fielded|dispatched|(?:are|is|were|was)\s+(?:also\s+)?involved)\b"
)
TAKING_PART = T.rx(
    r"\b(?:contingents?|participat\w*|taking\s+part|took\s+part|joined|joining|"
    r"(?:also|is|are)\s+sending|sent\s+(?:troops|ships|aircraft|personnel|a\s+)|"
    r"(?:are|is|were|was)\s+(?:also\s+)?involved)\b"
)
_OPENING_YEAR = T.rx(r"\s*(?:in|by|since|during)\s+(?:[\w-]+\s+)?(?P<y>(?:19|20)\d\d)\b")
# (also those who watch it: "had sent a P-3C patrol aircraft and a destroyer to monitor it")
OBSERVER = T.rx(r"\bobservers?\b|\bto\s+(?:monitor|shadow|track|watch)\b")
_FROM = T.rx(r"\b(?:contingents?|troops|units|forces|personnel|sailors|marines|ships)\s+from\s+$")
_OTHER_CLAUSE = T.rx(r",\s+(?:while|whereas|but|and)\b|;")
AS_OBSERVER = T.rx(r"[^.;]{0,40}?\bas\s+(?:an?\s+)?observers?\b")


def actors(s: Sentence, mentions: list[Mention], view: str | None = None) -> set[URIRef]:
    """The states a sentence names as actors; with `view`, not those named as observers."""
    return {
        st
        for m in mentions
        if s.start <= m.start < s.end
        and not m.locative
        and m.kind != "Place"
        and (view is None or not AS_OBSERVER.match(view, m.end))
        for st in m.states
    }


def listed(
    exercise: EventClaim,
    s: Sentence,
    mentions: list[Mention],
    state_of: Callable[[URIRef], URIRef | None],
) -> bool:
    """A sentence after an exercise that lists who else takes part adds them to it."""
    end = s.end
    if (seen := OBSERVER.search(s.text)) is not None:
        # "contingents from Singapore and Japan are taking part, while officers from China
        # attend as observers": the partners come before the observers' clause
        cuts = [c.start() for c in _OTHER_CLAUSE.finditer(s.text, 0, seen.start())]
        if not cuts:
            return False
        end = s.start + cuts[-1]
    if not ROSTER.search(s.text, 0, end - s.start):
        return False
    opening = _OPENING_YEAR.match(s.text)
    if opening and exercise.start and exercise.start.year != int(opening.group("y")):
        return False  # "In 2018 a Kazakh company deployed to Lebanon": another time, another act
    added = actors(dataclasses.replace(s, end=end), mentions) - exercise.participants
    added |= {  # "contingents from Singapore, Japan and Indonesia": who sends them
        st
        for m in mentions
        if s.start <= m.start < end
        and m.how in ("name", "capital")
        and _FROM.search(s.text, 0, m.start - s.start)
        and (st := m.states[0] if m.states else state_of(m.iri))
    } - exercise.participants
    if not added or (len(added) < 2 and not TAKING_PART.search(s.text)):
        return False  # "including" with one state: an aside, not a list of partners
    exercise.participants |= added
    exercise.evidence.append((s.start, s.end))
    return True


def joined(exercise: EventClaim, s: Sentence, mentions: list[Mention], view: str) -> None:
    """ "The drills ran from Aug. 28; troops from Saudi Arabia and India joined": the roster
    may sit in another clause of the sentence that recalls the drill."""
    if C.JOINING.search(s.text):
        exercise.participants |= actors(s, mentions, view)


def series_partners(events: list[EventClaim]) -> None:
    """An edition of a series whose other edition the document reports with its partners has
    those partners too ("The previous round, Shaheen-X, was held in Xinjiang")."""
    drills = [c for c in events if c.family == "JointExercise" and c.name]
    for claim in drills:
        kin = [
            o
            for o in drills
            if len(o.participants) >= 2 and series(o.name or "") == series(claim.name or "")
        ]
        if len(claim.participants) < 2 and kin and claim.participants <= kin[0].participants:
            claim.participants |= kin[0].participants


def subject_of(
    view: str, trig, hi: int, mentions: list[Mention], local: tuple[URIRef, ...], about
) -> set[URIRef]:
    """When only the partners after "with"/"alongside" are named, the unnamed subject is the
    state the story is about ("the group spent July in Exercise Talisman Sabre alongside U.S.,
    Australian and Japanese forces")."""
    partners = C.PARTNERS_AFTER.search(view, trig.end, hi)
    if partners is None or any(m.states for m in mentions if m.start < partners.start()):
        return set()
    others = [st for st in local if not any(st in m.states for m in mentions)]
    return {max(others, key=about.weight)} if others else set()
