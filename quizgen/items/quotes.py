"""Quote facts → quote items: who said what, with wording, accepted answers and choices.

Item ids hash the quoted words (see ``items.evidence.stable_id``), never their position, so
regenerating a deck keeps the ids and the learners' review history.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from quizgen.constants import DANGLING_WORDS, DISCOURSE_CONNECTIVES, GIVEN_NAME_HONORIFICS, TITLES
from quizgen.extract.name_lists import is_first_name, known_surnames
from quizgen.facts.names import regnal, surname, written_alone, written_surname
from quizgen.facts.records import QuoteFact, Reference
from quizgen.facts.resolve import SpellingIndex
from quizgen.ingest.articles import Article
from quizgen.items import distractors, quote_cuts
from quizgen.items.evidence import evidence_for, stable_id
from quizgen.items.org_kinds import ends_in_kind_word
from quizgen.items.person_choices import Cast
from quizgen.items.question_stems import stem_occasion
from quizgen.items.titles import own_title
from quizgen.items.wording import (
    SPEECH_FORMS,
    UNNAMED,
    agree_articles,
    name_subjects,
    subject_references,
)
from quizgen.models import QuoteItem
from quizgen.nlp import english_stop_words

MAX_QUESTION_WORDS = 40
TITLE_SET = frozenset(t for t in TITLES if t != "the")
# Words that open a longer title before a title's last word ("Lt. Gov.", "Deputy Secretary",
# "Surgeon General"), never a scope ("U.S. Ambassador") nor "Former".
_TITLE_MODIFIERS = (TITLE_SET - {"former"}) | {"surgeon", "vice", "assistant", "associate", "under", "executive"}
# Prefixes that make a title one shared or left ("Co-Chairman", "Ex-President"): the title alone
# is another office, so it makes no form of the name.
_SHARED_PREFIXES = frozenset(["co", "ex"])
SHORT_QUOTE_WORDS = 3
# A quote card must show enough words to place the moment: '“Absolutely,” ____ said.' or
# 'Who said: “You tell me”?' names nothing. Dev judgements: every quote card with 1 content
# word left beside the speech verb was unanswerable, every one with 4 or more answerable;
# spaCy's stop list is broad ("We will keep talking until there is a deal" has 2), so 2.
MIN_CONTENT_WORDS = 2
STOP_WORDS = english_stop_words()
_FRAME_WORDS = frozenset(["used", "words"])
_NOT_FRAME_CONTENT = STOP_WORDS | SPEECH_FORMS | _FRAME_WORDS  # joined once, not per word
_PERSON_PRONOUNS = frozenset(["he", "she", "his", "her", "him", "hers"])  # "Who used the words “…”?"
FRAGMENT_WORDS = 10  # a quoted phrase up to this long, starting in lower case, is asked as a cloze


def _addresses_by_surname(title: str) -> bool:
    """Whether "<title> <surname>" is a form of the person's name: a title written capitalised,
    as before a name ("Sen. Sanders", "Prime Minister May"), not a description's common noun
    ("the Sinn Fein leader" gives no "leader Adams", "the environment minister" no "minister
    Polak"), nor a knight's "Sir", which goes with the given name."""
    # a prince, king or sheikh goes with the given name too ("Prince Bandar", never "Prince bin Sultan")
    return title[:1].isupper() and title.lower() not in GIVEN_NAME_HONORIFICS and not regnal(title)


def title_of(role: str | None) -> str | None:
    """The title at the end of a role: "British Prime Minister" → "Prime Minister"."""
    if not role:
        return None
    words = role.replace("-", " ").split()
    for size in range(min(3, len(words)), 0, -1):
        if " ".join(words[-size:]).lower() in TITLE_SET:
            # the whole title, not its last word: "Lt. Gov." is no "Gov.", "Attorney General"
            # no "General"
            while size < len(words) and words[-size - 1][:1].isupper() and words[-size - 1].lower() in _TITLE_MODIFIERS:
                size += 1
            if size < len(words) and words[-size - 1].lower() in _SHARED_PREFIXES:
                return None  # "Co-Chairman Tom Price" is no "Chairman Price"
            return " ".join(words[-size:])
    return None


def excerpt(quote: str, limit: int = MAX_QUESTION_WORDS) -> str:
    """The quote, or its opening sentences up to ``limit`` words followed by an ellipsis; a
    first sentence too long to show whole is cut only where its own punctuation closes a
    phrase (``items.quote_cuts``), else nothing is shown ("")."""
    words = quote.split()
    if len(words) <= limit:
        return tidy_pieces(quote)
    taken: list[str] = []
    whole = True  # the card stops where a unit ends, not inside one
    for unit in quote_cuts.units(quote):
        if len(" ".join(taken + [unit]).split()) > limit:
            shown = len(" ".join(taken).split())
            if shown < quote_cuts.MIN_CUT_WORDS:
                # too little shown to place the speech ("the more interesting issue …"): the next
                # unit cut where its punctuation allows, else (nothing shown yet) no quotation
                cut = quote_cuts.clause_cut(unit, limit - shown)
                if cut is None and not taken:
                    return ""  # no place to end it that does not split a phrase
                if cut is not None:
                    taken.append(cut)
                    whole = False
            break
        taken.append(unit)
    text = " ".join(" ".join(taken).split())
    # the card's own ellipsis says the quotation goes on: one the speaker's words already end
    # with (" ...", ". . .", a join's " …") is not shown twice ("in the house … …")
    text = _TRAILING_ELLIPSIS.sub("", text)
    # a unit ends where the speaker's words do ("… the industry is going through," he said):
    # its last words wait for nothing, only a cut's do
    return tidy_pieces(text) + " …" if whole else tidy_pieces(text + " …")


_TRAILING_ELLIPSIS = re.compile(r"(?:\s*(?:…|\.\s?\.\s?\.))+\s*$")


ELLIPSIS = " … "


def without_leading_connective(words: str) -> str:
    """Quoted words without the connective that joined them to what came before, which the
    card does not show.

    >>> without_leading_connective("and not as a plan for the future")
    'not as a plan for the future'
    """
    first, _, rest = words.partition(" ")
    return rest.lstrip() if rest and first.lower() in DISCOURSE_CONNECTIVES else words


def tidy_pieces(quote: str) -> str:
    """A quotation as a card shows it: where the card cuts it short ("… between now and …"),
    it does not stop on a word that waits for more ("news from TV, so they don't …" → "news
    from TV …"; a last piece of nothing else is left out), and no piece keeps the comma that
    came before its attribution ("I hate the term 'Manhattan poor,'" → "… 'Manhattan poor'"), nor its dash.
    Where the speaker's own words break for the attribution ("I know what a good deal is," he
    said, "…") the piece is theirs, and stays whole.

    >>> tidy_pieces("The older people watch TV, so they don't …")
    'The older people watch TV …'
    """
    cut = quote.endswith(" …")
    pieces = (quote[: -len(" …")] if cut else quote).split(ELLIPSIS)
    if cut:
        pieces[-1] = _without_dangling_end(pieces[-1])
        if not pieces[-1] and len(pieces) > 1:
            pieces.pop()
    pieces = [re.sub(r"\s*[,;:–—-]\s*(['’]?)$", r"\1", piece.rstrip()) for piece in pieces]
    return ELLIPSIS.join(pieces) + (" …" if cut else "")


def _without_dangling_end(piece: str) -> str:
    """A piece less its closing words that wait for more (``DANGLING_WORDS``) and the
    punctuation before them; a word that ends a sentence ("Really?") waits for nothing."""
    words = piece.split()
    while words and not re.search(r"[.!?][”’\"')\]]?$", words[-1]) and _folded(words[-1]) in DANGLING_WORDS | {""}:
        words.pop()
    return " ".join(words).rstrip(",;:-–— ")


def _folded(word: str) -> str:
    return word.lower().replace("’", "'").strip(",;:.!?\"“”()-–—")


@dataclass
class _QuoteGroup:
    key: str
    speaker: str
    facts: list[QuoteFact]


def at_occasion(body: str, occasion: str | None) -> str | None:
    """The article's paragraphs naming ``occasion`` ("debate"), folded, for a quote whose question
    names it: its wrong choices are people named there (the other debaters), not the speaker's
    aides named elsewhere. None when the question names no occasion."""
    if occasion is None:
        return None
    pattern = re.compile(rf"\b{re.escape(occasion)}s?\b", re.IGNORECASE)
    return distractors.fold(" ".join(p for p in re.split(r"\n\s*\n?", body) if pattern.search(p)))


def quote_items(
    facts: list[QuoteFact],
    *,
    articles: dict[str, Article],
    names: dict[str, str],
    people: distractors.PeoplePool,
    cast: Cast,
    references: Mapping[str, Sequence[Reference]] | None = None,
    mention_counts: dict[str, int] | None = None,
) -> list[QuoteItem]:
    """One item per distinct quotation; the same quote in several articles gives one item.

    ``mention_counts`` (canonical name → uses in the deck) say whom a surname alone means
    (``SpellingIndex.surname_alias``).

    ``references`` (``deck.generate.named_references``) name the pronouns and descriptions a
    cloze keeps around its blank ("____ called [the early-retirement program] …"); one left
    without a name drops the cloze, as for every other kind."""
    spelling_index = SpellingIndex(names, mentions=mention_counts, given_name=is_first_name)
    groups: dict[tuple[str, str], _QuoteGroup] = {}
    for fact in facts:
        speaker = names.get(fact.speaker, fact.speaker)
        key = " ".join(re.findall(r"\w+", fact.quote.casefold()))
        group = groups.setdefault((key, speaker), _QuoteGroup(key, speaker, []))
        group.facts.append(fact)
    speakers_per_quote = Counter(k for k, _ in groups)
    items = []
    asked: set[str] = set()
    for (key, speaker), group in sorted(groups.items()):
        fact = named_cloze(group.facts[0], articles, speaker, subject_references(references, group.facts[0].article_id))
        body = articles[fact.article_id].body if fact.article_id in articles else None
        prompt = quote_prompt(fact, body=body)
        if fact is not group.facts[0] and _fallen_back(prompt, quote_prompt(group.facts[0], body=body)):
            continue  # its sentence leans on words no card shows: not asked by a poorer route
        if prompt is None or _mentions(prompt[0], speaker):
            continue
        question, style = prompt
        if content_words(question) < MIN_CONTENT_WORDS:
            continue
        if _blank_ends_name(question, speaker):
            continue  # "Abdul Amir ____": the blank holds only the rest of the name
        asked_key = " ".join(re.findall(r"\w+", question.casefold()))
        if asked_key in asked:
            continue  # two pieces of one reported clause: ask once
        asked.add(asked_key)
        conflict = speakers_per_quote[key] > 1
        item_id = stable_id("q", key + (f" {speaker}" if conflict else ""))
        evidence = sorted(
            {(f.article_id, f.start, f.end) for f in group.facts}
        )
        role = next((f.role for f in group.facts if f.role), None)
        last = surname(speaker)
        by_organisation = all(f.via == "organisation" for f in group.facts)
        # an organisation has no surname: "News" is no answer for "Fox News"
        texts = [articles[a].body for a in sorted({f.article_id for f in group.facts}) if a in articles]
        # nor has a name whose last word says it is an organisation: "Service" is no answer
        # for the Indo Asian News Service, whatever path named it
        no_surname = by_organisation or ends_in_kind_word(speaker, known_surnames())
        accept = [] if no_surname else spelling_index.surname_alias(speaker, texts)
        # "spokesman for House Speaker": the Speaker is someone else, never "Speaker Andres"
        # a former holder's old title is no name he goes by now: no "Rep. Weiner" for "Former Rep."
        held = own_title(role) if role and not by_organisation else None
        title = title_of(held) if held and not re.match(r"(?:former|ex-)", held, re.IGNORECASE) else None
        if title and last != speaker and _addresses_by_surname(title):
            # "Prime Minister May", "Secretary General Stoltenberg"; the word the text writes alone
            # when it is not the last ("Rha" of Rha Woong Bae, j84: "Minister Rha", never "Minister Bae")
            accept.append(f"{title} {written_alone(speaker, texts) or written_surname(speaker)}")
        accept += [s for s in spelling_index.of(speaker) if s not in accept]
        spellings = {distractors.fold(a) for a in accept}
        if by_organisation:
            choices = people.organisation_choices(speaker, key=item_id, question=question)
        else:
            body = articles[fact.article_id].body
            about = talked_about(body[fact.start : fact.end])
            # whom the quoted words name ("… And Gov. Romney wants to take us back …", j236): the
            # speaker speaks of them, past the words the question shows as well
            quoted = distractors.fold(" ".join(f.quote for f in group.facts))
            # "Dale Kowalczyk, 58, waited two hours. “…,” he told Pryce.": who "he" is, the sentence
            # before says; a man named there may be him as a reader reads it: no wrong choice
            heard = _heard_before(group.facts, body, fact.start, about)
            # the occasion frames the speaker only when the blank is the speaker ("____ said …,
            # stating during the debate"), not someone the speaker named ("At the rally, Trump
            # said that ____ begged him …")
            speaker_asked = re.match(r"\s*(?:____|Who\b)", question) is not None
            there = at_occasion(body, stem_occasion(question)) if speaker_asked else None
            choices = cast.who(
                speaker, key=item_id, question=question, article=fact.article_id, role=role, quote=True,
                not_answer=lambda option, spellings=spellings, about=about, quoted=quoted, last=last, there=there, heard=heard: (
                    distractors.fold(option) in spellings
                )
                or (surname(option) != last and distractors.stands_in(distractors.fold(surname(option)), about))
                or (surname(option) != last and distractors.stands_in(distractors.fold(surname(option)), quoted))
                or cast.named_as(option, heard)
                or (there is not None and not distractors.stands_in(distractors.fold(surname(option)), there)),
            )
        items.append(
            QuoteItem(
                id=item_id,
                question=question,
                style=style,
                answer=speaker,
                accept=accept,
                choices=choices,
                quote=fact.quote,
                role=role,
                evidence=[evidence_for(articles[a], s, e) for a, s, e in evidence],
                tags=["quote"] + (["organisation"] if by_organisation else []) + (["conflict"] if conflict else []),
            )
        )
    return items


def _fallen_back(prompt: tuple[str, str] | None, before: tuple[str, str] | None) -> bool:
    """Whether naming the words around a quote left it only a poorer prompt than its own: none,
    a cloze gone, or "Who used the words …?" in place of its sentence or clause."""
    if before is None or prompt == before:
        return False
    return prompt is None or prompt[1] != before[1] or prompt[0].startswith("Who used the words")


@cache
def _surname_pattern(last: str) -> re.Pattern[str]:
    """``last`` as a whole word, compiled once per deck's surname (thousands of cards ask a few
    hundred speakers: more patterns than ``re``'s own cache keeps)."""
    return re.compile(rf"\b{re.escape(last)}\b")


def named_cloze(fact: QuoteFact, articles: dict[str, Article], speaker: str, references: Sequence[Reference]) -> QuoteFact:
    """``fact`` with its cloze written again with the words around the blank named ("He called
    the program …" → "[Upjohn] …"), or without a cloze when one of them has no name, and
    without its reported clause when that holds one without a name ("Who said the three
    countries were …?") or one only the words outside it name ("Who said the first-term
    senator sees …?": the card then falls to a poorer prompt and is not made). A
    reference to the speaker stays as written: the blank is who "his" means, and naming him
    would give the answer away."""
    if fact.clause and fact.clause_leans:
        fact = replace(fact, clause=None)  # "Who said the first-term senator sees …?": which?
    elif fact.clause and any(
        r.name is None and fact.start <= r.start < fact.quote_end and r.kind != "person"
        and re.search(rf"(?i)(?<!\w){re.escape(r.text)}(?!\w)", fact.clause)
        for r in references
    ):
        fact = replace(fact, clause=None)  # "Who said the three countries were …?": which?
    if fact.cloze is None or fact.cloze_span is None or fact.article_id not in articles:
        return fact
    last = surname(speaker)
    # "____ said his …": a person's pronoun after the blank is the blank's to bind. One before
    # it ("Within minutes, he called ____ “Little Marco”") is someone the text before named:
    # named like any other, and without a name the cloze goes (a pronoun a fronted clause
    # holds for the blank, "Asked if he …, ____ said", is no reference: the sentence names him).
    by_surname = _surname_pattern(last)  # once per surname, not once per card or reference
    start, at, until, end = fact.cloze_span
    def speaker_named(r: Reference) -> bool:
        return bool(r.name and last in r.name and by_surname.search(r.name))

    kept = [
        r for r in references
        if not speaker_named(r)
        and not (r.kind == "person" and r.text.lower() in _PERSON_PRONOUNS and r.start >= at)
    ]
    if any(r.kind == "person" and start <= r.start < at and speaker_named(r) for r in references):
        # "On Saturday, he launched an attack on …, which ____ said was …": the speaker is the
        # sentence's "he" before the blank too; named, it gives the answer, unnamed, the cloze
        # asks who "he" is twice (j50)
        return replace(fact, cloze=None)
    body = articles[fact.article_id].body
    text = " ".join((name_subjects(body, start, at, kept) + "____" + name_subjects(body, until, end, kept)).split())
    if UNNAMED in text:
        return replace(fact, cloze=None)
    return replace(fact, cloze=agree_articles(text[:1].upper() + text[1:]))


def content_words(question: str) -> int:
    """The words of a question that carry content: not stop words, and outside the quotation
    not the frame ("said", "Who used the words").

    >>> content_words('“Absolutely,” ____ said.')
    1
    """
    quoted = " ".join(_QUOTED.findall(question))
    frame = _QUOTED.sub(" ", question)
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", quoted)]
    framing = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", frame)]
    return sum(1 for w in words if w not in STOP_WORDS) + sum(
        1 for w in framing if w not in _NOT_FRAME_CONTENT
    )


def quote_prompt(fact: QuoteFact, *, body: str | None = None) -> tuple[str, Literal["question", "cloze"]] | None:
    """What a quote item asks, and in which style: a question where one reads naturally, else
    the sentence with the speaker blanked ("On Monday, ____ insisted that … were “nuts.”") —
    also for a fragment of a sentence, which "Who said: “…”?" would present as a whole one.
    ``body`` (the article's) tells speech taken up mid-sentence when no cloze shows it.
    A quotation cut before the words that finish its phrase ("a chilling effect upon" the
    group's work: ``QuoteFact.cut_short``) is asked only with them — the reported clause holding
    them, or the sentence around the blank — else not at all. A quotation whose inner single
    marks do not pair up ("of Christianity, ‘ well I’m not": ``quote_cuts.stray_mark``) is
    shown only as its whole sentences before the stray mark, else not asked."""
    if quote_cuts.stray_mark(fact.quote) is not None:
        kept = quote_cuts.before_stray_mark(fact.quote)
        shown = excerpt(kept) if kept else ""
        if not shown:
            return None
        return f"Who said: “{shown if shown.endswith('…') else shown + ' …'}”?", "question"
    if fact.cut_short:
        if fact.clause:
            return f"Who {fact.cue_past} {fact.clause}?", "question"
        return (fact.cloze, "cloze") if fact.cloze is not None else None
    question = quote_question(fact)
    if question is None:
        return (fact.cloze, "cloze") if fact.cloze is not None else None
    if _taken_up_mid_sentence(fact, body):
        # "were stiff. They weren't fun.": its subject is outside the marks, so the sentence
        # around the blank shows it; "Who said: “were stiff …”?" would not. Without one the
        # question starts at the quotation's first whole sentence.
        if fact.cloze is not None and _words_before_quote(fact):
            return fact.cloze, "cloze"
        parts = _STOP_BEFORE_A_SENTENCE.split(fact.quote, maxsplit=1)
        if len(parts) == 1:  # "… sector ... Would justify …": no whole sentence in the marks
            return (fact.cloze, "cloze") if fact.cloze is not None else None
        shown = excerpt(parts[-1])
        return (f"Who said: “{shown}”?", "question") if shown else None
    if not _fragment(fact):
        return question, "question"
    if fact.cloze is not None and len(fact.quote.split()) <= FRAGMENT_WORDS:
        return fact.cloze, "cloze"
    # A longer phrase, or one whose sentence makes no cloze: asked as words, not as a sentence,
    # and not from the conjunction that tied them to words before (“and not as a basis …”).
    shown = excerpt(without_leading_connective(fact.quote.rstrip(',.;: ')))
    return (f"Who used the words “{shown}”?", "question") if shown else None


_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"']?\s+(?=[A-Z“])")
# The same, but not after an ellipsis: words left out inside one sentence, after which the wire
# capitalised the next word all the same ("the sacrifices … ... Would justify asking …", j136).
_STOP_BEFORE_A_SENTENCE = re.compile(r"(?<!\.\.\.)" + _FIRST_SENTENCE_END.pattern)


