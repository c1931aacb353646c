"""informal_step_done: did the writer already take the matter up with the people involved?

A model, not a phrase list. A contact is a communication act (a talk, a call, a mail, raising or
reporting something) between the writer's side and a member of staff, told as having happened.
Three shapes carry it, each built from the same lexicons (staff roles, acts, tense):

  writer   the writer's side (writer.py: the family too) is the subject of a past act: "we
           hebben het aangekaart bij de juf", "ik heb de coördinator aan de telefoon gehad", "I raised it with the
           teacher", "j'ai téléphoné à la coordinatrice", or went to staff ("ik ben naar de directeur gegaan");
  meeting  a talk the writer took part in, in the past: "twee gesprekken gehad met meester Jeroen",
           "op het overleg van maandag hebben ze ons meegedeeld"; or one with staff whose outcome is
           told ("een gesprek met de juf leverde niets op"); not a meeting where staff announced the very
           decision complained about, nor staff telling the parents at a routine parents' evening; a dated
           chronology entry names a talk without a verb ("29 september: telefonisch overleg met mevrouw D.");
  reply    (replies.py) staff answering the writer: "de juf beloofde/antwoordde", "de coördinator zei ons",
           "het antwoord van juf Ilse", "ik kreeg als antwoord", or staff responding in a call ("heeft
           dat aan de telefoon niet ontkend") — an answer proves it was raised.
Guards: a negation before the act in its clause ("nog niet besproken"), a plan or wish ("ik wil een
gesprek"), a contact that failed (no answer, nobody reached, refused, cancelled), and a partner who
is no staff (other parents, the child, one's own lawyer or doctor).
"""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Evidence
from .guards import HANDLING, IRREALIS as _IRREALIS, PLAN as _PLAN, SILENT, WITHHELD, negated as _negated
from .replies import pronoun_reply, staff_reply
from .staff import IN_TALK, STAFF, STAFF_WORD as _STAFF, outsiders_only as _outsiders_only, staff_last as _staff_last
from .writer import PARENT_OF_CHILD, WRITER as _WRITER, grandparent_writes

