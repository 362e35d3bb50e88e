"""Answer sheets for quiz tests, read from the server's own copy of an attempt's questions."""

from quizzes.services import questions_by_id


def _choices(attempt):
    questions = questions_by_id(attempt)
    for item in attempt.draw:
        flags = {
            c.id: c.value["correct"] for c in questions[item["question"]]["choices"].bound_blocks
        }
        yield item, flags


def right_answers(attempt) -> dict[str, list[str]]:
    return {
        item["question"]: [cid for cid in item["choices"] if flags[cid]]
        for item, flags in _choices(attempt)
    }


def wrong_answers(attempt) -> dict[str, list[str]]:
    return {
        item["question"]: [next(cid for cid in item["choices"] if not flags[cid])]
        for item, flags in _choices(attempt)
    }


def as_post(answers: dict[str, list[str]]) -> dict[str, list[str]]:
    return {f"q-{qid}": choice_ids for qid, choice_ids in answers.items()}
