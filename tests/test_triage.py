"""Triage and safety: the rules on answers in all nine languages, crisis words matched whole (with their
inflections, in any language), the false-hit traps, emergency numbers and the country they are for."""

from __future__ import annotations

import shutil
from pathlib import Path

import phonenumbers
import pytest

from bot.config import PROJECT_ROOT
from bot.domain import MessageRef, Urgency
from bot.engine.loader import load_flows
from bot.i18n import Translator
from bot.services.texts import CODE_VARIABLES, SERVICE_KEYS
from bot.triage import (
    LANGUAGES,
    NUMBER_KINDS,
    REASONS,
    SAFETY_MESSAGE,
    SAFETY_NUMBERS_LINE,
    All,
    Any_,
    Assessment,
    Condition,
    Not,
    SlotAnswered,
    SlotBelow,
    SlotIn,
    Triage,
    TriageError,
    expand,
    group_numbers,
    load_triage,
    reason_key,
    safety_message,
    words,
)

FLOWS = PROJECT_ROOT / "flows"
LOCALES = PROJECT_ROOT / "locales"
SELF, DANGER = "crisis_self_harm", "crisis_danger"


@pytest.fixture(scope="module")
def triage() -> Triage:
    return load_triage(FLOWS)


# --- crisis words: what is flagged ------------------------------------------------------------------

CRISIS = [
    # English
    ("en", "I want to die", SELF),
    ("en", "i wanna dieeee", SELF),
    ("en", "I'm going to kill myself tonight", SELF),
    ("en", "I keep thinking about suicide", SELF),
    ("en", "I've been self-harming again", SELF),
    ("en", "I don't want to live anymore", SELF),
    ("en", "my mum will kill me if she sees the photos", DANGER),  # flagged on purpose (see the data)
    ("en", "he said he will kill me", DANGER),
    ("en", "Someone is outside my house right now", DANGER),
    ("en", "they threatened to rape me", DANGER),
    ("en", "he's in my house", DANGER),
    ("en", "he has a knife", DANGER),
    # French
    ("fr", "je vais me tuer", SELF),
    ("fr", "J’ai envie de mourir", SELF),
    ("fr", "je pense au suicide", SELF),
    ("fr", "je veux mettre fin à mes jours", SELF),
    ("fr", "il va me tuer", DANGER),
    ("fr", "il est devant chez moi", DANGER),
    ("fr", "je suis en danger", DANGER),
    ("fr", "j'ai reçu des menaces de mort", DANGER),
    # German
    ("de", "ich will nicht mehr leben", SELF),
    ("de", "Ich bringe mich um", SELF),
    ("de", "ich habe Selbstmordgedanken", SELF),
    ("de", "Suizidgedanken seit Tagen", SELF),
    ("de", "er will mich umbringen", DANGER),
    ("de", "er steht vor meiner Tür", DANGER),
    ("de", "ich bin in Gefahr", DANGER),
    ("de", "ich bekomme Morddrohungen", DANGER),
    # Spanish
    ("es", "quiero morir", SELF),
    ("es", "me quiero matar", SELF),
    ("es", "pienso en suicidarme", SELF),
    ("es", "no quiero seguir viviendo", SELF),
    ("es", "me va a matar", DANGER),
    ("es", "amenazó con matarme", DANGER),
    ("es", "está afuera de mi casa", DANGER),
    ("es", "estoy en peligro", DANGER),
    # Italian
    ("it", "voglio morire", SELF),
    ("it", "mi voglio ammazzare", SELF),
    ("it", "penso al suicidio", SELF),
    ("it", "non voglio più vivere", SELF),
    ("it", "vuole uccidermi", DANGER),
    ("it", "mi ammazzerà", DANGER),
    ("it", "è sotto casa mia", DANGER),
    ("it", "sono in pericolo", DANGER),
    # Portuguese
    ("pt", "quero morrer", SELF),
    ("pt", "vou me matar", SELF),
    ("pt", "pensando em suicídio", SELF),
    ("pt", "não quero mais viver", SELF),
    ("pt", "ele vai me matar", DANGER),
    ("pt", "ameaçou me matar", DANGER),
    ("pt", "ele está na frente da minha casa", DANGER),
    ("pt", "estou em perigo", DANGER),
    # Ukrainian
    ("uk", "хочу померти", SELF),
    ("uk", "я покінчу з собою", SELF),
    ("uk", "думаю про самогубство", SELF),
    ("uk", "не хочу більше жити", SELF),
    ("uk", "він погрожує мене вбити", DANGER),
    ("uk", "він мене вб'є", DANGER),
    ("uk", "він стоїть під моїми дверима", DANGER),
    ("uk", "я в небезпеці", DANGER),
    # Russian
    ("ru", "хочу умереть", SELF),
    ("ru", "я покончу с собой", SELF),
    ("ru", "мысли о самоубийстве", SELF),
    ("ru", "не хочу больше жить", SELF),
    ("ru", "он меня убьёт", DANGER),
    ("ru", "угрожает убить", DANGER),
    ("ru", "он стоит под дверью", DANGER),
    ("ru", "я в опасности", DANGER),
    # Arabic
    ("ar", "أريد أن أموت", SELF),
    ("ar", "بدي موت", SELF),
    ("ar", "سأنتحر", SELF),
    ("ar", "أفكر في الانتحار", SELF),
    ("ar", "سأقتل نفسي", SELF),
    ("ar", "سيقتلني", DANGER),
    ("ar", "هددني بالقتل", DANGER),
    ("ar", "هو واقف أمام بيتي", DANGER),
    ("ar", "أنا في خطر", DANGER),
]


