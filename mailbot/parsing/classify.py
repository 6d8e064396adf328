"""What kind of mail this is: machine mail by its headers and texts, people's mail by what they ask for.

Machine mail is decided first and conservatively (a false registration is the
worst mistake); a person's mail is read sentence by sentence, so that "before
I register, a question" is a question and "could you please move me" a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import concept_pattern, lower_pattern, lowered
from .mime import Mail, header_text
from .people import EMAIL_RE, is_machine_address
from .gates import gated

# --- machine mail -----------------------------------------------------------------

_AUTO_SUBJECT_RE = gated(re.compile(
    r"^[\[(\s]*(?:automatische antwort|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|auto:|out of (?:the )?office|"
    r"abwesenheitsnotiz|abwesend|abwesenheit|réponse automatique|respuesta automática|risposta automatica|"
    r"otomatik (?:yanıt|cevap)|автоматический ответ|автоматична відповідь|automatyczna odpowiedź|"
    r"رد تلقائي|پاسخ خودکار|vacation|urlaub|on leave|autosvar|autoreply)",
    re.I,
))
# Bounce wording, by class. A mail server's report names the failure in its subject
# and says in its text that (and to whom) delivery failed; the phrases below are what
# MTAs of every family write (Sendmail, Postfix, Exim, qmail, Exchange, Domino,
# GroupWise, MDaemon, PowerMTA, Barracuda, OpenSMTPD, Courier, InterScan, …).
_BOUNCE_SUBJECT_RE = gated(re.compile(
    # "undeliverable", "undelivered mail", "non-delivery", "not delivered", "delivery failure"
    r"undeliver|non[- ]?deliver|nondeliver|not (?:be )?delivered|wasn't delivered|could not be delivered|"
    r"deliver(?:y|ing)? (?:has )?fail|fail(?:ed|ure|ing)? (?:mail|delivery)|delivery (?:failure|problem|error)|"
    r"delivery status notification(?: \(failure\)|: error| \(failed\))|mail (?:delivery )?fail|"
    r"returned (?:mail|to sender)|return(?:ing)? to sender|failure notice|error during delivery|"
    r"processing error|address not found|user unknown|unknown user|mailbox (?:full|unavailable)|"
    r"permanent (?:delivery )?(?:failure|error)|message rejected|rejected:|delivery report|"
    # German, French, Spanish, Polish, Russian, Turkish, Chinese, Japanese
    r"unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|nicht zugestellt|non remis|non distribuable|"
    r"échec de (?:la )?(?:remise|distribution)|no se pudo entregar|no entregado|niedostarczon|"
    r"недоставлен|не доставлено|teslim edilemedi|传输失败|无法投递|退信|配信不能|送信できません",
    re.I,
))
_BOUNCE_TEXT_RE = gated(re.compile(
    # "could not be delivered", "unable to deliver", "did not reach", "failed permanently"
    r"could not be delivered|couldn't be delivered|can ?not be delivered|wasn't delivered|was not delivered|"
    r"has not been delivered|have not been delivered|not been delivered|were not delivered|(?:has|have) been rejected|"
    r"could not deliver|couldn't deliver|unable to deliver|undeliverable|not deliverable|"
    r"error (?:has )?occurred while attempting to deliver|(?:was|were) an error delivering|error delivering|"
    r"did not reach the following|failed permanently|permanent(?:ly)? (?:fatal )?error|delivery has failed|"
    r"delivery (?:to the following )?(?:recipients? )?(?:\w+ )?failed|(?:was|been) aborted|"
    r"following address(?:es)? (?:failed|had permanent)|failed (?:recipients?|addresses)|"
    r"not (?:receive|get) a copy of your message|returned (?:to you|because)|message log follows|"
    r"user unknown|unknown user|mailbox (?:unavailable|full|is full|not found)|no such (?:user|recipient|mailbox)|"
    r"not a valid (?:user|recipient|mailbox|address)|(?:address|recipient) (?:is )?(?:wrong|invalid|no longer valid)|"
    r"(?:exceed\w*|over) (?:its |the |their )?(?:mailbox |storage |disk )?quota|quota exceeded|"
    r"host or domain name not found|domain does not exist|recipient address rejected|relay(?:ing)? denied|"
    r"intended recipient:|mail loop detected|"
    r"nicht zugestellt werden|empfänger nicht erreicht|konnte nicht zugestellt|nicht zustellbar|"
    r"n'a pas pu (?:être|etre) (?:délivré|delivre|remis|distribué)|no se ha podido entregar|"
    r"邮件无法发送|无法送达|配信できませんでした",
    re.I,
))
# an SMTP status in a text: a bounce only from a mail system ("Version 5.1.2" is none)
_STATUS_CODE_RE = gated(re.compile(r"\b55\d[ -]5\.\d{1,3}\.\d{1,3}\b|\b5\.[1-7]\.\d{1,3}\b"))
# Senders that only a mail system uses: the local part or the display name says so.
# (matched against the display name and the local part, never the domain)
_MAILER_SENDER_RE = gated(re.compile(
    r"mailer[-_. ]?daemon|mail[-_. ]?daemon|post[-_. ]?master|\bmdaemon\b|mail[-_. ]delivery|double-bounce|"
    r"smtp[-_. ]mail[-_. ]service|system[-_. ]administrator|^imss$",
    re.I,
))
# a delay warning from a mail server: the message is still being tried, nothing failed yet
_DELAY_RE = gated(lower_pattern(
    r"delayed mail|still being retried|warning (?:message )?only|not yet been delivered|will be retried|"
    r"do not need to re-?send|delivery attempts will continue|delivery (?:status notification )?\(delay\)|"
    r"temporary failure report|will (?:continue|keep) trying|is delayed|has been delayed|"
    r"verzögert|wird weiterhin versucht|noch nicht zugestellt",
))
_PERMANENT_RE = gated(lower_pattern(r"permanent|\b5\.\d{1,3}\.\d{1,3}\b|user unknown|does not exist|gave up"))
# "X would like to recall the message": Outlook's recall request, never a person's news
_RECALL_RE = gated(lower_pattern(
    r"would like to recall the message|möchte die nachricht\b[^\n]{0,200}\bzurückrufen|"
    r"souhaite rappeler le message|desea recuperar el mensaje|wil het bericht\b[^\n]{0,200}\bintrekken",
))
# Absence notices' and automatic answers' wording, per language: vocab/*.toml, `auto_reply` and
# `thanks_for_message` (lower case, run on lowered text; also as typed without marks)
_OOF_TEXT_RE = gated(concept_pattern("auto_reply", unmarked=True))
_THANKS_FOR_MESSAGE_RE = gated(concept_pattern("thanks_for_message"))

# iTIP methods (RFC 5546) that calendar programs send; PUBLISH is a plain .ics a person may attach
_CALENDAR_METHODS = ("REQUEST", "REPLY", "CANCEL", "COUNTER", "DECLINECOUNTER", "REFRESH", "ADD")


@dataclass
class MachineVerdict:
    kind: str | None = None  # auto_reply, bounce, other (bulk) or None for a person's mail
    auto_submitted: bool = False
    bounced_recipient: str | None = None
    reasons: list[str] = field(default_factory=list)


def machine_verdict(mail: Mail, own: set[str]) -> MachineVerdict:
    """Decide from report parts, headers (RFC 3834 and friends) and wording whether a machine sent this."""
    verdict = MachineVerdict()
    auto = mail.header("Auto-Submitted").lower()
    precedence = mail.header("Precedence").lower()
    _, sender = mail.address("From")
    return_path = mail.header("Return-Path").strip()
    mailer = _mailer_sender(mail, sender, return_path)
    verdict.auto_submitted = bool(
        (auto and not auto.startswith("no"))
        or any(mail.has(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "List-Id", "List-Unsubscribe",
                                     "List-Post", "X-Failed-Recipients", "X-MS-Exchange-Message-Is-Ndr"))
        or precedence in ("bulk", "junk", "list", "auto_reply")
        or return_path in ("<>", "")
        and mail.has("Return-Path")
        or is_machine_address(sender)
        or bool(mail.feedback_report)
    )
    report = report_outcome(mail)  # the machine-readable part first: it says what happened
    if report == "failed" or not report and _is_bounce(mail, mailer, sender):
        verdict.kind = "bounce"
        verdict.bounced_recipient = bounced_recipient(mail, own | {sender})
        if verdict.bounced_recipient is None:
            verdict.reasons.append("bounce without a recognisable recipient")
    elif report == "delayed" or not report and _is_delay_warning(mail, mailer):
        verdict.kind = "auto_reply"  # a delay warning is machine mail, but not a failure
    elif report in ("delivered", "feedback"):
        verdict.kind = "other"  # a success notice or a spam complaint (ARF): nothing to do
    elif _auto_reply_headers(mail, auto, precedence) or _AUTO_SUBJECT_RE.match(mail.header("Subject")):
        verdict.kind = "auto_reply"
    elif _RECALL_RE.search(lowered(mail.text[:600])):
        verdict.kind = "other"
    elif mail.calendar_method in _CALENDAR_METHODS:
        # an invitation to a meeting, or an answer to one: a calendar program's message
        verdict.kind = "other"
        if mail.calendar_method in ("REPLY", "COUNTER"):
            verdict.reasons.append("calendar answer to an invitation: a human should look")
    elif mail.is_report:
        verdict.kind = "auto_reply"  # read receipts and delay notices: machine mail, not a failure
    elif precedence in ("bulk", "junk") and not list_mail(mail) and _absence_wording(mail):
        # old vacation programs mark their answers only with Precedence: bulk/junk
        verdict.kind = "auto_reply"
    elif precedence in ("bulk", "junk", "list") or list_mail(mail) or is_machine_address(sender):
        verdict.kind = "other"
    return verdict


def _auto_reply_headers(mail: Mail, auto: str, precedence: str) -> bool:
    return bool((auto and not auto.startswith("no")) or precedence == "auto_reply" or any(
        mail.has(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply")))


def list_mail(mail: Mail) -> bool:
    return any(mail.has(h) for h in ("List-Id", "List-Unsubscribe", "List-Post"))


def _absence_wording(mail: Mail) -> bool:
    head = lowered(mail.header("Subject") + "\n" + mail.text[:1500])
    return bool(_OOF_TEXT_RE.search(head) or _THANKS_FOR_MESSAGE_RE.search(head))


def report_outcome(mail: Mail) -> str:
    """What a report part says: failed, delayed, delivered, feedback, or '' (no report part).

    RFC 3464: one Action per recipient; a recipient block without one says it by its
    Status class (5 failed, 4 delayed, 2 delivered). Any failed recipient makes it a bounce.
    """
    if mail.feedback_report and not mail.delivery_status:
        return "feedback"
    blocks = [b for b in mail.delivery_status if "final-recipient" in b or "original-recipient" in b]
    # (the per-message block says Reporting-MTA and Arrival-Date; some put an Action there too)
    outcomes = set()
    for block in blocks or [b for b in mail.delivery_status if "action" in b]:
        action = (block.get("action", "").lower().split() or [""])[0]
        status = block.get("status", "").strip()[:1]
        outcome = _ACTIONS.get(action) or _STATUS_CLASSES.get(status) or ("failed" if action else "")
        if outcome:
            outcomes.add(outcome)
    if not outcomes:
        return "failed" if mail.delivery_status else ""
    for outcome in ("failed", "delayed", "delivered"):
        if outcome in outcomes:
            return outcome
    return ""


_ACTIONS = {"failed": "failed", "delayed": "delayed", "delivered": "delivered", "relayed": "delivered",
            "expanded": "delivered"}
_STATUS_CLASSES = {"5": "failed", "4": "delayed", "2": "delivered"}


def _mailer_sender(mail: Mail, sender: str, return_path: str) -> bool:
    """Sent by a mail system: a null or MAILER-DAEMON envelope, a postmaster-like From (even without a domain)."""
    if mail.has("Return-Path") and (return_path in ("<>", "") or _MAILER_SENDER_RE.search(return_path.split("@")[0])):
        return True
    if "microsoftexchange" in sender:
        return True
    display, _ = mail.address("From")
    if not sender:  # "MAILER-DAEMON <>", "<MAILER-DAEMON>": no address to look at, only the words
        raw_from = mail.header("From")
        return "<>" in raw_from.replace(" ", "") or bool(_MAILER_SENDER_RE.search(raw_from))
    return bool(_MAILER_SENDER_RE.search(display) or _MAILER_SENDER_RE.search(sender.split("@")[0]))


def _is_delay_warning(mail: Mail, mailer: bool) -> bool:
    """A plain-text delay warning (reports say so in their Action: field, read by report_outcome)."""
    if not mailer:
        return False
    text = lowered(mail.header("Subject") + "\n" + mail.text[:3000])
    return bool(_DELAY_RE.search(text)) and not _PERMANENT_RE.search(text)


def _is_bounce(mail: Mail, mailer: bool, sender: str) -> bool:
    """No report part: a bounce by its headers, else by a mail system's sender and bounce wording."""
    if mail.has("X-Failed-Recipients") or mail.has("X-MS-Exchange-Message-Is-Ndr"):
        return True
    subject = mail.header("Subject")
    text = mail.text[:5000]
    if mailer:
        if _is_delay_warning(mail, mailer):
            return False
        return bool(_BOUNCE_SUBJECT_RE.search(subject) or _BOUNCE_TEXT_RE.search(text) or _STATUS_CODE_RE.search(text))
    if is_machine_address(sender):  # a no-reply or notification sender: words, not a bare status code
        return bool(_BOUNCE_SUBJECT_RE.search(subject) or _BOUNCE_TEXT_RE.search(text))
    # A person's mail is never a bounce, whatever it says ("Anmeldung – meine erste Mail war
    # unzustellbar"): a registration read as a bounce would be lost without a word.
    return False


