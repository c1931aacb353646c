"""Who counts as "the people involved" (TRIAGE.md's informal step): school and support staff, and who does not.

contact.py and exchange.py ask this lexicon who the partner of an act was; a talk with other parents, one's own
lawyer or doctor, or the family is no informal step, however it is worded.
"""
from __future__ import annotations

import re

# Who counts as the people involved: school and support staff, in nl/en/fr.
STAFF = (r"(juf(fen|frouw)?|meester|meneer|mevrouw|leerkracht(en)?|klasleerkracht|groepsleerkracht|klasjuf|"
         r"zorgjuf|zorgleerkracht|zorgleraar|leraar|lerares|leraren|docent(e|en)?|mentor|(klas)?titularis|"
         r"(leer)?ondersteuner(s)?|accompagnat(eur|rice)|coordinat(eur|rice)|leerlingbegeleid(er|ster|ing)|begeleid(er|ster|ers)|"
         r"(zorg|leerjaar|graad)?co[oö]rdinator|zorgteam|intern(e)? begeleid(er|ster)|ib['’-]?er|IB|"
         r"clb(-?\w+)?|directeur|directrice|directie|adjunct(-directeur)?|teamleider|afdelingsleider|"
         r"schoolleiding|school|centrum|leersteuncentrum|onderwijzer(es)?|gymjuf|gymleraar|turnleraar|"
         r"conciërge|u|jullie|men|teacher|coordinator|principal|head|school|tutor|counsellor|"
         r"professeure?|titulaire|collaborat(eur|rice)|institutrice|instituteur|directrice|l'école|enseignante?)")
STAFF_WORD = re.compile(r"\b" + STAFF + r"\b", re.I)
# A call or talk with them (contact.py, replies.py and dates.py: such a call dates a step, not the incident).
IN_TALK = r"\b(aan de telefoon|telefonisch|aan de lijn|in (het|een|ons) gesprek|on the phone|over the phone)\b"
# People to talk with who are not the ones involved: a talk with them is no informal step.
_NOT_STAFF = re.compile(r"\b(met|bij|aan|tegen|naar|with|to)\s+(de |het |een |onze? |mijn |zijn |haar |hun |andere |enkele )?"
                        r"(andere )?(ouders?|grootouders|opa|oma|mama|papa|moeder|vader|advoca\w*|lawyer|avocat|jurist|huisarts|arts|"
                        r"dokter|psycholo\w+|therapeut\w*|logopedist\w*|politie|vrienden|familie|buren|buurvrouw|buurman|schoon\w+|tante|oom|zus|broer|"
                        r"zoon|dochter|kind(eren)?|klasgeno\w+|son|daughter|child)\b|"
                        r"\b(advoca\w*|lawyer|avocat|jurist)\b", re.I)


def outsiders_only(c: str) -> bool:
    """The clause's partners are others than staff (other parents, a lawyer, the child): no informal step."""
    return bool(_NOT_STAFF.search(c)) and not STAFF_WORD.search(_NOT_STAFF.sub("", c))


# 'zij'/'hij' after a sentence whose last person is staff stands for them (contact.py's pronoun replies); the reader,
# the institution or a child named after the staff member take that place.
_STAFF_PERSON = re.compile(r"\b(?!(u|jullie|men)\b)" + STAFF + r"\b", re.I)
_CHILD = re.compile(r"\b(zoon|dochter|kind|zoontje|dochtertje|leerling|son|daughter|child|fils|fille|jongen|meisje)\b", re.I)


def staff_last(s: str) -> bool:
    """The last person the sentence names is a member of staff (not the reader, the institution or the child)."""
    staff = [m for m in _STAFF_PERSON.finditer(s) if m.group(0).lower() not in ("school", "centrum", "directie", "zorgteam")]
    return bool(staff) and not _CHILD.search(s, staff[-1].end())
