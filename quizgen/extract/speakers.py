"""Who a quotation's speaker is: a name, a partial name, a pronoun or a description, resolved
to the fullest name the article gives (or an organisation's name)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESS_HONORIFICS,
    ANAPHORIC_ROLES,
    ASKING_VERBS,
    FAMILY_RANKS,
    GENDERED_ROLE_NOUNS,
    LEGAL_FORMS,
    PARTY_MEMBERS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    TITLES,
    UNNAMED_SPEAKERS,
)
from quizgen.extract.antecedents import Candidate, choose
from quizgen.extract.bound_pronouns import told_genders
from quizgen.extract.name_checks import a_persons_firm, corporate_suffixed
from quizgen.extract.name_cleaning import TITLE_WORDS, clean_name
from quizgen.extract.name_lists import gender_of
from quizgen.extract.org_descriptions import org_head
from quizgen.extract.people import PersonIndex, own_s_before_verb, title_gender
from quizgen.extract.person_roles import PERSON_HEADS, extend_left
from quizgen.extract.quoted_text import in_quote
from quizgen.extract.roles import role_head
from quizgen.extract.sentence_subjects import _main_subjects
from quizgen.facts.names import GENERATIONS, surname, surname_forms
from quizgen.facts.records import Mention
from quizgen.nlp import follows_line_break

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUN_WINDOW = 700  # how far back (characters) a pronoun's antecedent may be
SPEAKER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
INDEFINITE = frozenset(["a", "an", "another", "one", "some", "any"])
TITLE_PHRASES = frozenset(t for t in TITLES if " " in t)  # "vice president", "prime minister"


def resolve_speaker(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], quote_start: int, speakers: list[tuple[int, str]]
) -> tuple[str, str] | None:
    """(speaker's name, how it was found) for the subject token of a reporting verb, or None
    when the speaker cannot be named with confidence ("they", "a source", two people)."""
    if joint_speaker(tok):
        return None  # "Jo Roe and Al Poe said": two speakers, no one to ask for
    lower = tok.lower_
    if lower in PERSON_PRONOUNS and _named_subject_beside(tok):
        return None  # "“…,” he said Rep. Bill Flores (R-Texas)" (j195): the writer's slip, two speakers
    if lower in PERSON_PRONOUNS:
        return resolve_pronoun(
            tok, mentions=mentions, index=index, gender=PERSON_PRONOUNS[lower], quote_start=quote_start, speakers=speakers
        )
    found = _resolve_named(tok, index=index, mentions=mentions, quote_start=quote_start, speakers=speakers)
    if found is not None and found[0] in addressees(tok, mentions=mentions, index=index):
        return None  # "“…,” the senator told Pryce": whoever the senator is, not Pryce
    return found


def _named_subject_beside(pronoun: Token) -> bool:
    """Whether the verb a pronoun is the subject of has a named person as a second subject: a
    slip of the writer's ("he said Rep. Bill Flores"), which says two people spoke."""
    verb = pronoun.head
    return any(
        c.i != pronoun.i and c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"
        for c in verb.children
    )


_NOMINAL = ("PROPN", "NOUN", "PRON")
_PHRASE_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM")


def joint_speaker(tok: Token) -> bool:
    """Whether the subject ``tok`` is one of two or more people joined by "and": "Jo Roe and Al
    Poe said", "said trade commissioner Jo Roe and health commissioner Al Poe" (the words are
    theirs together, no one person's). Read from the parse (a nominal conjunct outside the
    subject's own name: not "Procter & Gamble") and, the parse often missing the link when titles
    come between, from the words: "and" right after the subject's phrase with a noun phrase
    following, or right before it after a person's name or he/she ("Construction and Transport
    Minister Jo Roe said": one minister)."""
    ent = entity_of(tok) if tok.ent_type_ else None

    def own(t: Token) -> bool:
        return ent is not None and ent.start <= t.i < ent.end

    def described(t: Token) -> bool:  # "Jo Roe, senior director …, and a Republican who …": a second apposition
        return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children)

    def joined(t: Token) -> bool:  # an "and" between them: "Halvorsen, US Assistant Secretary" is a misparsed apposition
        return any(w.pos_ == "CCONJ" for w in tok.doc[min(t.i, tok.i) + 1 : max(t.i, tok.i)])

    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    if any(p.pos_ in _NOMINAL and not own(p) and not described(p) and joined(p) for p in partners):
        return True
    doc = tok.doc
    end = ent.end if ent is not None else tok.i + 1
    if end + 1 < len(doc) and doc[end].pos_ == "CCONJ" and doc[end + 1].pos_ in (*_PHRASE_POS, "PRON"):
        return doc[end + 1].sent == tok.sent and doc[end].sent == tok.sent
    start = ent.start if ent is not None else tok.i
    while start > tok.sent.start and (doc[start - 1].pos_ in _PHRASE_POS or doc[start - 1].text in ("-", ".")):
        start -= 1
    # a person before the "and", not a title's word ("Construction and Transport Minister Jo Roe")
    return (
        start - 2 >= tok.sent.start and doc[start - 1].pos_ == "CCONJ"
        and (doc[start - 2].ent_type_ == "PERSON" or doc[start - 2].lower_ in PERSON_PRONOUNS)
    )


def _resolve_named(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], quote_start: int, speakers: list[tuple[int, str]]
) -> tuple[str, str] | None:
    """``resolve_speaker`` for a subject that is no he/she."""
    if tok.pos_ == "PRON":
        return None
    name = _name_in_subtree(tok)
    if name is not None:
        text, label = name
        if described_unnamed(tok, text):
            return None  # "the U.S. Official added": someone described, no name to ask for
        if " " not in text and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None  # "The Week reports" (j231): a one-word name after "the" is a title's, no person's
        if own_s_before_verb(tok):
            return None  # "Trader Joe’s said in a statement" (j253): a store named for someone, no person
        if label != "PERSON" and not _is_known_person(text, index, before=tok.idx):
            if label == "ORG" and _is_org_name(tok, text):
                return text, "organisation"
            return None  # places, groups: not a speaker to name
        honorific = _honorific_gender(tok)
        if _ranks_a_family(tok, text, index):
            return None  # "the elder Gonzalez said": which of the Gonzalezes is older, the text seldom says
        full = index.full_name(text, before=tok.idx, gender=honorific, settled=True)
        titled = _family_member_by_title(tok, text, index=index, mentions=mentions)
        if titled is not None:
            # "former Vice President Biden said" beside his son Hunter Biden (j229): the title
            # the text gave one of the family in full tells which, whoever was named last
            full = titled
        if full is None:
            return None
        if honorific != "?" and _relative_of(full, honorific, index):
            return None  # "Mr. Roe said" where the only Roe named in full is his wife, Jane Roe
        if _names_a_group(full):
            return None  # "an Orlando Republican": a description the tagger took for a name
        return full, "name" if full == text else "partial"
    if tok.pos_ in ("NOUN", "ADV", "VERB", "ADJ", "X", "INTJ") and tok.text[:1].isupper() and tok.i > tok.sent.start:
        # A surname the tagger took for a common noun ("Hannity said"): only a known person.
        text = clean_name(tok.text)
        if text and _is_known_person(text, index, before=tok.idx):
            full = index.full_name(text, before=tok.idx, settled=True)
            return (full, "partial") if full is not None and full != text else None
    return _resolve_description(tok, index=index, mentions=mentions, before=tok.idx, speakers=speakers) or _resolve_anaphor(
        tok, index=index, mentions=mentions, quote_start=quote_start, speakers=speakers
    )


def _family_member_by_title(tok: Token, text: str, *, index: PersonIndex, mentions: list[Mention]) -> str | None:
    """When ``text`` is a surname several people the article names in full share and the
    speaker's own mention carries a title ("former Vice President Biden"): the one of them the
    text gave that same title before. None when the surname is no family's, the mention has no
    title, or not one of the family had it (the family rules decide)."""
    family = index.family(text)
    if len(family) < 2:
        return None
    own = next((m for m in mentions if m.start <= tok.idx < m.end), None)
    if own is None or not own.role or _title_key(own.role).rstrip(".") in ADDRESS_HONORIFICS:
        return None  # "Mr. Khan": a form of address, which says a gender, not an office
    title = _title_key(own.role)
    holders = {
        full for m in mentions
        if m.start < own.start and m.role and _title_key(m.role) == title
        and (full := index.full_name(m.name, before=m.start + 1)) in family
    }
    return holders.pop() if len(holders) == 1 else None


def _title_key(role: str) -> str:
    """A title's words without the marks of time ("former", "then-"), lower-cased."""
    words = re.sub(r"\b(?:former|then|ex|now)\b-?", " ", role.lower()).split()
    return " ".join(words)


