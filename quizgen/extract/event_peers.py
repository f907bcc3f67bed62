"""The same act elsewhere in the article: who else does it, and whether the actor does it again.

A card has one right answer only when the whole article says so. "The United States began
conducting airstrikes on Islamic State targets" makes no "Which country …?" card when a later
sentence says "France also conducted airstrikes in Syria"; "Iran condemned the bombing" makes
none when "Britain also condemned the bombings". An act is compared by its content verb and the
head of its object (``act_of``): "began conducting airstrikes" is (conduct, airstrike), as is
"conducted airstrikes"; "condemned the bombing of U.S. embassies" is (condemn, bombing).

Someone who did a like act is no wrong choice either (``Peers.rivals``): "the $37million raised
by Hillary Clinton" beside "Bernie Sanders raised more than $33million" (the same verb, an
amount for an amount: "Who raised more than $33million?" has two right answers), "Thermo
Electron made overtures to acquire Milton Roy" beside "Crane considered seeking control of
Milton Roy" (another act on the answer's named object). Those names are no choices; the card
stays, unless one did the same verb to an object of the same kind (``Peers.seconds``: the
$37million raised): then "Who raised more than $33million?" is not asked at all
(``items.event_who``), as a typed answer has two right ones too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.constants import EVENT_VERBS, REPORTING_VERBS, ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ALSO_WORDS = frozenset(["also", "too", "likewise", "similarly"])
# Sentence adverbials that add the sentence's act to another told before ("In addition, …").
ADDITIVE_OPENINGS = ("in addition", "additionally", "also", "besides", "moreover", "furthermore", "likewise", "similarly")
MEANS_PREPS = frozenset(["in", "with", "through", "via"])  # "hit in airstrikes", not "because of attacks"
NAME_FILLER = frozenset(["the", "corp", "inc", "co", "ltd", "plc", "llc", "group", "company", "corporation", "of", "and"])
OBJECT_DEPS = frozenset(["dobj", "pobj", "attr"])
# Entity types of an amount: "$33million" and "$37million" are objects of one kind.
AMOUNT_TYPES = frozenset(["MONEY", "PERCENT", "QUANTITY", "CARDINAL"])
# Entity types of a named object an act is done to ("control of Milton Roy", "attacked Clinton").
NAMED_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LOC"])
# Clauses a named object's verb may hang from, whose doer is the governing verb's subject
# ("made overtures to acquire Milton Roy": Thermo Electron acquires).
CLIMB_DEPS = frozenset(["xcomp", "ccomp", "advcl", "acl", "conj"])
INTENT_CLASSES = frozenset(["seek"])  # an intention: any approach to its object is like it
MIXED_CLASSES = frozenset(["decide", "state"])  # classes of opposites ("approve", "reject") or of words
# ``EVENT_VERBS`` classes whose verbs say one act in other words: making something known
# ("announced a bonus issue" beside "declaring a final dividend": both answer "What did X announce?").
SYNONYM_CLASSES = frozenset(["announce"])
# Clauses without a subject of their own whose doer is the governing verb's ("after declaring",
# "to announce", "announcing"), climbed at most this far.
CONTROLLED_DEPS = frozenset(["advcl", "xcomp", "pcomp"])
MAX_CONTROL_CLIMB = 3
SAME_ACTOR_PRONOUNS = {"PERSON": frozenset(["he", "she"]), "other": frozenset(["it", "they", "we"])}


@dataclass(frozen=True)
class Peers:
    """``others``: another actor does the same act in the article (or the verb says "also").
    ``again``: the actor does the same verb once more in the article, to something else, or
    the verb says "also" with no one else shown doing it (the actor's own other acts).
    ``act``: the act as content verb and object head ("conduct airstrike"), to compare across
    a deck's articles; None without an object."""

    others: bool
    again: bool
    act: str | None = None
    rivals: tuple[str, ...] = ()  # names of others who did a like act (no wrong choices)
    # of the rivals, those who did the same verb to an object of the same kind ("the $37million
    # raised by Clinton" beside "Sanders raised more than $33million"): a second right answer
    seconds: tuple[str, ...] = ()
    fellows: tuple[str, ...] = ()  # names of others who did the verb to something else (the best wrong choices)


def act_of(verb: Token) -> tuple[str, str | None]:
    """(content verb lemma, object head lemma): a frame verb's complement is the act ("began
    conducting airstrikes" → ("conduct", "airstrike")), else the verb and its object."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i > verb.i:
            head = _object_head(child)
            if head is not None:
                return child.lemma_.lower(), head
    return verb.lemma_.lower(), _object_head(verb)


def _object_head(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            return child.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0].lemma_.lower()
    return None


def peers_of(verb: Token, subject: Token, actor: str, label: str, *, verb_class: str | None = None) -> Peers:
    """Whether others do the act of ``verb`` in the article, and whether ``actor`` does its verb
    again. ``subject`` is the event's subject token; ``actor`` its text as the fact names it."""
    doc = verb.doc
    lemma, head = act_of(verb)
    others = False
    again = False
    foreign_found = False  # someone else shown doing this very act (verb and object)
    for t in doc:
        if t.i == verb.i or t.pos_ != "VERB":
            continue
        t_lemma, t_head = act_of(t)
        same_act = head is not None and (
            (t_head == head and (t_lemma == lemma or t.lemma_.lower() == lemma))
            or head in _argument_heads(t)  # "hit by France in airstrikes": France's airstrikes too
        )
        same_verb = t.lemma_.lower() == verb.lemma_.lower()
        if not same_act and not same_verb:
            if _same_class(t, verb) and not _same_object(t, verb) and not _one_act(t, verb):
                # "held its dividend after declaring a final dividend of 20 cents and announced
                # a bonus issue" (j87): "What did BHP announce?" has the declared dividend too
                # (a pronoun only in the verb's sentence: "It also opened …" is whoever came before)
                again = again or any(
                    _is_actor(s, actor, label) and (s.pos_ != "PRON" or s.sent == verb.sent) for s in _doers(t)
                )
            continue
        subjects = _subjects(t)
        mine = [s for s in subjects if _is_actor(s, actor, label)]
        # a role holder named by the role alone ("DNC chair dismisses Sanders' accusations", the
        # headline over "Chair Debbie Wasserman Schultz dismissed …") is most often the actor
        # the article names: no other doer unless the sentence says "also"
        foreign = [
            s for s in subjects
            if not _is_actor(s, actor, label) and s.pos_ != "PRON" and not (_a_role_holder(s) and not _says_also(t))
        ]
        foreign_found = foreign_found or (same_act and bool(foreign))
        if (same_act and (foreign or (_says_also(t) and not mine))) or (same_verb and foreign and _says_also(t)):
            others = True  # "France also conducted airstrikes", "Britain also condemned the attacks"
        if same_verb and mine and not _same_object(t, verb):
            again = True
    others = others or _echoed(verb, actor, label)
    nominal = [s for s in _nominal_doers(verb, lemma, head) if not _is_actor(s, actor, label)]
    others = others or bool(nominal)  # "… her long support for stem cell research": Clinton supports it too
    # "Republicans also denounced the deal": others did it too, unless the actor's own other
    # act is what "also" adds to ("It also opened a school")
    also = _says_also(verb)
    others = others or (also and not again)
    # "China also won six silver", with no one else shown winning: the "also" adds to the
    # actor's own acts (its golds), so "What did China win?" has more than one answer
    again = again or (also and not foreign_found)
    return Peers(
        others=others, again=again, act=f"{lemma} {head}" if head else None,
        rivals=(rivals := tuple(sorted({*_rivals(verb, actor, label, verb_class), *_names(nominal, actor, label)}))),
        seconds=_same_verb_doers(verb, actor, label),
        fellows=tuple(n for n in _fellows(verb, actor, label) if n not in rivals),
    )


def _a_role_holder(subject: Token) -> bool:
    """Whether a subject is a person named only by a role: a singular common noun of
    ``constants.ROLE_NOUNS`` ("chair", "the spokesman"), no name of its own."""
    return subject.tag_ == "NN" and subject.lemma_.lower() in ROLE_NOUNS


def _nominal_doers(verb: Token, lemma: str, head: str | None) -> list[Token]:
    """Who the article says does the act named by a noun: the noun spelt as the verb, on the
    same object through a preposition, or with "-ing" ("her long support for stem cell research" beside
    "supported stem cell research"), its possessor the doer — a name, or a possessive pronoun
    standing for its clause's subject ("Clinton has pointed to her support for …")."""
    if head is None:
        return []
    lemmas = {lemma, verb.lemma_.lower()}
    doers: list[Token] = []
    for noun in verb.doc:
        if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lemma_.lower().removesuffix("ing")} & lemmas:
            continue  # "support", "backing" (of "back"), "funding"
        objects = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if not any(o.lemma_.lower() == head for o in objects):
            continue
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            if owner.pos_ != "PRON":
                doers.append(owner)
                continue
            clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            doers.extend(s for s in (_subjects(clause) if clause is not None else []) if s.pos_ != "PRON")
    return doers


