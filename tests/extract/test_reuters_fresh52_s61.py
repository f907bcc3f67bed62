"""From the j121 sample (stop 60's last code, read after scoring), each fixed with an article
written for the test:

- "Which organisation was subpoenaed for documents on transactions with Jefferies and Co and
  others?" offered Salomon and American Express, whom the article shows subpoenaed too
  (answerable n, choices n);
- "What is OPEC scheduled to meet on in Vienna on 25 June 1987?" → "June 25, where …": the
  meeting's day read as what it met on (right n);
- "What had Italy reduced?": a clause whose own subject the parse lost ("on the grounds that G-5,
  grouping …, had reduced Italy's role") hung on Italy's "refused" by a comma alone (right n);
- "Glaxo's was trading at 27-7/8 … on volume of ____ shares": the wire lost the noun after the
  possessive (well-formed n);
- "… should have been agreed by an April 1 deadline on ____": the day talks resume, blanked
  where it reads as the deadline's (well-formed n)."""

from __future__ import annotations

from quizgen.extract.dates import _after_a_dated_noun
from quizgen.extract.word_slips import word_slips
from tests.articles import facts_of, make_article, wire_items


def _article(text: str, title: str = "T", published: str = "1987-03-20"):
    return make_article(text, title=title, date=published)




SUBPOENA = (
    "New York, March 20 - Harlan Securities Inc said the Securities and Exchange Commission subpoenaed "
    "its records with respect to Bexley Fund Corp, Corwin Express Co, Dunmore Lehman Inc and others.\n\n"
    "Harlan co-managed a public offering by Corwin Express of Bexley Fund securities last year.\n\n"
    "Corwin Express earlier said it was subpoenaed on transactions involving securities of Bexley Fund, "
    "and Dunmore was subpoenaed for documents on transactions with Ellery and Co and others.\n\n"
    "Harlan said it intends to comply with the subpoena."
)


def test_others_the_article_shows_undergoing_the_act_are_no_wrong_choices(nlp):
    facts = facts_of(nlp, _article(SUBPOENA, title="HARLAN SECURITIES SAID IT RECEIVED SUBPOENA"))
    passive = [e for e in facts.events if e.verb == "subpoena" and e.answer_kind == "passive"]
    assert passive, facts.events
    rivals = set(passive[0].rivals)
    assert any("Corwin Express" in r for r in rivals), rivals  # "it was subpoenaed": Corwin Express
    assert any("Harlan" in r for r in rivals), rivals  # "subpoenaed its records", told by Harlan
    assert any("Bexley" in r for r in rivals), rivals  # the records "with respect to" Bexley


def test_a_who_card_of_a_passive_offers_none_the_article_shows_undergoing_it(tmp_path):
    other = (
        "Chicago, March 20 - Fenwick Grain Corp said it agreed to buy Galway Mills Inc for 40 mln dlrs.\n\n"
        "Galway Mills, which makes flour, said its board approved the sale, and Hollis Bank Corp advised Fenwick.\n\n"
        "Ingram Trust Co and Jessup Capital Corp also bid for Galway Mills."
    )
    items = wire_items(
        tmp_path, SUBPOENA, title="HARLAN SECURITIES SAID IT RECEIVED SUBPOENA", date="1987-03-20", others={"b.md": other}
    )
    cards = [i for i in items if i.kind == "event" and "was subpoenaed" in i.question]
    for card in cards:
        assert not any(w in c for c in card.choices for w in ("Corwin", "Harlan", "Bexley")), (card.question, card.choices)


def test_a_meetings_day_is_not_what_it_met_on(tmp_path):
    body = (
        "VIENNA, April 2 - The Organization of Mineral Exporting Countries will keep its output ceiling, "
        "its president said.\n\n"
        "OPEC agreed last December to cut production after world prices hit new lows in 1986. It agreed on "
        "a pricing system aimed to stabilise the market.\n\n"
        "OPEC is scheduled to meet in Geneva on May 14, where it will review its current price and "
        "production policy."
    )
    items = wire_items(tmp_path, body, title="EXPORTERS TO KEEP CEILING", date="1987-04-02")
    assert not any(i.kind == "event" and i.answer.startswith("May 14") for i in items), [
        (i.question, i.answer) for i in items if i.kind == "event"
    ]
    assert any(i.kind == "date" and "meet in Geneva on ____" in i.question for i in items), [i.question for i in items]


ITALY = (
    "ROME, April 7 - Italy said today's meeting in Washington of the Group of Seven industrial nations will "
    "give it the chance to check the accord reached in Tokyo last year.\n\n"
    "Italy refused to attend the Paris G-7 meeting on the grounds that G-5, grouping the United States, "
    "Japan, West Germany, France and Britain, had reduced Italy's role to rubber stamping agreements "
    "already taken.\n\n"
    "The Italian Treasury said today that Italy was certain this time incidents would not occur."
)


