"""Extraction rules of the twelfth round: frameworks named after "under", weeks, weekdays and
year-end ranges said relative to publication, dates counted from the sentence before, rosters
that end in observers, deals with a named seller, orders named only to say what arrived, where
a visitor went next, other editions of a drill, a force's own drill, states beside a coast,
training offered as places on a course, and acts that are only pledged or asked about.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import act, acts, iso, news, only

from milcoop.datefinding import DateResolver
from milcoop.dates import PartialDate

# -- dates ---------------------------------------------------------------------------------


def test_a_framework_named_after_under_keeps_no_date_of_the_drill(tmp_path, gaz):
    """Monday dates the drill; the agreement it is held under is older and undated here."""
    ex = news(
        tmp_path,
        gaz,
        "Thai and Malaysian marines began a week-long exercise near Songkhla on Monday, the "
        "first held under the Status of Forces Agreement between Bangkok and Kuala Lumpur.",
        published="2025-06-05",
    )
    drill = only(ex, "JointExercise")
    assert drill.start.iso() == "2025-06-02"
    pact = only(ex, "Agreement")
    assert pact.start is None


def test_a_range_across_new_year_this_year_ends_in_this_year():
    (found,) = DateResolver(PartialDate(2025, 12, 2)).find("held from Dec. 31 to Jan. 13 this year")
    assert (found.begin.iso(), found.finish.iso()) == ("2024-12-31", "2025-01-13")


def test_last_week_is_the_month_of_the_week_before():
    """A Tuesday 2 December article: last week ran from 24 to 30 November."""
    (found,) = DateResolver(PartialDate(2025, 12, 2)).find("a visit to Delhi last week")
    assert found.begin.iso() == "2025-11"
    (found,) = DateResolver(PartialDate(2025, 12, 2)).find("talks in Delhi this week")
    assert found.begin.iso() == "2025-12"
    # Monday 6 October: last week ran from 29 September to 5 October, so only its year
    (found,) = DateResolver(PartialDate(2025, 10, 6)).find("a visit to Delhi last week")
    assert found.begin.iso() == "2025"


def test_a_month_later_counts_from_the_sentence_before(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In January, Bangladesh's army chief travelled to Rawalpindi. A month later the "
        "Bangladesh Navy frigate BNS Samudra Joy sailed to Karachi for a multinational "
        "exercise with the Pakistan Navy.",
        published="2025-10-21",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("bgd", "pak")
    assert drill.start.iso() == "2025-02"


def test_an_order_named_to_say_what_arrived_keeps_its_own_date(tmp_path, gaz):
    """Tuesday dates the delivery; the order is the contract of February 2021."""
    ex = news(
        tmp_path,
        gaz,
        "The Philippine Navy on Tuesday took delivery of the last two of nine patrol gunboats "
        "ordered from Israel Shipyards. The navy signed the contract with the Haifa-based "
        "shipbuilder in February 2021.",
        published="2025-05-14",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2025-05-13"
    assert only(ex, "ProcurementContract").start.iso() == "2021-02"


# -- parties -------------------------------------------------------------------------------


def test_a_roster_before_an_observers_clause_adds_partners(tmp_path, gaz):
    """Observers never join; the contingents before them do, Singapore among them."""
    ex = news(
        tmp_path,
        gaz,
        "Cobra Gold 2025 opened on Tuesday at Sattahip, co-hosted by Thailand and the United "
        "States. Contingents from Singapore, Japan, Indonesia and Malaysia are taking part, "
        "while officers from China and India are attending as observers.",
        published="2025-02-26",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("tha", "usa", "sgp", "jpn", "idn", "mys")


def test_a_contract_with_a_named_seller_is_the_story_states(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Philippine Navy on Tuesday took delivery of two gunboats from Israel Shipyards, "
        "the last of nine that patrol the Philippine coast. The Philippine fleet is also "
        "waiting for larger ships. In December 2022 it signed a contract with HD Hyundai Heavy "
        "Industries for six offshore patrol vessels.",
        published="2025-05-14",
    )
    assert act("ProcurementContract", "phl", "kor") in acts(ex)


def test_a_contract_with_the_buyers_own_agency_is_a_home_purchase(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "On Tuesday, Rosomak S.A. agreed a PLN 1.4bn contract with the Armament Agency for a "
        "further batch of wheeled carriers.",
        published="2025-09-24",
    )
    assert not ex.events


# -- visits and training -------------------------------------------------------------------


def test_where_the_visitor_departs_for_is_not_the_host(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Maldivian defence minister arrived in Colombo on 3 March for talks with Sri "
        "Lankan officials. On 5 March, the minister visited the Sri Lanka Navy's Western Naval "
        "Command before departing for Malé in the evening.",
        published="2025-03-06",
    )
    visit = only(ex, "OfficialVisit")
    assert visit.roles["host"] == iso("lka")


def test_a_mobile_team_conducting_a_course_is_training(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A Sri Lanka Navy mobile training team will conduct a diving and search-and-rescue "
        "course for the Maldivian coast guard in Malé in June.",
        published="2025-03-06",
    )
    course = only(ex, "TrainingExchange")
    assert course.participants == iso("lka", "mdv")
    assert (course.start.iso(), course.status) == ("2025-06", "planned")


def test_teaching_soldiers_abroad_is_training(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A Pakistan Army training team arrived in Sylhet on Sunday and began teaching "
        "Bangladeshi soldiers on Bangladeshi soil.",
        published="2025-10-21",
    )
    course = only(ex, "TrainingExchange")
    assert course.participants == iso("pak", "bgd")
    assert course.start.iso() == "2025-10-19"


# -- exercises -----------------------------------------------------------------------------


def test_a_drill_the_host_will_stage_later_keeps_that_date(tmp_path, gaz):
    """The relative clause after the drill says when it is; the previous edition is another."""
    ex = news(
        tmp_path,
        gaz,
        "The Sri Lanka Coast Guard will take part in the next edition of the trilateral "
        'exercise "Dosti" with India and the Maldives, which the Maldives will host later this '
        "year. The previous edition, Dosti-16, was held off Malé in February 2024.",
        published="2025-03-06",
    )
    dates = sorted(c.start.iso() for c in ex.events if c.cls.endswith("Exercise"))
    assert dates == ["2024-02", "2025"]


def test_the_service_before_exercise_is_not_its_name(tmp_path, gaz):
    """ "the bilateral Army exercise, VINBAX-2025": one drill, named VINBAX-2025."""
    ex = news(
        tmp_path,
        gaz,
        "Both ministers welcomed the forthcoming edition of the bilateral Army exercise between "
        "India and Vietnam, VINBAX-2025, which will be held in Vietnam in December 2025.",
        published="2025-11-20",
    )
    drill = only(ex, "JointExercise")
    assert (drill.name, drill.start.iso()) == ("VINBAX-2025", "2025-12")


# -- second half of the round --------------------------------------------------------------


def test_weekdays_said_with_their_day_or_as_last():
    """ "on Tuesday (12)" names the 12th; "last Friday" written on a Friday is a week ago."""
    found = DateResolver(PartialDate(2025, 8, 13)).find("signed on Tuesday (12) a memorandum")
    assert [d.begin.iso() for d in found] == ["2025-08-12"]
    found = DateResolver(PartialDate(2025, 11, 21)).find("signed a contract last Friday")
    assert [d.begin.iso() for d in found] == ["2025-11-14"]


def test_the_first_week_of_a_month_and_a_confirmation_day(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A U.S. Army HIMARS battery is scheduled to land on Saaremaa in the first week of "
        "December and carry out a live-fire drill with the Estonian Division, the Estonian "
        "Defence Forces confirmed on Tuesday.",
        published="2025-11-20",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("usa", "est")
    assert (drill.start.iso(), drill.status) == ("2025-12", "planned")


def test_a_memorandum_signed_on_a_day_in_brackets(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The defence ministers of Brazil and South Africa signed on Tuesday (12) a Memorandum "
        "of Understanding on Defence Industry Cooperation.",
        published="2025-08-13",
    )
    assert only(ex, "Memorandum").start.iso() == "2025-08-12"


def test_a_forces_own_exercise_and_an_earlier_one_beside_a_coast(tmp_path, gaz):
    """The Defence League's own drill has no partner; the 2024 drill is not Latvia's."""
    ex = news(
        tmp_path,
        gaz,
        "The joint Estonian-Finnish coastal exercise planned for Nov. 17-21 on Saaremaa was "
        "called off on Monday. When the two navies last trained there in September 2024, "
        "Finnish troops practised defending the Irbe Strait, between Saaremaa and the coast of "
        "Latvia. The Defence League's own exercise in the north of the island, a purely "
        "Estonian affair, goes ahead this weekend.",
        published="2025-11-12",
    )
    drills = sorted((c.start.iso(), c.status) for c in ex.events)
    assert drills == [("2024-09", "completed"), ("2025-11-17", "cancelled")]
    assert all(c.participants == iso("est", "fin") for c in ex.events)


def test_an_ordinal_edition_is_not_the_next_one(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Brazil will host the ninth edition of the IBSAMAR naval exercise with India and South "
        "Africa in 2026. The navies of the three countries held the eighth edition off Simon's "
        "Town in October 2024.",
        published="2025-08-13",
    )
    assert sorted(c.start.iso() for c in ex.events) == ["2024-10", "2026"]


def test_places_on_a_course_and_an_agreement_to_begin_training(tmp_path, gaz):
    """Monday is when they agreed; the training starts next year."""
    ex = news(
        tmp_path,
        gaz,
        "Indonesia and Japan agreed on Monday to begin training Indonesian naval personnel in "
        "Japan next year. Separately, the Brazilian Army will offer, from next year, two places "
        "a year on its jungle warfare course to officers of the South African Army.",
        published="2025-11-18",
    )
    found = sorted((sorted(c.participants), c.start.iso(), c.status) for c in ex.events)
    assert found == [
        (sorted(iso("bra", "zaf")), "2026", "planned"),
        (sorted(iso("idn", "jpn")), "2026", "planned"),
    ]


def test_pledging_to_pay_and_an_open_question_are_no_acts(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Indonesia joined South Korea's KF-21 fighter programme as a development partner in "
        "2010, pledging to pay 20 per cent of the development cost. Whether Indonesia will buy "
        "the finished jet is another matter.",
        published="2025-06-17",
    )
    assert acts(ex) == {act("JointProductionProject", "idn", "kor")}
    assert only(ex).start.iso() == "2010"


def test_agreeing_that_one_company_will_manufacture_parts(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Korea Aerospace Industries and PT Dirgantara Indonesia have agreed that PTDI will "
        "manufacture wing pylons for the KF-21 at its Bandung plant from 2027.",
        published="2025-06-17",
    )
    work = only(ex, "JointProductionProject")
    assert work.participants == iso("kor", "idn")
    assert work.start.iso() == "2027"


def test_a_drill_planned_for_a_month_looks_ahead(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The joint counter-terrorism exercise of the Pakistan Army and Russia's Ground Forces "
        "planned for September at Pabbi has been called off, officials said.",
        published="2025-08-08",
    )
    drill = only(ex, "JointExercise")
    assert (drill.start.iso(), drill.status) == ("2025-09", "cancelled")


def test_a_body_by_its_full_and_its_short_name_is_one(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The signing closed the 8th meeting of the Brazil–South Africa Joint Defence Committee "
        "in Pretoria. Brazil and South Africa set up the Joint Defence Committee in 2003 as the "
        "main forum for dialogue between the two ministries.",
        published="2025-08-13",
    )
    assert len([c for c in ex.events if c.cls == "DialogueMechanism"]) == 1


def test_the_last_stop_before_flying_home_is_the_same_visit(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Brazilian defence minister José Múcio is on an official visit to South Africa from 11 "
        "to 14 August. On Thursday (14), Minister Múcio will visit the South African Navy's "
        "fleet base in Simon's Town before returning to Brasília.",
        published="2025-08-13",
    )
    visit = only(ex, "OfficialVisit")
    assert visit.roles["host"] == iso("zaf")


def test_warships_that_called_at_a_port_made_a_visit(tmp_path, gaz):
    """The Gulf of Aden is where the ships came from, not a party to the visit."""
    ex = news(
        tmp_path,
        gaz,
        "Chinese warships last called at Lagos in July 2023, when a task group returning from "
        "the Gulf of Aden spent four days in the port.",
        published="2025-06-16",
    )
    visit = only(ex, "OfficialVisit")
    assert visit.participants == iso("chn", "nga")
    assert visit.start.iso() == "2023-07"


def test_the_first_aircraft_expected_are_a_delivery_under_the_contract(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Colombia signed a contract with Saab last Friday for 17 Gripen E/F fighters. The first "
        "aircraft are expected in 2026.",
        published="2025-11-21",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.participants == iso("col", "swe")
    assert (delivery.start.iso(), delivery.status) == ("2026", "planned")
    assert only(ex, "ProcurementContract").start.iso() == "2025-11-14"
