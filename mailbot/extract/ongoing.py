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
_ONGOING = re.compile(r"\bnog ?(steeds|altijd)\b|\bal (weken|maanden|lang)\b(?!\s+(genoeg|op voorhand|van tevoren|vooraf|voordien|"
                      r"daarvoor|ervoor|in advance|beforehand))|\bsindsdien\b|\bsinds (toen|die dag)\b|"
                      r"\bal sinds\b|\bstill\b|\btoujours\b|\bweken (al|lang)\b|"
                      # "since then" in other words: sedertdien, vanaf toen, depuis lors
                      r"\bsedertdien\b|\b(van|vanaf) (toen|dan) af\b|\bvanaf toen\b|\bdepuis lors\b|"
                      # a whole period up to the mail ("al het hele schooljaar", "het hele trimester al", "all year")
                      r"\bal (het )?(hele|heel het|gans het) (schooljaar|jaar|trimester|semester)\b|"
                      r"\b(het )?(hele|heel het|gans het) (schooljaar|jaar|trimester|semester) (al|lang)\b|"
                      r"\b(all|the whole) (school )?(year|term)\b|"
                      # "Het was niet de eerste keer": told in the past it looks back from the dated event, not up to the mail
                      r"(?<!\bwas )(?<!\bwaren )(?<!\bwas ook )\bniet de eerste keer\b|"
                      # a counted stretch that "al" runs up to the mail ("al drie weken niet", "al 2 maanden", "al een
                      # paar weken"); "al drie weken geleden" is a point in the past, "al twee keer" no stretch
                      r"\bal\s+(een\s+)?(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|enkele|aantal)\s+"
                      r"(dagen|weken|week|maanden|maand)\b(?!\s+(geleden|terug|op voorhand|van tevoren|vooraf|eerder|"
                      r"voordien|daarvoor))|\bfor (\w+ ){0,2}(days|weeks|months) now\b|"
                      r"\bdepuis (des|deux|trois|quelques|plusieurs) (jours|semaines|mois)\b|"
                      # "ook nu nog", "zelfs nu nog", "tot op vandaag nog": still, up to the mail ("ze krijgt ook nu nog
                      # berichtjes van hem"); "wil ik nu nog even zeggen" is the writer's aside
                      r"\b(ook|zelfs|en|maar) nu nog\b(?!\s+(even|eens|snel|vlug|graag))|\b(even|still) now\b|"
                      r"\bencore aujourd'hui\b", re.I)
# "Het is niet de eerste keer dat een sessie ingekort wordt, maar deze keer ...": the sentence looks back from this
# time, the dated event, so the repetition runs up to that event, not to the mail.
_THIS_TIME = re.compile(r"\b(deze|die|dit|dat|de laatste) keer\b|\bthis time\b|\bcette fois\b", re.I)
# "Maar dit is niet de eerste keer.": "dit" points back at the dated event just told, so the repetition runs up to it;
# "Het is niet de eerste keer dat ze hem uitlachen" tells the pattern itself.
_POINTS_BACK = re.compile(r"\b(dit|dat|this|that)\s+(is|was|'s)\s+(\w+\s+)?(niet|not)\s+(de|the)\s+(eerste|first)\s+(keer|time)\b"
                          r"(?!\s+(dat|that|dit|this)\b)", re.I)
# "Volgens dat verslag kan Milo vanaf september ... niet meer volgen" in a June mail: a change still to come.
_MONTH_NO = {m: i for i, names in enumerate((("januari", "january"), ("februari", "february"), ("maart", "march"),
             ("april",), ("mei", "may"), ("juni", "june"), ("juli", "july"), ("augustus", "august"), ("september",),
             ("oktober", "october"), ("november",), ("december",)), 1) for m in names}
# Going on in the present, told by the verb or a repetition: "de juf blijft weigeren", "keer op keer", "telkens weer",
# "week na week", "keeps refusing"; not told in the past ("werd keer op keer uitgelachen"), nor a perfect ("is blijven
# liggen"), nor the writer's own mind ("blijft die uitspraak mij dwarszitten"). A bare frequency ("voortdurend",
# "op dit moment") is no marker: it also describes a one-off scene.
_REPEATED = re.compile(r"(?<!\bis )(?<!\bzijn )\b(blijft|blijven)\s+(maar\s+)?((?!en\b|mij\b|me\b|ons\b)\w+\s+){0,4}?"
                       r"(?!en\b)\w{2,}en\b|\bkeer op keer\b|\btelkens (weer|opnieuw)\b|"
                       r"\bsteeds (weer|opnieuw)\b|\b(dag|week) na (dag|week)\b|\bdag in,? dag uit\b|"
                       r"\bkeeps? (on )?\w+ing\b|\bcontinues? to\b", re.I)
