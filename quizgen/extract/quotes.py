"""Direct quotations and their speakers (who said what).

Finds quoted stretches (``marks.find_pieces``), groups pieces split around a cue
(“A,” she said, “B.”) and paragraphs of one long quotation (``quote_groups``), then
attributes each group: the subject of a reporting verb next to the quote (``cues``),
"according to X", a name and a colon, or a pronoun or partial name resolved to the person
meant (``speakers``). A quote whose speaker is not certain gives no fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_ROLES,
    CALLING_VERBS,
    CROWD_VERBS,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    INTERVIEW_LABELS,
    NEWS_REPORTING_VERBS,
    ORG_HEAD_NOUNS,
    PERSON_PRONOUNS,
    QUESTION_VERBS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    UNNAMED_SPEAKERS,
)
from quizgen.extract.cues import (
    agent_of,
    cue_candidates,
    drop_parenthetical,
    is_reporting_verb,
    name_before_colon,
    name_left_of,
    noun_read_as_verb,
    put_to_subject,
    speaker_token,
)
from quizgen.extract.impersonation import impersonated
from quizgen.extract.marks import find_pieces
from quizgen.extract.name_cleaning import clean_name
from quizgen.extract.name_lists import is_first_name
from quizgen.extract.news_sources import relayed_speaker, relays_words
from quizgen.extract.people import PersonIndex, person_mentions
from quizgen.extract.quote_ends import cut_before_object
from quizgen.extract.quote_groups import (
    Quotation,
    group_pieces,
    in_a_question_put,
    labels_a_noun,
    names_a_work,
    reports_own_clause,
    set_as_heading,
    speakers_label,
)
from quizgen.extract.quote_wording import naming_verb_target, reported_clause, speaker_cloze
from quizgen.extract.speakers import INDEFINITE, PRONOUN_WINDOW, resolve_speaker
from quizgen.extract.transcript_lines import transcript_lines
from quizgen.facts.names import KIN_GENDERS, surname
from quizgen.facts.records import Mention, QuoteFact
from quizgen.ingest.articles import Article
from quizgen.nlp import SPEAKER_NAME, sentence_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation, how that was found, the reporting verb and the speaker's word."""

    speaker: str
    via: str
    cue: Token
    subject: Token


# Quoted words that open on a verb of saying ("is saying, …", "says …", "told them …"): the
# speaker puts words in another's mouth.
_RELAYED = re.compile(r"(?:(?:is|are|was|were|has been|have been|had been|keeps?|kept)\s+)?(?:saying|says|said|telling|tells|told)\b[,:]?", re.IGNORECASE)


def extract_quotes(doc: Doc, *, article: Article, mentions: list[Mention] | None = None) -> Iterator[QuoteFact]:
    """Quote facts of one article; ``doc`` is the parse of the article's body.

    ``mentions`` are the article's people (``person_mentions(doc)``) when already found.
    """
    blocks = [(b.start, b.end) for b in article.text_blocks()]
    pieces = find_pieces(article.body, blocks)
    quoted = [(p.start - 1, p.end + 1) for p in pieces]
    if mentions is None:
        mentions = person_mentions(doc)
    # People named inside quotations are not who said them.
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in quoted)]
    index = PersonIndex(mentions, text=article.body, headline=article.title or "")
    speakers: list[tuple[int, str]] = []  # (where, who) of each quotation attributed so far
    unnamed: list[tuple[int, str]] = []  # (end, name) of quotations whose verb's subject, a name, was not pinned
    played = impersonated(doc)  # people an actor plays: their lines here are the actor's
    for quotation in group_pieces(article.body, pieces, blocks, doc=doc):
        if names_a_work(doc, quotation):
            continue  # “Avatar” in "the film “Avatar”": a title, not anybody's words
        if set_as_heading(doc, quotation):
            continue  # “Masters Of The Craft”: a heading's copy of the words, not the words as said
        if len(quotation.pieces) == 1 and speakers_label(doc, quotation):
            continue  # Rebel “trade envoy” Olsen said …: the reporter's label for the speaker
        if len(quotation.pieces) == 1 and labels_a_noun(doc, quotation.pieces[0]):
            continue  # 'pushing for a "clean" funding bill' (j217): the writer's label of a thing, nobody's words
        if _RELAYED.match(article.body, quotation.pieces[0].start):
            # Dome "is saying, This is the way it is. There isn't enough money …," he added (j98):
            # words that open on a verb of saying relay another's message, not the speaker's own
            continue
        fact = attribute(
            doc,
            quotation,
            article=article,
            index=index,
            mentions=mentions,
            quoted=quoted,
            speakers=speakers,
            blocks=blocks,
            unnamed=unnamed,
        )
        if fact is not None:
            if fact.via != "organisation":
                speakers.append((fact.quote_end, fact.speaker))
            if surname(fact.speaker) in played:
                continue  # "McKinnon, dressed as Clinton, says …; “…,” Clinton asks": a sketch's line
            yield fact
    yield from _transcript_facts(doc, article=article, pieces=pieces, blocks=blocks, index=index)


def _transcript_facts(
    doc: Doc, *, article: Article, pieces: list, blocks: list[tuple[int, int]], index: PersonIndex
) -> Iterator[QuoteFact]:
    """The lines of a transcript written without quotation marks ("BENENSON: Senator Sanders
    doesn't get to decide …"), each the words of the person its label names."""
    introduced: dict[str, str] = {}  # surname → the full name a label gave ("JOEL BENENSON:", then "BENENSON:")
    every_block = [(b.start, b.end) for b in article.blocks]
    lines = list(transcript_lines(article.body, blocks, pieces, every_block=every_block))
    # A name only a label gives speaks in more than one line: "ROSE GARDEN: …" once is a heading.
    turns = Counter(line.label.split()[-1] for line in lines)
    for line in lines:
        who = _labelled_person(line.label, index, before=line.words.start)
        if who is None and turns[line.label.split()[-1]] > 1:
            who = _label_name(line.label, introduced)
        if who is not None:
            introduced[surname(who)] = who
        quotation = Quotation([line.words])
        b_start, b_end = blocks[line.words.block]
        # the line's own sentences: the next label's short line is another speaker's
        sentences = [s for s in _sentences_around(doc, quotation.start, quotation.end) if s.start_char < b_end]
        if who is None or not sentences:
            continue
        yield _fact(
            article, doc, quotation, speaker=who, via="label", cue=None,
            index=index, b_start=b_start, sentences=sentences,
        )


