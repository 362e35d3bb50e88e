"""Taking a module's quiz. Who may: a signed-in user who may read the module; attempts are the
owner's alone (anyone else gets 404). Grading and the rules live in `quizzes.services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from content.models import ModulePage
from quizzes.models import Attempt, Quiz
from quizzes.services import (
    AlreadyGraded,
    QuizError,
    availability,
    questions_by_id,
    start_attempt,
    submit_attempt,
)
from training.learning.periods import course_of, current_period_start
from training.learning.renewal import renewal_check_eligibility
from training.learning.services import LearningError, start_renewal_check
from training.people import access


def _visible_quiz(request, quiz_id: int) -> Quiz:
    quiz = get_object_or_404(Quiz.objects.select_related("module"), pk=quiz_id, live=True)
    if not access.can_record_learning(request, quiz.module):
        raise Http404("No such quiz.")
    return quiz


def _own_attempt(request, attempt_id: int) -> Attempt:
    attempt = get_object_or_404(
        Attempt.objects.select_related("quiz__module", "revision"), pk=attempt_id, user=request.user
    )
    if not access.can_record_learning(request, attempt.quiz.module):
        raise Http404("No such attempt.")
    return attempt


@require_safe
@login_required
def quiz_detail(request, quiz_id: int):
    """The rules, attempts left, any cooldown, and past results; the start button."""
    quiz = _visible_quiz(request, quiz_id)
    period_start = current_period_start(request.user, course=course_of(quiz.module))
    state = availability(user=request.user, quiz=quiz, period_start=period_start)
    history = Attempt.objects.filter(
        user=request.user, quiz=quiz, period_start=period_start
    ).graded()
    renewal = renewal_check_eligibility(user=request.user, module=quiz.module)
    return render(
        request,
        "portal/quiz_detail.html",
        {
            "quiz": quiz,
            "module": quiz.module,
            "state": state,
            "history": history,
            "renewal": renewal,
        },
    )


@require_POST
@login_required
def quiz_start(request, quiz_id: int):
    quiz = _visible_quiz(request, quiz_id)
    try:
        attempt = start_attempt(
            user=request.user,
            quiz=quiz,
            period_start=current_period_start(request.user, course=course_of(quiz.module)),
        )
    except QuizError as error:
        messages.error(request, str(error))
        return redirect("portal:quiz", quiz_id=quiz.id)
    return redirect("portal:attempt", attempt_id=attempt.id)


@require_POST
@login_required
def renewal_check_start(request, module_id: int):
    """Employee renewing: draw my renewal check for a module I may read, or continue it."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    if not access.can_record_learning(request, module):
        raise Http404("No such module.")
    try:
        attempt = start_renewal_check(user=request.user, module=module)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(module.url)
    return redirect("portal:attempt", attempt_id=attempt.id)


def _drawn_questions(attempt: Attempt, selected: dict[str, list[str]] | None = None):
    """The attempt's questions in drawn order, with choices in drawn order: text only."""
    questions = questions_by_id(attempt)
    selected = selected or {}
    drawn = []
    for number, item in enumerate(attempt.draw, start=1):
        value = questions[item["question"]]
        texts = {c.id: c.value["text"] for c in value["choices"].bound_blocks}
        drawn.append(
            {
                "number": number,
                "id": item["question"],
                "kind": value["kind"],
                "scenario": value["scenario"],
                "prompt": value["prompt"],
                "choices": [
                    {
                        "id": cid,
                        "text": texts[cid],
                        "checked": cid in selected.get(item["question"], []),
                    }
                    for cid in item["choices"]
                ],
            }
        )
    return drawn


def _results(attempt: Attempt):
    questions = questions_by_id(attempt)
    answers = {a.question_id: a for a in attempt.answers.all()}
    results = []
    for number, item in enumerate(attempt.draw, start=1):
        value = questions[item["question"]]
        by_id = {c.id: c.value for c in value["choices"].bound_blocks}
        answer = answers.get(item["question"])
        chosen = set(answer.choice_ids) if answer else set()
        results.append(
            {
                "number": number,
                "prompt": value["prompt"],
                "scenario": value["scenario"],
                "explanation": value["explanation"],
                "correct": bool(answer and answer.correct),
                "credit": answer.credit if answer else 0,
                "choices": [
                    {
                        "text": by_id[cid]["text"],
                        "is_correct": by_id[cid]["correct"],
                        "chosen": cid in chosen,
                        "feedback": by_id[cid]["feedback"],
                    }
                    for cid in item["choices"]
                ],
            }
        )
    return results


@login_required
def attempt_view(request, attempt_id: int):
    """An open attempt's questions (GET), its submission (POST), or a graded attempt's results."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_graded:
        if request.method == "POST":
            messages.info(request, "This attempt has already been submitted and graded.")
            return redirect("portal:attempt", attempt_id=attempt.id)
        return render(
            request,
            "portal/attempt_result.html",
            {
                "attempt": attempt,
                "quiz": attempt.quiz,
                "module": attempt.quiz.module,
                "results": _results(attempt),
            },
        )
    selected: dict[str, list[str]] = {}
    error = ""
    status = 200
    if request.method == "POST":
        selected = {
            item["question"]: request.POST.getlist(f"q-{item['question']}") for item in attempt.draw
        }
        try:
            submit_attempt(attempt=attempt, user=request.user, answers=selected)
        except AlreadyGraded as already:
            messages.info(request, str(already))
            return redirect("portal:attempt", attempt_id=attempt.id)
        except QuizError as problem:
            error, status = str(problem), 400
        else:
            return redirect("portal:attempt", attempt_id=attempt.id)
    return render(
        request,
        "portal/attempt_form.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "module": attempt.quiz.module,
            "questions": _drawn_questions(attempt, selected),
            "error": error,
        },
        status=status,
    )
