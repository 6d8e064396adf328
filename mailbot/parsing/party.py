"""How many people come under one registration, the writer included."""

from __future__ import annotations

import bisect
import functools
import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from .lexicon import CARDINALS, GROUP_NOUN, concept_pattern, digit_value, lower_pattern, lowered, number_words_pattern
from .intent import _CONDITIONAL_RE, FIRST_PERSON_RE, NEGATION_RE, PAST_RE as _PAST_RE, REGISTER_RE, speaks_of_coming
from .vocabulary import alternation, alternatives, bare, concept_regex, month_stems, vocabulary, words
from .gates import alternation_gates, any_search, gated
from .scan import canonical_indic, longest_first, mark_letters, stretch

_NUM = rf"(?:\d{{1,2}}|{number_words_pattern()})"
_PEOPLE_WORDS = [
    *alternatives(words('persons')),  # every language file's words for persons
    # as a phone types them without marks ("2 kisi", "3 osob"): the Latin ones made bare
    # (four letters or more: Hungarian "fő" made bare is the "fo" of "forum")
    *sorted({bare(a) for a in alternatives(words('persons')) if bare(a) != a and bare(a).isascii() and len(bare(a)) >= 4}),
    *r"personen|person|persons|people|leute|leuten|teilnehmer\w*|teilnehmende|participants?|attendees?|".split("|")[:-1],
    *r"personnes|personas|persone|osob[ya]?|osób|kişi\w*|человека?|людей|осіб|особи|نفر|أشخاص|اشخاص|شخص".split("|"),
]
_PEOPLE = rf"(?:{'|'.join(_PEOPLE_WORDS)})"
PEOPLE = _PEOPLE  # the words for persons, for the evidence check
_GROUP_OF_RE = re.compile(
    rf"(?<!\w)(?:group|gruppe|groupe|grupo|gruppo|grupa|grupę|grupy|группа|группу|групу|група)[^\S\n]+"
    rf"(?:of|von|aus|de|di|da|z|ze|из|з)[^\S\n]+(?P<n>{_NUM})(?!\w)", re.I)
# "3 Erwachsene und 2 Kinder", "2 adultes et 1 enfant", "two adults and three kids": two counts of persons joined,
# the party is both (the first alone, read as "wir sind 3", would leave the children out)
_ADULTS = (r"(?:erwachsene\w*|adults?|adultes?|adultos?|adulti|adultas?|yetişkin\w*|dorosł\w*|взрослы\w*|дорослих|"
           r"дорослі|بالغين|بالغان|بزرگسال)")
_CHILDREN = (r"(?:kinder\w*|kind|kleinkind\w*|babys?|bab(?:y|ies)|children|child|kids?|enfants?|bébés?|niños?|niñas?|hij[oa]s|"
             r"bambin[oi]|crianças?|filhos|çocuk\w*|dzieci|dzieck\w*|дет(?:ей|и)|ребен\w*|ребён\w*|діт(?:ей|и)|дитин\w*|"
             r"أطفال|اطفال|طفل|طفلين|بچه\w*|کودک\w*)")
_TWO_COUNTS_RE = gated(re.compile(
    rf"(?<!\w)(?P<a>{_NUM})[^\S\n]+{_ADULTS}[^\S\n]*(?:\+|&|(?<!\w)(?:und|and|et|y|e|ve|i|и|і|та|و|plus|sowie)(?!\w))"
    rf"[^\S\n]*(?P<b>{_NUM})[^\S\n]+{_CHILDREN}(?!\w)", re.I))
_STAY_AWAY_RE = re.compile(r"bleib\w*|zu hause|daheim|betreu\w*|stay\w*|at home|childcare|child care|garde|reste\w*|"
                           r"guarder[ií]a|se quedan?|restano|kinderbetreuung", re.I)
_TOTAL_RES = [*map(gated, [
    # same line: "Forum: 4 / Teilnehmende: 3" is no "4 Teilnehmende"; "three (3) people" as formal letters write it
    re.compile(rf"\b(?P<n>{_NUM})(?:[^\S\n]*\(\d{{1,2}}\))?[^\S\n]+{_PEOPLE}\b", re.I),
    re.compile(
        rf"\b(?:wir sind|we are|we're|we will be|we'll be|there will be|nous serons|nous sommes|somos|seremos|"
        rf"siamo|saremo|będziemy|jesteśmy|нас\s+(?:будет|буде|будемо)?|нас|nas\s+budet|"
        # Polish and BCS "nas" + a collective number ("będzie nas czworo", "dolazimo nas šestero"),
        # Polish "we" ("przyjdziemy we trzy"), Portuguese "vamos ser"
        rf"nas|we|vamos ser|vamos a ser|"
        # Czech, Slovak, BCS, Lithuanian, Swahili, Romanian, Albanian, Bulgarian, Greek "we will be"
        # ("budeme tři", "bit ćemo troje", "būsime trise", "tutakuwa watu watatu"; Georgian below)
        rf"budeme|bit ćemo|bit cemo|bićemo|bicemo|biće nas|bice nas|būsime|busime|tutakuwa(?:\s+watu)?|"
        rf"vom fi|do të jemi|do te jemi|ще бъдем|θα είμαστε|"

        # Arabic "we", "we will be/attend/come" (also with "and"/"so" written on: "فنحن شخصان", "سنحضر شخصان"),
        # also as typed in Latin letters ("nehna 2", "e7na 3")
        rf"[وف]?(?:نحن|سنكون|سنحضر|سنأتي)|nehna|ne7na|e7na|ehna|"
        # "please put us down as three", "count us as two"
        rf"(?:put|count|book|register|sign)\s+us\s+(?:up\s+|down\s+|in\s+)?as)\s+"
        # "wir sind jetzt nur noch zwei", "we are now only two", "nous ne serons plus que deux"
        rf"(?:(?:insgesamt|zusammen|total|also|jetzt|nun|nur|noch|now|only|just|still|seulement|plus que|solo|sólo|"
        rf"ahora|ora|tylko|już|только|уже|лише|вже|тепер|теперь)\s+){{0,3}}"
        rf"(?P<n>{_NUM})\b",
        re.I,
    ),
    # Danish, Norwegian, Swedish "we are/become" + a number ("vi blir fire stykker", "vi är fyra stycken": pieces, said
    # of people here, after "we"; "2 stycken tårtor" are cakes); their small numbers are everyday words elsewhere
    # ("to", "fire", "en"), so they are read only here (_SCANDINAVIAN_NUMBERS)
    re.compile(r"\bvi[^\S\n]+(?:er|blir|bliver|är)[^\S\n]+(?:(?:nu|nå|kun|bara|bare|totalt|i alt|sammanlagt)[^\S\n]+)?"
               r"(?P<n>[1-9]|1[0-9]|en|ett|to|två|tre|fire|fyra|fem|seks|sex|syv|sju|otte|åtte|åtta)"
               # (a persons word after it, or the clause ends there: "vi er fem i bestyrelsen" is a board)
               r"(?:[^\S\n]+(?:stykker|stycken|personer|deltakere|deltagere|deltagare)(?![\w-])|(?=[^\S\n]*(?:[.,;!?\n]|$)))",
               re.I),
    # "zu 3t", "zu 4t": German "zu dritt", "zu viert" typed with the digit; "2x anmelden", "bitte 3 x eintragen"
    re.compile(r"\bzu[^\S\n]+(?P<n>[2-9])t(?:en)?\b", re.I),
    re.compile(r"(?<![\w.,])(?P<n>[2-9])[^\S\n]?x[^\S\n]+(?:anmelden|eintragen|registrieren|vormerken|register|sign up|book|"
               r"inscrire|inscribir|iscrivere|kaydet\w*|zapisa\w*|записат\w*)\b", re.I),
    # (Arabic "أي", that is: "سأحضر أنا وزوجتي، أي شخصان", my wife and I, that is two persons)
    re.compile(rf"\b(?:insgesamt|in total|total of|together|zusammen|en tout|أي)\s+(?P<n>{_NUM})\b", re.I),
    # "wir alle drei", "all three of us" — but not "alle drei Themen"
    re.compile(rf"\b(?:alle|all)\s+(?P<n>{_NUM})\b(?=\s*(?:[.,;!]|$|of us|von uns|dorthin|kommen|zusammen|in (?:die|den|das|the)\b))", re.I),
    re.compile(
        rf"(?:anzahl(?:\s+der)?\s+(?:personen|teilnehmer\w*)|personenzahl|teilnehmerzahl|number of (?:people|persons|"
        rf"participants|attendees)|persons|personen|participants|attendees|teilnehmende|teilnehmer(?:innen)?|"
        rf"nombre de personnes|personas|osoby|kişi sayısı|kişi|"
        # "Количество человек: 2", "Кількість осіб: 1", "Liczba osób: 3", "Broj osoba: 2"
        rf"(?:количество|кількість|liczba|broj|numărul|numero|número)(?:\s+(?:человек|участников|осіб|учасників|osób|uczestników|osoba|sudionika|persoane|persone|personas|pessoas))?|"
        # Arabic and Persian forms: "عدد الأشخاص: ٢", "تعداد نفرات: ۳"
        rf"(?:عدد|تعداد)\s+(?:الأشخاص|الاشخاص|المشاركين|المشاركات|الحضور|الأفراد|الافراد|نفرات|افراد|اشخاص|شرکت[\u200c ]?کنندگان))"
        # (a form's note in brackets before the colon: "Anzahl Personen (inkl. Ihnen): 2", "Kişi sayısı (siz dahil): 3")
        rf"(?:[^\S\n]*\([^()\n]{{0,40}}\))?\s*:\s*(?P<n>{_NUM})\b",
        re.I,
    ),
])]
_COLLECTIVE = {
    r"zu zweit|wir beide|we two|both of us|the two of us|à deux|вдвоём|вдвоем|удвох|вдвох|we dwoje|we dwójkę|we dwie|we dwóch|"
    # "uns beide umtragen", "нас обоих записать": the two, as the object of the request
    r"uns beide|uns beiden|us both|nous deux|nosotros dos|noi due|nós dois|мы оба|мы обе|нас обоих|нас обеих|"
    r"ми обидва|ми обидві|нас обох|my oboje|nas oboje|nas obu|ikimiz|ikimizi|ikimiz de|"
    # a couple is two ("wir sind ein Ehepaar", "we are a couple", "en couple", "oboje chcemy"); not "ein paar",
    # "a couple of questions", "un couple de", "парой слов"
    r"ein ehepaar|als ehepaar|als paar|wir zwei|(?:we are|we're|as) a (?:married )?couple(?! of)|married couple|"
    r"we both|en couple|una pareja|en pareja|una coppia|in coppia|um casal|como casal|супружеская пара|"
    r"семейной парой|подружжя|evli çift|çift olarak|oboje": 2,
    r"zu dritt|the three of us|à trois|втроём|втроем|втрьох|we troje|we trójkę|we trzech|we trzy": 3,
    # (Polish "we czwórkę", "we czterech", "w piątkę": as four, as five)
    r"zu viert|the four of us|à quatre|вчетвером|вчотирьох|we czworo|we czwórkę|we czterech|we cztery": 4,
    r"zu fünft|zu fuenft|the five of us|впятером|вп'ятьох|w piątkę|w pięcioro|w pięciu": 5,
    r"zu sechst|w szóstkę|w sześcioro|w sześciu": 6,
    # "both of us", "we three" in the languages of session 6 (Tigrinya, Amharic, Urdu, Pashto, Tamil with its
    # marks as letters, Armenian, Czech, Lithuanian); not the bare "both" (دونوں, دواړه), which also counts groups
    mark_letters(r"ክልቴና|ክልተና|ሁለታችንም|ہم دونوں|موږ دواړه|நாங்கள் இருவரும்|நாங்கள் இருவர்|երկուսով|ve dvou|dviese"): 2,
    mark_letters(r"ሰለስቴና|ሶስታችንም|ہم تینوں|موږ درې واړه|நாங்கள் மூவரும்|நாங்கள் மூவர்|երեքով|ve třech|triese"): 3,
    # Hindi and Punjabi "we both", Hindi "we three"; Bengali "we (are) two persons" (the count of persons written onto the number)
    mark_letters(canonical_indic("हम दोनों|আমরা দুজন|আমরা দুইজন|ਅਸੀਂ ਦੋਵੇਂ")): 2,
    mark_letters(canonical_indic("हम तीनों|আমরা তিনজন")): 3,
    mark_letters(canonical_indic("আমরা চারজন")): 4,
    mark_letters(canonical_indic("আমরা পাঁচজন")): 5,
    # Sinhala "we (are) two persons", "we three persons" (the count of persons written onto the number)
    mark_letters(canonical_indic("අපි දෙදෙනෙක්|අපි දෙන්නෙක්|අපි දෙදෙනා|අපි දෙන්නා")): 2,
    mark_letters(canonical_indic("අපි තිදෙනෙක්|අපි තුන්දෙනෙක්|අපි තිදෙනා")): 3,
    mark_letters(canonical_indic("අපි සිව්දෙනෙක්|අපි හතරදෙනෙක්")): 4,
    # Macedonian "we (will) come as two", "now we are three" (not "двајца" alone: "со двајца колеги" is two more)
    r"(?:ќе дојдеме|ќе бидеме|доаѓаме|сме|ние) двајца": 2,
    r"(?:ќе дојдеме|ќе бидеме|доаѓаме|сме|ние) тројца": 3,
    r"(?:ќе дојдеме|ќе бидеме|доаѓаме|сме|ние) четворица": 4,
    # Hebrew "the two of us", "the three of us", "the four of us"
    r"שנינו": 2,
    r"שלושתנו": 3,
    r"ארבעתנו": 4,
    # Tagalog "we are two", "the two of us" ("dalawa kami", "kaming dalawa")
    r"dalawa kami|kaming dalawa": 2,
    r"tatlo kami|kaming tatlo": 3,
    r"apat kami|kaming apat": 4,
    r"lima kami|kaming lima": 5,
    r"anim kami": 6,
    r"pito kami": 7,
    r"walo kami": 8,
    # Indonesian "as two", "as three" ("kami berdua", "datang berdua")
    r"berdua": 2,
    r"bertiga": 3,
    r"berempat": 4,
    r"berlima": 5,
    # Georgian "we (are) two …" with its collective numeral ("ორნი ვართ"; not "they two", ისინი ორნი)
    r"ჩვენ ორნი|ორნი (?:ვართ|ვიქნებით|მოვალთ)|(?:ვართ|ვიქნებით|მოვალთ) ორნი": 2,
    r"ჩვენ სამნი|სამნი (?:ვართ|ვიქნებით|მოვალთ)|(?:ვართ|ვიქნებით|მოვალთ) სამნი": 3,
    r"ჩვენ ოთხნი|ოთხნი (?:ვართ|ვიქნებით|მოვალთ)|(?:ვართ|ვიქნებით|მოვალთ) ოთხნი": 4,
    r"ჩვენ ხუთნი|ხუთნი (?:ვართ|ვიქნებით|მოვალთ)|(?:ვართ|ვიქნებით|მოვალთ) ხუთნი": 5,
}
# Italian "saremo in due" ("due" is also an English word, so no number on its own)
_ITALIAN_IN_N_RE = gated(re.compile(r"\b(?:siamo|saremo|veniamo|verremo)\s+in\s+(due|tre|quattro|cinque|sei)\b", re.I))
_ITALIAN_N = {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6}
_COLLECTIVE_RES = [(gated(re.compile(rf"\b(?:{pat})\b", re.I)), n) for pat, n in _COLLECTIVE.items()]

