"""Phrase families for formal, the three flags and urgency, each with its negation and threat guards.

Patterns are Dutch first, with the English and French a Flemish centre also receives. A hit
counts only when no negation stands just before it in the same clause and, for acts such as
filing a complaint or going to court, when it is not inside an 'if ...' clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Evidence


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern
    negatable: bool = True
    conditional_blocks: bool = False     # "als ..., dien ik een klacht in" does not count


def _f(name, regex, negatable=True, conditional_blocks=False) -> Family:
    return Family(name, re.compile(regex, re.I), negatable, conditional_blocks)


FORMAL = (
    _f("formal", r"\b(formele?|offici[eë]le?|officieel|formeel)\s+(klacht|klachtenprocedure)|"
                 r"\bklacht\s+(\w+\s+){0,3}(formeel|officieel)\b|"
                 r"\b(formeel|officieel)\s+(\w+\s+){0,2}klacht|"
                 r"\bklacht\s+(\w+\s+){0,2}(in\s*dienen|indien)\s+bij\s+(de|u als)\s+direct|"
                 r"\b(formal|official) complaint|\bcomplaint\b[^.]{0,20}\b(formal|official)(ly)?\b|"
                 r"\bplainte formelle|\bplainte officielle", conditional_blocks=True),
)

IN_COURT = (
    _f("in_court", r"\bdagvaarding|\bkortgeding|\bzaak is (ingeleid|aanhangig)|\b(procedure|zaak|rechtszaak)\b[^.]{0,40}"
                   r"\b(opgestart|gestart|ingeleid|loopt|lopende|aanhangig)|\brechtszaak (loopt|is gestart)|"
                   r"\bzitting is gepland|saisi le tribunal|proc[ée]dure est (actuellement )?en cours|"
                   r"audience est fix[ée]e|\b(court case|lawsuit)\b[^.]{0,30}\b(started|pending|filed)",
       conditional_blocks=True),
)

PREVIOUSLY_HANDLED = (
    _f("previously_handled", r"\b(klacht|die|dit)\b[^.]{0,110}\b(formeel|officieel)\s+(behandeld|afgehandeld)|"
                             r"\b(opnieuw|nogmaals) (dezelfde|deze) klacht|"
                             r"\b(al|reeds) (eerder )?een (formele|offici[eë]le) klacht\b[^.]{0,40}\bingediend|"
                             r"\balready (been )?formally (handled|dealt)|"
                             # "die klacht is toen behandeld en afgesloten", "ik dien mijn klacht opnieuw formeel in"
                             r"\bklacht\b[^.]{0,60}\b(is|werd|was|zijn|werden)\b[^.]{0,50}\b(behandeld|afgehandeld)\s+"
                             r"en\s+(afgesloten|gesloten|afgerond)|"
                             r"\b(opnieuw|nogmaals|andermaal|weer)\s+(formeel|officieel)\b|"
                             r"\b(already|previously) (been )?(formally )?(handled|dealt with|closed)\b[^.]{0,30}"
                             r"(formal|complaint)|\bcomplaint\b[^.]{0,40}\b(was|has been) (formally )?(handled|closed)"),
)

# Talking with the people involved: a verb of contact in the first person, in the past.
INFORMAL = (
    _f("informal_step_done",
       # the parents speak, or are spoken of by their lawyer or a teacher passing their mail on
       r"\b(ik|wij|we|i|j'ai|nous|cli[eë]nt(e|en)?|de ouders|ouders|moeder|vader)\b[^.?!]{0,80}\b(besproken|gesproken|aangesproken|aangekaart|aangegeven|"
       r"gezegd|gemaild|gemeld|gebeld|gevraagd|gewezen|contact (gehad|opgenomen)|langs (ge)?(weest|gegaan)|"
       r"mail gestuurd|gepraat|overlegd|raised it|talked|spoken|discuss(ed)?)\b"),
    _f("informal_step_done", r"\b(gesprek|overleg|contact)\b[^.?!]{0,20}\bgehad\b|"
                             r"\bhebben daar (meteen )?gezegd|\bantwoord van (juf|meester)|"
                             r"\bgesprek met de directeur van de school|\bwe (already )?spoke|"
                             # a meeting that took place ("in het gesprek met de school kregen we te horen")
                             r"\bin (het|een|ons|dat) (gesprek|overleg|oudergesprek)\s+met\b|"
                             r"\b(we|wij|ik)\b[^.?!]{0,20}\b(hadden|hebben|had|kregen)\b[^.?!]{0,25}\b(gesprek|overleg)\b[^.?!]{0,20}"
                             r"\b(met|bij)\b|"
                             # staff answering the parents: the matter was raised with them
                             r"\b(juf|meester|leerkracht|leerondersteuner|begeleider|begeleidster|coördinator|mentor)\b[^.?!]{0,20}"
                             r"\b(heeft|hebben)\s+(ons|mij|me)\s+(\w+\s+)?(teruggebeld|gebeld|gemaild|geantwoord|geschreven)|"
                             r"\b(mail|bericht|brief)\b[^.?!]{0,40}\baan (juf|meester|de leerkracht|de leerondersteuner)\b[^.?!]{0,30}"
                             r"\b(stuurde|stuurden|gestuurd)\b|"
                             # "een gesprek met de leerondersteuner en de zorgcoördinator ... niets opleverde"
                             r"\b(gesprek(ken)?|overleg)\s+met\b[^.?!]{0,90}\b(opleverde|opgeleverd|opleverden|gevoerd|"
                             r"plaatsgevonden|plaatsvond|hielp|geholpen)\b"),
)
# A contact attempt that reached nobody is no informal step.
_FAILED_CONTACT = re.compile(r"\b(niemand|nobody|personne)\b|\bniet (kunnen )?(bereik|spreken)|\bwas afwezig|"
                             r"\b[ée]tait absente?|\bnooit iemand|\bper brief meegedeeld|\bnog met niemand|"
                             r"\b(nooit|niet|geen)\b[^.,]{0,15}\b(geantwoord|antwoord|gereageerd|reactie)\b", re.I)
# Talking to one's own lawyer is no informal step either; it spoils only its own clause.
_LAWYER = re.compile(r"\badvoca|\blawyer|\bavocat|\bjurist", re.I)

URGENT = (
    _f("urgent_self_harm", r"\bliever dood|\b(er )?(beter )?niet meer (zou )?(zijn|leven)\b'?|\bzelfmoord|\bsu[iï]cid|"
                           r"\bzichzelf (pijn|iets aan)|\bsnijdt zich|\bkill (him|her)self|\bself[- ]harm", negatable=False),
    _f("urgent_violence", r"\bgeslagen|\bgeschopt|\bgeduwd|\bvastgegrepen|\bgesleurd|\bblauwe plek|\bstriemen|"
                          r"\bbij (zijn|haar) arm (ge)?(pakt|grepen)|\bbedreigd|\bmet een mes|\bmisbruik|"
                          r"\baan (haar|zijn) lichaam|\bseksue|\btegen de (muur|grond)|"
                          r"\bkick(s|ed)\b|\bbruises\b|\bbeaten\b|\bpunched\b|\bthreatened\b"),
    _f("urgent_fear", r"\b(weigert|wil|durft)\b[^.]{0,25}\bniet (meer )?naar school|\bweigert\b[^.]{0,20}\bnaar school|"
                      r"\bniet meer naar school (wil|durft)|\b(hij|ze|zij) (is |was )?(echt |heel |zo )?bang\b|"
                      r"\brefuses? to go to school|\b(afraid|scared) to go (to school|outside)", negatable=False),
)


def find(families, sentences, *, negation, conditional) -> list[Evidence]:
    """Every family hit that survives the guards, as evidence (rule name, the sentence's matched phrase)."""
    hits = []
    for s in sentences:
        for fam in families:
            for m in fam.pattern.finditer(s):
                if fam.negatable and (negation(s, m.start()) or negation(m.group(0), len(m.group(0)), 200)):
                    continue
                if fam.conditional_blocks and conditional(s, m.start()):
                    continue
                hits.append(Evidence(fam.name, m.group(0).strip()))
                break
    return hits


def _clause(s: str, start: int, end: int) -> str:
    left = max((s.rfind(c, 0, start) for c in ",;:"), default=-1)
    rights = [i for i in (s.find(c, end) for c in ",;:") if i >= 0]
    return s[left + 1:min(rights) if rights else len(s)]


_IDIOM = re.compile(r"\b(eerlijk|kort|zoals|ronduit|beter) gezegd\b", re.I)
_PASSIVE_WISH = re.compile(r"^\s*(wordt|worden|zal|zou|te worden|moet|moeten|mag|mogen|had|hadden|should|must)\b",
                           re.I)
# The writer's view of how things should go ("ik vind dat zoiets vooraf overlegd moet worden") is no talk that took place.
_OPINION = re.compile(r"\b(vind|vinden|vond|vonden|think|believe)\s+(\w+\s+)?(dat|het|that)\b", re.I)


def informal_step(sentences, negation) -> list[Evidence]:
    hits = []
    for s in sentences:
        s = _IDIOM.sub("", s)
        if _FAILED_CONTACT.search(s):
            continue
        for e in find(INFORMAL, [s], negation=negation, conditional=lambda *_: False):
            at = s.find(e.phrase) + len(e.phrase)
            # Only the clause of the talk counts: "omdat een gesprek ... niets opleverde, hebben we via onze
            # advocaat ..." is a talk that took place, followed by a lawyer.
            if _LAWYER.search(_clause(s, s.find(e.phrase), at)):
                continue
            # "ik wil dat ze erop aangesproken wordt" is a wish, not a talk that took place.
            if _PASSIVE_WISH.search(s[at:]) or _OPINION.search(s[:at]):
                continue
            hits.append(e)
    return hits
