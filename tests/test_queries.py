"""Named queries on the hand-made sample (tests/data/sample.trig): content, parameters, headers.

Expected values are either facts written into the sample by hand or recomputed here from the
triples with plain rdflib calls, never copied from a query's own output.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.plugins.sparql import prepareQuery

from milcoop import paths, store
from milcoop import query as query_module
from milcoop.errors import MilcoopError
from milcoop.namespaces import GRAPH, ID, INFERRED_GRAPH, MC, OA, SCHEMA, document_iri
from milcoop.query import get_query, list_queries, run_query, run_sparql
from milcoop.validate import validate

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
DOC_A = document_iri("000_a1b2c3d4e5f60718")
DOC_B = document_iri("001_0f1e2d3c4b5a6978")
TUR, PAK, AZE, UKR = (ID[f"state/{c}"] for c in ("tur", "pak", "aze", "ukr"))
ROLES = (MC.participant, MC.host, MC.supplier, MC.recipient, MC.signatory, MC.visitor)
EVENT_COLUMNS = ("event", "type", "label", "participants", "start", "end", "location", "sources")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return store.load_dump(SAMPLE)


def event(ds: Dataset, label: str) -> URIRef:
    """An event of the sample by its label (the IRIs carry hashes)."""
    found = set(ds.subjects(RDFS.label, Literal(label)))
    assert len(found) == 1, label
    return found.pop()


def rows(ds, name: str, **params) -> list[dict[str, str]]:
    """A query's rows as {variable: lexical value}, unbound variables left out."""
    result = run_query(name, ds, params)
    return [{k: str(v) for k, v in rec.items()} for rec in result.records()]


def participants(ds: Dataset, ev: URIRef) -> set[URIRef]:
    return {o for p in ROLES for o in ds.objects(ev, p)}


def test_sample_conforms_to_the_shapes():
    """The sample follows the data model: the project's shapes (with the full ontology) agree."""
    report = validate(SAMPLE, ontology=paths.ONTOLOGY_FILE)
    assert report.conforms, report.results


def test_there_are_enough_named_queries():
    assert len(list_queries()) >= 14


@pytest.mark.parametrize("named", list_queries(), ids=lambda q: q.name)
def test_every_query_runs_with_its_header_examples(ds, named):
    result = run_query(named, ds, named.example_params())
    assert result.rows, f"{named.name}: the header's examples find nothing in the sample"
    assert all(any(t is not None for t in row) for row in result.rows)


# --- the scorer's contract -------------------------------------------------------------------


def test_events_columns_and_one_row_per_event(ds):
    result = run_query("events", ds)
    assert result.vars == EVENT_COLUMNS
    events = {s for s in ds.subjects(MC.participant, None)}
    assert Counter(result.column("event")) == Counter(events)  # each event exactly once


def test_events_row_content(ds):
    naval = event(ds, "Naval exercise, Pakistan–Turkey, 2022-12-19")
    row = next(r for r in rows(ds, "events") if r["event"] == str(naval))
    # asserted NavalExercise wins over the inferred JointExercise and CooperationEvent
    assert row["type"] == str(MC.NavalExercise)
    assert row["participants"] == "Pakistan|Turkey"
    assert row["sources"] == f"{DOC_A}|{DOC_B}"  # reported by both documents, sorted
    assert (row["start"], row["end"], row["location"]) == ("2022-12-19", "2022-12-25", "Karachi")
    baku = next(r for r in rows(ds, "events") if r.get("location") == "Baku")
    assert baku["participants"] == "Azerbaijan|Pakistan|Turkey" and baku["start"] == "2021"
    assert "end" not in baku


def test_events_every_row_matches_the_triples(ds):
    for row in rows(ds, "events"):
        ev = URIRef(row["event"])
        labels = {str(ds.value(s, RDFS.label)) for s in participants(ds, ev)}
        assert row["participants"].split("|") == sorted(labels)
        derived = set(ds.objects(ev, PROV.wasDerivedFrom))
        docs = sorted(str(d) for d in derived if (d, RDF.type, SCHEMA.NewsArticle) in ds)
        assert row["sources"] == "|".join(docs)
        assert URIRef(row["type"]) in set(ds.objects(ev, RDF.type))