_COMPANION = (
    r"(?:kolleg\w*|colleagues?|coworkers?|co-workers?|freund(?!lich)\w*|friends?|ehefrau|ehemann|partner\w*|"
    r"tochter|töchter\w*|sohn|söhne\w*|kind|kinder\w*|wife|husband|spouse|daughters?|sons?|kids?|children|child|"
    r"mitglied\w*|members?|begleit\w*|mitstreiter\w*|nachbar\w*|schwester\w*|bruder|brüder\w*|mutter|vater|"
    r"sisters?|brothers?|mother|father|collègues?|amie?s?|mari|femme|épouse|compañer\w*|amig\w*|espos\w*|"
    r"marid[oa]s?|mujer|hij[oa]s?|herman[oa]s?|madre|padre|fils|fille|figli[oa]?|figlie|"
    r"koleg\w*|koleżank\w*|znajom\w*|żon\w*|męż\w*|collega|colleghi|colleghe|moglie|marito|amic[oaie]|"
    r"коллег\w*|друз\w*|друг\w*|подруг\w*|жен\w*|муж\w*|колег\w*|дружин\w*|чолов\w*|"
    r"teilnehmerin\w*|vorstandsmitglied\w*|"
    # Portuguese, Romanian, BCS, Albanian, Swahili, Somali spouses and children
    r"filh[oa]s?|mulher|so[țţ]i[ae]?\w*|so[țţ]ul\w*|suprug\w*|bashkëshort\w*|gruan|burrin|mke|mume|"
    r"xaaskayga|ninkayga|"
    # Czech and Slovak spouses and children ("sebe a svého manžela", "seba a svoju dcéru")
    r"manžel\w*|dcer\w*|dcér\w*|syn(?:a|em|om)?|"
    # Dutch ("mij en mijn vrouw"; "vrouw", "man" only after "mijn": "de man" is anyone)
    r"echtgeno(?:ot|te)|dochter|zoon|(?<=mijn )(?:vrouw|man)|"
    # German "Frau"/"Mann" are a spouse only after "my": "Frau Müller" is a name, "mein Mann" a husband
    r"(?:(?<=mein )|(?<=meine )|(?<=meiner )|(?<=meinem )|(?<=meinen ))(?:frau|mann))"
)
_WITH = (
    r"(?:mit|with|and|und|&|\+|plus|samt|sowie|together with|along with|accompanied by|avec|et|con|y|z|ze|razem z|с|со|з|із|і|и|та|"
    r"i|"  # Polish, BCS "and": "siebie i mojego męża"
    r"(?<=sebe )a|(?<=seba )a|"  # Czech, Slovak "myself and" ("a" alone is "to" in Italian and Spanish)
    # Italian and Portuguese, Dutch "and" only before "my": "me e mio marito", "mij en mijn vrouw" ("genitori e figli")
    r"e(?=\s+(?:mio|mia|miei|mie|meu|minha|meus|minhas|a minha|o meu)\s)|en(?=\s+mijn\s)|"
    r"com|cu|împreună cu|sa|me|na|conmigo|comigo|with me|mit mir)"
)
_POSSESSIVE = (
    r"(?:mein|meine[mnrs]?|unsere[mnrs]?|my|our|mon|ma|mes|mi|mis|mio|mia|miei|mie|moj\w*|mój|nasz\w*|мо\w{1,3}|мій|наш\w{0,3}|"
    r"mijn|"
    r"(?:[ao]s? )?(?:minhas?|meus?)|"
    # the Slavic reflexive "one's own" ("siebie i swojego męża", "себе і свого чоловіка", "sebe a svého manžela")
    r"swoj\w{0,3}|swoją|svoj\w{0,3}|svog|svého|svou|svým|свое\w{0,2}|свою|своей|своим|свого|своє\w{0,2}|своїм)"
)
# "meine beiden Kolleginnen", "both my colleagues": 'both' counts two
_BOTH = {"beide": 2, "beiden": 2, "both": 2}
_WITH_COMPANION_RE = gated(re.compile(
    rf"(?<!\w){_WITH}\s+(?:{_POSSESSIVE}\s+)?(?:(?P<n>{_NUM}|{'|'.join(_BOTH)})\s+)?(?:{_POSSESSIVE}\s+)?{_COMPANION}\b",
    re.I,
))
# "und unseren Kassierer", "and our treasurer": any noun after a possessive, in German capitalised
# "und unsere Website ist …": the noun starts a new clause (a verb follows), it is no companion
_WITH_POSSESSIVE_NOUN_RE = gated(re.compile(
    r"(?<!\w)(?:und|and|sowie|mit|with)\s+(?:unsere[nmr]?|meine[nmr]?)\s+[A-ZÄÖÜ]\w++"
    r"(?!\s+(?:ist|sind|war|waren|hat|haben|wird|werden|braucht|brauchen|kann|können|muss|müssen|soll|sollen)\b)"
))
# a companion with "my"/"our" (and a name) right before an "and": the first of two ("Meine Kollegin und mein Kollege")
_PAIR_FIRST_RE = re.compile(
    rf"(?<!\w){_POSSESSIVE}\s+{_COMPANION}(?:\s+(?-i:[A-ZÄÖÜ][\w'’-]+)){{0,2}}[^\S\n]*,?[^\S\n]*\Z", re.I)
_AND_START_RE = re.compile(r"(?:und|and|et|y|e|i|и|і|та|ve|&|\+)\s", re.I)
# the pair is the subject of coming, right after it (a name between): "… und mein Kollege (Ben) kommen auch", "… will
# come too"; "ich melde meine Kollegin und meinen Kollegen an" registers two, whether the writer comes is not said
_PAIR_COMING_RE = re.compile(
    r"(?:\s+(?-i:[A-ZÄÖÜ][\w'’-]+)){0,2}\s+(?:kommen|will come|are coming|will join|come|viennent|vienen|vengono|vêm|"
    r"venham|przyjdą|придут|прийдуть|gelecek|geliyor)\b", re.I)
