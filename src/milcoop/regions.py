"""First-level subdivisions of states (ISO 3166-2): provinces, states, prefectures, regions.

Read once per process from `data/reference/regions.tsv` (made by tools/make_regions.py). A
region is linked only when the document names the state it lies in: many region names are
ordinary words or repeat across states ("Central", "Western", "Punjab"), and a document that
speaks of a province almost always names its country.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from . import paths
from .errors import MilcoopError
from .geonames import fold


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2, e.g. "PH-ZMB"
    name: str
    state_iso3: str


@functools.cache
def _index() -> tuple[dict[str, list[Region]], dict[str, int]]:
    by_name: dict[str, list[Region]] = {}
    heads: dict[str, int] = {}
    path = paths.REGIONS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise MilcoopError(f"cannot read the regions table: {exc}", path) from None
    for number, line in enumerate(lines, start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise MilcoopError("want 4 tab-separated columns", path, number)
        region = Region(fields[0], fields[1], fields[2])
        key = fold(region.name)
        by_name.setdefault(key, []).append(region)
        words = key.split()
        heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return by_name, heads


def first_words() -> dict[str, int]:
    """Folded first word of every region name -> the most words a name starting with it has."""
    return _index()[1]


def lookup(name: str, states: Collection[str]) -> Region | None:
    """The region of that name in one of `states` (ISO3), or None."""
    for region in _index()[0].get(fold(name), ()):
        if region.state_iso3 in states:
            return region
    return None
