"""The names that fill the lede's clauses: who did it, to whom, where — read from the parse.

"Sen. Ted Cruz (R-Texas) won the Republican caucus." → ``ArgumentFact`` "Ted Cruz" (subject of
"win"); "… after a sniper killed Dr. Barnett Slepian in his kitchen" → "Barnett Slepian"
(object of "kill"); "Young Democrats are gravitating toward Sen. Bernie Sanders" → "Bernie
Sanders" (the object of the verb's preposition). The event extractor asks what an actor of a
known kind of act did; a teacher's first questions ask for whoever fills a slot of the lede's
clauses, whatever the verb. A name is a slot's when it heads the verb's subject, object or a
prepositional object hung on the verb, or completes through a preposition a noun that is the
verb's object or subject ("completed its acquisition of CVN Cos." → "CVN Cos.", "young go-getters at
BuzzFeed tied …" → "BuzzFeed", slot "noun"; not a role's: "a spokesman for the Pentagon"), or
possesses the noun that fills a slot ("glued to Donald Trump’s rambling speech" → "Donald
Trump", slot "possessor": the cloze keeps the possessive mark, "____’s rambling speech");
coordinated names ("Felicia Sanders and Polly
Sheppard made …", "Bear Stearns, Morgan Stanley and Oppenheimer joined …") are one answer. Left out: names inside quotation marks (a quote's words),
the speaker of a reporting verb (quotes ask speakers), the place a statement was made ("In
Washington, a Pentagon spokesman said …", "At the U.N., Libya called for …": trivia), who relayed
the news ("according to a report by …", "figures from … showed": ``news_sources``), a people
whose place the text already names ("Peruvians" beside "Peru's Health Ministry": ``demonyms``),
a name that only modifies a noun ("a Fox News poll"), and the sentences the event extractor leaves out (questions, headlines run
into the text, asides).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESSEE_VERBS,
    ARGUMENT_LABELS,
    ARGUMENT_PARAGRAPHS,
    CLOZE_ANSWER_MAX_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    WORDS_OCCASION_NOUNS,
)
from quizgen.extract.cut_names import particle_before
from quizgen.extract.demonyms import described_capital, named_place_people, place_of_named_people
from quizgen.extract.event_actors import (
    common_words_only,
    short_name_of_a_body,
    strip_the,
    with_others,
)
from quizgen.extract.event_clauses import describes, hypothetical
from quizgen.extract.event_phrases import word_broken_before
from quizgen.extract.events import price_move, repeats_headline, told_sentences
from quizgen.extract.name_checks import could_be_a_name, legal_form
from quizgen.extract.name_cleaning import clean_name
from quizgen.extract.name_tails import longer_name_end
from quizgen.extract.news_sources import news_source
from quizgen.extract.quoted_text import quoted_chars
from quizgen.extract.restated_names import currency_restated, restated_beside
from quizgen.facts.names import written_surname
from quizgen.facts.places import is_country
from quizgen.facts.records import ArgumentFact
from quizgen.ingest.articles import Article
from quizgen.ingest.wire_paragraphs import story_blocks
from quizgen.nlp import english_word, sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
OBJECT_DEPS = frozenset(["dobj", "dative"])
CLAUSE_POS = frozenset(["VERB", "AUX"])
# Prepositions that place a statement ("in Washington", "at the United Nations", "from Baghdad")
# and the verbs of statements they place: the venue of a remark, a call or a denial is trivia.
VENUE_PREPOSITIONS = frozenset(["in", "at", "from"])
STATEMENT_VERBS = SPEECH_VERBS | REPORTING_VERBS | {"call"}  # "called for …" is a demand's verb
# Occasions of words: a name that places one ("a speech at [the Pentagon]", "in an interview
# with …", "speaking on radio show [Joney's Jukebox]") gives where words were said, as a venue
# of a statement verb does. Nouns name the occasion (``constants.WORDS_OCCASION_NOUNS``); verbs
# deliver or carry the words, and two verbs place a speaker on a broadcast only ("appeared on
# [CNN]"; "appeared in [Portugal]" is news).
WORDS_OCCASION_VERBS = frozenset(["deliver", "publish", "air", "broadcast"])
# Prepositions of the audience a speech's participle names ("a speech prepared for the House",
# "remarks delivered to the Senate", "testimony given before the committee").
AUDIENCE_PREPOSITIONS = frozenset(["for", "to", "before"])
BROADCAST_VERBS = frozenset(["appear", "speak"])
# The part of a paper or a place where words are given, whose owner is named after "of" ("the
# front page of [Granma]", "the headquarters of [the NAACP]").
VENUE_PARTS = frozenset(["page", "edition", "issue", "headquarters", "studio", "step"])
# "on" places words on a broadcast ("on CNN", "on radio show …") but gives a topic too ("spoke
# on Iran"): a broadcast is an organisation or a work, or is called one.
BROADCAST_LABELS = frozenset(["ORG", "WORK_OF_ART"])
# Tokens after a name that show it only modifies the noun phrase they open ("told [Breitbart
# News Daily] SiriusXM host Matt Boyle"); a tagger reads a brand glued to a noun as punctuation.
NOUN_POS = frozenset(["NOUN", "PROPN"])
# What makes a possessed noun say which thing it is without the text before: "[Ted Cruz’s] Iowa
# win", "[Sanders’] lock on young people", "[Trump’s] rambling speech"; not "[Clinton’s] comments".
NOUN_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "nummod", "prep", "acl", "relcl"])

# Words that point back to what the sentences before said ("the above remarks", "the
# aforementioned plan").
BACK_POINTERS = frozenset(["above", "aforementioned", "abovementioned", "above-mentioned"])


def lede_arguments(doc: Doc, *, article: Article, paragraphs: int = ARGUMENT_PARAGRAPHS) -> Iterator[ArgumentFact]:
    """The slot-filling names of the first ``paragraphs`` prose paragraphs, in text order."""
    blocks = lede_blocks(article, paragraphs)
    quoted = quoted_chars(doc)
    texts = (article.title or "", doc.text)
    own_outlet = _folded_name(article.outlet or "")
    for sent in told_sentences(doc, blocks):
        for ent in sent.ents:
            if common_words_only(ent):
                continue  # "Detectives stepped up …": a tagger's name of a common noun
            if own_outlet and (_folded_name(ent.text) + " ").startswith(own_outlet + " "):
                # "economists polled by [Reuters]" in a Reuters story (j83): who reports it, not the
                # news; "told [Reuters SMC] had offered" (j86): the tagger ran the outlet into the next name
                continue
            ent = without_trailing_score(ent)
            if ent is None:
                continue
            fact = _argument(ent, sent, article.id, quoted, texts)
            if fact is not None:
                yield fact


NEGATIONS = frozenset(["not", "n't", "never", "no"])


def _negated(verb: Token) -> bool:
    """Whether the verb is negated ("has never met", "did not attend"): a name as its subject or
    object is one of the many of whom it is true, and any wrong choice would be right too."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in verb.children)


