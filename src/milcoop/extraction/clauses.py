"""Clause structure: where a sentence's clauses break, which relative clauses describe the
event itself, and the words that point back to parties or acts already named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import Sentence
from .model import DEALS, family_of
from .triggers import SIGN, rx

if TYPE_CHECKING:
    from .spotting import Trigger

PAIR = rx(
    r"\b(?:the\s+(?P<n>two|three|four|five)|both|the)\s+(?:countries|states|nations|sides|"
    r"militaries|armies|navies|governments|allies|partners|parties|delegations|ministries)\b|"
    # "which the three defence ministers signed in Tokyo"
    r"\bthe\s+(?P<m>three|four|five)\s+(?:defen[cs]e\s+|foreign\s+)?ministers\b|"
    r"\bboth\b(?=\s+(?:have|are|states|countries))|\bthe\s+two\b"
)
# "..., days after a Chinese ship fired a water cannon", ", two years after the United Arab
# Emirates signed ...", ", at a time when ...": another act, at another time
_ANOTHER_TIME = (
    r",\s+(?:(?:(?:[\w-]+\s+)?(?:hours|days|weeks|months|years)|a\s+(?:day|week|month|year))\s+"
    r"(?:after|before)|amid|at\s+a\s+time\s+when)\b"
)
ANOTHER_TIME = re.compile(_ANOTHER_TIME)
# (", where he met": the pronoun is the subject before the break, so no break there; but
# ", where they were assembled by Filipino workers" tells of the things, not the act)
CLAUSE_BREAK = re.compile(
    r",\s+(?:where(?!\s+(?:he|she|they)\b(?!\s+(?:were|was|are|is)\s+\w+ed\b))|which(?!\s+(?:opened|began|started|kicked\s+off|"
    r"runs?|ran|ended|took\s+place|will\s+run|(?:was|were|is)\s+(?:held|conducted|staged)|"
    # "the exercise ..., which the Maldives will host later this year": the drill again
    r"will\s+be\s+(?:held|hosted|staged)|(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:will\s+)?"
    r"(?:hosts?|hosted|is\s+hosting))\b)|who|whereas|while|but|although|(?:even\s+)?though|even\s+as|"
    # "signed a contract ..., ending a search that began in 2020": what followed from it
    # (but ", bringing U.S., Japanese and Australian air crews": who takes part)
    r"ending|bringing(?!\s+together|\s+(?:[\w.’'-]+,?\s+){1,6}?(?:crews|troops|forces|sailors|"
    r"soldiers|marines|airmen|personnel|units|contingents)\b)|capping|replacing)\b|"
    + _ANOTHER_TIME
    + r"|"
    # (not a list of people: "met Japan's minister, and the United States Secretary of War")
    r",\s+and\s+(?=(?:the|its|their)\s)(?!the\s+(?:[A-Z][\w.]*\s+){1,4}(?:Minister|"
    r"Secretary|Chief|President|Commander|Ambassador)\b)|;|\s[—–]\s|,\s+as\s+(?=the\b|[A-Z])"
)
# a relative clause set inside the main one: ", which arrived in Lagos over the weekend, held"
INSET = re.compile(
    r",\s+(?:which|who)\b[^,;]{3,120},\s+(?=(?:\w+ed|held|signed|began|took|won|made|sent|"
    r"became|is|was|were|will|has|have|had)\b)"
)
# "held under the Reciprocal Access Agreement", "paid for under an aid agreement that ...": the
# framework an act is done under
UNDER_FRAME = re.compile(r"\bunder\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}$")
# an aside between two dashes, the sentence going on after it
DASH_PAIR = re.compile(r"\s[—–]\s[^.;—–]{3,150}?\s[—–]\s(?=\w)")
WHERE = re.compile(r",\s+where\s*")
_WHICH_SIGNED = re.compile(rf",\s+which\s+(?:[^;]{{0,140}}?\s)?{SIGN}\b")
WHICH = re.compile(r",\s+(?:which|who)")
ANAPHOR = rx(
    r"\b(?:the|this|these|that|those|this\s+week['’]s|this\s+year['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?[\"“]?$"
)


def clause_of(s: Sentence, trig: Trigger) -> tuple[int, int]:
    """Document offsets of the clause of `s` around the trigger; a relative clause right
    after it describes the event itself ("Pitch Black 2024, which ... runs from July 12")."""
    start, end = s.start, s.end
    aside = -1
    for cut in CLAUSE_BREAK.finditer(s.text):
        at = s.start + cut.start()
        if cut.start() <= aside:
            continue
        inset = INSET.match(s.text, cut.start())
        if inset and s.start + inset.end() <= trig.start:
            continue  # "the Spanish ship Furor, which arrived on Saturday, held a drill"
        paired = DASH_PAIR.match(s.text, cut.start())
        if paired and not s.start + cut.start() < trig.start < s.start + paired.end():
            # "for 36 aircraft – 28 Gripen E and eight Gripen F – with Saab in October 2014"
            aside = paired.end() - 2
            continue
        signed = _WHICH_SIGNED.match(s.text, cut.start())
        if signed and at > trig.start and family_of(trig.cls) in DEALS and at - trig.end <= 10:
            # "the Reciprocal Access Agreement (RAA), which ... signed in Manila in July 2024":
            # the relative clause tells the deal's own signing, up to the comma closing it
            closing = s.text.find(",", signed.end())
            end = min(end, s.start + closing) if closing != -1 else end
            break
        if at < trig.start:
            start = s.start + cut.end()
        elif at - trig.end > 2 or not cut.group().startswith(","):
            end = min(end, at)
            break
    return start, end