_PAST_AUX = re.compile(r"\b(heb|hebben|heeft|had|hadden|ben|zijn|is|have|has|ai|avons|as|a|ont)\b", re.I)
# Going to staff is taking it up with them ("ik ben naar de directeur gegaan", "zijn bij de juf binnengestapt"); going
# 'naar school' without article is the daily trip, not a visit to the institution.
_TO_STAFF = (r"(naar|bij)\s+(?!school\b)(de |het |onze? |zijn |haar |mijn |hun )?(\w+\s+)?" + STAFF + r"\b")
_GONE = r"(toe\s?|binnen\s?|langs\s?)?(gegaan|geweest|gestapt|gelopen|getrokken|gereden|gefietst)"
# Communication acts as participles (after a past auxiliary) ...
_ACT_PART = re.compile(
    # -t participles also with the d/t slip ('aangekaard', 'gepraatd'): text.py mends only the -d ones
    r"\b(besproken|gesproken|aangesproken|aangekaar(t|d|dt)|aangegeven|gezegd|gemaild|gemeld|gebeld|opgebeld|"
    r"gevraagd|gewezen|uitgewisseld|voorgelegd|uitgelegd|overlegd|gepraa(t|d|dt)|in gesprek (ge)?(gegaan|geweest)|geklaagd|geschreven|gesignaleerd|ingelicht|"
    r"verwittigd|aangeklopt|kenbaar gemaakt|laten weten|op de hoogte gebracht|(contact|een afspraak) (gehad|opgenomen|"
    r"gezocht)|aan de (telefoon|lijn) gehad|(er|daar|hier)\b[^.;]{0,70}?\bover gehad|(e-?)?mail(tje|s)?\b[^.;]{0,40}\b(gestuurd|geschreven)|"
    r"(bericht|app|whatsapp|sms|smartschoolbericht|notitie)(je|s|jes)?\b[^.;]{0,40}\b(gestuurd|verstuurd|gezonden)|"
    # objections voiced, adverbs between ("mijn bezwaren al uitgebreid gegeven", "onze zorgen meermaals geuit")
    r"(bezwaren|bezwaar|zorgen|bezorgdheid|ongenoegen|opmerkingen)\s+(\w+\s+){0,3}?(gegeven|geuit|gedeeld|gemeld|overgemaakt)|"
    r"(bezwaren|bezwaar|protest|opmerkingen) ((tegen|over|bij|daarover|ertegen)\s+)?(\w+\s+)?(gemaakt|aangetekend|geformuleerd)|"
    r"(ter sprake|aan de orde|onder de aandacht) gebracht|samen\s?(ge)?zeten|rond de tafel (ge)?zeten|aan de (alarm)?bel (ge)?trokken|naar\s(\w+\s+){1,3}(ge)?stapt|"
    + _TO_STAFF + r"(\s+\w+){0,5}?\s+" + _GONE + r"|"
    r"gaan (praten|spreken|klagen|vragen)|op gesprek (ge)?(weest|geweest|gegaan|gekomen)|gebabbeld|aangeschreven|aangeklampt|(mijn |ons )?beklag gedaan|"
    r"bij\s+(de |het |onze? |zijn |haar )?(\w+\s+)?" + STAFF + r"\s+(\w+\s+)?(binnen|langs)?(ge)?(weest|geweest|gestapt|gelopen|gegaan)|"
    # Flemish 'gecontacteerd', talking it out, concerns laid before staff, a note sent along with the child
    r"gecontacteerd|uitgepraat|te woord gestaan|(bezwaren|zorgen|bezorgdheid|ongenoegen|probleem|vraag|opmerkingen)\b[^.;]{0,40}"
    r"\bneergelegd|(briefje|brief|nota|notitie|bericht(je)?)\b[^.;]{0,30}\bmeegegeven|"
    rf"{STAFF}\b[^.;]{{0,40}}?\b(verteld|doorgegeven)|met\s+(de |het |onze? |zijn |haar |mijn |hun )?(\w+\s+)?{STAFF}\b"
    r"[^.;]{0,50}?\b(samen\s?)?gezeten|"
    # protesting against it where it was decided ("we hebben op dat overleg meteen tegen geprotesteerd")
    r"geprotesteerd|tegengesproken|protested|objected|protest[ée]|"
    r"langs\s?(ge)?(weest|gegaan|geweest)|(een )?(gesprek|gesprekken|overleg) (gehad|gevoerd)|"
    r"discussed|spoken|talked|raised|mentioned|reported|emailed|called|contacted|brought\s+(\w+\s+)?up|been to see|parl[ée]|discut[ée]|signal[ée]|"
    r"contact[ée]|t[ée]l[ée]phon[ée]|appel[ée]|[ée]crit|rencontr[ée]|envoy[ée] (un|une|des) (mail|e-mail|courriel|message|"
    r"lettre)s?|pr[ée]venu|averti|inform[ée]|relanc[ée])\b", re.I)
