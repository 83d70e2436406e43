"""The attributes of one event claim, read from its clause: dates, place, status, amounts."""

from __future__ import annotations

import dataclasses
import re

from ..amounts import find_money, quantity_before
from ..dates import DateMention
from . import clauses as K
from . import triggers as T
from .merging import edition_year
from .model import DEALS, PEOPLE_ACTS, EventClaim, Mention

# -- status and occurrence cues ---------------------------------------------------------
# Occurrence verbs: a noun trigger with one of these nearby is a specific event.
OCCURRENCE = T.rx(
    # ("the final assembly line that Embraer runs with Saab": a partnership at work)
    r"\b(?:runs|operates)\s+(?:jointly\s+)?with\b|"
    r"\b(?:held|hold|holds|holding|conducted|conduct|conducting|took\s+part|take\s+part|"
    r"taking\s+part|kicked\s+off|kick\s+off|started|starts|began|begin|begins|ended|ends|"
    r"tore\s+up|terminated|scrapped|cancell?ed|called\s+off|"
    r"concluded|completed|launched|took\s+place|takes\s+place|staged|organi[sz]ed|participated|"
    r"are\s+being\s+held|is\s+being\s+held|working\s+on|took\s+off|set\s+up|established|"
    r"establishment|founded|performing|carried\s+out|carry\s+out|will\s+(?:hold|conduct)|"
    r"hosted|hosts|host|hosting|joined|joins|join|called\s+off|cancel(?:l?ed|s)?|scrapped|"
    r"postponed|opened|opens|wrap(?:ped|ping|s)?\s+up|scheduled|planned|plans?\s+to|"
    # "after a three-day exercise": a stated length, so one particular act
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:day|week|month)|week-long|"
    r"(?:is|are|was|were)\s+(?:expected|set|due|slated)\s+to|agreed\s+(?:to|on)|"
    r"decided\s+to|signed|signs|signing|inked|practi[sc]ed|rehearsed|convened|convenes|convene|"
    r"met|meets|(?:co-?)?chair(?:ed|s|ing)|(?:has|have|had)\s+been\s+(?:co-?|jointly\s+)\w+ing)\b"
)
# "the sixth India-France Annual Defence Dialogue", "the 10th meeting of": one edition of it
EDITION = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"inaugural|\d+(?:st|nd|rd|th))\s+(?:(?:meeting|session|round|edition)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
ENDING = T.rx(
    r"\b(?:ended|concluded|completed|completing|wrapped\s+up|wrapping\s+up|"
    r"(?:came|comes)\s+to\s+an?\s+(?:end|close)|"
    r"finished|(?:will|to|is\s+due\s+to|is\s+set\s+to)\s+(?:conclude|end|close|finish)|concludes|"
    r"curtain\s+(?:came|comes)\s+down|"
    r"ends\s+on|finishes\s+on|"
    r"drew\s+to\s+a\s+close|drawing\s+to\s+a\s+close)\b"
)
CANCELLED = T.rx(
    r"\b(?:called\s+off|cancel(?:l?ed|s)?|scrapped|suspended|postponed|tore\s+up|torn\s+up|"
    r"terminated|axed|ditched)\b"
)
PLANNED = T.rx(
    r"\b(?:expect(?:s|ed)?\s+to|possible\s+sale|(?:due|scheduled|slated)\s+to|scheduled\s+for|"
    r"(?:are|is)\s+(?:due|scheduled|slated|planned)\b|will|plans?\s+to|planned|set\s+to|is\s+to|are\s+to|"
    r"to\s+be\s+(?:held|signed)|upcoming|intends?\s+to|would|pencil+ed\s+in)\b"
)
# A sentence that announces what will happen: its yearless dates and weekdays look ahead.
FUTURE = T.rx(
    r"\b(?:will|would(?!\s+have)|(?:is|are)\s+(?:expected|set|scheduled|due|slated)\s+to|"
    r"(?:is|are)\s+(?:due|expected)\s+(?:in|at|back)|"  # "is due in Paris in December"
    r"(?:is|are)\s+to|plans?\s+to|(?:scheduled|planned|slated)\s+(?:for|to)|to\s+be\s+held|upcoming|"
    r"pencil+ed\s+in)\b"
)
ONGOING = T.rx(
    r"\b(?:since|currently|are\s+being|is\s+being|are\s+holding|is\s+holding|"
    r"has\s+been|have\s+been\s+\w+ing|continues|ongoing|are\s+performing)\b"
)

