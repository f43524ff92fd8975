"""Peak memory of `kg build` on one very long article against ordinary articles.

    .venv/bin/python benchmarks/long_article.py                 # 1 MB and 5 MB (about 25 minutes)
    .venv/bin/python benchmarks/long_article.py --mb 1          # 1 MB only

Each build runs `kg build INPUT -o out.ttl` in its own process; its peak RSS comes from the kernel
(`os.wait4`). The long articles are one line of text: sentences about real diplomatic events in a fixed
shuffled order ("stops"), or the same sentences joined by "and" with no full stop anywhere ("no stops"). Two
baselines: the example articles, and the same sentences as ordinary articles of about 2,000 characters (a
graph of the same size: no two articles or parts repeat a text, which would replace the first). The ratios
are printed against the second.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Finland formally joined NATO on Tuesday, doubling the alliance's border with Russia.",
    "Turkey and the United Nations brokered a deal in Istanbul to reopen Ukraine's Black Sea ports to grain shipments.",
    "Kazakhstan asked the Collective Security Treaty Organization for help after protests turned violent in Almaty.",
    "Russia deployed paratroopers to Kazakhstan under the banner of the CSTO.",
    "Joe Biden met Xi Jinping in Woodside, California, and the two leaders agreed to resume military talks.",
    "Canada accused India of involvement in the killing of a Sikh leader in British Columbia.",
    "The European Union imposed sanctions on Russian officials over the death of Alexei Navalny.",
    "ECOWAS threatened to use force against the junta in Niger if it did not restore President Mohamed Bazoum.",
    "Kenya sent police officers to Haiti to lead a multinational security mission approved by the UN Security Council.",
    "Pakistan carried out strikes inside Iran two days after Iran attacked targets in Balochistan.",
    "Qatar mediated talks between Israel and Hamas on the release of hostages held in Gaza.",
    "The United States delivered humanitarian aid to Sudan through Port Sudan.",
    "South Sudan's President Salva Kiir and Riek Machar signed a peace agreement in Addis Ababa.",
    "Germany pledged further air defence systems to Ukraine at a meeting in Ramstein.",
    "Armenia and Azerbaijan agreed in Brussels to continue talks on a peace treaty, the European Council said.",
    "China accused the Philippines of provoking a confrontation near the Second Thomas Shoal.",
]


def sentences(chars: int, full_stops: bool = True) -> list[str]:
    """``SENTENCES`` in a fixed shuffled order until they hold ``chars`` characters (taken in turn, the 20
    sentences of every fourth ordinary article were the same: the graph kept 4 articles); without full stops
    each ends in "and"."""
    order = random.Random(0)
    chosen: list[str] = []
    total = 0
    while total < chars:
        sentence = order.choice(SENTENCES)
        chosen.append(sentence if full_stops else sentence.removesuffix(".") + " and")
        total += len(sentence) + 1
    return chosen


def long_text(chars: int, full_stops: bool = True) -> str:
    """One line of about ``chars`` characters."""
    return " ".join(sentences(chars, full_stops))


def peak_rss_mb(inputs: list[Path], output: Path) -> float:
    """Peak RSS of `kg build INPUTS -o OUTPUT` in a process of its own."""
    command = [sys.executable, "-c", "from kg.cli import main; main()", "build", *map(str, inputs), "-o", str(output)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{command} failed: {process.stderr.read().decode()[-2000:]}")
    return usage.ru_maxrss / 1024


def ordinary_corpus(chars: int, path: Path) -> Path:
    """The sentences of a ``chars`` article as JSON Lines articles of about 2,000 characters."""
    chosen = sentences(chars)
    with path.open("w", encoding="utf-8") as stream:
        for number, start in enumerate(range(0, len(chosen), 20)):
            stream.write(json.dumps({"id": f"ordinary-{number}", "text": " ".join(chosen[start:start + 20])}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 5], help="article sizes, in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-long-") as scratch:
        folder = Path(scratch)
        examples = peak_rss_mb([REPO / "examples" / "articles"], folder / "examples.ttl")
        print(f"examples/articles: {examples:,.0f} MB")
        for mb in args.mb:
            chars = int(mb * 2**20)
            ordinary = peak_rss_mb([ordinary_corpus(chars, folder / f"ordinary-{mb}.jsonl")], folder / "ordinary.ttl")
            print(f"{mb:g} MB as ordinary articles: {ordinary:,.0f} MB")
            for name, full_stops in (("stops", True), ("no stops", False)):
                article = folder / f"long-{mb}-{int(full_stops)}.txt"
                article.write_text(long_text(chars, full_stops), encoding="utf-8")
                peak = peak_rss_mb([article], folder / "long.ttl")
                print(f"{mb:g} MB article, {name}: {peak:,.0f} MB = {peak / ordinary:.2f}x the ordinary articles, "
                      f"{peak / examples:.2f}x the examples")


if __name__ == "__main__":
    main()
