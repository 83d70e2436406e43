"""Generate data/reference/regions.tsv: the first-level subdivisions of states (ISO 3166-2).

A dev-time tool, like make_reference.py: pycountry is needed here only. News names provinces,
states and prefectures ("Zambales", "Rajasthan", "Northern Territory") that GeoNames' city list
does not hold; the extractor links them only when the document names their state, so that a
region called "Central" or "Western" never becomes a place out of context.

Usage: python tools/make_regions.py [--out FILE]   (deterministic output)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "data" / "reference" / "regions.tsv"
PINNED = "26.2.16"


def clean(name: str) -> str:
    """'Ilocos (Region I)' -> 'Ilocos'; 'Isle of Anglesey [Sir Ynys Môn GB-YNM]' -> 'Isle of
    Anglesey'; names stay as ISO 3166-2 spells them otherwise."""
    return re.sub(r"\s*[\[(].*?[\])]", "", name).strip()


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = clean(sub.name)
        if not name or "," in name:
            continue
        out.append((sub.code, name, country.alpha_3, sub.type))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[args.index("--out") + 1]) if "--out" in args else OUT
    if pycountry.__version__ != PINNED:
        print(f"warning: pycountry {pycountry.__version__}, pinned {PINNED}", file=sys.stderr)
    lines = [f"# code\tname\tstate\ttype  (ISO 3166-2 via pycountry {PINNED})"]
    lines += ["\t".join(r) for r in rows()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines) - 1} regions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