# a deal told by its report: "said on Monday it had signed", "have set up a joint venture"
_SAID_IT_HAD = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+")
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:signed|set\s+up|formed|created|established|concluded|"
    r"inked|agreed|launched)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}$"
)
# "The US Army has awarded Lockheed Martin a $226 million contract": the trigger is the verb
_HAS = re.compile(r"\b(?:has|have)\s+$")
_DEAL_VERB = re.compile(r"(?:awarded|signed|inked|concluded)\b")
# a second verb after the act's own: "completed training earlier this year and flew ..."
_AND_VERB = re.compile(
    r"\s+and\s+(?:later\s+|then\s+)?(?:[a-z]+ed|flew|took|went|began|made|held|sent)\b"
)
# the trigger opening a clause of its own: "chose the Gripen in late 2013 ..., and signed"
_AND_THEN = re.compile(r",\s+and\s+(?:then\s+|later\s+)?$")
_AHEAD = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\b", re.I)
_BEGAN_ON = re.compile(
    r"\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s*way)\s+(?:on\s+|in\s+)?\Z", re.I
)
_SIGNED_THEN = re.compile(r"\b(?:signed|inked|concluded)\b[^.;,]{0,50}$")
_SIGNED_NEXT = re.compile(r"[^.;]{0,120}\b(?:signed|inked|concluded)\b[^.;,]{0,60}$")
_FINISHED = re.compile(r"(?:completed|finished)\b")
_ENDED_ON = re.compile(ENDING.pattern + r"\s+(?:on\s+|in\s+)?$", re.I)
# "yesterday afternoon as Malabar 2025, the annual naval exercise of ..., came to a close"
_CLOSED_AFTER = re.compile(r"[^.;]{0,80}?\s(?:" + ENDING.pattern + ")", re.I)


def _cancelled_between(d: DateMention, trig, view: str) -> bool:
    a, b = (d.end, trig.start) if d.start < trig.start else (trig.end, d.start)
    return bool(CANCELLED.search(view, a, b))


# "agreed on Monday to begin training": the act is agreed, so still to come
_AGREEING = r"\b(?:agreed|decided|pledged|promised|vowed|resolved)\s+"
_BEGIN = r"(?:(?:begin|start|launch|resume)\s+)?"
_AGREED_TO = re.compile(_AGREEING + r"(?:on\s+\w+\s+)?to\s+" + _BEGIN + "$")
_AGREED = re.compile(_AGREEING + r"(?:on\s+|in\s+)?$")
_TO_BEGIN = re.compile(r",?\s+to\s+" + _BEGIN)


_SENTENCE_END = re.compile(r"[.!?]\s+")


def _this_sentence(view: str, lo: int, at: int) -> int:
    """`lo`, moved past a sentence end before `at`: "... came to a close. The exercise began
    Nov. 10" does not end on Nov. 10."""
    ends = [m.end() for m in _SENTENCE_END.finditer(view, max(0, lo), at)]
    return ends[-1] if ends else max(0, lo)


def _agreed_then(d: DateMention, trig, view: str) -> bool:
    return bool(
        d.end <= trig.start
        and _AGREED.search(view, max(0, d.start - 25), d.start)
        and _TO_BEGIN.fullmatch(view, d.end, trig.start)
    )


