"""What a question's own words say about its answer: the gender ("____ said she …"), the party
("his former Democratic primary rival"), the title before the blank ("President ____"), whom its
quoted words speak of ("“She has no plan”"), the occasion it names ("during the debate"), and
whether it names a person.
"""

from __future__ import annotations

import re
from functools import cache

from quizgen.constants import HONORIFIC_GENDERS, PERSON_PRONOUNS
from quizgen.items import distractors
from quizgen.items.scopes import scopes_in
from quizgen.items.titles import OFFICE_WORDS, ROLE_WORDS, TITLE_ABBREVIATIONS, title_key

# Words that show a person's gender: pronouns, and nouns for the person ("a British-Libyan man").
PRONOUN_GENDERS = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
    "man": "m", "boy": "m", "father": "m", "husband": "m", "son": "m", "brother": "m", "businessman": "m",
    "congressman": "m", "spokesman": "m", "woman": "f", "girl": "f", "mother": "f", "wife": "f",
    "daughter": "f", "sister": "f", "businesswoman": "f", "congresswoman": "f", "spokeswoman": "f",
}
# "Mr. ____", "Ms. ____": the title of address before the blank
_HONORIFIC_BEFORE_BLANK = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+____")
PARTIES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D"}
# Quoted words in a question: pronouns inside them are the speaker's words about others.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|‘[^’]*’")


def stem_gender(question: str) -> str | None:
    """The gender the question's own words give its answer ("____ said she opposes …"), read
    outside quotations; none when it gives none or both."""
    outside = _QUOTED.sub(" ", question)
    # An honorific before the blank is the answer's own ("Mr. ____ has repeatedly denied …", j221:
    # "McSally" had been offered)
    honorific = _HONORIFIC_BEFORE_BLANK.search(outside)
    if honorific:
        return HONORIFIC_GENDERS[honorific.group(1).lower()]
    words = [w for w in re.findall(r"[a-z]+|____", outside.lower()) if w in PRONOUN_GENDERS or w == "____"]
    found = {PRONOUN_GENDERS[w] for w in words if w != "____"}
    if len(found) == 1:
        return found.pop()
    # Both genders: the first pronoun after the blank is the answer's own ("____ has pushed back
    # against accusations against her father, saying he …").
    if "____" in words and words.index("____") + 1 < len(words):
        return PRONOUN_GENDERS[words[words.index("____") + 1]]
    return None


# Occasions a few people speak at: a question naming one ("stating during the debate that …")
# is answered by one of those who were there.
OCCASION_NOUNS = (
    "debate", "hearing", "rally", "town hall", "press conference", "news conference", "summit",
    "convention", "forum", "speech", "interview",
)
# ... named as one known occasion ("the debate", "Thursday's debate"), not any ("in an interview")
_OCCASION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|last\s+night's|[A-Z][a-z]+day's)\s+(?:[A-Za-z-]+\s+){0,2}?("
    + "|".join(re.escape(n) for n in OCCASION_NOUNS) + r")s?\b",
)


def stem_occasion(question: str) -> str | None:
    """The one occasion the question's own words (outside quotations) say the words were spoken
    at ("stating during the debate that …", "at Thursday's debate" → "debate"), or None ("said
    in an interview" names no one occasion)."""
    found = _OCCASION.search(_QUOTED.sub(" ", question))
    return found.group(1).lower() if found else None


def stem_party(question: str) -> str | None:
    """The party the question gives its answer ("his former Democratic primary rival"); not one
    of a bracket naming a reference ("stating during [the Republican debate]": the debate's, said
    of no one)."""
    outside = re.sub(r"\[[^\]]*\]", " ", _QUOTED.sub(" ", question))
    marked = re.search(r"____\s*\((R|D)\s*[-–,.)]", outside)  # "Sen. ____ (D-Mo.)"
    if marked:
        return marked.group(1)
    found = {PARTIES[w] for w in re.findall(r"[a-z]+", outside.lower()) if w in PARTIES}
    return found.pop() if len(found) == 1 else None


_MARKED_STATE = re.compile(r"____\s*\((?:R|D|I)\s*[-–]\s*[A-Z]")


def blank_state(question: str) -> bool:
    """Whether the question marks its blank with a party and a state ("Sen. ____ (R-Texas)"): the
    state gives the answer away among choices of other states, whose states the deck rarely reads."""
    return _MARKED_STATE.search(question) is not None


