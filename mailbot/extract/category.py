"""Which of the procedure's categories a mail is about, from the patterns in its TOML file.

Machine mail (loops.machine_kind) and content that is no complaint at all (a thank-you, a
practical question) get the procedure's ignore category with a reason; everything else is
scored pattern by pattern, and the best score at or above the procedure's threshold wins.
"""
from __future__ import annotations

import re

from ..loops import is_noreply
from ..model import Evidence, ParsedMail
from ..procedure import Procedure
from .text import AS_PARENT

# No complaint: an explicit "geen klacht" / thanks-only mail.
# "Dit is geen officiële klacht" / "ce n'est pas une plainte officielle" renounces the formality, not the complaint.
# "Ik heb geen klacht over de juf, maar over de directeur" names a target: that is a complaint.
_NOT_COMPLAINT = re.compile(r"\bgeen klacht\b(?!\s+(over|tegen|bij)\b)[^.]{0,20}(dus|hoor|maar)|"
                            r"\b(is|het is|dit is)\s+(zeker |echt |absoluut |helemaal |natuurlijk )?geen klacht\b"
                            r"(?!\s+(over|tegen|bij)\b)|\balleen (maar )?(om )?(te )?(bedank|dank)|"
                            r"\bjust (wanted )?to (say )?thank|\bpas une plainte\b(?!\s+(officielle|formelle))|"
                            r"\b(this|it) is (really |definitely |certainly )?not a complaint\b|\bthis isn't a complaint\b",
                            re.I)
# ... and a writer who denies complaining but says they worry complains all the same ("geen klacht hoor, maar we maken
# ons zorgen", "this is not a complaint, but I am worried").
# (distress said now: "huilde" told of a time that is over is no worry)
_WORRY = re.compile(r"\bbezorgd|\bongerust|\bzorgen\b|\bzorg (ik|wij|we) me\b|\bangst|\bpani\w+|\binqui[eè]t|"
                    r"\bhuil(t|en|end)\b|\bverdrietig|\bbang\b|\bniet (meer )?naar school|\bharcel\w*|\bgepest|"
                    r"\bworried|\bconcerned|\banxious|\bafraid", re.I)
# Weak words ("niet", "geen") occur in any mail; they count as discontent only when no stronger word is needed.
_WEAK = re.compile(r"\bniet\b|\bgeen\b|\bnooit\b|\bniks\b|\bniemand\b|\bnot\b|\bnever\b|n't\b|\bpas\b|\baucun",
                   re.I)
_STRONG = re.compile(r"\bklacht|\bklagen|\bcomplain|\bplainte|\bzorgen\b|\bbezorgd|\bongerust|\bprobleem|\bboos|\bkwaad\b|"
                     r"\bonaanvaardbaar|\boneens|\bfout|\bmis(gelopen|verstand)|\bteleurgesteld|\bontevreden|"
                     r"\bonvoldoende\b|\bte (weinig|veel|laat|traag)\b|\bonterecht|\boneerlijk|\bniet eerlijk|\bklopt\b[^.]{0,20}"
                     r"\bniet|\bgepest|\bpest(en|erij)|\bbang|\bveilig|\bverdrietig|\bhuil|\bpijn\b|\bgeslagen|\bgeschopt|"
                     r"\bblauwe plek|\bdiscrimin|\bschaamt|\bweigert|\bniet deugt|\bschandalig|\bupset|\bbruis|\bkick|"
                     r"\bhit\b|\bhurt|\bafraid|\bscared|\bcr(y|ies|ied)\b|\bbull(y|ied|ying)|\bunacceptable|\bworried|"
                     r"\brefuses?\b|\bunfair|\bharc[eè]l|\binacceptable|\binquiet|"
                     r"\bwaarom\b|\bwhy\b|\bpourquoi\b|"     # "waarom kwam ze niet?" is a reproach
                     # indignation: "ik wil weten hoe dit kan", "hoe is dat mogelijk", "how could this happen", "???"
                     r"\bhoe (dit|dat|het|zoiets) (toch |nu |in godsnaam )?(kan|kon|mogelijk is|mag)\b|\bhoe (kan|is) (dit|dat|het|zoiets) "
                     r"(toch |nu )?(mogelijk|gebeuren|gebeurd|nu|toch)\b|\bhow (can|could|is) (this|that|it) (possibly )?"
                     r"(happen|be possible|be allowed|be)\b|\bcomment (est-ce|c'est|cela est|ça est) possible|\?{2,}|"
                     # what is still not done ("het verslag is er nog steeds niet", "still hasn't", "toujours pas")
                     r"\bnog (steeds|altijd) (niet|geen|niks|niets)\b|\bstill (not|no|hasn't|haven't|hasn’t|haven’t|isn't|"
                     r"hasn’t|nothing)\b|\btoujours pas\b|\btoujours rien\b", re.I)