def _fellows(verb: Token, actor: str, label: str) -> tuple[str, ...]:
    """The names of others the article puts in the actor's place (sorted): doing the same verb
    ("Ted Cruz won Iowa" beside "Donald Trump won New Hampshire"), or listed with the actor
    ("five viable candidates — Trump, Cruz, Kasich, Bush and Rubio"): people of the answer's
    standing in the story, the wrong choices a reader has to weigh."""
    found: set[str] = set()
    for t in verb.doc:
        if t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() == verb.lemma_.lower():
            found.update(_names(_subjects(t), actor, label))
        elif t.pos_ == "PROPN" and t.conjuncts and _is_actor(t, actor, label):
            # the tagger types a list's names unevenly ("Trump" ORG, "Kasich" GPE): names all
            found.update(_names([c for c in t.conjuncts if c.pos_ == "PROPN"], actor, label))
    return tuple(sorted(found))


def _rivals(verb: Token, actor: str, label: str, verb_class: str | None) -> tuple[str, ...]:
    """The names of others the article shows doing a like act (sorted): the same verb to an
    object of the same kind (the same noun, or an amount for an amount: "raised $33million",
    "the $37million raised by Clinton"), or a like deed (not words: "said") to a name the
    answer's object holds. A deed is like the answer's when a verb of its clauses is of the
    answer verb's class (``EVENT_VERB_CLASSES``: "attacked X" beside "struck X"), or, the answer
    being an intention ("seek": "considered seeking control of Milton Roy"), any approach to it
    ("made overtures to acquire Milton Roy"); an agreed deal is not a bid ("bid for Harlow"
    beside "agreed to acquire Harlow for $18 million")."""
    doc = verb.doc
    found: set[str] = set(_same_verb_doers(verb, actor, label))
    names = {_name_key(e.text) for e in _object_names(verb)} - {frozenset()}
    for ent in doc.ents:
        if _name_key(ent.text) in names and not (verb.left_edge.i <= ent.start <= verb.right_edge.i):
            found_doer = _doer_of(ent.root)
            if found_doer is None or found_doer[0].i == verb.i:
                continue
            doer, lemmas = found_doer
            if not _like_deed(verb, verb_class, lemmas):
                continue
            subjects = _subjects(doer)
            if not any(ent.root.i in {t.i for t in s.subtree} for s in subjects):  # the name is the object, not a doer
                found.update(_names(subjects, actor, label))
    return tuple(sorted(found))


