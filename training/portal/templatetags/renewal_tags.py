from django import template

from training.learning.renewal import renewal_check_eligibility

register = template.Library()


@register.simple_tag(takes_context=True)
def renewal_check_for(context, module):
    """Whether the signed-in learner may take `module`'s renewal check now (see learning.renewal)."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return None
    return renewal_check_eligibility(user=request.user, module=module)
