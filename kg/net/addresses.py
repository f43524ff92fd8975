"""Which IP addresses a fetch from the web may reach: public ones only, unless the user allows private ones.

A page's URL (or a redirect) naming a host inside the user's network, the machine itself or a cloud's
metadata service (169.254.169.254) would let whoever wrote the page read what only the user can reach. The
host is resolved and every address it has is checked (a name such as ``localhost`` or one that resolves to
``10.0.0.1`` is caught, not only a literal address); the address a connection then reaches is checked again
(:class:`~kg.net.deadline.Deadline`'s ``check_peer``), so a name that resolves differently the second time
gains nothing.

>>> is_public("93.184.215.14"), is_public("127.0.0.1"), is_public("::ffff:10.0.0.1"), is_public("fe80::1")
(True, False, False, False)
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["AddressRefused", "check_host", "check_peer", "is_public"]


class AddressRefused(Exception):
    """A host or a connection reaches an address that is not public; ``str()`` says which."""


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet: not private, loopback, link-local, shared, reserved,
    unspecified or multicast (an IPv4 address written as IPv6 is judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # fe80::1%eth0: the zone does not matter
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_peer(address: str) -> None:
    """Refuse a connection that reached an address that is not public."""
    if not is_public(address):
        raise AddressRefused(f"the connection reached {address}, a private, loopback or link-local address "
                             f"(--allow-private reads such addresses)")


def check_host(host: str, port: int) -> None:
    """Refuse a host that resolves to an address that is not public (or does not resolve)."""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    except (socket.gaierror, UnicodeError) as error:
        raise AddressRefused(f"the host '{host}' is not found ({error})") from None
    refused = sorted(address for address in addresses if not is_public(address))
    if refused:
        raise AddressRefused(f"the host '{host}' is at {', '.join(refused)}, a private, loopback or link-local "
                             f"address (--allow-private reads such addresses)")
