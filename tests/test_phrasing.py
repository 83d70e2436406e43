"""The many ways news copy says the same kind of act, one sentence each, and the look-alikes
that are not acts. Each sentence was written for these tests; the reference data is the real
one. A case names the event class the sentence must give and the states taking part."""

from __future__ import annotations

import pytest
from newsdoc import iso, news, only


@pytest.mark.parametrize(
    ("body", "cls", "states"),
    [
        # joint production, said in the words trade press uses
        (
            "Hanwha Aerospace will produce K9 howitzers in Poland from 2026.",
            "JointProductionProject",
            ("kor", "pol"),
        ),
        (
            "Saab will manufacture Gripen parts in Brazil.",
            "JointProductionProject",
            ("bra", "swe"),
        ),
        (
            "India and Russia jointly manufacture AK-203 rifles at Korwa.",
            "JointProductionProject",
            ("ind", "rus"),
        ),
        (
            "Turkish firm Aselsan and Egypt's Benha Company agreed to manufacture radios.",
            "JointProductionProject",
            ("egy", "tur"),
        ),
        (
            "South Korea and Indonesia are developing the KF-21 fighter together.",
            "JointProductionProject",
            ("idn", "kor"),
        ),
        (
            "Turkey and Azerbaijan launched a joint drone production facility in Baku.",
            "JointProductionProject",
            ("aze", "tur"),
        ),
        (
            "Japan will transfer the technology for the mast to India under a deal signed in "
            "November.",
            "JointProductionProject",
            ("ind", "jpn"),
        ),
        # training
        (
            "Turkey is training Azerbaijani officers at its war colleges.",
            "TrainingExchange",
            ("aze", "tur"),
        ),
        (
            "A team of Russian instructors is training Malian special forces.",
            "TrainingExchange",
            ("mli", "rus"),
        ),
        (
            "France will host 40 Armenian cadets at Saint-Cyr under an exchange programme.",
            "TrainingExchange",
            ("arm", "fra"),
        ),
        (
            "Philippine Marines received instruction from Japanese specialists on drones.",
            "TrainingExchange",
            ("jpn", "phl"),
        ),
        (
            "Polish crews spent six months training with the US Army in Texas.",
            "TrainingExchange",
            ("pol", "usa"),
        ),
        # visits
        (
            "Indian Defence Minister Rajnath Singh flew to Tokyo on Monday for talks.",
            "OfficialVisit",
            ("ind", "jpn"),
        ),
        (
            "Philippine President Ferdinand Marcos Jr. hosted Japanese Prime Minister Fumio "
            "Kishida in Manila on Friday.",
            "OfficialVisit",
            ("jpn", "phl"),
        ),
        (
            "Pakistan's army chief was in Washington this week for meetings with Pentagon "
            "officials.",
            "OfficialVisit",
            ("pak", "usa"),
        ),
        # exercises, contracts, transfers, dialogue
        (
            "Russian and Chinese bombers conducted a joint air patrol over the Sea of Japan on "
            "Wednesday.",
            "JointExercise",
            ("chn", "rus"),
        ),
        (
            "Poland's defence ministry contracted Hanwha for 72 more K9 howitzers.",
            "ProcurementContract",
            ("kor", "pol"),
        ),
        (
            "The Greek government signed a letter of acceptance for 20 F-35 jets from the "
            "United States.",
            "ProcurementContract",
            ("grc", "usa"),
        ),
        (
            "Belarus and Russia signed the Treaty on Security Guarantees in Minsk in December.",
            "Treaty",
            ("blr", "rus"),
        ),
        (
            "The exercise began in 1992 as an India-US drill.",
            "JointExercise",
            ("ind", "usa"),
        ),
        (
            "A Sino-Russian joint naval patrol sailed through the Sea of Japan on Sunday.",
            "JointExercise",
            ("chn", "rus"),
        ),
        (
            "In October Buenos Aires signed a letter of offer and acceptance with the United "
            "States for spare engines.",
            "ProcurementContract",
            ("arg", "usa"),
        ),
        (
            "Turkish Aerospace signed a work-share agreement with the Pakistan Aeronautical "
            "Complex on Wednesday.",
            "JointProductionProject",
            ("pak", "tur"),
        ),
        (
            "The Philippine Air Force (PAF) flies FA-50 jets. The PAF took delivery of two "
            "more from South Korea on Monday.",
            "ArmsTransfer",
            ("kor", "phl"),
        ),
        (
            "India's Procurement of 1,000 engines for T-72 tanks from Rosoboronexport was "
            "signed on 07.03.2025.",
            "ProcurementContract",
            ("ind", "rus"),
        ),
        (
            "Vietnam flies Kilo-class submarines, which Russia delivered between 2014 and 2017.",
            "ArmsTransfer",
            ("rus", "vnm"),
        ),
        (
            "The Philippine Department of National Defense has awarded Korea Aerospace "
            "Industries (KAI) a contract for 12 FA-50 jets. The deal was inked on Monday.",
            "ProcurementContract",
            ("kor", "phl"),
        ),
        (
            "Fourteen Nigerian Air Force cadets began a four-year course at the PAF Academy in "
            "Risalpur on Monday.",
            "TrainingExchange",
            ("nga", "pak"),
        ),
        (
            "Australian forces train in the Philippines under the Status of Visiting Forces "
            "Agreement, which the two countries signed in 2007.",
            "Agreement",
            ("aus", "phl"),
        ),
        (
            "Starmer flew into Ankara on Monday for his first visit to Turkey as prime minister "
            "and held talks with Erdogan on Gaza, Ukraine and trade.",
            "OfficialVisit",
            ("gbr", "tur"),
        ),
        (
            "The announcements coincided with a meeting of the defence ministers of Norway, "
            "Sweden, Denmark and Finland in Helsinki on Tuesday.",
            "DialogueMechanism",
            ("dnk", "fin", "nor", "swe"),
        ),
        (
            "A memorandum of understanding on defence cooperation was exchanged between Egypt "
            "and Greece.",
            "MemorandumOfUnderstanding",
            ("egy", "grc"),
        ),
        (
            "Ankara and Baku adopted a joint declaration on military cooperation.",
            "Declaration",
            ("aze", "tur"),
        ),
        (
            "Manila and Seoul closed a $700 million deal for 12 more FA-50 jets.",
            "ProcurementContract",
            ("kor", "phl"),
        ),
        (
            "Vietnam is procuring BrahMos missiles from India.",
            "ProcurementContract",
            ("ind", "vnm"),
        ),
        (
            "The navies of Russia and Iran rehearsed search-and-rescue operations in the Gulf "
            "of Oman.",
            "JointExercise",
            ("irn", "rus"),
        ),
        (
            "Polish and American soldiers trained together at Drawsko Pomorskie last month.",
            "JointExercise",
            ("pol", "usa"),
        ),
        (
            "The first Bayraktar TB2 drones from Turkey reached Poland in May.",
            "ArmsTransfer",
            ("pol", "tur"),
        ),
        (
            "Ukrainian pilots are learning to fly F-16s in Romania.",
            "TrainingExchange",
            ("rou", "ukr"),
        ),
        (
            "The Turkish frigate TCG Kemalreis made a port call at Karachi on Wednesday.",
            "OfficialVisit",
            ("pak", "tur"),
        ),
        (
            "Germany has sent another IRIS-T air defence system to Ukraine.",
            "ArmsTransfer",
            ("deu", "ukr"),
        ),
        (
            "Washington cleared the sale of 24 F-35s to the Czech Republic.",
            "ArmsTransfer",
            ("cze", "usa"),
        ),
        (
            "China and Pakistan convened the 12th round of their Defence and Security Talks "
            "in Beijing.",
            "DialogueMechanism",
            ("chn", "pak"),
        ),
    ],
)
def test_one_act_in_the_words_news_uses(tmp_path, gaz, body, cls, states):
    event = only(news(tmp_path, gaz, body))
    assert (event.cls, event.participants) == (cls, iso(*states)), body


