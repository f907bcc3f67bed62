"""Reporting verbs near a quotation and the word naming who spoke: the verb's subject, or the
name right before the verb when the parser lost the link."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESSING_VERBS,
    BACK_REPLY_VERBS,
    CALLING_VERBS,
    DOCUMENT_NOUNS,
    NEWS_REPORTING_VERBS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
)
from quizgen.extract.quote_groups import Quotation

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_reporting_verb(tok: Token) -> bool:
    """A verb of speech (``REPORTING_VERBS``) or of a reply ("shot back", "fired back")."""
    if tok.pos_ not in ("VERB", "AUX") or noun_read_as_verb(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return True
    return lemma in BACK_REPLY_VERBS and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children)


def noun_read_as_verb(tok: Token) -> bool:
    """A word the tagger calls a verb that the parse uses as a noun: the object of a verb or a
    preposition, a subject, or owned ("echoed Paul's remarks: “…”", fresh99: "remarks" tagged a
    verb of saying made Paul the speaker of Amash's words)."""
    return tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") or any(c.dep_ in ("poss", "det") for c in tok.children)


def cue_candidates(frame: list[Token], quotation: Quotation) -> list[Token]:
    """Reporting verbs near the quotation, best first: those whose clause holds the quotation
    ("McConnell said that it was “totally inappropriate” for Ginsburg to criticize Trump":
    said, not criticize), a verb of saying before the "according to" that hangs on it, then by distance: between its pieces,
    after, before."""
    candidates = []
    for tok in frame:
        is_verb = is_reporting_verb(tok) or (tok.lemma_.lower() in CALLING_VERBS and tok.pos_ in ("VERB", "AUX"))
        is_according = tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)
        is_put_it = tok.lemma_ == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)
        if not (is_verb or is_according or is_put_it):  # "As Dana Milbank puts it, “…”"
            continue
        if quotation.start < tok.idx < quotation.end:
            distance = 0
        elif tok.idx >= quotation.end:
            distance = tok.idx - quotation.end
        else:
            distance = quotation.start - tok.idx + 5  # slight preference for a cue after the quote
        if _below_an_act(tok, quotation) or _joined_act_of_a_call(tok, quotation):
            continue
        governs = is_according or any(quotation.start <= t.idx < quotation.end for t in tok.subtree) or _opens(tok, quotation)
        if not (governs or is_put_it or tok.lemma_.lower() in NEWS_REPORTING_VERBS | CALLING_VERBS):
            continue  # a verb from the wider lexicon counts only when the quote is in its clause
        # "Kim told officers the North should “…,” according to the official Korean Central News
        # Agency" (j179): the verb of saying that "according to" hangs on, holding the words, names
        # their speaker; the source is the report's ("the need …, which, according to the group's
        # executive-secretary X, “grows like a weed”" stays X's)
        reported = is_according and is_reporting_verb(tok.head) and tok.head.i != tok.i and any(
            quotation.start <= t.idx < quotation.end for t in tok.head.subtree
        )
        candidates.append((not governs, reported, distance, tok.i, tok))
    return [t for *_, t in sorted(candidates)]


def _below_an_act(verb: Token, quotation: Quotation) -> bool:
    """Whether the quotation hangs on the verb only through an adverbial clause of a verb of no
    speech, outside the quotation, while the verb's own complement says something else: "while
    asking them to avoid putting the details in writing, placing “ideology over objectivity”"
    (j168) tells how he asked, in a report's words; what he asked is "to avoid …". A verb
    whose content the parser hung on it as an adverbial clause ("Freeh said although the
    investigators … made “very good progress”", 'Baker told a subcommittee, "… we oppose loans"')
    keeps it, as does a clause inside the reported words ("said borrowers must be included
    because “…”") and an adverbial clause of a verb of speech ("said, adding “…”": its own cue)."""
    word = _step_toward(verb, quotation)
    if word is None or not (word.head.i == verb.i and word.i != verb.i and word.dep_ == "advcl" and word.pos_ in ("VERB", "AUX")):
        return False
    if quotation.start <= word.idx < quotation.end or is_reporting_verb(word) or word.lemma_.lower() in CALLING_VERBS:
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i != word.i for c in verb.children)


def _joined_act_of_a_call(verb: Token, quotation: Quotation) -> bool:
    """Whether a verb of calling ("call", "dub") reaches the quotation only through a verb joined
    to it ("Obama called both Clinton and Sanders Tuesday night – and plans to meet with Sanders …
    to discuss “how to build on …”", j211): a telephone call, whose joined act's words are the
    statement's that reports it, not a name the caller gave."""
    if verb.lemma_.lower() not in CALLING_VERBS or is_reporting_verb(verb):
        return False
    word = _step_toward(verb, quotation)
    return word is not None and word.head.i == verb.i and word.dep_ == "conj"


