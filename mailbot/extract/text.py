"""Which words of a mail triage reads, cut into sentences, plus the negation and condition tests of the flag rules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import ParsedMail
from .dates import header_date

# Outlook/Gmail put the forward between dashes; Apple Mail writes "Begin doorgestuurd bericht:" and quotes
# the whole forwarded message with "> ".
_FORWARD = re.compile(r"^\s*-{2,}\s*(Doorgestuurd bericht|Forwarded message|Message transféré)\s*-{2,}\s*$|"
                      r"^\s*(Begin (doorgestuurd|forwarded) (bericht|message)|D[ée]but du message r[ée]exp[ée]di[ée])\s*:\s*$",
                      re.I | re.M)
# Outlook's plain forward has no dashed line: a "Van:" line followed by more header lines starts the message.
_HEADER_BLOCK = re.compile(r"^(?=\s*(van|from|de)\s*:\s*\S[^\n]*\n(\s*(verzonden|sent|date|datum|aan|to|onderwerp|"
                           r"subject|objet|envoy[ée]|cc)\s*:[^\n]*\n){2,})", re.I | re.M)
_REPLY = re.compile(r"\s*(re|antw|aw|sv|r)\s*:", re.I)
# The writer speaks as the child's parent (category.py uses it too).
# Step-parents, plus- and bonus-parents, foster parents and grandparents speak as the parent ("de stiefvader van Lisa",
# "mijn pleegdochter", "Lisa's plusmama", "grand-mère de Léa").
_KIN_PREFIX = r"(stief|plus|bonus|pleeg|klein|step-?|foster |grand-?|beau-|belle-)?"
_NOT_NAME = (r"(de|het|een|die|dat|deze|dit|zijn|haar|hun|mijn|onze|ons|jullie|uw|iemand|a|an|the|his|her|their|my|our|"
             r"that|this|la|le|les|un|une|l|son|sa|ses|mon|ma)")
_CARER = (r"(mama|mam|papa|pap|moeder|vader|mother|father|mum|mom|dad|maman|p[èe]re|m[èe]re|oma|opa|"
          r"grootmoeder|grootvader|grandmother|grandfather|mamie|papi|voogd|guardian|tuteur)")
AS_PARENT = re.compile(rf"\b(mijn|onze|ons|my|our|mon|ma|notre)\s+(\w+\s+)?{_KIN_PREFIX}(zoon|zoontje|dochter|dochtertje|"
                       rf"kind|kinderen|kindje|son|daughter|child|children|fils|fille|enfant|enfants)\b|"
                       # a parent of a named child, not of "de jongen" or "een klasgenoot" (lower-case writers too)
                       rf"\b{_KIN_PREFIX}{_CARER}\s+(van|of|de|d')\s*(?!{_NOT_NAME}\b)[a-zà-ÿ]|"
                       rf"\b[A-ZÀ-Ý][\w-]+['’]s\s+{_KIN_PREFIX}{_CARER}\b", re.I)
_HEADER_LINE = re.compile(r"^\s*(van|from|de|date|datum|verzonden|sent|subject|onderwerp|objet|to|aan|à|cc)\s*:", re.I)
_CLOSING = re.compile(r"^\s*(met |veel |vele )?(\w+\s+){0,2}(groet(en|jes)?|groeten)\b\W*$|"
                      r"^\s*(met )?(vriendelijke|hartelijke|beste|warme)?\s*(groet(en|jes)?|groeten)\b|^\s*(groetjes|groeten|"
                      r"hoogachtend|mvg|kind regards|best regards|regards|cordialement|merci d'avance|je vous prie|"
                      r"alvast bedankt|dank u|verstuurd vanaf|verzonden vanaf|namens)", re.I)


@dataclass(frozen=True)
class MailText:
    subject: str
    body: str            # the sender's own words: new text plus a forwarded message they wrote themselves
    purpose: str         # the body without staff's message passed on: what says why the writer writes
    closing: str         # the lines from the closing formula on (signature): names there are the sender's
    sentences: tuple[str, ...]
    bases: tuple[date | None, ...]   # per sentence: the date its "gisteren" counts from (that message's Date:)
    own: tuple[bool, ...] = ()       # per sentence: part of the purpose (False in staff's message passed on)

    @property
    def purpose_sentences(self) -> list[str]:
        return [s for s, own in zip(self.sentences, self.own) if own]


def mail_text(mail: ParsedMail, thread: tuple[ParsedMail, ...] = ()) -> MailText:
    segments = [seg for m in (*thread, mail) for seg in _own_words(m)]
    body = "\n\n".join(text for text, _, _ in segments if text.strip())
    purpose = "\n\n".join(text for text, _, own in segments if own and text.strip())
    sents: list[str] = []
    bases: list[date | None] = []
    owns: list[bool] = []
    closing = ""
    for text, base, own in segments:
        main, closing_part = split_closing(text)
        closing = closing + "\n" + closing_part if closing_part else closing
        for s in sentences(main):
            sents.append(s)
            bases.append(base)
            owns.append(own)
    return MailText(mail.subject, body, purpose, closing.strip(), tuple(sents), tuple(bases), tuple(owns))


def _own_words(mail: ParsedMail) -> list[tuple[str, date | None, bool]]:
    """The new text; a forwarded message is added when the sender forwards their own earlier mail,
    because then the facts are often only down there (a forwarded teacher's answer is not theirs).
    The flag says whether the segment tells the writer's purpose: staff's message a parent passes on may tell
    what happened (the talk it thanks for), never why the parent writes."""
    base = mail.date.date() if mail.date else None
    m = _FORWARD.search(mail.full_text) or _HEADER_BLOCK.search(mail.full_text, len(mail.body.strip()) // 2)
    if not m:
        return [(mail.body, base, True)]
    rest = _unquote(mail.full_text[m.end():].lstrip("\n").split("\n"))
    head = []
    while rest and (_HEADER_LINE.match(rest[0]) or not rest[0].strip()) and len(head) < 10:
        head.append(rest.pop(0))
    sender = " ".join(head).lower()
    if not _FORWARD.search(mail.full_text) and _REPLY.match(mail.subject):
        # A reply quoting the message it answers ("RE: Uw formele klacht" over the director's "Van:/Aan:" block):
        # the sender's address on its To line means they received it; only the From line names its writer.
        sender = " ".join(h for h in head if re.match(r"\s*(van|from|de)\s*:", h, re.I)).lower()
    who = [w for w in (mail.from_addr, mail.from_name.lower()) if w]
    # A member of staff passing on a parent's mail ("hieronder de mail van de vader van Sam"): the parent's
    # words are the complaint. A parent forwarding the teacher's answer is not this: the teacher does not
    # write about "mijn zoon".
    passed_on = AS_PARENT.search("\n".join(rest)) and not AS_PARENT.search(mail.body)
    # The writer's partner's mail, forwarded ("hieronder de mail die mijn vrouw vorige week stuurde"): the household's
    # own words, as if the writer's.
    passed_on = passed_on or _PARTNER_MAIL.search(mail.body)
    if not any(w in sender for w in who) and not passed_on:
        return [(mail.body, base, True), *_own_earlier(mail, rest, who)]
    sent = next((header_date(h.split(":", 1)[1]) for h in head
                 if re.match(r"\s*(date|datum|verzonden|sent|envoy)", h, re.I)), None) or base
    forwarded = "\n".join(line for line in rest if not line.lstrip().startswith(">"))
    return [(mail.body, base, True), (forwarded, sent, not _staff_message(mail, head, rest))]


# Staff sign with their role under the name ("leerkracht groep 4", "zorgcoördinator", "secretariaat Middenschool").
_STAFF_ROLE = re.compile(r"^\s*(leerkracht|leraar|lerares|juf|meester|mentor|klastitularis|titularis|directeur|directrice|"
                         r"directie|adjunct|zorgco[oö]rdinator|zorgjuf|zorgleerkracht|intern begeleider|ib'?er|"
                         r"leerondersteuner|ondersteuner|begeleider|begeleidster|clb|secretariaat|administratie|teacher|"
                         r"class teacher|head ?teacher|principal|enseignant\w*|institut(eur|rice)|directeur|directrice)\b",
                         re.I)
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+\.)+\w+")


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower()


def _is_staff(addr: str, signature: list[str], org: set[str]) -> bool:
    """Staff write from the organisation's own domain or sign with their role on a short line."""
    return _domain(addr) in org or any(_STAFF_ROLE.match(ln) and len(ln.split()) <= 6 for ln in signature)


def _staff_message(mail: ParsedMail, head: list[str], rest: list[str]) -> bool:
    """A parent passing on staff's message ("FW: Gesprek Isa", the teacher's answer below): staff's words - their
    thanks, their questions, their invitation - are not the writer's purpose. Only when the forwarder is not staff:
    a teacher passing a parent's mail up is the other way round."""
    org = {_domain(a) for a in mail.to if "@" in a}
    quoted_from = next((_ADDRESS.search(h) for h in head if re.match(r"\s*(van|from|de)\s*:", h, re.I)), None)
    if quoted_from is None:
        return False
    text = "\n".join(rest)
    nxt = _HEADER_BLOCK.search(text, 1)
    quoted = [ln for ln in text[:nxt.start() if nxt else len(text)].split("\n") if ln.strip()]
    own = [ln for ln in mail.body.split("\n") if ln.strip()]
    return _is_staff(quoted_from.group(0), quoted[-3:], org) and not _is_staff(mail.from_addr, own[-3:], org)


_PARTNER = r"(mijn|onze|my)\s+(vrouw|man|echtgenote|echtgenoot|partner|vriendin|vriend|wife|husband)"
_PARTNER_MAIL = re.compile(rf"\b{_PARTNER}\b[^.]{{0,50}}\b(mail|e-mail|mailtje|bericht|schreef|stuurde|verstuurde|"
                           rf"geschreven|gestuurd|verstuurd|wrote|sent)\b|\b(mail|e-mail|mailtje|bericht|email|message)(\s+\w+){{0,2}}?\s+"
                           rf"(van|die|dat|from|that)\s+{_PARTNER}\b", re.I)
# The writer pointing to the exchange below as part of the complaint ("Hieronder ziet u het mailcontact", "zie de
# mails hieronder", "see the emails below").
_POINTS_BELOW = re.compile(r"\b(hieronder|onderstaande?|hier onder|below)\b", re.I)


def _own_earlier(mail: ParsedMail, rest: list[str], who: list[str]) -> list[tuple[str, date | None, bool]]:
    """The writer's own earlier message further down a quoted exchange they point to: its facts are theirs, dated
    by its own header. Staff's answers in between stay unread."""
    if not _POINTS_BELOW.search(mail.body):
        return []
    text = "\n".join(rest)
    starts = [m.start() for m in _HEADER_BLOCK.finditer(text)]
    for a, b in zip(starts, starts[1:] + [len(text)]):
        lines = text[a:b].split("\n")
        head = []
        while lines and (_HEADER_LINE.match(lines[0]) or not lines[0].strip()) and len(head) < 10:
            head.append(lines.pop(0))
        sender = " ".join(h for h in head if re.match(r"\s*(van|from|de)\s*:", h, re.I)).lower()
        if any(w in sender for w in who):
            sent = next((header_date(h.split(":", 1)[1]) for h in head
                         if re.match(r"\s*(date|datum|verzonden|sent|envoy)", h, re.I)), None)
            if sent:
                return [("\n".join(ln for ln in lines if not ln.lstrip().startswith(">")), sent, True)]
    return []


def _unquote(lines: list[str]) -> list[str]:
    """One level of "> " off a forward that is quoted as a whole (Apple Mail); deeper quotes stay quoted."""
    filled = [ln for ln in lines if ln.strip()]
    if not filled or not all(ln.lstrip().startswith(">") for ln in filled[:3]):
        return lines
    out = []
    for ln in lines:
        if not ln.strip():
            out.append("")
            continue
        if not ln.lstrip().startswith(">"):
            break        # the quoted block ends: what follows is not part of the forward
        out.append(re.sub(r"^\s*> ?", "", ln, count=1))
    return out


def split_closing(body: str) -> tuple[str, str]:
    """(text before the closing formula, closing and signature). Only the last closing counts."""
    lines = body.split("\n")
    for i in range(len(lines) - 1, max(-1, len(lines) - 14), -1):
        if _CLOSING.match(lines[i]):
            # The forwarded part may carry its own closing; the first block's closing ends the main text
            # only when nothing but signature lines follow. A postscript below the signature ("PS: het gaat
            # over Wiebe uit 4B") is the writer speaking again, not the signature.
            ps = next((j for j in range(i + 1, len(lines)) if _POSTSCRIPT.match(lines[j])), len(lines))
            if not _closes(lines[i], lines[i + 1:ps]):
                continue
            return "\n".join(lines[:i] + lines[ps:]), "\n".join(lines[i:ps])
    # A mail written as one line ends its last sentence with the closing: "... bellen? Groet, Marco".
    inline = _INLINE_CLOSING.search(lines[-1]) if lines else None
    if inline:
        return "\n".join(lines[:-1] + [lines[-1][:inline.start()]]), lines[-1][inline.start():].strip()
    tail = [ln for ln in lines[-3:] if ln.strip()]
    if tail and (len(tail[-1].split()) <= 4 or _COUPLE.match(tail[-1])) and not tail[-1].rstrip().endswith((".", "?", "!")):
        return "\n".join(lines[:-1]), lines[-1]      # a bare signature such as "Nele" or "sam van de velde"
    return body, ""


def _closes(line: str, after: list[str]) -> bool:
    """A closing formula is a short line with only a signature below it. A line that starts like one but runs on
    is the writer's text ("Dank u voor uw antwoord, maar het stelt mij niet gerust. ...", "Namens mijn vrouw en
    mezelf wil ik formeel klacht indienen ..."), and so is a short thanks that opens a mail whose sentences follow
    ("Dank u voor uw antwoord." above two paragraphs). The longest real closings (the French formula) run to about
    a dozen words; a signature holds at most one long line (a newsletter's unsubscribe note)."""
    return len(line.split()) <= 18 and sum(len(ln.split()) > 10 for ln in after) <= 1


# Two parents signing together with a bare line ("Karel Dobbelaere & Ine Smets", "Martijn en Saskia de Vries").
_SIGNER = r"[A-ZÀ-Ý][\w'’-]+([ \t]+(van|de|der|den|ter|ten|te|el|[A-ZÀ-Ý][\w'’-]+)){0,3}"
_COUPLE = re.compile(rf"^[ \t]*{_SIGNER}([ \t]*(&|\+|/)[ \t]*|[ \t]+(en|and|et)[ \t]+){_SIGNER}[ \t]*$")
_POSTSCRIPT = re.compile(r"^\s*(p\.?\s?s\.?|pps|n\.?b\.?)\s*[:.,-]?\s+\S", re.I)
_INLINE_CLOSING = re.compile(r"(?<=[.!?])\s+((met )?(vriendelijke |hartelijke |veel |beste )?(groet(en|jes)?|mvg|"
                             r"kind regards|regards|cordialement)\b[,\s]+\S+(\s+\S+){0,3})\s*$", re.I)
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Za-zÀ-ÿ‘'\"(])|\n\s*\n|\n(?=\s*[-*•]\s)|\n(?=[A-ZÀ-Ý])")


# Parents write "gezegt", "gevraagt", "gemeldt": the d/t slip in a past participle is the commonest Dutch spelling
# error, and the flag models match the participle as spelled. Only forms that are never a correct word are mended.
# ("overlegt", "belooft", "verwittigt" are correct present tenses, so those verbs are left out.)
_PARTICIPLES_IN_D = ("gezegd", "gevraagd", "gemeld", "gebeld", "opgebeld", "gemaild", "uitgelegd", "voorgelegd",
                     "gesignaleerd", "geantwoord", "gestuurd", "doorgestuurd")
_DT_SLIP = re.compile(r"\b(" + "|".join(p[:-1] for p in _PARTICIPLES_IN_D) + r")(dt|t)\b", re.I)


def _mend_dt(s: str) -> str:
    return _DT_SLIP.sub(lambda m: m.group(1) + ("D" if m.group(2).isupper() else "d"), s)


def sentences(text: str) -> list[str]:
    out = []
    for s in _SENT_END.split(text):
        s = _mend_dt(" ".join(s.split()))
        if s:
            out.append(s)
    return out


_NEG = re.compile(r"\b(geen|niet|nooit|nog niet|niemand|niets(?!\s+(\w+\s+)?(op(ge)?lever\w*|opgebracht|uitgehaald|geholpen|uit))|nothing|no|not|never|ne|n'|jamais|rien)\b", re.I)
# The condition may lack its comma (a lower-case phone writer): "als dat zo blijft ga ik een formele klacht indienen"
# shows it by the inverted main clause that follows, "if this goes on we will file" by the future.
_COND = re.compile(r"\b(als|indien|zodra|if|unless|si|wanneer)\b[^,.;]{0,80},|\banders\b|"
                   r"\b(als|indien|zodra|wanneer)\s+(dat|dit|het|er|de|die|ze|zij|hij|jullie|u|men|niemand|niets|niks|"
                   r"daar|hier)\b(?!\s+(moeder|vader|ouders?|mama|papa|voogd|oma|opa)\b)[^,.;!?]{0,60}\s\w+\s+(ik|we|wij)\b|"
                   r"\b(if|unless)\b[^,.;!?]{0,60}\b(i|we)\s+(will|shall|would|'ll)\b", re.I)


def negated(sentence: str, start: int, window: int = 45) -> bool:
    """A negation word shortly before the match in the same clause ('ik wil (nog) geen formele klacht')."""
    before = sentence[max(0, start - window):start]
    before = re.split(r"[,;:]|\b(maar|but|mais|want|en|and|et)\b", before)[-1] or ""
    return bool(_NEG.search(before))


def conditional(sentence: str, start: int) -> bool:
    """'Als het niet verandert, dien ik een formele klacht in': a threat, not an act."""
    return bool(_COND.search(sentence[:start]))
