"""What the question's own figures say of a figure's blank, beyond order (``number_choices``):

- **whole**: a count of a whole the question names ("____ of the 50 states", "out of 12
  jurors", "____ of its 100 senators") or one everybody knows (``KNOWN_WHOLES``: "in ____
  states" counts American states, at most 50) is no more than that whole: no option past it.
- **change**: a blank the question's percentage change and base already give ("____, up 13%
  from $280.7 million": about $317 million) asks for arithmetic; every other option is ruled out
  by it, and one close enough to agree with it would be true too, so such a card has no options
  (it is typed). Read from the numbers alone: it applies only when the answer is what the
  percentage makes of the base, upward or downward, within the rounding of both.
- **parts**: a total whose parts the question lists ("total ____ dlrs, including 1.5 billion dlrs
  in long-term loans and 1.2 billion dlrs in short-term loans": 2.7 billion) is a sum; it is
  typed too (j87).
- **sum**: the number nearest the blank and another the question shows add up to the answer, or
  differ by it ("ahead by ____ points, 51 percent to 40 percent": 11); typed too (j177).
"""

from __future__ import annotations

import itertools
import re

from quizgen.extract import number_words
from quizgen.extract.figures import NUMBER, SPELLED
from quizgen.items import number_choices
from quizgen.items.wording import BLANK

# Wholes of a known size, keyed by the counted noun as the unit writes it: a count of them is no
# more than the whole. Only nouns whose bare plural means the American whole in news.
KNOWN_WHOLES: dict[str, float] = {
    "state": 50,  # "in ____ states" (a count past 50 is of other states: no bound then)
    "senator": 100,
    "governor": 50,
    "justice": 9,
}

