"""Extraction rules of the tenth round: days said in an earlier sentence ("then", "at the
same ceremony"), frameworks an act was done under, arrivals and receptions that are not acts
of their own, and clauses that name other states than the act's parties.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import act, acts, iso, news, only

# -- days said before ----------------------------------------------------------------------


def test_then_takes_the_day_of_the_sentence_before(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Mongolia's defence minister, who landed in Ankara on Monday, held talks with his "
        "Turkish counterpart the same day. The two ministers then signed a memorandum of "
        "understanding on military medicine.",
        published="2025-06-05",
    )
    deal = only(ex, "Memorandum")
    assert deal.start.iso() == "2025-06-02"


def test_a_deal_signed_at_the_same_ceremony_takes_that_day(tmp_path, gaz):
    """Its output "due to start in 2028" is not when it was made."""
    ex = news(
        tmp_path,
        gaz,
        "Kenya signed a contract with France's Naval Group for two patrol ships in Nairobi on "
        "Tuesday. Under a separate industrial agreement signed at the same ceremony, Naval "
        "Group and Kenya Shipyards will jointly manufacture hull sections in Mombasa, with "
        "series production due to start in 2028.",
        published="2025-06-05",
    )
    making = only(ex, "JointProduction")
    assert making.participants == iso("fra", "ken")
    assert making.start.iso() == "2025-06-03"


# -- frameworks ----------------------------------------------------------------------------


def test_a_handover_under_an_earlier_agreement_is_two_acts(tmp_path, gaz):
    """The agreement "that Bucharest and Chisinau signed in March" is its own act."""
    ex = news(
        tmp_path,
        gaz,
        "At a ceremony in Chisinau on Tuesday, the Romanian ambassador handed over 10 "
        "armoured vehicles, paid for under a defence cooperation agreement that Bucharest and "
        "Chisinau signed in March.",
        published="2025-10-08",
    )
    assert acts(ex) == {act("ArmsTransfer", "rou", "mda"), act("Agreement", "rou", "mda")}
    assert only(ex, "Arms").start.iso() == "2025-10-07"
    assert only(ex, "Agreement").start.iso() == "2025-03"


def test_a_deal_in_its_own_clause_beside_a_habit_is_kept(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Lisbon and Madrid set up a joint mine-warfare squadron under an agreement signed in "
        "2004, and the two navies have exercised together regularly since then.",
        published="2025-10-17",
    )
    deal = only(ex, "Agreement")
    assert deal.participants == iso("prt", "esp")
    assert deal.start.iso() == "2004"


def test_an_agreement_under_which_a_firm_will_manufacture_is_joint_production(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Rheinmetall and Hungary's state arsenal signed a cooperation agreement on Monday "
        "under which the arsenal will manufacture turret parts for Lynx vehicles.",
        published="2025-10-08",
    )
    assert only(ex).cls.startswith("JointProduction")


def test_a_plan_of_cooperation_is_an_agreement(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "After the talks, a plan of cooperation between the Kazakh and Kyrgyz armies for "
        "2026 was signed in Bishkek on Friday.",
        published="2025-11-16",
    )
    assert only(ex).cls == "Agreement"
    assert only(ex).participants == iso("kaz", "kgz")


def test_annual_trilateral_talks_are_a_dialogue(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The defence ministers of Estonia, Latvia and Lithuania will meet in Vilnius next "
        "month for their annual trilateral talks, a spokeswoman said.",
        published="2025-10-08",
    )
    talks = only(ex)
    assert talks.cls == "DialogueMechanism"
    assert talks.participants == iso("est", "lva", "ltu")
    assert talks.start.iso() == "2025-11"


# -- handovers, arrivals, guests -----------------------------------------------------------


def test_a_counted_handover_needs_no_to(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "At a ceremony in Skopje on Thursday, the Greek defence attaché handed over 8 "
        "armoured ambulances.",
        published="2025-10-10",
    )
    transfer = only(ex)
    assert transfer.participants == iso("grc", "mkd")
    assert transfer.roles["recipient"] == iso("mkd")


def test_a_ship_that_arrives_to_take_part_pays_no_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Turkmen patrol ship Deniz Han arrived at the port of Baku on 3 May to take part.",
        published="2025-05-10",
    )
    assert not [c for c in ex.events if c.cls == "OfficialVisit"]


def test_a_delivered_ship_arriving_later_pays_no_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Bulgarian corvette Drazki was handed over by France at Lorient last month and is "
        "expected to arrive at Varna in January.",
        published="2025-12-10",
    )
    assert not [c for c in ex.events if c.cls == "OfficialVisit"]


def test_the_first_due_to_arrive_are_deliveries(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Estonia has ordered 12 more K9 howitzers from South Korea's Hanwha Aerospace. The "
        "first are due to arrive in Estonia in late 2026.",
        published="2025-10-23",
    )
    assert act("ArmsTransfer", "est", "kor") in acts(ex)
    assert not [c for c in ex.events if c.cls == "OfficialVisit"]


def test_receiving_an_admiral_is_no_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "On Saturday the Tunisian chief of staff received Admiral Rossi, chief of the Italian "
        "Navy, who is on an official visit to Tunisia from 17 to 20 October.",
        published="2025-10-19",
    )
    assert not [c for c in ex.events if c.cls == "ArmsTransfer"]


def test_deliveries_scheduled_for_a_year_are_planned(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Uzbekistan signed a contract with Turkish Aerospace for 12 Hürkuş trainers on Tuesday. "
        "First deliveries are scheduled for the second half of 2027.",
        published="2025-11-27",
    )
    transfer = only(ex, "Arms")
    assert transfer.participants == iso("uzb", "tur")
    assert (transfer.start.iso(), transfer.status) == ("2027", "planned")


def test_training_in_a_named_drill_is_the_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Last October, Lithuanian and Polish soldiers trained with Danish units in the Iron "
        "Wolf 2024 exercise at Pabradė.",
        published="2025-05-13",
    )
    assert acts(ex) == {act("JointExercise", "ltu", "pol", "dnk")}


# -- who is not a party --------------------------------------------------------------------


def test_a_ship_days_after_is_not_a_party(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Warships from Vietnam and India held a joint maritime exercise on Friday, the navy "
        "said, days after a Chinese ship fired a water cannon at a fishing boat.",
        published="2025-09-27",
    )
    assert only(ex).participants == iso("vnm", "ind")


def test_a_regions_states_are_not_the_one_state(tmp_path, gaz):
    """ "West and Central African states" do not name the Central African Republic."""
    ex = news(
        tmp_path,
        gaz,
        "Warships from Ghana, four other West and Central African states and France held a "
        "joint maritime exercise in the Gulf of Guinea on Monday.",
        published="2025-10-29",
    )
    assert only(ex).participants == iso("gha", "fra")


def test_a_clause_after_as_keeps_its_first_word(tmp_path, gaz):
    """ ", as Italian and Spanish marines ...": "Italian" is still read."""
    ex = news(
        tmp_path,
        gaz,
        "Landing craft came ashore at dawn on Thursday, as Italian and Spanish marines carried "
        "out the main landing of this autumn's naval exercise.",
        published="2025-10-17",
    )
    assert only(ex).participants == iso("ita", "esp")


def test_a_visit_stop_at_an_unknown_base_is_the_same_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Brazil's navy commander is paying an official visit to Portugal from 11 to 13 "
        "November. On 13 November he will visit Alfeite Naval Base near Lisbon.",
        published="2025-11-12",
    )
    assert len([c for c in ex.events if c.cls == "OfficialVisit"]) == 1


def test_a_licence_agreement_under_which_a_named_plant_will_assemble_is_joint_production(
    tmp_path, gaz
):
    """The subject between "under which" and "will" may be long."""
    ex = news(
        tmp_path,
        gaz,
        "The contract was signed in Hanoi on Tuesday alongside a licence agreement under which "
        "a plant of Vietnam's General Department of Defence Industry will assemble Russian "
        "anti-ship missiles from kits supplied by Russia.",
        published="2025-10-02",
    )
    assert any(c.cls.startswith("JointProduction") for c in ex.events)


# -- not acts of these parties -------------------------------------------------------------


def test_the_sidelines_of_a_regional_meeting_are_no_dialogue_of_the_two(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India and Japan signed a logistics agreement in Kuala Lumpur on Friday, on the "
        "sidelines of a meeting of Southeast Asian defence ministers and their partners.",
        published="2025-11-03",
    )
    assert acts(ex) == {act("Agreement", "ind", "jpn")}


def test_orders_that_have_been_rare_are_no_order(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "New Russian orders from Vietnam have been rare since 2022, analysts say.",
        published="2025-10-02",
    )
    assert not ex.events


def test_travelling_abroad_for_training_is_training_not_a_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "About 40 Vietnamese engineers will travel to Russia next year for training at a "
        "missile plant near Moscow.",
        published="2025-10-02",
    )
    training = only(ex)
    assert training.cls == "TrainingExchange"
    assert training.participants == iso("vnm", "rus")
