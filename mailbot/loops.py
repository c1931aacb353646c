"""Recognise machine mail (bounces, auto-replies, bulk) so the bot never answers it.

Recognition is by structure and by standard headers first (RFC 3464 DSN parts,
RFC 3834 Auto-Submitted, RFC 2369/2919 list headers); subject lines and body
phrases only count when the mail does not read as a person's reply or forward,
or when a second, independent sign agrees. The cost of the two mistakes is not
equal, but both are real: answering a machine makes mail loops, ignoring a
parent loses a complaint. Precedence when several apply: bounce > auto_reply > bulk.
"""
from __future__ import annotations

import re

from .model import ParsedMail
from .quotes import own_words

_REPORT_PARTS = {"message/delivery-status", "message/global-delivery-status", "message/feedback-report"}
_MDN_PARTS = {"message/disposition-notification", "message/global-disposition-notification"}
_RETURNED = {"message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"}

_DAEMON_LOCAL = re.compile(r"^(mailer[-_.]?daemon|mail[-_.]?daemon|postmaster|post_master|mdaemon|mailadmin|"
                           r"mail[-_.]?delivery[-_.]?(system|subsystem)?|bounces?|nobody|root)$")
_DAEMON_NAME = re.compile(r"(?i)\b(mail(er)?[ -]?daemon|mail delivery (sub)?system|mail delivery service|"
                          r"mail administrator|postmaster|delivery status notification|mail system)\b")
_NOREPLY_LOCAL = re.compile(r"(?i)(^|[-_.+])(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreturn|"
                            r"niet[-_.]?beantwoorden|geen[-_.]?antwoord|mailer[-_.]?daemon|mail[-_.]?daemon|"
                            r"postmaster|bounces?|auto[-_.]?(reply|responder|confirm)|notifications?)($|[-_.+\d])")
# A subject that starts like this is a person replying or forwarding, not a machine.
_PERSON_PREFIX = re.compile(r"(?i)^\s*(re|aw|sv|vs|antw|antwoord|odp|fwd?|wg|tr|doorst|fw)\s*(\[\d+\])?\s*:")
_NDR_SUBJECT = re.compile(
    r"(?i)(undeliver|undelivered mail|delivery status notification|delivery (status )?(failure|failed|problem)|"
    r"failure notice|returned mail|returning message to sender|mail delivery failed|mail delivery failure|"
    r"could not (be )?deliver|could not send message|non[- ]?delivery|nondeliverable|delivery has failed|"
    r"mail system error|message not delivered|not delivered|unzustellbar|nicht zustellbar|non remis|"
    r"non recapitabile|onbestelbaar|niet (af)?geleverd|kan niet worden bezorgd|no se puede entregar|"
    r"delayed mail|delivery delayed|delivery notification|warning: message .* delayed|"
    r"mail could not be delivered|permanent (delivery )?failure|failed delivery|delivery report|"
    r"returned to sender|message (has been )?blocked|mail failed|unable to deliver|ndn:|"
    r"niedostarczon|nie dostarczono|nepiegādāt|zustellung fehlgeschlagen|échec de (la )?remise|"
    r"complaint about message from|abuse report|spam report|feedback report|loop (alert|detected)|"
    r"there was an error sending your mail|message delivery (failure|problem))")
_NDR_BODY = re.compile(
    r"(?i)(this is the mail system at host|i'm sorry to have to inform you that your message|"
    r"could not be delivered to one or more (of its )?recipients|delivery to the following recipients? (failed|"
    r"was aborted|has been delayed)|the following addresses? had permanent fatal errors|"
    r"your message did not reach some or all of the intended recipients|"
    r"this message was created automatically by mail delivery software|delivery has failed to these recipients|"
    r"this is the qmail-send program|a message that you sent could not be delivered|"
    r"your message (could not|cannot|was not|wasn't) (be )?delivered|"
    r"message could not be delivered|unable to deliver (your )?message|undeliverable to the following|"
    r"the original message was received at|------ ?(this is a copy of the message|transcript of session)|"
    r"delivery (to the following recipients )?failed permanently|message delivery to .* failed|"
    r"the e-?mail address you entered couldn't be found|recipient address rejected|user unknown|"
    r"mailbox (unavailable|not found|full|is full)|no such (user|mailbox|recipient)|"
    r"^(final-recipient|diagnostic-code|original-recipient)\s*:|your mail to the following recipients could not)",
    re.M)
