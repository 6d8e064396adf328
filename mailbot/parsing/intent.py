"""What a person asks for: register, change, cancel, ask — read sentence by sentence."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .lexicon import GROUP_NOUN, concept_pattern, lower_pattern, lowered
from .vocabulary import alternation, bare, concept_regex, words
from .gates import AnyOf, gated
from .scan import longest_first, mark_letters, stretch

# The sentence patterns below are written in lower case and run on lowered text: without
# re.I Python's matcher skips ahead on literal prefixes, two to five times faster. The words
# of every pattern come from the language files (vocab/*.toml, see vocab/README.md), one
# concept each; the two "but …" patterns put four of them together.

_REGISTER_RE = gated(concept_pattern("register"))
REGISTER_RE = _REGISTER_RE  # (abstain: which sign-up words a mail holds)
_ATTEND_RE = gated(concept_pattern("attend"))
REG_NOUN_RE = _REG_NOUN_RE = gated(concept_pattern("registration"))
CONDITIONAL_RE = _CONDITIONAL_RE = gated(concept_pattern("condition"))
# "Ali kommt auch mit", "our treasurer will also attend", "همسرم هم می‌آید": someone else comes too
COMES_TOO_RE = gated(concept_pattern("comes_too"))
# "If so, I will register": the condition is its own clause but holds the whole sentence
_IF_SO_RE = gated(lower_pattern(rf"^(?:{concept_regex('if_so')})"))
# "Gibt es eine Kinderbetreuung? Dann melde ich mich an", "Y a-t-il une traduction ? Dans ce cas je
# m'inscris": a sentence that opens with "then" after a question signs up only once it is answered (after
# no question, "Danke für die Auskunft. Dann melde ich mich an", it signs up)
_THEN_RE = gated(lower_pattern(rf"^(?:{concept_regex('then')})(?!\w)"))
NEGATION_RE = gated(concept_pattern("negation"))
PAST_RE = _PAST_RE = gated(concept_pattern("already"))
# "kaydımı … değiştirebilir misiniz", "meine Anmeldung ändern": next to a change verb, "my registration"
# is one that exists
_MY_REGISTRATION_RE = gated(concept_pattern("my_registration"))
# "ändern" only as a word or after ver-/ab-/um-(zu-): not inside "Ländern", "Rändern", "Bändern"
AMEND_RE = _AMEND_RE = gated(concept_pattern("amend"))
# "one more person", "noch eine Kollegin", "bir kişi daha": one more comes; a change of a registration, or
# the companion of one made in this very mail
_ONE_MORE_RE = gated(concept_pattern("one_more"))
_CHANGE_RE = gated(lower_pattern(f"{concept_regex('amend')}|{concept_regex('one_more')}"))
# "meine Kollegin kommt nicht mehr mit": a companion drops out, the registration stays — a change
# of the party even without a change verb
COMPANION_DROPS_RE = _COMPANION_DROPS_RE = gated(concept_pattern("companion_drops"))
CANCEL_RE = _CANCEL_RE = gated(concept_pattern("cancel"))
CANT_COME_RE = _CANT_COME_RE = gated(concept_pattern("cant_come"))
_REQUEST_RE = gated(concept_pattern("request"))
TELL_ME_RE = gated(concept_pattern("tell_me"))  # "sagen Sie mir", "let me know", "dirmi": asks to be told (parsing/__init__)
_QUESTION_WORDS_RE = gated(concept_pattern("question"))
FIRST_PERSON_RE = _FIRST_PERSON_RE = gated(concept_pattern("first_person"))
# "Kann ich in die AG 3 wechseln?", "Чи можна мені замість групи 1 перейти до групи 3?": a question that
# asks leave for the change it names is the change asked for (reading.py checks that it names its target)
_MAY_I_RE = gated(concept_pattern("may_i"))
# a condition about room or a workgroup is a second choice, not a condition of coming
# (from the start of a word: "Arbeitsplatz" is no room left, "bekomme" no group noun "kom")
ROOM_RE = _ROOM_RE = gated(lower_pattern(r"(?<!\w)(?:voll|belegt|ausgebucht|platz|plätze|full|room|space|place|seat|places|plaz|vaga|posti|"
                               r"miejsc|мест|місц|mjesta|locuri|yer|جا|مكان|χώρο)"))
GROUP_RE = _GROUP_RE = gated(lower_pattern(rf"(?<!\w){GROUP_NOUN}(?!\w)"))
# "no place left" with its negation, in the reader's languages: part of "is full" below, and what
# parsing/__init__.py blanks before it looks for a negated coming ("se não houver vaga, no grupo 2")
NO_ROOM = (
    r"(?:(?:não|nao) (?:houver|há|ha|haja|tiver) (?:mais )?vagas?|no (?:hay|haya|quedan?) (?:plazas?|sitio|lugar)|"
    r"kein(?:e|en)? (?:platz|plätze|plaetze)|no (?:more )?(?:room|space|places|seats)|non (?:c'è|ci sono) (?:più )?post[oi]|"
    r"(?:n'y a|n'y aura) plus de places?|nie (?:będzie|ma) (?:już )?miejsc|нет мест|не будет мест|не буде місц[ья]|"
    r"немає місц[ья]|nema (?:više )?mjesta|nu (?:mai )?(?:sunt|este|e) locuri|δεν υπάρχει (?:άλλος )?χώρος|"
    r"yer (?:yok|kalmadı)|sem vagas|мест(?:а)? (?:нет|не будет|не останется)|місць (?:немає|не буде)|"
    # Farsi/Dari, Arabic, Turkish conditional, Kurdish, Pashto, Somali, Tigrinya/Amharic: "if there is no room"
    r"جای?(?:ی)? ?(?:نبود|نباشد|نیست|نمانده)|ظرفیت (?:پر|تکمیل)|(?:لا|لم) (?:يوجد|يكن|تكن|توجد) (?:هناك )?(?:مكان|أماكن)|"
    r"yer (?:kalmazsa|yoksa|kalmadıysa)|cih (?:tune|nemab|nemîne)|جێگا? ?(?:نەبوو|نییە|نەما)|ځای (?:نه وي|نشته|نه و)|"
    r"boos (?:ma jiro|ma leh)|ቦታ (?:እንተዘይብሉ|እንተዘየለ|የለን|ከሌለ|ከሌለው))"
)
# "wenn das nicht geht, dann D", "if not, workshop 2", "si no, el 3", "если нет — группа 1": a condition on the
# first choice, whose negation negates nothing after it (the workgroup after it is the fallback)
IF_NOT = (
    r"(?:(?:wenn|falls|sofern)(?: (?:das|es|dies|der|die|dieser|diese))? nicht\b|"
    r"if (?:(?:that|it|this)(?:'s| is) )?not\b|si (?:ce |c')?n'est pas\b|si pas\b|si no\b|se non\b|se no\b|"
    r"se (?:não|nao)\b|(?:jeśli|jeżeli|jesli|jezeli|jak|gdyby) (?:to )?nie\b|если (?:это |там )?(?:не|нет)\b|"
    r"якщо (?:це |там )?(?:не|ні)\b|(?:dacă|daca) nu\b|ako (?:to )?ne\b)"
)
# either: a negation in it negates no workgroup and no coming after it
FALLBACK_CONDITION_RE = gated(lower_pattern(rf"\b(?:{NO_ROOM}|{IF_NOT})"))
# "if that one's full", "falls die ausgebucht ist", "si está lleno", "om den är fullbokad", "если группа
# заполнена": the condition of a full workgroup, in the reader's languages. What follows it is a fallback, so
# an "instead" or "rather" in its sentence changes nothing ("falls voll, nehme ich stattdessen AG 2"). "Full" only as
# said of a group: with its verb where the word has other uses ("is full", not "my full name", "the full day";
# "voll ist", not "voll zufrieden"; "est complet", not "une traduction complète"), or a word that means nothing else
# ("ausgebucht", "fullbokad", "volgeboekt", "заполнена")
_FULL = (
    r"(?:is|are|'s|be|gets?|got|becomes?|were|was)[^\S\n]+(?:already[^\S\n]+|completely[^\S\n]+|totally[^\S\n]+)?full|"
    r"full[^\S\n]+up|fully[^\S\n]+booked|booked[^\S\n]+up|"
    r"(?:schon|bereits|zu|ganz)[^\S\n]+voll|voll(?=[^\S\n]+(?:ist|sind|sein|wird|werden|sollte|wäre|war)\b)|ausgebucht|belegt|überfüllt|"
    r"(?:est|sont|soit|serait|sera|était|c'est)[^\S\n]+(?:déjà[^\S\n]+)?complète?s?|"
    r"(?:está|esté|estuviera|estará|están|estén)[^\S\n]+(?:ya[^\S\n]+)?(?:llen[oa]s?|complet[oa]s?)|"
    r"(?:è|sia|fosse|sarà|sono|siano)[^\S\n]+(?:già[^\S\n]+)?(?:pien[oa]|complet[oa]|esaurit[oa])|esaurit[oa]|"
    r"(?:estiver|está|esteja)[^\S\n]+(?:já[^\S\n]+)?(?:chei[oa]|complet[oa]|lotad[oa])|lotad[oa]|"
    r"dolu\w*|dolarsa|заполнен\w*|переполнен\w*|заповнен\w*|"
    r"(?:jest|będzie|byłaby|byłby|są|będą)[^\S\n]+(?:już[^\S\n]+)?pełn[aey]|popunjen\w*|(?:e|este|va fi|ar fi)[^\S\n]+(?:deja[^\S\n]+)?plin[ăae]?|"
    r"γεμάτ\w*|fullbokad\w*|(?:är|blir|skulle vara)[^\S\n]+(?:redan[^\S\n]+)?full|fuldt?[^\S\n]*booket|fullt?[^\S\n]*booket|"
    r"(?:er|blir|bliver)[^\S\n]+(?:allerede[^\S\n]+)?(?:fuld|full)|volgeboekt|volzet|(?:is|zit|zijn)[^\S\n]+(?:al[^\S\n]+)?vol|vol[^\S\n]+(?:is|zit|zijn|zitten)|"
    r"täynnä|obsazen\w*|zaplněn\w*|obsaden\w*|zaseden\w*|megtelt|betelt|ممتلئ\w*|"
    r"پر[^\S\n]+(?:شد|شده|باشد|است|بود)"
)
IF_FULL_RE = gated(lower_pattern(
    r"\b(?:if|wenn|falls|sofern|si|s'il|se|eğer|egy|ha|если|якщо|jeśli|jeżeli|ako|ak|dacă|εάν|αν|om|hvis|als|indien|"
    rf"jos|kui|jei|pokud|jestli|če|ако|nëse|nếu|اگر|إذا|لو)\b(?:[^.!?\n]|\n(?![^\S\n]*\n)){{0,30}}?(?<!\w)(?:{_FULL})(?!\w)"
))
IS_THAT_OK_RE = _IS_THAT_OK_RE = gated(concept_pattern("is_that_ok"))

# "Thanks for the confirmation (of your registration)": the writer is already registered
_THANKS_CONFIRMATION_RE = gated(concept_pattern("thanks_confirmation"))
# "those who want to register will write to you": others register, not the writer
_OTHERS_REGISTER_RE = gated(concept_pattern("others_register"))
# "I am registered for X, but I want Y": an existing registration, a new wish
_BUT_WANT_RE = gated(lower_pattern(
    rf"(?:{concept_regex('but')})[^.!?]{{0,60}}?(?:{concept_regex('wish')})"
    rf"(?![^.!?]{{0,12}}(?:{concept_regex('ask_or_know')}))"  # "but I wanted to ask": a question, no wish
))
# "registered as two, but now we come as three": the existing registration changes
# ("aber ich habe bis jetzt keine Bestätigung", "but until now": so far, nothing changes)
_UNTIL = r"(?<!\bbis )(?<!\buntil )(?<!\btill )(?<!\bup to )(?<!\bhasta )(?<!jusqu'à )(?<!jusqu’à )(?<!\bdo )"
_BUT_NOW_RE = gated(lower_pattern(rf"(?:{concept_regex('but')})[^.!?]{{0,30}}{_UNTIL}(?:{concept_regex('now')})"))
# "my colleague can't come, but I stay registered": a companion drops out, the writer still comes
_STILL_COMING_RE = gated(concept_pattern("still_coming"))
# "Anmeldung unter info@…", "jetzt anmelden": registering somewhere else (a partner's own offer)
_REGISTER_ELSEWHERE_RE = gated(concept_pattern("register_elsewhere"))
# "we look forward to your participation": the reader takes part, not the writer
_YOUR_PARTICIPATION_RE = gated(concept_pattern("your_participation"))
# "we will register as soon as we know": a registration announced for later
_DEFER_RE = gated(concept_pattern("as_soon_as"))
# "bitte sagen Sie zu oder ab": asks the reader to answer, cancels nothing
_ACCEPT_OR_DECLINE_RE = gated(concept_pattern("accept_or_decline"))


@dataclass
class Intent:
    register: bool = False  # a clear sign-up statement or request
    attend: bool = False  # a softer "we will come / take part"
    reg_noun: bool = False  # "Anmeldung", "registration" named
    change: bool = False
    # a change said otherwise than by "one more person" (`one_more`), which may also be the companion of a
    # registration made in the same mail
    amends: bool = False
    cancel: bool = False  # explicit cancellation verb
    cant_come: bool = False  # "can't come" without a cancellation verb
    question: bool = False  # a real question (not a polite request)
    existing: bool = False  # speaks of an existing registration
    party_change: bool = False  # a companion drops out while the writer still comes
    cancels_registration: bool = False  # a cancel word takes a sign-up word back ("cancel my registration")
    # "Kaydımı iptal edin", "hủy đăng ký của tôi": a register word in the clause that cancels is
    # the registration being cancelled, not a new one (kept apart from `register`)
    register_in_cancel: bool = False
    # questions that ask leave for a change ("Kann ich in die AG 3 wechseln?"), as written; and whether
    # the mail asks anything else
    change_questions: list[str] = field(default_factory=list)
    other_question: bool = False
    conditional: str = ""  # the condition a sign-up waits for ("Wenn es eine Übersetzung gibt")
    still_coming: bool = False  # "ich komme trotzdem", "I'll still come": the writer stays
    my_registration: bool = False  # "meine Anmeldung", "تسجيلنا" named anywhere
    deferred: bool = False  # a sign-up held back by "if so", "dann melde ich mich an", "aber erst wissen …"
    others_registered: str = ""  # the sentence that tells of a registration another person made
    details: list[str] = field(default_factory=list)


# A run of white space that holds a line break, from the run's start only (tried inside a long run it is
# quadratic): (?<!\s)\s*\n\s*, written to begin with the white space itself (a look-behind first is tried
# at every position), the look-behind before the look-ahead (else the look-ahead reads to the run's end
# from every position of it: tests/test_hostile_input.py)
_LINE_BREAK_RE = gated(re.compile(r"(?:\n|[^\S\n](?<!\s\s)(?=\s*\n))(?<!\s\s)\s*"))


def sentences(text: str) -> list[str]:
    """Sentences, with wrapped lines joined and form lines ('Name: X') kept apart."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[str, ...]:
    # kept for the last texts: the reader's intent and the not-coming check read the same text
    paragraphs = re.split(r"\n\s*\n", text)
    out = []
    for para in paragraphs:
        # form lines stand alone ("Name: X"); a wrapped line that ends a sentence before its colon is
        # none ("… am\n13.03.2027 an. Wir sind zu dritt: …") unless it follows a form line ("Anz. Pers.: 2")
        para = _form_lines_apart(para)
        for chunk in para.split("\n\n"):
            chunk = _LINE_BREAK_RE.sub(" ", chunk).strip()
            out += _split_sentences(chunk)
    return tuple(out)


