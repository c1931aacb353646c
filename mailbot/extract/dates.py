"""The latest incident date: absolute, relative to the mail's Date:, or the mail's date when ongoing.

datephrases.py finds and resolves the dates in each sentence; this module decides which of them
date the incident. Sentences about the complaint process itself (the parent's calls, a summons,
an earlier formal complaint) give dates only when no other date exists.
"""
from __future__ import annotations

import re
from datetime import date

from ..model import Evidence
from .datephrases import day_dates, header_date, later_dates, month_dates
from .ongoing import HABIT, ongoing
from .process import is_process

__all__ = ["header_date", "latest_incident"]

_SINCE_THEN = re.compile(r"\bsindsdien\b|\bsinds (toen|die dag)\b|\bsince then\b|\bdepuis\b", re.I)
_STILL = re.compile(r"\bnog (steeds|altijd)\b|\bstill\b|\btoujours\b|\bal (weken|maanden)\b", re.I)
# The writer's own state ("ik schrijf dit al maanden in mijn hoofd") is not the facts going on.
_WRITER = re.compile(r"\b(ik|i)\s+(schrijf|denk|twijfel|pieker|draag|loop|write|think)\b|"
                     # a suspected pattern, framed as the writer's view ("volgens mij niet de eerste keer")
                     r"\bvolgens (mij|ons)\b|\b(ik|wij|we) (vermoed|vermoeden|heb het gevoel|hebben het gevoel)\b|"
                     # the writer's opinion or feelings going on ("ik ben het er nog altijd niet mee eens")
                     r"\b(ik|wij|we)\s+(ben|zijn)\b[^.]{0,30}\b(eens|oneens|boos|kwaad|teleurgesteld)\b|"
                     r"\b(blijft|zit)\s+(me|mij|ons)\b|"
                     # the writer's own nights and worries since the incident
                     r"\b(ik|wij|we)\s+(heb|hebben|lig|liggen|slaap|slapen)\b[^.]{0,30}\b(geslapen|wakker|gepiekerd|"
                     r"gehuild|slapeloze)\b|"
                     # the writer's not knowing, going on after a one-off event ("we still have no idea how he is doing")
                     r"\b(ik|wij|we|i)\b[^.]{0,20}\b(geen (flauw )?idee|no idea)\b|"
                     # the child's background, not the facts complained about ("she is still learning Dutch")
                     r"\b(still|nog (steeds|altijd))\s+(aan het )?(learning|leert|leren|new to|nieuw in)\b|"
                     # ... or how well the child speaks the language ("his Dutch is still very basic")
                     r"\b(dutch|nederlands|english|engels|french|frans|taal|language)\s+(is|was)\s+(still|nog (steeds|altijd))\b|"
                     # what the complaint is about, still ("het gaat nog steeds over hetzelfde feit", "mijn klacht betreft
                     # nog altijd ...", "it is still about"): the topic stays, the facts need not go on
                     r"\b(gaat|ging|gaan|betreft|betrof|handelt|draait|is|it's)\s+(het\s+|hij\s+|ze\s+)?(nog (steeds|altijd)|still)\s+"
                     r"(over|om|about|to do with)\b|\b(nog (steeds|altijd)|still)\s+(over|om|about)\s+(hetzelfde|dezelfde|the same)\b|"
                     r"\b(nog (steeds|altijd)|still)\s+(hetzelfde|dezelfde|the same)\s+(feit|zaak|voorval|incident|klacht|matter)\b",
                     re.I)
