"""Whether an event card asks for the news outlet that carried the news, not for who made it.

"Lynch told The ____ on Monday that the inquiry is independent" → "Associated Press": readers of
judged samples called which outlet was told, interviewed or got the scoop attribution trivia; the
news is what was said. The sign is the parse's: the answer is an outlet (``org_kinds.org_kind``)
that fills a slot of a verb of speaking ("told CNN", "said on ABC's 'This Week'"), is the channel
a preposition names ("provided to The Associated Press", "according to the AP", "in an interview
with CNN"), publishes ("The Washington Post reported …", "MSNBC aired the debate") or got the
scoop ("a draft … obtained by CNN"); so is an outlet's programme after its possessive ("tells NPR's
____") and a credit in brackets after quoted words ("“… is soaring” (____)"). An outlet
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


# Verbs by which an outlet comes by the news ("a draft of a letter obtained by CNN", "documents
# reviewed by The Associated Press"): who got the scoop is the story's sourcing (j182).
SCOOP_VERBS = frozenset(["obtain", "see", "review", "view", "acquire", "receive"])
# An outlet's own programme, asked after the outlet's possessive ("tells NPR's ____" → "Morning
# Edition"), and a credit in brackets after quoted words ("“Support … is soaring” (____)").
_OUTLET_POSSESSIVE = re.compile(r"(?P<outlet>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+$")
_CREDIT = re.compile(r"[”\"]\s*\($")


def told_outlet(item) -> bool:
    """Whether an event card's answer is the outlet that carried the news (see the module)."""
    if item.kind != "event" or getattr(item, "asks", None) not in ("who", "what"):
        return False
    before = item.question[: item.question.index(BLANK)] if item.style == "cloze" and BLANK in item.question else None
    if before is not None and item.asks == "who" and (_CREDIT.search(before) or _programme_of_outlet(before)):
        return True
    if org_kind(item.answer or "") != "outlet":
        return False
    verb = (item.verb or "").split()[0].lower()
    if item.asks == "what":
        # "What did Kellyanne Conway confirm to …?" → "CNN": the outlet she spoke to, no act
        return verb in SPEAKING_VERBS or verb in ADDRESSEE_VERBS
    if verb in SCOOP_VERBS:
        return True
    slot = item.verb_class if item.verb_class in SLOTS else "subject"
    if slot == "subject":
        return verb in PUBLISHING_VERBS or verb == "accord"
    if verb in (ADDRESSEE_VERBS if slot == "object" else SPEAKING_VERBS):
        return True
    if before is not None:
        return bool(CHANNEL_BEFORE.search(before))
    return False


def _programme_of_outlet(before: str) -> bool:
    """Whether the blank follows an outlet's possessive ("tells NPR's ____"): its answer is the
    outlet's programme or paper."""
    m = _OUTLET_POSSESSIVE.search(before)
    if m is None:
        return False
    words = m.group("outlet").split()
    return any(org_kind(" ".join(words[k:])) == "outlet" for k in range(len(words)))
