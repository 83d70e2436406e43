"""Trigger rules: the words that announce a cooperation event, and the words that veto one.

A rule names the event class it starts, whether it needs an anchor (a date, a name or an
occurrence verb) to count as a specific event, and the direction of its roles.
"""

from __future__ import annotations

from .exchanges import DIALOGUE, TRAINING, TRAINING_TALK, VISIT
from .rules import AGREEMENT_NOUNS, Rule, rx

__all__ = ["AGREEMENT_NOUNS", "RULES", "Rule", "rx"]


_EX_MOD = (
    r"(?:(?:joint|military|naval|air|tactical|flight|flight-tactical|command-staff|live-fire|"
    r"counter-terrorism|amphibious|maritime|special|forces|land|combined|bilateral|trilateral|"
    r"multilateral|field|staff|anti-submarine|search-and-rescue|and|extensive|large-scale|"
    r"annual)\s+)*"
)
SIGN = (
    r"(?:signed|signs|sign|signing|inked|inks|ink|concluded|concludes|conclude|initialled|"
    r"initialed|initial|ratified|ratify|seal|"
    r"finali[sz]ed|clinched|sealed|struck|renewed|renews|exchanged|adopted|agreed\s+on|"
    r"closed|secured)"
)
# "deliveries under it", "under the contract": the deal a text points back to
UNDER_IT = (  # ("deliveries from that order")
    r"(?:under\s+(?:it|them)|(?:under|from)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:contract|deal|order))"
)

# a drill by its common nouns: the rule for drills found by name too
DRILL = Rule(
    "JointExercise",
    rx(
        rf"\b(?<!simulator\s)(?<!classroom\s){_EX_MOD}(?:exercises?|drills?|war\s?games?|manoeuvres?|maneuvers?|"
        r"cooperative\s+activit(?:y|ies)|joint\s+(?:(?:air|naval|maritime|sea|border)\s+)?(?:patrols?|sails?|sailing)|PASSEX|passage\s+exercise|"
        # "Last year's patrol, the fifth, took Chinese and Russian ships ..."
        r"(?<=year['’]s\s)patrol|"
        # "the brigade's annual combined live-fire period at Bergen-Hohne"
        r"(?<=live-fire\s)(?:period|campaign)|"
        r"(?<=['’]s\s)edition|(?<=early\s)edition|(?<=latest\s)edition|"
        r"(?<=previous\s)edition|(?<=last\s)edition|(?<=next\s)edition|(?<=first\s)edition|"
        r"(?<=\d{4}\s)edition|(?<=inaugural\s)edition|(?<=second\s)edition|"
        r"(?<=third\s)edition|(?<=fourth\s)edition|(?<=fifth\s)edition|(?<=sixth\s)edition|"
        r"(?<=seventh\s)edition|(?<=eighth\s)edition|(?<=ninth\s)edition|(?<=tenth\s)edition|"
        r"(?<=\d(?:st|nd|rd|th)\s)edition)\b(?!\s+(?:director|area|zone|scenario|planners?|officials?|commanders?|"
        r"control|schedule|calendar)\b)"
    ),
)

# "GE began delivering them in March 2025": deliveries under the contract just told
BEGAN_DELIVERING = Rule(
    "ArmsTransfer",
    rx(
        r"\b(?:began|begun|started|begins|starts)\s+(?:delivering|shipping)\s+(?=them\b|the\s|its\s|\d)|"
        # "KAI expects to deliver the first four aircraft in 2027"
        # (not "The new line is expected to deliver its first fuselage sections")
        r"(?<!line\sis\s)(?<!plant\sis\s)(?<!factory\sis\s)(?<!yard\sis\s)"
        r"\b(?:expects?|expected|plans?|planned|(?:is|are)\s+(?:due|set|scheduled))\s+to\s+deliver\s+"
        r"(?=them\b|the\s|its\s|\d)"
    ),
    anchored=True,
    direction="supply",
)

