"""Trigger rules for acts between people rather than things: training, standing talks and
visits. `triggers.RULES` lists them after the rules for drills, deals, deliveries and
production, so that a span those claim first stays theirs."""

from __future__ import annotations

import calendar
import re

from .rules import Rule, rx

_WEEKDAY = "|".join(calendar.day_name)

# someone being trained, taught or sent on a course: an act by itself
TRAINING = Rule(
    "TrainingExchange",
    rx(
        # "40 Vietnamese engineers will travel to Russia next year for training", "twelve
        # KDF officers will travel to the United Kingdom to attend the ... Battle Course"
        r"\btravel(?:s|led|ed|ling|ing)?\s+to\s+(?=[^.;]{0,60}?\b(?:for\s+(?:[\w-]+\s+)?training|"
        r"for\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?courses?\b|"
        r"to\s+(?:attend|take|complete)\s+(?:[\w'’-]+\s+){0,6}?(?:course|courses|training|"
        r"school|academy))\b)|"
        r"\b(?:received|receive|receiving|undergo(?:ne|ing)?|underwent|attended|completed|"
        r"began|begin|started|start|complete|attend|attending|finished)\s+"
        r"(?:in\s+[A-Z][a-z]+\s+)?(?:[\w-]+\s+){0,3}"
        r"(?:training|instruction)\b(?!\s+(?:exercises?|drills?|manoeuvres|maneuvers))|"
        r"\b(?:train|mentor|teach)(?:s|es|ed|ing)?\s+(?!(?:areas?|grounds?|ranges?|facilit\w+|"
        r"cent(?:re|er)s?|camps?|sites?|aircraft|jets|ships|vessels)\b)(?:[\w,-]+\s+){0,4}?"
        r"(?:officers|pilots|personnel|cadets|troops|soldiers|sailors|marines|crews?|"
        r"instructors|technicians|commandos|servicemen|staff|students|mechanics|engineers|"
        r"specialists|brigades?|battalions?|units|forces|contingents?|recruits|conscripts)\b|"
        r"\bgraduat(?:ed|es|ing)\s+from\b|"
        # "another group of naval officers will join the PLA Naval Command College in 2026"
        # ("Fourteen Azerbaijani cadets are due to join the 153rd Long Course")
        r"(?<=officers\swill\s)join\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:college|academy|school|"
        r"university|course)\b|(?<=cadets\s)(?:are|were|will)\s+(?:(?:due|set|expected)\s+to\s+)?"
        r"join\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:college|academy|school|university|course)\b|"
        # "Twelve gentleman cadets from Azerbaijan were commissioned at the Pakistan Military
        # Academy"
        r"\bcommissioned\s+(?:at|from)\s+(?=(?:the\s+)?(?:[\w'’()-]+\s+){0,5}?(?:academy|college|"
        r"school)\b)|"
        # "three Zambian officers will enrol at the Malawi Armed Forces College"
        r"\benrol(?:l?s|led|ling|l)?\s+(?:at|in)\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
        r"(?:college|academy|school|university|course)\b)|\bhost(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:cadets|"
        r"students|trainees)\b|\bhost(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:pilots|officers)\b"
        r"(?=[^.;]{0,40}\b(?:school|academy|college|course|training)\b)|"
        r"\btraining\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}?(?:officers|pilots|personnel|"
        r"cadets|troops|soldiers|sailors|marines|crews?|instructors|technicians)\b|"
        r"\b(?:completed|attended|attending|attend|began|begin|undergoing|"
        r"underwent|enrolled\s+in)\s+(?:[\w-]+\s+){0,4}courses?\b|"
        r"\b(?:will|would|shall|(?:are|is|were|was)\s+(?:due\s+|set\s+|expected\s+)?to)\s+"
        r"(?:also\s+|first\s+)?train\s+(?:on\s+(?:[\w-]+\s+){1,4}?)?(?:in|at|with|alongside|"
        r"under|aboard)\b|\b(?:already|are|were|is|was|been|began|begun|started)\s+"
        r"(?:currently\s+|now\s+|still\s+)?training\s+"
        r"(?:on\s+(?:[\w-]+\s+){1,4}?)?(?:in|at|with|alongside|under)\b|"
        # "trained for six weeks in Surabaya"
        r"\btrained\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?(?:in|at|with|alongside|under|by|on)\b|"
        # "the college will admit two Brazilian Navy officers each year to its course"
        # ("will also take 30 Myanmar officers at its Military Academy")
        r"\b(?:admit|accept|take)(?:s|ed|ted|ting|ing)?\s+(?:[\w-]+\s+){0,4}?(?:officers|cadets|"
        r"students|pilots|personnel)\b(?=[^.;]{0,60}\b(?i:course|college|academy|school)\b)|"
        # "preparing since February under a team of US Army instructors"
        r"\bunder\s+(?:a\s+team\s+of\s+)?(?:[\w-]+\s+){0,3}?instructors\b|"
        r"\bspen[dt]s?\s+(?:[\w-]+\s+){0,4}?training\s+(?:in|at|with|alongside|under)\b|"
        r"\b(?:being|been|are|were|was|is)\s+(?:trained|taught|schooled)\b|"
        r"\b(?:taught|schooled)\s+by\b|"
        # "imparting training to 30 UAE Navy cadets", "put through a reconnaissance course"
        r"\bimpart(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:training|instruction)\b|"
        r"\bput\s+through\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:course|training)\b|"
        r"\b(?:following|followed|follow)\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,5}?course\b|"
        r"\blearn(?:ing|ed|s)?\s+to\s+(?:fly|operate|maintain|use|handle|design|build|repair|assemble)\b|"
        # "spent four months learning the process at Kalashnikov's main works"
        r"\blearning\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:process|processes|procedures|techniques|"
        r"skills|trade)\b|"
        r"\b(?:studying|studied|study|enrolled|attending|attended|attend|attends)\s+"
        r"(?:(?:this|the|last|next)\s+(?:academic\s+)?year\s+)?(?:at\s+)?(?:the\s+|a\s+)?"
        r"(?:[\w'’-]+\s+){0,6}?"
        r"(?:academy|college|school|university|institute|academies|colleges|schools|"
        r"institutions|establishments)\b|\binstructors\s+from\b|"
        r"\bfor\s+(?:[\w-]+\s+){0,2}?(?:weeks?|months?)\s+of\s+(?:[\w-]+\s+)?training\b|"
        # "will offer two places a year on its jungle warfare course to officers"
        r"\bplaces?\s+(?:a\s+year\s+|each\s+year\s+)?(?:on|at|in)\s+(?:its|their|the)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:course|academy|college|school)\b|"
        # "a mobile training team will conduct a diving and search-and-rescue course"
        # "running classroom sessions and simulator drills on sonar operation"
        r"\b(?:running|ran|run|runs|conduct(?:s|ing|ed)?|holding|held)\s+(?:[\w-]+\s+)?"
        r"(?:classroom|simulator)\s+(?:sessions|lessons|instruction|training)\b|"
        r"\b(?:running|ran|run|runs|conduct(?:s|ing|ed)?|leading|led|teaching|taught|"
        r"deliver(?:s|ing|ed)?|offer(?:s|ing|ed)?)\s+"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:course|training)\b"
    ),
    anchored=True,  # someone is being trained: an act, not a plan
)

