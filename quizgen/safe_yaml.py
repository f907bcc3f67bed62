"""YAML from untrusted files: libyaml's safe parser, plain data out, one-line errors with the line.

``load_yaml`` builds plain Python data (dicts, lists, str, int, float, bool, None, dates)
straight from libyaml's event stream, which makes it both faster than PyYAML's constructor
and stricter than it:

* a key given twice in one mapping is an error (a second ``items:`` would drop the first);
* a value the standard tags cannot hold (``2017-02-30``, ``!!int abc``, ``!!bool maybe``,
  an hour of 25) is an error naming its line, not a ``ValueError`` from deep inside;
* only the standard scalar, sequence and mapping tags are accepted (no ``!!python/…``,
  ``!!binary``, ``!!set``, merge keys ``<<``);
* aliases (``*name``) are either refused outright (``max_aliases=0``, article front matter)
  or capped: at most ``max_aliases`` uses and a size, counted as if every alias were
  expanded, of at most ``max_expanded`` characters. Aliases are checked as their events
  arrive, before anything is expanded, so a "billion laughs" costs no memory;
* nesting deeper than ``MAX_DEPTH`` is refused.

>>> load_yaml("a: 1\\nb: [x, y]\\n")
{'a': 1, 'b': ['x', 'y']}
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from quizgen.errors import QuizgenError

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

MAX_DEPTH = 64

_TAG = "tag:yaml.org,2002:"
STR, SEQ, MAP, _INT = _TAG + "str", _TAG + "seq", _TAG + "map", _TAG + "int"
_SCALAR_TAGS = {
    _TAG + "null": "construct_yaml_null",
    _TAG + "bool": "construct_yaml_bool",
    _TAG + "int": "construct_yaml_int",
    _TAG + "float": "construct_yaml_float",
    _TAG + "timestamp": "construct_yaml_timestamp",
}
_KIND_WORD = {
    "construct_yaml_null": "null",
    "construct_yaml_bool": "true/false value",
    "construct_yaml_int": "whole number",
    "construct_yaml_float": "number",
    "construct_yaml_timestamp": "date or time",
}
_IMPLICIT = SafeLoader.yaml_implicit_resolvers
_WILDCARD = _IMPLICIT.get(None, [])
_CONSTRUCTOR = SafeConstructor()


class YamlError(QuizgenError):
    """YAML that cannot be read as plain data: ``line`` (1-based, or None) and ``problem``."""

    def __init__(self, line: int | None, problem: str):
        self.line = line
        self.problem = problem
        super().__init__(f"line {line}: {problem}" if line else problem)


def _resolve_plain(value: str) -> str:
    """The tag YAML 1.1 gives an unquoted scalar (``12`` int, ``yes`` bool, ``2016-02-11`` date)."""
    for tag, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
        if regexp.match(value):
            return tag
    return STR


_PLAIN_TAGS: dict[str, str] = {}  # short unquoted scalars seen before (keys, kinds) → their tag


def _scalar(event: Any, base: int) -> Any:
    tag = event.tag
    value = event.value
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return value  # quoted, or a literal/folded block: always text
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            tag = _resolve_plain(value)
            if len(value) <= 24 and len(_PLAIN_TAGS) < 10_000:
                _PLAIN_TAGS[value] = tag
    if tag == STR:
        return value
    if tag == _INT and len(value) < 19 and value.isdigit() and value.isascii() and (value[0] != "0" or value == "0"):
        return int(value)  # the common case; "012" is octal in YAML 1.1, left to the constructor
    method = _SCALAR_TAGS.get(tag)
    line = event.start_mark.line + base
    if method is None:
        if tag in (_TAG + "merge", _TAG + "value", _TAG + "yaml"):
            raise YamlError(line, f"{_shown(value)} cannot start a plain value here; put it in quotes")
        raise YamlError(line, f"the tag {tag} is not allowed (plain text, numbers, dates, lists and mappings only)")
    node = ScalarNode(tag, event.value, event.start_mark, event.end_mark)
    try:
        return getattr(_CONSTRUCTOR, method)(node)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        # int('abc'), bool_values['maybe'], date(2017, 2, 30), a timestamp regex that did not match
        detail = str(exc)[:120] if isinstance(exc, ValueError) and str(exc) else ""
        reason = f" ({detail})" if detail else ""
        raise YamlError(
            line, f"{_shown(value)} is not a valid {_KIND_WORD[method]}{reason}; put it in quotes if it is text"
        ) from None


def _shown(value: str, limit: int = 60) -> str:
    """A value for an error line: quoted, and cut short if long."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _line_of_reader_error(text: str, exc: yaml.YAMLError, base: int) -> int | None:
    position = getattr(exc, "position", None)
    if position is None:
        return None
    return text.count("\n", 0, position) + base


