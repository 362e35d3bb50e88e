from django.urls import path

from . import my_record_views, quiz_views, views

app_name = "portal"

urlpatterns = [
    path("", views.learn, name="learn"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson_view, name="complete_lesson"),
    path("courses/<int:course_id>/attestation/", views.attest, name="attest"),
    path("quizzes/<int:quiz_id>/", quiz_views.quiz_detail, name="quiz"),
    path("quizzes/<int:quiz_id>/start/", quiz_views.quiz_start, name="quiz_start"),
    path(
        "modules/<int:module_id>/renewal-check/",
        quiz_views.renewal_check_start,
        name="renewal_check_start",
    ),
    path("attempts/<int:attempt_id>/", quiz_views.attempt_view, name="attempt"),
    path("my-record.json", my_record_views.my_record_json, name="my_record_json"),
    path("my-record.pdf", my_record_views.my_record_pdf, name="my_record_pdf"),
]
