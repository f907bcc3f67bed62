"""Wrong "who" choices a learner has to weigh: the answer's standing, party, camp and story."""

import datetime as dt
from dataclasses import replace

from quizgen.deck.generate import build_deck
from quizgen.items.cast_names import is_person_name
from quizgen.items.distractors import PeoplePool, role_family
from quizgen.items.person_choices import Cast, Story, Use
from quizgen.items.question_stems import blank_state, blank_title, stem_party
from quizgen.items.quotes import _blank_ends_name, talked_about
from quizgen.items.sides import (
    Topics,
    backs_in,
    campaigns_in,
    camps_in,
    party_before,
    standing,
    standings_fit,
    targets_in,
)
from quizgen.items.titles import holds_title
from tests.articles import facts_of, make_article

MAY = dt.date(2016, 5, 10)
US = {"us": Story(MAY, "US"), "us2": Story(MAY + dt.timedelta(days=2), "US")}


def _cast(uses, stories=US):
    return Cast([Use(*u) for u in uses], stories)


def test_standing_reads_roles_and_how_often_someone_is_named():
    assert standing({"office"}, has_role=True, articles=1) == "political"
    assert standing({"campaign"}, heads={"candidate"}, has_role=True, articles=3) == "political"
    assert standing({"campaign"}, heads={"spokesman"}, has_role=True, articles=1) is None  # staff
    assert standing({"expert"}, has_role=True, articles=1) == "commentary"
    assert standing(set(), has_role=False, articles=1) == "private"
    assert standing(set(), has_role=False, articles=2) is None
    assert standing(set(), has_role=False, articles=4) == "public"  # named in many stories, no role or party
    assert not standings_fit("commentary", "public") and standings_fit("public", "private")
    assert standing(set(), has_role=False, articles=4, party=True) == "political"  # a front-runner the news needs not introduce
    assert not standings_fit("private", "political") and not standings_fit("political", "private")
    assert not standings_fit("commentary", "political") and standings_fit("political", "commentary")
    assert standing({"office"}, heads={"mayor"}, has_role=True, articles=1) == "local"
    assert standings_fit("local", "political") and not standings_fit("political", "local", same_story=False)


def test_a_private_persons_words_get_no_politicians():
    cast = _cast([
        ("Gwen Tarrant", "us", None, True),  # a trader on the floor
        ("Colin Marsh", "us", None, True), ("Dana Pruitt", "us", None, True), ("Eli Stroud", "us", None, True),
        ("Walter Brandt", "us", "Treasury Secretary", True), ("Nora Quill", "us", "Senate Majority Leader", True),
    ])
    choices = cast.who("Gwen Tarrant", key="s1", question="Who said: “Everybody was selling at once”?", article="us", quote=True)
    assert sorted(choices) == ["Colin Marsh", "Dana Pruitt", "Eli Stroud", "Gwen Tarrant"]


def test_a_county_chairmans_words_get_no_politicians_but_the_one_he_speaks_for():
    uses = [
        ("Eli Whitcomb", "us", "Henrico County GOP chairman", True),
        ("Rosa Delgado", "us", "chairwoman of the Pinellas County GOP", True),
        ("Hal Brenner", "us", "Warren County Republican chairman", True),
        ("Nils Ostrander", "us", "Republican senator", True), ("Vera Klug", "us", "Republican governor", True),
    ]
    question = "Who said: “Every county here needs its own plan”?"
    choices = _cast(uses).who("Eli Whitcomb", key="s6", question=question, article="us", quote=True)
    assert choices == []  # two other chairmen only: asked typed, never padded with a senator
    uses.append(("Opal Reyes", "us", "Bucks County GOP chairwoman", True))
    choices = _cast(uses).who("Eli Whitcomb", key="s6", question=question, article="us", quote=True)
    assert sorted(choices) == ["Eli Whitcomb", "Hal Brenner", "Opal Reyes", "Rosa Delgado"]
    # A spokesman's words: his governor may have said them, another politician not.
    spokesman = [
        ("Dale Moyer", "us", "Snyder spokesman", True), ("Rick Snyder", "us", "Michigan Governor", True),
        ("Lena Ward", "us", "Clinton spokeswoman", True), ("Amos Pike", "us", "Sanders spokesman", True),
        ("Karl Weis", "us", "Ohio Governor", True),
    ]
    choices = _cast(spokesman).who("Dale Moyer", key="s7", question="Who said: “The state acted in time”?", article="us", quote=True)
    assert sorted(choices) == ["Amos Pike", "Dale Moyer", "Lena Ward", "Rick Snyder"]


def test_an_aide_the_deck_gives_no_role_gets_no_politician_of_the_story():
    stories = {a: Story(MAY, "US", frozenset(["Iowa"])) for a in ("convention", "memo")}
    uses = [("Paul Fenner", a, None, True) for a in ("convention", "memo")]  # quoted in two stories, never titled
    uses += [("Hal Brook", "convention", "Republican senator", True), ("Ida Vance", "convention", "Democratic nominee", True)]
    uses += [(n, "convention", "campaign adviser", True) for n in ("Rob Kline", "Sue Park", "Ann Toll")]
    choices = _cast(uses, stories).who("Paul Fenner", key="s10", question="Who said: “The delegates are ours”?",
                                      article="convention", quote=True)
    assert sorted(choices) == ["Ann Toll", "Paul Fenner", "Rob Kline", "Sue Park"]


def test_a_public_figure_named_in_many_stories_is_no_voice_of_a_voter():
    stories = {a: Story(MAY, "US", frozenset(["Iowa", "Hilda Crane"])) for a in ("poll", "debate", "rally")}
    uses = [("Hilda Crane", a, None, True, "D") for a in ("debate", "rally", "poll")]
    uses += [(n, "poll", None, True) for n in ("Tess Moon", "Gus Farr", "Ivy Dunn", "Cal Rooke")]
    choices = _cast(uses, stories).who("Tess Moon", key="s8", question="Who said: “I can't find a candidate I like”?", article="poll", quote=True)
    assert sorted(choices) == ["Cal Rooke", "Gus Farr", "Ivy Dunn", "Tess Moon"]