# ... or in the simple past.
_ACT_PAST = re.compile(
    # separable verbs joined in a subordinate clause ("toen ik het bij de juf aankaartte")
    r"\b(aankaartte(n)?|aansprak(en)?|aanklampte(n)?|voorlegde(n)?|opbelde(n)?|aanschreef|aanschreven|besprak(en)?|sprak(en)?|belde(n)?|mailde(n)?|meldde(n)?|praatte(n)?|kaartte(n)?\b[^.]{0,40}\baan|"
    r"stuurde(n)? (een |twee |drie |\w+ )?(e-?)?(mail|mails|bericht|brief)|klaagde(n)?|wees|wezen|legde(n)? [^.]{0,40}\bvoor|"
    r"(had|hadden) (een |\w+ )?(gesprek|gesprekken|overleg|contact|afspraak|telefoongesprek)|"
    r"ging(en)? (\w+ )?langs|langs\s+(ben|zijn|is)\s+(ge)?(weest|gegaan|geweest)|trok(ken)? (\w+ ){0,3}aan de (alarm)?bel|stapte(n)? (\w+ ){0,4}naar|"
    # going to staff in the simple past, the writer after the verb ("vorige week ging ik naar de mentor")
    r"(ging|gingen|liep|liepen|stapte|stapten|trok|trokken|reed|reden)\b(?=\s+(\w+\s+){0,3}(binnen |langs )?"
    + _TO_STAFF + r")|"
    r"zaten(?= (\w+ ){0,2}(samen|rond de tafel))|protesteerde(n)?|protested|objected|"
    # asking staff about it ("toen ik er vrijdag naar vroeg", "vroeg ik de juf waarom"); not wondering ("vroeg me af"),
    # nor the adverb ("omdat we vroeg weg moeten")
    r"(er|daar|hier)\s+(\w+\s+){0,3}naar\s+vroeg(en)?|vroeg(en)?(?!\s+(\w+\s+)?(me|mij|ons|mezelf|onszelf|zich)\s+(\w+\s+)?af\b)"
    r"(?=\s+(\w+\s+){0,4}(naar|waarom|of|hoe|wat|wanneer|om uitleg)\b)|maakten(?= (\w+ )?bezwaar)|discussed|spoke|talked|raised|told|called|emailed|met with|went to see|brought\s+(\w+\s+)?up|mentioned|informed|"
    r"contacted|complained|wrote to|reported)\b", re.I)
# A call or talk is IN_TALK (staff.py; dates.py imports it from here: such a call dates a step, not the incident).
# The writer saying something in a call or talk ("zoals ik u maandag aan de telefoon zei"): telling is only a
# contact when it happened in a call, not "zoals ik al zei" in a mail.
_SAID_IN_TALK = re.compile(rf"{IN_TALK}[^.;]{{0,20}}\b(zei|zeiden|vertelde|vertelden|uitlegde|uitlegden|said|told)\b|"
                           rf"\b(zei|zeiden|vertelde|vertelden|said|told)\b[^.;]{{0,30}}{IN_TALK}", re.I)
# A talk as a noun, and what shows it took place.
_MEETING = re.compile(r"\b(gesprek(ken)?|oudergesprek(ken)?|rapportgesprek|oudercontact|overleg|zorgoverleg|mdo|"
                      r"telefoongesprek(ken)?|afspra(ak|ken)|meeting|vergadering)\b", re.I)
_TOOK_PLACE = re.compile(r"\b(gehad|gevoerd|plaatsgevonden|plaatsvond|doorgegaan|hadden|had|was|waren|kregen|kreeg|"
                         r"werd|werden|zei|zeiden|gaf|gaven|meegedeeld|gezegd|verteld|vertelde|vertelden|beloofd|"
                         r"beloofde|beloofden|bleek|bleef|bleven|aangegeven|geantwoord|besproken|gesproken)\b", re.I)
_PARTAKER = re.compile(r"\b(ik|wij|we|ons|mij|me|cli[eë]nt(e|en)?)\b", re.I)
# A routine meeting every parent is invited to (a report talk, a parents' evening): staff telling the parents there
# ("op het oudercontact zei de juf ons dat ...") is no sign the parents raised anything; only their own act is.
_ROUTINE = re.compile(r"\b(rapport(gesprek(ken)?|avond)|oudercontact(en|avond)?|ouderavond|(10|tien)[- ]?minutengesprek(ken)?|"
                      r"kennismakingsgesprek(ken)?|info(rmatie)?avond|parents'? evening|parent-teacher (meeting|evening|"
                      r"conference)|report (meeting|evening))\b", re.I)
