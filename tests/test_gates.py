"""mailbot/parsing/literals.py and gates.py: the words a pattern needs, and gates that never hide a match."""

import functools
import re
from pathlib import Path

import pytest

from mailbot.parsing import choices, classify, gates, intent, party, quotes
from mailbot.parsing.gates import Gate, GatedPattern, gated
from mailbot.parsing.lexicon import lowered
from mailbot.parsing.literals import barriers, branch_prefixes, caseless, literals, prefixes
from mailbot.parsing.mime import read_mail
from mailbot.parsing.scan import fold

MAILS = sorted((Path(__file__).parent / "mails").rglob("*.eml"))
# The soundness checks below run every parser pattern over every text: on all ~4,400 test mails that
# took 12 of CI's 22 minutes and grows with each guard set. The everyday run reads the mails written
# for the tests and every fifth mail of the guard sets (tests/mails/unseen, in a fixed order); the
# whole set runs with `pytest -m slow`.
SAMPLE = [p for p in MAILS if "unseen" not in p.parts] + [p for p in MAILS if "unseen" in p.parts][::5]
EVERY = [pytest.param(False, id="sample"), pytest.param(True, id="all", marks=pytest.mark.slow)]


# --- literals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, expected", [
    (r"\banmelden\b|\bmelde[nt]?\b(?=.{0,20}\ban\b)", {"melde"}),  # "anmelden" holds "melde"
    (r"grü(?:ß|ss)e", {"grüße", "grüsse"}),
    (r"[şs]ahin", {"şahin", "sahin"}),
    (r"kayıt ol", {"kayıt ol"}),  # case-sensitive: as the text holds it
    (r"(?i)KAYIT OL", {"kayit ol"}),  # ignoring case: fold()ed, ı is i
    (r"x(?i:ANMELDEN)", {"xanmelden"}),
    (r"\d+ personen|\d+ people", {" personen", " people"}),
    (r"foo(?:bar)?", {"foo"}),  # "foobar" holds "foo"
    (r"(?:ab)+xyz", {"xyz"}),
], ids=["branch-lookahead", "group-branch", "small-class", "exact", "folded", "inline-ignorecase", "after-digits",
        "optional", "repeat"])
def test_literals(pattern, expected):
    assert literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"\w+@\w+", r"a|b", r"(?:anmelden)?x", r"\d{2}", r"[a-z][2357][a-z]",
                                     r"anmelden|\w+"])
def test_no_literals_where_nothing_is_required(pattern):
    assert literals(re.compile(pattern)) is None


def _parser_patterns():
    for module in (intent, quotes, party, choices, classify):
        for name, value in vars(module).items():
            value = value.regex if isinstance(value, GatedPattern) else value  # defined behind gates.gated()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", value


@functools.cache
def _texts(every: bool = False):
    out = []
    for path in (MAILS if every else SAMPLE):
        mail = read_mail(path.read_bytes(), 10_000_000)
        out += [mail.text, lowered(mail.text)]
    return tuple(out)


@pytest.mark.parametrize("every", EVERY)
def test_every_match_of_the_parsers_patterns_contains_one_of_its_literals(every):
    # Soundness on the project's own test mails: a gate built from literals() never hides a match.
    texts = _texts(every)
    checked = 0
    for name, pattern in _parser_patterns():
        words = literals(pattern)
        if words is None:
            continue
        for text in texts:
            for m in pattern.finditer(text):
                seen = fold(m.group(0)) if caseless(pattern) else m.group(0)
                assert any(w in seen for w in words), (name, m.group(0))
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w-])(?:ag|arbeitsgruppen?|gruppe)\s*\d", {"ag", "arbeitsgruppe", "gruppe"}),
    (r"\*?(?:von|from)\b", {"von", "from", "*von", "*from"}),
    (r"(?i)(?:Grupo|GRUP)\w*", {"grup"}),  # "grupo" starts with "grup"
], ids=["noun", "optional-star", "shorter-start"])
def test_prefixes(pattern, expected):
    assert prefixes(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"\w*jiandikisha", r"(?:an)?\w+", r"a\w+", r"x?\d+"])
def test_no_prefixes_where_a_match_may_start_anywhere(pattern):
    assert prefixes(re.compile(pattern)) is None


# --- Gate ---------------------------------------------------------------------------------------

def test_gate_says_which_patterns_can_match():
    gate = Gate({"register": intent._REGISTER_RE, "cancel": intent._CANCEL_RE, "first": intent._FIRST_PERSON_RE})
    assert gate.always == {"first"}  # no literal every match needs: always run
    assert gate.which(lowered("Hiermit möchte ich mich anmelden.")) == {"register", "first"}
    assert gate.which(lowered("Ich muss leider absagen.")) == {"cancel", "first"}
    assert gate.which("Schöne Grüße") == {"first"}


