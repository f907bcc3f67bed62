from quizgen.app.markdown import escape_markdown, highlight_markdown


def test_escape_defuses_html_links_emphasis_and_streamlit_directives():
    out = escape_markdown("<script>alert(1)</script> [x](http://e.com) *b* :red[hi] $x$ & # h")
    for escaped in ("\\<script\\>", "\\[x\\]\\(http", "\\*b\\*", "\\:red\\[", "\\$x\\$", "\\# h"):
        assert escaped in out
    assert "\\<script\\>" in out
    assert "\\&" in out


def test_escape_keeps_one_paragraph():
    assert "\n" not in escape_markdown("line one\n# heading")


def test_highlight_bolds_the_answer_accent_and_case_blind():
    out = highlight_markdown("Mr Erdoğan met <b>them</b>.", ["nobody", "erdogan"])
    assert out == "Mr **Erdoğan** met \\<b\\>them\\<\\/b\\>\\."


def test_highlight_without_a_match_is_just_escaped():
    assert highlight_markdown("a*b", ["zzz"]) == "a\\*b"
