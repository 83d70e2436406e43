"""`milcoop` command line: thin wrappers over the library functions.

Exit codes follow pySHACL: 0 success (conforms), 1 the data violates the shapes (or an
evaluation misses its thresholds), 2 an error in the input or the request, reported on one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import MilcoopError


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    from .documents import load_corpus
    from .validate import report_text

    # read first, so that each skipped feed line is reported even if a later stage fails
    corpus = load_corpus(Path(args.documents))
    for bad in corpus.skipped:
        where, reason = f"{bad.path}:{bad.line}", bad.message
        if args.strict:
            print(f"milcoop: error: {where}: {reason}", file=sys.stderr)
        else:
            print(f"milcoop: warning: {where}: skipped: {reason}", file=sys.stderr)
    if args.strict and corpus.skipped:
        raise MilcoopError(
            f"{len(corpus.skipped)} bad feed lines (--strict): nothing written", args.documents
        )
    result = build(
        corpus,
        Path(args.out),
        None if args.no_curation else Path(args.curation),
        args.reference,
    )
    if not result.conforms:
        print(report_text(result.report), file=sys.stderr)
        print(
            f"milcoop: the graph violates the shapes; {args.out}/ left as it was", file=sys.stderr
        )
        return 1
    ds = result.dataset
    events = {c.iri for ex in result.extractions for c in ex.events}
    print(
        f"built {len(result.extractions)} documents: {len(events)} events, "
        f"{sum(len(g) for g in ds.graphs())} quads ({result.inferred} inferred), "
        f"{result.curated} curation entries applied"
        + (f"; {len(result.skipped)} bad feed lines skipped" if result.skipped else "")
    )
    for path in sorted(result.files.values()):
        print(f"  {path}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .documents import FEED_SUFFIX, load_corpus, read_document
    from .extraction import extract, merge_across
    from .inspect import describe
    from .reference import load_gazetteer

    path = Path(args.file)
    if path.suffix == FEED_SUFFIX:
        corpus = load_corpus(path)
        for bad in corpus.skipped:
            where = f"{bad.path}:{bad.line}"
            print(f"milcoop: warning: {where}: skipped: {bad.message}", file=sys.stderr)
        docs = corpus.require()
        if args.id is not None:
            docs = [doc for doc in docs if args.id in (doc.record_id, doc.stem)]
            if not docs:
                raise MilcoopError(f"no record with id {args.id!r}", path)
    elif args.id is not None:
        raise MilcoopError(f"--id picks a record of a {FEED_SUFFIX} feed", path)
    else:
        docs = [read_document(path)]
    gaz = load_gazetteer(args.reference)
    extractions = [extract(doc, gaz) for doc in docs]
    merge_across(extractions)
    views = []
    for ex in extractions:
        doc = ex.document
        head = f"record {doc.record_id!r} (line {doc.body_line})\n" if doc.record_id else ""
        views.append(head + describe(ex, gaz))
    print("\n\n".join(views))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import check_shapes, exit_code, report_json, report_junit, report_text
    from .validate import validate as run_validate

    if args.shapes_only:
        problems = check_shapes()
        print("shapes are valid SHACL" if problems is None else report_text(problems))
        return 0 if problems is None else 1
    report = run_validate(Path(args.path))
    render = {"text": report_text, "json": report_json, "junit": report_junit}[args.format]
    print(render(report))
    return exit_code(report)


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import serialize
    from .fsutil import atomic_write
    from .store import load_dump

    ds = load_dump(Path(args.data))
    if args.format == "plover":
        from .plover import serialize_plover

        data = serialize_plover(ds, args.data)
    else:
        data = serialize(ds, args.format, not args.no_inferred)
    if args.output:
        atomic_write(Path(args.output), data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _cmd_queries(args: argparse.Namespace) -> int:
    from .query import list_queries

    for q in list_queries():
        params = ", ".join(f"{p.name}:{p.type}" + ("" if p.required else "?") for p in q.params)
        print(f"{q.name:20s} {q.summary}" + (f"  [{params}]" if params else ""))
    return 0


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise MilcoopError(f"--param wants key=value, not {pair!r}")
        params[key.strip()] = value
    return params


def _cmd_query(args: argparse.Namespace) -> int:
    from .query import run_query, run_sparql
    from .results import format_result

    if sum(x is not None for x in (args.name, args.sparql, args.file)) != 1:
        raise MilcoopError("give exactly one of NAME, --sparql or --file")
    if args.name:
        result = run_query(args.name, args.data, _parse_params(args.param))
    else:
        if args.param:
            raise MilcoopError("--param applies to named queries only")
        if args.file:
            try:
                text = Path(args.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise MilcoopError(f"cannot read query: {exc}", args.file) from None
        else:
            text = args.sparql
        result = run_sparql(text, args.data)
    sys.stdout.write(format_result(result, args.format))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_corpus

    report = evaluate_corpus(Path(args.gold), Path(args.documents), args.reference)
    print(report.text(verbose=args.verbose))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="milcoop", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"milcoop {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract, reason, validate and export the corpus")
    b.add_argument("--documents", default="data/documents")
    b.add_argument("--out", default="dist")
    b.add_argument("--curation", default="data/curation")
    b.add_argument("--no-curation", action="store_true", help="ignore reviewed corrections")
    b.add_argument("--reference", type=Path, default=None, help="reference data folder")
    b.add_argument("--strict", action="store_true", help="refuse bad feed lines, don't skip")
    b.set_defaults(func=_cmd_build)

    e = sub.add_parser("extract", help="show what one document (or .jsonl feed) yields")
    e.add_argument("file")
    e.add_argument("--id", help="the one record of a .jsonl feed to show")
    e.add_argument("--reference", type=Path, default=None)
    e.set_defaults(func=_cmd_extract)

    v = sub.add_parser("validate", help="check a built dump against the SHACL shapes")
    v.add_argument("path", nargs="?", default="dist")
    v.add_argument("--format", choices=("text", "json", "junit"), default="text")
    v.add_argument("--shapes-only", action="store_true", help="check the shapes themselves")
    v.set_defaults(func=_cmd_validate)

    x = sub.add_parser("export", help="write a built dump in one RDF syntax, or as PLOVER records")
    x.add_argument("--data", default="dist")
    x.add_argument(
        "--format",
        default="turtle",
        choices=("turtle", "ttl", "json-ld", "jsonld", "trig", "nquads", "nq", "nt", "plover"),
    )
    x.add_argument("--no-inferred", action="store_true", help="leave out inferred triples")
    x.add_argument("-o", "--output")
    x.set_defaults(func=_cmd_export)

    qs = sub.add_parser("queries", help="list the named queries")
    qs.set_defaults(func=_cmd_queries)

    q = sub.add_parser("query", help="run a named query, or SPARQL of your own")
    q.add_argument("name", nargs="?")
    q.add_argument("--sparql")
    q.add_argument("--file")
    q.add_argument("--data", default="dist")
    q.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    q.add_argument("--format", default="table", choices=("table", "csv", "tsv", "json", "xml"))
    q.set_defaults(func=_cmd_query)

    ev = sub.add_parser("evaluate", help="score extraction (without curation) against gold")
    ev.add_argument("--gold", required=True)
    ev.add_argument("--documents", default="data/documents")
    ev.add_argument("--reference", type=Path, default=None)
    ev.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    ev.set_defaults(func=_cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    # rdflib logs a traceback for each ill-typed literal it reads; milcoop reports such data
    # itself (validation), so keep the user's terminal to one line per problem
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except MilcoopError as exc:
        print(f"milcoop: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
