"""Per-stage timings of one build, measured in-process; run by bench/run.py in a fresh process.

It follows `milcoop.build.build()` step by step (extract, assemble, reason, validate, export)
with a clock around each step, so the stage that dominates can be named. The whole-build
figures of the benchmark come from a real `python -m milcoop build` subprocess instead; this
module only splits the time up. Prints one JSON object on stdout.

    python bench/stages.py DOCUMENTS OUT [--curation DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

STAGES = ("load", "extract", "assemble", "reason", "validate", "export")


def _rss_mib() -> float:
    """Peak RSS of this process so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(documents: Path, out: Path, curation: Path | None = None) -> dict:
    """Run the pipeline stages on `documents` (exporting into `out`), timing each."""
    t0 = time.perf_counter()
    from milcoop import paths
    from milcoop.assemble import assemble
    from milcoop.build import build_time, extract_corpus
    from milcoop.export import export
    from milcoop.reason import reason
    from milcoop.reference import load_gazetteer
    from milcoop.store import parse_graph
    from milcoop.validate import validate

    times: dict[str, float] = {"import": time.perf_counter() - t0}
    rss: dict[str, float] = {}

    def timed(stage: str, fn):
        start = time.perf_counter()
        value = fn()
        times[stage] = time.perf_counter() - start
        rss[stage] = _rss_mib()
        return value

    gaz, ontology = timed("load", lambda: (load_gazetteer(), parse_graph(paths.ONTOLOGY_FILE)))
    extractions, gaz, _curated = timed("extract", lambda: extract_corpus(documents, curation, gaz))
    inputs = (
        [ex.document.path for ex in extractions]
        + sorted(paths.REFERENCE_DIR.glob("*.ttl"))
        + [paths.ONTOLOGY_FILE]
    )
    ds = timed("assemble", lambda: assemble(extractions, gaz, ontology, build_time(inputs)))
    asserted = sum(len(g) for g in ds.graphs())
    inferred = timed("reason", lambda: reason(ds))
    report = timed("validate", lambda: validate(ds))
    timed("export", lambda: export(ds, out))
    n = len(extractions)
    return {
        "documents": n,
        "events": len({c.iri for ex in extractions for c in ex.events}),
        "asserted_quads": asserted,
        "inferred_triples": inferred,
        "conforms": report.conforms,
        "seconds": times,
        "docs_per_second": n / times["extract"],
        "peak_rss_mib_after": rss,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("documents", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--curation", type=Path, default=None)
    args = p.parse_args(argv)
    result = measure(args.documents, args.out, args.curation)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