# "dat loopt goed, daar wil ik niet over klagen": what the writer says is fine is not the facts complained about.
_NOT_COMPLAINED = re.compile(r"\b(niet|geen)\b[^.]{0,25}\b(klagen|geklaagd|klacht|complain)|\bklaag\b[^.]{0,10}\bniet\b|"
                             r"\b(loopt|liep|gaat|ging|verloopt|verliep)\s+(het\s+|alles\s+|het allemaal\s+)?((nu|wel|verder|intussen|inmiddels|ondertussen|sindsdien|"
                             r"sinds toen|nadien|daarna|weer|opnieuw|echt|heel|erg|zeer|best|al|gelukkig|stilaan|langzaam|beetje|een|"
                             r"stukje|iets|veel|al wat|alweer|terug)\s+){0,3}(goed|prima|beter|"
                             r"vlot|uitstekend)\b|\bno complaints?\b|\b(is|was) (wel )?(opgelost|in orde)\b|"
                             # a clause the writer sets aside after telling it ("Sinds september mag ze de software weer
                             # gebruiken, daar gaat het dus niet meer om"); at a sentence's start it points further back
                             r"[,;:\u2013-]\s*(maar\s+)?(daar|dat|hier|dit)\s+(gaat|ging|draait)\s+het\s+(\w+\s+){0,2}?"
                             r"(niet|geen)\s+(meer\s+)?(om|over)\b|[,;:]\s*(but\s+)?(that|this)('s| is| was) (no longer |not )"
                             r"(the (issue|point|problem)|what (this|my complaint) is about)\b|"
                             r"[,;:]\s*(maar\s+)?(dat|dit)\s+is\s+(nu\s+|dus\s+|ook\s+)?(niet meer|geen|niet)\s+(het\s+|de\s+)?"
                             r"(probleem|punt|kwestie|issue)\b|[,;:]\s*(maar\s+)?(dat|dit)\s+is\s+(het|de)\s+(probleem|punt|kwestie)\s+"
                             r"(\w+\s+)?niet\b", re.I)
# "Er is sindsdien niets veranderd": the outcome of the parent's steps, not the facts going on.
_NO_RESULT = re.compile(r"\b(niets|niks|nothing)\b[^.]{0,20}\b(veranderd|gebeurd|gehoord|changed|happened)\b|"
                        r"\bgeen (reactie|antwoord|verandering)\b|\b(niet|nooit|not|never)\s+(beantwoord|answered)\b|\bno (answer|reply)\b", re.I)
# A disclosure ("vertelde ons gisteravond dat ...", "kwam het eruit"): the day of telling is no incident;
# what follows its "dat" is what happened.
_TO_CHILD = re.compile(r"\b(tegen|to)\s+(hem|haar|him|her|de klas|de kinderen|iedereen|the class)\b|"
                       r"\b(zei|vertelde|told)\s+((de|het)\s+\w+\s+)?(hem|haar|him|her)\b", re.I)
_DISCLOSURE = re.compile(r"\b(vertelde|vertelden|vertelt|verteld|zei|zegt|biechtte|told)\b[^.]{0,40}?(\b(dat|that|maar|but)\b|,)", re.I)
# The child's reaction to an event (slept badly, told us last night, stays home today, doubts since then) is an
# after-effect: it dates the incident only when nothing else does, and its "sindsdien" is no ongoing situation.
_AFTERMATH = re.compile(r"\b(sliep|slaapt|slapen)\b[^.]{0,25}\b(slecht|niet)\b|\bnachtmerries?\b|"
                        r"\b(ons|mij|me)\b[^.]{0,30}\bverteld\b|\bvertelde (het )?(ons|mij|me)\b|"
                        # the day the writer learnt of it is no incident: the child telling, or the parents finding out
                        r"\b(vertel(de|t)|zei|zegt)\s+(hij|ze|zij)\s+(het\s+)?(pas\s+|eindelijk\s+)?(aan\s+|tegen\s+)?(ons|mij|me)\b|"
                        # (hearing it FROM staff, "hoorde ik van meester Rik dat het niet lukt", is their act: not here)
                        r"\b(told|tells|informed)\s+(us|me)\b|\b(we|i)\s+(only\s+)?(found out|heard about it)\b|"

                        r"\b(twijfelt|twijfelde|weigert|weigerde|durft|durfde|schaamt|huilt|huilde)\b|"
                        r"\bwil(de)?\b[^.]{0,30}\bniet\b[^.]{0,25}\b(naar|meer|dat)\b|\bgaat\b[^.]{0,25}\bniet naar school|"
                        r"\b(is|was|zijn|waren)\b ((hij|ze|zij|he|she) )?(nog )?(erg |heel |echt |zo |helemaal )?(bang|overstuur|van streek|kapot|"
                        r"aangeslagen)\b|"
                        # the child's mood since then ("Amal is sindsdien stil", "hij is erg teruggetrokken geworden");
                        # "het is er stil" / "er is sindsdien niets" say nothing happens, not how the child is
                        r"(?<!\bhet )(?<!\ber )\b(is|was|zijn|waren|wordt|werd|blijft|bleef)\b\s+((hij|ze|zij|sindsdien|nog|erg|heel|"
                        r"echt|zo|veel|helemaal|wat|nogal|nadien|daarna|since then)\s+){0,3}(stil|stiller|stilletjes|teruggetrokken|"
                        r"angstig|verdrietig|onzeker|nerveus|gespannen|prikkelbaar|in zichzelf gekeerd|quiet|withdrawn|"
                        r"anxious|upset)\b|"
                        # the news spreading after the act ("de volgende dag wist de halve klas het", "het ging rond")
                        r"\b(wist|wisten|weet|weten|knew)\s+(het\s+)?(de halve|de hele|heel de|half the|the whole|iedereen|"
                        r"everyone|everybody)\b|\b(ging|gaat|went)\s+(het|dat|it)\s+(al\s+)?(rond|round|around)\b|\brondgegaan\b|"
                        # marks on the body that outlast a one-off event ("het litteken is nog steeds zichtbaar")
                        r"\b(litteken|blauwe plekk?en?|bult|buil|schram|schrammen|hechtingen|gips|scar|bruises?|stitches)\b|"
                        r"\b(heeft|had|has)\b[^.]{0,20}\b(nog (steeds |altijd )?)?(pijn|hoofdpijn|last van)\b|\bafraid\b|\bscared\b|\bcries\b|\bcried\b|\bmet tegenzin\b", re.I)
