"""The forms a date takes in news text, as one regular expression of named alternatives;
`datefinding` resolves what they match against the publication date."""

from __future__ import annotations

import calendar
import re

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# a whole word: "21 Marine Corps personnel" holds no "21 Mar"
_MON = (
    r"(?<![A-Za-z])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|(?![A-Za-z]))"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|until|through)\s*"
_YDASH = r"\s*(?:-|–|—|to|and|until|through)\s*"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_FOLLOWING = (
    r"\b(?:the\s+following\s+(?P<unit>month|year)|(?i:a|one)\s+(?P<unit2>month|year)\s+later)\b"
)

# Order matters: longer, more specific forms first; matches never overlap.
_PATTERNS: list[tuple[str, str]] = [
    (
        "m_d_m_d",
        rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MON})\s+(?P<d2>{_DAY})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    ("m_d_d", rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?"),
    ("d_d_m", rf"\b(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m1>{_MON})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "signed on 07.03.2025": day, month, year with dots, the form of official replies
    ("dotted", rf"\b(?P<d1>[12]\d|3[01]|0?[1-9])\.(?P<m1>1[0-2]|0?[1-9])\.(?P<y>{_YEAR})\b"),
    ("y_y", rf"(?:(?P<pre>from|between)\s+)?\b(?P<y1>{_YEAR}){_YDASH}(?P<y2>{_YEAR}|\d\d)\b"),
    (
        "since",
        rf"\b(?P<pre>[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y the end of|[Bb]y)\s+(?:(?P<m1>{_MON})\s+)?"
        rf"(?:(?P<d1>{_DAY}),?\s+)?(?P<y>{_YEAR})\b",
    ),
    ("until_md", rf"\b(?P<pre>[Uu]ntil|[Tt]ill|[Tt]hrough)\s+(?P<m1>{_MON})\s+(?P<d1>{_DAY})\b"),
    ("m_d", rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?"),
    ("d_m", rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_MON})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("m_y", rf"(?P<m1>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    # "in September 2021, shortly after ... in July of that year": the year said before it
    ("m_that", rf"(?P<m1>{_MON})\s+of\s+(?:that|the\s+same)\s+year\b"),
    (
        "m_bare",
        rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Ff]or)\s+"
        # "in the first week of December": the month
        r"(?:the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|half|"
        r"fortnight)\s+of\s+)?"
        rf"(?:(?:early|mid|late)[- ]?)?(?P<m1>{_MON})(?![a-z])"
        r"(?![\s.]*(?:\d|this\b|last\b|next\b|of\s+(?:that|the\s+same)\s+year\b))"
        r"(?!,\s*(?:(?:19|20)\d\d|this|last|next)\b)",
    ),
    ("m_rel", rf"(?P<m1>{_MON})\s+(?P<rel>this|last|next) year\b"),
    ("rel_m", rf"\b(?P<rel>(?i:last|this|next|past))\s+(?P<m1>{_MON})(?![a-z])"),
    ("part_y", rf"\b(?P<part>early|mid|late)[- ](?P<y>{_YEAR})\b"),
    # "in the autumn", "since the spring", "next summer": a season of a year the text implies
    (
        "season",
        r"\b(?P<pre>(?i:in|since|by|during|this|last|next))\s+(?:the\s+)?"
        r"(?P<season>spring|summer|autumn|winter)\b(?![\s,]+(?:of\s+)?\d)",
    ),
    (
        "rel_y",
        r"\b(?P<rel>(?i:(?:earlier|later) this|this|last|next|previous|past)) "
        r"(?P<unit>year|month|week)\b",
    ),
    (
        "ago",
        r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>years?|months?) ago\b",
    ),
    # "from Monday to Wednesday", "on Sunday and Monday": two weekdays of one week as a range
    ("wd_wd", rf"\b(?:[Ff]rom\s+|[Oo]n\s+)?(?P<wd1>{_WD})(?:{_DASH}|\s+and\s+)(?P<wd2>{_WD})\b"),
    # "a visit that runs until Friday": the end, the coming Friday unless the verb is past
    ("until_wd", rf"\b(?P<verb>[a-z]+)\s+(?:until|till)\s+(?P<wd>{_WD})\b"),
    # "on Tuesday (12)": a weekday and its day of the month, as Brazilian releases write it
    ("wd_paren", rf"\b(?:[Oo]n\s+)?(?P<wd>{_WD})\s+\((?P<d1>[12]\d|3[01]|0?[1-9])\)"),
    # "on Tuesday, 3 June 2025": the weekday only names the date that follows it
    (
        "weekday",
        rf"\b(?:(?P<pre>last|this|on|On)\s+)?(?P<wd>{_WD})\b"
        rf"(?!,?\s+(?:{_DAY}\s+{_MON}|{_MON}\s+{_DAY}))",
    ),
    # "signed in October 2024 ... the following month": after the date said before it
    (
        "following",
        _FOLLOWING,
    ),
    ("today", r"\b(?P<rel>(?i:yesterday|today))\b"),
    ("weekend", r"\b(?P<rel>(?i:this|last|next|over\s+the|at\s+the))\s+weekend\b"),
    # a bare year from this century or the last: "the Avante 1800 design" is no date
    ("year", r"(?<![-–\w])(?P<y>(?:19|20)\d\d)(?![-–]\w|\w|%)"),
]
# "A month later ...": a sentence that counts from the date said before it
LATER = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _FOLLOWING))
RX = re.compile(
    "|".join(f"(?P<{name}>{rx.replace('(?P<', f'(?P<{name}_')})" for name, rx in _PATTERNS)
)
# "said on Tuesday", "told reporters at the base on Tuesday", "said in a statement on Monday":
# when something was said, not when it happened
REPORTING = re.compile(  # (not "a fourth frigate was added in March": a passive act)
    r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)"
    r"(?:said|says|reported|reports|announced|stated|added|told|confirmed)"
    r"(?:\s+(?:reporters|journalists|the\s+media|lawmakers|parliament|"
    r"(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|conference|"
    r"briefing|interview|post|base|ceremony|event|meeting)))*\s*(?:on\s+)?$|"
    # "according to a statement from the military spokesman's office released on Saturday"
    r"\b(?:statement|communiqu[ée]|release|report)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:released|issued|published)\s+(?:on\s+)?$"
)


REL_YEAR = re.compile(r",?\s+(?P<rel>last|this|next)\s+year\b", re.I)


SPAN_TO = re.compile(r"\s*(?:to|until|through|and|[-–])\s+(?:(?:early|mid|late)[- ]?)?$", re.I)
