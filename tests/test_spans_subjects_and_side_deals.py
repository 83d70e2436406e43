"""Extraction rules of the eleventh round: a span that contains the day an event was first
dated by, a first edition dated inside a habit, dates of a leading "Before ..." clause, a
weekday after a future clause that looks back, side deals signed alongside a contract and
production agreed "under it", home orders whose buyer stands before the clause, and
deliveries said as arrivals or receptions.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from pathlib import Path

from newsdoc import act, acts, iso, news, only

from milcoop.documents import read_document
from milcoop.extraction import extract

DEV = Path(__file__).parent.parent / "data" / "dev" / "train" / "documents"

# -- dates ---------------------------------------------------------------------------------


def test_a_span_around_the_first_day_said_dates_the_drill(tmp_path, gaz):
    """The delegation watched the last day; the drill ran from the 3rd."""
    ex = news(
        tmp_path,
        gaz,
        "On 7 March, the minister watched the final stage of a joint exercise of Tajik and "
        "Kyrgyz troops near Khujand. The exercise, held from 3 to 7 March, involved 500 "
        "soldiers.",
        published="2025-03-09",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("tjk", "kgz")
    assert (drill.start.iso(), drill.end.iso()) == ("2025-03-03", "2025-03-07")


def test_the_first_edition_inside_a_habit_is_an_act(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Joint exercises of the Tajik and Kyrgyz armies have been held regularly since 2017, "
        "when the first such exercise took place near Osh.",
        published="2025-03-09",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("tjk", "kgz")
    assert drill.start.iso() == "2017"


def test_a_leading_before_clause_does_not_date_the_act(tmp_path, gaz):
    """2027 is when the jets arrive; the training starts next year."""
    ex = news(
        tmp_path,
        gaz,
        "Before the first jets reach Muscat in 2027, a group of Omani instructor pilots will be "
        "trained on the type at the Italian Air Force's flight school at Galatina in southern "
        "Italy, starting next year.",
        published="2025-11-19",
    )
    training = only(ex, "Training")
    assert training.participants == iso("omn", "ita")
    assert training.start.iso() == "2026"


def test_a_weekday_after_a_past_clause_looks_back(tmp_path, gaz):
    """ "will keep flying ... after ... signed on Monday": the Monday just past."""
    ex = news(
        tmp_path,
        gaz,
        "The Hungarian Air Force will keep flying its leased Gripens until 2035 after the "
        "defence ministry signed a contract with Sweden on Monday extending the lease.",
        published="2025-11-26",
    )
    deal = only(ex, "ProcurementContract")
    assert deal.participants == iso("hun", "swe")
    assert deal.start.iso() == "2025-11-24"


# -- side deals ------------------------------------------------------------------------------


def test_an_agreement_signed_alongside_a_contract_is_its_own_act_and_day(tmp_path, gaz):
    """The definite "purchase" refers to the contract already told; the agreement is new, it
    takes the contract's day, and "Under it, ... will manufacture" makes it production."""
    ex = news(
        tmp_path,
        gaz,
        "Oman ordered eight M-346 trainers from Italy's Leonardo on Tuesday.\n\n"
        "Alongside the purchase contract, Leonardo signed an industrial cooperation agreement "
        "with Oman's defence ministry. Under it, an Omani firm will manufacture cockpit "
        "panels for the jets in Muscat.",
        published="2025-11-20",
    )
    assert acts(ex) == {
        act("ProcurementContract", "omn", "ita"),
        act("JointProductionProject", "omn", "ita"),
    }
    making = only(ex, "JointProduction")
    assert making.start.iso() == "2025-11-18"
    assert len(making.evidence) == 2


def test_an_industrial_participation_agreement_stays_an_agreement(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Thailand's defence ministry and Sweden's FMV signed an industrial participation "
        "agreement in Bangkok on Monday.",
        published="2025-10-22",
    )
    assert acts(ex) == {act("Agreement", "tha", "swe")}


def test_building_up_an_industry_with_partners_is_no_production(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Kazakhstan has worked with Turkish partners to build up a domestic defence industry.",
        published="2025-10-22",
    )
    assert not [c for c in ex.events if c.cls == "JointProductionProject"]


# -- buyers and deliveries ---------------------------------------------------------------------


def test_a_home_order_whose_buyer_stands_before_the_clause(gaz):
    """ "The Turkish Air Force, which has ordered its own batch of the trainers from TUSAŞ":
    no partner, so no act (in a story of the development corpus about a Qatari order)."""
    doc = read_document(DEV / "t231_qatar_turkey_hurjet_contract_dubai_airshow_barzan.md")
    ex = extract(doc, gaz)
    quotes = [doc.text[a:b] for c in ex.events for a, b in c.evidence]
    assert any("has ordered 12 Hürjet" in q for q in quotes)
    assert not any("its own batch" in q for q in quotes)


def test_jets_that_arrived_from_a_state_are_a_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Slovak pilots have flown the type since 2008, when the first leased jets arrived from "
        "Sweden.",
        published="2025-11-19",
    )
    move = only(ex, "Arms")
    assert move.participants == iso("svk", "swe")
    assert move.start.iso() == "2008"


def test_an_aircraft_received_by_a_unit_is_the_delivery_told_before(tmp_path, gaz):
    """Not a visit, and not a second transfer with the roles turned round."""
    ex = news(
        tmp_path,
        gaz,
        "Japan handed over a C-2 transport aircraft to the Philippine Air Force on Wednesday.\n\n"
        "The aircraft was received by the Philippine Air Force's 220th Airlift Wing at Clark.",
        published="2025-10-16",
    )
    move = only(ex)
    assert move.cls == "ArmsTransfer"
    assert move.participants == iso("jpn", "phl")
    assert len(move.evidence) == 2


def test_a_company_that_received_an_order_made_a_sale_not_a_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Saab has received an order from the Royal Thai Air Force for four Gripen fighters, "
        "the Swedish company said on Wednesday.",
        published="2025-10-22",
    )
    assert not [c for c in ex.events if c.cls == "ArmsTransfer"]