_FORM_LINE_RE = re.compile(r"[^\n]{1,40}:\s")
_PLAIN_FORM_LINE_RE = re.compile(r"(?:[^\n.!?]|\.(?!\s)){1,40}:\s")  # no sentence ends before the colon


def _form_lines_apart(para: str) -> str:
    """The paragraph with each form line ("Name: X") apart from the lines around it."""
    if ":" not in para:
        return para
    lines = para.split("\n")
    out = [lines[0]]
    form = bool(_FORM_LINE_RE.match(lines[0]))
    for line in lines[1:]:
        looks = _FORM_LINE_RE.match(line)
        if _PLAIN_FORM_LINE_RE.match(line) or (looks and form):
            out.append("")  # a blank line: the chunk ends before it
        out.append(line)
        form = bool(looks)
    return "\n".join(out)


def signs_up_with_a_change(text: str) -> bool:
    """A sentence of `text` with a sign-up word, a word that changes ("statt", "yerine", "switch") and a group noun or a
    number: "Können Sie uns statt in AG 2 in die AG 1 eintragen?" (a change word elsewhere, "das wollen wir ändern",
    "Schulwechsel", changes no registration)."""
    for sentence in sentences(mark_letters(text)):
        low = _ORDINAL_DOT_RE.sub(r"\1", lowered(sentence))
        # (the change word a word of its own: "Schulwechsel", "Austausch" name things, they change nothing)
        amends = [m for m in _AMEND_RE.finditer(low) if not (m.start() and low[m.start() - 1].isalpha())]
        if amends and _REGISTER_RE.search(low) and _GROUP_OR_NUMBER_RE.search(low):
            return True
    return False