def addressees(tok: Token, *, mentions: list[Mention], index: PersonIndex) -> frozenset[str]:
    """The people the verb of saying whose subject is ``tok`` addresses or speaks at: its object
    ("told Pryce", "asked Pryce", "thanked Pryce") or the object of its "to"/"at" ("said to
    Pryce", "shouted at Pryce"), by name or by a description that names one person's role ("told
    the senator"); also of a verb of saying joined to it with no subject of its own ("walked up and
    told Pryce"). Whoever ``tok`` is, it is none of them: the one addressed never says the words."""
    if tok.dep_ != "nsubj":
        return frozenset()
    head = tok.head
    verbs = [head] + [
        c for c in head.children
        if c.dep_ in ("conj", "xcomp", "advcl") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    found: set[str] = set()
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                targets = [child]
            elif child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPOSITIONS:
                targets = [c for c in child.children if c.dep_ == "pobj"]
            else:
                continue
            for target in [t for first in targets for t in (first, *first.conjuncts)]:
                mention = next((m for m in mentions if m.start <= target.idx < m.end), None)
                if mention is not None:
                    full = index.of_mention(mention)
                else:
                    described = _resolve_description(target, index=index, mentions=mentions, before=target.idx)
                    full = described[0] if described is not None else None
                if full is not None:
                    found.add(full)
    return frozenset(found)


# The prepositions a verb of saying names its addressee by: "said to Pryce", "shouted at Pryce".
ADDRESSEE_PREPOSITIONS = frozenset(["to", "at"])


def speaker_mention(tok: Token) -> tuple[int, int]:
    """Character span of the words naming the speaker whose head is ``tok``: the whole name
    ("Mitch McConnell" in "Sen. Mitch McConnell"), the description ("the NATO chief"), or
    the pronoun itself."""
    ent = entity_of(tok)
    if ent is not None and ent.label_ in SPEAKER_LABELS:
        first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
        return first.idx, ent.end_char
    if tok.pos_ == "PROPN":
        words = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [tok]
        return words[0].idx, tok.idx + len(tok.text)
    if tok.pos_ == "NOUN":  # "the NATO chief": the phrase up to its head noun
        return tok.left_edge.idx, tok.idx + len(tok.text)
    return tok.idx, tok.idx + len(tok.text)


# what follows a comma inside one name: "Martin Luther King, Jr.", "Acme, Inc.", "Washington, D.C."
_NAME_SUFFIXES = GENERATIONS | LEGAL_FORMS | frozenset(["d.c", "esq"])


def entity_of(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, found from its IOB tags (``Doc.ents`` is rebuilt
    on every read)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # "against Yovanovitch, Holmes said" read as one entity (j227): two names a comma parts are
    # two; the one holding ``tok`` is its entity ("Martin Luther King, Jr." stays whole)
    for i in range(start, end):
        if doc[i].text == "," and i + 1 < end and doc[i + 1].text.lower().rstrip(".") not in _NAME_SUFFIXES:
            if i < tok.i:
                start = i + 1
            else:
                end = i
                break
    from spacy.tokens import Span  # here, not at the top: quizgen.extract imports without spaCy

    return Span(doc, start, end, label=tok.ent_type_)


def _honorific_gender(tok: Token) -> str:
    """"m" for "Mr. Khan", "f" for "Ms."/"Mrs. Khan", else "?"."""
    start = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i - 1
    for word in tok.doc[max(0, start) : tok.i]:
        honorific = word.lower_.rstrip(".")
        if honorific == "mr":
            return "m"
        if honorific in ("ms", "mrs"):
            return "f"
    return "?"


_KIN = {"m": "husband|son|brother|father|grandson|grandfather|nephew|uncle",
        "f": "wife|daughter|sister|mother|granddaughter|grandmother|niece|aunt"}
KIN_WINDOW = 200  # characters after a person's name in which "her husband" is theirs


def _relative_of(full: str, honorific: str, index: PersonIndex) -> bool:
    """Whether "Mr."/"Ms. <surname>" more likely means an unnamed relative of ``full`` than
    ``full``: their first name is of the other gender and the text gives them a relative of
    the honorific's gender ("Jane Roe runs the bakery with her husband")."""
    if gender_of(full) in ("?", honorific):
        return False
    kin = re.compile(rf"\b(?:his|her|{re.escape(surname(full))}['’]s?)\s+(?:\w+\s+)?(?:{_KIN[honorific]})\b", re.IGNORECASE)
    return any(
        kin.search(index.text, m.end, m.end + KIN_WINDOW) is not None
        for m in index.mentions
        if m.name == full or m.name in surname_forms(full)
    )


def _ranks_a_family(tok: Token, name: str, index: PersonIndex) -> bool:
    """Whether the subject is one of several people sharing a surname, told apart only by age
    ("the elder Gonzalez", "the younger Bush")."""
    if len(name.split()) != 1 or not any(c.lower_ in FAMILY_RANKS for c in tok.subtree if c.i < tok.i):
        return False
    # "The elder McMichael … told his son" (j230), where the text names only the son in full: an
    # age rank written right before the surname says there are two, whoever is named in full
    ranked = any(c.dep_ == "amod" and c.lower_ in _AGE_RANKS for c in tok.children)
    return len(index.family(name)) > (0 if ranked else 1)


# Ranks only of age ("the elder Bush"); "senior"/"junior" rank titles too ("senior adviser Conway").
_AGE_RANKS = frozenset(["elder", "older", "eldest", "oldest", "younger", "youngest"])


def _names_a_group(name: str) -> bool:
    """A "name" whose last word is a party or a following ("Orlando Democrat", "Iowa
    Republican"): somebody described, not named."""
    return name.split()[-1].lower() in PARTY_MEMBERS


def described_unnamed(tok: Token, text: str) -> bool:
    """Whether a subject the tagger read as a name is a person described, with an article and a
    noun of someone unnamed for its last word ("the U.S. Official added", "the unidentified
    U.S. Official said", "a Treasury Spokesman said", j116: the old wire capitalised the word
    after "U.S."). A name takes no article; "the elder Bush" ends on a name."""
    if not text or text.split()[-1].lower() not in UNNAMED_SPEAKERS or tok.lower_ not in UNNAMED_SPEAKERS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)


def _is_org_name(tok: Token, text: str) -> bool:
    """A named organisation ("the Washington Post", "CNN"), not a plural, a title, nor a person
    the tagger took for an organisation by the capital of the noun that says what they are
    ("the unidentified U.S. Official said", j116: the old wire capitalised the word after
    "U.S."): a phrase whose last word is a noun of someone unnamed (``UNNAMED_SPEAKERS``)."""
    words = text.split()
    if tok.tag_ == "NNPS" or text.lower() in TITLE_WORDS:
        return False
    if words[-1].lower() in UNNAMED_SPEAKERS:
        return False
    return len(words) > 1 or (text.isupper() and len(text) >= 2)


def _is_known_person(text: str, index: PersonIndex, *, before: int) -> bool:
    return (
        any(text == f or f.endswith(" " + text) for f in index.full_names)
        or any(m.name == text for m in index.mentions)
        or index.named_in_full(text, before=before) is not None
    )


def _name_in_subtree(tok: Token) -> tuple[str, str] | None:
    """The named entity the subject phrase stands for: its own, or an appositive's."""
    indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in tok.children)
    if tok.ent_type_ in ("PERSON", "ORG") and not indefinite:
        ent = entity_of(tok)
        if ent.label_ == "PERSON" and a_persons_firm(ent):
            return _name_in_subtree(tok.doc[ent.start - 2])  # "analyst Peter Appert of C.J. Lawrence said" (j126)
        if ent.label_ == "PERSON" and corporate_suffixed(ent):
            # "Jardine Fleming (Securities) Ltd economist Eric Rasmussen said" (j146): the firm the
            # tagger took for a person; the speaker is the name in apposition, or nobody named
            named = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            return _name_in_subtree(named[0]) if named else None
        cleaned = clean_name(ent.text) if ent.label_ == "PERSON" else ent.text.strip()
        if ent.label_ == "ORG" and cleaned.lower().startswith("the "):
            cleaned = cleaned[4:]
        return (cleaned, ent.label_) if cleaned else None
    # A name in apposition is the speaker ("the union's press officer, Tom Becker"); a name
    # modifying a common noun is not ("a senior Cruz adviser", "a Clinton campaign official").
    name_links = ("appos", "compound", "flat") if tok.pos_ == "PROPN" else ("appos",)
    for child in tok.children:
        if child.dep_ in name_links and child.ent_type_ == "PERSON":
            ent = entity_of(child)
            if child.dep_ == "compound" and ent.end == tok.i and extend_left(ent).end == tok.i + 1:
                # "Minister [Ling Liong] Sik said": the tagger left the name's last word out
                whole = clean_name(tok.doc[ent.start : tok.i + 1].text)
                return (whole, "PERSON") if whole else None
            return _name_in_subtree(child)
    if indefinite:
        return None  # "a South Carolina Democrat", "one Sanders supporter": nobody named
    if (
        tok.pos_ == "PROPN"
        and tok.tag_ == "NNP"
        and tok.text[:1].isupper()
        and tok.lower_ not in TITLE_WORDS
    ):
        # spaCy missed the entity, or took a person for a place or a title ("Twitter's Adam
        # Sharp" as WORK_OF_ART): the proper-noun chain ending at the subject. Mislabelled
        # chains count only as names of people the article names elsewhere ("PROPN").
        words = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [tok]
        text = clean_name(" ".join(w.text for w in words))
        return (text, "PERSON" if tok.ent_type_ == "" else "PROPN") if text else None
    return None


