"""Extraction rules of the thirteenth round: a drill that comes to a close, an exercise between
two named states, the partners of an edition of a known series, handovers told one after the
other or in a relative clause, deliveries still to come, dates said as "of that year" or
"until Friday", port calls, training that is part of a sale or a course abroad, and words that
state no act (an aim, a denial, a state's own orders).

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import acts, iso, news, only

from milcoop.datefinding import DateResolver
from milcoop.dates import PartialDate

# -- dates ---------------------------------------------------------------------------------


def test_a_month_of_that_year_takes_the_year_said_before():
    found = DateResolver(PartialDate(2025, 12, 9)).find(
        "first held in September 2021, weeks after a declaration adopted in July of that year"
    )
    assert [d.begin.iso() for d in found] == ["2021-09", "2021-07"]


def test_until_a_weekday_ends_on_the_coming_one_unless_the_verb_is_past():
    """A Thursday 4 December article."""
    (found,) = DateResolver(PartialDate(2025, 12, 4)).find("a visit that runs until Friday")
    assert (found.kind, found.finish.iso()) == ("until", "2025-12-05")
    (found,) = DateResolver(PartialDate(2025, 12, 4)).find("the delegation stayed until Monday")
    assert found.finish.iso() == "2025-12-01"


def test_a_passive_act_is_no_remark_so_its_month_dates_it(tmp_path, gaz):
    """'was added in March' is no 'he added': the follow-on contract keeps its own March."""
    ex = news(
        tmp_path,
        gaz,
        "Athens ordered two French FDI frigates from Naval Group in December 2021. A third "
        "frigate was added in March under a follow-on contract with Naval Group worth €900m.",
        published="2025-07-02",
    )
    starts = sorted(c.start.iso() for c in ex.events if c.cls == "ProcurementContract")
    assert starts == ["2021-12", "2025-03"]


def test_a_drill_that_came_to_a_close_yesterday_ends_then(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "DARWIN – Australian and Indonesian warships sailed home yesterday as Exercise "
        "Samudra Shakti 2025, the naval drill of the two navies, came to a close. The exercise "
        "began Nov. 3 with a harbour phase.",
        published="2025-11-12",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("aus", "idn")
    assert (drill.start.iso(), drill.end.iso()) == ("2025-11-03", "2025-11-11")


def test_this_week_after_a_drill_began_is_no_offset(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Thai armoured vehicles are back at the Lopburi ranges this week after Exercise Cobra "
        "Gold 2025 began on Tuesday, bringing 900 Thai troops and 700 US Marines together.",
        published="2025-02-27",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("tha", "usa")
    assert drill.start.iso() == "2025-02-25"


def test_a_handover_during_a_visit_takes_a_day_of_the_visit_told_later(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "QUITO, 20 June 2025 – The Minister of Defence of Ecuador carried out an official visit "
        "to Spain from 15 to 18 June, during which he received the first of two patrol boats "
        "built for the Ecuadorian Navy. The handover ceremony of the patrol boat took place at "
        "the Navantia yard in Ferrol on 17 June.",
        published="2025-06-20",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2025-06-17"
    assert only(ex, "OfficialVisit").start.iso() == "2025-06-15"


def test_a_memorandum_signed_at_the_close_of_the_meeting_takes_the_meeting_day(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "LIMA, 9 May 2025 – On 6 May the Peruvian minister was received by the Brazilian "
        "Minister of Defence in Brasília. During the meeting, both delegations reviewed border "
        "cooperation. At the close of the meeting, the ministers signed a memorandum of "
        "understanding on naval training.",
        published="2025-05-09",
    )
    assert only(ex, "MemorandumOfUnderstanding").start.iso() == "2025-05-06"


def test_a_date_opening_a_future_clause_belongs_to_that_clause(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Namibian officers have attended Botswana's Defence Command and Staff College in "
        "Gaborone for years, and from February four Botswanan officers will enrol at the "
        "Namibian Defence Force school in Windhoek.",
        published="2025-11-03",
    )
    starts = sorted(str(c.start and c.start.iso()) for c in ex.events)
    assert starts == ["2026-02", "None"]


def test_a_session_closed_by_a_signing_does_not_take_the_signing_day(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "LIVINGSTONE – Zambia and Zimbabwe yesterday signed a Memorandum of Understanding on "
        "Defence Cooperation at the close of the first session of the Zambia-Zimbabwe Joint "
        "Permanent Commission on Defence and Security.",
        published="2025-08-08",
    )
    assert only(ex, "MemorandumOfUnderstanding").start.iso() == "2025-08-07"
    assert only(ex, "DialogueMechanism").start is None


def test_completed_training_is_dated_by_its_end(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Soldiers of the Ugandan army yesterday completed a five-week training package run by "
        "British Army instructors at Jinja.",
        published="2025-04-11",
    )
    training = only(ex, "TrainingExchange")
    assert training.start is None and training.end.iso() == "2025-04-10"


# -- parties -------------------------------------------------------------------------------


def test_an_exercise_between_two_states_has_those_two(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Cope Thunder began in 1976 as a bilateral exercise between the Philippines and the "
        "United States, and Japan and Australia have since sent observers.",
        published="2025-06-02",
    )
    assert only(ex, "JointExercise").participants == iso("phl", "usa")


def test_an_earlier_edition_borrows_its_own_series_partners(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Malabar 2025, the naval exercise of India, Japan, Australia and the United States, "
        "closed on Friday. Malabar began in 1992 as a bilateral exercise between India and "
        "the United States. Last year's edition, Malabar 2024, was hosted by India in October.",
        published="2025-11-17",
    )
    editions = {c.start.iso(): c.participants for c in ex.events}
    assert editions["2024-10"] == iso("ind", "jpn", "aus", "usa")
    assert editions["1992"] == iso("ind", "usa")


def test_a_design_origin_is_no_buyer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "KARACHI – The Pakistan Navy commissioned its third corvette on Thursday. The four-ship "
        "project, based on the Turkish MILGEM design, was contracted with ASFAT in July 2018.",
        published="2025-09-05",
    )
    assert only(ex, "ProcurementContract").participants == iso("pak", "tur")


def test_a_state_s_own_orders_are_no_contract(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Bharat Dynamics, set up in 1970, has been looking for customers in Indonesia as "
        "India's own orders grow.",
        published="2025-09-05",
    )
    assert not ex.events


# -- acts ----------------------------------------------------------------------------------


def test_a_handover_followed_by_another_is_two_handovers(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "KARACHI – ASFAT of Türkiye handed over a corvette to the Pakistan Navy today. The "
        "first ship of the class was handed over at Istanbul Naval Shipyard in September 2023, "
        "followed by the second in December 2024.",
        published="2025-09-04",
    )
    starts = sorted(c.start.iso() for c in ex.events if c.cls == "ArmsTransfer")
    assert starts == ["2023-09", "2024-12", "2025-09-04"]
    assert all(c.participants == iso("pak", "tur") for c in ex.events)


def test_a_ship_the_yard_handed_over_earlier_is_an_earlier_handover(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "LORIENT – Naval Group handed over the Greek frigate Kimon to the Hellenic Navy on "
        "Wednesday. Kimon follows Nearchos, which the yard handed over last December.",
        published="2025-10-23",
    )
    starts = sorted(c.start.iso() for c in ex.events)
    assert starts == ["2024-12", "2025-10-22"]


def test_a_unit_scheduled_for_delivery_is_a_planned_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Uruguay signed a contract with Spain's Cardama Shipbuilding in December 2023 for two "
        "patrol vessels. The second unit is scheduled for delivery in the first half of 2026.",
        published="2025-10-17",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.participants == iso("esp", "ury")
    assert (delivery.start.iso(), delivery.status) == ("2026", "planned")


def test_missiles_that_have_been_delivered_since_a_date(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India ordered five S-400 squadrons from Russia in October 2018. Three have been "
        "delivered since December 2021.",
        published="2025-09-11",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2021-12"


def test_an_approved_sale_told_after_notes_that(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "KUWAIT – The Ministry further notes that on 11 June 2025 the US Department of State "
        "approved a possible Foreign Military Sale to the State of Kuwait of 120 AIM-9X "
        "missiles.",
        published="2025-06-18",
    )
    sale = only(ex, "ArmsTransfer")
    assert sale.participants == iso("kwt", "usa")
    assert sale.start.iso() == "2025-06-11"


def test_training_that_is_part_of_the_package_is_no_act_of_its_own(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Qatar signed a contract with the United States on Monday for 24 Patriot missiles. Air "
        "defence crews will receive training in the United States as part of the package.",
        published="2025-06-18",
    )
    assert not [c for c in ex.events if c.cls == "TrainingExchange"]


def test_officers_travelling_to_attend_a_course_are_training(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In March 2026, ten Ghanaian officers will travel to the United Kingdom to attend the "
        "Junior Officers' Tactics Course at Warminster.",
        published="2025-10-01",
    )
    training = only(ex, "TrainingExchange")
    assert training.participants == iso("gha", "gbr")


def test_warships_that_docked_make_a_port_call_apart_from_a_general_s_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "MANILA – Japan's chief of staff arrived in Manila on Tuesday for a three-day visit. "
        "The visit coincides with the arrival of the Japanese destroyer JS Ise, which docked "
        "at Pier 13 in Manila on Monday.",
        published="2025-12-04",
    )
    starts = sorted(c.start.iso() for c in ex.events if c.cls == "OfficialVisit")
    assert starts == ["2025-12-01", "2025-12-02"]


def test_a_trilateral_meeting_of_the_three_ministers_is_a_dialogue(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Kazakhstan's defence minister hosted his Kyrgyz and Uzbek counterparts in Astana for "
        "the third trilateral meeting of the three ministers.",
        published="2025-10-01",
    )
    assert only(ex, "DialogueMechanism").participants == iso("kaz", "kgz", "uzb")


def test_a_series_first_held_years_ago_and_last_staged_later(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Chinese and Thai marines began Blue Strike 2025 at Sattahip on Monday. First held in "
        "2010, Blue Strike was last staged in 2023.",
        published="2025-09-17",
    )
    starts = sorted(c.start.iso() for c in ex.events)
    assert starts == ["2023", "2025-09-15"]


def test_denials_and_aims_state_no_act(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        '"Nobody is signing a treaty here," a Turkish diplomat said in Islamabad on Monday. '
        'The Indian embassy said India and Indonesia had agreed to "deepen industrial '
        'partnership" in 2026.',
        published="2025-12-09",
    )
    assert not acts(ex)


def test_a_named_drill_and_its_appositive_are_one_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Pitch Black follows Exercise Kakadu, the biennial naval drill between the Royal "
        "Australian Navy and the Indonesian Navy, which was held off Darwin in September.",
        published="2025-10-20",
    )
    drill = only(ex, "JointExercise")
    assert (drill.name, drill.start.iso()) == ("Kakadu", "2025-09")


def test_the_first_jets_that_reached_an_air_force_are_a_delivery(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Iraq signed a contract for Pakistani JF-17 fighters in March 2024, and the first of the "
        "jets reached the Iraqi Air Force earlier this year.",
        published="2025-12-09",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.participants == iso("irq", "pak")
    assert delivery.start.iso() == "2025"


def test_an_agreement_signed_on_joint_production_is_the_production(tmp_path, gaz):
    """The production is what was signed, not a topic of talks."""
    ex = news(
        tmp_path,
        gaz,
        "Saab and Polska Grupa Zbrojeniowa signed an agreement on the joint production in "
        "Poland of Carl-Gustaf launchers on Tuesday.",
        published="2025-10-16",
    )
    production = only(ex, "JointProductionProject")
    assert production.participants == iso("pol", "swe")
    assert production.start.iso() == "2025-10-14"