def _step_toward(verb: Token, quotation: Quotation) -> Token | None:
    """The word of ``verb``'s subtree, hung on the verb itself, that the quotation's first word
    hangs under (the verb's first step toward the words), or None when the quotation is not in
    its subtree."""
    inside = [t for t in verb.subtree if quotation.start <= t.idx < quotation.end]
    if not inside:
        return None
    word = inside[0]
    while word.head.i != verb.i and word.head.i != word.i:
        word = word.head
    return word


def _opens(verb: Token, quotation: Quotation) -> bool:
    """Whether the verb stands right before the quotation, a colon or comma between ("… as the
    heckler yelled: “You suck!”"): it introduces the words whatever verb the parse hung them
    on."""
    between = verb.doc.text[verb.idx + len(verb) : quotation.start]
    return verb.idx < quotation.start and between.strip(" “\"'`„") in (":", ",")


def speaker_token(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """The subject of the reporting verb (or the object of "according to"), never a word
    inside the quotation itself."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj" and outside(c)]
                return _author_of(objs[0]) if objs else None
        return None
    verb = cue
    if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in cue.children):
        # "Dubbed the “secretary of explaining stuff” for his speech, Clinton faced …" (j171): a
        # passive participle's clause is about the one called so; whoever called him is its
        # agent ("by …"), else unnamed, never the clause it hangs on
        agents = [c for c in cue.children if c.dep_ == "agent"]
        objs = [g for a in agents for g in a.children if g.dep_ == "pobj" and outside(g)]
        return objs[0] if objs else None
    if cue.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") and outside(c) for c in cue.children):
        controllers = [c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i and outside(c)]
        if controllers:
            # "prompting the Democratic pundit Van Jones to declare …: “…”" (j172): the object of
            # "prompt", "urge", "lead" is the one who speaks, not the subject above
            return controllers[0]
    if cue.dep_ == "advcl" and cue.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cue.children
    ):
        named = cue.doc[cue.i - 1] if cue.i > 0 else None  # the name right before it, no comma between
        if named is not None and named.ent_type_ == "PERSON" and named.pos_ == "PROPN" and outside(named):
            # "Heinz Co is “within sight of …” for the year ending April 30, Chief Executive
            # Officer Anthony O'Reilly told analysts" (j157): the parse hung the name on the date
            # and the verb on the clause before; the name right before it is its subject, not
            # the clause's (the company)
            return named
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
        if subjects:
            # Two subjects is a misparse ("Tuesday in Berea, OH, …, Gov. John Kasich said"):
            # a person's name first, then the one nearest the verb.
            return min(subjects, key=lambda c: (c.ent_type_ != "PERSON", abs(verb.i - c.i)))
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "tried to laugh it off by interjecting, “…”"
            continue
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head is not verb:
            if (
                verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in REPORTING_VERBS
                and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in REPORTING_VERBS
                and verb.head.head.i < verb.head.i  # "Cruz said … that …", not "Trump welcomed …, saying …, CNN reported"
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)
            ):
                # "Cruz said last week that Trump represents “New York values,” stating during the
                # debate that they are “…”" (stop 74's review), "Pratt complained that Lopez is too
                # rigid, suggesting …": the parse hung the saying participle on the reported
                # clause; it goes on with the reporter's saying, not the one reported on
                verb = verb.head.head
                continue
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _after_a_relative_clause(verb):
                # "… a collision course with state leaders who are pushing back, saying it would be
                # dangerous to “…”" (j238): the saying may be the relative clause's people's, not
                # the main clause's subject the parse climbs to
                return None
            if verb.dep_ == "conj" and not outside(verb.head):
                # "… said that Kelly had “ruled the West Wing …” but added, “…”" (j208): the parse
                # joined "added" to the quoted verb, whose subject is whom the words are about
                return None
            verb = verb.head
            continue
        break
    return None


def _after_a_relative_clause(verb: Token) -> bool:
    """Whether a participle set off by a comma follows a relative clause whose subject is its
    relative pronoun, ending right before the comma, between the participle and another
    participle the parse hangs it on (so that the climb to a subject passes the clause by)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.head.tag_ != "VBG":
        return False  # hung on a finite verb ("Priebus … threatened Kasich and other Republicans who refuse …, saying"): the parse chose its subject
    before = doc[verb.i - 2]
    return any(
        a.dep_ == "relcl" and verb.head.i < a.i < verb.i
        # the clause's subject is its relative pronoun: the people it is about act in it ("state leaders
        # who are pushing back, saying …"), not "touches that Mr. Biden might appreciate, describing …"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in a.children)
        for a in [before, *before.ancestors]
    )


def put_to_subject(cue: Token) -> bool:
    """Whether ``cue`` is a verb of addressing in the passive ("Walsh was asked by Kline",
    "she was told"): the words are put to its subject, not said by it."""
    return cue.lemma_.lower() in ADDRESSING_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def agent_of(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """The "by" agent of a passive verb ("asked by Kline" → Kline), outside the quotation."""
    for child in cue.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj" and outside(c)]
            return objs[0] if objs else None
    return None


def _author_of(source: Token) -> Token:
    """"according to a court document filed by Dave Aronberg", "according to Becker's
    statement": the person whose document or words it is; else ``source`` itself."""
    if source.pos_ != "NOUN" or source.lemma_.lower() not in DOCUMENT_NOUNS | SPEECH_NOUNS:
        return source
    for child in source.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "acl":  # "filed by", "written by", "issued by"
            for agent in child.children:
                if agent.dep_ == "agent":
                    names = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
                    if names:
                        return names[0]
    return source


def drop_parenthetical(tokens: list[Token]) -> list[Token]:
    """"Ramos , 58 ," / "Tom Becker , the head of the union ," / "Trey Gowdy ( R - S.C. )"
    → the name before the commas or brackets."""
    if tokens and tokens[-1].text == ")":
        opening = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].text == "("), 0)
        if opening > 0:
            return tokens[:opening]
    if len(tokens) >= 3 and tokens[-1].text == ",":
        commas = [i for i in range(1, len(tokens) - 1) if tokens[i].text == ","]
        last = commas[-1] if commas else 0
        if (
            commas
            and tokens[last - 1].pos_ != "PROPN"
            and all(t.pos_ == "PROPN" or t.text == "." for t in tokens[last + 1 : -1])
        ):
            return tokens[:-1]  # "the union's press officer, Tom Becker,": the name itself
        # Else the first comma after a name that opens a description: "Mr. Daniloff, now 81
        # and retired in Cambridge, Mass.," (not the one after "In Washington, Trump, …").
        ends = commas + [len(tokens) - 1]
        for i, following in zip(commas, ends[1:]):
            segment = tokens[i + 1 : following]
            if tokens[i - 1].pos_ == "PROPN" and not all(t.pos_ == "PROPN" for t in segment):
                return tokens[:i]
    return tokens


