"""Fuzz the article readers with hypothesis: random bytes and mutated JSON Lines, JSON, text and HTML files.

    .venv/bin/python scripts/fuzz_readers.py                 # 100,000 inputs (a few minutes)
    .venv/bin/python scripts/fuzz_readers.py --inputs 5000   # a quick look

Every input must end as articles or as an InputError naming where it came from; any other exception is a
crash, printed with the input that caused it, and the run exits with status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.sources.readers import Limits, read_articles

SUFFIXES = [".txt", ".jsonl", ".json", ".html"]
RECORD = st.fixed_dictionaries({"id": st.one_of(st.text(max_size=12), st.integers(), st.none()),
                                "text": st.one_of(st.text(max_size=200), st.integers(), st.lists(st.text(max_size=5)))},
                               optional={"date": st.one_of(st.text(max_size=12), st.dates().map(str)),
                                         "title": st.one_of(st.text(max_size=20), st.integers(), st.none()),
                                         "url": st.one_of(st.text(max_size=20), st.lists(st.integers()))})
CONTENT = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.lists(st.one_of(RECORD.map(json.dumps), st.text(max_size=40)), max_size=6).map(lambda ls: "\n".join(ls).encode()),
    st.lists(RECORD, max_size=4).map(lambda rs: json.dumps(rs).encode()),
    st.text(max_size=200).map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode("utf-8")),
    st.text(max_size=300).map(lambda t: t.encode("cp1252", errors="ignore")),
)


def run(inputs: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    crashes: list[str] = []
    done = [0]

    @settings(max_examples=inputs, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(content=CONTENT, suffix=st.sampled_from(SUFFIXES))
    def one(content: bytes, suffix: str) -> None:
        done[0] += 1
        path = folder / f"input{suffix}"
        path.write_bytes(content)
        errors: list[InputError] = []
        try:
            articles = list(read_articles([path], on_error=errors.append, limits=Limits(max_chars=1000)))
        except Exception as error:  # anything but a reported InputError is a crash
            crashes.append(f"{type(error).__name__}: {error} on {suffix} {content[:120]!r}")
            return
        for article in articles:
            assert article.text.strip() and len(article.text) <= 1000 and isinstance(article.id, str)
        for error in errors:
            assert error.origin.startswith(str(path)), error

    start = time.perf_counter()
    one()
    seconds = time.perf_counter() - start
    print(f"{done[0]:,} inputs in {seconds:.0f} s, {len(crashes)} crashes")
    for crash in crashes[:20]:
        print("  ", crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    sys.exit(run(parser.parse_args().inputs))
