"""Who a sentence's subject pronouns and definite descriptions stand for, when the sentence
itself does not name them.

A card asks one sentence out of its article: "He said the company's figures …" is no question
once "he" and "the company" have lost the paragraph that named them. For each subject or
possessor that is a pronoun (he, she, his, her, it, its, they, their) or a definite
description of an organisation ("the company", "the thrift", "the bank"), and whose
antecedent the sentence does not hold, this finds the person or organisation meant:

- he/she/his/her: the person the preceding text is about, as quote speakers are resolved
  (``speakers.resolve_pronoun``: the last speaker or main-clause subject, gender from the
  first-name lists, "Mr."/"Ms." and the article's own pronouns) — unless a sentence between
  that person's last mention and the pronoun has as its main subject another person the person
  list missed there — someone it knows, or the last word of a name the tagger marked a person
  earlier (a sentence-opening "Sanders," tagged a common noun, "Kopp, 44," a place): the text
  moved on to them, so no name (no card);
- "the company", "the bank": the nearest organisation named before whose own name ends in
  that noun ("Government Development Bank" for "the bank"), else, for a noun of
  ``constants.ORG_HEAD_NOUNS``, the nearest organisation named before as a subject or a
  possessor (what the text is about);
- it/its: the subject of the nearest earlier sentence that has one of its own kind; an
  organisation or a place gives the name, a thing ("The plan … It will cost") gives none;
- they/their: a group named as the subject just before ("Republicans"), or two people.

- him/her (objects): the one person of that gender the sentence and the few before it name,
  never the subject of the pronoun's own verb; it/them as objects are never named;
- "the company" described by an adjective that makes it one the story's events form
  (``constants.FORMED_ORG_MODIFIERS``: "the combined company", "the new company"): no name;
- "the company" and its kind in any position, a trade before it ("the restaurant operator")
  not saying which, a name ending in its noun used only for the bare noun ("the bank"); a
  description by trade (``constants.TRADE_HEAD_NOUNS``, "-maker") stays one with a place
  before it or an "of" + common noun after it ("the Rockford, Ill., maker of fasteners");
- a noun that is always somebody's (``constants.RELATIONAL_NOUNS``: "Revenue was ____",
  "Third-quarter results …") as a subject with no owner written: the organisation the text
  is about, when one is named most before it, near it, and is a business —
  "[Reed International's] revenue was ____" — else no name (no card).

An organisation the article writes with "the" ("the Supreme Court") keeps it in the bracket.

The other words that lean on the text before — "that year", "Neither", "the poll" — are
``context_mentions``', "three days later" ``time_anchors``'; each sentence's words go to whichever of the two owns them.

Each is a ``Reference`` (plain data, character offsets); ``name`` is None when no antecedent
is safe to name — the card then cannot say whom it is about (``items.wording`` drops it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_ROLES,
    FORMED_ORG_MODIFIERS,
    GENERIC_ORG_NOUNS,
    NON_BUSINESS_HEADS,
    OBJECT_PRONOUNS,
    ORG_HEAD_NOUNS,
    PERSON_NOUNS,
    PERSONS_ORG_NOUNS,
    RELATIONAL_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TRADE_HEAD_NOUNS,
    UNNAMED_SPEAKERS,
)
from quizgen.extract.bound_pronouns import told_genders
from quizgen.extract.context_mentions import (
    NounHistory,
    connective_reference,
    context_reference,
    dateline_here,
    elided_subject,
    first_person,
    given_reference,
    quoted_demonstrative,
    relative_year,
    set_off,
)
from quizgen.extract.dates import prose_sentences
from quizgen.extract.marks import find_pieces
from quizgen.extract.people import PersonIndex
from quizgen.extract.speakers import is_main_subject, resolve_pronoun, title_fits
from quizgen.extract.time_anchors import unanchored_time
from quizgen.facts.records import Mention, Reference
from quizgen.ingest.articles import Article, dateline_place
from quizgen.nlp import follows_line_break

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "poss"])
# Verbs of "it is clear that …", "it seems …", "it took years to …": an "it" of no referent.
_EXPLETIVE_HEADS = frozenset(["be", "seem", "appear", "remain", "take", "make", "become", "look", "sound", "feel", "happen", "matter", "cost"])
_CLAUSAL = frozenset(["ccomp", "xcomp", "csubj", "csubjpass"])
PERSON_HEADS = PERSON_NOUNS | ANAPHORIC_ROLES | UNNAMED_SPEAKERS | ROLE_WORDS
# Contracted verbs after a pronoun ("He's", "they'd"): written out after a name.
_CLITICS = {("'s", "be"): "is", ("'s", "have"): "has", ("'d", "would"): "would", ("'d", "have"): "had", ("'ll", "will"): "will", ("'re", "be"): "are", ("'ve", "have"): "have", ("'m", "be"): "am"}
# Nouns of a stretch of time ("Sales in the latest period", "for the full year").
PERIOD_NOUNS = frozenset(["period", "quarter", "year", "half", "month", "months", "week", "season", "term", "fiscal"])
_NAME_JOINERS = frozenset(["of", "and", "&", "the", "for", "de", "du", "la"])
# Words that turn a text from the person it was about to another ("But the front-runner …").
_CONTRASTING = frozenset(["but", "meanwhile", "however", "instead", "yet", "though", "still"])
SENTENCES_BACK = 3  # how many sentences before an "it" or "they" may hold its antecedent


def org_head(lemma: str) -> bool:
    """Whether a noun names a kind of organisation ("company", "automaker")."""
    return lemma in ORG_HEAD_NOUNS or lemma in TRADE_HEAD_NOUNS or (lemma.endswith("maker") and len(lemma) > 5)


def extract_references(
    doc: Doc, *, article: Article, mentions: list[Mention], speakers: list[tuple[int, str]] = ()
) -> Iterator[Reference]:
    """The references of the article's prose whose sentence does not name what they stand for.

    ``mentions`` are the article's people; ``speakers`` (where, who) its attributed quotations.
    """
    resolver = _Resolver(doc, article=article, mentions=mentions, speakers=list(speakers))
    # Quoted words are the speaker's, "he" in them someone the speaker means: left as said.
    # A quotation may run over several sentences and paragraphs (``marks.find_pieces``).
    pieces = find_pieces(article.body, [(b.start, b.end) for b in article.text_blocks()])
    quoted = sorted((p.start, p.end) for p in pieces)
    starts = [s for s, _ in quoted]
    history = NounHistory()  # the nouns of the sentences before, for "the poll", "the primary"
    place = dateline_place(article)
    sentences = list(prose_sentences(doc, article))
    resolver.lede_end = sentences[0].end_char if sentences else 0
    for sent in sentences:
        named: set[tuple[str, str | None]] = set()
        covered = -1  # the end of the last reference: "that year" is one, not two
        opening = connective_reference(sent)
        at = bisect_right(starts, sent.start_char) - 1
        if opening is not None and not (at >= 0 and sent.start_char < quoted[at][1]):
            covered = opening.end
            yield opening
        for tok in sent:
            at = bisect_right(starts, tok.idx) - 1
            if tok.idx < covered:
                continue
            if at >= 0 and tok.idx < quoted[at][1]:
                found = quoted_demonstrative(tok)
                if found is not None:  # "hasn’t given this issue much thought": which issue?
                    covered = found.end
                    yield found
                continue
            found = (
                relative_year(tok, article.published) or unanchored_time(tok, sent)
                or dateline_here(tok, place) or first_person(tok) or elided_subject(tok)
            )
            if found is not None:
                pass  # "this year" → "[2016]", "said here" → "said [in Budapest]", "I got …" → no card
            elif resolver.owns(tok):
                found = resolver.reference(tok, sent) or given_reference(tok, sent, history=history)
            else:
                found = context_reference(tok, sent, history=history)
            if found is not None and found.kind == "thing" and found.name is None:
                named_person = resolver.described_subject(tok, sent, sentences)
                if named_person is not None:  # "The Democratic front-runner will propose …"
                    found = replace(found, name=named_person, kind="person")
            if found is None:
                continue
            covered = found.end
            if not found.name or (found.kind, found.name) not in named:  # a word left out ("also") each time
                named.add((found.kind, found.name))  # "[Ann Lee's] company …, she added": named once
                yield found
        history.add(sent, resolver.resolved)  # "The thrift announced a plan": whose plan


class _Resolver:
    def __init__(self, doc: Doc, *, article: Article, mentions: list[Mention], speakers: list[tuple[int, str]]):
        self.doc = doc
        self.mentions = mentions
        self.index = PersonIndex(mentions, text=article.body)
        self.speakers = speakers
        self.orgs = [e for e in doc.ents if e.label_ == "ORG" and _bare(e.text)[:1].isupper()]
        self.places = [e for e in doc.ents if e.label_ in ("ORG", "GPE") and _bare(e.text)[:1].isupper()]
        self.resolved: dict[int, str | None] = {}  # token index → the organisation it stands for
        self.lede_end = 0  # where the article's first sentence ends: what the story is about
        self._determiners: dict[str, bool] = {}  # name → whether the article writes "the" before it
        self.apostrophe = "’" if "’" in doc.text else "'"  # the article's own, for "[Ann Lee’s]"
        # Words of people's full names ("Kander" of Jason Kander), not lone names the tagger
        # also calls people ("Kellogg")
        self.person_words = {w for m in mentions if " " in m.name for w in m.name.split()}
        # Words the article also writes in lower case: a capitalised one of these is no name.
        self.common_words = {t.text for t in doc if t.is_lower}
        # Capitalised words the article writes after "a"/"an" ("a conservative super PAC"): kinds.
        self.kind_words = {
            t.lower_ for t in doc
            if t.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        }

    def _org_like(self, name: str) -> bool:
        """A name an organisation goes by: not a bare kind ("Party") nor a word of a person's
        name the tagger took for an organisation ("Kander" for Jason Kander)."""
        words = name.split()
        if not words or name.lower() in ORG_HEAD_NOUNS or not _name_word(words[0]):
            return False
        if not all(_name_word(w) or w.lower() in _NAME_JOINERS for w in words):
            return False
        return len(words) > 1 or name not in self.person_words

    def owns(self, tok: Token) -> bool:
        """Whether ``tok`` is this resolver's to name: a subject or possessor pronoun, an object
        pronoun, or a noun that may describe an organisation ("the company")."""
        if tok.tag_ in ("PRP", "PRP$"):
            return tok.lower_ in SUBJECT_PRONOUNS or tok.lower_ in OBJECT_PRONOUNS
        if _ownerless(tok):
            return True
        if self._kind_word(tok) or _staff_of_a_kind(tok):
            return True
        return tok.pos_ == "NOUN" and tok.tag_ == "NN" and (
            org_head(tok.lemma_.lower()) or any(e.root.lower_ == tok.lower_ for e in self.orgs)
        )

    def reference(self, tok: Token, sent: Span) -> Reference | None:
        lower = tok.lower_
        if _either_gender(tok):
            return None  # "he or she is at least 35 years old": anyone, no one to name
        if tok.tag_ == "PRP" and tok.dep_ not in SUBJECT_DEPS and lower in OBJECT_PRONOUNS:
            return self._object(tok, sent, OBJECT_PRONOUNS[lower])
        if _garbled(tok):
            return self._ref(tok, None, "garbled", possessive=False)  # "after they boat sank": no card
        if tok.tag_ in ("PRP", "PRP$") and lower in SUBJECT_PRONOUNS:
            kind = SUBJECT_PRONOUNS[lower]
            possessive = tok.tag_ == "PRP$" or tok.dep_ == "poss"
            if kind in ("m", "f"):
                found = self._person(tok, sent, kind, possessive)
            elif kind == "org":
                found = self._it(tok, sent, possessive)
            else:
                found = self._they(tok, sent, possessive)
            return self._with_clitic(tok, found)
        if _ownerless(tok):
            return self._owner(tok, sent)
        if self._kind_word(tok):
            return self._kind_description(tok, sent)
        if _staff_of_a_kind(tok):
            return self._description(tok, sent, staff=True)
        if tok.pos_ == "NOUN" and tok.tag_ == "NN":
            return self._description(tok, sent)
        return None

    # --- the front-runner (a person by role) ------------------------------------------------

    def described_subject(self, tok: Token, sent: Span, sentences: list[Span]) -> str | None:
        """"Clinton plans to call for … The Democratic front-runner will propose …": a
        definite description by role (``ANAPHORIC_ROLES``) as the main subject of its sentence,
        right after a sentence whose main subject is a person, names that person — when no
        other person is named between them, the sentence does not open a quotation, and a title
        in the description fits a title the article gives the person (``speakers.title_fits``:
        "the senator" is not the governor). Else None (no card, as before)."""
        hyphened = tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
        lemma = (tok.doc[tok.i - 2].lower_ + "-" + tok.lemma_.lower()) if hyphened else tok.lemma_.lower()
        if tok.tag_ != "NN" or lemma not in ANAPHORIC_ROLES or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if tok.head.dep_ != "ROOT" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(t.is_quote for t in sent) or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.children):
            return None  # "the chairman of the county party", "the senator who …": someone new
        if any(t.lower_ in _CONTRASTING for t in sent[: max(0, tok.head.i - sent.start)] if t.dep_ in ("advmod", "cc")):
            return None  # "The front-runner, meanwhile, …": the text turns to another person
        at = next((i for i, s in enumerate(sentences) if s.start == sent.start), 0)
        if at == 0:
            return None
        previous = sentences[at - 1]
        people = [m for m in self.mentions if previous.start_char <= m.start < tok.idx]
        subjects = [m for m in people if m.start < previous.end_char and self._about(m)]
        if len(subjects) != 1:
            return None
        full = self.index.of_mention(subjects[0], settled=True)
        if full is None or " " not in full:
            return None
        if any(self.index.of_mention(m, settled=True) != full for m in people):
            return None  # "Clinton met Sanders. The senator …": which one, the text does not say
        roles = [m.role for m in self.mentions if m.role and self.index.of_mention(m) == full]
        if not title_fits(tok, lemma, roles):
            return None
        return full

    def _about(self, mention: Mention) -> bool:
        """Whether a sentence is about the person ``mention`` names: the subject of its main
        verb, or of the clause a reporting verb after it reports ("Clinton plans to call for
        …, the campaign said")."""
        if is_main_subject(self.doc, mention):
            return True
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = span.root.head
        return (
            verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i
            and verb.head.lemma_.lower() in REPORTING_VERBS
        )

    # --- revenue, shares (whose?) -----------------------------------------------------------

    def _owner(self, tok: Token, sent: Span) -> Reference | None:
        """"Revenue was ____" → "[Acme's] revenue was ____": the business the text is about,
        named most before the noun and in its sentence's reach; unnamed when that is unsure."""
        if any(
            t.ent_type_ in ("ORG", "GPE", "NORP") or (t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME"))
            or (t.tag_ in ("PRP", "PRP$") and t.lower_ in SUBJECT_PRONOUNS and t.i < tok.i) or t.i in self.resolved
            or (org_head(t.lemma_.lower()) and any(c.lower_ == "the" for c in t.children))
            for t in sent
            if t.i != tok.i
        ):
            return None  # "Revenue rose, Acme said", "Profits fell, the company said": the sentence says whose
        first = tok.left_edge
        # "Revenue" → "[Acme's] revenue", "Quarterly" → "quarterly"; a name keeps its capital;
        # "The turnover" → "[Acme's] turnover"
        named = first.ent_type_ not in ("", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
        word = first.text if named or first.text.isupper() else first.text[:1].lower() + first.text[1:]
        if first.dep_ == "det":
            word = ""
        name = self._main_business(tok, sent)
        end = first.idx + len(first.text)
        return Reference(
            text=first.text, start=first.idx, end=end, name=name, kind="owner",
            possessive=self.apostrophe, verb=word,
        )

    def _main_business(self, tok: Token, sent: Span) -> str | None:
        """The organisation named most often before ``tok``, when no other is named as often,
        the sentences just before name it and no other (or, naming none, the lede names it), and
        its name is a business's."""
        named = [e for e in self._before(self.orgs, tok.idx) if self._org_like(_bare(e.text))]
        counts = Counter(self._org_name(e) for e in named)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        best = ranked[0][0]
        near = self._near(sent)
        nearby = {self._org_name(e) for e in named if e.start_char >= near}
        if (nearby and nearby != {best}) or self._other_subject_near(best, sent):
            return None  # "At EDS, profit jumped … Revenue rose": the paragraph is about another
        if not nearby and not any(self._org_name(e) == best and e.end_char <= self.lede_end for e in named):
            return None  # named long before, not in the lede: the paragraph may be about another
        if best.split()[-1].lower() in NON_BUSINESS_HEADS:
            return None  # "the Democratic Party's revenue": not what the sentence means
        return best

    # --- him, her, them, it (objects) --------------------------------------------------------

    def _object(self, tok: Token, sent: Span, kind: str) -> Reference | None:
        """"Joining him at …": a person as he/she are; a thing or a group only when the
        sentence has no noun before it that it may stand for (then it cannot be named)."""
        if kind in ("m", "f"):
            found = self._person(tok, sent, kind, possessive=False)
            if found is not None:  # "Brown endorsed her" after Clinton and Romero: not sure
                found = replace(found, name=self._only_one_in_reach(kind, tok, sent))
            return found
        own_subject = _co_subject_tokens(tok)  # "Estimates from traders put it at …": not them
        earlier = [t for t in sent.doc[sent.start : tok.i] if t.i not in own_subject]
        if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in earlier):
            return None  # "The bill passed the House, but the Senate rejected it"
        if kind == "plural":
            return self._they(tok, sent, possessive=False)
        return self._ref(tok, None, "org", possessive=False)  # "approved it": a thing unnamed

    # --- he, she ----------------------------------------------------------------------------

    def _person(self, tok: Token, sent: Span, gender: str, possessive: bool) -> Reference | None:
        before = [m for m in self.mentions if sent.start_char <= m.start < tok.idx and not _co_argument(tok, m)]
        fitting = [m for m in before if self.index.gender(self._full(m)) in ("?", gender)]
        # "With Bush and Rubio still in the mix, he …": one person is not a pair named together
        # (an object "him" is left as before: "He needs Kasich's and Bush's voters to back him")
        in_pairs = [m for m in fitting if _coordinated(self.doc, m)] if tok.dep_ in SUBJECT_DEPS else []
        if len(in_pairs) < len(fitting):
            return None  # "Trump said his plan …": the sentence names him
        paired = {self._full(m) for m in in_pairs}
        own_subject = _co_subject_tokens(tok)  # "A pastor, Tom Reed, introduced her": not her
        pair = {t.i for m in in_pairs for t in self.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
        earlier = [t for t in sent.doc[sent.start : tok.i] if t.i not in own_subject and t.i not in pair]
        if any(
            (t.pos_ == "NOUN" and t.tag_ != "NNS" and (t.lemma_.lower() in PERSON_HEADS or _described_by_who(t)))  # "Analysts say she …": not them
            or (t.ent_type_ == "NORP" and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("amod", "compound"))
            for t in earlier
        ):
            return None  # "a memorial for the physician, … after he was killed", "an American Muslim and his wife"
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ in ("", "PERSON")
            and not (t.tag_ == "NNS" and t.lemma_.lower() in PERSON_HEADS)  # "Analysts say she …": people, not a name
            and (t.pos_ == "PROPN" or (t.is_title and t.lower_ not in self.common_words))
            for t in earlier
        ):
            return None  # "Howes had been working … when he was abducted" (a name the tagger missed)
        after = [m for m in self.mentions if tok.idx < m.start < sent.end_char and not _co_argument(tok, m)]
        if _fronted_clause(tok, complements=False) and any(self.index.gender(self._full(m)) in ("?", gender) for m in after):
            return None  # "Now that he is the nominee, Donald Trump …": named in the main clause
        found = resolve_pronoun(
            tok, mentions=self.mentions, index=self.index, gender=gender, speakers=self.speakers,
            narration=not _reports_speech(tok),
        )
        name = found[0] if found else None
        if name is not None and self._missed_subject_since(name, tok, sent):
            name = None  # "Rosenberg said … \n Sanders, accordingly, is counting … His plan …"
        if name in paired:
            name = None  # one of the pair, but the pronoun does not say which
        if name is not None and any(self._full(m) == name and _co_argument(tok, m) for m in self.mentions):
            name = None  # "Lewandowski went after him": not Lewandowski, and the text says not whom
        if name is not None and any(self._full(m) == name for m in after):
            commanded = set(range(tok.head.left_edge.i, tok.head.right_edge.i + 1))
            if _fronted_clause(tok, complements=False) or not any(
                self._full(m) == name and self.doc.char_span(m.start, m.end, alignment_mode="expand")[0].i in commanded
                for m in after
            ):
                return None  # "Before he left, Trump said …", "It wasn't until he left that Trump …": named later
            # "He has spoken with Elian …": the pronoun is not the one its own clause names
            # after it, so the one found is wrong, and the text does not say whom it means
            name = None
        if name is not None and self.index.gender(name) == "?" and self._other_of_gender(name, gender, tok.idx):
            name = None  # "Charlie Cook wrote … Rep. Ann Kirkpatrick … she released": not sure
        return self._ref(tok, name, "person", possessive)

    def _missed_subject_since(self, name: str, tok: Token, sent: Span) -> bool:
        """Whether a sentence between the last mention of ``name`` and the pronoun's sentence has
        as its main subject another person the person list missed there — someone it knows, or
        the last word of a name the tagger marked a person earlier (the tagger calls a
        sentence-opening "Sanders," a common noun, "Kopp, 44," a place): the text moved on to
        them, so the pronoun is more likely theirs than the one found, and which it is, is not
        safe to say."""
        last = max(
            [m.start for m in self.mentions if m.start < tok.idx and self._full(m) == name]
            + [p for p, n in self.speakers if p < tok.idx and n == name],
            default=-1,
        )
        if last < 0:
            return False
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        for between in self.doc[self.doc.char_span(last, last + 1, alignment_mode="expand").start : sent.start].sents:
            if between.start_char <= last:
                continue
            for subject in _main_subjects(between):
                if subject.idx in covered or not subject.text[:1].isupper() or subject.lower_ in self.common_words:
                    continue
                full = self.index.full_name(subject.text, before=subject.idx + 1)
                if full in self.index.full_names and full != name:
                    return True
                if subject.text != name.split()[-1] and any(
                    e.label_ == "PERSON" and e.end <= subject.i and e[-1].text == subject.text for e in self.doc.ents
                ):
                    return True  # "activist James Kopp … Kopp, 44, … became": a person the list left out
        return False

    def _ref(self, tok: Token, name: str | None, kind: str, possessive: bool) -> Reference:
        end = tok.idx + len(tok.text)
        return Reference(tok.text, tok.idx, end, name, kind, possessive=self.apostrophe if possessive else "")

    def _with_clitic(self, tok: Token, found: Reference | None) -> Reference | None:
        """"He's" → "[Ann Lee] has": the contracted verb written out after the name."""
        if found is None or found.possessive or tok.i + 1 >= len(self.doc):
            return found
        after = self.doc[tok.i + 1]
        clitic = after.lower_.replace("’", "'")
        lemma = after.lemma_.lower()
        if clitic == "'s" and after.head.tag_ == "VBN":
            # "He's supported a bill" (perfect) against "he's expected to", "she's backed by"
            # (passive): the parser mixes them up; an agent or a following "to" says passive.
            passive = any(c.dep_ in ("agent", "xcomp") for c in after.head.children)
            lemma = "be" if passive else "have"
        word = _CLITICS.get((clitic, lemma))
        if after.idx != found.end or word is None:
            return found
        end = after.idx + len(after.text)
        return replace(found, end=end, text=self.doc.text[found.start : end], verb=word)

    def _only_one_in_reach(self, gender: str, tok: Token, sent: Span) -> str | None:
        """The one person of ``gender`` (or of unknown gender) the sentence or the few before
        it name, other than the subject of the object pronoun ``tok``'s own verb; None if
        none or several. An object pronoun ("endorsed her") follows no speaker or subject the
        way "she said" does, so it is named only when nobody else fits."""
        since = min((s.start_char for s in self._sentences_before(sent)), default=sent.start_char)
        told = told_genders(self.doc, mentions=self.mentions, index=self.index)
        people = {
            self._full(m)
            for m in self.mentions
            if since <= m.start < tok.idx and not _co_argument(tok, m) and self.index.gender(self._full(m)) in ("?", gender)
        }
        # "Men support Sanders by 4 points. Women back him …": a surname of someone the article
        # names, which the person list missed here, is a person in reach all the same
        people |= {
            family[0]
            for t in self.doc[self.doc.char_span(since, tok.idx, alignment_mode="expand").start : tok.i]
            if t.pos_ in ("PROPN", "NOUN") and t.is_title and not t.is_sent_start  # "support Sanders" tagged a noun
            and not any(m.start <= t.idx < m.end for m in self.mentions)
            and len(family := self.index.family(t.text)) == 1 and self.index.gender(family[0]) in ("?", gender)
        }
        # "Women back him": not Hillary Clinton, whose first name tells no gender but whose
        # own pronouns in the text do
        people = {p for p in people if self.index.gender(p) != "?" or told.get(p, gender) == gender}
        return people.pop() if len(people) == 1 else None

    def _other_of_gender(self, name: str, gender: str, at: int) -> bool:
        """Whether someone of ``gender`` is named after ``name``'s last mention before ``at``."""
        last = max((m.start for m in self.mentions if m.start < at and self._full(m) == name), default=-1)
        return any(
            last < m.start < at and self._full(m) != name and self.index.gender(self._full(m)) == gender
            for m in self.mentions
        )

    def _full(self, m: Mention) -> str:
        return self.index.full_name(m.name, before=m.start + 1) or m.name

    # --- it ---------------------------------------------------------------------------------

    def _it(self, tok: Token, sent: Span, possessive: bool) -> Reference | None:
        if not possessive and _expletive(tok):
            return None
        earlier = sent.doc[sent.start : tok.i]
        if possessive and any(t.pos_ in ("NOUN", "PROPN") for t in earlier):
            return None  # "the plan and its cost": its antecedent is in the sentence
        if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") for t in earlier) or any(
            e.start_char >= sent.start_char for e in self._before(self.places, tok.idx)
        ):
            return None  # "The company said it would …"
        opens = all(t.is_space for t in sent.doc[sent.start : tok.i])
        if _fronted_clause(tok) and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME")
            and (not opens or any(a.dep_ in ("nsubj", "nsubjpass") for a in (t, *t.ancestors)))
            for t in sent.doc[tok.i + 1 : sent.end]
        ):
            # "Led by its Cheerios line, General Mills has gained …", "It will close the plant,
            # Acme said": a name after it says what it is. An "It" opening the sentence is the
            # subject of a main clause the parse hung below a later one ("It has said it hopes to
            # control 5% of jewelry business in the U.S. …; currently it controls 2%"): only a
            # subject after it can be what it means, never "the U.S."
            return None
        name = self._earlier_subject(tok, sent)
        self.resolved[tok.i] = name
        return self._ref(tok, name, "org", possessive)

    def _earlier_subject(self, tok: Token, sent: Span) -> str | None:
        """The organisation or place the nearest earlier sentence with a subject of its kind
        is about; None when that subject is a thing or nothing fits."""
        for earlier in self._sentences_before(sent):
            for subject in _main_subjects(earlier):
                if subject.i in self.resolved:
                    return self.resolved[subject.i]
                if _thing_object(subject):
                    return None  # "X launched an ad. It slams …": X or the ad
                described = any(c.dep_ == "appos" and org_head(c.lemma_.lower()) for c in subject.children)
                ent = _entity(subject, self.orgs)
                if ent is not None:
                    return self._org_name(ent) if self._org_like(_bare(ent.text)) else None
                if subject.pos_ == "PROPN" and (described or subject.ent_type_ not in ("PERSON", "GPE", "NORP")):
                    # "First of America"; "Phoenix, a maker of software" (tagged a place)
                    name = _bare(_proper_chain(subject).text)
                    if (len(name.split()) > 1 or described) and self._org_like(name):
                        return self._with_the(self._fuller(name))
                    return None
                if subject.ent_type_ in ("GPE", "NORP"):
                    return None  # a country's "it" is too easily something else's
                if subject.ent_type_ == "PERSON" or subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PRON":
                    continue  # people and plurals: not the "it" of a card
                if subject.pos_ == "NOUN":
                    return None  # "The plan … It will cost": a thing the card cannot name
        return None

    # --- they -------------------------------------------------------------------------------

    def _they(self, tok: Token, sent: Span, possessive: bool) -> Reference | None:
        earlier = sent.doc[sent.start : tok.i]
        if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in earlier):
            return None  # "Democrats said they …", "35 percent said they …": the sentence says who
        name = None
        for before in self._sentences_before(sent):
            subjects = _main_subjects(before)
            if not subjects:
                continue
            subject = subjects[0]
            people = [subject, *(c for c in subject.children if c.dep_ == "conj")]
            if subject.ent_type_ == "NORP" and subject.tag_ in ("NNPS", "NNS"):
                name = subject.text
            elif len(people) == 2 and all(p.ent_type_ == "PERSON" for p in people):
                named = [self._person_at(p) for p in people]
                name = " and ".join(named) if all(named) else None  # type: ignore[arg-type]
            break
        return self._ref(tok, name, "group", possessive)

    def _person_at(self, tok: Token) -> str | None:
        for m in self.mentions:
            if m.start <= tok.idx < m.end:
                return self._full(m)
        return None

    # --- the company ------------------------------------------------------------------------

    def _description(self, tok: Token, sent: Span, *, staff: bool = False) -> Reference | None:
        """"The thrift said …" → "[Columbia Savings] said …"; with ``staff``, the kind word
        before a plural role noun ("Thrift officials said …" → "[Columbia Savings] officials
        said …"), the organisation whose people they are."""
        children = list(tok.children)
        # "The giant foods, tobacco and brewing company said …": the parse may hang the kind noun
        # on the first trade word as an apposition; "the" and the subject's place are that word's
        lead = tok.head if _trade_list_head(tok) else tok
        if not (staff or any(c.dep_ == "det" and c.lower_ == "the" for c in lead.children)) or (
            tok.ent_type_ and not _common_entity(tok)
        ):
            return None
        head = tok.lemma_.lower()
        trade = head in TRADE_HEAD_NOUNS or (head.endswith("maker") and len(head) > 5)
        trade_words = [c for c in children if trade and _trade_words(c)]
        if any(_says_which(c) for c in children if c not in trade_words) or any(
            c.dep_ == "prep" and (c.lower_ == "of" or any(g.ent_type_ for g in c.subtree))
            for c in children
            if c not in trade_words
        ):
            return None  # "the bank of Japan", "the company that …", "the Bethlehem unit": says which
        # "the bank" after "Government Development Bank of Puerto Rico": the name's head noun
        # "the bank" after "Government Development Bank"; not "the investor group" after
        # "Wilson Investment Group": words of its own say it describes something else
        described = any(c.dep_ in ("compound", "amod", "nmod") for c in children)
        same_head = [] if described else [e for e in self._before(self.orgs, tok.idx) if e.root.lower_ == tok.lower_]
        if not same_head and not org_head(head):
            return None
        described_by = {t.i for c in trade_words for t in c.subtree}  # "the Rockford, Ill., maker"
        if any(
            e.start_char >= sent.start_char and e.root.i not in described_by for e in self._before(self.orgs, tok.idx)
        ) or _proper_noun_before(tok, sent, ignore=described_by):
            return None  # "Valley Federal said the thrift …", "Acme chief … after the company lost …"
        if head in PERSONS_ORG_NOUNS and any(m.start >= sent.start_char for m in self.mentions if m.start < tok.idx):
            return None  # "Clinton fundraisers … for the campaign": the person's
        named = [e for e in self._before(self.orgs, tok.idx) if self._org_like(_bare(e.text))]
        same_head = [e for e in same_head if e in named]
        salient = [e for e in named if _salient(e)]
        name: str | None = None
        if same_head:  # the one the text is about first ("the bank": the bank that acted)
            name = self._org_name(([e for e in same_head if _salient(e)] or same_head)[-1])
        elif head not in GENERIC_ORG_NOUNS and not head.endswith("maker"):
            name = None  # "the foundation", "the committee": its name says so, and none did
        elif (tok.head if staff else lead).dep_ not in SUBJECT_DEPS:
            name = None  # "the value of the company": what the text is about may not be it
        elif salient and _reported_subject(salient[-1]) and (
            [self._org_name(e) for e in salient if not _reported_subject(e)][-1:] != [self._org_name(salient[-1])]
        ):
            name = None  # "Nashua said Reiss & Co. filed …. The company said": Nashua's news, not Reiss's
        elif salient:
            name = self._org_name(salient[-1])
        elif named:  # the organisation the text before names most ("U.S. Trust … the company's")
            counts = Counter(self._org_name(e) for e in named)
            best = max(counts.values())
            name = next(self._org_name(e) for e in reversed(named) if counts[self._org_name(e)] == best)
        if name is not None and not same_head and any(c.dep_ in ("relcl", "acl") and set_off(c) for c in children):
            name = None  # "The company - which partners with …": an aside, and no name ending in its noun
        if name is not None and any(c.dep_ == "amod" and c.lower_ in FORMED_ORG_MODIFIERS for c in children):
            name = None  # "The final combined company is expected …": the merger's, not the last named
        if name is not None and not same_head and self._other_name_just_before(name, sent):
            name = None  # "Primerica, which had owned 70% of Williams, … The company will pay": not Williams
        if name is not None and trade_words and len({self._org_name(e) for e in named if e.start_char >= self._near(sent)}) > 1:
            name = None  # "Tony Lama … Equus … The El Paso maker of boots": the trade says which, not the text
        self.resolved[tok.i] = name
        start = lead.left_edge.idx
        last = max([tok, *(c.right_edge for c in trade_words if c.i > tok.i)], key=lambda t: t.i)
        end = last.idx + len(last.text)
        possessive = ""
        after = self.doc[last.i + 1] if last.i + 1 < len(self.doc) else None
        if after is not None and after.dep_ == "case" and after.idx == end and after.text[:1] in "'’":
            # "The insurer's earnings" → "[Travelers Corp.'s] earnings", not "[Travelers Corp.]'s"
            possessive, end = after.text[:1], after.idx + len(after.text)
        return Reference(text=self.doc.text[start:end], start=start, end=end, name=name, kind="org", possessive=possessive)

    def _kind_word(self, tok: Token) -> bool:
        """Whether ``tok`` is a capitalised word used as a kind of organisation after "the":
        the article also writes it after "a"/"an" ("a conservative super PAC … the super PAC"),
        so it is a kind, not a name ("the FBI", "the Senate")."""
        if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        if any(c.dep_ in ("compound", "poss", "appos") or (c.i < tok.i and c.pos_ == "PROPN") for c in tok.children):
            return False  # "the Our Principles PAC", "the PAC, Priorities USA Action": a name says which
        return tok.lower_ in self.kind_words

    def _kind_description(self, tok: Token, sent: Span) -> Reference | None:
        """"The super PAC has spent …" → "[Our Principles PAC] has spent …": the one
        organisation named before whose name ends in the kind word; no name (no card) when
        none or several do. None when its sentence names an organisation before it."""
        if any(e.start_char >= sent.start_char for e in self._before(self.orgs, tok.idx) if e.root.i != tok.i) or (
            _proper_noun_before(tok, sent, ignore={c.i for c in tok.subtree})
        ):
            return None  # "Our Principles PAC said the super PAC …": the sentence names it
        if any(c.dep_ in ("relcl", "acl", "prep") and not set_off(c) for c in tok.children):
            return None  # "the super PAC that backs Cruz", "the PAC of …": says which
        kind = {t.lower_ for t in tok.subtree if t.i <= tok.i}
        names: dict[str, str] = {}
        for e in self._before(self.orgs, tok.idx):
            if {t.lower_ for t in e} <= kind:
                continue  # "Super PAC blasts Trump" (a headline's capitals): the kind, not a name
            if len(e) > 1 and e.root.lower_ == tok.lower_ and self._org_like(_bare(e.text)):
                names.setdefault(_bare(e.text).lower(), self._org_name(e))
        name = next(iter(names.values())) if len(names) == 1 else None
        self.resolved[tok.i] = name
        start = tok.left_edge.idx
        end = tok.idx + len(tok.text)
        return Reference(text=self.doc.text[start:end], start=start, end=end, name=name, kind="org")

    def _near(self, sent: Span) -> int:
        """Where the sentences just before ``sent`` (``_sentences_before``) start."""
        return min((s.start_char for s in self._sentences_before(sent)), default=sent.start_char)

    def _other_subject_near(self, name: str, sent: Span) -> bool:
        """Whether a sentence just before has for a subject a proper name that is not a
        person's and not part of ``name`` ("America West wouldn't identify …", a business the
        tagger did not call an organisation)."""
        for earlier in self._sentences_before(sent):
            for t in earlier:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "DATE", "TIME"):
                    continue
                if self._person_at(t) or (t.i == earlier.start and t.lower_ in self.common_words):
                    continue  # "Net advanced …": a common word capitalised as the sentence opens
                words = _bare(_proper_chain(t).text)
                if words and words not in name and name.removeprefix("the ") not in words:
                    return True
        return False

    def _other_name_just_before(self, name: str, sent: Span) -> bool:
        """Whether the nearest sentence before with a subject has for it a name other than
        ``name`` and other than a person's (an organisation the tagger may have missed)."""
        for earlier in self._sentences_before(sent):
            subjects = _main_subjects(earlier)
            if not subjects:
                continue
            subject = subjects[0]
            if subject.pos_ != "PROPN":
                return False
            words = _bare(_proper_chain(subject).text)
            # "Primerica" (tagged a person) after "Primerica Corp.": an organisation's short name
            in_org_name = any(words in _bare(e.text).split() or _bare(e.text).startswith(words + " ") for e in self.orgs)
            if not in_org_name and (subject.ent_type_ in ("PERSON", "GPE", "NORP") or self._person_at(subject)):
                return False
            return not (words in name or name in words)
        return False

    # --- shared -----------------------------------------------------------------------------

    def _before(self, ents: list[Span], at: int) -> list[Span]:
        return [e for e in ents if e.end_char <= at]

    def _org_name(self, ent: Span) -> str:
        """The organisation as the article first names it in full ("Bethlehem" → "Bethlehem
        Steel Corp." when that came first), with "the" when the article writes it so ("the
        Supreme Court")."""
        return self._with_the(self._fuller(_bare(ent.text), before=ent.start_char))

    def _with_the(self, name: str) -> str:
        """"the " + ``name`` when the article writes "the" before most of its mentions."""
        if name not in self._determiners:
            found = re.findall(r"(?:\b([Tt]he)\s+)?(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.doc.text)
            with_the = sum(1 for m in found if m)
            self._determiners[name] = bool(found) and with_the * 2 > len(found)
        return f"the {name}" if self._determiners[name] else name

    def _fuller(self, text: str, *, before: int | None = None) -> str:
        for other in self.places:
            if before is not None and other.start_char >= before:
                break
            fuller = _bare(other.text)
            if fuller.startswith(text + " ") or fuller.endswith(" " + text):
                return fuller
        return text

    def _sentences_before(self, sent: Span) -> Iterator[Span]:
        """Up to ``SENTENCES_BACK`` sentences before ``sent``, nearest first, within its
        paragraph and the one before."""
        doc, paragraphs = sent.doc, 0
        current = sent
        for _ in range(SENTENCES_BACK):
            if follows_line_break(doc[current.start]):
                paragraphs += 1
                if paragraphs > 1:
                    return
            if current.start == 0:
                return
            current = doc[current.start - 1].sent
            yield current


def _common_entity(tok: Token) -> bool:
    """Whether the tagger's entity around ``tok`` is a description, not a name: "the
    academy" tagged an organisation is all common words, and says no more than its kind."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.root.i == tok.i and all(t.is_lower or t.lower_ == "the" for t in ent)


def _says_which(child: Token) -> bool:
    """Whether a modifier of "the company" says which one: a relative clause not set off by
    a comma, dash or bracket ("the company that …"), an apposition, a possessor, or a name among the words
    before it ("the Bethlehem unit") — not a description of its trade ("the consumer-products
    and newsprint company", "the brewing giant") nor an aside (", which is 61%-owned by …")."""
    if child.dep_ in ("appos", "poss"):
        return True
    if child.dep_ in ("relcl", "acl"):
        return not set_off(child)
    if child.dep_ in ("compound", "amod", "nmod"):
        return any(t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree)
    return False


def _trade_words(child: Token) -> bool:
    """Whether a modifier of a trade noun only says where or what it trades: a place before
    it ("the Rockford, Ill., maker") or "of" + common nouns after it ("maker of fasteners")."""
    if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child.i < child.head.i:
        return all(t.ent_type_ in ("GPE", "") and (t.ent_type_ == "GPE" or t.pos_ != "PROPN") for t in child.subtree)
    if child.dep_ == "prep" and child.lower_ == "of" and child.i > child.head.i:
        return all(not t.ent_type_ and t.pos_ != "PROPN" for t in child.subtree)
    return False


def _says_when(prep: Token) -> bool:
    """Whether a prepositional phrase only says when ("in the latest period", "for the full
    year", "for the third quarter"): its object a date or a period noun, no name or
    possessor other than a date's."""
    if prep.lower_ == "as":  # "Assets as of Sept. 30": "as of" + a date says when
        inner = list(prep.children)
        if len(inner) != 1 or inner[0].lower_ != "of":
            return False
        prep = inner[0]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in ("in", "for", "during", "of") or len(objects) != 1 or (prep.lower_ == "of" and prep.head.lower_ != "as"):
        return False
    obj = objects[0]
    period = obj.ent_type_ == "DATE" or obj.lemma_.lower() in PERIOD_NOUNS
    named = any(
        (t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss") and t.ent_type_ not in ("DATE", "TIME")
        for t in obj.subtree
    )
    return period and not named


def _trade_list_head(tok: Token) -> bool:
    """Whether ``tok``, an organisation's kind noun with no determiner, is parsed as the
    apposition of a plural common noun with "the" just before it in one phrase ("The giant
    foods, tobacco and brewing company": "foods" took "the", "company" hangs on it)."""
    head = tok.head
    if tok.dep_ != "appos" or head.i >= tok.i or head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_:
        return False
    if any(c.dep_ in ("det", "poss") for c in tok.children) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    between = tok.doc[head.i + 1 : tok.i]
    return all(t.pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT") and t.text not in ("(", "-", "--", "—", "–") for t in between)


def _staff_of_a_kind(tok: Token) -> bool:
    """Whether ``tok`` is a kind of organisation before a plural role noun with nothing else
    saying whose ("Thrift officials said …", "company executives expect …"): the people of an
    organisation the text named before, which a card read alone does not say."""
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or head.tag_ != "NNS" or head.lemma_.lower() not in PERSON_HEADS:
        return False
    if not org_head(tok.lemma_.lower()) or tok.ent_type_ or any(True for _ in tok.children):
        return False
    return not any(
        c.dep_ in ("det", "poss", "appos", "prep", "relcl", "acl", "nmod") or (c.dep_ in ("compound", "amod") and c.i != tok.i)
        for c in head.children
    )


def _ownerless(tok: Token) -> bool:
    """Whether ``tok`` is a noun that is always somebody's ("revenue", "shares") standing as
    a subject with no owner written: no determiner but "the", no possessor, "of …" or name
    before it."""
    # "Net rose …": the tagger may call a sentence-opening "Net" an adjective, or a proper noun
    # for its capital ("Net advanced to $94.2 million"): the first word of its sentence
    opening_capital = tok.pos_ == "PROPN" and tok.i == tok.sent.start and tok.ent_type_ == ""
    if (tok.pos_ not in ("NOUN", "ADJ") and not opening_capital) or tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in ("", "DATE"):
        return False
    if tok.lower_ not in RELATIONAL_NOUNS and tok.lemma_.lower() not in RELATIONAL_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ == "the" and c.i == tok.left_edge.i:
            continue  # "The average daily turnover was ____": still nobody's named
        if c.dep_ in ("det", "poss", "relcl", "acl", "appos", "nmod", "predet"):
            return False
        if c.dep_ == "prep" and not _says_when(c):
            return False  # "Sales of cars", "Revenue at the unit", "Volume on the exchange"
        if c.dep_ in ("compound", "amod") and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in c.subtree
        ):
            return False  # "IBM shares", "Japanese output"
        if c.dep_ in ("compound", "amod") and any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in c.subtree):
            return False
    return True


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, and no "-based" tail ("Mich.-based" is not)."""
    return word[:1].isupper() and not any(part[:1].islower() for part in word.split("-")[1:])


def _proper_noun_before(tok: Token, sent: Span, *, ignore: set[int] = frozenset()) -> bool:
    """Whether the sentence names something before ``tok`` the tagger may not have labelled
    an organisation ("Acme chief executive …"): a proper noun outside people's names and dates."""
    for t in sent.doc[sent.start : tok.i]:
        if t.i in ignore or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.ent_type_ == "PERSON" and not _owns_relational(t):
            continue
        if t.pos_ == "PROPN":
            return True
        # A capitalised first word the tagger took for a verb or an adjective ("Acme chief
        # executive …"): a name, as news sentences do not open with those.
        if t.i == sent.start and t.is_title and t.pos_ in ("VERB", "ADJ", "X") and not t.is_stop:
            return True
    return False


def _owns_relational(tok: Token) -> bool:
    """A name the tagger calls a person's standing before a noun only a business has
    ("Twitter shares", "Acme revenue"): an organisation's name there, whatever the label."""
    head = tok.head
    return tok.dep_ == "compound" and head.pos_ == "NOUN" and (
        head.lemma_.lower() in RELATIONAL_NOUNS or head.lower_ in RELATIONAL_NOUNS
    )


def _proper_chain(tok: Token) -> Span:
    """The proper name ``tok`` heads: its run of name words, with "of"/"&" inside it."""
    doc, sub = tok.doc, {t.i for t in tok.subtree}

    def inside(i: int) -> bool:
        t = doc[i]
        return i in sub and (_name_word(t.text) and t.pos_ == "PROPN" or t.lower_ in ("of", "&"))

    start, end = tok.i, tok.i + 1
    while start - 1 >= 0 and inside(start - 1):
        start -= 1
    while end < len(doc) and inside(end):
        end += 1
    while end - 1 > tok.i and doc[end - 1].lower_ in ("of", "&"):
        end -= 1
    return doc[start:end]


def _bare(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^[Tt]he\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


_NOMINATIVE = frozenset(["he", "she", "they"])


def _garbled(tok: Token) -> bool:
    """Whether a subject pronoun stands where the source slipped ("after they boat sank" for
    "their boat"): the parser hangs it on the next word, itself the subject of another verb,
    or makes it a possessor. A question copying the slip is not well formed."""
    if tok.tag_ != "PRP" or tok.lower_ not in _NOMINATIVE:
        return False
    if tok.dep_ in ("poss", "det"):
        return True
    nxt = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and nxt.i == tok.i + 1 and nxt.dep_ in ("nsubj", "nsubjpass")


def _reports_speech(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb that reports words ("…, he said", "The goal, he
    said, is …", "she said she would"): the antecedent chooser's own case, where the last
    speaker is the safe bet; "He said no to the war" reports none."""
    verb = tok.head
    return verb.lemma_.lower() in SPEECH_VERBS and (
        verb.dep_ in ("parataxis", "ccomp") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    )


def _fronted_clause(tok: Token, *, complements: bool = True) -> bool:
    """Whether ``tok`` sits in a clause put before its sentence's main clause ("Now that he
    is …, Trump said", "Before she left, …"); with ``complements`` False, not a complement or
    a clause set beside the main one ("He calls for …; she calls for …"), whose pronoun looks
    back, not ahead to the main clause's subject."""
    word = tok
    while word.head.head.i != word.head.i:  # up to the child of the sentence's root
        word = word.head
    root = word.head
    beside = () if complements else ("ccomp", "parataxis")
    return word is not tok and word.i < root.i and word.dep_ not in ("nsubj", "nsubjpass", "poss", *beside)


def _co_subject_tokens(tok: Token) -> set[int]:
    """The words of the subject of the verb whose object the pronoun ``tok`` is ("Joining him
    … was Dale Stovall"): a pronoun object never stands for its own verb's subject."""
    if tok.dep_ in SUBJECT_DEPS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _described_by_who(noun: Token) -> bool:
    """Whether a relative clause with "who" describes the noun ("the physician who performed
    …"): a person, whatever the noun."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children) for c in noun.children
    )


def _coordinated(doc: Doc, m: Mention) -> bool:
    """Whether the person ``m`` is named as one of a pair or list joined by "and"/"or" ("Bush
    and Rubio"): the phrase means them together, which "he" or "she" cannot."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (root.dep_ == "conj" and root.head.pos_ == "PROPN") or any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children
    )


def _co_argument(tok: Token, m: Mention) -> bool:
    """Whether the person ``m`` is named in the subject of the pronoun object ``tok``'s verb."""
    own = _co_subject_tokens(tok)
    return any(m.start <= tok.doc[i].idx < m.end for i in own)


def _thing_object(subject: Token) -> bool:
    """Whether the subject's verb also has a singular thing for an object ("launched an ad"):
    a later "it" may be either."""
    return any(c.dep_ == "dobj" and c.tag_ == "NN" and not c.ent_type_ for c in subject.head.children)


def _expletive(tok: Token) -> bool:
    """"It is clear that …", "it took years to …", "it's time": no referent."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() == "time" and any(g.dep_ in ("relcl", "acl") for g in c.children)
        for c in head.children
    ):
        return True  # "It was the first time that Ritter had been allowed …"
    if head.lemma_.lower() in _EXPLETIVE_HEADS and any(c.dep_ in _CLAUSAL for c in head.children):
        return True
    if head.lemma_.lower() != "be":
        return False
    complements = [c for c in head.children if c.dep_ == "acomp"]
    if any(c.lower_ == "worth" and any(g.dep_ in ("xcomp", "pcomp", "ccomp") for g in c.children) for c in complements):
        return True  # "it's worth pointing out that …" (the clause hangs on "worth")
    # "It was unclear if American authorities would …": the question the adjective is about,
    # parsed as an adverbial clause marked "if"/"whether" (not "It was unable to pay": no mark).
    return bool(complements) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        for c in head.children
    )


def _main_subjects(sent: Span) -> list[Token]:
    """Subjects of the sentence's main verb and of verbs joined to it, in order."""
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return sorted((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda t: t.i)


def _entity(tok: Token, ents: list[Span]) -> Span | None:
    for e in ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _reported_subject(ent: Span) -> bool:
    """Whether an organisation is named as the subject of a reported or subordinate clause
    ("Nashua said Reiss & Co. filed a request"): someone else's news about it."""
    root = ent.root
    if root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ccomp", "advcl", "relcl", "acl")


def _salient(ent: Span) -> bool:
    """An organisation the text is about where it is named: a subject or a possessor, or the
    name in a subject ("Bethlehem officials said")."""
    root = ent.root
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS


_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _either_gender(tok: Token) -> bool:
    """Whether a he/she is one of a pair of both genders ("he or she", "his or her", "him/her"):
    a generic person, whom no name stands for."""
    gender = _GENDERED.get(tok.lower_)
    if gender is None:
        return False
    doc = tok.doc
    for step in (1, -1):
        joiner, other = tok.i + step, tok.i + 2 * step
        if 0 <= other < len(doc) and doc[joiner].lower_ in ("or", "and", "/") and _GENDERED.get(doc[other].lower_) not in (None, gender):
            return True
    return False
