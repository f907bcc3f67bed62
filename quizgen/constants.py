"""Word lists the extractors and the furniture filter use: data, not ``if`` chains."""

from __future__ import annotations

# Words a reader-facing call to action starts with ("Follow us", "Sign up", "Read more").
CALL_TO_ACTION_STARTS = (
    "follow", "subscribe", "sign up", "sign in", "log in", "register", "join", "click", "tap",
    "share", "read more", "read next", "see also", "related", "watch", "listen", "download",
    "send tips", "send us", "email", "e-mail", "please", "stay up to date", "get the latest",
    "thank you for", "advertisement", "sponsored", "continue reading", "more from", "most read",
    "support", "donate", "slideshow", "gallery", "photos:", "video:", "printable version",
    "print this", "font size", "text size", "accept cookies", "we use cookies", "cookie",
    "notifications", "comments", "leave a comment", "recommended", "trending",
)

# Words of page furniture wherever they stand in a short line.
FURNITURE_WORDS = (
    "logo", "newsletter", "subscribe", "subscription", "cookie", "cookies", "notifications",
    "browser", "byline", "copyright", "all rights reserved", "printable version", "font size",
    "advertisement", "paywall", "commenting forum", "log in", "logged in", "sign up",
    "refresh the page", "related topics", "editorial values", "republished", "send tips",
)

# Markers after which, near the end of a page, only comments and links follow.
TAIL_MARKERS = (
    "comments", "join the conversation", "join our commenting forum", "this article is closed for comments",
    "read more from", "related topics", "more stories", "most popular", "you may also like",
    "recommended for you", "about the author", "share this article",
)

# A paragraph speaking to the reader about the outlet itself (donation pleas, licences).
OUTLET_SELF_WORDS = (
    "journalism", "journalists", "reporting", "reporters", "donation", "donate", "support",
    "subscribe", "subscription", "readers", "newsletter", "logo", "byline", "republished",
    "content", "paywall", "paywalls", "newswire", "publisher", "advertising", "editorial",
    "our guidelines", "news outlets", "independent",
)

# Photo and media credits: "(AP Photo/Evan Vucci)", "(Photo: Kirsty Wigglesworth)", "REUTERS/…".
CREDIT_PATTERNS = (
    r"\((?:[A-Z][\w.&' -]*\s)?(?:Photo|Photograph|Picture|Image|Credit|Video)s?\s*[:/][^)]*\)\s*$",
    r"^\(?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|PA|Bloomberg)\)?$",
    r"^(?:REUTERS|AP|AFP|Getty Images|EPA)\s*/",
    r"\b(?:Getty Images|Shutterstock|AP Photo|Reuters)\s*\)?\s*$",
)

# Verbs that introduce speech (lemmas).
REPORTING_VERBS = frozenset(
    ["say", "tell", "add", "ask", "write", "declare", "insist", "note", "explain", "continue", "state", "argue", "warn", "claim", "announce", "reply", "respond", "tweet", "post", "recall", "agree", "suggest", "acknowledge", "admit", "conclude", "complain", "joke", "remark", "observe", "predict", "promise", "vow", "urge", "caution", "quip", "muse", "recount", "emphasize", "emphasise", "stress", "testify", "report", "describe", "assert", "contend", "maintain", "concede", "counter", "retort", "shout", "yell", "scream", "whisper", "boast", "brag", "lament", "proclaim", "pledge", "reiterate", "repeat", "confirm", "deny", "allege", "charge", "challenge", "wonder", "answer", "inform", "mention", "comment", "caution", "threaten", "acknowledge", "opine", "point", "say", "rail", "thunder", "mock", "chide", "scold", "plead", "beg", "demand", "demur", "quote", "read", "begin", "echo", "accuse", "cite", "chant", "assure", "blame", "knock", "blast", "praise", "criticize", "criticise", "question", "bemoan", "bark", "dismiss", "credit", "assail", "scoff", "slam", "lambaste", "tout", "hail", "interject", "interrupt", "exclaim", "snap", "fume", "gush", "marvel", "sneer", "tease", "concur", "decry", "thank", "react", "retweet", "rant", "sigh", "reflect", "recollect", "chuckle", "laugh", "press", "remember", "crack"]
)

# Verbs of naming that make a one- or two-word quote a natural question ("called NATO “obsolete”").
CALLING_VERBS = frozenset(["call", "declare", "describe", "label", "dub", "brand", "term", "deem"])

