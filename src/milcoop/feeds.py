"""Reading news feeds in JSON Lines: one article per line as a JSON object.

A feed comes from a crawler, so one broken record must not cost the others: every bad line is
returned as a MilcoopError naming the file and line (the caller reports it) and the rest is
read. Only a problem with the file itself (unreadable, not UTF-8) stops the read. A record is

    {"id": ..., "text": ..., "title", "publisher", "published", "url", "authors"/"author",
     "language"}

where `id` and `text` are required. `text` is the body that evidence offsets index, so it is
kept exactly as given.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .documents import Document, publication_date, read_text
from .errors import MilcoopError

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_KNOWN_KEYS = {
    "id",
    "text",
    "title",
    "publisher",
    "published",
    "url",
    "authors",
    "author",
    "language",
}


class _BadRecord(ValueError):
    """Why one line cannot become a document; read_feed adds the file and line."""


def _kind(value: object) -> str:
    """A value's type in JSON's words, for messages about the feed."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    names = {str: "a string", list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def record_stem(record_id: str) -> str:
    """A document stem (IRI path segment, curation file name) made from a record id.

    An id that is already safe is the stem. Otherwise unsafe characters become '_' and a short
    digest of the original id is appended, so that 'a/b' and 'a_b' stay two documents and the
    same id always gives the same stem.
    """
    safe = _UNSAFE.sub("_", record_id)
    if safe == record_id and safe.strip("."):  # '.' and '..' would be IRI dot-segments
        return safe
    digest = hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8]
    return f"{safe}_{digest}"


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object, refusing repeated keys (json.loads would silently keep the last)."""
    record: dict = {}
    for key, value in pairs:
        if key in record:
            raise _BadRecord(f"key {key!r} appears twice")
        record[key] = value
    return record


def _encodable(value: str, key: str) -> str:
    """JSON can escape half a surrogate pair ("\\ud800"); such text has no UTF-8 form."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _BadRecord(f"{key!r} holds an unpaired surrogate escape") from None
    return value


def _string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _BadRecord(f"{key!r} must be a string, not {_kind(value)}")
    return _encodable(value, key)


def _optional(record: dict, key: str) -> str | None:
    return (_string(record, key) or "").strip() or None


def _record_id(record: dict) -> str:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if "id" not in record:
        raise _BadRecord("no 'id'")
    if not isinstance(value, str):
        raise _BadRecord(f"'id' must be a non-empty string or integer, not {_kind(value)}")
    if not value.strip():
        raise _BadRecord("empty 'id'")
    return _encodable(value, "id")


def _authors(record: dict) -> tuple[str, ...]:
    key = "authors" if "authors" in record else "author"
    value = record.get(key)
    names = [value] if isinstance(value, str) else value or []
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise _BadRecord(f"{key!r} must be a name or a list of names")
    for name in names:
        _encodable(name, key)
    return tuple(name.strip() for name in names if name.strip())


def _document(line: str, path: Path, number: int) -> Document:
    try:
        record = json.loads(line, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise _BadRecord("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise _BadRecord(f"not a JSON object but {_kind(record)}")
    record_id = _record_id(record)
    text = _string(record, "text")
    if text is None:
        raise _BadRecord("no 'text'")
    if not text.strip():
        raise _BadRecord("empty 'text'")
    url = _optional(record, "url")
    if url is not None and not _IRI.fullmatch(url):
        raise _BadRecord(f"'url' is not an absolute IRI: {url!r}")
    published = record.get("published")
    if published is not None and (
        isinstance(published, bool) or not isinstance(published, str | int)
    ):
        raise _BadRecord(f"'published' must be a string, not {_kind(published)}")
    try:
        date = publication_date(published, path, number)
    except MilcoopError as exc:
        raise _BadRecord(exc.message) from None
    return Document(
        stem=record_stem(record_id),
        path=path,
        text=text,
        title=_optional(record, "title"),
        publisher=_optional(record, "publisher"),
        published=date,
        authors=_authors(record),
        language=_optional(record, "language") or "en",
        url=url,
        body_line=number,
        record_id=record_id,
        extra={k: record[k] for k in sorted(set(record) - _KNOWN_KEYS)},
    )


def read_feed(
    path: Path, taken: dict[str, str] | None = None
) -> tuple[list[Document], list[MilcoopError]]:
    """The documents of one .jsonl feed, and one error (file and line) per skipped line.

    `taken` maps stems already in the corpus to where they come from ('x.md', 'feed.jsonl:3');
    a record with such a stem is skipped, and the stems read here are added to it. Blank lines
    are not records and are passed over. Raises MilcoopError only for the file as a whole.
    """
    path = Path(path)
    taken = {} if taken is None else taken
    raw = read_text(path)
    documents: list[Document] = []
    skipped: list[MilcoopError] = []
    # split on '\n' only: str.splitlines() would also cut at U+2028 and other characters
    # that JSON strings may hold raw
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc = _document(line, path, number)
        except _BadRecord as exc:
            skipped.append(MilcoopError(str(exc), path, number))
            continue
        if doc.stem in taken:
            skipped.append(
                MilcoopError(
                    f"duplicate id {doc.record_id!r}: its stem {doc.stem!r} is taken by "
                    f"{taken[doc.stem]}",
                    path,
                    number,
                )
            )
            continue
        taken[doc.stem] = f"{path.name}:{number}"
        documents.append(doc)
    return documents, skipped