def test_a_tensed_clause_whose_subject_the_parse_lost_is_no_answer(nlp):
    facts = facts_of(nlp, _article(ITALY, title="ITALY SAYS G-7 GIVES CHANCE TO VERIFY ACCORD", published="1987-04-07"))
    assert not any("reduced" in e.answer or e.verb == "reduce" for e in facts.events), facts.events


def test_a_verb_joined_by_a_comma_alone_takes_no_subject_from_the_verb_before(nlp):
    from spacy.tokens import Doc

    from quizgen.extract.event_actors import subject_of

    # the parse the j121 article met: "had reduced" a conjunct of "refused", by a comma alone
    words = ["Italy", "refused", "to", "attend", ",", "G-5", ",", "had", "reduced", "Italy", "'s", "role", "."]
    heads = [1, 1, 3, 1, 1, 3, 1, 8, 1, 11, 9, 8, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "punct", "dep", "punct", "aux", "conj", "poss", "case", "dobj", "punct"]
    tags = ["NNP", "VBD", "TO", "VB", ",", "NNS", ",", "VBD", "VBN", "NNP", "POS", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[8]) is None
    # with a coordinator, the verbs share the subject
    words = ["Italy", "refused", "to", "attend", "and", "reduced", "its", "role", "."]
    heads = [1, 1, 3, 1, 1, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "poss", "dobj", "punct"]
    tags = ["NNP", "VBD", "TO", "VB", "CC", "VBD", "PRP$", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert subject_of(doc[5]).text == "Italy"
    # an aside the parse made the root: its "conjunct" is the subject's main verb
    doc = nlp("The Amsterdam Stock Exchange, engaged in a reform program, said it is launching a drive.")
    said = next(t for t in doc if t.lower_ == "said")
    assert said.dep_ == "conj" and subject_of(said).text == "Exchange"


def test_coordinated_verbs_still_share_their_subject(nlp):
    text = "Fenwick Grain Corp met the union on Monday and agreed a new wage contract for its mills."
    facts = facts_of(nlp, _article(text, title="FENWICK AGREES WAGE CONTRACT"))
    assert any(e.actor.startswith("Fenwick") and e.verb == "agree" for e in facts.events), facts.events


def test_a_possessive_with_no_noun_is_a_slip(nlp):
    sent = next(nlp("Glaxo's was trading at 27-7/8, off 1/2, on volume of 1,786,800 shares.").sents)
    assert [p for p, _, _ in word_slips(sent)] == ["a possessive with no noun"]
    for text in (
        "Its loss was larger than Glaxo's was.",  # the noun said before it
        "Glaxo's shares were trading at 27-7/8.",
        "Glaxo's trading at 27-7/8.",  # "is"
    ):
        sent = next(nlp(text).sents)
        assert "a possessive with no noun" not in [p for p, _, _ in word_slips(sent)], text


def test_no_card_from_a_sentence_whose_possessive_lost_its_noun(tmp_path):
    body = (
        "Shares of Glaxo Holdings PLC fell following a report that antibiotics may treat ulcers, analysts said.\n\n"
        "Glaxo's was trading at 27-7/8, off 1/2, on volume of 1,786,800 shares. Shares of SmithKline "
        "Beckman also fell 7/8 to 60-1/4."
    )
    items = wire_items(tmp_path, body, title="GLAXO STOCK OFF ON ULCER REPORT", date="1987-06-18")
    assert not any("Glaxo's was" in i.question for i in items), [i.question for i in items]


def test_a_date_right_after_a_dated_noun_is_no_card(nlp):
    doc = nlp("Ministers are due to resume talks on the package, which should have been agreed by an April 1 deadline tomorrow.")
    span = next(t for t in doc if t.lower_ == "tomorrow")
    assert _after_a_dated_noun(doc[span.i : span.i + 1])
    doc = nlp("Ministers are due to resume talks on the package tomorrow.")
    span = next(t for t in doc if t.lower_ == "tomorrow")
    assert not _after_a_dated_noun(doc[span.i : span.i + 1])


def test_the_day_talks_resume_is_not_blanked_beside_the_deadline(tmp_path):
    body = (
        "PARIS, June 29 - A meeting of the French and West German leaders failed to break the deadlock "
        "over this year's farm prices, diplomats said.\n\n"
        "EC farm ministers are due to resume negotiations on the package, which should have been agreed "
        "by an April 1 deadline tomorrow.\n\n"
        "Diplomats said it had been hoped that the summit could have injected fresh impetus into the talks."
    )
    items = wire_items(tmp_path, body, title="PARLEY FAILS TO UNBLOCK FARM TALKS", date="1987-06-29")
    assert not any(i.kind == "date" and "deadline on ____" in i.question for i in items), [
        i.question for i in items if i.kind == "date"
    ]
