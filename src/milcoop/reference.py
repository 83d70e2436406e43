"""The known world: reference data loaded into a gazetteer the extractor links mentions to."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from . import paths, store
from .dates import PartialDate, parse_iso
from .errors import MilcoopError
from .namespaces import MC, bind_prefixes

ENTITY_KINDS = (
    "State",
    "Person",
    "Place",
    "EquipmentModel",
    "DialogueMechanism",
    "ArmedForces",
    "MilitaryUnit",
    "MilitaryOrganization",
    "Ministry",
    "GovernmentAgency",
    "DefenceCompany",
    "InternationalOrganization",
    "ResearchOrganization",
    "NewsOrganization",
    "Organization",
)


@dataclass(frozen=True)
class Entity:
    iri: URIRef
    kind: str  # local name of its most specific mc: class
    label: str
    names: tuple[str, ...]  # label and alternative labels
    state: URIRef | None = None  # the state it belongs to (a state: itself)
    parent: URIRef | None = None  # org:subOrganizationOf

    @property
    def is_org(self) -> bool:
        return self.kind not in ("State", "Person", "Place", "EquipmentModel")


@dataclass(frozen=True)
class KnownEvent:
    iri: URIRef
    cls: str
    start: PartialDate | None
    participants: frozenset
    place: URIRef | None


class Gazetteer:
    """Names, demonyms and capitals of reference entities, matched case-sensitively."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.entities: dict[URIRef, Entity] = {}
        self.demonyms: dict[str, URIRef] = {}
        self.capitals: dict[URIRef, URIRef] = {}  # place -> state
        self.iso3: dict[str, URIRef] = {}
        self.state_demonym: dict[URIRef, str] = {}
        self.known_events: dict[str, KnownEvent] = {}
        self.place_states: Mapping[URIRef, URIRef] = {}  # places one document minted
        self._load()
        self._load_events()

    def _kind(self, iri: URIRef) -> str | None:
        kinds = {
            str(t)[len(str(MC)) :]
            for t in self.graph.objects(iri, RDF.type)
            if str(t).startswith(str(MC))
        }
        for kind in ENTITY_KINDS:
            if kind in kinds:
                return kind
        return None

    def _load(self) -> None:
        g = self.graph
        for iri in sorted(set(g.subjects(RDFS.label, None))):
            if not isinstance(iri, URIRef):
                continue
            kind = self._kind(iri)
            if kind is None:
                continue
            label = str(g.value(iri, RDFS.label))
            alts = sorted({str(a) for a in g.objects(iri, SKOS.altLabel)} - {label})
            state = iri if kind == "State" else g.value(iri, MC.state)
            self.entities[iri] = Entity(
                iri,
                kind,
                label,
                (label, *alts),
                state,
                g.value(iri, URIRef("http://www.w3.org/ns/org#subOrganizationOf")),
            )
            if kind == "State":
                demonyms = sorted(
                    {str(d) for d in g.objects(iri, MC.demonym)}, key=lambda d: (-len(d), d)
                )
                for d in demonyms:
                    self.demonyms.setdefault(d, iri)
                if demonyms:
                    self.state_demonym[iri] = demonyms[0]
                code = g.value(iri, MC.iso3166Alpha3)
                if code:
                    self.iso3[str(code)] = iri
                capital = g.value(iri, MC.capital)
                if capital is not None:
                    self.capitals[capital] = iri

    def _load_events(self) -> None:
        g = self.graph
        for iri in sorted(set(g.subjects(MC.participant, None))):
            cls = next(
                (
                    str(t)[len(str(MC)) :]
                    for t in sorted(g.objects(iri, RDF.type))
                    if str(t).startswith(str(MC))
                ),
                None,
            )
            if cls is None or not isinstance(iri, URIRef):
                continue
            start = g.value(iri, MC.startDate)
            known = KnownEvent(
                iri,
                cls,
                parse_iso(str(start)) if start else None,
                frozenset(g.objects(iri, MC.participant)),
                g.value(iri, MC.place),
            )
            names = {
                str(n) for p in (RDFS.label, SKOS.altLabel, MC.name) for n in g.objects(iri, p)
            }
            for name in names:
                self.known_events.setdefault(fold(name), known)

    def known_event(self, name: str) -> KnownEvent | None:
        return self.known_events.get(fold(name))

    @cached_property
    def _names(self) -> dict[str, list[URIRef]]:
        names: dict[str, list[URIRef]] = {}
        for entity in self.entities.values():
            for name in entity.names:
                names.setdefault(name, []).append(entity.iri)
        return names

    @cached_property
    def state_words(self) -> frozenset[str]:
        """Every word of a state's names ("Korea" of "South Korea")."""
        return frozenset(
            w
            for e in self.entities.values()
            if e.kind == "State"
            for name in e.names
            for w in name.split()
        )

    @cached_property
    def _folded(self) -> dict[str, URIRef]:
        out: dict[str, URIRef] = {}
        for name, iris in sorted(self._names.items()):
            out.setdefault(fold(name), iris[0])
        return out

    @cached_property
    def pattern(self) -> re.Pattern:
        """One alternation of every name and demonym, longest first (leftmost-longest)."""
        surfaces = set(self._names) | set(self.demonyms)
        ordered = sorted(surfaces, key=lambda s: (-len(s), s))
        body = "|".join(re.escape(s) for s in ordered if s.strip())
        # equipment and forces are often plural ("F-16s", "corvettes")
        demonyms = "|".join(re.escape(d) for d in sorted(self.demonyms, key=lambda s: (-len(s), s)))
        # equipment and forces are often plural ("F-16s", "corvettes"); a demonym may be
        # hyphenated ("Russian-brokered", "Azerbaijani-Turkish")
        return re.compile(
            rf"(?<![\w-])(?:(?:{body})(?:s|es)?(?![\w$-])|(?:{demonyms})(?=-[a-zA-Z]))"
        )

    @cached_property
    def state_alternation(self) -> str:
        """Every name and demonym of a state, longest first, as one regex alternation: the
        owner in "Pakistan Air Force", "India's navy" (built once, not per document)."""
        owners = sorted(
            {n for e in self.entities.values() if e.kind == "State" for n in e.names}
            | set(self.demonyms),
            key=lambda s: (-len(s), s),
        )
        return "|".join(re.escape(o) for o in owners)

    def lookup(self, surface: str) -> tuple[URIRef, str] | None:
        """(iri, how) for a surface form: how is 'name', 'demonym' or 'capital'."""
        for form in (
            surface,
            surface[:-1] if surface.endswith("s") else surface,
            surface[:-2] if surface.endswith("es") else surface,
        ):
            if form in self._names:
                iri = self._names[form][0]
                how = "capital" if iri in self.capitals else "name"
                return iri, how
            if form in self.demonyms:
                return self.demonyms[form], "demonym"
        return None

    def by_name(self, name: str) -> URIRef | None:
        """Case- and accent-insensitive lookup of a full name (not a substring)."""
        iri = self._folded.get(fold(name))
        if iri is None:
            iri = self._folded.get(fold(re.sub(r"\s*\([^)]*\)", "", name)))
        return iri

    def state_of(self, iri: URIRef | None) -> URIRef | None:
        if iri is None:
            return None
        if iri in self.capitals:
            return self.capitals[iri]
        entity = self.entities.get(iri)
        return entity.state if entity else self.place_states.get(iri)

    def with_places(self, place_states: Mapping[URIRef, URIRef]) -> Gazetteer:
        """This gazetteer for one document, whose minted places (GeoNames cities, regions)
        know their state: "training at Luke Air Force Base in Arizona" is training in the US."""
        local = copy.copy(self)
        local.place_states = place_states
        return local

    def demonym(self, state: URIRef) -> str:
        return self.state_demonym.get(state) or self.entities[state].label

    def iso3_of(self, state: URIRef) -> str:
        return str(self.graph.value(state, MC.iso3166Alpha3) or str(state).rsplit("/", 1)[-1])

    def label(self, iri: URIRef) -> str:
        return self.entities[iri].label


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("ı", "i")
    return re.sub(r"\s+", " ", re.sub(r"[’'`]", "'", text)).strip()


def load_reference_graph(directory: Path | None = None) -> Graph:
    directory = Path(directory or paths.REFERENCE_DIR)
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise MilcoopError("no reference data (*.ttl) found", directory)
    graph = Graph()
    bind_prefixes(graph)
    for path in files:
        store.parse_into(graph, path, "turtle")
    return graph


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    return Gazetteer(load_reference_graph(directory))