# "eşimle", "iki arkadaşımla", "antrenörümüzle"; and "kızım da benimle gelecek", "kaptanımız Zeynep de
# benimle gelecek" (my daughter, our captain Zeynep comes with me too): a person's noun (the Turkish
# `companions` of the vocabulary and the family and roles below) with "my"/"our" and "with", or before "also
# with me". A plural ("arkadaşlarımla", with my friends) counts only with its number: without one, how many
# come the reader does not know (`pl`: the companion is left to the evidence check, a human reads it).
# Lower case on lowered() text, diacritics folded: "esimle", "arkadasimla" as phones type them
_TURKISH_PERSONS = (
    r"arkadaş|meslektaş|eşim|kızım|oğlum|çocuğ|annem|babam|kardeş|abla|ağabey|abim|kuzen|komşu|torun|"
    r"başkan|kaptan|antrenör|hoca|sekreter|yönetici|koordinatör|temsilci|üye|gönüllü|öğretmen|öğrenci|"
    r"veli|kocam|karım|nişanlım"
)
# (the word read once, possessively: no backtracking over a long word; its plural is looked for in Python, and a
# person counts only where coming follows in the clause, "birlikte", "gel-", "katıl-": "öğretmenimle konuştum" is
# "I talked with my teacher")
_TURKISH_WITH_RE = gated(lower_pattern(
    rf"(?:(?P<n>{_NUM})\s+)?(?<!\w)(?P<stem>{_TURKISH_PERSONS})(?P<rest>\w*+)"
    rf"(?:(?<=l[ae])\b|(?:\s+[^\W\d_]+){{0,2}}?\s+(?:de|da|te|ta)\s+(?:benimle|bizimle))"
))
# (at most three words between, none "ve" (and) or a verb in the past, "konuştum", "görüştük": that clause is done;
# an ordinal "2." is a word: "eşimle 2. gruba katılmak")
_TURKISH_COMING_AFTER_RE = re.compile(
    r"(?:[^\S\n]+(?!ve\b)(?![^\s.,;!?]*[td][iuü][mk]\b)(?:\d{1,2}\.(?=[^\S\n])|[^\s.,;!?]+)){0,3}?[^\S\n]+(?:birlikte|beraber|gel|katil)")


def _turkish_plural(m: re.Match) -> bool:
    """ "arkadaşlarımla" (with my friends): the plural suffix after the person's noun."""
    return bool(re.search(r"l[ae]r", m.group("rest")))
# (and "me and my wife": "أنا وزوجتي", the "and" written on the noun; Persian "من و خانمم", "من و همسر", me and
# (my) spouse)
_ARABIC_PERSIAN_WITH_RE = gated(re.compile(
    r"(?:(?:مع|با)\s+(?:(?P<n>\S+)\s+(?:من\s+)?)?|(?<!\w)(?:أنا|انا|من)\s+و\s?)(?:زوجتي|زوجي|زميلتي|زميلي|زملائي|صديقي|صديقتي|أصدقائي|ابني|ابنتي|أخي|أختي|"
    r"همسرم|همسر|همکارم|همکارانم|دوستم|دوستانم|خانمم|شوهرم|دخترم|پسرم|مادرم|پدرم)(?!\w)"  # (not the start of a dual: "زميلين" is two)
))
# "drei weitere Vereinsmitglieder", "two more colleagues": n companions, the noun may be a compound
_N_MORE_RE = gated(re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:weitere[nr]?|andere[n]?|more|other|further|additional|autres|otros|otras|altri|"
    rf"inne|других|інших)\s+\w*?(?:mitglied\w*|kolleg\w*|person\w*|teilnehm\w*|leute\w*|members?|colleagues?|"
    rf"people|persons|attendees|participants?|membres|personnes|miembros|personas|osob\w*|человек|осіб)\b",
    re.I,
))
# "meine Kollegin kommt auch mit", "my colleague is coming too": a companion without "mit/with"
# ("kommt auch nicht", "kommt nicht mehr mit" do not count)
_COMES_TOO_RE = gated(re.compile(
    # (the companion's name may follow: "Mein Mann Bernd kommt auch mit", "My colleague Sarah Lee will join too")
    rf"(?<!\w){_POSSESSIVE}\s+(?:(?P<n>{_NUM}|{'|'.join(_BOTH)})\s+)?{_COMPANION}\s+"
    rf"(?:(?:(?-i:Frau|Herr|Mrs?\.?|Ms\.?)\s+)?(?-i:[A-ZÄÖÜ][\w'’-]+)\s+(?:(?-i:[A-ZÄÖÜ][\w'’-]+)\s+)?)?"
    # (German particles between: "kommt nun doch mit", "kommt jetzt auch mit"; "is coming after all")
    rf"(?:(?:kommt|kommen)\s+(?:(?:nun|jetzt|doch|noch)\s+){{0,3}}(?:auch|ebenfalls|mit)|"
    rf"(?:will come|is coming|are coming|will join|joins)\s+(?:too|as well|also|after all))\b"
    rf"(?![^\S\n]+(?:nicht|not)\b)",
    re.I,
))
# "Ms Leyla Aziz and myself", "Frau Aziz und mich": a named person plus the writer
_NAME_AND_ME_RE = gated(re.compile(r"(?<!\w)[A-ZÄÖÜ][\w'’-]+\s+(?i:and|und|et|y|e)\s+(?i:myself|mich|moi|mí)\b"))
# (the possessive a word of its own: "Ich heiße Fatma und ich …", "Rasha Mansour und ich …" end in "ma", "our";
# and not the writer's own name: "Mein Name ist Selma und ich komme …")
_AND_I_RE = gated(re.compile(
    rf"(?<!\w){_POSSESSIVE}\s+(?!(?:name|nom|nombre|nome|naam|imię|имя|ім'я|ім’я)\b)(?:\w+\s+){{0,4}}?"
    rf"(?:und ich|and i|and me|et moi|y yo|и я|і я|ve ben)\b", re.I
))
# "allein", "alone", "Vin singură", "przyjdę sama" (Polish and BCS "sam" only after a verb of coming: "ja sam",
# "bio sam" is "I am", "ten sam" "the same"): the `alone` words of the vocabulary files, on lowered() text
_ALONE_RE = gated(concept_pattern("alone"))
# Russian, Ukrainian, Arabic and Persian written in Latin letters, as phones without the
# keyboard write them: "s zhenoy" (with my wife), "ana w sa7bi" (me and my friend; Arabizi
# digits for letters), "ba hamsaram". Spouse, colleague and friend words only.
_TRANSLIT_WITH_RE = gated(lower_pattern(
    r"(?<!\w)(?:s|so|z|i)\s+(?:moe[iy]\s+|moim\s+|svoe[iy]\s+)?(?:zhen(?:oy|oi|oj|a)|muzh(?:em)?|kolleg\w*|koleh\w*|"
    r"drug(?:om)?|podrug\w*|druzhyn\w*|cholovik\w*)\b|"
    r"(?<!\w)(?:w|wa|we|ma3a?|m3a)\s+(?:zawg\w*|zog\w*|zoj\w*|mrati|sa7b\w*|s7ab\w*|zamil\w*|zameel\w*)\b|"
    r"(?<!\w)ba\s+(?:hamsar\w*|hamkar\w*|doost\w*|dust\w*|khanom\w*|shohar\w*)\b"
))
_TRANSLIT_QUICK_RE = gated(lower_pattern(r"zhen|muzh|kolleg|koleh|drug|druzhyn|cholov|zawg|zog|zoj|mrati|sa7|s7ab|zam[ie]|hamsar|hamkar|doost|dust|khanom|shohar"))

_WE_RE = gated(re.compile(r"\b(?:wir|we|nous|nosotros|my|мы|ми|biz)\b|نحن|نحنا|إحنا|احنا|ما ", re.I))


def _with_a_count(text: str, totals: list[tuple[int, int, int]]) -> str | None:
    """A stated count right after a `with_words` word ("mit 2 Personen", "with 2 people") in a sentence without
    "we", and no other count beside it ("with two friends …, so 3 people in total" says which), in a sentence of
    coming, not of signing up ("ich melde mich mit 2 Personen an" registers two in all): the words as written."""
    if len(totals) != 1:
        return None
    for start, end, _n in totals:
        before = _with_before_count_re().search(lowered(text[max(0, start - 12) : start]))
        sentence = _sentence_around(text, start, end)
        if before and not _WE_RE.search(sentence) and not REGISTER_RE.search(lowered(sentence)):
            return " ".join(text[start - (len(before.group(0))) : end].split())[:40]
    return None


@functools.cache
def _with_before_count_re() -> re.Pattern:
    withs = longest_first({w.lower() for w in words("with_words")})
    return re.compile(rf"(?<!\w)(?:{alternation(withs)})[^\S\n]+$")


def _coming_alone(text: str, of_writer: bool = False) -> re.Match | None:
    """The first "alone" in a sentence of coming: "Ich komme allein", not "одна із засновниць" (one of the
    founders) or "many elderly people live alone" (an alone elsewhere excuses no companion)."""
    # (or in a sentence of a few words, all of it about coming: "Nur ich, ohne Begleitung.", "Just me, alone.")
    # (`of_writer`: not another person alone, "bitte meine Kollegin … anmelden. Sie kommt allein", "Он придёт
    # один": where the writer is the one registered, the person named comes alone, the writer perhaps not at all;
    # a first-person word beside it is the writer)
    return next((m for m in _ALONE_RE.finditer(lowered(text[:20_000]))
                 if (speaks_of_coming(sentence := _sentence_around(text, *m.span())) or len(sentence.split()) <= 4)
                 and not (of_writer and _of_another(sentence))),
                None)


_THIRD_PERSON_RE = gated(concept_pattern("third_person"))


def _of_another(sentence: str) -> bool:
    """The sentence speaks of another person ("sie", "he", "он") and not of the writer ("ich", "I", "я")."""
    low = lowered(sentence)
    return bool(_THIRD_PERSON_RE.search(low)) and not FIRST_PERSON_RE.search(low)


@dataclass
class Party:
    size: int
    explicit: bool = False  # the text states a number (or companions), not just the default
    doubt: str | None = None  # why a human should check the number
    spans: tuple[tuple[int, int], ...] = ()  # the words the number was read from (the evidence check)
    stated: bool = False  # read from a stated total ("wir sind 4", "zu zweit"), not counted from companions
    alone: bool = False  # the writer says "allein", "alone": companion words elsewhere are about others


# "mein Kollege", "my wife": a companion named by a possessive, in a list after a total
_POSSESSIVE_COMPANION_RE = gated(re.compile(rf"(?<!\w){_POSSESSIVE}\s+(?:\w+\s+)?{_COMPANION}\b", re.I))


# "I will bring my colleague", "ich bringe meine Tochter mit", "I'll bring one colleague", "ich bringe zwei
# Kollegen mit", "bringing a friend": the companion is brought along (a bare plural, "bring colleagues",
# says no number: not read here, the evidence sends it to review)
_BRING_RE = gated(re.compile(
    rf"(?<!\w)(?:bring\w*|mitbring\w*)\s+(?:along\s+)?(?=(?:{_POSSESSIVE}|{_NUM}|a|an|einen|eine|noch)\s)"
    rf"(?:noch\s+)?(?:{_POSSESSIVE}\s+)?(?:(?:a|an|einen|eine)\s+)?(?:(?P<n>{_NUM})\s+)?(?:{_POSSESSIVE}\s+)?{_COMPANION}\b",
    re.I,
))


def party_size(text: str) -> Party:
    """Party size, with a doubt where a group of persons is registered or comes ("we would like to register a
    group of 6 students": six, seven with the writer, or one?); see _party_size."""
    party = _party_size(text)
    if party.doubt is None:
        group = next((m for m in _GROUP_OF_RE.finditer(text) if not _GROUP_TIME_RE.match(text, m.end())), None)
        clause = lowered(_clause(text, group.start(), group.end())) if group else ""
        if group and (REGISTER_RE.search(clause) or speaks_of_coming(clause)):
            return dataclasses.replace(party, doubt=f"'{' '.join(group.group(0).split())}': how many come, the writer too?")
    return party


