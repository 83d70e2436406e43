"""The words and patterns entity recognition needs: services, organisation heads, titles,
place and equipment nouns. Data, not logic, so that `entities` reads as the algorithm."""

from __future__ import annotations

import re

SERVICES = {
    "naval forces": "Naval Forces",
    "navy": "Navy",
    "army": "Army",
    "air force": "Air Force",
    "air forces": "Air Force",
    "armed forces": "Armed Forces",
    "land forces": "Land Forces",
    "coast guard": "Coast Guard",
    "marine corps": "Marine Corps",
    "marines": "Marine Corps",
    "special forces": "Special Forces",
}
SERVICE_RX = (
    r"(?:Naval Forces|Armed Forces|Land Forces|Air Forces?|Navy|Army|Coast Guard|Marine Corps|"
    r"Marines|Special Forces)"
)
SERVICE_LC = r"(?:naval forces|armed forces|land forces|air forces?|navy|army|coast guard|marines)"
UNIT_HEAD = (
    r"(?:Teams?|Troops|Forces|Force|Brigades?|Regiments?|Battalions?|Divisions?|Corps|Fleet|"
    r"Squadrons?|Units?|Command)"
)
CAP = r"[A-Z][\w-]*"
LEAD = (
    r"(?!(?:Teams?|Troops|Forces|Force|Navy|Army|The|A|An|In|On|Under|During|According)\b)"
    r"[A-Z][\w-]*"
)
STOP = {"The", "A", "An", "In", "On", "Under", "During", "According", "By", "As", "With"}
CAPSEQ = rf"{CAP}(?:\s+(?:and\s+|of\s+(?:the\s+)?|for\s+|&\s+)?{CAP})*"
ACRONYM = r"(?:\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})\))?"
DIALOGUE = re.compile(
    rf"(?P<name>(?:{CAP}\s+)*(?:Military|Defen[cs]e|Security|Strategic)\s+(?:{CAP}\s+)*"
    rf"(?:Dialogue(?:\s+Group)?|Consultative\s+Group|Committee|Council|Working\s+Group|Commission|"
    rf"Forum|Consultations?)){ACRONYM}"
)
ORG = re.compile(
    rf"(?P<name>{CAPSEQ}\s+(?:Agency|Ministry|Institute|University|Complex|Industries|Corporation|"
    rf"Company|Organi[sz]ation|Park|Centre|Center|Bureau|Directorate|Authority|Academy|College|"
    rf"Association|Shipyards?|Works|Systems|Aerospace|Dynamics|Electronics)){ACRONYM}"
)
MINISTRY = re.compile(
    r"(?P<name>(?:(?:National\s+)?Defen[cs]e|Foreign|Interior)\s+Ministry|Ministry\s+of\s+"
    r"(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs|Interior))"
)
TITLE = (
    r"(?:President|Prime\s+Minister|(?:Defen[cs]e|Foreign)\s+Minister|Minister|Adm\.|Admiral|"
    r"Gen\.|General|Lt\.\s*Gen\.|Maj\.\s*Gen\.|Brig\.|Col\.|Commander|Chief|Secretary|"
    r"Ambassador|King|Crown\s+Prince|Emir|Sheikh|Chancellor|Premier)"
)
NAME_WORD = r"[A-Z][a-zà-ÿğışçöüİĞŞÇÖÜ’'-]+"
PERSON = re.compile(rf"\b{TITLE}\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})")
BYLINE = re.compile(rf"^\s*[Bb]y\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s*$", re.M)
PLACE = re.compile(
    rf"(?P<name>{CAP}(?:\s+{CAP})?)\s+(?:city|region|province|district|districts|port|"
    rf"island|strait|base)\b"
)
LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|near|into|across|off|around|of|visited|visiting|toward|towards|"
    r"inside|outside|between|encompasses|including)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?$)"
)

# Kinds whose state is not a party to what they are mentioned with: a place, a weapon's
# country of origin, a think tank or newspaper quoted as a source.
NOT_ACTORS = (
    "Place",
    "EquipmentModel",
    "ResearchOrganization",
    "NewsOrganization",
    "InternationalOrganization",
)
STATE_LOCATIVE = re.compile(r"\b(?:in|at|to|into|inside|across|visited|visiting)\s+$")
