"""The text view extraction reads: markup and boilerplate blanked out, offsets unchanged.

Rather than cleaning the body into a new string (and mapping offsets back), every character that
must not produce facts (Markdown syntax, link targets, photo captions, repeated paragraphs,
newsletter footers) is replaced by a space. The view is exactly as long as the body, so an
offset found in the view indexes the stored text directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\n]*)\)")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]", re.M)
_ESCAPE = re.compile(r"\\+(?=[\\`*_{}\[\]()#+\-.!$])|\\\\")
_CAPTION = re.compile(
    r"(?i)\bin this (?:photo|picture|image)\b|\((?:[\w .&-]*\b)?(?:photo|handout|file photo)"
    r"\)\s*$|^\s*\((?:photo|image)[^)]*\)\s*$"
)
_BOILERPLATE = re.compile(
    # ("The Daily Sabah Newsletter", but not "told a Moscow-based aviation newsletter")
    r"(?i)newsletter\s*$|\bour\s+newsletter|newsletter\s+sign|unsubscribe|by signing up"
    r"|recaptcha|privacy policy|terms of (?:use|service)"
    r"|leave a reply|your email address will not|required fields are marked|keep up to date with"
    r"|all rights reserved|share this article|follow us on|click here|subscribe to"
)
_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "adm",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cmdr",
    "cdr",
    "brig",
    "sgt",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "gov",
    "sen",
    "rep",
    "pres",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "approx",
    "vol",
    "fig",
    "rs",
    "mt",
    "ft",
}


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n":
            chars[i] = " "


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in re.finditer(r"\n[ \t]*\n", text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_HEADLINE = re.compile(r"\s*(?:#{1,6}[ \t]+[^\n]*|\*\*[^*\n]+\*\*|__[^_\n]+__)\s*")


def headings(text: str) -> list[tuple[int, int]]:
    """Paragraphs that are a heading alone ("**Bright Star closes at base**"): in a round-up,
    each starts a new story."""
    return [(a, b) for a, b in _paragraphs(text) if _HEADLINE.fullmatch(text, a, b)]


def clean_view(text: str) -> str:
    """Same-length copy of `text` with everything that must not yield facts blanked."""
    chars = list(text)
    for match in _LINK.finditer(text):
        _blank(chars, match.start(), match.start() + 1)  # "["
        _blank(chars, match.start(1) + len(match.group(1)), match.end())  # "](target)"
    for rx in (_EMPHASIS, _HEADING, _ESCAPE):
        for match in rx.finditer(text):
            _blank(chars, match.start(), match.end())
    seen: set[str] = set()
    for start, end in _paragraphs(text):
        para = text[start:end]
        key = " ".join(para.split())
        if key in seen or _CAPTION.search(para) or _BOILERPLATE.search(para):
            _blank(chars, start, end)
        seen.add(key)
    return "".join(chars)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # the clean view's slice (same offsets as the body)
    paragraph: int


def _is_abbreviation(view: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", view[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or bool(re.fullmatch(r"[a-z]", token))


def sentences(view: str) -> list[Sentence]:
    """Split the clean view into sentences; a paragraph break inside a sentence (a page-break
    artefact: no closing punctuation, next line in lower case) does not end it."""
    out: list[Sentence] = []
    paras = _paragraphs(view)
    merged: list[tuple[int, int]] = []
    for start, end in paras:
        prev = merged[-1] if merged else None
        if (
            prev
            and not re.search(r"[.!?:\"”’)]\s*$", view[prev[0] : prev[1]])
            and re.match(r"\s*[a-z]", view[start:end])
        ):
            merged[-1] = (prev[0], end)
        else:
            merged.append((start, end))
    for index, (start, end) in enumerate(merged):
        pos = start
        for match in re.finditer(r"[.!?](?:[\"”’)]+)?(?=\s+[\"“‘(]?[A-Z0-9])", view[start:end]):
            cut = start + match.end()
            if view[start + match.start()] == "." and _is_abbreviation(view, start + match.start()):
                continue
            _add(out, view, pos, cut, index)
            pos = cut
        _add(out, view, pos, end, index)
    return out


def _add(out: list[Sentence], view: str, start: int, end: int, paragraph: int) -> None:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, view[start:end], paragraph))


# capital letters with the accents of names ("CONSTANȚA", "İZMİR", "ŁÓDŹ", "Čelebići")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŸŹŻŽȘȚ"
_DATELINE = re.compile(
    r"\s*(?:\d{1,2}\s*[/.)]\s+)?"  # a round-up's item number: "2 / WASHINGTON –"
    rf"(?P<city>[{UPPER}][{UPPER}’'.-]+(?:\s+[{UPPER}][{UPPER}’'.-]+){{0,2}})"
    r"(?P<rest>(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"  # ", Philippines" / ", Sept 11"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:(?:,\s*|\s+)\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:])"
)


@dataclass(frozen=True)
class Dateline:
    """'ISLAMABAD, Sept 11 –': where a report was filed, not where its events happened."""

    start: int
    end: int  # the whole dateline, date included
    city: str  # as printed
    city_end: int


def datelines(view: str) -> list[Dateline]:
    """Every paragraph that opens with a dateline: a round-up files each item from its city
    ("DHAKA – The Bangladesh Army ...")."""
    found = []
    for start, _ in _paragraphs(view):
        match = _DATELINE.match(view, start)
        if match and len(match.group("city")) >= 3:
            found.append(
                Dateline(match.start("city"), match.end(), match.group("city"), match.end("city"))
            )
    return found


def dateline(view: str) -> Dateline | None:
    """The dateline that opens the body's first paragraph (after any byline), if any."""
    for start, _ in _paragraphs(view)[:3]:
        match = _DATELINE.match(view, start)
        if match and len(match.group("city")) >= 3:
            return Dateline(
                match.start("city"), match.end(), match.group("city"), match.end("city")
            )
        if not re.match(r"\s*(?:By|BY|by)\s", view[start:]):
            return None
    return None
