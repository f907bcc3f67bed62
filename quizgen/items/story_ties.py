"""What ``Cast`` reads of its stories besides their dates: the country a story is about, the
stories that name a person, the people named with them and the people of the stories related to
one (``sides.Topics``) — people of one affair (``StoryTies``, a part of ``Cast``). Moved from
``items.person_choices``."""

from __future__ import annotations

from quizgen.items import sides
from quizgen.items.cast_members import CastMember, Story


class StoryTies:
    """``Cast``'s reading of which stories name whom. ``Cast.__init__`` sets what it reads."""

    stories: dict[str, Story]
    by_name: dict[str, CastMember]
    topics: sides.Topics
    _of_article: dict[str, list[CastMember]]
    _naming: dict[str, set[str]] | None
    _together: dict[str, tuple[frozenset[str], frozenset[str]]]
    _named_with: dict[str, frozenset[str]]
    _related_people: dict[str, frozenset[str]]

    def _scope(self, article: str) -> str | None:
        story = self.stories.get(article)
        return story.scope if story else None

    def _named_together(self, answer: str, p: CastMember) -> bool:
        """Whether some story names both the answer and ``p`` (people of one affair)."""
        naming, names = self._together_with(answer)
        return not naming.isdisjoint(p.articles) or p.name in names

    def _people_named_with(self, answer: str) -> frozenset[str]:
        """The people ``_named_together`` holds of ``answer``, by name (once per answer)."""
        found = self._named_with.get(answer)
        if found is None:
            naming, names = self._together_with(answer)
            found = self._named_with[answer] = frozenset(
                {p.name for a in naming for p in self._of_article.get(a, ())} | (names & self.by_name.keys())
            )
        return found

    def _people_of_related(self, article: str) -> frozenset[str]:
        """The people of the stories ``Topics.related_to(article)``, by name (once per story)."""
        found = self._related_people.get(article)
        if found is None:
            found = self._related_people[article] = frozenset(
                p.name for a in self.topics.related_to(article) for p in self._of_article.get(a, ())
            )
        return found

    def _together_with(self, answer: str) -> tuple[frozenset[str], frozenset[str]]:
        """The stories that name ``answer``, and the names of the answer's own stories (once per
        answer: asked of every candidate of its cards)."""
        found = self._together.get(answer)
        if found is None:
            if self._naming is None:
                self._naming = {}
                for a, story in self.stories.items():
                    for n in story.names:
                        self._naming.setdefault(n, set()).add(a)
            me = self.by_name.get(answer)
            mine = [self.stories[a].names for a in sorted(me.articles) if a in self.stories] if me else []
            found = self._together[answer] = (frozenset(self._naming.get(answer, ())), frozenset().union(*mine))
        return found
