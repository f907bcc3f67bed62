"""Whether an event's answer stands alone: a phrase a reader understands out of its story.

"that it will close 40 rural lines" stands alone; "the decision", "the men", "some
travellers", "them to demonstrate", "all three", "the following statement", "A Judge" (headline
capitals), "… and" do not. ``stands_alone`` is the check; ``trim`` and
``without_vague_adjunct`` shape a parse subtree into the phrase first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    ACTOR_PRONOUNS,
    CASUALTY_WORDS,
    CONTENT_PREPOSITIONS,
    DEICTIC_WORDS,
    EVENT_ANSWER_MAX_WORDS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    VAGUE_DETERMINERS,
    VAGUE_OBJECTS,
)
from quizgen.extract.phrase_specificity import pins_a_fact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEMONSTRATIVES = frozenset(["this", "that", "these", "those", "such"])


# The nouns of a business's results, whose amount is what they say ("net earnings"), and the
# verbs that only state one ("recorded", "posted"): "a loss" says which way it went, and
# "raised pretax profits", "revised its net income" say what was done.
RESULT_NOUNS = frozenset(["earnings", "revenue", "revenues", "sales", "profit", "profits", "income", "net", "turnover", "results"])
RESULT_VERBS = frozenset(["record", "report", "post", "show", "register", "book", "achieve"])


# Nouns of a holding in something, which take an "in"/"of" phrase of what is held ("ownership
# interest in …", "a stake in …", "shares of …").
HOLDING_NOUNS = frozenset(["interest", "stake", "share", "holding", "participation", "equity", "ownership", "position"])
# Nouns of a change, which take an "in"/"of" phrase of what changes ("a further fall in the value
# of the dollar", "a cut in interest rates"): without it the change is of nothing.
CHANGE_NOUNS = frozenset([
    "fall", "rise", "drop", "decline", "increase", "decrease", "cut", "reduction", "gain", "jump", "slide",
    "slump", "surge", "growth", "change", "easing", "tightening", "devaluation", "revaluation",
])


def stated_result(span: Span) -> bool:
    """Whether an object is a result a verb only states, without its amount ("GE recorded [net
    earnings] for the first quarter 1987 of 624 mln dlrs", j101: "What did GE record?" → "net
    earnings"): the figure's card asks the fact."""
    root = span.root
    return (
        bool(RESULT_NOUNS & {root.lemma_.lower(), root.lower_})
        and root.dep_ == "dobj" and root.head.lemma_.lower() in RESULT_VERBS
        and not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in span)
    )


def specific(span: Span) -> bool:
    """A noun phrase that says which thing out of its sentence: it names something (an entity,
    a proper noun, a number), or its noun is modified by a phrase or clause ("a warning
    against travel to Kenya"). "the group", "his rival", "the video" are not, nor a bare time
    the parse tags as a date ("will carry [the day]", j97: an idiom's object, no thing done to)."""
    if all(t.ent_type_ in ("DATE", "TIME") and t.pos_ not in ("PROPN", "NUM") for t in span if t.pos_ not in ("DET", "PUNCT")):
        return False
    if stated_result(span):
        return False  # "recorded [net earnings] for the first quarter of 624 mln dlrs" (j101): the sum is the fact
    if any(t.ent_type_ or t.pos_ in ("PROPN", "NUM") for t in span):
        return True
    root = span.root
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    if indefinite:  # "a sign of her own" is one of many; "a ban on plastic bags" says which
        # (a phrase inside the answer: "agreed to a phone call | on Wednesday" is one of many)
        return any(t.dep_ in ("acl", "relcl") and t.i > root.i for t in span) or any(
            c.dep_ == "prep" and span.start <= c.i < span.end and names_a_thing(c) for c in root.children
        )
    if any(t.dep_ in ("prep", "acl", "relcl", "appos") and t.i > root.i for t in span):
        return True
    # "new sanctions" says which; "his rival", "the group" only with the sentences before, and
    # "a phone call", "a restrained embrace" are one of many
    modified = any(c.dep_ in ("amod", "compound", "nummod") for c in root.children)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)
    return modified and not owned


