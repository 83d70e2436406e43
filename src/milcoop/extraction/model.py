"""What extraction produces: mentions, minted entities and event claims, before any RDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import URIRef

from ..dates import PartialDate
from ..documents import Document


@dataclass(frozen=True)
class Mention:
    """A span of the body that names an entity (offsets index the body)."""

    start: int
    end: int
    text: str
    iri: URIRef
    kind: str  # entity kind (State, Person, Place, ArmedForces, ...)
    how: str  # name | demonym | capital | minted | dateline | inside (a state in a name)
    states: tuple[URIRef, ...] = ()  # states the mention stands for as an actor
    locative: bool = False  # used as a location ("in Baku"), not as an actor


@dataclass
class MintedEntity:
    """An entity the reference data does not know, minted from the text."""

    iri: URIRef
    kind: str
    label: str
    state: URIRef | None = None
    parent: URIRef | None = None
    alt_labels: set[str] = field(default_factory=set)
    members: tuple[URIRef, ...] = ()  # states of a bilateral body ("Pakistan-Turkey ... Group")
    geonames: str | None = None  # GeoNames id of a place linked through the offline extract


@dataclass
class EventClaim:
    """One event as one document supports it."""

    cls: str  # local name of the mc: event class
    participants: set[URIRef]
    evidence: list[tuple[int, int]]
    roles: dict[str, set[URIRef]] = field(default_factory=dict)
    start: PartialDate | None = None
    end: PartialDate | None = None
    year_inferred: bool = False
    date_text: str | None = None  # a date expression that could not be resolved
    said_on: PartialDate | None = None  # the day of its report: its date if nothing else dates it
    place: URIRef | None = None
    name: str | None = None
    known: URIRef | None = None  # a reference event this claim is about
    status: str | None = None  # planned | ongoing | completed | cancelled
    value: tuple[Decimal, str] | None = None
    lots: list[tuple[URIRef, int | None]] = field(default_factory=list)
    involves: set[URIRef] = field(default_factory=set)
    iri: URIRef | None = None  # set when events are merged across documents
    key: str | None = None  # identity as extracted, kept through curation for a stable IRI
    named: set[URIRef] = field(default_factory=set)  # states the clause itself names as actors
    between: bool = False  # the clause names its parties: "the contract between X and Y"
    anchors: list[tuple[int, int]] = field(default_factory=list)  # the words that announce it

    @property
    def family(self) -> str:
        return family_of(self.cls)


# the families of deals: signed acts a report, a ceremony or a relative clause may date
DEALS = ("Agreement", "ProcurementContract", "JointProductionProject")

# acts between people rather than deals over things: they last for days ("ended on" dates
# their end), and a weapon's maker named in them takes no part
PEOPLE_ACTS = ("JointExercise", "OfficialVisit", "TrainingExchange", "DialogueMechanism")

FAMILY = {
    "NavalExercise": "JointExercise",
    "AirExercise": "JointExercise",
    "LandExercise": "JointExercise",
    "SpecialForcesExercise": "JointExercise",
    "Treaty": "Agreement",
    "MemorandumOfUnderstanding": "Agreement",
    "Declaration": "Agreement",
}


@dataclass
class Extraction:
    document: Document
    mentions: list[Mention]
    entities: dict[URIRef, MintedEntity]
    events: list[EventClaim]
    publisher: URIRef | None = None
    authors: list[URIRef] = field(default_factory=list)
    curation: list[tuple[object, list[EventClaim]]] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    """A span a recognizer proposes; `EntityFinder.find` settles overlaps."""

    start: int
    end: int
    priority: int  # lower wins ties
    mention: Mention
    minted: MintedEntity | None = None


def family_of(cls: str) -> str:
    """The class an event is merged and recalled under: a naval drill is a joint exercise."""
    return FAMILY.get(cls, cls)
