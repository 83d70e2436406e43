"""Extraction throughput of an earlier revision against the working tree, measured in one run.

`python bench/run.py --extract-compare REV` lands here. The earlier revision's `src`, reference
data, ontology and shapes are unpacked from `git archive` into a scratch folder (read-only git
commands only: the repository, its index and working tree are left as they are). Each
measurement is bench/extract_only.py in a fresh process whose PYTHONPATH is one tree's `src`,
so the two codes never share a process and each reads its own reference data (`milcoop.paths`
falls back to the source tree's `data/reference`, `ontology`, `shapes` when no packaged
resources sit next to the code). Runs of the two trees alternate, the order flipping every
repetition, so that a slow spell on a shared machine does not land on one side only.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().parent / "extract_only.py"
TREE_PATHS = ("src", "data/reference", "ontology", "shapes")  # what milcoop.paths reads
SIDES = ("old", "new")
# seconds of a pass -> name of its docs/s: the first pass (what a build pays) and the second
PASSES = {
    "extract_seconds": "docs_per_second",
    "second_pass_seconds": "second_pass_docs_per_second",
}


class CompareError(Exception):
    """A one-line reason the comparison cannot run (no git, unknown revision, failed run)."""


def _git(*args: str, repo: Path = ROOT) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise CompareError("git is not installed: --extract-compare needs it")
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CompareError(f"git {args[0]} failed: {exc}") from None


def resolve_revision(rev: str, repo: Path = ROOT) -> str:
    """The full commit id `rev` names in `repo`, or CompareError."""
    if not rev or rev.startswith("-"):
        raise CompareError(f"not a revision: {rev!r}")
    proc = _git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", repo=repo)
    if proc.returncode != 0:
        raise CompareError(f"unknown revision {rev!r} in {repo}")
    return proc.stdout.decode().strip()


def materialise(commit: str, dest: Path, repo: Path = ROOT) -> Path:
    """Unpack the parts of `commit` that extraction reads into `dest`; return `dest`."""
    listed = _git("ls-tree", "--name-only", commit, "--", *TREE_PATHS, repo=repo)
    present = [p for p in TREE_PATHS if p in listed.stdout.decode().splitlines()]
    if listed.returncode != 0 or "src" not in present:
        raise CompareError(f"revision {commit[:12]} has no src folder")
    proc = _git("archive", "--format=tar", commit, "--", *present, repo=repo)
    if proc.returncode != 0:
        tail = (proc.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1]
        raise CompareError(f"git archive {commit[:12]} failed: {tail}")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as archive:
        archive.extractall(dest, filter="data")
    return dest


def run_worker(tree: Path, documents: Path, timeout: float) -> dict:
    """One extraction of `documents` by the code in `tree`/src, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, str(WORKER), str(documents)]
    try:
        proc = subprocess.run(
            cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise CompareError(f"extraction in {tree} stopped after {timeout:.0f} s") from None
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise CompareError(f"extraction in {tree}: exit {proc.returncode}: {tail}")
    try:
        result = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise CompareError(f"extraction in {tree} printed no JSON result") from None
    # An installed milcoop must not have stood in for the tree's own code or data.
    for key, inside in (("milcoop_file", tree / "src"), ("reference_dir", tree)):
        if not Path(result[key]).is_relative_to(inside.resolve()):
            raise CompareError(f"extraction meant for {tree} used {result[key]}")
    return result


def compare_corpus(
    label: str, documents: Path, trees: dict[str, Path], repeat: int, timeout: float
) -> dict:
    """Alternate the trees' runs on one corpus; medians per tree and new/old ratio."""
    runs: dict[str, list[dict]] = {side: [] for side in SIDES}
    result: dict = {"label": label, "documents_dir": str(documents), "error": None}
    try:
        for i in range(repeat):
            for side in SIDES if i % 2 == 0 else SIDES[::-1]:
                run = run_worker(trees[side], documents, timeout)
                runs[side].append(run)
                log(f"extract {label} {side}: {run['docs_per_second']:.1f} docs/s")
    except CompareError as exc:
        result["error"] = str(exc)
        log(f"extract {label}: {exc}")
    for side in SIDES:
        done = runs[side]
        result[side] = {
            "runs": [{k: r[k] for k in (*PASSES, "load_seconds", "import_seconds")} for r in done],
            "events": done[0]["events"] if done else None,
            "documents": done[0]["documents"] if done else None,
            "milcoop_file": done[0]["milcoop_file"] if done else None,
        }
        for key in PASSES:
            seconds = statistics.median(r[key] for r in done) if done else None
            result[side][key] = seconds
            result[side][PASSES[key]] = done[0]["documents"] / seconds if seconds else None
    for key in PASSES.values():
        old, new = result["old"][key], result["new"][key]
        result[f"new_over_old_{key}"] = new / old if old and new else None
    return result


def add_baseline(result: dict, baseline: dict) -> None:
    """Extraction seconds as multiples of the run's baseline (see bench/baseline.py)."""
    result["baseline"] = baseline
    base = baseline.get("seconds")
    result["ratios"] = {
        f"{side}_{key}": result[side][key] / base
        for side in SIDES
        for key in PASSES
        if base and result[side][key]
    }


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(
    rev: str,
    corpora: list[tuple[str, Path, Path | None]],
    scratch: Path,
    repeat: int,
    timeout: float,
    baseline: Callable[[str, Path, Path | None], dict] | None = None,
) -> dict:
    """Compare `rev` with the working tree on each (label, documents, curation) corpus.

    `baseline(label, documents, curation)`, when given, measures the run's baseline on that
    corpus (curation only matters there: extraction itself runs without it on both sides).
    """
    commit = resolve_revision(rev)
    head = resolve_revision("HEAD")
    old = materialise(commit, scratch / f"tree-{commit[:12]}")
    trees = {"old": old, "new": ROOT}
    results: dict = {
        "settings": {
            "old_revision": rev,
            "old_commit": commit,
            "new_head": head,
            "new_tree": str(ROOT),
            "repeat": repeat,
            "timeout": timeout,
        },
        "corpora": [],
    }
    for label, documents, curation in corpora:
        result = compare_corpus(label, documents, trees, repeat, timeout)
        if baseline is not None:
            add_baseline(result, baseline(label, documents, curation))
        results["corpora"].append(result)
    return results