# A question asked for information ("Vraag: ...", "hoe gaat dat in zijn werk? ... bedankt voor de info") with no strong
# word and at most one weak one: complaints end in questions too ("wat kunnen wij nu nog doen?"), but they say what
# went wrong.
_QUESTION = re.compile(r"\?")
_INFO_WORD = re.compile(r"\b(vraag|vragen|vraagje|info|informatie|inlichtingen|question|questions|information|"
                        r"renseignements?)\b", re.I)
# ... but not "vragen" told of the writer's earlier request to someone else ("Sinds januari vragen wij aan het CLB om
# een verslag", "we vroegen de juf om"), nor information as the data someone handled ("medische info die niet op
# straat hoort", "persoonlijke gegevens", "personal information").
_ASKED_OTHERS = re.compile(r"^[^.?!\n]{0,40}\baan\s+(?!(u|uw|jullie|je|jou|you|de directie|de directeur|de directrice)\b)\w+|^\s+(wij|we|ik|ze|zij|hij|they|he|she)\b",
                           re.I)
_DATA = re.compile(r"\b(medische|persoonlijke|vertrouwelijke|gevoelige|priv[ée]|private|confidenti[eë]le|medical|personal|"
                   r"confidential|sensitive|m[ée]dicales?|personnelles?|confidentielles?)\s+$", re.I)

_DATA_AFTER = re.compile(r"\s+(m[ée]dicales?|personnelles?|confidentielles?|priv[ée]es?|sensibles?|over (onze|mijn|ons|zijn|"
                         r"haar) (zoon|dochter|kind))\b", re.I)


def _asks_information(text: str) -> re.Match | None:
    for m in _INFO_WORD.finditer(text):
        verb = m.group(0).lower() == "vragen"
        if verb and _ASKED_OTHERS.match(text[m.end():m.end() + 60]) or _DATA.search(text[max(0, m.start() - 30):m.start()]) \
                or _DATA_AFTER.match(text[m.end():m.end() + 30]):
            continue
        return m
    return None


# A practical request to the school (leave for a family event, a form, a registration) asked as a question, with no
# word of discontent: the child is named because the request is about them, not because something went wrong.
_REQUEST = re.compile(r"\bverlof\w*|\bvrij (vragen|aanvragen|krijgen)\b|\b(mag|mogen|kan|kunnen)\b[^.?]{0,40}\b(vrij|vrijaf)\b|\b(aan)?vragen\b[^.?]{0,40}\bvoor (onze|mijn) "
                      r"(zoon|dochter|kind)|\bformulier\b|\binschrijv\w*|\bafmeld\w*|\bziek ?meld\w*|\badreswijziging|"
                      r"\bleave of absence|\bregistration form", re.I)
_PLANNED = re.compile(r"\b(zou|zouden|zal|zullen|gaan|gaat|would|will|going to)\b[^.?]{0,60}\b(niet|not)\b[^.?]{0,30}"
                      r"\b(op school|naar school|aanwezig|in de (klas|les)|at school|in school|komen|zijn|be)\b", re.I)
