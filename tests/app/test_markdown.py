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


def test_urls_www_names_and_emails_get_a_word_joiner_and_read_the_same():
    text = "See https://evil.example/x, WWW.evil.example or mail@evil.example; ftp://f.example."
    out = escape_markdown(text)
    for broken in ("https\u2060\\:", "WWW\u2060\\.", "\\@\u2060evil", "ftp\u2060\\:"):
        assert broken in out
    unescaped = out.replace("\u2060", "").replace("\\", "")
    assert unescaped == text


def test_ordinary_words_are_left_alone():
    assert "\u2060" not in escape_markdown("The White House said on Tuesday: no.")
