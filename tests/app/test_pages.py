"""Each page's main flow through Streamlit's AppTest, against temporary deck and data folders."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from quizgen.app.markdown import escape_markdown
from quizgen.deck.io import load_deck, save_deck
from quizgen.study.store import open_store
from tests.study_decks import make_deck

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30


@pytest.fixture
def env(tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    decks.mkdir()
    save_deck(make_deck(), decks / "test-deck.yaml")
    data = tmp_path / "data"
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(decks))
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(data))
    monkeypatch.chdir(ROOT)
    return decks, data


def page(name, tab=None):
    """The page after its first run; ``tab``: the Decks page's open tab (only it is drawn)."""
    at = AppTest.from_file(str(ROOT / "pages" / f"{name}.py"), default_timeout=TIMEOUT)
    if tab is not None:
        at.session_state["decks_tab"] = tab
    return at.run()


def texts(at):
    return [t.value for t in at.text] + [m.value for m in at.markdown]


def shows(at, text):
    return any(text in t for t in texts(at))


def button(at, prefix):
    return next(b for b in at.button if b.label.startswith(prefix))


def test_app_opens_on_the_study_page(env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert shows(at, "Studied today: 0") and shows(at, "Who said")


def test_study_reveal_and_rate(env):
    at = page("study")
    assert not at.exception
    assert shows(at, "**:blue[5]** + **:red[0]** + **:green[0]**")  # Anki's 5 + 0 + 0
    assert shows(at, "Studied today: 0") and shows(at, "### Who said")
    button(at, "Show answer").click().run()
    labels = [b.label for b in at.button]
    for name in ("Again", "Hard", "Good", "Easy"):
        assert any(label.startswith(name + " · ") for label in labels), labels
    assert any("**Jens Stoltenberg**" in m for m in texts(at))  # highlighted in the evidence
    assert any("Allies meet in Brussels" in c.value for c in at.caption)
    button(at, "Good").click().run()
    assert not at.exception
    assert shows(at, "Studied today: 1")
    store = open_store(env[1])
    assert store.review_count() == 1
    assert store.card("default", "test-deck", "q-stoltenberg") is not None


def test_study_typed_answer(env):
    at = page("study")
    at.text_input[0].input("jens stoltenbreg")
    button(at, "Check").click().run()
    assert [w.value for w in at.warning] and "Close enough" in at.warning[-1].value
    assert at.button(key="rate_Good").proto.type == "primary"  # suggested rating
    at.button(key="rate_Again").click().run()
    assert shows(at, "Studied today: 1")


def test_an_empty_check_shows_the_answer_without_a_verdict(env):
    at = page("study")
    button(at, "Check").click().run()
    assert shows(at, "**Answer:** Jens Stoltenberg")
    assert not at.error and not at.warning and not at.success  # no "Not quite"
    assert all(b.proto.type == "secondary" for b in at.button if b.key and b.key.startswith("rate_"))


def test_undo_takes_back_the_last_rating(env):
    at = page("study")
    button(at, "Show answer").click().run()
    button(at, "Easy").click().run()
    assert shows(at, "Studied today: 1") and not shows(at, "### Who said")
    button(at, "Undo").click().run()
    assert not at.exception
    assert shows(at, "Studied today: 0") and shows(at, "### Who said")
    store = open_store(env[1])
    assert store.review_count() == 0 and store.card("default", "test-deck", "q-stoltenberg") is None


def test_study_remembers_the_chosen_decks_per_learner(env):
    decks, _ = env
    save_deck(make_deck(deck_id="other", title="Other deck"), decks / "other.yaml")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    at.multiselect(key="study_decks_default").set_value(["other"]).run()
    at.switch_page("pages/stats.py").run()
    at.switch_page("pages/study.py").run()
    assert at.multiselect(key="study_decks_default").value == ["other"]
    # A new browser session as the same learner gets the same choice; another learner all decks.
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert again.multiselect(key="study_decks_default").value == ["other"]
    ann = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    ann.query_params["learner"] = "Ann"
    ann.run()
    assert ann.multiselect(key="study_decks_Ann").value == ["other", "test-deck"]


def test_hostile_text_is_shown_literally(env):
    decks, _ = env
    hostile = make_deck(deck_id="hostile", title="<b>Hostile</b>")
    hostile = hostile.model_copy(update={"items": [hostile.items[-1]]})
    save_deck(hostile, decks / "hostile.yaml")
    (decks / "test-deck.yaml").unlink()
    at = page("study")
    question = next(m for m in texts(at) if m.startswith("### "))
    assert "\\<script\\>" in question and "<script>" not in question
    button(at, "Show answer").click().run()
    assert not at.exception


def test_invalid_deck_is_listed_and_the_rest_works(env):
    decks, _ = env
    (decks / "broken.yaml").write_text("schema_version: 1\ndeck: {id: broken}\nitems: []\n")
    at = page("decks")
    assert not at.exception
    assert any("broken" in e.value and "title" in e.value for e in at.error), [
        e.value for e in at.error
    ]
    at = page("study")
    assert not at.exception and shows(at, "Studied today: 0")


def test_quiz_scoring_leaves_the_schedule_alone(env):
    at = page("quiz")
    at.number_input(key="quiz_count").set_value(2)
    button(at, "Start quiz").click().run()
    deck = make_deck()
    for n in range(2):
        radio = at.radio(key="quiz_choice")
        question = next(m for m in texts(at) if m.startswith("### "))
        item = next(i for i in deck.items if question == "### " + escape_markdown(i.question))
        # Answer the first question right and the second wrong.
        pick = item.answer if n == 0 else next(c for c in item.choices if c != item.answer)
        assert button(at, "Submit answer").disabled  # no submitting without a choice
        radio.set_value(pick).run()
        button(at, "Submit answer").click().run()
        # Right or wrong, with the evidence, before the next question.
        assert (at.success if n == 0 else at.error), texts(at)
        assert any("Allies meet in Brussels" in c.value for c in at.caption)
        button(at, "See the score" if n == 1 else "Next question").click().run()
    assert not at.exception
    assert any("Score: 1/2" in m for m in texts(at)), texts(at)
    assert len(at.expander) == 1  # the wrong one, with its evidence
    assert open_store(env[1]).review_count() == 0  # practice, unless asked to count


def test_deck_edit_and_save(env):
    decks, _ = env
    at = page("decks", tab="Browse and edit")
    at.selectbox(key="browse_deck").set_value("test-deck").run()
    key = "editor-test-deck"  # the editor's key: the deck id
    at.session_state[key] = {
        "edited_rows": {0: {"question": "Who promised to stand together?"}},
        "added_rows": [],
        "deleted_rows": [4],
    }
    at.run()
    button(at, "Save changes").click().run()
    assert not at.exception, at.exception
    assert [s.value for s in at.success]
    saved = load_deck(decks / "test-deck.yaml")
    assert saved.items[0].question == "Who promised to stand together?"
    assert [i.id for i in saved.items] == [
        "q-stoltenberg",
        "d-coalition",
        "n-countries",
        "p-erdogan",
    ]


def test_deck_edit_with_an_error_keeps_the_file(env):
    decks, _ = env
    before = (decks / "test-deck.yaml").read_bytes()
    at = page("decks", tab="Browse and edit")
    at.selectbox(key="browse_deck").set_value("test-deck").run()
    key = "editor-test-deck"  # the editor's key: the deck id
    at.session_state[key] = {
        "edited_rows": {2: {"question": "no blank any more"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    button(at, "Save changes").click().run()
    assert at.error and "cloze" in at.error[0].value
    assert (decks / "test-deck.yaml").read_bytes() == before


def test_settings_are_saved_per_learner(env):
    at = page("settings")
    at.slider(key="set_retention_default").set_value(0.85)
    at.number_input(key="set_new_limit_default").set_value(7)
    button(at, "Save settings").click().run()
    assert not at.exception
    store = open_store(env[1])
    assert store.settings("default").daily_new_limit == 7
    assert store.settings("default").desired_retention == pytest.approx(0.85)
    at.text_input(key="new_profile").input("Ann")
    button(at, "Add profile").click().run()
    assert at.session_state["learner"] == "Ann"
    # The new profile's form shows its own (default) values, not the previous profile's.
    assert at.number_input(key="set_new_limit_Ann").value == 20
    at.number_input(key="set_new_limit_Ann").set_value(5)
    button(at, "Save settings").click().run()
    at.selectbox(key="set_learner_Ann").set_value("default").run()
    assert at.number_input(key="set_new_limit_default").value == 7
    button(at, "Save settings").click().run()  # saving default leaves Ann alone
    assert store.settings("default").daily_new_limit == 7
    assert store.settings("Ann").daily_new_limit == 5
    at.text_input(key="new_profile").input("<script>")
    button(at, "Add profile").click().run()
    assert at.error and "profile name" in at.error[0].value


def test_the_profile_is_per_browser(env):
    one = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    one.query_params["learner"] = "Ann"
    one.run()
    assert one.session_state["learner"] == "Ann"
    other = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert other.session_state["learner"] == "default"  # not Ann: nothing is shared


def test_stats_page_draws_charts(env):
    study = page("study")
    button(study, "Show answer").click().run()
    button(study, "Good").click().run()
    at = page("stats")
    assert not at.exception
    assert any(m.label == "Streak" for m in at.metric)


def test_generate_refuses_bad_uploads(env):
    at = page("decks", tab="Generate")
    at.text_input(key="gen_id").input("new-deck")
    at.text_area(key="gen_paste").input("")
    button(at, "Generate deck").click().run()
    assert at.error and "no articles" in at.error[0].value


def test_generate_a_deck_from_an_uploaded_article(env):
    pytest.importorskip("quizgen.deck.generate")
    decks, _ = env
    article = next((ROOT / "seeds").glob("*.txt")).read_bytes()
    at = page("decks", tab="Generate")
    at.file_uploader(key="gen_files").set_value([("article.txt", article, "text/plain")])
    at.text_input(key="gen_id").input("fresh")
    at.text_input(key="gen_title").input("Fresh deck")
    button(at, "Generate deck").click().run(timeout=120)
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert [s.value for s in at.success]
    assert "fresh/articles" in at.success[0].value.replace("\\", "")  # says where they are
    deck = load_deck(decks / "fresh.yaml")
    assert deck.deck.title == "Fresh deck"
    # The uploaded article is kept beside the deck, and the deck's source points at it.
    (source,) = deck.sources
    kept = Path(source.path)
    assert kept.parent == decks / "fresh" / "articles" or kept.resolve().parent == (
        decks / "fresh" / "articles"
    ).resolve()
    assert kept.resolve().read_bytes() == article


def test_generate_refuses_an_oversized_file(env):
    decks, _ = env
    at = page("decks", tab="Generate")
    at.file_uploader(key="gen_files").set_value([("big.txt", b"x" * 1_000_500, "text/plain")])
    at.text_input(key="gen_id").input("fresh")
    button(at, "Generate deck").click().run()
    assert at.error and "limit" in at.error[0].value
    assert not (decks / "fresh.yaml").exists()


def test_every_page_is_reachable_from_the_navigation():
    """st.navigation turns off pages/ discovery: each page file must be listed in app.py."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    app = (root / "app.py").read_text(encoding="utf-8")
    for page in sorted((root / "pages").glob("*.py")):
        assert f'"pages/{page.name}"' in app, page.name


def test_quiz_counts_towards_the_schedule_only_when_asked(env):
    at = page("quiz")
    at.number_input(key="quiz_count").set_value(1)
    at.checkbox(key="quiz_record").check()
    button(at, "Start quiz").click().run()
    at.radio(key="quiz_choice").set_value(at.radio(key="quiz_choice").options[0]).run()
    button(at, "Submit answer").click().run()
    assert open_store(env[1]).review_count() == 1


def test_unsaved_edits_survive_a_search_and_save_says_what_happened(env):
    decks, _ = env
    at = page("decks", tab="Browse and edit")
    button(at, "Save changes").click().run()
    assert not at.success and any("Nothing to save" in i.value for i in at.info)
    at.session_state["editor-test-deck"] = {
        "edited_rows": {0: {"question": "Who promised to stand together?"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.text_input(key="browse_query").input("coalition").run()
    assert any("1 unsaved change" in w.value for w in at.warning)
    at.text_input(key="browse_query").input("").run()
    button(at, "Save changes").click().run()
    assert [s.value for s in at.success], [i.value for i in at.info]
    assert load_deck(decks / "test-deck.yaml").items[0].question == "Who promised to stand together?"


def test_the_deck_browser_is_paginated_and_says_1_article(env):
    decks, _ = env
    deck = make_deck()
    many = [
        deck.items[1].model_copy(update={"id": f"d-{n:03d}", "question": f"When was event {n}?"})
        for n in range(60)
    ]
    save_deck(deck.model_copy(update={"items": many}), decks / "test-deck.yaml")
    at = page("decks")
    assert any("60 items" in t.value and "1 article ·" in t.value for t in at.text)
    assert not at.dataframe and not at.file_uploader  # only the open tab is drawn
    at = page("decks", tab="Browse and edit")
    # In a narrow window the answer is the second column, beside the question.
    (table,) = at.dataframe
    assert list(table.proto.column_order)[:2] == ["question", "answer"]
    assert len(table.value) == 25  # one page of items, not 60
    # One item's evidence at a time, chosen among the page's items (not an expander per row).
    assert not [e for e in at.expander] and len(at.selectbox(key="browse_evidence").options) == 25
    at.number_input(key="browse_page_test-deck").set_value(3).run()
    evidence_of = at.selectbox(key="browse_evidence")
    assert len(evidence_of.options) == 10 and evidence_of.value == "d-050"
    assert "When was event 50?" in evidence_of.options[0]
    evidence_of.set_value("d-051").run()
    assert any(c.value for c in at.caption)  # the article the sentence comes from


def test_stats_charts_say_what_they_show_and_retention_matches_the_figure(env):
    import datetime as dt

    from quizgen.study.scheduling import Rating, make_scheduler

    store = open_store(env[1])
    sched = make_scheduler(enable_fuzzing=False)
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(days=20)
    for item_id, last in (("a", Rating.Good), ("b", Rating.Again)):
        store.record_review("default", "test-deck", item_id, Rating.Good, start, sched)
        store.record_review(
            "default", "test-deck", item_id, Rating.Good, start + dt.timedelta(minutes=10), sched
        )
        store.record_review("default", "test-deck", item_id, last, now - dt.timedelta(days=2), sched)
    at = page("stats")
    assert not at.exception
    assert next(m for m in at.metric if m.label == "True retention").value == "50%"
    charts = at.get("vega_lite_chart")
    specs = [c.proto.spec for c in charts]
    assert len(specs) == 4
    for spec in specs:
        assert "streamlit-generated" not in spec and "value" not in spec
    assert '"Share recalled"' in specs[1] and '"Cards due"' in specs[2]
    assert any("Of 2 reviews of cards already learned" in c.value for c in at.caption)


def test_study_this_deck_from_the_deck_list(env):
    decks, _ = env
    save_deck(make_deck(deck_id="other", title="Other deck"), decks / "other.yaml")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    at.switch_page("pages/decks.py").run()
    at.button(key="study_other").click().run()
    assert not at.exception
    assert at.multiselect(key="study_decks_default").value == ["other"]
    assert shows(at, "### Who said")



def test_a_second_editor_cannot_undo_the_first_ones_deletions(env):
    decks, _ = env
    path = decks / "test-deck.yaml"
    at = page("decks", tab="Browse and edit")
    at.selectbox(key="browse_deck").set_value("test-deck").run()
    # I start editing; my change is pending, not yet saved.
    at.session_state["editor-test-deck"] = {
        "edited_rows": {1: {"question": "Mine?"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert any("1 unsaved change" in w.value for w in at.warning)
    # Meanwhile someone else deletes an item and saves.
    theirs = load_deck(path)
    save_deck(theirs.model_copy(update={"items": theirs.items[1:]}), path)
    after_theirs = path.read_bytes()
    at.run()
    assert any("changed on disk" in w.value for w in at.warning)
    button(at, "Save changes").click().run()
    assert not at.exception
    assert any("Nothing was saved" in e.value for e in at.error), [e.value for e in at.error]
    assert path.read_bytes() == after_theirs  # the deleted item stays deleted
    button(at, "Reload the deck").click().run()
    assert not any("changed on disk" in w.value for w in at.warning)
    # The reloaded editor shows their version, and saving it now works.
    at.session_state["editor-test-deck"] = {
        "edited_rows": {0: {"question": "Mine, after reloading?"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    button(at, "Save changes").click().run()
    assert not at.error, [e.value for e in at.error]
    saved = load_deck(path)
    assert [i.id for i in saved.items] == [i.id for i in theirs.items[1:]]
    assert saved.items[0].question == "Mine, after reloading?"


def test_a_deck_with_an_impossible_date_is_listed_and_every_page_works(env):
    decks, _ = env
    good = (decks / "test-deck.yaml").read_text(encoding="utf-8")
    assert "published: '" in good
    bad = good.replace("published: '", "published: 2017-02-30 #'", 1).replace("id: test-deck", "id: bad-deck", 1)
    (decks / "bad-deck.yaml").write_text(bad, encoding="utf-8")
    at = page("decks")
    assert not at.exception
    assert any("bad" in e.value and "not a valid date" in e.value and "line" in e.value for e in at.error), [
        e.value for e in at.error
    ]
    for name in ("study", "quiz", "stats", "settings", "classroom"):
        at = page(name)
        assert not at.exception, (name, at.exception)

def test_an_upload_with_an_impossible_front_matter_date_is_one_error(env):
    decks, _ = env
    article = b"---\ntitle: Budget\ndate: 2017-02-29\n---\nThe mayor said the budget passed on Tuesday.\n"
    at = page("decks", tab="Generate")
    at.file_uploader(key="gen_files").set_value([("budget.txt", article, "text/plain")])
    at.text_input(key="gen_id").input("budget")
    button(at, "Generate deck").click().run(timeout=120)
    assert not at.exception
    assert at.error and "line 3" in at.error[0].value and "not a valid date" in at.error[0].value
    assert not (decks / "budget.yaml").exists()