# The writer finding out, in any word order and tense ("Ik heb dat pas ontdekt op het oudercontact van 15 oktober",
# "we zijn het toevallig te weten gekomen", "I only discovered it on"): an after-effect that even a fact dated by its
# month alone outranks.
_FOUND_OUT = re.compile(r"\b(hoorden|hoorde|vernamen|vernam|ontdekten|ontdekte)\s+(we|wij|ik)\s+(het\s+|er\s+|dit\s+)?pas\b|"
                        r"\b(kwamen|kwam)\s+(we|wij|ik)\b[^.]{0,20}\b(achter|te weten)\b|\bter ore\b|"
                        r"\b(ik|wij|we)\s+(kwamen|kwam|zijn|ben)\b[^.]{0,30}\b(achter|te weten)\b|"
                        r"\b(ik|wij|we|i)\b[^.]{0,30}\b(ontdekt|ontdekte|ontdekten|vernomen|vernam|vernamen|te weten gekomen|"
                        r"achter gekomen|discovered|learned|learnt)\b|\b(ontdekte|ontdekten|vernam|vernamen)\s+(ik|we|wij)\b",
                        re.I)
# What was done to the child keeps a sentence an incident even when it also tells the reaction.
_INCIDENT = re.compile(r"\b(ge(slagen|schopt|duwd|pest|knepen|beten|trokken|scholden)|vastgegrepen|uitgescholden|"
                       r"bedreigd|opgewacht|kicked|hit|pushed|bullied|beaten)\b|"
                       # staff or an institution refusing is the act complained about, not the child's reaction
                       r"\b(clb|school|directeur|directie|leerkracht\w*|juf|meester|leraar|mentor|leerondersteuner\w*|"
                       r"begeleid(st)?er|centrum|co[oö]rdinator|zorgjuf|titularis|teacher|principal)\s+(\w+\s+)?"
                       r"(weigert|weigerde|weigerden|refuses|refused)\b|"
                       # ... in either word order ("tot nu toe weigert de school ...", "weigerde het CLB")
                       r"\b(weigert|weigerde|weigeren|weigerden)\s+(de|het|onze|uw|jullie|die|zijn|haar)\s+(clb|school|"
                       r"directeur|directie|leerkracht\w*|juf|meester|leraar|mentor|leerondersteuner\w*|begeleid(st)?er|"
                       r"centrum|co[oö]rdinator|zorgjuf|titularis|zorgco[oö]rdinator|clb-medewerker)\b", re.I)