_GROUP_OR_NUMBER_RE = re.compile(rf"(?<![\w-]){GROUP_NOUN}|\d", re.I)


def cant_come_sentences(text: str) -> list[str]:
    """The sentences of `text` (lowered, as read_intent reads them) that say someone cannot come."""
    found = []
    for sentence in sentences(mark_letters(text)):
        low = _ORDINAL_DOT_RE.sub(r"\1", lowered(sentence))
        if _CANT_COME_RE.search(low):
            found.append(low)
    return found


def read_intent(text: str) -> Intent:
    """Collect the signals of each sentence into one Intent."""
    intent = Intent()
    for n, sentence in enumerate(sentences(mark_letters(text))):
        low = _ORDINAL_DOT_RE.sub(r"\1", lowered(sentence))
        if not (_SIGNALS.may_match(low) or low.rstrip().endswith(("?", "؟", "？"))):
            continue
        asked = _asks(low, first=n == 0)
        if asked:
            if _asks_leave_to_change(low):
                intent.change_questions.append(sentence)
            else:
                intent.other_question = True
        _read_sentence(low, intent, asked)
    return intent


# Every signal _read_sentence sets needs one of these to match (or a question mark): a sentence none
# of them can match (most of a long mail's) sets nothing, and is not asked pattern by pattern
_SIGNALS = AnyOf(_QUESTION_WORDS_RE, _PAST_RE, _REGISTER_RE, _CHANGE_RE, _CANCEL_RE, _REG_NOUN_RE, _CANT_COME_RE,
                 _COMPANION_DROPS_RE, _ATTEND_RE, _STILL_COMING_RE, _MY_REGISTRATION_RE)


