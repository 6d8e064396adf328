"""A person's mail, read: own text, forwarded registration, choices, party, who and where to answer."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from ..config import Config
from .choices import Choices, choose, event_matcher
from .evidence import Item, inventory, unexplained
from .intent import FIRST_PERSON_RE, Intent, read_intent
from .lexicon import concept_pattern, lowered
from .mime import Mail
from .party import Party, party_size
from .people import (
    closing_line_name,
    introduced_over,
    place_organisation,
    fuller_name,
    written_out,
    introduced_name,
    self_introduced_fuller,
    with_middle_name,
    EMAIL_RE,
    best_name,
    signed_twin,
    body_organisation,
    display_organisation,
    as_written,
    explicit_reply_address,
    form_name,
    form_organisation,
    same_name_inflected,
    is_machine_address,
    looks_like_name,
    fits_address,
    name_for_address,
    name_in_other_script,
    registered_other,
    signature_name,
    signature_organisation,
    strip_salutation,
    tidy_display_name,
    fold,
    trailing_signature,
)
from .quotes import Split, split_text
from .scan import MARK_LETTERS, mark_letters, stretch
from .gates import gated
from .vocabulary import words

# "Re:", "AW:", "Fwd:" … before a subject (also what makes a mail a reply), as the mail clients of the
# vocabulary's languages write them: "Odg:" (BCS), "ΑΠ:" (Greek), "رد:" (Arabic), "Отв:" (Russian),
# "Vá:" (Hungarian), "RES:"/"ENC:" (Portuguese), "R:"/"Rif:" (Italian), "VS:" (Finnish), "回复：" …
REPLY_PREFIX_RE = _SUBJECT_PREFIX_RE = gated(re.compile(
    r"^(?:\s*(?:re|aw|wg|fwd?|fw|sv|tr|antw|antwort|odp|ynt|rv|wtr|ilt|odg|res|enc|rif|r|vs|vá|atb|ats|réf|ref|"
    r"απ|σχετ|отв|ответ|відп|رد|پاسخ|回复|答复|回覆|转发|返信|転送|답장|회신|trả lời)\s*(?:\[\d+\])?\s*[:：]\s*)+",
    re.I,
))


@dataclass
class Reading:
    own_text: str  # the writer's words (for review and intent)
    signature: str
    intent: Intent
    subject_intent: Intent
    choices: Choices
    party: Party
    email: str | None
    name: str | None
    organisation: str | None
    language_text: str
    unexplained: list[Item]  # workgroup and count evidence the reader did not use (see evidence.py)
    subject_unexplained: list[Item]  # the same of the subject, where the text named no workgroup
    cues: list[Item]  # withdrawal and change words in the writer's text
    analysed: str  # the text the items point into
    someone_else: bool = False  # the reader found another person to register than the writer
    # a question that asks leave for a change names what changes: a workgroup or a number of persons
    # read inside it ("Kann ich statt in die erste in die dritte?", "Geht es auch zu viert?")
    asked_change: bool = False
    forwarded: bool = False  # the person registered wrote a forwarded mail (their words are in own_text too)
    # the workgroups and the stated count of a subject of the writer's own ("Anmeldung AG 3, 2 Personen"), read
    # also when the text names its own: where the two disagree, a human decides (abstain.py)
    subject_ids: tuple[str, ...] = ()
    subject_count: int | None = None
    subject_numbered: bool = False  # the subject holds a digit ("AG 3", "Workshop 2")
    form_answers: bool = False  # the writer filled in the quoted form's fields between its lines
    answered_under: tuple[str, ...] = ()  # quoted lines the writer answered right under (quotes.Split)
    # the forwarded writer's address, answered though the forwarder's own words neither write it nor ask to
    # answer there ("bitte direkt an ihn"): who is to be answered is then the coordinator's call
    forward_unasked: str = ""
    # a fuller form of the name, in another script than the one found, in the text (people.name_in_other_script)
    name_in_other_script: str = ""


@dataclass
class _Forward:
    address: str
    display: str
    split: Split


# Sentence ends of other scripts, as the reader's patterns know them (one character for one, so every
# position stays): the Urdu full stop ۔ (also Pashto), the Ge'ez full stop ። and question mark ፧
# (Amharic, Tigrinya), the Armenian full stop ։. Without them a mail was one sentence, and a "not" anywhere negated its sign-up.
# Tamil vowel marks are written as letters here too (scan.MARK_LETTERS), so a Tamil word is one word.
# The danda । and double danda ॥ end a sentence in Devanagari, Bengali and Gurmukhi alike.
_SENTENCE_MARKS = str.maketrans({"۔": ".", "።": ".", "፧": "?", "։": ".", "।": ".", "॥": ".", **MARK_LETTERS})


def read_person(mail: Mail, config: Config) -> Reading:
    """Everything the contract wants from a person's mail, before the kind is decided."""
    subject = mail.header("Subject")
    # (the signature too: a name in Tamil letters is one word; parsing/__init__ writes the marks back)
    split = split_text(mark_letters(mail.text), subject)
    forward = _forwarded_person(mail, split, config)
    texts = [split.body] + ([forward.split.body] if forward else [])
    own_text = "\n\n".join(t for t in texts if t).translate(_SENTENCE_MARKS)
    analysed = _without_greeting(own_text)
    email_addr, display = _reply_address(mail, config)
    name, organisation, email_addr, someone_else = _who(mail, split, forward, own_text, email_addr, display, config)
    choice_text = _without(analysed, organisation)
    matcher = event_matcher(config)
    choices = choose(choice_text, matcher)
    body_spans = choices.spans
    bare_subject = _SUBJECT_PREFIX_RE.sub("", subject)
    reads_subject = not _SUBJECT_PREFIX_RE.match(subject)  # (not "Re: …": a reply's subject is ours)
    from_subject = choose(bare_subject, matcher) if reads_subject and not choices.ids else None
    if from_subject:
        choices = Choices(from_subject.ids, choices.unknown + from_subject.unknown, from_subject.unordered, body_spans)
    # (the subject names no workgroup either: what in it could name one is accounted for, as in the text)
    subject_open = bool(from_subject and not from_subject.ids and bare_subject.strip())
    # (and where it names one in the text's place, the rest of it is read as the text would be: "Anmeldung:
    # 3 Pers. Workshop D" over an empty body is no sign-up of one)
    subject_read = bool(from_subject and bare_subject.strip())
    # the words that named a workgroup count nobody ("Nachbarschaftshilfe für Ältere" is no neighbour)
    party = party_size(_blank(analysed, [sp for sp in body_spans if _topic_span(analysed, sp)]))
    body_party = party
    subject_party = party_size(bare_subject) if reads_subject and (not party.explicit or subject_read) else None
    if subject_party is not None and not party.explicit:
        # (the text's doubt stays: "register a group of 6 students" under "Anmeldung")
        party = subject_party if subject_party.doubt or not party.doubt else dataclasses.replace(subject_party, doubt=party.doubt)
    subject_left = _subject_left(bare_subject, from_subject, subject_party, config) if subject_read else []
    # (short subjects only: a long one is a sentence of its own, read by the rules above)
    own_subject = (from_subject or choose(bare_subject, matcher)) if reads_subject and len(bare_subject) <= 120 else None
    own_count = (subject_party or party_size(bare_subject)) if reads_subject and len(bare_subject) <= 120 else None
    # (a mail with hundreds of such items is unclear anyway: the first 200 decide, the work stays linear)
    items = inventory(choice_text, frozenset(matcher.by_label), _date_numbers(config), _event_words(config),
                      _event_nouns(config))[:200]
    cues = [i for i in items if i.concept in _CUES]
    used = (list(body_spans) + list(body_party.spans))[:400]
    left = unexplained([i for i in items if i.concept not in _CUES], used, near=40, text=choice_text,
                       groups=list(body_spans)[:400])
    intent = read_intent(analysed)
    return Reading(
        own_text=own_text,
        signature=split.signature,
        intent=intent,
        subject_intent=read_intent(bare_subject),
        choices=choices,
        party=party,
        email=email_addr,
        name=name,
        organisation=organisation,
        language_text=own_text if len(own_text) > 15 else f"{bare_subject}\n{own_text}",
        unexplained=left,
        subject_unexplained=subject_left,
        cues=cues,
        analysed=choice_text,
        someone_else=someone_else,
        forwarded=forward is not None,
        # (or a count said beside it: "Чи можна додати ще одну людину? … Тобто нас буде двоє")
        asked_change=_names_in(intent.change_questions, choice_text, used) or bool(
            intent.change_questions and body_party.explicit and body_party.size > 1 and not choices.ids),
        subject_ids=tuple(own_subject.ids) if own_subject else (),
        subject_count=own_count.size if own_count is not None and own_count.stated else None,
        subject_numbered=any(ch.isdigit() for ch in bare_subject),
        form_answers=split.form_answers,
        answered_under=split.answered_under,
        forward_unasked=_unasked_forward(mail, split, forward, email_addr),
        name_in_other_script="" if someone_else else name_in_other_script(name, split.signature, split.body),
    )


