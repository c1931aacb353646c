"""The safety lexicon: what was done to a child (or what the child fears or does to itself), as verb families.

Each family is a set of stems with their inflections and separable forms ("slaan, slaat, sloeg, geslagen",
"pakte hem bij zijn nek", "schold haar uit"), Dutch first and some English. Who did it does not matter: a
classmate, another parent and a member of staff count alike. A hit counts only when no negation stands just
before it in its clause ("hij is niet geslagen"). Families marked `danger` make a mail urgent in every
procedure (TRIAGE.md: violence, abuse, self-harm, refusing school out of fear); the others (bullying,
discrimination, verbal aggression) are safety complaints but not by themselves a child in danger.

A procedure uses the lexicon as a category pattern "@safety" (see procedure.py), so it stays data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Evidence

_OBJ = r"(hem|haar|hen|mij|me|ons|ze|zijn|mijn|onze|het kind|\w+(zoon|dochter))"
_BODY = r"(nek|arm|armen|pols|keel|kraag|haar|haren|hoofd|oor|oren|schouder|schouders|been|benen|capuchon|jas|trui|t-shirt)"


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern
    danger: bool


def _f(name: str, regex: str, danger: bool = True) -> Family:
    return Family(name, re.compile(regex, re.I), danger)


FAMILIES = (
    _f("physical",
       # slaan / schoppen / duwen / knijpen / bijten / krabben / spugen in their common forms
       r"\bge(slagen|schopt|duwd|knepen|beten|krabd|spuugd|spuwd|trapt|stompt|meppt|mept|sleurd|rammeld|wurgd|smeten)\b|"
       r"\b(sloeg|sloegen|schopte|schopten|duwde|duwden|kneep|knepen|beet|beten|krabde|spuugde|spuwde|trapte|"
       r"stompte|mepte|sleurde|wurgde|smeet)\s+(\w+\s+){0,3}?" + _OBJ + r"\b|"
       r"\b(slaan|slaat|schoppen|schopt|duwen|duwt|knijpen|knijpt|bijten|bijt|krabben|spugen|spuugt|spuwen|"
       r"trappen|trapt|stompen|stompt|meppen|sleuren|wurgen)\b(?!\s+(op|nergens|over|aan het|toe|af)\b)(?!\s*je\b)|"
       r"\b(getrokken|trokken|trok|trekken|trekt|rukken|rukte)\b[^.]{0,25}\baan\s+(zijn|haar|z'n|zn)\b|"
       r"\baan\s+(zijn|haar|z'n|zn)\s+" + _BODY + r"\s+(ge)?(trokken|trekken|trok|trekt|gerukt|rukken)\b|"
       r"\bvast(ge)?(pakt|grepen|greep|grijpt|pakte|gehouden|gebonden|gezet)\b|\bvast(pakken|grijpen)\b|"
       r"\bbij\s+(zijn|haar|z'n|zn|de)\s+" + _BODY + r"\s+(ge)?(pakt|pakte|grepen|greep|gegrepen|getrokken|gesleurd)|"
       r"\b(pakte|greep|pakten)\s+(hem|haar|\w+)\s+bij\s+(zijn|haar|z'n|zn|de)\s+" + _BODY + r"|"
       r"\bpijn\s+(ge)?daan\b|\bpijn\s+doen\b|\bdoet\s+(hem|haar)\s+pijn\b|\b(blauwe|rode)\s+plek|\bstriemen\b|"
       r"\bverwond|\bgewond\b|\bletsel\b|\bbloedneus|\bbloedde\b|\bhardhandig|\btegen de (muur|grond|kast|deur)\b|"
       r"\bopgesloten\b|\bingesloten\b|\bgeweld\b|\bagressie|\bagressief|"
       r"\b(kick(s|ed|ing)?|punch(es|ed)?|slapped|shoved|pushed|grabbed|beaten|bruis(e|es|ed)|injured|"
       r"hit (him|her|my))\b|\bhurt (him|her)\b"),
    _f("threat",
       r"\bbedreig|\bdreig(de|den|t|en)\b|\bintimid|\bopgewacht|\bopwachten|\bwacht(en|te|ten)?\b[^.]{0,50}\b(hem|haar|zoon|dochter|kind)\b[^.]{0,30}\bop\s+(bij|na|buiten|aan|voor|"
       r"achter|aan)\b|\bwat\s+(\w+\s+)?(zou|zal|gaat|ging)\s+(\w+\s+)?meemaken|\b(ik|we|wij) (maak|maken) je af\b|"
       r"\b(met|een) (mes|wapen)\b|\bte grazen\b|\bthreat(en|ened|ens|s)?\b|\bharass"),
    _f("sexual",
       r"\baanrand|\bbetast|\bbetastte|\bongewenst\w*\s+(aan(ge)?ra\w*|gedrag|intimiteit|berichten|foto)|\bseksue|\bsexual|"
       r"\bmisbruik|\b(haar|hem)\b[^.]{0,40}\baangeraakt\b|\baangeraakt op\b|\baan\s+(haar|zijn|z'n)\s+(\w+\s+){0,2}"
       r"(gezeten|gezet|zitten|zat|zaten|gevoeld|voelen|gefriemeld)\b|\bborsten\b|\bkruis\b[^.]{0,20}\b(gegrepen|gepakt|"
       r"aangeraakt)|\b(ge)?film(d|de|den|en)\b[^.]{0,40}\b(kleedkamer|douche|wc)\b|\bkleedkamer\b[^.]{0,40}\b(ge)?film|"
       r"\bnaaktfoto|\bblote foto|\btouched (him|her|my)|\bgroped|"
       # grooming: an adult asks a child for pictures of its body, or to keep their contact secret
       r"\bfoto'?s?\b[^.]{0,40}\b(in (haar|zijn|z'n) (pyjama|ondergoed|bikini|badpak|zwembroek|bed)|bloot|naakt|zonder kleren)|"
       r"\b(ons|een) geheim(pje)?\b[^.]{0,30}\b(houden|blijven|bewaren)|\bgeheim(pje)? (moest|moet|moeten|te) (houden|blijven)|"
       r"\b(our|a) (little )?secret\b|\bgrooming|\bsexting"),
    _f("bullying",
       r"\bgepest|\bpest(en|t|te|ten|erij|erijen|gedrag|kop)?\b|\bcyberpest|\bbuiten(ge)?sloten|\bbuitensluiten|"
       r"\bsluiten\s+(hem|haar)\s+buiten|\buitgelachen|\buitlachen|\blach(en|ten)\s+(hem|haar)\s+uit\b|\bgetreiterd|"
       r"\btreiter|\bbull(y|ied|ies|ying)\b", danger=False),
    _f("verbal",
       r"\buit(ge)?scholden|\buitschelden|\bscheld(en|t|woord|woorden|partij)\b|\bschold(en)?\b|\bkrengen\b|"
       r"\bvernederd|\bvernedert|\bvernederen|\bgekleineerd|\bkleineert|\bcalled (him|her) names|"
       # name-calling: "uitgemaakt voor leugenaar", "noemen haar sindsdien 'de terrorist'", "werd 'dikke' genoemd"
       r"\buit(ge)?maakt voor\b|\bmaakt?(en|e|ten)? (hem|haar) uit voor\b|\b(noem(en|t|de|den))\s+(hem|haar)\s+"
       r"(\w+\s+){0,2}?[\"“„'‘]|[\"”'’]\s*(ge)?noemd\b", danger=False),
    _f("discrimination",
       r"\bracis|\bdiscrimin|\bvanwege (haar|zijn|z'n) (hoofddoek|huidskleur|afkomst|geloof|religie|kleur|accent)|"
       r"\b(hoofddoek|huidskleur|afkomst)\b[^.]{0,40}\b(uitgelachen|gepest|opmerking|afgetrokken|geweigerd|genoemd)|"
       r"\baap genoemd|\bterugkeren naar (je|jouw|zijn|haar) (eigen )?land|\bn-woord|"
       # the child's group, not the child, as the target: a remark about a religion or origin ("gezegd dat moslims
       # zich maar moeten aanpassen"), "jullie soort (mensen)", or a slight put down to origin or faith
       r"\b(jullie|jouw|jou) soort( mensen)?\b(?! (werk|oefening|opdracht|vraag|vragen|fout))|\bmensen (zoals|als) "
       r"(jullie|jij|jou)\b|\b(ge)?(zegd|zei|zeiden|zegt|riep|riepen|roept|opmerking\w*|grap\w*)\b[^.]{0,40}\b("
       r"moslims?|islamieten|joden|buitenlanders?|allochton\w*|vluchtelingen|zwarten|negers?|marokkan\w*|turken)\b|"
       r"\b(door|om|wegens|because of) (haar|zijn|z'n|hun|her|his) (afkomst|huidskleur|geloof|religie|"
       r"hoofddoek|origin|religion|skin colou?r)\b", danger=False),
    _f("fear",
       r"\b(durft|durfde|wil|wilde|weigert|weigerde)\b[^.]{0,30}\bniet (meer )?(met de (bus|fiets|auto|trein|tram) |alleen )?naar (school|de klas|de les|les|de lessen|de sessies?|de gym\w*|gym\w*|binnen|buiten|de speelplaats|het plein)\b|"
       r"\bweiger(t|de|den)\b[^.]{0,35}\bnaar school|\bniet meer naar school (te )?(wil|durft|gaan)|"
       r"\b(is|was|wordt|werd|zijn|waren)\s+(\w+\s+){0,2}?(echt |heel |zo |erg |doods)?bang\b(?!\s+dat)|"
       r"\bbang (voor|om)\b|\bangst(ig|ige)?\b|\bpaniek|\bonveilig|\b(voelt|voelde|voel) (zich |hij zich |ze zich )?"
       r"niet (meer )?veilig|\bniet (meer )?veilig\b|"
       r"\brefus(e|es|ed|ing) to go (back )?to school|\b(afraid|scared) (to|of)\b|\bunsafe\b|\bnot (feel )?safe\b|"
       r"\brefuse\w* d'aller à l'école|\bpeur d'aller"),
    _f("self_harm",
       r"\bliever dood|\b(er )?(beter )?niet meer (zou |wil |willen )?(zijn|leven)\b|\bzelfmoord|\bsu[iï]cid|"
       r"\bzichzelf (pijn|iets aan|te lijf|snijdt|gesneden)|\bsnijdt zich|\bzich (heeft )?(ge)?snijd|\bzelfbeschadig|"
       r"\bkill (him|her)self|\bself[- ]harm|\bhurt(s|ing)? (him|her)self|"
       r"\b(doesn't|does not|don't|didn't|did not) want to (be alive|live)\b|\bwants? to die\b|"
       r"\bne veut plus vivre|\bveut mourir|\bwil(de)? (dood|doodgaan|sterven)\b|\b(dood|sterven|doodgaan) (wil|wilde)\b"),
)
# Idioms built on the same verbs that are no harm at all.
_IDIOMS = re.compile(r"\bduwtje in de rug|\bover de streep (ge)?trokken|\bslaat (nergens )?op\b|\b(slaat|sloeg|slaan)\s+(\w+\s+){0,3}?(nergens|niets|niks|kant noch wal)\s+(\w+\s+)?op\b|\b(over)?geslagen "
                     r"(les|beurt|stap)|\bde klok|"
                     # "dreigt haar leersteun te verliezen", "dreigt te blijven zitten": at risk of, nobody threatening
                     # anyone; a threat names whom it is aimed at ("dreigde hem te slaan", "dreigt met") or a harm
                     r"\bdreig(t|en|de|den)\b(?!\s+(hem|haar|hen|ze|zij|mij|me|ons|jou|je|u|met|ermee|dat)\b)(\s+[^\s.,;]+)"
                     r"{0,8}?\s+te\s+(?!(slaan|schoppen|pakken|steken|vermoorden|doden|afmaken|wachten|grijpen|duwen|bijten|"
                     r"opsluiten|snijden|mishandelen|verkrachten|achtervolgen)\b)\w+|\bthreatens? to (lose|fail|fall|drop|"
                     r"stop|end|miss)\b|"
                     r"\bbang dat\b(?=[^.]{0,20}\b(ik|we|wij)\b)|\b(ik|we|wij) (ben|zijn) (\w+ )?bang\b|\bbeet(je|jes)\b|"
                     r"\bgeen geweld\b", re.I)


# Fixed expressions built on "slaan" that hit nobody: "in paniek geslagen", "sloeg alarm", "op hol/de vlucht
# geslagen", "aan het huilen geslagen". Only the verb is masked, so the panic
# itself is still read (as a moment's distress or as lasting fear) by the fear family.
_SLAAN_SET = r"(in (\w+ )?paniek|alarm|op hol|op de vlucht|aan het (huilen|twijfelen|roepen|gillen|schreeuwen|lachen|piekeren))"
_SLAAN_IDIOMS = re.compile(r"\b" + _SLAAN_SET + r"\s+(ge)?sl(aan|aat|oeg|oegen|agen)\b|"
                           r"\b(sl(aan|aat|oeg|oegen)|geslagen)\s+((?!(hem|haar|hen|mij|me|ons|ze|jou|je|mijn|zijn|onze)\b)"
                           r"\w+\s+)?" + _SLAAN_SET, re.I)
_SLAAN_VERB = re.compile(r"\b(ge)?sl(aan|aat|oeg|oegen|agen)\b", re.I)


def mask_idioms(sentence: str) -> str:
    blank = lambda m: " " * len(m.group(0))  # noqa: E731 - keeps offsets, so phrases are cut from the original
    masked = _IDIOMS.sub(blank, sentence)
    return _SLAAN_IDIOMS.sub(lambda m: _SLAAN_VERB.sub(blank, m.group(0)), masked)


# Negation counts in the clause of the hit only: "ze mocht niet naar buiten en werd geslagen" is a hit.
_NEG = re.compile(r"\b(geen|niet|nooit|niemand|no|not|never|nobody|n't)\b", re.I)
_CLAUSE = re.compile(r"[,;:()\"]|\b(maar|want|en|omdat|dat|terwijl|toen|nadat|waarna|zodat|but|and|because|that)\b", re.I)


def negated(sentence: str, start: int) -> bool:
    before = _CLAUSE.split(sentence[max(0, start - 30):start])[-1] or ""
    return bool(_NEG.search(before))


# Fear as a reaction in one moment ("ze was in paniek tijdens het examen") is distress, not a child in danger; fear
# as a state that lasts ("is bang", "paniekaanvallen", "elke ochtend") or that keeps the child from school is.
_REACTION = re.compile(r"^((was|werd|waren|werden)\s+(\w+\s+){0,2})?(in )?(echt |heel |zo |erg |doods)?(paniek|angst|bang)$", re.I)
_ONE_OFF_PAST = re.compile(r"\b(was|werd|raakte|schoot|waren|werden|kreeg|kregen)\b", re.I)
_LASTING = re.compile(r"\b(is|zijn|wordt|worden|blijft|heeft (nu )?(\w+ )?(angst|schrik)|krijgt|elke|iedere|altijd|steeds|telkens|"
                      r"sindsdien|sinds|vaak|nog|weer|opnieuw|aanvallen|nachtmerries)\b|aanval", re.I)


# Fear set off by a change of routine ("raakt in paniek als het niet doorgaat", "gets anxious when the session is
# cancelled") is the child's distress at the disruption, not fear of school or of people.
_ROUTINE_TRIGGER = re.compile(r"\b(als|wanneer|telkens als|zodra|when|whenever|if)\b[^.;]{0,50}\b(niet door(gaat|gaan)|"
                              r"afgezegd|afgelast|wegvalt|uitvalt|verandert|veranderd|verplaatst|anders (loopt|gaat)|"
                              r"cancel+ed|changes?|changed|moved|doesn't happen|does not happen)\b", re.I)


# Panic is a state of the moment ("raakt in paniek", "is in paniek buitengegaan"); it tells of a child in danger
# only when it recurs ("elke ochtend in paniek", "paniekaanvallen") or keeps the child from school.
_RECURS = re.compile(r"\b(elke|iedere|altijd|steeds|telkens|sindsdien|sinds|vaak|every|always)\b|nachtmerrie|aanval", re.I)
_FROM_SCHOOL = re.compile(r"\b(weiger\w*|durf\w*|refus\w*)\b[^.]{0,40}\b(school|klas|les)\b", re.I)


def _one_off_reaction(sentence: str, phrase: str) -> bool:
    if _REACTION.match(phrase.strip()) or re.fullmatch(r"paniek\w*|angstig\w*|anxious|panic\w*", phrase.strip(), re.I):
        after = sentence[sentence.find(phrase) + len(phrase):]
        if not after.startswith("aanval") and _ROUTINE_TRIGGER.search(after[:60]):
            return True
    if re.fullmatch(r"paniek|panic", phrase.strip(), re.I):
        return not (_RECURS.search(sentence) or _FROM_SCHOOL.search(sentence))
    return bool(_REACTION.match(phrase.strip()) and _ONE_OFF_PAST.search(sentence) and not _LASTING.search(sentence))


def safety_evidence(sentences) -> list[Evidence]:
    """Every family hit in the sentences that is not negated, as evidence 'safety:<family>'
    ('safety:distress' for fear that was a reaction in one past moment)."""
    hits = []
    for s in sentences:
        masked = mask_idioms(s)
        for fam in FAMILIES:
            found = []
            for m in fam.pattern.finditer(masked):
                if negated(masked, m.start()):
                    continue
                phrase = s[m.start():m.end()].strip()
                name = "distress" if fam.name == "fear" and _one_off_reaction(s, phrase) else fam.name
                found.append(Evidence(f"safety:{name}", phrase))
                if name != "distress":
                    break
            if found:
                hits.append(found[-1])
    return hits


class Lexicon:
    """A category pattern made of the lexicon: `search(text)` answers like re.search, line by line."""
    def __init__(self, danger_only: bool = False):
        self.pattern = "@safety"
        self.danger_only = danger_only

    def search(self, text: str):
        hits = safety_evidence(text.split("\n"))
        hits = in_danger(hits) if self.danger_only else hits
        return _Hit(hits[0].phrase) if hits else None


@dataclass(frozen=True)
class _Hit:
    phrase: str

    def group(self, _: int = 0) -> str:
        return self.phrase


LEXICONS = {"@safety": lambda: Lexicon(), "@danger": lambda: Lexicon(danger_only=True)}


def in_danger(evidence: list[Evidence]) -> list[Evidence]:
    dangerous = {f"safety:{f.name}" for f in FAMILIES if f.danger}
    return [e for e in evidence if e.rule in dangerous]
