"""Whether a verb tells a thing done: an event verb (a lemma or phrasal verb of
``constants.EVENT_VERBS``) in a main, reported or time clause, asserted (not negated, hedged,
conditional, open or a view), finite, and neither a habit nor a simple present's state; and
whether it is a passive without its agent ("Lewandowski was dismissed …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CONDITIONAL_MARKS,
    DESCRIPTION_VERBS,
    EVENT_VERBS,
    FREQUENCY_ADVERBS,
    HEDGE_AUXILIARIES,
    IRREALIS_MODALS,
    OPINION_VERBS,
    PROPOSAL_NOUNS,
    REPORTED_FUTURE_VERBS,
    SEEMING_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

EVENT_DEPS = frozenset(["ROOT", "ccomp", "conj"])  # main clauses and reported ones, not wishes

CLOZE_IRREALIS_MODALS = IRREALIS_MODALS | {"should"}
TIME_MARKS = frozenset(["after", "before", "when", "since"])  # a clause they open tells a thing done


def event_verb(token: Token) -> str | None:
    """The token's event lemma ("step up", "call for", "announce"), or None."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    part = particle(token)
    if part is not None:  # "set off" is not "set", and "called out X for Y" is no "call for"
        phrasal = f"{lemma} {part.lower_}"
        return phrasal if phrasal in EVENT_VERBS else None
    for child in token.children:
        if child.dep_ == "prep" and child.i > token.i:  # "on Monday called for …" is no "call on"
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in EVENT_VERBS:
                return phrasal
    return lemma if lemma in EVENT_VERBS else None


def particle(token: Token) -> Token | None:
    """The verb's particle: one the parse marks ("put [out] a video"), or an adverb-like word
    it took for a preposition right after the verb, with no object of its own and a
    preposition right after it ("pulled [out] of the debate"; not "sought … [according] to")."""
    for child in token.children:
        if child.i <= token.i:
            continue
        if child.dep_ == "prt":
            return child
        if child.dep_ == "prep" and child.i == token.i + 1 and not any(c.dep_ in ("pobj", "pcomp") for c in child.children) and any(
            c.dep_ == "prep" and c.i == child.i + 1 for c in child.children
        ):
            return child
    return None


def agentless_passive(token: Token) -> bool:
    """A passive verb without its agent: "Lewandowski was dismissed on Monday" (with a "by"
    agent the active reading's actor is named, and the parse of the agent is the active's)."""
    deps = {c.dep_ for c in token.children}
    return "nsubjpass" in deps and "auxpass" in deps and "agent" not in deps


def main_or_told(verb: Token) -> bool:
    """A main clause, a reported one, or one a time clause takes as done ("after Delmont
    vetoed the bill, …": the veto happened) — not a relative clause, a wish or a purpose."""
    if verb.dep_ == "ccomp" and _complement_lost(verb.head):
        return False  # "North is the NSC aide President Reagan fired …" (j125): a relative clause the parse hung on "is"
    if verb.dep_ in EVENT_DEPS:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _complement_lost(head: Token) -> bool:
    """Whether a clause's head is a copula with no complement of its own ("North is [the aide
    Reagan fired]"): "is" reports nothing, so the clause the parse gave it is the relative
    clause of the complement it swallowed."""
    return head.lemma_.lower() == "be" and head.pos_ == "AUX" and not any(
        c.dep_ in ("attr", "acomp", "oprd", "prep", "advmod", "xcomp") for c in head.children
    )


# Adjectives of a stance toward a clause, whose clause is a view or a hope, not a fact told
# ("was pessimistic that Congress will approve …", j139; "is confident that …", "it is likely
# that …"); an evaluation ("it was fitting that Clinton chose …") tells its clause as a fact.
STANCE_ADJECTIVES = frozenset([
    "pessimistic", "optimistic", "confident", "hopeful", "doubtful", "skeptical", "sceptical", "unsure", "uncertain",
    "sure", "certain", "convinced", "positive", "likely", "unlikely", "possible", "probable", "impossible",
    "afraid", "fearful", "worried", "concerned", "anxious", "eager", "keen", "adamant", "insistent",
])


