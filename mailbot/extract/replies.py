"""Staff answering the writer: the third shape of the informal step (contact.py reads the writer's acts and talks).

An answer proves the matter was put to staff, whoever started the exchange: "de juf antwoordde", "de coördinator zei
ons", "het antwoord van juf Ilse", "ik kreeg als antwoord", staff responding in a call ("heeft dat aan de telefoon
niet ontkend"), and staff taking a position on the matter ("de directeur zei hij kan niets doen", "de juf zegt dat de
kopieermachine altijd kapot is", "zegt dat ze er werk van zal maken"). A position is told with or without 'dat':
writers drop it in reported speech ("zei hij kan niets doen"), and in the past as often as in the present.
"""
from __future__ import annotations

import re

from .guards import PLAN, negated
from .staff import IN_TALK, STAFF, STAFF_WORD

_REPLY = re.compile(r"\b(antwoordde(n)?|geantwoord|reageerde(n)?|gereageerd|beloofde(n)?|beloofd|teruggebeld|"
                    r"belde(n)? (ons |mij |me )?terug|mailde(n)? (ons |mij |me )?terug|schreef (ons |mij |me )?terug|"
                    r"promised|replied|answered|(m'|nous )(a|ont|avait|avaient)\s+(r[ée]pondu|promis|assur[ée]|rappel[ée]s?))\b",
                    re.I)
_TOLD_US = re.compile(r"\b(zei(den)?|gezegd|vertelde(n)?|verteld|gaf(en)? aan|gaven aan|aangegeven|legde(n)? uit|"
                      r"uitgelegd|verzekerde(n)?|verzekerd|gebeld|gemaild|geschreven|told|said|dit|expliqu[ée])\b", re.I)
# Flemish 'ons' before a name or a child word is a possessive: "zei tegen ons Jelle dat ..." tells the child, not us.
_ADDRESSEE = re.compile(r"\b(ons|mij|me|us|nous)\b(?!\s+([A-ZÀ-Ý]\w+|(?i:kind|zoon|dochter|zoontje|dochtertje|"
                        r"jongste|oudste|ventje|meisje|manneke|kleine)\b))|\bm'")
# Receiving an answer, in either order: "ik kreeg (van de juf) als antwoord", and the answer named first in a relative
# clause, "het antwoord dat ik vorige week van uw coördinator kreeg", "de reactie die we van de directie ontvingen".
_RECEIVE = (r"(kreeg|kregen|krijg|krijgen|gekregen|ontving|ontvingen|ontvang|ontvangen|received|got|re[çc]u|re[çc]ue)")
_ANSWER = r"(antwoord|antwoordmail|reactie|respons|reply|answer|response|r[ée]ponse)"
_ANSWER_OF = re.compile(r"\b(antwoord|reactie|mail|bericht|berichtje)\s+van\s+" + STAFF + r"|"
                        r"\b(ik|we|wij|I|j'ai|nous)\b[^.;:]{0,30}\b" + _RECEIVE + r"\b[^.;:]{0,60}"
                        r"(\bals antwoord|\b" + _ANSWER + r"\b|\bte horen\b|\bterug\b)|"
                        r"\b" + _ANSWER + r"\s+(dat|die|that|que|qu')\s*(ik|we|wij|I|j'ai|nous)\b[^.;:]{0,50}\b(van|from|de)\s+"
                        r"(\w+\s+){0,2}" + STAFF + r"\b[^.;:]{0,30}\b" + _RECEIVE + r"\b|"
                        r"\b" + _ANSWER + r"\s+(dat|die|that|que|qu')\s*(ik|we|wij|I|j'ai|nous)\s+(\w+\s+){0,2}" + _RECEIVE +
                        r"\s+(van|from|de)\s+(\w+\s+){0,2}" + STAFF + r"\b", re.I)
# Staff responding to the matter in a call or talk with the writer: "heeft dat aan de telefoon (niet) ontkend" —
# denying or not, the response proves it was raised.
_RESPONDED = re.compile(rf"{IN_TALK}[^.;]{{0,50}}\b(ontkend|ontkende|bevestigd|bevestigde|toegegeven|erkend|erkende|"
                        rf"denied|confirmed|admitted)\b|\b(ontkende|bevestigde|erkende|gaf\b[^.;]{{0,20}}\btoe|denied|"
                        rf"confirmed|admitted)\b[^.;]{{0,30}}{IN_TALK}", re.I)

# Saying, present or past; 'dat' may be dropped ("zei hij kan niets doen").
_SAYS = r"\b(zegt|zeggen|zei|zeiden|antwoordt|antwoorden|antwoordde(n)?|laat|laten|liet|lieten|reageert|reageerde)\b"
# What a position says: staff can or may not (help), it is someone else's decision, an excuse of means, or what they
# did or will do about it.
_CANNOT = (r"(kan|kunnen|kon|konden) (er |daar |hier )?(\w+ )?(niets|niks) (aan )?doen|(niets|niks) (aan )?(kan|kunnen|kon|konden) doen|"
           r"er niets aan|daar niets aan|(een |de )?beslissing van|niet (mogelijk|haalbaar|haalbaar is)|"
           r"(mag|mogen|kan|kunnen) (dat |dit )?niet\b(?! meer)")
_EXCUSE = (r"(kapot|stuk|defect|geen tijd|te druk|geen budget|geen geld|geen middelen|geen personeel|personeelstekort|"
           r"te weinig (tijd|personeel|uren|middelen|mensen)|onderbezet|planningsproblem\w*|overbevraagd|overbelast)")