def dates(claim: EventClaim, trig, found: list[DateMention], clause: str, view: str) -> None:
    """Start and end from the date expressions of the clause nearest the trigger."""
    usable = [d for d in found if d.kind != "reported"]
    if not usable and ENDING.search(clause):
        usable = [d for d in found if d.kind == "reported"]
        if usable:
            d = min(usable, key=lambda d: abs(d.start - trig.start))
            claim.end = d.begin
            return
    # "Kongsberg said on Monday it had signed a contract": a deal is dated by its report
    # (or "SAMI and AVIC have set up a joint venture ..., the two companies said on Sunday")
    if not usable and claim.family in DEALS:
        said = [
            d
            for d in found
            if d.kind == "reported"
            and (
                _SAID_IT_HAD.fullmatch(view, d.end, trig.start)
                or (
                    d.start > trig.end
                    and (
                        _PERFECT.search(view, max(0, trig.start - 40), trig.start)
                        or (
                            _HAS.search(view, max(0, trig.start - 10), trig.start)
                            and _DEAL_VERB.match(view, trig.start)
                        )
                    )
                )
            )
        ]
        if said:
            claim.said_on = said[0].begin  # (a later sentence may say when it was signed)
    # "In September 2021, Canberra tore up its contract": when it was cancelled, not made
    usable = [d for d in usable if not _cancelled_between(d, trig, view)]
    # "docked on Thursday, ahead of a joint naval exercise": the docking's day, not the drill's
    usable = [
        d for d in usable if not (d.end <= trig.start and _AHEAD.search(view, d.end, trig.start))
    ]
    # "agreed on Monday to begin training Indonesian naval personnel in Japan next year": the
    # day of the agreeing, not of the training
    usable = [d for d in usable if not _agreed_then(d, trig, view)]
    if claim.family == "Agreement":
        # "began a drill on Monday, the first held under the Reciprocal Access Agreement": the
        # drill's day; a framework named after "under" is an earlier act of its own
        usable = [
            d
            for d in usable
            if not (d.end <= trig.start and K.UNDER_FRAME.search(view, d.end, trig.start))
        ]
    # "chose the Gripen in late 2013 ..., and signed a contract ... in October 2014": the date
    # of the verb before ", and" when the trigger's own clause has one after it
    if any(d.start >= trig.end for d in usable):
        usable = [
            d
            for d in usable
            if not (d.end <= trig.start and _AND_THEN.search(view, d.end, trig.start))
        ]
    if not usable:
        return
    d = min(
        usable,
        key=lambda d: (
            abs(d.start - trig.end) if d.start >= trig.end else abs(trig.start - d.end) + 5
        ),
    )
    signed = [
        r
        for r in usable
        if r.start > trig.end and _SIGNED_THEN.search(view, max(trig.end, r.start - 60), r.start)
    ]
    # "On Thursday, Krušik and Norinco signed an agreement to jointly produce rockets ...,
    # with output to start in 2027": the day it was signed
    signed += [
        r for r in usable if r.end <= trig.start and _SIGNED_NEXT.match(view, r.end, trig.start)
    ]
    if claim.family in ("ProcurementContract", "Agreement", "JointProductionProject") and signed:
        d = signed[0]  # "approved the purchase in October 2024, and the contract was signed
        # in Bucharest the following month": a deal is made when it is signed
    if not d.resolved:
        claim.date_text = d.text
        return
    days = [r for r in usable if r.kind in ("point", "range") and r.begin and r.begin.day]
    if d.kind == "since" and days:
        d = days[0]  # "the talks, held every year since 2016, took place on Thursday": this time
    # "Last year's exercise ... was held in October 2024": the month
    months = [r for r in usable if r.kind in ("point", "range") and r.begin and r.begin.month]
    finer = [
        r
        for r in days or months
        if d.begin
        and d.begin.month is None
        and r.begin.year == d.begin.year
        # ("completed conversion training ... earlier this year and flew the new jets ...
        # on Sunday": the second verb's day)
        and not (r.start > d.end and _AND_VERB.search(view, d.end, r.start))
    ]
    if d.kind == "point" and finer:
        d = finer[0]  # "The exercise, Alon 2025, began on Aug. 15": the day
    span = [r for r in usable if r.kind == "range" and r.begin and d.begin]
    if d.kind == "point" and span and not span[0].begin.conflicts(d.begin):
        d = span[0]  # "opened on Friday and runs from July 12 to Aug. 2": the range
    before = d.end <= trig.start
    ended = (
        _ENDED_ON.search(view[max(0, d.start - 40) : d.start])
        # "Soldiers ... yesterday completed a six-week training package": when it ended
        # ("dates back to 2013, when the first group completed training": then, not its end)
        or (before and d.begin and d.begin.day and _FINISHED.match(view, trig.start, trig.end))
        or (
            claim.family == "JointExercise"
            and (
                ENDING.search(view[_this_sentence(view, trig.start - 60, trig.start) : d.start])
                or (before and _CLOSED_AFTER.match(view, trig.end))
            )
        )
    )
    if d.kind == "point" and ended and claim.family in PEOPLE_ACTS:
        # (a deal "concluded in July 2022" was signed then)
        claim.end = d.begin  # "the exercise ended on March 10"
        # "came down on Friday on KAMANDAG 9, capping two weeks ... that began on May 26"
        began = [
            u
            for u in usable
            if u is not d and _BEGAN_ON.search(view, max(0, u.start - 30), u.start)
        ]
        if began and began[0].begin and began[0].begin.first_day() <= d.begin.first_day():
            claim.start = began[0].begin
        return
    if (
        claim.start is not None
        and d.begin is not None
        and claim.start.conflicts(d.begin)
        and d.year_inferred
        and claim.start.parts()[1:] == d.begin.parts()[1:]
    ):
        return  # "On June 15" of a known act of an earlier year
    if d.begin is not None and claim.start is None:
        claim.start = d.begin
    if d.kind == "until" and claim.start is None and d.finish:
        # "sailed into Cam Ranh on Monday morning for a port call that will last until Friday"
        begun = [u for u in usable if u.kind == "point" and u.end <= trig.start and u.begin]
        if begun and begun[-1].begin.first_day() <= d.finish.first_day():
            claim.start = begun[-1].begin
    claim.year_inferred = d.year_inferred
    if (
        d.kind == "by"
        and claim.start is None
        and claim.family == "ArmsTransfer"
        and FUTURE.search(clause)
    ):  # "The remaining 16 jets are scheduled to arrive by the end of 2026": the one date said
        claim.start = d.finish  # for a delivery to come is when it is due (but "the order
        # would be completed by the end of 2022" does not date the order)
    elif d.finish is not None:
        claim.end = d.finish
    elif d.kind == "point" and claim.start is not None:
        # "began on Monday and runs until March 14": the end comes in a second expression
        until = [u for u in usable if u.kind in ("until", "by") and u.start > d.end and u.finish]
        if until and until[0].finish.last_day() >= claim.start.first_day():
            claim.end = until[0].finish
    if d.kind == "since":
        claim.status = "ongoing"
    named = edition_year(claim.name)
    if claim.year_inferred and named and claim.start and claim.start.year != named:
        # "Eagle Assault 2024 was held from July 8 to 19": the name says which July
        shift = named - claim.start.year
        claim.start, claim.end = (
            d and dataclasses.replace(d, year=d.year + shift) for d in (claim.start, claim.end)
        )
        claim.year_inferred = False


