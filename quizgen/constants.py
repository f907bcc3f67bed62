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
    "notifications", "comments", "leave a comment", "recommended", "trending", "submit your",
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

# Every dash a dateline may end with: hyphen, figure dash, en dash, em dash, the horizontal bar
# some web copy uses ("WASHINGTON ― …", U+2015) and the minus sign; "--" and the wires' "_" apart.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"

# News agencies whose name in brackets makes a paragraph's opening words a wire dateline
# ("Dec 29 (Reuters) - ", "New York (AFP) – ", "(Xinhua) -- ").
WIRE_AGENCIES = (
    "AP", "AFP", "Reuters", "REUTERS", "UPI", "Xinhua", "Bloomberg", "CNN", "dpa", "DPA", "IANS",
    "PTI", "ANI", "Kyodo", "Yonhap", "TASS", "Interfax", "EFE", "ANSA", "AAP", "CP", "PA", "IRNA",
    "WAFA", "Sputnik", "RIA Novosti", "Anadolu", "BNO", "Bernama", "Antara", "KUNA", "WAM", "SPA",
    "MENA", "APP", "NNA", "Tanjug", "CTK", "PAP", "Agence France-Presse", "Associated Press",
    "Press Association", "Canadian Press", "AP/Reuters", "Reuters/AP",
)

# Photo and media credits: "(AP Photo/Evan Vucci)", "(Photo: Kirsty Wigglesworth)", "REUTERS/…".
CREDIT_PATTERNS = (
    r"\((?:[A-Z][\w.&' -]*\s)?(?:Photo|Photograph|Picture|Image|Credit|Video)s?\s*[:/][^)]*\)\s*$",
    r"^\(?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|PA|Bloomberg)\)?$",
    r"^(?:REUTERS|AP|AFP|Getty Images|EPA)\s*/",
    r"\b(?:Getty Images|Shutterstock|AP Photo|Reuters)\s*\)?\s*$",
)

# Verbs that introduce speech (lemmas): this hand-made list and VerbNet's (below).
NEWS_REPORTING_VERBS = frozenset(
    ["say", "tell", "add", "ask", "write", "declare", "insist", "note", "explain", "continue", "state", "argue", "warn", "claim", "announce", "reply", "respond", "tweet", "post", "recall", "agree", "suggest", "acknowledge", "admit", "conclude", "complain", "joke", "remark", "observe", "predict", "promise", "vow", "urge", "caution", "quip", "muse", "recount", "emphasize", "emphasise", "stress", "testify", "report", "describe", "assert", "contend", "maintain", "concede", "counter", "retort", "shout", "yell", "scream", "whisper", "boast", "brag", "lament", "proclaim", "pledge", "reiterate", "repeat", "confirm", "deny", "allege", "charge", "challenge", "wonder", "answer", "inform", "mention", "comment", "caution", "threaten", "acknowledge", "opine", "point", "say", "rail", "thunder", "mock", "chide", "scold", "plead", "beg", "demand", "demur", "quote", "read", "begin", "echo", "accuse", "cite", "chant", "assure", "blame", "knock", "blast", "praise", "criticize", "criticise", "question", "bemoan", "bark", "dismiss", "credit", "assail", "scoff", "slam", "lambaste", "tout", "hail", "interject", "interrupt", "exclaim", "snap", "fume", "gush", "marvel", "sneer", "tease", "concur", "decry", "thank", "react", "retweet", "rant", "sigh", "reflect", "recollect", "chuckle", "laugh", "press", "remember", "crack"]
)

# Verbs of saying that never end a clause without what is said ("a voice over saying." was cut
# from 'saying "…"'); "report", "write", "add" do ("with all precincts reporting").
SAYING_NEEDS_WORDS = frozenset(["say", "tell", "declare", "state"])

# Verbs whose goal is their direct object, VerbNet 3.4's reach-51.8 (github.com/cu-clear/verbnet,
# verbnet3.4/reach-51.8.xml; its one frame is "NP V NP": "They reached the hill"): a "here" hung on
# one with no object of its own is that goal ("reports reaching here from Khanaqin"), and left out
# leaves the verb without it ("reports reaching from Khanaqin"). Left out: "make", whose other
# senses ("cars made here") are the common ones.
GOAL_OBJECT_VERBS = frozenset(["reach", "hit", "breast"])

# Verbs of speaking from VerbNet 3.4's communication classes (37.*: say-37.7, manner_speaking-37.3,
# complain-37.8, confess-37.10, lecture-37.11, transfer_mesg-37.1.1, inquire-37.1.2, advise-37.9,
# chit_chat-37.6, talk-37.5, overstate-37.12, promise-37.13), read from the class files'
# MEMBER names in github.com/cu-clear/verbnet (verbnet3.4/, commit ae8e9cf). Left out: multi-word
# members, verbs of a channel or an act rather than of words ("phone", "wire", "signal", "show",
# "reach", "go", "get"), verbs whose object is seldom the speaker's own words ("pose",
# "demonstrate", "teach", "discuss", "debate", "interview", "leak", "disclose", "reveal",
# "remind", "update", "encourage", "amplify", "glorify", "propose", "recommend"), "talk" and
# "speak" (of talking, not of words), and a crowd's "sing".
VERBNET_SPEECH_VERBS = frozenset(
    ["admonish", "advise", "articulate", "babble", "bawl", "bellow", "bellyache", "bitch", "blab", "blabber", "bleat", "blubber", "blurt", "bluster", "boom", "bray", "burble", "cackle", "caterwaul", "chatter", "chirp", "chortle", "cluck", "confess", "confide", "coo", "counsel", "crab", "croak", "croon", "crow", "cry", "drawl", "drone", "elaborate", "enquire", "expound", "gab", "gabble", "gasp", "gibber", "gripe", "groan", "grouch", "grouse", "growl", "grumble", "grunt", "guarantee", "hint", "hiss", "holler", "hoot", "howl", "hyperbolize", "inquire", "insinuate", "instruct", "interpose", "intimate", "jabber", "jest", "kvetch", "lecture", "lisp", "mewl", "moan", "moralize", "mumble", "murmur", "mutter", "narrate", "natter", "object", "overstate", "pant", "pontificate", "prattle", "preach", "promulgate", "purr", "quaver", "rage", "rasp", "rave", "recite", "rhapsodize", "roar", "rumble", "screech", "shriek", "simper", "smile", "snarl", "sniff", "snivel", "splutter", "squawk", "squeak", "squeal", "stammer", "stutter", "summarize", "theorize", "trill", "utter", "venture", "vocalize", "vociferate", "voice", "volunteer", "wail", "warble", "wheeze", "whimper", "whine", "whoop", "yammer", "yap", "yelp"]
)

REPORTING_VERBS = NEWS_REPORTING_VERBS | VERBNET_SPEECH_VERBS
# The reporting verbs as written ("says", "added", "told"): what a quotation's cue or an
# attribution the closing mark took in reads (``extract.quote_groups``, ``extract.marks``).
REPORTING_VERB_FORMS = frozenset(
    form for lemma in REPORTING_VERBS for form in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing")
) | {"said", "told", "wrote", "says", "tells", "writes", "added", "continued"}

# Verbs that report a reply when "back" follows them ("shot back", "fired back", "hit back").
BACK_REPLY_VERBS = frozenset(["shoot", "fire", "hit", "snap", "strike", "push", "bite", "punch", "swing", "write", "answer", "talk"])

# Verbs of naming that make a one- or two-word quote a natural question ("called NATO “obsolete”").
CALLING_VERBS = frozenset(["call", "declare", "describe", "label", "dub", "brand", "term", "deem"])

# Verbs of a crowd's voice: what an organisation is said to chant or sing is its members'
# slogan, not words one can credit to the organisation ("the union chanted “…”").
CROWD_VERBS = frozenset(["chant", "sing", "cheer", "yell", "scream", "shout", "roar", "holler", "whoop", "boo"])

# Nouns for someone's words: a quotation inside "Becker's boast that “…”" or "the claim by
# Becker that “…”" is Becker's, whoever repeats, mocks or rebuts it.
SPEECH_NOUNS = frozenset([
    "boast", "claim", "promise", "pledge", "vow", "remark", "comment", "words", "line", "statement",
    "assertion", "declaration", "insistence", "suggestion", "argument", "warning", "threat",
    "prediction", "quip", "joke", "tweet", "slogan", "call", "description", "characterization",
    "charge", "accusation", "refrain", "mantra", "catchphrase", "phrase", "quote", "question",
    "answer", "reply", "response", "complaint", "admission", "denial", "insult", "taunt", "jab",
])

# Titles and honorifics: dropped from answers, offered in ``accept``.
TITLES = (
    "president", "vice president", "prime minister", "secretary general", "secretary-general",
    "secretary of state", "secretary of defense", "defence secretary", "defense secretary",
    "secretary", "minister", "chancellor", "senator", "sen.", "sen", "sens.", "rep.", "rep", "reps.",
    "representative", "governor", "gov.", "gov", "govs.", "mayor", "judge", "justice", "general", "gen.",
    "gen", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.",
    # the military ranks' other abbreviations (``nlp.TITLE_ABBREVIATIONS``): "Lt. Cmdr. Nathan
    # Christensen" was "Cmdr. Nathan Christensen", with the role "Lt." (j190)
    "cmdr.", "maj.", "cpl.", "pvt.", "brig.",
    "sergeant", "sgt.", "officer", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "miss", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
    "rev.", "reverend", "father", "sheikh", "ayatollah", "chairman", "chairwoman", "chief",
    "ambassador", "commissioner", "director", "speaker", "leader", "spokesman", "spokeswoman",
    "professor", "prof.", "the", "senate majority whip", "majority leader", "minority leader",
    "deputy", "former", "acting", "attorney", "spokesperson",
)
TITLE_WORDS = frozenset(w.rstrip(".") for t in TITLES for w in t.split())  # "mr", "president", …

# Pronouns that refer to one person; plural and first/second person give no speaker.
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# Role nouns that tell the gender of the person they describe ("Chairwoman Debbie Wasserman
# Schultz", "Rose Delaney, the union's spokeswoman", "Ann Reyes, his wife"). Only the marked forms:
# "chairman", "actor", "spokesman" are also used of women, "chairwoman", "actress" never of men.
# Honorifics are not here: in a role they are someone else's ("spokesman for Mrs. Clinton").
GENDERED_ROLE_NOUNS = {
    **dict.fromkeys([
        "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "committeewoman", "spokeswoman",
        "businesswoman", "anchorwoman", "newswoman", "sportswoman", "stateswoman", "alderwoman",
        "actress", "waitress", "hostess", "heiress", "empress", "duchess", "countess", "princess",
        "queen", "baroness", "widow", "wife", "mother", "daughter", "sister", "grandmother",
        "granddaughter", "niece", "aunt", "stepmother", "stepdaughter", "girlfriend", "madam", "lady", "first lady", "nun", "abbess", "sister-in-law",
        "mother-in-law", "daughter-in-law", "grandma", "mom", "fiancee", "fiancée",
    ], "f"),
    **dict.fromkeys([
        "congressman", "councilman", "assemblyman", "committeeman", "businessman", "anchorman",
        "newsman", "sportsman", "statesman", "alderman", "king", "prince", "duke", "baron", "emperor", "widower", "husband", "father", "son", "brother", "grandfather",
        "grandson", "nephew", "uncle", "stepfather", "stepson", "boyfriend", "sir", "lord", "brother-in-law", "father-in-law", "son-in-law", "grandpa", "dad", "fiance",
        "fiancé", "monk", "pope",
    ], "m"),
}
# Nouns for people or groups who speak without being named ("a man yelled", "the crowd
# chanted", "his wife whispered"): such a subject ends the search for a speaker.
UNNAMED_SPEAKERS = frozenset([
    "crowd", "audience", "man", "woman", "person", "people", "aide", "adviser", "advisor",
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "delegate", "fan",
    "lawyer", "attorney", "prosecutor", "investigator",  # "his lawyers argued …" (j179): not their client
    "supporter", "voter", "protester", "protestor", "guy", "wife", "husband", "host",
    "biographer", "staffer", "strategist", "operative", "insider", "critic", "attendee",
    "resident", "worker", "observer", "analyst", "lawmaker", "donor", "activist", "friend",
    "heckler", "demonstrator", "onlooker", "participant", "someone", "anyone", "everyone",
])
# Documents that speak for someone unnamed when indefinite ("a letter warns", "one ad declared").
DOCUMENT_NOUNS = frozenset([
    "letter", "ad", "advertisement", "story", "report", "statement", "memo", "email", "note",
    "study", "poll", "survey", "projection", "investigation", "analysis", "editorial", "post",
    "tweet", "message", "sign", "banner", "release", "filing", "complaint", "document", "affidavit",
    "brief", "motion", "lawsuit", "order", "ruling", "transcript", "interview",
    # a paper's own words ("The Washington Post ran a headline stating, “…”", fresh99: not the
    # words of the senator who pointed it out)
    "headline", "article", "column", "caption", "chyron", "petition", "flyer",
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
# Words for a party's or a movement's members: a "name" ending in one describes a person.
# Honorifics that go with the given name, never the surname alone: "Sir Peter", not "Sir Westmacott".
# Forms of address, no role: "Ms. Acosta" tells no office, "Dr. Carson" no post (a title of
# only these is read as none: ``extract.person_roles.role_of``, ``extract.roles``).
ADDRESS_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"])
# The forms of address that tell a gender, and which.
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
GIVEN_NAME_HONORIFICS = frozenset(["sir", "dame"])
# Words that tell one of a family from another ("the elder Gonzalez", "the younger Bush"):
# which one they mean takes the family's ages, which an article seldom gives.
FAMILY_RANKS = frozenset(["elder", "older", "eldest", "oldest", "younger", "youngest", "senior", "junior"])
PARTY_MEMBERS = frozenset(["democrat", "republican", "independent", "libertarian", "conservative", "liberal", "progressive", "socialist", "tory", "whig"])
# A party's words ("Republican", "GOP"): they say whose a party office is ("Republican nominee"),
# never whose a government office is ("Republican Secretary of State": of which state?).
PARTY_WORDS = PARTY_MEMBERS | frozenset(["democratic", "gop", "dem", "dems"])
# The two US parties by the words that name them or their members ("GOP", "Democrat"): R or D.
PARTY_SIDES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D"}
PARTY_OFFICES = frozenset(["nominee", "candidate", "leader", "chairman", "chairwoman", "chair", "chairperson", "whip"])
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

# Last words of newspapers' names, never a person's surname ("Orlando Sentinel", "Chicago
# Tribune", "Daily Telegraph"): a "person" whose name ends in one is a paper (PolNeAR dev's
# "Orlando Sentinel" among the choices for who said a quotation).
NEWSPAPER_HEADS = frozenset(
    ["sentinel", "tribune", "gazette", "chronicle", "herald", "inquirer", "courier", "dispatch", "examiner", "bulletin", "telegraph", "journal", "times",
     "daily", "post", "mail", "observer", "guardian", "express", "mirror"]
)
# Last words that make a capitalised run the name of a thing, not of a person, where no surname
# list holds them: "Dodd-Frank Act", "Sean Hannity Show", "Stonewall Inn", "San Bernardino
# Shooting", "Battleground Senate" (with ORG_HEAD_NOUNS, NON_BUSINESS_HEADS and WORK_NOUNS).
THING_NAME_HEADS = frozenset([
    "act", "inn", "hotel", "file", "shooting", "bombing", "attack", "massacre", "war", "primary",
    "caucus", "election", "race", "debate", "summit", "treaty", "accord", "plan", "bill", "tower",
    "center", "centre", "hall", "square", "street", "avenue", "bridge", "park", "airport",
    "station", "stadium", "brothers", "panthers", "boomer", "boomers", "endeavor", "united",
    # venues ("Manchester Arena", tagged a person, j171)
    "arena", "theater", "theatre", "museum", "cathedral", "hospital", "prison", "mosque", "synagogue",
    "library", "gardens", "palace",
    # an insurer's, a carrier's or a maker's ("Land of Lincoln Health", fresh107: "CEO of
    # Minuteman [Health]" made "Lincoln Health" a person and its CEO)
    "health", "healthcare", "pharmaceuticals", "airlines", "airways", "motors",
    # a newspaper's or a magazine's ("The Christian Science Monitor", j252: read as a man, whose
    # "his" a sentence naming Vice President Biden was then given)
    "monitor", "times", "journal", "herald", "tribune", "gazette", "chronicle", "observer", "telegraph",
    "examiner", "inquirer", "magazine", "newspaper", "news",
])
# Words that show a PERSON entity is not a person's name ("West Palm Beach Tuesday").
NOT_NAME_WORDS = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "college", "university", "beach", "county", "street",
        # a department's last word ("Secretary of Veterans Affairs Eric K. Shinseki", "the Phoenix
        # Veterans Affairs center": j168), never a surname
        "affairs",
        # a military base's or an airport's words ("Marine Corps Air Station Miramar", j193: offered
        # beside the WHO's Director-General)
        "corps", "station", "airport", "airfield",
    ]
)

