"""Money and quantities as news writes them: "$112 million", "US$1.2 billion", "€300m",
"Rs 5 crore", "52 Super Mushshak aircraft", "four MILGEM corvettes"."""

from __future__ import annotations

import re
from decimal import Decimal

_CURRENCY = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "TL": "TRY",
    "TRY": "TRY",
    "₹": "INR",
    "A$": "AUD",
    "AUD": "AUD",
    "PKR": "PKR",
    "RMB": "CNY",
    "yuan": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "won": "KRW",
}
_SCALE = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "crore": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
}
_MONEY = re.compile(
    r"(?P<cur>US\$|A\$|\$|€|£|¥|₹|USD|EUR|GBP|JPY|INR|AUD|PKR|TRY|Rs\.?|TL)\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|trillion|crore|lakh|mn|bn|"
    r"[mbk])?(?![\w])"
)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "dozen": 12,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_QUANTITY = re.compile(
    r"(?<![\w$€£.,])(?P<num>\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def find_money(text: str, offset: int = 0) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, amount, ISO 4217 currency) for each amount of money in `text`."""
    out = []
    for match in _MONEY.finditer(text):
        amount = Decimal(match.group("num").replace(",", ""))
        scale = match.group("scale")
        if scale:
            amount *= _SCALE[scale.lower()]
        currency = _CURRENCY[match.group("cur")]
        out.append((match.start() + offset, match.end() + offset, amount, currency))
    return out


def quantity_before(text: str) -> int | None:
    """The count that ends `text` within two words: '52 ', 'four Turkish-built '."""
    match = _QUANTITY.search(text)
    if not match:
        return None
    token = match.group("num").lower().replace(",", "")
    if re.fullmatch(r"(?:19|20)\d\d", token):
        return None  # "In 2019 F-16 jets ...": a year, not a count
    return int(token) if token.isdigit() else NUMBER_WORDS[token]
