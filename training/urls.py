from django.urls import path

from . import quiz_views, views

app_name = "training"

urlpatterns = [
    path("learn/", views.learn, name="learn"),
    path(
        "learn/lessons/<int:lesson_id>/complete/",
        views.complete_lesson_view,
        name="complete_lesson",
    ),
    path("learn/courses/<int:course_id>/attestation/", views.attest, name="attest"),
    path("learn/quizzes/<int:quiz_id>/", quiz_views.quiz_detail, name="quiz"),
    path("learn/quizzes/<int:quiz_id>/start/", quiz_views.quiz_start, name="quiz_start"),
    path("learn/attempts/<int:attempt_id>/", quiz_views.attempt_view, name="attempt"),
]
