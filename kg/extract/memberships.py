"""Who is a member of what (``memberOf``), read from the parse.

A membership is stated by a member noun beside its organization ("Finland, a NATO member", "the UK and Poland
are NATO allies", "SADC countries Angola and Zambia", "a bloc whose members include Mali and Niger", "Kenya is one
of the members of the EAC", "Ghana was among its founding members", "NATO has 32 members, including Poland",
"Of all the alliance's members, only Hungary objected", "a three-member bloc of Mali, Niger and Burkina Faso"), by a
verb of founding or admitting ("Mali and Niger formed the AES", "the AU admitted Morocco"), by a verb of joining ("Sweden joined NATO",
"Sweden, which joined NATO", "Finland was admitted to the alliance"; not when denied: "has not joined"), by a membership or a chair that
a state holds ("Sweden's NATO membership", "Nigeria holds the ECOWAS chairmanship"), by a verb of composition
("the force, made up of troops from Chad and Niger"), by a list set after the organization's name ("the E3 -
France, Germany and the United Kingdom") or by a vote set against its members' vote ("twelve members voted for
it, while Russia and China abstained"). A member noun with no organization beside it belongs to the bloc
named before when a word says so ("Spain, another member"); a person "of" a state in a list of members or of a
bloc's leaders stands for the state ("CARICOM heads of government: Philip Davis of The Bahamas, ..."). A state
suspended by a bloc ("Mali remains suspended from the bloc"), leading it ("the Russian-led alliance"), chairing it
in a phrase beside its name ("the G7, meeting under Italy's presidency") or whose allies it qualifies ("Turkey
appealed to its NATO allies") is a member too, and so are a state set beside a member ("Sweden, like Finland, joined
NATO", "Ghana belongs to ECOWAS with Togo", "sits in the CSTO alongside Belarus", however the parser hangs the
company), one that is "part of" an organization, one that chairs a bloc ("Kenya, which chairs the EAC", "Mercosur,
which Uruguay chairs", "the Mercosur chair, Uruguay") or whose stated official is its chairman or chairs it ("Chile's
president, Gabriel Boric, who chairs the bloc"), and the states of coordinated demonyms ("the French and German
members of NATO").
A relative clause stands for the bloc it is set on, named or described, however the parser hangs it ("the OAS, to
which both countries belong", "the SCO, the grouping that India joined", "the CSTO and the EEU, the blocs that
include Armenia"); a leader stands for the state of their stated office ("Anwar Ibrahim, who chairs ASEAN",
"Orban, whose country is a member of NATO"); a relative clause on a description set beside a name stands for the name
("Sweden, the Nordic country that joined NATO"); names set before "all"/"both" and a member noun are members
("Peru and Bolivia, both members of the council"); "both countries" with no pair named together are the article's two
most named states. The words are data (``ontology/lexicon/memberships.json``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..model import EntityType, Membership, OfficeHolding
from ..resources import load_json
from .entities import ArticleEntities, Mention, first_conjunct, is_relative_pronoun
from .roles import RoleWords

__all__ = ["MembershipWords", "find_memberships"]

_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)
_MODIFIERS = ("compound", "nmod", "poss", "amod")
_LIST_GLUE = {",", "and", "the", ":", "including", "such", "as", "namely"}
_OPENERS = {"—", "–", "-", "--", ":", "("}
_CLOSERS = {"—", "–", "-", "--", ")", ",", ";", ".", "and"}


def _negated(verb: Token) -> bool:
    """Whether a verb is denied ("has not joined", "is not a member")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _in_apposition(token: Token) -> list[Token]:
    """The words set beside a word in apposition, after it or before it ("Uruguay, the current chair")."""
    return [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])


@dataclass(frozen=True)
class MembershipWords:
    """The vocabulary of memberships, read from ``memberships.json``."""

    member_nouns: frozenset[str]
    possession_verbs: frozenset[str]
    example_markers: frozenset[str]  # "including", "such as": the words that open a member noun's examples
    generic_members: frozenset[str]
    representative_nouns: frozenset[str]
    membership_nouns: frozenset[str]
    join_verbs: frozenset[str]
    admit_verbs: frozenset[str]
    suspend_verbs: frozenset[str]  # "suspend": a suspended state stays a member
    leading_verbs: frozenset[str]  # "lead": the state that leads a bloc ("the Russian-led alliance") is a member
    chair_nouns: frozenset[str]
    chair_verbs: frozenset[str]
    vote_verbs: frozenset[str]
    composition_verbs: frozenset[str]
    composition_phrasal_verbs: dict[str, str]  # verb -> the particle that makes it list members ("make up")
    founding_verbs: frozenset[str]
    context_cues: frozenset[str]
    bloc_kinds: frozenset[str]
    operation_kinds: frozenset[str]  # "peace_operation": never what "the organization" stands for as a bloc of members
    bloc_nouns: frozenset[str]  # "alliance", "bloc": a bloc not named ("a Russian-led alliance")
    counting_words: dict[str, int]  # "both": 2, "three": 3: how many states a plural refers back to
    company_markers: frozenset[str]  # "like", "alongside": a member's company in the organization
    part_nouns: frozenset[str]  # "part": "the Arakan Army, part of the alliance"
    chairing_verbs: frozenset[str]  # "chair", "preside": the state that chairs a bloc
    past_markers: frozenset[str]  # "former", "ex": an office no longer held
    distributives: frozenset[str]  # "all", "both": a member noun they open after names stands beside them
    partner_nouns: frozenset[str]  # "partner": a member only with its organization after it ("partners in the G7")
    seat_nouns: frozenset[str]  # "seat": its holder ("holds a seat on the council") is a member
    seat_kinds: frozenset[str]  # the gazetteer kinds of the bodies of states a seat is held in
    participation_verbs: frozenset[str]  # "sit", "serve": their subject sits or serves in a body of states
    co_chair_prefix: str  # "co": the word a tokenizer splits off a shared chair ("co", "-", "chair")
    co_chair_introducers: frozenset[str]  # "by", "from": open the holders after the chair word
    co_chair_relatives: frozenset[str]  # "which": opens a clause naming the holders before the chair word

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "MembershipWords":
        data = load_json("lexicon/memberships.json")
        return cls(*(frozenset(data[name]) for name in ("member_nouns", "possession_verbs", "example_markers",
                                                        "generic_members", "representative_nouns",
                                                        "membership_nouns",
                                                        "join_verbs", "admit_verbs", "suspend_verbs",
                                                        "leading_verbs", "chair_nouns",
                                                        "chair_verbs", "vote_verbs", "composition_verbs")),
                   dict(data["composition_phrasal_verbs"]), frozenset(data["founding_verbs"]),
                   frozenset(data["context_cues"]),
                   frozenset(data["bloc_kinds"]), frozenset(data["operation_kinds"]["kinds"]),
                   frozenset(data["bloc_nouns"]), dict(data["counting_words"]),
                   *(frozenset(data[name]) for name in ("company_markers", "part_nouns", "chairing_verbs",
                                                          "past_markers", "distributives", "partner_nouns",
                                                          "seat_nouns", "seat_kinds", "participation_verbs")),
                   data["co_chair"]["prefix"], frozenset(data["co_chair"]["introducers"]),
                   frozenset(data["co_chair"]["relatives"]))

    @property
    def lemmas(self) -> frozenset[str]:
        """Every word that opens a membership, for finding the candidate tokens on the document's arrays."""
        return (self.member_nouns | self.generic_members | self.representative_nouns | self.membership_nouns
                | self.chair_nouns | self.join_verbs | self.admit_verbs | self.suspend_verbs | self.leading_verbs
                | self.composition_verbs | self.composition_phrasal_verbs.keys() | self.founding_verbs
                | self.part_nouns | self.chairing_verbs | self.partner_nouns
                | self.seat_nouns | self.participation_verbs)


