"""The server's draw for an attempt: which questions, and in what order their choices appear."""

import random
from collections.abc import Collection, Iterable, Sequence

_system_random = random.SystemRandom()


def draw(
    bank: Sequence[tuple[str, Sequence[str]]],
    count: int,
    rng: random.Random | None = None,
    avoid: Collection[str] = (),
) -> list[dict]:
    """Pick `count` distinct questions from (question id, choice ids) pairs and shuffle choices.

    Questions whose ids are in `avoid` (those the learner saw last time) are drawn only when the
    rest of the bank is too small: every unseen question comes first, and the seen ones top up.
    """
    rng = rng or _system_random
    if count > len(bank):
        raise ValueError(f"Cannot draw {count} questions from a bank of {len(bank)}.")
    avoid = set(avoid)
    unseen = [item for item in bank if item[0] not in avoid]
    seen = [item for item in bank if item[0] in avoid]
    if len(unseen) >= count:
        picked = rng.sample(unseen, count)
    else:
        picked = unseen + rng.sample(seen, count - len(unseen))
        rng.shuffle(picked)
    result = []
    for question_id, choice_ids in picked:
        order = list(choice_ids)
        rng.shuffle(order)
        result.append({"question": question_id, "choices": order})
    return result


def bank_of(questions) -> list[tuple[str, list[str]]]:
    """(question id, choice ids) for every question block of a quiz's StreamField."""
    return [
        (block.id, [choice.id for choice in block.value["choices"].bound_blocks])
        for block in questions
    ]


def seen_in(draws: Iterable[Sequence[dict]]) -> set[str]:
    """The question ids of several attempts' draws: what a renewal check's draw avoids."""
    return {item["question"] for one_draw in draws for item in one_draw}
