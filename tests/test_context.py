"""Acts told across sentences or shaped by their surroundings: a later mention that refines a
date or adds partners, a deal recalled as a contract, a round-up's items, roles read from the
object. Each text was written for these tests; the reference data is the real one."""

from __future__ import annotations

import pytest
from newsdoc import act, acts, iso, news, only

from milcoop.extraction.merging import merge_into
from milcoop.extraction.model import EventClaim


def test_stops_of_one_trip_are_one_visit_from_its_first_day(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Japanese Defence Minister Gen Nakatani arrived in New Delhi on Sunday on a three-day "
        "official visit. Nakatani held talks with his Indian counterpart Rajnath Singh on "
        "Monday. On Tuesday, Nakatani was scheduled to visit the Western Naval Command in Mumbai.",
        published="2025-05-06",
    )
    visit = only(ex, "OfficialVisit")
    assert visit.participants == iso("ind", "jpn")
    assert visit.start.iso() == "2025-05-04"


def test_a_definite_deal_recalls_the_contract(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Poland signed a contract with the United States on Wednesday for 96 AH-64E Apache "
        "helicopters, a deal that will give the army a large fleet. The agreement, concluded "
        "under the Foreign Military Sales programme, was signed at Inowrocław.",
        published="2025-08-14",
    )
    deal = only(ex)
    assert (deal.cls, deal.status, deal.start.iso()) == (
        "ProcurementContract",
        "completed",
        "2025-08-13",
    )


def test_a_series_history_is_no_new_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Troops from Australia and the United States began Talisman Sabre 2025 on Sunday. "
        "The exercise, first held in 2005, has grown from a bilateral command-post drill.",
        published="2025-07-18",
    )
    drill = only(ex, "JointExercise")
    assert drill.start.iso() == "2025-07-13"


def test_contingents_named_later_join_the_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Russian and Belarusian troops began the Zapad-2025 exercise on Friday. The drills "
        "involve units in Belarus and western Russia. Officials gave no figures. Small "
        "contingents from India, Iran and Burkina Faso took part alongside Russian forces.",
        published="2025-09-16",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("bfa", "blr", "ind", "irn", "rus")


def test_boats_delivered_later_are_a_transfer_of_their_own(tmp_path, gaz):
    body = (
        "Vietnam ordered six Kilo-class submarines from Russia in 2009. "
        "The boats were delivered between 2014 and 2017."
    )
    events = news(tmp_path, gaz, body).events
    assert [(c.cls, c.participants, c.start.iso()) for c in events] == [
        ("ProcurementContract", iso("rus", "vnm"), "2009"),
        ("ArmsTransfer", iso("rus", "vnm"), "2014"),
    ]


def test_a_habit_with_a_day_is_this_time(tmp_path, gaz):
    body = (
        "The air staff talks between the Turkish and Pakistani air forces, held every year "
        "since 2016, took place in Ankara on Thursday."
    )
    event = only(news(tmp_path, gaz, body))
    assert (event.cls, event.participants) == ("DialogueMechanism", iso("pak", "tur"))
    assert event.start.iso() == "2025-09-11"


def test_a_later_mention_gives_the_days_and_the_forces(tmp_path, gaz):
    body = (
        "Anatolian Eagle 2025 ended in Konya. The exercise, held from June 23 to July 4, brought "
        "the Turkish Air Force together with the Pakistan Air Force, the Royal Thai Navy and the "
        "Qatar Emiri Air Force."
    )
    event = only(news(tmp_path, gaz, body))
    assert event.participants == iso("pak", "qat", "tha", "tur")
    assert (event.start.iso(), event.end.iso()) == ("2025-06-23", "2025-07-04")


def test_a_named_agreement_ends_before_its_day(tmp_path, gaz):
    body = "Saudi Arabia and Pakistan signed a Strategic Mutual Defence Agreement on Wednesday."
    event = only(news(tmp_path, gaz, body))
    assert (event.name, event.start.iso()) == ("Strategic Mutual Defence Agreement", "2025-09-10")


