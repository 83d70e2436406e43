"""Graph assembly: extractions become an RDF Dataset, one named graph per document.

Each document graph holds the document record and its PROV record, the entities minted from it,
its mentions, and the events it supports with their evidence. An event that several documents
support is described identically in each of them (its canonical description, from the merged
claims), so the union stays consistent while every graph keeps its own sources and quotes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, TIME, XSD

from . import __version__, store
from .coding import code_event, graph_events
from .dates import PartialDate
from .documents import Document
from .extraction.model import EventClaim, Extraction, MintedEntity
from .namespaces import (
    CODE,
    CURATION_GRAPH,
    ID,
    MC,
    OA,
    ONTOLOGY_GRAPH,
    ORG,
    REFERENCE_GRAPH,
    SCHEMA,
    document_graph,
    document_iri,
)
from .reference import Gazetteer

AGENT = ID[f"agent/milcoop-{__version__}"]
_CLASS_LABEL = {
    "JointExercise": "Joint exercise",
    "NavalExercise": "Naval exercise",
    "AirExercise": "Air exercise",
    "LandExercise": "Land exercise",
    "SpecialForcesExercise": "Special forces exercise",
    "Agreement": "Agreement",
    "Treaty": "Treaty",
    "MemorandumOfUnderstanding": "Memorandum of understanding",
    "Declaration": "Declaration",
    "ProcurementContract": "Procurement contract",
    "ArmsTransfer": "Arms transfer",
    "JointProductionProject": "Joint production",
    "TrainingExchange": "Training exchange",
    "OfficialVisit": "Official visit",
    "DialogueMechanism": "Dialogue mechanism",
}
_ROLE = {
    "host": MC.host,
    "supplier": MC.supplier,
    "recipient": MC.recipient,
    "signatory": MC.signatory,
    "visitor": MC.visitor,
}
CONTEXT = 40  # characters of prefix and suffix kept with each quote


def _annotation(
    g: Graph, doc: Document, start: int, end: int, body: URIRef, motivation: URIRef
) -> URIRef:
    """A Web Annotation whose selectors point at text[start:end] of the document."""
    ann = ID[f"annotation/{doc.stem}/{start}-{end}"]
    target, quote, position = (URIRef(f"{ann}/{part}") for part in ("target", "quote", "position"))
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.motivatedBy, motivation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, document_iri(doc.stem)))
    g.add((target, OA.hasSelector, quote))
    g.add((target, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(doc.text[start:end])))
    g.add((quote, OA.prefix, Literal(doc.text[max(0, start - CONTEXT) : start])))
    g.add((quote, OA.suffix, Literal(doc.text[end : end + CONTEXT])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    return ann


def _document(g: Graph, ex: Extraction, generated: dt.datetime) -> None:
    doc = ex.document
    iri = document_iri(doc.stem)
    g.add((iri, RDF.type, SCHEMA.NewsArticle))
    g.add((iri, RDF.type, PROV.Entity))
    g.add((iri, RDFS.label, Literal(doc.title or doc.stem)))
    if doc.title:
        g.add((iri, SCHEMA.headline, Literal(doc.title)))
    if ex.publisher is not None:
        g.add((iri, SCHEMA.publisher, ex.publisher))
    for author in ex.authors:
        g.add((iri, SCHEMA.author, author))
    if doc.published is not None:
        g.add((iri, SCHEMA.datePublished, doc.published.literal()))
    g.add((iri, SCHEMA.inLanguage, Literal(doc.language)))
    if doc.url:
        g.add((iri, SCHEMA.url, URIRef(doc.url)))
    g.add((iri, SCHEMA.text, Literal(doc.text)))
    g.add((iri, MC.sha256, Literal(doc.sha256)))
    activity = ID[f"extraction/{doc.stem}"]
    g.add((g.identifier, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"milcoop {__version__} extraction of {doc.stem}")))
    g.add((activity, PROV.used, iri))
    g.add((activity, PROV.wasAssociatedWith, AGENT))
    g.add((activity, PROV.endedAtTime, Literal(generated.isoformat(), datatype=XSD.dateTime)))
    g.add((AGENT, RDF.type, PROV.SoftwareAgent))
    g.add((AGENT, RDFS.label, Literal(f"milcoop {__version__}")))


def _entity(g: Graph, entity: MintedEntity) -> None:
    g.add((entity.iri, RDF.type, MC[entity.kind]))
    g.add((entity.iri, RDFS.label, Literal(entity.label)))
    for alt in sorted(entity.alt_labels - {entity.label}):
        g.add((entity.iri, SKOS.altLabel, Literal(alt)))
    if entity.state is not None:
        g.add((entity.iri, MC.state, entity.state))
    if entity.geonames is not None:
        g.add((entity.iri, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{entity.geonames}/")))
        g.add((entity.iri, MC.geonamesId, Literal(entity.geonames)))
    if entity.parent is not None and entity.kind == "EquipmentModel":
        g.add((entity.iri, SCHEMA.isVariantOf, entity.parent))  # "Rafale M" of the Rafale
    elif entity.parent is not None:
        g.add((entity.iri, ORG.subOrganizationOf, entity.parent))


def _time(g: Graph, event: URIRef, start: PartialDate | None, end: PartialDate | None) -> None:
    if start is None and end is None:
        return
    interval = URIRef(f"{event}/time")
    g.add((event, TIME.hasTime, interval))
    g.add((interval, RDF.type, TIME.ProperInterval))
    for prop, date, shortcut in (
        (TIME.hasBeginning, start, MC.startDate),
        (TIME.hasEnd, end, MC.endDate),
    ):
        if date is None:
            continue
        g.add((event, shortcut, date.literal()))
        instant = URIRef(f"{interval}/{'begin' if prop == TIME.hasBeginning else 'end'}")
        g.add((interval, prop, instant))
        g.add((instant, RDF.type, TIME.Instant))
        datatype = {"day": TIME.inXSDDate, "month": TIME.inXSDgYearMonth, "year": TIME.inXSDgYear}[
            date.precision
        ]
        g.add((instant, datatype, date.literal()))


def event_label(event: EventClaim, gaz: Gazetteer, labels: dict[URIRef, str]) -> str:
    names = sorted(labels.get(p) or gaz.label(p) for p in event.participants)
    when = f", {event.start.iso()}" if event.start else ""
    title = f" {event.name!r}" if event.name else ""
    return f"{_CLASS_LABEL.get(event.cls, event.cls)}{title}, {'–'.join(names)}{when}"


def _event(
    g: Graph,
    event: EventClaim,
    gaz: Gazetteer,
    labels: dict[URIRef, str],
    known: bool,
    named_elsewhere: bool,
) -> None:
    """Describe an event; a reference event keeps its own description, and a dialogue
    mechanism minted as an organisation keeps the label it was minted with."""
    iri = event.iri
    if not known:
        g.add((iri, RDF.type, MC[event.cls]))
        if not named_elsewhere:
            g.add((iri, RDFS.label, Literal(event_label(event, gaz, labels))))
        if event.name:
            g.add((iri, MC.name, Literal(event.name)))
        for state in event.participants:
            g.add((iri, MC.participant, state))
        _time(g, iri, event.start, event.end)
        if event.place is not None:
            g.add((iri, MC.place, event.place))
    for role, states in event.roles.items():
        for state in states:
            g.add((iri, _ROLE[role], state))
    for other in sorted(event.involves - {iri}):
        g.add((iri, MC.involves, other))
    if event.date_text:
        g.add((iri, MC.dateText, Literal(event.date_text)))
    if event.status:
        g.add((iri, MC.status, CODE[f"status/{event.status}"]))
    coding = code_event(event.cls, event.status, event.roles, event.participants)
    for prop, concept in coding.concepts.items():
        g.add((iri, prop, concept))
    if event.value is not None:
        value = URIRef(f"{iri}/value")
        g.add((iri, MC.value, value))
        g.add((value, RDF.type, SCHEMA.MonetaryAmount))
        g.add((value, SCHEMA.value, Literal(event.value[0], datatype=XSD.decimal)))
        g.add((value, SCHEMA.currency, Literal(event.value[1])))
    for n, (model, quantity) in enumerate(sorted(set(event.lots), key=str), start=1):
        lot = URIRef(f"{iri}/lot/{n}")
        g.add((iri, MC.equipment, model))
        g.add((iri, MC.equipmentLot, lot))
        g.add((lot, RDF.type, MC.EquipmentLot))
        g.add((lot, MC.equipment, model))
        if quantity is not None:
            g.add((lot, MC.quantity, Literal(quantity, datatype=XSD.integer)))


def canonical(claims: Iterable[EventClaim]) -> dict[URIRef, EventClaim]:
    """One description per event IRI: the first claim, completed by the others."""
    from .extraction.merging import merge_into

    out: dict[URIRef, EventClaim] = {}
    for claim in claims:
        if claim.iri not in out:
            out[claim.iri] = EventClaim(
                claim.cls,
                set(claim.participants),
                [],
                roles={k: set(v) for k, v in claim.roles.items()},
                start=claim.start,
                end=claim.end,
                place=claim.place,
                name=claim.name,
                known=claim.known,
                status=claim.status,
                value=claim.value,
                lots=list(claim.lots),
                involves=set(claim.involves),
                iri=claim.iri,
                date_text=claim.date_text,
            )
        else:
            merge_into(out[claim.iri], claim, None, set())  # no state-level places to refine
    return out


def _curation(g: Graph, ex: Extraction) -> None:
    """Applied corrections stay visible: who changed what, why, from which file."""
    for entry, claims in ex.curation:
        node = ID[f"curation/{ex.document.stem}/{entry.index}"]
        g.add((node, RDF.type, PROV.Activity))
        g.add(
            (node, RDFS.label, Literal(f"{entry.action} ({entry.path.name}, entry {entry.index})"))
        )
        g.add((node, RDFS.comment, Literal(entry.reason)))
        g.add((node, PROV.used, document_iri(ex.document.stem)))
        for claim in claims:
            g.add((claim.iri, PROV.wasInfluencedBy, node))


def assemble(
    extractions: list[Extraction], gaz: Gazetteer, ontology: Graph, generated: dt.datetime
) -> Dataset:
    ds = store.new_dataset()
    store.graph(ds, ONTOLOGY_GRAPH).__iadd__(ontology)
    store.graph(ds, REFERENCE_GRAPH).__iadd__(gaz.graph)
    labels = {iri: e.label for ex in extractions for iri, e in ex.entities.items()}
    events = canonical(c for ex in extractions for c in ex.events)
    for iri, coding in graph_events(gaz.graph):  # known events no document reports
        if iri not in events:
            for prop, concept in coding.concepts.items():
                store.graph(ds, REFERENCE_GRAPH).add((iri, prop, concept))
    for ex in extractions:
        g = store.graph(ds, document_graph(ex.document.stem))
        _document(g, ex, generated)
        for entity in ex.entities.values():
            _entity(g, entity)
        if ex.curation:
            _curation(store.graph(ds, CURATION_GRAPH), ex)
        doc_iri = document_iri(ex.document.stem)
        for mention in ex.mentions:
            g.add((doc_iri, SCHEMA.mentions, mention.iri))
            _annotation(g, ex.document, mention.start, mention.end, mention.iri, OA.identifying)
        for claim in ex.events:
            event = events[claim.iri]
            _event(
                g,
                event,
                gaz,
                labels,
                known=(claim.iri, None, None) in gaz.graph,
                named_elsewhere=claim.iri in labels,
            )
            g.add((claim.iri, PROV.wasDerivedFrom, doc_iri))
            for start, end in claim.evidence:
                ann = _annotation(g, ex.document, start, end, claim.iri, OA.describing)
                g.add((claim.iri, MC.evidence, ann))
    return ds
