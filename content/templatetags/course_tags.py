from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def progress_for(context, page):
    """The learner's progress on `page`, from whatever provides `learner_progress` (or None)."""
    provider = context.get("learner_progress")
    return provider.for_page(page) if provider is not None else None