def fellow_patients(verb: Token, actor: str, label: str) -> tuple[str, ...]:
    """The names of others the article shows undergoing the same verb, sorted: for a passive
    asked "Which organisation was subpoenaed for …?" (``extract.passive_events``), another
    passive's subjects ("Shearson and American Express were both subpoenaed"), the names an
    active use's object holds ("subpoenaed its records with respect to Fireman's Fund Corp,
    American Express Co …") and the teller its pronoun stands for ("Salomon Brothers said the
    SEC subpoenaed its records", j121). Each had it done to them too: no wrong choice."""
    found: set[str] = set()
    lemma = verb.lemma_.lower()
    for t in verb.doc:
        if t.i == verb.i or t.pos_ != "VERB" or t.lemma_.lower() != lemma:
            continue
        # what it was done to: a passive's subject, or all an active use governs but its doer
        undergoers = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj", "prep")]
        for w in (w for u in undergoers for w in u.subtree):
            teller = _told_by(t, w) if w.tag_ in ("PRP", "PRP$") else None
            words = [x for x in teller.subtree if x.i <= teller.i] if teller is not None else [w]
            ents = {e for x in words for e in w.doc.ents if e.start <= x.i < e.end}
            for ent in ents:
                if ent.label_ in NAMED_TYPES and not _is_actor(ent.root, actor, label):
                    found.add(" ".join(ent.text.split()).removesuffix("'s").removesuffix("’s"))
            if teller is not None and not ents and teller.pos_ == "PROPN" and not _is_actor(teller, actor, label):
                found.add(" ".join(_phrase(teller).text.split()))  # a teller the tagger left untyped
    return tuple(sorted(found))


