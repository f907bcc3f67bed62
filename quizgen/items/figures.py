"""Figure facts → number items: a cloze of the sentence with the figure blanked.

"… the suicide bombing … that killed at least 22 and left more than 100 injured …" →
question "… that killed ____ and left more than 100 injured …", answer "at least 22",
value 22, unit "people killed", qualifier "at least"; choices keep the qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from quizgen.extract.figures import NUMBER
from quizgen.facts.merge import conflicting, group_facts
from quizgen.facts.records import FigureFact
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.ranking import report_score
from quizgen.items.wording import cloze, contains
from quizgen.models import NumberItem

MAGNITUDE = 3.0  # deck figures used as choices lie within a factor of this of the answer


@lru_cache(maxsize=4096)
def unit_words(unit: str) -> frozenset[str]:
    return frozenset({w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", unit)} - {"people", "of"})


def same_unit(a: FigureFact, b: FigureFact) -> bool:
    wa, wb = unit_words(a.unit), unit_words(b.unit)
    return bool(wa & wb) or a.unit == b.unit


LOWER_BOUNDS = ("at least", "more than", "over")
UPPER_BOUNDS = ("at most", "less than", "fewer than", "up to", "under", "as many as")


def agree(a: FigureFact, b: FigureFact) -> bool:
    """Whether two reports can both be true ("at least 22" and "23" can; "22" and "23" cannot)."""
    if a.value == b.value:
        return True
    if isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return False
    lower = LOWER_BOUNDS
    upper = (*UPPER_BOUNDS, "nearly", "almost")
    loose = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated")
    for x, y in ((a, b), (b, a)):
        if x.qualifier in lower and y.value >= x.value:
            return True
        if x.qualifier in upper and y.value <= x.value:
            return True
        if x.qualifier in loose and abs(y.value - x.value) <= 0.1 * x.value:
            return True
    return False


class _Renderer:
    """Writes another number the way the fact writes its own ("at least 22" → "at least 30")."""

    def __init__(self, fact: FigureFact):
        self.fact = fact
        m = NUMBER.search(fact.text)
        assert m is not None
        self.m = m
        self.shown = float(m.group("num").replace(",", ""))
        self.commas = "," in m.group("num")
        self.decimals = len(m.group("num").split(".")[1]) if "." in m.group("num") else 0
        self.scale = 1.0
        if not isinstance(fact.value, tuple) and self.shown:
            self.scale = fact.value / self.shown

    def number(self, x: float) -> str:
        text = f"{x:,.{self.decimals}f}" if self.commas else f"{x:.{self.decimals}f}"
        return text

    def render(self, shown: float | tuple[float, float]) -> str:
        m, text = self.m, self.fact.text
        if isinstance(shown, tuple):
            start, end = m.span("num")[0], m.span("num2")[1]
            return text[:start] + f"{self.number(shown[0])}-{self.number(shown[1])}" + text[end:]
        start, end = m.span("num")
        return text[:start] + self.number(shown) + text[end:]


def _shown_value(fact: FigureFact, renderer: _Renderer) -> float | tuple[float, float]:
    if isinstance(fact.value, tuple):
        return (fact.value[0] / renderer.scale, fact.value[1] / renderer.scale)
    return fact.value / renderer.scale


class _ByUnit:
    """The deck's figures indexed by unit, for finding those of the same unit (``same_unit``)
    without comparing every pair."""

    def __init__(self, facts: list[FigureFact]):
        self.facts = facts
        self.by_key: dict[str, list[int]] = {}
        self.by_unit: dict[str | None, list[FigureFact]] = {}
        for i, f in enumerate(facts):
            for key in {f"unit:{f.unit}"} | {f"word:{w}" for w in unit_words(f.unit)}:
                self.by_key.setdefault(key, []).append(i)

    def same_unit(self, fact: FigureFact) -> list[FigureFact]:
        """The figures ``same_unit`` as ``fact``, in deck order (found once per unit)."""
        if fact.unit not in self.by_unit:
            found: set[int] = set()
            for key in {f"unit:{fact.unit}"} | {f"word:{w}" for w in unit_words(fact.unit)}:
                found.update(self.by_key.get(key, ()))
            self.by_unit[fact.unit] = [self.facts[i] for i in sorted(found)]
        return self.by_unit[fact.unit]


def _candidates(fact: FigureFact, renderer: _Renderer, deck: _ByUnit, banned: set, key: str) -> Iterator[str]:
    """Deck figures of the same unit and magnitude first, then perturbations of the answer,
    written as the answer is. Lazy: the choices take the first few, so a deck with thousands
    of figures of one unit costs each figure only what it reads."""
    shape = distractors.number_shape(fact.text)
    rng = distractors.rng_for(key + ":numbers")
    if isinstance(fact.value, tuple):
        low, high = _shown_value(fact, renderer)
        width = high - low
        for x in distractors.perturb_number(low, rng):
            if (x * renderer.scale, (x + width) * renderer.scale) not in banned:
                yield from _formatted_like_shape(shape, [renderer.render((x, x + width))])
        return
    value = fact.value
    for other in deck.same_unit(fact):
        if isinstance(other.value, tuple) or other.value in banned or not _also_false(fact, other.value):
            continue
        if value and 1 / MAGNITUDE <= other.value / value <= MAGNITUDE:
            shown = other.value / renderer.scale
            if round(shown, renderer.decimals) == shown:  # written as it was, not rounded
                yield from _formatted_like_shape(shape, [renderer.render(shown)])
    for x in distractors.perturb_number(_shown_value(fact, renderer), rng):
        if x * renderer.scale not in banned and _also_false(fact, x * renderer.scale):
            yield from _formatted_like_shape(shape, [renderer.render(x)])


def _also_false(fact: FigureFact, other: float) -> bool:
    """Whether "more than 1,200" is not also true beside the answer "more than 2,400": a lower
    bound's wrong options lie above it, an upper bound's below it."""
    if fact.qualifier in LOWER_BOUNDS:
        return other > fact.value
    if fact.qualifier in UPPER_BOUNDS:
        return other < fact.value
    return True


def _formatted_like_shape(shape: object, options: Iterable[str]) -> Iterator[str]:
    """Only options written as the answer is (its ``number_shape``): "$17.8 million" for
    "$19.3 million", never "$50.0 million" — a trailing zero or a missing decimal gives the
    answer away."""
    return (o for o in options if distractors.number_shape(o) == shape)


def number_items(facts: list[FigureFact], *, articles: dict[str, Article], central: frozenset[str] = frozenset()) -> list[tuple[NumberItem, float]]:
    """One item per reported figure (merged across articles); disagreements tagged ``conflict``."""
    facts = sorted(facts, key=lambda f: (f.article_id, f.start))
    groups = group_facts(facts, key=lambda f: f.value, event=lambda f: f.event, compatible=same_unit)
    clashes = conflicting(
        groups,
        comparable=lambda a, b: same_unit(a, b) and (a.article_id, a.sent_start) != (b.article_id, b.sent_start),
        agree=agree,
        event=lambda f: f.event,
    )
    made: dict[str, tuple[NumberItem, float]] = {}
    deck = _ByUnit(facts)
    for index, group in enumerate(groups):
        fact = group[0]
        body = articles[fact.article_id].body
        question = cloze(body, fact.sent_start, fact.sent_end, fact.start, fact.end)
        answer = fact.text
        renderer = _Renderer(fact)
        bare = renderer.number(_shown_value(fact, renderer)) if not isinstance(fact.value, tuple) else None
        accept = [a for a in (_without_qualifier(fact), bare) if a and a != answer]
        accept = list(dict.fromkeys(accept))
        if question is None or contains(question, [answer]) or (bare and contains(question, [bare])):
            continue
        item_id = stable_id("n", f"{fact.value} {fact.unit} {fact.qualifier or ''} {' '.join(fact.event)}")
        if item_id in made:
            continue
        banned = {groups[j][0].value for j in clashes.get(index, ())} | {fact.value}
        # An option the question already shows (another figure of the sentence) is no option.
        candidates = (
            c for c in _candidates(fact, renderer, deck, banned, item_id)
            if not contains(question, [m.group(0) for m in NUMBER.finditer(c)])
        )
        choices = distractors.full_choices(answer, candidates, key=item_id)
        made[item_id] = (
            NumberItem(
                id=item_id,
                question=question,
                answer=answer,
                accept=accept,
                choices=choices,
                style="cloze",
                value=fact.value,
                unit=fact.unit,
                qualifier=fact.qualifier,
                evidence=sentence_evidence(group, articles),
                tags=["number"] + (["conflict"] if index in clashes else []),
            ),
            report_score(group, fact.event, central),
        )
    return list(made.values())


def _without_qualifier(fact: FigureFact) -> str | None:
    if not fact.qualifier:
        return None
    return fact.text[len(fact.qualifier) :].strip()