# ... but a request turned down is what a complaint is about.
_REFUSED = re.compile(r"\b(geweigerd|afgewezen|afgekeurd|niet toegestaan|niet goedgekeurd|refused|denied|rejected)\b", re.I)
# A calendar invitation is an event, whatever its agenda says.
_CALENDAR_SENDER = re.compile(r"calendar-notification|calendar-server|noreply-calendar", re.I)
# Credential phishing aimed at the organisation: a login lure ("log in met uw Microsoft 365-account").
# Imperatives addressed to the reader only: "hij kon niet inloggen op zijn account" is a parent's story.
_LOGIN_LURE = re.compile(r"\blog\s*(t\s+)?(u\s+)?in\b[^.\n]{0,50}\b(account|wachtwoord|gegevens)|\b(moet|dient) u\b[^.\n]{0,30}"
                         r"\b(inloggen|in te loggen)|\b(verifieer|bevestig|valideer|controleer) (uw|je) (account|"
                         r"gegevens|identiteit|wachtwoord)|\b(sign|log) in\b[^.\n]{0,40}\baccount|\bverify your (account|"
                         r"identity|password)|\bwachtwoord verloopt|\bpassword (expires|reset)|"
                         # the reader's account object and what is demanded of it, in either order ("het wachtwoord
                         # van uw mailbox verloopt", "moet u uw huidige wachtwoord bevestigen")
                         r"\b(uw|je|your)\s+(\w+\s+){0,2}(wachtwoord|account|mailbox|inloggegevens|password|mailbox)\b"
                         r"[^.\n]{0,60}\b(bevestig\w*|verifi\w*|valide\w*|behoud\w*|bijwerken|bij te werken|verloopt|"
                         r"vervalt|geblokkeerd|opgeschort|gedeactiveerd|confirm|expires?|suspended)\b|"
                         r"\b(wachtwoord|account|password)\s+van\s+(uw|je|your)\b[^.\n]{0,40}\b(verloopt|vervalt|expires?|"
                         r"geblokkeerd|wordt (verwijderd|gesloten))", re.I)


def not_complaint_mail(mail: ParsedMail) -> Evidence | None:
    """Structure that no complaint has: a calendar invitation, a login lure from an address nobody reads."""
    if "text/calendar" in mail.part_types or "application/ics" in mail.part_types \
            or _CALENDAR_SENDER.search(mail.header("sender") or ""):
        return Evidence("not_complaint", "agenda-uitnodiging")
    lure = _LOGIN_LURE.search(mail.full_text) or _LOGIN_LURE.search(mail.subject)
    if lure and (is_noreply(mail.from_addr) or not re.search(r"\b(mijn|onze) (zoon|dochter|kind)", mail.full_text, re.I)):
        return Evidence("not_complaint", lure.group(0))
    return None


# A mail whose purpose is thanks: in the subject, or an act of thanking in the text ("wil ... bedanken", "dank
# jullie wel voor"), not the closing formula "alvast bedankt" that ends every question and complaint.
_THANKS_SUBJECT = re.compile(r"^\W*(re:\s*)?(bedankt|dank|dankjewel|dankuwel|merci|thanks|thank you)\b", re.I)
_THANKS_ACT = re.compile(r"\b(wil|willen|wou|wilde|even)\b[^.!?]{0,50}\bbedanken\b|\bom (u|jullie|je|jou)\b[^.!?]{0,30}"
                         r"\bte bedanken\b|\b(hartelijk|heel erg|ontzettend|enorm|super) (bedankt|dank)\b|\bdank (u|je|jullie) "
                         r"(wel|hartelijk)\b|\bthank you (so much|for)\b|\bmerci (beaucoup|pour)\b", re.I)
_FOR = re.compile(r"\b(voor|for|pour)\b", re.I)
# What turns a thank-you into a complaint: a contrast, a question, or discontent said now.
_GRIEVANCE = re.compile(r"(?<!alleen )\bmaar\b|\bechter\b|\bhelaas\b|\bjammer\b|\bklacht|\bontevreden|\bteleurgesteld|"
                        r"\bboos\b|\bkwaad\b|\bonaanvaardbaar|\bonacceptabel|\bbelachelijk|\bschandalig|\bbezorgd|"
                        r"\bongerust|\bzorgen\b|\bnog steeds\b|\bnog altijd\b|\bwil (graag )?dat\b|\bbut\b|\bhowever\b|"
                        r"\bunfortunately\b|\?", re.I)
