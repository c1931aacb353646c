"""Who did what the parent complains about, and what the complaint disputes.

Seed 001 separates complaints about a learning-support centre by the act complained about: the support the
CENTRE's own staff deliver (leersteun), the measures the SCHOOL takes or refuses (redelijke aanpassingen), and
the ASSESSMENT whether a measure is (dis)proportionate (proportionaliteit). The same words (laptop, extra tijd,
begeleiding, afgezegd) occur in all three; what tells them apart is the subject of the act and its object.

Per sentence, cut into clauses, this module finds an act of withholding or refusing ("zonder voorleessoftware",
"mag niet meer", "afgezegd", "weigert") and the actor who is its subject in the same clause, or its agent ("van
de directeur", "door de school"), or, when the clause has only a pronoun ("ze", "hij"), the actor of the sentence
before. Staff named after a preposition ("bij de juf", "met de school") are not the ones acting. An assessment is
a judgement whose content is reasonableness, proportion or burden ("beslist dat dat onredelijk is", "niet in
verhouding tot de inspanning"), or the parent disputing such a weighing ("die afweging klopt niet").

A procedure uses these as category patterns ("@centre_act", "@school_act", "@assessment", "@centre_praised",
"@complained_centre", "@complained_school": the party the writer says the complaint is about),
so the categories stay data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CENTRE, SCHOOL = "centre", "school"

_CENTRE = (r"leerondersteuner\w*|leersteuner\w*|(?<!zorg)begeleid(st)?ers?\b|ondersteuners?\b|support teachers?|"
           r"(learning )?support (teacher|worker|assistant)s?|(de |uw |jullie )?begeleiding van (jullie|uw centrum)|"
           r"jullie (centrum|medewerker\w*|begeleid\w*|mensen)|uw (centrum|medewerker\w*)|(het )?leersteuncentrum|"
           r"your (centre|center|staff|support teacher)|votre (centre|accompagnat\w*)")
_SCHOOL = (r"de school|the school|school(directeur|directie)|(nieuwe |de )?directeur(?! van (het |uw |jullie )?"
           r"(leersteun)?centrum)|directie(?! van (het |uw |jullie )?(leersteun)?centrum)|headteacher|principal|"
           r"(klas|zorg)juf|klasmeester|(de )?(klas|zorg|vak)?leerkracht\w*|leraar|leraren|lerares|klassenraad|zorgco[öo]rdinator|"
           # a secondary school's own staff: graad- and leerlingbegeleiding, the deputy head, the board
           r"graadco[öo]rdinator\w*|leerlingen?begeleid\w*|adjunct-?directeur|schoolbestuur|klassenleraar|onderwijzer\w*|"
           r"\w*titularis|turnleraar|the teachers?|her teacher|his teacher|(basis|middelbare )school \w+|"
           r"atheneum|lyceum|\w*-?instituut|(vbs|gbs|obs|cbs|bs|ks) \w+")     # a school by its kind or initials
# A bare "juf" or "meester" may be the school's teacher or the centre's support worker ("een andere juf voor haar
# begeleiding"): it names no side.
_ACTOR = re.compile(rf"\b(?P<centre>{_CENTRE})|\b(?P<school>{_SCHOOL})\b", re.I)
# A staff member named after one of these is the place or partner of the act, not its subject.
# An adjective may stand between ("aan de nieuwe klasleerkracht", "met haar vorige begeleidster", "to her new teacher").
_OBLIQUE = re.compile(r"\b(bij|met|aan|voor|tegen|over|naar|tot|op|in|uit|na|tijdens|sinds|with|to|for|about|at|of|"
                      r"on|in|during)\s+((de|het|een|die|deze|dat|onze|haar|zijn|uw|jullie|mijn|hun|the|a|that|this|her|his|"
                      r"our|your|my|their)\s+)?"
                      r"((\w+e|eigen|new|old|former|other)\s+)?$", re.I)
# An actor joined to an oblique one ("met de leerondersteuner en de zorgcoördinator") or its genitive is oblique too.
_AND = re.compile(r"^\s*(en|of|and|or|van|of the)\s+((de|het|een|die|onze|haar|zijn|the|a|her|his|our)\s+)?$", re.I)
# Someone who was not told or involved is a bystander of the act, not its subject ("de school werd niet
# verwittigd", "jullie leerondersteuner wist van niets"), nor one who can't help it ("kan er niets aan doen"); nor is
# the writer ("wij waren niet op die klassenraad").
_BYSTANDER = re.compile(r"\bverwittigd|\bop de hoogte\b|\bwist(en)? (er |daar )?(van )?niets\b|\bbetrokken\b|"
                        r"\b(kan|kon|kunnen|konden) (er|daar|hier) (\w+ )?niets aan (doen|verhelpen)\b|"
                        r"\b(ge)?informeerd|\bge[iï]nformeerd|\bnot (told|informed)\b|\bknew nothing\b|"
                        r"\b(weet|weten|wist|wisten|knows?|knew)\b[^.]{0,15}\b(niet|niets|not|nothing)\b|"
                        r"\b(doesn't|don't|didn't|does not|did not) know\b", re.I)
_WRITER = re.compile(r"^\W*(\w+\s+){0,2}?(ik|wij|we|i)\b", re.I)
# The agent of a modal or passive: "mag niet meer van de directeur", "werd geweigerd door de school".
_AGENT = re.compile(r"^\W*(van|door|by)\s+$", re.I)
# Staff as the object of what the actor failed to do ("zonder de juf te verwittigen", "without asking the teacher",
# "without telling her teacher") are not its subject: whoever acted stands outside the clause.
_OBJECT_OF = re.compile(r"\b(zonder|without)\s+(\w+ing\s+)?((de|het|haar|zijn|onze|the|her|his|our)\s+)?(\w+e\s+)?$",
                        re.I)
# After a copula "van" says whom someone belongs to: in "meneer Dries is niet van de school" the school does nothing;
# nor does anyone in a clause that only says what someone is ("dat hij geen medewerker van de school is").
_BELONGS = re.compile(r"\b(is|zijn|was|waren|komt|komen|kwam)\s+(niet|geen\s+\w+)\s+(meer\s+)?(van|from)\s+$", re.I)
_WHAT_ONE_IS = re.compile(r"\b(is|zijn|was|waren)\s+(niet|geen)\s+(\w+\s+){0,2}?(van|medewerker\w*|personeelslid|lid|deel|"
                          r"part|from)\b|\b(niet|geen)\s+(\w+\s+){0,2}?(van|medewerker\w*|personeelslid|lid|deel)\b[^.,;]{0,30}"
                          r"\b(is|zijn|was|waren)\W*$", re.I)
# Withholding, refusing or failing to deliver: what a parent complains someone did.
_ACT = re.compile(r"\bzonder\b|\bniet\b|\bgeen\b|\bnooit\b|\bniets\b|\bweg(gehaald|halen|genomen|nemen)\b|"
                  r"\bafgezegd|\bafgelast|\bgeschrapt|\bafgeschaft|\bingetrokken|\bstopgezet|\bgeweigerd|\bweiger\w*|"
                  r"\bverbo(den|iedt)|\b(af|in)(ge)?(nomen|pakt)\b|\bin de kast\b|\bwithout\b|\bnot\b|n't\b|\bnever\b|\bcancel+ed|\brefus\w*|\bstopped\b", re.I)
# A plan, proposal or agreement is no act complained about: "de leerondersteuner had voorgesteld dat ..."
_PROPOSAL = re.compile(r"\b(voorgesteld|stelde\w* voor|stel\w* voor|afgesproken|beloofd|suggested|proposed|agreed)\b",
                       re.I)
_CLAUSE = re.compile(r"[,;:()]|\s(?=(dat|wat|omdat|als|wanneer|terwijl|want|zodat|waardoor|hoewel|maar|because|"
                     r"that|when|while|but|although)\b)", re.I)
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
# So does a name in apposition ("haar klasleerkracht, meester Wim, heeft ..."; "de begeleidster, juffrouw Saar, doet"):
# between two commas it only says who the subject is.
_APPOSITION = re.compile(r",\s*(?i:meester|meneer|mijnheer|juf|juffrouw|mevrouw|mevr\.?|mr\.?|dhr\.?|mw\.?|mrs?\.?|ms\.?)"
                         r"\s+[A-Z][\w'-]*(\s+(van|de|der|den|ten|ter)?\s*[A-Z][\w'-]*){0,2}\s*,")
_PRONOUN = re.compile(r"^\W*(\w+\s+){0,4}?(ze|zij|hij|she|he)\b", re.I)
# A subordinate clause's pronoun is as often the child ("dat ze niet naar school wil") as the actor.
_SUBORDINATE = re.compile(r"^\W*(dat|wat|omdat|als|wanneer|terwijl|want|zodat|waardoor|hoewel|because|that|when|while|"
                          r"although)\b", re.I)

# The judgement of reasonableness or proportion, by whoever made it.
_MEASURE_WORD = (r"onredelijk\w*|niet (meer )?redelijk|niet in verhouding|buiten (alle )?verhouding|onevenredig\w*|"
                 r"(dis|niet )?proportione\w*|(dis)?proportionate|te veel gevraagd|undue burden|unreasonable|"
                 # a burden weighed is the school's, not the child's ("te zwaar voor hem" is about the pupil)
                 r"(te|too) (zwaar|belastend|duur|groot|veel|much|heavy|costly)\b[^.\n]{0,30}\b(voor|van|for|on) "
                 r"(de|het|the|onze|our)\s+(school|leerkracht\w*|klas|team|teachers?|staff|class)")
_MEASURE = re.compile(rf"\b({_MEASURE_WORD})|\bafweging", re.I)   # a clause weighing, not withholding
_ASSESSMENT = re.compile(
    rf"\b(besli(st|ste|sten|ssen)|besloten|(ge)?oorde(e)?l\w*|vindt|vinden|vond|vonden|stelt|stellen|stelde|stelden|"
    rf"beoordeeld|ingeschat|geschat|schat\w*|zegt|zeggen|zei|zeiden|decided?s?|judged?|considers?|consider(ed)?|"
    rf"found|says?|said|claims?|claimed)\b[^.\n]{{0,80}}\b({_MEASURE_WORD})|"
    r"\b(die|de|deze|hun|zijn|haar|that|the|this|their)\s+(afweging|inschatting|beoordeling|assessment)\b", re.I)
_PRAISE = re.compile(r"\b(is|zijn|was|doet|doen|deed|werkt|werken)\b[^.\n]{0,30}\b(goed|prima|fantastisch|fijn|"
                     r"behulpzaam|best)\b|"
                     # doing all one can ("doet wat ze kan", "doet echt alles wat ze kan", "zet zich volledig in")
                     r"\b(doet|doen|deed|deden)\s+(\w+\s+){0,2}?(alles\s+)?wat\s+(ze|hij|zij|ze maar|hij maar)\s+(kan|kon)\b|"
                     r"\b(zet|zette|zetten)\s+zich\s+(\w+\s+){0,3}?in\b|\b(does|did) (all |everything |what )?(she|he) can\b|"
                     # the verb last in a subordinate clause: "dat de begeleidster het heel goed doet"
                     r"\b(goed|prima|fantastisch|uitstekend|schitterend|fijn|super)\s+(\w+\s+)?(doet|doen|deed|deden|werkt|"
                     r"werken|werkte|aanpakt|aanpakken|begeleidt|begeleiden|opvolgt)\b|\b(tevreden|blij|happy|satisfied) (over|met|with)\b|\b(is|are|was) "
                     r"(very |really )?(good|great|helpful)\b", re.I)


@dataclass(frozen=True)
class Act:
    actor: str        # CENTRE or SCHOOL
    phrase: str


# Staff telling the parents that the child no longer gets an aid ("de zorgcoördinator zegt dat ze geen vergrote kopieën
# meer krijgt"): the withholding told is the teller's side's act. Only an aid withheld, not what the child does.
_SAYS = re.compile(r"\b(zegt|zeggen|zei|zeiden|vindt|vinden|vond|vonden|meent|oordeelt|meldt|meldde|(laat|liet|lieten)\b.{0,40}\bweten|deelt\b.{0,20}\bmee|deelde\b.{0,20}\bmee|"
                   r"says|said|told us)\s*$", re.I)
_AID_WITHHELD = re.compile(r"^\W*(that|dat)\b.{0,60}\b(niet (meer )?(nodig|haalbaar|mogelijk|realistisch)|overbodig|onnodig|not needed|"
                           r"unnecessary|not (feasible|possible)|"
                           r"(geen|niet meer)\b.{0,40}\b(krijgt|krijgen|mag|mogen|gebruiken)|"
                           r"(krijgt|krijgen|mag|mogen)\b.{0,40}\b(geen|niet meer))\b", re.I)


def acts(sentences: list[str]) -> list[Act]:
    """Every withholding act whose actor is known, in the order written."""
    out: list[Act] = []
    previous: str | None = None      # the actor of the last act: a main clause's "ze" continues their story
    for s in sentences:
        acted, before, sayer = None, "", None
        for clause in _clauses(s):
            if sayer and _AID_WITHHELD.search(clause) and not _subject(clause):
                out.append(Act(sayer, clause.strip()))
                acted = sayer
            sayer = _subject(clause) if _SAYS.search(clause) else None
            # a clause of a few words ("niemand verwittigd, ook de school niet") shares the predicate before it
            predicate = before + " " + clause if len(clause.split()) <= 4 else clause
            before = clause
            own = _subject(clause)
            actor = own or (previous if _PRONOUN.search(clause) and not _SUBORDINATE.search(clause) else None)
            if actor and _ACT.search(clause) and not (_PROPOSAL.search(clause) or _PRAISE.search(clause)
                                                      or _MEASURE.search(clause) or _BYSTANDER.search(predicate)
                                                      or _WRITER.search(clause) or _WHAT_ONE_IS.search(clause)):
                out.append(Act(actor, clause.strip()))
                acted = actor
        previous = acted
    return out


def _clauses(sentence: str) -> list[str]:
    # A bracketed aside ("de afspraken (voorleessoftware bij toetsen) niet doorgegeven") does not end the clause:
    # the verb after it still belongs to the subject before it.
    sentence = _APPOSITION.sub(" ", _ASIDE.sub(" ", sentence))
    parts, start = [], 0
    for m in _CLAUSE.finditer(sentence):
        parts.append(sentence[start:m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return [p for p in parts if p.strip()]


def _subject(clause: str) -> str | None:
    """The actor acting in a clause: its agent ("van de directeur") first, else the first one not after a preposition."""
    subject, oblique, end = None, False, 0
    for m in _ACTOR.finditer(clause):
        kind = CENTRE if m.group("centre") else SCHOOL
        before = clause[:m.start()]
        if _AGENT.search(before[-6:]) and _ACT.search(before):
            return kind
        oblique = bool(_OBJECT_OF.search(before[-35:]) or _OBLIQUE.search(before[-20:]) or _BELONGS.search(before[-30:]) or (oblique and _AND.search(clause[end:m.start()])))
        end = m.end()
        if subject is None and not oblique:
            subject = kind
    return subject


# The party the writer says they complain about: "ik ben ontevreden over de leerondersteuner", "a complaint about
# your support teacher".
_COMPLAINT_ABOUT = re.compile(r"\b(klacht(en)?|klagen|klaag|ontevreden|ontgoocheld|teleurgesteld|boos|complain\w*|"
                              r"unhappy|dissatisfied|disappointed|plaintes?|plaindre|m[ée]content\w*)\b[^.\n]{0,25}?\b(over|"
                              r"tegen|about|with|in|sur|contre|concernant)\s+(?!(?:over|tegen)\b)(.{0,60})",
                              re.I)


# The writer naming what the mail is about without a complaint word: "het gaat over de school, die ...", "mijn mail
# gaat hier om de directie", "het probleem ligt bij de school"; "daar gaat het niet over" names nobody.
_ABOUT_FRAME = re.compile(r"\b(het|dit|mijn (klacht|mail|vraag|probleem)|deze (klacht|mail)|onze (klacht|mail))\s+gaat\s+"
                          r"((hier|wel|enkel|alleen|vooral|echt|dus|mij|ons)\s+){0,2}(over|om)\s+(?P<party>.{0,60})|"
                          r"\b(probleem|pijnpunt|fout|schuld)\s+(ligt|zit)\s+((hier|wel|echt|dus|volgens mij)\s+){0,2}"
                          r"(bij|aan)\s+(?P<party2>.{0,60})|\bit(?:'s| is) (?:about|with)\s+(?P<party3>.{0,60})", re.I)


def complained_about(sentences: list[str], actor: str) -> str | None:
    for s in sentences:
        for m in _COMPLAINT_ABOUT.finditer(s):      # "klacht gaat niet over uw begeleidster" names her not
            if _party(m.group(4)) == actor and not re.search(r"\b(niet|geen|not)\b", s[m.start():m.start(4)], re.I):
                return m.group(0)[:80]
        for m in _ABOUT_FRAME.finditer(s):
            party = m.group("party") or m.group("party2") or m.group("party3") or ""
            if _party(party) == actor and not re.search(r"\b(niet|geen|not)\b", m.group(0)[:m.group(0).find(party)], re.I):
                return m.group(0)[:80]
    return None


# The support itself stands for the centre that delivers it: "een klacht over de manier waarop de leersteun verloopt".
_SERVICE = re.compile(r"^(de |het )?(manier waarop|wijze waarop|hoe)\s+|^(de|het|onze?|uw|jullie|the|your|our)\s+(?=\w)",
                      re.I)
_CENTRE_SERVICE = re.compile(r"^(de |het |uw |jullie |the |your |le |la |l')?(leersteun|begeleiding|ondersteuning|"
                             r"learning support|support|soutien|accompagnement)\b(?![^.]{0,20}\b(van|door|by|from|de) "
                             r"(de |the |l')?(school|[ée]cole))", re.I)


def _party(words: str) -> str | None:
    """The actor the words start with, past an article or 'de manier waarop'."""
    once = _SERVICE.sub("", words, count=1)
    rest = _SERVICE.sub("", once, count=1)
    for text in (rest, once, words):
        who = _ACTOR.match(text)
        if who:
            return CENTRE if who.group("centre") else SCHOOL
    return CENTRE if _CENTRE_SERVICE.match(rest) else None


# Praise aimed at someone: "niets dan lof voor de leerondersteuner", "tevreden over de begeleidster".
_PRAISE_FOR = re.compile(r"\b(lof|waardering|dank|complimenten?|dankbaar|tevreden|blij|happy|satisfied|grateful|praise)\s+"
                         r"(voor|over|met|aan|with|for|to)\s+(.{0,60})", re.I)
_VERB_FIRST = re.compile(r"^\W*(is|zijn|was|waren|doet|doen|deed|deden|werkt|werken|werkte|is|does|did|works)\b", re.I)


def praised(sentences: list[str], actor: str) -> str | None:
    """A sentence praising the actor's work ("de begeleiding van jullie is wel goed"): not the one complained about.

    A clause that opens with its verb ("doet echt haar best") continues the subject of the clause before it; a
    negation after the praise ("doet haar best en daar klaag ik niet over") does not undo it.
    """
    for s in sentences:
        previous, parts = None, _clauses(s)
        for i, clause in enumerate(parts):
            subject = _subject(clause) or (previous if _VERB_FIRST.search(clause) else None)
            previous = subject
            # "doet wat ze kan": the object clause after the verb belongs to the praise
            nxt = parts[i + 1] if i + 1 < len(parts) and re.match(r"\W*(wat|what)\b", parts[i + 1], re.I) else ""
            clause = f"{clause} {nxt}" if nxt else clause
            praise = _PRAISE.search(clause)
            if subject == actor and praise and not re.search(r"\b(niet|geen|not)\b", clause[:praise.end()], re.I):
                return clause.strip()
        for m in _PRAISE_FOR.finditer(s):
            if _party(m.group(3)) == actor and not re.search(r"\b(niet|geen|not|no)\b", s[max(0, m.start() - 25):m.start()],
                                                            re.I):
                return m.group(0)[:80]
    return None


def assessment(sentences: list[str]) -> str | None:
    for s in sentences:
        m = _ASSESSMENT.search(s)
        if m:
            return m.group(0)
    return None


@dataclass(frozen=True)
class _Hit:
    phrase: str

    def group(self, _: int = 0) -> str:
        return self.phrase


class _Lexicon:
    """A category pattern answering like re.search over the mail's lines (subject + one sentence a line)."""
    def __init__(self, name: str, find):
        self.pattern, self._find = name, find

    def search(self, text: str):
        phrase = self._find(text.split("\n"))
        return _Hit(phrase) if phrase else None


def _by(actor: str):
    def find(lines: list[str]) -> str | None:
        found = [a for a in acts(lines) if a.actor == actor]
        return found[0].phrase if found else None
    return find


LEXICONS = {
    "@centre_act": lambda: _Lexicon("@centre_act", _by(CENTRE)),
    "@school_act": lambda: _Lexicon("@school_act", _by(SCHOOL)),
    "@assessment": lambda: _Lexicon("@assessment", assessment),
    "@centre_praised": lambda: _Lexicon("@centre_praised", lambda lines: praised(lines, CENTRE)),
    "@complained_centre": lambda: _Lexicon("@complained_centre", lambda lines: complained_about(lines, CENTRE)),
    "@complained_school": lambda: _Lexicon("@complained_school", lambda lines: complained_about(lines, SCHOOL)),
    "@agreement_broken": lambda: _Lexicon("@agreement_broken", _agreement_broken),
}


def _agreement_broken(lines: list[str]) -> str | None:
    from .agreement import agreement_broken      # late: agreement.py builds on this module's clause model
    return agreement_broken(lines)
