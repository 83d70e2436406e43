"""Where the bundled ontology, shapes and reference data are, installed or in a source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_TREE = _PACKAGE.parents[1]


def _resource(name: str, tree_path: str) -> Path:
    installed = _PACKAGE / "resources" / name
    return installed if installed.is_dir() else _SOURCE_TREE / tree_path


ONTOLOGY_DIR = _resource("ontology", "ontology")
ONTOLOGY_FILE = ONTOLOGY_DIR / "milcoop.ttl"
SHAPES_DIR = _resource("shapes", "shapes")
REFERENCE_DIR = _resource("reference", "data/reference")
QUERIES_DIR = _PACKAGE / "queries"
GEONAMES_FILE = REFERENCE_DIR / "geonames.tsv"  # offline GeoNames extract (milcoop.geonames)
REGIONS_FILE = REFERENCE_DIR / "regions.tsv"