# "Op 1 december liet u weten dat ... voortaan": a dated decision whose effects last is dated by the decision.
_DECISION = re.compile(r"\bvoortaan\b|\bvanaf nu\b|\bfrom now on\b|\bbeslist\b|\bbesloten\b|\bdecided\b|"
                       r"\bliet\b[^.]{0,40}\bweten\b|\bmeegedeeld\b|\baangekondigd\b|"
                       # a decision announced in a dated letter ("in uw brief van 13 maart lees ik dat ... voortaan")
                       r"\b(uw|jullie|de|hun|een)\s+(brief|mail|e-mail|bericht|schrijven)\s+(van|d\.?d\.?)\s", re.I)
# The way out of the situation is no fact complained about: the child changed school or got another supporter
# ("Na de kerstvakantie is Wannes van school veranderd", "kreeg Axelle een andere begeleider") - unless the new
# one fails too ("kreeg een nieuwe begeleidster, maar ook die kwam niet").
_REMEDY = re.compile(r"\b(van school|naar een andere school)\s+(\w+\s+)?(veranderd|veranderde|veranderden|gewisseld|"
                     r"gegaan|gestapt|overgestapt|verhuisd)\b|\bvan school (veranderen|wisselen)\b|\bchanged schools?\b|"
                     r"\b(kreeg|kregen|krijgt|heeft|hebben|got|gets)\b[^.]{0,30}\b(een|a)\s+(andere|nieuwe|new|different)\s+"
                     r"(begeleider|begeleidster|leerondersteuner|ondersteuner|juf|meester|leerkracht|school|support worker|"
                     r"teacher)\b|"
                     # ... told as who supports the child from now on ("dat Robin voortaan begeleid wordt door meneer X",
                     # "sinds januari wordt ze geholpen door een andere juf")
                     r"\b(voortaan|vanaf nu|sindsdien|nu|from now on)\b[^.]{0,40}\b(begeleid|geholpen|ondersteund|"
                     r"opgevolgd|supported)\s+(wordt|worden|werd|is)?\s*(door|by)\b|\b(wordt|worden|werd)\s+(\w+\s+){0,2}?"
                     r"(voortaan|vanaf nu|sindsdien|nu)\s+(begeleid|geholpen|ondersteund|opgevolgd)\s+door\b|"
                     r"\b(begeleid|geholpen|ondersteund|opgevolgd|supported)\s+(wordt\s+|worden\s+|werd\s+|is\s+)?(door|by)\s+"
                     r"(een\s+|a\s+)?(andere|nieuwe|other|new|different)\b", re.I)
# ... and a new one the writer goes on to describe ("een nieuwe juf die hem uitlacht", "zonder overleg") is the fact.
_REMEDY_FAILS = re.compile(r"\b(maar|ook|niet|geen|nooit|weer|opnieuw|die|dat|zonder|pas|but|not|again|who|that|without)\b",
                           re.I)
# The complaint's time limit and the writing itself: "een klacht moet binnen de zes maanden worden ingediend. Dat is
# vandaag nog net het geval" - that "vandaag" is the day of writing. A short follow-up pointing back to the limit
# ("dat", "dit", "het") is about the writing too.
_TIME_LIMIT = re.compile(r"\bbinnen (de |een termijn van )?(zes|6) maanden\b|\b(klacht|complaint)\w*\b[^.]{0,40}\b(termijn|"
                         r"deadline|verjaard|time limit)\b|\bwithin six months\b|"
                         # "dus nog (net) op tijd": the writer's own timing; a bus or a teacher "te laat" is a fact
                         r"\b(dus|nog)\s+(net\s+)?(op tijd|in time)\b|"
                         # the time gone by measured on the day of writing ("Ik besef dat het vandaag precies zes maanden
                         # geleden is", "vandaag is het bijna een half jaar geleden", "it has been six months today")
                         r"\b(vandaag|nu|intussen|inmiddels|ondertussen|today|now)\b[^.]{0,30}\b(\w+|een half|half a)\s+"
                         r"(maanden|maand|jaar|months?|year)\s+(geleden|ago|since)\b|\b(it has been|it's been|het is)\s+"
                         r"(\w+\s+){0,2}(maanden|months|jaar|year)\b[^.]{0,15}\b(vandaag|today)\b|\b(maanden|maand|months?|jaar|year)\s+"
                         r"(geleden|ago)\s+(vandaag|today)\b|\b(cela|ça) fait (\w+\s+){1,2}mois\b", re.I)