def bounced_recipient(mail: Mail, exclude: set[str]) -> str | None:
    """Final-Recipient of the report, else X-Failed-Recipients, else the address the text names."""
    found = _report_recipient(mail.delivery_status)
    if found:
        return found
    failed = EMAIL_RE.search(mail.header("X-Failed-Recipients"))
    if failed:
        return failed.group(0).lower()
    return text_recipient(mail, exclude)


def _report_recipient(blocks: list[dict[str, str]]) -> str | None:
    """The failed recipient a report names: Final-Recipient, else Original-Recipient, failed blocks first."""
    failed = [b for b in blocks if b.get("action", "failed").lower().startswith("failed")
              and not b.get("status", "5").strip().startswith(("2", "4"))]
    for block in failed + blocks:
        # Original-Recipient is the address as we wrote it (the final one may be an alias's target)
        for key in ("original-recipient", "final-recipient", "x-actual-recipient"):
            found = _address_in(block.get(key, "").split(";", 1)[-1])
            if found:
                return found
    return None


def _address_in(text: str) -> str | None:
    found = EMAIL_RE.search(text)
    return _clean_address(found.group(0)) if found else None


def _clean_address(addr: str) -> str:
    # the pattern allows an apostrophe (o'brien@…), but not as the quote around an address
    return addr.lower().strip(".'-")


