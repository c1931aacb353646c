"""Which sentences tell the complaint process rather than the facts complained about.

The writer's own calls, mails and meetings, staff answering them, letters and minutes received, a court case's own
steps: their dates are when the writer acted or heard, and dates.py uses them only when no fact is dated.
"""
from __future__ import annotations

import re

from .contact import IN_TALK
from .ongoing import WAIT_ANSWER

__all__ = ["is_process"]

_ANSWERED = (r"\b(ontkend|ontkende|bevestigd|bevestigde|toegegeven|gaf\b[^.]{0,20}\btoe|erkend|erkende|denied|"
             r"confirmed|admitted)\b")
_OWN_PAST = (r"(belde|belden|mailde|mailden|stuurde|stuurden|schreef|schreven|meldde|meldden|sprak|spraken|klopte|"
             r"klopten|trok|trokken|ging(en)?\s+(\w+\s+)?langs|zaten\s+(\w+\s+)?samen|zat\s+(\w+\s+)?samen|"
             r"phoned|rang|called|emailed|wrote|met with|went to see)\b")
# Sentences about the procedure rather than the facts. The writer's household raises it too ("zijn mama heeft de juf
# daarover aangesproken", "mijn man sprak hem aan").
_HOUSEHOLD = (r"(mijn|zijn|haar|hun|onze|ons) (man|vrouw|partner|echtgeno\w+|mama|papa|moeder|vader|ex|stiefvader|"
              r"stiefmoeder|plusmama|pluspapa)")
_PROCESS = re.compile(rf"\b(ik|wij|we|j'ai|nous|i|{_HOUSEHOLD})\b[^.]{{0,80}}\b((op)?gebel[dt]|gemail[dt]|gemeld|"
                      r"doorgegeven|besproken|gesproken|gepraat|aangesproken|gevraag[dt]|"
                      r"gezegd|aangekaart|contact|appel[ée]|raised|ingediend|langs\s+(ben\s+|zijn\s+|is\s+)?(geweest|gegaan)|langsgegaan|over gehad|"
                      r"aan de (telefoon|lijn) gehad)|dagvaarding|advocaat|"
                      r"rechtbank|tribunal|audience|zitting|formeel behandeld|"
                      # the court case's own steps ("De zaak is op 3 september ingeleid", "de procedure loopt sinds")
                      r"\b(zaak|rechtszaak|procedure|geding|kort geding|dossier|case|lawsuit|hearing)\b[^.]{0,40}\b(ingeleid|"
                      r"aanhangig|aangespannen|gepleit|verdaagd|uitgesteld|ingediend|filed|adjourned|heard)\b|klacht\b[^.]{0,30}\bingediend|"
                      # the outcome of an earlier complaint ("werd al formeel door u behandeld", "u liet weten dat de
                      # klacht ongegrond was", "bezwaar afgewezen"): the handling, not the facts complained about
                      r"\b(formeel|officieel)\b[^.]{0,25}\b(behandeld|afgehandeld)\b|\b(klacht|bezwaar|complaint)\b[^.]{0,60}"
                      r"\b(ongegrond|gegrond|afgewezen|verworpen|afgehandeld|unfounded|dismissed|rejected)\b|"
                      r"\bterugbellen|\bbel(len)? (me|mij)|"
                      # staff answering the writer by phone or mail ("heeft me op 12 oktober teruggebeld", "belde ons
                      # dinsdag terug", "heeft ons gisteren geantwoord")
                      r"\bteruggebeld\b|\b(belde|belden|mailde|mailden)\s+(\w+\s+){0,4}?terug\b|\b(heeft|hebben|had|hadden)\s+"
                      r"(\w+\s+){0,3}?(me|mij|ons)\s+(\w+\s+){0,4}?(gebeld|gemaild|geantwoord|gecontacteerd|teruggemaild)\b|"
                      r"\b(m'|nous )(a|ont)\s+(rappel[ée]|appel[ée]|contact[ée]|répondu|écrit)|\b(called|rang|emailed|wrote)\s+"
                      r"(me|us)\s+back\b|"
                      # the writer's own step told in the simple past, in either word order ("stuurde ik de juf een
                      # mailtje", "ging ik langs bij", "klopte ik aan", "trok ik aan de bel", "I phoned the teacher")
                      rf"\b(ik|wij|we|i|{_HOUSEHOLD})\s+{_OWN_PAST}|{_OWN_PAST}\s+(ik|wij|we)\b|"
                      r"\b(zaten|zat)\s+(we|wij|ik)\s+(\w+\s+)?samen\b|\b(ging|gingen)\s+(ik|we|wij)\s+(\w+\s+){0,3}langs\b|"
                      # a meeting held about it ("was er een oudercontact waar het besproken werd")
                      r"\b(was|is) er\s+(een|het)\s+(oudercontact|gesprek|overleg|mdo|rapportgesprek|zorgoverleg|intake)\b|"
                      # a meeting the writer takes part in; the child's own appointment with staff is a fact
                      r"\b(ik|wij|we|mij|me|ons)\b[^.]{0,40}\b(afspraak|gesprek|overleg)\b|\bafspraak\b[^.]{0,30}\b(met|bij) (mij|ons|de directie)\b|"
                      r"\b(i|we)\b[^.]{0,30}\b(discussed|spoke|talked|called|emailed|mentioned|asked|complained)\b|"
                      # French, with the pronouns between ("J'en ai parlé le lendemain avec la coordinatrice",
                      # "je lui ai écrit", "nous avons rencontré l'enseignante")
                      r"\b(j'|je |nous )(en |y |lui |leur |l'|les )?(ai|avons)\b[^.]{0,40}\b(parlé|appelé|écrit|téléphoné|"
                      r"rencontré|contacté|signalé|discuté|envoyé|demandé)|"
                      # staff answering the writer in a call or talk ("heeft dat aan de telefoon niet ontkend")
                      rf"{IN_TALK}[^.]{{0,50}}{_ANSWERED}|{_ANSWERED}[^.]{{0,30}}{IN_TALK}", re.I)