def test_partners_joining_in_another_clause_join_the_drill(tmp_path, gaz):
    body = (
        "Bright Star 2025, the exercise co-hosted by Egypt and the United States, has ended. "
        "The drills ran from Aug. 28 to Sept. 10; troops from Saudi Arabia, Greece and India "
        "joined Egyptian and American forces, while 30 other countries sent observers."
    )
    event = only(news(tmp_path, gaz, body))
    assert event.participants == iso("egy", "grc", "ind", "sau", "usa")


def test_the_maker_in_the_object_supplies_not_a_later_from(tmp_path, gaz):
    body = (
        "Turkey's search for fighters goes back to 2019, when it took delivery of Russian S-400 "
        "systems and was removed from the US-led F-35 programme."
    )
    event = only(news(tmp_path, gaz, body))
    assert event.roles == {"supplier": iso("rus"), "recipient": iso("tur")}


def test_a_contract_torn_up_keeps_no_date_of_its_cancelling(tmp_path, gaz):
    body = "In September 2021, Canberra tore up its contract with France's Naval Group."
    event = only(news(tmp_path, gaz, body))
    assert (event.cls, event.participants) == ("ProcurementContract", iso("aus", "fra"))
    assert (event.status, event.start) == ("cancelled", None)


def test_a_critic_of_a_drill_is_no_party(tmp_path, gaz):
    body = (
        "Bangladesh and China held the Golden Friendship exercise on Monday. Indian "
        "commentators have voiced concern about the Chinese drill."
    )
    assert only(news(tmp_path, gaz, body)).participants == iso("bgd", "chn")


def test_forces_that_brought_jets_join_a_multinational_drill(tmp_path, gaz):
    body = (
        "Tarang Shakti 2024, the first multinational air exercise the Indian Air Force has "
        "hosted, runs from Aug. 29 to Sept. 14. IAF officers describe it as a milestone. The "
        "foreign line-up is broad. The US Air Force brought A-10 jets, while the Royal "
        "Australian Air Force flew in Super Hornets. Japan's Air Self-Defense Force, taking part "
        "in an exercise in India for the first time, sent a transport. Another 18 countries "
        "sent officers to watch as observers."
    )
    assert only(news(tmp_path, gaz, body)).participants == iso("aus", "ind", "jpn", "usa")


def test_a_deal_the_next_sentence_calls_a_contract_is_one(tmp_path, gaz):
    body = (
        "Turkey and the United Kingdom signed the Typhoon deal on Monday. The contract was "
        "signed by Defence Minister Yasar Guler and UK Defence Secretary John Healey."
    )
    event = only(news(tmp_path, gaz, body))
    assert (event.cls, event.start.iso()) == ("ProcurementContract", "2025-09-08")


def test_a_drill_named_with_its_year_takes_the_day_said_after(tmp_path, gaz):
    body = "The exercise, Alon 2025, began on Aug. 15 with Australian and Philippine marines."
    assert only(news(tmp_path, gaz, body)).start.iso() == "2025-08-15"


def test_a_visitor_reaches_the_host(tmp_path, gaz):
    event = only(news(tmp_path, gaz, "The Indian defence minister reached Tokyo on Monday."))
    assert event.roles == {"visitor": iso("ind"), "host": iso("jpn")}


def test_training_together_for_a_named_drill_is_that_drill(tmp_path, gaz):
    body = (
        "Indian and American soldiers are training together in Alaska for the 21st edition "
        "of the annual Yudh Abhyas exercise, held from Sept. 1 to 14."
    )
    assert only(news(tmp_path, gaz, body)).start.iso() == "2025-09-01"