def _told_by(clause: Token, pronoun: Token) -> Token | None:
    """The named subject of the verb that tells ``clause``, for a third-person pronoun inside
    it ("Salomon said the SEC subpoenaed its records": Salomon); None otherwise."""
    if pronoun.lower_ not in ("it", "its", "they", "their", "them") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    tellers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    return tellers[0] if len(tellers) == 1 else None


def _same_verb_doers(verb: Token, actor: str, label: str) -> tuple[str, ...]:
    """The names of others doing the same verb to an object of the same kind (the same noun,
    or an amount for an amount: "the $37million raised by Clinton" beside "raised
    $33million"), sorted: each answers a "Who …?" of the act as well as the actor."""
    kind = _object_kind(verb)
    found: set[str] = set()
    for t in verb.doc:
        same_verb = t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() == verb.lemma_.lower()
        if same_verb and kind is not None and _object_kind(t) == kind:
            found.update(_names(_subjects(t), actor, label))
    return tuple(sorted(found))


def _object_kind(verb: Token) -> str | None:
    """What a verb was done to, as a kind to compare: an amount's entity type ("MONEY"), else
    its object's lemma; a participle's object is the noun it qualifies ("the $37million
    raised")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects = [verb.head]
    if not objects:
        return None
    obj = objects[0]
    return obj.ent_type_ if obj.ent_type_ in AMOUNT_TYPES else obj.lemma_.lower()


def _object_names(verb: Token) -> list[Span]:
    """The named entities in what the verb was done to (outside its subjects)."""
    subjects = {t.i for s in _subjects(verb) for t in s.subtree}
    spans = []
    for ent in verb.doc.ents:
        inside = verb.left_edge.i <= ent.start and ent.end <= verb.right_edge.i + 1
        if inside and ent.label_ in NAMED_TYPES and ent.start not in subjects and ent.root.i != verb.i:
            spans.append(ent)
    return spans


def _like_deed(verb: Token, verb_class: str | None, lemmas: list[str]) -> bool:
    """Whether a deed whose clauses' verbs are ``lemmas`` is like the answer's act."""
    if verb.lemma_.lower() in lemmas or verb_class in INTENT_CLASSES:
        return True
    return verb_class not in MIXED_CLASSES and any(EVENT_VERBS.get(lemma) == verb_class for lemma in lemmas)


def _name_key(text: str) -> frozenset[str]:
    """A name's own words: "Milton Roy's", "Milton Roy Corp." and "Milton Roy" are one."""
    words = (w.lower().strip(".,").removesuffix("'s").removesuffix("’s").strip("'’") for w in text.split())
    return frozenset(words) - NAME_FILLER - {""}


def _doer_of(token: Token) -> tuple[Token, list[str]] | None:
    """The verb whose subject does something to ``token``: its nearest verb, or the verb that
    clause hangs from when it has no named subject of its own ("overtures to acquire X"); none
    when it is words reported ("said that X …")."""
    t = token.head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return None
    reported = False  # the name is in a clause of words: "said that Milton Roy …"
    lemmas = [t.lemma_.lower()]
    while not [s for s in _subjects(t) if s.ent_type_ or s.pos_ in ("PROPN", "PRON")] and t.dep_ in CLIMB_DEPS:
        reported = t.dep_ in ("ccomp", "conj") or reported
        t = t.head
        lemmas.append(t.lemma_.lower())
    if t.lemma_.lower() in REPORTING_VERBS and (reported or token.dep_ not in ("dobj", "pobj", "poss")):
        return None
    return (t, lemmas) if t.pos_ == "VERB" else None