def resolve_pronoun(
    tok: Token,
    *,
    mentions: list[Mention],
    index: PersonIndex,
    gender: str,
    speakers: list[tuple[int, str]],
    quote_start: int | None = None,
    narration: bool = False,
) -> tuple[str, str] | None:
    """He/she → the person the model (``antecedents``) rates most likely among those the recent
    text names, when it is confident; the hand-written rules' choice is one of its features.
    ``quote_start``: the quotation the pronoun introduces (else the pronoun itself) — people
    are looked for before it. ``narration``: a pronoun of plain narration, not one that
    introduces a quotation — the model learnt from those, where the last speaker is the safe
    bet; in narration that choice is not settled when someone named after it is known to be of
    the pronoun's gender ("“…he is an honest man,” Lee recalled. … Ray's proudest moments …
    He voted …"), and None is returned."""
    before = tok.idx if quote_start is None else quote_start
    if _last_subject_unsettled(tok, mentions=mentions, index=index, quote_start=before):
        return None  # "“…,” the elder Gonzalez said. … he said": not a guess at which Gonzalez
    if quote_start is not None and not narration and _unnamed_subject_nearer(
        tok, mentions=mentions, quote_start=quote_start, gender=gender
    ):
        return None  # "One pastor …, Darran Whiting, said … “…,” he tells parishioners.": not Huckabee
    # "“…,” he told Pryce": the one addressed is never the speaker; he is one of the others in reach
    away = addressees(tok, mentions=mentions, index=index) if quote_start is not None and not narration else frozenset()
    candidates = _pronoun_candidates(
        tok, mentions=mentions, index=index, gender=gender, quote_start=before, speakers=speakers, away=away
    )
    # the one who speaks in the sentence before: before a quotation, or before a pronoun that
    # opens a sentence of reported speech ("Nicholas said that HBO … grew. He also said the tax
    # rate …", j157)
    reporter = None if narration else _previous_reporter(tok, before, index=index, gender=gender)
    if reporter in away:
        reporter = None
    if reporter is not None:
        # The one speaking in the sentence before: theirs, whoever else it names.
        if _told_otherwise(tok, reporter, mentions=mentions, index=index, gender=gender):
            return None
        return reporter, next((c.via for c in candidates if c.name == reporter), "pronoun-subject")
    owner = None if quote_start is None or narration else _words_owner_before(
        tok, before, mentions=mentions, index=index, gender=gender
    )
    if owner is not None:
        # "McCain was referring to Trump's jaw-dropping comment last year on POWs, when he said,
        # “…”" (j230): the words the sentence gave someone before the he/she are theirs
        return None if owner == "" or owner in away else (owner, "pronoun-subject")
    own = _subject_earlier_in_sentence(tok, before, mentions=mentions, index=index, gender=gender)
    if own is not None:
        # "… after Trump lashed out at Obama …, panning what he called “Obamagate.”" (j227): the
        # clause's "he" is the one its own sentence made a subject before it, not the last
        # speaker; no one when the text does not settle who that subject is
        if own == "" or own in away:
            return None
        return own, next((c.via for c in candidates if c.name == own), "pronoun-subject")
    chosen = choose(candidates, at=before)
    if chosen is not None and quote_start is not None and not narration and _relative_reporter_before(
        tok, chosen.name, quote_start, index=index
    ):
        return None  # "He was echoed by …, Pedro Aspe, who said …. “…,” he told …" (j131): Aspe, or the one echoed?
    if chosen is not None and quote_start is not None and not narration and _new_voice_after(
        tok, chosen, candidates, mentions=mentions, index=index, before=before
    ):
        return None  # "One dissenting opinion came from Brian Gammage, … “…,” he said" (j65): not the last speaker
    if chosen is not None and _told_otherwise(tok, chosen.name, mentions=mentions, index=index, gender=gender):
        return None
    if chosen is not None:
        described = _described_subject_before(tok, chosen.name, mentions=mentions, index=index, speakers=speakers)
        if described is not None:
            # "On health care, the president seems to be reconciling himself …. In a Monday
            # appearance …, he blamed McCain …" (j228): the he goes on about the one the sentence
            # before described, not the last speaker
            return described, "description"
    if chosen is not None and _pronoun_runs_on(tok, chosen.name, mentions=mentions, index=index):
        return None  # "He told Meacham that he still supports …. But he said in interviews …" (j224): not Meacham
    if chosen is not None and quote_start is not None and not narration and _speaker_across_a_gap(
        tok, chosen.name, mentions=mentions, index=index, gender=gender, quote_start=quote_start, speakers=speakers
    ):
        return None  # "Denman … said …. Yeutter has also opposed …. The pending legislation would …. He said “…”" (j148)
    if chosen is not None and quote_start is not None and not narration and _another_in_focus(
        tok, chosen.name, mentions=mentions, index=index, gender=gender, quote_start=quote_start, speakers=speakers,
        away=away,
    ):
        return None  # "“…,” said Ann Lee. … Police Chief Bob Hale's remarks … He called it “…”": Lee or Hale?
    if chosen is not None and narration and any(
        c.features["recency"] > chosen.features["recency"] and c.features["gender_known"] for c in candidates
    ):
        return None  # someone named after the one chosen, whose gender is known to fit
    if chosen is not None and " " not in chosen.name and index.kin_gender(chosen.name) != "?":
        # "left it to his wife Lonnie to speak …. “…,” she said": a relative known only by a
        # given name may be who "she" means, so no one named before her is; and no card can name
        # her in full, so the words get no speaker (j50)
        return None
    return (chosen.name, chosen.via) if chosen is not None else None


# Clauses set under another (a complement, an adverbial, a relative clause, a preposition's
# object): a he/she in one goes on about the subject named before it in the sentence.
_EMBEDDED_CLAUSES = frozenset(["ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp", "csubj"])


def _subject_earlier_in_sentence(
    tok: Token, position: int, *, mentions: list[Mention], index: PersonIndex, gender: str
) -> str | None:
    """The person a clause of the pronoun's own sentence has for its subject, last before the
    pronoun (or whose the subject is), when the pronoun is the subject of a clause set under
    another ("… after Trump lashed out at Obama …, panning what he called “Obamagate.”", j227):
    the nearest subject named in the sentence is whom an embedded he/she goes on about, not a
    speaker of the sentence before. None when the pronoun's verb is no embedded clause's ("If
    Obama wins, he said, …": the speaker is another), when a he/she is the nearest subject (the
    chain is the pronoun's own), or when that subject is inside a quotation, an apposition's
    muddle or an "if" clause; else as ``_person_at`` ("" when no one is safe to name)."""
    # an object's he/she is whose its own clause's subject is ("Reagan’s willingness to talk …
    # could bring him under severe criticism", j231): never the subject itself, and the owner
    # is the one person the clause names before it
    owner = None
    if tok.dep_ in ("dobj", "dative"):
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        owners = [c for c in subject.children if c.dep_ == "poss"] if subject is not None else []
        owner = owners[0] if len(owners) == 1 and (owners[0].pos_ == "PROPN" or owners[0].is_title) else None
    if owner is None and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in _EMBEDDED_CLAUSES):
        # the main clause's own ("If Clinton is elected, he said, “…”") or one joined to it ("Mr.
        # Khan … said … that Mr. Trump had shown disrespect …, and he accused Mr. Trump …")
        return None
    sentence = tok.sent
    end = min(tok.idx, position)
    # a subject, or the one a subject belongs to ("Trump's executive order … came as he had
    # already proposed …", j227)
    subjects = [owner] if owner is not None else [
        t for t in tok.doc[sentence.start : tok.i]
        if t.idx < end and (t.pos_ == "PROPN" or t.is_title or t.lower_ in PERSON_PRONOUNS) and (
            t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))
        )
    ]
    if not subjects or subjects[-1].lower_ in PERSON_PRONOUNS:
        return None
    subject = subjects[-1]
    if in_quote(sentence.text, subject.idx - sentence.start_char):
        return None
    if subject.dep_ == "appos" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return None  # "another tough guy, Mr. Putin, Mr. Trump was pressed on why he …": the parse took one for the other
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in subject.head.children):
        return None  # a subject of what may be, not of what is told
    return _person_at(subject, mentions=mentions, index=index, gender=gender)


def _words_owner_before(
    tok: Token, position: int, *, mentions: list[Mention], index: PersonIndex, gender: str
) -> str | None:
    """The person whose words (a noun of speech: "comment", "remark", "claim") the pronoun's own
    sentence names before it, by a possessive ("Trump's jaw-dropping comment … when he said"):
    a he/she that then says something is most likely that person (as ``_person_at``); None when
    there is no such noun."""
    owners = [
        c for t in tok.doc[tok.sent.start : tok.i]
        if t.idx < position and t.lemma_.lower() in SPEECH_NOUNS and t.pos_ == "NOUN"
        for c in t.children if c.dep_ == "poss" and c.lower_ not in PERSON_PRONOUNS
    ]
    return _person_at(owners[-1], mentions=mentions, index=index, gender=gender) if owners else None


def _person_at(word: Token, *, mentions: list[Mention], index: PersonIndex, gender: str) -> str | None:
    """The person the name at ``word`` means, for a he/she of ``gender``: the full name when the
    text settles it (the pronoun's gender tells a family apart: "Trump" beside Lara Trump, for a
    "he"), "" when it may be the he/she but the text does not say in full who (a bare "Trump" of
    unknown gender), None when it is no person of that gender, or a group."""
    found = [m for m in mentions if m.start <= word.idx < m.end]
    if len(found) > 1:
        return None
    if not found:
        # a surname the tagger did not read as a person's, of one the article names in full
        # before ("Trump’s executive order …" where the tagger left "Trump" untyped)
        full = index.full_name(word.text, before=word.idx + 1, gender=gender, settled=True)
        if full is None or full == word.text or full not in index.full_names:
            return None
        found = [Mention(name=word.text, start=word.idx, end=word.idx + len(word.text))]
    mention = found[0]
    full = index.full_name(mention.name, before=mention.start + 1, gender=title_gender(mention, gender), settled=True)
    if full is not None and _names_a_group(full):
        return None
    told = title_gender(mention) or (index.gender(full) if full is not None else gender_of(mention.name))
    if told not in ("?", gender):
        return None
    if full is None or (told == "?" and " " not in full):
        return ""
    return full


