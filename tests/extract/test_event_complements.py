"""Object events that need more than the object (round 43, j35): a naming verb's second
predicate and a ranked object's scope, rebuilt on made-up articles."""

from __future__ import annotations

from quizgen.extract.event_complements import names_whom, ranked, with_scope
from tests.articles import deck_of


def _verb_and_object(doc):
    verb = next(t for t in doc if t.dep_ == "ROOT")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    return verb, doc[obj.left_edge.i : obj.right_edge.i + 1]


def test_a_naming_verb_with_whom_it_names_is_no_object_event(tmp_path):
    """"The council has named senior managers … who were responsible for …" made "What has the
    council named?": named as what, only the sentence's relative clause says."""
    deck = deck_of(
        tmp_path,
        "The Federal Council has named senior managers of the National Rail Corporation and local transport "
        "officials who were responsible for the train crash near Basel in March last year.\n\n"
        "Karel Vost, deputy manager of the rail company, received a warning on his record.",
        title="Council names rail managers over crash",
        date="2006-11-24",
    )
    for item in deck.items:
        question = item.question or ""
        if item.kind == "event" and question.endswith("?"):
            assert "named" not in question, question


def test_whom_a_naming_verb_names(nlp):
    verb, obj = _verb_and_object(nlp("The board appointed John Harlow on Monday."))
    assert names_whom(verb, obj)
    verb, obj = _verb_and_object(nlp("The agency named three senior officials in its report."))
    assert names_whom(verb, obj)
    verb, obj = _verb_and_object(nlp("Police identified two suspects on Monday."))
    assert names_whom(verb, obj)  # as whom, the sentence's "as" says
    verb, obj = _verb_and_object(nlp("The governor declared a state of emergency in the north."))
    assert not names_whom(verb, obj)  # a thing declared: the act itself
    verb, obj = _verb_and_object(nlp("The prime minister called the president on Monday."))
    assert not names_whom(verb, obj)  # "call" on the phone needs no predicate


def test_a_ranked_object_keeps_its_scope(tmp_path):
    """"Portugal captured their first title in 30 years by beating …" made "Which country
    captured their first title?" — false as written, when Portugal had won before."""
    deck = deck_of(
        tmp_path,
        "Portugal captured their first title in 30 years by beating Denmark to win the European handball "
        "championships on Sunday.\n\n"
        "The Portuguese men, who have not won a title since 1976, beat the former champions in four sets.",
        title="Portugal win handball title",
        date="2006-12-03",
    )
    events = [i for i in deck.items if i.kind == "event" and "first title" in (i.question or "") + i.answer]
    assert events
    for item in events:
        assert "first title in 30 years" in (item.question or "") + item.answer, (item.question, item.answer)


def test_ranked_objects_and_their_scope(nlp):
    doc = nlp("Portugal captured their first title in 30 years by beating Denmark.")
    verb, obj = _verb_and_object(doc)
    assert ranked(obj.root)
    assert with_scope(verb, obj).text == "their first title in 30 years"
    doc = nlp("Kenya recorded its biggest win since 1990 against Uganda.")
    verb, obj = _verb_and_object(doc)
    scoped = with_scope(verb, obj)
    assert scoped is None or scoped.text == "its biggest win since 1990"
    doc = nlp("Spain captured their first medal on Sunday since 1986.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is None  # the scope is not next to the object
    doc = nlp("Spain captured their first medal on Sunday.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is obj  # as the sentence states it
    doc = nlp("Malaysia launched its first solar ferries in a busy Penang harbour district.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is obj  # a place is where, no scope
    doc = nlp("Brazil won its first gold medal of the Games on Tuesday.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is obj  # the noun's own phrase says it
    doc = nlp("Acme bought Japan's largest maker of pumps.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is obj
    doc = nlp("Acme bought a small maker of pumps.")
    verb, obj = _verb_and_object(doc)
    assert not ranked(obj.root)


def test_an_ordinal_after_the_names_a_part(nlp):
    """"opened the second half with a header": a part of the match, no rank to scope."""
    doc = nlp("Chile opened the second half with a long header.")
    verb, obj = _verb_and_object(doc)
    assert not ranked(obj.root)
    assert with_scope(verb, obj) is obj


def test_the_question_word_of_an_object(nlp):
    """"What will Baker meet?" → "the leader of …" (j35) asks "what" for a person."""
    from quizgen.extract.event_complements import object_wh

    _, obj = _verb_and_object(nlp("The envoy will meet the leader of the Polisario Front on Friday."))
    assert object_wh(obj) == "Who"
    _, obj = _verb_and_object(nlp("Peru defeated Uruguay in Lima on Thursday."))
    assert object_wh(obj) == "Which country"
    _, obj = _verb_and_object(nlp("The court sought justice for the victims' families."))
    assert object_wh(obj) == "What"
    _, obj = _verb_and_object(nlp("Acme acquired a small maker of pumps."))
    assert object_wh(obj) == "What"


def test_a_ranked_object_keeps_its_topic(nlp):
    """"Which country issued its first white paper?" (j39): the parse hung "on human rights" on
    the verb, and the rank without its topic is false of the actor (round 46)."""
    doc = nlp("It is also ten years since Chile issued its first white paper on water rights.")
    verb = next(t for t in doc if t.lemma_ == "issue")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    span = doc[obj.left_edge.i : obj.right_edge.i + 1]
    scoped = with_scope(verb, span)
    assert scoped is not None and scoped.text.endswith("on water rights"), scoped
    doc = nlp("Peru published its first white paper on the long and costly dispute over fishing rights with Chile.")
    verb = next(t for t in doc if t.lemma_ == "publish")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    span = doc[obj.left_edge.i : obj.right_edge.i + 1]
    scoped = with_scope(verb, span)
    assert scoped is None or "fishing rights" in scoped.text  # too long a topic: no card
    doc = nlp("Spain captured their first medal on Sunday.")
    verb, obj = _verb_and_object(doc)
    assert with_scope(verb, obj) is obj  # a time is when, no topic


def test_a_destination_is_asked_where(nlp):
    """"What will Shaukat Aziz leave for?" → "New York" (j39) reads as asking why (round 46)."""
    from quizgen.extract.event_complements import destination

    def place(sentence, lemma):
        doc = nlp(sentence)
        verb = next(t for t in doc if t.lemma_ == lemma)
        pobj = next(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
        return verb, doc[pobj.left_edge.i : pobj.right_edge.i + 1]

    assert destination(*place("Kenyan President Mwai Kibaki will leave for London on Friday to attend a summit.", "leave"))
    assert destination(*place("The foreign minister will travel to Tokyo on Monday.", "travel"))
    assert not destination(*place("Chile lost to Brazil in the final on Sunday.", "lose"))
    assert not destination(*place("The minister will leave for talks on Monday.", "leave"))


def test_a_destination_question_reads_where(tmp_path):
    deck = deck_of(
        tmp_path,
        "Kenyan President Mwai Kibaki will leave for London on Tuesday to attend the meeting of a panel "
        "working to improve the Commonwealth, the state agency reported on Monday.\n\n"
        "Kibaki, who is among the co-chairs of the panel, will present its report.",
        title="Kibaki to leave for London",
        date="2006-11-06",
    )
    for item in deck.items:
        if item.kind == "event" and item.answer == "London":
            assert (item.question or "").startswith("Where "), item.question