def test_events_known_event_without_documents_has_empty_sources(ds):
    row = next(r for r in rows(ds, "events") if r["type"] == str(MC.DialogueMechanism))
    assert row["sources"] == "" and row["start"] == "2003"  # the reference source is no document
    assert ID["source/reference"] in set(ds.objects(URIRef(row["event"]), PROV.wasDerivedFrom))


def test_events_do_not_depend_on_the_inferred_graph(ds):
    asserted = store.new_dataset()
    for g in ds.graphs():
        if g.identifier != INFERRED_GRAPH:
            for triple in g:
                asserted.graph(g.identifier).add(triple)
    assert run_query("events", asserted).rows == run_query("events", ds).rows


def test_events_count_role_only_participants():
    ds = store.load_dump(SAMPLE)
    ev = ID["event/official-visit/role-only"]
    g = ds.graph(GRAPH["document/000_a1b2c3d4e5f60718"])
    g.add((ev, RDF.type, MC.OfficialVisit))
    g.add((ev, MC.visitor, AZE))  # no mc:participant and no inferred graph entry
    g.add((ev, MC.host, UKR))
    row = next(r for r in rows(ds, "events") if r["event"] == str(ev))
    assert row["participants"] == "Azerbaijan|Ukraine"


def test_entities_columns_and_membership(ds):
    result = run_query("entities", ds)
    assert result.vars == ("entity", "type", "label", "canonical", "sources")
    expected = set()
    for prop in (SCHEMA.mentions, SCHEMA.publisher, SCHEMA.author):
        expected |= set(ds.objects(None, prop))
    assert Counter(result.column("entity")) == Counter(expected)
    assert ID["place/703448"] not in expected  # Kyiv: in the reference data, never mentioned


def test_entities_row_content(ds):
    by_iri = {r["entity"]: r for r in rows(ds, "entities")}
    sat = by_iri[str(ID["org/underwater-attack-sat-teams"])]
    assert sat["type"] == str(MC.MilitaryUnit)  # not the inferred MilitaryOrganization
    assert sat["label"] == "Underwater Attack (SAT) teams" and sat["sources"] == str(DOC_A)
    assert by_iri[str(TUR)]["sources"] == f"{DOC_A}|{DOC_B}"
    assert by_iri[str(UKR)]["sources"] == str(DOC_B)
    assert by_iri[str(ID["person/ayse-demir"])]["sources"] == str(DOC_B)  # author only
    assert by_iri[str(ID["org/daily-sabah"])]["type"] == str(MC.NewsOrganization)
    dialogue = event(ds, "Dialogue mechanism, Pakistan–Turkey, 2003")
    assert by_iri[str(dialogue)]["type"] == str(MC.DialogueMechanism)


def test_entities_label_is_the_longest_quote_naming_it():
    """The label is the name as the documents write it; a state keeps its canonical name."""
    ds = store.load_dump(SAMPLE)
    g = ds.graph(GRAPH["document/000_a1b2c3d4e5f60718"])
    model = ID["equipment/test-model"]
    g.add((model, RDF.type, MC.EquipmentModel))
    g.add((model, RDFS.label, Literal("Test Model Long Name")))
    for n, (entity, quote) in enumerate([(model, "TM-2"), (model, "TM"), (TUR, "Türkiye")]):
        ann, target, selector = (ID[f"annotation/test/{n}{part}"] for part in ("", "t", "s"))
        g.add((DOC_A, SCHEMA.mentions, entity))
        g.add((ann, OA.motivatedBy, OA.identifying))
        g.add((ann, OA.hasBody, entity))
        g.add((ann, OA.hasTarget, target))
        g.add((target, OA.hasSelector, selector))
        g.add((selector, OA.exact, Literal(quote)))
    by_iri = {r["entity"]: r for r in rows(ds, "entities")}
    assert by_iri[str(model)]["label"] == "TM-2"
    assert by_iri[str(model)]["canonical"] == "Test Model Long Name"
    assert by_iri[str(TUR)]["label"] == by_iri[str(TUR)]["canonical"] == "Turkey"