# Titles and honorifics: dropped from answers, offered in ``accept``.
TITLES = (
    "president", "vice president", "prime minister", "secretary general", "secretary-general",
    "secretary of state", "secretary of defense", "defence secretary", "defense secretary",
    "secretary", "minister", "chancellor", "senator", "sen.", "sen", "rep.", "rep",
    "representative", "governor", "gov.", "gov", "mayor", "judge", "justice", "general", "gen.",
    "gen", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.",
    "sergeant", "sgt.", "officer", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "miss", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
    "rev.", "reverend", "father", "sheikh", "ayatollah", "chairman", "chairwoman", "chief",
    "ambassador", "commissioner", "director", "speaker", "leader", "spokesman", "spokeswoman",
    "professor", "prof.", "the", "senate majority whip", "majority leader", "minority leader",
    "deputy", "former", "acting", "attorney", "spokesperson",
)

# Pronouns that refer to one person; plural and first/second person give no speaker.
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Nouns for people or groups who speak without being named ("a man yelled", "the crowd
# chanted", "his wife whispered"): such a subject ends the search for a speaker.
UNNAMED_SPEAKERS = frozenset([
    "crowd", "audience", "man", "woman", "person", "people", "aide", "adviser", "advisor",
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "delegate", "fan",
    "supporter", "voter", "protester", "protestor", "guy", "wife", "husband", "host",
    "biographer", "staffer", "strategist", "operative", "insider", "critic", "attendee",
    "resident", "worker", "observer", "analyst", "lawmaker", "donor", "activist", "friend",
    "heckler", "demonstrator", "onlooker", "participant", "someone", "anyone", "everyone",
])
# Documents that speak for someone unnamed when indefinite ("a letter warns", "one ad declared").
DOCUMENT_NOUNS = frozenset([
    "letter", "ad", "advertisement", "story", "report", "statement", "memo", "email", "note",
    "study", "poll", "survey", "projection", "investigation", "analysis", "editorial", "post",
    "tweet", "message", "sign", "banner", "release", "filing", "complaint",
])
# Roles by which news refers back to a person already named ("the Vermont senator said").
ANAPHORIC_ROLES = frozenset([
    "senator", "governor", "candidate", "nominee", "front-runner", "frontrunner", "businessman",
    "businesswoman", "mogul", "tycoon", "billionaire", "neurosurgeon", "surgeon", "congressman",
    "congresswoman", "lawmaker", "president", "mayor", "secretary", "minister", "chancellor",
    "actor", "actress", "singer", "star", "comedian", "host", "anchor", "pastor", "judge",
    "senator-elect", "rival", "challenger", "incumbent", "developer", "executive", "economist",
    "professor", "author", "pollster", "strategist", "commander", "general", "admiral",
])
GROUP_PRONOUNS = frozenset(["they", "them", "we", "us", "i", "me", "you", "who"])

# Nouns for works and labels: a short quotation right after one is a title, not speech
# ("his book “TrumpNation”", "the slogan “Stronger Together”").
WORK_NOUNS = frozenset(
    [
        "book", "books", "film", "films", "movie", "movies", "show", "shows", "series", "song",
        "songs", "album", "headline", "headlines", "slogan", "slogans", "title", "play",
        "musical", "novel", "memoir", "documentary", "episode", "magazine", "newspaper",
        "hashtag", "sitcom", "drama", "anthem", "poem", "painting",
    ]
)

# Words that show a PERSON entity is not a person's name ("West Palm Beach Tuesday").
NOT_NAME_WORDS = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "college", "university", "beach", "county", "street",
    ]
)

# Reporting verbs that read well in "Who warned that …?" (others become "said").
QUESTION_VERBS = frozenset(
    ["say", "warn", "argue", "claim", "insist", "add", "note", "pledge", "promise", "predict", "suggest", "acknowledge", "admit", "complain", "write", "declare", "stress", "explain", "vow", "deny", "confirm", "announce"]
)

# Words before a four-digit number that make it a label, not a year ("fiscal 1998", "flight 2014").
DATE_SKIP_BEFORE = frozenset(["fiscal", "fy", "no.", "no", "number", "route", "flight", "model", "room", "page", "channel"])

# Words before a date that make it approximate: such a date gives no item.
VAGUE_DATE_WORDS = (
    "around", "circa", "about", "roughly", "approximately", "sometime", "later", "so far",
    "almost", "nearly", "week of", "weeks of", "the end of", "the start of",
)

# Words before a number that keep it ("at least 22"): the answer keeps them.
FIGURE_QUALIFIERS = (
    "at least", "at most", "more than", "less than", "fewer than", "as many as", "as few as",
    "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "only", "just", "all", "an estimated", "estimated", "a total of",
)

# Casualty words: what a bare count of people counts ("killed at least 22"), by their norm.
CASUALTY_WORDS = {
    "kill": "killed", "killed": "killed", "dead": "killed", "die": "killed", "died": "killed",
    "injure": "injured", "injured": "injured", "wound": "injured", "wounded": "injured",
    "hurt": "injured", "missing": "missing", "arrest": "arrested", "arrested": "arrested",
    "evacuate": "evacuated", "evacuated": "evacuated",
}

