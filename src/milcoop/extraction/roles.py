"""Roles in an event: who supplies and who receives, who visits and who hosts.

Directions come from the trigger ("X supplied ... to Y", "Y received ... from X", "arms
transfer to Y from X", "Y signed a contract with X for the acquisition of ...", passive "were
delivered to Y by X") and from the place of an exercise (its host).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import URIRef

from ..reference import Gazetteer
from . import cues as C
from .model import EventClaim, Mention

_SUPPLIER_MARK = re.compile(
    r"\b(?:from|built\s+(?:in|by)|made\s+(?:in|by)|manufactured\s+(?:in|by)|produced\s+(?:in|by)|"
    r"supplied\s+by|designed\s+(?:in|by)|developed\s+(?:in|by))\b"
)
_TO = re.compile(r"\bto\b")
_WITH = re.compile(r"\s+with\b")
_AND = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# a past participle right after a plural noun: "Rafales bought from France"
_REDUCED = re.compile(
    r"\b(?!(?:has|have|had|was|were|is|are|been|be)\b)[A-Za-z-]+s\s+"
    r"(?:bought|acquired|ordered|purchased|procured)\b"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:from|by|with|of|to|in|at|for|than|against|like)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$"
)

_RELATIVE = re.compile(r"\b(?:that|which)\s")
_FOR = re.compile(r"\bfor\s+(?:the\s+|its\s+)?$")
_BUILT_IN = re.compile(
    r"\b(?:built|made|manufactured|produced|assembled)\s+(?:in|by|at)\s+(?:the\s+)?$"
)


_REPLACES = re.compile(r"\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ing)?)\b", re.I)
_PREP_WHICH = re.compile(r"\b(?:of|under|with|from|through|for)\s+which\b")


class Roles:
    def __init__(self, view: str, gaz: Gazetteer, known_states: set[URIRef]) -> None:
        self.view = view
        self.gaz = gaz
        self.known_states = known_states

    def side(self, mentions: list[Mention], lo: int, hi: int) -> set[URIRef]:
        return {
            st
            for m in mentions
            if lo <= m.start < hi and m.kind != "Place"
            for st in m.states
            if st is not None
        } | {m.iri for m in mentions if lo <= m.start < hi and m.kind == "State"}

    def makers(self, mentions: list[Mention], lo: int, hi: int) -> set[URIRef]:
        """States of the known models and companies named: "FA-50s", "built by KAI"."""
        return {
            state
            for m in mentions
            if lo <= m.start < hi and m.kind in ("EquipmentModel", "DefenceCompany", "Organization")
            if (state := self.gaz.state_of(m.iri) if m.iri in self.gaz.entities else None)
        }

    def origin(self, mentions: list[Mention], lo: int, hi: int) -> set[URIRef]:
        """States that make what is bought: "took delivery of FA-50s built by KAI" (not what
        it replaces: "... and will replace the BAE Hawk trainers")."""
        cut = _REPLACES.search(self.view, lo, hi)
        hi = cut.start() if cut else hi
        return self.makers(mentions, lo, hi) | {
            st for m in mentions if lo <= m.start < hi and m.kind != "Place" for st in m.states
        }

    def acquirer(
        self, mentions: list[Mention], trig, lo: int, hi: int
    ) -> tuple[set[URIRef], set[URIRef]]:
        """(recipient, supplier) of "Y ordered/received/took delivery of ... from X": the
        subject gets; the first party after "from", "built by", "made in" ... supplies, else the
        maker of the equipment, else a "from X" earlier in the clause."""
        # (the mentions of the clause, and an antecedent: "Estonia, which bought")
        actors = [m for m in mentions if m.start < hi and (m.states or m.kind == "State")]

        def states(m: Mention) -> set[URIRef]:
            return set(m.states) or {m.iri}

        # "the American SIG716, of which India ordered a second batch": the subject follows
        # "of which", and what comes before it is the thing bought
        rel = [r.end() for r in _PREP_WHICH.finditer(self.view, lo, trig.start)]
        opens = rel[-1] if rel else lo  # (an antecedent before the clause stays: "Estonia,
        subject = [  # which bought")
            m
            for m in actors
            if (not rel or opens <= m.start)
            and m.start < trig.start
            and not _AFTER_PREPOSITION.search(self.view[opens : m.start])
        ]
        recipient = states(subject[0]) if subject else set()
        if subject and _REDUCED.search(self.view, max(lo, trig.start - 25), trig.end):
            # "downed five Indian jets, including three Rafales bought from France": the
            # buyer is whoever owns the thing bought, named just before it
            recipient = states(subject[-1])
        mark = _SUPPLIER_MARK.search(self.view, trig.end, hi)
        if self.view.startswith("awarded", trig.start):  # "awarded a contract to X"
            mark = _TO.search(self.view, trig.end, hi) or mark
        elif re.search(r"\border$", self.view[trig.start : trig.end]):
            # "placed a Rs 45 billion order with Heavy Industries Taxila": who makes it
            mark = _WITH.match(self.view, trig.end, hi) or mark
        supplier: set[URIRef] = set()
        # "took delivery of Russian S-400 systems and was removed from the US-led programme":
        # the maker named in the object beats a "from" well past it
        maker = next(
            (m for m in actors if m.how == "demonym" and 0 <= m.start - trig.end <= 25), None
        )
        if maker is not None and (mark is None or mark.start() > maker.end + 20):
            supplier = states(maker)
        elif mark:
            after = [m for m in actors if m.start >= mark.end()]
            supplier = states(after[0]) if after else set()
        if not recipient:  # (a maker named after the act builds, it does not receive: "the
            upto = mark.start() if mark else hi  # handover ... took place at the Navantia yard")
            buyers = [
                m
                for m in mentions
                if m.kind != "DefenceCompany" or trig.rule.direction != "receive"
            ]
            recipient = self.side(buyers, trig.end, upto) - supplier
        if not supplier:
            supplier = self.origin(mentions, trig.end, hi) - recipient
        if not supplier:
            early = _SUPPLIER_MARK.search(self.view, lo, trig.start)
            if early:
                # (a ship is where from, not who: "to operate from INS Vikrant")
                after = [
                    m
                    for m in actors
                    if early.end() <= m.start < trig.start and m.kind != "EquipmentModel"
                ]
                supplier = states(after[0]) if after else set()
        return recipient, supplier

    def parties(
        self, claim: EventClaim, local: tuple[URIRef, ...], weight: Callable[[URIRef], int]
    ) -> None:
        """A transfer's parties are its supplier and its recipient, not every state the clause
        names; a recipient left unnamed is the state the passage is most about (`local`)."""
        supplier, recipient = claim.roles.get("supplier"), claim.roles.get("recipient")
        if claim.family not in ("ArmsTransfer", "ProcurementContract") or not supplier:
            return
        if not recipient:
            others = [st for st in local if st not in supplier]
            if not others:
                return
            recipient = claim.roles["recipient"] = {max(others, key=weight)}
        claim.participants = supplier | recipient

    def relative_actors(self, mentions: list[Mention], lo: int, at: int) -> set[URIRef]:
        """The states a relative clause before the trigger names as its subject ("the fighter
        that the United Kingdom, Italy and Japan are developing together")."""
        rel = [r.end() for r in _RELATIVE.finditer(self.view, lo, at)]
        return {
            st
            for m in mentions
            if rel and rel[-1] <= m.start < at and not m.locative
            for st in m.states
        }

    def built_in(self, mentions: list[Mention], lo: int, hi: int) -> list[URIRef]:
        """States where something was made: "vehicles built in Queensland", "made by KAI"."""
        return [
            st
            for m in mentions
            if lo <= m.start < hi
            and _BUILT_IN.search(self.view, max(lo, m.start - 25), m.start)
            and (st := m.states[0] if m.states else self.gaz.state_of(m.iri))
        ]

    def assign(self, claim: EventClaim, trig, mentions: list[Mention], lo: int, hi: int) -> bool:
        """Fill the claim's roles; True when both sides are one state ("Mitsubishi Heavy
        Industries is building 12 frigates for the JMSDF"): its own industry, no cooperation."""
        direction = trig.rule.direction
        view = self.view
        if direction in ("supply", "receive", "transfer", "acquire"):
            to = re.search(
                r"(?<!according )\bto\b|\bfor\s+(?:the\s+|its\s+)?(?=[A-Z])", view[trig.end : hi]
            )
            frm = re.search(r"\bfrom\b|\bwith\b", view[trig.end : hi])
            # "vehicles built in Queensland for the German Army were handed over": who the
            # goods are for is no subject, where they were built is who supplies them
            subject = [
                m
                for m in mentions
                if lo <= m.start < trig.start
                and m.states
                and not _FOR.search(view, max(lo, m.start - 12), m.start)
            ]
            built = self.built_in(mentions, lo, trig.start)
            before = {built[-1]} if built else set(subject[-1].states) if subject else set()
            if direction == "supply":
                to_at = trig.end + to.start() if to else hi
                # (not "..., in a ceremony attended by the minister": another verb's agent)
                by = re.search(r"^[^,;]*?\bby\b", view[to_at:hi])
                passive = re.search(r"\b(?:was|were|been|being|is|are)\s+$", view[lo : trig.start])
                by_at = to_at + by.end() - 2 if by and passive else hi
                # the first party after "to": "delivered S-400s to Turkey, prompting US sanctions"
                after = [
                    m
                    for m in mentions
                    if to_at <= m.start < by_at and (m.states or m.kind == "State")
                ]
                recipient = set()
                for k, m in enumerate(after):  # "to Finland, Lithuania and Norway": all three
                    if k and not _AND.fullmatch(view, after[k - 1].end, m.start):
                        break
                    recipient |= set(m.states) or {m.iri}
                # "would supply Ukraine with four more systems": the party before "with"
                direct = [m for m in mentions if trig.end <= m.start <= trig.end + 2 and m.states]
                if not recipient and direct and re.match(r"\s+with\b", view[direct[0].end :]):
                    recipient = set(direct[0].states)
                supplier = (
                    self.side(mentions, by_at, hi)
                    if by_at < hi
                    else (before or self.side(mentions, trig.end, to_at))
                )
            elif direction == "transfer":
                to_at = trig.end + (to.start() if to else 0)
                frm_at = trig.end + (frm.start() if frm else 0)
                recipient = self.side(mentions, to_at, frm_at if frm_at > to_at else hi)
                supplier = self.side(mentions, frm_at, to_at if to_at > frm_at else hi)
            else:  # receive / acquire: the subject gets, "from"/"with"/"built by" supplies
                recipient, supplier = self.acquirer(mentions, trig, lo, hi)
                recipient = recipient or set(trig.meant)  # "The navy ordered": that navy's
                if direction == "acquire" and re.search(r"\bwith\b", view[lo : trig.start]):
                    w = lo + re.search(r"\bwith\b", view[lo : trig.start]).start()
                    supplier = self.side(mentions, w, trig.start) or supplier
                    recipient = self.side(mentions, lo, w) or recipient
            if not supplier and direction in ("receive", "acquire"):
                supplier = self.origin(mentions, trig.end, hi) - recipient
            if direction == "supply" and supplier and not recipient:
                # "At a ceremony in Tbilisi, the Turkish ambassador handed over 12 vehicles"
                others = claim.participants - supplier
                recipient = others if len(others) == 1 else recipient
            if (
                supplier == recipient
                and direction == "supply"
                and not built
                and subject
                and subject[-1].kind == "EquipmentModel"
            ):  # "The first of them, renamed KRI Brawijaya, was handed over to the Indonesian
                supplier = set()  # Navy": the ship's navy is who receives it, not who sells
            if supplier and supplier == recipient and len(supplier) == 1:
                return True
            supplier, recipient = supplier - recipient, recipient - supplier
            claim.participants |= supplier | recipient
            if supplier:
                claim.roles["supplier"] = supplier
            if recipient:
                claim.roles["recipient"] = recipient
            if trig.cls == "Agreement" or claim.cls == "Agreement":
                claim.cls = "ArmsTransfer" if direction == "supply" else "ProcurementContract"
        elif direction == "visit":
            self._visit(claim, trig, mentions, lo, hi)
        elif claim.family == "JointExercise" and claim.place is not None:
            host = self.gaz.state_of(claim.place) or (
                claim.place if claim.place in self.known_states else None
            )
            if host in claim.participants:
                claim.roles["host"] = {host}
        if claim.family == "Agreement":
            claim.roles["signatory"] = set(claim.participants)
        return False

    def _visit(self, claim: EventClaim, trig, mentions: list[Mention], lo: int, hi: int) -> None:
        """Visitor and host: "X visited Y", "a visit to Y by X", "Y hosted its X counterpart",
        "X met his Y counterpart in Z" (the host is where they met)."""
        words = self.view[trig.start : trig.end].lower()
        dest = [
            m
            for m in mentions
            if m.start >= trig.start
            and (m.kind == "Place" or m.locative)
            and not C.left_for(self.view, trig.end, m.start)
        ]
        host = {m.iri if m.kind == "State" else self.gaz.state_of(m.iri) for m in dest} - {None}
        if re.match(r"(?:hosted|hosts|hosting|received|receives|welcomed|welcomes)\b", words):
            host = self.side(mentions, lo, trig.start)
            visitor = self.side(mentions, trig.start, hi)
        elif "counterpart" in words:
            visitor = self.side(mentions, lo, hi)
        elif re.match(
            r"['’]|visited|visits\b|(?:will|to|would)\s+visit|paid|arriv|travel|(?:on|for)\b", words
        ):
            visitor = self.side(mentions, lo, trig.start)  # "X arrived in Y on a visit"
        else:  # "a visit to Manila last month by US Defense Secretary ..."
            by = re.search(r"\bby\b", self.view[trig.end : hi])
            visitor = self.side(mentions, trig.end + by.end() if by else trig.end, hi)
            visitor = visitor or self.side(mentions, lo, trig.start)
        visitor -= host
        if visitor:
            claim.roles["visitor"] = visitor
        if host:
            claim.roles["host"] = host
            if dest:
                where = [m.iri for m in dest if m.kind in ("Place", "State")]
                claim.place = claim.place or (where[0] if where else None)
        if visitor and host:
            claim.participants = visitor | host
