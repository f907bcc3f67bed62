"""Importance: the story's key facts first, asides last, trivia not made; --limit keeps the best."""

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORY = (
    "Acme chief executive Dana Whitfield resigned on Monday after the company lost $19.3 million.\n\n"
    "Dana Whitfield said the losses were “entirely my responsibility” and that the board would name a successor.\n\n"
    "“We have let our customers down, and I am sorry for it,” Whitfield said in a statement on Monday evening.\n\n"
    "Whitfield, who joined Acme in 2009, had promised a recovery during the 2015 campaign for new investors.\n\n"
    "Shares fell 12 percent in early trading.\n\n"
    "“I just buy their toasters,” said Tom Baker, a shopper in Springfield. “They work fine, I guess.”"
)


def _deck(nlp, limit=None):
    article = make_article(STORY, date="2017-03-07", title="Acme chief Dana Whitfield resigns after $19.3 million loss")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T", limit=limit)


def test_every_item_has_an_importance_between_0_and_1(nlp):
    deck = _deck(nlp)
    assert deck.items and all(i.importance is not None and 0 <= i.importance <= 1 for i in deck.items)


def test_the_story_comes_before_the_aside(nlp):
    deck = _deck(nlp)
    by_answer = {}
    for i in deck.items:
        by_answer.setdefault(i.answer, []).append(i.importance)
    loss = next(i for i in deck.items if i.kind == "number" and "19.3" in i.answer)
    baker = [i for i in deck.items if i.kind == "quote" and i.answer == "Tom Baker"]
    whitfield = [i for i in deck.items if i.kind == "quote" and i.answer == "Dana Whitfield"]
    assert whitfield and all(b.importance < min(w.importance for w in whitfield) for b in baker)
    assert all(b.importance < loss.importance for b in baker)


def test_a_year_that_only_modifies_a_noun_gets_no_card(nlp):
    deck = _deck(nlp)
    assert not any(i.kind == "date" and i.value == "2015" for i in deck.items)  # "the 2015 campaign"


def test_limit_keeps_the_most_important_per_article(nlp):
    full = _deck(nlp)
    limited = _deck(nlp, limit=3)
    best = sorted(full.items, key=lambda i: (-i.importance, i.id))[:3]
    assert {i.id for i in limited.items} == {i.id for i in best}


# "the library closures in Harlow": a bare "the closures" after "voted … to close" leans on the
# sentence before, and a quote card asking about it is not made (``items.quotes.named_cloze``).
COUNCIL = (
    "The Harlow council voted on Tuesday to close 12 public libraries to save £4 million a year, "
    "council leader Maria Castellanos said.\n\n"
    "Castellanos said the library closures in Harlow were “painful but unavoidable” and that the savings (about $5.1 million) "
    "would protect care for the elderly.\n\n"
    "A survey of 800 residents by the Star, with a margin of error of 4 percentage points, found that 61 percent "
    "opposed the closures.\n\n"
    "“Councils everywhere are making the same choice,” said Peter Lund, an analyst at Fenwick Research. "
    "“It is a national trend.”\n\n"
    "In composite trading on the London Stock Exchange, shares of Harlow Leisure closed at $3.25, up 5 cents."
)


def _council(nlp):
    article = make_article(COUNCIL, date="2017-03-08", title="Harlow council votes to close 12 libraries to save £4 million")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T")


def test_the_key_figures_are_made_and_trivia_and_a_commentator_are_not(nlp):
    items = _council(nlp).items
    key = [i for i in items if i.kind == "number" and i.answer in ("£4 million", "12")]
    key += [i for i in items if i.kind == "quote" and i.answer == "Maria Castellanos"]
    trivia = [i for i in items if i.kind == "number" and i.answer in ("about $5.1 million", "$3.25", "5", "800")]
    trivia += [i for i in items if "Peter Lund" in (i.answer, getattr(i, "person", ""))]
    assert len(key) == 3
    assert trivia == []  # a restated sum, a closing price, a poll's sample, a one-off analyst


def test_a_poll_finding_outranks_the_poll_sample(nlp):
    items = {i.answer: i for i in _council(nlp).items if i.kind == "number"}
    if "800" in items:  # the sample, when it gets a card at all, comes after the finding
        assert items["800"].importance < items["61 percent"].importance