# --- the analysts' queries -------------------------------------------------------------------


def test_exercises_between(ds):
    naval = str(event(ds, "Naval exercise, Pakistan–Turkey, 2022-12-19"))
    baku = str(event(ds, "Joint exercise, Azerbaijan–Pakistan–Turkey, 2021"))
    both = rows(ds, "exercises-between", state_a="Turkey", state_b="Pakistan")
    assert [r["event"] for r in both] == [baku, naval]  # by start date
    assert set(both[0]["participants"].split("|")) == {"Azerbaijan", "Pakistan", "Turkey"}
    in_2022 = rows(ds, "exercises-between", state_a="tur", state_b="PK", year="2022")
    assert [(r["event"], r["name"]) for r in in_2022] == [(naval, "Crescent and Star-2022")]
    assert [r["event"] for r in rows(ds, "exercises-between", state_a=TUR, state_b=AZE)] == [baku]
    assert rows(ds, "exercises-between", state_a="Turkey", state_b="Ukraine") == []


def test_partners_by_year(ds):
    got = {
        (r["year"], r["partner"]): int(r["events"])
        for r in rows(ds, "partners-by-year", state="Turkey")
    }
    expected: Counter = Counter()
    for ev in set(ds.subjects(MC.participant, TUR)):
        year = str(ds.value(ev, MC.startDate))[:4]
        for partner in participants(ds, ev) - {TUR}:
            expected[(year, str(partner))] += 1
    assert got == dict(expected)
    assert got[("2022", str(UKR))] == 2 and ("2022", str(TUR)) not in got


def test_timeline(ds):
    timeline = rows(ds, "timeline", state="Pakistan")
    assert {r["event"] for r in timeline} == {str(e) for e in ds.subjects(MC.participant, PAK)}
    assert [r["start"] for r in timeline] == sorted(r["start"] for r in timeline)
    assert all("Pakistan" not in r["partners"].split("|") for r in timeline)
    window = rows(ds, "timeline", state="Pakistan", since="2020-02-15", until="2021-12-31")
    # "2020-02" is not ruled out by a bound inside February 2020
    assert [r["start"] for r in window] == ["2020-02", "2020-02", "2021"]


def test_agreements(ds):
    mou = str(event(ds, "Memorandum of understanding, Pakistan–Turkey, 2020-02"))
    everything = rows(ds, "agreements")
    assert [(r["event"], r["type"]) for r in everything] == [
        (mou, str(MC.MemorandumOfUnderstanding))
    ]
    assert set(everything[0]["parties"].split("|")) == {"Pakistan", "Turkey"}
    assert everything[0]["sources"] == str(DOC_B)
    assert [r["event"] for r in rows(ds, "agreements", state="Pakistan")] == [mou]
    assert rows(ds, "agreements", state="Ukraine") == []  # and no all-unbound artefact row


def test_arms_transfers(ds):
    everything = rows(ds, "arms-transfers")
    assert {r["event"] for r in everything} == {str(e) for e in ds.subjects(MC.supplier, None)}
    to_ukraine = rows(ds, "arms-transfers", supplier="Turkey", recipient="Ukraine")
    assert [(r["start"], r.get("quantity"), r["value"]) for r in to_ukraine] == [
        ("2022-03", "6", "30000000"),
        ("2022-06", None, "20000000"),
    ]
    assert {r["equipment"] for r in to_ukraine} == {"Bayraktar TB2"}
    (contract,) = rows(ds, "arms-transfers", recipient="Pakistan")
    assert contract["type"] == str(MC.ProcurementContract) and contract["quantity"] == "4"
    assert "value" not in contract


def test_arms_transfer_without_equipment_is_one_row():
    ds = store.load_dump(SAMPLE)
    ev = ID["event/arms-transfer/no-equipment"]
    g = ds.graph(GRAPH["document/000_a1b2c3d4e5f60718"])
    for p, o in ((RDF.type, MC.ArmsTransfer), (MC.supplier, UKR), (MC.recipient, AZE)):
        g.add((ev, p, o))
    found = [r for r in rows(ds, "arms-transfers", supplier="Ukraine") if r["event"] == str(ev)]
    assert len(found) == 1 and "equipment" not in found[0]


