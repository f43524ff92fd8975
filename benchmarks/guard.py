"""How the SPARQL guard's time grows with the request: large updates and strings never closed, 4x apart.

    .venv/bin/python benchmarks/guard.py

Linear means the 4x larger request takes about 4x as long (the regular expression the guard replaced, and a
lexer that looked for the end of every quote's string, grew with the square of the length).
"""

from __future__ import annotations

import time

from kg.errors import QueryError
from kg.graph.guard import check_request


def insert_data(triples: int) -> str:
    """An INSERT DATA of ``triples`` triples whose literals hold the words and braces a guard must see past."""
    return "INSERT DATA { GRAPH <urn:g> { " + " ".join(
        f'<urn:s{i}> ckg:p "o{i}"@en ; rdfs:label "SERVICE {{" .' for i in range(triples)) + " } }"


def seconds(request: str) -> float:
    """The best of three checks of one request (a refusal counts: it is a decision too)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        try:
            check_request(request, update=True)
        except QueryError:
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    requests = {
        "INSERT DATA, triples": insert_data,
        "a string never closed, escaped quotes": lambda n: '"' + 'a \\" ' * n,
        "\"\"\"-strings never closed": lambda n: '"""\\' * (n // 2),
    }
    print("| request | size n | n: s | 4n: s | ratio (linear: about 4) |")
    print("| --- | --- | --- | --- | --- |")
    for name, build in requests.items():
        small, large = seconds(build(25_000)), seconds(build(100_000))
        print(f"| {name} | 25,000 | {small:.3f} | {large:.3f} | {large / small:.1f} |")


if __name__ == "__main__":
    main()
