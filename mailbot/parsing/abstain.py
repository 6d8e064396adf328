"""Abstain first: a registration, change or cancellation is acted on only when the writer's own
text is fully accounted for.

evidence.py lists everything in the writer's text that could matter; reading.py says what the
reader used. What is left, or a cue the kind contradicts (a withdrawal in a registration, a
change word in a cancellation, a reply to our mail read as a new registration), becomes a
review reason that names the word, so the coordinator sees it in `mailbot review`
(docs/parsing.md, "When mailbot abstains").
"""

from __future__ import annotations

import functools
import re

from ..config import Config
from ..model import Parsed
from .choices import BUT_RE, NO_ROOM_RE, choose, counts_the_choices, event_matcher, rank_phrases
from .evidence import PREFER_WORDS, STAYS_AFTER_RE, Item, ranking_words
from .intent import (AMEND_RE, COMES_TOO_RE, FIRST_PERSON_RE, GROUP_RE, IS_THAT_OK_RE, NEGATION_RE, REGISTER_RE,
                     ROOM_RE, speaks_of_coming, takes_back)
from .gates import gated
from .lexicon import GROUP_NOUN, concept_pattern, digit_value, lower_pattern, lowered
from .party import PEOPLE, party_size, uncounted_companion
from .people import EMAIL_RE, ORG_WORDS, TITLED_NAME_RE, introduced_other, is_machine_address, other_person
from .reading import REPLY_PREFIX_RE, Reading
from .vocabulary import bare, concept_regex, covers, latin_share, numbers, script, words

_WHAT = {
    "number": "number not understood",
    "number_word": "number not understood",
    "roman": "workgroup number not understood",
    "ordinal": "workgroup word not understood",
    "position": "workgroup word not understood",
    "letter": "workgroup letter not understood",
    "group_noun": "workgroup named but not understood",
    "persons": "number of persons not understood",
    "companion": "companion not understood",
}
# a workgroup named by its number, in digits or roman numerals
_DIGIT_RE = re.compile(r"\d|(?<![\w.-])(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})(?![\w-])")


def _asks_to_come(sentence: str) -> bool:
    return speaks_of_coming(sentence) or bool(AMEND_RE.search(lowered(sentence)))


_PLURAL_GROUP_RE = gated(re.compile(r"(?:gruppen|groups|workshops|foren|forums|ags|gruppi|grupos|groupes|ateliers|"
                              r"группы|групи|gruplar\w*)$", re.I))


