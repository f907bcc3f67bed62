"""How far apart two countries lie, for wrong choices in a blank a compass word places ("the
town of Mosul in northern ____"): the question names a place inside the answer's country, and
a country across the world ("United States", "China" beside "Iraq") is no choice a reader who
knows roughly where the place lies would weigh; a neighbour ("Saudi Arabia", "Syria") is.

A country's centre is the mean of the coordinates the time-zone database the pinned ``tzdata``
package ships gives its zones in ``zone.tab`` ("IQ +3321+04425 Asia/Baghdad"): one zone's city
for most countries, the middle of several for a large one (the United States, Russia, China),
which puts it far from every neighbour but its own region's; that only takes choices away.

>>> round(distance_km("Iraq", "Saudi Arabia")) < NEAR_KM
True
>>> distance_km("Iraq", "United States") > NEAR_KM
True
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from quizgen.facts.places import country_code, zone_rows

NEAR_KM = 2500  # a neighbour or one country away: Iraq–Saudi Arabia ≈ 1,000, France–Poland ≈ 1,400
EARTH_RADIUS_KM = 6371.0
# A compass word right before the blank: "in northern ____", "north-eastern ____".
COMPASS_BEFORE_BLANK = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+____", re.IGNORECASE
)


def _degrees(text: str, width: int) -> float:
    """ISO 6709 ``±DDMM[SS]`` (width 2) or ``±DDDMM[SS]`` (width 3) in degrees."""
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text[1:]
    value = int(digits[:width]) + int(digits[width : width + 2]) / 60
    if len(digits) > width + 2:
        value += int(digits[width + 2 : width + 4]) / 3600
    return sign * value


@lru_cache(maxsize=1)
def _centres() -> dict[str, tuple[float, float]]:
    """Country code → the mean latitude and longitude of its zones in ``zone.tab``."""
    points: dict[str, list[tuple[float, float]]] = {}
    for code, coords, _ in zone_rows():
        m = re.fullmatch(r"([+-]\d{4,6})([+-]\d{5,7})", coords)
        if m:
            points.setdefault(code, []).append((_degrees(m.group(1), 2), _degrees(m.group(2), 3)))
    return {
        code: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        for code, pts in points.items()
    }


def distance_km(a: str, b: str) -> float | None:
    """Great-circle distance between the centres of the countries ``a`` and ``b`` name; None
    when either is no country the database files."""
    ca, cb = country_code(a), country_code(b)
    centres = _centres()
    if ca is None or cb is None or ca not in centres or cb not in centres:
        return None
    (lat1, lon1), (lat2, lon2) = (map(math.radians, centres[ca]), map(math.radians, centres[cb]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def placed_by_compass(question: str) -> bool:
    """Whether the blank follows a compass word ("in northern ____"): the question places
    something inside the answer's country."""
    return COMPASS_BEFORE_BLANK.search(question) is not None


def near(answer: str, option: str) -> bool:
    """Whether the country ``option`` names lies within ``NEAR_KM`` of the answer's; False when
    either is no country the database files."""
    d = distance_km(answer, option)
    return d is not None and d <= NEAR_KM
