"""Facts: what the extractors find, as plain data with character offsets into the body.

Extractors produce facts from a parsed article; spaCy objects never leave ``extract/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A person named in an article: the name as written (titles stripped) and where."""

    name: str
    start: int
    end: int
    role: str | None = None  # "NATO Secretary General", "British Prime Minister", …


@dataclass(frozen=True)
class QuoteFact:
    """A direct quotation and the person who said it.

    ``quote`` is the verbatim quoted words (pieces split around the cue joined with " … ");
    ``speaker`` is the fullest name the article gives for the speaker; ``start``/``end``
    delimit the evidence (the sentences holding quote and attribution).
    """

    article_id: str
    quote: str
    quote_start: int
    quote_end: int
    speaker: str
    start: int
    end: int
    cue: str
    role: str | None = None
    # How the speaker was found: "name", "partial" (surname → full name), "organisation",
    # "description" ("the NATO chief"), "pronoun-speaker" (he = the last speaker),
    # "pronoun-subject" (he = a recent main-clause subject), "pronoun-gender" (she = the one
    # woman named nearby), "continuation" (a quote paragraph following an attributed one, or
    # one that reports someone's words).
    via: str = "name"
    verb: str | None = None  # for scare quotes: "called", "declared"
    target: str | None = None  # for scare quotes: what was so called ("NATO")
    clause: str | None = None  # indirect speech holding a partial quote
    # Whether the clause keeps a description only words outside it say which one it is ("the
    # first-term senator" named before it): asked alone it is no question (``items.quotes``).
    clause_leans: bool = False
    cue_past: str = "said"  # the reporting verb for the question ("said", "warned", …)
    cloze: str | None = None  # the attribution's sentence with the speaker blanked as ____
    # Where that sentence and its blank lie in the body (start, blank start, blank end, end):
    # ``items.quotes`` names the pronouns and descriptions around the blank, or drops the cloze.
    cloze_span: tuple[int, int, int, int] | None = None
    # Whether the quotation stops before words outside its marks that finish its phrase ("a
    # chilling effect upon" the group's work, ``extract.quote_ends``): asked only with them.
    cut_short: bool = False


@dataclass(frozen=True)
class DateFact:
    """A temporal expression normalised to ISO 8601 at its true precision.

    ``start``/``end`` delimit the expression ("on Monday" → "Monday"); ``sent_start``/
    ``sent_end`` the sentence that states the event; ``relative`` says whether the value
    was resolved against the publication date.
    """

    article_id: str
    value: str  # "2014", "2016-03", "2016-02-11"
    text: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    relative: bool = False
    event: tuple[str, ...] = ()  # content lemmas of the sentence, to tell events apart
    pattern: str = ""  # which rule found it: "dmy", "weekday", "rel_unit", …
    predicate: str = ""  # lemma of the verb or noun the date attaches to in the parse: "say", "collapse"
    # what the parse says it dates (``extract.date_predicates``): "remark" (the day of a communication),
    # "period end" (an accounts period's), "modifier" (a year qualifying a noun: "the 2014 elections",
    # no event's date and no card of its own), …, or "" (an event's)
    occasion: str = ""
    # who does what the date dates, as written: the name or pronoun its clause's subject (or its
    # noun's owner) is, "" when it names no one (``extract.date_predicates.clause_actor``)
    actor: str = ""
    bare: bool = False  # no preposition before it in the parse ("Iran Saturday condemned"): a full date in its place needs "on"