# Lines of quoted headers in a bounce's text: the returned mail's sender, ids and lists,
# never the failed recipient (To: and Received: … for <x> may be, and are tried last).
_HEADER_LINE_RE = gated(re.compile(
    r"^\s*>?\s*(?:from|sender|reply-to|return-path|errors-to|message-id|references|in-reply-to|resent-[\w-]+|"
    r"list-[\w-]+|x-[\w-]+|dkim-signature|authentication-results|received-spf|envelope-from|mail from|"
    r"delivered-to|smtp\.mailfrom|id|cc|bcc)\s*:",
    re.I,
))
_RECIPIENT_HEADER_LINE_RE = gated(re.compile(r"^\s*>?\s*(?:to|received)\s*:|^\s+(?:for|by|with|id)\b", re.I))
# Where a bounce's own words end and the returned mail begins
_RETURNED_MAIL_RE = gated(re.compile(
    r"^.{0,12}(?:original message|returned (?:mail|message)|message text|undelivered message|your message|"
    r"message headers?|unsent message)\b.{0,40}(?:follows?|below|attached)\b|"
    r"^.{0,12}(?:below is a copy|this is a copy of|a copy of the original|contents of the undelivered|"
    r"the header and top|original message headers|--- ?(?:original|returned) (?:message|mail)|"
    r"return-path:|received: from)",
    re.I | re.M,
))
# Lines that name a helpdesk, not the failure ("please contact <postmaster@…>")
_HELP_LINE_RE = gated(re.compile(
    r"contact|assistance|for (?:further|more) (?:help|information)|questions|please (?:send|write|mail)|"
    r"report (?:this|the problem)|webmaster|helpdesk|administrator at",
    re.I,
))
_MESSAGE_ID_RE = gated(re.compile(r"<[^<>@\s]{1,200}@[^<>\s]{1,200}>"))


