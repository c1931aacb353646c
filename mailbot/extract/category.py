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

# No complaint: an explicit "geen klacht" / thanks-only mail, or a mail without any word of discontent.
_NOT_COMPLAINT = re.compile(r"\bgeen klacht\b[^.]{0,20}(dus|hoor|maar)|\balleen (maar )?(om )?(te )?(bedank|dank)|"
                            r"\bjust (wanted )?to (say )?thank|\bpas une plainte", re.I)
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
                     r"\bwaarom\b|\bwhy\b|\bpourquoi\b", re.I)     # "waarom kwam ze niet?" is a reproach
# A question asked for information ("Vraag: ...", "hoe gaat dat in zijn werk? ... bedankt voor de info") with no strong
# word and at most one weak one: complaints end in questions too ("wat kunnen wij nu nog doen?"), but they say what
# went wrong.
_QUESTION = re.compile(r"\?")
_INFO_WORD = re.compile(r"\b(vraag|vragen|vraagje|info|informatie|inlichtingen|question|questions|information|"
                        r"renseignements?)\b", re.I)
# A calendar invitation is an event, whatever its agenda says.
_CALENDAR_SENDER = re.compile(r"calendar-notification|calendar-server|noreply-calendar", re.I)
# Credential phishing aimed at the organisation: a login lure ("log in met uw Microsoft 365-account").
# Imperatives addressed to the reader only: "hij kon niet inloggen op zijn account" is a parent's story.
_LOGIN_LURE = re.compile(r"\blog\s*(t\s+)?(u\s+)?in\b[^.\n]{0,50}\b(account|wachtwoord|gegevens)|\b(moet|dient) u\b[^.\n]{0,30}"
                         r"\b(inloggen|in te loggen)|\b(verifieer|bevestig|valideer|controleer) (uw|je) (account|"
                         r"gegevens|identiteit|wachtwoord)|\b(sign|log) in\b[^.\n]{0,40}\baccount|\bverify your (account|"
                         r"identity|password)|\bwachtwoord verloopt|\bpassword (expires|reset)", re.I)


def not_complaint_mail(mail: ParsedMail) -> Evidence | None:
    """Structure that no complaint has: a calendar invitation, a login lure from an address nobody reads."""
    if "text/calendar" in mail.part_types or "application/ics" in mail.part_types \
            or _CALENDAR_SENDER.search(mail.header("sender") or ""):
        return Evidence("not_complaint", "agenda-uitnodiging")
    lure = _LOGIN_LURE.search(mail.full_text) or _LOGIN_LURE.search(mail.subject)
    if lure and (is_noreply(mail.from_addr) or not re.search(r"\b(mijn|onze) (zoon|dochter|kind)", mail.full_text, re.I)):
        return Evidence("not_complaint", lure.group(0))
    return None


def not_complaint(subject: str, body: str) -> Evidence | None:
    m = _NOT_COMPLAINT.search(body)
    if m:
        return Evidence("not_complaint", m.group(0))
    text = subject + "\n" + body
    if _STRONG.search(text):
        return None
    weak = len(_WEAK.findall(text))
    info = _INFO_WORD.search(text)
    if info and _QUESTION.search(body) and weak <= 1:
        return Evidence("not_complaint", f"vraag om informatie: {info.group(0)}")
    if not weak:
        return Evidence("not_complaint", "geen enkel woord van ongenoegen")
    return None


def categorise(proc: Procedure, text: str) -> tuple[str, list[Evidence]]:
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
        if score >= proc.min_score and score > best_score:
            best, best_score, best_ev = name, score, ev
    return best, best_ev