def test_transfer_values(ds):
    expected: Counter = Counter()
    transfers: Counter = Counter()
    for ev in set(ds.subjects(MC.value, None)):
        amount = ds.value(ev, MC.value)
        key = (
            str(ds.value(ev, MC.supplier)),
            str(ds.value(ev, MC.recipient)),
            str(ds.value(amount, SCHEMA.currency)),
        )
        expected[key] += ds.value(amount, SCHEMA.value).toPython()
        transfers[key] += 1
    found = rows(ds, "transfer-values")
    got = {(r["supplier"], r["recipient"], r["currency"]): r for r in found}
    assert set(got) == set(expected)
    for key, row in got.items():
        assert (Decimal(row["total"]), int(row["transfers"])) == (expected[key], transfers[key])
    assert got[(str(TUR), str(UKR), "USD")]["transfers"] == "2"  # two deliveries summed
    assert all(r["recipient"] != str(PAK) for r in found)  # the contract states no value


def test_equipment(ds):
    by_model = {r["label"]: r for r in rows(ds, "equipment")}
    assert set(by_model) == {"Bayraktar TB2", "MILGEM corvette"}
    tb2 = by_model["Bayraktar TB2"]
    assert tb2["events"] == "3"  # three transfers, lots not counted as events
    assert set(tb2["recipients"].split("|")) == {"Ukraine", "Azerbaijan"}
    assert (tb2["origin"], tb2["manufacturer"]) == ("Turkey", "Baykar")
    assert by_model["MILGEM corvette"]["events"] == "1"


def test_evidence_quotes_match_the_document_text(ds):
    naval = event(ds, "Naval exercise, Pakistan–Turkey, 2022-12-19")
    found = rows(ds, "evidence", resource=str(naval))
    assert [r["document"] for r in found] == [str(DOC_A), str(DOC_B)]
    for r in found + rows(ds, "evidence", resource="mcid:state/pak"):
        text = str(ds.value(URIRef(r["document"]), SCHEMA.text))
        start, end = int(r["start"]), int(r["end"])
        assert text[start:end] == r["exact"]
        assert text[:start].endswith(r["prefix"]) and text[end:].startswith(r["suffix"])
    assert "Crescent and Star-2022" in found[0]["exact"]


def test_network(ds):
    def expected(event_class=None) -> dict[tuple[str, str], int]:
        counts: Counter = Counter()
        for ev in set(ds.subjects(MC.participant, None)):
            types = set(ds.objects(ev, RDF.type))
            if event_class and not any(
                event_class in ds.transitive_objects(t, RDFS.subClassOf) for t in types
            ):
                continue
            states = sorted(str(s) for s in participants(ds, ev))
            for i, a in enumerate(states):
                for b in states[i + 1 :]:
                    counts[(a, b)] += 1
        return dict(counts)

    edges = rows(ds, "network")
    assert {(r["source"], r["target"]): int(r["weight"]) for r in edges} == expected()
    assert [int(r["weight"]) for r in edges] == sorted(
        (int(r["weight"]) for r in edges), reverse=True
    )
    exercises = rows(ds, "network", event_type="mc:JointExercise")
    got = {(r["source"], r["target"]): int(r["weight"]) for r in exercises}
    assert got == expected(MC.JointExercise) and got[(str(PAK), str(TUR))] == 2


def test_documents(ds):
    found = {r["document"]: r for r in rows(ds, "documents")}
    assert set(found) == {str(DOC_A), str(DOC_B)}
    for doc in (DOC_A, DOC_B):
        events = len(set(ds.subjects(PROV.wasDerivedFrom, doc)))
        entities = len(set(ds.objects(doc, SCHEMA.mentions)))
        assert (int(found[str(doc)]["events"]), int(found[str(doc)]["entities"])) == (
            events,
            entities,
        )
    assert found[str(DOC_B)]["publisher"] == "Anadolu Agency"
    assert found[str(DOC_A)]["date"] == "2022-12-27"