# "..., terwijl wij uitdrukkelijk hadden gevraagd om ...": a contrast clause recalls the writer's earlier step as
# background; the main clause before it still tells the fact.
_CONTRAST = re.compile(r",?\s*\b(terwijl|hoewel|ofschoon|whereas|although)\b.*$", re.I)


# Correspondence about the matter: the writer receiving a letter, an answer or a decision, staff calling or mailing
# the writer back, the writer sending the complaint, the writer's own absence that delayed the mail. Its date is
# when the writer heard or wrote, not when it happened ...
_CORRESPONDENCE = re.compile(
    r"\b(kregen|kreeg|krijgen|ontvingen|ontving|gekregen|ontvangen|received|got)\b[^.]{0,40}\b(brief|mail|e-?mail|"
    r"bericht|antwoord|reactie|uitnodiging|beslissing|schrijven|telefoontje|letter|answer|reply|response|message|"
    r"decision|invitation)\b|"
    r"\b(brief|mail|e-?mail|bericht|antwoord|reactie|uitnodiging|beslissing|schrijven)\b[^.]{0,25}\b(ontvangen|gekregen)\b|"
    r"\b(belde|mailde|schreef|antwoordde|reageerde|stuurde|contacteerde|called|emailed|e-mailed|wrote|replied)\s+"
    r"(\w+\s+){0,3}?(ons|mij|me|us)\b|\b(werd|werden)\s+(ik|we|wij)\b[^.]{0,30}\b(gebeld|gemaild|gecontacteerd)\b|"
    r"\b(klacht|brief|mail|e-?mail|complaint)\b[^.]{0,40}\b(verstuurd|verzonden|opgestuurd|gestuurd|sent)\b|"
    r"\b(ik|wij|we|i)\b[^.]{0,30}\b(ziek|op reis|op vakantie|in het buitenland|ill|away|abroad)\s+(was|waren)\b",
    re.I)
# ... unless it says what the message said: then the message is the act complained about ("kregen we een brief dat
# de leersteun stopt", "een bericht van meester Wouter dat Roos ongeoorloofd afwezig was").
_CONTENT = re.compile(r"\b(dat|that|om te (zeggen|melden)|waarin|with the news)\b", re.I)