_SES_JSON = re.compile(r'"(notificationType|eventType)"\s*:\s*"(Bounce|Complaint|Delivery|DeliveryDelay)"')

_OOO_SUBJECT = re.compile(
    r"(?i)(automatisch antwoord|automatische antwoord|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|"
    r"automatic response|auto[- ]?respond|out of (the )?office|out-of-office|abwesenheitsnotiz|"
    r"automatische antwort|r[ée]ponse automatique|risposta automatica|respuesta autom[áa]tica|"
    r"resposta autom[áa]tica|automatyczna odpowied|autoodpowied|odpowied[źz] automatyczna|"
    r"autom[aā]tisk[aā] atbilde|[aā]rpus biroja|atvaļinājum|prombūtn|automatiskt svar|automatisk svar|"
    r"automaattinen vastaus|otomatik yan[ıi]t|^\s*auto:|^\s*ooo\b|\(ooo\)|vacation (reply|message|notice)|"
    r"on vacation|i am away|i'm away|away from (my|the) (mail|e-?mail|office|desk)|"
    r"ich bin (nicht im büro|abwesend)|je suis absent|nieobecno[śs][ćc])")
# "Afwezig" is also a word a parent may use about a child, so only the bare
# forms an out-of-office rule produces count on their own.
_ABSENT_SUBJECT = re.compile(
    r"(?i)^\s*(afwezig|niet aanwezig|abwesend|absent|absence|abwesenheit|urlaub|vakantie|vacation|"
    r"nieobecny|nieobecna|niedostępn\w*)\s*(:|-|–|$|(tot|t/m|until|till|bis|jusqu)\b)")
_READ_RECEIPT = re.compile(r"(?i)^\s*(read|gelezen|gelesen|lu|not read|niet gelezen|nicht gelesen|"
                           r"return receipt|read receipt|leesbevestiging|lesebestätigung)\s*:")
_OOO_BODY = re.compile(
    r"(?i)(i am (currently )?(out of (the )?office|away|on (annual )?leave|on vacation|on holiday)|"
    r"i will be (back|out of the office)|i('| a)m out of the office|with limited access to (my )?e-?mail|"
    r"ik ben (momenteel |tot en met |t/m |tot )?(afwezig|niet aanwezig|op vakantie|met vakantie)|"
    r"ben ik (weer )?(aanwezig|bereikbaar)|beperkt bereikbaar|ich bin (bis|vom|derzeit|zurzeit)|"
    r"je suis absent|jestem nieobecn|this is an automated (reply|response)|this is an automatic (reply|response)|"
    r"dit is een automatisch (antwoord|bericht))")
_CHALLENGE = re.compile(r"(?i)(please (verify|confirm) (that )?you|verify your (e-?mail|message|address)|"
                        r"challenge[- ]response|click (on )?the (link|button) below to (verify|confirm|deliver))")

_LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "list-help", "list-subscribe", "list-archive",
                 "list-owner", "mailing-list", "x-mailing-list", "x-mailman-version", "x-list", "x-listmember",
                 "x-list-unsubscribe", "x-ml-name", "x-ml-count", "x-beenthere", "x-listar-version",
                 "x-listserver", "x-lyris-message-id", "x-campaign", "x-campaignid", "x-campaign-id",
                 "x-mailchimp-campaign", "x-mc-user", "x-mandrill-user", "x-sfmc-stack", "x-newsletter",
                 "x-mailing-id", "x-ebay-mailtracker", "x-csa-complaints",
                 "x-mlserver", "x-marketoid", "x-mktg-id", "x-rpcampaign", "x-mailerlite", "x-sendinblue", "x-feedback-id")
_LIST_SOFTWARE = re.compile(r"(?i)ezmlm|mailman|listserv|list ?manager|majordomo|sympa|lyris|mailchimp|"
                            r"mandrill|phplist|listar|smartlist|ecelerity|sendgrid|constant contact|"
                            r"campaign monitor|exacttarget|newsletter|mass ?mail|bulk ?mail|infusion")