def _taken_up_mid_sentence(fact: QuoteFact, body: str | None = None) -> bool:
    """Speech begun in lower case that goes on past a full stop, asked with no clause, whose
    opening mark follows a word of the sentence ("Romney “were stiff. …”"), not a cue's comma
    or colon (saying, “frankly …”), or that opens on a connective ("but most agree. …"): the
    start of its first sentence is outside the marks."""
    if not fact.quote[:1].islower() or fact.clause or (fact.verb and fact.target):
        return False
    if _FIRST_SENTENCE_END.search(fact.quote) is None:
        return False
    if fact.quote.split(maxsplit=1)[0] in DISCOURSE_CONNECTIVES:
        # “…,” Thiel wrote, “but most Americans agree …”: the rest of a sentence the
        # attribution split, whose start is another piece
        return True
    if body is not None:
        before = body[max(0, fact.quote_start - 40) : fact.quote_start]
        if re.search(r"\w\s+(?:[“\"]|``)\s*$", before) is not None:
            return True
        # "… works with other agencies, as well, “including the departments …. The firm …”":
        # a comma after a word that is not the cue (saying, “frankly …”) leaves the speech
        # in the reporter's sentence
        after_comma = re.search(r"(\w+)\s*,\s*(?:[“\"]|``)\s*$", before)
        return after_comma is not None and after_comma.group(1).lower() != fact.cue.lower()
    return _words_before_quote(fact)


