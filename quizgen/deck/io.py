"""Read and write decks as YAML: safe loaders only, atomic writes, every problem reported.

>>> deck = load_deck("decks/nato-isil.yaml")   # raises DeckError listing every problem
>>> save_deck(deck, "decks/copy.yaml")          # byte-identical for the same deck

A deck file is read only if it is a regular file of at most MAX_DECK_BYTES (20 MB); its
YAML through quizgen.safe_yaml (duplicate keys, bad values and more than MAX_ALIASES
aliases refused, each with its line); its fields within quizgen.deck.limits.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from quizgen.atomic import write_atomic
from quizgen.deck.gc_pause import collector_paused
from quizgen.deck.limits import MAX_ALIASES, MAX_DECK_BYTES, deck_limit_problems
from quizgen.deck.parsed_cache import cached_deck, remember_deck
from quizgen.deck.yaml_dump import dump_plain
from quizgen.errors import DeckChangedError, DeckError
from quizgen.files import FileProblem, NotRegularFile, read_regular_file
from quizgen.models import ITEM_KINDS, Deck
from quizgen.safe_yaml import YamlError, load_yaml

if TYPE_CHECKING:
    from quizgen.deck.card_texts import CardTextCache


def dump_deck(deck: Deck, *, card_texts: CardTextCache | None = None) -> str:
    """The deck as YAML text: fields in model order, Unicode kept, deterministic. With
    ``card_texts``, the text of a card written before is taken from there (the same bytes)."""
    with collector_paused():
        data = deck.model_dump(mode="json", exclude_defaults=False)
        _drop_empty(data)
        if card_texts is None or not data["items"] or list(data)[-1] != "items":
            return _dump(data)  # as yaml.dump with SafeDumper writes it, sooner
        # ``items`` ends the deck, and a block list's entries are written at the column of its
        # key whatever they hold: the deck's text is its head and each card's as a list of one.
        head = _dump({**data, "items": []})
        if not head.endswith(_NO_ITEMS):
            return _dump(data)
        cards = card_texts.texts(data["items"], lambda card: _dump([card]))
        return head.removesuffix(_NO_ITEMS) + "\nitems:\n" + "".join(cards)


_NO_ITEMS = "\nitems: []\n"


def _dump(data: Any) -> str:
    return dump_plain(data, width=100, indent=2)


def _drop_empty(data: dict[str, Any]) -> None:
    # Optional fields that are None would only add noise to a hand-editable file;
    # id and kind lead each item so that a reader sees what it is first.
    items = []
    for item in data.get("items", []):
        head = {"id": item.pop("id"), "kind": item.pop("kind")}
        items.append(head | {k: v for k, v in item.items() if v is not None})
    data["items"] = items
    if not data.get("feeds"):
        data.pop("feeds", None)  # most decks follow no feed; keep their files as they were
    for source in data.get("sources", []):
        for key in [k for k, v in source.items() if v is None]:
            del source[key]


def save_deck(
    deck: Deck, path: str | os.PathLike[str], *, expected_sha256: str | None = None,
    card_texts: CardTextCache | None = None,
) -> str:
    """Write ``deck`` to ``path`` atomically; return the SHA-256 of what was written.

    With ``expected_sha256`` (the hash of the file as it was loaded), refuse with
    DeckChangedError when the file changed since — someone else saved it meanwhile — rather
    than silently undo their edits.
    """
    data = dump_deck(deck, card_texts=card_texts).encode("utf-8")
    if expected_sha256 is not None:
        current = _current_sha256(Path(path))
        if current != expected_sha256:
            raise DeckChangedError(
                str(path),
                [
                    "the file changed since it was loaded (someone else saved it); "
                    "reload it and make your edits again"
                    if current
                    else "the file was deleted or moved since it was loaded; reload the decks"
                ],
            )
    write_atomic(path, data)
    digest = hashlib.sha256(data).hexdigest()
    remember_deck(digest, deck)
    return digest


def _current_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_regular_file(path, limit=MAX_DECK_BYTES)).hexdigest()
    except FileProblem:
        return None


def parse_deck(text: str, *, path: str = "<deck>") -> Deck:
    """Validate YAML text as a deck; raise DeckError naming every problem (with its line)."""
    try:
        data = load_yaml(text, max_aliases=MAX_ALIASES, max_expanded=MAX_DECK_BYTES, what="a deck")
    except YamlError as exc:
        raise DeckError(path, [str(exc)]) from None
    if not isinstance(data, dict):
        raise DeckError(path, ["expected a mapping with schema_version, deck, sources, items"])
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        raise DeckError(path, describe_validation_error(exc, data)) from None
    problems = deck_limit_problems(deck)
    if problems:
        raise DeckError(path, problems)
    return deck


@dataclass(frozen=True)
class LoadedDeck:
    """A deck and the SHA-256 of the file it was read from (to save only over that file)."""

    deck: Deck
    sha256: str


def read_deck(path: str | os.PathLike[str], *, cache: bool = True) -> LoadedDeck:
    """Read and validate a deck file (regular files up to MAX_DECK_BYTES), with its hash."""
    p = Path(path)
    try:
        raw = read_regular_file(p, limit=MAX_DECK_BYTES)
    except NotRegularFile as exc:
        raise DeckError(str(p), [f"{exc}; not a deck"]) from None
    except FileProblem as exc:
        raise DeckError(str(p), [str(exc)]) from None
    digest = hashlib.sha256(raw).hexdigest()
    if cache and (hit := cached_deck(digest)) is not None:
        return LoadedDeck(hit, digest)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DeckError(str(p), [f"line {line}: not UTF-8 text (byte {exc.start})"]) from None
    deck = parse_deck(text, path=str(p))
    if cache:
        remember_deck(digest, deck)
    return LoadedDeck(deck, digest)


def load_deck(path: str | os.PathLike[str], *, cache: bool = True) -> Deck:
    """Read and validate a deck file; raise DeckError naming every problem.

    A deck parsed before is taken from the parsed-deck cache (quizgen.deck.parsed_cache) when the
    file's SHA-256 matches; ``cache=False`` always parses the YAML.
    """
    return read_deck(path, cache=cache).deck


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
