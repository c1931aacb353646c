"""One mail (or a parent's whole thread) → Facts: every extractor run once, evidence kept."""
from __future__ import annotations

import re
from typing import Sequence

from ..loops import machine_kind
from ..model import Evidence, Facts, Flags, ParsedMail
from ..procedure import Procedure
from . import flags as F
from .category import categorise, not_complaint, not_complaint_mail, off_topic
from .dates import latest_incident
from .kin import family_member
from .names import student_name
from .notchild import set_aside
from .safety import in_danger, safety_evidence
from .text import conditional, mail_text, negated

# Sentences that only ask to complain, to be called or to meet carry no facts.
# The filing act itself ("wens ik een formele klacht in te dienen tegen ... in verband met ...") says what the mail is,
# not what happened, however long the sentence.
_META = re.compile(r"\bklacht\w*\b[^.]{0,40}\b(in\s*dienen|indien\w*|in te dienen|ingediend|neer\s*(te\s+)?leggen|neerleg\w*|neergelegd|"
                   r"formuleren|formuleer\w*|geformuleerd)|\b(dien|dienen|leg|leggen)\s+(ik|we|wij)\b[^.]{0,40}\bklacht\w*\b[^.]{0,40}\b(in|neer)\b|"
                   # the same act in French and English ("je souhaite introduire une plainte formelle concernant ...",
                   # "I would like to file a complaint about ...")
                   r"\b(introduire|d[ée]poser|porter|formuler|adresser)\b[^.]{0,20}\bplainte|\bplainte\b[^.]{0,30}\b(introduire|"
                   r"d[ée]pos\w*|port[ée]e?|formul\w*)\b|\b(file|lodge|submit|make|raise)\b[^.]{0,20}\bcomplaint\b|"
                   # being called back in French and English ("pourriez-vous me rappeler au ...", "call me back")
                   r"\b(me|nous)\s+(rappeler|recontacter|contacter|joindre|t[ée]l[ée]phoner)\b|\bcall (me|us) back\b|\bklacht\b[^.]{0,120}\b(officieel|formeel) (te )?maken|\bklagen\b|\b(op)?bel(len|t)?\b|"
                   r"\bterugbellen|\bafspraak|\blangs (kan )?komen|\bhoor graag|\bhoor ik\b|\bbespreken\b|"
                   r"\bcontact\b|\bcontacte(ren|er|ert)\b|\bbereikbaar|\b(mij|me|ons)\s+(\w+\s+){0,3}bereiken\b|\bte bereiken\b|\breach (me|us)\b|"
                   # the writer keeping the facts for a talk ("Ik leg liever mondeling uit waarover het gaat", "ik vertel
                   # het u liever persoonlijk", "I'd rather explain in person")
                   r"\b(mondeling|persoonlijk|telefonisch|face to face|in person|by phone|de vive voix)\b[^.]{0,30}"
                   r"\b(uit|uit(leggen|leg|gelegd)|leg\w*\b[^.]{0,20}\buit|vertel\w*|toelichten|explain|tell)\b|"
                   r"\b(uit(leggen|leg)|leg\w*\b[^.]{0,20}\buit|vertel\w*|toelichten|explain|tell)\b[^.]{0,30}\b(mondeling|"
                   r"persoonlijk|telefonisch|in een gesprek|face to face|in person|by phone|de vive voix)\b|\bcall me|\btelefoontje\b|"
                   r"\b(zou|zouden|wil|willen|wens)\b[^.]{0,40}\b(in gesprek|een gesprek|spreken|praten)\b|\b(geachte|beste|dag|hallo|goedemorgen|goedemiddag|"
                   r"goedenavond)\b\s*\w*\s*,?$", re.I)
_CONCRETE = re.compile(r"\b((ge|be|ver|ont|her|over|weg|terug)\w{3,}(d|t|en))\b|"
                       # participles of separable verbs: stopgezet, afgezegd, uitgelachen
                       r"\b(stop|af|uit|op|in|weg|mee|aan|door|na|toe)ge\w{2,}(d|t|en)\b|\b(loopt|komt|gaat|zit|wordt|worden|kan)\b|\b\w+(de|te)\b|\bheeft\b|\bhebben\b|\bwerd\b|\bwas\b|\bkreeg\b|\bkwam(en)?\b|"
                       r"\bzegt\b|\bmoet\b|\bkrijgt\b|\bwil niet|\d|"
                       # English events: a past tense, a perfect or a progressive ("grabbed", "has been waiting")
                       r"\b[a-z]{3,}ed\b|\b(has|have|had) been\b|\b(is|are|was|were|keeps?) \w+ing\b|"
                       r"\b(took|gave|told|said|hit|got|came|went|left|made|threw|stole|broke|fell|ran)\b|"
                       # French events: a passé composé or plus-que-parfait ("a été changée", "est venue", "a refusé")
                       r"\b(a|ai|as|avons|avez|ont|avait|avaient|est|sont|suis|était|étaient)\s+(\w+\s+)?"
                       r"\w{2,}(é|ée|és|ées|i|ie|is|u|ue|us|it|ert)\b|"
                       # a perfect with a double infinitive: "is vandaag weer niet komen opdagen", "heeft niet mogen meedoen"
                       r"\b(is|zijn|ben|heeft|hebben|heb)\b[^.]{0,40}\b(komen|gaan|blijven|moeten|kunnen|mogen|willen|durven|"
                       r"laten|zien|horen)\s+\w{3,}en\b", re.I)


