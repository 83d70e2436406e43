"""Extraction of what news says around its main act: earlier editions of a drill, a contract
and the delivery under it, forces deploying, who was speaking when, and companies' local arms.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import act, acts, iso, news, only


def test_an_earlier_edition_of_a_series_has_the_series_partners(tmp_path, gaz):
    """The earlier round names one state only; the edition reported above names both."""
    ex = news(
        tmp_path,
        gaz,
        "Indian and Omani troops began Al Najah-VI at Salalah on Monday.\n\n"
        "The previous round, Al Najah-V, was held in India's Rajasthan in March 2023.",
        published="2025-09-17",
    )
    drills = sorted((c for c in ex.events if c.cls == "JointExercise"), key=lambda c: c.start.iso())
    assert [(c.name, c.start.iso()) for c in drills] == [
        ("Al Najah-V", "2023-03"),
        ("Al Najah-VI", "2025-09-15"),
    ]
    assert all(c.participants == iso("ind", "omn") for c in drills)


def test_a_contract_and_the_delivery_under_it_are_two_acts(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Egypt signed a contract with France for 30 more Rafale jets in May 2021, and the "
        "first of them arrived at Gebel el-Basur in March 2024.",
    )
    contract, delivery = only(ex, "ProcurementContract"), only(ex, "ArmsTransfer")
    assert contract.start.iso() == "2021-05" and delivery.start.iso() == "2024-03"
    assert contract.participants == delivery.participants == iso("egy", "fra")


def test_a_deal_to_supply_is_one_act(tmp_path, gaz):
    """Without a clause of its own, the delivery is what the deal is about."""
    ex = news(
        tmp_path,
        gaz,
        "Greece signed a deal in March 2024 to receive 20 F-35 jets from the United States.",
    )
    assert len(ex.events) == 1


def test_a_date_of_speaking_is_not_the_date_of_the_act(tmp_path, gaz):
    """'told reporters at the base on Tuesday' dates the remark; the series name is the drill
    already found."""
    ex = news(
        tmp_path,
        gaz,
        "The navies of Egypt and Greece began the Medusa-14 exercise off Alexandria on Saturday."
        '\n\n"This is what Medusa is for," the exercise director told reporters at the base '
        "on Tuesday.",
        published="2025-09-17",
    )
    drill = only(ex, "JointExercise")
    assert drill.start.iso() == "2025-09-13"


def test_forces_arriving_for_a_drill_are_no_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Japan and India began the Dharma Guardian exercise in Rajasthan on Monday. A Japanese "
        "contingent of about 50 soldiers arrived at Mahajan last week.",
    )
    assert acts(ex) == {act("JointExercise", "jpn", "ind")}


def test_a_delegation_arriving_is_a_visit(tmp_path, gaz):
    ex = news(
        tmp_path, gaz, "A Japanese defence delegation arrived in New Delhi on Monday for talks."
    )
    assert only(ex, "OfficialVisit").participants == iso("jpn", "ind")


def test_a_date_before_an_offset_is_another_acts(tmp_path, gaz):
    """'a day after wrapping up two days of exercises': Tuesday is the port call's day."""
    ex = news(
        tmp_path,
        gaz,
        "The French frigate Provence sailed into Mumbai on Tuesday, a day after wrapping up two "
        "days of exercises with the Indian Navy in the Arabian Sea.",
        published="2025-09-17",
    )
    drill = next(c for c in ex.events if c.cls == "JointExercise")
    assert drill.start is None or drill.start.iso() != "2025-09-16"


def test_partners_after_with_join_the_state_the_story_is_about(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Canadian frigate HMCS Ville de Québec visited Manila on Monday. Before that, "
        "the frigate spent August in Exercise Pacific Vanguard alongside U.S., Japanese "
        "and South Korean forces.",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("can", "usa", "jpn", "kor")


def test_a_companys_local_arm_sells_from_its_own_state(tmp_path, gaz):
    """'Rheinmetall Defence Australia' is Australian: an export, not a home purchase."""
    ex = news(
        tmp_path,
        gaz,
        "Germany ordered 100 vehicles from Rheinmetall Defence Australia under a contract "
        "signed in December 2023.",
    )
    deal = only(ex, "ProcurementContract")
    assert deal.participants == iso("deu", "aus")
    arm = next(e for e in ex.entities.values() if e.label == "Rheinmetall Defence Australia")
    assert arm.kind == "DefenceCompany" and arm.state == iso("aus").pop()


def test_goods_built_for_a_force_are_handed_over_to_it(tmp_path, gaz):
    """'for the German Army' says who receives; 'built in Brisbane' who supplies."""
    ex = news(
        tmp_path,
        gaz,
        "The first vehicles built in Brisbane for the German Army were handed over to Germany "
        "on Monday.",
    )
    assert only(ex, "ArmsTransfer").participants == iso("aus", "deu")


def test_a_planned_hand_over_is_a_transfer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Chile will buy four C-390 airlifters from Embraer. Embraer said the first aircraft "
        "would be handed over in 2027.",
    )
    transfer = only(ex, "ArmsTransfer")
    assert transfer.start.iso() == "2027" and transfer.status == "planned"
    assert transfer.participants == iso("chl", "bra")


