"""Extraction rules of the ninth round: places that know their state, dates that belong to
another act than the trigger's, the parties a deal names, training and editions said the way
news says them, and words that look like acts but are not.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import acts, iso, news, only

from milcoop.datefinding import DateResolver
from milcoop.dates import PartialDate

# -- dates -------------------------------------------------------------------------------


def test_a_month_name_is_a_whole_word():
    """ "21 Marine Corps personnel" holds no 21 March."""
    found = DateResolver(PartialDate(2025, 6, 2)).find(
        "In May 2024, 21 Marine Corps personnel finished a course; 3 Mar 2025 was the next."
    )
    assert [m.text for m in found] == ["May 2024", "3 Mar 2025"]


def test_the_following_month_counts_from_the_date_before_it():
    found = DateResolver(PartialDate(2025, 9, 16)).find(
        "Parliament approved it in October 2024, and it was signed the following month."
    )
    assert [(m.text, m.begin.iso()) for m in found] == [
        ("October 2024", "2024-10"),
        ("the following month", "2024-11"),
    ]


def test_a_sentence_that_opens_on_its_month_takes_its_tense(tmp_path, gaz):
    """Written in October: "In March, ... are scheduled to attend" is next March."""
    ex = news(
        tmp_path,
        gaz,
        "In March, 40 Kenyan army officers are scheduled to attend a staff course at a "
        "defence college in the United Kingdom.",
        published="2025-10-08",
    )
    assert only(ex).start.iso() == "2026-03"


def test_a_date_after_after_a_belongs_to_that_noun(tmp_path, gaz):
    """ "the drills ... after a series of incidents last winter": the drill's own date stands."""
    ex = news(
        tmp_path,
        gaz,
        "Ships from France, Italy and Greece began the Argo Shield naval exercise on Monday, "
        "with officers saying the drills would rehearse escort duties after a series of "
        "incidents last winter.",
        published="2025-06-11",
    )
    drill = only(ex)
    assert drill.start.iso() == "2025-06-09"
    assert drill.participants == iso("fra", "ita", "grc")


def test_a_contingents_departure_does_not_date_its_exercise(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Indian Army contingent for Exercise Ajeya Warrior with the British Army departed "
        "for the United Kingdom today. The exercise will begin at Salisbury Plain on Sunday.",
        published="2025-11-13",
    )
    assert only(ex).start.iso() == "2025-11-16"


def test_a_deal_is_dated_by_its_signing(tmp_path, gaz):
    """The date before "signed", not the start of production after the trigger."""
    ex = news(
        tmp_path,
        gaz,
        "On Tuesday, Poland's PGZ and Norway's Kongsberg signed an agreement to jointly "
        "produce missile launchers in Poland, with output to start in 2028.",
        published="2025-05-15",
    )
    assert only(ex).start.iso() == "2025-05-13"


# -- places and parties ------------------------------------------------------------------


def test_training_abroad_takes_the_state_of_the_place(tmp_path, gaz):
    """A city linked through the GeoNames extract knows its state, and that state trains
    (not the other state the story names)."""
    ex = news(
        tmp_path,
        gaz,
        "Kuwait and Qatar agreed on Monday to share simulators.\n\n"
        "Kuwaiti pilots have been training on the new jets at an air base in Tucson since "
        "January.",
        published="2025-09-10",
    )
    assert only(ex).participants == iso("kwt", "usa")


def test_a_demonym_naming_straits_is_no_party(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Polish and Swedish minehunters began a joint exercise on Tuesday, sweeping routes "
        "from the Danish straits to Gdansk.",
        published="2025-04-17",
    )
    assert only(ex).participants == iso("pol", "swe")


def test_a_state_watching_an_exercise_is_no_party(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "KIEL, Germany, June 4 (NWS) – Warships from 17 NATO countries began the annual Baltic "
        "Guard naval exercise on Tuesday.\n\n"
        "Ships from the United States, Germany, Poland and Sweden are among those taking part."
        "\n\nRussia's Baltic Fleet said in a statement that it was monitoring the exercise and "
        "that its own ships had put to sea from Baltiysk for what it called scheduled training.",
        published="2025-06-04",
    )
    assert acts(ex) == {("JointExercise", frozenset(iso("usa", "deu", "pol", "swe")))}


