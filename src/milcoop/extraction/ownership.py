"""Which act a date of a sentence belongs to, and which way the sentence's yearless dates
look: a date may open another act's clause, date a neighbouring act, or say when a series
began, what a deal covers or a record, and not when this act happened."""

from __future__ import annotations

import re

from ..dateforms import RX as DATE_FORMS
from ..dates import DateMention
from . import cues as C
from .attributes import CANCELLED, FUTURE
from .spotting import Trigger

_LEADING_WHEN = re.compile(r"(?:^|[.!?]\s+|\n)(?:Before|After|Until|Ahead\s+of)\s[^,.;]*$")


def anothers_date(d: DateMention, trig, view: str, insets: list[tuple[int, int]]) -> bool:
    """A date of the trigger's sentence that dates a neighbouring act, not the trigger's."""
    if d.end <= trig.start:
        # "arrived on Monday, hours after the warships wrapped up their first joint sail";
        # "the frigate, which arrived over the weekend, held a drill": the arrival's
        return (
            bool(C.AFTER_THAT.search(view, d.end, trig.start))
            or any(a <= d.start < b <= trig.start for a, b in insets)
            # "Before the first aircraft reach Doha in 2027, pilots will be trained": the
            # arrival's year, said in a clause leading the sentence
            or bool(
                "," in view[d.end : trig.start]
                and _LEADING_WHEN.search(view, max(0, d.start - 100), d.start)
            )
        )
    if d.start < trig.end:
        return False
    # "the drills would focus on cables after a string of sabotage incidents last winter"
    after = C.AFTER_THAT.search(view, trig.end, d.start)
    if after and "," not in view[after.end() : d.start]:
        return True
    # "The contingent for Exercise CYCLONE departed for Egypt today": the journey's
    return bool(C.SET_OFF.match(view, trig.end, d.start))


_SUBJECT_ONLY = re.compile(r",?\s+(?:[\w'’-]+\s+){0,3}")
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:[\w-]+\s+){0,2}$")


def date_owner(trigs: list[Trigger], date: DateMention, view: str) -> int | None:
    """The trigger a date belongs to: the one it follows, or the first; a possessive date
    ("next year's edition") belongs to the trigger right after it, or to none ("last month's
    attack")."""
    if re.match(r"['’]s\b", view[date.end : date.end + 3]):
        after = [i for i, t in enumerate(trigs) if 0 <= t.start - date.end <= 30]
        return after[0] if after else None
    i = max([0] + [i for i, t in enumerate(trigs) if t.start < date.start])
    while (
        i > 0
        and "," in view[trigs[i].end : date.start]
        and C.ORDERED_BEFORE.search(view, max(0, trigs[i].start - 40), trigs[i].end)
    ):  # "took delivery of PNS Badr, the third of four corvettes ordered from Turkey, at a
        i -= 1  # ceremony ... on Monday": the day of the delivery, not of the older order
    if (
        i + 1 < len(trigs)
        and trigs[i].end <= date.start
        and _NEW_CLAUSE.search(view, trigs[i].end, date.start)
        and (
            FUTURE.search(view, date.end, trigs[i + 1].start)
            or _SUBJECT_ONLY.fullmatch(view, date.end, trigs[i + 1].start)
        )
    ):  # "officers have attended the college for a decade, and from January three officers
        # will enrol at ...", "..., and in November 2023 it signed for more than 1,000
        return i + 1  # CAMM-ER missiles": the date opens the next act's clause
    return i


# "the Plan of Military Cooperation for 2026", "a contract for 2027 deliveries": the year the
# thing covers, unless a verb before "for" schedules the act itself ("scheduled for 2026")
_SCOPE = re.compile(
    r"(?<!scheduled)(?<!planned)(?<!slated)(?<!set)(?<!due)(?<!pencilled)(?<!penciled)"
    r"(?<!earmarked)(?<!timed)(?<!targeted)(?<!expected)(?<!postponed)(?<!delayed)"
    r"(?<!moved)(?<!back)\s+for\s+$",
    re.I,
)


# "the drill that New Delhi and Abu Dhabi started last year": when the series began ("the
# second meeting of the ministers, a format launched in Baku in October last year")
_ORIGIN = re.compile(
    # (not a determiner after a preposition: "Deliveries from that order began in 2024")
    r"(?:(?<!from\s)(?<!under\s)(?<!with\s)(?<!for\s)(?<!of\s)\b(?:that|which)\s+(?:[\w-]+\s+){1,6}?"
    r"(?:started|began|launched|inaugurated|initiated|"
    r"first\s+held)|,\s+an?\s+(?:format|series|mechanism|forum|dialogue)\s+(?:first\s+)?"
    r"(?:launched|started|set\s+up|created|established)(?:\s+in\s+[A-Z][\w-]+)?|"
    # "First held in 2010, Blue Strike was last staged in 2023"
    r"(?:^|[.!?]\s+)(?-i:First)\s+(?:held|staged|conducted|launched))\s+(?:in\s+)?$",
    re.I,
)


