"""Whole-sentence readings of the writer's earlier exchange with staff, beside contact.py's clause model.

contact.py reads one clause at a time (who did which act to whom). Some shapes only show across a sentence:

  exchange   a correspondence named as such: "hieronder mijn mailwisseling met juf Marieke",
             "our email exchange with the mentor", or the writer's message to staff in a relative clause ("de mail
             die ik aan de leerondersteuner stuurde") — the exchange is the contact;
  contrast   a negated act with one person and a contrasted partner: "met de juf heb ik nog niet gesproken, wel
             met de directeur" — the contrast carries the act the clause left out;
  reader     the reader's own earlier answer: "dank voor uw antwoord", "u had ons verzekerd dat ..." — the
             writer is answering staff; "alvast bedankt voor uw reactie" thanks in advance and proves nothing;
  inverted   staff telling the writer after a fronted adverbial: "een week later zei juf Tine ons dat ..."
             (contact.py reads staff before the verb only);

flags.informal_step asks these only when contact.py found no act; the reader and inverted shapes are answers, so
(as in contact.py) the writer saying outright they have not yet raised it outweighs them.
"""
from __future__ import annotations

import re

from ..model import Evidence
from .contact import FAILED
from .guards import HANDLING
from .staff import STAFF

_STAFF_AFTER = r"(de |het |een |onze? |zijn |haar |hun |mijn )?(\w+\s+)?" + STAFF + r"\b"

_EXCHANGE = re.compile(r"\b(mail|e-?mail|brief|sms|whatsapp)(wisseling|verkeer|uitwisseling|contact|conversatie)(en)?\b|"
                       r"\bcorrespondentie\b|\b(e-?mail|mail) exchange\b|\bcorrespondence\b", re.I)
# The writer's own message to staff, named in a relative clause ("de mail die ik op 11 februari aan de leerondersteuner
# stuurde", "het briefje dat we de juf meegaven"): a message is only sent to someone, so its receiver is the partner.
_SENT = re.compile(r"\b(e-?mail|mail(tje)?|brief(je)?|bericht(je)?|sms(je)?|whatsapp(je)?|nota|email|message|letter)\s+"
                   r"(die|dat|that|which)\s+(ik|we|wij|i)\b[^.;]{0,70}\b(stuurde(n)?|schreef|schreven|verstuurde(n)?|mailde(n)?|"
                   r"meegaf|meegaven|gestuurd|geschreven|verstuurd|gemaild|meegegeven|sent|wrote|emailed)\b"
                   r"(\s+(aan|naar|to)\s+(\w+\s+){0,2}\w+)?", re.I)      # the receiver after the verb (English order)
# The writer's own message to staff named with a possessive ("Hieronder mijn mail aan de coördinator", "onze brief van
# 3 maart aan de directie", "my email to the teacher", "mon courriel à la coordinatrice"): it was sent, so it is the
# contact. A next or draft message ("mijn volgende mail aan de juf") is still to come.
_OWN_MESSAGE = re.compile(r"\b(mijn|onze|ons|my|our|mon|ma|notre)\s+(?!(volgende|nieuwe|next|prochaine?|concept|draft)\b)(\w+\s+)?"
                          r"(e-?mail(tje)?|mail(tje)?|brief(je)?|bericht(je)?|sms(je)?|email|message|letter|courriel|lettre)\s+"
                          r"((van|of|du|from)\s+[^.;]{0,25}?\s*)?(aan|naar|to|[àa])\s+" + _STAFF_AFTER, re.I)
_STILL_TO_SEND = re.compile(r"\b(niet|nooit|geen|not|never|nog|zal|zullen|ga|gaan|wil|will|going|vais|schrijf|stuur|"
                            r"verstuur|write|send)\b", re.I)
_WITH_STAFF = re.compile(r"\b(met|with|tussen|between)\s+(mij |ons |me |us )?(en |and )?" + _STAFF_AFTER, re.I)

_NEGATED_ACT = re.compile(r"\b(niet|nog niet|geen|nog geen|nooit)\b[^.;]{0,40}\b(gesproken|besproken|gepraat|aangesproken|"
                          r"gemeld|gemaild|gebeld|contact|gesprek|overleg)\b", re.I)
_CONTRAST = re.compile(r"[,;]\s*(maar\s+)?(wel|al)\s+(met|bij|aan|tegen)\s+" + _STAFF_AFTER, re.I)

# The reader answered the writer before. Thanks in advance ("alvast", "bij voorbaat", "in advance") look forward.
# An explanation thanked for is one given ("bedankt voor de toelichting", "dank voor uw uitleg van gisteren").
_THANKS_FOR_ANSWER = re.compile(r"\b(dank|bedankt|merci|thanks|thank you)\b[^.;]{0,15}\b(voor|for|pour)\s+"
                                r"(uw|jullie|je|your|votre|de|the|la|l')\s*(\w+\s+)?(antwoord|reactie|mail|e-?mail|bericht|reply|"
                                r"answer|response|réponse|toelichting|uitleg|verduidelijking|explanation|explication)\b|"
                                # a talk thanked for was held ("Dank u voor het gesprek van vorige week", "merci pour
                                # notre entretien", "thanks for meeting with us")
                                r"\b(dank|bedankt|merci|thanks|thank you)\b[^.;]{0,15}\b(voor|for|pour)\s+(uw|jullie|je|het|ons|"
                                r"onze|de|the|our|your|notre|votre|le|l')\s*(\w+\s+){0,2}(gesprek|telefoongesprek|telefoontje|"
                                r"overleg|onderhoud|babbel|meeting|call|conversation|talk|entretien|[ée]change|rendez-vous)\b|"
                                r"\b(thanks|thank you)\s+for\s+(meeting|talking|speaking)\s+(with|to)\s+(me|us)\b|"
                                r"\b(dank|bedankt)\b[^.;]{0,15}\b(om|dat)\b[^.;]{0,30}\b(te\s+)?(spreken|praten|ontvangen|"
                                r"terug\s*te\s*bellen|luisteren|sprak|ontving|belde)\b", re.I)