def _words_before_quote(fact: QuoteFact) -> bool:
    """Whether the cloze shows a word right before the quotation's opening mark (its subject,
    "Romney “were stiff …”"), not a cue's comma or nothing at all."""
    first = fact.quote.split()[0]
    return fact.cloze is not None and re.search(rf"\w\s+[“\"]{re.escape(first)}", fact.cloze) is not None


def _fragment(fact: QuoteFact) -> bool:
    """A phrase, not a sentence ("an insult to every nurse."), outside a clause or naming verb;
    words that go on past a full stop ("frankly they pay too little. It's too much.") are
    speech taken up mid-sentence, not a phrase."""
    return (
        fact.quote[:1].islower()
        and not fact.clause
        and not (fact.verb and fact.target)
        and re.search(r"[.!?][”’\"']?\s+[A-Z“]", fact.quote) is None
    )


def quote_question(fact: QuoteFact) -> str | None:
    """The question for a quote fact, or None when it would not read naturally."""
    words = fact.quote.split()
    if fact.clause and not (fact.verb and fact.target):
        return f"Who {fact.cue_past} {fact.clause}?"
    if len(words) <= SHORT_QUOTE_WORDS:
        if fact.verb and fact.target:
            return f"Who {fact.verb} {fact.target} “{fact.quote.strip(',. ')}”?"
        return None  # a scare quote without a natural question
    shown = excerpt(fact.quote)
    return f"Who said: “{shown}”?" if shown else None