_LIST_ENVELOPE = re.compile(r"(?i)(^|[<\s])(owner-|[^@\s]*-(bounces?|request|owner)@|bounces?[-+._]|"
                            r"[^@\s]*\+[^@\s]*=[^@\s]*@|[^@\s]*-errors?@|bounce\.)")
_NEWSLETTER_LOCAL = re.compile(r"(?i)^(newsletters?|nieuwsbrief|news|marketing|mailing|announce\w*|updates?|"
                               r"promo\w*|offers?|campaign\w*|info-?mail|e-?news)([-_.+]|$)")
_LIST_DOMAIN = re.compile(r"(?i)@(yahoogroups\.|googlegroups\.|groups\.io$|freelists\.|lists?\.|listserv\.|"
                          r"mailman\.|ml\.)")
# An opt-out footer: the phrase plus a link or an instruction right next to it.
_FOOTER = re.compile(
    r"(?is)(unsubscribe|to be removed from|no longer wish to receive|wish to stop receiving|"
    r"to stop receiving|opt[- ]out|manage your (subscription|e-?mail preferences)|d[ée]sabonner|"
    r"d[ée]sinscri|abbestellen|newsletter abmelden|nicht mehr erhalten|keine .{0,40}mehr .{0,40}erhalten|"
    r"uitschrijven voor|afmelden voor (de|deze|onze) (nieuwsbrief|mailing)|(nieuwsbrief|e-?mail|mail) niet meer "
    r"ontvangen|niet langer ontvangen|wypisa[ćc] si[ęe])"
    r".{0,200}(https?://|mailto:|www\.|@|click|klik|hier|here|cliquez|klicken)")
_UNSUBSCRIBE = re.compile(r"(?i)(unsubscribe|uitschrijven|afmelden voor (deze|de) nieuwsbrief|"
                          r"abmelden|abbestellen|désabonner|desinscri|wypisa[ćc]|remove me from|"
                          r"to be removed from|no longer wish to receive|opt[- ]out|manage (your )?subscription)")


def machine_kind(mail: ParsedMail) -> str | None:
    """'bounce', 'auto_reply', 'bulk' or None for mail a person wrote."""
    if is_bounce(mail):
        return "bounce"
    if is_auto_reply(mail):
        return "auto_reply"
    if is_bulk(mail):
        return "bulk"
    return None


def is_noreply(address: str) -> bool:
    """An address nobody reads: answering it is pointless at best, a loop at worst."""
    local = (address or "").strip().strip("<>").lower().rsplit("@", 1)[0]
    return bool(local) and bool(_NOREPLY_LOCAL.search(local) or _DAEMON_LOCAL.match(local))


def is_bounce(mail: ParsedMail) -> bool:
    types = set(mail.part_types)
    ctype = (mail.header("content-type") or "").lower()
    if types & _REPORT_PARTS or re.search(r"report-type=\"?(delivery-status|feedback-report)", ctype):
        return True
    if mail.header("x-failed-recipients") or mail.header("x-mailer-daemon-error"):
        return True
    if _SES_JSON.search(mail.full_text[:5000]):
        return True
    returned = bool(types & _RETURNED or mail.embedded_message_ids)
    ndr_subject = _NDR_SUBJECT.search(mail.subject) is not None
    ndr_body = _NDR_BODY.search(mail.full_text[:8000]) is not None
    if _daemon_sender(mail):  # the daemon's own words count even under a "Re:" subject
        return ndr_subject or ndr_body or returned or not mail.subject
    if _is_auto_reply_by_header(mail):
        return False  # an RFC 3834 auto-reply quoting a message is not a bounce
    if _PERSON_PREFIX.match(mail.subject):
        # a bounce forwarded without a word of comment is still only a bounce
        forwarded = re.match(r"(?i)\s*(fwd?|wg|tr|doorst)\s*:", mail.subject) is not None
        return forwarded and ndr_subject and ndr_body and len(own_words(mail.full_text)) < 200
    null_path = (mail.header("return-path") or "x").strip() == "<>"
    return sum((ndr_subject, ndr_body, null_path, returned)) >= 2


