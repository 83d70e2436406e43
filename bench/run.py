"""Benchmark of `milcoop build`: the seed corpus and a synthetic corpus of many documents.

For each corpus: the whole build as users run it (`python -m milcoop build` in a fresh
process: wall time and peak RSS), the stages of the build timed in-process (bench/stages.py,
also a fresh process), and the baseline (bench/baseline.py: rdflib parsing the build's Turtle
dump and writing N-Triples). Figures are given in seconds and as ratios to the baseline, which
absorbs most of the machine's speed and load. A growth series over smaller synthetic corpora
shows how each stage scales. Markdown on stdout, JSON in bench/out/results.json.

    python bench/run.py [--docs N] [--repeat K] [--sizes 100,250,500] [--quick]
    python bench/run.py --extract-compare REV [--docs N] [--repeat K]   # see bench/compare.py
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (bench/ is a folder of scripts, not a package)
import synth  # noqa: E402
import tables  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
SEED_DOCUMENTS = ROOT / "data" / "documents"
SEED_CURATION = ROOT / "data" / "curation"
STAGES = ("load", "extract", "assemble", "reason", "validate", "export")
SMALL_SECONDS = 60.0  # a measurement shorter than this is repeated (--repeat times)


@dataclass
class Child:
    wall: float
    rss_mib: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool


def run_child(cmd: list[str], timeout: float) -> Child:
    """Run `cmd` in a fresh process; wall time and that process's own peak RSS (os.wait4's
    rusage is per child, unlike RUSAGE_CHILDREN, which keeps the maximum of all children)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.killpg(proc.pid, signal.SIGKILL)  # the group of the child started just above

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Child(
            wall,
            usage.ru_maxrss / 1024,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            killed.is_set(),
        )


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _fail(child: Child, what: str) -> str:
    if child.timed_out:
        return f"{what}: stopped after the time limit ({child.wall:.0f} s)"
    tail = (child.stderr.strip().splitlines() or ["(no output)"])[-1]
    return f"{what}: exit {child.returncode}: {tail}"


def repeat_runs(cmd: list[str], repeat: int, timeout: float, what: str) -> tuple[list, str | None]:
    """Run `cmd` up to `repeat` times (once when the first run is slow); stop at a failure."""
    runs: list[Child] = []
    while len(runs) < repeat:
        child = run_child(cmd, timeout)
        runs.append(child)
        log(f"{what}: {child.wall:.1f} s, {child.rss_mib:.0f} MiB, exit {child.returncode}")
        if child.returncode != 0 or child.timed_out:
            return runs, _fail(child, what)
        if child.wall > SMALL_SECONDS:
            break
    return runs, None


def measure_build(
    documents: Path, curation: Path | None, out: Path, repeat: int, timeout: float
) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "milcoop",
        "build",
        "--documents",
        str(documents),
        "--out",
        str(out),
    ]
    cmd += ["--curation", str(curation)] if curation else ["--no-curation"]
    runs, error = repeat_runs(cmd, repeat, timeout, f"build {documents.name}")
    ok = [r for r in runs if r.returncode == 0]
    return {
        "command": " ".join(cmd[1:]),
        "runs": [
            {
                "wall_seconds": r.wall,
                "peak_rss_mib": r.rss_mib,
                "exit": r.returncode,
                "timed_out": r.timed_out,
            }
            for r in runs
        ],
        "wall_seconds": statistics.median(r.wall for r in ok) if ok else None,
        "peak_rss_mib": max(r.rss_mib for r in ok) if ok else None,
        "summary": ok[-1].stdout.splitlines()[0] if ok and ok[-1].stdout else None,
        "error": error,
    }


