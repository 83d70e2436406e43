"""Date expressions as news writes them, resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import namespace

from milcoop.datefinding import DateResolver
from milcoop.dates import DateMention, PartialDate, parse_iso

PUB = PartialDate(2022, 12, 27)  # a Tuesday, like the publication date of seed 000


def only(text: str, published: PartialDate | None = PUB) -> DateMention:
    """The single date mention of `text`; its offsets must quote it."""
    found = DateResolver(published).find(text)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start : mention.end] == mention.text
    return mention


def iso(date: PartialDate | None) -> str | None:
    return date.iso() if date is not None else None


@pytest.mark.parametrize(
    ("text", "begin", "finish", "kind"),
    [
        ("The exercise, held on Dec. 19-25, aimed", "2022-12-19", "2022-12-25", "range"),
        ("from 19 to 25 December the navies", "2022-12-19", "2022-12-25", "range"),
        ("On December 5, the drills kicked off", "2022-12-05", None, "point"),
        ("In July 2018, Pakistan's navy signed", "2018-07", None, "point"),
        ("officers trained in Turkey since 2010.", "2010", None, "since"),
        ("transfers totalled $112 million from 2016-2019.", "2016", "2019", "range"),
        ("between 2016 and 2019", "2016", "2019", "range"),
        ("the training conducted earlier this year", "2022", None, "point"),
        ("Last year, the two countries held", "2021", None, "point"),
        ("the most recent one took place in February this year.", "2022-02", None, "point"),
        ("The drills will last until September 17.", None, "2022-09-17", "until"),
        ("would be completed by the end of 2022.", None, "2022", "by"),  # a deadline
        ("the war which erupted on Sept. 27, 2020, ended", "2020-09-27", None, "point"),
        ("three years ago", "2019", None, "point"),
        ("in late 2020", "2020", None, "point"),
    ],
)
def test_forms(text, begin, finish, kind):
    mention = only(text)
    assert (iso(mention.begin), iso(mention.finish), mention.kind) == (begin, finish, kind)
    assert mention.resolved


def test_range_across_new_year():
    mention = only("from Dec. 30–Jan. 3 the navies sailed", PartialDate(2023, 1, 10))
    assert (iso(mention.begin), iso(mention.finish)) == ("2022-12-30", "2023-01-03")


def test_range_across_new_year_with_explicit_year():
    mention = only("Dec. 30 - Jan. 3, 2021")
    assert (iso(mention.begin), iso(mention.finish)) == ("2020-12-30", "2021-01-03")


def test_day_month_without_year_takes_the_publication_year():
    mention = only("On December 5, the drills kicked off")
    assert mention.year_inferred


def test_a_day_months_after_publication_belongs_to_the_previous_year():
    """Seed 002 (5 December 2022) recalls 'On June 15' of the same year; an article of early
    January recalling 'December 28' means the December just past."""
    assert iso(only("On June 15, they signed", PartialDate(2022, 12, 5)).begin) == "2022-06-15"
    assert iso(only("On December 28, they met", PartialDate(2022, 1, 10)).begin) == "2021-12-28"


def test_bare_month_is_the_most_recent_such_month():
    """'in April' in an article of March 2023 is April 2022; 'in February' is February 2023."""
    assert iso(only("took delivery in April", PartialDate(2023, 3, 15)).begin) == "2022-04"
    assert iso(only("signed in February", PartialDate(2023, 3, 15)).begin) == "2023-02"


def test_future_text_looks_ahead():
    """'will hold it Dec. 30-Jan. 3', written in September 2025, means the coming winter;
    'will visit on Sunday', written on a Thursday, the coming Sunday; 'in March', next March."""
    pub = PartialDate(2025, 9, 11)  # a Thursday

    def ahead(text: str) -> DateMention:
        [mention] = DateResolver(pub).find(text, future_from=0)
        return mention

    span = ahead("from Dec. 30–Jan. 3")
    assert (iso(span.begin), iso(span.finish)) == ("2025-12-30", "2026-01-03")
    assert iso(ahead("on January 12").begin) == "2026-01-12"
    assert iso(ahead("on Sunday").begin) == "2025-09-14"
    assert iso(ahead("last Sunday").begin) == "2025-09-07"
    assert iso(ahead("in March").begin) == "2026-03"
    assert iso(ahead("scheduled for October").begin) == "2025-10"
    # the same text read as past: the most recent such dates
    assert iso(only("on Sunday", pub).begin) == "2025-09-07"
    assert iso(only("from Dec. 30–Jan. 3", pub).begin) == "2024-12-30"


def test_weekday_is_the_most_recent_one():
    # seed 004 was published on Tuesday 6 December 2022: "on Monday" is the 5th
    assert dt.date(2022, 12, 6).weekday() == calendar.TUESDAY
    mention = only("a joint exercise in Azerbaijan on Monday", PartialDate(2022, 12, 6))
    assert iso(mention.begin) == "2022-12-05"
    assert mention.kind == "point"


@pytest.mark.parametrize("verb", ["said", "reported", "announced"])
def test_reporting_date_is_not_an_event_date(verb):
    mention = only(f"the Defense Ministry {verb} Tuesday.", PartialDate(2022, 12, 6))
    assert mention.kind == "reported"
    assert iso(mention.begin) == "2022-12-06"


def test_reporting_date_with_on_and_day_month():
    mention = only("the Defence Ministry reported on September 10.", PartialDate(2021, 9, 10))
    assert mention.kind == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "On December 5, the drills kicked off",
        "held on Dec. 19-25",
        "earlier this year",
        "last year",
        "February this year",
        "on Monday",
        "until September 17",
        "yesterday",
    ],
)
def test_relative_forms_stay_unresolved_without_a_publication_date(text):
    mention = only(text, None)
    assert not mention.resolved
    assert mention.begin is None and mention.finish is None


@pytest.mark.parametrize("text", ["in 2019", "In July 2018", "on 5 December 2022", "since 2010"])
def test_absolute_forms_resolve_without_a_publication_date(text):
    mention = only(text, None)
    assert mention.resolved
    assert mention.begin is not None


@pytest.mark.parametrize(
    "text", ["On February 30, 2021, nothing", "on 31 April 2020", "February 29, 2023 never came"]
)
def test_impossible_dates_yield_nothing(text):
    assert DateResolver(PUB).find(text) == []


def test_february_29_of_a_leap_year_is_fine():
    assert iso(only("February 29, 2024").begin) == "2024-02-29"


def test_offsets_are_shifted_by_the_sentence_offset():
    mention = DateResolver(PUB).find("held on Dec. 19-25", offset=1000)[0]
    assert (mention.start, mention.end) == (1008, 1018)


@pytest.mark.parametrize("text", ["a 2023% rise", "the 2019-th visitor", "1500 officers"])
def test_numbers_that_are_not_years(text):
    assert DateResolver(PUB).find(text) == []


# -- PartialDate ---------------------------------------------------------------------------------


def test_conflicts_compare_at_the_coarser_precision():
    day, month, year = PartialDate(2022, 12, 5), PartialDate(2022, 12), PartialDate(2022)
    assert not day.conflicts(month) and not month.conflicts(day)
    assert not day.conflicts(year) and not year.conflicts(day)
    assert day.conflicts(PartialDate(2022, 12, 6))
    assert month.conflicts(PartialDate(2022, 11, 30))
    assert year.conflicts(PartialDate(2021, 12, 5))
    assert not day.conflicts(None)


@pytest.mark.parametrize(
    ("date", "lexical", "datatype"),
    [
        (PartialDate(2022, 12, 5), "2022-12-05", "date"),
        (PartialDate(2018, 7), "2018-07", "gYearMonth"),
        (PartialDate(1954), "1954", "gYear"),
    ],
)
def test_literal_datatype_is_the_precision(date, lexical, datatype):
    literal = date.literal()
    assert (str(literal), literal.datatype) == (lexical, namespace.XSD[datatype])


def test_impossible_partial_dates_are_refused():
    with pytest.raises(ValueError):
        PartialDate(2022, 2, 30)
    with pytest.raises(ValueError):
        PartialDate(2022, 13)
    with pytest.raises(ValueError):
        PartialDate(2022, None, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2022-12-19", "2022-12-19"), ("2021-02", "2021-02"), ("2021", "2021"), (" 1992 ", "1992")],
)
def test_parse_iso(value, expected):
    assert parse_iso(value).iso() == expected


@pytest.mark.parametrize("value", ["2022-13-45", "2022-02-30", "Dec 2022", "22-12-05", ""])
def test_parse_iso_refuses(value):
    assert parse_iso(value) is None


# -- property: a fully written date resolves to itself -------------------------------------------


@given(
    day=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
    published=st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    abbreviated=st.booleans(),
)
def test_month_day_year_resolves_to_that_date(day, published, abbreviated):
    month = calendar.month_abbr[day.month] + "." if abbreviated else calendar.month_name[day.month]
    text = f"The agreement was signed on {month} {day.day}, {day.year} in the capital."
    pub = PartialDate(published.year, published.month, published.day) if published else None
    found = DateResolver(pub).find(text)
    assert len(found) == 1
    mention = found[0]
    assert mention.resolved and not mention.year_inferred
    assert mention.begin == PartialDate(day.year, day.month, day.day)
    assert mention.finish is None


def test_a_plan_said_in_the_past_takes_the_nearest_year():
    """'The drill scheduled for Dec. 30–Jan. 3 was called off', written in February, was
    last winter's; 'the visit planned for January was cancelled', written in October, the
    coming January's."""

    def nearest(text: str, pub: PartialDate) -> DateMention:
        [mention] = DateResolver(pub).find(text, future_from=0, nearest=True)
        return mention

    span = nearest("scheduled for Dec. 30–Jan. 3", PartialDate(2025, 2, 6))
    assert (iso(span.begin), iso(span.finish)) == ("2024-12-30", "2025-01-03")
    assert iso(nearest("planned for January", PartialDate(2025, 10, 20)).begin) == "2026-01"
    assert iso(nearest("planned for June 3", PartialDate(2025, 7, 1)).begin) == "2025-06-03"