def _asks_leave_to_change(sentence: str) -> bool:
    """A question with a change word and "can I", "is it possible", "geht das?" ("можно ли вместо первой
    группы записать меня в третью?": a sign-up word next to the change word is the move; one that
    cancels stays a cancellation)."""
    return bool(_CHANGE_RE.search(sentence) and (_MAY_I_RE.search(sentence) or _IS_THAT_OK_RE.search(sentence))
                and not _cancels(sentence))


# "am 13. März", "13.03.": the dot of a date or an ordinal inside a sentence ends nothing, yet the
# patterns' gaps ("ziehe … Anmeldung … zurück") stop at every dot; read without it
_ORDINAL_DOT_RE = gated(re.compile(r"(\d)\.(?=\s*\w)"))


def asks_if_ok(sentence: str) -> bool:
    """"Geht das noch?", "Is that OK?", "Mümkün mü?": the question points back at what the mail asks for."""
    return bool(_IS_THAT_OK_RE.search(lowered(sentence)))


def question_sentences(text: str) -> list[str]:
    """The sentences that ask something (a polite request to register or cancel asks nothing)."""
    return [s for n, s in enumerate(sentences(text)) if _asks(lowered(s), first=n == 0)]


def _asks(sentence: str, first: bool = False) -> bool:
    """A real question: a question mark or word, and not "could you register me?" or "Oi gente, tudo bem?"."""
    if not (sentence.rstrip().endswith(("?", "؟", "？")) or _QUESTION_WORDS_RE.search(sentence)):
        return False
    if _courtesy_question(sentence, first):
        return False
    acts = _REGISTER_RE.search(sentence) or _CHANGE_RE.search(sentence) or _cancels(sentence)
    return not (acts and _REQUEST_RE.search(sentence))