def _stance(t: Token) -> bool:
    """Whether a clause's head above another clause is an adjective of stance, or "be" with one
    (the parse hangs "that Congress will approve" on "was" of "was pessimistic")."""
    if t.pos_ == "ADJ":
        return t.lower_ in STANCE_ADJECTIVES
    return t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES for c in t.children)


def asserted(token: Token, *, passive: bool = False) -> bool:
    """Not negated, hedged, passive (unless ``passive``), conditional or open, up to the
    sentence's root."""
    # a condition after joined verbs holds for each ("would cut taxes and would not regulate
    # rates if returned to power", j140: the parse hangs it on the last)
    for verb in (token, *token.conjuncts):
        for child in verb.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                return False  # "will own 60% if all the debt is converted": a condition, not a fact
    for t in [token, *token.ancestors]:
        if t is not token and t.lemma_.lower() in OPINION_VERBS:
            return False  # "argues that the ban failed": a view
        if t is not token and _stance(t):
            return False  # "was pessimistic that Congress will approve …" (j139): a stance, not a fact
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return False
            if child.dep_ in ("aux", "auxpass") and child.lower_ in HEDGE_AUXILIARIES and not reported_future(child):
                return False
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return False
            if t is token and child.dep_ in ("nsubjpass", "auxpass") and not passive:
                return False
        if not main_or_told(t):
            return False  # inside a relative clause, a wish ("wants to join"), an adverbial
    return True


def hypothetical(verb: Token) -> bool:
    """Whether the clause of ``verb`` tells what would, could, might or should be, or what is
    under a condition, up to the sentence's root: "If Clinton loses, it would be …", "a rival
    could face …", "Americans should value …". A cloze of such a clause blanks a guess or a
    view, not news. A hedge of what happened ("may have fled to ____"), a claim ("claimed he was
    offered a scholarship to ____") and an open question ("whether ____ overstepped") are told
    as the sentence tells them, and stay; a "may" of what is or will be ("____ may be testing
    the boundaries", "the decision may reveal ____") is a guess. So is how a thing seems to the
    writer ("Washington appears weak …", "it must have seemed like a smart move") and what may
    not have been ("may not have stuck that slogan to the wall in ____"). What is told as
    seeming to be done ("seemed to suggest that …", "it appears that …") is news hedged, and
    stays."""
    if any(_seeming(t) for t in _own_clauses(verb)):
        return True
    for t in [verb, *verb.ancestors]:
        for child in t.children:
            if child.dep_ == "aux" and child.lower_ in CLOZE_IRREALIS_MODALS and not reported_future(child):
                return True
            if child.dep_ == "aux" and child.lower_ == "may" and (not _perfect_after(child) or _negated(t)):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                return True  # "will own 60% if the debt is converted"
    return False


def _own_clauses(verb: Token) -> list[Token]:
    """``verb`` and the verbs above it up to the first adverbial clause: "seemed weak to them
    because the mayor had banned …": how a thing seems above a reason clause does not make the
    reason a judgement."""
    chain = [verb]
    for t in verb.ancestors:
        if chain[-1].dep_ == "advcl":
            break
        chain.append(t)
    return chain


