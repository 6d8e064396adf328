"""Mail bytes + config → Parsed. Pure: no I/O, no clock, no database.

The stages, each in its own module: mime (bytes → text), classify (machine
mail), quotes (own words vs quotes and signature), intent (what a person
asks for), choices (workgroups), party (how many), people (who, where to
answer), language.
"""

from __future__ import annotations

import datetime as dt
import functools
import email.utils
import logging
import re

from ..authentication import authenticate
from ..config import Config
from ..model import Parsed
from ..recipients import from_address, same_organisation
from .abstain import MYSELF_RE, abstain, answers_us, asks, unplaced
from .asides import side_questions
from .dates import names_event_day, other_dates
from .attachments import Attached, field_fact, read_attachments
from .choices import BUT_RE, FALLBACK_CONDITION_RE, NO_PROBLEM_RE, choose, matcher_for
from .classify import list_mail, machine_verdict, out_of_office_text
from .intent import (REG_NOUN_RE, CANCEL_RE, CANT_COME_RE, cant_come_sentences, signs_up_with_a_change, FIRST_PERSON_RE, REGISTER_RE, TELL_ME_RE, COMPANION_DROPS_RE, CONDITIONAL_RE, NEGATION_RE, PAST_RE, asks_if_ok, question_sentences, read_intent,
                     sentences, speaks_of_coming)
from .language import detect_language
from .lexicon import concept_pattern, lower_pattern, lowered
from .party import names_companion
from .mime import Mail, read_mail
from .people import (EMAIL_RE, ORG_WORDS, fold, form_name, has_org_word, initial_only, is_machine_address, looks_like_name, name_words,
                     signature_name, tidy_display_name)
from .reading import REPLY_PREFIX_RE, Reading, evidence_in, read_person
from .vocabulary import concept_regex, covers, numbers, script, words
from .gates import alternation_gates, any_search, gated
from .scan import longest_first, marks_again

log = logging.getLogger(__name__)

_COMMANDS = ("STATUS", "EXPORT")
_SEE_ATTACHMENT_RE = gated(lower_pattern(
    r"siehe anhang|im anhang|\banbei\b|see (?:the )?attach|\battached\b|in the attachment|ci-joint|pièce jointe|"
    r"\badjunt[oa]\b|\bek(?:te|teki)\b|во вложении|у вкладенні|в додатку|مرفق|پیوست|załącz\w*",
))


def parse_message(raw: bytes, config: Config) -> Parsed:
    """Read one RFC 5322 message; never raises (a broken mail comes back flagged)."""
    try:
        return _parse(bytes(raw), config)
    except Exception as exc:  # noqa: BLE001 - a broken mail is a case, not a crash
        # logged with the mail's Message-ID: a reader bug must be found, not only survived
        found = _MESSAGE_ID_RE.search(bytes(raw[:65536]))
        mail_id = found.group(1).decode("ascii", "replace") if found else "(no Message-ID)"
        log.warning("parser failed on mail %s: %s", mail_id, exc, exc_info=True)
        return Parsed(kind="other", needs_review=True, reasons=[f"unreadable mail: {exc.__class__.__name__}"])


_MESSAGE_ID_RE = re.compile(rb"^Message-ID:[ \t]*(<[^>\r\n]{1,250}>)", re.I | re.M)


def _parse(raw: bytes, config: Config) -> Parsed:
    mail = read_mail(raw, config.safety.max_message_bytes)
    parsed = _envelope(mail, config)
    parsed.reasons += mail.problems
    own = set(config.own_addresses)
    verdict = machine_verdict(mail, own)
    parsed.auto_submitted = verdict.auto_submitted
    if parsed.own_loop and verdict.kind != "bounce":
        parsed.kind = "other"
        parsed.reasons.append("sent by mailbot itself (loop)")
    elif verdict.kind and not _relayed_by_form(mail, verdict):
        parsed.kind = verdict.kind
        parsed.bounced_recipient = verdict.bounced_recipient
        parsed.reasons += verdict.reasons
    elif parsed.coordinator_command:
        parsed.kind = "other"
    else:
        _read_person_mail(mail, parsed, config)
        if verdict.kind and parsed.kind != "other":
            parsed.reasons.append(f"sent through a web form ({mail.address('From')[1]}): the address in "
                                  "Reply-To is not confirmed by its owner, please check")
    parsed.needs_review = bool(parsed.reasons)
    _as_written(parsed)
    return parsed


def _as_written(parsed: Parsed) -> None:
    """Tamil vowel marks as the writer wrote them in what the coordinator reads (the reader read them as
    letters: scan.MARK_LETTERS)."""
    parsed.text, parsed.name, parsed.organisation = (marks_again(v) if v else v for v in (parsed.text, parsed.name, parsed.organisation))
    parsed.reasons = [marks_again(r) for r in parsed.reasons]
    parsed.side_questions = [marks_again(q) for q in parsed.side_questions]


def _relayed_by_form(mail: Mail, verdict) -> bool:
    """A contact form's mail: a no-reply sender relays a person, who stands in Reply-To.

    City and association websites send what someone typed into a form from their own no-reply
    address; the machine sender makes it "other", yet the text is a person's. It is read like
    one, but always for review: anyone can type anyone's address into a form. A list or bulk
    mail (newsletters carry these marks) stays machine mail.
    """
    # (some forms also mark their relay Auto-Submitted: the words are still the person's; an
    # out-of-office text is found again when the mail is read as a person's)
    if verdict.kind not in ("other", "auto_reply") or verdict.reasons or mail.is_report or mail.calendar_method:
        return False
    _, sender = mail.address("From")
    _, reply_to = mail.address("Reply-To")
    return bool(
        is_machine_address(sender) and "@" in reply_to and not is_machine_address(reply_to)
        and reply_to != sender and mail.header("Precedence").lower() not in ("bulk", "junk", "list")
        and not list_mail(mail)
    )


def _envelope(mail: Mail, config: Config) -> Parsed:
    """Threading, sender, loop and authentication facts from the headers."""
    sender, sender_problem = from_address(_raw_header(mail.headers.get("From")))
    subject = mail.header("Subject")
    parsed = Parsed(
        message_id=mail.header("Message-ID") or None,
        in_reply_to=(re.findall(r"<[^>]+>", mail.header("In-Reply-To")) or [None])[0],
        references=re.findall(r"<[^>]+>", mail.header("References")),
        subject=subject,
        sender=sender or None,
        date=_iso_date(mail.header("Date")),
        attachments=list(mail.attachments),
    )
    parsed.sender_problem = sender_problem
    parsed.own_loop = sender in config.own_addresses or mail.has("X-Mailbot-Loop")
    verdict = authenticate([mail_header_text(v) for v in mail.headers.get_all("Authentication-Results") or []],
                           sender.rsplit("@", 1)[1] if sender and "@" in sender else None, config.safety)
    parsed.dmarc, parsed.authenticated = verdict.dmarc, verdict.passed
    command = REPLY_PREFIX_RE.sub("", subject).strip().upper()
    if sender in config.coordinator.emails and config.coordinator.commands and command in _COMMANDS:
        parsed.coordinator_command = command
    return parsed


def _iso_date(value: str) -> str | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).isoformat()


def _raw_header(value) -> str:
    """A header's raw text: encoded words stay encoded, so they cannot add a '<' or ','."""
    return "" if value is None else str(value)


def mail_header_text(value) -> str:
    from .mime import decode_header

    return decode_header(value)


