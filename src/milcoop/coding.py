"""Event coding: the CAMEO code, PLOVER event type and PLOVER mode of one cooperation event.

Event-data users count and compare events by CAMEO or PLOVER category, not by milcoop's classes,
so every event carries its codes (`mc:cameoCode`, `mc:ploverType`, `mc:ploverMode`) and
`milcoop export --format plover` writes them as PLOVER records. The class alone is not enough:
a planned exercise is a promise, not an exercise, and a visit is coded from the visitor's side.
The rules, in the order they apply:

1. status `planned`: CAMEO 0312 (express intent to cooperate militarily), PLOVER AGREE, mode
   `future`, whatever the class. PLOVER reads every cooperative act reported in the future tense
   as an intention, and promises to sign an agreement are AGREE too.
2. otherwise the class decides (`ACTS`): exercises, training, joint production and procurement
   contracts (commercial deals, which CAMEO has no code of their own for) are 062 / COOPERATE;
   agreements, treaties, memoranda and declarations 057 / SUPPORT (PLOVER codes signing and
   ratifying as SUPPORT); arms transfers 072 / AID; official visits 042 / CONSULT; dialogue
   mechanisms 062 / CONSULT, as the ontology aligns them.
3. a visit whose visitor side and host side are both known (`sides`) has mode `visit`; a visit
   that names only its host and no other state is coded from the host's side, CAMEO 043.
4. status `cancelled`: mode `negated` (it replaces `visit`: PLOVER lets users drop negated
   records, which matters more than how a meeting that did not happen would have been held).
5. status `completed`, `ongoing` or none: no mode (""). PLOVER's `historical` marks events
   recounted as background, `hypothetical` conditional ones; milcoop's status distinguishes
   neither, so it never assigns them.

PLOVER calls the source actor `actor` and the target `recipient`. `sides` splits an event's
states that way: supplier → recipient, visitor → host; an event hosted by one state (an
exercise on its soil) reads like a visit, the others acting and the host receiving; an event
without directed roles is reciprocal, and, as PLOVER codes reciprocal meetings, all its states
are actors and there is no recipient.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .namespaces import CODE, MC

# Class local name -> (CAMEO code, PLOVER type) for an act that happened or is under way.
ACTS: dict[str, tuple[str, str]] = {
    "CooperationEvent": ("062", "COOPERATE"),
    "JointExercise": ("062", "COOPERATE"),
    "NavalExercise": ("062", "COOPERATE"),
    "AirExercise": ("062", "COOPERATE"),
    "LandExercise": ("062", "COOPERATE"),
    "SpecialForcesExercise": ("062", "COOPERATE"),
    "TrainingExchange": ("062", "COOPERATE"),
    "JointProductionProject": ("062", "COOPERATE"),
    "ProcurementContract": ("062", "COOPERATE"),
    "Agreement": ("057", "SUPPORT"),
    "Treaty": ("057", "SUPPORT"),
    "MemorandumOfUnderstanding": ("057", "SUPPORT"),
    "Declaration": ("057", "SUPPORT"),
    "ArmsTransfer": ("072", "AID"),
    "OfficialVisit": ("042", "CONSULT"),
    "DialogueMechanism": ("062", "CONSULT"),
}
# How far below mc:CooperationEvent each class is, so that a graph holding inferred supertypes
# as well (a dump with its mcgraph:inferred) is still coded by the most specific class.
_SUBCLASSES = {
    "JointExercise": ("NavalExercise", "AirExercise", "LandExercise", "SpecialForcesExercise"),
    "Agreement": ("Treaty", "MemorandumOfUnderstanding", "Declaration"),
}
DEPTH = {name: 0 if name == "CooperationEvent" else 1 for name in ACTS} | {
    sub: 2 for subs in _SUBCLASSES.values() for sub in subs
}
INTENT = ("0312", "AGREE")  # any planned act
HOST_A_VISIT = "043"
STATUS_MODE = {
    None: "",
    "completed": "",
    "ongoing": "",
    "planned": "future",
    "cancelled": "negated",
}
CONTEXT = "military"  # PLOVER context of every milcoop event


@dataclass(frozen=True)
class EventCoding:
    """The codes of one event: CAMEO notation, PLOVER type, PLOVER mode ("" when none)."""

    cameo: str
    plover: str
    mode: str

    @property
    def concepts(self) -> dict[URIRef, URIRef]:
        """The event's coding triples, property -> SKOS concept (no mode triple when "")."""
        out = {
            MC.cameoCode: CODE[f"cameo/{self.cameo}"],
            MC.ploverType: CODE[f"plover/{self.plover}"],
        }
        if self.mode:
            out[MC.ploverMode] = CODE[f"plover-mode/{self.mode}"]
        return out