# training named as a programme or partnership: an act only with an anchor
TRAINING_TALK = Rule(
    "TrainingExchange",
    rx(
        r"\btraining\s+(?:programme|program|course|mission|exchange|partnership|"
        r"cooperation|agreement)s?\b"
    ),
)

# standing talks: consultations, dialogues, joint committees, ministers' meetings
DIALOGUE = Rule(
    "DialogueMechanism",
    rx(
        r"\bministerial\s+consultations\b|\b(?:2\s?\+\s?2|two-plus-two)[\"”’']?\s+(?:(?:ministerial|foreign|and|defen[cs]e|"
        r"security)\s+){0,4}(?:dialogue|talks|meeting|"
        r"consultations?|format)\b|\b(?:defen[cs]e|security|strategic|military|staff)\s+"
        r"(?:and\s+(?:defen[cs]e|security|strategic)\s+)?(?:policy\s+)?"
        r"(?:dialogue|talks|consultations)\b|"
        r"\b(?:armaments?|defen[cs]e[\s-]+industr(?:y|ial))\s+(?:consultations|talks|dialogue)\b|"
        # "held their annual Navy to Navy Talks": services' staff talks
        r"\b(?:navy|army|air\s+force)[\s-]+to[\s-]+(?:navy|army|air\s+force)\s+(?:staff\s+)?talks\b|"
        # "when they meet in Tbilisi next month for their annual trilateral talks"
        r"\bannual\s+(?:(?:trilateral|bilateral|quadrilateral|ministerial)\s+)?"
        r"(?:talks|consultations)\b|"
        r"\b(?:round|session)\s+of\s+(?:the\s+)?(?!the\b)(?:[\w-]+\s+){1,4}?(?:consultations|"
        r"dialogue)\b|"
        r"\bjoint\s+(?:[\w-]+\s+){0,3}?(?:working\s+groups?|commissions?|committees?|"
        r"consultative\s+(?:group|committee))\b|"
        r"\bworking\s+group\s+on\s+(?:defen[cs]e|military|security|maritime)\b|"
        r"\b(?:defen[cs]e|security|military)\s+(?:policy|cooperation|steering)\s+group\b|"
        # "the annual Australia-Philippines Defence Ministers' Meeting", "a meeting of the
        # defence ministers of Norway, Sweden, ..."
        r"\b(?:defen[cs]e|foreign)\s+ministers['’]?\s+meeting\b|\bmeeting\s+of\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:defen[cs]e|foreign)\s+ministers\b|"
        # "The defence ministers of Athens, Nicosia and Cairo are due to meet in Cairo"
        r"\b(?:defen[cs]e|foreign)\s+ministers\s+(?:of\s+[^.;]{3,60}?\s+)?(?:are|were)\s+"
        r"(?:due|set|scheduled|expected)\s+to\s+meet\b|"
        # "for the second trilateral meeting of the three ministers"
        r"\b(?:bilateral|trilateral|quadrilateral)\s+meeting\s+of\s+(?:the\s+)?"
        r"(?:two|three|four)\s+ministers\b"
    ),
)

