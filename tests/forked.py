"""``kg`` commands run in processes of their own, forked from a server that has the pipeline loaded.

A test that kills a command part way (:mod:`kg.faults`) needs it in a process of its own; a fresh interpreter
would load the spaCy pipeline and the gazetteer again (several seconds each time). A fork of the test process
itself would inherit the storage engine's state with none of its threads (a flush then waits for ever), so the
children are forked from multiprocessing's fork server, which loads the pipeline once (:mod:`loaded_pipeline`)
and never opens a store.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import traceback
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path

from kg.faults import FAULT_VARIABLE


@dataclass(frozen=True)
class Finished:
    """How a forked ``kg`` command ended: its exit status and what it wrote to stdout and stderr."""

    returncode: int
    output: str


_SERVER = multiprocessing.get_context("forkserver")
_SERVER.set_forkserver_preload(["loaded_pipeline"])


def _start_server() -> None:
    """Start the fork server where it can import :mod:`loaded_pipeline` (Python 3.11 does not give it the
    tests' import path, only the environment's)."""
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), before]))
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


def start_kg(*args: str | Path, fault: str | None = None, log: Path | str = os.devnull) -> multiprocessing.Process:
    """Start ``kg *args`` in a process of its own with ``KG_FAULT`` set to ``fault`` (or unset), its output
    written to ``log``; the caller joins it (or kills it)."""
    _start_server()
    child = _SERVER.Process(target=_run_in_child, args=([str(arg) for arg in args], fault, str(log)))
    child.start()
    return child


def run_kg(*args: str | Path, fault: str | None = None) -> Finished:
    """Run ``kg *args`` as :func:`start_kg` does and wait for it to end."""
    with tempfile.NamedTemporaryFile() as log:
        child = start_kg(*args, fault=fault, log=log.name)
        child.join()
        return Finished(child.exitcode, Path(log.name).read_text(encoding="utf-8", errors="replace"))


def _run_in_child(args: list[str], fault: str | None, log: str) -> None:
    """The child's whole life: output to ``log``, the command run, the process ended with its status."""
    status = 1
    try:
        with open(log, "wb") as out:
            os.dup2(out.fileno(), 1)
            os.dup2(out.fileno(), 2)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        os.environ.pop(FAULT_VARIABLE, None)
        if fault is not None:
            os.environ[FAULT_VARIABLE] = fault
        sys.argv = ["kg", *args]
        from kg.cli import main

        main()
        status = 0
    except SystemExit as ended:
        status = ended.code if isinstance(ended.code, int) else int(ended.code is not None)
    except BaseException:  # noqa: BLE001 - whatever it is, the child reports it and ends
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