# Words that end or fill a firm's name, never a person's ("John Burns Real Estate Consulting",
# "Smith Barney Partners", "Ernst Associates"): the tagger may read the founders' names in it as a
# PERSON, but a name holding one after its first word names an organisation.
FIRM_WORDS = frozenset(
    [
        "consulting", "consultants", "consultancy", "partners", "associates", "group", "llc", "llp", "lp",
        "inc", "corp", "co", "ltd", "plc", "company", "corporation", "holdings", "industries", "enterprises",
        "realty", "properties", "capital", "securities", "advisors", "advisers", "advisory", "management",
        "investments", "ventures", "foundation", "institute", "bancorp", "communications", "technologies",
        "laboratories", "estate", "insurance", "research", "strategies", "solutions", "services", "media",
        "international", "publishing", "productions", "entertainment", "&",
    ]
)

# Particles inside a name ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi"), not function words.
NAME_PARTICLES = frozenset(
    ["de", "da", "del", "della", "di", "dos", "das", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "ter", "ten", "st", "mc"]
)

# Reporting verbs that read well in "Who warned that …?" (others become "said").
QUESTION_VERBS = frozenset(
    ["say", "warn", "argue", "claim", "insist", "add", "note", "pledge", "promise", "predict", "suggest", "acknowledge", "admit", "complain", "write", "declare", "stress", "explain", "vow", "deny", "confirm", "announce"]
)

# Verbs whose object is the person addressed: in the passive ("Walsh was asked by Kline,
# “…”") the words are the agent's, put to the subject; in the active ("Brandt asked Ortiz
# whether …") the one who answers next is the object.
ADDRESSING_VERBS = frozenset(["ask", "question", "quiz", "press", "tell", "urge", "warn", "advise", "remind", "challenge", "interrupt"])
ASKING_VERBS = frozenset(["ask", "question", "quiz", "press", "interview", "grill", "query"])

# Transcript labels that stand for an unnamed interviewer or interviewee ("Q:", "A:").
INTERVIEW_LABELS = frozenset(["q", "a", "question", "answer", "interviewer", "host", "moderator", "audience", "reporter"])

# Words before a four-digit number that make it a label, not a year ("fiscal 1998", "flight 2014").
DATE_SKIP_BEFORE = frozenset(["fiscal", "fy", "no.", "no", "number", "route", "flight", "model", "room", "page", "channel"])

# Verbs whose object is a stretch of time: a bare day after one with no other object is that
# object ("Sanders spent Wednesday on a tour" → "spent ____ on a tour"), not a time adverbial
# that takes "on" when spelt as a date ("the union met Tuesday" → "met on ____").
# Only verbs that always take one: "passed away Jan. 5", "the bill passed Tuesday", "fans
# celebrated Tuesday" are days of an event.
TIME_OBJECT_VERBS = frozenset(["spend", "devote", "dedicate", "waste"])

# What a date is the date of (``extract/date_predicates``): the lemma its phrase hangs from in the
# parse. A date whose event is a communication act (the day someone said, told, wrote, commented,
# announced, filed or published) is the date of a remark, not of what happened. Verbs learnt from
# VerbNet 3.4's communication classes (github.com/cu-clear/verbnet, verbnet3.4/, commit ae8e9cf):
# say-37.7, tell-37.2, transfer_mesg-37.1.1, inquire-37.1.2, lecture-37.11, confess-37.10,
# complain-37.8, advise-37.9, instr_communication-37.4.1 and talk-37.5, with news's own verbs of
# publishing beside them (tweet, post, publish, print, confirm, deny, reaffirm). Left out: members
# whose date is that of an act rather than of words ("continue", "go", "propose", "recommend",
# "leak", "show", "demonstrate", "teach", "pose", "verify", "sign", "signal", "consult",
# "interview", "question", "testify": a testimony or an interrogation is an event), the promise-37.13
# and chit_chat-37.6 classes ("pledged in 2014 to spend 2%", "the candidates debated Tuesday": acts),
# initiate_communication-37.4.2 ("call", "reach", "get") and multi-word members.
REMARK_VERBS = frozenset([
    # say-37.7
    "add", "advise", "allege", "announce", "articulate", "blurt", "claim", "confess", "confide",
    "convey", "declare", "disclose", "divulge", "exclaim", "hint", "insinuate", "insist", "interject",
    "interpose", "intimate", "mention", "note", "observe", "proclaim", "promulgate", "recount",
    "reiterate", "relate", "remark", "repeat", "reply", "report", "respond", "retort", "reveal", "say",
    "state", "suggest", "utter", "venture", "vocalize", "voice", "volunteer", "write",
    # tell-37.2, transfer_mesg-37.1.1, inquire-37.1.2
    "apprise", "inform", "notify", "remind", "tell", "communicate", "dictate", "elucidate", "explain",
    "explicate", "expound", "narrate", "outline", "quote", "recap", "recite", "summarize", "ask",
    "enquire", "inquire",
    # lecture-37.11, confess-37.10, complain-37.8, advise-37.9
    "comment", "elaborate", "lecture", "moralize", "pontificate", "preach", "rant", "speak", "talk",
    "theorize", "acknowledge", "admit", "complain", "boast", "brag", "grumble", "object", "admonish",
    "alert", "assure", "brief", "caution", "counsel", "warn",
    # instr_communication-37.4.1
    "broadcast", "cable", "e-mail", "email", "fax", "phone", "telephone", "telecast", "telegraph", "wire",
    # news's verbs of publishing and of answering a report
    "tweet", "post", "publish", "print", "confirm", "deny", "reaffirm", "retweet",
    # verbs of saying that the wording-based remark reader (items/trivia, replaced by this lexicon) held
    "argue", "joke", "quip",
    # saying what will happen: "Cuba predicted on Friday that exiles would …"
    "predict", "forecast",
])
# Nouns of a communication: "in an interview on Tuesday", "a statement issued Friday", "a filing
# dated Oct. 5", "a letter that appeared in Granma on Sunday".
REMARK_NOUNS = frozenset([
    "statement", "interview", "comment", "remark", "speech", "address", "letter", "memo", "memorandum", "e-mail",
    "email", "tweet", "filing", "notice", "report", "briefing", "announcement", "editorial", "column",
    "article", "op-ed", "blog", "podcast", "message", "communique", "broadcast", "transcript",
])
# Nouns that are a communication only after "press" or "news" ("a news conference on Monday", "a
# press release dated Friday"; a peace conference, a hostage's release and a "call" to arms are
# events).
MEDIA_COMPOUND_NOUNS = frozenset(["conference", "release", "call", "briefing", "post"])
MEDIA_COMPOUNDS = frozenset(["press", "news", "conference", "media", "blog", "facebook"])  # "a blog post on Friday"
# A communication that is a publication: its date is a report's ("USA Today reported in October",
# "according to a report Tuesday", "a letter that appeared in Granma on Sunday").
PUBLISHING_VERBS = frozenset(["report", "publish", "print", "broadcast", "telecast", "post", "tweet", "retweet", "appear", "run", "carry", "air"])
PUBLICATION_NOUNS = frozenset(["report", "article", "editorial", "column", "op-ed", "blog", "podcast", "broadcast", "transcript"])
# What a release publishes when it releases figures: "released data Monday", "the poll was released
# Wednesday", "a jobs report released Friday" (with ``RELEASING_VERBS``): the day a publication came
# out, not what its figures tell (readers: "release date of the November jobs report is
# scheduling trivia"). Not "released the hostages": a release of people is an event.
RELEASING_VERBS = frozenset(["release", "publish", "issue", "post", "unveil"])
DATA_NOUNS = frozenset(["data", "datum", "poll", "survey", "study", "figure", "statistic", "finding", "result", "number", "report", "estimate", "index"])
# Occasions of speaking: a date that hangs on one of these as the scene of a verb of saying (``REPORTING_VERBS``, ``REMARK_VERBS``: "criticized
# Clinton during a rally on Friday", "During a rally Tuesday night, Trump remarked", "proclaimed to
# a cheering crowd on Tuesday") is the day of one appearance among many, where someone spoke.
SPEAKING_SCENE_NOUNS = frozenset([
    "rally", "crowd", "audience", "gathering", "fundraiser", "gala", "dinner", "luncheon", "breakfast",
    "appearance", "stop", "event", "forum", "town", "hall", "roundtable", "reception",
])
# The prepositions that make a noun the scene of a verb ("at a rally", "during a town hall", "to a crowd").
SCENE_PREPOSITIONS = frozenset(["at", "during", "to", "before", "in"])
# Verbs that only issue, carry or date a communication: with a communication noun as their object
# or subject ("issued a statement", "a letter appeared", "gave an interview", "filed a notice") the
# date is the communication's.
ISSUING_VERBS = frozenset([
    "issue", "release", "publish", "print", "post", "file", "send", "make", "give", "hold", "deliver",
    "submit", "appear", "run", "carry", "air", "date", "circulate", "distribute", "receive", "grant",
])
# A date of a period's end ("the quarter ended Sept. 30", "the fiscal year ending June 30"): the
# accounts' routine, not an event.
PERIOD_NOUNS = frozenset(["quarter", "period", "year", "half", "month", "months", "week", "weeks", "term"])
# The verbs by which a period ends.
PERIOD_END_VERBS = frozenset(["end", "close"])
# A date that is a term of a security or a payment, not an event of the story: its path in the
# parse passes one of these words ("debentures due Oct. 15, 1999", "maturing in 2005", "payable
# Jan. 2", "will redeem the shares on Oct. 31", "holders of record Nov. 9"), or it is what a copula
# says such a date is ("The record date is Nov. 9"). Readers of judged samples marked a maturity, a
# record date and the end of a purchase window as trivia. "Due" alone is no term ("a ruling is due
# Friday" is the story's): only with a security or a payment (``INSTRUMENT_NOUNS``) as what is due.
TERM_WORDS = frozenset(["mature", "maturity", "payable", "redeem", "redeemable", "redemption", "callable"])
TERM_DATE_NOUNS = frozenset(["record", "maturity", "redemption", "payment", "payable", "expiration", "settlement"])
INSTRUMENT_NOUNS = frozenset([
    "debenture", "note", "bond", "security", "loan", "debt", "payment", "dividend", "interest", "coupon",
    "share", "stock", "warrant", "option", "preferred", "paper", "installment", "distribution",
])
# Prepositions that make a date the cut-off of a tally ("through Oct. 19, the funds returned
# 0.85%", "as of Sept. 30"): the report's routine, not an event.
CUT_OFF_PREPOSITIONS = frozenset(["through", "thru"])
# Nouns that take a part of a date ("part of Sunday night", "the end of March"): the date's own,
# so the date is of the verb above them ("spent part of Sunday night", "said at the end of March").
DATE_PART_NOUNS = frozenset(["part", "rest", "end", "start", "beginning", "middle", "remainder"])

# Words before a date that make it approximate: such a date gives no item.
VAGUE_DATE_WORDS = (
    "around", "circa", "about", "roughly", "approximately", "sometime", "later", "so far",
    "almost", "nearly", "week of", "weeks of", "the end of", "the start of",
)

# Words before a number that keep it ("at least 22"): the answer keeps them.
FIGURE_QUALIFIERS = (
    "at least", "at most", "more than", "less than", "fewer than", "as many as", "as few as",
    "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "only", "just", "all", "an estimated", "estimated", "a total of", "in excess of", "upwards of",
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
# Telephone service numbers written as digits ("911 calls", "dialed 999"): a number to ring,
# never a count, whatever noun follows it.
SERVICE_NUMBERS = frozenset(["911", "999", "112", "311", "411", "000"])
SERVICE_NUMBER_NOUNS = frozenset([
    "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
    "center", "centers", "centre", "centres", "system", "systems", "tape", "tapes", "recording",
    "recordings", "line", "lines", "emergency", "emergencies", "service", "services", "hotline",
])
SERVICE_NUMBER_VERBS = frozenset(["dial", "dialed", "dialled", "dialing", "dialling", "dials", "call", "called", "calling", "calls", "phoned", "ring", "rang"])
NOT_FIGURE_AFTER = ("am", "a.m.", "pm", "p.m.", "o'clock", "gmt", "est", "edt", "bst", "cet", "utc", "years old", "year-old", "-year-old")

# Words that make a phrase a role ("NATO Secretary General", "the head of NATO").
ROLE_WORDS = frozenset(
    ["president", "secretary", "general", "minister", "chancellor", "senator", "governor", "mayor", "judge", "justice", "admiral", "colonel", "captain", "lieutenant", "sergeant", "ambassador", "commissioner", "director", "chairman", "chairwoman", "chair", "chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "pope", "premier", "envoy", "commander", "ceo", "founder", "editor", "correspondent", "reporter", "representative", "congressman", "congresswoman", "diplomat", "officer", "counterpart"]
)

# Words that may open a title before its role word ("Attorney General", "Foreign Minister").
# Capitalised words in a role that say what kind of holder or which kind of body, never whose
# post it is: a faith, an ethnicity, a body every city, county, school or country has. "Who was
# the Muslim mayor?", "… the Cabinet minister?", "… the City Council president?", "… the Chief
# Superintendent?" have as many answers as there are such posts (``roles.is_qualified``).
NON_SCOPE_WORDS = frozenset(
    ["muslim", "christian", "jewish", "catholic", "protestant", "evangelical", "mormon", "hindu", "sikh",
     "buddhist", "black", "white", "hispanic", "latino", "latina", "asian", "african-american", "gay",
     "lesbian", "cabinet", "city", "council", "county", "town", "village", "municipal", "district",
     "police", "school", "board", "superintendent", "inspector", "local", "regional", "provincial",
     "tribal", "federal", "parliamentary", "junior", "senior", "former", "retired", "newly", "elected",
     # every country's services: "Armed Forces Commander", "Army Chief of Staff" (j84: of Indonesia)
     "armed", "forces", "force", "army", "navy", "air", "military", "defence", "defense", "staff"]
)

TITLE_OPENERS = frozenset(
    ["attorney", "deputy", "vice", "prime", "foreign", "interior", "home", "health", "finance", "treasury", "defence", "defense", "justice", "senior", "assistant", "acting", "executive", "press", "state", "security", "national", "chief", "first"]
)

# One-word titles that are roles on their own ("President Obama"); others need more words.
STANDALONE_TITLES = frozenset(
    ["president", "chancellor", "pope", "king", "queen", "premier", "governor", "senator", "mayor", "prince", "princess", "emperor"]
)

# Past participles of the verbs that take a post from its holder, before a title ("the ousted
# dictator", "fired FBI director"): the role was held and is held no more. VerbNet 3.4's fire-10.10
# (whose semantics end the Theme's has_organization_role: fire, dismiss, sack, unseat, oust,
# expel, remove, force out) and depose of remove-10.1 (github.com/cu-clear/verbnet, verbnet3.4/),
# with overthrow and topple, the other verbs of FrameNet's Change_of_leadership frame VerbNet
# maps oust to. Not banish-10.2's exile or deport, nor "jailed": an exiled or jailed leader may
# lead still.
REMOVED_ROLE_WORDS = frozenset(
    ["fired", "dismissed", "sacked", "unseated", "ousted", "expelled", "removed", "deposed", "overthrown", "toppled"]
)

# Words that put a role in the past: such a role gives no fact ("Former U.S. Secretary of Defense").
PAST_ROLE_WORDS = frozenset(
    ["former", "then-", "then", "ex", "late", "erstwhile", "outgoing", "past", "onetime", "one-time", "previous"]
) | REMOVED_ROLE_WORDS

# Words before a title that say its holder held it once and holds it no more ("former Mexican
# President Felipe Calderon", "ex-Gov. X"): such a title gives a former role
# (``extract.former_roles``). "late" (dead), "then-" (held at a time the sentence tells, maybe
# still), "outgoing" (held still) and "past"/"previous" (read as adjectives of other nouns) are
# not among them.
FORMER_ROLE_WORDS = frozenset(["former", "ex", "erstwhile", "onetime", "one-time"])

# Titles of British peers, written before the name they go by ("Lord Butler", "Baroness
# Scotland"): with no given name in the article, title and name are the whole name.
PEERAGE_TITLES = frozenset(["lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess"])

# Titles whose holder goes by one given name ("King Hussein", "Pope Francis"): a lone name after
# them is no surname to resolve to someone else in the deck.
REGNAL_TITLES = frozenset(
    ["king", "queen", "pope", "emperor", "empress", "sultan", "emir", "sheikh", "prince", "princess", "ayatollah", "shah", "crown"]
)

# Offices whose holder a country sends *to* another country or body ("U.S. Ambassador to Kenya",
# "U.N. envoy to Syria"): the sender alone names no one person (the U.S. has an ambassador in
# every capital), so such a role says whose only with where the holder is posted.
POSTED_OFFICES = frozenset(
    ["ambassador", "envoy", "consul", "emissary", "attache", "attaché", "nuncio", "legate", "plenipotentiary"]
)

# Words that put a role in a time that may never come ("a future President", "would-be
# Governor"): such a role gives no fact either.
IRREALIS_ROLE_WORDS = frozenset(
    ["future", "would-be", "potential", "possible", "hypothetical", "prospective", "presumptive", "next", "eventual"]
)

# Verbs (lemma, with a particle) whose subject leaves a post: "X, chairman, resigned", "Chairman
# X stepped down" (``extract.departures``): a role the article gives X is no longer held.
LEAVING_VERBS = frozenset(["resign", "step down", "step aside", "quit", "retire", "abdicate"])
# Verbs whose object (or passive subject) is removed from a post: "the board fired X", "X was ousted".
# "succeed": "Roe succeeded Park as governor", "Park was succeeded by Roe" — Park left ("replaced
# him with X" is too often a task's, not a post's: "removed Vacco … from the case and replaced him").
REMOVAL_VERBS = frozenset(["oust", "fire", "dismiss", "sack", "depose", "topple", "overthrow", "unseat", "succeed"])

# Subordinators of a condition: a title inside "if …" is the title of a world that may not be.
CONDITION_MARKERS = frozenset(["if", "unless", "whether", "should"])

# Modals of what would or could be ("a President Trump would …").
IRREALIS_MODALS = frozenset(["would", "could", "might"])

# Tags of a relative pronoun or a wh-word a capital ran into a name ("…, Which Holderbank agreed
# to acquire": the wire's capital, j77): it opens a clause, it is no word of the name.
CLAUSE_OPENER_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])

