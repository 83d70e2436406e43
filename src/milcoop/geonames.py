"""Offline GeoNames index: link place names the reference data lacks to GeoNames ids.

The extract `data/reference/geonames.tsv` (made by tools/make_geonames_extract.py) holds the
GeoNames cities of 50,000+ people, plus the places of places.ttl that have a GeoNames id so that
the two weigh against each other ("Hyderabad" in India, a reference place, or in Pakistan). It is
read once per process, lazily, into plain dicts: a lookup is a few dict hits.

Disambiguation, given the ISO3 codes of the states a document mentions:
  1. a place of that name in one of those states wins (the most populous; a GeoNames name
     before an alternate name);
  2. otherwise the most populous place of that GeoNames name (alternate names only if no
     GeoNames name matches) is accepted only if it has at least OUT_OF_CONTEXT_POPULATION people
     and its name is not flagged `needs_state` (an ordinary English word such as "Nice" or
     "Reading", or a common personal name such as "Victoria" or "Austin").
Below that size a namesake is too likely ("Split", "Mobile", "Concord", "Independence", the
Victoria of Canada: all 100,000-300,000 people), and a document about a smaller city almost
always names its state.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from . import paths
from .errors import MilcoopError

OUT_OF_CONTEXT_POPULATION = 300_000
COLUMNS = (
    "geonameid",
    "name",
    "alternates",
    "state",
    "latitude",
    "longitude",
    "population",
    "kind",
    "needs_state",
)
KINDS = ("city", "reference")  # reference: a place of places.ttl (its IRI is the same)
ALT_SEPARATOR = ";"

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʻʼʽʾʿ′")
# Letters that Unicode does not decompose into a base letter plus a combining mark.
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ə": "a",  # Azerbaijani schwa: "Cəbrayıl" is Jabrayil, "Gəncə" Ganja
        "Ə": "A",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "\u2010": "-",
        "\u2011": "-",
    }
)


@functools.lru_cache(maxsize=1 << 16)  # the extractor folds every capitalised word it reads
def fold(text: str) -> str:
    """The matching key: diacritics and apostrophes dropped, case kept, spaces collapsed.

    "Rzeszów" and "Rzeszow" share a key, "Sana'a" and "Sanaa" too; "Nice" and "nice" do not.
    """
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).translate(_APOSTROPHES)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class GeoPlace:
    geonames_id: str
    name: str
    state_iso3: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class _Row:
    place: GeoPlace
    needs_state: bool


@dataclass(frozen=True)
class _Index:
    by_name: dict[str, tuple[_Row, ...]]
    by_alternate: dict[str, tuple[_Row, ...]]
    first_words: Mapping[str, int]  # read-only view: callers share the cached index


def _keys(name: str) -> list[str]:
    """Keys of a name; one written lower-case first ("les Escaldes") also capitalised."""
    key = fold(name)
    return [key, key[0].upper() + key[1:]] if key[:1].islower() else [key]


def _parse(path: Path) -> _Index:
    by_name: dict[str, list[_Row]] = {}
    by_alt: dict[str, list[_Row]] = {}
    try:
        handle = path.open(encoding="utf-8", newline="\n")
    except OSError as exc:
        raise MilcoopError(f"cannot read the GeoNames extract: {exc.strerror}", path) from None
    with handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            try:
                gid, name, alts, state, lat, lon, pop, kind, needs = cells
                row = _Row(
                    GeoPlace(gid, name, state, float(lat), float(lon), int(pop)), needs == "1"
                )
                if not gid.isdigit() or kind not in KINDS or needs not in ("0", "1"):
                    raise ValueError
            except ValueError:
                raise MilcoopError(
                    f"malformed row (expected {len(COLUMNS)} tab-separated columns: "
                    f"{', '.join(COLUMNS)})",
                    path,
                    number,
                ) from None
            for key in _keys(name):
                by_name.setdefault(key, []).append(row)
            for alt in alts.split(ALT_SEPARATOR) if alts else ():
                for key in _keys(alt):
                    by_alt.setdefault(key, []).append(row)
    first: dict[str, int] = {}
    for key in (*by_name, *by_alt):
        words = key.split(" ")
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return _Index(
        {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in by_alt.items()},
        MappingProxyType(first),
    )


@functools.cache
def _index() -> _Index:
    return _parse(paths.GEONAMES_FILE)


def _rank(row: _Row) -> tuple[int, int]:
    return row.place.population, -int(row.place.geonames_id)


def lookup(name: str, states: Collection[str] = ()) -> GeoPlace | None:
    """The place `name` (as written in the text) most likely means, or None.

    `states`: ISO 3166 alpha-3 codes of the states the document mentions. See the module
    docstring for the rule. A hit of kind "reference" is a place of places.ttl: its IRI
    `mcid:place/{geonames id}` is the reference place's own.
    """
    key = fold(name)
    index = _index()
    named = index.by_name.get(key, ())
    alternate = index.by_alternate.get(key, ())
    if states:
        for rows in (named, alternate):
            local = [row for row in rows if row.place.state_iso3 in states]
            if local:
                return max(local, key=_rank).place
    rows = named or alternate
    if not rows:
        return None
    best = max(rows, key=_rank)
    if best.needs_state or best.place.population < OUT_OF_CONTEXT_POPULATION:
        return None
    return best.place


def first_words() -> Mapping[str, int]:
    """First word of every indexed name (folded) -> the most words a name starting with it has.

    For finding candidate spans fast: at a capitalised token whose fold is a key, try
    lookup() on the next n, n-1, ..., 1 whitespace-separated words (longest first).
    """
    return _index().first_words