_DESCRIBING_PREPOSITIONS = frozenset(["for", "of", "to", "with", "from", "by", "at", "on", "in", "about"])


def name_left_of(cue: Token, *, pronouns: bool = False) -> Token | None:
    """The name (or, with ``pronouns``, he/she) right before a reporting verb in its sentence,
    over auxiliaries, adverbs and a parenthetical: "Mr. Trump, asked about …, had said"."""
    doc = cue.doc
    before = [t for t in doc[cue.sent.start : cue.i] if not t.is_space]
    while before and before[-1].pos_ in ("AUX", "ADV", "PART"):
        before = before[:-1]
    before = drop_parenthetical(before)
    while before and before[-1].text == ",":
        before = before[:-1]
    if not before:
        return None
    subject = before[-1]
    if subject.pos_ == "PROPN":
        introducer = word_before_name(before)
        if introducer is not None and introducer.lower_ in _DESCRIBING_PREPOSITIONS:
            return None  # "a spokesman for Bernie Sanders could only quip": not Sanders
        return subject
    if pronouns and subject.lower_ in PERSON_PRONOUNS:
        return subject
    return None


def name_before_colon(tokens: list[Token]) -> Token | None:
    """The name that ``tokens`` end with before a colon, as in a transcript ("Rep. Trey Gowdy
    (R-S.C.):", "More from Jones:"), but not a place or a pair ("on Twitter:", "Mark
    Blumenthal and Jon Cohen:")."""
    if len(tokens) < 2 or tokens[-1].text not in (":", "):"):
        return None
    named = tokens[:-1]
    if tokens[-1].text == "):":  # the tokenizer reads "(R-S.C.):" as ending in one token
        opening = next((k for k in range(len(named) - 1, -1, -1) if named[k].text == "("), 0)
        named = named[:opening]
    named = drop_parenthetical(named)
    if not named or named[-1].pos_ != "PROPN":
        return None
    commas = [k for k, t in enumerate(named) if t.text == ","]
    head = named[: commas[0]] if commas else []
    if head and head[-1].ent_type_ == "PERSON" and all(t.pos_ == "PROPN" or t.text == "." for t in head):
        # "Anna Weber, Harbor Herald:" in a round-up of commentators: the person a paragraph
        # opens with, not the outlet after the comma
        return head[-1]
    introducer = word_before_name(named)
    if introducer is not None and introducer.pos_ in ("ADP", "CCONJ"):
        return None
    return named[-1]


def word_before_name(tokens: list[Token]) -> Token | None:
    """The word before the name that ends ``tokens`` ("for" in "a spokesman for Bernie Sanders")."""
    at = len(tokens) - 1
    while at > 0 and (tokens[at - 1].pos_ == "PROPN" or tokens[at - 1].text == "."):
        at -= 1
    return tokens[at - 1] if at > 0 else None