# A meeting where staff announced the decision complained about ("op het MDO werd ons meegedeeld dat ze geen extra tijd
# meer krijgt", "hebben ze ons gezegd dat die aanpassingen disproportioneel zijn"): the decision was made there, the
# parents did not yet take it up with anyone.
_ANNOUNCED = re.compile(r"\b(meegedeeld|meedeelde(n)?|deelde(n)?\b[^.;]{0,30}\bmee|te horen|verteld|vertelde(n)?|gezegd|zei(den)?|"
                        r"(laten|liet|lieten) weten|beslist|besliste(n)?|besloten|aangekondigd|kondigde(n)?\b[^.;]{0,30}\baan)"
                        r"\b[^.;]{0,30}\bdat\b[^.;]{0,120}\b(geen|niet meer|stopt|stoppen|gestopt|geschrapt|afgeschaft|"
                        r"ingetrokken|gehalveerd|verminderd|teruggeschroefd|afgebouwd|voortaan|"
                        # or their assessment of what the parents asked ("... disproportioneel zijn", "niet haalbaar")
                        r"(dis|on)proportione(e)?l\w*|niet (proportione(e)?l\w*|haalbaar|redelijk|mogelijk)|afgewezen|geweigerd)\b",
                        re.I)
_AS_SUBJECT = re.compile(r"\b(ik|wij|we|i|cli[eë]nt(e|en)?)\b", re.I)
_OUTCOME = re.compile(r"\b(opleverde|opgeleverd|opleverden|hielp|geholpen|heeft niets|hebben niets|leverde|gaf niets|veranderde (er )?niets|"
                      r"opgelost|loste\w* niets|veranderd|verandert niets|opgebracht|uitgehaald|"
                      r"zonder (enig |enkel )?resultaat)\b", re.I)
# A contact that reached nobody or was never answered; a talk refused or called off.
# A bare 'niemand' fails a contact only when it is the one who did not answer or could not be reached ("niemand nam
# op", "niemand bereikt"); "niemand kan uitleggen waarom" after a talk is the talk's outcome.
FAILED = re.compile(r"\b(niemand|nobody|personne)\b(?=[^.,;]{0,30}\b(op|nam|neemt|reageer\w*|antwoord\w*|terug\w*|bereik\w*|"
                     r"aan de (lijn|telefoon)|answered|replied|responded|picked|r[ée]pond\w*|rappel\w*))|"
                     r"\b(bereikt|gesproken|gezien|reached|spoke to)\b[^.,;]{0,10}\b(niemand|nobody|personne)\b|"
                     r"\b(nooit|niet|geen) (\w+ )?iemand\b|\bniet (kunnen )?(bereik|spreken)|\bwas afwezig|"
                     r"\b(was|waren) er niet\b(?!\s+(van|mee|over|blij|gerust|zeker|bij))|\bniet (aanwezig|bereikbaar|op kantoor|te bereiken)\b|"
                     r"\b(kreeg|kregen|krijg) (\w+ )?(de |het |een )?(voicemail|antwoordapparaat|bandje|geen gehoor)|\b(voicemail|not available)\b|"
                     r"\b[ée]tait absente?|"
                     r"\b(nooit|niet|geen|nog steeds geen)\b[^.,;]{0,15}\b(geantwoord|antwoord|gereageerd|reactie|"
                     r"teruggebeld|respons)\b|\bonbeantwoord|\bno (answer|reply|response)|\bnever (answered|replied)|"
                     r"\bper brief meegedeeld|\bweiger\w*\s+(een |het |elk |ieder )?(gesprek|overleg|afspraak)|"
                     r"\b(gesprek|afspraak|overleg)\b[^.]{0,70}\b(afgezegd|geannuleerd|afgelast|niet doorgegaan|"
                     r"ging niet door|gaat niet door)|\bwilde(n)? (ons|mij|me) niet (spreken|ontvangen|zien)", re.I)
_REQUEST_ONLY = re.compile(r"\b(gevraagd|vroeg(en)?)\s+(om|naar)\s+(een |het )?(gesprek|afspraak|overleg)|"
                           r"\b(gesprek|afspraak|overleg)\s+(aan)?gevraagd", re.I)
