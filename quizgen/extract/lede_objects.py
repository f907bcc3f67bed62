"""What the story's first clauses act on: the object phrase of a clause's verb, read from the parse.

"Establishment Republicans are rushing to build a multistate defense system to protect …" →
``ArgumentFact`` "a multistate defense system" (object of "build", label ``THING``). A
teacher's first questions ask what was done as often as who did it ("What are Republicans
rushing to build?"), whatever the verb; ``lede_arguments`` reads only the names. Read in the
prose paragraphs the events read (``EVENT_PARAGRAPHS``: the lede and what follows). An object is
read when it is a noun phrase of two to eight words headed by a common noun, with no name,
figure, date or pronoun of its own to ask instead (the other cards ask those), outside
quotation marks, hung as direct object on a verb that is neither a reporting verb nor a light
verb whose object says little ("took an opportunity", "have a chance"), and named again
elsewhere in the story by one of its nouns (a thing said once is an aside or a figure of
speech). A verb with no complement of its own is completed by the preposition written right
after it ("pulled out of [the planned television debate]", slot ``prep``): that object is read
too, when the clause is asserted and tensed and its doer is no bare kind of thing. One object
per sentence, the first in text order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ACT_NOUNS,
    CHANGE_NOUNS,
    CLOZE_ANSWER_MAX_WORDS,
    CONTENT_PREPOSITIONS,
    EVENT_PARAGRAPHS,
    INSTITUTION_NOUNS,
    LIGHT_OBJECT_VERBS,
    SPEECH_VERBS,
    VAGUE_OBJECT_NOUNS,
)
from quizgen.extract.context_mentions import names_an_act
from quizgen.extract.event_clauses import asserted, describes, finite, hypothetical, present_state
from quizgen.extract.event_phrases import (
    last_conjunct_loses_its_phrase,
    per_unit_of_a_price,
    runs_into_a_noun_phrase,
    runs_into_clause,
)
from quizgen.extract.events import QUOTE_MARKS, price_move, told_sentences
from quizgen.extract.lede_arguments import lede_blocks
from quizgen.extract.phrase_specificity import pins_a_fact, topicless_opinion
from quizgen.extract.quoted_text import quoted_chars
from quizgen.facts.records import ArgumentFact
from quizgen.ingest.articles import Article
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Entity labels whose words the object may not hold: the name, figure or date is another
# card's answer, and a phrase built round it asks the same thing twice.
OWN_ANSWER_LABELS = frozenset(
    ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"]
)
MIN_WORDS, MAX_WORDS = 2, CLOZE_ANSWER_MAX_WORDS
CUTS = frozenset([",", ";", ":", "—", "–", "--", "("])
VAGUE_DETERMINERS = frozenset(["any", "another", "some", "no", "more", "much", "many", "several", "few", "all"])
ANAPHORIC_DETERMINERS = frozenset(["this", "that", "these", "those", "such"])
IT_WORDS = frozenset(["it", "its", "itself"])  # pronouns that may stand for a blanked thing
THEY_WORDS = frozenset(["they", "them", "their", "themselves"])
ANAPHORIC_WORDS = frozenset(["same", "other", "such", "similar", "latter", "former", "above", "there", "here"])


def lede_objects(doc: Doc, *, article: Article, paragraphs: int = EVENT_PARAGRAPHS) -> Iterator[ArgumentFact]:
    """The first askable object phrase of each sentence of the lede, in text order."""
    return first_in_each_sentence(doc, article, paragraphs, _object)


def first_in_each_sentence(doc: Doc, article: Article, paragraphs: int, read) -> Iterator[ArgumentFact]:
    """The first fact ``read(token, sentence, article id, quoted characters)`` gives in each told
    sentence of the lede's first ``paragraphs`` prose paragraphs, in text order."""
    quoted = quoted_chars(doc)
    for sent in told_sentences(doc, lede_blocks(article, paragraphs)):
        fact = next((f for f in (read(token, sent, article.id, quoted) for token in sent) if f is not None), None)
        if fact is not None:
            yield fact


