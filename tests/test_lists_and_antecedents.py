"""Extraction where the parties or the date sit outside the trigger's own words: a list of
recipients, the state before ", which", a schedule of deliveries after a contract, a dateline
that speaks for a state, a sentence that names the same act twice.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import act, acts, iso, news, only


def test_every_state_of_a_recipient_list_receives(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Germany will supply IRIS-T SLM batteries to Estonia, Latvia and Lithuania under a "
        "deal signed in Berlin on Friday.",
    )
    assert only(ex).participants == iso("deu", "est", "lva", "ltu")


def test_a_contract_won_to_supply_is_one_contract(tmp_path, gaz):
    """The contract noun and its infinitive are one act; the supplier is the winner's state."""
    ex = news(
        tmp_path,
        gaz,
        "Saab has won a contract worth SEK 4 billion (about €350 million) to supply Carl-Gustaf "
        "launchers to Latvia and Estonia, the company said on Thursday.",
    )
    contract = only(ex)
    assert contract.family == "ProcurementContract"
    assert contract.participants == iso("swe", "lva", "est")


def test_a_delivery_schedule_after_a_contract_is_its_own_transfer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Romania signed a contract with Rheinmetall for 298 Lynx KF41 vehicles on Tuesday. "
        "Deliveries are scheduled to run from 2027 to 2033.",
        published="2025-09-18",
    )
    assert {c.family for c in ex.events} == {"ProcurementContract", "ArmsTransfer"}
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.start.iso(), delivery.end.iso()) == ("2027", "2033")
    assert delivery.participants == iso("deu", "rou")


def test_the_state_before_which_is_the_buyer_of_a_dated_purchase(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Sweden and Finland signed a deal for CV90 vehicles in Stockholm on Monday.\n\n"
        "Latvia, which bought 12 second-hand armoured vehicles from the United Kingdom in 2016, "
        "is weighing more.",
        published="2025-12-10",
    )
    purchase = next(c for c in ex.events if c.start and c.start.year == 2016)
    assert purchase.participants == iso("lva", "gbr") and purchase.start.iso() == "2016"


def test_a_ship_named_as_the_platform_is_not_the_cargo_or_the_supplier(tmp_path, gaz):
    """'to operate from INS Vikrant' neither supplies the jets nor is what is delivered, so
    the later 'arrive' sentence is the same delivery."""
    ex = news(
        tmp_path,
        gaz,
        "India signed a contract with France for 26 Rafale M fighters on April 28. The jets are "
        "to operate from INS Vikrant, with deliveries starting around 2029. Indian pilots will "
        "train in France before the first aircraft arrive in India.",
        published="2025-06-20",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.start.iso() == "2029"
    assert delivery.roles.get("supplier") != iso("ind")


def test_an_order_placed_with_a_home_maker_is_no_cooperation(tmp_path, gaz):
    """The maker after 'with' supplies, even when the model was co-developed abroad."""
    ex = news(
        tmp_path,
        gaz,
        "The Pakistan Army last month placed a Rs 30 billion order with Heavy Industries Taxila "
        "for the upgrade of Al-Khalid tanks.",
    )
    assert ex.events == []


def test_a_roster_sentence_with_involved_adds_partners(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Polish and Lithuanian troops began the Brave Griffin exercise near Suwałki on Monday. "
        "Latvian and Estonian soldiers are also involved, the Polish army said.",
        published="2025-09-17",
    )
    assert only(ex).participants == iso("pol", "ltu", "lva", "est")


def test_a_roster_sentence_of_another_year_adds_nobody(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Indian and Kyrgyz troops began the Khanjar exercise in Bishkek on Monday.\n\n"
        "In 2019 a Kyrgyz platoon deployed to Lebanon alongside Nepali and Ghanaian units.",
        published="2025-09-17",
    )
    assert only(ex, "JointExercise").participants == iso("ind", "kgz")


def test_a_demonym_naming_a_region_is_no_party(tmp_path, gaz):
    """'the Indian state of Meghalaya' says where; the edition keeps the series' partners."""
    ex = news(
        tmp_path,
        gaz,
        "Soldiers from Kazakhstan and India began a joint exercise at Otar on Monday.\n\n"
        "Last year's exercise, Steppe Eagle-2024, was held at Umroi, in the Indian state of "
        "Meghalaya, in October 2024.",
        published="2025-09-24",
    )
    drills = sorted(ex.events, key=lambda c: c.start.iso())
    assert [c.start.iso() for c in drills] == ["2024-10", "2025-09-22"]
    assert all(c.participants == iso("ind", "kaz") for c in drills)


def test_a_named_edition_year_keeps_two_editions_apart(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A French company-sized unit will take part in Spring Storm 2026, the Estonian Defence "
        "Forces' largest annual exercise. In May of this year, 300 French soldiers took part in "
        "Spring Storm, together with Estonian conscripts.",
        published="2025-12-04",
    )
    assert len([c for c in ex.events if c.family == "JointExercise"]) == 2


def test_two_words_for_one_act_in_a_sentence_are_one_event(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Soldiers from Kazakhstan and India began a two-week joint exercise at the Otar training "
        "ground in Zhambyl region on Monday, the latest edition of an annual drill that has "
        "grown into a company-level field exercise.",
        published="2025-09-24",
    )
    assert only(ex).start.iso() == "2025-09-22"


def test_a_dateline_with_day_month_and_year_speaks_for_its_state(tmp_path, gaz):
    """'TALLINN, 4 December 2025 –' is a dateline; 'They' are the visitor and the host, not
    the state the talks were about."""
    ex = news(
        tmp_path,
        gaz,
        "TALLINN, 4 December 2025 – Minister of Defence Hanno Pevkur met the French Minister of "
        "the Armed Forces in Paris on Wednesday. The ministers discussed support for Ukraine. "
        "They signed a letter of intent on cooperation in ammunition production.",
        published="2025-12-04",
    )
    assert act("Agreement", "est", "fra") in acts(ex)


def test_a_deal_with_a_money_appositive_is_dated_by_its_signing(tmp_path, gaz):
    """The decimal point in '($1.13 billion)' does not end the appositive; the war of the
    ', as New Delhi' clause does not date the contract."""
    ex = news(
        tmp_path,
        gaz,
        "India has signed a contract with Russia to buy more missiles for its S-400 systems, "
        "officials said, as New Delhi replenishes stocks used during the conflict in May.\n\n"
        "The deal, worth about 100 billion rupees ($1.13 billion), was signed in New Delhi on "
        "Tuesday.",
        published="2025-11-19",
    )
    assert only(ex).start.iso() == "2025-11-18"


def test_delivered_with_a_count_and_since_is_a_transfer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Russia has delivered three S-400 squadrons to India since December 2021.",
        published="2025-11-19",
    )
    assert act("ArmsTransfer", "ind", "rus") in acts(ex)
    ex = news(
        tmp_path,
        gaz,
        "India ordered five S-400 squadrons in 2018. Russia has delivered three squadrons "
        "since December 2021.",
        published="2025-11-19",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2021-12"
