"""The events lexicon: trigger words, their frames and the word classes the rules read, from
``ontology/lexicon/events.json`` (with the confidence table of ``confidence.json``), loaded once.

A trigger is a verb or noun lemma that opens an event of one type when its ``needs`` are met; a frame gives each
type's prepositions and options; word classes are looked up by lemma or lower-case form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Token

from ..model import EventType, Modality
from ..resources import load_json

__all__ = ["BASES", "Frame", "Lexicon", "ModalityWords", "Trigger", "confidences_of"]

_DEFAULT_SLOTS = ("dobj", "nsubjpass", "pobj", "xcomp", "attr")
_MAX_CLASS_ANSWERS = 1 << 17  # words' answers to in_class remembered before starting afresh
# how an event was found: a verb with its arguments, a noun, a party from context, a force placed with no verb of sending
BASES = ("verb", "noun", "context", "presence")


def confidences_of(data: dict) -> dict[EventType, dict[str, float]]:
    """The confidence table of ``confidence.json``: each class's measured figures, else the defaults."""
    return {event: {basis: data["events"].get(event.value, {}).get(basis, data["default"][basis]) for basis in BASES}
            for event in EventType}


@dataclass(frozen=True)
class Trigger:
    event: EventType
    needs: str | None
    slots: tuple[str, ...]
    promised: bool = False  # counts only as a response promised ("will respond to X", "vowed a crushing response")
    barring_preps: frozenset[str] = frozenset()  # a preposition that makes the verb another act ("talk X into")
    required_preps: frozenset[str] = frozenset()  # the verb is this act only with one of them ("talk X into": persuade)
    barring_class: str | None = None  # a class of words whose argument makes the verb another act ("ask X for details")
    aimed_preps: frozenset[str] = frozenset()  # a preposition naming whom it is aimed at meets the needs ("measures against X")
    target_preps: frozenset[str] = frozenset()  # more prepositions naming the target of this word ("intervene in X")
    barring_objects: str | None = None  # a class of words whose object makes the verb another act ("meet the demands")
    refused: bool = False  # a promise only when denied ahead: "will not tolerate X" (not "did not tolerate X")
    done_only: bool = False  # the act only when told as done, not as an infinitive of purpose ("sent to train X")
    object_preps: bool = False  # its required preposition may hang on its object ("sent troops against X")
    holder_preps: frozenset[str] = frozenset()  # name the party a place is taken from, on the verb or its object ("seized X from Y")
    barring_events: frozenset[str] = frozenset()  # an argument that is a noun trigger of one of them bars it ("backed the raids")
    place_preps: frozenset[str] = frozenset()  # their object, when there is one, must be a place ("drove X out of the port")
    body_preps: frozenset[str] = frozenset()  # naming a body of states sat in makes it membership ("sits with X in ASEAN")
    owned_theme_bars: bool = False  # forces of another state, or its own sent nowhere, are supplied, not sent ("supplies the Malian troops")


@dataclass(frozen=True)
class Frame:
    """How one event type's arguments are found."""

    event: EventType
    theme: str | None
    target_preps: frozenset[str]
    actor_preps: frozenset[str]
    place_targets: bool
    deep_objects: bool
    clause_targets: bool
    named_targets: bool  # a person targeted is the target ("sanctions on Dodik"), and so are those a list names
    helped_subjects: bool  # the subject of the verb's clause is the target ("help Mozambique fight the insurgents")
    owned_themes: bool  # the owner of the theme is the target ("sought British assistance")
    patient_nouns: frozenset[str]  # nouns whose "of" names the target ("the invasion of Ukraine")
    context_actor: bool  # with targets and no actor, the actor is the last one of this event type ("The list also names X")
    scene_preps: frozenset[str] = frozenset()  # with no one named, the state where what is hit stands ("struck a hospital inside Syria")
    participle_agents: bool = False  # a noun's participle names its actor and target ("an offensive ordered by X against Y")


