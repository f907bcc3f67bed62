"""quizgen.safe_yaml reads what PyYAML's safe loader reads, and refuses what it must."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.safe_yaml import MAX_DEPTH, SafeDumper, YamlError, load_yaml

scalars = (
    st.text(max_size=30)
    | st.integers()
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False)
    | st.dates(min_value=dt.date(1900, 1, 1))
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_plain_data_reads_as_pyyaml_reads_it(data):
    text = yaml.dump(data, Dumper=SafeDumper, allow_unicode=True)
    assert load_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader) == data


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, "the key 'a' appears twice in one mapping (first on line 1)"),
        ("a: 2017-02-30\n", 1, "not a valid date or time"),
        ("a:\n  - !!bool maybe\n", 2, "not a valid true/false value"),
        ("a: &x 1\nb: *x\n", 1, "anchors and aliases"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), 1, "nested more than"),
        ("x: !!set {a}\n", 1, "is not allowed"),
        ("---\na: 1\n---\nb: 1\n", 3, "more than one YAML document"),
        ("a: [1\n", 2, "not valid YAML"),
    ],
)
def test_refusals_name_their_line(text, line, words):
    with pytest.raises(YamlError) as err:
        load_yaml(text)
    assert err.value.line == line and words in str(err.value)


def test_aliases_within_the_caps_are_read_and_counted_expanded():
    text = "a: &x [one, two]\nb: *x\nc: *x\n"
    assert load_yaml(text, max_aliases=2) == {"a": ["one", "two"], "b": ["one", "two"], "c": ["one", "two"]}
    with pytest.raises(YamlError, match="more than 1 aliases"):
        load_yaml(text, max_aliases=1)
    with pytest.raises(YamlError, match="beyond 10 characters"):
        load_yaml(text, max_aliases=2, max_expanded=10)