def names_a_thing(prep: Token) -> bool:
    """A prepositional phrase whose object is a noun of its own ("on plastic bags", "against
    Iraq"), not one owned by a pronoun or an adjective ("of her own")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        bool(objects) and objects[0].pos_ in ("NOUN", "PROPN", "NUM") and objects[0].lower_ != "own"
        and objects[0].ent_type_ not in ("DATE", "TIME")  # "on Wednesday" says when, not which
    )


def closes(token: Token, span: Span) -> bool:
    """A percent sign, or a bracket the span opened: part of the phrase, not punctuation."""
    return token.text == "%" or (token.text == ")" and "(" in span.text)


def end_before_its_day(head: Token, end: int) -> int:
    """Where a noun phrase ending at ``end`` ends without a day or time hung on its head that
    the parse took from the verb ("blamed Democrats for a government shutdown [Saturday]", j177:
    blanked with its Saturday)."""
    timed = [c for c in head.rights if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.right_edge.i + 1 == end]
    if not timed:
        return end
    end = timed[0].left_edge.i
    while end > head.i + 1 and (head.doc[end - 1].is_punct or head.doc[end - 1].is_space):
        end -= 1
    return end


def trim(span: Span) -> Span:
    """Without punctuation at either end, nor a trailing time ("… explosives Sunday")."""
    start, end = span.start, span.end
    timed = False
    while end > start and (
        (span.doc[end - 1].is_punct and not closes(span.doc[end - 1], span))
        or span.doc[end - 1].is_space
        or span.doc[end - 1].ent_type_ in ("DATE", "TIME")
    ):
        timed = timed or span.doc[end - 1].ent_type_ in ("DATE", "TIME")
        end -= 1
        # "will reopen in [the spring]": the preposition goes with its time
        while end > start and span.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
            end -= 1
    if timed:
        # "its Class A warrants, which expire [April 11]" (j72): a relative clause the time
        # closed says nothing without it; the phrase ends before the clause. So does a noun's
        # modifier that the time completed and left bare (j74): "a 60 billion yen eurobond due
        # [April 30, 1994]", "notes maturing [in 1995]" end at the noun, not on "due" or
        # "maturing" ("the states expected to be most pivotal [on Election Day]" keeps its words)
        clause = next(
            (
                t
                for t in span.doc[start:end]
                if t.left_edge.i > start
                and t.right_edge.i >= end
                and (t.dep_ == "relcl" or (t.dep_ in ("amod", "acl") and t.i == end - 1 and start <= t.head.i < t.i))
            ),
            None,
        )
        if clause is not None and clause.dep_ == "relcl" and defines_its_head(clause):
            # "the over three billion dlrs [it lent … in 1986]" (j88): "the" needs the clause, time
            # and all; the phrase stays whole (``without_relative_clause`` says whether it can go)
            end = span.end
            while end > start and (span.doc[end - 1].is_space or (span.doc[end - 1].is_punct and not closes(span.doc[end - 1], span))):
                end -= 1
            clause = None
        if clause is not None:
            end = clause.left_edge.i
            while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
                end -= 1
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    return span.doc[start:end]


# Nouns of an act two parties do together: an agreement, a deal or talks is "with" someone.
JOINT_ACT_NOUNS = frozenset([
    "agreement", "accord", "deal", "pact", "settlement", "treaty", "contract", "talks", "negotiation",
    "understanding", "arrangement", "alliance", "partnership", "venture", "merger", "truce", "compromise",
])


def _partner_cut(span: Span) -> bool:
    """Whether a joint act's noun lost the "with" phrase that names the other party ("has
    reached an agreement | with CTS Corp resolving all differences"): "Which organisation has
    reached an agreement?" then has two answers and "an agreement" says nothing."""
    root = span.root
    if root.lemma_.lower() not in JOINT_ACT_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and c.i >= span.end for c in root.children):
        return True
    # what it is on, right after the phrase, whether the parse hangs it on the noun or the verb:
    # "reached [final agreement] | on a 15-year contract for …" (j145): which agreement, the cut words say
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        after is not None and after.dep_ == "prep" and after.lower_ in CONTENT_PREPOSITIONS
        and after.head.i in (root.i, root.head.i)
        and not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in after.children)  # "a deal on Monday"
    )