_HOW_ARE_YOU_RE = gated(concept_pattern("how_are_you"))


def _courtesy_question(sentence: str, first: bool = False) -> bool:
    """ "Hallo, wie geht's?", "Oi gente, tudo bem?", "Привет, как дела?": a greeting asked as a question, the
    phrase ending a short sentence after a greeting; nobody waits for an answer ("Tudo bem se eu levar a minha
    filha?" asks)."""
    # (first in the text, or after a greeting or a name and a comma: later, "Tudo bem?", "Ça va ?", "Va tutto
    # bene?" alone ask whether what the mail says is all right, as `is_that_ok` does)
    found = _HOW_ARE_YOU_RE.search(sentence)
    before = sentence[: found.start()].strip(" ¿¡\t") if found else ""
    return (bool(found) and len(sentence.split()) <= 6 and not re.search(r"\w", sentence[found.end():])
            and (before.endswith(",") and len(before.split()) <= 3 or first and not before))


def _cancels(sentence: str) -> re.Match | None:
    return _CANCEL_RE.search(sentence) if not _ACCEPT_OR_DECLINE_RE.search(sentence) else None


# "our president", "mein Kollege", "notre trésorière", "наш председатель": a possessive and a person's noun (the
# vocabulary's `companions` and the offices below), the subject of a sentence about another person ("unser Verein",
# "my email" are no person; a first-person word in the clause, "hat uns angemeldet", keeps it the writer's)
_OFFICES = (r"president\w*|chair\w*|vorsitzend\w*|vorstand\w*|chef\w*|boss|leiter\w*|secretary|sekretär\w*|schriftführer\w*|"
            r"kassier\w*|treasurer|trésori\w*|présidente?|presidente|tesorer\w*|председател\w*|голова|başkan\w*|imam|"
            r"pfarrer\w*|priest|pastor\w*|coordinat\w*|koordinator\w*|manager\w*|director\w*|direktor\w*")
_POSSESSED_SUBJECT_RE = gated(lower_pattern(
    r"(?<!\w)(?:our|my|unser\w*|mein\w*|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|nostr[oaie]|mio|mia|nasz\w*|mój|moja|"
    r"наш\w*|мой|моя|мій|onze|mijn|noss[oa]s?|meu|minha|vår|vårt|våra|vores|min|mitt)\s+"
    rf"(?:{alternation(words('companions'))}|{_OFFICES})\w*"
))
_THIRD_PERSON_RE = gated(concept_pattern("third_person"))


# the stems of registering in the reader's languages ("registered", "angemeldet", "inscrit", "kaydoldu", "записал")
_REGISTERED_STEM_RE = gated(lower_pattern(
    r"regist|anmeld|angemeld|gemeldet|eingetragen|sign(?:ed)?[ -]?up|inscri|iscri|kayıt|kaydol|kaydett|zapis|запис|регистр|"
    r"реєстр|aangemeld|inschrij|"
    r"anmäl|tilmeld|påmeld|ثبت|سجل"
))


def _registered_by_another(sentence: str, at: int) -> bool:
    """The words before a word of registering done ("already registered", "schon angemeldet") name another person
    as its subject ("Our president", "Er", "Meine Kollegin") and its clause has no first-person word: someone else's
    registration, not the writer's own, is told of. (The sentence comes lowered: the German formal "Sie" is read as
    "sie" too; the review the caller asks for covers it.)"""
    head = lowered(sentence[:at])
    thirds = list(_THIRD_PERSON_RE.finditer(head))
    # (the first person anywhere in the clause keeps it the writer's: "она зарегистрировала нас троих")
    start, end = stretch(sentence, at, at, ",;:()", reach=300)
    clause = _POSSESSED_SUBJECT_RE.sub(" ", lowered(sentence[start:end]))
    return (bool(_POSSESSED_SUBJECT_RE.search(head)) or bool(thirds)) and not _FIRST_PERSON_RE.search(clause)


