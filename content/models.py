"""Wagtail page types: home → course → module → lesson, plus standard pages.

Content knows nothing of people: who may see a page is Wagtail page privacy, and a learner's
progress reaches templates through the `learner_progress` context (see `content.templatetags`).
"""

import calendar
from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q
from django.utils.formats import date_format
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import TEXT_FEATURES, LessonBodyBlock, StandardBodyBlock

_CADENCE_WORDS = {
    1: "every month",
    3: "every three months",
    6: "every six months",
    12: "every year",
}


class BuildKeyMixin(models.Model):
    """The key `build_course` finds a shipped page by, so an editor may rename it freely."""

    build_key = models.CharField(max_length=120, blank=True, db_index=True, editable=False)

    class Meta:
        abstract = True


class HomePage(Page):
    intro = models.TextField(blank=True)
    body = StreamField(StandardBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CoursePage", "content.StandardPage"]

    def route(self, request, path_components):
        """Find the page at a path in one query instead of two per level of the tree. Only the
        page found decides whether it is served (Wagtail's own walk checks nothing on the way
        down), so the answer is the same."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            # Three steps down is a lesson (course, module, lesson): one query; else two.
            page = (
                len(path_components) == 3 and LessonPage.objects.filter(url_path=url_path).first()
            )
            page = page or Page.objects.filter(url_path=url_path).specific().first()
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().specific()
        return context


class CoursePage(BuildKeyMixin, Page):
    summary = models.TextField(help_text="One or two sentences shown in course lists.")
    intro = RichTextField(features=TEXT_FEATURES, blank=True)
    attestation_text = models.TextField(
        default=(
            "I have completed this training and will handle customer data "
            "according to these principles."
        ),
        help_text="What the learner accepts at the end of the course; stored with the acceptance.",
    )
    legal_position_as_of = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "The date the course’s legal content was last checked against the law. Learners see "
            "it on the course and module pages; change it after each review."
        ),
    )
    legal_review_months = models.PositiveSmallIntegerField(
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="How often the legal content is reviewed, in months.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("attestation_text"),
        MultiFieldPanel(
            [FieldPanel("legal_position_as_of"), FieldPanel("legal_review_months")],
            heading="Legal review",
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ModulePage"]

    def modules(self):
        return ModulePage.objects.child_of(self).live().order_by("path")

    def lessons(self):
        return LessonPage.objects.descendant_of(self).live().order_by("path")

    @property
    def legal_review_cadence(self) -> str:
        """“every six months”: how often the legal content is reviewed, in words."""
        months = self.legal_review_months
        return _CADENCE_WORDS.get(months, f"every {months} months")

    @property
    def legal_review_due(self) -> date | None:
        """When the next review of the legal content is due."""
        if self.legal_position_as_of is None:
            return None
        return _add_months(self.legal_position_as_of, self.legal_review_months)

    @property
    def legal_position(self) -> str:
        """“Legal position as of 1 December 2026; reviewed every six months.” (for learners
        and certificates); empty while no review date is set."""
        if self.legal_position_as_of is None:
            return ""
        return (
            f"Legal position as of {date_format(self.legal_position_as_of, 'j F Y')}; "
            f"reviewed {self.legal_review_cadence}."
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = list(self.modules())
        lessons_by_parent: dict[str, list[LessonPage]] = {}
        for lesson in self.lessons():
            lessons_by_parent.setdefault(lesson.path[: -Page.steplen], []).append(lesson)
        context["modules"] = [
            (module, lessons_by_parent.get(module.path, [])) for module in modules
        ]
        return context


class ModulePage(BuildKeyMixin, Page):
    number = models.PositiveSmallIntegerField(help_text="The principle's number in the course.")
    summary = models.TextField(help_text="What the learner can do after this module.")

    content_panels = [*Page.content_panels, FieldPanel("number"), FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["content.CoursePage"]
    subpage_types = ["content.LessonPage"]

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = list(self.lessons())
        context["course"] = self.get_parent().specific
        return context


class LessonPage(BuildKeyMixin, Page):
    summary = models.TextField(help_text="One sentence shown in lesson lists.")
    minutes = models.PositiveSmallIntegerField(default=5, help_text="Estimated reading time.")
    body = StreamField(LessonBodyBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["content.ModulePage"]
    subpage_types: list[str] = []

    def get_view_restrictions(self):
        """Wagtail's rule in one query instead of two: the restrictions on this page and its
        ancestors, an alias answering with its source page's."""
        step = self.steplen
        pages = Page.objects.filter(
            path__in=[self.path[:end] for end in range(step, len(self.path) + 1, step)]
        )
        return PageViewRestriction.objects.filter(
            Q(page__in=pages.filter(alias_of__isnull=True)) | Q(page__in=pages.values("alias_of"))
        )

    def next_lesson(self):
        """The lesson after this one in course order, crossing into the next module."""
        course_path = self.path[: -2 * Page.steplen]
        return (
            LessonPage.objects.live()
            .filter(path__startswith=course_path, path__gt=self.path)
            .order_by("path")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        """The breadcrumbs, this module's lessons and the next lesson in the course come from one
        query of the tree around the lesson (titles and paths are all they need)."""
        context = super().get_context(request, *args, **kwargs)
        step = Page.steplen
        module_path, course_path = self.path[:-step], self.path[: -2 * step]
        around = list(
            Page.objects.filter(
                Q(path__in=[self.path[:end] for end in range(step, len(self.path), step)])
                | (
                    Page.objects.type_q(LessonPage)
                    & Q(path__startswith=course_path, depth=self.depth, live=True)
                )
            )
            .annotate(number=ModulePage.objects.filter(pk=OuterRef("pk")).values("number"))
            .order_by("path")
        )
        context["ancestors"] = [p for p in around if p.depth < self.depth]
        context["module"] = next(p for p in around if p.path == module_path)
        context["siblings"] = [
            p for p in around if p.depth == self.depth and p.path.startswith(module_path)
        ]
        later = [p for p in around if p.depth == self.depth and p.path > self.path]
        context["next_lesson"] = later[0] if later else None
        return context


class StandardPage(BuildKeyMixin, Page):
    intro = models.TextField(blank=True)
    body = StreamField(StandardBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]


class BuiltRevision(models.Model):
    """A revision that `build_course` published from the shipped data, and a digest of that data.

    A page or quiz whose live revision is still one of these has not been changed by an editor,
    so a later build may replace it with newer shipped content; any other live revision is an
    editor's and is kept.
    """

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
    build_key = models.CharField(max_length=120, db_index=True)
    digest = models.CharField(
        max_length=64, help_text="SHA-256 of the shipped data it was built from."
    )
    built_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.build_key} → revision {self.revision_id}"


def _add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, or the month's last day if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )
