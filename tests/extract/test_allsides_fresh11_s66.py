"""From the j162 sample (3de8edb0, the AllSides draw fresh11): a slideshow's captions run into the
text, each opened by its "Hide caption" control and closed by "Previous Next" and the photo's
credit. "Hide caption Shayna Mason, 11, signs a poster of King …" gave a card of the photo, and
"Hide caption … commemoration the March" a date card opening with the control's words."""

from __future__ import annotations

from quizgen.ingest.captions import credited_caption
from tests.articles import shown, wire_items


def test_a_slideshows_captions_are_no_prose():
    assert credited_caption(
        "Hide caption Shayna Mason, 11, signs a poster of King following a march down Pennsylvania Avenue. "
        "Previous Next Andrew Harnik/The Washington Times /Landov"
    )
    assert credited_caption("A steady rain fell during the event. Previous Next Kevin Dietsch/UPI/Landov 1 of 9 i View slideshow")
    assert not credited_caption("Organizers said they would hide nothing from the caption writers at the event.")


def test_no_card_is_read_from_a_slideshow_caption(tmp_path):
    body = (
        "President Obama marked the 50th anniversary of the March on Washington on Wednesday, telling a crowd at "
        "the Lincoln Memorial that the country had not yet fulfilled King's dream.\n\n"
        "Hide caption Sandy Redman of Pine Top, N.C., cries as she listens to Obama speak on Wednesday. Redman "
        "attended the first march 50 years ago. Previous Next Susan Walsh/AP\n\n"
        "Hide caption Shayna Mason, 11, signs a poster of Martin Luther King following a march down Pennsylvania "
        "Avenue. Previous Next Andrew Harnik/The Washington Times\n\n"
        "Obama said the marchers of 1963 had changed the nation, and called for a new push on jobs and wages."
    )
    items = wire_items(tmp_path, body, title="Obama marks March on Washington anniversary", date="2013-08-28")
    assert items, "the story's own sentences still make cards"
    assert not any("Hide caption" in i.question or "Redman" in i.question or "Shayna" in i.question for i in items), shown(items)

