"""Words around a trigger that change what it means: whether it is an act at all, who is a
party to it, and whether a mention recalls an event already found."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import triggers as T
from .model import Mention

if TYPE_CHECKING:
    from ..text import Sentence
    from .spotting import Trigger

# -- vetoes: words that make a trigger no act ----------------------------------------
# "discussed training programmes", "talks on joint production": a subject of talks
TOPIC = T.rx(
    r"\b(?:discuss(?:ed|es|ing)?|reviewing|talks\s+(?:on|about)|explor(?:e|ed|ing)|(?:understanding|"
    r"agreements?|MoUs?|accords?|pacts?|treaty|deal)\s+(?:on|covering))\s+(?:[\w-]+,?\s+){0,9}$"
)
SIGNED_ON = T.rx(
    r"\b(?:signed|concluded|inked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|"
    r"accords?|memorand(?:um|a)|contracts?)\s+on\s+(?:[\w-]+,?\s+){0,7}$"
)

# "The contract between the Danish ... Organisation and the Franco-Italian consortium"
BETWEEN = re.compile(r"\s+between\s+[^.;]{3,160}?\s+and\s+")

# "Russia's Baltic Fleet said it was monitoring the exercise": an onlooker, no act of its own
WATCHED = T.rx(
    r"\b(?:monitor|shadow|watch|track|observ)(?:s|es|ed|ing)?\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)

# "The two ministers then signed": the next step on the day just said (not "since then")
THEN = T.rx(r"(?<!since\s)(?<!until\s)(?<!by\s)\bthen\s+(?:also\s+|jointly\s+|formally\s+)?$")

# "an industrial agreement signed at the same ceremony": the day of the act just reported
SAME_OCCASION = T.rx(
    r"\b(?:at|during)\s+the\s+same\s+(?:ceremony|event|signing|occasion)\b|"
    r"\bon\s+the\s+same\s+(?:day|occasion)\b|"
    # "Alongside the purchase contract, TUSAŞ signed an agreement": signed with it
    r"\balongside\s+the\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|order|agreement)\b"
)

# "flew in from Paris for the ceremony": a guest come for the act just told
FOR_THE_OCCASION = T.rx(
    r"\bfor\s+the\s+(?:[\w-]+\s+)?(?:ceremony|signing|launch|handover|roll-?out|commissioning)\b"
)
# "During that trip, the two defence ministries signed a roadmap": within the visit just told
DURING_THAT = T.rx(
    r"\b(?:during|on)\s+(?:that|this|the)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|stay)\b"
)

# "Under it, a Barzan subsidiary will manufacture ...": the agreement just told is production
MADE_UNDER_IT = T.rx(
    r"^\W*under\s+(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|memorandum|"
    r"arrangement)),?\s+(?:[\w&'’-]+\s+){1,9}?(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:manufacture|produce|build|assemble)\b"
)

# "held regularly since 2019, when the first such exercise took place": a dated act in a habit
FIRST_WHEN = T.rx(
    r"\b(?:since|in)\s+(?:19|20)\d\d,\s+when\s+(?:the\s+)?first\s+(?:[\w-]+\s+){0,2}$"
)

# handing over, delivering, donating: done where the recipient is
HANDING = T.rx(r"hand(?:s|ed|ing)?\s+over|deliver(?:s|ed|ing)?\b|donat(?:es|ed|ing)\b")

# "has so far handed over 14 of the 30 aircraft": a running total of an act already told
SO_FAR = T.rx(r"\b(?:so\s+far|to\s+date|thus\s+far)\b")

# "on the sidelines of a meeting of Southeast Asian defence ministers": a gathering of many,
# the occasion of this act, not a mechanism of its parties ("the ninth ... Dialogue" is one)
SIDELINES = T.rx(r"\bsidelines\s+of\s+an?\s+(?:[\w'’-]+\s+){0,6}$")

# "may" in lower case only: "May 9" is a date
HYPOTHETICAL = T.rx(
    r"\b(?:can|could|might|(?-i:may)|would\s+like|prospect\s+of|idea\s+of|if|whether|weighing|"
    r"considering|mulling|in\s+talks|accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ation)|denies|"
    r"(?:press|push|lobby)(?:es|ed|ing)?\s+for|seeking|"
    r"wish(?:es)?\s+to|hopes?\s+to|keen\s+to|interest\s+in|attempts?\s+(?:[\w-]+\s+){0,3}?to|"
    r"tried\s+to|decision\s+on\s+(?:how|whether|which)|how\s+many|"
    r"(?:is|are|was|were)\s+still\s+(?:waiting|discussing)|under\s+discussion|"
    # "has been studying a purchase of two to three submarines"
    r"(?:studying|evaluating|assessing)\s+(?:an?|the)\s+(?:possible\s+|potential\s+)?"
    r"(?:purchase|acquisition|buy|order))\b"
)

# "would buy from whoever offered the best terms": no seller, so no act even when planned
ANYONE = T.rx(r"\b(?:whoever|whichever|anyone|anybody)\b")

# "a purchase of BrahMos ... is still not under contract": the act said not to have happened
NEGATED = T.rx(
    r"\b(?:(?:is|are|was|were|has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:under\s+contract|"
    r"been\s+(?:signed|ordered|agreed|finali[sz]ed|concluded)|materiali[sz]ed)|"
    r"(?:is|are)\s+still\s+not\b|(?:is|are)\s+(?:still\s+)?under\s+discussion|"
    # "new Russian orders have been rare since 2022"
    r"(?:have|has)\s+been\s+(?:rare|few|scarce))"
)
# a place as the subject of hosting: "Simon's Town hosted the Indian and Brazilian navies"
HOSTED = re.compile(r"\s+(?:has\s+|had\s+|will\s+)?host(?:ed|s)?\b")
_SPAN = r"(?:hours|days?|weeks?|months?|years?|decades?)"
# "three years after it placed the order": an act dated from the sentence's day, not on it
# (not "back this week after Exercise Trident began on Tuesday": a date, then the drill's own)
OFFSET = re.compile(
    rf"(?<!this\s)(?<!last\s)(?<!next\s)(?<!that\s)\b{_SPAN}\s+(?:after|before|since)\s+"
    r"(?:[\w-]+\s+){0,5}$"
)
# "arrived on Monday, hours after the warships wrapped up ...": that day is not the later act's
AFTER_THAT = re.compile(rf"\b(?:{_SPAN}\s+(?:after|before)|after)\s+(?:a|an|the|their|its)\b")
# "agreed to deepen industrial partnership": an aim, not an act
AIM = T.rx(
    r"\b(?:deepen|strengthen|expand|boost|enhance|promote|broaden|intensify|explore)(?:s|ed|ing)?"
    r"\s+(?:the\s+|their\s+|its\s+|bilateral\s+)?(?:[\w-]+\s+){0,2}?[\"“]?$"
)
_AT_THE_CLOSE = r"\b(?i:at|after)\s+the\s+(?:close|end)\s+of\s+"
# "On 14 October the Minister was received ... At the close of the meeting, the ministers
# signed a memorandum": a day of the sentences just before
MEETING_END = re.compile(_AT_THE_CLOSE + r"the\s+(?:meeting|talks)\b")
# "signed an MoU yesterday at the close of the first session of the commission": the session
# ran for days, so the signing's day is not its own
CLOSE_OF = re.compile(_AT_THE_CLOSE + r"(?:the\s+)?(?:[\w-]+\s+){0,5}$")
# "crews will receive training in the United States as part of the package": part of the sale
PART_OF_DEAL = re.compile(
    r"\bas\s+part\s+of\s+the\s+(?:[\w-]+\s+)?(?:package|deal|contract|sale|purchase|order)\b"
)
# "The deal, worth about US$640 million, also covers a simulator, spare parts, and training"
DEAL_COVERS = re.compile(
    r"\b(?:deal|contract|package|order)\b[^.;]{0,60}?\b(?:also\s+)?(?:covers|includes|"
    r"comprises|provides\s+for)\b[^.;]{0,80}$"
)
# "a visit from 13 to 16 October, during which she received the vessel": some day of the visit
DURING_WHICH = re.compile(r",\s+during\s+which\s+(?:[\w-]+\s+){0,4}$")
PARTNERS_AFTER = re.compile(r"\s(?:with|alongside)\s")
# "..., which was held off Trincomalee from Aug. 11": a relative clause dating the act itself
ITS_OWN_WHEN = re.compile(
    r",\s+(?:which|that)\s+(?:was\s+|were\s+)?(?:held|opened|began|started|ran|took\s+place|"
    r"ended)\b"
)
# "no contract has been concluded", "no further agreements": the act denied by its noun
NONE_OF = T.rx(
    r"\b(?:no|nor\s+any|not\s+every|every|any)\s+(?:(?:further|new|such|formal|firm|final|"
    r"planned|scheduled)\s+)?$|\bnot\s+(?:formally\s+|officially\s+)?(?:a\s+)?part\s+of\s+$|"
    # '"Nobody is signing a treaty here," a diplomat said'
    r"\b(?:nobody|no\s+one|neither\s+(?:side|country|state))\s+(?:[\w’'-]+\s+){0,2}$"
)

HABITUAL = T.rx(
    r"\b(?:periodically|regularly|routinely|annually|every\s+year|each\s+year|"
    r"traditionally|from\s+time\s+to\s+time|every\s+(?:other|two|three|four)\s+years?|"
    r"biennially|twice\s+a\s+year|alternating\s+between|(?:most|much|the\s+bulk)\s+of\s+its)\b"
)

# "Last year's edition", "The previous edition, Warrior-VIII,": the series' partners again
PAST_EDITION = T.rx(
    r"\b(?:last\s+year['’]s|the\s+previous|the\s+last|the\s+(?:first|inaugural))\s+"
    r"(?:[\w-]+\s+)?edition\b|\blast\s+year['’]s\s+(?-i:[A-Z])"
)

ON_TYPE = re.compile(r"\b(?:train\w*|fly|flying|flew)\b[^.;]{0,60}\bon\s+(?:the|its|their)\s+$")

UPKEEP = T.rx(r"\b(?:overhaul|repair|maintenance|maintain|upgrade|moderni[sz]|refit|servic)\w*")
SET_OFF = T.rx(
    r"[^.;]{0,40}?\b(?:(?:departed|left|set\s+off|flew\s+out)\s+(?:for|to)|flagged\s+off)\b"
)
TRILATERAL = T.rx(r"\btrilateral\b")

# "from next year, the college will admit two officers each year": a habit that starts now
STARTING = T.rx(r"\b(?:from|starting|beginning)\s+(?:next\s+year|(?:19|20)\d\d)\b")

NOT_ARMS = T.rx(
    r"\b(?:technology|know-how|knowledge|expertise|humanitarian|aid|assistance|"
    r"support|trade|power|funding|funds|money|loans?|spending|budgets?|"
    r"locally\s+(?:developed|made|built|produced)|"
    r"indigenous(?:ly)?|home-grown|domestically|each\s+other|one\s+another)\b|"
    # "export revenue rose to $1.1bn": a company's figures, not a shipment
    r"^\w+\s+(?:revenues?|earnings|turnover|income|sales)\b|"
    # "the first export customer for the type": a buyer's rank, not a shipment
    r"^\w+\s+(?:customers?|clients?|users?|operators?|variants?|versions?|models?|markets?)\b|"
    # "send FA-50 jets and a C-130 to Exercise Pitch Black": a contingent, not a transfer
    r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:Exercise|exercises?|drills?|war\s?games?)\b"
)

# "a letter ... had been delivered to Iran": the thing moved is not a weapon
NOT_CARGO = T.rx(  # (not the verb: "The Ministry further notes that ... the US approved")
    r"\b(?:letters?|messages?|invitations?|proposals?|notes?(?!\s+that\b)|sanctions)\b[^.;]{0,60}$|"
    # "the $500 million in Foreign Military Financing that Washington pledged to Manila"
    r"\b(?:financing|funding|grants?|loans?|aid)\s+(?:that|which)\s+[^.;,]{0,40}$"
)
# "wings, engines and avionics supplied from Türkiye": parts named by where they come from
PARTS_SUPPLIED = re.compile(r"\b[a-z][\w-]*s\s+(?:supplied|provided)\s+(?=from\b|by\b)")

# "signed an MoU during Modi's visit in April": the signing shares the visit's date
DURING = re.compile(r"\b(?:during|amid|on\s+the\s+sidelines\s+of|while|at\s+the\s+end\s+of)\b")
# "took delivery of nine gunboats ordered from Israel Shipyards": the order is an older act,
# named to say what arrived, so it does not share the delivery's day
ORDERED_BEFORE = re.compile(r"\b[a-z][\w-]*s\s+(?:ordered|bought|purchased|acquired|procured)$")
# what makes a drill with one named state a joint one
TOGETHER = re.compile(
    r"\b(?:joint(?:ly)?|bilateral|trilateral|multilateral|combined|with|together|alongside|"
    r"hosted|hosts|hosting|partners?|allies|allied|counterparts?|both|two|three|four)\b",
    re.I,
)
# bodies of one government, not of a partnership
HOME_BODY = re.compile(
    r"\b(?:Acquisition|Procurement|Cabinet|Planning|Budget|Parliament\w*|Standing|National|"
    r"Supreme|Federal|State)\b"
)
# training that involves someone else: "at a BrahMos facility", "with British instructors"
ABROAD = re.compile(r"\b(?:with|by|from|alongside|under|in|at|on)\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
# "a Russian-designed engine": where a component comes from, not a party to the act
ORIGIN = re.compile(r"-(?:designed|made|built|supplied|developed|produced|manufactured)\b")
# "The three navies first held the trilateral drill in 2019": an earlier edition, not this one
FIRST_TIME = re.compile(r"\bfirst\s+\w+\s+(?:the\s+)?$")
# "The exercise, first held in 2005, has grown": the series' history
FIRST_HELD = re.compile(r",?\s*(?:which\s+was\s+)?first\s+(?:held|staged|conducted|launched)\b")
# "Germany is taking part in the exercise": one more partner for the drill already found
JOINING = re.compile(r"\b(?:taking|take|takes|took)\s+part\b|\bjoin(?:s|ed|ing)?\b")
# "Indian commentators have voiced concern about the drill", "Beijing's foreign ministry
# condemned the exercise": a critic, not a party
CRITIC = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:(?:voiced|expressed|raised)\s+"
    r"(?:\w+\s+)?concerns?|criticised|criticized|condemned|protested|denounced|slammed|"
    r"warned\s+against|(?:said|says|warned|claimed|complained)\s+(?:on\s+\w+\s+)?that\s+"
    r"(?:the|this|these|such)\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|patrols?|manoeuvres?))\b"
)
# "held talks with Erdogan on Gaza, Ukraine and trade": a subject of talks, not a party
SUBJECT_OF_TALKS = re.compile(
    r"\b(?:talks|discussed|discussions|spoke|conversation)\b[^.;]{0,40}?\b(?:on|about)\s+"
    r"(?:[\w’'-]+(?:,|\s+and)?\s+){0,4}$"
)
# the rest of a quotation and who said it: '... now," Kosiniak-Kamysz said'
QUOTED = re.compile(r"[^\"“”]*?[,.!?][\"”]\s+(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|added)\b")
# "an order with the state shipyard": a buyer's own industry
DOMESTIC = re.compile(
    r"\b(?:state|national|domestic|local)\s+(?:shipyards?|yards?|industry|manufacturers?|"
    r"firms?|compan(?:y|ies)|producers?|vendors?|suppliers?)\b|\b(?i:at)\s+home\b"
)
# "the invasion of Ukraine": the target of a war is not a party to the act beside it
HOSTILITY = re.compile(
    r"\b(?:invasion|invading|war|attacks?|strikes?|offensive|aggression)\s+(?:of|on|against)\s+"
    r"(?:the\s+)?$|\bprovocations?\s+(?:by|from)\s+(?:the\s+)?$"
)
# "Russia's full-scale invasion of Ukraine": the aggressor is no party either
AGGRESSOR = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:invasion|war\s+(?:on|against|in)|attacks?\s+on|aggression|"
    r"offensive)\b"
)
# "officials in New Delhi said": where the news came from, not where the event is
SOURCE_PLACE = re.compile(r"\s*(?:,\s*)?(?:said|says|say|told|reported|announced)\b")
# "last year's drill", "the next exercise": a definite mention of another event
ANOTHER = re.compile(
    r"\b(?:last|previous|next|first|earlier|another|upcoming|future|past|later|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|latest)\b[^.;]*$",
    re.I,
)


# ", and a new edition is under discussion": another clause, whose denial is not this act's
_AND_NEXT = re.compile(r",\s+and\s")


# "loosened its rules on defence exports": a policy, not an act
_POLICY = T.rx(
    r"\b(?:rules|regulations|restrictions|curbs|bans?|controls|guidelines|principles|laws?)\s+"
    r"(?:on|for|governing)\s+(?:[\w-]+\s+)?$"
)
# "batteries already on order": what a force has coming, not a deal of its own
_ON_ORDER = T.rx(r"(?<!-)\bon\s+$")
# "Bangladesh is also buying heavily from China": a trend, not an act
_TREND = T.rx(r"\s+(?:heavily|mostly|largely|increasingly|extensively)\b")
# "To prepare for local production, ...": what a step is for, not a production of its own
_PREPARE_FOR = T.rx(
    r"\b(?:prepare|preparing|ready|readying)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)


def not_an_act(
    view: str,
    trig: Trigger,
    s: Sentence,
    clause: tuple[int, int],
    dated: bool,
    mentions: list[Mention],
) -> bool:
    """Vetoes that hold whoever the parties are: what moves is no weapon, a habit said with a
    gerund, a remark quoted from someone."""
    lo, hi = clause
    # ("held the Blue Sword 2023 exercise ..., and a new edition is under discussion")
    joined = _AND_NEXT.search(view, trig.end, hi)
    if NEGATED.search(view, trig.end, joined.start() if joined else hi) or NONE_OF.search(
        view, max(lo, trig.start - 30), trig.start
    ):
        return True  # "... is still not under contract", "no contract has been concluded"
    if trig.cls == "ArmsTransfer" and (
        NOT_ARMS.search(view[trig.start : hi][:80])
        or NOT_CARGO.search(view[max(lo, trig.start - 60) : trig.start])
    ):
        return True  # "received funding", "a letter ... was delivered"
    before = view[max(lo, trig.start - 40) : trig.start]
    if (trig.cls == "ArmsTransfer" and _POLICY.search(before)) or (
        view.startswith("order", trig.start) and _ON_ORDER.search(before)
    ):
        return True
    if trig.rule.direction and _TREND.match(view, trig.end):
        return True
    if trig.cls == "JointProductionProject" and _PREPARE_FOR.search(before):
        return True
    states = {m.iri for m in mentions if m.kind == "State"}
    if (
        not dated
        and trig.rule.direction
        and view[trig.start : trig.end].lower().endswith("ing")
        and (trig.start == s.start or len(states) > 2)
    ):
        return True  # "Buying from Paris, Beijing and Budapest at once is ...": a habit
    # '"We are buying the capabilities now," he said': a remark, not an act
    return not dated and not trig.name and bool(QUOTED.match(view, trig.end, s.end)) and not states


# "close to the Polish border", "in Chinese waters": where, not who
BORDER = re.compile(
    r"\s+(?:border|borders|frontier|coast|coastline|waters|airspace|territory|soil|shores?|"
    r"straits?|peninsula|archipelago)\b|"
    # "in the Indian state of Meghalaya", "the Chinese port city of Qingdao": where, not who
    r"\s+(?:state|province|region|city|town|port|port\s+city|island|district)\s+of\s+[A-Z]|"
    # "four other West and Central African states": a region's states, not the one state
    r"\s+(?:states|countries|nations)\b"
)


def not_a_party(view: str, m: Mention, lo: int) -> bool:
    """A state named beside an act without taking part in it: the target of a war, a critic,
    an aggressor, a subject of talks."""
    return bool(
        HOSTILITY.search(view, max(0, m.start - 30), m.start)
        or CRITIC.match(view, m.end)
        or AGGRESSOR.match(view, m.end)
        or SUBJECT_OF_TALKS.search(view, max(lo, m.start - 70), m.start)
        or (m.how == "demonym" and BORDER.match(view, m.end))
    )


_DEPARTING = re.compile(
    r"\b(?:depart(?:ing|ed|s)?|leaving|left|flew\s+(?:back|home)|return(?:ing|ed|s)?\s+(?:to|from|home)"
    r"|head(?:ing|ed)\s+(?:back|home|for))\b"
)


def left_for(view: str, trig_end: int, pos: int) -> bool:
    """ "visited the flotilla before departing for Malé", "a task group returning from the Gulf
    of Aden": a place after the act that the actor leaves for or comes from, not its place."""
    return pos > trig_end and bool(_DEPARTING.search(view, trig_end, pos))
