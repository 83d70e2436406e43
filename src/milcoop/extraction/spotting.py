"""Spotting triggers in a sentence: the rule matches, names of drills and agreements, bodies
of dialogue. `deals` folds a deal into the act it is about; `events` builds claims on them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from rdflib import URIRef

from ..reference import Gazetteer
from ..text import Sentence
from . import lexicon as L
from . import triggers as T
from .clauses import ANAPHOR
from .model import Mention
from .series import SERIES

_NAME_BEFORE = re.compile(
    r"['‘\"“]?(?P<name>[A-Z][\w]*(?:[ -]+(?:and\s+)?[A-Z0-9][\w]*)*(?:\s*[-–]\s*\d{4}|-\d{4})?)"
    r"['’\"”]?\s+$"
)
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "Last",
    "This",
    "These",
    "That",
    "Those",
    "Its",
    "Their",
    "Our",
    "Both",
    "Under",
    "During",
    "As",
    "After",
    "Before",
    "Since",
}
_TRAINED_THERE = re.compile(r"(?:last|first)\s+trained\s+(?:there|here)")
_SERVICE_WORDS = set(
    re.findall(
        r"\w+",
        "Army Navy Naval Air Force Forces Marine Marines Coast Guard Special Joint Military "
        "Staff Field Command Combined Bilateral Trilateral Multinational Maritime Land",
    )
)
# "signed a Strategic Mutual Defence Agreement on Wednesday": a date, not the name's end
_WHEN = (
    "(?:"
    + "|".join([*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"])
    + r")\b"
)
_NAMED_AGREEMENT = re.compile(
    r"(?P<name>(?:[A-Z][\w-]*\s+(?:of\s+)?){1,5}(?:Treaty|Declaration|Accord|Pact|Agreement|"
    r"Charter)"
    rf"(?:\s+(?:on|of|for)\s+(?!{_WHEN})(?:[A-Z][\w-]*\s*){{1,4}})?|"
    # "the Treaty on Security Guarantees": the name starts with the noun
    # ("the enhanced Agreement on Defence Exchanges and Security Cooperation")
    r"(?:(?<=the\s)|(?<=enhanced\s)|(?<=revised\s)|(?<=upgraded\s)|(?<=updated\s))"
    r"(?:Treaty|Declaration|Accord|Pact|Agreement|Charter)\s+(?:on|of|for)\s+"
    r"(?:[A-Z][\w-]*\s*(?:and\s+(?=[A-Z]))?){1,6}|"
    r"(?<=the\s)Plan\s+of\s+(?:[A-Z][\w-]*\s+){0,3}Cooperation)"
    r"(?!\s+Organi[sz]ation)"  # "the Collective Security Treaty Organization": a body
)
# what arrives when a delivery does: "the first Qatari jets arrived at Dukhan air base"
_CARGO_SUBJECT = re.compile(
    r"\W*(?:the|both|all)\s+(?:[\w,-]+\s+){0,3}?(?:aircraft|jets?|planes?|fighters?|helicopters?|"
    r"drones?|ships?|frigates?|corvettes?|submarines?|vessels?|tanks?|vehicles?|systems?|"
    r"rifles?|guns?|howitzers?|missiles?|interceptors?|launchers?|batter(?:y|ies)|rounds)\b",
    re.I,
)
_PASSIVE = re.compile(r"(?:\b(?:was|were)\s+$|^(?:was|were)\s)", re.I)
_ONE_OF_THEM = re.compile(
    r"\W*the\s+(?:first|second|third|fourth|lead|last|final|next|remaining|other)\b", re.I
)
_CARGO = re.compile(
    r"\b(?:jets|fighters|trainers|aircraft|helicopters|drones|ships|frigates?|corvettes?|"
    r"submarines?|boats|vessels?|tanks|howitzers|guns|vehicles|missiles|batter(?:y|ies)|"
    r"launchers|systems?|equipment|F-\d+s?|"
    r"first\s+(?:two|three|four|five|six|batch|units?|of\s+(?:them|those|these))|"
    r"(?-i:[Tt]he)\s+first(?=\s+(?:are|is|was|were|will)\b))\b"
    # ("The first batteries for the Royal Saudi Air Defense Forces are scheduled to arrive")
    r"[^.;]{0,70}$"
)
# who arrives when forces deploy, not officials visit: "a PLA Air Force contingent of around
# 200 personnel arrived at Bholari"
_FORCES = re.compile(
    r"\b(?:contingents?|troops|personnel|soldiers|servicemen|service\s+members|marines|"
    r"paratroopers|sailors|airmen|detachments?|battalions?|platoons?)\b[^.;,]{0,40}$"
)
# "arrived at the port of Aktau on 9 November to take part": it came for the drill
_TO_DRILL = re.compile(
    r"[^.;]{0,60}?\b(?:to\s+(?:take\s+part|join|participate)\b|for\s+(?:the|a|this\s+year['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}(?:exercises?|drills?|manoeuvres|maneuvers)\b)"
)
_MANY_DEALS = re.compile(
    r"\b(?:dozens?|multiple|numerous|scores)\s+(?:of\s+)?(?:[\w-]+\s+)?"
    r"(?:deals|agreements|contracts|memoranda|MoUs|accords)\b",
    re.I,
)
# "the two corvettes ... were bought for roughly Tk 1,700 crore and arrived from China in 2016"
BOUGHT_AND = re.compile(r"\b(?:bought|purchased|acquired|ordered)\b[^.;]{0,60}\band\s+$")
_TRAINERS = re.compile(r"\b(?:team|instructors|trainers)\b", re.I)
_TO_TRAIN = re.compile(r"[^.;]{0,100}\b(?:to\s+train|training\s+(?:of|for)|course\s+for)\b", re.I)
_THE_DEAL = re.compile(r"\s(?i:the)\s+(?i:agreement|deal|contract|accord)$")
_HOST_WORD = re.compile(r"(?i:host|welcom|receiv)")
_FOR_TALKS = re.compile(r"[^.;]{0,120}?\bfor\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,6}?")
_HANDED = re.compile(r"\b(?:handed\s+over|delivered)\b")
_IN_DRILL = re.compile(r"[^.;,]{0,60}?\bin\s+(?:the|this|a|an|its|their)\s+(?:[^.;,\s]+\s+){0,4}")
_PORT_CALL = re.compile(r"\b(?:visit|port\s+call|goodwill|courtesy)\b", re.I)
# "kicked off Bersama Lima", "took part in Talisman Sabre 2025": a drill by its name alone
_JOINED_NAME = re.compile(
    r"\b(?:wrapped\s+up|kicked\s+off|concluded|began|launched|opened|closed|completed|"
    r"took\s+part\s+in|taking\s+part\s+in|participated\s+in|participating\s+in)\s+"
    r"(?:the\s+)?(?:annual\s+|biennial\s+|\d+(?:st|nd|rd|th)\s+|latest\s+)?(?:edition\s+of\s+)?"
    r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[\s-]+\d{2,4})?|[A-Z]{3,}[\s-]+\d{2,4})"
    r"(?=[\s,.;])"
    # "when Wał Pomorski-25 got under way": a name with its edition, then the start
    r"|(?P<name2>\b[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2}-(?:\d{2}|\d{4}))\s+(?:got|gets|get)\s+under\s*way\b"
)
# "Joint Viking 2025, a winter exercise led by ...": a name with its year, then what it is
_APPOSITIVE = re.compile(
    r"(?P<name>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[\s-]+(?:19|20)\d\d|[\s-]\d\d)),\s+"
    r"(?:the|a|an|their|its)\s+"
    r"(?:[\w’'-]+\s+){0,7}?(?:exercises?|drills?|war\s?games?|manoeuvres?|maneuvers?)\b"
)
# "The previous round, Al Najah-V, was held in Rajasthan", "Last year's edition, Eagle Assault
# 2024, ...": an earlier (or later) edition, by its name
_PRIOR_EDITION = re.compile(
    r"\b(?i:previous|last|latest|earlier|first|next|(?:last|next)\s+year['’]s)\s+"
    r"(?:round|edition|iteration),\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[\s-]+(?:\d{1,4}|[IVXL]+))?),"
)
_NOT_A_DRILL = re.compile(
    r"\b(?:Agreement|Treaty|Declaration|Accord|Pact|Memorandum|Summit|Conference|Forum|Dialogue|"
    r"Talks|Council|Ministry|Navy|Army|Force|Forces|Command|"
    + "|".join([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept", *calendar.day_name])
    + r")\b"
)
# a deal that buys something: money on it, or "for 96 helicopters", "for the purchase of"
_BUYS = re.compile(
    r"[$€£¥₹]\s?\d|\b\d[\d.,]*\s*(?:million|billion|bn|crore)\b|\b(?:deals?|agreements?)\s+"
    r"(?:for|to\s+(?:buy|purchase|acquire|procure))\s+(?:\d|the\s+(?:purchase|acquisition|"
    r"procurement|supply)|(?:two|three|four|five|six|eight|ten|twelve|a\s+dozen)\b)"
)
_APPOSED = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}|"
    # "Khaan Quest began in 2003 as a small bilateral drill"
    r"\s+(?:began|started|was\s+launched|was\s+first\s+held)\s+in\s+\d{4}\s+as\s+an?\s+(?:[\w’'-]+\s+){0,3}"
)
_FOLLOWED = re.compile(
    r",\s+(?P<w>followed\s+by)\s+(?=[^.;,]{1,50}?\b(?:in|on)\s+(?:[A-Z][a-z]|(?:19|20)\d\d))"
)
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice|peace)\b", re.I)
_QUOTED_AFTER = re.compile(
    r"\s*,?\s*(?:dubbed\s+|named\s+|called\s+)?['‘\"“](?P<name>[A-Z][^'’\"”]{2,40})['’\"”]"
)
_EXERCISE_NAMED = re.compile(
    r"\b(?:Exercise)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[\s-]+\d{2,4})?)"
)


_DETERMINER = re.compile(  # ("aircraft from that order")
    r"\b(?:(?:the|this|these|those)\s+(?:[\w$.-]+\s+){0,2}|that\s+)$", re.I
)
_DEAL_NOUN = re.compile(r"(?i:purchase|acquisition|order|orders|deal|procurement|contract)")


@dataclass
class Trigger:
    """A span that announces an event of class `cls` under `rule`."""

    rule: T.Rule
    start: int  # document offsets
    end: int
    cls: str
    definite: bool = False
    name: str | None = None
    known: object = None
    meant: frozenset[URIRef] = frozenset()  # the state a bare "the navy" names back to


class Spotter:
    def __init__(self, gaz: Gazetteer, mentions: list[Mention]) -> None:
        self.gaz = gaz
        self.mentions = mentions

    def find(
        self, s: Sentence, drills_so_far: bool, series_told: tuple[str, ...] = ()
    ) -> list[Trigger]:
        """The triggers of one sentence, overlaps settled, names attached."""
        found: list[Trigger] = []
        for rule in T.RULES:
            for match in rule.pattern.finditer(s.text):
                cls = rule.cls
                groups = match.groupdict()
                noun = groups.get("noun") or groups.get("noun2") or groups.get("noun3")
                if noun:
                    if _TRUCE.search(s.text, match.start(), match.end()):
                        continue  # a ceasefire between foes is not cooperation
                    if _MANY_DEALS.search(s.text, match.start(), match.end()):
                        continue  # "had signed more than a dozen deals and memoranda": a tally
                    cls = T.AGREEMENT_NOUNS.get(noun.lower(), "Agreement")
                    if cls == "Agreement" and _BUYS.search(s.text, match.start(), match.end() + 80):
                        cls = "ProcurementContract"  # "a $10 billion deal for 96 Apaches"
                start, end = s.start + match.start(), s.start + match.end()
                if any(t.start < end and start < t.end for t in found):
                    continue
                if match.group().lower() == "edition" and not drills_so_far:
                    continue  # "the 2025 edition" of a report, not of a drill
                used = rule
                arrival = rule.direction == "visit" and re.match(
                    r"arriv|land|reach|dock", match.group(), re.I
                )
                if arrival and match.group().startswith("docked") and not _PORT_CALL.search(s.text):
                    continue  # ships that docked, with no visit said, may only be refuelling
                if (
                    arrival
                    and (
                        _FORCES.search(s.text[: match.start()][-60:])
                        or _TO_DRILL.match(s.text, match.end())
                        # "was handed over at Lorient last month and is expected to arrive at
                        # Salamis in January": the delivered ship's voyage
                        or _HANDED.search(s.text, 0, match.start())
                        # "a 22-member technical team ... arrived in Makurdi this month and has
                        # begun a four-month programme to train about 60 NAF engineers"
                        or (
                            _TRAINERS.search(s.text[: match.start()][-60:])
                            and _TO_TRAIN.search(s.text, match.end())
                        )
                    )
                ):
                    continue  # a deployment (for a drill, most often), not a visit
                if arrival and (
                    _CARGO.search(s.text[: match.start()][-70:])
                    # "The navy's two Type 056 corvettes ... were bought for roughly Tk 1,700
                    # crore and arrived from China in 2016"
                    or BOUGHT_AND.search(s.text, 0, match.start())
                    or (  # "HAMMER first reached India in 2020" (a ship that arrives
                        # "for a goodwill visit" makes a port call)
                        any(
                            m.kind == "EquipmentModel" and 0 <= start - m.end <= 25
                            for m in self.mentions
                        )
                        and not _PORT_CALL.search(s.text)
                    )
                ):
                    used, cls = T.ARRIVAL, "ArmsTransfer"  # "the first Qatari jets arrived"
                if (
                    rule.direction == "visit"
                    and re.match(r"(?:was|were)\s+received", match.group(), re.I)
                    and _CARGO_SUBJECT.match(s.text)
                ):  # "The aircraft, a former RAAF plane, was received by Air Brigade 918"
                    used, cls = T.RECEIVED_BY, "ArmsTransfer"
                before = s.text[: match.start()]
                passive = bool(_PASSIVE.search(before) or _PASSIVE.match(match.group()))
                trig = Trigger(used, start, end, cls)
                if rule.cls == "JointExercise":
                    named = _NAME_BEFORE.search(before)
                    name = self.exercise_name(named.group("name")) if named else None
                    quoted = _QUOTED_AFTER.match(s.text, match.end())
                    if name is None and quoted:  # "the joint exercise 'Yudh Abhyas'"
                        name = quoted.group("name")
                    trig.name = name
                    # ("the two navies last trained there": who trained, not which drill)
                    trig.definite = (
                        bool(ANAPHOR.search(before))
                        and name is None
                        and not _TRAINED_THERE.match(match.group())
                    )
                elif groups.get("noun2") or groups.get("noun3"):  # "The agreement, ..., was signed"
                    trig.definite = bool(ANAPHOR.search(before))
                elif groups.get("noun") and _THE_DEAL.search(match.group()):
                    # "... signed a ₱36-billion contract with KAI. Teodoro and Kang signed the
                    # agreement on Monday": the deal just told
                    trig.definite = True
                elif used is T.RECEIVED_BY or (
                    (used is T.ARRIVAL or (rule.direction in ("receive", "supply") and passive))
                    and _CARGO_SUBJECT.match(s.text)
                    and not _ONE_OF_THEM.match(s.text)
                ):  # "The aircraft was received by ...", "The jets landed at Kainji on Tuesday",
                    # "The 2,900-tonne ship ... was handed over by ...": the one told (but "The
                    trig.definite = True  # lead ship was handed over in 2023" is another)
                elif rule.direction in ("acquire", None) and _DEAL_NOUN.fullmatch(match.group()):
                    # "presented the purchase as a symbol" (not "obstacles that slow orders")
                    trig.definite = bool(_DETERMINER.search(before))
                found.append(trig)
        # "Exercise Shakti 2025", "Joint Viking 2025, a winter exercise": a drill by its name
        named = [*_EXERCISE_NAMED.finditer(s.text), *_APPOSITIVE.finditer(s.text)]
        if drills_so_far:
            named += _PRIOR_EDITION.finditer(s.text)
        # "AUSTRAHIND 2024 was staged at Pune", after AUSTRAHIND 2025 (unless named above:
        # "Last year's edition, Eagle Assault 2024, ...")
        spans = [(m.start(), m.end()) for m in named]
        named += [
            m
            for told in series_told
            for m in re.finditer(
                rf"\b(?P<name>{re.escape(told)}[\s-]+(?:19|20)\d\d)\b", s.text, re.I
            )
            if not any(a <= m.start() < b for a, b in spans)
        ]
        for match in named:
            start, end = s.start + match.start(), s.start + match.end()
            name = " ".join(match.group("name").split())
            if _NOT_A_DRILL.search(name) or self.gaz.lookup(name.split()[0]):
                continue  # "Exercise Indian ...": an actor follows, not a name
            found = [t for t in found if not (t.start < end and start < t.end)]
            found.append(Trigger(T.DRILL, start, end, "JointExercise", name=name))
        for match in _JOINED_NAME.finditer(s.text):  # "wrapped up Bersama Lima on Friday"
            group = "name" if match.group("name") else "name2"
            name = " ".join(match.group(group).split())
            start, end = s.start + match.start(group), s.start + match.end(group)
            if any(t.start < end + 25 and start < t.end for t in found):
                continue
            if _NOT_A_DRILL.search(name) or any(self.gaz.lookup(w) for w in name.split()):
                continue
            found.append(Trigger(T.DRILL, start, end, "JointExercise", name=name))
        ships = [(m.start(), m.end()) for m in L.SHIP.finditer(s.text)]
        for match in SERIES.finditer(s.text):
            if any(a <= match.start() < b for a, b in ships):
                continue  # "the fleet support ship INS Shakti": a ship, not the drill
            start, end = s.start + match.start(), s.start + match.end()
            if any(t.start < end + 25 and start < t.end for t in found):
                continue  # "the Varuna exercise": the exercise trigger already has the name
            name = " ".join(match.group().split())
            # "Exercise Pitch Black 2024": one trigger, the name
            found = [t for t in found if not (t.cls == "JointExercise" and 0 <= start - t.end <= 1)]
            found.append(Trigger(T.DRILL, start, end, "JointExercise", name=name))
        for match in _NAMED_AGREEMENT.finditer(s.text):
            name = " ".join(match.group("name").split())
            if name.split()[0] in ("The", "A", "An", "In", "On"):
                name = " ".join(name.split()[1:])
            start, end = s.start + match.start(), s.start + match.end()
            known = self.gaz.known_event(name)
            word = (
                name.split()[-1].lower()
                if " on " not in name and " of " not in name
                else re.search(r"(Treaty|Declaration|Accord|Pact|Agreement|Charter|Plan)", name)
                .group()
                .lower()
            )
            cls = known.cls if known else T.AGREEMENT_NOUNS.get(word, "Agreement")
            trig = Trigger(T.SIGNING, start, end, cls, name=name, known=known)
            found = [t for t in found if not (t.start < end and start < t.end)] + [trig]
        for mention in self.mentions:
            if mention.kind == "DialogueMechanism" and s.start <= mention.start < s.end:
                trig = Trigger(T.DRILL, mention.start, mention.end, "DialogueMechanism")
                trig.known = mention.iri
                found.append(trig)
        for match in _FOLLOWED.finditer(s.text):  # "..., followed by PNS KHAIBAR in
            at = s.start + match.start("w")  # December 2024": a second handover, dated apart
            prior = [t for t in found if t.end <= at and t.cls == "ArmsTransfer"]
            if prior:
                found.append(Trigger(prior[-1].rule, at, s.start + match.end("w"), "ArmsTransfer"))
        found.sort(key=lambda t: t.start)
        found = [  # "Exercise Singaroo, the annual naval drill between ...": one drill, named
            t
            for k, t in enumerate(found)
            if not (
                k
                and t.cls == found[k - 1].cls == "JointExercise"
                and found[k - 1].name
                and not t.name
                and _APPOSED.fullmatch(s.text, found[k - 1].end - s.start, t.start - s.start)
            )
        ]
        drills = [t for t in found if t.cls == "JointExercise" and t.rule is not T.TOGETHER_DRILL]
        if drills:
            found = [t for t in found if t.rule is not T.TOGETHER_DRILL]
        # "trained with Canadian and Polish units in the Silver Arrow 2024 exercise": the drill
        found = [
            t
            for t in found
            if not (
                t.cls == "TrainingExchange"
                and any(
                    _IN_DRILL.fullmatch(s.text, t.end - s.start, d.start - s.start) for d in drills
                )
            )
        ]
        # "hosted US Secretary of State Marco Rubio ... for the annual ... Ministerial
        # Consultations": the guests came for the talks, which are the event
        talks = [t for t in found if t.cls == "DialogueMechanism"]
        found = [
            t
            for t in found
            if not (
                t.cls == "OfficialVisit"
                and _HOST_WORD.match(s.text, t.start - s.start)
                and any(
                    _FOR_TALKS.fullmatch(s.text, t.end - s.start, d.start - s.start) for d in talks
                )
            )
        ]
        return sorted(found, key=lambda t: t.start)

    def exercise_name(self, name: str) -> str | None:
        name = re.sub(r"\s*[-–]\s*(\d{4})$", r"-\1", " ".join(name.split()))
        words = re.findall(r"[A-Z][\w]*", name)
        if not words or name.split()[0] in _NOT_NAMES:
            return None
        if all(w in _SERVICE_WORDS for w in words):
            return None  # "the bilateral Army exercise, VINBAX-2025": which service, not a name
        if all(self.gaz.lookup(w) for w in re.split(r"[\s-]+", name) if not w.isdigit()):
            return None  # "Azerbaijani-Turkish": who, not a name
        if self.gaz.by_name(name) is not None:
            return None  # "the Azerbaijan Army ... exercises": an actor, not a name
        return name
