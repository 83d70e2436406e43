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
            "Brazil's Embraer and India's Mahindra will co-produce the C-390 in India.",
            "JointProductionProject",
            ("bra", "ind"),
        ),
        (
            "Italy will host 20 Qatari pilots at its flight school in Decimomannu.",
            "TrainingExchange",
            ("ita", "qat"),
        ),
        (
            "Indian Navy divers conducted training with their Maldivian counterparts in Male.",
            "JointExercise",
            ("ind", "mdv"),
        ),
        (
            "The choice follows a letter of intent on naval and industrial cooperation that "
            "the Polish and Swedish defence ministers signed in Karlskrona last month.",
            "Agreement",
            ("pol", "swe"),
        ),
        (
            "China was the first foreign customer for the Su-35, ordering 24 of the fighters "
            "from Russia in 2015.",
            "ProcurementContract",
            ("chn", "rus"),
        ),
        (
            "Japan moved closer to arming its destroyers after the State Department on Tuesday "
            "approved the possible sale of 150 SM-6 missiles to Tokyo.",
            "ArmsTransfer",
            ("jpn", "usa"),
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
        # the less common words the fourth and fifth corpus rounds brought in
        (
            "Indian Navy instructors have been imparting training to UAE Navy cadets at "
            "Ezhimala since August.",
            "TrainingExchange",
            ("are", "ind"),
        ),
        (
            "Forty Kenyan officers were schooled by British instructors at Sandhurst.",
            "TrainingExchange",
            ("gbr", "ken"),
        ),
        (
            "Twenty Ghanaian marines have been put through a diving course by US Navy instructors.",
            "TrainingExchange",
            ("gha", "usa"),
        ),
        (
            "The handover of two patrol boats to the Sri Lankan Navy by India took place in "
            "Colombo.",
            "ArmsTransfer",
            ("ind", "lka"),
        ),
        (
            "A Vietnamese delegation paid a courtesy call on the Indian Navy chief in New Delhi.",
            "OfficialVisit",
            ("ind", "vnm"),
        ),
        (
            "Officials of both ministries will convene the fourth round of Franco-German "
            "armaments consultations in Paris.",
            "DialogueMechanism",
            ("deu", "fra"),
        ),
        (
            "Egypt's air force took charge of four Rafale fighters at Mérignac.",
            "ArmsTransfer",
            ("egy", "fra"),
        ),
        (
            "Around 30 Philippine Army personnel are scheduled to attend a disaster-relief "
            "course at a Ground Self-Defense Force school in Japan.",
            "TrainingExchange",
            ("jpn", "phl"),
        ),
        (
            "The annual Australia-UK Ministerial Consultations were held in Sydney on Friday.",
            "DialogueMechanism",
            ("aus", "gbr"),
        ),
        (
            "A framework agreement between the navies of Chile and Peru on search and rescue "
            "at sea was initialled in Lima.",
            "Agreement",
            ("chl", "per"),
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
        "In Japan, Mitsubishi Heavy Industries is building 12 Mogami-class frigates for the "
        "JMSDF at its Nagasaki yard.",
        "The pact allows Japanese and Philippine forces to provide each other with fuel, food "
        "and ammunition.",
        "Can the Department provide the contracts signed with foreign governments in 2024?",
        "The letter provides for the exchange of data between France and Australia.",
        "It was signed for France by the High Commissioner and for Australia by the minister.",
        "Talks on the Thai navy's submarine from China reached what officials called a "
        "decisive phase.",
        "Major contracts with domestic vendors include the contract with Hindustan Aeronautics "
        "Limited for 156 helicopters, signed on 28.03.2025.",
        "No contract has been concluded for the Chinese J-35 fighter, Pakistan's ministry said.",
        "Not every planned drill between Manila and Tokyo has gone ahead.",
    ],
)
def test_look_alikes_are_not_acts(tmp_path, gaz, body):
    assert news(tmp_path, gaz, body).events == [], body