@pytest.mark.parametrize(("locale", "text", "reason"), CRISIS, ids=[f"{c[0]}-{c[1]}" for c in CRISIS])
def test_crisis_words_in_every_language(triage: Triage, locale: str, text: str, reason: str) -> None:
    assert reason in triage.crisis(text, locale)


def test_every_language_has_both_crisis_lists_and_examples(triage: Triage) -> None:
    for list_id in (SELF, DANGER):
        assert triage.book.languages(list_id) == set(LANGUAGES)
        assert {locale for locale, _, reason in CRISIS if reason == list_id} == set(LANGUAGES)


@pytest.mark.parametrize("text", [
    # inflections and forms: Ukrainian, Russian, Arabic
    "покінчити з собою", "покінчила із собою", "самогубства", "самогубством", "суїцидальні думки", "хочу вмерти",
    "покончить с собой", "покончил с собой", "о самоубийстве", "самоубийством", "суицидальные мысли",
    "хочется умереть", "я сведу счёты с жизнью",
    "الانتحار", "بالانتحار", "للانتحار", "والانتحار", "وانتحرت", "فسأنتحر", "أُرِيدُ أَنْ أَمُوتَ", "اريد ان اموت",
    "ابغى اموت", "عايز اموت", "لا أريد أن أعيش",
    # Latin scripts: case, accents, inflections
    "SUICIDE", "Suicídio", "je suis suicidaire", "quiero suicidarme", "pensieri suicidi", "SELBSTMORD", "suicidal",
    "i want to diiie", "I almost killed myself", "I ended up cutting myself",
])
def test_inflections_accents_and_prefixes(triage: Triage, text: str) -> None:
    assert triage.crisis(text, "en") == (SELF,), text


@pytest.mark.parametrize("text", [
    "зґвалтування", "згвалтували", "изнасилование", "его изнасиловали", "اغتصاب", "بالاغتصاب",
    "menaces de mort", "amenazas de muerte", "minacce di morte", "ameaças de morte", "погрози вбивством",
    "угрозы убийством",
])
def test_danger_forms(triage: Triage, text: str) -> None:
    assert DANGER in triage.crisis(text, "en"), text


def test_whole_words_only(triage: Triage) -> None:
    assert triage.crisis("I skilled myself up in python", "en") == ()
    assert triage.crisis("I almost killed myself", "en") == (SELF,)
    assert triage.crisis("my therapist said to report it", "en") == ()
    assert triage.crisis("he is a rapist", "en") == (DANGER,)
    assert triage.crisis("they sell rapeseed oil", "en") == ()
    assert triage.crisis("the overdue invoice", "en") == ()