def measure_stages(
    documents: Path, curation: Path | None, out: Path, repeat: int, timeout: float
) -> dict:
    cmd = [sys.executable, str(BENCH / "stages.py"), str(documents), str(out)]
    cmd += ["--curation", str(curation)] if curation else []
    runs, error = repeat_runs(cmd, repeat, timeout, f"stages {documents.name}")
    results = [json.loads(r.stdout) for r in runs if r.returncode == 0]
    if not results:
        return {"error": error}
    seconds = {s: statistics.median(r["seconds"][s] for r in results) for s in ("import", *STAGES)}
    first = results[0]
    return {
        "runs": len(results),
        "seconds": seconds,
        "docs_per_second": first["documents"] / seconds["extract"],
        "documents": first["documents"],
        "events": first["events"],
        "asserted_quads": first["asserted_quads"],
        "inferred_triples": first["inferred_triples"],
        "conforms": first["conforms"],
        "peak_rss_mib_after": first["peak_rss_mib_after"],
        "peak_rss_mib": max(r.rss_mib for r in runs if r.returncode == 0),
        "error": error,
    }


def measure_baseline(dump: Path, repeat: int, timeout: float) -> dict:
    cmd = [sys.executable, str(BENCH / "baseline.py"), str(dump)]
    runs, error = repeat_runs(cmd, repeat, timeout, "baseline")
    results = [json.loads(r.stdout) for r in runs if r.returncode == 0]
    if not results:
        return {"error": error}
    median = {
        k: statistics.median(r[k] for r in results)
        for k in ("seconds", "parse_seconds", "serialize_seconds")
    }
    return {**results[0], **median, "runs": len(results), "error": error}


def measure_corpus(
    label: str,
    documents: Path,
    curation: Path | None,
    scratch: Path,
    repeat: int,
    timeout: float,
    whole_build: bool = True,
) -> dict:
    """Build, stages and baseline of one corpus, with ratios to the baseline."""
    result: dict = {"label": label, "documents_dir": str(documents)}
    dist = scratch / f"{label}-build"
    if whole_build:
        result["build"] = measure_build(documents, curation, dist, repeat, timeout)
    result["stages"] = measure_stages(
        documents, curation, scratch / f"{label}-stages", repeat, timeout
    )
    dump = dist / "milcoop.ttl"
    if not dump.exists():  # the build failed or was skipped: the stage run exported too
        dump = scratch / f"{label}-stages" / "milcoop.ttl"
    result["baseline"] = (
        measure_baseline(dump, repeat, timeout)
        if dump.exists()
        else {"error": "no dump to measure"}
    )
    base = result["baseline"].get("seconds")
    if base:
        ratios = {s: t / base for s, t in result["stages"].get("seconds", {}).items()}
        if whole_build and result["build"]["wall_seconds"]:
            ratios["build"] = result["build"]["wall_seconds"] / base
        result["ratios"] = ratios
    return result


def growth(series: list[dict]) -> dict:
    """Exponent k of t ~ docs^k per stage: least squares over the log-log points."""
    out = {}
    for stage in (*STAGES, "baseline"):
        points = [
            (math.log(r["stages"]["documents"]), math.log(t))
            for r in series
            if (
                t := (
                    r["baseline"].get("seconds")
                    if stage == "baseline"
                    else r["stages"].get("seconds", {}).get(stage)
                )
            )
        ]
        if len(points) >= 2:
            mx = statistics.fmean(x for x, _ in points)
            my = statistics.fmean(y for _, y in points)
            sxx = sum((x - mx) ** 2 for x, _ in points)
            out[stage] = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else None
    return out


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        **{p: version(p) for p in ("rdflib", "pyshacl", "owlrl")},
    }


def write_json(target: Path, results: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, target)