# "Gruppe von 2 bis 4 Uhr": a time, no group of persons
_GROUP_TIME_RE = re.compile(r"[^\S\n]*(?:bis|to|-|–|à|a|al)\b|[^\S\n]*(?:uhr|h\b|pm|am\b)", re.I)


def _party_size(text: str) -> Party:
    """Party size from totals ('wir sind 4', 'zu dritt'), else companions ('mit zwei Kolleginnen' = 3).

    Lines wrapped by the mail client are read as one ("wir sind also zu\nzweit"); the text keeps
    its length, so the spans point into the caller's text.
    """
    text = _WRAPPED_RE.sub(" ", mark_letters(text).replace("İ", "I"))
    totals = _totals(text)
    totals = _others_in_whole(text, totals)
    totals = _summed_total(text, totals)
    changed = _count_change(text)
    if changed:
        # "die Zahl der Personen von 3 auf 2", "تعداد نفرات را از ۳ به ۲": the new number is the party
        (old, new), spans = changed
        other = sorted({n for _, _, n in totals} - {old, new})
        doubt = f"several numbers of persons: {', '.join(map(str, other + [new]))}" if other else None
        return Party(new, True, doubt, spans)
    spans = tuple((s, e) for s, e, _ in totals)
    if totals:
        numbers = [n for s, e, n in totals if not _replaced(text, s) and not _INSTEAD_AFTER_RE.match(text, e)] \
            or [n for _, _, n in totals]
        if len(set(numbers)) > 1:
            # "wir hatten uns mit 4 Personen angemeldet … nur zu dritt": a count in a clause about the
            # registration made is the old one, when another count is left
            now = [n for s, e, n in totals if not _replaced(text, s) and not _PAST_RE.search(_clause(text, s, e))]
            numbers = now or numbers
        spans += _old_counts(text, totals)
        if len(set(numbers)) == 1:
            spans += _breakdown(text, numbers[0], spans)
        if len(set(numbers)) > 1 and max(numbers) > 1:
            return Party(max(numbers), True, f"several numbers of persons: {', '.join(map(str, sorted(set(numbers))))}", spans)
        if 1 + _companions_coming(text) > numbers[0]:
            # "вдвоём с дочерью и сыном": the writer and the companions named are more than the total
            return Party(numbers[0], True, f"more companions named than the {numbers[0]} persons stated", spans)
        with_count = _with_a_count(text, totals)
        if with_count:
            # "Ich komme mit 2 Personen", "I'll come with 2 people": two in all, or two besides the writer?
            # ("Wir kommen mit 4 Personen" says the whole: "we" in the sentence)
            return Party(numbers[0], True, f"'{with_count}': that many in all, or that many besides the writer?", spans)
        alone = _coming_alone(text) if numbers[0] > 1 else None
        if alone:
            # "Wir sind 5 Personen in Familie, aber ich komme allein": the number counts someone else
            return Party(numbers[0], True, f"says 'alone' and states {numbers[0]} persons", spans)
        home = next((sentence for s, e, _n in totals if _LIVING_RE.search(sentence := _sentence_around(text, s, e))
                     and not speaks_of_coming(sentence) and not REGISTER_RE.search(lowered(sentence))
                     and not _GROUP_NOUN_ANY_RE.search(sentence)), None)
        if home and 1 + _companions_coming(text) != numbers[0]:
            # (not where the ones signed up come to the same number: "melde mich und meinen Partner an … wohnen zu
            # zweit")
            # "Wir wohnen zu fünft in 3 Zimmern", "we live as a family of four": the household, who comes is not said
            return Party(numbers[0], True, f"a number of persons where the writer speaks of living: '{' '.join(home.split())[:60]}'", spans)
        return Party(numbers[0], True, spans=spans, stated=True)
    companions, spans = _companions(text)
    if companions:
        alone = _ALONE_RE.search(lowered(text))
        doubt = "says 'alone' and names companions" if alone else None
        idle = [text[s:e] for s, e in spans if not _said_to_come(text, s, e)]
        coming_alone = _coming_alone(text) if alone and len(idle) == len(spans) else None
        if coming_alone:
            # "Projekte mit Kindern … Ich komme allein": the companion words are about the work, and
            # the writer says in a sentence of coming that they come alone
            return Party(1, True, spans=(coming_alone.span(), *spans))
        if idle:
            # "Unser Verein arbeitet mit Kindern": a companion word where nobody comes or registers
            doubt = f"companions in a sentence that does not say they come: '{' '.join(idle[0].split())[:40]}'"
        dangling: list[str] = []
        _one_companions(text, dangling)
        if dangling and not doubt:
            doubt = f"more companions after 'and' than were counted? '{dangling[0][:40]}'"
        doubt = doubt or _vague_companions(text) or _either_or(text, spans) or _named_twice(text, spans)
        return Party(1 + companions, True, doubt, tuple(spans))
    alone = _coming_alone(text)
    if alone:
        return Party(1, True, spans=(alone.span(),), doubt=_vague_companions(text) or _name_and_i(text), alone=True)
    vague = _vague_companions(text) or _name_and_i(text)
    return Party(1, bool(vague), vague)


def _named_twice(text: str, spans: list[tuple[int, int]]) -> str | None:
    """Companions found in more than one sentence: "Ich komme mit meiner Frau. Bitte melden Sie meine Frau und
    mich an", a mail written twice ("θα έρθω με τη σύζυγό μου … register my wife and me"). The reader adds
    them; the same person named again would be counted twice, and nothing says which it is."""
    sentences = {_sentence_bounds(text, s, e)[0] for s, e in spans}
    if len(sentences) < 2:
        return None
    named = sorted(spans)[:2]
    return "companions named in more than one sentence: the same person twice? " + ", ".join(
        f"'{' '.join(text[s:e].split())[:30]}'" for s, e in named)


# "Leyla und ich würden gern …", "Anna and I would like …", "Ayşe ve ben …": a person named beside the
# writer, who is counted nowhere (a first name is no companion word). Not a greeting or a thank-you
# before "and I", not a month ("in August and I …"); German writes every noun with a capital, so there
# the verb after "und ich" must be the plural of two ("Leyla und ich kommen", not "Erzieher und ich möchte")
_NAME_AND_I_RE = gated(re.compile(
    r"(?<![\w.])(?!(?:Danke|Dank|Thanks|Thank|Hallo|Hello|Merci|Gracias|Grazie|Obrigad[oa]|Teşekkürler|Спасибо|Дякую)\b)"
    r"(?P<name>[A-ZÄÖÜÇŞİĞÉÈÁÍÓÚА-ЯЁІЇЄ][\w'’-]+)[^\S\n]+"
    r"(?:(?i:und ich)(?=[^\S\n]+(?:\w+en|sind)\b)|"
    r"(?i:and i|et moi|y yo|e io|e eu|i ja|и я|і я|ve ben|și eu|si eu|en ik|och jag|og jeg|a já|és én)(?![\w'’]))"
))


# "My name is Anna and I …", "Ich heiße Fatma und ich …": the name is the writer's own
_NAME_INTRO_BEFORE_RE = re.compile(
    r"(?i:name is|name ist|heiße|heisse|je m'appelle|je m’appelle|me llamo|mi chiamo|adım|меня зовут|мене звати)\s*$")
# "mich und Ali", "me and Sarah", "wir (Anna und Ali)": the writer and someone named, the other way round
_I_AND_NAME_RE = gated(re.compile(
    # (the words written in both cases, not with an inline flag: the gate then knows where a match may start)
    r"(?<![\w.])(?:[Ii]ch|[Mm]ich|[Mm]e|[Mm]yself|[Mm]oi|[Yy]o|[Jj]a|[Bb]en|[Bb]eni)[^\S\n]+"
    r"(?:und|and|et|y|e|i|и|і|ve)[^\S\n]+"
    r"(?!(?:Sie|Ihnen|Ihr|You)\b)(?P<name>[A-ZÄÖÜÇŞİĞÉÈÁÍÓÚА-ЯЁІЇЄ][\w'’-]+)"
    r"|(?<![\w.])(?:[Ww]ir|[Ww]e|[Nn]ous|[Мм]ы|[Мм]и|[Bb]iz)[^\S\n]*\((?P<names>[^()\n]{2,60}?(?:,|\bund\b|\band\b|\bet\b|\bi\b|\bи\b|\bve\b)[^()\n]{1,60})\)"
    # Arabic "me and the director" ("سأحضر أنا والمدير", the "and" written on the word), Persian "من و …" (me and …)
    r"|(?<!\w)(?:أنا|انا)[^\S\n]+و[^\S\n]?(?P<aname>[\u0600-\u06ff]{2,})|(?<!\w)من[^\S\n]+و[^\S\n]+(?P<fname>[\u0600-\u06ff]{2,})"
))


def _name_and_i(text: str) -> str | None:
    for m in _NAME_AND_I_RE.finditer(text):
        if not _is_month(m.group("name")) and not _NAME_INTRO_BEFORE_RE.search(text, max(0, m.start() - 25), m.start()):
            return f"someone named beside the writer, not counted: '{m.group(0)}'"
    for m in _I_AND_NAME_RE.finditer(text):
        if (m.group("aname") or m.group("fname")) and digit_value(m.group("aname") or m.group("fname")):
            continue  # ("أنا و٣", me and 3: a count, read or left to the evidence)
        if not (m.group("name") and _is_month(m.group("name"))):
            return f"someone named beside the writer, not counted: '{m.group(0)}'"
    return None


def _is_month(word: str) -> bool:
    low = bare(word)
    return any(low.startswith(stem) and len(low) - len(stem) <= 6 for stem in month_stems())


@functools.cache
def _many_re():
    many = longest_first({bare(w) for w in words("many_companions")})
    # ("mich und Kollegen aus dem Vorstand", "myself and colleagues": the writer and some others, uncounted)
    withs = longest_first({bare(w) for w in words("with_words")} | _me_and())
    if not many or not withs:
        return None
    # ("I'll bring colleagues", "bringe Kinder mit": the verbs of _BRING_RE stand for "with" too)
    return gated(re.compile(rf"(?<!\w)(?:{alternation(withs)}|bring\w*|mitbring\w*)(?P<between>(?:[^\S\n]+[^\W_]+){{0,2}}?)"
                            rf"[^\S\n]+(?:{alternation(many)})(?!\w)"))


@functools.cache
def _possessive_many_re():
    many = longest_first({bare(w) for w in words("many_companions")})
    return gated(re.compile(rf"(?<!\w){_POSSESSIVE}(?P<between>(?:[^\S\n]+[^\W_]+)?)[^\S\n]+(?:{alternation(many)})(?!\w)",
                            re.I)) if many else re.compile("(?!)")


# a clause from a position to its end (a comma, a dash, the sentence's end), at most 120 characters
_CLAUSE_AFTER_RE = re.compile(r"[^.!?;,\n–—]{0,120}")


def _negated_clause(clause: str) -> bool:
    return bool(NEGATION_RE.search(lowered(clause)))


