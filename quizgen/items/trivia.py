"""Kinds of trivia a teacher would not ask: read from where a card's blank stands in its sentence.

A key fact and a trivial one can look alike (two dates, two sums of money); what tells them apart
is the sentence around the answer: the day a newspaper *reported* something rather than the day
it happened, a sum restated in parentheses or "…, or $1.43 a share", a poll's margin of error or
sample size, a share's routine closing price. ``trivia_kind`` names the kind, or None; ranking
keeps such a card but puts it after the story's facts (``TRIVIA_FACTOR``).
"""

from __future__ import annotations

import re

from quizgen.ingest.articles import MONTHS
from quizgen.items.date_choices import month_said
from quizgen.items.outlet_cards import told_outlet

BLANK = "____"
# What a newspaper or a letter did, not what happened: "a newspaper reported ____",
# "the Times reported on ____", "On ____, the Buffalo News reported", "said in a letter on ____"
# (not "they met ____, a newspaper reported": that blank is the meeting's).
REPORT_VERBS = r"(?:reported|reports|wrote|published|tweeted|posted|said in an? (?:letter|statement|report|e-?mail|memo))"
REPORT_DATE = re.compile(
    rf"\b{REPORT_VERBS}\s+(?:on\s+|last\s+|early\s+|late\s+)?{BLANK}"
    rf"|\b(?:letter|memo|e-?mail)s?\b(?:\s+[\w’'.,-]+){{0,5}}?\s+(?:on|dated)\s+{BLANK}"
    rf"|^(?:On\s+)?{BLANK}\s*,?\s+(?:(?:the|a|an)\s+)?(?:[\w’'.-]+\s+){{0,3}}{REPORT_VERBS}\b",
    re.IGNORECASE,
)
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion"
# A figure restated: "one million shares, or ____ of the total", "$13.7 million, or ____ a share",
# "(about ____)"; the fact is the first figure.
CONVERSION = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORDS})\b)[^,;.()]{{0,40}},\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?{BLANK}"
    rf"|\b(?:equivalent to|the equivalent of)\s+(?:about\s+|roughly\s+)?{BLANK}",
    re.IGNORECASE,
)
# How a poll was taken, not what it found: the blank is the margin of error or the sample
# ("a margin of error of ____", "surveyed ____ people", "among ____ randomly selected voters"),
# not the finding the same sentence reports ("… found that ____ opposed the plan").
METHODOLOGY = re.compile(
    rf"\b(?:margin of (?:sampling )?error|sampling error)(?:\s+(?:of|was|is))?\s+(?:\+/-\s*|plus or minus\s+)?{BLANK}"
    rf"|\bplus or minus\s+{BLANK}"
    rf"|\b(?:surveyed|interviewed|polled|sampled|questioned)\s+{BLANK}"
    rf"|\b(?:survey|poll|sample|sampling)\b[^.;]{{0,30}}?\b(?:of|consisted of|size of)\s+{BLANK}"
    rf"|{BLANK}\s+(?:[\w-]+\s+){{0,3}}(?:respondents|people|adults|voters|residents)\s+(?:were\s+)?(?:surveyed|interviewed|polled)",
    re.IGNORECASE,
)
# "among ____ registered voters" is a poll's sample only in a sentence about a poll ("the mother
# was among ____ people who died" is a death toll).
AMONG_SAMPLE = re.compile(rf"\bamong\s+{BLANK}\s+(?:randomly|registered|likely|adults|people|respondents|voters|residents)", re.IGNORECASE)
POLL_WORDS = re.compile(r"\b(?:poll|polled|survey|surveyed|sample|interviewed|respondents|conducted)\b", re.IGNORECASE)
# A day's closing price on the exchange: market routine, not the story.
# (a dollar may carry its country's letters: "closed at C$35", "US$12.50", "HK$3")
MARKET_CLOSE = re.compile(
    r"\bcomposite trading\b|\bclos(?:ed|ing)\s+(?:[\w.%]+\s+){0,3}at\s+(?:(?:[A-Z]{1,2})?[$£€]|____)"
    r"|\b(?:Stock Exchange|Nasdaq|over-the-counter)\s+trading\b",
    re.IGNORECASE,
)