# Verbs whose tense says nothing about when their object happens ("planned a rally on Saturday").
INTENTION_VERBS = frozenset(
    ["plan", "schedule", "set", "expect", "intend", "prepare", "slate", "due", "hope", "aim", "propose", "call", "announce"]
)
# Verbs of forecasting, whose tense says nothing about when their object happens ("had projected
# commercial operation in September": j77, the September after the story), unless they report a
# clause ("predicted on Monday that the government would fall": Monday is when it was said).
FORECAST_VERBS = frozenset(["project", "forecast", "predict", "anticipate"])
# Nouns of what lies ahead: a time they hold ("their prospects with voters in November", j223: read
# as the November before a story of April) is no time of the verb above them.
PROSPECT_NOUNS = frozenset(["prospect", "prospects", "chance", "chances", "odds", "outlook", "hope", "hopes"])
# Modifiers that put a noun's event ahead of its verb's time ("the upcoming rally Saturday", "his next
# stop Saturday"): a weekday dating that noun is not dated by a past verb (``extract/weekday_tense``).
# Not "planned" or "scheduled": "let the offensive begin as previously planned Saturday night" is past.
FUTURE_NOUN_MODIFIERS = frozenset(["upcoming", "coming", "next", "forthcoming", "impending"])

# Families of roles, for wrong answers of the same kind (a senator for a senator): a role's
# family is that of its last word listed here (two-word titles first: "secretary general").
ROLE_FAMILIES = {
    "office": [
        "president", "vice president", "prime minister", "minister", "secretary", "secretary general",
        "senator", "governor", "mayor", "representative", "congressman", "congresswoman", "lawmaker",
        "chancellor", "premier", "speaker", "leader", "ambassador", "envoy", "diplomat", "commissioner",
        "king", "queen", "prince", "princess", "pope", "emperor", "legislator", "counterpart",
        "attorney general", "sen", "rep", "gov",
    ],
    "campaign": [
        "candidate", "nominee", "front-runner", "frontrunner", "challenger", "incumbent", "hopeful",
        "rival", "running mate", "chairman", "chairwoman", "chair", "manager", "strategist", "adviser",
        "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "pollster", "operative",
        "donor", "surrogate", "press secretary",
        # a party's delegate (to a convention, a caucus) votes for a candidate and holds no office: no
        # politician's choice, as a candidate is no choice for a delegate's words
        "delegate", "superdelegate",
    ],
    "law": ["judge", "justice", "attorney", "lawyer", "prosecutor", "counsel", "solicitor"],
    "military": ["general", "admiral", "colonel", "captain", "lieutenant", "sergeant", "commander", "officer", "chief of staff"],
    "business": ["ceo", "executive", "founder", "director", "president and ceo", "businessman", "businesswoman", "billionaire", "investor", "mogul", "tycoon", "developer", "owner"],
    "media": ["editor", "reporter", "correspondent", "columnist", "anchor", "host", "journalist", "commentator", "writer", "author", "publisher", "producer"],
    "expert": ["professor", "analyst", "economist", "researcher", "scientist", "expert", "scholar", "historian", "fellow", "doctor", "surgeon", "neurosurgeon"],
    "culture": ["actor", "actress", "singer", "star", "comedian", "rapper", "musician", "artist", "player", "coach", "athlete"],
}
# Nouns that head a role ("Secretary of State", "a lawyer for the family", "campaign manager"):
# a phrase whose head is none of these is not a role to learn ("the man", "the words between").
ROLE_NOUNS = ROLE_WORDS | frozenset(
    ["adviser", "advisor", "aide", "analyst", "anchor", "assistant", "associate", "attorney", "author", "bishop", "candidate", "cardinal", "chairperson", "champion", "chaplain", "cofounder", "co-founder", "coach", "columnist", "commentator", "comptroller", "congressman", "consultant", "coordinator", "counsel", "councilman", "councilwoman", "councillor", "councilor", "delegate", "deputy", "economist", "emperor", "executive", "expert", "general", "host", "inspector", "investor", "judge", "lawmaker", "lawyer", "legislator", "magistrate", "manager", "marshal", "member", "monarch", "negotiator", "nominee", "official", "organizer", "organiser", "owner", "partner", "physician", "pollster", "president", "presenter", "producer", "professor", "prosecutor", "publisher", "rabbi", "researcher", "ruler", "scholar", "scientist", "sheriff", "solicitor", "speaker", "strategist", "superintendent", "surgeon", "treasurer", "trustee", "whip", "writer", "strongman", "dictator", "mogul", "tycoon", "billionaire", "businessman", "businesswoman", "activist", "campaigner", "historian", "officer", "chief", "head", "president-elect", "vice-president", "secretary-general", "ceo", "cfo", "coo", "cto", "gop", "mp", "mep", "pm", "dean", "principal", "provost", "rector", "chancellor", "captain", "major", "private", "corporal", "brigadier", "staffer", "operative", "fundraiser", "donor", "surrogate", "backer", "supporter", "critic", "rival", "opponent", "challenger", "incumbent", "frontrunner", "front-runner", "contender", "hopeful", "heir", "widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother"]
)

# Closed-class words that cannot end a phrase: they wait for what follows (an article, a
# preposition, a conjunction, an auxiliary or modal, a subject pronoun). A quotation cut after
# one ("so they don't …", "devastating for …") leaves the reader a phrase with a hole.
DANGLING_WORDS = frozenset(
    ["a", "an", "the", "this", "these", "those", "my", "your", "his", "our", "their", "its", "every", "each", "no",
     "of", "to", "in", "for", "with", "on", "at", "from", "by", "about", "into", "onto", "upon", "over", "under",
     "between", "against", "through", "than", "like", "as", "and", "or", "but", "nor", "so", "because", "if",
     "that", "whether", "when", "while", "where", "which", "who", "whose", "although", "though", "unless",
     "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did",
     "will", "would", "can", "could", "should", "shall", "may", "might", "must", "don't", "doesn't", "didn't",
     "won't", "wouldn't", "can't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
     "hasn't", "hadn't", "i", "we", "they", "he", "she", "you", "i'm", "we're", "they're", "it's", "there's",
     "not", "very", "more", "most", "really", "just", "especially", "particularly", "even", "also", "only", "mainly",
     "mostly", "including", "such"]
)

# Words that open an adverbial before a sentence's clause: subordinators, prepositions and the
# participles used as them ("If you can prove it, …", "Following the meeting, …", "In the end,
# …"). A quotation cut at the comma after such an opening has shown no clause yet
# (``items.quote_cuts``).
FRONTED_OPENERS = frozenset(
    ["if", "unless", "when", "whenever", "while", "whilst", "because", "since", "as", "although", "though",
     "even", "once", "until", "till", "before", "after", "whether", "where", "wherever", "so", "than", "that",
     "in", "on", "at", "for", "from", "with", "without", "within", "by", "of", "to", "into", "during", "despite",
     "among", "amid", "between", "beyond", "under", "over", "through", "throughout", "against", "about",
     "like", "unlike", "besides", "instead", "rather", "given", "following", "having", "being", "according",
     "considering", "including", "regarding", "barring", "upon", "toward", "towards", "around", "across",
     "and", "or", "but", "nor", "not", "just", "only", "especially", "particularly", "what", "whatever",
     "whoever", "however", "no", "regardless"]
)

# Nouns for a person that head a description ("a British-Libyan man named …", "a New Hampshire
# voter"): enough for a cloze of the describing sentence, not a role to ask "Who was the …?".
# Of them, the nouns that say only that one is a person of some sex or age: "a man" alone
# describes nobody ("Jo Roe, a man who …"); a word of its own must say which ("a Boston man").
PLAIN_PERSON_NOUNS = frozenset(["man", "woman", "boy", "girl", "teenager", "teen", "child"])
PERSON_NOUNS = PLAIN_PERSON_NOUNS | frozenset(
    ["resident", "citizen", "voter", "student", "worker", "employee", "native", "veteran", "immigrant", "refugee", "suspect", "victim", "survivor", "witness", "defendant", "plaintiff", "republican", "democrat", "independent", "conservative", "liberal", "progressive", "libertarian", "socialist", "moderate", "loyalist", "friend", "neighbor", "neighbour", "confidant", "ally", "fan", "follower", "member", "fellow", "lifer", "insider", "outsider", "newcomer", "candidate", "broker", "teacher", "doctor", "nurse", "oncologist", "pediatrician", "gynecologist", "engineer", "farmer", "pilot", "soldier", "priest", "pastor", "imam", "entrepreneur", "investor", "banker", "trader", "dealer", "maker", "designer", "architect", "artist", "actor", "actress", "singer", "musician", "comedian", "journalist", "blogger", "commentator", "committeeman", "committeewoman", "superdelegate", "giant", "icon", "figure", "personality", "celebrity", "star", "legend", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt"]
)

# Role nouns that many people hold at once: "Who was the Republican senator?" has many answers
# unless a word makes the role single ("Chief Justice", "presiding judge").
MANY_HOLDER_NOUNS = frozenset(
    ["senator", "justice", "judge", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "delegate", "superdelegate", "member", "reporter", "correspondent", "officer", "official", "diplomat", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "strategist", "pollster", "analyst", "expert", "professor", "lawyer", "attorney", "donor", "supporter", "critic", "candidate", "hopeful", "contender", "councilman", "councilwoman", "councillor", "councilor", "committeeman", "committeewoman", "trustee", "fellow", "colonel", "captain", "lieutenant", "sergeant", "economist", "prosecutor", "deputy",
     # a network, a paper, a campaign, a school has many of these ("Who was the Fox News host?")
     "host", "co-host", "anchor", "anchorman", "anchorwoman", "co-anchor", "newscaster", "presenter",
     "producer", "commentator", "columnist", "contributor", "pundit", "panelist", "writer",
     "staffer", "volunteer", "employee", "worker", "resident", "voter", "student", "teacher",
     "soldier", "researcher", "scientist", "scholar"]
)
SINGLE_HOLDER_WORDS = frozenset(["chief", "presiding", "ranking"])

# Ranks of armed forces and police: a grade many hold at once, so "Who was the PLA Major
# General?" has as many answers as the army has major generals (``roles.many_hold``). The
# lower-case lemmas of WordNet 3.0's nouns under commissioned_military_officer.n.01,
# commissioned_naval_officer.n.01, noncommissioned_officer.n.01 and warrant_officer.n.01
# (hyponyms, closed), with petty_officer.n.01 and private.n.01 (the enlisted grades) and the
# grades under policeman.n.01 (constable, detective, inspector, trooper, police captain) and
# the British police grades above them (detective inspector, superintendent …); less
# "commander" and "skipper", which also name one post ("the commander of the Pacific Fleet",
# a team's skipper). Multi-word ranks are written with spaces, hyphens as WordNet has them.
MILITARY_RANKS = frozenset(
    ["admiral", "aircraftman", "aircraftsman", "bombardier", "brigadier", "brigadier general", "captain",
     "chief petty officer", "colonel", "color sergeant", "command sergeant major", "commodore", "corporal",
     "drill instructor", "drill master", "ensign", "field marshal", "first lieutenant", "first sergeant",
     "five-star admiral", "flag captain", "flag officer", "fleet admiral", "full admiral", "full general",
     "general", "general officer", "gunnery sergeant", "lance corporal", "lieutenant", "lieutenant colonel",
     "lieutenant commander", "lieutenant general", "light colonel", "major", "major-general", "marshal",
     "master sergeant", "master-at-arms", "noncommissioned officer", "orderly sergeant", "rear admiral",
     "recruiting-sergeant", "second lieutenant", "sergeant", "sergeant first class", "sergeant major",
     "staff sergeant", "subaltern", "sublieutenant", "technical sergeant", "vice admiral", "warrant officer",
     "petty officer", "private",
     "constable", "police constable", "detective", "police detective", "inspector", "trooper",
     "state trooper", "police captain",
     # British police grades (Home Office ranks), held by many in each force
     "detective inspector", "detective chief inspector", "detective sergeant",
     "detective constable", "chief superintendent", "detective superintendent",
     "detective chief superintendent", "police superintendent"]
)
# The abbreviations of those ranks before a name (AP Stylebook, "military titles"): "Lt. Gen.",
# "Staff Sgt.", "Rear Adm." read as the ranks they stand for.
RANK_ABBREVIATIONS = {
    "gen": "general", "lt": "lieutenant", "maj": "major", "brig": "brigadier", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "cpl": "corporal", "pvt": "private", "pfc": "private",
    "adm": "admiral", "cmdr": "commander", "ens": "ensign", "det": "detective", "insp": "inspector",
}
# Titles and ranks written short before a name or another rank ("Gov.", "Brig. Gen. Marcus Evans",
# "Rev. Al Sharpton"), without their stop: such a stop never ends a sentence (``nlp``), and a name
# read up to one ends with a title, not a name (``name_cleaning``).
ABBREVIATED_TITLES = frozenset(RANK_ABBREVIATIONS) | frozenset(
    ["gov", "sen", "rep", "atty", "mr", "mrs", "ms", "dr", "rev", "prof", "supt", "msgr"]
)
# Words before "general" that make it an office one person holds, not the rank: WordNet 3.0's
# nouns "X general" that are no rank ("attorney general", "inspector general", "postmaster
# general", …), and the offices of that form WordNet lacks (the auditor, paymaster, registrar,
# accountant, procurator general of a country). A role noun before "general" makes an office
# too ("Director General").
GENERAL_OFFICE_WORDS = frozenset(
    ["adjutant", "attorney", "comptroller", "governor", "inspector", "advocate", "postmaster",
     "quartermaster", "secretary", "solicitor", "superior", "surgeon", "vicar",
     "auditor", "paymaster", "registrar", "accountant", "procurator"]
)

# Role nouns that say how a person stands (in a race, a market, the public eye), not a position
# held with a scope: "front-runner", "mogul", "billionaire" are labels. A role headed by one is a
# description of the person (a cloze of its sentence), never "Who was the …?" nor a role choice.
LABEL_NOUNS = frozenset(
    ["front-runner", "frontrunner", "hopeful", "contender", "challenger", "rival", "opponent", "critic",
     "supporter", "backer", "mogul", "tycoon", "billionaire", "magnate", "star", "icon", "legend",
     "celebrity", "heir", "champion", "strongman", "favorite", "favourite", "darling", "firebrand",
     "maverick", "newcomer", "outsider", "insider", "activist", "campaigner", "fundraiser", "runner-up"]
)
# Role nouns of a trade one practises anywhere, not an office held in a body: "Georgia
# businessman", "Boston surgeon" describe a person (the place says where, not whose office), so
# a role headed by one is a description, as a label is ("Who was the Georgia businessman?" has
# as many answers as Georgia has businessmen).
OCCUPATION_NOUNS = frozenset(
    ["businessman", "businesswoman", "businessperson", "entrepreneur", "investor", "banker",
     "physician", "surgeon", "doctor", "nurse", "teacher", "farmer", "engineer", "scientist",
     "scholar", "historian", "researcher", "architect", "rancher", "developer", "philanthropist",
     "waitress", "waiter", "bartender", "cashier", "clerk", "driver", "chef", "cook", "mechanic",
     "carpenter", "plumber", "electrician", "homemaker", "retiree", "lobbyist", "pharmacist"]
)
# Nouns of writing as a trade (round 42): the lower-case one-word lemmas of WordNet 3.0's nouns
# under writer.n.01 (hyponyms, closed), less those under journalist.n.01 (a journalist writes for
# a paper or a network, a post there: "Post columnist"). One writes books anywhere: "the British
# author" is held by as many as Britain has authors, so a role headed by one and qualified only
# by a nationality is a description (``roles.is_label``), never "Who was the British author?".
WRITER_NOUNS = frozenset(
    ["abstracter", "abstractor", "alliterator", "author", "authoress", "autobiographer", "bard",
     "biographer", "coauthor", "commentator", "compiler", "contributor", "cyberpunk", "drafter",
     "dramatist", "elegist", "encyclopaedist", "encyclopedist", "essayist", "etymologist", "framer",
     "gagman", "gagster", "gagwriter", "ghost", "ghostwriter", "hack", "hagiographer", "hagiographist",
     "hagiologist", "lexicographer", "lexicologist", "librettist", "litterateur", "lyricist", "lyrist",
     "neologist", "novelist", "odist", "pamphleteer", "paragrapher", "playwright", "poet", "poetess",
     "poetiser", "poetizer", "polemic", "polemicist", "polemist", "reviewer", "rhymer", "rhymester",
     "scenarist", "screenwriter", "scriptwriter", "sonneteer", "speechwriter", "synonymist",
     "tragedian", "versifier", "wordmonger", "wordsmith", "writer"]
)
# Role nouns that name a position only over a body: a "leader" leads a party, a majority, a union;
# a lower-case noun before one that names no body ("poll leader", "market leader") makes a label.
LEADING_NOUNS = frozenset(["leader", "head", "chief"])
BODY_NOUNS = frozenset(
    ["party", "majority", "minority", "opposition", "union", "group", "movement", "church", "house",
     "senate", "caucus", "coalition", "rebel", "militant", "insurgent", "army", "militia", "team",
     "council", "committee", "community", "tribe", "tribal", "state", "government", "city", "county",
     "police", "military", "staff", "cabinet", "delegation", "faction", "bloc", "parliamentary", "mission",
     "agency", "department", "bureau", "office", "division", "unit", "section", "company", "firm",
     "campaign", "network", "organization", "organisation", "club", "league", "board", "project", "program",
     "programme", "fire", "navy", "force", "security", "intelligence", "policy", "press", "floor", "guild"]
)

# US states by the postal code or AP abbreviation that follows a lawmaker's name: "(R-OK)",
# "(D-Mass.)". A state office's title gets its state from them ("Governor Jo Roe (R-OK)").
US_STATE_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
    "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas",
    "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin",
    "Wyo": "Wyoming",
}
# Offices held over one state: a bare one takes the state a "(R-OK)" after the name gives.
STATE_OFFICES = frozenset(["governor", "gov", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "lieutenant governor", "attorney general"])