# a signing verb with an agreement noun, or the noun before the verb
SIGNING = Rule(
    "Agreement",
    rx(
        rf"\b{SIGN}\b(?:\s+[\w’'$€£¥₹.,()-]+){{0,8}}?\s+(?:an?\s+|the\s+)?(?:[\w$€£¥₹.,-]+\s+){{0,4}}?"
        r"(?P<noun>agreements?|deals?|accords?|memorand(?:um|ums|a)|MoUs?|treaty|treaties|"
        r"declaration|pact|protocol|contracts?|letter\s+of\s+intent|convention|roadmap|"
        r"(?:joint\s+)?vision\s+statement|amendment(?!\s+to\b)|"
        # "it signed a €5.2 billion package for 24 jets"
        r"(?<=\d\s)(?:million|billion|bn|m)\s+package|"
        r"letters?\s+of\s+(?:offer\s+and\s+)?acceptance|LOAs?|"
        r"cooperation\s+(?:plan|programme|program)|(?:plan|programme|program)\s+of\s+(?:[\w-]+\s+){0,2}cooperation|"
        r"arrangement|framework(?:\s+agreement)?)\b|\b(?P<noun2>agreements?|deals?|accords?|"
        rf"memorand(?:um|ums|a)|MoUs?|treaty|declaration|pact|protocol|contracts?|framework|convention|"
        r"amendment(?!\s+to\b)|roadmap|"
        r"arrangement|letters?\s+of\s+intent|cooperation\s+plan|(?:plan|programme|program)\s+of\s+(?:[\w-]+\s+){0,2}cooperation)"
        rf"(?:\s+of\s+understanding)?(?:\s+(?:on|for|with|covering|between|creating|establishing)\s+[\w\s–-]{{1,80}}?)?"
        # "The deal, worth about 100 billion rupees ($1.13 billion), was signed"
        rf"(?:,(?:[^,.;]|(?<=\d)[.,](?=\d)){{1,60}},)?(?:,?\s+(?:that|which)(?:\s+[\w-]+){{1,8}}?|"
        # "the framework agreement Warsaw and Seoul concluded in July 2022": its makers first
        r"\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){0,3}|"
        # ("a treaty the three countries signed in Tokyo in December 2023")
        r"the\s+(?:two|three|four|five)\s+(?:countries|governments|states|nations|sides))"
        r"(?=\s+" + SIGN + r"\b))?"
        # ("The logistics agreement itself was signed in Hanoi in June 2022")
        rf"(?:\s+itself)?,?\s+(?:was\s+|were\s+|(?:had|has|have)\s+been\s+|(?:to|will|would|(?:is|are)\s+to)\s+be\s+)?"
        # ("We expect the transfer agreement to be signed in Rome later this month")
        # ("a roadmap agreed in Vilnius in December 2023")
        rf"(?:first\s+|formally\s+)?(?:{SIGN}|agreed(?=\s+(?:in|at|by|last|earlier)\b))\b|"
        # "an Implementing Arrangement between the two air forces on ... was initialled"
        r"\b(?P<noun3>agreement|memorandum|MoU|protocol|arrangement|contract|deal|"
        r"letter\s+of\s+(?:offer\s+and\s+)?acceptance|LOA)\b"
        rf"(?=[^.;]{{20,200}}?\b(?:was|were)\s+(?:formally\s+|first\s+)?{SIGN}\b)"
    ),
    anchored=True,
)