def test_event_types(ds):
    counts = {(r["type"], r.get("year")): int(r["events"]) for r in rows(ds, "event-types")}
    assert counts[(str(MC.ArmsTransfer), "2022")] == 2
    assert counts[(str(MC.NavalExercise), "2022")] == 1
    assert (str(MC.JointExercise), "2022") not in counts  # the naval exercise counts once
    assert sum(counts.values()) == len(set(ds.subjects(MC.participant, None)))


def test_persons(ds):
    found = rows(ds, "persons")
    erdogan = [r for r in found if r["person"] == str(ID["person/recep-tayyip-erdogan"])]
    assert {r["event"] for r in erdogan} == {
        str(e) for e in ds.subjects(MC.involves, ID["person/recep-tayyip-erdogan"])
    }
    assert {r["state"] for r in erdogan} == {"Turkey"}
    (author,) = [r for r in found if r["label"] == "Ayşe Demir"]
    assert "event" not in author
    assert all(r["label"] != "Ahmet Davutoğlu" for r in found)  # reference data only


def test_sources_of(ds):
    naval = event(ds, "Naval exercise, Pakistan–Turkey, 2022-12-19")
    found = rows(ds, "sources-of", resource=naval)
    assert [(r["document"], r["relation"]) for r in found] == [
        (str(DOC_A), str(PROV.wasDerivedFrom)),
        (str(DOC_B), str(PROV.wasDerivedFrom)),
    ]
    (published,) = rows(ds, "sources-of", resource="mcid:org/anadolu-agency")
    assert (published["document"], published["relation"]) == (str(DOC_B), str(SCHEMA.publisher))
    (written,) = rows(ds, "sources-of", resource="mcid:person/ayse-demir")
    assert written["relation"] == str(SCHEMA.author) and written["headline"].startswith("Turkish")


def test_states(ds):
    found = {r["iso3"]: r for r in rows(ds, "states")}
    assert set(found) == {"TUR", "PAK", "AZE", "UKR"}
    for code, state in (("TUR", TUR), ("UKR", UKR)):
        events = {e for p in ROLES for e in ds.subjects(p, state)}
        assert int(found[code]["events"]) == len(events)
        assert int(found[code]["documents"]) == len(set(ds.subjects(SCHEMA.mentions, state)))


def test_search(ds):
    (hit,) = rows(ds, "search", text="crescent")
    assert hit["resource"] == str(event(ds, "Naval exercise, Pakistan–Turkey, 2022-12-19"))
    assert hit["matched"] == "Crescent and Star-2022" and hit["type"] == str(MC.NavalExercise)
    assert {r["resource"] for r in rows(ds, "search", text="TÜRK")} == {str(TUR)}


# --- parameters --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Turkey", "türkiye", "TUR", "tr", "mcid:state/tur", str(TUR)])
def test_state_parameter_forms(ds, value):
    found = rows(ds, "partners-by-year", state=value)
    assert found and all(r["partner"] != str(TUR) for r in found)


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("timeline", {"state": "Pakistan", "since": "2022-13-01"}, "'since'"),
        ("timeline", {"state": "Pakistan", "until": "yesterday"}, "'until'"),
        ("timeline", {"state": "Narnia"}, "unknown state 'Narnia'"),
        ("timeline", {"state": "Pakistn"}, "did you mean Pakistan"),
        ("timeline", {"state": "Pakistan", "country": "x"}, "unknown parameter 'country'"),
        ("timeline", {}, "parameter 'state': missing"),
        ("exercises-between", {"state_a": "TUR", "state_b": "PAK", "year": "20x2"}, "'year'"),
        ("evidence", {"resource": "not an iri"}, "'resource'"),
        ("network", {"event_type": "nope:Thing"}, "'event_type'"),
    ],
)
def test_parameter_errors_name_the_file_and_parameter(ds, name, params, message):
    with pytest.raises(MilcoopError) as info:
        run_query(name, ds, params)
    assert message in str(info.value)
    assert info.value.path is not None and info.value.path.endswith(f"{name}.rq")