def fallback_condition_in(text: str) -> bool:
    """A full workgroup's condition in the text ("falls die voll ist", "if there is no room", "wenn nicht"): the
    words after it name a fallback (choices.py: a correction word there takes the first choice back not)."""
    low = lowered(text)
    return bool(IF_FULL_RE.search(low) or FALLBACK_CONDITION_RE.search(low))


# "stattdessen", "instead", "i stället", "plutôt", "piuttosto", "zamiast", "вместо", "yerine": the change words that
# only say "instead"; after a fallback's condition they name the second choice ("ändern", "switch" still change)
_INSTEAD_WORD_RE = gated(lower_pattern(
    r"statt|instead|stället|stedet|plutôt|lugar|vez|invece|piuttosto|zamiast|вместо|замість|yerine|بدل|به جای|"
    r"lieber|rather|liever|hellre|heller|plaats|invés"
))


def _read_sentence(sentence: str, intent: Intent, asked: bool | None = None) -> None:
    if _asks(sentence) if asked is None else asked:
        intent.question = True
        return
    past = _PAST_RE.search(sentence)
    # "kaydolmuştum", "ثبت نام کرده بودم": a past form that also starts like a sign-up word tells of a
    # registration made before; it signs nobody up (a sign-up word elsewhere in the sentence still does)
    registers = _REGISTER_RE.search(_blanked(sentence, _PAST_RE) if past else sentence)
    adds = _ONE_MORE_RE.search(sentence)
    changes = _AMEND_RE.search(sentence)
    if changes and _INSTEAD_WORD_RE.search(lowered(changes.group(0))) and fallback_condition_in(sentence[: changes.start()]):
        changes = None  # "falls die voll ist, dann stattdessen AG 2", "om den är fullbokad … i stället": a second choice
    changes = changes or adds
    cancels = _cancels(sentence)
    mine = _MY_REGISTRATION_RE.search(sentence)
    if mine:
        intent.my_registration = True
    # (a sentence that speaks of registering: "… haben leider schon Termine" is "already" of something else)
    if past and not mine and _REGISTERED_STEM_RE.search(sentence) and _registered_by_another(sentence, past.start()):
        # "Our president already registered for X, but I would like Y": not the writer's registration (a human
        # checks it: whose registration a mail speaks of decides between a new one and a change)
        intent.others_registered = intent.others_registered or " ".join(sentence.split())[:80]
        past = None
    if past or changes and mine:
        intent.existing = True
        changes = changes or _BUT_WANT_RE.search(sentence) or _BUT_NOW_RE.search(sentence)
    if cancels and registers:
        # "Kaydımı iptal edebilir misiniz", "hủy đăng ký", "anmeldung stornieren": a sign-up word right
        # next to the cancel word is what is cancelled; only one elsewhere in the sentence signs up
        kept = _without_cancelled(sentence)
        intent.cancels_registration = intent.cancels_registration or kept != sentence
        sentence, registers = kept, _REGISTER_RE.search(kept)
    if _REG_NOUN_RE.search(sentence) and not _REGISTER_ELSEWHERE_RE.search(sentence):
        intent.reg_noun = True
    if cancels and not _CONDITIONAL_RE.search(sentence):
        intent.cancel = True
    if _STILL_COMING_RE.search(sentence):
        intent.still_coming = True
    drops = _COMPANION_DROPS_RE.search(sentence)
    if _CANT_COME_RE.search(sentence):
        if drops or _STILL_COMING_RE.search(sentence):
            # "one of us can't come", "my colleague can't come, but I will": the party changes
            intent.party_change = changes = True
        else:
            intent.cant_come = True
    if drops:
        intent.party_change = changes = True
    if changes:
        intent.change = True
        if changes is not adds:
            intent.amends = True
    if past and registers:
        sentence = _blanked(sentence, _PAST_RE)
    if (registers or _ATTEND_RE.search(sentence)) and (_IF_SO_RE.search(sentence) or _DEFER_RE.search(sentence)
                                                       or intent.question and _THEN_RE.search(sentence)):
        intent.deferred = True
    elif registers or _ATTEND_RE.search(sentence):
        clauses = re.split(r"[,;:،]\s*|\s[-–]\s", sentence)
        if _held_by_condition(clauses) or _held_in_its_clause(clauses):
            # "Wenn es eine Übersetzung gibt, melden wir 4 Personen an", "اگر ترجمه باشد، ما ۴ نفر ثبت نام
            # می‌کنیم": the sign-up waits for what the first clause asks; nobody is registered yet
            intent.conditional = intent.conditional or " ".join(clauses[0].split())[:80]
            return
        others = _OTHERS_REGISTER_RE.search(clauses[0].lstrip()) if len(clauses) > 1 else None
        if others and others.start() == 0 and not any(FIRST_PERSON_RE.search(c) for c in clauses[1:]):
            # "Wer teilnehmen möchte, meldet sich bitte bei der Stadt an", "Anyone who wants to join, please
            # register with the city": the sentence tells others how to sign up (a forward to members)
            return
        for clause in clauses:
            _read_clause(clause, intent, cancelling=bool(cancels) and not _CONDITIONAL_RE.search(sentence))