_IDIOM = re.compile(r"\b(eerlijk|kort|zoals|ronduit|beter) gezegd\b|\bzoals (gevraagd|beloofd|afgesproken)\b", re.I)
_PASSIVE_WISH = re.compile(r"^\s*(wordt|worden|zal|zou|te worden|moet|moeten|mag|mogen|had|hadden|should|must)\b", re.I)
_OPINION = re.compile(r"\b(vind|vinden|vond|vonden|denk|denken|dacht|weet|weten|wist|hoor|hoorde|hoorden|geloof|think|believe)\s+(\w+\s+)?(dat|het|that)\b", re.I)
_CLAUSE_CUT = re.compile(r"[;:]|\s[-–—]\s|,?\s+\b(maar|but|want|omdat|terwijl|mais)\b|\?", re.I)


def clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_CUT.split(_IDIOM.sub("", sentence)) if c and c.strip() and
            not re.fullmatch(r"maar|but|want|omdat|terwijl|mais", c.strip(), re.I)]


# The act's partner stands in its own clause: up to the act and its complement, not in a clause joined after it
# ("ik heb het met mijn dochter besproken en wij vinden dat de school dit moet weten": the school is no partner).
_NEXT_CLAUSE = re.compile(r",|\b(en|and|et|dat|of|wat|that)\b", re.I)
# Family as the object right before the act ("ik heb haar ouders gebeld", "heb ik mijn man gemaild").
_FAMILY_OBJECT = re.compile(r"(\b(haar|zijn|hun|mijn|onze?)\s+(ouders|moeder|vader|mama|papa|opa|oma|grootouders|dochter|"
                            r"zoon|man|vrouw|partner|familie|zus|broer)|\bde (moeder|vader|mama|papa|ouders) van \w+)(\s+(meteen|direct|onmiddellijk|gisteren|vandaag|"
                            r"toen|al|ook|nog|zelf|even|snel|gauw))*\s*$", re.I)


# The writer as the object of someone else's act ("meerdere ouders hebben mij aangesproken", "de juf heeft ons
# gemaild"): not the writer's act; staff answering or calling is read by replies.staff_reply, others are no step.
_WRITER_OBJECT = re.compile(r"(\b(?!(we|wij|ik)\b)\w+\s+(hebben|hadden)|\b(heeft|had))\s+(mij|me|ons)\s+(\w+\s+){0,3}$", re.I)


def _partner_span(c: str, act: re.Match) -> str:
    return c[:act.end()] + _NEXT_CLAUSE.split(c[act.end():], maxsplit=1)[0]


# "gevraagd wat wij ervan vinden": a writer's word after the act that opens a subordinate clause is not its subject.
_SUBORDINATE = re.compile(r"\b(wat|dat|of|hoe|waarom|wie|welke|waar|what|that|whether|how|why)\b", re.I)


# Saying or telling is generic: it is a contact only with a listener of staff in its clause, or 'her/him' for one.
_BARE_SAY = re.compile(r"gezegd|said|told|dit", re.I)
_SAID_TO = re.compile(r"\b(" + STAFF + r"|haar|hem|hen|her|him|them|lui|leur)\b|\b(aan|tegen|to|[àa])\s+(?-i:[A-ZÀ-Ý])\w+", re.I)
_FRONTED_NEG = re.compile(r"\s*(noch|nooit|niemand|geen|niet(?! alleen)|never|neither|nobody|no one)\b", re.I)