def _folded_name(name: str) -> str:
    """A name folded for comparing with an outlet's: "The Associated Press" → "associated press"."""
    return " ".join(strip_the(name).lower().split())


_SCORE_PIECES = re.compile(r"\d+|[-–()]")


def without_trailing_score(ent: Span) -> Span | None:
    """A person's name the tagger ran into the score after it ("beat Russia's [Elena Bovina
    1-6] 6-1 6-4", "defeated China's [Jie Zheng 6-2 7-5]") without the score: the blank takes
    the name, the question keeps the result. None when nothing of a name is left."""
    if ent.label_ != "PERSON" or not ent[-1].text.isdigit():
        return ent
    end = ent.end
    while end > ent.start and _SCORE_PIECES.fullmatch(ent.doc[end - 1].text):
        end -= 1
    if not re.search(r"\d\s*[-–]\s*\d", ent.doc[end : ent.end].text):
        return ent  # "Spider-Man 2": a title's number, no score
    if end == ent.start:
        return None
    from spacy.tokens import Span  # spaCy only where a document is read (a cached run imports none)

    return Span(ent.doc, ent.start, end, label=ent.label_)


def lede_blocks(article: Article, paragraphs: int) -> list:
    """The prose blocks up to the end of the ``paragraphs``-th paragraph of eight words or
    more (the lede as ``items.ranking`` reads it), one-line paragraphs between them included: a
    live report's "Sen. Ted Cruz won the Republican caucus." is a paragraph of the lede."""
    out, seen = [], 0
    for block in story_blocks(article.blocks):  # a story set in one block: a sentence a paragraph
        if block.kind != "text":
            continue
        words = len(block.text.split())
        if words < 3 or repeats_headline(block.text, article.title):
            continue  # a caption's scrap, or the headline repeated at the body's top
        out.append(block)
        seen += words >= 8
        if seen == paragraphs:
            break
    return out