# German possessives of the dative and accusative singular: "meinem Kollegen", "unseren Kollegen" is one
_ONE_DETERMINERS = frozenset({"meinen", "meinem", "unseren", "unserem", "seinen", "seinem", "ihren", "ihrem"})
# German determiners that make "Kollegen" one colleague after "mich und" (accusative singular)
_ACCUSATIVE_ONE = frozenset({"meinen", "einen", "unseren", "den", "ihren", "seinen", "deinen", "euren"})


@functools.cache
def _me_and() -> frozenset[str]:
    return frozenset(bare(w) for w in words("me_and"))


def _vague_companions(text: str) -> str | None:
    """"mit Kollegen", "with my kids", "с детьми", "mich und Kollegen": companions (`many_companions`) after "with"
    (or "me and") and no count:
    how many come is for a human to ask (a count or "both" between is a count: "mit meinen zwei Kindern")."""
    regex = _many_re()
    low = bare(text)
    if regex is None or len(low) != len(text):
        return None
    for m in regex.finditer(low):
        between = text[m.start("between") : m.end("between")].split()
        if any(digit_value(w) or w.lower() in _BOTH for w in between) or _negated(text, m.start()):
            continue
        if _ACCUSATIVE_ONE & {w.lower() for w in between} and low[m.start() : m.start("between")] in _me_and():
            continue  # "mich und meinen Kollegen": one colleague (accusative), not colleagues
        if not speaks_of_coming(_sentence_around(text, *m.span())):
            continue  # "wir arbeiten mit Kindern": nobody comes (the idle rule or the evidence decides)
        return f"how many companions: '{' '.join(text[m.start() : m.end()].split())[:40]}'?"
    for m in _possessive_many_re().finditer(low):
        # "Meine Kinder kommen auch", "my kids will come too", "Mein Mann und meine Kinder": companions of no
        # stated number as the subject of coming, no "with" before them
        between = text[m.start("between") : m.end("between")].split()
        if any(digit_value(w) or w.lower() in _BOTH for w in between) or _negated(text, m.start()):
            continue
        if text[m.start() : m.end()].split()[0].lower() in _ONE_DETERMINERS:
            continue  # "meinem Kollegen", "unseren Kollegen" (accusative): one colleague; "mit meinen Kindern" is above
        # (the coming in their own clause: "Ich komme alleine, meine Kollegen haben keine Zeit", "weil unsere
        # Kinder in der Grundschule sind" bring nobody)
        clause = _CLAUSE_AFTER_RE.match(text, m.start())
        if speaks_of_coming(clause.group(0)) and not _negated_clause(clause.group(0)):
            return f"how many companions: '{' '.join(text[m.start() : m.end()].split())[:40]}'?"
    low = lowered(text)
    if _TURKISH_QUICK_RE.search(low):
        for m in _TURKISH_WITH_RE.finditer(low):
            # "öğrencilerimle katılacağım": with my pupils, no count
            if _turkish_plural(m) and not m.group("n") and _TURKISH_COMING_AFTER_RE.match(low, m.end()):
                return f"how many companions: '{' '.join(text[m.start() : m.end()].split())[:40]}'?"
    return None


def _either_or(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str | None:
    """"z mężem albo z córką", "with my wife or my son": companions with an `or_words` word in their clause."""
    regex = _or_re()
    if regex is None:
        return None
    for s, e in spans:
        sentence = _sentence_around(text, s, e)
        if regex.search(bare(sentence)):
            return f"companions with 'or': '{' '.join(sentence.split())[:50]}'"
    return None


@functools.cache
def _or_re() -> re.Pattern | None:
    # (built once: the `or_words` of every file, made bare, were gathered again on each call)
    ors = longest_first({bare(w) for w in words("or_words")})
    return re.compile(rf"(?<!\w)(?:{alternation(ors)})(?!\w)") if ors else None


def _clause(text: str, start: int, end: int) -> str:
    """The lowered clause around a span: from the last , ; . ! ? or line end before it to the next one."""
    begin = max(text.rfind(ch, 0, start) for ch in ",;.!?\n") + 1
    stops = [i for i in (text.find(ch, end) for ch in ",;.!?\n") if i >= 0]
    return lowered(text[begin : min(stops, default=len(text))])


# "üç kişi yerine", "négy fő helyett": Turkish and Hungarian write "instead of" after the old count
_INSTEAD_AFTER_RE = re.compile(r"[^\S\n]*(?:yerine|helyett)(?!\w)", re.I)


def _replaced(text: str, start: int) -> bool:
    """"zu viert statt zu zweit", "троє замість двох": the count after an `instead_of` word is the old one."""
    return bool(_instead_of_re().search(bare(text[max(0, start - 24) : start])))


def _old_counts(text: str, totals: list[tuple[int, int, int]]) -> tuple[tuple[int, int], ...]:
    """"four instead of two", "трое, а не двое": the replaced count right after a total is read (as the old one)."""
    low = bare(text)
    out = []
    for _, end, _ in totals:
        m = _old_after_re().match(low, end) if len(low) == len(text) else None
        between = text[m.start("w") : m.end("w")] if m and m.group("w") else ""
        if between and (not between.islower() or re.fullmatch(GROUP_NOUN, between, re.I)):
            continue  # "rather than AG 3": a workgroup, not an old count
        if m and digit_value(text[m.start("n") : m.end("n")]):
            out.append((end, m.end()))
    return tuple(out)


@functools.cache
def _old_after_re() -> re.Pattern:
    # the old count right after the `instead_of` words, one word between at most ("statt zu zweit")
    phrases = longest_first({bare(w) for w in words("instead_of")}) or ["(?!)"]
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{alternation(phrases)})[^\S\n]+(?:(?P<w>[^\W\d_]{1,4})[^\S\n]+)?(?P<n>\w+)(?!\w)")


@functools.cache
def _instead_of_re() -> re.Pattern:
    phrases = longest_first({bare(w) for w in words("instead_of")}) or ["(?!)"]
    # (a "with" between: "zu dritt statt mit 4 Personen", "three instead of with four")
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})[^\S\n]*(?:(?:mit|with|avec|con|com|z|с|з)[^\S\n]+)?$")


# "Personenzahl von 3 auf 2", "number of people from 3 to 2", "تعداد نفرات ما را از ۳ به ۲", "liczbę osób z 3 na
# 2", "broj osoba s 3 na 2", "numărul de persoane de la 3 la 2": a count noun, then "from M to N"
_COUNT_NOUN = (
    r"(?:zahl|anzahl|personenzahl|teilnehmerzahl|number|count|nombre|número|numero|numărul|liczb\w*|broj\w*|"
    r"количеств\w*|кількість|число|sayı\w*|aantal|antal|antall|αριθμ\w*|عدد|تعداد)"
)
_COUNT_CHANGE_RE = gated(re.compile(
    rf"{_COUNT_NOUN}[^.!?\n]{{0,40}}?(?<!\w)(?:von|from|de|de la|da|van|z|ze|od|s|sa|с|з|від|از|من|από|din|fra|från)\s+"
    rf"(?P<m>{_NUM})(?:\s+{_PEOPLE})?\s+(?:auf|to|à|a|para|naar|na|do|на|до|به|إلى|الى|σε|la|til|till)\s+(?P<n>{_NUM})(?!\w)"
    # Turkish: "kişi sayısını 3'ten 2'ye", "3 kişiden 2 kişiye"
    rf"|{_COUNT_NOUN}[^.!?\n]{{0,40}}?(?<!\w)(?P<m2>\d{{1,2}}|{_NUM})(?:\s*kişi)?['’]?(?:den|dan|ten|tan)\s+"
    rf"(?P<n2>\d{{1,2}}|{_NUM})(?:\s*kişi)?['’]?y?[ea](?!\w)",
    re.I,
))


def _count_change(text: str) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
    """((old, new), spans) of a stated change of the number of persons."""
    m = _COUNT_CHANGE_RE.search(text)
    if not m:
        return None
    a, b = ("m", "n") if m.group("m") else ("m2", "n2")
    old, new = digit_value(m.group(a)), digit_value(m.group(b))
    if not old or not new or old == new or new > 20:
        return None
    return (old, new), (m.span(a), m.span(b))


# a line of 50+ characters that goes on in the next is a client's hard wrap, not a form line
# (the line break first, the 50 characters before it looked at after: the matcher then skips to each line
# break, where a look-behind first would read 50 characters back at every position: 90 µs on 2,000
# characters, now 4; the same matches)
_WRAPPED_RE = gated(re.compile(r"\n(?<=[^\n]{50}\n)(?=[^\n])"))


# the small numbers of Danish, Norwegian and Swedish that are everyday words elsewhere, read after "vi er/blir/är"
_SCANDINAVIAN_NUMBERS = {"en": 1, "ett": 1, "to": 2, "två": 2, "fire": 4}


def _totals(text: str) -> list[tuple[int, int, int]]:
    found = []
    low = lowered(text)
    for regex, gate in _TOTALS_GATED:
        if gate is not None and not any_search(gate, low):
            continue
        for m in regex.finditer(text):
            n = digit_value(m.group("n")) or _SCANDINAVIAN_NUMBERS.get(m.group("n").lower())
            if n and 0 < n <= 60 and not _is_age_or_time(text, m) and not _about_last_time(text, m):
                found.append((m.start(), m.end(), n + _plus_me(text, m)))
    for m in _TWO_COUNTS_RE.finditer(text):
        a, b = digit_value(m.group("a")), digit_value(m.group("b"))
        # (not when the children stay away: "…, die Kinder bleiben aber zu Hause", "(children in the childcare)")
        if a and b and a + b <= 60 and not _STAY_AWAY_RE.search(text, m.end(), m.end() + 160):
            # (the first count alone, or "wir sind 3" ending on it, is this one's part)
            found = [t for t in found if not (t[0] <= m.start("a") < t[1] or m.start() <= t[0] < m.end())]
            found.append((m.start(), m.end(), a + b))
    for regex, n in _COLLECTIVE_RES:
        found += [(m.start(), m.end(), n) for m in regex.finditer(text)]
    found += [(m.start(), m.end(), _ITALIAN_N[m.group(1).lower()]) for m in _ITALIAN_IN_N_RE.finditer(text)]
    found += _counts_of_us(text)
    # "ich und 2 Personen aus unserem Verein", "من و دو نفر از همکارانم": the count after "me and" is the others;
    # the writer's count replaces the plain "2 Personen" read inside it
    mine = _me_and_counts(text)
    found = [t for t in found if not any(c[0] <= t[0] and t[1] <= c[1] for c in mine)]
    found += [c for c in mine if not any(s <= c[0] < e or c[0] <= s < c[1] for s, e, _ in found)]
    found += [c for c in _own_language_counts(text) if not any(s <= c[0] < e or c[0] <= s < c[1] for s, e, _ in found)]
    return sorted(found)


# "two of us", "zwei von uns", "trois d'entre nous": the count is the whole group. The words after the
# number are searched first (a number alternation tried at every position is slow on long mails).
# (a run of spaces is entered at its start only and never given back: linear on 50 KB of blanks)
_OF_US_RE = gated(re.compile(r"(?<![^\S\n])[^\S\n]++(?:of us|von uns|d'entre nous|de nosotros|di noi|z nas|из нас|з нас|od nas)\b", re.I))
_WORD_BEFORE_RE = re.compile(r"(?<!\w)(\w+)$")