def abstain(r: Reading, kind: str, parsed: Parsed, config: Config) -> list[str]:
    """The review reasons for what the reader did not account for (empty: act on the mail)."""
    reasons = []
    if parsed.language and not covers(parsed.language, r.own_text):
        reasons.append(f"written in '{parsed.language}', a language mailbot's vocabulary does not cover: please read")
    elif parsed.language and latin_share(parsed.language) < 0.2 and script(r.own_text) == "LATIN":
        # Arabizi ("bghit nsjjel ana w sahbi"), Finglish, Russian in Latin letters: the vocabulary knows a few
        # such words, not the language; what it did not read (a companion, a "not") may change everything
        reasons.append(f"'{parsed.language}' written in Latin letters, which mailbot reads only in part: please read")
    if kind in ("registration", "change"):
        for item in [i for i in _unused(r) if not (kind == "change" and _old_number(r, i))][:3]:
            reasons.append(f"{_WHAT[item.concept]}: '{_context(r.analysed, item)}'")
        for item in r.subject_unexplained[:2]:
            reasons.append(f"{_WHAT[item.concept]} in the subject: '{item.text}'")
        withdraw = [c for c in r.cues if c.concept == "withdraw" and not (r.someone_else and _about_myself(r.analysed, c))]
        if withdraw:
            reasons.append(f"withdrawal word in a {kind}: '{_context(r.analysed, withdraw[0])}'")
    if r.intent.others_registered and kind in ("registration", "change"):
        # "Our president already registered for …, but I would like …": whose registration is it, a new one or the one
        # told of? (Not in a cancellation: "meine Kollegin hat sich angemeldet, muss aber absagen" cancels for another,
        # which the cancellation rules read; seven such right answers were lost to review when it was tried)
        reasons.append(f"speaks of a registration another person made: '{r.intent.others_registered}'")
    if kind in ("registration", "change") and r.answered_under:
        # "> [ ] Workshop 3 – Online-Anträge …" / "Diesen.": an answer typed right under a quoted line that names
        # a workgroup may choose it ("this one"), refuse it or ask about it; the reader reads only the answer
        matcher = event_matcher(config)
        named = next((line for line in r.answered_under if matcher.mentions(line)[0]), None)
        if named:
            reasons.append(f"answered right under the quoted line '{named[:60]}': which workgroup?")
    if kind == "registration":
        # "Anmeldung AG 3" over "ich melde mich für die AG 2 an", "Registration for 3" over "please register us",
        # "Absage" over a sign-up: the subject the writer typed says otherwise than the text
        # (a workgroup the text does not name, by a number: a subject's topic words and letters are read loosely,
        # "forum d'été" is no "Forum D"; the first choice alone in the subject agrees with "F, sonst D")
        if r.subject_ids and parsed.workgroups and set(r.subject_ids) - set(parsed.workgroups) and r.subject_numbered:
            reasons.append(f"the subject names {', '.join(r.subject_ids)}, the text {', '.join(parsed.workgroups)}: which?")
        if r.subject_count and parsed.party_size and r.subject_count != parsed.party_size:
            reasons.append(f"the subject says {r.subject_count} persons, the text {parsed.party_size}: how many?")
        if r.subject_intent.cancel and not (r.intent.cancel or r.intent.cant_come):
            reasons.append("the subject cancels, the text signs up: which is it?")
    if kind == "cancellation":
        stays = next((sp for sp in r.choices.spans if STAYS_AFTER_RE.match(r.analysed, sp[1])), None)
        if stays:
            # "streichen Sie mich aus AG 2, AG 1 bleibt", "remove me from group 2, group 1 stays": a
            # workgroup kept; the registration is changed, not cancelled
            reasons.append(f"a cancellation that keeps a workgroup: '{' '.join(r.analysed[stays[0] : stays[1] + 12].split())}'")
        for item in [i for i in _unused(r) if i.concept in ("number", "number_word")][:1]:
            reasons.append(f"number in a cancellation (a smaller party?): '{_context(r.analysed, item)}'")
        change = [c for c in r.cues if c.concept == "change"]
        if change:
            reasons.append(f"change word in a cancellation: '{_context(r.analysed, change[0])}'")
        if r.intent.question and not parsed.side_questions:
            reasons.append("cancellation together with a question")
        # ("non posso venire alla mattina, ma nel pomeriggio sì, gruppo 2": after a "but" the sentence that
        # takes something back asks for the workgroup)
        # (named by its title too: "wechsle ich lieber in die Arbeitsgruppe „Förderungsmöglichkeiten …“. Von der
        # Warteliste können Sie mich dann streichen" leaves the waiting list for another workgroup)
        # (a topic's word told in the story, "ein Norovirus-Ausbruch, und das Gesundheitsamt …", asks for
        # nothing: without a number the sentence must speak of coming or changing)
        asked = next((sp for sp in r.choices.spans
                      if (not takes_back(_sentence_of(r.analysed, *sp, _CLAUSE_END_AFTER_DIGIT_RE))
                          or _after_but(r.analysed, sp[0]))
                      and (_DIGIT_RE.search(r.analysed, *sp)
                           or _asks_to_come(_sentence_of(r.analysed, *sp, _CLAUSE_END_AFTER_DIGIT_RE)))), None)
        part = _part_of_the_day(r)
        if part:
            # "non posso venire alla mattina, ma nel pomeriggio sì", "I can't come in the morning": a part of the
            # day taken back, the rest perhaps not; a partial cancellation is no cancellation of the place
            reasons.append(f"takes back a part of the day only?: '{part}'")
        if asked:
            # "… keine Antwort bekommen. Bitte AG 2, wie unten": a workgroup in a sentence that takes
            # nothing back is asked for; the mail may be a registration the reader took for a cancellation
            reasons.append(f"a workgroup asked for in a cancellation: '{_sentence_of(r.analysed, *asked).strip()[:60]}'")
    if kind in ("registration", "change", "cancellation") and r.forward_unasked:
        # "anbei die Anmeldung von unserem Mitglied …, bitte tragen Sie sie ein": the forwarded writer asked the
        # forwarder, not us; nobody says the answer should go to them (as "bitte antworten Sie ihm direkt" does)
        reasons.append(f"forwards another person's mail without saying to answer them: answer {r.forward_unasked} "
                       "or the sender?")
    if kind in ("registration", "change", "cancellation"):
        substitute = IN_MY_PLACE_RE.search(lowered(r.analysed))
        if substitute:
            reasons.append(f"someone else comes in the writer's place: '{_around(r.analysed, substitute)}'")
    if kind == "registration" and r.choices.moved_from:
        # "from AG 1 to AG 2" is a move: the writer is registered already, and this is no new registration
        reasons.append(f"reads like a move from {', '.join(r.choices.moved_from)} to another workgroup: a change?")
    if kind == "change" and not parsed.workgroups and parsed.party_size is None and not r.choices.moved_from:
        # "Kann ich in eine andere Gruppe wechseln statt AG 2?": a change with neither a new workgroup nor
        # a new number understood would only tell the writer that everything stays as it is
        reasons.append("a change, but neither a new workgroup nor a new number of persons was understood")
    if kind == "change" and r.choices.moved_from and not parsed.workgroups:
        # "an den Hallentisch wechseln statt Tisch 2": the old workgroup is read, the new one is not;
        # acted on, the change would keep the writer where they no longer want to be
        reasons.append(f"moves away from {', '.join(r.choices.moved_from)}, but the new workgroup was not understood")
    part = _part_of_day_only(r) if kind == "registration" and not parsed.workgroups and not r.choices.spans else None
    if part:
        # "je m'inscris, mais je viendrai seulement le matin, pas aux ateliers", "буду только на утренней части":
        # a part of the day and no workgroup; placed by the rules the writer would sit in a group never chosen
        reasons.append(f"comes for a part of the day and names no workgroup: '{part}' (which workgroup, if any?)")
    if kind == "registration" and not parsed.workgroups and r.choices.spans:
        # every workgroup the text names was set aside (negated, a past one, a first thought): the
        # rules would place the writer in a group the writer never chose
        s, e = r.choices.spans[0]
        reasons.append(f"workgroup named but set aside (negated or past?): '{' '.join(r.analysed[s:e].split())[:40]}'")
    if kind == "change" and len(parsed.workgroups) < 2:
        ranked = ranking_words(r.analysed) or [(s, e) for s, e, _rank in rank_phrases(r.analysed)]
        if ranked:
            # "Erst- und Zweitwunsch tauschen", "meinen Zweitwunsch auf AG 2 ändern": a change of one of
            # the ranked choices; acted on with one workgroup, the other choice would be lost
            s, e = ranked[0]
            reasons.append(f"a change of ranked choices ('{' '.join(r.analysed[s:e].split())}'), "
                           f"but {len(parsed.workgroups) or 'no'} workgroup read: which choice changes?")
    if kind == "change" and r.choices.unordered:
        reasons.append("several workgroups in a change: which one is new?")
    proxy = [c for c in r.cues if c.concept == "proxy" and not _for_organisation(r.analysed, c, r.organisation)]
    if kind == "registration" and proxy and not r.someone_else:
        # the reader found nobody else to register, yet the writer speaks for someone
        reasons.append(f"registers someone else: '{_context(r.analysed, proxy[0])}'")
    if kind == "registration" and not r.someone_else and r.party.size == 1:
        uncounted = uncounted_companion(r.analysed, r.party.spans, writer_registered=True)
        if uncounted:
            # the person may be the one registered, or one more who comes: either way not the party of one
            reasons.append(f"names a person not counted: '{uncounted}'")
        other = other_person(r.analysed, parsed.name)
        if other:
            # "quisiera inscribir a nuestro presidente Carlos Ruiz": a person named who is not the writer
            # and not counted may be the one registered, in words the reader does not know
            reasons.append(f"names another person: '{other}'")
    # (in a change, "same workshop" keeps the one registered: nothing to place)
    same = _SAME_GROUP_RE.search(r.analysed) if kind == "registration" and not parsed.workgroups else None
    if same:
        # "dieselbe AG wie letztes Jahr", "the same workshop as my colleague", "la même table que …": a
        # workgroup the writer names by something mailbot does not know; placed by the rules it would be
        # any group
        reasons.append(f"asks for the same workgroup as someone or something: '{' '.join(same.group(0).split())}'")
    listed = _named_party_without_writer(r, parsed) if kind == "registration" else None
    if listed:
        # "im Auftrag des Vorstands melde ich folgende zwei Personen an: 1) Herr Bilal Karaca … 2) Frau Hatice
        # Yaman": as many people named by title as come, the writer not among them: the writer registers
        # others, and the registration is theirs, not the writer's
        reasons.append(f"registers {parsed.party_size} people named, the writer not among them: {listed} (whose name?)")
    introduced = introduced_other(r.analysed, parsed.name) if kind == "registration" else None
    if introduced:
        # "ich schreibe für meine Mama, sie heißt Samira Nasser": the person introduced may be the one who
        # registers, whatever the party size (the writer may come along)
        reasons.append(f"introduces another person: '{introduced}'")
    if kind == "registration" and _only_asks_the_reader(r):
        # "Melden Sie sich jetzt für unseren Newsletter an", "Sign up now": every sign-up word of the mail
        # asks the reader to sign up (an advertisement, an invitation), none says the writer does
        reasons.append("asks the reader to sign up, but says nobody signs up here (an advertisement or an invitation?)")
    if kind in ("registration", "change"):
        below = _coming_below_signature(r)
        if below:
            # "Viele Grüße, Murat … Ich komme auch mit! – Ayşe": a second writer's line under the signature of
            # a shared mailbox; the reader takes the signature for nobody's words
            reasons.append(f"a line under the signature says someone comes: '{below}'")
        too = _comes_too_uncounted(r)
        if too:
            # "Ali Yilmaz kommt auch mit", "our treasurer will also attend": one more person, named in
            # words the party reading does not count (a name, a role, "eine Kollegin")
            reasons.append(f"someone else comes too, not counted: '{too}'")
    if kind == "registration" and r.someone_else and r.party.size > 1 and not _stated_total(r):
        # "meine Kollegin Aylin Demir nimmt teil … Bestätigung an sie": the colleague named is the
        # attendee; counted as the writer's companion she makes two, though the writer may not come
        reasons.append("registers someone else, and the party was counted from the people named: "
                       "does the writer come too?")
    if kind == "registration" and (r.intent.existing or _is_reply(parsed)):
        change = [c for c in r.cues if c.concept == "change"]
        if change:
            reasons.append(f"reads like a change of a registration: '{_context(r.analysed, change[0])}'")
        fine = _ALL_CORRECT_RE.search(lowered(r.analysed))
        if fine:
            # "danke für die Bestätigung. Alles richtig so: AG 3, wir kommen zu zweit", "всё верно": a reply that
            # says the registration is right as it stands repeats it; answered as a new one, it is booked again
            said = " ".join(r.analysed[fine.start() : fine.end() + 20].split())
            reasons.append(f"a reply that says all is correct: '{said}' (nothing to do?)")
    if kind in ("registration", "change") and not parsed.workgroups:
        # (or which one fits them best: "Najlepiej pasujemy do sali z chórami", "the music room suits us best")
        prefers = _a_preference(lowered(r.analysed)) or _FITS_BEST_RE.search(lowered(r.analysed))
        # (a first or second choice stated: "my first choice is Work and Health", "Erstwunsch: …")
        ranked = None if prefers else next(iter(rank_phrases(r.analysed)), None)
        if prefers or ranked:
            # "prefiero el de educación", "am liebsten das mit den Vereinen", "my first choice is <a title in
            # English>": the writer says which group, in words the reader did not match to one; placed by
            # the rules it may be the wrong one
            said = _around(r.analysed, prefers) if prefers else " ".join(r.analysed[ranked[0] : ranked[1] + 30].split())[:60]
            reasons.append(f"says which workgroup it prefers, but none was understood: '{said}'")
    if kind in ("registration", "change") and parsed.workgroups:
        ranked = [(s, e) for s, e, rank in rank_phrases(r.analysed)
                  if rank == 2 and not _NO_MATTER_RE.match(lowered(r.analysed), e)]
        if ranked and len(parsed.workgroups) < 2 and kind == "registration":  # (a change: the ranked-change check)
            # "the language cafe would be our second choice": a second choice the reader did not read
            s, e = ranked[0]
            reasons.append(f"speaks of a second choice ('{' '.join(r.analysed[s:e].split())}'), "
                           f"but {len(parsed.workgroups) or 'no'} workgroup read")
        fallback = _fallback_not_read(r)
        if fallback:
            # "Workshop 1, а якщо там не буде місць, то про багатомовність": the second choice after a
            # no-room condition was not understood; placed without it, the writer may go unplaced
            reasons.append(f"a second choice after '{fallback}' not understood")
        first = _fallback_read_first(r, config) if len(parsed.workgroups) > 1 else None
        if first:
            # "am liebsten ins Atelier C. Falls das schon voll ist, wäre Atelier A …": the workgroup after the
            # no-room condition is the second choice; read as the first, the order is the wrong way round
            reasons.append(f"{parsed.workgroups[0]} is named after '{first}', but read as the first choice")
    if kind == "registration" and not parsed.workgroups and not any("prefers" in x for x in reasons):
        interest = _a_preference(lowered(r.analysed), _INTERESTED_RE)
        if interest:
            # "Zanima nas sto o starijim ljudima", "Mowduuca aan danaynayno waa guryaha": the writer says
            # what interests them, in words the reader did not match to a workgroup; the rules would
            # place them in whichever group is emptiest
            reasons.append(f"says what interests it, but no workgroup was understood: '{_around(r.analysed, interest)}'")
    if kind == "registration" and not parsed.workgroups and not any("interests it" in x or "prefers" in x for x in reasons):
        quoted = _QUOTED_RE.search(r.analysed)
        if quoted and not _event_quoted(quoted.group("q"), config):
            # 'beşdarî xebata "stran û def" bibim', 'am liebsten „Trommeln für alle"': a name in quotes where
            # no workgroup was read is most often the workgroup, named in words the reader does not have
            reasons.append(f"names something in quotes, but no workgroup was understood: '{quoted.group('q')}'")
    unsure = _unsure_count(r) if kind in ("registration", "change") else None
    if unsure:
        # "erstmal nur ich, vllt kommen noch 1-2 Leute dazu", "maybe two friends will join", "wir kommen zu
        # 3-4 Personen": a count said as a maybe or a range is no number to book places for
        reasons.append(f"unsure how many come: '{unsure}'")
    colour = _colour_not_read(r, config) if kind in ("registration", "change") else None
    if colour:
        # "the yellow round", "il gruppo azzurro", "жовта група" where the workgroups are named by colours: a
        # colour the reader did not take as a workgroup may be the one the writer chose
        reasons.append(f"colour not understood as a workgroup: '{colour}'")
    vague = _how_many_not_said(r) if kind == "registration" and not r.party.stated else None
    if vague:
        # "ich bringe ein paar Freunde mit", "our whole board will attend", "ailemle geleceğim", "me and a
        # plus-one": more than the writer come, and how many is not said; booked as one, the places are short
        reasons.append(f"several come, but how many is not said: '{vague}'")
    handle = _HANDLES_LISTED_RE.search(r.analysed) if kind in ("registration", "change") and r.party.size < 3 else None
    if handle:
        # "ich + @selin.kyy + @mel.oztrk wollen zur sommerakademie": people listed by their social-media handles,
        # whom the party reading does not count as persons
        reasons.append(f"people named by a handle: '{' '.join(handle.group(0).split())}' (how many come?)")
    per = _count_beside(r, _PER_EACH_RE) if kind in ("registration", "change") else None
    if per:
        # "2 Vereine mit je 2 Personen", "two people per association", "her dernekten 2 kişi", "по 2 человека":
        # a count for each of several is no total; the party reading would take one of the numbers
        reasons.append(f"counts per association or group, not in all: '{per}'")
    address = _address_not_answered(r, parsed, config) if kind in ("registration", "change", "cancellation") else None
    if address:
        # "Potvrdu pošaljite na moju privatnu adresu …", "mein Kollege (x@…) kommt auch": an address in the
        # writer's own words that is not the one answered may be where the answer should go, or a person
        # to register; the reader did not take it as either
        reasons.append(f"names an address that is not the one answered: '{address}'")
    alone = _writer_comes_alone(r) if kind == "registration" and r.someone_else else None
    if alone:
        # "Merci d'envoyer la confirmation à ma collègue … Je viendrai seule": the answer is to go to
        # another person's address, but the writer says they come alone: the writer is the one registered
        reasons.append(f"the answer goes to {r.email}, but the writer says '{alone}': who comes?")
    before = _count_of_another_time(r, config.event.starts.year) if kind in ("registration", "change") else None
    if before:
        # "Letztes Jahr waren wir zu fünft, dieses Jahr nur ich", "last time 4 of us came": the count read is
        # said of another year or time; the party coming now may be another
        reasons.append(f"a count said of another time: '{before}'")
    later = next((c for c in r.cues if c.concept == "defer"), None) if kind == "registration" else None
    if later and not (r.intent.register or r.intent.attend):
        # "I have a couple of questions about workgroup 2 before I register", "ein paar Fragen zur AG 2, bevor ich
        # mich anmelde": the only sign-up is one to come; the mail asks first (a question without "?")
        reasons.append(f"speaks of signing up later: '{_context(r.analysed, later)}' (a question first?)")
    held = _signs_up_on_condition(r) if kind == "registration" else None
    if held:
        # "Ich komme gerne mit 3 Personen zur AG 2, wenn es eine Kinderbetreuung gibt", "vengo solo se c'è la
        # traduzione", "izin alırsam gelirim": the sign-up holds only if something is so that nobody has
        # confirmed yet; answered as a registration, the condition is lost
        reasons.append(f"signs up on a condition: '{held}'")
    if kind == "registration" and not parsed.workgroups and answers_us(parsed, config):
        # a reply to our own mail names no workgroup: it is about the registration we answered
        reasons.append("a reply to our mail without a workgroup: a change of the registration?")
    return reasons


