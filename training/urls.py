from django.urls import path

from . import views

app_name = "training"

urlpatterns = [
    path("learn/", views.learn, name="learn"),
    path(
        "learn/lessons/<int:lesson_id>/complete/",
        views.complete_lesson_view,
        name="complete_lesson",
    ),
]
