from django import template

from ..reports import describe_minutes

register = template.Library()


@register.filter
def minutes(value) -> str:
    """“42 min”, “3 h 05 min”, “4.5 days”; a dash when there is nothing to measure."""
    return describe_minutes(value)