def blank_title(question: str) -> str | None:
    """The title the question writes just before its blank, as ``title_head`` reads it:
    "President ____ said" → "president", "Sen. ____" → "senator", "Secretary of State ____" →
    "secretary of state", "Former Arkansas governor ____" → "governor", "GOP front-runner ____" →
    "front-runner", and a title in apposition before it ("Santilli's attorney, ____, argued" →
    "attorney": the blank closed by a comma too, so that "After meeting the governor, ____ said"
    gives none); None when the blank follows no title ("On Monday, ____ said")."""
    at = question.find("____")
    if at == -1:
        return None
    words = question[:at].split()
    apposed = question[at + 4 :].lstrip().startswith(",")
    run: list[str] = []
    for i, word in enumerate(reversed(words[-5:])):
        bare = word.lower().strip(".,")
        if word.endswith(",") and not (i == 0 and apposed):
            break
        # A capitalised title ("Florida Gov."), or the lower-case words of one ("former Arkansas
        # governor", "GOP front-runner"): each a role word, an office word or a place's.
        titled = bare in ROLE_WORDS or bare in OFFICE_WORDS or bare in TITLE_ABBREVIATIONS
        if not (titled or bare == "of" or (word[:1].isupper() and scopes_in(word.strip(",")))):
            break
        if not word[:1].isupper() and bare != "of" and not titled:
            break
        run.insert(0, TITLE_ABBREVIATIONS.get(bare, word.strip(",")))
    while run and run[0].lower() == "of":
        run.pop(0)
    return title_key(" ".join(run)) if run else None


def quoted_genders(question: str) -> set[str]:
    """The genders of the people the question's quoted words speak of in the third person
    ("“She has no plan”" → {"f"}): such a person is not the speaker of those words."""
    inside = " ".join(_QUOTED.findall(question)).lower()
    return {PERSON_PRONOUNS[w] for w in re.findall(r"[a-z]+", inside) if w in PERSON_PRONOUNS}



# Offices one person holds at a time, whose holder the quoted words may speak of in the third
# person ("The Speaker must have …", "on the president's desk")
SINGLE_OFFICES = frozenset(
    ["president", "vice president", "speaker", "governor", "mayor", "prime minister", "chancellor", "premier",
     "king", "queen", "pope"]
)
_THE_OFFICE = re.compile(r"\b[Tt]he\s+((?:[Vv]ice\s+|[Pp]rime\s+)?[A-Za-z]+)(?![\w-])")


def quoted_offices(question: str) -> set[str]:
    """The offices the question's quoted words speak of with "the" ("“The Speaker must have at
    least two … initiatives on the president's desk”" → {"speaker", "president"}): their holders
    speak of "my desk", and the words are someone else's (j251: Paul Ryan offered for Mark
    Meadows's demand of the Speaker)."""
    inside = " ".join(_QUOTED.findall(question))
    found = {title_key(m.group(1)) for m in _THE_OFFICE.finditer(inside)}
    return {key for key in found if key in SINGLE_OFFICES}


# The speaker's own words about themselves that give their gender ("free my husband", "as a
# mother"): a first-person possessive or "as a"/"I am a" before a gendered noun of kin or person.
_SELF_GENDERS = {
    "husband": "f", "boyfriend": "f", "wife": "m", "girlfriend": "m",
    "woman": "f", "mother": "f", "mom": "f", "grandmother": "f", "man": "m", "father": "m", "dad": "m",
    "grandfather": "m",
}
_SELF_KIN = re.compile(r"\bmy\s+(?:late\s+|ex-|former\s+|own\s+)?(husband|boyfriend|wife|girlfriend)\b")
_SELF_AS = re.compile(r"\b(?:as\s+a|i\s+am\s+a|i['’]m\s+a)\s+(?:single\s+|working\s+|young\s+|black\s+|white\s+)?(woman|mother|mom|grandmother|man|father|dad|grandfather)\b")


def speaker_gender(question: str) -> str | None:
    """The gender the question's quoted words give their speaker, who speaks of themselves
    ("… more to free my husband …" → "f", "as a father" → "m", j176: three men beside the
    one woman gave the answer away); None when they give none or both."""
    inside = " ".join(_QUOTED.findall(question)).lower()
    found = {_SELF_GENDERS[m.group(1)] for pattern in (_SELF_KIN, _SELF_AS) for m in pattern.finditer(inside)}
    return found.pop() if len(found) == 1 else None


# The speaker's words about the office they hold ("the One Year Anniversary of my Presidency",
# "as your president"): only one who heads a state or a government could say them.
_SELF_OFFICE = re.compile(
    r"\bmy\s+(?:presidency|administration|premiership|government|cabinet)\b"
    r"|\bas\s+(?:your\s+|the\s+)?(?:president|prime\s+minister|commander[- ]in[- ]chief)\b"
)


def speaks_as_leader(question: str) -> bool:
    """Whether the question's quoted words are a head of state's or government's about their
    own office ("my Presidency", j177: three senators beside the president gave him away)."""
    return _SELF_OFFICE.search(" ".join(_QUOTED.findall(question)).lower()) is not None


def named_in(question: str, name: str) -> bool:
    """Whether the question names this person: the full name, the surname, or the first name
    ("Bernie's spent two months …" rules out Bernie Sanders as the speaker)."""
    first = name.split()[0]
    return distractors._names_in(question, name) or (
        len(first) > 2 and not first.endswith(".") and _word_pattern(first).search(question) is not None
    )


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, compiled once: a deck checks thousands of first names, more than
    ``re``'s own cache of patterns holds."""
    return re.compile(rf"\b{re.escape(word)}\b")