def defines_its_head(clause: Token) -> bool:
    """Whether a relative clause is the one that says which of its head is meant: no comma
    before it ("the dlrs it lent", not "its warrants, which expire …") and "the" on the head, or
    "that" opening the clause after a bare noun."""
    head = clause.head
    comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text in (",", "-", "—", "(")
    # "sell policies [that would otherwise be out of compliance …]" (j218): a "that" clause after a
    # bare noun says which
    restrictive = clause.doc[clause.left_edge.i].lower_ == "that" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    )  # a bare noun ("policies"); "an investment firm [that filed … last year]" is named before it
    return not comma and (restrictive or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


def stands_alone(span: Span, label: str) -> bool:
    """Short, specific, and no pronoun but one that points back at the actor."""
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > EVENT_ANSWER_MAX_WORDS:
        return False
    if len(words) == 1 and not (words[0].pos_ in ("PROPN", "NUM") or words[0].ent_type_):
        return False  # "path", "it": a lone common word says nothing out of its sentence
    if all(t.ent_type_ in ("DATE", "TIME") for t in words):
        return False  # "sought on Wednesday": a time is no object
    if span.root.lemma_.lower() == "time" and any(t.dep_ == "amod" and (t.ent_type_ == "ORDINAL" or t.lower_ in ("last", "next", "final")) for t in span.root.children):
        return False  # "met … for the first time" (j174): how often, not what they met for
    if span.root.lemma_.lower() in VAGUE_OBJECTS and not any(t.ent_type_ for t in span):
        return False
    if _partner_cut(span):
        return False  # "reached [an agreement] | with CTS Corp" (j106): whose agreement, the cut words say
    if any(
        t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.head.ent_type_ != "PERSON" and t.head.pos_ == "NOUN"
        and span.start <= t.head.i < span.end
        for t in span
    ):
        return False  # "as surrogate communications director and [Manuel Bonder]" (j210): the next clause's subject
    if any(t.dep_ in ("det", "predet", "amod") and t.lower_ in DEMONSTRATIVES for t in span):
        return False  # "that letter", "such members": which ones, the sentences before say
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in DEMONSTRATIVES for t in span):
        return False  # "(says) that is the primary focus": what "that" is, ditto
    if any(mark in span.text for mark in ("“", "”", '"', "``", "''")):
        return False  # part of a quotation: quote items ask those
    if _cut_before_its_noun(span):
        return False  # "stop imports of [Danish] pigmeat" (j81): the parse took the people's word for the object
    if any(_compared_without_its_other(t, span) for t in span):
        return False  # "enter [similar relationships] (to one it has with Dana)" (j80): similar to what?
    allowed = ACTOR_PRONOUNS["person" if label == "PERSON" else "organisation"]
    for t in span:
        if t.pos_ == "PRON" and t.lower_ not in allowed and t.tag_ in ("PRP", "PRP$"):
            return False
        if t.pos_ == "PRON" and (t.lower_ in ("them", "him", "us", "me") or (t.lower_ == "her" and t.dep_ != "poss")):
            return False  # "allowed [them] to demonstrate": an object is not the actor (that is "themselves")
        if t.lower_ == "it" and (t.dep_ in ("dobj", "pobj") or (t.dep_ == "nsubj" and t.head.pos_ not in ("VERB", "AUX"))):
            return False  # "declared [it] a protected site": the object is not the actor ("itself")
        if t.lower_ in ("one", "ones") and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and not any(
            c.dep_ in ("prep", "amod", "compound") for c in t.children
        ):
            return False  # "decided to create [one] by executive order" (j198): one of what, the text before says
    return well_formed(span) and not leans_on_context(span)