def text_recipient(mail: Mail, exclude: set[str]) -> str | None:
    """The failed address a bounce's text names.

    Addresses of the bounce's own envelope and of the returned mail's sender come
    last, Message-IDs and helpdesk addresses never, nor addresses in quoted
    header lines. The bounce's own words come first, then the returned mail's
    To and Received-for lines, then its To header.
    """
    text = mail.text[:20000]
    written = _TEXT_REPORT_RE.search(text)  # report fields written into the text
    if written:
        return _clean_address(written.group(1))
    marker = _RETURNED_MAIL_RE.search(text)
    own_words = text[: marker.start()] if marker else text
    lines = own_words.split("\n")
    never = set(exclude) | _message_ids(mail, text) | {
        _clean_address(m.group(0)) for line in lines if _HELP_LINE_RE.search(line) for m in EMAIL_RE.finditer(line)}
    envelope = _own_envelope(mail)
    meant = _ORIGINAL_ADDRESS_RE.search(own_words)  # "x@a (expanded from: y@b)": we wrote to y@b
    if meant and _clean_address(meant.group(1)) not in never:
        return _clean_address(meant.group(1))
    body_lines = [ln for ln in lines if not (_HEADER_LINE_RE.match(ln) or _RECIPIENT_HEADER_LINE_RE.match(ln))]
    for line in body_lines:
        found = _first_candidate(line, never | envelope, False)
        if found:
            return found
    found = _bare_mailbox(mail, lines)
    if found:
        return found
    for line in body_lines:
        found = _first_candidate(line, never, True)
        if found:
            return found
    for line in text.split("\n"):
        if _RECIPIENT_HEADER_LINE_RE.match(line):
            found = _first_candidate(line, never | envelope, False)
            if found:
                return found
    return _returned_to(mail, never | envelope)


