"""Dialogue bodies settled after extraction, and the entity readings that decide parties."""

from __future__ import annotations

from newsdoc import iso, news, only

from milcoop.namespaces import ID


def test_a_body_of_two_states_with_no_act_is_still_their_dialogue(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Doha's order for two patrol boats was reviewed under the Qatar-Türkiye Supreme "
        "Strategic Committee framework, officials said.",
    )
    body = only(ex, "DialogueMechanism")
    assert body.participants == iso("qat", "tur")
    assert body.known in ex.entities
    start, end = body.evidence[0]
    assert "Supreme Strategic Committee" in ex.document.text[start:end]


def test_a_domestic_council_is_an_organisation_not_a_dialogue(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "India's Defence Acquisition Council cleared proposals worth Rs 67,000 crore on "
        "Tuesday for the three services.",
    )
    kinds = {e.label: e.kind for e in ex.entities.values()}
    assert kinds.get("Defence Acquisition Council") in ("GovernmentAgency", "Organization")
    assert not [c for c in ex.events if c.cls == "DialogueMechanism"]
    council = [m for m in ex.mentions if m.text.endswith("Acquisition Council")]
    assert council and all(m.iri in ex.entities for m in council)


def test_a_body_named_without_states_is_one_per_pair(tmp_path, gaz):
    text = (
        "The fifth meeting of the High-Level Military Dialogue Group between the defence "
        "ministries of {a} and {b} was held in {city} on Tuesday."
    )
    first = news(tmp_path, gaz, text.format(a="Azerbaijan", b="Pakistan", city="Baku"), stem="951")
    second = news(tmp_path, gaz, text.format(a="Türkiye", b="Pakistan", city="Ankara"), stem="952")
    a, b = only(first, "DialogueMechanism"), only(second, "DialogueMechanism")
    assert a.participants == iso("aze", "pak") and b.participants == iso("pak", "tur")
    assert a.known != b.known
    assert a.known in first.entities and b.known in second.entities
    assert not any("dialogue-group>" in str(i) for c in first.events for i in c.involves)


def test_a_co_chaired_edition_of_a_dialogue_is_an_event(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The two ministers co-chaired the sixth India-France Annual Defence Dialogue at the "
        "Hôtel de Brienne.",
    )
    assert only(ex, "DialogueMechanism").participants == iso("fra", "ind")


def test_a_city_state_in_a_list_of_states_takes_part(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "The exercise is being conducted from 6 to 24 October by the armed forces of "
        "Australia, Malaysia, New Zealand, Singapore and the United Kingdom.",
        published="2025-10-15",
    )
    drill = only(ex, "JointExercise")
    assert drill.participants == iso("aus", "mys", "nzl", "sgp", "gbr")
    assert drill.place != ID["place/1880252"]  # not "in Singapore"


def test_a_ship_sails_for_its_navy_in_a_drill(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "In June the Norwegian frigate KNM Thor Heyerdahl worked with HMS Somerset and German "
        "warships during the exercise Dynamic Mongoose in the Norwegian Sea.",
    )
    assert only(ex, "JointExercise").participants == iso("deu", "gbr", "nor")


def test_a_ship_changing_hands_does_not_name_a_seller(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Russia's Yantar shipyard delivered the frigate INS Tamal to India on Tuesday.",
    )
    transfer = only(ex, "ArmsTransfer")
    assert transfer.participants == iso("ind", "rus")
    assert transfer.roles.get("supplier") == iso("rus")


def test_a_model_number_is_no_year(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "Rabat ordered the 87-metre ship from Spain's Navantia, based on the Avante 1800 "
        "design, in 2023.",
    )
    assert only(ex, "ProcurementContract").start.iso() == "2023"


def test_forces_of_a_state_are_not_its_sub_organisation(tmp_path, gaz):
    ex = news(
        tmp_path,
        gaz,
        "A delegation of the General Staff of the Armed Forces of the Islamic Republic of Iran "
        "visited Baku on Monday.",
    )
    forces = [e for e in ex.entities.values() if e.label.endswith("Armed Forces")]
    assert forces and all(e.parent is None for e in forces)
    assert {e.state for e in forces} == iso("irn")