def _argument(ent: Span, sent: Span, article_id: str, quoted, texts: tuple[str, ...] = ()) -> ArgumentFact | None:
    if ent.label_ not in ARGUMENT_LABELS or ent.root.dep_ == "conj":
        return None  # a second conjunct is read with the first
    if any(t.idx in quoted for t in ent):
        return None
    if len(ent) > 1 and ent[-1].text in ("'", "’") and ent[-1].tag_ != "POS" and ent[-2].lower_.endswith("s"):
        return None  # "the vote to [Wells’] 33 percent": a possessive mark the parse read as a comma's kin; Wells owns the figure
    if not any(c.isupper() or c.isdigit() for c in ent.text):
        return None  # "a regional congress", "the senate": a common noun the tagger took for a name
    if ent.label_ == "PERSON" and not could_be_a_name(ent.text):
        return None  # "The 22-year-old [Scot] finished fourth" (j67): no person's name to blank
    if ent.label_ == "PERSON" and not any(t.pos_ == "PROPN" for t in ent):
        return None  # "Hackers also accessed …": a sentence's first common noun the tagger took for a person
    if ent.label_ == "PERSON" and _capital_only_at_start(ent):
        return None  # "[Breakdown] was as follows: cotton 26,992 …" (j105): a word capitalised only where a sentence opens
    if ent.label_ == "NORP" and not (ent.root.tag_ in ("NNS", "NNPS") and ent.root.text[:1].isupper()):
        return None  # "a Republican", "the Libyan", "democrats": a qualifier or a tagger's guess, not a people named
    if ent.label_ == "ORG" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children):
        return None  # "a big-money Republican super [PAC]": an organisation's name takes no "a" (a place may: "an unprepared Europe"); the tagger took a common noun for one
    if any(t.lower_ in BACK_POINTERS and t.dep_ in ("amod", "advmod") and t.head.pos_ == "NOUN" for t in sent):
        return None  # "Liu made [the above remarks]": which remarks, only the sentences before say
    if ent.root.pos_ == "NOUN" and ent.root.text.islower():
        return None  # "[the Indian Ocean archipelago of Zanzibar]": a description the tagger ran into the name, no name to blank
    if _shares_its_head(ent):
        return None  # "Prices of Malaysian and [Sumatran CPO]" (j130): the blank would split one phrase of two kinds of CPO
    found = _slot(ent.root)
    if found is None:
        return None
    slot, verb = found
    if slot != "possessor" and _modifies_a_noun(ent):
        return None  # "told [Breitbart News Daily] SiriusXM host Matt Boyle": the blank would split the phrase
    if news_source(ent.root):
        return None  # "…, according to the Labor Department", "figures from the ministry showed": the news's source, not its actor
    if named_place_people(ent):
        return None  # "some 70,000 [Peruvians] …, Peru's Health Ministry said": the place gives its people away
    if place_of_named_people(ent):
        return None  # "[China]'s agency … colleagues in the Chinese capital": its people's word gives the place away
    if restated_beside(ent) or currency_restated(ent):
        return None  # "the [Renminbi] (RMB) … 7.8 yuan": the sentence says the name in another form
    if slot == "subject" and verb.lemma_.lower() in SPEECH_VERBS:
        return None  # "…, Smith said": who said it is the quotes' question
    if slot == "subject" and with_others(verb):
        return None  # "The Bank of Japan declined comment" beside "the Bank of England … also declined comment" (j112): two doers
    if slot == "prep" and ent.root.head.lower_ in VENUE_PREPOSITIONS and verb.lemma_.lower() in STATEMENT_VERBS:
        return None  # "In Washington, a Pentagon spokesman said …": where words were said is no news
    if words_venue(ent):
        return None  # "In a speech delivered at [the Pentagon], Bush …": likewise
    if hypothetical(verb):
        return None  # "If Clinton loses, it would be …": whom a guess names is no fact
    if slot in ("subject", "object") and _negated(verb):
        return None  # "Susan Gill has never met Anatoliy Kovalev" (j185): whoever else is offered never met him either
    if describes(verb):
        return None  # "____ distributes electronic devices": a profile, not the news
    if price_move(verb):
        return None  # "In composite trading Friday, ____ closed at $5.25, down $1.875": a day's share price, no act
    if slot in ("subject", "possessor") and ent.label_ == "GPE" and not is_country(_possessed_name(ent)):
        return None  # "New York sued …", "[Nestle’s] 7% share": a city or state as a doer is more often a dateline or its people, a company the tagger took for a place
    if _name_cut(ent) or _price_run_in(ent):
        return None
    if ent.start > 0 and ent.doc[ent.start - 1].like_num or _counted(ent):
        return None  # "suffered about 3.4 billion [U.S. Dlrs] in losses" (j77): a currency after its amount, no name
    if short_for_longer_name(ent):
        return None  # "The [Bill] now faces opposition" after "the Prevention of Terrorism Bill" (j69): a short back-reference
    start = _name_start(ent)
    end = _possessor_end(ent) if slot == "possessor" else _list_end(ent, sent)
    if end is None:
        return None
    longer = longer_name_end(ent)
    if longer is not None:
        # "the [Beijing Center] for the Promotion of …": the blank takes the whole name, when it
        # is no longer than an object cloze's answer may be (round 47)
        whole = ent.doc[ent.start : longer]
        if slot == "possessor" or len([t for t in whole if not t.is_punct and t.lower_ != "the"]) > CLOZE_ANSWER_MAX_WORDS:
            return None
        end = whole.end_char
    if ent.label_ == "PERSON":
        start = _past_epithet(sent.doc.text, start, end, texts)
        if start is None:
            return None
    text = sent.doc.text[start:end]
    if text.lower().startswith("the "):
        start, text = start + 4, text[4:]
    described = described_capital(ent)
    if described is not None:
        # "visit to [the Afghan capital] Kabul": the description answers the blank; blanked with
        # the name when it stands right before it ("visit to ____"), else no card (round 47)
        if described < 0 or slot == "possessor":
            return None
        start = sent.doc[described].idx
    return ArgumentFact(
        article_id=article_id,
        name=" ".join(text.split()),
        label=ent.label_,
        slot=slot,
        verb=verb.lemma_.lower(),
        start=start,
        end=end,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        present=in_the_present(verb),
    )