def is_auto_reply(mail: ParsedMail) -> bool:
    if _is_auto_reply_by_header(mail):
        return True
    types = set(mail.part_types)
    ctype = (mail.header("content-type") or "").lower()
    if types & _MDN_PARTS or "disposition-notification" in ctype:
        return True
    subject = mail.subject
    person_subject = _PERSON_PREFIX.match(subject) is not None
    if _READ_RECEIPT.match(subject):
        return True
    ooo = _OOO_SUBJECT.search(subject)
    if ooo and (not person_subject or re.search(r"[(\[]\s*" + re.escape(ooo.group(0)), subject)):
        return True  # "Re: out of office" is a person talking; "Re: x (Auto-reply)" is not
    if person_subject:
        return False
    weak = (_ABSENT_SUBJECT.match(subject) is not None,
            _OOO_BODY.search(mail.body[:3000]) is not None,
            _CHALLENGE.search(mail.full_text[:3000]) is not None,
            (mail.header("x-auto-response-suppress") or "").strip().lower() in ("all", "oof", "autoreply"),
            (mail.header("return-path") or "").strip() == "<>")
    return sum(weak) >= 2 or (weak[0] and not mail.in_reply_to and len(mail.body) < 600)


def _is_auto_reply_by_header(mail: ParsedMail) -> bool:
    auto = (mail.header("auto-submitted") or "no").strip().lower()
    if not auto.startswith("no"):
        return True
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autoreply-from", "x-vacation",
                 "x-mail-autoreply", "x-autogenerated", "x-autoresponse"):
        value = (mail.header(name) or "").strip().lower()
        if value and value not in ("no", "false", "0"):
            return True
    precedence = (mail.header("precedence") or "").strip().lower()
    return precedence in ("auto_reply", "auto-reply", "autoreply")


def is_bulk(mail: ParsedMail) -> bool:
    if any(mail.header(name) is not None for name in _LIST_HEADERS):
        return True
    if any(name.startswith(("x-campaign", "x-mailchimp", "x-mc-", "x-listmanager", "x-lyris", "x-ezmlm"))
           for name, _ in mail.headers):
        return True
    precedence = (mail.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return True
    software = " ".join(mail.header(n) or "" for n in ("x-mailer", "user-agent", "x-report-abuse", "sender"))
    if _LIST_SOFTWARE.search(software):
        return True
    if re.match(r"(?i)(newsletters?|nieuwsbrief|nieuwsbrieven)([-_.+]|$)", mail.from_addr.rsplit("@", 1)[0]):
        return True
    if not _PERSON_PREFIX.match(mail.subject) and _FOOTER.search(mail.body[-2500:]):
        return True  # an opt-out footer in the sender's own words, not in a quoted mail
    return sum(bulk_signals(mail).values()) >= 2


def bulk_signals(mail: ParsedMail) -> dict[str, bool]:
    """Signs that each alone are too weak (people have odd envelopes, forward newsletters)."""
    envelope = " ".join(mail.header_all("return-path") + mail.header_all("sender") + mail.header_all("errors-to")
                        + (mail.from_addr,))
    sender = (mail.header("sender") or "").lower()
    local = mail.from_addr.rsplit("@", 1)[0]
    return {
        "list envelope": _LIST_ENVELOPE.search(envelope) is not None or mail.header("errors-to") is not None,
        "unsubscribe text": _UNSUBSCRIBE.search(mail.full_text[-4000:]) is not None,
        "newsletter sender": _NEWSLETTER_LOCAL.search(local) is not None,
        "list subject tag": re.match(r"\s*\[[^\]]{2,40}\]", mail.subject) is not None
        and bool(sender or _LIST_DOMAIN.search(mail.from_addr)),
        "list domain": _LIST_DOMAIN.search(mail.from_addr) is not None,
        "other sender": bool(sender) and mail.from_addr not in sender,
        "other reply-to": bool(mail.reply_to) and mail.reply_to != mail.from_addr and not mail.in_reply_to,
    }


def _daemon_sender(mail: ParsedMail) -> bool:
    local = mail.from_addr.rsplit("@", 1)[0]
    if (mail.header("from") or "").strip() in ("<>", "") and (mail.header("return-path") or "").strip() == "<>":
        return True  # the null sender: only delivery reports are sent from it
    return bool(_DAEMON_LOCAL.match(local) or _DAEMON_NAME.search(mail.from_name or "")
                or (not mail.from_addr and _DAEMON_NAME.search(mail.header("from") or "")))