# a visit, a port call, a guest received or hosted: the visitor travels to the host
VISIT = Rule(
    "OfficialVisit",
    rx(
        r"(?:['’]s|\b(?:a|an|his|her|their|its))\s+(?:[\w-]+\s+){0,2}?(?:visits?|trip|tour)\s+to\b|"
        r"\b(?:flew|flies|fly)\s+(?:in)?to\b|\b(?:during|on)\s+(?:his|her|their|a)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:stay|trip)\s+(?:in|to)\b|"
        r"\b(?:was|is|were|are)\s+(?:due\s+|expected\s+)?in\s+[A-Z]\w+[^.;]{0,40}?\bfor\s+(?:talks|meetings|"
        r"consultations)\b|"
        r"\bhost(?:ed|s|ing)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:minister|president|premier|"
        r"secretary|delegation|king|emir|crown\s+prince)\b|"
        # "held talks in Rabat on Monday at the start of a two-day visit"
        r"\b(?:start|end|first\s+day|last\s+day|second\s+day|close)\s+of\s+(?:an?\s+|his\s+|"
        r"her\s+|their\s+|the\s+)(?:[\w-]+\s+){0,2}?visit\b|"
        r"\bvisited\b|\btoured\s+(?=(?:the\s+)?(?-i:[A-Z]))|\b(?:paid|pay|pays|paying)\s+(?:an?\s+)?(?:[\w-]+\s+)?visit\b|"
        r"\bcourtesy\s+calls?\b|"
        # "flew in from Paris for the ceremony"
        # (not "for the opening ceremony" of a drill he is part of)
        r"\bflew\s+in\b(?=[^.;]{0,40}\bfor\s+(?!(?:the\s+)?(?:opening|closing)\b)(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:talks|ceremony|"
        r"signing|meetings?|launch|handover|celebrations|parade)\b)|"
        # "is expected to tour the Komaki plant", "spent Thursday on the ranges of Bergen-Hohne"
        r"\b(?:to|will|would)\s+tour\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
        rf"\bspen[dt]\s+(?:{_WEEKDAY}|the\s+day)\s+(?=(?:on|at|in|touring|visiting)\b)|"
        r"\breceived\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?delegation\b|"
        r"\b(?:will|to|would|is\s+to|set\s+to|due\s+to)\s+(?:also\s+)?visit\b|"
        r"\b(?:on|for)\s+(?:an?\s+|his\s+|her\s+|their\s+)"
        r"(?:[\w-]+\s+){0,2}?visit\b|\bvisit\s+(?:of|by)\b|\bvisiting\s+(?:[\w-]+\s+){0,2}?"
        r"(?:minister|secretary|chief|president|premier|delegation|officials?|general|admiral|"
        r"commander|envoy|king|emir|leader)\b|"
        r"\bwelcomed\s+(?:his|her|their|the|a)?\s*(?:[\w-]+\s+){0,3}?(?:counterpart|minister|"
        r"delegation|president|prime\s+minister|chief|secretary|king|emir|leader)s?\b|"
        r"\bheld\s+talks\s+in\b|\b(?:was|were)\s+received\s+by\b|\bport\s+calls?\b|\bgoodwill\s+visit\b|"
        # "Chinese warships last called at Lagos in July 2023"
        r"(?<=ships\s)(?:last\s+|first\s+)?called\s+at\s+(?=[A-Z])|"
        # "the destroyer JS Samidare, which docked at Pier 15 in Manila's South Harbor"
        r"\bdocked\s+(?:at|in)\s+(?=(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))|"
        r"\b(?:arrived|arrives|arriving|arrive|landed)\s+(?:in|at)\b|\b(?:arrived|arrive)\s+from\b|\breached\s+(?=(?:the\s+)?(?-i:[A-Z]))(?!\w+['’]s\b)|\btravel(?:l?ed|s|l?ing)?\s+to\b|"
        r"\bcalled\s+on\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:minister|president|"
        r"premier|chief|secretary|counterpart|commander|king|emir|general|admiral)s?\b|"
        r"\b(?:hosted|hosts|hosting|received|receives|welcomed|welcomes)\s+(?:his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}counterparts?\b|"
        r"\b(?:met|meets|meeting|held\s+talks|holds\s+talks)\s+(?:with\s+)?(?:his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}"
        r"counterparts?\b|\bmeeting\s+with\b(?=[^.;,]*\bin\s+[A-Z])",
        re.I,
    ),
    anchored=True,
    direction="visit",
)