def _read_person_mail(mail: Mail, parsed: Parsed, config: Config) -> None:
    attached, text_alone = _with_attachments(mail)
    reading = read_person(mail, config)
    parsed.text = reading.own_text
    # the writer's organisation, whatever the mail turns out to be: shown with it in review too
    parsed.organisation = reading.organisation
    if out_of_office_text(reading.own_text + "\n" + reading.signature) and not (
            reading.intent.register or reading.intent.cancels_registration or reading.intent.register_in_cancel):
        parsed.kind = "auto_reply"
        return
    asides = side_questions(reading, config) if reading.intent.question else []
    kind, why = _decide_kind(reading, mail, asides=bool(asides))
    if kind in ("registration", "change", "cancellation"):
        parsed.side_questions = asides
    if kind == "other" and (attached.complete_form or _filled_form(reading)):
        kind = "registration"  # a filled registration form says it without words
    _note_attachments(parsed, attached, kind, reading)
    if attached.text and kind != "other" and not attached.complete_form and _kind_without_files(
            mail, text_alone, config) != kind:
        # a flyer or a letter attached may say "Anmeldung" without being this writer's
        parsed.reasons.append(f"decided by what {', '.join(attached.read_from)} says: please check")
    parsed.reasons += why
    if kind == "cancellation" and reading.intent.cant_come and not reading.intent.cancel and not _about_event(
            reading, mail, parsed, config):
        # "my son cannot come to school today": without a word of ours it may be any appointment
        parsed.reasons.append("says someone cannot come, but nothing ties it to this event: please read")
    if kind == "cancellation" and not reading.intent.cancel and reading.intent.question:
        # "Bin ich auf der Liste? Ich möchte nicht umsonst kommen": a can't-come reading without a word
        # that cancels, in a mail that asks something, may be no cancellation at all
        parsed.reasons.append(f"says someone cannot come, and {asks(reading.own_text)}: please read")
    if kind == "cancellation" and not reading.intent.cancel:
        counted = _counted_not_coming(reading, config)
        if counted:
            # "leider kann eine Person von uns nicht kommen", "двое ребят не смогут": persons counted before
            # the can't-come words may be part of the party only; the rest still come
            parsed.reasons.append(f"counts who cannot come: '{counted}' (a smaller party?)")
    if kind == "cancellation" and reading.party.stated and _count_from_now(reading):
        # "вычеркните его из списка – нас будет трое", "streichen Sie Herrn X, wir sind dann zu dritt": a total
        # said with "then", "now", "will be" (`then_count`) is the party that still comes (a smaller party)
        parsed.reasons.append(f"cancels, and also says how many come from now: {reading.party.size} (a smaller party?)")
    coming = _says_coming(reading) if kind == "cancellation" and not reading.intent.cancel else None
    if coming:
        # "I myself cannot come, but two of our members will": can't-come words alone, next to
        # someone who comes, may be a registration for others or a smaller party
        parsed.reasons.append(f"says someone cannot come, and also: '{coming}': please read")
    elif kind == "cancellation" and reading.intent.still_coming:
        # "Meine Kollegin kann leider nicht kommen. Ich bleibe angemeldet.": the writer stays, someone
        # else drops out (a smaller party, not a cancellation of the writer's registration)
        parsed.reasons.append("says someone cannot come, and also that the writer still comes: please read")
    elif kind == "cancellation" and (after := _coming_after_but(reading) or _coming_anyway(reading)):
        # "Unser Verein muss leider absagen, aber ich komme privat", "…, mais je reste inscrite", "…, aber
        # mein Stellvertreter kommt für mich": after the "but" someone still comes
        parsed.reasons.append(f"cancels, but then says someone comes: '{after}': please read")
    if kind == "cancellation" and not reading.intent.cancel and any(
            MYSELF_RE.search(sentence) for sentence in cant_come_sentences(reading.own_text)):
        # "Wir hatten uns zu dritt angemeldet. Ich selbst kann an dem Tag leider nicht": the writer in person, said
        # so; the others of the registration may still come
        parsed.reasons.append("says the writer herself cannot come ('selbst', 'myself'): do the others registered still come?")
    not_coming = _says_not_coming(reading) if kind in ("registration", "change") else None
    if not_coming:
        parsed.reasons.append(f"says someone does not come: '{not_coming}'")
    elif kind in ("registration", "change") and reading.intent.cant_come and not (
            kind == "registration" and reading.someone_else and _only_the_writer_cannot(reading)):
        # "I had registered for group 3 … I cannot attend": the reader found a can't-come clause
        parsed.reasons.append(f"a {kind} that also says someone cannot come: please read")
    if kind == "change" and reading.intent.party_change and not _new_party_said(reading):
        # "one of us can't come": the party shrinks, but to how many the mail does not say
        parsed.reasons.append("someone no longer comes, but the new number of persons is not said: please read")
    if kind == "registration" and not reading.choices.ids:
        # "Nachtrag: meine Mutter kommt auch mit, also 2 Personen", "Sorry, forgot to say – our treasurer comes
        # too" over the writer's own earlier mail: a registration naming no workgroup that adds to an earlier
        # mail changes the registration made there (the rules would place it in a workgroup of their own)
        follow_up = _follows_up(reading, mail)
        if follow_up:
            parsed.reasons.append(f"follows up an earlier mail ({follow_up}) and names no workgroup: "
                                  "a change of the registration made then?")
        elif reading.intent.change:
            # "Bitte also 2 Personen statt nur mir eintragen": a sign-up word beside a change word
            parsed.reasons.append("signs up and speaks of a change, naming no workgroup: a new registration "
                                  "or a change of one made before?")
    negated = _negated_choice(reading) if kind == "registration" and not (
        reading.intent.register or reading.intent.attend) else None
    if negated:
        # "Samahani, siwezi kuja AG 3": only the subject and a workgroup make it a registration, and the
        # sentence that names the workgroup says "not" (words of not coming the files may not have)
        parsed.reasons.append(f"names a workgroup in a sentence with a negation, and no word of signing up: "
                              f"'{negated}' (a cancellation?)")
    elsewhen = _dates_of_coming(reading, mail, config, kind) if kind == "registration" or kind == "cancellation" and not (
        # (a cancellation that names the event's day or a workgroup ("AG 1") is this event's, whatever else it dates:
        # "не смогу прийти 13 марта: в этот день концерт к 8 Марта")
        names_event_day(mail.header("Subject") + "\n" + reading.own_text, config)
        or any(i.concept == "group_noun" for i in evidence_in(reading.own_text[:4000], config))) else []
    if elsewhen:
        # "zum Fachtag … am 24. Februar": a registration for another day is likely for another event
        parsed.reasons.append(f"names a date that is not the event's: '{elsewhen[0]}' (another event?)")
    elif kind in ("registration", "change") and (parsed.in_reply_to or REPLY_PREFIX_RE.match(mail.header("Subject"))) and (
            other := _answers_another_year(reading, mail, config)):
        # "mein Mann und ich würden gerne kommen, am liebsten Workshop 2" under last year's invitation
        parsed.reasons.append(f"answers a mail of another year: {other} (last year's invitation?)")
    listed = _listed_people(reading.own_text, reading.name, config.event.name) if kind in ("registration", "change") else 0
    if listed >= 2 and not (reading.party.explicit and reading.party.size >= listed):
        # "I wish to register the following members: 1. Mrs. … 2. Mr. …": the list is the party,
        # and whether the writer comes too the list does not say
        parsed.reasons.append(f"a list of {listed} people: how many come?")
    if kind in ("cancellation", "change") and reading.someone_else:
        # a forwarded or relayed cancellation or change is for someone who did not write to us
        parsed.reasons.append(f"a {kind} for someone other than the writer ({reading.email}): please check")
    elif kind in ("cancellation", "change") and (sent_by := _quoted_writer(reading, mail, config)) and not (
            kind == "cancellation" and _cancels_in_first_person(reading)):
        # "kleine Korrektur zu Aylins Mail: …" over "Von: Çelik, Aylin <a.celik@…>": a colleague changes the
        # registration another address sent; acted on, the change would land on the writer's own (or none)
        parsed.reasons.append(f"changes what another address wrote to us ({sent_by}): whose registration?")
    if kind == "registration" and reading.intent.existing and answers_us(parsed, config) and _registered_before(reading, mail):
        # "ich hatte mich ja nur für den Vormittag angemeldet … bitte noch für die AG 1 eintragen" under our
        # confirmation: the writer is registered already, and what is asked changes that registration
        parsed.reasons.append("a reply to our mail that speaks of the registration made and signs up again: a change?")
    more = _more_persons(reading) if kind == "registration" else None
    if more:
        parsed.reasons.append(f"'{more}': that many more besides the writer?")
    alongside = _me_and_ours(reading) if kind == "registration" and reading.party.size == 1 else None
    if alongside:
        parsed.reasons.append(f"'{alongside}': someone besides the writer?")
    sender = _sender_named_in_text(reading, mail) if kind in ("registration", "change") else None
    if sender:
        parsed.reasons.append(f"signed '{reading.name}', but the sender '{sender}' is spoken of in the text: who registers?")
    if kind in ACTING and not reading.own_text.strip() and len(mail.text.split()) > _FEW_WORDS:
        # the splitter took everything for a quote or a forward: what was read came from the subject
        parsed.reasons.append("the writer's own text is empty, the rest looks quoted or forwarded: please read")
    if kind in ("registration", "change") and _after_event(parsed.date, config):
        kind = "other"
        parsed.reasons.append("arrived after the event")
    parsed.kind = kind
    if kind == "other":
        parsed.reasons += unplaced(reading) or _not_understood(reading, mail, config) or _reply_not_understood(
            reading, parsed, config)
        if mail.attachments and _SEE_ATTACHMENT_RE.search(lowered(reading.own_text[:2000])):
            # "siehe Anhang": the mail may say in a file what its text does not, and what we could
            # read of the files (attachments.py) did not make it a registration
            parsed.reasons.append("refers to an attachment: a human should read it")
        return
    _fill_person(parsed, reading, config, kind)



def _filled_form(r: Reading) -> bool:
    """The invitation's form filled in the mail itself ("Ad Soyad: …", "Kişi sayısı: 3", "Atölye: 4", or the
    workgroups ticked): a name, a number of persons and one workgroup read say "I register" without the words."""
    facts = {field_fact(m.group(1)) for m in _FORM_LINE_RE.finditer(r.own_text[:4000])}
    return {"name", "persons"} <= facts and r.party.explicit and len(r.choices.ids) == 1


