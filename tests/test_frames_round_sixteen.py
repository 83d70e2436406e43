"""Extraction rules of the sixteenth round, from a batch written short and plain: an older order
named to say what arrived, deliveries "from that order" and their running total, the first or
remaining aircraft due to arrive, what new kit replaces, services' staff talks, a city-state in
a list of states, agreements "itself signed" or "agreed in", a signing told beside a visit, a
contract "awarded" and dated by its report, a region named with its type, a bare "the navy",
a ship handed over said twice, and a partnership "runs with".

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import act, acts, iso, news, only


def test_an_order_named_to_say_what_arrived_keeps_its_own_date(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Pakistan Navy took delivery of PNS Khaibar, the second of four corvettes ordered "
        "from Turkey, at a ceremony in Karachi on Monday.",
        published="2025-10-08",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.start.iso() == "2025-10-06"
    assert not [
        c for c in ex.events if c.start and c.start.iso() == "2025-10-06" and c is not delivery
    ]


def test_an_undated_older_order_inside_a_delivery_is_no_new_contract(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In April the Moroccan army took delivery of the first four of 24 AH-64E helicopters "
        "bought from the United States.",
        published="2025-06-12",
    )
    assert acts(ex) == {act("ArmsTransfer", "mar", "usa")}
    # (after a comma the purchase is an act told of its own)
    ex = news(
        tmp_path,
        gaz,
        "Romania will receive the last F-16s from Norway by the end of 2025, joining 17 jets "
        "acquired earlier from Portugal.",
        published="2025-06-12",
    )
    assert act("ProcurementContract", "prt", "rou") in acts(ex)


def test_deliveries_from_that_order_and_their_running_total(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Cairo ordered 30 more jets from France in 2021. Deliveries from that order began in "
        "2024, and Dassault has so far handed over 12 of the 30 aircraft, the latest two "
        "arriving last month.",
        published="2025-06-20",
    )
    delivery = only(ex, "ArmsTransfer")
    assert delivery.participants == iso("egy", "fra")
    assert delivery.start.iso() == "2024"


def test_the_first_or_remaining_aircraft_due_to_arrive(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Egypt signed for 12 more Rafale jets from France on Wednesday. The first aircraft of "
        "the new batch were expected to reach Egypt in 2028, an official said.",
        published="2025-06-20",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2028"
    ex = news(
        tmp_path,
        gaz,
        "Nigeria ordered 24 M-346 jets from Italy in 2024. The remaining 16 jets are scheduled "
        "to arrive by the end of 2026.",
        published="2025-12-04",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso(), delivery.status) == (
        iso("ita", "nga"),
        "2026",
        "planned",
    )
    # (but a deadline does not date the deal it completes)
    ex = news(
        tmp_path,
        gaz,
        "Pakistan ordered four corvettes from Turkey in 2018. According to the shipyard, the "
        "order would be completed by the end of 2027.",
        published="2025-12-04",
    )
    assert [c.start.iso() for c in ex.events] == ["2018"]


def test_what_new_kit_replaces_is_no_party_and_that_order_is_no_new_one(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Malaysia signed for 18 FA-50 jets from South Korea in February 2023. The first four "
        "aircraft from that order are expected to arrive at Kuantan air base next year and "
        "will replace the BAE Hawk trainers the air force retired.",
        published="2025-08-15",
    )
    assert acts(ex) == {
        act("ProcurementContract", "kor", "mys"),
        act("ArmsTransfer", "kor", "mys"),
    }


def test_services_staff_talks_are_a_dialogue(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In Nusa Dua on Monday, the Indonesian and Australian navy chiefs held their annual Navy "
        "to Navy Talks, which reviewed coordinated patrols.",
        published="2025-02-19",
    )
    talks = only(ex, "DialogueMechanism")
    assert (talks.participants, talks.start.iso()) == (iso("aus", "idn"), "2025-02-17")


def test_a_city_state_in_a_list_of_states_takes_part(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Frigates from India and Japan and patrol vessels from Singapore and Malaysia joined "
        "Indonesian warships for Exercise Komodo 2025 off Bali on Sunday.",
        published="2025-02-18",
    )
    assert only(ex, "JointExercise").participants == iso("idn", "ind", "jpn", "mys", "sgp")


def test_an_agreement_itself_signed_or_agreed_in_a_city(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India and Vietnam signed an implementing arrangement on Tuesday. The logistics "
        "agreement itself was signed in Hanoi in June 2022.",
        published="2025-11-26",
    )
    assert sorted(c.start.iso() for c in ex.events) == ["2022-06", "2025-11-25"]
    ex = news(
        tmp_path,
        gaz,
        "The German brigade in Lithuania grew out of a roadmap agreed in Vilnius in December 2023.",
        published="2025-05-23",
    )
    deal = only(ex, "Agreement")
    assert (deal.participants, deal.start.iso()) == (iso("deu", "ltu"), "2023-12")


def test_a_signing_told_beside_a_visit_takes_its_day(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "German Chancellor Friedrich Merz paid an official visit to Lithuania on Thursday, and "
        "Berlin and Vilnius signed an agreement on the stationing of a German brigade.",
        published="2025-05-23",
    )
    assert only(ex, "Agreement").start.iso() == "2025-05-22"
    # (the day said in the sentence, not the visit's first: "On Wednesday the delegation
    # travelled to Baranovichi, where ...")
    ex = news(
        tmp_path,
        gaz,
        "Myanmar's deputy military chief arrived in Minsk on Monday for a four-day visit. On "
        "Wednesday the delegation travelled to Baranovichi, where the Myanmar Air Force signed "
        "a contract with Belarus's 558th Aircraft Repair Plant.",
        published="2025-10-10",
    )
    assert only(ex, "ProcurementContract").start.iso() == "2025-10-08"


def test_a_programme_running_to_a_year_was_not_signed_then(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Myanmar's deputy military chief held talks with Belarusian Defence Minister Viktor "
        "Khrenin on Tuesday, after which the two men signed a programme of military "
        "cooperation running to 2028.",
        published="2025-10-10",
    )
    deal = only(ex, "Agreement")
    assert (deal.participants, deal.start.iso()) == (iso("blr", "mmr"), "2025-10-07")


def test_crews_practising_in_a_drill_just_told_are_part_of_it(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Ships of the Philippines, Japan and Australia held a maritime cooperative activity west "
        "of Palawan on Nov. 11-12. A Royal Australian Air Force P-8A flew overhead. Crews "
        "practised communication checks and formation manoeuvres.",
        published="2025-11-13",
    )
    assert only(ex, "JointExercise").participants == iso("aus", "jpn", "phl")


def test_an_awarded_contract_is_dated_by_its_report(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The US Army has awarded Lockheed Martin a $226 million contract to build 18 HIMARS "
        "launchers for Morocco, the Pentagon said on Tuesday.",
        published="2025-06-12",
    )
    deal = only(ex, "ProcurementContract")
    assert (deal.participants, deal.start.iso()) == (iso("mar", "usa"), "2025-06-10")


def test_a_region_named_with_its_type_is_no_state_and_the_jets_are_those_told(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Nigerian Air Force has taken delivery of four more M-346 jets from Italy. The jets "
        "landed at Kainji air base in Niger State on Tuesday after a ferry flight.",
        published="2025-12-04",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso()) == (iso("ita", "nga"), "2025-12-02")


def test_a_promise_to_transfer_technology_is_a_term_of_the_order(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Brazil ordered 36 Gripens from Saab in October 2014 under a deal worth SEK 39.3bn, with "
        "the Swedish company committed to transfer technology to Brazilian firms.",
        published="2025-10-09",
    )
    assert acts(ex) == {act("ProcurementContract", "bra", "swe")}
    ex = news(
        tmp_path,
        gaz,
        "Both jets came off the final assembly line that Embraer runs with Saab at Gavião Peixoto.",
        published="2025-10-09",
    )
    assert acts(ex) == {act("JointProductionProject", "bra", "swe")}


def test_the_navy_names_back_to_the_force_told(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Royal Thai Navy signed an amended contract with CSOC last week. Germany declined "
        "to license its engine for a Chinese-built warship, leaving the hull unfinished. The "
        "navy ordered the submarine from CSOC in 2017.",
        published="2025-11-12",
    )
    older = [c for c in ex.events if c.start and c.start.iso() == "2017"]
    assert [c.participants for c in older] == [iso("chn", "tha")]


def test_a_ship_handed_over_told_twice_is_one_handover(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The Pakistan Navy has taken delivery of a corvette from Turkey, the navy said. The "
        "2,900-tonne ship, based on a Turkish design, was handed over by a representative of "
        "ASFAT at Karachi on Monday. The lead ship was handed over in Istanbul in 2023.",
        published="2025-10-08",
    )
    deliveries = [c for c in ex.events if c.cls == "ArmsTransfer"]
    assert sorted(c.start.iso() for c in deliveries) == ["2023", "2025-10-06"]


def test_a_ship_name_after_a_hull_number_names_no_state(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Vietnam and China held their 39th joint patrol in the Gulf of Tonkin on Tuesday. The "
        "Vietnamese side took part with the frigate HQ-012 Ly Thai To.",
        published="2025-12-04",
    )
    assert only(ex, "JointExercise").participants == iso("chn", "vnm")


# -- from the round's second short batch (t325-t340) ---------------------------------------


def test_a_paragraph_naming_a_newsletter_as_a_source_is_read(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Algeria has ordered 12 Su-57E fighters from Russia.\n\nThe contract was signed in "
        "Moscow in late April, a source told a Moscow-based aviation newsletter.",
        published="2025-05-19",
    )
    assert only(ex, "ProcurementContract").start.iso() == "2025-04"


def test_the_first_export_customer_is_no_shipment(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Algeria has ordered 12 Su-57E fifth-generation fighters from Russia, becoming the first "
        "export customer for the type, according to Russian industry sources and Algerian press "
        "reports published over the weekend.",
        published="2025-05-19",
    )
    assert acts(ex) == {act("ProcurementContract", "dza", "rus")}


def test_the_fifth_and_last_squadron_expected(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India ordered five S-400 squadrons from Russia in October 2018. Deliveries were slowed "
        "by the war, and the fifth and last squadron is now expected in the second half of "
        "2026.",
        published="2025-11-14",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso(), delivery.status) == (
        iso("ind", "rus"),
        "2026",
        "planned",
    )


def test_making_with_a_partner_said_as_a_fact(tmp_path, gaz):
    for body in (
        "Mazagon Dock in Mumbai built all six Kalvari-class boats with technology transferred "
        "by France's Naval Group.",
        "At the Astana plant, ANKA drones for Kazakhstan are being assembled with Turkish "
        "Aerospace.",
    ):
        ex = news(tmp_path, gaz, body, published="2025-03-21")
        assert [c.cls for c in ex.events] == ["JointProductionProject"], body
    ex = news(
        tmp_path,
        gaz,
        "Britain, Japan and Italy moved on Tuesday, when BAE Systems, Leonardo and a Japanese "
        "consortium completed the formation of Edgewing, the company that will design and "
        "develop the GCAP fighter.",
        published="2025-06-26",
    )
    production = only(ex, "JointProductionProject")
    assert (production.participants, production.start.iso()) == (
        iso("gbr", "ita", "jpn"),
        "2025-06-24",
    )


def test_a_treaty_the_three_countries_signed(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Britain, Japan and Italy oversee the fighter through a body set up under a treaty the "
        "three countries signed in Tokyo in December 2023.",
        published="2025-06-26",
    )
    (deal,) = ex.events
    assert (deal.participants, deal.start.iso()) == (iso("gbr", "ita", "jpn"), "2023-12")


def test_a_ship_which_a_state_transferred(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Sri Lanka already operates one ship of the class, SLNS Sayura, which India transferred "
        "in 2000.",
        published="2025-06-12",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso()) == (iso("ind", "lka"), "2000")


def test_a_crew_to_train_aboard_a_ship_abroad(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India will hand over a patrol vessel to Sri Lanka in July. A Sri Lankan crew will train "
        "aboard the vessel at Visakhapatnam in India from later this month.",
        published="2025-06-12",
    )
    training = only(ex, "TrainingExchange")
    assert (training.participants, training.start.iso()) == (iso("ind", "lka"), "2025-06")


def test_ministers_of_three_capitals_due_to_meet(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The defence ministers of Athens, Nicosia and Cairo are due to meet in Cairo in February "
        "to review their cooperation programme.",
        published="2025-12-05",
    )
    talks = only(ex, "DialogueMechanism")
    assert (talks.participants, talks.start.iso()) == (iso("cyp", "egy", "grc"), "2026-02")


def test_a_plan_of_bilateral_military_cooperation(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Turkish Defence Minister Yaşar Güler paid an official visit to Kazakhstan on Tuesday "
        "and Wednesday, holding talks in Astana with his Kazakh counterpart. On Wednesday the "
        "ministers signed a plan of bilateral military "
        "cooperation for 2026.",
        published="2025-09-05",
    )
    deal = only(ex, "Agreement")
    assert (deal.participants, deal.start.iso()) == (iso("kaz", "tur"), "2025-09-03")


def test_the_first_of_them_handed_over_to_its_navy(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In 2024 Jakarta ordered two offshore combat ships from Italy's Fincantieri. The first "
        "of them, renamed KRI Brawijaya, was handed over to the Indonesian Navy at La Spezia in "
        "May.",
        published="2025-07-24",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso()) == (iso("idn", "ita"), "2025-05")


def test_the_co_production_agreement_told_again_is_that_agreement(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Denmark and Ukraine on Tuesday signed an agreement allowing Ukrainian companies to "
        "manufacture weapons on Danish soil. The co-production agreement was signed in "
        "Copenhagen by the two defence ministers.",
        published="2025-10-09",
    )
    assert acts(ex) == {act("Agreement", "dnk", "ukr")}


def test_what_moves_as_parts_or_money_is_no_transfer(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "ANKA drones are being assembled in Astana with Turkish Aerospace. Kazakh technicians "
        "are fitting wings, engines and avionics supplied from Türkiye, and the share of parts "
        "made in Kazakhstan is to grow, the company said.",
        published="2025-09-05",
    )
    assert not [c for c in ex.events if c.cls == "ArmsTransfer"]
    ex = news(
        tmp_path,
        gaz,
        "The exercise comes weeks after the Philippine Navy took delivery of two patrol boats "
        "from the United States in March, paid for from the $500 million in Foreign Military "
        "Financing that Washington pledged to Manila last year.",
        published="2025-04-22",
    )
    assert only(ex, "ArmsTransfer").start.iso() == "2025-03"


def test_the_first_of_those_tanks_comes_under_the_contract_further_back(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Norway has ordered 18 more Leopard 2A8 tanks from Germany's KNDS Deutschland, the "
        "Norwegian Defence Materiel Agency said on Thursday. The agency signed the amendment in "
        "Munich on Wednesday. It is worth NOK 5.2 billion and includes spare parts, simulators "
        "and tools. Army planners have long argued that the northern brigade needs more armour "
        "to hold the Finnmark plateau in winter, when roads close for weeks and supply lines "
        "from the south run through a single valley, and officers told parliament last spring "
        "that the existing fleet could not cover both the north and the Oslo region at once. "
        "The first of those tanks is due to reach Brigade North at Setermoen in 2026.",
        published="2025-10-23",
    )
    delivery = only(ex, "ArmsTransfer")
    assert (delivery.participants, delivery.start.iso()) == (iso("deu", "nor"), "2026")


# -- from the round's third short batch (t341-t356) ----------------------------------------


def test_a_supply_ship_and_ships_sent_to_watch_are_no_transfers(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Chinese and Russian warships ended a joint patrol in the Pacific on Wednesday. The task "
        "group, made up of the Chinese destroyer Shaoxing and a supply ship, together with the "
        "Russian destroyer Admiral Tributs, set out on Aug. 7. Japan said it had sent a P-3C "
        "patrol aircraft and a destroyer to monitor the group.",
        published="2025-08-22",
    )
    assert acts(ex) == {act("JointExercise", "chn", "rus")}


def test_last_years_patrol_and_an_earlier_edition_of_a_series_told(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Last year's patrol, the fifth, took Chinese and Russian ships from the Sea of Japan "
        "into the South China Sea.",
        published="2025-08-22",
    )
    patrol = only(ex, "JointExercise")
    assert (patrol.participants, patrol.start.iso()) == (iso("chn", "rus"), "2024")
    ex = news(
        tmp_path,
        gaz,
        "The Indian Army and the Australian Army opened Exercise AUSTRAHIND 2025 in Rajasthan on "
        "Monday. AUSTRAHIND 2024 was staged at Pune from Nov. 8 to 21 last year.",
        published="2025-11-14",
    )
    assert sorted(c.start.iso() for c in ex.events) == ["2024-11-08", "2025-11-10"]
