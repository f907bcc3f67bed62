"""The deck writer's own node builder writes the bytes PyYAML's representer would."""

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.deck.yaml_dump import dump_plain
from quizgen.safe_yaml import SafeDumper

TRICKY = [
    "Ünïcödé — “quotes” ‘inside’ and 日本語",
    "it's a 'single' and a \"double\" quote",
    "key: value, with a colon",
    "  leading spaces",
    "trailing spaces  ",
    "- looks like a list item",
    "# looks like a comment",
    "yes",
    "null",
    "2016-02-11",
    "012",
    "1e3",
    "",
    "line one\nline two\n\nafter a blank line",
    "tab\there",
    "a long line " * 30,
    "a long line without spaces " + "x" * 150,
    "\u00a0non-breaking and zero\u200bwidth",
    "emoji 🙂 and a control \x07 char",
    "@at the start, `backtick`, %percent, &anchor, *alias, !tag, |pipe, >fold",
]


def _pyyaml(data):
    return yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=100, indent=2)


def test_tricky_strings_numbers_and_nesting_give_pyyamls_bytes():
    data = {
        "schema_version": 1,
        "items": [
            {"id": f"q{i}", "kind": "quote", "question": text, "choices": [text, "B", "C"], "score": 0.1 * i}
            for i, text in enumerate(TRICKY)
        ],
        "floats": [0.5, 1e17, -2.5e-08, float("inf"), float("-inf"), float("nan"), 3.0],
        "flags": [True, False, None],
        "empty": {"list": [], "map": {}},
        "big": 10**30,
    }
    assert dump_plain(data, width=100, indent=2) == _pyyaml(data)


def test_a_shared_list_is_written_as_pyyaml_writes_it_with_an_alias():
    shared = ["x", "y"]
    data = {"a": shared, "b": shared}
    assert dump_plain(data, width=100, indent=2) == _pyyaml(data)
    assert "&id001" in dump_plain(data, width=100, indent=2)


def test_other_types_go_to_pyyaml_itself():
    import datetime as dt

    data = {"when": dt.date(2016, 2, 11), "tuple": ("a", 1)}
    assert dump_plain(data, width=100, indent=2) == _pyyaml(data)


plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(plain)
def test_any_plain_data_gives_pyyamls_bytes(data):
    assert dump_plain(data, width=100, indent=2) == _pyyaml(data)