# A share price's move on a day: the market's routine, not the story ("the stock fell 25 cents ____").
SHARE_WORDS = re.compile(r"\b(?:stock|shares|share price|composite trading|over-the-counter trading|Big Board|Nasdaq)\b", re.IGNORECASE)
PRICE_MOVES = re.compile(
    r"\b(?:rose|fell|gained|lost|closed|dropped|slipped|jumped|climbed|declined|eased|slid|surged|tumbled|"
    r"plunged|plummeted|soared|sank|leaped|leapt|skidded|"
    r"(?:was|were)\s+(?:up|down|unchanged))\b",
    re.IGNORECASE,
)
# A date the story looks back to: the blank stands just after "earlier", "previously", "since"
# (not "earlier on ____": a day of the story's own week), a part of the month or year between
# them ("since early ____", "back in late ____", "since mid-____": the same look back),
# or its words were "last year", "earlier this year", "years ago" (the evidence keeps them).
LOOKING_BACK = re.compile(
    rf"\b(?:earlier|previously|formerly|already|since|back)\s+(?:in\s+)?(?:(?:early|late|mid)(?:\s+|-))?{BLANK}",
    re.IGNORECASE,
)
BACK_WORDS = re.compile(
    r"\b(?:last|earlier this|earlier that|the previous|the prior)\s+year\b|\ba year (?:ago|earlier|before)\b"
    r"|\byears ago\b|\bthe year before\b",
    re.IGNORECASE,
)  # not "last month": a month back is still the story's time
# The story's own year said as "this year" (a year-precision date; "January this year" is a month):
# a card would ask the year the article appeared.
OWN_YEAR = re.compile(r"\bthis year\b", re.IGNORECASE)
# The year of a part of a year: "the third quarter of ____", "the last three months of ____",
# "the first half of ____". The part is the news (a quarter's results, a haul);
# its year is the one just passed or under way, which the story's date already tells.
# So is the year a sum was made in: "collected $112 million in ____" (the sum is the news).
PERIOD_YEAR = re.compile(
    rf"\b(?:quarter|half|months|weeks)\s+of\s+{BLANK}"
    rf"|[$£€]\s?\d[\d.,]*\s*(?:million|billion|trillion|[mb]n)?\b(?:\s+[\w’'-]+){{0,3}}?\s+in\s+{BLANK}",
    re.IGNORECASE,
)
# A year a figure is compared with ("up 21.2 pct on 1985's 660 mln profit", "from 1985", "than in
# 1985"): a blanked year next to it is the period after or before (j83: "profit for ____ … up
# 21.2 pct on 1985's" gives 1986 away).
# The base may name its figure first ("from a 5.80 mln dlr profit in 1985", j86).
COMPARED_YEAR = re.compile(
    r"\b(?:on|from|over|against|than|versus|vs\.?)\s+(?:[\w.$’'-]+\s+){0,6}?(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|\bwith\s+(?:in\s+)?(?:the\s+)?(?P<with_year>(?:19|20)\d\d)\b"
)


def _next_to_compared_year(value: str, sentence: str) -> bool:
    if not value.isdigit():
        return False
    return any(abs(int(m.group("year") or m.group("with_year")) - int(value)) == 1 for m in COMPARED_YEAR.finditer(sentence))


# A month joined to the blank ("late in ____ and early March", "____ through March", "from
# January to ____"): the card's blank is the month next to it, which the question gives away (j84).
_MONTH_WORD = r"\[?(?:in\s+)?(?P<{0}>[A-Z][a-z]+)(?:\s+\d{{4}})?\]?"  # "March", "[in February 1987]"
_JOINING = r"\s+(?:and|or|to|through|until|-|–)\s+(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of)?\s*(?:in\s+)?"
_JOINED_MONTH = re.compile(rf"{BLANK}{_JOINING}{_MONTH_WORD.format('after')}|{_MONTH_WORD.format('before')}{_JOINING}{BLANK}")


