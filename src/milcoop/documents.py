"""Reading source documents: Markdown with YAML front matter, plain text, or JSON Lines feeds.

The body is kept exactly as stored (after the front matter) because every evidence offset
indexes it; nothing here rewrites it. A corpus is a folder of such files (or one feed); a bad
feed line is skipped and kept as data in `Corpus.skipped` (see `feeds.py`), while a bad
Markdown/text file stops the read, since it is one hand-made document, not one of many.
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
FEED_SUFFIX = ".jsonl"  # one JSON record per line, read by feeds.read_feed
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
    body_line: int = 1  # line of the file where the body starts (a feed record: its line)
    record_id: str | None = None  # a feed record's id as given (the stem is made safe from it)
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_DATETIME = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d")


def publication_date(value: object, path: Path, line: int | None) -> PartialDate | None:
    """YYYY, YYYY-MM, YYYY-MM-DD, or an ISO datetime (feeds give those) reduced to its date.

    The date is the one written, not converted to UTC: a publisher's local date is what the
    article's relative dates ("on Monday") count from.
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    parsed = parse_iso(str(value))
    if parsed is None and _DATETIME.match(str(value)):
        try:
            stamp = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            stamp = None
        if stamp is not None:
            parsed = PartialDate(stamp.year, stamp.month, stamp.day)
    if parsed is None:
        raise MilcoopError(
            f"bad publication date {value!r} (want YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime)",
            path,
            line,
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


def read_text(path: Path) -> str:
    """A file's text as UTF-8 without its BOM; unreadable or non-UTF-8 is a MilcoopError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MilcoopError(f"cannot read: {exc.strerror}", path) from None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MilcoopError(f"not UTF-8 (byte {exc.start})", path, line) from None
    return raw[1:] if raw.startswith("\ufeff") else raw


def read_document(path: Path) -> Document:
    """Read one document; any problem is a MilcoopError naming the file and line."""
    path = Path(path)
    raw = read_text(path)
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
        published=publication_date(
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
    """The document and feed files of a folder, sorted; a .jsonl path stands for itself."""
    directory = Path(directory)
    if directory.suffix == FEED_SUFFIX and directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise MilcoopError(f"not a directory of documents or a {FEED_SUFFIX} feed", directory)
    wanted = (*SUFFIXES, FEED_SUFFIX)
    paths = sorted(p for p in directory.iterdir() if p.suffix in wanted and p.is_file())
    if not paths:
        raise MilcoopError(f"no documents ({', '.join(wanted)}) found", directory)
    return paths


class CorpusError(MilcoopError):
    """Bad feed lines where the caller wanted none (strict reading); `problems` lists them all."""

    def __init__(self, problems: list[MilcoopError]) -> None:
        self.problems = list(problems)
        more = len(self.problems) - 1
        super().__init__(
            str(self.problems[0]) + (f" (and {more} more bad feed lines)" if more else "")
        )


@dataclass(frozen=True)
class Corpus:
    """The documents of a folder or feed, and the feed lines skipped on the way.

    Skipped lines are data, not log output, so that every caller decides how to report them
    (the CLI warns, or refuses with --strict) and none can lose them unnoticed.
    """

    source: Path
    documents: list[Document]
    skipped: list[MilcoopError] = field(default_factory=list)

    def require(self, strict: bool = False) -> list[Document]:
        """The documents; an error if there are none, or (strict) if any line was skipped."""
        if strict and self.skipped:
            raise CorpusError(self.skipped)
        if not self.documents:
            why = f"all {len(self.skipped)} feed lines were skipped" if self.skipped else "empty"
            raise MilcoopError(f"no documents to build ({why})", self.source)
        return self.documents


def load_corpus(path: Path) -> Corpus:
    """Read a folder (Markdown, text and .jsonl files) or one .jsonl feed.

    Markdown/text documents claim their stems first; a feed record whose stem is already taken
    (by a file or an earlier record) is skipped like any other bad line. Two files with one
    stem remain an error. Documents come in file-name order, feed records in line order.
    """
    from .feeds import read_feed  # feeds builds Documents with this module: import late

    paths = find_documents(path)
    found: dict[Path, list[Document]] = {}
    taken: dict[str, str] = {}
    for file in (p for p in paths if p.suffix != FEED_SUFFIX):
        doc = read_document(file)
        if doc.stem in taken:
            raise MilcoopError(
                f"two documents share the stem {doc.stem!r} ({taken[doc.stem]})", doc.path
            )
        taken[doc.stem] = file.name
        found[file] = [doc]
    skipped: list[MilcoopError] = []
    for feed in (p for p in paths if p.suffix == FEED_SUFFIX):
        found[feed], bad = read_feed(feed, taken)
        skipped += bad
    return Corpus(Path(path), [doc for p in paths for doc in found[p]], skipped)


def read_documents(directory: Path) -> list[Document]:
    """Every document of a folder or feed, strictly: any bad feed line raises CorpusError."""
    return load_corpus(directory).require(strict=True)