def _object(token: Token, sent: Span, article_id: str, quoted) -> ArgumentFact | None:
    verb, slot = _verb_of(token)
    if verb is None or token.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    if any(a.dep_ in ("nsubj", "nsubjpass", "appos") for a in [verb, *verb.ancestors]):
        return None  # "Trump, the self-proclaimed, consummate outsider, …": a verb inside a subject is no act of the clause
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in LIGHT_OBJECT_VERBS:
        return None
    if price_move(verb):
        return None  # "Prices of bonds ended [a quiet bourse session] lower" (j93): a day's prices, no act
    if verb.dep_ in ("acl", "amod") or (verb.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None  # "Nashua, rumored a target, …", "rules governing X": a participle is no clause of its own
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
        verb.dep_ == "dep"
        or (verb.dep_ == "conj" and not any(c.dep_ in ("cc", "punct") and c.i < verb.i for c in verb.head.children)
            and verb.doc[verb.i - 1].text not in (",", ";"))
    ):
        # "by the … (ICCO) [buffer] stock manager" (j147): a noun the parse hung on a verb far
        # off with no word nor mark joining them, or nowhere, read as a verb
        return None
    if any(
        c.dep_ == "dobj" and c.i != token.i and c.right_edge.i + 1 == token.left_edge.i and not c.right_edge.is_punct
        for c in verb.children
    ):
        return None  # "assaulted [a Black Lives] [Matter protester]": two objects of one verb side by side are a name the parse broke
    phrase = _phrase(token)
    if phrase is None:
        return None
    if any(t.idx in quoted for t in phrase) or any(t.text in QUOTE_MARKS for t in phrase):
        return None
    if per_unit_of_a_price(phrase):
        return None  # "tendered for all shares at 90.25 dlrs [a share in cash]" (j132): a price's unit, no thing done
    if last_conjunct_loses_its_phrase(phrase, verb):
        return None  # "buy [cable systems or ownership interest] | in cable systems" (j128): the blank splits a phrase
    if token.lemma_.lower() in VAGUE_OBJECT_NOUNS:
        return None  # "considering a request", "described the situation": what it was is elsewhere
    if not pins_a_fact(phrase):
        return None  # "faces an even more daunting task", "a variety of beyond-the-fringe ideas": many wordings fill it
    if topicless_opinion(phrase):
        return None  # "will express [views and concerns in the coming talks]": a stance with no topic, where it is voiced is no content
    if _said_which_only_by_its_story(phrase):
        return None  # "sizing up [the presidential field]", "expressed [the network’s frustration]"
    if _vague_inside(phrase):
        return None  # "switched [teams on some key issues]" (j236): on which issues, the phrase leaves open
    if _bare_definite_inside(phrase):
        return None  # "announced [support for the decision]": which decision, only the sentences before say
    if definite_act(phrase):
        return None  # "Baldrige opposed [the planned sale]" (j145): which sale, only the sentences before say
    if hypothetical(verb):
        return None  # "a rival could face …": a guess, not what was done
    if describes(verb):
        return None  # "RMS distributes ____": what a company does, not what happened
    if phrase[0].lower_ in ANAPHORIC_DETERMINERS or any(t.lower_ in ANAPHORIC_WORDS for t in phrase):
        return None  # "the move", "this plan", "the same help": the answer points back to an earlier sentence
    if any(t.pos_ in ("PRON", "NUM") or t.ent_type_ in OWN_ANSWER_LABELS for t in phrase):
        return None  # "his own plan", "the Clinton campaign", "100 jobs": leans on the text, or another card's answer
    if not told_again(phrase, sent):
        return None  # "stirred [the pot of controversy]", "drew [national media attention]": an aside or a figure the story never comes back to
    if pointed_back_at(phrase, sent):
        return None  # "is preparing a new landscape …, believing it to be …": "it" would point into the blank
    doer = clause_doer(verb)
    if doer is None:
        return None  # "to build a wall" with no one building it: the card could not say whose act it is
    if _points_back(doer[0]):
        return None  # "Both newcomers operated ____", "These firms": which ones, only the sentences before say
    text = " ".join(phrase.text.split())
    return ArgumentFact(
        article_id=article_id,
        name=text,
        label="THING",
        slot=slot,
        verb=lemma,
        start=phrase.start_char,
        end=phrase.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        doer=doer[0],
        doer_start=doer[1],
    )


