"""Plain data as YAML text: the bytes ``yaml.dump(data, Dumper=SafeDumper, …)`` writes, sooner.

PyYAML's representer walks the data in Python, one dispatch per value (a type's method
resolution order, alias bookkeeping), before libyaml's emitter writes it; for a deck of
thousands of items that walk costs more than the emitting. ``dump_plain`` builds the same
nodes directly for the only types a deck's ``model_dump(mode="json")`` holds (dict, list,
str, int, float, bool, None) and hands them to the same emitter, so the text is the same,
byte for byte (tested against ``yaml.dump``). Anything else (another type, a list or mapping
that appears twice, which PyYAML writes as an anchor and alias) goes to ``yaml.dump`` itself.

>>> dump_plain({"a": [1, "b: c"]}, width=100, indent=2)
"a:\\n- 1\\n- 'b: c'\\n"
"""

from __future__ import annotations

import math
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from quizgen.safe_yaml import SafeDumper

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_INF = float("inf")


class _NotPlain(Exception):
    """Data ``dump_plain`` leaves to PyYAML's own representer."""


def dump_plain(data: Any, *, width: int, indent: int) -> str:
    """``yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=width,
    indent=indent)``, the same text."""
    options = {"allow_unicode": True, "width": width, "indent": indent}
    try:
        node = _Nodes().of(data)
    except _NotPlain:
        return yaml.dump(data, Dumper=SafeDumper, sort_keys=False, **options)
    return yaml.serialize(node, Dumper=SafeDumper, **options)


class _Nodes:
    """What SafeRepresenter makes of plain data with ``default_style=None`` and
    ``default_flow_style=False`` (block style throughout, scalars in the style the emitter picks)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()  # containers: one met twice would be an alias

    def of(self, data: Any) -> Any:
        kind = type(data)
        if kind is str:
            return ScalarNode(_STR, data)
        if kind is dict or kind is list:
            if id(data) in self.seen:
                raise _NotPlain
            self.seen.add(id(data))
            if kind is dict:
                return MappingNode(_MAP, [(self.of(k), self.of(v)) for k, v in data.items()], flow_style=False)
            return SequenceNode(_SEQ, [self.of(v) for v in data], flow_style=False)
        if kind is bool:
            return ScalarNode(_BOOL, "true" if data else "false")
        if kind is int:
            return ScalarNode(_INT, str(data))
        if data is None:
            return ScalarNode(_NULL, "null")
        if kind is float:
            return ScalarNode(_FLOAT, _float_text(data))
        raise _NotPlain


def _float_text(value: float) -> str:
    """As ``SafeRepresenter.represent_float`` writes a float."""
    if math.isnan(value):
        return ".nan"
    if value == _INF:
        return ".inf"
    if value == -_INF:
        return "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text
