from django.urls import path

from . import export_views

app_name = "exports"

urlpatterns = [
    path("", export_views.index, name="index"),
    path("download/", export_views.download, name="download"),
]

# Mounted at /compliance/evidence/ under the “evidence” namespace (see config/urls.py).
evidence_urlpatterns = [path("", export_views.evidence_pack, name="pack")]