def extract(mail: ParsedMail, proc: Procedure, thread: Sequence[ParsedMail] = ()) -> Facts:
    kind = machine_kind(mail)
    text = mail_text(mail, tuple(thread))
    if kind is None:
        nc = not_complaint_mail(mail) or not_complaint(text.subject, text.purpose, text.purpose_sentences) \
            or off_topic(text.subject, text.body, tuple(a.filename for a in mail.attachments))
        kind, evidence = (nc.rule, [nc]) if nc else (None, [])
    else:
        evidence = [Evidence(kind, kind)]
    if kind is not None:
        return Facts(student_name=None, latest_incident=None, category=proc.ignore_category,
                     formal=False if proc.formal_applies else None, flags=Flags(), urgent=False, has_facts=False,
                     ignore_reason=kind, evidence=tuple(evidence))
    sents = list(text.sentences)
    with_subject = [text.subject, *sents]
    category, cat_ev = categorise(proc, text.subject + "\n" + "\n".join(sents))
    formal = F.formal_complaint(with_subject, negation=negated, conditional=conditional)
    in_court = F.find(F.IN_COURT, sents, negation=negated, conditional=conditional)
    handled = F.find(F.PREVIOUSLY_HANDLED, sents, negation=negated, conditional=conditional)
    informal = F.informal_step(sents)
    urgent = F.find(F.URGENT, sents, negation=negated, conditional=lambda *_: False)
    urgent = urgent or in_danger(safety_evidence(with_subject))
    fact_sentences = tuple(s for s in sents if _is_fact(s))
    has_facts = len(fact_sentences) >= 2 or any(len(s.split()) >= 15 for s in fact_sentences)
    name, name_ev = student_name(text.subject, text.body, text.closing, mail.from_name + " " + mail.from_addr,
                                 tuple(a.filename for a in mail.attachments))
    if name is None and len(mail.full_text) > len(text.body):
        name, name_ev = family_member(mail.full_text.replace(text.body, "", 1), mail.from_name)
    if name is not None and set_aside(text.body, name.split()[0]):
        # the writer's own child named only to be set aside: when the mail without her reads as general policy,
        # it is about no specific student
        alone, alone_ev = categorise(proc, text.subject + "\n" + "\n".join(sents), student_named=False)
        if proc.categories.get(alone) and proc.categories[alone].no_student_bonus:
            name, name_ev, category, cat_ev = None, None, alone, alone_ev
    if name is None:            # a category meant for "no specific student" may now win
        category, cat_ev = categorise(proc, text.subject + "\n" + "\n".join(sents), student_named=False)
    day, day_ev = latest_incident(sents, mail.date.date() if mail.date else None, list(text.bases),
                                  (proc.country, proc.subdivision)) if has_facts else (None, None)
    evidence += cat_ev + formal[:1] + in_court[:1] + handled[:1] + informal[:1] + urgent[:1]
    evidence += [e for e in (name_ev, day_ev) if e]
    return Facts(
        student_name=name, latest_incident=day, category=category,
        formal=bool(formal) if proc.formal_applies else None,
        flags=Flags(in_court=bool(in_court), previously_handled=bool(handled), informal_step_done=bool(informal)),
        urgent=bool(urgent), has_facts=has_facts, fact_sentences=fact_sentences, evidence=tuple(evidence))


# The writer's feelings with nothing that says why ("ik ben helemaal niet tevreden over hoe alles verloopt")
# tell no facts; "ik ben boos omdat ..." does.
_FEELING = re.compile(r"\b(ik|wij|we)\s+(ben|zijn|voel|voelen)\b[^.]{0,40}\b(tevreden|ontevreden|boos|kwaad|teleurgesteld|"
                      r"bezorgd|ongerust|gefrustreerd|ontgoocheld|content|blij|gelukkig|eens|akkoord|unhappy|upset)\b",
                      re.I)