def _described_subject_before(
    tok: Token, chosen: str, *, mentions: list[Mention], index: PersonIndex, speakers: list[tuple[int, str]]
) -> str | None:
    """When the sentence right before the pronoun's has for its first main subject a person
    described, not named ("the president", "the spokesman"), and neither names nor credits the
    one chosen: whom that description names (``_resolve_description``). None when the sentence
    before is no such sentence or its description names no one the text settles: the Vermont
    senator the text calls only a candidate is likely the one chosen (returning no one there
    had dropped seven right quotations of the 840-article PolNeAR deck)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    previous = _sentence_before(tok.doc, tok.sent.start_char)
    if previous is None:
        return None
    subjects = _main_subjects(previous)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.tag_ != "NN" or subject.lemma_.lower() not in PERSON_HEADS or not any(
        c.lower_ == "the" and c.dep_ == "det" for c in subject.children
    ):
        return None
    if any(previous.start_char <= m.end and m.start < previous.end_char for m in mentions if _mention_names(m, chosen, index)):
        return None
    if any(previous.start_char <= p < previous.end_char and n == chosen for p, n in speakers):
        return None
    if any(m.start <= t.idx < m.end for t in subject.subtree for m in mentions):
        return None  # "the president, Joe Biden, …": named after all
    found = _resolve_description(subject, index=index, mentions=mentions, before=subject.idx, speakers=speakers)
    # named by no one the text settles: no opinion ("Instead, the Vermont senator is sticking to
    # his campaign message. “…,” he told cheering supporters": the description is the one chosen)
    return found[0] if found is not None else None


def _mention_names(mention: Mention, name: str, index: PersonIndex) -> bool:
    """Whether a mention is of ``name`` (by its full name or a surname form of it)."""
    return index.of_mention(mention) == name or mention.name in surname_forms(name)


def _pronoun_runs_on(tok: Token, chosen: str, *, mentions: list[Mention], index: PersonIndex) -> bool:
    """Whether the sentence before the pronoun's has the same pronoun for its main subject and
    names the one chosen only elsewhere in it ("He told Meacham that he still supports his son's
    decision …. But he said in interviews that he does “worry …”", j224): two sentences running
    with one subject pronoun are about one person, and the one named beside it is whom that
    person spoke of, not who speaks now."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    previous = _sentence_before(tok.doc, tok.sent.start_char)
    while previous is not None and not any(t.is_alpha for t in previous):
        previous = _sentence_before(tok.doc, previous.start_char)  # a closing mark the parser set apart
    if previous is None:
        return False
    subjects = _main_subjects(previous)
    if not subjects or subjects[0].lower_ != tok.lower_:
        return False
    named = [
        m for m in mentions
        if previous.start_char <= m.start < previous.end_char and index.of_mention(m, settled=True) == chosen
    ]
    spans = [tok.doc.char_span(m.start, m.end, alignment_mode="expand") for m in named]
    # only a co-argument of the very verb the pronoun is the subject of ("He told Meacham"): named
    # as a subject there ("But …, Ms. Gedrich said, she thought …") or in a clause of its own ("When
    # the interview steered Allen toward …, he offered …") is whom the pronoun may mean
    verb = subjects[0].head
    return bool(named) and all(span is not None and _object_of(span.root, verb) for span in spans)


def _object_of(word: Token, verb: Token) -> bool:
    """Whether ``word`` is an object of ``verb``: its direct or indirect object, or a
    preposition's object hung on it."""
    if word.dep_ in ("dobj", "dative") and word.head.i == verb.i:
        return True
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.i == verb.i


def _new_voice_after(
    tok: Token, chosen: Candidate, candidates: list[Candidate], *, mentions: list[Mention], index: PersonIndex, before: int
) -> bool:
    """Whether someone named in full once, with a role in apposition, last of all and known to
    be of the pronoun's gender, came after the last speaker the choice falls back on ("Said Mr
    Fogg: “…” One dissenting opinion came from Brian Gammage, vice-president of research at
    Gartner. He said: “…”"): a story brings in a new voice so, and which of the two speaks is
    not safe to say. A name only mentioned ("eager to answer Senator Robert Hanley's critics")
    brings in no voice."""
    if not chosen.features["speaker_not_latest"]:
        return False
    new = [
        c.name for c in candidates
        if c.name != chosen.name and c.features["recency"] == 1.0 and c.features["gender_known"]
        and " " in c.name and c.features["mentions"] <= math.log1p(1) and not c.features["spoke"]
    ]
    if not new:
        return False
    named = [m for m in mentions if m.start < before and index.of_mention(m, settled=True) == new[0]]
    span = tok.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand") if named else None
    return span is not None and any(c.dep_ == "appos" for c in span.root.children)


def _sentence_before(doc, position: int):  # type: ignore[no-untyped-def]
    """The sentence before the one holding character ``position``, or None when that one opens
    the text (or no token is there); a paragraph break the parser gave a sentence of its own is
    passed over (j157: a blanked paragraph before "He also said …")."""
    opening = doc.char_span(position, position + 1, alignment_mode="expand")
    if opening is None:
        return None
    last = opening[0].sent.start - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    return doc[last].sent if last >= 0 else None


def _speaker_across_a_gap(
    tok: Token,
    chosen: str,
    *,
    mentions: list[Mention],
    index: PersonIndex,
    gender: str,
    quote_start: int,
    speakers: list[tuple[int, str]],
) -> bool:
    """Whether the sentence right before the quotation's names nobody, the one chosen has said
    nothing before, and the last one credited with words before it is someone else whose gender
    may be the pronoun's: "Denman made his comments … He said he was concerned …. Yeutter has
    also opposed those provisions …. The pending legislation would force …. He said “…”" (j148)
    — the last speaker goes on, or the last one named speaks up; the text does not say which."""
    position = min(tok.idx, quote_start)
    previous = _sentence_before(tok.doc, position)
    if previous is None:
        return False
    if any(previous.start_char <= m.start < previous.end_char for m in mentions):
        return False
    if any(t.lower_ in ("he", "she") for t in previous):
        return False  # "… he added": the sentence before goes on about someone
    said = [(p, n) for p, n in speakers if p < position]
    if not said or any(n == chosen for _, n in said):
        return False
    last = max(said)[1]
    told = index.gender(last)
    return last != chosen and told in (gender, "?")


def _another_in_focus(
    tok: Token,
    chosen: str,
    *,
    mentions: list[Mention],
    index: PersonIndex,
    gender: str,
    quote_start: int,
    speakers: list[tuple[int, str]],
    away: frozenset[str] = frozenset(),
) -> bool:
    """Whether the sentence right before the quotation's (with the words of its own sentence
    before it) names, in any role (subject, object, possessor, apposition), someone else whose
    gender may be the pronoun's, and neither names nor credits ``chosen`` nor goes on about
    someone by a he/she of that gender or a description as its subject: "“…,” said Ann Lee of
    the university. That may sound odd to anyone who heard Police Chief Bob Hale's remarks. He
    called them “…”" — the model leans on the last speaker, but the text moved on to Hale and
    does not say which of the two it means. Not when the sentence is about the one chosen
    ("Mr. Cruz has sharpened his language amid attacks from Mr. Rubio. He has coined …") or
    carries a he on ("But he suggested that Mr. Lew …"). A name opening the pronoun's own
    sentence is weighed before this (``_sentence_opener``)."""
    position = min(tok.idx, quote_start)
    previous = _sentence_before(tok.doc, position)
    if previous is None:
        return False
    own = tok.doc[previous.end].sent  # the quotation's sentence
    since = previous.start_char
    if any(since <= p < position and n == chosen for p, n in speakers):
        return False
    others = False
    for m in mentions:
        if not since <= m.start < position:
            continue
        full = index.of_mention(m, settled=True)
        if full is None or _names_a_group(full):
            continue
        if full == chosen or m.name in surname_forms(chosen):
            return False
        if full in away:
            continue  # the one the quotation is said to ("he told Pryce") is no other speaker
        told = title_gender(m) or index.gender(full)
        if told == gender or (told == "?" and " " in full):
            others = True
    if not others:
        return False
    for sentence in (previous, own):
        root = sentence.root
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.idx >= position:
                continue
            if subject.pos_ == "PRON" and PERSON_PRONOUNS.get(subject.lower_) == gender:
                return False  # "But he suggested that Mr. Lew …": the he goes on
            if subject.tag_ == "NN" and subject.lemma_.lower() in PERSON_HEADS and not any(
                m.start <= t.idx < m.end for t in subject.subtree for m in mentions
            ):
                return False  # "The former ambassador discussed Clinton …": one described ("Critics" are no he)
    return True


def _relative_reporter_before(tok: Token, chosen: str, quote_start: int, *, index: PersonIndex) -> bool:
    """Whether the sentence before a quotation that opens its own sentence has someone other
    than the one chosen speak in a relative clause ("He was echoed by Mexico's deputy planning
    minister, Pedro Aspe Armella, who said the delay … “It's a sad affair,” he told …", j131):
    the "he" may be the one who just spoke there as well as the sentence's subject."""
    doc = tok.doc
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None or opening[0].sent.start == 0:
        return False
    previous = doc[opening[0].sent.start - 1].sent
    for verb in previous:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        named = [verb.head, *(c for c in verb.head.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
        for head in named:
            if head.ent_type_ not in ("PERSON", "ORG"):
                continue
            text = clean_name(entity_of(head).text)
            # a person's name, though the tagger may call it an organisation ("Pedro Aspe Armella")
            if not text or (head.ent_type_ == "ORG" and (" " not in text or gender_of(text) == "?")):
                continue
            full = index.full_name(text, before=head.idx + 1, settled=True) or text
            if full != chosen and not chosen.endswith(" " + text.split()[-1]):
                return True
    return False


def _previous_reporter(tok: Token, quote_start: int, *, index: PersonIndex, gender: str) -> str | None:
    """The person who speaks in the sentence before a quotation that opens its own sentence:
    the named subject of that sentence's main verb of saying ("Mary Kolby, director of the
    union, also said her group would march. “We will be a force,” she said." → Mary Kolby,
    even when the tagger missed her name). A person named later in that sentence ("Mr. Hale
    said he did it only because Mr. Lynch agreed. “…,” he said.") or the story's main figure
    is not who the "he"/"she" means. None when that subject is no person's name of the
    pronoun's gender (a pronoun, a description, a group), or two people could bear it."""
    doc = tok.doc
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None:
        return None
    sentence = opening[0].sent
    if any(not (t.is_punct or t.is_space) for t in doc[sentence.start : opening.start]):
        return None  # the quotation is inside a sentence of its own: its opener counts first
    if tok.i < sentence.start:
        return None
    previous = _sentence_before(doc, sentence.start_char)
    if previous is None:
        return None
    root = previous.root
    if root.lemma_.lower() not in REPORTING_VERBS or root.pos_ not in ("VERB", "AUX"):
        return None
    if root.lemma_.lower() in ASKING_VERBS:
        return None  # "Brandt asked Ortiz whether …": who answers is the one asked
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = _name_in_subtree(subject)
    if found is None:
        return None
    text, label = found
    if label != "PERSON" and not _is_known_person(text, index, before=subject.idx) and not (
        subject.pos_ == "PROPN" and " " in text and gender_of(text) == gender
    ):
        return None  # a place or a group; but "Mary Kolby" the tagger took for an organisation is her
    honorific = _honorific_gender(subject)
    if honorific not in ("?", gender):
        return None
    full = index.full_name(text, before=subject.idx, gender=honorific, settled=True)
    if full is None or _names_a_group(full) or (honorific != "?" and _relative_of(full, honorific, index)):
        return None
    written = clean_name(" ".join(
        [c.text for c in subject.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [subject.text]
    ))
    if any(w not in re.split(r"[\s-]+", full) for w in (written or "").split()):
        return None  # "German Ortega says" when the tagger took "German" for a nationality: not Freddy Ortega
    known = index.gender(full)
    if known not in ("?", gender) or (" " not in full and known == "?" and honorific == "?"):
        return None
    return full


def _told_otherwise(tok: Token, name: str, *, mentions: list[Mention], index: PersonIndex, gender: str) -> bool:
    """Whether the text's own pronouns give ``name``, whose first name tells no gender ("Hillary"
    is given to both), the other gender: "Clinton was on track, even with her loss" — a "he
    said" later is not hers, however recently she was named (``bound_pronouns.told_genders``).
    The quotation then gets no speaker rather than the next guess: the candidates were weighed
    with her among them."""
    if index.gender(name) != "?":
        return False
    return told_genders(tok.doc, mentions=mentions, index=index).get(name, gender) != gender


def _pronoun_candidates(
    tok: Token,
    *,
    mentions: list[Mention],
    index: PersonIndex,
    gender: str,
    quote_start: int,
    speakers: list[tuple[int, str]],
    away: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The people ``tok`` may mean, with the features the model reads: everyone the pronoun's
    paragraph and the two before it name whose gender fits (one-word names only of known gender),
    but those its verb addresses (``away``: ``addressees``)."""
    doc = tok.doc
    since, position = _antecedent_window(tok, quote_start)
    opener = _sentence_opener(doc, tok, mentions=mentions, index=index, gender=gender)
    rule = _rule_choice(
        tok, since, position, opener=opener, mentions=mentions, index=index, gender=gender, speakers=speakers
    )
    spoke = [n for p, n in speakers if since <= p < position]
    last: dict[str, int] = {}  # full name → where last mentioned (or credited) before the pronoun
    subjects, asked, in_subject = set(), set(), set()
    titled: dict[str, str] = {}  # full name → the gender its last "Mr."/"Mrs." in reach tells
    for m in mentions:
        if not since <= m.start < position:
            continue
        full = index.of_mention(m, settled=True)
        if full is None or _names_a_group(full):
            continue
        last[full] = m.start
        honorific = title_gender(m)
        if honorific is not None:
            titled[full] = honorific
        if _in_subject_phrase(doc, m):
            in_subject.add(full)
        if is_main_subject(doc, m):
            subjects.add(full)
            question = _person_asked(doc, m, mentions)
            if question is not None:
                asked.add(index.full_name(question.name, before=question.start + 1))
    for p, n in speakers:
        if since <= p < position:
            last[n] = max(last.get(n, -1), p)
    if opener is not None:
        last.setdefault(opener, tok.sent.start_char)
    def told(name: str) -> str:
        # "Mrs. Clinton" in reach says which Clinton, whatever the article's other Clintons
        return titled.get(name) or index.gender(name)

    fitting = {
        n: at for n, at in last.items()
        if told(n) in ("?", gender) and (" " in n or told(n) == gender)
    }
    if rule is not None:
        fitting.setdefault(rule[0], position)
    fitting = {n: at for n, at in fitting.items() if n not in away}
    # Beside someone living, one the article shows dead ("Freddy was dead") is not who "he said"
    # means now; alone, they may be (an obituary quotes the late columnist's last column).
    living = {n: at for n, at in fitting.items() if " " not in n or not index.dead(n)}
    fitting = living or fitting
    order = sorted(fitting, key=lambda n: -fitting[n])
    paragraph = _paragraph_start(doc[tok.sent.start], back=0)
    candidates = []
    for rank, name in enumerate(order):
        at = fitting[name]
        between = doc.char_span(at, position, alignment_mode="expand")
        sentences_back = sum(1 for t in between if t.is_sent_start) if between is not None else 0
        via = rule[1] if rule is not None and rule[0] == name else (
            "pronoun-speaker" if spoke and spoke[-1] == name else "pronoun-subject"
        )
        features = {
            "rule_choice": float(rule is not None and rule[0] == name),
            "opener": float(opener == name),
            "previous_speaker": float(bool(spoke) and spoke[-1] == name),
            "spoke": math.log1p(spoke.count(name)),
            "main_subject": float(name in subjects),
            "asked": float(name in asked),
            "recency": 1.0 / (1 + rank),
            "sentences_back": math.log1p(sentences_back),
            "same_paragraph": float(at >= paragraph),
            "gender_known": float(told(name) == gender),
            "one_word": float(" " not in name),
            "mentions": math.log1p(sum(1 for m in mentions if m.start < position and (m.name == name or m.name in surname_forms(name)))),
            "candidates": math.log(len(order)),
        }
        features["in_subject"] = float(name in in_subject)
        features["previous_sentence"] = float(sentences_back <= 1)
        features["rule_not_latest"] = features["rule_choice"] * (rank > 0)
        features["speaker_not_latest"] = features["previous_speaker"] * (rank > 0)
        candidates.append(Candidate(name, via, features))
    return candidates


def _last_subject_unsettled(tok: Token, *, mentions: list[Mention], index: PersonIndex, quote_start: int) -> bool:
    """Whether the last person a main clause is about before the pronoun is one of a family the
    text does not tell apart there ("the elder Gonzalez", "Gonzalez" among three), or one known
    by one word of no known gender: the pronoun most likely means them, so no other person may
    be named for it."""
    since, position = _antecedent_window(tok, quote_start)
    subjects = [m for m in mentions if since <= m.start < position and is_main_subject(tok.doc, m)]
    if not subjects:
        return False
    last = subjects[-1]
    full = index.of_mention(last, settled=True)
    if (
        full is not None and " " not in full and index.gender(full) == "?" and title_gender(last) is None
        and last.start < tok.sent.start_char and not _in_an_organisation_name(tok.doc, full)
    ):
        # "Barca midfielder Deco, …, agreed that … “…,” he said" (BBC, j64): a one-word name of
        # no known gender, whom the candidates leave out, is the one the text last spoke of
        return True
    family = len(index.family(last.name)) > 1
    return family and full is None


def _in_an_organisation_name(doc: Doc, word: str) -> bool:
    """Whether the text writes ``word`` inside an organisation's name ("Hewlett" of
    "Hewlett-Packard Co."): a one-word "person" that is likely the company."""
    return any(e.label_ == "ORG" and word in e.text.replace("-", " ").split() for e in doc.ents)


def _unnamed_subject_nearer(tok: Token, *, mentions: list[Mention], quote_start: int, gender: str) -> bool:
    """Whether the last person a main clause is about before a "he said" quotation is one the
    text gives no name the parse found: one person described ("One pastor supporting Mr. Cruz,
    Darran Whiting of Liberty Baptist Church, said he …" — the tagger missed the name; "a
    middle-aged cashier was shaken …"; "In the movie, a contractor tells Bob Walsh …": the one
    addressed is never the one speaking), or a surname the tagger took for a place or a thing,
    of a name the text set beside a person noun and never names a person by ("author and
    liberal firebrand Cornel West …. West landed a sharp dig …"). The he/she most likely means
    them, so nobody named further back stands in. A he/she subject of the pronoun's gender
    carries the chain on ("He has made announcements …, he said."); subjects that are no person
    (a campaign, a place, "some men") are passed over; a sentence whose clause has a named
    subject ends the search (the model weighs that person)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "her claim that she “…”": the owner of the words, not a new speaker
    doc = tok.doc
    since, _ = _antecedent_window(tok, quote_start)
    named = _NamedSpans(mentions)
    surnames = {m.name.split()[-1] for m in mentions if m.name}
    window = doc.char_span(since, quote_start, alignment_mode="expand") if quote_start > since else None
    apposed = {
        t.text for t in window or ()
        if t.pos_ == "PROPN" and t.dep_ in ("appos", "conj") and t.text not in surnames
        and t.head.lemma_.lower() in PERSON_HEADS and t.head.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.lefts)
    }
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None:
        return False
    start = opening[0].sent.start
    while start > 0:
        previous = doc[start - 1].sent
        start = previous.start
        if previous.end_char <= since:
            return False
        speaker = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        if (
            speaker is not None and previous.root.lemma_.lower() in REPORTING_VERBS
            and described_unnamed(speaker, " ".join(t.text for t in speaker.subtree))
        ):
            return True  # "“…,” the unidentified U.S. Official said. “…,” he added." (j116): the official
        if speaker is not None and _owned_unnamed_speaker(speaker, previous.root, named) and (
            GENDERED_ROLE_NOUNS.get(speaker.lemma_.lower()) in (None, gender)
        ):
            return True  # "Goldsmith said …, Blair's spokesman stressed. “…,” he added.": the spokesman
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and named.holds(t)
            and (t.head.i == previous.root.i or t.head.lemma_.lower() in REPORTING_VERBS)
            for t in previous
        ):
            return False  # "…, Ms. Gedrich said, she thought …": a person the parse named
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if any(c.dep_ == "appos" and named.holds(c) for c in subject.children):
            return False  # "One of his advisers, Tad Devine, told …"
        if subject.pos_ == "PRON":
            if PERSON_PRONOUNS.get(subject.lower_) not in (None, gender):
                return False
            continue
        # a common noun in lower case the tagger may call proper after a name ("A Wall Street arbitrageur")
        one = (subject.tag_ == "NN" or (subject.tag_ == "NNP" and subject.is_lower)) and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in subject.children
        )
        lemma = subject.lemma_.lower()
        reports = root.lemma_.lower() in REPORTING_VERBS
        if one and GENDERED_ROLE_NOUNS.get(lemma) in (None, gender) and (
            lemma in PERSON_HEADS
            or (reports and (lemma in UNNAMED_SPEAKERS or _addresses_someone(root, named)))
            # "A Wall Street arbitrageur, who owns Harcourt shares, said …. “…,” he said." (j130):
            # one described who speaks, whatever the noun, unless it names a kind of business
            or (reports and not subject.ent_type_ and not org_head(lemma))
        ):
            # "A key Senate Budget Committee source told Reuters he believes …. “…,” he said." (j79):
            # the source, not the president named paragraphs before
            return True
        the = subject.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if the and lemma in ROLE_NOUNS and GENDERED_ROLE_NOUNS.get(lemma) in (None, gender) and _titles_a_missed_name(
            doc, lemma, mentions=mentions, before=quote_start
        ):
            # "Cardinal Cormac Murphy-O'Connor (a name the tagger took for a company's) … Dr
            # Rowan Williams appealed … On Friday, the Cardinal will ask …. “…,” he will say":
            # the cardinal, not the archbishop, and the text names him where the parse did not
            return True
        if the and lemma in PERSON_HEADS and GENDERED_ROLE_NOUNS.get(lemma) in (None, gender) and _introduced_unnamed(
            doc, lemma, before=previous.start_char, named=named
        ):
            # "One senior banker closely involved … offered support …. The senior banker was
            # opposed …, saying: “…” But he added: “…”" (Reuters, j71): the banker the text
            # brought in without a name, not the minister named before him
            return True
        if subject.pos_ == "PROPN" and subject.text in apposed and subject.ent_type_ != "PERSON":
            return True
        kind = next(
            (c.lemma_.lower() for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_HEADS),
            None,
        )
        if kind and subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON" and not named.holds(subject) and (
            GENDERED_ROLE_NOUNS.get(kind) in (None, gender)
        ):
            # "But Bombay broker Dinesh Walji said … "…," he said." (j84): a person the tagger
            # took for a company, named after the noun that says what he is
            return True
        if described_person(subject) and len({m.name for m in mentions if since <= m.start < previous.start_char}) > 1:
            # "“…,” said Hopman Cup doctor Hamish Osborne. … The Australian has suffered … “…,”
            # he said": the player the story calls by nationality or age, not the doctor (with
            # one person named before, "the 25-year-old" is that person: the model's to weigh)
            return True
    return False


def described_person(subject: Token) -> bool:
    """Whether a subject is a person the text names by nationality or age alone, with "the"
    ("The Australian", "The Frenchman", "the 28-year-old"): someone it spoke of before, not a
    new name."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    if subject.ent_type_ == "NORP" and subject.tag_ == "NNP":
        return True
    return subject.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_.lower() == "year" for c in subject.children)


def _introduced_unnamed(doc: Doc, lemma: str, *, before: int, named: _NamedSpans) -> bool:
    """Whether the text before ``before`` brings in a person of the noun ``lemma`` with "a",
    "an", "one" or "another" as a clause's subject and gives them no name ("One senior banker
    closely involved in … offered support", not "a banker, John Reed, said" nor "was hired as an
    analyst"): the one a later "the banker" goes on with."""
    for t in doc:
        if t.idx >= before:
            break
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ not in ("nsubj", "nsubjpass"):
            continue  # brought in as the one who acts, not "hired as an analyst", "Roffman, a securities analyst"
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children):
            continue
        if any(c.dep_ == "appos" and named.holds(c) for c in t.children) or any(named.holds(c) for c in t.children if c.dep_ == "compound"):
            continue
        return True
    return False