_DIRECTLY_RE = gated(concept_pattern("directly"))


def _unasked_forward(mail: Mail, split: Split, forward: _Forward | None, answered: str | None) -> str:
    """The forwarded writer's address when it is the one answered, is not the sender's and the forwarder's
    own text neither writes it nor says to answer there directly; else ""."""
    if not forward or not answered or answered != forward.address:
        return ""
    _, from_addr = mail.address("From")
    if answered.lower() == (from_addr or "").lower() or answered.lower() in split.body.lower():
        return ""
    # ("Bitte antworten Sie ihm direkt, dieses Postfach lesen wir selten"; not "schicken Sie die Bestätigung an
    # mich, ich gebe sie direkt weiter": the forwarder's own first person in the clause keeps the answer theirs)
    low = lowered(split.body)
    asked = any(not FIRST_PERSON_RE.search(clause) for clause in _clauses_with(low, _DIRECTLY_RE))
    return "" if asked else answered


def _clauses_with(text: str, pattern: re.Pattern) -> list[str]:
    """The clauses (to . ! ? , ; or a line break) of each match of pattern in text."""
    out = []
    for found in pattern.finditer(text):
        start, end = stretch(text, found.start(), found.end(), ".!?\n,;")
        out.append(text[start:end])
    return out


def _subject_left(bare_subject: str, from_subject: Choices, subject_party, config: Config) -> list[Item]:
    """What in a subject read for want of a workgroup in the text could name one and was not read ("Anmeldung
    A + C", "Kayıt: E, 3 kişi"): it leaves the choice to a human. A count the subject says ("Anmeldung – 8
    Personen") is read there, whichever count the text gives."""
    spans = list(from_subject.spans) + list(subject_party.spans)
    return [i for i in unexplained(evidence_in(bare_subject, config), spans, near=40, text=bare_subject, groups=spans)
            if i.concept in _SUBJECT_EVIDENCE]