# "Label: value" on a line of its own (the label short, the value not empty)
_FORM_LINE_RE = re.compile(r"^[^\S\n]*([^\W\d_][^:\n]{0,58}?)[^\S\n]*:[^\S\n]*\S", re.M)


# a list line that names a person: a marker, then a title or two capitalised words and the line's end
# or a role after a dash or comma ("1. Mrs. Ngozi Eze - Women's Wing", "- Frau Aylin Demir", "• Ali Kaya")
_LISTED_PERSON_RE = gated(re.compile(
    r"^[^\S\n]*(?:\d{1,2}[.)]|[-–•*·])[^\S\n]+"
    r"(?:(?i:mrs?|ms|miss|dr|prof|frau|herrn?|mme|mlle|m|sra?|sig\.?ra|bay|bayan|г-н|г-жа|пан|пані)\.?[^\S\n]+)?"
    r"(?:[A-ZÄÖÜÇŞ][\w'’-]+(?:[^\S\n]+[A-ZÄÖÜÇŞ][\w'’-]+){1,3}"
    # Cyrillic and Greek capitals; Arabic script, which has none: two to four words and the line's end
    r"|[А-ЯЁІЇЄҐ][\w'’-]+(?:[^\S\n]+[А-ЯЁІЇЄҐ][\w'’-]+){1,3}|[Α-Ω][\w'’-]+(?:[^\S\n]+[Α-Ω][\w'’-]+){1,3}"
    r"|[\u0620-\u064a\u066e-\u06d3]+(?:[^\S\n]+[\u0620-\u064a\u066e-\u06d3]+){1,3}(?=[^\S\n]*$))"
    r"[^\S\n]*(?:$|[-–,:(])",
    re.M,
))


# "Für die AG 2 melden sich an: Anna Beispiel und Ali Yilmaz", "Anna Beispiel, Ali Yilmaz, Fatma Demir": full
# names (two or three capitalised words each) joined by commas and "and" in one sentence
_NAME = r"[A-ZÄÖÜÇŞ][a-zäöüßçşğıéèáàóòúùñãõâêîôûëïü'’-]+(?:[^\S\n]+[A-ZÄÖÜÇŞ][a-zäöüßçşğıéèáàóòúùñãõâêîôûëïü'’-]+){1,2}"
_NAME_JOIN = r"[^\S\n]*(?:,|;|&)[^\S\n]*|[^\S\n]+(?:und|and|et|y|e|ve|i|oraz|sowie)[^\S\n]+"
_INLINE_NAMES_RE = gated(re.compile(rf"(?<![\w-]){_NAME}(?:(?:{_NAME_JOIN}){_NAME})+(?![\w-])"))
_NAME_RE = re.compile(_NAME)


def _listed_people(text: str, writer: str | None = None, event: str = "") -> int:
    """People listed one a line ("1. Mrs …", "- Ali Yilmaz"), or full names joined in a sentence when they
    follow a colon or include the writer's name ("Anna Beispiel und Ali Yilmaz"); capitalised words of
    the event's name, an organisation's or a greeting ("Ihre Mühe und Gottes Segen") are no list."""
    text = text[:20_000]
    listed = len(_LISTED_PERSON_RE.findall(text))
    own = {fold(w) for w in (writer or "").split() if fold(w)}
    event_words = {fold(w) for w in event.split() if fold(w)}
    # (read only after a colon and around the writer's name: a pattern that may start at every capital
    # letter costs per line on long mail, issue #15)
    near = [(i + 1, i + 300) for i in (m.start() for m in re.finditer(":", text))]
    for word in (w for w in (writer or "").split() if len(w) >= 3):
        near += [(max(0, i - 300), i + 300) for i in (m.start() for m in re.finditer(re.escape(word), text))]
    found = {m.span(): m for lo, hi in near for m in _INLINE_NAMES_RE.finditer(text, lo, min(hi, len(text)))}
    for m in found.values():
        names = _NAME_RE.findall(m.group(0))
        words = {fold(w) for n in names for w in n.split()}
        after_colon = text[max(0, m.start() - 3) : m.start()].rstrip().endswith(":")
        if (after_colon or words & own) and not words & event_words and not any(has_org_word(n) for n in names):
            listed = max(listed, len(names))
    return listed


def _dates_of_coming(r: Reading, mail: Mail, config: Config, kind: str = "registration") -> list[str]:
    """Dates that are not the event's, in the sentences that register or come (and a subject that
    speaks of registering): "Anmeldung Fachtag 24.02.2027", "wir kommen am 24. Februar"; for a
    cancellation, in those that cancel too ("unsere Anmeldung für die Fortbildung am 24. Februar stornieren")."""
    subject = mail.header("Subject") if (r.subject_intent.reg_noun or r.subject_intent.register or (
        kind == "cancellation" and (r.subject_intent.cancel or r.subject_intent.cant_come))) else ""
    if not other_dates(r.own_text, config) and not (subject and other_dates(subject, config)):
        return []  # (most mails name no other day: the sentences are looked at only when one does)
    said = [s for s in sentences(r.own_text) if speaks_of_coming(s) or kind == "cancellation" and (
        CANCEL_RE.search(lowered(s)) or CANT_COME_RE.search(lowered(s)))] + ([subject] if subject else [])
    return [d for s in said for d in other_dates(s, config)]


def _answers_another_year(r: Reading, mail: Mail, config: Config) -> str | None:
    """A reply whose subject and quoted mail name another year and never the event's ("Re: Einladung zum Tag
    der Migrantenselbstorganisationen 2026" over last year's invitation): its workgroups may be another year's."""
    answered = mail.header("Subject") + "\n" + _quoted_under(r, mail, 6000)
    year = str(config.event.starts.year)
    years = [y for y in _YEAR_RE.findall(answered) if y != year]
    return years[0] if years and year not in answered else None


_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _not_understood(r: Reading, mail: Mail, config: Config) -> list[str]:
    """A person's mail that fits no kind yet shows it is about the event: a human reads it.

    "Other" is never answered and lands among the ignored mails, so a registration the reader
    could not place there is lost without anyone noticing: one that names a workgroup or a
    number of persons the reader understood, one whose subject asks to register, or one in a
    language whose words mailbot does not have (it cannot tell a registration from spam there).
    """
    if r.choices.ids:
        return [f"names {', '.join(r.choices.ids)} but was not understood as registration, change, "
                "cancellation or question: please read"]
    if r.choices.unknown:
        # ("die AG 2 fanden wir letztes Jahr schon spannend": a workgroup of another year, set aside)
        return [f"names a workgroup ({r.choices.unknown[0]}) but was not understood as registration, change, "
                "cancellation or question: please read"]
    if r.party.explicit:
        return [f"names {r.party.size} persons but was not understood as registration, change, "
                "cancellation or question: please read"]
    # "Leider kann ich am 13. März nicht zum Tag der Migrantenselbstorganisationen kommen", "niestety
    # nie przyjdę": a withdrawal in words longer or other than the vocabulary's phrases is no "other"
    not_coming = _says_not_coming(r)
    if not_coming:
        return [f"says someone does not come, but was not understood as a cancellation: '{not_coming}'"]
    if r.intent.change:
        # "Können Sie mich bitte von der 2 in die 1 umbuchen?": a change word in a mail that fits no kind
        # asks for a change the reader could not place
        return ["asks for a change, but it was not understood (which registration, which workgroup?): please read"]
    # (not 'Re: Ihre Anmeldung': a reply to our confirmation saying thanks is rightly left alone)
    if (r.subject_intent.register or r.subject_intent.reg_noun) and not REPLY_PREFIX_RE.match(mail.header('Subject')):
        return [f"the subject speaks of registering ('{' '.join(mail.header('Subject').split())[:60]}') "
                "but the text was not understood: please read"]
    said = r.subject_intent
    if (said.cancel or said.cant_come or said.change) and not REPLY_PREFIX_RE.match(mail.header('Subject')):
        # "Absage … wir kommen nicht leider krank" over an empty text, "Abmeldung": a cancellation or change
        # the subject announces is no "other"
        return [f"the subject speaks of cancelling or changing ('{' '.join(mail.header('Subject').split())[:60]}') "
                "but the text was not understood: please read"]
    if names_event_day(mail.header("Subject") + "\n" + r.own_text[:4000], config):
        # "na zhal ja ne zmozhu pryity 13.03", "am 13. März …": a mail that names the event's day speaks of
        # the event, in words the reader could not place (a language in Latin letters, say)
        return ["names the event's day but was not understood as registration, change, cancellation or "
                "question: please read"]
    if sum(ch.isalpha() for ch in r.own_text[:2000]) >= 20:
        language = detect_language(r.language_text or r.own_text)
        if language and not covers(language, r.own_text):
            return [f"written in '{language}' ({(script(r.own_text) or '').lower()} letters), which mailbot's "
                    "vocabulary does not cover: please read"]
    return []