def attribute(
    doc: Doc,
    quotation: Quotation,
    *,
    article: Article,
    index: PersonIndex,
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
    speakers: list[tuple[int, str]],
    blocks: list[tuple[int, int]],
    unnamed: list[tuple[int, str]],
) -> QuoteFact | None:
    first_block_pieces = [p for p in quotation.pieces if p.block == quotation.pieces[0].block]
    if all(in_a_question_put(doc, p) for p in quotation.pieces):
        return None  # "Asked if Trump should continue calling her “corrupt Hillary,” McCain said": not his (j230)
    frame_start = first_block_pieces[0].start
    frame_end = first_block_pieces[-1].end
    sentences = _sentences_around(doc, frame_start, frame_end)
    if not sentences:
        return None
    s_start, s_end = sentences[0].start, sentences[-1].end

    b_start, b_end = blocks[quotation.pieces[0].block]

    starts = [s for s, _ in quoted]  # the pieces come in text order and do not overlap

    def outside(tok: Token) -> bool:
        at = bisect_right(starts, tok.idx) - 1
        return at < 0 or tok.idx >= quoted[at][1]

    # The attribution lies in the quote's own paragraph (sentences may run across paragraphs).
    frame = [t for t in doc[s_start:s_end] if outside(t) and b_start <= t.idx < b_end]
    resolved = None
    for piece in first_block_pieces:  # “A,” she said, “B.”: the cue follows the first piece
        resolved = _speaker_after_quote(
            doc, quotation, piece.end, index=index, mentions=mentions, speakers=speakers, article_text=article.body
        )
        if resolved is not None:
            break
    candidates = cue_candidates(frame, quotation)
    if resolved is not None and _introduced_before(doc, quotation, candidates, resolved.cue):
        resolved = None  # “… values.” He said …: the next sentence, not this quote's cue
    if resolved is not None and _said_inside_a_report(resolved.cue, quotation, outside):
        resolved = None  # "the younger McMichael said “…,” Dial said" (j230): the words are the inner subject's
    labelled = _transcript_label(article.body, b_start, quotation.start)
    if labelled is not None:
        label, whole = labelled
        who = _labelled_person(label, index, before=quotation.start)
        if who is None and label.lower() in INTERVIEW_LABELS:
            return None  # "Q: “…”": an unnamed interviewer's words, not the guest's
        if who is not None and whole:  # "WALSH: “…”" in a transcript
            return _fact(
                article, doc, quotation, speaker=who, via="label", cue=None,
                index=index, b_start=b_start, sentences=sentences,
            )
    block_index = quotation.pieces[0].block
    opens_paragraph = article.body[b_start : quotation.start].strip() in _OPENING_MARKS
    if resolved is None and not candidates and opens_paragraph and _whole_paragraph(article.body, quotation, (b_start, b_end)):
        signed = _signature(article.body, b_end, index=index)
        if signed is not None:  # “…” ⏎ ― Anna Weber: a signature line after the quotation
            return _fact(
                article, doc, quotation, speaker=signed, via="signature", cue=None,
                index=index, b_start=b_start, sentences=sentences,
            )
        if _signed(article.body, b_end):
            return None  # “…” ⏎ -President Lee, tweeting: signed by one the index cannot name in full, not the speaker before
    if resolved is None and not candidates and opens_paragraph and block_index > 0:
        p_start, p_end = blocks[block_index - 1]
        before = article.body[p_start:p_end].rstrip()
        if before.endswith(":"):
            # "Viguerie said in a statement:" ⏎ “…”
            last = doc.char_span(p_start, p_end, alignment_mode="expand")
            if last is not None:
                sentence = list(last.sents)[-1]
                candidates = [t for t in cue_candidates([t for t in sentence if outside(t)], quotation)]
        elif _whole_paragraph(article.body, quotation, blocks[block_index]):
            # An unattributed paragraph of quotation right after an attributed one continues it.
            previous = [n for pos, n in speakers if p_start <= pos <= p_end]
            if not previous:
                # … or one whose last sentence reports someone's words: "Carter said that …
                # this would not happen." ⏎ “That’s because …”
                reported = _reporter_of_last_sentence(
                    doc, p_start, p_end, index=index, mentions=mentions, speakers=speakers, outside=outside
                )
                previous = [reported] if reported else []
            if previous:
                return _fact(
                    article, doc, quotation, speaker=previous[-1], via="continuation", cue=None,
                    index=index, b_start=b_start, sentences=sentences,
                )
    if resolved is None:
        held_only = False
        unnamed_inner: list[Token] = []  # verbs holding the quote whose subject could not be named
        last_end = quotation.pieces[-1].end
        finished = article.body[:last_end].rstrip()[-1:] not in (",", "?", "!", "—", "-")
        for cue in candidates[:3]:
            if finished and cue.idx >= last_end and reports_own_clause(cue, last_end, article.body):
                continue  # “… a great match.” Williams though blamed her defeat …: her own act, not the words'
            holds = _holds(cue, quotation)
            if held_only and not holds:
                continue
            if _said_inside_a_report(cue, quotation, outside):
                continue  # "the younger McMichael said “…,” Dial said": Dial passes the sentence on
            if any(cue.is_ancestor(inner) for inner in unnamed_inner):
                # "Obama said his daughter asked him, “…”": the outer verb reports the inner
                # speech; the words are the inner subject's, never the reporter's
                continue
            if put_to_subject(cue):
                # "Walsh was asked by Kline, “…”": the question is the asker's, never Walsh's
                speaker_tok = agent_of(cue, outside)
                if speaker_tok is None:
                    return None
            else:
                speaker_tok = speaker_token(cue, outside)
            if speaker_tok is not None and _crowd_words_of_another_clause(cue, speaker_tok, outside):
                return None  # "… Taj Mahal, where protesters had gathered, chanting “…”": not the speaker's
            if (speaker_tok is None or speaker_tok.ent_type_ in ("DATE", "TIME", "GPE", "LOC")) and cue.lower_ != "according":
                # The parser lost the subject ("Saturday at the convention Sen. Elizabeth
                # Warren (D-MA) said …"): the name right before the verb.
                speaker_tok = name_left_of(cue) or speaker_tok
            relay = _relay_of(cue, speaker_tok)
            if relay is not None:
                # "“…,” the agency quoted the minister as saying": the relay's subject passes the
                # words on; the one it quotes spoke them, and with no such object, nobody
                speaker_tok = relayed_speaker(relay, outside)
                if speaker_tok is None:
                    return None
            if speaker_tok is None:
                # "a statement saying that Pierce had “broken his promise”, calling it …": the
                # holding verb's words have no subject to name, and a verb beside the quotation
                # ("calling") does not say whose they are
                held_only = held_only or holds
                if holds and _document_says(cue):
                    # "McConnell pointed out that … The Washington Post ran a headline stating, “…”"
                    # (fresh99): the document's words, never those of the one who tells of it
                    unnamed_inner.append(cue)
                if holds and _right_before(cue, quotation) and _lost_subject_before(cue):
                    # "Reynolds told the shareholders friends … have been telling him “Bill, just
                    # don't pay greenmail”" (j157): the words are the inner verb's speakers, whom
                    # the parse took for the reporter's object, never the reporter's
                    unnamed_inner.append(cue)
                continue
            speaker_tok = _antecedent_of_who(speaker_tok)
            if speaker_tok.lower_ in GROUP_PRONOUNS:
                return None  # "they said", "I said": no single named speaker
            if speaker_tok.lower_ == "who":
                # a relative clause whose person the parse does not give: its verb's words are
                # that person's, never those of a verb beside it
                held_only = held_only or holds
                unnamed_inner += [cue] if holds and _introduces(cue, quotation, doc.text) else []
                continue
            if speaker_tok.lower_ in ("which", "that") and speaker_tok.tag_ == "WDT" and cue.dep_ == "relcl":
                # "Kerlikowske said he also took into account the view of the police guild, which
                # said, “…”" (fresh107): a body's words, never the reporter's
                held_only = held_only or holds
                unnamed_inner += [cue] if holds else []
                continue
            if speaker_tok.pos_ == "PRON" and speaker_tok.lower_ not in PERSON_PRONOUNS:
                continue  # "it" as the subject of a reporting verb is a misparse: look further
            found = resolve_speaker(
                speaker_tok, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers
            )
            if found is not None:
                resolved = Attribution(found[0], found[1], cue, speaker_tok)
                break
            if put_to_subject(cue) and holds:
                return None  # "Walsh is told by a contractor: “…”": the one addressed never stands in
            # the cue's own subject, or a person it takes from the verb it hangs on ("his father
            # showed a rare flash of anger, exclaiming, “…”", j177: not the "Reagan recalled" above;
            # "emails from Colin Powell show him …, labeling him …" stay his)
            own_subject = (
                speaker_tok.head.i == cue.i
                or (speaker_tok.head.is_ancestor(cue) and speaker_tok.lemma_.lower() in UNNAMED_PEOPLE)
            ) and _holds(cue, quotation)
            if own_subject and speaker_tok.text[:1].isupper() and not speaker_tok.is_sent_start:
                unnamed.append((quotation.end, speaker_tok.text))  # a name the parse could not pin
            if speaker_tok.pos_ in ("PROPN", "PRON") or _unnamed_source(speaker_tok):
                # a name or pronoun we cannot pin down, or a person, group or document the
                # text does not name ("a man yelled", "the crowd chanted"): no guessing further
                return None
            if _described_person(speaker_tok) and speaker_tok.head.is_ancestor(cue):
                # "The president singled out Graham, tweeting, “Do it @LindseyGrahamSC …”" (j217): the
                # words are the described person's, whom the index could not name; never the name
                # the participle follows
                return None
            # The subject of the verb whose clause holds the quote could not be named: only
            # another verb holding it may say whose it is, never a verb beside it ("After Beck
            # asked the guest …, the guest replied, “…”" is not Beck's).
            held_only = held_only or own_subject
            unnamed_inner += [cue] if own_subject and _introduces(cue, quotation, doc.text) else []
    if resolved is None:
        resolved = _speaker_before_quote(
            doc, quotation, index=index, mentions=mentions, speakers=speakers, block_start=b_start
        )
    owner = _owner_of_words(doc, quotation, outside)
    if resolved is None and owner is not None:
        # "… Mr. Obama's suggestion that she was “likable enough”": the owner of the words
        found = resolve_speaker(owner, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
        if found is not None and found[1] != "organisation":
            resolved = Attribution(found[0], "reported", owner, owner)
    if resolved is None:
        return None
    if resolved.subject is not None and any(p.start <= resolved.subject.idx < p.end for p in quotation.pieces):
        return None  # "“We Are Wisconsin,” an umbrella group …, said" (j204): the quoted words are the speaker's name
    if resolved.cue is not None and _relayed_twice(resolved.cue, quotation, candidates, doc.text):
        return None  # "ABC said that Flynn will say Trump asked him … “initially as a way …”" (j201): whose words?
    if _attributed_twice(resolved, candidates, outside):
        return None  # "According to the April 24 directive, “…,” the party's paper Nhan Dan said": whose words?
    if resolved.cue is not None and not put_to_subject(resolved.cue) and _put_to(
        doc, quotation, frame, resolved.speaker, index=index, mentions=mentions, speakers=speakers
    ):
        return None  # "Sanders was asked by host Bill Maher, who …, but has dismissed …, “…?”"
    if resolved.via.startswith("pronoun") and _after_an_unnamed_speaker(
        quotation.start, resolved.speaker, speakers, unnamed, mentions
    ):
        return None  # "D’Souza replied, “…”" (a name the parse missed). “…,” he added: "he" is D’Souza
    if resolved.via == "organisation" and resolved.cue.lemma_.lower() in CROWD_VERBS:
        return None  # "the union chanted “…”": a slogan of its members, nobody's own words
    if owner is not None and owner.i != resolved.subject.i:
        # "Lopez mocked Becker's boast that “…”": the words are Becker's, not the mocker's.
        found = resolve_speaker(owner, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
        if found is None or found[1] == "organisation":
            return None
        resolved = Attribution(found[0], "reported", resolved.cue, owner)
    return _fact(
        article, doc, quotation, speaker=resolved.speaker, via=resolved.via, cue=resolved.cue,
        index=index, b_start=b_start, sentences=sentences, subject=resolved.subject,
    )


_OPENING_MARKS = ("“", '"', "''", "``", "„")


def _crowd_words_of_another_clause(cue: Token, speaker: Token, outside: Callable[[Token], bool]) -> bool:
    """Whether a chant or a shout with no subject of its own ("…, chanting “no contract, no
    peace”", "shaking fists at him and shouting “traitor”") is given to ``speaker`` by the parse
    across another clause with its own subject: the participle may hang on either ("Clinton
    spoke near the casino, where protesters had gathered, chanting …"; "The crowd rushed at
    Gonzalez as he stepped out, … shouting …"), and the words are a crowd's more often than
    the person's the sentence is about. No card rather than a guess."""
    if cue.lemma_.lower() not in CROWD_VERBS or speaker.head.i == cue.i:
        return False
    subjects = {
        t.i for t in cue.sent
        if t.dep_ in ("nsubj", "nsubjpass") and outside(t) and t.tag_ not in ("WDT", "WP") and t.head.pos_ in ("VERB", "AUX")
    }
    return len(subjects - {speaker.i}) > 0


def _put_to(
    doc: Doc,
    quotation: Quotation,
    frame: list[Token],
    speaker: str,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
) -> bool:
    """Whether a quoted question is put to ``speaker`` by its own sentence: "Sanders was asked by
    host Bill Maher, who …, but has previously dismissed the story, “…, has it not?”" — a verb
    of addressing in the passive before the quotation has the person as its subject, so a
    question there is the asker's, whatever other verb the parse gave it to."""
    if not doc.text[quotation.start : quotation.end].rstrip(" ”\"'’").endswith("?"):
        return False
    for verb in frame:
        if verb.idx >= quotation.start or not put_to_subject(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
        if found is not None and found[0] == speaker:
            return True
    return False


def _relayed_twice(cue: Token, quotation: Quotation, candidates: list[Token], text: str) -> bool:
    """Whether a phrase quoted in ``cue``'s clause, not introduced as its direct speech, is reported
    through two more reporting verbs above it ("ABC also said that Flynn will say Trump asked him
    to make contact with Russia “initially as a way to work together …”", j201): three speakers
    stand over the words — the outlet, its witness, the one asking — and the text does not say
    which one's words they are. One reporter above ("Smith said Trump called it “a disaster”")
    leaves them the inner speaker's."""
    if _introduces(cue, quotation, text):
        return False

    def subject(verb: Token) -> str | None:
        return next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    own = subject(cue)
    # reporters of their own: a verb above with a subject of its own, another than the cue's
    # ("he began posting messages, promising …" is one speaker however many verbs say so)
    others = {subject(v) for v in candidates if v.i != cue.i and v.is_ancestor(cue)} - {None, own}
    return own is not None and len(others) >= 2


def _attributed_twice(resolved: Attribution, candidates: list[Token], outside: Callable[[Token], bool]) -> bool:
    """Whether the quotation's sentence gives its words two sources: an organisation as a
    reporting verb's subject and an "according to" other than it ("According to the April 24
    directive, “…,” the party's newspaper Nhan Dan said"). The body relays what the other wrote
    or said, and which one a "Who said …?" card means, the sentence does not settle (j48): no
    card. A person who "said, according to Frankel" or "according to audio" spoke the words;
    the "according to" is the account of it."""
    cue = resolved.cue
    if cue is None or cue.lower_ == "according" or not (resolved.via == "organisation" or _named_as_a_body(resolved.subject)):
        return False
    for other in candidates:
        if other.lower_ != "according" or other.sent != cue.sent:
            continue
        source = speaker_token(other, outside)
        if source is not None and source.i != resolved.subject.i:
            return True
    return False


# Nouns that describe the name after them as a body, not a person ("the party's official
# [mouthpiece] Nhan Dan", "the state [newspaper] Pasaxon"), beside ``ORG_HEAD_NOUNS``.
BODY_DESCRIPTORS = ORG_HEAD_NOUNS | frozenset(["mouthpiece", "organ", "paper", "daily", "weekly", "magazine", "journal", "tabloid"])


_WORDS_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS  # a document, or a noun for words ("statement", "remarks")


def _document_says(cue: Token) -> bool:
    """Whether a verb of saying is a participle describing a document or a noun for words ("a
    headline stating", "a letter reading", "a statement saying"): whose words they are is the
    document's to tell."""
    noun = cue.head
    return cue.dep_ == "acl" and noun.pos_ == "NOUN" and noun.lemma_.lower() in _WORDS_NOUNS


def _described_person(subject: Token) -> bool:
    """Whether a subject is "the" and a person's title or role ("the president", "the senator")."""
    return (
        subject.pos_ == "NOUN" and subject.lemma_.lower() in ANAPHORIC_ROLES | ROLE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    )


def _named_as_a_body(subject: Token) -> bool:
    """Whether the name ``subject`` ends comes right after a noun of a body ("the official
    mouthpiece Nhan Dan"): a newspaper or agency, whatever the tagger calls the name."""
    start = subject.i
    while start > 0 and subject.doc[start - 1].pos_ == "PROPN":
        start -= 1
    before = subject.doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in BODY_DESCRIPTORS


def _holds(cue: Token, quotation: Quotation) -> bool:
    """Whether the quotation is in the reporting verb's own clause ("X replied, “…”")."""
    return cue.lower_ != "according" and any(quotation.start <= t.idx < quotation.end for t in cue.subtree)


def _introduces(cue: Token, quotation: Quotation, text: str) -> bool:
    """Whether ``cue`` introduces the quotation as direct speech: only its objects and a comma
    or colon stand between them ("asked him, “Why …”"), not "that" or a preposition ("were
    calling “every 15 minutes”", "meant that “If …”": a phrase inside the reporter's own words)."""
    between = [
        t for t in cue.doc[cue.i + 1 : cue.sent.end] if t.idx < quotation.start and not t.is_space and t.text not in _OPENING_MARKS
    ]
    return (
        bool(between)
        and between[-1].text in (",", ":")
        and all(t.dep_ in ("dobj", "dative", "punct") or t.head.dep_ in ("dobj", "dative") for t in between[:-1])
    )


def _right_before(cue: Token, quotation: Quotation) -> bool:
    """Whether the reporting verb stands right before the quotation with only its objects, a
    comma or a colon between ("telling him “…”", "asked, “…”"): it introduces the words."""
    if cue.idx >= quotation.start:
        return False
    between = [
        t for t in cue.doc[cue.i + 1 : cue.sent.end] if t.idx < quotation.start and not t.is_space and t.text not in _OPENING_MARKS
    ]
    return all(t.text in (",", ":") or (t.dep_ in ("dobj", "dative") and t.head.i == cue.i and t.pos_ in ("PRON", "PROPN")) for t in between)


def _lost_subject_before(cue: Token) -> bool:
    """Whether a tensed verb with no subject of its own follows, over its auxiliaries, a noun the
    parse hung elsewhere ("friends and family members | have been telling him"): its subject,
    lost. Not a verb after a comma or "and" ("…, replied:", "and calling him"), whose subject is
    the clause's before."""
    doc = cue.doc
    if cue.tag_ == "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    i = cue.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg") and doc[i].head.i == cue.i:
        i -= 1
    return i >= 0 and i < cue.i - 1 and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].head.i != cue.i


def _below_the_holder(cue: Token, quotation: Quotation) -> bool:
    """Whether ``cue`` opens a subordinate clause ("as", "when") below a verb outside the
    quotation whose clause holds it, without holding it itself ("praising “…” as he promised to
    defend …"): the cue's clause says what else happened, and its subject need not be the one
    who said the words."""
    if _holds(cue, quotation) or not any(c.dep_ == "mark" and c.lower_ != "that" for c in cue.children):
        return False  # “…,” Trump told NBC, after "he warned": the parse may hang the cue there
    return any(
        a.pos_ in ("VERB", "AUX") and not quotation.start <= a.idx < quotation.end and _holds(a, quotation)
        for a in cue.ancestors
    )


def _after_an_unnamed_speaker(
    start: int, speaker: str, speakers: list[tuple[int, str]], unnamed: list[tuple[int, str]], mentions: list[Mention]
) -> bool:
    """Whether the last quotation before ``start`` (within a pronoun's reach, with nobody named
    in between) is one whose speaker the text gives in words the parse could not pin to a
    person: a "he said" after it goes on with that speaker, so no one named earlier may be
    credited (but that name's own bearer may: "de Blasio said, “…” ⏎ But, he added, “…”")."""
    last_unnamed, name = max(((end, n) for end, n in unnamed if end <= start), default=(-1, ""))
    if last_unnamed < 0 or start - last_unnamed > PRONOUN_WINDOW or surname(speaker) == name:
        return False
    if any(last_unnamed <= m.start < start for m in mentions):
        return False  # "“…,” the moderator said. Trump stood by it: “…,” he said": Trump
    return all(at < last_unnamed for at, _ in speakers if at <= start)


# A transcript line's label: a name in capitals (or "Q"/"A") and a colon opening the paragraph.
_LABEL = re.compile(rf"\s*({SPEAKER_NAME})[ \t]*:")


def _transcript_label(body: str, block_start: int, quote_start: int) -> tuple[str, bool] | None:
    """The label opening the quotation's paragraph ("MAHER:", "Q:") and whether nothing but
    the label stands before the quotation."""
    m = _LABEL.match(body, block_start, quote_start)
    if m is None:
        return None
    rest = body[m.end() : quote_start].strip()
    return m.group(1), rest in _OPENING_MARKS or rest == ""


def _labelled_person(label: str, index: PersonIndex, *, before: int) -> str | None:
    """The person the article names whom a transcript label stands for ("SANDERS" → Bernie
    Sanders); None for an unnamed "Q"/"A" or a label naming no one the article names."""
    if label.lower() in INTERVIEW_LABELS:
        return None
    name = " ".join(w.capitalize() for w in label.split())
    full = index.full_name(name, before=before)
    return full if full is not None and full in index.full_names else None


def _label_name(label: str, introduced: dict[str, str]) -> str | None:
    """The person a transcript label names when the parse found no such person in the prose
    (names in capitals are rarely tagged): a given name and a surname ("JOEL BENENSON" → Joel
    Benenson), or a surname an earlier label gave in full."""
    words = [w.capitalize() for w in label.split()]
    if len(words) == 1:
        return introduced.get(words[0])
    return " ".join(words) if len(words) <= 3 and is_first_name(words[0]) else None


def _antecedent_of_who(tok: Token) -> Token:
    """"Mr. Ekovich, who noted that …" → "Ekovich"; "Alfonso Aguilar, the executive director
    …, who also said" → "Aguilar". Any other word is returned as it is."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "…, who is running for Congress and who worked the crowd"
    if tok.lower_ != "who" or clause.dep_ != "relcl" or clause.head.i == clause.i:
        return tok
    antecedent = clause.head
    while antecedent.dep_ == "appos" and antecedent.head.i != antecedent.i:
        antecedent = antecedent.head
    if antecedent.pos_ not in ("PROPN", "NOUN") or antecedent.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return tok  # "the reviews director at Publishers Weekly, who said": not the weekly
    return _named_as(antecedent) or antecedent


def _named_as(noun: Token) -> Token | None:
    """The name a noun is given by "named" or "called": "an academic named Eric Kingson" → Kingson."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("name", "call"):
            names = [c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"]
            if names:
                return names[0]
    return None


def _owner_of_words(doc: Doc, quotation: Quotation, outside: Callable[[Token], bool]) -> Token | None:
    """Whose words a quotation is when a noun for words holds it ("Becker's boast that “…”",
    "the claim by Becker that “…”"): the noun's possessor or "by" object, if there is one."""
    opening = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if opening is None:
        return None
    word = opening[0]
    for _ in range(6):  # up from the quotation's first word to a noun for words outside it
        if word.head.i == word.i:
            return None
        link, word = word.dep_, word.head
        if not outside(word):
            continue
        if word.pos_ == "NOUN" and link not in ("acl", "ccomp", "appos", "relcl"):
            return None  # the quote must be what the noun says ("boast that “…”"), not its label
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("acl", "ccomp", "relcl"):
            return None  # a clause of its own: the reporting verb, not a noun, holds the quote
        if word.pos_ == "NOUN" and word.lemma_.lower() in SPEECH_NOUNS and word.idx < quotation.start:
            if _times_a_saying(word):
                return None  # "Gray told reporters after Reagan's remarks that “…”" (j71): Gray's words
            if word.dep_ == "dobj" and word.head.lemma_.lower() in ECHO_VERBS:
                return None  # "Amash echoed Paul's remarks: “…”" (fresh99): Amash's own words, like Paul's
            return _possessor(word)
    return None


# Verbs whose subject says the like of another's words ("echoed Paul's remarks: “…”"): the
# words quoted after them are the subject's, not the possessor's.
ECHO_VERBS = frozenset(["echo", "second", "mirror"])

# Prepositions that make a noun for words the time of another act ("after Reagan's remarks").
_TIME_PREPOSITIONS = frozenset(["after", "before", "following", "since", "until", "during"])


def _times_a_saying(noun: Token) -> bool:
    """Whether a noun for words only dates a verb of saying ("Gray told reporters [after
    Reagan's remarks] that “…”"): it is the object of a preposition of time hung on that verb,
    and the parse hung the quoted clause on the noun, not on the verb whose words it is."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS


def _possessor(noun: Token) -> Token | None:
    """Who a noun for words belongs to: "Becker's boast", "his claim", "the claim by Becker"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.lower_ in PERSON_PRONOUNS):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "PRON")]
            if objects:
                return objects[0]
    return None