def test_a_contract_noun_after_an_order_restates_it(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Serbia ordered 12 Rafales from Dassault Aviation in 2024, in a contract worth €2.7bn, "
        "and the first jets are due to be handed over in 2028.",
    )
    assert len([c for c in ex.events if c.cls == "ProcurementContract"]) == 1


def test_what_followed_from_an_act_does_not_date_it(tmp_path, gaz):
    """', ending a search that began in 2020': the search's year, not the contract's."""
    ex = news(
        tmp_path,
        gaz,
        "Romania has signed a contract with Italy for 12 trainer jets, ending a search that began "
        "when its air force retired its old jets in 2020.",
    )
    assert only(ex, "ProcurementContract").start is None


def test_an_agreement_between_two_capitals_that_allows_purchases_is_an_agreement(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The deal builds on a defence cooperation agreement between Bucharest and Rome signed "
        "in July, which allows Romania to buy through Italian government contracts.",
    )
    deal = only(ex, "Agreement")
    assert deal.participants == iso("rou", "ita") and deal.start.iso() == "2025-07"


def test_deliveries_scheduled_to_a_force_are_a_planned_transfer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Romania ordered 12 jets from Italy on Monday. First deliveries to the Romanian Air Force "
        "are scheduled for 2028.",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2028"


def test_a_new_subject_after_and_starts_a_clause_of_its_own(tmp_path, gaz):
    """The Italian Air Force buying from the same company is a home purchase."""
    ex = news(
        tmp_path,
        gaz,
        "Poland took delivery of its first M-346 trainers from Italy in 2016, and the Italian Air "
        "Force ordered a further batch of trainers from Leonardo in October.",
    )
    assert acts(ex) == {act("ArmsTransfer", "pol", "ita")}


def test_a_relative_clause_says_who_develops(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Austrian deal comes as Leonardo shifts staff to GCAP, the fighter that the United "
        "Kingdom, Italy and Japan are developing together for service in 2035.",
    )
    project = only(ex, "JointProductionProject")
    assert project.participants == iso("gbr", "ita", "jpn") and project.start is None


def test_a_border_named_by_its_adjective_is_no_party(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Belarusian and Chinese special forces began a joint exercise near Brest on Monday, close "
        "to the Polish border.",
    )
    assert only(ex, "JointExercise").participants == iso("blr", "chn")


def test_last_years_edition_by_name_is_an_event(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Belarusian and Chinese special forces began the Eagle Assault 2025 exercise near Urumqi "
        "on Monday.\n\nLast year's edition, Eagle Assault 2024, was held near Brest from July 8 "
        "to 19.",
    )
    dates = sorted(c.start.iso() for c in ex.events if c.cls == "JointExercise")
    assert dates == ["2024-07-08", "2025-09-08"]


def test_a_day_before_after_is_the_main_clauses(tmp_path, gaz):
    """'returned on Thursday after a three-day exercise': Thursday is the return."""
    ex = news(
        tmp_path,
        gaz,
        "Two Russian ships returned to Astrakhan on Thursday after a three-day search-and-rescue "
        "exercise with the Iranian navy.",
        published="2025-07-25",
    )
    drill = only(ex, "JointExercise")
    assert drill.start is None or drill.start.iso() != "2025-07-24"


def test_the_first_units_arriving_are_a_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Iran ordered Mi-28NE attack helicopters from Russia under a contract signed in 2023, and "
        "the first two arrived in Iran in January.",
    )
    assert acts(ex) == {act("ProcurementContract", "irn", "rus"), act("ArmsTransfer", "irn", "rus")}