_WILL_ACT = (r"(zal|zullen|zou|zouden|gaat|gaan|ging|gingen)\b[^.;]{0,30}\b(bekijken|bespreken|opvolgen|navragen|doorgeven|"
             r"oplossen|regelen|aanpakken|nakijken|verbeteren|rechtzetten|uitzoeken|in orde brengen|werk van (\w+ )?maken)|"
             r"werk van (\w+ )?(zal|zullen|zou|zouden|gaat|gaan) maken")
_DID_ACT = (r"(het|dit|dat|er|daar|die|deze)\b[^.;]{0,40}\b(besproken|doorgegeven|aangekaart|gemeld|bekeken|nagevraagd|"
            r"opgevolgd)")
_POSITION = re.compile(_SAYS + r"[^.;]{0,25}?(\bdat\b)?[^.;]{0,80}?\b(" + _CANNOT + "|" + _EXCUSE + "|" + _WILL_ACT + "|"
                       + _DID_ACT + r")|"
                       # or holding to a view: "houdt vol dat ..."
                       r"\b(houdt|houden|hield|hielden)\s+(\w+\s+)?vol\b[^.;]{0,10}\bdat|\b(blijft|blijven)\s+(\w+\s+)?erbij\b"
                       r"[^.;]{0,10}\bdat", re.I)
_NOT_A_PERSON = ("u", "jullie", "men", "centrum", "school")


def _position(c: str) -> str | None:
    p = _POSITION.search(c)
    if not p:
        return None
    s = [m for m in STAFF_WORD.finditer(c[:p.start()]) if m.group(0).lower() not in _NOT_A_PERSON]
    if not s or negated(c[s[-1].end():p.start()]) or PLAN.search(c[:p.start()]):
        return None
    return c[s[-1].start():p.end()]


def staff_reply(c: str, *, routine: bool = False) -> str | None:
    """Staff answering the writer in clause c. At a routine meeting (`routine`) staff telling the parents is no
    sign the parents raised anything, so only a reply proper counts there."""
    if (pos := _position(c)):
        return pos
    if (r := _RESPONDED.search(c)) and (s := STAFF_WORD.search(c[:r.start()])) and \
            s.group(0).lower() not in ("u", "jullie", "centrum", "men") and not PLAN.search(c[:r.start()]):
        return c[s.start():r.end()]
    if (a := _ANSWER_OF.search(c)) and not negated(c[:a.end()]) and not re.search(r"\b(wacht\w*|verwacht\w*|hoop\w*)\b",
                                                                                      c[:a.end()], re.I):
        return a.group(0)
    for verb, needs_addressee in ((_REPLY, False), *(() if routine else ((_TOLD_US, True),))):
        for v in verb.finditer(c):
            s = [m for m in STAFF_WORD.finditer(c[:v.start()]) if m.group(0).lower() not in ("u", "jullie", "centrum")]
            if not s or negated(c[s[-1].end():v.start()]):
                continue
            if needs_addressee and not _ADDRESSEE.search(c[s[-1].end():]):
                continue
            if re.search(r"\b(niemand|nobody|geen)\b", c[:s[-1].start()], re.I):
                continue
            return c[s[-1].start():v.end()]
    return None


# Staff named in the sentence before and then only as a pronoun, calling or answering the writer ("Hieronder mijn mail
# aan de coördinator. Zij heeft me de dag erna gebeld", "De dag erna belde ze me terug", "She called me back"): the
# call proves the matter was put to them. Only calls and answers to the writer: a child telling a parent ('ze vertelde
# me') is no staff act, and only when the last person named before is staff (contact.py decides the antecedent).
_PRONOUN = r"(zij|hij|ze|she|he|they|elle|il)"
_CALLED = (r"(gebeld|teruggebeld|opgebeld|gemaild|teruggemaild|geschreven|geantwoord|gecontacteerd|gesproken|"
           r"called|phoned|rung|rang|emailed|e-mailed|contacted|answered|replied)")
_PRONOUN_CALL = re.compile(r"\b" + _PRONOUN + r"\s+(heeft|had|hebben|hadden|has|have)\s+(mij|me|ons|us)\s+(\w+\s+){0,5}?"
                           + _CALLED + r"\b|"
                           r"\b(belde|belden|mailde|mailden|antwoordde|antwoordden|schreef|contacteerde)\s+" + _PRONOUN +
                           r"\s+(mij|me|ons)\b|\b" + _PRONOUN + r"\s+(belde|belden|mailde|mailden|antwoordde|contacteerde)\s+"
                           r"(mij|me|ons)\b|\b(she|he|they)\s+(called|phoned|rang|emailed|contacted|answered)\s+(me|us)\b|"
                           r"\b(elle|il|ils|elles)\s+(m'a|nous a|m'ont|nous ont)\s+(\w+\s+)?(appel[ée]e?s?|rappel[ée]e?s?|"
                           r"t[ée]l[ée]phon[ée]|r[ée]pondu|[ée]crit|contact[ée]e?s?)\b", re.I)


def pronoun_reply(c: str) -> str | None:
    """A pronoun standing for staff calls or answers the writer in clause c (the antecedent is checked by the caller)."""
    m = _PRONOUN_CALL.search(c)
    if not m or negated(c[:m.end()]) or PLAN.search(c[:m.start()]):
        return None
    return m.group(0)
