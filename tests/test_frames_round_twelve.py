"""Extraction rules of the twelfth round.

Every text here was written for these tests; the reference data is the real one.
"""

from __future__ import annotations

from newsdoc import news, only


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
