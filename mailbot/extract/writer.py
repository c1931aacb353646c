"""Who counts as the writer's side of an informal step (TRIAGE.md): the writer and the family acting for them.

staff.py says who the people involved are; this module says who may have taken the matter up with them. A
grandparent who writes for the family ("Ik ben de oma van Lowie ... Mijn dochter heeft met de coördinator gebeld")
calls the child's parent 'mijn dochter' or 'mijn zoon': there those words name the family acting, not the child.
"""
from __future__ import annotations

import re
from typing import Iterable

# The writer's side as the subject of the act.
# 'vader'/'moeder' of someone else's child ("de vader van een jongen uit de klas") is a third party, not the writer.
# Mothers or fathers in the plural ("een van die mama's", "andere papa's") are other parents, never the writer's side.
# The family acts for the writer: the partner, the child's other parent, in-laws, grandparents ("mijn schoonzoon heeft
# met de juf gesproken", "haar mama heeft de juf opgebeld"); the child itself ("mijn zoon") is not the family's step.
WRITER = re.compile(r"\b(ik|k(?=\s+(heb|had|ben|was)\b)|wij|we|i|je|j'ai|j'en|je l'ai|nous|cli[eë]nt(e|en)?|"
                    r"de ouders(?!\s+van\b)|"
                    r"(my|our) (husband|wife|partner)|(mijn|onze) (man|vrouw|partner|echtgeno\w+|ex(-\w+)?|zwager|zus|broer|schoon(zoon|dochter|vader|moeder|ouders|broer|zus))|"
                    r"(zijn|haar|hun) (ouders|vader|moeder|papa|mama|opa|oma|grootouders)|opa|oma|"
                    r"(moeder|vader|mama|papa)(?!['’]?s\b)(?!\s+van\s+(een|die|dat|deze|de andere|het andere|andere|\w+ klasgeno\w+)\b))\b",
                    re.I)
# For a grandparent, their own son or daughter is the child's parent.
PARENT_OF_CHILD = re.compile(r"\b(mijn|onze|my|our|ma|mon) (dochter|zoon|daughter|son|fille|fils)\b", re.I)
# The writer presents themself as a grandparent: "Ik ben de grootmoeder van Fien", "(oma van Lowie)", "als opa van",
# "I am Tom's grandmother", "je suis la grand-mère de".
_GRANDPARENT = re.compile(r"\b(ik ben|wij zijn|we zijn|als|i am|i'm|we are|je suis|nous sommes)\s+(de |zijn |haar |hun |the |la |le |les |"
                          r"\w+'s )?(groot(moeder|vader|ouders)|oma|opa|bomma|bompa|meme|memé|pepe|pepé|grootmama|grootpapa|"
                          r"grand-?(mother|father|parents?|ma|pa)|grand-(m[eè]re|p[eè]re|parents))\b|"
                          r"(^|\()\W*(groot(moeder|vader)|oma|opa|bomma|bompa)\s+van\b",
                          re.I | re.M)


def grandparent_writes(sentences: Iterable[str]) -> bool:
    return any(_GRANDPARENT.search(s) for s in sentences)