# Nouns of goods that a name before or around them makes a product ("its Cheerios line", "such
# brands as Corn Flakes"), and verbs whose object is a thing consumed ("eat Cheerios"): a name
# spaCy tags ORG that the article uses so names a product, not an organisation.
PRODUCT_NOUNS = frozenset(["brand", "brands", "line", "lines", "product", "products", "label", "labels", "flavor", "flavors", "flavour", "flavours", "variety", "varieties", "cereal", "cereals", "drink", "drinks", "snack", "snacks"])
# Goods nouns a product's own name modifies ("the Cheerios line"); a maker's name modifies the
# plural or the kind of goods ("Apple products", "Kellogg cereals"): those say nothing.
PRODUCT_NAME_NOUNS = frozenset([
    "brand", "line", "label", "flavor", "flavour", "variety",
    # goods named by a name over their kind ("its Iressa drug", "the Xbox console"; BBC j57)
    "drug", "pill", "medicine", "vaccine", "phone", "handset", "console", "software", "browser",
])
CONSUME_VERBS = frozenset(["eat", "drink", "taste", "sip", "munch", "chew", "swallow", "serve", "bake", "brew", "smoke"])

# Occasions of words (a speech, an interview, a show …): the venue of words, no news of its own
# (``extract.lede_arguments``), and, with gatherings, what a verb of beginning or ending frames
# when its "with" carries the content (``extract.events.framed_by_with``).
WORDS_OCCASION_NOUNS = frozenset(
    ["speech", "remark", "address", "interview", "appearance", "show", "program", "programme", "broadcast",
     "briefing", "conference", "podcast", "column", "op-ed"]
)
GATHERING_NOUNS = frozenset(
    ["rally", "meeting", "event", "session", "hearing", "debate", "ceremony", "concert", "tour", "visit",
     "statement", "letter", "post", "tweet", "campaign"]
)
FRAMED_OCCASIONS = WORDS_OCCASION_NOUNS | GATHERING_NOUNS
# Occasions a thing is done at, whose name (capitalised words before the noun) a card can ask
# for: "at the Madrid summit" → "At which summit …?" (``extract.event_settings``). Gatherings and
# occasions of words, not what words are written in (a letter, a post, a column).
SETTING_NOUNS = (GATHERING_NOUNS | WORDS_OCCASION_NOUNS | frozenset(["summit", "convention", "forum", "congress", "assembly", "caucus", "festival", "games", "championship", "tournament", "trial"])) - frozenset(
    ["statement", "letter", "post", "tweet", "column", "op-ed", "podcast", "remark", "program", "programme", "show", "broadcast", "campaign", "tour", "visit", "event", "session"]
)
# Verbs of beginning or ending (VerbNet begin-55.1, complete-55.2; "wrap up", "kick off").
FRAMING_VERBS = frozenset(["open", "start", "begin", "close", "end", "conclude", "finish", "wrap", "kick"])
# Verbs that give a verdict or a backing as their object (VerbNet give-13.1's light uses: "gave
# final clearance to the acquisition", "granted approval to the plan"), and the nouns of such a
# verdict: the act is the noun and its "to" phrase, which "What did X give?" or "Who gave final
# clearance?" drop (j140).
GRANTING_VERBS = frozenset(["give", "grant", "extend", "lend", "accord"])
GRANTED_VERDICTS = frozenset([
    "clearance", "approval", "go-ahead", "backing", "support", "permission", "consent", "blessing", "nod",
    "endorsement", "authorization", "authorisation", "sanction", "assent",
])
# Verbs that give their object a thing told in a "with" phrase (VerbNet 3.4 fulfilling-13.4.1
# and equip-13.4.2: "presented Japanese officials with a timetable", "provided the rebels with
# arms"): asked without the "with", the act asks only whom they gave to (j137).
GIVING_WITH_VERBS = frozenset([
    "present", "provide", "supply", "furnish", "credit", "entrust", "reward", "equip", "arm", "rearm",
    "saddle", "burden",
])  # not "issue" ("is issuing a bond with a coupon of …": the "with" is the bond's)

# Verbs of meeting that need a second party (VerbNet 3.4 meet-36.3-1 and correspond-36.1,
# github.com/cu-clear/verbnet, verbnet3.4/meet-36.3.xml, correspond-36.1.xml): every frame of these classes
# without an object or a "with" partner wants a plural subject ("Brenda and Molly met", "The
# committee met"). Only the members with no sense one does alone: not "visit", "play",
# "consult", "deliberate", "negotiate", "disagree", "cooperate", "settle" ("He will visit",
# "She cooperated"). ``extract.lost_partners``: "The governor will meet Friday" lost whom.
RECIPROCAL_VERBS = frozenset(["meet", "confer", "reunite", "commiserate"])

# Words that say a person has died (lemmas; "perish" from VerbNet disappearance-48.2, whose
# other members — disappear, vanish, expire, lapse — name no death): their role is not held
# "as of" the article.
DEATH_WORDS = frozenset(["die", "perish", "death", "dead", "assassinate", "assassination", "funeral", "obituary", "murder", "slay", "mourn", "burial", "bury", "memorial", "pass", "late"])

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