class _Container:
    __slots__ = ("anchor", "key", "lines", "obj", "size")

    def __init__(self, obj: Any, anchor: str | None):
        self.obj = obj
        self.anchor = anchor
        self.key: Any = _NO_KEY
        self.lines: dict[Any, Any] = {}  # key → the mark where it was given
        self.size = 1


_NO_KEY = object()


def load_yaml(
    text: str,
    *,
    max_aliases: int = 0,
    max_expanded: int = 50_000_000,
    what: str = "YAML",
    first_line: int = 1,
) -> Any:
    """The single document in ``text`` as plain data; raise YamlError naming the line.

    ``max_aliases=0`` refuses anchors and aliases altogether. Otherwise at most that many
    alias uses are allowed and the document, counted as if every alias were expanded, may
    hold at most ``max_expanded`` characters. Lines are counted from ``first_line`` (for YAML
    cut out of a longer file, such as front matter).
    """
    base = first_line
    parser = SafeLoader(text)
    try:
        return _build(parser, max_aliases=max_aliases, max_expanded=max_expanded, what=what, base=base)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        raise YamlError(mark.line + base if mark else None, f"not valid YAML ({problem})") from None
    except yaml.YAMLError as exc:
        reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
        raise YamlError(_line_of_reader_error(text, exc, base), f"not valid YAML ({reason})") from None
    finally:
        parser.dispose()


def _build(parser: Any, *, max_aliases: int, max_expanded: int, what: str, base: int) -> Any:
    get_event = parser.get_event
    stack: list[_Container] = []
    anchors: dict[str, tuple[Any, int]] = {}
    root: Any = None
    documents = 0
    aliases = 0
    expanded = 0

    def refuse_anchor(event: Any) -> None:
        raise YamlError(
            event.start_mark.line + base,
            f"anchors and aliases (&{event.anchor}, *{event.anchor}) are not allowed in {what}",
        )

    # Locals: this loop runs once per event (hundreds of thousands for a big deck).
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    map_start, seq_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    map_end, seq_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    plain_tags = _PLAIN_TAGS
    while (event := get_event()) is not None:
        kind = type(event)
        if kind is scalar_event:
            raw = event.value
            # Text is the common case: quoted, or plain and known to resolve to str.
            if event.tag is None and (not event.implicit[0] or plain_tags.get(raw) == STR):
                value = raw
            else:
                value = _scalar(event, base)
            size = len(raw) + 1
            if event.anchor is not None:
                if not max_aliases:
                    refuse_anchor(event)
                anchors[event.anchor] = (value, size)
        elif kind is map_start or kind is seq_start:
            is_map = kind is map_start
            if event.tag not in (None, "!", MAP if is_map else SEQ):
                raise YamlError(event.start_mark.line + base, f"the tag {event.tag} is not allowed")
            if event.anchor is not None and not max_aliases:
                refuse_anchor(event)
            if len(stack) >= MAX_DEPTH:
                raise YamlError(event.start_mark.line + base, f"nested more than {MAX_DEPTH} levels deep")
            if stack and stack[-1].key is _NO_KEY and isinstance(stack[-1].obj, dict):
                raise YamlError(event.start_mark.line + base, "a mapping key must be plain text, not a list or mapping")
            stack.append(_Container({} if is_map else [], event.anchor))
            continue
        elif kind is map_end or kind is seq_end:
            done = stack.pop()
            value, size = done.obj, done.size
            if done.anchor is not None:
                anchors[done.anchor] = (value, size)
        elif kind is alias_event:
            line = event.start_mark.line + base
            if not max_aliases:
                refuse_anchor(event)
            aliases += 1
            if aliases > max_aliases:
                raise YamlError(line, f"more than {max_aliases} aliases (*name) in {what}")
            if event.anchor not in anchors:
                # Unknown, or an alias inside its own anchor (a recursive structure).
                raise YamlError(line, f"alias *{event.anchor} refers to no finished anchor &{event.anchor}")
            value, size = anchors[event.anchor]
            expanded += size
            if expanded > max_expanded:
                raise YamlError(
                    line,
                    f"aliases expand {what} beyond {max_expanded:,} characters",
                )
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlError(event.start_mark.line + base, f"more than one YAML document (---) in {what}")
            continue
        else:  # stream start/end, document end
            continue

        # A finished value: the root, a list entry, a mapping key or a mapping value.
        if not stack:
            root = value
            continue
        parent = stack[-1]
        parent.size += size
        container = parent.obj
        if type(container) is list:
            container.append(value)
        elif parent.key is _NO_KEY:
            line = event.start_mark
            if value.__class__ in (list, dict):
                raise YamlError(line.line + base, "a mapping key must be plain text, not a list or mapping")
            if value in container:
                first = parent.lines[value].line + base
                raise YamlError(
                    line.line + base, f"the key {_shown(str(value))} appears twice in one mapping (first on line {first})"
                )
            parent.key = value
            parent.lines[value] = line
        else:
            container[parent.key] = value
            parent.key = _NO_KEY
    return root

