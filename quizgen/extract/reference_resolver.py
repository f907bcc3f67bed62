"""The resolver of pronouns and definite descriptions to the people and organisations they
stand for (``_Resolver``), as ``references.extract_references`` asks it token by token; see
``references`` for what it names and when it names no one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_ROLES,
    FORMED_ORG_MODIFIERS,
    GENERIC_ORG_NOUNS,
    HOLDING_NOUNS,
    NEWSPAPER_HEADS,
    NON_BUSINESS_HEADS,
    OBJECT_PRONOUNS,
    ORG_HEAD_NOUNS,
    PEOPLE_OR_FIRM_NOUNS,
    PERSONS_ORG_NOUNS,
    PLACE_ONLY_NOUNS,
    REPORTING_VERBS,
    SUBJECT_PRONOUNS,
    TRADE_HEAD_NOUNS,
)
from quizgen.extract.bound_pronouns import told_genders
from quizgen.extract.context_mentions import set_off
from quizgen.extract.cut_names import whole_name
from quizgen.extract.entities import initials_match, product_names
from quizgen.extract.headline_names import TitleLines
from quizgen.extract.it_antecedents import continues_a_thing, sentence_antecedents
from quizgen.extract.name_checks import corporate_suffixed
from quizgen.extract.name_words import _bare, _name_word, _proper_chain
from quizgen.extract.news_sources import news_source
from quizgen.extract.org_descriptions import (
    PERSON_HEADS,
    _common_entity,
    _proper_noun_before,
    _says_which,
    _staff_of_a_kind,
    _trade_list_head,
    _trade_words,
    org_head,
)
from quizgen.extract.ownerless_nouns import _ownerless
from quizgen.extract.people import PersonIndex
from quizgen.extract.pronoun_checks import (
    _co_argument,
    _co_subject_tokens,
    _coordinated,
    _described_by_who,
    _either_gender,
    _expletive,
    _fronted_clause,
    _garbled,
    _reports_speech,
    _thing_object,
)
from quizgen.extract.quoted_text import quoted_chars
from quizgen.extract.sentence_subjects import (
    SUBJECT_DEPS,
    _entity,
    _main_subjects,
    _reported_subject,
    _salient,
    reported_by_a_person,
)
from quizgen.extract.speakers import is_main_subject, resolve_pronoun, title_fits
from quizgen.facts.records import Mention, Reference
from quizgen.nlp import english_word, follows_line_break

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quizgen.ingest.articles import Article

# Contracted verbs after a pronoun ("He's", "they'd"): written out after a name.
_CLITICS = {("'s", "be"): "is", ("'s", "have"): "has", ("'d", "would"): "would", ("'d", "have"): "had", ("'ll", "will"): "will", ("'re", "be"): "are", ("'ve", "have"): "have", ("'m", "be"): "am"}
_NAME_JOINERS = frozenset(["of", "and", "&", "the", "for", "de", "du", "la"])
# Words that turn a text from the person it was about to another ("But the front-runner …").
_CONTRASTING = frozenset(["but", "meanwhile", "however", "instead", "yet", "though", "still"])
# Nouns for a part of an organisation: "the unit" is never the parent the text named before it.
PART_OF_ORG_NOUNS = frozenset(["unit", "subsidiary", "division", "arm", "affiliate", "branch", "offshoot"])
SENTENCES_BACK = 3  # how many sentences before an "it" or "they" may hold its antecedent


# Last words of a public body's name, which no business's name ends in (unlike "Association":
# "Columbia Savings and Loan Association"): "the company", "the thrift" never stand for one.
PUBLIC_BODY_HEADS = frozenset([
    "committee", "court", "tribunal", "ministry", "department", "commission", "council", "parliament",
    "congress", "senate", "assembly", "government",
])

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_NUMBERED_NAME = re.compile(_ORDINAL.pattern + " [A-Z]")  # "9th Circuit", "82nd Airborne Division"
# Last words of a name that stand for another noun's kind: a court of appeals is named by its
# circuit ("The 9th Circuit based its decision on immigration law. The court said …", j221: read
# as the Supreme Court named earlier).
HEAD_NAMESAKES = {"court": ("court", "circuit"), "courts": ("courts", "circuits")}


def _fronted_words(noun: Token) -> set[int]:
    """The words of the prepositional phrases set before ``noun``, the subject of its clause,
    on that clause's verb ("[In a filing with the ICC late today], the company outlined …");
    none when the noun is no subject."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = noun.head
    return {
        t.i for c in verb.children if c.dep_ == "prep" and c.right_edge.i < noun.left_edge.i for t in c.subtree
    }


