"""Error pages styled like the rest of the site, and the footer's way to the privacy notice."""

from django.http import Http404, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.views.decorators.http import require_safe

from .course_data.site import PRIVACY_NOTICE
from .models import StandardPage


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors: the error may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render({}))


@require_safe
def privacy_notice(request):
    """Anyone: a redirect to the privacy notice, wherever editors have put it.

    Every page's footer links here instead of looking the page up, so the footer costs no query;
    the page is found by its build key, which a changed slug or a move in the tree leaves intact.
    """
    page = StandardPage.objects.live().filter(build_key=PRIVACY_NOTICE["build_key"]).first()
    url = page.get_url(request) if page else None
    if url is None:
        raise Http404("The privacy notice has not been published.")
    return redirect(url)