# Event verbs (lemmas, particle joined by a space) and their class: what an actor did in a
# story. Event cards ask "What did X announce?" and "Who announced …?"; wrong answers to the
# first come from other events of the same class. Reporting verbs ("say") are quotes' business.
EVENT_VERB_CLASSES = {
    "announce": ["announce", "unveil", "reveal", "disclose", "publish", "release", "confirm", "declare"],
    "decide": [
        "decide", "agree", "vote", "approve", "reject", "ratify", "adopt", "pass", "endorse", "veto",
        "choose", "select", "elect", "nominate", "appoint", "name", "hire", "fire", "sign", "accept",
        "refuse", "back", "oppose", "support", "oust", "dismiss", "sack", "condemn", "denounce",
    ],
    # not "find": "Levine found comic relief in …" is a view, not a ruling
    "rule": ["rule", "sentence", "convict", "acquit", "overturn", "uphold", "block", "order", "ban"],
    "start": [
        "launch", "start", "begin", "open", "introduce", "create", "establish", "set up", "step up",
        "expand", "deploy", "send", "train", "build", "increase", "boost", "raise", "extend", "resume",
        "found", "evacuate",
    ],
    "stop": [
        "close", "end", "halt", "suspend", "cancel", "withdraw", "cut", "drop", "abandon", "scrap",
        "shut", "shut down", "reduce", "freeze", "postpone", "delay", "pull", "lay off",
    ],
    "legal": [
        "sue", "charge", "arrest", "indict", "investigate", "detain", "fine", "prosecute", "probe", "subpoena", "accuse",
        "expel", "deport", "extradite",
    ],
    "leave": ["resign", "quit", "step down", "retire", "leave"],
    "seek": [
        "consider", "weigh", "plan", "propose", "seek", "urge", "request", "recommend", "call for", "call on",
        "demand", "ask", "push", "press", "pledge", "promise", "threaten", "vow", "offer",
    ],
    "conflict": ["attack", "kill", "bomb", "strike", "invade", "seize", "capture", "target", "shoot", "hit"],
    # not "lead": "Sanders led Clinton in New Hampshire polls" is a standing, and the parse
    # takes the rival for the thing led
    "win": ["win", "lose", "defeat", "beat", "carry", "secure"],
    "join": ["join", "enter", "form", "merge", "ally"],
    # not "pay", "spend", "earn", "borrow": "What is Sony paying?" → "$27 a share" says not for what
    "trade": ["buy", "acquire", "sell", "invest", "fund"],
    "show": ["cite", "blame"],
    "grant": ["grant", "deny", "award", "allow", "pardon", "issue", "impose", "lift", "donate", "give"],
    "meet": ["meet", "visit", "host", "discuss", "reach", "file", "abolish", "break"],
}
# Verbs the classes above leave out on purpose (the "not …" notes): a lede's act outside the
# lexicon (``extract.lede_acts``) is never one of them either.
EVENT_VERB_REFUSALS = frozenset(["find", "lead", "pay", "spend", "earn", "borrow"])
# Verbs of taking a whole business over or handing it on (VerbNet 3.4 get-13.5.1 "buy",
# obtain-13.5.2 "acquire", give-13.1 "sell"; github.com/cu-clear/verbnet): a named company is
# bought by one buyer, so "Who agreed to buy Trustcorp?" has one answer where "Who endorsed
# Trump?" has many (``items.event_who``).
TAKEOVER_VERBS = frozenset(["buy", "acquire", "sell"])
# What an actor stated ("said that the plant will close"): an event only with the stated clause
# as its answer, never a quotation (quote items ask those).
EVENT_VERB_CLASSES["state"] = ["say", "claim", "insist", "argue", "warn", "admit", "acknowledge", "write", "report", "predict", "concede"]
CLAUSE_ONLY_CLASSES = frozenset(["state"])
# Classes that are never a card of their own: whoever says one thing in a story says others, and
# a said clause is the quotes' business. They frame an event instead: "Octel said it acquired
# 8% of …" is Octel's acquisition (the clause's pronoun subject is the speaker).
REPORTING_ONLY_CLASSES = frozenset(["state"])
# Verbs whose clause is a view or a forecast, not a thing done: "argued that the ban has
# failed" asserts nothing happened. Learnt from VerbNet 3.4's conjecture-29.5 class and its
# subclasses (believe, expect, anticipate, foresee, presume, guess, feel …; github.com/cu-clear/
# verbnet, verbnet3.4/conjecture-29.5.xml), with news's verbs of claim and forecast beside them.
OPINION_VERBS = frozenset([
    "argue", "believe", "think", "suggest", "claim", "predict", "expect", "hope", "fear", "suspect",
    "doubt", "assume", "guess", "imagine", "speculate", "wish", "want", "feel", "worry", "contend",
    "insist", "allege", "estimate", "forecast", "project", "warn", "wonder", "hypothesize",
    "anticipate", "foresee", "presume", "infer", "surmise", "conjecture", "foretell", "assert",
])
# Verbs that frame their subject's own next act as a plan ("is set to release", "plans to
# build", "is scheduled to open", "aims to close"): the intention verbs above without the
# views and forecasts of ``OPINION_VERBS`` ("expects to", "hopes to" tell a wish or a guess).
# Not "call" or "announce", whose infinitive is a purpose ("called to congratulate her"). The
# framed act is asked with the frame, never as done (``extract.event_plans``).
PLAN_FRAMES = INTENTION_VERBS - OPINION_VERBS - {"call", "announce"}
# Verbs that report a claim in a clause of their own ("Sanders said Clinton is not qualified to
# be president"): the clause's named subject is asked "Who did Sanders say is not qualified to be
# president?" (``extract.claim_events``). VerbNet 3.4's say-37.7 members that report a statement
# (github.com/cu-clear/verbnet, verbnet3.4/say-37.7.xml: say, allege, claim, declare, insist,
# announce, state, report, write, note, remark, reiterate, repeat, reply, respond, proclaim,
# observe, mention), its conjecture-29.5 and declare-29.4 verbs of a view stated aloud (assert,
# affirm, maintain), news's argue, contend, tweet and tell (with whom it told). Not "deny" (its
# clause is what the speaker says is false), "charge" ("charged the inspectors with verifying
# that Iraq …" is a task, not a claim), "add" ("Which group does Trump add have two choices?"
# reads badly), nor verbs of a thought not said ("believe", "fear").
CLAIM_VERBS = frozenset([
    "say", "allege", "claim", "declare", "insist", "announce", "state", "report", "write", "note",
    "remark", "reiterate", "repeat", "reply", "respond", "proclaim", "observe", "mention", "assert",
    "affirm", "maintain", "argue", "contend", "tweet", "tell",
])
# Verbs of judging or urging someone, and the preposition of what for ("accused Brisco of
# misusing funds", "urged Congress to pass the bill"): the person judged or urged is asked "Who
# did Harlow accuse of misusing funds?" (``extract.claim_events``). From VerbNet 3.4's
# judgment-33.1 ("for": blame, praise, criticize, condemn …), suspect-81 ("of": accuse, suspect)
# and urge-58.1 (the infinitive: urge, press, call on, encourage …), github.com/cu-clear/verbnet.
JUDGEMENT_FRAMES = {
    **dict.fromkeys(["accuse", "suspect"], "of"),
    **dict.fromkeys([
        "blame", "praise", "criticize", "criticise", "condemn", "commend", "applaud", "thank", "fault",
        "castigate", "chastise", "rebuke", "scold", "censure", "congratulate", "denounce", "attack",
        "lambaste", "ridicule", "mock", "slam", "hail", "credit",
    ], "for"),
    **dict.fromkeys(["urge", "press", "call", "encourage", "pressure", "implore", "exhort", "lobby", "push", "invite", "advise", "warn"], "to"),
}
# Verbs of judging someone for an act (VerbNet 3.4 judgment-33.1 and its subclass, the frame
# "They praised the volunteers for their dedication", with news's own "blasted … for"): the
# lede's "X blasted Y for Z" is asked for Z as well as X (``extract.lede_reasons``).
JUDGING_FOR_VERBS = frozenset([
    "acclaim", "applaud", "assail", "attack", "belittle", "berate", "blame", "blast", "castigate", "censure",
    "chastise", "chide", "commend", "compliment", "condemn", "congratulate", "criticize", "criticise", "decry",
    "denounce", "deride", "excoriate", "extol", "fault", "hail", "honor", "honour", "lambaste", "laud", "mock",
    "praise", "rebuke", "reproach", "ridicule", "salute", "scold", "slam", "thank", "upbraid", "vilify",
])
# Frames with a second complement after the object ("accused the committee of sabotage",
# "blamed the agency for the delay"): "What did X accuse?" is no question; only "who" is asked.
OBJECT_PLUS_COMPLEMENT = {
    "accuse": "of", "charge": "with", "convict": "of", "acquit": "of", "blame": "for", "sue": "for",
    "fine": "for", "sentence": "to", "ask": "to", "urge": "to", "press": "to", "push": "to",
    "call on": "to",
}
# The preposition of the act a judgement verb judges someone for ("accused Brisco of misusing
# funds", "blamed the council for the delay", "charged Webb with arson"): VerbNet 3.4's
# judgment-33.1 "for" frame (``JUDGING_FOR_VERBS``, ``JUDGEMENT_FRAMES``' "for" verbs), suspect-81's
# "of" (accuse, suspect), and the charge and verdict verbs of ``OBJECT_PLUS_COMPLEMENT`` whose
# complement is the act charged ("charge … with", "convict … of", "acquit … of"; FrameNet's
# Notification_of_charges and Verdict, the frames suspect-81 maps "accuse" to), with "credit …
# with" beside "credit … for". The charge is asked "What did X accuse Y of?" (``extract.judged_acts``).
JUDGED_ACT_FRAMES = {
    **{verb: frozenset(["for"]) for verb in JUDGING_FOR_VERBS},
    **{verb: frozenset([p]) for verb, p in JUDGEMENT_FRAMES.items() if p in ("for", "of")},
    **{verb: frozenset([p]) for verb, p in OBJECT_PLUS_COMPLEMENT.items() if p in ("of", "with")},
    "credit": frozenset(["for", "with"]),
}
JUDGED_CLASS = "judge"  # the verb class of those facts: asked "what" only, the judged named in the question
# the verb class of what a claim's clause acts on ("What did Harlow say Brisco had hidden?",
# ``extract.claim_objects``): asked "what" only, the speaker and the clause named in the question
CLAIMED_CLASS = "claimed"
# the verb class of a lede's act outside the event lexicon (``extract.lede_acts``): one of its own,
# so that a "what" card's choices come only from other such acts
LEDE_ACT_CLASS = "act"
# Determiners that leave the noun's referent open ("some foreign travelers", "several bills").
VAGUE_DETERMINERS = frozenset(["some", "several", "many", "certain", "other", "another", "any", "various", "few", "both"])
# Openers of a sentence that sets an aside, a contrast or an example beside the story: its
# events are not the story's ("By contrast, Democrats had confirmed 68 nominees …").
ASIDE_OPENERS = ("by contrast", "in contrast", "by comparison", "in comparison", "for example", "for instance", "similarly", "likewise", "separately", "in other news", "in a separate")
# Words that point at a place or time the sentence before gives ("was there", "then").
DEICTIC_WORDS = frozenset(["there", "here", "then", "thereafter", "later", "earlier", "former", "latter", "following", "aforementioned", "same"])
EVENT_VERBS = {verb: cls for cls, verbs in EVENT_VERB_CLASSES.items() for verb in verbs}
# Connectives that state a reason explicitly; a "Why …?" card needs one of these.
REASON_MARKERS = ("because of", "because", "after", "in response to", "as a result of", "as the result of", "due to", "following")
# Verbs of plain report whose past tense turns a speaker's "will" into "would" (backshift):
# "Orkem said it would fund the bid through internal resources" tells what Orkem said it will
# do, not a guess. Not verbs of a view, a promise or a threat ("predicted", "vowed", "warned"
# it would …: ``OPINION_VERBS`` and the "seek" class), whose "would" stays a hedge.
REPORTED_FUTURE_VERBS = frozenset(["say", "tell", "announce", "confirm", "state", "add", "report", "write", "tweet", "disclose", "reveal", "indicate", "note", "inform"])
# Nouns of what is only proposed: under one of them a reported "would" tells what the proposal
# would do, not what its actor said it will do ("Under the plan, the U.S. would seek a cartel",
# j97: a senator's bill). Not an agreement, a deal or a contract: their terms are agreed.
PROPOSAL_NOUNS = frozenset(["plan", "proposal", "bill", "legislation", "measure", "scheme", "draft", "amendment", "initiative", "blueprint", "option", "scenario"])
# Acts named by a noun (a nominalisation, NomBank's sense: the noun's "of" phrase is the verb's
# object, its possessor or "by" phrase the doer): "completed its acquisition of CVN Cos." is
# QVC's acquiring CVN. Noun → (event verb lemma, its past form). Only nouns of one act done
# once — not a standing state ("control", "support") nor a plan ("proposal", "bid", "offer").
NOMINAL_EVENTS = {
    "acquisition": ("acquire", "acquired"), "purchase": ("buy", "bought"), "takeover": ("acquire", "acquired"),
    "sale": ("sell", "sold"), "approval": ("approve", "approved"), "rejection": ("reject", "rejected"),
    "ratification": ("ratify", "ratified"), "adoption": ("adopt", "adopted"), "appointment": ("appoint", "appointed"),
    "dismissal": ("dismiss", "dismissed"), "nomination": ("nominate", "nominated"), "endorsement": ("endorse", "endorsed"),
    "arrest": ("arrest", "arrested"), "expulsion": ("expel", "expelled"), "indictment": ("indict", "indicted"),
    "deportation": ("deport", "deported"), "extradition": ("extradite", "extradited"), "withdrawal": ("withdraw", "withdrew"),
    "closure": ("close", "closed"), "suspension": ("suspend", "suspended"), "cancellation": ("cancel", "cancelled"),
    "invasion": ("invade", "invaded"), "capture": ("capture", "captured"), "deployment": ("deploy", "deployed"),
    "condemnation": ("condemn", "condemned"), "decision": ("decide", "decided"),
}
# Verbs whose object-noun act is thereby told as done: "completed its acquisition of …",
# "announced its decision to …"; not "sought", "blocked", "opposed" the act (it may not be).
NOMINAL_DONE_VERBS = frozenset(["complete", "finish", "finalize", "finalise", "conclude", "announce", "confirm", "disclose", "reveal", "make", "close", "carry"])
# Verbs of seeming: with an adjective or a likeness ("appears weak", "seemed like a smart
# move") they tell the writer's judgement, not a thing done (``event_clauses.hypothetical``).
SEEMING_VERBS = frozenset(["seem", "appear", "look", "sound"])
# Auxiliaries that make an event hypothetical: "might close", "would approve", "could rule".
HEDGE_AUXILIARIES = frozenset(["might", "may", "could", "would", "should", "can", "must", "shall", "ought"])
# Subordinators that make a clause conditional or open: "if the court rules", "whether to join".
CONDITIONAL_MARKS = frozenset(["if", "unless", "whether", "once", "until", "lest"])
# The third person plural's forms: whom they stand for, only the text before says.
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves"])
# Pronouns an event answer may hold only when they refer back to its actor ("that it will close").
ACTOR_PRONOUNS = {
    "organisation": frozenset(["it", "its", "itself", "they", "their", "them", "themselves"]),
    "person": frozenset(["he", "his", "him", "himself", "she", "her", "herself"]),
}
EVENT_ANSWER_MAX_WORDS = 15
# Names of these kinds fill the lede's clauses as answers of a teacher's first questions
# (``extract.lede_arguments``): people, organisations, peoples, places, venues, named events, works.
# Verbs of saying whose object is their audience ("told CNN", "told Britain's ITV"; not
# "criticized CNN": its target).
ADDRESSEE_VERBS = frozenset(["tell", "inform", "brief", "interview", "notify", "email", "e-mail", "phone", "telephone"])
# The portfolios a minister or secretary holds, written before the title ("Finance Minister",
# "Defence Secretary", "Mines and Energy Minister"): words of the title, never an organisation of
# their own (``nlp.entity_edges``, j117). Not "Treasury", "State" or "Commerce Department"-like
# bodies the tagger rightly names.
PORTFOLIO_WORDS = frozenset([
    "finance", "defence", "defense", "trade", "foreign", "interior", "justice", "health", "education",
    "agriculture", "energy", "labour", "labor", "industry", "transport", "transportation", "environment",
    "economy", "economics", "fisheries", "mines", "mining", "information", "culture", "tourism", "planning",
    "budget", "home", "communications", "housing", "employment", "oil", "petroleum", "works", "welfare",
    "development", "science", "technology", "immigration", "security", "revenue", "sports", "youth",
    "water", "forestry", "commerce", "telecommunications", "aviation", "shipping", "textiles", "food",
])
# The news agencies a source talks to ("told Reuters", "told the Associated Press"): right after a
# verb of telling their name is whom the words went to, never the first words of the title of
# the name after it ("Monsod told Reuters Finance Secretary Jaime Ongpin had decided …", j117).
NEWS_AGENCIES = frozenset([
    "Reuters", "Reuter", "AP", "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "UPI",
    "United Press International", "Xinhua", "Kyodo", "Tass", "TASS", "Itar-Tass", "ITAR-TASS", "Interfax", "RIA Novosti",
    "Bloomberg", "Dow Jones", "ANSA", "EFE", "DPA", "dpa", "Yonhap", "Bernama", "Antara", "PTI", "Press Trust of India",
    "IRNA", "MENA", "Anadolu", "APA", "CTK", "PAP", "BTA", "Tanjug", "Jiji", "Canadian Press", "AAP",
])
# Entity labels no word of an organisation's or body's name carries: a person, a time, a number
# ("Smith and Lions coach X" is two people; "the 1990 Act" is no name run on) — read where a
# name is widened past what the tagger gave (``extract.name_tails``, ``extract.roles``).
NOT_NAME_PART_LABELS = frozenset(["PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"])
ARGUMENT_LABELS = frozenset(["PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART"])
# The most words a cloze's answer may have: an object phrase (``extract.lede_objects``) or a
# whole name a tagger cut (``extract.lede_arguments``, round 47)
CLOZE_ANSWER_MAX_WORDS = 8
ARGUMENT_PARAGRAPHS = 2  # prose paragraphs of the lede whose clauses' names are asked
# Verbs whose object says little of what happened ("took an opportunity", "have a chance",
# "made the case"): the lede's object phrases of these are not asked (``extract.lede_objects``).
# Verbs whose simple present says what someone or something is, has or does for a living, not
# what happened ("RMS distributes electronic devices", "Avon has 3.3 million shares
# outstanding", "Telerate provides a network", "Groberg is a former Army captain"): a lede
# cloze of such a clause asks a description (``extract.event_clauses.describes``). A news
# present ("Kane succeeds Taylor", "Orkem expects to post a charge") is not one of them.
DESCRIPTION_VERBS = frozenset(
    ["be", "have", "own", "employ", "distribute", "produce", "provide", "publish", "operate", "manufacture",
     "make", "sell", "market", "share", "follow", "live", "serve", "represent", "specialize", "consist", "contain"]
)
LIGHT_OBJECT_VERBS = frozenset(
    ["be", "have", "take", "make", "get", "give", "do", "go", "come", "see", "find", "show", "use", "need", "want", "seem", "include", "keep", "play", "let", "know", "like", "hear", "feel", "look", "mark", "cite", "live"]
)
# Object nouns that say only that something was done, not what ("considered a request",
# "described the situation", "took steps"): not asked as what a lede's clause acted on.
VAGUE_OBJECT_NOUNS = frozenset(
    ["situation", "request", "move", "step", "thing", "way", "issue", "matter", "action", "decision", "opportunity", "chance", "effort", "part", "role", "lot", "number", "kind", "sort", "deal", "point", "time", "call"]
)

# Nouns news writes for an act told before ("the move", "the deal", "the acquisition"): one
# stands for no organisation, place or person named before it in its sentence ("The FDIC
# cleared the move": which move?), only for an act its sentence tells by a verb ("X was merged
# into Y after shareholders cleared the transaction").
ACT_NOUNS = frozenset([
    "move", "step", "deal", "bid", "sale", "purchase", "takeover", "buyout", "acquisition",
    "merger", "transaction", "offer", "attack", "raid", "strike", "visit", "trip", "ban",
])
# Nouns of asking and proposing: what was asked ("a request for permission to buy shares", "a
# motion to dismiss") says which one; to whom ("a request with the FTC", "a petition to the
# court") does not. Prepositions that give such a noun's content rather than its addressee.
REQUEST_NOUNS = frozenset([
    "request", "petition", "application", "appeal", "motion", "complaint", "demand", "plea",
    "bid", "offer", "proposal", "suggestion", "recommendation", "invitation", "ultimatum", "claim",
])
CONTENT_PREPOSITIONS = frozenset(["of", "for", "on", "about", "over", "against", "toward", "towards", "regarding", "concerning"])
# Nouns of a stance or counsel whose topic is their complement ("Britain's opinion [on the right
# of abode]", "the party's position [on taxes]", "advice [about …]"): without that complement the
# phrase asks nothing a reader can recall ("What has X been seeking?" "Britain's opinion").
# ``extract.phrase_specificity.topicless_opinion``.
OPINION_NOUNS = frozenset([
    "opinion", "view", "position", "stance", "attitude", "advice", "counsel", "comment", "input",
    "feedback", "thought", "reaction", "assessment", "verdict", "judgment", "judgement", "guidance",
])

# Shell nouns (Schmid's term): abstract nouns whose content another phrase gives ("a daunting
# task", "new ideas", "a clear sign"). Blanked alone, or with adjectives only, they pin no fact a
# reader can recall; a noun, a name or a complement that says which one does ("a tax plan", "a
# plan to cut taxes"). ``extract.phrase_specificity``.
SHELL_NOUNS = frozenset([
    "task", "idea", "thing", "clue", "sign", "signal", "problem", "question", "challenge", "approach",
    "strategy", "plan", "view", "position", "message", "point", "case", "argument", "concern", "goal",
    "aim", "stance", "tone", "sense", "feeling", "mood", "picture", "reason", "factor", "aspect",
    "element", "notion", "concept", "option", "alternative", "possibility", "prospect", "trend",
    "pattern", "development", "change", "difference", "effect", "impact", "result", "outcome",
    "lesson", "message", "moment", "path", "route", "direction", "course", "stage", "level", "degree",
    "extent", "amount", "measure", "attention", "interest", "support", "criticism", "praise",
    "advantage", "edge", "lead", "success", "failure", "trouble", "difficulty", "hurdle", "obstacle",
    "setback", "blow", "boost", "push", "pressure", "tack", "line", "stuff", "word", "words", "fact",
    # figures and designs told by number and adjective only ("decide final figures", "launched
    # four new designs": BBC j54)
    "figure", "detail", "design", "proposal", "version", "arrangement",
    # a setting told by metaphor ("a new landscape", "a friendlier climate"): which, the text says elsewhere
    "landscape", "climate", "environment", "atmosphere", "scenario", "backdrop", "terrain", "chapter", "era",
    # what may follow, told without what it is ("faces a substantial risk", j220; "raises
    # implications"): of what, the text says elsewhere
    "risk", "danger", "implication", "consequence", "ramification", "repercussion",
])
# Nouns that count or sort what their "of" complement names ("a variety of ideas", "a host of
# problems"): the complement is the phrase's content (``extract.phrase_specificity``).
PARTITIVE_NOUNS = frozenset([
    "variety", "number", "range", "host", "series", "lot", "lots", "kind", "type", "sort", "array",
    "set", "couple", "handful", "bunch", "slew", "spate", "raft", "plethora", "myriad", "multitude",
    "litany", "string", "list", "collection", "mix", "pair", "group", "bit", "piece", "part",
])
# A broadcast's own lines: a reporter handed the story ("NPR's Elaine Corey has more from San
# Francisco", "Lisa Schlein reports from Geneva") or naming herself ("I'm Auncil Martinez").
# What a reporter "has" in a hand-off; the verbs of a hand-off (``extract.broadcast_lines``).
HANDOFF_OBJECTS = frozenset(["more", "detail", "details", "story", "report", "update", "look", "background"])
HANDOFF_VERBS = frozenset(["have", "report", "bring", "file"])
# Verbs of knowing, finding and showing that take a clause without "that" ("found the pilot
# ignored warnings"), beside the reporting and opinion verbs; after any other verb a tensed
# clause with no joining word is two sentences run together (``extract.run_ons``).
COGNITION_VERBS = frozenset([
    "know", "find", "show", "learn", "see", "hear", "watch", "realize", "realise", "mean", "ensure", "decide",
    "discover", "reveal", "indicate", "prove", "agree", "acknowledge", "admit", "confirm", "deny",
    "determine", "understand", "recognize", "recognise", "notice", "remember", "wish", "pray", "bet",
    "figure", "sense", "demand", "require", "signal", "emphasize", "emphasise", "seem", "appear",
    "make", "let", "help", "wonder", "say", "feel", "guess", "hope", "fear", "suppose", "reckon",
])
# Verbs of being on or becoming (VerbNet 3.4 exist-47.1: remain, stay, persist, survive …;
# become-109.1: become, turn, grow; github.com/cu-clear/verbnet): "has remained out of the
# glare", "a scion turned television star" tell a state, never an act done to a thing.
STATE_VERBS = frozenset([
    "remain", "stay", "exist", "persist", "survive", "endure", "prevail", "linger", "last", "subsist",
    "reside", "dwell", "continue", "become", "turn", "grow",
])
# Verbs of putting a thing somewhere (VerbNet 3.4 put-9.1, whose frames all take the
# destination: "put X on the list", "placed X under guard"; github.com/cu-clear/verbnet): their
# object alone is no act ("Who did the FBI put?"), and the parse often hangs the destination
# elsewhere. A phrasal one ("put out a video") is another verb.
PLACING_VERBS = frozenset([
    "put", "place", "set", "lay", "position", "situate", "stash", "deposit", "insert", "lodge",
    "mount", "perch", "plant", "rest", "sit", "stand", "stick", "tuck", "hang", "stow", "park",
])
EVENT_PARAGRAPHS = 5  # prose paragraphs (the lede and the first after it) whose events get cards
# Claims (``extract.claim_events``) are read further: a story's quarrel — who said what of whom —
# is told after the lede, where the lede's clozes (``ARGUMENT_PARAGRAPHS``) do not reach.
CLAIM_PARAGRAPHS = 10
# Nouns for a group an entity owns, that can act as an event's actor ("NATO members"): the
# noun must have the entity as its owner ("the Obama administration", "Telerate's directors",
# "the Hungarian parliament", "FBI agents", "Arab League nations"), see
# ``extract.event_actors.actor_of``. Bodies a government, party or company acts through, and
# people acting for one; not a person's epithet ("the Vermont senator": who, the sentences
# before say).
GROUP_NOUNS = frozenset([
    "member", "official", "leader", "minister", "lawmaker", "legislator", "government", "force",
    "troop", "police", "court", "regulator", "prosecutor", "investigator", "planner", "ally",
    "delegate", "board", "committee", "council", "authority", "agency", "army", "military",
    "voter", "worker", "union", "shareholder", "head", "chief",
    "administration", "campaign", "parliament", "legislature", "cabinet", "ministry", "embassy",
    "delegation", "director", "executive", "agent", "diplomat", "negotiator", "nation",
])
# Nouns that carry an act whose content is their complement ("started work on its strategy",
# "made progress towards a deal", "took action against Iran"): alone, no answer.
SUPPORT_NOUNS = frozenset(["work", "progress", "effort", "action", "step", "measure", "steps", "measures"])
# Objects too vague to be an answer ("announced something", "did more").
VAGUE_OBJECTS = frozenset([
    "thing", "something", "anything", "everything", "nothing", "more", "much", "less", "lot",
    "way", "step", "move", "action", "what", "this", "that", "it", "one", "some", "all",
    "number", "numbers", "support", "statement", "remark", "comment", "sign", "part",
])
# Adverbs of frequency: a verb they modify tells a habit, not an event ("routinely sends").
FREQUENCY_ADVERBS = frozenset([
    "routinely", "usually", "often", "always", "generally", "typically", "regularly",
    "sometimes", "frequently", "normally", "commonly", "habitually", "occasionally", "rarely",
    "seldom", "customarily", "ordinarily",
    # a yearly observance ("Juneteenth … is celebrated annually on June 19", j185): no one year's day
    "annually", "yearly", "traditionally",
])
# Institutions that act under a common noun alone ("police arrested", "the court ruled").
INSTITUTION_NOUNS = frozenset([
    "police", "court", "government", "parliament", "congress", "senate", "army", "military",
    "regulator", "prosecutor", "investigator", "jury", "judge", "cabinet", "legislature",
])

