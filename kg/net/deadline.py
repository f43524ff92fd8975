"""A total deadline for an HTTP request made with requests, however slowly the server answers.

requests and urllib3 bound each wait on a socket (``timeout``), not a request: a server that sends a byte
before every timeout runs out keeps its client forever. Connections of a :func:`deadline_session` hand their
socket to the :class:`Deadline` entered on the thread that sends the request, and the deadline shuts the
socket down when it passes, whether the client is sending, waiting for the headers or reading the body. The
deadline can also vet the address each connection reached (``check_peer``), before anything is sent on it.
"""

from __future__ import annotations

import functools
import socket
import threading
import time
from collections.abc import Callable

import requests
from requests.adapters import HTTPAdapter

__all__ = ["Deadline", "deadline_session"]

_running = threading.local()


class Deadline:
    """The end of a request, its retries included: ``with Deadline(seconds):`` around the request.
    ``check_peer`` is called with the IP address each connection made within it reached, and may refuse it by
    raising."""

    def __init__(self, seconds: float, check_peer: Callable[[str], None] | None = None):
        self.seconds = seconds
        self.check_peer = check_peer
        self.end = time.monotonic() + seconds
        self._sockets: set[socket.socket] = set()
        self._cut = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._shut_down)
        self._timer.daemon = True

    @property
    def left(self) -> float:
        """Seconds until the deadline, 0 once it has passed."""
        return max(0.0, self.end - time.monotonic())

    @property
    def passed(self) -> bool:
        return self.left == 0.0

    def watch(self, connection: socket.socket) -> None:
        """Vet the socket's peer, then shut the socket down when the deadline passes (now, if it has)."""
        if self.check_peer is not None:
            self.check_peer(connection.getpeername()[0])
        with self._lock:
            self._sockets.add(connection)
            if self._cut:
                _shut(connection)

    def _shut_down(self) -> None:
        with self._lock:
            self._cut = True
            for connection in self._sockets:
                _shut(connection)

    def __enter__(self) -> Deadline:
        _running.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exception) -> None:
        self._timer.cancel()
        _running.deadline = None


def _shut(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:  # closed already
        pass


class _Watched:
    """Mixed into a urllib3 connection class: each send hands the socket to the running deadline."""

    def send(self, data) -> None:
        if self.sock is None:
            self.connect()
        deadline = getattr(_running, "deadline", None)
        if deadline is not None:
            deadline.watch(self.sock)
        super().send(data)


@functools.cache
def _watched(connection_class: type) -> type:
    return type(f"Watched{connection_class.__name__}", (_Watched, connection_class), {})


class _DeadlineAdapter(HTTPAdapter):
    """An adapter whose connection pools (proxies' included) make watched connections."""

    def get_connection_with_tls_context(self, *args, **kwargs):
        pool = super().get_connection_with_tls_context(*args, **kwargs)
        if not issubclass(pool.ConnectionCls, _Watched):
            pool.ConnectionCls = _watched(pool.ConnectionCls)
        return pool


def deadline_session() -> requests.Session:
    """A requests session whose requests obey the :class:`Deadline` running on their thread (urllib3 does
    not retry them: retries belong inside the deadline, to the caller)."""
    session = requests.Session()
    adapter = _DeadlineAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