# a day of the month: "6.3.", "der 6." (read here without its dot: read_intent drops an ordinal's), "am 6",
# "the 6th"; not "2" alone, which may name a workgroup
_DAY_RE = re.compile(r"(?<![\w.])\d{1,2}(?:\.\d{1,2}\.(?:\d{2,4})?|\.(?=\s+[^\W\d_])|st\b|nd\b|rd\b|th\b)"
                     r"|\b(?:der|den|am|dem|vom|zum|the)\s+\d{1,2}\b")


def _held_by_condition(clauses: list[str]) -> bool:
    """The sentence opens with a condition clause and signs up only after it. A condition about a
    workgroup ("falls in AG 1 kein Platz ist, …": a second choice) or about room holds nothing back."""
    if len(clauses) < 2 or not _CONDITIONAL_RE.search(clauses[0]) or _REGISTER_RE.search(clauses[0]):
        return False
    # (a number names a workgroup, "falls 2 voll ist"; a day does not: "wenn es der 6. ist", "if it's on the 6th")
    if re.search(r"\d", _DAY_RE.sub(" ", clauses[0])) or _ROOM_RE.search(clauses[0]) or _GROUP_RE.search(clauses[0]):
        return False
    return any(_REGISTER_RE.search(c) or _ATTEND_RE.search(c) for c in clauses[1:])


# "if possible", "wenn möglich", "si possible", "mümkünse", "если можно", "اگر امکان دارد": a courtesy, no
# condition (choices.py too: "if possible, could you move me to group 3" names no fallback)
# "if possible", a courtesy and no condition: "wenn möglich", "if possible", "si es posible", "se possibile",
# "αν είναι δυνατόν", "ako je moguće", "dacă este posibil", "indien mogelijk", "mümkünse", "если можно", "إن أمكن"
def _courtesy(it_is: str = "") -> re.Pattern:
    return re.compile(
        r"\b(?:if|wenn|falls|si|se|eğer|ako|dacă|daca|nëse|nese)\s+"
        rf"(?:at all\s+|es\s+|es\s+ist\s+|è\s+|for\s+|je\s+|este\s+|e\s+|është\s+e\s+{it_is})?"
        r"(?:possible|possibly|möglich|es geht|das geht|posible|possibile|possível|posivel|moguće|moguce|"
        r"posibil|mundur|se puede|se poate)\b|\b(?:indien|zo) mogelijk\b|\bmümkünse\b|"
        r"(?:если|якщо|jeśli|jeżeli|o ile|ако)\s+(?:это\s+|to\s+|је\s+)?(?:можно|возможно|можливо|можна|możliwe|могуће)|"
        r"(?<!\w)(?:αν|εάν)\s+(?:είναι\s+|ήταν\s+)?(?:δυνατόν|δυνατό|εφικτό|γίνεται|μπορεί)|"
        r"(?:اگر|إذا|اذا|إن)\s+(?:امکان|ممکن|أمكن|امكن)",
        re.I,
    )


# (a sign-up "if it is possible", "si c'est possible" may wait for something: a condition to the intent reader;
# before a workgroup inside a sentence, "I'd like, if it's possible, to switch to group 1", a courtesy still)
_COURTESY_RE = _courtesy()
COURTESY_IF_RE = _courtesy(r"|(?:it|that)(?:'s|’s|\s+is|\s+would\s+be)\s+|c'est\s+|c’est\s+")


def _held_in_its_clause(clauses: list[str]) -> bool:
    """A clause that opens with a condition and signs up after it with no comma between ("if there is an
    interpreter we would like to register two people", "wenn es einen Dolmetscher gibt melden wir uns an",
    "eğer tercüman olursa ikimizi de kaydettirmek istiyorum"): held as the comma'd form is. Where the condition
    ends is not known here (a workgroup before the sign-up word may be the sign-up's own: "eğer … olursa AG 2'ye
    kaydettirmek"), so only room ("if AG 1 is full I take AG 2": a second choice) and a courtesy ("if possible")
    are no condition."""
    for clause in clauses:
        text = clause.lstrip()
        signs = _REGISTER_RE.search(text) or _ATTEND_RE.search(text)
        if not signs:
            continue
        cond = _CONDITIONAL_RE.search(text, 0, signs.start())
        # (the condition opens the clause, and three words of it at least stand before the sign-up: "si hay
        # intérprete nos inscribimos"; "ob", "whether" open a clause that asks, "…, ob wir in Frage kommen")
        if not cond or len(text[: cond.start()].split()) > 1 or len(text[cond.start() : signs.start()].split()) < 3 or (
                cond.group(0).strip().lower() in ("ob", "whether")):
            return False
        condition = text[: signs.start()]
        if _COURTESY_RE.search(condition) or _ROOM_RE.search(condition):
            return False
        # the writer signs up after the condition ("… we would like to register", "… melden wir uns an"); "falls
        # Sie nicht kommen können" is all condition, of someone else
        return bool(FIRST_PERSON_RE.search(text, cond.end()))
    return False