# Quoted words in an evidence passage, in the quotation marks news uses.
_QUOTED = re.compile(r"“[^”]*”|``.*?''|''.*?''|\"[^\"]*\"", re.DOTALL)


def _heard_before(facts: Sequence[QuoteFact], body: str, start: int, about: str) -> tuple[str, str] | None:
    """(the sentence before the evidence, folded; the gender of its he/she) for words credited
    by a he/she ("“…,” he told Pryce"), else None."""
    if not any(f.via.startswith("pronoun") for f in facts):
        return None
    said = set(re.findall(r"\b(he|she)\b", about))
    if len(said) != 1:
        return None
    return talked_about(sentence_before(body, start)), "m" if said == {"he"} else "f"


def sentence_before(body: str, start: int) -> str:
    """The sentence before ``start`` (in the paragraph before, when ``start`` opens one): where a
    he/she at ``start`` finds whom it means.

    >>> sentence_before("Ann Lee, 54, came. She waited.\n\n“Win,” she told Pryce.", 32)
    'She waited.'
    """
    text = body[:start].rstrip()
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(text)), default=0)
    return text[cut:]


# A sentence's end: not the point of a title or an initial ("Mr. Cruz", "G.K. Butterfield").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][”\"'’]?\s+(?=[“\"A-Z])|\n\s*\n"
)


