"""The events of one document found so far, and how a later mention joins one of them:
"the exercise" adds to the drill already found, a second claim of the same act merges into it."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import URIRef

from ..datefinding import DateResolver
from ..dates import DateMention, PartialDate
from ..reference import Gazetteer
from ..text import Sentence
from . import cues as C
from . import ownership as O
from . import roster
from .clauses import clause_of
from .focus import Focus
from .merging import edition_year_clash, finer_place, inside_span, merge_into, refines, same_event
from .model import DEALS, EventClaim, Mention, family_of
from .spotting import Trigger


class WithinDocument:
    events: list[EventClaim]
    mentions: list[Mention]
    view: str
    gaz: Gazetteer
    known_states: set[URIRef]
    about: Focus
    resolver: DateResolver
    dateline_end: int
    prior: list[Sentence]  # the two sentences before the current one

    def _compatible(self, target: EventClaim, claim: EventClaim | None, dated: bool = True) -> bool:
        """May a definite mention ("the exercise") refer to `target`?"""
        if claim is None:
            return True
        if (
            (dated or claim.end)
            and claim.start
            and target.start
            and claim.start.conflicts(target.start)
            and not inside_span(claim, target)
        ):  # (a stated span, "held from Aug. 11 to 14", is this mention's own date)
            return False
        if edition_year_clash(target, claim):
            return False  # "The previous edition ... in November 2024" is not AustraHind 2025
        if claim.participants <= target.participants | set(self.about.story):
            return True
        if claim.between and claim.named >= target.participants:
            return True  # "The contract between DALO and the Franco-Italian consortium": who
        # "the drill brings together ships from Poland, Germany and Sweden": more partners
        return target.family == "JointExercise" and len(claim.named & target.participants) >= 1

    def _latest(
        self, family: str, test: Callable[[EventClaim], bool] = lambda c: True
    ) -> EventClaim | None:
        """The latest act of `family` told so far (that passes `test`)."""
        for claim in reversed(self.events):
            if claim.family == family and test(claim):
                return claim
        return None

    def _attach(self, target: EventClaim, claim: EventClaim | None, s: Sentence) -> None:
        if target.family == "JointExercise":
            roster.joined(target, s, self.mentions, self.view)
        target.evidence.append((s.start, s.end))
        if claim is None:
            return
        target.anchors += [a for a in claim.anchors if a not in target.anchors]
        if claim.between and claim.named > target.participants:
            target.participants = set(claim.named)  # its parties, named one by one
        if target.family == "JointExercise" and (
            len(claim.named) > 2 or (claim.named and C.JOINING.search(s.text))
        ):  # a list of partners names more of them; "Germany is taking part in the exercise"
            target.participants |= claim.named
        clash = claim.start and target.start and claim.start.conflicts(target.start)
        # "Anatolian Eagle 2025 ... The exercise, held from June 23": the days
        if claim.start is not None and (
            target.start is None or refines(claim.start, target.start) or inside_span(claim, target)
        ):
            target.start = claim.start
            if claim.end is not None:  # "held Aug. 1-5" beats a lone "said on Wednesday"
                target.end = claim.end
        if target.end is None and claim.end is not None and not clash:
            target.end = claim.end
        if claim.place is not None and (
            target.place is None
            or finer_place(claim.place, target.place, self.gaz, self.known_states)
        ):
            target.place = claim.place
        target.name = target.name or claim.name
        target.involves |= claim.involves
        target.lots += [lot for lot in claim.lots if lot not in target.lots]

    def _restated(self, claim: EventClaim, earlier: EventClaim | None, tally: bool) -> bool:
        """A second, undated word for the act the sentence already reports ("began a joint
        exercise ..., the latest edition of an annual drill"), or a tally of it ("Deliveries
        ... began in 2024, and Dassault has so far handed over 14"): its anchor joins that
        event."""
        if (
            earlier is None
            or (claim.start is not None and not tally)
            or claim.name
            or not claim.participants <= earlier.participants
        ):
            return False
        earlier.anchors += [a for a in claim.anchors if a not in earlier.anchors]
        return True

    def _add(self, claim: EventClaim) -> None:
        for other in self.events:
            if same_event(other, claim, self.gaz):
                merge_into(other, claim, self.gaz, self.known_states)
                return
        self.events.append(claim)

    def _made_under(self, s: Sentence) -> bool:
        """ "Under it, a Barzan subsidiary will manufacture access panels": the agreement told just
        before is a production deal, and this sentence is its evidence."""
        last = self.events[-1] if self.events else None
        if last is None or last.cls != "Agreement" or not C.MADE_UNDER_IT.search(s.text):
            return False
        last.cls = "JointProductionProject"
        last.evidence.append((s.start, s.end))
        return True

    def _borrowed_day(self, claim: EventClaim, trig: Trigger, lo: int, hi: int, own: bool) -> None:
        """A day said before: "The two ministers then signed a memorandum" (the last day of the
        sentences before), "an agreement signed at the same ceremony" (or of the act before)."""
        same = claim.family in DEALS and C.SAME_OCCASION.search(self.view, lo, hi)
        undated = not (claim.start or claim.end)
        if same and not (claim.start and claim.start.day):
            then = self._day_before() or self._day_told()
        elif undated and not own and C.THEN.search(self.view, max(lo, trig.start - 30), trig.start):
            then = self._day_before()
        elif undated and claim.family in DEALS and C.MEETING_END.search(self.view, lo, trig.start):
            # "At the end of the talks, Zamir and Berrid signed": the talks' day, or the day of
            # the meeting or visit the story told them in
            then = self._day_before() or self._day_told(("DialogueMechanism", "OfficialVisit"))
        elif (
            undated
            and claim.family == "OfficialVisit"
            and C.FOR_THE_OCCASION.search(self.view, trig.end, hi)
        ):  # "flew in from Paris for the ceremony": the day of the act just told
            then = self._day_told()
        elif (
            undated
            and claim.family != "OfficialVisit"
            and C.DURING_THAT.search(self.view, lo, trig.start)
        ):  # "During that trip, the two defence ministries signed a roadmap": the trip's date
            trip = self._latest("OfficialVisit")
            then = trip.start if trip else None
        elif undated and claim.family in DEALS and (day := self._trip_day(lo)) is not None:
            # "Merz paid an official visit to Lithuania on Thursday, ..., and the two
            then = day  # governments signed an agreement": signed on that day of the visit
        else:
            return
        if then:
            claim.start, claim.end = then, None

    def _trip_day(self, at: int) -> PartialDate | None:
        """The last day said before `at` in a sentence that told a visit before `at`."""
        trip = self._latest("OfficialVisit")
        if trip is None or not any(a < at for a, _ in trip.anchors):
            return None
        first, last = trip.evidence[-1]
        if not first <= at < last:
            return None
        days = [d for d in self._days_in(self.view[first:at], first) if d.kind == "point"]
        return days[-1].begin if days else None

    def _day_told(self, families: tuple[str, ...] = ("",)) -> PartialDate | None:
        """The day of the latest act told with one, of the first of `families` that has one
        (any family by default)."""
        for family in families:
            for c in reversed(self.events):
                if family in ("", c.family) and c.start and c.start.day:
                    return c.start
        return None

    def _day_before(self) -> PartialDate | None:
        """The last day named in the two sentences before."""
        for p in reversed(self.prior):
            days = self._days_in(p.text, p.start)
            if days:  # a day, not a span ("On Saturday, X received Y, who visits from 17 to 20
                return max(days, key=lambda d: (d.kind == "point", d.start)).begin  # Oct.")
        return None

    def _days_in(self, text: str, start: int) -> list[DateMention]:
        """The dates with a day that `text` (at `start`) says, reports of it aside."""
        return [
            d
            for d in self.resolver.find(text, start, O.future_from(text))
            if d.start >= self.dateline_end and d.begin and d.begin.day and d.kind != "reported"
        ]

    def _dated_apart(self, s: Sentence, trig: Trigger, dates: list[DateMention]) -> bool:
        """A dated deal in a clause of its own beside a habit: "under an agreement signed in
        1996, and the two marine corps have trained together regularly since then" (talks
        and drills recur, so a habit nearby still speaks of them)."""
        if family_of(trig.cls) not in DEALS:
            return False
        lo, hi = clause_of(s, trig)
        return not C.HABITUAL.search(self.view, lo, hi) and any(lo <= d.start < hi for d in dates)
