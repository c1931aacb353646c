"""Whether a sentence says the facts complained about go on up to the mail ("nog steeds", "sinds ... niet meer",
"tot nu toe nog geen enkele keer", "al drie weken niet", "sinds oktober wachten wij op ...").

dates.py decides which sentences are asked (not the writer's feelings, not an after-effect, not the process); this
module holds the markers and the guards that keep a marker from meaning "up to now" when it does not.
"""
from __future__ import annotations

import re

from ..model import Evidence

__all__ = ["HABIT", "WAIT_ANSWER", "ongoing"]

# "nog steeds", "al weken", "sindsdien": the facts go on up to the mail.
# "al weken op voorhand vastgelegd" is a lead time before an event, not a duration up to the mail.
_ONGOING = re.compile(r"\bnog (steeds|altijd)\b|\bal (weken|maanden|lang)\b(?!\s+(op voorhand|van tevoren|vooraf|voordien|"
                      r"daarvoor|ervoor|in advance|beforehand))|\bsindsdien\b|\bsinds (toen|die dag)\b|"
                      r"\bal sinds\b|\bstill\b|\btoujours\b|\bweken (al|lang)\b|"
                      # "Het was niet de eerste keer": told in the past it looks back from the dated event, not up to the mail
                      r"(?<!\bwas )(?<!\bwaren )(?<!\bwas ook )\bniet de eerste keer\b|"
                      # a counted stretch that "al" runs up to the mail ("al drie weken niet", "al 2 maanden", "al een
                      # paar weken"); "al drie weken geleden" is a point in the past, "al twee keer" no stretch
                      r"\bal\s+(een\s+)?(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|enkele|aantal)\s+"
                      r"(dagen|weken|week|maanden|maand)\b(?!\s+(geleden|terug|op voorhand|van tevoren|vooraf|eerder|"
                      r"voordien|daarvoor))|\bfor (\w+ ){0,2}(days|weeks|months) now\b|"
                      r"\bdepuis (des|deux|trois|quelques|plusieurs) (jours|semaines|mois)\b", re.I)
# "Tot nu toe", "tot op heden", "until now": the facts go on up to the mail when what has not happened yet is said
# ("Tot nu toe is dat nog geen enkele keer gebeurd", "tot op vandaag niets", "so far nobody came"); "kreeg tot nu toe wel
# extra tijd" is how it went well before the incident, "tot nu toe amper gebruikt" a summing up.
_UP_TO_NOW = re.compile(r"\btot (nu( toe)?|nog toe|op heden|heden|op vandaag|vandaag|op dit moment)\b|\b(until|up to|till) now\b|"
                        r"\bso far\b|\bjusqu'(à présent|ici|à maintenant)\b", re.I)
_NOT_YET = re.compile(r"\b(niet|geen|nooit|niets|niks|niemand|nergens|weigert|weigeren|not|no|never|nothing|nobody|none|"
                      r"refuses?|pas|rien|personne|jamais)\b", re.I)
# ... told in the simple past it looks back from the event ("tot nu toe had hij nooit problemen")
_BEFORE_IT = re.compile(r"\b(wel|had|hadden|was|waren|ging|liep|kreeg|kregen)\b", re.I)
# Someone's words in quotation marks ('dat het "nog altijd om te huilen" was') are what was said, not the writer
# saying the facts go on.
_QUOTED = re.compile(r'"[^"]{1,120}"|“[^”]{1,120}”|„[^”“"]{1,120}[”“"]|‘[^’]{1,120}’')
# "drie weken lang volledig weggevallen": a counted stretch that ended, unless "al" makes it run up to the mail.
_BOUNDED = re.compile(r"(?<!\bal )\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|enkele|aantal)\s+$", re.I)
# English "since" only as time ("since the Easter holiday", "since March"), not as "because".
_SINCE = re.compile(r"(?<!keer )(?<!maal )\bsinds\b(?! kort)|(?<!time )\bsince\b(?=\s+(the|last|early|mid|\d|(january|february|march|april|may|"
                    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
                    r"christmas|easter|half[- ]term)\b))", re.I)
# Waiting for an answer is the process ("ik wacht sinds maandag op uw reactie"); waiting for what is owed is a fact.
WAIT_ANSWER = re.compile(r"\b(wacht|wachten|wachtte|wachtten|waiting|waited|attend\w*)\b[^.]{0,40}\b(antwoord|reactie|"
                          r"terugkoppeling|nieuws|answer|reply|response|réponse)\b", re.I)
_WAIT = re.compile(r"\b(wacht|wachten|wachtten|wachtte|waiting|attendons)\b", re.I)
# "terwijl hij al sinds september begeleiding zou krijgen": a plan that did not happen is no ongoing fact.
_PLANNED = re.compile(r"\b(zou|zouden|had moeten|hadden moeten|beloofd|gepland)\b", re.I)
# "Sinds 2 maart heeft de school die afspraak geschrapt": a measure withdrawn since a day stays withdrawn up to the
# mail, like "sinds 2 maart mag hij niet meer".
_SINCE_GOING_ON = re.compile(r"\b(niet|geen|nooit|meer|steeds|nog|any ?more|no longer|nobody|never|not|still|"
                             r"geschrapt|afgeschaft|ingetrokken|stopgezet|opgeheven|weggenomen|afgenomen|teruggeschroefd|"
                             r"afgebouwd|gehalveerd|verboden|geweigerd|removed|withdrawn|stopped|scrapped|cancelled)\b", re.I)
HABIT = re.compile(r"\belke (dag|ochtend|week|les)\b|\bverveelt zich\b|\biedere (dag|ochtend)\b|\bevery day\b", re.I)


def ongoing(s: str) -> Evidence | None:
    """The sentence says the facts go on up to the mail ("nog steeds", "sinds ... niet meer")."""
    s = _QUOTED.sub("", s)
    if _SINCE.search(s) and HABIT.search(s):
        # "Sinds ... na de kerstvakantie moet hij elke dag ...": a habit since a date goes on up to the mail.
        return Evidence("ongoing", HABIT.search(s).group(0))
    since = _SINCE.search(s)
    up_to_now = _UP_TO_NOW.search(s)
    if up_to_now and _NOT_YET.search(s) and not _BEFORE_IT.search(s):
        return Evidence("ongoing", up_to_now.group(0))
    marker = next((m for m in _ONGOING.finditer(s) if not _BOUNDED.search(s[:m.start()])
                   or not m.group(0).lower().startswith("weken")), None)
    # waiting since a day for what is owed ("Sinds oktober wachten wij op een verslag", "we wachten sinds 1 september
    # op de laptop") goes on, whichever side of "sinds" the verb stands
    going_on = since and (_SINCE_GOING_ON.search(re.sub(r"\([^)]*\)", "", s[since.end():]))
                          or _WAIT.search(s) and not WAIT_ANSWER.search(s))
    if marker or going_on:
        m = marker or since
        if not _PLANNED.search(s[m.end():m.end() + 60]):
            return Evidence("ongoing", m.group(0))
    return None
