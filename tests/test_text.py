"""The clean text view (same length, same offsets) and sentence splitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from milcoop.documents import read_document
from milcoop.text import clean_view, datelines, headings, sentences

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "documents").glob("*.md"))


def _seed(prefix: str) -> str:
    return read_document(next(p for p in SEEDS if p.name.startswith(prefix))).text


def _sentence_with(view: str, needle: str) -> str:
    """The one sentence of `view` containing `needle` (which may span a blanked gap)."""
    hits = [s.text for s in sentences(view) if needle in s.text]
    assert len(hits) == 1, hits
    return hits[0]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_view_keeps_length_and_offsets(path):
    text = read_document(path).text
    view = clean_view(text)
    assert len(view) == len(text)
    assert all(v == t for v, t in zip(view, text, strict=True) if not v.isspace())
    # blanking never removes a line break, so line numbers stay valid too
    assert [i for i, c in enumerate(view) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


def test_link_markup_blanked_and_link_text_kept():
    text = "They embarked on [cooperative initiatives](#) in defence."
    view = clean_view(text)
    start = text.index("cooperative")
    assert view[start : start + len("cooperative initiatives")] == "cooperative initiatives"
    assert "[" not in view and "](#)" not in view and "#" not in view
    assert " ".join(view.split()) == "They embarked on cooperative initiatives in defence."


def test_link_target_is_blanked():
    text = "See [the report](https://example.org/report) for details."
    assert "example.org" not in clean_view(text)


def test_emphasis_heading_and_escapes_blanked():
    text = "## **Pakistan-Turkey Strategic Partnership**\n\nA total of [\\\\$112 million](#) moved."
    view = clean_view(text)
    assert view.split() == [
        "Pakistan-Turkey",
        "Strategic",
        "Partnership",
        "A",
        "total",
        "of",
        "$112",
        "million",
        "moved.",
    ]


def test_snake_case_underscores_are_not_emphasis():
    text = "The file_name stays as it is."
    assert clean_view(text) == text


def test_seed_001_markup():
    text = _seed("001")
    view = clean_view(text)
    assert "**" not in view and "](#)" not in view and "\\" not in view
    start = text.index("[\\\\$112 million](#)")
    assert view[start : start + 20].split() == ["$112", "million"]


def test_repeated_paragraph_kept_once():
    para = "The navies of both states held a drill in the Arabian Sea."
    text = f"{para}\n\nSomething else happened.\n\n{para}\n"
    view = clean_view(text)
    assert view.count(para) == 1
    assert view.index(para) == 0


def test_seed_004_captions_and_newsletter_blanked():
    text = _seed("004")
    view = clean_view(text)
    caption = (
        "Turkish and Azerbaijani armed forces hold a joint exercise in Azerbaijan, Dec. 6, 2022."
    )
    assert text.count(caption) == 8
    assert caption not in view
    assert "(AA Photo)" not in view
    for boilerplate in (
        "Newsletter",
        "unsubscribe",
        "reCAPTCHA",
        "Leave a Reply",
        "Required fields are marked",
    ):
        assert boilerplate in text
        assert boilerplate not in view
    # the reporting around the captions survives
    assert "This week’s drill follows the flight-tactical training" in view
    assert "Turkish and Azerbaijani fighter jets took off" in view


def test_seed_000_photo_caption_blanked_but_report_kept():
    text = _seed("000")
    view = clean_view(text)
    assert "in this photo released by the Defense Ministry" in text
    assert "in this photo released by the Defense Ministry" not in view
    assert "The exercise, held on Dec. 19-25, aimed" in view


# -- sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_sentences_index_the_view(path):
    view = clean_view(read_document(path).text)
    found = sentences(view)
    assert found
    previous_end = 0
    for s in found:
        assert view[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end


def test_abbreviated_month_does_not_end_a_sentence():
    view = clean_view(_seed("000"))
    sentence = _sentence_with(view, "Dec. 19-25")
    assert sentence.startswith("The exercise, held on Dec. 19-25")
    assert sentence.endswith("developing cooperation in the military field.")


def test_rank_abbreviation_does_not_end_a_sentence():
    view = clean_view(_seed("000"))
    sentence = _sentence_with(view, "Adm. Zafar")
    assert sentence.startswith("In October 2019, President Recep Tayyip Erdoğan")
    assert sentence.endswith("during a ceremony in Istanbul.")


def test_paragraph_break_inside_a_sentence_is_joined():
    text = _seed("001")
    assert "along\n\nwith spare parts" in text
    sentence = _sentence_with(clean_view(text), "along\n\nwith")
    assert sentence.startswith("In 2015, Pakistan and Turkey signed a deal")
    assert sentence.endswith("spare parts on gratis basis.")


def test_a_finished_paragraph_is_not_joined_to_the_next():
    view = clean_view("The drill ended.\n\nnext week the ships sail home.")
    assert [s.text for s in sentences(view)] == [
        "The drill ended.",
        "next week the ships sail home.",
    ]


def test_sentence_ends_before_a_capital_and_a_number():
    view = "The ships sailed. 2022 was busy. \u201cWe trained,\u201d he said. Next came more."
    assert [s.text for s in sentences(view)] == [
        "The ships sailed.",
        "2022 was busy.",
        "\u201cWe trained,\u201d he said.",
        "Next came more.",
    ]


def test_paragraph_index_counts_paragraphs():
    view = "First one. Second one.\n\nThird one."
    assert [(s.text, s.paragraph) for s in sentences(view)] == [
        ("First one.", 0),
        ("Second one.", 0),
        ("Third one.", 1),
    ]


def test_headings_are_paragraphs_that_are_a_heading_alone():
    text = "**Round-up**\n\nBody text with **bold** inside.\n\n## Second item\n\nMore."
    assert [text[a:b] for a, b in headings(text)] == ["**Round-up**", "## Second item"]


def test_every_paragraph_may_open_with_its_own_dateline():
    view = "RIYADH – Saudi Arabia signed.\n\n**Item**\n\nDHAKA, Sept 15 – The army took delivery."
    assert [line.city for line in datelines(view)] == ["RIYADH", "DHAKA"]
