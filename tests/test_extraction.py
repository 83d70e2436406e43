"""Extraction on the seed documents and on short texts written for these tests.

The reference data is the real one (`load_gazetteer()`), so these tests also hold the
gazetteer and the extractor to the same names.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from milcoop import paths, store
from milcoop.assemble import assemble
from milcoop.documents import read_document, read_documents
from milcoop.extraction import extract, merge_across
from milcoop.namespaces import MC, OA, SCHEMA, document_iri
from milcoop.reference import load_gazetteer
from milcoop.text import clean_view

SEEDS = Path(__file__).resolve().parents[1] / "data" / "documents"
# rdflib's Dataset warns about its own use of a deprecated attribute on every union lookup
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def corpus(gaz):
    """The seed corpus extracted and merged across documents: {stem prefix: Extraction}."""
    extractions = [extract(doc, gaz) for doc in read_documents(SEEDS)]
    merge_across(extractions)
    return {ex.document.stem[:3]: ex for ex in extractions}


@pytest.fixture(scope="module")
def dataset(corpus, gaz):
    """The assembled Dataset (no reasoning, no validation: only what extraction states)."""
    ontology = store.parse_graph(paths.ONTOLOGY_FILE)
    when = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    return assemble(list(corpus.values()), gaz, ontology, when)


def state(gaz, name: str) -> URIRef:
    iri = gaz.by_name(name)
    assert iri is not None and gaz.entities[iri].kind == "State", name
    return iri


def mini(tmp_path: Path, gaz, body: str, published: str = "2023-03-15"):
    """Extract a short document written in the test."""
    path = tmp_path / "900_mini.md"
    path.write_text(f"---\ntitle: test\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    extraction = extract(read_document(path), gaz)
    merge_across([extraction])
    return extraction


# -- offsets -------------------------------------------------------------------------------------


def test_mentions_quote_the_body(corpus):
    for ex in corpus.values():
        assert ex.mentions
        for m in ex.mentions:
            assert ex.document.text[m.start : m.end] == m.text, (ex.document.stem, m)


def test_evidence_spans_are_whole_visible_sentences(corpus):
    for ex in corpus.values():
        view = clean_view(ex.document.text)
        for event in ex.events:
            assert event.evidence
            for start, end in event.evidence:
                quote = ex.document.text[start:end]
                assert quote and quote == quote.strip()
                assert not view[start].isspace() and not view[end - 1].isspace()


def test_annotations_in_the_graph_quote_the_document_text(dataset):
    checked = 0
    for position in dataset.subjects(RDF.type, OA.TextPositionSelector):
        start = int(dataset.value(position, OA.start))
        end = int(dataset.value(position, OA.end))
        target = next(dataset.subjects(OA.hasSelector, position))
        quote = next(q for q in dataset.objects(target, OA.hasSelector) if q != position)
        text = str(dataset.value(dataset.value(target, OA.hasSource), SCHEMA.text))
        assert text[start:end] == str(dataset.value(quote, OA.exact))
        assert text[max(0, start - 40) : start] == str(dataset.value(quote, OA.prefix))
        checked += 1
    assert checked > 100


# -- entities ------------------------------------------------------------------------------------


def test_names_of_turkey_resolve_to_one_state(corpus, gaz):
    turkey = state(gaz, "Turkey")
    forms = {"Türkiye", "Turkiye", "Turkey", "Turkish", "Ankara"}
    seen: dict[str, set] = {}
    for ex in corpus.values():
        for m in ex.mentions:
            if m.text in forms and not m.locative:
                seen.setdefault(m.text, set()).update(m.states)
    assert set(seen) == forms
    assert all(states == {turkey} for states in seen.values()), seen


def test_capitals_standing_for_their_states(corpus, gaz):
    """'Ankara and Islamabad have a well-established relationship' (seed 000): two actors."""
    ex = corpus["000"]
    start = ex.document.text.index("Ankara and Islamabad have")
    by_start = {m.start: m for m in ex.mentions}
    ankara, islamabad = by_start[start], by_start[start + len("Ankara and ")]
    assert (ankara.kind, ankara.states) == ("State", (state(gaz, "Turkey"),))
    assert (islamabad.kind, islamabad.states) == ("State", (state(gaz, "Pakistan"),))


def test_capital_after_a_preposition_is_a_place(corpus, gaz):
    ex = corpus["004"]
    start = ex.document.text.index("Hulusi Akar in Baku") + len("Hulusi Akar in ")
    baku = next(m for m in ex.mentions if m.start == start)
    assert baku.kind == "Place" and baku.locative
    assert gaz.state_of(baku.iri) == state(gaz, "Azerbaijan")


# -- events on the seeds -------------------------------------------------------------------------


def test_captions_give_no_evidence(corpus):
    ex = corpus["004"]
    text = ex.document.text
    caption = "Turkish and Azerbaijani armed forces hold a joint exercise in Azerbaijan"
    spans = [(m.start(), m.start() + len(caption)) for m in re.finditer(re.escape(caption), text)]
    assert len(spans) == 8
    for event in ex.events:
        for start, end in event.evidence:
            assert not any(s < end and start < e for s, e in spans), text[start:end]


def _exercise_on(ex, day: str):
    hits = [
        e for e in ex.events if e.family == "JointExercise" and e.start and e.start.iso() == day
    ]
    assert len(hits) == 1, [(e.cls, e.start) for e in ex.events]
    return hits[0]


def test_december_2022_drill_is_one_event_with_two_sources(corpus, dataset, gaz):
    in_002 = _exercise_on(corpus["002"], "2022-12-05")
    in_004 = _exercise_on(corpus["004"], "2022-12-05")
    assert in_002.iri is not None and in_002.iri == in_004.iri
    assert (
        in_002.participants
        == in_004.participants
        == {
            state(gaz, "Azerbaijan"),
            state(gaz, "Turkey"),
        }
    )
    sources = set(dataset.objects(in_002.iri, PROV.wasDerivedFrom))
    assert sources == {document_iri(corpus[k].document.stem) for k in ("002", "004")}
    # the union describes it once: one class, one start date, evidence from both documents
    assert len(set(dataset.objects(in_002.iri, RDF.type))) == 1
    assert [str(d) for d in dataset.objects(in_002.iri, MC.startDate)] == ["2022-12-05"]
    sources_of_evidence = {
        dataset.value(dataset.value(ann, OA.hasTarget), OA.hasSource)
        for ann in dataset.objects(in_002.iri, MC.evidence)
    }
    assert sources_of_evidence == sources


def test_other_exercises_keep_their_own_iris(corpus):
    drill = _exercise_on(corpus["002"], "2022-12-05").iri
    others = [
        e.iri
        for ex in corpus.values()
        for e in ex.events
        if e.family == "JointExercise" and e.iri != drill
    ]
    assert len(others) == len(set(others)) >= 5


def test_crescent_and_star_2022(corpus, gaz):
    ex = corpus["000"]
    event = _exercise_on(ex, "2022-12-19")
    assert event.end.iso() == "2022-12-25"
    assert event.name == "Crescent and Star-2022"
    assert event.participants == {state(gaz, "Pakistan"), state(gaz, "Turkey")}
    assert gaz.label(event.place) == "Karachi"


def _covering(ex, fragment: str) -> list:
    text = ex.document.text
    at = text.index(fragment)
    return [e for e in ex.events if any(s <= at < t for s, t in e.evidence)]


def test_hypothetical_sentence_gives_no_event(corpus):
    assert _covering(corpus["001"], "Turkey can also benefit from the prospect of") == []


def test_habitual_sentence_gives_no_event(corpus):
    assert _covering(corpus["002"], "periodically hold joint drills") == []


# -- events on short texts -----------------------------------------------------------------------


def test_sale_gives_an_arms_transfer(tmp_path, gaz):
    ex = mini(tmp_path, gaz, "India sold BrahMos missiles to the Philippines in 2022.")
    assert len(ex.events) == 1
    event = ex.events[0]
    assert event.cls == "ArmsTransfer"
    assert event.roles.get("supplier") == {state(gaz, "India")}
    assert event.roles.get("recipient") == {state(gaz, "Philippines")}
    assert event.participants == {state(gaz, "India"), state(gaz, "Philippines")}
    assert event.start.iso() == "2022"
    assert [gaz.label(model) for model, _ in event.lots] == ["BrahMos"]


def test_taking_delivery_gives_the_same_roles(tmp_path, gaz):
    ex = mini(
        tmp_path,
        gaz,
        "The Philippines took delivery of the first BrahMos batteries from India in April 2022.",
    )
    assert [e.cls for e in ex.events] == ["ArmsTransfer"]
    event = ex.events[0]
    assert event.roles.get("supplier") == {state(gaz, "India")}
    assert event.roles.get("recipient") == {state(gaz, "Philippines")}
    assert event.start.iso() == "2022-04"


def test_passive_delivery_names_the_supplier(tmp_path, gaz):
    ex = mini(tmp_path, gaz, "Forty F-16 jets were delivered to Pakistan by the United States.")
    assert [e.cls for e in ex.events] == ["ArmsTransfer"]
    event = ex.events[0]
    assert event.roles.get("recipient") == {state(gaz, "Pakistan")}
    assert event.roles.get("supplier") == {state(gaz, "United States")}
    assert event.lots == [(gaz.by_name("F-16"), 40)]


def test_a_year_before_the_model_is_not_its_quantity(tmp_path, gaz):
    ex = mini(tmp_path, gaz, "In 2019 F-16 jets were delivered to Pakistan by the United States.")
    assert [qty for e in ex.events for _, qty in e.lots] == [None]


def test_hypothetical_made_up(tmp_path, gaz):
    body = (
        "Pakistan could one day buy frigates from Turkey if the budget allows it. "
        "Turkey can also benefit from the prospect of jointly manufacturing fighter jets "
        "with Pakistan."
    )
    assert mini(tmp_path, gaz, body).events == []


def test_habitual_made_up(tmp_path, gaz):
    body = "The navies of Pakistan and Turkey routinely hold joint drills in the Arabian Sea."
    assert mini(tmp_path, gaz, body).events == []


@pytest.mark.parametrize(
    "body",
    [
        "Russia launched a war against Ukraine in February 2022, and fighting went on for years.",
        "India and China clashed in the Galwan valley in June 2020.",
        "Pakistan's defence policy of 2021 names India as its main threat.",
        "Turkey and Greece disputed their maritime borders in 2020.",
    ],
)
def test_war_and_policy_are_not_cooperation(tmp_path, gaz, body):
    ex = mini(tmp_path, gaz, body)
    assert ex.events == [], [(e.cls, e.participants) for e in ex.events]
    assert len({s for m in ex.mentions for s in m.states}) >= 2  # the states were found


def test_signed_agreement_with_a_date(tmp_path, gaz):
    body = "On March 3, Azerbaijan and Pakistan signed a defence cooperation agreement in Baku."
    ex = mini(tmp_path, gaz, body)
    assert [e.family for e in ex.events] == ["Agreement"]
    event = ex.events[0]
    assert event.participants == {state(gaz, "Azerbaijan"), state(gaz, "Pakistan")}
    assert event.roles.get("signatory") == event.participants
    assert event.start.iso() == "2023-03-03"
    assert gaz.label(event.place) == "Baku"


def test_a_definite_mention_adds_to_the_event_it_refers_to(tmp_path, gaz):
    body = (
        "Pakistan and Turkey held a joint naval exercise off Karachi on March 6. "
        "The exercise ended on March 10."
    )
    ex = mini(tmp_path, gaz, body)
    assert [(e.start.iso(), e.end and e.end.iso()) for e in ex.events] == [
        ("2023-03-06", "2023-03-10")
    ]
    assert len(ex.events[0].evidence) == 2


def test_extraction_is_deterministic(gaz):
    doc = read_document(SEEDS / "000_4d461cc16153db6a.md")
    first, second = extract(doc, gaz), extract(doc, gaz)
    merge_across([first])
    merge_across([second])
    assert [(e.iri, e.evidence) for e in first.events] == [
        (e.iri, e.evidence) for e in second.events
    ]
    assert first.mentions == second.mentions


def test_document_records_in_the_graph(dataset, corpus):
    doc = corpus["000"].document
    iri = document_iri(doc.stem)
    assert dataset.value(iri, SCHEMA.text) == Literal(doc.text)
    assert str(dataset.value(iri, SCHEMA.datePublished)) == "2022-12-27"


def test_a_currency_sign_is_not_a_state(tmp_path, gaz):
    """'US$260 million' is money; the United States takes part only where it is named."""
    ex = mini(tmp_path, gaz, "Poland signed a US$260 million contract with Norway to buy frigates.")
    assert len(ex.events) == 1
    event = ex.events[0]
    assert event.participants == {state(gaz, "Poland"), state(gaz, "Norway")}
    assert event.value[1] == "USD"


def test_a_visit_paid_names_its_visitor(tmp_path, gaz):
    ex = mini(tmp_path, gaz, "The Indian defence minister paid an official visit to France.")
    assert len(ex.events) == 1
    assert ex.events[0].roles == {"visitor": {state(gaz, "India")}, "host": {state(gaz, "France")}}