_NOUN = r"(?P<noun>[A-Za-z][A-Za-z-]*)"
# "of the 50 states", "out of 12 jurors", "among its 28 members", "of all 100 senators",
# "of Telerate's 95 million common shares"
_WHOLE = re.compile(
    r"\b(?:out\s+of|of|among)\s+(?:(?:the|its|their|his|her|our|all|all\s+the|[A-Z][\w.&-]*['’]s)\s+)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion))?\s+(?:[A-Za-z][A-Za-z-]*\s+)?" + _NOUN,
    re.IGNORECASE,
)
# "the 454-member People's Assembly", "a 25-nation bloc": a body's size, a whole of its seats or members
_SIZED = re.compile(r"(?<![\d.,])(?P<num>\d[\d,]*)-(?P<noun>member|seat|strong|nation|country|state)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
NEAR_BLANK = 40  # characters: "____ of the 50 states" is about the blank whatever its unit


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def whole_bound(question: str, answer: float, unit: str) -> float | None:
    """The largest whole the answer is a count of, when the question or ``KNOWN_WHOLES`` names
    one: options stay below it. None when there is none, or the answer is past it (then the
    whole is of something else).

    >>> whole_bound("Voters in ____ of the 50 states back it.", 31, "states")
    50.0
    >>> whole_bound("In ____ states, the rule changed.", 45, "states")
    50
    >>> whole_bound("Acme owns ____ of Zenith's 95 million common shares.", 64e6, "shares")
    95000000.0
    >>> whole_bound("The party holds ____ seats in the outgoing 454-member assembly.", 404, "seats")
    454.0
    """
    unit_words = {_stem(w) for w in re.findall(r"[A-Za-z]+", unit)}
    blank = question.find(BLANK)
    wholes: list[float] = []
    for m in [*_WHOLE.finditer(question), *_SIZED.finditer(question)]:
        whole = float(m.group("num").replace(",", "")) * _SCALES.get((m.groupdict().get("scale") or "").lower(), 1)
        near = blank >= 0 and 0 <= m.start() - (blank + len(BLANK)) <= NEAR_BLANK
        if near or _stem(m.group("noun")) in unit_words:
            wholes.append(whole)
    wholes += [size for noun, size in KNOWN_WHOLES.items() if noun in unit_words]
    fitting = [w for w in wholes if w > answer]
    return min(fitting) if fitting else None


# "won 23 of the ____ seats": the whole is more than the part the question shows
_PART_BEFORE = re.compile(
    r"(?<![\d.,])(?P<num>\d[\d,]*)\s+(?:out\s+of|of)\s+(?:(?:the|its|their|all|all\s+the)\s+)?"
    + re.escape(BLANK)
)


def part_bound(question: str, answer: float) -> float | None:
    """The part a whole's blank is written beside ("23 of the ____ seats" → 23): options stay above it.

    >>> part_bound("The group won 23 of the ____ seats.", 40)
    23.0
    """
    m = _PART_BEFORE.search(question)
    if m is None:
        return None
    part = float(m.group("num").replace(",", ""))
    return part if part < answer else None


def _half_unit(number: str) -> float:
    """Half the last written digit's place: the rounding of a figure as written ("13" → 0.5)."""
    _, _, fraction = number.replace(",", "").partition(".")
    return 0.5 * 10 ** -len(fraction)


# "332 electoral votes, 62 more than the 270 needed": the difference and the other side
_DIFFERENCE = re.compile(
    r"(?<![\d.,$£€])(?P<by>\d[\d,]*(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower|above|below)\s+"
    r"(?:than\s+)?(?:(?:the|its|their)\s+)?(?P<other>\d[\d,]*(?:\.\d+)?)(?![\d%])",
    re.IGNORECASE,
)


def pinned_by_difference(question: str, answer: float) -> bool:
    """Whether the question gives a count's difference from another it shows, and the two make
    the answer: "____ electoral votes, 62 more than the 270 needed" (332).

    >>> pinned_by_difference("He won ____ votes, 62 more than the 270 needed.", 332)
    True
    """
    for m in _DIFFERENCE.finditer(question):
        by, other = (float(m.group(g).replace(",", "")) for g in ("by", "other"))
        if answer in (other + by, other - by):
            return True
    return False


def pinned_by_change(question: str, answer: float, kind: tuple[str, bool]) -> bool:
    """Whether the question's percentage and another number of the answer's kind (its currency,
    no percent) make the answer, up or down, within the rounding of the three: "____, up 13%
    from $280.7 million" with answer $317.4 million; or, for a percentage, whether two numbers of
    one kind make it ("8,510 officers, down ____ from 10,012": 15 percent).

    >>> pinned_by_change("Sales rose to ____, up 13% from $280.7 million.", 317.4e6, ("$", False))
    True
    """
    if answer <= 0:
        return False
    percents: list[tuple[float, float]] = []
    bases: dict[tuple[str, bool], list[tuple[float, float]]] = {}
    for m in NUMBER.finditer(question):
        if m.group("num2"):
            continue
        written = float(m.group("num").replace(",", ""))
        if m.group("pct") and _SHARE_OF.match(question, m.end()):
            continue  # "controls 25% of the market": a share of a whole, not a change
        if m.group("pct"):
            percents.append((written, _half_unit(m.group("num"))))
        elif written:
            bases.setdefault(number_choices.kind_of(m), []).append(_scaled(m))
    if kind[1]:  # "8,510 officers, down ____ from 10,012": the change the two numbers make
        if _SHARE_OF.match(question, question.find(BLANK) + len(BLANK)):
            return False
        pct = (answer, 0.0)
        return any(
            _makes(new, old, pct)
            for same in bases.values()
            for new, _ in same
            for old in same
            if old[0] != new
        )
    # the answer the new value ("up 13% from $280.7 million") or the base ("$317.2 million, up 13% from ____")
    return any(
        _makes(answer, base, pct) or _makes(base[0], (answer, base[1] * answer / base[0]), pct)
        for base in bases.get(kind, ())
        for pct in percents
    )


MIN_PINNED_SUM = 3  # a whole number below this is too often the sum or difference of two others by chance
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_YEAR = re.compile(r"(?:18|19|20)\d\d")
# A unit of time after a number in words: "within the next five years" is a span, no amount.
_TIME_AFTER = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\b", re.IGNORECASE)
# A number tied to its noun by a hyphen ("the 60-vote threshold", "a 100-seat chamber"), which
# ``NUMBER`` leaves out as a compound's word.
_HYPHENED = re.compile(r"(?<![\w.,$£€-])(?P<num>\d{1,4})-(?=[a-z]{3,}\b)")


def pinned_by_sum(question: str, answer: float) -> bool:
    """Whether the answer is the sum or the difference of the number nearest the blank and
    another the question shows: a poll's lead beside its two shares ("ahead by ____ points, 51
    percent to 40 percent", j177), a share beside the other and the lead ("a lead of 7 points, 49
    percent to ____"), a deficit beside spending and receipts, a part beside the whole and the
    other part. Years and days of a month are no such numbers; two numbers further on add up by
    chance ("58-35" and "22" make "80" beside "____ to 6 percent").

    >>> pinned_by_sum("Biden led by ____ points, 51 percent to 40 percent.", 11)
    True
    >>> pinned_by_sum("Black voters (____ to 6 percent); Latinos (67-22 percent); women (58-35 percent)", 80)
    False
    """
    if (answer < MIN_PINNED_SUM and float(answer).is_integer()) or BLANK not in question:
        return False
    at = question.index(BLANK)
    shown: list[tuple[int, float]] = []  # (distance from the blank, value)
    for m in NUMBER.finditer(question):
        if _YEAR.fullmatch(m.group("num")) or _MONTH_BEFORE.search(question[: m.start()]):
            continue
        distance = at - m.end() if m.end() <= at else m.start() - (at + len(BLANK))
        shown += [(distance, v) for v in number_choices.value_of(m)]
    # and the numbers news writes in words or ties to their noun ("need eight Democrats … to
    # reach the 60-vote threshold", j184: "Republicans control ____ seats" is 60 less 8)
    for m in [*SPELLED.finditer(question), *_HYPHENED.finditer(question)]:
        if m.group("num").lower() in ("one", "a", "an") or _TIME_AFTER.match(question, m.end()):
            continue  # "within the next five years": a span of time, no amount of the answer's kind
        distance = at - m.end() if m.end() <= at else m.start() - (at + len(BLANK))
        shown.append((distance, float(number_words.number_value(m.group("num")))))
    if not shown:
        return False
    nearest = min(d for d, _ in shown)
    close = 1e-9 * max(1.0, abs(answer))
    return any(
        abs(abs(a - b) - answer) <= close or abs(a + b - answer) <= close
        for i, (d, a) in enumerate(shown) if d == nearest
        for j, (_, b) in enumerate(shown) if j != i
    )


# A share and the blank set against each other by "to" or a dash ("won 80% to ____", "____ to 28
# percent", "80-____ percent"): a two-way split.
_SPLIT_BEFORE = re.compile(r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent|pct)?\s*(?:to|[-–—])\s*$", re.IGNORECASE)
_SPLIT_AFTER = re.compile(r"\s*(?:%|percent|per cent|pct)?\s*(?:to|[-–—])\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent|pct)\b", re.IGNORECASE)


def pinned_by_split(question: str, answer: float, unit: str) -> bool:
    """Whether a share is the rest of a whole the share set against it leaves: "Alaska was more
    lopsided: Sanders won 80% to ____." (j202) is 20%, no figure to learn but a subtraction.

    >>> pinned_by_split("Alaska was more lopsided: Sanders won 80% to ____.", 20, "percent")
    True
    >>> pinned_by_split("Sanders led Clinton in Washington, 72% to ____.", 20, "percent")
    False
    """
    if unit != "percent" or BLANK not in question:
        return False
    at = question.index(BLANK)
    before = _SPLIT_BEFORE.search(question[:at])
    after = _SPLIT_AFTER.match(question, at + len(BLANK))
    return any(m is not None and abs(float(m.group("num")) + answer - 100) < 1e-9 for m in (before, after))


# What opens a list of the blank's parts after its clause: a dash or a colon ("There are ____
# people who have clearance -- 100 senators, four majority staffers and four minority staffers,
# one committee clerk", j193).
_LIST_OPENER = re.compile(r"\s(?:--|[—–]|:)\s")


def pinned_by_list(question: str, answer: float) -> bool:
    """Whether the numbers a dash or a colon lists after the blank, two or more, add up to the
    answer: the list counts the blank's parts, and the sum gives it away.

    >>> pinned_by_list("There are ____ people with clearance -- 100 senators, four staffers and four others, one clerk.", 109)
    True
    >>> pinned_by_list("There are ____ people with clearance -- 100 senators and four staffers.", 109)
    False
    """
    at = question.find(BLANK)
    opener = _LIST_OPENER.search(question, at + len(BLANK)) if at >= 0 else None
    if opener is None or answer <= 0 or not float(answer).is_integer():
        return False
    values = [
        float(m.group("num").replace(",", "")) for m in NUMBER.finditer(question, opener.end())
        if not m.group("num2") and not _YEAR.fullmatch(m.group("num"))
    ]
    values += [
        float(number_words.number_value(m.group("num"))) for m in SPELLED.finditer(question, opener.end())
        if m.group("num").lower() not in ("a", "an") and not _TIME_AFTER.match(question, m.end())
    ]
    return len(values) >= 2 and abs(sum(values) - answer) < 1e-9


PARTS_MAX = 3  # a total told as two or three parts
# Words after the blank that open its parts ("total ____, including …", "of which …")
PARTS_MARKER = re.compile(r"\b(?:including|includ(?:es|ed)|of which|comprising|consisting of|made up of|split between|divided between)\b", re.IGNORECASE)


def pinned_by_parts(question: str, answer: float, kind: tuple[str, bool]) -> bool:
    """Whether two or three numbers of the answer's kind that the question gives as the blank's
    parts (after "including", "of which" …) add up to it, within the rounding of each: the blank
    is their total. Numbers elsewhere ("from $85 million … up from $10 million") are no parts.

    >>> pinned_by_parts("Loans total ____ dlrs, including 1.5 billion in long-term and 1.2 billion in short-term loans.", 2.7e9, ("", False))
    True
    >>> pinned_by_parts("Sales rose to ____ from 1.5 billion and 1.0 billion.", 2.7e9, ("", False))
    False
    >>> pinned_by_parts("Net rose to ____ from 1.5 billion, including gains of 0.3 billion, up from 1.2 billion.", 2.7e9, ("", False))
    False
    """
    blank = question.find(BLANK)
    marker = PARTS_MARKER.search(question, blank + len(BLANK)) if blank >= 0 else None
    if answer <= 0 or marker is None:
        return False
    parts: list[tuple[float, float]] = []
    for m in NUMBER.finditer(question, marker.end()):
        if m.group("num2") or number_choices.kind_of(m) != kind:
            continue
        value, error = _scaled(m)
        if 0 < value < answer:
            parts.append((value, error))
    for n in range(2, PARTS_MAX + 1):
        for combo in itertools.combinations(parts, n):
            total, error = sum(v for v, _ in combo), sum(e for _, e in combo)
            if abs(total - answer) <= error + answer * ANSWER_ROUNDING:
                return True
    return False


def _scaled(m: re.Match) -> tuple[float, float]:
    """A written number's value with its scale ("1.5 billion" → 1.5e9) and its rounding at that
    scale (half its last written digit: 0.05e9); (0, 0) for a zero."""
    written = float(m.group("num").replace(",", ""))
    value = number_choices.value_of(m)[0]
    return (value, _half_unit(m.group("num")) * value / written) if written else (0.0, 0.0)


_SHARE_OF = re.compile(r"\s+of\b", re.IGNORECASE)
ANSWER_ROUNDING = 0.005  # an answer written to three figures is within half a percent of its value


def _makes(answer: float, base: tuple[float, float], pct: tuple[float, float]) -> bool:
    (b, b_err), (p, p_err) = base, pct
    if b <= 0 or p <= 0:
        return False
    for sign in (1, -1):
        ends = [
            (b + e) * (1 + sign * (p + d) / 100) for e in (-b_err, b_err) for d in (-p_err, p_err)
        ]
        low, high = min(ends) * (1 - ANSWER_ROUNDING), max(ends) * (1 + ANSWER_ROUNDING)
        if low <= answer <= high:
            return True
    return False
