"""Money and quantities as news writes them: "$112 million", "US$1.2 billion", "€300m",
"Rs 5 crore", "EUR 2 billion", "4.5 billion zlotys", "52 Super Mushshak aircraft",
"two dozen drones"."""

from __future__ import annotations

import re
from decimal import Decimal

# Symbols and codes written before the number, longest first in the pattern.
_PREFIX = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
    "Rs.": "INR",
    "Rs": "INR",
    "TL": "TRY",
    "zł": "PLN",
}
# ISO 4217 codes news uses before or after a number ("EUR 2 billion", "4.5 bn PLN").
_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "INR",
    "AUD",
    "CAD",
    "NZD",
    "SGD",
    "CNY",
    "RMB",
    "KRW",
    "TRY",
    "RUB",
    "PLN",
    "PKR",
    "SAR",
    "AED",
    "QAR",
    "ILS",
    "EGP",
    "BRL",
    "SEK",
    "NOK",
    "DKK",
    "CHF",
    "ZAR",
    "IDR",
    "MYR",
    "PHP",
    "THB",
    "VND",
    "BDT",
    "KZT",
    "UAH",
    "RON",
    "CZK",
    "HUF",
]
_CODE_ALIAS = {"RMB": "CNY"}
# Currency words written after the number ("300 million euros").
_SUFFIX_WORDS = {
    "dollars": "USD",
    "US dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "Indian rupees": "INR",
    "Pakistani rupees": "PKR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "won": "KRW",
    "zlotys": "PLN",
    "zloty": "PLN",
    "lira": "TRY",
    "liras": "TRY",
    "Turkish lira": "TRY",
    "riyals": "SAR",
    "dirhams": "AED",
    "shekels": "ILS",
    "pesos": "PHP",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "taka": "BDT",
    "hryvnias": "UAH",
    "kronor": "SEK",
    "kroner": "NOK",
}
_SCALE = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RX = rf"(?:\s*-?\s*(?P<scale>{_alternation(_SCALE)}))?"
_MONEY = re.compile(
    # "US$1.2 billion", "EUR 2 billion", "Rs 5 crore"
    rf"(?<![\w$])(?P<cur>{_alternation(_PREFIX)}|(?:{'|'.join(_CODES)})(?=\s?\d))\s?"
    rf"{_NUM}{_SCALE_RX}(?![\w])"
    # "300 million euros", "4.5 bn PLN"
    rf"|(?<![\w$.,]){_NUM.replace('num', 'num2')}"
    rf"{_SCALE_RX.replace('scale', 'scale2')}\s+"
    rf"(?P<cur2>{_alternation(_SUFFIX_WORDS)}|{'|'.join(_CODES)})(?![\w])"
)
NUMBER_WORDS = {
    "a": 1,
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
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_COUNT_WORD = "|".join(w for w in NUMBER_WORDS if w != "a")
# "52", "1,200", "four", "twenty-four", "two dozen", "a dozen", "a batch of 48", "an additional 12"
_QUANTITY = re.compile(
    rf"(?<![\w$€£¥₹.,])(?P<qty>(?P<num>\d[\d,]*|(?:{_COUNT_WORD})(?:-(?:{_COUNT_WORD}))?)"
    rf"(?:\s+(?P<dozen>dozen|hundred))?|(?P<adozen>a\s+dozen))"
    r"\s+(?:more\s+|additional\s+|new\s+|used\s+|second-hand\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _currency(token: str) -> str:
    token = token.strip()
    code = _PREFIX.get(token) or _SUFFIX_WORDS.get(token) or _CODE_ALIAS.get(token, token)
    return code


def find_money(text: str, offset: int = 0) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, amount, ISO 4217 currency) for each amount of money in `text`."""
    out = []
    for match in _MONEY.finditer(text):
        num = match.group("num") or match.group("num2")
        scale = match.group("scale") or match.group("scale2")
        if match.group("cur2") and not scale and "," not in num and len(num) < 4:
            continue  # "12 won", "3 pesos": too small to be a deal's value; likely not money
        amount = Decimal(num.replace(",", ""))
        if scale:
            amount *= _SCALE[scale.lower()]
        if amount == amount.to_integral_value():
            amount = amount.to_integral_value()  # "1.2 billion" is 1200000000, not 1200000000.0
        currency = _currency(match.group("cur") or match.group("cur2"))
        out.append((match.start() + offset, match.end() + offset, amount, currency))
    return out


def count_value(token: str) -> int:
    """'52' -> 52, 'four' -> 4, 'twenty-four' -> 24, 'two dozen' -> 24, 'a dozen' -> 12."""
    words = re.split(r"[\s-]+", token.lower().replace(",", ""))
    total = 0
    for word in words:
        value = int(word) if word.isdigit() else NUMBER_WORDS[word]
        if word in ("dozen", "hundred") and total:
            total *= value
        else:
            total += value
    return total


def quantity_before(text: str) -> int | None:
    """The count that ends `text` within two words: '52 ', 'four Turkish-built ',
    'two dozen ', 'an additional 12 '."""
    match = _QUANTITY.search(text)
    if not match:
        return None
    token = match.group("qty")
    if re.fullmatch(r"(?:19|20)\d\d", token):
        return None  # "In 2019 F-16 jets ...": a year, not a count
    return count_value(token)