def test_any_language_is_checked_whatever_the_conversation_language(triage: Triage) -> None:
    # people switch languages in distress: an English conversation, a Russian sentence
    assert triage.crisis("sorry for my english. хочу умереть", "en") == (SELF,)
    assert triage.crisis("I want to die", "fr") == (SELF,)
    assert triage.crisis("ich will nicht mehr leben", "ar") == (SELF,)
    assert triage.crisis("أريد أن أموت", None) == (SELF,)


def test_both_reasons_most_urgent_first(triage: Triage) -> None:
    assert triage.crisis("he will kill me and I want to die", "en") == (SELF, DANGER)


# --- crisis words: the traps -------------------------------------------------------------------------
# What must NOT flag a crisis. Words that contain a crisis word, death of things, idioms of tiredness or
# laughter, "not sure" (which looks like "not safe"), being at home, a follower on social media.

TRAPS = {
    "en": [
        "I have the skills for this job",
        "He is a skilled hacker",
        "this killed my productivity",
        "it is a killer app",
        "my therapist told me to report it",
        "the deadline for the report is friday",
        "kill the process and restart the router",
        "my phone is going to die, battery at 2%",
        "we watched Suicide Squad last night",
        "I was dying laughing",
        "the kill switch on my VPN",
        "this waiting is killing me",
        "shoot me an email",
        "I am not sure it was a scam",
        "he's following me on instagram",
        "these photos will hurt my reputation",
        "I want to live without fear",
        "I can't take it anymore with these calls",
        "I'm dead tired",
    ],
    "fr": [
        "il a beaucoup de compétences",
        "je suis crevé ce soir",
        "j'ai un pneu crevé",
        "ils ont violé ma vie privée",
        "je vais mourir de rire",
        "mon thérapeute m'a conseillé de vous écrire",
        "le délai est demain",
        "tuer le processus",
        "il me suit sur Instagram",
        "je veux en finir avec cette arnaque",
        "mes données ne sont pas en sécurité",
        "j'étais chez moi quand c'est arrivé",
        "une violation de données",
    ],
    "de": [
        "Ich bin nicht sicher, ob das Betrug ist",
        "Weihnachten steht vor der Tür",
        "Ich will den Vertrag beenden",
        "Ich möchte mein Konto löschen",
        "Die Frist endet morgen",
        "Ich bin total fertig",
        "Mein Akku stirbt gleich",
        "Das ist sterbenslangweilig",
        "Ich habe die Ritzen im Fenster abgedichtet",
        "Er hat mich auf Instagram verfolgt",
        "Ich will einfach nur mein Geld zurück",
        "Die Fotos sollen verschwinden",
    ],
    "es": [
        "no estoy seguro de si es una estafa",
        "me muero de risa",
        "quiero matar el tiempo",
        "me corto el pelo mañana",
        "fue una violación de datos personales",
        "estaba fuera de mi casa",
        "mi computadora está en mi casa",
        "el plazo vence mañana",
        "me está siguiendo en Instagram",
        "mi terapeuta me dijo que escribiera",
        "la batería se va a morir",
    ],
    "it": [
        "questo caldo mi uccide",
        "non sono sicuro che sia una truffa",
        "sto morendo dal ridere",
        "sono fuori casa",
        "il mio terapeuta mi ha consigliato",
        "la scadenza è domani",
        "mi sono buttato sul letto",
        "farla finita con questa storia",
        "ammazzare il tempo",
        "mi segue su Instagram",
        "è una bomba",
    ],
    "pt": [
        "vou morrer de rir",
        "estou morrendo de fome",
        "vou te pegar no aeroporto",
        "isso vai matar minha bateria",
        "não estou seguro se é golpe",
        "estou fora de casa",
        "meu celular está na minha casa",
        "o prazo acaba amanhã",
        "ele me segue no Instagram",
        "vou sumir do Instagram",
        "meu terapeuta me indicou vocês",
    ],
    "uk": [
        "ця спека вбиває мене",
        "хочу стрибнути з парашутом",
        "мої дані в небезпеці",
        "я живу в Києві",
        "мій акаунт зламали",
        "не хочу вбити час",
        "термін до завтра",
        "вмираю від сміху",
        "він підписаний на мене в інстаграмі",
        "він знає мою адресу електронної пошти",
        "хочу видалити акаунт",
    ],
    "ru": [
        "эта жара меня убивает",
        "умираю со смеху",
        "не хочу убить время",
        "мой аккаунт в опасности",
        "хочу прыгнуть с парашютом",
        "он подписан на меня",
        "срок до завтра",
        "хочу удалить аккаунт",
        "мне нужна помощь",
        "я убит горем из за денег",
        "меня взломали",
    ],
    "ar": [
        "قتلني الضحك",
        "هذا الانتظار يقتلني",
        "أنا في بيتي الآن",
        "أنا عند بيتي",
        "تسبب لي بجرح نفسي",
        "تعرضت لإيذاء نفسي وعاطفي",
        "حسابي في خطر",
        "موت أبي كان صعبا",
        "أريد أن أعيش بسلام",
        "الموعد النهائي غدا",
        "تم اختراق حسابي",
    ],
}


