from decimal import Decimal

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.blocks import QuestionBankBlock, QuestionBlock, QuestionKind
from quizzes.grading import grade, question_credit
from quizzes.models import Scoring

SINGLE, MULTIPLE, TRUE_FALSE = QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE
ALL, PARTIAL = Scoring.ALL_OR_NOTHING, Scoring.PARTIAL


def credit(kind, correct, chosen, scoring=ALL):
    return question_credit(
        kind=kind, correct=frozenset(correct), chosen=frozenset(chosen), scoring=scoring
    )


def raw_question(kind, correct_flags, question_id="q"):
    """Raw StreamField JSON of one question whose choices are ids `{question_id}-c0`, `-c1`, …"""
    return {
        "type": "question",
        "id": question_id,
        "value": {
            "kind": kind,
            "scenario": "",
            "prompt": f"Prompt {question_id}",
            "choices": [
                {
                    "type": "item",
                    "id": f"{question_id}-c{i}",
                    "value": {"text": f"Choice {i}", "correct": flag, "feedback": ""},
                }
                for i, flag in enumerate(correct_flags)
            ],
            "explanation": "Because.",
        },
    }


def questions_by_id(*raw_questions):
    return {block.id: block.value for block in QuestionBankBlock().to_python(list(raw_questions))}


# Single choice and true/false: all or nothing, whatever the scoring setting.


@pytest.mark.parametrize("kind", [SINGLE, TRUE_FALSE])
@pytest.mark.parametrize("scoring", [ALL, PARTIAL])
def test_single_answer_right_choice_earns_full_credit(kind, scoring):
    assert credit(kind, {"a"}, {"a"}, scoring) == Decimal(1)


@pytest.mark.parametrize("kind", [SINGLE, TRUE_FALSE])
@pytest.mark.parametrize("scoring", [ALL, PARTIAL])
def test_single_answer_wrong_choice_earns_nothing(kind, scoring):
    assert credit(kind, {"a"}, {"b"}, scoring) == Decimal(0)


@pytest.mark.parametrize("kind", [SINGLE, TRUE_FALSE])
def test_single_answer_no_choice_earns_nothing(kind):
    assert credit(kind, {"a"}, set()) == Decimal(0)


# Multiple select, all or nothing.


def test_all_or_nothing_exact_set_earns_full_credit():
    assert credit(MULTIPLE, {"a", "b", "c"}, {"a", "b", "c"}) == Decimal(1)


def test_all_or_nothing_missing_one_correct_earns_nothing():
    assert credit(MULTIPLE, {"a", "b", "c"}, {"a", "b"}) == Decimal(0)


def test_all_or_nothing_extra_wrong_choice_earns_nothing():
    assert credit(MULTIPLE, {"a", "b"}, {"a", "b", "x"}) == Decimal(0)


# Multiple select, partial credit: (right − wrong) / number correct, never below 0.


@pytest.mark.parametrize(
    "chosen, expected",
    [
        ({"a", "b", "c"}, Decimal("1")),
        ({"a", "b"}, Decimal("0.667")),
        ({"a"}, Decimal("0.333")),
        ({"a", "b", "x"}, Decimal("0.333")),
        ({"a", "x", "y"}, Decimal("0")),
        ({"x", "y"}, Decimal("0")),
        (set(), Decimal("0")),
    ],
)
def test_partial_credit_is_right_minus_wrong_over_correct_floored_at_zero(chosen, expected):
    assert credit(MULTIPLE, {"a", "b", "c"}, chosen, PARTIAL) == expected


# grade: percentage over drawn questions and per-question results.


def test_grade_averages_credits_into_a_two_decimal_percentage():
    questions = questions_by_id(
        raw_question(SINGLE, [True, False], "q1"),
        raw_question(SINGLE, [True, False], "q2"),
        raw_question(MULTIPLE, [True, True, False], "q3"),
    )
    score, results = grade(
        questions=questions,
        question_ids=["q1", "q2", "q3"],
        answers={"q1": ["q1-c0"], "q2": ["q2-c1"], "q3": ["q3-c0"]},
        scoring=PARTIAL,
    )
    assert score == Decimal("50.00")
    assert str(score) == "50.00"
    assert [r.credit for r in results] == [Decimal(1), Decimal(0), Decimal("0.5")]


def test_grade_marks_only_exact_matches_correct():
    questions = questions_by_id(
        raw_question(SINGLE, [True, False], "q1"),
        raw_question(SINGLE, [True, False], "q2"),
        raw_question(MULTIPLE, [True, True, False], "q3"),
    )
    _, results = grade(
        questions=questions,
        question_ids=["q1", "q2", "q3"],
        answers={"q1": ["q1-c0"], "q2": ["q2-c1"], "q3": ["q3-c0"]},
        scoring=PARTIAL,
    )
    assert [(r.question_id, r.correct) for r in results] == [
        ("q1", True),
        ("q2", False),
        ("q3", False),
    ]
    assert results[2].correct_choices == frozenset({"q3-c0", "q3-c1"})
    assert results[2].chosen == frozenset({"q3-c0"})


def test_grade_rounds_to_two_decimals():
    questions = questions_by_id(*(raw_question(SINGLE, [True, False], f"q{i}") for i in range(3)))
    score, _ = grade(
        questions=questions,
        question_ids=["q0", "q1", "q2"],
        answers={"q0": ["q0-c0"]},
        scoring=ALL,
    )
    assert score == Decimal("33.33")


def test_grade_counts_an_unanswered_question_as_zero():
    questions = questions_by_id(raw_question(SINGLE, [True, False], "q1"))
    score, results = grade(questions=questions, question_ids=["q1"], answers={}, scoring=ALL)
    assert score == Decimal("0.00")
    assert results[0].chosen == frozenset()
    assert not results[0].correct


def test_grade_of_no_questions_is_zero():
    assert grade(questions={}, question_ids=[], answers={}, scoring=ALL) == (Decimal(0), [])


# QuestionBlock.clean: the number of correct choices must fit the kind.


def clean(kind, correct_flags):
    block = QuestionBlock()
    return block.clean(block.to_python(raw_question(kind, correct_flags)["value"]))


def error_messages(excinfo):
    return " ".join(excinfo.value.non_block_errors)


@pytest.mark.parametrize(
    "kind, flags, expected",
    [
        (SINGLE, [False, False], "exactly one correct choice; this one has 0"),
        (SINGLE, [True, True, False], "exactly one correct choice; this one has 2"),
        (MULTIPLE, [False, False, False], "at least one correct choice"),
        (TRUE_FALSE, [True, False, False], "exactly two choices, one of them correct"),
        (TRUE_FALSE, [False, False], "exactly two choices, one of them correct"),
    ],
)
def test_question_clean_rejects_wrong_number_of_correct_choices(kind, flags, expected):
    with pytest.raises(StructBlockValidationError) as excinfo:
        clean(kind, flags)
    assert expected in error_messages(excinfo)


@pytest.mark.parametrize(
    "kind, flags",
    [
        (SINGLE, [False, True, False]),
        (MULTIPLE, [True, True, False]),
        (MULTIPLE, [True, False]),
        (TRUE_FALSE, [False, True]),
    ],
)
def test_question_clean_accepts_valid_questions(kind, flags):
    assert clean(kind, flags)["kind"] == kind
