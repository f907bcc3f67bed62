"""Where a quote card cuts a quotation too long to show: never inside a phrase."""

from __future__ import annotations

from quizgen.items.quote_cuts import clause_cut, units
from quizgen.items.quotes import MAX_QUESTION_WORDS, excerpt
from tests.articles import facts_of, make_article


def test_a_title_s_full_stop_ends_no_sentence():
    quote = ("In stark contrast to Mr. Hale's record on the harbour, the council will never abandon its plan to "
             "dredge the channel, to rebuild the old piers, to widen the ferry landing, and to pay for all of it "
             "with a tax on every cargo that comes through the port.")
    shown = excerpt(quote)
    assert not shown.startswith("In stark contrast to Mr. …")
    assert shown.startswith("In stark contrast to Mr. Hale's record on the harbour,")
    assert list(units("Mr. Hale left. We stayed.")) == ["Mr. Hale left.", "We stayed."]


def test_a_long_first_sentence_is_cut_where_its_own_punctuation_closes_a_phrase():
    quote = ("We rebuilt the old harbour of this town in a single hard winter with our own hands, and the ferries "
             "will run again by March because the council found the money for new engines in a budget that nobody "
             "thought could stretch that far")
    assert len(quote.split()) > MAX_QUESTION_WORDS
    assert excerpt(quote) == "We rebuilt the old harbour of this town in a single hard winter with our own hands …"


def test_a_sentence_with_no_place_to_end_on_is_not_shown():
    quote = " ".join(["the ferries will run again by March because the council found the money"] * 4)
    assert excerpt(quote) == ""
    # only an opening adverbial before the first comma: no clause shown yet
    fronted = ("Following a long discussion at the harbour board's meeting and many talks with the pilots, "
               "the council has concluded that there is broad support for keeping the ferries running through "
               "the winter and refraining from any new fares at this moment or in the coming year")
    assert clause_cut(fronted, MAX_QUESTION_WORDS) is None
    assert excerpt(fronted) == ""


def test_pieces_split_by_the_attribution_are_units():
    quote = ("The harbour of this old town is ours and it will stay ours for good … It is ours because the council rebuilt it, because the pilots kept it open, "
             "because the ferries ran through every storm, and because the town paid for every stone of it for "
             "thirty years without a single complaint")
    assert excerpt(quote) == "The harbour of this old town is ours and it will stay ours for good …"


def test_a_quote_card_never_shows_a_phrase_cut_in_two(nlp):
    text = ("“The harbour was rebuilt in a single winter by a crew of forty, and the ferries will run again by "
            "March because the council found the money for new engines in a budget that nobody thought could "
            "stretch that far in a single year,” said Maria Lopez, the mayor of Springfield.")
    from quizgen.deck.generate import build_deck

    deck = build_deck([facts_of(nlp, make_article(text))], deck_id="t", title="T")
    quotes = [i for i in deck.items if i.kind == "quote" and i.style == "question"]
    assert quotes, [i.question for i in deck.items]
    for item in quotes:
        # the old cut fell at the 40th word: "… a budget that nobody thought …"
        assert item.question.endswith("by a crew of forty …”?"), item.question


def test_a_piece_shown_whole_keeps_its_last_word():
    quote = ("We approached this as a change the industry is going through … The business is still going to grow "
             "fast, and we are confident that the market will come back, that our customers will stay with us and "
             "that the new products will sell")
    assert excerpt(quote) == "We approached this as a change the industry is going through …"


def test_a_list_s_comma_is_no_place_to_end():
    quote = ("On the day I went back to civilian life, the campaign and its backers seemed solid, and I had handed "
             "over fifteen months of research on monetary, military, and trade policy to the people who would need it "
             "most in the months before the first votes were cast")
    assert len(quote.split()) > MAX_QUESTION_WORDS > len(quote.split("trade")[0].split())  # the list's commas fit
    assert excerpt(quote) == "On the day I went back to civilian life, the campaign and its backers seemed solid …"


def test_a_piece_the_attribution_cut_off_keeps_no_dash():
    quote = ("Nobody is involved yet. … My opinion is, if this effort grows – … then the party will have to act "
             + " ".join(["now"] * MAX_QUESTION_WORDS))
    assert excerpt(quote) == "Nobody is involved yet. … My opinion is, if this effort grows …"


def test_a_short_first_piece_is_followed_by_the_next_cut_at_its_punctuation():
    quote = ("the harder question … is whether the strong October report represents a one-time blip after the weak "
             "August and September figures, or an early sign of growth that will stay above the average of the last "
             "two years for the whole region")
    assert excerpt(quote) == ("the harder question … is whether the strong October report represents a one-time blip "
                              "after the weak August and September figures …")


def test_a_quotation_whose_inner_marks_do_not_pair_up_is_cut_before_the_stray_mark_or_not_asked():
    from quizgen.facts.records import QuoteFact
    from quizgen.items.quotes import quote_prompt

    def fact(quote: str) -> QuoteFact:
        return QuoteFact(article_id="a1", quote=quote, quote_start=0, quote_end=len(quote), speaker="Ann Lee",
                         start=0, end=len(quote), cue="said")

    stray = ("If a gang went about burning the harbour and said, ‘We are the true sailors, ‘ well I am a sailor "
             "and I will not let them claim my trade.")
    assert quote_prompt(fact(stray)) is None  # the stray mark stands in its only sentence
    whole = "We rebuilt the old harbour of this town in one hard winter with our own hands and our own money. "
    question, style = quote_prompt(fact(whole + stray))
    assert style == "question" and "‘" not in question
    assert question == f"Who said: “{whole.strip()} …”?"
    paired = "They told us, ‘We are the true sailors,’ and we laughed at them for a long time after the meeting."
    assert "‘We are the true sailors,’" in quote_prompt(fact(paired))[0]
