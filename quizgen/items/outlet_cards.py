"""Whether an event card asks for the news outlet that carried the news, not for who made it.

"Lynch told The ____ on Monday that the inquiry is independent" → "Associated Press": readers of
judged samples called which outlet was told, interviewed or got the scoop attribution trivia; the
news is what was said. The sign is the parse's: the answer is an outlet (``org_kinds.org_kind``)
that fills a slot of a verb of speaking ("told CNN", "said on ABC's 'This Week'"), is the channel
a preposition names ("provided to The Associated Press", "according to the AP", "in an interview
with CNN"), or publishes ("The Washington Post reported …", "MSNBC aired the debate"). An outlet
that acts otherwise is the story's ("The Post put together an army of reporters", "Trump sued
the Times") and keeps its card.
"""

from __future__ import annotations

import re

from quizgen.constants import ADDRESSEE_VERBS, NEWS_REPORTING_VERBS, PUBLISHING_VERBS, REMARK_VERBS
from quizgen.items.org_kinds import org_kind

BLANK = "____"
# Verbs whose prepositional slot is the channel of words ("said on ABC", "spoke to the AP") …
SPEAKING_VERBS = REMARK_VERBS | NEWS_REPORTING_VERBS | frozenset(["accord", "interview", "speak", "talk", "appear"])
# (those whose object is their audience, "told CNN", are ``constants.ADDRESSEE_VERBS``).
# A preposition (and a determiner) just before the blank that makes it a channel.
CHANNEL_BEFORE = re.compile(r"\b(?:to|with|on|according to|in an interview with)\s+(?:the\s+)?$", re.IGNORECASE)
# Slots an argument cloze records as its ``verb_class`` (``items.argument_clozes``).
SLOTS = frozenset(["subject", "object", "prep"])


def told_outlet(item) -> bool:
    """Whether an event card's answer is the outlet that carried the news (see the module)."""
    if item.kind != "event" or getattr(item, "asks", None) != "who" or org_kind(item.answer or "") != "outlet":
        return False
    verb = (item.verb or "").split()[0].lower()
    slot = item.verb_class if item.verb_class in SLOTS else "subject"
    if slot == "subject":
        return verb in PUBLISHING_VERBS or verb == "accord"
    if verb in (ADDRESSEE_VERBS if slot == "object" else SPEAKING_VERBS):
        return True
    if item.style == "cloze" and BLANK in item.question:
        return bool(CHANNEL_BEFORE.search(item.question[: item.question.index(BLANK)]))
    return False
