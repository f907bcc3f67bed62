"""Which side of a story a person stands on, for wrong choices a learner has to weigh.

A wrong "who" choice a reader rules out without knowing the answer teaches nothing. Three
things about a person, read from the deck, give such choices away:

- **standing**: a politician (an office, a command, a candidacy), a local official (a mayor, a
  sheriff), a commentator (media,
  experts, business, culture) or a private person (named in one story, with no role at all: a
  voter, a trader, a passenger); staff (spokespeople, aides, lawyers) stand beside anyone. A vice president
  is no believable speaker of a truck driver's words, nor a passenger of a Labor Secretary's;
- **party**: "Republican", "GOP", "Democrat(ic)" in a person's role, or in the words just before
  their name ("Republican presidential candidate Ted Cruz", "Gov. John Kasich (R-OH)"). Clinton
  allies praising Cruz's campaign are no choice when the deck knows the speaker a Republican;
- **camp**: a role that names another person ("a Clinton confidant", "Mrs. Clinton's campaign
  manager") puts its holder in that person's camp. A question about someone of another party
  than the answer's (a Republican's attack on "Crooked Hillary") does not take their camp as
  speakers; about someone of the answer's own party (a primary's quarrels), it may.

And a fourth about stories: **related** stories share what they are about (the people,
organisations and places both name, rarer ones counting more: a story's few nearest), so a judge
of another case is no speaker of a Clinton email quote merely for being quoted the same month.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from quizgen.constants import PARTY_SIDES, ROLE_FAMILIES, ROLE_NOUNS

POLITICAL = frozenset(["office", "military"])
LOCAL_HEADS = frozenset(["mayor", "sheriff", "councilman", "councilwoman", "councillor", "councilor", "alderman", "selectman", "police chief"])
NATIONAL_HEADS = frozenset(["senator", "governor", "president", "minister", "secretary", "representative", "congressman", "congresswoman"])
CANDIDACY = frozenset(["candidate", "nominee", "front-runner", "frontrunner", "challenger", "incumbent", "hopeful", "contender"])
# Words that put a candidacy in the past ("former presidential candidate", "the 2008 nominee":
# a year before the story's, ``running_now``), and how far apart two stories may lie for a
# candidacy read in one to be the other's contest (a cycle's campaign: two years).
PAST_CANDIDACY = frozenset(["former", "ex", "onetime", "one-time", "erstwhile", "then", "previous", "past", "defeated", "failed", "unsuccessful", "losing", "last"])
CYCLE_DAYS = 730
_ROLE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
COMMENTARY = frozenset(["media", "expert", "business", "culture"])
# A person of a party the deck names in this many stories without ever giving a role is a public
# figure (on 30 dev articles: Hillary Clinton, "D", in 19; no private person in more than 1; a
# boy's father in a custody saga is named in many stories with no party, and is no politician).
PUBLIC_STORIES = 3
PUBLIC_AS = {"public": "political"}  # a public figure is a choice where a politician is
RELATED = 0.06  # weighted overlap of two stories' names from which they tell one story
NEAREST = 3  # … or a story among the few sharing most with it, from NEAR_OVERLAP on
NEAR_OVERLAP = 0.05  # (unrelated stories of one deck share up to ~0.05: "U.S.", a president)
RARE_SHARE = 0.1  # names held by at most this share of the stories find a story's kin
# Words that may stand between a party word and the name it qualifies: the words of a title
# ("Republican presidential candidate Sen. Ted Cruz", "GOP rival Ted Cruz"), never a verb
# ("Democrats hope Donald Trump …").
_TITLE_WORDS = sorted(
    (ROLE_NOUNS | {w for phrases in ROLE_FAMILIES.values() for p in phrases for w in p.split()}
    | {"presidential", "former", "then", "primary", "party", "vice", "state", "congressional", "national",
       "senate", "house", "u.s.", "sen.", "rep.", "gov.", "lt.", "rival", "front-runner", "frontrunner", "hopeful"})
    - {"and"},  # (a role's phrase may hold "and"; between a party and a name it joins two: ``_AND_TITLE``)
    key=len, reverse=True,
)
_TITLE_SET = frozenset(_TITLE_WORDS)
_BETWEEN = "(?:\\s+(?i:" + "|".join(re.escape(w) for w in _TITLE_WORDS) + ")s?(?![\\w-]))"
# … and a second title joined by "and" ("GOP presidential contender and former neurosurgeon Ben
# Carson"): lower-case title words only, so that neither "the Republican front-runner and Hillary
# Clinton" nor "the Republican nominee and President Obama" nor "the Democratic nominee and that a
# Donald Trump presidency" joins anyone to the party.
_AND_TITLE = "(?:\\s+and" + _BETWEEN.replace("(?i:", "(?:") + "{1,3})?"
# Nouns for a party's person after the name ("Trump, the Republican front-runner", "Rubio, the
# Florida Republican", "Kasich, a Republican"): a candidacy, an office or the party's own noun.
_PARTY_NOUNS = "|".join(
    re.escape(w) for w in sorted(
        CANDIDACY | NATIONAL_HEADS | {"frontrunner", "front-runner", "rival", "leader", "lawmaker", "senator", "congressman",
                                      "congresswoman", "operative", "strategist", "donor", "chairman", "chairwoman", "hopefuls",
                                      "candidates", "nominees", "contenders"},
        key=len, reverse=True,
    )
)
def standing(
    families: Iterable[str], *, heads: Iterable[str] = (), has_role: bool, articles: int, party: bool = False
) -> str | None:
    """"political" (an office, a command or a candidacy: ``heads`` are the role nouns the person
    is titled with; or a party's public figure: of a known ``party``, named in ``PUBLIC_STORIES``
    stories or more with no role given, as the news names a front-runner it needs not
    introduce), "public" (named in as many stories with no role or party: a candidate the deck
    never titles, a boy at the heart of a custody saga — a choice only where a politician is),
    "local" (a town's or county's office: a mayor, a sheriff), "commentary", "private" or None
    (not known — staff such as spokespeople, aides and lawyers, a party's county chairman, an
    activist)."""
    families, heads = set(families), set(heads)
    if heads & LOCAL_HEADS and not heads & (CANDIDACY | NATIONAL_HEADS):
        return "local"
    if families & POLITICAL or heads & CANDIDACY:
        return "political"
    if families & COMMENTARY:
        return "commentary"
    if not has_role and articles >= PUBLIC_STORIES:
        return "political" if party else "public"
    if not has_role and articles == 1:
        return "private"
    return None


def standings_fit(answer: str | None, candidate: str | None, *, same_story: bool = True) -> bool:
    """Whether a candidate's standing is believable beside the answer's: no politician for a
    private person's or a commentator's words (a law professor's analysis, a voter's hopes), no
    private person for a politician's; commentators fit beside a politician (the experts and
    advisers of one debate). A mayor and a governor speak at one disaster's briefings, but a
    small town's mayor from another story is no voice of a presidential candidate. A public
    figure is a choice where a politician is; their own words are weighed as those of someone
    of unknown standing (a campaign chairman the deck never titles is no politician)."""
    candidate = PUBLIC_AS.get(candidate, candidate)
    answer = None if answer == "public" else answer
    if (answer, candidate) == ("political", "local"):
        return same_story
    if (answer, candidate) == ("local", "political"):
        return True
    if candidate == "political":
        return answer not in ("private", "commentary")
    return not (answer == "political" and candidate == "private")


def parties_fit(answer: set[str], candidate: set[str]) -> bool:
    """Whether two people may be of one party: unknown for either, or a party in common."""
    return not answer or not candidate or bool(answer & candidate)


def party_before(text: str, name: str) -> str | None:
    """The party the text gives ``name`` where it names them: "(R-OH)" after the name, a party
    word and title words before it (for each name of a list after a plural: "Democratic
    candidates Hillary Clinton and Bernie Sanders"), a party noun in an apposition after it
    ("Trump, the presumptive Republican nominee"), or a party's contest the name runs in ("Cruz
    won the Republican primary"); None when none or both are given.

    >>> party_before("Republican presidential candidate Ted Cruz said", "Ted Cruz")
    'R'
    >>> party_before("Gov. John Kasich (R-OH), said", "John Kasich")
    'R'
    >>> party_before("Republican candidates Ted Cruz and John Kasich said", "John Kasich")
    'R'
    """
    found = {
        party for party, named in _party_mentions(text)
        if named.startswith(name) or named.endswith(name) or _by_surname(named, name)
    }
    return found.pop() if len(found) == 1 else None


def _by_surname(named: str, name: str) -> bool:
    """Whether a party's mark names ``name`` by surname alone, maybe titled ("Hassan (D)", "Sen.
    Hassan (D)" for Maggie Hassan, whom the article names in full elsewhere)."""
    words = name.split()
    if len(words) < 2 or not named.endswith(words[-1]):
        return False
    before = named[: len(named) - len(words[-1])].split()
    return all(w.endswith(".") or w.lower() in _TITLE_SET for w in before)


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"  # capitalised words: a name, maybe titled
_PARTY = r"(Republican|GOP|Democratic|Democrat)(s?)"
# The names of a list after a plural ("Republican presidential candidates - Donald Trump, Ted Cruz
# and John Kasich"): each of them is the party's.
_MORE_NAMES = rf"(?=(?P<more>(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})?)"  # read ahead: each name may be titled anew
_PARTY_BEFORE = re.compile(
    rf"\b{_PARTY}(?P<titles>(?:{_BETWEEN}){{0,4}}){_AND_TITLE}(?P<sep>,|\s+[-—–:])?\s+(?P<named>{_NAME}){_MORE_NAMES}"
)
# "(R-OH)", "(D)" after the name, or the wire's "Dan Burton, R-Ind.," (a state after the hyphen)
# (an independent's "(I-Vt.)" gives none: Bernie Sanders runs in the Democrats' primary, and his
# aides stand beside its Democrats), and the New York Times's "Representative Peter Welch, Democrat
# of Vermont," (a party noun and its state)
_PARTY_AFTER = re.compile(
    rf"(?P<named>{_NAME})(?:\s*\((?P<party>R|D)\s*[-–,)]|,\s+(?P<wire>R|D)-(?:[A-Z][a-z]{{0,3}}\.(?:[A-Z]\.)?|[A-Z]{{2}}\b)"
    rf"|,\s+(?P<noun>Republican|Democrat)\s+of\s+[A-Z])"
)
# "Trump, the presumptive Republican nominee", "Rubio, the Florida Republican,", "Kasich, a Republican":
# the apposition's party noun (a candidacy, an office), or the party's own noun ending it.
_PARTY_APPOSED = re.compile(
    rf"(?P<named>{_NAME}),\s+(?:the|a|an)\s+(?:(?!and\b)[A-Za-z][\w-]*\s+){{0,3}}?"
    rf"(?:(?P<party>Republican|GOP|Democratic)(?:\s+[a-z-]+){{0,2}}?\s+(?i:{_PARTY_NOUNS})\b(?!\s+and\b)"
    rf"|(?P<noun>Republican|Democrat)(?=\s*[,;.]|\s+who\b))"
)
# "Cruz won the Republican primary", "Kasich, who is seeking the GOP nomination", "John Kasich's
# campaign for the Republican presidential nomination": a party's contest is run in by its own.
_CONTEST_VERBS = (
    "won|wins|winning|lost|loses|losing|clinched|clinches|captured|captures|took|takes|leads|led|leading|"
    "seeking|seeks|sought|entered|enters|joined|joins|running for|ran for|runs for|campaigning for|"
    "campaign for|bid for|run for|quest for"
)
_PARTY_CONTEST = re.compile(
    rf"(?P<named>{_NAME})(?:['’]s?|,\s+who\s+(?:is|was|has|had)(?:\s+been)?)?\s+(?:has\s+|had\s+|is\s+|was\s+)?"
    rf"(?:{_CONTEST_VERBS})\s+the\s+(?P<party>Republican|GOP|Democratic)\s+(?:presidential\s+)?"
    r"(?:primary|primaries|nomination|caucus|caucuses|race|contest|field|nod)\b"
)


@lru_cache(maxsize=256)
def _party_mentions(text: str) -> tuple[tuple[str, str], ...]:
    """(party, the words that follow or precede it) for each party mark of a text (read once
    per article, not once per name)."""
    out = []
    for m in _PARTY_BEFORE.finditer(text):
        party = PARTY_SIDES[m.group(1).lower()]
        titles = m.group("titles").split()
        plural = bool(m.group(2)) or bool(titles and titles[-1].lower().endswith("s") and titles[-1].lower() not in _SINGULAR_S)
        if plural and m.group("sep") == ",":
            continue  # "unlike their Republican counterparts, Hillary Clinton, …": a contrast, no apposition
        out.append((party, m.group("named")))
        if plural and m.group("more"):  # "Democratic candidates Hillary Clinton and Bernie Sanders"
            out += [(party, n) for n in re.findall(_NAME, m.group("more"))]
    out += [
        (m.group("party") or m.group("wire") or PARTY_SIDES[m.group("noun").lower()], m.group("named"))
        for m in _PARTY_AFTER.finditer(text)
    ]
    for m in _PARTY_APPOSED.finditer(text):
        out.append((PARTY_SIDES[(m.group("party") or m.group("noun")).lower()], m.group("named")))
    out += [(PARTY_SIDES[m.group("party").lower()], m.group("named")) for m in _PARTY_CONTEST.finditer(text)]
    return tuple(out)


_SINGULAR_S = frozenset(["u.s.", "congress", "boss", "chairs"])  # title words ending in "s" that are no plural

# "the Sanders campaign", "Kasich's presidential bid", "Carson's candidacy": a surname's campaign is
# a run (which contest is ``running_now``'s and ``Cast._candidacy``'s: the story's date).
_CAMPAIGN = re.compile(
    r"\b(?P<who>[A-Z][a-z][\w-]*)(?:['’]s?)?\s+(?:(?:presidential|White\s+House|primary|insurgent|upstart)\s+)?"
    r"(?:campaign|candidacy|bid)\b"
)


def runs_in(text: str, name: str, published: dt.date | None = None) -> bool:
    """Whether the text puts ``name`` in a race where it names them: a candidacy word among the
    title words of a party before the name ("Republican presidential hopeful Sen. Ted Cruz", "GOP
    presidential contender and former neurosurgeon Ben Carson") or in a party's apposition after
    it ("Trump, the presumptive Republican nominee"), or a party's contest the name runs in ("Cruz
    won the Republican primary") — never with a word or a year putting it in the past ("the 2008
    Republican nominee", "former presidential candidate").

    >>> runs_in("Republican presidential hopeful Sen. Ted Cruz said", "Ted Cruz")
    True
    >>> runs_in("Republican Sen. Ted Cruz said", "Ted Cruz")
    False
    """
    return any(
        (named.startswith(name) or named.endswith(name)) and _current(words, published)
        for words, named in _candidacy_mentions(text)
    )


# "candidates such as Christie and Jindal", "contenders including Sen. Marco Rubio": the field's
# names, each by its last word (a surname, as ``campaigns_in`` gives them)
_FIELD_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_FIELD = re.compile(
    rf"\b(?:candidates|contenders|hopefuls|rivals)\s+(?:such\s+as|like|including)\s+"
    rf"(?P<names>{_FIELD_NAME}(?:,\s+{_FIELD_NAME})*(?:,?\s+and\s+{_FIELD_NAME})?)"
)


def campaigns_in(text: str, published: dt.date | None = None) -> frozenset[str]:
    """The surnames whose campaign the text names ("the Sanders campaign", "Kasich's bid") or whom
    it lists among a field's candidates ("candidates such as Christie and Jindal"), not one it puts
    in the past ("the 2008 Obama campaign", "his former campaign", "candidates such as Mitt Romney
    in 2012")."""
    found = {
        m.group("who") for m in _CAMPAIGN.finditer(text)
        if _current(text[max(0, m.start() - 30) : m.end()], published)
    }
    for m in _FIELD.finditer(text):
        if _current(text[max(0, m.start() - 30) : m.end() + 20], published):
            found.update(n.split()[-1] for n in re.split(r",?\s+and\s+|,\s+", m.group("names")))
    return frozenset(found)


def _current(words: str, published: dt.date | None) -> bool:
    """Whether a candidacy's words hold no word or year putting it in the past."""
    if set(re.findall(r"[a-z]+", words.lower())) & PAST_CANDIDACY:
        return False
    return published is None or all(int(y) >= published.year for y in _ROLE_YEAR.findall(words))


@lru_cache(maxsize=256)
def _candidacy_mentions(text: str) -> tuple[tuple[str, str], ...]:
    """(the words that make it a candidacy, the name) for each candidacy ``runs_in`` reads in a
    text (read once per article, not once per name). The words are the title holding the
    candidacy word ("presidential contender" of "GOP presidential contender and former
    neurosurgeon", whose "former" is the surgeon's) with the few words before the party word
    ("the 2008 Republican nominee")."""
    out = []
    for m in _PARTY_BEFORE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        titles = [t for t in re.split(r"\s+and\s+", text[m.start() : m.start("named")]) if _candidacy_word(t)]
        if not titles:
            continue
        heads = m.group("titles").split()
        plural = bool(m.group(2)) or bool(heads and heads[-1].lower().endswith("s") and heads[-1].lower() not in _SINGULAR_S)
        if plural and m.group("sep") == ",":
            continue  # a contrast ("unlike their Republican counterparts, Hillary Clinton"), no apposition
        words = before + titles[0]
        out.append((words, m.group("named")))
        if plural and m.group("more"):
            out += [(words, n) for n in re.findall(_NAME, m.group("more"))]
    for m in _PARTY_APPOSED.finditer(text):
        words = text[m.end("named") : m.end()]
        if _candidacy_word(words):
            out.append((words, m.group("named")))
    out += [(m.group(0), m.group("named")) for m in _PARTY_CONTEST.finditer(text)]
    return tuple(out)


def _candidacy_word(words: str) -> bool:
    """Whether words hold a candidacy noun ("candidate", "hopefuls", "presumptive nominee", …), not
    a running mate's ("vice presidential candidate": chosen in summer, no rival of the primaries'
    candidates). A party's "nominee" alone is as often one of a past contest the sentence names elsewhere
    ("percent for GOP nominee Mitt Romney" in 2012, "GOP nominees Sen. John McCain and Mitt
    Romney"): only a presumptive one is running."""
    found = re.findall(r"[a-z-]+", words.lower())
    if "vice" in found:  # a running mate's race ("vice presidential candidate Mike Pence") is not the primary's
        return False
    return any(
        (w in CANDIDACY or (w.endswith("s") and w[:-1] in CANDIDACY))
        and (not w.startswith("nominee") or "presumptive" in found)
        for w in found
    )


# Whom a person backs, as the text says where it names them: "Ed Rendell, one of Clinton's most
# vocal supporters", "Jay Jacobs, a Clinton supporter", "James Zogby, a Sanders superdelegate",
# "Sander M. Levin (D-Mich.), a superdelegate supporting Clinton", "Norm Coleman, the former senator
# who is supporting Mr. Rubio", "Dottie Deans, the chairwoman of the party, is supporting Sanders".
_BACKER_NOUNS = r"(?:supporters?|backers?|allies|ally|surrogates?|endorsers?|superdelegates?|delegates?|loyalists?)"
_BACKING_VERBS = r"(?:supporting|backing|endorsing|endorsed|supports|backs)"
_LEADER = r"(?:(?:Mr|Mrs|Ms|Sen|Gov|Dr|Rep)\.\s+)?(?P<leader>[A-Z][a-z][\w-]*)"
_BACKER_NAME = rf"(?P<named>{_NAME})(?:\s*\([^)]{{1,20}}\))?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
_BACKINGS = tuple(
    re.compile(rf"{_BACKER_NAME},\s+{tail}")
    for tail in (
        # an apposition naming the camp: "a Clinton supporter", "one of Clinton's most vocal supporters"
        rf"(?:a|an|one\s+of|the)\s+(?:[a-z-]+\s+){{0,3}}?{_LEADER}(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}?{_BACKER_NOUNS}\b",
        # … or backing them: "a superdelegate supporting Clinton", "the former senator who is supporting Mr. Rubio"
        rf"[^,.;()]{{0,60}}?\b(?:who\s+(?:is\s+|was\s+|has\s+|had\s+)?|[a-z]+\s+){_BACKING_VERBS}\s+{_LEADER}",
        # … or, after an apposition, the sentence's verb: "Dottie Deans, the chairwoman …, is supporting Sanders"
        rf"[^,.;()]{{0,80}},\s+(?:is|was|has\s+been)\s+{_BACKING_VERBS}\s+{_LEADER}",
    )
)
_NOT_BACKING = frozenset(["not", "never", "no", "former", "formerly", "once", "against", "opposing", "for"])


@lru_cache(maxsize=256)
def _backings(text: str) -> tuple[tuple[str, str], ...]:
    """(the name, the word naming whom they back) for each backing ``backs_in`` reads in a text
    (read once per article): none whose words deny it or put it in the past ("who never
    supported Clinton", "a former Sanders delegate") or make it another's ("who attacked him for
    endorsing Cruz")."""
    out = []
    for m in (m for pattern in _BACKINGS for m in pattern.finditer(text)):
        before = text[m.end("named") : m.start("leader")]
        words = set(re.findall(r"[a-z]+['’]?t?", before.lower())[-3:])  # the few words before whom they back
        if not words & _NOT_BACKING and not any(w.endswith(("n't", "n’t")) for w in words):
            out.append((m.group("named"), m.group("leader")))
    return tuple(out)


def backs_in(text: str, name: str) -> frozenset[str]:
    """The words (surnames, as written) of the people the text says ``name`` backs: a supporter, an
    ally, a delegate of theirs ("Jay Jacobs, a Clinton supporter" → {"Clinton"}).

    >>> sorted(backs_in("said Ed Rendell, one of Clinton's most vocal supporters.", "Ed Rendell"))
    ['Clinton']
    """
    return frozenset(
        leader for named, leader in _backings(text)
        if named.startswith(name) or named.endswith(name) or _by_surname(named, name)
    )


def camps_in(role: str | None, surnames: Iterable[str], *, own: str) -> set[str]:
    """The surnames of other people a role names ("a Clinton confidant" → {"Clinton"})."""
    if not role:
        return set()
    words = set(re.findall(r"[A-Z][\w'’-]*", role.replace("pro-", "")))
    words = {re.sub(r"['’]s?$", "", w) for w in words}
    known = _as_set(surnames)
    return {w for w in words if w in known and w != own}


def targets_in(question: str, surnames: Iterable[str], first_names: Mapping[str, set[str]]) -> set[str]:
    """The surnames of the deck's people a question names, by surname or first name ("Crooked
    Hillary" → {"Clinton"})."""
    words = {re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Z][\w'’-]*", question)}
    known = _as_set(surnames)
    out = {w for w in words if w in known}  # the question's few words, not the deck's every surname
    for w in words:
        out |= first_names.get(w, set())
    return out


def _as_set(names: Iterable[str]) -> AbstractSet[str]:
    return names if isinstance(names, (set, frozenset)) else set(names)


class Topics:
    """What each story is about (the names it holds), weighed by how few stories share them
    (a name every story holds weighs nothing)."""

    def __init__(self, names: Mapping[str, Iterable[str]]):
        self.names = {a: frozenset(n) for a, n in names.items()}
        counts = Counter(n for ns in self.names.values() for n in ns)
        total = max(1, len(self.names))
        self.weight = {n: math.log(total / c) for n, c in counts.items()}
        self._mass = {a: sum(self.weight[n] for n in ns) for a, ns in self.names.items()}
        # Stories by their rarer names: a story's kin share at least one (no pass over the deck
        # for each story: decks run to thousands of stories).
        rare = max(2, RARE_SHARE * total)
        self._holding: dict[str, list[str]] = {}
        for a, ns in self.names.items():
            for n in ns:
                if counts[n] <= rare:
                    self._holding.setdefault(n, []).append(a)
        self._related: dict[str, frozenset[str]] = {}

    def overlap(self, a: str, b: str) -> float:
        """Weighted Jaccard of two stories' names (1 the same story, 0 nothing in common)."""
        if a == b:
            return 1.0
        x, y = self.names.get(a, frozenset()), self.names.get(b, frozenset())
        shared = sum(map(self.weight.__getitem__, x & y))  # the same sum, in the same order, without a generator
        union = self._mass.get(a, 0.0) + self._mass.get(b, 0.0) - shared
        return shared / union if union else 0.0

    def related_to(self, a: str) -> frozenset[str]:
        """The stories telling story ``a``: sharing ``RELATED`` of the names, or among the
        ``NEAREST`` sharing most from ``NEAR_OVERLAP`` on (found once per story)."""
        if a not in self._related:
            kin = {b for n in self.names.get(a, ()) for b in self._holding.get(n, ()) if b != a}
            ranked = sorted(((self.overlap(a, b), b) for b in kin), key=lambda ob: (-ob[0], ob[1]))
            self._related[a] = frozenset(
                b for i, (o, b) in enumerate(ranked) if o >= RELATED or (i < NEAREST and o >= NEAR_OVERLAP)
            )
        return self._related[a]

    def related(self, a: str, others: Iterable[str]) -> bool:
        """Whether any of ``others`` tells story ``a`` (no names known for ``a``: related)."""
        if not self.names.get(a):
            return True
        return not self.related_to(a).isdisjoint(others)


# A race for a party's seat rather than an office ("a candidate for alternate from the state's 2nd
# District", "candidate for national delegate"): the campaign family's delegates (``ROLE_FAMILIES``).
_STAFF_RACE = re.compile(
    r"\b(?:candidate|nominee|hopeful|contender)s?\s+(?:to\s+be\s+|for\s+)(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:alternate|delegate|superdelegate)s?\b",
    re.IGNORECASE,
)


def staff_race(role: str) -> bool:
    """Whether a role's candidacy is for a party's seat, no office ("a candidate for alternate from
    the state's 2nd District"): its holder is a delegate's kind, no politician."""
    return _STAFF_RACE.search(role) is not None


def running_now(role: str, head: str, published: dt.date | None) -> bool:
    """Whether a role (its title's ``head`` as ``titles`` reads it) puts its holder in the
    story's own contest: a candidacy word in the head, no word putting it in the past
    ("former", "then-", "unsuccessful") and no year before the story's ("the 2008 Republican
    nominee" in a story of 2016 ran in another contest).

    >>> running_now("Republican presidential candidate", "presidential candidate", dt.date(2016, 3, 1))
    True
    >>> running_now("the 2008 Republican nominee", "nominee", dt.date(2016, 3, 1))
    False
    >>> running_now("former presidential candidate", "presidential candidate", dt.date(2016, 3, 1))
    False
    """
    if not any(word in CANDIDACY for word in head.split()):
        return False
    if staff_race(role):
        return False
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", role.lower())) | set(re.findall(r"[a-z]+", role.lower()))
    if words & PAST_CANDIDACY:
        return False
    return published is None or all(int(y) >= published.year for y in _ROLE_YEAR.findall(role))
