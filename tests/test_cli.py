"""The command line as a user meets it: what it writes, and how it refuses bad input.

Every user error must give exit code 2, one line on stderr that names the file, no traceback,
and leave an existing output folder exactly as it was.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from milcoop import paths
from milcoop.cli import main
from milcoop.documents import read_document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "documents"
BAD = Path(__file__).parent / "data" / "bad"
# rdflib warns about its own use of deprecated names (union lookups, its TriG parser)
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]
DIST_FILES = {
    "milcoop.ttl",
    "milcoop.jsonld",
    "milcoop.trig",
    "milcoop.nq.gz",
    "void.ttl",
    "context.jsonld",
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One `milcoop build` of a copy of the seed documents: (documents, dist, stdout)."""
    base = tmp_path_factory.mktemp("cli")
    documents = base / "documents"
    shutil.copytree(SEEDS, documents)
    out = base / "dist"
    capture = base / "stdout.txt"
    # capsys is function-scoped: capture this one run by hand
    saved = sys.stdout
    with capture.open("w", encoding="utf-8") as stream:
        sys.stdout = stream
        try:
            code = main(
                ["build", "--documents", str(documents), "--out", str(out), "--no-curation"]
            )
        finally:
            sys.stdout = saved
    assert code == 0
    return documents, out, capture.read_text(encoding="utf-8")


@pytest.fixture
def existing_out(built, tmp_path) -> tuple[Path, dict[str, bytes]]:
    """A copy of a good release, as a user's pre-existing output folder, and its bytes."""
    out = tmp_path / "dist"
    shutil.copytree(built[1], out)
    return out, snapshot(out)


def run_error(capsys, argv: list[str]) -> str:
    """Run a command that must fail on user input; return its single stderr line."""
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


# -- build ---------------------------------------------------------------------------------------


def test_build_writes_the_release(built):
    _, out, stdout = built
    assert {p.name for p in out.iterdir()} == DIST_FILES
    assert all((out / name).stat().st_size > 0 for name in DIST_FILES)
    assert stdout.startswith("built 5 documents:")
    for name in DIST_FILES:
        assert str(out / name) in stdout


def test_second_build_is_byte_identical(built, tmp_path, capsys):
    documents, out, _ = built
    again = tmp_path / "again"
    assert main(["build", "--documents", str(documents), "--out", str(again), "--no-curation"]) == 0
    capsys.readouterr()
    first, second = snapshot(out), snapshot(again)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


@pytest.mark.parametrize(
    ("fixture", "as_name"),
    [
        ("broken_front_matter.md", "005_broken_front_matter.md"),
        ("not_utf8.md", "005_not_utf8.md"),
        ("empty.md", "005_empty.md"),
        ("bad_date.md", "005_bad_date.md"),
    ],
)
def test_bad_document_fails_cleanly(built, existing_out, tmp_path, capsys, fixture, as_name):
    documents = tmp_path / "documents"
    shutil.copytree(built[0], documents)
    shutil.copy(BAD / fixture, documents / as_name)
    out, before = existing_out
    line = run_error(
        capsys, ["build", "--documents", str(documents), "--out", str(out), "--no-curation"]
    )
    assert as_name in line
    assert re.search(re.escape(as_name) + r":\d+", line), line  # and a line number
    assert snapshot(out) == before


def test_invalid_reference_turtle_fails_cleanly(built, existing_out, tmp_path, capsys):
    reference = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE_DIR, reference)
    shutil.copy(BAD / "broken_reference.ttl", reference / "zz_broken.ttl")
    out, before = existing_out
    line = run_error(
        capsys,
        [
            "build",
            "--documents",
            str(built[0]),
            "--out",
            str(out),
            "--no-curation",
            "--reference",
            str(reference),
        ],
    )
    assert "zz_broken.ttl" in line
    assert snapshot(out) == before


def test_missing_documents_folder(existing_out, tmp_path, capsys):
    out, before = existing_out
    line = run_error(
        capsys,
        ["build", "--documents", str(tmp_path / "nowhere"), "--out", str(out), "--no-curation"],
    )
    assert "nowhere" in line
    assert snapshot(out) == before


# -- query errors --------------------------------------------------------------------------------


def test_unknown_query_name(existing_out, capsys):
    out, before = existing_out
    line = run_error(capsys, ["query", "timelin", "--data", str(out)])
    assert "timelin" in line and "timeline" in line  # names it and suggests the close one
    assert snapshot(out) == before


def timeline_args(out, extra_param: str) -> list[str]:
    """`milcoop query timeline` for Pakistan on `out`, with one more parameter."""
    return [
        "query",
        "timeline",
        "--data",
        str(out),
        "--param",
        "state=Pakistan",
        "--param",
        extra_param,
    ]


def test_unknown_query_parameter(existing_out, capsys):
    out, before = existing_out
    line = run_error(capsys, timeline_args(out, "colour=red"))
    assert "timeline.rq" in line and "colour" in line
    assert snapshot(out) == before


@pytest.mark.parametrize("value", ["2022-02-30", "30/12/2022", "yesterday"])
def test_bad_date_parameter(existing_out, capsys, value):
    out, before = existing_out
    line = run_error(capsys, timeline_args(out, f"since={value}"))
    assert "timeline.rq" in line and "since" in line and value in line
    assert snapshot(out) == before


def test_query_on_a_missing_dump(tmp_path, capsys):
    line = run_error(capsys, ["query", "events", "--data", str(tmp_path / "no-dist")])
    assert "no-dist" in line


# -- other commands ------------------------------------------------------------------------------


def test_queries_lists_every_named_query(capsys):
    assert main(["queries"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert listed == {p.stem for p in paths.QUERIES_DIR.glob("*.rq")}
    assert len(listed) >= 10


def test_query_runs_on_the_build(built, capsys):
    assert (
        main(
            [
                "query",
                "timeline",
                "--data",
                str(built[1]),
                "--param",
                "state=Pakistan",
                "--format",
                "json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    rows = result["results"]["bindings"]
    assert rows and all("event" in row for row in rows)


def test_extract_prints_events_with_evidence(capsys):
    path = SEEDS / "004_fe1b178da77af275.md"
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "JointExercise: Azerbaijan, Turkey" in out
    text = read_document(path).text
    quotes = re.findall(r"evidence \[(\d+):(\d+)\]: »(.*)«", out)
    assert quotes
    assert any("[[" in quote for _, _, quote in quotes)  # the announcing words are marked
    for start, end, quote in quotes:
        assert quote.replace("[[", "").replace("]]", "") == " ".join(
            text[int(start) : int(end)].split()
        )


def test_extract_of_a_bad_file(capsys):
    line = run_error(capsys, ["extract", str(BAD / "unclosed_front_matter.md")])
    assert "unclosed_front_matter.md:1" in line


def test_validate_the_build(built, capsys):
    assert main(["validate", str(built[1])]) == 0
    capsys.readouterr()
    assert main(["validate", str(built[1]), "--format", "junit"]) == 0
    root = ET.fromstring(capsys.readouterr().out)
    assert root.tag in ("testsuites", "testsuite")
    assert list(root.iter("testcase")) and not list(root.iter("failure"))
    assert main(["validate", str(built[1]), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["conforms"] is True


def test_help_in_a_real_process():
    done = subprocess.run(
        [sys.executable, "-m", "milcoop", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for command in ("build", "extract", "validate", "export", "queries", "query", "evaluate"):
        assert command in done.stdout
    assert done.stderr == ""