def _shares_its_head(ent: Span) -> bool:
    """Whether a modifier of the name's head stands before it, joined to it by "and"/"or"
    ("Malaysian and [Sumatran CPO]", "Japanese and [U.S. banks]"): one noun phrase of two kinds,
    whose head the name holds; blanking the name leaves "Malaysian and ____"."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "CCONJ" and any(
        c.i < before.i and (c.dep_ == "amod" or (c.dep_ in ("compound", "nmod") and c.ent_type_ == "NORP"))
        for c in ent.root.children
    )  # not "the lead of Chemical and [Marine Midland]", two banks the parse joined into one phrase


def _capital_only_at_start(ent: Span) -> bool:
    """Whether a one-word name is an English word that the article capitalises only where a
    sentence opens: a common noun the tagger took for a person. "Baker met …" stays where the
    story also writes "Treasury Secretary James Baker"."""
    word = ent[0]
    return (
        len(ent) == 1
        and word.is_sent_start
        and english_word(word.lower_)
        and not any(t.text == word.text and not t.is_sent_start for t in ent.doc)
    )


def _counted(ent: Span) -> bool:
    """Whether a number counts the name's head from before it ("a surplus of 379 mln [N.Z.
    Dlrs]", j91, where "mln" stands between): what is counted is a unit or a currency, and no
    person, body or place is counted so."""
    return any(c.dep_ == "nummod" and c.i < ent.start and c.like_num for c in ent.root.children)


def short_for_longer_name(ent: Span) -> bool:
    """Whether a one-word name after "the" is the last word of a longer name the text wrote
    before it ("the Prevention of Terrorism Bill … The Bill now faces …", "the Association of
    Chief Police Officers … the Association"): the word points back to that name as "the bill"
    would, and blanked it asks for a common noun many things could be. A capitalised word
    (no article, no sentence's first word) right before an earlier use of the word marks the
    longer name."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1:
        return False
    word = words[0]
    doc = ent.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is None or before.lower_ != "the":
        return False
    if short_name_of_a_body(ent):
        return True  # "the System would need federal aid" (j138): the longer name, written or not
    return any(
        t.text == word.text
        and t.i > 0
        and doc[t.i - 1].text[:1].isupper()
        and doc[t.i - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and doc[t.i - 1].lower_ not in ("the", "a", "an")
        and not doc[t.i - 1].is_sent_start
        for t in doc[: ent.start]
    )


def in_the_present(verb: Token) -> bool:
    """Whether a clause's finite word is a present and no modal stands with it: "____ is
    accused of killing …", "____ faces charges", "has been charged" — not "was accused", "will
    face" or "could be charged"."""
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda t: t.i)
    finite = auxes[0] if auxes else verb
    return finite.tag_ in ("VBZ", "VBP") and not any(a.tag_ == "MD" for a in auxes)


def words_venue(ent: Span) -> bool:
    """Whether a name gives only where words were said: the object of "at", "in", "from" or
    "on" hung on an occasion of words (``WORDS_OCCASION_NOUNS``: "a speech at [the Pentagon]"),
    or of those or "for", "to", "before" on a participle of one ("a speech prepared for [the
    House of Commons]")
    or on a verb that delivers or carries words (``WORDS_OCCASION_VERBS``: "delivered at [the
    Pentagon]"), or after "on" on one that places a speaker (``BROADCAST_VERBS``: "appeared on
    [CNN]"). After "on" the name must be a broadcast: an organisation
    or a work, or a name the text calls a show ("on radio show [Joney's Jukebox]"), not a topic
    ("spoke on [Iran]"). A name owning the venue places the words too ("published on the front
    page of [Granma]")."""
    root = ent.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in VENUE_PARTS:
        root, prep = prep.head, prep.head.head  # "on the front page of [Granma]": the venue's owner
    if (
        root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in VENUE_PREPOSITIONS | AUDIENCE_PREPOSITIONS
        and prep.head.dep_ == "acl" and prep.head.head.lemma_.lower() in WORDS_OCCASION_NOUNS
    ):
        return True  # "in a speech prepared for [the House of Commons]" (j83): whom the words were for
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPOSITIONS | {"on"}:
        return False
    head, on = prep.head, prep.lower_ == "on"
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        occasion = lemma in WORDS_OCCASION_NOUNS
    else:
        occasion = head.pos_ in CLAUSE_POS and (lemma in WORDS_OCCASION_VERBS or (on and lemma in BROADCAST_VERBS))
    if not occasion:
        return False
    if not on:
        return True
    if root.i != ent.root.i:
        return True  # a page, an edition: no topic
    called = any(t.lemma_.lower() in WORDS_OCCASION_NOUNS for t in root.subtree if t.dep_ in ("compound", "nmod"))
    return called or (ent.label_ in BROADCAST_LABELS and not is_country(ent.text))  # a country tagged ORG is a topic


def _name_start(ent: Span) -> int:
    """Where the name of an entity begins: at its first word with a capital, past the words
    before it that the tagger ran into the name ("[30%-owned] Innopac Inc.", "[the] Netherlands"
    is read later): what modifies the name stays in the question, the answer is the name.
    A word joined to the name without a space is part of it ("7-Eleven"), and so is a
    particle of a person's name ("bin Laden", "de Klerk": no modifier)."""
    i = ent.start
    while i < ent.end - 1 and _modifier(ent.doc[i]):
        i += 1
    return ent.doc[i].idx


def _past_epithet(text: str, start: int, end: int, texts: tuple[str, ...]) -> int | None:
    """Where a person's name begins past an epithet or a title the tagger ran into it ("[Iron
    Lady] Ellen Johnson-Sirleaf", ``name_cleaning.clean_name``): at its first given name, when
    the article writes the person elsewhere without those words (the headline's or a later
    "Johnson-Sirleaf": the words are no part of the name, and stay in the question); None (no
    card) when it does not, for then which words are the name the text cannot tell. ``start``
    when nothing stands before the name."""
    name = text[start:end]
    words = list(re.finditer(r"\S+", name))
    cleaned = clean_name(name).split()
    if not cleaned or len(cleaned) >= len(words) or [w.group() for w in words[-len(cleaned):]] != cleaned:
        return start
    surname = written_surname(" ".join(cleaned))
    alone = r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])"
    whole = r"(?<![\w'’-])" + r"\s+".join(re.escape(w.group()) for w in words) + r"(?![\w'’-])"
    if sum(len(re.findall(alone, t)) for t in texts) <= sum(len(re.findall(whole, t)) for t in texts):
        return None
    return start + words[-len(cleaned)].start()


