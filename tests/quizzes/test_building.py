"""Shipped question banks reach existing installs unless an editor changed the quiz."""

import copy

from wagtail.models import Revision

from content.building import build_course
from content.models import BuiltRevision
from quizzes import building
from quizzes.building import as_stream, bank_for
from quizzes.models import Quiz


def bank_with_a_new_first_question(bank_name):
    bank = copy.deepcopy(bank_for(bank_name))
    if bank_name in (3, "m03"):
        bank[0]["prompt"] = "A reworded prompt for the first question?"
    return bank


def ids(quiz):
    return [block.id for block in quiz.questions]


def test_a_new_shipped_bank_reaches_a_quiz_no_editor_has_changed(course, monkeypatch):
    quiz = Quiz.objects.get(module__build_key="m03")
    before_ids, before_revision = ids(quiz), quiz.live_revision_id
    monkeypatch.setattr(building, "bank_for", bank_with_a_new_first_question)

    report = build_course()

    quiz.refresh_from_db()
    assert report.updated == [quiz.title] and report.kept_edited == []
    assert quiz.live_revision_id != before_revision
    assert quiz.questions[0].value["prompt"] == "A reworded prompt for the first question?"
    # The changed question is a new question; the others keep their ids (and statistics).
    assert ids(quiz)[0] != before_ids[0] and ids(quiz)[1:] == before_ids[1:]
    assert BuiltRevision.objects.filter(revision_id=quiz.live_revision_id).exists()

    revisions = Revision.objects.count()
    assert build_course().updated == []
    assert Revision.objects.count() == revisions


def test_a_quiz_an_editor_changed_is_kept_and_reported(course, monkeypatch):
    quiz = Quiz.objects.get(module__build_key="m03")
    quiz.pass_mark = 70
    quiz.save_revision().publish()
    monkeypatch.setattr(building, "bank_for", bank_with_a_new_first_question)

    report = build_course()

    quiz.refresh_from_db()
    assert report.kept_edited == [quiz.title] and report.updated == []
    assert quiz.pass_mark == 70
    assert quiz.questions[0].value["prompt"] != "A reworded prompt for the first question?"


def test_building_twice_gives_every_question_and_choice_the_same_id():
    bank = bank_for(1)
    assert as_stream(bank) == as_stream(copy.deepcopy(bank))
    question_ids = [q["id"] for q in as_stream(bank)]
    assert len(set(question_ids)) == len(question_ids)


def test_the_judgment_flag_and_other_extra_keys_stay_out_of_the_quiz(course):
    question = {
        "kind": "single",
        "scenario": "Marco is asked for an order status by the customer who placed it.",
        "prompt": "Should he answer?",
        "choices": [
            {"text": "Yes, after the usual identity check", "correct": True, "feedback": ""},
            {"text": "No, only the DPO may", "correct": False, "feedback": "Overcautious."},
        ],
        "explanation": "Telling customers about their own orders is the contract (Art. 6(1)(b)).",
        "judgment": ["go_ahead", "over_caution"],
    }
    quiz = Quiz.objects.get(module__build_key="m01")
    quiz.questions = as_stream([question])
    quiz.questions_per_attempt = 1
    quiz.full_clean()
    quiz.save()
    quiz.refresh_from_db()
    value = quiz.questions[0].value
    assert "judgment" not in value and value["prompt"] == "Should he answer?"
    assert [c["text"] for c in value["choices"]][0] == "Yes, after the usual identity check"