@pytest.mark.parametrize(("locale", "text"), [(lang, text) for lang, texts in TRAPS.items() for text in texts],
                         ids=[f"{lang}-{text}" for lang, texts in TRAPS.items() for text in texts])
def test_traps_do_not_flag_a_crisis(triage: Triage, locale: str, text: str) -> None:
    assert triage.crisis(text, locale) == (), [m.entry for m in triage.matches(text)]


def test_at_least_ten_traps_per_language() -> None:
    assert set(TRAPS) == set(LANGUAGES)
    assert all(len(texts) >= 10 for texts in TRAPS.values())


def test_folding() -> None:
    assert words("Killll ME!!") == ["kil", "me"]
    assert words("j’ai envie") == ["jai", "envie"]
    assert words("my son's photos") == ["my", "son", "photos"]
    assert words("Ёлка, їжак й") == ["елка", "іжак", "и"]
    assert words("أَنا ١٥ الليلة") == ["انا", "15", "اليله"]
    assert expand("(at|knocking on) my (front |)door") == [
        "at my front dor", "at my dor", "knocking on my front dor", "knocking on my dor"]


# --- rules on the answers ----------------------------------------------------------------------------

def test_nothing_known_is_low(triage: Triage) -> None:
    assert triage.assess({}) == Assessment(Urgency.LOW, (), False)
    assert triage.assess({"category": "hacked_account", "story": "someone changed my password yesterday"}
                         ).level == Urgency.LOW


def test_unknown_slots_never_match(triage: Triage) -> None:
    assert triage.assess({"favourite_colour": "blue", "age": None, "deadline": ""}).reasons == ()


def test_ongoing_and_human(triage: Triage) -> None:
    assert triage.assess({"ongoing": "yes"}) == Assessment(Urgency.HIGH, ("ongoing",), False)
    assert triage.assess({"ongoing": "no"}).reasons == ()
    assert triage.assess({}, human=True) == Assessment(Urgency.HIGH, ("human_requested",), False)


def test_reasons_most_urgent_first_then_in_rule_order(triage: Triage) -> None:
    found = triage.assess({"category": "extortion", "threat": "intimate_images", "ongoing": "yes", "paid": "yes"},
                          human=True)
    assert found == Assessment(Urgency.CRITICAL, ("sextortion", "human_requested", "ongoing", "extortion", "paid"))


def test_crisis_in_the_story_is_critical_with_the_safety_message(triage: Triage) -> None:
    found = triage.assess({"category": "extortion", "story": "they will publish everything, I want to die"})
    assert found.level == Urgency.CRITICAL
    assert found.reasons[0] == SELF
    assert found.safety
    # the words written before the first question count too (the intake keeps them in a private slot)
    assert triage.assess({"_early": ["hello", "i want to kill myself"]}).safety
    assert triage.assess({}, ["he is outside my door"]).reasons == (DANGER,)


def test_contact_details_are_not_read_as_text(triage: Triage) -> None:
    assert triage.assess({"email": "i.want.to.die@example.com"}).reasons == ()


def test_critical_without_the_safety_message(triage: Triage) -> None:
    hospital = triage.assess({"affected": "hospital", "category": "ransomware"})
    assert hospital == Assessment(Urgency.CRITICAL, ("critical_service", "ransomware"), False)
    assert triage.assess({}, ["our hospital's systems are all encrypted"]).reasons == ("critical_service",)
    # a person whose mother is in hospital is not a hospital ("hi mum, I'm in hospital" is the scam)
    assert triage.assess({}, ["hi mum I'm in hospital, my phone broke, send money"]).reasons == ()