def _modifier(token: Token) -> bool:
    return (
        not any(c.isupper() for c in token.text)
        and bool(token.whitespace_)
        and (token.pos_ in ("DET", "NUM", "ADJ", "VERB", "ADV") or any(c.isdigit() for c in token.text))
    )


def _slot(root: Token) -> tuple[str, Token] | None:
    """Which slot of which clause's verb the name's head fills, or None."""
    head = root.head
    if not head.is_alpha:
        return None  # "PHILADELPHIA ― Felicia Sanders …": a dateline's dash taken for the verb
    if root.dep_ in SUBJECT_DEPS and head.pos_ in CLAUSE_POS:
        if head.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return None  # "Nashua Corp., rumored a target, said …": a participle is no clause of its own
        return "subject", head
    if root.dep_ in OBJECT_DEPS and head.pos_ == "VERB":
        return "object", head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in CLAUSE_POS and head.head.is_alpha:
        return ("subject" if head.dep_ == "agent" else "prep"), head.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return _noun_slot(head.head)
    if root.dep_ == "poss":
        return _possessor_slot(head)
    return None


def _possessor_slot(noun: Token) -> tuple[str, Token] | None:
    """The clause whose subject, object or prepositional object is the noun a name possesses:
    "the polls failed to predict [Ted Cruz’s] Iowa win", "glued to [Donald Trump’s] rambling
    speech". The cloze keeps the possessive mark after its blank ("____’s Iowa win"), so the
    phrase stays whole. Not a role or a person ("[Trump’s] campaign manager said …", "[CNN’s]
    Dana Bash"): whose spokesman spoke is the quotes' question, and a name after is the answer."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in ROLE_NOUNS or noun.lower_ in ROLE_NOUNS:
        return None
    if not any(c.dep_ in NOUN_MODIFIER_DEPS for c in noun.children):
        return None  # "[Bill Clinton’s] comments come …": which comments the text before says
    found = _slot(noun) if noun.dep_ != "poss" else None
    if found is None or found[0] not in ("subject", "object", "prep"):
        return None
    slot, verb = found
    lemma = verb.lemma_.lower()
    if lemma in STATEMENT_VERBS and (slot != "object" or lemma in ADDRESSEE_VERBS):
        return None  # "[Clinton’s] campaign says …", "told [Britain’s] ITV": a statement's speaker or channel
    if slot == "subject" and noun.lemma_.lower() in STATEMENT_VERBS:
        return None  # "[Castro’s] remarks to a conference were aimed at …": whose words, the quotes' question
    return "possessor", verb


def _noun_slot(noun: Token) -> tuple[str, Token] | None:
    """The clause whose object a noun is, when a name completes that noun through a
    preposition: "completed its acquisition of [CVN Cos.]", "celebrated the country's entry
    into [NATO]", "interrupted a rally in [Indiana]" — the act named by a noun is the clause's
    news as much as its verb. The verb's own object, the object of the verb's preposition, or
    its subject ("young go-getters at [BuzzFeed] tied …") unless that is a role ("a spokesman
    for [the Pentagon]": who speaks is the quotes' question) or the verb has two subjects (a
    conjunct the parse took for one)."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
        verb = noun.head
    elif noun.dep_ in SUBJECT_DEPS and noun.head.pos_ in CLAUSE_POS and noun.lemma_.lower() not in ROLE_NOUNS:
        verb = noun.head  # "[young go-getters] at BuzzFeed tied …", "The murder of Dr. Barnett Slepian is …"
        if sum(c.dep_ in SUBJECT_DEPS for c in verb.children) > 1:
            return None  # "comments on … and relations with [Russia] have drawn …": a conjunct the parse made a subject
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    else:
        return None
    if not verb.is_alpha or verb.lemma_.lower() in STATEMENT_VERBS:
        return None  # "told reporters at a news conference in [Washington]": where words were said
    return "noun", verb