_INTERESTED_RE = gated(concept_pattern("interested"))
# a social-media handle (no e-mail address: nothing of a word before the @) joined to others by "+", "&", "and", a
# comma ("ich + @selin.kyy", "@ayse_k and me", "mit @mel.oztrk")
_HANDLE = r"(?<![\w.@])@[A-Za-z0-9_][\w.]{1,29}(?<!\.)(?![\w@])"
_HANDLES_LISTED_RE = gated(re.compile(
    rf"(?:\+|&|\b(?i:und|and|mit|with|et|y|e|ve|i|и)\b|,)[^\S\n]*{_HANDLE}|{_HANDLE}[^\S\n]*(?:\+|&|\b(?i:und|and|et|y|e|ve|i|и)\b|,)"))
_ALL_CORRECT_RE = gated(concept_pattern("all_correct"))
_FITS_BEST_RE = gated(concept_pattern("fits_best"))
_MAYBE_RE = gated(concept_pattern("maybe"))
_PER_EACH_RE = gated(concept_pattern("per_each"))
# "3-4 Personen", "2–3": the party reading takes the last number of a range
_RANGE_RE = re.compile(r"\d\s*[-–—]\s*\d")
_COUNTS = ("number", "number_word", "persons", "companion")


def _unsure_count(r: Reading) -> str | None:
    """The sentence in which a count of persons is a range, or is said together with a `maybe` word."""
    text = r.analysed
    for s, e in r.party.spans:
        if e <= len(text) and _RANGE_RE.search(text[max(0, s - 4) : e]):
            return " ".join(_sentence_of(text, s, e).split())[:80]
    return _count_beside(r, _MAYBE_RE)


_COLOURS_RE = gated(concept_pattern("colours"))


@functools.lru_cache(maxsize=32)
def _named_by_colours(workgroups: tuple) -> bool:
    """Are two or more workgroups named by a colour (id or alias)? Once per event (configs are frozen)."""
    return sum(any(_COLOURS_RE.search(lowered(x)) for x in (wg.id, *wg.aliases)) for wg in workgroups) >= 2


def _colour_not_read(r: Reading, config: Config) -> str | None:
    """A colour word outside every workgroup read, when two or more workgroups are named by a colour."""
    if not _named_by_colours(config.workgroups):
        return None
    for m in _COLOURS_RE.finditer(lowered(r.analysed)):
        if not any(s <= m.start() < e for s, e in r.choices.spans):
            return _around(r.analysed, m)
    return None


_SEVERAL_RE = gated(concept_pattern("several"))
_WHOLE_GROUP_RE = gated(concept_pattern("whole_group"))


