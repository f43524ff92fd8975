"""The furniture of a news text: headlines, bylines, datelines, captions, source tags, links to other
stories, and the publication date.

These parts name the author, the desk's city, the page's title, the photographer or another story, not
the actors of this one, so the extractor takes no entities from them (except a wire agency credited in a
dateline, which the article cites as its source).

>>> text = "MOSCOW, Feb 11 (Sputnik) - Aid arrived."
>>> [(k, text[s:e]) for k, s, e in furniture_spans(text)]
[('dateline', 'MOSCOW, Feb 11')]
>>> find_publication_date("Tue 01st December 2020 | 11:32 PM\\nBody.")
datetime.date(2020, 12, 1)
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["furniture_spans", "dateline_ends", "dateline_places", "find_publication_date", "MONTHS"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# "MOSCOW, Feb 11 (Sputnik) —", "LONDON (Reuters) -", "SANAA, April 10 —", "ACCRA, Ghana (PANA) -",
# "DOHA/GENEVA, Jan 28 (Reuters)", "BEIRUT:", "DUBAI, May 6. /TASS/.", "WASHINGTON, CMC -": upper-case cities
# at the start of a paragraph, an optional country or state, an optional date, an optional agency, then a dash
# or a colon.
_CITY = r"[A-Z][A-Z'.\- ]{1,40}[A-Z.]"
# the country or state after the city: "Sudan", "New York", "St. Vincent and the Grenadines"
_PLACE_NAME = r"[A-Z][a-z]+\.?(?:\s(?:(?:and|the|of)\s){0,2}[A-Z][a-z]+\.?){0,4}"
_DATELINE = re.compile(
    rf"^(?:(?P<city>{_CITY}(?:/{_CITY})*)(?:,\s+(?P<place>{_PLACE_NAME}))?(?P<date>,\s+{_MONTH}\s+\d{{1,2}})?"
    rf"|{_MONTH}\s+\d{{1,2}})"
    r"(?=,?\s*(?:\([^)\n]{1,80}\)|[-\u2013\u2014:]|\.\s*/[A-Z]{2,8}/|[A-Z]{2,8}\s+[-\u2013\u2014]))",
    re.M,
)
# "Faizan Hashmi 4 minutes ago Tue 01st December 2020 | 11:32 PM", "By Jane Doe": short lines that are
# not sentences (no full stop at the end) and carry a relative age, a clock time or a "By" credit.
_BYLINE = re.compile(
    r"^(?!.*\.\s*$)(?:By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:(?:,|\s+and)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})*"
    r"|.{0,80}\b\d+\s+(?:second|minute|hour|day|week)s?\s+ago\b.{0,60}"
    r"|.{0,80}\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\b\.?|GMT|UTC|\||$).{0,30}"
    r"|(?:Published|Updated|Posted|Last updated|First published)\b.{0,80})$",
    re.M,
)
# Lines of the page around the story: credits of the writers and editors, copyright, the site's own calls to
# share, subscribe or scroll, advertisement markers, the wire's end mark.
_PAGE_LINE = re.compile(
    r"^(?:advertisement|scroll to continue(?: with content)?|\(end\)|_{3,}|-{3,}"
    r"|(?:\u00a9|copyright\b)[^\n]*|[^\n]{0,120}\ball rights reserved\b[^\n]*"
    r"|(?:share|sign up|subscribe|follow us)\b[^\n]{0,120}|[^\n]{0,120}\bsign up (?:here|now|for)\b[^\n]*"
    r"|(?:(?:additional )?reporting|writing|editing|compiled|translated) by\b[^\n]*"
    r"|[^\n]{0,120}\bcontributed (?:to this report|reporting)\b[^\n]*|our standards:[^\n]*)$",
    re.M | re.I,
)
# Page furniture inside the body: photo captions and credits, a source tag opening a paragraph ("(MENAFN)"),
# and links to other stories ("Related: ...", "Read more: ...").
_CAPTION = re.compile(
    r"\((?:photo|image|picture|file photo|photograph|credit)s?\b[^()\n]{0,200}\)"
    r"|[(\[][^()\[\]\n]{0,80}\b(?:photo|image)s?\b\s*(?:/|:|by\b)[^()\[\]\n]{0,120}[)\]]"
    r"|^(?:photo|image|picture|file photo|photograph|caption)s?\s*:[^\n]*$"
    r"|^[^\n]{0,200}\bvia Getty Images\b[^\n]*$"
    r"|\([^()\n]{0,120}\bvia Getty Images\)",
    re.M | re.I,
)
# A caption line ends in its credit: "REUTERS/Gleb Garanich", "U.S. Navy/Handout via REUTERS",
# "HANDOUT / Presidency / AFP", "(AP Photo/Jane Roe)", "(Navy via AP)", "[File photo/Agency]", or a sentence
# then "(Yonhap)".
_CREDITED_LINE = re.compile(
    r"^[^\n]{0,300}(?:\b[A-Z]{2,}/\s?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}"
    r"|/\s?(?:Handout|AFP|AP|Reuters|REUTERS|Getty Images)|\bvia (?:REUTERS|Reuters|AP|AFP)"
    r"|\([^()\n]{0,60}\b(?:Photo/|via )[^()\n]{0,60}\)|\.\s\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\)"
    r"|(?i:[(\[](?:file )?(?:photo|image)s?\s*(?:/|:|by\b)[^()\[\]\n]{0,120}[)\]]))[ \t]*$",
    re.M,
)
_SOURCE_TAG = re.compile(r"^\((?:[A-Z][A-Za-z.&]{1,15})(?:-?\s[A-Z][A-Za-z.&]{1,15}){0,2}\)(?=\s)(?:\s+ID\d+\s*$)?", re.M)
_RELATED_LABEL = r"(?:related(?: stories| articles| news| coverage| content| reading)?|read(?: more| also)?|also read|see also|more on this|recommended|trending(?: news| now)?|must read|don't miss)"
# "Related: <headline>", "READ MORE: <headline>"; a label alone on its line ("Related Stories") heads the next line
_RELATED = re.compile(rf"^{_RELATED_LABEL}[ \t]*:[^\n]*$|^{_RELATED_LABEL}[ \t]*:?[ \t]*\n[^\n]*$", re.M | re.I)
_DATE_LINE = re.compile(rf"^\s*(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|[\d./:| -]{{6,}})\s*$", re.M | re.I)
_LINE = re.compile(r"^[^\n]+$", re.M)
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "-"}


def _is_title_case(line: str) -> bool:
    """A headline in Title Case: most content words capitalised and no full stop at the end."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 4 or line.rstrip().endswith((".", '"', "\u201d")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def furniture_spans(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every byline, dateline city, date line, Title-Case headline, photo caption or
    credit, source tag ("(MENAFN)") and link to another story ("Related: ...").

    >>> [k for k, _, _ in furniture_spans("(MENAFN) Aid arrived.\\nRelated: Qatar says talks will resume in Doha\\n(Photo: AFP)")]
    ['source_tag', 'related', 'caption']
    """
    spans = []
    for match in _DATELINE.finditer(text):
        spans.append(("dateline", match.start(), match.end()))
    for match in _BYLINE.finditer(text):
        spans.append(("byline", match.start(), match.end()))
    for match in _DATE_LINE.finditer(text):
        spans.append(("dateline", match.start(), match.end()))
    for kind, pattern in (("caption", _CAPTION), ("caption", _CREDITED_LINE), ("source_tag", _SOURCE_TAG),
                          ("related", _RELATED), ("byline", _PAGE_LINE)):
        spans += [(kind, match.start(), match.end()) for match in pattern.finditer(text)]
    for match in _LINE.finditer(text):
        if _is_title_case(match.group()):
            spans.append(("headline", match.start(), match.end()))
    return sorted(dict.fromkeys(spans), key=lambda span: (span[1], span[2]))  # a caption both patterns find: once


# what follows a dateline up to the story's first word: the agency, the dash or colon ("GOMA, Congo (AP) — ")
_DATELINE_TAIL = re.compile(r",?\s*(?:\([^)\n]{1,80}\)\s*)?(?:[A-Z]{2,8}\s*)?(?:[-\u2013\u2014]{1,2}|:|\.\s*/[A-Z]{2,8}/\.?)[ \t]*")


def dateline_ends(text: str) -> list[int]:
    """Where the story starts after each dateline: the offset of its first word.

    >>> text = "GOMA, Congo (AP) \u2014 Troops arrived."
    >>> text[dateline_ends(text)[0]:]
    'Troops arrived.'
    """
    ends = []
    for match in _DATELINE.finditer(text):
        tail = _DATELINE_TAIL.match(text, match.end())
        if tail is not None and tail.end() < len(text) and not text[tail.end()].isspace():
            ends.append(tail.end())
    return ends


def dateline_places(text: str) -> list[str]:
    """The places of the article's first dateline, in Title Case, most precise first: its city (the first of
    "DOHA/GENEVA") and the country or state written after it ("CAMP DAVID, Maryland" -> Camp David, Maryland).

    >>> dateline_places("Headline\\n\\nBEIRUT, Sept 19 (Reuters) - Blasts hit.")
    ['Beirut']
    """
    match = _DATELINE.search(text)
    if match is None or match.group("city") is None:
        return []
    city = match.group("city").split("/")[0].strip(" .")
    return [city.title(), *([match.group("place")] if match.group("place") else [])]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_publication_date(text: str, head_chars: int = 600) -> date | None:
    """The first full date (day, month and year) written near the top of the article."""
    head = text[:head_chars]
    found: list[tuple[int, date]] = []
    for match in _DAY_MONTH_YEAR.finditer(head):
        day = _safe_date(int(match[3]), _month_number(match[2]), int(match[1]))
        if day:
            found.append((match.start(), day))
    for match in _MONTH_DAY_YEAR.finditer(head):
        day = _safe_date(int(match[3]), _month_number(match[1]), int(match[2]))
        if day:
            found.append((match.start(), day))
    for match in _ISO_DATE.finditer(head):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            found.append((match.start(), day))
    return min(found)[1] if found else None
