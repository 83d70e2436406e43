"""The words and patterns entity recognition needs: services, organisation heads, titles,
place and equipment nouns. Data, not logic, so that `entities` reads as the algorithm."""

from __future__ import annotations

import calendar
import re

from ..text import UPPER

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
# a word some states put between their name and the service ("Qatar Emiri Air Force")
HONORIFIC = r"(?:Emiri|Amiri|Royal|Islamic|National|Federal|Imperial|Republican)"
SERVICE_LC = r"(?:naval forces|armed forces|land forces|air forces?|navy|army|coast guard|marines)"
UNIT_HEAD = (
    r"(?:Teams?|Troops|Forces|Force|(?:Demi-)?Brigades?|Regiments?|Battalions?|Divisions?|Corps|"
    r"Fleet|Squadrons?|Units?|Command|Infantry|Rifles|Wing|Flotilla)"
)
CAP = r"[A-Z][\w-]*"
# a count opening a sentence ("Fourteen Nigerian Air Force cadets") is not part of a name
_COUNT = (
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
    r"Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundreds|"
    r"Dozens|Several|Some|Many|About|Around|Nearly|Over|More|All|Both|Each|Most"
)
LEAD = (
    r"(?!(?:Teams?|Troops|Forces|Force|Navy|Army|The|A|An|In|On|Under|During|According|"
    rf"{_COUNT})\b)[A-Z][\w-]*"
)
STOP = {"The", "A", "An", "In", "On", "Under", "During", "According", "By", "As", "With"}
CAPSEQ = rf"{CAP}(?:\s+(?:and\s+|of\s+(?:the\s+)?|for\s+|&\s+)?{CAP})*"
ACRONYM = r"(?:\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})\))?"
_BODY = (
    r"(?:Dialogue(?:\s+Group)?|Consultative\s+Group|Committee|Council|Working\s+Group|Commission|"
    r"Forum|Consultations?|Contact\s+Group|Talks)"
)
DIALOGUE = re.compile(
    rf"(?P<name>(?:{CAP}\s+)*(?:(?:Military|Defen[cs]e|Security|Strategic)\s+(?:{CAP}\s+)*{_BODY}|"
    rf"(?:Joint|Inter-?[Gg]overnmental|Bilateral|High-Level)\s+(?:{CAP}\s+)*"
    rf"(?:Commission|Committee|Working\s+Group|Council)(?:\s+on\s+{CAPSEQ})?|"
    rf"(?:{CAP}\s+)+Contact\s+Group)){ACRONYM}"
)
ORG = re.compile(
    rf"(?P<name>{CAPSEQ}\s+(?:Agency|Ministry|Institute|University|Complex|Industries|Corporation|"
    rf"Company|Organi[sz]ation|Park|Centre|Center|Bureau|Directorate|Authority|Academy|College|"
    rf"Association|Shipyards?|Works|Systems|Aerospace|Dynamics|Electronics|Fund|Engineering|"
    rf"Factory|Board|Concern|Establishment|Laborator(?:y|ies)|Limited|Ltd|Group)"
    rf"(?:\s+(?:for|of)\s+{CAP}(?:\s+{CAP})?)?|"
    # Indonesian companies, legislatures and finance ministries: "PT PAL", "National Assembly"
    rf"PT\s+{CAP}(?:\s+{CAP}){{0,2}}|(?:{CAP}\s+)?(?:National\s+Assembly|Senate|Congress)|"
    rf"Rajya\s+Sabha|Lok\s+Sabha|Sejm|Bundestag|Knesset|Majlis|"
    rf"(?:State|Finance)\s+(?:Department|Ministry)|Ministry\s+of\s+Finance){ACRONYM}"
)
MINISTRY = re.compile(
    r"(?P<name>(?i:(?:national\s+)?defen[cs]e|foreign|interior|armed\s+forces)\s+(?i:ministry)|"
    r"(?:Ministry|Department)\s+of\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs|Interior|"
    r"(?:the\s+)?Armed\s+Forces))"
)
RANK = (
    r"(?:(?:Vice|Rear|Deputy|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Air\s+Chief|"
    r"Air|Fleet|Senior|Staff|Chief)\s+)*(?:Admiral|Adm\.|General|Gen\.?|Marshal|Colonel|Col\.|"
    r"Commander|Cmdr\.|Cdr\.|Captain|Capt\.|Commodore|Cdre\.|Major|Maj\.|Brigadier|Lt\.|"
    r"Lieutenant|Sergeant|Sgt\.)"
)
OFFICE = (
    r"(?:(?:Vice|Deputy|Former|Prime|Defen[cs]e|Foreign|Interior|National|Chief|State|"
    r"Army|Navy|Naval|Air\s+Force|Military|Security|Assistant|Under|Permanent)\s+){0,3}"
    r"(?:President|Minister|Secretary|Chancellor|Premier|Ambassador|Envoy|Attach[eé]|"
    r"Spokes(?:person|man|woman)|Adviser|Advisor|Chairman|Chair|Director|Commissioner)"
    r"(?:\s+(?:of|for)\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs|State|the\s+Navy|"
    r"the\s+Army|the\s+Air\s+Force))?"
)
TITLE = (
    rf"(?:{RANK}|{OFFICE}|King|Crown\s+Prince|Emir|Sheikh|Sultan|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
    r"Prof\.?|Professor)"
)
NAME_WORD = rf"(?!Jr\b)[{UPPER}](?:[^\W\d_]|[’'-](?=[^\W\d_]))+"
_NAME = (
    rf"{NAME_WORD}(?:\s+(?:[A-Z]\.|{NAME_WORD}|(?:de|van|von|bin|da|al|del|der|le)\s+{NAME_WORD}))"
    r"{1,3}(?:,?\s+Jr\.)?"
)
PERSON = re.compile(rf"\b{TITLE}\s+(?P<name>{_NAME})")
# "..., said Maria Santos, a spokesperson for ..."; "Maria Santos, the navy's chief, said"
PERSON_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:spokes(?:person|man|woman)|"
    r"minister|secretary|chief|commander|head|director|analyst|researcher|professor|fellow|"
    r"official|ambassador|envoy|admiral|general|officer|adviser|advisor|expert|attach[eé]|"
    r"president|chairman|lawmaker|senator|colonel|captain)\b"
)
# Names introduced without a capitalised title: "spokesperson Guo Jiakun", "Reporting by Liu
# Wen", "Ewa Nowicka of the Warsaw Institute", "said Bill Blair, Canada's defence minister"
PERSON_CONTEXT = re.compile(
    rf"(?:\b(?:spokes(?:person|man|woman)|minister|analyst|researcher|commander|chief|envoy|"
    rf"ambassador|secretary|director|official|told|by|editing\s+by|said)\s+)(?P<name>{_NAME})"
    rf"(?=\s*(?:,|\bsaid\b|\bof\s+the\b|\btold\b|\)|;|\.\s))"
    rf"|(?P<name2>{_NAME})\s+of\s+the\s+[A-Z]"
)
BYLINE = re.compile(rf"^\s*[Bb]y\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s*$", re.M)
PLACE = re.compile(
    rf"(?P<name>{CAP}(?:\s+{CAP})?)\s+(?:city|region|province|district|districts|port|"
    rf"island|strait|base)\b"
)
LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|near|into|across|off|around|of|visited|visiting|toward|towards|"
    r"inside|outside|between|encompasses|including|reached|reaching)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?$)"
)
# the list item just before a name: "Malaysia, New Zealand, " or "Brazil and "
LIST_ITEM_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s*(?:,\s*|\s+and\s+)$")
# the list item just after a name: ", New Zealand" or " and Malaysia"
LIST_ITEM_AFTER = re.compile(r"(?:,\s*|\s+and\s+)([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")
# "the Philippine Air Force (PAF)": the letters a document defines for a name
DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")

