"""The people streams ``items.cast_indexes`` keeps for the who-choices: read again from the
start, as the cards of one story do, they give what one fresh read gives."""

from quizgen.items.cast_indexes import Replay


def test_a_replayed_stream_reads_the_same_items_and_pulls_each_from_its_source_once():
    pulled: list[int] = []

    def source():
        for n in [3, 1, 4, 1, 5]:
            pulled.append(n)
            yield n

    stream = Replay(source())
    first = iter(stream)
    assert [next(first), next(first)] == [3, 1]  # a card that stops early
    assert list(stream) == [3, 1, 4, 1, 5]  # the next card reads on past it
    assert list(first) == [4, 1, 5]  # the first reader, resumed, misses nothing
    assert list(stream) == [3, 1, 4, 1, 5]
    assert pulled == [3, 1, 4, 1, 5]


def test_an_empty_stream_replays_as_empty():
    stream = Replay(iter([]))
    assert list(stream) == [] and list(stream) == []