def _titles_a_missed_name(doc: Doc, title: str, *, mentions: list[Mention], before: int) -> bool:
    """Whether the text before ``before`` writes ``title`` capitalised before a name no person
    mention covers ("Cardinal Cormac Murphy-O'Connor" that the tagger took for a company's),
    and gives no person it knows that title: someone the person list lacks holds it."""
    titles = {w for m in mentions if m.role and m.start < before for w in m.role.lower().replace("-", " ").split()}
    if title in titles:
        return False
    covered = [(m.start, m.end) for m in mentions]
    for t in doc:
        if t.idx >= before:
            break
        if t.lower_ == title and t.text[:1].isupper() and t.i + 1 < len(doc):
            after = doc[t.i + 1]
            if after.pos_ == "PROPN" and after.text[:1].isupper() and not any(s <= after.idx < e for s, e in covered):
                return True
    return False


def _owned_unnamed_speaker(subject: Token, root: Token, named: _NamedSpans) -> bool:
    """Whether a sentence's main verb of saying has for its subject one person described by
    whose they are and never named ("Blair's spokesman stressed", "his lawyer said"): a
    person head noun with a possessive, no name in its phrase. The "he" of the quotation after
    it goes on with that speaker, not with a person the sentence reports ("Goldsmith said …,
    Blair's spokesman stressed")."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in PERSON_HEADS:
        return False
    if root.lemma_.lower() not in REPORTING_VERBS or root.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "poss" for c in subject.children):
        return False
    return not any(named.holds(t) for t in subject.subtree if t.dep_ != "poss" and t.head.dep_ != "poss")


def _addresses_someone(verb: Token, named: _NamedSpans) -> bool:
    """Whether a verb of saying has a named person as the one addressed ("tells Bob Walsh",
    "said to Walsh")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            targets = [child]
        elif child.dep_ == "prep" and child.lower_ == "to":
            targets = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        if any(named.holds(t) for t in targets):
            return True
    return False


