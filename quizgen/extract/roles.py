"""People with roles: titles before a name and appositions around it.

"NATO Secretary General Jens Stoltenberg", "British Prime Minister Theresa May" (titles);
"Jens Stoltenberg, the secretary-general of NATO (…)," and "the head of NATO, Jens
Stoltenberg" (appositions); "a British-Libyan man named Salman Abedi" (a description).
A role marked as past ("former", "then-") is not a role at publication and gives no fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from quizgen.constants import PAST_ROLE_WORDS, ROLE_WORDS, STANDALONE_TITLES, TITLE_OPENERS
from quizgen.extract.dates import prose_sentences, publication_dates
from quizgen.extract.people import person_mentions
from quizgen.facts.records import Mention, RoleFact
from quizgen.ingest.articles import Article

HONORIFICS = frozenset(["sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prince", "princess", "sheikh", "rev"])
_ACRONYM = re.compile(r"^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$|^[A-Z]{2,}$")  # not "D.C."
_TITLE_RUN = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|of|for|-)\s+)*?(?:[A-Z][\w.'’-]*))\s+$"
)
_AFTER = re.compile(
    r"^,\s+(?P<det>the|a|an)\s+(?P<role>[^,;()“”\"]+?)\s*(?:\([^)]*\)\s*)?"
    r"(?=[,;]|(?<!\b[A-Z])\.(?:\s|$)|\s+(?:said|says|told)\b)"
)
_ROLE_PHRASE = r"(?P<role>(?:(?!(?:the|a|an|as|and|or|by|to)\b)[\w’'.-]+\s+){0,6}?(?!(?:the|a|an)\b)[\w’'-]+)"
_BEFORE = re.compile(rf"(?:^|[\s,(])(?P<det>[Tt]he|a|an)\s+{_ROLE_PHRASE}\s*(?P<link>,\s*|\s+(?:named|called)\s+)$")
MAX_ROLE_WORDS = 8


def _has_role_word(text: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return bool(words & ROLE_WORDS)


def title_before(text: str) -> str | None:
    """The capitalised title that ends ``text`` (the words just before a name)."""
    m = _TITLE_RUN.search(text)
    if not m:
        return None
    words = m.group(1).split()
    # Drop leading words that are not part of a title ("Still", "Thanks").
    while words and not (
        _ACRONYM.match(words[0])
        or words[0].lower() in ROLE_WORDS | TITLE_OPENERS
        or _is_adjective(words[0])
    ):
        words = words[1:]
    while words and words[0].lower() in ("of", "for", "and", "-"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower().rstrip(".") in HONORIFICS:
        words = words[:-1]  # "Chairman Sir [John Egan]": the honorific belongs to the name
    title = " ".join(words)
    if not title or not _has_role_word(title) or len(words) > MAX_ROLE_WORDS:
        return None
    if len(words) == 1 and title.lower() not in STANDALONE_TITLES:
        return None  # "General", "Head": a rank or a fragment, not a role to learn
    if all(w.lower().rstrip(".") in ("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady") for w in words):
        return None
    return title


def _definite_role(role: str) -> bool:
    """"the secretary-general of NATO" names a role; "the committee's chairman" is too vague."""
    return _has_role_word(role) and any(w[:1].isupper() for w in role.split())


def is_qualified(role: str) -> bool:
    """Whether a role says whose it is ("British Prime Minister", not "Foreign Minister").

    An unqualified role makes a poor "Who was …?" question: which country's minister?
    """
    generic = ROLE_WORDS | TITLE_OPENERS | {"of", "for", "the", "general"}
    return any(w.lower() not in generic for w in re.findall(r"[\w.]+", role.replace("-", " ")))


def _title_at(text: str, title: str) -> int | None:
    """Where ``title`` (words joined by single spaces) starts in ``text``, which may wrap lines."""
    pattern = r"\s+".join(re.escape(w) for w in title.split()) + r"\s+$"
    m = re.search(pattern, text)
    return m.start() if m else None


def _is_adjective(word: str) -> bool:
    """Nationality and place adjectives that open a title ("British", "US", "German")."""
    return bool(re.match(r"^[A-Z][a-z]+(?:an|ian|ish|ese|ch|i)$", word)) or word.rstrip(".") in ("U.S", "US", "UK", "EU", "UN")


def normalise_role(role: str) -> str:
    """Readable title form: "secretary-general of NATO (…)" → "NATO Secretary-General"."""
    role = re.sub(r"\s*\([^)]*\)?", "", role).strip(" ,.")
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    m = re.match(r"^(?P<title>[a-z][\w -]*?)\s+of\s+(?P<org>(?:[A-Z]\.){2,}|[A-Z]{2,})$", role)
    if m:
        title = "-".join(w.capitalize() for w in m.group("title").split("-"))
        title = " ".join(w[:1].upper() + w[1:] for w in title.split())
        return f"{m.group('org')} {title}"
    return role


def role_key(role: str) -> tuple[str, ...]:
    """Words that identify a role whatever its spelling ("U.S."/"US", "defence"/"defense")."""
    text = role.lower().replace("-", " ").replace("u.s.", "us").replace("u.s", "us").replace("u.k.", "uk")
    text = text.replace("defence", "defense").replace("secretary of defense", "defense secretary")
    text = text.replace("united states", "us")
    return tuple(sorted(set(re.findall(r"[a-z]+", text)) - {"the", "of", "a", "an"}))


def extract_roles(doc: Doc, *, article: Article, mentions: list[Mention] | None = None) -> Iterator[RoleFact]:
    """People named in the prose with the role or description the article gives them."""
    as_of = _as_of(article)
    sentences = list(prose_sentences(doc, article))
    sentence_starts = [s.start_char for s in sentences]
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    for mention in person_mentions(doc) if mentions is None else mentions:
        if not mention.name[:1].isupper():
            continue
        at = bisect_right(sentence_starts, mention.start) - 1  # sentences are in order, apart
        if at < 0 or mention.start >= sentences[at].end_char:
            continue
        sent = sentences[at]
        name_start = text.rfind(mention.name, max(sent.start_char, mention.end - len(mention.name) - 2), mention.end)
        before = text[sent.start_char : name_start if name_start >= 0 else mention.start]
        # The parser may end a sentence at an abbreviation ("the U.S."): read on to the paragraph's end.
        after = text[mention.end : sent.end_char + 200].split("\n\n")[0]
        found: list[tuple[str, int, int]] = []
        title = title_before(before)
        at = _title_at(before, title) if title else None
        if title and at is not None:
            start = sent.start_char + at
            preceding = before[:at].split()
            if not (preceding and preceding[-1].lower().strip(",") in PAST_ROLE_WORDS):
                found.append((title, start, mention.end))
        m = _AFTER.match(after)
        if m and (m.group("det").lower() != "the" or _definite_role(m.group("role"))):
            role = m.group("role") if m.group("det").lower() == "the" else f"{m.group('det')} {m.group('role')}"
            found.append((role, mention.start, mention.end + m.end()))
        m = _BEFORE.search(before)
        if m:
            definite = m.group("det").lower() == "the"
            named = m.group("link").strip() in ("named", "called")
            if (definite and _definite_role(m.group("role"))) or (not definite and named):
                role = m.group("role") if definite else f"{m.group('det')} {m.group('role')}"
                found.append((role, sent.start_char + m.start("det"), mention.end))
        for role, start, end in found:
            if any(w in role.lower().split() for w in PAST_ROLE_WORDS):
                continue
            yield RoleFact(
                article_id=article.id,
                person=mention.name,
                role=normalise_role(role) if not role.startswith(("a ", "an ")) else role,
                start=start,
                end=end,
                sent_start=sent.start_char,
                sent_end=sent.end_char,
                as_of=as_of,
            )


def _as_of(article: Article) -> str | None:
    """The month the article speaks of (its publication), at the precision we can be sure of."""
    dates = publication_dates(article)
    if not dates:
        return None
    months = {(d.year, d.month) for d in dates}
    if len(months) == 1:
        y, mo = months.pop()
        return f"{y:04d}-{mo:02d}"
    years = {d.year for d in dates}
    return f"{years.pop():04d}" if len(years) == 1 else None