def _names(subjects: list[Token], actor: str, label: str) -> set[str]:
    """The named subjects other than the actor, as their entities are written."""
    names = set()
    # "by her rival Tom Becker": the name in apposition to a common noun
    subjects = [a for s in subjects for a in [s, *(c for c in s.children if c.dep_ == "appos" and not s.ent_type_)]]
    # "Thermo Electron, which agreed to …": a relative pronoun stands for the noun it follows
    subjects = [s.head.head if s.tag_ in ("WDT", "WP") and s.head.dep_ == "relcl" else s for s in subjects]
    subjects = [_teller(s) or s for s in subjects]
    for s in subjects:
        if s.pos_ == "PRON" or _is_actor(s, actor, label):
            continue
        ent = next((e for e in s.doc.ents if e.start <= s.i < e.end), None)
        if ent is not None and ent.label_ in NAMED_TYPES:
            names.add(" ".join(ent.text.split()).removesuffix("'s").removesuffix("’s"))  # "Paul Fenwick's backing"
        elif s.pos_ == "PROPN":
            names.add(" ".join(_phrase(s).text.split()))
    return names


def _teller(pronoun: Token) -> Token | None:
    """The named subject of the verb that tells the clause whose subject is ``pronoun`` ("it",
    "they"), the teller's own act: "Brazil announced it was suspending interest payments" (j93:
    Brazil was offered as a wrong choice for who suspended them); None for any other word."""
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
        return None
    tellers = [c for c in pronoun.head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return tellers[0] if len(tellers) == 1 else None


def _argument_heads(verb: Token) -> set[str]:
    """The lemmas of the verb's prepositions' common-noun objects: the means it was done with
    ("hit … in airstrikes" → {"airstrike"}), not the agent's. Another verb's direct object is
    another act ("turned down such treatment" is not "requested duty-free treatment"), and a
    name is no act ("bid for Harlow Bancorp" is not "acquired Harlow Bancorp")."""
    args = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPS for c in p.children if c.dep_ == "pobj"]
    return {c.lemma_.lower() for c in args if c.pos_ == "NOUN" and not c.ent_type_}


# The pro-forms a clause repeats the act before it with ("did so as well", "did the same", "so did
# the union", "followed suit"): English's verb-phrase anaphora, a closed class of the grammar.
_PRO_OBJECTS = frozenset(["so", "same", "likewise", "suit"])


def _echoed(verb: Token, actor: str, label: str) -> bool:
    """Whether the next sentence says another actor did the same with a pro-form: "In July, the
    NAACP called for a moratorium. The Movement for Black Lives did so as well." — "Which
    organisation called for a moratorium?" has two right answers."""
    doc = verb.doc
    end = verb.sent.end
    if end >= len(doc):
        return False
    following = doc[end].sent
    for t in following:
        lemma = t.lemma_.lower()
        if lemma not in ("do", "follow") or t.pos_ not in ("VERB", "AUX"):
            continue
        # the pro-form hangs on the verb itself ("did so", "did the same", "followed suit"), not
        # anywhere in its sentence ("did nothing, so the ban failed")
        pro = {c.lower_ for c in t.children if c.dep_ in ("dobj", "advmod", "attr")}
        if lemma == "follow" and "suit" not in pro:
            continue
        if lemma == "do" and not (pro & _PRO_OBJECTS or _says_also(t)):
            continue
        # "so did the union": the subject stands after the pro-form
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "expl")] or [c for c in t.children if c.dep_ in ("attr", "dobj") and c.pos_ in ("PROPN", "NOUN")]
        if any(s.pos_ != "PRON" and not _is_actor(s, actor, label) for s in subjects):
            return True
    return False


