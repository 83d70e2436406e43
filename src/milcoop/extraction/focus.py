"""Who a story is about: the states it names most often as actors, over the whole document or
in the passage before a sentence. Events whose text leaves a party unnamed ("the two sides
signed", "Athens ordered three of the frigates") take it from here."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from rdflib import URIRef

from ..reference import Gazetteer
from .model import Mention


class Focus:
    def __init__(self, mentions: list[Mention], breaks: list[int] = ()) -> None:
        self.breaks = sorted(breaks)  # where a new story starts (a round-up's headings)
        # the states named as actors (not as places: "in Manila"), in text order
        self.actors = sorted((m.start, st) for m in mentions if not m.locative for st in m.states)
        self.starts = [start for start, _ in self.actors]
        self.counts = Counter(st for _, st in self.actors)
        self.story = self.pair()

    def weight(self, state: URIRef) -> int:
        return self.counts[state]

    def pair(self, n: int = 2) -> tuple[URIRef, ...]:
        """The `n` states the whole story names most as actors."""
        return tuple(sorted(s for s, _ in self.counts.most_common(n)))

    def near(self, start: int, reach: int = 400) -> tuple[URIRef, ...]:
        """The two states the passage before `start` is about ("The order tops up the original
        contract": the parties of the deal just reported); the story's pair when that passage
        names fewer than two."""
        i = bisect_right(self.breaks, start)
        since = self.breaks[i - 1] if i else 0
        lo = bisect_left(self.starts, max(start - reach, since))
        hi = bisect_left(self.starts, start)
        near = Counter(st for _, st in self.actors[lo:hi])
        if len(near) < 2 and since:  # a new story's first lines: who the rest of it names
            after = self.breaks[i] if i < len(self.breaks) else start + reach
            ahead = self.actors[hi : bisect_left(self.starts, min(after, start + reach))]
            near.update(st for _, st in ahead)
        if len(near) < 2:
            return self.story
        ranked = sorted(near, key=lambda st: (-near[st], -self.counts[st], st))
        return tuple(sorted(ranked[:2]))


def filed_from(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Where a report was filed counts once for who it is about: a ministry's release
    "TALLINN, 4 December 2025 –" speaks for Estonia before naming it."""
    return [
        replace(m, states=(st,))
        for m in mentions
        if m.how == "dateline" and (st := gaz.state_of(m.iri))
    ]
