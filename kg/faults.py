"""Fault injection for the tests of interrupted writes (never set in ordinary use).

``KG_FAULT=<step>`` in the environment ends the process (``os._exit``, as a kill or a power cut would) when a
store write reaches that step; ``KG_FAULT=<step>:disk-full`` raises there the error of a full disk instead, and
``KG_FAULT=<step>:interrupt`` sends the process SIGINT there, as Ctrl-C does (the write goes on; the main thread
is interrupted).
The steps are the names the writes pass to :func:`reached` (:data:`STEPS`)."""

from __future__ import annotations

import errno
import os
import signal

__all__ = ["FAULT_VARIABLE", "KILLED", "STEPS", "reached"]

FAULT_VARIABLE = "KG_FAULT"
KILLED = 137  # the status of a process ended at a step, as if by SIGKILL
STEPS = (
    "write-recorded",  # a batch (or a removal) that replaces stored articles: what it will change recorded
    "graphs-dropped",  # the articles it replaces taken out
    "articles-loaded",  # the batch's article graphs written
    "labels-removed",  # entity descriptions: the outdated statements taken out, the new ones not yet written
    "entities-described",  # entity descriptions written, the record of the write not yet taken out
    "import-block",  # an import about to load one block of its file
    "output-written",  # an output file written in full to its temporary file, not yet renamed
)


def reached(step: str) -> None:
    """A write has reached ``step``: end the process or fail there if ``KG_FAULT`` asks for it."""
    fault = os.environ.get(FAULT_VARIABLE)
    if fault is None:
        return
    where, _, what = fault.partition(":")
    if where != step:
        return
    if what == "disk-full":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    if what == "interrupt":
        os.kill(os.getpid(), signal.SIGINT)
        return
    os._exit(KILLED)
