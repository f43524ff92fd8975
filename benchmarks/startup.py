"""How long a command takes from the shell prompt to its answer: ``kg --help`` and ``kg query`` on the example
graph (targets: under 1 s each), next to a bare ``python -c pass`` for scale; and which heavy libraries each
command loads. Every command runs ``--rounds`` times, the commands taking turns so that the machine's drift
touches them alike; the median and the slowest run are reported.

    .venv/bin/python benchmarks/startup.py [--rounds 9]   # builds out/examples.ttl first if it is missing
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
GRAPH = ROOT / "out" / "examples.ttl"
QUERY = "SELECT ?c ?n WHERE { ?c a ckg:Country ; rdfs:label ?n }"
HEAVY = ("spacy", "rdflib", "networkx", "matplotlib", "requests", "pydantic", "catalogue", "numpy")
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "kg --help": [str(BIN / "kg"), "--help"],
    "kg query graph.ttl": [str(BIN / "kg"), "query", str(GRAPH), QUERY],
    "kg stats graph.ttl": [str(BIN / "kg"), "stats", str(GRAPH)],
}
LOADED = """
import sys
from kg.cli import main
sys.argv = {argv!r}
try:
    main()
except SystemExit:
    pass
print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})), file=sys.stderr)
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def loaded(command: list[str]) -> list[str]:
    """The heavy libraries a kg command imports."""
    if Path(command[0]).name != "kg":
        return []
    script = LOADED.format(argv=["kg", *command[1:]], heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(result.stderr.strip().splitlines()[-1].replace("'", '"'))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    if not GRAPH.exists():
        subprocess.run([str(BIN / "kg"), "build", str(ROOT / "examples" / "articles"), "-o", str(GRAPH)], check=True)
    runs: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for name, command in COMMANDS.items():
        timed(command)  # warm the file cache
    for _ in range(args.rounds):
        for name, command in COMMANDS.items():
            runs[name].append(timed(command))
    print(f"{'command':<22}{'median s':>10}{'slowest s':>11}  heavy libraries loaded")
    for name, command in COMMANDS.items():
        print(f"{name:<22}{statistics.median(runs[name]):>10.2f}{max(runs[name]):>11.2f}  "
              f"{', '.join(loaded(command)) or '-'}")


if __name__ == "__main__":
    main()
