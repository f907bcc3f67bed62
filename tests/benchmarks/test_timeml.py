"""The TimeML reader behind benchmarks/dates.py, on an inline sample (no corpus needed)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from dates import gold_date, read_timeml

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">19980227</TIMEX3></DCT>
<TITLE>Markets &amp; more</TITLE>
<TEXT>
Stocks <EVENT eid="e1">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_keeps_offsets(tmp_path):
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    title, dct, body, timexes = read_timeml(path)
    assert (title, dct) == ("Markets & more", "1998-02-27")
    assert [(body[t.start : t.end], t.value) for t in timexes] == [("Thursday", "1998-02-26"), ("last year", "1997")]


def test_gold_values_reduce_to_calendar_dates():
    assert gold_date("2000-01-05TEV") == "2000-01-05"
    assert gold_date("1949-XX") == "1949"
    assert gold_date("1994-XX-XX") == "1994"
    assert gold_date("PAST_REF") == "PAST_REF"
