"""A local TCP listener for the tests that check nothing reaches the network."""

from __future__ import annotations

import contextlib
import socket


@contextlib.contextmanager
def local_listener():
    """A TCP socket on 127.0.0.1 that nobody answers on; ``attempts()`` counts the connections made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    seen: list[bytes] = []

    def attempts(wait: float = 0.3) -> int:
        server.settimeout(wait)
        while True:
            try:
                connection, _ = server.accept()
            except (socket.timeout, BlockingIOError):
                return len(seen)
            connection.settimeout(0.5)
            try:
                seen.append(connection.recv(200))
            except OSError:
                seen.append(b"")
            connection.close()
            server.settimeout(0.05)

    try:
        yield server.getsockname()[1], attempts
    finally:
        server.close()