def test_dotted_day_month_year():
    """'signed on 07.03.2025' in an official reply is 7 March; '31.02.2025' is no day."""
    found = DateResolver(PartialDate(2025, 12, 1)).find("signed on 07.03.2025, not 31.02.2025")
    assert [(m.text, m.begin and iso(m.begin)) for m in found] == [
        ("07.03.2025", "2025-03-07"),
        ("31.02.2025", None),
    ]


def test_a_weekday_before_its_date_names_that_date():
    found = DateResolver(PartialDate(2025, 7, 25)).find("handed over on Tuesday, 3 June 2025")
    assert [iso(m.begin) for m in found] == ["2025-06-03"]


def test_two_weekdays_make_a_range_in_the_week_before_publication():
    mention = only("was held off Bandar Anzali from Monday to Wednesday")
    assert (iso(mention.begin), iso(mention.finish), mention.kind) == (
        "2022-12-26",
        "2022-12-28",
        "range",
    )


def test_a_yearless_month_takes_the_year_of_the_month_that_ends_the_span():
    found = DateResolver(PUB).find("ran from late November to early December 2021")
    assert [iso(m.begin) for m in found] == ["2021-11", "2021-12"]
    assert not found[0].year_inferred


def test_day_month_then_last_year():
    mention = only("first held from 27 to 29 June last year")
    assert (iso(mention.begin), iso(mention.finish)) == ("2021-06-27", "2021-06-29")
    assert mention.text.endswith("last year")


def test_seasons_and_weekends():
    assert iso(only("the first round is to convene in the autumn").begin) == "2022"
    # Tuesday 27 December: "this weekend" is the Saturday of that week
    assert iso(only("arrive this weekend").begin) == "2022-12-31"
