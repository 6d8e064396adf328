"""What kind of mail this is: machine mail by its headers and texts, people's mail by what they ask for.

Machine mail is decided first and conservatively (a false registration is the
worst mistake); a person's mail is read sentence by sentence, so that "before
I register, a question" is a question and "could you please move me" a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import lower_pattern, lowered
from .mime import Mail
from .people import EMAIL_RE, is_machine_address

# --- machine mail -----------------------------------------------------------------

_AUTO_SUBJECT_RE = re.compile(
    r"^(?:automatische antwort|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|auto:|out of (?:the )?office|"
    r"abwesenheitsnotiz|abwesend|abwesenheit|réponse automatique|respuesta automática|risposta automatica|"
    r"otomatik (?:yanıt|cevap)|автоматический ответ|автоматична відповідь|automatyczna odpowiedź|"
    r"رد تلقائي|پاسخ خودکار|vacation|urlaub|on leave|autosvar|autoreply)",
    re.I,
)
_BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|unzustellbar|nicht zustellbar|delivery status notification \(failure\)|mail delivery failed|"
    r"returned mail|failure notice|delivery failure|delivery has failed|non remis|non distribuable|"
    r"message not delivered|wasn't delivered|was not delivered|address not found|недоставлен|не доставлено|"
    r"teslim edilemedi|no se pudo entregar|niedostarczon",
    re.I,
)
_BOUNCE_TEXT_RE = re.compile(
    r"could not be delivered|couldn't be delivered|wasn't delivered|permanent error|delivery has failed|"
    r"following address(?:es)? failed|user unknown|unknown user|mailbox unavailable|no such user|"
    r"host or domain name not found|recipient address rejected|nicht zugestellt werden|"
    r"empfänger nicht erreicht|konnte nicht zugestellt|550[ -]5\.\d\.\d",
    re.I,
)
# a delay warning from a mail server: the message is still being tried, nothing failed yet
_DELAY_RE = lower_pattern(
    r"delayed mail|still being retried|warning (?:message )?only|not yet been delivered|will be retried|"
    r"do not need to resend|delivery attempts will continue|delivery (?:status notification )?\(delay\)|"
    r"verzögert|wird weiterhin versucht|noch nicht zugestellt",
)
_PERMANENT_RE = lower_pattern(r"permanent|\b5\.\d{1,3}\.\d{1,3}\b|user unknown|does not exist|gave up")
# "X would like to recall the message": Outlook's recall request, never a person's news
_RECALL_RE = lower_pattern(
    r"would like to recall the message|möchte die nachricht\b[^\n]{0,200}\bzurückrufen|"
    r"souhaite rappeler le message|desea recuperar el mensaje|wil het bericht\b[^\n]{0,200}\bintrekken",
)
_OOF_TEXT_RE = lower_pattern(
    r"nicht im (?:büro|dienst|haus)|außer haus|ausser haus|abwesend|im urlaub|in urlaub|urlaubsbedingt|"
    r"erst (?:danach|nach meiner rückkehr|wieder)|nach meiner rückkehr|nicht\s+(?:automatisch\s+)?weitergeleitet|in dringenden fällen|"
    # "I will answer when I am back", in the languages people write auto-replies in
    r"à mon retour|a mi regreso|a mi vuelta|al mio rientro|po (?:moim )?powrocie|döndüğümde|dönüşümde|"
    r"после (?:моего )?возвращения|після (?:мого )?повернення|нет доступа к (?:почте|электронной почте)|"
    r"не маю доступу до (?:пошти|електронної пошти)|عند عودتي|بعد عودتي|پس از بازگشت|"
    r"automatische antwort|automatisch erzeugt|automatically generated|automatic reply|"
    r"out of (?:the )?office|on (?:annual |parental )?leave|on vacation|on holiday|limited access to (?:my )?e-?mail|"
    r"(?:reply|respond|get back to you) (?:after|upon|on) my return|until my return|i am travelling|i'm travelling|"
    r"currently away|away from (?:the )?office|ticket(?:nummer|number)|eingangsbestätigung|"
    r"wird nicht mehr (?:regelmäßig )?gelesen|no longer (?:monitored|in use)|"
    r"réponse automatique|absente? du bureau|je suis absente?|fuera de la oficina|respuesta automática|"
    r"fuori ufficio|sono assente|risposta automatica|poza biurem|automatyczna odpowiedź|izindeyim|ofiste değilim|otomatik yanıt|в отпуске|нахожусь вне офиса|"
    r"автоматический ответ|у відпустці|خارج المكتب|رد تلقائي|در مرخصی|پاسخ خودکار|"
    # challenge-response spam filters: "confirm you are human", sent by a machine in answer to ours
    r"automated (?:message|reply|response|e-?mail)|automatische nachricht|(?:please )?do not reply to this|"
    r"please do not reply|bitte antworten sie nicht|confirm (?:that )?you are (?:a )?human|not a robot|"
    r"kein roboter|verified senders|verifizierte absender|confirm your (?:message|e-?mail) to|"
    r"bestätigen sie, dass sie ein mensch",
)  # lower case, run on lowered text (no re.I: five times faster)
_THANKS_FOR_MESSAGE_RE = lower_pattern(
    r"(?:vielen )?dank für ihre (?:e-?mail|nachricht)|thank you for your (?:e-?mail|message)|"
    r"merci pour votre (?:message|e-?mail)|gracias por su (?:mensaje|correo)",
)

# iTIP methods (RFC 5546) that calendar programs send; PUBLISH is a plain .ics a person may attach
_CALENDAR_METHODS = ("REQUEST", "REPLY", "CANCEL", "COUNTER", "DECLINECOUNTER", "REFRESH", "ADD")


@dataclass
class MachineVerdict:
    kind: str | None = None  # auto_reply, bounce, other (bulk) or None for a person's mail
    auto_submitted: bool = False
    bounced_recipient: str | None = None
    reasons: list[str] = field(default_factory=list)


def machine_verdict(mail: Mail, own: set[str]) -> MachineVerdict:
    """Decide from headers (RFC 3834 and friends) and report parts whether a machine sent this."""
    verdict = MachineVerdict()
    auto = mail.header("Auto-Submitted").lower()
    precedence = mail.header("Precedence").lower()
    _, sender = mail.address("From")
    return_path = mail.header("Return-Path").strip()
    verdict.auto_submitted = bool(
        (auto and not auto.startswith("no"))
        or any(mail.has(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "List-Id", "List-Unsubscribe",
                                     "List-Post", "X-Failed-Recipients", "X-MS-Exchange-Message-Is-Ndr"))
        or precedence in ("bulk", "junk", "list", "auto_reply")
        or return_path in ("<>", "")
        and mail.has("Return-Path")
        or is_machine_address(sender)
    )
    if _is_delay_warning(mail, sender, return_path):
        verdict.kind = "auto_reply"  # a delay warning is machine mail, but not a failure
    elif _is_bounce(mail, sender, return_path):
        verdict.kind = "bounce"
        verdict.bounced_recipient = bounced_recipient(mail, own | {sender})
        if verdict.bounced_recipient is None:
            verdict.reasons.append("bounce without a recognisable recipient")
    elif (auto and not auto.startswith("no")) or precedence == "auto_reply" or any(
        mail.has(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply")
    ) or _AUTO_SUBJECT_RE.match(mail.header("Subject")):
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
    elif precedence in ("bulk", "junk", "list") or any(
        mail.has(h) for h in ("List-Id", "List-Unsubscribe", "List-Post")
    ) or is_machine_address(sender):
        verdict.kind = "other"
    return verdict


def _is_delay_warning(mail: Mail, sender: str, return_path: str) -> bool:
    """A plain-text delay warning (reports say so in their Action: field, read by _is_bounce)."""
    if mail.delivery_status or not (is_machine_address(sender) or return_path == "<>"):
        return False
    text = lowered(mail.header("Subject") + "\n" + mail.text[:3000])
    return bool(_DELAY_RE.search(text)) and not _PERMANENT_RE.search(text)


def _is_bounce(mail: Mail, sender: str, return_path: str) -> bool:
    if mail.delivery_status:
        actions = {b.get("action", "failed").lower().strip() for b in mail.delivery_status if "final-recipient" in b}
        return not actions or bool(actions - {"delayed", "delivered", "relayed", "expanded"})
    if mail.has("X-Failed-Recipients") or mail.has("X-MS-Exchange-Message-Is-Ndr"):
        return True
    machine = is_machine_address(sender) or return_path == "<>" or "microsoftexchange" in sender
    subject = mail.header("Subject")
    return machine and bool(_BOUNCE_SUBJECT_RE.search(subject) or _BOUNCE_TEXT_RE.search(mail.text[:5000]))


def bounced_recipient(mail: Mail, exclude: set[str]) -> str | None:
    """Final-Recipient of the report, else X-Failed-Recipients, else the address the text names."""
    for block in mail.delivery_status:
        for key in ("final-recipient", "original-recipient"):
            value = block.get(key, "")
            found = EMAIL_RE.search(value.split(";", 1)[-1])
            if found:
                return found.group(0).lower()
    failed = EMAIL_RE.search(mail.header("X-Failed-Recipients"))
    if failed:
        return failed.group(0).lower()
    for found in EMAIL_RE.finditer(mail.text[:20000]):
        addr = found.group(0).lower().strip(".")
        if addr not in exclude and not is_machine_address(addr):
            return addr
    return None


def out_of_office_text(text: str) -> bool:
    """An absence notice from its wording alone (servers that set no header)."""
    head = lowered(text[:3000])
    hits = {m.group(0) for m in _OOF_TEXT_RE.finditer(head)}
    if _THANKS_FOR_MESSAGE_RE.search(head[:400]):
        hits.add("thanks for your message")
    return len(hits) >= 2
