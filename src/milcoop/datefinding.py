"""Dates as news states them, resolved against the publication date with their granularity.

A small grammar rather than a general date parser: general parsers read "Dec. 19-25" as a year
and miss "Dec. 30-Jan. 3"; here every form yields a start and/or an end at the precision the
text gives (year, month or day), and relative forms stay unresolved without a publication date.
The forms themselves are in `dateforms`; this module resolves what they match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .amounts import NUMBER_WORDS
from .dateforms import MONTHS, REL_YEAR, REPORTING, RX, SPAN_TO, WEEKDAYS
from .dates import DateMention, PartialDate


def _spanned(a: DateMention, b: DateMention | None, text: str, offset: int) -> DateMention:
    """'from late November to early December 2021': the first date takes the year the second
    states (the year before when its month comes later)."""
    if (
        b is None
        or not a.year_inferred
        or b.year_inferred
        or a.begin is None
        or a.begin.month is None
        or b.begin is None
        or b.begin.month is None
        or not SPAN_TO.match(text[a.end - offset : b.start - offset])
    ):
        return a
    year = b.begin.year - (1 if a.begin.month > b.begin.month else 0)
    return replace(a, begin=replace(a.begin, year=year), year_inferred=False)


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _nearest_weekday(pub: PartialDate, weekday: int, ahead: bool, skip_today: bool = False):
    """The `weekday` on or after publication when `ahead`, else on or before it (a week
    before when `skip_today` and publication falls on it: "last Friday" written on a Friday)."""
    base = pub.first_day()
    if ahead:
        day = base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    else:
        back = (base.weekday() - weekday) % 7 or (7 if skip_today else 0)
        day = base - dt.timedelta(days=back)
    return PartialDate(day.year, day.month, day.day)


def _week(pub: PartialDate, step: int) -> tuple:
    """ "last week" in a Tuesday 2 December article: Monday 24 to Sunday 30 November, so
    November; a week across two months says only its year."""
    monday = pub.first_day() - dt.timedelta(days=pub.first_day().weekday() - 7 * step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return PartialDate(monday.year, monday.month), None, "point", True, False
    if monday.year == sunday.year:
        return PartialDate(monday.year), None, "point", True, False
    return None, None, "point", False, True


_PAST_VERB = re.compile(r"\w+ed|was|were|ran|stayed|remained|lasted|continued|kept|held|went")


class DateResolver:
    """Finds DateMentions in text, resolving relative forms against `published`."""

    def __init__(self, published: PartialDate | None) -> None:
        self.published = published
        # True: the text speaks of what will happen, yearless dates look ahead; False: they
        # look back; None: the tense is mixed ("scheduled for Jan. 3 was called off"), the
        # nearest year to publication wins
        self.future: bool | None = False
        self.previous: PartialDate | None = None  # the date said before, in the same text

    def _year_for(self, month: int, day: int | None) -> tuple[int | None, bool]:
        pub = self.published
        if pub is None:
            return None, True
        year = pub.year
        if pub.month is not None:
            gap = (month - pub.month) * 31 + ((day or 1) - (pub.day or 1))
            if self.future is None:
                year += -1 if gap > 186 else 1 if gap < -186 else 0
            elif self.future and gap < 0:
                year += 1  # "will hold it on Jan. 3", written in September: next January
            elif not self.future and gap > 120:
                year -= 1  # a day-month more than ~4 months after publication is last year's
        return year, True

    def find(
        self,
        text: str,
        offset: int = 0,
        future_from: int | None = None,
        nearest: bool = False,
        before: PartialDate | None = None,
    ) -> list[DateMention]:
        """Date expressions in `text`. `future_from`: the index in `text` from which it speaks
        of what will happen (0: all of it); dates before it, or all without it, look back.
        `nearest`: the tense is mixed, a yearless date takes the year nearest publication.
        `before`: the date said last before `text`, for "a month later" at its start."""
        found: list[DateMention] = []
        for match in RX.finditer(text):
            if found and match.start() + offset < found[-1].end:
                continue  # "last year" already read with "27 to 29 June" before it
            self.future = future_from is not None and match.start() >= future_from
            self.previous = found[-1].begin if found else before
            if nearest:
                self.future = None
            mention = self._mention(match, text, offset)
            if mention is not None:
                found.append(mention)
        return [
            _spanned(a, b, text, offset) for a, b in zip(found, [*found[1:], None], strict=False)
        ]

    def _mention(self, match: re.Match, text: str, offset: int) -> DateMention | None:
        kind = match.lastgroup
        g = {
            k[len(kind) + 1 :]: v
            for k, v in match.groupdict().items()
            if k.startswith(kind + "_") and v is not None
        }
        span = (match.start() + offset, match.end() + offset, match.group())
        try:
            result = getattr(self, "_" + kind)(g)
        except ValueError:  # "February 30": not a date
            return None
        if result is None:
            return None
        begin, finish, how, resolved, inferred = result
        rel = REL_YEAR.match(text, match.end())
        if rel and inferred and self.published is not None:
            # "from 27 to 29 June last year": the year the text gives, not the nearest one;
            # "from Dec. 31 to Jan. 13 this year": the year of the day it stands next to
            year = self.published.year + {"last": -1, "this": 0, "next": 1}[rel["rel"].lower()]
            shift = year - (finish or begin).year
            begin, finish = (
                d and PartialDate(d.year + shift, d.month, d.day) for d in (begin, finish)
            )
            inferred = False
            span = (span[0], rel.end() + offset, text[match.start() : rel.end()])
        if how == "point" and REPORTING.search(text[max(0, match.start() - 80) : match.start()]):
            how = "reported"
        return DateMention(
            *span, begin=begin, finish=finish, kind=how, resolved=resolved, year_inferred=inferred
        )

    def _explicit_or_inferred(self, g: dict, month: int, day: int | None):
        if "y" in g:
            return int(g["y"]), False
        year, _ = self._year_for(month, day)
        return year, True

    def _m_d_m_d(self, g):
        m1, d1, m2, d2 = _month(g["m1"]), _day(g["d1"]), _month(g["m2"]), _day(g["d2"])
        y2, inferred = self._explicit_or_inferred(g, m2, d2)
        if y2 is None:
            return None, None, "range", False, True
        y1 = y2 - 1 if m2 < m1 else y2
        return PartialDate(y1, m1, d1), PartialDate(y2, m2, d2), "range", True, inferred

    def _m_d_d(self, g):
        m1, d1, d2 = _month(g["m1"]), _day(g["d1"]), _day(g["d2"])
        if d2 <= d1:
            return None
        y, inferred = self._explicit_or_inferred(g, m1, d1)
        if y is None:
            return None, None, "range", False, True
        return PartialDate(y, m1, d1), PartialDate(y, m1, d2), "range", True, inferred

    _d_d_m = _m_d_d

    def _y_y(self, g):
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y1 // 100 * 100 + int(g["y2"])
        if y2 <= y1:
            return None
        return PartialDate(y1), PartialDate(y2), "range", True, False

    def _since(self, g):
        y = int(g["y"])
        month = _month(g["m1"]) if "m1" in g else None
        day = _day(g["d1"]) if "d1" in g and month else None
        date = PartialDate(y, month, day)
        pre = g["pre"].lower()
        if pre == "since":
            return date, None, "since", True, False
        if pre in ("by", "by the end of"):  # "by 2023": a deadline
            return None, date, "by", True, False
        return None, date, "until", True, False

    def _until_md(self, g):
        m1, d1 = _month(g["m1"]), _day(g["d1"])
        y, _ = self._year_for(m1, d1)
        if y is None:
            return None, None, "until", False, True
        return None, PartialDate(y, m1, d1), "until", True, True

    def _m_d(self, g):
        m1, d1 = _month(g["m1"]), _day(g["d1"])
        y, inferred = self._explicit_or_inferred(g, m1, d1)
        if y is None:
            return None, None, "point", False, True
        return PartialDate(y, m1, d1), None, "point", True, inferred

    _d_m = _m_d

    def _m_y(self, g):
        return PartialDate(int(g["y"]), _month(g["m1"])), None, "point", True, False

    def _m_bare(self, g):
        """'in April': the latest April up to publication (the next one, in the future)."""
        pub = self.published
        if pub is None or pub.month is None:
            return None, None, "point", False, True
        month = _month(g["m1"])
        if self.future is None:
            year, _ = self._year_for(month, None)
        elif self.future:
            year = pub.year + 1 if month < pub.month else pub.year
        else:
            year = pub.year - 1 if month > pub.month else pub.year
        return PartialDate(year, month), None, "point", True, True

    def _m_rel(self, g):
        if self.published is None:
            return None, None, "point", False, True
        year = self.published.year + {"this": 0, "last": -1, "next": 1}[g["rel"]]
        return PartialDate(year, _month(g["m1"])), None, "point", True, False

    def _rel_m(self, g):
        """'last October': the latest October before publication; 'next March' the first after;
        'this May' the May of the publication year."""
        pub = self.published
        if pub is None or pub.month is None:
            return None, None, "point", False, True
        month, rel = _month(g["m1"]), g["rel"].lower()
        year = pub.year
        if rel in ("last", "past") and month >= pub.month:
            year -= 1
        elif rel == "next" and month <= pub.month:
            year += 1
        return PartialDate(year, month), None, "point", True, False

    def _season(self, g):
        pub = self.published
        if pub is None or pub.month is None:
            return None, None, "point", False, True
        first = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[g["season"].lower()]
        pre = g["pre"].lower()
        year = pub.year
        if pre == "last" and first >= pub.month:
            year -= 1
        elif pre == "next" and first <= pub.month:
            year += 1
        return PartialDate(year), None, "since" if pre == "since" else "point", True, True

    def _part_y(self, g):
        return PartialDate(int(g["y"])), None, "point", True, False

    def _rel_y(self, g):
        pub = self.published
        rel, unit = g["rel"].split()[-1].lower(), g["unit"]
        step = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)  # "this", "past": 0
        if rel == "past" or unit == "week":
            if unit != "week" or pub is None or pub.day is None:
                return None
            return _week(pub, step)
        if pub is None:
            return None, None, "point", False, True
        if unit == "year":
            return PartialDate(pub.year + step), None, "point", True, False
        if pub.month is None:
            return None, None, "point", False, True
        month0 = pub.year * 12 + pub.month - 1 + step
        return PartialDate(month0 // 12, month0 % 12 + 1), None, "point", True, False

    def _m_that(self, g):
        before = self.previous
        if before is None or before.year is None:
            return None
        return PartialDate(before.year, _month(g["m1"])), None, "point", True, False

    def _following(self, g):
        before = self.previous
        if before is None or before.year is None:
            return None
        if (g.get("unit") or g.get("unit2")) == "year":
            return PartialDate(before.year + 1), None, "point", True, False
        if before.month is None:
            return None
        month0 = before.year * 12 + before.month  # the month after
        return PartialDate(month0 // 12, month0 % 12 + 1), None, "point", True, False

    def _ago(self, g):
        pub = self.published
        if pub is None:
            return None, None, "point", False, True
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"]]
        if g["unit"].startswith("year"):
            return PartialDate(pub.year - n), None, "point", True, False
        if pub.month is None:
            return None
        month0 = pub.year * 12 + pub.month - 1 - n
        return PartialDate(month0 // 12, month0 % 12 + 1), None, "point", True, False

    def _weekday(self, g):
        pub = self.published
        if g.get("pre") is None and not g["wd"]:
            return None
        if pub is None or pub.day is None:
            return None, None, "point", False, True
        last = (g.get("pre") or "").lower() == "last"
        ahead = bool(self.future) and not last  # "will ... on Sunday"
        day = _nearest_weekday(pub, WEEKDAYS[g["wd"].lower()], ahead, skip_today=last)
        return day, None, "point", True, False

    def _until_wd(self, g):
        pub = self.published
        if pub is None or pub.day is None:
            return None
        # "runs until Friday", "will stay until Friday": the Friday to come; "stayed until
        # Friday": the one before
        ahead = not _PAST_VERB.fullmatch(g["verb"])
        return None, _nearest_weekday(pub, WEEKDAYS[g["wd"].lower()], ahead), "until", True, False

    def _wd_paren(self, g):
        """The day of that number nearest publication, on that weekday if one is."""
        pub = self.published
        if pub is None or pub.day is None:
            return None, None, "point", False, True
        base, wd, day = pub.first_day(), WEEKDAYS[g["wd"].lower()], int(g["d1"])
        months = [(base.year, base.month + k) for k in (0, -1, 1)]
        found = []
        for y, m in months:
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            try:
                found.append(dt.date(y, m, day))
            except ValueError:
                continue
        best = min(found, key=lambda d: (d.weekday() != wd, abs((d - base).days)))
        return PartialDate(best.year, best.month, best.day), None, "point", True, False

    def _wd_wd(self, g):
        first = self._weekday({"wd": g["wd1"], "pre": "on"})
        if first[0] is None:
            return first
        day = first[0].first_day()
        last = day + dt.timedelta(days=(WEEKDAYS[g["wd2"].lower()] - day.weekday()) % 7)
        return first[0], PartialDate(last.year, last.month, last.day), "range", True, False

    def _today(self, g):
        pub = self.published
        if pub is None or pub.day is None:
            return None, None, "point", False, True
        day = pub.first_day() - dt.timedelta(days=1 if g["rel"].lower() == "yesterday" else 0)
        return PartialDate(day.year, day.month, day.day), None, "point", True, False

    def _weekend(self, g):
        """'this weekend': the Saturday of the publication's week; 'over the weekend' the one
        ahead in a sentence about the future, else the one just past."""
        pub = self.published
        if pub is None or pub.day is None:
            return None, None, "point", False, True
        base = pub.first_day()
        saturday = base + dt.timedelta(days=5 - base.weekday())
        rel = g["rel"].split()[0].lower()
        if rel in ("over", "at"):  # the nearest Saturday on the sentence's side of publication
            if self.future and saturday < base:
                rel = "next"
            elif not self.future and saturday > base:
                rel = "last"
            else:
                rel = "this"
        saturday += dt.timedelta(days={"this": 0, "last": -7, "next": 7}[rel])
        return PartialDate(saturday.year, saturday.month, saturday.day), None, "point", True, False

    def _dotted(self, g):
        try:
            date = PartialDate(int(g["y"]), int(g["m1"]), int(g["d1"]))
        except ValueError:  # 31.02.2025: not a day
            return None, None, "point", False, True
        return date, None, "point", True, False

    def _year(self, g):
        return PartialDate(int(g["y"])), None, "point", True, False