@dataclass(frozen=True)
class ModalityWords:
    """Words outside the auxiliaries that give an event its modality (``events.json``, ``modality``)."""

    claim_verbs: frozenset[str] = frozenset()
    claim_adverbs: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    saying_verbs: frozenset[str] = frozenset()  # "said", "reported": what their clause tells is the speaker's word
    denial_verbs: frozenset[str] = frozenset()  # "denied": a sentence of them makes the word before a claim
    naming_verbs: frozenset[str] = frozenset()  # "called the account a lie" (with one of the falsehoods)
    falsehoods: frozenset[str] = frozenset()
    number_nouns: frozenset[str] = frozenset()  # "..., a figure Z rejected": a report only of a number told
    quantity_words: frozenset[str] = frozenset()  # "killed scores of soldiers": a number told in words
    noun_modifiers: dict[str, Modality] = field(default_factory=dict)  # "planned" -> Planned

    @classmethod
    def of(cls, data: dict) -> "ModalityWords":
        modifiers = {word: Modality(name) for name, words in data["noun_modifiers"].items() for word in words}
        return cls(*(frozenset(data[name]) for name in ("claim_verbs", "claim_adverbs", "report_nouns", "claim_nouns",
                                                        "saying_verbs", "denial_verbs", "naming_verbs", "falsehoods",
                                                        "number_nouns", "quantity_words")),
                   modifiers)