def test_a_us_party_member_holds_no_office_of_the_country_a_story_is_about():
    stories = {"havana": Story(MAY, "CU"), "miami": Story(MAY, "CU")}
    uses = [
        ("Raul Vidal", "havana", "Cuban President", True),
        ("Dale Burke", "havana", "Rep.", True, "R"), ("Ann Lowe", "havana", "Sen.", True, "D"),
        ("Pedro Marin", "havana", "Cuban Foreign Minister", True),
        ("Elena Ruiz", "miami", "Cuban Vice President", True), ("Jorge Salas", "miami", "Cuban parliament president", True),
    ]
    choices = _cast(uses, stories).who("Raul Vidal", key="s9", question="Who was the Cuban President (May 2016)?",
                                      article="havana", role="Cuban President")
    assert "Dale Burke" not in choices and "Ann Lowe" not in choices


def test_a_governors_card_gets_the_storys_governors_not_its_senators():
    uses = [
        ("Hal Brook", "us", "governor of Ohio", True),
        ("Ed Marsh", "us", "Texas Senator", True), ("Ida Vance", "us", "U.S. President", True),
        ("Kim Lowe", "us", "Vermont Senator", True),
    ]
    question = "Who was the governor of Ohio (March 2016)?"
    assert _cast(uses).who("Hal Brook", key="s11", question=question, article="us", role="governor of Ohio") == []
    uses += [(n, "us", role, True) for n, role in [("Al Dunn", "Florida Governor"), ("Bo Reyes", "Texas Gov."), ("Cy Hart", "Maine governor")]]
    choices = _cast(uses).who("Hal Brook", key="s11", question=question, article="us", role="governor of Ohio")
    assert sorted(choices) == ["Al Dunn", "Bo Reyes", "Cy Hart", "Hal Brook"]


def test_a_professors_analysis_gets_no_politicians():
    cast = _cast([
        ("Irene Voss", "us", "professor of constitutional law", True),
        ("Paul Mercer", "us", "law professor", True), ("Ada Lind", "us", "political scientist", True),
        ("Tom Grady", "us", "Senate Majority Leader", True), ("Ruth Hale", "us", "Republican candidate", True),
    ])
    question = "Who said: “The court has never split this way”?"
    # Two believable experts only: asked typed, never padded with a politician or a filler.
    assert cast.who("Irene Voss", key="s2", question=question, article="us", quote=True) == []
    cast = _cast([
        ("Irene Voss", "us", "professor of constitutional law", True),
        ("Paul Mercer", "us", "law professor", True), ("Ada Lind", "us", "political scientist", True),
        ("Sam Oduya", "us", "Supreme Court analyst", True),
        ("Tom Grady", "us", "Senate Majority Leader", True), ("Ruth Hale", "us", "Republican candidate", True),
    ])
    choices = cast.who("Irene Voss", key="s2", question=question, article="us", quote=True)
    assert sorted(choices) == ["Ada Lind", "Irene Voss", "Paul Mercer", "Sam Oduya"]


def test_a_republicans_words_get_no_democrats_and_no_aides_of_the_one_attacked():
    uses = [("Donald Trump", "us", "Republican nominee", True, "R")]
    uses += [(n, "us", "Republican senator", True) for n in ("Ted Cruz", "Marco Rubio", "Rand Paul")]
    uses += [("Robby Mook", "us", "Mrs. Clinton's campaign manager", True),
             ("Jennifer Palmieri", "us", "Clinton communications director", True),
             ("Hillary Clinton", "us", "Democratic nominee", True, "D"),
             ("Debbie Wasserman Schultz", "us", "Democratic National Committee chairwoman", True)]
    cast = _cast(uses)
    choices = cast.who("Donald Trump", key="s3", question="Who said: “Crooked Hillary should be in jail”?", article="us", quote=True)
    assert sorted(choices) == ["Donald Trump", "Marco Rubio", "Rand Paul", "Ted Cruz"]


def test_a_primary_quarrel_keeps_the_camp_of_the_one_spoken_of():
    cast = _cast([
        ("Ed Rendell", "us", "Democratic former governor", True),
        ("Tad Devine", "us", "Sanders's chief strategist", True),
        ("Jeff Weaver", "us", "Sanders campaign manager", True),
        ("Bernie Sanders", "us", "Democratic candidate", True),
        ("Karen Finney", "us", "Clinton spokeswoman", True),
    ])
    choices = cast.who("Ed Rendell", key="s4", question="Who said: “Bernie will have to decide soon”?", article="us", quote=True)
    assert sorted(choices) == ["Ed Rendell", "Jeff Weaver", "Karen Finney", "Tad Devine"]


def test_other_stories_people_only_from_a_related_story():
    stories = {
        "emails": Story(MAY, "US", frozenset(["State Department", "FBI", "Hillary Clinton", "Huma Abedin", "Brian Fallon"])),
        "server": Story(MAY, "US", frozenset(["State Department", "FBI", "Philippe Reines", "Hillary Clinton", "Huma Abedin"])),
        "judge": Story(MAY, "US", frozenset(["Trump University", "San Diego", "Hope Hicks", "Donald Trump"])),
        "golf": Story(MAY, "US", frozenset(["PGA", "Augusta", "Jordan Spieth", "Rory McIlroy"])),
    }
    cast = _cast([
        ("Brian Fallon", "emails", "Clinton spokesman", True),
        ("Philippe Reines", "server", "Clinton spokesman", True), ("Huma Abedin", "server", "Clinton aide", True),
        ("Cheryl Mills", "server", "Clinton adviser", True),
        ("Hope Hicks", "judge", "Trump spokeswoman", True), ("Kelly Greer", "golf", "PGA Tour spokeswoman", True),
    ], stories)
    choices = cast.who("Brian Fallon", key="s5", question="Who said: “The emails were never classified”?", article="emails", quote=True)
    assert sorted(choices) == ["Brian Fallon", "Cheryl Mills", "Huma Abedin", "Philippe Reines"]
    topics = Topics({a: s.names for a, s in stories.items()})
    assert topics.related("emails", ["server"]) and not topics.related("emails", ["judge", "golf"])


