"""Entity mentions: gazetteer names first, then patterns that mint what the gazetteer lacks.

Every recognizer proposes spans; overlaps are settled leftmost-longest, the gazetteer winning
ties, so "Turkish Naval Forces" is one organisation and not a demonym plus a noun.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache

from rdflib import URIRef

from ..namespaces import resource
from ..reference import Gazetteer
from . import equipment, names, organisations, places
from . import lexicon as L
from .model import Candidate, Mention, MintedEntity


@cache
def _owner_patterns(owner: str) -> tuple[re.Pattern, re.Pattern]:
    """A state's forces ("Pakistan Air Force", "India's navy") and an owner just before a
    name; compiled once per gazetteer, not per document."""
    forces = re.compile(
        rf"(?P<owner>{owner})(?:(?P<poss>['’]s)\s+"
        rf"(?P<lc>{L.SERVICE_LC})\b|(?:['’]s)?\s+(?:(?P<hon>{L.HONORIFIC})\s+)?"
        rf"(?P<svc>{L.SERVICE_RX})\b)"
    )
    return forces, re.compile(rf"(?P<owner>{owner})(?:['’]s)?\s+$")


_OFFICES_OF = re.compile(
    r"\b(?:ministers|ministries|governments|leaders|chiefs)\s+of\s+(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?){0,4}$"
)


class EntityFinder:
    """Finds the entity mentions of one document."""

    def __init__(self, gaz: Gazetteer, publisher_state: URIRef | None) -> None:
        self.gaz = gaz
        self.publisher_state = publisher_state
        self._forces, self._owner = _owner_patterns(gaz.state_alternation)

    # -- recognizers -------------------------------------------------------------------------
    def _gazetteer(self, view: str):
        for match in self.gaz.pattern.finditer(view):
            found = self.gaz.lookup(match.group())
            if found is None:
                continue
            iri, how = found
            entity = self.gaz.entities[iri]
            kind = "State" if how == "demonym" else entity.kind
            state = self.gaz.state_of(iri)
            locative = (
                how == "name"
                and kind == "State"
                and bool(L.STATE_LOCATIVE.search(view[max(0, match.start() - 30) : match.start()]))
            )
            if kind == "Place":
                locative = how != "capital" or self.is_locative(view, match.start(), match.end())
            states = (state,) if state is not None and kind not in L.NOT_ACTORS else ()
            if kind == "Place" and how == "capital" and not locative:
                # "Ankara and Islamabad agreed": the capital stands for its state
                iri, kind, states = state, "State", (state,)
            mention = Mention(
                match.start(), match.end(), match.group(), iri, kind, how, states, locative
            )
            yield Candidate(match.start(), match.end(), 0, mention)

    def is_locative(self, view: str, pos: int, end: int | None = None) -> bool:
        if end is not None and L.SUBJECT_VERB.match(view, end):
            return False  # "in October Buenos Aires signed": the capital acts
        if end is not None and self._city_state_listed(view, pos, end):
            return False  # "patrol vessels from Singapore and Malaysia": a state in a list
        before = re.split(r"[.!?;:]", view[max(0, pos - 60) : pos])[-1]  # this sentence only
        if re.search(r"\b(?:with|by)\s+$", before):
            return False  # "to sign a contract with Tokyo": a party, however far "to" is
        if _OFFICES_OF.search(before):
            return False  # "the defence ministers of Athens, Nicosia and Cairo": the states
        if L.LOCATIVE.search(before):
            return True
        # a list of places: "Baku, Astara, Jabrayil and Imishli"; but in "forces of Australia,
        # New Zealand, Singapore" the list is one of states, and a city-state is a state there
        previous = L.LIST_ITEM_BEFORE.search(before)
        if previous and (found := self.gaz.lookup(previous.group(1))) and found[1] == "name":
            return self.gaz.entities[found[0]].kind != "State"
        return bool(re.search(r"(?:,|\band)\s+$", before)) and bool(
            re.search(r"\b(?:cities|towns|districts|regions|provinces|of|in)\b", before)
        )

    def _city_state_listed(self, view: str, pos: int, end: int) -> bool:
        """A city-state's name (Singapore, the city and the state) with a state named next."""
        found = self.gaz.lookup(view[pos:end])
        state = self.gaz.state_of(found[0]) if found else None
        if state is None or self.gaz.entities[state].label != view[pos:end]:
            return False
        after = L.LIST_ITEM_AFTER.match(view, end)
        named = self.gaz.lookup(after.group(1)) if after else None
        return bool(named) and self.gaz.entities[named[0]].kind == "State"

    def mint(
        self, kind: str, key: str, label: str, state: URIRef | None = None, **extra
    ) -> MintedEntity:
        prefix = {
            "Person": "person",
            "Place": "place",
            "EquipmentModel": "equipment",
            "DialogueMechanism": "event/dialogue",
        }.get(kind, "org")
        existing = self.gaz.by_name(label)
        iri = existing if existing is not None else resource(prefix, key)
        return MintedEntity(iri, kind, label, state, **extra)

    def _forces_found(self, view: str):
        for match in self._forces.finditer(view):
            owner = self.gaz.lookup(match.group("owner"))
            if owner is None:
                continue
            # "Royal Thai Navy": the honorific before the state belongs to the name
            lead = "Royal" if view.endswith("Royal ", 0, match.start()) else None
            start = match.start() - (len("Royal ") if lead else 0)
            state = self.gaz.state_of(owner[0])
            service = L.SERVICES[(match.group("svc") or match.group("lc")).lower()]
            surface = f"{match.group('owner')} {service}"
            known = (
                self.gaz.by_name(surface)
                or self.gaz.by_name(f"{self.gaz.demonym(state)} {service}")
                or self.gaz.by_name(f"{self.gaz.label(state)} {service}")
            )
            said = view[start : match.end()]
            if lead and self.gaz.by_name(said):
                known = self.gaz.by_name(said)  # "Royal Saudi Air Force"
            if known is not None:
                entity = self.gaz.entities[known]
                mention = Mention(start, match.end(), said, known, entity.kind, "name", (state,))
                yield Candidate(start, match.end(), 1, mention)
                continue
            key = f"{self.gaz.demonym(state)} {service}"  # one IRI whatever the wording
            owner = match.group("owner")
            # the name as written ("Bangladesh Army", "China Coast Guard"); a possessive
            # ("India's navy") reads as the demonym form
            label = (
                key
                if match.group("poss") or owner.isupper()
                else " ".join(w for w in (lead, owner, match["hon"], service) if w)
            )
            kind = "MilitaryUnit" if service == "Special Forces" else "ArmedForces"
            minted = self.mint(kind, key, label, state)
            mention = Mention(start, match.end(), said, minted.iri, kind, "minted", (state,))
            yield Candidate(start, match.end(), 1, mention, minted)

    def _ministries(self, view: str, state_before, main_state: URIRef | None):
        for match in L.MINISTRY.finditer(view):
            start = match.start()
            before = view[max(0, start - 40) : start]
            state = None
            owner = self._owner.search(before)
            if owner and (found := self.gaz.lookup(owner.group("owner"))):
                state = self.gaz.state_of(found[0])
                if match.group("name")[0].islower():  # "China's foreign ministry" is quoted
                    start = start - len(before) + owner.start()  # whole; a full title alone
            elif re.search(r"the\s+latter['’]s\s+$", before):
                state = state_before(start)
            after = re.match(
                r"\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w ]+?)\b(?=[,.;]|\s[a-z])",
                view[match.end() :],
            )
            if state is None and after and (found := self.gaz.lookup(after.group("owner"))):
                state = self.gaz.state_of(found[0])
            name = re.sub(r"\s+", " ", match.group("name"))
            if name[0].islower() and owner is None:
                continue  # "the defence ministry" with no owner: too vague to name
            if state is None:
                state = self.publisher_state or main_state
            if state is None:
                continue
            low = name.lower()
            topic = (
                "Defense"
                if "efen" in low or "armed forces" in low
                else "Foreign"
                if "oreign" in low
                else "Interior"
            )
            # the name as the text gives it: "Azerbaijan's Ministry of Defence" is the
            # "Azerbaijani Ministry of Defence", "China's foreign ministry" the "Chinese Foreign
            # Ministry"; a full title without an owner ("Ministry of National Defence") stays
            title = " ".join(
                w if w in ("of", "the") else w[0].upper() + w[1:] for w in name.split()
            )
            label = f"{self.gaz.demonym(state)} {title}" if owner or name[0].islower() else title
            body = "department" if "Depart" in name else "ministry"
            key = f"{self.gaz.iso3_of(state)}-{topic}-{body}"
            minted = self.mint(
                "Ministry",
                key,
                label,
                state,
            )
            mention = Mention(
                start,
                match.end(),
                view[start : match.end()],
                minted.iri,
                "Ministry",
                "minted",
                (state,),
            )
            yield Candidate(start, match.end(), 1, mention, minted)

    def _named(self, view: str, rx: re.Pattern, kind: str, priority: int):
        for match in rx.finditer(view):
            name = re.sub(r"\s+", " ", match.group("name")).strip()
            first = name.split()[0]
            if first in L.STOP:
                name = name[len(first) :].strip()
                if len(name.split()) < 2:
                    continue
            start = match.start() + match.group().index(name.split()[0])
            members = tuple(
                sorted(
                    {
                        s
                        for m in self.gaz.pattern.finditer(name)
                        if (f := self.gaz.lookup(m.group())) and (s := self.gaz.state_of(f[0]))
                    }
                    | {c.mention.iri for parts in names.compounds(self.gaz, name) for c in parts}
                )
            )
            known = self.gaz.by_name(name)
            if known is not None:
                entity = self.gaz.entities[known]
                mention = Mention(
                    start,
                    match.end(),
                    view[start : match.end()],
                    known,
                    entity.kind,
                    "name",
                    (entity.state,) if entity.state else members,
                )
                yield Candidate(start, match.end(), priority, mention)
                continue
            state = members[0] if len(members) == 1 else None
            minted = self.mint(kind, name, name, state, members=members)
            acronym = match.groupdict().get("acr")
            if acronym:
                minted.alt_labels.add(acronym)
            mention = Mention(
                start, match.end(), view[start : match.end()], minted.iri, kind, "minted", members
            )
            yield Candidate(start, match.end(), priority, mention, minted)

    def _persons(self, view: str):
        for rx in (L.PERSON, L.BYLINE, L.PERSON_APPOSITION, L.PERSON_CONTEXT):
            for match in rx.finditer(view):
                group = "name" if match.group("name") else "name2"
                start, end = match.start(group), match.end(group)
                # "Air Commodore Pete Lawson, the exercise commander": the name without the rank
                while (title := re.match(rf"{L.TITLE}\s+", view[start:end])) and (
                    len(view[start + title.end() : end].split()) >= 2
                ):
                    start += title.end()
                if re.search(r"['’]s$", view[start:end]):
                    end -= 2  # "Lula da Silva's"
                name = re.sub(r"\s+", " ", view[start:end])
                words = name.split()
                if any(w in L.STOP or w in L.NOT_MODEL for w in words[:1]) or len(words) < 2:
                    continue
                if L.NOT_PERSON & set(words) or self.gaz.lookup(re.sub(r"['’]s$", "", words[0])):
                    continue  # "General Staff", "Pakistan's Chief": not a person's name
                known = self.gaz.by_name(name)
                if known is not None and self.gaz.entities[known].kind == "Person":
                    entity = self.gaz.entities[known]
                    states = (entity.state,) if entity.state else ()
                    yield Candidate(
                        start, end, 2, Mention(start, end, name, known, "Person", "name", states)
                    )
                    continue
                if known is not None or self.gaz.pattern.fullmatch(name):
                    continue
                minted = self.mint("Person", name, name)
                yield Candidate(
                    start, end, 2, Mention(start, end, name, minted.iri, "Person", "minted"), minted
                )

    def _places(self, view: str):
        for match in L.PLACE.finditer(view):
            name = match.group("name")
            if self.gaz.by_name(name) or name.split()[0] in ("The", "In", "A"):
                continue
            minted = self.mint("Place", name, name)
            start, end = match.start("name"), match.end("name")
            yield Candidate(
                start,
                end,
                4,
                Mention(start, end, name, minted.iri, "Place", "minted", (), True),
                minted,
            )

    # -- resolution --------------------------------------------------------------------------
    def find(self, view: str) -> tuple[list[Mention], dict[URIRef, MintedEntity]]:
        compounds = list(names.compounds(self.gaz, view))
        parts = [c for parts in compounds for c in parts]
        whole = [(parts[0].start, parts[-1].end) for parts in compounds]
        own = {id(c) for c in parts}
        spans = {(c.start, c.end) for c in parts}
        base = [c for c in self._gazetteer(view) if (c.start, c.end) not in spans] + parts
        states_at = sorted(
            (c.start, s) for c in base for s in c.mention.states if c.mention.kind == "State"
        )

        counts = Counter(s for p, s in states_at)
        main_state = max(sorted(counts), key=counts.__getitem__) if counts else None

        def state_before(pos: int) -> URIRef | None:
            prior = [s for p, s in states_at if p < pos]
            return prior[-1] if prior else None

        candidates = (
            list(places.dateline_place(self, view))
            + base
            + list(organisations.subsidiaries(self, view, base))
            + list(organisations.short_forms(self, view, base))
            + list(self._forces_found(view))
            + list(self._ministries(view, state_before, main_state))
            + list(self._named(view, L.DIALOGUE, "DialogueMechanism", 1))
            + list(self._named(view, L.ORG, "Organization", 3))
            + list(organisations.units(self, view))
            + list(self._persons(view))
            + list(self._places(view))
            + list(places.features(self, view))
            # (a state named only in a force's name counts: "the Nigerian Air Force")
            + list(places.linked(self, view, {s for c in base for s in c.mention.states}))
            + list(equipment.equipment(self, view))
        )
        named = [c for c in base if c.mention.how == "name" and c.mention.kind != "State"]
        candidates = [
            c
            for c in candidates
            if (id(c) in own or not any(_cuts(c, a, b) for a, b in whole))
            and (
                c.priority < 3
                or not any(
                    n.start < c.end and c.start < n.end and (n.start, n.end) != (c.start, c.end)
                    for n in named
                )
            )
        ]
        candidates.sort(key=lambda c: (c.start, -(c.end - c.start), c.priority))
        chosen: list[Candidate] = []
        for cand in candidates:
            if chosen and cand.start < chosen[-1].end:
                last = chosen[-1]
                longer = (cand.end - cand.start) > (last.end - last.start)
                if longer and cand.priority <= 2:
                    chosen[-1] = cand
                continue
            chosen.append(cand)
        minted: dict[URIRef, MintedEntity] = {}
        mentions = []
        for cand in chosen:
            mention = cand.mention
            if mention.kind == "ArmedForces" and _BASE_AFTER.match(view, mention.end):
                # "landed at RAAF Base Pearce": the force names a place of its state
                mention = dataclasses.replace(mention, locative=True)
            if cand.minted is not None and cand.minted.iri not in self.gaz.entities:
                entity = minted.setdefault(cand.minted.iri, cand.minted)
                entity.alt_labels |= cand.minted.alt_labels
            if mention.kind == "EquipmentModel":
                mention = equipment.as_named(self, mention)
            mentions.append(mention)
            mentions += self._inside(view, mention)
        return names.as_defined(view, mentions), minted

    def _inside(self, view: str, outer: Mention) -> list[Mention]:
        """The states named inside a name ("Australian" in "Australian Defence Force"): the
        document mentions them too. Marked 'inside' so that events count the outer name only."""
        if outer.kind in ("State", "Place"):
            return []
        inner = []
        for hit in self.gaz.pattern.finditer(view, outer.start, outer.end):
            found = self.gaz.lookup(hit.group())
            if found is None or hit.end() > outer.end:
                continue
            state = self.gaz.state_of(found[0]) if found[1] != "demonym" else found[0]
            kind = self.gaz.entities[found[0]].kind if found[1] != "demonym" else "State"
            if kind == "State" or (found[1] == "capital" and state):
                iri = found[0] if kind == "State" else state
                inner.append(Mention(hit.start(), hit.end(), hit.group(), iri, "State", "inside"))
        return inner


_BASE_AFTER = re.compile(r"\s+(?:Air\s+|Naval\s+)?(?:Base|Station)\b")


def _cuts(c: Candidate, a: int, b: int) -> bool:
    """Does `c` cut into the compound at [a, b)? A compound's parts beat what splits it; a
    longer name that holds it whole keeps it ("Pakistan-Turkey Military Consultative Group")."""
    holds = c.start <= a and b <= c.end and c.end - c.start > b - a
    return a < c.end and c.start < b and not holds