def _blanked(sentence: str, pattern: re.Pattern) -> str:
    """The sentence with every match of the pattern replaced by blanks (positions stay)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), sentence)


_NEXT_TO = 12  # characters between a cancel word and the sign-up word it takes back ("kaydımı iptal", "hủy đăng ký")


def _without_cancelled(sentence: str) -> str:
    """The sentence with every sign-up word that stands right before or after a cancel word blanked."""
    cancels = [m.span() for m in _CANCEL_RE.finditer(sentence)]
    out = sentence
    for m in _REGISTER_RE.finditer(sentence):
        start, end = m.span()
        if any(-_NEXT_TO <= c_start - end <= _NEXT_TO or -_NEXT_TO <= start - c_end <= _NEXT_TO for c_start, c_end in cancels):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def _read_clause(clause: str, intent: Intent, cancelling: bool = False) -> None:
    if _CONDITIONAL_RE.search(clause) or NEGATION_RE.search(clause):
        return
    if cancelling and _CANCEL_RE.search(clause) and _REGISTER_RE.search(clause):
        intent.register_in_cancel = True
        return
    if _THANKS_CONFIRMATION_RE.search(clause) or _OTHERS_REGISTER_RE.search(clause):
        return
    if _YOUR_PARTICIPATION_RE.search(clause) or _REGISTER_ELSEWHERE_RE.search(clause):
        return
    if _REGISTER_RE.search(clause):
        intent.register = True
    elif _ATTEND_RE.search(clause) and _FIRST_PERSON_RE.search(clause):
        intent.attend = True


_ABBREVIATION_END_RE = gated(re.compile(r"\b(?:nr|no|ca|bzw|dr|prof|str|z\.b|u\.a|d\.h|ggf|evtl|inkl|st|mr|mrs|ms|vs|etc)\.$", re.I))
_ORDINAL_END_RE = gated(re.compile(r"\b\d{1,2}\.$"))
_AFTER_ORDINAL_RE = gated(re.compile(
    r"^(?:[a-zäöüß0-9]|(?i:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\b)"
))


def _split_sentences(chunk: str) -> list[str]:
    """Split at . ! ? — but not after 'Nr.' or in a date ('am 13. März')."""
    out: list[str] = []
    # Chinese and Japanese end a sentence with 。！？ and no space after it (split only where one is:
    # the empty match is tried at every position)
    cjk = "。" in chunk or "！" in chunk or "？" in chunk
    for piece in re.split(r"(?<=[.!?؟])\s+(?=\S)|(?<=[。！？])" if cjk else r"(?<=[.!?؟])\s+(?=\S)", chunk):
        # (both patterns end with the text, at most six characters long: the last 20 of a piece that grows by
        # each merge are enough; the whole piece each time was quadratic, 50 s for "2. " x 100,000)
        if out and (
            _ABBREVIATION_END_RE.search(out[-1][-20:])
            or _ORDINAL_END_RE.search(out[-1][-20:]) and _AFTER_ORDINAL_RE.match(piece)
        ):
            out[-1] = f"{out[-1]} {piece}"
        elif piece.strip():
            out.append(piece)
    return out


def takes_back(sentence: str) -> bool:
    """The sentence cancels, says someone cannot come, negates, tells of a registration made before or
    names "my registration": a workgroup in it is the one given up or the old one, not one asked for."""
    low = lowered(" ".join(sentence.split()))  # (wrapped lines: "Bitte geben Sie\nmeinen Platz … frei")
    return bool(_CANCEL_RE.search(low) or _CANT_COME_RE.search(low) or NEGATION_RE.search(low) or _PAST_RE.search(low)
                or _MY_REGISTRATION_RE.search(low))


def speaks_of_coming(text: str) -> bool:
    """Does this sentence register, attend, come, bring someone or say someone comes too (any language the files know)?"""
    text = mark_letters(text)
    low = lowered(text)
    return bool(_REGISTER_RE.search(low) or _ATTEND_RE.search(low) or COMES_TOO_RE.search(low)
                or _coming().search(bare(text)))


@functools.cache
def _coming() -> re.Pattern:
    """The `come` words of every vocabulary file ("Vou com a minha filha", "Będę z mężem")."""
    found = longest_first({bare(w) for w in words("come")})
    return re.compile(rf"(?<!\w)(?:{alternation(found)})")