def phrase_stands_alone(phrase: Span) -> bool:
    """Whether a noun phrase names one particular thing on its own, as the lede's object gates
    read it: not a vague noun ("the situation"), a shell many wordings fill ("an even more
    daunting task"), a stance with no topic, a definite noun only the story says which of ("the
    presidential field", "the planned sale"), nor one with a hedged or bare definite noun inside
    ("teams on some key issues", "support for the decision"). ``extract.lede_blanks`` asks its
    phrases only when they do."""
    if phrase.root.lemma_.lower() in VAGUE_OBJECT_NOUNS or not pins_a_fact(phrase) or topicless_opinion(phrase):
        return False
    return not (
        _said_which_only_by_its_story(phrase) or _vague_inside(phrase) or _bare_definite_inside(phrase) or definite_act(phrase)
    )


def _verb_of(token: Token) -> tuple[Token | None, str]:
    """The verb whose complement ``token`` heads, and the slot: its direct object ("built [a
    multistate defense system]"), or the object of the preposition that completes a verb with no
    direct object, written right after it or its particle ("pulled out of [an NBC debate]",
    "voted for [the highway bill]", "pouring out of [the junk-bond funds]"). A verb with an
    object of its own, or a phrase after other words, takes its preposition as an adjunct (where,
    when, how: "met reporters in [the hotel lobby]"), which says less about what was done."""
    if token.dep_ == "dobj":
        return token.head, "object"
    prep = token.head
    if token.dep_ != "pobj":
        return None, ""
    while prep.dep_ == "prep" and prep.head.pos_ == "ADP" and prep.head.i == prep.i - 1:
        prep = prep.head  # "out of", "away from": the preposition the verb takes is the pair
    if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None, ""
    verb = prep.head
    if prep.i < verb.i or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp") for c in verb.children):
        return None, ""  # "has become [tentative] in the face of …": the verb's complement is another
    if any(t.dep_ not in ("prt", "prep") or t.head.i != verb.i for t in verb.doc[verb.i + 1 : prep.i]):
        return None, ""  # only the verb's particle ("out" of "pulled out of") between verb and preposition
    if not asserted(verb) or not finite(verb) or any(c.tag_ == "TO" for c in verb.children):
        # a relative clause, an aside or a purpose ("where the relatives are fighting for ____",
        # "to profit from ____"), a negation, a passive ("was convicted in [state court]": where,
        # not what) or a view: the prepositional phrase is no act the story tells
        return None, ""
    if _generic_doer(verb):
        return None, ""  # "natural disasters have resulted in ____": a kind of thing, no act of the story's
    if present_state(verb) or _do_support_present(verb):
        return None, ""  # "a rift does exist between ____": a state, not a thing done
    return verb, "prep"


def _do_support_present(verb: Token) -> bool:
    """A simple present written with "do" ("a rift does exist", "they do rely on"): a state or
    a habit, as the plain present is (``event_clauses.present_state``)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and all(a.lower_ in ("do", "does") for a in auxes)


def _generic_doer(verb: Token) -> bool:
    """Whether the verb's subject is a common noun with no determiner, possessor or name of its
    own ("disasters", "investors"): a bare plural or mass noun tells what things of a kind do,
    not what one party of the story did."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children)


def _said_which_only_by_its_story(phrase: Span) -> bool:
    """Whether the phrase is a definite common noun that only adjectives, or a possessor that
    is itself such a noun, qualify ("the presidential field", "the current weakness", "the
    network’s frustration"): an abstract blank, which one only the story says. A phrase, a
    clause, a noun or a name that says which ("the claim of progress on the bridge", "the
    shareholder-rights plan") keeps it."""
    head = phrase.root
    if head.pos_ != "NOUN" or head.lemma_.lower() in INSTITUTION_NOUNS:
        return False  # "put [the federal government] in charge": an institution is named by its noun
    children = list(head.children)
    if any(c.dep_ not in ("det", "amod", "poss", "advmod", "punct") for c in children):
        return False
    if any(c.dep_ == "amod" and c.tag_ in ("VBG", "VBN") for c in children):
        return False  # "the floating breakwater": a participle says what kind
    owners = [c for c in children if c.dep_ == "poss"]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    if owners:
        owner = owners[0]
        return owner.pos_ == "NOUN" and not any(c.dep_ in ("compound", "prep", "amod") for c in owner.children)
    return definite


