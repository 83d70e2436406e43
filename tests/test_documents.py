"""Reading documents: front matter, the exact body that offsets index, and one-line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from milcoop.documents import find_documents, read_document, read_documents
from milcoop.errors import MilcoopError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "documents"
BAD = Path(__file__).parent / "data" / "bad"


def _body_of(path: Path) -> str:
    """The body of a seed file, found without milcoop: everything after the second '---' line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "---"
    closing = lines.index("---", 1)
    return "\n".join(lines[closing + 1 :])


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- front matter --------------------------------------------------------------------------------


def test_front_matter_of_a_seed_article():
    doc = read_document(SEEDS / "000_4d461cc16153db6a.md")
    assert doc.stem == "000_4d461cc16153db6a"
    assert doc.title.startswith("Turkish and Pakistani naval teams hold Crescent and Star-2022")
    assert doc.publisher == "Daily Sabah"
    assert (doc.published.year, doc.published.month, doc.published.day) == (2022, 12, 27)
    assert doc.published.precision == "day"
    assert doc.authors == ()
    assert doc.language == "en"


def test_year_only_publication_and_author_list():
    doc = read_document(SEEDS / "001_91865242b66daa1c.md")
    assert doc.published.iso() == "2021"
    assert doc.published.precision == "year"
    assert doc.authors == ("Aneeqa Safdar", "Shaza Arif")
    assert doc.publisher == "Centre for Aerospace & Security Studies (CASS)"


def test_month_precision_single_author_string_and_url(tmp_path):
    path = _write(
        tmp_path,
        "010_month.md",
        "---\n"
        "title: A short note\n"
        "published: 2021-02\n"
        "author: Jane Roe\n"
        "url: https://news.example.org/a-short-note\n"
        "---\n"
        "Nothing happened in February.\n",
    )
    doc = read_document(path)
    assert doc.published.iso() == "2021-02"
    assert doc.published.precision == "month"
    assert doc.authors == ("Jane Roe",)
    assert doc.url == "https://news.example.org/a-short-note"
    assert doc.text == "Nothing happened in February.\n"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.md")), ids=lambda p: p.stem[:3])
def test_body_is_the_file_after_the_front_matter(path):
    """Offsets index the body, so it must be the stored text verbatim (no strip, no rewrite)."""
    doc = read_document(path)
    assert doc.text == _body_of(path)
    assert doc.body_line == path.read_text(encoding="utf-8").split("\n").index("---", 1) + 2


def test_plain_text_without_front_matter(tmp_path):
    text = "Two navies met off the coast.\n\nThey exercised for a week.\n"
    doc = read_document(_write(tmp_path, "020_plain.txt", text))
    assert doc.text == text
    assert doc.published is None
    assert doc.title is None
    assert doc.authors == ()


def test_markdown_without_front_matter_keeps_everything(tmp_path):
    text = "# A heading\n\nA paragraph that mentions --- in passing.\n"
    assert read_document(_write(tmp_path, "021_nofm.md", text)).text == text


# -- errors: MilcoopError naming the file and a line ---------------------------------------------


def _error(path: Path) -> MilcoopError:
    with pytest.raises(MilcoopError) as info:
        read_document(path)
    err = info.value
    assert err.path is not None and Path(err.path).name == path.name
    assert path.name in str(err)
    assert "\n" not in str(err)
    return err


def test_broken_yaml_front_matter_names_a_line_inside_it():
    err = _error(BAD / "broken_front_matter.md")
    # the quote opens on line 2; the front matter ends with '---' on line 5
    assert err.line is not None and 2 <= err.line <= 5
    assert f":{err.line}:" in str(err)


def test_unclosed_front_matter():
    err = _error(BAD / "unclosed_front_matter.md")
    assert err.line == 1
    assert "closed" in err.message


def test_non_utf8_names_the_line_of_the_bad_byte():
    err = _error(BAD / "not_utf8.md")
    raw = (BAD / "not_utf8.md").read_bytes()
    assert err.line == raw[: raw.index(b"\xe9")].count(b"\n") + 1 == 5
    assert "UTF-8" in err.message


@pytest.mark.parametrize("name", ["empty.md", "empty_body.md"])
def test_empty_document(name):
    err = _error(BAD / name)
    assert err.line is not None
    assert "empty" in err.message


def test_impossible_quoted_date():
    err = _error(BAD / "bad_date_quoted.md")
    assert err.line == 3
    assert "2022-02-30" in err.message


def test_impossible_unquoted_date():
    """YAML itself turns an unquoted 2022-13-45 into a date, and fails inside its constructor."""
    err = _error(BAD / "bad_date.md")
    assert err.line == 3


def test_non_mapping_front_matter(tmp_path):
    err = _error(_write(tmp_path, "030_list.md", "---\n- just\n- a list\n---\nBody.\n"))
    assert err.line is not None


def test_duplicate_stems_in_one_folder(tmp_path):
    _write(tmp_path, "040_same.md", "One body.\n")
    _write(tmp_path, "040_same.txt", "Another body.\n")
    with pytest.raises(MilcoopError) as info:
        read_documents(tmp_path)
    assert "040_same" in str(info.value)


def test_empty_folder(tmp_path):
    (tmp_path / "notes.csv").write_text("not a document\n", encoding="utf-8")
    with pytest.raises(MilcoopError) as info:
        read_documents(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_missing_folder(tmp_path):
    with pytest.raises(MilcoopError):
        find_documents(tmp_path / "nowhere")


def test_seed_folder_reads_in_file_order(tmp_path):
    copy = tmp_path / "docs"
    shutil.copytree(SEEDS, copy)
    (copy / "README").write_text("ignored: no document suffix\n", encoding="utf-8")
    docs = read_documents(copy)
    assert [d.stem for d in docs] == sorted(p.stem for p in SEEDS.glob("*.md"))