def _topic_span(text: str, span: tuple[int, int]) -> bool:
    """A span of letters only (a topic or title word), not "AG 2" or "Workshop B" with its number."""
    return not any(ch.isdigit() for ch in text[span[0] : span[1]])


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _names_in(said: list[str], text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the sentences (as `sentences()` gives them) holds a span the reader used."""
    for sentence in said:
        found = re.search(r"\s+".join(map(re.escape, sentence.split())), text)
        if found and any(found.start() <= s and e <= found.end() for s, e in spans):
            return True
    return False


_CUES = ("withdraw", "change", "proxy", "defer")
_SUBJECT_EVIDENCE = ("letter", "roman", "number", "ordinal", "position", "group_noun")


def evidence_in(text: str, config: Config) -> list[Item]:
    """The evidence inventory of one piece of text, with the event's labels, dates and words."""
    matcher = event_matcher(config)
    return inventory(text, frozenset(matcher.by_label), _date_numbers(config), _event_words(config), _event_nouns(config))


def _event_nouns(config: Config) -> frozenset[str]:
    """Group nouns that end a word of the event's name ("Sommerforum") when the workgroups carry labels
    with another noun ("Runde A"): such a noun alone is the event. Without labels the writer's word for
    a group cannot be told from the event's, and nothing is taken out."""
    key = (config.event.name, tuple(wg.label or "" for wg in config.workgroups))
    found = _EVENT_NOUNS.get(key)
    if found is None:
        labels = [wg.label for wg in config.workgroups if wg.label and wg.label != wg.id]
        label_words = {w.casefold() for label in labels for w in re.findall(r"[^\W\d_]+", label)}
        names = [w.casefold() for w in re.findall(r"[^\W\d_]+", config.event.name or "")]
        # the workgroups' own words: a noun they use is theirs, not only the event's
        own = {w.casefold() for wg in config.workgroups
               for w in re.findall(r"[^\W\d_]+", " ".join((wg.title, wg.label or "", *wg.aliases)))}
        found = frozenset(
            noun for noun in (w.casefold() for w in words("group_nouns") if " " not in w and len(w) >= 4)
            if labels and noun not in label_words and not any(noun in lw for lw in label_words)
            and any(n.endswith(noun) and len(n) > len(noun) + 2 for n in names)
            # "Sportvereine-Forum", "Forum der Vielfalt": the noun is a word of the name by itself, and no
            # workgroup's title, label or alias has it (labels or none): alone it is the event
            or noun in names and noun not in own and not any(noun in w for w in own)
        )
        _EVENT_NOUNS[key] = found
    return found


_EVENT_NOUNS: dict = {}


def _event_words(config: Config) -> frozenset[str]:
    """The words of the event's name, venue and workgroup titles: quoting them names nothing new."""
    titles = " ".join(f"{wg.title} {' '.join(wg.aliases)}" for wg in config.workgroups)
    return frozenset(w.casefold() for w in re.findall(r"[\w-]+", f"{config.event.name} {config.event.venue} {titles}"))


def _date_numbers(config: Config) -> frozenset[int]:
    """The days of the event and of the deadline: numbers writers repeat ("am 13.", "13 de marzo")."""
    days = [config.event.starts] + ([config.event.registration_deadline] if config.event.registration_deadline else [])
    return frozenset(d.day for d in days)


def _reply_address(mail: Mail, config: Config) -> tuple[str | None, str]:
    """Reply-To when it is a person's address, else From."""
    from_display, from_addr = mail.address("From")
    reply_display, reply_addr = mail.address("Reply-To")
    own = config.own_addresses
    if reply_addr and reply_addr not in own and not is_machine_address(reply_addr):
        return reply_addr, reply_display
    return from_addr or None, from_display


def _forwarded_person(mail: Mail, split: Split, config: Config) -> _Forward | None:
    """A forwarded mail (inline or attached) whose writer is the one to register."""
    own = config.own_addresses
    if (split.forward_headers or mail.forwarded) and choose(split.body, event_matcher(config)).ids:
        return None  # "sign me up for AG 2" above a forwarded invitation: the writer registers, the forward is a quote
    if split.forward_headers:
        value = next((v for k, v in split.forward_headers.items() if k in ("von", "from", "de", "od", "от", "від", "kimden", "da", "van")), "")
        found = EMAIL_RE.search(value)
        if found and found.group(0).lower() not in own:
            display = value[: found.start()].strip(" <\"'")
            inner = split_text(split.forwarded)
            return _Forward(found.group(0).lower(), display, inner)
    for inner_mail in mail.forwarded:
        display, addr = inner_mail.address("From")
        if addr and addr not in own and not is_machine_address(addr):
            return _Forward(addr, display, split_text(inner_mail.text, inner_mail.header("Subject")))
    return None


def _who(mail, split, forward, own_text, email_addr, display, config):
    """(name, organisation, reply address, someone other than the writer?): forwarded writer, a colleague
    named for confirmation, a person the writer registers, or the writer."""
    _, from_addr = mail.address("From")
    from_display, _ = mail.address("From")
    own = set(config.own_addresses)
    place = _place(config)
    writer_org = _organisation(split, None, from_display, place)
    if forward:
        name = best_name([form_name(forward.split.body), signature_name(forward.split.signature)], forward.display)
        org = _organisation(forward.split, name, "") or writer_org
        return name, org, forward.address, True
    explicit = explicit_reply_address(split.body, own | {from_addr, email_addr or ""})
    if explicit:
        # (the signed name or From's: a form line names the participant, who may be someone else)
        writer = best_name([signature_name(split.signature, display)], display)
        if fits_address(writer, explicit):
            # "Potvrdu pošaljite na moju privatnu adresu ivan.juric@…" signed "Ivan Jurić": the writer's
            # own other address; the writer is the one registered
            return writer, writer_org, explicit, False
        # (or the form line that names the participant: "Учасник: …", "Katılımcı: …")
        name = name_for_address(split.body, explicit) or form_name(split.body)
        return _second_surname(name, split.body), writer_org, explicit, True
    other = registered_other(split.body)
    trailing = "" if split.signature else _in_body(split.body, trailing_signature)  # a signature the splitter missed
    signed = signature_name(split.signature or trailing, display) or (
        None if split.signature else closing_line_name(split.body, display))
    name = other or best_name([signed_twin(form_name(split.body), signed), signed], display)
    if name is None and display and looks_like_name(tidy_display_name(display)):
        name = strip_salutation(tidy_display_name(display))
    if not other:
        introduced = introduced_name(split.body)
        name = fuller_name(name, introduced)  # "Magacaygu waa …", "my name is …"
        # "Mi nombre es Guadalupe …" signed "Lupita …", "Мене звати Олена …" under From "Olena …"
        name = introduced_over(name, introduced, display, signed, f"{split.body}\n{split.signature}")
        name = with_middle_name(name, split.body)  # "Main Rajesh Kumar Gupta, …" under From "Rajesh Gupta"
        name = self_introduced_fuller(name, split.body)  # "Ich bin Oluwabisi Adekunle" under "Bisi Adekunle"
        # "From: Berfin Dogan" over "Ez Berfîn Doğan im": the name as the writer spells it in the text
        name = as_written(name, split.body)
        name = written_out(name, split.signature)  # "R. Pöppelbaum" over "Ralf Pöppelbaum | Kursleitung"
    org = _organisation(split, name, from_display, place)
    return name, org, email_addr, bool(other)


def _place(config: Config) -> tuple[str, str]:
    """The event's town (the venue's last word: "Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster") and name."""
    found = re.findall(r"[^\W\d_][\w-]*", config.event.venue or "")
    return (found[-1] if found else "", config.event.name or "")


def _second_surname(name: str | None, body: str) -> str | None:
    """The name as the text writes it in full where one more capitalised word follows it before a comma or
    the clause's end: "nuestra presidenta, Pilar Castro Iglesias, que …" of the address pilar.castro@…."""
    if not name:
        return name
    found = re.search(rf"(?<!\w){re.escape(name)}[^\S\n]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{{2,}})(?=[^\S\n]*[,;.)])", body[:20_000])
    return f"{name} {found.group(1)}" if found else name


def _organisation(split: Split, name: str | None, display: str, place: tuple[str, str] = ("", "")) -> str | None:
    org = _in_body(split.body, form_organisation) or signature_organisation(split.signature, name)
    if not org:
        # the body's own words are read only when neither a form line nor the signature names it (most
        # signatures do): body_organisation reads the whole text with four patterns, 2.4 ms on 1,000 lines
        in_text = _in_body(split.body, body_organisation)
        trailing = not split.signature and signature_organisation(_in_body(split.body, trailing_signature), name)
        if in_text and trailing and same_name_inflected(in_text, trailing):
            in_text = trailing  # "w imieniu Polskiej Szkoły …" over "Polska Szkoła …": the signature's form
        # (From's name is no organisation when it is the writer's own: "Ulrike Pöppinghaus" has "-haus" in it)
        own = bool(name) and fold(name) == fold(tidy_display_name(display) if display else "")
        org = in_text or trailing or (None if own else display_organisation(display)) or place_organisation(split.body, *place)
    return org.strip(" ,;") if org else None


def _in_body(body: str, what) -> str | None:
    """what(body) for form_organisation, body_organisation and trailing_signature, kept for the last
    body: _who asks for the writer, then again with the name found (each a pass over the whole text)."""
    key = (what, body)  # (by value: a parse in another thread finds its own body's answers, never ours)
    found = _BODY_READINGS.get(key, _BODY_READINGS)
    if found is _BODY_READINGS:
        if len(_BODY_READINGS) >= 6:
            _BODY_READINGS.clear()
        found = _BODY_READINGS[key] = what(body)
    return found


_BODY_READINGS: dict = {}


def _without(text: str, phrase: str | None) -> str:
    """The text with the organisation's name blanked, so 'Amt für Schule' is no workgroup choice."""
    if not phrase or len(phrase) < 6:
        return text
    # blanked to the same length, so positions found in this text point into the analysed text too
    return _phrase_pattern(phrase).sub(lambda m: " " * len(m.group(0)), text)


@functools.lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern:
    """The organisation's name as a pattern, inflected as the sentence needs it ("im Vorstand der
    Iranischen Hochschulgruppe" for "Iranische …"); kept, as every mail of a sender names the same one
    and compiling it anew for every mail showed in the profile (issue #15)."""
    pattern = r"\s+".join(re.escape(w) + (r"\w{0,2}" if len(w) >= 4 and w[-1].isalpha() else "")
                          for w in phrase.split())
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.I)