@pytest.mark.parametrize("every", EVERY)
def test_gate_agrees_with_the_patterns_on_every_sentence_of_the_test_mails(every):
    patterns = dict(_parser_patterns())
    gate = Gate(patterns)
    missed = []
    for text in _texts(every):
        for sentence in intent.sentences(text):
            low = lowered(sentence)
            allowed = gate.which(low)
            missed += [(name, sentence) for name, p in patterns.items() if name not in allowed and p.search(low)]
    assert not missed


def test_gate_spans_per_sentence():
    text = "Ich komme gern. Ich möchte mich für AG 2 anmelden. Leider muss ich absagen."
    hits = Gate({"register": intent._REGISTER_RE, "cancel": intent._CANCEL_RE}).spans(lowered(text))
    first, second, third = 0, text.index("Ich möchte"), text.index("Leider")
    assert not hits.may_match("register", first, second)
    assert hits.may_match("register", second, third)
    assert not hits.may_match("register", third)
    assert hits.may_match("cancel", third) and not hits.may_match("cancel", 0, third)
    # a word cut by the end of the span does not count
    assert not hits.may_match("register", second, text.index("anmelden") + 4)


# --- GatedPattern ---------------------------------------------------------------------------------

@pytest.mark.parametrize("every", EVERY)
def test_gated_pattern_answers_as_the_pattern_on_every_test_mail(every):
    texts = _texts(every)
    for name, pattern in _parser_patterns():
        g = gated(pattern)
        for text in texts:
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in pattern.finditer(text)], name
            assert g.findall(text) == pattern.findall(text), name
            found = pattern.search(text)
            assert (g.search(text) or found) is None or g.search(text).span() == found.span(), name


def test_gated_pattern_skips_texts_without_its_words():
    g = gated(intent._CANCEL_RE)
    assert isinstance(g, GatedPattern)
    assert not g.may_match("hiermit komme ich gern zur ag 2.")  # ("melde ich mich … ab" is a cancel phrase)
    assert g.may_match("ich muss leider absagen.")
    assert g.search("ich muss leider absagen.").group(0) == "absagen"
    assert g.findall("nichts davon") == [] and g.split("nichts davon") == ["nichts davon"]
    assert g.subn("#", "nichts") == ("nichts", 0) and g.pattern == intent._CANCEL_RE.pattern
    assert g.sub("#", "bitte absagen") == "bitte #" and g.match("absagen") and not g.match("nichts")


def test_gated_returns_a_gated_pattern_as_it_is_and_runs_one_without_literals_ungated():
    assert gated(intent._CANCEL_RE) is intent._CANCEL_RE
    g = gated(re.compile(r"[\w.]+@\w+"))  # no word every match needs
    assert g.search("mail: a.b@c").group(0) == "a.b@c"
    assert g.search == g.regex.search  # after first use: the pattern's own method, no wrapper


def test_gates_are_built_on_first_use_not_at_import():
    # reading a pattern's words costs ~1 ms; `mailbot status` imports the parser and never parses
    g = gated(re.compile(r"\bjamais vu\b"))
    assert "words" not in vars(g) and g in gates._PRESENCE.pending
    assert not g.may_match("nichts davon") and g.may_match("déjà vu, jamais vu")
    assert vars(g)["words"] == {"jamais vu"} and g not in gates._PRESENCE.pending


def test_one_scan_answers_every_pattern_for_a_text():
    text = "ich muss leider absagen."
    mask = gates._PRESENCE.mask(text)
    assert mask & intent._CANCEL_RE._bit and not mask & intent._REGISTER_RE._bit
    assert gates._PRESENCE._answers[text] == mask  # asked again by the next pattern: no second scan


def test_an_interrupted_preparation_goes_on_at_the_next_use(monkeypatch):
    # the parse timer's alarm may strike while the gates are built: no pattern may be lost or break
    first, second = gated(re.compile(r"\bquokka\b")), gated(re.compile(r"\bwombat\b"))
    real = GatedPattern._prepare

    def alarm(self):
        if self is first:
            raise TimeoutError("alarm")
        real(self)

    monkeypatch.setattr(GatedPattern, "_prepare", alarm)
    with pytest.raises(TimeoutError):
        gates.prepare()
    monkeypatch.setattr(GatedPattern, "_prepare", real)
    assert first.search("ein quokka").group(0) == "quokka" and not first.search("ein wombat")
    assert second.search("ein wombat") and first._bit and second._bit


