"""Who did it: the event verb's subject as the text names it — an entity ("the Rail
Authority"), a group of one ("NATO members", "the court"), people named together ("Patricia
Smith and Charles Woods") — or, for a pronoun, the speaker reporting their own act ("Octel said
it acquired …"). Also whether nobody did it ("No bank offered …"), whether others did it too
("along with the Russians"), and whether an answer names people (a "Who …?" card)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from quizgen.constants import (
    EVENT_VERBS,
    GROUP_NOUNS,
    HONORIFIC_GENDERS,
    INSTITUTION_NOUNS,
    NEWSPAPER_HEADS,
    OPINION_VERBS,
    ORG_HEAD_NOUNS,
    REPORTING_ONLY_CLASSES,
    TITLE_WORDS,
)
from quizgen.extract.cut_names import particle_before
from quizgen.extract.event_phrases import lower_common
from quizgen.extract.name_articles import with_article
from quizgen.extract.name_checks import legal_form
from quizgen.extract.name_cleaning import clean_name
from quizgen.extract.name_lists import is_first_name
from quizgen.extract.person_roles import party_tag_end
from quizgen.facts.places import country_code as places_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ACTOR_LABELS = frozenset(["ORG", "GPE", "NORP", "PERSON"])

# The title words that stand right before a person's name ("President", "Mr."): "the" opens no title.
_TITLES_BEFORE_A_NAME = TITLE_WORDS - {"the"}

PEOPLE_NOUNS = frozenset(["people", "person", "man", "woman", "suspect", "child", "student", "worker", "soldier", "civilian"])

COORDINATED_ACTOR_MAX_WORDS = 8

CO_ACTOR_MARKERS = frozenset([("along", "with"), ("together", "with"), ("joined", "by"), ("as", "did")])


def subject_of(token: Token) -> Token | None:
    """The verb's subject; a coordinated verb shares its first verb's ("met and agreed"); for a
    main verb the parse left with none, a party-tagged name right before it (``tagged_subject``).
    Verbs joined by no coordinator share nothing: "Italy refused to attend … on the grounds that
    G-5, grouping the United States …, had reduced Italy's role" (j121) is a clause whose own
    subject the parse lost, not Italy's second act; unless the verb before is an aside the
    parse made the root (``_bare_participle``)."""
    t = token
    while True:
        for child in t.children:
            if child.dep_ == "nsubj":
                return child
        if t.dep_ != "conj":
            return tagged_subject(t)
        if any(child.dep_ in ("nsubjpass", "csubj", "csubjpass", "expl") for child in t.children):
            # "… that Putin is losing the war and that the European Union was set to target
            # Moscow's economy" (j183): a conjunct with a subject of its own shares none
            return None
        if not coordinated(t) and not _bare_participle(t.head):
            return None
        if _gerund_beside_a_tensed_verb(t):
            return None  # "would oppose parts of the plan seeking … and proposing curbs" (j133): the plan's, not the U.S.'s
        if _another_subject_between(t):
            # "McConnell stayed silent … after Trump suddenly reversed course in December and
            # rejected a spending bill" (j225: the parse read "reversed" as an adjective and gave
            # "rejected" to McConnell): a subject between the two verbs may be the conjunct's own
            return None
        t = t.head


def _another_subject_between(conjunct: Token) -> bool:
    """Whether a word between the first verb and its conjunct is the subject of a word that is no
    verb (an adjective or noun the parse made of a verb: "after Trump suddenly reversed course"):
    a clause the parse broke, whose subject may be the conjunct's."""
    head = conjunct.head
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and (t.head.pos_ not in ("VERB", "AUX") or t.head.dep_ in ("amod", "compound", "nmod"))
        for t in conjunct.doc[head.i + 1 : conjunct.i]
    )


