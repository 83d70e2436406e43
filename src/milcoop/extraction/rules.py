"""What a trigger rule is: the event class a pattern starts, whether the pattern alone marks a
specific act, and which way its roles run."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    cls: str
    pattern: re.Pattern
    anchored: bool = False  # True: specific by itself (signing verb, delivery verb, ...)
    direction: str | None = None  # supply | acquire | receive | transfer | visit


def rx(text: str, flags: int = re.I) -> re.Pattern:
    """A cue pattern, case-blind by default: headlines and sentence starts capitalise at will."""
    return re.compile(text, flags)


# the event class a deal's noun names ("contract": a procurement contract)
AGREEMENT_NOUNS = {
    "contract": "ProcurementContract",
    "contracts": "ProcurementContract",
    "treaty": "Treaty",
    "declaration": "Declaration",
    "memorandum": "MemorandumOfUnderstanding",
    "memorandums": "MemorandumOfUnderstanding",
    "memoranda": "MemorandumOfUnderstanding",
    "mou": "MemorandumOfUnderstanding",
    "mous": "MemorandumOfUnderstanding",
    "letter of intent": "Agreement",
    "letter of offer and acceptance": "ProcurementContract",
    "letter of acceptance": "ProcurementContract",
    "letters of offer and acceptance": "ProcurementContract",
    "loa": "ProcurementContract",
    "loas": "ProcurementContract",
    "convention": "Treaty",
    "vision statement": "Declaration",
    "joint vision statement": "Declaration",
}