def test_caseless():
    assert caseless(re.compile("a", re.I)) and caseless(re.compile("a(?i:b)"))
    assert not caseless(re.compile("ab")) and not caseless(intent._REGISTER_RE)


def test_gated_pattern_scans_itself_where_its_start_words_are_everywhere():
    g = gated(re.compile(r"(?<!\w)(?:ma|mi)\s+(?:amie|ami)\b"))
    assert g.starts == {"ma", "mi"}
    text = "ma " * 5_000 + "ma amie"
    assert g._candidates(text) is None  # a start on every third character: no list of them
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.regex.finditer(text)] != []
    short = "x" * 300 + " ma amie, mi ami"
    assert g._candidates(short) == [301, 305, 310, 314]  # "mi" in "amie" too: the pattern itself decides
    assert g.findall(short) == ["ma amie", "mi ami"]


def test_gated_pattern_with_pos_answers_as_the_pattern_and_reads_no_more():
    # match/search at a position is how evidence.inventory walks a text: a gate over the whole text
    # on each call made that walk quadratic (tests/test_evidence.py::test_the_inventory_is_linear_on_long_runs)
    pattern = re.compile(r"\bag\s*\d")
    g = gated(pattern)
    text = "wir kommen zur ag 3 und ag 4. " * 3
    for pos in range(len(text)):
        assert (g.match(text, pos) or None) == (pattern.match(text, pos) or None) or \
            g.match(text, pos).span() == pattern.match(text, pos).span()
        assert [m.span() for m in g.finditer(text, pos)] == [m.span() for m in pattern.finditer(text, pos)]
        assert g.findall(text, pos, pos + 10) == pattern.findall(text, pos, pos + 10)
    assert g.search(text, 5, 15) is None and pattern.search(text, 5, 15) is None


# --- barriers: a long text searched only in the pieces that can hold a match ------------------------

def test_barriers_are_the_characters_no_match_can_contain():
    cuts, ahead = barriers(re.compile(r"\b(\d+)\s+weitere\s+\w*kolleg\w*\b", re.I))
    assert {".", ",", "!", "?", ";"} <= cuts and "\n" not in cuts  # \s+ may cross a line end
    assert ahead == 1  # the closing \b looks one character past the match
    assert barriers(re.compile(r"x(?=.{0,20}\ban\b)"))[1] == 23
    assert barriers(re.compile(r"x(?=.*y)")) is None  # looks ahead without bound: no pieces
    assert "." not in barriers(re.compile(r"weitere[^,]+"))[0] and "," in barriers(re.compile(r"weitere[^,]+"))[0]


def test_a_long_text_is_searched_only_in_the_pieces_holding_a_word():
    g = gated(re.compile(r"\b(\d+)\s+weitere\s+\w*kolleg\w*\b(?=\.)", re.I))
    assert g.starts is None and g._barriers  # no start words: the pieces are what spares the scan
    filler = "Wir sind ein Verein aus Münster, 12 Mitglieder. " * 40
    text = filler + "Es kommen 2 weitere Kolleginnen. Und 3 WEITERE Kollegen, 4 weitere kollegen." + filler
    pieces = g._pieces(text)
    assert pieces is not None and sum(e - s for s, e in pieces) < 100  # three short clauses of 4,000 characters
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.regex.finditer(text)]
    assert [m.group(0) for m in g.finditer(text)] == ["2 weitere Kolleginnen", "4 weitere kollegen"]  # (?=\.) seen
    assert g.findall(text) == ["2", "4"] and g.search(text).group(1) == "2"
    assert g.search(filler * 2) is None


def test_an_alternation_is_tried_at_its_branches_start_words_when_the_other_branches_cannot_match():
    # intent._REGISTER_RE: 200 branches start with a word, one ("\b\w*jiandikisha\b") anywhere
    assert branch_prefixes(re.compile(r"\banmelden\b|\bregister\b|\b\w*jiandikisha\b")) == (
        {"anmelden", "register"}, {"jiandikisha"}, False)
    assert branch_prefixes(re.compile(r"\banmelden\b|\w+")) is None  # a branch that needs no word
    # (the register words now come from the vocabulary files: a pattern of the same shape here)
    words = ["anmelden", "register", "eintragen", "inscrire", "zapisać", "kaydol", "iscrivermi", *(f"wort{i}" for i in range(200))]
    g = gated(re.compile("|".join(rf"\b{w}\b" for w in words) + r"|\b\w*jiandikisha\b"))
    text = "wir würden uns gern für die ag 2 anmelden und auch register. " * 6
    assert g._start_plan(text) is not None and g._start_plan("nataka kujiandikisha sasa") is None
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.regex.finditer(text)] != []
    assert g.search("nataka kujiandikisha sasa").group(0) == "kujiandikisha"


