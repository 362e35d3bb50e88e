import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.drawing import draw


@st.composite
def banks(draw_from):
    """1..30 questions with unique ids, each with 2..6 unique choice ids."""
    question_ids = draw_from(st.lists(st.uuids().map(str), min_size=1, max_size=30, unique=True))
    return [
        (qid, draw_from(st.lists(st.uuids().map(str), min_size=2, max_size=6, unique=True)))
        for qid in question_ids
    ]


@st.composite
def bank_and_count(draw_from):
    bank = draw_from(banks())
    return bank, draw_from(st.integers(min_value=1, max_value=len(bank)))


@given(bank_and_count(), st.integers())
def test_draw_picks_count_distinct_questions_from_the_bank(bank_count, seed):
    bank, count = bank_count
    drawn = draw(bank, count, random.Random(seed))
    ids = [item["question"] for item in drawn]
    assert len(drawn) == count
    assert len(set(ids)) == count
    assert set(ids) <= {qid for qid, _ in bank}


@given(bank_and_count(), st.integers())
def test_draw_keeps_each_questions_own_choices(bank_count, seed):
    bank, count = bank_count
    choices_of = dict(bank)
    for item in draw(bank, count, random.Random(seed)):
        assert Counter(item["choices"]) == Counter(choices_of[item["question"]])


@given(banks(), st.integers(min_value=1, max_value=10), st.integers())
def test_draw_more_than_the_bank_raises(bank, extra, seed):
    with pytest.raises(ValueError):
        draw(bank, len(bank) + extra, random.Random(seed))


def test_draw_shuffles_choice_order():
    bank = [("q", ["a", "b", "c", "d"])]
    orders = {tuple(draw(bank, 1, random.Random(seed))[0]["choices"]) for seed in range(50)}
    assert len(orders) >= 2