def test_party_camp_and_targets_are_read_from_the_words():
    assert party_before("Republican presidential candidate Ted Cruz said", "Ted Cruz") == "R"
    assert party_before("Sen. Bernie Sanders (D-Vt.) said", "Bernie Sanders") == "D"
    assert party_before("Ted Cruz and the Democratic Party", "Ted Cruz") is None
    assert party_before("Rep. Dale Burke, R-Ind., said he would subpoena", "Dale Burke") == "R"  # the wire's style
    assert party_before("Sen. Ann Lowe, D-N.Y., said", "Ann Lowe") == "D"
    assert party_before("Tom Smith, D-Day veteran, said", "Tom Smith") is None
    assert camps_in("a Clinton confidant who heads the pro-Clinton super PAC", {"Clinton", "Trump"}, own="Brock") == {"Clinton"}
    assert camps_in("Mrs. Clinton's campaign manager", {"Clinton", "Mook"}, own="Mook") == {"Clinton"}
    assert targets_in("Who said: “Crooked Hillary lies”?", {"Clinton", "Trump"}, {"Hillary": {"Clinton"}}) == {"Clinton"}


def test_fragments_of_names_are_no_choices():
    assert not is_person_name("Exchequer Nigel Lawson") and is_person_name("Nigel Lawson")
    assert is_person_name("Al Gore") and is_person_name("Bill de Blasio")  # a particle first is a given name
    assert _blank_ends_name("Abdul Amir ____ said the talks failed.", "Abdul Amir al-Anbari")
    assert not _blank_ends_name("____ said the talks failed.", "Abdul Amir al-Anbari")
    pool = PeoplePool([], organisations=["ABC News'", "CBS News", "NBC News", "Fox News", "ABC News"])
    choices = pool.organisation_choices("CNN", key="o1", question="Who reported the poll?")
    assert "ABC News'" not in choices and len(choices) == 4


def test_whom_the_speaker_spoke_of_is_no_choice(nlp):
    article = make_article(
        "Senator Paula Brent of Ohio said the bill was “a disgrace to the Senate.” "
        "Senator Tom Ward of Iowa said: “We will pass it next week.” "
        "Senator Jim Hale of Texas said: “Texas will not pay for this.” "
        "Senator Ruth Calder of Maine said: “We need a vote.” "
        "“He had a lot of supporters in Missouri,” Senator Roy Blunt of Missouri said of Senator Ward.",
        date="2016-05-10", article_id="us", title="Senate fight in Washington",
    )
    assert "tom" not in talked_about("“He had a lot of supporters,” Blunt said.")
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T")
    [item] = [i for i in deck.items if i.kind == "quote" and "supporters" in i.question]
    assert item.answer == "Roy Blunt" and "Tom Ward" not in item.choices, item.choices


def test_an_organisations_words_get_organisations_of_its_kind():
    pool = PeoplePool([], organisations=[
        "GOP", "ABC", "CIA", "Justice Department", "Securities and Exchange Commission", "NBC News",
        "Pentagon", "Chiron Corp.", "NATO",
    ])
    choices = pool.organisation_choices("FBI", key="o2", question="Who said the case was closed?")
    assert sorted(choices) == ["CIA", "FBI", "Justice Department", "Pentagon"] or (
        "Securities and Exchange Commission" in choices and not {"GOP", "ABC", "NBC News", "Chiron Corp.", "NATO"} & set(choices)
    ), choices
    sec = pool.organisation_choices("SEC", key="o3", question="Who sued the company?")
    assert "Securities and Exchange Commission" not in sec  # the answer by its initials


def test_a_headline_neither_hides_a_first_name_nor_passes_for_a_person():
    from quizgen.items.cast_names import headline_fragment, surnames_of

    names = ["Hillary Clinton"] * 5 + ["Ben Carson Slams Hillary", "Donald Trump", "Donald Trump", "Trump Praises Breitbart"]
    assert "Hillary" not in surnames_of(names) and "Trump" in surnames_of(names)
    known = {"Hillary Clinton", "Ben Carson", "Melba Acosta"}
    assert headline_fragment("Hillary Clinton Wins", known) and headline_fragment("Ben Carson Slams Hillary", known)
    assert not headline_fragment("Melba Acosta Febo", known)


def test_a_party_word_qualifies_a_name_only_through_title_words():
    assert party_before("Democrats hope Donald Trump will lose the state", "Donald Trump") is None
    assert party_before("Republican Donald Trump and Democrat Hillary Clinton met", "Hillary Clinton") == "D"
    assert party_before("the Democratic nominee, Hillary Clinton, said", "Hillary Clinton") == "D"


def test_a_camp_stands_with_its_leaders_party():
    cast = _cast([
        ("Pat Harlow", "us", "Republican governor", True, "R"),
        ("Hillary Clinton", "us", "Democratic nominee", True, "D"),
        ("Marc Elder", "us", "a lawyer whose firm represents Hillary Clinton", True),
        ("Bill Stroud", "us", "Republican attorney general", True),
        ("Phil Barger", "us", "Republican state senator", True),
        ("Dana Roy", "us", "Republican state treasurer", True),
    ])
    choices = cast.who("Pat Harlow", key="s6", question="Who said: “Our voter law is sensible”?", article="us", quote=True)
    assert sorted(choices) == ["Bill Stroud", "Dana Roy", "Pat Harlow", "Phil Barger"]