def _cut_before_its_noun(span: Span) -> bool:
    """Whether the phrase ends on a nationality or an adjective whose noun follows it in the text
    ("imports of Danish | pigmeat"): the parse ended the phrase inside a noun phrase."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return False
    last, after = span[-1], doc[span.end]
    describes = (last.ent_type_ == "NORP" and not last.text.endswith("s")) or last.pos_ == "ADJ"
    return describes and after.pos_ == "NOUN" and after.tag_ in ("NN", "NNS") and after.text.islower()


# Adjectives that compare a thing with another ("similar relationships", "the same terms"):
# the phrase says which only with what it is compared to.
COMPARING_ADJECTIVES = frozenset(["similar", "same", "comparable", "identical", "equivalent", "analogous"])


def _compared_without_its_other(word: Token, span: Span) -> bool:
    """Whether ``word`` is a comparing adjective of a noun of ``span`` whose other side ("to one
    it has with Dana Corp", "as last year's") the span leaves out."""
    if word.lower_ not in COMPARING_ADJECTIVES or word.dep_ != "amod":
        return False
    holders = [word, word.head]
    return not any(
        c.dep_ == "prep" and c.lower_ in ("to", "as", "with") and span.start <= c.i < span.end
        for h in holders for c in h.children
    )


def without_vague_adjunct(span: Span) -> Span:
    """The phrase without a closing adverbial of its verb that leans on the sentences before
    ("that it will close 40 rural lines [in the north]"): the fact stands without it. A noun's
    own phrase stays when the noun, owned by a pronoun, says nothing without it ("its presence
    [in the country's … market]")."""
    last = [c for c in span.root.children if c.dep_ in ("prep", "advmod", "npadvmod") and c.i > span.root.i]
    if not last:
        return span
    adjunct = last[-1]
    if span.root.pos_ == "VERB" and adjunct.dep_ == "prep" and adjunct.lower_ in CONTENT_PREPOSITIONS:
        return span  # "notifying customers [about the bugs which …]": what the act done is about, not where or when
    if adjunct.dep_ == "prep" and adjunct.lower_ in _GOAL_PREPOSITIONS and len(last) == 1 and _bare_passive(span.root):
        return span  # "Reinking was added [to the agency's … list]" (j216): where it was put, the passive's whole point
    if adjunct.lower_ in ("in", "of") and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in CHANGE_NOUNS | HOLDING_NOUNS:
        return span  # "a further fall [in the value of the dollar]" (j130): what falls, not where; a fall of nothing without it
    end = adjunct.right_edge.i + 1
    if end < span.end or adjunct.left_edge.i <= span.start:
        return span
    inner = span.doc[adjunct.left_edge.i : end]
    if not leans_on_context(inner):
        return span
    cut = trim(span.doc[span.start : adjunct.left_edge.i])
    if adjunct.dep_ == "prep" and (_owned_by_a_pronoun(span.root) or _bare_indefinite(cut)) and not (
        specific(cut) and pins_a_fact(cut)
    ):
        # "strengthen its presence [in the country's booming telecom market]" (j49), "demanded an
        # end [to the quotas]" (j154): the noun's own phrase says which one; without it "its
        # presence", "an end" names nothing
        return span
    return cut


_GOAL_PREPOSITIONS = frozenset(["to", "into", "onto"])


def _bare_passive(verb: Token) -> bool:
    """Whether a verb is a passive participle with no object or complement of its own after it."""
    return (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.i > verb.i and c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "oprd", "attr") for c in verb.children)
    )


def _bare_indefinite(phrase: Span) -> bool:
    """Whether a phrase is "a"/"an" and a noun alone ("an end", "a halt"): one of anything."""
    return len(phrase) == 2 and phrase[0].lower_ in ("a", "an") and phrase[1].pos_ == "NOUN"


