from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<str:code>/", views.detail, name="detail"),
    path("<str:code>/pdf/", views.pdf, name="pdf"),
]