# Trouble that is over ("na al het gedoe met het pesten", "toen") does not make a thank-you a complaint.
_OVER = re.compile(r"\bna (al )?(het|alle|de|die)\b|\btoen\b|\bdestijds\b|\bvroeger\b|\bvoorbij\b|\bopgelost\b|"
                   r"\bin het (voorjaar|najaar|begin)\b|\bniet meer\b|\bweer (goed|vrolijk|blij|met plezier)", re.I)
# A supplier's invoice or quote: several words of billing and no child.
_BILLING = re.compile(r"\bfactu(u|r)r\w*|\binvoice|\bofferte|\bvervaldatum|\bbetalingstermijn|\biban\b|"
                      r"\boverma(ken|akt)|\bdebiteur|\bbtw\b|\bvat\b|\bbestelnummer|\bklantnummer|\bordernummer", re.I)
_CHILD = re.compile(r"\b(mijn|onze|ons|my|our)\s+(\w+\s+)?(zoon|dochter|kind|kinderen|son|daughter|child)\b", re.I)
# An invitation to an event: the organiser invites, nobody complains.
_INVITE = re.compile(r"\buitnodiging\b|\bnodig(en)? (u|jullie|je) (graag |van harte )?uit\b|\bnodig(en)? (ik|we|wij)\b[^.]{0,60}\buit\b|\b(ik|we|wij) nodig(en)?\b[^.]{0,60}\buit\b|\bbent (van harte )?"
                     r"uitgenodigd|\byou are (cordially )?invited|\binvitation\b|\bvous invite", re.I)

# An invitation the writer received ("Gisteren kregen we van de school een uitnodiging voor het oudercontact", "we
# werden uitgenodigd", "I was invited to") is something that happened to them, not an event they organise.
_RECEIVED = re.compile(r"\b(kreeg|kregen|krijg|krijgen|kregen|gekregen|ontving|ontvingen|ontvangen|ontvang|binnengekregen|"
                       r"received?|receiving|got|get|gotten|re[çc]u\w*|recevons|re[çc]ois)\b[^.!?\n]{0,60}$", re.I)
_RECEIVED_AFTER = re.compile(r"[^.!?\n]{0,30}\b(gekregen|ontvangen|binnengekregen|received|re[çc]u\w*)\b", re.I)
_FROM_OTHERS = re.compile(r"\W*(van|vanuit|vanwege|from|de la part|de l'|de la)\b", re.I)


def _writer_invites(text: str) -> re.Match | None:
    """The first invitation the writer makes: not one they received ("kregen we een uitnodiging") or one sent by
    someone else ("de uitnodiging van de school")."""
    for m in _INVITE.finditer(text):
        after = text[m.end():m.end() + 40]
        if _RECEIVED.search(text[max(0, m.start() - 80):m.start()]) or _FROM_OTHERS.match(after) \
                or _RECEIVED_AFTER.match(after):
            continue
        return m
    return None


