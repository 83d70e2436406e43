"""Deals folded into the act they are about: "signed a deal ... to provide X to Y" is one
transfer, "signed an industrial agreement to jointly produce" one production, two words for one
signing one deal."""

from __future__ import annotations

import re
from itertools import pairwise

from ..text import Sentence
from . import triggers as T
from .clauses import ANOTHER_TIME, UNDER_FRAME
from .spotting import BOUGHT_AND, Trigger

_TECH_TRANSFER = re.compile(r"transfer(?:s|red|ring)?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?technology")
_UNDER_WHICH = re.compile(r"\bunder\s+which\b", re.I)  # "an agreement ... under which X will make"
_UNDER = re.compile(r"\bunder\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}$")  # "under a deal"
# "an agreement ..., which allows Austria to buy": a framework for purchases, not one
_ENABLES = re.compile(r"\b(?:allow|enable|let|permit)(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}(?:to\s+)?$")
_CLEARS_WAY = re.compile(
    r"\b(?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing))\s+the\s+way\s+for\s+[^.;]{0,80}?$", re.I
)
# the words between a contract noun and its infinitive: " worth SEK 19 billion (...) to "
# (or " worth about US$210 million under which Roketsan will ")
_TO_SUPPLY = re.compile(
    r"[^.;,—–]{0,80}?(?:\([^)]*\)[^.;,—–]{0,20}?)?\b(?:to|under\s+which\s+[^.;,]{1,60}?"
    r"(?:will|would|is\s+to|are\s+to))\s+"
)
# "signed a contract ... in late 2021, and the first batch arrived in March 2022": a clause of
# its own after the deal, so a delivery under it and not what the deal is about
_NEXT_CLAUSE = re.compile(r",\s+and\s+(?!to\b)|;\s")
_DATED_CLAUSE = re.compile(
    r"(?:,\s+and|;)\s+(?:in|on|last|earlier|later)\s+[^,;]{1,25}?\s+(?:[\w-]+\s+){1,3}$"
)
# a framework whose signatories are named after its noun: "that the two governments signed",
# "Warsaw and Seoul concluded"
_SIGNED_BY = re.compile(r"\b(?:that|which)\b|(?-i:[A-Z])[\w'’-]+\s+" + T.SIGN + r"$", re.I)


