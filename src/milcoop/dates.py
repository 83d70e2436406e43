"""Dates at the precision a text gives them (year, month or day), and a date expression found
in a text. `datefinding` finds them in news copy."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from rdflib import XSD, Literal


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises ValueError when impossible

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def literal(self) -> Literal:
        datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[self.precision]
        return Literal(self.iso(), datatype=datatype)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def conflicts(self, other: PartialDate | None) -> bool:
        """Different at the coarser of the two precisions."""
        if other is None:
            return False
        a, b = self.parts(), other.parts()
        n = min(len(a), len(b))
        return a[:n] != b[:n]

    def parts(self) -> tuple[int, ...]:
        return tuple(p for p in (self.year, self.month, self.day) if p is not None)


def parse_iso(value: str) -> PartialDate | None:
    """'2022-12-19', '2021-02' or '2021' -> PartialDate; anything else (or impossible) -> None."""
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value)
    if not match:
        return None
    try:
        return PartialDate(*(int(g) if g else None for g in match.groups()))
    except ValueError:
        return None


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text; offsets index the document body."""

    start: int
    end: int
    text: str
    begin: PartialDate | None = None  # the event's start
    finish: PartialDate | None = None  # the event's end
    kind: str = "point"  # point | range | since | until | by (a deadline) | reported
    resolved: bool = True  # False when a relative form met an unknown publication date
    year_inferred: bool = False  # year taken from the publication date, not the text