def _owned_by_a_pronoun(noun: Token) -> bool:
    """Whether a noun's only owner is a pronoun ("its presence", "their stake"): what it is,
    the words after it say, not a name."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def well_formed(span: Span) -> bool:
    """A phrase that ends where it should and holds no corpus debris: not "… and", "… of",
    "… the", "… NBC’s"; nor cut inside a phrase (``cuts_a_phrase``); no dash aside; no "_" or
    "amp" left from markup; not set in headline capitals ("A Judge")."""
    last = span[-1]
    if last.pos_ in ("CCONJ", "ADP", "DET", "SCONJ", "PRON") and last.tag_ != "PRP" or last.text.endswith("-"):
        return False
    if last.tag_ == "POS" or last.dep_ == "case" or last.lower_ in ("'s", "’s") or cuts_a_phrase(span):
        return False  # "visited NBC’s [“Today”]", "Austin’s annual [South] by Southwest": a fragment
    if any(t.text in ("_", "amp", "&amp;") for t in span):
        return False
    if any(t.text in ("--", "—", "―") for t in span):
        return False  # "an unspecified reserve -- apparently $60 million …": an aside the phrase runs into
    words = [t for t in span if t.is_alpha and t.pos_ not in ("ADP", "DET", "CCONJ", "PART")]
    return not (len(words) >= 2 and all(t.text[:1].isupper() for t in words) and not all(t.ent_type_ for t in words))


def cuts_a_phrase(span: Span) -> bool:
    """Whether the span ends inside a phrase that goes on after it: a name the entity
    recogniser reads on ("[Mary Jane] Smith"), a word modifying a noun after the span ("[South] by
    Southwest festival"), a name's first words left before it, or a
    time the parse hangs on a noun of the span ("to stock of record [Dec. 15]": the record
    date, not the verb's day, which ``trim`` may drop)."""
    doc = span.doc
    if span[0].ent_iob_ == "I" and span[0].ent_type_ not in ("DATE", "TIME"):
        return True
    last = span[-1]
    if last.dep_ in ("compound", "poss", "nmod", "amod", "nummod") and last.head.i >= span.end:
        return True  # "[South] by Southwest festival": a modifier of a noun the span leaves out
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return False
    if after.ent_iob_ == "I" and after.ent_type_ not in ("DATE", "TIME"):
        return True
    if after.ent_type_ in ("DATE", "TIME"):
        when = [after]
        while when[-1].i + 1 < len(doc) and doc[when[-1].i + 1].ent_iob_ == "I":
            when.append(doc[when[-1].i + 1])
        if not any(t.like_num for t in when):
            return False  # "attacks in Peru and Chile | Saturday": a day's name is the verb's day, misplaced
        head = after
        while head.ent_type_ in ("DATE", "TIME") and head.head != head and head.head.i >= span.end:
            head = head.head  # the time's own head word ("Dec." of "Dec. 15")
        anchor = head.head
        return (
            head.dep_ in ("npadvmod", "nmod", "compound", "appos")
            and span.start <= anchor.i < span.end and anchor.pos_ == "NOUN"
        )
    return False


def runs_into_a_noun_phrase(span: Span) -> bool:
    """Whether a noun phrase follows the phrase with nothing between, which the parse hung on a
    word outside it: "soared on [speculation of a takeover battle between major shareholders] |
    the Kadoorie family and …" (j144), an apposition the wire wrote without its comma. The blank
    would end inside one phrase and the question read on with the rest."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.tag_ != "DT" or span[-1].pos_ not in ("NOUN", "PROPN") or not span[-1].whitespace_:
        return False
    noun = after.head
    if after.ent_type_ in ("DATE", "TIME") or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "ease restrictions on bank deposits | this year": when, the verb's
    return (
        noun.i > after.i and noun.pos_ in ("NOUN", "PROPN") and not span.start <= noun.head.i < span.end
        and noun.dep_ in ("npadvmod", "appos", "dep", "nmod")
    )


def runs_into_clause(span: Span) -> bool:
    """Whether the phrase's last conjunct is the subject of the next clause, which the parse
    joined to the phrase: "to herald [the start of the parade and dancers] | threw petals over
    …" — a noun conjunct inside the phrase, then right after it a tensed verb coordinated with
    a verb outside the phrase and with no subject of its own. The verb's subject is that last
    noun, so the phrase holds half of each clause and no blank reads."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ not in ("VERB", "AUX") or after.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if after.dep_ not in ("conj", "advcl", "ccomp", "parataxis") or span.start <= after.head.i < span.end:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in after.children):
        return False  # its own subject, or a clause opened by "as", "when", …
    if after.dep_ == "conj" and doc[after.i - 1].dep_ not in ("cc", "punct") and not any(
        c.dep_ == "cc" and span.end <= c.i < after.i for c in after.head.children
    ):
        # "refused to drop a sales tax as debate on a draft budget for 1987 | resumed after …"
        # (j89): a verb coordinated with nothing before it is the next clause's, its subject inside
        return True
    return any(
        t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i + 1 == span.end
        and span.start <= t.head.i < t.i and any(c.dep_ == "cc" for c in t.head.children)
        for t in span
    )


def last_conjunct_loses_its_phrase(span: Span, verb: Token) -> bool:
    """Whether an object of joined nouns ends in a noun of a holding right before an "in" or "of"
    phrase the parse hung on the verb ("buy [existing cable systems or ownership interest] in
    existing cable systems", j128): the phrase is what is held ("ownership interest in …"), so
    the answer ends inside a noun phrase and the blank splits it. A place or a time ("in
    Europe", "in March") is the verb's; so is the phrase after another noun ("introduced
    [reforms of money and stock markets] in its period of government")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if not (after.dep_ == "prep" and after.head.i == verb.i and after.lower_ in ("in", "of")):
        return False  # "delivered barriers and brackets [to builders]": whom to, the verb's own
    if any(o.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for o in after.children if o.dep_ == "pobj"):
        return False  # "sold cars and trucks [in Europe]", "[in March]": where or when, the verb's own
    return any(
        t.dep_ == "conj" and t.pos_ == "NOUN" and t.lemma_.lower() in HOLDING_NOUNS
        and t.right_edge.i + 1 == span.end and span.start <= t.head.i < t.i
        for t in span
    )


def per_unit_of_a_price(span: Span) -> bool:
    """Whether an object phrase opens with "a"/"per"/"each" right after an amount ("90.25 dlrs [a
    share in cash]", "18 dlrs [a barrel]"): the unit a price is quoted per, which the parse hung
    on the verb as its object."""
    if span.start == 0 or span[0].lower_ not in ("a", "an", "per", "each"):
        return False
    before = span.doc[span.start - 1]
    if before.ent_type_ in ("DATE", "TIME"):
        return False  # "on Aug. 6 ordered [a global embargo]": a day, no price
    unit_after_number = span.start >= 2 and span.doc[span.start - 2].like_num and span.doc[span.start - 2].ent_type_ not in ("DATE", "TIME")
    return before.like_num or unit_after_number or before.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")


def elided_number_subject(sent: Span, answer: Span | None = None) -> bool:
    """Whether a clause of the sentence has a bare number for its subject, its noun left to the
    sentence before ("Six are to load 186,000 tonnes of wheat", "Thirty-six are already
    licensed to trade …": six ships, 36 foreign firms; j83). Read alone on a card, the sentence
    does not say of what. A number that is ``answer`` itself ("____ were killed") is asked, not
    leaned on; a year or an amount ("1986 was …", "$5 million was raised") names its own thing."""
    for t in sent:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "CD" or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        if answer is not None and answer.start <= t.i < answer.end:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "six of the 12 ships": the "of" names them
        if any(c.dep_ in ("det", "poss", "amod") or (c.dep_ == "compound" and c.tag_ != "CD") for c in t.children):
            continue  # "The 486 is …", "the TWA Flight eight hundred went down": a number that names a thing
        if t.head.lemma_.lower() in CASUALTY_WORDS:
            continue  # "At least 82 were killed": people, as every casualty count
        after = next((w for w in t.doc[t.i + 1 : t.i + 3] if w.pos_ != "ADV"), None)
        if after is None or not (after.tag_ in ("MD", "VBD", "VBZ") or after.lemma_.lower() in ("be", "have", "do")):
            continue  # "39 pct more than …": the wire's unit the tagger read as a verb; the number has its noun
        return True
    return False


def leans_on_context(span: Span) -> bool:
    """Whether the phrase names something only the sentences before identify: a definite or
    vaguely determined common noun with nothing saying which ("the decision", "the men",
    "the two countries", "the child's father", "some travelers"), a noun told apart from ones
    before ("14 other cases", "the other banks", "another bank"), or a deictic word ("was there", "the following
    statement")."""
    for t in span:
        if t.lower_ in DEICTIC_WORDS and t.dep_ in ("advmod", "amod", "npadvmod"):
            return True
        if t.pos_ == "NUM" and t.dep_ in ("dobj", "pobj", "nsubj") and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("all", "both", "the", "each", "those", "these") for c in t.children
        ):
            return True  # "won all three", "the two": which ones, the sentences before say
        if t.pos_ != "NOUN" or t.ent_type_ or t.dep_ == "compound":
            continue
        if any(c.dep_ == "det" and c.lower_ == "another" for c in t.children) or (
            any(c.dep_ == "amod" and c.lower_ == "other" for c in t.children)
            and any(c.dep_ in ("nummod", "det") for c in t.children)
        ):
            # "14 other cases", "the other banks" (j129): other than those the sentences before
            # told; not "joined the ranks of other drug companies", drug companies at large
            return True
        dets = [c for c in t.children if c.dep_ == "det"]
        if any(d.lower_ in VAGUE_DETERMINERS for d in dets):
            return True
        if not any(d.lower_ == "the" for d in dets):
            continue
        # a party or people's adjective does not say which ("the Republican caucus": of which
        # state, the sentences before say)
        named = any(
            c.dep_ not in ("det", "nummod")
            and any((s.ent_type_ and s.ent_type_ != "NORP") or (s.pos_ == "PROPN" and s.ent_type_ != "NORP") for s in c.subtree)
            for c in t.children
        )
        if t.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS:
            # "the president", "the men": which one, only a name says ("the president of
            # France", "the party's candidate"), not an adverbial the parse hung on the noun
            says_which = any(
                (c.dep_ in ("compound", "appos", "poss", "amod") or (c.dep_ == "prep" and c.lower_ == "of"))
                and any(s.ent_type_ or s.pos_ == "PROPN" for s in c.subtree)
                for c in t.children
            )
        else:
            # the parse often hangs the noun's phrase on the verb ("approved the merger | with
            # its rival"): a phrase right after the noun inside the answer says which too
            after = span.doc[t.i + 1] if t.i + 1 < span.end else None
            says_which = (
                named
                or any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in t.children)
                or (after is not None and after.dep_ == "prep" and names_a_thing(after))
            )
        if not says_which:
            return True
    return False


_NAMED_WORDS = frozenset(["NORP", "ORG", "GPE", "PERSON", "LOC", "FAC", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART"])


def lower_common(span: Span) -> str:
    """The span as a phrase inside a question: "The head of NATO" → "the head of NATO"; a
    first word that is a name or a nationality keeps its capital ("Iraqi officials")."""
    text = span.text
    return text if span[0].pos_ == "PROPN" or span[0].ent_type_ in _NAMED_WORDS else text[:1].lower() + text[1:]


def word_broken_before(span: Span) -> bool:
    """Whether a phrase starts inside a hyphened word: right after a hyphen glued to the word
    before it, spaces between or not ("Asian News Service" of "Indo- Asian News Service", a word
    broken at a line's end; "based" of "Osaka-based"), not after a dash set apart ("firms - Acme")."""
    before = span.doc.text[: span.start_char]
    joined = before.rstrip(" ")
    return joined.endswith(("-", "–")) and (joined == before or joined[-2:-1].isalnum())


# An organisation's pronouns in the singular ("it", "its", "itself").
SINGULAR_THING_PRONOUNS = ACTOR_PRONOUNS["organisation"] - PLURAL_PRONOUNS


def plural_beside_singular(span: Span, verb: Token) -> bool:
    """Whether a phrase holds a plural pronoun where the verb's own clause calls its actor "it" or
    "its": the "their" means others the clause named (the banks of "its credit policy for
    commercial banks"), which the question may leave in the answer."""
    if not any(t.lower_ in PLURAL_PRONOUNS for t in span):
        return False
    return any(t.lower_ in SINGULAR_THING_PRONOUNS and not span.start <= t.i < span.end for t in verb.subtree)