# words for making something together; needs an anchor to be an act
MAKING = Rule(
    "JointProductionProject",
    rx(
        r"\bjoint(?:ly)?\s+(?:defen[cs]e\s+)?(?:development|production|manufactur\w*|"
        r"co-?production|develop\w*|produc\w*)|\bco-?(?:produc|develop|build|manufactur|assembl)\w*|"
        r"\b(?:cut|cutting|cuts)\s+the\s+first\s+(?:metal|steel)\s+(?:plate|sheet)|"
        # "signed an agreement to produce Senator vehicles together", "will build launch pods
        # and parts of the chassis together with Elbit"
        r"\b(?:to|will)\s+(?:produce|build|manufacture|assemble)\s+(?:[\w-]+\s+){1,8}?together\b|"
        r"\bsteel[- ]cutting\b|\bkeel[- ]laying\b|"
        r"\blaid\s+the\s+keel\b|\b(?:developed|produced|built|designed|manufactured)\s+jointly\b|"
        r"\bjointly\s+(?:build|building|built|develop\w*|produc\w*|manufactur\w*|design\w*)\b|"
        r"\bjoint\s+ventures?\b|\bunder\s+(?:a\s+)?licen[cs]e\b|\blicen[cs]e[d-]\s*(?:built|"
        r"production|manufactur\w*|produc\w*)\b|\blocal(?:ly)?\s+(?:production|assembly|"
        r"assembled|built|produced|manufactur\w*)\b|\bshare\s+production\b|"
        r"\b(?:technology|production)[\s-]+transfer\b|\btransfer\s+of\s+(?:technology|production)\b|"
        r"\bassembl\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}jointly\b|\bjointly\s+assembl\w*|"
        # ("Today it is a production line": what a place has become, not an act)
        r"(?<!is\sa\s)(?<!was\sa\s)\b(?:final\s+)?(?:assembly|production)\s+line\b|"
        r"\bbuilt\s+locally\b|"
        r"\blocal\s+(?:build|construction|manufactur\w*|assembly)\b|\bwork[\s-]*share\b|"
        r"\bindustrial\s+(?:partnership|cooperation|participation|agreement)\b|"
        # "signed a cooperation agreement under which Patria will manufacture hull components"
        r"(?<!contract\s)\b(?:under\s+which|agreed\s+that)\s+(?:[\w&'’-]+\s+){1,9}?"
        r"(?:will|would|is\s+to|are\s+to|undertook\s+to|agreed\s+to)\s+(?:jointly\s+)?"
        r"(?:manufacture|produce|build|assemble)\b|"
        # "awarded Edgewing ... a contract to design and develop the sixth-generation fighter on
        # behalf of Japan, the United Kingdom and Italy"
        r"\bcontract\s+to\s+(?:jointly\s+)?design\s+and\s+(?:develop|build|produce)\b(?=[^.;]{0,80}"
        r"\bon\s+behalf\s+of\b)|"
        # "joined South Korea's KF-21 fighter programme as a development partner"
        r"\bas\s+an?\s+(?:development|industrial|risk-sharing)\s+partner\b"
    ),
)

# forces doing a drill's work together without the word: "rehearsed search-and-rescue
# operations", "trained together at Drawsko Pomorskie"; a drill noun beside it wins
TOGETHER_DRILL = Rule(
    "JointExercise",
    rx(
        r"\b(?:rehears|practi[sc])(?:ed|es|ing|e)\s+(?:[\w-]+\s+){0,4}?(?:operations|"
        r"manoeuvres|maneuvers|tactics|landings|procedures|scenarios)\b|"
        r"\btrain(?:ed|ing|s)?\s+together\b|"
        # "Indian and Australian soldiers began two weeks of joint training in Western Australia"
        r"\b(?:began|begun|started|completed|concluded|wrapped\s+up)\s+(?:[\w-]+\s+)?(?:days?|weeks?)\s+"
        r"of\s+joint\s+training\b|\b(?:conducted|held|carried\s+out|undertook)\s+"
        r"(?:[\w-]+\s+){0,2}training\s+with\b|"
        # "When the two navies last trained there in September 2024" ("first trained together"
        # is a series' history)
        r"(?:(?<=navies\s)|(?<=armies\s)|(?<=forces\s)|(?<=troops\s))(?:last|first)\s+"
        r"trained\s+(?:there|here)\b"
    ),
    anchored=True,
)

# "The first of them is due to arrive next year", "The first aircraft are expected in 2026",
# "The remaining 16 jets are scheduled to arrive by the end of 2026": a
# delivery still to come, under the contract the story told of
EXPECTED = Rule(
    "ArmsTransfer",
    rx(
        r"\b(?-i:[Tt]he)\s+(?:first|remaining|(?:second|third|fourth|fifth|sixth|next)"
        r"(?:\s+and\s+(?:last|final))?)\s+(?:of\s+them|(?:[\w-]+\s+){0,2}?(?:aircraft|jets|fighters|"
        r"ships|vessels|boats|frigates|corvettes|submarines|helicopters|systems|units|tanks|"
        r"howitzers|launchers|batch|deliveries|squadrons?|batter(?:y|ies))"
        r"(?:\s+of\s+the\s+(?:new\s+)?(?:batch|order))?)\s+"
        # "the first aircraft of the new batch were expected to reach Egypt in 2028", "the fifth
        # and last squadron is now expected in the second half of 2026"
        r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled)\s+"
        r"(?:to\s+(?:arrive|reach)\b|in\b|by\b)|"
        # "with the equipment expected to reach the Philippines next year"
        r"\b(?:equipment|shipments?|consignments?)\s+(?:(?:is|are)\s+)?(?:expected|due|scheduled|"
        r"set)\s+to\s+(?:reach|arrive\s+in)\b|"
        # "The second unit ... is scheduled for delivery in the first half of 2026"
        r"\b(?:is|are)\s+(?:scheduled|due|expected|planned|set)\s+for\s+delivery\b|"
        # "The 12 jets ordered this month are to follow from 2028"
        r"\b(?:is|are)\s+(?:due\s+)?to\s+follow\s+(?=(?:from|in|by|after)\s+(?:[\w-]+\s+){0,2}\d{4})"
    ),
    anchored=True,
    direction="receive",
)

