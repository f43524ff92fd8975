"""Candidate events for the trained layer: every ordered pair of entities named in one sentence, described
by what the parse says about them.

A candidate is a pair (actor, target) and a sentence; its features are strings (the words of the sentence,
the dependency path between the two names, their roles and types, what the rules found there). The rules'
own events become candidates too, so a pair the rules found across sentences is weighed as well. Which event
kind, if any, a candidate states is for :mod:`kg.extract.classifier` to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import EntityType, Event, Evidence
from .entities import ArticleEntities, Mention
from .lexicon import Lexicon
from .tokens import TokenTable

__all__ = ["Candidate", "find_candidates"]

_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PART", "ADV"})  # not names: they do not carry over
_MAX_NAMES = 8  # names in one sentence taken into pairs (a list of twenty states is not twenty actors)
_ACTORS = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON})


@dataclass
class Candidate:
    """A pair of entities one sentence names, and what the parse says about them."""

    actor: str
    target: str
    evidence: Evidence
    trigger: str  # the word where the pair meets in the parse (or the rules' trigger)
    date: date | None
    features: list[str]
    target_is_place: bool = False
    ruled: set[str] = field(default_factory=set)  # the event kinds the rules found for this pair here


def _sentence_features(tokens: TokenTable, start: int, end: int, kinds_at: dict[int, list[str]],
                       lexicon: Lexicon) -> list[str]:
    """The words of tokens ``start:end`` (a sentence; lemmas, not names), the event kinds its trigger words open,
    the word classes it uses (forces, aid, talks...) and whether it negates, hedges or speaks of what has not
    happened."""
    within = range(start, end)
    features = {f"w:{tokens.lemma_lower[i]}" for i in within
                if tokens.pos[i] in _CONTENT and not tokens.is_stop[i] and tokens.outside_entity[i]}
    features |= {f"w:{tokens.lower[i]}" for i in within if tokens.dep[i] == "neg" or tokens.tag[i] == "MD"}
    features |= {f"trigger_in_sentence:{kind}" for i in within for kind in kinds_at.get(i, ())}
    lemmas = {*tokens.lemma_lower[start:end], *tokens.lower[start:end]}
    features |= {f"class:{name}" for name, words in lexicon.classes.items() if lemmas & words}
    for flag, words in (("negation", lexicon.negations | lexicon.indefinites), ("hedge", lexicon.hedges),
                        ("irrealis", lexicon.irrealis | lexicon.intentions)):
        if lemmas & words:
            features.add(flag)
    return sorted(features)


def _ancestors(tokens: TokenTable, i: int) -> list[int]:
    chain = [i]
    while tokens.head[chain[-1]] != chain[-1]:
        chain.append(tokens.head[chain[-1]])
    return chain


def _path(tokens: TokenTable, a: int, b: int, kinds_at: dict[int, list[str]]) -> tuple[int | None, list[str]]:
    """The lowest common ancestor of two tokens (None: they have none) and the path between them as features
    (with the event kinds its trigger words open)."""
    up_a, up_b = _ancestors(tokens, a), _ancestors(tokens, b)
    on_b = {t: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token in on_b:
            lca, a_side, b_side = token, up_a[:n], up_b[:on_b[token]]
            break
    else:
        return None, ["path:none"]
    dep, lemma_lower = tokens.dep, tokens.lemma_lower
    ups = ">".join(dep[t] for t in a_side)
    downs = "<".join(dep[t] for t in reversed(b_side))
    lemma = lemma_lower[lca]
    features = [f"path:{ups}|{downs}", f"lca:{lemma}", f"lca_path:{lemma}|{ups}|{downs}",
                f"pathlen:{min(len(a_side) + len(b_side), 6)}"]
    on_path = [*a_side[1:], *b_side[1:]]
    features += [f"on_path:{lemma_lower[t]}" for t in on_path if tokens.pos[t] in _CONTENT]
    features += [f"trigger_at_lca:{kind}" for kind in kinds_at.get(lca, ())]
    features += [f"trigger_on_path:{kind}" for t in on_path for kind in kinds_at.get(t, ())]
    children = tokens.children(lca)
    if any(dep[c] == "neg" for c in children):
        features.append("lca_negated")
    modal = next((tokens.lower[c] for c in children if tokens.tag[c] == "MD"), None)
    if modal is not None:
        features.append(f"lca_modal:{modal}")
    return lca, features


def _role(tokens: TokenTable, mention_head: int) -> str:
    role = tokens.dep[mention_head]
    if role == "pobj":
        role = f"pobj_{tokens.lower[tokens.head[mention_head]]}"
    elif role == "poss":
        role = f"poss_{tokens.lemma_lower[tokens.head[mention_head]]}"
    return role


def _distance(a: Mention, b: Mention) -> str:
    gap = max(b.start - a.end, a.start - b.end, 0)
    return "dist:0" if gap == 0 else "dist:1-3" if gap <= 3 else "dist:4-8" if gap <= 8 else "dist:9+"


def find_candidates(ents: ArticleEntities, rule_events: list[Event], published: date | None) -> list[Candidate]:
    """The candidates of an article: pairs named in one sentence, and the pairs of the rules' events (their
    dates resolved against ``published``). Nothing of the parse is kept; the tokens are read off
    :attr:`ArticleEntities.tokens`."""
    doc, tokens, lexicon = ents.doc, ents.tokens, Lexicon.default()
    kinds_at = {i: sorted({trigger.event.value for trigger in triggers})
                for i, triggers in lexicon.triggers(doc).items()}
    anchors: dict[int, tuple[str, date | None]] = {}  # the word where pairs meet -> its text and the date it has

    def anchored(i: int) -> tuple[str, date | None]:
        if i not in anchors:
            anchor = doc[i]
            anchors[i] = anchor.text, ents.event_date(anchor, published)
        return anchors[i]

    found: dict[tuple[str, str, int], Candidate] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ents.mentions:
        if mention.role not in ("credit",) and mention.key in ents.entities:
            by_sentence.setdefault(tokens.sentence_of(mention.start)[0], []).append(mention)
    for sent in ents.sentences:
        mentions = by_sentence.get(sent.start, [])
        if len(mentions) < 2:
            continue
        words = _sentence_features(tokens, sent.start, sent.end, kinds_at, lexicon)
        evidence = ents.evidence(sent)
        distinct = list({m.key: m for m in mentions}.values())[:_MAX_NAMES]
        for a in distinct:
            actor = ents.actor_of(a.key)
            if ents.type_of(actor) not in _ACTORS:
                continue
            for b in distinct:
                if b.key in (a.key, actor):
                    continue
                head_a, head_b = a.end - 1, b.end - 1
                lca, path = _path(tokens, head_a, head_b, kinds_at)
                trigger, day = anchored(doc[head_a].sent.root.i if lca is None else lca)
                target_type = ents.type_of(b.key)
                features = [*words, *path, f"a_role:{_role(tokens, head_a)}", f"b_role:{_role(tokens, head_b)}",
                            f"types:{ents.type_of(a.key).value}>{target_type.value}", _distance(a, b),
                            "a_first" if a.start < b.start else "b_first", f"a_name_role:{a.role}",
                            f"b_name_role:{b.role}"]
                if actor != a.key:
                    features.append("actor_acts_for_state")
                found[(actor, b.key, sent.start)] = Candidate(actor, b.key, evidence, trigger, day, features,
                                                              target_is_place=target_type == EntityType.LOCATION)
    for event in rule_events:
        span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
        start, end = tokens.sentence_of(span.start if span is not None else 0)
        candidate = found.get((event.actor, event.target, start))
        if candidate is None:
            candidate = Candidate(event.actor, event.target, event.evidence, event.trigger, event.date,
                                  [*_sentence_features(tokens, start, end, kinds_at, lexicon), "ruled_only"],
                                  target_is_place=ents.type_of(event.target) == EntityType.LOCATION)
            found[(event.actor, event.target, start)] = candidate
        candidate.ruled.add(event.type.value)
    for candidate in found.values():
        candidate.features += [f"rule:{kind}" for kind in sorted(candidate.ruled)]
        candidate.features.append(f"rules_found:{len(candidate.ruled)}")
    return list(found.values())