def test_a_company_named_again_by_its_short_form(tmp_path, gaz):
    """ "Diehl Defence", then "Diehl": the second names the same German company."""
    ex = news(
        tmp_path,
        gaz,
        "Diehl Defence, the German missile maker, opened an office in Vilnius on Tuesday. "
        "Lithuanian and Polish officials attended.\n\n"
        "Poland's army has long used Polish radars.\n\n"
        "Lithuania signed a contract with Diehl on Monday for four air defence radars.",
        published="2025-09-10",
    )
    assert only(ex).participants == iso("ltu", "deu")


def test_the_contract_between_names_its_parties(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Belgium's defence minister and the French armed forces minister attended the signing "
        "of a contract for air defence on Monday.\n\n"
        "The contract between the Belgian defence ministry and the Franco-Italian consortium "
        "Eurosam covers two fire units.",
        published="2025-11-25",
    )
    assert only(ex).participants == iso("bel", "fra", "ita")


def test_a_contract_under_which_a_firm_will_supply_is_one_contract(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Bangladesh signed a contract worth about US$120 million under which Turkey's Otokar "
        "will supply 40 armoured vehicles to the Bangladesh Army, officials said on Monday.",
        published="2025-06-04",
    )
    assert only(ex).family == "ProcurementContract"


def test_the_maker_of_what_a_contract_buys_sells_it(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Kenya signed a follow-on contract last month for Bayraktar TB2 drones.",
        published="2025-10-02",
    )
    assert only(ex).participants == iso("ken", "tur")


def test_an_upkeep_contract_has_no_seller_by_the_type(tmp_path, gaz):
    """A contract to overhaul MiG-29s is no purchase from Russia."""
    ex = news(
        tmp_path,
        gaz,
        "The Myanmar Air Force signed a contract on Monday to overhaul part of its fleet of "
        "MiG-29 fighters.",
        published="2025-10-09",
    )
    assert ex.events == []


def test_the_type_trained_on_is_no_party(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "From 2012 to 2014, a team of Indian instructors trained Malaysian crews on the "
        "Sukhoi at an air base in Kelantan.",
        published="2025-12-02",
    )
    assert only(ex).participants == iso("ind", "mys")


def test_another_verbs_agent_is_not_the_supplier(tmp_path, gaz):
    """ "handed over to Norway ..., in a ceremony attended by Norwegian officials": Finland
    (Patria's state) supplies."""
    ex = news(
        tmp_path,
        gaz,
        "The first vehicles built at Patria's plant were handed over to Norway on Thursday, "
        "in a ceremony attended by Norwegian officials.",
        published="2025-10-17",
    )
    assert only(ex).participants == iso("fin", "nor")


def test_a_three_state_compound_and_a_list_of_ministers(tmp_path, gaz):
    """ "met X, and the United States Secretary ..." is a list, not a new clause."""
    ex = news(
        tmp_path,
        gaz,
        "The minister today met Japan's defence minister, and the United States Secretary of "
        "Defense, in Perth for the Australia-Japan-United States Defence Ministers' Meeting.",
        published="2025-11-13",
    )
    meeting = only(ex, "DialogueMechanism")
    assert meeting.participants == iso("aus", "jpn", "usa")
    assert meeting.start.iso() == "2025-11-13"


def test_a_trilateral_memorandum_has_three_parties(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Defence ministers of India, Japan and Australia met in Tokyo on Monday.\n\n"
        "Ministers signed a Trilateral Memorandum of Cooperation on maritime awareness.",
        published="2025-11-12",
    )
    memo = next(c for c in ex.events if c.family == "Agreement")
    assert memo.participants == iso("ind", "jpn", "aus")