def _unnamed_source(tok: Token) -> bool:
    """A common noun for people or a group ("aide", "crowd"), or "a"/"one" before a word
    for a document ("a letter", "one ad"): a source the text leaves unnamed."""
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in UNNAMED_SPEAKERS or tok.lower_ in UNNAMED_SPEAKERS:
        return True
    indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in tok.children)
    return indefinite and tok.lemma_.lower() in DOCUMENT_NOUNS


def _introduced_before(doc: Doc, quotation: Quotation, candidates: list[Token], after_cue: Token) -> bool:
    """Whether the quote's own sentence introduces it with a reporting verb before it ("X
    warned that such a ban would be “…”") while the cue found after it starts a new sentence."""
    opening = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if opening is None:
        return False
    sentence = opening[0].sent
    if sentence.start <= after_cue.i < sentence.end:
        return False
    return any(
        sentence.start <= c.i < sentence.end and c.idx < quotation.start and quotation.start <= max(t.idx for t in c.subtree)
        for c in candidates
    )


def _reporter_of_last_sentence(
    doc: Doc,
    start: int,
    end: int,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    outside: Callable[[Token], bool],
) -> str | None:
    """The person whose words the paragraph's last sentence reports, when its main verb is a
    reporting verb with a named (or he/she) subject: "Carter said that …"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = list(span.sents)[-1]
    root = sentence.root
    if root.lemma_.lower() not in REPORTING_VERBS or root.pos_ != "VERB" or not outside(root):
        return None
    subject = speaker_token(root, outside)
    if subject is None or subject.pos_ not in ("PROPN", "PRON"):
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=subject.idx, speakers=speakers)
    return found[0] if found is not None and found[1] != "organisation" else None


_SIGNATURE = re.compile(r"[ \t]*(?:―|—|–|--?)[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*(?:,[^\n]{0,60})?[ \t]*(?:\n|$)")


def _signed(body: str, end: int) -> bool:
    """Whether a line of a dash and a capitalised name follows the paragraph ending at ``end``:
    the quotation is signed by someone, even when ``_signature`` cannot name the person."""
    return _SIGNATURE.match(body, _next_line(body, end)) is not None


def _next_line(body: str, end: int) -> int:
    """Where the line after the paragraph ending at ``end`` starts."""
    while end < len(body) and body[end] in "\r\n":
        end += 1
    return end


# A pull quote's attribution line, set without a dash: "Jane Roe, Policy Institute." on its own line.
_ATTRIBUTION_LINE = re.compile(r"[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,3})[ \t]*(?:,[^\n.;:!?]{0,60})?\.?[ \t]*(?:\n|$)")


def _signature(body: str, end: int, *, index: PersonIndex) -> str | None:
    """The person a line of a dash and a name after a quotation signs ("― Anna Weber", "—
    Tom Becker, union leader"). Such a line is left out of the text blocks (it has no full
    stop), so it is read from the body; the name must be a person's."""
    start = _next_line(body, end)
    m = _SIGNATURE.match(body, start)
    dashless = m is None
    m = m or _ATTRIBUTION_LINE.match(body, start)
    if m is None:
        return None
    name = clean_name(m.group(1)) or ""
    words = name.split()
    if not words or dashless and not (len(words) >= 2 and is_first_name(words[0])):
        return None  # a pull quote's attribution line names a person in full ("Jane Roe, Policy Institute.")
    full = index.full_name(name, before=end)
    if full is not None and full in index.full_names:
        return full
    return name if len(words) >= 2 and is_first_name(words[0]) else None


