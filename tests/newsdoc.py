"""Short news texts for extraction tests: write one as a document, extract it, pick events.
The `gaz` fixture (the real reference data) comes from conftest.py."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from milcoop.documents import read_document
from milcoop.extraction import extract, merge_across
from milcoop.namespaces import ID


def news(tmp_path: Path, gaz, body: str, published: str = "2025-09-14", stem: str = "950_news"):
    path = tmp_path / f"{stem}.md"
    path.write_text(
        f'---\ntitle: test\npublisher: "Test Wire"\npublished: {published}\n---\n{body}\n',
        encoding="utf-8",
    )
    extraction = extract(read_document(path), gaz)
    merge_across([extraction])
    return extraction


def iso(*codes: str) -> set[URIRef]:
    return {ID[f"state/{c}"] for c in codes}


def only(extraction, cls_prefix: str = ""):
    found = [c for c in extraction.events if c.cls.startswith(cls_prefix)]
    assert len(found) == 1, [(c.cls, sorted(c.participants)) for c in extraction.events]
    return found[0]


def act(cls: str, *codes: str) -> tuple[str, frozenset[URIRef]]:
    return cls, frozenset(iso(*codes))


def acts(extraction) -> set[tuple[str, frozenset[URIRef]]]:
    """The events found, as (class, states) pairs to compare with `act(...)`s."""
    return {(c.cls, frozenset(c.participants)) for c in extraction.events}
