"""The server's draw for an attempt: which questions, and in what order their choices appear."""

import random
from collections.abc import Sequence

_system_random = random.SystemRandom()


def draw(
    bank: Sequence[tuple[str, Sequence[str]]], count: int, rng: random.Random | None = None
) -> list[dict]:
    """Pick `count` distinct questions from (question id, choice ids) pairs and shuffle choices."""
    rng = rng or _system_random
    if count > len(bank):
        raise ValueError(f"Cannot draw {count} questions from a bank of {len(bank)}.")
    picked = rng.sample(list(bank), count)
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
