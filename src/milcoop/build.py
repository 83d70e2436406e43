"""The whole pipeline: documents -> extract -> curate -> assemble -> reason -> validate -> export.

`build()` is what `milcoop build` runs. Nothing is written unless every stage succeeded and the
graph conforms to the shapes; the release then replaces `dist/` atomically.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from . import curation, paths
from .assemble import assemble
from .documents import Corpus, load_corpus
from .errors import MilcoopError
from .extraction import Extraction, extract, merge_across
from .reference import Gazetteer, load_gazetteer
from .store import parse_graph

DEFAULT_DOCUMENTS = Path("data/documents")
DEFAULT_CURATION = Path("data/curation")
DEFAULT_OUT = Path("dist")


@dataclass
class BuildResult:
    dataset: Dataset
    extractions: list[Extraction]
    report: object | None = None  # validate.ValidationReport
    files: dict[str, Path] = field(default_factory=dict)
    inferred: int = 0
    curated: int = 0
    skipped: list[MilcoopError] = field(default_factory=list)  # bad feed lines passed over

    @property
    def conforms(self) -> bool:
        return self.report is None or self.report.conforms


def build_time(inputs: list[Path]) -> dt.datetime:
    """When the graph counts as generated: SOURCE_DATE_EPOCH if set (reproducible builds),
    else the newest input file's modification time, so unchanged inputs rebuild identically."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            seconds = int(epoch)
        except ValueError:
            raise MilcoopError(f"SOURCE_DATE_EPOCH must be an integer, not {epoch!r}") from None
    else:
        seconds = int(max(p.stat().st_mtime for p in inputs))
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


def _documents(documents: Path | Corpus) -> Corpus:
    """A path is read strictly (a bad feed line raises): only a Corpus the caller loaded, and
    so holds the skipped lines of, may go ahead without them."""
    if isinstance(documents, Corpus):
        documents.require()
        return documents
    corpus = load_corpus(Path(documents))
    corpus.require(strict=True)
    return corpus


def extract_corpus(
    documents: Path | Corpus = DEFAULT_DOCUMENTS,
    curation_dir: Path | None = None,
    gaz: Gazetteer | None = None,
) -> tuple[list[Extraction], Gazetteer, int]:
    """Extract every document (and apply curation when a folder is given).

    `documents` is a folder, a .jsonl feed, or a Corpus from `documents.load_corpus`.
    """
    docs = _documents(documents).documents
    gaz = gaz or load_gazetteer()
    extractions = [extract(doc, gaz) for doc in docs]
    curated = 0
    if curation_dir is not None and Path(curation_dir).is_dir():
        stems = {ex.document.stem for ex in extractions}
        for path in sorted(Path(curation_dir).glob("*.yaml")):
            if path.stem not in stems:
                raise MilcoopError("curation file for a document that is not in the corpus", path)
        for ex in extractions:
            path = curation.curation_file(curation_dir, ex.document.stem)
            if path is not None:
                curated += len(curation.apply(ex, curation.load(path), gaz))
    merge_across(extractions)
    return extractions, gaz, curated


def assemble_corpus(
    documents: Path | Corpus = DEFAULT_DOCUMENTS,
    curation_dir: Path | None = None,
    reference: Path | None = None,
) -> BuildResult:
    """Extract, assemble and reason: the Dataset of a release, before validation and export."""
    from .reason import reason

    corpus = _documents(documents)
    gaz = load_gazetteer(reference)
    extractions, gaz, curated = extract_corpus(corpus, curation_dir, gaz)
    ontology = parse_graph(paths.ONTOLOGY_FILE)
    inputs = (
        list(dict.fromkeys(ex.document.path for ex in extractions))  # a feed counts once
        + sorted(Path(reference or paths.REFERENCE_DIR).glob("*.ttl"))
        + [paths.ONTOLOGY_FILE]
    )
    if curation_dir is not None and Path(curation_dir).is_dir():
        inputs += sorted(Path(curation_dir).glob("*.yaml"))
    ds = assemble(extractions, gaz, ontology, build_time(inputs))
    inferred = reason(ds)
    return BuildResult(
        ds, extractions, inferred=inferred, curated=curated, skipped=list(corpus.skipped)
    )


def build(
    documents: Path | Corpus = DEFAULT_DOCUMENTS,
    out: Path = DEFAULT_OUT,
    curation_dir: Path | None = DEFAULT_CURATION,
    reference: Path | None = None,
    check: bool = True,
) -> BuildResult:
    """Build the release: write it to `out` only if it conforms to the shapes.

    Pass a Corpus (`documents.load_corpus`) to build despite bad feed lines: they are then in
    `result.skipped`; a folder or feed path is read strictly.
    """
    from .export import export
    from .validate import validate

    result = assemble_corpus(
        documents if isinstance(documents, Corpus) else Path(documents), curation_dir, reference
    )
    if check:
        result.report = validate(result.dataset)
        if not result.report.conforms:
            return result
    result.files = export(result.dataset, Path(out))
    return result