@pytest.mark.parametrize(
    "body",
    [
        "New Delhi has been weighing whether to buy Stryker vehicles from the United States.",
        "Western governments accuse Iran of supplying Russia with drones, which Tehran denies.",
        "The Indian Navy received funding from the finance ministry to buy more drones.",
        "A letter from the US president was delivered to Iran by an envoy from Oman.",
        "The US Navy sent the destroyer USS Dewey and Japan sent two officers to observe.",
        "Buying from Paris, Beijing and Budapest at once is proof that neutrality works.",
        "India and France have held Shakti every two years since 2016.",
        "The Philippine Air Force will send FA-50 jets and a C-130 to Exercise Pitch Black.",
        "Earlier attempts by Argentina to buy Korean FA-50s stalled over a UK arms embargo.",
        "Kazakhstan still buys most of its heavy weapons from Russia.",
        "The Indian destroyer INS Delhi and the support ship INS Shakti docked in Vietnam.",
        "A Vietnamese purchase of BrahMos from India is still not under contract.",
        "A similar purchase of used jets from Oman by Turkey is still under discussion.",
        "The Indian Army rehearsed counter-terrorism operations in Rajasthan.",
        "Talks on the Thai navy's submarine from China reached what officials called a "
        "decisive phase.",
        "Major contracts with domestic vendors include the contract with Hindustan Aeronautics "
        "Limited for 156 helicopters, signed on 28.03.2025.",
    ],
)
def test_look_alikes_are_not_acts(tmp_path, gaz, body):
    assert news(tmp_path, gaz, body).events == [], body


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


def test_each_item_of_a_round_up_stands_alone(tmp_path, gaz):
    body = (
        "**Turkish-Kazakh plant opens**\n\n"
        "ASTANA – Turkey and Kazakhstan opened a joint venture plant for thermal sights on "
        "Tuesday.\n\n"
        "**Bright Star closes at Mohamed Naguib base**\n\n"
        "CAIRO – The multinational exercise Bright Star, co-hosted by Egypt and the United "
        "States, ended on Wednesday."
    )
    found = sorted((c.cls, tuple(sorted(c.participants))) for c in news(tmp_path, gaz, body).events)
    assert found == [
        ("JointExercise", tuple(sorted(iso("egy", "usa")))),
        ("JointProductionProject", tuple(sorted(iso("kaz", "tur")))),
    ]


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
