"""Words around a trigger that change what it means: whether it is an act at all, who is a
party to it, and whether a mention recalls an event already found."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import triggers as T
from .model import Mention

if TYPE_CHECKING:
    from ..text import Sentence
    from .spotting import Trigger

# "signed an MoU during Modi's visit in April": the signing shares the visit's date
DURING = re.compile(r"\b(?:during|amid|on\s+the\s+sidelines\s+of|while|at\s+the\s+end\s+of)\b")
# what makes a drill with one named state a joint one
TOGETHER = re.compile(
    r"\b(?:joint(?:ly)?|bilateral|trilateral|multilateral|combined|with|together|alongside|"
    r"hosted|hosts|hosting|partners?|allies|allied|counterparts?|both|two|three|four)\b",
    re.I,
)
# bodies of one government, not of a partnership
HOME_BODY = re.compile(
    r"\b(?:Acquisition|Procurement|Cabinet|Planning|Budget|Parliament\w*|Standing|National|"
    r"Supreme|Federal|State)\b"
)
# training that involves someone else: "at a BrahMos facility", "with British instructors"
ABROAD = re.compile(r"\b(?:with|by|from|alongside|under|in|at|on)\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
# "a Russian-designed engine": where a component comes from, not a party to the act
ORIGIN = re.compile(r"-(?:designed|made|built|supplied|developed|produced|manufactured)\b")
# "The three navies first held the trilateral drill in 2019": an earlier edition, not this one
FIRST_TIME = re.compile(r"\bfirst\s+\w+\s+(?:the\s+)?$")
# "The exercise, first held in 2005, has grown": the series' history
FIRST_HELD = re.compile(r",?\s*(?:which\s+was\s+)?first\s+(?:held|staged|conducted|launched)\b")
# "Germany is taking part in the exercise": one more partner for the drill already found
JOINING = re.compile(r"\b(?:taking|take|takes|took)\s+part\b|\bjoin(?:s|ed|ing)?\b")
# "Indian commentators have voiced concern about the drill", "Beijing's foreign ministry
# condemned the exercise": a critic, not a party
CRITIC = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:voiced|expressed|raised)\s+"
    r"(?:\w+\s+)?concerns?|(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+)?"
    r"(?:criticised|criticized|condemned|protested|denounced|slammed|warned\s+against)\b"
)
# the rest of a quotation and who said it: '... now," Kosiniak-Kamysz said'
QUOTED = re.compile(r"[^\"“”]*?[,.!?][\"”]\s+(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|added)\b")
# "an order with the state shipyard": a buyer's own industry
DOMESTIC = re.compile(
    r"\b(?:state|national|domestic|local)\s+(?:shipyards?|yards?|industry|manufacturers?|"
    r"firms?|compan(?:y|ies)|producers?|vendors?|suppliers?)\b"
)
# "the invasion of Ukraine": the target of a war is not a party to the act beside it
HOSTILITY = re.compile(
    r"\b(?:invasion|invading|war|attacks?|strikes?|offensive|aggression)\s+(?:of|on|against)\s+"
    r"(?:the\s+)?$"
)
# "officials in New Delhi said": where the news came from, not where the event is
SOURCE_PLACE = re.compile(r"\s*(?:,\s*)?(?:said|says|say|told|reported|announced)\b")
# "last year's drill", "the next exercise": a definite mention of another event
ANOTHER = re.compile(
    r"\b(?:last|previous|next|first|earlier|another|upcoming|future|past|later|second|third|"
    r"inaugural|latest)\b[^.;]*$",
    re.I,
)


def not_an_act(
    view: str,
    trig: Trigger,
    s: Sentence,
    clause: tuple[int, int],
    dated: bool,
    mentions: list[Mention],
) -> bool:
    """Vetoes that hold whoever the parties are: what moves is no weapon, a habit said with a
    gerund, a remark quoted from someone."""
    lo, hi = clause
    if T.NEGATED.search(view, trig.end, hi):
        return True  # "... is still not under contract"
    if trig.cls == "ArmsTransfer" and (
        T.NOT_ARMS.search(view[trig.start : hi][:80])
        or T.NOT_CARGO.search(view[max(lo, trig.start - 60) : trig.start])
    ):
        return True  # "received funding", "a letter ... was delivered"
    states = {m.iri for m in mentions if m.kind == "State"}
    if (
        not dated
        and trig.rule.direction
        and view[trig.start : trig.end].lower().endswith("ing")
        and (trig.start == s.start or len(states) > 2)
    ):
        return True  # "Buying from Paris, Beijing and Budapest at once is ...": a habit
    # '"We are buying the capabilities now," he said': a remark, not an act
    return not dated and not trig.name and bool(QUOTED.match(view, trig.end, s.end)) and not states