# The wire's short forms of units and scales ("18.5 pct", "40 mln dlrs"): words of the wire though
# of no dictionary, so that a slip of one ("poct", j105) has a right spelling (``items.spelling``),
# and units a figure is written in (``extract.figure_owners``).
WIRE_UNIT_WORDS = frozenset(["pct", "mln", "bln", "dlr", "dlrs", "stg", "cts", "bpd"])

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

# Outside voices: a story quotes them on events they are not part of (ranking's asides).
COMMENTATOR_WORDS = frozenset(
    ["analyst", "analysts", "economist", "strategist", "consultant", "commentator", "pollster", "professor",
     "expert", "observer", "columnist", "pundit", "researcher", "scholar", "fellow",
     # a market's middlemen and advisers comment on a trend: "a broker based in Tampa", "a senior
     # vice president of John Burns Real Estate Consulting" (dev notes, j11)
     "broker", "brokers", "consultants", "consulting",
     # a trade body's head speaks for an industry on a story about others: "president and CEO of
     # Washington Restaurant Association" on a protest for higher wages (dev note, j16)
     "association", "associations"]
)

# Events held on a fixed cycle (lemmas of the date's sentence → years between two of them): a
# year card about one gets wrong years of the same cycle (2008 → 2004, 2012), never 2011.
# None: the cycle differs by country ("election"), so it is read from the deck's other years of
# the same event (their differences' common divisor), or not applied.
RECURRING_EVENTS = {
    "presidential": 4, "caucus": 4, "caucuses": 4, "olympics": 4, "olympic": 4, "midterm": 4,
    "census": 10, "election": None, "reelection": None, "re-election": None,
    # a presidential race's own words: "a primary in the year 2020", "win the White House in
    # 2016", "the 2016 campaign" (j182, j183: 2021 and 2023 beside 2020 gave it away); off the
    # race's phase ("the 2018 primaries", "a 2017 ad campaign") they are read from the deck as
    # "election" is
    "primary": 4, "primaries": 4, "white house": 4, "campaign": 4, "nomination": 4,
    # "the state nominating contests that begin next year" (j190: 2021 … 2023 beside 2020)
    "nominating": 4,
    # sport's four-yearly tournaments, named in two words (``date_choices.sentence_words`` reads
    # them whole): football's and rugby's World Cups fall in different years, each every fourth
    "world cup": 4, "commonwealth games": 4,
}
# The years a fixed cycle's event is held in, as (every, remainder): a US presidential contest in
# a leap year, a midterm two years on, a census in a year ending in 0, an Olympics (summer or
# winter) in an even year. A year off its phase is no year of that event ("the Census Bureau
# says Millennials surpassed Boomers in 2015"): the cycle word names another event than the one
# dated, and its cycle gives no options.
CYCLE_PHASES = {
    "presidential": (4, 0), "caucus": (4, 0), "caucuses": (4, 0), "midterm": (4, 2), "census": (10, 0),
    "primary": (4, 0), "primaries": (4, 0), "white house": (4, 0), "campaign": (4, 0), "nomination": (4, 0),
    "nominating": (4, 0),
    "olympics": (2, 0), "olympic": (2, 0),
}
# An election of the US Congress, held in every even year: an election word ("election",
# "reelection") beside one of these in the date's sentence ("Sen. Mark Begich of Alaska — is up
# for reelection in ____", j190: 2013, 2015, 2017 beside 2014 gave it away) has a two-year cycle
# when the year is even (``items.date_choices.cycle_of``).
CONGRESS_ELECTION_WORDS = frozenset(["senate", "senator", "senators", "sen", "congress", "congressional", "congressman", "congresswoman", "rep", "house", "midterms"])
ELECTION_WORDS = frozenset(["election", "elections", "reelection", "re-election"])

# The nouns that count countries ("48 African countries", "39 European nations", "African
# states"): a count of them that names a continent is bounded by its size (``items.region_counts``).
COUNTRY_NOUNS = frozenset(["country", "countries", "nation", "nations", "state", "states"])

# Names news gives countries that ISO 3166 (pycountry) does not list: name (folded, no "the")
# → ISO code, so that "U.S." and "United States" are one answer and "Havana" is no country.
COUNTRY_ALIASES = {
    "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "britain": "GB", "great britain": "GB", "u.k.": "GB", "uk": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "russia": "RU", "soviet union": "SU", "u.s.s.r.": "SU", "ussr": "SU",
    "turkey": "TR", "burma": "MM", "holland": "NL", "ivory coast": "CI", "czech republic": "CZ",
    "macedonia": "MK", "palestine": "PS", "vatican": "VA", "east germany": "DD", "west germany": "DE",
    "south korea": "KR", "north korea": "KP", "korea": "KR", "taiwan": "TW", "syria": "SY", "iran": "IR",
    "vietnam": "VN", "laos": "LA", "congo": "CG", "zaire": "ZR", "swaziland": "SZ", "cape verde": "CV",
    "uae": "AE", "u.a.e.": "AE", "prc": "CN", "mainland china": "CN", "gaza": "PS", "west bank": "PS",
}
# The aliases above that name a part of a country, not all of it: the country's demonym or
# capital ("Palestinian", "British") does not give them away (``facts.nations``).
COUNTRY_PART_ALIASES = frozenset(["gaza", "west bank", "england", "scotland", "wales"])
# Countries' short names matched as written, since folded they are words ("us"): "US" for
# London is a country beside cities.
CASED_COUNTRY_ALIASES = {"US": "US"}

# A share named by the word after it says on which side of half it lies: "a 69% majority" →
# every wrong share above 50 too, "a 30% minority" below it.
SHARE_WORDS = {"majority": (50.0, None), "supermajority": (50.0, None), "controlling": (50.0, None), "minority": (None, 50.0)}
# Words that make a sentence's percentages changes, rates, margins or shares at two times rather
# than shares of one whole ("fell from 71 percent to 55 percent", "a 6.5 percent growth rate",
# "margins of error of 4.3 percent and 7.4 percent"): their sum says nothing. Stems, matched at
# a word's start.
CHANGE_WORD_STEMS = (
    "from", "up", "down", "rose", "rise", "risen", "rising", "fell", "fall", "drop", "declin", "increas",
    "decreas", "gain", "jump", "climb", "slip", "slid", "grow", "grew", "cut", "boost", "rais", "plung",
    "surg", "soar", "lost", "los", "shr", "rate", "margin", "interest", "yield", "annual", "advanc",
    "tumbl", "slump", "doubl", "tripl", "higher", "lower", "inflation", "discount", "premium", "tax",
    "return", "jobless", "unemploy", "growth", "swing", "shift",
    "earlier", "ago", "previous", "prior",  # "45% …, compared with 40% a year earlier": two times
)