DEADLINES = {
    "en": "He wants 500 euros by tonight",
    "fr": "Il veut l'argent avant demain",
    "de": "Er will das Geld bis morgen",
    "es": "Me da 24 horas para pagar",
    "it": "Devo pagare entro stasera",
    "pt": "Tenho até amanhã para pagar",
    "uk": "Вимагає гроші до завтра",
    "ru": "Требует деньги до завтра",
    "ar": "يريد المال قبل الغد",
}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_extortion_with_a_deadline(triage: Triage, locale: str) -> None:
    found = triage.assess({"category": "extortion", "story": DEADLINES[locale]})
    assert found.level == Urgency.HIGH
    assert found.reasons[:2] == ("deadline", "extortion")


def test_a_deadline_counts_only_with_extortion(triage: Triage) -> None:
    assert "deadline" not in triage.assess({"category": "scam", "story": "the deadline for my tax return"}).reasons
    # the category is not known yet, but the words say it
    assert triage.assess({}, ["he is blackmailing me and gave me 24 hours"]).reasons == ("deadline",)
    assert triage.assess({"deadline": "2026-11-27T20:00"}).reasons == ("deadline",)
    # the extortion flow asks it with buttons: "no deadline" and "not sure" are no deadline, "within a day" is critical
    assert triage.assess({"deadline": "later"}) == Assessment(Urgency.HIGH, ("deadline",))
    assert triage.assess({"deadline": "within_day"}) == Assessment(Urgency.CRITICAL, ("deadline",))
    assert triage.assess({"deadline": "no"}).reasons == () and triage.assess({"deadline": "unsure"}).reasons == ()


MINORS = {
    "en": "I am 15 years old", "fr": "J'ai 14 ans", "de": "ich bin 15 Jahre alt", "es": "tengo 15 años",
    "it": "ho 16 anni", "pt": "tenho 15 anos", "uk": "мені 15 років", "ru": "мне 15 лет", "ar": "عمري ١٥ سنة",
}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_a_minor_is_involved(triage: Triage, locale: str) -> None:
    assert triage.assess({"story": MINORS[locale]}) == Assessment(Urgency.HIGH, ("minor",))


def test_minor_from_slots(triage: Triage) -> None:
    assert triage.assess({"age": 15}).reasons == ("minor",)
    assert triage.assess({"age": "16 years"}).reasons == ("minor",)
    assert triage.assess({"age": 30}).reasons == ()
    assert triage.assess({"minor": True}).reasons == ("minor",)
    assert triage.assess({"minor": False}).reasons == ()
    assert triage.assess({}, ["my son's photos are being shared"]).reasons == ("minor",)
    assert triage.assess({}, ["it is a minor issue"]).reasons == ()


THREATS = {
    "en": "he knows where I live", "fr": "il sait où j'habite", "de": "er weiß, wo ich wohne",
    "es": "sabe dónde vivo", "it": "sa dove abito", "pt": "ele sabe onde eu moro", "uk": "він знає, де я живу",
    "ru": "он знает, где я живу", "ar": "يعرف أين أسكن",
}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_threats_to_physical_safety(triage: Triage, locale: str) -> None:
    assert triage.assess({"story": THREATS[locale]}) == Assessment(Urgency.HIGH, ("physical_threat",))


def test_physical_threat_from_a_choice(triage: Triage) -> None:
    assert triage.assess({"category": "harassment", "threat": "physical"}).reasons == ("physical_threat",)
    # "has anyone threatened to hurt you?" answered yes in the harassment questions: critical, and the
    # person sees the emergency numbers at once
    assert triage.assess({"physical_threat": "yes"}) == Assessment(Urgency.CRITICAL, ("physical_threat",), True)
    assert triage.assess({"physical_threat": "no"}).reasons == ()
    assert triage.assess({}, ["he has my email address"]).reasons == ()


