"""Reviewed corrections: applied by the build, never silently, and refused when they are wrong.

The fixtures in tests/data/curation/ are folders of curation files for the seed corpus: `good/`
has one drop, one add and one patch for seed 004; every other folder breaks one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from milcoop import curation
from milcoop.build import build, extract_corpus
from milcoop.errors import MilcoopError
from milcoop.namespaces import MC, OA
from milcoop.reference import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "documents"
FIXTURES = Path(__file__).parent / "data" / "curation"
STEM = "004_fe1b178da77af275"
ADDED_QUOTE = "the flight-tactical training the countries conducted earlier this year in Azerbaijan"

# rdflib's Dataset warns about its own use of a deprecated attribute on every union lookup
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def uncurated(gaz):
    extractions, _, applied = extract_corpus(SEEDS, None, gaz)
    assert applied == 0
    return {ex.document.stem: ex for ex in extractions}


@pytest.fixture(scope="module")
def curated_build(tmp_path_factory):
    """The one full build of this module: the seed corpus with tests/data/curation/good."""
    out = tmp_path_factory.mktemp("curated") / "dist"
    return build(SEEDS, out, curation_dir=FIXTURES / "good"), out


def _events(ex, cls: str) -> list:
    return [e for e in ex.events if e.cls == cls or e.family == cls]


def test_fixture_targets_exist_before_curation(uncurated):
    """Each entry of good/ refers to something the extractor really produces (or lacks)."""
    ex = uncurated[STEM]
    assert [e.start.iso() for e in _events(ex, "JointExercise")] == ["2022-12-05", "2022"]
    visits = _events(ex, "OfficialVisit")
    assert len(visits) == 1 and visits[0].start is None
    assert _events(ex, "AirExercise") == []
    assert ADDED_QUOTE in ex.document.text


def test_build_applies_every_entry(curated_build, uncurated):
    result, out = curated_build
    assert result.conforms
    assert result.curated == 3
    ds = result.dataset
    dropped = next(
        e.iri for e in _events(uncurated[STEM], "JointExercise") if e.start.iso() == "2022"
    )
    assert (dropped, None, None) not in ds
    # patched: the visit now has a month-precision start
    visit = next(
        e
        for ex in result.extractions
        for e in ex.events
        if e.cls == "OfficialVisit" and ex.document.stem == STEM
    )
    assert [str(d) for d in ds.objects(visit.iri, MC.startDate)] == ["2022-12"]
    # added: an air exercise whose evidence quotes the document
    added = [s for s in ds.subjects(RDF.type, MC.AirExercise)]
    assert len(added) == 1
    quotes = {
        str(ds.value(q, OA.exact))
        for ann in ds.objects(added[0], MC.evidence)
        for q in ds.objects(ds.value(ann, OA.hasTarget), OA.hasSelector)
        if ds.value(q, OA.exact) is not None
    }
    assert quotes == {ADDED_QUOTE}
    assert (out / "milcoop.trig").exists()


def test_other_documents_are_untouched(curated_build, uncurated):
    result, _ = curated_build
    for ex in result.extractions:
        if ex.document.stem != STEM:
            before = uncurated[ex.document.stem]
            assert [(e.iri, e.cls, e.start) for e in ex.events] == [
                (e.iri, e.cls, e.start) for e in before.events
            ]


def test_applied_entries_are_recorded_in_the_graph(curated_build):
    """A reviewer's fix must stay visible: each applied entry's reason is in the release."""
    result, _ = curated_build
    ds = result.dataset
    for entry in curation.load(FIXTURES / "good" / f"{STEM}.yaml"):
        recorded = (None, None, Literal(entry.reason)) in ds
        assert recorded, f"not in the graph: {entry.reason}"


def test_load_reads_actions_and_reasons():
    entries = curation.load(FIXTURES / "good" / f"{STEM}.yaml")
    assert [e.action for e in entries] == ["drop", "add", "patch"]
    assert all(e.reason for e in entries)
    assert [e.index for e in entries] == [1, 2, 3]


@pytest.mark.parametrize(
    ("folder", "words"),
    [
        ("no-reason", ["entry 2", "reason"]),
        ("unknown-field", ["colour"]),
        ("quote-not-found", ["quote", f"{STEM}.md"]),
        ("matches-nothing", ["matches no"]),
        ("unknown-stem", ["not in the corpus"]),
        ("broken-yaml", ["YAML"]),
    ],
)
def test_wrong_entries_fail_naming_the_file(tmp_path, folder, words):
    out = tmp_path / "dist"
    with pytest.raises(MilcoopError) as info:
        build(SEEDS, out, curation_dir=FIXTURES / folder)
    err = info.value
    (path,) = (FIXTURES / folder).glob("*.yaml")
    assert err.path is not None and Path(err.path).name == path.name
    message = str(err)
    assert "\n" not in message
    for word in words:
        assert word in message
    assert not out.exists()


def test_broken_yaml_names_its_line():
    with pytest.raises(MilcoopError) as info:
        curation.load(FIXTURES / "broken-yaml" / f"{STEM}.yaml")
    assert info.value.line == 4


def test_unknown_action_and_state(tmp_path, gaz, uncurated):
    bad_action = tmp_path / "a.yaml"
    bad_action.write_text("- action: rename\n  reason: no such action\n", encoding="utf-8")
    with pytest.raises(MilcoopError, match="action"):
        curation.load(bad_action)
    bad_state = tmp_path / "b.yaml"
    bad_state.write_text(
        "- action: drop\n  match: {type: OfficialVisit, participants: [Atlantis]}\n"
        "  reason: a state that does not exist\n",
        encoding="utf-8",
    )
    with pytest.raises(MilcoopError, match="Atlantis"):
        curation.apply(uncurated[STEM], curation.load(bad_state), gaz)


def test_not_a_list(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("action: drop\nreason: a mapping, not a list\n", encoding="utf-8")
    with pytest.raises(MilcoopError) as info:
        curation.load(path)
    assert Path(info.value.path).name == "c.yaml"