def talked_about(evidence: str) -> str:
    """The evidence outside its quotation marks, folded: whom the speaker spoke of ("… said of
    Cruz") is named there, and no believable speaker of words about himself.

    >>> talked_about('“He had a lot of supporters,” Blunt said of Cruz.')
    'blunt said of cruz.'
    """
    return distractors.fold(_QUOTED.sub(" ", evidence))


def _blank_ends_name(question: str, speaker: str) -> bool:
    """Whether the words just before the blank open the speaker's name ("Abdul Amir ____" for
    "Abdul Amir al-Anbari"): whole names as choices would not fit the sentence."""
    words = speaker.split()
    return any(
        question.find(" ".join(words[:k]) + " ____") != -1 for k in range(1, len(words))
    )


def _mentions(question: str, speaker: str) -> bool:
    """Whether the question names its speaker: the surname, the given name, or a short form of
    it someone is called by ("he said, 'Greg, we're under attack'" of Gregory Hicks, j168; not
    "Juan Miguel" of Juanita Castro, a name of its own)."""
    last = surname(speaker)
    if bool(last) and re.search(rf"\b{re.escape(last)}\b", question) is not None:
        return True
    words = speaker.split()
    given = words[0] if len(words) > 1 and words[0].isalpha() and len(words[0]) >= 3 else ""
    if not given:
        return False
    if re.search(rf"\b{re.escape(given)}\b(?![\w'’])", question):
        return True
    return any(given.startswith(w) for w in re.findall(r"\b([A-Z][a-z]{2,}),", question))