def extract_compare(args: argparse.Namespace, docs: int, repeat: int) -> int:
    """--extract-compare REV: extraction docs/s of REV and of the working tree, on the seed
    and the synthetic corpus, with the usual baseline; exit 2 when REV cannot be compared."""
    started = time.perf_counter()
    args.work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=args.work))

    def baseline(label: str, documents: Path, curation: Path | None) -> dict:
        dist = scratch / f"{label}-build"
        build = measure_build(documents, curation, dist, 1, args.timeout)
        if build["error"]:
            return {"error": build["error"]}
        return measure_baseline(dist / "milcoop.ttl", repeat, args.timeout)

    try:
        compare.resolve_revision(args.extract_compare)  # fail before generating anything
        corpora = []
        if not args.no_seed:
            curation = SEED_CURATION if SEED_CURATION.is_dir() else None
            corpora.append(("seed", SEED_DOCUMENTS, curation))
        corpus = synth.generate(args.work / f"corpus-{docs}", docs, args.seed)
        corpora.append((f"synthetic-{docs}", corpus, None))
        results = compare.run(
            args.extract_compare,
            corpora,
            scratch,
            repeat,
            args.timeout,
            None if args.no_baseline else baseline,
        )
    except compare.CompareError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results["machine"] = machine()
    results["settings"].update(docs=docs, seed=args.seed)
    results["total_seconds"] = time.perf_counter() - started
    target = args.json or args.work / "extract-compare.json"
    write_json(target, results)
    sys.stdout.write(tables.compare_markdown(results))
    log(f"done in {results['total_seconds']:.0f} s; JSON in {target}")
    return 1 if any(r["error"] for r in results["corpora"]) else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=None, help="synthetic corpus size (1000)")
    p.add_argument("--repeat", type=int, default=None, help="runs of small measurements (3)")
    p.add_argument("--sizes", default=None, help="growth series sizes (100,250,500)")
    p.add_argument("--seed", type=int, default=1, help="generator seed")
    p.add_argument("--timeout", type=float, default=1800.0, help="limit per process, seconds")
    p.add_argument("--quick", action="store_true", help="20 documents, 1 run, no growth series")
    p.add_argument("--no-seed", action="store_true", help="skip the seed corpus")
    p.add_argument("--work", type=Path, default=BENCH / "out", help="corpora and scratch")
    p.add_argument("--json", type=Path, default=None, help="default: WORK/results.json")
    p.add_argument("--extract-compare", metavar="REV", help="extraction docs/s: REV vs now")
    p.add_argument("--no-baseline", action="store_true", help="--extract-compare: no baseline")
    args = p.parse_args(argv)
    docs = args.docs or (20 if args.quick else 1000)
    repeat = args.repeat or (1 if args.quick else 3)
    sizes_text = args.sizes if args.sizes is not None else ("" if args.quick else "100,250,500")
    sizes = sorted({int(s) for s in sizes_text.split(",") if s.strip() and int(s) < docs})
    if docs < 1 or repeat < 1:
        p.error("--docs and --repeat must be positive")
    if args.extract_compare is not None:
        return extract_compare(args, docs, repeat)

    args.work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=args.work))
    results: dict = {
        "machine": machine(),
        "settings": {
            "docs": docs,
            "repeat": repeat,
            "sizes": sizes,
            "seed": args.seed,
            "small_seconds": SMALL_SECONDS,
            "timeout": args.timeout,
        },
        "corpora": [],
        "series": [],
    }
    started = time.perf_counter()
    try:
        if not args.no_seed:
            curation = SEED_CURATION if SEED_CURATION.is_dir() else None
            results["corpora"].append(
                measure_corpus("seed", SEED_DOCUMENTS, curation, scratch, repeat, args.timeout)
            )
        corpus = synth.generate(args.work / f"corpus-{docs}", docs, args.seed)
        log(f"generated {docs} synthetic documents in {corpus}")
        main_run = measure_corpus(f"synthetic-{docs}", corpus, None, scratch, repeat, args.timeout)
        results["corpora"].append(main_run)
        for size in sizes:
            small = synth.generate(args.work / f"corpus-{size}", size, args.seed)
            results["series"].append(
                measure_corpus(
                    f"synthetic-{size}",
                    small,
                    None,
                    scratch,
                    repeat,
                    args.timeout,
                    whole_build=False,
                )
            )
        if results["series"]:
            results["series"].append(main_run)
            results["growth_exponent"] = growth(results["series"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results["total_seconds"] = time.perf_counter() - started
    target = args.json or args.work / "results.json"
    write_json(target, results)
    sys.stdout.write(tables.markdown(results))
    log(f"done in {results['total_seconds']:.0f} s; JSON in {target}")
    failed = [r["label"] for r in results["corpora"] if r.get("build", {}).get("error")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