def _whole_paragraph(body: str, quotation: Quotation, block: tuple[int, int]) -> bool:
    after = body[quotation.end : block[1]].strip()
    return after in ("”", '"', "''", "") and len(quotation.pieces) == 1


def _fact(
    article: Article,
    doc: Doc,
    quotation: Quotation,
    *,
    speaker: str,
    via: str,
    cue: Token | None,
    index: PersonIndex,
    b_start: int,
    sentences: list,
    subject: Token | None = None,
) -> QuoteFact:
    s_start = sentences[0].start
    quote_text = " … ".join(_strip_trailing_comma(article.body[p.start : p.end]) for p in quotation.pieces)
    evidence_start = max(b_start, min(doc[s_start].idx, quotation.start - 1))
    last_sentence_end = sentence_end(sentences[-1])  # its words' end: the blanked furniture after it ("___.") stays out
    evidence_end = max(last_sentence_end, quotation.end + 1)
    evidence_end = min(evidence_end, len(article.body))
    while evidence_end > evidence_start and article.body[evidence_end - 1].isspace():
        evidence_end -= 1
    short = len(quote_text.split()) <= 3
    # "a chilling effect upon" the group's work: the quoted words alone are no whole phrase
    cut = cut_before_object(doc, quotation, article.body)
    verb, target = naming_verb_target(cue, quotation) if cue is not None and short and not cut else (None, None)
    reported = reported_clause(doc, cue, quotation, article.body) if cue is not None else None
    clause = reported.text if reported is not None else None
    if cut and clause is not None and clause.endswith(("”", '"', "''")):
        clause = None  # the clause stops at the mark: it leaves the phrase as open as the quotation
    past = cue is not None and cue.tag_ == "VBD" and cue.lemma_.lower() in QUESTION_VERBS
    blanked = speaker_cloze(article.body, evidence_start, evidence_end, subject, speaker, quotation)
    cue_words = cue.lower_ if past and cue is not None else "said"
    if clause is not None and cue is not None and cue.lemma_.lower() in CALLING_VERBS - QUESTION_VERBS:
        # "Boxer called what she witnessed “terrible”": what she called it, never what she said
        # ("Who said what she witnessed …?"); asked with the naming verb in the past, else not
        cue_words = cue.lower_ if cue.tag_ in ("VBD", "VBN") else None
        clause = clause if cue_words is not None else None
    if clause is not None and cue is not None and clause.startswith("to "):
        # An infinitive is what the speaker asked for: "Clinton called on members to be “…”"
        # asks "Who called on members to be “…”?", never "Who said to be “…”?".
        cue_words = _verb_before_infinitive(cue, article.body, quotation)
        clause = clause if cue_words is not None else None
    return QuoteFact(
        article_id=article.id,
        quote=quote_text,
        quote_start=quotation.start,
        quote_end=quotation.end,
        speaker=speaker,
        start=max(0, evidence_start),
        end=evidence_end,
        cue=cue.text if cue is not None else "",
        role=index.role(speaker),
        via=via,
        verb=verb,
        target=target,
        clause=clause,
        clause_leans=reported is not None and reported.leans,
        cue_past=cue_words or "said",
        cloze=blanked[0] if blanked else None,
        cloze_span=blanked[1] if blanked else None,
        cut_short=cut,
    )