def definite_act(phrase: Span) -> bool:
    """Whether the phrase is "the", words that describe and a noun of an act or a change, nothing
    naming which ("the planned sale", "the proposed merger", "the projected sharp rise", j147): an
    act the sentences before told (``constants.ACT_NOUNS``, ``CHANGE_NOUNS``, or a noun made from
    a verb, ``context_mentions.names_an_act``)."""
    root = phrase.root
    lemma = root.lemma_.lower()
    if root.pos_ != "NOUN" or lemma in INSTITUTION_NOUNS or not (lemma in ACT_NOUNS | CHANGE_NOUNS or names_an_act(lemma)):
        return False  # "the federal government" is named by its noun ("govern" + "-ment" is no act here)
    if [c.lower_ for c in root.children if c.dep_ == "det"] != ["the"]:
        return False
    return all(c.dep_ in ("det", "amod") and not c.ent_type_ and c.pos_ != "PROPN" for c in root.children)


def _vague_inside(phrase: Span) -> bool:
    """Whether a noun after a preposition inside the phrase is left open by its determiner
    ("teams on [some] key issues", "a deal with [several] lenders"): the blank's words would be
    the writer's hedge, which many other wordings fill as well."""
    return any(
        t.dep_ == "det" and t.lower_ in _OPEN_DETERMINERS and t.head.dep_ == "pobj" and t.head.i != phrase.root.i
        for t in phrase
    )


_OPEN_DETERMINERS = frozenset(["some", "several", "many", "various", "certain"])  # not "any" ("the fallout from any strike": whichever)


def _bare_definite_inside(phrase: Span) -> bool:
    """Whether the phrase's head has, after a preposition of content, a noun with "the" and
    nothing else saying which (``CONTENT_PREPOSITIONS``: "support for [the decision]", "a
    protest against [the ruling]"): which one only the sentences before say, so the answer does
    not stand alone. A place ("a barrier along the river") is not what the act is about; an
    institution ("in charge of [the government]") is named by its noun; a compound or modifier
    ("the money fund") says which; a noun deeper in ("the claim of progress on the bridge") is
    the phrase's detail, which the head's own phrase already pins."""
    return any(
        t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in CONTENT_PREPOSITIONS and t.head.head == phrase.root
        and t.lemma_.lower() not in INSTITUTION_NOUNS and not t.ent_type_
        and [c.lower_ for c in t.children] == ["the"]
        for t in phrase
    )


