"""From the j168 sample (96522257, the AllSides draw fresh17, read after scoring).

- "President Obama", then "first lady Michelle Obama", then "Mr. Obama said" six times: every
  "Mr. Obama" came after she was named, so the honorific was read as hers and both speeches
  went to Michelle Obama. A role noun or kinship word written of the person herself ("first
  lady") outweighs an honorific of her surname (``PersonIndex.gender``).
- "Three officials at the Phoenix Veterans Affairs center …" and "Secretary of Veterans Affairs
  Eric K. Shinseki said": the tagger read "Phoenix Veterans Affairs" and "Affairs" as people, and
  the card asked "Who was the Secretary of Veterans (May 2014)?" → "Phoenix Veterans Affairs".
  "Affairs", a department's last word, is no part of a person's name (``NOT_NAME_WORDS``).
- "The report also alleges … that he meddled with the decision-making …, while asking them to
  avoid putting the details in writing, placing “ideology over objectivity …”": the words were
  credited to him (the subject of "asking"). A quotation a verb holds only inside an adverbial
  clause of a verb of no speech ("placing") tells what was done, in someone else's words: no cue
  above it reports them (``cues.cue_candidates``).
- "Who said: “… he said, 'Greg, we're under attack.'”?" → Gregory Hicks: the quotation names its
  speaker by the short form of his given name, and the card gives itself away
  (``items.quotes._mentions``).
"""

from __future__ import annotations

from tests.articles import facts_of, make_article, shown, wire_items


def test_a_mr_after_the_first_lady_is_named_is_not_her(tmp_path):
    body = (
        "Former President George W. Bush shared a stage with President Obama on Thursday during the unveiling "
        "of his official portrait at the White House.\n\n"
        "Mr. Bush looked out in the audience to first lady Michelle Obama and thanked her for the welcome.\n\n"
        "\u201cWe may have our differences politically, but the presidency transcends those differences,\u201d "
        "Mr. Obama said.\n\n"
        "\u201cThe house belongs to all of us,\u201d Mr. Obama added later, as Mr. Bush looked on."
    )
    items = wire_items(tmp_path, body, title="Bush returns to the White House for his portrait", date="2012-05-31")
    quotes = [i for i in items if i.kind == "quote" and "differences" in i.question]
    assert quotes, shown(items)
    assert not any("Michelle" in i.answer for i in items if i.kind == "quote"), shown(items)


def test_a_departments_affairs_is_no_person(tmp_path):
    body = (
        "Three officials at the Phoenix Veterans Affairs center where key data allegedly was concealed while "
        "dozens of veterans died waiting for care have been placed on leave, the Department of Veterans Affairs "
        "said Thursday.\n\n"
        "Phoenix VA Health Care System Director Sharon Helman and Associate Director Lance Robinson were placed "
        "on leave as authorities probe allegations that officials kept a fake waiting list.\n\n"
        "\u201cWe take these allegations very seriously,\u201d Secretary of Veterans Affairs Eric K. Shinseki said "
        "in a statement released late Thursday afternoon."
    )
    items = wire_items(tmp_path, body, title="3 Phoenix VA officials placed on leave amid scandal", date="2014-05-01")
    assert not any("Affairs" in i.answer for i in items if i.kind in ("person", "quote")), shown(items)
    assert not any(i.question.startswith("Who was the Secretary of Veterans ") for i in items), shown(items)


def test_words_inside_an_act_below_a_reporting_verb_are_not_its_subjects(nlp):
    text = (
        "Labor nominee Thomas Perez faced new questions on Monday from a congressional report on his work at "
        "the Justice Department.\n\n"
        "The report also alleges Perez engineered a plan to drop a whistle-blower case, and that he meddled "
        "with the decision-making by career lawyers in the government, while asking them to avoid putting the "
        "details in writing, placing \"ideology over objectivity and politics over the rule of law.\"\n\n"
        "\"I am proud of the work of the division,\" Perez said at his hearing."
    )
    quotes = facts_of(nlp, make_article(text, date="2013-04-15")).quotes
    assert not any("ideology over objectivity" in q.quote for q in quotes), [(q.speaker, q.quote) for q in quotes]
    assert any("proud of the work" in q.quote and q.speaker == "Thomas Perez" for q in quotes), [(q.speaker, q.quote) for q in quotes]
    # an adverbial clause inside the reported words is theirs
    reported = (
        "Senator David Boren of Oklahoma spoke on Tuesday about the farm aid package.\n\n"
        "Boren said borrowers from private lenders must be included in the aid package because \"it would not "
        "be fair to address only the problems of Farm Credit System borrowers.\""
    )
    quotes = facts_of(nlp, make_article(reported, date="1987-03-03")).quotes
    assert [(q.speaker, q.quote[:20]) for q in quotes] == [("David Boren", "it would not be fair")]
    # and the quoted clause itself, which the parser may hang on the verb as an adverbial one
    told = (
        "Treasury Secretary James Baker's assurances that U.S. policy is to oppose these loans did not satisfy "
        "concerns raised at two Senate committee hearings last week.\n\n"
        "Baker told a Senate Appropriations subcommittee on Foreign Operations, \"as a policy matter, we oppose "
        "loans for production of commodities in oversupply.\""
    )
    quotes = facts_of(nlp, make_article(told, date="1987-03-03")).quotes
    assert [(q.speaker, q.quote[:19]) for q in quotes] == [("James Baker", "as a policy matter,")]


def test_a_quotation_naming_its_speaker_by_a_short_given_name_is_no_card(tmp_path):
    body = (
        "Gregory Hicks, the deputy chief of mission in Libya, told a House hearing on Wednesday about the last "
        "call he had from the ambassador.\n\n"
        "\u201cI got the ambassador on the other end and he said, 'Greg, we're under attack,'\u201d Hicks said.\n\n"
        "\u201cWe had no help coming that night,\u201d Hicks told the committee."
    )
    items = wire_items(tmp_path, body, title="Diplomat tells of the night of the attack", date="2013-05-08")
    quotes = [i for i in items if i.kind == "quote"]
    assert any("no help coming" in i.question for i in quotes), shown(items)
    assert not any("Greg," in i.question for i in quotes), shown(items)


def test_a_name_that_only_begins_the_speakers_given_name_keeps_the_card(tmp_path):
    body = (
        "Juanita Castro, the sister of the Cuban leader, spoke to reporters in Miami on Thursday about the boy "
        "at the centre of the custody fight.\n\n"
        "\u201cI don't know what Juan Miguel thinks or believes,\u201d Juanita Castro said. \u201cWhat I do think is "
        "that he should have arrived in this country much sooner.\u201d"
    )
    items = wire_items(tmp_path, body, title="Castro's sister speaks on the custody fight", date="2000-04-14")
    assert any(i.kind == "quote" and "Juan Miguel" in i.question and i.answer == "Juanita Castro" for i in items), shown(items)