# The writer's own message told in the simple past ("de mail die ik op 29 mei naar de juf stuurde"): its "die"/"dat"
# is a relative pronoun, no content told.
_EARLIER_MESSAGE = re.compile(
    r"\b(mail|e-?mail|brief|bericht|berichtje|klacht|message|letter)\b[^.]{0,15}\b(die|dat|which|that)\s+(ik|wij|we|i)\b"
    r"[^.]{0,60}\b(stuurde|stuurden|verstuurde|verstuurden|schreef|schreven|verzond|bezorgde|bezorgden|mailde|mailden|"
    r"doorstuurde|sent|wrote|gestuurd|verstuurd|geschreven|verzonden|bezorgd|gemaild|doorgestuurd|opgestuurd|"
    # ... or in the perfect ("de mail die ik op 6 oktober naar de coördinator heb gestuurd")
    r"have sent|had sent)\b|"
    # the header line of a forwarded or quoted message ("Verzonden: dinsdag 6 oktober 2026 20:41")
    r"^\W*(verzonden|sent|date|datum|envoy[ée]|verstuurd)\s*:", re.I)
# The record of a meeting reaching the writer ("De notulen van dat overleg kregen wij pas op 1 juni", "het verslag van
# het gesprek werd ons pas later bezorgd", "we only got the minutes"): the meeting is the act, its record came later;
# what the record says is told by the meeting's own sentence, so no "dat" turns it into the fact.
_RECORD = re.compile(r"\b(notulen|minutes|gespreksverslag|vergaderverslag|overlegverslag|mdo-verslag|((proc[eè]s-verbal|pv|"
                     r"verslag|report)\s+(van|of|du|de)\s+(het|dat|die|ons|dit|de|the|la|l')\s*(\w+\s+)?(overleg|gesprek|"
                     r"vergadering|mdo|zorgoverleg|oudercontact|klassenraad|meeting|r[ée]union)))\b", re.I)
_RECEIVED = re.compile(r"\b(kregen|kreeg|krijgen|krijg|ontvingen|ontving|ontvangen|gekregen|bezorgd|toegestuurd|"
                       r"doorgestuurd|opgestuurd|verstuurd|gestuurd|kwamen|kwam|received|got|sent|reçu)\b", re.I)
# Staff sending the child's file to the wrong people ("per e-mail verstuurd naar de ouders van een klasgenoot in
# plaats van naar ons") is the act complained about, not correspondence with the writer.
_MISSENT = re.compile(r"\b(in plaats van|i\.?p\.?v\.?|instead of|au lieu de)\b|\b(per|by)\s+(vergissing|ongeluk|mistake|"
                      r"accident)\b|\b(naar|aan|to)\s+(de |het |the )?(verkeerde|wrong|derden|third parties|andere ouders|"
                      r"other parents|ouders van)\b", re.I)
# The writer's own complaint step timed now or soon ("Na de zomervakantie wil ik het nu toch formeel aankaarten",
# "daarom dien ik nu klacht in"): the writing, not an incident; "... melden dat" / "over wat" go on to the facts.
_OWN_STEP_NOW = re.compile(r"\b((ik|wij|we)\s+(wil|wilde|willen|ga|gaan|zal|zullen|wens|wensen)|(wil|wilde|willen|ga|gaan|zal|"
                           r"zullen|wens|wensen|dien|dienen)\s+(ik|wij|we))\b[^.]{0,50}\b(aankaarten|aan te kaarten|"
                           r"indienen|in te dienen|klacht in|signaleren|voorleggen|melden|te melden)\b(?![^.]*\b(over|dat|omdat|wat|"
                           r"waarbij|waarin)\b)", re.I)


# "hebben de school en het CLB beslist dat de aanpassingen die wij gevraagd hadden disproportioneel zijn": the writer's
# request named in a relative clause is what staff decided on, not a step of the writer's told here.
_OWN_REQUEST = re.compile(r"\b(die|dat|welke|which|that)\s+(wij|we|ik|i)\s+([^,.]{0,40}?\s)?(gevraagd|aangevraagd|"
                          r"voorgesteld|gevraagd|requested|asked for|proposed)\b(\s+(hadden|hebben|had|heb|hebt|have))?", re.I)


def is_process(s: str) -> bool:
    """The sentence tells the complaint process (the writer's steps, letters, answers, a court case), not the facts."""
    core = _OWN_REQUEST.sub("", _CONTRAST.sub("", s) or s)
    record = _RECORD.search(core)
    if record and _RECEIVED.search(core):
        return True
    return bool(_PROCESS.search(core)) or bool(WAIT_ANSWER.search(core)) or bool(_EARLIER_MESSAGE.search(core)) or \
        bool(_OWN_STEP_NOW.search(core)) or \
        bool(_CORRESPONDENCE.search(core) and not _CONTENT.search(core) and not _MISSENT.search(core))