def test_unknown_query_suggests_close_names():
    with pytest.raises(MilcoopError, match="did you mean events"):
        get_query("evnets")
    with pytest.raises(MilcoopError, match="unknown query"):
        get_query("../store")


def test_run_sparql_and_default_dump(ds, tmp_path, monkeypatch):
    result = run_sparql("SELECT ?s WHERE { ?s a mc:State } ORDER BY ?s", ds)
    assert result.column("s") == sorted(set(ds.subjects(RDF.type, MC.State)))
    assert run_sparql("ASK { ?s a mc:Person }", ds).ask is True
    with pytest.raises(MilcoopError, match="SPARQL syntax error"):
        run_sparql("SELEC ?s WHERE {}", ds)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MilcoopError, match="milcoop build"):  # default: dist/ in the cwd
        run_query("events")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "milcoop.trig").write_text(SAMPLE.read_text(encoding="utf-8"))
    assert len(run_query("events").rows) == len(run_query("events", ds).rows)


# --- the query files themselves ------------------------------------------------------------------


@pytest.mark.parametrize("named", list_queries(), ids=lambda q: q.name)
def test_query_file_header_matches_its_text(named):
    assert named.summary and named.description
    # the query without header, comments, IRIs and strings
    bare_lines = [re.sub(r'<[^>\s]*>|"[^"]*"', " ", line) for line in named.sparql.splitlines()]
    body = "\n".join(line.split("#", 1)[0] for line in bare_lines)
    used = set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", body))
    declared = {p.name for p in named.params}
    assert declared <= used, "a declared parameter that the query never uses"
    optional = set(re.findall(r"!\s*BOUND\(\s*\?(\w+)\s*\)", body))
    assert optional <= declared, "'unset means no filter' on a variable that is no parameter"
    assigned = set(re.findall(r"\bAS\s+\?(\w+)", body))
    assert not declared & assigned, "a parameter must not be assigned inside the query"
    assert all(p.example is not None for p in named.params)
    assert "ORDER BY" in body
    # every prefix has its PREFIX line, so that the file runs as it is in other stores
    declared_prefixes = set(re.findall(r"^PREFIX\s+([\w-]*):", body, re.MULTILINE))
    used_prefixes = set(re.findall(r"(?<![\w?$])([A-Za-z][\w-]*):", body))
    assert used_prefixes <= declared_prefixes, used_prefixes - declared_prefixes
    prepareQuery(named.sparql)


def test_bad_query_files_are_reported_with_their_name(tmp_path):
    (tmp_path / "ok.rq").write_text("#+ summary: fine\nSELECT * WHERE {} ORDER BY ?x\n")
    assert [q.name for q in list_queries(tmp_path)] == ["ok"]
    cases = {
        "noheader.rq": ("SELECT * WHERE {}\n", "missing '#+' header"),
        "yaml.rq": ("#+ summary: [unclosed\nSELECT * WHERE {}\n", "bad '#+' header"),
        "type.rq": ("#+ summary: s\n#+ params:\n#+   - {name: x, type: colour}\n", "type must"),
        "typo.rq": (
            "#+ summary: s\n#+ params:\n#+   - {name: x, type: iri, defualt: 1}\n",
            "unknown field 'defualt'",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text)
        with pytest.raises(MilcoopError, match=re.escape(message)) as info:
            query_module.load_query(path)
        assert info.value.path == str(path)


def test_query_module_never_formats_sparql():
    tree = ast.parse(Path(query_module.__file__).read_text(encoding="utf-8"))
    # SPARQL text, not prose that names a query form: a variable or a pattern keyword
    sparql_words = re.compile(r"\?[A-Za-z_]|\bWHERE\b|\bPREFIX\b|\bFILTER\s*\(|\bBIND\s*\(")
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            assert not sparql_words.search(literal), ast.unparse(node)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
            assert not sparql_words.search(ast.unparse(node)), ast.unparse(node)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("format", "replace"):
            assert not sparql_words.search(ast.unparse(node.func)), ast.unparse(node)