def place(claim: EventClaim, trig, places: list[Mention], mentions: list[Mention]) -> None:
    """The place nearest the trigger, else a state the clause puts the event in."""
    if claim.place is not None:
        return
    if places:
        claim.place = min(places, key=lambda m: abs(m.start - trig.end)).iri
        return
    states = [m for m in mentions if m.kind == "State" and m.locative]
    if states:
        claim.place = states[-1].iri


_STILL_TO_COME = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled)\b")
_DONE = re.compile(
    r"(?:signed|inked|concluded|took\s+delivery|handed\s+over|delivered|held|conducted|bought|"
    r"ordered|purchased|visited)\b",
    re.I,
)


def status(claim: EventClaim, clause: str, said: str = "", before: str = "") -> None:
    """`said` is the trigger's text and `before` the clause up to it: "Poland signed a
    contract ... that will give the army Apaches" is done, whatever the rest plans."""
    if CANCELLED.search(clause):
        claim.status = "cancelled"
    elif claim.status is None and _STILL_TO_COME.search(said):
        claim.status = "planned"  # "The first aircraft are expected in 2026"
    elif claim.status is None and _DONE.match(said) and not PLANNED.search(before):
        claim.status = "completed"
    elif claim.status is None and (PLANNED.search(clause) or _AGREED_TO.search(before)):
        claim.status = "planned"
    elif claim.status is None and ONGOING.search(clause):
        claim.status = "ongoing"
    elif claim.status is None:
        claim.status = "completed"


# "to operate from INS Vikrant", "aboard HMS Prince of Wales": a named ship as the platform
_PLATFORM = re.compile(r"\b(?:from|aboard|on\s+board(?:\s+of)?|onboard|on|onto|off)\s+(?:the\s+)?$")


def amounts(claim: EventClaim, mentions: list[Mention], view: str, lo: int, hi: int) -> None:
    """The value of a deal and the equipment lots (model and count) the clause names."""
    money = find_money(view[lo:hi], lo)
    if money and claim.family in (
        "ArmsTransfer",
        "ProcurementContract",
        "Agreement",
        "JointProductionProject",
    ):
        claim.value = money[0][2], money[0][3]
    for m in mentions:
        if m.kind == "EquipmentModel":
            if m.states and _PLATFORM.search(view, max(0, m.start - 20), m.start):
                continue
            qty = quantity_before(view[max(lo, m.start - 40) : m.start])
            claim.lots.append((m.iri, qty))
