"""Read and write decks as YAML: safe loaders only, atomic writes, every problem reported.

>>> deck = load_deck("decks/nato-isil.yaml")   # raises DeckError listing every problem
>>> save_deck(deck, "decks/copy.yaml")          # byte-identical for the same deck
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from quizgen.atomic import write_atomic
from quizgen.errors import DeckError
from quizgen.models import ITEM_KINDS, Deck
from quizgen.safe_yaml import SafeDumper, SafeLoader


def dump_deck(deck: Deck) -> str:
    """The deck as YAML text: fields in model order, Unicode kept, deterministic."""
    data = deck.model_dump(mode="json", exclude_defaults=False)
    _drop_empty(data)
    return yaml.dump(
        data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def _drop_empty(data: dict[str, Any]) -> None:
    # Optional fields that are None would only add noise to a hand-editable file;
    # id and kind lead each item so that a reader sees what it is first.
    items = []
    for item in data.get("items", []):
        head = {"id": item.pop("id"), "kind": item.pop("kind")}
        items.append(head | {k: v for k, v in item.items() if v is not None})
    data["items"] = items
    for source in data.get("sources", []):
        for key in [k for k, v in source.items() if v is None]:
            del source[key]


def save_deck(deck: Deck, path: str | os.PathLike[str]) -> None:
    """Write ``deck`` to ``path`` atomically."""
    write_atomic(path, dump_deck(deck).encode("utf-8"))


def parse_deck(text: str, *, path: str = "<deck>") -> Deck:
    """Validate YAML text as a deck; raise DeckError naming every problem."""
    try:
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DeckError(path, [f"{where}not valid YAML ({problem})"]) from None
    if not isinstance(data, dict):
        raise DeckError(path, ["expected a mapping with schema_version, deck, sources, items"])
    try:
        return Deck.model_validate(data)
    except ValidationError as exc:
        raise DeckError(path, describe_validation_error(exc, data)) from None


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """Read and validate a deck file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DeckError(str(p), [f"cannot read: {exc.strerror or exc}"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeckError(str(p), [f"not UTF-8 text (byte {exc.start})"]) from None
    return parse_deck(text, path=str(p))


def describe_validation_error(exc: ValidationError, data: dict[str, Any]) -> list[str]:
    """One line per problem: which item (by id), which field, what was expected."""
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        where = _describe_location(loc, data)
        lines.append(f"{where}: {err['msg']}")
    return lines


def _describe_location(loc: list[Any], data: dict[str, Any]) -> str:
    if len(loc) >= 2 and loc[0] in ("items", "sources") and isinstance(loc[1], int):
        section, index = loc[0], loc[1]
        entries = data.get(section) or []
        entry = entries[index] if index < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        label = "item" if section == "items" else "source"
        head = f"{label} {ident} ({section}[{index}])" if ident else f"{section}[{index}]"
        # Skip the discriminator tag pydantic inserts ("quote", "date", ...).
        rest = [str(p) for p in loc[2:] if not (p in ITEM_KINDS and loc.index(p) == 2)]
        return f"{head} field {'.'.join(rest)}" if rest else head
    if not loc:
        return "deck"
    return "field " + ".".join(str(p) for p in loc)
