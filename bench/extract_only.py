"""Extraction alone, timed in-process; run by bench/compare.py in a fresh process per tree.

The comparison of two revisions runs this very file against each revision's source tree
(PYTHONPATH=<tree>/src), so both do the same work through the same calls: load the gazetteer
(timed apart, as the `load` stage of bench/stages.py), then `milcoop.build.extract_corpus`
without curation (read the documents, `extract` each, `merge_across`), the `extract` stage of
bench/stages.py. Only calls that both revisions have are used.

The first pass is what a build pays, lazily loaded indexes included; a second pass over the
same documents in the same process gives the cost per document once those are loaded (neither
revision caches anything per text, so the second pass does the same work). Prints one JSON
object, which also says where `milcoop` and its reference data were imported from, so the
caller can check that the tree it meant is the one that ran.

    PYTHONPATH=TREE/src python bench/extract_only.py DOCUMENTS
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path


def measure(documents: Path) -> dict:
    """Load the gazetteer, then extract and merge `documents` twice, timing each step."""
    t0 = time.perf_counter()
    import milcoop
    from milcoop import paths
    from milcoop.build import extract_corpus
    from milcoop.reference import load_gazetteer

    # Every module up front (untimed): a module imported late, inside a timed pass, would
    # otherwise add its compiling to one revision's figure (PYTHONDONTWRITEBYTECODE is common).
    for info in pkgutil.walk_packages(milcoop.__path__, "milcoop."):
        if not info.name.endswith(".__main__"):  # that one runs the command line
            importlib.import_module(info.name)
    t1 = time.perf_counter()
    gaz = load_gazetteer()
    t2 = time.perf_counter()
    extractions, _gaz, _curated = extract_corpus(documents, None, gaz)
    t3 = time.perf_counter()
    extract_corpus(documents, None, gaz)
    t4 = time.perf_counter()
    n = len(extractions)
    return {
        "documents": n,
        "events": len({c.iri for ex in extractions for c in ex.events}),
        "import_seconds": t1 - t0,
        "load_seconds": t2 - t1,
        "extract_seconds": t3 - t2,
        "docs_per_second": n / (t3 - t2),
        "second_pass_seconds": t4 - t3,
        "milcoop_file": str(Path(milcoop.__file__).resolve()),
        "reference_dir": str(Path(paths.REFERENCE_DIR).resolve()),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python bench/extract_only.py DOCUMENTS", file=sys.stderr)
        return 2
    json.dump(measure(Path(args[0])), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