def test_a_title_before_the_blank_is_held_by_every_choice():
    cast = _cast([
        ("Walter Brandt", "us", "President", True), ("Colin Marsh", "us", "Treasury Secretary", True),
        ("Dana Pruitt", "us", "Senate Majority Leader", True), ("Eli Stroud", "us", "Japanese Finance Minister", True),
        ("Nora Quill", "us2", "President", True), ("Ivan Kessler", "us2", "former President", True),
        ("Rosa Delgado", "us", "Vice President", True), ("Hugh Penn", "us2", "U.S. President", True),
    ])
    question = "President ____ said the deal “is the best we could get.”"
    choices = cast.who("Walter Brandt", key="t1", question=question, article="us", role="President", quote=True)
    assert sorted(choices) == ["Hugh Penn", "Ivan Kessler", "Nora Quill", "Walter Brandt"]
    # With only two other presidents in the deck the card is asked typed.
    cast = _cast([u for u in [
        ("Walter Brandt", "us", "President", True), ("Colin Marsh", "us", "Treasury Secretary", True),
        ("Dana Pruitt", "us", "Senate Majority Leader", True), ("Nora Quill", "us2", "President", True),
        ("Hugh Penn", "us2", "U.S. President", True), ("Rosa Delgado", "us", "Vice President", True),
    ]])
    assert cast.who("Walter Brandt", key="t1", question=question, article="us", role="President", quote=True) == []


def test_a_title_before_the_blank_reads_abbreviations_and_qualifiers():
    assert blank_title("Sen. ____ told reporters") == "senator"
    assert blank_title("Secretary of State ____ said") == "secretary of state"
    assert blank_title("U.S. Vice President ____ said") == "vice president"
    assert blank_title("On Monday, ____ said") is None and blank_title("Who said: “We will win”?") is None
    assert blank_title("Prime Minister ____ said") == "prime minister"
    assert holds_title(["Britain's Prime Minister"], "prime minister") and not holds_title(["Foreign Minister"], "prime minister")
    # Another person's title inside one's role is not one's own.
    assert not holds_title(["former aide to Sen. Ted Cruz"], "senator") and not holds_title(["Gov. Hogan's spokesman"], "governor")
    assert stem_party("Sen. ____ (D-Mo.), who has endorsed her, said") == "D"


def test_the_person_the_quoted_words_speak_of_is_no_choice():
    uses = [("Marta Lenz", "us", "Democratic candidate", True)] * 5  # the story's leading woman
    uses += [(n, "us", "senator", True) for n in ("Paul Ober", "Ray Tillman", "Gina Ford", "Ken Alcott")]
    cast = _cast(uses)
    question = "Who said: “She has never once explained her plan”?"
    choices = cast.who("Paul Ober", key="p1", question=question, article="us", quote=True)
    assert len(choices) == 4 and "Marta Lenz" not in choices, choices
    # Words about a "he" leave her a believable speaker.
    assert len(cast.who("Paul Ober", key="p1", question="Who said: “He has never explained his plan”?", article="us", quote=True)) == 4


def test_a_companys_spokeswomans_words_get_no_politicians():
    cast = _cast([
        ("Lena Ortiz", "us", "Acme Motors spokeswoman", True),
        ("Tina Grady", "us", "Senate Majority Leader", True), ("Ruth Hale", "us", "Republican candidate", True),
        ("Wanda Brandt", "us", "Treasury Secretary", True), ("Nina Varga", "us", "Acme Motors chief executive", True),
    ])
    question = "Who said: “The recall covers every model built since March”?"
    choices = cast.who("Lena Ortiz", key="o1", question=question, article="us", role="Acme Motors spokeswoman", quote=True)
    assert choices == [], choices
    cast = _cast([
        ("Lena Ortiz", "us", "Acme Motors spokeswoman", True), ("Nina Varga", "us", "Acme Motors chief executive", True),
        ("Lisa Cho", "us", "Borg Auto spokeswoman", True), ("Olga Pratt", "us", "Delta Cars spokesman", True),
        ("Tina Grady", "us", "Senate Majority Leader", True), ("Ruth Hale", "us", "Republican candidate", True),
        ("Wanda Brandt", "us", "Treasury Secretary", True),
    ])
    choices = cast.who("Lena Ortiz", key="o1", question=question, article="us", role="Acme Motors spokeswoman", quote=True)
    assert sorted(choices) == ["Lena Ortiz", "Lisa Cho", "Nina Varga", "Olga Pratt"], choices


def test_a_witnesss_words_get_only_people_of_the_same_story_and_no_politician():
    cast = _cast([
        ("Gwen Tarrant", "us", None, True), ("Colin Marsh", "us", None, True), ("Dana Pruitt", "us", None, True),
        ("Eli Stroud", "us2", None, True), ("Walter Brandt", "us", "Treasury Secretary", True),
        ("Nils Berg", "us2", None, True),
    ])
    question = "Who said: “The water rose to the second floor in minutes”?"
    assert cast.who("Gwen Tarrant", key="w1", question=question, article="us", quote=True) == []
    cast = _cast([
        ("Gwen Tarrant", "us", None, True), ("Colin Marsh", "us", None, True), ("Dana Pruitt", "us", None, True),
        ("Eli Stroud", "us2", None, True), ("Walter Brandt", "us", "Treasury Secretary", True),
        ("Ada Lind", "us", "hydrologist", True),
    ])
    choices = cast.who("Gwen Tarrant", key="w1", question=question, article="us", quote=True)
    assert sorted(choices) == ["Ada Lind", "Colin Marsh", "Dana Pruitt", "Gwen Tarrant"]


