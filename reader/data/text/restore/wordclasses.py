"""The few Czech words and endings the context rules recognise: prepositions, numbers, `být`.

Words are written without accents, as the stripped text shows them, unless said otherwise;
endings are of restored words, with their accents.
"""

from __future__ import annotations

import re

# Prepositions. No nominative follows one, so never an adjective in -á (`do Ruska`, not
# `do Ruská`), and no adverb (`na správné místo`, not `na správně`).
PREPOSITIONS = frozenset(
    "v ve na o po pri k ke od do z ze u s se pro pred za nad pod mezi bez krome podle "
    "behem kolem mimo vedle diky proti vuci kvuli".split()
)
# Prepositions with the locative or dative, and `pro` with the accusative, whose endings
# are short (`v zemi`, `k domu`, `pro zemi`): never a genitive plural in -ů or -í.
SHORT_CASE_PREPOSITIONS = frozenset("v ve na o po pri k ke pro diky proti vuci kvuli".split())
# Prepositions with the locative (or the accusative): `v ruském`, never the instrumental
# `ruskem`.
LOCATIVE_PREPOSITIONS = frozenset("v ve na o po pri".split())
# Prepositions with the instrumental (some also with the accusative): `mezi Ruskem`.
INSTRUMENTAL_CASE_PREPOSITIONS = frozenset("s se pred nad pod za mezi".split())
# Prepositions with the dative: `k nim`, where the others have `ním` or `nich`.
DATIVE_PREPOSITIONS = frozenset("k ke diky proti vuci kvuli".split())
# Prepositions that may take the accusative, whose `ni` (her) has a short i; after the
# others it is `ní` (`v ní`, `kvůli ní`).
ACCUSATIVE_PREPOSITIONS = frozenset("na za pro pred pod nad mezi".split())
# Prepositions with the genitive: a number after them is `tří`, not `tři`, and no word in
# -á follows (`do čela`, `z Česka`). Not `mimo`, which takes the accusative today.
GENITIVE_PREPOSITIONS = frozenset("od do z ze u bez krome podle behem kolem vedle".split())
# `s`/`se` mostly take the instrumental, whose soft feminine ends in -í (`se společností`).
INSTRUMENTAL_PREPOSITIONS = frozenset({"s", "se"})
# Numbers from five up, words of quantity and the genitive of the small numbers take the
# genitive plural (`pět států`, `řada zemí`, `obou zemí`, `několika věcí`).
QUANTITY_WORDS = frozenset(
    "pet peti sest sesti sedm sedmi osm osmi devet deviti deset deseti jedenact dvanact "
    "trinact ctrnact patnact dvacet tricet "
    "ctyricet padesat sedesat sedmdesat osmdesat devadesat sto set tisic tisice milionu "
    "miliard miliardy nekolik nekolika mnoho malo rada radu vetsina vetsinu pocet poctu "
    "vice mene vic min desitky desitek stovky stovek tisicu obou dvou ctyr".split()
)
# Quantity words whose letters without accents are also other words: `tri` is `tři` too,
# `rada` is `rada` (council) too; they count only as restored.
QUANTITY_ONLY_WITH_ACCENTS = frozenset({"rada", "radu"})
QUANTITY_FORMS = frozenset({"tří", "řada", "řadu"})
# Forms of `být` (to be): the short participle stands by them (`byla obžalována`, `jsou
# připraveny`), and so does an adjective said of the subject (`je dobré, že`).
BE_FORMS = frozenset(
    "je jsou jsem jsme jste jsi byl byla bylo byli byly byt bude budou budeme budete "
    "nebyl nebyla nebylo nebyli nebyly neni nejsou nebude nebudou by".split()
)
# The plural ones, which may follow a participle (`Zraněni byli`); a singular one follows a
# noun in -í as often (`Obvinění je`).
PLURAL_BE_FORMS = frozenset("jsou byli byly budou nejsou nebyli nebyly nebudou".split())
# Pronouns that start a relative clause; `ze` before them is the preposition (`ze které`).
RELATIVE_PRONOUNS = frozenset(
    "ktere kterych ktereho kteremu kterou kterym kterymi nehoz nichz niz jehoz cehoz".split()
)
# Words whose letters without accents are a preposition's: `že` is no `ze`.
NOT_PREPOSITIONS = frozenset({"že"})
# Reflexive pronouns: `se`/`si` stand by verbs, never after a preposition (`že se`).
REFLEXIVES = frozenset({"se", "si"})
# `že` joins a clause, and Czech puts a comma before it; these conjunctions may stand there
# instead (`a že`, `ale že`). The preposition `ze` never follows a comma or them.
CONJUNCTIONS_BEFORE_ZE = frozenset("a ale i nebo ani nez jen jenom vsak tedy".split())

# Pronouns in the feminine genitive, dative or locative (or the neuter, or plural, in -é),
# restored: `této`, `své`.
FEMININE_OBLIQUE_PRONOUNS = frozenset({"této", "téže", "jedné", "své", "mé", "tvé"})

# Adjectives and pronouns in the genitive plural (`amerických`, `těch`, `všech`) ...
GENITIVE_PLURAL_ENDINGS = ("ých", "ích", "ech")
# ... and in the singular, whose nouns end short (`amerického státu`, `této společnosti`).
SINGULAR_ADJECTIVE_ENDINGS = ("ého", "ému", "ém")
# Endings of long adjectives that stand before a noun, never before a full stop or comma:
# `mezi Ruskem a Německem.`, not `Německém.`
ATTRIBUTIVE_ENDINGS = ("ého", "ému", "ém", "ých", "ým", "ými")
PARTICIPLE_STEM = re.compile("[aeiyáéíýě][nt][aiyáíý]$")
"""The end of a passive participle (`připraveny`, `odlita`), not of a noun (`možnosti`)."""
PREDICATIVE_FORMS = frozenset({"rád", "ráda", "rádi", "rády", "rádo"})
"""`rád` (glad) and its forms, which never follow an adjective: `celá řada`, `městská rada`."""
HARD_ADJECTIVE_ENDINGS = ("ými", "ého", "ému", "ých", "ým", "ém", "ou", "ý", "á", "é")
"""Endings of hard adjectives (`nový`), longest first; their masculine ends in -ý."""
SOFT_ADJECTIVE_ENDINGS = ("ími", "ího", "ímu", "ích", "ím", "í")
"""Endings of soft adjectives (`národní`), longest first; their genitive ends in -ího."""
ADJECTIVE_ENDINGS = (*HARD_ADJECTIVE_ENDINGS, "í")
"""Endings of the adjectives the context rules look for: the hard ones, and the masculine
plural of people in -í (`noví`)."""
MIN_ADJECTIVE_LENGTH = 4
"""Words shorter than this are pronouns and particles (`mé`, `mě`, `té`), not adjectives."""

# Pronouns that stand before a noun as an adjective does (`svůj byt`, `ten byt`), restored.
DETERMINERS = frozenset(
    "můj tvůj svůj náš váš jeho její jejich ten tento tenhle onen každý žádný".split()
)
