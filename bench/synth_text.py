"""What the synthetic articles say: word lists and sentence templates for bench/synth.py.

Every sentence is written here from scratch; the states, places, equipment and names that fill
the templates come from the project's reference data (see `synth.world`). `report` states one
event in one or two sentences; `distractors` name the same states without stating a specific
event (trade, hypothetical or habitual drills, colour), which the extractor has to pass over.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from typing import Any

NAME_A = ("Steel", "Silver", "Northern", "Desert", "Iron", "Blue", "Eastern", "Bright", "Golden",
          "Swift", "Stone", "Coastal", "High", "Red", "Winter", "Summer")  # fmt: skip
NAME_B = ("Falcon", "Shield", "Anchor", "Lance", "Horizon", "Bridge", "Harbour", "Arrow",
          "Sentinel", "Compass", "Thunder", "Beacon", "Ridge", "Current", "Guardian",
          "Trident")  # fmt: skip
EX_KIND = ("naval", "air", "land", "counter-terrorism", "special forces", "amphibious",
           "command-staff", "search-and-rescue")  # fmt: skip
AGREEMENT = (
    "a memorandum of understanding on defence industry cooperation",
    "an agreement on military training",
    "a defence cooperation agreement",
    "a protocol on joint maritime patrols",
    "an accord on military education",
)
TRAINEES = ("pilots", "officers", "cadets", "naval personnel", "special forces soldiers")
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten",
           12: "twelve", 20: "twenty"}  # fmt: skip


def plural(label: str, n: int) -> str:
    return label if n == 1 or label.endswith("s") else label + "s"


def count(rng: random.Random, n: int) -> str:
    return NUMBERS[n] if n in NUMBERS and rng.random() < 0.5 else str(n)


def _md(d: dt.date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}"


def money(rng: random.Random) -> str:
    amount = rng.choice((45, 120, 260, 380, 540, 900))
    if rng.random() < 0.25:
        return f"${rng.choice((1.1, 1.6, 2.4, 3.2))} billion"
    return rng.choice(("$", "€", "£")) + f"{amount} million"


def when(rng: random.Random, d: dt.date, pub: dt.date) -> str:
    """A date phrase for `d` as an article published on `pub` would write it."""
    gap = (pub - d).days
    if 0 < gap < 7 and rng.random() < 0.6:
        return "on " + calendar.day_name[d.weekday()]
    if gap < 100 and rng.random() < 0.5:
        return "on " + _md(d)
    if rng.random() < 0.2:
        return f"in {calendar.month_name[d.month]} {d.year}"
    return f"on {_md(d)}, {d.year}"


def span(d: dt.date, end: dt.date) -> str:
    if end.month == d.month:
        return f"from {_md(d)} to {end.day}, {d.year}"
    return f"from {_md(d)} to {_md(end)}, {end.year}"


def report(rng: random.Random, e: Any, pub: dt.date) -> str:
    """One or two sentences stating event `e`."""
    a, b, at = e.a, e.b, when(rng, e.date, pub)
    if e.kind == "exercise":
        kind, dates = e.extra["kind"], span(e.date, e.end)
        first = rng.choice(
            (
                f'{a.demonym} and {b.demonym} troops held the "{e.name}" joint {kind} exercise in '
                f"{e.place} {dates}.",
                f"Units from {a.name} and {b.name} conducted the {e.name} {kind} drills near "
                f"{e.place} {dates}.",
            )
        )
        follow = rng.choice(
            (
                f" The exercise involved about {rng.choice((300, 800, 1500, 2400))} personnel.",
                f" Officials said the drills focused on interoperability between the {a.demonym} "
                f"and {b.demonym} forces.",
                "",
            )
        )
        return first + follow
    if e.kind == "agreement":
        return rng.choice(
            (
                f"{a.name} and {b.name} signed {e.extra['what']} in {e.place} {at}.",
                f"Defence ministers of {a.name} and {b.name} inked {e.extra['what']} {at}, "
                "according to a joint statement.",
            )
        )
    if e.kind == "transfer":
        n, eq = e.quantity, plural(e.equipment, e.quantity)
        return rng.choice(
            (
                f"{a.name} delivered {count(rng, n)} {eq} to {b.name} {at}.",
                f"{b.name} took delivery of {count(rng, n)} {eq} from {a.name} {at}.",
                f"The {a.demonym} government handed over {count(rng, n)} {eq} to the {b.demonym} "
                f"armed forces {at}.",
            )
        )
    if e.kind == "procurement":
        n, eq, company = e.quantity, plural(e.equipment, e.quantity), e.extra["company"]
        seller = company if company else f"the {a.demonym} government"
        return rng.choice(
            (
                f"{b.name} signed a contract worth {e.money} with {seller} to purchase "
                f"{count(rng, n)} {eq} {at}.",
                f"The {b.demonym} defence ministry ordered {count(rng, n)} {eq} "
                f"from {a.name} {at} in a deal valued at {e.money}.",
            )
        )
    if e.kind == "visit":
        who = e.extra["who"] or f"The {a.demonym} defence minister"
        dest = b.capital or b.name
        return rng.choice(
            (
                f"{who} visited {dest} {at} for talks with {b.demonym} military leaders.",
                f"{who} paid an official visit to {b.name} {at}.",
            )
        )
    where = f"in {e.place}" if e.place else f"in {a.name}"
    return rng.choice(
        (
            f"{count(rng, e.quantity).capitalize()} {b.demonym} {e.extra['who']} received flight "
            f"training {where} {at}.",
            f"{a.demonym} instructors trained {e.quantity} {b.demonym} {e.extra['who']} "
            f"{where} {at}.",
        )
    )


def distractors(rng: random.Random, a: Any, b: Any, pub: dt.date, k: int) -> list[str]:
    """`k` sentences that name the same states but state no specific cooperation event."""
    city = a.capital or a.name
    return rng.sample(
        (
            f"Trade between {a.name} and {b.name} grew to {money(rng)} last year, officials said.",
            "The two countries could hold further drills in the future, an analyst said.",
            f"The {a.demonym} and {b.demonym} navies hold exercises regularly.",
            f"The weather in {city} was mild, and the ceremony drew a small crowd.",
            "The ministry did not comment on the cost of the programme.",
            f"Officials in {city} described the relationship as a strategic partnership.",
            f"{city} has hosted several international defence conferences since {pub.year - 6}.",
            f"Analysts in {b.capital or b.name} expect the partnership to deepen.",
            "A spokesperson declined to give further details.",
            f"{b.demonym} media covered the talks at length.",
        ),
        k,
    )


TITLES = {
    "exercise": "forces exercise together",
    "agreement": "officials sign a deal",
    "transfer": "defence deliveries",
    "procurement": "defence purchase",
    "visit": "officials meet",
    "training": "training cooperation",
}