# Final-Recipient / Original-Recipient fields that a server wrote into the text itself
_TEXT_REPORT_RE = gated(re.compile(
    r"^[ \t]*(?:final|original)-recipient:[ \t]*(?:rfc822[ \t]*;)?[ \t]*<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)",
    re.I | re.M,
))
_ORIGINAL_ADDRESS_RE = gated(re.compile(
    r"(?:expanded from|original(?:ly)? (?:address|recipient))\s*:?\s*<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I,
))
# "Your mail to the following recipients could not be delivered …:" and a bare mailbox name below
_FOLLOWING_RE = gated(re.compile(r"following (?:recipient|address|user)|not delivered to the following", re.I))
_BARE_MAILBOX_RE = gated(re.compile(r"^\s*<?([a-z0-9][\w.+-]{0,63})>?\s*:?\s*$", re.I))


def _bare_mailbox(mail: Mail, lines: list[str]) -> str | None:
    """A mailbox name without domain under 'the following recipients': the reporting server's own user."""
    _, sender = mail.address("From")
    domain = sender.rpartition("@")[2]
    if not domain:
        return None
    for i, line in enumerate(lines[:-1]):
        if _FOLLOWING_RE.search(line):
            for below in lines[i + 1 : i + 4]:
                found = _BARE_MAILBOX_RE.match(below)
                if found:
                    return f"{found.group(1).lower()}@{domain}"
    return None


def _message_ids(mail: Mail, text: str) -> set[str]:
    """Message-IDs in the text (after 'Message-ID:' or 'id') and in the headers: never a recipient."""
    ids = {m.group(0)[1:-1].lower() for m in _MESSAGE_ID_RE.finditer(text)
           if re.search(r"(?:message-?id|\bid)\s*[:=]?\s*$", text[max(0, m.start() - 30):m.start()], re.I)}
    return ids | _header_ids(mail)


def _first_candidate(line: str, skip: set[str], machine_ok: bool) -> str | None:
    if "@" not in line:
        return None
    for found in EMAIL_RE.finditer(line):
        addr = _clean_address(found.group(0))
        if addr not in skip and (machine_ok or not is_machine_address(addr)) and "@" in addr:
            return addr
    return None


def _own_envelope(mail: Mail) -> set[str]:
    """Addresses the bounce is from and to, and the returned mail's sender: never the failed recipient."""
    out = set()
    for name in ("From", "To", "Cc", "Reply-To", "Sender", "Return-Path", "Errors-To"):
        out.update(_clean_address(m.group(0)) for m in EMAIL_RE.finditer(mail.header(name)))
    returned = mail.returned_headers
    if returned is not None:
        for name in ("From", "Sender", "Reply-To", "Return-Path"):
            out.update(_clean_address(m.group(0)) for m in EMAIL_RE.finditer(header_text(returned, name)))
    return out


def _header_ids(mail: Mail) -> set[str]:
    values = [mail.header("Message-ID"), mail.header("In-Reply-To"), mail.header("References")]
    if mail.returned_headers is not None:
        values += [header_text(mail.returned_headers, h) for h in ("Message-ID", "References")]
    return {m.group(0)[1:-1].lower() for v in values for m in _MESSAGE_ID_RE.finditer(v)}


def _returned_to(mail: Mail, skip: set[str]) -> str | None:
    """Last resort: the one address the returned mail was sent to."""
    if mail.returned_headers is None:
        return None
    found = [_clean_address(m.group(0)) for m in EMAIL_RE.finditer(header_text(mail.returned_headers, "To"))]
    found = [a for a in found if a not in skip]
    return found[0] if len(found) == 1 else None


def out_of_office_text(text: str) -> bool:
    """An absence notice from its wording alone (servers that set no header)."""
    head = lowered(text[:3000])
    hits = {m.group(0) for m in _OOF_TEXT_RE.finditer(head)}
    if _THANKS_FOR_MESSAGE_RE.search(head[:400]):
        hits.add("thanks for your message")
    return len(hits) >= 2