def test_a_relative_clause_inside_the_main_clause(tmp_path, gaz):
    """ "the Italian frigate X, which arrived ... over the weekend, held a passing exercise":
    Italy drills, on Tuesday (the weekend is the arrival's)."""
    ex = news(
        tmp_path,
        gaz,
        "Kenya and Tanzania agreed on Monday to hold joint coastal patrols.\n\n"
        "On Tuesday, the Italian frigate Carabiniere, which arrived in Mombasa over the "
        "weekend, held a passing exercise with a Kenyan Navy patrol ship.",
        published="2025-02-20",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("ita", "ken")
    assert drill.start.iso() == "2025-02-18"


# -- training and editions ---------------------------------------------------------------


def test_training_said_with_a_duration_or_an_object(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Some 80 Vietnamese sailors trained for five weeks in Mumbai with Indian Navy "
        "instructors.\n\n"
        "About 40 Thai pilots will train on the aircraft at an air base in Sacheon, South "
        "Korea, next year.",
        published="2025-06-05",
    )
    assert acts(ex) == {
        ("TrainingExchange", frozenset(iso("vnm", "ind"))),
        ("TrainingExchange", frozenset(iso("tha", "kor"))),
    }


def test_a_college_that_will_admit_officers_each_year_from_next_year(tmp_path, gaz):
    """A habit that starts next year is a planned act, not a habit to skip."""
    ex = news(
        tmp_path,
        gaz,
        "From next year, France's naval academy will admit two Brazilian Navy officers each "
        "year to its staff course.",
        published="2025-10-23",
    )
    assert only(ex).participants == iso("fra", "bra")


def test_last_years_edition_takes_the_series_partners(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Indian and Malaysian troops began Exercise Harimau Shakti in Johor on Monday.\n\n"
        "Last year's edition was held at Umroi in India's northeastern state of Meghalaya.",
        published="2025-12-03",
    )
    past = next(c for c in ex.events if c.start and c.start.year == 2024)
    assert past.participants == iso("ind", "mys")


# -- look-alikes -------------------------------------------------------------------------


def test_export_revenue_and_spending_are_no_shipments(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Roketsan's export revenue rose to $1.1bn in 2024, the company said.\n\n"
        "Canada, which reached NATO's two per cent target this year, has pledged to raise "
        "defence spending further.",
        published="2025-11-05",
    )
    assert ex.events == []


def test_pressing_for_orders_is_no_order(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "BAE Systems, which builds Hawks in Lancashire, has been pressing for new export "
        "orders from Qatar.",
        published="2025-11-05",
    )
    assert ex.events == []


def test_a_school_that_takes_officers_and_crews_under_instructors(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Serbia will also take 20 Montenegrin officers at its Military Academy in Belgrade "
        "from next September.\n\n"
        "Estonian tank crews have been preparing since March under a team of British Army "
        "instructors at Tapa.",
        published="2025-06-05",
    )
    assert acts(ex) == {
        ("TrainingExchange", frozenset(iso("srb", "mne"))),
        ("TrainingExchange", frozenset(iso("est", "gbr"))),
    }


def test_deliveries_that_are_to_run_and_building_together_with(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Romania signed a contract with Israel's Elbit Systems for 18 PULS launchers on "
        "Wednesday. Deliveries are to run from 2027 to 2029.\n\n"
        "Under a separate agreement signed on Wednesday, Romania's Romarm will build launch "
        "pods and parts of the chassis together with Elbit at its plant in Bucharest.",
        published="2025-11-06",
    )
    assert {c.family for c in ex.events} == {
        "ProcurementContract",
        "ArmsTransfer",
        "JointProductionProject",
    }
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.start.iso(), delivery.end.iso()) == ("2027", "2029")


def test_last_years_drill_by_its_series_name(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Thai and Chinese marines began the annual Blue Strike 2025 exercise in Sattahip on "
        "Monday.\n\n"
        "Last year's Blue Strike was held in Zhanjiang in September 2024.",
        published="2025-05-21",
    )
    past = next(c for c in ex.events if c.start and c.start.year == 2024)
    assert past.participants == iso("tha", "chn")
    assert past.start.iso() == "2024-09"