_GREETING_RE = gated(re.compile(
    r"^(?:hallo|hello|hi|hey|dear|liebe|lieber|liebes|sehr geehrte|guten (?:tag|morgen|abend)|moin|servus|"
    r"merhaba|selam|sayın|bonjour|bonsoir|madame|monsieur|hola|estimad|buongiorno|dzień dobry|szanown|"
    r"здравствуйте|добрый|добрий|привет|вітаю|مرحب|السلام|سلام|درود|good (?:morning|afternoon|evening)|"
    # Hindi and Nepali "नमस्ते", "नमस्कार", Sinhala "ආයුබෝවන්": as written and with their marks as letters
    # (scan.MARK_LETTERS), whichever the text is read in
    + "|".join(sorted({w for word in ("नमस्ते", "नमस्कार", "ආයුබෝවන්") for w in (word, mark_letters(word))})) + ")",
    re.I,
))


_GREETING_END_RE = re.compile(r"[,،，、!:]")


def _without_greeting(text: str) -> str:
    """Drop the salutation ('Liebe Kolleginnen und Kollegen,') before reading the text.

    When the greeting shares its line with the message ('Hi, please register me …'),
    only the part up to the first comma goes.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        stripped = line.strip()
        if not stripped:
            continue
        if _GREETING_RE.match(stripped):
            # (the Arabic and CJK commas and "!" end a greeting too: "مرحبا، للأسف لن أتمكن من الحضور" and
            # "Hallo! Ich melde mich für AG 2 an" were dropped whole, the message with the greeting)
            end = _GREETING_END_RE.search(stripped)
            head, rest = (stripped[: end.start()], stripped[end.end() :]) if end else (stripped, "")
            if end and rest.strip() and len(head.split()) <= 6:
                lines[i] = rest.strip()
            elif len(stripped.split()) <= 8:
                lines[i] = ""
        break
    return "\n".join(lines)
