"""Hostile article files: front matter that cannot be read, aliases, control characters."""

from __future__ import annotations

import os
import time

import pytest

from quizgen.errors import InputError
from quizgen.ingest.articles import find_article_files, parse_article, read_article

BODY = (
    "NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance would "
    "join the coalition. \u201cWe will stand together,\u201d he said in Brussels.\n"
)


def article_file(tmp_path, front_matter: str, body: str = BODY, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("front_matter", "line", "words"),
    [
        ("title: T\ndate: 2017-02-29\n", 3, "'2017-02-29' is not a valid date"),
        ("date: 2017-02-01 25:00:00\n", 2, "is not a valid date or time"),
        ("title: !!int abc\n", 2, "'abc' is not a valid whole number"),
        ("title: T\noutlet: !!bool maybe\n", 3, "'maybe' is not a valid true/false value"),
        ("title: T\ndate: 2017-02-01\ndate: 2017-02-02\n", 4, "the key 'date' appears twice"),
        ("title: !!python/object/apply:os.system [ls]\n", 2, "is not allowed"),
    ],
)
def test_bad_front_matter_is_one_line_naming_file_and_line(tmp_path, front_matter, line, words):
    path = article_file(tmp_path, front_matter)
    with pytest.raises(InputError) as err:
        read_article(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: line {line}: front matter: ")
    assert words in message


def test_aliases_in_front_matter_are_refused_before_they_expand(tmp_path):
    # 446 bytes that expand to 10^8 nodes if aliases are followed.
    lines = ["a: &a [" + ",".join(["x"] * 10) + "]"]
    for prev, name in zip("abcdefg", "bcdefgh"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    lines.append("title: *h")
    path = article_file(tmp_path, "\n".join(lines) + "\n")
    assert path.stat().st_size < 1000
    with pytest.raises(InputError, match=r"line 2: front matter: anchors and aliases .* are not allowed"):
        read_article(path)


def test_a_single_alias_is_refused_too(tmp_path):
    path = article_file(tmp_path, "outlet: &o Reuters\ntitle: *o\n")
    with pytest.raises(InputError, match="line 2: front matter: anchors and aliases"):
        read_article(path)


def test_control_characters_never_reach_the_body_or_title(tmp_path):
    hostile = "Stoltenberg\x1b[31m said\x07 the \x0bcoalition\x7f would \x85act.\tIt\x0cwill.\n"
    path = tmp_path / "c.txt"
    path.write_text(f"---\ntitle: \"Bell\\a title\"\n---\n{BODY}{hostile}", encoding="utf-8")
    a = read_article(path)
    for text in (a.body, a.title, *(b.text for b in a.blocks)):
        assert not [c for c in text if (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F], repr(text)
    # U+0085 is what cp1252's "…" becomes when mis-decoded: the mojibake repair (ftfy) restores
    # it before the control characters go; the others are dropped, VT and FF become line breaks.
    assert "Stoltenberg[31m said the \ncoalition would …act.\tIt\nwill." in a.body
    assert a.title == "Bell title"
    for block in a.blocks:
        assert a.body[block.start : block.end] == block.text  # offsets still index the body


def test_control_characters_in_a_pasted_article_are_gone_too():
    a = parse_article(b"Title line here\n\nThe mayor said\x1b no.\x00" [:-1], article_id="p", path="pasted.txt")
    assert "\x1b" not in a.body


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_given_as_an_article_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputError, match="FIFO"):
        find_article_files([fifo])
    with pytest.raises(InputError, match="FIFO"):
        read_article(fifo)
    assert time.monotonic() - start < 60  # would block forever before


def test_bad_front_matter_in_generate_is_one_line_and_exit_1(tmp_path):
    from quizgen.cli import main

    path = article_file(tmp_path, "date: 2017-02-29\n")
    out = tmp_path / "d.yaml"
    assert main(["generate", str(path), "-o", str(out), "-q"]) == 1
    assert not out.exists()