# Scale words after a number.
NUMBER_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Currency signs and their ISO codes.
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR"}

# Words after a number that make it a time, an age or a label, not a figure.
NOT_FIGURE_AFTER = ("am", "a.m.", "pm", "p.m.", "o'clock", "gmt", "est", "edt", "bst", "cet", "utc", "years old", "year-old", "-year-old")

# Words that make a phrase a role ("NATO Secretary General", "the head of NATO").
ROLE_WORDS = frozenset(
    ["president", "secretary", "general", "minister", "chancellor", "senator", "governor", "mayor", "judge", "justice", "admiral", "colonel", "captain", "lieutenant", "sergeant", "ambassador", "commissioner", "director", "chairman", "chairwoman", "chair", "chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "pope", "premier", "envoy", "commander", "ceo", "founder", "editor", "correspondent", "reporter", "representative", "congressman", "congresswoman", "diplomat", "officer", "counterpart"]
)

# Words that may open a title before its role word ("Attorney General", "Foreign Minister").
TITLE_OPENERS = frozenset(
    ["attorney", "deputy", "vice", "prime", "foreign", "interior", "home", "health", "finance", "treasury", "defence", "defense", "justice", "senior", "assistant", "acting", "executive", "press", "state", "security", "national", "chief", "first"]
)

# One-word titles that are roles on their own ("President Obama"); others need more words.
STANDALONE_TITLES = frozenset(
    ["president", "chancellor", "pope", "king", "queen", "premier", "governor", "senator", "mayor", "prince", "princess", "emperor"]
)

# Words that put a role in the past: such a role gives no fact ("Former U.S. Secretary of Defense").
PAST_ROLE_WORDS = frozenset(["former", "then-", "then", "ex", "late", "erstwhile", "outgoing"])

# Verbs whose tense says nothing about when their object happens ("planned a rally on Saturday").
INTENTION_VERBS = frozenset(
    ["plan", "schedule", "set", "expect", "intend", "prepare", "slate", "due", "hope", "aim", "propose", "call", "announce"]
)

# Families of roles, for wrong answers of the same kind (a senator for a senator): a role's
# family is that of its last word listed here (two-word titles first: "secretary general").
ROLE_FAMILIES = {
    "office": [
        "president", "vice president", "prime minister", "minister", "secretary", "secretary general",
        "senator", "governor", "mayor", "representative", "congressman", "congresswoman", "lawmaker",
        "chancellor", "premier", "speaker", "leader", "ambassador", "envoy", "diplomat", "commissioner",
        "king", "queen", "prince", "princess", "pope", "emperor", "legislator", "delegate", "counterpart",
        "attorney general",
    ],
    "campaign": [
        "candidate", "nominee", "front-runner", "frontrunner", "challenger", "incumbent", "hopeful",
        "rival", "running mate", "chairman", "chairwoman", "chair", "manager", "strategist", "adviser",
        "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "pollster", "operative",
        "donor", "surrogate", "press secretary",
    ],
    "law": ["judge", "justice", "attorney", "lawyer", "prosecutor", "counsel", "solicitor"],
    "military": ["general", "admiral", "colonel", "captain", "lieutenant", "sergeant", "commander", "officer", "chief of staff"],
    "business": ["ceo", "executive", "founder", "director", "president and ceo", "businessman", "businesswoman", "billionaire", "investor", "mogul", "tycoon", "developer", "owner"],
    "media": ["editor", "reporter", "correspondent", "columnist", "anchor", "host", "journalist", "commentator", "writer", "author", "publisher", "producer"],
    "expert": ["professor", "analyst", "economist", "researcher", "scientist", "expert", "scholar", "historian", "fellow", "doctor", "surgeon", "neurosurgeon"],
    "culture": ["actor", "actress", "singer", "star", "comedian", "rapper", "musician", "artist", "player", "coach", "athlete"],
}

# Families of figure units: two figures of one family in one sentence are one fact given two
# ways ("17 kilometers (10 miles)", "$5 million, or 20 cents a share"): one card.
UNIT_FAMILIES = {
    "money": ["usd", "gbp", "eur", "cents", "cent", "dollars", "dollar", "pounds", "pence", "marks", "francs", "yen", "euros", "yuan", "rupees", "lire"],
    "killed": ["killed", "dead", "died"],
    "injured": ["injured", "wounded", "hurt"],
    "distance": ["miles", "mile", "kilometers", "kilometres", "kms", "km", "feet", "meters", "metres", "yards"],
    "weight": ["kgs", "kg", "kilograms", "tons", "tonnes", "lbs"],
    "shares": ["shares", "share"],
}
