"""Reading source documents: Markdown with YAML front matter, or plain text.

The body is kept exactly as stored (after the front matter) because every evidence offset
indexes it; nothing here rewrites it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .dates import PartialDate, parse_iso
from .errors import MilcoopError

SUFFIXES = (".md", ".markdown", ".txt")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.S | re.M)
_KNOWN_KEYS = {"title", "publisher", "published", "date", "authors", "author", "language", "url"}


@dataclass(frozen=True)
class Document:
    stem: str
    path: Path
    text: str  # the body: what evidence offsets index
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    authors: tuple[str, ...] = ()
    language: str = "en"
    url: str | None = None
    body_line: int = 1  # line of the file where the body starts (for error positions)
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _as_date(value: object, path: Path, line: int | None) -> PartialDate | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    parsed = parse_iso(str(value))
    if parsed is None:
        raise MilcoopError(
            f"bad publication date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)", path, line
        )
    return parsed


def _front_matter(raw: str, path: Path) -> tuple[dict, str, int]:
    match = _FRONT.match(raw)
    if not match:
        if raw.startswith("---"):
            raise MilcoopError("front matter is not closed by a '---' line", path, 1)
        return {}, raw, 1
    try:
        # BaseLoader keeps every scalar a string: dates are checked here, not by YAML's own
        # date parser (which fails on "2022-13-45" with an error that names no line)
        meta = yaml.load(match.group(1), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for the opening '---', +1 one-based
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise MilcoopError(f"broken front matter: {problem}", path, line) from None
    if not isinstance(meta, dict):
        raise MilcoopError("front matter must be a YAML mapping", path, 2)
    body_line = raw[: match.end()].count("\n") + 1
    meta["_lines"] = {
        key.group(1): raw[: match.start(1) + key.start()].count("\n") + 1
        for key in re.finditer(r"^([A-Za-z_]+)\s*:", match.group(1), re.M)
    }
    return meta, raw[match.end() :], body_line


def read_document(path: Path) -> Document:
    """Read one document; any problem is a MilcoopError naming the file and line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MilcoopError(f"cannot read: {exc.strerror}", path) from None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MilcoopError(f"not UTF-8 (byte {exc.start})", path, line) from None
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    meta, body, body_line = (
        _front_matter(raw, path) if path.suffix != ".txt" or raw.startswith("---") else ({}, raw, 1)
    )
    if not body.strip():
        raise MilcoopError("empty document (no body text)", path, body_line)
    lines = meta.pop("_lines", {})
    unknown = sorted(set(meta) - _KNOWN_KEYS)
    authors = meta.get("authors", meta.get("author")) or []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise MilcoopError(
            "'authors' must be a list of names", path, lines.get("authors", lines.get("author"))
        )
    return Document(
        stem=path.stem,
        path=path,
        text=body,
        title=_str(meta.get("title")),
        publisher=_str(meta.get("publisher")),
        published=_as_date(
            meta.get("published", meta.get("date")),
            path,
            lines.get("published", lines.get("date")),
        ),
        authors=tuple(a.strip() for a in authors if a.strip()),
        language=_str(meta.get("language")) or "en",
        url=_str(meta.get("url")),
        body_line=body_line,
        extra={k: meta[k] for k in unknown},
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def find_documents(directory: Path) -> list[Path]:
    directory = Path(directory)
    if not directory.is_dir():
        raise MilcoopError("not a directory of documents", directory)
    paths = sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES and p.is_file())
    if not paths:
        raise MilcoopError(f"no documents ({', '.join(SUFFIXES)}) found", directory)
    return paths


def read_documents(directory: Path) -> list[Document]:
    docs = [read_document(p) for p in find_documents(directory)]
    seen: dict[str, Path] = {}
    for doc in docs:
        if doc.stem in seen:
            raise MilcoopError(
                f"two documents share the stem {doc.stem!r} ({seen[doc.stem].name})", doc.path
            )
        seen[doc.stem] = doc.path
    return docs
