"""Who passed the news on: the source a clause names besides its actors.

A wire story names where its news came from — "…, according to a report by [the Trade
Ministry]", "preliminary figures from [the Trade Ministry] showed", "[the state news agency]
quoted officials as saying …". The source is no party to what happened, and a teacher never
asks who relayed the news; a cloze that blanks it tests the story's furniture. Read from the
parse: a name under "according to"/"per" however deep its phrase; a name after "from" or "by"
on a noun of figures (``constants.DATA_NOUNS``) that is its clause's subject (the figures
speak, the name is whose they are); the subject of a reporting verb that gives another's
words ("quoted officials as saying"). Such a relay is never the speaker of the words it
passes on: the one it quotes is (``relays_words``, ``relayed_speaker``). A poll's, a survey's
or a study's author is no relay but a fact of the poll ("according to a new poll by [the Harvard University Institute of Politics]": a
teacher asks who conducted it): names on such a noun are never sources (``POLL_NOUNS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import DATA_NOUNS, REPORTING_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# Words that hang a source on a clause ("…, according to the Labor Department").
ATTRIBUTION_WORDS = frozenset(["according", "per"])
# Prepositions that give whose figures they are ("figures from the ministry", "a poll by CNN").
SOURCE_PREPOSITIONS = frozenset(["from", "by"])
# Nouns of findings someone made, whose maker is part of the news (who polled, who studied).
POLL_NOUNS = frozenset(["poll", "survey", "study"])
_PHRASE_DEPS = frozenset(["pobj", "prep", "pcomp", "agent", "compound", "appos", "conj"])


def news_source(root: Token) -> bool:
    """Whether the name headed by ``root`` is the source the news came from, not an actor."""
    return _attributed(root) or _figures_source(root) or _relays(root)


def _attributed(root: Token) -> bool:
    """A name inside an "according to" phrase, however deep ("according to a report by [the
    ministry]"): the path up to "according" runs through phrases only, never a clause."""
    token = root
    while token.dep_ in _PHRASE_DEPS and token.head != token:
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in POLL_NOUNS:
            return False  # "according to a new poll by [Harvard]": who polled is the poll's fact
        if token.lower_ in ATTRIBUTION_WORDS:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _figures_source(root: Token) -> bool:
    """A name after "from"/"by" on a noun of figures that is its clause's subject ("preliminary
    figures from [the ministry] showed …"; not "a survey by [Gallup] found …", ``POLL_NOUNS``)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in SOURCE_PREPOSITIONS:
        return False
    noun = prep.head
    if noun.lemma_.lower() in POLL_NOUNS:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DATA_NOUNS and noun.dep_ in ("nsubj", "nsubjpass")


def _relays(root: Token) -> bool:
    """The subject of a reporting verb that gives someone else's words: "quoted officials [as
    saying] …". Not "reported a loss, citing …": a company giving its own results and their
    cause."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(
            c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS for c in child.children
        ):
            return True  # "quoted officials as saying"
    return False


# Verbs by which one passes on another's words: "[the agency] quoted [the minister] (as
# saying) “…”", "[the paper] cited [an aide]". Their object is the one who spoke.
RELAY_VERBS = frozenset(["quote", "cite"])


def relays_words(cue: Token) -> bool:
    """Whether the reporting verb ``cue`` passes on someone else's words in the active voice
    ("the agency quoted the minister as saying"): its subject is a relay, never the speaker.
    "The minister was quoted as saying" is not: its subject is the one quoted; nor "the phrase
    the senator cited": a relative clause with no object of its own cites the noun it hangs on,
    the words themselves."""
    if cue.lemma_.lower() not in RELAY_VERBS:
        return False
    if cue.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in cue.children):
        return False
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def relayed_speaker(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """The one whose words a relay verb passes on: its direct object outside the quotation
    ("quoted [Industry Minister Varga] as saying" → Varga). None when the parse gives it no
    object (the sentence was cut before the name): then nobody may be named."""
    return next((c for c in cue.children if c.dep_ == "dobj" and outside(c)), None)
