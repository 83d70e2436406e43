"""Exercise series: the recurring drills news names without the word "exercise"
("took part in Balikatan 2025"), kept apart from the trigger rules because they are data."""

from __future__ import annotations

import re

# Recurring exercise series that news names without the word "exercise" ("took part in
# Balikatan 2025"). Case-sensitive; names that are also common words or companies are left out.
# fmt: off
EXERCISE_SERIES = (
    "Malabar", "Varuna", "RIMPAC", "Balikatan", "Cobra Gold", "Pitch Black", "Talisman Sabre",
    "Keen Sword", "Keen Edge", "Garuda Shakti", "Yudh Abhyas", "Dharma Guardian", "Desert Knight",
    "Cope India", "Cope Thunder", "Red Flag", "Joint Sea", "Zapad", "Vostok", "Tsentr", "Kavkaz",
    "Sea Breeze", "BALTOPS", "Anakonda", "Defender Europe", "Steadfast Defender", "Sama Sama",
    "Kamandag", "Salaknib", "Pacific Vanguard", "Freedom Shield", "Ulchi Freedom Shield",
    "Foal Eagle", "Super Garuda Shield", "Garuda Shield", "Sea Dragon", "AUSINDEX", "JIMEX",
    "SIMBEX", "Ajeya Warrior", "Dustlik", "Nomadic Elephant", "Mitra Shakti", "Bright Star",
    "Anatolian Eagle", "EFES", "Indus Shield", "Peace Mission", "Khaan Quest", "Hand-in-Hand",
    "Northern Edge", "Resolute Dragon", "Orient Shield", "Southern Jackaroo", "Sea Shield",
    "Dawn Blitz", "Trident Juncture", "Cold Response", "Dynamic Mongoose", "Noble Partner",
    "Agile Spirit", "Rapid Trident", "Saber Strike", "Iron Wolf", "Tarang Shakti",
    "Harimau Shakti", "Samudra Shakti", "Sampriti", "Surya Kiran", "Ekuverin", "Lamitiye",
    "Anadolu Kartali", "Three Brothers", "Crescent and Star", "Unshakable Brotherhood",
    "Falcon Strike", "Pearl of the West", "Bersama Lima", "Bersama Shield", "Interaction",
    "Joint Viking", "Nordic Response", "African Lion", "Eager Lion", "Cutlass Express",
    "Formidable Shield", "Dynamic Manta", "Arctic Challenge", "Swift Response", "Saber Guardian",
    "Cope North", "Cope Tiger", "Cope Taufan", "Valiant Shield", "Freedom Edge", "Iron Fist",
    "Kakadu", "Komodo", "Mosi", "Shaheen", "Sea Guardians", "Shakti", "Garuda", "Desert Cyclone",
    "Tiger Triumph", "Khanjar", "Kazind", "Prabal Dostyk", "Vinbax", "Medusa", "Iniochos",
    "Anatolian Phoenix", "Slavic Brotherhood", "Indestructible Brotherhood", "Union Shield",
    "Maritime Security Belt", "Eastern Bridge", "Al Mohed Al Hindi", "Zayed Talon",
    "Shared Destiny", "Golden Eagle", "Golden Friendship",
    "Sea Vision", "IBSAMAR", "Bold Quest", "Spring Storm", "Steadfast Jupiter", "Griffin Lightning",
    "Blue Strike", "Golden Dragon", "Peace and Friendship",
)
# fmt: on
SERIES = re.compile(
    r"\b(?P<series>"
    + "|".join(
        re.escape(n).replace(r"\ ", r"\s+")
        for n in sorted({*EXERCISE_SERIES, *(n.upper() for n in EXERCISE_SERIES)}, key=len)[::-1]
    )
    + r")(?:[\s-]+(?P<edition>\d{4}|\d{1,2}|[IVX]+))?\b"
)
