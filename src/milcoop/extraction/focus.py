"""Who a story is about: the states it names most often as actors, over the whole document or
in the passage before a sentence. Events whose text leaves a party unnamed ("the two sides
signed", "Athens ordered three of the frigates") take it from here."""

from __future__ import annotations

from collections import Counter

from rdflib import URIRef

from .model import Mention


class Focus:
    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        # how often each state is named as an actor (not as a place: "in Manila")
        self.counts = Counter(s for m in mentions if not m.locative for s in m.states)
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
        near = Counter(
            st
            for m in self.mentions
            if start - reach <= m.start < start and not m.locative
            for st in m.states
        )
        if len(near) < 2:
            return self.story
        ranked = sorted(near, key=lambda st: (-near[st], -self.counts[st], st))
        return tuple(sorted(ranked[:2]))