_POINTS_BACK = re.compile(r"^\W*(dat|dit|het|wat|that|this|which)\b", re.I)
# Background announced as such ("Even de voorgeschiedenis.", "Eerst wat context:"): the history it tells
# ("al sinds groep 3 horen we ...") is not the facts going on; dated facts after it count as usual.
_BACKGROUND = re.compile(r"\b(voorgeschiedenis|achtergrond|context|background|history)\b", re.I)
# Circumstances of the household (the child staying with the writer, the parents away) date no incident.
# Where the family lives and since when ("Wij wonen sinds de zomer in Nederland", "sinds we in Gent wonen") neither.
_HOUSEHOLD = re.compile(r"\b(wonen|woon|woont|live|lives|living)\b[^.,]{0,25}\bsinds\b|\bsinds\b[^.,]{0,30}\b(wonen|"
                        r"woon|woont|ingeweken|gevlucht)\b|"
                        r"\b(logeert|logeerde|logeren|verblijft|verbleef|slaapt|woont|stays|is staying)\b[^.]{0,30}\b(bij|with)\s+"
                        r"(ons|mij|me|us|opa|oma|haar|zijn)\b|\b(ouders|papa|mama|parents)\b[^.]{0,25}\b(op reis|op vakantie|"
                        r"in het buitenland|away|abroad)\b", re.I)
# What the next sentence calls the consequence of an earlier event is an after-effect, not the act complained about
# ("Op 26 juni kregen we het rapport ... Dat is voor ons het gevolg van wat er in december gebeurd is"); a report
# complained about in itself stays the incident.
_CONSEQUENCE = re.compile(r"^\W*(dat|dit|dat alles|this|that)\b[^.]{0,40}\b(het |een |a |the |the direct )?(gevolg|resultaat|"
                          r"result|consequence)\s+(van|of)\b|^\W*(dat|dit|this|that)\b[^.]{0,30}\b(komt|kwam|is)\s+(door|"
                          r"because of|due to)\b", re.I)
_HABIT_IN_WRITING = re.compile(r"\b(brief|mail|e-mail|bericht|verslag|plan|handelingsplan|afspraak|afgesproken|staat|stond|"
                               r"zou|zouden|letter|says|said)\b", re.I)
_QUOTE = re.compile(r'"[^"]*"|“[^”]*”')
_CLAUSE_BREAK = re.compile(r"[,;:]\s*(en|maar|and|but|et|mais)?\b|\s(en|maar|and|but)\s", re.I)
_RELATIVE_ONLY = re.compile(r"[a-zà-ÿ' ]+", re.I)     # "gisteren", "vorige dinsdag": not an explicit date


# A clause pointing back to an earlier talk ("Zoals ik dinsdag al zei, ...") dates that talk; the rest of the sentence
# is read without it.
_AS_SAID = re.compile(
    r"\b(zoals|as)\s+(ik|wij|we|u|je|jij|jullie|i|you)\b[^.,]{0,30}\b(zei|zeiden|gezegd|schreef|schreven|geschreven|"
    r"vertelde|vertelden|verteld|liet weten|lieten weten|aangaf|aangegeven|said|told|wrote|mentioned)\b[^,.:;]*", re.I)


def _clause(s: str, at: int) -> str:
    """The clause of `s` around position `at`: between commas, semicolons or a coordinating 'en'/'maar'."""
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(s)] + [len(s)]
    start = max(b for b in bounds if b <= at)
    return s[start:min(b for b in bounds if b > at)]