@dataclass(frozen=True)
class FigureFact:
    """A figure: ``value`` a number or (low, high); ``unit`` what it counts; ``qualifier`` kept."""

    article_id: str
    value: int | float | tuple[int | float, int | float]
    unit: str
    qualifier: str | None
    text: str  # qualifier + number as written: "at least 22"
    start: int
    end: int
    sent_start: int
    sent_end: int
    event: tuple[str, ...] = ()
    baseline: bool = False  # what the news is compared with ("up 8% from ____ a year earlier"), from the parse
    # (start, end, text) of each date the parse ties to the figure (``extract.figure_times``)
    dated_by: tuple[tuple[int, int, str], ...] = ()
    # (start, end) of the words standing for whose figure it is when they are no name ("the
    # company", "it", a bare "revenue"): the card needs a reference naming them (``extract.figure_owners``)
    owner: tuple[int, int] | None = None
    # the figure is a contest's or an incident's outcome its sentence does not say which
    # ("was set to win 30 more delegates": in which primary?), or a figure of accounts whose period
    # its sentence does not say in an article of two periods ("Net fell 3.1%": the quarter's or
    # the nine months'?): no card (``extract.figure_occasions``, ``extract.figure_periods``)
    occasion_unsaid: bool = False
    # a percentage stating a level ("sits at 7%", "hit 50%") whose sentence names no measure (a
    # share, a rate, support in a poll) nor a whole: no card (``extract.figure_measures``)
    measure_unsaid: bool = False
    # who the figure's clause is about, as written: a name, a pronoun or "" (``extract.figure_actors``)
    actor: str = ""
    # (start, end) of the clause the figure stands in (``extract.figure_times.figure_clause``)
    clause_span: tuple[int, int] | None = None
    # (start of the measure's first figure, role) when another figure of the sentence states the
    # same measure: a change and the level it reached or came from, an amount and its share of
    # the whole (``extract.figure_measures``); one card asks the measure (``items.measures``)
    measure: tuple[int, str] | None = None
    # the figure's clause is framed as another occasion than one told ("In the other semifinal, …",
    # "In another attack, …": ``extract.other_occasions``): after the lede, no card (``items.side_items``)
    other_occasion: bool = False
    # (start, end) of each date of the figure's sentence that dates an occasion the sentence
    # introduces as new ("a strong quake on March 26": ``extract.other_occasions``)
    new_occasion_dates: tuple[tuple[int, int], ...] = ()
    # (start, end) of each clause of the sentence set off from the figure ("holders, who approved
    # the plan, will receive $14"): words there the text before must name may stay unnamed in
    # its card (``extract.side_clauses``)
    side_clauses: tuple[tuple[int, int], ...] = ()
    # where a sentence-final adverbial clause after the figure begins (its comma), or None: a card
    # of a sentence too long to ask may end there (``extract.side_clauses.trailing_clause``)
    cut_at: int | None = None
    # what a sum is per, as written ("18 dlrs per barrel", "20 cents a share", "$5 million a
    # year": "barrel", "share", "year"), or "": deck figures of another rate are no choices
    rate: str = ""


@dataclass(frozen=True)
class RoleFact:
    """A person and the role an article gives them ("NATO Secretary General")."""

    article_id: str
    person: str
    role: str
    start: int  # the name and its title or apposition
    end: int
    sent_start: int
    sent_end: int
    as_of: str | None = None  # ISO month of the article's publication, when known


@dataclass(frozen=True)
class EntityMention:
    """An organisation or place named in an article ("NATO", "the U.S.", "Brussels")."""

    text: str
    label: str  # spaCy's label: ORG, GPE, NORP, LOC, FAC; PRODUCT for an ORG name used as a product
    start: int
    end: int


@dataclass(frozen=True)
class Alias:
    """A short name the article defines for a long one: "North Atlantic Treaty Organization (NATO)"."""

    short: str
    long: str


@dataclass(frozen=True)
class EventFact:
    """What an actor did, from one sentence's parse: "The Rail Authority announced on Monday
    that it will close 40 rural lines" → actor "Rail Authority", verb "announce", answer
    "that it will close 40 rural lines".

    ``verb_group`` is the verb as written with its auxiliaries and particle ("will step up");
    ``question_verb`` the form a question uses after its auxiliary ``question_aux`` ("did" +
    "announce", "will" + "step up", "are" + "weighing"); ``prep`` the preposition the answer
    follows ("voted for" → "for"); ``reason`` an explicit cause ("after the Manchester attack").
    """

    article_id: str
    actor: str
    actor_label: str  # ORG, GPE, NORP, PERSON; GROUP (a description), PEOPLE (names joined)
    verb: str  # lemma (with particle): "announce", "step up"
    verb_class: str  # a key of constants.EVENT_VERB_CLASSES
    verb_group: str
    question_aux: str
    question_verb: str
    answer: str  # the verb's object or clause, a complete constituent
    answer_kind: str  # "object", "clause", "infinitive", "prep"; "passive": the subject had it done; "amount": an object that is a figure (no "what" card)
    prep: str | None
    start: int  # the actor … answer span
    end: int
    sent_start: int
    sent_end: int
    reason: str | None = None
    wh: str = "What"  # "Who" when the answer is people ("arrested six Protestants")
    time_start: int | None = None  # the date or time the sentence gives this verb, if any
    time_end: int | None = None
    means: str | None = None  # "by training Iraqi soldiers": how, when the sentence says so
    others_too: bool = False  # another actor in the article does the same (extract.event_peers)
    actor_again: bool = False  # the actor does the same verb to something else in the article
    place: str | None = None  # "in Syria": where the verb happened, when the sentence names it
    # the setting a "where" card asks: wh words, answer and its entity label ("At which summit",
    # "the Madrid summit", ""; "Where", "Fairfield, Iowa", "GPE"): extract.event_settings
    setting: tuple[str, str, str] | None = None
    act: str | None = None  # content verb and object head, "conduct airstrike" (extract.event_peers)
    rivals: tuple[str, ...] = ()  # others the article shows doing a like act: no wrong choices (extract.event_peers)
    seconds: tuple[str, ...] = ()  # of them, those doing the same verb to the same kind of object: no "who" card
    fellows: tuple[str, ...] = ()  # others it shows doing the verb to something else: wrong choices first
    # an infinitive answer's own object, the words around it and its "Who"/"What" ("to admit",
    # "Poland, Hungary and the Czech Republic", "", "What"): what a framing verb's act was done to
    inner: tuple[str, str, str, str] | None = None
    # an object answer's object and the phrase closing it that says whom the act was aimed at
    # ("sanctions", "on Tehran"): an anchorless "what" card asks the object with the target
    # in the question (extract.event_complements.aimed_at)
    target: tuple[str, str] | None = None


