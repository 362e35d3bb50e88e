"""Builds the shipped course through the same page API the admin uses.

Pages are found by `build_key`, never by title or slug. What is missing is created. A page whose
live revision is still the one an earlier build published (recorded as a `BuiltRevision`, with a
digest of the shipped data it came from) is brought up to date when the shipped data changes: a
new revision is published, so updates to the course reach existing installs. A page an editor has
changed (published or saved a draft since) is kept exactly as the editor left it and reported as
“kept (edited)”. Running the build twice changes nothing.
"""

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum

from django.db import transaction
from wagtail.models import Page, PageViewRestriction, Site

from . import course_data
from .course_data.site import HOME, privacy_notice
from .models import BuiltRevision, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from .signals import course_built


@dataclass
class BuildReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    kept: int = 0

    def __str__(self):
        summary = (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.kept_edited)} kept (edited), {self.kept} already up to date."
        )
        return "\n".join([summary, *(f"kept (edited): {title}" for title in self.kept_edited)])


class BuildState(StrEnum):
    CURRENT = "current"  # built from exactly this shipped data
    OUTDATED = "outdated"  # built by an earlier build from other data, unchanged since
    EDITED = "edited"  # an editor published, saved a draft or unpublished since


def digest(fields: dict) -> str:
    """SHA-256 of shipped data, stable across runs (keys sorted, dates as ISO strings)."""
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def build_state(obj, shipped_digest: str) -> BuildState:
    """Whether a page or quiz is still as a build left it, and built from this data."""
    live_id = obj.live_revision_id
    if not obj.live or live_id is None or obj.latest_revision_id != live_id:
        return BuildState.EDITED
    built = BuiltRevision.objects.filter(revision_id=live_id).first()
    if built is not None:
        return BuildState.CURRENT if built.digest == shipped_digest else BuildState.OUTDATED
    revisions = obj.revisions.all()
    if (
        not BuiltRevision.objects.filter(revision__in=revisions).exists()
        and revisions.count() == 1
        and revisions.get().user_id is None
    ):
        # Built before builds were recorded: its one revision, made by no user, is the build's.
        return BuildState.OUTDATED
    return BuildState.EDITED


def publish_built(obj, build_key: str, shipped_digest: str):
    """Publish the object's current field values as a revision, recorded as the build's."""
    revision = obj.save_revision()
    revision.publish()
    BuiltRevision.objects.create(revision=revision, build_key=build_key, digest=shipped_digest)
    return revision


def refresh(report: BuildReport, obj, build_key: str, fields: dict) -> None:
    """Bring an existing page or quiz up to the shipped `fields` unless an editor changed it."""
    shipped = digest(fields)
    state = build_state(obj, shipped)
    if state == BuildState.CURRENT:
        report.kept += 1
    elif state == BuildState.EDITED:
        report.kept_edited.append(obj.title)
    else:
        for name, value in fields.items():
            setattr(obj, name, value)
        if not isinstance(obj, Page):  # a page's save_revision cleans it; a snippet's does not
            obj.full_clean()
        publish_built(obj, build_key, shipped)
        report.updated.append(obj.title)


def _publish(parent: Page, page: Page, build_key: str, fields: dict) -> Page:
    parent.add_child(instance=page)
    publish_built(page, build_key, digest(fields))
    return page


def _ensure(report, model, parent, build_key, **fields):
    existing = model.objects.filter(build_key=build_key).first()
    if existing is not None:
        refresh(report, existing, build_key, fields)
        return existing, False
    page = _publish(parent, model(build_key=build_key, **fields), build_key, fields)
    report.created.append(page.title)
    return page, True


def _ensure_home(report: BuildReport) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        refresh(report, home, "home", dict(HOME))
        return home
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a plain “Welcome” page at the top; it holds nothing of ours.
    for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
        placeholder.delete()
    home = _publish(root, HomePage(slug="home", **HOME), "home", dict(HOME))
    report.created.append(home.title)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


def _put_new_lessons_in_order(lessons: list[tuple[LessonPage, bool]]) -> None:
    """Move a lesson added to an existing module before the lesson that follows it in the data.

    Only lessons created by this build move; the order of existing ones is the editor's.
    """
    for index, (page, created) in enumerate(lessons):
        if not created or index + 1 == len(lessons):
            continue
        following = LessonPage.objects.get(pk=lessons[index + 1][0].pk)
        page = LessonPage.objects.get(pk=page.pk)
        if following.path < page.path:
            page.move(following, pos="left")


def _build(report: BuildReport, home: HomePage, shipped: course_data.ShippedCourse) -> None:
    """One course, its modules and lessons; then tell quizzes and certification it was built."""
    course, created = _ensure(report, CoursePage, home, **shipped.spec)
    if created:
        # Lessons are for signed-in employees; an editor may change this in the page's privacy.
        PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    modules = {}
    for module in shipped.modules:
        spec = module.spec
        page, _ = _ensure(
            report,
            ModulePage,
            course,
            module.build_key,
            number=spec["number"],
            slug=spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
        )
        modules[module.bank] = page
        lessons = []
        for lesson in spec["lessons"]:
            lesson_page, created = _ensure(
                report,
                LessonPage,
                page,
                f"{module.build_key}/{lesson['slug']}",
                slug=lesson["slug"],
                title=lesson["title"],
                summary=lesson["summary"],
                minutes=lesson.get("minutes", 5),
                body=lesson["body"],
            )
            lessons.append((lesson_page, created))
        _put_new_lessons_in_order(lessons)
    course_built.send(sender=CoursePage, course=course, modules=modules, report=report)


@transaction.atomic
def build_course() -> BuildReport:
    report = BuildReport()
    home = _ensure_home(report)
    _ensure(report, StandardPage, home, **privacy_notice())
    for shipped in course_data.shipped_courses():
        _build(report, home, shipped)
    return report