def latest_incident(sentences: list[str], mail_date: date | None, bases: list[date | None] | None = None,
                    region: tuple[str | None, str | None] = (None, None)) -> tuple[date | None, Evidence | None]:
    """`region` is the procedure's (country, subdivision): school holidays are dated in its calendar."""
    if mail_date is None:
        return None, None
    facts, process, after, months, process_months, learnt, habit, live_habit = [], [], [], [], [], [], None, None
    background, anchor = False, None
    for i, s in enumerate(sentences):
        sent = (bases[i] if bases and bases[i] else mail_date)
        found = day_dates(s, sent, region)
        # "De dag nadien ...", "twee dagen later": counted from the last day named before it
        # ... unless its own clause tells an after-effect ("en de volgende dag wist de halve klas het")
        found += [d for d in later_dates(s, max(found, key=lambda d: s.find(d[1]))[0] if found else anchor, sent)
                  if not _AFTERMATH.search(_clause(s, s.find(d[1])))]
        anchor = max(found, key=lambda d: s.find(d[1]))[0] if found else anchor
        as_said = _AS_SAID.search(s)
        if as_said:
            inside = [d for d in found if as_said.start() <= s.find(d[1]) < as_said.end()]
            process.extend(inside)
            found = [d for d in found if d not in inside]
            s = s[:as_said.start()] + s[as_said.end():]
        if _REMEDY.search(s) and not _REMEDY_FAILS.search(s[_REMEDY.search(s).end():]):
            continue
        if len(s.split()) <= 6 and _BACKGROUND.search(s):
            background = True
            continue
        background = background and not found
        writing = bool(_TIME_LIMIT.search(s)) or bool(
            i and _TIME_LIMIT.search(sentences[i - 1]) and _POINTS_BACK.search(s) and len(s.split(",")[0].split()) <= 10)
        if writing or _HOUSEHOLD.search(s):
            process.extend(found)
            continue
        aftermath = (bool(_AFTERMATH.search(s)) or bool(_FOUND_OUT.search(s)) or bool(i + 1 < len(sentences) and _CONSEQUENCE.search(sentences[i + 1]))) \
            and not _INCIDENT.search(s)
        dated_decision = bool(_DECISION.search(s)) and any(not _RELATIVE_ONLY.fullmatch(p) for _, p in found)
        # "Ik heb er sindsdien vier keer over gepraat": the parent's own steps since then are no ongoing facts.
        own_steps = bool(is_process(s)) and bool(_SINCE_THEN.search(s)) and not _STILL.search(s)
        if _NOT_COMPLAINED.search(s):
            continue
        if not (_WRITER.search(s) or aftermath or dated_decision or own_steps or background or _NO_RESULT.search(s)):
            going_on = ongoing(s, mail_date.month)
            if going_on:
                return mail_date, going_on
        told = _DISCLOSURE.search(s)
        if told and _TO_CHILD.search(s[max(0, told.start() - 5):told.end() + 5]):
            told = None         # staff telling the child ("zei de juf tegen hem dat hij dom was") is the act itself
        if told and found and not is_process(s):
            # Dates before the disclosure's "dat" date the telling; after it, the facts.
            cut = told.end()
            after.extend(d for d in found if s.find(d[1]) < cut)
            found = [d for d in found if s.find(d[1]) >= cut]
            aftermath = False
        (process if is_process(s) else learnt if aftermath and _FOUND_OUT.search(s) else after if aftermath
         else facts).extend(found)
        if not found:
            (process_months if is_process(s) else months).extend(month_dates(s, sent))
        if habit is None and HABIT.search(s):
            habit = HABIT.search(s).group(0)
        if live_habit is None and HABIT.search(s) and not _HABIT_IN_WRITING.search(_QUOTE.sub("", s)):
            live_habit = HABIT.search(s).group(0)
    # A fact dated by its month alone ("Begin september zette hij foto's online") outranks the day the writer found out.
    for pool in (facts, after) + ((months,) if months and learnt else ()) + (learnt,):
        if pool:
            got, phrase = max(pool)
            return got, Evidence("latest_incident", phrase)
    # A habit going on ("elke week maakt ze de les korter") outranks the day the writer raised it with the staff;
    # one that a letter or a plan prescribes ("in de brief staat dat ... in elke les") does not.
    if live_habit and process:
        return mail_date, Evidence("ongoing", live_habit)
    if process:
        got, phrase = max(process)
        return got, Evidence("latest_incident", phrase)
    if habit:
        return mail_date, Evidence("ongoing", habit)
    for pool in (months, process_months):
        if pool:
            got, phrase = max(pool)
            return got, Evidence("latest_incident", phrase)
    return None, None