def _counts_of_us(text: str) -> list[tuple[int, int, int]]:
    out = []
    for m in _OF_US_RE.finditer(text):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        n = digit_value(before.group(1)) if before else None
        if n and 0 < n <= 60:
            out.append((before.start(), m.end(), n))
    return out


@functools.cache
def _me_and_res() -> tuple[re.Pattern, frozenset[str]] | None:
    """The vocabulary's `me_and` phrases ("me and", "ich und", "aniga iyo") before a count, on bare() text;
    and its `others` words ("others", "weitere"), which stand for persons after such a count."""
    phrases = longest_first(_me_and())
    if not phrases:
        return None
    # (Arabic writes its "and" on the count: "أنا واثنان", me and two)
    regex = re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?:[^\S\n]+|(?<=و))(?P<n>[^\W_]+)(?!\w)")
    return regex, frozenset(bare(w) for w in words("others"))


def _me_and_counts(text: str) -> list[tuple[int, int, int]]:
    """"me and two colleagues", "ich und zwei weitere", "aniga iyo laba xubnood": the writer plus a count of
    persons is the party, in a sentence that says they come (else the count stays unexplained: review)."""
    compiled = _me_and_res()
    low = bare(text)
    if compiled is None or len(low) != len(text):
        return []
    regex, others = compiled
    out = []
    for m in regex.finditer(low):
        token = text[m.start("n") : m.end("n")]
        n = digit_value(token) if token.isdigit() or token.casefold() in CARDINALS else None
        if not n or n > 60:
            continue  # (no count; a Roman numeral, "ich und II", names a workgroup)
        end = _persons_end(text, m)
        nxt = _NEXT_WORD_RE.match(low, m.end())
        if end is None and nxt and nxt.group(1) in others:
            end = nxt.end()
        if end and speaks_of_coming(_sentence_around(text, m.start(), end)) and _states_coming(text, m) and not _about_last_time(text, m):
            out.append((m.start(), end, n + 1))
    return out


@functools.cache
def _persons_by_language() -> tuple[re.Pattern, dict[str, dict[str, int]]] | None:
    """The words for persons of every language, and {persons word: that language's number words}.

    "katër veta", "çar kes", "ba người": the number word is an everyday word elsewhere ("ba", "du",
    "car"), so the reader does not take it as a number on its own; right before its own language's
    word for persons it is a count beyond doubt. The persons word is searched first (literal and
    fast), then the word before it is looked up in the same file's numbers.
    """
    numbers: dict[str, dict[str, int]] = {}
    for table in vocabulary().values():
        cardinals = {w.lower(): v for w, v in table.get("cardinals", {}).items()}
        for person in table.get("persons", []):
            numbers.setdefault(person.lower(), {}).update(cardinals)
    if not numbers:
        return None
    persons = longest_first(numbers)
    return re.compile(rf"(?<![^\S\n])[^\S\n]++({alternation(persons)})(?!\w)", re.I), numbers


@functools.cache
def _persons_gates() -> tuple:
    """A pre-check for _persons_by_language's pattern: a word for persons at all (one pattern of
    hundreds of words, tried after every space, is 0.2 ms on a 40-line mail)."""
    persons = sorted({p for table in vocabulary().values() for p in map(str.lower, table.get("persons", []))})
    return alternation_gates(alternatives(persons), r"{}(?!\w)", lambda p: re.compile(p, re.I))


def _own_language_counts(text: str) -> list[tuple[int, int, int]]:
    compiled = _persons_by_language()
    if compiled is None or not any_search(_persons_gates(), text):
        return []
    regex, numbers = compiled
    out = []
    for m in regex.finditer(text):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        person = " ".join(m.group(1).lower().split())
        value = numbers.get(person, {}).get(before.group(1).lower()) if before else None
        if value and not _about_last_time(text, m):
            out.append((before.start(), m.end(), value))
    return out


# --- the whole and its parts ------------------------------------------------------------------
# "we are four: me, my colleague and two parents", "ما ۳ نفر هستیم: من و دو نفر": a total and the
# companions it is made of. The parts are read only as a check of the total, never instead of it.

# "and", "with" before a count of the others ("me and two persons", "با دو نفر", "ومعي شخصين")
_AND_WITH_BEFORE_RE = gated(re.compile(
    r"(?:^|[\s,(])(?:und|and|with|mit|et|avec|y|con|e|com|i|oraz|z|ze|и|і|та|с|з|ve|ile|me|dhe|û|và|cu|sa|"
    r"و|با|مع|ومعي|معي)[^\S\n]*$", re.I))


