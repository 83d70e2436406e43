"""The Markdown tables bench/run.py prints: the benchmark's, and the extraction comparison's."""

from __future__ import annotations

from stages import STAGES  # bench/ is on sys.path: run.py put it there


def _f(value: float | None, fmt: str = "{:.2f}") -> str:
    return "n/a" if value is None else fmt.format(value)


def markdown(results: dict) -> str:
    corpora = results["corpora"]
    lines = [
        "## Whole build (`python -m milcoop build`, fresh process)",
        "",
        "| corpus | docs | quads (asserted + inferred) | runs | wall s (median) | "
        "peak RSS MiB | baseline s | build / baseline |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in corpora:
        b, s = r.get("build", {}), r["stages"]
        quads = (s.get("asserted_quads") or 0) + (s.get("inferred_triples") or 0)
        lines.append(
            f"| {r['label']} | {s.get('documents', 'n/a')} | {quads:,} | "
            f"{len(b.get('runs', []))} | {_f(b.get('wall_seconds'))} | "
            f"{_f(b.get('peak_rss_mib'), '{:.0f}')} | "
            f"{_f(r['baseline'].get('seconds'))} | "
            f"{_f(r.get('ratios', {}).get('build'), '{:.1f}')} |"
        )
        if b.get("error"):
            lines.append(f"|  | build failed: {b['error']} |||||||")
    lines += [
        "",
        "## Stages (in-process, seconds and × baseline)",
        "",
        "| stage | " + " | ".join(f"{r['label']} s | × base" for r in corpora) + " |",
        "|---|" + "---:|---:|" * len(corpora),
    ]
    for stage in ("import", *STAGES):
        cells = [
            f"{_f(r['stages'].get('seconds', {}).get(stage))} | "
            f"{_f(r.get('ratios', {}).get(stage), '{:.1f}')}"
            for r in corpora
        ]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    lines.append(
        "| extraction docs/s | "
        + " | ".join(f"{_f(r['stages'].get('docs_per_second'), '{:.0f}')} | " for r in corpora)
        + " |"
    )
    if results.get("series"):
        lines += [
            "",
            "## Growth with corpus size (synthetic, in-process stages, seconds)",
            "",
            "| docs | quads | " + " | ".join(STAGES) + " | baseline |",
            "|---:|---:|" + "---:|" * (len(STAGES) + 1),
        ]
        for r in results["series"]:
            s = r["stages"]
            quads = (s.get("asserted_quads") or 0) + (s.get("inferred_triples") or 0)
            lines.append(
                f"| {s.get('documents')} | {quads:,} | "
                + " | ".join(_f(s.get("seconds", {}).get(st)) for st in STAGES)
                + f" | {_f(r['baseline'].get('seconds'))} |"
            )
        k = results["growth_exponent"]
        lines.append(
            "| k (t ∝ docs^k) |  | "
            + " | ".join(_f(k.get(st)) for st in STAGES)
            + f" | {_f(k.get('baseline'))} |"
        )
    return "\n".join(lines) + "\n"


def compare_markdown(results: dict) -> str:
    """The table of `run.py --extract-compare` (bench/compare.py)."""
    s = results["settings"]
    lines = [
        f"## Extraction throughput: {s['old_revision']} ({s['old_commit'][:12]}) "
        f"against the working tree (HEAD {s['new_head'][:12]})",
        "",
        "Read + `extract` + `merge_across`, no curation; a fresh process per run, old and new "
        f"alternating; median of {s['repeat']} run(s) each. 2nd pass: the same documents again "
        "in the same process (lazy indexes loaded). × base: extraction seconds / baseline "
        "seconds.",
        "",
        "| corpus | docs | runs | events old | events new | old docs/s | new docs/s | "
        "new / old | old × base | new × base |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["corpora"]:
        ratios = r.get("ratios", {})
        docs = r["new"]["documents"] or r["old"]["documents"]
        for key, label in (("extract_seconds", ""), ("second_pass_seconds", ", 2nd pass")):
            dps = "docs_per_second" if key == "extract_seconds" else "second_pass_docs_per_second"
            lines.append(
                f"| {r['label']}{label} | {_f(docs, '{}')} | "
                f"{min(len(r['old']['runs']), len(r['new']['runs']))} | "
                f"{_f(r['old']['events'], '{:,}')} | {_f(r['new']['events'], '{:,}')} | "
                f"{_f(r['old'][dps], '{:.1f}')} | {_f(r['new'][dps], '{:.1f}')} | "
                f"{_f(r[f'new_over_old_{dps}'], '{:.2f}')} | "
                f"{_f(ratios.get(f'old_{key}'), '{:.2f}')} | "
                f"{_f(ratios.get(f'new_{key}'), '{:.2f}')} |"
            )
        if r["error"]:
            lines.append(f"|  | failed: {r['error']} |||||||||")
    return "\n".join(lines) + "\n"