@dataclass(frozen=True)
class Reference:
    """A pronoun or definite description that stands for someone its own sentence does not
    name ("He said …", "the company's figures"), and who it stands for.

    ``start``/``end`` delimit the words to replace ("the company", "his"); ``name`` is the
    person or organisation as the article names them, or None when the text gives no safe
    antecedent; ``possessive`` is the article's apostrophe when the words are a possessor
    ("his", "its", "the company's": the name then takes "’s" inside the brackets), else "";
    ``verb`` a contracted verb the span includes, written out ("He's" → "has").
    """

    text: str
    start: int
    end: int
    name: str | None
    kind: str  # "person", "org", "group"
    possessive: str = ""
    verb: str = ""


@dataclass(frozen=True)
class BoundPronoun(Reference):
    """He/his/him/she/her whose own sentence names the person it stands for, that person named
    at ``antecedent_start``/``antecedent_end`` ("The more voters learn about Ann Lee, the more
    they like her"): a cloze that blanks that name leaves the pronoun pointing into the blank.
    ``kind`` is "bound"; nothing replaces the pronoun (``items.wording.name_subjects``)."""

    antecedent_start: int = 0
    antecedent_end: int = 0
    by_subject: bool = False  # the person is the subject of a clause holding the pronoun ("Lee said he …")

    def points_into(self, start: int, end: int) -> bool:
        """Whether a blank ``start``–``end`` holds the person the pronoun stands for, the pronoun
        outside it, and the sentence is not about that person (a subject blank reads well:
        "____ said he would run"; "voters like him" after "learn about ____" does not)."""
        holds = self.antecedent_start < end and self.antecedent_end > start
        return holds and not (start <= self.start < end) and not self.by_subject


@dataclass(frozen=True)
class ArgumentFact:
    """A name that fills a core slot of a lede sentence's clause: the doer, the one done to,
    or the place, body or people a preposition of the verb ties it to. "Sen. Ted Cruz won the
    Republican caucus." → "Ted Cruz" (``slot`` "subject", ``verb`` "win"). The lede's clauses
    carry the story; whoever fills their slots is what a teacher asks first ("Who won …?").

    ``start``/``end`` delimit the name (two coordinated names as one: "Felicia Sanders and
    Polly Sheppard"), ``sent_start``/``sent_end`` its sentence.
    """

    article_id: str
    name: str
    label: str  # spaCy's label: PERSON, ORG, NORP, GPE, LOC, FAC, EVENT, WORK_OF_ART
    slot: str  # "subject", "object", "prep" (the object of a preposition of the verb), "noun" (of the verb's object's or subject's), "possessor" (of the noun that fills one)
    verb: str  # the lemma of the clause's verb
    start: int
    end: int
    sent_start: int
    sent_end: int
    doer: str = ""  # an object phrase's (label THING): the subject of its clause, as written
    doer_start: int = -1  # where that subject starts (a pronoun is named by the article's references)
    # the clause's verb stands in the present ("is accused of killing …", "faces charges"): a state
    # the story's time holds, whatever day the act it names was done (``items.background_cards``)
    present: bool = False
    # how likely a teacher asks this phrase (``extract.lede_blanks``, slot "blank"), 0–1
    score: float = 0.0