def _others_in_whole(text: str, totals: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop a smaller count of the others ("and two persons") when the writer plus them is the larger total."""
    if len({n for _, _, n in totals}) < 2:
        return totals
    whole = max(n for _, _, n in totals)
    smaller = [t for t in totals if t[2] < whole]
    others = [t for t in smaller if _AND_WITH_BEFORE_RE.search(text[max(0, t[0] - 12) : t[0]])]
    if others != smaller or 1 + sum(n for _, _, n in others) != whole:
        return totals
    # the smaller counts stay read (their spans), with the whole's number
    return [(s, e, whole) for s, e, _ in totals]


# "also", "insgesamt", "in total", "tổng cộng", "மொத்தம்" (`sums_up` of the vocabulary files, as they are written,
# case aside) or "=" right before a count: it sums up what came before
_SUM_BEFORE_RE = gated(re.compile(rf"(?:{concept_regex('sums_up')}|=)[\s:,–-]*$", re.I))


def _summed_total(text: str, totals: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """ "Wir sind 4 Mütter und 8 Kinder und ich, zusammen 13", "6 dancers, 2 musicians and me – 9 in total":
    counts in the sentence of a total that sums them up ("also", "insgesamt", "மொத்தம்" before it) are its
    parts when they add up to it, the writer counted among them or not (one more). All are then read as
    that total; anything else keeps the several numbers for a human."""
    if not totals:
        return totals
    last = max(totals)
    number = [m.start() for m in _COUNT_RE.finditer(text, last[0], last[1])]
    if not number or not _SUM_BEFORE_RE.search(text, max(0, number[-1] - 25), number[-1]):
        return totals
    begin = max([text.rfind(ch, max(0, last[0] - 400), last[0]) for ch in ".!?"] + [text.rfind("\n\n", 0, last[0])]) + 1
    if any(s < begin for s, _, _ in totals):
        return totals  # a count before the sentence is no part of this one's sum
    parts = [(m.start(), m.end(), digit_value(m.group("n"))) for m in _COUNT_RE.finditer(text, begin, number[-1])
             if not _is_age_or_time(text, m) and not _after_month(text, m)]
    if not parts or any(not n or n > 60 for _, _, n in parts):
        return totals
    if sum(n for _, _, n in parts) not in (last[2], last[2] - 1):
        return totals
    # the parts stay read (their spans), with the sum's number
    return [(s, e, last[2]) for s, e, _ in parts] + [last]


def _after_month(text: str, m: re.Match) -> bool:
    """ "13. März", "29. Mai": a day, not a count of persons."""
    nxt = _NEXT_WORD_RE.match(text, m.end())
    return bool(nxt and _is_month(nxt.group(1).strip(".")))


def _breakdown(text: str, total: int, taken: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The spans of counts of companions ("zwei Trainer", "троє волонтерок") that make up `total`.

    A count belongs to the total when a word for persons or companions follows it and the writer
    plus all such counts do not exceed the total; otherwise none is taken (a human reads them).
    """
    parts = []
    # the parts stand near the total (its sentence, the lines around it): only that much is read
    near = [(max(0, s - _PARTS_NEAR), e + _PARTS_NEAR) for s, e in taken]
    for m in (m for lo, hi in _merged(near) for m in _COUNT_RE.finditer(text, lo, min(hi, len(text)))):
        n = digit_value(m.group("n"))
        end = _persons_end(text, m)
        if n and end and not any(s <= m.start() < e for s, e in taken):
            parts.append((m.start(), end, n))
    if not parts:
        return _companions_of(text, total, taken)
    # companions named otherwise ("mein Kollege", "with my wife") count too: "zu dritt: ich, mein
    # Kollege und zwei Mütter" is four, and then none of it is taken
    _, companion_spans = _companions(text)
    besides = [m.span() for m in _POSSESSIVE_COMPANION_RE.finditer(text)]
    besides = [sp for sp in {*companion_spans, *besides} if not any(sp[0] < e and s < sp[1] for s, e, _ in parts)
               and not _only_a_reason(text, *sp)]
    if 1 + len(_merged(besides)) + sum(n for _, _, n in parts) > total:
        return ()
    return tuple((s, e) for s, e, _ in parts)


def _companions_coming(text: str) -> int:
    """At least how many companions are named in sentences that say someone comes (one per mention, the
    vocabulary's dual "زميلين" two): more than a stated total allows is a contradiction for a human."""
    _, spans = _companions(text)
    coming = [(s, e) for s, e in spans if _said_to_come(text, s, e)]
    twos = {(s, e) for s, e, n in _one_companions(text) if n == 2}
    return sum(2 if sp in twos else 1 for sp in _merged(coming))


def _companions_of(text: str, total: int, taken: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The spans of companions ("вдвоём с мужем", "we are three, with my wife and my son") that, with the
    writer, make up no more than `total`: parts of it. More than the total: none is taken (a human reads it)."""
    count, spans = _companions(text)
    spans = [sp for sp in spans if not any(sp[0] < e and s < sp[1] for s, e in taken)]
    if not spans or 1 + count > total:
        return ()
    return tuple(spans)


_PARTS_NEAR = 300


def _merged(spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


# (Arabic writes "and" on the next word: "أنا وثلاثة أطفال", me and three children)
_COUNT_RE = gated(re.compile(rf"(?:(?<![\w.,:/-])|(?<=(?<!\w)و))(?P<n>\d{{1,2}}|{number_words_pattern()})(?![\w:/])", re.I))
# up to two words between the count and the noun: "zwei von unseren Jungs", "two more board members"
_NEXT_WORD_RE = gated(re.compile(r"[^\S\n]*([\w'’‌-]+)"))


def _persons_end(text: str, m: re.Match) -> int | None:
    """Where the word for persons ends when the count is one ("شخصين") or one of the next three words is."""
    if _is_person_word(m.group("n").lower()):
        return m.end()
    pos = m.end()
    for _ in range(3):
        nxt = _NEXT_WORD_RE.match(text, pos)
        if not nxt:
            return None
        if _is_person_word(nxt.group(1).lower()):
            return nxt.end()
        phrase = _person_phrases().match(text, nxt.start(1))
        if phrase:
            return phrase.end()  # "ba phụ nữ", "tre të rinj": a word for persons of two words
        if digit_value(nxt.group(1)) is not None:
            return None  # "am 13. März drei Personen": the persons belong to the next count
        pos = nxt.end()
    return None


@functools.cache
def _person_stems() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words for persons and companions of every language: short ones whole, longer ones as stems."""
    found = {w.lower() for w in words("persons") + words("companions") if " " not in w}
    # as typed without marks too ("2 kisi" for "2 kişi", "3 personas" is the same): Latin letters only,
    # where a phone keyboard drops them
    found |= {bare(w) for w in found if _latin(w) and len(bare(w)) >= 4}
    # a stem of three letters is enough outside the Latin script ("شخص" in "شخصين", "учн" in "учнів");
    # in Latin letters short words stand whole ("gra", "jin": a stem would find "grand", "jinx")
    stem = {w for w in found if len(w) >= 4 or (len(w) == 3 and not w.isascii() and not _latin(w))}
    return frozenset(found - stem), tuple(sorted(stem))


@functools.cache
def _person_phrases() -> re.Pattern:
    """Words for persons and companions of two words or more ("phụ nữ", "board members"), as the
    words of one language write them (Vietnamese writes every syllable apart)."""
    found = {w.lower() for w in words("persons") + words("companions") if " " in w.strip()}
    return re.compile(rf"(?:{alternation(longest_first(found))})(?!\w)", re.I) if found else re.compile("(?!)")


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


def _is_person_word(word: str) -> bool:
    whole, stems = _person_stems()
    word = word.strip("'’-")
    return word in whole or word.startswith(stems) or bool(re.fullmatch(_PEOPLE, word, re.I))


# "2 Teilnehmende + ich", "three participants plus me": the number counts the others only
_PLUS_ME_RE = gated(re.compile(r"[^\S\n]*(?:\+|plus|und|and|sowie|et|y)[^\S\n]*(?:ich|mich|me|myself|moi|yo)\b", re.I))


def _plus_me(text: str, m: re.Match) -> int:
    return 1 if _PLUS_ME_RE.match(text, m.end()) else 0


# "letztes Jahr waren wir mit 2 Personen da, dieses Jahr komme ich allein": last year's party is no total
_LAST_TIME_RE = gated(re.compile(
    r"\b(?:letzte[ns]? (?:jahr|mal)|letztes jahr|vergangene[ns]? jahr|vorige[ns]? jahr|im vorjahr|"
    r"last (?:year|time)|the year before|l'année dernière|l'an dernier|la dernière fois|el año pasado|"
    r"l'anno scorso|w zeszłym roku|geçen (?:yıl|sene)|в прошлом году|минулого року|торік)\b|سال گذشته|العام الماضي",
    re.I,
))


def _about_last_time(text: str, m: re.Match) -> bool:
    # the clause, at most 400 characters each way: read whole for every number it was quadratic
    near = max(0, m.start() - 400)
    left = max([text.rfind(ch, near, m.start()) for ch in ".!?\n,;"] + [near - 1]) + 1
    ends = [i for i in (text.find(ch, m.end(), m.end() + 400) for ch in ".!?\n,;") if i >= 0]
    return bool(_LAST_TIME_RE.search(text, left, min(ends) if ends else min(len(text), m.end() + 400)))


def _is_age_or_time(text: str, m: re.Match) -> bool:
    after = text[m.end() : m.end() + 20].lower()
    if re.match(r"\s*(?:jahre|years|uhr|minuten|minutes|%|euro|€|stunden|hours)", after):
        return True
    # "together 6 organisations", "insgesamt 12 Vereine": a quantity word of any vocabulary file (`units`);
    # but "wir sind 2 Mitglieder" counts persons ("mitglied" is a unit of an association's size, too)
    nxt = _NEXT_WORD_RE.match(text, m.end())
    return bool(_units_after().match(bare(text[m.end() : m.end() + 40]))) and not (nxt and _is_person_word(nxt.group(1).lower()))


@functools.cache
def _units_after() -> re.Pattern:
    stems = longest_first({bare(w).strip() for w in words("units") if w.strip()})
    # a short one takes two letters more at most ("Tage"; "an" is a French year, "and" is not a year)
    longer, three = [w for w in stems if len(w) > 3], [w for w in stems if len(w) == 3]
    two = [w for w in stems if len(w) < 3]
    return re.compile(rf"[^\S\n]+(?:{alternation(longer)}|(?:{alternation(three)})\w{{0,2}}(?!\w)|(?:{alternation(two)})(?!\w))")


# cheap pre-checks (literal words, no number alternation at every position) before the full patterns
# The gates are lower case and run on lowered() text (no re.I: much faster).
# (from a word's start only, the word read once: a long word of repeated stems stays linear)
_TURKISH_QUICK_RE = gated(lower_pattern(rf"(?<!\w)(?:{_TURKISH_PERSONS})\w*+(?<=l[ae])\b|benimle|bizimle"))
_COMPANION_QUICK_RE = gated(lower_pattern(rf"{_COMPANION}|weitere|\bmore\b|further|additional|\bother\b|(?:and|und|et|y|e) (?:myself|mich|moi|mí)\b|\b(?:unsere[nmr]?|meine[nmr]?)\s+[a-zäöü]|und ich|and i\b|and me\b|et moi|y yo|и я|і я|ve ben"))


# Each gate is a word the pattern cannot match without; searching it first is far cheaper.
# (_PEOPLE\b as one pattern has no gate: see gates.alternation_gates)
_TOTALS_GATED = [(_TOTAL_RES[0], alternation_gates(_PEOPLE_WORDS, r"{}\b", lower_pattern)), *((regex, None) for regex in _TOTAL_RES[1:])]
_MORE_QUICK_RE = gated(lower_pattern(
    r"weitere|andere|more|other|further|additional|autres|otros|otras|altri|inne|других|інших"))
_COMPANION_WORD_RE = gated(lower_pattern(rf"{_COMPANION}\b"))


# an association right before "with": "eines Vereins mit 30 Mitgliedern", "an association with 40 members"
_ORG_WITH_BEFORE_RE = re.compile(
    r"(?<!\w)(?:\w*verein\w*|vereinigung|association|club|organi[sz]ations?|gemeinde|initiative|netzwerk\w*|"
    r"dernek\w*|associa\w+|ассоциаци\w*|асоціаці\w*|организаци\w*|організаці\w*|جمعية|انجمن)[^\S\n]+$", re.I)


def _companions(text: str) -> tuple[int, list[tuple[int, int]]]:
    low = lowered(text)
    if not (_COMPANION_QUICK_RE.search(low) or _TURKISH_QUICK_RE.search(low) or _ARABIC_PERSIAN_WITH_RE.search(text)
            or _TRANSLIT_QUICK_RE.search(low) or _one_companions(text)):
        return 0, []  # the common case: nobody else is mentioned
    count = 0
    spans: list[tuple[int, int]] = []
    taken = _Spans()  # (the same spans by position: a long mail names many companions, linear not quadratic)
    passed: dict[int, bool] = {}  # each gate searched once (_COMPANION_WORD_RE serves three patterns)
    for regex, gate in ((_N_MORE_RE, _MORE_QUICK_RE), (_WITH_COMPANION_RE, _COMPANION_WORD_RE),
                        (_COMES_TOO_RE, _COMPANION_WORD_RE), (_BRING_RE, _COMPANION_WORD_RE),
                        (_TURKISH_WITH_RE, _TURKISH_QUICK_RE), (_ARABIC_PERSIAN_WITH_RE, None)):
        if gate is not None:
            if id(gate) not in passed:
                passed[id(gate)] = bool(gate.search(low))
            if not passed[id(gate)]:
                continue  # the long pattern (a number alternation at every position) cannot match
        for m in regex.finditer(low if regex is _TURKISH_WITH_RE else text):
            if _negated(text, m.start()) or taken.overlaps(*m.span()) or _GROUP_AFTER_RE.match(text, m.end()):
                continue  # (… "з другої робочої групи": "другої" is "second", not a friend, before a group noun)
            if regex is _WITH_COMPANION_RE and _ORG_WITH_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Vorsitzende eines Vereins mit 30 Mitgliedern": the association's members, nobody comes
            n = _BOTH.get(m.group("n").lower()) or digit_value(m.group("n")) if m.group("n") else None
            if regex is _TURKISH_WITH_RE and (not _TURKISH_COMING_AFTER_RE.match(low, m.end())
                                              or not n and _turkish_plural(m)):
                continue  # "öğretmenimle konuştum": talked with; "arkadaşlarımla": friends, how many not said
            count += n if n and n <= 60 else 1
            spans.append(m.span())
            taken.add(*m.span())
            first = _PAIR_FIRST_RE.search(text, max(0, m.start() - 80), m.start()) \
                if regex is _WITH_COMPANION_RE and _AND_START_RE.match(text, m.start()) else None
            if first and _PAIR_COMING_RE.match(text, m.end()) and not taken.overlaps(*first.span()):
                # "Meine Kollegin und mein Kollege kommen auch", "my wife and my son": the companion before
                # the "and" is one more (after "ich und", "me and" it is the writer, who counts already)
                count += 1
                spans.append(first.span())
                taken.add(*first.span())
    for regex, source in ((_WITH_POSSESSIVE_NOUN_RE, text), (_AND_I_RE, text), (_NAME_AND_ME_RE, text),
                          (_TRANSLIT_WITH_RE, low)):
        for m in regex.finditer(source):
            if not taken.overlaps(*m.span()):
                count += 1
                spans.append(m.span())
                taken.add(*m.span())
    for start, end, n in _one_companions(text):
        if not taken.overlaps(start, end):
            count += n
            spans.append((start, end))
            taken.add(start, end)
    return count, spans


class _Spans:
    """Spans that do not overlap, kept by position: whether a new one overlaps one of them in log time (a check
    against each was quadratic on a long mail naming many companions)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        # (the one before ends after this start, or the next one starts before this end; an empty span at
        # another's start overlaps it)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < max(end, start + 1))

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


@functools.cache
def _one_companion_res() -> dict[str, re.Pattern | None] | None:
    """The vocabulary's `one_companion` words (one person: "мужем", "دخترم", "chồng") and `two_companions`
    (an Arabic dual: "زميلين") after a `with_words` word ("с", "با", "với"), at most two words between
    ("с моей коллегой", "με τη σύζυγό μου"); a one_companion before `and_me` ("eşim ve ben", "mi hija y yo");
    an `accompanies_me` phrase ("wird mich begleiten": one person, by the verb). All on bare() text (marks
    dropped, as typed on phones); `quick` finds the words alone, a cheap first check."""
    ones = longest_first({bare(w) for w in words("one_companion")})
    twos = longest_first({bare(w) for w in words("two_companions")})
    # "me and" before one companion is "with" too: "tôi và chồng tôi", "aniga iyo walaashay"
    withs = longest_first({bare(w) for w in words("with_words")} | _me_and())
    if not ones or not withs:
        return None
    ands = longest_first({bare(w) for w in words("and_words")})
    # "eşim ve ben", "mi hija y yo"; and a "with" after its noun: "kızım ile"
    and_me = longest_first({bare(w) for w in words("and_me") + words("with_after")})
    accompanies = longest_first({bare(w) for w in words("accompanies_me")})
    who = rf"(?:(?P<two>{alternation(twos)})|{alternation(ones)})" if twos else f"(?:{alternation(ones)})"
    between = r"(?:[^\S\n]+[^\W\d_]+){0,2}?[^\S\n]+"
    short, sep = r"(?:[^\S\n]+[^\W\d_]{1,4}(?!\w))?", r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)"  # "ми", "tôi"; ", " or " "
    # the Arabic-script "و" is written onto the next word ("مع زوجتي وابني")
    attached = [a for a in ands if len(a) == 1 and "ARABIC" in unicodedata.name(a, "")]
    glued = rf"|{short}{sep}(?:{alternation(attached)})" if attached else ""
    return {
        # (the patterns searched in a whole text are gated: a thousand-line mail, 8 ms each ungated)
        "quick": gated(re.compile(rf"(?<!\w)(?:{alternation(ones + twos + accompanies)})(?!\w)")),
        "full": gated(re.compile(rf"(?<!\w)(?:{alternation(withs)}){between}{who}(?!\w)")),
        # "با همسرم و دخترم", "с мужем и сыном": one more companion after "and", right after the first (a short
        # possessive may follow it: "chồng tôi và con gái tôi", "τη σύζυγό μου και την κόρη μου")
        "more": re.compile(rf"(?:{short}{sep}(?:{alternation(ands)}){between}{glued}){who}(?!\w)") if ands else None,
        # "cùng chồng tôi và các con": an "and" after the counted ones, with nobody the reader knows after it
        "dangling": re.compile(rf"{short}{sep}(?:{alternation(ands)})(?!\w){glued}") if ands else None,
        "and_me": gated(re.compile(rf"(?<!\w)(?:{alternation(ones)}){short}[^\S\n]+(?:{alternation(and_me)})(?!\w)")) if and_me else None,
        "accompanies": gated(re.compile(rf"(?<!\w)(?:{alternation(accompanies)})(?!\w)")) if accompanies else None,
    }


def _one_companions(text: str, dangling: list[str] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, persons) of "with + one companion" in a sentence that is not negated or a question ("я не
    приду с мужем", "можно ли прийти с ребёнком?" count nobody: the companion word stays unexplained and a
    human reads the mail). An "and" after them with no companion the reader knows ("cùng chồng tôi và các
    con") is added to `dangling`: more may come than were counted."""
    res = _one_companion_res()
    low = bare(text)
    if res is None or len(low) != len(text) or not res["quick"].search(low):
        return []
    out: list[tuple[int, int, int]] = []
    for m in res["full"].finditer(low):
        if not _states_coming(text, m):
            continue
        out.append((*m.span(), 2 if m.groupdict().get("two") else 1))
        end = m.end()
        while res["more"] is not None and (nxt := res["more"].match(low, end)):
            out.append((*nxt.span(), 2 if nxt.groupdict().get("two") else 1))
            end = nxt.end()
        if dangling is not None and res["dangling"] is not None and (more := res["dangling"].match(low, end)):
            dangling.append(" ".join(text[m.start() : more.end() + 12].split()))
    for key in ("and_me", "accompanies"):
        for m in res[key].finditer(low) if res[key] is not None else ():
            if _states_coming(text, m) and not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((*m.span(), 1))
    return out


def _states_coming(text: str, m: re.Match) -> bool:
    """The sentence around the match is neither negated, nor a condition, nor a question."""
    ends = [i for i in (text.find(ch, m.end(), m.end() + 300) for ch in ".!?\n") if i >= 0]
    if ends and text[min(ends)] == "?":
        return False
    sentence = lowered(_sentence_around(text, *m.span()))
    # nor a condition in its clause: "maybe also me and two others"; "з донькою, якщо можна" asks politely
    left = max([text.rfind(ch, max(0, m.start() - 200), m.start()) for ch in ",;:.!?\n"] + [-1]) + 1
    right = min([i for i in (text.find(ch, m.end(), m.end() + 200) for ch in ",;:.!?\n") if i >= 0] or [len(text)])
    clause = lowered(text[max(left, m.start() - 200) : min(right, m.end() + 200)])
    return not NEGATION_RE.search(sentence) and not _CONDITIONAL_RE.search(clause) and not re.search(r"[?？؟]", sentence)


_GROUP_AFTER_RE = gated(re.compile(rf"[^\S\n]+(?:\w{{4,}}[^\S\n]+)?{GROUP_NOUN}(?!\w)", re.I))


_GROUP_ENDINGS = ("kreis", "kreises", "verein", "vereins", "gruppe", "schaft", "club", "klub")
_MEMBERS = ("mitglied", "member", "membre", "miembro", "член", "vorstandsmitglied")


def names_companion(text: str) -> re.Match | None:
    """The first person named by a possessive and a companion word ("my colleague", "ma collègue", "mój
    mąż"), whatever the sentence says of them."""
    return _POSSESSIVE_COMPANION_RE.search(text[:20_000])


def uncounted_companion(text: str, spans: tuple[tuple[int, int], ...], writer_registered: bool = False) -> str | None:
    """ "ich möchte meine Mutter für die AG 1 anmelden", "I'd like to register my mother": a person named by
    a possessive, in a sentence of registering or coming, whom the party reading did not count."""
    if _coming_alone(text, of_writer=writer_registered):
        return None  # "Ich komme alleine, meine Kollegen haben …": the others are said not to come
    for m in _POSSESSIVE_COMPANION_RE.finditer(text[:20_000]):
        word = m.group(0).split()[-1].casefold()
        if any(s < m.end() and m.start() < e for s, e in spans) or word.endswith(_GROUP_ENDINGS) or word.startswith(
                _MEMBERS):
            continue  # (counted; "unseren Freundeskreis": a group; "our members come from 11 nations": the association)
        if speaks_of_coming(_sentence_around(text, *m.span())):
            return " ".join(m.group(0).split())
    return None


_GROUP_NOUN_ANY_RE = gated(re.compile(rf"(?<!\w){GROUP_NOUN}(?!\w)", re.I))
# a verb of living somewhere, in the reader's main languages ("wir wohnen zu fünft", "we live", "nous vivons",
# "vivimos", "yaşıyoruz", "живём", "نعيش", "زندگی می‌کنیم", "mieszkamy")
_LIVING_RE = gated(re.compile(
    r"(?<!\w)(?:wohn(?:e|en|t)|leb(?:e|en|t)|live|lives|living|vivons|habitons|vivimos|viven|viviamo|abitiamo|moramos|"
    r"vivemos|yaşıyoruz|yaşıyorlar|oturuyoruz|живём|живем|живут|проживаем|живемо|мешкаємо|mieszkamy|żyjemy|نعيش|نسكن|"
    r"زندگی[\u200c ]?می[\u200c ]?کنیم)(?!\w)",
    re.I,
))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of a match starts and ends, at most 300 characters each way (linear on long text). The
    dot of an ordinal before a word in lower case ends no sentence: "eşimle 2. çalışma grubuna katılmak istiyorum"."""
    left, right = stretch(text, start, end, reach=300)
    for _ in range(3):  # (a few at most: the reach stays bounded)
        if not _ordinal_dot(text, right):
            break
        right = stretch(text, right + 1, right + 1, reach=300)[1]
    for _ in range(3):
        if not (left >= 1 and _ordinal_dot(text, left - 1)):
            break
        left = stretch(text, left - 1, left - 1, reach=300)[0]
    return left, right


def _ordinal_dot(text: str, at: int) -> bool:
    """text[at] is the dot of a one- or two-digit ordinal with a word in lower case after it ("2. gruba")."""
    return (at < len(text) - 2 and text[at] == "." and text[at - 1 : at].isdigit() and not text[max(0, at - 3) : at - 2].isdigit()
            and text[at + 1] == " " and text[at + 2].islower())


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of a match (see _sentence_bounds)."""
    left, right = _sentence_bounds(text, start, end)
    return text[left:right]


def _said_to_come(text: str, start: int, end: int) -> bool:
    """Does the sentence of a companion say that someone comes, in the companion's own part of it? After
    "weil", "because", "çünkü" the clause gives a reason: "Ich melde mich an, weil ich mit meiner Tochter
    hier lebe" brings no daughter; "…, weil mein Mann auch mitkommt" does. Others who register themselves
    ("die beiden melden sich selbst bei Ihnen", "she will register separately") come under no registration
    of this mail: a sentence with those words is not taken to say anyone comes with the writer."""
    reason = _reason_clause(text, start, end)
    said = reason if reason is not None else _sentence_around(text, start, end)
    # (with such words anywhere in the sentence, who comes under this mail is for a human: "Ich melde mich an,
    # zusammen mit meiner Kollegin, sie meldet sich aber selbst an")
    return not _SELF_REGISTER_RE.search(said) and speaks_of_coming(said)


# others who register on their own: "meldet sich selbst/separat/noch", "sich selbst anmelden", "will register
# separately", "register themselves", "s'inscrira elle-même", "se inscribirá por su cuenta", "zapisze się sam",
# "сами зарегистрируются", "kendisi kayıt olacak"
_SELF_REGISTER_RE = gated(re.compile(
    r"\b(?:meldet|melden)\s+sich\b[^.!?\n]{0,40}?\b(?:selbst|selber|separat|eigenständig|gesondert|noch)\b"
    r"(?:[^.!?\n]{0,40}?\ban\b)?"
    r"|\bsich\s+(?:selbst|selber|separat|gesondert|eigenständig)\s+(?:an(?:melden|meldet|gemeldet)|an\b)"
    r"|\b(?:registers?|register(?:ed)?|sign(?:s|ed)?\s+up)\s+(?:themselves|himself|herself|separately|on (?:their|his|her) own)\b"
    r"|\b(?:will|would|can|is going to|are going to)\s+(?:register|sign up)\s+(?:separately|on (?:their|his|her) own|themselves|himself|herself)\b"
    r"|\bs'inscri(?:ra|ront|t|vent|re)\b[^.!?\n]{0,20}?\b(?:elle-même|lui-même|eux-mêmes|elles-mêmes|séparément)"
    r"|\bse\s+(?:inscribir|registrar|apuntar)(?:á|án)\b|\bsi\s+iscriver(?:à|anno)\b"
    r"|\bsam[aio]?\s+się\s+zapisz|\bzapisz[eą]\s+się\s+sam"
    r"|\bсам[аио]?\s+(?:за)?(?:регистрир|запиш|зареєстр)|\b(?:зарегистрируется|зарегистрируются|запишется|запишутся|"
    r"зареєструється|зареєструються|запишеться|запишуться)\s+сам"
    r"|\bkendi(?:si|leri)\s+kay[ıi]t",
    re.I,
))


def _reason_clause(text: str, start: int, end: int) -> str | None:
    """The clause from the last "weil", "because" … before text[start:end] in its sentence to the sentence's
    end; None when the sentence gives no reason before it."""
    left, right = _sentence_bounds(text, start, end)
    reasons = [m.end() for m in _REASON_RE.finditer(text, left, start)]
    return text[reasons[-1] : right] if reasons else None


def _only_a_reason(text: str, start: int, end: int) -> bool:
    """A companion named in a clause that gives a reason and says nobody comes ("weil unsere Kinder hier
    zur Schule gehen")."""
    reason = _reason_clause(text, start, end)
    return reason is not None and not speaks_of_coming(reason)


# "weil", "because", "çünkü", "لأن": the `because` words of the vocabulary files, as they are written (case aside;
# not "da", "as", "since", "car", "bo", "denn": words of other meanings in some language)
_REASON_RE = re.compile(concept_regex("because"), re.I)


def _negated(text: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:ohne|without|sans|sin|bez|без|nicht|not)\s*$", text[max(0, pos - 12) : pos], re.I))


def says_we(text: str) -> bool:
    """The writer speaks for a group ('wir', 'we') — a hint that more than one person may come."""
    return bool(_WE_RE.search(text))
