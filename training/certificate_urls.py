from django.urls import path

from . import certificate_views

app_name = "certificates"

urlpatterns = [
    path("", certificate_views.mine, name="mine"),
    path("verify/<str:code>/", certificate_views.verify, name="verify"),
    path("<str:code>/", certificate_views.detail, name="detail"),
    path("<str:code>/pdf/", certificate_views.pdf, name="pdf"),
]
