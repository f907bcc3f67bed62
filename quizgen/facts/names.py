"""Name helpers every stage needs: the surname of a full name."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    parts = name.split()
    if len(parts) > 1 and parts[-1].rstrip(".").lower() in {"jr", "sr", "ii", "iii", "iv"}:
        parts = parts[:-1]
    return parts[-1] if parts else ""