def test_ranking_is_deterministic(nlp):
    first, second = _council(nlp), _council(nlp)
    assert [(i.id, i.importance) for i in first.items] == [(i.id, i.importance) for i in second.items]
    assert first.model_dump(mode="json") == second.model_dump(mode="json")


def test_the_day_someone_spoke_ranks_as_trivia_from_the_parse():
    """A remark's day kept in the lede (its news) still ranks below the same card read as an
    event's day: the parse's occasion (``DateFact.occasion`` "remark") says which it is."""
    import datetime as dt
    from types import SimpleNamespace

    from quizgen.items.ranking import ArticleSignals, importance

    text = "The minister said on Monday that the port would reopen."
    card = SimpleNamespace(kind="date", value="2017-11-06", question="The minister said on ____ that the port would reopen.",
                           answer="6 November 2017", style="cloze", tags=[],
                           evidence=[SimpleNamespace(source="a1", start=0, end=len(text), text=text)])

    def signals(occasion: str) -> dict[str, ArticleSignals]:
        return {"a1": ArticleSignals(title="Port to reopen", length=2000, lede_end=400, published=dt.date(2017, 11, 8),
                                     date_occasions=((25, "2017-11-06", occasion),))}

    assert importance(card, signals("remark")) < importance(card, signals(""))


def test_name_matchers_agree_with_the_regexes_they_replace():
    """``ranking``'s name matchers (``str.find`` and a look at each side) find a name exactly
    where the regexes they stand for do: hyphenated compounds, possessives, plurals, digits,
    underscores, accented letters and curly apostrophes included."""
    import random
    import re

    from quizgen.items.ranking import _standalone, _whole_name, _whole_word

    regexes = {
        _whole_word: lambda n: rf"\b{re.escape(n)}\b",
        _standalone: lambda n: rf"(?<![\w-]){re.escape(n)}(?:['’]s|s)?(?![\w-])",
        _whole_name: lambda n: rf"(?<!\w){re.escape(n)}(?!\w)",
    }
    written = [
        ("Castro", "An anti-Castro lawmaker spoke."),
        ("Castro", "Castro's government fell; the Castros left."),
        ("Clinton", "A Clinton-era law, not Clinton."),
        ("Jr.", "Martin Luther King Jr. spoke"),
        ("Jr.", "King Jr.s"),
        ("Peña", "Peña’s plan"),
        ("U.S.", "the U.S. said"),
        ("", "a b"),
    ]
    rng = random.Random(7)
    alphabet = ["a", "b", "s", "S", "1", "_", "-", "'", "’", " ", ".", "é", "B"]
    generated = [
        ("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))), "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
        for _ in range(3000)
    ]
    for matcher, regex in regexes.items():
        for name, text in written + generated:
            assert matcher(name).search(text) == bool(re.search(regex(name), text)), (matcher.__name__, name, text)


def test_the_dead_rank_before_the_injured(nlp):
    # one sentence, both tolls: a teacher asks how many died before how many were hurt, and the
    # sentence is asked once (``siblings.one_card_per_fact``): the dead
    text = (
        "A gas tanker exploded on a highway outside Valdora on Sunday.\n\n"
        "The blast killed 14 people and injured 230, police in Valdora said."
    )
    article = make_article(text, date="2017-04-02", title="Tanker blast near Valdora")
    items = {i.answer: i for i in build_deck([facts_of(nlp, article)], deck_id="t", title="T").items if i.kind == "number"}
    assert "14" in items and "230" not in items, sorted(items)


# A year the lede's plan looks ahead to ("by 2025") is its target, ranked as the story's own
# time; a year the story only recalls stays below it.
PLAN = (
    "Senator Dora Kessel will propose spending $4 billion a year in an attempt to end childhood hunger by 2025, "
    "her campaign said on Monday.\n\n"
    "Kessel, who first ran for office in 1998, will present the plan in Columbus.\n\n"
    "The plan would expand school meals to 300,000 children.\n\n"
    "Critics said the cost was too high."
)


def test_a_target_year_in_the_lede_is_no_background_year(nlp):
    article = make_article(PLAN, date="2017-03-07", title="Kessel plans to end childhood hunger in Ohio by 2025")
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T")
    target = next(i for i in deck.items if i.kind == "date" and i.value == "2025")
    assert target.importance >= 0.5  # a recalled year of the lede would score about 0.35
    assert not any(i.kind == "date" and i.value == "1998" and i.importance >= target.importance for i in deck.items)