def _verb_before_infinitive(cue: Token, body: str, quotation: Quotation) -> str | None:
    """How "Who … to …?" asks an infinitive the speaker reported: the reporting verb with the
    words between it and its infinitive ("called on members", "urged the board"), or a past
    speech verb alone that takes it ("promised"), when the verb is finite; else None ("said to
    be", "urging members to": no question reads naturally, and the card is asked otherwise)."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.lemma_.lower() == "say":
        return None
    xcomp = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.i > cue.i), None)
    if xcomp is None:
        return None
    to = min(xcomp.subtree, key=lambda t: t.i)
    words = " ".join(body[cue.idx : to.idx].split())
    if len(words.split()) == 1:
        return cue.lower_ if cue.tag_ == "VBD" and cue.lemma_.lower() in QUESTION_VERBS else None
    if len(words.split()) > 8 or any(q in words for q in "“”\"") or to.idx >= quotation.start:
        return None
    return words


def _strip_trailing_comma(text: str) -> str:
    text = text.strip()
    while text and text[-1] in ",;:":
        text = text[:-1].rstrip()
    return text


def _sentences_around(doc: Doc, start: int, end: int) -> list:
    if not len(doc):
        return []
    length = doc[-1].idx + len(doc[-1].text_with_ws)  # not Doc.text, which is rebuilt on every read
    span = doc.char_span(max(0, start - 1), min(length, end + 1), alignment_mode="expand")
    if span is None or not len(span):
        return []
    sents = [span[0].sent]
    while sents[-1].end < len(doc) and sents[-1].end < span.end:
        sents.append(doc[sents[-1].end].sent)
    # The attribution often follows the closing mark in the next "sentence" ("… .” he said.").
    following = sents[-1].end
    if following < len(doc):
        nxt = doc[following].sent
        if nxt.start_char - end <= 3 and len(nxt) <= 12:
            sents.append(nxt)
    return sents


def _speaker_before_quote(
    doc: Doc,
    quotation: Quotation,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    block_start: int,
) -> Attribution | None:
    """"…, her adviser, Jake Sullivan, said: “…" / "Stoltenberg told reporters: “…": the name
    right before a reporting verb that introduces the quote (when the parser lost the link)."""
    span = doc.char_span(block_start, quotation.start - 1, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    # Walk back over the introducing punctuation and the verb's complement ("told reporters").
    i = len(tokens) - 1
    while i >= 0 and tokens[i].text in (":", ",", "—"):
        i -= 1
    tail = tokens[max(0, i - 3) : i + 1]
    cue_at = next(
        (
            j for j in range(len(tail) - 1, -1, -1)
            if tail[j].lemma_.lower() in REPORTING_VERBS and tail[j].pos_ == "VERB" and not noun_read_as_verb(tail[j])
        ),
        None,
    )
    if cue_at is None:
        # "Rep. Trey Gowdy (R-S.C.): “…”", "More from Jones: “…”": a name and a colon.
        named = name_before_colon(tokens)
        if named is None:
            return None
        found = resolve_speaker(named, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
        if found is None or found[1] == "organisation":
            return None
        return Attribution(found[0], found[1], tokens[-1], named)
    cue = tail[cue_at]
    subject = name_left_of(cue, pronouns=True)
    if subject is None:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
    return Attribution(found[0], found[1], cue, subject) if found else None


def _mistagged_name(tok: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for an adverb or a verb
    ("said Skelly"): possibly a surname, which ``resolve_speaker`` accepts only for a person
    the article names."""
    return tok.pos_ in ("ADV", "VERB", "ADJ", "X", "INTJ") and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