@functools.cache
def _person_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Person words (`companions`, `many_companions`, `persons`) by their first three letters, and number words."""
    stems: dict[str, set[str]] = {}
    for c in ("companions", "many_companions", "persons"):
        for w in words(c):
            b = bare(w)
            if len(b) >= 3 and " " not in b:
                stems.setdefault(b[:3], set()).add(b)
    return {k: tuple(v) for k, v in stems.items()}, frozenset(bare(w) for w in numbers("cardinals"))


def _names_persons(text: str) -> bool:
    """Does the text hold a person word or a number word (a count of persons needs one besides digits, which
    the evidence lists anyway)? Word by word, by the first three letters (an alternation of the ~900 stems
    tried at every position cost 10 µs a line)."""
    stems, cardinals = _person_words()
    for word in bare(text).split():
        word = word.strip(".,;:!?()\"'«»„“”")
        for w in (word, word[2:] if word.startswith("ال") else word):  # (Arabic "الزملاء": the article)
            if w in cardinals or any(w.startswith(st) for st in stems.get(w[:3], ())):
                return True
    return False


def _how_many_not_said(r: Reading) -> str | None:
    """A sentence that speaks of coming and says a whole group or "a few" persons come, without a number."""
    text, low = r.analysed, lowered(r.analysed)
    found = [m for m in _WHOLE_GROUP_RE.finditer(low)]
    for m in _SEVERAL_RE.finditer(low):
        # ("a few friends", "einige Mitglieder", "بعض الزملاء": a person word within the next three words;
        # "einige Fragen", "some questions" are no persons)
        after = " ".join(text[m.end() : m.end() + 60].split()[:3])
        if _names_persons(after):
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        sentence = _sentence_of(text, m.start(), m.end())
        if speaks_of_coming(sentence):
            return " ".join(sentence.split())[:80]
    # "wir sind mehrere Personen aus dem Vorstand", "wir sind für Personen" (dictated "vier"), "there will be for
    # of us": the place of our count holds a word that is none (not in a workgroup's name)
    for m in _PERSONS_OF_US_RE.finditer(text):
        if any(s <= m.start() < e for s, e in r.choices.spans):
            continue
        word = m.group("x") or m.group("y") or ""
        if bare(word.lower()) in _person_words()[1] or word.lower() in ("both", "beide"):
            continue  # a count ("wir sind vier Personen", "two of us"): the party reading's
        return " ".join(_sentence_of(text, m.start(), m.end()).split())[:80]
    return None


_PERSONS_OF_US_RE = gated(re.compile(
    rf"(?<!\w)(?:wir sind|wir werden|we are|we'?ll be|we will be|there will be|nous sommes|nous serons|es kommen)"
    rf"\s+(?:(?P<x>[^\W\d_]+)\s+)?(?:{PEOPLE})(?!\w)|(?<!\w)(?P<y>[^\W\d_]+)\s+of\s+us(?!\w)", re.I))


def _count_beside(r: Reading, pattern: re.Pattern) -> str | None:
    """The first sentence with a match of `pattern` and a count of persons (read or not)."""
    text = r.analysed
    for m in pattern.finditer(lowered(text)):
        left, right = _sentence_bounds(text, m.start(), m.end())
        if (any(left <= s < right for s, _e in r.party.spans)
                or any(left <= i.start < right for i in r.unexplained if i.concept in _COUNTS)
                # (the party reading only where a count can be: most such sentences have none)
                or _names_persons(text[left:right]) and party_size(text[left:right]).explicit):
            return " ".join(text[left:right].split())[:80]
    return None


_PROVIDED_RE = gated(concept_pattern("provided"))  # "wenn", "if", "se", "якщо": the condition follows
_PROVIDED_AFTER_RE = gated(concept_pattern("provided_after"))  # "varsa", "şartıyla": it goes before
_THERE_IS_RE = gated(concept_pattern("there_is"))  # "es gibt", "there is", "c'è", "varsa", "будет", "kostenlos"
_ONLY_IF_RE = gated(concept_pattern("only_if"))  # "nur wenn", "only if", "solo se", "только если"
_CLAUSE_END_RE = re.compile(r"[,;:.!?،؛()]|\s[-–]\s")
_POSSIBLE_RE = gated(concept_pattern("possible"))  # "wenn möglich", "if necessary", "якщо можна"
_ASKS_BEFORE_RE = gated(concept_pattern("ask_or_know"))  # "ask if", "savoir si": whether, not a condition


def _signs_up_on_condition(r: Reading) -> str | None:
    """The first condition on what the event offers ("wenn es eine Kinderbetreuung gibt", "se c'è la
    traduzione", "çocuk bakımı varsa", "if it is free") or said with "only if", in a sentence that signs up
    or says the writer comes. A proviso on the writer's own day ("falls ich frei bekomme", "if my shift
    allows") is how people register: they cancel if it fails. Not a condition about room, a workgroup or a
    number (a second choice), "if possible", "if that's ok", nor "ask if" (whether)."""
    text, low = r.analysed, lowered(r.analysed)
    found = [(m, True) for m in _PROVIDED_RE.finditer(low)] + [(m, False) for m in _PROVIDED_AFTER_RE.finditer(low)]
    for m, follows in sorted(found, key=lambda f: f[0].start()):
        # the clause first, within the reach of a sentence (most "if"s hold no offer: no sentence bounds taken)
        if follows:
            end = _CLAUSE_END_RE.search(low, m.end(), m.end() + 300)
            start, end = m.start(), end.start() if end else min(len(low), m.end() + 300)
        else:
            starts = [c.end() for c in _CLAUSE_END_RE.finditer(low, max(0, m.start() - 300), m.start())]
            start, end = (starts[-1] if starts else max(0, m.start() - 300)), m.end()
        strong = _ONLY_IF_RE.search(low[max(0, m.start() - 12) : m.end()].replace(",", ""))
        if not (strong or _THERE_IS_RE.search(low[start:end])):
            continue
        left, right = _sentence_bounds(text, m.start(), m.end())
        start, end = max(start, left), min(end, right)
        clause = low[start:end]
        if not (strong or _THERE_IS_RE.search(clause)):
            continue
        before = " ".join(low[left : m.start()].split()[-3:])
        if (re.search(r"\d", clause) or ROOM_RE.search(clause) or GROUP_RE.search(clause)
                or _IF_FULL_LOOSE_RE.search(clause) or NO_ROOM_RE.search(clause)
                or (_POSSIBLE_RE.search(clause) or IS_THAT_OK_RE.search(clause)) and len(clause.split()) <= 5
                or _ASKS_BEFORE_RE.search(before)
                or not speaks_of_coming(text[left:right])):
            continue
        return " ".join(text[start:end].split())[:80]
    return None


_LAST_TIME_RE = gated(concept_pattern("last_time"))
_YEAR_RE = re.compile(r"(?<![\d.,:/-])(?:19[5-9]\d|20\d\d)(?![\d.,:/-]?\d)")  # a year, not a part of a date or an amount


def _count_of_another_time(r: Reading, event_year: int | None = None) -> str | None:
    """The sentence of a count the party reading took that also says "last year", "last time", or names a year
    other than the event's ("2024 kamen 10 Personen", "In 2024, 10 people came from our club")."""
    if not r.party.spans:
        return None
    text = r.analysed
    # (a year right beside the count, 12 characters at most: "2024 kamen 10 Personen", "in 2024, 10 people";
    # not "seit 2015 ehrenamtlich …, ich komme allein": a year elsewhere in the sentence is about something else)
    for m in _YEAR_RE.finditer(text):
        # (a count in digits: "nel 1968 con mio marito" is a companion beside a year of a life story)
        if int(m.group(0)) != event_year and any(
                (0 <= s - m.end() <= 12 or 0 <= m.start() - e <= 12) and any(ch.isdigit() for ch in text[s:e])
                for s, e in r.party.spans):
            left, right = _sentence_bounds(text, m.start(), m.end())
            return " ".join(text[left:right].split())[:80]
    for m in _LAST_TIME_RE.finditer(lowered(text)):
        left, right = _sentence_bounds(text, m.start(), m.end())
        if any(left <= s < right for s, _e in r.party.spans):
            return " ".join(text[left:right].split())[:80]
    return None


_ALONE_RE = gated(concept_pattern("alone"))


def _named_party_without_writer(r: Reading, parsed: Parsed) -> str | None:
    """The people named with a title ("Herr Bilal Karaca", "Frau Hatice Yaman"), when there are as many as the
    party and none carries the writer's family name: "'Herr Bilal Karaca', 'Frau Hatice Yaman'", else None."""
    size = parsed.party_size or 0
    text = r.analysed[:20_000]
    if size < 2 or not parsed.name or _ME_AND_RE.search(lowered(text)):
        return None  # ("Frau Gül Arslan, Frau Hevin Omar und ich": the writer comes too)
    names: dict[str, str] = {}
    for m in TITLED_NAME_RE.finditer(text):
        end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(text)]
        said = " ".join(m.group(0).split())
        # a first and a family name after the title, not in a greeting or a closing ("Sehr geehrte Frau X",
        # "Grüße an Herrn Y"); the same family name twice is one person ("Frau Ilse Hagedorn … Frau Hagedorn")
        if len(said.split()) >= 3 and not _GREETING_WORD_RE.search(lowered(line)):
            names.setdefault(said.split()[-1].casefold(), said)
        if len(names) > size:
            return None
    own = parsed.name.split()[-1].casefold()
    if len(names) != size or own in names:
        return None
    return ", ".join(f"'{n}'" for n in names.values())


# the writer joined to others by "and" ("und ich", "me and", "et moi", "y yo", "ve ben", "и я", "و أنا"), on lowered() text
_ME_AND_RE = gated(lower_pattern(
    r"(?<!\w)(?:(?:und|and|et|y|e|i|ve|и|і|та|و)[^\S\n]+(?:ich|mich|i|me|myself|moi|yo|io|eu|ja|mnie|ben|beni|я|меня|мене|أنا|من)|"
    r"(?:ich|mich|me|moi|yo|io|eu|ja|ben|я|أنا|من)[^\S\n]+(?:und|and|et|y|e|i|ve|и|і|та|و))(?!\w)"
))
# words of a greeting or a closing line ("Sehr geehrte Frau …", "Dear Ms …", "Grüße an Herrn …"), on lowered() text
_GREETING_WORD_RE = gated(lower_pattern(
    r"(?<!\w)(?:geehrte[rn]?|liebe[rn]?|hallo|dear|hello|hi|chère|cher|estimad[oa]|querid[oa]|gentile|caro|cara|"
    r"sayın|уважаем\w*|шановн\w*|szanown\w*|grüße|grüßen|grüsse|regards|greetings|salutations|saludos|saluti|المحترم\w*)(?!\w)"
))


def _writer_comes_alone(r: Reading) -> str | None:
    """The sentence in which the writer says they come alone ("Je viendrai seule", "Ich komme allein": a
    first-person word), when the address answered is one the writer typed in the text (someone the
    confirmation is to go to) and no forwarded mail speaks for itself. ("Meine Mutter kommt allein", "Elle
    viendra seule" say it of the person registered.)"""
    if r.forwarded or not r.email or r.email not in r.own_text.lower():
        return None
    text = r.analysed
    low = lowered(text)
    for m in _ALONE_RE.finditer(low):
        sentence = _sentence_of(text, m.start(), m.end())
        # (the first person in the clause of "alone": "Sie kommt alleine, ich passe auf die Kinder auf" says the
        # registered person comes alone and the writer stays away)
        left = max([low.rfind(ch, max(0, m.start() - 120), m.start()) for ch in ",;:–.!?\n"] + [max(-1, m.start() - 121)]) + 1
        ends = [i for i in (low.find(ch, m.end(), m.end() + 120) for ch in ",;:–.!?\n") if i >= 0]
        clause = low[left : min(ends) if ends else m.end() + 120]
        if speaks_of_coming(sentence) and FIRST_PERSON_RE.search(clause):
            return " ".join(sentence.split())[:60]
    return None


def _address_not_answered(r: Reading, parsed: Parsed, config: Config) -> str | None:
    """The first address in the writer's own text (not the signature) that is neither the one answered,
    the writer's, ours, nor a machine's."""
    if "@" not in r.own_text:
        return None
    known = {a.lower() for a in (parsed.email, r.email) if a} | set(config.own_addresses)
    for m in EMAIL_RE.finditer(r.own_text):
        address = m.group(0).strip(".").lower()
        if address not in known and not is_machine_address(address):
            return address
    return None