def test_an_alternation_whose_other_branches_start_with_a_digit_is_tried_at_words_and_digits():
    # choices._ORDINAL_NOUN_RE: "(?P<ord>\d{1,2}\.|erste|zweite|…)\s+…gruppe"
    pattern = re.compile(r"(?<!\w)(?P<ord>\d{1,2}\.|erste[nr]?|zweite[nr]?)\s+(?:\w+\s+)?(?:gruppe|ag)(?!\w)", re.I)
    assert branch_prefixes(pattern) == ({"erste", "zweite"}, frozenset(), True)
    g = gated(pattern)
    text = "Wir möchten in die erste Gruppe, sonst 2. AG, nicht 12 Gruppen. " * 8 + "Die ٣. ag auch."
    assert g._candidates(text, *g._start_plan(text)) is not None
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in pattern.finditer(text)] != []
    assert g.findall(text) == pattern.findall(text)


def test_digit_branches_in_a_group_and_a_letter_of_another_script_written_onto_a_digit_are_starts():
    # choices._ORDINAL_NOUN_RE now: "(?:[በለከየ](?=\d)(?P<ord_lead>\d{1,2}\.|…)|(?P<ord_digit>\d{1,2}\.|…)|(?P<ord>erste|…))"
    digits = r"\d{1,2}\.|\d{1,2}(?:st|nd)(?!\w)"
    pattern = re.compile(rf"(?<!\w)(?:[በለ](?=\d)(?P<lead>{digits})|(?P<num>{digits})|(?P<word>erste[nr]?|second))"
                         r"\s+(?:gruppe|ag|ቡድን)(?!\w)", re.I)
    assert branch_prefixes(pattern) == ({"በ", "ለ", "erste", "second"}, frozenset(), True)
    # a one-letter Latin start still gives no plan (it is in nearly every text)
    assert branch_prefixes(re.compile(r"(?:a(?=\d)\d\.|(?:\d\.)|erste)\s+ag")) is None
    g = gated(pattern)
    text = "Wir möchten in die erste Gruppe, sonst 2. AG, nicht die 2nd ag; በ2ኛ ቡድን, ለ3. ቡድን. " * 8
    assert g._candidates(text, *g._start_plan(text)) is not None
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in pattern.finditer(text)] != []


# --- alternation_gates: a pre-check split into patterns that each get a gate (issue #15) ---------

def _mail_texts():
    texts = []
    for path in MAILS:
        text = read_mail(path.read_bytes(), 10_000_000).text
        texts += [text, *text.split("\n")]
    return texts


def test_the_split_persons_words_find_a_match_exactly_when_the_whole_does():
    whole = party.lower_pattern(rf"{party._PEOPLE}\b")
    parts = party._TOTALS_GATED[0][1]
    assert len(parts) > 1 and any(isinstance(p, GatedPattern) and p.words for p in parts)
    texts = [lowered(t) for t in _mail_texts()] + ["wir sind 3 personen", "两人", "3 kişiyiz", "ſo", "人"]
    assert sum(bool(whole.search(t)) for t in texts) > 20  # the check sees matches, not only misses
    for text in texts:
        assert bool(whole.search(text)) == gates.any_search(parts, text), text


def test_the_own_language_pre_check_never_hides_a_count():
    regex, _numbers = party._persons_by_language()
    pre = party._persons_gates()
    texts = _mail_texts() + ["Em ê du kes bên", "katër veta", "ba người", "2 人", "двоє осіб"]
    for text in texts:
        if regex.search(text):
            assert gates.any_search(pre, text), text


@pytest.mark.parametrize("text", ["ab c", "xx 人 yy", "no match here", "AB", "b人"], ids=repr)
def test_alternation_gates_on_a_small_alternation(text):
    words = ["ab", "人", "cd", "b", "xyz"]
    whole = re.compile(rf"(?:{'|'.join(words)})(?!\w)", re.I)
    parts = gates.alternation_gates(words, r"{}(?!\w)", lambda p: re.compile(p, re.I), size=2)
    assert len(parts) == 3
    assert bool(whole.search(text)) == gates.any_search(parts, text)


def test_line_breaks_are_spaces_to_the_shared_scan():
    # a word with a space is found across a line break (a few more texts tried, never fewer), and
    # a copy of a text with its line breaks made spaces (choices, party) shares its answer
    g = gated(re.compile(r"\bjamais vu\b"))
    assert g.may_match("déjà\njamais\nvu") and not g.search("déjà\njamais\nvu")
    assert g.search("déjà jamais vu")
    text = "Hallo,\nich melde mich\nfür die AG 2 an."
    mask = gates._PRESENCE.mask(text)
    assert gates._PRESENCE._answers.get(fold(text).replace("\n", " ")) == mask


