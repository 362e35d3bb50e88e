"""Builds the shipped course through the same page API the admin uses.

Pages are found by `build_key`, never by title or slug, and an existing page is left exactly as
an editor left it: the builder only creates what is missing, so running it twice changes nothing.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Page, PageViewRestriction, Site

from . import course_data
from .course_data.site import HOME, PRIVACY_NOTICE
from .models import CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from .signals import course_built


@dataclass
class BuildReport:
    created: list[str] = field(default_factory=list)
    kept: int = 0

    def __str__(self):
        return f"{len(self.created)} created, {self.kept} already there and left as they are."


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure(report, model, parent, build_key, **fields):
    existing = model.objects.filter(build_key=build_key).first()
    if existing is not None:
        report.kept += 1
        return existing, False
    page = _publish(parent, model(build_key=build_key, **fields))
    report.created.append(page.title)
    return page, True


def _ensure_home(report: BuildReport) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        report.kept += 1
        return home
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a plain “Welcome” page at the top; it holds nothing of ours.
    for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
        placeholder.delete()
    home = _publish(root, HomePage(slug="home", **HOME))
    report.created.append(home.title)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


@transaction.atomic
def build_course() -> BuildReport:
    report = BuildReport()
    home = _ensure_home(report)
    _ensure(report, StandardPage, home, **PRIVACY_NOTICE)
    spec = course_data.COURSE
    course, created = _ensure(report, CoursePage, home, **spec)
    if created:
        # Lessons are for signed-in employees; an editor may change this in the page's privacy.
        PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    modules = {}
    for module_spec in course_data.modules():
        key = f"m{module_spec['number']:02d}"
        module, _ = _ensure(
            report,
            ModulePage,
            course,
            key,
            number=module_spec["number"],
            slug=module_spec["slug"],
            title=module_spec["title"],
            summary=module_spec["summary"],
        )
        modules[module_spec["number"]] = module
        for lesson in module_spec["lessons"]:
            _ensure(
                report,
                LessonPage,
                module,
                f"{key}/{lesson['slug']}",
                slug=lesson["slug"],
                title=lesson["title"],
                summary=lesson["summary"],
                minutes=lesson.get("minutes", 5),
                body=lesson["body"],
            )
    course_built.send(sender=CoursePage, course=course, modules=modules, report=report)
    return report