def test_a_bare_surname_answer_gets_bare_surname_choices():
    cast = _cast([(n, "us", "senator", True) for n in ("Paul Ober", "Ray Tillman", "Gina Ford", "Ken Alcott")])
    choices = cast.who("Ober", key="b1", question="Who said: “The bill is dead”?", article="us", quote=True)
    assert sorted(choices) == ["Alcott", "Ford", "Ober", "Tillman"]


def test_people_of_an_unrelated_story_are_no_choices_however_alike_their_office():
    stories = {
        "dam": Story(MAY, "US", frozenset(["Army Corps", "Lake Ora", "Paul Ober", "Ray Tillman"])),
        "tax": Story(MAY, "US", frozenset(["IRS", "Treasury", "Gina Ford", "Ken Alcott", "Lu Hart"])),
    }
    cast = _cast([
        ("Paul Ober", "dam", "senator", True), ("Ray Tillman", "dam", "senator", True),
        ("Gina Ford", "tax", "senator", True), ("Ken Alcott", "tax", "senator", True), ("Lu Hart", "tax", "senator", True),
    ], stories)
    assert cast.who("Paul Ober", key="u1", question="Who said: “The dam will hold”?", article="dam", quote=True) == []


def test_a_rival_named_beside_the_answer_in_another_story_is_a_choice():
    stories = {
        "rally": Story(MAY, "US", frozenset(["Iowa", "Paul Ober"])),
        "debate": Story(MAY, "US", frozenset(
            ["Fox", "Paul Ober", "Ray Tillman", "Gina Ford", "Ken Alcott", "Des Moines", "Cedar Rapids", "Ames",
             "Drake University", "Megyn Kelly", "Bret Baier", "Chris Wallace", "Davenport", "Sioux City"]
        )),
        "tax": Story(MAY, "US", frozenset(["IRS", "Lu Hart", "Ida Moss"])),
    }
    uses = [("Paul Ober", "rally", "Republican candidate", True)]
    uses += [(n, "debate", "Republican candidate", True) for n in ("Ray Tillman", "Gina Ford", "Ken Alcott")]
    uses += [(n, "tax", "Republican candidate", True) for n in ("Lu Hart", "Ida Moss")]
    cast = _cast(uses, stories)
    assert not cast.topics.related("rally", ["debate"])  # a rally and a debate: few names in common
    choices = cast.who("Paul Ober", key="r1", question="Who said: “We will win Iowa”?", article="rally", quote=True)
    assert sorted(choices) == ["Gina Ford", "Ken Alcott", "Paul Ober", "Ray Tillman"]


def test_an_aides_words_get_no_politician_of_another_story():
    stories = {
        "us": Story(MAY, "US", frozenset(["Keep Going PAC", "Iowa"])), "us2": Story(MAY, "US", frozenset(["Keep Going PAC", "Iowa"])),
        "tax": Story(MAY, "US", frozenset(["IRS"])),
    }
    cast = _cast([
        ("Dale Tripp", "us", "PAC aide", True), ("Rob Centi", "us", "PAC spokesman", True),
        ("Kyle Pratt", "us", "campaign aide", True), ("Sam Voss", "us2", "Republican candidate", True),
        ("Tom Grady", "us2", "Senate Majority Leader", True), ("Nick Hale", "us2", "PAC adviser", True),
    ], stories)
    choices = cast.who("Dale Tripp", key="a1", question="Who said: “We are trying to show some mercy”?", article="us", quote=True)
    assert sorted(choices) == ["Dale Tripp", "Kyle Pratt", "Nick Hale", "Rob Centi"], choices


def test_when_the_answer_leads_the_story_the_next_person_is_the_one_spoken_of():
    uses = [("Paul Ober", "us", "House Speaker", True)] * 6 + [("Ray Tillman", "us", "Republican nominee", True)] * 4
    uses += [(n, "us", "senator", True) for n in ("Ken Alcott", "Sam Voss", "Tom Grady")]
    cast = _cast(uses)
    question = "Who said: “I regret the comments that he made”?"
    choices = cast.who("Paul Ober", key="l1", question=question, article="us", quote=True)
    assert sorted(choices) == ["Ken Alcott", "Paul Ober", "Sam Voss", "Tom Grady"], choices


def test_a_role_naming_anothers_title_gives_its_holder_no_office():
    cast = _cast([
        ("Dale Cross", "us", "a former staff member for former Gov. Bob Ehrlich", True),
        ("Sam Voss", "us2", "Republican candidate", True), ("Tom Grady", "us2", "Senate Majority Leader", True),
    ])
    [cross] = [p for p in cast.people if p.name == "Dale Cross"]
    assert cast._standing(cross) != "political" and not cross.families & {"office"}


def test_a_party_is_read_from_lists_appositions_and_contests():
    text = (
        "Democratic presidential candidates Maria Hollis and Owen Pratt spoke in Des Moines. "
        "Republican presidential candidate Ned Varga and activist Lou Breen marched. "
        "Carl Dorsey, the presumptive Republican nominee, said little. "
        "Tess Abbot, the Florida Republican, agreed. "
        "Vic Lamont won the Republican primary in Ohio. "
        "Gil Ferris, the likely Democratic and Republican nominees met. "
        "Republicans and Ruth Noble argued. "
        "GOP presidential contender and former neurosurgeon Alan Crane responded."
    )
    assert party_before(text, "Owen Pratt") == "D"  # a plural title: each name of the list
    assert party_before(text, "Lou Breen") is None  # a singular title: the first name only
    assert party_before(text, "Carl Dorsey") == "R" and party_before(text, "Tess Abbot") == "R"
    assert party_before(text, "Vic Lamont") == "R"
    assert party_before(text, "Gil Ferris") is None  # both parties named
    assert party_before(text, "Ruth Noble") is None  # "and" joins two sides, not a title
    assert party_before(text, "Alan Crane") == "R"
    # A contrast after a plural, or "and" before anything but title words, names no party.
    assert party_before("Unlike their Republican counterparts, Maria Hollis and Owen Pratt have plans", "Maria Hollis") is None
    assert party_before("He will back the Democratic nominee and that a Carl Dorsey presidency is a risk", "Carl Dorsey") is None
    assert party_before("the Republican nominee and President Barry Oakes met", "Barry Oakes") is None


