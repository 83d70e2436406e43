"""A reviewer's view of one document's extraction: each fact with its evidence highlighted."""

from __future__ import annotations

from .extraction.model import Extraction
from .reference import Gazetteer


def _label(iri, gaz: Gazetteer, extraction: Extraction) -> str:
    if iri in gaz.entities:
        return gaz.entities[iri].label
    if iri in extraction.entities:
        return extraction.entities[iri].label
    return str(iri).rsplit("/", 1)[-1]


def _highlight(text: str, start: int, end: int, event) -> str:
    """The evidence sentence with the words that announce the event in [[double brackets]]."""
    marks = sorted((a, b) for a, b in event.anchors if start <= a and b <= end)
    out, pos = [], start
    for a, b in marks:
        if a < pos:
            continue
        out += [text[pos:a], "[[", text[a:b], "]]"]
        pos = b
    out.append(text[pos:end])
    return " ".join("".join(out).split())


def describe(extraction: Extraction, gaz: Gazetteer) -> str:
    doc = extraction.document
    lines = [
        f"{doc.path}  ({doc.publisher or 'unknown publisher'}, "
        f"{doc.published.iso() if doc.published else 'no date'})",
        "",
    ]
    for n, event in enumerate(extraction.events, start=1):
        names = ", ".join(sorted(_label(p, gaz, extraction) for p in event.participants))
        lines.append(f"[{n}] {event.cls}: {names}")
        when = " – ".join(
            d.iso() if d else "?" for d in (event.start, event.end) if event.start or event.end
        )
        lines.append(f"    date: {when or event.date_text or 'none'}   status: {event.status}")
        if event.place:
            lines.append(f"    place: {_label(event.place, gaz, extraction)}")
        if event.name:
            lines.append(f"    name: {event.name}")
        for role, states in sorted(event.roles.items()):
            lines.append(
                f"    {role}: {', '.join(sorted(_label(s, gaz, extraction) for s in states))}"
            )
        if event.value:
            lines.append(f"    value: {event.value[0]:,} {event.value[1]}")
        for model, qty in event.lots:
            count = f"{qty} " if qty else ""
            lines.append(f"    equipment: {count}{_label(model, gaz, extraction)}")
        for start, end in event.evidence:
            lines.append(
                f"    evidence [{start}:{end}]: »{_highlight(doc.text, start, end, event)}«"
            )
        lines.append("")
    kinds: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        kinds.setdefault(mention.kind, set()).add(_label(mention.iri, gaz, extraction))
    lines.append("entities:")
    for kind, names in sorted(kinds.items()):
        lines.append(f"  {kind}: {', '.join(sorted(names))}")
    if not extraction.events:
        lines.insert(2, "no cooperation events found")
    return "\n".join(lines)
