"""Writing an output file all at once: through a temporary file beside it and a rename, so a reader never
sees half a file and a failed write leaves the old one in place. A temporary file names the process that
writes it; one a killed process left is removed by the next write of the same file."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import DiskFullError, OutputError, is_disk_full
from .faults import reached

__all__ = ["atomic_output"]


@contextmanager
def atomic_output(path: str | Path, what: str = "the graph") -> Iterator[BinaryIO]:
    """A binary stream that becomes ``path`` when the block ends without an error (mode from the umask)."""
    target = Path(path)
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_left_behind(target)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            yield stream
        reached("output-written")
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError(str(target.parent)) from None
        raise OutputError(f"{target}: cannot write {what} ({error.strerror or error})") from None
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


def _remove_left_behind(target: Path) -> None:
    """Remove the temporary files of ``target`` whose processes are gone."""
    for left in target.parent.glob(f".{glob.escape(target.name)}.*.*"):
        pid = left.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            left.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's
    return True


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
