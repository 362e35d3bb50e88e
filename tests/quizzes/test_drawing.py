import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.drawing import draw, seen_in


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


@st.composite
def bank_count_and_seen(draw_from):
    """A bank, a count, and ids seen last time: some from the bank, some no longer in it."""
    bank, count = draw_from(bank_and_count())
    ids = [qid for qid, _ in bank]
    seen = draw_from(st.lists(st.sampled_from(ids), unique=True))
    gone = draw_from(st.lists(st.uuids().map(str), max_size=3))
    return bank, count, seen + gone


@given(bank_count_and_seen(), st.integers())
def test_draw_avoids_the_questions_seen_last_time_where_the_bank_allows(case, seed):
    bank, count, seen = case
    drawn = [item["question"] for item in draw(bank, count, random.Random(seed), avoid=seen)]
    unseen = [qid for qid, _ in bank if qid not in set(seen)]
    assert len(drawn) == len(set(drawn)) == count
    assert set(drawn) <= {qid for qid, _ in bank}
    if len(unseen) >= count:
        assert not set(drawn) & set(seen)
    else:
        # Every unseen question is used; the seen ones only top the draw up.
        assert set(unseen) <= set(drawn)
        assert len(set(drawn) & set(seen)) == count - len(unseen)


@given(bank_and_count(), st.integers())
def test_avoiding_nothing_draws_as_before(bank_count, seed):
    bank, count = bank_count
    assert draw(bank, count, random.Random(seed), avoid=()) == draw(
        bank, count, random.Random(seed)
    )


def test_a_top_up_does_not_always_put_the_seen_questions_last():
    bank = [(q, ["a", "b"]) for q in "pqrst"]
    positions = {
        [item["question"] for item in draw(bank, 5, random.Random(seed), avoid="pq")].index("p")
        for seed in range(50)
    }
    assert len(positions) > 1


@st.composite
def last_cycle(draw_from):
    """A bank, a check's count, and the draws of the learner's attempts in their last cycle."""
    bank, count = draw_from(bank_and_count())
    per_attempt = draw_from(st.integers(min_value=1, max_value=len(bank)))
    seeds = draw_from(st.lists(st.integers(), max_size=4))
    return bank, count, [draw(bank, per_attempt, random.Random(seed)) for seed in seeds]


@given(last_cycle(), st.integers())
def test_a_renewal_check_avoids_every_question_of_the_last_cycle_where_the_bank_allows(case, seed):
    bank, count, last_draws = case
    seen = seen_in(last_draws)
    check = {item["question"] for item in draw(bank, count, random.Random(seed), avoid=seen)}
    unseen = {qid for qid, _ in bank} - seen
    if len(unseen) >= count:
        assert not check & seen
    else:
        assert unseen <= check