_TOLD_PAST = re.compile(r"\b(werd|werden|was|waren|had|hadden|kreeg|kregen|ging|gingen|kwam|kwamen|deed|deden|bleef|"
                        r"bleven|moest|mocht|kon|wilde|weigerde|vergat|vorig (school)?jaar|toen|was|were|did|last year)\b", re.I)
_AUX = re.compile(r"\b(is|zijn|ben|bent|heeft|hebben|heb|hebt)\b", re.I)
# "Tot nu toe", "tot op heden", "until now": the facts go on up to the mail when what has not happened yet is said
# ("Tot nu toe is dat nog geen enkele keer gebeurd", "tot op vandaag niets", "so far nobody came"); "kreeg tot nu toe wel
# extra tijd" is how it went well before the incident, "tot nu toe amper gebruikt" a summing up.
_UP_TO_NOW = re.compile(r"\btot (nu( toe)?|nog toe|op heden|heden|op vandaag|vandaag|op dit moment|op de dag van vandaag)\b|\b(until|up to|till) now\b|"
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
_SINCE = re.compile(r"(?<!keer )(?<!maal )\b(sinds|sedert)\b(?! kort)|\bvanaf\b(?=\s+(de |het |begin |half |eind )?(\d|september|oktober|november|december|januari|februari|maart|april|mei|juni|"
                    r"juli|augustus|de (herfst|kerst|krokus|paas|voorjaars)vakantie|het begin|dat moment|die dag)\b)|(?<!time )\bsince\b(?=\s+(the|last|early|mid|\d|(january|february|march|april|may|"
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
_SINCE_GOING_ON = re.compile(r"\b(niet|geen|nooit|meer|steeds|nog|niemand|niets|niks|any ?more|no longer|nobody|nothing|never|not|still|"
                             r"geschrapt|afgeschaft|ingetrokken|stopgezet|opgeheven|weggenomen|afgenomen|teruggeschroefd|"
                             r"afgebouwd|gehalveerd|verboden|geweigerd|removed|withdrawn|stopped|scrapped|cancelled)\b", re.I)
HABIT = re.compile(r"\b(elke|iedere|every)\s+(dag|ochtend|morgen|middag|week|les|sessie|day|morning|week|lesson|session)\b|"
                   r"\bverveelt zich\b", re.I)


def _still_to_come(since: re.Match, s: str, month: int | None) -> bool:
    """'vanaf september' within the next four months of the mail is a change announced, not one that has begun."""
    word = re.match(r"\s+(de |het |begin |half |eind |\d{1,2}(ste|de|e)? )?(\w+)", s[since.end():])
    named = _MONTH_NO.get(word.group(3).lower()) if word else None
    return bool(month and named and since.group(0).lower() == "vanaf" and 1 <= (named - month) % 12 <= 4)


def ongoing(s: str, month: int | None = None) -> Evidence | None:
    """The sentence says the facts go on up to the mail ("nog steeds", "sinds ... niet meer"); `month` is the mail's."""
    s = _QUOTED.sub("", s)
    if _SINCE.search(s) and HABIT.search(s):
        # "Sinds ... na de kerstvakantie moet hij elke dag ...": a habit since a date goes on up to the mail.
        return Evidence("ongoing", HABIT.search(s).group(0))
    since = _SINCE.search(s)
    repeated = _REPEATED.search(s)
    if repeated and repeated.group(0).lower().startswith("blijven") and _AUX.search(s[:repeated.start()]):
        repeated = None         # "is ze zelf op haar gsm blijven zitten": a perfect, told in the past
    if repeated and not _TOLD_PAST.search(s):
        return Evidence("ongoing", repeated.group(0))
    up_to_now = _UP_TO_NOW.search(s)
    if up_to_now and _NOT_YET.search(s) and not _BEFORE_IT.search(s):
        return Evidence("ongoing", up_to_now.group(0))
    marker = next((m for m in _ONGOING.finditer(s) if not _BOUNDED.search(s[:m.start()])
                   or not m.group(0).lower().startswith("weken")), None)
    if marker and marker.group(0).lower().endswith("eerste keer") and (_THIS_TIME.search(s) or _POINTS_BACK.search(s)):
        marker = None
    if since and _still_to_come(since, s, month):
        since = None
    # waiting since a day for what is owed ("Sinds oktober wachten wij op een verslag", "we wachten sinds 1 september
    # op de laptop") goes on, whichever side of "sinds" the verb stands
    going_on = since and (_SINCE_GOING_ON.search(re.sub(r"\([^)]*\)", "", s[since.end():]))
                          or _WAIT.search(s) and not WAIT_ANSWER.search(s))
    if marker or going_on:
        m = marker or since
        if not _PLANNED.search(s[m.end():m.end() + 60]):
            return Evidence("ongoing", m.group(0))
    return None
