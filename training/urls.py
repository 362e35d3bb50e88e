from django.urls import path

from . import my_record_views, quiz_views, team_views, views

app_name = "training"

urlpatterns = [
    path("team/", team_views.team, name="team"),
    path("team/delegations/", team_views.delegations, name="delegations"),
    path("team/export.csv", team_views.team_export, name="team_export"),
    path("team/<int:employee_id>/", team_views.person, name="team_person"),
    path(
        "team/<int:employee_id>/remind/<int:assignment_id>/",
        team_views.send_reminder,
        name="team_remind",
    ),
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
    path("learn/my-record.json", my_record_views.my_record_json, name="my_record_json"),
    path("learn/my-record.pdf", my_record_views.my_record_pdf, name="my_record_pdf"),
]