_SKIP_AFTER = {",", "”", '"', "''", "—", "–", "-"}


def _speaker_after_quote(
    doc: Doc,
    quotation: Quotation,
    closed_at: int,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    article_text: str,
) -> Attribution | None:
    """The common shapes right after the closing mark: ", Trump said" / ", said Geoff Garin" / ", he said"."""
    span = doc.char_span(closed_at, min(len(article_text), closed_at + 80), alignment_mode="expand")
    if span is None:
        return None
    tokens = []
    for t in span:
        if "\n" in t.text or "\n" in t.whitespace_:
            if t.is_space:
                break
            tokens.append(t)
            break  # the attribution belongs to the quote's own paragraph
        if not t.is_space:
            tokens.append(t)
    while tokens and (tokens[0].text in _SKIP_AFTER or tokens[0].idx < closed_at):
        tokens = tokens[1:]
    if not tokens or tokens[0].text[:1] in "“\"":
        return None
    if tokens[0].text == "." and len(tokens) > 1 and tokens[1].text[:1].isupper():
        # 'Labour's slogan will be: "… wreck it again". Campaign coordinator Alan Milburn accused
        # …' (j60): the stop after the closing mark ends the quotation's own sentence, and the next
        # sentence's verb tells what its subject did, not who said the words before
        return None
    cue_at = next(
        (i for i, t in enumerate(tokens[:14]) if is_reporting_verb(t)),
        None,
    )
    if cue_at is None:
        return None
    open_ended = article_text[:closed_at].rstrip()[-1:] in (",", "?", "!", "—", "-")
    if tokens[cue_at].lemma_.lower() not in NEWS_REPORTING_VERBS and not open_ended:
        return None  # “… candidate.” Romney fired back …: a verb of the wider lexicon after a
        # finished sentence more likely starts a new one
    cue = tokens[cue_at]
    if _below_the_holder(cue, quotation):
        return None  # praising “…” as he promised to …: "promised" tells what else the praiser did
    # “… up to me.” Birmingham manager Steve Bruce insists he does not want to sell: Bruce's own
    # words follow, and the quotation is his only if he also spoke the words before it
    own_clause = not open_ended and reports_own_clause(cue, closed_at, article_text)
    following = tokens[cue_at + 1 :]
    clause_end = next((t for t in following if t.text in (".", ":", "?", "!")), None)
    if clause_end is not None and clause_end.text == ":":
        return None  # “A.” Mr. Zahed said: “B.”: the cue introduces the next quotation
    if cue_at == 0:  # "said Geoff Garin, a Democratic pollster"
        # The noun phrase after the cue; the speaker is the last name in it ("said former
        # Obama adviser David Axelrod", "mused Blaze co-host Stu Burguiere").
        # A bracketed aside inside it is read past: "said European Union (EU) trade commissioner
        # Jo Roe" is Jo Roe's, not the body's named in the commissioner's title.
        phrase = []
        rest = tokens[1:]
        i = 0
        while i < len(rest) and len(phrase) < 11:
            t = rest[i]
            if t.text == "(" and phrase:
                closing = next((j for j in range(i + 1, min(len(rest), i + 6)) if rest[j].text == ")"), None)
                if closing is None:
                    break
                i = closing + 1
                continue
            if t.text == "." and t.is_sent_end:
                break  # “…,” said Richie Porterhouse. Mr Telford agreed …: the next sentence's subject is no part of the phrase (j53)
            # a name's own inner words: "said Industrial Bank [of] Japan Ltd senior economist
            # Susumu Taketomi" (j103: the quote went to the bank)
            inside_a_name = bool(phrase) and t.ent_iob_ == "I" and t.pos_ in ("ADP", "CCONJ")
            if t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or t.text in (".", "-", "'s", "’s") or _mistagged_name(t) or inside_a_name:
                phrase.append(t)
                i += 1
            else:
                break
        while phrase and phrase[-1].text in (".", "-"):
            phrase = phrase[:-1]
        if not phrase or not (phrase[-1].pos_ == "PROPN" or _mistagged_name(phrase[-1])):
            return None  # "said a senior Cruz adviser": the name only describes the speaker
        after = rest[i : i + 2]
        if len(after) == 2 and after[0].pos_ == "CCONJ" and after[1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PRON"):
            return None  # "said Jo Roe and health commissioner Al Poe": two speakers, no one to ask for
        subject = phrase[-1]
    else:  # "Trump said", "Mr. Carter said", "he said", "British Prime Minister Theresa May said"
        before = drop_parenthetical(tokens[:cue_at])
        if not before or len(before) > 7:
            return None
        if any(t.pos_ in ("VERB", "AUX", "PUNCT") and t.text not in (".",) for t in before):
            return None
        if any(
            t.pos_ == "CCONJ" and any(w.ent_type_ == "PERSON" or w.lower_ in PERSON_PRONOUNS for w in before[:k])
            for k, t in enumerate(before)
        ):
            return None  # "Jo Roe and Al Poe said": two speakers (not "Trade and Industry Minister Jo Roe said")
        subject = before[-1]
        if subject.pos_ == "ADV" and len(before) > 1:
            subject = before[-2]
    subject = _reported_speaker(cue) or subject
    if relays_words(cue):
        # “…,” the agency quoted the minister as saying: the minister's words, never the agency's
        relayed = relayed_speaker(cue, lambda t: t.idx >= closed_at)
        if relayed is None:
            return None
        subject = relayed
    if subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
    if found and own_clause and not _spoke_just_before(found[0], quotation.start, speakers):
        return None
    if found and _named_inside_the_subject(subject, cue) and (
        found[1] != "organisation" or subject.head.head.lemma_.lower() not in _VOICE_NOUNS
    ):
        # "“…,” an aide to Seguin said" (j92): the aide's words, not Seguin's; "a second source
        # at CNN told The Hill" (j177): an unnamed insider's, not CNN's (its spokesman speaks for it)
        return None
    return Attribution(found[0], found[1], cue, subject) if found else None


# Nouns of a person the text leaves unnamed, kin among them ("his father").
UNNAMED_PEOPLE = UNNAMED_SPEAKERS | frozenset(KIN_GENDERS)

# Nouns of someone who speaks for an organisation: "a spokesman for the Pentagon said" is its word.
_VOICE_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement", "release"])


def _named_inside_the_subject(name: Token, cue: Token) -> bool:
    """Whether the parse makes ``name`` the object of a preposition inside the reporting verb's
    subject, a common noun ("an aide to Seguin said", "a lawyer for Roe said"): the one who spoke
    is the noun's person, whom the text leaves unnamed. A name the subject's own title holds
    ("Secretary of State John Kerry said") is the subject itself."""
    if name.dep_ != "pobj" or name.head.dep_ != "prep":
        return False
    holder = name.head.head
    return holder.pos_ == "NOUN" and holder.dep_ in ("nsubj", "nsubjpass") and holder.head == cue


def _spoke_just_before(name: str, quote_start: int, speakers: list[tuple[int, str]]) -> bool:
    """Whether the last quotation before ``quote_start`` is ``name``'s: '“A,” the Senate
    minority leader said. “B.” Reid said both …': B goes on with Reid's words."""
    before = [who for at, who in speakers if at <= quote_start]
    return bool(before) and before[-1] == name


def _said_inside_a_report(cue: Token | None, quotation: Quotation, outside: Callable[[Token], bool]) -> bool:
    """Whether ``cue`` reports a sentence whose own verb of saying, before the quotation and with
    its own subject, holds it: "the younger McMichael said “f–king n—-r,” Dial said, quoting
    Bryan" (j230; the parse makes the inner "said" the outer's complement or the outer a
    parenthesis of it). The words are the inner subject's; the cue passes the sentence on."""
    if cue is None:
        return False
    inner = [cue.head] if cue.dep_ == "parataxis" else [c for c in cue.children if c.dep_ == "ccomp"]
    for verb in inner:
        if verb.i == cue.i or verb.idx >= quotation.start or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and outside(c) and (c.pos_ == "PROPN" or c.lower_ in PERSON_PRONOUNS)
            for c in verb.children
        ):
            continue  # a person's own saying: "Christie said Trump's tweet … meant that “…”" is Christie's
        if any(
            quotation.start <= t.idx < quotation.end and not t.is_punct and t.head.i == verb.i and t.dep_ in ("dobj", "ccomp")
            for t in verb.subtree
        ):
            return True
    return False


def _relay_of(cue: Token, speaker: Token | None) -> Token | None:
    """The verb by which ``speaker`` only passes the quotation on: the cue itself when it is a
    relay verb ("the agency quoted …", the subject lost by a misparse), or the relay verb whose
    subject ``speaker`` is above the cue ("the paper quoted X as [saying]: “…”")."""
    if speaker is None:
        return None
    if relays_words(cue):
        return cue
    if speaker.dep_ == "nsubj" and speaker.head.is_ancestor(cue) and relays_words(speaker.head):
        return speaker.head
    return None


def _reported_speaker(cue: Token) -> Token | None:
    """The speaker whose words another reports: "Lopez" in "“…,” Becker said Lopez had told
    him" or "Becker recalled Lopez saying" (the cue's clause is itself a reporting verb with a
    subject of its own and no content clause of its own: the quotation is its content, and
    the cue's subject only passes it on). None when the cue reports its subject's own words."""
    for clause in cue.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < cue.i or not is_reporting_verb(clause):
            continue
        if clause.lemma_.lower() not in NEWS_REPORTING_VERBS or any(c.dep_ == "ccomp" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS):
            return subject
    return None