def test_physical_danger_in_an_answer_brings_the_emergency_numbers(triage: Triage) -> None:
    assert triage.assess({"concern": "safety"}).safety  # "something else": their safety worries them most
    assert triage.assess({"harassment_type": "stalking"}).safety
    assert not triage.assess({"concern": "money"}).safety
    # the same danger in their own words is urgent for the desk, but no crisis: the safety message is for
    # the crisis words, which the Safety handler reads in every message
    assert triage.assess({"story": THREATS["en"]}) == Assessment(Urgency.HIGH, ("physical_threat",), False)
    assert triage.crisis(THREATS["en"]) == ()


def test_in_danger_is_the_whole_assessment_when_a_safety_rule_matches_and_none_otherwise(triage: Triage) -> None:
    for answers in ({"concern": "safety"}, {"harassment_type": "stalking"}, {"physical_threat": "yes"},
                    {"physical_threat": "yes", "category": "extortion", "age": "15"}):
        assert triage.in_danger(answers) == triage.assess(answers)
    for answers in ({"concern": "money"}, {"physical_threat": "no"}, {"category": "extortion", "age": "15"}, {}):
        assert triage.in_danger(answers) is None


def test_every_choice_that_means_physical_danger_shows_the_numbers(triage: Triage) -> None:
    """A choice whose reason is one that brings the safety message (some rule for it says `safety: true`)
    brings it too: a new choice meaning danger cannot reach the desk without the person seeing the numbers."""
    danger = {rule.reason for rule in triage.rules if rule.safety}
    assert "physical_threat" in danger
    found = []
    for flow in load_flows(FLOWS):
        for step_id, step in flow.steps.items():
            for choice in step.choose or ():
                assessment = triage.assess({flow.slot_of(step_id): choice.id})
                if danger.intersection(assessment.reasons):
                    found.append(f"{flow.id}:{step_id}:{choice.id}")
                    assert assessment.safety, (
                        f"flows/{flow.id}.yaml:{step_id}: choice {choice.id!r} gives {assessment.reasons}, which "
                        "means danger: mark its rule in flows/triage.yaml `safety: true`")
    assert {"other:concern:safety", "harassment:harassment_type:stalking",
            "harassment:physical_threat:yes"} <= set(found)


def _reads_answers(condition: Condition) -> bool:
    if isinstance(condition, SlotIn | SlotAnswered | SlotBelow):
        return True
    if isinstance(condition, Not):
        return _reads_answers(condition.part)
    return isinstance(condition, All | Any_) and any(_reads_answers(part) for part in condition.parts)


def test_a_safety_rule_reads_words_or_answers_never_both(triage: Triage) -> None:
    """The Safety handler checks each message without the answers, and the intake checks the answers
    picked without the words: a rule mixing both would work in neither, or bring the safety message for a
    signal word."""
    for rule in triage.rules:
        if rule.safety:
            assert not (rule.when.word_lists() and _reads_answers(rule.when)), rule.reason


MONEY = {
    "en": "they are draining my account", "fr": "ils vident mon compte", "de": "sie räumen mein Konto",
    "es": "están vaciando mi cuenta", "it": "stanno svuotando il mio conto", "pt": "estão esvaziando minha conta",
    "uk": "з картки знімають гроші", "ru": "с карты списывают деньги", "ar": "يسحبون أموالي",
}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_money_leaving_right_now(triage: Triage, locale: str) -> None:
    assert triage.assess({"story": MONEY[locale]}) == Assessment(Urgency.HIGH, ("money_leaving",))


def test_an_ongoing_scam_is_money_leaving(triage: Triage) -> None:
    assert triage.assess({"category": "scam", "ongoing": "yes"}).reasons == ("ongoing", "money_leaving")


ORGANISATIONS = {
    "en": "our NGO was hacked", "fr": "notre association a été piratée", "de": "unser Verein wurde gehackt",
    "es": "hackearon nuestra ONG", "it": "la nostra associazione è stata attaccata",
    "pt": "nossa ONG foi invadida", "uk": "зламали нашу громадську організацію", "ru": "взломали нашу НКО",
    "ar": "تم اختراق منظمتنا",
}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_an_organisation_is_hit(triage: Triage, locale: str) -> None:
    assert triage.assess({"story": ORGANISATIONS[locale]}) == Assessment(Urgency.HIGH, ("organisation",))