def _reports_on_a_thing(subject: Token) -> bool:
    """Whether ``subject`` is the subject of a verb of saying whose reported clause has for its
    own subject one thing with no name ("It said the business … had sales of …"): an "it"
    after that, not itself saying anything, may mean either."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(
        c.dep_ == "ccomp" and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.tag_ == "NN"
            and not any(p.dep_ == "poss" for p in t.children)  # "its board decided …": the reporter's own organ
            for t in c.children
        )
        for c in verb.children
    )


def _describes_an_unnamed_one(child: Token) -> bool:
    """Whether a word hanging on a common noun says which one the text means without a name: a
    common noun before it ("the management group"), a participle or a clause after it ("the
    group led by …", "the group that bid"), or "of" ("the group of investors")."""
    return (
        (child.dep_ == "compound" and child.pos_ == "NOUN")
        or child.dep_ in ("acl", "relcl")
        or (child.dep_ == "prep" and child.lower_ == "of")
    )


def _inside_a_nouns_phrase(ent: Span) -> bool:
    """Whether a name is the object of a preposition that completes a noun ("the framework of
    the European Monetary System"): a detail of that noun, not what its sentence tells of."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN")


def _next_verb(clitic: Token) -> Token | None:
    """The verb word right after a contracted verb, past adverbs and "not" ("He's [been]",
    "she'd already [left]"), or None when a word of another kind comes first."""
    for tok in clitic.doc[clitic.i + 1 : clitic.i + 4]:
        if tok.tag_ == "RB":  # not "better" (RBR): "he'd better" is "had better"
            continue
        return tok if tok.tag_.startswith("VB") else None
    return None


def _thing_by_its_complement(it: Token) -> bool:
    """Whether "it" is the subject of "be" with a common noun as its complement that no
    organisation is ("It was the largest one month rise in orders", "It is a record"): a thing
    or an event the text told before, not the company or agency it named."""
    verb = it.head
    if it.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    return bool(attrs) and all(a.pos_ == "NOUN" and not org_head(a.lemma_.lower()) for a in attrs)


# Bodies that parties form together: "a partnership", "a joint venture", "an investor group" the
# text introduces is a new one, not either party nor the business it deals with (j135, j136).
FORMED_BODY_NOUNS = frozenset(["partnership", "venture", "alliance", "consortium", "coalition", "syndicate", "group"])

class _Resolver:
    def __init__(self, doc: Doc, *, article: Article, mentions: list[Mention], speakers: list[tuple[int, str]]):
        self.doc = doc
        self.mentions = mentions
        self.index = PersonIndex(mentions, text=article.body, headline=article.title or "")
        self.speakers = speakers
        # a name only a line in title capitals writes ("Student Visa Program" of "Student Visa
        # Program Up for Renewal …") is the headline's words, not one the prose gives
        # (``headline_names``)
        lines = TitleLines(doc, article)
        capitalised = [e for e in doc.ents if _bare(e.text)[:1].isupper() or _NUMBERED_NAME.match(_bare(e.text))]
        named = [e for e in capitalised if lines.names(e.start_char, _bare(e.text))]
        self.orgs = [e for e in named if e.label_ == "ORG"]
        self.quoted = quoted_chars(doc)
        self.products = product_names(doc)  # names the text uses as products ("its Iressa drug")
        self.places = [e for e in named if e.label_ in ("ORG", "GPE")]
        # their head nouns ("the program") stay this resolver's to look at, as before: one it
        # names no one for is left as the parse's other rules would leave any other such noun
        kept = {(e.start, e.end) for e in named}
        self.title_heads = {e.root.lower_ for e in capitalised if e.label_ == "ORG" and (e.start, e.end) not in kept}
        # an organisation span cut from a coordinated name ("the Anna, Mark and Lucy Perrin
        # Foundation" → "Lucy Perrin Foundation") is named by the whole name as written, or,
        # when that cannot be read, names nothing (``cut_names``); its span stays the parse's
        wholes = {(e.start, e.end): whole_name(e) for e in self.orgs}
        self.whole_names = {at: _bare(w.text) for at, w in wholes.items() if w is not None and (w.start, w.end) != at}
        sound = {_bare(e.text) for e in self.orgs if wholes[e.start, e.end] is e}
        self.unsafe_names = {_bare(e.text) for e in self.orgs if wholes[e.start, e.end] is None} - sound
        self.resolved: dict[int, str | None] = {}  # token index → the organisation it stands for
        self.lede_end = 0  # where the article's first sentence ends: what the story is about
        # the business the lede is about when the tagger listed it as no organisation ("Telecoms
        # equipment supplier [Ericsson]" tagged a person, j67): "the company" may be it, never
        # another organisation the resolver knows
        self.unlisted_business: str | None = None
        self._determiners: dict[str, bool] = {}  # name → whether the article writes "the" before it
        self.apostrophe = "’" if "’" in doc.text else "'"  # the article's own, for "[Ann Lee’s]"
        # Words of people's full names ("Kander" of Jason Kander), not lone names the tagger
        # also calls people ("Kellogg")
        self.person_words = {w for m in mentions if " " in m.name for w in m.name.split()}
        # Words the article also writes in lower case: a capitalised one of these is no name.
        self.common_words = {t.text for t in doc if t.is_lower}
        # Capitalised words the article writes after "a"/"an" ("a conservative super PAC"): kinds.
        # "a White House that needed …" (j205) makes no kind of "House": the name's own words
        # before it say which, and "the House" stays the chamber
        self.kind_words = {
            t.lower_ for t in doc
            if t.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            and not any(c.dep_ == "compound" or (c.i < t.i and c.pos_ == "PROPN") for c in t.children)
        }

    def _org_like(self, name: str) -> bool:
        """A name an organisation goes by: not a bare kind ("Party") nor a word of a person's
        name the tagger took for an organisation ("Kander" for Jason Kander)."""
        words = name.split()
        if len(words) > 1 and _ORDINAL.fullmatch(words[0]):
            words = words[1:]  # "9th Circuit", "82nd Airborne Division": a numbered one of its kind
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
            or tok.lower_ in self.title_heads
        )

    def reference(self, tok: Token, sent: Span) -> Reference | None:
        found = self._reference(tok, sent)
        if found is not None and found.name and _bare(found.name) in self.unsafe_names:
            # a name cut from a longer one ("Lucy Perrin Foundation" of "the Oakes, Brandt and
            # Lucy Perrin Foundation") that cannot be read whole: the article never uses it
            self.resolved[tok.i] = None
            return replace(found, name=None)
        return found

    def _reference(self, tok: Token, sent: Span) -> Reference | None:
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
        # "Unemployment here is at ____" (j203): a place's, never a business's or a party's ("[GOP's]
        # unemployment"), and which place the text leaves to the words before
        name = None if tok.lemma_.lower() in PLACE_ONLY_NOUNS else self._main_business(tok, sent)
        end = first.idx + len(first.text)
        return Reference(
            text=first.text, start=first.idx, end=end, name=name, kind="owner",
            possessive=self.apostrophe, verb=word,
        )

    def _main_business(self, tok: Token, sent: Span) -> str | None:
        """The organisation named most often before ``tok``, when no other is named as often,
        the sentences just before name it and no other (or, naming none, the lede names it), and
        its name is a business's."""
        named = [
            e for e in self._before(self.orgs, tok.idx)
            if self._org_like(_bare(e.text)) and not _held(e) and not _reporting_outlet(e)  # "…, the China Daily said" (j84)
        ]
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
        if self.unlisted_business is not None:
            return None  # "Sales climbed …" in a story led by a business the tagger took for no organisation (j67)
        if self._country_story():
            return None  # "Exports were …" after "South Korea's surplus narrowed …, Bank of Korea figures show" (j97)
        return best

    def _country_story(self) -> bool:
        """Whether the lede is about a country's own doings: a country is the subject of one of
        its clauses or owns a plain noun there ("South Korea's current account surplus
        narrowed …", "Japan's output fell …"; not "Japan's Sony Corp"). Its later bare figures
        ("Exports were …") are the country's, and the organisation the story names most, a
        bank or a ministry that reports them, is not their owner (j96, j97). So with a people's
        adjective on the subject's noun ("Dutch imports … rose")."""
        return any(
            e.end_char <= self.lede_end and (
                e.label_ == "GPE" and e.root.dep_ in ("nsubj", "nsubjpass")
                or (e.label_ == "GPE" and e.root.dep_ == "poss" and _plain_noun(e.root.head))
                # "Dutch imports of … rose …, the Commodity Board … said" (j98)
                or (e.label_ == "NORP" and e.root.dep_ == "amod" and _plain_noun(e.root.head) and _sole_subject(e.root.head))
            )
            for e in self.doc.ents
        )

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
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ in ("GPE", "LOC") and t.is_title and not english_word(t.lower_)
            and t.head in tok.ancestors
            for t in earlier
        ):
            # "Petraeus, 60, resigned Friday after acknowledging he had an affair" (j184: the tagger
            # read the name as a place): a subject no word list knows, whose clause holds the pronoun,
            # is who it means — never the one the text named before (Allen)
            return None
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ in ("ORG", "NORP")
            and (t.pos_ == "PROPN" or (t.is_title and self._a_known_surname(t)))
            and t.head in tok.ancestors and t.head.lemma_.lower() not in REPORTING_VERBS
            for t in earlier
        ):
            # "Juninho wants assurances that he will return" (the name tagged an organisation's): the
            # clause's own subject is who "he" most likely is, not the one the text named before;
            # so is a known person's surname the tagger read as a common noun opening the sentence
            # ("Trump didn't shake Pelosi's hand before his State of the Union address", j222: "his"
            # had been given to Kevin McCarthy, named before)
            return None
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
        if name is not None and self._person_introduced_just_before(name, tok, sent, gender):
            name = None  # "The previous child who died … was Jakelin Caal, 7. She died Dec. 8 …" (j210)
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
        if name is not None and self._named_beside_a_running_subject(name, tok, sent):
            name = None  # "McAlpine said … He noted Taft agreed … He said …": he is still McAlpine, not Taft (j128)
        return self._ref(tok, name, "person", possessive)

    def _a_known_surname(self, t: Token) -> bool:
        """Whether the word is the surname of someone the article names in full before it."""
        full = self.index.full_name(t.text, before=t.idx + 1)
        return full is not None and full != t.text and full in self.index.full_names

    def _named_beside_a_running_subject(self, name: str, tok: Token, sent: Span) -> bool:
        """Whether the sentence before has the pronoun's own word as its main subject and names
        the one found only elsewhere in it ("He noted [Taft] recently agreed … He said …", j128):
        a subject pronoun in two sentences running is one person, the subject the text keeps
        talking about, and the name between is what that person spoke of. The one found by the
        names before is not safe to say."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            return False
        previous = self.doc[sent.start - 1].sent
        subjects = _main_subjects(previous)
        if not subjects or subjects[0].lower_ != tok.lower_:
            return False
        return any(previous.start_char <= m.start < previous.end_char and self._full(m) == name for m in self.mentions)

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

    def _person_introduced_just_before(self, name: str, tok: Token, sent: Span, gender: str) -> bool:
        """Whether the sentence right before the pronoun's introduces another person of its gender
        as what its subject is ("The previous migrant child who died in custody was Jakelin Caal,
        7, a Guatemalan girl. She died …", j210: not the congresswoman the text named before): the
        text turned to them, so the pronoun is theirs as likely as the one found."""
        if sent.start == 0:
            return False
        previous = self.doc[sent.start - 1].sent
        for m in self.mentions:
            if not previous.start_char <= m.start < previous.end_char or self._full(m) == name:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "attr" and self.index.gender(self._full(m)) in ("?", gender):
                return True
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
        verb = _next_verb(after)
        if clitic == "'s" and verb is not None and verb.lower_ == "been":
            lemma = "have"  # "He's been investigated", "she's been to Paris": "has been", never "is been"
        elif clitic == "'s" and after.head.tag_ == "VBN":
            # "He's supported a bill" (perfect) against "he's expected to", "she's backed by"
            # (passive): the parser mixes them up; an agent or a following "to" says passive.
            passive = any(c.dep_ in ("agent", "xcomp") for c in after.head.children)
            lemma = "be" if passive else "have"
        elif clitic == "'d" and verb is not None:
            # "He'd left" is "had left", "she'd sign", "he'd have signed" "would …": the verb
            # after says which, whatever lemma the tagger gave the "'d"
            lemma = {"VBN": "have", "VBD": "have", "VB": "would"}.get(verb.tag_, lemma)
        if clitic == "'d" and after.i + 1 < len(self.doc) and after.nbor(1).lower_ == "better":
            lemma = "have"  # "he'd better": "had better"
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
        antecedents = sentence_antecedents(tok, earlier)  # not "Jones said it …", "The fee, it says, …"
        if antecedents or any(e.start_char >= sent.start_char for e in self._before(self.places, tok.idx)):
            previous = next(self._sentences_before(sent), None)
            if continues_a_thing(tok, antecedents, previous, self.resolved, lede=self.doc.text[: self.lede_end]):
                return self._ref(tok, None, "org", possessive)  # "… effect it might have. X estimates that it would …"
            return None  # "The company said it would …"
        opens = all(t.is_space for t in sent.doc[sent.start : tok.i])
        if _fronted_clause(tok) and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME")
            and (not opens or any(a.dep_ in ("nsubj", "nsubjpass") for a in (t, *t.ancestors)))
            for t in _outside_quotation_marks(sent.doc[tok.i + 1 : sent.end])
        ):
            # "Led by its Cheerios line, General Mills has gained …", "It will close the plant,
            # Acme said": a name after it says what it is. An "It" opening the sentence is the
            # subject of a main clause the parse hung below a later one ("It has said it hopes to
            # control 5% of jewelry business in the U.S. …; currently it controls 2%"): only a
            # subject after it can be what it means, never "the U.S."
            return None
        if not possessive and _thing_by_its_complement(tok):
            return self._ref(tok, None, "org", possessive)  # "It was the largest rise in orders since …" (j123)
        name = self._earlier_subject(tok, sent)
        self.resolved[tok.i] = name
        return self._ref(tok, name, "org", possessive)

    def _earlier_subject(self, tok: Token, sent: Span) -> str | None:
        """The organisation or place the nearest earlier sentence with a subject of its kind
        is about; None when that subject is a thing or nothing fits."""
        # an "it" that reports, or follows one that did ("It said it expects …"), is the reporter
        reports = tok.head.lemma_.lower() in REPORTING_VERBS or any(
            t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass") for t in sent.doc[sent.start : tok.i]
        )
        for earlier in self._sentences_before(sent):
            for subject in _main_subjects(earlier):
                if not reports and _reports_on_a_thing(subject):
                    # "It said the business … had sales last year of 398 mln dlrs. It had operating
                    # profits of …" (j144): the business the sentence before told of, or its source
                    return None
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

    def _speakers_business(self, tok: Token) -> str | None:
        """The business the person reporting the noun's clause speaks for, as the article titles
        them ("Pennzoil Co Chairman J. Hugh Liedtke … Liedtke said that the company …"): the
        one organisation the article names inside a role it gives that person."""
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in REPORTING_VERBS), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or subject.ent_type_ != "PERSON":
            return None
        at = subject.idx
        speaker = next((self._full(m) for m in self.mentions if m.start <= at < m.end), None)
        if speaker is None:
            return None
        roles = [m.role for m in self.mentions if m.role and self._full(m) == speaker]
        firms = {self._org_name(e) for e in self.orgs for r in roles if _bare(e.text) in r}
        return firms.pop() if len(firms) == 1 else None

    def _speakers_other_business(self, tok: Token, name: str) -> bool:
        """Whether the noun's clause is reported by someone the article titles as another
        business's own ("the company" in its chairman's words is his company, j130)."""
        own = self._speakers_business(tok)
        return own is not None and own != name

    def _description(self, tok: Token, sent: Span, *, staff: bool = False) -> Reference | None:
        """"The thrift said …" → "[Columbia Savings] said …"; with ``staff``, the kind word
        before a plural role noun ("Thrift officials said …" → "[Columbia Savings] officials
        said …"), the organisation whose people they are."""
        children = list(tok.children)
        # "The giant foods, tobacco and brewing company said …": the parse may hang the kind noun
        # on the first trade word as an apposition; "the" and the subject's place are that word's
        lead = tok.head if _trade_list_head(tok) else tok
        head = tok.lemma_.lower()
        trade = head in TRADE_HEAD_NOUNS or (head.endswith("maker") and len(head) > 5)
        trade_words = [c for c in children if trade and _trade_words(c)]
        # "The British food, packaging and publishing concern": the parse may give "the" to the
        # first trade word
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in lead.children) or (
            lead.left_edge.lower_ == "the" and lead.left_edge.dep_ == "det"
            and any(lead.left_edge in c.subtree for c in trade_words)
        )
        if not (staff or the) or (tok.ent_type_ and not _common_entity(tok)):
            return None
        if not staff and _introduced_unnamed(tok):
            return None  # "approached by a group interested in …. The group includes …" (j106): that group, no name
        if lead.dep_ == "appos" and lead.head.i < lead.i and lead.head.text[:1].isupper():
            # "Teck, the Canadian mining company, says …" (the parse may take "Teck" for a common
            # noun): the name beside it says which
            return None
        if any(_says_which(c) for c in children if c not in trade_words) or any(
            # a name in its phrase says which ("the bank in Boston"); a date does not ("the
            # organization in March": the parse may hang the time of the verb on the noun)
            c.dep_ == "prep" and (c.lower_ == "of" or any(g.ent_type_ and g.ent_type_ not in ("DATE", "TIME") for g in c.subtree))
            for c in children
            if c not in trade_words
        ):
            return None  # "the bank of Japan", "the company that …", "the Bethlehem unit": says which
        # "the bank" after "Government Development Bank of Puerto Rico": the name's head noun
        # "the bank" after "Government Development Bank"; not "the investor group" after
        # "Wilson Investment Group": words of its own say it describes something else
        described = any(c.dep_ in ("compound", "amod", "nmod") for c in children)
        same_head = [] if described else [e for e in self._before(self.orgs, tok.idx) if e.root.lower_ in HEAD_NAMESAKES.get(tok.lower_, (tok.lower_,))]
        if not org_head(head):
            # "the system" after "in the framework of the European Monetary System" (j136): a
            # noun that names no kind of organisation stands for a name ending in it only where
            # the text tells of that name, not inside another noun's phrase
            same_head = [e for e in same_head if not _inside_a_nouns_phrase(e)]
        if not same_head and not org_head(head):
            return None
        described_by = {t.i for c in trade_words for t in c.subtree}  # "the Rockford, Ill., maker"
        employers = [
            e for e in self._before(self.orgs, tok.idx)
            if e.start_char >= sent.start_char and e.root.i not in described_by and _employer(e)
        ]
        # "In a filing with the ICC late today, the company outlined …" (j147): a name inside a
        # phrase set before the subject is where or with whom it acted, not the company
        fronted = _fronted_words(tok)
        if any(
            e.start_char >= sent.start_char and e.root.i not in described_by | fronted and e not in employers
            for e in self._before(self.orgs, tok.idx)
        ) or _proper_noun_before(tok, sent, ignore=described_by | fronted | {t.i for e in employers for t in e}):
            return None  # "Valley Federal said the thrift …", "Acme chief … after the company lost …"
        if head in PERSONS_ORG_NOUNS and any(m.start >= sent.start_char for m in self.mentions if m.start < tok.idx):
            return None  # "Clinton fundraisers … for the campaign": the person's
        # "its Iressa drug": a product's name the tagger calls an organisation is no company
        # a business named only inside a speaker's words ("He told reporters: "… Swire Properties
        # expects …". The company earlier reported …", j156) is not the one the reporter's
        # "the company" goes on about
        named = [
            e for e in self._before(self.orgs, tok.idx)
            if self._org_like(_bare(e.text)) and e.text.strip() not in self.products and not _reporting_outlet(e)
            and e.start_char not in self.quoted
        ]
        same_head = [e for e in same_head if e in named]
        if len({e.root.lower_ for e in same_head}) > 1:
            # "the court" after the Supreme Court and a circuit: the one the sentence just before
            # is about ("The 9th Circuit based its decision on …. The court said …"); else the
            # text does not say which ("… affirmed by the 4th Circuit …. Under the court's order")
            before = next(self._sentences_before(sent), None)
            same_head = [
                e for e in same_head if before is not None and before.start_char <= e.start_char < before.end_char and _salient(e)
            ][-1:]
        # "Norwich Union and Axa Sun Life both cut …": one of a pair named together is not who
        # "the insurer" means (the text says not which); the one named alone before them is
        salient = [e for e in named if _salient(e) and not _paired_org(e)]
        name: str | None = None
        # names of its head noun the tagger gave another label ("the annual World Economic
        # Forum" as an event's)
        namesakes = [] if described else [
            _bare(e.text) for e in self.doc.ents
            if e.end_char <= tok.idx and e.label_ in ("EVENT", "FAC") and e.root.lower_ == tok.lower_ and _bare(e.text)[:1].isupper()
        ]
        if same_head and not any(_salient(e) for e in same_head) and len({*map(self._org_name, same_head), *namesakes}) > 1:
            # "the annual World Economic Forum … the rival World Social Forum …. the forum will
            # be dominated by business": two of its name, neither the text's subject; the one
            # named more often, when one is
            counts = Counter([*map(self._org_name, same_head), *namesakes])
            (top, n), (_, second) = counts.most_common(2)
            name = top if n > second and top not in namesakes else None
        elif same_head:  # the one the text is about first ("the bank": the bank that acted)
            pool = [e for e in same_head if _salient(e)] or same_head
            # named last, by its name or its initials ("the Asian Development Bank (ADB) … the World
            # Bank …. the ADB saw … The bank's new division", j145: the ADB's)
            name = self._org_name(max(pool, key=lambda e: (self._last_named(e, tok.idx), e.start_char)))
        elif head not in GENERIC_ORG_NOUNS and not head.endswith("maker"):
            name = None  # "the foundation", "the committee": its name says so, and none did
        elif (tok.head if staff else lead).dep_ not in SUBJECT_DEPS:
            name = None  # "the value of the company": what the text is about may not be it
        elif salient and _reported_subject(salient[-1]) and (
            [self._org_name(e) for e in salient if not _reported_subject(e)][-1:]
            not in (([], [self._org_name(salient[-1])]) if reported_by_a_person(salient[-1]) else ([self._org_name(salient[-1])],))
        ):
            # "Nashua said Reiss & Co. filed …. The company said": Nashua's news, not Reiss's; a
            # business whose news only a person reports is still the one ("Middle South Utilities
            # Inc is taking …, chairman Edwin Lupberger said. … The company last paid …", j103)
            name = None
        elif salient:
            name = self._org_name(salient[-1])
        elif named:  # the organisation the text before names most ("U.S. Trust … the company's")
            counts = Counter(self._org_name(e) for e in named).most_common(2)
            # two named as often ("Boliden AB … consolidated Ahlsell AB …. the company's liquid
            # assets", j95: read as Ahlsell's): which one, the text does not say
            name = counts[0][0] if len(counts) == 1 or counts[0][1] > counts[1][1] else None
        if name is not None and not same_head and any(c.dep_ in ("relcl", "acl") and set_off(c) for c in children):
            name = None  # "The company - which partners with …": an aside, and no name ending in its noun
        if name is not None and not same_head and head in PEOPLE_OR_FIRM_NOUNS and not any(
            corporate_suffixed(e) for e in named if self._org_name(e) == name
        ):
            name = None  # "the group would be met …" after "the Cuban Interests Section": the travellers
        if name is not None and not same_head and head in GENERIC_ORG_NOUNS and self._other_business_just_before(name, sent):
            # "… to Monmouth International SA …. Regency also reported 1986 earnings …. the company
            # said its bank …" (j95): the sentence before is about another business
            name = None
        if name is not None and not same_head and head in PART_OF_ORG_NOUNS:
            name = None  # "the unit had operating earnings" after Atlantic Richfield (j95): its chemical unit, not ARCO
        if name is not None and any(c.dep_ == "amod" and c.lower_ in FORMED_ORG_MODIFIERS for c in children):
            name = None  # "The final combined company is expected …": the merger's, not the last named
        if name is not None and not same_head and self._introduced_as_a_new_one(tok):
            # "Union Pacific said it will enter a 50-50 partnership with PDVSA …. The partnership
            # will acquire …" (j135): the one the text introduced, not the business that formed it
            name = None
        if name is not None and not same_head and self._other_name_just_before(name, sent):
            name = None  # "Primerica, which had owned 70% of Williams, … The company will pay": not Williams
        if name is not None and trade_words and len({self._org_name(e) for e in named if e.start_char >= self._near(sent)}) > 1:
            name = None  # "Tony Lama … Equus … The El Paso maker of boots": the trade says which, not the text
        if name is not None and trade_words and self._main_business(tok, sent) != name:
            # "The British chemical company said …": a place or a trade is written to tell one
            # business from another; named only as the business the text is about (named most,
            # in the lede or just before with no other, a business's name), else no card
            name = None
        if name is not None and not same_head and head in GENERIC_ORG_NOUNS and name.split()[-1].lower() in PUBLIC_BODY_HEADS:
            # "The company was hit by …" after "A hearing at the Dammam court, the Negotiable
            # Instruments Committee" (j88): a committee, a court or a ministry is no company, and
            # which company it is the text does not say plainly
            name = None
        if name is not None and not same_head and self._continues_an_unnamed_one(tok, sent):
            name = None  # "In late spring the company announced …. The company said …": the same unnamed one
        if name is not None and not same_head and head in GENERIC_ORG_NOUNS and self._introduced_just_before(name, sent):
            # "… met primarily by a small Atlanta software publisher, The Software Link Inc. In late
            # spring the company announced …" (j145): the business just introduced, not Microsoft
            name = None
        if name is not None and not same_head and self.unlisted_business is not None:
            name = None  # "Ericsson has posted … the company reported" (j67): not Deutsche Telekom, its client
        if name is not None and not same_head and head in GENERIC_ORG_NOUNS and self._speakers_other_business(tok, name):
            # "Pennzoil Co Chairman J. Hugh Liedtke … Liedtke said that the company would not
            # settle …" (j130): his company, though the text names Texaco more often
            name = None
        if name is not None and employers:
            # "Charles Rose, an analyst with Oppenheimer and Co, said that … the company might be
            # worth …" (j104): the sentence names only the analyst's firm; which company, the
            # sentences before say no better than a guess
            name = None
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

    def _continues_an_unnamed_one(self, tok: Token, sent: Span) -> bool:
        """Whether the nearest sentence before with a main subject has for it the same noun
        ("the company"), which the resolver left unnamed: this one goes on about it."""
        for earlier in self._sentences_before(sent):
            subjects = _main_subjects(earlier)
            if subjects:
                return any(t.lower_ == tok.lower_ and t.i in self.resolved and self.resolved[t.i] is None for t in subjects)
        return False

    def _introduced_just_before(self, name: str, sent: Span) -> bool:
        """Whether the sentence just before introduces an organisation other than ``name`` as a
        new one: its name in apposition to a noun phrase with "a"/"an" ("a small Atlanta software
        publisher, The Software Link Inc"), the business the next "the company" goes on about."""
        earlier = next(self._sentences_before(sent), None)
        if earlier is None:
            return False
        doc = sent.doc
        for e in self.orgs:
            if not earlier.start_char <= e.start_char < earlier.end_char or e.start < 2 or doc[e.start - 1].text != ",":
                continue
            # the name right after "a … noun," (the parse may hang it anywhere)
            head = doc[e.start - 2]
            if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) and _bare(e.text) not in name:
                return True
        return False

    def _last_named(self, ent: Span, before: int) -> int:
        """Where the text last names the organisation ``ent`` names before ``before``: by its
        name or by its initials (an acronym whose letters open its words, "ADB")."""
        name = _bare(ent.text)
        return max(
            (e.start_char for e in self._before(self.orgs, before)
             if _bare(e.text) == name or (e.text.isupper() and initials_match(e.text, name))),
            default=ent.start_char,
        )

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

    def _other_business_just_before(self, name: str, sent: Span) -> bool:
        """Whether the nearest sentence before whose main subject is no pronoun has for it a
        name other than ``name`` that is no person's and no place's: "… to Monmouth
        International SA …. Regency also reported 1986 earnings …. It began operations …. the
        company said its bank …" (j95: the company is Regency's, not Monmouth's). An English word
        capitalised only where sentences open ("Continuation of the cost-reduction program …")
        is no name."""
        for earlier in self._sentences_before(sent):
            # a subject inside a speaker's words ("He told reporters: "… Swire Properties expects
            # …"", j156) is what the speaker talks of, not the sentence's business
            subjects = [t for t in _main_subjects(earlier) if t.pos_ != "PRON" and t.idx not in self.quoted]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC") or self._person_at(subject):
                return False
            if subject.i == earlier.start and not subject.ent_type_ and english_word(subject.lower_) and not any(
                o.text == subject.text and o.i != subject.i and not o.is_sent_start for o in self.doc
            ):
                return False
            words = _bare(_proper_chain(subject).text)
            return bool(words) and words not in name and name.removeprefix("the ") not in words
        return False

    def _introduced_as_a_new_one(self, tok: Token) -> bool:
        """Whether the noun is one of a body parties form (``FORMED_BODY_NOUNS``) and the text
        before introduced a new one with "a"/"an" ("enter a 50-50 partnership with …") or
        described one with no name ("the management group led by …",
        ``_describes_an_unnamed_one``), no name nor a description of a named one ("X, a
        partnership of …", "X is a partnership that …", "as a partnership"): "the" noun then
        points back to it. Other nouns ("the sale of a
        steel tube company …. The company also said …") stay the text's business."""
        if tok.lower_ not in FORMED_BODY_NOUNS:
            return False
        for earlier in self.doc[: tok.i]:
            if earlier.lower_ != tok.lower_ or earlier.pos_ != "NOUN" or earlier.ent_type_:
                continue
            if earlier.dep_ in ("appos", "attr") or any(c.dep_ == "poss" for c in earlier.children):
                continue
            if earlier.dep_ == "pobj" and earlier.head.lower_ in ("as", "like"):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
                return True
            if any(_describes_an_unnamed_one(c) for c in earlier.children):
                return True  # "the management group led by chairman Samuel J. Heyman … the group offered" (j144): not GAF
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
        whole = self.whole_names.get((ent.start, ent.end))
        if whole is not None:
            return self._with_the(whole)  # "the Anna, Mark and Lucy Perrin Foundation", as written
        bare = _bare(ent.text)
        name = self._fuller(bare, before=ent.start_char)
        if name == bare and _named_with_s(bare, ent.text, self.doc):
            return self._with_the(ent.text.strip())  # "Moody's said …" (j104: "[Moody] said")
        return self._with_the(name)

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
            fuller = self.whole_names.get((other.start, other.end), _bare(other.text))
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