# What a complaint to a school or a learning-support centre is about: a child, a pupil, a class, a teacher, the school,
# the support (nl/en/fr, with inflections). A mail naming none of these, and not saying it complains, has no subject
# this mailbox handles: spam in any language, a supplier's note, a colleague's business mail.
_TOPIC = re.compile(r"\b(kinderen|kindje|zoon|zoontje|dochter|dochtertje|jongen|meisje|kleinzoon|kleindochter|"
                    r"pleeg(kind|zoon|dochter|ouders?|gezin)\w*|stief(zoon|dochter|kind)|tweeling\w*|kleuter\w*|peuter\w*|"
                    r"jongste|oudste|leerling\w*|scholier\w*|pupils?|\w+school\b|school(?!s\b)\w+|scholen|klas|klassen|"
                    r"klasje|\w+klas|groep \d|leerjaar|middelbaar|secundair|opvang|onderwijs\w*|lessen|(gym|zwem|taal|reken|muziek|teken|turn|bij|dans|lees|schrijf|spel|frans|engels|wiskunde|godsdienst|bewegings|instructie)les(sen)?|gym\w*|turnen|speelplaats|schoolplein|overblijf\w*|pauze|huiswerk|toets\w*|"
                    r"rapport|leerkracht\w*|leraar|leraren|lerares\w*|docent\w*|juf|juffrouw|meester|mentor|\w*titularis|"
                    r"intern begeleider|ib'?er|zorgco[oö]rdinator|directeur|directie|leersteun\w*|ondersteuning|"
                    r"begeleid\w*|leerondersteuner\w*|logopedi\w*|clb|grandson|granddaughter|classmates?|classroom|"
                    r"teachers?|homework|learning support|special needs|headteacher|enfants?|fils|fille|[ée]l[èe]ves?|"
                    r"classe|[ée]coles?|enseignant\w*|institut(eur|rice)|professeur\w*|ma[iî]tresse|soutien scolaire|"
                    r"accompagnement)\b|"
                    # words that are also ordinary English ("kind regards", "first class", "flight schools") count
                    # only after a word that makes them the child or the school
                    r"\b(het|mijn|ons|onze|uw|je|jouw|jullie|dit|dat|elk|ieder|een|zijn|haar|hun|my|our|his|her|their|"
                    r"your|the|to|at|from|after|de|op|naar|van|uit|in|na)\s+(\w+\s+)?(kind|school|son|daughter|child|"
                    r"children|kids?|boy|girl|student|les|lessons?)\b|"
                    r"\b(my|our|his|her|their|your|the|whole|in|de|het|zijn|haar)\s+class\b(?!\s+(tickets?|action))",
                    re.I)
_COMPLAINT_WORD = re.compile(r"\bklacht|\bklagen|\bbeklag|\bcomplain|\bplainte|\bbezwaar", re.I)


def off_topic(subject: str, body: str, attachments: tuple[str, ...] = ()) -> Evidence | None:
    """Affirmative evidence of no complaint to this mailbox: nothing in it about a child, school or support."""
    text = "\n".join((subject, body, *attachments))
    if _TOPIC.search(text) or _COMPLAINT_WORD.search(text):
        return None
    return Evidence("not_complaint", "geen kind, leerling, klas, school of ondersteuning genoemd")


def not_complaint(subject: str, body: str, sentences: list[str] | None = None) -> Evidence | None:
    """Affirmative evidence that a mail is no complaint; None when there is none.

    Silence about discontent is no evidence: in a complaints mailbox, a parent telling what happened
    to their child is a complaint, and ignoring one is the worst error the bot can make.
    """
    text = subject + "\n" + body
    sents = sentences if sentences is not None else [s for s in re.split(r"(?<=[.!?])\s+|\n", body) if s.strip()]
    m = _NOT_COMPLAINT.search(body)
    if m and not _WORRY.search(text) and not _current_safety(sents):
        return Evidence("not_complaint", m.group(0))
    # thanks in the closing formula ("Dank u wel,\nAgnieszka") ends every kind of mail; only the writer's own text counts
    # ... and so does a bare formula as the last sentence ("Hartelijk dank,") after a mail that says what is wrong
    own = sents[:-1] if len(sents) > 1 and len(sents[-1].split()) <= 4 and not _FOR.search(sents[-1]) \
        and _STRONG.search("\n".join(sents[:-1])) else sents
    thanks = _THANKS_SUBJECT.search(subject) or _THANKS_ACT.search("\n".join(own))
    if thanks and not _current_grievance(subject, sents) and not _current_safety(sents):
        return Evidence("not_complaint", f"dankbericht: {thanks.group(0).strip()}")
    if len(_BILLING.findall(text)) >= 2 and not _CHILD.search(text) and not _GRIEVANCE.search(text.replace("?", "")):
        return Evidence("not_complaint", f"factuur of offerte: {_BILLING.search(text).group(0)}")
    invite = _writer_invites(text)
    if invite and not _STRONG.search(text) and not _CHILD.search(text):
        return Evidence("not_complaint", f"uitnodiging: {invite.group(0)}")
    # A professional inviting the reader to a meeting about a pupil ("graag nodig ik iemand van jullie centrum uit
    # voor het MDO over Tuur"): concern about the pupil's learning is the meeting's agenda, not a complaint, as long
    # as the writer neither speaks as the child's parent nor says they complain.
    if invite and not AS_PARENT.search(text) and not _COMPLAINT_WORD.search(text) and not _current_safety(sents):
        return Evidence("not_complaint", f"uitnodiging voor overleg: {invite.group(0)}")
    if _STRONG.search(text) or _current_safety(sents):
        return None
    weak = len(_WEAK.findall(text))
    info = _asks_information(text)
    if info and _QUESTION.search(body) and weak <= 1:
        return Evidence("not_complaint", f"vraag om informatie: {info.group(0)}")
    request = next((r for r in _REQUEST.finditer(text) if not (r.group(0).lower().startswith(("vragen", "aanvragen"))
                    and _ASKED_OTHERS.match(text[r.start() + len(r.group(0).split()[0]):][:60]))), None)
    # the absence the request is about ("ze zouden die dag niet op school zijn") is a plan, not something gone wrong
    planned = sum(len(_WEAK.findall(x)) for x in sents if _PLANNED.search(x))
    if request and _QUESTION.search(body) and weak - planned == 0 and not _REFUSED.search(text):
        return Evidence("not_complaint", f"praktische aanvraag: {request.group(0)}")
    return None