def _fallback_clauses(r: Reading):
    """(condition, start, end) of each no-room or "alternatively" condition and the words after it in its
    sentence (to a blank line: a single line break is a client's hard wrap)."""
    low = lowered(r.analysed)
    for found in [*NO_ROOM_RE.finditer(low), *_IF_FULL_LOOSE_RE.finditer(low), *_ALTERNATIVE_RE.finditer(low)]:
        ends = [i for i in (low.find(ch, found.end()) for ch in (".", "!", "?", "\n\n")) if i >= 0]
        yield found, found.end(), min(ends + [found.end() + 120, len(low)])


def _fallback_read_first(r: Reading, config: Config) -> str | None:
    """The condition after which the reader's first choice stands."""
    matcher = event_matcher(config)
    for found, start, end in _fallback_clauses(r):
        if any(start <= s < end for s, _ in r.choices.spans) and r.choices.ids[0] in choose(
                r.analysed[start:end], matcher).ids:
            return " ".join(r.analysed[found.start() : found.end()].split())
    return None


def _fallback_not_read(r: Reading) -> str | None:
    """A no-room condition ("if there is no place left") with words after it in its sentence and no
    workgroup read there: the fallback the writer named, not understood."""
    low = lowered(r.analysed)
    for found, start, end in _fallback_clauses(r):
        if any(start <= s < end for s, _ in r.choices.spans):
            continue
        if len(_WORD_RE.findall(low, start, end)) >= 2:
            return " ".join(r.analysed[found.start() : found.end()].split())
    return None


_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# "2. Wahl: egal", "second choice: any": no second choice is named
_NO_MATTER_RE = gated(re.compile(
    r"[\s:–-]{0,4}(?:egal|beliebig|keine|any|whatever|none|no matter|doesn't matter|igual|cualquiera|n'importe|"
    r"fark etmez|farketmez|неважно|всё равно|все равно|байдуже|nieważne|bez znaczenia|فرقی نمی|لا يهم)\b"
))
# "alternativ", "as an alternative", "in alternativa", "alternativamente", "alternatywnie": a fallback follows
_ALTERNATIVE_RE = gated(re.compile(r"\b(?:altern(?:ati|aty|atie)\w*|альтернатив\w*)", re.I))

# "if that one's full", "falls die ausgebucht ist", "si está lleno", "если группа заполнена": the full
# workgroup's condition, in the reader's languages (a no-room phrase is NO_ROOM_RE). Looser than intent.IF_FULL_RE,
# which decides what is read: here it only asks whether a fallback went unread, and a word like "full" said of
# something else costs a review, not a wrong answer
_IF_FULL_LOOSE_RE = gated(lower_pattern(
    r"\b(?:if|wenn|falls|sofern|si|se|eğer|egy|если|якщо|jeśli|jeżeli|ako|dacă|εάν|αν)\b(?:[^.!?\n]|\n(?![^\S\n]*\n)){0,30}?"
    r"\b(?:full|booked up|fully booked|voll|ausgebucht|belegt|complet|complète|lleno|llena|completo|completa|"
    r"pieno|piena|dolu\w*|заполнен\w*|переполнен\w*|заповнен\w*|pełn\w*|popunjen\w*|plin\w*|γεμάτ\w*)\b"
))


# "on behalf of our association", "au nom de l'association": the writer speaks for an organisation
# (the name may come first: "on behalf of the Indian Students Association")
_ORG_AHEAD_RE = gated(re.compile(rf"[^.!?\n]{{0,50}}?(?:{ORG_WORDS.pattern})"))
# "4 people instead of 2", "von 3 auf 2", "z 2 na 3", "از ۳ به ۲": the number a change replaces
# "trei persoane, nu două", "drei, nicht zwei": the number after a "not" is the old one too
_FROM_BEFORE_RE = gated(re.compile(r"(?:instead of|rather than|statt|anstatt|from|von|vom|z|ze|od|iz|de|din|с|з|از|من|بدلا من|بدلاً من|"
                                   r"not|nicht|nu|non|nie|не|niet|não|nao|(?:y|e|pero|ma) no|"
                                   # "instead of" in the other languages of the vocabulary
                                   r"invece di|umesto|umjesto|уместо|вместо|замість|αντί για|αντί|în loc de|in loc de|en lugar de|"
                                   r"en vez de|em vez de|ao invés de|au lieu de|badala ya|thay vì|به جای|بجای|i stedet for|"
                                   r"istället för|i stället för|in plaats van|zamiast|li şûna|në vend të|halkii)\s*$", re.I))
# "üç kişi yerine", "három fő helyett": Turkish and Hungarian put "instead of" after the old number
_INSTEAD_AFTER_RE = gated(re.compile(r"[^\S\n]+(?:[\w‌]+[^\S\n]+)?(?:yerine|helyett)\b", re.I))


# the space and a short word after a proxy cue ("im Auftrag von", "on behalf of", "de la part de")
_PREPOSITION_AHEAD_RE = re.compile(r"([^\S\n]*)(?:[^\W\d_]{1,4}[^\S\n]+)?")


def _for_organisation(text: str, cue: Item, organisation: str | None = None) -> bool:
    """'on behalf of our association', 'kadınlar kolu adına': the writer speaks for an organisation.

    The reader blanks the organisation it found out of the analysed text (reading._without), so
    "au nom de l'Association …" reads "au nom de l'      …": a blank of the organisation's length
    right after the cue is the organisation too.
    """
    low = lowered(text)
    ahead = _PREPOSITION_AHEAD_RE.match(text, cue.end)
    if TITLED_NAME_RE.match(text, ahead.end(1)) or TITLED_NAME_RE.match(text, ahead.end()):
        return False  # "im Auftrag von Frau Gertrud Lohmann melde ich die Caritas-Konferenz …": for a person
    if organisation and len(organisation) >= 6 and " " * len(organisation) in text[cue.end : cue.end + 25 + len(organisation)]:
        return True
    if organisation and len(organisation) >= 6 and text[max(0, cue.start - 25 - len(organisation)) : cue.start].endswith(
            " " * len(organisation)):
        return True  # Turkish puts "on behalf of" after its noun: "Karadeniz Kültür Derneği adına" (blanked before it)
    return bool(_ORG_AHEAD_RE.match(low, cue.end) or ORG_WORDS.search(low, max(0, cue.start - 30), cue.start))


# "Сама я, на жаль, прийти не зможу", "I myself cannot come": the writer who registers someone else
# says they do not come themselves; that takes nothing back
MYSELF_RE = gated(concept_pattern("myself"))  # (the `myself` words of the vocabulary files)
# "Statt mir kommt mein Kollege", "Ольга заменит меня", "benim yerime Ayşe gelecek": another person
# takes the writer's place; acted on, the writer would stay registered and the one who comes would not be
IN_MY_PLACE_RE = gated(concept_pattern("in_my_place"))


# words of preferring or being interested (any language the reader knows): a choice is being made
_PREFERS_RE = gated(lower_pattern(
    rf"(?<!\w)(?:{PREFER_WORDS}|"
    r"interessier\w*|interessiert\w*|interested|interest(?:s|ing)? (?:me|us)|intéress\w*|interesa\w*|interessa\w*|"
    r"interesuj\w*|zainteresowan\w*|интересу\w*|интересн\w* (?:мне|нам)|цікав\w*|ilgi\w*|"
    r"يهمني|يهمنا|مهتم\w*|علاقه)(?!\w)"
))


def _a_preference(low: str, words: re.Pattern | None = None) -> re.Match | None:
    """The first word of preferring or of interest that is not said of all groups alike ("alle Themen sind
    interessant", "all of them sound interesting", "todos nos interesan", "все темы интересны"), unless
    its sentence singles one out ("… aber besonders", "especially")."""
    for found in (words or _PREFERS_RE).finditer(low):
        left, right = _sentence_bounds(low, found.start(), found.end())
        clause_start = max(low.rfind(ch, left, found.start()) for ch in ",;:–")
        if not (_ALL_ALIKE_RE.search(low, max(left, clause_start), found.start())
                or _ALL_ALIKE_RE.match(low, found.end())) or _SINGLES_OUT_RE.search(low, left, right):
            return found
    return None


# "all" said of the groups or topics before a word of interest ("alle Themen sind interessant", "all of
# them", "todos", "tous", "все темы"), or right after it ("interessiert uns alles"), on lowered() text
_ALL_ALIKE_RE = gated(lower_pattern(
    r"(?<!\w)(?:alle|all|todos|todas|tous|toutes|tutti|tutte|все|всі|усі|wszystkie|hepsi|tüm|كل|جميع|همه)"
    r"(?:[^\S\n]+(?:the|of|los|las|les|i|le|die|drei|three|tres|trois|tre|три|3|4|5)){0,2}[^\S\n]+"
    r"(?:themen|topics|themes|temas|thèmes|temi|tematy|темы|теми|теми|konular\w*|موضوعات|الموضوعات|گروه‌ها|"
    r"gruppen|groups|workshops|ags|arbeitsgruppen|grupos|groupes|ateliers|gruppi|группы|групи|grupy|gruplar\w*|"
    r"them|ellos|elles)(?!\w)[^.!?\n]{0,40}$|"
    r"[^\S\n]+(?:\w+[^\S\n]+)?(?:alles|everything|todo|tout|tutto|всё|все темы|hepsi)(?!\w)"
))
# words that single one out after all: "aber besonders", "especially", "vor allem", "sobre todo"
_SINGLES_OUT_RE = gated(lower_pattern(
    r"(?<!\w)(?:aber|but|pero|mais|ma|но|але|ama|besonders|especially|particularly|vor allem|am meisten|most|"
    r"surtout|sobre todo|soprattutto|especialmente|особенно|особливо|szczególnie|özellikle|خصوصا|خاصة|مخصوصا)(?!\w)"
))