def test_a_when_clause_before_a_plan_looks_ahead(tmp_path, gaz):
    body = (
        "When she sails on Friday, the Indian destroyer is to carry out a passage exercise "
        "with the Sri Lankan Navy."
    )
    assert only(news(tmp_path, gaz, body)).start.iso() == "2025-09-19"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # items under bold headings, the headings themselves no events
            "**Turkish-Kazakh plant opens**\n\n"
            "ASTANA – Turkey and Kazakhstan opened a joint venture plant for thermal sights on "
            "Tuesday.\n\n"
            "**Bright Star closes at Mohamed Naguib base**\n\n"
            "CAIRO – The multinational exercise Bright Star, co-hosted by Egypt and the United "
            "States, ended on Wednesday.",
            {act("JointExercise", "egy", "usa"), act("JointProductionProject", "kaz", "tur")},
        ),
        (  # numbered items, each filed from its city; "The deal" takes its item's parties
            "1 / MONT-DE-MARSAN – Indian and French fighters began the Garuda exercise on "
            "Sunday.\n\n"
            "2 / MANILA – The deal was inked at Camp Aguinaldo on Monday. Japan and the "
            "Philippines signed an Acquisition and Cross-Servicing Agreement.",
            {act("Agreement", "jpn", "phl"), act("JointExercise", "fra", "ind")},
        ),
    ],
)
def test_each_item_of_a_round_up_is_its_own_story(tmp_path, gaz, body, expected):
    assert acts(news(tmp_path, gaz, body)) == expected


def test_a_deal_inked_where_a_contract_was_signed_is_one_contract(tmp_path, gaz):
    body = (
        "The deal was inked on Friday in Warsaw, where Poland's Armament Agency and Hyundai "
        "Rotem of South Korea signed an executive contract for 180 K2 tanks, the first months "
        "of Russia's full-scale invasion long behind them."
    )
    event = only(news(tmp_path, gaz, body))
    assert (event.cls, event.participants) == ("ProcurementContract", iso("kor", "pol"))
    assert event.start.iso() == "2025-09-12"


def test_this_weekend_on_a_thursday_is_the_coming_saturday(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A Chinese destroyer and a Russian frigate are expected to reach Durban this weekend for "
        "Mosi III, the third edition of the naval drill South Africa holds with China and Russia.",
        published="2025-11-27",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("chn", "rus", "zaf")
    assert drill.start.iso() == "2025-11-29"


def test_day_and_month_last_year_take_that_year(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Indonesia and Russia held their first bilateral naval exercise in the Java Sea from "
        "Nov. 4 to 8 last year.",
        published="2025-11-07",
    )
    drill = only(ex, "JointExercise")
    assert (drill.start.iso(), drill.end.iso()) == ("2024-11-04", "2024-11-08")


def test_the_three_navies_are_those_of_the_last_three_state_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "South Africa, China and Russia began the Mosi III naval exercise off Durban on "
        "Monday. An Iranian corvette is present as an observer. The series goes back to "
        "November 2019, when ships of the three navies first trained together off Cape Town.",
        published="2025-11-27",
    )
    first = [c for c in ex.events if c.start and c.start.iso() == "2019-11"]
    assert [c.participants for c in first] == [iso("chn", "rus", "zaf")]


def test_a_drill_dated_by_its_end_takes_its_start_from_began_on(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The curtain came down on Friday on Kamandag 9, two weeks of amphibious drills by "
        "Philippine and US marines that began on May 26.",
        published="2025-06-08",
    )
    drill = only(ex, "JointExercise")
    assert (drill.start.iso(), drill.end.iso()) == ("2025-05-26", "2025-06-06")


def test_a_date_ahead_of_a_drill_is_not_its_date(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Three Russian warships docked at Surabaya on Thursday, ahead of a joint naval exercise "
        "with the Indonesian Navy. The exercise will run from Monday to Thursday.",
        published="2025-11-07",
    )
    assert only(ex, "JointExercise").start.iso() == "2025-11-10"  # not the Thursday before


def test_merging_keeps_a_state_on_one_side_of_a_transfer():
    jpn, phl = sorted(iso("jpn", "phl"))
    first = EventClaim("ArmsTransfer", {jpn, phl}, [(0, 10)])
    first.roles = {"supplier": {jpn}, "recipient": {phl}}
    second = EventClaim("ArmsTransfer", {jpn, phl}, [(20, 30)])
    second.roles = {"supplier": {phl}, "recipient": {jpn}}  # one sentence read backwards
    merge_into(first, second, None, set())
    assert first.roles == {"supplier": {jpn}, "recipient": {phl}}