def test_beside_a_known_party_no_politician_whose_party_is_unknown():
    uses = [
        ("Ned Varga", "us", "Republican senator", True, "R"),
        ("Tess Abbot", "us", "Republican senator", True, "R"),
        ("Vic Lamont", "us", "Republican governor", True, "R"),
        ("Carl Dorsey", "us", "Republican candidate", True, "R"),
        ("Barry Oakes", "us", "former President", True),  # a president whose party no story gives
    ]
    question = "Who said: “The primary will be settled in Cleveland”?"
    choices = _cast(uses).who("Ned Varga", key="pv", question=question, article="us", quote=True)
    assert sorted(choices) == ["Carl Dorsey", "Ned Varga", "Tess Abbot", "Vic Lamont"], choices
    uses[1] = ("Tess Abbot", "us", "senator", True)  # her party unknown too: too few of his party, typed
    assert _cast(uses).who("Ned Varga", key="pv", question=question, article="us", quote=True) == []
    # A spokesman of no known party still stands beside anyone.
    uses[1] = ("Tess Abbot", "us", "campaign spokeswoman", True)
    assert "Tess Abbot" in _cast(uses).who("Ned Varga", key="pv", question=question, article="us", quote=True)


def test_a_candidates_words_get_no_one_of_unknown_standing():
    uses = [
        ("Ned Varga", "us", "Republican presidential candidate", True, "R"),
        ("Tess Abbot", "us", "Republican senator", True, "R"),
        ("Vic Lamont", "us", "Republican governor", True, "R"),
        ("Carl Dorsey", "us", "Republican presidential candidate", True, "R"),
        ("Lou Breen", "us", "Varga campaign manager", True),
        ("Ada Quist", "us", "Republican strategist", True, "R"),
    ]
    question = "Who said: “If elected president I will work closely with Congress”?"
    choices = _cast(uses).who("Ned Varga", key="cw", question=question, article="us", quote=True)
    assert sorted(choices) == ["Carl Dorsey", "Ned Varga", "Tess Abbot", "Vic Lamont"], choices
    # A strategist's words still get the story's staff and strategists.
    uses += [("Moe Lind", "us", "Republican pollster", True, "R"), ("Iva Roth", "us", "Republican consultant", True, "R")]
    choices = _cast(uses).who("Ada Quist", key="cw", question="Who said: “The numbers are moving”?", article="us", quote=True)
    assert "Lou Breen" in choices or "Moe Lind" in choices, choices


def test_a_candidates_words_get_no_one_who_ran_in_another_contest():
    uses = [
        ("Ned Varga", "us", "Republican presidential candidate", True, "R"),
        ("Carl Dorsey", "us2", "Republican presidential candidate", True, "R"),
        ("Tess Abbot", "us2", "Republican presidential hopeful", True, "R"),
        ("Vic Lamont", "us2", "Republican presidential candidate", True, "R"),
        ("Hal Moss", "us2", "the 2008 Republican nominee", True, "R"),  # ran in another contest
        ("Roy Pike", "us2", "former Republican presidential candidate", True, "R"),
    ]
    question = "Who said: “If elected president I will work closely with Congress”?"
    for key in ("c1", "c2", "c3", "c4"):
        choices = _cast(uses).who("Ned Varga", key=key, question=question, article="us", quote=True)
        assert sorted(choices) == ["Carl Dorsey", "Ned Varga", "Tess Abbot", "Vic Lamont"], choices
    # A candidate of a story of another cycle runs in no contest of this one: too few, typed.
    stories = {**US, "old": Story(MAY.replace(year=MAY.year - 8), "US")}
    uses[3] = ("Vic Lamont", "old", "Republican presidential candidate", True, "R")
    assert _cast(uses, stories).who("Ned Varga", key="c1", question=question, article="us", quote=True) == []


def test_an_economists_finding_gets_no_residents():
    cast = _cast([
        ("Hugo Brandis", "us", "economist at the Federal Reserve Bank", True),
        ("Lara Finch", "us", "professor of economics", True), ("Omar Tull", "us", "labor economist", True),
        ("Greta Sallow", "us", None, True), ("Wendell Pike", "us", None, True),  # a retiree, a shopkeeper
    ])
    finding = "Who said: “Import competition hollows out the middle of the wage scale”?"
    assert cast.who("Hugo Brandis", key="e1", question=finding, article="us", quote=True) == []  # two experts only: typed


def test_someone_of_unknown_standing_from_another_story_is_no_choice_unless_of_the_answers_kind():
    stories = {a: Story(MAY, "US", frozenset(["Cleveland", "RNC"])) for a in ("rules", "speakers")}
    stories["farm"] = Story(MAY, "US", frozenset(["Iowa", "USDA"]))  # an unrelated story: the others' names weigh
    uses = [
        ("Dale Ashby", "rules", "Rules Committee chairman", True), ("Norm Ridley", "rules", "RNC chief counsel", True),
        ("Rhea Pollard", "rules", "RNC chairwoman", True),
        ("Victor Lund", "speakers", "strong supporter of gay marriage", True),  # a convention speaker: no known kind
    ]
    question = "Who said: “The committee will meet next week as planned”?"
    assert _cast(uses, stories).who("Dale Ashby", key="u1", question=question, article="rules", quote=True) == []
    uses.append(("Gil Moreno", "speakers", "GOP convention chairman", True))  # a chairman: the answer's kind
    choices = _cast(uses, stories).who("Dale Ashby", key="u1", question=question, article="rules", quote=True)
    assert sorted(choices) == ["Dale Ashby", "Gil Moreno", "Norm Ridley", "Rhea Pollard"]