# a phrase in quotation marks of any kind, up to 60 characters, on one line
_QUOTED_RE = gated(re.compile(r"[\"„“«»‚‘]\s*(?P<q>[^\W\d_][^\"„“”«»\n]{2,58}?)\s*[\"“”«»’]"))


def _event_quoted(phrase: str, config: Config) -> bool:
    """The event's own name in quotes ("Tag der Migrantenselbstorganisationen") names no workgroup."""
    words = {w.casefold() for w in re.findall(r"\w+", phrase)}
    event = {w.casefold() for w in re.findall(r"\w+", config.event.name or "")}
    return bool(words) and len(words & event) >= max(1, len(words) // 2)


_PART_OF_DAY_RE = gated(concept_pattern("part_of_day"))


def _part_of_the_day(r: Reading) -> str | None:
    """The first sentence that takes something back right beside a part of the day (morning, afternoon,
    the whole day)."""
    text = r.analysed
    for m in _PART_OF_DAY_RE.finditer(lowered(text)):
        left, right = _sentence_bounds(text, m.start(), m.end())
        # (what is taken back stands next to the part of the day: "non posso venire alla mattina"; "that
        # morning I have to interpret at court, … so I cannot come" tells why the whole day is given up)
        if takes_back(text[max(left, m.start() - 30) : min(right, m.end() + 30)]) and not _EVEN_BEFORE_RE.search(
                lowered(text[max(left, m.start() - 12) : m.start()])):
            return " ".join(text[left:right].split())[:80]
    return None


def _part_of_day_only(r: Reading) -> str | None:
    """The first sentence that names a part of the day, not the whole day ("nur vormittags", "le matin";
    not "den ganzen Tag", "all day")."""
    text = r.analysed
    for m in _PART_OF_DAY_RE.finditer(lowered(text)):
        if not _WHOLE_DAY_RE.search(m.group(0)):
            left, right = _sentence_bounds(text, m.start(), m.end())
            return " ".join(text[left:right].split())[:80]
    return None


# the `part_of_day` words that name the whole day
_WHOLE_DAY_RE = re.compile(r"ganz|whole|all day|toute|весь|tüm|bütün|todo|cały|تمام|طوال|intera|tutto|hele|hela", re.I)


# "daher kann ich auch vormittags nicht kommen", "not even in the morning", "même pas le matin": the part of
# the day said with "also / even" is the whole day given up
_EVEN_BEFORE_RE = re.compile(r"(?<!\w)(?:auch|sogar|even|also|même|anche|neanche|también|ni siquiera|também|bile|тоже|также|даже|навіть|też|nawet|حتى|هم)\W*$")




def _after_but(text: str, position: int) -> bool:
    """Does a "but" (aber, mais, ma, но, ama) stand before position in its sentence, or a word of preferring
    in its clause ("bitte streichen Sie AG 2, ich nehme lieber an AG 1 teil")?"""
    left, right = _sentence_bounds(text, position, position)
    if BUT_RE.search(lowered(text[left:position])):
        return True
    begin = max(text.rfind(ch, left, position) for ch in ",;:") + 1 or left
    ends = [i for i in (text.find(ch, position, right) for ch in ",;:") if i >= 0]
    return bool(_PREFER_RE.search(lowered(text[max(begin, left) : min(ends, default=right)])))


_PREFER_RE = re.compile(rf"(?<!\w)(?:{PREFER_WORDS})(?!\w)")


def _sentence_of(text: str, start: int, end: int, ends: re.Pattern | None = None) -> str:
    left, right = _sentence_bounds(text, start, end, ends or _SENTENCE_END_RE)
    return text[left:right]


def _sentence_bounds(text: str, start: int, end: int, ends: re.Pattern | None = None) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends: the last sentence end before it and the
    next (at most 300 characters each way; a line break alone ends nothing in wrapped mail, nor the dot
    of "2. AG", "13.03.")."""
    ends = ends or _SENTENCE_END_RE
    near = max(0, start - 300)
    before = [m.end() for m in ends.finditer(text, near, start)]
    after = ends.search(text, end, min(len(text), end + 300))
    return (before[-1] if before else near), (after.start() if after else min(len(text), end + 300))


_SENTENCE_END_RE = re.compile(r"(?<!\d)\.|\.(?![^\S\n]*\w)|[!?]|\n[^\S\n]*\n")
# for the sentence a workgroup is asked for in: the dot after a digit ends one too where the next opens with a
# word that starts sentences ("… off the waiting list for workgroup 2. I would rather join …"), not where it
# makes an ordinal ("2. AG", "13.03.", "2. Wahl"); (the other rules read "workgroup 2. We are a couple of
# volunteers" as one sentence, which says who comes)
_CLAUSE_END_AFTER_DIGIT_RE = re.compile(_SENTENCE_END_RE.pattern +
                                        r"|(?<=\d)\.(?=[^\S\n]+(?:I|Ich|Wir|We|Je|Nous|Bitte|Please|Danke|Thank)\b)")


def _around(text: str, found: re.Match) -> str:
    """The words around a match on the lowered text (same positions), on one line, short."""
    return " ".join(text[max(0, found.start() - 20) : found.end() + 30].split())[:60]


def _about_myself(text: str, cue: Item) -> bool:
    near = max(0, cue.start - 200)
    start = max([text.rfind(ch, near, cue.start) for ch in ".!?\n"] + [near - 1]) + 1
    return bool(MYSELF_RE.search(lowered(text), start, cue.end))


def _old_number(r: Reading, item: Item) -> bool:
    return item.concept in ("number", "number_word", "ordinal") and bool(
        _FROM_BEFORE_RE.search(r.analysed[max(0, item.start - 16) : item.start])
        or _INSTEAD_AFTER_RE.match(r.analysed, item.end)
    )


def _unused(r: Reading) -> list[Item]:
    return [i for i in r.unexplained if not (i.concept == "group_noun" and (_PLURAL_GROUP_RE.search(i.text) or _in_address(r.analysed, i)
                                                                          or _people_group(r, i) or _own_group(r, i)))
            and not (i.concept == "companion" and (_stated_total(r) or r.party.alone or _named_again(r, i)
                                                   or _not_about_coming(r, i)))
            and not _all_of_the_party(r, i) and not _children_had(r, i) and not _counts_the_choices(r, i)]


def _counts_the_choices(r: Reading, item: Item) -> bool:
    """ "والثاني الورشة رقم 1", "die zweite: AG 1": an ordinal right before a group noun with its own number counts
    the writer's choices (the choice reader takes the number and its order), it names no workgroup."""
    if item.concept != "ordinal":
        return False
    first = re.match(r"\S+", r.analysed[item.start : item.end])
    return bool(first) and counts_the_choices(r.analysed, item.start, item.start + first.end())


def _in_address(text: str, item: Item) -> bool:
    """The word is part of an e-mail address or a web address ("…@ezidisches-forum.example", "www.jugendforum-…"):
    a name, no workgroup."""
    left = max(text.rfind(ch, max(0, item.start - 80), item.start) for ch in " \n\t<(\"'") + 1
    right = min([i for i in (text.find(ch, item.end, item.end + 80) for ch in " \n\t>)\"'") if i >= 0] or [min(len(text), item.end + 80)])
    token = text[left:right]
    return "@" in token or bool(re.match(r"(?:https?://|www\.)", token, re.I))


# a group of people, not a workgroup: "als Gruppe", "as a group", "eine Gruppe aus dem Jugendzentrum", "a group of
# young people", "مجموعة من شباب", "группа из" (a count in it stays evidence of its own; "grupo de trabajo" is a workgroup)
_PEOPLE_GROUP_WORD_RE = re.compile(r"gruppe|group|groupe|grupo|gruppo|grupa|группа|група|مجموعة", re.I)
_AS_GROUP_BEFORE_RE = re.compile(r"(?<!\w)(?:als|as an?|as|en tant que|como|come|jako|как|як)[^\S\n]+$", re.I)
_GROUP_OF_AFTER_RE = re.compile(r"[^\S\n]+(?:aus|of|von|de|di|da|z|ze|из|з|із|من)(?!\w)(?![^\S\n]*\d)(?![^\S\n]+(?-i:[A-ZÄÖÜ]))"
                                r"(?![^\S\n]+(?:trabajo|lavoro|travail|trabalho|pracy|роботи|работы|العمل|robocz))", re.I)


def _own_group(r: Reading, item: Item) -> bool:
    """A group noun for a group the writer's association has, where the workgroup wanted was read elsewhere: "imamo
    četiri folklorna ansambla i žensku pevačku grupu", "wir haben eine Tanzgruppe", "gençlik grubumuzdan" (from our
    youth group), or a table's column ("| Name | Verein | AG |")."""
    if not r.choices.ids:
        return False  # (no workgroup read: a group noun not understood may be the one wanted)
    text = r.analysed
    if _TABLE_CELL_RE.fullmatch(_cell_of(text, item)):
        return True
    ends = [i for i in (text.find(ch, item.end, item.end + 160) for ch in ".!?\n;") if i >= 0]
    rest = lowered(text[item.end : min(ends) if ends else item.end + 160])
    if _WANTS_RE.search(rest) or _INSTEAD_RE.search(rest) or re.search(r"\d", rest) or _PARTICIPLE_RE.search(rest):
        return False  # "… da möchte ich lieber hin", "… gehört", "grubumuzdan 5 kişi de gelecek": said of this group
    if _OUR_SUFFIX_RE.search(item.text):
        return True
    left = max([text.rfind(ch, max(0, item.start - 120), item.start) for ch in ".!?\n;:"] + [max(0, item.start - 120) - 1]) + 1
    clause = lowered(text[left : item.end])
    # (not "I have not decided on the workgroup yet": the having is a tense, the group the event's; "the" group is one
    # known to the reader, "a", "eine" or no article one of the writer's)
    return bool(_HAVE_STRICT_RE.search(clause)) and not _WANTS_RE.search(clause) and not NEGATION_RE.search(clause) and not (
        _DEFINITE_BEFORE_RE.search(clause[: item.start - left])) and not re.match(r"[^\S\n]*\d", text[item.end :])


_DEFINITE_BEFORE_RE = re.compile(r"(?<!\w)(?:the|die|der|den|dem|das|des|le|la|les|el|il|lo|los|las)[^\S\n]+(?:[\w-]+[^\S\n]+)?$")


def _cell_of(text: str, item: Item) -> str:
    """The table cell the item stands in ("| AG |"), or "" when its line is no table row (two bars at least)."""
    start, end = text.rfind("\n", 0, item.start) + 1, text.find("\n", item.end)
    line = text[start : end if end >= 0 else len(text)]
    if line.count("|") < 2 and line.count("\t") < 2:
        return ""
    left = max(text.rfind("|", start, item.start), text.rfind("\t", start, item.start))
    right = min(i for i in (text.find("|", item.end, start + len(line)), text.find("\t", item.end, start + len(line)),
                            start + len(line)) if i >= 0)
    return text[left + 1 : right] if left >= start else ""


_TABLE_CELL_RE = re.compile(r"[^\S\n]*[^\W\d_]+[^\S\n]*")
_INSTEAD_RE = re.compile(r"(?<!\w)(?:lieber|stattdessen|instead|rather|plutôt|mejor|invece|zamiast|вместо|yerine|hin|join|mitmachen)(?!\w)")
# a German or English past participle after the group noun: the "have" was a tense ("Ich habe … gehört", "I have seen")
_PARTICIPLE_RE = re.compile(r"(?<!\w)(?:ge\w+(?:t|en)|seen|heard|read|found|noticed|\w+ed)(?!\w)")
# Turkish "our/my group": the possessive suffix on the group noun ("grubumuz", "grubumuzdan", "grubum")
_OUR_SUFFIX_RE = re.compile(r"grub(?:umuz|um)\w*", re.I)
# a word of wanting, interest, choice or signing up: the group in that clause may be the one wanted
_WANTS_RE = gated(lower_pattern(rf"{concept_regex('wish')}|{concept_regex('interested')}|{concept_regex('choice')}|"
                                rf"{concept_regex('register')}|{concept_regex('attend')}|interess|interest"))


def _people_group(r: Reading, item: Item) -> bool:
    """(Only where the party is a stated number above one: "I'll bring a group of students" says how many nowhere, and
    "the group of Prof. Meyer" names a group by who leads it.)"""
    text = r.analysed
    if not _PEOPLE_GROUP_WORD_RE.fullmatch(item.text.strip()) or not (r.party.explicit and r.party.size > 1):
        return False
    return bool(_AS_GROUP_BEFORE_RE.search(text, max(0, item.start - 20), item.start) or _GROUP_OF_AFTER_RE.match(text, item.end))


def _only_asks_the_reader(r: Reading) -> bool:
    """Every sign-up word of the text is inside a `you_register` phrase ("melden Sie sich", "sign up now")."""
    low = lowered(r.analysed)
    asks = [m.span() for m in _YOU_REGISTER_RE.finditer(low)]
    if not asks:
        return False
    signs = [m.span() for m in REGISTER_RE.finditer(low)]
    # (no sign-up word at all: the mail registers by other words, "ich nehme an der AG 2 teil")
    return bool(signs) and all(any(a <= s < b or s <= a < e for a, b in asks) for s, e in signs)


_YOU_REGISTER_RE = gated(concept_pattern("you_register"))
# "the same" before a group noun, at most one word between ("dieselbe AG", "the same workshop", "la misma mesa")
_SAME_GROUP_RE = gated(re.compile(
    r"(?<!\w)(?:the same|same|gleiche[nrms]?|dieselbe[n]?|derselben|demselben|denselben|selbe[nrms]?|le même|la même|"
    r"la misma|el mismo|lo stesso|la stessa|o mesmo|a mesma|aynı|та же|ту же|тот же|ту саму|тієї ж|tę samą|ta sama|"
    rf"tym samym|نفس|همان)[^\S\n]+(?:[\w-]+[^\S\n]+)?{GROUP_NOUN}(?!\w)",
    re.I,
))


def _comes_too_uncounted(r: Reading) -> str | None:
    """The first sentence that says someone else comes too ("kommt auch mit", `comes_too`), not negated,
    where the party reading counted nobody, when no total was stated (a total counts them)."""
    if r.party.stated:
        return None
    low = lowered(r.analysed)
    for m in COMES_TOO_RE.finditer(low):
        left, right = _sentence_bounds(r.analysed, m.start(), m.end())
        if (NEGATION_RE.search(low, left, right) or _STILL_RE.search(low, left, right)
                or any(left < e and s < right for s, e in r.party.spans)):
            continue  # (not coming; "kommt weiterhin mit": coming as before, nobody new; counted there)
        return " ".join(r.analysed[left:right].split())[:80]
    return None


def _coming_below_signature(r: Reading) -> str | None:
    """A line in the signature block, in the first person, that speaks of coming ("Ich komme auch mit!",
    "Ich bin auch dabei, auch beim Buffet. Erika", "I'll come too"): someone added to the mail under the
    signature. (A footer's "melden Sie sich für den Newsletter an" has no first person of the writer's.)"""
    for line in r.signature.splitlines()[:40]:
        low = lowered(line)
        if (len(line) <= 120 and _LOWER_WORD_RE.search(line) and FIRST_PERSON_RE.search(low)
                and (COMES_TOO_RE.search(low) or speaks_of_coming(line) and _TOO_RE.search(low))):
            return " ".join(line.split())[:80]
    return None


# "too", "auch", "also", "aussi", "también", "тоже", "також", "de/da" (Turkish): one more, on lowered() text
_TOO_RE = gated(lower_pattern(r"(?<!\w)(?:too|also|as well|auch|ebenfalls|aussi|también|tambien|anche|também|"
                              r"тоже|также|також|теж|też|da|de|dahi|أيضا|أيضًا|هم)(?!\w)"))
# a word in lower case: a sentence, not a name or an organisation's line ("Karim Ben Salah", where Turkish "ben" is "I")
_LOWER_WORD_RE = re.compile(r"(?<!\w)(?![^\W\d_]*[A-ZÄÖÜ])[^\W\d_]{3,}")


# "weiterhin", "still", "as before": someone who comes as before is no one new (the `as_before` words of the
# vocabulary files, as they are written, on lowered() text; not `still_coming`, "I'll still come")
_STILL_RE = re.compile(concept_regex("as_before"))


def _not_about_coming(r: Reading, item: Item) -> bool:
    """ "Hiermit melde ich mich an … ich habe meine Mutter jahrelang gepflegt": a companion word in a sentence
    that neither speaks of coming nor is a form line ("Personen: ich + Oma") nor adds a person with "+",
    where another sentence is the one that registers, is about someone's life. (Where the reader found
    no sentence of coming at all, "Jelentkezem … a feleségemmel", it may be the sign-up itself.)"""
    left, right = _sentence_bounds(r.analysed, item.start, item.end)
    sentence = r.analysed[left:right]
    if speaks_of_coming(sentence) or _FORM_OR_PLUS_RE.search(sentence):
        return False
    if len(sentence.split()) < _LIFE_WORDS:
        # "Colega mea vine și ea.", "A kollégám is jön.", "同事也来。": a short sentence with a companion says
        # that one comes, in words of coming the files do not have; a life is told at more length
        return False
    return speaks_of_coming(f"{r.analysed[:left]} {r.analysed[right:]}")


_LIFE_WORDS = 6


_FORM_OR_PLUS_RE = re.compile(r"^[^\W\d_][^\n:\d]{0,29}:|[+&]", re.M)  # (a label of words: "O 16:30" is a time)


def _named_again(r: Reading, item: Item) -> bool:
    """ "mit meinen zwei Töchtern … eine Tochter ist im Rollstuhl": the companion word of one the party
    reading counted, said again (the same stem as a word it read the count from)."""
    stem = bare(item.text.split()[0])[:5]
    return len(stem) >= 4 and any(stem in bare(r.analysed[s:e]) for s, e in r.party.spans)


def _children_had(r: Reading, item: Item) -> bool:
    """ "weil ich 3 Kinder in der Schule habe", "I'm a mum of three", "mam dwoje dzieci w wieku 8 i 11 lat",
    "iki çocuğum var", "у меня двое детей", "لدينا ثلاثة أطفال", "دو فرزند مدرسه‌ای داریم": the children a
    writer has, said in a clause with a word of having (or "mother of") and no word of coming: nobody comes.
    So with whatever else the writer or the group has, a noun that is no word for persons or groups ("bu sene
    20 öğrencimiz var", "Φέτος έχω 16 μαθητές", "we have 300 members"; not "wir haben 3 Teilnehmer").
    ("wir haben 2 Kinder dabei" and "ich komme mit meinen 2 Kindern" speak of coming and stay evidence.)"""
    if item.concept not in ("number", "number_word"):
        return False
    text = r.analysed
    left = max([text.rfind(ch, max(0, item.start - 80), item.start) for ch in ".,;!?\n(،؛"] + [max(-1, item.start - 81)]) + 1
    ends = [i for i in (text.find(ch, item.end, item.end + 80) for ch in ".,;!?\n،؛") if i >= 0]
    clause = text[left : min(ends) if ends else min(len(text), item.end + 80)]
    at = item.start - left
    child = _CHILD_AFTER_RE.match(clause, at + len(item.text.split()[0]))  # (a word item holds its noun: 'İki çocuğum')
    # (or any other noun that is no word for persons, participants or groups: "bu sene 20 öğrencimiz var", "we have
    # 34 students and 5 volunteer teachers", "Φέτος έχω 16 μαθητές": what the writer's group has, told)
    noun = _NOUN_AFTER_RE.match(clause, at + len(item.text.split()[0]))
    # (ten or more: a group's pupils, members, sites; "we have 3 youngsters with us", "wir haben noch 2 Kolleginnen"
    # may be persons who come, in words the reader does not know)
    owned = bool(noun) and not child and (digit_value(item.text.split()[0]) or 0) >= 10 and not _PERSONS_NOUN_RE.match(
        noun.group("noun")) and not _GROUP_AFTER_RE.match(clause, at + len(item.text)) and bool(_HAVE_STRICT_RE.search(lowered(clause)))
    mother_of = _PARENT_OF_RE.search(clause[:at])
    # (coming said after the count, in its sentence: "Wir haben 2 Kinder, die auch gerne mitkommen", "ich habe noch
    # 2 Kinder, die ich auch anmelden möchte")
    _, sentence_end = _sentence_bounds(text, item.start, item.end)
    if not (child or mother_of or owned) or speaks_of_coming(clause) or speaks_of_coming(text[item.end : sentence_end]):
        return False
    return bool(mother_of or owned or _HAVE_RE.search(lowered(clause)))


# children after a count, one adjective at most between ("3 Kinder", "zwei Schulkinder", "двое детей-школьников",
# "ثلاثة أطفال", "dwoje dzieci", "iki çocuğum", "دو فرزند")
_CHILD_AFTER_RE = gated(re.compile(
    r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:\w*kinder|\w*kind\b|kids?\b|children|sons\b|daughters\b|söhne|töchter|enkel|"
    r"grandchildren|dzieci|dziecko|дет|діт|ребен|дочер|сыновей|синів|أطفال|اطفال|أولاد|اولاد|أبناء|ابناء|niñ[oa]s|"
    r"hij[oa]s|enfants|figli|bambini|filh[oa]s|crianças|فرزند|بچه|çocu|evlat)",
    re.I,
))
# a noun after a count, one adjective at most between ("16 μαθητές", "5 gönüllü öğretmenimiz"), five letters or
# more and the adjective four (not "fünf mit meiner Tochter", "2 jana": a preposition, a word for persons in Latin
# letters the files lack)
_NOUN_AFTER_RE = re.compile(r"[^\S\n]+(?:[^\W\d_]{4,}[^\S\n]+)?(?P<noun>[^\W\d_]{5,})")
# a word of having, in the reader's languages ("habe", "have", "mam", "tengo", "j'ai", "var", "у меня", "لدي",
# "داریم"), on lowered() text
_HAVE_WORDS = (
    "habe", "haben", "hab", "hat", "have", "has", "mam", "mamy", "ma", "tengo", "tenemos", "tiene", "j'ai", "avons",
    "ho", "abbiamo", "tenho", "temos", "var", "vardır", "у меня", "у нас", "в мене", "в нас", "маю", "маємо", "لدي",
    "لدينا", "ولدي", "عندي", "عندنا", "دارم", "داریم", "دارند", "έχω", "έχουμε", "έχει", "imam", "imamo",
)
_HAVE_RE = gated(lower_pattern(rf"(?<!\w)(?:{'|'.join(_HAVE_WORDS)})(?!\w)"))
# a word of having for whatever the group has: the list above less its short words that are something else in
# other languages (Dari "ma" is "we", "ho" …) or too loose for a noun the group owns, and Turkish "var" only at
# the clause's end, where its verb stands
_NOT_STRICT = frozenset(("hab", "mam", "ma", "tiene", "ho", "var", "vardır", "в мене", "в нас", "ولدي", "عندي", "دارند", "έχει"))
_HAVE_STRICT_RE = gated(lower_pattern(
    rf"(?<!\w)(?:{'|'.join(w for w in _HAVE_WORDS if w not in _NOT_STRICT)})(?!\w)|(?<!\w)(?:var|vardır)[^\S\n]*$"
))
_PERSONS_NOUN_RE = re.compile(rf"(?:{PEOPLE})(?!\w)", re.I)
# "mother of two", "Mutter von zwei Kindern", "mum of three", "madre de tres" right before the count
_PARENT_OF_RE = gated(re.compile(
    r"(?<!\w)(?:mutter|vater|mama|papa|mum|mom|mother|father|dad|mère|père|madre|padre|mãe|pai)[^\S\n]+"
    r"(?:von|of|de|di|do)[^\S\n]+$",
    re.I,
))


def _all_of_the_party(r: Reading, item: Item) -> bool:
    """ "Нас будет трое … Все трое хотим", "alle drei möchten", "all three of us": the stated total
    again after a word for "all"; the number names the party already read, no workgroup."""
    if item.concept not in ("number", "number_word") or not (r.party.explicit and r.party.size > 1):
        return False
    if digit_value(item.text) != r.party.size or _GROUP_AFTER_RE.match(r.analysed, item.end):
        return False  # ("alle 3 AGs interessieren uns": the workgroups, not the party)
    return bool(_ALL_BEFORE_RE.search(lowered(r.analysed), max(0, item.start - 14), item.start))


# "all", "both" before a count, in the reader's languages
_ALL_BEFORE_RE = gated(lower_pattern(
    r"(?<!\w)(?:alle|all|both|beide|все|всі|усі|tous les|toutes les|todos los|todas las|tutti e|tutte e|"
    # (and "both" written "each two": Persian "هر دو", Turkish "her iki", "ikimiz de" after it is its own word)
    r"wszyscy|wszystkie|hepimiz|svi|sve|toți|toate|همه|كل|كلنا|جميع|tất cả|cả|هر|her|ambos|ambas|entrambi|"
    r"tous|toutes|les)[^\S\n]+$"
))
_GROUP_AFTER_RE = gated(re.compile(rf"[^\S\n]*(?:\w+[^\S\n]+)?{GROUP_NOUN}", re.I))


def _stated_total(r: Reading) -> bool:
    """The party was read from a stated total ("we are two: my wife and I", "2 نفر"), so a companion
    word is part of that count; counted from companions, or a party of one, it may be one left out."""
    if not (r.party.explicit and r.party.size > 1):
        return False
    if r.party.stated and not r.party.doubt:
        return True  # "wir kommen also zu zweit", "нас будет трое": a total in words, not only in numbers
    spans = [bare(r.analysed[s:e]) for s, e in r.party.spans]
    return any(re.search(r"\d", t) or any(w in _CARDINALS for w in re.findall(r"\w+", t)) for t in spans)


_CARDINALS = frozenset(bare(w) for w in numbers("cardinals"))


def unplaced(r: Reading) -> list[str]:
    """A person's mail that fits no kind but speaks of workgroups or withdraws: a human reads it."""
    about = [i for i in _unused(r) if i.concept in ("group_noun", "ordinal", "position", "roman", "letter")]
    about += [c for c in r.cues if c.concept == "withdraw"]
    if not about:
        # (or the subject: "Запись: B", "Anmeldung A + C" over a mail with nothing but a signature)
        said = [i for i in r.subject_unexplained if i.concept in ("group_noun", "ordinal", "position", "roman", "letter")]
        return [f"not understood as registration, change, cancellation or question: the subject names '{said[0].text}'"] if said else []
    return [f"not understood as registration, change, cancellation or question: '{_context(r.analysed, about[0])}'"]


def asks(text: str) -> str:
    """'also asks a question', with the question when the mail has a question mark."""
    found = _QUESTION_RE.search(text)
    return f"also asks a question: '{' '.join(found.group(0).split())[:80]}'" if found else "also asks a question"


_QUESTION_RE = gated(re.compile(r"[^.!?\n]{1,200}[?？؟]"))


def answers_us(parsed: Parsed, config: Config) -> bool:
    """In-Reply-To or References name a Message-ID of our own domain (every mail we send has one)."""
    domains = {a.rsplit("@", 1)[-1].lower() for a in config.own_addresses if "@" in a}
    ids = [parsed.in_reply_to or "", *parsed.references]
    return any(i.rstrip(">").rsplit("@", 1)[-1].lower() in domains for i in ids if "@" in i)


def _is_reply(parsed: Parsed) -> bool:
    return bool(parsed.in_reply_to or parsed.references or REPLY_PREFIX_RE.match(parsed.subject or ""))


def _context(text: str, item: Item) -> str:
    """The item and the word after it ('2 Plätze'), on one line, short."""
    tail = re.match(r"[^\S\n]*[\w'’-]*", text[item.end : item.end + 30])
    return " ".join((text[item.start : item.end] + (tail.group(0) if tail else "")).split())[:40]