_IN_ADVANCE = re.compile(r"\b(alvast|bij voorbaat|op voorhand|in advance|d'avance|graag|hoop|hopelijk)\b", re.I)
# An answer evaluated or dated is one received ("niet tevreden met haar antwoord", "uw reactie van 3 maart"); one
# awaited is not ("in afwachting van uw reactie op mijn mail").
_ANSWER_HAD = re.compile(r"\b(tevreden|blij|akkoord|eens|gerust)\b[^.;]{0,15}\b(met|over|door) (haar|zijn|hun|uw|jullie) "
                         r"(antwoord|reactie)\b|\b(uw|jullie|your) (antwoord|reactie|reply)\s+(van\s+(\d|gisteren|eergisteren|"
                         r"vorige|\w+dag\b)|op mijn)", re.I)
_AWAITED = re.compile(r"\b(afwacht\w*|wacht\w*|verwacht\w*|tegemoet|uitkijk\w*|kijk\w* uit|looking forward|await\w*)\b", re.I)
_READER_TOLD = re.compile(r"\b(u|jullie|you)\s+(had|hadden|heeft|hebt|hebben|has|had)\s+(ons|mij|me|us)\s+(\w+\s+){0,2}"
                          r"(verzekerd|beloofd|gezegd|geantwoord|laten weten|geschreven|uitgelegd|assured|promised|told)\b|"
                          r"\bzoals\s+(u|jullie)\s+(ons|mij|me)\s+(\w+\s+){0,2}(beloofde|verzekerde|schreef|zei|liet weten)\b",
                          re.I)

_INVERTED = re.compile(r"\b(zei|zeiden|vertelde|vertelden|beloofde|beloofden|verzekerde|antwoordde|legde|gaf)\s+"
                       + _STAFF_AFTER + r"(\s+[A-Z]\w+)?\s+(ons|mij|me)\b", re.I)
_STAFF_WORD = re.compile(r"\b" + STAFF + r"\b", re.I)
_NOT_STAFF_WORDS = {"u", "jullie", "men", "school", "centrum"}


def _staffed(m: re.Match | None) -> bool:
    """The match names staff, not the reader ('u'), 'men' or the institution as a whole."""
    return bool(m) and any(w.group(0).lower() not in _NOT_STAFF_WORDS for w in _STAFF_WORD.finditer(m.group(0)))


def exchange(sentence: str, after: str = "") -> str | None:
    """A contact the writer made: a correspondence with staff, or an act carried by a contrast. `after` is the
    sentence that follows: a message of ours that was never answered ('Er is nooit op geantwoord') reached nobody."""
    if (e := _EXCHANGE.search(sentence)) and _staffed(w := _WITH_STAFF.search(sentence, e.end())) \
            and w.start() - e.end() < 30:
        return sentence[e.start():w.end()]
    if (m := _SENT.search(sentence)) and _staffed(m) and not re.search(r"\b(niet|nooit|geen|not|never)\b", m.group(0), re.I):
        return m.group(0)
    if (o := _OWN_MESSAGE.search(sentence)) and _staffed(o) and not _STILL_TO_SEND.search(sentence[:o.start()]) \
            and not _STILL_TO_SEND.search(sentence[o.end():o.end() + 30]) and not FAILED.search(sentence + " " + after):
        return o.group(0)
    if (n := _NEGATED_ACT.search(sentence)) and (c := _CONTRAST.search(sentence, n.end())) and _staffed(c):
        return sentence[n.start():c.end()]
    return None


def answered(sentence: str) -> str | None:
    """Staff answered the writer: the reader's earlier answer, or staff telling the writer in inverted order. An
    answer to a complaint is its formal handling (guards.HANDLING), not the informal step."""
    if HANDLING.search(sentence):
        return None
    if (t := _THANKS_FOR_ANSWER.search(sentence)) and not _IN_ADVANCE.search(sentence[:t.end()]):
        return t.group(0)
    if (a := _ANSWER_HAD.search(sentence)) and not (_AWAITED.search(sentence) or _IN_ADVANCE.search(sentence)):
        return a.group(0)
    if (r := _READER_TOLD.search(sentence)):
        return r.group(0)
    if (i := _INVERTED.search(sentence)) and _staffed(i):
        return i.group(0)
    return None


def informal_step(sentences, *, not_yet: bool) -> list[Evidence]:
    sentences = list(sentences)
    hits = [Evidence("informal_step_done", p.strip()) for i, s in enumerate(sentences)
            if (p := exchange(s, sentences[i + 1] if i + 1 < len(sentences) else ""))]
    if hits or not_yet:
        return hits
    return [Evidence("informal_step_done", p.strip()) for s in sentences if (p := answered(s))]
