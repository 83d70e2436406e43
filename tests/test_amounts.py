"""Money and quantities as news writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from milcoop.amounts import find_money, quantity_before


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        ("transfers totalled $112 million from 2016", "$112 million", "112000000", "USD"),
        ("a US$1.2 billion deal for frigates", "US$1.2 billion", "1200000000", "USD"),
        ("worth €300m, officials said", "€300m", "300000000", "EUR"),
        ("a contract of Rs 5 crore was signed", "Rs 5 crore", "50000000", "INR"),
        ("the £2.5bn programme", "£2.5bn", "2500000000", "GBP"),
        ("about TL 4.5 billion in trade", "TL 4.5 billion", "4500000000", "TRY"),
        ("a $1,250,000 training package", "$1,250,000", "1250000", "USD"),
        ("orders worth $3.5bn were placed", "$3.5bn", "3500000000", "USD"),
        ("a EUR 2 billion frigate deal", "EUR 2 billion", "2000000000", "EUR"),
        ("a deal worth PLN 4.5 bn", "PLN 4.5 bn", "4500000000", "PLN"),
        ("the A$1.1 billion buy", "A$1.1 billion", "1100000000", "AUD"),
        ("a ¥200 billion budget line", "¥200 billion", "200000000000", "JPY"),
        ("cleared at ₹13,000 crore", "₹13,000 crore", "130000000000", "INR"),
        ("a £90 million upgrade", "£90 million", "90000000", "GBP"),
        ("worth 300 million euros in all", "300 million euros", "300000000", "EUR"),
        ("for 4.5 billion zlotys", "4.5 billion zlotys", "4500000000", "PLN"),
        ("KRW 1.2 trillion for howitzers", "KRW 1.2 trillion", "1200000000000", "KRW"),
    ],
)
def test_money(text, quote, amount, currency):
    found = find_money(text)
    assert len(found) == 1
    start, end, value, code = found[0]
    assert text[start:end] == quote
    assert value == Decimal(amount)
    assert code == currency


def test_several_amounts_in_order_with_offset():
    text = "from around $600 million (TL 4.5 billion) to $800 million"
    found = find_money(text, offset=100)
    assert [(text[s - 100 : e - 100], c) for s, e, _, c in found] == [
        ("$600 million", "USD"),
        ("TL 4.5 billion", "TRY"),
        ("$800 million", "USD"),
    ]
    assert [v for _, _, v, _ in found] == [
        Decimal(600_000_000),
        Decimal(4_500_000_000),
        Decimal(800_000_000),
    ]


def test_whole_amounts_have_no_decimal_tail():
    """'US$1.2 billion' is 1200000000: a trailing '.0' would change the exported literal."""
    [(_, _, value, _)] = find_money("US$1.2 billion")
    assert str(value) == "1200000000"


@pytest.mark.parametrize(
    "text", ["1500 officers", "in 2019", "1.8% of GDP", "mbps and km", "12 won the vote"]
)
def test_no_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("before", "count"),
    [
        ("for the acquisition of four Turkish-built ", 4),
        ("to purchase 52 Super ", 52),
        ("delivered 1,200 ", 1200),
        ("ordered twelve ", 12),
        ("received 36 ", 36),
        ("bought two dozen ", 24),
        ("ordered a dozen ", 12),
        ("twenty-four ", 24),
        ("a batch of 48 Bayraktar ", 48),
        ("an additional 12 ", 12),
    ],
)
def test_quantity_before(before, count):
    assert quantity_before(before) == count


@pytest.mark.parametrize(
    "before",
    [
        "the ",  # no number at all
        "using Turkish ",
        "worth $112 ",  # money, not a count
        "took part in the exercise with ",
        "four corvettes and then some more ",  # the count is too far from the model
    ],
)
def test_no_quantity_before(before):
    assert quantity_before(before) is None


def test_a_year_is_not_a_quantity():
    """'In 2019 F-16s were delivered': 2019 dates the delivery, it does not count the jets."""
    assert quantity_before("In 2019 ") is None
