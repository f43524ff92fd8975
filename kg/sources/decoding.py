"""Bytes to text for article files: binary files refused by name, UTF-8 first, then the encoding
charset-normalizer finds, and the caller told which one it used.

>>> decode(b"Caf\\xc3\\xa9", "a.txt")
('Café', 'utf-8')
>>> decode("The café in Kyiv – reopened on Monday, «officials» said.".encode("cp1252"), "b.txt")
('The café in Kyiv – reopened on Monday, «officials» said.', 'cp1252')
"""

from __future__ import annotations

from ..errors import InputError

__all__ = ["decode"]

_SIGNATURES = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)", b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel file", b"\x7fELF": "a program", b"SQLite format 3": "an SQLite database",
}
_SAMPLE = 8192
_MOSTLY_ASCII = 0.1


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read with; an :class:`InputError` for binary content or
    text in no encoding that can be told."""
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(origin, f"binary content: this is {kind}, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:_SAMPLE] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, "binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = sum(byte >= 0x80 for byte in data[:_SAMPLE * 8]) / max(1, min(len(data), _SAMPLE * 8))
    if high < _MOSTLY_ASCII:  # Latin-script text with a few accented letters and dashes: Windows-1252, as
        try:                  # browsers assume (statistics on so few bytes cannot tell it from its cousins)
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "binary content: the bytes are text in no encoding that can be told")
    return str(best), best.encoding