# Head nouns by which news refers back to an organisation it has named ("the company said",
# "the thrift's assets", "the agency's report"): a definite description headed by one of
# these (or by the last word of an organisation the article names, "the bank" after
# "Government Development Bank") stands for that organisation. Words ending in "maker"
# ("automaker", "steelmaker") count too (``org_descriptions.org_head``).
ORG_HEAD_NOUNS = frozenset([
    "company", "firm", "corporation", "corp", "concern", "business", "conglomerate", "group",
    "bank", "thrift", "lender", "insurer", "brokerage", "fund", "exchange", "utility", "carrier",
    "airline", "retailer", "manufacturer", "producer", "supplier", "distributor", "publisher",
    "chain", "operator", "subsidiary", "unit", "parent", "partnership", "agency", "ministry",
    "department", "commission", "committee", "board", "council", "authority", "bureau",
    "organization", "organisation", "association", "union", "federation", "alliance", "party",
    "campaign", "institute", "foundation", "university", "network", "newspaper", "broadcaster",
    "team", "club", "league", "coalition", "charity",
])
# The org head nouns a text uses for a business whose name does not hold the noun ("Bethlehem
# Steel Corp. … the company", "Valley Federal … the thrift", NATO … "the alliance"): only
# these stand for the organisation the text is about when no name ends in the noun; "the
# foundation", "the committee" need a name that says so ("Gates Foundation").
GENERIC_ORG_NOUNS = frozenset([
    "company", "firm", "corporation", "corp", "concern", "business", "conglomerate", "group",
    "thrift", "lender", "insurer", "brokerage", "utility", "carrier", "airline", "retailer",
    "manufacturer", "producer", "supplier", "distributor", "publisher", "chain", "operator",
    "subsidiary", "unit", "parent", "partnership", "alliance",
])
# Generic org nouns that as often name a party of people ("the group would be met on arriving
# by …": the travellers) as a firm ("the group's pretax profit"): they stand for an organisation
# named before only when its name is a company's (a corporate suffix, "Inc.", "PLC").
PEOPLE_OR_FIRM_NOUNS = frozenset(["group"])
# Adjectives by which "the company" is one the story's events make or end, not any company it
# names ("the combined company" of a merger, "the new company", "the surviving concern"): such
# a description has no single named antecedent, so it is never named from the text before.
FORMED_ORG_MODIFIERS = frozenset([
    "combined", "merged", "new", "resulting", "surviving", "proposed", "planned", "enlarged",
    "expanded", "restructured", "reorganized", "spun-off",
])
# Nouns an apposition uses for a company ("Anheuser-Busch, the world's largest brewer"): a
# PERSON entity described so is a business the tagger took for a person. Only nouns no person is
# called by: not "producer", "publisher", "operator", "parent", "lawmaker", "filmmaker".
COMPANY_NOUNS = frozenset([
    "company", "firm", "corporation", "concern", "business", "conglomerate", "brewer", "distiller",
    "bottler", "automaker", "carmaker", "drugmaker", "chipmaker", "steelmaker", "toymaker",
    "planemaker", "maker", "manufacturer", "retailer", "wholesaler", "chain", "airline", "bank", "insurer",
    "lender", "thrift", "brokerage", "utility", "subsidiary", "franchise", "startup", "start-up",
])
# Words after a name that make it a company's ("Nixon Inc.", "Dow Jones & Co.").
CORPORATE_SUFFIXES = frozenset(["inc", "corp", "co", "cos", "ltd", "llc", "plc", "corporation", "company", "&"])
# Legal forms a reader drops from a company's name ("Dresdner Bank AG" → "Dresdner Bank"),
# beside the English ones of ``CORPORATE_SUFFIXES``; compared without dots ("N.V." → "nv").
LEGAL_FORMS = CORPORATE_SUFFIXES | frozenset(["ag", "sa", "nv", "bv", "gmbh", "spa", "se", "ab", "oy", "pty", "limited", "cie", "a/s", "asa", "oyj"])
# Organisations a person has ("Clinton fundraisers … for the campaign"): the person named
# before in the sentence is what they belong to.
PERSONS_ORG_NOUNS = frozenset(["campaign", "team", "office", "staff"])
# Pronouns whose referent a card's question must show when the sentence does not name it.
SUBJECT_PRONOUNS = {
    "he": "m", "his": "m", "she": "f", "her": "f", "it": "org", "its": "org", "they": "plural", "their": "plural",
}
# Object pronouns a card's question must also show the referent of ("Joining him at …").
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "plural", "it": "org"}
# Demonstratives that point back ("that year", "those meetings", "This was trickier"); "this
# year" and "these days" point at the time of writing instead, as the nouns below say.
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
PRESENT_TIME_NOUNS = frozenset([
    "year", "month", "week", "day", "days", "morning", "afternoon", "evening", "night", "weekend",
    "season", "spring", "summer", "fall", "autumn", "winter", "time", "century", "decade", "quarter",
])
# Nouns of a stretch of time no calendar word names ("over that span", "during that stretch"):
# a demonstrative before one points back to a time, never to a thing (round 42).
SPAN_NOUNS = frozenset(["span", "stretch", "stint", "interval", "window", "timeframe", "spell", "period", "time"])
# Quantifiers that stand for members of a set named before ("Neither …", "each of them").
SET_QUANTIFIERS = frozenset(["neither", "either", "both", "each"])
# Subjects that stand for people or things the text before named, or for nobody said:
# "Some had predicted …", "Others say …", "Something rare happened …", "Many expect …".
# As a question's subject they ask about nobody ("Some" analysts? "Other" than whom?).
INDEFINITE_SUBJECTS = frozenset([
    "some", "others", "many", "several", "few", "something", "someone", "somebody", "anyone",
    "anybody", "anything", "everyone", "everybody",
])
# Role and rank nouns a news text writes with "the" for a person it named before ("the monarch"
# for King Hussein, "the prelate", "the dictator"): each may be many people; the card must name one.
EPITHET_ROLES = frozenset([
    "monarch", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir",
    "sheikh", "shah", "ruler", "dictator", "strongman", "premier", "pontiff", "pope", "prelate",
    "cleric", "ayatollah", "chairman", "chairwoman", "envoy", "ambassador", "diplomat", "financier",
    "magnate", "entrepreneur", "analyst", "prosecutor", "attorney", "lawyer", "gunman", "militant",
    "insurgent", "dissident", "defector", "activist", "lobbyist", "aide", "adviser", "advisor",
    "journalist", "columnist", "commentator", "publisher", "heir", "heiress", "widow", "widower",
    "founder", "owner", "coach", "chief",
])
# Words that compare a noun with something ("similar firearms", "such weapons", "the same
# share"): without "to"/"as" after them, what they compare with is in the text before.
COMPARISON_WORDS = frozenset(["similar", "comparable", "same", "such"])
# Nouns a news sentence writes with "the" because the text before said which one ("the poll",
# "the primary", "the proposal", "the state") even where the same noun was not written
# before: the card must say which, as for ``ORG_HEAD_NOUNS``.
BRIDGING_NOUNS = frozenset([
    "poll", "survey", "primary", "caucus", "election", "race", "contest", "vote", "ballot",
    "proposal", "plan", "offer", "bid", "deal", "agreement", "accord", "treaty", "contract",
    "merger", "acquisition", "transaction", "sale", "purchase", "bill", "measure", "law",
    "legislation", "amendment", "rule", "ruling", "decision", "verdict", "case", "lawsuit",
    "suit", "trial", "investigation", "probe", "inquiry", "report", "study", "statement",
    "outcome", "tally", "alternative", "approach", "move", "step",
    "announcement", "speech", "debate", "rally", "event", "meeting", "summit", "talks",
    "conference", "visit", "trip", "tour", "attack", "bombing", "shooting", "crash", "strike",
    "war", "state", "city", "region", "area", "town", "county", "province",
    "district", "market", "stock", "shares", "dividend", "debentures", "notes", "bonds",
    "securities", "warrants", "issue", "offering", "loss", "profit", "earnings", "revenue",
    "quarter", "period", "program", "project", "policy", "tax", "fee", "price", "figure",
    "figures", "candidate", "nominee", "incumbent", "challenger", "former", "latter",
    "chairman", "spokesman", "spokeswoman",
    # a change told before ("Earnings rose 3% … The gain was the largest since …"): a change of
    # what, when? ("fall" is left out: "the fall" is also the season)
    "gain", "rise", "increase", "decrease", "drop", "decline", "jump", "surge", "climb", "dip",
    "slide", "slump", "rebound", "advance",
])
# Nouns that are always somebody's ("Revenue was ____": whose?): as a subject without a
# possessor, an "of" or a name before it, the card must name the owner or not be made.
# People a figure is about that a bare plural leaves unsaid ("Officials expect ____", "____ of
# respondents"): which officials, whose poll? (``extract.figure_owners``; with PERSON_NOUNS)
UNSAID_GROUP_NOUNS = frozenset(["official", "respondent", "analyst", "participant", "member", "executive", "expert"])
# People of a poll ("the respondents"): with "the", the poll is one the text before named, and
# a clause on their views ("the respondents who support Sanders") does not say which poll.
POLLED_NOUNS = frozenset(["respondent"])
RELATIONAL_NOUNS = frozenset([
    "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "volume",
    "shares", "results", "stake", "dividend", "output", "turnover", "net", "debt", "loss", "losses",
    "assets", "backlog", "demand", "consumption", "production", "exports", "imports",
    # a country's or an economy's (j146: "The deficit of ____ … in the first two months", Spain's)
    "inflation", "deficit", "surplus", "unemployment",
])
# … of them, those only a place has: no business or party is "the text's" owner of its unemployment.
PLACE_ONLY_NOUNS = frozenset(["inflation", "unemployment"])
# Nouns of what passes between two parties ("trade", "talks", "ties"): a figure of one says
# nothing until the text says between whom ("trade between Peru and Chile", "Sino-Peruvian
# trade", "Peru's trade with Chile"); "bilateral trade" alone leaves both parties to the text
# before (``extract.figure_owners``, round 42).
PAIR_NOUNS = frozenset([
    "trade", "commerce", "talks", "negotiations", "ties", "relations", "cooperation", "exchange",
    "exchanges", "partnership", "dialogue",
])
# What one business holds in another ("the company's investment in Conner", "a 20% stake in
# Ruhrgas"): a business named after "in" one of these is a holding, not the business whose
# accounts the text reports (``extract.reference_resolver._main_business``).
HOLDING_NOUNS = frozenset(["investment", "investments", "stake", "stakes", "interest", "holding", "holdings", "position", "shareholding"])
# Of those, the flows a company reports for a period (a quarter, nine months, a year), not
# what it holds at a date (shares, debt, assets): "net fell 3.1%" is some period's
# (``extract.figure_periods``; "results" for "last year's results", ``extract.context_mentions``).
PERIOD_ACCOUNT_NOUNS = frozenset([
    "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "net", "loss", "losses",
    "turnover", "results",
])
# Nouns that say what a percentage measures when it states a level ("Trump's support is at
# 40%", "the rate rose to 4.4%", "General Mills' share is 27%", "a turnout of 63%", "at 7% in
# the poll"): a share, a rate, a standing in a poll. A percentage whose sentence names none of
# them, no whole ("of …") and no noun of its own says nothing a card can ask ("Rubio comes in
# at ____", ``extract.figure_measures``).
MEASURE_NOUNS = frozenset([
    "share", "percentage", "proportion", "portion", "fraction", "part", "majority", "minority",
    "rate", "ratio", "level", "margin", "lead", "edge", "advantage", "deficit",
    "support", "backing", "approval", "disapproval", "rating", "ratings", "favorability",
    "popularity", "vote", "votes", "ballot", "turnout", "poll", "polls", "survey", "tracking",
    "unemployment", "joblessness", "inflation", "growth", "yield", "return", "returns", "tax",
    "tariff", "discount", "premium", "commission", "fee", "chance", "chances", "odds",
    "probability", "likelihood", "capacity", "occupancy", "participation", "enrollment",
    "market", "respondent", "respondents",
])
# Nouns for one person of a nation ("the 22-year-old Scot", "the Dane"): the tagger may call them
# a person's name; no one is named by them (BBC fresh15, j67).
NATIONALITY_NOUNS = frozenset([
    "scot", "briton", "brit", "englishman", "englishwoman", "irishman", "irishwoman", "welshman", "welshwoman",
    "frenchman", "frenchwoman", "dutchman", "dutchwoman", "dane", "swede", "pole", "finn", "turk", "spaniard",
    "kiwi", "aussie", "yank", "argentine", "scotsman", "scotswoman", "ulsterman", "cornishman", "icelander",
    "new zealander", "filipino", "thai", "serb", "croat", "slovak", "czech", "slovene", "kurd", "arab",
])
# Last words of organisations' names that are no business, so own no revenue or shares
# ("Democratic Party", "Supreme Court").
NON_BUSINESS_HEADS = frozenset([
    "party", "committee", "department", "ministry", "council", "commission", "agency", "bureau",
    "authority", "court", "congress", "senate", "house", "assembly", "parliament", "union",
    "association", "federation", "alliance", "coalition", "campaign", "institute", "foundation",
    "university", "team", "club", "league", "charity", "board", "administration", "government",
    "army", "police", "office", "nations", "organization", "organisation", "reserve",
    # legislatures named without "parliament" ("the Supreme Soviet's industrial output", j136)
    "soviet", "knesset", "duma", "bundestag", "bundesrat", "sejm", "storting", "riksdag", "majlis", "diet",
    "legislature", "cortes", "folketing",
])
# Head nouns of a description by trade ("the computer maker", "the Rockford, Ill., maker of
# fasteners", "the oil producer"): the words around them say what it does, not which it is.
TRADE_HEAD_NOUNS = frozenset([
    "maker", "producer", "manufacturer", "retailer", "carrier", "concern", "supplier",
    "distributor", "publisher", "operator", "airline", "lender", "insurer", "brokerage",
    "company", "firm", "chain", "conglomerate", "group", "thrift",
])
# Words opening a sentence that tie it to the one before ("But the court was …"): dropped
# when the clause after them stands alone, else the card is not made.
DISCOURSE_CONNECTIVES = frozenset(["and", "but", "also", "yet", "or"])
# Adverbs that open a sentence as the consequence of the one before ("So analysts expect …",
# "Thus the company …"): a connective when the adverb modifies the sentence's verb itself, not a
# word after it ("So far, …", "So many people …").
RESULT_CONNECTIVES = frozenset(["so", "thus", "hence", "therefore", "consequently", "accordingly"])
# Verbs of acting someone else ("Baldwin, playing Trump, said"): the lines are the actor's
# (``extract.impersonation``).
IMPERSONATING_VERBS = frozenset(["impersonate", "portray", "play", "spoof", "lampoon", "mimic", "parody", "imitate"])
# Adverbs that add a sentence to one before it ("Smith also praised …"): left out of a card
# showing the one sentence, which stays true without them.
ADDITIVE_ADVERBS = frozenset(["also", "again"])
# Sentence adverbials with the same tie, when a comma follows them ("However, the court …",
# "In addition, the bank …"): lower-cased words, one entry per phrase.
DISCOURSE_ADVERBIALS = frozenset([
    "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "besides",
    "additionally", "instead", "still", "likewise", "similarly", "otherwise", "then",
    "in addition", "in fact", "in turn", "at the same time", "by contrast", "in contrast",
    "on the other hand", "even so", "as well",
    # the consequence of the sentence before, named by a phrase ("As a result, net income will be
    # reduced by 18 mln dlrs", j79): the card holds the result, not the cause it points back to
    "as a result", "as a consequence", "in consequence", "because of this", "because of that",
    "for this reason", "for that reason", "in response",
])
# Definite nouns a reader takes without a text before them ("the economy", "the world").
# Adjectives that relate a noun to one the text before told: its whole ("the full interview"
# after a preview clip), or a version of it ("the revised plan"). "The" + one of these + a noun
# opening a sentence leans on the text before as "the" + the bare noun does
# (``context_mentions._given_subject``).
RELATING_ADJECTIVES = frozenset(
    ["full", "entire", "whole", "complete", "revised", "updated", "amended", "proposed", "original", "remaining"]
)

# Modifiers that place a noun in whatever place the text before named ("Local government",
# "local police"): with no place in its sentence, a card asks about nowhere (``extract.local_scope``).
PLACE_RELATIVE_MODIFIERS = frozenset(["local"])

SELF_EVIDENT_NOUNS = frozenset([
    "world", "economy", "public", "media", "press", "internet", "future", "past", "end",
    "beginning", "rest", "way", "time", "year", "week", "month", "day", "moment", "most",
    "first", "last", "next", "latest", "same", "top", "bottom", "middle", "number", "majority",
    "minority", "nation", "country", "people", "government", "administration", "military", "police", "nomination",
    "weekend", "morning", "afternoon", "evening", "night", "side",
])

# An opinion piece says so in its title ("EDITORIAL: A DECISION ON …", "Opinion | …", "Op-Ed: …")
# or in its opening line ("The New York Times said in an editorial on Monday"); its sentences
# that judge (below) are the writer's view, no news a card can ask (``extract.opinion``).
OPINION_TITLE_CUES = ("editorial", "opinion", "op-ed", "oped", "commentary", "column", "our view", "viewpoint")
OPINION_OPENING_CUES = ("in an editorial", "in an op-ed", "in a commentary", "in an opinion piece")
# Words by which a writer judges rather than tells: "has made the right decision", "wisely
# stayed home", "should resign". Read only in an opinion piece, outside quotation marks.
EVALUATIVE_WORDS = frozenset([
    "right", "wrong", "reasonable", "unreasonable", "wise", "unwise", "foolish", "sensible",
    "correct", "mistaken", "misguided", "prudent", "imprudent", "reckless", "irresponsible",
    "shameful", "disgraceful", "deplorable", "outrageous", "absurd", "commendable", "laudable",
    "admirable", "regrettable", "unfortunate", "unacceptable", "inexcusable", "appropriate",
    "inappropriate", "justified", "unjustified", "unwarranted", "fair", "unfair", "sound",
    "rightly", "wrongly", "wisely", "unwisely", "foolishly", "sensibly", "correctly", "properly",
    "rightfully", "unfortunately", "sadly", "regrettably", "shamefully", "recklessly", "prudently",
])
JUDGEMENT_MODALS = frozenset(["should", "ought", "must"])

# Figures about a place, not about the story's news (``items.place_figures``, issue 12): how far
# a place lies or someone travelled, and how large it is, in these units ("18 miles east of
# downtown Atlanta", "17 kilometers from Angkor Wat"); not feet, metres or yards (a border
# wall's height, a distance a law sets, are news) …
PLACE_DISTANCE_UNITS = frozenset(["mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms"])
# … nor the size of a thing ("a bridge 17 kilometers long": a structure's, not where a place lies) …
DIMENSION_WORDS = frozenset(["long", "wide", "deep", "high", "tall", "length", "width", "depth", "height", "across", "diameter"])
# … nor a rate ("60 miles per hour", "30 miles a gallon").
RATE_WORDS = frozenset(["hour", "day", "week", "year", "gallon", "second", "minute", "mph", "kph"])
# … and how many live there ("a city of ____ residents", "Iraq has ____ residents"), said by the
# noun the figure counts …
POPULATION_NOUNS = frozenset(["resident", "residents", "inhabitant", "inhabitants", "population", "populace"])
# … when the place has them or is made of them: the words just before the blank (not "____
# residents were evacuated", a toll of the news) …
HAVING_WORDS = frozenset(["has", "have", "had", "boasts", "boast", "boasting", "numbering", "numbers", "with", "totaling", "totalling"])
# … or "of" after a noun of a place ("a city of ____ residents", "the nation's population of ____").
PLACE_NOUNS = frozenset([
    "city", "town", "village", "hamlet", "suburb", "borough", "township", "county", "parish", "district",
    "province", "region", "state", "country", "nation", "island", "territory", "community", "municipality",
    "capital", "metropolis", "enclave", "population",
])

# Occasions a figure can be the outcome of (``extract.figure_occasions``): contests and polls
# ("the New York primary", "a YouGov poll") and violent or sudden incidents ("the embassy
# bombing"). A count of a contest's delegates or votes, or a toll of dead, belongs to one of them.
CONTEST_NOUNS = frozenset(
    ["primary", "caucus", "caucuses", "election", "contest", "race", "runoff", "referendum", "ballot",
     "vote", "poll", "survey", "convention", "nomination", "plebiscite", "by-election"]
)
INCIDENT_NOUNS = frozenset(
    ["attack", "bombing", "blast", "explosion", "shooting", "crash", "fire", "earthquake", "quake", "storm",
     "hurricane", "flood", "war", "battle", "clash", "riot", "raid", "ambush", "massacre", "assault",
     "strike", "airstrike", "rampage", "violence", "fighting", "uprising", "collision", "derailment",
     "accident", "disaster", "siege", "offensive", "bomb", "tornado", "tsunami", "eruption", "outbreak"]
)
# Nouns a contest's outcome is counted in: "won 30 delegates", "73 percent of the vote".
CONTEST_COUNT_NOUNS = frozenset(["delegate", "superdelegate", "vote", "ballot", "seat", "elector"])
# Verbs of taking an outcome in a contest ("won 30 delegates", "gaining 16 percent of the
# vote"): a standing ("leads by 300 delegates", "is backed by 500") is the whole race's, no one contest's.
CONTEST_GAIN_VERBS = frozenset(
    ["win", "gain", "take", "earn", "capture", "collect", "receive", "get", "garner", "carry", "draw", "pick", "lose", "split", "net"]
)

# Words English doubles on purpose ("she had had enough", "so that that was clear", "very,
# very"): a doubled word outside this list is the source's garble (``extract/garble.py``).
# Verbs that take a gerund only through their preposition ("aimed at unifying", "insisted on
# paying"): the bare gerund right after one ("a meeting aimed unifying a party") is the source's
# lost word (``extract.garble``).
GERUND_PREPOSITION_VERBS = frozenset([
    "aim", "insist", "succeed", "refrain", "persist", "abstain", "desist", "participate",
    "specialize", "specialise", "apologize", "apologise", "rely", "depend", "consist",
])
# The adverb particles of English phrasal verbs ("blow up", "set off"): a closed class. A verb
# and its particle written as one word after infinitival "to" ("to blowup") is the noun's
# spelling, a slip of the article (``extract.word_slips``)
VERB_PARTICLES = frozenset(["up", "down", "out", "off", "over", "in", "on", "back", "away"])
INTENDED_REPEATS = frozenset(
    ["that", "had", "is", "very", "really", "no", "yes", "so", "far", "bye", "ha", "blah", "more", "much", "many",
     "do", "oh", "again", "over", "on", "round", "little", "long", "away", "out", "now", "go", "well", "too", "ever",
     "never", "please", "wait", "knock", "yeah", "hey", "bang", "boom", "tick", "chop", "drip", "yada", "la", "na",
     "ho", "hip", "tut", "tsk", "baby", "who", "what", "why", "how", "there", "here", "up", "down", "back", "fast", "slowly",
     "again", "and", "or"]
)

# Collective and quantity nouns, and invariant plurals the tagger may call singular: a
# subject of these agrees with a plural verb as readily as a singular one ("the majority
# say", "the police are", "the data show"), so ``extract/garble.py`` never calls it a garble.
COLLECTIVE_NOUNS = frozenset(
    ["majority", "minority", "number", "percent", "per", "cent", "percentage", "half", "third", "quarter", "rest",
     "remainder", "bulk", "lot", "couple", "pair", "bunch", "group", "family", "team", "staff", "crew", "police",
     "people", "data", "media", "government", "public", "class", "audience", "committee", "council", "jury", "panel",
     "board", "party", "administration", "crowd", "faculty", "personnel", "management", "clergy", "cattle", "press",
     "army", "military", "navy", "company", "firm", "band", "troop", "couple", "enemy", "opposition", "youth",
     "elderly", "poor", "rich", "wealthy", "none", "all", "both", "each", "sheep", "fish", "deer", "series", "species",
     "means", "headquarters", "news", "politics", "economics", "physics", "mathematics", "criteria", "phenomena",
     "folk", "kind", "sort", "type", "variety", "range", "total", "plenty", "dozen", "score", "hundred", "thousand",
     "million", "billion", "trillion", "fraction", "portion", "share", "proportion", "percentage", "swath", "host"]
)