# A verdict on "how things go" names no event: "niet content over hoe het loopt met de begeleiding".
_VAGUE = re.compile(r"\bhoe (het|alles|de dingen)\b[^.]{0,20}\b(gaat|loopt|verloopt|gelopen|gegaan)\b", re.I)
# A wish's "dat" says what the writer wants, not why ("we willen dat daar iets mee gebeurt").
_WISH = re.compile(r"\b(wil|willen|wens|wensen|hoop|hopen|verwacht|verwachten|eis|eisen|vraag|vragen)\s+(ik\s+|we\s+|wij\s+)?"
                   r"(graag\s+|echt\s+)?dat\b.*$", re.I)
# The writer introducing themselves ("Ik ben de plusvader van een leerling die bij jullie begeleiding krijgt") says who
# writes, not what happened - unless the sentence goes on in the past.
_INTRO = re.compile(r"^\W*(ik ben|wij zijn|we zijn|ik schrijf (u |jullie |je )?als|i am|i'm)\s+(de |het |een |the |a )?"
                    r"\w*(vader|moeder|ouder|ouders|papa|mama|oma|opa|grootouders?|voogd|father|mother|parent)\b", re.I)
_PAST = re.compile(r"\b(ge\w{3,}(d|t|en)|\w+(de|te|den|ten)|heeft|hebben|werd|werden|was|waren|kreeg|kwam|\w+ed)\b|\d", re.I)
_ORDINAL = re.compile(r"\b(\d+(ste|de|e)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\b", re.I)
# A bare verdict ("Dit kan zo niet verder.", "Zo kan het niet langer.") and asking whom to turn to ("met wie moet ik
# hiervoor spreken?") name no event.
_VERDICT = re.compile(r"^\W*(dit|dat|het|zo)\s+(kan|gaat|mag)\s+(het\s+)?(zo\s+)?(echt\s+|toch\s+)?(niet|zo niet)"
                      r"(\s+(langer|verder|meer|door))?\W*$|"
                      r"\b(met|bij|tot|naar) wie\b[^.]{0,40}\b(spreken|praten|wenden|richten|terecht|contact)\b|"
                      r"\bwaar (kan|moet) (ik|we|wij) (hiervoor |daarvoor |mee )?terecht\b|\bwho (should|can|do) (i|we)\b|"
                      # exasperation without an event ("Het heeft lang genoeg geduurd.", "dit duurt al veel te lang",
                      # "genoeg is genoeg", "de maat is vol", "this has gone on long enough"): a whole sentence only
                      r"^\W*(het|dit|dat|this|it)\s+(is|heeft|has)\s+(nu\s+)?(al\s+)?(veel\s+|echt\s+)?(lang genoeg|te lang|long "
                      r"enough|gone on (long enough|too long))(\s+geduurd)?\W*$|^\W*(het|dit|dat)\s+duurt\s+(nu\s+)?(al\s+)?(veel\s+|"
                      r"echt\s+)?(te|lang genoeg|veel te)\s*(lang)?\W*$|^\W*(genoeg is genoeg|de maat is vol|trop c'est trop)\W*$|"
                      # the writer's phone number ("Mijn nummer is 0495 61 08 34", "gsm: 0470 ...") says how to reach them
                      r"^\W*((mijn|ons|my|mon)\s+)?(tel(efoon)?|gsm|mobiel|phone|mobile|t[ée]l[ée]phone)?[- ]?(nummer|number|"
                      r"num[ée]ro|nr)?\.?\s*(is|est|:)?\s*\+?\d[\d ./-]{6,}\W*$", re.I)
_CLASS = re.compile(r"\b(groep|klas|leerjaar|jaar|graad|class|year|grade)\s+\d+\w?\b|\b\d+\s*(ste|de|e|me)\s+"
                    r"(leerjaar|kleuterklas|middelbaar|secundair|graad|jaar)\b", re.I)
_BECAUSE = re.compile(r"\b(omdat|want|doordat|sinds|toen|dat|nadat|because|since|when)\b|\d", re.I)


def _is_fact(sentence: str) -> bool:
    if len(sentence.split()) < 5 or _META.search(sentence) or _VERDICT.search(sentence):
        return False
    intro = _INTRO.search(sentence)
    if intro and not _PAST.search(_ORDINAL.sub("", sentence[intro.end():])):
        return False
    # the child's class ("mijn zoon in groep 3", "klas 2b") is no reason for the feeling
    if _FEELING.search(sentence) and not _BECAUSE.search(_CLASS.sub("", _WISH.sub("", _VAGUE.sub("", sentence)))):
        return False
    return bool(_CONCRETE.search(sentence))