def unlisted_business(lede: Span, orgs: list[Span]) -> str | None:
    """The business the lede's subject names when the tagger listed it as no organisation: a
    proper name with a trade noun before it ("Telecoms equipment supplier Ericsson has posted …",
    "Ericsson" tagged a person), outside every organisation span; or a government, a ministry or
    another party no business written as a common noun ("The Tanzanian government … announced
    increases in fuel prices", j83): the story is its, not that of an organisation the lede only
    mentions ("a program inspired by the International Monetary Fund"); None otherwise."""
    subject = next((t for t in lede if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or any(e.start <= subject.i < e.end for e in orgs):
        return None
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in NON_BUSINESS_HEADS:
        return lede.doc[subject.left_edge.i : subject.i + 1].text
    if subject.pos_ != "PROPN":
        return None
    trade = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in TRADE_HEAD_NOUNS]
    return subject.text if trade else None


# People whose firm comments on other businesses ("an analyst with Oppenheimer and Co").
OBSERVER_NOUNS = frozenset(["analyst", "analysts", "economist", "economists", "strategist", "strategists", "consultant", "consultants", "broker", "brokers", "dealer", "dealers", "trader", "traders"])


def _introduced_unnamed(tok: Token) -> bool:
    """Whether the text before brought in the thing a "the" description names with "a" and no
    name, as a party to what happened, in its own sentence or the one before ("has been
    approached by a group interested in acquiring its unit. The group includes …", j106): "the
    group" is that one. "Acme, a company based in Ohio", "Acme is a company", "assets as a
    company" describe a name; "the sale of a steel tube company" names a kind of thing sold."""
    lemma = tok.lemma_.lower()
    earlier = [
        t for t in tok.doc[: tok.i]
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not t.ent_type_
    ]
    if not earlier:
        return False
    last = earlier[-1]
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children)
    kind = any(c.dep_ in ("compound", "amod", "nmod") and c.i < last.i for c in last.children)  # "a steel tube company": a kind
    party = last.dep_ in ("nsubj", "nsubjpass", "dobj") or (last.dep_ == "pobj" and last.head.lower_ in ("by", "with", "from", "to"))
    return indefinite and not kind and party and _sentences_apart(last, tok) <= 1