def _writer_act(c: str, grandparent: bool = False) -> str | None:
    """The writer's side did the act: 'ik heb het aangekaart bij de juf', 'we spraken de juf aan'."""
    for act in (*_ACT_PART.finditer(c), *_ACT_PAST.finditer(c), *_SAID_IN_TALK.finditer(c)):
        before = c[:act.start()]
        who = list(_WRITER.finditer(before)) or (list(PARENT_OF_CHILD.finditer(before)) if grandparent else []) or ([m] if (m := _WRITER.search(c, act.end())) and
                                                 m.start() - act.end() < 15 and
                                                 not _SUBORDINATE.search(c[act.end():m.start()]) else [])
        if not who:
            continue
        if who[0].start() > act.start() and _negated(before):
            continue    # "Niemand heeft ons gevraagd": the writer after the act is no subject behind a negated one
        if _FRONTED_NEG.match(c):
            continue    # "Noch de juf noch de directeur hebben we gesproken": a negated object put first
        if act.re is _ACT_PART and not (_PAST_AUX.search(before) or _PAST_AUX.match(c, act.end() + 1)):
            continue
        start = min(who[0].start(), act.start())
        if _negated(c[start:act.end()]) or _PLAN.search(c[start:act.start()]) or _OPINION.search(before):
            continue
        if _PASSIVE_WISH.search(c[act.end():]) or _REQUEST_ONLY.search(c) or _IRREALIS.search(before):
            continue
        if _BARE_SAY.fullmatch(act.group(0)) and not _SAID_TO.search(_partner_span(c, act)):
            continue    # "Ik heb gezegd dat ik u zou schrijven": saying counts only to someone of staff
        if _outsiders_only(_partner_span(c, act)) or _FAMILY_OBJECT.search(c[:act.start()]) or _WRITER_OBJECT.search(before):
            continue
        return c[start:act.end()]
    return None


_OUR_TALK = re.compile(r"\b(na|sinds|sedert|tijdens|ondanks|in|bij|op|after|since|despite|during)\s+(ons|onze|mijn|our|my)\s+"
                       r"(\w+\s+)?$|^\W*(\w+\s+)?(na|sinds|sedert|after|since)\s+(een|het|an|the)\s+(\w+\s+)?$", re.I)


def _meeting(c: str) -> str | None:
    """A talk that took place with the writer in it, or one with staff whose outcome is told."""
    m = _MEETING.search(c)
    if not m or FAILED.search(c):
        return None
    before = c[:m.start()]
    if _negated(before[-40:]) or _PLAN.search(before) or _PLAN.search(c[m.end():m.end() + 40]):
        return None
    if _outsiders_only(c):
        return None
    if _ANNOUNCED.search(c[m.end():]):
        return None
    routine = bool(_ROUTINE.search(c))
    # "na/sinds/tijdens ons gesprek met de mentor": the writer's own talk with staff, looked back on
    if not routine and _OUR_TALK.search(before) and re.search(r"\b(met|with|bij)\b[^.]{0,40}" + r"\b" + STAFF + r"\b",
                                                             c[m.end():], re.I):
        return c.strip()
    if _TOOK_PLACE.search(c) and (_AS_SUBJECT if routine else _PARTAKER).search(c) and \
            not re.search(r"\b(met|with)\s+(ons|mij|me|us)\b", c, re.I):
        return c.strip()
    if routine:
        return None
    with_staff = re.search(r"\b(met|with)\b[^.]{0,60}" + r"\b" + STAFF + r"\b", c[m.end():], re.I)
    if with_staff and _OUTCOME.search(c):
        return c.strip()
    # "tijdens een gesprek met de directeur ... geweigerd": a dated meeting with staff the writer reports on
    if with_staff and re.search(r"\b(tijdens|in|op|bij)\s+(een|het|dat|ons|die)\s+$", before, re.I) and \
            re.search(r"\bge\w{3,}(d|t|en)\b", c[m.end():]):
        return c.strip()
    return None


# The writer saying outright they have not yet raised it ("ik heb meester Wouter er nog niet op aangesproken",
# "we hebben er nog met niemand van de school over gesproken"):
# it outweighs a staff message read as an answer, which may be the very event complained about ("kreeg ik een
# bericht van de meester dat ..."). A talk or act of the writer told elsewhere still counts.
_NOT_YET = re.compile(r"\b(ik|wij|we|i)\b[^.;]{0,50}\b(nog niet|nog geen|(nog )?met niemand|nog niemand|not yet|"
                      r"haven't yet|have not yet|(to )?no ?one yet)\b[^.;]{0,40}"
                      r"\b(aangesproken|besproken|gesproken|gepraat|gebabbeld|overlegd|gehad|aangekaart|gemeld|gemaild|gebeld|"
                      r"contact|raised|spoken|talked|discussed|contacted)\b", re.I)