def told_again(phrase: Span, sent: Span) -> bool:
    """Whether a noun of the phrase comes back in the story outside its sentence ("filed a
    defamation suit" … "the suit"; "put the federal government in charge" … "the government"):
    what the story is about is named again, while a support verb's object ("voiced concern",
    "drew national media attention"), a figure of speech ("stirred the pot of controversy") or
    an aside ("scheduled a news conference") is said once. Read by lemma over the whole text."""
    nouns = {t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN")}
    return any(t.lemma_.lower() in nouns for t in phrase.doc if not sent.start <= t.i < sent.end)


def pointed_back_at(phrase: Span, sent: Span) -> bool:
    """Whether a pronoun after the phrase in its sentence may stand for it: "it"/"its" after a
    singular thing, "they"/"them"/"their" after a plural one. Blanked, the phrase leaves the
    pronoun pointing at nothing the reader sees, and the rest of the sentence gives the blank's
    sense away or reads as nonsense."""
    plural = phrase.root.tag_ in ("NNS", "NNPS")
    pronouns = THEY_WORDS if plural else IT_WORDS
    return any(t.lower_ in pronouns for t in sent if t.i >= phrase.end)


def _points_back(doer: str) -> bool:
    """Whether a doer written as a common noun phrase points back at ones named before ("both
    newcomers", "these firms", "the two companies"); a name or a pronoun does not (a pronoun is
    named through the article's references)."""
    words = doer.lower().split()
    if len(words) < 2:
        return False
    return words[0] in ANAPHORIC_DETERMINERS | {"both"} or (words[0] == "the" and words[1] in _BACK_COUNTS)


_BACK_COUNTS = frozenset(["two", "three", "four", "five", "latter", "former", "pair", "duo", "trio"])


def clause_doer(verb: Token) -> tuple[str, int] | None:
    """Who does the verb's act, and where it is written: its subject, or the subject of the
    clause it continues ("are rushing to build", "met and agreed"); a pronoun as written ("he",
    for the items to name through the article's references); None if there is none."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return subject.text, subject.idx
    ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if ent is not None:
        return ent.text.removeprefix("the "), ent.start_char
    span = subject.doc[subject.left_edge.i : subject.i + 1]
    return " ".join(span.text.split()), span.start_char


def _phrase(head: Token) -> Span | None:
    """The object's noun phrase: its contiguous subtree, without a trailing participle clause
    ("meant to …"); None when it has a relative clause, an apposition or a comma, or is too
    short or too long to be an answer."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    doc = head.doc
    if any(c.dep_ == "relcl" for c in head.rights):
        return None  # "the situation (that) Clinton is facing": the answer is the whole clause
    clause = next((c for c in head.rights if c.dep_ == "acl"), None)
    if clause is not None:
        if any(c.dep_ == "conj" and c.i < clause.i for c in head.rights):
            return None  # "storm payments and the reserves set up to cover …": the clause is the last conjunct's, cut in two
        end = clause.left_edge.i  # "a series of orders meant to put a dent in …": the phrase, not its clause
    if any(c.dep_ == "appos" for c in head.rights):
        return None  # "runs the current system, United Network for Organ Sharing, …": the name is the answer, or the parse's guess
    if any(t.text in CUTS for t in doc[start:end]):
        return None  # "understood the power of gesture, and of a spotlight …", "by level, age and race": a phrase in pieces
    if any(c.dep_ in ("conj", "cc") and c.i >= end for c in head.rights):
        return None  # "the reserves set up to cover …, and the gains": a list cut short
    if any(not start <= t.head.i < end for t in doc[start:end] if t != head):
        return None  # "offset storm payments and [the reserves] set up to …": a word of it heads or hangs on a clause outside, so the blank is no phrase
    if runs_into_a_noun_phrase(doc[start:end]):
        return None  # "on [speculation of … between major shareholders] | the Kadoorie family and …" (j144)
    words = [t for t in doc[start:end] if not t.is_punct]
    if not (MIN_WORDS <= len(words) <= MAX_WORDS) or doc[end - 1].is_punct:
        return None
    if end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text in ("-", "/", "“", '"') or not doc[end].is_punct):
        return None  # the parse cut a word ("boost enthusiasm for gun|-control policies")
    if head.is_stop and not any(c.dep_ in ("det", "poss") for c in head.children):
        return None  # "shifting [full-on] to election mode": a function word the tagger took for a noun
    if len(words) == 2 and words[0].pos_ == "DET":
        return None  # "the move", "a suspect": a bare noun says little, or names what an earlier sentence told
    if words[-1].pos_ not in ("NOUN", "PROPN") or words[0].pos_ == "ADP" or words[0].lower_ in VAGUE_DETERMINERS:
        return None  # "head scarves and", "contests in smaller", "off-limits", "any site", "more money", "another notch"
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in doc[start:end]):
        return None  # "a plan that would cut …": a clause inside the answer makes it a sentence to recite
    if runs_into_clause(doc[start:end]):
        return None  # "to mark [the end of the siege and villagers] scattered …": two clauses' halves
    if (
        end < len(doc) and doc[end].pos_ in ("AUX", "VERB") and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD")
        and not start <= doc[end].head.i < end  # "a new parking scheme | meant to ease …": the phrase's own clause
        and _subject_lost_into(doc, start, end)
    ):
        # "agreed not to pursue [key provisions of a measure critics] | had called an endorsement of
        # racial profiling" (j222): a tensed verb right after the phrase has its last noun for a
        # subject, so the parse cut a clause in two
        return None
    if _continues_a_noun(doc, start):
        return None  # "of its gas-electric Prius [hybrid mid-size sedan]": the parse cut one noun phrase in two
    return doc[start:end]


def _subject_lost_into(doc: Doc, start: int, end: int) -> bool:
    """Whether the tensed verb right after the phrase (or the verb its auxiliary serves) has no
    subject of its own, or one inside the phrase: the phrase swallowed it ("a measure critics | had
    called …"). "… accept foreign donations | should Mrs. Clinton win" has its own, after it."""
    verb = doc[end] if doc[end].dep_ not in ("aux", "auxpass") else doc[end].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(start <= c.i < end for c in subjects)


def _continues_a_noun(doc: Doc, start: int) -> bool:
    """Whether a phrase opening with no determiner, possessive or number follows a noun, name
    or adjective with nothing between: the words before are the same noun phrase's, which the
    parse hung elsewhere ("Prius" before "hybrid mid-size sedan")."""
    if start == 0 or doc[start].pos_ in ("DET", "NUM", "PRON") or doc[start].tag_ in ("PRP$", "POS"):
        return False
    before = doc[start - 1]
    return bool(before.whitespace_) and before.pos_ in ("NOUN", "PROPN", "ADJ") and not before.is_sent_end