def sides(
    roles: Mapping[str, Collection[str]], participants: Iterable[str]
) -> tuple[list[str], list[str]]:
    """(actor, recipient) states of an event, each sorted; works on IRIs or ISO codes alike.

    A role given on one side only leaves the other side to the remaining participants; nobody
    is invented: a transfer that names only its recipient has no actor.
    """
    everyone = set(participants).union(*roles.values()) if roles else set(participants)

    def directed(giver: str, taker: str) -> tuple[set[str], set[str]]:
        givers, takers = set(roles.get(giver, ())), set(roles.get(taker, ()))
        return givers or everyone - takers, takers or everyone - givers

    if roles.get("supplier") or roles.get("recipient"):
        actor, recipient = directed("supplier", "recipient")
    elif roles.get("visitor") or roles.get("host"):
        actor, recipient = directed("visitor", "host")
        if not actor:  # a host alone: it is the one acting (it hosts)
            actor, recipient = recipient, set()
    else:
        actor, recipient = everyone, set()
    return sorted(actor), sorted(recipient)


def code_event(
    cls: str,
    status: str | None = None,
    roles: Mapping[str, Collection[str]] | None = None,
    participants: Iterable[str] = (),
) -> EventCoding:
    """Code one event from its class local name, status and (for visits) roles; see the module
    docstring for the rules. Unknown classes or statuses raise ValueError: a new event class
    must be given codes deliberately, not by accident."""
    if cls not in ACTS:
        raise ValueError(f"no CAMEO/PLOVER coding for event class {cls!r}")
    if status not in STATUS_MODE:
        raise ValueError(f"unknown event status {status!r}")
    if status == "planned":
        return EventCoding(*INTENT, STATUS_MODE[status])
    cameo, plover = ACTS[cls]
    mode = ""
    roles = roles or {}
    if cls == "OfficialVisit" and (roles.get("visitor") or roles.get("host")):
        if sides(roles, participants)[1]:
            mode = "visit"
        elif not roles.get("visitor"):
            cameo = HOST_A_VISIT
    return EventCoding(cameo, plover, STATUS_MODE[status] or mode)


_CLASSES = {MC[name] for name in ACTS}


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def graph_events(graph: Graph) -> Iterator[tuple[URIRef, EventCoding]]:
    """Code every event a graph describes by itself (the reference data's known events).

    The class is the most specific mc: event class (the first by IRI among equally specific
    ones); several statuses are read as the first by IRI, which keeps the result deterministic.
    """
    classes: dict[URIRef, set[str]] = {}
    for s, o in graph.subject_objects(RDF.type):
        if o in _CLASSES and isinstance(s, URIRef):
            classes.setdefault(s, set()).add(_local(o))
    for iri in sorted(classes):
        cls = min(classes[iri], key=lambda name: (-DEPTH[name], name))
        statuses = sorted(_local(o) for o in graph.objects(iri, MC.status))
        roles = {
            role: {str(s) for s in graph.objects(iri, MC[role])}
            for role in ("host", "supplier", "recipient", "signatory", "visitor")
        }
        participants = [str(s) for s in graph.objects(iri, MC.participant)]
        yield iri, code_event(cls, statuses[0] if statuses else None, roles, participants)