def _modifies_a_noun(ent: Span) -> bool:
    """Whether the name is a possessor or a modifier of the noun phrase that goes on after it
    ("at [Austin’s] annual festival", "told [Breitbart News Daily] SiriusXM host Matt Boyle"):
    blanked, the card asks a fragment of a phrase and leaves its head dangling. The parse shows
    it as a possessive mark inside the name or a noun right after it that the name does not
    govern."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent[-1].tag_ == "POS" or any(c.dep_ == "case" for c in ent.root.children):
        return True  # "[Austin’s]": a possessor (not "[Hudson's Bay Co.]", a name with one inside)
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.dep_ in ("amod", "compound", "poss", "nummod") and before.head.i >= ent.end:
        return True  # "Austin’s annual [South] by Southwest festival": a modifier of a noun after the name
    if after is None:
        return False
    beyond = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if (
        after.pos_ == "ADP" and beyond is not None and beyond.pos_ == "PROPN"
        and beyond.dep_ == "compound" and beyond.head.i > beyond.i and beyond.head.pos_ == "NOUN"
        and beyond.ent_type_ not in ("DATE", "TIME")  # "Garrick on [Tuesday] night": the verb's time
    ):
        return True  # "Austin’s annual [South] by Southwest festival": a name read on past the tagger's cut
    if ent.start <= after.head.i < ent.end:
        return False
    if after.tag_ == "POS":
        return True
    if after.ent_type_ in ("DATE", "TIME"):
        return False  # "met Obama Tuesday": the clause's day, not a phrase the name opens
    return after.pos_ in NOUN_POS or (after.is_alpha and after.pos_ == "PUNCT")


def _possessed_name(ent: Span) -> str:
    """The name without a possessive mark the tagger ran into it ("Hungary’s" → "Hungary")."""
    return ent[:-1].text if ent[-1].tag_ == "POS" and len(ent) > 1 else ent.text


def _possessor_end(ent: Span) -> int | None:
    """Where a possessor's name ends, before its possessive mark ("Donald Trump[’s]"), or None
    when it is one of several names ("Clinton and Sanders’s"): the blank asks one name."""
    if any(c.dep_ == "conj" for c in ent.root.children):
        return None
    last = ent[-2] if ent[-1].tag_ == "POS" and len(ent) > 1 else ent[-1]
    return last.idx + len(last.text)


def _name_cut(ent: Span) -> bool:
    """Whether the tagger left a word of the name before it ("DNC Chair Debbie [Wasserman
    Schultz]"): a capitalised word compounded into it that is no title ("Sen.", "Gov."), or a
    lower-case particle after a capitalised word ("Kengo wa [Dondo]"); or
    after it ("told [Bill] O’Reilly of Fox News"): a capitalised word right after the name,
    in no entity of its own and no pronoun, goes on with it."""
    if word_broken_before(ent):
        return True  # "Indo- [Asian News Service]": a word broken at a line's end
    if particle_before(ent):
        return True  # "Bank fuer [Gemeinwirtschaft AG]" (j155): a name's particle and its first word before it
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if (
        after is not None and ent[-1].whitespace_ and after.text[:1].isupper() and not after.ent_type_
        and after.pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "X") and not after.is_sent_start
    ):
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if (
        before.lower_ in ("and", "&") and ent[0].dep_ == "conj" and ent[0].head.i < ent.start
        and ent[0].head.pos_ == "ADJ" and ent[0].head.text[:1].isupper()
    ):
        return True  # "the British and [Irish Lions]" (j66): an adjective of the name joined before it ("Ohio and [Pennsylvania]" are two)
    if not (before.pos_ == "PROPN" and before.dep_ == "compound" and ent.start <= before.head.i < ent.end):
        return False
    if before.is_lower:
        # a name's particle left outside it ("Prime Minister Kengo wa [Dondo]", "F.W. de [Klerk]"):
        # a lower-case word the parse reads as a proper noun, after a capitalised word
        return ent.start >= 2 and ent.doc[ent.start - 2].text[:1].isupper()
    return before.text[:1].isupper() and before.lower_ not in TITLES and before.lower_.rstrip(".") not in TITLES


def _list_end(ent: Span, sent: Span) -> int | None:
    """Where the names coordinated with ``ent`` end ("Bear Stearns, Morgan Stanley and
    Oppenheimer": one answer, the parse chaining each name to the one before), or None when a
    conjunct is no name of the same kind ("Clinton and her aides": the answer is more than the
    names), a title stands between ("Clinton and former Maryland Gov. Martin O'Malley") or a
    word before the first name modifies it ("Poland's Kwasniewski and Havel")."""
    names, token = [ent], ent.root
    while partners := [c for c in token.children if c.dep_ == "conj"]:
        other = _entity_of(partners[0], sent)
        if other is None or other.label_ != ent.label_ or len(partners) > 1 or _name_cut(other):
            return None
        names.append(other)
        token = partners[0]
    if len(names) > 1 and any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < ent.start for c in ent.root.children):
        return None  # "Poland's [Kwasniewski and Havel]": whether the word before is the first name's or all's, the blank hides
    text = sent.doc.text
    gaps = [text[a.end_char : b.start_char].strip() for a, b in itertools.pairwise(names)]
    if gaps and (gaps[-1] not in ("and", ", and") or any(g != "," for g in gaps[:-1])):
        return None
    return names[-1].end_char


def _entity_of(token: Token, sent: Span) -> Span | None:
    return next((e for e in sent.ents if e.root == token), None)


def _price_run_in(ent: Span) -> bool:
    """Whether the tagger ran a share price into a company's name ("boosted [Conrac Corp 7-7/8]
    to 29", j76): a figure after the name's legal form. The blank would take the price with the
    name, and the sentence is a day's trading."""
    forms = [k for k, t in enumerate(ent) if legal_form(t.text)]
    return bool(forms) and any(t.text[:1].isdigit() for t in ent[forms[0] + 1 :])
