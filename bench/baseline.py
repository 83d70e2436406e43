"""The benchmark's unit of work: rdflib parsing a build's Turtle dump and writing it as N-Triples.

Machines (and a shared 2-core box from minute to minute) differ in speed; a stage's seconds
divided by this baseline, measured on the same data in the same benchmark run, is a figure
that can be compared across machines and runs. It is plain rdflib work that grows linearly
with the number of triples, so a stage whose ratio rises with corpus size grows faster than
linearly. Prints one JSON object on stdout.

    python bench/baseline.py DIST/milcoop.ttl
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from rdflib import Graph


def roundtrip(dump: Path) -> dict:
    """Parse `dump` (Turtle) into a fresh Graph and serialize it as N-Triples, timing both."""
    text = Path(dump).read_text(encoding="utf-8")
    start = time.perf_counter()
    graph = Graph()
    graph.parse(data=text, format="turtle")
    parsed = time.perf_counter()
    data = graph.serialize(format="nt", encoding="utf-8")
    done = time.perf_counter()
    return {
        "dump": str(dump),
        "triples": len(graph),
        "dump_bytes": len(text.encode("utf-8")),
        "ntriples_bytes": len(data),
        "parse_seconds": parsed - start,
        "serialize_seconds": done - parsed,
        "seconds": done - start,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python bench/baseline.py DUMP.ttl", file=sys.stderr)
        return 2
    json.dump(roundtrip(Path(args[0])), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
