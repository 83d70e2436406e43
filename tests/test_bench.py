"""The benchmark suite: the synthetic generator is deterministic and writes documents the
pipeline reads and extracts from, `bench/run.py --quick` runs end to end, and
`--extract-compare` measures an earlier revision's extraction against the working tree's."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from milcoop.documents import read_document, read_documents
from milcoop.errors import MilcoopError
from milcoop.extraction import extract
from milcoop.reference import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


synth = _load("synth")
compare = _load("compare")
OLD_REVISION = "a9bc551"  # before the extraction work the comparison is for; in main's history


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path):
    a = _files(synth.generate(tmp_path / "a", 15, seed=3))
    b = _files(synth.generate(tmp_path / "b", 15, seed=3))
    c = _files(synth.generate(tmp_path / "c", 15, seed=4))
    assert a == b
    assert len([n for n in a if n.endswith(".md")]) == 15
    assert a != c


def test_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    """The growth series relies on it: 100 documents are the first 100 of 1000."""
    small = _files(synth.generate(tmp_path / "small", 5, seed=2))
    large = _files(synth.generate(tmp_path / "large", 9, seed=2))
    for name, data in small.items():
        if name.endswith(".md"):
            assert large[name] == data


def test_documents_parse_with_front_matter(tmp_path):
    folder = synth.generate(tmp_path / "corpus", 20, seed=5)
    paths = sorted(folder.glob("*.md"))
    assert len(paths) == 20
    for path in paths:
        doc = read_document(path)
        assert doc.title and doc.publisher and doc.language == "en"
        assert doc.published is not None and doc.published.day is not None
        assert 2016 <= doc.published.year <= 2025
        assert len(doc.text.split()) > 20
    assert len(read_documents(folder)) == 20  # the manifest is not taken for a document


def test_extractor_finds_varied_events(tmp_path):
    """The corpus is only a fair load if the extractor recognises what it states."""
    gaz = load_gazetteer()
    folder = synth.generate(tmp_path / "corpus", 40, seed=1, gaz=gaz)
    classes = Counter(c.cls for doc in read_documents(folder) for c in extract(doc, gaz).events)
    assert sum(classes.values()) >= 40
    assert {"ArmsTransfer", "ProcurementContract", "OfficialVisit"} <= set(classes)
    assert any(cls.endswith("Exercise") for cls in classes)
    assert any(cls in ("Agreement", "MemorandumOfUnderstanding") for cls in classes)


def test_refuses_data_folder_and_foreign_folders(tmp_path):
    with pytest.raises(MilcoopError, match="data/"):
        synth.generate(ROOT / "data" / "synthetic", 2)
    assert not (ROOT / "data" / "synthetic").exists()
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.md").write_text("keep me\n", encoding="utf-8")
    with pytest.raises(MilcoopError, match="refusing"):
        synth.generate(foreign, 2)
    assert (foreign / "notes.md").read_text(encoding="utf-8") == "keep me\n"


def test_quick_run_end_to_end(tmp_path):
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--quick",
            "--no-seed",
            "--docs",
            "8",
            "--work",
            str(tmp_path),
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    (run,) = results["corpora"]
    assert run["label"] == "synthetic-8"
    assert run["build"]["error"] is None and len(run["build"]["runs"]) == 1
    assert run["build"]["wall_seconds"] > 0 and run["build"]["peak_rss_mib"] > 20
    assert run["stages"]["documents"] == 8 and run["stages"]["conforms"] is True
    assert run["baseline"]["triples"] > 1000
    assert run["ratios"]["build"] == pytest.approx(
        run["build"]["wall_seconds"] / run["baseline"]["seconds"]
    )
    assert "| synthetic-8 | 8 |" in proc.stdout
    assert not list(tmp_path.glob("scratch-*"))  # build outputs are cleaned up


def _run_bench(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_extract_compare_runs_each_revision_in_its_own_tree(tmp_path):
    out = tmp_path / "compare.json"
    proc = _run_bench(
        "--extract-compare",
        OLD_REVISION,
        "--docs",
        "5",
        "--repeat",
        "1",
        "--no-baseline",
        "--work",
        str(tmp_path),
        "--json",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["settings"]["old_commit"].startswith(OLD_REVISION)
    seed, synthetic = results["corpora"]
    assert (seed["label"], synthetic["label"]) == ("seed", "synthetic-5")
    seed_docs = len(read_documents(ROOT / "data" / "documents"))
    for corpus, docs in ((seed, seed_docs), (synthetic, 5)):
        assert corpus["error"] is None
        for side in ("old", "new"):
            assert corpus[side]["documents"] == docs and len(corpus[side]["runs"]) == 1
            assert corpus[side]["events"] > 0
            assert corpus[side]["docs_per_second"] == pytest.approx(
                docs / corpus[side]["extract_seconds"]
            )
        assert corpus["new_over_old_docs_per_second"] == pytest.approx(
            corpus["new"]["docs_per_second"] / corpus["old"]["docs_per_second"]
        )
    # The old code ran from the unpacked revision, the new from this tree's src.
    scratch, tree, *inside = Path(seed["old"]["milcoop_file"]).relative_to(tmp_path.resolve()).parts
    assert scratch.startswith("scratch-") and tree.startswith(f"tree-{OLD_REVISION}")
    assert inside == ["src", "milcoop", "__init__.py"]
    assert Path(seed["new"]["milcoop_file"]) == ROOT / "src" / "milcoop" / "__init__.py"
    assert "| synthetic-5 | 5 | 1 |" in proc.stdout and "| seed, 2nd pass |" in proc.stdout
    assert not list(tmp_path.glob("scratch-*"))  # the unpacked revision is removed


def test_extract_compare_unknown_revision_is_one_line_exit_2(tmp_path):
    proc = _run_bench("--extract-compare", "no-such-revision", "--work", str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"error: unknown revision 'no-such-revision' in {ROOT}"
    ]
    assert not list(tmp_path.iterdir())  # nothing generated, nothing left behind


def test_worker_refuses_a_tree_whose_code_did_not_run(tmp_path):
    """A tree without milcoop in src lets the installed package answer: that must not count."""
    (tmp_path / "src").mkdir()
    with pytest.raises(compare.CompareError, match="used"):
        compare.run_worker(tmp_path, ROOT / "data" / "documents", timeout=60)
