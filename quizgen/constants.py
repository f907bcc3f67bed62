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

# The outlet speaking about the article, whatever the paragraph's length ("Editor's note: …").
EDITORIAL_NOTE_STARTS = (
    "editor's note", "editor’s note", "editors' note", "editors’ note", "editor's update",
    "editor’s update", "correction:", "clarification:", "update:", "updated:",
    "an earlier version of this", "a previous version of this", "this article has been",
    "this story has been",
)

# A correction notice: "An article in some editions on Nov. 26 about … misstated …".
CORRECTION_NOTICE = r"^An? (?:article|report|picture caption|headline|chart|graphic)\b.{0,160}?\b(?:misstated|misidentified|misspelled|incorrectly|erroneously|referred incorrectly)\b"

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

# Nouns that head a role ("Secretary of State", "a lawyer for the family", "campaign manager"):
# a phrase whose head is none of these is not a role to learn ("the man", "the words between").
ROLE_NOUNS = ROLE_WORDS | frozenset(
    ["adviser", "advisor", "aide", "analyst", "anchor", "assistant", "associate", "attorney", "author", "bishop", "candidate", "cardinal", "chairperson", "champion", "chaplain", "cofounder", "co-founder", "coach", "columnist", "commentator", "comptroller", "congressman", "consultant", "coordinator", "counsel", "councilman", "councilwoman", "councillor", "councilor", "delegate", "deputy", "economist", "emperor", "executive", "expert", "general", "host", "inspector", "investor", "judge", "lawmaker", "lawyer", "legislator", "magistrate", "manager", "marshal", "member", "monarch", "negotiator", "nominee", "official", "organizer", "organiser", "owner", "partner", "physician", "pollster", "president", "presenter", "producer", "professor", "prosecutor", "publisher", "rabbi", "researcher", "ruler", "scholar", "scientist", "sheriff", "solicitor", "speaker", "strategist", "superintendent", "surgeon", "treasurer", "trustee", "whip", "writer", "strongman", "dictator", "mogul", "tycoon", "billionaire", "businessman", "businesswoman", "activist", "campaigner", "historian", "officer", "chief", "head", "president-elect", "vice-president", "secretary-general", "ceo", "cfo", "coo", "cto", "gop", "mp", "mep", "pm", "dean", "principal", "provost", "rector", "chancellor", "captain", "major", "private", "corporal", "brigadier", "staffer", "operative", "fundraiser", "donor", "surrogate", "backer", "supporter", "critic", "rival", "opponent", "challenger", "incumbent", "frontrunner", "front-runner", "contender", "hopeful", "heir", "widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother"]
)

# Nouns for a person that head a description ("a British-Libyan man named …", "a New Hampshire
# voter"): enough for a cloze of the describing sentence, not a role to ask "Who was the …?".
PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "teenager", "teen", "child", "resident", "citizen", "voter", "student", "worker", "employee", "native", "veteran", "immigrant", "refugee", "suspect", "victim", "survivor", "witness", "defendant", "plaintiff", "republican", "democrat", "independent", "conservative", "liberal", "progressive", "libertarian", "socialist", "moderate", "loyalist", "friend", "neighbor", "neighbour", "confidant", "ally", "fan", "follower", "member", "fellow", "lifer", "insider", "outsider", "newcomer", "candidate", "broker", "teacher", "doctor", "nurse", "oncologist", "pediatrician", "gynecologist", "engineer", "farmer", "pilot", "soldier", "priest", "pastor", "imam", "entrepreneur", "investor", "banker", "trader", "dealer", "maker", "designer", "architect", "artist", "actor", "actress", "singer", "musician", "comedian", "journalist", "blogger", "commentator", "committeeman", "committeewoman", "superdelegate", "giant", "icon", "figure", "personality", "celebrity", "star", "legend", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt"]
)

# Role nouns that many people hold at once: "Who was the Republican senator?" has many answers
# unless a word makes the role single ("Chief Justice", "presiding judge").
MANY_HOLDER_NOUNS = frozenset(
    ["senator", "justice", "judge", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "delegate", "superdelegate", "member", "reporter", "correspondent", "officer", "official", "diplomat", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "strategist", "pollster", "analyst", "expert", "professor", "lawyer", "attorney", "donor", "supporter", "critic", "candidate", "hopeful", "contender", "councilman", "councilwoman", "councillor", "councilor", "committeeman", "committeewoman", "trustee", "fellow", "colonel", "captain", "lieutenant", "sergeant", "economist", "prosecutor", "deputy"]
)
SINGLE_HOLDER_WORDS = frozenset(["chief", "presiding", "ranking"])

# Words that say a person has died (lemmas): their role is not held "as of" the article.
DEATH_WORDS = frozenset(["die", "death", "dead", "assassinate", "assassination", "funeral", "obituary", "murder", "slay", "mourn", "burial", "bury", "memorial", "pass", "late"])

# Count nouns that say nothing about what is counted ("put it in 140 words", "three things",
# "two ways"): a figure of these is no fact to learn.
EMPTY_UNITS = frozenset(
    ["word", "thing", "time", "way", "item", "step", "reason", "question", "example", "one", "other", "lot", "kind", "type", "sort", "part", "piece", "bit", "point", "line", "sentence", "letter", "character", "page", "paragraph", "chapter", "issue", "area", "factor", "element", "aspect", "option", "idea", "thought", "word", "minute", "moment", "instance", "case", "occasion", "round"]
)

# Pronouns that point back to something the card does not show ("Half of that went to …",
# "It cost $4 million"): a figure in their sentence depends on the previous one.
ANAPHORIC_PRONOUNS = frozenset(["that", "this", "these", "those", "it", "they", "them", "its", "their"])

# Verbs whose object is the words said: a clause of one of these without its quotation asks
# about nothing ("Trump told The Washington Post in ____.").
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "write", "ask", "conclude", "declare", "insist", "note", "explain", "argue", "warn", "claim", "tweet", "post", "reply", "respond", "state", "continue", "quip", "joke", "remark", "recall", "predict", "promise", "vow", "stress", "assert", "contend", "maintain", "concede", "counter", "retort", "shout", "yell", "boast", "brag", "proclaim", "repeat", "comment", "mention", "answer", "exclaim", "muse", "speak", "think"]
)