def test_a_pattern_with_a_line_break_in_its_words_still_sees_it():
    g = gated(re.compile(r"ende\n\nanfang"))
    assert g.search("das ende\n\nanfang").group(0) == "ende\n\nanfang"
    assert not g.search("das ende  anfang")  # the gate lets it through (spaces), the pattern says no


def test_the_more_persons_pre_check_never_hides_a_match():
    import mailbot.parsing as parsing
    from mailbot.parsing import evidence

    full, pre = parsing._more_persons_re(), parsing._persons_words()
    texts = [lowered(t) for t in _mail_texts()] + ["eu e mais duas pessoas", "y dos personas más", "noch zwei personen"]
    assert sum(bool(full.search(t)) for t in texts) >= 3
    for text in texts:
        if full.search(text):
            assert gates.any_search(pre, text), text
    # evidence._Words builds its tokens with map and zip: the same as one tuple per match
    for text in texts[:300]:
        words = evidence._Words(text)
        assert words.tokens == [(m.start(), m.end(), m.group(0)) for m in evidence._TOKEN_RE.finditer(text)]
        assert words.starts == [t[0] for t in words.tokens]


def test_shared_sentences_and_words_are_the_same_as_computed_anew():
    from mailbot.parsing import evidence

    for text in _mail_texts()[:400]:
        first = intent.sentences(text)
        first.append("changed by a caller")  # a caller's list is its own: the kept answer stays
        assert intent.sentences(text) == list(intent._sentences.__wrapped__(text))
        low = text.lower()
        joined = evidence._words(low.replace("\n", " "))
        assert evidence._words(low).tokens == evidence._Words(low).tokens == joined.tokens


# --- shared work between patterns (issue #15, branch speed3) -----------------------------------

def test_any_of_says_no_only_when_each_pattern_cannot_match():
    register, cancel = gated(re.compile(r"\banmelden\b")), gated(re.compile(r"\babsagen\b|\bstornieren\b"))
    both = gates.AnyOf(register, cancel)
    for text in ("wir möchten uns anmelden", "ich muss leider absagen", "das wetter ist schön",
                 "Bitte STORNIEREN", "", "anmeldung"):
        matches = bool(register.search(text) or cancel.search(text))
        assert both.may_match(text) or not matches, text
    assert not both.may_match("das wetter ist schön")
    assert gates.AnyOf(register, re.compile("x")).may_match("das wetter ist schön")  # an ungated one: always


def test_patterns_with_the_same_start_words_share_the_positions_and_answer_as_alone():
    first = gated(re.compile(r"(?<!\w)(?:gruppe|forum|workshop)\s+(\d)", re.I))
    second = gated(re.compile(r"(?<!\w)(?:gruppe|forum|workshop)\s+(?:nummer|nr\.?)\s*(\d)", re.I))
    assert first.starts == second.starts
    text = "Wir kommen gern in die Gruppe 2 oder ins Forum Nr. 3, sonst Workshop 1. " * 12
    for pattern in (first, second):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.regex.finditer(text)] != []
        assert pattern.findall(text) == pattern.regex.findall(text)
    assert sum(1 for key in gates._CANDIDATES if key[3] is text) == 1  # found once for both


def test_a_long_alternation_tried_at_one_position_answers_as_the_pattern():
    # quotes._SEPARATOR_RE and its kind: .match looks at the next two characters first (issue #15)
    gates.prepare()
    with_heads = [p for p in gates._PRESENCE.members if "_heads" in p.__dict__]
    assert quotes._SEPARATOR_RE in with_heads and quotes._FORWARD_RE in with_heads
    lines = ["-----Original Message-----", "Original Message", "ORIGINAL MESSAGE:", "Von meinem iPhone gesendet",
             "Gesendet von meinem iPhone", "İ", "", "a", "Weitergeleitete Nachricht", "---------- Forwarded message ---------"]
    for path in sorted((Path(__file__).parent / "mails" / "parse").rglob("*.eml")):
        lines += read_mail(path.read_bytes(), 10_000_000).text.split("\n")
    for pattern in with_heads:
        for line in lines:
            for pos in (0, 1, 5):
                found, want = pattern.match(line, pos), pattern.regex.match(line, pos)
                assert (found and found.span()) == (want and want.span()), (pattern, line, pos)
        assert pattern.match("x" + lines[0], 1, 3) is pattern.regex.match("x" + lines[0], 1, 3)