def article_pair(before: list[Mention]) -> list[Mention]:
    """The two states an article is about, when no pair was named together: the two named most before, each
    more often than any other."""
    counts = Counter(m.key for m in before).most_common(3)
    if len(counts) < 2 or counts[1][1] < 2 or (len(counts) == 3 and counts[2][1] >= counts[1][1]):
        return []
    pair = {counts[0][0], counts[1][0]}
    return list({m.key: m for m in reversed(before) if m.key in pair}.values())


class _MembershipFinder:
    def __init__(self, ents: ArticleEntities):
        self.ents = ents
        self.doc = ents.doc
        self.words = MembershipWords.default()
        self.found: dict[tuple[str, str], Membership] = {}
        self.leaders: dict[str, list[OfficeHolding]] = {}  # person -> their stated, current offices of a state

    # -- who and what a token names ----------------------------------------------------------
    def organization(self, token: Token | None) -> str | None:
        """The organization a token names or refers to ("NATO", "the bloc's", "its")."""
        if token is None:
            return None
        mention = self.ents.at(token)
        key = mention.key if mention is not None else self.ents.refer(token)
        if mention is None and self.ents.kind(key) in self.words.operation_kinds:
            key = self.bloc_before(token)  # "a member of the organization" after a mission: the bloc, not the mission
        return key if key is not None and self.ents.type_of(key) == EntityType.ORGANIZATION else None

    def named_organization(self, token: Token) -> str | None:
        """The organization a token names, not one it refers back to ("the outgoing mission" may be the bloc's)."""
        mention = self.ents.at(token)
        return mention.key if mention is not None and mention.type == EntityType.ORGANIZATION else None

    def group(self, token: Token | None) -> list[Mention]:
        """The actors a token names with its conjuncts and appositions ("Mali, Niger and Burkina Faso"), or the
        states named together before that a counted plural refers to ("Both Nordic countries", "the two members")."""
        referred = self.named_together_before(token) if token is not None else []
        if referred:
            return referred
        found, stack, seen = [], [token] if token is not None else [], set()
        while stack:
            current = stack.pop()
            if current.i in seen:
                continue
            seen.add(current.i)
            mention = self.ents.at(current)
            state = self.state_of(current) if mention is not None and mention.type != EntityType.COUNTRY else None
            if state is not None:  # "Abdoulaye Diop of Mali": the state he stands for
                stack.append(state)
            elif mention is not None and mention.type in _ACTOR_TYPES and mention not in found:
                found.append(mention)
            stack.extend(c for c in current.children if c.dep_ in ("conj", "appos"))
            if mention is None and self.ents.refers_to(current, EntityType.COUNTRY):  # "Fiji's government": Fiji
                stack.extend(c for c in current.children if c.dep_ == "poss")
                found.extend(self.leader_whose(current))  # "Viktor Orban, whose country is a member"
            if mention is None and current.pos_ == "NOUN":  # "troops from Chad": the nations behind the noun
                stack.extend(g for c in current.children if c.dep_ == "prep" and c.lower_ == "from"
                             for g in c.children if g.dep_ == "pobj")
        return found

    def leader_whose(self, noun: Token) -> list[Mention]:
        """For a noun of a state owned by "whose" ("Ardern, whose country belongs to ..."), the state the person the
        relative clause is set on holds a stated office of."""
        if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children):
            return []
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        return self.states_of_people_named(clause.head) if clause is not None else []

    def named_together_before(self, noun: Token) -> list[Mention]:
        """For a plural noun that counts states ("both countries", "the two NATO members"), the last states named
        together before it ("Sweden and Finland"), when they are as many as it counts; but "both countries" are the
        article's two most named states when it has such a pair, rather than a pair named in passing in an earlier
        sentence ("Washington and Rome flew out their citizens. The OAU, which both countries belong to": Ethiopia
        and Eritrea); a pair named in the noun's own sentence is kept ("Sweden and Finland said both countries")."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or self.ents.at(noun) is not None:
            return []
        wanted = next((self.words.counting_words[c.lower_] for c in noun.children
                       if c.dep_ in ("det", "nummod", "predet") and c.lower_ in self.words.counting_words), 0)
        if not wanted:
            return []
        before = [m for m in self.ents.mentions if m.end <= noun.i and m.type == EntityType.COUNTRY]
        together = self.last_named_together(before)
        if len(together) == wanted and together[0].start >= noun.sent.start:
            return together
        # "both countries" (not "the two NATO members": a member noun names no pair of the article)
        pair = article_pair(before) if wanted == 2 and self.ents.refers_to(noun, EntityType.COUNTRY) else []
        if pair:
            return pair
        return together if len(together) == wanted else []

    def last_named_together(self, before: list[Mention]) -> list[Mention]:
        """The last states named together among the mentions before a word ("Greece, Turkey and Cyprus"), if any."""
        for mention in reversed(before):
            first = first_conjunct(self.doc[mention.end - 1])  # the list from its head
            together = [m for m in self.group(first) if m.type == EntityType.COUNTRY]
            if len(together) >= 2:
                return together
        return []

    def state_of(self, token: Token) -> Token | None:
        """The country a name is "of" ("Philip Davis of The Bahamas"), as the token that names it."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in prep.children:
                mention = self.ents.at(name)
                if name.dep_ == "pobj" and mention is not None and mention.type == EntityType.COUNTRY:
                    return name
        return None

    def add(self, members: list[Mention], organization: str | None, token: Token) -> None:
        """Each member of the organization, once; a state is no member of an armed group ("the Western group, whose
        members include Canada" is no militia named before), a peace operation no member of anything (the states
        that serve in it are: "AMISOM has troops from Kenya and Uganda, both members of the bloc")."""
        if organization is None:
            return
        armed = self.ents.armed(organization)
        for member in members:
            serving = self.ents.kind(member.key) in self.words.operation_kinds
            if member.type in _ACTOR_TYPES and member.key != organization and not serving and not (
                    armed and member.type == EntityType.COUNTRY):
                self.found.setdefault((member.key, organization),
                                      Membership(member.key, organization, self.ents.evidence(token.sent)))

    # -- the ways a membership is stated -----------------------------------------------------
    def owner(self, noun: Token, preps: tuple[str, ...] = ("of", "in", "to")) -> str | None:
        """The organization beside a noun: a modifier ("NATO allies", "the bloc's members") or a preposition."""
        modifiers = [c for c in noun.children if c.dep_ in _MODIFIERS]
        modifiers += [g for c in modifiers if c.lower_ == "member" for g in c.children if g.dep_ in _MODIFIERS]
        for child in modifiers:
            organization = self.organization(child)
            if organization:
                return organization
            if child.tag_ == "WP$" and noun.head.dep_ == "relcl":  # "the CSTO, whose members are A and B"
                return next(iter(self.antecedent(noun.head)), None)
        # "members of the IAEA's board": a body of the organization
        return next(filter(None, map(self.organization_within, self.prep_objects(noun, preps))), None)

    @staticmethod
    def prep_objects(noun: Token, preps: tuple[str, ...]) -> list[Token]:
        """The objects of the prepositions ``preps`` on a noun, in order ("a member of the bloc", "partners in X")."""
        return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]

    def bloc_before(self, token: Token) -> str | None:
        """The last bloc (an organization of a bloc kind) named before a token: whose "another member" it is."""
        blocs = [m for m in self.ents.mentions if m.start < token.i and m.type == EntityType.ORGANIZATION
                 and self.ents.kind(m.key) in self.words.bloc_kinds]
        return max(blocs, key=lambda m: m.start).key if blocs else None

    def antecedent(self, clause: Token) -> list[str]:
        """The organizations the relative pronoun of a clause stands for ("NATO, which Finland joined", "the
        grouping that India joined ... and in which Russia has sat", "the grouping of former Soviet republics to
        which both belong": the parser may hang the clause on the noun of the "of" phrase)."""
        noun = first_conjunct(clause).head
        if self.ents.at(noun) is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        return self.described(noun)

    def described(self, noun: Token) -> list[str]:
        """The organizations a noun names or, as a description set after names, stands for ("the MNJTF, the regional
        force", also when the parser hangs the description elsewhere; "the CSTO and the EEU, the Russian-led blocs":
        both), else the one the description refers back to ("the bloc")."""
        if self.ents.at(noun) is None:
            for named in filter(None, (noun.head if noun.dep_ == "appos" else None, self.named_right_before(noun))):
                first = first_conjunct(named)
                names = [first, *first.conjuncts] if noun.tag_ == "NNS" else [named]
                found = list(dict.fromkeys(filter(None, map(self.organization, names))))
                if found:
                    return found
        organization = self.organization(noun)
        return [organization] if organization else []

    def named_right_before(self, noun: Token) -> Token | None:
        """The head of the name a phrase is set after by a comma ("the Quad, the grouping ...", "the Coordination of
        Azawad Movements (CMA), an alliance ..."), if any."""
        start = noun.left_edge.i
        if start < 2 or self.doc[start - 1].text != ",":
            return None
        end = start - 2
        if self.doc[end].text == ")":  # a short name in brackets after the name: the name before it
            end = next((i - 1 for i in range(end - 1, max(end - 4, 0), -1) if self.doc[i].text == "("), end)
        mention = self.ents.at(self.doc[end])
        return self.doc[mention.start : mention.end].root if mention is not None else None

    def subjects(self, verb: Token) -> list[Token]:
        """A verb's subjects, or those of the verb it is conjoined to ("the UK and Poland ... and are allies"), with
        the name a relative pronoun stands for ("Hungary, which holds ...")."""
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl") and all(map(is_relative_pronoun, subjects)):
            described = verb.head  # "Sweden, the Nordic country that joined NATO": the name the description is set on
            named = described.dep_ == "appos" and self.ents.at(described) is None and self.ents.at(described.head)
            return [described.head if named else described]
        return subjects

    def examples(self, noun: Token) -> list[Mention]:
        """``32 members, including Poland and Romania``, ``member states such as Chile``: the examples given."""
        markers = [c for c in noun.children if c.dep_ == "prep" and self.marked(c, self.words.example_markers)]
        return [m for c in markers for g in c.children if g.dep_ == "pobj" for m in self.group(g)]

    def marked(self, prep: Token, markers: frozenset[str]) -> bool:
        """Whether a preposition is one of the markers, alone or with the word before it ("such as", "along with")."""
        return prep.lower_ in markers or f"{self.doc[prep.i - 1].lower_} {prep.lower_}" in markers

    def following_list(self, noun: Token) -> list[Mention]:
        """``NATO members Poland, Romania and the Baltic states``, ``G7 members, among them Japan``: the names right
        after the noun."""
        members, i = [], noun.i + 1
        while i < noun.sent.end:
            mention = self.ents.at(self.doc[i])
            if mention is not None:
                members.append(mention)
                i = mention.end
            elif self.doc[i].lower_ in _LIST_GLUE and (members or self.doc[i].lower_ != "and"):
                i += 1  # "members, and the AU": no list opens with "and"
            elif self.doc[i : i + 2].text.lower() == "among them" and not members:
                i += 2
            else:
                break
        return members

    def counted_bloc(self, bloc: Token) -> None:
        """``the AES, a three-member bloc of Mali, Niger and Burkina Faso``: the states a counted bloc is of."""
        organization = self.organization(bloc) or (self.organization(bloc.head) if bloc.dep_ == "appos" else None)
        states = [m for c in bloc.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" for m in self.group(g) if m.type == EntityType.COUNTRY]
        if len(states) >= 2:
            self.add(states, organization, bloc)

    def founding_verb(self, verb: Token) -> None:
        """``Mali, Niger and Burkina Faso formed the AES``, ``the AES, formed by ...``, ``the bloc it formed with Peru
        and Chile``: the founders of a bloc (those it was formed with among them)."""
        if _negated(verb):
            return
        if verb.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in verb.children):
            blocs = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
            founders = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            blocs, founders = [c for c in verb.children if c.dep_ == "dobj"], self.subjects(verb)
            if all(map(is_relative_pronoun, blocs)) and self.in_relative_clause(verb):
                # "the Pacific Alliance, the trade bloc it formed with ...", "the G5, which Chad founded with ..."
                blocs = [first_conjunct(verb).head]
        founders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj"]
        organization = next((o for b in blocs for o in self.described(b)), None)
        states = [m for f in founders for m in self.group(f) if m.type == EntityType.COUNTRY]
        named_bloc = any(b.lemma_.lower() in self.words.bloc_nouns for b in blocs)  # "the trade bloc it formed"
        if organization is not None and (named_bloc or self.ents.kind(organization) in self.words.bloc_kinds) \
                and len(states) >= 2:
            self.add(states, organization, verb)

    def member_noun(self, noun: Token) -> None:
        if noun.dep_ == "compound" and any(c.dep_ == "nummod" for c in noun.children):
            self.counted_bloc(noun.head)  # "the 15-member bloc"
            return
        if noun.lemma_.lower() == "member" and noun.dep_ == "compound" and noun.head.lemma_.lower() in self.words.generic_members:
            return  # "member states": read at its head
        generic = noun.lemma_.lower() in self.words.generic_members
        proper = noun.lemma_.lower() in self.words.member_nouns or any(
            c.dep_ == "compound" and c.lemma_.lower() in self.words.member_nouns for c in noun.children)
        as_member = noun.dep_ == "pobj" and (noun.head.lower_ == "as" or (  # "counts Iran as a member"
            noun.head.lower_ == "among" and noun.head.head.lemma_ in self.words.possession_verbs))  # "among its members"
        preps = ("of", "in") if proper else ("in",)
        organization = (self.holder(noun) if as_member else None) or self.owner(noun, preps)  # "member states of the EU"
        if organization is None and proper and noun.dep_ == "dobj" and noun.head.lemma_ in self.words.possession_verbs:
            organization = next(filter(None, map(self.organization, self.subjects(noun.head))), None)  # "NATO has 32 members"
        predicate = noun.dep_ in ("attr", "oprd") or self.founding_members(noun)
        if organization is None and predicate and self.in_relative_clause(noun.head):
            organization = self.relative_owner(noun.head)  # "the Arab League, of which Egypt is a member"
        if organization is None and noun.i > 0 and noun.dep_ != "pobj":
            organization = self.organization(self.doc[noun.i - 1])  # "ECOWAS members Ghana and Togo", however parsed
        partitive = self.partitive_verb(noun)
        bare = not any(c.dep_ in _MODIFIERS or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
        if organization is None and (any(c.lower_ in self.words.context_cues for c in noun.children)
                                     or (partitive is not None and bare)):
            organization = self.bloc_before(noun)  # "Spain, another member", "fellow ally the Netherlands"
        if organization is None and proper and not any(c.dep_ in _MODIFIERS and c.lemma_.lower() not in self.words.member_nouns
                                                      for c in noun.children):
            organization = self.bloc_in_sentence_before(noun)  # "the EU said member states including Chile had"
        if organization is None:
            return
        members = self.following_list(noun) + self.named_together_before(noun)  # "the two NATO members"
        members += self.demonyms(noun) + self.companions(noun)  # "the French members", "a member alongside Fiji"
        members += self.companions_of_organization(self.prep_objects(noun, preps))  # "a member of X alongside Y"
        members += self.possessor_state(noun)
        if proper:
            members += self.examples(noun)
        members += self.voters_apart(noun)
        if noun.dep_ == "appos":
            members += self.group(noun.head)  # "Finland, a NATO member"
        if noun.dep_ not in ("nsubj", "nsubjpass") and noun.left_edge.lower_ in self.words.distributives:
            # "Peru and Bolivia, both members of the council", however the parser hangs the member noun
            named = self.named_right_before(noun)
            members += self.group(first_conjunct(named)) if named is not None else []
        members += [m for c in noun.children if c.dep_ == "appos" for m in self.group(c)]  # "another member, Spain"
        if as_member:  # "Hungary and Slovakia, seen as the two EU members"
            verb = noun.head.head
            if verb.dep_ == "dobj" and verb.pos_ == "NOUN":  # "attended the meeting as a member", "as" hung on the object
                verb = verb.head
            named = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            named_members = [m for token in named for m in self.group(token)]
            # "Finland attended (the summit) as the alliance's newest member": no actor as object, the subject is
            members += named_members or [m for token in self.subjects(verb) for m in self.group(token)]
        if noun.dep_ == "conj" and self.ents.at(noun.head) is not None:  # "Laos and five other ASEAN members"
            members.append(self.ents.at(noun.head))
        one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else None
        if one is not None and one.dep_ == "appos":  # "Ghana, one of the founding members of ECOWAS"
            members += self.group(one.head)
        stated = one if one is not None else noun
        if (stated.dep_ in ("attr", "oprd") or self.founding_members(stated)) and not _negated(stated.head):
            # "Poland and the UK are NATO allies", "Finland became the 31st member of NATO", "X is one of the members"
            members += [m for c in self.subjects(stated.head) for m in self.group(c)]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be" \
                and not _negated(noun.head.head):
            members += [m for c in self.subjects(noun.head.head) for m in self.group(c)]  # "X is among the members"
        if noun.dep_ == "nsubj" and noun.head.lemma_ in (self.words.composition_verbs | {"be"}):
            # "the bloc, whose members include Angola and Mozambique"
            members += [m for c in noun.head.children if c.dep_ in ("dobj", "attr") for m in self.group(c)]
        if partitive is not None:  # "Of all the alliance's members, only Turkey objected"
            members += [m for c in self.subjects(partitive) for m in self.group(c)]
        further = self.coordinated_owners(noun) if not generic else []
        for owner in [organization] + [o for o in further if o != organization]:
            self.add(members, owner, noun)  # "members of NATO and of the EU": of each

    def partner_noun(self, noun: Token) -> None:
        """``Tokyo briefed its partners in the G7``, ``Thailand and the Philippines, Indonesia's partners in ASEAN``,
        ``the PUK, the junior partner in the regional government``: partners in an organization named after the noun
        (not before it: "a NATO partner" is no member) are its members, and so is the one whose partners they are."""
        organizations = self.prep_objects(noun, ("in",))
        organization = next(filter(None, map(self.organization_within, organizations)), None)
        named = self.possessors(noun) + _in_apposition(noun)
        if noun.dep_ in ("attr", "oprd") and not _negated(noun.head):
            named += self.subjects(noun.head)  # "Greece and Cyprus are partners in the EU"
        members = [m for t in named for m in self.group(t)]
        members += self.companions_of_organization(organizations)  # "partners in X alongside Y"
        self.add(members, organization, noun)

    def seat_noun(self, noun: Token) -> None:
        """``China, which holds a permanent seat on the council``, ``Senegal holds one of the council's rotating
        seats``: the holder of a seat in a body of states (one of 'seat_kinds', not a cabinet or a parliament) is
        its member."""
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lower_ == "one" else noun  # "one of the seats"
        verb = held.head
        if held.dep_ != "dobj" or verb.lemma_ not in self.words.chair_verbs or _negated(verb):
            return
        organization = self.owner(noun, ("on", "in", "of", "at"))
        if self.ents.kind(organization) in self.words.seat_kinds:
            self.add([m for s in self.subjects(verb) for m in self.group(s)], organization, noun)

    def participation_verb(self, verb: Token) -> None:
        """``the Arab League, in which Syria and Egypt both sit``, ``the force, in which Chad serves with Nigeria and
        Niger``, ``troops from Uganda serving with AMISOM``: the states that sit or serve in a body of states or a
        peace operation (by a preposition, or the relative clause set on it) are its members."""
        if _negated(verb):
            return
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "with", "within")]
        objects = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        named = list(filter(None, map(self.named_organization, objects)))
        relative = self.in_relative_clause(verb) and (any(map(is_relative_pronoun, objects)) or any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children))
        organizations = self.antecedent(verb) if relative else named[:1]
        bodies = self.words.seat_kinds | self.words.operation_kinds
        members = [m for s in self.subjects(verb) for m in self.group(s)] + self.companions(verb)
        members += self.companions_of_organization(objects)  # "sits in the CSTO alongside Russia and Belarus"
        members += [m for g in objects if self.named_organization(g) is None for m in self.group(g)
                    if m.type == EntityType.COUNTRY]  # "in which Chad serves with Nigeria and Niger"
        for organization in organizations:
            if self.ents.kind(organization) in bodies:
                self.add(members, organization, verb)

    def holder(self, noun: Token) -> str | None:
        """For a member noun after "as" or "among" ("the bloc now counts Iran and Egypt as members", "the team, which
        counts Japan and the EU among its members"): the organization that is the verb's subject, which "its" stands
        for before any name listed nearer (the EU)."""
        return next(filter(None, map(self.organization, self.subjects(noun.head.head))), None)

    def possessor_state(self, noun: Token) -> list[Mention]:
        """``Turkey's NATO allies``, ``Poland asked its NATO allies``: the state whose allies the organization before
        the noun qualifies is a member too; "its" is the subject of the clause the noun is in. Not with the
        organization after the noun ("Ukraine's allies in NATO" are in NATO, Ukraine is not)."""
        if not any(c.dep_ in ("compound", "nmod") and self.organization(c) for c in noun.children):
            return []
        return [m for h in self.possessors(noun) if self.ents.at(h) is not None for m in self.group(h) if m.type == EntityType.COUNTRY]

    def possessors(self, noun: Token) -> list[Token]:
        """The names a noun's possessor stands for: "Sweden's", or for "its" the subject of the noun's clause."""
        holders = []
        for possessor in (c for c in noun.children if c.dep_ == "poss"):
            if possessor.tag_ == "PRP$":  # not a verb the noun is the subject of ("its membership was a guarantee")
                verb = next((t for t in possessor.ancestors if t.pos_ in ("VERB", "AUX")
                             and not any(s in possessor.ancestors for s in self.subjects(t))), None)
                holders += self.subjects(verb) if verb is not None else []
            else:
                holders.append(possessor)
        return holders

    def demonyms(self, noun: Token) -> list[Mention]:
        """``the French and German members of NATO``: the states a member noun's coordinated demonyms name; one
        demonym names a person's state more often than a member ("a Hungarian member of the European Parliament")."""
        adjectives = [c for c in noun.children if c.dep_ == "amod"]
        adjectives += [g for c in adjectives for g in c.children if g.dep_ == "conj"]
        found = [self.ents.at(a) for a in adjectives]
        states = [m for m in found if m is not None and m.type == EntityType.COUNTRY]
        return states if len(states) >= 2 else []

    def companions(self, token: Token) -> list[Mention]:
        """``Sweden, like Finland, joined NATO``, ``a member alongside Fiji and Tonga``, ``Burundi belongs to the EAC
        together with Kenya``: the states or groups set beside the member by a word of company (the parser may hang
        "with" on "along" or "together"); a bare "with" only before a name that nothing is told of ("belongs to ECOWAS
        with Togo"; not "joined NATO with support from Turkey", nor "with Sweden following a year later")."""
        preps = [c for c in token.children if c.dep_ == "prep"]
        preps += [g for c in token.children if c.dep_ in ("prep", "advmod") for g in c.children if g.dep_ == "prep"]
        return [m for c in preps if self.marked(c, self.words.company_markers)
                for g in c.children if g.dep_ == "pobj" and (not self.bare_with(c) or self.named_alone(c, g))
                for m in self.group(g)]

    def bare_with(self, prep: Token) -> bool:
        """Whether a preposition of company is "with" alone, not "along with" or "together with"."""
        return prep.lower_ == "with" and f"{self.doc[prep.i - 1].lower_} with" not in self.words.company_markers

    def named_alone(self, prep: Token, noun: Token) -> bool:
        """Whether the object of "with" is a name with no participle told of it ("with Togo"; not "with Sweden
        following a year later", an absolute clause)."""
        told = [c for t in (prep, noun) for c in t.children if c.tag_ in ("VBG", "VBN") and c.dep_ in ("pcomp", "acl")]
        return self.ents.at(noun) is not None and not told

    def companions_of_organization(self, objects: list[Token]) -> list[Mention]:
        """``sits in the CSTO alongside Russia and Belarus``, ``a member of the bloc alongside Russia and Armenia``:
        the company a parser hangs on the organization a word of membership names rather than on the word."""
        return [m for o in objects if self.organization(o) is not None for m in self.companions(o)]

    def relative_owner(self, verb: Token) -> str | None:
        """``the bloc, of which A and B are members``: the organization the relative "of which" stands for."""
        relative = any(g.tag_ == "WDT" for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")
        return next(iter(self.antecedent(verb)), None) if relative else None

    def founding_members(self, noun: Token) -> bool:
        """"X and Y are founding members", which the parser reads as a verb "founding" with the noun as object."""
        verb = noun.head
        return noun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.lemma_ in self.words.founding_verbs and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)

    def coordinated_owners(self, noun: Token) -> list[str]:
        """``members of NATO and of the EU``, ``members of NATO and the EU``: every organization the noun is of."""
        preps = [c for c in noun.children if c.dep_ in ("prep", "conj") and c.lower_ == "of"]  # the parser may
        preps += [g for c in preps for g in c.children if g.dep_ == "conj" and g.lower_ == "of"]  # conjoin the "of"s
        objects = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        objects += [c for g in objects for c in g.children if c.dep_ == "conj"]
        return [o for o in map(self.organization_within, objects) if o]

    def partitive_verb(self, noun: Token) -> Token | None:
        """For ``Among the allies, Norway pledged ships``: the verb whose subject is picked out of the members."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("among", "of") or prep.dep_ != "prep":
            return None
        verb = prep.head
        return verb if verb.pos_ in ("VERB", "AUX") and prep.i < verb.i and not _negated(verb) else None

    def representative_noun(self, noun: Token) -> None:
        """``CARICOM heads of government: Philip Davis of The Bahamas, ...``: the states the people are of."""
        members = [m for c in noun.children if c.dep_ == "appos" for m in self.group(c)]
        self.add([m for m in members if m.type == EntityType.COUNTRY], self.owner(noun, ("of",)), noun)

    def join_verb(self, verb: Token) -> None:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into") for g in c.children
                    if g.dep_ == "pobj"]
        named = list(filter(None, map(self.organization, objects)))
        if self.in_relative_clause(verb) and (any(map(is_relative_pronoun, objects)) or (not named and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))):
            # "NATO, which Finland joined", "the OAS, to which both belong", "the SCO, the grouping that India joined"
            organizations = self.antecedent(verb)
        else:
            organizations = self.first_named_with_conjuncts(objects)
        if _negated(verb):
            return  # "Ukraine has not joined NATO"
        stated = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        misparsed = [] if stated else [c for c in verb.children if c.dep_ == "nmod" and c.i < verb.i]
        subjects = misparsed or self.subjects(verb)  # "to which A and B belong": the parser may make A a modifier
        members = [m for s in subjects for m in self.group(s)] + self.companions(verb)  # "Sweden, which joined"
        members += [m for s in subjects for m in self.companions(s)]  # "Sweden, like Finland, joined NATO"
        members += self.companions_of_organization(objects)  # "belongs to the EAC alongside Kenya"
        for organization in organizations:
            self.add(members, organization, verb)

    def first_named_with_conjuncts(self, objects: list[Token]) -> list[str]:
        """The organization the first of a verb's objects to name one names, with those coordinated with it ("joined
        both NATO and the EU", "belongs to the Commonwealth and to the OIF"), not one in a later phrase."""
        first = next((o for o in objects if self.organization(o) is not None), None)
        if first is None:
            return []
        coordinated = [first, *first.conjuncts]
        if first.dep_ == "pobj":  # "to A and to B": the prepositions are coordinated
            coordinated += [g for p in first.head.conjuncts for g in p.children if g.dep_ == "pobj"]
        return list(dict.fromkeys(filter(None, map(self.organization, coordinated))))

    def in_relative_clause(self, verb: Token) -> bool:
        """Whether a verb heads a relative clause set on a noun, or is coordinated with one ("the grouping that
        India joined and in which Russia sat")."""
        clause = first_conjunct(verb)
        return clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN")

    def admit_verb(self, verb: Token) -> None:
        """``Finland was admitted to NATO``; ``the AU readmitted Morocco``: the admitted state is a member."""
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            self.join_verb(verb)
        elif not _negated(verb):
            organization = next(filter(None, map(self.organization, self.subjects(verb))), None)
            self.add([m for c in verb.children if c.dep_ == "dobj" for m in self.group(c)
                      if m.type == EntityType.COUNTRY], organization, verb)

    def suspend_verb(self, verb: Token) -> None:
        """``Mali remains suspended from the bloc's activities``, ``Guinea was suspended by ECOWAS``, ``the AU
        suspended Niger``: a suspended state is still a member. Only a state named as the one suspended counts
        ("imports from Russia were suspended" suspends no state)."""
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            bodies = [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from")
                      for g in c.children if g.dep_ == "pobj"]
            suspended = self.subjects(verb)
        else:
            bodies, suspended = self.subjects(verb), [c for c in verb.children if c.dep_ == "dobj"]
        organization = next(filter(None, map(self.organization_within, bodies)), None)
        states = [m for s in suspended if self.ents.at(s) is not None for m in self.group(s)]
        self.add([m for m in states if m.type == EntityType.COUNTRY], organization, verb)

    def leading_verb(self, verb: Token) -> None:
        """``the Russian-led alliance``, ``the bloc, led by Nigeria``: the state leading a bloc is a member."""
        if verb.dep_ == "amod":
            leaders = [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod")]
        elif verb.dep_ == "acl":
            leaders = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            return
        states = [m for t in leaders if self.ents.at(t) is not None for m in self.group(t) if m.type == EntityType.COUNTRY]
        for organization in self.described(verb.head):  # "the CSTO and the EEU, the Russian-led blocs": both
            if self.ents.kind(organization) in self.words.bloc_kinds:
                # not "the Kenyan-led mission", "the US-led coalition": a force, not a bloc of states
                self.add(states, organization, verb)

    def part_noun(self, noun: Token) -> None:
        """``the Arakan Army, part of the Three Brotherhood Alliance``, ``Hamas is part of the coalition``: the actor
        that is a part of an organization is its member (not "as part of": "troops sent as part of a mission")."""
        organization = next(filter(None, (self.organization(g) for c in noun.children if c.dep_ == "prep"
                                          and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")), None)
        if noun.dep_ == "appos":
            parts = [noun.head]
        elif noun.dep_ in ("attr", "oprd") and not _negated(noun.head):
            parts = self.subjects(noun.head)
        else:
            return
        self.add([m for t in parts if self.ents.at(t) is not None for m in self.group(t)], organization, noun)

    def chairing_verb(self, verb: Token) -> None:
        """``Kenya, which chairs the EAC``, ``Ghana presides over ECOWAS``: the state chairing a bloc is a member, and
        so is the state of a leader who chairs it ("Malaysia's prime minister, Anwar Ibrahim, who chairs ASEAN")."""
        if _negated(verb):
            return
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "over" for g in c.children
                    if g.dep_ == "pobj"]
        if self.in_relative_clause(verb) and any(map(is_relative_pronoun, objects)):
            organizations = self.antecedent(verb)  # "Mercosur, the bloc ... which Uruguay chairs"
        else:
            # a bloc named or described as one ("chairs the bloc"), not any body ("chairs the defence committee")
            objects = [o for o in objects if self.ents.at(o) is not None or o.lemma_.lower() in self.words.bloc_nouns]
            organizations = list(filter(None, map(self.organization, objects)))[:1]
        chairs = self.subjects(verb)
        states = [m for s in chairs for m in self.group(s) if m.type == EntityType.COUNTRY]
        states += [m for s in chairs for m in self.states_of_people_named(s)]  # "Anwar Ibrahim, who chairs ASEAN"
        for organization in organizations:
            if self.ents.kind(organization) in self.words.bloc_kinds:
                self.add(states, organization, verb)

    def shared_chair(self, chair: Token) -> bool:
        """Whether a chair word is the last piece of a split "co-chair" ("co", "-", "chair")."""
        doc = self.doc
        return chair.i >= 2 and doc[chair.i - 1].text == "-" and doc[chair.i - 2].lower_ == self.words.co_chair_prefix

    def co_chair(self, chair: Token) -> None:
        """``the Minsk Group, which France, Russia and the United States co-chair``, ``the group, co-chaired by A and
        B``, ``the group, whose co-chairs from A and B``: the states holding a bloc's shared chair are its members,
        read on the words (the parser cannot read the split word); the bloc is the name the clause is set on."""
        doc = self.doc
        prefix = chair.i - 2
        after = doc[chair.i + 1] if chair.i + 1 < chair.sent.end else None
        if after is not None and after.lower_ in self.words.co_chair_introducers:
            holders = self.following_list(after)
            opener = prefix - 1 if doc[prefix - 1].tag_ == "WP$" else prefix  # ", whose co-chairs from A"
        else:
            opener = next((i for i in range(prefix - 1, max(chair.sent.start, prefix - 12) - 1, -1)
                           if doc[i].lower_ in self.words.co_chair_relatives), None)
            holders = self.following_list(doc[opener]) if opener is not None else []
            if not holders or holders[-1].end != prefix:  # "which A, B and C co-chair": the list runs up to it
                return
        bloc = self.ents.at(doc[opener - 2]) if opener >= 2 and doc[opener - 1].text == "," else None
        states = [m for m in holders if m.type == EntityType.COUNTRY]
        if bloc is not None and self.ents.kind(bloc.key) in self.words.bloc_kinds and len(states) >= 2:
            self.add(states, bloc.key, chair)

    def states_of_people_named(self, token: Token) -> list[Mention]:
        """The states whose stated office is held by the person a phrase names, or by the person set beside its title
        ("Chile's president, Gabriel Boric, who ...", "Gabriel Boric, the Chilean president who ...")."""
        return [m for t in [token, *_in_apposition(token)] for m in self.led_states(self.ents.at(t))]

    def organization_within(self, token: Token) -> str | None:
        """The organization a phrase names or belongs to ("the IAEA", "the IAEA's board", "all of the board")."""
        organization = self.organization(token)
        if organization is None:
            inner = [g for c in token.children if c.dep_ in ("poss", "prep")
                     for g in ([c] if c.dep_ == "poss" else c.children) if g.dep_ in ("poss", "pobj")]
            organization = next(filter(None, map(self.organization_within, inner)), None)
        return organization

    def voters_apart(self, noun: Token) -> list[Mention]:
        """``Twelve members voted for it, while Russia and China abstained``: the states whose vote is set against
        the members' vote in a clause of the same verb are members too."""
        subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "Twelve of the members"
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_ not in self.words.vote_verbs:
            return []
        return [m for clause in verb.children if clause.dep_ in ("advcl", "conj") and clause.lemma_ in self.words.vote_verbs
                for c in clause.children if c.dep_ == "nsubj" for m in self.group(c)]

    def membership_noun(self, noun: Token) -> None:
        """``Sweden's NATO membership``, ``Belarus's accession to the SCO``, ``Bolivia's entry into Mercosur``."""
        holders = [m for c in self.possessors(noun) for m in self.group(c)]  # "Armenia froze its membership"
        organization = self.owner(noun, ("of", "in", "to", "into"))
        if organization is None and noun.dep_ == "dobj":  # "froze its membership in the CSTO", however attached
            organization = next(filter(None, (self.organization(g) for c in noun.head.children
                                              if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i > noun.i
                                              for g in c.children if g.dep_ == "pobj")), None)
        self.add(holders, organization, noun)

    def chair_noun(self, noun: Token) -> None:
        """``Nigeria holds the ECOWAS chairmanship``, ``Belarus's presidency of the bloc``: states only."""
        holders = [m for c in noun.children if c.dep_ == "poss" for m in self.group(c)]
        if noun.dep_ == "dobj" and noun.head.lemma_ in self.words.chair_verbs:
            holders += [m for c in self.subjects(noun.head) for m in self.group(c)]  # "Hungary, which holds the presidency"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "with Kazakhstan in the chair", however attached
            above = noun.head.head
            named = [above] if above.dep_ == "pobj" and above.head.lower_ == "with" else [
                g for c in above.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
            holders += [m for g in named for m in self.group(g)]
        # "the Mercosur chair, Uruguay", "Uruguay, the current Mercosur chair": a state in apposition, however parsed
        beside = _in_apposition(noun) + self.set_off_after(noun)
        holders += [m for t in beside if self.ents.at(t) is not None and self.ents.at(t).type == EntityType.COUNTRY
                    for m in self.group(t)]
        states = [m for m in holders if m.type == EntityType.COUNTRY]
        organization = self.owner(noun, ("of",))
        if organization is None and noun.dep_ == "pobj":
            organization = self.bloc_in_sentence_before(noun)  # "the G7, meeting under Italy's presidency"
        self.add(states, organization, noun)

    def set_off_after(self, noun: Token) -> list[Token]:
        """The name set off by commas right after a noun ("the Mercosur chair, Uruguay, said"), as its first token."""
        doc = self.doc
        name = self.ents.at(doc[noun.i + 2]) if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," else None
        closed = name is not None and (name.end >= len(doc) or doc[name.end].text in (",", ".", ";", ")"))
        return [doc[name.start]] if closed else []

    def bloc_in_sentence_before(self, token: Token) -> str | None:
        """The last bloc named before a token in its sentence, whose chair a prepositional phrase names ("Leaders of
        the G7, who met under Italy's presidency"); not a subject ("Egypt's presidency said" is its president's office)."""
        bloc = self.bloc_before(token)
        start = token.sent.start
        named_here = any(m.key == bloc and start <= m.start < token.i for m in self.ents.mentions)
        return bloc if named_here else None

    def composition_verb(self, verb: Token) -> None:
        """``The force, which is made up of troops from Chad, Niger and Nigeria``."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl") or (subjects and is_relative_pronoun(subjects[0])):
            # "the member countries of the MNJTF, which is made up of": the clause may hang on the noun before
            subjects = [verb.head, *(g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.children if g.dep_ == "pobj")]
        organizations = next(filter(None, map(self.described, subjects)), [])  # "the CSTO and the EEU, the blocs that"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        objects += [g for c in verb.children if c.dep_ in ("prep", "prt", "agent")
                    for g in [c, *c.children] if g.dep_ == "pobj"]
        objects += [g for c in verb.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep"
                    for g in p.children if g.dep_ == "pobj"]
        members = [m for o in objects for m in self.group(o)]
        if len(members) >= 2:
            for organization in organizations:
                self.add(members, organization, verb)

    def listed_after_name(self, mention: Mention) -> None:
        """``the Troika - the United States, the United Kingdom and Norway -``: a list set after the name."""
        doc = self.doc
        if mention.type != EntityType.ORGANIZATION or mention.end >= len(doc) or doc[mention.end].text not in _OPENERS:
            return
        members, i, sentence_end = [], mention.end + 1, doc[mention.start].sent.end
        while i < sentence_end:
            token = doc[i]
            found = self.ents.at(token)
            if found is not None and found.type == EntityType.COUNTRY:
                members.append(found)
                i = found.end
            elif token.lower_ in (",", "and", "the"):
                i += 1
            else:
                break
        closed = i >= sentence_end or doc[i].text in _CLOSERS or doc[i].is_punct
        if len(members) >= 2 and closed:
            self.add(members, mention.key, doc[mention.start])

    def run(self, offices: Sequence[OfficeHolding]) -> list[Membership]:
        """Every membership the grammar around a member, a bloc or a name states, then those the offices give."""
        words = self.words
        current = self.remember_leaders(offices)
        for token in self.ents.tokens.tokens_with("lemma", {*words.lemmas, *map(str.title, words.lemmas)}):
            lemma = token.lemma_.lower()
            if lemma in words.chairing_verbs and self.shared_chair(token):
                self.co_chair(token)
            elif token.pos_ in ("NOUN", "PROPN"):
                if lemma in words.member_nouns or lemma in words.generic_members:
                    self.member_noun(token)
                elif lemma in words.seat_nouns:
                    self.seat_noun(token)
                elif lemma in words.partner_nouns:
                    self.partner_noun(token)
                elif lemma in words.representative_nouns:
                    self.representative_noun(token)
                elif lemma in words.membership_nouns:
                    self.membership_noun(token)
                elif lemma in words.chair_nouns:
                    self.chair_noun(token)
                elif lemma in words.part_nouns:
                    self.part_noun(token)
            elif token.pos_ == "VERB":
                if lemma in words.chairing_verbs:
                    self.chairing_verb(token)
                elif lemma in words.join_verbs:
                    self.join_verb(token)
                elif lemma in words.admit_verbs:
                    self.admit_verb(token)
                elif lemma in words.suspend_verbs:
                    self.suspend_verb(token)
                elif lemma in words.leading_verbs:
                    self.leading_verb(token)
                elif lemma in words.founding_verbs:
                    self.founding_verb(token)
                elif lemma in words.participation_verbs:
                    self.participation_verb(token)
                elif lemma in words.composition_verbs or any(
                        c.lower_ == words.composition_phrasal_verbs.get(lemma) for c in token.children):
                    self.composition_verb(token)
        for mention in self.ents.mentions:
            self.listed_after_name(mention)
        self.chaired_by_leaders(current)
        return list(self.found.values())

    def remember_leaders(self, offices: Sequence[OfficeHolding]) -> list[tuple[OfficeHolding, list[str]]]:
        """The current offices with their words (not a past one: "a former prime minister"); each person's stated
        offices of a state are remembered as the states they stand for."""
        stated = RoleWords.default().stated_confidence
        current = [(office, office.role.lower().split()) for office in offices]
        current = [(office, words) for office, words in current if not set(words) & self.words.past_markers]
        for office, _ in current:
            if self.ents.type_of(office.organization) == EntityType.COUNTRY and (office.confidence or 0) >= stated:
                self.leaders.setdefault(office.person, []).append(office)
        return current

    def led_states(self, person: Mention | None) -> list[Mention]:
        """The states a person holds a stated office of, as mentions at the person's name."""
        if person is None:
            return []
        return [Mention(person.start, person.end, office.organization, EntityType.COUNTRY, person.role, person.text)
                for office in self.leaders.get(person.key, [])]

    def chaired_by_leaders(self, current: list[tuple[OfficeHolding, list[str]]]) -> None:
        """``Ghana's President Mahama, the current ECOWAS chairman``: the state whose official the text makes the
        chair of a bloc is a member of it (a chair is one of the members' leaders in turn). The state office must be
        stated (not taken from the context)."""
        for office, words in current:
            if (words and words[-1] in self.words.chair_nouns
                    and self.ents.kind(office.organization) in self.words.bloc_kinds):
                for held in self.leaders.get(office.person, []):
                    self.found.setdefault((held.organization, office.organization),
                                          Membership(held.organization, office.organization, office.evidence))


def find_memberships(ents: ArticleEntities, offices: Sequence[OfficeHolding] = ()) -> list[Membership]:
    """Every membership the article states, one per (member, organization), with its first sentence; the offices
    give the states whose leaders chair a bloc."""
    return _MembershipFinder(ents).run(offices)
