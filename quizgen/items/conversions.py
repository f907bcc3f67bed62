"""A figure given twice, in two units, beside a figure's blank: "____ kilometers (10 miles)",
"____ French francs ($162)", "____ km, or 10 miles,". Left in the question it gives the answer
away to anyone who converts, and rules out choices that disagree with it; so the question
leaves the conversion out. A blank that is itself the conversion ("1,015 francs (____)") asks
only for arithmetic on what the question shows: no card.

"$5 million, or 20 cents a share" is no conversion (a second figure, per share), nor is a
bracket holding a share or a count ("____ votes (52%)").
"""

from __future__ import annotations

import re

from quizgen.constants import CURRENCIES, UNIT_FAMILIES
from quizgen.items.wording import BLANK

# Words of a unit a figure may be converted into: money, distance, weight.
MEASURE_WORDS = frozenset(w for family in ("money", "distance", "weight") for w in UNIT_FAMILIES[family])

_SIGN = "[" + re.escape("".join(CURRENCIES)) + "¥]"
_ABOUT = r"(?:about |some |roughly |nearly |around |approximately |almost |more than |over )?"
_AMOUNT = _ABOUT + _SIGN + r"?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m)\b)?"
_WORD = r"\s+[A-Za-z](?:[A-Za-z.-]*[A-Za-z])?"  # no full stop of the sentence
_WORDS = rf"(?:{_WORD}){{0,2}}"  # "miles", "French francs", "square miles"
_BLANK = re.escape(BLANK)
# The blank with up to three words of its unit, then the other figure in brackets or after ", or".
_CONVERSION_AFTER = re.compile(
    rf"(?P<keep>{_BLANK}(?:{_WORD}){{0,3}}?)"
    rf"(?P<other>,?\s*\({_AMOUNT}{_WORDS}\)|,\s+or\s+{_AMOUNT}{_WORDS}(?:,(?=\s))?)"
)
# A figure with up to three words of its unit, then the blank in brackets or after ", or".
_CONVERSION_BLANKED = re.compile(
    rf"\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m)\b)?(?:{_WORD}){{0,3}},?\s*(?:\(|,\s+or\s+){_ABOUT}{_BLANK}(?P<rest>[^(),]*)"
)
_PER = re.compile(r"\b(?:a|per|each)\s+(?:share|person|head|year|month|day|week|hour)\b|\bapiece\b|%|\bpercent", re.IGNORECASE)


def _converts(figure: str) -> bool:
    """Whether a figure is one of money, distance or weight, not a rate ("20 cents a share")."""
    if _PER.search(figure):
        return False
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", figure)}
    return bool(re.search(_SIGN, figure)) or bool(words & MEASURE_WORDS)


def without_conversion(question: str, answer: str) -> str | None:
    """The question with the conversion beside its blank left out; None when the blank is the
    conversion of a figure the question shows.

    >>> without_conversion("Mines lay ____ kilometers (10 miles) from the temple.", "17")
    'Mines lay ____ kilometers from the temple.'
    >>> without_conversion("The fine was 1,015 French francs (____).", "$162") is None
    True
    """
    blanked = _CONVERSION_BLANKED.search(question)
    if blanked and _converts(answer + blanked.group("rest")) and _converts(blanked.group(0)):
        return None
    for m in _CONVERSION_AFTER.finditer(question):
        # after ", or" read a few words on: "or 40 cents a share" is a rate however many words the
        # unit took; a bracket closes its figure ("____ pence ($7.43) a share" converts the pence)
        other = m.group("other")
        if not other.endswith(")"):
            other += question[m.end("other") : m.end("other") + 12]
        if _converts(other) and _converts(answer + m.group("keep").removeprefix(BLANK)):
            return question[: m.end("keep")] + question[m.end("other") :]
    return question
