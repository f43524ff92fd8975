"""One HTTP request within a total deadline: retried with back-off while the server is busy or out of reach,
its answer read up to a size limit (as sent and as decompressed).

The SPARQL store client (:mod:`kg.graph.remote`) and the web reader (:mod:`kg.sources.web`) both send their
requests here; each turns a :class:`TransferError` into its own error, naming the URL.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import requests

    from .deadline import Deadline

__all__ = ["Answer", "Patience", "TransferError", "busy_failure", "send"]

_CHUNK = 2**16


class TransferError(Exception):
    """A request that got no usable answer; ``str()`` says why, for a user."""


@dataclass(frozen=True)
class Patience:
    """How long to wait and how much to read: ``timeout`` bounds each wait on the server, the running
    :class:`~kg.net.deadline.Deadline` the whole request; an answer larger than ``max_bytes`` (as sent or
    decompressed) is refused. A busy server (a status in ``busy``) or one out of reach is asked again up to
    ``retries`` times, after pauses of ``backoff`` seconds doubling each time, while the pause ends before the
    deadline."""

    timeout: float = 60.0
    max_bytes: int = 512 * 2**20
    retries: int = 4
    backoff: float = 0.5
    busy: Collection[int] = (502, 503, 504)


@dataclass(frozen=True)
class Answer:
    """A server's answer, read whole; ``tries``: the requests it took (more than one after retries)."""

    status: int
    headers: Mapping[str, str]  # any case
    body: bytes
    tries: int = 1

    @property
    def media_type(self) -> str:
        """The content type without its parameters, in lower case ("" when the server gave none)."""
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    @property
    def text(self) -> str:
        """The start of the body as text, for a message."""
        return self.body.decode("utf-8", "replace").strip()[:300]


def send(session: requests.Session, method: str, url: str, deadline: Deadline, patience: Patience, *,
         idempotent: bool = True, **request) -> Answer:
    """Send a request (``request``: keyword arguments of :meth:`requests.Session.request`) within the running
    ``deadline``; redirects are not followed. The answer, or the last busy answer once the retries or the
    deadline run out; a :class:`TransferError` when no answer came or it broke a limit. A request that is not
    ``idempotent`` is sent again only if it cannot have reached the server."""
    tries = 0
    while True:
        tries += 1
        try:
            with session.request(method, url, timeout=min(patience.timeout, deadline.left), stream=True,
                                 allow_redirects=False, **request) as response:
                answer = Answer(response.status_code, response.headers, _body(response, patience.max_bytes), tries)
        except OSError as error:  # requests' connection, timeout and protocol errors are OSErrors
            if deadline.passed:
                raise _late(deadline) from None
            failure = f"the server did not answer ({type(error).__name__})"
            if not idempotent and _reached_the_server(error):
                raise TransferError(failure) from None
            if not _pause(tries, deadline, patience):
                raise TransferError(f"{failure}; {_tried(tries, deadline)}") from None
            continue
        if deadline.passed:  # a body that ends with the connection looks whole when the deadline cuts it
            raise _late(deadline)
        if answer.status not in patience.busy or not _pause(tries, deadline, patience):
            return answer


def busy_failure(answer: Answer, deadline: Deadline) -> str:
    """What to say of a busy answer that :func:`send` gave up on."""
    return f"the server is busy ({answer.status}: {answer.text}); {_tried(answer.tries, deadline)}"


def _tried(tries: int, deadline: Deadline) -> str:
    return f"tried {tries} times within the deadline of {deadline.seconds:g} s"


def _pause(tries: int, deadline: Deadline, patience: Patience) -> bool:
    """Wait before try number ``tries + 1``; False when there is none (retries spent, or the deadline too near)."""
    pause = patience.backoff * 2 ** (tries - 1)
    if tries > patience.retries or pause >= deadline.left:
        return False
    time.sleep(pause)
    return True


def _body(response: requests.Response, max_bytes: int) -> bytes:
    """The answer's body, decompressed, read up to the size limit."""
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):
        body += chunk
        for size, what in ((response.raw.tell(), ""), (len(body), "decompressed, ")):
            if size > max_bytes:
                raise TransferError(f"{what}the answer is larger than the limit of {max_bytes} bytes")
    return bytes(body)


def _late(deadline: Deadline) -> TransferError:
    return TransferError(f"no whole answer within the deadline of {deadline.seconds:g} s")


def _reached_the_server(error: OSError) -> bool:
    """Whether a failed request may have reached the server (so that sending it again is not safe)."""
    from urllib3.exceptions import ConnectTimeoutError  # the failures to connect (NewConnectionError is one)

    return not isinstance(getattr(error.args[0] if error.args else None, "reason", None), ConnectTimeoutError)