def test_organisation_from_a_slot(triage: Triage) -> None:
    assert triage.assess({"affected": "ngo"}).reasons == ("organisation",)
    assert triage.assess({"organisation_type": "school"}).reasons == ("organisation",)


def test_every_urgency_in_the_flows_has_a_reason(triage: Triage) -> None:
    """A choice that raises the urgency in a flow has a rule giving at least that level: a case card never
    shows an urgency without saying why."""
    flows = load_flows(FLOWS)
    for flow in flows:
        for step_id, step in flow.steps.items():
            for choice in step.choose or ():
                if choice.urgency is None:
                    continue
                found = triage.assess({flow.slot_of(step_id): choice.id})
                assert found.level >= choice.urgency and found.reasons, (
                    f"flows/{flow.id}.yaml:{step_id}: choice {choice.id!r} has urgency {choice.urgency.label}; "
                    f"add a rule to flows/triage.yaml that gives it a reason")


def test_reasons_of_the_data_are_the_declared_ones(triage: Triage) -> None:
    assert set(triage.reasons) == set(REASONS)
    assert triage.reason_level(SELF) == Urgency.CRITICAL


def test_the_flow_loader_does_not_read_the_triage_files() -> None:
    flows = load_flows(FLOWS)
    assert "triage" not in flows.flows
    assert not any(path.parent.name == "data" for path in flows.files.values())


# --- emergency numbers and the country -------------------------------------------------------------

NINE_LANGUAGE_COUNTRIES = ["FR", "BE", "CH", "CA", "DE", "AT", "ES", "MX", "AR", "CO", "IT", "PT", "BR", "UA", "RU",
                           "GB", "US", "IE", "AU", "EG", "MA", "SA", "AE", "JO", "LB"]


def test_every_country_of_our_languages_has_numbers(triage: Triage) -> None:
    for country in NINE_LANGUAGE_COUNTRIES:
        numbers = triage.emergency_numbers(country)
        assert numbers and numbers[0][0] in {"emergency", "police", "ambulance"}, country
        assert all(kind in NUMBER_KINDS for kind, _ in numbers)
        assert numbers[0] != ("mobile", "112"), f"{country} fell back"


def test_numbers_for_a_country(triage: Triage) -> None:
    assert triage.emergency_numbers("FR") == [("emergency", "112"), ("ambulance", "15"), ("police", "17"),
                                              ("crisis", "3114")]
    assert triage.emergency_numbers("us") == [("emergency", "911"), ("crisis", "988")]
    assert ("crisis", "116 123") in triage.emergency_numbers("GB")
    assert ("crisis", "188") in triage.emergency_numbers("BR")
    assert ("crisis", "7333") in triage.emergency_numbers("UA")


def test_uncertain_numbers_are_not_shown(triage: Triage) -> None:
    assert triage.emergency_numbers("IT") == [("emergency", "112"), ("police", "113"), ("ambulance", "118")]
    assert ("crisis", "02 2327 2327") in triage.emergency_numbers("IT", include_uncertain=True)


def test_unknown_country_falls_back_to_112_and_911(triage: Triage) -> None:
    fallback = [("mobile", "112"), ("mobile", "911")]
    assert triage.emergency_numbers(None) == fallback
    assert triage.emergency_numbers("ZZ") == fallback
    assert group_numbers(fallback) == [("mobile", "112 / 911")]


def _example(region: str) -> str:
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize("region", ["FR", "BR", "UA", "DE", "EG", "US", "CA", "KZ", "PT", "MX"])
def test_country_from_the_phone_number(triage: Triage, region: str) -> None:
    assert triage.country_for(_example(region), "en", "en-US") == region
    assert triage.resolve_country(_example(region), "ar", None) == (region, "phone")


def test_country_from_the_platform_language_then_the_locale(triage: Triage) -> None:
    assert triage.country_for(None, "pt", "pt-BR") == "BR"
    assert triage.country_for(None, "pt", "pt_br") == "BR"
    assert triage.country_for(None, "es", "es-MX") == "MX"
    assert triage.country_for("not a number", "fr", "fr-CA") == "CA"
    assert triage.country_for("+999", "de", "de-AT") == "AT"
    assert triage.country_for(None, "pt-BR", None) == "BR"
    assert triage.resolve_country(None, "pt", "pt-BR") == ("BR", "hint")
    # Discord's default English says nothing about where a person is
    assert triage.country_for(None, "en", "en-US") is None
    # es-419 is Latin America, not a country
    assert triage.country_for(None, "es", "es-419") is None


