"""Grouping things that are "the same" pairwise into classes (union–find)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class Partition(Generic[K]):
    """Disjoint sets of keys: ``join`` two keys, then ``groups`` lists the classes.

    >>> p = Partition(); p.join("Jens Stoltenberg", "Jans Stoltenberg"); p.same("Jens Stoltenberg", "Jans Stoltenberg")
    True
    """

    def __init__(self, keys: Iterable[K] = ()):
        self._parent: dict[K, K] = {k: k for k in keys}

    def find(self, key: K) -> K:
        parent = self._parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(self, a: K, b: K) -> None:
        self._parent[self.find(a)] = self.find(b)

    def same(self, a: K, b: K) -> bool:
        return self.find(a) == self.find(b)

    def groups(self, keys: Iterable[K]) -> list[list[K]]:
        """The classes of ``keys``, each in the order given, classes by first member."""
        classes: dict[K, list[K]] = {}
        for key in keys:
            classes.setdefault(self.find(key), []).append(key)
        return list(classes.values())
