"""Articles that report the same events, built by hand for the tests of merged reports (no parse)."""

from __future__ import annotations

from datetime import date

from kg.model import Article, Entity, EntityType, Event, EventType, Evidence, Extraction, Modality

COUNTRIES = {"country/RUS": "Russia", "country/UKR": "Ukraine", "country/TUR": "Turkey", "country/USA": "United States",
             "country/IRN": "Iran"}


def article(article_id: str, published: date | None, *events: tuple) -> Extraction:
    """An article stating ``events``: (type, actor, target, date the text gives, modality)."""
    text = f"Article {article_id}. " + " ".join(f"Sentence {i}." for i in range(len(events)))
    extraction = Extraction(Article(article_id, text, date=published))
    for key, name in COUNTRIES.items():
        extraction.entities[key] = Entity(key, EntityType.COUNTRY, name, known=True)
    for position, (event_type, actor, target, day, modality) in enumerate(events):
        start = text.index(f"Sentence {position}.")
        extraction.events.append(Event(event_type, actor, target, Evidence(f"Sentence {position}.", start, start + 11),
                                       "said", 0.85 - position / 100, date=day, modality=modality))
    return extraction


def strike(day: date | None, modality: Modality = Modality.ASSERTED) -> tuple:
    return EventType.ATTACK, "country/RUS", "country/UKR", day, modality



# four articles reporting a strike of 1 March (one of them only as a claim, undated) and one of 8 March
MARCH = [
    article("wire", date(2024, 3, 2), strike(date(2024, 3, 1))),
    article("daily", date(2024, 3, 2), strike(None, Modality.CLAIMED)),
    article("weekly", date(2024, 3, 4), strike(date(2024, 3, 1)), strike(date(2024, 3, 8))),
    article("later", date(2024, 3, 9), strike(date(2024, 3, 8))),
]