# "met niemand" / "nobody yet" denies every contact: an act that names no staff member ("wij hadden gevraagd dat er een
# begeleider meegaat") then reads as the request for the measure itself, not as taking the complaint up.
_NOBODY = re.compile(r"\b(niemand|nobody|no ?one|personne)\b", re.I)
_STAFF_PERSON = re.compile(r"\b(?!(u|jullie|men)\b)" + STAFF + r"\b", re.I)
# A chronology entry: a date, then a talk with staff and no verb ("29 september: telefonisch overleg met mevrouw D.",
# "- 3/10 - gesprek met de klasleerkracht"); one still to come says so ("gepland", "volgende week").
_DATED_TALK = re.compile(r"(^|\n|[.!?]\s+)\s*[-•*]?\s*(\w+dag\s+)?\d{1,2}(\s*/\s*\d{1,2}(\s*/\s*\d{2,4})?|\s+[a-z]+)\.?\s*"
                         r"[:–—-]\s*(\w+\s+){0,2}(gesprek|overleg|telefoongesprek|contact|afspraak|meeting|oudergesprek)\s+"
                         r"(met|with)\s+(\w+\s+){0,2}" + STAFF + r"\b[^.;]*", re.I)
_STILL_PLANNED = re.compile(r"\b(gepland|ingepland|voorzien|volgende|komende|nog te|aangevraagd|gevraagd)\b", re.I)


def _dated_talk(s: str) -> str | None:
    m = _DATED_TALK.search(s)
    return None if not m or _STILL_PLANNED.search(m.group(0)) else m.group(0)


# A meeting that did not touch the matter ("ging over zijn rapport; de leersteun kwam niet ter sprake") is no step.
_OFF_TOPIC = re.compile(r"\b(niet|nooit|geen)\b[^.;]{0,20}\b(ter sprake|aan bod|aan de orde)\b|\b(ging|gingen|was|draaide)\b"
                        r"[^.;]{0,15}\b(enkel |alleen |uitsluitend |vooral )?over (iets anders|andere (dingen|zaken)|(zijn|haar|"
                        r"het) rapport)\b|\b(did not|didn't|never) (come up|get discussed)\b|\bwas not discussed\b", re.I)


def not_yet_raised(sentences: Iterable[str]) -> bool:
    return any(_NOT_YET.search(s) for s in sentences)


def informal_step(sentences: Iterable[str]) -> list[Evidence]:
    hits, replies, not_yet, nobody = [], [], False, False
    sentences = list(sentences)
    silent = any(SILENT.search(s) for s in sentences)
    grandparent = grandparent_writes(sentences)
    antecedent = False      # the last person named in the sentence before is staff: 'zij' after it stands for them
    for s in sentences:
        failed = bool(FAILED.search(s) or WITHHELD.search(s))
        handling = bool(HANDLING.search(s))
        if (n := _NOT_YET.search(s)):
            not_yet, nobody = True, nobody or bool(_NOBODY.search(n.group(0)))
        off_topic = silent or bool(_OFF_TOPIC.search(s))
        if not off_topic and (phrase := _dated_talk(s)):
            hits.append(Evidence("informal_step_done", phrase.strip()))
            continue
        for c in clauses(s):
            if (phrase := (None if off_topic or handling else _meeting(c)) or
                    (None if failed else _writer_act(c, grandparent))):
                hits.append(Evidence("informal_step_done", phrase.strip()))
                break
            announced = (m := _MEETING.search(c)) and _ANNOUNCED.search(c[m.end():])   # the decision itself, no answer
            if not (announced or handling) and (phrase := staff_reply(c, routine=bool(_ROUTINE.search(c))) or
                                                 (antecedent and not failed and pronoun_reply(c))):
                replies.append(Evidence("informal_step_done", phrase.strip()))
                break
        antecedent = _staff_last(s)
    if nobody:
        hits = [h for h in hits if _STAFF_PERSON.search(h.phrase)]
    return hits if not_yet else hits + replies