# "Nearchos follows Kimon, which the yard handed over last December": an earlier handover of
# the deal just told, its parties those of that handover
HANDED_WHICH = Rule(
    "ArmsTransfer",
    rx(
        r"(?<=,\s)(?:which|that)\s+(?:(?:the|its)\s+(?:[\w-]+\s+){0,2}?|"
        # "SLNS Sayura, which India transferred in 2000"
        r"(?-i:[A-Z])[\w-]+\s+(?=(?:transferred|gifted|donated)\b))(?:handed\s+over|"
        r"delivered|transferred|gifted|donated)\b"
    ),
    anchored=True,
    direction="supply",
)
RULES: list[Rule] = [
    DRILL,
    EXPECTED,
    HANDED_WHICH,
    Rule("JointExercise", rx(r"\b(?:flight-tactical|tactical)\s+training\b")),
    # "Last year's Golden Dragon was held in Kampong Speu": a past edition by its series name
    Rule(
        "JointExercise",
        rx(
            r"\blast\s+year['’]s\s+(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
            r"(?:(?:was|were)\s+(?:held|staged|conducted)|took\s+place)\b"
        ),
        anchored=True,
    ),
    TOGETHER_DRILL,
    SIGNING,
    Rule(
        "ArmsTransfer",
        rx(r"\barms\s+(?:transfers?|sales?|deliveries)\s+(?=(?:to|from)\b)"),
        anchored=True,
        direction="transfer",
    ),
    Rule(
        "ArmsTransfer",
        rx(
            r"\b(?:provide[sd]?(?!\s+for\b)|providing|supply(?!\s+(?:chains?|ships?|vessels?|lines?|depots?|runs?)\b)|supplies|supplied|supplying|deliver(?:s|ed|ing)?|"
            r"sold|sells?|selling|shipped|shipping|(?<=to\s)ship|(?<!for\s)export(?:s|ed|ing)?|"
            r"(?<!technology-)(?<!technology\s)"
            # ("the transfer agreement": the agreement, not the transfer)
            r"transfer(?:s|red|ring)?(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?technology)"
            r"(?!\s+(?:agreement|deal|accord|arrangement|talks|negotiations)\b)|gift(?:s|ed)?|"
            r"donate[sd]?|(?<!-)hand(?:s|ed|ing)?(?!-)(?:\s+over)?"
            # ("the first India-built F414 to be handed to the Tejas Mk2 line": a maker's own)
            r"(?!\s+(?:over\s+)?to\s+the\s+(?:[\w-]+\s+){0,3}(?:line|plant|factory|workshop)\b)|"
            r"hand-?overs?\s+of|equip(?:s|ped)?|"
            r"pledge[sd]?(?!\s+to\s+(?:pay|contribute|fund|finance|cover|invest))"
            # ("has pledged a sweeping overhaul of the navy")
            r"(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:overhaul|reform|review|commitment|increase)\b)|"
            r"pledging(?!\s+to\s+(?:pay|contribute|fund|finance|cover|invest)))\b"
            r"(?=[^.;]*\b(?:to|with)\b)|"
            # "the Turkish ambassador handed over 12 Ejder Yalçın armoured vehicles": a count
            r"\b(?:handed|hands|handing|delivered|donated|gifted)\s+(?:over\s+)?(?=(?:the\s+)?(?:first\s+)?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s)|"
            r"\bsen(?:t|ds?|ding)\b(?=[^.;]{0,80}?\b(?:weapons|arms|missiles?|systems?|rockets|"
            r"shells|ammunition|munitions|howitzers|tanks|vehicles|drones|jets|aircraft|"
            r"helicopters|launchers|batter(?:y|ies)|equipment|rifles|guns)\b[^.;]*\bto\b"
            # ("had sent a P-3C patrol aircraft and a destroyer to monitor it": a watch)
            r"(?!\s+(?:monitor|shadow|track|watch|observe|follow|escort|intercept)\b))|"
            r"\b(?:approv(?:ed|es|al\s+of)|cleared|authori[sz]ed)\s+(?:the\s+|a\s+)?"
            r"(?:possible\s+|potential\s+|proposed\s+)?"
            r"(?:foreign\s+military\s+)?sales?\b(?=[^.;]*\bto\b)|"
            r"\b(?:is|are|was|were|been)\s+(?:building|constructing)\b(?=[^.;]*\bfor\b)"
            r"(?![^.;]*\bfor\s+both\b)"
        ),
        anchored=True,
        direction="supply",
    ),
    Rule(  # "which KAI delivered between November 2015 and May 2017": no recipient said
        "ArmsTransfer",
        rx(
            r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)\bdelivered\s+"
            # "Russia has delivered three squadrons since December 2021"
            r"(?=(?:(?:the\s+|its\s+)?(?:first\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
            r"nine|ten|twelve)\s+(?:[\w-]+\s+){0,2})?"
            r"(?:between|in|during|from|since)\s+(?:[\w-]+\s+){0,2}\d{4})"
        ),
        anchored=True,
        direction="supply",
    ),
    BEGAN_DELIVERING,
    Rule(
        "ArmsTransfer",
        rx(
            r"\b(?:(?:took|take|takes|taking|taken|accepted|accepts)\s+delivery|"
            # "took its first three aircraft only months later"
            r"took\s+(?:its|their)\s+first\s+(?=(?:\w+\s+)?(?:aircraft|jets|fighters|ships|"
            r"helicopters|tanks|submarines|frigates|corvettes|vessels|howitzers|systems)\b)|"
            r"(?:took|taken|takes)\s+(?:charge|possession)\s+of\s+(?=(?:the\s+|its\s+)?"
            r"(?:first\s+)?(?:\d|two|three|four|five|six|eight|ten|twelve)\b)|"
            r"accept(?:ed|s)\s+(?:[\w-]+\s+){0,3}?(?=from\b)|"
            r"(?:was|were|be|(?:has|have|had)\s+been)\s+(?:formally\s+|officially\s+)?"
            r"(?:handed\s+over|delivered)\b(?!\s+to\b)|"
            # "The guns were unloaded at the port of Gdynia in October"
            r"(?:was|were|(?:has|have|had)\s+been)\s+(?:unloaded|offloaded)\s+(?=at|in)|"
            # "were flown in from Sacheon in batches between November 2015 and May 2017"
            r"(?:was|were|(?:has|have|had)\s+been)\s+flown\s+in\s+(?=from\b)|"
            # "are to be ferried from Sacheon in 2027"
            r"ferried\s+(?=(?:between|in|during|from)\s+(?:[\w-]+\s+){0,2}\d{4})|"
            r"(?:receive[sd]?|receiving|import(?:s|ed|ing)?|(?<!non-)commission(?:s|ed|ing)?(?!\s+(?:at|from)\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,5}?"
            r"(?:academy|college|school)\b)|inducted)\b"
            r"(?!\s+(?:[\w-]+\s+){0,2}(?:training|instruction|funds|funding)\b)"
            # "received Admiral Nicolas Vaujour": a guest, not a delivery
            r"(?!\s+(?:his\s+|her\s+|their\s+|the\s+|a\s+)?(?:visiting\s+)?(?:[A-Z][\w.]*\s+){0,2}?"
            r"(?-i:Admiral|General|Gen\.|Minister|Secretary|Commander|Ambassador|President|Marshal)|"
            r"\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?|\s+(?:a|the)\s+(?:[\w-]+\s+)?delegation|"
            # "Saab has received an order from the Royal Thai Air Force": a sale, not a delivery
            r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:order|contract)s?\b)"
            r"(?=[^.;]*\b(?:from|built|made|"
            r"manufactured|supplied|aircraft|jets|fighters|helicopters|drones|tanks|ships|"
            r"frigates?|corvettes?|submarines?|missiles|systems?|vessels?|howitzers|batch|"
            r"batteries|units)\b))\b|\b(?:deliver(?:y|ies)|hand-?overs?(?:\s+ceremony)?)\s+of\b|"
            # "First deliveries to the Austrian Air Force are scheduled for 2028"
            r"\bdeliver(?:y|ies)\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?:are|is)\s+(?:due|expected|"
            r"scheduled|planned|set)\s+(?:for|in|to)\b|"
            # "with deliveries starting around 2029", "Deliveries are scheduled to run from
            # 2028 to 2031", "Deliveries began in March"
            # ("deliveries under it are due to begin in 2027")
            rf"\bdeliver(?:y|ies)\s+(?:{UNDER_IT}\s+)?"
            r"(?:starting|beginning|due|expected|scheduled|"
            r"(?:(?:are|is|was|were|will)\s+(?:be\s+)?)?(?:now\s+)?(?:set|due|expected|scheduled|"
            r"planned|slated)\s+to\s+(?:start|begin|run|take\s+place|be\s+completed|finish|end)|"
            # "Deliveries are to run from 2027 to 2029"
            r"(?:are|is)\s+to\s+(?:start|begin|run|be\s+completed)|"
            # "Deliveries are scheduled from 2027 to 2029"
            r"(?:are|is)\s+(?:due|expected|scheduled|planned|slated)(?=\s+(?:from|between|in\s+\d|"
            # "First deliveries are scheduled for the second half of 2027"
            r"for\s+(?:the\s+)?(?:(?:first|second|early|late|end|mid|middle|start)\b[^.;\d]{0,25})?\d{4}))|"
            r"(?:will\s+)?(?:start|begin|run)\s+(?=in|from|between|by|next|this)|"
            r"(?:started|began|ran)\s+(?=in|from|between|on|last))\b"
        ),
        anchored=True,
        direction="receive",
    ),
    Rule(
        "ProcurementContract",
        rx(
            r"\b(?:(?:to|will|would|shall)\s+(?:(?:also|soon|eventually)\s+)?(?:purchase|buy|"
            r"acquire|procure|order)|purchased?|bought|buys|buying|acquired|acquiring|"
            r"acquires|(?:ordered|orders|ordering)(?!\s+(?:to|that)\b)|"
            # "signed for 42 Rafales", not "signed for France by the High Commissioner"
            r"signed\s+for(?!\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+by\b)|"
            r"(?:placed|booked)\s+(?:an?\s+)?(?:[\w$€£¥₹.,-]+\s+){0,4}?orders?|"
            r"awarded\s+(?:an?\s+|the\s+)?(?:[\w$€£.,()-]+\s+){0,6}?contracts?|contracted|"
            r"(?:agreed|agrees|decided|plans?|planning)\s+to\s+(?:buy|purchase|acquire|procure)|"
            r"finali[sz]ed\s+(?:the\s+|a\s+)?(?:purchase|acquisition|order)|"
            r"procured?|procuring|for\s+the\s+(?:acquisition|purchase|procurement)\s+of|"
            # "(ii) Procurement of 1,000 HP engines ... from Rosoboronexport, signed on 07.03.2025"
            r"[Pp]rocurement\s+of(?=[^.;]*\b(?:signed|concluded|contracted)\b))\b"
            # ("sailors ... spent their shore leave buying coffee and dried seafood")
            r"(?!\s+(?:[\w-]+\s+){0,2}?(?:coffee|food|souvenirs|groceries|provisions|seafood|"
            r"spices|clothes|gifts|shares|stakes?|tickets)\b)"
        ),
        anchored=True,
        direction="acquire",
    ),
    Rule(  # "a first executive contract ... followed in August 2022": a dated contract noun
        "ProcurementContract",
        rx(
            # (not "a contract soldier's pay", "serve under contract": service, not sale)
            r"(?<!serve\sunder\s)(?<!serves\sunder\s)(?<!serving\sunder\s)"
            r"\b(?:contracts?|(?:follow-on\s+|firm\s+|new\s+|second\s+)?orders?)\b"
            r"(?!\s+(?:of|from|to|that|backlog|books?|intake)\b)"
            r"(?!\s+(?:soldiers?|soldier['’]s|servicemen|troops|personnel|sergeants|privates|basis)\b)"
        ),
    ),
    Rule(  # partners making something together, said as a fact: an act by itself
        "JointProductionProject",
        rx(
            # "Rolls-Royce, IHI and Avio Aero are developing the fighter's engine together"
            r"\b(?:is|are|was|were|been)\s+(?:developing|building|producing|designing|"
            r"manufacturing)\s+(?:[\w'’-]+\s+){1,6}?together\b|"
            # "TKMS is building the Type 212CD class for both navies in a common design"
            r"\b(?:is|are|was|were|been)\s+(?:building|constructing|producing)\b"
            r"(?=[^.;]{0,60}\bfor\s+both\s+(?:navies|countries|armies|air\s+forces|forces|nations)\b)|"
            r"\b(?:developed|produced|built|designed|manufactured|assembled)\s+jointly\b|"
            r"\b(?:is|are|was|were|been|be)\s+jointly\s+(?:build|building|built|develop\w*|"
            r"produc\w*|manufactur\w*|design\w*|assembl\w*)\b|"
            r"\bassembl\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}jointly\b|"
            r"\bwith\s+(?:[\w-]+\s+){0,2}(?:technical|engineering|industrial)\s+"
            r"(?:support|assistance|help)\b|"
            r"\btransfer(?:s|red|ring)?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?technology\b|"
            # a foreign maker producing in the buyer's country, said of the future
            r"\bagreed\s+to\s+(?:jointly\s+)?(?:manufacture|produce|assemble|co-?produce)\b|"
            r"\b(?:will|to|would|plans?\s+to)\s+(?:jointly\s+)?co-?(?:produce|develop|manufacture|"
            r"build|assemble)\b|"
            r"\b(?:will|to|would|plans?\s+to|agreed\s+to)\s+(?:also\s+)?(?:be\s+)?(?:produce|"
            r"manufacture|assemble|build|make|produced|manufactured|assembled|made)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:locally|in\s+(?!the\b)[A-Z]\w+)|"
            r"\b(?:built|assembled|produced|manufactured|made)\b[^.;]{0,60}\bwith\s+[A-Z]\w+\s+"
            r"(?:technical\s+|engineering\s+)?(?:assistance|help|support|know-how)\b|"
            # "built all six Kalvari-class boats, a Scorpène design, with technology transferred
            # by France's Naval Group"
            r"\b(?:built|assembled|produced|manufactured|made)\b[^.;]{0,60}\bwith\s+(?:[\w-]+\s+)?"
            r"technology\s+(?:transferred|licensed|supplied)\s+(?:by|from)\b|"
            # "drones are being assembled with Turkish Aerospace (TUSAŞ)"
            r"\b(?:is|are)\s+being\s+(?:assembled|built|produced|manufactured)\s+with\s+(?-i:[A-Z])|"
            # "completed the formation of Edgewing, the company that will design and develop the
            # GCAP jet"
            r"\bformation\s+of\s+(?-i:[A-Z])[\w-]+,\s+the\s+(?:[\w-]+\s+)?(?:company|venture|firm)\s+"
            r"that\s+will\s+(?:design|develop|build|produce|manufacture)\b|"
            r"\bpartner(?:ed|s|ing)?\s+(?:with\s+[^.;]{0,60}?)?to\s+(?:manufacture|produce|build(?!\s+up\b)|"
            r"develop|assemble|make)\b|"
            r"\b(?:developing|building|producing|making|manufacturing)\s+(?:[\w-]+\s+){0,4}?"
            r"together\b|"
            r"\bjointly\s+(?:build|builds|built|produce[sd]?|manufacture[sd]?|develop(?:s|ed)?|"
            r"assemble[sd]?|make|makes)\b|"
            r"\b(?:set\s+up|sets\s+up|setting\s+up|build|builds|open(?:s|ed)?|launch(?:es|ed)?|"
            r"establish(?:es|ed)?)\s+(?:a\s+|an\s+|the\s+)?(?:joint\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:factory|plant|facility|assembly\s+line|production\s+line)\b(?=[^.;]{0,40}\b(?:in|to)\b)|"
            r"\b(?:built|build|builds|building|produced|producing|developed|developing|"
            r"manufactured|assembled|designed)\s+(?:[\w-]+\s+){0,4}?together\s+with\b|"
            r"\b(?:under\s+construction|being\s+(?:built|assembled))\b(?=[^.;]{0,80}\bwith\s+"
            r"(?:[\w-]+\s+){0,2}(?:engineers|technicians|specialists)\b)"
        ),
        anchored=True,
    ),
    MAKING,
    TRAINING,
    TRAINING_TALK,
    DIALOGUE,
    VISIT,
]

# Equipment that "arrived in" or "landed at" a place: a delivery to the state it serves.
ARRIVAL = Rule("ArmsTransfer", rx(r"\barriv\w*|\blanded\b"), anchored=True, direction="receive")
# "The aircraft ... was received by Air Brigade 918": a delivery, its recipient after "by"
RECEIVED_BY = Rule(
    "ArmsTransfer", rx(r"\b(?:was|were)\s+received\b"), anchored=True, direction="transfer"
)