# Who a photo is credited to, as a credit line standing alone under (or over) a picture gives it:
# photo agencies and wires, stock libraries, a pool, and the social sites a portrait is taken
# from ("Scott Olson via Getty Images.", "Jim Urquhart / Reuters.", "AP Photo/John Doe",
# "Facebook/Jo Lee", "(Getty)"). Used by ``ingest.captions``.
PHOTO_SOURCES = (
    "Getty Images", "Getty", "AP Photo", "AP Images", "AP", "Associated Press", "AFP", "AFP/Getty Images",
    "Reuters", "REUTERS", "EPA", "EPA-EFE", "Bloomberg", "Shutterstock", "Corbis", "Alamy", "Pool",
    "POOL", "NurPhoto", "Sipa", "SIPA", "Zuma", "ZUMA", "Xinhua", "Anadolu", "WireImage",
    "Bloomberg/Getty Images", "iStock", "Handout", "Facebook", "Twitter", "Instagram", "LinkedIn", "YouTube",
    # newspapers' and agencies' own photographers ("Jabin Botsford/The Washington Post", "Tom
    # Williams/CQ Roll Call", "Jane Doe for The New York Times")
    "The New York Times", "The Washington Post", "CQ Roll Call", "Roll Call", "Redux", "Polaris", "Sipa USA",
    "picture alliance", "dpa", "TNS", "MediaNews Group",
)
# A credit line's own words: "Photo: …", "Photograph by …", "Image courtesy of …".
PHOTO_CREDIT_WORDS = ("Photo", "Photos", "Photograph", "Photographs", "Picture", "Image", "Images", "Credit", "Courtesy")
# What a person in a photo does, in a caption's present tense (third person singular): "Senator
# Ames introduces …", "Jo Lee speaks at a rally …". With a caption's shape beside a photo credit,
# one of these (or a place in the picture: "(left)") makes the paragraph the photo's caption.
CAPTION_VERBS = (
    "addresses", "arrives", "attends", "celebrates", "campaigns", "delivers", "departs", "embraces",
    "gestures", "greets", "holds", "hugs", "introduces", "kisses", "listens", "looks", "marches",
    "participates", "pauses", "poses", "prays", "reacts", "salutes", "shakes", "sits", "smiles",
    "speaks", "stands", "talks", "testifies", "visits", "walks", "waves", "waits", "watches",
    "applauds", "answers", "boards", "carries", "exits", "gives", "jokes", "laughs", "leans", "leaves",
    "meets", "responds", "sings", "takes", "thanks", "wears",
)
CAPTION_POSITIONS = ("left", "right", "center", "centre", "second left", "second right", "top", "bottom", "front", "back")

# UTF-8 read as Latin-1 and left so (``ingest.articles`` mends what it can): a sentence or a name
# holding one is garbled ("to extradite GÃ1⁄4len", "Federico de JesÃÂos")
MOJIBAKE_MARKS = ("Ã", "Â")

# Verbs that take two objects ("given a chance", "named chairman"), read from VerbNet 3.4's class
# files (github.com/cu-clear/verbnet, verbnet3.4/, commit ae8e9cf): the single-word MEMBERs of
# every class or subclass that has (or inherits) a frame "NP V NP NP" (give-13.1, future_having-13.3,
# send-11.1, transfer_mesg-37.1.1, bill-54.5, pay-68, get-13.5.1, build-26.1, …); NAMING_VERBS
# are those of the naming and judging classes (appoint-29.1, dub-29.3, declare-29.4,
# consider-29.9, pronounce), whose second noun describes the first ("elected president").
# ``extract.garble`` leaves their passive participles' objects alone ("students given a chance").
TWO_OBJECT_VERBS = frozenset(
    ["FedEx", "UPS", "accord", "advance", "airmail", "allocate", "allot", "allow", "amerce", "apportion", "ascertain", "assign", "assure", "attain", "award", "bake", "barbecue", "barbeque", "bash", "bat", "bear", "beget", "bequeath", "bet", "bill", "birth", "blend", "boil", "book", "boot", "bottlefeed", "bounce", "breastfeed", "brew", "bring", "broadcast", "broil", "bunt", "buy", "cable", "cadge", "call", "capture", "carry", "cash", "catapult", "catch", "cede", "charge", "charter", "choose", "chuck", "clean", "clear", "concede", "conjure", "cook", "cop", "cost", "craft", "cultivate", "dance", "dart", "deal", "deliver", "design", "devolve", "dictate", "dig", "draw", "e-mail", "earn", "ensure", "express", "extend", "father", "fax", "feed", "fetch", "find", "fine", "fire", "fix", "flick", "fling", "flip", "float", "flog", "force-feed", "forward", "fry", "gain", "gather", "get", "give", "give-back", "grab", "grant", "grill", "guarantee", "hand", "handfeed", "hardboil", "hawk", "heave", "hire", "hit", "hock", "hook", "hum", "hurl", "insure", "invoice", "iron", "issue", "kick", "kindle", "knock", "last", "launch", "lease", "leave", "lend", "let", "light", "loan", "lob", "loft", "mail", "microwave", "mix", "modem", "mulct", "nab", "net", "netmail", "nick", "nudge", "nurse", "offer", "order", "overbake", "overcharge", "owe", "paint", "pass", "pawn", "pay", "peddle", "phone", "pick", "pilfer", "pirate", "pitch", "play", "pledge", "pluck", "poach", "portion-out", "pour", "prepare", "procure", "proffer", "promise", "provide", "pull", "punt", "push", "quote", "radio", "ration", "reach", "read", "ready", "reallocate", "reassign", "recite", "refund", "reinsure", "relay", "render", "rent", "repay", "replay", "reserve", "roast", "roll", "run", "salvage", "satellite", "save", "score", "scramble", "secure", "sell", "semaphore", "send", "set", "ship", "shoot", "shoplift", "shove", "show", "sign", "signal", "sing", "sire", "slam", "slap", "slide", "sling", "slip", "smash", "smuggle", "snatch", "sneak", "softboil", "spare", "spin", "spoonfeed", "stage", "steal", "suckle", "swipe", "take", "tap", "tax", "teach", "telecast", "telegraph", "telephone", "telex", "tell", "throw", "thrust", "tip", "tithe", "toast", "toss", "transmit", "undercharge", "vote", "wager", "wangle", "wash", "weld", "whistle", "will", "win", "wire", "wireless", "write", "yield"]
)
NAMING_VERBS = frozenset(
    ["adjudge", "adopt", "anoint", "appoint", "avow", "baptize", "brand", "call", "christen", "confess", "consecrate", "consider", "coronate", "crown", "declare", "decree", "designate", "dub", "elect", "find", "install", "label", "maintain", "mark", "name", "nickname", "nominate", "ordain", "posit", "proclaim", "profess", "pronounce", "prove", "reelect", "rename", "rule", "say", "spell", "stamp", "style", "suppose", "suspect", "term", "think", "upgrade", "vote", "want"]
)

# The naming verbs (``NAMING_VERBS``) whose sense needs the second predicate when the object
# is who is named: appoint-29.1 (appoint, elect, nominate, designate, install, crown, anoint,
# ordain), dub-29.3 (name, dub, label, brand, term, style, nickname, rename), declare-29.4's
# verbs of pronouncing (declare, proclaim, pronounce, adjudge) and characterize-29.2's "identify"
# ("identified the gunman [as …]"). "named senior executives [who
# were responsible for …]", "appointed John Harlow [as …]": asked without the predicate, "Who
# has the council named?" is open. Left out: those with a plain transitive sense ("called the
# president" on the phone, "found two survivors", "adopted a child", "considered candidates").
PREDICATE_NAMING_VERBS = frozenset(
    ["adjudge", "anoint", "appoint", "brand", "crown", "declare", "designate", "dub", "elect", "identify", "install",
     "label", "name", "nickname", "nominate", "ordain", "proclaim", "pronounce", "reelect", "re-elect", "rename", "style", "term"]
)
# Words that make a noun one of a ranked series ("their first medal", "its biggest win", "the
# only team"), beside superlatives (JJS, RBS) and ordinals: true only within a scope ("in 20
# years", "since 1986", "of the season", "ever"), which the question must keep.
RANKING_WORDS = frozenset(["only", "sole", "lone"])
# Prepositions of the verb's phrase that bound a ranked object's scope ("captured their first
# medal [in 20 years]", "posted its biggest win [since 1990]", "[of the season]", "[among] …").
RANK_SCOPE_PREPOSITIONS = frozenset(["in", "since", "of", "among", "at", "for"])
# Prepositions that open what a noun is about ("a report on water rights", "a law about
# climate"): ``extract.event_complements`` keeps them with a ranked object.
TOPIC_PREPOSITIONS = frozenset(["on", "about", "regarding", "concerning"])
# Verbs whose "to" phrase names who or where the object goes ("sold shares [to Swissair]", "sent
# troops [to Saudi Arabia]", "donated $5 million [to the fund]"), read from VerbNet 3.4's class
# files (github.com/cu-clear/verbnet, verbnet3.4/, commit ae8e9cf): the single-word MEMBERs of
# every class or subclass that has (or inherits) a frame "NP V NP PREP(to) NP" whose last NP is a
# Recipient, Destination or Goal (give-13.1, contribute-13.2, send-11.1, bring-11.3,
# fulfilling-13.4.1, future_having-13.3, transfer_mesg-37.1.1, …). A "to" the parse hangs on any
# other verb belongs to its object ("approved two loans to Mexico": no "approve … to Mexico").
TO_RECIPIENT_VERBS = frozenset(
    ["FedEx", "UPS", "abnegate", "accommodate", "accord", "acknowledge", "adapt", "add", "adjust", "administer",
     "admit", "advance", "advise", "airmail", "allege", "allocate", "allot", "allow", "announce", "apportion",
     "articulate", "assert", "assign", "assimilate", "award", "banish", "barge", "bequeath", "betroth", "bike",
     "blab", "blabber", "blurt", "bob", "boot", "bottlefeed", "bounce", "bow", "breastfeed", "bring",
     "broadcast", "bus", "cable", "carry", "cart", "cede", "circularize", "claim", "coast", "commit",
     "communicate", "concede", "confess", "confide", "confine", "conform", "constrain", "contribute", "convey",
     "corroborate", "credit", "curtsey", "dart", "deal", "declare", "dedicate", "define", "deliver",
     "demonstrate", "deport", "devolve", "devote", "dictate", "disburse", "discharge", "disclose", "dismiss",
     "dispatch", "display", "disseminate", "distribute", "divulge", "donate", "drag", "draw", "drive", "e-mail",
     "elucidate", "entrust", "evacuate", "exclaim", "exhibit", "exile", "expel", "explain", "explicate",
     "export", "expose", "expound", "express", "extend", "extradite", "fax", "feed", "ferry", "fit", "flaunt",
     "float", "fly", "force-feed", "forfeit", "forgo", "form", "forward", "furnish", "gear", "genuflect",
     "gift", "give", "give-away", "give-back", "give-out", "give-up", "grant", "guarantee", "hand",
     "handdeliver", "handfeed", "haul", "hawk", "heave", "heft", "hint", "hock", "hoist", "illustrate",
     "import", "insinuate", "insist", "interject", "interpose", "intimate", "intrude", "issue", "justify",
     "kick", "kneel", "leak", "lease", "leave", "lend", "let", "limit", "loan", "lug", "mail", "manifest",
     "mention", "modem", "motor", "move", "narrate", "netmail", "note", "nudge", "nurse", "observe", "offer",
     "outline", "owe", "paddle", "pass", "pawn", "peddle", "phone", "pledge", "port", "portion-out", "pose",
     "post", "preach", "present", "proclaim", "proffer", "promise", "promulgate", "propose", "provide", "pull",
     "purpose", "push", "quote", "radio", "ration", "read", "readapt", "readjust", "reallocate", "reassert",
     "reassign", "recall", "recap", "recite", "recommend", "recommit", "recount", "recuse", "reduce", "refer",
     "refund", "reimburse", "reiterate", "relate", "relay", "relinquish", "remark", "remit", "remove", "render",
     "rent", "repeat", "reply", "report", "resign", "respond", "restore", "restrain", "restrict", "resubmit",
     "resupply", "retort", "return", "reveal", "roll", "row", "run", "sacrifice", "sail", "salaam", "salute",
     "satellite", "say", "schlep", "scoot", "sell", "semaphore", "send", "serve", "shanghai", "shape", "shift",
     "ship", "shove", "show", "shunt", "shuttle", "sign", "signal", "slide", "slip", "smuggle", "sneak",
     "sniff", "snitch", "spoonfeed", "state", "submit", "suckle", "suggest", "summarize", "supply", "surrender",
     "take", "teach", "telecast", "telegraph", "telephone", "telex", "tell", "thrust", "tool", "tote", "tow",
     "transfer", "transmit", "transport", "transship", "truck", "trundle", "trust", "tug", "turn-away",
     "turn-back", "turn-in", "turn-out", "turn-over", "utter", "venture", "verify", "vocalize", "voice",
     "volunteer", "vote", "wheel", "will", "wire", "wireless", "write", "yank", "yield"]
)
# Verbs that with "to" read as a modal ("has to sell", "needs to raise", "got to go"): a question
# that blanks their object before an infinitive ("has [an understanding with Nippon Life] to
# sell …" → "What did X say it has to sell …?") asks what X must do, not what X has
# (``extract.claim_objects``, ``extract.event_answers``; j87).
SEMI_MODAL_VERBS = frozenset(["have", "need", "get"])
# Nouns of a change a figure measures ("the increase", "the drop", "the cut"): told of before,
# which change it is only the text before says (``extract.question_anchors``,
# ``extract.figure_owners``).
CHANGE_NOUNS = frozenset(
    ["increase", "rise", "decline", "fall", "drop", "gain", "jump", "cut", "surge", "slump", "decrease", "reduction", "hike"]
)
# Prepositions that close an object answer with whom or what the act was aimed at ("imposed
# sanctions [on Tehran]", "a ban [against] …", "held talks [with Iran]", "issued shares [to
# Swissair]"): an anchorless "what" card asks the object with the target in its question
# (``extract.event_complements.aimed_at``, round 47). "to" and "with" only before a named
# party: "an end to the war", "a man with a gun" are no targets.
TARGET_PREPOSITIONS = frozenset(["on", "upon", "against"])
PARTY_PREPOSITIONS = frozenset(["to", "with"])
# Verbs of going somewhere (VerbNet 3.4 leave-51.2, escape-51.1, run-51.3.2, the "go" and
# "return" senses): a named place after their "for"/"to" is where the actor goes, asked "Where".
MOTION_VERBS = frozenset([
    "leave", "depart", "head", "go", "come", "travel", "fly", "sail", "drive", "return", "move",
    "flee", "retreat", "withdraw", "relocate", "set off", "set out",
])


# Family names of Chinese and Korean names, which put the family name first ("Xi Jinping",
# "Ban Ki-moon"), beside Faker's romanised Chinese lists (zh_CN's pinyin, zh_TW's Wade-Giles;
# ``facts.name_order``): the Korean ones, Revised Romanization and the spellings the press uses
# (Statistics Korea's 2015 census, its commonest names), the Cantonese spellings of Hong Kong and
# Singapore, and pinyin names Faker's hundred lack. Lower case.
EAST_ASIAN_FAMILY_NAMES = frozenset(
    ["kim", "lee", "yi", "rhee", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo",
     "yoon", "yun", "jang", "lim", "im", "han", "oh", "seo", "suh", "shin", "kwon", "hwang", "ahn", "song",
     "ryu", "yoo", "hong", "jeon", "chun", "ko", "moon", "yang", "son", "sohn", "bae", "baek", "paik", "heo",
     "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ban", "won", "yeo",
     "chae", "hyun", "ryoo",
     # Cantonese
     "chan", "cheung", "wong", "leung", "lam", "ng", "tsang", "tse", "yeung", "kwok", "lau", "yip", "fung",
     "mak", "kwan", "chow", "lo", "law", "tam", "lui", "choy", "tong", "poon", "siu", "yuen", "chiu", "tsui",
     # pinyin
     "xi", "bo", "ai", "zhai", "ni", "pang", "geng", "guan", "niu", "qi", "yue", "hua", "lou", "mu", "zhan",
     "zhuang", "bian", "lan", "lian", "chai", "shang", "rao", "ou", "lv", "gu", "wen", "yan", "zhou"]
)

# The days of the week, Monday first (``datetime.weekday()`` order).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# The great powers, whose heads of state and government every reader of the news knows: the
# Group of Seven and the UN Security Council's permanent members (the country codes of
# ``items.scopes``). A card asking who held such an office is general knowledge
# (``items.known_offices``).
WELL_KNOWN_LEADER_SCOPES = frozenset(["US", "GB", "FR", "DE", "IT", "JP", "CA", "CN", "RU"])
# The offices that head a state or its government, as a role names them once its country's
# words are taken out ("U.S. President" → "president", "British Prime Minister" → "prime minister").
HEAD_OF_STATE_OFFICES = frozenset(["president", "prime minister", "premier", "chancellor", "king", "queen", "emperor"])