class _NamedSpans:
    """Where the mentions of named people lie, to ask whether a token is inside one."""

    def __init__(self, mentions: list[Mention]):
        self.spans = [(m.start, m.end) for m in mentions]

    def holds(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.spans)


def _in_subject_phrase(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is inside the subject phrase of its sentence's main verb ("Some
    defenders, like Gary Hufnagel, also acknowledge …")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    for _ in range(8):
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ROOT":
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _rule_choice(
    tok: Token,
    since: int,
    position: int,
    *,
    opener: str | None,
    mentions: list[Mention],
    index: PersonIndex,
    gender: str,
    speakers: list[tuple[int, str]],
) -> tuple[str, str] | None:
    """The hand-written rules' antecedent: the person most recently named as a speaker or as
    a main-clause subject.

    News style makes "he said" refer to the last speaker or the person the previous
    sentence is about; a first name that contradicts the pronoun rules a person out.
    """
    doc = tok.doc
    salient, previous_speaker = _salient_people(
        doc, since, position, mentions=mentions, index=index, speakers=speakers
    )
    # A name that opens the pronoun's own sentence is who it means: "As for Trump, he said",
    # "Vice President Joe Biden weighed in, telling Mic …, “…” he said" (``opener``).
    if opener is not None:
        return opener, "pronoun-subject"
    # A one-word name of unknown gender ("Xinhua") is no antecedent for he or she.
    salient = [(p, n) for p, n in salient if " " in n or index.gender(n) == gender]
    ranked = sorted(salient, reverse=True)
    nearer = _nearer_subject(tok, position, mentions=mentions, index=index, gender=gender)
    if nearer is not None and (not ranked or ranked[0][0] < nearer[0]) and (not ranked or ranked[0][1] != nearer[1]):
        # "Ms. Epstein noted … . … that Mrs. Clinton, if elected, might nominate … . “…,” she said."
        return nearer[1], "pronoun-subject"
    if (
        previous_speaker is not None
        and ranked
        and ranked[0] == previous_speaker
        and index.gender(previous_speaker[1]) in ("?", gender)
    ):
        return previous_speaker[1], "pronoun-speaker"  # "“…,” Graham said. He continued, “…”"
    # Only the subject of a recent main clause or of a reporting verb is safe to name; a
    # person merely mentioned nearby is not (measured: about one in five right on PolNeAR).
    for _, full in ranked:
        # First names are only a hint (Lindsey Graham is a man): they rule out, never in.
        if index.gender(full) in ("?", gender):
            return full, "pronoun-subject"
    # No salient person: "she" can still mean only one person when she is the one woman the
    # recent text names (and nobody of unknown gender, nor anyone the index cannot settle, is
    # named there: "he had said while still Joseph Cardinal Ratzinger" after "Pope Benedict
    # faced …" is not the one man settled, George W. Bush).
    settled = [
        (m, index.of_mention(m, settled=True)) for m in mentions if since <= m.start < position and not _names_a_thing_of_theirs(doc, m)
    ]
    nearby = {full for _, full in settled if full is not None}
    genders = {index.gender(full) for full in nearby}
    matching = [full for full in nearby if index.gender(full) == gender]
    if len(matching) == 1 and "?" not in genders and not any(
        _may_be_another(m, matching[0], index=index, gender=gender) for m, full in settled if full is None
    ):
        return matching[0], "pronoun-gender"  # type: ignore[return-value]
    return None


def _names_a_thing_of_theirs(doc: Doc, mention: Mention) -> bool:
    """Whether the name only modifies a noun ("the Obama administration’s nuclear deal", "the
    Clinton campaign"): it names the person's government or campaign, not the person as one the
    text speaks of (j239: "Though he called the Obama administration’s nuclear deal with Iran a
    “disaster,” …" in a story about Trump's speech had given Trump's words to Obama)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (
        span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"
        and span.root.head.lemma_.lower() in _A_PERSONS_BODIES
    )


# What a person's name names when it modifies these nouns: their government or campaign, not
# them ("the Obama administration", "the Clinton campaign"); a brand ("the Ivanka Trump clothing
# line") or a plan ("the Trump plan") is theirs and may stand for them.
_A_PERSONS_BODIES = frozenset([
    "administration", "campaign", "government", "presidency", "regime", "cabinet", "camp", "team",
    "transition", "era", "years", "foundation", "organization", "family",
])


def _may_be_another(mention: Mention, chosen: str, *, index: PersonIndex, gender: str) -> bool:
    """Whether a mention the index cannot settle names one other person of the pronoun's gender
    than ``chosen``: "Pope Benedict" (only Benedict XVI has the name; not George W. Bush). A
    family name several people share ("Grayson": Alan, Dena, Lolita) points at none of them."""
    words = set(mention.name.split())
    possible = [full for full in index.full_names if words & set(full.split())]
    if not possible:
        return gender_of(mention.name) in ("?", gender)
    if len({full.split()[0] for full in possible}) > 1 or chosen in possible:
        return False
    return index.gender(possible[0]) in ("?", gender)


def _nearer_subject(
    tok: Token, position: int, *, mentions: list[Mention], index: PersonIndex, gender: str
) -> tuple[int, str] | None:
    """(where, who) of the one person the sentence right before the pronoun's makes the subject
    of a clause, when the text says they are of the pronoun's gender there ("Mrs. Clinton, if
    elected, might nominate …") and nobody else of that gender or of unknown gender is named in
    that sentence: a he/she opening the next sentence's quotation means them, not a person the
    text was about before. Not when a he/she of that gender is a subject before them there ("But
    he suggested that Mr. Lew had …"): the pronouns go on about someone else."""
    doc = tok.doc
    sentence = tok.sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if previous.end_char > position:
        return None
    named = [m for m in mentions if previous.start_char <= m.start < previous.end_char]
    found: list[tuple[int, str]] = []
    for m in named:
        full = index.of_mention(m, settled=True)
        if full is None or _names_a_group(full):
            continue
        told = title_gender(m) or index.gender(full)
        if told == "?" or told == gender and (" " in full or m.role):
            found.append((m.start, full, told))
    people = {full for _, full, _ in found}
    if len(people) != 1 or any(told != gender for _, _, told in found):
        return None
    at, full, _ = found[-1]
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(
        t.idx < at and PERSON_PRONOUNS.get(t.lower_) == gender and t.dep_ in ("nsubj", "nsubjpass") for t in previous
    ):
        return None  # "He said Mateen “…”. “…,” he said.": the text goes on about whoever "he" was
    return at, full


def _antecedent_window(tok: Token, quote_start: int) -> tuple[int, int]:
    """Where an antecedent of ``tok`` may be: (since, position) in characters, the pronoun's
    paragraph and the two before it (and not far back)."""
    position = min(tok.idx, quote_start)
    return max(position - PRONOUN_WINDOW, _paragraph_start(tok.doc[tok.sent.start], back=2)), position


def _salient_people(
    doc: Doc, since: int, position: int, *, mentions: list[Mention], index: PersonIndex, speakers: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], tuple[int, str] | None]:
    """The people a text is about between ``since`` and ``position``: (where, who) of each
    speaker and main-clause subject, and the last speaker."""
    spoke = [(p, n) for p, n in speakers if since <= p < position]
    salient = list(spoke)
    for m in mentions:
        if since <= m.start < position and is_main_subject(doc, m):
            asked = _person_asked(doc, m, mentions)
            if asked is not None:
                m = asked  # "Brandt asked Ortiz whether …": who answers next is Ortiz
            full = index.of_mention(m, settled=True)
            if full is not None and not _names_a_group(full):
                salient.append((m.start, full))
    return salient, max(spoke, default=None)


def _person_asked(doc: Doc, asker: Mention, mentions: list[Mention]) -> Mention | None:
    """The person ``asker`` puts a question to ("Brandt asked Ortiz whether …" → Ortiz)."""
    span = doc.char_span(asker.start, asker.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in ASKING_VERBS:
        return None
    verb = span.root.head
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative"):
            return next((m for m in mentions if m.start <= obj.idx < m.end), None)
    if verb.dep_ == "advcl":
        # "Ryan did not sound sure when Tapper asked whether …": the main clause's subject
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return next((m for m in mentions if m.start <= subject.idx < m.end), None)
    return None


def _resolve_anaphor(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], quote_start: int, speakers: list[tuple[int, str]]
) -> tuple[str, str] | None:
    """"the Vermont senator said", "the retired neurosurgeon told": a definite description
    by role, with no "of"/"for" phrase bringing in someone new, means the person the text is
    about: the subject of a recent main clause who was not the last to speak."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in ANAPHORIC_ROLES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("prep", "relcl", "appos", "acl") for c in tok.children):
        return None  # "the chairman of the county party", "the senator who …": someone new
    if _introduced_unnamed(tok.doc, tok.lemma_.lower(), before=tok.idx, named=_NamedSpans(mentions)):
        # "A news anchor asked the doctor …. Then the anchor chimes in and says, “…”" (j217): the
        # anchor the text brought in without a name, not the doctor he questioned
        return None
    since, position = _antecedent_window(tok, quote_start)
    salient, previous_speaker = _salient_people(
        tok.doc, since, position, mentions=mentions, index=index, speakers=speakers
    )
    ranked = [n for _, n in sorted(salient, reverse=True) if " " in n]
    if not ranked or (previous_speaker is not None and ranked[0] == previous_speaker[1]):
        # Writers go on with "he said" for the last speaker; a description after a quotation
        # tends to bring in someone else (measured on PolNeAR: 23 of 30 right otherwise).
        return None
    roles = [m.role for m in mentions if m.role and index.of_mention(m) == ranked[0]]
    if not title_fits(tok, tok.lemma_.lower(), roles):
        return None
    return ranked[0], "description"


def title_fits(tok: Token, head: str, roles: list[str]) -> bool:
    """Whether a description headed by ``tok`` (its noun ``head``) can be a person the article
    gives ``roles``: a title in it must fit one of them ("the mayor" is not the senator, "the
    former president" is not the vice president); with no title given, the text never said the
    person is one ("the former president said" after Laura Bush is George W. Bush). A noun of
    no title ("the front-runner") fits anyone."""
    if head not in _TITLE_NOUNS:
        return True
    phrase = " ".join(t.lower_ for t in tok.subtree)

    def fits(role: str) -> bool:
        words = {_TITLE_NOUNS.get(w.rstrip("."), w.rstrip(".")) for w in role.replace("-", " ").split()}
        whole = next((t for t in TITLE_PHRASES if role.endswith(t)), None)
        past = any(w in role for w in ("former", "ex-"))
        return head in words and (whole is None or whole in phrase) and past == ("former" in phrase)

    return any(fits(r.lower()) for r in roles)


# Titles as written before names, by the noun a description uses for them.
_TITLE_NOUNS = {
    "senator": "senator", "sen": "senator", "governor": "governor", "gov": "governor",
    "mayor": "mayor", "president": "president", "secretary": "secretary", "judge": "judge",
    "congressman": "congressman", "congresswoman": "congresswoman", "rep": "congressman",
    "representative": "congressman", "minister": "minister", "chancellor": "chancellor",
}


def _sentence_opener(doc: Doc, tok: Token, *, mentions: list[Mention], index: PersonIndex, gender: str) -> str | None:
    """The person named in the first words of ``tok``'s sentence, before ``tok`` ("Rep. Devin
    Nunes (R-Calif.) … but he did call"), when no one else is named between them."""
    sentence = tok.sent
    opening = [t for t in doc[sentence.start : min(tok.i, sentence.start + 5)] if not (t.is_punct or t.is_space)]
    if not opening:
        return None
    first = [m for m in mentions if opening[0].idx <= m.start <= opening[-1].idx]
    between = [m for m in mentions if sentence.start_char <= m.start < tok.idx]
    if len(first) != 1 or len({index.of_mention(m) for m in between}) != 1:
        return None
    span = doc.char_span(first[0].start, first[0].end, alignment_mode="expand")
    if span is None or _inside_a_clause(span.root, tok.head):
        return None  # "If Clinton is elected, he said"
    if _names_a_thing_of_theirs(doc, first[0]):
        return None  # "He condemned the Obama administration’s …" (j239): a government, not the man
    if title_gender(first[0], gender) != gender:
        return None  # "Mrs. Clinton, …, “…,” he said": not her
    full = index.of_mention(first[0], settled=True)  # "Mrs. Clinton" is never Bill Clinton
    if full is None or index.gender(full) not in ("?", gender) or (" " not in full and index.gender(full) == "?"):
        return None
    return full


def _inside_a_clause(word: Token, verb: Token) -> bool:
    """Whether ``word`` sits in an "if"/"when" clause rather than in the main clause."""
    while word.head.i != word.i:
        if word.i == verb.i:
            return False
        if word.dep_ == "advcl" and any(c.dep_ == "mark" for c in word.children):
            return True
        word = word.head
    return False


def _paragraph_start(tok: Token, *, back: int) -> int:
    """Where the paragraph ``back`` paragraphs before ``tok``'s begins (paragraph breaks are
    sentence breaks, see ``nlp.paragraph_breaks``)."""
    doc = tok.doc
    sentence = tok.sent
    while sentence.start > 0:
        if follows_line_break(doc[sentence.start]):
            if back == 0:
                break
            back -= 1
        sentence = doc[sentence.start - 1].sent
    return sentence.start_char


def is_main_subject(doc: Doc, mention: Mention) -> bool:
    """The person a sentence is about: subject of its main verb, or the name right before
    that verb when the parser lost the link ("… dialogue Mr. Kerry noted that …")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if word.dep_ == "appos" and word.head.dep_ in ("nsubj", "nsubjpass"):
        word = word.head  # "Trump's wife, Melania, is scheduled …": the subject she names
    head = word.head
    if word.dep_ in ("nsubj", "nsubjpass") and (
        head.dep_ == "ROOT"
        or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
        or head.lemma_.lower() in REPORTING_VERBS  # "… but Stoltenberg insisted that …"
    ):
        return True
    root = span.sent.root
    return root.pos_ == "VERB" and 0 < root.i - span.end + 1 <= 1 and root.i >= span.end


def _resolve_description(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], before: int, speakers: list[tuple[int, str]] | None = None
) -> tuple[str, str] | None:
    """"the NATO chief said" → the one person whose role the description names."""
    if tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.lower_ == "the" for c in tok.children):
        return None
    words = {t.lower_ for t in tok.subtree if t.pos_ in ("NOUN", "PROPN")}
    phrase = " ".join(t.lower_ for t in tok.subtree)
    said_former = any(w in ("former", "ex-", "ex") for w in phrase.split())

    def described(role: str) -> bool:
        role_words = role.lower().replace("-", " ").split()
        # The role's whole title must be in the description: "the former president" is not
        # the Vice President.
        title = next((" ".join(role_words[-n:]) for n in (3, 2) if " ".join(role_words[-n:]) in TITLE_PHRASES), None)
        # the description's noun is the role's own head, the person it names: "the report" is no
        # "co-author of the report" (j185: the report's words given to its co-author)
        parts = _ROLE_TAIL.split(role.lower().replace("-", " "), maxsplit=1)
        head = parts[0].split()
        its_head = not head or head[-1] == tok.lower_ or tok.lower_ not in parts[-1].split()
        # a former holder is no "the president" of the story's day (j217: a 2020 story's "the
        # president" had been "former President Obama"); "the former president" may still be one the
        # text calls "President Bush" by courtesy
        past = not any(w in ("former", "ex") for w in role_words) or said_former
        return (
            words <= set(role_words) | {tok.lower_} and tok.lower_ in role_words and (title is None or title in phrase)
            and its_head and past
        )

    matches = {
        index.of_mention(m)
        for m in mentions
        if m.start < before and m.role and described(m.role)
    }
    matches.discard(None)
    if len(matches) != 1:
        return None
    (match,) = matches
    if said_former and not any(
        index.of_mention(m) == match and m.role and any(w in ("former", "ex") for w in m.role.lower().replace("-", " ").split())
        for m in mentions if m.start < before
    ):
        # "the former vice president" matched only by a title as held now: a courtesy ("President
        # Bush" … "the former president") — unless the headline is about someone else it may mean,
        # named since (j238: "Run, Al run? Al Gore turns up …": "Vice President Joe Biden" …
        # "Mr. Gore's potential bid" … "The former vice president has denied any interest")
        last = max(m.start for m in mentions if m.start < before and index.of_mention(m) == match)
        headline = index.headline.casefold()
        since = {index.of_mention(m) for m in mentions if last < m.start < before} - {match, None}
        if surname(match).casefold() not in headline and any(surname(p).casefold() in headline for p in since):
            return None
    # "Defense Secretary Des Browne … Foreign Secretary Margaret Beckett … “…,” the secretary
    # said": every holder of a title of the description's noun may be meant, not only one whose
    # whole title it repeats (round 47)
    holders = {index.of_mention(m) for m in mentions if m.start < before and m.role and _holds(m.role, tok)}
    holders.discard(None)
    if holders - {match}:
        chosen = _holder_spoken_of(tok, holders | {match}, index=index, mentions=mentions, speakers=speakers)
        return (chosen, "description") if chosen is not None else None
    return match, "description"  # type: ignore[return-value]


# What follows a role's head noun: the body or thing it is of ("co-author of the report").
_ROLE_TAIL = re.compile(r"\b(?:of|at|for|to|in|from|with|on)\b")


# Ranks below or beside an office that the office's bare noun never means ("the president" is not
# the Vice President, "the minister" not the Prime Minister).
_OTHER_RANKS = frozenset(["vice", "deputy", "assistant", "under", "lieutenant", "associate", "prime", "former", "ex"])


def _holds(role: str, tok: Token) -> bool:
    """Whether ``role`` is a title a bare description by ``tok``'s noun can mean: its head noun
    is that noun ("Defense Secretary", "Foreign Secretary", "Secretary of State" for "the
    secretary") and no word of another rank comes before it ("Vice President" is never "the
    president")."""
    if role_head(role) != tok.lemma_.lower():
        return False
    words = re.findall(r"[a-z]+", role.lower().split(" of ")[0])
    return not any(w in _OTHER_RANKS for w in words)


def _holder_spoken_of(
    tok: Token, holders: set[str], *, index: PersonIndex, mentions: list[Mention], speakers: list[tuple[int, str]] | None
) -> str | None:
    """Of two or more holders of a title, the one the sentence before ``tok``'s is about: its
    main subject, named or a he/she the text resolves ("But he stressed … “…,” the secretary
    said" → whoever "he" is); None when that sentence is about none of them."""
    sentence = tok.sent
    if sentence.start == 0 or speakers is None:
        return None
    previous = tok.doc[sentence.start - 1].sent
    for word in previous:
        if word.dep_ not in ("nsubj", "nsubjpass") or word.head.i != previous.root.i:
            continue
        if word.lower_ in PERSON_PRONOUNS:
            found = resolve_pronoun(
                word, mentions=mentions, index=index, gender=PERSON_PRONOUNS[word.lower_], speakers=speakers, narration=True
            )
            who = found[0] if found is not None else None
        else:
            mention = next((m for m in mentions if m.start <= word.idx < m.end), None)
            who = index.of_mention(mention) if mention is not None else None
        return who if who in holders else None
    return None