def fold(trigs: list[Trigger], s: Sentence) -> list[Trigger]:
    """'signed a deal ... to provide X to Y' is one act: the transfer the deal is about."""
    # "signed an arrangement ... that clears the way for MHI to supply licence-built PAC-3
    # MSE interceptors": what the deal allows, not an act of its own
    trigs = [
        t
        for t in trigs
        if not _CLEARS_WAY.search(s.text, max(0, t.start - s.start - 100), t.start - s.start)
    ]
    buys = [t for t in trigs if t.rule.direction == "acquire"]
    arrivals = [t for t in trigs if t.rule is T.ARRIVAL]
    if (
        buys
        and arrivals
        and BOUGHT_AND.fullmatch(s.text, buys[0].start - s.start, arrivals[0].start - s.start)
    ):
        # "the two corvettes ... were bought for roughly Tk 1,700 crore and arrived from China in
        # 2016": the delivery, with its price
        return [t for t in trigs if t is not buys[0]]
    if buys:  # "ordered 42 Rafales ... in a contract worth $8.1bn": the order, said again
        # (not after a break: "ordered ten batteries ..., two years after the United Arab
        # Emirates signed a $3.5 billion contract")
        trigs = [
            t
            for t in trigs
            if not (
                t.cls == "ProcurementContract"
                and not t.rule.anchored
                and t.start > buys[0].end
                and (
                    t.definite
                    or not ANOTHER_TIME.search(s.text, buys[0].end - s.start, t.start - s.start)
                )
            )
        ]
        # "ordered 36 Gripens from Saab ..., with the Swedish company committed to transfer
        # technology to a dozen Brazilian firms": a term of the order, not a production
        trigs = [
            t
            for t in trigs
            if not (
                t.cls == "JointProductionProject"
                and t.start > buys[0].end
                and _TECH_TRANSFER.fullmatch(s.text, t.start - s.start, t.end - s.start)
            )
        ]
    trigs = _contract_to_supply(trigs, s)
    deals = [t for t in trigs if t.rule is T.SIGNING and t.name is None]
    if len(deals) > 1:  # "The deal was inked on Friday, where X and Y signed a contract":
        # one act, dated where it is first said, a contract if either word says so
        first = deals[0]
        cls = next((t.cls for t in deals if t.cls == "ProcurementContract"), first.cls)
        kept = Trigger(first.rule, first.start, first.end, cls, definite=first.definite)
        trigs = [kept if t is first else t for t in trigs if t not in deals[1:]]
    deal = next((t for t in trigs if t.rule is T.SIGNING and t.name is None), None)
    if deal is not None and deal.cls == "Agreement":
        said = s.text[deal.start - s.start : deal.end - s.start]
        if T.MAKING.pattern.search(said) and not re.search(
            r"\bindustrial\s+(?:cooperation|partnership|participation)\b", said, re.I
        ):  # "signed production transfer agreements" (an agreement on industrial cooperation
            # is still an agreement)
            made = Trigger(deal.rule, deal.start, deal.end, "JointProductionProject")
            return [  # ("... transfer agreement under which the missiles will be co-produced")
                made if t is deal else t
                for t in trigs
                if not (
                    t.cls == "JointProductionProject"
                    and t.start > deal.end
                    and _UNDER_WHICH.search(s.text, deal.end - s.start, t.start - s.start)
                )
            ]
    making = [t for t in trigs if t.cls == "JointProductionProject"]
    if (
        deal is not None
        and deal.cls in ("Agreement", "MemorandumOfUnderstanding")
        and making
        and making[0].start > deal.start
        and _UNDER_WHICH.search(s.text, deal.end - s.start, making[0].start - s.start + 11)
    ):  # "signed a cooperation agreement under which Patria will manufacture ...", "a
        # memorandum ... under which the two companies undertook to manufacture the engine":
        # the signing is the act, and the production is what it agrees
        made = Trigger(deal.rule, deal.start, deal.end, "JointProductionProject")
        return [made if t is deal else t for t in trigs if t is not making[0]]
    if (
        deal is not None
        and deal.cls == "Agreement"
        and deal.definite
        and making
        and 0 <= deal.start - making[-1].end <= 1
    ):  # "The co-production agreement was signed in Copenhagen by ...": the agreement told,
        return [t for t in trigs if t is not making[-1]]  # named by what it is about
    if (
        deal is not None
        and deal.cls == "Agreement"
        and making
        and (
            making[0].start > deal.start
            or deal.start - making[-1].end <= 1
            or _UNDER.search(s.text, 0, deal.start - s.start)
        )
    ):  # "signed an industrial agreement to jointly produce the tanks", "under a licence
        # agreement concluded in March": the production
        return [t for t in trigs if t is not deal]
    moves = [t for t in trigs if t.rule.direction in ("supply", "acquire", "receive")]
    if deal is None or not moves:
        return trigs
    move = moves[0]
    if move.definite and move.end < deal.start:
        return trigs  # "Alongside the purchase contract, TUSAŞ signed an agreement": another
    if (
        deal.start > move.end
        and UNDER_FRAME.search(s.text, 0, deal.start - s.start)
        and _SIGNED_BY.search(s.text, deal.start - s.start, deal.end - s.start)
    ):  # "handed over 12 vehicles, paid for under an aid agreement that the two governments
        # signed in March", "under the framework agreement Warsaw and Seoul concluded in July
        # 2022": the framework is an earlier act of its own
        return trigs
    if not deal.definite and ANOTHER_TIME.search(
        s.text, min(move.end, deal.end) - s.start, max(move.start, deal.start) - s.start
    ):  # "ordered ten batteries ..., two years after the UAE signed a contract" (not "four
        return trigs  # years after the contract was signed": the deal the supply is under)
    if _ENABLES.search(s.text, max(0, move.start - s.start - 40), move.start - s.start):
        return [t for t in trigs if t is not move]
    if (
        move.start > deal.end
        and _NEXT_CLAUSE.search(s.text, deal.end - s.start, move.start - s.start)
        and (
            move.rule.direction == "receive"
            or _DATED_CLAUSE.search(s.text, 0, move.start - s.start)
        )
    ):  # ("signed the Joint Vision Statement ..., and in July 2023 India handed over")
        return trigs
    cls = (
        "ArmsTransfer"
        if move.rule.direction in ("supply", "receive") and move.cls != "ProcurementContract"
        else "ProcurementContract"
    )
    folded = Trigger(move.rule, move.start, move.end, cls)
    return sorted(
        [t for t in trigs if t is not deal and t is not move] + [folded], key=lambda t: t.start
    )


def _contract_to_supply(trigs: list[Trigger], s: Sentence) -> list[Trigger]:
    """ "won a contract worth SEK 19 billion to supply CV90s to Finland": one contract, whose
    parties are those of the supply."""
    for noun, move in pairwise(trigs):
        if (
            noun.cls == "ProcurementContract"
            and noun.rule.direction is None
            and move.rule.direction == "supply"
            and _TO_SUPPLY.fullmatch(s.text, noun.end - s.start, move.start - s.start)
        ):
            folded = Trigger(move.rule, move.start, move.end, "ProcurementContract")
            return [folded if t is move else t for t in trigs if t is not noun]
    return trigs
