"""Event detection in one document: triggers, participants and roles, dates, place, amounts.

Sentence by sentence: a trigger proposes an event; vetoes (hypothetical, habitual, unanchored)
drop it; a definite reference ("the exercise") adds to the event it refers to instead of
starting a new one; a new claim that agrees with an earlier one of the same document on class,
participants, date, place, name and equipment is the same event.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..datefinding import DateResolver
from ..dates import DateMention
from ..reference import Gazetteer
from ..text import Sentence, dateline, datelines, headings
from . import attributes as A
from . import cues as C
from . import roster
from . import triggers as T
from .focus import Focus, filed_from
from .model import EventClaim, Mention, family_of
from .roles import Roles
from .spotting import Spotter, Trigger, clause_of
from .within import WithinDocument

# events whose parties a named ship stands for ("HMS Somerset joined the drill")
_SHIPS_ACT = ("JointExercise", "OfficialVisit")


class EventFinder(WithinDocument):
    def __init__(
        self,
        gaz: Gazetteer,
        text: str,
        view: str,
        mentions: list[Mention],
        resolver: DateResolver,
        known_states: set[URIRef],
    ) -> None:
        self.gaz = gaz
        self.text = text
        self.view = view
        self.mentions = [m for m in mentions if m.how not in ("dateline", "inside")]
        line = dateline(view)
        self.dateline_end = line.end if line else -1  # a dateline's date is when, not what
        self.resolver = resolver
        self.headings = headings(text)
        # a heading, or a paragraph filed from its own city, starts a new story
        breaks = [a for a, _ in self.headings] + [
            view.rfind("\n", 0, d.start) + 1 for d in datelines(view)[1:]
        ]
        self.about = Focus(self.mentions + filed_from(mentions, gaz), breaks)
        self.events: list[EventClaim] = []
        self.known_states = known_states
        self.roles = Roles(view, gaz, known_states)
        self.spotter = Spotter(gaz, self.mentions)

    # -- per sentence ------------------------------------------------------------------------
    def run(self, sentences: list[Sentence]) -> list[EventClaim]:
        last: tuple[int, EventClaim] | None = None  # the latest exercise and its sentence
        for n, sentence in enumerate(sentences):
            if any(a <= sentence.start < b for a, b in self.headings):
                continue  # a heading restates the item below it, without its parties' names
            before = len(self.events)
            self.prior = sentences[max(0, n - 2) : n]  # for "then", "the same day"
            self._sentence(sentence)
            # a sentence that made no event may list who else takes part in the last drill
            # ("Japan's air force, taking part in an exercise in India for the first time")
            span = (sentence.start, sentence.end)
            quiet = len(self.events) == before and not any(span in c.evidence for c in self.events)
            if (
                quiet
                and last
                and n - last[0] <= 3
                and roster.listed(last[1], sentence, self.mentions)
            ):
                last = (n, last[1])
            fresh = [c for c in self.events[before:] if c.family == "JointExercise"]
            if fresh:
                last = (n, fresh[-1])
            elif last and (sentence.start, sentence.end) in last[1].evidence:
                last = (n, last[1])  # "the drills ...": still about that exercise
        roster.series_partners(self.events)
        # a named exercise whose other parties never got named is not a cooperation event
        self.events = [c for c in self.events if len(c.participants) >= 2]
        return self.events

    def _sentence(self, s: Sentence) -> None:
        """Find the events of one sentence."""
        trigs = self.spotter.find(s, self._latest("JointExercise") is not None)
        if not trigs:
            return
        if s.text.rstrip().endswith("?"):
            return  # a question ("Can the Department provide the contracts ...?") states none
        dates = [
            d
            for d in self.resolver.find(
                s.text, s.start, A.future_from(s.text), nearest=A.mixed_tense(s.text)
            )
            if d.start >= self.dateline_end and not A.not_its_date(d, self.view)
        ]
        if (
            C.HABITUAL.search(s.text)
            and not any(d.begin and d.begin.day for d in dates)
            and not C.STARTING.search(s.text)
        ):  # a habit, unless a day says when this time ("held every year since 2016, took
            # place on Thursday"); but "India trains 200 officers every year" is a programme
            trigs = [
                t
                for t in trigs
                if (t.cls == "TrainingExchange" and t.rule.anchored)
                or self._dated_apart(s, t, dates)
            ]
        trigs = self.spotter.fold_deals(trigs, s)
        seen_cls: set[str] = set()
        made: dict[str, EventClaim] = {}  # the claim each family made in this sentence
        recalled: set[str] = set()  # families a definite mention tied to an earlier event
        # a date belongs to the trigger it follows ("the exercise follows a visit last month"),
        # or to the first one; "2025" in "Balikatan 2025" is a name, not a date
        names = [(t.start, t.end) for t in trigs if t.name] + [
            (m.start, m.end) for m in self.mentions if s.start <= m.start < s.end
        ]
        dates = [d for d in dates if not any(a <= d.start < b for a, b in names)]
        owned = [(d, o) for d in dates if (o := A.date_owner(trigs, d, self.view)) is not None]
        dates, owner = [d for d, _ in owned], [o for _, o in owned]
        insets = [(s.start + m.start(), s.start + m.end()) for m in T.INSET.finditer(s.text)]
        for i, trig in enumerate(trigs):
            lo, hi = clause_of(s, trig)
            near = self.view[max(lo, trig.start - 60) : min(hi, trig.end + 30)]
            if C.HYPOTHETICAL.search(near) and not A.PLANNED.search(near):
                continue  # "could buy", "may hold": not an act
            said = self.view[trig.start : trig.end].lower()  # "talks on India buying"
            topic = C.TOPIC.search(self.view[max(lo, trig.start - 90) : trig.start])
            if topic and (not trig.rule.anchored or said.endswith("ing")):
                continue  # "discussed training programmes": the topic of talks, not an act
            if trig.definite and C.WATCHED.search(self.view, max(lo, trig.start - 40), trig.start):
                continue  # "said it was monitoring the exercise": an onlooker's words
            if trig.cls == "DialogueMechanism" and C.SIDELINES.search(
                self.view, max(lo, trig.start - 80), trig.start
            ):
                continue
            own = [d for d, o in zip(dates, owner, strict=True) if o == i]
            if not own and not trig.definite:  # "During X's visit in February 2020, the two
                own = [  # countries signed ...": the signing shares the visit's date
                    d
                    for d, o in zip(dates, owner, strict=True)
                    if (o < i or C.DURING.search(self.view[trig.end : trigs[o].start]))
                    and trigs[o].cls != trig.cls
                ]
            own = [d for d in own if not A.anothers_date(d, trig, self.view, insets)]
            if C.OFFSET.search(self.view, max(lo, trig.start - 60), trig.start):
                # "three years after it placed the order": not the sentence's day (a date after
                # the trigger is still its own: "wrapped up X, which was held from Aug. 11")
                own = [d for d in own if C.ITS_OWN_WHEN.search(self.view, trig.end, d.start)]
            claim = self._claim(s, trig, lo, hi, own)
            if claim:
                self._borrowed_day(claim, trig, lo, hi, bool(own))
            family = claim.family if claim else trig.cls
            if trig.definite and C.FIRST_HELD.match(self.view, trig.end):
                recalled.add(family)  # "The exercise, first held in 2005, has grown from a
                continue  # bilateral drill": the series' history
            if trig.definite and family not in seen_cls:
                target = self._latest(family)
                if target is None and family == "Agreement":  # "The agreement, concluded
                    target = self._latest("ProcurementContract")  # under FMS": the contract
                if target is None and family == "ProcurementContract":  # "the deal was inked
                    # on Monday ... The contract was signed by": the deal was a contract
                    target = self._latest("Agreement")
                before = self.view[max(s.start, trig.start - 40) : trig.start]
                if target is not None and (
                    self._compatible(target, claim)
                    or (
                        family == "JointExercise"
                        and not C.ANOTHER.search(before)
                        and not C.FIRST_TIME.search(before)
                        and self._compatible(target, claim, False)
                    )
                ):  # "A destroyer in the exercise was commissioned last year": still this one
                    if family == "ProcurementContract" and target.cls == "Agreement":
                        target.cls = family
                    self._attach(target, claim, s)
                    seen_cls.add(family)
                    recalled.add(family)
                    continue
            if family in recalled and claim and not claim.start:
                target = self._latest(family)
                if trig.name and target is not None and target.name is None:
                    target.name = trig.name  # "The five-day exercise, named X 2025, ..."
                continue  # "The one-day activity ... included communication drills": parts of it
            if claim is None or not self._anchored(trig, claim, s, lo, hi):
                seen_cls.add(family)
                continue
            if trig.definite and family in seen_cls:
                if claim.start is not None:  # "this week's drill follows the training the
                    self.events.append(claim)  # countries conducted earlier this year": another
                continue  # "Varuna 2025 ..., the most demanding edition of the drill": the same
            if self._restated(claim, made.get(family)):
                continue
            self._add(claim)
            made[family] = claim
            seen_cls.add(family)

    def _anchored(self, trig: Trigger, claim: EventClaim, s: Sentence, lo: int, hi: int) -> bool:
        if trig.rule.anchored or trig.name or claim.start or claim.end:
            return True
        window = self.view[max(lo, trig.start - 120) : min(hi, trig.end + 120)]
        edition = trig.cls in ("DialogueMechanism", "JointExercise") and A.EDITION.search(
            self.view[max(lo, trig.start - 60) : trig.start]
        )
        return bool(A.OCCURRENCE.search(window) or edition)

    # -- building a claim --------------------------------------------------------------------
    def _claim(
        self, s: Sentence, trig: Trigger, lo: int, hi: int, dates: list[DateMention]
    ) -> EventClaim | None:
        clause = self.view[lo:hi]
        local = self.about.near(s.start)  # who the passage before the sentence is about
        # "Hanwha's template is Australia, where a contract was inked": the place before
        # "where" is where the clause's act happened
        mentions = [
            m
            for m in self.mentions
            if lo <= m.start < hi
            or (m.end < lo and T.WHERE.fullmatch(self.view, m.end, lo))
            # "Estonia, which bought 44 vehicles from the Netherlands in 2014": who bought (a
            # dated act; "the United States, which supplied them," describes)
            or (
                dates
                and m.end < lo
                and m.kind == "State"
                and T.WHICH.fullmatch(self.view, m.end, lo)
            )
        ]
        if C.not_an_act(self.view, trig, s, (lo, hi), bool(dates), mentions):
            return None
        # "Papua New Guinea is taking part as an observer": not a party; "Lima" in "Bersama
        # Lima" is part of a name
        mentions = [
            m
            for m in mentions
            if not C.not_a_party(self.view, m, lo)
            and not roster.AS_OBSERVER.match(self.view, m.end)
            and not (trig.name and trig.start <= m.start < trig.start + len(trig.name))
        ]
        participants = {
            st
            for m in mentions
            if (m.kind == "State" or not m.locative)
            # a ship sails for its navy in a drill or a port call, but a ship changing hands
            # says nothing of who sells it
            and (m.kind != "EquipmentModel" or family_of(trig.cls) in _SHIPS_ACT)
            # "trained RMAF crews on the Sukhoi": the type, not its maker's state
            and not (m.kind == "DefenceCompany" and C.ON_TYPE.search(self.view, lo, m.start))
            for st in m.states
            if st is not None
        }
        participants |= {m.iri for m in mentions if m.kind == "State" and m.locative}
        inner = self.roles.relative_actors(mentions, lo, trig.start)
        if len(inner) >= 2:
            participants = inner
        component = {st for m in mentions if C.ORIGIN.match(self.view, m.end) for st in m.states}
        if len(participants - component) >= 2:
            participants -= component
        # "Simon's Town hosted the Indian and Brazilian navies": the host's state takes part
        participants |= {
            st
            for m in mentions
            if m.kind == "Place"
            and C.HOSTED.match(self.view, m.end)
            and (st := self.gaz.state_of(m.iri))
        }
        if trig.rule.direction == "visit" or (
            len(participants) == 1
            # "Taiwanese pilots have been training ... at Luke Air Force Base in Arizona", "At a
            # ceremony in Tbilisi, the Turkish ambassador handed over 12 vehicles"
            and (trig.cls == "TrainingExchange" or C.HANDING.match(self.view, trig.start))
        ):  # the destination's state is the host
            participants |= {
                st for m in mentions if m.locative and (st := self.gaz.state_of(m.iri))
            }
        places = [
            m
            for m in mentions
            if m.kind == "Place" and m.locative and not C.SOURCE_PLACE.match(self.view, m.end)
        ]
        if (
            len(participants) <= 1
            and trig.cls == "TrainingExchange"
            and not C.ABROAD.search(self.view, trig.start, hi)
        ):
            return None  # "training instructors is the bottleneck": nobody else involved
        contract = self._latest("ProcurementContract")
        if (
            not participants
            and trig.rule.direction == "receive"
            and contract is not None
            and s.start - contract.evidence[-1][1] <= 400
        ):  # "... a contract for 26 Rafale M. The jets are to operate from INS Vikrant, with
            # deliveries starting around 2029": deliveries under that contract
            participants = set(contract.participants)
        if not participants and trig.rule.direction and not T.PAIR.search(clause):
            return None  # "The navy bought spares": no party named, nothing to report
        actors = {st for m in mentions if not m.locative for st in m.states}
        if (
            trig.cls == "JointExercise"
            and len(actors) == 1
            and not trig.definite
            and not trig.name  # a named drill may get its partners from the next sentences
            and not C.TOGETHER.search(clause)
        ):
            return None  # "China's navy held drills around Taiwan": one state's own drill
        earlier = self._latest(family_of(trig.cls))
        if earlier and (
            (trig.definite and not actors)
            # "Last year's edition was held at Umroi in India's state of Meghalaya"
            or (
                C.PAST_EDITION.search(self.view, max(lo, trig.start - 30), trig.end)
                and len(actors) <= 1  # ("... in which Finland and Sweden took part": those)
                and actors <= earlier.participants
            )
        ):
            participants = set(earlier.participants)  # "the previous edition": same partners
        if trig.cls == "JointExercise" and len(participants) >= 2:
            participants |= roster.subject_of(self.view, trig, hi, mentions, local, self.about)
        pair = T.PAIR.search(clause)
        n = {"three": 3, "four": 4, "five": 5}.get((pair and pair.group("n") or "").lower(), 2)
        if n == 2 and C.TRILATERAL.search(self.view, trig.start, trig.end):
            n = 3  # "Ministers signed a Trilateral Memorandum of Cooperation"
        if (
            len(participants) < 2
            and n == 2
            and (
                trig.definite
                or pair
                or not participants
                or re.search(r"\b(?:joint(?:ly)?|bilateral)\b", clause, re.I)
                # "the destroyer is to carry out a passage exercise with the Sri Lankan Navy"
                or (trig.cls == "JointExercise" and re.search(r"\b(?:with|alongside)\b", clause))
            )
        ):
            participants |= set(local)
        if pair and (
            len(participants) == 1
            or (n == 2 and pair.start() <= 4 and all(m.start > trig.start for m in mentions))
        ):
            # "The parties agreed to hold the next exercise, with Türkiye taking part": the pair
            participants |= set(local)
        if n > 2 and len(participants) < n:
            # "ships of the three navies first trained together": those of the last act of
            # its kind that had three, else the three states the story names most
            earlier = [
                c.participants
                for c in self.events
                if c.family == trig.cls
                and len(c.participants) == n
                and participants <= c.participants
            ]
            participants |= set(earlier[-1] if earlier else self.about.pair(n))
        if trig.known is not None and hasattr(trig.known, "participants"):
            participants = set(trig.known.participants)
        body = trig.cls == "DialogueMechanism" and isinstance(trig.known, URIRef)
        if body:
            mention = next(m for m in mentions if m.iri == trig.known)
            participants |= set(mention.states)
            owner = [m for m in mentions if m.states and 0 <= mention.start - m.end <= 3]
            if not mention.states and (owner or C.HOME_BODY.search(mention.text)):
                return None  # "India's Defence Acquisition Council": one state's own body
        if trig.rule.direction in ("supply", "receive") and len(participants) < 2:
            participants |= set(self.roles.built_in(mentions, lo, hi))  # "built in Queensland"
        if len(participants) < 2 and (
            trig.rule.direction in ("receive", "acquire")
            # "Azerbaijan signed a follow-on contract for MAM-L munitions": the maker sells
            # (not a contract "to overhaul its MiG-29 fighters": no seller of those)
            or (
                trig.cls == "ProcurementContract"
                and trig.rule.direction is None
                and not C.UPKEEP.search(clause)
            )
        ):
            # "took delivery of 36 Rafale jets": the maker's state supplies them
            # ("the first batch of BrahMos missiles arrived": the maker is named before)
            after = lo if trig.rule is T.ARRIVAL else trig.end
            participants |= self.roles.origin(mentions, after, hi)
        if (
            len(participants) == 1
            and trig.rule.direction in ("acquire", "receive")
            and self.roles.makers(mentions, trig.end, hi) == participants
            and self.roles.side(mentions, lo, trig.start) == participants
        ):
            return None  # "the Spanish navy ordered submarines from Navantia": a home purchase
        if (
            len(participants) == 1
            and trig.rule.direction in ("acquire", "receive")
            and C.DOMESTIC.search(clause)
        ):
            return None  # "placed an order with the state shipyard PT PAL": a home purchase
        if len(participants) == 1 and trig.rule.direction in ("acquire", "receive"):
            buyer, supplier = self.roles.acquirer(mentions, trig, lo, hi)
            buyer = buyer or set(self.about.pair(1))  # unnamed buyer: the story's state
            if supplier and supplier <= buyer:
                return None  # "to be bought from Indian industry": a home purchase
        if len(participants) == 1 and (
            trig.rule.direction
            or trig.cls in ("DialogueMechanism", "TrainingExchange", "JointProductionProject")
            or trig.rule.anchored  # "Dassault and Tata signed agreements": Tata's side too
        ):
            if participants <= set(local):
                # "Athens ordered three of the frigates": from the partner the story is about
                participants |= set(local)
            elif trig.rule.direction in ("acquire", "receive", "visit"):
                # "jets acquired earlier from Portugal": by the state the story is about;
                # "President Tokayev made a state visit to Ankara": from that state too
                others = [st for st in local if st not in participants]
                participants |= {max(others, key=self.about.weight)} if others else set()
        if len(participants) < 2 and not (trig.name and trig.cls == "JointExercise"):
            return None  # (a named drill may get its other parties from the next sentences)
        claim = EventClaim(trig.cls, participants, [(s.start, s.end)], name=trig.name)
        claim.named = actors & participants
        claim.between = bool(C.BETWEEN.match(self.view, trig.end))
        claim.anchors = [(trig.start, trig.end)]
        if body:
            claim.name = self.text[trig.start : trig.end]
        if isinstance(trig.known, URIRef):  # a dialogue mechanism: the body is the event
            claim.known = trig.known
        elif trig.known is not None:
            claim.known = trig.known.iri
            claim.start = trig.known.start
            claim.place = trig.known.place
        A.dates(claim, trig, [d for d in dates if lo <= d.start < hi], clause, self.view)
        A.place(claim, trig, places, mentions)
        if self.roles.assign(claim, trig, mentions, lo, hi):
            return None  # a state's own industry building for its own forces
        self.roles.parties(claim, local, self.about.weight)
        A.status(claim, clause, self.view[trig.start : trig.end], self.view[lo : trig.start])
        A.amounts(claim, mentions, self.view, lo, hi)
        claim.involves = {
            m.iri for m in mentions if m.kind not in ("State", "Place", "EquipmentModel")
        }
        return claim
