"""Phrase families for formal, the three flags and urgency, each with its negation and threat guards.

Patterns are Dutch first, with the English and French a Flemish centre also receives. A hit
counts only when no negation stands just before it in the same clause and, for acts such as
filing a complaint or going to court, when it is not inside an 'if ...' clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Evidence
from . import contact, exchange
from .safety import mask_idioms


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern
    negatable: bool = True
    conditional_blocks: bool = False     # "als ..., dien ik een klacht in" does not count
    threat_blocks: bool = False          # "we overwegen een kort geding" is a threat, not a pending case
    request_blocks: bool = False         # "ik wil dat dit officieel behandeld wordt" asks for it, it did not happen
    idioms_masked: bool = False          # "in paniek geslagen" hits nobody: read with safety.py's idioms blanked


def _f(name, regex, negatable=True, conditional_blocks=False, threat_blocks=False, request_blocks=False,
       idioms_masked=False) -> Family:
    return Family(name, re.compile(regex, re.I), negatable, conditional_blocks, threat_blocks, request_blocks,
                  idioms_masked)


FORMAL = (
    _f("formal", r"\b(formele?|offici[eë]le?|officieel|formeel)\s+(klacht|klachtenprocedure)|"
                 r"\bklacht\s+(\w+\s+){0,3}(formeel|officieel)\b|"
                 r"\b(formeel|officieel)\s+(\w+\s+){0,2}klacht|"
                 r"\bklacht\s+(\w+\s+){0,2}(in\s*dienen|indien)\s+bij\s+(de|u als)\s+direct|"
                 r"\b(formal|official) complaint|\bcomplaint\b[^.]{0,20}\b(formal|official)(ly)?\b|"
                 r"\bplainte formelle|\bplainte officielle|"
                 # the act of making a complaint official, whatever stands between ("mijn klacht over ... officieel
                 # maken") and filing it with the director in either word order ("dien ik schriftelijk klacht in bij
                 # de directeur"): seed 000 makes a complaint formal by writing to the director
                 r"\bklacht\b[^.]{0,120}?\b(officieel|formeel)\s+(te\s+)?(maken|gemaakt|maak)\b|"
                 r"\b(maak|maken)\b[^.]{0,60}\bklacht\b[^.]{0,80}\b(officieel|formeel)\b|"
                 r"\b(dien|dienen)\b[^.]{0,30}\bklacht\b[^.]{0,15}\bin\b[^.]{0,12}\bbij\s+(de|u als|uw)\s+direct|"
                 r"\bklacht\b[^.]{0,30}\bbij\s+(de|u als|uw)\s+direct\w*\b[^.]{0,40}\b(in\s*dienen|indien|in te dienen)|"
                 # the director named before the complaint ("bij u, als directeur, een klacht in te dienen", "bij de
                 # directie klacht indienen"), and a complaint to be registered or handled officially, in any language
                 r"\bbij\s+(de|u|uw)\b,?\s+(als\s+)?direct\w*,?\s+(\w+\s+){0,3}klacht\s+(\w+\s+)?(in\s*te\s*dienen|indienen|"
                 r"indien|in)\b|\b(klacht|plainte|complaint)\b[^.]{0,50}\b(officieel|formeel|officiellement|formellement|"
                 r"officially|formally)\s+(geregistreerd|registreren|behandeld|behandelen|genoteerd|enregistr[ée]e?|trait[ée]e?|"
                 r"registered|recorded|handled|logged)\b|\b(plainte|complaint)\b[^.]{0,50}\b(enregistr[ée]e?|trait[ée]e?|registered|"
                 r"recorded|logged|handled)\s+(officiellement|formellement|officially|formally)\b",
       conditional_blocks=True),
)

# A court or legal body named with a word that says the case is already there (started, filed, pending, a hearing);
# the bare court words alone stay out, for a parent threatens with them ("dan stappen we naar de rechtbank").
_COURT = (r"(\w*recht(bank|er)|arbeidsrechtbank|rechtscollege|raad van state|hof van beroep|"
          r"parket|onderzoeksrechter|procureur|tribunal|court)")
_STARTED = (r"(ingediend|ingeleid|ingesteld|aangetekend|neergelegd|aanhangig|hangende|lopende|loopt|lopen|gestart|"
            r"opgestart|aangespannen|gedagvaard|betekend|opgeroepen|verschijnen|zitting|pleitzitting|gepleit|behandeld|"
            r"gebracht|gedaagd|aanhangig gemaakt|voorgelegd)")
IN_COURT = (
    _f("in_court", r"\bdagvaarding|\bgedagvaard|\bkort\s*geding|\baanhangig\b|\bzaak is (ingeleid|aanhangig)|"
                   r"\b(bodem)?(procedure|zaak|rechtszaak)\b[^.]{0,40}"
                   r"\b(opgestart|gestart|ingeleid|loopt|lopende|aanhangig)|\brechtszaak (loopt|is gestart)|"
                   r"\b(loopt|lopen|liep)\b[^.]{0,25}\b(bodemprocedure|procedure|rechtszaak|zaak|geding|beroep|gerechtelijk\w*)\b|"
                   r"\b(lopende|hangende)\s+(gerechtelijke\s+|juridische\s+)?(procedure|rechtszaak|zaak|geding)\b|"
                   r"\b(rechtszaak|gerechtelijke procedure|juridische procedure)\b[^.]{0,30}\b(aangespannen|ingeleid|gestart|opgestart)|"
                   r"\b(beroep|verzoekschrift|vordering|verzoek tot schorsing|schorsingsverzoek)\b[^.]{0,60}\b(ingesteld|aangetekend|"
                   r"ingediend|neergelegd|ingeleid|loopt)\b|"
                   r"\bin beroep (gegaan|gaan we niet)\b|\b(zijn|is|ben) (we |wij |ik )?in beroep\b|"
                   r"\b(advoca\w+|raadsman|raadsvrouw)\b[^.]{0,80}\b(ingediend|ingeleid|ingesteld|aangetekend|gestart|opgestart|"
                   r"aangespannen|betekend|neergelegd)\b|"
                   r"\b" + _COURT + r"\b[^.]{0,70}\b" + _STARTED + r"\b|"
                   r"\b" + _STARTED + r"\b[^.]{0,50}\b(bij|voor|aan|door) (de|het|den) " + _COURT + r"\b|"
                   # the case heard or judged: "de zaak dient op 5 december", "we staan op 3 maart voor de rechter",
                   # "we wachten op de uitspraak van de rechtbank"
                   r"\bzaak\b[^.]{0,10}\b(dient|diende)\b[^.]{0,30}\b(voor|bij) (de|het) " + _COURT + r"|"
                   r"\b(staan|sta|staat|verschijnen|verschijnt)\b[^.]{0,10}\bop \d{1,2}\s+\w+\s+voor (de|het) " + _COURT + r"|"
                   r"\buitspraak\b[^.]{0,20}\b(van|door) (de|het) " + _COURT + r"|\b" + _COURT + r"\b[^.]{0,20}\b(doet|deed|zal) "
                   r"(\w+\s+){0,3}uitspraak|"
                   r"\bklacht\b[^.]{0,40}\bbij het parket|"
                   # a case on a court's roll or under way ("de zaak komt op 12 december voor bij de jeugdrechtbank",
                   # "er is een rechtszaak gaande", "we zitten in een juridische procedure", "we are in court")
                   r"\b(komt|komen|kwam)\b[^.]{0,30}\bvoor\s+(bij|voor) (de|het) " + _COURT + r"|"
                   r"\b(rechtszaak|gerechtelijke procedure|juridische procedure|geding|bodemprocedure)\b[^.]{0,20}"
                   r"\b(gaande|bezig|aan de gang)\b|\b(zitten|zit|zijn|ben|is)\s+(\w+\s+){0,2}in (een |de )?(juridische |"
                   r"gerechtelijke )(procedure|strijd)|\b(are|is|we're|currently)\s+(\w+\s+)?in court\b|"
                   r"\b" + _COURT + r"\b[^.]{0,20}\b(moet|gaat)\s+(nog\s+)?(\w+\s+){0,2}uitspraak|"
                   # a hearing already set is a case already there ("de inleidende zitting is op 21 oktober")
                   r"\bzitting is (gepland|vastgesteld|bepaald|op\s+(\w+\s+)?\d)|\b(inleidende|inleidings|eerste|volgende)\s*"
                   r"(zitting|pleitzitting|hoorzitting)\b[^.]{0,40}\b(is|op|gepland|vastgesteld)\b|\bhearing is (scheduled|set)|"
                   r"saisi le tribunal|proc[ée]dure est (actuellement )?en cours|"
                   r"audience est fix[ée]e|\b(court case|lawsuit)\b[^.]{0,30}\b(started|pending|filed)|"
                   r"\b(filed|started|brought)\s+(a\s+)?(lawsuit|legal proceedings|court case)|\b(have|has|had)\s+sued\b|"
                   r"\btaken\s+(\w+\s+){1,3}to court\b",
       conditional_blocks=True, threat_blocks=True),
)

_HANDLED = r"(behandeld|afgehandeld|onderzocht|beoordeeld|afgesloten)"
_AGAIN = r"(opnieuw|nogmaals|andermaal|nog eens|terug|nog een keer)"
PREVIOUSLY_HANDLED = (
    _f("previously_handled", r"\b(klacht|zaak|kwestie|dossier|die|dit|deze|dat)\b[^.]{0,110}\b(formeel|officieel)\s+"
                             r"(behandeld|afgehandeld)|"
                             r"\b(opnieuw|nogmaals) (dezelfde|deze) klacht|"
                             r"\b(al|reeds) (eerder )?een (formele|offici[eë]le) klacht\b[^.]{0,40}\bingediend|"
                             r"\balready (been )?formally (handled|dealt)|"
                             # "die klacht is toen behandeld en afgesloten", "ik dien mijn klacht opnieuw formeel in"
                             r"\bklacht\b[^.]{0,60}\b(is|werd|was|zijn|werden|heeft|hebben|had)\b[^.]{0,50}\b(behandeld|afgehandeld)\s+"
                             r"en\s+(afgesloten|gesloten|afgerond)|"
                             # the active voice: "uw centrum heeft die klacht behandeld en afgesloten"
                             r"\b(heeft|hebben|had|hadden)\b[^.]{0,40}\bklacht\b[^.]{0,30}\b(behandeld|afgehandeld|onderzocht)\s+"
                             r"en\s+(afgesloten|gesloten|afgerond|ongegrond verklaard)|"
                             r"\b(opnieuw|nogmaals|andermaal|weer)\s+(formeel|officieel)\b|"
                             # a verdict on it, or an earlier complaint handled ("de klachtencommissie heeft onze klacht
                             # ongegrond verklaard", "mijn eerdere formele klacht werd in juni afgehandeld")
                             r"\bklacht\b[^.]{0,60}\b(ongegrond|gegrond|onontvankelijk) (verklaard|bevonden)|"
                             r"\b(eerdere|vorige) (formele |offici[eë]le )?klacht\b[^.]{0,50}\b(werd|is|was)\b[^.]{0,30}"
                             r"\b(behandeld|afgehandeld|afgesloten|afgewezen)\b|"
                             # "die klacht heb ik in april al formeel bij jullie ingediend", "werd afgesloten zonder gevolg"
                             r"\bklacht\b[^.]{0,40}\b(al|reeds|eerder)\b[^.]{0,30}\b(formeel|officieel)\b[^.]{0,40}"
                             r"\b(ingediend|behandeld|afgehandeld)\b|"
                             r"\b(werd|is|was|zijn|werden)\b[^.]{0,60}\b(afgesloten|afgehandeld|geseponeerd|geklasseerd)\s+"
                             r"zonder (verder |enig )?gevolg|"
                             # a complaint's handling told in the past passive with only time, adverbs or agent between
                             # ("die klacht werd in maart behandeld", "is toen afgehandeld geweest", "werd in maart al
                             # door uw directie behandeld"), and the same complaint filed again ("ik dien dezelfde
                             # klacht dus opnieuw in")
                             r"\bklacht\b[^.,;:]{0,40}?\b(werd|is|was)\s+(\w+\s+){0,8}?(behandeld|afgehandeld)\b|"
                             r"\bdezelfde klacht\b[^.]{0,30}\b(opnieuw|nogmaals|weer|andermaal|nog eens|terug)\b[^.]{0,20}"
                             r"\b(in|indienen|ingediend|in te dienen)\b|\b(opnieuw|nogmaals|andermaal|nog eens|terug)\b[^.]{0,30}"
                             r"\bdezelfde klacht\b|"
                             # the handling told in the active voice by whoever handled it, main or subordinate clause
                             # ("uw centrum heeft die klacht toen behandeld en ...", "de klacht die u in maart behandeld
                             # hebt"); the writer's own 'heb een klacht over hoe ...' is no handling, a question none
                             r"\b(?<!\bik )(?<!\bwe )(?<!\bwij )(heeft|hebben|had|hadden|hebt)\b(?!\s+(ik|we|wij)\b)[^.;:?]{0,40}"
                             r"\bklacht\b((?!\b(over|hoe|dat|omdat|waarin|want|wie|wat)\b)[^.;,:?]){0,30}?" + _HANDLED +
                             r"\b(?![^.]*\?)|\bklacht\s+(heeft|hebben|had|hadden|hebt)\s+(?!(ik|we|wij)\b)(\w+\s+){1,4}?" + _HANDLED +
                             r"\b(?![^.]*\?)|\bklacht\s+die\s+(?!(ik|we|wij)\b)(\w+\s+){1,5}?" + _HANDLED +
                             r"\s+(heeft|hebt|hebben|had|hadden)\b|"
                             # the same matter brought again as a complaint ("ik dien opnieuw een klacht in over hetzelfde
                             # probleem", "voor dezelfde feiten dien ik terug klacht in")
                             r"\b" + _AGAIN + r"\b[^.]{0,40}\bklacht\b[^.]{0,40}\b(hetzelfde|dezelfde)\b|"
                             r"\b(hetzelfde|dezelfde)\b[^.]{0,30}\b(dien|dienen)\b[^.]{0,20}\b" + _AGAIN + r"\b[^.]{0,20}\bklacht|"
                             r"\b(handled|dealt with|investigated|processed)\s+(my|our|this|that|the)\s+complaint\b(?![^.]*\byet\b)|"
                             r"\b(avez|a|ont)\s+(d[ée]j[àa]\s+)?(trait[ée]|examin[ée]|cl[ôo]tur[ée])\s+(ma|notre|cette|la)\s+plainte|"
                             r"\bplainte\b[^.]{0,30}\ba [ée]t[ée] (trait|examin|cl[ôo]tur)[ée]e|"
                             r"\b(already|previously) (been )?(formally )?(handled|dealt with|closed)\b[^.]{0,30}"
                             r"(formal|complaint)|\bcomplaint\b[^.]{0,40}\b(was|has been) (formally )?(handled|closed)",
       request_blocks=True, conditional_blocks=True),
)

URGENT = (
    _f("urgent_self_harm", r"\bliever dood|\b(er )?(beter )?niet meer (zou )?(zijn|leven)\b'?|\bzelfmoord|\bsu[iï]cid|"
                           r"\bzichzelf (pijn|iets aan)|\bsnijdt zich|\bkill (him|her)self|\bself[- ]harm", negatable=False),
    _f("urgent_violence", r"\bgeslagen|\bgeschopt|\bgeduwd|\bvastgegrepen|\bgesleurd|\bblauwe plek|\bstriemen|"
                          r"\bbij (zijn|haar) arm (ge)?(pakt|grepen)|\bbedreigd|\bmet een mes|\bmisbruik|"
                          r"\baan (haar|zijn) lichaam|\bseksue|\btegen de (muur|grond)|"
                          r"\bkick(s|ed)\b|\bbruises\b|\bbeaten\b|\bpunched\b|\bthreatened\b", idioms_masked=True),
    _f("urgent_fear", r"\b(weigert|wil|durft)\b[^.]{0,25}\bniet (meer )?naar school|\bweigert\b[^.]{0,20}\bnaar school|"
                      r"\bniet meer naar school (wil|durft)|\b(hij|ze|zij) (is |was )?(echt |heel |zo )?bang\b(?!\s+dat\b)|"
                      r"\brefuses? to go to school|\b(afraid|scared) to go (to school|outside)", negatable=False),
)


# Not knowing something about it ("ik weet niet hoe lang de procedure bij de rechtbank nog loopt") negates the knowing,
# not the fact that follows: blanked (same length, so positions hold) before the negation check.
_UNKNOWING = re.compile(r"\b(weet|weten|wist|wisten|begrijp\w*|snap\w*)\s+(\w+\s+)?(niet|nog niet)\s+(hoe|wanneer|waarom|"
                        r"hoelang|wat|tot wanneer)\b", re.I)


def find(families, sentences, *, negation, conditional) -> list[Evidence]:
    """Every family hit that survives the guards, as evidence (rule name, the sentence's matched phrase)."""
    hits = []
    for s in sentences:
        unknowing = _UNKNOWING.sub(lambda k: " " * len(k.group(0)), s)
        for fam in families:
            for m in fam.pattern.finditer(mask_idioms(s) if fam.idioms_masked else s):
                if fam.negatable and (negation(unknowing, m.start()) or negation(m.group(0), len(m.group(0)), 200)):
                    continue
                if fam.conditional_blocks and conditional(s, m.start()):
                    continue
                if fam.threat_blocks and _threatened(s, m):
                    continue
                if fam.request_blocks and _requested(s, m):
                    continue
                hits.append(Evidence(fam.name, m.group(0).strip()))
                break
    return hits


# A formal complaint said about the past ("vorig schooljaar een formele klacht ingediend", "nooit eerder een klacht
# ingediend"): history, so its negation renounces nothing about this mail.
_HISTORY = re.compile(r"\b(eerder|vroeger|vorig\w*|ooit|destijds|in het verleden|previously|before|earlier|last year)\b",
                      re.I)
# The act made contingent on something still to come: a condition after it ("..., als er niets verandert"), a
# time clause before it ("voor ik een officiële klacht indien"), or only weighed or threatened.
_CONTINGENT_AFTER = re.compile(r"^[^.;]{0,60}?\b(als|indien|zodra|tenzij|wanneer|if|unless|should|si)\s+(er|het|ik|we|wij|u|"
                               r"jullie|dit|dat|niets|niemand|hij|zij|ze|nothing|there|it|no|de situatie|de school)\b",
                               re.I)
_CONTINGENT_BEFORE = re.compile(r"\b(voor(dat)?|eer|before)\s+(ik|we|wij|i)\b|\bover(weeg|wegen|woog)\w*|\bdenk\w* "
                                r"(er ?over|eraan|na)|\bdreig\w*|\bmisschien|\beventueel|\bdesnoods|\bzo niet\b|"
                                r"\bgenoodzaakt|\bzie (ik )?(mij|me)\b|\bconsider(ing|s|ed)?\b(?!\s+(this|my))|\bmight\b|\bmay\b|\bthreaten", re.I)


# Legal steps still to come: weighed, threatened, announced ("we zullen een kort geding aanspannen", "anders volgt
# een dagvaarding", "onze advocaat is klaar om ...").
_FUTURE_STEP = re.compile(r"\b(zullen|zal|gaan|ga|anders|klaar om|bereid|overweg\w*|dreig\w*|uitsluiten|"
                          r"mogelijk|will|going to|otherwise)\b", re.I)


def _threatened(sentence: str, m: re.Match) -> bool:
    clause_before = re.split(r"[;:]|\b(maar|but|want|omdat)\b", sentence[:m.start()])[-1] or ""
    return bool(_CONTINGENT_BEFORE.search(clause_before) or _FUTURE_STEP.search(clause_before)
                or _CONTINGENT_AFTER.search(sentence[m.end():]))


# A handling asked for, not told: a present or future passive after it ("dat dit officieel behandeld wordt",
# "behandeld moet worden") or a wish that opens its clause ("ik wil/vraag dat ..."). History uses werd/is/heeft.
_STILL_TO_COME = re.compile(r"^\s*(wordt|worden|zal|zullen|zou|zouden|moet|moeten|kan|kunnen|mag|is\s+te|te)\b", re.I)
_WISH_THAT = re.compile(r"\b(wil|willen|wens|wensen|vraag|vragen|verzoek|eis|eisen|hoop|hopen|graag|want|ask)\b[^.;]{0,40}"
                        r"\b(dat|that)\b[^.;]*$", re.I)


def _requested(sentence: str, m: re.Match) -> bool:
    return bool(_STILL_TO_COME.search(sentence[m.end():]) or _WISH_THAT.search(sentence[:m.start()]))


# Asking how or whether to file it ("ik wil weten hoe ik een formele klacht indien", "is het mogelijk om ..."), or the
# consequence after a condition ("Zo niet, dan dien ik een officiële klacht in"): no complaint made in this mail.
_ASKING = re.compile(r"^\s*(dan|hoe|waar)\b|\b(hoe|waar) (ik|we|wij|je|men)\b|\bof (ik|we|wij)\b|\bmogelijk om\b|"
                     r"\b(kan|mag) (ik|we|wij)\b|\bhow (do|can|to)\b|\bwhether\b", re.I)
# A formal complaint the writer hopes to avoid ("ik hoop dat een formele klacht niet nodig is", "om een officiële klacht
# te vermijden"): weighed, not made.
_NOT_NEEDED = re.compile(r"^[^.;,]{0,25}\b(niet nodig|overbodig|(te )?vermijden|(te )?voorkomen|not (be )?necessary)\b", re.I)
# "zonder er een formele klacht van te maken", "ik zie af van een formele klacht": the writer keeps it informal.
_WITHOUT = re.compile(r"\b(zonder|without|sans)\b[^,;:.]{0,25}$|\baf\s+van\s+(een|de|het)?\s*$", re.I)


def formal_complaint(sentences, *, negation, conditional) -> list[Evidence]:
    """Does the writer make this mail a formal complaint? Each mention is read for who, tense and scope:
    a mention made contingent (a condition, 'before I ...', a threat) does not count; a negated mention about
    the present ('dit is geen nieuwe formele klacht', 'not filing a formal complaint at this stage') renounces
    formality for the whole mail, even when an earlier formal complaint is mentioned too; a negated one about
    the past ('nooit eerder een klacht ingediend') says nothing either way."""
    hits, renounced = [], False
    for s in sentences:
        for fam in FORMAL:
            for m in fam.pattern.finditer(s):
                if negation(s, m.start()) or negation(m.group(0), len(m.group(0)), 200) \
                        or _WITHOUT.search(s[max(0, m.start() - 30):m.start()]):
                    renounced = renounced or not _HISTORY.search(s)
                    continue
                clause_before = re.split(r"[,;:]|\b(maar|but|want|omdat)\b", s[:m.start()])[-1] or ""
                if conditional(s, m.start()) or _CONTINGENT_BEFORE.search(clause_before) \
                        or _CONTINGENT_AFTER.search(s[m.end():]) or _NOT_NEEDED.search(s[m.end():]) \
                        or _ASKING.search(clause_before):
                    continue
                hits.append(Evidence(fam.name, m.group(0).strip()))
                break
    return [] if renounced else hits


def informal_step(sentences, negation=None) -> list[Evidence]:
    """The writer already took it up with the people involved: contact.py's clause model first, then the
    whole-sentence shapes of exchange.py (a correspondence, a contrast, the reader's or staff's earlier answer).
    `negation` is ignored (the model has its own clause-level guards); the unit tests still pass it."""
    sentences = _rejoin_wrapped(list(sentences))
    return contact.informal_step(sentences) or \
        exchange.informal_step(sentences, not_yet=contact.not_yet_raised(sentences))


def _rejoin_wrapped(sentences: list[str]) -> list[str]:
    """A hard-wrapped line cut before a capital ('... heb ik uw coördinator, mevrouw Greet' / 'Verlinden, aan de
    telefoon gehad.') leaves a piece that ends in a word: read it with the next, for an act is one clause."""
    out: list[str] = []
    for s in sentences:
        if out and re.search(r"\w$", out[-1]) and len(out[-1].split()) >= 5 and s[:1].isupper():
            out[-1] = out[-1] + " " + s
        else:
            out.append(s)
    return out
