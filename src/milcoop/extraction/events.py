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
from ..dateforms import LATER
from ..dates import DateMention, PartialDate
from ..reference import Gazetteer
from ..text import Sentence, dateline, datelines, headings
from . import attributes as A
from . import clauses as K
from . import cues as C
from . import deals, roster
from . import ownership as O
from .clauses import clause_of
from .focus import Focus, filed_from
from .merging import series
from .model import EventClaim, Mention
from .parties import PartyFinder
from .roles import Roles
from .spotting import Spotter, Trigger


class EventFinder(PartyFinder):
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
                and roster.listed(last[1], sentence, self.mentions, self.gaz.state_of)
            ):
                last = (n, last[1])
            fresh = [c for c in self.events[before:] if c.family == "JointExercise"]
            if fresh:
                last = (n, fresh[-1])
            elif last and (sentence.start, sentence.end) in last[1].evidence:
                last = (n, last[1])  # "the drills ...": still about that exercise
        roster.series_partners(self.events)
        for c in self.events:
            if c.start is None and c.end is None and c.said_on is not None:
                c.start = c.said_on  # "Kongsberg said on Monday it had signed a contract"
        # a named exercise whose other parties never got named is not a cooperation event
        self.events = [c for c in self.events if len(c.participants) >= 2]
        return self.events

    def _sentence(self, s: Sentence) -> None:
        """Find the events of one sentence."""
        if self._made_under(s):
            return
        told = tuple(
            sorted({series(c.name) for c in self.events if c.family == "JointExercise" and c.name})
        )
        trigs = self.spotter.find(s, self._latest("JointExercise") is not None, told)
        if not trigs:
            return
        if s.text.rstrip().endswith("?") or s.text.startswith("Whether "):
            # a question ("Can the Department provide the contracts ...?", "Whether Indonesia
            return  # will buy the jet is another matter") states no act
        dates = [
            d
            for d in self.resolver.find(
                s.text,
                s.start,
                O.future_from(s.text),
                nearest=O.mixed_tense(s.text),
                before=self._said_before(s),
            )
            if d.start >= self.dateline_end and not O.not_its_date(d, self.view)
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
                or C.FIRST_WHEN.search(self.view, max(s.start, t.start - 60), t.start)
            ]
        trigs = deals.fold(trigs, s)
        seen_cls: set[str] = set()
        made: dict[str, EventClaim] = {}  # the claim each family made in this sentence
        recalled: set[str] = set()  # families a definite mention tied to an earlier event
        # a date belongs to the trigger it follows ("the exercise follows a visit last month"),
        # or to the first one; "2025" in "Balikatan 2025" is a name, not a date
        names = [(t.start, t.end) for t in trigs if t.name] + [
            (m.start, m.end) for m in self.mentions if s.start <= m.start < s.end
        ]
        dates = [d for d in dates if not any(a <= d.start < b for a, b in names)]
        owned = [(d, o) for d in dates if (o := O.date_owner(trigs, d, self.view)) is not None]
        dates, owner = [d for d, _ in owned], [o for _, o in owned]
        insets = [(s.start + m.start(), s.start + m.end()) for m in K.INSET.finditer(s.text)]
        for i, trig in enumerate(trigs):
            lo, hi = clause_of(s, trig)
            near = self.view[max(lo, trig.start - 60) : min(hi, trig.end + 30)]
            hypothetical = C.HYPOTHETICAL.search(near) and not A.PLANNED.search(near)
            if hypothetical or C.ANYONE.search(near):
                continue  # "could buy", "may hold", "would buy from whoever": not an act
            said = self.view[trig.start : trig.end].lower()  # "talks on India buying"
            topic = C.TOPIC.search(self.view[max(lo, trig.start - 90) : trig.start])
            if (
                topic
                # (an anchored noun in a list of topics: "reviewing ... and port calls")
                and (not trig.rule.anchored or said.endswith(("ing", "port calls")))
                # ("signed an agreement on the joint production of launchers": the act signed)
                and not (
                    trig.cls == "JointProductionProject"
                    and C.SIGNED_ON.search(self.view, max(lo, trig.start - 90), trig.start)
                )
            ):
                continue  # "discussed training programmes": the topic of talks, not an act
            if trig.cls == "TrainingExchange" and (
                C.PART_OF_DEAL.search(self.view, trig.end, hi)
                or C.DEAL_COVERS.search(self.view, lo, trig.start)
            ):
                continue  # "will receive the training in the United States as part of the
                # package": part of the sale just told
            if not trig.rule.anchored and C.AIM.search(
                self.view, max(lo, trig.start - 40), trig.start
            ):
                continue  # "agreed to deepen industrial partnership": an aim, not an act
            if trig.definite and C.WATCHED.search(self.view, max(lo, trig.start - 40), trig.start):
                continue  # "said it was monitoring the exercise": an onlooker's words
            if trig.cls == "DialogueMechanism" and C.SIDELINES.search(
                self.view, max(lo, trig.start - 80), trig.start
            ):
                continue
            own = [d for d, o in zip(dates, owner, strict=True) if o == i]
            participle = C.ORDERED_BEFORE.search(self.view, max(lo, trig.start - 40), trig.end)
            if (
                trig.cls == "ArmsTransfer"
                and not own
                and C.PARTS_SUPPLIED.search(self.view, max(lo, trig.start - 40), trig.end + 6)
            ):
                continue
            if (
                participle
                and not own
                and any(
                    t.cls == "ArmsTransfer"
                    and not re.search(r"[,;]", self.view[t.end : trig.start])
                    for t in trigs[:i]
                )
            ):  # "took delivery of the first six of 24 AH-64E helicopters bought from the
                continue  # United States": an undated older order, named to say what arrived
            # (not "signed an MoU yesterday at the close of the first session of the JPCDS": a
            # session of days, its last day only)
            closing = C.CLOSE_OF.search(self.view, max(lo, trig.start - 60), trig.start)
            if not own and not trig.definite and not participle and not closing:
                # "During X's visit in 2020,
                own = [  # countries signed ...": the signing shares the visit's date
                    d
                    for d, o in zip(dates, owner, strict=True)
                    if (o < i or C.DURING.search(self.view[trig.end : trigs[o].start]))
                    and trigs[o].cls != trig.cls
                ]
            own = [d for d in own if not O.anothers_date(d, trig, self.view, insets)]
            if C.DURING_WHICH.search(self.view, max(lo, trig.start - 60), trig.start):
                # "a visit to Spain from 13 to 16 October, during which she received the first
                # of the vessels": some day of the visit, not its first
                own = [d for d in own if d.start > trig.end]
            if C.OFFSET.search(self.view, max(lo, trig.start - 60), trig.start):
                # "three years after it placed the order": not the sentence's day (a date after
                # the trigger is still its own: "wrapped up X, which was held from Aug. 11")
                own = [
                    d
                    for d in own
                    if C.ITS_OWN_WHEN.search(self.view, trig.end, d.start)
                    # ("comes weeks after the Philippine Navy took delivery of two boats from
                    # the United States in March": said in the same breath, its own)
                    or (d.start > trig.end and "," not in self.view[trig.end : d.start])
                ]
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
                    # on Monday ... The contract was signed by": the deal was a contract (not a
                    # memorandum on training signed at the same visit)
                    deal = self._latest("Agreement")
                    target = deal if deal is not None and deal.cls == "Agreement" else None
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
            if (
                family == "JointExercise"
                and claim
                and not (claim.start or claim.named or trig.name)
                and (last := self._latest(family)) is not None
                and s.start - last.evidence[-1][1] <= 300
            ):  # "Crews practised communication checks, formation manoeuvres and ...": no
                continue  # state, no date, right after a drill: what its crews did in it
            if claim is None or not self._anchored(trig, claim, s, lo, hi):
                seen_cls.add(family)
                continue
            if trig.definite and family in seen_cls:
                if claim.start is not None:  # "this week's drill follows the training the
                    self.events.append(claim)  # countries conducted earlier this year": another
                continue  # "Varuna 2025 ..., the most demanding edition of the drill": the same
            tally = C.SO_FAR.search(self.view, max(lo, trig.start - 30), trig.end)
            if self._restated(claim, made.get(family), bool(tally)):
                continue
            self._add(claim)
            made[family] = claim
            seen_cls.add(family)

    def _said_before(self, s: Sentence) -> PartialDate | None:
        """The last date of the sentence before, when `s` counts from it ("A month later")."""
        if not (self.prior and LATER.search(s.text)):
            return None
        p = self.prior[-1]
        said = [d.begin for d in self.resolver.find(p.text, p.start) if d.begin and d.resolved]
        return said[-1] if said else None

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
            or (m.end < lo and K.WHERE.fullmatch(self.view, m.end, lo))
            # "Estonia, which bought 44 vehicles from the Netherlands in 2014": who bought (a
            # dated act; "the United States, which supplied them," describes)
            or (
                dates
                and m.end < lo
                and (m.kind == "State" or (trig.rule.direction == "visit" and m.states))
                and K.WHICH.fullmatch(self.view, m.end, lo)
            )  # ("the destroyer JS Samidare, which docked at Pier 15 on Monday": who calls)
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
        places = [
            m
            for m in mentions
            if m.kind == "Place"
            and m.locative
            and not C.SOURCE_PLACE.match(self.view, m.end)
            and not C.left_for(self.view, trig.end, m.start)
        ]
        participants = self._participants(s, trig, lo, hi, mentions)
        if participants is None:
            return None
        actors = {st for m in mentions if not m.locative for st in m.states}
        body = trig.cls == "DialogueMechanism" and isinstance(trig.known, URIRef)
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