@pytest.mark.parametrize(("locale", "country"), [
    ("uk", "UA"), ("ru", "RU"), ("de", "DE"), ("fr", "FR"), ("it", "IT"),
    ("en", None), ("ar", None), ("es", None), ("pt", None), (None, None), ("xx", None),
])
def test_country_from_the_conversation_language(triage: Triage, locale: str | None, country: str | None) -> None:
    assert triage.country_for(None, locale, None) == country
    assert triage.resolve_country(None, locale, "de" if locale is None else None)[0] == (
        "DE" if locale is None else country)


# --- what people read ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(LOCALES)


def test_the_keys_are_registered() -> None:
    assert {SAFETY_MESSAGE, SAFETY_NUMBERS_LINE, *(reason_key(r) for r in REASONS)} <= SERVICE_KEYS
    assert CODE_VARIABLES[SAFETY_MESSAGE] == {"numbers"}
    assert CODE_VARIABLES[SAFETY_NUMBERS_LINE] == {"kind", "number"}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_safety_message_in_every_language(triage: Triage, translator: Translator, locale: str) -> None:
    keys = translator.keys()[locale]
    assert all(keys.get(key) == LOCALES / locale / "safety.ftl"
               for key in [SAFETY_MESSAGE, SAFETY_NUMBERS_LINE, *(reason_key(r) for r in REASONS)])

    def render(ref: MessageRef) -> str:
        return translator.render(locale, ref)

    text = render(safety_message(triage.emergency_numbers("UA"), render))
    assert all(number in text for number in ("112", "102", "103", "7333"))
    assert len(text.splitlines()) >= 6 and "{" not in text and "$" not in text
    fallback = render(safety_message(triage.emergency_numbers(None), render))
    assert "112 / 911" in fallback
    labels = {kind: render(MessageRef(SAFETY_NUMBERS_LINE, {"kind": kind, "number": "1"})) for kind in NUMBER_KINDS}
    assert len(set(labels.values())) == len(NUMBER_KINDS), labels  # every kind has its own words
    assert len({render(MessageRef(reason_key(r))) for r in REASONS}) == len(REASONS)


# --- broken data is named, not a traceback ----------------------------------------------------------

@pytest.fixture
def flows_copy(tmp_path: Path) -> Path:
    target = tmp_path / "flows"
    shutil.copytree(FLOWS, target)
    return target


def test_load_errors_name_the_file_and_the_place(flows_copy: Path) -> None:
    words_file = flows_copy / "data" / "crisis_words.yaml"
    words_file.write_text(words_file.read_text(encoding="utf-8").replace(
        "    - suicid*\n", "    - (suicid*\n    - sabe(m|)\n", 1), encoding="utf-8")
    rules = flows_copy / "triage.yaml"
    rules.write_text(rules.read_text(encoding="utf-8")
                     .replace("reason: paid", "reason: paid_twice")
                     .replace("when: {words: crisis_danger}", "when: {words: crisis_dangers}")
                     .replace("when: {human: true}", "when: {humans: true}"), encoding="utf-8")
    with pytest.raises(TriageError) as raised:
        load_triage(flows_copy)
    text = "\n".join(raised.value.problems)
    assert "crisis_words.yaml:en.crisis_self_harm: '(suicid*': unclosed '('" in text
    assert "'sabe(m|)': a choice is whole words" in text
    assert "rules[1] (crisis_danger): no word list 'crisis_dangers'" in text
    assert "(human_requested): unknown condition" in text
    assert "reason 'paid_twice' is not in bot.triage.REASONS" in text


def test_missing_and_unreadable_files(flows_copy: Path) -> None:
    (flows_copy / "data" / "emergency_numbers.yaml").unlink()
    with pytest.raises(TriageError, match=r"emergency_numbers\.yaml: cannot read"):
        load_triage(flows_copy)
    (flows_copy / "triage.yaml").write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(TriageError, match=r"triage\.yaml: not valid YAML"):
        load_triage(flows_copy)