def _beside_its_next_month(value: str, sentence: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d\d", value):
        return False
    month = int(value[5:])
    for m in _JOINED_MONTH.finditer(sentence):
        other = MONTHS.get((m.group("after") or m.group("before")).lower())
        if other is not None and abs(other - month) in (1, 11):
            return True
    return False


# A month the question names elsewhere ("cut twice in ____, the last after the March 17 budget"):
# a month-and-year blank is that month, and the question gives it away (j87).
def _names_its_month(value: str, sentence: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d\d", value)) and month_said(sentence.replace(BLANK, " "), int(value[5:]))


# A figure given only to compare: "in the year-ago quarter earned ____", "from ____ a year earlier",
# "compared with ____ last year"; and a running tally that the next update replaces ("so far").
COMPARISON = re.compile(
    rf"\b(?:year-ago|year-earlier|prior-year|a year (?:earlier|ago|before))\b[^.;]{{0,60}}?{BLANK}"
    rf"|\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|roughly\s+)?{BLANK}[^.;]{{0,40}}?"
    rf"\b(?:a year (?:earlier|ago|before)|in the year-(?:ago|earlier)|last year|the (?:previous|prior|year-earlier) (?:year|quarter|period))",
    re.IGNORECASE,
)
# A figure of an earlier state of things, given as background to the news: the blank's clause
# opens on (or its noun phrase carries) a marker of the past ("The previous pact was valued at
# ____", "Under prior terms, holders would have received ____", "Previously, X disclosed a stake of
# ____", "had previously given ____", "an earlier announcement to spend ____", "last year's ____"). "earlier" counts only as an
# adjective after a determiner: "police said earlier today that ____ died" is the news.
PRIOR_FIGURE = re.compile(
    rf"(?:\b(?:the|a|an|its|his|her|their|under)\s+(?:\w+\s+)?(?:previous|prior|earlier)\s"
    rf"|^(?:earlier|before that|in the past)\s*,"
    rf"|\b(?:previously|formerly)\b"
    rf"|\blast year['’]s\b|\bthe year before['’]s\b)[^.;:]{{0,60}}?{BLANK}",
    re.IGNORECASE,
)
# A company's share count: "Home Nutritional has ____ shares outstanding" (not "tendering ____ of
# all shares outstanding" nor "the redemption of all the ____ shares outstanding": what is done
# with them is the news).
# (averaged over a period too: "Jayark had an average of ____ shares outstanding")
SHARE_COUNT = re.compile(
    rf"\b(?:has|had|have)\s+(?:an average of\s+)?(?:about\s+|some\s+|roughly\s+)?{BLANK}\s+(?:common\s+|ordinary\s+|preferred\s+)?shares\s+outstanding\b",
    re.IGNORECASE,
)
# A day's trading: a share price moving by the figure ("nose-dived ____ a share", "fell ____, to
# $100"), an index moving by points in a sentence about the market (a poll's lead moves by
# points too), or the day's volume ("Volume on the exchange totaled ____ shares").
# The day of a share count: "As of ____, Philip Morris had 926 million shares outstanding".
SHARES_HELD = re.compile(r"\b(?:has|had|have)\s+(?:about\s+)?[\d.,]+(?:\s+(?:million|billion))?\s+(?:common\s+)?shares\s+outstanding\b", re.IGNORECASE)
# A security's record date, said in words the parse may hang on another verb ("will issue rights
# to shareholders of record on ____"): a term of the instrument, as ``DateFact.occasion`` "term" reads it.
RECORD_DATE = re.compile(rf"\bof record\s+(?:on\s+|as of\s+)?{BLANK}|\brecord date\b[^.;]{{0,30}}?{BLANK}", re.IGNORECASE)
# Currencies whose day's rate a market report gives ("the euro rose to ____ from $1.1074").
CURRENCY_NAMES = r"euro|pound|yen|dollar|franc|peso|yuan|ruble|rouble|rupee|lira|sterling"
MOVE_VERBS = (
    r"(?:rose|fell|gained|lost|dropped|slipped|jumped|climbed|declined|eased|slid|surged|tumbled|plunged|"
    r"soared|sank|nose-dived|advanced|retreated|shed)"
)
# A share price's quote line moves by a sum, restates it as a percentage and gives the price it
# reached, in dollars and cents with no "million" ("Amazon rose $6.20, or 1 percent, to $758.81";
# "revenue rose $6 million, or 10 percent, to $68 million" is an earnings story's news).
SHARE_PRICE = r"[$£€]\d[\d,]*\.\d\d\b(?!\s*(?:million|billion|trillion|[mb]n)\b)"
RESTATED_MOVE = r",\s+or\s+(?:about\s+)?(?:[\d.]+\s*(?:%|percent|per cent)|____)\s*,\s+to\s+"
PRICE_MOVE = re.compile(
    rf"\b{MOVE_VERBS}\s+(?:about\s+|nearly\s+|some\s+)?{BLANK}(?:\s+(?:a share|cents)\b|,\s+to\s+[$£€]\d)"
    rf"|\b{MOVE_VERBS}\s+(?:{BLANK}|[$£€]?[\d.,]+(?:\s+cents)?){RESTATED_MOVE}(?:{SHARE_PRICE}|{BLANK})"
    rf"|\b(?:the\s+)?(?:{CURRENCY_NAMES})\s+(?:{MOVE_VERBS}|traded|stood|was quoted|finished|ended)\s+(?:at\s+|to\s+)?{BLANK}"
    rf"|\b(?:volume|turnover)\b[^.;]{{0,60}}?\b(?:totaled|totalled|was|reached|of)\s+(?:about\s+)?{BLANK}\s+shares",
    re.IGNORECASE,
)
# A security's quote line: a day's move and the price it closed at, in a price with pence or cents
# ("shares in Centrica added ____ at 243.50 pence", "closing up 3.38 percent at ____ euros",
# "rose 2.71 percent to 64.45 euros"); not a sum in millions nor a rate ("rose 0.3 percent to 2.15 percent").
QUOTE_LINE = re.compile(
    rf"\b(?:{MOVE_VERBS}|added|up|down|higher|lower)\s+(?:by\s+)?(?:{BLANK}|\d[\d.,]*\s*(?:%|percent\b|per cent\b))"
    rf"\s+(?:at|to)\s+(?:{BLANK}|[$£€]?\d[\d,]*\.\d\d\b)(?!\s*(?:million|billion|trillion|[mb]n|%|percent|per cent|points?)\b)",
    re.IGNORECASE,
)
PRICE_ANSWER = re.compile(r"[$£€]?\d[\d,]*\.\d\d")  # a price in pence or cents, no "million"
# The price a move took a stock to: "Compaq nose-dived $8.625 a share, to ____" (in a sentence
# about stock: "revenue rose 4% to ____" is an earnings story's news).
PRICE_AFTER_MOVE = re.compile(rf"\b{MOVE_VERBS}\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,40}}?\bto\s+{BLANK}", re.IGNORECASE)
INDEX_MOVE = re.compile(rf"\b{MOVE_VERBS}\s+(?:about\s+|nearly\s+|some\s+)?{BLANK}\s+points?\b", re.IGNORECASE)
# … or by a percentage the blank holds ("stocks dropped ____" → "more than 2 percent"), when the
# mover, just before the verb, is the market ("stocks", "the Dow", "the index"), not a company's sales.
SHARE_OF_MOVE = re.compile(rf"(?P<mover>[^.;,]{{0,60}}?)\b{MOVE_VERBS}\s+(?:by\s+)?{BLANK}", re.IGNORECASE)
MOVE_TO_BLANK = re.compile(rf"\b{MOVE_VERBS}\s+(?:by\s+)?{BLANK}", re.IGNORECASE)
PERCENT_ANSWER = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
MARKET_WORDS = re.compile(r"\b(?:stocks|index|average|Dow|Nasdaq|Big Board|Stock Exchange|issues)\b", re.IGNORECASE)
RUNNING_TALLY = re.compile(r"\bso far\b|\bto date\b|\bas of (?:now|this writing|press time)\b", re.IGNORECASE)


_last_read: tuple = (None, None)  # (item, its kind): the deck reads each card twice, back to back


def trivia_kind(item) -> str | None:
    """Which kind of trivia the card's wording shows ("report date", "year in a quote",
    "market day", "looking back", "story's own year", "period's year", "restated figure", "parenthetical", "poll method",
    "market close", "comparison figure", "earlier figure", "share count", "instrument term", "market move", "running tally", "outlet told",
    "month beside the next"), or None for a fact that may matter.
    The day someone spoke ("said on ____", "in an interview in ____") is not read here but from
    the parse (``DateFact.occasion`` "remark", ``worth.occasion_kind``).

    >>> from types import SimpleNamespace as N
    >>> trivia_kind(N(kind="date", style="cloze", question="Kopp fled, a newspaper reported ____.", evidence=[]))
    'report date'
    """
    # Ranking and ``worth.not_worth`` read each card one after the other: a frozen card (a deck's
    # item) is read once. Other objects (tests' stand-ins) may change between reads.
    global _last_read
    last_item, last_kind = _last_read  # one snapshot: another thread may replace it meanwhile
    if last_item is item:
        return last_kind
    kind = _trivia_kind(item)
    if getattr(type(item), "model_config", {}).get("frozen"):
        _last_read = (item, kind)
    return kind


def _trivia_kind(item) -> str | None:
    if item.kind == "quote":
        return "bare quote" if _bare_quote(item) else None
    if item.kind == "event":
        return "outlet told" if told_outlet(item) else None
    sentence, at = _sentence_and_blank(item)
    if at is None:
        return None
    if item.kind == "date":
        if REPORT_DATE.search(sentence):
            return "report date"
        # a bare year inside a quotation: the speaker's "this year", not the story's date
        if len(getattr(item, "value", "")) == 4 and _inside_quotation(sentence, at):
            return "year in a quote"
        if (SHARE_WORDS.search(sentence) and PRICE_MOVES.search(sentence)) or MARKET_CLOSE.search(sentence):
            return "market day"  # "In over-the-counter trading ____, Jayark was quoted at 87.5 cents bid"
        if SHARES_HELD.search(sentence):
            return "share count"
        if RECORD_DATE.search(sentence):
            return "instrument term"
        if LOOKING_BACK.search(sentence) or _blanked_words(item, sentence, BACK_WORDS):
            return "looking back"
        if len(getattr(item, "value", "")) == 4 and _blanked_words(item, sentence, OWN_YEAR):
            return "story's own year"
        if len(getattr(item, "value", "")) == 4 and (PERIOD_YEAR.search(sentence) or _next_to_compared_year(item.value, sentence)):
            return "period's year"
        if _beside_its_next_month(getattr(item, "value", ""), sentence):
            return "month beside the next"
        if _names_its_month(getattr(item, "value", ""), sentence):
            return "month the question names"
        return None
    if item.kind != "number":
        return None
    if _inside_parentheses(sentence, at, item.answer):
        return "parenthetical"
    if CONVERSION.search(sentence):
        return "restated figure"
    if METHODOLOGY.search(sentence) or (AMONG_SAMPLE.search(sentence) and POLL_WORDS.search(sentence)):
        return "poll method"
    if MARKET_CLOSE.search(sentence):
        return "market close"
    if COMPARISON.search(sentence):
        return "comparison figure"
    if PRIOR_FIGURE.search(sentence):
        return "earlier figure"
    if SHARE_COUNT.search(sentence):
        return "share count"
    if PRICE_MOVE.search(sentence) or (PRICE_AFTER_MOVE.search(sentence) and SHARE_WORDS.search(sentence)):
        return "market move"
    quoted = QUOTE_LINE.search(sentence)
    if quoted and (not quoted.group(0).endswith(BLANK) or PRICE_ANSWER.fullmatch(item.answer or "")):
        return "market move"  # "Suez … closing up ____ at 26.03 euros"; "rose 2.71 percent to ____ euros" → 64.45
    if INDEX_MOVE.search(sentence) and MARKET_WORDS.search(sentence):
        return "market move"
    # ``SHARE_OF_MOVE`` tries its mover's 60 characters at every position: asked only of a
    # percentage, and only where its verb and blank stand (``MOVE_TO_BLANK``, which every match holds).
    if PERCENT_ANSWER.search(item.answer or "") and MOVE_TO_BLANK.search(sentence):
        moved = SHARE_OF_MOVE.search(sentence)
        if moved and MARKET_WORDS.search(moved.group("mover")):
            return "market move"
    if RUNNING_TALLY.search(sentence):
        return "running tally"
    return None


# Words that only attribute a quote: what is left of '"Absolutely," ____ said.' once its quote goes.
ATTRIBUTION_WORDS = frozenset(
    ["said", "says", "say", "told", "added", "replied", "answered", "asked", "who", "the", "a", "an",
     "he", "she", "they", "him", "her", "them", "me", "us", "reporters"]
)


def _bare_quote(item) -> bool:
    """A quote of one or two words that its card gives nothing around ('"Absolutely," ____
    said.'): no statement to learn, no context to tell its speaker."""
    quote = getattr(item, "quote", "") or ""
    if len(re.findall(r"[\w’'-]+", quote)) > 2:
        return False
    rest = item.question.replace(quote, " ").replace(BLANK, " ")
    words = [w for w in re.findall(r"[A-Za-z’'-]+", rest) if w.lower() not in ATTRIBUTION_WORDS]
    return len(words) <= 1  # the speaker's title at most: '"But why?" reporter ____ asked him.'


def _blanked_words(item, sentence: str, words: re.Pattern[str]) -> bool:
    """Whether the date's own words were ``words`` ("last year", "this year"): the evidence says
    them, the card's sentence (which blanked them) does not."""
    said = sum(len(words.findall(e.text)) for e in item.evidence[:1])
    return said > len(words.findall(sentence))


def _inside_quotation(sentence: str, at: int) -> bool:
    before = sentence[:at]
    curly = before.count("“") > before.count("”")
    return curly or (before.count('"') % 2 == 1)


# The period of an abbreviation ("Corp.", "U.S.", "Mr."): no sentence's end, so the readers above,
# which stop at one ("[^.;]"), read past it ("Previously, [U.S. Trust Corp.] advertised at ____").
# (an initial, a title, a firm's suffix or a month, or any word whose period a lowercase word follows)
ABBREVIATION_PERIOD = re.compile(
    r"\b([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Corp|Inc|Ltd|Bros|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Mt|Ft|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\."
    r"|\b(\w+)\.(?=\s+[a-z])"
)


def _sentence_and_blank(item) -> tuple[str, int | None]:
    """The card's sentence with its answer as ``____`` and its abbreviations' periods dropped,
    and where the blank stands."""
    if item.style == "cloze" and BLANK in item.question:
        sentence = item.question
    else:
        for evidence in item.evidence:
            at = evidence.text.find(item.answer) if item.answer else -1
            if at >= 0:
                sentence = evidence.text[:at] + BLANK + evidence.text[at + len(item.answer) :]
                break
        else:
            return "", None
    sentence = ABBREVIATION_PERIOD.sub(lambda m: m.group(1) or m.group(2), sentence)
    return sentence, sentence.index(BLANK)


# A parenthesis that converts or restates the figure before it: "1.2 billion euros (____)",
# "the savings (about ____)"; not one that gives a list's figures, "immigration (____), jobs (…)".
RESTATING = re.compile(rf"(?:\d|\b(?:{NUMBER_WORDS})\b)[^,;()]{{0,30}}\($|\(\s*(?:about|roughly|approximately|nearly|some|around|or|equivalent to|the equivalent of|US|U\.S\.)\b", re.IGNORECASE)


def _inside_parentheses(sentence: str, at: int, answer: str) -> bool:
    """Whether the blank (its answer ``answer``) stands in a parenthesis that converts or restates."""
    before = sentence[:at]
    opened = before.rfind("(")
    if opened < 0 or before.count("(") <= before.count(")"):
        return False
    return bool(RESTATING.search(before[: opened + 1]) or RESTATING.search(before[opened:] + answer))