def _seeming(verb: Token) -> bool:
    """Whether ``verb`` is a verb of seeming with a judgement as its complement: an adjective or
    a likeness ("appears weak", "seemed like a smart move", "doesn't seem like the kind of
    candidate"). "Seemed to suggest …" and "it appears that …" hedge what was done;
    "appeared on television" and "looked into the deal" are acts."""
    if verb.lemma_.lower() not in SEEMING_VERBS:
        return False
    return any(
        c.dep_ in ("acomp", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ in ("like", "as"))
        for c in verb.children
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _perfect_after(aux: Token) -> bool:
    """Whether a "have" follows the modal ``aux`` on its verb: "may have fled" hedges a past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > aux.i for c in aux.head.children)


def reported_future(aux: Token) -> bool:
    """Whether ``aux`` is the "would" of a speaker's "will" told in the past: "Orkem said it
    would fund the bid through internal resources" (Orkem said: "we will fund …"). The clause
    must be what a plain verb of report (``REPORTED_FUTURE_VERBS``, past tense) said, with no
    "have" after the "would" ("would have closed": what did not happen) and no condition."""
    if aux.lower_ not in ("would", "'d", "’d"):
        return False
    clause = aux.head
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # "would not offer details": what will not be done is no news to ask
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.i > aux.i for c in clause.children):
        return False  # "would have closed": a counterfactual
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in clause.children):
        return False  # "would close if the bid fails": a condition
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(p.dep_ == "pobj" and p.lemma_.lower() in PROPOSAL_NOUNS for p in c.children) for c in clause.children):
        return False  # "under the plan, the U.S. would seek a cartel, Harkin said" (j97): what a proposal would do
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    return (
        clause.dep_ == "ccomp"
        and report.lemma_.lower() in REPORTED_FUTURE_VERBS
        and report.tag_ == "VBD"
        and not any(c.dep_ == "neg" for c in report.children)
    )


def finite(token: Token) -> bool:
    """A verb with a tense or an auxiliary: "announced", "will close"; not a participle
    standing alone ("Clinton, seeking to shore up support, …")."""
    if token.morph.get("Tense") and token.tag_ not in ("VBG", "VBN"):
        return True
    participle = token.tag_ in ("VBG", "VBN")
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        if verb.tag_ == "VB" and verb.head.tag_ in ("VBD", "VBZ"):
            return False  # "was ready to continue and perhaps step up": a bare verb shares no tense
        verb = verb.head  # "met and agreed": the first verb's tense
        if verb.morph.get("Tense") and verb.tag_ not in ("VBG", "VBN") and not participle:
            return True
    # "has met and agreed" shares the auxiliary; "put X and accused doctor killer Y" does not
    # make "accused" a verb of its own
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def habitual(token: Token) -> bool:
    """A habit, not an event: "The agency routinely sends …" (a frequency adverb)."""
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in token.children)


def describes(verb: Token) -> bool:
    """Whether the clause of ``verb`` (the first main or reported clause up from it: a
    participle's noun's clause) describes rather than tells news: a verb of being, having or a
    line of business (``DESCRIPTION_VERBS``) in the simple present ("RMS distributes electronic
    devices", "Avon, based in [Santa Monica], has 3.3 million shares outstanding"). A cloze of
    it asks a profile, not what happened; "Kane succeeds Taylor as chairman" is news told in
    the present, and a relative clause's state ("claims that ____ is afraid") is the claim's.
    A habit describes too, whatever its verb ("The agency routinely sends ____ back", a
    frequency adverb on the verb or its clause): what is done again and again is no one event."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ in EVENT_DEPS), None)
    if habitual(verb) or (clause is not None and habitual(clause)):
        return True
    if clause is None or any(c.dep_ == "advmod" and c.lower_ == "now" for c in clause.children):
        return False  # "Montedison now owns 72% of Erbamont": a state just reached is news
    return clause.lemma_.lower() in DESCRIPTION_VERBS and present_state(clause)


def present_state(token: Token) -> bool:
    """A simple present tells a state or a habit, not an event: "Waxman sells hardware",
    "Trump leads Clinton among men", "the league plans to …". (Headlines, whose present is a
    past, are not read: they are no text block.)"""
    return token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


# A contracted auxiliary as a question writes it out ("he’s imposing" → "Who is imposing …?",
# j176: "Who ’s imposing"), by the lemma where one spelling stands for two verbs.
_CONTRACTED = {"'s": {"be": "is", "have": "has"}, "'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": {"have": "had"}}


def written_out(word: Token) -> str:
    """``word`` in full if it is a contracted auxiliary ("’s" → "is" or "has", "’d" → "had" or
    "would"), else as written."""
    spelt = _CONTRACTED.get(word.lower_.replace("’", "'"))
    if spelt is None:
        return word.text
    if isinstance(spelt, dict):
        after = word.nbor(1).lower_ if word.i + 1 < len(word.doc) else ""
        lemma = "have" if after in ("been", "got") else word.lemma_.lower()  # "he’s been": the tagger reads "be"
        return spelt.get(lemma, "would" if word.lower_.endswith("d") else "is")
    return spelt