# a verb right after a capital makes it the subject, whatever preposition comes before
SUBJECT_VERB = re.compile(
    # (the first of two: "Oslo and Washington signed")
    r"(?:\s+and\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)?(?:signed|agreed|announced|"
    r"ordered|bought|purchased|inked|sealed|approved|received|sent|delivered|said|says|will|"
    r"would|plans?|hosted|hosts|declined|refused|rejected|"
    # "and Canberra is buying 42 more"
    r"(?:is|are|was|were)\s+(?:also\s+)?(?:buying|ordering|acquiring|procuring|selling))\b"
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
STATE_LOCATIVE = re.compile(
    r"\b(?:in|at|to|into|inside|across|visited|visiting|around|near|off|against|towards?|over)\s+$"
)

# Named geographic features: "the South China Sea", "Bay of Bengal", "Clark Air Base",
# "Çiğli air base", "Fort Wainwright", "the Araz river", "the Line of Control".
FEATURE = re.compile(
    rf"(?P<name>(?:[{UPPER}][\w’'-]+\s+){{1,3}}(?:Sea|Ocean|Gulf|Straits?|Bay|Channel|Peninsula|"
    r"Islands?|Archipelago|Sound|Coast(?!\s+Guard)|Air\s+Base|Naval\s+Base|Naval\s+Station|Air\s+Station|"
    r"Military\s+Base|Training\s+(?:Area|Ground|Range)|Firing\s+Range|Manoeuvre\s+Area|"
    r"River|Valley|Shoal|Harbou?r|Plateau)|"
    r"(?:Sea|Gulf|Straits?|Bay)\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|"
    rf"(?:[{UPPER}][\w’'-]+\s+){{1,2}}(?:air|naval|army|military)\s+(?:base|station)|"
    rf"(?<=the\s)[{UPPER}][\w’'-]+\s+(?:river|valley|plateau|training\s+ground)|"
    r"Camp\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|Fort\s+[A-Z][\w-]+|Line\s+of\s+(?:Actual\s+)?Control|"
    r"(?:Eastern|Western|Southern|Northern)\s+Mediterranean|Indo-Pacific|Central\s+Asia|"
    r"(?:RAAF|RAF|RNZAF|RCAF|USAF|PAF|IAF|JASDF)\s+(?:Base\s+|Station\s+)?[A-Z][\w-]+|"
    r"(?:[A-Z][\w’'-]+\s+){1,2}(?:Prefecture|Province|Governorate|Oblast))\b"
)
# What an equipment model is: "36 Rafale jets", "two Type 054A frigates", "Gowind-class
# corvettes", "BrahMos supersonic cruise missiles".
EQUIPMENT_NOUN = (
    r"(?:jets?|fighters?|aircraft|planes?|trainers?|helicopters?|choppers?|drones?|UAVs?|"
    r"UCAVs?|tanks?|howitzers?|guns?|missiles?|systems?|launchers?|frigates?|corvettes?|"
    r"submarines?|destroyers?|vessels?|ships?|boats?|cutters?|radars?|rifles?|vehicles?|"
    r"interceptors?|rockets?|carriers?|airlifters?|tankers?|platforms?|munitions?|engines?|"
    r"bombers?|transports?)"
)
EQUIPMENT_MOD = (
    r"(?:light|heavy|combat|multirole|multi-role|fighter|attack|utility|transport|trainer|"
    r"training|maritime|patrol|surveillance|reconnaissance|armed|unmanned|supersonic|cruise|"
    r"ballistic|anti-ship|anti-tank|anti-aircraft|air-defen[cs]e|surface-to-air|air-to-air|"
    r"self-propelled|main|battle|stealth|advanced|jet|military|naval|guided|missile|"
    r"early-warning|airborne|refuell?ing|amphibious|assault|landing|offshore|air|defen[cs]e|"
    r"strike|armou?red|infantry|fighting|rocket|artillery|coastal|long-range|medium-range|"
    r"short-range|tactical|mine|countermeasure|guided-missile|tracked|wheeled|diesel-electric|"
    r"nuclear-powered|attack|helicopter|aerial|unmanned|combat|twin-engine|fourth-generation|"
    r"fifth-generation|medium-altitude|high-altitude|loitering|mobile|lightweight|medium|"
    r"multi-mission|anti-submarine|warfare|support|cargo|tank|launch|defense|defence|"
    r"intermediate-range|hypersonic|turbofan|ground-attack|strategic|heavy-lift|"
    r"maritime-patrol|light-attack)"
)
MODEL_HEAD = r"(?:[A-Z][\w/.’'-]*[\w’']|[A-Z])"
MODEL_TOKEN = rf"(?:{MODEL_HEAD}|\d+[A-Z][\w-]*|\d{{2,4}}[A-Z]?)"
EQUIPMENT = re.compile(
    rf"(?<![\w-])(?P<name>{MODEL_HEAD}(?:[ -]{MODEL_TOKEN}){{0,2}})(?:\s+{EQUIPMENT_MOD}){{0,3}}"
    rf"\s+{EQUIPMENT_NOUN}\b(?!\s+(?:industry|industries|programm?e?s?|market|sector|"
    r"technolog(?:y|ies)|makers?|exports?|imports?|production|manufacturing))"
)
# a designation alone is a model: "A-10", "Tu-95MS", "H-6K", "KC-30A", "F-7" (not "G-20")
DESIGNATION = re.compile(
    r"(?<![\w-])(?P<name>(?!G-\d|COVID)[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]{0,3})(?![\w-])"
)
SHIP_CLASS = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?[- ]class)\s+(?:(?:guided-missile|stealth|"
    r"diesel-electric|nuclear-powered|attack|light|multi-mission|offshore|patrol)\s+)*"
    r"(?P<noun>frigate|corvette|submarine|destroyer|patrol\s+vessel|vessel|cruiser|"
    r"aircraft\s+carrier|landing\s+ship|amphibious\s+ship|ship|cutter|boat)s?\b"
)
# First words that make a capitalised phrase something other than a model name.
# fmt: off
NOT_MODEL = {
    "The", "A", "An", "Its", "Their", "Our", "His", "Her", "This", "These", "Those", "That",
    "New", "More", "Some", "All", "Both", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Twelve", "Several", "Many", "Other", "Such", "Each", "Every", "Navy", "Army",
    "Air", "Naval", "Military", "Defence", "Defense", "Joint", "In", "On", "At", "By", "For",
    "With", "From", "To", "Of", "And", "But", "Under", "After", "Before", "Last", "Next", "Since",
    "During", "Mr", "Ms", "Dr", "HP", "Western", "Eastern", "Russian-made", "Soviet-era", "Soviet",
    "Foreign", "Used", "Modern", "Advanced", "Heavy", "Light", "Combat", "Fighter", "Attack",
    "Additional",
} | set(calendar.month_name[1:])
# fmt: on

# Words that make a capitalised phrase an organisation or a thing, not a person.
# fmt: off
NOT_PERSON = {
    "Staff", "Ministry", "Navy", "Army", "Force", "Forces", "Command", "Group", "Institute",
    "Bank", "Agency", "Council", "Company", "Corporation", "Industries", "University", "Guard",
    "Department", "Office", "Service", "Fleet", "Squadron", "Base", "Exercise", "Defence",
    "Defense", "Security", "Affairs", "Parliament", "Committee", "Ministers", "Minister",
    "Aerospace", "Systems", "Shipyard", "Works", "Electronics", "Dynamics", "PT", "Assembly",
    "Senate", "Congress", "Fund",
}
# fmt: on

# the navy a ship's prefix names: "HMS Somerset" sails for the United Kingdom
SHIP_PREFIX = {
    "INS": "IND", "PNS": "PAK", "USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS",
    "HMCS": "CAN", "HMNZS": "NZL", "JS": "JPN", "BRP": "PHL", "KRI": "IDN", "ROKS": "KOR",
    "TCG": "TUR", "FS": "FRA", "ORP": "POL", "RSS": "SGP", "KD": "MYS", "HTMS": "THA",
    "ARA": "ARG", "BNS": "BGD", "SLNS": "LKA", "NRP": "PRT", "HNLMS": "NLD", "ITS": "ITA",
    "ESPS": "ESP", "HS": "GRC", "RFS": "RUS", "BAP": "PER", "ARC": "COL", "NNS": "NGA",
    "HDMS": "DNK", "HNoMS": "NOR", "HSwMS": "SWE", "FGS": "DEU", "ENS": "EGY", "IRIS": "IRN",
}  # fmt: skip

# Named ships: "INS Vikrant", "PNS Khaibar", "USS Dewey", "BRP Jose Rizal"; "CNS" is read as a
# prefix but names no one navy
SHIP = re.compile(
    # (Vietnamese ships go by hull number: "HQ-012 Ly Thai To")
    rf"\b(?P<name>(?:{'|'.join(sorted({*SHIP_PREFIX, 'CNS'}))}|HQ-\d{{2,4}})"
    r"\s+[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[IVX]+|(?:the|de|del|da|di|do|la|le)\s+"
    r"[A-Z][\w’'-]+)){0,2})"
)


# "India-US drill", "Philippine-Japanese exercise", "Sino-Russian patrol": each part of a
# hyphenated compound names a state when every part does
# (a part may be a two-word name: "Australia-Japan-United States", "South Korea-Poland")
_PART = r"[A-Z][\w.]*(?:\s+(?:States|Kingdom|Korea|Arab\s+Emirates|Zealand|Africa|Arabia))?"
STATE_COMPOUND = re.compile(rf"(?<![\w-]){_PART}(?:-{_PART})+(?![\w-])")
# the combining forms a compound uses for some states
COMBINING = {
    "Sino": "China",
    "Russo": "Russia",
    "Franco": "France",
    "Anglo": "United Kingdom",
    "Indo": "India",
    "Turco": "Turkey",
    "Italo": "Italy",
    "Greco": "Greece",
}