def test_a_candidacy_is_read_from_title_words_before_a_name_and_from_a_surnames_campaign():
    from quizgen.items.sides import campaigns_in, running_now, runs_in

    assert runs_in("Democratic presidential hopeful Sen. Ada Quill said", "Ada Quill")
    assert runs_in("GOP presidential contender and former surgeon Ben Pratt spoke", "Ben Pratt")  # "former" is the surgeon's
    assert runs_in("Pratt, the presumptive Republican nominee, said", "Pratt")
    assert not runs_in("won 47 percent against GOP nominee Ada Quill", "Ada Quill")  # of a past contest, as often
    assert not runs_in("Republican Sen. Ada Quill said", "Ada Quill")
    assert not runs_in("Republican vice presidential candidate Ada Quill said", "Ada Quill")  # a running mate
    assert not runs_in("the 2008 Republican nominee Ada Quill said", "Ada Quill", dt.date(2016, 1, 1))
    assert campaigns_in("the Quill campaign said, and Pratt's presidential bid", MAY) == {"Quill", "Pratt"}
    assert campaigns_in("the 2008 Quill campaign", MAY) == frozenset()
    assert not running_now("a candidate for alternate from the state's 2nd District", "candidate", MAY)
    assert running_now("Republican presidential candidate", "presidential candidate", MAY)


def test_a_candidates_words_get_candidates_not_a_rivals_press_secretary_or_a_senator_in_no_race():
    stories = {a: Story(MAY, "US", frozenset(["Iowa", "Des Moines"])) for a in ("rally", "debate")}
    stories["farm"] = Story(MAY, "US", frozenset(["Ohio", "USDA"]))  # an unrelated story: the others' names weigh
    uses = [
        ("Ada Quill", "rally", "Vermont Sen.", True, None, True),  # running: "the Quill campaign"
        ("Hale Dorsey", "rally", "Iowa senator", True), ("Lou Fenn", "rally", "Dorsey secretary", True),
        ("Bea Marlow", "debate", "Massachusetts Senator", True),  # in no race
        ("Cy Ward", "debate", "Ohio Gov.", True, None, True), ("Dot Ames", "debate", "Texas Sen.", True, None, True),
    ]
    choices = _cast(uses, stories).who("Ada Quill", key="c1", question="Who said: “If elected, I will break up the banks”?",
                                      article="rally", quote=True)
    assert sorted(choices) == ["Ada Quill", "Cy Ward", "Dot Ames", "Hale Dorsey"]


def test_a_candidate_for_alternate_is_a_delegate_no_politician():
    uses = [
        ("Nate Birch", "us", "a candidate for alternate from the state's 2nd District", True),
        ("Nate Birch", "us", "candidate", True),
        ("Ted Corr", "us", "Republican presidential candidate", True, "R"),
        ("Jon Kade", "us", "Republican presidential candidate", True, "R"),
        ("Don Tramp", "us", "Republican presidential candidate", True, "R"),
    ]
    cast = _cast(uses)
    assert cast.standing_of("Nate Birch") is None
    question = "Who said: “I am supporting the draft of another man at the convention”?"
    assert cast.who("Nate Birch", key="d1", question=question, article="us", quote=True) == []


def test_a_surnames_campaign_runs_only_a_surname_the_deck_gives_one_person():
    from quizgen.deck.generate import running_uses

    text = "Ada Quill spoke in Ames. The Quill campaign and the Birch campaign bought ads. Ivo Birch and Una Birch watched."
    article = make_article(text, date="2016-01-20")
    uses = [Use(n, "a1") for n in ("Ada Quill", "Ivo Birch", "Una Birch")]
    runs = {u.name for u in running_uses(uses, {"a1": article}) if u.runs}
    assert runs == {"Ada Quill"}  # "the Birch campaign": whose?


def test_a_party_is_read_after_the_name_by_state_and_by_surname():
    text = (
        "said Representative Nell Brandt, Democrat of Oregon, who followed him. "
        "Senator Abel Moss, Republican of Idaho, agreed. "
        "The governor faces a hard race against Pruitt (D) this fall. Gov. Dana Pruitt spoke. "
        "Sen. Oren Lake (I-Maine) has served longer."
    )
    assert party_before(text, "Nell Brandt") == "D" and party_before(text, "Abel Moss") == "R"
    assert party_before(text, "Dana Pruitt") == "D"  # the mark on her surname alone
    assert party_before(text, "Oren Lake") is None  # an independent: no party's
    # A surname inside another full name is no mark of this one.
    assert party_before("Dana Pruitt (R) and Lyle Dana spoke.", "Lyle Dana") is None


def test_a_description_before_the_blank_is_held_by_every_choice():
    assert blank_title("Former Idaho governor ____ called the program a failure.") == "governor"
    assert blank_title("Nolan's attorney, ____, argued that his client was joking.") == "attorney"
    assert blank_title("GOP front-runner ____ said at a rally that …") == "front-runner"
    # A title that only ends the clause before the blank describes someone else.
    assert blank_title("After meeting the governor, ____ said he was hopeful.") is None
    uses = [("Abel Moss", "us", "Former Idaho governor", True), ("Ron Pike", "us", "Sen.", True)]
    uses += [(n, "us", "Republican candidate", True) for n in ("Sam Voss", "Tom Grady", "Ken Alcott")]
    cast = _cast(uses)
    question = "Former Idaho governor ____ called the program “worse than amnesty.”"
    # No governor beside him: asked typed, not beside a senator and candidates.
    assert cast.who("Abel Moss", key="d1", question=question, article="us", role="Former Idaho governor", quote=True) == []