def _reply_not_understood(r: Reading, parsed: Parsed, config: Config) -> list[str]:
    """A reply to one of our mails is about that registration: only a short thank-you is left alone.

    "Kann leider doch nicht", "we have to pass this time": a cancellation in words the reader
    does not know would otherwise keep the place taken. A negation or more than a short line
    of text sends the reply to a human (the words are counted, so this holds in any language).
    """
    if not answers_us(parsed, config):
        return []
    text = r.analysed.strip()
    intent = r.intent
    # ("wir sind doch 2 Personen mehr", "нас будет на одного человека больше": a count or a workgroup word
    # the reader did not place is what the reply is about)
    said = (intent.change or intent.cancel or intent.cant_come or intent.party_change or r.cues
            or any(i.concept in _ABOUT_THE_REGISTRATION for i in r.unexplained))
    low = lowered(text)
    if len(text.split()) <= _SHORT_THANKS_WORDS and not (NEGATION_RE.search(low) or _REGRET_RE.search(low)) and not said:
        # (a short reply with a change, cancel or withdrawal word is no thank-you: "mutați-mă la grupul 3")
        return []
    return ["a reply to our mail that was not understood (a cancellation or a change?): please read"]


_ABOUT_THE_REGISTRATION = ("number", "number_word", "persons", "companion", "roman", "ordinal", "position", "letter",
                           "group_noun")
# "Leider nein", "Maalesef hayır", "К сожалению, нет": a short reply with regret says no to what we asked
_REGRET_RE = gated(concept_pattern("regret"))
# "Vielen Dank, bis dann!", "Thank you so much, see you on Saturday": short enough to be only that
_SHORT_THANKS_WORDS = 12

# --- attachments (attachments.py): forms, documents and cards read as the writer's own text ---


def _with_attachments(mail: Mail) -> tuple[Attached, str]:
    """Read the attached files; their text goes before the writer's words (which may end in a quote)."""
    attached = read_attachments(mail)
    text_alone = mail.text
    if attached.text:
        mail.text = attached.text + "\n\n" + mail.text
    return attached, text_alone


def _kind_without_files(mail: Mail, text_alone: str, config: Config) -> str:
    with_files, mail.text = mail.text, text_alone
    try:
        return _decide_kind(read_person(mail, config), mail)[0]
    finally:
        mail.text = with_files


def _note_attachments(parsed: Parsed, attached: Attached, kind: str, reading: Reading) -> None:
    """Which files were read (for the log), a card's organisation, and scans for a human."""
    parsed.read_from_attachments = list(attached.read_from)
    refers = bool(_SEE_ATTACHMENT_RE.search(lowered(reading.own_text[:4000])))
    scans = attached.scanned + (attached.images if refers else [])
    if scans:
        parsed.reasons.append("scanned form: please read " + ", ".join(scans))
    if attached.problems and (refers or kind == "other"):
        parsed.reasons += attached.problems[:3]
    unread = [name for name in parsed.attachments if name not in attached.read_from + attached.scanned + attached.images
              and not any(problem.startswith(f"{name}:") for problem in attached.problems)]
    if refers and kind in ("registration", "change") and unread and not reading.choices.ids:
        # "Во вложении заполненная анкета", "siehe Anhang" over a file of a kind mailbot does not read, and no
        # workgroup in the text: the choice the writer made is in the file ("anbei das Formular. Kurz: wir kommen zu
        # zweit in die AG I" says it in the text too)
        parsed.reasons.append(f"refers to an attachment mailbot did not read: {', '.join(unread[:3])}: please read")
    if attached.card and kind in ("registration", "change") and not reading.organisation:
        reading.organisation = attached.card.organisation  # the card's ORG: _fill_person takes it from here
    card_name = attached.card.name if attached.card and kind in ACTING and not reading.someone_else else None
    if card_name and (card_name in reading.signature or not any(
            name_words(n) >= 2 for n in (signature_name(reading.signature), form_name(reading.own_text)) if n)):
        # the card's name where the mail signs it ("Dr. Friederike Lohmann, OStR'") or signs and fills in no full
        # one (over From's display name, which may be a school's or an office's: "Hansa-Gymnasium Münster")
        reading.name = card_name


ACTING = ("registration", "change", "cancellation")
_FEW_WORDS = 5


def _about_event(r: Reading, mail: Mail, parsed: Parsed, config: Config) -> bool:
    """The mail says it is about this event: a reply, a subject of ours, a workgroup, the event's name."""
    subject = mail.header("Subject")
    if parsed.in_reply_to or parsed.references or REPLY_PREFIX_RE.match(subject) or r.choices.ids:
        return True
    s = r.subject_intent
    if s.cancel or s.cant_come or s.register or s.reg_noun:
        return True
    text = lowered(subject + "\n" + r.own_text)
    return any(word in text for word in _event_words(config.event.name))


@functools.lru_cache(maxsize=8)
def _event_words(name: str) -> tuple[str, ...]:
    """The long words of the event's name ("migrantenselbstorganisationen", "vereinsforum")."""
    return tuple(w for w in re.findall(r"[^\W\d_]{6,}", lowered(name)))



def _says_not_coming(r: Reading) -> str | None:
    """A sentence with a negation and a word of coming ("none of us will be able to join",
    "коллега не сможет прийти"): in a registration or change it may take someone, or all, back.

    The withdrawal phrases of the vocabulary list the common forms; this catches the others,
    in every language whose negation and coming words the reader has.
    """
    for sentence in sentences(r.analysed):
        # "se não houver vaga, no grupo 2", "wenn das nicht geht, dann D": no one stays away; nor in "kein
        # Problem", "non ci sono problemi", "sorun yok", "zur Not" (a negation word that negates nothing)
        low = NO_PROBLEM_RE.sub(" ", FALLBACK_CONDITION_RE.sub(" ", lowered(sentence)))
        low = _without_negated_capacity(_without_negated_need(low))
        if r.someone_else and MYSELF_RE.search(low):
            # "Ich selbst kann leider nicht dabei sein": the writer who registers someone else says
            # they stay away themselves; that agrees with the registration the reader found
            continue
        # (the coming left unsaid only outside a change: "eine von uns dreien … kann leider nicht" is its reason)
        if (NEGATION_RE.search(low) or _NOBODY_RE.search(low)) and (
                speaks_of_coming(sentence) or _CANNOT_END_RE.search(low) and not (r.intent.party_change or r.intent.change)):
            return " ".join(sentence.split())[:80]
    return None


# the words of a capacity one comes in besides an organisation's (people.ORG_WORDS): "dienstlich", "on behalf of"
_CAPACITY_RE = gated(re.compile(
    rf"{concept_regex('proxy')}|dienstlich|beruflich|offiziell|officially|official capacity|"
    r"ad[ıi]na|olarak|от имени|від імені|au nom|en nombre|a nome|w imieniu|z ramienia"))
# how a denied capacity begins: "nicht für einen Verein", "not on behalf of", "nicht als Vertreterin", "nuk jam
# anëtare" (I am no member); never a place one goes to ("nicht zum MSO-Tag", "nicht ins Zentrum" keep the negation)
_CAPACITY_START_RE = re.compile(
    r"\s*(?:für|for|als|as|pour|por|para|per|on behalf|in the name|im (?:auftrag|namen)|w imieniu|z ramienia|"
    r"от имени|від імені|au nom|en nombre|a nome|dienstlich|beruflich|offiziell|officially|(?:a |an )?member|"
    r"mitglied|jam\b|bin\b|am\b)")


def _names_capacity(text: str) -> bool:
    return bool(ORG_WORDS.search(text) or _CAPACITY_RE.search(text))


# a need denied: "Kinderbetreuung benötigen wir nicht", "wir brauchen keinen Parkplatz", "we don't need a
# table", "pas besoin de", "не нужно", "gerek yok"
_NEGATED_NEED_RE = gated(re.compile(
    r"\b(?:brauche|brauchen|braucht|benötige|benötigen|benötigt)\b[^.!?\n]{0,40}?\b(?:kein\w*|nicht)\b"
    r"|\b(?:kein\w*|nicht)\b[^.!?\n]{0,40}?\b(?:benötigt|gebraucht|nötig|notwendig|erforderlich)\b"
    r"|\b(?:do|does|did|will)\s*(?:n't|not)\s+need\b|\bno need\b|\bnot (?:necessary|needed|required)\b"
    r"|\bpas besoin\b|\bno (?:necesit\w+|hace falta|es necesari\w+)|\bnon (?:abbiamo|ho|c'è) bisogno\b|\bnon serve\b"
    r"|\bnie potrzebuj\w*|\bnie trzeba\b|\bне (?:нужн\w*|надо|требуется|потрібн\w*|треба)"
    r"|\b(?:gerek|ihtiyac\w*)\s+yok\b|\bgerekmiyor\b",
    re.I))
# a place, a seat, the registration itself: "место мне уже не нужно" (I need my place no longer) is a withdrawal
_PLACE_RE = re.compile(r"\bpl[aä]tz|\bplaces?\b|\bspot\b|\bseat\b|\bмест[оа]?\b|\bмісц|\bmiejsc|\byerim|"
                       r"\bplaza\b|\bposto\b|\blugar\b|\banmeldung|\bregistration|\bteilnahme", re.I)