@dataclass
class Lexicon:
    """Triggers and word classes, read from ``events.json``."""

    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    frames: dict[EventType, Frame] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    hedges: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    no_one: frozenset[str] = frozenset()  # a subject that says no one acted: "none", "nobody"
    definites: frozenset[str] = frozenset()  # "the talks", "this meeting": told before
    sequels: frozenset[str] = frozenset()  # "the next round", "another meeting": one of a series told before
    series_nouns: frozenset[str] = frozenset()  # "a round of talks": what it is a round of says what it is
    indefinites: frozenset[str] = frozenset()  # "any attack": an act only supposed
    reversals: frozenset[str] = frozenset()
    harm_reversals: frozenset[str] = frozenset()  # "killed the deal" undoes it; "killed peacekeepers" does not
    reciprocal_verbs: frozenset[str] = frozenset()
    denied_charges: frozenset[str] = frozenset()  # "..., a charge Kabul denies": Kabul is accused
    irrealis: frozenset[str] = frozenset()
    offering_verbs: frozenset[str] = frozenset()  # "offered to help monitor a truce": an act only offered
    intentions: frozenset[str] = frozenset()  # "plans to send": an intention announced, a planned event
    attempts: frozenset[str] = frozenset()  # "failed to broker a deal": the deal is not made
    attempt_nouns: frozenset[str] = frozenset()  # "led efforts to mediate": the leader mediates, no deal made
    undertaking_verbs: frozenset[str] = frozenset()  # "led efforts to": its subject makes the effort
    purpose_preps: frozenset[str] = frozenset()  # "flew to X in an effort to": the traveller makes the effort
    presence_verbs: frozenset[str] = frozenset()
    force_holding_kinds: frozenset[str] = frozenset()  # "MINUSMA has 12,000 troops in Mali": a body with forces of its own
    movement_verbs: frozenset[str] = frozenset()  # "heading to", "sailed for": a force on its way somewhere
    object_control_preps: frozenset[str] = frozenset()  # "accused X of sending": X sends
    cause_preps: frozenset[str] = frozenset()  # "sanctioned X over its invasion": X's invasion
    presence_preps: frozenset[str] = frozenset()  # "in", "at": where a force is
    movement_preps: frozenset[str] = frozenset()  # "to", "for": where a moving force goes
    unplacing_verbs: frozenset[str] = frozenset()  # "recruited its soldiers in X": the place after the force is no station
    ground_preps: frozenset[str] = frozenset()  # "on Gambian soil": where a force is, before a word of ground only
    vicinity_preps: frozenset[str] = frozenset()  # "the waters off X": a word of ground names the place near it
    withdrawal_verbs: frozenset[str] = frozenset()  # "pulled out of X": the force was deployed in X
    withdrawal_from_verbs: frozenset[str] = frozenset()  # "withdrew from X" (not "crossed from X into Y")
    withdrawal_object_verbs: frozenset[str] = frozenset()  # "the troops left X": the place is the object
    withdrawal_nouns: frozenset[str] = frozenset()  # "the withdrawal of its troops from X"
    invitation_nouns: frozenset[str] = frozenset()
    invitation_verbs: frozenset[str] = frozenset()
    reciprocal_words: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()  # "their border", "between the two": the last two parties named
    list_words: frozenset[str] = frozenset()  # "those countries": the states last listed together
    unheld: frozenset[EventType] = frozenset()  # event types a future gathering does not make
    backing_words: frozenset[str] = frozenset()  # "X-backed", "X-funded": X backs the noun, it does not act with it
    leading_words: frozenset[str] = frozenset()  # "X-led": the noun is the group named before, else X
    territory_preps: frozenset[str] = frozenset()  # "hit targets inside Iran": the state is hit, not only a place
    repelling_verbs: frozenset[str] = frozenset()  # "repelled an attack by X", "beat back": the subject is attacked
    aiming_verbs: frozenset[str] = frozenset()  # "sanctions targeting X", "strikes aimed at Y": X and Y are the targets
    authoring_participles: frozenset[str] = frozenset()  # "an attack carried out by X": X did it (not "witnessed by X")
    holding_participles: frozenset[str] = frozenset()  # "positions held by X": X holds what is hit
    allegiance_words: frozenset[str] = frozenset()  # "forces loyal to X", "officers allied with X": they act for X
    allegiance_preps: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()  # "the Armenian city of Gyumri": the place is Gyumri (descriptors.json)
    future_auxiliaries: frozenset[str] = frozenset()  # "will", "shall"
    conditional_auxiliaries: frozenset[str] = frozenset()  # "would"
    conditions: frozenset[str] = frozenset()  # "if", "unless": a promise on a condition is a threat
    inverted_conditions: frozenset[str] = frozenset()  # "should Y send troops": a condition without "if"
    unhesitating: frozenset[str] = frozenset()  # "will not hesitate to strike X": a threat to strike
    idle_words: frozenset[str] = frozenset()  # "would not stand idly by": a negation that promises to act
    deadline_verbs: frozenset[str] = frozenset()  # "gave X 48 hours to withdraw": a deadline set, an ultimatum
    deadline_units: frozenset[str] = frozenset()  # the counted spans of a deadline: "hours", "days", "a week"
    departures: frozenset[str] = frozenset()  # "gave the envoys 72 hours to leave": an expulsion, no ultimatum
    deadline_demands: frozenset[str] = frozenset()  # "gave X 48 hours to withdraw": what a deadline is an ultimatum for
    readiness: frozenset[str] = frozenset()  # "stands ready to strike X": a threat to strike
    readiness_threats: frozenset[EventType] = frozenset()  # the event types a readiness makes a threat
    conditional_threats: frozenset[EventType] = frozenset()  # the event types a condition makes a threat
    modality_words: ModalityWords = field(default_factory=ModalityWords)
    figurative_attacks: dict[str, frozenset[str]] = field(default_factory=dict)  # "hit X with sanctions", "hit back"
    promising_verbs: frozenset[str] = frozenset()  # "vowed a crushing response": the object is promised
    receiving_verbs: frozenset[str] = frozenset()  # "X would get a crushing response": X is the one threatened
    suffering_verbs: frozenset[str] = frozenset()  # "said X would pay for it": X is threatened by the one who says so
    reserved_rights: frozenset[str] = frozenset()  # "reserved the right to respond": the response is promised
    reserving_verbs: frozenset[str] = frozenset()  # the verbs that keep such a right: "reserve", "retain"
    reason_preps: frozenset[str] = frozenset()  # "struck in response", "as a reprisal": a response given as a reason
    provocations: tuple[str, ...] = ()  # classes of acts whose doer a promised response aims at ("answer any attack by X")
    counting_words: dict[str, int] = field(default_factory=dict)  # "both": 2, "three": 3 (``memberships.json``)
    joint_words: frozenset[str] = frozenset()  # "mediated jointly with X": X mediates too
    joint_preps: frozenset[str] = frozenset()  # "worked alongside X to broker": X mediates too; "fought alongside X": X attacks
    trade_preps: frozenset[str] = frozenset()  # "an embargo on arms sales to X": the trade's partner is the target
    gathering_verbs: frozenset[str] = frozenset()  # "X hosted A and B", "brought together A, B and C": all meet
    cosigning_verbs: frozenset[str] = frozenset()  # "A and B signed an accord in X": they met there
    cosigning_occasions: frozenset[str] = frozenset()  # "signed the text at a ceremony"
    marking_verbs: frozenset[str] = frozenset()  # "put their names to the accord": signed it
    signature_marks: frozenset[str] = frozenset()
    cosigning_preps: frozenset[str] = frozenset()  # where or after what the signing took place
    venue_preps: frozenset[str] = frozenset()  # "a truce reached in talks between X and Y": X and Y agree
    goal_preps: frozenset[str] = frozenset()  # "to", "into": where a force goes, beside the setting of the order
    example_preps: frozenset[str] = frozenset()  # "states including A and B", "donors such as C": A, B and C
    gratitude: frozenset[str] = frozenset()  # "thanked X for its help", "grateful for the aid": the thanker received it
    conveying_verbs: frozenset[str] = frozenset()  # "took its request to X": the request goes to X
    letter_verbs: frozenset[str] = frozenset()  # "wrote to A and B asking them for help": A and B are asked
    bearing_verbs: frozenset[str] = frozenset()  # "says Y bears responsibility": the speaker accuses Y
    liability_nouns: frozenset[str] = frozenset()  # "responsibility", "blame": what a bearing verb says Y bears
    culprit_nouns: frozenset[str] = frozenset()  # "the only culprit is Y": the speaker accuses Y
    source_preps: frozenset[str] = frozenset()  # "according to X": X says the clause
    rejection_verbs: frozenset[str] = frozenset()  # "dismissed the allegations as false": the rejecter accuses
    judging_copulas: frozenset[str] = frozenset()  # "said the strikes were / amounted to ...": a judgement of them
    pejoratives: frozenset[str] = frozenset()  # "false", "a publicity stunt": what makes a rejection an accusation
    disputed_acts: dict[EventType, frozenset[str]] = field(default_factory=dict)  # "the sanctions": a Sanction's
    confidences: dict[EventType, dict[str, float]] = field(default_factory=dict)  # by class and basis (``confidence.json``)
    # (class, lemma id, lower-case form id) -> whether that word is of that class (:meth:`in_class`)
    _class_answers: dict[tuple[str | None, int, int], bool] = field(default_factory=dict, init=False, repr=False,
                                                                     compare=False)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Lexicon":
        data = load_json("lexicon/events.json")
        lexicon = cls(classes={k: frozenset(v) for k, v in data["classes"].items()},
                      hedges=frozenset(data["hedges"]), negations=frozenset(data["negations"]),
                      no_one=frozenset(data["no_one"]), definites=frozenset(data["definites"]),
                      sequels=frozenset(data["sequels"]), series_nouns=frozenset(data["series_nouns"]),
                      indefinites=frozenset(data["indefinites"]),
                      reversals=frozenset(data["reversals"]), harm_reversals=frozenset(data["harm_reversals"]["verbs"]),
                      reciprocal_verbs=frozenset(data["reciprocal_verbs"]),
                      denied_charges=frozenset(data["denied_charges"]["nouns"]),
                      reciprocal_words=frozenset(data["reciprocal_words"]), irrealis=frozenset(data["irrealis"]),
                      offering_verbs=frozenset(data["offering_verbs"]["verbs"]),
                      pair_words=frozenset(data["pair_words"]), list_words=frozenset(data["list_words"]),
                      intentions=frozenset(data["intentions"]), attempts=frozenset(data["attempts"]["verbs"]),
                      attempt_nouns=frozenset(data["attempts"]["nouns"]),
                      undertaking_verbs=frozenset(data["attempts"]["undertaking_verbs"]),
                      purpose_preps=frozenset(data["attempts"]["purpose_preps"]),
                      presence_verbs=frozenset(data["presence_verbs"]),
                      force_holding_kinds=frozenset(data["force_holding_kinds"]["kinds"]),
                      movement_verbs=frozenset(data["movement_verbs"]),
                      object_control_preps=frozenset(data["object_control_preps"]),
                      cause_preps=frozenset(data["cause_preps"]),
                      presence_preps=frozenset(data["presence_preps"]), movement_preps=frozenset(data["movement_preps"]),
                      unplacing_verbs=frozenset(data["unplacing_verbs"]),
                      ground_preps=frozenset(data["ground_preps"]), vicinity_preps=frozenset(data["vicinity_preps"]),
                      withdrawal_verbs=frozenset(data["withdrawals"]["verbs"]),
                      withdrawal_from_verbs=frozenset(data["withdrawals"]["from_verbs"]),
                      withdrawal_object_verbs=frozenset(data["withdrawals"]["object_verbs"]),
                      withdrawal_nouns=frozenset(data["withdrawals"]["nouns"]),
                      invitation_nouns=frozenset(data["invitations"]["nouns"]),
                      invitation_verbs=frozenset(data["invitations"]["verbs"]),
                      backing_words=frozenset(data["backing_words"]), leading_words=frozenset(data["leading_words"]),
                      territory_preps=frozenset(data["territory_preps"]),
                      repelling_verbs=frozenset(data["repelling_verbs"]),
                      aiming_verbs=frozenset(data["aiming_verbs"]),
                      authoring_participles=frozenset(data["authoring_participles"]),
                      holding_participles=frozenset(data["holding_participles"]),
                      allegiance_words=frozenset(data["allegiance"]["words"]),
                      allegiance_preps=frozenset(data["allegiance"]["preps"]),
                      settlement_nouns=frozenset(load_json("lexicon/descriptors.json")["places"]["settlement_nouns"]),
                      unheld=frozenset(map(EventType, data["unheld"])),
                      future_auxiliaries=frozenset(data["future_auxiliaries"]),
                      conditional_auxiliaries=frozenset(data["conditional_threats"]["auxiliaries"]),
                      conditions=frozenset(data["conditional_threats"]["conditions"]),
                      inverted_conditions=frozenset(data["conditional_threats"]["inverted"]),
                      unhesitating=frozenset(data["conditional_threats"]["unhesitating"]),
                      idle_words=frozenset(data["conditional_threats"]["idle_words"]),
                      deadline_verbs=frozenset(data["conditional_threats"]["deadlines"]["verbs"]),
                      deadline_units=frozenset(data["conditional_threats"]["deadlines"]["units"]),
                      departures=frozenset(data["conditional_threats"]["deadlines"]["departures"]),
                      deadline_demands=frozenset(data["conditional_threats"]["deadlines"]["demands"]),
                      readiness=frozenset(data["conditional_threats"]["readiness"]),
                      readiness_threats=frozenset(map(EventType, data["conditional_threats"]["readiness_events"])),
                      conditional_threats=frozenset(map(EventType, data["conditional_threats"]["events"])),
                      modality_words=ModalityWords.of(data["modality"]),
                      figurative_attacks={k: frozenset(v) for k, v in data["figurative_attacks"].items()},
                      promising_verbs=frozenset(data["promised_responses"]["promising_verbs"]),
                      receiving_verbs=frozenset(data["promised_responses"]["receiving_verbs"]),
                      suffering_verbs=frozenset(data["promised_responses"]["suffering_verbs"]),
                      reserved_rights=frozenset(data["promised_responses"]["reserved_rights"]["nouns"]),
                      reserving_verbs=frozenset(data["promised_responses"]["reserved_rights"]["verbs"]),
                      reason_preps=frozenset(data["promised_responses"]["reason_preps"]),
                      provocations=tuple(data["promised_responses"]["provocations"]),
                      counting_words=dict(load_json("lexicon/memberships.json")["counting_words"]),
                      joint_words=frozenset(data["joint_words"]),
                      joint_preps=frozenset(data["joint_preps"]), venue_preps=frozenset(data["venue_preps"]),
                      goal_preps=frozenset(data["setting"]["goal_preps"]),
                      trade_preps=frozenset(data["trade_preps"]),
                      gathering_verbs=frozenset(data["gathering_verbs"]),
                      cosigning_verbs=frozenset(data["cosigning"]["verbs"]),
                      cosigning_occasions=frozenset(data["cosigning"]["occasions"]),
                      marking_verbs=frozenset(data["cosigning"]["marking_verbs"]),
                      signature_marks=frozenset(data["cosigning"]["marks"]),
                      cosigning_preps=frozenset(data["cosigning"]["preps"]),
                      example_preps=frozenset(data["example_preps"]),
                      gratitude=frozenset(data["gratitude"]),
                      conveying_verbs=frozenset(data["conveying_verbs"]),
                      letter_verbs=frozenset(data["letter_verbs"]),
                      bearing_verbs=frozenset(data["liabilities"]["bearing_verbs"]),
                      liability_nouns=frozenset(data["liabilities"]["nouns"]),
                      culprit_nouns=frozenset(data["liabilities"]["culprit_nouns"]),
                      source_preps=frozenset(data["liabilities"]["source_preps"]),
                      rejection_verbs=frozenset(data["rejections"]["verbs"]),
                      judging_copulas=frozenset(data["rejections"]["copulas"]),
                      pejoratives=frozenset(data["rejections"]["pejoratives"]),
                      disputed_acts={EventType(k): frozenset(v) for k, v in data["rejections"]["acts"].items()},
                      confidences=confidences_of(load_json("lexicon/confidence.json")))
        for name, spec in data["events"].items():
            event = EventType(name)
            lexicon.frames[event] = Frame(
                event, spec.get("theme"), frozenset(spec.get("target_preps", [])), frozenset(spec.get("actor_preps", [])),
                spec.get("place_targets", False), spec.get("deep_objects", False), spec.get("clause_targets", False),
                spec.get("named_targets", False), spec.get("helped_subjects", False), spec.get("owned_themes", False),
                frozenset(spec.get("patient_nouns", [])), spec.get("context_actor", False), frozenset(spec.get("scene_preps", [])),
                spec.get("participle_agents", False))
            for pos, table in (("verbs", lexicon.verbs), ("nouns", lexicon.nouns)):
                for lemma, senses in spec.get(pos, {}).items():
                    for options in senses if isinstance(senses, list) else [senses]:  # "ban" entry, "ban" trade
                        trigger = Trigger(event, options.get("needs"), tuple(options.get("slots", _DEFAULT_SLOTS)),
                                          options.get("promised", False), frozenset(options.get("barring_preps", [])),
                                          frozenset(options.get("required_preps", [])), options.get("barring_class"),
                                          frozenset(options.get("aimed_preps", [])), frozenset(options.get("target_preps", [])),
                                          options.get("barring_objects"), options.get("refused", False),
                                          options.get("done_only", False), options.get("object_preps", False),
                                          frozenset(options.get("holder_preps", [])),
                                          frozenset(options.get("barring_events", [])),
                                          frozenset(options.get("place_preps", [])),
                                          frozenset(options.get("body_preps", [])),
                                          options.get("owned_theme_bars", False))
                        table.setdefault(lemma, []).append(trigger)
        lexicon._add_nominalizations({k: v for k, v in data["nominalizations"].items() if not k.startswith("_")})
        return lexicon

    def _add_nominalizations(self, nouns: dict[str, str]) -> None:
        """Give each act noun the triggers of its verb that need a theme, for the events it opens of its own none."""
        for noun, verb in nouns.items():
            own = {t.event for t in self.nouns.get(noun, [])}
            added = [t for t in self.verbs.get(verb, []) if t.needs is not None and t.event not in own]
            if added:
                self.nouns.setdefault(noun, []).extend(added)

    def confidence(self, event: EventType, basis: str) -> float:
        """How often an event of this class found this way (a ``BASES`` entry) was right on the annotated articles."""
        return self.confidences[event][basis]

    def verbs_of(self, event: EventType) -> frozenset[str]:
        """The verbs that open ``event`` ("accuse", "blame"... for an accusation), computed once per type."""
        found = self.__dict__.setdefault("_verbs_of", {})
        if event not in found:
            found[event] = frozenset(lemma for lemma, triggers in self.verbs.items() if any(t.event == event for t in triggers))
        return found[event]

    def nouns_of(self, event: EventType) -> frozenset[str]:
        """The nouns that open ``event`` ("truce", "deal"... for an agreement), computed once per type."""
        found = self.__dict__.setdefault("_nouns_of", {})
        if event not in found:
            found[event] = frozenset(lemma for lemma, triggers in self.nouns.items() if any(t.event == event for t in triggers))
        return found[event]

    @property
    def accusation_verbs(self) -> frozenset[str]:
        """The verbs that accuse by themselves ("accuse", "blame"...; not "hold", which accuses only with "responsible")."""
        if "_accusation_verbs" not in self.__dict__:
            self.__dict__["_accusation_verbs"] = frozenset(
                lemma for lemma in self.verbs_of(EventType.ACCUSATION)
                if any(t.event == EventType.ACCUSATION and t.needs is None for t in self.verbs[lemma]))
        return self.__dict__["_accusation_verbs"]

    @property
    def claiming_verbs(self) -> frozenset[str]:
        """The verbs that put what follows on someone's word: those of accusing and of claiming ("allege")."""
        found = self.__dict__.get("_claiming_verbs")
        if found is None:
            found = self.__dict__["_claiming_verbs"] = self.accusation_verbs | self.modality_words.claim_verbs
        return found

    @property
    def trigger_index(self) -> tuple[dict[tuple[int, int], list[Trigger]], frozenset[int]]:
        """(part of speech id, lemma id) -> the triggers of that word (verbs as VERB or AUX, nouns), and the
        lemma ids that open any trigger; made once."""
        if "_trigger_index" not in self.__dict__:
            table: dict[tuple[int, int], list[Trigger]] = {}
            for parts, words in (((VERB, AUX), self.verbs), ((NOUN,), self.nouns)):
                for lemma, triggers in words.items():
                    for part in parts:
                        table[(part, get_string_id(lemma))] = triggers
            self.__dict__["_trigger_index"] = table, frozenset(lemma for _, lemma in table)
        return self.__dict__["_trigger_index"]

    def triggers(self, doc) -> dict[int, list[Trigger]]:
        """Token index -> the triggers it opens, by lemma, or for a noun by its lower-case form when the parser
        lemmatizes it to another word ("auspices": "auspex"); found on the document's arrays: only candidates become
        tokens."""
        table, lemmas = self.trigger_index
        found: dict[int, list[Trigger]] = {}
        forms = doc.to_array([LEMMA, LOWER]).tolist()
        for i in [i for i, (lemma, lower) in enumerate(forms) if lemma in lemmas or lower in lemmas]:
            token = doc[i]
            triggers = table.get((token.pos, token.lemma)) or (
                table.get((token.pos, token.lower)) if token.pos == NOUN else None)
            if triggers:
                found[i] = list(triggers)
        return found

    def in_class(self, token: Token, name: str | None) -> bool:
        """Whether the word (its lemma, lower-cased, or its lower-case form) is of the class ``name``; each word's
        answer for each class is worked out once (the words' strings are looked up in spaCy's string store)."""
        key = (name, token.lemma, token.lower)
        known = self._class_answers.get(key)
        if known is None:
            if len(self._class_answers) >= _MAX_CLASS_ANSWERS:
                self._class_answers.clear()
            known = self._class_answers[key] = name in self.classes and (
                token.lemma_.lower() in self.classes[name] or token.lower_ in self.classes[name])
        return known

    def names_class(self, entity_name: str | None, name: str | None) -> bool:
        """An organization whose own name says what it is by its head word ("SADC Mission in Mozambique" is a force;
        the "Rapid Support Forces" are no support)."""
        if name is None or not entity_name:
            return False
        words = entity_name.lower().split()
        described = words[:next((i for i, w in enumerate(words) if w in ("in", "of", "for", "to") and i), len(words))]
        return described[-1] in self.classes[name]