def _sentences_apart(earlier: Token, later: Token) -> int:
    """How many sentence breaks stand between two tokens of one doc."""
    return sum(1 for t in earlier.doc[earlier.i + 1 : later.i + 1] if t.is_sent_start)


def _employer(ent: Span) -> bool:
    """Whether an organisation is named only as an observer's firm ("Charles Rose, an analyst
    with Oppenheimer and Co, said that … the company might be worth …", j104): it says not which
    company "the company" is. A chief's firm is the one ("the former chief of foreign exchange
    at Volkswagen AG … the car maker")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Oppenheimer and [Co]": the tagger's two names of one firm
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "at", "of") and root.head.head.lower_ in OBSERVER_NOUNS


def _named_with_s(bare: str, written: str, doc: Doc) -> bool:
    """Whether an organisation's "'s" is part of its name ("Moody's", "Sotheby's"): the text
    never writes the name without it, and writes it so where no possessive stands ("Moody's
    said"; "Travelers Corp.'s net" is only ever a possessive)."""
    if not re.search(r"['’]s$", written.strip()):
        return False
    if re.search(rf"(?<![\w-]){re.escape(bare)}(?!['’\w-])", doc.text) is not None:
        return False
    return any(e.text.strip() == written.strip() and e.root.dep_ != "poss" for e in doc.ents)


def _plain_noun(tok: Token) -> bool:
    """A common noun outside any name, with no organisation in its phrase ("surplus", "imports";
    not "Sony" of "Japan's Sony Corp", nor "paper" of "Dutch paper … group Buehrmann-Tetterode
    NV said", which the parse read as the subject)."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not any(t.ent_type_ == "ORG" for t in tok.subtree)


def _sole_subject(tok: Token) -> bool:
    """Whether ``tok`` is its verb's one subject: "Dutch imports … rose"; not "Dutch paper, …
    group Buehrmann-Tetterode NV said", where the parse gave "said" two subjects, the company
    the real one."""
    return tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children
    )


def _reporting_outlet(ent: Span) -> bool:
    """Whether a name is a newspaper or news service passing the story on ("…, said the Beijing
    News. The Beijing News said the company may …"): its name ends in a newspaper's word and it
    is the subject of a verb of saying or the source of the clause. It reports on the firm; it
    is not "the firm" of the next sentence (BBC fresh12, j64)."""
    words = _bare(ent.text).lower().split()
    if not words or words[-1] not in NEWSPAPER_HEADS | {"news"}:
        return False
    root = ent.root
    return news_source(root) or (root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING_VERBS)


def _paired_org(ent: Span) -> bool:
    """Whether an organisation's name is one of a pair or list named together ("Norwich Union
    and Axa Sun Life both cut …"), or owns one ("… and The Washington Post's Fact Checkers")."""
    root = ent.root
    if root.dep_ == "conj" and root.head.ent_type_ == "ORG":
        return True
    if root.dep_ == "poss" and (root.head.dep_ == "conj" or any(c.dep_ == "conj" for c in root.head.children)):
        # "FactCheck.org, PolitiFact and The Washington Post's Fact Checkers" (j202): the owner of
        # one of a list is no more what the text is about than the list's own names
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "ORG" for c in root.children)


def _outside_quotation_marks(tokens: Span) -> list[Token]:
    """The tokens not between a pair of quotation marks: "Its job is “… the Treasury does,” she
    said": the names in the speaker's words do not say what "its" is."""
    out, inside = [], False
    for t in tokens:
        if t.is_quote:
            inside = not inside
        elif not inside:
            out.append(t)
    return out


def _held(ent: Span) -> bool:
    """Whether a business is named as what another holds: "the company's investment in
    Conner Peripherals", "a stake in Ruhrgas" (``constants.HOLDING_NOUNS``) — the text's accounts
    are the holder's, not the held business's."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in HOLDING_NOUNS
        and prep.head.pos_ == "NOUN"
    )