# "Ik had bijna een klacht ingediend, maar dat was achteraf niet nodig": a complaint that was not made.
_COUNTERFACTUAL = re.compile(r"\bbijna\b|\bachteraf\b|\bniet (meer )?nodig\b|\balmost\b|\bfailli\b", re.I)


_STILL_NOW = re.compile(r"\bnog (steeds|altijd)\b|\bopnieuw\b|\bstill\b|\?", re.I)


def _current_grievance(subject: str, sentences: list[str]) -> bool:
    """Discontent said now: not in a sentence about trouble that is over or a complaint that was never made."""
    return bool(_GRIEVANCE.search(subject)) or any(
        _GRIEVANCE.search(s) and (_STILL_NOW.search(s) or not (_OVER.search(s) or _COUNTERFACTUAL.search(s)))
        for s in sentences)


def _current_safety(sentences: list[str]) -> bool:
    """A safety word in a sentence that does not place the trouble in the past."""
    from .safety import safety_evidence
    return any(safety_evidence([s]) and not _OVER.search(s) for s in sentences)


# A parent writing about their own child ("onze jongste zit in…") complains about a specific
# student even without a name; a negated mention ("mijn eigen kind heeft geen leersteun") does not.
_OWN_CHILD = re.compile(r"\b(mijn|onze?|ons)\s+(eigen\s+)?(zoon|dochter|kind|jongste|oudste|middelste|pleeg\w+|klein(zoon|dochter|kind))\b"
                        r"|\bmy (own )?(son|daughter|child)\b|\b(mon|ma|notre) (propre )?(fils|fille|enfant)\b", re.I)
_NEGATION = re.compile(r"\b(niet|geen|not|no|pas)\b", re.I)


def _refers_to_own_child(text: str) -> bool:
    return any(_OWN_CHILD.search(s) and not _NEGATION.search(s) for s in re.split(r"(?<=[.!?\n])\s*", text))


def categorise(proc: Procedure, text: str, *, student_named: bool = True) -> tuple[str, list[Evidence]]:
    best, best_score, best_ev = proc.default_category, 0, []
    for name, cat in proc.categories.items():
        if name == proc.ignore_category or not cat.patterns:
            continue
        score, ev = 0, []
        for pattern, weight in cat.patterns:
            m = pattern.search(text)
            if m:
                score += weight
                if weight > 0:
                    ev.append(Evidence(f"category:{name}", m.group(0)))
        if ev and not student_named and cat.no_student_bonus and not _refers_to_own_child(text):
            score += cat.no_student_bonus
            ev.append(Evidence(f"category:{name}", "(no student named)"))
        if score >= proc.min_score and score > best_score:
            best, best_score, best_ev = name, score, ev
    return best, best_ev
