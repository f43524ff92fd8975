"""XML read and written safely: a file read may declare no entity, text written holds only XML 1.0 characters.

An entity declared in a document's DTD is expanded wherever it is used: ten lines of nested entities (the
"billion laughs") expand to gigabytes, and Oxigraph's RDF/XML parser expands them without limit. So an XML file
with a DTD internal subset, where entities are declared, is refused before it is parsed (defusedxml's rule).
XML 1.0 cannot hold the control characters U+0000 to U+001F other than tab, newline and carriage return, not
even as character references, so writers drop them (HTML forbids them too).

>>> markup_text("Kyiv\\x07 \\x1bOblast\\t")
'Kyiv Oblast\\t'
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

from .errors import InputError

__all__ = ["markup_text", "reject_entity_declarations"]

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def markup_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def reject_entity_declarations(path: str | Path) -> None:
    """Check an XML file with expat, which reads no DTD outside the file: an :class:`InputError` naming the
    file and line if it has a DTD internal subset (``<!DOCTYPE ... [ ... ]>``) or is not well-formed XML."""
    parser = expat.ParserCreate()

    def refuse_internal_subset(name: str, system_id, public_id, has_internal_subset: int) -> None:
        if has_internal_subset:
            raise InputError(f"{path}:{parser.CurrentLineNumber}",
                             "the XML declares a DTD, whose entities are not expanded (a few nested ones grow to "
                             "gigabytes): write their text in place and remove the '<!DOCTYPE ... [ ]>'")

    parser.StartDoctypeDeclHandler = refuse_internal_subset
    try:
        with open(path, "rb") as stream:
            parser.ParseFile(stream)
    except (expat.ExpatError, LookupError) as error:  # LookupError: an encoding Python does not know
        reason = expat.errors.messages[error.code] if isinstance(error, expat.ExpatError) else str(error)
        raise InputError(f"{path}:{getattr(error, 'lineno', 1)}", f"not well-formed XML: {reason}") from None
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None