def _without_negated_need(low: str) -> str:
    """The sentence less a need it denies ("Kinderbetreuung benötigen wir nicht"): no one stays away. Not when
    the sentence speaks of a place or the registration ("ich brauche meinen Platz nicht mehr")."""
    if not _NEGATED_NEED_RE.search(low) or _PLACE_RE.search(low):
        return low
    return _NEGATED_NEED_RE.sub(lambda m: " " * len(m.group(0)), low)


# where a negated phrase ends: the clause's end or a "but" ("nicht für einen Verein, sondern privat")
_PHRASE_END_RE = re.compile(r"\s*(?:[.,;:!?()\u2013\u2014]|-\s|$|(?:sondern|but|mais|sino|ale|ama|а|но)\b)")
_NEXT_WORD_RE = re.compile(r"\s*[^\s.,;:!?()\u2013\u2014]+")
_CLAUSE_MARK_RE = re.compile(r"[.,;:!?()]")


def _without_negated_capacity(low: str) -> str:
    """The sentence less negations that deny a capacity, not the coming: "Ich komme privat, nicht für einen
    Verein", "in keinem Verein, ich komme allein", "nuk jam anëtare e asnjë shoqate, vij vetëm", "komme aber nicht
    dienstlich, sondern …", "bir dernek adına değil, kendim için": the negation's phrase (up to five words after
    it, or three before a Turkish "değil") names an organisation or a capacity, holds no word of coming, and ends
    at the clause's end or a "but". "Ich kann nicht für den Verein kommen" keeps its negation (it goes on)."""
    if not (NEGATION_RE.search(low) and _names_capacity(low)):
        return low  # (most sentences: two searches, no walk over each negation)
    spans = []
    for neg in NEGATION_RE.finditer(low):
        if neg.group(0).strip() == "değil":  # Turkish negates what stands before it
            window = _CLAUSE_MARK_RE.split(low[max(0, neg.start() - 60):neg.start()])[-1]
            phrase = " ".join(window.split()[-3:])
            if phrase and _PHRASE_END_RE.match(low, neg.end()) and _names_capacity(phrase) \
                    and not speaks_of_coming(phrase):
                spans.append((neg.start(), neg.end()))
            continue
        # ("kein Verein", "in keinem Verein": the negation is the noun's own)
        if not (_CAPACITY_START_RE.match(low, neg.end()) or neg.group(0).strip().startswith("kein")):
            continue
        at = neg.end()
        for _ in range(5):
            word = _NEXT_WORD_RE.match(low, at, neg.end() + 130)  # (bounded: a long word is no phrase)
            if not word or word.end() - neg.end() > 120:
                break
            at = word.end()
            phrase = low[neg.end():at]
            if _PHRASE_END_RE.match(low, at):
                if _names_capacity(phrase) and not speaks_of_coming(phrase):
                    spans.append((neg.start(), at))
                break
    if not spans:
        return low
    parts, at = [], 0
    for start, end in spans:
        parts += [low[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + low[at:]


# "jetzt", "nun doch", "after all", "one more", "kommt auch mit": what makes a count in a reply a new one
_NOW_OR_MORE_RE = gated(lower_pattern(
    "|".join(f"(?:{concept_regex(c)})" for c in ("now", "one_more", "comes_too")) + r"|(?<!\w)(?:doch|after all)(?!\w)"))
# "Leider kann mein Mann doch nicht.": a modal and "nicht" that ends the sentence, the coming left unsaid
_CANNOT_END_RE = re.compile(r"\b(?:kann|können|könnte|könnten|schafft|schaffen|darf|dürfen)\b[^.!?\n]{0,40}\bnicht(?:\s+mehr)?\W*$")


def _follows_up(r: Reading, mail: Mail) -> str | None:
    """What says the mail adds to the writer's earlier one: a `follow_up` word in the subject or the text
    ("Nachtrag", "Hallo nochmal", "I forgot to mention"), or the writer's own mail quoted under it."""
    found = _FOLLOW_UP_RE.search(lowered(mail.header("Subject") + "\n" + r.own_text[:4000]))
    if found:
        return f"'{found.group(0)}'"
    sender = (mail.address("From")[1] or "").lower()
    # the first lines under the writer's words: an attribution or header block that names the writer
    # ("On 19 Jan, Ada <ada@…> wrote:", "Von: Ada <ada@…>") quotes the writer's own mail
    if sender and sender in _quoted_under(r, mail, 400).lower():
        return "the writer's own mail quoted"
    return None


def _only_asks_to_be_told(r: Reading) -> bool:
    """Every sentence with a sign-up word is a question that asks to be told (`tell_me`: "sagen Sie mir, ob",
    "let me know whether", "dirmi se"); a sign-up said on its own ("ich melde mich für die AG 1 an. Können Sie
    mir sagen, ob …?") is one."""
    if not TELL_ME_RE.search(lowered(r.analysed)):
        return False  # (most mails ask nothing of the kind: one gated search, not a pass per sentence)
    signs = [low for low in map(lowered, sentences(r.analysed)) if REGISTER_RE.search(low)]
    return bool(signs) and all(TELL_ME_RE.search(low) and low.rstrip().endswith(("?", "؟", "？")) for low in signs)


def _registered_before(r: Reading, mail: Mail) -> bool:
    """The writer says they registered before: a sentence that registers in the past tense ("ich hatte mich
    ja nur für den Vormittag angemeldet", "I had registered for the morning"), or a follow-up word ("Hallo
    nochmal"); not "schon" alone ("Tragen Sie mich schon mal ein", "haben schon einen Termin")."""
    if _FOLLOW_UP_RE.search(lowered(mail.header("Subject") + "\n" + r.own_text[:4000])):
        return True
    return any(not _ALREADY_ADVERB_RE.fullmatch(m.group(0).strip()) for m in PAST_RE.finditer(lowered(r.analysed)))


# the `already` words that say "already" or "last week", not "registered": no registration of their own
_ALREADY_ADVERB_RE = re.compile(r"schon|bereits|already|déjà|deja|ya|già|gia|уже|вже|zaten|już|juz|reeds|redan|allerede|"
                                r"jau|već|vec|ήδη|már|sudah|بالفعل|قبلاً|قبلا|letzte woche|last week|\W*", re.I)


def _cancels_in_first_person(r: Reading) -> bool:
    """A sentence that cancels and speaks in the first person ("ich muss leider absagen", "bitte streichen Sie
    mich", "I can't come after all"): in a thread the writer cancels their own place, whoever's mail is quoted."""
    for sentence in sentences(r.analysed):
        said = read_intent(sentence)
        if (said.cancel or said.cant_come) and FIRST_PERSON_RE.search(lowered(sentence)):
            return True
    return False


def _quoted_writer(r: Reading, mail: Mail, config: Config) -> str | None:
    """The address of the mail quoted under the writer's words (the first address of its attribution or
    header block), when it is neither the writer's nor ours: a mail someone else sent."""
    quoted = _quoted_under(r, mail, 800 + len(r.signature))
    tail = r.signature.strip()[-60:]
    if tail and tail in quoted:
        quoted = quoted.split(tail, 1)[1]  # (the writer's own signature, "E-Mail: info@verein…", is no quoted mail)
    found = EMAIL_RE.search(quoted[:800])
    if not found:
        return None
    address = found.group(0).lower().rstrip(".")
    sender = (mail.address("From")[1] or "").lower()
    ours = {a.lower() for a in config.own_addresses}
    # (a staff member's own address at the event's domain, "meza-correa-flock@muenster.example", is us too:
    # people answer the coordinator's personal mails; not at a free-mail provider, which is nobody's organisation)
    ours_too = any(same_organisation(address, a) for a in ours)
    return address if address != sender and address not in ours and not ours_too and sender else None


def _quoted_under(r: Reading, mail: Mail, size: int) -> str:
    """The first `size` characters of the mail's text under the writer's own words (found by their last
    60 characters): the quoted mail a reply answers, or "" when the writer's words are not found."""
    own = r.own_text.strip()[-60:]
    at = mail.text.find(own) if own else -1
    return mail.text[at + len(own) :][:size] if at >= 0 else ""


_FOLLOW_UP_RE = gated(concept_pattern("follow_up"))


def _negated_choice(r: Reading) -> str | None:
    """The clause before a workgroup read (the 40 characters of its sentence before the mention), when it
    holds a negation (not one of a fallback: "if there is no room in AG 2")."""
    low = lowered(r.analysed)
    for start, _end in r.choices.spans:
        # (in the words right before it, in its clause: "siwezi kuja AG 3", "không thể đến AG 2"; a "not" of
        # another clause, "im Verein versteht keiner die Anträge", is about something else)
        before = low[max(0, start - _NEGATION_BEFORE) : start]
        clause = re.split(r"[,;:.!?()\n،؛–—]", before)[-1]
        found = NEGATION_RE.search(FALLBACK_CONDITION_RE.sub(" ", clause))
        if found:
            return " ".join(r.analysed[start - len(clause) : start + 12].split())[:80]
    return None


_NEGATION_BEFORE = 40  # characters


def _new_party_said(r: Reading) -> bool:
    """The party was read from words of its own, not from the "one" of "one of us can't come"."""
    if not r.party.explicit:
        return False
    drops = [m.span() for m in COMPANION_DROPS_RE.finditer(lowered(r.analysed))]
    return not any(start <= s < end for s, _ in r.party.spans for start, end in drops)


def _counted_not_coming(r: Reading, config: Config) -> str | None:
    """A count of persons before the negation of a sentence of not coming ("zwei von uns können nicht")."""
    offset = 0
    for sentence in sentences(r.analysed):
        offset = max(offset, r.analysed.find(sentence, offset))
        low = lowered(sentence)
        # (the negation word; a can't-come phrase only where the language has none: "gelemeyecek")
        negation = NEGATION_RE.search(low) or CANT_COME_RE.search(low)
        if not negation or not (speaks_of_coming(sentence) or CANT_COME_RE.search(low)):
            continue
        items = [i for i in evidence_in(sentence, config) if i.end <= negation.start()]  # (dates read whole)
        nouns = [i.end for i in items if i.concept == "group_noun"]
        # a number the choice reader took, or right after a group noun, is the workgroup ("für AG 2 angemeldet")
        chosen = [(s - offset, e - offset) for s, e in r.choices.spans]
        if any(i.concept in ("number", "number_word", "persons")
               and not any(0 <= i.start - end <= 4 for end in nouns)
               and not any(s <= i.start < e for s, e in chosen) for i in items):
            return " ".join(sentence.split())[:80]
    return None



def _says_coming(r: Reading) -> str | None:
    """A sentence that speaks of coming, registering or bringing someone, without any negation."""
    for sentence in sentences(r.analysed):
        low = lowered(sentence)
        if PAST_RE.search(low):
            continue  # "I had registered for workgroup 3": the registration that is cancelled
        if not (NEGATION_RE.search(low) or _NOBODY_RE.search(low)) and speaks_of_coming(sentence):
            return " ".join(sentence.split())[:80]
    return None


def _count_from_now(r: Reading) -> bool:
    """A stated count of persons with a `then_count` word right before it ("нас будет трое", "wir sind dann zu
    dritt", "we will be 3"): the number from now on, not the one registered."""
    low = lowered(r.analysed)
    # (before the count or inside the phrase read: "нас будет трое" is read whole)
    return any(_THEN_COUNT_RE.search(low, max(0, s - 25), e) for s, e in r.party.spans)


_THEN_COUNT_RE = gated(lower_pattern(concept_regex("then_count")))
# "ich würde gerne wissen, ob …", "I would like to know whether …": a question asked without "?"
_ASK_OR_KNOW_RE = gated(lower_pattern(concept_regex("ask_or_know")))


def _coming_after_but(r: Reading) -> str | None:
    """A clause after a "but" (`but`: aber, mais, но, ama, لكن) that speaks of coming, not negated: the
    clause before it cancels something, the one after says someone still comes."""
    for sentence in sentences(r.analysed):
        low = lowered(sentence)
        for m in _BUT_RE.finditer(low):
            # the clause after the "but", to its comma ("…, aber der Saal war nur an diesem Samstag frei,
            # und als Vorsitzende …" says nothing of coming in its own clause)
            end = min([i for i in (low.find(ch, m.end()) for ch in ",;:") if i >= 0] or [len(low)])
            clause, clause_low = sentence[m.end():end], low[m.end():end]
            if NEGATION_RE.search(clause_low) or _NOBODY_RE.search(clause_low):
                continue
            said = read_intent(clause)
            if said.cancel or said.cant_come or CANT_COME_RE.search(clause_low):
                continue  # "pero tenemos que cancelar", "but neither of us can go": the cancellation itself
            # ("…, but my colleague will", "aber meine Kollegin geht hin": someone named after the "but", and at
            # most two words after them, is someone who still comes; "aber mein Sohn hat hohes Fieber" says why not)
            named = names_companion(clause)
            if speaks_of_coming(clause) or named and len(clause[named.end():].split()) <= 2:
                return " ".join(sentence[m.start():end].split())[:80]
    return None


_BUT_RE = gated(lower_pattern(concept_regex("but")))


def _coming_anyway(r: Reading) -> str | None:
    """A sentence that says someone comes anyway ("Mein Mann kommt aber trotzdem", "my colleague is still
    coming", "eşim yine de gelecek"), not negated and cancelling nothing itself: in a cancellation, someone
    of the party stays."""
    for sentence in sentences(r.analysed):
        low = lowered(sentence)
        anyway = _ANYWAY_RE.search(low)
        if not anyway or NEGATION_RE.search(low) or _NOBODY_RE.search(low):
            continue
        # (the words of "anyway" themselves register nobody: "kommt wie angemeldet", "as registered")
        low = low[: anyway.start()] + " " * (anyway.end() - anyway.start()) + low[anyway.end() :]
        said = read_intent(low)
        # ("Herr Nguyen hat sich separat angemeldet und kommt wie geplant", "Jonas' Anmeldung bleibt, er kommt
        # wie geplant": one who stays with a registration of their own is no part of the one cancelled)
        # ("überlegt, privat trotzdem zu kommen": only thinking of it, they would sign up themselves)
        own = (said.register or said.reg_noun or said.existing or said.my_registration or PAST_RE.search(low)
               or CONDITIONAL_RE.search(low))
        # (a cancelling clause of its own beside it cancels for the writer: "my colleague will come as
        # registered, please only remove me"; in the same clause it is the cancellation itself)
        left = max(low.rfind(ch, 0, anyway.start()) for ch in ",;–—") + 1
        right = min([i for i in (low.find(ch, anyway.end()) for ch in ",;–—") if i >= 0] or [len(low)])
        in_clause = read_intent(low[left:right]) if (said.cancel or said.cant_come) else said
        if not (in_clause.cancel or in_clause.cant_come or own) and speaks_of_coming(sentence):
            return " ".join(sentence.split())[:80]
    return None


_ANYWAY_RE = gated(concept_pattern("anyway"))


# "none of us", "niemand von uns": a negation the word lists of intent.py do not hold
_NOBODY_RE = gated(lower_pattern(
    r"\b(?:none|nobody|no one|niemand|keiner|keine|personne|nadie|nessuno|nikt|hiç kimse|никто|ніхто)\b|هیچ کس|لا أحد"
))


def _more_persons(r: Reading) -> str | None:
    """"eu e mais duas pessoas", "y dos personas más", "noch zwei Personen": a count of persons that
    is *more* than the writer may be taken for the whole party; the reader's total equals it."""
    low = lowered(r.analysed)
    if not any_search(_persons_words(), low):
        return None  # both branches need a word for persons (the number alternation at every position: 0.2 ms)
    for m in _more_persons_re().finditer(low):
        n = m.group("n") or m.group("n2")
        value = int(n) if n.isdigit() else numbers("cardinals").get(n)
        if value and value == r.party.size:
            return " ".join(m.group(0).split())
    return None


# "melde ich mich und unsere stellvertretende Vorsitzende an", "register myself and our treasurer",
# "je m'inscris avec notre trésorière": the writer and one of theirs, named by a role, not a count
_ME_AND_OURS_RE = gated(lower_pattern(
    # (the subject too: "ich und unser Kassierer", "ја и наш благајник", "I and my deputy")
    r"\b(?:mich|uns|me|myself|us|moi|nous|mí|nosotros|io|noi|ben|biz|меня|нас|мене|mnie|nas|"
    r"ich|i|je|yo|eu|ja|ја|я|ik|jeg|jag)\s+"
    # (the writer's own office between: "ich als Schatzmeisterin und unser Technischer Leiter")
    r"(?:(?:als|as|en tant que|comme|como|come|jako|как|як)\s+\w+(?:\s+\w+)?,?\s+)?"
    r"(?:und|and|et|y|e|i|ve|и|і|oraz|ile)\s+"
    r"(?:unser\w*|mein\w*|our|my|notre|nos|mon|ma|mes|nuestr\w*|mi|mis|nostr\w*|mio|mia|bizim|benim|"
    r"наш\w*|мо[йяеї]\w*|nasz\w*|moj\w*|naš\w*|nas\w*|min|mijn)\s+\w+"
))


def _only_the_writer_cannot(r: Reading) -> bool:
    """Every sentence that says someone cannot come says it of the writer ("ich selbst", "I myself")."""
    found = cant_come_sentences(r.own_text)
    if not found:
        return False
    for sentence in found:
        # the clause up to the words of not coming holds the writer in person and nobody else ("Ich selbst und ihr
        # Mann können nicht"), and the rest of the sentence adds nobody who cannot either ("I myself can't, and
        # neither can her husband"); "…, aber für unseren Verein kommt unsere Jugendreferentin" may follow
        for m in CANT_COME_RE.finditer(sentence):
            head = sentence[max(sentence.rfind(ch, 0, m.start()) for ch in ",;:") + 1 : m.end()]
            if not MYSELF_RE.search(head) or _ANOTHER_RE.search(head) or _NEITHER_RE.search(sentence, m.end()):
                return False
    return True


_ANOTHER_RE = re.compile(r"(?<!\w)(?:und|and|et|y|i|ve|sowie|mann|frau|husband|wife|kind|kinder|children|tochter|sohn|"
                         r"daughter|son)(?!\w)")
_NEITHER_RE = re.compile(r"(?<!\w)(?:neither|nor|either|ebenso wenig|ebensowenig|auch nicht|weder|genauso wenig)(?!\w)")


def _sender_named_in_text(r: Reading, mail: Mail) -> str | None:
    """The From person, named in full in the writer's text, where another person signs.

    "meine Mutter Maryam Rezaei ist im Vorstand … Sie möchte sich anmelden" signed "Sara Rezaei" under
    From "Maryam Rezaei" (a daughter's translation under her mother's message); "my colleague Ayşe Kaya
    asked me to …" from Ayşe's own address: the signer is one person, the mailbox another, and the text
    speaks of the mailbox's owner. Whom the answer goes to and who attends the reader does not know. (A
    couple named together, "Agnieszka i Krzysztof Nowak" from his account, is a party, not a relay.)"""
    display, _addr = mail.address("From")
    display = tidy_display_name(display) if display else ""
    if not (r.name and display and name_words(display) >= 2 and looks_like_name(display)):
        return None
    if fold(display.split()[0]) == fold(r.name.split()[0]) or r.someone_else:
        return None  # (the same first name; a forward's or a relay's own reasons say the rest)
    if script(display) != script(r.name):
        return None  # ("محمد الحلبي" over "Mohammad Al-Halabi": one person in two scripts)
    text = r.own_text
    for found in re.finditer(rf"(?<!\w){re.escape(display)}(?!\w)", text, re.I):
        # spoken of: after a possessive, a kinship or office word, or a title ("meine Mutter", "my colleague", "Frau")
        if _SPOKEN_OF_BEFORE_RE.search(text, max(0, found.start() - 30), found.start()):
            return display
    return None


_SPOKEN_OF_BEFORE_RE = re.compile(
    r"(?<!\w)(?:mein\w*|unser\w*|sein\w*|ihr\w*|my|our|his|her|mon|ma|notre|son|sa|mi|nuestr[oa]|su|mio|mia|nostr[oa]|"
    r"moj\w*|nasz\w*|frau|herrn?|mrs\.?|mr\.?|ms\.?|madame|monsieur|señora|señor|sra\.|sr\.|pani|pana?)"
    r"(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+$", re.I)


def _me_and_ours(r: Reading) -> str | None:
    found = _ME_AND_OURS_RE.search(lowered(r.analysed))
    return " ".join(found.group(0).split()) if found else None


@functools.cache
def _more_persons_re() -> re.Pattern:
    num = "|".join(longest_first((re.escape(w) for w in numbers("cardinals"))))
    persons = "|".join(_persons_alternatives())
    more = r"mais|más|plus|encore|altre|altri|noch|another|more|още|ещё|еще|ще|daha|więcej|jo"
    return re.compile(rf"(?<!\w)(?:{more})\s+(?P<n>\d{{1,2}}|{num})\s+(?:{persons})\w*"
                      rf"|(?<!\w)(?P<n2>\d{{1,2}}|{num})\s+(?:{persons})\w*\s+(?:más|de plus|in più|more)\b")


def _persons_alternatives() -> list[str]:
    return longest_first((re.escape(w) for w in words("persons") if " " not in w))


@functools.cache
def _persons_words() -> tuple:
    """A pre-check for _more_persons_re: a word for persons at all (gates.alternation_gates)."""
    return alternation_gates(_persons_alternatives(), "{}", re.compile)


def _after_event(date: str | None, config: Config) -> bool:
    if not date:
        return False
    return dt.datetime.fromisoformat(date) > config.event.ends_utc


def _decide_kind(r: Reading, mail: Mail, asides: bool = False) -> tuple[str, list[str]]:
    """The contract's kinds for a person's mail, from the intent signals (`asides`: every question
    in it is a side question, asides.py, which does not hold a registration back)."""
    intent, has_choice, party_stated = r.intent, bool(r.choices.ids), r.party.explicit
    subject_reg = r.subject_intent.reg_noun and not REPLY_PREFIX_RE.match(mail.header("Subject"))
    deferred = intent.question and any(c.concept == "defer" for c in r.cues)
    if deferred and not intent.cancel and not intent.existing:
        # "Is there childcare? If so, I will register": a question first, the registration later
        return "question", []
    if _only_asks_to_be_told(r) and not (intent.cancel or intent.change):
        # "Können Sie mir sagen, ob ich mich noch für AG 2 anmelden kann?", "potete dirmi se posso iscrivermi?":
        # every sign-up word stands in a question that asks to be told (`tell_me`); the writer asks
        return "question", []
    if intent.deferred and not (intent.register or intent.cancel or intent.existing or intent.change) and _ASK_OR_KNOW_RE.search(
            lowered(r.analysed)):
        # "Ich würde gerne wissen, ob die AG 2 auf Deutsch ist. Dann melde ich mich an": the only sign-up
        # waits for an answer (asked without "?")
        return "question", []
    waits = next((c for c in r.cues if c.concept == "defer"), None)
    if waits and intent.register and not (intent.question or intent.cancel or intent.existing or intent.change):
        # "ich möchte mich gerne anmelden, aber erst wissen, was es kostet": a sign-up said now that waits
        return "registration", [f"registers, but waits for something first: '{waits.text}'"]
    if intent.cancel and intent.still_coming:
        # "mein Mann muss absagen … ich komme trotzdem": someone is taken off, the writer stays registered
        return "change", ["a cancellation for someone else, and the writer still comes: please check the new number"]
    if intent.cancel:
        # a register word where the mail also names a workgroup or a count may be a new request
        # ("cancel AG 1 and register me for AG 2"); alone it is the registration cancelled
        also = intent.register or intent.change or intent.register_in_cancel and (has_choice or party_stated)
        doubt = ["cancellation together with another request"] if also else []
        return "cancellation", doubt
    if intent.change and not intent.amends and intent.attend and not intent.register and not (
            intent.existing or intent.my_registration or intent.party_change or r.subject_intent.change
            or _answers_a_mail(mail)):
        # "I'd like to attend AG 2, I'll bring one more person", "katılmak istiyorum … bir kişi daha olacak": one
        # more comes, beside a wish to take part, in a mail that answers none: the companion of a new
        # registration, or a change of one made before; a person decides ("ich melde mich an und bringe noch
        # einen Kollegen mit" signs up in so many words: a registration, read below)
        return "registration", ["signs up and says one more comes: a new registration with a companion, or a change?"]
    if intent.change and (has_choice or party_stated or intent.party_change) and (not intent.register or intent.existing):
        # ("Ist meine Anmeldung angekommen?" beside a change word: the question may be what the mail is
        # for; "Geht das noch?" asks leave for the change itself, answering it is making the change)
        other = intent.other_question and any(not asks_if_ok(q) for q in question_sentences(r.own_text))
        why = [asks(r.own_text)] if other and not asides else []
        if intent.register and not intent.my_registration:
            # (a sign-up word in "my registration", "ثبت‌نام من", is the registration moved)
            # "ich möchte mich anmelden … ich versuche zu tauschen … trotzdem schon einen Platz": a sign-up
            # said now beside a change word and a word of "already"; which one the mail is, a person decides
            why.append("signs up and speaks of a change: a new registration or a change?")
        return "change", why
    if intent.change_questions and r.asked_change and (_is_reply_mail(mail) or intent.existing or intent.my_registration) and not (
            intent.other_question or intent.register):
        # "Kann ich statt in die erste in die dritte?", "Чи можна мені замість групи 1 перейти до групи 3?":
        # in a reply to us or about "our registration", the question asks leave for the change it names:
        # answering it is making the change (a new mail asking "kann ich … wechseln?" may ask how the day
        # runs: it stays a question)
        return "change", []
    if r.choices.moved_from and has_choice and (intent.change or _is_reply_mail(mail)) and not intent.question:
        # "from group 3 to group 2" said with a change word or in a reply: the writer is registered
        # already and moves ("ثبت‌نام من را از گروه ۳ به گروه ۲ منتقل کنید"); asked about, it stays a question
        return "change", []
    if intent.change and intent.amends and intent.register and has_choice and not intent.my_registration and (
            signs_up_with_a_change(r.own_text)):
        # "Eine Änderung bitte: können Sie uns statt in AG 2 in die AG 1 eintragen?", "2. grup yerine 1. gruba yazabilir
        # misiniz?": a sign-up word that carries a change ("instead of", "switch", "change"), with nothing saying
        # whether a registration exists; a new one, or the one made moved, a person decides
        return "registration", ["signs up and speaks of a change: a new registration or a change?"]
    if intent.conditional and not intent.register:
        # "Gibt es eine Übersetzung? Wenn ja / wenn es eine gibt, melden wir 4 an": asked first, registered later
        if intent.question:
            return "question", []
        return "registration", [f"registers only on a condition: '{intent.conditional}'"]
    if intent.conditional and intent.register and intent.question:
        # "Orada tercüman olacak mı? Eğer tercüman olursa ikimizi de kaydettirmek istiyorum … cevabınızı
        # bekliyorum, sonra kesin kaydımızı yaparım": a question, a sign-up held by its answer, and another
        # sign-up word (the one promised for later); which holds, a person reads ("falls ich frei bekomme komme
        # ich gerne. Tragen Sie mich bitte schon mal ein": no question, the sign-up stands)
        return "registration", [f"signs up, and also on a condition: '{intent.conditional}'"]
    if intent.register or (intent.attend and (has_choice or party_stated or intent.reg_noun or subject_reg)):
        return "registration", ([asks(r.own_text)] if intent.question and not asides else [])
    if r.form_answers and (has_choice or party_stated) and not (intent.cant_come or intent.existing):
        # "> Arbeitsgruppe:" / "AG 1, falls die voll ist gerne AG 3": the invitation's form, filled in
        # between its quoted lines, is the sign-up the invitation asked for; a "no", an "if" or a question
        # in it ("> Teilnahme (ja/nein):" / "nein"; "zu dritt, falls das Wetter gut ist") a person reads
        low = lowered(r.own_text)
        hedge = NEGATION_RE.search(low) or CONDITIONAL_RE.search(low) or BUT_RE.search(low) or _NO_ANSWER_RE.search(low)
        why = [f"the invitation's form filled in, with '{hedge.group(0).strip()}' in it: please read"] if hedge else []
        return "registration", why + ([asks(r.own_text)] if intent.question else [])
    if intent.cant_come and r.someone_else and _only_the_writer_cannot(r):
        # "hiermit melde ich unseren Vorsitzenden, Herrn Ekinci, an … ich selbst kann an dem Tag leider nicht": the
        # one registered comes, the writer who registers him does not; nothing is cancelled
        return "registration", []
    if intent.cant_come:
        return "cancellation", []
    if intent.question:
        return "question", []
    # "Anmeldung AG 2.", "Registration for workgroup 3 for me and my 2 colleagues": the noun said in a new mail of
    # its own, with a choice, signs up as the subject's does (not in a reply: "danke für die Anmeldung" is ours)
    text_reg = intent.reg_noun and has_choice and not (intent.my_registration or _answers_a_mail(mail)) and _headed(r)
    if (subject_reg or text_reg) and not intent.existing and not intent.deferred and (
            has_choice or party_stated or not r.own_text.strip()):
        # (a subject "Anmeldung" over "I am already registered for X" repeats, it does not sign up)
        return "registration", []
    if intent.attend:
        return "registration", ["unclear whether this is a registration"]
    if _answers_a_mail(mail) and r.party.size > 1 and not intent.existing and _NOW_OR_MORE_RE.search(lowered(r.own_text)):
        # "mein Kollege kommt nun doch mit", "wir sind jetzt doch zu dritt" under our confirmation: more people
        # than the one registered, said in a reply; a change of the party a person checks
        return "change", [f"a reply that speaks of {r.party.size} persons: a change of the party?"]
    return "other", []


def _headed(r: Reading) -> bool:
    """A heading of the writer's: the registration noun first, then a workgroup and at most a few words of
    whom ("Anmeldung AG 2.", "Registration for workgroup 3, just myself."), as a subject says it; no verb, no
    "bis", "später", "folgt" ("Anmeldung für AG 2 bis zum 1. März", "die Anmeldung für AG 2 mache ich später")."""
    for start, end in r.choices.spans:
        begin = max(r.analysed.rfind(ch, 0, start) for ch in ".!?\n") + 1
        stops = [i for i in (r.analysed.find(ch, end) for ch in ".!?\n") if i >= 0]
        sentence = lowered(r.analysed[begin : min(stops, default=len(r.analysed))])
        noun = REG_NOUN_RE.match(sentence.lstrip(" -*:•\t"))
        if not noun:
            continue
        rest = lowered(r.analysed[begin:start] + " " + r.analysed[end : min(stops, default=len(r.analysed))])
        others = [w for w in re.findall(r"[^\W\d_]+", rest)[1:] if w not in _HEADING_WORDS]
        if not others:
            return True
    return False


# the words a heading may hold besides the noun and the workgroup ("für mich", "just myself", "2 Personen")
_HEADING_WORDS = frozenset(
    "für fuer for zur zum zu to in an die der den das the a an ag workgroup workshop arbeitsgruppe gruppe group "
    "mich me myself ich i just only nur bitte please personen person people persons teilnehmer participants "
    "pour à au aux la le les de para a al el los las per il lo moi yo".split())


# a form field answered "no" ("Teilnahme (ja/nein): nein")
_NO_ANSWER_RE = re.compile(r":[^\S\n]*(?:nein|no|non|nee|nej|hayır|hayir|нет|ні|nie|ne|لا|نه|όχι)(?!\w)")

# "Fwd:", "WG:", "TR:", "ENC:", "RV:", "İLT:": a forward answers no mail of ours by itself
_FORWARD_PREFIX_RE = re.compile(r"^\s*(?:fwd?|fw|wg|tr|enc|rv|ilt|i̇lt|转发|転送)\s*(?:\[\d+\])?\s*[:：]", re.I)


def _answers_a_mail(mail: Mail) -> bool:
    """An answer to a mail (In-Reply-To, References, "Re:", "AW:"), not a forward."""
    subject = mail.header("Subject")
    return bool(mail.header("In-Reply-To") or mail.header("References")
                or REPLY_PREFIX_RE.match(subject) and not _FORWARD_PREFIX_RE.match(subject))


def _is_reply_mail(mail: Mail) -> bool:
    return bool(mail.header("In-Reply-To") or mail.header("References") or REPLY_PREFIX_RE.match(mail.header("Subject")))


# a conjunction between the words of a signed name: two people ("Lucía y Andrés Romero")
_TWO_PEOPLE_RE = re.compile(r"\s(?:und|and|y|et|e|i|и|і|ve|va|و|\+|&)\s", re.I)


def _fill_person(parsed: Parsed, r: Reading, config: Config, kind: str) -> None:
    parsed.email = r.email
    parsed.name = r.name
    parsed.organisation = r.organisation
    parsed.language = detect_language(r.language_text, default=config.notices.default_language)
    if kind in ("registration", "change"):
        parsed.workgroups = list(r.choices.ids)
        parsed.reasons += [f"workgroup not found: {u}" for u in r.choices.unknown[:3]]
    if kind == "registration":
        parsed.party_size = r.party.size
        if r.party.doubt:
            parsed.reasons.append(r.party.doubt)
        if r.choices.unordered:
            named = ", ".join(r.choices.ids)
            parsed.reasons.append(
                f"several people with different workgroups? ({named})" if r.party.size > 1
                else f"several workgroups, order unclear: {named}"
            )
        if not r.name:
            parsed.reasons.append("no name found")
        elif name_words(r.name) < 2:
            parsed.reasons.append("only a first name found")
        elif initial_only(r.name):
            parsed.reasons.append(f"the family name is only an initial: '{r.name}'")
        elif _TWO_PEOPLE_RE.search(r.name):
            # "Lucía y Andrés Romero", "Ali und Ayşe Demir": two people signed; who attends, how many?
            parsed.reasons.append(f"signed by two people: '{r.name}'")
        elif r.name_in_other_script:
            # signed "অনিন্দিতা" under From "Anindita Chattopadhyay", the text writing "অনিন্দিতা চট্টোপাধ্যায়":
            # the writer's own script may give the full name the contract prefers
            parsed.reasons.append(f"the name may be written in full in another script: '{r.name_in_other_script}'")
        if (r.intent.existing or r.intent.my_registration or r.subject_intent.change) and not r.intent.register:
            # ("An meiner Anmeldung ändert sich sonst nichts", a subject "Änderung Anmeldung": about one that exists)
            # "ich habe mich und meine Kollegin angemeldet … ich komme allein": an earlier
            # registration told again is a change or a repeat, not a new one
            parsed.reasons.append("speaks of an existing registration: a change or a repeat?")
    if kind == "change" and r.party.explicit:
        parsed.party_size = r.party.size  # the new number; null when the change keeps it
        if r.party.doubt and r.party.doubt.startswith("several numbers of persons"):
            # "ما دو نفر می‌شویم نه سه نفر" (two now, not three) read as 3: of two counts the reader took the larger;
            # a change's new number is no guess (the other doubts, of companions, are about who, not how many)
            parsed.reasons.append(r.party.doubt)
    if not parsed.email:
        parsed.reasons.append("no reply address")
    parsed.reasons += abstain(r, kind, parsed, config)


__all__ = ["parse_message", "EMAIL_RE", "fold", "is_machine_address", "choose", "matcher_for", "read_intent"]