def test_a_candidacy_before_the_blank_wants_people_running():
    uses = [("Sam Voss", "us", "Republican candidate", True), ("Ron Pike", "us", "Republican Sen.", True), ("Lou Breen", "us", "Republican Sen.", True)]
    uses += [("Tom Grady", "us", "Republican candidate", True), ("Ken Alcott", "us", "Republican candidate", True)]
    cast = _cast(uses)
    question = "The front-runner ____ said at a rally that the borders should close."
    # Two other candidates only (the senators run in no race the deck reads): typed.
    assert cast.who("Sam Voss", key="c1", question=question, article="us", quote=True) == []
    cast = _cast(uses + [("Ed Fisk", "us", "Republican presidential hopeful", True)])
    choices = cast.who("Sam Voss", key="c1", question=question, article="us", quote=True)
    assert sorted(choices) == ["Ed Fisk", "Ken Alcott", "Sam Voss", "Tom Grady"], choices


def test_the_storys_leading_person_of_no_known_gender_may_be_the_one_spoken_of():
    uses = [("Kerry Lund", "us", "senator", True)] * 6  # "Kerry": no first-name list gives a gender
    uses += [(n, "us", "senator", True) for n in ("Paul Ober", "Ray Tillman", "Gina Ford")]
    cast = _cast(uses)
    question = "Who said: “She is standing with the governor”?"
    # Two believable people besides her: asked typed, not with the one she speaks of as a choice.
    assert cast.who("Gina Ford", key="g1", question=question, article="us", quote=True) == []
    cast = _cast(uses + [("Ken Alcott", "us", "senator", True)])
    choices = cast.who("Gina Ford", key="g1", question=question, article="us", quote=True)
    assert sorted(choices) == ["Gina Ford", "Ken Alcott", "Paul Ober", "Ray Tillman"], choices


def test_a_garbled_name_is_no_person():
    assert not is_person_name("Federico de JesÃÂos") and is_person_name("Federico de Jesus")


def test_a_field_of_candidates_puts_each_in_the_race():
    may = dt.date(2015, 11, 8)
    assert campaigns_in("This is where candidates such as Dorsey and Varga, long afterthoughts, gain.", may) == {"Dorsey", "Varga"}
    assert campaigns_in("rivals including Sen. Ned Varga, Alan Crane and Tess Abbot said", may) == {"Varga", "Crane", "Abbot"}
    # A field of a past contest, or of former candidates, runs in none now.
    assert campaigns_in("mainstream candidates such as Carl Dorsey in 2012 won here", may) == frozenset()
    assert campaigns_in("former candidates such as Carl Dorsey spoke", may) == frozenset()


def test_a_companys_senior_vice_president_is_no_politician():
    assert role_family("senior vice president") == "business" and role_family("executive vice president") == "business"
    assert role_family("Vice President") == "office"


def test_whom_a_person_backs_is_read_where_the_text_names_them():
    text = (
        "Former governor Hal Brand, one of Quill's most vocal supporters, was resolute. "
        "Jay Rowe, a Quill supporter who chairs the county party, agreed. "
        "Rep. Lena Ortiz (D-Mich.), a superdelegate supporting Quill, said so. "
        "Dora Finch, the chairwoman of the state party, is supporting Pratt as a superdelegate. "
        "Ned Ames, the former senator who is backing Mr. Pratt, spoke. "
        "Al Ray, who attacked him for endorsing Quill, left. Ann Fry, a former Pratt delegate, stayed."
    )
    assert backs_in(text, "Hal Brand") == {"Quill"} and backs_in(text, "Jay Rowe") == {"Quill"}
    assert backs_in(text, "Lena Ortiz") == {"Quill"} and backs_in(text, "Dora Finch") == {"Pratt"}
    assert backs_in(text, "Ned Ames") == {"Pratt"}
    assert backs_in(text, "Al Ray") == frozenset() and backs_in(text, "Ann Fry") == frozenset()


def test_a_backers_words_get_no_one_of_a_rival_candidates_camp():
    uses = [("Marta Quill", "us", "Democratic presidential candidate", True), ("Owen Pratt", "us", "Democratic presidential candidate", True)]
    uses += [("Tad Moss", "us", "Pratt's chief strategist", True), ("Dora Finch", "us", "Democratic Party chairwoman", True)]
    uses += [("Jay Rowe", "us", "Democratic county chairman", True), ("Lena Ortiz", "us", "Rep.", True)]
    cast_uses = [Use(*u) for u in uses]
    cast_uses = [replace(u, backs=frozenset(["Pratt"])) if u.name == "Dora Finch" else u for u in cast_uses]
    cast_uses = [replace(u, backs=frozenset(["Quill"])) if u.name in ("Jay Rowe", "Lena Ortiz") else u for u in cast_uses]
    cast = Cast(cast_uses + [Use("Hal Brand", "us", "Former governor", True, "D", backs=frozenset(["Quill"]))], US)
    question = "Who said: “Absolutely not: the superdelegates will not switch”?"
    choices = cast.who("Hal Brand", key="b1", question=question, article="us", quote=True)
    # Neither Pratt, nor his strategist, nor his backer: Quill's own backers and Quill.
    assert sorted(choices) == ["Hal Brand", "Jay Rowe", "Lena Ortiz", "Marta Quill"], choices
    # A backer's "she" is their candidate: no Quill for “she would be the most effective president”.
    question = "Who said: “Mine told me that she would be the most effective president”?"
    assert cast.who("Hal Brand", key="b2", question=question, article="us", quote=True) == []



def test_a_state_marked_after_the_blank_leaves_the_card_typed():
    assert blank_state("Sen. ____ (R-Texas) weighed in on the allegations.")
    assert not blank_state("Sen. ____ (D) said") and not blank_state("Sen. ____ said (R-Texas)")
    uses = [(n, "us", "Republican Sen.", True) for n in ("Ned Varga", "Alan Crane", "Tess Abbot", "Carl Dorsey")]
    question = "Sen. ____ (R-Texas) called the behavior “a fireable offense.”"
    assert _cast(uses).who("Ned Varga", key="s1", question=question, article="us", role="Sen.", quote=True) == []