def _gerund_beside_a_tensed_verb(conjunct: Token) -> bool:
    """Whether a gerund is joined to a verb of another form, with a gerund or participle modifying
    a noun between them ("would oppose parts of the plan [seeking] a market sharing agreement …,
    and proposing curbs on U.S. exports", j133): the gerund continues that modifier, the noun's
    act, and the parse hung it on the wrong verb."""
    head = conjunct.head
    if conjunct.tag_ != "VBG" or head.tag_ == "VBG":
        return False
    return any(t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") for t in conjunct.doc[head.i + 1 : conjunct.i])


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary the parse made the sentence's root: an aside on the
    subject ("The Amsterdam Stock Exchange, engaged in a reform program …, said it is
    launching …"), whose "conjunct" is the subject's own main verb."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def coordinated(conjunct: Token) -> bool:
    """Whether a conjunct's group has a coordinator ("and", "or", "but", "nor"): "met and
    agreed", "swept farms, cut roads and closed schools"; not a comma alone."""
    return any(c.dep_ in ("cc", "preconj") for x in (conjunct, *conjunct.conjuncts) for c in x.children)


def tagged_subject(verb: Token) -> Token | None:
    """The name a party-and-state tag closes right before a finite main verb with no subject
    ("Friday at the forum in Denver, Colo., Sen. Jo Roe (D-NY) called out …", where the parse
    hung the name in apposition to the fronted place): the tag ends a lawmaker's name, so the
    name is who did it. None when the verb has any subject of its own."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in verb.children):
        return None
    for ent in verb.doc.ents:
        if ent.label_ == "PERSON" and verb.sent.start <= ent.start and ent.end < verb.i and party_tag_end(ent) == verb.i:
            if verb.doc[verb.i - 1].text == ",":
                return None  # ", R-Texas, called": the comma form closes an apposition, not a subject
            return ent.root
    return None


def actor_of(subject: Token) -> tuple[str, str] | None:
    """The actor as the text names it, and its kind: an entity heading the subject
    ("the Rail Authority" → ORG), or a group of one ("NATO members" → GROUP)."""
    if subject.pos_ == "PRON":
        return None
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("GPE", "ORG", "NORP", "LOC") and any(
        c.dep_ == "nummod" for c in subject.children
    ):
        return None  # "He has had 12 UK hit singles": a count before a country is a noun phrase the parse broke (j62)
    ent = entity_at(subject)
    if ent is not None and common_words_only(ent):
        ent = None  # "Detectives stepped up the search": a tagger's ORG of a sentence-opening common noun
    if ent is not None:
        if ent.root != subject or _cut_name(ent):
            return None
        if short_name_of_a_body(ent):
            return None  # "the System would need federal aid" (j138): the Farm Credit System, asked "System"
        fuller = _named_in_full_before(ent)
        if fuller is not None:
            return fuller, "ORG"  # "lender Congress Financial … Congress has granted" (j155): not the U.S. Congress
        if _place_and_kind_only(ent):
            return None  # "the U.S. Group formally launched …" (j147): McDonnell Douglas described, no name
        if all(t.is_punct or legal_form(t.text) for t in ent):
            return None  # "Den Danske Bank af 1871 [A/S] said …" (j151): a legal form the tagger cut from its name
        if ent.label_ == "NORP" and _restricted(subject):
            return None  # "Americans living in households making $100,000": not Americans at large
        if ent.label_ == "ORG" and owner_of(ent) is not None:
            return owned_body(ent)  # "Tsinghua University's School of Aerospace"; None: "the university's School of …"
        if ent.label_ != "PERSON" and len(ent) > 1 and ent[0].lower_.rstrip(".") in HONORIFIC_GENDERS:
            return ent[1:].text, "PERSON"  # "Mr Ebbers ordered …" tagged an organisation: a person, "Who …?"
        if _country_word_before(ent):
            # "The US Anti-Doping Agency (USADA) decided …" (j64): the tagger left the country
            # out of the agency's name; "Anti-Doping Agency" alone names no body
            ent = _widened(ent)
        if _ordinal_before(ent):
            # "The 9th U.S. Circuit Court of Appeals upheld …" (j168): the court's number is its
            # name's, and "U.S. Circuit Court of Appeals" alone is thirteen courts
            ent = _widened(ent)
        text = strip_the(ent.text)
        if ent.label_ == "PERSON" and _has_sequels(text, subject.doc.text):
            return None  # "The original Doom … heralded a new era" beside "Doom 3" (j66): a work, no one
        if ent.label_ == "PERSON":
            # "Sprinter Michelle Collins has received …" (j64): the name, not the word glued before it
            text = clean_name(ent.text) or text
        elif ent.label_ == "ORG" and (person := _described_person(text)) is not None:
            # "Frenchman Cyril Saulnier fired 19 aces" tagged an organisation (j65): a word that
            # describes a person, then a given name and a surname: a person, "Who …?"
            return person, "PERSON"
        if ent.label_ == "ORG" and _a_persons_surname(ent):
            return text, "PERSON"  # "Trump quietly signed …" tagged an organisation, "President Trump" a person (j160): "Who …?"
        if ent.text.lower().startswith("the ") or (ent.start > 0 and subject.doc[ent.start - 1].lower_ == "the"):
            text = "the " + text  # kept for the question: "What did the Rail Authority announce?"
        elif ent.label_ in ("ORG", "GPE"):
            # "Confederation of Indian Industry (CII) president …": a name written bare where it
            # modifies a title reads as the article writes it alone ("What did the Confederation …?")
            text = with_article(text, subject.doc)
        return text, ent.label_
    named = tagged_person(subject)
    if named is not None:
        return named.text, "PERSON"  # "Republican presidential candidate Sen. Jo Roe (R-SC)": Jo Roe
    if subject.lemma_.lower() in GROUP_NOUNS:
        named = titled_person(subject)
        if named is not None:
            # "the Estonian head of state, Ema Sepp, signed": the person the title is of, never
            # the title alone as if it were the actor ("What did the Estonian head of state sign?")
            return named.text, "PERSON"
        owners = [c for c in subject.children if c.dep_ in ("compound", "poss") and entity_at(c) is not None]
        # "the Cypriot government", "Iraqi officials": a nationality adjective names the owner
        owners += [c for c in subject.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if owners:
            # the whole phrase, never one clipped before its "of" ("the Hungarian head of state")
            of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
            end = of[0].right_edge.i if of else subject.i
            if end - subject.left_edge.i >= 6:
                return None
            return lower_common(subject.doc[subject.left_edge.i : end + 1]), "GROUP"
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        if pobj and entity_at(pobj[0]) is not None and pobj[0].right_edge.i - subject.left_edge.i < 6:
            return lower_common(subject.doc[subject.left_edge.i : pobj[0].right_edge.i + 1]), "GROUP"
        if subject.lemma_.lower() in INSTITUTION_NOUNS and all(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children
        ):
            return lower_common(subject.doc[subject.left_edge.i : subject.i + 1]), "GROUP"  # "the court"
    return None


def _place_and_kind_only(ent: Span) -> bool:
    """Whether an organisation's "name" is only a country or a people and words of a kind of
    organisation ("the U.S. Group", "the Dutch Company"): a description of one the text named
    before, capitalised by the wire."""
    words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
    kinds = [t for t in words if t.lower_ in ORG_HEAD_NOUNS]
    places = [t for t in words if t not in kinds and (t.ent_type_ in ("GPE", "NORP") or places_country(t.text))]
    return bool(kinds) and bool(places) and len(kinds) + len(places) == len(words)


def _country_word_before(ent: Span) -> bool:
    """Whether a one-word country the parse hangs on an organisation's name as a compound
    stands right before it ("The [US] [Anti-Doping Agency]"): part of the name as written."""
    if ent.label_ != "ORG" or ent.start == 0:
        return False
    word = ent.doc[ent.start - 1]
    return (
        word.ent_type_ == "GPE" and word.ent_iob_ == "B" and word.dep_ == "compound"
        and ent.start <= word.head.i < ent.end and word.whitespace_ == " "
    )


def _has_sequels(name: str, text: str) -> bool:
    """Whether the text writes the name with a number after it ("Doom 3", "Shrek 2", "Halo 2"):
    a work and its sequels, never a person (a generation's numeral is Roman: "John Smith III")."""
    return re.search(rf"(?<![\w-]){re.escape(name)} [2-9](?![\w.,:%-]|,\d)", text) is not None


def _described_person(text: str) -> str | None:
    """The person's name when a name opens with a word that describes a person ("Frenchman",
    "Sprinter") before a given name the lists know and a surname: "Frenchman Cyril Saulnier" →
    "Cyril Saulnier"; None for "John Lewis" (a shop named after a man, no such word before it)."""
    cleaned = clean_name(text)
    words = cleaned.split()
    dropped = text.split()[: len(text.split()) - len(words)]
    described = (
        2 <= len(words) < len(text.split()) and is_first_name(words[0])
        and not any(w.lower() in ORG_HEAD_NOUNS for w in words)
        # "New York Times" (j198: asked as the person "York Times"): the word before is a place
        # name's first word, not one describing a person
        and not any(w.lower().rstrip(".") in PLACE_NAME_OPENERS for w in dropped)
    )
    return cleaned if described else None


# First words of place names ("New York", "South Bend", "San Diego", "Fort Worth"): no word
# describing a person stands so before a name.
PLACE_NAME_OPENERS = frozenset([
    "new", "north", "south", "east", "west", "san", "santa", "los", "las", "saint", "st", "fort", "port",
    "mount", "lake", "upper", "lower", "great", "little", "old",
])


def _ordinal_before(ent: Span) -> bool:
    """Whether an organisation's name has a number in figures right before it that the tagger
    left out ("the [9th] U.S. Circuit Court of Appeals", "the [101st] Airborne Division"): an
    ordinal modifying a word of the name."""
    if ent.label_ != "ORG" or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return re.fullmatch(r"\d+(?:st|nd|rd|th)", before.lower_) is not None and ent.start <= before.head.i < ent.end


def _widened(ent: Span) -> Span:
    """``ent`` with the word before it, keeping its label."""
    return ent.doc.char_span(ent.doc[ent.start - 1].idx, ent.end_char, label=ent.label_)


OWNED_MAX_WORDS = 10


def common_words_only(ent: Span) -> bool:
    """Whether an entity is only common nouns, written in lower case but for a sentence's first
    word, with no determiner ("Detectives", "Police officers" opening a sentence): no name,
    whatever its label ("the academy" may be a name read back)."""
    if any(t.dep_ in ("det", "poss") for t in ent) or (ent.start > 0 and ent.doc[ent.start - 1].dep_ in ("det", "poss")):
        return False  # "the academy": a name read back, which the references may resolve
    words = [t for t in ent if not t.is_punct]
    if len(words) == 1 and ent.label_ in ("PERSON", "ORG") and _opening_capital_only(words[0]):
        return True
    return bool(words) and all(
        t.pos_ in ("NOUN", "ADJ") and (t.is_lower or (t.is_sent_start and t.text[1:].islower())) for t in words
    )


def _opening_capital_only(word: Token) -> bool:
    """Whether a lone plural-looking word the tagger took for a name is capitalised only because
    it opens its sentence (j74: "Aides said that …" tagged a person): nowhere else does the
    article write it with a capital inside a sentence, alone or in a longer name. A surname
    ("Gates said …") is written in full before; a name of one word ("Reuters") recurs inside
    sentences; a word with no plural's "-s" ("Carter sent …", "Labour has withdrawn …") is left
    to the tagger."""
    if not word.is_sent_start or not word.text[1:].islower() or not word.is_alpha:
        return False
    if not word.lower_.endswith("s") or word.lower_.endswith(("ss", "us", "is")):
        return False
    for other in word.doc:
        if other.i != word.i and other.text == word.text and not other.is_sent_start:
            return False
    return not any(len(e) > 1 and any(t.text == word.text for t in e) for e in word.doc.ents)


def owner_of(ent: Span) -> Token | None:
    """The token that says whose part an organisation is: a possessive before the name and
    outside it ("the [university]'s School of Aerospace", "[its] Research Bureau") or an "of"
    right after it ("the Consular Department [of] the Foreign Ministry"); None when the name
    stands alone."""
    root = ent.root
    for c in root.children:
        if c.dep_ == "poss" and c.i < ent.start:
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end and any(g.dep_ == "pobj" for g in c.children):
            return c
    return None


def owned_body(ent: Span) -> tuple[str, str] | None:
    """An organisation the sentence gives as a part of another body (``owner_of``): alone, its
    name asks for the part as if the reader knew whose ("School of Aerospace" for "the
    university's School of Aerospace"), and the card cannot say whose. A named owner comes with
    the name ("Tsinghua University's School of Aerospace", "the Consular Department of the
    Foreign Ministry"); an unnamed one ("the university's", "its") makes no actor."""
    doc, owner = ent.doc, owner_of(ent)
    if owner is None:
        return None
    if owner.dep_ == "poss":
        owner_ent = entity_at(owner)
        if owner_ent is None or owner_ent.root != owner or owner.pos_ != "PROPN" or owner_ent.end > ent.start:
            return None
        start, end = owner_ent.start, ent.end
    else:
        pobj = next(g for g in owner.children if g.dep_ == "pobj")
        owner_ent = entity_at(pobj)
        if owner_ent is None or owner_ent.root != pobj or owner_ent.label_ not in ("ORG", "GPE"):
            return None
        start, end = ent.start, owner_ent.end
    if end - start > OWNED_MAX_WORDS:
        return None
    text = strip_the(doc[start:end].text)
    if doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the"):
        text = "the " + text  # "the Consular Department of the Foreign Ministry"
    else:
        text = with_article(text, doc)
    return text, ent.label_


def _restricted(subject: Token) -> bool:
    """Whether a people named as a group ("Americans", "Democrats") is narrowed by a modifier
    after it with no comma between ("Americans [living in households making $100,000 or
    more]", "Republicans [who voted for the bill]", "Democrats [in the Senate]"), or by an
    adjective before it ("[Moderate] Democrats"): the actor is that part of the group, and the
    group's name alone answers wrong."""
    for child in subject.children:
        if child.i < subject.i and child.dep_ == "amod" and child.ent_type_ == "" and child.pos_ == "ADJ":
            return True  # "Moderate Democrats have stepped up …" (j207): not Democrats at large
        if child.i > subject.i and child.dep_ in ("acl", "relcl", "prep"):
            between = subject.doc[subject.i + 1 : child.left_edge.i]
            if not any(t.text == "," for t in between):
                return True
    return False


def titled_person(subject: Token) -> Span | None:
    """The person a title heading the subject is of: a PERSON in apposition ("the Estonian head
    of state, Ema Sepp,") or one the parse hung under the title's "of" after its compounds
    ("head of state Ema Sepp", read as "head of [state Ema Sepp]"); a name right after "of"
    ("the head of Ema Sepp's party" has no name there; "a friend of Ema Sepp") is someone else."""
    if subject.tag_ != "NN":
        return None  # "the three foreign ministers, X of Poland, Y of Hungary and Z …": one of many
    for c in subject.children:
        ent = entity_at(c)
        if c.dep_ == "appos" and ent is not None and ent.label_ == "PERSON" and ent.root == c:
            if any(g.dep_ in ("conj", "cc") for g in c.children):
                return None  # "the head of state, X and Y": two people
            return ent
    for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in of.children if g.dep_ == "pobj"):
            ent = entity_at(pobj)
            if ent is None or ent.label_ != "PERSON" or ent.root != pobj or ent.start == of.i + 1:
                continue
            between = pobj.doc[of.i + 1 : ent.start]
            if all(t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower() for t in between):
                return ent
    return None


TAGGED_PREMODIFIERS = frozenset(["amod", "compound", "det", "punct", "nmod", "advmod"])


def tagged_person(subject: Token) -> Span | None:
    """The person a description-title-name phrase with a party-and-state tag names, when the
    parse heads it at the description's noun and hangs the name on it in apposition
    ("Republican presidential [candidate] Sen. Jo Roe (R-SC)", "Freshman [lawmaker] Rep. Jo Roe,
    D-Fla.,"): the name, never the description, the title or the tag. Only a phrase of
    premodifiers, title words, the name and its tag: a comma before the name makes it a
    description in its own right ("the candidate, Jo Roe (R-SC),"), anything after the tag more
    than that ("candidate Jo Roe (R-SC) of the committee")."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or not subject.is_lower:
        return None  # "the senators Jo Roe (R-SC) and …": one of many
    doc = subject.doc
    if any(t.dep_ not in TAGGED_PREMODIFIERS or (t.dep_ == "punct" and t.text != ",") for t in doc[subject.left_edge.i : subject.i]):
        return None
    for c in subject.children:
        ent = entity_at(c)
        if c.dep_ != "appos" or ent is None or ent.label_ != "PERSON" or ent.root != c or ent.start <= subject.i:
            continue
        between = doc[subject.i + 1 : ent.start]
        if any(t.is_punct and t.text != "." for t in between) or any(t.dep_ != "compound" for t in between):
            return None  # "the candidate, Jo Roe (R-SC)": an apposition of its own
        end = party_tag_end(ent)
        if end == ent.end or subject.right_edge.i >= end:
            return None  # no tag, or more words after it
        if any(g.dep_ in ("conj", "cc") for g in c.children):
            return None
        return ent
    return None


def _cut_name(ent: Span) -> bool:
    """A name the tagger cut from a longer one ("Columbia Savings amp [Loan Association]",
    "AVON RENT-A-CAR & [TRUCK Corp.]"): an ampersand or its markup debris right before it, or a
    name's particle ("Bank fuer [Gemeinwirtschaft AG]", ``cut_names.particle_before``)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None:
        return False
    if before.lower_ in ("&", "amp", "&amp;", "and") and before.i > 0 and before.nbor(-1).text[:1].isupper():
        return True  # "Savings amp", "RENT-A-CAR amp"
    return particle_before(ent)  # "Bank fuer [Gemeinwirtschaft AG]" (j155)


def entity_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in ACTOR_LABELS:
            return ent
    return None


def strip_the(text: str) -> str:
    """A name without its opening "the" ("The Associated Press" → "Associated Press")."""
    return text[4:] if text.lower().startswith("the ") else text


def conjuncts_of(subject: Token) -> list[Token]:
    """The subjects coordinated with this one: its conjuncts, or — when the parse hangs each
    on the verb ("O'Malley (D) and … Huckabee (R) announced": two subjects, the "and" on the
    first) — the verb's other subjects after the "and"; or — when the parse takes the list's
    second name for an apposition and hangs the rest on it ("Greece, the Netherlands, Ireland
    and Belgium were considering …") — that name and its conjuncts."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    listed = [a for a in subject.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)]
    if listed and not conjuncts:
        return [listed[0], *(c for c in listed[0].conjuncts if c.i > listed[0].i)]
    if conjuncts or not any(c.dep_ == "cc" for c in subject.children):
        return conjuncts
    return [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]


# Pronouns that stand for a speaker's side in "said it and X agreed …" (not "this", "that").
PARTNER_PRONOUNS = frozenset(["it", "they", "he", "she", "we"])


def unparsed_partner(subject: Token) -> bool:
    """Whether the subject shares its act with a partner the parse did not hang on it as a
    conjunct, so that it alone is half the answer and the partner a second right one: an "and"
    folded into the modifiers of the name it heads ("Baker and Treasury Secretary James Baker
    both supported …", the first Baker taken for a modifier of the second), or a pronoun and
    "and" right before it that the parse gave to the verb of saying ("Philips announced it and
    Sony Corp had developed …"). An "and" inside the subject's own name ("Procter and Gamble
    Co") is no partner."""
    doc = subject.doc
    ent = entity_at(subject)
    own_start = ent.start if ent is not None else subject.i
    if any(t.dep_ == "cc" and t.lower_ in ("and", "or", "&") for t in doc[subject.left_edge.i : own_start]):
        return True
    left = subject.left_edge.i
    return left >= 2 and doc[left - 1].lower_ in ("and", "or") and doc[left - 2].pos_ == "PRON" and doc[left - 2].lower_ in PARTNER_PRONOUNS


# One-word names of bodies a country has one of, which the press writes alone ("the Senate",
# "the Kremlin", "the Treasury"); any other English noun written so is a short name.
ONE_WORD_BODIES = INSTITUTION_NOUNS | frozenset([
    "house", "treasury", "pentagon", "kremlin", "vatican", "fed", "administration", "navy", "commons", "lords",
    "politburo", "diet", "knesset", "duma", "assembly",
])


# The last words of bodies' names (``ORG_HEAD_NOUNS`` and a few more): written alone with a
# capital ("the System", "the Bank"), the short form of a longer name.
BODY_HEAD_NOUNS = ORG_HEAD_NOUNS | frozenset(["system", "program", "programme", "service", "office", "fund", "trust", "chamber"])


def short_name_of_a_body(ent: Span) -> bool:
    """Whether an organisation's name is one capitalised noun that ends bodies' names, after
    "the" ("the System", "the Fund", "the Bank"; not "the Bundesbank"): the short form of a name
    the article gave in full or never gave, which says which body only with its reader's help;
    not a body a country has one of (``ONE_WORD_BODIES``: "the Senate", "the Treasury"); nor a
    newspaper's last word alone ("the Times", "the Post", "the Journal")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1 or ent.label_ != "ORG" or words[0].i == 0 or ent.doc[words[0].i - 1].lower_ != "the":
        return False
    word = words[0]
    if word.is_title and word.lower_ in NEWSPAPER_HEADS - _PAPERS_NAMED_BY_ONE_WORD:
        return True  # "The Times cited a report …" (j174): which Times, the card cannot say
    return word.is_title and word.lower_ not in ONE_WORD_BODIES and word.lower_ in BODY_HEAD_NOUNS


# Newspapers a word names on its own (British usage: "the Guardian", "the Telegraph"); "the
# Times", "the Post", "the Journal" name a paper only with the text's help.
_PAPERS_NAMED_BY_ONE_WORD = frozenset(["guardian", "observer", "mirror", "express", "mail", "telegraph", "daily", "inquirer"])


def _a_persons_surname(ent: Span) -> bool:
    """Whether a one-word organisation is the last word of a person the tagger names elsewhere in
    the article ("Trump" beside "President Trump", "Donald Trump"), and of no organisation's
    longer name there: the tagger's slip, not a company."""
    if len(ent) != 1 or not ent.text[:1].isupper():
        return False
    word = ent.text
    others = [e for e in ent.doc.ents if (e.start, e.end) != (ent.start, ent.end)]
    if any(e.label_ == "ORG" and len(e) > 1 and word in e.text.split() for e in others):
        return False  # "Ford" beside "Ford Motor Co"
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in others):
        return True
    # "President Trump" where the tagger named only "Trump" a person (j205: "Which organisation
    # intends to nominate …?" → "Trump"): a person's title before the word
    return any(
        e.label_ == "PERSON" and len(e) == 1 and e.text == word and e.start > 0
        and ent.doc[e.start - 1].lower_.rstrip(".") in _TITLES_BEFORE_A_NAME
        for e in others
    )


def _named_in_full_before(ent: Span) -> str | None:
    """The full name of a company written short as a word that names a country's body ("Congress"
    after "lender Congress Financial", "Treasury" after "Treasury Wine Estates"): the longer
    organisation the article named earlier with that first word. Alone, the short form reads as
    the body ("What has Congress granted?"). None when it is no such word or was never written
    longer."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1 or ent.label_ != "ORG" or words[0].lower_ not in ONE_WORD_BODIES:
        return None
    for other in ent.doc.ents:
        if other.start >= ent.start:
            break
        if other.label_ == "ORG" and len(other) > 1 and other[0].text == words[0].text:
            return strip_the(other.text)
    return None


def coordinated_actor(subject: Token) -> tuple[str, str] | None:
    """Actors named together ("Patricia Smith and Charles Woods filed …"): all of them, as
    written, when each is an entity and the whole is short; else no actor (one of them alone
    would be half the answer, and the others right answers too)."""
    parts = [subject, *conjuncts_of(subject)]
    if any(entity_at(p) is None or p.pos_ == "PRON" for p in parts):
        return None
    span = subject.doc[subject.left_edge.i : max(p.right_edge.i for p in parts) + 1]
    if len([t for t in span if not t.is_punct]) > COORDINATED_ACTOR_MAX_WORDS:
        # "Former Maryland Gov. Martin O'Malley (D) and former Arkansas Gov. Mike Huckabee (R)":
        # when each part is a person's whole name, the names say who ("Martin O'Malley and
        # Mike Huckabee"); titles and party tags are the article's description of them
        names = [entity_at(p) for p in parts]
        if len(parts) > 3 or any(n is None or n.label_ != "PERSON" or n.root != p for n, p in zip(names, parts)):
            return None
        texts = [n.text for n in names if n is not None]
        if any(len(t.split()) < 2 for t in texts):
            return None  # "Clinton and Sanders": a surname alone leans on the sentences before
        return ", ".join(texts[:-1]) + " and " + texts[-1], "PEOPLE"
    return lower_common(span), "GROUP"


def reporter(token: Token, pronoun: Token) -> Token | None:
    """The speaker a clause's pronoun subject stands for, when the clause reports the
    speaker's own act: "First Security said it agreed to acquire …" → First Security. The
    pronoun must fit the speaker ("it"/"they" an organisation, "he"/"she" a person), and the
    reporting verb must be plain report, not opinion ("argued it had won")."""
    clause = token
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or EVENT_VERBS.get(report.lemma_.lower()) not in REPORTING_ONLY_CLASSES:
        return None
    if report.lemma_.lower() in OPINION_VERBS:
        return None
    speaker = subject_of(report)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    ent = entity_at(speaker)
    label = ent.label_ if ent is not None else "GROUP"
    pron = pronoun.lower_
    if label == "PERSON":
        fits = pron in ("he", "she")
    else:
        fits = pron in ("it",) if label == "ORG" else pron in ("it", "they")
    return speaker if fits else None


def negative_subject(subject: Token) -> bool:
    """ "Neither Equus nor Tony Lama gave …", "No bank offered …": nobody did it; "reached no
    agreement": nothing was done."""
    return any(t.lower_ in ("neither", "nor", "no", "none") and t.dep_ in ("det", "preconj", "cc", "nsubj", "dobj", "pobj") for t in subject.subtree)


def dangling_preposition(verb: Token, subject: Token) -> bool:
    """A preposition before the subject with no object of its own: the parse lost the phrase
    it opens ("With astronaut Jon McBride, Farkas set up …" read "McBride" as the subject)."""
    return any(
        c.dep_ == "prep" and c.i < subject.i and not list(c.children)
        for c in verb.children
    )


def with_others(token: Token) -> bool:
    """ "The U.S., along with the Russians and the French, has stepped up airstrikes": others
    did it too, so "Which country …?" has several right answers. The parse hangs such a phrase
    anywhere ("-- and along with the Russians --"), so any before the verb counts."""
    words = [t.lower_ for t in token.doc[token.sent.start : token.i]]
    pairs = set(itertools.pairwise(words))
    return "alongside" in words or bool(pairs & CO_ACTOR_MARKERS) or _also_done_by_another(token)


_ALSO_WORDS = frozenset(["also", "too", "likewise"])


def _also_done_by_another(token: Token) -> bool:
    """Whether the article tells the verb of ``token`` twice on the same object, once with "also"
    ("The Bank of Japan declined comment … the Bank of England … also declined comment", j112):
    the "also" says a second actor did it, so "Which bank declined comment?" has two answers, in
    either sentence. The same verb with no "also" on either side is left to ``event_peers``."""
    lemma, thing = token.lemma_.lower(), _object_words(token)
    others = [t for t in token.doc if t.i != token.i and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == lemma and _object_words(t) == thing]
    if not others:
        return False
    mine, subject = _said_also(token), _subject_text(token)
    return any((mine or _said_also(t)) and _subject_text(t) != subject for t in others)


def _object_words(verb: Token) -> str:
    """The lemmas of the verb's object phrase ("comment" of "declined comment"), "" if none: the
    same verb on another object is another act ("also discussed the rules" after "discussed
    the race")."""
    direct = next((_words(c) for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), "")
    if direct:
        return direct  # "named chairman of U.S. Trust" is no "also named a vice chairman"
    # "calling for the U.S. to …" beside "also called for a ban": the preposition's object
    return next((f"{c.lower_} {_words(p)}" for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), "")


def _words(head: Token) -> str:
    return " ".join(t.lemma_.lower() for t in head.subtree if not t.is_punct)


def _said_also(verb: Token) -> bool:
    """Whether "also" ("too", "likewise") modifies ``verb`` or a verb whose complement it is ("was
    also rumored to be buying")."""
    for t in [verb, *verb.ancestors]:
        if any(c.dep_ == "advmod" and c.lower_ in _ALSO_WORDS for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj"):
            return False
    return False


def _subject_text(verb: Token) -> str:
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return " ".join(t.lower_ for t in subject.subtree) if subject is not None else ""


def names_people(span: Span) -> bool:
    """Whether the answer names people: "six Protestants", "his older brother, Freddy"."""
    root = span.root
    if root.ent_type_ in ("PERSON", "NORP") or root.lemma_.lower() in PEOPLE_NOUNS:
        return True
    if root.ent_type_ == "ORG":
        ent = next((e for e in root.doc.ents if e.start <= root.i < e.end), None)
        if ent is not None and _a_persons_surname(ent):
            return True  # "The Senate acquitted Trump" tagged an organisation (j212: "What did Senate acquit?")
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children)

