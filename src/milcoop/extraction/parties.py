"""Who takes part in the act a trigger announces: the states its clause names, completed from
the story around it (the pair it is about, an earlier edition, the maker of what changes
hands), and vetoed when only one state acts (its own drill, its own industry, its own body)."""

from __future__ import annotations

import re

from rdflib import URIRef

from ..text import Sentence
from . import clauses as K
from . import cues as C
from . import roster
from . import triggers as T
from .merging import series
from .model import PEOPLE_ACTS, EventClaim, Mention, family_of
from .roles import Roles
from .spotting import Trigger
from .within import WithinDocument

# events whose parties a named ship stands for ("HMS Somerset joined the drill")
_SHIPS_ACT = ("JointExercise", "OfficialVisit")
# "signed a ₱30 billion contract with HD Hyundai Heavy Industries": the seller follows
_SELLER_AFTER = re.compile(r"\s+with\s+(?:the\s+)?[A-Z]")
_BESIDE = re.compile(
    r"\b(?:(?:coast|coasts|border|borders|shores?|waters)\s+(?:of|with)|near)\s+(?:the\s+)?$"
)
_DESIGNED = re.compile(r"\b(?:based\s+on|derived\s+from|model(?:l)?ed\s+on)\s+(?:the\s+|an?\s+)?$")
# "chose the Gripen in late 2013 over the Boeing F/A-18E/F Super Hornet and the Dassault
# Rafale": the rivals it beat
_RIVAL = re.compile(
    r"\b(?:chose|chosen|selected|picked|preferred|favou?red)\b[^.;,]{0,60}\bover\s+(?:the\s+)?"
    r"(?:[^.;,]{0,60}\b(?:and|or)\s+(?:the\s+)?)?$"
)
_OWN = re.compile(r"(?:['’]s|\bits|\btheir)\s+own\s+(?:[\w-]+\s+){0,2}$")
_HANDOVER = re.compile(r"(?i:hand(?:s|ed|ing)?\s+over|hand-?over)")
_BARE_NOUN = re.compile(r"(?i:orders?|purchases?|procurement|contracts?|deals?)")
# the kit of the deal just told, bought again by another: "for the same system", "followed"
_SAME_KIT = re.compile(
    r"\bthe\s+same\s+(?:[\w-]+\s+)?(?:system|type|model|aircraft|jets?|missiles?|ships?|"
    r"vehicles?|weapons?|platform|design)\b",
    re.I,
)
_FOLLOWED = re.compile(
    r"\bfollowed\s+(?:suit\s+)?(?:in\s+[^,;]{1,25}?\s+)?with\s+(?:an?|its)\s+"
    r"(?:[\w$€£.,-]+\s+){0,4}$",
    re.I,
)
_UNDER_IT = re.compile(rf"\b{T.UNDER_IT}\b")
_FMS = re.compile(r"\bForeign\s+Military\s+Sales?\b|\bFMS\b")
_ONE_OF_THOSE = re.compile(
    r"\W*(?-i:The)\s+(?:first|second|third|last|final|lead)\s+of\s+(?:them|those|these)\b"
)
_THE_SERVICE = re.compile(r"\b(?-i:[Tt]he)\s+(navy|army|air\s+force)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BUYERS_OFFICES = ("Ministry", "GovernmentAgency", "ArmedForces", "MilitaryUnit")


def _seller(deal: EventClaim) -> set[URIRef]:
    """Who sold in a deal: its supplier, or the party that is not its recipient."""
    if deal.roles.get("supplier"):
        return deal.roles["supplier"]
    recipient = deal.roles.get("recipient")
    return deal.participants - recipient if recipient and len(deal.participants) == 2 else set()


class PartyFinder(WithinDocument):
    roles: Roles

    def _participants(
        self, s: Sentence, trig: Trigger, lo: int, hi: int, mentions: list[Mention]
    ) -> set[URIRef] | None:
        """The states taking part, or None when the trigger reports no act between states."""
        clause = self.view[lo:hi]
        bare = _BARE_NOUN.fullmatch(self.view, trig.start, trig.end)
        if (trig.cls.endswith("Exercise") or bare) and _OWN.search(
            self.view, max(lo, trig.start - 40), trig.start
        ):  # "The Defence League's own exercise ..., a purely Estonian affair", "as India's
            return None  # own orders grow"
        local = self.about.near(s.start)
        # "off the coast of Japan", "near the border with Latvia": beside the act, not in it;
        # "based on the Turkish MILGEM design": where the design comes from, not who buys;
        # rivals a buyer chose against
        mentions = [
            m
            for m in mentions
            if not (m.kind == "State" and _BESIDE.search(self.view, max(0, m.start - 30), m.start))
            and not _DESIGNED.search(self.view, max(0, m.start - 30), m.start)
            and not _RIVAL.search(self.view, max(lo, m.start - 140), m.start)
            # "a search-and-rescue drill involving a Sikorsky S-70B Seahawk": the maker in a
            # type's name, not a party to the drill
            and not (
                m.kind == "DefenceCompany"
                and family_of(trig.cls) in PEOPLE_ACTS
                and any(e.kind == "EquipmentModel" and 0 <= e.start - m.end <= 1 for e in mentions)
            )
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
                st
                for m in mentions
                if m.locative
                and (st := self.gaz.state_of(m.iri))
                and not C.left_for(self.view, trig.end, m.start)
            }
        if not participants and _HANDOVER.search(self.view, trig.start, trig.end):
            # "The first ship of the class was handed over at Istanbul Naval Shipyard": a
            # handover in one of the two states the passage is about, between those two
            sites = {st for m in mentions if m.locative and (st := self.gaz.state_of(m.iri))}
            if len(sites) == 1 and sites <= set(local) and len(local) == 2:
                participants = set(local)
        if (
            len(participants) <= 1
            and trig.cls == "TrainingExchange"
            and not C.ABROAD.search(self.view, trig.start, hi)
        ):
            return None  # "training instructors is the bottleneck": nobody else involved
        handover = self._latest("ArmsTransfer")
        if (
            not participants
            and handover is not None
            and (
                trig.rule is T.HANDED_WHICH
                or self.view.startswith("followed", trig.start)
                # "The jets landed at ...", of a delivery told without its day
                or (trig.rule is T.ARRIVAL and trig.definite and handover.start is None)
            )
            and s.start - handover.evidence[-1][1] <= 400
        ):  # "Nearchos follows Kimon, which the yard handed over last December", "..., followed
            # by the second in December 2024"
            participants = set(handover.participants)
        contract = self._latest("ProcurementContract")
        if (
            (
                trig.rule in (T.ARRIVAL, T.EXPECTED)
                # "The first of them, renamed KRI Brawijaya, was handed over to the Indonesian
                # Navy at La Spezia in May"
                or (C.HANDING.match(self.view, trig.start) and _ONE_OF_THOSE.match(clause))
            )
            and len(participants) == 1
            and not self.roles.makers(mentions, lo, hi)
            and not re.search(r"\bfrom\b", clause)
        ):  # "The first batteries for the Royal Saudi Air Defense Forces are scheduled to
            # arrive": under the latest sale to them
            under = self._latest("ProcurementContract", lambda c: participants < c.participants)
            participants = set(under.participants) if under else participants
        if (
            not participants
            and (trig.rule.direction == "receive" or trig.rule is T.BEGAN_DELIVERING)
            and contract is not None
            # (further back when the words point to it: "deliveries under it")
            and s.start - contract.evidence[-1][1]
            <= (
                1500
                if _UNDER_IT.search(self.view, trig.start, trig.end) or _ONE_OF_THOSE.match(clause)
                else 400
            )
        ):  # "... a contract for 26 Rafale M. The jets are to operate from INS Vikrant, with
            # deliveries starting around 2029", "GE began delivering them in March 2025":
            # deliveries under that contract
            participants = set(contract.participants)
        if (
            len(participants) == 1
            and trig.cls == "ProcurementContract"
            and (_SAME_KIT.search(clause) or _FOLLOWED.search(self.view, lo, trig.start))
        ):  # "the UAE signed a contract for the same system", "Iraq followed in September
            # 2024 with an order": from the seller of the latest sale with a seller said
            sale = self._latest(
                "ProcurementContract",
                lambda c: s.start - c.evidence[-1][1] <= 600 and bool(_seller(c)),
            )
            seller = _seller(sale) if sale else set()
            if len(seller) == 1 and not seller & participants:
                participants |= seller
        if not participants and trig.rule.direction and not K.PAIR.search(clause):
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
        earlier = self._edition_before(trig) or self._latest(family_of(trig.cls))
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
        pair = K.PAIR.search(clause)
        said = pair and (pair.group("n") or pair.group("m")) or ""
        n = {"three": 3, "four": 4, "five": 5}.get(said.lower(), 2)
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
            if _FMS.search(clause):  # "under a US$1.1 billion Foreign Military Sales deal":
                participants |= {self.gaz.by_name("United States")}  # a US government sale
        if (
            len(participants) == 1
            and trig.rule.direction in ("acquire", "receive")
            and self.roles.makers(mentions, trig.end, hi) == participants
            and self._buyer_side(mentions, trig, lo) == participants
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
            # unnamed buyer: the force "the navy" names back to, else the story's state
            meant = set() if buyer else self._force_meant(lo, trig.start)
            buyer = buyer or meant or set(self.about.pair(1))
            if supplier and supplier <= buyer:
                return None  # "to be bought from Indian industry": a home purchase
            participants |= meant
            trig.meant = frozenset(meant)
        seller = self._seller_after(trig, mentions)
        if len(participants) == 1 and (
            trig.rule.direction
            or trig.cls in ("DialogueMechanism", "TrainingExchange", "JointProductionProject")
            or trig.rule.anchored  # "Dassault and Tata signed agreements": Tata's side too
            or seller
        ):
            if participants <= set(local):
                # "Athens ordered three of the frigates": from the partner the story is about
                participants |= set(local)
            elif trig.rule.direction in ("acquire", "receive", "visit") or seller:
                # "it signed a contract with HD Hyundai Heavy Industries": the story's state
                # "jets acquired earlier from Portugal": by the state the story is about;
                # "President Tokayev made a state visit to Ankara": from that state too
                others = [st for st in local if st not in participants]
                participants |= {max(others, key=self.about.weight)} if others else set()
        if len(participants) < 2 and not (trig.name and trig.cls == "JointExercise"):
            return None  # (a named drill may get its other parties from the next sentences)
        paired = self._between(trig, mentions)
        if len(paired) >= 2:
            # "began in 1992 as a bilateral exercise between India and the United States, and
            # Japan and Australia have since become members": those two, then (and a subject
            # that joins it: "Japan will take part in Balikatan, the exercise between ...")
            participants = paired | (participants & self.roles.side(mentions, lo, trig.start))
        return participants

    def _force_meant(self, lo: int, at: int) -> set[URIRef]:
        """The state of the force a bare "the navy" before `at` names back to: "The Royal Thai
        Navy signed ... The navy ordered the submarine from CSOC in 2017"."""
        said = _THE_SERVICE.search(self.view, lo, at)
        if said is None:
            return set()
        service = said.group(1).casefold()
        forces = [
            m
            for m in self.mentions
            if m.kind == "ArmedForces" and m.end <= lo and service in m.text.casefold()
        ]
        return set(forces[-1].states) if forces else set()

    def _edition_before(self, trig: Trigger) -> EventClaim | None:
        """ "Last year's edition, Malabar 2024": the latest drill of the Malabar series."""
        if not trig.name or series(trig.name) == trig.name.casefold():
            return None
        kin = [
            c
            for c in self.events
            if c.family == "JointExercise" and c.name and series(c.name) == series(trig.name)
        ]
        return kin[-1] if kin else None

    def _between(self, trig: Trigger, mentions: list[Mention]) -> set[URIRef]:
        """The states of "an exercise between X and Y", right after the trigger."""
        pair = C.BETWEEN.match(self.view, trig.end)
        if not pair:
            return set()
        inside = [m for m in mentions if trig.end <= m.start < pair.end() and m.states]
        after = [m for m in mentions if m.start >= pair.end() and m.states]
        for k, m in enumerate(after):  # "and the Franco-Italian consortium": both its states
            if k and m.start - after[k - 1].end > 1:
                break
            inside.append(m)
        return {st for m in inside for st in m.states if st is not None}

    def _seller_after(self, trig: Trigger, mentions: list[Mention]) -> bool:
        """ "signed a contract with HD Hyundai Heavy Industries": the other party sells (not
        "agreed a contract with the Armament Agency": a buyer's own office)."""
        after = _SELLER_AFTER.match(self.view, trig.end)
        return bool(after) and any(
            m.start == after.end() - 1 and m.kind not in _BUYERS_OFFICES for m in mentions
        )

    def _buyer_side(self, mentions: list[Mention], trig: Trigger, lo: int) -> set[URIRef]:
        """The states on the buying side, before the trigger; the subject may stand before the
        clause ("The Turkish Air Force, which has ordered its own batch from TUSAŞ")."""
        head = [m for m in self.mentions if m.end < lo and K.WHICH.fullmatch(self.view, m.end, lo)]
        head += [m for m in mentions if m.start < lo]
        return self.roles.side(head + mentions, min([lo] + [m.start for m in head]), trig.start)