def _says_also(verb: Token) -> bool:
    """ "Republicans also denounced the deal", "Britain condemned it too", "… as well": another
    actor did the same (or this one did more): either way one "who" is no longer sure."""
    words = [c for c in verb.children if c.dep_ in ("advmod", "cc", "preconj")]
    if any(w.lower_ in ALSO_WORDS for w in words):
        return True
    sent = verb.sent
    opening = " ".join(t.lower_ for t in sent[:3] if not t.is_space)
    if verb.i == sent.root.i and any(opening.startswith(a + " ,") for a in ADDITIVE_OPENINGS):
        return True  # "In addition, Iomega announced layoff of about 182 employees" (j144): it announced more
    tail = [t.lower_ for t in verb.doc[verb.i : sent.end]]
    return any(tail[i : i + 2] == ["as", "well"] for i in range(len(tail) - 1))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, conjuncts included; a coordinated verb shares its first verb's."""
    t = verb
    while True:
        agents = [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if agents:  # "hit by France": the agent acts; the passive's subject undergoes it
            return [s for f in agents for s in [f, *f.conjuncts]]
        found = [c for c in t.children if c.dep_ == "nsubj"]
        if found:
            return [s for f in found for s in [f, *f.conjuncts]]
        if t.dep_ != "conj" or any(c.dep_ == "nsubjpass" for c in t.children):
            return []
        t = t.head


def _same_class(a: Token, b: Token) -> bool:
    """Whether two verbs say one act in other words: both of an ``EVENT_VERBS`` class of
    near-synonyms (``SYNONYM_CLASSES``: "declare" and "announce"), the other not negated.
    Other classes hold opposites ("buy", "sell") or acts far apart ("create", "introduce")."""
    kind = EVENT_VERBS.get(a.lemma_.lower())
    return (
        kind in SYNONYM_CLASSES and kind == EVENT_VERBS.get(b.lemma_.lower())
        and not any(c.dep_ == "neg" for c in a.children)
    )


def _one_act(a: Token, b: Token) -> bool:
    """Whether one verb is part of the other's act: its complement or purpose ("deployed troops
    to guard …"), or the verb it serves."""
    return a.is_ancestor(b) or b.is_ancestor(a)


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, or for a verb without one the subjects of the verb it hangs from
    ("held its dividend after declaring …": who held it declared it)."""
    t = verb
    for _ in range(MAX_CONTROL_CLIMB):
        found = _subjects(t)
        if found or t.dep_ not in CONTROLLED_DEPS:
            return found
        t = t.head.head if t.dep_ == "pcomp" else t.head
    return []


def _is_actor(subject: Token, actor: str, label: str) -> bool:
    """Whether a subject is the event's actor: a word of its name (not "Corp.", "the") is in the
    subject's phrase, or a pronoun that can stand for it."""
    if subject.pos_ == "PRON":
        kind = "PERSON" if label == "PERSON" else "other"
        return subject.lower_ in SAME_ACTOR_PRONOUNS[kind]
    said = {w.strip(".,").lower() for w in _phrase(subject).text.split()} - NAME_FILLER
    named = {w.strip(".,").lower() for w in actor.split()} - NAME_FILLER
    return bool(said & named)  # "Heritage" for "Heritage Media Corp.", "the U.S." for "the U.S."


def _phrase(token: Token) -> Span:
    """The subject's own words (compounds and titles), not its relative clause or conjuncts."""
    start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ in ("compound", "det", "amod", "poss")])
    return token.doc[start : token.i + 1]


def _same_object(a: Token, b: Token) -> bool:
    """Whether two verbs act on one thing: the same object head, unless each object says which
    one by words of its own and those differ ("signed a letter of intent [to merge into Rio
    Tinto]" and "… [to sell its Cambridge operations]", j81: two letters, two answers)."""
    if act_of(a)[1] is None or act_of(a)[1] != act_of(b)[1]:
        return False
    own_a, own_b = _own_words(a), _own_words(b)
    return not (own_a and own_b and own_a != own_b)


# What says which thing an object is beside its head: a clause, an infinitive or a phrase of its own.
_OWN_WORD_DEPS = frozenset(["acl", "relcl", "prep"])


def _own_words(verb: Token) -> frozenset[str]:
    """The content words of what the verb's direct object says of itself (its clause, infinitive
    or phrase, and theirs), lower-cased; empty for a bare object ("the letter")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return frozenset()
    words = {
        t.lemma_.lower()
        for c in obj.children if c.dep_ in _OWN_WORD_DEPS
        for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
    }
    return frozenset(words)