def series_origin(d: DateMention, view: str) -> bool:
    """A date in a relative clause saying when something began, not when this act is."""
    return bool(_ORIGIN.search(view, max(0, d.start - 80), d.start))


# "the largest hand-over of Japanese warships since 1945": a record, not the act's date
_RECORD = re.compile(
    r"\b(?:largest|biggest|first|most|highest|longest|fastest)\b[^.;,]{0,80}\bsince\s+$", re.I
)


def record_since(d: DateMention, view: str) -> bool:
    """A 'since' that measures a record, not the act's start."""
    return d.kind == "since" and bool(_RECORD.search(view, max(0, d.start - 100), d.start + 6))


def scope_year(d: DateMention, view: str) -> bool:
    """A bare year that says what period a plan or contract covers, not when it was made."""
    return (
        d.begin is not None
        and d.begin.month is None
        and bool(_SCOPE.search(view, max(0, d.start - 30), d.start))
    )


# "a fighter ... developed together for service in 2035": when it is to serve, not the act
_IN_SERVICE = re.compile(r"\b(?:for|into|enters?|entering|in)\s+service\s+(?:in|by|from)\s+$", re.I)

# "80 percent ... will be made in India, up from the 58 percent on the table in 2023": the figure
# it is measured against
_COMPARED = re.compile(
    r"\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?[^.;,]{0,40}?\b(?:in|of|by)\s+$", re.I
)

# "a programme of military cooperation running to 2028": how long it lasts, not when signed
_RUNS_TO = re.compile(r"\b(?:running|runs|run|lasting|valid)\s+(?:to|until|till|through)\s+$", re.I)


def not_its_date(d: DateMention, view: str) -> bool:
    """A date in the sentence that says something else than when its act happened."""
    return (
        scope_year(d, view)
        or series_origin(d, view)
        or record_since(d, view)
        or bool(_IN_SERVICE.search(view, max(0, d.start - 30), d.start))
        or bool(_COMPARED.search(view, max(0, d.start - 60), d.start))
        or bool(_RUNS_TO.search(view, max(0, d.start - 30), d.start))
    )


# a sentence that opens on its date: "In February, ..." (no comma before the verb's cue)
_PAST_AFTER = re.compile(
    r"\b(?:after|since|because)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,5}?(?:signed|agreed|"
    r"announced|approved|concluded|awarded|placed)\b",
    re.I,
)
# the past report of a plan: ", ministers from both countries announced in Brisbane"
_TOLD_AFTER = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,6}?(?:announced|said|confirmed|told\s+\w+|disclosed|revealed)\b|"
    # "will add two simulators ... under a €78 million amendment signed on Tuesday"
    r"(?<!be\s)(?<!been\s)\b(?:signed|concluded|inked)\s+(?=on\s|last\s|yesterday)"
)
_OPENING_WHEN = re.compile(r"\s*(?:In|On|From|By|Later\s+in)\s+[\w .]{1,25}?,\s")


_AND_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+")


def future_from(text: str) -> int | None:
    """Where a sentence starts speaking of what will happen: dates after that point look ahead
    ("opened a plant on Tuesday where drones will be built" keeps Tuesday in the past)."""
    cue = FUTURE.search(text)
    if cue and re.match(r"\s*(?:When|Once|After|Before|As\s+soon\s+as|Until)\b", text):
        return 0  # "When she sails on Friday, the destroyer is to carry out ...": all ahead
    opening = _OPENING_WHEN.match(text)
    if (
        cue
        and opening
        and not re.search(
            r"[,;]|\b(?:where|which|that|who|when)\b", text[opening.end() : cue.start()]
        )
    ):
        return 0  # "In February, 30 soldiers are scheduled to attend ...": the clause's own date
    if cue and _PAST_AFTER.search(text, cue.end()):
        return None  # "will keep flying ... after the ministry signed a contract on Monday"
    told = _TOLD_AFTER.search(text, cue.end()) if cue else None
    if told and not DATE_FORMS.search(text, cue.end(), told.start()):
        return None  # "will build rockets together, ministers announced on Wednesday"
    if cue:  # "..., and from January three Zambian officers will enrol": that clause's date
        opens = [m.end() for m in _AND_CLAUSE.finditer(text, 0, cue.start())]
        if opens and not re.search(
            r"[,;]|\b(?:where|which|that|who|when)\b", text[opens[-1] : cue.start()]
        ):
            return opens[-1]
    return cue.start() if cue else None


def mixed_tense(text: str) -> bool:
    """'The drill scheduled for Dec. 30 was called off': a plan said in the past, so neither
    looking ahead nor back is safe for its yearless dates."""
    cue = FUTURE.search(text)
    return bool(cue and CANCELLED.search(text, cue.end()))
